"""Locomotion (paper, Fig. S5A-C): the running speed a session's NWB file holds, each trial's running
after the stimulus, and the cohort-level check that running does not explain the expressions."""

from __future__ import annotations

import dataclasses

import datajoint as dj
import numpy as np
import pandas as pd

from facevalence.io.nwb import open_nwb, running_arrays
from facevalence.methods.locomotion import locomotion_check, trial_running
from facevalence.schemas._base import (
    Pooled,
    Versioned,
    about_session,
    in_cohort,
    members_hash,
    nullable,
    when_complete,
)
from facevalence.schemas.face import Embedding, EmbeddingParams, HOGFeatures, HOGParams
from facevalence.schemas.kinematics import FaceFeatures, Kinematics, KinematicsParams
from facevalence.schemas.session import Cohort, Nwbfile, Subject, Trial

schema = dj.Schema()


@schema
class Running(dj.Manual):
    definition = """
    # The session's running-speed series in its NWB file (session.yaml files.running); made by ingest
    -> Nwbfile
    ---
    running_object_id   : varchar(40)
    description = ""    : varchar(1024)
    """


@schema
class LocomotionParams(dj.Lookup):
    definition = """
    loco_paramset       : int16
    ---
    baseline_s          : float64    # pre-stimulus window
    post_s              : float64    # the response window runs from onset to the stimulus end + post_s
    high_speed          : float64    # cm/s: a trial whose mean response speed reaches this is high-running
    feature             : varchar(32)  # the posture compared by valence (Kinematics feature)
    n_shuffles          : int32      # of the silhouette's trial-shuffle test
    description = ""    : varchar(255)
    """
    contents = [{"loco_paramset": 0, "baseline_s": 4.0, "post_s": 2.0, "high_speed": 5.0, "feature": "ear_angle",
                 "n_shuffles": 1000,
                 "description": "Fig. S5A-C: running >= 5 cm/s after onset; ear posture by valence; HOG-UMAP silhouette"}]


@schema
class TrialRunning(Versioned, dj.Computed):
    definition = """
    # Fig. S5A: each trial's running speed before and after the stimulus
    -> Running
    -> LocomotionParams
    ---
    n_high              : int32      # high-running trials
    times               : <blob>     # s from onset, the speed traces' grid
    """

    class PerTrial(dj.Part):
        definition = """
        -> master
        -> Trial
        ---
        baseline_speed = null : float64  # cm/s, mean over the baseline
        response_speed = null : float64  # cm/s, mean from onset to the stimulus end + post_s
        peak_speed = null   : float64
        high                : bool
        trace               : <blob>     # cm/s on the master's grid (NaN outside the recording)
        """

    @property
    def key_source(self):
        return Running.proj() * LocomotionParams.proj() & Trial.proj()

    def make_fetch(self, key):
        with open_nwb((Nwbfile & key).fetch1("nwb_path")) as nwbfile:
            times, speed = running_arrays(nwbfile)
        trials = (Trial & key).to_dicts(order_by="trial_id")
        return times, speed, trials, (LocomotionParams & key).fetch1()

    def make_compute(self, key, times, speed, trials, params):
        from facevalence.methods.photometry import trial_window

        with about_session(key):
            runs = trial_running(times, speed, trials, params["baseline_s"], params["post_s"], params["high_speed"])
        longest = max(t["stop_time"] - t["start_time"] for t in trials) + params["post_s"]
        windows = [trial_window(times, speed, t["start_time"], params["baseline_s"], longest, 10.0) for t in trials]
        return runs, windows[0][0], [values for _, values in windows]

    def make_insert(self, key, runs, grid, traces):
        self.insert1({**key, "n_high": sum(r.high for r in runs), "times": grid})
        self.PerTrial.insert([{**key, **{k: nullable(v) if isinstance(v, float) else v for k, v in dataclasses.asdict(r).items()},
                            "trace": trace} for r, trace in zip(runs, traces, strict=True)])


