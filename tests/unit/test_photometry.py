"""Photometry methods (airPLS, dF/F, PSTH, ratios, window pairs) and the statistics records."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from facevalence.methods.photometry import (
    bleaching_baseline,
    process_trace,
    psth,
    ratio_to_reference,
    window_pairs,
)
from facevalence.methods.stats import (
    mann_whitney,
    one_sample_t_bonferroni,
    shuffle_test,
    spearman_shuffle,
    welch_t,
)


def _recording(seconds=600.0, rate=30.0, seed=0):
    """Interleaved 470/410 frames: bleaching, stimulus transients (the truth) and motion dips."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    dff = np.zeros_like(t)
    for onset in np.arange(12.0, seconds - 10, 14.0):
        lag = np.clip(t - onset - 0.1, 0, None)
        dff += 0.05 * np.where(t > onset + 0.1, (1 - np.exp(-lag / 0.3)) * np.exp(-np.clip(lag - 2.0, 0, None) / 1.2), 0.0)
    motion = np.zeros_like(t)
    for start in rng.choice(len(t) - 40, 15, replace=False):
        motion[start:start + 30] -= 0.02 * np.hanning(30)
    f470 = 0.02 * (0.75 + 0.25 * np.exp(-t / 300)) * (1 + dff + motion) + rng.normal(0, 5e-5, len(t))
    f410 = 0.013 * (0.8 + 0.2 * np.exp(-t / 350)) * (1 + motion) + rng.normal(0, 5e-5, len(t))
    return t, dff, f470, f410


def test_airpls_correction_recovers_the_transients_better_than_the_fit_alone():
    t, truth, f470, f410 = _recording()
    sig, ctl = slice(1, None, 2), slice(0, None, 2)
    corrected = process_trace(t[sig], f470[sig], t[ctl], f410[ctl])
    plain = process_trace(t[sig], f470[sig], t[ctl], f410[ctl], lam_15hz=None)
    r_corrected = np.corrcoef(corrected["dff"], truth[sig])[0, 1]
    r_plain = np.corrcoef(plain["dff"], truth[sig])[0, 1]
    assert r_corrected > 0.97 and r_corrected > r_plain
    assert corrected["rate_hz"] == pytest.approx(15.0) and corrected["fit_slope"] > 0


def test_bleaching_baseline_bends_on_the_same_time_scale_at_any_rate():
    slow = lambda t: 1.0 + 0.3 * np.exp(-t / 200.0)  # noqa: E731
    t15 = np.arange(0, 600, 1 / 15)
    t60 = np.arange(0, 600, 1 / 60)
    b15 = bleaching_baseline(slow(t15), 15.0)
    b60 = bleaching_baseline(slow(t60), 60.0)
    assert np.abs(np.interp(t15, t60, b60) - b15).max() < 2e-3
    assert np.abs(b15 - slow(t15)).max() < 2e-3


def test_constant_control_is_refused():
    t = np.arange(0, 60, 1 / 15)
    with pytest.raises(ValueError, match="constant"):
        process_trace(t, 1 + 0.01 * np.sin(t), t, np.ones_like(t))


def test_psth_rows_are_baseline_subtracted_and_an_early_onset_is_named():
    t = np.arange(0, 100, 1 / 15)
    trace = 0.1 * t  # a ramp: after subtracting the 4 s baseline mean, the row at onset is 0.1 x 2 s
    grid, rows = psth(t, trace, [20.0, 50.0], pre_s=4.0, post_s=6.0, rate_hz=15.0, baseline_s=4.0)
    assert rows.shape == (2, grid.size) and grid[0] == pytest.approx(-4.0)
    pre = (grid >= -4) & (grid < 0)
    np.testing.assert_allclose(rows[:, pre].mean(axis=1), 0.0, atol=1e-12)
    np.testing.assert_allclose(rows[:, np.argmin(np.abs(grid))], 0.1 * 2.0 + 0.1 / 30, atol=1e-9)
    with pytest.raises(ValueError, match="stimulus at -10 s lies outside"):
        psth(t, trace, [-10.0], pre_s=4.0, post_s=6.0, rate_hz=15.0, baseline_s=4.0)


