"""Fiber photometry: control fit, dF/F, trial windows and PSTHs (paper, Methods; Fig. 6-7)."""

from __future__ import annotations

import numpy as np


def fit_control(control: np.ndarray, signal: np.ndarray) -> np.ndarray:
    """Least-squares fit of the control channel to the signal: returns ``a * control + b``.

    Raises ValueError when the control is constant (the fit would be meaningless).
    """
    control = np.asarray(control, float)
    signal = np.asarray(signal, float)
    ok = np.isfinite(control) & np.isfinite(signal)
    if ok.sum() < 3 or np.ptp(control[ok]) == 0:
        raise ValueError("the control channel is constant or empty; it cannot be fitted to the signal")
    a, b = np.polyfit(control[ok], signal[ok], 1)
    return a * control + b


def delta_f_over_f(signal: np.ndarray, control: np.ndarray) -> np.ndarray:
    """dF/F = (signal - fitted control) / fitted control."""
    fitted = fit_control(control, signal)
    return (np.asarray(signal, float) - fitted) / fitted


def align_to_signal(signal_t: np.ndarray, control_t: np.ndarray, control: np.ndarray) -> np.ndarray:
    """Control values interpolated to the signal channel's own timestamps (interleaved LEDs)."""
    return np.interp(signal_t, control_t, control)


def trial_window(times: np.ndarray, values: np.ndarray, onset: float, pre_s: float, post_s: float,
                 rate_hz: float) -> tuple[np.ndarray, np.ndarray]:
    """Values resampled on a regular grid ``onset + [-pre_s, post_s)`` at ``rate_hz``; NaN outside the data."""
    grid = np.arange(-pre_s, post_s - 1e-9, 1.0 / rate_hz)
    out = np.interp(onset + grid, times, values, left=np.nan, right=np.nan)
    return grid, out


def baseline_subtract(grid: np.ndarray, values: np.ndarray, baseline_s: float = 4.0) -> np.ndarray:
    """Subtract the mean over ``[-baseline_s, 0)`` (the paper's 4 s pre-stimulus baseline)."""
    pre = (grid >= -baseline_s) & (grid < 0)
    return values - np.nanmean(values[pre])


def peak(grid: np.ndarray, values: np.ndarray, start: float = 0.0, stop: float = 2.0) -> float:
    """Largest value in ``[start, stop)`` after onset (NaN when the window is empty)."""
    win = (grid >= start) & (grid < stop) & np.isfinite(values)
    return float(np.max(values[win])) if win.any() else float("nan")
