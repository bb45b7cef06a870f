"""The ten keypoint features (Fig. 4-5) on hand-computed geometry, the keypoint map, and the
movement-based cleaning with its recorded log."""

from __future__ import annotations

import json

import numpy as np
import pytest

from facevalence.methods.keypoints import KEYPOINTS
from facevalence.methods.kinematics import (
    FEATURES,
    MOUSEFLOW_KEYPOINT_MAP,
    PAPER_KEYPOINT_MAP,
    clean_pose,
    compute_features,
    feature_plan,
    peak_change,
    poses_dataset,
    response_latency,
)

POINTS = {  # image pixels, y down; a mouse facing left
    "ear_base": (0.0, 0.0), "ear_pinna_edge": (10.0, -10.0), "ear_mid_front": (0.0, -10.0), "ear_mid_back": (6.0, -2.0),
    "pupil_top": (50.0, 40.0), "pupil_bottom": (50.0, 47.0), "eye_upper_lid": (50.0, 38.0), "eye_lower_lid": (50.0, 50.0),
    "eye_inner_corner": (40.0, 44.0), "nostril": (0.0, 44.0), "lower_lip": (40.0, 84.0),
    "nose_tip": (-3.0, 40.0), "nose_bridge": (9.0, 35.0),
    **{f"whisker{i}_base": (10.0, 60.0 + i) for i in range(1, 5)},
    **{f"whisker{i}_tip": (0.0, 50.0 + i) for i in range(1, 5)},
}


def test_ten_features_hand_computed():
    names = list(POINTS)
    xy = np.array([[POINTS[n] for n in names]])
    plan, missing = feature_plan(PAPER_KEYPOINT_MAP, names)
    assert set(plan) == set(FEATURES) and not missing
    f = {k: float(v[0]) for k, v in compute_features(xy, names, plan).items()}
    assert f["ear_angle"] == pytest.approx(45.0)  # base -> pinna edge, up and back
    assert f["ear_length"] == pytest.approx(np.hypot(10, 10))
    assert f["ear_width"] == pytest.approx(np.hypot(6, 8))
    assert f["ear_fold"] == pytest.approx(45.0)  # at the pinna edge, between base and mid-ear
    assert f["pupil_size"] == pytest.approx(7.0) and f["eye_opening"] == pytest.approx(12.0)
    assert f["mouth_inclination"] == pytest.approx(90.0)  # nostril straight ahead, lip straight down
    assert f["snout_mouth_length"] == pytest.approx(np.hypot(43, 44))
    assert f["nose_position"] == pytest.approx(13.0)
    assert f["whisker_angle"] == pytest.approx(45.0)  # base -> tip forward and up: protraction


def test_keypoint_map_of_another_model_gives_the_features_it_allows():
    names = ["nosetip", "forehead", "mouthtip", "chin", "tearduct", "eyelid1", "eyelid2"] + [f"pupil{i}" for i in range(1, 7)]
    plan, missing = feature_plan(MOUSEFLOW_KEYPOINT_MAP, names)
    assert set(plan) == {"pupil_size", "eye_opening", "mouth_inclination", "snout_mouth_length"}
    assert set(missing) == set(FEATURES) - set(plan)
    assert "role 'pinna_edge' is not in the keypoint map" in missing["ear_angle"]
    plan, missing = feature_plan(PAPER_KEYPOINT_MAP, [k for k in KEYPOINTS if k != "ear_pinna_edge"])
    assert "keypoints ['ear_pinna_edge'] (pinna_edge) are not in the pose" in missing["ear_fold"]
    assert "ear_width" in plan


def test_cleaning_interpolates_and_records_its_steps():
    n = 40
    t = np.arange(n)
    xy = np.stack([np.stack([t * 1.0, t * 2.0], -1), np.stack([np.full(n, 5.0), np.full(n, 7.0)], -1)], axis=1)
    like = np.ones((n, 2))
    like[10:13, 0] = 0.2  # three low-likelihood frames with a wild position
    xy[10:13, 0] = 500.0
    like[:, 1] = 0.1  # a keypoint that is never confident
    ds = poses_dataset(xy, like, ["a", "b"], fps=30.0)
    clean = clean_pose(ds.position, ds.confidence, threshold=0.9, window=5)
    a = clean.sel(keypoints="a", individuals="mouse").values  # (time, space)
    inner = slice(2, -2)  # movement pads the median by reflection, which bends a ramp at its two ends
    np.testing.assert_allclose(a[inner, 0], t[inner], atol=1e-9)  # the gap is bridged linearly, the line survives the median
    np.testing.assert_allclose(a[inner, 1], 2 * t[inner], atol=1e-9)
    assert np.isnan(clean.sel(keypoints="b").values).all()
    log = json.loads(clean.attrs["log"])
    assert [step["operation"] for step in log] == ["filter_by_confidence", "interpolate_over_time", "rolling_filter"]
    assert log[0]["threshold"] == "0.9" and log[2]["window"] == "5" and log[2]["statistic"] == "'median'"


def test_peak_and_latency():
    times = np.linspace(-1, 3, 41)
    change = np.where(times >= 0.5, -0.3 * np.minimum(times - 0.4, 1.0), 0.0)
    assert peak_change(change, times, 2.0) == pytest.approx(-0.3)
    assert response_latency(change, times, 0.05) == pytest.approx(0.6)
    assert np.isnan(response_latency(np.zeros_like(times), times, 0.05))
    assert np.isnan(peak_change(np.full_like(times, np.nan), times, 2.0))


def test_keypoint_pca_picks_one_keypoint_per_region_and_finds_the_shared_motion():
    from facevalence.methods.kinematics import keypoint_pca

    rng = np.random.default_rng(0)
    n = 300
    drive = np.sin(np.linspace(0, 12, n))  # one movement shared by ear and mouth
    xy = np.zeros((n, 4, 2))
    xy[:, 0] = np.stack([drive * 5, drive * 3], -1) + rng.normal(0, 0.1, (n, 2))  # ear_a: large
    xy[:, 1] = rng.normal(0, 0.2, (n, 2))  # ear_b: small
    xy[:, 2] = np.stack([drive * 2, -drive], -1) + rng.normal(0, 0.1, (n, 2))  # mouth_a
    xy[:, 3] = np.nan  # eye_a: never seen
    res = keypoint_pca(xy, ["ear_a", "ear_b", "mouth_a", "eye_a"], {"ear": ("ear_a", "ear_b"), "mouth": ("mouth_a",),
                                                                       "eye": ("eye_a",)})
    assert res["keypoints"] == ["ear_a", "mouth_a"] and res["n_frames"] == n
    assert res["explained_variance"][0] > 0.9 and res["components"].shape == (4, 4)
    with pytest.raises(ValueError, match="at least 2 regions"):
        keypoint_pca(xy, ["ear_a", "ear_b", "mouth_a", "eye_a"], {"ear": ("ear_a",)})


def test_window_coverage_names_trials_at_the_recording_edges():
    from facevalence.methods.kinematics import window_coverage

    times = np.arange(0, 60, 1 / 30)
    assert window_coverage(times, 10.0, 4.0, 7.0) == ""
    assert "inside the 4 s baseline before onset 2.00 s" in window_coverage(times, 2.0, 4.0, 7.0)
    assert "before the end of the window (62.00 s)" in window_coverage(times, 55.0, 4.0, 7.0)
