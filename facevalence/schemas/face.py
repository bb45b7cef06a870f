"""Face tables: co-registration, HOG features of trial windows, valence prototypes and prototype scores."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.io.nwb import open_nwb, pose_arrays, session_video
from facevalence.io.stream import score_video
from facevalence.io.video import iter_gray_frames
from facevalence.methods.hog import cosine_similarity, hog_frames
from facevalence.methods.kinematics import clean_keypoints
from facevalence.methods.prototypes import apex_frame, subprototype, valence_prototypes
from facevalence.methods.registration import (
    LANDMARKS,
    check_inside,
    overlay,
    prepare_frame,
    register_landmarks,
    warp,
)
from facevalence.methods.stats import arousal_trough, wilcoxon_paired
from facevalence.schemas._base import Versioned
from facevalence.schemas.session import (  # noqa: F401  (Stimulus, Valence: used in definitions)
    Nwbfile,
    Stimulus,
    Subject,
    Trial,
    Valence,
)

schema = dj.Schema()


@schema
class PrototypeMouse(dj.Manual):
    definition = """
    # The designated prototype mouse (Subject.role = 'prototype'), entered at ingestion
    proto_id            : varchar(32)
    ---
    -> Subject
    """


@schema
class RegistrationParams(dj.Lookup):
    definition = """
    reg_paramset        : int16
    ---
    method              : varchar(16)  # landmarks | none (identity)
    neutral_s           : float64      # neutral window: this many seconds before the first stimulus
    likelihood_threshold : float64
    landmarks           : <blob>       # landmark role -> keypoint name
    description = ""    : varchar(255)
    """
    contents = [(0, "landmarks", 8.0, 0.9, LANDMARKS,
                 "paper: 6 landmarks on a neutral frame, affine + similarity refinement onto the prototype mouse")]


def _neutral_landmarks(nwb_path: str, names_needed: dict, params: dict, first_onset: float):
    """Median cleaned landmark positions over the neutral window, and that window's middle time."""
    with open_nwb(nwb_path) as nwbfile:
        names, xy, like, stamps = pose_arrays(nwbfile)
    missing = [k for k in names_needed.values() if k not in names]
    if missing:
        raise ValueError(f"{nwb_path}: landmarks {missing} are not among the pose keypoints")
    window = (stamps >= first_onset - params["neutral_s"]) & (stamps < first_onset)
    if window.sum() < 3:
        raise ValueError(f"{nwb_path}: fewer than 3 pose frames in the neutral window before the first stimulus")
    cols = [names.index(k) for k in names_needed.values()]
    clean = clean_keypoints(xy[window][:, cols], like[window][:, cols], params["likelihood_threshold"])
    points = np.nanmedian(clean, axis=0)
    if not np.isfinite(points).all():
        bad = [r for r, ok in zip(names_needed, np.isfinite(points).all(1), strict=True) if not ok]
        raise ValueError(f"{nwb_path}: landmarks {bad} have no confident position in the neutral window")
    return points, float(np.median(stamps[window]))


def _frame_at(nwb_path: str, time_s: float) -> np.ndarray:
    video, t0, fps, _ = session_video(nwb_path)
    index = int(round((time_s - t0) * fps))
    return next(f for _, f in iter_gray_frames(video, index, index + 1))