def test_ratio_to_reference():
    assert ratio_to_reference(0.06, 0.02) == pytest.approx(3.0)
    for ref in (0.0, -0.01, float("nan")):
        assert np.isnan(ratio_to_reference(0.06, ref))


def test_window_pairs_share_one_clock():
    neural_t = np.arange(0, 30, 1 / 15)
    face_t = np.arange(0, 30, 1 / 30)
    x, y = window_pairs(neural_t, 2 * neural_t, face_t, face_t + 1, [5.0, 10.0], window_s=2.0, rate_hz=15.0, baseline_s=None)
    assert x.size == y.size == 60
    np.testing.assert_allclose(x, 2 * (y - 1))
    # relative to the 4 s before onset: a ramp's mean there is 2 s (x 2) below the onset value
    x, y = window_pairs(neural_t, 2 * neural_t, face_t, face_t + 1, [5.0, 10.0], window_s=2.0, rate_hz=15.0, baseline_s=4.0)
    np.testing.assert_allclose(x[:30], 2 * (5.0 + np.arange(30) / 15.0) - 2 * (5.0 - 2.0 - 1 / 30), atol=1e-9)
    np.testing.assert_allclose(x, 2 * y, atol=1e-9)
    x, _ = window_pairs(neural_t, neural_t, face_t, face_t, [29.0], window_s=2.0, rate_hz=15.0)
    assert np.isnan(x[-1])  # past the end of the recording


def test_welch_and_mann_whitney_match_scipy():
    rng = np.random.default_rng(3)
    a, b = rng.normal(1, 1, 30), rng.normal(0, 2, 20)
    rec = welch_t(a, b, ("real", "shuffled"))
    ref = stats.ttest_ind(a, b, equal_var=False)
    assert rec["statistic"] == pytest.approx(ref.statistic) and rec["p"] == pytest.approx(ref.pvalue)
    assert rec["groups"] == ["real", "shuffled"] and rec["n"] == 50 and rec["mean_real"] == pytest.approx(a.mean())
    rec = mann_whitney(a, b, ("on", "off"))
    ref = stats.mannwhitneyu(a, b, alternative="two-sided")
    assert rec["statistic"] == pytest.approx(ref.statistic) and rec["p"] == pytest.approx(ref.pvalue)
    assert rec["n_per_group"] == [30, 20]
    assert np.isnan(mann_whitney([], b)["p"]) and np.isnan(welch_t([1.0], b)["p"])


def test_one_sample_t_bonferroni():
    rng = np.random.default_rng(4)
    groups = {"up": rng.normal(1, 0.5, 12), "flat": rng.normal(0, 0.5, 12), "short": [1.0]}
    rec = one_sample_t_bonferroni(groups)
    raw = stats.ttest_1samp(groups["up"], 0.0).pvalue
    assert rec["per_group"]["up"]["p_bonferroni"] == pytest.approx(min(1.0, 2 * raw))  # 2 groups testable
    assert np.isnan(rec["per_group"]["short"]["p_bonferroni"])
    assert rec["p"] == pytest.approx(rec["per_group"]["up"]["p_bonferroni"]) and rec["groups"] == ["flat", "short", "up"]


