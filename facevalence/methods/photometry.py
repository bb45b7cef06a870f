"""Fiber photometry: control fit, dF/F, trial windows and PSTHs (paper, Methods; Fig. 6-7)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def fit_coefficients(control: np.ndarray, signal: np.ndarray) -> tuple[float, float]:
    """Least-squares fit of the control channel to the signal (paper, Methods "Fiber photometry").

    Parameters
    ----------
    control, signal : np.ndarray
        Both channels on the same timestamps; non-finite samples are left out of the fit.

    Returns
    -------
    (float, float)
        ``(a, b)`` of the fitted control ``a * control + b``.

    Raises
    ------
    ValueError
        When the control is constant or empty (the fit would be meaningless).
    """
    control = np.asarray(control, float)
    signal = np.asarray(signal, float)
    ok = np.isfinite(control) & np.isfinite(signal)
    if ok.sum() < 3 or np.ptp(control[ok]) == 0:
        raise ValueError("the control channel is constant or empty; it cannot be fitted to the signal")
    a, b = np.polyfit(control[ok], signal[ok], 1)
    return float(a), float(b)


def fit_control(control: np.ndarray, signal: np.ndarray) -> np.ndarray:
    """The fitted control ``a * control + b`` (:func:`fit_coefficients`; paper, Methods "Fiber
    photometry").

    Parameters
    ----------
    control, signal : np.ndarray

    Returns
    -------
    np.ndarray
        The control scaled onto the signal.
    """
    a, b = fit_coefficients(control, signal)
    return a * np.asarray(control, float) + b


def delta_f_over_f(signal: np.ndarray, control: np.ndarray) -> np.ndarray:
    """dF/F = (signal - fitted control) / fitted control (paper, Methods "Fiber photometry").

    Parameters
    ----------
    signal, control : np.ndarray
        Both channels on the same timestamps.

    Returns
    -------
    np.ndarray
        dF/F at the signal's samples.
    """
    fitted = fit_control(control, signal)
    return (np.asarray(signal, float) - fitted) / fitted


#: airPLS smoothness used at 15 Hz (the paper's per-channel rate); other rates scale it by
#: (rate / 15)^4 so that the baseline bends on the same time scale (minutes) whatever the rate.
AIRPLS_LAMBDA_15HZ = 1e7


def bleaching_baseline(values: np.ndarray, rate_hz: float, lam_15hz: float = AIRPLS_LAMBDA_15HZ) -> np.ndarray:
    """Slow photobleaching baseline of one channel by adaptive iteratively reweighted penalized least
    squares (airPLS, Zhang et al. 2010; pybaselines), as in the paper's Methods "Fiber photometry".

    Parameters
    ----------
    values : ndarray, shape (n,)
        One raw fluorescence channel; non-finite samples are bridged by linear interpolation for the fit.
    rate_hz : float
        The channel's sampling rate.
    lam_15hz : float, optional
        Whittaker smoothness at 15 Hz, rescaled to ``rate_hz`` by (rate / 15)^4.

    Returns
    -------
    ndarray, shape (n,)
        The baseline.

    Raises
    ------
    ValueError
        With fewer than 3 finite samples.
    """
    from pybaselines.whittaker import airpls

    v = np.asarray(values, float)
    ok = np.isfinite(v)
    if ok.sum() < 3:
        raise ValueError("fewer than 3 finite samples; no bleaching baseline can be fitted")
    if not ok.all():
        idx = np.arange(v.size)
        v = np.interp(idx, idx[ok], v[ok])
    lam = float(lam_15hz) * (float(rate_hz) / 15.0) ** 4
    base, _ = airpls(v, lam=lam, max_iter=50)
    return base


def correct_bleaching(values: np.ndarray, rate_hz: float, lam_15hz: float = AIRPLS_LAMBDA_15HZ) -> np.ndarray:
    """Divide a channel by its airPLS bleaching baseline (paper, Methods "Fiber photometry"): the
    decay over the session is removed while fast transients keep their relative size.

    Parameters
    ----------
    values, rate_hz, lam_15hz
        See :func:`bleaching_baseline`.

    Returns
    -------
    ndarray, shape (n,)
        Values near 1.

    Raises
    ------
    ValueError
        When the baseline reaches 0 or below (not a raw fluorescence channel).
    """
    base = bleaching_baseline(values, rate_hz, lam_15hz)
    if (base <= 0).any():
        raise ValueError("the bleaching baseline reaches 0 or below; is this a raw fluorescence channel?")
    return np.asarray(values, float) / base


def process_trace(signal_t: np.ndarray, signal: np.ndarray, control_t: np.ndarray, control: np.ndarray,
                  lam_15hz: float | None = AIRPLS_LAMBDA_15HZ) -> dict:
    """The paper's chain on one fiber (Methods "Fiber photometry"): airPLS bleaching correction of each
    channel, the control put on the signal's own timestamps, least-squares fit of the control to the
    signal, dF/F = (signal - fitted control) / fitted control.

    Parameters
    ----------
    signal_t, signal : ndarray, shape (n,)
        The calcium-dependent channel (465/470 nm) and its timestamps, s.
    control_t, control : ndarray, shape (m,)
        The isosbestic control channel (405/415 nm) and its timestamps, s.
    lam_15hz : float or None, optional
        airPLS smoothness at 15 Hz; None skips the bleaching correction.

    Returns
    -------
    dict
        ``{"dff", "fit_slope", "fit_intercept", "rate_hz"}``; ``dff`` is at ``signal_t``.
    """
    signal_t = np.asarray(signal_t, float)
    rate = float(1.0 / np.median(np.diff(signal_t)))
    sig = np.asarray(signal, float)
    ctl = align_to_signal(signal_t, control_t, control)
    if lam_15hz is not None:
        sig = correct_bleaching(sig, rate, lam_15hz)
        if np.ptp(ctl[np.isfinite(ctl)]) > 0:  # a constant control is refused by fit_control below
            ctl = correct_bleaching(ctl, rate, lam_15hz)
    a, b = fit_coefficients(ctl, sig)
    fitted = a * ctl + b
    return {"dff": (sig - fitted) / fitted, "fit_slope": a, "fit_intercept": b, "rate_hz": rate}


def align_to_signal(signal_t: np.ndarray, control_t: np.ndarray, control: np.ndarray) -> np.ndarray:
    """The control channel put on the signal channel's own timestamps (interleaved LEDs sample them
    at different times; paper, Methods "Fiber photometry").

    Parameters
    ----------
    signal_t : np.ndarray
        The signal's timestamps, s.
    control_t, control : np.ndarray
        The control's timestamps and values.

    Returns
    -------
    np.ndarray
        Control values linearly interpolated at ``signal_t``.
    """
    return np.interp(signal_t, control_t, control)


def trial_window(times: np.ndarray, values: np.ndarray, onset: float, pre_s: float, post_s: float,
                 rate_hz: float) -> tuple[np.ndarray, np.ndarray]:
    """Values resampled on a regular grid around one onset (paper, Fig. 6: PSTH windows).

    Parameters
    ----------
    times, values : ndarray, shape (n,)
        The signal and its timestamps, s.
    onset : float
        Stimulus onset, s.
    pre_s, post_s : float
        The window ``onset + [-pre_s, post_s)``.
    rate_hz : float
        Grid rate.

    Returns
    -------
    grid : ndarray
        Sample times relative to onset (:func:`window_grid`).
    values : ndarray
        Linearly interpolated values on ``grid``; NaN outside the data.
    """
    grid = window_grid(pre_s, post_s, rate_hz)
    out = np.interp(onset + grid, times, values, left=np.nan, right=np.nan)
    return grid, out


def window_grid(pre_s: float, post_s: float, rate_hz: float) -> np.ndarray:
    """Sample times of a trial window (paper, Fig. 6-7: 15 Hz grids around onset).

    Parameters
    ----------
    pre_s, post_s : float
        The window ``[-pre_s, post_s)``, s relative to onset.
    rate_hz : float
        Grid rate.

    Returns
    -------
    ndarray
        ``-pre_s + k / rate_hz``; each sample is computed from its own index (not accumulated as
        ``np.arange`` with a float step does), so onset is exactly 0 whenever ``pre_s`` is a whole
        number of samples and falls on the post-onset side.
    """
    n = int(np.ceil((pre_s + post_s) * rate_hz - 1e-6))
    return -pre_s + np.arange(n) / rate_hz


def baseline_subtract(grid: np.ndarray, values: np.ndarray, baseline_s: float = 4.0) -> np.ndarray:
    """Subtract the pre-stimulus mean (paper, Methods: the 4 s pre-stimulus baseline).

    Parameters
    ----------
    grid : ndarray
        Sample times relative to onset, s.
    values : ndarray
        Values on ``grid``.
    baseline_s : float, optional
        The baseline ``[-baseline_s, 0)``.

    Returns
    -------
    ndarray
        ``values`` minus the finite baseline mean; all NaN when that window holds no finite value.
    """
    pre = values[(grid >= -baseline_s) & (grid < 0)]
    return values - (np.nanmean(pre) if np.isfinite(pre).any() else np.nan)


def psth(times: np.ndarray, trace: np.ndarray, onsets: np.ndarray, *, pre_s: float, post_s: float,
         rate_hz: float, baseline_s: float) -> tuple[np.ndarray, np.ndarray]:
    """Trial-by-time matrix of a trace around each onset (paper, Fig. 6: the heatmap rows).

    Parameters
    ----------
    times, trace : ndarray, shape (n,)
        The signal and its timestamps, s.
    onsets : ndarray
        Trial onsets, s.
    pre_s, post_s : float
        The window ``onset + [-pre_s, post_s)``.
    rate_hz : float
        Grid rate.
    baseline_s : float
        Each row minus its mean over the ``baseline_s`` before onset.

    Returns
    -------
    grid : ndarray, shape (samples,)
        Sample times relative to onset.
    rows : ndarray, shape (trials, samples)

    Raises
    ------
    ValueError
        Naming the first onset whose baseline lies wholly outside the recording.
    """
    rows = []
    grid = None
    for onset in np.asarray(onsets, float):
        grid, win = trial_window(times, trace, onset, pre_s, post_s, rate_hz)
        if np.isnan(win[(grid >= -baseline_s) & (grid < 0)]).all():
            raise ValueError(f"the {baseline_s:g} s baseline before the stimulus at {onset:g} s lies outside "
                             f"the photometry recording ({times[0]:.3f}-{times[-1]:.3f} s)")
        rows.append(baseline_subtract(grid, win, baseline_s))
    if grid is None:
        grid = window_grid(pre_s, post_s, rate_hz)
    return grid, np.array(rows).reshape(len(rows), grid.size)


def ratio_to_reference(value: float, reference: float) -> float:
    """A stimulus's peak relative to the water peak (paper, Fig. 6).

    Parameters
    ----------
    value : float
        The stimulus's peak.
    reference : float
        The reference (water) peak.

    Returns
    -------
    float
        ``value / reference``; NaN when the reference is missing or not positive (a ratio to a dip
        means nothing) or ``value`` is not finite.
    """
    if not np.isfinite(reference) or reference <= 0 or not np.isfinite(value):
        return float("nan")
    return float(value / reference)


def peak(grid: np.ndarray, values: np.ndarray, start: float = 0.0, stop: float = 2.0) -> float:
    """The peak of a trial window (paper, Fig. 6: peak of each stimulus's response).

    Parameters
    ----------
    grid : np.ndarray
        Sample times relative to onset, s.
    values : np.ndarray
        Values on ``grid``.
    start, stop : float
        The window after onset, s.

    Returns
    -------
    float
        Largest finite value in ``[start, stop)``; NaN when the window is empty.
    """
    win = (grid >= start) & (grid < stop) & np.isfinite(values)
    return float(np.max(values[win])) if win.any() else float("nan")


def window_pairs(neural_t: np.ndarray, neural: np.ndarray, face_t: np.ndarray, face: np.ndarray,
                 onsets: np.ndarray, *, window_s: float = 2.0, rate_hz: float = 15.0,
                 baseline_s: float | None = 4.0) -> tuple[np.ndarray, np.ndarray]:
    """Neural and face signals on one clock over the first ``window_s`` after every onset, pooled
    (paper, Fig. 7A-B: z-scored dF/F against prototype similarity, 2 s after onset at 15 Hz).

    Parameters
    ----------
    neural_t, neural : ndarray
        Photometry timestamps (s) and values.
    face_t, face : ndarray
        Frame timestamps (s) and face similarity.
    onsets : ndarray
        Trial onsets, s.
    window_s : float, optional
        Length of the window after onset.
    rate_hz : float, optional
        Common resampling rate.
    baseline_s : float or None, optional
        When given, each trial's values are taken relative to their mean over the ``baseline_s``
        before onset (as the PSTHs are), so pooled trials are compared as changes from rest rather
        than through the slow drift of either signal.

    Returns
    -------
    neural, face : ndarray, shape (samples,)
        Samples outside either recording are NaN.
    """
    xs, ys = [], []
    for onset in np.asarray(onsets, float):
        for t, v, out in ((neural_t, neural, xs), (face_t, face, ys)):
            grid, values = trial_window(t, v, onset, baseline_s or 0.0, window_s, rate_hz)
            if baseline_s:
                values = baseline_subtract(grid, values, baseline_s)
            out.append(values[grid >= 0])
    if not xs:
        return np.empty(0), np.empty(0)
    return np.concatenate(xs), np.concatenate(ys)


@dataclass
class SessionTrace:
    """Result of :func:`session_trace`."""

    times: np.ndarray  # the signal's timestamps, s
    dff: np.ndarray
    dff_z: np.ndarray  # the session's z-scored dF/F: the scale subjects and sessions are compared on
    rate_hz: float
    fit_slope: float  # fitted control = slope * control + intercept
    fit_intercept: float
    bleaching: str  # airPLS lambda used, or "none"


def session_trace(signal_t: np.ndarray, signal: np.ndarray, control_t: np.ndarray, control: np.ndarray,
                  lam_15hz: float | None = AIRPLS_LAMBDA_15HZ) -> SessionTrace:
    """:func:`process_trace` of one fiber plus the session's z-scored dF/F (paper, Methods; Fig. 6-7).

    Parameters
    ----------
    signal_t, signal, control_t, control : np.ndarray
        Both channels at their own timestamps (session clock).
    lam_15hz : float or None
        airPLS smoothness at 15 Hz (rescaled to the recording's rate); None: no bleaching correction.

    Returns
    -------
    SessionTrace
    """
    from facevalence.methods.stats import zscore

    out = process_trace(signal_t, signal, control_t, control, lam_15hz)
    rate = out["rate_hz"]
    bleaching = "none" if lam_15hz is None else \
        f"airPLS lambda {lam_15hz:g} at 15 Hz ({lam_15hz * (rate / 15) ** 4:.3g} at {rate:.3g} Hz)"
    return SessionTrace(np.asarray(signal_t, float), out["dff"], zscore(out["dff"]), rate, out["fit_slope"],
                        out["fit_intercept"], bleaching[:64])


@dataclass
class StimulusPSTH:
    """Result of :func:`stimulus_psth`: one stimulus's PSTH in a session (Fig. 6)."""

    times: np.ndarray  # s from onset
    mean_dff: np.ndarray
    sd_dff: np.ndarray
    mean_z: np.ndarray  # mean of the z-scored rows
    peak_dff: float  # peak of the mean within the peak window
    peak_z: float
    water_peak: float  # peak of the reference trials' mean (same window); NaN without them
    ratio_to_water: float  # peak_dff / water_peak; NaN without a positive reference peak
    rows: np.ndarray  # (trials, samples) baseline-subtracted dF/F: the heatmap rows
    rows_z: np.ndarray
    peaks: np.ndarray  # per trial
    peaks_z: np.ndarray


def stimulus_psth(times: np.ndarray, dff: np.ndarray, onsets: list[float], reference_onsets: list[float], *,
                  baseline_s: float = 4.0, post_s: float = 6.0, rate_hz: float = 15.0,
                  peak_window_s: float = 2.0) -> StimulusPSTH:
    """PSTH of one stimulus's trials with each trial's row, on dF/F and on the session's z-scored
    dF/F, and its peak relative to the reference (water) trials' peak (paper, Methods; Fig. 6).

    The z-scored rows are the dF/F rows divided by the session's SD of dF/F: the z-score's mean
    cancels in the per-trial baseline subtraction.

    Parameters
    ----------
    times, dff : ndarray, shape (n,)
        The session's dF/F and its timestamps, s.
    onsets : list of float
        The stimulus's trial onsets, s.
    reference_onsets : list of float
        The reference (water) trials' onsets; empty for no reference.
    baseline_s, post_s, rate_hz : float, optional
        PSTH window and grid (:func:`psth`).
    peak_window_s : float, optional
        Peaks are taken over ``[0, peak_window_s)`` after onset.

    Returns
    -------
    StimulusPSTH

    Raises
    ------
    ValueError
        An onset whose baseline lies before the recording.
    """

    def rows_and_peaks(trial_onsets):
        grid, rows = psth(times, dff, trial_onsets, pre_s=baseline_s, post_s=post_s, rate_hz=rate_hz,
                          baseline_s=baseline_s)
        return grid, rows, np.array([peak(grid, r, 0.0, peak_window_s) for r in rows])

    grid, rows, peaks = rows_and_peaks(onsets)
    water_peak = float("nan")
    if len(reference_onsets):
        _, water_rows, _ = rows_and_peaks(reference_onsets)
        water_peak = peak(grid, np.nanmean(water_rows, axis=0), 0.0, peak_window_s)
    sd = np.nanstd(dff)
    scale = 1.0 / sd if sd > 0 else np.nan
    mean = np.nanmean(rows, axis=0)
    peak_dff = peak(grid, mean, 0.0, peak_window_s)
    return StimulusPSTH(grid, mean, np.nanstd(rows, axis=0), mean * scale, peak_dff, peak_dff * scale, water_peak,
                        ratio_to_reference(peak_dff, water_peak), rows, rows * scale, peaks, peaks * scale)

