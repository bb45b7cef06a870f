"""Cleaning and features on the real MouseFlow DeepLabCut face output (13 points; chin and
mouth tip often below 0.9 likelihood)."""

from __future__ import annotations

import numpy as np
import pytest

from facevalence.methods.kinematics import (
    MOUSEFLOW_KEYPOINT_MAP,
    clean_pose,
    compute_features,
    feature_plan,
    poses_dataset,
)
from tests.conftest import real_data

pytestmark = pytest.mark.realdata


def test_real_mouseflow_pose_cleans_through_its_low_likelihood_points():
    from facevalence.io.dlc import read_dlc

    path = next((real_data() / "dlc_face").glob("*.h5"))
    pose = read_dlc(path)
    names = list(pose.bodyparts)
    chin = names.index("chin")
    assert (pose.likelihood[:, chin] < 0.9).mean() > 0.5  # the real test of the interpolation
    ds = poses_dataset(pose.xy, pose.likelihood, names, fps=75.0)
    clean = np.transpose(clean_pose(ds.position, ds.confidence).values[..., 0], (0, 2, 1))
    confident = np.flatnonzero(pose.likelihood[:, chin] >= 0.9)
    inside = slice(confident[0], confident[-1] + 1)
    assert np.isfinite(clean[inside, chin]).all()  # every gap between confident frames is bridged
    plan, missing = feature_plan(MOUSEFLOW_KEYPOINT_MAP, names)
    features = compute_features(clean, names, plan)
    assert set(features) == {"pupil_size", "eye_opening", "mouth_inclination", "snout_mouth_length"}
    for name, values in features.items():
        assert np.isfinite(values).mean() > 0.95, name
    assert 5 < np.nanmedian(features["pupil_size"]) < 200 and 0 < np.nanmedian(features["mouth_inclination"]) < 180
