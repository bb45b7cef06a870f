"""HOG features of the trial windows (Fig. 1C-I) and the arousal measure built on them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import datajoint as dj
import numpy as np

from facevalence.io.nwb import session_video
from facevalence.io.stream import FramePlan
from facevalence.methods.scoring import (
    HOGConfig,
    TrialWindow,
    WindowHOG,
    trial_windows,
    window_features,
    window_mask,
)
from facevalence.methods.stats import arousal_trough
from facevalence.schemas._base import Versioned
from facevalence.schemas.face._pass import FramePass
from facevalence.schemas.face._schema import schema
from facevalence.schemas.face.registration import PrototypeMouse, Registration, registration_warp
from facevalence.schemas.session import Nwbfile, Trial


@schema
class HOGParams(dj.Lookup):
    definition = """
    hog_paramset        : int16
    ---
    resize              : int32      # frames resized to resize x resize before HOG
    orientations        : int16
    pixels_per_cell     : int16
    block_norm          : varchar(16)
    pre_s               : float64    # seconds of pre-stimulus (baseline) frames kept per trial
    post_s              : float64    # seconds kept after the stimulus ends
    description = ""    : varchar(255)
    """
    contents = [{"hog_paramset": 0, "resize": 1024, "orientations": 8, "pixels_per_cell": 16, "block_norm": "L2-Hys",
                 "pre_s": 2.0, "post_s": 0.0,
                 "description": "paper: skimage hog 8 orientations, 16 px cells, 1x1 blocks, 1024^2"}]


def hog_config(params: dict, warp: dict | None = None) -> HOGConfig:
    """The HOG of a HOGParams row, after a registration (:func:`registration_warp`; None: unregistered)."""
    return HOGConfig(params["resize"], params["orientations"], params["pixels_per_cell"], params["block_norm"],
                     None if warp is None else np.asarray(warp["matrix"]),
                     None if warp is None else tuple(warp["shape"]))


#: The part table of both HOG tables: one trial window's HOG vectors.
_WINDOW = """
        -> master
        -> Trial
        ---
        n_frames            : int32
        frame_times         : <blob>                 # s, session clock
        hog                 : <npy@facevalence>      # (n_frames, 32768) float16
        baseline_similarity : <blob>                 # cosine similarity of each frame to the mean pre-onset HOG
        """


def _fetch_windows(key: dict) -> tuple:
    """The video's clock, the session's trials and the HOGParams row: what both HOG tables fetch."""
    trials = (Trial & key).proj("start_time", "stop_time").to_dicts(order_by="trial_id")
    video, t0, fps, n_video = session_video((Nwbfile & key).fetch1("nwb_path"))
    return (str(video), t0, fps, n_video), [{k: t[k] for k in ("trial_id", "start_time", "stop_time")} for t in trials], \
        (HOGParams & key).fetch1()


class _TrialWindowHOG(FramePass):
    """The compute and insert steps of both HOG tables: the HOG of every frame of the trial windows."""

    def plan(self, key, video, trials, params, warp=None) -> FramePlan:
        path, t0, fps, n_video = video
        windows = trial_windows(trials, t0, fps, n_video, params["pre_s"], params["post_s"])
        first, last, wanted = window_mask(windows)
        vectors = WindowHOG(wanted, hog_config(params, warp), first)
        return FramePlan(path, [vectors], lambda _: (window_features(windows, trials, vectors, t0, fps),),
                         start=first, stop=last, expected=last - first, desc=f"{type(self).__name__} {Path(path).name}")

    def make_insert(self, key, windows: list[TrialWindow]):
        self.insert1({**key, "n_frames": sum(w.n_frames for w in windows)})
        self.Window.insert([{**key, **dataclasses.asdict(w)} for w in windows])


@schema
class HOGFeatures(_TrialWindowHOG, Versioned, dj.Computed):
    definition = """
    # HOG vectors of the unregistered frames of every trial window of a session, read in one pass over
    # the video (float16 in the object store, never in a row): within-session analyses (Fig. 1C-I)
    -> Nwbfile
    -> HOGParams
    ---
    n_frames            : int32      # frames with HOG vectors, all windows together
    """

    class Window(dj.Part):
        definition = _WINDOW

    @property
    def key_source(self):
        return ((Nwbfile & "video_object_id != ''") & Trial).proj() * HOGParams.proj()

    def make_fetch(self, key):
        return _fetch_windows(key)


@schema
class RegisteredHOG(_TrialWindowHOG, Versioned, dj.Computed):
    definition = """
    # HOG vectors of the prototype mouse's trial windows registered onto the template face (its first
    # session): what the valence prototypes are built from, in the coordinates every scored frame is
    # registered to (Fig. 2, S3A)
    -> Registration
    -> HOGParams
    ---
    n_frames            : int32      # frames with HOG vectors, all windows together
    """

    class Window(dj.Part):
        definition = _WINDOW

    @property
    def key_source(self):
        own = Registration * PrototypeMouse.proj(proto_subject="subject_id") & "subject_id = proto_subject"
        return (own.proj() & Trial) * HOGParams.proj()

    def make_fetch(self, key):
        return (*_fetch_windows(key), registration_warp(key))


@schema
class Arousal(Versioned, dj.Computed):
    definition = """
    # Arousal of a trial (Fig. 1H-I): trough of the similarity to the mean pre-stimulus HOG after onset
    -> HOGFeatures.Window
    ---
    trough = null       : float64    # drop below the pre-stimulus similarity (larger = further from rest)
    trough_time = null  : float64    # s after onset
    baseline = null     : float64    # mean pre-stimulus similarity (NULL: no frame before onset)
    """

    def make(self, key):
        times, similarity = (HOGFeatures.Window & key).fetch1("frame_times", "baseline_similarity")
        start, stop = (Trial & key).fetch1("start_time", "stop_time")
        self.insert1({**key, **arousal_trough(times, similarity, start, stop - start)})
