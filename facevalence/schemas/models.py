"""Model runs: LSTM decoding of the stimulus from keypoint trajectories (Fig. 5G)."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.methods.decoding import PoseDecodingResult, decode_regions
from facevalence.methods.keypoints import EAR, MOUTH, NOSE, PUPIL, WHISKER
from facevalence.methods.stats import sem
from facevalence.schemas._base import Pooled, Versioned, in_cohort, members_hash
from facevalence.schemas.kinematics import (
    FaceFeatures,
    Kinematics,
    KinematicsParams,
    when_kinematics_complete,
)
from facevalence.schemas.session import Cohort, Trial

schema = dj.Schema()

#: The paper's regions for decoding (Fig. 5G); snout = nose + mouth points.
PAPER_REGIONS = {"ear": list(EAR), "whisker": list(WHISKER), "snout": list(NOSE + MOUTH), "pupil": list(PUPIL)}


@schema
class PoseDecodingParams(dj.Lookup):
    definition = """
    decode_paramset     : int16
    ---
    regions             : <blob>     # region -> keypoint names (4 of highest variance are used; 'mixed' added)
    n_keypoints         : int16
    pre_s               : float64    # window before onset
    post_s              : float64    # window after onset
    step                : int16      # every step-th frame
    hidden              : int16
    layers              : int16
    dropout             : float64
    epochs              : int16
    lr                  : float64
    batch               : int16
    n_folds             : int16      # capped by the trials of the smallest class
    seed                : int32
    description = ""    : varchar(255)
    """
    contents = [{"decode_paramset": 0, "regions": PAPER_REGIONS, "n_keypoints": 4, "pre_s": 0.5, "post_s": 2.0, "step": 3,
                 "hidden": 256, "layers": 3, "dropout": 0.3, "epochs": 60, "lr": 1e-3, "batch": 32, "n_folds": 10, "seed": 0,
                 "description": "paper Fig. 5G: 4 keypoints/region, -0.5..+2 s, every 3rd frame, LSTM 3 x 256, dropout "
                                "0.3, 10-fold stratified CV by trial; classes = the stimuli (water = neutral)"}]


@schema
class PoseDecoding(Pooled, Versioned, dj.Computed):
    definition = """
    # Fig. 5G: LSTM decoding of the stimulus from each region's keypoint trajectories, every analysed
    # laser-off trial of the cohort, cross-validated by trial. Built once every member's kinematics are in.
    -> KinematicsParams
    -> PoseDecodingParams
    -> Cohort
    ---
    n_trials            : int32
    classes             : <blob>
    chance              : float64    # 1 / number of classes
    members_hash        : char(32)   # of the sessions pooled: the row is stale when they change
    """

    class Region(dj.Part):
        definition = """
        -> master
        region              : varchar(16)
        ---
        keypoints           : <blob>     # the keypoints used
        mean_accuracy       : float64
        sem_accuracy        : float64
        n_folds             : int16
        confusion           : <blob>     # (classes x classes) counts, rows = truth, summed over folds
        """

    class Fold(dj.Part):
        definition = """
        -> master.Region
        fold                : int16
        ---
        accuracy            : float64
        n_test              : int32
        test_trials         : <blob>     # "subject/session/trial" of the held-out trials
        """

    class Source(dj.Part):
        definition = """
        -> master
        -> Kinematics
        """

    @property
    def key_source(self):
        candidates = (KinematicsParams.proj() * Cohort.proj()) & (Kinematics * Cohort.Member).proj()
        return when_kinematics_complete(candidates * PoseDecodingParams.proj())

    @classmethod
    def pooled(cls, key):
        return in_cohort(Kinematics & {"kin_paramset": key["kin_paramset"]}, key)

    def make_fetch(self, key):
        pooled = self.pooled(key)
        sessions = (FaceFeatures & pooled).to_dicts()
        # natural expressions only: trials under the laser belong to OptoEffect
        trials = (Trial & pooled.proj() & "NOT laser_on").to_dicts(order_by=("subject_id", "session_id", "trial_id"))
        return sessions, trials, (PoseDecodingParams & key).fetch1()

    def make_compute(self, key, sessions, trials, params):
        names = ("regions", "n_keypoints", "pre_s", "post_s", "step", "n_folds", "epochs", "lr", "batch", "hidden",
                 "layers", "dropout", "seed")
        sources = [{k: s[k] for k in ("subject_id", "session_id", "kin_paramset")} for s in sessions]
        return decode_regions(sessions, trials, **{k: params[k] for k in names}), len(trials), sources

    def make_insert(self, key, result: PoseDecodingResult, n_trials: int, sources: list[dict]):
        self.insert1({**key, "n_trials": n_trials, "classes": result.classes, "chance": 1.0 / len(result.classes),
                      "members_hash": members_hash(sources)})
        for region, r in result.regions.items():
            acc = np.array([f.accuracy for f in r.folds])
            self.Region.insert1({**key, "region": region, "keypoints": r.keypoints, "mean_accuracy": float(acc.mean()),
                                 "sem_accuracy": sem(acc), "n_folds": len(r.folds), "confusion": r.confusion})
            self.Fold.insert([{**key, "region": region, "fold": f.fold, "accuracy": f.accuracy, "n_test": f.n_test,
                               "test_trials": f.test_trials} for f in r.folds])
        self.Source.insert([{**key, **s} for s in sources])
