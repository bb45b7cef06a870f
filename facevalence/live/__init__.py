"""Live valence readout (the paper's outlook, Discussion: real-time decoding for closed loop): each
frame of a camera, a stream or a replayed video is scored by the code PrototypeScore uses
(:class:`facevalence.methods.scoring.PrototypeScorer`: registration warp, exact HOG, cosine to the
positive and negative prototypes), so a session scored live and offline gives the same numbers.

Per frame: the two similarities, the valence index (positive minus negative similarity, minus its
mean over the first ``baseline_s`` seconds, as the paper normalises to the pre-stimulus baseline)
and motion energy. Trigger rules (:mod:`facevalence.methods.triggers`) fire actions: a Python
callback, a serial TTL. A capture thread hands the scorer the newest frame; frames dropped under
load are counted, and the latency from decode to published score is kept per frame.

A camera with no ingested session is registered here (:func:`register_camera`: landmarks placed by
hand, or ECC alignment). The outputs are sinks called with every score: :class:`CSVSink`,
:class:`facevalence.live.dashboard.Dashboard` (the browser page), :class:`facevalence.live.lsl.LSLOutlet`
and :class:`facevalence.live.record.Recorder` (a session folder for convert and ingest);
:mod:`facevalence.live.app` puts them together for ``facevalence live``.
"""

from __future__ import annotations

import csv
import dataclasses
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from facevalence.errors import InputError
from facevalence.io.capture import Frame, NewestFrame, decode, open_source
from facevalence.methods.motion import motion_energy
from facevalence.methods.scoring import HOGConfig, PrototypeScorer
from facevalence.methods.triggers import TriggerRule, TriggerState


@dataclass(frozen=True)
class LiveSetup:
    """What the live scorer needs from the database: the prototypes, the HOG parameters with the
    registration onto the prototype template, and the keys they came from (for the record); the
    template's neutral frame and landmarks (roles, (n, 2) px) when known, for the overlay and for a
    recording's landmarks."""

    prototypes: dict[str, np.ndarray]
    hog: HOGConfig
    keys: dict
    template: np.ndarray | None = field(default=None, compare=False)
    landmarks: tuple[tuple[str, ...], np.ndarray] | None = field(default=None, compare=False)


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
    dropped: int = 0  # frames the capture thread dropped so far


@dataclass
class LiveResult:
    """Everything the readout published, with the source's counts."""

    scores: list[Score] = field(default_factory=list)
    decoded: int = 0
    dropped: int = 0
    elapsed_s: float = 0.0  # from the first frame taken to the end

    @property
    def triggers(self) -> list[tuple[float, str]]:
        """(time, rule) of every trigger, in order."""
        return [(s.t, rule) for s in self.scores for rule in s.triggered]

    def latency_percentiles(self) -> tuple[float, float]:
        """p50 and p99 latency from decode to published score, s."""
        lat = np.array([s.latency_s for s in self.scores]) if self.scores else np.array([np.nan])
        return float(np.percentile(lat, 50)), float(np.percentile(lat, 99))


