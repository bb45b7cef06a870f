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


def trial_peaks(folder: Path, baseline_s: float = 4.0, post_s: float = 2.0) -> list[dict]:
    """Per trial and feature of a raw demo session: the true peak change (the change from the mean
    of the ``baseline_s`` before onset, as a fraction of it, of largest magnitude from onset to the
    stimulus's end + ``post_s``), with the trial's stimulus, gain and laser scaling."""
    truth = json.loads((folder / "ground_truth.json").read_text())
    arrays = np.load(folder / "ground_truth.npz")
    t, features = arrays["time"], true_features(arrays["keypoints"].astype(float))
    rows = []
    for trial_id, trial in enumerate(sorted(truth["trials"], key=lambda tr: tr["onset"])):
        rel = t - trial["onset"]
        pre, post = (rel >= -baseline_s) & (rel < 0), (rel >= 0) & (rel < trial["duration"] + post_s)
        for name, values in features.items():
            base = values[pre].mean()
            change = (values[post] - base) / abs(base)
            rows.append({"trial_id": trial_id, "feature": name, "stimulus": trial["stimulus"],
                         "peak": float(change[np.argmax(np.abs(change))]), "gain": trial["gain"],
                         "region_gain": trial.get("region_gain", {})})
    return rows
