"""Facial keypoint kinematics (paper, Methods "Keypoint tracking"; Fig. 4-5, S4-S5).

Pure functions over arrays shaped ``(frames, keypoints, 2)`` in image pixels (y grows
downwards), and over movement's pose datasets for cleaning. Angles are in degrees, measured
counter-clockwise in the usual (y up) sense.

The ten features of the paper are computed from *roles* (``ear_base``, ``pinna_edge``, ...); a
keypoint map says which of a lab's keypoints (one name, or a list whose mean position is used)
plays each role, so a pose model with other names gets every feature its points allow.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from facevalence.methods.keypoints import LANDMARKS


def clean_keypoints(xy: np.ndarray, likelihood: np.ndarray, threshold: float = 0.9,
                    median_window: int = 5) -> np.ndarray:
    """:func:`clean_pose` on plain arrays (paper, Methods: "likelihood < 0.9 -> NaN -> linear
    interpolation; 5-frame median filter"), for callers that need no cleaning log.

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
        Cleaned positions; a keypoint with no confident frame at all stays all-NaN, and so do
        the frames before its first and after its last confident one.
    """
    names = [str(i) for i in range(np.shape(xy)[1])]
    ds = poses_dataset(xy, likelihood, names)
    return pose_array(clean_pose(ds.position, ds.confidence, threshold, median_window))


def vector_angle(origin: np.ndarray, point: np.ndarray) -> np.ndarray:
    """Angle of the vector origin -> point against the +x axis (paper, Fig. 4: angle features).

    Parameters
    ----------
    origin, point : ndarray, shape (..., 2)
        Points in image pixels (y grows downwards).

    Returns
    -------
    ndarray, shape (...)
        Degrees in (-180, 180], counter-clockwise as seen on screen.
    """
    d = np.asarray(point, float) - np.asarray(origin, float)
    angle = np.degrees(np.arctan2(-d[..., 1], d[..., 0]))
    return np.where(angle <= -180.0, angle + 360.0, angle)  # arctan2(-0.0, -1) is -180


def angle_at(a: np.ndarray, vertex: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Unsigned angle a-vertex-c (paper, Fig. 4: mouth inclination, ear fold).

    Parameters
    ----------
    a, vertex, c : ndarray, shape (..., 2)
        Points in image pixels; the angle is measured at ``vertex``.

    Returns
    -------
    ndarray, shape (...)
        Degrees in [0, 180]; NaN where a point coincides with the vertex or is missing.
    """
    u = np.asarray(a, float) - vertex
    v = np.asarray(c, float) - vertex
    cos = (u * v).sum(-1) / (np.linalg.norm(u, axis=-1) * np.linalg.norm(v, axis=-1))
    return np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))


def ear_angle(ear_base: np.ndarray, pinna_edge: np.ndarray) -> np.ndarray:
    """Ear angle: the base -> posterior pinna edge vector against the x axis (paper, Fig. 4).

    Parameters
    ----------
    ear_base, pinna_edge : ndarray, shape (..., 2)
        Keypoint positions, px.

    Returns
    -------
    ndarray, shape (...)
        Degrees in (-180, 180] (:func:`vector_angle`).
    """
    return vector_angle(ear_base, pinna_edge)


def mouth_inclination(nostril: np.ndarray, eye_inner_corner: np.ndarray, lower_lip: np.ndarray) -> np.ndarray:
    """Mouth inclination: the angle nostril - inner eye corner - lower lip (paper, Fig. 4).

    Parameters
    ----------
    nostril, eye_inner_corner, lower_lip : ndarray, shape (..., 2)
        Keypoint positions, px.

    Returns
    -------
    ndarray, shape (...)
        Degrees in [0, 180] at the inner eye corner.
    """
    return angle_at(nostril, eye_inner_corner, lower_lip)


