"""Fiber photometry -> ndx-fiber-photometry: signal and control series with their devices."""

from __future__ import annotations

import numpy as np
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
from pynwb.event import EventsTable

from facevalence.io.names import CONTROL_SERIES, SIGNAL_SERIES
from facevalence.io.photometry import (
    PhotometryRecording,
    read_ibl_parquet,
    read_neurophotometrics,
    read_nwb_photometry,
    read_pyphotometry,
)
from facevalence.io.session_yaml import PhotometrySpec
from facevalence.methods.sync import ClockMap

#: Emission of the control channel when session.yaml names none: an isosbestic control is read in
#: the signal's green band, a red control (tdTomato, jRGECO) in the red band.
CONTROL_EMISSION_NM = {"isosbestic": 525.0, "red": 590.0, "other": 525.0}
DIGITAL_EVENTS = "PhotometryDigitalInputs"


def regular_rate(timestamps: np.ndarray) -> float | None:
    """The sampling rate when ``timestamps`` are regular to 1 part in 10^6 of a step (store a rate,
    not every timestamp: nwbinspector's check_regular_timestamps), else None."""
    if len(timestamps) < 3:
        return None
    steps = np.diff(timestamps)
    step = (timestamps[-1] - timestamps[0]) / (len(timestamps) - 1)
    return float(1.0 / step) if step > 0 and np.abs(steps - step).max() <= 1e-6 * step else None


class _PhotometryInterface(BaseDataInterface):
    """What every photometry format shares: a signal series (e.g. 470 nm GCaMP) and a control series
    (isosbestic 405-415 nm or a red channel) with their devices (ndx-fiber-photometry), each at its
    own timestamps mapped onto the session clock (``clock_offset_s``, or a sync line the session
    converter fits). A subclass per acquisition
    format reads its files (as NeuroConv has one interface per format)."""

    format: str = ""
    detector: tuple[str, str] = ("unknown", "unknown")  # (maker, detector type)

    def __init__(self, spec: PhotometrySpec, verbose: bool = False):
        super().__init__(file_path=str(spec.path), verbose=verbose)
        self.spec = spec
        self.recording: PhotometryRecording = self.read(spec, spec.control_wavelength)
        #: Device clock -> session clock; the session converter replaces it when a sync line aligns them.
        self.clock = ClockMap(spec.clock_offset_s)

    def read(self, spec: PhotometrySpec, control_nm: float | None) -> PhotometryRecording:
        raise NotImplementedError


    def session_range(self) -> tuple[float, float]:
        """First and last sample time of either channel on the session clock."""
        rec = self.recording
        first, last = self.clock.to_session([min(rec.signal.timestamps[0], rec.control.timestamps[0]),
                                             max(rec.signal.timestamps[-1], rec.control.timestamps[-1])])
        return float(first), float(last)

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        rec, spec = self.recording, self.spec
        maker, detector_type = self.detector
        fiber_model = OpticalFiberModel(name="PhotometryFiberModel", manufacturer="unknown", numerical_aperture=spec.fiber_na,
                                        core_diameter_in_um=spec.fiber_core_um, description="Photometry fiber.")
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
            emission = spec.signal_emission_nm if role == "signal" else (
                spec.control_emission_nm or CONTROL_EMISSION_NM[rec.control_kind])
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
            stamps = self.clock.to_session(channel.timestamps)
            rate = regular_rate(stamps)
            clock = {"starting_time": float(stamps[0]), "rate": rate} if rate else {"timestamps": stamps}
            nwbfile.add_acquisition(FiberPhotometryResponseSeries(
                name=name,
                description=f"Raw fluorescence, {channel.wavelength_nm:g} nm excitation, {what}; "
                            f"source {rec.format} file {rec.path.name}; ROIs {', '.join(channel.rois)}; "
                            f"{self.clock.describe()}.",
                data=channel.data,
                unit="a.u.",
                fiber_photometry_table_region=region,
                **clock,
            ))
        self._add_digital(nwbfile)

    def _add_digital(self, nwbfile: NWBFile) -> None:
        """Every digital input of the acquisition file, as events on the session clock, whether or not
        it became a trial (the raw acquisition record)."""
        lines = {name: line for name, line in self.recording.digital.items() if len(line.rising)}
        if not lines:
            return
        rows = []
        for name, line in lines.items():
            widths = line.widths_s()
            for k, t in enumerate(line.rising):
                width = np.nan if widths is None else widths[k]
                rows.append((float(self.clock.to_session(t)), name, float(width / self.clock.scale)))
        rows.sort()
        source = self.spec.digital_inputs.name if self.spec.digital_inputs else self.recording.path.name
        table = EventsTable(name=DIGITAL_EVENTS, description="Rising edges of the photometry system's digital inputs "
                            "(TTLs), on the session clock; pulse_width_s is NaN where the file records no falling edge.",
                            source_description=f"{self.display_name} digital inputs, {source}")
        table.add_column("line", "Digital input line.")
        table.add_column("pulse_width_s", "Time from this rising edge to the next falling edge, s (NaN: not recorded).")
        for t, name, width in rows:
            table.add_row(timestamp=t, line=name, pulse_width_s=width)
        nwbfile.add_events_table(table)


