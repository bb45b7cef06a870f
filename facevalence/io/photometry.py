"""Fiber-photometry readers: Neurophotometrics CSV, pyPhotometry .ppd and IBL parquet.

Each reader returns a :class:`PhotometryRecording` with the signal channel (e.g. 470 nm
GCaMP) and the control channel (405/410/415 nm isosbestic, or a red channel such as
tdTomato) demultiplexed, each at its own timestamps in seconds on the device clock.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from facevalence.errors import InputError

#: Neurophotometrics LedState: the low 3 bits say which LED was on - 1 the isosbestic LED
#: (415 nm on most systems; 405 or 410 nm on others), 2 the blue LED (470 or 465 nm), 4 the
#: 560 nm LED; higher bits flag digital inputs that were high (see PROVENANCE.md).
NPM_LED_BITS = {1: 415.0, 2: 470.0, 4: 560.0}
ISOSBESTIC_NM = (400.0, 420.0)
BLUE_NM = (460.0, 475.0)
_ROI = re.compile(r"^(G|R)\d+$")


@dataclass(frozen=True)
class PhotometryChannel:
    """One excitation channel: ``data`` (samples, rois) at ``timestamps`` (samples,)."""

    wavelength_nm: float
    timestamps: np.ndarray
    data: np.ndarray
    rois: tuple[str, ...]

    @property
    def rate_hz(self) -> float:
        return float(1.0 / np.median(np.diff(self.timestamps)))


@dataclass(frozen=True)
class PhotometryRecording:
    path: Path
    format: str
    signal: PhotometryChannel
    control: PhotometryChannel
    control_kind: str  # "isosbestic" | "red" | "other"
    events: dict[str, np.ndarray] = field(default_factory=dict)


def control_kind(wavelength_nm: float) -> str:
    """Name the control channel from its excitation wavelength: 400-420 nm is isosbestic for GCaMP."""
    if 400.0 <= wavelength_nm <= 420.0:
        return "isosbestic"
    if wavelength_nm >= 540.0:
        return "red"
    return "other"


def _check_channel(path: Path, name: str, ch: PhotometryChannel) -> None:
    if len(ch.timestamps) < 2:
        raise InputError(path, name, f"{ch.wavelength_nm:g} nm channel has fewer than 2 samples")
    steps = np.diff(ch.timestamps)
    if not np.isfinite(ch.timestamps).all() or (steps <= 0).any():
        i = int(np.flatnonzero(~(steps > 0))[0]) if (~(steps > 0)).any() else 0
        raise InputError(path, name, f"timestamps of the {ch.wavelength_nm:g} nm channel are not strictly increasing (sample {i + 1})")
    if ch.data.shape[0] != len(ch.timestamps):
        raise InputError(path, name, f"{ch.data.shape[0]} values but {len(ch.timestamps)} timestamps")


def _pair(path: Path, field_name: str, sig: PhotometryChannel, ctl: PhotometryChannel) -> tuple[PhotometryChannel, PhotometryChannel]:
    """Interleaved channels may differ by one trailing frame; more is an error."""
    n_sig, n_ctl = len(sig.timestamps), len(ctl.timestamps)
    if abs(n_sig - n_ctl) > 1:
        raise InputError(
            path, field_name,
            f"channels of unequal length: {sig.wavelength_nm:g} nm has {n_sig} samples, {ctl.wavelength_nm:g} nm has {n_ctl}",
        )
    n = min(n_sig, n_ctl)
    sig = PhotometryChannel(sig.wavelength_nm, sig.timestamps[:n], sig.data[:n], sig.rois)
    ctl = PhotometryChannel(ctl.wavelength_nm, ctl.timestamps[:n], ctl.data[:n], ctl.rois)
    _check_channel(path, field_name, sig)
    _check_channel(path, field_name, ctl)
    return sig, ctl


def _select_rois(path: Path, available: list[str], wanted: tuple[str, ...]) -> list[str]:
    if not available:
        raise InputError(path, "rois", "no ROI columns (G0, G1, ... or R0, ...) found")
    if not wanted:
        return available
    missing = [r for r in wanted if r not in available]
    if missing:
        raise InputError(path, "rois", f"{missing} not in the file's ROIs {available}")
    return list(wanted)


def read_neurophotometrics(path: str | Path, rois: tuple[str, ...] = (), signal_nm: float = 470.0,
                           control_nm: float = 415.0) -> PhotometryRecording:
    """Read a Neurophotometrics (Bonsai) CSV with interleaved LED frames."""
    path = Path(path)
    try:
        table = pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise InputError(path, "file", f"not a readable CSV: {err}") from None
    time_col = next((c for c in ("SystemTimestamp", "Timestamp", "ComputerTimestamp") if c in table.columns), None)
    if time_col is None:
        raise InputError(path, "SystemTimestamp", "missing timestamp column")
    if "LedState" not in table.columns:
        raise InputError(path, "LedState", "missing column")
    roi_names = _select_rois(path, [c for c in table.columns if _ROI.match(str(c))], rois)
    led = pd.to_numeric(table["LedState"], errors="coerce").fillna(0).astype(int).to_numpy() & 7
    times = pd.to_numeric(table[time_col], errors="coerce").to_numpy(float)
    if time_col == "ComputerTimestamp":
        times = times / 1000.0
    values = table[roi_names].apply(pd.to_numeric, errors="coerce").to_numpy(float)
    # label each LED with the wavelength session.yaml declares for it (405/410/415, 465/470)
    labels = dict(NPM_LED_BITS)
    for nm in (signal_nm, control_nm):
        if ISOSBESTIC_NM[0] <= nm <= ISOSBESTIC_NM[1]:
            labels[1] = nm
        elif BLUE_NM[0] <= nm <= BLUE_NM[1]:
            labels[2] = nm
    channels = {}
    for bit, nm in labels.items():
        rows = led == bit
        channels[nm] = PhotometryChannel(nm, times[rows], values[rows], tuple(roi_names))
    for nm in (signal_nm, control_nm):
        if nm not in channels or len(channels[nm].timestamps) == 0:
            present = sorted(k for k, c in channels.items() if len(c.timestamps))
            raise InputError(path, "LedState", f"no {nm:g} nm frames (LED channels present: {present})")
    sig, ctl = _pair(path, "LedState", channels[signal_nm], channels[control_nm])
    return PhotometryRecording(path, "neurophotometrics", sig, ctl, control_kind(control_nm))


def read_pyphotometry(path: str | Path, signal_nm: float = 470.0, control_nm: float = 560.0) -> PhotometryRecording:
    """Read a pyPhotometry .ppd file (2-colour modes).

    Layout: 2-byte little-endian header length, a JSON header, then uint16 samples
    alternating analog 1 and analog 2; ``analog = v >> 1`` and ``digital = v & 1`` (digital
    input 1 rides on analog 1, input 2 on analog 2). Volts = analog * volts_per_division.
    """
    path = Path(path)
    raw = path.read_bytes()
    if len(raw) < 2:
        raise InputError(path, "header", "file too short")
    n_header = int.from_bytes(raw[:2], "little")
    try:
        header = json.loads(raw[2 : 2 + n_header])
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(path, "header", f"not a pyPhotometry JSON header: {err}") from None
    mode = str(header.get("mode", ""))
    if "2 colour" not in mode:
        raise InputError(path, "mode", f"only 2-colour acquisition modes are supported, file has {mode!r}")
    rate = header.get("sampling_rate")
    vpd = header.get("volts_per_division")
    if not rate or not vpd or len(vpd) < 2:
        raise InputError(path, "sampling_rate", "header lacks sampling_rate or volts_per_division")
    body = raw[2 + n_header :]
    if len(body) % 4:
        body = body[: len(body) - len(body) % 4]
    samples = np.frombuffer(body, dtype="<u2").reshape(-1, 2)
    analog = (samples >> 1).astype(float) * np.asarray(vpd[:2], float)
    digital = (samples & 1).astype(bool)
    t = np.arange(len(samples)) / float(rate)
    sig = PhotometryChannel(signal_nm, t, analog[:, :1], ("analog_1",))
    ctl = PhotometryChannel(control_nm, t.copy(), analog[:, 1:2], ("analog_1",))
    sig, ctl = _pair(path, "samples", sig, ctl)
    events = {}
    for i in range(2):
        rising = np.flatnonzero(np.diff(digital[:, i].astype(int)) == 1) + 1
        if len(rising):
            events[f"digital_{i + 1}"] = t[rising]
    return PhotometryRecording(path, "pyphotometry", sig, ctl, control_kind(control_nm), events)


def read_ibl_parquet(path: str | Path, rois: tuple[str, ...] = (), signal_nm: float = 470.0,
                     control_nm: float = 415.0) -> PhotometryRecording:
    """Read an IBL ``photometry.signal.pqt`` (columns ``times, wavelength, name, valid, G0, ...``)."""
    path = Path(path)
    try:
        table = pd.read_parquet(path)
    except Exception as err:  # pyarrow raises several types
        raise InputError(path, "file", f"not a readable parquet file: {err}") from None
    for col in ("times", "wavelength"):
        if col not in table.columns:
            raise InputError(path, col, "missing column")
    roi_names = _select_rois(path, [c for c in table.columns if _ROI.match(str(c))], rois)
    wl = table["wavelength"].to_numpy(float)
    times = table["times"].to_numpy(float)
    values = table[roi_names].to_numpy(float)
    chans = {}
    for nm in (signal_nm, control_nm):
        rows = wl == nm
        if not rows.any():
            raise InputError(path, "wavelength", f"no {nm:g} nm frames (present: {sorted(set(wl[np.isfinite(wl)]))})")
        chans[nm] = PhotometryChannel(nm, times[rows], values[rows], tuple(roi_names))
    sig, ctl = _pair(path, "wavelength", chans[signal_nm], chans[control_nm])
    return PhotometryRecording(path, "ibl", sig, ctl, control_kind(control_nm))


#: The control channel each format usually carries when session.yaml names none.
DEFAULT_CONTROL_NM = {"neurophotometrics": 415.0, "pyphotometry": 560.0, "ibl": 415.0}


def read_photometry(path: str | Path, fmt: str, rois: tuple[str, ...] = (), signal_nm: float = 470.0,
                    control_nm: float | None = None) -> PhotometryRecording:
    """Dispatch on ``fmt`` (neurophotometrics | pyphotometry | ibl)."""
    if control_nm is None:
        control_nm = DEFAULT_CONTROL_NM.get(fmt, 415.0)
    if fmt == "neurophotometrics":
        return read_neurophotometrics(path, rois, signal_nm, control_nm)
    if fmt == "pyphotometry":
        return read_pyphotometry(path, signal_nm, control_nm)
    if fmt == "ibl":
        return read_ibl_parquet(path, rois, signal_nm, control_nm)
    raise InputError(path, "format", f"unknown photometry format {fmt!r}")
