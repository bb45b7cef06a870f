"""DeepDataset: the frames the deep models see, planned once per selected run."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import datajoint as dj
import numpy as np

from facevalence.io.nwb import session_video
from facevalence.schemas._base import Pooled, Versioned, in_cohort, members_hash, when_complete
from facevalence.schemas.deep._schema import schema
from facevalence.schemas.deep.params import ModelParams, ModelSelection, dataset_config  # noqa: F401  (definitions)
from facevalence.schemas.face import Registration
from facevalence.schemas.kinematics import FaceFeatures
from facevalence.schemas.session import Nwbfile, Trial

if TYPE_CHECKING:
    from facevalence.methods.nets.dataset import DatasetPlan


@schema
class DeepDataset(Pooled, Versioned, dj.Computed):
    definition = """
    # The frames the deep models see: laser-off trials of every registered member session with pose
    # (the prototype mouse stays out, as in every other analysis), their
    # 0-2 s stimulus frames and neutral baseline frames, the face box, the trial-level split, the region masks
    -> ModelSelection
    ---
    classes             : <blob>     # class names (the stimuli + neutral), index = target
    n_frames            : int32
    n_trials            : int32
    box                 : <blob>     # (x0, y0, side) of the face crop, template px (registered) or one per session
    members_hash        : char(32)   # of the sessions pooled: the row is stale when they change
    """

    class Session(dj.Part):
        definition = """
        -> master
        -> Registration
        ---
        matrix              : <blob>               # 2 x 3: session px -> crop px at image_size
        frame_index         : <npy@facevalence>    # video frame of each sample
        trial_id            : <npy@facevalence>    # its trial
        label               : <blob>               # its class name
        """

    class TrialRole(dj.Part):
        definition = """
        -> master
        -> Trial
        ---
        role                : varchar(8)   # train | val | test (one held-out test trial per stimulus per mouse)
        """

    class Mask(dj.Part):
        definition = """
        -> master
        region              : varchar(16)
        ---
        mask                : <npy@facevalence>    # (image_size, image_size) bool
        area                : float64              # fraction of the image
        """

    @property
    def key_source(self):
        return when_complete(ModelSelection.proj(), Registration, FaceFeatures)

    @classmethod
    def pooled(cls, key):
        """The member sessions registered with the selection's parameters that have pose at its
        kinematics parameter set and laser-off trials."""
        kin = (ModelParams & key).fetch1("kin_paramset")
        registered = Registration & {k: key[k] for k in ("proto_id", "reg_paramset")}
        return (in_cohort(registered, key) & (FaceFeatures & {"kin_paramset": kin}).proj()
                & (Trial & "NOT laser_on").proj())

    def make_fetch(self, key):
        from facevalence.methods.nets.dataset import DatasetSession  # torch: loaded only to compute

        params = (ModelParams & key).fetch1()
        pooled = self.pooled(key).proj("matrix").to_dicts(order_by=("subject_id", "session_id"))
        sessions = []
        for reg in pooled:
            session = {"subject_id": reg["subject_id"], "session_id": reg["session_id"]}
            trials = (Trial & session & "NOT laser_on").proj("start_time", "stimulus").to_dicts(order_by="trial_id")
            pose = (FaceFeatures & session & {"kin_paramset": params["kin_paramset"]}).fetch1()
            t0, fps, n_video = session_video((Nwbfile & session).fetch1("nwb_path"))[1:]
            sessions.append(DatasetSession(reg["subject_id"], reg["session_id"], np.asarray(reg["matrix"]),
                                           np.asarray(pose["cleaned"]), list(pose["keypoint_names"]),
                                           [{k: t[k] for k in ("trial_id", "start_time", "stimulus")} for t in trials],
                                           t0, fps, n_video))
        return params, sessions, members_hash(pooled)

    def make_compute(self, key, params, sessions, pooled_hash):
        from facevalence.methods.nets.dataset import REGION_KEYPOINTS, plan_dataset

        return plan_dataset(sessions, REGION_KEYPOINTS, dataset_config(params)), pooled_hash

    def make_insert(self, key, plan: DatasetPlan, pooled_hash: str):
        self.insert1({**key, "classes": plan.classes, "n_frames": plan.n_frames, "n_trials": len(plan.roles),
                      "box": plan.box, "members_hash": pooled_hash})
        self.Session.insert([{**key, **dataclasses.asdict(s)} for s in plan.sessions])
        self.TrialRole.insert([{**key, "subject_id": subject, "session_id": session, "trial_id": trial, "role": role}
                               for (subject, session, trial), role in plan.roles.items()])
        self.Mask.insert([{**key, "region": r, "mask": m, "area": float(m.mean())} for r, m in plan.masks.items()])
