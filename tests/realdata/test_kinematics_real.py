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
from tests.conftest import nwbinspector_problems, real_data

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


def _mouseflow_session(folder, video, subject, role, onset, keypoint_map="mouseflow"):
    real = real_data()
    folder.mkdir(parents=True)
    (folder / "stimuli.csv").write_text(f"onset_s,stimulus,duration_s\n{onset},sucrose,1.0\n")
    meta = {
        "subject": {"id": subject, "species": "Mus musculus", "sex": "U", "age": "P60D", "genotype": "wild type",
                    "role": role},
        "session": {"id": "1", "start_time": "2019-06-24T14:41:48+02:00", "experimenter": ["Barnstedt, Oliver"],
                    "lab": "test", "institution": "test", "description": "real face pose"},
        "files": {"face_video": str(video),
                  "pose": {"path": str(next((real / "dlc_face").glob("*.h5"))), "keypoint_map": keypoint_map},
                  "stimulus_log": "stimuli.csv"},
    }
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    return folder


def test_real_pose_through_the_tables(database, tmp_path, mouseflow_video):
    """The real MouseFlow pose reaches FaceFeatures, Kinematics and Registration from session.yaml
    alone (``keypoint_map: mouseflow``), with the paper's parameter sets."""
    from facevalence.converters import convert_session
    from facevalence.io.nwb import session_keypoint_map
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas.face import Registration
    from facevalence.schemas.kinematics import FaceFeatures, Kinematics

    key = ingest(convert_session(_mouseflow_session(tmp_path / "a", mouseflow_video, "real-mouseflow", "analysis", 6.5), tmp_path / "nwb"))
    proto = ingest(convert_session(_mouseflow_session(tmp_path / "p", mouseflow_video, "real-mfproto", "prototype", 5.0), tmp_path / "nwb"))
    assert session_keypoint_map(tmp_path / "nwb" / "sub-real-mouseflow_ses-1.nwb")[0] == "mouseflow"
    assert nwbinspector_problems(sorted((tmp_path / "nwb").glob("*.nwb")))[0] == []
    restriction = {**key, "kin_paramset": 0}
    result = FaceFeatures.populate(restriction, suppress_errors=True)
    assert result["success_count"] == 1, result["error_list"]
    row = (FaceFeatures & restriction).fetch1()
    assert row["feature_names"] == ["pupil_size", "eye_opening", "mouth_inclination", "snout_mouth_length"]
    assert set(row["unavailable"]) == {"nose_position", "whisker_angle", "ear_length", "ear_angle", "ear_width", "ear_fold"}
    assert row["low_confidence"]["chin"] > 0.5 and json.loads(row["cleaning_log"])[0]["operation"] == "filter_by_confidence"
    assert np.isfinite(np.asarray(row["features"])).mean() > 0.95
    assert Kinematics.populate(restriction, suppress_errors=True)["success_count"] == 1
    # registration onto the (MouseFlow-tracked) prototype through the 3 landmarks the model has
    reg_key = {**key, "proto_id": proto["subject_id"], "reg_paramset": 0}
    result = Registration.populate(reg_key, suppress_errors=True)
    assert result["success_count"] == 1, result["error_list"]
    reg = (Registration & reg_key).fetch1()
    assert reg["landmark_source"] == "deeplabcut" and reg["residual_px"] < 5.0
    # the same face filmed by the same camera: the transform is close to the identity
    np.testing.assert_allclose(reg["matrix"][:, :2], np.eye(2), atol=0.1)
    _check_report(key, tmp_path, reg["residual_px"])


def _check_report(key, tmp_path, residual):
    """The session's quality report, opened in Chromium: each keypoint's share of frames below 0.9 is
    the one pandas reads from the DeepLabCut file itself; the clock counts the video's 747 frames at
    75 fps and the pose's 747 timestamps; the registration residual is the table's."""
    import pandas as pd

    from facevalence.report import session_report
    from tests.browser import open_page, table_rows

    page = open_page(session_report(key, tmp_path / "report.html").as_uri(), "report-real-mouseflow.png")
    assert not page["errors"], page["errors"]
    assert [i["figure"] for i in page["images"]] == ["pose", "clocks", "registration", "coverage"], page["images"]
    assert all(i["complete"] and i["width"] > 300 for i in page["images"]), page["images"]
    raw = pd.read_hdf(next((real_data() / "dlc_face").glob("*.h5")))
    likelihood = raw.xs("likelihood", level="coords", axis=1).droplevel(0, axis=1)
    rows = table_rows(page["text"])
    for keypoint in likelihood.columns:
        assert float(rows[keypoint][0]) == pytest.approx(100 * (likelihood[keypoint] < 0.9).mean(), abs=0.005), keypoint
    assert float(rows["chin"][0]) > 50  # the real test of the interpolation
    assert rows["video"][:1] == ["747"] and float(rows["video"][3]) == pytest.approx(75) and rows["video"][4:] == ["0", "0", "0"]
    assert rows["pose"][:1] == ["747"], rows["pose"]
    assert f"RMS residual {residual:.2f} px" in page["text"] or page["images"][2]["width"] > 300


def test_keypoint_map_problems_are_named_at_conversion(tmp_path, mouseflow_video):
    from facevalence.errors import InputError
    from tests.conftest import expect_input_error

    folder = _mouseflow_session(tmp_path / "a", mouseflow_video, "m", "analysis", 6.5, keypoint_map="paper")
    expect_input_error(folder, tmp_path, "_1030000.h5", "bodyparts")  # the 37-point names are not in this pose
    (folder / "map.yaml").write_text("nose_tip: nosetip\neye_inner_croner: tearduct\n")
    meta = yaml.safe_load((folder / "session.yaml").read_text())
    meta["files"]["pose"]["keypoint_map"] = "map.yaml"
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    expect_input_error(folder, tmp_path, "map.yaml", "eye_inner_croner")
    with pytest.raises(InputError, match="did you mean eye_inner_corner"):
        from facevalence.io.session_yaml import load_session

        load_session(folder)
