"""Valence prototypes and prototype scores (paper, Methods "Prototype"; Fig. 2-3).

Per stimulus, a subprototype is the mean HOG of the frames that are most similar to the
other frames of that stimulus and least similar to the neutral baseline; subprototypes are
averaged per valence (positive = sucrose + NaCl, negative = bitter + shock).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from facevalence.methods.hog import cosine_similarity


def frame_scores(stimulus_frames: np.ndarray, baseline_frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How typical of its stimulus and how far from rest each stimulus frame is (paper, Methods
    "Prototype", "apex frame"; Fig. 1C).

    Parameters
    ----------
    stimulus_frames : np.ndarray
        (n, d) HOG vectors of one stimulus's frames.
    baseline_frames : np.ndarray
        (m, d) HOG vectors of neutral (pre-stimulus) frames.

    Returns
    -------
    typical : np.ndarray
        (n,) mean cosine similarity of each frame to the other frames of the stimulus.
    to_baseline : np.ndarray
        (n,) mean cosine similarity of each frame to the baseline frames.

    What both :func:`subprototype` and :func:`apex_frame` rank frames by: compute once, pass to
    both as ``scores``.
    """
    s = np.asarray(stimulus_frames, np.float64)
    if len(s) < 2 or len(baseline_frames) == 0:
        raise ValueError("a subprototype or apex frame needs at least 2 stimulus frames and 1 baseline frame")
    within = cosine_similarity(s, s)
    np.fill_diagonal(within, np.nan)
    return np.nanmean(within, axis=1), cosine_similarity(s, baseline_frames).mean(axis=1)


