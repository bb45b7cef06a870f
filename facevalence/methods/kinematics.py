"""Facial keypoint kinematics (DESIGN.md section 3; paper Fig. 4-5, S4-S5).

Pure functions over arrays shaped ``(frames, keypoints, 2)`` in image pixels (y grows
downwards). Angles are in degrees, measured counter-clockwise in the usual (y up) sense.
"""

from __future__ import annotations

import numpy as np
from scipy.ndimage import median_filter


def clean_keypoints(xy: np.ndarray, likelihood: np.ndarray, threshold: float = 0.9,
                    median_window: int = 5) -> np.ndarray:
    """Drop low-confidence points, interpolate linearly, then median-filter (paper, Methods:
    "likelihood < 0.9 -> NaN -> linear interpolation; 5-frame median filter").

    Parameters
    ----------
    xy : array (frames, keypoints, 2)
    likelihood : array (frames, keypoints)
    threshold : float
        Points with likelihood below this are treated as missing.
    median_window : int
        Length of the centred rolling median in frames (odd).

    Returns
    -------
    array (frames, keypoints, 2)
        Cleaned positions; a keypoint with no confident frame at all stays all-NaN.
    """
    xy = np.array(xy, dtype=float, copy=True)
    xy[likelihood < threshold] = np.nan
    frames = np.arange(xy.shape[0])
    flat = xy.reshape(xy.shape[0], -1)
    for j in range(flat.shape[1]):
        ok = np.isfinite(flat[:, j])
        if ok.sum() == 0:
            continue
        flat[:, j] = np.interp(frames, frames[ok], flat[ok, j])
    if median_window > 1:
        good = np.isfinite(flat).all(axis=0)
        flat[:, good] = median_filter(flat[:, good], size=(median_window, 1), mode="nearest")
    return flat.reshape(xy.shape)


def vector_angle(origin: np.ndarray, point: np.ndarray) -> np.ndarray:
    """Angle of the vector origin -> point against the +x axis, degrees in (-180, 180],
    counter-clockwise as seen on screen (image y axis points down)."""
    d = np.asarray(point, float) - np.asarray(origin, float)
    angle = np.degrees(np.arctan2(-d[..., 1], d[..., 0]))
    return np.where(angle <= -180.0, angle + 360.0, angle)  # arctan2(-0.0, -1) is -180


def angle_at(a: np.ndarray, vertex: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Unsigned angle a-vertex-c in degrees (0..180)."""
    u = np.asarray(a, float) - vertex
    v = np.asarray(c, float) - vertex
    cos = (u * v).sum(-1) / (np.linalg.norm(u, axis=-1) * np.linalg.norm(v, axis=-1))
    return np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))


def ear_angle(ear_base: np.ndarray, pinna_edge: np.ndarray) -> np.ndarray:
    """Ear angle: the base -> posterior pinna edge vector against the x axis (Fig. 4)."""
    return vector_angle(ear_base, pinna_edge)


def mouth_inclination(nostril: np.ndarray, eye_inner_corner: np.ndarray, lower_lip: np.ndarray) -> np.ndarray:
    """Mouth inclination: the angle nostril - inner eye corner - lower lip (Fig. 4)."""
    return angle_at(nostril, eye_inner_corner, lower_lip)


def baseline_change(values: np.ndarray, times: np.ndarray, onset: float, baseline_s: float = 4.0) -> np.ndarray:
    """Proportional change from the pre-stimulus mean: ``(v - m) / m`` with ``m`` the mean of
    ``values`` over ``[onset - baseline_s, onset)`` (paper, Methods, keypoint analysis).

    Returns all-NaN when the baseline window holds no finite value or its mean is 0.
    """
    values = np.asarray(values, float)
    pre = (times >= onset - baseline_s) & (times < onset)
    base = values[pre]
    base = base[np.isfinite(base)]
    if base.size == 0 or np.mean(base) == 0:
        return np.full_like(values, np.nan)
    m = float(np.mean(base))
    return (values - m) / abs(m)
