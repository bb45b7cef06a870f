"""The live readout: a video scored live gives the offline numbers exactly (one code path); the
capture thread hands over the newest frame and counts what it drops, never queueing; trigger rules
fire actions, and a TTL goes out over a real pseudo-terminal serial port. Its outputs: the dashboard
in a real headless Chromium while a video is scored, the Lab Streaming Layer outlet received by an
inlet on localhost, and the recording as a session folder that the session reader and the converter
take, whose video holds exactly the frames scored."""

from __future__ import annotations

import csv
import datetime as dt
import os
import sys
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path

import av
import numpy as np
import pytest
import yaml

from facevalence.errors import InputError
from facevalence.io.capture import NewestFrame, decode, open_source
from facevalence.io.stream import score_video
from facevalence.io.ttl import SerialTTL
from facevalence.io.video import write_gray_video
from facevalence.live import CSVSink, LiveScorer, LiveSetup, preview, run_live
from facevalence.live.app import _jpeg
from facevalence.live.dashboard import Dashboard
from facevalence.methods.keypoints import LANDMARKS
from facevalence.methods.scoring import HOGConfig
from facevalence.methods.triggers import TriggerRule
from tests.conftest import skip_unless_ci

FPS = 10


@pytest.fixture(scope="module")
def video(tmp_path_factory) -> Path:
    """40 frames (4 s at 10 fps) of a bright blob drifting and growing on textured grey."""
    path = tmp_path_factory.mktemp("live") / "face.mp4"
    rng = np.random.default_rng(0)
    background = rng.integers(60, 120, (96, 128), dtype=np.uint8)
    yy, xx = np.mgrid[:96, :128]
    write_gray_video(path, (np.where(((xx - 30 - 2 * i) ** 2 + (yy - 48) ** 2) < (8 + i / 4) ** 2, 230, background)
                            .astype(np.uint8) for i in range(40)), FPS)
    return path


def _setup(video: Path) -> LiveSetup:
    """Prototypes from two of the video's own frames (so the similarities move), and a registration
    that scales and shifts the face."""
    matrix = np.array([[1.1, 0.02, -3.0], [-0.01, 1.05, 2.0]])
    hog = HOGConfig(matrix=matrix)
    frames = {f.index: f.gray for f in decode(av.open(str(video))) if f.index in (5, 35)}
    return LiveSetup({"positive": hog.vector(frames[35]), "negative": hog.vector(frames[5])}, hog, {})


def test_a_video_scored_live_equals_the_offline_scores(video):
    setup = _setup(video)
    offline = score_video(video, setup.prototypes, setup.hog.matrix, progress=False)
    result = run_live(str(video), setup, baseline_s=1.0)
    assert result.dropped == 0 and result.decoded == len(result.scores) == offline.n_frames == 40
    np.testing.assert_allclose([s.positive for s in result.scores], offline.similarity["positive"], rtol=0, atol=1e-12)
    np.testing.assert_allclose([s.negative for s in result.scores], offline.similarity["negative"], rtol=0, atol=1e-12)
    np.testing.assert_allclose([s.motion for s in result.scores][1:], offline.motion[1:], rtol=0, atol=1e-12)
    # the valence index: positive minus negative, minus its mean over the first second (NaN before)
    difference = offline.similarity["positive"] - offline.similarity["negative"]
    valence = np.array([s.valence for s in result.scores])
    assert np.all(np.isnan(valence[:FPS]))
    np.testing.assert_allclose(valence[FPS:], difference[FPS:] - difference[:FPS].mean(), rtol=0, atol=1e-12)
    assert valence[-1] > 0.04 and valence[-1] > valence[FPS] + 0.04  # the blob grows towards the "positive" frame
    assert [s.t for s in result.scores] == pytest.approx(np.arange(40) / FPS)


