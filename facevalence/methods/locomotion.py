"""Locomotion as a confound of facial expression (paper, Fig. S5A-C): running speed from a wheel or
treadmill, the trials with high running after the stimulus, their ear posture by valence, and the
separation of valence in the HOG-UMAP embedding within those trials."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from facevalence.methods.stats import mann_whitney, null_summary, result

#: Rate of the regular grid a wheel position is resampled on before differentiating, Hz.
SPEED_RATE_HZ = 50.0


def speed_from_position(times: np.ndarray, position_cm: np.ndarray, rate_hz: float = SPEED_RATE_HZ,
                        smooth_s: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """Running speed of a wheel or treadmill from its position (paper, Fig. S5A: running speed).

    Encoders report position at irregular times (IBL's wheel only when it moves): the position is
    linearly interpolated onto a regular grid, differentiated, smoothed with a ``smooth_s`` moving
    average, and its magnitude taken (backwards running counts as running).

    Parameters
    ----------
    times : ndarray, shape (n,)
        s, increasing.
    position_cm : ndarray, shape (n,)
        Distance travelled along the wheel's surface, cm.
    rate_hz : float, optional
        Grid rate.
    smooth_s : float, optional
        Moving-average width, s.

    Returns
    -------
    grid : ndarray
        Sample times, s (from the first to the last position sample).
    speed : ndarray
        cm/s, >= 0.
    """
    t = np.asarray(times, float)
    x = np.asarray(position_cm, float)
    ok = np.isfinite(t) & np.isfinite(x)
    t, x = t[ok], x[ok]
    if len(t) < 2 or np.any(np.diff(t) <= 0):
        raise ValueError("needs at least 2 position samples at increasing times")
    grid = t[0] + np.arange(int(np.floor((t[-1] - t[0]) * rate_hz)) + 1) / rate_hz
    velocity = np.gradient(np.interp(grid, t, x), 1.0 / rate_hz)
    width = max(1, int(round(smooth_s * rate_hz)))
    if width > 1:
        velocity = np.convolve(velocity, np.ones(width) / width, mode="same")
    return grid, np.abs(velocity)


@dataclass(frozen=True)
class TrialRun:
    """Running around one trial (paper, Fig. S5A)."""

    trial_id: int
    baseline_speed: float  # mean cm/s over the pre-stimulus baseline
    response_speed: float  # mean cm/s from onset to the stimulus end + post_s
    peak_speed: float
    high: bool  # response_speed >= the threshold


def trial_running(times: np.ndarray, speed: np.ndarray, trials: list[dict], baseline_s: float, post_s: float,
                  threshold_cm_s: float) -> list[TrialRun]:
    """Per trial, the running speed before and after onset, and whether the mouse ran (paper, Fig. S5A:
    trials with high running speed after the stimulus).

    Parameters
    ----------
    times, speed : ndarray, shape (n,)
        The session's running speed, s and cm/s.
    trials : list of dict
        ``trial_id``, ``start_time``, ``stop_time``.
    baseline_s : float
        Pre-stimulus window, s.
    post_s : float
        The response window runs from onset to ``stop_time + post_s``.
    threshold_cm_s : float
        A trial is a high-running trial when its mean response speed reaches this.

    Returns
    -------
    list of TrialRun
        NaN speeds (and ``high`` False) where the speed has no sample in the window.
    """
    t = np.asarray(times, float)
    v = np.asarray(speed, float)

    def mean(lo: float, hi: float, fn=np.mean) -> float:
        inside = (t >= lo) & (t < hi) & np.isfinite(v)
        return float(fn(v[inside])) if inside.any() else float("nan")

    out = []
    for trial in trials:
        onset, end = float(trial["start_time"]), float(trial["stop_time"]) + post_s
        response = mean(onset, end)
        out.append(TrialRun(int(trial["trial_id"]), mean(onset - baseline_s, onset), response, mean(onset, end, np.max),
                            bool(np.isfinite(response) and response >= threshold_cm_s)))
    return out


def _split(frame_trial: np.ndarray, trial_valence: dict[int, str]):
    """The frames of the positive and negative trials, each frame's trial index, and the trial labels."""
    chosen = {t: v for t, v in trial_valence.items() if v in ("positive", "negative")}
    keep = np.isin(frame_trial, list(chosen))
    trials = np.asarray(sorted(chosen), dtype=np.asarray(frame_trial).dtype)
    labels = np.asarray([chosen[t] == "positive" for t in trials], dtype=bool)
    return keep, np.searchsorted(trials, np.asarray(frame_trial)[keep]), labels


def _silhouette(distances: np.ndarray, positive: np.ndarray) -> float:
    """Mean silhouette of a two-way split from a distance matrix. sklearn's ``silhouette_score``
    gives the same (the unit tests compare them) but validates its input on every call, which
    dominates a shuffle test of a thousand splits; this is two matrix-vector products."""
    n_pos = positive.sum()
    n_neg = positive.size - n_pos
    to_pos = distances @ positive
    to_neg = distances.sum(axis=1) - to_pos
    own_n = np.where(positive, n_pos, n_neg) - 1
    own = np.where(positive, to_pos, to_neg) / np.maximum(own_n, 1)
    other = np.where(positive, to_neg / n_neg, to_pos / n_pos)
    score = np.where(own_n > 0, (other - own) / np.maximum(np.maximum(own, other), 1e-300), 0.0)
    return float(score.mean())


def valence_separation(sessions: list[tuple[np.ndarray, np.ndarray, dict[int, str]]], n_shuffles: int = 1000,
                       seed: int = 0) -> dict:
    """How well valence separates frames in the sessions' HOG-UMAP embeddings (paper, Fig. S5C): per
    session the silhouette of its positive vs negative frames, their mean, and a shuffle test of the
    mean with each session's trial labels permuted (a trial's frames keep one label).

    Parameters
    ----------
    sessions : list of (coords, frame_trial, trial_valence)
        Per session: Embedding.coords (frames, 2), Embedding.frame_trial (frames,), and the trials to
        use (e.g. the high-running ones) with their valence; other trials are left out. A session
        without a positive and a negative trial is left out.
    n_shuffles, seed : int, optional

    Returns
    -------
    dict
        :func:`facevalence.methods.stats.result` record: statistic = the mean silhouette (-1..1),
        p = (1 + #shuffled means >= observed) / (1 + n_shuffles), ``n`` frames, ``per_session``
        (silhouette, frames, positive and negative trials; None where left out), ``null``. With one
        trial of each valence in every session, every shuffle gives the same split and p is 1.
    """
    from sklearn.metrics import pairwise_distances

    prepared, per_session = [], []
    for coords, frame_trial, trial_valence in sessions:
        keep, index, labels = _split(frame_trial, trial_valence)
        counts = {"positive": int(labels.sum()), "negative": int((~labels).sum())}
        if min(counts.values()) == 0 or keep.sum() < 3:
            per_session.append(None)
            continue
        distances = pairwise_distances(np.asarray(coords, float)[keep])
        observed = _silhouette(distances, labels[index])
        prepared.append((distances, index, labels))
        per_session.append({"silhouette": observed, "n_frames": int(keep.sum()), "n_trials": counts})
    scores = [s["silhouette"] for s in per_session if s]
    n = sum(s["n_frames"] for s in per_session if s)
    if not scores:
        return result("mean silhouette of valence, trial-shuffle test (one-sided)", np.nan, np.nan, 0,
                      ("positive", "negative"), per_session=per_session, n_shuffles=n_shuffles, null=null_summary(np.array([])))
    observed = float(np.mean(scores))
    rng = np.random.default_rng(seed)
    null = np.empty(n_shuffles)
    for i in range(n_shuffles):
        null[i] = np.mean([_silhouette(d, rng.permutation(labels)[index]) for d, index, labels in prepared])
    p = (1 + np.sum(null >= observed - 1e-9)) / (1 + n_shuffles)
    return result("mean silhouette of valence, trial-shuffle test (one-sided)", observed, p, n, ("positive", "negative"),
                  per_session=per_session, n_shuffles=n_shuffles, null=null_summary(null))


@dataclass(frozen=True)
class LocomotionCheck:
    """Result of :func:`locomotion_check` (paper, Fig. S5A-C)."""

    n_trials: int  # valenced trials with a running speed
    n_high: int  # of them, high-running
    posture: list[dict]  # per running (high | low) and valence: n, median and values of the posture's peak change
    posture_high: dict  # Mann-Whitney positive vs negative posture change within the high-running trials
    posture_low: dict  # the same within the other trials (for comparison)
    separation_high: dict  # valence_separation of the high-running trials' frames
    separation_low: dict  # ... and of the other trials' frames
    sessions: list[tuple[str, str]]  # (subject_id, session_id) of each embedding, in the records' order


def locomotion_check(runs: pd.DataFrame, embeddings: list[dict], feature: str = "ear_angle",
                     n_shuffles: int = 1000, seed: int = 0) -> LocomotionCheck:
    """Does running explain the expressions? (paper, Fig. S5A-C)

    Within the trials where the mouse ran after the stimulus, the posture (the ear, in the paper)
    still differs by valence (Mann-Whitney, positive vs negative peak change) and positive and
    negative frames still separate in each session's HOG-UMAP embedding (silhouette, trial-shuffle
    test); the same within the other trials, for comparison.

    Parameters
    ----------
    runs : pandas.DataFrame
        One row per trial: ``subject_id, session_id, trial_id, valence, high, response_speed, change``
        (the trial's peak change of ``feature``, Kinematics). Neutral trials and trials without a
        running speed are left out.
    embeddings : list of dict
        Per session: ``subject_id, session_id, coords, frame_trial`` (Embedding).
    feature : str, optional
    n_shuffles, seed : int, optional
        Of the silhouette's shuffle test.

    Returns
    -------
    LocomotionCheck
    """
    runs = runs[runs["valence"].isin(["positive", "negative"]) & np.isfinite(runs["response_speed"].astype(float))]
    groups = {"high": runs[runs["high"].astype(bool)], "low": runs[~runs["high"].astype(bool)]}
    posture, tests, separation = [], {}, {}
    for running, part in groups.items():
        values = {}
        for valence in ("positive", "negative"):
            v = part.loc[part["valence"] == valence, "change"].astype(float).to_numpy()
            values[valence] = v[np.isfinite(v)]
            posture.append({"running": running, "valence": valence, "feature": feature, "n": int(values[valence].size),
                            "median_change": float(np.median(values[valence])) if values[valence].size else float("nan"),
                            "values": values[valence].tolist()})
        tests[running] = mann_whitney(values["positive"], values["negative"], ("positive", "negative"))
        sessions = []
        for emb in embeddings:
            trials = part[(part["subject_id"] == emb["subject_id"]) & (part["session_id"] == emb["session_id"])]
            sessions.append((emb["coords"], emb["frame_trial"],
                             dict(zip(trials["trial_id"].astype(int), trials["valence"], strict=True))))
        separation[running] = valence_separation(sessions, n_shuffles, seed)
    return LocomotionCheck(len(runs), len(groups["high"]), posture, tests["high"], tests["low"], separation["high"],
                           separation["low"], [(e["subject_id"], e["session_id"]) for e in embeddings])
