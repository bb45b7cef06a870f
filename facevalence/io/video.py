"""Video probing and frame reading (PyAV: fastest decoder here, reads .avi/.mp4/.mov)."""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

from facevalence.errors import InputError


@dataclass(frozen=True)
class VideoInfo:
    path: Path
    n_frames: int
    fps: float
    width: int
    height: int
    codec: str

    @property
    def duration_s(self) -> float:
        return self.n_frames / self.fps


def probe_video(path: str | Path, count: bool = False) -> VideoInfo:
    """Frame count, rate and size of a video file (paper, Methods "Video recording").

    The container's frame count is used when present; with ``count=True`` (or when the container
    does not store it) the packets are counted, which is exact and still fast.

    Parameters
    ----------
    path : str or Path
    count : bool, optional
        Count packets instead of trusting the container.

    Returns
    -------
    VideoInfo

    Raises
    ------
    InputError
        Naming the file: no video stream, no frame rate, or not a readable video.
    """
    path = Path(path)
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise InputError(path, "streams", "no video stream")
            stream = container.streams.video[0]
            rate = stream.average_rate or stream.guessed_rate or stream.base_rate
            if not rate:
                raise InputError(path, "frame_rate", "the container stores no frame rate")
            n = stream.frames
            if count or not n:
                n = sum(1 for p in container.demux(stream) if p.size)
            return VideoInfo(path, int(n), float(Fraction(rate)), stream.width, stream.height, stream.codec_context.name)
    except InputError:
        raise
    except (av.FFmpegError, OSError) as err:
        raise InputError(path, "file", f"not a readable video: {err}") from None


def packet_times(path: str | Path) -> np.ndarray:
    """The container's timestamp of every video frame, s from the first (demuxed, not decoded: fast).

    A camera that dropped frames leaves gaps in these timestamps when its recorder stamps frames
    (variable-frame-rate MP4/MKV); a constant-rate AVI has none to show and gives evenly spaced ones.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    ndarray, shape (frames,)
        Presentation times in ascending order (packets carry them in decode order); a packet without
        one takes its decode time, or its index at the stream's rate when it has neither.

    Raises
    ------
    InputError
        Naming the file when it is not a readable video.
    """
    path = Path(path)
    try:
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            base = stream.time_base or Fraction(0)
            stamps = [p.pts if p.pts is not None else p.dts for p in container.demux(stream) if p.size]
            rate = float(Fraction(stream.average_rate or stream.guessed_rate or stream.base_rate or 1))
    except (av.FFmpegError, OSError, IndexError) as err:
        raise InputError(path, "file", f"not a readable video: {err}") from None
    if not stamps or any(s is None for s in stamps) or not base:
        return np.arange(len(stamps)) / rate
    t = np.sort(np.asarray(stamps, float)) * float(base)
    return t - t[0]


def read_ahead(items: Iterator, depth: int, nice: int = 0) -> Iterator:
    """``items`` (decoded frames; paper, Methods: the frames of a session's video) produced on a
    thread of their own, at most ``depth`` ahead of the consumer, so that decoding overlaps the work
    on each frame while memory stays bounded at camera size.

    Parameters
    ----------
    items : iterator
        Consumed on the thread (an error there is raised in the consumer).
    depth : int
        Items held ahead at most.
    nice : int
        Added to the thread's nice value (Linux; its FFmpeg threads inherit it): a reader that must
        not take CPU time from the consumer.

    Returns
    -------
    iterator
        The same items, in order; closing it stops the thread.
    """
    ready: queue.Queue = queue.Queue(depth)
    halt = threading.Event()
    end = object()

    def run() -> None:
        if nice:
            with contextlib.suppress(OSError, AttributeError):  # a thread's own nice value is Linux's
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
        try:
            for item in items:
                while not halt.is_set():
                    try:
                        ready.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if halt.is_set():
                    return
            ready.put(end)
        except BaseException as err:  # handed to the consumer
            ready.put(err)

    thread = threading.Thread(target=run, name="facevalence-decode", daemon=True)
    thread.start()
    try:
        while (item := ready.get()) is not end:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        halt.set()
        thread.join(5.0)


def iter_gray_frames(path: str | Path, start: int = 0, stop: int | None = None) -> Iterator[tuple[int, np.ndarray]]:
    """Decode a video's frames as uint8 grayscale, sequentially from the start of the file.

    Seeking is not used on purpose: on real files it is not frame-exact (AVI gives decode-order
    timestamps; one real MP4 returned wrong frames after a key-frame seek), and a wrong frame would
    be a silently wrong HOG. Reading many windows of one session should therefore be done in one
    pass over the file.

    Parameters
    ----------
    path : str or Path
    start : int, optional
        First frame yielded.
    stop : int, optional
        Decoding stops before this frame; to the end when None.

    Returns
    -------
    iterator of (int, ndarray)
        ``(index, frame)`` in decode order, ``start <= index < stop``.
    """
    path = Path(path)
    gray = _GrayConverter()
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for index, frame in enumerate(container.decode(stream)):
            if stop is not None and index >= stop:
                break
            if index < start:
                continue
            yield index, gray(frame)


