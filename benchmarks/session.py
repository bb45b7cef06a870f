"""End-to-end streaming scoring of a long face video: frames/s and peak memory.

    python benchmarks/session.py --minutes 5           # one length
    python benchmarks/session.py --minutes 5 10        # memory must stay flat with length

For each length it writes a 2064 x 1544, 30 fps H.264 video of the demo face (rendered, then
scaled up to the paper's camera size), then scores it in a fresh process exactly as the
PrototypeScore table does - decode (reader thread) -> registration warp + resize to 1024^2 ->
exact HOG -> cosine to the positive and negative prototypes, plus motion energy - and prints
frames/s (goal >= 120 on 2 cores, 4x real time) and the scoring process's peak RSS (goal <= 1.5 GB;
10 minutes no more than 10 % above 5 minutes).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

from facevalence.io.video import write_gray_video

WIDTH, HEIGHT, FPS = 2064, 1544, 30


def write_video(path: Path, minutes: float, seed: int = 0) -> int:
    """Render the demo face with a stimulus every 15 s and encode it at the camera's size."""
    from facevalence.demo import face

    rng = np.random.default_rng(seed)
    n = int(minutes * 60 * FPS)
    times = np.arange(n) / FPS
    stimuli = ["sucrose", "bitter", "water", "shock", "nacl"]
    trials = [{"onset": t, "duration": 2.0, "stimulus": stimuli[i % 5]} for i, t in enumerate(np.arange(5.0, times[-1], 15.0))]
    feats = face.feature_traces(times, trials, rng)
    kps = face.keypoints_from_features(feats)
    look = face.MouseLook.random(rng)
    texture = look.texture()
    frames = (cv2.resize(face.render_frame(kps[i], look, rng, texture), (WIDTH, HEIGHT), interpolation=cv2.INTER_LINEAR)
              for i in range(n))
    return write_gray_video(path, frames, FPS, crf=23, preset="ultrafast")


def decode_only(path: str) -> None:
    """Child process: the reference - decoding to gray frames alone, the fastest any scoring can go."""
    from facevalence.io.video import iter_gray_frames

    start = time.perf_counter()
    frames = sum(1 for _ in iter_gray_frames(path))
    print(json.dumps({"frames": frames, "seconds": time.perf_counter() - start,
                      "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))


def score(path: str) -> None:
    """Child process: score the video and print frames, seconds and peak RSS as JSON."""
    from facevalence.io.stream import score_video
    from facevalence.io.video import iter_gray_frames
    from facevalence.methods.hog import hog_frame
    from facevalence.methods.registration import prepare_frame

    first = [prepare_frame(f, None, 1024) for _, f in iter_gray_frames(path, 0, 2)]
    protos = {"positive": hog_frame(first[0]), "negative": hog_frame(first[1])}
    hog_frame(first[0])  # compile outside the timing
    start = time.perf_counter()
    res = score_video(path, protos, matrix=np.array([[1.0, 0.0, 3.0], [0.0, 1.0, -2.0]]), progress=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"frames": res.n_frames, "seconds": seconds, "peak_rss": peak}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, nargs="+", default=[5.0])
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the generated videos in")
    parser.add_argument("--score", help=argparse.SUPPRESS)
    parser.add_argument("--decode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return
    if args.decode:
        decode_only(args.decode)
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="fv-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for minutes in args.minutes:
        video = folder / f"face_{minutes:g}min_{WIDTH}x{HEIGHT}.mp4"
        if not video.exists():
            t = time.perf_counter()
            write_video(video, minutes)
            print(f"wrote {video} ({video.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        for step in ("--decode", "--score"):
            out = subprocess.run([sys.executable, __file__, step, str(video)], capture_output=True, text=True,
                                 check=True)
            res = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append((step[2:], minutes, res["frames"], res["frames"] / res["seconds"], res["peak_rss"] / 2**30))
    print(f"Streaming scoring of {WIDTH}x{HEIGHT} {FPS} fps video (decode -> warp+resize 1024^2 -> exact HOG -> 2 cosines + motion energy)")
    print("reference: 'decode' only decodes the frames to gray (PyAV, same run, same file): no scoring can beat it")
    print(f"{'':>7s} {'minutes':>8s} {'frames':>8s} {'frames/s':>9s} {'x real time':>12s} {'peak RSS GB':>12s}")
    for step, minutes, frames, fps, rss in rows:
        print(f"{step:>7s} {minutes:8g} {frames:8d} {fps:9.1f} {fps / FPS:12.2f} {rss:12.2f}")
    print("goals: >= 120 frames/s (4x real time) on 2 cores, peak RSS <= 1.5 GB")
    scored = [r for r in rows if r[0] == "score"]
    if len(scored) > 1:
        print(f"scoring peak RSS {scored[-1][1]:g} min / {scored[0][1]:g} min = {scored[-1][4] / scored[0][4]:.3f} "
              "(goal <= 1.10)")


if __name__ == "__main__":
    main()
