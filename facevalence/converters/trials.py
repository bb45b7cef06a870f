"""Stimulus log -> NWB trials table (start, stop, stimulus, valence) and TTL events."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile
from pynwb.event import EventsTable

from facevalence.io.logs import read_ibl_trials, read_stimulus_log

EVENTS_TABLE = "StimulusTTL"


class TrialsInterface(BaseDataInterface):
    """One trial per stimulus presentation; the onsets are also stored as TTL events."""

    display_name = "Stimulus log"
    associated_suffixes = (".csv", ".tsv", ".pqt", ".parquet")
    info = "Stimulus log CSV with onset_s, stimulus, duration_s; or an IBL trials table (parquet)."

    def __init__(self, file_path: str | Path, valence: dict[str, str], align_to: str = "feedback_times",
                 table: pd.DataFrame | None = None, verbose: bool = False):
        """``table`` (start_time, stop_time, stimulus, valence) when the deliveries come from
        elsewhere than a log file, e.g. the photometry file's TTLs (``file_path`` names that file)."""
        super().__init__(file_path=str(file_path), verbose=verbose)
        if table is not None:
            self.table: pd.DataFrame = table
        elif Path(file_path).suffix.lower() in (".pqt", ".parquet"):
            self.table = read_ibl_trials(file_path, valence, align_to)
        else:
            self.table = read_stimulus_log(file_path, valence)
        #: Laser epochs (start_time, stop_time) of the session, set by the converter when there is a laser log.
        self.laser_epochs: pd.DataFrame | None = None

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        laser_epochs = self.laser_epochs
        nwbfile.add_trial_column("stimulus", "Stimulus presented (sucrose, nacl, bitter, shock, water, ...).")
        nwbfile.add_trial_column("valence", "Valence of the stimulus: positive, negative or neutral.")
        nwbfile.add_trial_column("laser_on", "Whether an optogenetic laser epoch overlapped the stimulus.")
        for row in self.table.itertuples(index=False):
            on = False
            if laser_epochs is not None and len(laser_epochs):
                on = bool(((laser_epochs.start_time < row.stop_time) & (laser_epochs.stop_time > row.start_time)).any())
            nwbfile.add_trial(start_time=row.start_time, stop_time=row.stop_time, stimulus=row.stimulus,
                              valence=row.valence, laser_on=on)
        events = EventsTable(name=EVENTS_TABLE, description="Stimulus onsets of the trials.",
                             source_description=Path(self.source_data["file_path"]).name)
        events.add_column("stimulus", "Stimulus delivered at this TTL.")
        for row in self.table.itertuples(index=False):
            events.add_row(timestamp=row.start_time, duration=row.stop_time - row.start_time, stimulus=row.stimulus)
        nwbfile.add_events_table(events)