def test_rules_fire_actions_and_a_ttl_reaches_the_serial_port(video, tmp_path):
    controller, device = os.openpty()  # the rig's end and the port facevalence opens
    ttl = SerialTTL(os.ttyname(device), message=b"T\n", pulse_s=0.0)
    seen = []
    rule = TriggerRule("valence", ">", 0.02, hold_s=0.3, refractory_s=1.0)
    sink = CSVSink(tmp_path / "scores.csv")
    result = run_live(str(video), _setup(video), [rule], baseline_s=1.0, sinks=[sink],
                      actions=[lambda score: ttl.fire(), seen.append])
    sink.close()
    times = [t for t, _ in result.triggers]
    valence = np.array([s.valence for s in result.scores])
    first = next(i for i in range(len(valence)) if valence[i] > 0.02)
    assert times and times[0] >= result.scores[first].t + 0.3 - 1e-9 and np.all(np.diff(times) >= 1.0 - 1e-9), times
    assert [s.t for s in seen] == times and ttl.sent == len(times)
    os.set_blocking(controller, False)
    assert os.read(controller, 1024) == b"T\n" * len(times)
    ttl.close()
    rows = (tmp_path / "scores.csv").read_text().splitlines()
    assert rows[0] == ",".join(CSVSink.COLUMNS) and len(rows) == 41
    assert sum(1 for r in rows[1:] if r.endswith(f"{rule.text},0")) == len(times)  # (triggered, dropped)
    with pytest.raises(InputError, match="serial port: cannot be opened"):
        SerialTTL(str(tmp_path / "no-such-port"))


def test_the_capture_thread_drops_stale_frames_and_never_queues(video):
    container, live = open_source(str(video))
    assert not live
    capture = NewestFrame(decode(container, realtime=True))  # a camera-like source: 10 frames/s
    taken = []
    while (frame := capture.get()) is not None:
        taken.append(frame.index)
        time.sleep(0.25)  # a scorer slower than the source
    container.close()
    assert capture.decoded == 40 and capture.dropped == 40 - len(taken) > 0
    assert taken == sorted(taken) and taken[-1] == 39  # always the newest; the last frame is not lost
    with pytest.raises(InputError, match="no such video file"):
        open_source(str(video.with_name("missing.mp4")))


def test_valence_waits_for_its_baseline(video):
    scorer = LiveScorer(_setup(video), baseline_s=2.0)
    frames = list(decode(av.open(str(video))))
    scores = [scorer.score(f) for f in frames]
    assert all(np.isnan(s.valence) for s in scores[:20]) and not any(np.isnan(s.valence) for s in scores[20:])


RULE = TriggerRule("valence", ">", 0.02, hold_s=0.3, refractory_s=1.0)
#: Six template landmarks in the test video's 128 x 96 pixels.
TEMPLATE_POINTS = np.array([[20.0, 50.0], [60.0, 40.0], [75.0, 38.0], [35.0, 70.0], [30.0, 55.0], [100.0, 20.0]])


def _with_template(video) -> LiveSetup:
    setup = _setup(video)
    template = next(f.gray for f in decode(av.open(str(video))) if f.index == 5)
    return replace(setup, template=template, landmarks=(tuple(LANDMARKS), TEMPLATE_POINTS))


def test_the_dashboard_shows_the_traces_as_they_are_scored(video):
    from playwright.sync_api import sync_playwright

    from tests.browser import ARTEFACTS, FLAGS, chromium

    setup = _with_template(video)
    board = Dashboard({"source": video.name, "rules": [RULE.text], "thresholds": [RULE.threshold]},
                      lambda gray: _jpeg(preview(gray, setup)), port=0)
    done: dict = {}

    def score() -> None:
        done["result"] = run_live(str(video), setup, [RULE], realtime=True, baseline_s=1.0, sinks=[board],
                                  taps=[board.frame])
        board.finish()

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium(), args=FLAGS)
            page = browser.new_page(viewport={"width": 1250, "height": 760})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(board.url, wait_until="load")
            worker = threading.Thread(target=score)
            worker.start()  # 40 frames at 10 frames/s: the page watches 4 s of scoring
            page.wait_for_function("window.facevalence.scores.length >= 12", timeout=20000)
            early = page.evaluate("window.facevalence.scores.length")
            shown = int(page.inner_text("#frames"))
            page.wait_for_function(f"window.facevalence.scores.length >= {early + 8}", timeout=20000)
            later = page.evaluate("window.facevalence.scores.length")
            page.wait_for_function("window.facevalence.ended", timeout=30000)
            worker.join()
            page.wait_for_function("document.getElementById('frame').naturalWidth > 0", timeout=10000)
            seen = page.evaluate("window.facevalence.scores")
            image = page.eval_on_selector("#frame", "e => [e.naturalWidth, e.naturalHeight]")
            text = page.inner_text("body")
            page.screenshot(path=str(ARTEFACTS / "live-dashboard.png"), full_page=True)
            browser.close()
    finally:
        board.close()
    result = done["result"]
    assert not errors, errors
    assert 12 <= early < later < len(result.scores) and shown >= 12  # the traces grew while the video played
    assert [s["index"] for s in seen] == [s.index for s in result.scores]
    np.testing.assert_allclose([s["positive"] for s in seen], [s.positive for s in result.scores], rtol=0, atol=1e-12)
    valence = [np.nan if s["valence"] is None else s["valence"] for s in seen]  # NaN before the baseline: null
    np.testing.assert_allclose(valence, [s.valence for s in result.scores], rtol=0, atol=1e-12, equal_nan=True)
    assert image == [384, 384] and "source ended" in text and "valence > 0.02 for 0.3 s" in text
    assert result.triggers and text.count("valence > 0.02") >= len(result.triggers)


