"""Frames for the live readout: a camera, a network stream or a video file, decoded by PyAV on a
capture thread that always hands the newest frame to the scorer.

A live source does not wait for a slow consumer: when the scorer is still busy, the frame it has
not taken is replaced by the newer one and counted as dropped (never queued without bound). A file
read as fast as possible is the exception: nothing is dropped, every frame is scored in order.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from facevalence.errors import InputError
from facevalence.io.video import _GrayConverter, read_ahead


@dataclass(frozen=True)
class Frame:
    """One decoded frame: its index in the source, its time on the source's clock (s, from the first
    frame), the monotonic time it was decoded at (for latency), and the uint8 gray image."""

    index: int
    t: float
    decoded_at: float
    gray: np.ndarray


#: URL schemes of live streams (a camera's or a rig's), never files.
LIVE_SCHEMES = ("rtsp", "rtsps", "rtmp", "rtmps", "udp", "rtp", "srt", "tcp")


def open_source(source: str | int) -> tuple[av.container.InputContainer, bool]:
    """Open a camera (an index or a /dev/video path, through V4L2), a network stream PyAV can read,
    or a video file (a path, or a URL of one); returns the container and whether it is a live source
    (a camera or a stream).

    Parameters
    ----------
    source : str or int
        ``0``, ``/dev/video0``, ``rtsp://...`` or a file path.

    Returns
    -------
    (container, bool)

    Raises
    ------
    InputError
        One line naming the source when it cannot be opened.
    """
    text = str(source)
    url = "://" in text
    try:
        if text.isdigit() or text.startswith("/dev/video"):
            device = f"/dev/video{text}" if text.isdigit() else text
            return av.open(device, format="v4l2"), True
        if not url and not Path(text).is_file():
            raise InputError(text, "source", "no such video file, camera index or stream URL")
        container = av.open(text, timeout=10.0) if url else av.open(text)
        # a URL is a live stream when its protocol streams (RTSP, RTMP, UDP, SRT, ...) or it has no
        # end; a video file served over HTTP is a file (played as fast as it decodes, or --realtime)
        live = url and (text.split("://", 1)[0].lower() in LIVE_SCHEMES or container.duration is None)
        return container, live
    except InputError:
        raise
    except (av.error.FFmpegError, OSError) as err:
        raise InputError(text, "source", f"cannot be opened: {err}") from None


#: Frames a file played in real time decodes ahead of their time (a key frame decodes slower than
#: the others; a camera hands over every frame when it is due, however long it took to make).
PREFETCH = 8
#: The decoding thread's nice value (and its FFmpeg threads', which inherit it): the scorer comes first,
#: the decoder fills its lead with the time the scorer leaves.
NICE = 10


def _decoded(container: av.container.InputContainer, packets: Callable[[av.Packet], None] | None
             ) -> Iterator[tuple[int, float, np.ndarray]]:
    """(index, time from the first frame, gray image) of every frame, as fast as they decode."""
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    gray = _GrayConverter()
    rate = float(stream.average_rate or stream.guessed_rate or 30)
    start = None
    index = 0
    for packet in container.demux(stream):
        for frame in packet.decode():
            t = float(frame.time) if frame.time is not None else index / rate
            start = t if start is None else start
            yield index, t - start, gray(frame)
            index += 1
        if packets is not None and packet.dts is not None:  # (the last, empty packet only flushes the decoder)
            packets(packet)


def decode(container: av.container.InputContainer, realtime: bool = False,
           packets: Callable[[av.Packet], None] | None = None) -> Iterator[Frame]:
    """Decode a container's video frames in order as :class:`Frame` (paper, Methods: gray frames);
    ``realtime`` paces a file at its own frame rate, each frame handed over when it is due, as a
    camera would (decoded up to :data:`PREFETCH` frames ahead; a camera paces itself).

    Parameters
    ----------
    container : av.container.InputContainer
    realtime : bool
    packets : callable, optional
        Receives every compressed packet once its frames are decoded (a recorder copying the
        stream into a file as it came, without encoding it again).

    Returns
    -------
    iterator of Frame
        ``decoded_at`` is when the frame was handed over (for latency).
    """
    frames = _decoded(container, packets)
    if not realtime:
        for index, t, gray in frames:
            yield Frame(index, t, time.monotonic(), gray)
        return
    clock = None
    for index, t, gray in read_ahead(frames, PREFETCH, NICE):
        clock = time.monotonic() - t if clock is None else clock
        wait = clock + t - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        yield Frame(index, t, time.monotonic(), gray)


class NewestFrame:
    """A capture thread over a frame iterator that keeps only the newest frame for the consumer.

    ``get()`` blocks until a frame newer than the last one taken is there, and returns None when
    the source has ended. Frames that were replaced before anyone took them are counted in
    ``dropped``. With ``lossless=True`` (a file read as fast as possible) the thread instead waits
    for each frame to be taken, so none is dropped.
    """

    def __init__(self, frames: Iterator[Frame], lossless: bool = False):
        self._frames, self.lossless = frames, lossless
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._done = False
        self._stop = threading.Event()
        self.error: BaseException | None = None
        self.dropped = 0
        self.decoded = 0
        self._thread = threading.Thread(target=self._run, name="facevalence-capture", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for frame in self._frames:
                with self._cond:
                    while self.lossless and self._frame is not None and not self._stop.is_set():
                        self._cond.wait(0.1)
                    if self._stop.is_set():
                        break
                    if self._frame is not None:
                        self.dropped += 1
                    self._frame = frame
                    self.decoded += 1
                    self._cond.notify_all()
        except BaseException as err:  # a broken stream: the consumer sees it at its next get()
            self.error = err
        finally:
            close = getattr(self._frames, "close", None)
            if close is not None:  # a generator: its decoding thread ends before the source is closed
                close()
            with self._cond:
                self._done = True
                self._cond.notify_all()

    def get(self) -> Frame | None:
        """The newest frame not yet taken, waiting for one; None once the source has ended."""
        with self._cond:
            while self._frame is None and not self._done:
                self._cond.wait()
            frame, self._frame = self._frame, None
            self._cond.notify_all()
        if frame is None and self.error is not None:
            raise self.error
        return frame

    def stop(self, timeout: float = 5.0) -> None:
        """Stop capturing and wait (up to ``timeout`` s) for the thread to end at its next frame, so
        that the source can then be closed under no decoder."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        self._thread.join(timeout)
