"""The 37-keypoint face model of the paper (Methods "Keypoint tracking", Fig. 4-5).

Eight pupil, four eye, five ear, five nose, three mouth and twelve whisker points, named so
that each feature of :mod:`facevalence.methods.kinematics` reads the points it needs.
"""

from __future__ import annotations

PUPIL = tuple(f"pupil_{s}" for s in ("top", "top_front", "front", "bottom_front", "bottom", "bottom_back", "back", "top_back"))
EYE = ("eye_inner_corner", "eye_outer_corner", "eye_upper_lid", "eye_lower_lid")
EAR = ("ear_base", "ear_pinna_edge", "ear_tip", "ear_mid_front", "ear_mid_back")
NOSE = ("nose_tip", "nose_bridge", "nostril", "nose_top", "nose_bottom")
MOUTH = ("lower_lip", "upper_lip", "mouth_corner")
WHISKER = tuple(f"whisker{i}_{part}" for i in range(1, 5) for part in ("base", "mid", "tip"))

REGIONS: dict[str, tuple[str, ...]] = {
    "pupil": PUPIL,
    "eye": EYE,
    "ear": EAR,
    "nose": NOSE,
    "mouth": MOUTH,
    "whisker": WHISKER,
}
KEYPOINTS: tuple[str, ...] = PUPIL + EYE + EAR + NOSE + MOUTH + WHISKER
assert len(KEYPOINTS) == 37

#: The paper's six landmarks in the 37-point keypoint model (cheek = the whisker pad).
LANDMARKS = {
    "nose_tip": "nose_tip",
    "eye_inner_corner": "eye_inner_corner",
    "eye_outer_corner": "eye_outer_corner",
    "lower_lip": "lower_lip",
    "cheek": "whisker1_base",
    "pinna_edge": "ear_pinna_edge",
}

#: Skeleton edges drawn between keypoints (for ndx-pose Skeleton and overlays).
SKELETON_EDGES: tuple[tuple[str, str], ...] = (
    ("pupil_top", "pupil_bottom"),
    ("pupil_front", "pupil_back"),
    ("eye_inner_corner", "eye_upper_lid"),
    ("eye_upper_lid", "eye_outer_corner"),
    ("eye_outer_corner", "eye_lower_lid"),
    ("eye_lower_lid", "eye_inner_corner"),
    ("ear_base", "ear_mid_front"),
    ("ear_mid_front", "ear_tip"),
    ("ear_tip", "ear_pinna_edge"),
    ("ear_pinna_edge", "ear_mid_back"),
    ("ear_mid_back", "ear_base"),
    ("nose_tip", "nose_bridge"),
    ("nose_tip", "nostril"),
    ("nose_top", "nose_bottom"),
    ("upper_lip", "lower_lip"),
    ("lower_lip", "mouth_corner"),
) + tuple((f"whisker{i}_base", f"whisker{i}_mid") for i in range(1, 5)) + tuple(
    (f"whisker{i}_mid", f"whisker{i}_tip") for i in range(1, 5)
)
