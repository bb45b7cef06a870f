"""facevalence 0.1 (commit ff9e278) face schema, verbatim: the table definitions a lab database made by
that version holds. Used only by test_upgrade.py to build such a database; never imported by the package."""

# ruff: noqa

from __future__ import annotations

import datajoint as dj
import numpy as np
from tqdm.auto import tqdm

from facevalence.io.nwb import landmark_points, object_ids, open_nwb, pose_arrays, session_video
from facevalence.io.stream import score_video
from facevalence.io.video import iter_gray_frames
from facevalence.methods.drug import (
    PAPER_BASELINE_S,
    PAPER_WINDOWS,
    baseline_normalised_difference,
    binned_course,
    window_proportions,
)
from facevalence.methods.embedding import PAPER_NEIGHBORS, PAPER_PCA, cluster_agreement, embed_hog
from facevalence.methods.hog import cosine_similarity, hog_frame
from facevalence.methods.kinematics import clean_keypoints
from facevalence.methods.prototypes import apex_frame, frame_scores, subprototype, valence_prototypes
from facevalence.methods.keypoints import LANDMARKS
from facevalence.methods.registration import (
    check_inside,
    overlay,
    prepare_frame,
    register_landmarks,
    warp,
)
from facevalence.methods.stats import arousal_trough, wilcoxon_paired
from facevalence.schemas._base import Versioned, about_session
from facevalence.schemas.session import (  # noqa: F401  (Stimulus, Valence: used in definitions)
    Injection,
    Nwbfile,
    Session,
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


def _neutral_landmarks(nwbfile, nwb_path: str, names_needed: dict, params: dict, neutral_end: float):
    """Median cleaned DLC positions of the landmarks over the neutral window, and that window's middle time."""
    names, xy, like, stamps = pose_arrays(nwbfile)
    missing = [k for k in names_needed.values() if k not in names]
    if missing:
        raise ValueError(f"{nwb_path}: landmarks {missing} are not among the pose keypoints")
    window = (stamps >= neutral_end - params["neutral_s"]) & (stamps < neutral_end)
    if window.sum() < 3:
        raise ValueError(f"{nwb_path}: fewer than 3 pose frames in the {params['neutral_s']:g} s neutral window "
                         f"before {neutral_end:g} s")
    cols = [names.index(k) for k in names_needed.values()]
    clean = clean_keypoints(xy[window][:, cols], like[window][:, cols], params["likelihood_threshold"])
    points = np.nanmedian(clean, axis=0)
    if not np.isfinite(points).all():
        bad = [r for r, ok in zip(names_needed, np.isfinite(points).all(1), strict=True) if not ok]
        raise ValueError(f"{nwb_path}: landmarks {bad} have no confident position in the neutral window")
    return points, float(np.median(stamps[window]))


def _session_landmarks(nwb_path: str, params: dict, neutral_end: float | None) -> tuple[np.ndarray, float, str]:
    """A session's six landmarks (LANDMARKS order), the time of their neutral frame and their source:
    hand-placed (landmarks YAML, stored in the NWB file) when present, else DeepLabCut keypoints."""
    with open_nwb(nwb_path) as nwbfile:
        if object_ids(nwbfile)["landmarks"]:
            roles, points, time_s = landmark_points(nwbfile)
            return points[[roles.index(r) for r in params["landmarks"]]], time_s, "hand-placed"
        if neutral_end is None:
            raise ValueError(f"{nwb_path}: no stimulus or injection to place the neutral window before, and no hand-placed landmarks")
        points, time_s = _neutral_landmarks(nwbfile, nwb_path, params["landmarks"], params, neutral_end)
        return points, time_s, "deeplabcut"


def _neutral_end(key: dict) -> float | None:
    """End of a session's neutral period: its first stimulus onset, else its drug injection, else None."""
    session = {"subject_id": key["subject_id"], "session_id": key["session_id"]}
    onsets = (Trial & session).to_arrays("start_time")
    if len(onsets):
        return float(min(onsets))
    injections = (Injection & session).to_arrays("time_s")
    return float(min(injections)) if len(injections) else None


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
    landmark_source     : varchar(16)          # hand-placed | deeplabcut | none
    overlay             : <npy@facevalence>    # red (template) / cyan (registered) neutral frames, uint8 RGB
    """

    @property
    def key_source(self):
        # landmark registration needs pose or hand-placed landmarks; method 'none' only needs the video
        every = (Nwbfile & "video_object_id != ''").proj() * PrototypeMouse.proj() * RegistrationParams.proj()
        no_landmarks = (Nwbfile & "pose_object_id = ''" & "landmarks_object_id = ''").proj()
        return every - no_landmarks * (RegistrationParams & "method = 'landmarks'").proj()

    def make(self, key):
        params = (RegistrationParams & key).fetch1()
        proto_subject = (PrototypeMouse & {"proto_id": key["proto_id"]}).fetch1("subject_id")
        template_key = (Nwbfile & {"subject_id": proto_subject}).to_dicts(order_by="session_id", limit=1)
        if not template_key:
            raise ValueError(f"prototype mouse {key['proto_id']} has no ingested session to serve as template")
        template = template_key[0]
        session_path = (Nwbfile & key).fetch1("nwb_path")
        if params["method"] == "none":
            end = _neutral_end(key)
            tmpl_frame = moved = _frame_at(session_path, max((end or 1.0) - 1.0, 0.0))
            self.insert1({**key, "matrix": np.eye(3)[:2], "residual_px": 0.0, "landmark_source": "none",
                          "overlay": overlay(tmpl_frame, moved)})
            return
        dst, t_tmpl, _ = _session_landmarks(template["nwb_path"], params, _neutral_end(template))
        src, t_mid, source = _session_landmarks(session_path, params, _neutral_end(key))
        frame = _frame_at(session_path, t_mid)
        tmpl_frame = _frame_at(template["nwb_path"], t_tmpl)
        try:
            check_inside(src, frame.shape, list(params["landmarks"]))
            check_inside(dst, tmpl_frame.shape, list(params["landmarks"]))
        except ValueError as err:
            raise ValueError(f"{session_path}: {err}") from None
        matrix, residual = register_landmarks(src, dst)
        moved = warp(frame, matrix)
        if moved.shape != tmpl_frame.shape:
            raise ValueError(f"{session_path}: frames are {frame.shape[::-1]} px, the template's {tmpl_frame.shape[::-1]}")
        self.insert1({**key, "matrix": matrix, "residual_px": residual, "landmark_source": source,
                      "overlay": overlay(tmpl_frame, moved)})


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


def _trial_windows(trials: list[dict], t0: float, fps: float, n_video: int, pre_s: float, post_s: float) -> list[tuple[int, int, int]]:
    """(trial_id, first frame, stop frame) of each trial's window [onset - pre_s, stop + post_s)."""
    out = []
    for t in trials:
        first = max(0, int(np.ceil((t["start_time"] - pre_s - t0) * fps)))
        stop = min(int(np.ceil((t["stop_time"] + post_s - t0) * fps)), n_video)
        out.append((t["trial_id"], first, stop))
    return out


@schema
class HOGFeatures(Versioned, dj.Computed):
    definition = """
    # HOG vectors of the registered frames of every trial window of a session, read in one pass
    # over the video (float16 in the object store, never in a row)
    -> Registration
    -> HOGParams
    ---
    n_frames            : int32      # frames with HOG vectors, all windows together
    """

    class Window(dj.Part):
        definition = """
        -> master
        -> Trial
        ---
        n_frames            : int32
        frame_times         : <blob>                 # s, session clock
        hog                 : <npy@facevalence>      # (n_frames, 32768) float16
        baseline_similarity : <blob>                 # cosine similarity of each frame to the mean pre-onset HOG
        """

    @property
    def key_source(self):
        return (Registration.proj() & Trial) * HOGParams.proj()

    def make_fetch(self, key):
        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        trials = (Trial & key).to_dicts(order_by="trial_id")
        params = (HOGParams & key).fetch1()
        matrix = (Registration & key).fetch1("matrix")
        return nwb_path, [{k: t[k] for k in ("trial_id", "start_time", "stop_time")} for t in trials], params, \
            np.asarray(matrix).tolist()

    def make_compute(self, key, nwb_path, trials, params, matrix):
        video, t0, fps, n_video = session_video(nwb_path)
        windows = _trial_windows(trials, t0, fps, n_video, params["pre_s"], params["post_s"])
        first, last = min(w[1] for w in windows), max(w[2] for w in windows)
        wanted = np.zeros(last - first, bool)
        for _, a, b in windows:
            wanted[a - first:b - first] = True
        matrix = np.asarray(matrix)
        frames: dict[int, np.ndarray] = {}
        seen = 0
        for i, frame in tqdm(iter_gray_frames(video, first, last), total=last - first, unit="frame", leave=False,
                             desc=f"HOG {video.name}", disable=None):
            seen += 1
            if wanted[i - first]:
                frames[i] = hog_frame(prepare_frame(frame, matrix, params["resize"]), params["orientations"],
                                      params["pixels_per_cell"], params["block_norm"]).astype(np.float16)
        if seen < last - first:
            raise ValueError(f"{video}: truncated or unreadable: got {seen} of the frames {first}-{last - 1} "
                             f"that the NWB file says it holds ({n_video} frames)")
        parts = []
        for (trial_id, a, b), t in zip(windows, trials, strict=True):
            hog = np.stack([frames[i] for i in range(a, b)]) if b > a else np.zeros((0, 0), np.float16)
            times = t0 + np.arange(a, b) / fps
            base = hog[times < t["start_time"]].astype(np.float64)
            sim = cosine_similarity(hog, base.mean(0)) if len(base) else np.full(len(hog), np.nan)
            parts.append({"trial_id": trial_id, "n_frames": b - a, "frame_times": times, "hog": hog,
                          "baseline_similarity": sim})
        return (parts,)

    def make_insert(self, key, parts):
        self.insert1({**key, "n_frames": sum(p["n_frames"] for p in parts)})
        self.Window.insert([{**key, **p} for p in parts])


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
        times, sim = (HOGFeatures.Window & key).fetch1("frame_times", "baseline_similarity")
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
        apex_session        : varchar(32)  # the stimulus's apex frame (two-step rule, Fig. 1C): its session,
        apex_trial          : int32        # trial ...
        apex_time           : float64    # ... and time, s on the session clock
        """

    @property
    def key_source(self):
        # every session (with trials) of the prototype mouse must have its (registered) HOG features
        mice = PrototypeMouse.proj("subject_id") * RegistrationParams.proj() * HOGParams.proj()
        missing = ((Session & Trial).proj() * mice) - HOGFeatures
        return ((mice & HOGFeatures) - missing.proj()).proj() * PrototypeParams.proj()

    def make_fetch(self, key):
        subject = (PrototypeMouse & key).fetch1("subject_id")
        rows = (Trial & (HOGFeatures.Window & key & {"subject_id": subject})).to_dicts(order_by=("session_id", "trial_id"))
        params = (PrototypeParams & key).fetch1()
        return subject, [(r["session_id"], r["trial_id"], r["stimulus"], r["valence"], r["start_time"], r["stop_time"])
                         for r in rows], params

    def make_compute(self, key, subject, trials, params):
        stim_frames: dict[str, list] = {}
        where: dict[str, list] = {}
        valence: dict[str, str] = {}
        baseline = []
        for session_id, trial_id, stimulus, val, start, stop in trials:
            window = {"subject_id": subject, "session_id": session_id, "trial_id": trial_id}
            hog, times = (HOGFeatures.Window & key & window).fetch1("hog", "frame_times")
            hog = np.asarray(hog, np.float32)
            inside = (times >= start) & (times < stop)
            baseline.append(hog[times < start])
            stim_frames.setdefault(stimulus, []).append(hog[inside])
            where.setdefault(stimulus, []).extend((session_id, trial_id, float(t)) for t in times[inside])
            valence[stimulus] = val
        try:
            base = np.concatenate(baseline)
            subs = {}
            for stimulus, chunks in stim_frames.items():
                frames = np.concatenate(chunks)
                scores = frame_scores(frames, base)  # the frames x frames similarity, once for both rules
                vec, chosen = subprototype(frames, base, params["n_frames"], scores)
                apex, _ = apex_frame(frames, base, params["n_frames"], scores)
                subs[stimulus] = (vec.astype(np.float32), len(chosen), *where[stimulus][apex])
            protos = valence_prototypes({k: v[0] for k, v in subs.items()}, valence)
        except ValueError as err:
            raise ValueError(f"prototype mouse {subject}: no usable trials for a prototype: {err}") from None
        return subject, protos, subs, valence, len(trials)

    def make_insert(self, key, subject, protos, subs, valence, n_trials):
        self.insert1({**key, "positive": protos["positive"].astype(np.float32),
                      "negative": protos["negative"].astype(np.float32), "n_trials": n_trials})
        self.Sub.insert([{**key, "stimulus_name": k, "valence": valence[k], "vector": v, "n_frames": n,
                          "apex_session": session, "apex_trial": trial, "apex_time": time}
                         for k, (v, n, session, trial, time) in subs.items()])
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
class DrugWindowParams(dj.Lookup):
    definition = """
    drug_paramset       : int16
    ---
    baseline_s          : float64    # baseline window: this many seconds before the injection
    windows             : <blob>     # [(name, start_s, stop_s)] relative to the injection
    threshold_sd        : float64    # a frame is positive/negative beyond this many baseline SDs of sim+ - sim-
    bin_s               : float64    # time-course bin
    description = ""    : varchar(255)
    """
    contents = [(0, PAPER_BASELINE_S, [list(w) for w in PAPER_WINDOWS], 1.0, 60.0,
                 "paper Fig. 3C-E, G-H: 15 min baseline; 0-15 and 15-30 min after the injection; 1 min bins; "
                 "frames beyond 1 baseline SD (the paper states no threshold)"),
                (1, PAPER_BASELINE_S, [list(w) for w in PAPER_WINDOWS], 0.0, 60.0,
                 "as 0, but every frame is called by the sign of its baseline-normalised difference")]


@schema
class DrugEffect(Versioned, dj.Computed):
    definition = """
    # Fig. 3: a drug session's frames against the valence prototypes, normalised to its own baseline
    -> PrototypeScore
    -> Injection
    -> DrugWindowParams
    ---
    drug                : varchar(32)
    baseline_mean       : float64              # mean sim+ - sim- over the baseline window
    baseline_sd         : float64
    bin_start           : <blob>               # s relative to the injection
    bin_difference      : <blob>               # mean baseline-normalised sim+ - sim- per bin (Fig. 3C)
    """

    class Window(dj.Part):
        definition = """
        -> master
        window_name         : varchar(16)
        ---
        start_s             : float64          # relative to the injection
        stop_s              : float64
        n_frames            : int32
        p_positive = null   : float64          # proportion of frames called positive
        p_negative = null   : float64
        p_positive_norm = null : float64       # minus the baseline window's proportion (Fig. 3D-E, G-H)
        p_negative_norm = null : float64
        difference_norm = null : float64       # p_positive_norm - p_negative_norm
        note = ""           : varchar(255)     # why a value is NULL or partial
        """

    @property
    def key_source(self):
        return PrototypeScore.proj() * Injection.proj() * DrugWindowParams.proj()

    def make(self, key):
        times, pos, neg = (PrototypeScore & key).fetch1("frame_times", "sim_positive", "sim_negative")
        drug, injection_s = (Injection & key).fetch1("drug", "time_s")
        params = (DrugWindowParams & key).fetch1()
        with about_session(key):
            norm, mean, sd = baseline_normalised_difference(times, pos, neg, injection_s, params["baseline_s"])
        windows = window_proportions(times, norm, sd, injection_s, windows=[tuple(w) for w in params["windows"]],
                                     baseline_s=params["baseline_s"], threshold_sd=params["threshold_sd"])
        bins, course = binned_course(times, norm, injection_s, params["bin_s"])
        self.insert1({**key, "drug": drug, "baseline_mean": mean, "baseline_sd": sd, "bin_start": bins,
                      "bin_difference": course})
        self.Window.insert([{**key, "window_name": w.pop("name"), **w} for w in windows])


@schema
class EmbeddingParams(dj.Lookup):
    definition = """
    emb_paramset        : int16
    ---
    n_pca               : int16      # PCA components (fewer when a session has fewer frames)
    n_neighbors         : int16      # UMAP neighbours
    n_clusters          : int16      # k-means clusters
    seed                : int32
    description = ""    : varchar(255)
    """
    contents = [(0, PAPER_PCA, PAPER_NEIGHBORS, 5, 0, "paper Fig. 1G: HOG of stimulus windows -> PCA(400) -> UMAP(45) -> k-means")]


@schema
class Embedding(Versioned, dj.Computed):
    definition = """
    # Fig. 1G: a session's stimulus-window frames embedded (PCA -> UMAP) and clustered (k-means)
    -> HOGFeatures
    -> EmbeddingParams
    ---
    n_frames            : int32
    n_components        : int16      # PCA components used
    n_neighbors         : int16      # UMAP neighbours used
    explained_variance  : <blob>     # PCA explained-variance ratio per component
    coords              : <blob>     # (n_frames, 2) float32 UMAP coordinates
    cluster             : <blob>     # (n_frames,) k-means label
    centres             : <blob>     # (n_clusters, 2)
    frame_stimulus      : <blob>     # (n_frames,) stimulus of each frame
    frame_trial         : <blob>     # (n_frames,) trial_id of each frame
    frame_times         : <blob>     # (n_frames,) s, session clock
    adjusted_rand = null : float64   # agreement of clusters with stimuli (1 identical, ~0 chance)
    """

    @property
    def key_source(self):
        # the prototype mouse is excluded from every analysis other than building the prototypes
        return (HOGFeatures.proj() * EmbeddingParams.proj()) & (Subject & "role = 'analysis'")

    def make_fetch(self, key):
        windows = (HOGFeatures.Window * Trial.proj("stimulus", "start_time", "stop_time") & key).to_dicts(order_by="trial_id")
        return windows, (EmbeddingParams & key).fetch1()

    def make_compute(self, key, windows, params):
        hog, stim, trial, times = [], [], [], []
        for w in windows:
            inside = (w["frame_times"] >= w["start_time"]) & (w["frame_times"] < w["stop_time"])
            hog.append(np.asarray(w["hog"])[inside])
            stim += [w["stimulus"]] * int(inside.sum())
            trial += [w["trial_id"]] * int(inside.sum())
            times.append(w["frame_times"][inside])
        hog = np.concatenate(hog)
        with about_session(key):
            emb = embed_hog(hog, params["n_pca"], params["n_neighbors"], params["n_clusters"], params["seed"])
        return emb, stim, np.asarray(trial, np.int32), np.concatenate(times)

    def make_insert(self, key, emb, stim, trial, times):
        self.insert1({**key, "n_frames": len(stim), "n_components": emb.n_components, "n_neighbors": emb.n_neighbors,
                      "explained_variance": emb.explained_variance, "coords": emb.coords, "cluster": emb.cluster,
                      "centres": emb.centres, "frame_stimulus": stim, "frame_trial": trial, "frame_times": times,
                      "adjusted_rand": cluster_agreement(emb.cluster, stim)})


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
