"""Lab Streaming Layer outlets for the live readout: the scores of every frame at its decode time,
and a marker at every trigger, so that LabRecorder, Bonsai or another rig's program receives them
on the network with LSL's clock synchronisation.

Two streams, both with ``source_id`` so that a receiver that restarts finds them again:

- ``<name>`` (type ``Valence``): 4 channels ``valence, positive, negative, motion`` (float64), each
  sample stamped with the time its frame was decoded (an irregular rate unless one is given: a live
  source's frames may be dropped);
- ``<name>-markers`` (type ``Markers``): one string per trigger, the rule's text, at the frame that fired it.
"""

from __future__ import annotations

from facevalence.live import Score

CHANNELS = ("valence", "positive", "negative", "motion")
INSTALL_HINT = ("pylsl's wheel carries liblsl on Linux x86-64, Windows and macOS; elsewhere install liblsl "
                "(conda install -c conda-forge liblsl, or a release of github.com/sccn/liblsl) and set PYLSL_LIB "
                "to its path")


class LSLUnavailable(RuntimeError):
    """pylsl cannot be imported or cannot load liblsl."""


def load_pylsl():
    """Import pylsl, turning a missing library into one clear line.

    Returns
    -------
    module
        The ``pylsl`` module.

    Raises
    ------
    LSLUnavailable
        When pylsl is not installed or liblsl cannot be loaded, with what to install.
    """
    try:
        import pylsl
    except (ImportError, RuntimeError, OSError) as err:  # pylsl raises RuntimeError when liblsl is not found
        raise LSLUnavailable(f"--lsl: the Lab Streaming Layer library cannot be loaded ({str(err).splitlines()[0]}); "
                             f"{INSTALL_HINT}") from None
    return pylsl


class LSLOutlet:
    """A sink for :func:`facevalence.live.run_live` publishing scores and trigger markers over LSL.

    Parameters
    ----------
    name : str
        Stream name (the marker stream adds ``-markers``).
    rate : float
        Nominal frame rate (0: irregular).
    source_id : str
        Identifies the streams across restarts (default: the name).
    meta : dict, optional
        Written into the stream's description (the prototype and registration keys).
    """

    def __init__(self, name: str = "facevalence", rate: float = 0.0, source_id: str | None = None, meta: dict | None = None):
        self.pylsl = pylsl = load_pylsl()
        source_id = source_id or name
        info = pylsl.StreamInfo(name, "Valence", len(CHANNELS), rate, "double64", source_id)
        channels = info.desc().append_child("channels")
        for label in CHANNELS:
            channel = channels.append_child("channel")
            channel.append_child_value("label", label)
            channel.append_child_value("unit", "a.u." if label == "motion" else "cosine")
        facevalence = info.desc().append_child("facevalence")
        for key, value in (meta or {}).items():
            facevalence.append_child_value(str(key), str(value))
        self.scores = pylsl.StreamOutlet(info)
        self.markers = pylsl.StreamOutlet(pylsl.StreamInfo(f"{name}-markers", "Markers", 1, pylsl.IRREGULAR_RATE,
                                                           "string", f"{source_id}-markers"))

    def __call__(self, score: Score) -> None:
        # the frame's decode time on LSL's clock: now, less the time the frame took to score
        stamp = self.pylsl.local_clock() - score.latency_s
        self.scores.push_sample([score.valence, score.positive, score.negative, score.motion], stamp)
        for rule in score.triggered:
            self.markers.push_sample([rule], stamp)

    def close(self) -> None:
        del self.scores, self.markers
