"""Running speed from a treadmill or wheel: an encoder CSV or an IBL wheel table (paper, Fig. S5A-C:
locomotion as a confound of facial expression)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from facevalence.errors import InputError
from facevalence.io.logs import _numeric, _read_table
from facevalence.methods.locomotion import speed_from_position

#: Radius of the IBL task's wheel (their ``WHEEL_RADIUS_CM``), used when a wheel table gives radians.
IBL_WHEEL_RADIUS_CM = 3.1
#: What an encoder CSV may hold beside ``time_s``: the first present is used.
ENCODER_COLUMNS = ("speed_cm_s", "position_cm", "counts")


@dataclass(frozen=True)
class RunningRecording:
    """A session's running speed on its own clock."""

    times: np.ndarray  # s
    speed: np.ndarray  # cm/s, >= 0
    description: str  # where it came from and how it was converted


def _increasing(path: Path, column: str, times: np.ndarray) -> None:
    bad = np.flatnonzero(np.diff(times) <= 0)
    if bad.size:
        raise InputError(path, column, f"row {bad[0] + 2}: times must increase ({times[bad[0]]} then {times[bad[0] + 1]})")


def read_running(path: str | Path, fmt: str = "encoder", counts_per_revolution: float | None = None,
                 wheel_diameter_cm: float | None = None) -> RunningRecording:
    """Read a running-speed recording (paper, Fig. S5A: running speed after the stimulus).

    Parameters
    ----------
    path : str or Path
        ``encoder``: a CSV (or TSV) with ``time_s`` and one of ``speed_cm_s`` (used as it is, its
        magnitude), ``position_cm`` or ``counts`` (cumulative encoder counts; needs
        ``counts_per_revolution`` and ``wheel_diameter_cm``). ``ibl``: an IBL wheel table (parquet)
        with ``times`` and ``position`` in radians (the wheel's radius is IBL's 3.1 cm unless
        ``wheel_diameter_cm`` says otherwise).
    fmt : {"encoder", "ibl"}
    counts_per_revolution, wheel_diameter_cm : float, optional

    Returns
    -------
    RunningRecording
        Speed in cm/s: as recorded, or from the position resampled at 50 Hz, differentiated and
        smoothed over 0.1 s (:func:`facevalence.methods.locomotion.speed_from_position`).

    Raises
    ------
    InputError
        Naming the file and the column (or option) that is wrong.
    """
    path = Path(path)
    if fmt == "ibl":
        try:
            table = pd.read_parquet(path)
        except Exception as err:
            raise InputError(path, "file", f"not a readable parquet table: {err}") from None
        for column in ("times", "position"):
            if column not in table.columns:
                raise InputError(path, column, f"missing column; an IBL wheel table has times and position "
                                               f"(found {', '.join(map(str, table.columns[:8]))})")
        times, radians = _numeric(path, table, "times"), _numeric(path, table, "position")
        _increasing(path, "times", times)
        radius = wheel_diameter_cm / 2 if wheel_diameter_cm else IBL_WHEEL_RADIUS_CM
        grid, speed = _speed(path, times, radians * radius)
        return RunningRecording(grid, speed, f"IBL wheel position (rad) x {radius:g} cm radius, resampled at 50 Hz, "
                                             f"differentiated, 0.1 s moving average; source {path.name}")
    if fmt != "encoder":
        raise InputError(path, "format", f"{fmt!r}: known formats are encoder and ibl")
    table = _read_table(path, ("time_s",))
    column = next((c for c in ENCODER_COLUMNS if c in table.columns), None)
    if column is None:
        raise InputError(path, ENCODER_COLUMNS[0], f"missing column; an encoder table has time_s and one of "
                                                   f"{', '.join(ENCODER_COLUMNS)}")
    times = _numeric(path, table, "time_s")
    _increasing(path, "time_s", times)
    values = _numeric(path, table, column)
    if column == "speed_cm_s":
        return RunningRecording(times, np.abs(values), f"treadmill speed (cm/s) as recorded; source {path.name}")
    if column == "counts":
        if not counts_per_revolution or not wheel_diameter_cm:
            raise InputError(path, "counts", "encoder counts need files.running.counts_per_revolution and "
                                             "files.running.wheel_diameter_cm")
        values = values / counts_per_revolution * np.pi * wheel_diameter_cm
        how = f"encoder counts / {counts_per_revolution:g} per revolution x pi x {wheel_diameter_cm:g} cm"
    else:
        how = "position (cm)"
    grid, speed = _speed(path, times, values)
    return RunningRecording(grid, speed, f"{how}, resampled at 50 Hz, differentiated, 0.1 s moving average; "
                                         f"source {path.name}")


def _speed(path: Path, times: np.ndarray, position_cm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    try:
        return speed_from_position(times, position_cm)
    except ValueError as err:
        raise InputError(path, "time_s", str(err)) from None