def test_shuffle_test_and_spearman_record():
    rng = np.random.default_rng(5)
    a, b = rng.normal(1, 1, 40), rng.normal(0, 1, 40)
    rec = shuffle_test(a, b, n_shuffles=500)
    assert rec["p"] < 0.01 and rec["statistic"] == pytest.approx(a.mean() - b.mean())
    assert rec["null"]["percentiles"]["97.5"] < rec["statistic"]
    assert shuffle_test(b, a, n_shuffles=500)["p"] > 0.9
    x = rng.normal(0, 1, 200)
    y = 0.5 * x + rng.normal(0, 0.5, 200)
    rec = spearman_shuffle(x, y, n_shuffles=300)
    low, high = rec["slope_ci"]
    assert low < 0.5 < high and rec["p_shuffle"] < 0.01 and rec["statistic"] == rec["rho"]
    assert rec["null"]["sd"] > 0 and sum(rec["null"]["histogram"][0]) == 300


@settings(max_examples=30, deadline=None)
@given(st.lists(st.floats(-1e3, 1e3), min_size=0, max_size=8), st.lists(st.floats(-1e3, 1e3), min_size=0, max_size=8))
def test_tests_never_raise_and_always_give_a_record(a, b):
    for rec in (welch_t(a, b), mann_whitney(a, b), shuffle_test(a, b, n_shuffles=20)):
        assert {"test", "statistic", "p", "n", "groups"} <= set(rec)
        assert np.isnan(rec["p"]) or 0.0 <= rec["p"] <= 1.0


