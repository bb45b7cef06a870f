"""Treadmill or wheel running speed -> an NWB TimeSeries in processing["behavior"] (paper, Fig. S5A-C)."""

from __future__ import annotations

import numpy as np
from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile, TimeSeries

from facevalence.io.names import RUNNING_SERIES
from facevalence.io.running import read_running
from facevalence.io.session_yaml import RunningSpec


class RunningInterface(BaseDataInterface):
    """Running speed (cm/s) on the session clock from an encoder CSV or an IBL wheel table."""

    display_name = "Running speed"
    associated_suffixes = (".csv", ".tsv", ".pqt", ".parquet")
    info = "Treadmill/wheel encoder CSV (time_s + speed_cm_s | position_cm | counts) or IBL wheel parquet."

    def __init__(self, spec: RunningSpec, verbose: bool = False):
        super().__init__(file_path=str(spec.path), verbose=verbose)
        self.spec = spec
        self.recording = read_running(spec.path, spec.format, spec.counts_per_revolution, spec.wheel_diameter_cm)
        self.times = self.recording.times - spec.clock_offset_s  # device clock -> session clock

    def session_range(self) -> tuple[float, float]:
        """First and last sample on the session clock, s."""
        return float(self.times[0]), float(self.times[-1])

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        behavior = nwbfile.processing.get("behavior") or nwbfile.create_processing_module(
            "behavior", "Processed behavioral data (face pose, landmarks, running).")
        offset = f"; clock offset {self.spec.clock_offset_s:g} s removed" if self.spec.clock_offset_s else ""
        times = np.asarray(self.times, float)
        step = np.diff(times)
        # a regular clock (a position resampled on its grid) is stored as a start and a rate (NWB best practice)
        clock = {"starting_time": float(times[0]), "rate": float(1.0 / step.mean())} if len(step) and np.allclose(
            step, step.mean(), rtol=1e-6, atol=0) else {"timestamps": times}
        behavior.add(TimeSeries(name=RUNNING_SERIES, data=np.asarray(self.recording.speed, float), unit="cm/s",
                                description=f"Running speed (magnitude): {self.recording.description}{offset}.", **clock))
