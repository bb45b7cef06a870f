"""Expected results worked out from the demo generator's ground truth, without the package's methods.

The generator writes, beside each raw session, the keypoints it placed on every frame before the
DeepLabCut-like noise (``ground_truth.npz``: ``keypoints``, ``time``) and the trials it scheduled
(``ground_truth.json``). The features here follow their definitions in the paper (Fig. 4-5),
written again with numpy: a test that compares the tables to them fails when a method is wrong.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from facevalence.methods.keypoints import KEYPOINTS


def _angle_at(a, vertex, c):
    u, v = a - vertex, c - vertex
    cross = u[..., 0] * v[..., 1] - u[..., 1] * v[..., 0]
    return np.degrees(np.arctan2(np.abs(cross), np.einsum("...i,...i", u, v)))


def _direction(origin, point, flip_x=False):
    """Angle of origin -> point on screen (image y grows downwards), degrees; against -x with flip_x."""
    d = point - origin
    return np.degrees(np.arctan2(-d[..., 1], -d[..., 0] if flip_x else d[..., 0]))


def true_features(keypoints: np.ndarray) -> dict[str, np.ndarray]:
    """The paper's ten features (Fig. 4-5) per frame from (frames, 37, 2) keypoints."""
    k = {name: keypoints[:, i] for i, name in enumerate(KEYPOINTS)}
    whisker_base = np.mean([k[f"whisker{i}_base"] for i in range(1, 5)], axis=0)
    whisker_tip = np.mean([k[f"whisker{i}_tip"] for i in range(1, 5)], axis=0)
    return {
        "pupil_size": np.hypot(*(k["pupil_top"] - k["pupil_bottom"]).T),
        "eye_opening": np.hypot(*(k["eye_upper_lid"] - k["eye_lower_lid"]).T),
        "mouth_inclination": _angle_at(k["nostril"], k["eye_inner_corner"], k["lower_lip"]),
        "snout_mouth_length": np.hypot(*(k["nose_tip"] - k["lower_lip"]).T),
        "nose_position": np.hypot(*(k["nose_tip"] - k["nose_bridge"]).T),
        "whisker_angle": _direction(whisker_base, whisker_tip, flip_x=True),
        "ear_length": np.hypot(*(k["ear_base"] - k["ear_pinna_edge"]).T),
        "ear_angle": _direction(k["ear_base"], k["ear_pinna_edge"]),
        "ear_width": np.hypot(*(k["ear_mid_front"] - k["ear_mid_back"]).T),
        "ear_fold": _angle_at(k["ear_base"], k["ear_pinna_edge"], k["ear_mid_front"]),
    }


def session_of(folder: Path) -> tuple[str, str]:
    """(subject_id, session_id) of a raw demo session folder ``sub-<subject>_ses-<session>``."""
    subject, session = folder.name.removeprefix("sub-").split("_ses-")
    return subject, session


def stimulus_sessions(folders: list[Path]) -> list[Path]:
    """The analysis sessions with trials (a stimulus log), not the prototype mouse's."""
    return [f for f in folders if session_of(f)[0] != "proto" and (f / "stimuli.csv").exists()]


def schedule(folder: Path) -> list[dict]:
    """The trials the generator scheduled (``stimulus``, ``onset``, ``duration``, ``gain``, ...) in
    onset order: list index = the trial_id the converter gives them."""
    truth = json.loads((folder / "ground_truth.json").read_text())
    return sorted(truth["trials"], key=lambda tr: tr["onset"])


def motion_energy(video: Path) -> tuple[int, np.ndarray]:
    """Frames of ``video`` decoded with PyAV, and mean |frame_t - frame_(t-1)| of frames 1.. (Fig. 1B)."""
    import av

    with av.open(str(video)) as container:
        frames = np.stack([f.to_ndarray(format="gray") for f in container.decode(video=0)]).astype(np.int16)
    return len(frames), np.abs(np.diff(frames, axis=0)).mean(axis=(1, 2))


def trial_peaks(folder: Path, baseline_s: float = 4.0, post_s: float = 2.0) -> list[dict]:
    """Per trial and feature of a raw demo session: the true peak change (the change from the mean
    of the ``baseline_s`` before onset, as a fraction of it, of largest magnitude from onset to the
    stimulus's end + ``post_s``), with the trial's stimulus, gain and laser scaling."""
    arrays = np.load(folder / "ground_truth.npz")
    t, features = arrays["time"], true_features(arrays["keypoints"].astype(float))
    rows = []
    for trial_id, trial in enumerate(schedule(folder)):
        rel = t - trial["onset"]
        pre, post = (rel >= -baseline_s) & (rel < 0), (rel >= 0) & (rel < trial["duration"] + post_s)
        for name, values in features.items():
            base = values[pre].mean()
            change = (values[post] - base) / abs(base)
            rows.append({"trial_id": trial_id, "feature": name, "stimulus": trial["stimulus"],
                         "peak": float(change[np.argmax(np.abs(change))]), "gain": trial["gain"],
                         "region_gain": trial.get("region_gain", {})})
    return rows
