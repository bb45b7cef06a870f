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
from facevalence.io.photometry import (
    PhotometryRecording,
    read_ibl_parquet,
    read_neurophotometrics,
    read_nwb_photometry,
    read_pyphotometry,
)
from facevalence.io.session_yaml import PhotometrySpec

EMISSION_NM = {"isosbestic": 525.0, "red": 590.0, "other": 525.0}


class _PhotometryInterface(BaseDataInterface):
    """What every photometry format shares: a signal series (e.g. 470 nm GCaMP) and a control series
    (isosbestic 405-415 nm or a red channel) with their devices (ndx-fiber-photometry), each at its
    own timestamps shifted onto the session clock by ``clock_offset_s``. A subclass per acquisition
    format reads its files (as NeuroConv has one interface per format)."""

    format: str = ""
    detector: tuple[str, str] = ("unknown", "unknown")  # (maker, detector type)

    def __init__(self, spec: PhotometrySpec, verbose: bool = False):
        super().__init__(file_path=str(spec.path), verbose=verbose)
        self.spec = spec
        self.recording: PhotometryRecording = self.read(spec, spec.control_wavelength)

    def read(self, spec: PhotometrySpec, control_nm: float | None) -> PhotometryRecording:
        raise NotImplementedError


    def session_range(self) -> tuple[float, float]:
        """First and last sample time of either channel on the session clock."""
        rec, off = self.recording, self.spec.clock_offset_s
        return (min(rec.signal.timestamps[0], rec.control.timestamps[0]) - off,
                max(rec.signal.timestamps[-1], rec.control.timestamps[-1]) - off)

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        rec, spec = self.recording, self.spec
        maker, detector_type = self.detector
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


class NeurophotometricsInterface(_PhotometryInterface):
    """Neurophotometrics (Bonsai) CSV with LED-interleaved frames."""

    display_name = "Neurophotometrics"
    associated_suffixes = (".csv",)
    info = "Neurophotometrics FP3002 recording written by Bonsai."
    format, detector = "neurophotometrics", ("Neurophotometrics", "CMOS")

    def read(self, spec, control_nm):
        return read_neurophotometrics(spec.path, spec.rois, spec.signal_wavelength, control_nm)


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