def subprototype(stimulus_frames: np.ndarray, baseline_frames: np.ndarray, n_frames: int = 10,
                 scores: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Subprototype of one stimulus from its HOG frames.

    Each stimulus frame is scored by (mean cosine similarity to the other stimulus frames)
    minus (mean cosine similarity to the baseline frames); the ``n_frames`` best are averaged
    (paper, Methods "Prototype"; Fig. 2).

    Parameters
    ----------
    stimulus_frames : np.ndarray
        (n, d) HOG vectors of the stimulus's frames.
    baseline_frames : np.ndarray
        (m, d) HOG vectors of neutral frames.
    n_frames : int
        Frames averaged.
    scores : tuple, optional
        :func:`frame_scores` of these frames, when already computed.

    Returns
    -------
    vector : np.ndarray
        (d,) float64, the subprototype.
    chosen : np.ndarray
        (n_frames,) int, indices of the frames used.
    """
    s = np.asarray(stimulus_frames, np.float64)
    typical, to_baseline = scores if scores is not None else frame_scores(s, baseline_frames)
    chosen = np.argsort(-(typical - to_baseline), kind="stable")[: min(n_frames, len(s))]
    return s[chosen].mean(axis=0), np.sort(chosen)


def valence_prototypes(subprototypes: dict[str, np.ndarray], valence: dict[str, str]) -> dict[str, np.ndarray]:
    """Average the subprototypes of each valence (paper, Methods "Prototype": positive = sucrose +
    NaCl, negative = bitter + shock).

    Parameters
    ----------
    subprototypes : dict
        Stimulus -> (d,) subprototype.
    valence : dict
        Stimulus -> ``positive`` | ``negative`` | ``neutral``.

    Returns
    -------
    dict
        ``{"positive": (d,), "negative": (d,)}``.

    Raises
    ------
    ValueError
        When a valence has no stimulus.
    """
    out = {}
    for val in ("positive", "negative"):
        members = [v for k, v in subprototypes.items() if valence.get(k) == val]
        if not members:
            raise ValueError(f"no {val} stimulus among the subprototypes {sorted(subprototypes)}")
        out[val] = np.mean(members, axis=0)
    return out


def prototype_scores(frames: np.ndarray, positive: np.ndarray, negative: np.ndarray) -> dict[str, np.ndarray]:
    """Per-frame cosine similarity to the positive and negative prototypes and their difference
    (paper, Methods "Prototype score"; Fig. 2D-G).

    Parameters
    ----------
    frames : np.ndarray
        (n, d) HOG vectors.
    positive, negative : np.ndarray
        (d,) prototypes.

    Returns
    -------
    dict
        ``positive``, ``negative`` and ``difference`` (positive - negative), each (n,).
    """
    pos = cosine_similarity(frames, positive)
    neg = cosine_similarity(frames, negative)
    return {"positive": pos, "negative": neg, "difference": pos - neg}


def apex_frame(stimulus_frames: np.ndarray, baseline_frames: np.ndarray, n_candidates: int = 10,
               scores: tuple[np.ndarray, np.ndarray] | None = None) -> tuple[int, np.ndarray]:
    """Apex frame of one stimulus by the paper's two-step rule (Methods, "apex frame"; Fig. 1C).

    1. The ``n_candidates`` frames most similar (mean cosine) to the other frames of the stimulus.
    2. Among those, the frame least similar (mean cosine) to the baseline frames.

    Parameters
    ----------
    stimulus_frames, baseline_frames : np.ndarray
        (n, d) and (m, d) HOG vectors.
    n_candidates : int
    scores : tuple, optional
        :func:`frame_scores` of these frames, when already computed.

    Returns
    -------
    apex : int
        Index into ``stimulus_frames``.
    candidates : np.ndarray
        (n_candidates,) int, the step-1 frames in decreasing within-stimulus similarity.
    """
    typical, to_baseline = scores if scores is not None else frame_scores(stimulus_frames, baseline_frames)
    candidates = np.argsort(-typical, kind="stable")[: min(n_candidates, len(typical))]
    return int(candidates[np.argmin(to_baseline[candidates])]), candidates


@dataclass
class PrototypeTrial:
    """One trial of the prototype mouse: its window's HOG and where its stimulus lies."""

    session_id: str
    trial_id: int
    stimulus: str
    valence: str
    start_time: float
    stop_time: float
    frame_times: np.ndarray
    hog: np.ndarray  # (frames, n_features)


@dataclass
class Subprototype:
    """One stimulus's subprototype and apex frame (Fig. 1C, 2)."""

    valence: str
    vector: np.ndarray  # float32
    n_frames: int  # frames averaged
    apex_session: str
    apex_trial: int
    apex_time: float  # s, session clock


@dataclass
class PrototypeSet:
    """Result of :func:`build_prototypes`."""

    positive: np.ndarray  # float32
    negative: np.ndarray
    subprototypes: dict[str, Subprototype]
    n_trials: int


def build_prototypes(trials: list[PrototypeTrial], n_frames: int = 10) -> PrototypeSet:
    """Valence prototypes of the prototype mouse (paper, Methods "Prototype"; Fig. 1C, 2).

    Parameters
    ----------
    trials : list of PrototypeTrial
        Every trial of the prototype mouse, each with its window's HOG (baseline + stimulus frames).
    n_frames : int
        Frames averaged into each subprototype, and apex candidates.

    Returns
    -------
    PrototypeSet
        Per stimulus its subprototype (:func:`subprototype`) and apex frame (:func:`apex_frame`)
        against the pooled pre-onset frames of all trials; the subprototypes averaged per valence.

    Raises
    ------
    ValueError
        No baseline frames, or a valence without any stimulus.
    """
    stim_frames: dict[str, list[np.ndarray]] = {}
    where: dict[str, list[tuple[str, int, float]]] = {}
    valence: dict[str, str] = {}
    baseline = []
    for t in trials:
        hog = np.asarray(t.hog, np.float32)
        inside = (t.frame_times >= t.start_time) & (t.frame_times < t.stop_time)
        baseline.append(hog[t.frame_times < t.start_time])
        stim_frames.setdefault(t.stimulus, []).append(hog[inside])
        where.setdefault(t.stimulus, []).extend((t.session_id, t.trial_id, float(x)) for x in t.frame_times[inside])
        valence[t.stimulus] = t.valence
    base = np.concatenate(baseline)
    subs = {}
    for stimulus, chunks in stim_frames.items():
        frames = np.concatenate(chunks)
        scores = frame_scores(frames, base)  # the frames x frames similarity, once for both rules
        vector, chosen = subprototype(frames, base, n_frames, scores)
        apex, _ = apex_frame(frames, base, n_frames, scores)
        subs[stimulus] = Subprototype(valence[stimulus], vector.astype(np.float32), len(chosen), *where[stimulus][apex])
    protos = valence_prototypes({k: v.vector for k, v in subs.items()}, valence)
    return PrototypeSet(protos["positive"].astype(np.float32), protos["negative"].astype(np.float32), subs, len(trials))
