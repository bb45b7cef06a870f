"""Per-trial changes of the facial features and the cohort's valence pattern (paper, Methods
"Keypoint analysis"; Fig. 4, 5A-E): each feature relative to its pre-stimulus mean, its peak and
latency, the peak minus the nearest water trial's, and the one-sample and across-stimulus tests."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from facevalence.methods.kinematics import baseline_change, peak_change, response_latency, window_coverage

#: Pre-stimulus baseline of every per-trial change (paper, Methods "Keypoint analysis": the 4 s
#: before onset); conversion refuses trials with less recording before them.
TRIAL_BASELINE_S = 4.0


@dataclass
class TrialFeatureChange:
    """One feature's change in one trial (Fig. 4)."""

    trial_id: int
    feature: str
    times: np.ndarray  # s relative to onset
    change: np.ndarray  # (value - baseline mean) / |baseline mean|
    baseline: float  # mean over the baseline window (px or degrees)
    peak_change: float  # change of largest magnitude, onset to stimulus end + post_s
    latency: float  # s after onset when |change| first reaches the latency threshold
    peak_vs_water: float  # peak_change minus that of the temporally nearest water trial (Fig. 4)
    note: str  # why a value is NaN


def trial_changes(times: np.ndarray, names: list[str], values: np.ndarray, trials: list[dict], *, baseline_s: float = TRIAL_BASELINE_S,
                  post_s: float = 2.0, latency_threshold: float = 0.05,
                  reference: str = "water") -> list[TrialFeatureChange]:
    """Every feature's change from its pre-stimulus mean in every trial (paper, Methods; Fig. 4).

    Parameters
    ----------
    times : np.ndarray
        (frames,) s, session clock.
    names : list of str
        Feature names, the rows of ``values``.
    values : np.ndarray
        (features, frames).
    trials : list of dict
        ``trial_id``, ``start_time``, ``stop_time``, ``stimulus``.
    baseline_s, post_s, latency_threshold
        Baseline window before onset; seconds kept after the stimulus ends; latency threshold.
    reference : str
        The control stimulus whose nearest trial's peak is subtracted (``peak_vs_water``).

    Returns
    -------
    list of TrialFeatureChange
    """
    rows = []
    for t in trials:
        rel = times - t["start_time"]
        stop = t["stop_time"] - t["start_time"] + post_s
        window = (rel >= -baseline_s) & (rel < stop)
        note = window_coverage(times, t["start_time"], baseline_s, stop)
        for name, series in zip(names, values, strict=True):
            change = baseline_change(series[window], rel[window], 0.0, baseline_s)
            pre = window & (rel < 0)
            base = float(np.nanmean(series[pre])) if np.isfinite(series[pre]).any() else np.nan
            why = note or ("" if np.isfinite(change).any() else "no confident pose in the baseline window")
            rows.append(TrialFeatureChange(t["trial_id"], name, rel[window], change, base,
                                           np.nan if why else peak_change(change, rel[window], stop),
                                           np.nan if why else response_latency(change, rel[window], latency_threshold),
                                           np.nan, why[:255]))
    water = {t["trial_id"]: t["start_time"] for t in trials if t["stimulus"] == reference}
    onset = {t["trial_id"]: t["start_time"] for t in trials}
    peaks = {(r.trial_id, r.feature): r.peak_change for r in rows}
    for r in rows:
        if water:
            nearest = min(water, key=lambda w: abs(water[w] - onset[r.trial_id]))
            r.peak_vs_water = r.peak_change - peaks[(nearest, r.feature)]
    return rows


@dataclass
class ValencePattern:
    """Result of :func:`valence_pattern` (Fig. 5A-E)."""

    stimulus: list[dict]  # per (stimulus, feature): valence, mean/median peak change, one-sample Wilcoxon vs 0
    valence: list[dict]  # per (valence, feature): the same
    across: list[dict]  # per feature: Kruskal-Wallis across stimuli + Dunn's post-hoc
    n_trials: int


def _one_sample(df, group: str) -> list[dict]:
    from facevalence.methods.stats import wilcoxon_one_sample

    out = []
    for (name, feature), g in df.groupby([group, "feature"]):
        v = g["peak_change"].to_numpy(float)
        res = wilcoxon_one_sample(v)
        v = v[np.isfinite(v)]
        out.append({f"{group}_name": name, "feature": feature, "mean_change": float(v.mean()) if v.size else np.nan,
                    "median_change": res["median"], "n": res["n"], "test": res["test"], "statistic": res["statistic"],
                    "p_value": res["p"], **({"valence": g["valence"].iloc[0]} if group == "stimulus" else {})})
    return out


def valence_pattern(peaks: list[dict]) -> ValencePattern:
    """The cohort's valence pattern of the facial features (paper, Fig. 5A-E).

    Parameters
    ----------
    peaks : list of dict
        One per trial and feature: ``subject_id``, ``session_id``, ``trial_id``, ``stimulus``,
        ``valence``, ``feature``, ``peak_change``.

    Returns
    -------
    ValencePattern
        Per stimulus and per valence the peak changes against 0 (one-sample Wilcoxon), and per
        feature Kruskal-Wallis across stimuli with Dunn's post-hoc tests.
    """
    import pandas as pd

    from facevalence.methods.stats import kruskal_dunn

    df = pd.DataFrame(peaks)
    df["peak_change"] = pd.to_numeric(df["peak_change"], errors="coerce")
    across = []
    for feature, g in df.groupby("feature"):
        res = kruskal_dunn({s: h["peak_change"].to_numpy() for s, h in g.groupby("stimulus")})
        across.append({"feature": feature, "test": res["test"], "statistic": res["statistic"], "p_value": res["p"],
                       "n": res["n"], "dunn": res["dunn"]})
    return ValencePattern(_one_sample(df, "stimulus"), _one_sample(df, "valence"), across,
                          int(df[["subject_id", "session_id", "trial_id"]].drop_duplicates().shape[0]))
