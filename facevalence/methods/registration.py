"""Co-registration of faces across mice (paper, Methods; Fig. S3A).

Six landmarks (nose tip, inner and outer eye corner, lower-lip anterior edge, cheek, posterior
pinna edge) on a neutral frame are mapped to the template mouse's by a least-squares affine
transform, then refined as a similarity (translation, rotation, isotropic scale) that
minimises the landmark distance; the transform is applied to every frame of the session before
prototype comparisons.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np


def fit_affine(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The first step of the paper's co-registration (Methods; Fig. S3A): a least-squares affine map.

    Parameters
    ----------
    src, dst : np.ndarray
        (n, 2) landmarks of the session and of the template, n >= 3.

    Returns
    -------
    np.ndarray
        (2, 3) matrix mapping ``src`` onto ``dst``.

    Raises
    ------
    ValueError
        Fewer than 3 landmarks, mismatched shapes or NaN.
    """
    src = np.asarray(src, float)
    dst = np.asarray(dst, float)
    if src.shape != dst.shape or src.shape[0] < 3 or src.shape[1] != 2:
        raise ValueError("need the same >= 3 landmarks (n, 2) in source and template")
    if not (np.isfinite(src).all() and np.isfinite(dst).all()):
        raise ValueError("landmarks contain NaN")
    design = np.hstack([src, np.ones((len(src), 1))])
    solution, *_ = np.linalg.lstsq(design, dst, rcond=None)
    return solution.T


def _similarity(params: np.ndarray) -> np.ndarray:
    tx, ty, theta, log_s = params
    s = np.exp(log_s)
    c, si = np.cos(theta), np.sin(theta)
    return np.array([[s * c, -s * si, tx], [s * si, s * c, ty]])


