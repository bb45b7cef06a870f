"""Laser log -> ndx-optogenetics epochs (paper: 589 nm, 20 Hz, 10 ms pulses, 5 s epochs)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ndx_ophys_devices import (
    Effector,
    ExcitationSource,
    ExcitationSourceModel,
    FiberInsertion,
    OpticalFiber,
    OpticalFiberModel,
)
from ndx_optogenetics import (
    OptogeneticEffectors,
    OptogeneticEpochsTable,
    OptogeneticExperimentMetadata,
    OptogeneticSitesTable,
)
from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile

from facevalence.io.logs import read_laser_log
from facevalence.io.names import OPTO_EPOCHS


class OptogeneticsInterface(BaseDataInterface):
    """Laser epochs from a laser log CSV, with the site, fiber, laser and effector described."""

    display_name = "Laser log"
    associated_suffixes = (".csv", ".tsv")
    info = "Laser log CSV with onset_s, duration_s and optional pulse parameters."

    def __init__(self, file_path: str | Path, effector: str = "eNpHR3.0", location: str = "unknown", verbose: bool = False):
        super().__init__(file_path=str(file_path), verbose=verbose)
        self.epochs = read_laser_log(file_path)
        self.effector = effector
        self.location = location

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        wavelength = float(self.epochs["wavelength_nm"].iloc[0])
        laser_model = ExcitationSourceModel(
            name="OptogeneticLaserModel", manufacturer="unknown", source_type="laser", excitation_mode="one-photon",
            description=f"{wavelength:g} nm laser for optogenetic inhibition.", wavelength_range_in_nm=[wavelength, wavelength],
        )
        laser = ExcitationSource(name="OptogeneticLaser", description="Optogenetic laser.", model=laser_model)
        fiber_model = OpticalFiberModel(name="OptogeneticFiberModel", manufacturer="unknown", numerical_aperture=0.39,
                                        core_diameter_in_um=200.0, description="Optogenetic fiber.")
        fiber = OpticalFiber(name="OptogeneticFiber", description="Optogenetic fiber implant.", model=fiber_model,
                             fiber_insertion=FiberInsertion(name="fiber_insertion", hemisphere="right"))
        for obj in (laser_model, fiber_model):
            nwbfile.add_device_model(obj)
        for obj in (laser, fiber):
            nwbfile.add_device(obj)
        effector = Effector(name="effector", description=f"{self.effector} expressed at {self.location}.", label=self.effector)
        sites = OptogeneticSitesTable(description="Optogenetic stimulation sites.")
        sites.add_row(excitation_source=laser, optical_fiber=fiber, effector=effector)
        nwbfile.add_lab_meta_data(OptogeneticExperimentMetadata(
            stimulation_software="laser log",
            optogenetic_sites_table=sites,
            optogenetic_effectors=OptogeneticEffectors(effectors=[effector]),
        ))
        table = OptogeneticEpochsTable(name=OPTO_EPOCHS, description="Laser-on epochs from the laser log.",
                                       target_tables={"optogenetic_sites": sites})
        for row in self.epochs.itertuples(index=False):
            duration_ms = (row.stop_time - row.start_time) * 1000.0
            period = 1000.0 / row.frequency_hz
            table.add_row(
                start_time=row.start_time, stop_time=row.stop_time, stimulation_on=True,
                pulse_length_in_ms=row.pulse_width_ms, period_in_ms=period,
                number_pulses_per_pulse_train=int(np.floor(duration_ms / period)), number_trains=1,
                intertrain_interval_in_ms=0.0, power_in_mW=row.power_mw, wavelength_in_nm=row.wavelength_nm,
                optogenetic_sites=[0],
            )
        nwbfile.add_time_intervals(table)
