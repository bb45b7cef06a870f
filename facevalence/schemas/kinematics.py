"""Keypoint kinematics: the paper's ten facial features per session, their per-trial changes (Fig. 4)
and the cohort's valence pattern (Fig. 5A-E)."""

from __future__ import annotations

import json

import datajoint as dj
import numpy as np
import pandas as pd

from facevalence.io.nwb import open_nwb, pose_arrays, video_source
from facevalence.methods.keypoints import REGIONS
from facevalence.methods.kinematics import (
    PAPER_KEYPOINT_MAP,
    baseline_change,
    clean_pose,
    compute_features,
    feature_plan,
    keypoint_pca,
    peak_change,
    pose_array,
    poses_dataset,
    response_latency,
    window_coverage,
)
from facevalence.methods.stats import kruskal_dunn, wilcoxon_one_sample
from facevalence.schemas._base import Versioned, about_session, when_complete
from facevalence.schemas.session import Nwbfile, Subject, Trial

schema = dj.Schema()


@schema
class KinematicsParams(dj.Lookup):
    definition = """
    kin_paramset        : int16
    ---
    likelihood_threshold : float64
    median_window       : int16      # frames
    baseline_s          : float64    # pre-stimulus baseline for the proportional change
    post_s              : float64    # seconds after the stimulus ends that are kept
    latency_threshold   : float64    # response latency: first time |change| reaches this fraction
    keypoint_map        : <blob>     # feature role -> keypoint name (or list, mean position) in the pose
    description = ""    : varchar(255)
    """
    contents = [(0, 0.9, 5, 4.0, 2.0, 0.05, PAPER_KEYPOINT_MAP,
                 "paper: likelihood 0.9, linear interpolation, 5-frame median, 4 s baseline; 37-point model")]
    # A lab with another pose model inserts its own row, e.g. keypoint_map=MOUSEFLOW_KEYPOINT_MAP
    # (facevalence.methods.kinematics) for the 13-point MouseFlow face model.


def _check_pose_times(nwb_path: str, nwbfile, stamps: np.ndarray) -> None:
    """A pose series must lie on the video's clock: refuse one that starts or ends more than a frame outside it."""
    _, t0, fps, n = video_source(nwb_path, nwbfile)
    lo, hi = t0 - 1.0 / fps, t0 + (n + 1) / fps
    if stamps[0] < lo or stamps[-1] > hi or np.any(np.diff(stamps) <= 0):
        raise ValueError(f"{nwb_path}: pose timestamps ({stamps[0]:.3f}-{stamps[-1]:.3f} s) disagree with the face video "
                         f"({t0:.3f}-{t0 + n / fps:.3f} s) or do not increase")


def _log_text(log) -> str:
    """movement's cleaning log as JSON text (movement 0.15 keeps it as a JSON string already)."""
    return log if isinstance(log, str) else json.dumps(log, default=str)


@schema
class FaceFeatures(Versioned, dj.Computed):
    definition = """
    # The ten facial features (Fig. 4-5) of every frame of a session's cleaned pose
    -> Nwbfile
    -> KinematicsParams
    ---
    frame_times         : <npy@facevalence>    # s, session clock
    feature_names       : <blob>
    features            : <npy@facevalence>    # (n_features, frames) float32; px or degrees
    unavailable         : <blob>               # feature -> why this pose cannot give it
    low_confidence      : <blob>               # keypoint -> fraction of frames below the likelihood threshold
    cleaning_log        : <blob>               # movement's record of the cleaning steps (JSON)
    keypoint_names      : <blob>
    cleaned             : <npy@facevalence>    # (frames, keypoints, 2) float32 cleaned positions, px
    """

    @property
    def key_source(self):
        # the prototype mouse is excluded from every analysis other than building the prototypes
        return ((Nwbfile & "pose_object_id != ''").proj() * KinematicsParams.proj()) & (Subject & "role = 'analysis'")

    def make(self, key):
        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        p = (KinematicsParams & key).fetch1()
        with open_nwb(nwb_path) as nwbfile:
            names, xy, like, stamps = pose_arrays(nwbfile)
            _check_pose_times(nwb_path, nwbfile, stamps)
        plan, unavailable = feature_plan(p["keypoint_map"], names)
        if not plan:
            raise ValueError(f"{nwb_path}: KinematicsParams {key['kin_paramset']} allows none of the features: "
                             + "; ".join(f"{f}: {why}" for f, why in unavailable.items()))
        ds = poses_dataset(xy, like, names)
        clean = clean_pose(ds.position, ds.confidence, p["likelihood_threshold"], p["median_window"])
        cleaned = pose_array(clean)  # frames, keypoints, 2
        empty = [n for i, n in enumerate(names) if not np.isfinite(cleaned[:, i]).any()]
        for feature, groups in list(plan.items()):
            gone = sorted({k for g in groups for k in g if k in empty})
            if gone:
                unavailable[feature] = f"keypoints {gone} have no frame with likelihood >= {p['likelihood_threshold']}"
                del plan[feature]
        values = compute_features(cleaned, names, plan)
        order = list(values)
        self.insert1({**key, "frame_times": stamps, "feature_names": order,
                      "features": np.array([values[f] for f in order], np.float32).reshape(len(order), len(stamps)),
                      "unavailable": unavailable,
                      "low_confidence": {n: float(np.mean(like[:, i] < p["likelihood_threshold"])) for i, n in enumerate(names)},
                      "cleaning_log": _log_text(clean.attrs.get("log", "[]")),
                      "keypoint_names": list(names), "cleaned": cleaned.astype(np.float32)})


