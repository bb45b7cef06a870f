"""The response pattern of each recorded neuron type across the cohort (paper, Fig. 6): trial peaks
of the z-scored dF/F per stimulus, tested against 0 and across stimuli."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class NeuronTypeResult:
    """Result of :func:`neuron_type_pattern` (Fig. 6)."""

    stimulus: list[dict]  # per (cell type, stimulus): mean +- SEM of trial peaks, ratio to water, one-sample t
    cell_type: list[dict]  # per cell type: Kruskal-Wallis + Dunn across stimuli, Mann-Whitney positive vs negative
    n_sessions: int
    n_trials: int


def neuron_type_pattern(trials: list[dict], ratios: list[dict]) -> NeuronTypeResult:
    """The response pattern of each recorded neuron type across the cohort (paper, Fig. 6).

    Parameters
    ----------
    trials : list of dict
        One per trial: ``subject_id``, ``session_id``, ``cell_type``, ``stimulus``, ``valence``, ``peak_z``.
    ratios : list of dict
        One per session PSTH: ``cell_type``, ``stimulus``, ``ratio_to_water``.

    Returns
    -------
    NeuronTypeResult
        Per cell type and stimulus, the trial peaks' mean +- SEM with a one-sample t test vs 0
        (Bonferroni over stimuli); per cell type Kruskal-Wallis + Dunn across stimuli and
        Mann-Whitney of positive vs negative trials.

    Raises
    ------
    ValueError
        When no trial has a cell type.
    """
    import pandas as pd

    from facevalence.methods.stats import kruskal_dunn, mann_whitney, one_sample_t_bonferroni, sem

    rows, ratios = pd.DataFrame(trials), pd.DataFrame(ratios)
    if rows.empty:
        raise ValueError("no PSTH of a subject with a cell_type; set subject.cell_type in session.yaml")
    stim_rows, type_rows = [], []
    for cell_type, group in rows.groupby("cell_type"):
        peaks = {s: g["peak_z"].to_numpy(float) for s, g in group.groupby("stimulus")}
        tested = one_sample_t_bonferroni(peaks)
        for stimulus, g in group.groupby("stimulus"):
            v = g["peak_z"].to_numpy(float)
            v = v[np.isfinite(v)]
            r = ratios[(ratios.cell_type == cell_type) & (ratios.stimulus == stimulus)]["ratio_to_water"]
            r = pd.to_numeric(r, errors="coerce").dropna()
            one = tested["per_group"][stimulus]
            stim_rows.append({"cell_type": cell_type, "stimulus_name": stimulus, "valence": g["valence"].iloc[0],
                              "mean_peak_z": float(v.mean()) if v.size else None, "sem_peak_z": sem(v),
                              "mean_ratio_to_water": float(r.mean()) if len(r) else None, "n_trials": int(v.size),
                              "n_sessions": int(len(g[["subject_id", "session_id"]].drop_duplicates())),
                              "stats": {"test": tested["test"], "statistic": one["statistic"], "p": one["p_bonferroni"],
                                        "p_uncorrected": one["p"], "n": one["n"], "groups": [stimulus],
                                        "mean": one["mean"]}})
        by_valence = {v: g["peak_z"].to_numpy(float) for v, g in group.groupby("valence")}
        type_rows.append({"cell_type": cell_type, "across_stimuli": kruskal_dunn(peaks),
                          "positive_vs_negative": mann_whitney(by_valence.get("positive", []),
                                                               by_valence.get("negative", []), ("positive", "negative"))})
    return NeuronTypeResult(stim_rows, type_rows, len(rows[["subject_id", "session_id"]].drop_duplicates()), len(rows))
