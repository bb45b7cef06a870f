"""Clock alignment by a digital line that records the camera: one pulse per frame (offset and drift
fitted) or a start pulse; checked against the demo generator's true clocks."""

from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
import pytest
import yaml

from facevalence.methods.sync import clock_from_frame_pulses, clock_from_start_pulse
from tests.conftest import expect_input_error

DRIFT = 100e-6  # the photometry clock runs 100 ppm fast: 8 ms over the demo session, 0.45 s over 75 min


def test_frame_pulses_give_offset_and_drift():
    rng = np.random.default_rng(0)
    frames = 2.0 + np.arange(9000) / 30.0
    pulses = 500.0 + frames * (1 + DRIFT) + rng.normal(0, 2e-4, frames.size)
    clock = clock_from_frame_pulses(pulses, frames)
    assert clock.offset_s == pytest.approx(500.0, abs=1e-4) and clock.scale == pytest.approx(1 + DRIFT, abs=1e-7)
    assert np.abs(clock.to_session(pulses) - frames).max() < 1e-3 and clock.max_residual_s < 1e-3
    with pytest.raises(ValueError, match="pulses but 9000 video frames"):
        clock_from_frame_pulses(pulses[:8900], frames)
    dropped = np.delete(pulses, 4000)[:8999]  # one pulse lost mid-session: every later pairing is a frame off
    with pytest.raises(ValueError, match="a pulse or a frame was dropped"):
        clock_from_frame_pulses(dropped, frames)
    start = clock_from_start_pulse(np.array([812.5, 900.0]), 0.0)
    assert start.offset_s == 812.5 and start.to_session([813.5])[0] == 1.0


@pytest.fixture
def synced(demo_cohort, tmp_path):
    """The demo photometry session with its photometry clock given a drift, and a Neurophotometrics
    digital-input table whose Input1 carries the camera's frame pulses on that clock."""
    src = next(f for f in demo_cohort if "m02_ses-01" in f.name)
    folder = tmp_path / src.name
    shutil.copytree(src, folder)
    meta = yaml.safe_load((folder / "session.yaml").read_text())
    t0 = meta["files"]["photometry"].pop("clock_offset_s")
    table = pd.read_csv(folder / "photometry.csv")
    table["SystemTimestamp"] = t0 + (table["SystemTimestamp"] - t0) * (1 + DRIFT)
    table.to_csv(folder / "photometry.csv", index=False)
    truth = json_truth(folder)
    frames = np.arange(truth["n_frames"]) / truth["fps"]
    pulses = t0 + frames * (1 + DRIFT) + np.random.default_rng(1).normal(0, 2e-4, frames.size)
    pd.DataFrame({"ChannelName": "Input1", "Channel": 1, "AlwaysTrue": True, "SystemTimestamp": pulses,
                  "ComputerTimestamp": pulses * 1000}).to_csv(folder / "digital.csv", index=False)
    meta["files"]["photometry"].update(digital_inputs="digital.csv", sync={"line": "Input1", "pulses": "camera_frames"})
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    return folder, meta, t0


def json_truth(folder):
    import json

    return json.loads((folder / "ground_truth.json").read_text())


def test_session_converts_on_the_fitted_clock(synced, tmp_path):
    from facevalence.converters import convert_session
    from facevalence.io.names import SIGNAL_SERIES
    from facevalence.io.nwb import open_nwb

    folder, meta, t0 = synced
    with open_nwb(convert_session(folder, tmp_path / "out")) as nwb:
        signal = nwb.acquisition[SIGNAL_SERIES]
        stamps = np.asarray(signal.get_timestamps())
        assert "fitted to" in signal.description and "camera-frame pulses on digital line Input1" in signal.description
        pulses = nwb.events["PhotometryDigitalInputs"].to_dataframe()
    raw = pd.read_csv(folder / "photometry.csv")
    true_session = (raw["SystemTimestamp"].to_numpy() - t0) / (1 + DRIFT)  # the generator's session clock
    led = raw["LedState"].to_numpy() & 7
    np.testing.assert_allclose(stamps, true_session[led == 2][: len(stamps)], atol=1e-3)
    # a bare offset would leave the drift in: the last samples would be off by more than a frame's worth
    assert abs((raw["SystemTimestamp"].iloc[-1] - t0) - true_session[-1]) > 5e-3
    frames = np.arange(json_truth(folder)["n_frames"]) / json_truth(folder)["fps"]
    np.testing.assert_allclose(pulses["timestamp"], frames, atol=1e-3)  # the camera's pulses land on its frames


def test_sync_problems_are_named(synced, tmp_path):
    folder, meta, t0 = synced
    digital = pd.read_csv(folder / "digital.csv")
    digital.iloc[: len(digital) // 2].to_csv(folder / "digital.csv", index=False)
    expect_input_error(folder, tmp_path, "digital.csv", "digital line Input1")  # half the frames have no pulse
    meta["files"]["photometry"]["sync"]["line"] = "Input3"
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    expect_input_error(folder, tmp_path, "digital.csv", "digital line Input3")
    meta["files"]["photometry"]["clock_offset_s"] = t0
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    expect_input_error(folder, tmp_path, "session.yaml", "files.photometry")
