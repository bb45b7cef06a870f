"""Live valence readout (the paper's outlook, Discussion: real-time decoding for closed loop): each
frame of a camera, a stream or a replayed video is scored by the code PrototypeScore uses
(:class:`facevalence.methods.scoring.PrototypeScorer`: registration warp, exact HOG, cosine to the
positive and negative prototypes), so a session scored live and offline gives the same numbers.

Per frame: the two similarities, the valence index (positive minus negative similarity, minus its
mean over the first ``baseline_s`` seconds, as the paper normalises to the pre-stimulus baseline)
and motion energy. Trigger rules (:mod:`facevalence.methods.triggers`) fire actions: a Python
callback, a serial TTL. A capture thread hands the scorer the newest frame; frames dropped under
load are counted, and the latency from decode to published score is kept per frame.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from facevalence.io.capture import Frame, NewestFrame, decode, open_source
from facevalence.methods.motion import motion_energy
from facevalence.methods.scoring import HOGConfig, PrototypeScorer
from facevalence.methods.triggers import TriggerRule, TriggerState


@dataclass(frozen=True)
class LiveSetup:
    """What the live scorer needs from the database: the prototypes, the HOG parameters with the
    registration onto the prototype template, and the keys they came from (for the record)."""

    prototypes: dict[str, np.ndarray]
    hog: HOGConfig
    keys: dict


@dataclass(frozen=True)
class Score:
    """One scored frame, as published to every sink."""

    index: int
    t: float
    positive: float
    negative: float
    valence: float
    motion: float
    latency_s: float
    triggered: tuple[str, ...] = ()


@dataclass
class LiveResult:
    """Everything the readout published, with the source's counts."""

    scores: list[Score] = field(default_factory=list)
    triggers: list[tuple[float, str]] = field(default_factory=list)
    decoded: int = 0
    dropped: int = 0

    def latency_percentiles(self) -> tuple[float, float]:
        """p50 and p99 latency from decode to published score, s."""
        lat = np.array([s.latency_s for s in self.scores]) if self.scores else np.array([np.nan])
        return float(np.percentile(lat, 50)), float(np.percentile(lat, 99))


def load_setup(session: dict, proto_id: str | None = None, hog_paramset: int = 0, proto_paramset: int = 0,
               reg_paramset: int = 0) -> LiveSetup:
    """Prototypes and the registration of ``session`` (``subject_id``, ``session_id``: an ingested
    session of the same camera and mouse) from the database.

    Raises
    ------
    ValueError
        One line saying which row is missing.
    """
    from facevalence.schemas.face import HOGParams, Prototype, PrototypeMouse, Registration
    from facevalence.schemas.face.hog import hog_config

    if proto_id is None:
        ids = PrototypeMouse.to_arrays("proto_id").tolist()
        if len(ids) != 1:
            raise ValueError(f"--proto-id: choose one of {ids}" if ids else "no prototype mouse in the database")
        proto_id = ids[0]
    key = {"proto_id": proto_id, "hog_paramset": hog_paramset, "proto_paramset": proto_paramset, "reg_paramset": reg_paramset}
    rows = (Prototype & key).to_dicts()
    if not rows:
        raise ValueError(f"no Prototype row for {key}: populate the prototypes first")
    registration = (Registration & key & session).to_dicts()
    if not registration:
        raise ValueError(f"no Registration of session {session['subject_id']}/{session['session_id']} onto "
                         f"prototype {proto_id} (reg_paramset {reg_paramset})")
    params = (HOGParams & key).fetch1()
    return LiveSetup({"positive": np.asarray(rows[0]["positive"]), "negative": np.asarray(rows[0]["negative"])},
                     hog_config(params, np.asarray(registration[0]["matrix"])), {**key, **session})


