"""Drug-session method (Fig. 3C-E, G-H) on hand-computed cases; hand-placed landmarks and the
drug injection from session.yaml to NWB and their bad input."""

from __future__ import annotations

import math
import shutil

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from facevalence.errors import InputError
from facevalence.io.landmarks import read_landmarks, write_landmarks
from facevalence.io.nwb import injection_events, landmark_points, object_ids, open_nwb
from facevalence.methods.drug import baseline_normalised_difference, binned_course, window_proportions
from facevalence.methods.keypoints import LANDMARKS
from tests.conftest import expect_input_error


def test_baseline_normalised_difference_and_proportions_hand_computed():
    times = np.arange(10.0)  # injection at 4 s; baseline window 4 s long: frames 0-3
    pos = np.array([0.5, 0.5, 0.5, 0.5, 0.6, 0.6, 0.4, 0.5, 0.7, 0.7])
    neg = np.array([0.4, 0.6, 0.4, 0.6, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
    norm, mean, sd = baseline_normalised_difference(times, pos, neg, 4.0, 4.0)
    assert mean == pytest.approx(0.0) and sd == pytest.approx(np.std([0.1, -0.1, 0.1, -0.1], ddof=1))
    np.testing.assert_allclose(norm[4:], [0.1, 0.1, -0.1, 0.0, 0.2, 0.2], atol=1e-12)
    rows = window_proportions(times, norm, sd, 4.0, windows=[("early", 0.0, 3.0), ("late", 3.0, 6.0)],
                              baseline_s=4.0, threshold_sd=0.0)
    assert [r["name"] for r in rows] == ["baseline", "early", "late"]
    base, early, late = rows
    assert (base["p_positive"], base["p_negative"]) == (0.5, 0.5)
    assert (early["n_frames"], early["p_positive"], early["p_negative"]) == (3, 2 / 3, 1 / 3)
    assert early["difference_norm"] == pytest.approx((2 / 3 - 0.5) - (1 / 3 - 0.5))
    assert (late["n_frames"], late["p_positive"], late["p_negative"]) == (3, 2 / 3, 0.0)
    # with a threshold of 1 baseline SD (0.115), 0.1 no longer counts; 0.2 does
    strict = window_proportions(times, norm, sd, 4.0, windows=[("late", 3.0, 6.0)], baseline_s=4.0, threshold_sd=1.0)
    assert strict[1]["p_positive"] == pytest.approx(2 / 3) and strict[0]["p_positive"] == 0.0


def test_windows_the_recording_does_not_cover_get_nan_and_a_reason():
    times = np.arange(0.0, 20.0)
    norm = np.zeros(20)
    rows = window_proportions(times, norm, 1.0, 10.0, windows=[("late", 5.0, 30.0), ("after", 40.0, 50.0)], baseline_s=10.0)
    assert rows[1]["note"] == "the recording covers only part of this window" and rows[1]["n_frames"] == 5
    assert np.isnan(rows[2]["p_positive"]) and np.isnan(rows[2]["difference_norm"]) and "no scored frames" in rows[2]["note"]
    with pytest.raises(ValueError, match="fewer than 2 scored frames in the 10 s baseline"):
        baseline_normalised_difference(times, norm, norm, 0.5, 10.0)


def test_binned_course():
    times = np.arange(0.0, 6.0, 0.5)
    starts, mean = binned_course(times, np.arange(12.0), injection_s=2.0, bin_s=2.0)
    np.testing.assert_allclose(starts, [-2.0, 0.0, 2.0])
    np.testing.assert_allclose(mean, [1.5, 5.5, 9.5])


@pytest.fixture
def drug_folder(demo_cohort, tmp_path):
    src = next(f for f in demo_cohort if "injection" in (f / "session.yaml").read_text())
    dst = tmp_path / src.name
    shutil.copytree(src, dst)
    return dst


def test_drug_session_roundtrip(demo_cohort, demo_nwb):
    folder = next(f for f in demo_cohort if "drug: ethanol" in (f / "session.yaml").read_text())
    meta = yaml.safe_load((folder / "session.yaml").read_text())
    nwb_path = next(p for p in demo_nwb if p.name == f"sub-{meta['subject']['id']}_ses-{meta['session']['id']}.nwb")
    truth = read_landmarks(folder / "landmarks.yaml")
    with open_nwb(nwb_path) as nwb:
        ids = object_ids(nwb)
        assert ids["landmarks"] and ids["injection"] and not ids["pose"] and not ids["trials"]
        roles, points, time_s = landmark_points(nwb)
        events = injection_events(nwb)
    assert roles == list(LANDMARKS) and time_s == truth.time_s
    np.testing.assert_array_equal(points, truth.points)
    assert events == [{"time_s": 900.0, "drug": "ethanol", "dose": "2 g/kg", "route": "i.p."}]


_convert_fails = expect_input_error


def _edit(path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data))


def test_landmark_outside_the_video_frame(drug_folder, tmp_path):
    _edit(drug_folder / "landmarks.yaml", lambda d: d["points"].__setitem__("cheek", [300.0, 20.0]))
    _convert_fails(drug_folder, tmp_path, "landmarks.yaml", "points.cheek")


def test_landmark_missing_and_unknown(drug_folder, tmp_path):
    _edit(drug_folder / "landmarks.yaml", lambda d: d["points"].pop("pinna_edge"))
    _convert_fails(drug_folder, tmp_path, "landmarks.yaml", "points.pinna_edge")
    _edit(drug_folder / "landmarks.yaml", lambda d: d["points"].update(pinna_edge=[1, 1], chin=[2, 2]))
    _convert_fails(drug_folder, tmp_path, "landmarks.yaml", "points.chin")


def test_landmark_time_outside_the_video(drug_folder, tmp_path):
    _edit(drug_folder / "landmarks.yaml", lambda d: d.__setitem__("time_s", 1e6))
    _convert_fails(drug_folder, tmp_path, "landmarks.yaml", "time_s")


def test_injection_outside_the_video_and_bad_fields(drug_folder, tmp_path):
    _edit(drug_folder / "session.yaml", lambda d: d["session"]["injection"].__setitem__("time_s", 99999.0))
    _convert_fails(drug_folder, tmp_path, "session.yaml", "session.injection.time_s")
    _edit(drug_folder / "session.yaml", lambda d: d["session"]["injection"].__setitem__("time_s", "soon"))
    _convert_fails(drug_folder, tmp_path, "session.yaml", "session.injection.time_s")
    _edit(drug_folder / "session.yaml", lambda d: d["session"]["injection"].update(time_s=900.0, drug=None))
    _convert_fails(drug_folder, tmp_path, "session.yaml", "session.injection.drug")


def test_a_session_needs_stimuli_or_an_injection(drug_folder, tmp_path):
    _edit(drug_folder / "session.yaml", lambda d: d["session"].pop("injection"))
    _convert_fails(drug_folder, tmp_path, "session.yaml", "files.stimulus_log")


LANDMARK_VALUE = st.one_of(st.none(), st.text(max_size=3), st.floats(allow_nan=True, allow_infinity=True),
                           st.lists(st.one_of(st.floats(-50, 400), st.just(float("nan"))), min_size=0, max_size=3))


def _landmark_faults(role: str, value, time_s) -> set[str]:
    """The fields of the landmark file that are wrong, by the documented contract (a finite time
    inside the video, each point [x, y] inside the 256 x 256 frame), worked out without the reader."""
    bad = set()
    if not (isinstance(time_s, float) and 0 <= time_s < 4500):
        bad.add("time_s")
    if not (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, float) and math.isfinite(v) and 0 <= v < 256 for v in value)):
        bad.add(f"points.{role}")
    return bad


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(role=st.sampled_from(list(LANDMARKS)), value=LANDMARK_VALUE, time_s=st.one_of(st.floats(-10, 5000), st.text(max_size=2)))
@example(role="cheek", value=[12.5, 255.5], time_s=4499.5)  # valid, at the edges
@example(role="cheek", value=[12.5, 256.0], time_s=0.0)  # y on the frame's edge: outside
def test_a_landmark_file_is_refused_exactly_when_a_field_is_wrong(tmp_path, role, value, time_s):
    path = write_landmarks(tmp_path / "landmarks.yaml", 10.0, {r: (50.0, 60.0) for r in LANDMARKS})
    data = yaml.safe_load(path.read_text())
    data["points"][role] = value
    data["time_s"] = time_s
    path.write_text(yaml.safe_dump(data))
    bad = _landmark_faults(role, value, time_s)
    try:
        lm = read_landmarks(path, image_size=(256, 256), time_range=(0.0, 4500.0))
    except InputError as err:
        assert bad, f"a valid landmark file was refused: {err}"
        assert err.field in bad, f"the error names {err.field!r}; the file is wrong in {sorted(bad)}"
        assert "\n" not in str(err) and str(err).startswith(f"{path}: {err.field}: ")
        return
    assert not bad, f"a landmark file wrong in {sorted(bad)} was accepted"
    assert lm.time_s == time_s and lm.points[list(LANDMARKS).index(role)].tolist() == value
    others = [i for i, r in enumerate(LANDMARKS) if r != role]
    assert (lm.points[others] == [50.0, 60.0]).all()