class NeurophotometricsInterface(_PhotometryInterface):
    """Neurophotometrics (Bonsai) frames with interleaved LEDs, CSV or parquet, and its digital inputs."""

    display_name = "Neurophotometrics"
    associated_suffixes = (".csv", ".pqt", ".parquet")
    info = "Neurophotometrics FP3002 recording written by Bonsai."
    format, detector = "neurophotometrics", ("Neurophotometrics", "CMOS")

    def read(self, spec, control_nm):
        return read_neurophotometrics(spec.path, spec.rois, spec.signal_wavelength, control_nm, spec.digital_inputs)


class PyPhotometryInterface(_PhotometryInterface):
    """pyPhotometry .ppd (2-colour modes; the control is the red channel unless told otherwise)."""

    display_name = "pyPhotometry"
    associated_suffixes = (".ppd",)
    info = "pyPhotometry acquisition board recording."
    format, detector = "pyphotometry", ("pyPhotometry", "photodiode")

    def read(self, spec, control_nm):
        return read_pyphotometry(spec.path, spec.signal_wavelength, control_nm)


class IBLPhotometryInterface(_PhotometryInterface):
    """IBL ``photometry.signal.pqt`` (frames flagged invalid are left out)."""

    display_name = "IBL photometry"
    associated_suffixes = (".pqt", ".parquet")
    info = "International Brain Laboratory photometry table (Neurophotometrics rigs)."
    format, detector = "ibl", ("Neurophotometrics", "CMOS")

    def read(self, spec, control_nm):
        return read_ibl_parquet(spec.path, spec.rois, spec.signal_wavelength, control_nm)


class NWBPhotometryInterface(_PhotometryInterface):
    """Fiber photometry from an NWB file written by another tool (every FiberPhotometryResponseSeries)."""

    display_name = "NWB photometry"
    associated_suffixes = (".nwb",)
    info = "ndx-fiber-photometry series of another tool's NWB file."
    format, detector = "nwb", ("unknown (from an NWB file)", "unknown")

    def read(self, spec, control_nm):
        return read_nwb_photometry(spec.path, spec.rois, spec.signal_wavelength, control_nm)


#: The interface of each ``files.photometry.format`` of session.yaml.
PHOTOMETRY_INTERFACES = {cls.format: cls for cls in (NeurophotometricsInterface, PyPhotometryInterface,
                                                     IBLPhotometryInterface, NWBPhotometryInterface)}


def photometry_interface(spec: PhotometrySpec, verbose: bool = False) -> _PhotometryInterface:
    """The interface for ``spec.format`` (session.yaml has already refused unknown formats)."""
    return PHOTOMETRY_INTERFACES[spec.format](spec, verbose=verbose)