def iter_rgb_frames(path: str | Path) -> Iterator[np.ndarray]:
    """Decode every frame of a video as RGB uint8, in order from the start (no seeking, see
    :func:`iter_gray_frames`): the input of a pose network (paper, Methods "Keypoint tracking").

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    iterator of ndarray
        Frames of shape (height, width, 3).
    """
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for frame in container.decode(stream):
            yield frame.to_ndarray(format="rgb24")


def write_gray_video(path: str | Path, frames: Iterable[np.ndarray], fps: float, crf: int | None = None,
                     preset: str | None = None) -> int:
    """Encode uint8 gray frames as H.264 (yuv420p) at ``fps``: the demo's face videos and the test
    and benchmark videos (paper, Methods: the face camera's recording, simulated).

    Parameters
    ----------
    path : str or Path
    frames : iterable of ndarray
        (height, width) uint8, all of one size (taken from the first).
    fps : float
    crf, preset : optional
        x264's quality and speed options (its defaults when None).

    Returns
    -------
    int
        Frames written.
    """
    n = 0
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=Fraction(fps).limit_denominator(1001))
        stream.pix_fmt = "yuv420p"
        stream.options = {k: str(v) for k, v in (("crf", crf), ("preset", preset)) if v is not None}
        for image in frames:
            if n == 0:
                stream.height, stream.width = image.shape[:2]
            for packet in stream.encode(av.VideoFrame.from_ndarray(image, format="gray").reformat(format="yuv420p")):
                container.mux(packet)
            n += 1
        for packet in stream.encode():
            container.mux(packet)
    return n


#: 8-bit formats whose first plane is the luma (Y) plane, one byte per pixel
_LUMA_FORMATS = frozenset({"yuv420p", "yuvj420p", "yuv422p", "yuvj422p", "yuv444p", "yuvj444p", "yuv440p",
                           "yuvj440p", "yuv411p", "yuv410p", "nv12", "nv21", "gray"})


def _luma(frame: av.VideoFrame) -> np.ndarray:
    """The frame's luma plane as a (height, width) uint8 view (no copy)."""
    plane = frame.planes[0]
    return np.frombuffer(plane, np.uint8).reshape(plane.height, plane.line_size)[:, : frame.width]


def luma_table(frame: av.VideoFrame) -> np.ndarray | None:
    """swscale's gray value for every luma value of ``frame``'s pixel format, colour range and matrix.

    ``frame.to_ndarray(format="gray")`` (swscale) maps each pixel's Y alone to a gray level (limited-
    range Y 16-235 stretched to 0-255, full range copied), at about a third of the decode's cost on a
    camera-size frame; a 256-entry table applied to the Y plane gives the same bytes in a fraction of
    that. The table is read off swscale itself: a frame like ``frame`` whose Y plane holds every value
    0-255 (random chroma: the mapping must not depend on it) is converted with swscale, and None is
    returned when the result is not a function of Y alone, so callers fall back to swscale.

    Parameters
    ----------
    frame : av.VideoFrame

    Returns
    -------
    ndarray, shape (256,), uint8, or None
        None for pixel formats other than 8-bit planar YUV / gray, or when swscale's gray is not a
        function of Y.
    """
    if frame.format.name not in _LUMA_FORMATS:
        return None
    rows, cols = 64, 256
    probe = av.VideoFrame(cols, rows, frame.format.name)
    for attr in ("color_range", "colorspace"):
        setattr(probe, attr, getattr(frame, attr))
    rng = np.random.default_rng(0)
    ramp = np.broadcast_to(np.arange(256, dtype=np.uint8), (rows, cols))
    for i, plane in enumerate(probe.planes):  # rows may be padded beyond the width (line_size)
        view = np.frombuffer(plane, np.uint8).reshape(plane.height, plane.line_size)
        if i == 0:
            view[:, :cols] = ramp
        else:
            view[:] = rng.integers(0, 256, view.shape, np.uint8)
    converted = probe.to_ndarray(format="gray")
    table = converted[0].copy()
    return table if np.array_equal(converted, table[ramp]) else None


class _GrayConverter:
    """uint8 gray frames as swscale makes them, through :func:`luma_table` where it applies: checked
    on the first frame of each format against swscale, which is used whenever the two differ."""

    def __init__(self):
        self.tables: dict[tuple, np.ndarray | None] = {}

    def __call__(self, frame: av.VideoFrame) -> np.ndarray:
        kind = (frame.format.name, frame.color_range, frame.colorspace, frame.width, frame.height)
        if kind not in self.tables:
            table = luma_table(frame)
            exact = frame.to_ndarray(format="gray")
            if table is not None and not np.array_equal(cv2.LUT(_luma(frame), table), exact):
                table = None
            self.tables[kind] = table
            return exact
        table = self.tables[kind]
        return frame.to_ndarray(format="gray") if table is None else cv2.LUT(_luma(frame), table)


def read_frame(path: str | Path, index: int) -> np.ndarray:
    """One uint8 gray frame (decoded sequentially up to it; see :func:`iter_gray_frames`).

    Parameters
    ----------
    path : str or Path
    index : int

    Returns
    -------
    ndarray, shape (rows, cols), uint8

    Raises
    ------
    ValueError
        When the video has no frame ``index``.
    """
    for _, frame in iter_gray_frames(path, index, index + 1):
        return frame
    raise ValueError(f"{path}: the video has no frame {index}")
