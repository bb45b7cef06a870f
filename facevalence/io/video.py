"""Video probing and frame reading (PyAV: fastest decoder here, reads .avi/.mp4/.mov)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
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
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        for index, frame in enumerate(container.decode(stream)):
            if stop is not None and index >= stop:
                break
            if index < start:
                continue
            yield index, frame.to_ndarray(format="gray")


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