@schema
class Kinematics(Versioned, dj.Computed):
    definition = """
    # Per-trial feature changes from the pre-stimulus mean (Fig. 4), every trial of a session
    -> FaceFeatures
    ---
    n_trials            : int32
    """

    class TrialFeature(dj.Part):
        definition = """
        -> master
        -> Trial
        feature             : varchar(32)
        ---
        times               : <blob>     # s relative to onset
        change              : <blob>     # (value - baseline mean) / |baseline mean|
        baseline = null     : float64    # mean over the baseline window (px or degrees)
        peak_change = null  : float64    # change of largest magnitude, onset to stimulus end + post_s
        latency = null      : float64    # s after onset when |change| first reaches the latency threshold
        peak_vs_water = null : float64   # Fig. 4: peak_change minus that of the temporally nearest water trial
        note = ""           : varchar(255)  # why a value is NULL
        """

    @property
    def key_source(self):
        return FaceFeatures.proj() & Trial

    def make(self, key):
        times, names, values = (FaceFeatures & key).fetch1("frame_times", "feature_names", "features")
        times, values = np.asarray(times), np.asarray(values)
        p = (KinematicsParams & key).fetch1()
        trials = (Trial & key).to_dicts(order_by="trial_id")
        rows = []
        for t in trials:
            rel = times - t["start_time"]
            stop = t["stop_time"] - t["start_time"] + p["post_s"]
            window = (rel >= -p["baseline_s"]) & (rel < stop)
            note = window_coverage(times, t["start_time"], p["baseline_s"], stop)
            for name, series in zip(names, values, strict=True):
                change = baseline_change(series[window], rel[window], 0.0, p["baseline_s"])
                pre = window & (rel < 0)
                base = float(np.nanmean(series[pre])) if np.isfinite(series[pre]).any() else np.nan
                why = note or ("" if np.isfinite(change).any() else "no confident pose in the baseline window")
                rows.append({**key, "trial_id": t["trial_id"], "feature": name, "times": rel[window], "change": change,
                             "baseline": base, "peak_change": np.nan if why else peak_change(change, rel[window], stop),
                             "latency": np.nan if why else response_latency(change, rel[window], p["latency_threshold"]),
                             "note": why[:255]})
        water = {t["trial_id"]: t["start_time"] for t in trials if t["stimulus"] == "water"}
        onset = {t["trial_id"]: t["start_time"] for t in trials}
        peaks = {(r["trial_id"], r["feature"]): r["peak_change"] for r in rows}
        for r in rows:
            if not water:
                r["peak_vs_water"] = np.nan
                continue
            nearest = min(water, key=lambda w: abs(water[w] - onset[r["trial_id"]]))
            r["peak_vs_water"] = r["peak_change"] - peaks[(nearest, r["feature"])]
        self.insert1({**key, "n_trials": len(trials)})
        self.TrialFeature.insert(rows)


def when_kinematics_complete(candidates):
    """``candidates`` (keyed by kin_paramset) minus the parameter sets with a session whose
    FaceFeatures or Kinematics row is still to be made: a cohort-level result must not be built
    from whichever sessions a worker happened to finish first."""
    return when_complete(candidates, FaceFeatures, Kinematics)


