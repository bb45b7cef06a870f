"""The live readout on a camera-size stream: a 2064 x 1544, 30 frames/s video played in real time
through `facevalence live`'s path (capture thread, registration warp + exact HOG at 1024 x 1024,
cosine to two prototypes, valence, motion, one trigger rule).

    python benchmarks/live.py [--seconds 10] [--fps 30]

Prints sustained frames/s, dropped frames and the latency from decode to published score (p50,
p99) against the goal (0 dropped at 30 frames/s, p99 <= 50 ms on 2 CPU cores), with the reference
measured in the same run: the same file scored offline as fast as it decodes (`score_video`, the
PrototypeScore path, which spreads frames over threads).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import av
import numpy as np

from facevalence.io.capture import decode
from facevalence.io.stream import score_video
from facevalence.io.video import write_gray_video
from facevalence.live import LiveSetup, run_live
from facevalence.methods.scoring import HOGConfig
from facevalence.methods.triggers import TriggerRule

WIDTH, HEIGHT = 2064, 1544


def make_video(path: Path, seconds: float, fps: int) -> None:
    """A textured face-sized frame with a bright blob that drifts, H.264 at ``fps``."""
    rng = np.random.default_rng(0)
    background = rng.integers(50, 130, (HEIGHT, WIDTH), dtype=np.uint8)
    yy, xx = np.mgrid[:HEIGHT, :WIDTH]
    frames = (np.where(((xx - 600 - 10 * i) ** 2 + (yy - 770) ** 2) < (150 + i) ** 2, 230, background).astype(np.uint8)
              for i in range(int(seconds * fps)))
    write_gray_video(path, frames, fps, crf=23, preset="veryfast")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--fps", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        video = Path(folder) / "camera.mp4"
        print(f"writing a {WIDTH} x {HEIGHT} video, {args.seconds:g} s at {args.fps} frames/s ...")
        make_video(video, args.seconds, args.fps)
        hog = HOGConfig(matrix=np.array([[0.5, 0.01, 10.0], [-0.01, 0.5, 5.0]]))
        frames = [f.gray for f in decode(av.open(str(video))) if f.index in (0, 10)]
        setup = LiveSetup({"positive": hog.vector(frames[1]), "negative": hog.vector(frames[0])}, hog, {})
        started = time.monotonic()
        offline = score_video(video, setup.prototypes, hog.matrix, progress=False)
        offline_fps = offline.n_frames / (time.monotonic() - started)
        started = time.monotonic()
        result = run_live(str(video), setup, [TriggerRule("valence", ">", 0.01, 0.2)], realtime=True, baseline_s=1.0)
        elapsed = time.monotonic() - started
    p50, p99 = result.latency_percentiles()
    cores = len(os.sched_getaffinity(0))
    rows = [("offline score_video (reference)", f"{offline_fps:.1f}", "-", "-", "-"),
            (f"live, real time at {args.fps}/s", f"{len(result.scores) / elapsed:.1f}",
             f"{result.dropped} of {result.decoded}", f"{1000 * p50:.1f}", f"{1000 * p99:.1f}"),
            ("goal (2 CPU cores)", f"{args.fps}", "0", "-", "<= 50")]
    print(f"\n{WIDTH} x {HEIGHT}, {cores} CPU cores, HOG at 1024 x 1024\n")
    print(f"| {'path':34s} | frames/s | dropped    | p50 ms | p99 ms |")
    print(f"|{'-' * 36}|----------|------------|--------|--------|")
    for row in rows:
        print(f"| {row[0]:34s} | {row[1]:>8s} | {row[2]:>10s} | {row[3]:>6s} | {row[4]:>6s} |")


if __name__ == "__main__":
    main()
