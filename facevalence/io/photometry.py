"""Fiber-photometry readers: Neurophotometrics CSV, pyPhotometry .ppd, IBL parquet and NWB files
written by other tools (ndx-fiber-photometry).

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
from facevalence.io.logs import read_parquet
from facevalence.io.session_yaml import TTLStimulusSpec
from facevalence.methods.sync import ClockMap

#: Neurophotometrics LedState: the low 3 bits say which LED was on - 1 the isosbestic LED
#: (415 nm on most systems; 405 or 410 nm on others), 2 the blue LED (470 or 465 nm), 4 the
#: 560 nm LED; higher bits flag digital inputs that were high (see PROVENANCE.md).
NPM_LED_BITS = {1: 415.0, 2: 470.0, 4: 560.0}
ISOSBESTIC_NM = (400.0, 420.0)
BLUE_NM = (460.0, 475.0)
#: ROI columns: ``G0``/``R0`` (older Bonsai workflows, IBL) or ``Region0G``/``Region0R`` (FP3002 software).
_ROI = re.compile(r"^(?:[GR]\d+|Region\d+[GR])$")
#: Bonsai names the LED-state column LedState or Flags, and the time column by rig generation.
NPM_LED_COLUMNS = ("LedState", "Flags")
NPM_TIME_COLUMNS = ("SystemTimestamp", "Timestamp", "ComputerTimestamp")


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
class DigitalLine:
    """One digital input of the acquisition system: its rising edges, and its falling edges where
    the file records them (seconds, device clock)."""

    rising: np.ndarray
    falling: np.ndarray | None = None

    def widths_s(self) -> np.ndarray | None:
        """Width of each pulse (the first falling edge after each rising one); None without falling
        edges, NaN for a pulse still high when the recording ended."""
        if self.falling is None:
            return None
        after = np.searchsorted(self.falling, self.rising, side="right")
        ends = np.append(self.falling, np.nan)[after]
        nxt = np.append(self.rising[1:], np.inf)
        return np.where(ends < nxt, ends - self.rising, np.nan)


@dataclass(frozen=True)
class PhotometryRecording:
    path: Path
    format: str
    signal: PhotometryChannel
    control: PhotometryChannel
    control_kind: str  # "isosbestic" | "red" | "other"
    digital: dict[str, DigitalLine] = field(default_factory=dict)  # line name -> edges


#: The control channel each format usually carries when session.yaml names none (None: the
#: file says, as NWB does).
DEFAULT_CONTROL_NM = {"neurophotometrics": 415.0, "pyphotometry": 560.0, "ibl": 415.0, "nwb": None}


def control_kind(wavelength_nm: float) -> str:
    """Name the control channel from its excitation wavelength (paper, Methods "Fiber photometry":
    405-415 nm isosbestic control).

    Parameters
    ----------
    wavelength_nm : float

    Returns
    -------
    str
        ``"isosbestic"`` (400-420 nm, for GCaMP), ``"red"`` (>= 540 nm) or ``"other"``.
    """
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
    for j, roi in enumerate(ctl.rois):
        values = ctl.data[:, j][np.isfinite(ctl.data[:, j])]
        if values.size < 3 or np.ptp(values) == 0:
            raise InputError(path, field_name, f"the {ctl.wavelength_nm:g} nm control channel of {roi} is constant or empty; "
                                               "it cannot be fitted to the signal")
    return sig, ctl


def _select_rois(path: Path, columns: list, wanted: tuple[str, ...]) -> list[str]:
    available = [str(c) for c in columns if _ROI.match(str(c))]
    if not available:
        raise InputError(path, "rois", f"no ROI columns (G0, R0, Region0G, Region0R, ...) among the file's columns "
                                       f"{[str(c) for c in columns]}{f'; session.yaml asked for {list(wanted)}' if wanted else ''}")
    if not wanted:
        return available
    missing = [r for r in wanted if r not in available]
    if missing:
        raise InputError(path, "rois", f"session.yaml asks for {missing}; the file's ROI columns are {available}")
    return list(wanted)


def _read_npm_table(path: Path) -> pd.DataFrame:
    if path.suffix.lower() in (".pqt", ".parquet"):
        return read_parquet(path)
    try:
        return pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise InputError(path, "file", f"not a readable CSV: {err}") from None


def _npm_times(path: Path, table: pd.DataFrame, columns: tuple[str, ...] = NPM_TIME_COLUMNS) -> np.ndarray:
    col = next((c for c in columns if c in table.columns), None)
    if col is None:
        raise InputError(path, columns[0], f"missing timestamp column: none of {', '.join(columns)} among "
                                           f"{[str(c) for c in table.columns]}")
    times = pd.to_numeric(table[col], errors="coerce").to_numpy(float)
    return times / 1000.0 if col == "ComputerTimestamp" else times  # Bonsai's computer clock is in ms


def read_neurophotometrics(path: str | Path, rois: tuple[str, ...] = (), signal_nm: float = 470.0,
                           control_nm: float | None = None, digital_inputs: str | Path | None = None) -> PhotometryRecording:
    """Read Neurophotometrics (Bonsai) frames with interleaved LEDs (the paper's rig, Methods "Fiber
    photometry"), CSV or parquet, in every rig layout: the LED column ``LedState`` or ``Flags``,
    ROIs ``G0``/``R0`` or ``Region0G``/``Region0R``, time ``SystemTimestamp``, ``Timestamp`` or
    ``ComputerTimestamp`` (ms).

    Parameters
    ----------
    path : str or Path
    rois : tuple of str, optional
        ROI columns (``G0``, ``Region0G`` ...) to keep; all when empty.
    signal_nm : float, optional
        Signal excitation wavelength.
    control_nm : float, optional
        Control excitation wavelength; ``DEFAULT_CONTROL_NM`` when None.
    digital_inputs : str or Path, optional
        The digital-input table written beside the frames (:func:`read_npm_digital_inputs`).

    Returns
    -------
    PhotometryRecording
        With the digital inputs' edges in ``digital`` when a table is given.

    Raises
    ------
    InputError
        Naming the file and the column (timestamps, LedState/Flags, rois).
    """
    path = Path(path)
    control_nm = DEFAULT_CONTROL_NM["neurophotometrics"] if control_nm is None else control_nm
    table = _read_npm_table(path)
    led_col = next((c for c in NPM_LED_COLUMNS if c in table.columns), None)
    if led_col is None:
        raise InputError(path, "LedState", f"missing LED column: none of {', '.join(NPM_LED_COLUMNS)} among "
                                           f"{[str(c) for c in table.columns]}")
    times = _npm_times(path, table)
    roi_names = _select_rois(path, list(table.columns), rois)
    led = pd.to_numeric(table[led_col], errors="coerce").fillna(0).astype(int).to_numpy() & 7
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
            raise InputError(path, led_col, f"no {nm:g} nm frames (LED channels present: {present})")
    sig, ctl = _pair(path, led_col, channels[signal_nm], channels[control_nm])
    digital = read_npm_digital_inputs(digital_inputs) if digital_inputs is not None else {}
    return PhotometryRecording(path, "neurophotometrics", sig, ctl, control_kind(control_nm), digital)


def read_npm_digital_inputs(path: str | Path) -> dict[str, DigitalLine]:
    """Read a Neurophotometrics digital-input table (CSV or parquet), in the layouts Bonsai writes:

    - one row per edge of one line: ``Timestamp``, ``Value.Seconds``, ``Value.Value`` (True rising,
      False falling); the line is named ``Input0``;
    - one row per rising edge of any line: ``ChannelName`` (or ``Channel``), ``SystemTimestamp``
      (or ``Timestamp``/``ComputerTimestamp``), and ``AlwaysTrue`` or a ``State``/``Value`` column
      (True rising, False falling) where the rig logs falling edges too.

    Times are on the frames' clock (``SystemTimestamp``/``Timestamp``, as the frames table); pulse
    widths come from the board's clock (``Value.Seconds``) where the table has it.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    dict of str to DigitalLine
        Line name (``Input0``, ``Input1``, ...) -> its edges.

    Raises
    ------
    InputError
        Naming the file and the missing column.
    """
    path = Path(path)
    table = _read_npm_table(path)
    if table.empty:
        raise InputError(path, "rows", "the digital-input table has no rows")
    times = _npm_times(path, table, ("SystemTimestamp", "Timestamp", "ComputerTimestamp"))
    if "ChannelName" in table.columns:
        names = table["ChannelName"].astype(str).to_numpy()
    elif "Channel" in table.columns:
        names = np.array([f"Input{int(c)}" for c in pd.to_numeric(table["Channel"], errors="coerce").fillna(-1)])
    else:
        names = np.full(len(table), "Input0")
    state_col = next((c for c in ("Value.Value", "State", "Value", "AlwaysTrue") if c in table.columns), None)
    if state_col is None:
        raise InputError(path, "Value.Value", "missing edge column: none of Value.Value, State, Value, AlwaysTrue among "
                                              f"{[str(c) for c in table.columns]}")
    state = table[state_col].astype(bool).to_numpy()
    if not np.isfinite(times).all():
        raise InputError(path, "timestamps", f"row {int(np.flatnonzero(~np.isfinite(times))[0]) + 1}: not a number")
    # Bonsai's software timestamps sit on a coarse grid, so a short pulse's two edges can share one;
    # the board's own clock (Value.Seconds) resolves them: widths come from it, onsets stay on the
    # frames' clock
    board = pd.to_numeric(table["Value.Seconds"], errors="coerce").to_numpy(float) if "Value.Seconds" in table.columns else None
    lines = {}
    for name in sorted(set(names)):
        rows = np.flatnonzero(names == name)
        if board is not None:
            rows = rows[np.argsort(board[rows], kind="stable")]
        else:
            rows = rows[np.argsort(times[rows], kind="stable")]
        up = state[rows]
        if state_col == "AlwaysTrue" or up.all():
            lines[name] = DigitalLine(times[rows])
            continue
        rising = times[rows[up]]
        falling = times[rows[~up]]
        if board is not None:  # each falling edge: its rising edge's time plus the board's pulse width
            rise_at = np.searchsorted(board[rows[up]], board[rows[~up]], side="right") - 1
            ok = rise_at >= 0
            falling = np.where(ok, rising[np.clip(rise_at, 0, None)] + board[rows[~up]] - board[rows[up]][np.clip(rise_at, 0, None)],
                               falling)
        lines[name] = DigitalLine(rising, falling)
    return lines


def _edges(levels: np.ndarray, times: np.ndarray) -> DigitalLine:
    """Rising and falling edges of a sampled digital line."""
    step = np.diff(levels.astype(np.int8))
    return DigitalLine(times[np.flatnonzero(step == 1) + 1], times[np.flatnonzero(step == -1) + 1])


def read_pyphotometry(path: str | Path, signal_nm: float = 470.0, control_nm: float | None = None) -> PhotometryRecording:
    """Read a pyPhotometry .ppd file (2-colour modes).

    Layout: 2-byte little-endian header length, a JSON header, then uint16 samples alternating
    analog 1 and analog 2; ``analog = v >> 1`` and ``digital = v & 1`` (digital input 1 rides on
    analog 1, input 2 on analog 2). Volts = analog * volts_per_division.

    Parameters
    ----------
    path : str or Path
    signal_nm : float, optional
        Wavelength of analog 1.
    control_nm : float, optional
        Wavelength of analog 2; ``DEFAULT_CONTROL_NM`` (a red channel) when None.

    Returns
    -------
    PhotometryRecording
        With the edges of digital inputs 1 and 2 in ``digital`` (``digital_1``, ``digital_2``).

    Raises
    ------
    InputError
        Naming the file and the header field.
    """
    path = Path(path)
    control_nm = DEFAULT_CONTROL_NM["pyphotometry"] if control_nm is None else control_nm
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
    ctl = PhotometryChannel(control_nm, t.copy(), analog[:, 1:2], ("analog_2",))
    sig, ctl = _pair(path, "samples", sig, ctl)
    lines = {f"digital_{i + 1}": _edges(digital[:, i], t) for i in range(2)}
    return PhotometryRecording(path, "pyphotometry", sig, ctl, control_kind(control_nm), lines)


def read_ibl_parquet(path: str | Path, rois: tuple[str, ...] = (), signal_nm: float = 470.0,
                     control_nm: float | None = None) -> PhotometryRecording:
    """Read an IBL ``photometry.signal.pqt`` (columns ``times, wavelength, name, valid, G0, ...``);
    frames with ``valid`` False (outside the task) are left out.

    Parameters
    ----------
    path : str or Path
    rois : tuple of str, optional
        ROI columns to keep; all when empty.
    signal_nm : float, optional
    control_nm : float, optional
        ``DEFAULT_CONTROL_NM`` when None.

    Returns
    -------
    PhotometryRecording

    Raises
    ------
    InputError
        Naming the file and the column.
    """
    path = Path(path)
    control_nm = DEFAULT_CONTROL_NM["ibl"] if control_nm is None else control_nm
    table = read_parquet(path)
    for col in ("times", "wavelength"):
        if col not in table.columns:
            raise InputError(path, col, "missing column")
    roi_names = _select_rois(path, list(table.columns), rois)
    if "valid" in table.columns:  # IBL flags frames outside the task (before and after it) invalid
        table = table[table["valid"].fillna(False).astype(bool).to_numpy()]
        if table.empty:
            raise InputError(path, "valid", "no frame is flagged valid")
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


def read_nwb_photometry(path: str | Path, rois: tuple[str, ...] = (), signal_nm: float = 470.0,
                        control_nm: float | None = None) -> PhotometryRecording:
    """Read fiber photometry from an NWB file written by another tool (ndx-fiber-photometry).

    Every ``FiberPhotometryResponseSeries`` in the file is split into its columns; each column's
    excitation wavelength comes from the row of the fiber photometry table its region points at (one
    row per column, or one row for the whole series). ROIs are named ``<series>`` or
    ``<series>[<column>]``.

    Parameters
    ----------
    path : str or Path
    rois : tuple of str, optional
        Signal ROIs to keep; all when empty. Control columns pair with them by position.
    signal_nm : float, optional
    control_nm : float, optional
        None takes the one wavelength other than the signal's.

    Returns
    -------
    PhotometryRecording

    Raises
    ------
    InputError
        Naming the file and the field (table region, wavelengths, rois, timestamps).
    """
    from pynwb import NWBHDF5IO

    from facevalence.io.nwb import register_extensions

    path = Path(path)
    register_extensions()  # a file from another tool still loads any extension we do not know
    try:
        io = NWBHDF5IO(str(path), "r", load_namespaces=True)
        nwbfile = io.read()
    except Exception as err:  # h5py and pynwb raise several types
        raise InputError(path, "file", f"not a readable NWB file: {err}") from None
    try:
        columns: dict[float, list[tuple[str, np.ndarray, np.ndarray]]] = {}
        for obj in nwbfile.objects.values():
            if type(obj).__name__ != "FiberPhotometryResponseSeries":
                continue
            data = np.asarray(obj.data[:], float)
            data = data.reshape(len(data), -1)
            stamps = np.asarray(obj.get_timestamps(), float)
            table = obj.fiber_photometry_table_region.table
            rows = list(obj.fiber_photometry_table_region.data[:])
            wavelengths = [float(table["excitation_wavelength_in_nm"][r]) for r in rows]
            if len(wavelengths) == 1:
                wavelengths *= data.shape[1]
            if len(wavelengths) != data.shape[1]:
                raise InputError(path, f"{obj.name}.fiber_photometry_table_region",
                                 f"{len(rows)} table rows for {data.shape[1]} data columns")
            for j, nm in enumerate(wavelengths):
                name = obj.name if data.shape[1] == 1 else f"{obj.name}[{j}]"
                columns.setdefault(nm, []).append((name, stamps, data[:, j]))
    finally:
        io.close()
    if not columns:
        raise InputError(path, "acquisition", "no FiberPhotometryResponseSeries (ndx-fiber-photometry) in the file")
    if control_nm is None:
        others = sorted(nm for nm in columns if nm != signal_nm)
        if len(others) != 1:
            raise InputError(path, "excitation_wavelength_in_nm",
                             f"cannot tell the control channel among {others}; name control_wavelength in session.yaml")
        control_nm = others[0]
    for nm in (signal_nm, control_nm):
        if nm not in columns:
            raise InputError(path, "excitation_wavelength_in_nm", f"no {nm:g} nm series (present: {sorted(columns)})")
    # control columns pair with the signal's by position (fiber order); their names may differ
    keep = [i for i, c in enumerate(columns[signal_nm]) if not rois or c[0] in rois]
    if not keep:
        raise InputError(path, "rois", f"{list(rois)} not among the {signal_nm:g} nm series {[c[0] for c in columns[signal_nm]]}")
    if len(columns[control_nm]) != len(columns[signal_nm]):
        raise InputError(path, "excitation_wavelength_in_nm", f"{len(columns[signal_nm])} signal but "
                                                              f"{len(columns[control_nm])} control columns; cannot pair them")
    chans = {}
    for nm in (signal_nm, control_nm):
        pick = [columns[nm][i] for i in keep]
        stamps = pick[0][1]
        if any(len(c[1]) != len(stamps) or not np.array_equal(c[1], stamps) for c in pick):
            raise InputError(path, "timestamps", f"the {nm:g} nm series do not share one clock")
        chans[nm] = PhotometryChannel(nm, stamps, np.column_stack([c[2] for c in pick]), tuple(c[0] for c in pick))
    sig, ctl = _pair(path, "timestamps", chans[signal_nm], chans[control_nm])
    return PhotometryRecording(path, "nwb", sig, ctl, control_kind(control_nm))


def stimuli_from_ttl(digital: dict[str, DigitalLine], code: TTLStimulusSpec, valence: dict[str, str],
                     clock: ClockMap, path: str | Path) -> pd.DataFrame:
    """Stimulus deliveries from the acquisition system's digital inputs (session.yaml
    ``files.stimulus_log.ttl``): one per rising edge, named by its line, its pulse width or its
    place in a sequence.

    Parameters
    ----------
    digital : dict of str to DigitalLine
        The photometry file's digital lines (device clock).
    code : TTLStimulusSpec
        How the pulses code stimuli.
    valence : dict of str to str
        Stimulus -> valence; every stimulus named needs one.
    clock : ClockMap
        Device clock -> session clock.
    path : str or Path
        The file the lines came from (for errors).

    Returns
    -------
    pandas.DataFrame
        ``start_time, stop_time, stimulus, valence`` on the session clock, in time order.

    Raises
    ------
    InputError
        Naming the file and the line: an unknown line, no pulses, a width no range holds, a sequence
        of the wrong length, a stimulus without valence.
    """
    path = Path(path)

    def line(name: str) -> DigitalLine:
        if name not in digital:
            raise InputError(path, f"digital line {name}", f"not in the file; its lines are {sorted(digital)}")
        if len(digital[name].rising) == 0:
            raise InputError(path, f"digital line {name}", "has no pulses")
        return digital[name]

    def durations(name: str, pulses: DigitalLine) -> np.ndarray:
        if code.duration_s is not None:
            return np.full(len(pulses.rising), code.duration_s)
        widths = pulses.widths_s()
        if widths is None:
            raise InputError(path, f"digital line {name}", "records no falling edges, so pulse widths are unknown; "
                                                           "give files.stimulus_log.ttl.duration_s")
        if not (np.isfinite(widths) & (widths > 0)).all():
            k = int(np.flatnonzero(~(np.isfinite(widths) & (widths > 0)))[0])
            raise InputError(path, f"digital line {name}", f"pulse {k + 1} at {pulses.rising[k]:g} s has no falling "
                                                           "edge; give files.stimulus_log.ttl.duration_s")
        return widths

    onsets, stops, names = [], [], []
    if code.lines:
        for name, stimulus in code.lines.items():
            pulses = line(name)
            onsets.append(pulses.rising)
            stops.append(pulses.rising + durations(name, pulses))
            names += [stimulus] * len(pulses.rising)
    else:
        pulses = line(code.line)
        onsets.append(pulses.rising)
        stops.append(pulses.rising + durations(code.line, pulses))
        if code.sequence:
            if len(code.sequence) != len(pulses.rising):
                raise InputError(path, f"digital line {code.line}", f"{len(pulses.rising)} pulses but "
                                 f"files.stimulus_log.ttl.sequence names {len(code.sequence)} stimuli")
            names += list(code.sequence)
        else:
            widths = pulses.widths_s()
            if widths is None:
                raise InputError(path, f"digital line {code.line}", "records no falling edges; by_width needs pulse widths")
            for t, width in zip(pulses.rising, widths * 1000.0):
                hit = [s for s, (low, high) in code.by_width.items() if low <= width <= high]
                if len(hit) != 1:
                    raise InputError(path, f"digital line {code.line}", f"pulse at {t:g} s is {width:.1f} ms wide; "
                                     f"{'no' if not hit else 'more than one'} by_width range holds it "
                                     f"({', '.join(f'{s} {lo:g}-{hi:g} ms' for s, (lo, hi) in code.by_width.items())})")
                names.append(hit[0])
    start = clock.to_session(np.concatenate(onsets))
    stop = clock.to_session(np.concatenate(stops))
    order = np.argsort(start, kind="stable")
    names = [names[i] for i in order]
    for name in dict.fromkeys(names):
        if name not in valence:
            raise InputError(path, "stimulus", f"{name!r} (from the TTL lines) has no valence; add it under 'valence:' "
                                               "in session.yaml")
    return pd.DataFrame({"start_time": start[order], "stop_time": stop[order], "stimulus": names,
                         "valence": [valence[n] for n in names]})


def read_photometry(path: str | Path, fmt: str, rois: tuple[str, ...] = (), signal_nm: float = 470.0,
                    control_nm: float | None = None, digital_inputs: str | Path | None = None) -> PhotometryRecording:
    """Read a photometry file of any supported format (the readers above).

    Parameters
    ----------
    path : str or Path
    fmt : str
        ``neurophotometrics``, ``pyphotometry``, ``ibl`` or ``nwb``.
    rois, signal_nm, control_nm
        Passed to the format's reader (None: the format's default control).
    digital_inputs : str or Path, optional
        A Neurophotometrics digital-input table.

    Returns
    -------
    PhotometryRecording

    Raises
    ------
    InputError
        An unknown format, or the reader's error.
    """
    if fmt == "nwb":
        return read_nwb_photometry(path, rois, signal_nm, control_nm)
    if fmt == "neurophotometrics":
        return read_neurophotometrics(path, rois, signal_nm, control_nm, digital_inputs)
    if fmt == "pyphotometry":
        return read_pyphotometry(path, signal_nm, control_nm)
    if fmt == "ibl":
        return read_ibl_parquet(path, rois, signal_nm, control_nm)
    raise InputError(path, "format", f"unknown photometry format {fmt!r}")
