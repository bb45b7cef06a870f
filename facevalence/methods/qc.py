"""Quality checks of one session's recordings: clocks, pose confidence, baseline coverage.

These are the looks a lab takes at a session before trusting its results (paper, Methods: the
likelihood threshold of 0.9 and linear interpolation of DeepLabCut points, the 4 s pre-stimulus
baseline, 15 fps face video and the photometry clock). Each function is pure numpy over arrays the
report fetched; :mod:`facevalence.report` draws and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Clock:
    """One stream's timestamps, summarised.

    Attributes
    ----------
    name : str
    n : int
        Samples.
    start, stop : float
        First and last timestamp, s (session clock).
    rate_hz : float
        1 / median interval (NaN with fewer than 2 samples).
    gaps : int
        Intervals longer than 1.5 median intervals.
    missing : int
        Samples those gaps lack (each gap of ``k`` intervals lacks ``k - 1``).
    duplicated : int
        Intervals shorter than half the median (0 included: the same timestamp twice).
    """

    name: str
    n: int
    start: float
    stop: float
    rate_hz: float
    gaps: int
    missing: int
    duplicated: int


def clock(name: str, times: np.ndarray) -> Clock:
    """Summarise a stream's timestamps (dropped and duplicated samples against its median interval;
    paper, Methods "Video recording": the face video's frame clock, and the photometry clock the
    face-neural correlation aligns it to).

    Parameters
    ----------
    name : str
    times : ndarray, shape (n,)
        Timestamps, s, in recording order (not sorted here: a step back counts as a duplicate).

    Returns
    -------
    Clock
    """
    t = np.asarray(times, float)
    t = t[np.isfinite(t)]
    if len(t) < 2:
        return Clock(name, len(t), float(t[0]) if len(t) else np.nan, float(t[-1]) if len(t) else np.nan, np.nan, 0, 0, 0)
    dt = np.diff(t)
    step = float(np.median(dt))
    if step <= 0:  # most intervals are zero: nothing to measure against
        return Clock(name, len(t), float(t[0]), float(t[-1]), np.nan, 0, 0, int(np.sum(dt <= 0)))
    long = dt > 1.5 * step
    return Clock(name, len(t), float(t[0]), float(t[-1]), 1.0 / step, int(long.sum()),
                 int(np.sum(np.rint(dt[long] / step) - 1)), int(np.sum(dt < 0.5 * step)))


def repeated_frames(motion: np.ndarray) -> np.ndarray:
    """Frames identical to the one before (motion energy exactly 0): a camera or encoder that
    repeated a frame to keep its rate (paper, Fig. 1B: motion energy = mean |frame_t - frame_(t-1)|).

    Parameters
    ----------
    motion : ndarray, shape (frames,)
        Motion energy per frame (NaN for frame 0).

    Returns
    -------
    ndarray of int
        Indices of the repeated frames.
    """
    return np.flatnonzero(np.asarray(motion, float) == 0.0)


@dataclass(frozen=True)
class PoseQuality:
    """Per keypoint: the share of frames below the likelihood threshold, filled by interpolation,
    and still missing after cleaning (paper, Methods: points below 0.9 are interpolated linearly).

    Attributes
    ----------
    keypoints : list of str
    low : ndarray, shape (keypoints,)
        Below the threshold (or not detected).
    interpolated : ndarray, shape (keypoints,)
        Low frames that cleaning filled.
    missing : ndarray, shape (keypoints,)
        Frames without a position after cleaning (e.g. low at the start or end of the video).
    median_likelihood : ndarray, shape (keypoints,)
    """

    keypoints: list[str]
    low: np.ndarray
    interpolated: np.ndarray
    missing: np.ndarray
    median_likelihood: np.ndarray


def pose_quality(keypoints: list[str], xy: np.ndarray, likelihood: np.ndarray, threshold: float,
                 cleaned: np.ndarray | None = None) -> PoseQuality:
    """Likelihood and interpolation per keypoint.

    Parameters
    ----------
    keypoints : list of str
    xy : ndarray, shape (frames, keypoints, 2)
        Positions as tracked.
    likelihood : ndarray, shape (frames, keypoints)
    threshold : float
        KinematicsParams.likelihood_threshold (paper: 0.9).
    cleaned : ndarray, shape (frames, keypoints, 2), optional
        FaceFeatures.cleaned; without it, every low frame between two confident ones counts as
        interpolated (what the cleaning does) and the others as missing.

    Returns
    -------
    PoseQuality
    """
    like = np.asarray(likelihood, float)
    low = ~(like >= threshold) | ~np.isfinite(np.asarray(xy, float)).all(axis=2)
    if cleaned is not None:
        missing = ~np.isfinite(np.asarray(cleaned, float)).all(axis=2)
    else:  # linear interpolation fills a low run only between two confident frames
        good = ~low
        seen_before = np.maximum.accumulate(good, axis=0)
        seen_after = np.maximum.accumulate(good[::-1], axis=0)[::-1]
        missing = low & ~(seen_before & seen_after)
    return PoseQuality(list(keypoints), low.mean(axis=0), (low & ~missing).mean(axis=0), missing.mean(axis=0),
                       np.nanmedian(np.where(np.isfinite(like), like, np.nan), axis=0))


def baseline_coverage(sample_times: np.ndarray, onsets: np.ndarray, baseline_s: float) -> np.ndarray:
    """Share of each trial's pre-stimulus baseline ``[onset - baseline_s, onset)`` that a stream's
    samples cover (paper, Methods: the 4 s baseline of every trial-normalised measure).

    Coverage is the number of samples in the window times the stream's median interval, over
    ``baseline_s``, capped at 1: a trial whose baseline starts before the recording, or falls in a
    gap of dropped frames, shows less than 1.

    Parameters
    ----------
    sample_times : ndarray, shape (n,)
        The stream's timestamps, s.
    onsets : ndarray, shape (trials,)
        Stimulus onsets, s.
    baseline_s : float

    Returns
    -------
    ndarray, shape (trials,)
    """
    t = np.sort(np.asarray(sample_times, float))
    onsets = np.asarray(onsets, float)
    if len(t) < 2 or baseline_s <= 0:
        return np.zeros(len(onsets))
    step = float(np.median(np.diff(t)))
    counts = np.searchsorted(t, onsets, side="left") - np.searchsorted(t, onsets - baseline_s, side="left")
    return np.minimum(counts * step / baseline_s, 1.0)
