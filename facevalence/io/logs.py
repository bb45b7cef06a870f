"""Stimulus and laser logs: small CSV files a lab writes by hand or from its TTL system."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from facevalence.errors import InputError
from facevalence.io.session_yaml import IBL_EVENTS, canonical_stimulus

STIMULUS_COLUMNS = ("onset_s", "stimulus", "duration_s")
LASER_COLUMNS = ("onset_s", "duration_s")
LASER_DEFAULTS = {"wavelength_nm": 589.0, "frequency_hz": 20.0, "pulse_width_ms": 10.0, "power_mw": 10.0}


def _read_table(path: Path, required: tuple[str, ...]) -> pd.DataFrame:
    sep = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        table = pd.read_csv(path, sep=sep, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise InputError(path, "file", f"not a readable CSV table: {err}") from None
    table.columns = [str(c).strip().lower() for c in table.columns]
    for col in required:
        if col not in table.columns:
            raise InputError(path, col, f"missing column; the table needs {', '.join(required)}")
    if table.empty:
        raise InputError(path, required[0], "the table has no rows")
    return table


def _numeric(path: Path, table: pd.DataFrame, col: str, positive: bool = False) -> np.ndarray:
    values = pd.to_numeric(table[col], errors="coerce").to_numpy(float)
    bad = ~np.isfinite(values)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InputError(path, col, f"row {row + 1}: {table[col].iloc[row]!r} is not a finite number")
    if positive and (values <= 0).any():
        row = int(np.flatnonzero(values <= 0)[0])
        raise InputError(path, col, f"row {row + 1}: must be > 0, got {values[row]}")
    return values


def read_stimulus_log(path: str | Path, valence: dict[str, str]) -> pd.DataFrame:
    """Read a stimulus log CSV (paper, Methods "Stimuli": each delivery's onset and duration).

    Parameters
    ----------
    path : str or Path
        Columns ``onset_s, stimulus, duration_s`` (seconds on the session clock). Onsets must increase
        strictly and durations be positive.
    valence : dict of str to str
        Stimulus -> valence from session.yaml; every stimulus in the log needs one.

    Returns
    -------
    pandas.DataFrame
        ``start_time, stop_time, stimulus, valence`` in the order given.

    Raises
    ------
    InputError
        Naming the file, the column and the row.
    """
    path = Path(path)
    table = _read_table(path, STIMULUS_COLUMNS)
    onset = _numeric(path, table, "onset_s")
    duration = _numeric(path, table, "duration_s", positive=True)
    if len(onset) > 1 and (np.diff(onset) <= 0).any():
        row = int(np.flatnonzero(np.diff(onset) <= 0)[0]) + 1
        raise InputError(path, "onset_s", f"row {row + 1}: onsets must increase strictly ({onset[row - 1]} then {onset[row]})")
    lost = onset + duration <= onset  # e.g. onset 2**53 s: a clock in the wrong unit, the duration vanishes
    if lost.any():
        row = int(np.flatnonzero(lost)[0])
        raise InputError(path, "onset_s", f"row {row + 1}: {onset[row]:g} s is too large for a duration of "
                                          f"{duration[row]:g} s to register; is the clock in seconds?")
    names = [canonical_stimulus(s) for s in table["stimulus"].astype(str)]
    for i, name in enumerate(names):
        if name not in valence:
            raise InputError(path, "stimulus", f"row {i + 1}: {name!r} has no valence; add it under 'valence:' in session.yaml")
    return pd.DataFrame(
        {
            "start_time": onset,
            "stop_time": onset + duration,
            "stimulus": names,
            "valence": [valence[n] for n in names],
        }
    )


def read_parquet(path: Path) -> pd.DataFrame:
    """A parquet table (IBL writes its trials and photometry so).

    Parameters
    ----------
    path : Path

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    InputError
        One line naming the file when it cannot be read.
    """
    try:
        return pd.read_parquet(path)
    except Exception as err:  # pyarrow raises several types
        raise InputError(path, "file", f"not a readable parquet file: {err}") from None


#: The stimulus names given to an IBL trial's feedbackType.
IBL_OUTCOMES = {1: "reward", -1: "error"}


def read_ibl_trials(path: str | Path, valence: dict[str, str], align_to: str = "feedback_times",
                    duration_s: float = 1.0) -> pd.DataFrame:
    """Read an IBL ``_ibl_trials.table.pqt`` as a stimulus log: one trial per row aligned to
    ``align_to``, named by its outcome (feedbackType 1 -> ``reward``, -1 -> ``error``).

    Parameters
    ----------
    path : str or Path
    valence : dict of str to str
        Must give ``reward`` and ``error`` (as they occur) a valence.
    align_to : str, optional
        The event column trials start at; rows without it are left out.
    duration_s : float, optional
        Length given to every trial.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`read_stimulus_log`.

    Raises
    ------
    InputError
        A missing column, no usable trial, shared event times or an unknown outcome.
    """
    path = Path(path)
    table = read_parquet(path)
    for col in (align_to, "feedbackType"):
        if col not in table.columns:
            raise InputError(path, col, f"missing column (an IBL trials table has {', '.join(IBL_EVENTS)} and feedbackType)")
    table = table[np.isfinite(table[align_to].to_numpy(float))].sort_values(align_to, kind="stable")
    if table.empty:
        raise InputError(path, align_to, "no trial has this event time")
    onset = table[align_to].to_numpy(float)
    if (np.diff(onset) <= 0).any():
        raise InputError(path, align_to, "two trials share one event time")
    outcome = table["feedbackType"].to_numpy()
    bad = ~np.isin(outcome, list(IBL_OUTCOMES))
    if bad.any():
        raise InputError(path, "feedbackType", f"{outcome[bad][0]!r} is neither 1 (reward) nor -1 (error)")
    names = [IBL_OUTCOMES[int(o)] for o in outcome]
    missing = sorted({n for n in names if n not in valence})
    if missing:
        raise InputError(path, "feedbackType", f"{missing} have no valence; add them under 'valence:' in session.yaml "
                                               "(e.g. reward: positive, error: negative)")
    return pd.DataFrame({"start_time": onset, "stop_time": onset + duration_s, "stimulus": names,
                         "valence": [valence[n] for n in names]})


def read_laser_log(path: str | Path) -> pd.DataFrame:
    """Read a laser log CSV (paper, Fig. 7D-L: optogenetic inhibition epochs).

    Parameters
    ----------
    path : str or Path
        Columns ``onset_s, duration_s`` and optionally ``wavelength_nm, frequency_hz,
        pulse_width_ms, power_mw`` (defaults: the paper's 589 nm, 20 Hz, 10 ms pulses). Epochs must
        not overlap.

    Returns
    -------
    pandas.DataFrame
        ``start_time, stop_time`` and the four light columns, sorted by onset.

    Raises
    ------
    InputError
        Naming the file, the column and the row.
    """
    path = Path(path)
    table = _read_table(path, LASER_COLUMNS)
    out = pd.DataFrame({"start_time": _numeric(path, table, "onset_s")})
    out["stop_time"] = out["start_time"] + _numeric(path, table, "duration_s", positive=True)
    for col, default in LASER_DEFAULTS.items():
        out[col] = _numeric(path, table, col, positive=True) if col in table.columns else default
    order = np.argsort(out["start_time"].to_numpy(), kind="stable")
    start = out["start_time"].to_numpy()[order]
    stop = out["stop_time"].to_numpy()[order]
    if len(start) > 1 and (start[1:] < stop[:-1]).any():
        row = int(order[np.flatnonzero(start[1:] < stop[:-1])[0] + 1])
        raise InputError(path, "onset_s", f"row {row + 1}: laser epoch overlaps the previous one")
    return out.iloc[order].reset_index(drop=True)
