"""Per-frame consumers of a session's video (paper, Fig. 1B-C, 2D-I, 3): each takes the frames one
by one, in order, and keeps only what its table needs, so memory stays flat in session length.

- :class:`PrototypeScorer`: registered + resized frame -> HOG -> cosine similarity to each prototype
- :class:`WindowHOG`: HOG vectors of the frames inside given windows (trial windows)
- :class:`MotionAccumulator`: mean |frame_t - frame_(t-1)| per frame and per-label motion heatmaps

Pure numpy (no file access): the decode loop that feeds them is :func:`facevalence.io.stream.stream`;
the live readout feeds the same classes from a camera, so offline and live scores are one code path.

Each consumer splits its work in two: ``compute(index, gray)`` depends on that frame alone and may
run on any thread, several frames at once (the HOG: registration warp, histogram, normalisation,
cosines - numba and OpenCV release the GIL); ``update(index, gray, computed)`` is called once per
frame, in frame order, and keeps the result. ``update(index, gray)`` alone does both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from facevalence.methods.hog import PAPER_CELL, PAPER_ORIENTATIONS, PAPER_SIZE, hog_frame
from facevalence.methods.motion import downsample, frame_difference, heatmap_shape
from facevalence.methods.registration import prepare_frame


@dataclass(frozen=True)
class HOGConfig:
    """How a frame becomes a HOG vector (paper, Methods: gray, 1024 x 1024, 8 orientations,
    16 px cells, 1 x 1 blocks, L2-Hys), and the registration applied first (None: unregistered)
    with the size of the template frame it maps into (None: the frame's own)."""

    resize: int = PAPER_SIZE
    orientations: int = PAPER_ORIENTATIONS
    pixels_per_cell: int = PAPER_CELL
    block_norm: str = "L2-Hys"
    matrix: np.ndarray | None = field(default=None, compare=False)
    shape: tuple[int, int] | None = field(default=None, compare=False)  # the template's (rows, cols)

    def vector(self, gray: np.ndarray, parallel: bool = True) -> np.ndarray:
        """The HOG vector of one uint8 gray frame (registered and resized in one warp first);
        ``parallel=False`` computes it on the calling thread only (see :func:`hog_frame`)."""
        return hog_frame(prepare_frame(gray, self.matrix, self.resize, self.shape), self.orientations, self.pixels_per_cell,
                         self.block_norm, parallel=parallel)


_UNSET = object()


def _room_for(values: np.ndarray, index: int) -> np.ndarray:
    """``values``, grown (by doubling, NaN-padded) until ``index`` fits: a video may hold more frames
    than its container or NWB file declared."""
    if index < len(values):
        return values
    out = np.full(max(2 * len(values), index + 1), np.nan)
    out[: len(values)] = values
    return out


class PrototypeScorer:
    """Cosine similarity of every frame's HOG to each prototype (Fig. 2D-G, 3).

    Parameters
    ----------
    prototypes : dict
        Name -> HOG vector (e.g. ``{"positive": p, "negative": n}``).
    hog : HOGConfig
        With the session's registration matrix onto the prototype template.
    n_frames : int
        Expected length (grown when the video holds more).
    keep : callable, optional
        ``keep(index, vector)`` receives every HOG vector (e.g. to store or test them).
    """

    def __init__(self, prototypes: dict[str, np.ndarray], hog: HOGConfig, n_frames: int, keep=None):
        self.hog = hog
        self.unit = {k: np.asarray(v, np.float64) / max(np.linalg.norm(v), 1e-12) for k, v in prototypes.items()}
        self.similarity = {k: np.full(n_frames, np.nan) for k in self.unit}
        self.keep = keep

    def compute(self, index: int, gray: np.ndarray, parallel: bool = False) -> tuple[dict[str, float], np.ndarray]:
        """The frame's similarity to each prototype and its HOG vector (any thread)."""
        vector = self.hog.vector(gray, parallel)
        norm = max(float(np.linalg.norm(vector)), 1e-12)
        return {k: float(vector @ u) / norm for k, u in self.unit.items()}, vector

    def update(self, index: int, gray: np.ndarray, computed=_UNSET) -> None:
        similarity, vector = self.compute(index, gray, True) if computed is _UNSET else computed
        self.similarity = {k: _room_for(v, index) for k, v in self.similarity.items()}
        for k, value in similarity.items():
            self.similarity[k][index] = value
        if self.keep is not None:
            self.keep(index, vector)

    def result(self, n_frames: int) -> dict[str, np.ndarray]:
        """Name -> (n_frames,) cosine similarity."""
        return {k: v[:n_frames] for k, v in self.similarity.items()}


class WindowHOG:
    """HOG vectors (float16) of the frames marked in ``wanted`` (frame index -> bool), e.g. every
    trial window of a session (Fig. 1C-I: apex frames, arousal, embedding)."""

    def __init__(self, wanted: np.ndarray, hog: HOGConfig, first: int = 0):
        self.wanted, self.first, self.hog = np.asarray(wanted, bool), first, hog
        self.vectors: dict[int, np.ndarray] = {}

    def compute(self, index: int, gray: np.ndarray, parallel: bool = False) -> np.ndarray | None:
        """The frame's float16 HOG vector when it is wanted, else None (any thread)."""
        i = index - self.first
        if 0 <= i < len(self.wanted) and self.wanted[i]:
            return self.hog.vector(gray, parallel).astype(np.float16)
        return None

    def update(self, index: int, gray: np.ndarray, computed=_UNSET) -> None:
        vector = self.compute(index, gray, True) if computed is _UNSET else computed
        if vector is not None:
            self.vectors[index] = vector

    def stack(self, first: int, stop: int) -> np.ndarray:
        """(stop - first, n_features) float16 HOG of the frames ``first..stop-1`` (all wanted)."""
        if stop <= first:
            return np.zeros((0, 0), np.float16)
        return np.stack([self.vectors[i] for i in range(first, stop)])


class MotionAccumulator:
    """Motion energy (Fig. 1B, S3B): mean |frame_t - frame_(t-1)| of every frame on the raw
    (unregistered) frames, and per label the mean per-pixel difference over that label's frames.

    Parameters
    ----------
    n_frames : int
        Expected length (grown when the video holds more).
    frame_shape : (rows, cols)
    labels : np.ndarray, optional
        Per frame a label ('' for none), e.g. the stimulus whose window holds the frame.
    heatmap_width : int
        Columns of the heatmaps (aspect ratio kept).
    """

    def __init__(self, n_frames: int, frame_shape: tuple[int, int], labels: np.ndarray | None = None,
                 heatmap_width: int = 256):
        self.motion = np.full(n_frames, np.nan)
        self.labels = labels
        self.shape = heatmap_shape(frame_shape, heatmap_width)
        self.sums: dict[str, np.ndarray] = {}
        self.counts: dict[str, int] = {}
        self.previous: np.ndarray | None = None

    def compute(self, index: int, gray: np.ndarray, parallel: bool = False) -> None:
        """Nothing: a frame's motion needs the previous frame, so all of it happens in :meth:`update`."""
        return None

    def update(self, index: int, gray: np.ndarray, computed=None) -> None:
        self.motion = _room_for(self.motion, index)
        if self.previous is not None:
            try:
                diff = frame_difference(self.previous, gray)
            except ValueError as err:
                raise ValueError(f"frame {index}: {err}") from None
            self.motion[index] = float(cv2.mean(diff)[0])
            label = "" if self.labels is None or index >= len(self.labels) else str(self.labels[index])
            if label:
                if label not in self.sums:
                    self.sums[label] = np.zeros(self.shape, np.float32)
                    self.counts[label] = 0
                self.sums[label] += downsample(diff, self.shape)
                self.counts[label] += 1
        self.previous = gray

    def heatmaps(self) -> dict[str, np.ndarray]:
        """Label -> mean |diff| (rows, cols) float32."""
        return {k: v / max(self.counts[k], 1) for k, v in self.sums.items()}

    def result(self, n_frames: int) -> MotionResult:
        """What was accumulated over the first ``n_frames`` frames."""
        return MotionResult(self.motion[:n_frames], self.heatmaps(), dict(self.counts))


@dataclass
class MotionResult:
    """Result of :class:`MotionAccumulator`."""

    motion: np.ndarray  # (n_frames,) mean |frame_t - frame_(t-1)|; frame 0 is NaN
    heatmaps: dict[str, np.ndarray]  # label -> mean |diff| (rows, cols) float32
    heatmap_frames: dict[str, int]  # label -> frames averaged


def stimulus_labels(times: np.ndarray, trials: list[dict]) -> np.ndarray:
    """Per-frame label for the motion heatmaps (Fig. 1B, S3B).

    Parameters
    ----------
    times : np.ndarray
        (n,) frame times, s.
    trials : list of dict
        ``stimulus``, ``start_time``, ``stop_time``.

    Returns
    -------
    np.ndarray
        (n,) object: the stimulus whose window [start, stop) holds the frame, else ''.
    """
    labels = np.full(len(times), "", dtype=object)
    for t in trials:
        labels[(times >= t["start_time"]) & (times < t["stop_time"])] = t["stimulus"]
    return labels


def trial_windows(trials: list[dict], t0: float, fps: float, n_video: int, pre_s: float,
                  post_s: float) -> list[tuple[int, int, int]]:
    """The video frames of each trial's window ``[onset - pre_s, stop + post_s)`` (Fig. 1C-I:
    baseline and stimulus frames of every trial).

    Parameters
    ----------
    trials : list of dict
        ``trial_id``, ``start_time``, ``stop_time`` (s, session clock).
    t0, fps, n_video : float, float, int
        The video's start on the session clock, frame rate and frame count.
    pre_s, post_s : float
        Seconds kept before onset and after the stimulus ends.

    Returns
    -------
    list of (int, int, int)
        ``(trial_id, first frame, stop frame)``, clipped to the video.
    """
    out = []
    for t in trials:
        first = max(0, int(np.ceil((t["start_time"] - pre_s - t0) * fps)))
        stop = min(int(np.ceil((t["stop_time"] + post_s - t0) * fps)), n_video)
        out.append((t["trial_id"], first, stop))
    return out


def window_mask(windows: list[tuple[int, int, int]]) -> tuple[int, int, np.ndarray]:
    """The frame range covering every trial window (paper, Methods "HOG": only stimulus windows are
    scored), and which of its frames lie inside one.

    Parameters
    ----------
    windows : list of (trial_id, first, stop)
        :func:`trial_windows`.

    Returns
    -------
    first, last : int
        The covering range ``first..last-1``.
    wanted : ndarray of bool, shape (last - first,)
    """
    first, last = min(w[1] for w in windows), max(w[2] for w in windows)
    wanted = np.zeros(last - first, bool)
    for _, a, b in windows:
        wanted[a - first:b - first] = True
    return first, last, wanted


@dataclass
class TrialWindow:
    """HOG vectors of one trial's window and their similarity to its own pre-stimulus frames."""

    trial_id: int
    n_frames: int
    frame_times: np.ndarray  # s, session clock
    hog: np.ndarray  # (n_frames, n_features) float16
    baseline_similarity: np.ndarray  # cosine similarity of each frame to the mean pre-onset HOG


def window_features(windows: list[tuple[int, int, int]], trials: list[dict], vectors: WindowHOG, t0: float,
                    fps: float) -> list[TrialWindow]:
    """Per trial: its window's HOG and each frame's cosine similarity to the mean HOG of the window's
    pre-onset frames (the arousal measure of Fig. 1H-I).

    Parameters
    ----------
    windows : list
        :func:`trial_windows` of the trials.
    trials : list of dict
        The same trials (``start_time``).
    vectors : WindowHOG
        Holding the HOG of every frame of the windows.
    t0, fps : float
        The video's clock.

    Returns
    -------
    list of TrialWindow
        ``baseline_similarity`` is NaN for a window without pre-onset frames.
    """
    from facevalence.methods.hog import cosine_similarity

    out = []
    for (trial_id, a, b), t in zip(windows, trials, strict=True):
        hog = vectors.stack(a, b)
        times = t0 + np.arange(a, b) / fps
        base = hog[times < t["start_time"]].astype(np.float64)
        sim = cosine_similarity(hog, base.mean(0)) if len(base) else np.full(len(hog), np.nan)
        out.append(TrialWindow(trial_id, b - a, times, hog, sim))
    return out


@dataclass
class TrialScore:
    """Prototype scores of one trial (Fig. 2D-I)."""

    trial_id: int
    mean_difference: float  # mean (positive - negative) over the stimulus window
    baseline_difference: float  # mean (positive - negative) over pre_s before onset
    cum_positive: float  # sum over the stimulus window of (similarity - its pre-stimulus mean)
    cum_negative: float


def trial_scores(times: np.ndarray, positive: np.ndarray, negative: np.ndarray, trials: list[dict],
                 pre_s: float) -> list[TrialScore]:
    """Prototype scores of each trial (paper, Fig. 2D-I): mean difference of the similarities to the
    positive and negative prototypes over the stimulus window and over the ``pre_s`` before onset,
    and the cumulative similarity to each prototype relative to its pre-stimulus mean (Fig. 2H-I).

    Parameters
    ----------
    times : ndarray, shape (frames,)
        Frame times, s.
    positive, negative : ndarray, shape (frames,)
        Cosine similarity of each frame to each prototype.
    trials : list of dict
        ``trial_id``, ``start_time``, ``stop_time``.
    pre_s : float
        Length of the pre-stimulus window, s.

    Returns
    -------
    list of TrialScore

    Raises
    ------
    ValueError
        A trial with no frame in the ``pre_s`` before its onset.
    """
    diff = positive - negative
    out = []
    for t in trials:
        stim = (times >= t["start_time"]) & (times < t["stop_time"])
        pre = (times >= t["start_time"] - pre_s) & (times < t["start_time"])
        if not pre.any():
            raise ValueError(f"trial {t['trial_id']}: no frames in the {pre_s} s before onset")
        out.append(TrialScore(t["trial_id"], float(np.mean(diff[stim])), float(np.mean(diff[pre])),
                              float(np.sum(positive[stim] - np.mean(positive[pre]))),
                              float(np.sum(negative[stim] - np.mean(negative[pre])))))
    return out


@dataclass
class SessionScores:
    """A session's per-frame prototype similarities and its trials' scores (Fig. 2D-I)."""

    frame_times: np.ndarray  # s, session clock
    sim_positive: np.ndarray
    sim_negative: np.ndarray
    trials: list[TrialScore]

    @property
    def n_frames(self) -> int:
        return len(self.frame_times)


def session_scores(frame_times: np.ndarray, similarity: dict[str, np.ndarray], trials: list[dict],
                   pre_s: float) -> SessionScores:
    """A session's prototype scores (Fig. 2D-I): :func:`trial_scores` with the per-frame arrays.

    Parameters
    ----------
    frame_times : np.ndarray
        (n,) s, session clock.
    similarity : dict
        ``positive`` and ``negative``: (n,) cosine similarity of each frame to the prototypes.
    trials : list of dict
        ``trial_id``, ``start_time``, ``stop_time``.
    pre_s : float
        Baseline before onset.

    Returns
    -------
    SessionScores
    """
    pos, neg = similarity["positive"], similarity["negative"]
    return SessionScores(frame_times, pos, neg, trial_scores(frame_times, pos, neg, trials, pre_s))