class LiveScorer:
    """Scores frames one at a time and runs the trigger rules (pure: no source, no sink).

    Parameters
    ----------
    setup : LiveSetup
    rules : list of TriggerRule
    baseline_s : float
        Seconds at the start whose mean positive-minus-negative similarity is the valence baseline.
    """

    def __init__(self, setup: LiveSetup, rules: list[TriggerRule] = (), baseline_s: float = 4.0):
        self.scorer = PrototypeScorer(setup.prototypes, setup.hog, 1)
        self.states = [TriggerState(rule) for rule in rules]
        self.baseline_s = baseline_s
        self._baseline: list[float] = []
        self.baseline: float | None = None if baseline_s > 0 else 0.0
        self._previous: np.ndarray | None = None

    def score(self, frame: Frame) -> Score:
        """The frame's scores; ``valence`` is NaN until the baseline is complete."""
        similarity, _ = self.scorer.compute(frame.index, frame.gray, parallel=True)
        difference = similarity["positive"] - similarity["negative"]
        if self.baseline is None:
            if frame.t < self.baseline_s:
                self._baseline.append(difference)
            else:
                self.baseline = float(np.mean(self._baseline)) if self._baseline else 0.0
        valence = difference - self.baseline if self.baseline is not None else float("nan")
        motion = float("nan") if self._previous is None or self._previous.shape != frame.gray.shape else \
            motion_energy(self._previous, frame.gray)
        self._previous = frame.gray
        values = {"valence": valence, "positive": similarity["positive"], "negative": similarity["negative"], "motion": motion}
        fired = tuple(s.rule.text for s in self.states if s.update(frame.t, values[s.rule.signal]))
        return Score(frame.index, frame.t, similarity["positive"], similarity["negative"], valence, motion,
                     time.monotonic() - frame.decoded_at, fired)


def run_live(source: str | int, setup: LiveSetup, rules: list[TriggerRule] = (), realtime: bool = False,
             baseline_s: float = 4.0, sinks: list[Callable[[Score], None]] = (),
             actions: list[Callable[[Score], None]] = (), max_frames: int | None = None) -> LiveResult:
    """Score ``source`` frame by frame until it ends (or ``max_frames``, or Ctrl-C).

    Parameters
    ----------
    source : str or int
        Camera index or device, stream URL, or video file.
    setup : LiveSetup
    rules : list of TriggerRule
    realtime : bool
        Play a file at its own frame rate (a camera or stream is always live).
    baseline_s : float
    sinks : list of callable
        Called with every :class:`Score` (a CSV writer, a dashboard, an LSL outlet).
    actions : list of callable
        Called with the score of every frame where a rule fired (a serial TTL, a callback).
    max_frames : int, optional

    Returns
    -------
    LiveResult
    """
    container, live = open_source(source)
    scorer, result = LiveScorer(setup, rules, baseline_s), LiveResult()
    scorer.scorer.compute(-1, np.zeros((64, 64), np.uint8), parallel=True)  # warm up before the clock runs
    capture = NewestFrame(decode(container, realtime=realtime and not live), lossless=not (live or realtime))
    try:
        while max_frames is None or len(result.scores) < max_frames:
            frame = capture.get()
            if frame is None:
                break
            score = scorer.score(frame)
            result.scores.append(score)
            for sink in sinks:
                sink(score)
            for rule in score.triggered:
                result.triggers.append((score.t, rule))
            if score.triggered:
                for action in actions:
                    action(score)
    except KeyboardInterrupt:
        pass
    finally:
        capture.stop()
        container.close()
        result.decoded, result.dropped = capture.decoded, capture.dropped
    return result


class CSVSink:
    """Every score as a CSV row (``index, t, positive, negative, valence, motion, latency_s,
    triggered``), flushed per row so that a crash keeps what was scored."""

    COLUMNS = ("index", "t", "positive", "negative", "valence", "motion", "latency_s", "triggered")

    def __init__(self, path: str | Path):
        self.file = open(path, "w", newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow(self.COLUMNS)

    def __call__(self, score: Score) -> None:
        self.writer.writerow([score.index, repr(score.t), repr(score.positive), repr(score.negative), repr(score.valence),
                              repr(score.motion), f"{score.latency_s:.6f}", ";".join(score.triggered)])
        self.file.flush()

    def close(self) -> None:
        self.file.close()
