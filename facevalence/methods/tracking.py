"""Keypoint tracking of a face video by a trained pose network, batch by batch (paper, Methods
"Keypoint tracking": DeepLabCut on every frame of the face camera)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class TrackedPose:
    """``xy`` (frames, keypoints, 2) in pixels and ``likelihood`` (frames, keypoints), in frame order."""

    xy: np.ndarray
    likelihood: np.ndarray


def track_frames(frames: Iterable[np.ndarray], predict: Callable[[list[np.ndarray]], np.ndarray], n_keypoints: int,
                 batch: int = 8, on_batch: Callable[[int], None] | None = None) -> TrackedPose:
    """Run ``predict`` over every frame, ``batch`` frames at a time (paper, Methods "Keypoint tracking").

    Parameters
    ----------
    frames : iterable of ndarray
        The video's frames in order (RGB uint8, height x width x 3).
    predict : callable
        ``list of frames -> (len(frames), n_keypoints, 3)``: x, y in pixels and likelihood per
        keypoint (DeepLabCut's inference runner in ``facevalence track``).
    n_keypoints : int
        The model's keypoints; a prediction of another shape is refused.
    batch : int
        Frames per call.
    on_batch : callable, optional
        Called with the number of frames of each finished batch (a progress bar).

    Returns
    -------
    TrackedPose

    Raises
    ------
    ValueError
        When ``predict`` returns another shape than one row of ``n_keypoints`` x 3 per frame, or a
        likelihood outside [0, 1].
    """
    if batch < 1:
        raise ValueError(f"batch must be >= 1, got {batch}")
    out: list[np.ndarray] = []
    pending: list[np.ndarray] = []

    def flush() -> None:
        pose = np.asarray(predict(pending), float)
        if pose.shape != (len(pending), n_keypoints, 3):
            raise ValueError(f"the pose network returned shape {pose.shape} for {len(pending)} frames; expected "
                             f"({len(pending)}, {n_keypoints}, 3)")
        out.append(pose)
        if on_batch is not None:
            on_batch(len(pending))
        pending.clear()

    for frame in frames:
        pending.append(frame)
        if len(pending) == batch:
            flush()
    if pending:
        flush()
    pose = np.concatenate(out) if out else np.zeros((0, n_keypoints, 3))
    likelihood = pose[..., 2]
    if np.any((likelihood < 0) | (likelihood > 1)):
        raise ValueError("the pose network returned likelihoods outside [0, 1]")
    return TrackedPose(pose[..., :2].copy(), likelihood.copy())
