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
    """The face crop of every frame (paper, Fig. 1D: face-cropped frames), in template coordinates.

    Parameters
    ----------
    points : ndarray, shape (n, 2)
        Face keypoints or landmarks, px; non-finite rows are ignored.
    margin : float, optional
        Growth on every edge, as a fraction of the side.

    Returns
    -------
    x0, y0, side : float
        The square box.

    Raises
    ------
    ValueError
        When no point is finite.
    """
    pts = np.asarray(points, float).reshape(-1, 2)
    pts = pts[np.isfinite(pts).all(1)]
    if not len(pts):
        raise ValueError("no finite point to place the face box on")
    lo, hi = pts.min(0), pts.max(0)
    side = float(max(hi - lo)) * (1 + 2 * margin)
    centre = (lo + hi) / 2
    return float(centre[0] - side / 2), float(centre[1] - side / 2), max(side, 1.0)


def crop_matrix(registration: np.ndarray | None, box: tuple[float, float, float], size: int) -> np.ndarray:
    """One affine for a frame of the session to the network's input (paper, Fig. 1D): session pixels
    -> template (``registration``) -> face box -> ``size`` px.

    Parameters
    ----------
    registration : ndarray, shape (2, 3), or None
        Session -> template transform; None for unregistered crops (the paper's default).
    box : (x0, y0, side)
        :func:`face_box`.
    size : int
        The network's input side, px.

    Returns
    -------
    ndarray, shape (2, 3)
    """
    x0, y0, side = box
    s = size / side
    crop = np.array([[s, 0.0, -x0 * s], [0.0, s, -y0 * s], [0.0, 0.0, 1.0]])
    reg = np.vstack([np.asarray(registration, float) if registration is not None else np.eye(3)[:2], [0, 0, 1]])
    return (crop @ reg)[:2]


def frame_plan(onsets: Iterable[float], stimuli: Iterable[str], t0: float, fps: float, n_video: int, *,
               post_s: float = 2.0, neutral_s: float = 2.0, step: int = 1,
               neutral_step: int | None = None) -> list[tuple[int, int, str]]:
    """Frames of each trial for the classifier (paper, Fig. 1D: 0-2 s after onset, plus the baseline
    frames as the "neutral" class).

    Parameters
    ----------
    onsets, stimuli : iterable
        Trial onsets (s) and stimulus names.
    t0, fps : float
        The video's clock.
    n_video : int
        Frames in the video.
    post_s : float, optional
        ``0 <= t - onset < post_s`` -> the trial's stimulus.
    neutral_s : float, optional
        ``-neutral_s <= t - onset < 0`` -> ``"neutral"`` (0 turns the class off).
    step, neutral_step : int, optional
        Every ``step``-th frame (``neutral_step``-th for the baseline: with ``step`` x the number of
        stimuli, neutral is no larger a class than any stimulus).

    Returns
    -------
    list of (frame index, trial position, label)

    Raises
    ------
    ValueError
        A window the video does not cover, naming the trial.
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
    """A frame warped to the network's input (paper, Fig. 1D). When the warp shrinks the image the
    frame is first reduced by area averaging (bilinear warping alone would alias the fur texture and
    whiskers of a full-resolution camera frame).

    Parameters
    ----------
    frame : ndarray, shape (h, w) or (h, w, c)
    matrix : ndarray, shape (2, 3)
        :func:`crop_matrix`.
    size : int
        Output side, px.

    Returns
    -------
    ndarray, shape (size, size) or (size, size, c)
    """
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
    """Occlusion masks of the facial regions (paper, Fig. S5D-E), in crop pixels.

    Parameters
    ----------
    points : dict of str to ndarray
        Region -> (n, 2) positions (all frames and keypoints of that region, so the mask covers the
        whole range the region moves through).
    size : int
        Crop side, px.
    dilate_px : int, optional
        Growth of each convex hull, px.

    Returns
    -------
    dict of str to ndarray of bool, shape (size, size)
        One mask per region plus ``background`` (everything outside the grown hull of all points).

    Raises
    ------
    ValueError
        A region with fewer than 3 finite positions.
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
    """The convex hull of ``points`` as a mask, grown by ``dilate_px`` (paper, Fig. S5D-E).

    Parameters
    ----------
    points : ndarray, shape (n, 2)
        Finite positions, px (sub-pixel precision is kept).
    size : int
        Mask side, px.
    dilate_px : int
        Elliptical dilation radius, px; 0 for none.

    Returns
    -------
    ndarray of bool, shape (size, size)
    """
    img = np.zeros((size, size), np.uint8)
    hull = cv2.convexHull(np.round(points * 4).astype(np.int32))
    cv2.fillConvexPoly(img, hull, 1, lineType=cv2.LINE_8, shift=2)
    if dilate_px > 0:
        img = cv2.dilate(img, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * dilate_px + 1,) * 2))
    return img.astype(bool)
