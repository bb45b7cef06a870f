"""Model runs: LSTM decoding of the stimulus from keypoint trajectories (Fig. 5G)."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.methods.decoding import cross_validate, top_variance_keypoints, trial_sequences
from facevalence.methods.keypoints import EAR, MOUTH, NOSE, PUPIL, WHISKER
from facevalence.methods.stats import sem
from facevalence.schemas._base import Versioned
from facevalence.schemas.kinematics import (
    FaceFeatures,
    Kinematics,
    KinematicsParams,
    when_kinematics_complete,
)
from facevalence.schemas.session import Trial

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
    contents = [(0, PAPER_REGIONS, 4, 0.5, 2.0, 3, 256, 3, 0.3, 60, 1e-3, 32, 10, 0,
                 "paper Fig. 5G: 4 keypoints/region, -0.5..+2 s, every 3rd frame, LSTM 3 x 256, dropout 0.3, "
                 "10-fold stratified CV by trial; classes = the stimuli (water = neutral)")]


@schema
class PoseDecoding(Versioned, dj.Computed):
    definition = """
    # Fig. 5G: LSTM decoding of the stimulus from each region's keypoint trajectories, every analysed
    # laser-off trial of the cohort, cross-validated by trial. Built once every session's kinematics are in.
    -> KinematicsParams
    -> PoseDecodingParams
    ---
    n_trials            : int32
    classes             : <blob>
    chance              : float64    # 1 / number of classes
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
        return when_kinematics_complete((KinematicsParams.proj() & Kinematics) * PoseDecodingParams.proj())

    def make_fetch(self, key):
        sessions = (FaceFeatures & (Kinematics & key)).to_dicts()
        # natural expressions only: trials under the laser belong to OptoEffect
        trials = (Trial & (Kinematics & key) & "NOT laser_on").to_dicts(order_by=("subject_id", "session_id", "trial_id"))
        return sessions, trials, (PoseDecodingParams & key).fetch1()

    def make_compute(self, key, sessions, trials, p):
        variance: dict[str, list[float]] = {}
        for s in sessions:
            cleaned = np.asarray(s["cleaned"])
            for i, name in enumerate(s["keypoint_names"]):
                variance.setdefault(name, []).append(float(np.nansum(np.nanvar(cleaned[:, i], axis=0))))
        chosen = top_variance_keypoints({k: float(np.mean(v)) for k, v in variance.items()}, p["regions"], p["n_keypoints"])
        if not chosen:
            raise ValueError(f"no region has {p['n_keypoints']} of its keypoints in the pose")
        labels = np.array([t["stimulus"] for t in trials])
        ids = np.array([f"{t['subject_id']}/{t['session_id']}/{t['trial_id']}" for t in trials])
        classes = sorted(set(labels))
        regions = {}
        for region, names in chosen.items():
            seqs = []
            for s in sessions:
                mine = [t for t in trials if (t["subject_id"], t["session_id"]) == (s["subject_id"], s["session_id"])]
                cols = [s["keypoint_names"].index(n) for n in names]
                pos = np.asarray(s["cleaned"])[:, cols].reshape(len(s["frame_times"]), -1)
                try:
                    seqs.append(trial_sequences(np.asarray(s["frame_times"]), pos, [t["start_time"] for t in mine],
                                                p["pre_s"], p["post_s"], p["step"]))
                except ValueError as err:
                    raise ValueError(f"session {s['subject_id']}/{s['session_id']}: {err}") from None
            steps = min(x.shape[1] for x in seqs)
            x = np.concatenate([x[:, :steps] for x in seqs])
            folds = cross_validate(x, labels, ids, p["n_folds"], p["epochs"], p["lr"], p["batch"], p["hidden"],
                                   p["layers"], p["dropout"], p["seed"])
            confusion = np.zeros((len(classes), len(classes)), np.int32)
            for f in folds:
                for truth, pred in zip(f.truth, f.predictions, strict=True):
                    confusion[classes.index(truth), classes.index(pred)] += 1
            regions[region] = (names, folds, confusion)
        return classes, len(trials), regions, [{k: s[k] for k in ("subject_id", "session_id", "kin_paramset")} for s in sessions]

    def make_insert(self, key, classes, n_trials, regions, sources):
        self.insert1({**key, "n_trials": n_trials, "classes": classes, "chance": 1.0 / len(classes)})
        for region, (names, folds, confusion) in regions.items():
            acc = np.array([f.accuracy for f in folds])
            self.Region.insert1({**key, "region": region, "keypoints": names, "mean_accuracy": float(acc.mean()),
                                 "sem_accuracy": sem(acc),
                                 "n_folds": len(folds), "confusion": confusion})
            self.Fold.insert([{**key, "region": region, "fold": f.fold, "accuracy": f.accuracy, "n_test": f.n_test,
                               "test_trials": f.test_trials} for f in folds])
        self.Source.insert([{**key, **s} for s in sources])
