"""Decode a session's video once and feed every frame to any number of consumers (the per-frame
classes of :mod:`facevalence.methods.scoring`): a reader thread decodes while a pool of threads
computes several frames at once, and each consumer keeps its results in frame order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
from tqdm.auto import tqdm

from facevalence.config import compute_threads
from facevalence.io.video import iter_gray_frames, probe_video, read_ahead
from facevalence.methods.scoring import HOGConfig, MotionAccumulator, PrototypeScorer


class FrameConsumer(Protocol):
    def compute(self, index: int, gray: np.ndarray, parallel: bool = False) -> object: ...

    def update(self, index: int, gray: np.ndarray, computed: object = ...) -> None: ...


def stream(path: str | Path, consumers: list[FrameConsumer], *, start: int = 0, stop: int | None = None,
           expected_frames: int | None = None, progress: bool = True, desc: str | None = None,
           buffer: int = 16, threads: int | None = None) -> int:
    """Decode frames ``start..stop-1`` of ``path`` once, in order, and hand each to every consumer.

    Three stages overlap: a reader thread decodes (:func:`~facevalence.io.video.iter_gray_frames`),
    ``threads`` pool threads run each frame's ``compute`` (frames in flight at once, each on one
    thread: HOG and warp release the GIL), and this thread calls every consumer's ``update`` in frame
    order with what ``compute`` returned.

    Parameters
    ----------
    path : path
    consumers : list
        Objects with ``compute(index, gray, parallel)`` and ``update(index, gray, computed)``
        (:mod:`facevalence.methods.scoring`).
    start, stop : int
        Frame range (``stop=None``: to the end).
    expected_frames : int, optional
        Raise when the file yields fewer frames than this in the range (a truncated video).
    progress : bool
        A progress bar on a terminal (a worker logging to a file or pipe gets none).
    buffer : int
        Decoded frames the reader may hold ahead of the pool (bounds memory at camera size).
    threads : int, optional
        Pool threads (default: :func:`facevalence.config.compute_threads`, the cores this process
        may use).

    Returns
    -------
    int
        Frames decoded.

    Raises
    ------
    ValueError
        Naming the file: a truncated video, or a consumer's error on a frame.
    """
    path = Path(path)
    total = expected_frames if expected_frames is not None else (
        (stop if stop is not None else probe_video(path).n_frames) - start)
    threads = threads or compute_threads()
    frames = read_ahead(iter_gray_frames(path, start, stop), buffer)
    pool = ThreadPoolExecutor(threads, thread_name_prefix="facevalence-frame")
    in_flight: deque = deque()
    count = 0
    bar = tqdm(total=total, desc=desc or f"reading {path.name}", unit="frame", disable=None if progress else True,
               leave=False)

    def compute(index: int, gray: np.ndarray) -> list:
        return [consumer.compute(index, gray) for consumer in consumers]

    def finish() -> None:
        index, gray, future = in_flight.popleft()
        try:
            for consumer, computed in zip(consumers, future.result(), strict=True):
                consumer.update(index, gray, computed)
        except ValueError as err:
            raise ValueError(f"{path}: {err}") from None
        bar.update()

    try:
        for index, gray in frames:
            in_flight.append((index, gray, pool.submit(compute, index, gray)))
            count += 1
            while len(in_flight) > 2 * threads:
                finish()
        while in_flight:
            finish()
    finally:
        frames.close()
        pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
    if expected_frames is not None and count < expected_frames:
        raise ValueError(f"{path}: truncated or unreadable: decoded {count} of the {expected_frames} frames "
                         "the NWB file records")
    return count


@dataclass
class FramePlan:
    """What one result needs from a pass over a video: its consumers, the frames they must see
    (``start..stop-1``; ``stop=None``: to the end, which must hold ``expected`` frames when given), and
    ``finish(frames)`` that turns the consumers' state into the result once the pass has fed them
    ``frames`` frames of that range."""

    path: str
    consumers: list
    finish: Callable[[int], object]
    start: int = 0
    stop: int | None = None
    expected: int | None = None
    desc: str = ""


def run_plans(plans: list[FramePlan], progress: bool = True) -> list:
    """Decode a video once for several results (:class:`FramePlan`, all of the same file): one
    :func:`stream` over the union of their frame ranges feeds every plan's consumers (a consumer
    ignores frames outside its own range: window HOG by its mask, whole-video consumers see every
    frame of the union, which starts at the earliest plan's first frame).

    Parameters
    ----------
    plans : list of FramePlan
    progress : bool, optional

    Returns
    -------
    list
        Each plan's ``finish`` result, in the order of ``plans``.

    Raises
    ------
    ValueError
        Plans over different files, or a truncated video (naming the file).
    """
    paths = {str(p.path) for p in plans}
    if len(paths) != 1:
        raise ValueError(f"one pass reads one video, not {sorted(paths)}")
    start = min(p.start for p in plans)
    stop = None if any(p.stop is None for p in plans) else max(p.stop for p in plans)
    ends = [p.start + p.expected for p in plans if p.expected is not None]
    expected = max(ends) - start if ends else None
    desc = " + ".join(p.desc for p in plans if p.desc) or None
    count = stream(paths.pop(), [c for p in plans for c in p.consumers], start=start, stop=stop,
                   expected_frames=expected, progress=progress, desc=desc)
    end = start + count
    return [p.finish(max(0, (end if p.stop is None else min(end, p.stop)) - p.start)) for p in plans]


@dataclass
class StreamResult:
    """Result of :func:`score_video`."""

    n_frames: int
    similarity: dict[str, np.ndarray]  # prototype name -> (n_frames,) cosine similarity
    motion: np.ndarray  # (n_frames,) mean |frame_t - frame_(t-1)|; frame 0 is NaN
    heatmaps: dict[str, np.ndarray] = field(default_factory=dict)  # label -> mean |diff| (rows, cols) float32
    heatmap_frames: dict[str, int] = field(default_factory=dict)


def score_video(path: str | Path, prototypes: dict[str, np.ndarray], matrix: np.ndarray | None = None,
                size: int = 1024, orientations: int = 8, cell: int = 16, block_norm: str = "L2-Hys",
                labels: np.ndarray | None = None, keep=None, expected_frames: int | None = None,
                progress: bool = True, heatmap_width: int = 256) -> StreamResult:
    """Prototype similarities and motion energy of every frame of a video, in one pass (paper,
    Fig. 2D-I and S1): :func:`stream` with a
    :class:`~facevalence.methods.scoring.MotionAccumulator` and, when there is HOG to compute, a
    :class:`~facevalence.methods.scoring.PrototypeScorer`.

    Parameters
    ----------
    path : str or Path
        The video.
    prototypes : dict of str to ndarray
        Prototype name -> HOG vector; empty for motion energy only.
    matrix : ndarray, shape (2, 3), optional
        Registration applied before HOG.
    size, orientations, cell, block_norm
        HOG parameters (:class:`~facevalence.methods.scoring.HOGConfig`).
    labels : ndarray, optional
        Per-frame label whose frames' motion is averaged into a heatmap.
    keep : optional
        Frames whose HOG vectors are kept (see ``PrototypeScorer``).
    expected_frames : int, optional
        Frame count the NWB file records; a video that decodes to another count is refused.
    progress : bool, optional
        Show a progress bar.
    heatmap_width : int, optional
        Width of the motion heatmaps, px.

    Returns
    -------
    StreamResult
    """
    info = probe_video(path)
    n = expected_frames or info.n_frames
    motion = MotionAccumulator(n, (info.height, info.width), labels, heatmap_width)
    consumers: list = [motion]
    scorer = None
    if prototypes or keep is not None:
        scorer = PrototypeScorer(prototypes, HOGConfig(size, orientations, cell, block_norm, matrix), n, keep)
        consumers.append(scorer)
    count = stream(path, consumers, expected_frames=expected_frames, progress=progress,
                   desc=f"scoring {Path(path).name}")
    moved = motion.result(count)
    return StreamResult(count, scorer.result(count) if scorer else {}, moved.motion, moved.heatmaps, moved.heatmap_frames)
