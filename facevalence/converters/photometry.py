"""Fiber photometry -> ndx-fiber-photometry: signal and control series with their devices."""

from __future__ import annotations

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
from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile

from facevalence.io.names import CONTROL_SERIES, SIGNAL_SERIES
from facevalence.io.photometry import PhotometryRecording, read_photometry
from facevalence.io.session_yaml import PhotometrySpec

EMISSION_NM = {"isosbestic": 525.0, "red": 590.0, "other": 525.0}
DETECTOR = {"neurophotometrics": ("Neurophotometrics", "CMOS"), "pyphotometry": ("pyPhotometry", "photodiode"),
            "ibl": ("Neurophotometrics", "CMOS"), "nwb": ("unknown (from an NWB file)", "unknown")}


class PhotometryInterface(BaseDataInterface):
    """Neurophotometrics CSV, pyPhotometry .ppd, IBL parquet or another tool's NWB, demultiplexed into a signal
    series (e.g. 470 nm GCaMP) and a control series (isosbestic 405-415 nm or a red channel),
    each at its own timestamps shifted onto the session clock by ``clock_offset_s``."""

    display_name = "Fiber photometry"
    associated_suffixes = (".csv", ".ppd", ".pqt", ".parquet", ".nwb")
    info = "Fiber photometry recording (Neurophotometrics, pyPhotometry, IBL, NWB from other tools)."

    def __init__(self, spec: PhotometrySpec, verbose: bool = False):
        super().__init__(file_path=str(spec.path), verbose=verbose)
        self.spec = spec
        self.recording: PhotometryRecording = read_photometry(
            spec.path, spec.format, spec.rois, spec.signal_wavelength, spec.control_wavelength
        )

    def session_range(self) -> tuple[float, float]:
        """First and last sample time of either channel on the session clock."""
        rec, off = self.recording, self.spec.clock_offset_s
        return (min(rec.signal.timestamps[0], rec.control.timestamps[0]) - off,
                max(rec.signal.timestamps[-1], rec.control.timestamps[-1]) - off)

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        rec, spec = self.recording, self.spec
        maker, detector_type = DETECTOR[rec.format]
        fiber_model = OpticalFiberModel(name="PhotometryFiberModel", manufacturer="unknown", numerical_aperture=0.48,
                                        core_diameter_in_um=400.0, description="Photometry fiber.")
        detector_model = PhotodetectorModel(name="PhotodetectorModel", manufacturer=maker, detector_type=detector_type,
                                            description=f"{maker} {detector_type} detector.")
        source_model = ExcitationSourceModel(name="PhotometryLEDModel", manufacturer=maker, source_type="LED",
                                             excitation_mode="one-photon", description=f"{maker} excitation LEDs.")
        for obj in (fiber_model, detector_model, source_model):
            nwbfile.add_device_model(obj)
        detector = Photodetector(name="Photodetector", description="Photometry detector.", model=detector_model)
        nwbfile.add_device(detector)
        indicator = Indicator(name="indicator", label=spec.indicator, description=f"{spec.indicator} in {spec.location}.")
        table = FiberPhotometryTable(name="fiber_photometry_table", description="Fibers and excitation channels.")
        fibers = {}
        for roi in rec.signal.rois:
            fibers[roi] = OpticalFiber(name=f"Fiber_{roi}", description=f"Photometry fiber, ROI {roi}.", model=fiber_model,
                                       fiber_insertion=FiberInsertion(name="fiber_insertion"))
            nwbfile.add_device(fibers[roi])
        rows = {}
        for role, channel in (("signal", rec.signal), ("control", rec.control)):
            source = ExcitationSource(name=f"LED{channel.wavelength_nm:g}nm", model=source_model,
                                      description=f"{channel.wavelength_nm:g} nm excitation ({role}).")
            nwbfile.add_device(source)
            kind = "signal" if role == "signal" else rec.control_kind
            emission = 525.0 if role == "signal" else EMISSION_NM[rec.control_kind]
            # the control's columns pair with the signal's by position (names may differ, e.g. in NWB input)
            for roi, fiber_roi in zip(channel.rois, rec.signal.rois, strict=False):
                rows[(role, roi)] = len(table)
                table.add_row(location=spec.location, excitation_wavelength_in_nm=channel.wavelength_nm,
                              emission_wavelength_in_nm=emission, indicator=indicator, optical_fiber=fibers[fiber_roi],
                              excitation_source=source, photodetector=detector, notes=f"{kind}; ROI {roi}")
        nwbfile.add_lab_meta_data(FiberPhotometry(
            name="fiber_photometry", fiber_photometry_table=table,
            fiber_photometry_indicators=FiberPhotometryIndicators(indicators=[indicator]),
        ))
        for role, name, channel in (("signal", SIGNAL_SERIES, rec.signal), ("control", CONTROL_SERIES, rec.control)):
            region = table.create_fiber_photometry_table_region(
                region=[rows[(role, roi)] for roi in channel.rois], description=f"{role} channel rows")
            what = "signal" if role == "signal" else f"control ({rec.control_kind})"
            nwbfile.add_acquisition(FiberPhotometryResponseSeries(
                name=name,
                description=f"Raw fluorescence, {channel.wavelength_nm:g} nm excitation, {what}; "
                            f"source {rec.format} file {rec.path.name}; ROIs {', '.join(channel.rois)}.",
                data=channel.data,
                unit="a.u.",
                timestamps=channel.timestamps - spec.clock_offset_s,
                fiber_photometry_table_region=region,
            ))
