"""Running speed (Fig. S5A-C): the readers on inputs whose speed is known by construction, bad
input named at conversion, the NWB series, and the per-trial and silhouette methods against
hand-computed and sklearn values."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest
import yaml

from facevalence.errors import InputError
from facevalence.io.running import read_running
from facevalence.methods.locomotion import _silhouette, speed_from_position, trial_running, valence_separation
from tests.conftest import expect_input_error


def test_speed_of_a_steady_run_is_its_slope():
    t = np.sort(np.random.default_rng(0).uniform(0, 10, 700))  # an encoder that reports at irregular times
    grid, speed = speed_from_position(t, 12.5 * t)
    inside = (grid > 0.2) & (grid < 9.8)  # the moving average's edges see half a window
    np.testing.assert_allclose(speed[inside], 12.5, atol=1e-9)
    grid, speed = speed_from_position(t, -12.5 * t)  # running backwards is running
    np.testing.assert_allclose(speed[inside], 12.5, atol=1e-9)
    with pytest.raises(ValueError, match="increasing"):
        speed_from_position(np.array([0.0, 0.0, 1.0]), np.array([0.0, 1.0, 2.0]))


def test_every_encoder_form_gives_the_same_speed(tmp_path):
    t = np.arange(0, 20, 0.01)
    circumference = np.pi * 15.0  # a 15 cm wheel turning once a second: 47.1 cm/s
    tables = {"speed.csv": pd.DataFrame({"time_s": t, "speed_cm_s": -circumference * np.ones_like(t)}),
              "position.csv": pd.DataFrame({"time_s": t, "position_cm": circumference * t}),
              "counts.csv": pd.DataFrame({"time_s": t, "counts": np.round(1024 * t).astype(int)})}
    for name, table in tables.items():
        table.to_csv(tmp_path / name, index=False)
        rec = read_running(tmp_path / name, counts_per_revolution=1024, wheel_diameter_cm=15.0)
        inside = (rec.times > 0.5) & (rec.times < 19.5)
        # whole counts: one count (0.046 cm) more or less in the 0.1 s average is 1 % of the speed
        np.testing.assert_allclose(rec.speed[inside], circumference, rtol=0.011 if name == "counts.csv" else 1e-9,
                                   err_msg=name)
        assert {"speed.csv": "as recorded", "position.csv": "position (cm)", "counts.csv": "1024 per revolution"}[name] \
            in rec.description, rec.description
    pd.DataFrame({"times": t, "position": 2.0 * t}).to_parquet(tmp_path / "wheel.pqt")  # 2 rad/s on IBL's 3.1 cm
    rec = read_running(tmp_path / "wheel.pqt", "ibl")
    np.testing.assert_allclose(rec.speed[(rec.times > 0.5) & (rec.times < 19.5)], 6.2, rtol=1e-9)


@pytest.mark.parametrize(("table", "fmt", "options", "field", "hint"), [
    (pd.DataFrame({"time_s": [0, 1], "velocity": [1, 2]}), "encoder", {}, "speed_cm_s", "one of speed_cm_s, position_cm, counts"),
    (pd.DataFrame({"t": [0, 1], "speed_cm_s": [1, 2]}), "encoder", {}, "time_s", "missing column"),
    (pd.DataFrame({"time_s": [0, 2, 1], "speed_cm_s": [1, 2, 3]}), "encoder", {}, "time_s", "row 3: times must increase"),
    (pd.DataFrame({"time_s": [0, 1], "speed_cm_s": [1, "fast"]}), "encoder", {}, "speed_cm_s", "row 2"),
    (pd.DataFrame({"time_s": [0, 1], "counts": [0, 20]}), "encoder", {}, "counts", "counts_per_revolution"),
    (pd.DataFrame({"times": [0.0, 1.0], "pos": [0.0, 1.0]}), "ibl", {}, "position", "missing column"),
    (pd.DataFrame({"time_s": [0, 1], "speed_cm_s": [1, 2]}), "bonsai", {}, "format", "known formats are encoder and ibl"),
])
def test_bad_running_files_are_named(tmp_path, table, fmt, options, field, hint):
    path = tmp_path / ("wheel.pqt" if fmt == "ibl" else "wheel.csv")
    table.to_parquet(path) if fmt == "ibl" else table.to_csv(path, index=False)
    with pytest.raises(InputError) as err:
        read_running(path, fmt, **options)
    assert str(err.value).startswith(f"{path}: {field}: ") and hint in str(err.value), str(err.value)


@pytest.fixture()
def session(demo_cohort, tmp_path):
    src = next(f for f in demo_cohort if f.name == "sub-m02_ses-01")
    folder = tmp_path / src.name
    shutil.copytree(src, folder)
    return folder


def test_the_running_speed_is_written_to_nwb_on_the_session_clock(session, tmp_path):
    from pynwb import NWBHDF5IO

    from facevalence.converters import convert_session

    meta = yaml.safe_load((session / "session.yaml").read_text())
    meta["files"]["running"]["clock_offset_s"] = 0.25
    wheel = pd.read_csv(session / "running.csv")
    wheel["time_s"] += 0.25  # the wheel's own clock runs 0.25 s ahead
    wheel.to_csv(session / "running.csv", index=False)
    (session / "session.yaml").write_text(yaml.safe_dump(meta))
    path = convert_session(session, tmp_path / "nwb")
    rec = read_running(session / "running.csv", counts_per_revolution=1024, wheel_diameter_cm=15.0)
    with NWBHDF5IO(str(path), "r") as io:
        series = io.read().processing["behavior"]["RunningSpeed"]
        assert series.unit == "cm/s" and "encoder counts / 1024 per revolution" in series.description
        np.testing.assert_allclose(series.get_timestamps()[:], rec.times - 0.25)
        np.testing.assert_allclose(series.data[:], rec.speed)


def test_a_running_file_that_ends_before_a_trial_is_refused_at_conversion(session, tmp_path):
    wheel = pd.read_csv(session / "running.csv")
    onsets = pd.read_csv(session / "stimuli.csv")["onset_s"]
    wheel[wheel["time_s"] < onsets.iloc[-1] - 1].to_csv(session / "running.csv", index=False)
    expect_input_error(session, tmp_path, "stimuli.csv", "onset_s")
    pd.DataFrame({"time_s": [0, 1], "rpm": [1, 2]}).to_csv(session / "running.csv", index=False)
    expect_input_error(session, tmp_path, "running.csv", "speed_cm_s")


def test_trial_running_means_the_speed_in_each_window():
    t = np.arange(0, 30, 0.02)
    speed = np.where((t >= 10.5) & (t < 14), 20.0, 0.5)  # a bout after the first trial only
    trials = [{"trial_id": 0, "start_time": 10.0, "stop_time": 12.0}, {"trial_id": 1, "start_time": 20.0, "stop_time": 22.0},
              {"trial_id": 2, "start_time": 29.5, "stop_time": 31.0}]
    runs = trial_running(t, speed, trials, baseline_s=4.0, post_s=2.0, threshold_cm_s=5.0)
    assert runs[0].baseline_speed == pytest.approx(0.5) and runs[0].peak_speed == 20.0
    assert runs[0].response_speed == pytest.approx((3.5 * 20 + 0.5 * 0.5) / 4.0, rel=1e-3) and runs[0].high
    assert runs[1].response_speed == pytest.approx(0.5) and not runs[1].high
    assert runs[2].response_speed == pytest.approx(0.5) and not runs[2].high  # the recording ends: what there is


def test_the_silhouette_is_sklearns():
    from sklearn.metrics import pairwise_distances, silhouette_score

    rng = np.random.default_rng(1)
    for n in (4, 30, 300):
        x = rng.normal(size=(n, 2))
        labels = rng.random(n) < 0.5
        labels[:2] = (True, False)
        d = pairwise_distances(x)
        assert _silhouette(d, labels) == pytest.approx(silhouette_score(d, labels, metric="precomputed"), abs=1e-12)


def test_valence_separation_tests_the_trials_not_the_frames():
    from sklearn.metrics import silhouette_score

    rng = np.random.default_rng(2)
    frame_trial = np.repeat(np.arange(8), 10)
    valence = {0: "positive", 1: "positive", 2: "positive", 3: "positive", 4: "negative", 5: "negative", 6: "negative",
               7: "negative"}
    coords = rng.normal(0, 0.1, (80, 2)) + np.where(frame_trial < 4, 1.0, -1.0)[:, None]  # the valences far apart
    record = valence_separation([(coords, frame_trial, valence)], n_shuffles=200, seed=0)
    labels = np.asarray([valence[t] for t in frame_trial])
    assert record["statistic"] == pytest.approx(silhouette_score(coords, labels), abs=1e-12) and record["statistic"] > 0.8
    assert record["p"] < 0.05 and record["per_session"][0]["n_trials"] == {"positive": 4, "negative": 4}
    one_each = {0: "positive", 4: "negative", 1: "neutral"}  # every shuffle gives the same split: no evidence
    record = valence_separation([(coords, frame_trial, one_each)], n_shuffles=50, seed=0)
    assert record["p"] == 1.0 and record["n"] == 20
    record = valence_separation([(coords, frame_trial, {0: "positive"})])
    assert np.isnan(record["statistic"]) and record["per_session"] == [None]


def test_mice_that_ran_after_every_stimulus_leave_the_other_group_empty():
    from facevalence.methods.locomotion import locomotion_check

    runs = pd.DataFrame({"subject_id": ["a"] * 5, "session_id": ["1"] * 5, "trial_id": range(5),
                         "valence": ["positive", "negative", "positive", "negative", "neutral"], "high": [True] * 5,
                         "response_speed": [10.0, 12.0, 9.0, 11.0, np.nan], "change": [0.2, -0.3, 0.25, -0.2, 0.0]})
    coords = np.random.default_rng(0).normal(size=(50, 2))
    check = locomotion_check(runs, [{"subject_id": "a", "session_id": "1", "coords": coords,
                                     "frame_trial": np.repeat(np.arange(5), 10)}], n_shuffles=20)
    assert (check.n_trials, check.n_high) == (4, 4)  # the neutral trial and the one without a speed are left out
    assert np.isnan(check.posture_low["p"]) and check.posture_low["n"] == 0
    assert np.isnan(check.separation_low["statistic"]) and check.separation_low["per_session"] == [None]
    assert check.posture_high["n"] == 4 and check.separation_high["per_session"][0]["n_trials"] == {"positive": 2, "negative": 2}
