"""Cleaning and features on the real MouseFlow DeepLabCut face output (13 points; chin and
mouth tip often below 0.9 likelihood)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import yaml

from facevalence.methods.kinematics import (
    MOUSEFLOW_KEYPOINT_MAP,
    clean_pose,
    compute_features,
    feature_plan,
    pose_array,
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
    clean = pose_array(clean_pose(ds.position, ds.confidence))
    confident = np.flatnonzero(pose.likelihood[:, chin] >= 0.9)
    inside = slice(confident[0], confident[-1] + 1)
    assert np.isfinite(clean[inside, chin]).all()  # every gap between confident frames is bridged
    plan, missing = feature_plan(MOUSEFLOW_KEYPOINT_MAP, names)
    features = compute_features(clean, names, plan)
    assert set(features) == {"pupil_size", "eye_opening", "mouth_inclination", "snout_mouth_length"}
    for name, values in features.items():
        assert np.isfinite(values).mean() > 0.95, name
    assert 5 < np.nanmedian(features["pupil_size"]) < 200 and 0 < np.nanmedian(features["mouth_inclination"]) < 180


def test_real_pose_through_the_tables(database, tmp_path):
    """The real MouseFlow pose in an NWB file -> FaceFeatures and Kinematics with a lab's own keypoint map."""
    import pandas as pd

    from facevalence.converters import convert_session
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas.kinematics import FaceFeatures, Kinematics, KinematicsParams

    real = real_data()
    # the real pose (9.96 s at 75 fps) was tracked on a video we do not have; the face video we have
    # lasts 8.53 s, so the pose is cut to it (a longer pose would rightly be refused: clocks disagree)
    table = pd.read_hdf(next((real / "dlc_face").glob("*.h5")))
    table.iloc[:640].to_hdf(tmp_path / "faceDLC.h5", key="df_with_missing", mode="w", format="table")
    (tmp_path / "stimuli.csv").write_text("onset_s,stimulus,duration_s\n4.5,sucrose,1.0\n")
    meta = {
        "subject": {"id": "real-mouseflow", "species": "Mus musculus", "sex": "U", "age": "P60D", "genotype": "wild type"},
        "session": {"id": "1", "start_time": "2019-06-24T14:41:48+02:00", "experimenter": ["Barnstedt, Oliver"],
                    "lab": "test", "institution": "test", "description": "real face pose"},
        "files": {"face_video": str(real / "face_video/reaching_face.avi"),
                  "pose": {"path": "faceDLC.h5", "fps": 75}, "stimulus_log": "stimuli.csv"},
    }
    (tmp_path / "session.yaml").write_text(yaml.safe_dump(meta))
    key = ingest(convert_session(tmp_path, tmp_path / "nwb"))
    KinematicsParams.insert1({"kin_paramset": 91, "likelihood_threshold": 0.9, "median_window": 5, "baseline_s": 4.0,
                              "post_s": 2.0, "latency_threshold": 0.05, "keypoint_map": MOUSEFLOW_KEYPOINT_MAP,
                              "description": "MouseFlow 13-point face model"}, skip_duplicates=True)
    restriction = {**key, "kin_paramset": 91}
    result = FaceFeatures.populate(restriction, suppress_errors=True)
    assert result["success_count"] == 1, result["error_list"]
    row = (FaceFeatures & restriction).fetch1()
    assert row["feature_names"] == ["pupil_size", "eye_opening", "mouth_inclination", "snout_mouth_length"]
    assert set(row["unavailable"]) == {"nose_position", "whisker_angle", "ear_length", "ear_angle", "ear_width", "ear_fold"}
    assert row["low_confidence"]["chin"] > 0.5 and json.loads(row["cleaning_log"])[0]["operation"] == "filter_by_confidence"
    assert np.isfinite(np.asarray(row["features"])).mean() > 0.95
    assert Kinematics.populate(restriction, suppress_errors=True)["success_count"] == 1
    peaks = (Kinematics.TrialFeature & restriction).to_arrays("peak_change")
    assert len(peaks) == 4 and np.isfinite(np.asarray(peaks, float)).all()
