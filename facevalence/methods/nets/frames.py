"""Frames for the deep models (paper, Fig. 1D-F, S5D-E): which frames of each trial, the face box
and the one affine that takes a session frame to the network's input, the occlusion masks.

Pure numpy/OpenCV on arrays; reading the frames from the videos is
:func:`facevalence.io.frames.read_frames`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import cv2
import numpy as np

#: Label of the baseline frames before each onset (the classifier's extra class).
NEUTRAL = "neutral"


def face_box(points: np.ndarray, margin: float = 0.25) -> tuple[float, float, float]:
    """Square box ``(x0, y0, side)`` around ``points`` (n, 2), grown by ``margin`` x its side on
    every edge: the face crop of every frame (in template coordinates)."""
    pts = np.asarray(points, float).reshape(-1, 2)
    pts = pts[np.isfinite(pts).all(1)]
    if not len(pts):
        raise ValueError("no finite point to place the face box on")
    lo, hi = pts.min(0), pts.max(0)
    side = float(max(hi - lo)) * (1 + 2 * margin)
    centre = (lo + hi) / 2
    return float(centre[0] - side / 2), float(centre[1] - side / 2), max(side, 1.0)


def crop_matrix(registration: np.ndarray | None, box: tuple[float, float, float], size: int) -> np.ndarray:
    """One 2 x 3 matrix: session pixels -> template (``registration``) -> face box -> ``size`` px."""
    x0, y0, side = box
    s = size / side
    crop = np.array([[s, 0.0, -x0 * s], [0.0, s, -y0 * s], [0.0, 0.0, 1.0]])
    reg = np.vstack([np.asarray(registration, float) if registration is not None else np.eye(3)[:2], [0, 0, 1]])
    return (crop @ reg)[:2]


def frame_plan(onsets: Iterable[float], stimuli: Iterable[str], t0: float, fps: float, n_video: int, *,
               post_s: float = 2.0, neutral_s: float = 2.0, step: int = 1,
               neutral_step: int | None = None) -> list[tuple[int, int, str]]:
    """Frames of each trial: ``(frame index, trial position, label)``.

    ``0 <= t - onset < post_s`` -> the trial's stimulus (Fig. 1D: 0-2 s after onset);
    ``-neutral_s <= t - onset < 0`` -> ``"neutral"`` (the baseline frames, 0 s turns them off);
    every ``step``-th frame (``neutral_step``-th for the baseline: with ``step`` x the number of
    stimuli, neutral is no larger a class than any stimulus). A window the video does not cover raises ValueError naming the trial.
    """
    out = []
    for pos, (onset, stim) in enumerate(zip(onsets, stimuli, strict=True)):
        for lo, hi, label, every in ((-neutral_s, 0.0, NEUTRAL, neutral_step or step), (0.0, post_s, stim, step)):
            if hi <= lo:
                continue
            first = math.ceil(round((onset + lo - t0) * fps, 6))
            last = math.ceil(round((onset + hi - t0) * fps, 6))
            if first < 0 or last > n_video:
                raise ValueError(f"trial at {onset:g} s: frames {first}..{last} of its {lo:g}..{hi:g} s window "
                                 f"lie outside the video's {n_video} frames")
            out.extend((i, pos, label) for i in range(first, last, every))
    return out


def warp_frame(frame: np.ndarray, matrix: np.ndarray, size: int) -> np.ndarray:
    """``frame`` warped by ``matrix`` to ``size`` x ``size``. When the warp shrinks the image, the
    frame is first reduced by area averaging (bilinear warping alone would alias the fur texture
    and whiskers of a full-resolution camera frame)."""
    m = np.vstack([np.asarray(matrix, float), [0.0, 0.0, 1.0]])
    scale = float(np.sqrt(abs(np.linalg.det(m[:2, :2]))))
    if scale < 0.75:
        rows, cols = frame.shape[:2]
        new = (max(1, round(cols * scale)), max(1, round(rows * scale)))
        fx, fy = new[0] / cols, new[1] / rows
        frame = cv2.resize(frame, new, interpolation=cv2.INTER_AREA)
        shrink = np.array([[fx, 0.0, 0.5 * fx - 0.5], [0.0, fy, 0.5 * fy - 0.5], [0.0, 0.0, 1.0]])
        m = m @ np.linalg.inv(shrink)
    return cv2.warpAffine(frame, m[:2], (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def region_masks(points: dict[str, np.ndarray], size: int, dilate_px: int = 4) -> dict[str, np.ndarray]:
    """Occlusion masks (``size`` x ``size`` bool) from keypoint positions in crop pixels.

    ``points``: region -> (n, 2) positions (all frames and keypoints of that region, so the mask
    covers the whole range the region moves through); each mask is the region's convex hull grown
    by ``dilate_px``. ``background`` is everything outside the grown hull of all regions' points.
    """
    masks = {}
    for region, pts in points.items():
        pts = np.asarray(pts, float).reshape(-1, 2)
        pts = pts[np.isfinite(pts).all(1)]
        if len(pts) < 3:
            raise ValueError(f"region {region!r}: fewer than 3 keypoint positions to build its mask")
        masks[region] = hull_mask(pts, size, dilate_px)
    every = np.concatenate([np.asarray(p, float).reshape(-1, 2) for p in points.values()])
    masks["background"] = ~hull_mask(every[np.isfinite(every).all(1)], size, dilate_px)
    return masks


def hull_mask(points: np.ndarray, size: int, dilate_px: int) -> np.ndarray:
    img = np.zeros((size, size), np.uint8)
    hull = cv2.convexHull(np.round(points * 4).astype(np.int32))
    cv2.fillConvexPoly(img, hull, 1, lineType=cv2.LINE_8, shift=2)
    if dilate_px > 0:
        img = cv2.dilate(img, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * dilate_px + 1,) * 2))
    return img.astype(bool)
