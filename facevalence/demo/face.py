"""A rendered IR-like side view of a mouse face whose expression follows stimulus valence.

The geometry follows the paper's keypoint features (Fig. 4-5): with a positive stimulus
the ears move forward and rise, the mouth inclination and whisker angle grow and the pupil
narrows; with a negative one the ears retract and flatten, the eye narrows and the pupil
dilates. Features are computed first (the ground truth), keypoints from the features, and
the image from the keypoints, so every number the pipeline recovers has a known answer.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from facevalence.methods.keypoints import KEYPOINTS

CANVAS = (256, 256)  # (height, width) of the rendered video

#: Baseline feature values in the canonical face (pixels, degrees).
BASELINE = {
    "ear_angle": 60.0,  # base -> pinna edge vs +x (mouse faces left; 90 = straight up)
    "ear_length": 46.0,
    "ear_width": 26.0,
    "mouth_inclination": 26.0,  # angle nostril - inner eye corner - lower lip
    "whisker_angle": 12.0,  # base -> tip vs -x axis (protraction is positive)
    "pupil_radius": 4.5,
    "eye_opening": 9.0,
}
FEATURES = tuple(BASELINE)

#: Peak change of each feature per stimulus, as a fraction of its baseline value.
#: As in the paper (Fig. 5), the ears carry the most stimulus-specific pattern: every stimulus
#: moves them in its own direction of (angle, length, width), so even stimuli of one valence
#: differ (sucrose opens the pinna, NaCl narrows it; bitter flattens and narrows, shock
#: flattens and spreads). The other regions are coarser: the mouth follows valence only, the
#: whiskers protract for everything but bitter, and the pupil mostly follows arousal (shock).
EFFECTS: dict[str, dict[str, float]] = {
    "sucrose": {"ear_angle": 0.26, "ear_length": 0.10, "ear_width": 0.20, "mouth_inclination": 0.24,
                "whisker_angle": 0.5, "pupil_radius": -0.06},
    "nacl": {"ear_angle": 0.22, "ear_length": 0.08, "ear_width": -0.18, "mouth_inclination": 0.22,
             "whisker_angle": 0.5, "pupil_radius": -0.06},
    "bitter": {"ear_angle": -0.34, "ear_length": -0.16, "ear_width": -0.20, "mouth_inclination": -0.26,
               "whisker_angle": -0.4, "pupil_radius": 0.08, "eye_opening": -0.25},
    "shock": {"ear_angle": -0.36, "ear_length": -0.18, "ear_width": 0.18, "mouth_inclination": -0.24,
              "whisker_angle": 0.5, "pupil_radius": 0.35, "eye_opening": -0.30},
    "water": {"ear_angle": 0.02, "mouth_inclination": 0.02},
}

#: Plateau change of each feature after a drug injection (fraction of baseline), Fig. 3-like:
#: ethanol drifts the face towards the positive pattern, LiCl (malaise) towards the negative one.
DRUG_EFFECTS: dict[str, dict[str, float]] = {
    "saline": {},
    "ethanol": {"ear_angle": 0.14, "ear_length": 0.05, "mouth_inclination": 0.12, "whisker_angle": 0.3,
                "pupil_radius": -0.05},
    "licl": {"ear_angle": -0.20, "ear_length": -0.09, "mouth_inclination": -0.16, "whisker_angle": -0.25,
             "pupil_radius": 0.10, "eye_opening": -0.20},
}
#: Time course after the injection, minutes: (onset, rise time constant, decline start, decline time constant).
DRUG_COURSE: dict[str, tuple[float, float, float, float]] = {
    "ethanol": (1.0, 2.5, 30.0, 20.0),
    "licl": (4.0, 5.0, 40.0, 25.0),
}
#: Handling at the injection (every drug, saline too): a brief negative expression, ~1 min.
INJECTION_STRESS = {"ear_angle": -0.15, "eye_opening": -0.12, "mouth_inclination": -0.06}


def drug_fraction(times: np.ndarray, injection_s: float, drug: str) -> dict[str, np.ndarray]:
    """Per-frame fractional change of each feature caused by the injection of ``drug``."""
    minutes = (np.asarray(times, float) - injection_s) / 60.0
    stress = np.where(minutes >= 0, np.exp(-np.clip(minutes, 0, None) / 0.4), 0.0)
    out = {name: INJECTION_STRESS.get(name, 0.0) * stress for name in BASELINE}
    if drug in DRUG_COURSE:
        onset, rise, decline, tau = DRUG_COURSE[drug]
        course = np.where(minutes > onset, 1.0 - np.exp(-(minutes - onset) / rise), 0.0)
        course *= np.exp(-np.clip(minutes - decline, 0.0, None) / tau)
        for name, eff in DRUG_EFFECTS[drug].items():
            out[name] = out[name] + eff * course
    return out


# Fixed anchor points of the canonical face (x, y), mouse facing left.
_EYE_INNER = np.array([106.0, 118.0])
_EYE_OUTER = np.array([138.0, 113.0])
_EAR_BASE = np.array([182.0, 92.0])
_NOSE_TIP = np.array([26.0, 146.0])
_NOSE_BRIDGE = np.array([62.0, 121.0])
_NOSTRIL = np.array([34.0, 152.0])
_UPPER_LIP = np.array([44.0, 166.0])
_MOUTH_CORNER = np.array([84.0, 178.0])
_WHISKER_BASES = np.array([[52.0, 150.0], [58.0, 157.0], [64.0, 163.0], [70.0, 170.0]])
_LIP_RADIUS = 86.0


def response_kernel(t: np.ndarray, duration: float, latency: float = 0.15, rise: float = 0.25,
                    decay: float = 0.8) -> np.ndarray:
    """Normalised expression time course (peak 1) after stimulus onset at ``t = 0``."""
    t = np.asarray(t, float)
    on = np.clip(t - latency, 0.0, None)
    up = 1.0 - np.exp(-on / rise)
    after = np.clip(t - (duration + latency), 0.0, None)
    return np.where(t < latency, 0.0, up * np.exp(-after / decay))


def feature_traces(times: np.ndarray, trials: list[dict], rng: np.random.Generator,
                   effect_scale: float = 1.0) -> dict[str, np.ndarray]:
    """Per-frame feature values: baseline x (1 + sum of stimulus responses) + slow drift."""
    out = {}
    for name, base in BASELINE.items():
        drift = 0.015 * np.sin(2 * np.pi * times / rng.uniform(40, 90) + rng.uniform(0, 6.3))
        frac = drift.copy()
        for trial in trials:
            eff = EFFECTS[trial["stimulus"]].get(name, 0.0) * effect_scale * trial.get("gain", 1.0)
            eff *= trial.get("region_gain", {}).get(name.split("_")[0], 1.0)
            if eff:
                frac += eff * response_kernel(times - trial["onset"], trial["duration"])
        out[name] = base * (1.0 + frac)
    return out


def _rot(v: np.ndarray, deg: np.ndarray) -> np.ndarray:
    """Rotate vectors ``v`` (..., 2) counter-clockwise on screen by ``deg``."""
    r = np.radians(deg)[..., None]
    c, s = np.cos(r), np.sin(r)
    x, y = v[..., :1], v[..., 1:]
    return np.concatenate([x * c + y * s, -x * s + y * c], axis=-1)


def keypoints_from_features(f: dict[str, np.ndarray]) -> np.ndarray:
    """Canonical keypoint positions (frames, 37, 2) for per-frame feature values."""
    n = len(f["ear_angle"])
    pts = {}
    ang = np.radians(f["ear_angle"])
    direction = np.stack([np.cos(ang), -np.sin(ang)], axis=-1)
    perp = np.stack([-direction[:, 1], direction[:, 0]], axis=-1)  # points forward (towards the nose)
    L = f["ear_length"][:, None]
    W = f["ear_width"][:, None]
    base = np.broadcast_to(_EAR_BASE, (n, 2))
    pts["ear_base"] = base
    pts["ear_pinna_edge"] = base + L * direction
    pts["ear_tip"] = base + 0.85 * L * direction + 0.3 * W * perp
    pts["ear_mid_front"] = base + 0.5 * L * direction + 0.5 * W * perp
    pts["ear_mid_back"] = base + 0.5 * L * direction - 0.5 * W * perp

    eye_c = (_EYE_INNER + _EYE_OUTER) / 2
    open_ = f["eye_opening"][:, None]
    pts["eye_inner_corner"] = np.broadcast_to(_EYE_INNER, (n, 2))
    pts["eye_outer_corner"] = np.broadcast_to(_EYE_OUTER, (n, 2))
    pts["eye_upper_lid"] = eye_c + np.concatenate([np.zeros((n, 1)), -open_], axis=1)
    pts["eye_lower_lid"] = eye_c + np.concatenate([np.zeros((n, 1)), open_ * 0.8], axis=1)
    r = f["pupil_radius"][:, None]
    for k, name in enumerate(("top", "top_front", "front", "bottom_front", "bottom", "bottom_back", "back", "top_back")):
        a = np.radians(90 + 45 * k)  # top, then counter-clockwise towards the front (left)
        pts[f"pupil_{name}"] = eye_c + r * np.array([np.cos(a), -np.sin(a)])

    for name, anchor in (("nose_tip", _NOSE_TIP), ("nose_bridge", _NOSE_BRIDGE), ("nostril", _NOSTRIL),
                         ("upper_lip", _UPPER_LIP), ("mouth_corner", _MOUTH_CORNER)):
        pts[name] = np.broadcast_to(anchor, (n, 2))
    pts["nose_top"] = np.broadcast_to(_NOSE_TIP + [12.0, -12.0], (n, 2))
    pts["nose_bottom"] = np.broadcast_to(_NOSE_TIP + [12.0, 12.0], (n, 2))
    nostril_dir = _NOSTRIL - _EYE_INNER
    lip_dir = _rot(np.broadcast_to(nostril_dir / np.linalg.norm(nostril_dir), (n, 2)), -f["mouth_inclination"])
    pts["lower_lip"] = _EYE_INNER + _LIP_RADIUS * lip_dir

    for i, wb in enumerate(_WHISKER_BASES, start=1):
        a = f["whisker_angle"] + (i - 2.5) * 9.0
        d = _rot(np.broadcast_to(np.array([-1.0, 0.0]), (n, 2)), -a)  # vs -x axis, protraction upwards
        length = 78.0 - 6.0 * i
        pts[f"whisker{i}_base"] = wb + 0.0 * d
        pts[f"whisker{i}_mid"] = wb + 0.5 * length * d
        pts[f"whisker{i}_tip"] = wb + length * d
    return np.stack([np.broadcast_to(pts[k], (n, 2)) for k in KEYPOINTS], axis=1).astype(float)


@dataclass(frozen=True)
class MouseLook:
    """Per-mouse appearance: placement on the canvas and fur brightness."""

    scale: float
    dx: float
    dy: float
    fur: int
    texture_seed: int = 0

    @classmethod
    def random(cls, rng: np.random.Generator) -> MouseLook:
        return cls(scale=rng.uniform(0.94, 1.04), dx=rng.uniform(-8, 8), dy=rng.uniform(-6, 6),
                   fur=int(rng.integers(95, 125)), texture_seed=int(rng.integers(2**31)))

    def texture(self) -> np.ndarray:
        """Fixed fur/sensor texture (float, +-~6 gray levels) for this mouse's camera."""
        noise = np.random.default_rng(self.texture_seed).normal(0.0, 9.0, CANVAS)
        return cv2.GaussianBlur(noise, (0, 0), 1.2)

    def affine(self, jitter: np.ndarray) -> np.ndarray:
        """2x3 matrix mapping canonical to canvas coordinates (scale about the centre + shift)."""
        cx, cy = CANVAS[1] / 2, CANVAS[0] / 2
        s = self.scale
        return np.array([[s, 0, cx - s * cx + self.dx + jitter[0]], [0, s, cy - s * cy + self.dy + jitter[1]]])


