"""Bad input stops with one line naming the file and the field; no NWB file is left behind."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from facevalence.errors import InputError
from facevalence.io.logs import read_stimulus_log
from facevalence.io.session_yaml import DEFAULT_VALENCE
from tests.conftest import expect_input_error


@pytest.fixture
def folder(demo_cohort, tmp_path):
    src = next(f for f in demo_cohort if "m02_ses-01" in f.name)  # stimulus session with photometry
    dst = tmp_path / src.name
    shutil.copytree(src, dst)
    return dst


_expect = expect_input_error


def _edit_yaml(folder, change):
    meta = yaml.safe_load((folder / "session.yaml").read_text())
    change(meta)
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))


def test_missing_file(folder, tmp_path):
    (folder / "stimuli.csv").unlink()
    _expect(folder, tmp_path, "session.yaml", "files.stimulus_log")


def test_malformed_yaml(folder, tmp_path):
    (folder / "session.yaml").write_text("subject: [unclosed\n")
    _expect(folder, tmp_path, "session.yaml", "line 2")


def test_bad_sex(folder, tmp_path):
    _edit_yaml(folder, lambda m: m["subject"].update(sex="X"))
    _expect(folder, tmp_path, "session.yaml", "subject.sex")


def test_dlc_missing_keypoints(folder, tmp_path):
    _edit_yaml(folder, lambda m: m["files"]["pose"].update(required_keypoints=["ear_base", "tail_tip"]))
    _expect(folder, tmp_path, ".h5", "bodyparts")


def test_photometry_unequal_channels(folder, tmp_path):
    table = pd.read_csv(folder / "photometry.csv")
    drop = table.index[table.LedState == 1][-10:]
    table.drop(index=drop).to_csv(folder / "photometry.csv", index=False)
    _expect(folder, tmp_path, "photometry.csv", "LedState")


def test_photometry_non_monotonic(folder, tmp_path):
    table = pd.read_csv(folder / "photometry.csv")
    table.loc[200, "SystemTimestamp"] = table.loc[10, "SystemTimestamp"]
    table.to_csv(folder / "photometry.csv", index=False)
    _expect(folder, tmp_path, "photometry.csv", "LedState")


def test_photometry_constant_control(folder, tmp_path):
    table = pd.read_csv(folder / "photometry.csv")
    table.loc[table.LedState == 1, "G0"] = 0.013  # the isosbestic LED never changed: nothing to fit
    table.to_csv(folder / "photometry.csv", index=False)
    _expect(folder, tmp_path, "photometry.csv", "LedState")


def test_photometry_only_session_cannot_have_pose(folder, tmp_path):
    _edit_yaml(folder, lambda m: m["files"].pop("face_video"))
    _expect(folder, tmp_path, "session.yaml", "files.pose")


def test_session_needs_video_or_photometry(folder, tmp_path):
    _edit_yaml(folder, lambda m: [m["files"].pop(k) for k in ("face_video", "photometry")])
    _expect(folder, tmp_path, "session.yaml", "files.face_video")


def test_ibl_trials_without_valence(folder, tmp_path):
    rows = pd.DataFrame({"feedback_times": [20.0, 35.0], "feedbackType": [1, -1], "stimOn_times": [18.0, 33.0]})
    rows.to_parquet(folder / "trials.pqt")
    _edit_yaml(folder, lambda m: m["files"].update(stimulus_log={"path": "trials.pqt", "align_to": "feedback_times"}))
    _expect(folder, tmp_path, "trials.pqt", "feedbackType")
    _edit_yaml(folder, lambda m: m["files"].update(stimulus_log={"path": "trials.pqt", "align_to": "intervals_9"}))
    _expect(folder, tmp_path, "session.yaml", "files.stimulus_log.align_to")


def test_onset_outside_recording(folder, tmp_path):
    log = pd.read_csv(folder / "stimuli.csv")
    log.loc[len(log) - 1, "onset_s"] = 10_000.0
    log.to_csv(folder / "stimuli.csv", index=False)
    _expect(folder, tmp_path, "stimuli.csv", "onset_s")


def test_overlapping_laser_epochs(demo_cohort, tmp_path):
    folder = tmp_path / "opto"
    shutil.copytree(next(f for f in demo_cohort if "m02_ses-02" in f.name), folder)  # the opto session
    log = pd.read_csv(folder / "laser.csv")
    log.loc[1, "onset_s"] = log.loc[0, "onset_s"] + 1.0
    log.to_csv(folder / "laser.csv", index=False)
    _expect(folder, tmp_path, "laser.csv", "onset_s")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(onsets=st.lists(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=3)), min_size=1, max_size=6),
       stimulus=st.sampled_from(["sucrose", "water", "coffee", ""]), duration=st.one_of(st.floats(), st.just(-1.0)))
@example(onsets=[2.0 ** 53], stimulus="sucrose", duration=1.0)  # onset + duration == onset
def test_stimulus_log_never_fails_obscurely(tmp_path, onsets, stimulus, duration):
    path = tmp_path / "stim.csv"
    pd.DataFrame({"onset_s": onsets, "stimulus": stimulus, "duration_s": duration}).to_csv(path, index=False)
    try:
        table = read_stimulus_log(path, DEFAULT_VALENCE)
    except InputError as err:
        assert "stim.csv" in str(err) and "\n" not in str(err)
    else:
        assert np.all(np.diff(table.start_time) > 0) and np.all(table.stop_time > table.start_time)
