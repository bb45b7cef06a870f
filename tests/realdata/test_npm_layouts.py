"""Neurophotometrics output in every rig layout: the real frames file rewritten with each layout's
column names and as parquet reads to the same channels; the two real digital-input tables read to
the edges counted here from their raw rows; a session converts with its TTLs as the stimulus log."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import yaml

from facevalence.errors import InputError
from facevalence.io.photometry import read_neurophotometrics, read_npm_digital_inputs
from tests.conftest import nwbinspector_problems, real_data

pytestmark = pytest.mark.realdata

NPM = "photometry/neurophotometrics_raw.csv"
DI = "photometry/npm_digital_inputs/version_{}_fpData.digitalInputs.pqt"

#: (LED column, ROI names G0.. -> ?, time column, suffix) of each Bonsai generation
LAYOUTS = {
    "ledstate-g-system-csv": ("LedState", "{}", "SystemTimestamp", ".csv"),
    "flags-region-timestamp-csv": ("Flags", "Region{}G", "Timestamp", ".csv"),
    "flags-region-computer-parquet": ("Flags", "Region{}G", "ComputerTimestamp", ".parquet"),
    "ledstate-g-timestamp-parquet": ("LedState", "{}", "Timestamp", ".pqt"),
}


def _rewrite(raw: pd.DataFrame, layout: str, folder) -> tuple:
    led, roi, time_col, suffix = LAYOUTS[layout]
    table = raw.rename(columns={"LedState": led, **{c: roi.format(c[1:]) if roi != "{}" else c
                                                    for c in raw.columns if c.startswith("G")}})
    times = raw["SystemTimestamp"] * (1000.0 if time_col == "ComputerTimestamp" else 1.0)
    table = table.drop(columns=[c for c in ("SystemTimestamp", "ComputerTimestamp", "Timestamp") if c in table.columns])
    table[time_col] = times
    path = folder / f"frames{suffix}"
    table.to_parquet(path) if suffix != ".csv" else table.to_csv(path, index=False)
    return path, roi


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_frames_layout_reads_the_same_channels(tmp_path, layout):
    raw = pd.read_csv(real_data() / NPM)
    path, roi = _rewrite(raw, layout, tmp_path)
    first = roi.format("0") if roi != "{}" else "G0"
    rec = read_neurophotometrics(path, rois=(first,))
    # expectation from the raw rows: LedState & 7 == 2 is 470 nm, == 1 is 415 nm
    led = raw["LedState"].to_numpy() & 7
    n = min((led == 2).sum(), (led == 1).sum())
    np.testing.assert_allclose(rec.signal.data[:, 0], raw["G0"].to_numpy()[led == 2][:n])
    np.testing.assert_allclose(rec.control.data[:, 0], raw["G0"].to_numpy()[led == 1][:n])
    np.testing.assert_allclose(rec.signal.timestamps, raw["SystemTimestamp"].to_numpy()[led == 2][:n], rtol=1e-12)
    assert rec.signal.rois == (first,)


def test_a_roi_the_file_lacks_names_what_was_asked_and_what_exists(tmp_path):
    raw = pd.read_csv(real_data() / NPM)
    path, _ = _rewrite(raw, "flags-region-timestamp-csv", tmp_path)
    with pytest.raises(InputError, match=r"frames.csv: rois: session.yaml asks for \['G0'\]; the file's ROI columns "
                                         r"are \['Region0G', 'Region1G'"):
        read_neurophotometrics(path, rois=("G0",))
    table = pd.read_csv(path).drop(columns=["Flags"])
    table.to_csv(path, index=False)
    with pytest.raises(InputError, match=r"frames.csv: LedState: missing LED column: none of LedState, Flags"):
        read_neurophotometrics(path)


def test_digital_input_tables_of_two_rig_generations():
    v2 = pd.read_parquet(real_data() / DI.format(2))
    lines = read_npm_digital_inputs(real_data() / DI.format(2))
    assert set(lines) == {"Input0"}
    high = v2["Value.Value"].to_numpy()
    assert high[::2].all() and not high[1::2].any()  # the rows alternate rising, falling
    np.testing.assert_array_equal(lines["Input0"].rising, v2["Timestamp"][high].to_numpy())
    # Bonsai's Timestamp is too coarse for the short pulses (117 pairs share one); the board's clock
    # (Value.Seconds) gives the widths
    assert (np.diff(v2["Timestamp"].to_numpy()) <= 0).sum() > 100
    board = v2["Value.Seconds"].to_numpy()
    np.testing.assert_allclose(lines["Input0"].widths_s(), board[1::2] - board[::2], atol=1e-9)
    v5 = pd.read_parquet(real_data() / DI.format(5))
    lines = read_npm_digital_inputs(real_data() / DI.format(5))
    assert set(lines) == set(v5["ChannelName"]) == {"Input0", "Input1"}
    for name, rows in v5.groupby("ChannelName"):
        np.testing.assert_array_equal(lines[name].rising, np.sort(rows["SystemTimestamp"].to_numpy()))
        assert lines[name].falling is None and lines[name].widths_s() is None  # the rig logs rising edges only


def test_session_with_npm_digital_inputs_as_stimulus_log(tmp_path):
    """The version-2 digital inputs (real) beside frames that span them: the real frames' values
    repeated along the digital-input clock (the two real files come from different recordings)."""
    from facevalence.converters import convert_session
    from facevalence.io.nwb import open_nwb

    raw = pd.read_csv(real_data() / NPM)
    di = pd.read_parquet(real_data() / DI.format(2))
    t0, t1 = di["Timestamp"].min() - 10.0, di["Timestamp"].max() + 10.0
    reps = int(np.ceil((t1 - t0) / (raw["SystemTimestamp"].iloc[-1] - raw["SystemTimestamp"].iloc[0])))
    frames = pd.concat([raw] * reps, ignore_index=True)
    frames["SystemTimestamp"] = t0 + np.arange(len(frames)) / 60.0
    frames.to_csv(tmp_path / "frames.csv", index=False)
    di.to_parquet(tmp_path / "di.pqt")
    width = di["Value.Seconds"].to_numpy()[1::2] - di["Value.Seconds"].to_numpy()[::2]  # rows alternate up, down
    long = width > 0.5  # the line codes two kinds of pulse: short ones and ~1 s ones
    meta = {"subject": {"id": "npm", "sex": "F", "age": "P70D", "genotype": "DAT-Cre"},
            "session": {"id": "1", "start_time": "2024-01-01T10:00:00+00:00", "experimenter": "Lab, Real",
                        "lab": "l", "institution": "i", "description": "npm digital inputs"},
            "files": {"photometry": {"path": "frames.csv", "digital_inputs": "di.pqt", "rois": ["G0"],
                                     "indicator": "GCaMP6s", "location": "VTA", "clock_offset_s": float(t0)},
                      "stimulus_log": {"ttl": {"line": "Input0", "by_width": {"sucrose": [500, 5000], "water": [0, 500]},
                                               "duration_s": 1.0}}}}
    (tmp_path / "session.yaml").write_text(yaml.safe_dump(meta))
    path = convert_session(tmp_path, tmp_path / "out")
    assert nwbinspector_problems([path])[0] == []
    with open_nwb(path) as nwb:
        trials = nwb.trials.to_dataframe()
        digital = nwb.events["PhotometryDigitalInputs"].to_dataframe()
    onsets = di["Timestamp"][di["Value.Value"]].to_numpy() - t0
    np.testing.assert_allclose(trials["start_time"], onsets)
    assert list(trials["stimulus"]) == ["sucrose" if x else "water" for x in long] and long.any() and (~long).any()
    np.testing.assert_allclose(digital["pulse_width_s"], width, atol=1e-9)
    assert set(digital["line"]) == {"Input0"}