def load_setup(session: dict | None, proto_id: str | None = None, hog_paramset: int = 0, proto_paramset: int = 0,
               reg_paramset: int = 0) -> LiveSetup:
    """Prototypes and the registration of ``session`` (``subject_id``, ``session_id``: an ingested
    session of the same camera and mouse) from the database; with ``session=None`` no registration
    (the camera is registered afterwards: :func:`register_camera`).

    Raises
    ------
    ValueError
        One line saying which row is missing.
    """
    from facevalence.schemas.face import (
        HOGParams,
        Prototype,
        PrototypeMouse,
        Registration,
        RegistrationParams,
    )
    from facevalence.schemas.face.hog import hog_config
    from facevalence.schemas.face.registration import registration_warp, template_landmarks

    if proto_id is None:
        ids = PrototypeMouse.to_arrays("proto_id").tolist()
        if len(ids) != 1:
            raise ValueError(f"--proto-id: choose one of {ids}" if ids else "no prototype mouse in the database")
        proto_id = ids[0]
    key = {"proto_id": proto_id, "hog_paramset": hog_paramset, "proto_paramset": proto_paramset, "reg_paramset": reg_paramset}
    rows = (Prototype & key).to_dicts()
    if not rows:
        raise ValueError(f"no Prototype row for {key}: populate the prototypes first")
    if session is not None and not Registration & key & session:
        raise ValueError(f"no Registration of session {session['subject_id']}/{session['session_id']} onto "
                         f"prototype {proto_id} (reg_paramset {reg_paramset})")
    params = (HOGParams & key).fetch1()
    warp = None if session is None else registration_warp({**key, **session})
    template = landmarks = None
    if (RegistrationParams & key).fetch1("method") == "landmarks":
        try:  # for the overlay, a new camera's registration and a recording's landmarks
            roles, points, template = template_landmarks(proto_id, reg_paramset)
            landmarks = (tuple(roles), points)
        except ValueError:  # (a session's own registration scores without them)
            if session is None:
                raise
    return LiveSetup({"positive": np.asarray(rows[0]["positive"]), "negative": np.asarray(rows[0]["negative"])},
                     hog_config(params, warp), {**key, **(session or {})}, template=template, landmarks=landmarks)


@dataclass(frozen=True)
class CameraRegistration:
    """How a camera was registered onto the template: its matrix (camera pixels -> template
    pixels), how (``landmarks`` or ``ecc``), the quality (RMS landmark distance in px, or the
    correlation coefficient) and the red/cyan overlay to check it."""

    matrix: np.ndarray
    method: str
    quality: float
    overlay: np.ndarray


def neutral_frame(source: str | int, seconds: float) -> np.ndarray:
    """The mean of a source's first ``seconds`` (a neutral face to register; paper, Methods
    "Registration": landmarks on a neutral frame), as uint8 gray.

    Parameters
    ----------
    source : str or int
    seconds : float

    Returns
    -------
    np.ndarray
    """
    container, _ = open_source(source)
    try:
        total, n = None, 0
        for frame in decode(container):
            total = frame.gray.astype(np.float64) if total is None else total + frame.gray
            n += 1
            if frame.t >= seconds:
                break
    finally:
        container.close()
    if total is None:
        raise InputError(str(source), "source", "no frame to register")
    return np.round(total / n).astype(np.uint8)


def register_camera(setup: LiveSetup, frame: np.ndarray, landmarks: str | Path | None = None,
                    min_correlation: float = 0.8) -> tuple[LiveSetup, CameraRegistration]:
    """Register a camera with no ingested session onto the prototype template, from six landmarks
    placed by hand on one of its frames (a landmarks YAML, as in a session folder) or else
    automatically (ECC alignment of ``frame`` onto the template's neutral frame).

    Parameters
    ----------
    setup : LiveSetup
        From :func:`load_setup` (with the template's frame and landmarks).
    frame : np.ndarray
        A neutral frame of the camera (:func:`neutral_frame`), uint8 gray.
    landmarks : str or Path, optional
        The landmarks YAML; its ``time_s`` is not used (the points only need to fit this camera).
    min_correlation : float
        The automatic alignment is refused below this correlation.

    Returns
    -------
    (LiveSetup, CameraRegistration)
        The setup with the camera's registration, and the registration itself.

    Raises
    ------
    InputError
        A bad landmarks file; ValueError: a poor automatic alignment or no template to align to.
    """
    from facevalence.io.landmarks import read_landmarks
    from facevalence.methods.registration import align_ecc, overlay, register_session, warp

    if setup.template is None or setup.landmarks is None:
        raise ValueError("the prototype's registration parameter set has no template landmarks to register onto")
    if landmarks is not None:  # as the Registration table registers a session
        marks = read_landmarks(landmarks, image_size=(frame.shape[1], frame.shape[0]))
        roles, dst = setup.landmarks
        src = np.array([marks.points[marks.roles.index(r)] for r in roles])
        done = register_session(src, dst, frame, setup.template, list(roles))
        matrix, quality, check, method = done.matrix, done.residual_px, done.overlay, "landmarks"
    else:
        matrix, quality = align_ecc(frame, setup.template, min_correlation)
        check, method = overlay(setup.template, warp(frame, matrix, setup.template.shape)), "ecc"
    # into the template's pixels, then resized from the template's size (a camera of any size)
    hog = dataclasses.replace(setup.hog, matrix=matrix, shape=setup.template.shape[:2])
    setup = dataclasses.replace(setup, hog=hog, keys={**setup.keys, "registration": method})
    return setup, CameraRegistration(matrix, method, quality, check)