def apply(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Map points through a 2 x 3 affine matrix (paper, Methods "Registration").

    Parameters
    ----------
    matrix : np.ndarray
        (2, 3).
    points : np.ndarray
        (n, 2) x, y.

    Returns
    -------
    np.ndarray
        (n, 2) mapped points.
    """
    points = np.asarray(points, float)
    return points @ matrix[:, :2].T + matrix[:, 2]


def compose(outer: np.ndarray, inner: np.ndarray) -> np.ndarray:
    """The 2 x 3 matrix of ``outer(inner(x))`` (paper, Methods "Registration": affine, then similarity).

    Parameters
    ----------
    outer, inner : np.ndarray
        (2, 3) affine matrices.

    Returns
    -------
    np.ndarray
        (2, 3).
    """
    a = np.vstack([outer, [0, 0, 1]])
    b = np.vstack([inner, [0, 0, 1]])
    return (a @ b)[:2]


def register_landmarks(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, float]:
    """Affine fit of ``src`` to ``dst``, refined by a similarity transform (paper, Methods
    "Registration": the two steps).

    Parameters
    ----------
    src : ndarray, shape (n, 2)
        Landmarks of the session to register, px.
    dst : ndarray, shape (n, 2)
        The same landmarks on the prototype template, px.

    Returns
    -------
    matrix : ndarray, shape (2, 3)
        The transform to apply to the source session's frames.
    residual : float
        Root-mean-square landmark distance after registration, px.
    """
    from scipy.optimize import least_squares

    affine = fit_affine(src, dst)
    moved = apply(affine, src)

    def distance(params):
        return (apply(_similarity(params), moved) - dst).ravel()

    refined = least_squares(distance, np.zeros(4), method="lm")
    matrix = compose(_similarity(refined.x), affine)
    residual = float(np.sqrt(np.mean(np.sum((apply(matrix, src) - dst) ** 2, axis=1))))
    return matrix, residual


def check_inside(points: np.ndarray, shape: tuple[int, int], names: list[str] | None = None) -> None:
    """Refuse landmarks outside the frame they were placed on (paper, Methods "Registration"; a
    confident but wrong DeepLabCut point).

    Parameters
    ----------
    points : np.ndarray
        (n, 2) x, y in pixels.
    shape : (int, int)
        The image's (rows, cols).
    names : list of str, optional
        Landmark names for the message.

    Returns
    -------
    None

    Raises
    ------
    ValueError
        Naming the first landmark outside and the image size.
    """
    rows, cols = shape
    bad = ~((points[:, 0] >= 0) & (points[:, 0] < cols) & (points[:, 1] >= 0) & (points[:, 1] < rows))
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        name = names[first] if names is not None else f"landmark {first}"
        raise ValueError(f"{name} at {points[first].round(1).tolist()} lies outside the {cols}x{rows} image")


def warp(frame: np.ndarray, matrix: np.ndarray, shape: tuple[int, int] | None = None) -> np.ndarray:
    """A frame warped into the template's coordinates (Fig. S3A), borders replicated.

    Parameters
    ----------
    frame : np.ndarray
        uint8 gray frame.
    matrix : np.ndarray
        (2, 3) session pixels -> template pixels.
    shape : (int, int), optional
        The template's (rows, cols); default: the frame's own size.

    Returns
    -------
    np.ndarray
        The warped frame.
    """
    rows, cols = shape if shape is not None else frame.shape[:2]
    return cv2.warpAffine(frame, np.asarray(matrix, np.float64), (cols, rows),
                          flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def overlay(template: np.ndarray, registered: np.ndarray) -> np.ndarray:
    """The red/cyan registration check of Fig. S3A.

    Parameters
    ----------
    template, registered : np.ndarray
        uint8 gray frames of the same size.

    Returns
    -------
    np.ndarray
        (rows, cols, 3) uint8 RGB: template in red, registered frame in cyan; aligned structures
        turn gray, misaligned ones show colour fringes.
    """
    t = np.asarray(template, np.uint8)
    r = np.asarray(registered, np.uint8)
    return np.stack([t, r, r], axis=-1)


def resize_matrix(matrix: np.ndarray | None, shape: tuple[int, int], size: int) -> np.ndarray:
    """Registration and the paper's resize to ``size`` x ``size`` (Methods "HOG": 1024 x 1024) as one matrix.

    Parameters
    ----------
    matrix : np.ndarray or None
        (2, 3) registration (None: identity).
    shape : (int, int)
        The frame's (rows, cols).
    size : int

    Returns
    -------
    np.ndarray
        (2, 3), with cv2.resize's half-pixel-centre convention.
    """
    rows, cols = shape
    sx, sy = size / cols, size / rows
    scale = np.array([[sx, 0.0, 0.5 * sx - 0.5], [0.0, sy, 0.5 * sy - 0.5], [0.0, 0.0, 1.0]])
    reg = np.vstack([np.asarray(matrix, float) if matrix is not None else np.eye(3)[:2], [0.0, 0.0, 1.0]])
    return (scale @ reg)[:2]


def prepare_frame(frame: np.ndarray, matrix: np.ndarray | None, size: int,
                  shape: tuple[int, int] | None = None) -> np.ndarray:
    """A frame registered and resized to ``size`` x ``size`` in one bilinear step (Methods "HOG").

    Every HOG vector of the pipeline (prototype frames and scored frames alike) goes through
    this function, so prototypes and scores see identically prepared images.

    Parameters
    ----------
    frame : np.ndarray
        uint8 gray frame.
    matrix : np.ndarray or None
        (2, 3) registration; None for unregistered frames (within-session analyses).
    size : int
    shape : (int, int), optional
        The (rows, cols) of the pixels ``matrix`` maps into (the template's frame); default: the
        frame's own (the same camera as the template's, or no registration).

    Returns
    -------
    np.ndarray
        (size, size) uint8.
    """
    combined = resize_matrix(matrix, tuple(shape) if shape is not None else frame.shape[:2], size)
    return cv2.warpAffine(frame, combined, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def neutral_landmarks(xy: np.ndarray, likelihood: np.ndarray, stamps: np.ndarray, *, roles: list[str],
                      threshold: float = 0.9, window: str = "the neutral window") -> tuple[np.ndarray, float]:
    """The landmarks of a session from its DeepLabCut keypoints over a neutral window (Fig. S3A).

    Parameters
    ----------
    xy : np.ndarray
        (frames, landmarks, 2) keypoint positions inside the neutral window.
    likelihood : np.ndarray
        (frames, landmarks).
    stamps : np.ndarray
        (frames,) their times.
    roles : list of str
        Landmark role of each column, named in errors.
    threshold : float
        The paper's cleaning: likelihood below this -> NaN -> interpolation -> 5-frame median.
    window : str
        How errors name the window.

    Returns
    -------
    points : np.ndarray
        (landmarks, 2) median cleaned position of each landmark.
    time_s : float
        The window's median frame time: the neutral frame shown in the overlay.

    Raises
    ------
    ValueError
        Fewer than 3 frames in the window, or a landmark with no confident position in it.
    """
    from facevalence.methods.kinematics import clean_keypoints

    if len(stamps) < 3:
        raise ValueError(f"fewer than 3 pose frames in {window}")
    clean = clean_keypoints(xy, likelihood, threshold)
    points = np.nanmedian(clean, axis=0)
    if not np.isfinite(points).all():
        bad = [r for r, ok in zip(roles, np.isfinite(points).all(1), strict=True) if not ok]
        raise ValueError(f"landmarks {bad} have no confident position in {window}")
    return points, float(np.median(stamps))


@dataclass
class SessionRegistration:
    """Result of :func:`register_session`."""

    matrix: np.ndarray  # 2 x 3: session pixels -> template pixels
    residual_px: float  # RMS landmark distance after registration
    overlay: np.ndarray  # red (template) / cyan (registered) neutral frames, uint8 RGB


def register_session(src: np.ndarray, dst: np.ndarray, frame: np.ndarray, template_frame: np.ndarray,
                     roles: list[str]) -> SessionRegistration:
    """Register a session's face onto the template mouse's (paper, Methods; Fig. S3A).

    Parameters
    ----------
    src, dst : np.ndarray
        (6, 2) landmarks of the session and of the template, in their video pixels.
    frame, template_frame : np.ndarray
        The neutral frames the landmarks were placed on (uint8 gray; of any sizes).
    roles : list of str
        Landmark roles, named in errors.

    Returns
    -------
    SessionRegistration

    Raises
    ------
    ValueError
        A landmark outside its frame.
    """
    check_inside(src, frame.shape, roles)
    check_inside(dst, template_frame.shape, roles)
    matrix, residual = register_landmarks(src, dst)
    # into the template's pixels, whatever the two cameras' sizes (the HOG then resizes from the
    # template's size: prepare_frame's ``shape``, the overlay's)
    moved = warp(frame, matrix, template_frame.shape[:2])
    return SessionRegistration(matrix, residual, overlay(template_frame, moved))


def align_ecc(frame: np.ndarray, template: np.ndarray, min_correlation: float = 0.8,
              levels: int = 3) -> tuple[np.ndarray, float]:
    """Register a frame onto the template without landmarks: an affine map that maximises the
    enhanced correlation coefficient (ECC; OpenCV's ``findTransformECC``), coarse to fine over an
    image pyramid; for a new camera, where no landmarks were placed (the automatic alternative to the
    paper's landmark registration, Methods "Registration"; Fig. S3A).

    Parameters
    ----------
    frame : np.ndarray
        uint8 gray neutral frame (e.g. the mean of the first seconds) of the camera to register.
    template : np.ndarray
        uint8 gray neutral frame of the prototype template; another size is fine (the search starts
        from the map that stretches one frame onto the other).
    min_correlation : float
        Refuse an alignment whose correlation coefficient stays below this.
    levels : int
        Pyramid levels (each halves the size); the coarse ones catch larger shifts.

    Returns
    -------
    matrix : np.ndarray
        (2, 3) frame pixels -> template pixels.
    correlation : float
        The ECC reached at full resolution (1: identical up to brightness and contrast).

    Raises
    ------
    ValueError
        When the search does not converge or ends below ``min_correlation``.
    """
    frame = np.asarray(frame, np.float32)
    template = np.asarray(template, np.float32)
    # ECC's warp maps template pixels to frame pixels; start from the stretch of one onto the other
    inverse = np.array([[frame.shape[1] / template.shape[1], 0, 0], [0, frame.shape[0] / template.shape[0], 0]], np.float32)
    criteria = (cv2.TERM_CRITERIA_COUNT | cv2.TERM_CRITERIA_EPS, 200, 1e-6)
    correlation = float("nan")
    for level in range(levels - 1, -1, -1):
        scale = 0.5 ** level
        small_t = cv2.resize(template, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if level else template
        small_f = cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if level else frame
        scaled = inverse.copy()
        scaled[:, 2] *= scale
        try:
            correlation, scaled = cv2.findTransformECC(small_t, small_f, scaled, cv2.MOTION_AFFINE, criteria, None, 5)
        except cv2.error:
            raise ValueError("automatic registration did not converge (the face may be too far from the template's "
                             "position); place the six landmarks by hand instead") from None
        inverse = scaled.copy()
        inverse[:, 2] /= scale
    if not correlation >= min_correlation:
        raise ValueError(f"automatic registration is poor (correlation {correlation:.2f} < {min_correlation:g}); check "
                         "the overlay, or place the six landmarks by hand instead")
    return cv2.invertAffineTransform(inverse.astype(np.float64)), float(correlation)