def baseline_change(values: np.ndarray, times: np.ndarray, onset: float, baseline_s: float = 4.0) -> np.ndarray:
    """Proportional change from the pre-stimulus mean (paper, Methods, keypoint analysis; Fig. 5).

    Parameters
    ----------
    values : ndarray, shape (n,)
        A feature's values per frame.
    times : ndarray, shape (n,)
        Frame times, s (any clock shared with ``onset``).
    onset : float
        Stimulus onset, s.
    baseline_s : float, optional
        Length of the baseline window ``[onset - baseline_s, onset)``.

    Returns
    -------
    ndarray, shape (n,)
        ``(v - m) / |m|`` with ``m`` the mean of the finite baseline values; all NaN when the baseline
        window holds no finite value or its mean is 0.
    """
    values = np.asarray(values, float)
    pre = (times >= onset - baseline_s) & (times < onset)
    base = values[pre]
    base = base[np.isfinite(base)]
    if base.size == 0 or np.mean(base) == 0:
        return np.full_like(values, np.nan)
    m = float(np.mean(base))
    return (values - m) / abs(m)


#: The paper's ten features (Fig. 4-5) and the roles each one needs.
FEATURES: dict[str, tuple[str, ...]] = {
    "pupil_size": ("pupil_top", "pupil_bottom"),  # top-bottom distance
    "eye_opening": ("eye_upper_lid", "eye_lower_lid"),
    "mouth_inclination": ("nostril", "eye_inner_corner", "lower_lip"),  # angle at the inner eye corner
    "snout_mouth_length": ("nose_tip", "lower_lip"),
    "nose_position": ("nose_tip", "nose_bridge"),  # tip-bridge distance
    "whisker_angle": ("whisker_base", "whisker_tip"),  # base -> tip against the -x axis
    "ear_length": ("ear_base", "pinna_edge"),  # posterior pinna edge - ear base
    "ear_angle": ("ear_base", "pinna_edge"),  # base -> pinna edge against the x axis
    "ear_width": ("ear_mid_front", "ear_mid_back"),
    "ear_fold": ("ear_base", "pinna_edge", "ear_mid_front"),  # angle base - pinna edge - mid-ear
}

#: Role -> keypoint(s) of the paper's 37-point model (facevalence.methods.keypoints).
PAPER_KEYPOINT_MAP: dict[str, str | list[str]] = {
    "pupil_top": "pupil_top", "pupil_bottom": "pupil_bottom",
    "eye_upper_lid": "eye_upper_lid", "eye_lower_lid": "eye_lower_lid", "eye_inner_corner": "eye_inner_corner",
    "nostril": "nostril", "lower_lip": "lower_lip", "nose_tip": "nose_tip", "nose_bridge": "nose_bridge",
    "whisker_base": [f"whisker{i}_base" for i in range(1, 5)], "whisker_tip": [f"whisker{i}_tip" for i in range(1, 5)],
    "ear_base": "ear_base", "pinna_edge": "ear_pinna_edge", "ear_mid_front": "ear_mid_front", "ear_mid_back": "ear_mid_back",
}


#: Role map for the 13-point MouseFlow face model (nosetip, forehead, mouthtip, chin, tearduct,
#: eyelid1-2, pupil1-6): pupil size, eye opening, mouth inclination and snout-mouth length.
MOUSEFLOW_KEYPOINT_MAP: dict[str, str | list[str]] = {
    "pupil_top": "pupil1", "pupil_bottom": "pupil4", "eye_upper_lid": "eyelid1", "eye_lower_lid": "eyelid2",
    "eye_inner_corner": "tearduct", "nostril": "nosetip", "nose_tip": "nosetip", "lower_lip": "mouthtip",
}


#: Every role a keypoint map may name: the features' (Fig. 4-5) and the registration landmarks'
#: (Fig. S3A; a landmark role takes one keypoint, not a list).
FACE_ROLES: tuple[str, ...] = tuple(dict.fromkeys([r for roles in FEATURES.values() for r in roles] + list(LANDMARKS)))

#: The built-in keypoint maps session.yaml can name (``files.pose.keypoint_map``). MouseFlow's
#: 13 points give 3 of the 6 registration landmarks (nose tip, inner eye corner, mouth tip).
KEYPOINT_MAPS: dict[str, dict[str, str | list[str]]] = {
    "paper": {**PAPER_KEYPOINT_MAP, **LANDMARKS},
    "mouseflow": dict(MOUSEFLOW_KEYPOINT_MAP),
}


def distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Euclidean distance between two point series (paper, Fig. 4: length and opening features).

    Parameters
    ----------
    a, b : ndarray, shape (..., 2)
        Points, px.

    Returns
    -------
    ndarray, shape (...)
        Distance in px.
    """
    return np.linalg.norm(np.asarray(a, float) - np.asarray(b, float), axis=-1)


def whisker_angle(base: np.ndarray, tip: np.ndarray) -> np.ndarray:
    """Whisker angle: base -> tip against the -x axis (paper, Fig. 4).

    Parameters
    ----------
    base, tip : ndarray, shape (..., 2)
        Whisker base and tip positions, px.

    Returns
    -------
    ndarray, shape (...)
        Degrees, positive when the tip points up (protraction of a mouse facing left).
    """
    d = np.asarray(tip, float) - np.asarray(base, float)
    return np.degrees(np.arctan2(-d[..., 1], -d[..., 0]))


def feature_plan(keypoint_map: dict, available: list[str]) -> tuple[dict[str, list[list[str]]], dict[str, str]]:
    """Which of the paper's ten features (Fig. 4-5) a pose with keypoints ``available`` allows.

    Parameters
    ----------
    keypoint_map : dict
        Feature role -> keypoint name, or list of names whose mean position plays the role.
    available : list of str
        The pose's keypoint names.

    Returns
    -------
    plan : dict
        Feature -> for each of its roles, the keypoint names whose mean position plays it.
    missing : dict
        Feature -> why it cannot be computed (role not mapped, or keypoints absent).
    """
    have = set(available)
    plan, missing = {}, {}
    for feature, roles in FEATURES.items():
        names, why = [], []
        for role in roles:
            mapped = keypoint_map.get(role)
            if not mapped:
                why.append(f"role {role!r} is not in the keypoint map")
                continue
            group = [mapped] if isinstance(mapped, str) else list(mapped)
            absent = [k for k in group if k not in have]
            if absent:
                why.append(f"keypoints {absent} ({role}) are not in the pose")
            names.append(group)
        if why:
            missing[feature] = "; ".join(why)
        else:
            plan[feature] = names
    return plan, missing


def compute_features(xy: np.ndarray, names: list[str], plan: dict[str, list[list[str]]]) -> dict[str, np.ndarray]:
    """Per-frame feature values from cleaned positions (paper, Fig. 4-5).

    Parameters
    ----------
    xy : ndarray, shape (frames, keypoints, 2)
        Cleaned positions, px.
    names : list of str
        Keypoint names, the columns of ``xy``.
    plan : dict
        The ``plan`` of :func:`feature_plan`.

    Returns
    -------
    dict of str to ndarray
        Feature -> values per frame (px or degrees).
    """
    index = {n: i for i, n in enumerate(names)}

    def role(group):
        return np.mean([xy[:, index[k]] for k in group], axis=0)

    out = {}
    for feature, groups in plan.items():
        pts = [role(g) for g in groups]
        if feature == "mouth_inclination":
            out[feature] = mouth_inclination(*pts)
        elif feature == "whisker_angle":
            out[feature] = whisker_angle(*pts)
        elif feature == "ear_angle":
            out[feature] = ear_angle(*pts)
        elif feature == "ear_fold":
            out[feature] = angle_at(pts[0], pts[1], pts[2])
        else:
            out[feature] = distance(*pts)
    return out


def clean_pose(position, confidence, threshold: float = 0.9, window: int = 5):
    """The paper's cleaning with movement: likelihood < ``threshold`` -> NaN, linear interpolation
    over time, ``window``-frame rolling median (paper, Methods).

    Parameters
    ----------
    position, confidence : xarray.DataArray from a movement poses dataset

    Returns
    -------
    xarray.DataArray
        Cleaned positions; ``.attrs["log"]`` holds movement's record of every step and its
        arguments. Gaps at the start or end of the recording (nothing to interpolate from)
        stay NaN; the median needs at least ``window // 2 + 1`` values.
    """
    from movement.filtering import filter_by_confidence, interpolate_over_time, rolling_filter

    cleaned = filter_by_confidence(position, confidence, threshold=threshold)
    cleaned = interpolate_over_time(cleaned, method="linear")
    if window > 1:
        cleaned = rolling_filter(cleaned, window, statistic="median", min_periods=window // 2 + 1)
    return cleaned


def poses_dataset(xy: np.ndarray, likelihood: np.ndarray, names: list[str], fps: float | None = None):
    """A one-individual movement poses dataset from plain arrays (paper, Methods "Keypoint tracking").

    Parameters
    ----------
    xy : ndarray, shape (frames, keypoints, 2)
        Positions, px.
    likelihood : ndarray, shape (frames, keypoints)
        DeepLabCut likelihoods.
    names : list of str
        Keypoint names.
    fps : float, optional
        Frame rate; the time coordinate is in frames when omitted.

    Returns
    -------
    xarray.Dataset
        movement's poses dataset with ``position`` and ``confidence``.
    """
    from movement.io import load_poses

    position = np.transpose(np.asarray(xy, float), (0, 2, 1))[..., None]  # time, space, keypoints, individuals
    return load_poses.from_numpy(position, np.asarray(likelihood, float)[..., None], individual_names=["mouse"],
                                 keypoint_names=list(names), fps=fps, source_software="DeepLabCut")


def pose_array(position) -> np.ndarray:
    """A one-individual movement position array as numpy (inverse of :func:`poses_dataset`; paper,
    Methods "Keypoint tracking").

    Parameters
    ----------
    position : xarray.DataArray
        movement position, dims (time, space, keypoints, individuals).

    Returns
    -------
    ndarray, shape (frames, keypoints, 2)
    """
    return np.transpose(np.asarray(position.values)[..., 0], (0, 2, 1))


def response_latency(change: np.ndarray, times: np.ndarray, threshold: float) -> float:
    """Latency of a feature's response (paper, Fig. 5: latency per stimulus).

    Parameters
    ----------
    change : ndarray, shape (n,)
        Proportional change from baseline (:func:`baseline_change`).
    times : ndarray, shape (n,)
        Times relative to onset, s.
    threshold : float
        The magnitude of change that counts as a response.

    Returns
    -------
    float
        First time >= 0 at which ``|change|`` reaches ``threshold``, s after onset; NaN if never.
    """
    after = (np.asarray(times) >= 0) & np.isfinite(change)
    hit = np.flatnonzero(after & (np.abs(change) >= threshold))
    return float(times[hit[0]]) if hit.size else float("nan")


def peak_change(change: np.ndarray, times: np.ndarray, stop: float) -> float:
    """Change of largest magnitude after onset (paper, Fig. 5A-E: peak change per stimulus).

    Parameters
    ----------
    change : ndarray, shape (n,)
        Proportional change from baseline.
    times : ndarray, shape (n,)
        Times relative to onset, s.
    stop : float
        End of the response window, s after onset.

    Returns
    -------
    float
        The change (sign kept) of largest magnitude in ``[0, stop)``; NaN if none is finite.
    """
    sel = (np.asarray(times) >= 0) & (times < stop) & np.isfinite(change)
    if not sel.any():
        return float("nan")
    vals = change[sel]
    return float(vals[np.argmax(np.abs(vals))])


def keypoint_pca(cleaned: np.ndarray, names: list[str], regions: dict[str, tuple[str, ...]]) -> dict:
    """PCA of z-scored keypoint positions (paper, Fig. S4): per region the keypoint of largest
    positional variance, its x and y z-scored over the frames where every chosen point is finite.

    Parameters
    ----------
    cleaned : ndarray, shape (frames, keypoints, 2)
        Cleaned positions, px.
    names : list of str
        Keypoint names, the columns of ``cleaned``.
    regions : dict of str to tuple of str
        Facial region -> its keypoints (:data:`facevalence.methods.keypoints.REGIONS`).

    Returns
    -------
    dict
        ``{"keypoints", "explained_variance", "components", "n_frames"}``.

    Raises
    ------
    ValueError
        When fewer than 2 regions have a keypoint or fewer than 3 frames are complete.
    """
    from sklearn.decomposition import PCA

    cleaned = np.asarray(cleaned, float)
    index = {n: i for i, n in enumerate(names)}
    chosen = []
    for members in regions.values():
        present = [n for n in members if n in index and np.isfinite(cleaned[:, index[n]]).any()]
        if present:
            chosen.append(max(present, key=lambda n: float(np.nansum(np.nanvar(cleaned[:, index[n]], axis=0)))))
    if len(chosen) < 2:
        raise ValueError(f"keypoint PCA needs keypoints of at least 2 regions, found {chosen}")
    x = cleaned[:, [index[n] for n in chosen]].reshape(len(cleaned), -1)
    x = x[np.isfinite(x).all(axis=1)]
    if len(x) < 3:
        raise ValueError("fewer than 3 frames have every chosen keypoint")
    sd = x.std(axis=0)
    z = (x - x.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    pca = PCA().fit(z)
    return {"keypoints": chosen, "explained_variance": pca.explained_variance_ratio_, "components": pca.components_,
            "n_frames": len(x)}


def window_coverage(times: np.ndarray, onset: float, baseline_s: float, stop_s: float) -> str:
    """Why a trial window is not fully covered by the pose (paper, Methods: trials at the edges of a
    recording are left out).

    Parameters
    ----------
    times : ndarray, shape (n,)
        Pose timestamps, s.
    onset : float
        Stimulus onset, s.
    baseline_s, stop_s : float
        The window ``[onset - baseline_s, onset + stop_s)``.

    Returns
    -------
    str
        The reason (pose starts inside the baseline, or ends before the window does); ``""`` when the
        window is covered.
    """
    times = np.asarray(times, float)
    frame = float(np.median(np.diff(times))) if len(times) > 1 else 0.0
    if times[0] > onset - baseline_s + frame:
        return f"the pose starts at {times[0]:.2f} s, inside the {baseline_s:g} s baseline before onset {onset:.2f} s"
    if times[-1] < onset + stop_s - 2 * frame:
        return f"the pose ends at {times[-1]:.2f} s, before the end of the window ({onset + stop_s:.2f} s)"
    return ""


@dataclass
class SessionFeatures:
    """Result of :func:`session_features`: a session's cleaned pose and its facial features (Fig. 4-5)."""

    frame_times: np.ndarray  # s, session clock
    feature_names: list[str]
    features: np.ndarray  # (n_features, frames) float32; px or degrees
    unavailable: dict[str, str]  # feature -> why this pose cannot give it
    low_confidence: dict[str, float]  # keypoint -> fraction of frames below the likelihood threshold
    cleaning_log: str  # movement's record of the cleaning steps (JSON)
    keypoint_names: list[str]
    cleaned: np.ndarray  # (frames, keypoints, 2) float32 cleaned positions, px


