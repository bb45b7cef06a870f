"""HOG speed: facevalence's exact numba HOG against scikit-image, on the same 1024 x 1024 frames.

    python benchmarks/hog.py [--frames 40] [--video PATH]

Prints frames/s of skimage (one process), ours on 1 and 2 threads, the ratio to skimage and the
largest absolute difference (0 means bit-identical). Frames come from the real face video in
../shared/data/real when present, else from the demo renderer; each is resized to 1024 x 1024
as in the paper.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numba
import numpy as np
from skimage.feature import hog as skimage_hog

from facevalence.methods.hog import hog_frame, resize_gray

REAL_VIDEO = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / "face_video" / "reaching_face.avi"


def load_frames(n: int, video: Path | None) -> tuple[list[np.ndarray], str]:
    from facevalence.io.video import iter_gray_frames

    path = video or (REAL_VIDEO if REAL_VIDEO.exists() else None)
    if path is not None:
        return [resize_gray(f) for _, f in iter_gray_frames(path, 0, n)], str(path)
    from facevalence.demo import face

    rng = np.random.default_rng(0)
    times = np.arange(n) / 30.0
    feats = face.feature_traces(times, [{"onset": 0.2, "duration": 2.0, "stimulus": "sucrose"}], rng)
    kps = face.keypoints_from_features(feats)
    look = face.MouseLook.random(rng)
    return [resize_gray(face.render_frame(k, look, rng, look.texture())) for k in kps], "demo renderer"


def rate(fn, frames, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for f in frames:
            fn(f)
    return repeat * len(frames) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument("--video", type=Path, default=None)
    args = parser.parse_args()
    frames, source = load_frames(args.frames, args.video)

    def reference(f):
        return skimage_hog(f, orientations=8, pixels_per_cell=(16, 16), cells_per_block=(1, 1))

    hog_frame(frames[0])  # compile (cached on disk after the first run)
    diff = max(float(np.abs(hog_frame(f) - reference(f)).max()) for f in frames)
    ref = rate(reference, frames)
    rows = [("skimage 0.26 hog (1 process)", ref)]
    for threads in (1, 2):
        if threads > numba.config.NUMBA_NUM_THREADS:
            continue
        numba.set_num_threads(threads)
        rows.append((f"facevalence hog_frame, {threads} thread{'s' if threads > 1 else ''}", rate(hog_frame, frames, 3)))
    print(f"HOG on {len(frames)} frames of 1024x1024 from {source}")
    print(f"{'implementation':40s} {'frames/s':>10s} {'vs skimage':>11s}")
    for name, fps in rows:
        print(f"{name:40s} {fps:10.1f} {fps / ref:10.1f}x")
    print(f"max |ours - skimage| = {diff:.3g}" + ("  (bit-identical)" if diff == 0 else ""))
    print("goals: >= 40x skimage on one thread, max |diff| = 0")


if __name__ == "__main__":
    main()
