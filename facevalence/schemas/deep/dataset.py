"""DeepDataset: the frames the deep models see, planned once per selected run."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import datajoint as dj
import numpy as np

from facevalence.io.nwb import session_video
from facevalence.schemas._base import Versioned, when_complete
from facevalence.schemas.deep._schema import schema
from facevalence.schemas.deep.params import ModelParams, ModelSelection, dataset_config  # noqa: F401  (definitions)
from facevalence.schemas.face import Registration
from facevalence.schemas.kinematics import FaceFeatures
from facevalence.schemas.session import Nwbfile, Trial

if TYPE_CHECKING:
    from facevalence.methods.nets.dataset import DatasetPlan


@schema
class DeepDataset(Versioned, dj.Computed):
    definition = """
    # The frames the deep models see: laser-off trials of every registered analysis session with pose
    # (the prototype mouse stays out, as in every other analysis), their
    # 0-2 s stimulus frames and neutral baseline frames, the face box, the trial-level split, the region masks
    -> ModelSelection
    ---
    classes             : <blob>     # class names (the stimuli + neutral), index = target
    n_frames            : int32
    n_trials            : int32
    box                 : <blob>     # (x0, y0, side) of the face crop, template px (registered) or one per session
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

    def make_fetch(self, key):
        from facevalence.methods.nets.dataset import DatasetSession  # torch: loaded only to compute

        params = (ModelParams & key).fetch1()
        sessions = []
        for reg in (Registration & key).proj("matrix").to_dicts(order_by=("subject_id", "session_id")):
            session = {"subject_id": reg["subject_id"], "session_id": reg["session_id"]}
            trials = (Trial & session & "NOT laser_on").proj("start_time", "stimulus").to_dicts(order_by="trial_id")
            pose = (FaceFeatures & session & {"kin_paramset": params["kin_paramset"]}).to_dicts()
            if trials and pose:
                t0, fps, n_video = session_video((Nwbfile & session).fetch1("nwb_path"))[1:]
                sessions.append(DatasetSession(reg["subject_id"], reg["session_id"], np.asarray(reg["matrix"]),
                                               np.asarray(pose[0]["cleaned"]), list(pose[0]["keypoint_names"]),
                                               [{k: t[k] for k in ("trial_id", "start_time", "stimulus")} for t in trials],
                                               t0, fps, n_video))
        return params, sessions

    def make_compute(self, key, params, sessions):
        from facevalence.methods.nets.dataset import REGION_KEYPOINTS, plan_dataset

        return (plan_dataset(sessions, REGION_KEYPOINTS, dataset_config(params)),)

    def make_insert(self, key, plan: DatasetPlan):
        self.insert1({**key, "classes": plan.classes, "n_frames": plan.n_frames, "n_trials": len(plan.roles),
                      "box": plan.box})
        self.Session.insert([{**key, **dataclasses.asdict(s)} for s in plan.sessions])
        self.TrialRole.insert([{**key, "subject_id": subject, "session_id": session, "trial_id": trial, "role": role}
                               for (subject, session, trial), role in plan.roles.items()])
        self.Mask.insert([{**key, "region": r, "mask": m, "area": float(m.mean())} for r, m in plan.masks.items()])