def session_features(names: list[str], xy: np.ndarray, likelihood: np.ndarray, stamps: np.ndarray, *,
                     keypoint_map: dict, threshold: float = 0.9, median_window: int = 5) -> SessionFeatures:
    """Clean a session's pose and compute every feature its keypoints allow (paper, Methods; Fig. 4-5).

    Parameters
    ----------
    names : list of str
        Keypoint names, the columns of ``xy`` and ``likelihood``.
    xy : np.ndarray
        (frames, keypoints, 2) DeepLabCut positions, px.
    likelihood : np.ndarray
        (frames, keypoints).
    stamps : np.ndarray
        (frames,) s, session clock.
    keypoint_map : dict
        Feature role -> keypoint name (or list, mean position), e.g. :data:`PAPER_KEYPOINT_MAP`.
    threshold, median_window
        The paper's cleaning: likelihood < 0.9 -> NaN -> linear interpolation -> 5-frame median.

    Returns
    -------
    SessionFeatures
        Features whose keypoints never reach the threshold are listed in ``unavailable``.

    Raises
    ------
    ValueError
        When the map allows none of the features for these keypoints.
    """
    import json

    plan, unavailable = feature_plan(keypoint_map, names)
    if not plan:
        raise ValueError("the keypoint map allows none of the features: "
                         + "; ".join(f"{f}: {why}" for f, why in unavailable.items()))
    ds = poses_dataset(xy, likelihood, names)
    clean = clean_pose(ds.position, ds.confidence, threshold, median_window)
    cleaned = pose_array(clean)  # frames, keypoints, 2
    empty = [n for i, n in enumerate(names) if not np.isfinite(cleaned[:, i]).any()]
    for feature, groups in list(plan.items()):
        gone = sorted({k for g in groups for k in g if k in empty})
        if gone:
            unavailable[feature] = f"keypoints {gone} have no frame with likelihood >= {threshold}"
            del plan[feature]
    values = compute_features(cleaned, names, plan)
    order = list(values)
    log = clean.attrs.get("log", "[]")
    return SessionFeatures(stamps, order, np.array([values[f] for f in order], np.float32).reshape(len(order), len(stamps)),
                           unavailable, {n: float(np.mean(likelihood[:, i] < threshold)) for i, n in enumerate(names)},
                           log if isinstance(log, str) else json.dumps(log, default=str), list(names),
                           cleaned.astype(np.float32))

