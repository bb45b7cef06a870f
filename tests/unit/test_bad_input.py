"""Bad input stops with one line naming the file and the field; no NWB file is left behind."""

from __future__ import annotations

import math
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


#: Exact binary fractions (CSV round trip exact), the non-finite values, and text no CSV reader takes for a number.
NUMBER = st.integers(-800, 8_000_000).map(lambda i: i / 8)
ONSET = st.one_of(NUMBER, st.sampled_from([float("nan"), float("inf"), -float("inf")]), st.text(alphabet="bxyz", max_size=3))
DURATION = st.one_of(st.integers(-16, 80).map(lambda i: i / 8), st.sampled_from([float("nan"), float("inf")]))


def _stimulus_log_faults(onsets: list, stimulus: str, duration: float) -> set[str]:
    """The fields a stimulus log is wrong in, by the documented contract (read_stimulus_log's
    docstring and the paper's Methods), worked out without the reader."""
    bad = set()
    numbers = all(isinstance(o, float) and math.isfinite(o) for o in onsets)
    if not numbers or any(b <= a for a, b in zip(onsets, onsets[1:], strict=False)):
        bad.add("onset_s")
    if not (math.isfinite(duration) and duration > 0):
        bad.add("duration_s")
    elif numbers and any(o + duration == o for o in onsets):  # a clock in the wrong unit
        bad.add("onset_s")
    if stimulus not in DEFAULT_VALENCE:
        bad.add("stimulus")
    return bad


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(onsets=st.lists(ONSET, min_size=1, max_size=6), stimulus=st.sampled_from(["sucrose", "water", "coffee", ""]),
       duration=DURATION)
@example(onsets=[2.0 ** 53], stimulus="sucrose", duration=1.0)  # onset + duration == onset
@example(onsets=[1.0, 1.0], stimulus="water", duration=1.0)  # onsets must increase strictly
def test_a_stimulus_log_is_refused_exactly_when_a_field_is_wrong(tmp_path, onsets, stimulus, duration):
    path = tmp_path / "stim.csv"
    pd.DataFrame({"onset_s": onsets, "stimulus": stimulus, "duration_s": duration}).to_csv(path, index=False)
    bad = _stimulus_log_faults(onsets, stimulus, duration)
    try:
        table = read_stimulus_log(path, DEFAULT_VALENCE)
    except InputError as err:
        assert bad, f"a valid log was refused: {err}"
        assert err.field in bad, f"the error names {err.field!r}; the log is wrong in {sorted(bad)}"
        assert err.path == path and str(err).startswith(f"{path}: {err.field}: ") and "\n" not in str(err)
    else:
        assert not bad, f"a log wrong in {sorted(bad)} was accepted"
        assert table.start_time.tolist() == onsets and table.stimulus.tolist() == [stimulus] * len(onsets)
        assert np.allclose(table.stop_time - table.start_time, duration)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(onsets=st.lists(NUMBER, min_size=1, max_size=6, unique=True).map(sorted),
       stimulus=st.sampled_from(sorted(DEFAULT_VALENCE)), duration=st.integers(1, 80).map(lambda i: i / 8))
def test_every_valid_stimulus_log_is_read_as_written(tmp_path, onsets, stimulus, duration):
    path = tmp_path / "stim.csv"
    pd.DataFrame({"onset_s": onsets, "stimulus": stimulus, "duration_s": duration}).to_csv(path, index=False)
    table = read_stimulus_log(path, DEFAULT_VALENCE)
    assert table.start_time.tolist() == onsets and (table.stop_time - table.start_time == duration).all()
    assert table.valence.tolist() == [DEFAULT_VALENCE[stimulus]] * len(onsets)
