"""Optogenetics: laser-on vs laser-off trials on the face measures (paper, Fig. 7E-G, J-L)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from facevalence.methods.stats import mann_whitney, zscore

#: The face measures compared between laser-on and laser-off trials (Fig. 7E-G).
MEASURES = ("similarity_z", "ear_angle", "mouth_inclination")


def trial_measures(scores: list[dict], features: list[dict]) -> pd.DataFrame:
    """The face measures of a session's valenced trials (Fig. 7E-G).

    Parameters
    ----------
    scores : list of dict
        Per trial: ``trial_id``, ``valence``, ``laser_on``, ``cum_positive``, ``cum_negative``.
    features : list of dict
        Per trial and feature: ``trial_id``, ``feature``, ``peak_change`` (ear angle, mouth inclination).

    Returns
    -------
    pandas.DataFrame
        One row per valenced trial and measure: ``trial_id, valence, laser_on, measure, value``.
        ``similarity_z`` is the trial's cumulative similarity to its own valence's prototype (vs its
        pre-stimulus baseline, Fig. 2H), z-scored over the session's trials; ``ear_angle`` and
        ``mouth_inclination`` are the peak proportional changes (Fig. 4).
    """
    trials = pd.DataFrame(scores)
    trials = trials[trials["valence"].isin(["positive", "negative"])].copy()
    cum = {v: zscore(trials[f"cum_{v}"].to_numpy(float)) for v in ("positive", "negative")}
    trials["similarity_z"] = np.where(trials["valence"] == "positive", cum["positive"], cum["negative"])
    rows = [trials[["trial_id", "valence", "laser_on", "similarity_z"]].rename(columns={"similarity_z": "value"})
            .assign(measure="similarity_z")]
    feats = pd.DataFrame(features)
    if not feats.empty:
        feats = feats[feats["feature"].isin(MEASURES[1:])].merge(trials[["trial_id", "valence", "laser_on"]], on="trial_id")
        rows.append(feats.rename(columns={"peak_change": "value", "feature": "measure"})
                    [["trial_id", "valence", "laser_on", "measure", "value"]])
    out = pd.concat(rows, ignore_index=True)
    out["value"] = pd.to_numeric(out["value"], errors="coerce")
    out["laser_on"] = out["laser_on"].astype(bool)
    return out


def laser_comparisons(measures: pd.DataFrame, *by: str) -> list[dict]:
    """Mann-Whitney of laser-on vs laser-off trials per measure and valence, and per ``by`` column
    (e.g. ``subject_group``: eNpHR vs the eYFP control) (paper, Fig. 7E-G, J-L).

    Parameters
    ----------
    measures : pandas.DataFrame
        One row per trial and measure: ``trial_id, valence, laser_on, measure, value`` plus the
        ``by`` columns.
    *by : str
        Extra columns to group by.

    Returns
    -------
    list of dict
        ``*by, measure, valence_name, n_on, n_off, median_on, median_off, statistic, p_value, stats``
        (NaN where a test is undefined).
    """
    rows = []
    for names, g in measures.groupby([*by, "measure", "valence"]):
        on = g.loc[g["laser_on"], "value"].to_numpy(float)
        off = g.loc[~g["laser_on"], "value"].to_numpy(float)
        res = mann_whitney(on, off, ("laser_on", "laser_off"))
        n_on, n_off = res["n_per_group"]
        rows.append({**dict(zip([*by, "measure", "valence_name"], names, strict=True)), "n_on": n_on, "n_off": n_off,
                     "median_on": res["median_laser_on"], "median_off": res["median_laser_off"],
                     "statistic": res["statistic"], "p_value": res["p"], "stats": res})
    return rows


def laser_counts(measures: pd.DataFrame) -> tuple[int, int]:
    """How many valenced trials had the laser on and off (paper, Fig. 7E-L: trial counts per arm).

    Parameters
    ----------
    measures : pandas.DataFrame
        The table of :func:`laser_comparisons` (``trial_id``, ``laser_on``).

    Returns
    -------
    n_on, n_off : int
    """
    trials = measures.drop_duplicates("trial_id")
    return int(trials["laser_on"].sum()), int((~trials["laser_on"]).sum())