@schema
class Registration(Versioned, dj.Computed):
    definition = """
    # Transform of a session's frames onto the prototype mouse's face (Fig. S3A)
    -> Nwbfile
    -> PrototypeMouse
    -> RegistrationParams
    ---
    matrix              : <blob>               # 2 x 3 affine: session pixels -> template pixels
    residual_px         : float64              # RMS landmark distance after registration (0 for 'none')
    overlay             : <npy@facevalence>    # red (template) / cyan (registered) neutral frames, uint8 RGB
    """

    @property
    def key_source(self):
        # landmark registration needs pose; method 'none' only needs the video
        every = (Nwbfile & "video_object_id != ''").proj() * PrototypeMouse.proj() * RegistrationParams.proj()
        no_pose = (Nwbfile & "pose_object_id = ''").proj() * (RegistrationParams & "method = 'landmarks'").proj()
        return every - no_pose

    def make(self, key):
        params = (RegistrationParams & key).fetch1()
        proto_subject = (PrototypeMouse & {"proto_id": key["proto_id"]}).fetch1("subject_id")
        template_key = (Nwbfile & {"subject_id": proto_subject}).to_dicts(order_by="session_id", limit=1)
        if not template_key:
            raise ValueError(f"prototype mouse {key['proto_id']} has no ingested session to serve as template")
        template = template_key[0]
        session_path = (Nwbfile & key).fetch1("nwb_path")

        def first_onset(k):
            return float(min((Trial & {"subject_id": k["subject_id"], "session_id": k["session_id"]}).to_arrays("start_time")))

        if params["method"] == "none":
            matrix, residual = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]), 0.0
            t_mid = first_onset(key) - 1.0
            tmpl_frame = moved = _frame_at(session_path, max(t_mid, 0.0))
        else:
            dst, t_tmpl = _neutral_landmarks(template["nwb_path"], params["landmarks"], params, first_onset(template))
            src, t_mid = _neutral_landmarks(session_path, params["landmarks"], params, first_onset(key))
            frame = _frame_at(session_path, t_mid)
            tmpl_frame = _frame_at(template["nwb_path"], t_tmpl)
            check_inside(src, frame.shape)
            check_inside(dst, tmpl_frame.shape)
            matrix, residual = register_landmarks(src, dst)
            moved = warp(frame, matrix)
            if moved.shape != tmpl_frame.shape:
                raise ValueError(f"{session_path}: frames are {frame.shape[::-1]} px, the template's {tmpl_frame.shape[::-1]}")
        self.insert1({**key, "matrix": matrix, "residual_px": residual, "overlay": overlay(tmpl_frame, moved)})


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
    # HOG vectors of every registered frame in a trial window (float16 in the object store, never in a row)
    -> Trial
    -> Registration
    -> HOGParams
    ---
    n_frames            : int32
    frame_times         : <blob>                 # s, session clock
    hog                 : <npy@facevalence>      # (n_frames, 32768) float16
    baseline_similarity : <blob>                 # cosine similarity of each frame to the mean baseline HOG
    """

    @property
    def key_source(self):
        return Trial.proj() * Registration.proj() * HOGParams.proj()

    def make_fetch(self, key):
        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        start, stop = (Trial & key).fetch1("start_time", "stop_time")
        params = (HOGParams & key).fetch1()
        matrix = (Registration & key).fetch1("matrix")
        return nwb_path, float(start), float(stop), params, np.asarray(matrix).tolist()

    def make_compute(self, key, nwb_path, start, stop, params, matrix):
        video, t0, fps, n_video = session_video(nwb_path)
        first = max(0, int(np.ceil((start - params["pre_s"] - t0) * fps)))
        last = min(int(np.ceil((stop + params["post_s"] - t0) * fps)), n_video)
        matrix = np.asarray(matrix)
        frames, index = [], []
        for i, frame in iter_gray_frames(video, first, last):
            frames.append(prepare_frame(frame, matrix, params["resize"]))
            index.append(i)
        if len(frames) < last - first:
            raise ValueError(f"{video}: truncated or unreadable: got {len(frames)} of the {last - first} frames "
                             f"{first}-{last - 1} that the NWB file says it holds ({n_video} frames)")
        hog = hog_frames(frames, params["resize"], params["orientations"], params["pixels_per_cell"],
                         params["block_norm"], dtype=np.float16)
        times = t0 + np.asarray(index) / fps
        base = hog[times < start].astype(np.float64)
        sim = cosine_similarity(hog, base.mean(0)) if len(base) else np.full(len(hog), np.nan)
        return len(hog), times, hog, sim

    def make_insert(self, key, n, times, hog, sim):
        self.insert1({**key, "n_frames": n, "frame_times": times, "hog": hog, "baseline_similarity": sim})


@schema
class Arousal(Versioned, dj.Computed):
    definition = """
    # Arousal of a trial (Fig. 1H-I): trough of the similarity to the mean pre-stimulus HOG after onset
    -> HOGFeatures
    ---
    trough = null       : float64    # drop below the pre-stimulus similarity (larger = further from rest)
    trough_time = null  : float64    # s after onset
    baseline = null     : float64    # mean pre-stimulus similarity (NULL: no frame before onset)
    """

    def make(self, key):
        times, sim = (HOGFeatures & key).fetch1("frame_times", "baseline_similarity")
        start, stop = (Trial & key).fetch1("start_time", "stop_time")
        self.insert1({**key, **arousal_trough(times, sim, start, stop - start)})


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
        apex_trial          : int32      # the stimulus's apex frame (two-step rule, Fig. 1C): its trial ...
        apex_time           : float64    # ... and time, s on the session clock
        """

    @property
    def key_source(self):
        # every trial of the prototype mouse must have its (registered) HOG features
        mice = PrototypeMouse.proj("subject_id") * RegistrationParams.proj() * HOGParams.proj()
        missing = (Trial.proj() * mice) - HOGFeatures
        return ((mice & HOGFeatures) - missing.proj()).proj() * PrototypeParams.proj()

    def make_fetch(self, key):
        subject = (PrototypeMouse & key).fetch1("subject_id")
        rows = (Trial & (HOGFeatures & key & {"subject_id": subject})).to_dicts(order_by="trial_id")
        params = (PrototypeParams & key).fetch1()
        return subject, [(r["trial_id"], r["stimulus"], r["valence"], r["start_time"], r["stop_time"]) for r in rows], params

    def make_compute(self, key, subject, trials, params):
        stim_frames: dict[str, list] = {}
        where: dict[str, list] = {}
        valence: dict[str, str] = {}
        baseline = []
        for trial_id, stimulus, val, start, stop in trials:
            hog, times = (HOGFeatures & key & {"subject_id": subject, "trial_id": trial_id}).fetch1("hog", "frame_times")
            hog = np.asarray(hog, np.float32)
            inside = (times >= start) & (times < stop)
            baseline.append(hog[times < start])
            stim_frames.setdefault(stimulus, []).append(hog[inside])
            where.setdefault(stimulus, []).extend((trial_id, float(t)) for t in times[inside])
            valence[stimulus] = val
        try:
            base = np.concatenate(baseline)
            subs = {}
            for stimulus, chunks in stim_frames.items():
                frames = np.concatenate(chunks)
                vec, chosen = subprototype(frames, base, params["n_frames"])
                apex, _ = apex_frame(frames, base, params["n_frames"])
                subs[stimulus] = (vec.astype(np.float32), len(chosen), *where[stimulus][apex])
            protos = valence_prototypes({k: v[0] for k, v in subs.items()}, valence)
        except ValueError as err:
            raise ValueError(f"prototype mouse {subject}: no usable trials for a prototype: {err}") from None
        return subject, protos, subs, valence, [t[0] for t in trials]

    def make_insert(self, key, subject, protos, subs, valence, trial_ids):
        self.insert1({**key, "positive": protos["positive"].astype(np.float32),
                      "negative": protos["negative"].astype(np.float32), "n_trials": len(trial_ids)})
        self.Sub.insert([{**key, "stimulus_name": k, "valence": valence[k], "vector": v, "n_frames": n,
                          "apex_trial": trial, "apex_time": time} for k, (v, n, trial, time) in subs.items()])
        sources = (HOGFeatures & {"subject_id": subject, "proto_id": key["proto_id"], "reg_paramset": key["reg_paramset"],
                                  "hog_paramset": key["hog_paramset"]}).proj().to_dicts()
        self.Source.insert([{**key, **s} for s in sources])


