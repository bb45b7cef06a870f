"""Motion energy (paper, Methods; Fig. 1B, S3B): |frame_t - frame_(t-1)| per pixel."""

from __future__ import annotations

import cv2
import numpy as np


def frame_difference(previous: np.ndarray, frame: np.ndarray) -> np.ndarray:
    """Absolute per-pixel difference of two uint8 frames (uint8)."""
    if previous.shape != frame.shape:
        raise ValueError(f"frames of different sizes: {previous.shape} and {frame.shape}")
    return cv2.absdiff(previous, frame)


def motion_energy(previous: np.ndarray, frame: np.ndarray) -> float:
    """Mean absolute per-pixel difference between consecutive frames."""
    return float(cv2.mean(frame_difference(previous, frame))[0])


def heatmap_shape(shape: tuple[int, int], width: int = 256) -> tuple[int, int]:
    """(rows, cols) of motion heatmaps: ``width`` columns, the frame's aspect ratio."""
    rows, cols = shape
    return max(1, round(rows * width / cols)), width


def downsample(diff: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Area-average a difference image to the heatmap shape (float32)."""
    return cv2.resize(diff, (shape[1], shape[0]), interpolation=cv2.INTER_AREA).astype(np.float32)
