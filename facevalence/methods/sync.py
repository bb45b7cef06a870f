"""Clock alignment between the face camera and the photometry system (paper, Methods "Fiber
photometry": face video and photometry analysed on one session clock).

The photometry system stamps its samples and digital inputs on its own clock. When a digital input
records the camera (one pulse per frame, or one start pulse), that record maps the device clock onto
the session clock; otherwise a measured ``clock_offset_s`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ClockMap:
    """Device time -> session time: ``(t - offset_s) / scale``."""

    offset_s: float  # device time at session time 0
    scale: float = 1.0  # device seconds per session second (clock drift: 1 + ppm * 1e-6)
    how: str = "clock_offset_s from session.yaml"
    max_residual_s: float = 0.0  # largest misfit of a sync pulse

    def to_session(self, device_times: np.ndarray) -> np.ndarray:
        """Device times on the session clock.

        Parameters
        ----------
        device_times : array_like

        Returns
        -------
        np.ndarray
        """
        return (np.asarray(device_times, float) - self.offset_s) / self.scale

    def describe(self) -> str:
        """One line for the NWB file: how the clocks were aligned."""
        drift = (self.scale - 1.0) * 1e6
        return (f"photometry clock -> session clock: {self.how}; offset {self.offset_s:.6f} s, drift {drift:+.1f} ppm, "
                f"largest sync residual {self.max_residual_s * 1e3:.2f} ms")


def clock_from_frame_pulses(pulses: np.ndarray, frame_times: np.ndarray, line: str = "sync line") -> ClockMap:
    """Fit the device clock to the camera's frame pulses: pulse ``i`` is frame ``i`` (a least-squares
    line, so a constant offset and a drift between the two clocks are both taken out). The paper
    (Methods, "Fiber photometry") relates face and dF/F on one clock; this puts them there.

    Parameters
    ----------
    pulses : np.ndarray
        Rising edges of the camera's frame output on the device clock, s.
    frame_times : np.ndarray
        The video's frame times on the session clock, s.
    line : str
        The line's name, for errors.

    Returns
    -------
    ClockMap

    Raises
    ------
    ValueError
        When the pulse count differs from the frame count by more than 2 frames and 0.1 %, or a pulse
        misfits by more than half a frame (a dropped pulse or frame shifts the pairing).
    """
    pulses, frame_times = np.asarray(pulses, float), np.asarray(frame_times, float)
    n = min(len(pulses), len(frame_times))
    if n < 3 or abs(len(pulses) - len(frame_times)) > max(2, 0.001 * len(frame_times)):
        raise ValueError(f"{line}: {len(pulses)} pulses but {len(frame_times)} video frames; the line does not carry "
                         "one pulse per camera frame")
    scale, offset = np.polyfit(frame_times[:n], pulses[:n], 1)
    residual = pulses[:n] - (offset + scale * frame_times[:n])
    frame = float(np.median(np.diff(frame_times)))
    worst = float(np.abs(residual).max())
    if worst > frame / 2:
        i = int(np.argmax(np.abs(residual)))
        raise ValueError(f"{line}: pulse {i + 1} lies {worst * 1e3:.1f} ms off the fitted clock (a frame is "
                         f"{frame * 1e3:.1f} ms): a pulse or a frame was dropped")
    return ClockMap(float(offset), float(scale), f"fitted to {n} camera-frame pulses on {line}", worst)


def clock_from_start_pulse(pulses: np.ndarray, video_start_s: float, line: str = "sync line") -> ClockMap:
    """The first pulse on a line marks the video's first frame (a start trigger sent to both systems;
    paper, Methods "Fiber photometry": face and dF/F on one clock).

    Parameters
    ----------
    pulses : np.ndarray
        Rising edges on the device clock, s.
    video_start_s : float
        Session-clock time of the video's first frame.
    line : str
        The line's name, for errors.

    Returns
    -------
    ClockMap

    Raises
    ------
    ValueError
        When the line has no pulse.
    """
    if len(pulses) == 0:
        raise ValueError(f"{line}: no pulse to mark the video's start")
    return ClockMap(float(pulses[0]) - video_start_s, 1.0, f"start pulse on {line} = first video frame")