def test_scores_and_trigger_markers_reach_an_lsl_inlet(video):
    from facevalence.live.lsl import LSLOutlet, LSLUnavailable, load_pylsl

    try:
        pylsl = load_pylsl()
    except LSLUnavailable as err:
        skip_unless_ci(str(err))
    name = f"facevalence-test-{uuid.uuid4().hex[:8]}"
    outlet = LSLOutlet(name, rate=FPS, meta={"proto_id": "test"})
    inlets = []
    for source_id in (name, f"{name}-markers"):  # resolved on localhost as a rig would
        found = pylsl.resolve_byprop("source_id", source_id, timeout=10)
        assert len(found) == 1, source_id
        inlets.append(pylsl.StreamInlet(found[0]))
        inlets[-1].open_stream(timeout=10)
    scores_in, markers_in = inlets
    assert scores_in.info().desc().child("facevalence").child_value("proto_id") == "test"
    result = run_live(str(video), _setup(video), [RULE], baseline_s=1.0, sinks=[outlet])
    samples, stamps, markers = [], [], []
    for _ in range(100):
        chunk, times = scores_in.pull_chunk(timeout=0.2)
        samples += chunk
        stamps += times
        markers += [m[0] for m in markers_in.pull_chunk(timeout=0.0)[0]]
        if len(samples) >= len(result.scores) and len(markers) >= len(result.triggers):
            break
    expected = np.array([[s.valence, s.positive, s.negative, s.motion] for s in result.scores])
    np.testing.assert_allclose(np.array(samples), expected, rtol=0, atol=1e-12, equal_nan=True)
    assert np.all(np.diff(stamps) >= 0)
    assert result.triggers and markers == [rule for _, rule in result.triggers]
    outlet.close()


def test_a_missing_liblsl_is_one_clear_line(monkeypatch):
    from facevalence.live.lsl import LSLUnavailable, load_pylsl

    monkeypatch.setitem(sys.modules, "pylsl", None)  # as where pylsl (or its liblsl) cannot be loaded
    with pytest.raises(LSLUnavailable, match=r"^--lsl: the Lab Streaming Layer library cannot be loaded .*liblsl"):
        load_pylsl()


METADATA = {"subject": {"id": "m07", "species": "Mus musculus", "sex": "F", "genotype": "DAT-Cre", "age": "P84D",
                        "date_of_birth": None, "description": "", "role": "analysis", "cell_type": "DA", "group": ""},
            "session": {"start_time": dt.datetime(2025, 3, 3, 10, 0).astimezone(),
                        "experimenter": ["Doe, Jane"], "lab": "Lab", "institution": "Institute",
                        "experiment_description": ""}}


