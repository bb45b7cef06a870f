"""Keypoint kinematics: the paper's ten facial features per session, their per-trial changes (Fig. 4)
and the cohort's valence pattern (Fig. 5A-E)."""

from __future__ import annotations

import dataclasses

import datajoint as dj
import numpy as np

from facevalence.io.nwb import open_nwb, pose_arrays, video_source
from facevalence.methods.keypoints import REGIONS
from facevalence.methods.kinematic_changes import trial_changes, valence_pattern
from facevalence.methods.kinematics import PAPER_KEYPOINT_MAP, keypoint_pca, session_features
from facevalence.schemas._base import Pooled, Versioned, about_session, in_cohort, members_hash, when_complete
from facevalence.schemas.session import Cohort, Nwbfile, Subject, Trial

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
    contents = [{"kin_paramset": 0, "likelihood_threshold": 0.9, "median_window": 5, "baseline_s": 4.0, "post_s": 2.0,
                 "latency_threshold": 0.05, "keypoint_map": PAPER_KEYPOINT_MAP,
                 "description": "paper: likelihood 0.9, linear interpolation, 5-frame median, 4 s baseline; 37-point model"}]
    # A lab with another pose model inserts its own row, e.g. keypoint_map=MOUSEFLOW_KEYPOINT_MAP
    # (facevalence.methods.kinematics) for the 13-point MouseFlow face model.


def _check_pose_times(nwb_path: str, nwbfile, stamps: np.ndarray) -> None:
    """A pose series must lie on the video's clock: refuse one that starts or ends more than a frame outside it."""
    _, t0, fps, n = video_source(nwb_path, nwbfile)
    lo, hi = t0 - 1.0 / fps, t0 + (n + 1) / fps
    if stamps[0] < lo or stamps[-1] > hi or np.any(np.diff(stamps) <= 0):
        raise ValueError(f"{nwb_path}: pose timestamps ({stamps[0]:.3f}-{stamps[-1]:.3f} s) disagree with the face video "
                         f"({t0:.3f}-{t0 + n / fps:.3f} s) or do not increase")


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
        # pynwb (0.4 s) is imported where a file is read, never when the CLI activates the schemas
        from facevalence.io.extension import keypoint_map_of

        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        params = (KinematicsParams & key).fetch1()
        with open_nwb(nwb_path) as nwbfile:
            names, xy, like, stamps = pose_arrays(nwbfile)
            _check_pose_times(nwb_path, nwbfile, stamps)
            declared = keypoint_map_of(nwbfile)
        # the session's own map (session.yaml files.pose.keypoint_map) describes its pose model and wins;
        # the parameter set's map serves files that declare none
        keypoint_map = declared[1] if declared else params["keypoint_map"]
        try:
            features = session_features(names, xy, like, stamps, keypoint_map=keypoint_map,
                                        threshold=params["likelihood_threshold"], median_window=params["median_window"])
        except ValueError as err:
            raise ValueError(f"{nwb_path}: KinematicsParams {key['kin_paramset']}: {err}") from None
        self.insert1({**key, **dataclasses.asdict(features)})


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
        params = (KinematicsParams & key).fetch1()
        trials = (Trial & key).proj("start_time", "stop_time", "stimulus").to_dicts(order_by="trial_id")
        rows = trial_changes(np.asarray(times), list(names), np.asarray(values), trials, baseline_s=params["baseline_s"],
                             post_s=params["post_s"], latency_threshold=params["latency_threshold"])
        self.insert1({**key, "n_trials": len(trials)})
        self.TrialFeature.insert([{**key, **dataclasses.asdict(r)} for r in rows])


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
class KinematicPattern(Pooled, Versioned, dj.Computed):
    definition = """
    # Fig. 5A-E: the valence pattern of the features over every analysed trial of the cohort
    # (peak change per stimulus and per valence, one-sample Wilcoxon vs 0; Kruskal-Wallis + Dunn
    # across stimuli). Built once every member's kinematics exist; remade when the members change.
    -> KinematicsParams
    -> Cohort
    ---
    n_sessions          : int32
    n_trials            : int32
    members_hash        : char(32)   # of the sessions pooled: the row is stale when they change
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
        return when_kinematics_complete((KinematicsParams.proj() * Cohort.proj()) & (Kinematics * Cohort.Member).proj())

    @classmethod
    def pooled(cls, key):
        return in_cohort(Kinematics & {"kin_paramset": key["kin_paramset"]}, key)

    def make(self, key):
        columns = ("subject_id", "session_id", "trial_id", "stimulus", "valence", "feature", "peak_change")
        sessions = self.pooled(key)
        peaks = (Kinematics.TrialFeature * Trial.proj("stimulus", "valence") & key & sessions.proj()).to_dicts()
        sources = sessions.proj().to_dicts()
        pattern = valence_pattern([{k: r[k] for k in columns} for r in peaks])
        self.insert1({**key, "n_sessions": len(sources), "n_trials": pattern.n_trials,
                      "members_hash": members_hash(sources)})
        self.Source.insert([{**key, **s} for s in sources])
        self.Stimulus.insert([{**key, **r} for r in pattern.stimulus])
        self.Valence.insert([{**key, **r} for r in pattern.valence])
        self.Across.insert([{**key, **r} for r in pattern.across])


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
