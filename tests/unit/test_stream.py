"""Streaming scoring equals frame-by-frame computation; truncated and mixed-size videos fail clearly."""

from __future__ import annotations

import av
import numpy as np
import pytest

from facevalence.io.stream import score_video
from facevalence.io.video import iter_gray_frames
from facevalence.methods.hog import cosine_similarity, hog_frame
from facevalence.methods.motion import motion_energy
from facevalence.methods.registration import prepare_frame


def _write(path, frames, fps=30, codec="libx264", pix_fmt="yuv420p"):
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=fps)
        stream.height, stream.width = frames[0].shape
        stream.pix_fmt = pix_fmt
        if codec == "libx264":
            stream.options = {"crf": "10"}
        for f in frames:
            for packet in stream.encode(av.VideoFrame.from_ndarray(f, format="gray").reformat(format=pix_fmt)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


@pytest.fixture(scope="module")
def video(tmp_path_factory):
    rng = np.random.default_rng(0)
    base = (rng.random((96, 128)) * 120).astype(np.uint8)
    frames = []
    for i in range(24):
        f = base.copy()
        f[20 + i : 40 + i, 30:60] = 220  # a moving bright block
        frames.append(f)
    path = tmp_path_factory.mktemp("video") / "moving.mp4"
    _write(path, frames)
    return path


@pytest.mark.parametrize("threads", [1, 3])
def test_stream_equals_frame_by_frame(video, threads, monkeypatch):
    """Whatever the number of pool threads (frames computed out of order), results are in frame order."""
    monkeypatch.setenv("NUMBA_NUM_THREADS", str(threads))
    matrix = np.array([[1.0, 0.05, 2.0], [-0.05, 1.0, -3.0]])
    decoded = [f for _, f in iter_gray_frames(video)]
    hogs = np.array([hog_frame(prepare_frame(f, matrix, 256)) for f in decoded])
    protos = {"a": hogs[3], "b": hogs[15]}
    kept = {}
    labels = np.array(["", "x", "x", "y"] * 6)
    res = score_video(video, protos, matrix, size=256, labels=labels, keep=lambda i, v: kept.__setitem__(i, v),
                      progress=False, heatmap_width=32)
    assert res.n_frames == len(decoded) == 24
    for name, proto in protos.items():
        np.testing.assert_allclose(res.similarity[name], cosine_similarity(hogs, proto), atol=1e-12)
    np.testing.assert_array_equal(np.array([kept[i] for i in range(24)]), hogs)
    expected_motion = [motion_energy(decoded[i - 1], decoded[i]) for i in range(1, 24)]
    np.testing.assert_allclose(res.motion[1:], expected_motion)
    assert np.isnan(res.motion[0])
    assert set(res.heatmaps) == {"x", "y"} and res.heatmaps["x"].shape == (24, 32)
    assert res.heatmap_frames == {"x": 12, "y": 6}  # frame 0 has no predecessor


def test_truncated_video_is_reported(video):
    with pytest.raises(ValueError, match="truncated or unreadable: decoded 24 of the 30 frames"):
        score_video(video, {}, expected_frames=30, progress=False)


def test_frames_of_different_sizes_are_refused():
    from facevalence.methods.motion import frame_difference

    with pytest.raises(ValueError, match="different sizes"):
        frame_difference(np.zeros((10, 12), np.uint8), np.zeros((10, 13), np.uint8))


@pytest.mark.parametrize(("codec", "pix_fmt", "fast"), [
    ("libx264", "yuv420p", True), ("libx264", "yuvj420p", True), ("libx264", "yuv444p", True),
    ("mjpeg", "yuvj422p", True), ("libx264", "gray", True), ("ffv1", "bgr0", False), ("png", "rgb24", False),
])
def test_gray_frames_equal_swscale(tmp_path, codec, pix_fmt, fast):
    """The luma-table fast path gives swscale's bytes exactly (limited and full range, 4:2:0 to 4:4:4,
    gray); formats without a luma plane fall back to swscale."""
    from facevalence.io.video import _GrayConverter, luma_table

    rng = np.random.default_rng(1)
    frames = [rng.integers(0, 256, (48, 64), np.uint8) for _ in range(5)]
    frames[0][:4] = np.arange(256, dtype=np.uint8).reshape(4, 64)  # every gray level once
    path = tmp_path / f"clip.{'mkv' if codec == 'ffv1' else 'mp4' if codec == 'libx264' else 'avi'}"
    _write(path, frames, codec=codec, pix_fmt=pix_fmt)
    ours = [f for _, f in iter_gray_frames(path)]
    with av.open(str(path)) as container:
        decoded = list(container.decode(video=0))
    assert len(ours) == len(decoded) == 5
    for a, frame in zip(ours, decoded, strict=True):
        np.testing.assert_array_equal(a, frame.to_ndarray(format="gray"))
    assert (luma_table(decoded[0]) is not None) == fast
    converter = _GrayConverter()
    converter(decoded[0])
    assert (next(iter(converter.tables.values())) is not None) == fast