def preview(gray: np.ndarray, setup: LiveSetup, size: int = 384) -> np.ndarray:
    """The frame as the HOG sees it (registered, resized square; paper, Methods "HOG") in cyan over
    the template in red (Fig. S3A's check), ``size`` px; the gray frame alone without a template.

    Parameters
    ----------
    gray : np.ndarray
    setup : LiveSetup
    size : int

    Returns
    -------
    np.ndarray
        (size, size, 3) uint8 RGB.
    """
    from facevalence.methods.registration import overlay, prepare_frame

    moved = prepare_frame(gray, setup.hog.matrix, size, setup.hog.shape)
    if setup.template is None:
        return np.repeat(moved[..., None], 3, axis=-1)
    return overlay(prepare_frame(setup.template, None, size), moved)


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

    def score(self, frame: Frame, dropped: int = 0) -> Score:
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
                     time.monotonic() - frame.decoded_at, fired, dropped)


def run_live(source: str | int, setup: LiveSetup, rules: list[TriggerRule] = (), realtime: bool = False,
             baseline_s: float = 4.0, sinks: list[Callable[[Score], None]] = (),
             actions: list[Callable[[Score], None]] = (), max_frames: int | None = None,
             taps: list[Callable[[Frame], None]] = (), record: Callable | None = None) -> LiveResult:
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
    taps : list of callable
        Called with every frame taken for scoring (a dashboard's current frame).
    record : callable, optional
        Called with every compressed packet of the source once its frames are decoded, on the
        decoding thread, never the scoring one (:class:`facevalence.live.record.Recorder` copies
        them into the session's video).

    Returns
    -------
    LiveResult
    """
    container, live = open_source(source)
    scorer, result = LiveScorer(setup, rules, baseline_s), LiveResult()
    scorer.scorer.compute(-1, np.zeros((64, 64), np.uint8), parallel=True)  # warm up before the clock runs
    capture = NewestFrame(decode(container, realtime=realtime and not live, packets=record),
                          lossless=not (live or realtime))
    started = None
    try:
        while max_frames is None or len(result.scores) < max_frames:
            frame = capture.get()
            if frame is None:
                break
            started = started or frame.decoded_at
            for tap in taps:
                tap(frame)
            score = scorer.score(frame, capture.dropped)
            result.scores.append(score)
            for sink in sinks:
                sink(score)
            if score.triggered:
                for action in actions:
                    action(score)
    except KeyboardInterrupt:
        pass
    finally:
        capture.stop()
        container.close()
        result.decoded, result.dropped = capture.decoded, capture.dropped
        if result.scores and max_frames is not None and len(result.scores) >= max_frames:
            # stopped early: frames decoded after the last one taken were not dropped by the scorer
            last = result.scores[-1]
            result.decoded, result.dropped = last.index + 1, last.dropped
        result.elapsed_s = time.monotonic() - started if started else 0.0
    return result


class CSVSink:
    """Every score as a CSV row (``index, t, positive, negative, valence, motion, latency_s,
    triggered, dropped``), flushed per row so that a crash keeps what was scored."""

    COLUMNS = ("index", "t", "positive", "negative", "valence", "motion", "latency_s", "triggered", "dropped")

    def __init__(self, path: str | Path):
        self.file = open(path, "w", newline="")
        self.writer = csv.writer(self.file)
        self.writer.writerow(self.COLUMNS)

    def __call__(self, score: Score) -> None:
        self.writer.writerow([score.index, repr(score.t), repr(score.positive), repr(score.negative), repr(score.valence),
                              repr(score.motion), f"{score.latency_s:.6f}", ";".join(score.triggered), score.dropped])
        self.file.flush()

    def close(self) -> None:
        self.file.close()
