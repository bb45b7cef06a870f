"""Drug injection of a drug session -> an NWB EventsTable (paper, Fig. 3: 15 min baseline, i.p. injection, 60 min)."""

from __future__ import annotations

from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile
from pynwb.event import EventsTable

from facevalence.io.names import INJECTION_TABLE
from facevalence.io.session_yaml import InjectionSpec


class InjectionInterface(BaseDataInterface):
    """The time, drug, dose and route of the session's injection, from ``session.injection`` in session.yaml."""

    display_name = "Drug injection"
    associated_suffixes = ()
    info = "Injection event of a drug session (session.yaml)."

    def __init__(self, injection: InjectionSpec, verbose: bool = False):
        super().__init__(verbose=verbose)
        self.injection = injection

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        inj = self.injection
        table = EventsTable(name=INJECTION_TABLE, description="Drug injection (time on the session clock).")
        table.add_column("drug", "Drug injected (saline, ethanol, LiCl, DOM, ...).")
        table.add_column("dose", "Dose as written in session.yaml, e.g. '2 g/kg'.")
        table.add_column("route", "Route of administration, e.g. 'i.p.'.")
        table.add_row(timestamp=inj.time_s, drug=inj.drug, dose=inj.dose, route=inj.route)
        nwbfile.add_events_table(table)
