"""Motion energy (paper, Methods; Fig. 1B, S3B): |frame_t - frame_(t-1)| per pixel."""

from __future__ import annotations

import cv2
import numpy as np


def frame_difference(previous: np.ndarray, frame: np.ndarray) -> np.ndarray:
    """|frame_t - frame_(t-1)| per pixel (Fig. 1B).

    Parameters
    ----------
    previous, frame : np.ndarray
        uint8 frames of the same size.

    Returns
    -------
    np.ndarray
        uint8 absolute difference.

    Raises
    ------
    ValueError
        Frames of different sizes.
    """
    if previous.shape != frame.shape:
        raise ValueError(f"frames of different sizes: {previous.shape} and {frame.shape}")
    return cv2.absdiff(previous, frame)


def motion_energy(previous: np.ndarray, frame: np.ndarray) -> float:
    """Motion energy of a frame (Fig. 1B): the mean of :func:`frame_difference`.

    Parameters
    ----------
    previous, frame : np.ndarray
        Consecutive uint8 frames.

    Returns
    -------
    float
        Gray levels.
    """
    return float(cv2.mean(frame_difference(previous, frame))[0])


def heatmap_shape(shape: tuple[int, int], width: int = 256) -> tuple[int, int]:
    """Size of the motion heatmaps (Fig. S3B).

    Parameters
    ----------
    shape : (int, int)
        The frame's (rows, cols).
    width : int
        Heatmap columns.

    Returns
    -------
    (int, int)
        (rows, cols) keeping the frame's aspect ratio.
    """
    rows, cols = shape
    return max(1, round(rows * width / cols)), width


def downsample(diff: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """A difference image area-averaged to the heatmap shape (Fig. S3B).

    Parameters
    ----------
    diff : np.ndarray
        uint8 difference image.
    shape : (int, int)
        (rows, cols) of the heatmap.

    Returns
    -------
    np.ndarray
        float32 (rows, cols).
    """
    return cv2.resize(diff, (shape[1], shape[0]), interpolation=cv2.INTER_AREA).astype(np.float32)
