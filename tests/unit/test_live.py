"""The live readout's core: a video scored live gives the offline numbers exactly (one code path);
the capture thread hands over the newest frame and counts what it drops, never queueing; trigger
rules fire actions, and a TTL goes out over a real pseudo-terminal serial port."""

from __future__ import annotations

import os
import time
from pathlib import Path

import av
import numpy as np
import pytest

from facevalence.errors import InputError
from facevalence.io.capture import NewestFrame, decode, open_source
from facevalence.io.stream import score_video
from facevalence.io.ttl import SerialTTL
from facevalence.io.video import write_gray_video
from facevalence.live import CSVSink, LiveScorer, LiveSetup, run_live
from facevalence.methods.scoring import HOGConfig
from facevalence.methods.triggers import TriggerRule

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
    assert sum(1 for r in rows[1:] if r.endswith(rule.text)) == len(times)
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
