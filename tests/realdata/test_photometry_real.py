"""Every real photometry file through conversion, the tables (dF/F, PSTHs) and a cross-check of the
dF/F against an independent computation (double-exponential bleaching fit + scipy regression)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import yaml
from scipy import stats
from scipy.optimize import curve_fit

from facevalence.converters import convert_session
from facevalence.io.photometry import read_photometry
from facevalence.methods.photometry import process_trace
from tests.conftest import real_data

pytestmark = pytest.mark.realdata

IBL = "photometry/ibl_CQ002"
PPD = "photometry/m17-R-2018-12-12-090409.ppd"
NPM = "photometry/neurophotometrics_raw.csv"


def _session(folder, name, photometry, stimulus_log, valence=None):
    folder.mkdir(parents=True)
    meta = {"subject": {"id": f"real-{name}", "species": "Mus musculus", "sex": "U", "age": "P60D", "genotype": "wild type"},
            "session": {"id": "1", "start_time": "2024-11-05T12:00:00+00:00", "experimenter": ["Lab, Real"],
                        "lab": "test", "institution": "test", "description": f"real {name} photometry, no face video"},
            "files": {"photometry": photometry, "stimulus_log": stimulus_log}}
    if valence:
        meta["valence"] = valence
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    return folder


@pytest.fixture(scope="module")
def real_nwb(tmp_path_factory):
    """Photometry-only sessions: the IBL session aligned to its trials' feedback (reward / error),
    the pyPhotometry session to its digital input 1 TTLs, the Neurophotometrics file to 3 markers."""
    real = real_data()
    root = tmp_path_factory.mktemp("realphot")
    (root / "marks.csv").write_text("onset_s,stimulus,duration_s\n8,water,1\n16,sucrose,1\n24,water,1\n")
    folders = [
        _session(root / "ibl", "ibl", {"path": str(real / IBL / "alf/photometry/photometry.signal.pqt"), "format": "ibl",
                                       "rois": ["G0"], "indicator": "GCaMP6m", "location": "SI"},
                 {"path": str(real / IBL / "alf/task_00/_ibl_trials.table.pqt"), "align_to": "feedback_times"},
                 {"reward": "positive", "error": "negative"}),
        # the stimulus log is the .ppd's own digital input 1: no CSV written by hand
        _session(root / "ppd", "ppd", {"path": str(real / PPD), "control_wavelength": 560, "indicator": "GCaMP6f",
                                       "location": "unknown"},
                 {"ttl": {"lines": {"digital_1": "ttl1"}}}, {"ttl1": "neutral"}),
        _session(root / "npm", "npm", {"path": str(real / NPM), "rois": ["G0"], "clock_offset_s": 227.2,
                                       "indicator": "GCaMP6s", "location": "unknown"},
                 str(root / "marks.csv")),
    ]
    return {f.name: convert_session(f, root / "nwb") for f in folders}


def test_real_photometry_through_the_tables(database, real_nwb, tmp_path):
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas.face import HOGFeatures, Registration
    from facevalence.schemas.photometry import NeuronTypePattern, PhotometryPSTH, PhotometryTrace
    from facevalence.schemas.session import Nwbfile

    for path in real_nwb.values():
        ingest(path, replace=True)
    sessions = [{"subject_id": f"real-{n}", "session_id": "1"} for n in real_nwb]
    assert set((Nwbfile & sessions).to_arrays("video_object_id")) == {""}  # photometry only
    assert PhotometryTrace.populate(sessions, suppress_errors=True)["error_list"] == []
    assert PhotometryPSTH.populate(sessions, suppress_errors=True)["error_list"] == []
    assert not (Registration & sessions) and not (HOGFeatures & sessions)  # nothing face-based to do
    traces = {r["subject_id"]: r for r in (PhotometryTrace & sessions & {"phot_paramset": 0}).to_dicts()}
    assert set(traces) == {f"real-{n}" for n in real_nwb}
    for r in traces.values():
        assert np.isfinite(r["dff"]).all() and abs(np.std(r["dff_z"]) - 1) < 1e-6 and r["bleaching"].startswith("airPLS")
    # pyPhotometry's control is the red tdTomato channel, and the trace says so
    assert "560 nm" in traces["real-ppd"]["control_used"] and "red" in traces["real-ppd"]["control_used"]
    assert "415 nm" in traces["real-ibl"]["control_used"] and "isosbestic" in traces["real-ibl"]["control_used"]
    psth = {(r["subject_id"], r["stimulus"]): r for r in (PhotometryPSTH & sessions & {"phot_paramset": 0}).to_dicts()}
    # IBL: the rewarded and error trials of the raw trials table (175 and 153), PSTHs aligned to feedback
    raw = pd.read_parquet(real_data() / IBL / "alf/task_00/_ibl_trials.table.pqt")
    raw = raw[np.isfinite(raw["feedback_times"])]
    n_reward, n_error = int((raw["feedbackType"] == 1).sum()), int((raw["feedbackType"] == -1).sum())
    assert psth[("real-ibl", "reward")]["n_trials"] == n_reward and psth[("real-ibl", "error")]["n_trials"] == n_error
    assert len(PhotometryPSTH.TrialPSTH & {"subject_id": "real-ibl", "phot_paramset": 0}) == n_reward + n_error > 300
    for r in psth.values():
        assert np.isfinite(r["mean_dff"]).all() and r["times"][0] == pytest.approx(-4.0)
    rising, falling = _ppd_edges(real_data() / PPD, line=0)
    assert psth[("real-ppd", "ttl1")]["n_trials"] == len(rising) > 100
    assert psth[("real-npm", "sucrose")]["ratio_to_water"] is not None or psth[("real-npm", "water")]["peak_dff"] <= 0
    # no cell type was declared for these mice: no neuron-type pattern is attempted
    assert not (NeuronTypePattern.key_source & {"phot_paramset": 0})
    _check_report(tmp_path)


def _check_report(tmp_path):
    """The pyPhotometry session's quality report in Chromium: its clocks count the samples of each
    channel that the raw bytes hold, at the rate of the file's JSON header; each of the TTL trials
    has its 4 s of baseline; the face tables say why they have no row."""
    import json

    from facevalence.report import session_report
    from tests.browser import open_page, table_rows

    page = open_page(session_report({"subject_id": "real-ppd", "session_id": "1"}, tmp_path / "ppd.html").as_uri(),
                     "report-real-ppd.png")
    assert not page["errors"], page["errors"]
    assert [i["figure"] for i in page["images"]] == ["clocks", "photometry", "coverage"], page["images"]
    assert all(i["complete"] and i["width"] > 300 for i in page["images"]), page["images"]
    raw = (real_data() / PPD).read_bytes()
    header = json.loads(raw[2:2 + int.from_bytes(raw[:2], "little")])
    n = (len(raw) - 2 - int.from_bytes(raw[:2], "little")) // 4
    rows = table_rows(page["text"])
    for stream in ("photometry signal", "photometry control"):
        assert int(rows[stream][0]) == n and float(rows[stream][3]) == pytest.approx(header["sampling_rate"], rel=1e-3), rows[stream]
    assert rows["Registration"] == ["0", "no face video (files.face_video): a photometry-only session"], rows["Registration"]
    # a session or cohort that is not there is named, with what is
    from facevalence.errors import InputError
    from facevalence.report import cohort_report
    from facevalence.schemas.photometry import PhotometryParams

    with pytest.raises(InputError, match=r"sub-m09_ses-01: session: not ingested; known: .*sub-real-ibl_ses-1"):
        session_report({"subject_id": "m09", "session_id": "01"}, tmp_path / "no.html")
    with pytest.raises(InputError, match=r"--cohort: cohort: no cohort 'qc'; known: all"):
        cohort_report("qc", tmp_path / "none")
    assert not (tmp_path / "no.html").exists() and not (tmp_path / "none").exists()

    assert rows["PhotometryPSTH"] == [str(len(PhotometryParams())), "made"], rows["PhotometryPSTH"]  # one TTL stimulus


def test_real_photometry_files_pass_nwbinspector(real_nwb):
    from tests.conftest import nwbinspector_problems

    bad, n = nwbinspector_problems(list(real_nwb.values()))
    assert not bad, bad


def _ppd_edges(path, line):
    """Edges of a pyPhotometry digital line decoded here from the raw bytes (the format's description
    in PROVENANCE.md), not by the package: sample index of each rising and falling edge."""
    raw = path.read_bytes()
    n = int.from_bytes(raw[:2], "little")
    body = raw[2 + n:]
    samples = np.frombuffer(body[: len(body) // 4 * 4], dtype="<u2").reshape(-1, 2)
    level = (samples[:, line] & 1).astype(int)
    return np.flatnonzero(np.diff(level) == 1) + 1, np.flatnonzero(np.diff(level) == -1) + 1


def test_ppd_ttls_are_trials_and_every_line_is_in_the_nwb_file(real_nwb):
    """The m17 .ppd converts with its digital-input-1 TTLs as the stimulus log, and both digital lines
    are stored as events with their pulse widths."""
    import json

    from facevalence.io.names import CONTROL_SERIES, SIGNAL_SERIES
    from facevalence.io.nwb import open_nwb

    raw = (real_data() / PPD).read_bytes()
    n = int.from_bytes(raw[:2], "little")
    header = json.loads(raw[2 : 2 + n])
    rate = header["sampling_rate"]
    samples = np.frombuffer(raw[2 + n:][: (len(raw) - 2 - n) // 4 * 4], dtype="<u2").reshape(-1, 2)
    with open_nwb(real_nwb["ppd"]) as nwb:
        trials = nwb.trials.to_dataframe()
        digital = nwb.events["PhotometryDigitalInputs"].to_dataframe()
        signal, control = nwb.acquisition[SIGNAL_SERIES], nwb.acquisition[CONTROL_SERIES]
        assert signal.rate == pytest.approx(rate) and signal.timestamps is None  # regular: a rate, not 470 k stamps
        # each series holds its own analog input, and the fiber table names the right channel
        for series, k in ((signal, 0), (control, 1)):
            np.testing.assert_allclose(series.data[:, 0], (samples[:, k] >> 1) * header["volts_per_division"][k])
            rows = series.fiber_photometry_table_region
            assert all(f"analog_{k + 1}" in note for note in rows.table["notes"][rows.data[:]])
        assert "GCaMP6f" in nwb.lab_meta_data["fiber_photometry"].fiber_photometry_indicators.indicators["indicator"].label
    rising, falling = _ppd_edges(real_data() / PPD, line=0)
    np.testing.assert_allclose(trials["start_time"], rising / rate, atol=1e-9)
    np.testing.assert_allclose(trials["stop_time"] - trials["start_time"], (falling - rising) / rate, atol=1e-9)
    assert set(trials["stimulus"]) == {"ttl1"} and set(trials["valence"]) == {"neutral"}
    for line in (0, 1):
        up, down = _ppd_edges(real_data() / PPD, line)
        rows = digital[digital["line"] == f"digital_{line + 1}"]
        np.testing.assert_allclose(rows["timestamp"], up / rate, atol=1e-9)
        np.testing.assert_allclose(rows["pulse_width_s"], (down - up) / rate, atol=1e-9)


def _independent_dff(t, signal, control_t, control):
    """dF/F computed another way: each channel divided by a double-exponential bleaching fit
    (scipy curve_fit), the control put on the signal's clock, scipy linregress for the fit."""
    def dexp(x, a, b, c, d, e):
        return a * np.exp(-x / b) + c * np.exp(-x / d) + e

    x = t - t[0]
    out = []
    for v in (signal, np.interp(t, control_t, control)):
        p0 = (np.ptp(v) / 2, x[-1] / 10, np.ptp(v) / 2, x[-1] / 2, v.min())
        p, _ = curve_fit(dexp, x, v, p0=p0, bounds=([0, 1, 0, 1, -np.inf], [np.inf, 10 * x[-1], np.inf, 10 * x[-1], np.inf]),
                         maxfev=20000)
        out.append(v / dexp(x, *p))
    fit = stats.linregress(out[1], out[0])
    fitted = fit.intercept + fit.slope * out[1]
    return (out[0] - fitted) / fitted


