"""Per-stimulus summary across the chain (what ``facevalence demo`` prints)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from facevalence.schemas.correlation import FaceNeuralCorrelation, FaceNeuralPattern
from facevalence.schemas.face import DrugEffect, Embedding, PrototypeScore
from facevalence.schemas.kinematics import Kinematics
from facevalence.schemas.models import PoseDecoding
from facevalence.schemas.opto import OptoGroupEffect
from facevalence.schemas.photometry import NeuronTypePattern, PhotometryPSTH
from facevalence.schemas.session import DEFAULT_COHORT, Stimulus, Trial

#: The paper's parameter sets (row 0 of every *Params table), and the cohort of every analysis session
#: for the results that pool sessions.
PAPER_PARAMS = {"hog_paramset": 0, "reg_paramset": 0, "proto_paramset": 0, "kin_paramset": 0, "phot_paramset": 0,
                "corr_paramset": 0, "drug_paramset": 0, "emb_paramset": 0, "decode_paramset": 0,
                "cohort": DEFAULT_COHORT}


def stimulus_summary(params: dict | None = None) -> pd.DataFrame:
    """One row per stimulus: prototype-similarity difference (sim+ minus sim-, stimulus window
    minus pre-stimulus baseline), peak ear-angle and mouth-inclination change, PSTH peak ratio
    to water and face-neural Spearman rho (analysis mice only: the prototype mouse has no scores)."""
    params = {**PAPER_PARAMS, **(params or {})}
    rows = []
    for stim in Stimulus.to_dicts(order_by="stimulus"):
        key = {"stimulus": stim["stimulus"]}
        s = dict(key)
        trials = Trial & key
        if not trials:
            continue
        s["valence"] = stim["default_valence"]
        diff, base = (np.asarray(v, float) for v in
                      (PrototypeScore.TrialScore & trials.proj() & params).to_arrays("mean_difference", "baseline_difference"))
        s["similarity_diff"] = float(np.mean(diff - base)) if len(diff) else np.nan
        s["n_trials"] = len(diff)
        kin = Kinematics.TrialFeature & trials.proj() & params
        for feature, column in (("ear_angle", "ear_angle_change_pct"), ("mouth_inclination", "mouth_change_pct")):
            peak = np.asarray((kin & {"feature": feature}).to_arrays("peak_change"), float)  # NULL -> NaN
            s[column] = 100 * float(np.nanmean(peak)) if np.isfinite(peak).any() else np.nan
        ratios = np.asarray((PhotometryPSTH & key & params).to_arrays("ratio_to_water"), float)
        s["psth_peak_vs_water"] = float(np.nanmean(ratios)) if np.isfinite(ratios).any() else np.nan
        rho = np.asarray((FaceNeuralCorrelation & key & params).to_arrays("rho"), float)
        s["face_neural_rho"] = float(np.nanmean(rho)) if np.isfinite(rho).any() else np.nan
        rows.append(s)
    order = {"positive": 0, "negative": 1, "neutral": 2}
    frame = pd.DataFrame(rows)
    if len(frame):
        frame = frame.sort_values("valence", key=lambda v: v.map(order).fillna(3), kind="stable").reset_index(drop=True)
    return frame


def format_summary(frame: pd.DataFrame) -> str:
    if frame.empty:
        return "(no trials)"
    cols = {"stimulus": "stimulus", "valence": "valence", "n_trials": "trials", "similarity_diff": "d[sim(+) - sim(-)]",
            "ear_angle_change_pct": "peak ear angle %", "mouth_change_pct": "peak mouth incl. %",
            "psth_peak_vs_water": "PSTH peak / water", "face_neural_rho": "face-neural rho"}
    return frame[list(cols)].rename(columns=cols).to_string(index=False, float_format=lambda v: f"{v:+.4f}")


def drug_summary(params: dict | None = None) -> pd.DataFrame:
    """One row per drug session: baseline-normalised (positive - negative) frame proportions in each
    post-injection window (Fig. 3D-E, G-H)."""
    params = {**PAPER_PARAMS, **(params or {})}
    rows = (DrugEffect.Window * DrugEffect.proj("drug") & params & "window_name != 'baseline'").to_dicts()
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows).pivot_table(index=["subject_id", "session_id", "drug"], columns="window_name",
                                           values="difference_norm", aggfunc="first")
    return frame.reset_index()


def embedding_agreement(params: dict | None = None) -> float:
    """Mean adjusted Rand index of the k-means clusters of the embedding with the stimuli (Fig. 1G)."""
    params = {**PAPER_PARAMS, **(params or {})}
    values = np.asarray((Embedding & params).to_arrays("adjusted_rand"), float)
    return float(np.nanmean(values)) if np.isfinite(values).any() else np.nan


def decoding_summary(params: dict | None = None) -> str:
    """One line: LSTM decoding accuracy (mean +- SEM over folds) per region, and chance (Fig. 5G)."""
    params = {**PAPER_PARAMS, **(params or {})}
    rows = (PoseDecoding.Region * PoseDecoding.proj("chance") & params).to_dicts(order_by="mean_accuracy DESC")
    if not rows:
        return "(no decoding)"
    parts = [f"{r['region']} {r['mean_accuracy']:.2f} +- {r['sem_accuracy']:.2f}" for r in rows]
    return f"{', '.join(parts)} ({rows[0]['n_folds']} folds; chance {rows[0]['chance']:.2f})"


def neuron_type_summary(params: dict | None = None) -> pd.DataFrame:
    """Cell type x stimulus: mean z-scored PSTH peak over the cohort's trials (Fig. 6), with the
    face-neural Spearman rho of the type's valence (Fig. 7A-B) beside it."""
    params = {**PAPER_PARAMS, **(params or {})}
    rows = (NeuronTypePattern.Stimulus & params).to_dicts()
    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame(rows).pivot_table(index="cell_type", columns="stimulus_name", values="mean_peak_z", aggfunc="first")
    rho = {(r["cell_type"], r["valence_name"]): r["rho"] for r in (FaceNeuralPattern.CellTypeValence & params).to_dicts()}
    for valence in ("positive", "negative"):
        frame[f"rho {valence}"] = [rho.get((c, valence), np.nan) for c in frame.index]
    return frame.reset_index()