def test_a_recording_is_a_session_folder_of_exactly_the_frames_scored(video, tmp_path):
    from facevalence.converters.session import convert_session
    from facevalence.io.landmarks import read_landmarks
    from facevalence.io.nwb import open_nwb
    from facevalence.io.session_yaml import load_session
    from facevalence.live.record import Recorder
    from facevalence.methods.registration import register_landmarks
    from facevalence.pipeline.ingest import read_rows

    setup = _with_template(video)
    recorder = Recorder(tmp_path / "rec", METADATA, "live-1", setup, setup.hog.matrix, [RULE], {"source": str(video)})
    result = run_live(str(video), setup, [RULE], baseline_s=1.0, sinks=[recorder], record=recorder.packet)
    folder = recorder.finish(result)
    spec = load_session(folder)
    # the copied packets decode to the very frames that were scored
    recorded = [f.gray for f in decode(av.open(str(spec.face_video)))]
    original = [f.gray for f in decode(av.open(str(video)))]
    assert len(recorded) == len(original) == len(result.scores) == 40
    assert all(np.array_equal(a, b) for a, b in zip(recorded, original))
    with open(folder / "triggers.csv") as file:
        fired = [(float(r["onset_s"]), r["rule"]) for r in csv.DictReader(file)]
    assert fired == result.triggers and len(fired) >= 1
    with open(folder / "stimuli.csv") as file:
        stimuli = list(csv.DictReader(file))
    assert [float(r["onset_s"]) for r in stimuli] == [t for t, _ in fired]
    assert {r["stimulus"] for r in stimuli} == {"trigger"} and {float(r["duration_s"]) for r in stimuli} == {1.0}
    # the landmarks give the live registration back (the offline Registration's input)
    marks = read_landmarks(folder / "landmarks.yaml", image_size=(128, 96))
    matrix, residual = register_landmarks(marks.points, TEMPLATE_POINTS)
    np.testing.assert_allclose(matrix, setup.hog.matrix, rtol=0, atol=1e-9)
    session = yaml.safe_load((folder / "session.yaml").read_text())
    assert session["session"]["protocol"] == "live" and session["subject"]["id"] == "m07"
    assert session["extra"]["live"]["frames_scored"] == 40 and session["extra"]["live"]["rules"] == [RULE.text]
    assert int(session["subject"]["age"][1:-1]) > 84  # the mouse is older than at its earlier session
    with open(folder / "live_scores.csv") as file:
        rows = list(csv.DictReader(file))
    np.testing.assert_allclose([float(r["positive"]) for r in rows], [s.positive for s in result.scores], rtol=0, atol=0)
    nwb = convert_session(folder, tmp_path / "nwb", allow_short_baseline=True)  # a 4 s video: triggers at 2-4 s
    with open_nwb(nwb) as nwbfile:
        assert nwbfile.acquisition["FaceVideo"].num_samples == 40
        assert list(nwbfile.trials["stimulus"][:]) == ["trigger"] * len(fired)
    # a recording where no trigger fired has no stimulus log: protocol live converts and ingests without one
    quiet = Recorder(tmp_path / "quiet", METADATA, "live-3", setup, setup.hog.matrix)
    quiet.finish(run_live(str(video), setup, baseline_s=1.0, sinks=[quiet], record=quiet.packet, max_frames=10))
    assert not (tmp_path / "quiet" / "stimuli.csv").exists()
    rows = read_rows(convert_session(tmp_path / "quiet", tmp_path / "nwb"))
    assert rows["session"]["protocol"] == "live" and rows["trials"] == []
    with pytest.raises(InputError, match="exists and is not empty"):
        Recorder(folder, METADATA, "live-2", setup, setup.hog.matrix)
    with pytest.raises(InputError, match=r"session.yaml: session.id: .*letters, digits and '-'"):
        Recorder(tmp_path / "bad", METADATA, "live 2", setup, setup.hog.matrix)  # refused before anything is written
    assert not (tmp_path / "bad").exists()