def _stimulus_labels(times: np.ndarray, trials: list[dict]) -> np.ndarray:
    """Per-frame label: the stimulus whose window [start, stop) holds the frame, else ''."""
    labels = np.full(len(times), "", dtype=object)
    for t in trials:
        labels[(times >= t["start_time"]) & (times < t["stop_time"])] = t["stimulus"]
    return labels


@schema
class PrototypeScore(Versioned, dj.Computed):
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
        proto = (Prototype & key).fetch1("KEY")
        matrix = np.asarray((Registration & key).fetch1("matrix")).tolist()
        trials = (Trial & key).to_dicts(order_by="trial_id")
        hog = (HOGParams & key).fetch1()
        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        return nwb_path, proto, matrix, [{k: t[k] for k in ("trial_id", "start_time", "stop_time")} for t in trials], hog

    def make_compute(self, key, nwb_path, proto, matrix, trials, hog):
        vectors = (Prototype & proto).fetch1("positive", "negative")
        video, t0, fps, n = session_video(nwb_path)
        res = score_video(video, {"positive": vectors[0], "negative": vectors[1]}, np.asarray(matrix), hog["resize"],
                          hog["orientations"], hog["pixels_per_cell"], hog["block_norm"], expected_frames=n)
        times = t0 + np.arange(res.n_frames) / fps
        pos, neg = res.similarity["positive"], res.similarity["negative"]
        diff = pos - neg
        parts = []
        for t in trials:
            stim = (times >= t["start_time"]) & (times < t["stop_time"])
            pre = (times >= t["start_time"] - hog["pre_s"]) & (times < t["start_time"])
            if not pre.any():
                raise ValueError(f"trial {t['trial_id']}: no frames in the {hog['pre_s']} s before onset")
            parts.append({"trial_id": t["trial_id"], "mean_difference": float(np.mean(diff[stim])),
                          "baseline_difference": float(np.mean(diff[pre])),
                          "cum_positive": float(np.sum(pos[stim] - np.mean(pos[pre]))),
                          "cum_negative": float(np.sum(neg[stim] - np.mean(neg[pre])))})
        return res.n_frames, times, pos, neg, parts

    def make_insert(self, key, n, times, pos, neg, parts):
        self.insert1({**key, "n_frames": n, "frame_times": times, "sim_positive": pos, "sim_negative": neg})
        self.TrialScore.insert([{**key, **p} for p in parts])


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