def render_frame(kp: np.ndarray, look: MouseLook, rng: np.random.Generator,
                 texture: np.ndarray | None = None) -> np.ndarray:
    """Draw one uint8 gray frame from keypoints (37, 2) already placed on the canvas.

    ``texture`` is the mouse's fixed texture (:meth:`MouseLook.texture`); a little temporal
    sensor noise is added on top.
    """
    h, w = CANVAS
    img = np.full((h, w), 28, np.uint8)
    p = {k: kp[i] for i, k in enumerate(KEYPOINTS)}

    def pt(a):
        return (int(round(a[0] * 4)), int(round(a[1] * 4)))  # 2 bits of sub-pixel precision

    kw = {"lineType": cv2.LINE_AA, "shift": 2}
    s = look.scale
    centre = (np.asarray(p["eye_inner_corner"]) + [60 * s, 18 * s])
    cv2.ellipse(img, pt(centre), (int(98 * s * 4), int(72 * s * 4)), -8, 0, 360, look.fur, -1, **kw)
    cv2.ellipse(img, pt(p["nose_tip"] + [34 * s, 0]), (int(44 * s * 4), int(30 * s * 4)), 12, 0, 360, look.fur + 10, -1, **kw)
    ear = np.array([p["ear_base"], p["ear_mid_front"], p["ear_tip"], p["ear_pinna_edge"], p["ear_mid_back"]])
    cv2.fillPoly(img, [np.round(ear * 4).astype(np.int32)], look.fur + 45, **kw)
    inner = ear.mean(0) + 0.7 * (ear - ear.mean(0))
    cv2.fillPoly(img, [np.round(inner * 4).astype(np.int32)], look.fur + 75, **kw)
    cv2.polylines(img, [np.round(ear * 4).astype(np.int32)], True, look.fur - 40, 2, **kw)
    eye = np.array([p["eye_inner_corner"], p["eye_upper_lid"], p["eye_outer_corner"], p["eye_lower_lid"]])
    cv2.fillPoly(img, [np.round(eye * 4).astype(np.int32)], 55, **kw)
    pupil = np.array([p[f"pupil_{n}"] for n in ("top", "front", "bottom", "back")])
    radius = np.linalg.norm(pupil[0] - pupil[2]) / 2
    cv2.circle(img, pt(pupil.mean(0)), int(radius * 4), 12, -1, **kw)
    cv2.circle(img, pt(pupil.mean(0) + [-1.5, -1.5]), 4, 235, -1, **kw)
    cv2.circle(img, pt(p["nostril"]), 10, 40, -1, **kw)
    cv2.polylines(img, [np.round(np.array([p["upper_lip"], p["lower_lip"], p["mouth_corner"]]) * 4).astype(np.int32)],
                  False, 35, 3, **kw)
    for i in range(1, 5):
        line = np.array([p[f"whisker{i}_base"], p[f"whisker{i}_mid"], p[f"whisker{i}_tip"]])
        cv2.polylines(img, [np.round(line * 4).astype(np.int32)], False, 215, 1, **kw)
    out = img.astype(np.float32) + rng.normal(0.0, 1.0, img.shape).astype(np.float32)
    if texture is not None:
        out += texture
    return np.clip(out, 0, 255).astype(np.uint8)
