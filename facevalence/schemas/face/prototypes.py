"""Valence prototypes of the prototype mouse and every analysis session's scores against them (Fig. 2)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import datajoint as dj
import numpy as np

from facevalence.io.nwb import session_video
from facevalence.io.stream import FramePlan
from facevalence.methods.prototypes import PrototypeSet, PrototypeTrial, build_prototypes
from facevalence.methods.scoring import PrototypeScorer, SessionScores, session_scores
from facevalence.methods.stats import wilcoxon_paired
from facevalence.schemas._base import Versioned
from facevalence.schemas.face._pass import FramePass
from facevalence.schemas.face._schema import schema
from facevalence.schemas.face.hog import HOGParams, RegisteredHOG, hog_config
from facevalence.schemas.face.registration import (
    PrototypeMouse,
    Registration,
    RegistrationParams,
    registration_warp,
)
from facevalence.schemas.session import Nwbfile, Session, Subject, Trial, Valence  # noqa: F401  (definitions)


@schema
class PrototypeParams(dj.Lookup):
    definition = """
    proto_paramset      : int16
    ---
    n_frames            : int16      # frames averaged into each subprototype
    similarity          : varchar(16)
    description = ""    : varchar(255)
    """
    contents = [{"proto_paramset": 0, "n_frames": 10, "similarity": "cosine",
                 "description": "paper: per-stimulus subprototypes, positive = sucrose+NaCl, negative = bitter+shock"}]


@schema
class Prototype(Versioned, dj.Computed):
    definition = """
    # Valence prototypes from the designated prototype mouse, excluded from every other analysis
    -> PrototypeMouse
    -> RegistrationParams
    -> HOGParams
    -> PrototypeParams
    ---
    positive            : <npy@facevalence>
    negative            : <npy@facevalence>
    n_trials            : int32
    """

    class Source(dj.Part):
        definition = """
        # every RegisteredHOG row the prototypes were built from (lineage)
        -> master
        -> RegisteredHOG
        """

    class Sub(dj.Part):
        definition = """
        -> master
        stimulus_name       : varchar(32)
        ---
        valence             : varchar(16)
        vector              : <npy@facevalence>
        n_frames            : int32
        apex_session        : varchar(32)  # the stimulus's apex frame (two-step rule, Fig. 1C): its session,
        apex_trial          : int32        # trial ...
        apex_time           : float64    # ... and time, s on the session clock
        """

    @property
    def key_source(self):
        # every session (with trials) of the prototype mouse must have its registered HOG features
        mice = PrototypeMouse.proj("subject_id") * RegistrationParams.proj() * HOGParams.proj()
        missing = ((Session & Trial).proj() * mice) - RegisteredHOG
        return ((mice & RegisteredHOG) - missing.proj()).proj() * PrototypeParams.proj()

    def make_fetch(self, key):
        subject = (PrototypeMouse & key).fetch1("subject_id")
        mine = {"subject_id": subject, "proto_id": key["proto_id"], "reg_paramset": key["reg_paramset"],
                "hog_paramset": key["hog_paramset"]}
        windows = (RegisteredHOG.Window * Trial.proj("stimulus", "valence", "start_time", "stop_time") & mine).to_dicts(
            order_by=("session_id", "trial_id"))  # the hog columns are lazy references: read in make_compute
        sources = (RegisteredHOG & mine).proj().to_dicts()
        return subject, windows, (PrototypeParams & key).fetch1(), sources

    def make_compute(self, key, subject, windows, params, sources):
        trials = [PrototypeTrial(w["session_id"], w["trial_id"], w["stimulus"], w["valence"], w["start_time"],
                                 w["stop_time"], np.asarray(w["frame_times"]), np.asarray(w["hog"])) for w in windows]
        try:
            return build_prototypes(trials, params["n_frames"]), sources
        except ValueError as err:
            raise ValueError(f"prototype mouse {subject}: no usable trials for a prototype: {err}") from None

    def make_insert(self, key, protos: PrototypeSet, sources: list[dict]):
        self.insert1({**key, "positive": protos.positive, "negative": protos.negative, "n_trials": protos.n_trials})
        self.Sub.insert([{**key, "stimulus_name": name, **dataclasses.asdict(sub)}
                         for name, sub in protos.subprototypes.items()])
        self.Source.insert([{**key, **s} for s in sources])


@schema
class PrototypeScore(FramePass, Versioned, dj.Computed):
    definition = """
    # Per-frame cosine similarity of a whole session's registered frames to the valence prototypes
    # (one streaming pass over the video; per-frame HOG vectors are not kept)
    -> Registration
    -> Prototype
    ---
    n_frames            : int32
    frame_times         : <npy@facevalence>    # s, session clock
    sim_positive        : <npy@facevalence>
    sim_negative        : <npy@facevalence>
    """

    class TrialScore(dj.Part):
        definition = """
        -> master
        -> Trial
        ---
        mean_difference     : float64    # mean (positive - negative) over the stimulus window
        baseline_difference : float64    # mean (positive - negative) over HOGParams.pre_s before onset
        cum_positive        : float64    # sum over the stimulus window of (similarity to the positive prototype
        cum_negative        : float64    #   minus its pre-stimulus mean): cumulative similarity vs baseline
        """

    @property
    def key_source(self):
        # The prototype mouse is excluded from every analysis: only 'analysis' subjects are scored.
        return (Registration.proj() * Prototype.proj()) & (Subject & "role = 'analysis'")

    def make_fetch(self, key):
        if (Subject & key).fetch1("role") != "analysis":
            raise ValueError(f"subject {key['subject_id']} is a prototype mouse and cannot be scored")
        trials = (Trial & key).proj("start_time", "stop_time").to_dicts(order_by="trial_id")
        video, t0, fps, n = session_video((Nwbfile & key).fetch1("nwb_path"))
        return ((str(video), t0, fps, n), (Prototype & key).fetch1("positive", "negative"),
                registration_warp(key),
                [{k: t[k] for k in ("trial_id", "start_time", "stop_time")} for t in trials], (HOGParams & key).fetch1())

    def plan(self, key, video, prototypes, warp, trials, params) -> FramePlan:
        path, t0, fps, n = video
        scorer = PrototypeScorer({"positive": np.asarray(prototypes[0]), "negative": np.asarray(prototypes[1])},
                                 hog_config(params, warp), n)
        return FramePlan(path, [scorer], lambda count: (session_scores(t0 + np.arange(count) / fps, scorer.result(count),
                                                                       trials, params["pre_s"]),),
                         expected=n, desc=f"PrototypeScore {Path(path).name}")

    def make_insert(self, key, scores: SessionScores):
        self.insert1({**key, "n_frames": scores.n_frames, "frame_times": scores.frame_times,
                      "sim_positive": scores.sim_positive, "sim_negative": scores.sim_negative})
        self.TrialScore.insert([{**key, **dataclasses.asdict(s)} for s in scores.trials])


@schema
class CumulativeSimilarity(Versioned, dj.Computed):
    definition = """
    # Fig. 2H-I: per-trial cumulative similarity to the positive vs the negative prototype, paired
    # over the session's trials of one valence (Wilcoxon signed-rank, two-sided)
    -> PrototypeScore
    -> Valence
    ---
    mean_cum_positive   : float64
    mean_cum_negative   : float64
    test                : varchar(64)
    statistic = null    : float64    # NULL when fewer than 2 trials or no difference
    p_value = null      : float64
    n                   : int32      # trials
    """

    @property
    def key_source(self):
        return (PrototypeScore.proj() * Valence.proj()) & Trial.proj("valence")

    def make(self, key):
        rows = (PrototypeScore.TrialScore * Trial.proj("valence") & key).to_dicts()
        pos = np.array([r["cum_positive"] for r in rows])
        neg = np.array([r["cum_negative"] for r in rows])
        res = wilcoxon_paired(pos, neg)
        self.insert1({**key, "mean_cum_positive": float(np.mean(pos)), "mean_cum_negative": float(np.mean(neg)),
                      "test": res["test"], "statistic": res["statistic"], "p_value": res["p"], "n": res["n"]})