@schema
class MotionParams(dj.Lookup):
    definition = """
    motion_paramset     : int16
    ---
    heatmap_width       : int16      # columns of the per-stimulus heatmaps (aspect ratio kept)
    description = ""    : varchar(255)
    """
    contents = [(0, 256, "paper: mean |frame_t - frame_(t-1)| per frame; heatmaps over stimulus windows")]


@schema
class MotionEnergy(Versioned, dj.Computed):
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
        trials = (Trial & key).to_dicts(order_by="trial_id")
        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        return nwb_path, [{k: t[k] for k in ("stimulus", "start_time", "stop_time")} for t in trials], (MotionParams & key).fetch1()

    def make_compute(self, key, nwb_path, trials, params):
        video, t0, fps, n = session_video(nwb_path)
        labels = _stimulus_labels(t0 + np.arange(n) / fps, trials)
        res = score_video(video, {}, labels=labels, expected_frames=n, heatmap_width=params["heatmap_width"])
        return t0 + np.arange(res.n_frames) / fps, res.motion, res.heatmaps, res.heatmap_frames

    def make_insert(self, key, times, motion, heatmaps, counts):
        self.insert1({**key, "frame_times": times, "motion": motion})
        self.Heatmap.insert([{**key, "stimulus": k, "heatmap": v, "n_frames": counts[k]} for k, v in heatmaps.items()])
