"""Drug sessions scored against the valence prototypes (paper, Fig. 3C-E and 3G-H).

A drug session is 15 min of baseline, an i.p. injection, and 60 min after it. Each frame has a
cosine similarity to the positive and to the negative prototype; their difference
``d = sim+ - sim-`` is normalised to the session's own baseline (its mean over the baseline
window is subtracted, because how close a mouse's resting face sits to either prototype
differs between mice). A frame counts as *positive* when its normalised difference exceeds
``threshold_sd`` baseline standard deviations and as *negative* when it falls below minus
that; the proportions of such frames in the post-injection windows (0-15 and 15-30 min in
the paper), minus their proportions in the baseline window, are the baseline-normalised
proportions of Fig. 3D-E/G-H, and the binned mean normalised difference is the time course
of Fig. 3C.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: The paper's windows (s relative to the injection): baseline and the two post-injection windows.
PAPER_BASELINE_S = 900.0
PAPER_WINDOWS = (("0-15 min", 0.0, 900.0), ("15-30 min", 900.0, 1800.0))


def baseline_normalised_difference(times: np.ndarray, sim_positive: np.ndarray, sim_negative: np.ndarray,
                                   injection_s: float, baseline_s: float = PAPER_BASELINE_S) -> tuple[np.ndarray, float, float]:
    """``sim+ - sim-`` minus its mean over the baseline before the injection (paper, Fig. 3C).

    Parameters
    ----------
    times : ndarray, shape (frames,)
        Frame times, s (session clock).
    sim_positive, sim_negative : ndarray, shape (frames,)
        Cosine similarity of each frame to the positive and negative prototype.
    injection_s : float
        Injection time, s.
    baseline_s : float, optional
        Length of the baseline window before the injection (15 min in the paper).

    Returns
    -------
    normalised : ndarray, shape (frames,), float64
    baseline_mean, baseline_sd : float
        Mean and standard deviation (ddof 1) of the raw difference over the baseline window.

    Raises
    ------
    ValueError
        When the baseline window holds fewer than 2 scored frames.
    """
    times = np.asarray(times, float)
    diff = np.asarray(sim_positive, float) - np.asarray(sim_negative, float)
    base = (times >= injection_s - baseline_s) & (times < injection_s) & np.isfinite(diff)
    if base.sum() < 2:
        raise ValueError(f"fewer than 2 scored frames in the {baseline_s:g} s baseline before the injection at {injection_s:g} s")
    mean, sd = float(diff[base].mean()), float(diff[base].std(ddof=1))
    return diff - mean, mean, sd


def window_proportions(times: np.ndarray, normalised: np.ndarray, baseline_sd: float, injection_s: float, *,
                       windows=PAPER_WINDOWS, baseline_s: float = PAPER_BASELINE_S,
                       threshold_sd: float = 0.0) -> list[dict]:
    """Proportions of positive and negative frames per window, raw and minus the baseline's (paper,
    Fig. 3D-E, G-H).

    Parameters
    ----------
    times, normalised : ndarray, shape (frames,)
        Frame times (s) and the baseline-normalised difference.
    baseline_sd : float
        SD of the raw difference over the baseline window.
    injection_s : float
        Injection time, s.
    windows : sequence of (name, start_s, stop_s), optional
        Windows relative to the injection (0-15 and 15-30 min in the paper).
    baseline_s : float, optional
        Length of the baseline window.
    threshold_sd : float, optional
        A frame is positive when ``normalised > threshold_sd * baseline_sd``, negative when
        ``normalised < -threshold_sd * baseline_sd`` (0: the sign of the normalised difference).

    Returns
    -------
    list of dict
        One per window (the baseline window first, named ``"baseline"``) with ``name, start_s,
        stop_s, n_frames, p_positive, p_negative, p_positive_norm, p_negative_norm,
        difference_norm`` (``p_positive_norm - p_negative_norm``) and ``note``. A window the
        recording does not cover gets NaN values and a note saying so, never a number.
    """
    times = np.asarray(times, float)
    normalised = np.asarray(normalised, float)
    cut = threshold_sd * baseline_sd
    spans = [("baseline", -baseline_s, 0.0), *windows]
    out = []
    for name, start, stop in spans:
        sel = (times >= injection_s + start) & (times < injection_s + stop) & np.isfinite(normalised)
        row = {"name": name, "start_s": float(start), "stop_s": float(stop), "n_frames": int(sel.sum()), "note": ""}
        covered = times.size and times[0] <= injection_s + start and times[-1] >= injection_s + stop - _step(times)
        if not sel.any():
            row.update(p_positive=np.nan, p_negative=np.nan, note="no scored frames in this window")
        else:
            row.update(p_positive=float(np.mean(normalised[sel] > cut)), p_negative=float(np.mean(normalised[sel] < -cut)))
            if not covered:
                row["note"] = "the recording covers only part of this window"
        out.append(row)
    base = out[0]
    for row in out:
        row["p_positive_norm"] = row["p_positive"] - base["p_positive"]
        row["p_negative_norm"] = row["p_negative"] - base["p_negative"]
        row["difference_norm"] = row["p_positive_norm"] - row["p_negative_norm"]
    return out


def _step(times: np.ndarray) -> float:
    return float(np.median(np.diff(times))) if len(times) > 1 else 0.0


def binned_course(times: np.ndarray, normalised: np.ndarray, injection_s: float, bin_s: float = 60.0) -> tuple[np.ndarray, np.ndarray]:
    """Mean baseline-normalised difference per bin, bins aligned to the injection (paper, Fig. 3C).

    Parameters
    ----------
    times, normalised : ndarray, shape (frames,)
        Frame times (s) and the baseline-normalised difference.
    injection_s : float
        Injection time, s.
    bin_s : float, optional
        Bin length, s.

    Returns
    -------
    bin_start : ndarray, shape (bins,)
        s relative to the injection.
    mean : ndarray, shape (bins,)
        NaN for bins without scored frames.
    """
    times = np.asarray(times, float)
    normalised = np.asarray(normalised, float)
    rel = times - injection_s
    first = np.floor(rel.min() / bin_s) * bin_s
    index = np.floor((rel - first) / bin_s).astype(int)
    n = index.max() + 1
    ok = np.isfinite(normalised)
    sums = np.bincount(index[ok], normalised[ok], minlength=n)
    counts = np.bincount(index[ok], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    return first + bin_s * np.arange(n), mean


@dataclass
class DrugResponse:
    """Result of :func:`drug_response`."""

    baseline_mean: float  # mean sim+ - sim- over the baseline window
    baseline_sd: float
    bin_start: np.ndarray  # s relative to the injection
    bin_difference: np.ndarray  # mean baseline-normalised sim+ - sim- per bin (Fig. 3C)
    windows: list[dict]  # per window: name, start_s, stop_s, n_frames, proportions (Fig. 3D-E, G-H)


def drug_response(times: np.ndarray, sim_positive: np.ndarray, sim_negative: np.ndarray, injection_s: float, *,
                  baseline_s: float = PAPER_BASELINE_S, windows=PAPER_WINDOWS, threshold_sd: float = 0.0,
                  bin_s: float = 60.0) -> DrugResponse:
    """A drug session's frames against the valence prototypes, normalised to its own baseline
    (paper, Fig. 3C-E, G-H): :func:`baseline_normalised_difference`, then
    :func:`window_proportions` and :func:`binned_course` of the normalised difference.

    Parameters
    ----------
    times, sim_positive, sim_negative, injection_s, baseline_s
        See :func:`baseline_normalised_difference`.
    windows, threshold_sd
        See :func:`window_proportions`.
    bin_s : float, optional
        See :func:`binned_course`.

    Returns
    -------
    DrugResponse

    Raises
    ------
    ValueError
        When the baseline window holds fewer than 2 scored frames.
    """
    norm, mean, sd = baseline_normalised_difference(times, sim_positive, sim_negative, injection_s, baseline_s)
    props = window_proportions(times, norm, sd, injection_s, windows=[tuple(w) for w in windows], baseline_s=baseline_s,
                               threshold_sd=threshold_sd)
    bins, course = binned_course(times, norm, injection_s, bin_s)
    return DrugResponse(mean, sd, bins, course, props)