@pytest.mark.parametrize(("name", "path", "fmt", "rois", "r_min"), [
    ("ibl", f"{IBL}/alf/photometry/photometry.signal.pqt", "ibl", ("G0",), 0.95),
    ("ppd", PPD, "pyphotometry", (), 0.9),
    # 33.5 s: too short for either method to pin the bleaching down; the fast part must agree
    ("npm", NPM, "neurophotometrics", ("G0",), None),
])
def test_dff_agrees_with_an_independent_computation(name, path, fmt, rois, r_min):
    rec = read_photometry(real_data() / path, fmt, rois)
    t, sig = rec.signal.timestamps, rec.signal.data[:, 0]
    ours = process_trace(t, sig, rec.control.timestamps, rec.control.data[:, 0])["dff"]
    ref = _independent_dff(t, sig, rec.control.timestamps, rec.control.data[:, 0])
    k = int(10 * rec.signal.rate_hz) | 1  # 10 s moving average removed: the transients

    def fast(v):
        return (v - np.convolve(v, np.ones(k) / k, mode="same"))[k:-k]

    r_fast = np.corrcoef(fast(ours), fast(ref))[0, 1]
    r = np.corrcoef(ours, ref)[0, 1]
    print(f"{name}: r = {r:.4f}, fast components r = {r_fast:.4f}, median |difference| = {np.median(np.abs(ours - ref)):.5f}")
    assert r_fast > 0.75
    if r_min is not None:
        assert r > r_min and r_fast > 0.99


def test_ibl_trials_table_as_stimulus_log():
    from facevalence.io.logs import read_ibl_trials

    path = real_data() / IBL / "alf/task_00/_ibl_trials.table.pqt"
    table = read_ibl_trials(path, {"reward": "positive", "error": "negative"}, align_to="stimOn_times")
    raw = pd.read_parquet(path)
    assert len(table) == np.isfinite(raw["stimOn_times"]).sum() and (np.diff(table["start_time"]) > 0).all()
    from facevalence.errors import InputError

    with pytest.raises(InputError, match=r"_ibl_trials.table.pqt: feedbackType: \['error', 'reward'\] have no valence"):
        read_ibl_trials(path, {})