#: Columns of a one-sample test of the peak changes of one group (stimulus or valence) and feature.
_ONE_SAMPLE = """
        mean_change = null  : float64
        median_change = null : float64
        n                   : int32
        test                : varchar(64)
        statistic = null    : float64
        p_value = null      : float64
        """


@schema
class KinematicPattern(Versioned, dj.Computed):
    definition = """
    # Fig. 5A-E: the valence pattern of the features over every analysed trial of the cohort
    # (peak change per stimulus and per valence, one-sample Wilcoxon vs 0; Kruskal-Wallis + Dunn
    # across stimuli). Built from the Kinematics rows present; delete it and populate again after
    # adding sessions.
    -> KinematicsParams
    ---
    n_sessions          : int32
    n_trials            : int32
    """

    class Source(dj.Part):
        definition = """
        # every Kinematics row the pattern was built from (lineage)
        -> master
        -> Kinematics
        """

    class Stimulus(dj.Part):
        definition = """
        -> master
        stimulus_name       : varchar(32)
        feature             : varchar(32)
        ---
        valence             : varchar(16)
        """ + _ONE_SAMPLE

    class Valence(dj.Part):
        definition = """
        -> master
        valence_name        : varchar(16)
        feature             : varchar(32)
        ---
        """ + _ONE_SAMPLE

    class Across(dj.Part):
        definition = """
        -> master
        feature             : varchar(32)
        ---
        test                : varchar(64)
        statistic = null    : float64
        p_value = null      : float64
        n                   : int32
        dunn                : <blob>     # "stimulus_a|stimulus_b" -> adjusted p
        """

    @property
    def key_source(self):
        return when_kinematics_complete(KinematicsParams.proj() & Kinematics)

    def make(self, key):
        rows = (Kinematics.TrialFeature * Trial.proj("stimulus", "valence") & key).to_dicts()
        df = pd.DataFrame([{k: r[k] for k in ("subject_id", "session_id", "trial_id", "stimulus", "valence", "feature",
                                               "peak_change")} for r in rows])
        df["peak_change"] = pd.to_numeric(df["peak_change"], errors="coerce")
        stim_rows = [{**row, "valence": g["valence"].iloc[0]} for row, g in _one_sample_rows(key, df, "stimulus")]
        val_rows = [row for row, _ in _one_sample_rows(key, df, "valence")]
        across = []
        for feature, g in df.groupby("feature"):
            res = kruskal_dunn({s: h["peak_change"].to_numpy() for s, h in g.groupby("stimulus")})
            across.append({**key, "feature": feature, "test": res["test"], "statistic": res["statistic"],
                           "p_value": res["p"], "n": res["n"], "dunn": res["dunn"]})
        sources = (Kinematics & key).proj().to_dicts()
        self.insert1({**key, "n_sessions": len(sources), "n_trials": int(df[["subject_id", "session_id", "trial_id"]]
                                                                           .drop_duplicates().shape[0])})
        self.Source.insert([{**key, **s} for s in sources])
        self.Stimulus.insert(stim_rows)
        self.Valence.insert(val_rows)
        self.Across.insert(across)


def _one_sample_rows(key: dict, df: pd.DataFrame, group: str):
    """(row, group frame) per (group, feature): mean/median peak change and the one-sample Wilcoxon vs 0."""
    for (name, feature), g in df.groupby([group, "feature"]):
        v = g["peak_change"].to_numpy(float)
        res = wilcoxon_one_sample(v)
        v = v[np.isfinite(v)]
        yield ({**key, f"{group}_name": name, "feature": feature, "mean_change": float(v.mean()) if v.size else np.nan,
                "median_change": res["median"], "n": res["n"], "test": res["test"], "statistic": res["statistic"],
                "p_value": res["p"]}, g)


@schema
class KeypointPCA(Versioned, dj.Computed):
    definition = """
    # Fig. S4: PCA of the z-scored positions of the highest-variance keypoint of each face region
    -> FaceFeatures
    ---
    keypoints           : <blob>     # one per region (regions of the 37-point model)
    explained_variance  : <blob>     # ratio per component
    components          : <blob>     # (components, 2 x keypoints): x, y of each keypoint in turn
    n_frames            : int32      # frames with every chosen keypoint
    """

    def make(self, key):
        names, cleaned = (FaceFeatures & key).fetch1("keypoint_names", "cleaned")
        with about_session(key):
            res = keypoint_pca(np.asarray(cleaned), list(names), REGIONS)
        self.insert1({**key, **res})
