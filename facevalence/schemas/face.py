"""Face tables: HOG features of trial windows, valence prototypes and prototype scores."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.io.nwb import open_nwb, video_source
from facevalence.io.video import iter_gray_frames
from facevalence.methods.hog import cosine_similarity, hog_frames
from facevalence.methods.prototypes import prototype_scores, subprototype, valence_prototypes
from facevalence.schemas._base import Versioned
from facevalence.schemas.session import Nwbfile, Subject, Trial

schema = dj.Schema()


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
    contents = [(0, 1024, 8, 16, "L2-Hys", 2.0, 0.0, "paper: skimage hog 8 orientations, 16 px cells, 1x1 blocks, 1024^2")]


@schema
class HOGFeatures(Versioned, dj.Computed):
    definition = """
    # HOG vectors of every frame in a trial window (float16 in the object store, never in a row)
    -> Trial
    -> Nwbfile
    -> HOGParams
    ---
    n_frames            : int32
    frame_times         : <blob>                 # s, session clock
    hog                 : <npy@facevalence>      # (n_frames, 32768) float16
    baseline_similarity : <blob>                 # cosine similarity of each frame to the mean baseline HOG
    """

    @property
    def key_source(self):
        return (Trial.proj() * HOGParams.proj()) & (Nwbfile & "video_object_id != ''")

    def make_fetch(self, key):
        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        start, stop = (Trial & key).fetch1("start_time", "stop_time")
        params = (HOGParams & key).fetch1()
        return nwb_path, float(start), float(stop), params

    def make_compute(self, key, nwb_path, start, stop, params):
        with open_nwb(nwb_path) as nwbfile:
            video, t0, fps = video_source(nwb_path, nwbfile)
        first = max(0, int(np.ceil((start - params["pre_s"] - t0) * fps)))
        last = int(np.ceil((stop + params["post_s"] - t0) * fps))
        frames, index = [], []
        for i, frame in iter_gray_frames(video, first, last):
            frames.append(frame)
            index.append(i)
        if not frames:
            raise ValueError(f"{video}: no frames between {start - params['pre_s']:.2f} and {stop:.2f} s")
        hog = hog_frames(frames, params["resize"], params["orientations"], params["pixels_per_cell"],
                         params["block_norm"], dtype=np.float16)
        times = t0 + np.asarray(index) / fps
        base = hog[times < start].astype(np.float64)
        sim = cosine_similarity(hog, base.mean(0)) if len(base) else np.full(len(hog), np.nan)
        return len(hog), times, hog, sim

    def make_insert(self, key, n, times, hog, sim):
        self.insert1({**key, "n_frames": n, "frame_times": times, "hog": hog, "baseline_similarity": sim})


@schema
class PrototypeParams(dj.Lookup):
    definition = """
    proto_paramset      : int16
    ---
    n_frames            : int16      # frames averaged into each subprototype
    similarity          : varchar(16)
    description = ""    : varchar(255)
    """
    contents = [(0, 10, "cosine", "paper: per-stimulus subprototypes, positive = sucrose+NaCl, negative = bitter+shock")]


@schema
class PrototypeMouse(dj.Manual):
    definition = """
    # The designated prototype mouse (Subject.role = 'prototype'), entered at ingestion
    proto_id            : varchar(32)
    ---
    -> Subject
    """


@schema
class Prototype(Versioned, dj.Computed):
    definition = """
    # Valence prototypes from the designated prototype mouse, excluded from every other analysis
    -> PrototypeMouse
    -> HOGParams
    -> PrototypeParams
    ---
    positive            : <npy@facevalence>
    negative            : <npy@facevalence>
    n_trials            : int32
    """

    class Source(dj.Part):
        definition = """
        # every HOGFeatures row the prototypes were built from (lineage)
        -> master
        -> HOGFeatures
        """

    class Sub(dj.Part):
        definition = """
        -> master
        stimulus_name       : varchar(32)
        ---
        valence             : varchar(16)
        vector              : <npy@facevalence>
        n_frames            : int32
        """

    @property
    def key_source(self):
        mice = PrototypeMouse.proj("subject_id") * HOGParams.proj()
        missing = (Trial.proj() * HOGParams.proj()) - HOGFeatures
        return ((mice & HOGFeatures) - missing.proj("hog_paramset")).proj() * PrototypeParams.proj()

    def make_fetch(self, key):
        subject = (PrototypeMouse & key).fetch1("subject_id")
        rows = (Trial & (HOGFeatures & key & {"subject_id": subject})).to_dicts(order_by="trial_id")
        params = (PrototypeParams & key).fetch1()
        return [(r["trial_id"], r["stimulus"], r["valence"], r["start_time"], r["stop_time"]) for r in rows], params

    def make_compute(self, key, trials, params):
        subject = (PrototypeMouse & key).fetch1("subject_id")
        stim_frames: dict[str, list] = {}
        valence: dict[str, str] = {}
        baseline = []
        for trial_id, stimulus, val, start, stop in trials:
            hog, times = (HOGFeatures & key & {"subject_id": subject, "trial_id": trial_id}).fetch1("hog", "frame_times")
            hog = np.asarray(hog, np.float32)
            baseline.append(hog[times < start])
            stim_frames.setdefault(stimulus, []).append(hog[(times >= start) & (times < stop)])
            valence[stimulus] = val
        base = np.concatenate(baseline)
        subs = {}
        for stimulus, chunks in stim_frames.items():
            vec, chosen = subprototype(np.concatenate(chunks), base, params["n_frames"])
            subs[stimulus] = (vec.astype(np.float32), len(chosen))
        protos = valence_prototypes({k: v[0] for k, v in subs.items()}, valence)
        return protos, subs, valence, [t[0] for t in trials]

    def make_insert(self, key, protos, subs, valence, trial_ids):
        self.insert1({**key, "positive": protos["positive"].astype(np.float32),
                      "negative": protos["negative"].astype(np.float32), "n_trials": len(trial_ids)})
        self.Sub.insert([{**key, "stimulus_name": k, "valence": valence[k], "vector": v, "n_frames": n}
                         for k, (v, n) in subs.items()])
        subject = (PrototypeMouse & key).fetch1("subject_id")
        sources = (HOGFeatures & {"subject_id": subject, "hog_paramset": key["hog_paramset"]}).proj().to_dicts()
        self.Source.insert([{**key, **s} for s in sources])


@schema
class PrototypeScore(Versioned, dj.Computed):
    definition = """
    # Per-frame cosine similarity of a trial's HOG to the positive and negative prototypes
    -> HOGFeatures
    -> Prototype
    ---
    frame_times         : <blob>
    sim_positive        : <blob>
    sim_negative        : <blob>
    mean_difference     : float64    # mean (positive - negative) over the stimulus window
    baseline_difference : float64    # mean (positive - negative) over the pre-stimulus frames
    cum_positive        : float64    # summed similarity to the positive prototype over the stimulus window
    cum_negative        : float64
    """

    @property
    def key_source(self):
        # The prototype mouse is excluded from every analysis: only 'analysis' subjects are scored.
        return (HOGFeatures.proj() * Prototype.proj()) & (Subject & "role = 'analysis'")

    def make(self, key):
        if (Subject & key).fetch1("role") != "analysis":
            raise ValueError(f"subject {key['subject_id']} is a prototype mouse and cannot be scored")
        hog, times = (HOGFeatures & key).fetch1("hog", "frame_times")
        proto = (Prototype & key).fetch1()
        start, stop = (Trial & key).fetch1("start_time", "stop_time")
        s = prototype_scores(np.asarray(hog, np.float32), proto["positive"], proto["negative"])
        stim = (times >= start) & (times < stop)
        self.insert1({**key, "frame_times": times, "sim_positive": s["positive"], "sim_negative": s["negative"],
                      "mean_difference": float(np.mean(s["difference"][stim])),
                      "baseline_difference": float(np.mean(s["difference"][times < start])) if (times < start).any() else float("nan"),
                      "cum_positive": float(np.sum(s["positive"][stim])), "cum_negative": float(np.sum(s["negative"][stim]))})
