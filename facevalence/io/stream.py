"""Score a whole session in one pass over its video, memory flat in session length.

decode (reader thread) -> gray -> registration warp + resize to 1024 x 1024 in one step -> HOG
-> cosine similarity to each prototype, plus motion energy on the raw frames and per-label
motion heatmaps. Per-frame HOG vectors are not kept unless a ``keep`` callback takes them.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from tqdm.auto import tqdm

from facevalence.io.video import iter_gray_frames, probe_video
from facevalence.methods.hog import hog_frame
from facevalence.methods.motion import downsample, frame_difference, heatmap_shape
from facevalence.methods.registration import prepare_frame

_END = object()


@dataclass
class StreamResult:
    n_frames: int
    similarity: dict[str, np.ndarray]  # prototype name -> (n_frames,) cosine similarity
    motion: np.ndarray  # (n_frames,) mean |frame_t - frame_(t-1)|; frame 0 is NaN
    heatmaps: dict[str, np.ndarray] = field(default_factory=dict)  # label -> mean |diff| (rows, cols) float32
    heatmap_frames: dict[str, int] = field(default_factory=dict)


def _grown(values: np.ndarray, n: int) -> np.ndarray:
    out = np.full(n, np.nan)
    out[: len(values)] = values
    return out


def _reader(path: Path, out: queue.Queue, stop: threading.Event) -> None:
    try:
        for item in iter_gray_frames(path):
            while not stop.is_set():
                try:
                    out.put(item, timeout=0.2)
                    break
                except queue.Full:
                    continue
            if stop.is_set():
                return
    except Exception as err:  # surfaced in the consumer
        out.put(err)
        return
    out.put(_END)


def score_video(path: str | Path, prototypes: dict[str, np.ndarray], matrix: np.ndarray | None = None,
                size: int = 1024, orientations: int = 8, cell: int = 16, block_norm: str = "L2-Hys",
                labels: np.ndarray | None = None, keep: Callable[[int, np.ndarray], None] | None = None,
                expected_frames: int | None = None, progress: bool = True, buffer: int = 64,
                heatmap_width: int = 256) -> StreamResult:
    """Stream a video once and return per-frame prototype similarities and motion energy.

    Parameters
    ----------
    prototypes : name -> HOG vector (e.g. ``{"positive": p, "negative": n}``)
    matrix : 2 x 3 registration matrix (session pixels -> template pixels), or None
    labels : optional (frames,) array of str; frames with a non-empty label add their motion
        difference to that label's heatmap (e.g. the stimulus of the window they fall in)
    keep : optional callback ``keep(index, hog_vector)`` for callers that want HOG vectors
        (without prototypes and ``keep`` no HOG is computed: motion energy only)
    expected_frames : raise when the file yields fewer frames (a truncated video)
    """
    path = Path(path)
    info = probe_video(path)
    n = expected_frames or info.n_frames
    unit = {k: np.asarray(v, np.float64) / max(np.linalg.norm(v), 1e-12) for k, v in prototypes.items()}
    sims = {k: np.full(n, np.nan) for k in unit}
    motion = np.full(n, np.nan)
    hm_shape = heatmap_shape((info.height, info.width), heatmap_width)
    need_hog = bool(unit) or keep is not None
    heatmaps: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    frames: queue.Queue = queue.Queue(maxsize=buffer)
    stop = threading.Event()
    reader = threading.Thread(target=_reader, args=(path, frames, stop), daemon=True)
    reader.start()
    previous = None
    count = 0
    # progress on a terminal only (disable=None): a worker logging to a file or pipe gets no per-frame bar
    bar = tqdm(total=n, desc=f"scoring {path.name}", unit="frame", disable=None if progress else True, leave=False)
    try:
        while True:
            item = frames.get()
            if item is _END:
                break
            if isinstance(item, Exception):
                raise item
            index, gray = item
            if index >= n:  # more frames than recorded: grow by doubling
                n = max(2 * n, index + 1)
                sims = {k: _grown(v, n) for k, v in sims.items()}
                motion = _grown(motion, n)
            if previous is not None:
                try:
                    diff = frame_difference(previous, gray)
                except ValueError as err:
                    raise ValueError(f"{path}: frame {index}: {err}") from None
                motion[index] = float(cv2.mean(diff)[0])
                label = "" if labels is None or index >= len(labels) else str(labels[index])
                if label:
                    if label not in heatmaps:
                        heatmaps[label] = np.zeros(hm_shape, np.float32)
                        counts[label] = 0
                    heatmaps[label] += downsample(diff, hm_shape)
                    counts[label] += 1
            previous = gray
            if need_hog:
                vector = hog_frame(prepare_frame(gray, matrix, size), orientations, cell, block_norm)
                norm = max(float(np.linalg.norm(vector)), 1e-12)
                for k, u in unit.items():
                    sims[k][index] = float(vector @ u) / norm
                if keep is not None:
                    keep(index, vector)
            count += 1
            bar.update()
    finally:
        stop.set()
        bar.close()
    if expected_frames is not None and count < expected_frames:
        raise ValueError(f"{path}: truncated or unreadable: decoded {count} of the {expected_frames} frames the NWB file records")
    return StreamResult(n_frames=count, similarity={k: v[:count] for k, v in sims.items()}, motion=motion[:count],
                        heatmaps={k: v / max(counts[k], 1) for k, v in heatmaps.items()}, heatmap_frames=counts)