def opto_summary(params: dict | None = None) -> pd.DataFrame:
    """Group x measure x valence: median laser-on vs laser-off and the Mann-Whitney p (Fig. 7E-G)."""
    params = {**PAPER_PARAMS, **(params or {})}
    rows = (OptoGroupEffect.Group & params).to_dicts(order_by=("subject_group", "measure", "valence_name"))
    cols = ["subject_group", "measure", "valence_name", "n_on", "n_off", "median_on", "median_off", "p_value"]
    return pd.DataFrame([{c: r[c] for c in cols} for r in rows])


def locomotion_summary(params: dict | None = None) -> str:
    """One line of the cohort's locomotion check (Fig. S5A-C): how many valenced trials the mice ran
    after, the ear's median change by valence within them with the Mann-Whitney p, and the mean
    HOG-UMAP silhouette of valence in the trials with and without running; "" without a row."""
    from facevalence.schemas.locomotion import LocomotionCheck

    params = {**PAPER_PARAMS, "loco_paramset": 0, **(params or {})}
    rows = (LocomotionCheck & params).to_dicts(limit=1)
    if not rows:
        return ""
    r = rows[0]
    high = r["posture_high"]
    silhouette = {k: "n/a" if r[k] is None else f"{r[k]:.2f}" for k in ("silhouette_high", "silhouette_low")}
    return (f"ran after {r['n_high']} of {r['n_trials']} valenced trials; within them ear change positive "
            f"{high['median_positive']:+.2f} vs negative {high['median_negative']:+.2f} (p = {high['p']:.2g}); "
            f"HOG-UMAP silhouette of valence {silhouette['silhouette_high']} (ran) vs {silhouette['silhouette_low']} "
            "(other trials)")
