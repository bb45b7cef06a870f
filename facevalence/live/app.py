"""``facevalence live``: one readout put together from its options (the database setup, the camera's
registration, the outputs) and ``facevalence live demo`` (a demo session replayed in real time,
checked against its PrototypeScore row)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from facevalence.errors import InputError
from facevalence.live import (
    CSVSink,
    LiveResult,
    LiveSetup,
    Score,
    load_setup,
    neutral_frame,
    preview,
    register_camera,
    run_live,
)
from facevalence.methods.triggers import TriggerRule


@dataclass
class Options:
    """What ``facevalence live`` was asked for (see its ``--help``)."""

    source: str
    session: dict | None = None  # subject_id, session_id: the mouse, its registration unless landmarks/align
    proto_id: str | None = None
    hog_paramset: int = 0
    proto_paramset: int = 0
    reg_paramset: int = 0
    landmarks: Path | None = None
    align: bool = False
    align_s: float = 2.0
    min_correlation: float = 0.8
    overlay: Path | None = None
    realtime: bool = False
    baseline_s: float = 4.0
    rules: list[TriggerRule] = field(default_factory=list)
    serial_port: str | None = None
    lsl_name: str | None = None
    dashboard: bool = True
    port: int = 8765
    record: Path | None = None
    record_session: str | None = None
    out_csv: Path | None = None
    max_frames: int | None = None
    hold: Callable[[str], None] | None = None  # called with the dashboard's address once the source ended


@dataclass
class Readout:
    """A finished readout: what it published, its setup, and where its outputs are."""

    result: LiveResult
    setup: LiveSetup
    dashboard_url: str | None = None
    recorded: Path | None = None
    overlay: Path | None = None


def _jpeg(rgb: np.ndarray) -> bytes:
    import cv2

    return cv2.imencode(".jpg", rgb[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, 85])[1].tobytes()


def prepare(opts: Options, echo: Callable[[str], None]) -> tuple[LiveSetup, np.ndarray | None, Path | None]:
    """The scoring setup from the database, with the camera's registration: the session's
    Registration row, or ``--landmarks`` / ``--align`` (the overlay PNG is written and named).

    Returns
    -------
    (LiveSetup, matrix camera -> template or None, overlay PNG or None)
    """
    import cv2

    registered = opts.landmarks is not None or opts.align
    setup = load_setup(None if registered else opts.session, opts.proto_id, opts.hog_paramset,
                       opts.proto_paramset, opts.reg_paramset)
    if not registered:
        return setup, setup.hog.matrix, None
    frame = neutral_frame(opts.source, opts.align_s)
    setup, registration = register_camera(setup, frame, opts.landmarks, opts.min_correlation)
    out = opts.overlay or Path(f"live_registration_{dt.datetime.now():%Y%m%d-%H%M%S}.png")
    cv2.imwrite(str(out), registration.overlay[..., ::-1])
    unit = "px RMS landmark distance" if registration.method == "landmarks" else "correlation"
    echo(f"registered the camera by {registration.method} ({registration.quality:.3f} {unit}); overlay: {out}")
    return setup, registration.matrix, out


def readout(opts: Options, echo: Callable[[str], None] = print, sinks: list[Callable[[Score], None]] = ()) -> Readout:
    """Run ``facevalence live``: score ``opts.source`` and feed every output asked for.

    Raises
    ------
    InputError, ValueError, OSError
        One line: a source, landmarks file, port or serial port that cannot be used, or a missing
        database row.
    """
    from facevalence.schemas.session import Nwbfile

    metadata = None
    if opts.record is not None:
        if opts.session is None:
            raise InputError(None, "--record", "needs --session (a converted session of the mouse gives its metadata)")
        rows = (Nwbfile & opts.session).to_arrays("nwb_path")
        if not len(rows):
            raise InputError(None, "--session", f"{opts.session['subject_id']}/{opts.session['session_id']} is not ingested")
        from facevalence.io.nwb import session_metadata

        metadata = session_metadata(rows[0])
    setup, matrix, overlay_png = prepare(opts, echo)
    sinks, actions, taps, closers = list(sinks), [], [], []
    recorder = board = None
    try:
        if opts.serial_port:
            from facevalence.io.ttl import SerialTTL

            ttl = SerialTTL(opts.serial_port)
            actions.append(lambda score: ttl.fire())
            closers.append(ttl.close)
        if opts.out_csv:
            csv_sink = CSVSink(opts.out_csv)
            sinks.append(csv_sink)
            closers.append(csv_sink.close)
        if opts.lsl_name:
            from facevalence.live.lsl import LSLOutlet, LSLUnavailable

            try:
                outlet = LSLOutlet(opts.lsl_name, meta=setup.keys)
            except LSLUnavailable as err:
                raise InputError(None, "--lsl", str(err).removeprefix("--lsl: ")) from None
            sinks.append(outlet)
            closers.append(outlet.close)
            echo(f"LSL: streams {opts.lsl_name!r} (scores) and {opts.lsl_name + '-markers'!r} (triggers)")
        if opts.dashboard:
            from facevalence.live.dashboard import Dashboard

            info = {"source": opts.source, **setup.keys,
                    "rules": [r.text for r in opts.rules], "baseline": f"{opts.baseline_s:g} s",
                    "thresholds": [r.threshold for r in opts.rules if r.signal == "valence"]}
            board = Dashboard(info, lambda gray: _jpeg(preview(gray, setup)), port=opts.port)
            sinks.append(board)
            taps.append(board.frame)
            closers.append(board.close)
            echo(f"dashboard: {board.url}")
        if opts.record is not None:
            from facevalence.live.record import Recorder

            session_id = opts.record_session or f"live-{dt.datetime.now():%Y%m%d-%H%M%S}"
            recorder = Recorder(opts.record, metadata, session_id, setup, matrix, opts.rules,
                                {"source": opts.source, **{k: str(v) for k, v in setup.keys.items()},
                                 "baseline_s": opts.baseline_s})
            sinks.append(recorder)
        result = run_live(opts.source, setup, opts.rules, realtime=opts.realtime, baseline_s=opts.baseline_s,
                          sinks=sinks, actions=actions, max_frames=opts.max_frames, taps=taps,
                          record=recorder.packet if recorder else None)
        if board is not None:
            board.finish()
        recorded = recorder.finish(result) if recorder is not None else None
        if board is not None and opts.hold is not None:
            opts.hold(board.url)
    finally:
        for close in closers:
            close()
    return Readout(result, setup, board.url if board else None, recorded, overlay_png)


def demo_session(session: dict | None) -> tuple[dict, Path]:
    """A demo session with prototype scores (the given one, or the first), and its face video."""
    from facevalence.io.nwb import session_video
    from facevalence.schemas.face import PrototypeScore
    from facevalence.schemas.session import Nwbfile

    scored = (Nwbfile & PrototypeScore.proj()).to_dicts(order_by=("subject_id", "session_id"))
    if session is not None:
        scored = [row for row in scored if row["subject_id"] == session["subject_id"]
                  and row["session_id"] == session["session_id"]]
    if not scored:
        raise ValueError("no demo session with prototype scores: run `facevalence demo` first" if session is None
                         else f"session {session['subject_id']}/{session['session_id']} has no PrototypeScore row")
    row = scored[0]
    return {"subject_id": row["subject_id"], "session_id": row["session_id"]}, session_video(row["nwb_path"])[0]


def compare_with_table(readout: Readout) -> tuple[int, float]:
    """The frames scored live and the largest difference of their similarities from the session's
    PrototypeScore row (same frames, by index)."""
    from facevalence.schemas.face import PrototypeScore

    keys = {k: readout.setup.keys[k] for k in ("subject_id", "session_id", "proto_id", "hog_paramset",
                                               "proto_paramset", "reg_paramset")}
    row = (PrototypeScore & keys).fetch1()
    index = np.array([s.index for s in readout.result.scores])
    live = {"positive": np.array([s.positive for s in readout.result.scores]),
            "negative": np.array([s.negative for s in readout.result.scores])}
    worst = max(float(np.max(np.abs(live[k] - np.asarray(row[f"sim_{k}"])[index]))) for k in live) if len(index) else float("nan")
    return len(index), worst