def test_a_new_camera_is_registered_from_landmarks_or_automatically(video, tmp_path):
    """A camera of another size, looking at the template face moved by a known similarity: the
    landmarks YAML gives the map exactly, ECC within a fraction of a pixel, both save an overlay, and
    the HOG of the camera's frame then matches the template's; noise is refused."""
    import cv2

    from facevalence.io.landmarks import write_landmarks
    from facevalence.live import register_camera
    from facevalence.methods.registration import apply

    setup = _with_template(video)
    template = setup.template
    true = np.array([[0.47, -0.03, 6.0], [0.03, 0.47, -4.0]])  # camera pixels (2x larger) -> template pixels
    camera = cv2.warpAffine(template, cv2.invertAffineTransform(true), (256, 192), flags=cv2.INTER_LINEAR,
                            borderMode=cv2.BORDER_REPLICATE)
    points = apply(cv2.invertAffineTransform(true), TEMPLATE_POINTS)
    marks = write_landmarks(tmp_path / "landmarks.yaml", 0.0, dict(zip(LANDMARKS, points)), decimals=None)
    by_hand, registration = register_camera(setup, camera, landmarks=marks)
    assert registration.method == "landmarks" and registration.quality < 1e-9
    np.testing.assert_allclose(registration.matrix, true, rtol=0, atol=1e-9)
    automatic, found = register_camera(setup, camera)
    corners = np.array([[0, 0], [255, 0], [0, 191], [255, 191]], float)
    assert found.method == "ecc" and found.quality > 0.9
    assert np.abs(apply(found.matrix, corners) - apply(true, corners)).max() < 0.5
    assert found.overlay.shape == (*template.shape, 3)
    def cosine(a, b):
        return a @ b / np.linalg.norm(a) / np.linalg.norm(b)

    reference = HOGConfig().vector(template)  # the template through the HOG with no registration
    stretched = cosine(HOGConfig().vector(camera), reference)  # the camera's frame only resized
    for registered in (by_hand, automatic):  # (resampled twice, the pixel-noise texture keeps it below 1)
        assert cosine(registered.hog.vector(camera), reference) > max(0.9, stretched + 0.05)
    noise = np.random.default_rng(1).integers(0, 255, camera.shape).astype(np.uint8)
    with pytest.raises(ValueError, match="automatic registration"):
        register_camera(setup, noise)


def test_a_video_served_over_http_is_read_as_a_file_and_a_dead_url_is_one_line(video):
    """A network source through PyAV's own HTTP client against a real local server: a file served
    over HTTP has an end, so it is scored frame by frame like a file and gives the file's scores."""
    import functools
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(video.parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{video.name}"
        container, live = open_source(url)
        container.close()
        assert not live
        setup = _setup(video)
        served, local = run_live(url, setup, baseline_s=1.0), run_live(str(video), setup, baseline_s=1.0)
        assert served.dropped == 0 and len(served.scores) == len(local.scores) == 40
        np.testing.assert_allclose([s.positive for s in served.scores], [s.positive for s in local.scores], rtol=0, atol=0)
        with pytest.raises(InputError, match=r"missing\.mp4: source: cannot be opened"):
            open_source(url.replace(video.name, "missing.mp4"))
    finally:
        server.shutdown()
        server.server_close()


def test_an_uncompressed_camera_is_recorded_losslessly(video, tmp_path):
    """A V4L2 camera often sends raw YUYV (or GREY) frames, which Matroska does not hold as they are:
    the recorder encodes them as FFV1, and the recording decodes to exactly the frames scored."""
    from facevalence.converters.session import convert_session
    from facevalence.io.nwb import open_nwb
    from facevalence.live.record import Recorder

    raw = tmp_path / "camera.avi"
    with av.open(str(raw), "w") as container:
        stream = container.add_stream("rawvideo", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = 128, 96, "yuyv422"
        for frame in decode(av.open(str(video))):
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame.gray, format="gray").reformat(format="yuyv422")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    setup = _with_template(video)
    recorder = Recorder(tmp_path / "rec", METADATA, "live-raw", setup, setup.hog.matrix)
    result = run_live(str(raw), setup, baseline_s=1.0, sinks=[recorder], record=recorder.packet)
    folder = recorder.finish(result)
    recorded = av.open(str(folder / "face.mkv"))
    assert recorded.streams.video[0].codec_context.name == "ffv1"
    frames = [f.gray for f in decode(recorded)]
    assert len(frames) == len(result.scores) == 40
    assert all(np.array_equal(a.gray, b) for a, b in zip(decode(av.open(str(raw))), frames))
    with open_nwb(convert_session(folder, tmp_path / "nwb")) as nwbfile:
        assert nwbfile.acquisition["FaceVideo"].num_samples == 40 and nwbfile.acquisition["FaceVideo"].rate == FPS