@schema
class LocomotionCheck(Pooled, Versioned, dj.Computed):
    definition = """
    # Fig. S5A-C: within the trials where the mice ran after the stimulus, does the face still tell
    # the valence? Ear posture by valence (Mann-Whitney) and the separation of positive and negative
    # frames in each session's HOG-UMAP embedding (silhouette vs trial-shuffled labels)
    -> LocomotionParams
    -> KinematicsParams
    -> HOGParams
    -> EmbeddingParams
    -> Cohort
    ---
    n_sessions          : int32
    n_trials            : int32      # valenced trials with a running speed
    n_high              : int32
    posture_high        : <blob>     # Mann-Whitney, positive vs negative posture change, high-running trials
    posture_low         : <blob>     # the same in the other trials
    silhouette_high = null : float64  # mean silhouette of valence over the sessions, high-running trials
    silhouette_low = null : float64
    separation_high     : <blob>     # its trial-shuffle test (per session, null distribution)
    separation_low      : <blob>
    members_hash        : char(32)   # of the sessions pooled: the row is stale when they change
    """

    class Source(dj.Part):
        definition = """
        -> master
        -> TrialRunning
        """

    class Posture(dj.Part):
        definition = """
        -> master
        running             : varchar(8)     # high | low
        valence_name        : varchar(16)
        ---
        feature             : varchar(32)
        n                   : int32
        median_change = null : float64
        changes             : <blob>         # each trial's peak change
        """

    class Separation(dj.Part):
        definition = """
        -> master
        -> Embedding
        ---
        silhouette_high = null : float64  # positive vs negative frames of the high-running trials
        silhouette_low = null : float64   # ... of the other trials
        n_frames_high       : int32
        n_frames_low        : int32
        """

    @property
    def key_source(self):
        candidates = (LocomotionParams.proj() * KinematicsParams.proj() * HOGParams.proj() * EmbeddingParams.proj()
                      * Cohort.proj()) & (
            TrialRunning * Cohort.Member).proj()
        # every table on the way to each input, not just the last: a worker must not pool the sessions
        # whose HOG (hence embedding) or features are not made yet as if they had none
        return when_complete(candidates, TrialRunning, FaceFeatures, Kinematics, HOGFeatures, Embedding)

    @classmethod
    def pooled(cls, key):
        return in_cohort(TrialRunning & {"loco_paramset": key["loco_paramset"]}, key) & (Subject & "role = 'analysis'")

    def make_fetch(self, key):
        params = (LocomotionParams & key).fetch1()
        sources = self.pooled(key)
        runs = (TrialRunning.PerTrial * Trial.proj("valence") & sources.proj()).to_dicts()
        changes = (Kinematics.TrialFeature & {"kin_paramset": key["kin_paramset"], "feature": params["feature"]}
                   & sources.proj()).to_dicts()
        embeddings = (Embedding & {"hog_paramset": key["hog_paramset"], "emb_paramset": key["emb_paramset"]}
                      & sources.proj()).to_dicts(
            order_by=("subject_id", "session_id"))
        return params, sources.proj().to_dicts(), runs, changes, embeddings

    def make_compute(self, key, params, sources, runs, changes, embeddings):
        change = {(c["subject_id"], c["session_id"], c["trial_id"]): c["peak_change"] for c in changes}
        frame = pd.DataFrame([{"subject_id": r["subject_id"], "session_id": r["session_id"], "trial_id": r["trial_id"],
                               "valence": r["valence"], "high": bool(r["high"]),
                               "response_speed": np.nan if r["response_speed"] is None else r["response_speed"],
                               "change": change.get((r["subject_id"], r["session_id"], r["trial_id"]))} for r in runs],
                             columns=["subject_id", "session_id", "trial_id", "valence", "high", "response_speed", "change"])
        frame["change"] = pd.to_numeric(frame["change"], errors="coerce")
        check = locomotion_check(frame, embeddings, feature=params["feature"], n_shuffles=params["n_shuffles"])
        return sources, check

    def make_insert(self, key, sources, check):
        self.insert1({**key, "n_sessions": len(sources), "n_trials": check.n_trials, "n_high": check.n_high,
                      "posture_high": check.posture_high, "posture_low": check.posture_low,
                      "silhouette_high": nullable(check.separation_high["statistic"]),
                      "silhouette_low": nullable(check.separation_low["statistic"]),
                      "separation_high": check.separation_high, "separation_low": check.separation_low,
                      "members_hash": members_hash(sources)})
        self.Source.insert([{**key, **s} for s in sources])
        self.Posture.insert([{**key, "running": p["running"], "valence_name": p["valence"], "feature": p["feature"],
                              "n": p["n"], "median_change": nullable(p["median_change"]), "changes": p["values"]}
                             for p in check.posture])
        rows = []
        for (subject, session), high, low in zip(check.sessions, check.separation_high["per_session"],
                                                 check.separation_low["per_session"], strict=True):
            rows.append({**key, "subject_id": subject, "session_id": session,
                         "silhouette_high": high["silhouette"] if high else None,
                         "silhouette_low": low["silhouette"] if low else None,
                         "n_frames_high": high["n_frames"] if high else 0, "n_frames_low": low["n_frames"] if low else 0})
        self.Separation.insert(rows)
