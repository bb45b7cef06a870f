"""Motion energy of every frame of a session (Fig. 1B, S3B), on unregistered frames."""

from __future__ import annotations

from pathlib import Path

import datajoint as dj
import numpy as np

from facevalence.io.nwb import session_video
from facevalence.io.stream import FramePlan
from facevalence.io.video import probe_video
from facevalence.methods.scoring import MotionAccumulator, MotionResult, stimulus_labels
from facevalence.schemas._base import Versioned
from facevalence.schemas.face._pass import FramePass
from facevalence.schemas.face._schema import schema
from facevalence.schemas.session import Nwbfile, Stimulus, Trial  # noqa: F401  (definitions)


@schema
class MotionParams(dj.Lookup):
    definition = """
    motion_paramset     : int16
    ---
    heatmap_width       : int16      # columns of the per-stimulus heatmaps (aspect ratio kept)
    description = ""    : varchar(255)
    """
    contents = [{"motion_paramset": 0, "heatmap_width": 256,
                 "description": "paper: mean |frame_t - frame_(t-1)| per frame; heatmaps over stimulus windows"}]


@schema
class MotionEnergy(FramePass, Versioned, dj.Computed):
    definition = """
    # Motion energy of every frame of a session (Fig. 1B, S3B)
    -> Nwbfile
    -> MotionParams
    ---
    frame_times         : <npy@facevalence>
    motion              : <npy@facevalence>    # mean |frame_t - frame_(t-1)|, gray levels; NaN for frame 0
    """

    class Heatmap(dj.Part):
        definition = """
        # Mean per-pixel |frame_t - frame_(t-1)| over all frames inside the windows of one stimulus
        -> master
        -> Stimulus
        ---
        heatmap             : <npy@facevalence>
        n_frames            : int32
        """

    @property
    def key_source(self):
        return (Nwbfile & "video_object_id != ''").proj() * MotionParams.proj()

    def make_fetch(self, key):
        trials = (Trial & key).proj("stimulus", "start_time", "stop_time").to_dicts(order_by="trial_id")
        video, t0, fps, n = session_video((Nwbfile & key).fetch1("nwb_path"))
        return (str(video), t0, fps, n), [{k: t[k] for k in ("stimulus", "start_time", "stop_time")} for t in trials], \
            (MotionParams & key).fetch1()

    def plan(self, key, video, trials, params) -> FramePlan:
        path, t0, fps, n = video
        info = probe_video(path)
        motion = MotionAccumulator(n, (info.height, info.width), stimulus_labels(t0 + np.arange(n) / fps, trials),
                                   params["heatmap_width"])
        return FramePlan(path, [motion], lambda count: (t0 + np.arange(count) / fps, motion.result(count)),
                         expected=n, desc=f"MotionEnergy {Path(path).name}")

    def make_insert(self, key, times: np.ndarray, motion: MotionResult):
        self.insert1({**key, "frame_times": times, "motion": motion.motion})
        self.Heatmap.insert([{**key, "stimulus": k, "heatmap": v, "n_frames": motion.heatmap_frames[k]}
                             for k, v in motion.heatmaps.items()])