def _other_tools_nwb(path, data, wavelengths=(465.0, 405.0)):
    """An NWB file as another acquisition tool writes it: one FiberPhotometryResponseSeries of
    several columns, one fiber photometry table row per column, names we never use."""
    import datetime as dt

    from ndx_fiber_photometry import (
        FiberPhotometry,
        FiberPhotometryIndicators,
        FiberPhotometryResponseSeries,
        FiberPhotometryTable,
    )
    from ndx_ophys_devices import (
        ExcitationSource,
        ExcitationSourceModel,
        FiberInsertion,
        Indicator,
        OpticalFiber,
        OpticalFiberModel,
        Photodetector,
        PhotodetectorModel,
    )
    from pynwb import NWBHDF5IO, NWBFile

    nwb = NWBFile("another lab's photometry", "other-tool-1", dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    fiber_model = OpticalFiberModel(name="fm", manufacturer="Doric", numerical_aperture=0.48, core_diameter_in_um=400.0)
    led_model = ExcitationSourceModel(name="lm", manufacturer="TDT", source_type="LED", excitation_mode="one-photon")
    det_model = PhotodetectorModel(name="dm", manufacturer="TDT", detector_type="photodiode")
    for m in (fiber_model, led_model, det_model):
        nwb.add_device_model(m)
    fiber = OpticalFiber(name="fiber", model=fiber_model, fiber_insertion=FiberInsertion(name="fiber_insertion"))
    detector = Photodetector(name="detector", model=det_model)
    leds = [ExcitationSource(name=f"led{nm:g}", model=led_model) for nm in wavelengths]
    for d in (fiber, detector, *leds):
        nwb.add_device(d)
    indicator = Indicator(name="GCaMP", label="GCaMP7f", description="GCaMP7f in VTA")
    table = FiberPhotometryTable(name="fiber_photometry_table", description="fibers")
    for nm, led in zip(wavelengths, leds, strict=True):
        table.add_row(location="VTA", excitation_wavelength_in_nm=nm, emission_wavelength_in_nm=525.0, indicator=indicator,
                      optical_fiber=fiber, excitation_source=led, photodetector=detector)
    nwb.add_lab_meta_data(FiberPhotometry(name="fiber_photometry", fiber_photometry_table=table,
                                          fiber_photometry_indicators=FiberPhotometryIndicators(indicators=[indicator])))
    region = table.create_fiber_photometry_table_region(region=list(range(len(wavelengths))), description="all rows")
    nwb.add_acquisition(FiberPhotometryResponseSeries(name="RawDemodulated", description="TDT demodulated", data=data,
                                                      unit="V", timestamps=np.arange(len(data)) / 20.0,
                                                      fiber_photometry_table_region=region))
    with NWBHDF5IO(str(path), "w") as io:
        io.write(nwb)
    return path


def test_nwb_written_by_another_tool(tmp_path):
    from facevalence.errors import InputError
    from facevalence.io.photometry import read_photometry

    t = np.arange(200) / 20.0
    path = _other_tools_nwb(tmp_path / "other.nwb", np.column_stack([2 + np.sin(t), 3 + np.cos(t)]))
    rec = read_photometry(path, "nwb", signal_nm=465.0)  # the control is found from the table: 405 nm
    assert (rec.signal.wavelength_nm, rec.control.wavelength_nm, rec.control_kind) == (465.0, 405.0, "isosbestic")
    np.testing.assert_allclose(rec.signal.data[:, 0], 2 + np.sin(t))
    np.testing.assert_allclose(rec.control.data[:, 0], 3 + np.cos(t))
    np.testing.assert_allclose(rec.signal.timestamps, t)
    with pytest.raises(InputError, match=r"other.nwb: excitation_wavelength_in_nm: no 470 nm series \(present: \[405.0, 465.0\]\)"):
        read_photometry(path, "nwb", signal_nm=470.0, control_nm=405.0)
    flat = _other_tools_nwb(tmp_path / "flat.nwb", np.column_stack([2 + np.sin(t), np.full_like(t, 3.0)]))
    with pytest.raises(InputError, match="flat.nwb: timestamps: the 405 nm control channel of RawDemodulated.1. is constant"):
        read_photometry(flat, "nwb", signal_nm=465.0)
    with pytest.raises(InputError, match="not a readable NWB file"):
        read_photometry(tmp_path / "flat.nwb.missing", "nwb")


def test_photometry_only_session_from_another_tools_nwb(tmp_path):
    import yaml

    from facevalence.converters import convert_session
    from facevalence.io.nwb import object_ids, open_nwb, photometry_arrays

    t = np.arange(400) / 20.0
    _other_tools_nwb(tmp_path / "tdt.nwb", np.column_stack([2 + np.sin(t), 3 + np.cos(t)]))
    (tmp_path / "stimuli.csv").write_text("onset_s,stimulus,duration_s\n6,sucrose,1\n12,water,1\n")
    meta = {"subject": {"id": "x1", "species": "Mus musculus", "sex": "F", "genotype": "DAT-Cre", "cell_type": "DA", "age": "P90D"},
            "session": {"id": "1", "start_time": "2024-01-01T10:00:00+00:00", "experimenter": ["A, B"], "lab": "l",
                        "institution": "i", "description": "photometry only"},
            "files": {"photometry": {"path": "tdt.nwb", "signal_wavelength": 465, "indicator": "dLight1.1",
                                     "location": "NAc"}, "stimulus_log": "stimuli.csv"}}
    (tmp_path / "session.yaml").write_text(yaml.safe_dump(meta))
    with open_nwb(convert_session(tmp_path, tmp_path / "out")) as nwb:
        ids = object_ids(nwb)
        arrays = photometry_arrays(nwb)
    assert ids["video"] == "" and ids["photometry_signal"] and len(nwb.trials) == 2
    np.testing.assert_allclose(arrays["control"], 3 + np.cos(t))
    assert "405 nm" in arrays["description"]


def test_window_grid_puts_onset_on_the_post_side():
    from facevalence.methods.photometry import window_grid

    for pre, post, rate in ((4.0, 6.0, 15.0), (2.0, 6.0, 15.0), (0.0, 2.0, 15.0), (0.5, 2.5, 30.0)):
        grid = window_grid(pre, post, rate)
        assert grid.size == round((pre + post) * rate) and grid[0] == -pre
        assert (grid == 0.0).sum() == 1  # np.arange(-2, 6, 1/15) gives -4.4e-16 there instead
        np.testing.assert_allclose(np.diff(grid), 1 / rate)


def test_sem():
    from facevalence.methods.stats import sem

    assert sem([1.0, 3.0, np.nan]) == pytest.approx(1.0) and np.isnan(sem([2.0]))
