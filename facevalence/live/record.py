"""A live readout recorded as a session folder that ``facevalence convert`` and ``ingest`` take, so
a live session joins the cohort with full lineage (its scores are then computed again offline by
PrototypeScore, from the same frames).

The folder holds:

- ``face.mkv``: the source's compressed video packets, copied as they came (never encoded again:
  the frames decoded offline are the frames scored live, and copying costs no CPU); an uncompressed
  camera's frames encoded losslessly (FFV1);
- ``live_scores.csv``: every scored frame (``index, t, positive, negative, valence, motion,
  latency_s, triggered, dropped``), written as it is scored;
- ``triggers.csv``: every trigger (``onset_s, rule, valence``), written as it fires;
- ``stimuli.csv``: the triggers as the session's stimulus log (stimulus ``trigger``, neutral
  valence, lasting the rule's refractory period), when any fired;
- ``landmarks.yaml``: the template's landmarks mapped back into this camera, so that the offline
  Registration gives the live registration again;
- ``session.yaml``: the mouse and the lab copied from a converted session of the same mouse, the
  live settings under ``extra.live``; written last, and checked by the session reader.

Until the folder is complete, ``session.yaml`` is absent and ``convert`` refuses it.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import av
import numpy as np
import yaml

from facevalence.errors import InputError
from facevalence.io.session_yaml import load_session, parse_session_yaml
from facevalence.live import CSVSink, LiveResult, LiveSetup, Score
from facevalence.methods.triggers import TriggerRule

VIDEO = "face.mkv"
SCORES = "live_scores.csv"
TRIGGERS = "triggers.csv"
STIMULI = "stimuli.csv"
LANDMARKS_FILE = "landmarks.yaml"
TRIGGER_STIMULUS = "trigger"
#: A trigger's duration in the stimulus log when its rule has no refractory period.
DEFAULT_TRIGGER_S = 0.5
#: An uncompressed camera's pixel format -> the FFV1 format that keeps it exactly (packed YUV is
#: repacked as planar; anything else as 4:4:4).
LOSSLESS_FORMATS = {"gray": "gray", "gray16le": "gray16le", "yuyv422": "yuv422p", "uyvy422": "yuv422p",
                    "yuv420p": "yuv420p", "nv12": "yuv420p", "yuv422p": "yuv422p", "yuv444p": "yuv444p",
                    "bgr24": "bgr0", "rgb24": "bgr0", "bgr0": "bgr0"}


def age_at(subject: dict, then: dt.datetime, now: dt.datetime) -> dict:
    """The subject's age fields at ``now``, from a session recorded at ``then`` (``age`` in whole
    days ``PnD`` is moved on; a date of birth needs nothing)."""
    found = re.fullmatch(r"P(\d+)D", subject.get("age") or "")
    if subject.get("date_of_birth") is not None or not found:
        return {k: subject[k] for k in ("age", "date_of_birth") if subject.get(k) is not None}
    return {"age": f"P{int(found.group(1)) + (now.date() - then.date()).days}D"}


class Recorder:
    """Records a live readout into ``folder`` (a sink for its scores, and ``record`` for its packets).

    Parameters
    ----------
    folder : str or Path
        A new (or empty) folder.
    metadata : dict
        ``subject`` and ``session`` of a converted session of the mouse
        (:func:`facevalence.io.nwb.session_metadata`).
    session_id : str
    setup : LiveSetup
    registration_matrix : np.ndarray
        Camera pixels -> template pixels (the landmarks are mapped back through it).
    rules : list of TriggerRule
    live : dict
        The live settings, kept in session.yaml under ``extra.live``.
    """

    def __init__(self, folder: str | Path, metadata: dict, session_id: str, setup: LiveSetup,
                 registration_matrix: np.ndarray | None, rules: list[TriggerRule] = (), live: dict | None = None):
        self.folder = Path(folder)
        if self.folder.exists() and (not self.folder.is_dir() or any(self.folder.iterdir())):
            raise InputError(self.folder, "--record", "exists and is not empty; give a new folder")
        self.metadata, self.session_id, self.setup = metadata, session_id, setup
        self.matrix, self.rules, self.live = registration_matrix, list(rules), dict(live or {})
        self.started: dt.datetime | None = None
        self.packets = 0
        # refuse now what convert would refuse later (a session id, the copied metadata), before any file
        parse_session_yaml(self.folder / "session.yaml", self._document(LiveResult(), {"face_video": VIDEO}))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.scores = CSVSink(self.folder / SCORES)
        self._triggers_file = open(self.folder / TRIGGERS, "w", newline="")
        self._triggers = csv.writer(self._triggers_file)
        self._triggers.writerow(["onset_s", "rule", "valence"])
        self._out = self._stream = None

    def packet(self, packet: av.Packet) -> None:
        """Copy one packet of the source into the video (the decoding thread calls it once the
        packet's frames are decoded): a compressed one as it is, an uncompressed camera's frame
        (V4L2 YUYV or GREY) encoded losslessly as FFV1, since Matroska does not hold raw video."""
        raw = packet.stream.codec_context.name == "rawvideo"
        if self._out is None:
            self.started = dt.datetime.now().astimezone()
            self._out = av.open(str(self.folder / VIDEO), "w")
            if not raw:
                self._stream = self._out.add_stream_from_template(packet.stream)
        if raw:
            for frame in packet.decode():  # (raw video decodes without state: the frame again, as scored)
                self._encode_lossless(frame, packet)
        else:
            packet.stream = self._stream
            self._out.mux(packet)
        self.packets += 1

    def _encode_lossless(self, frame: av.VideoFrame, packet: av.Packet) -> None:
        if self._stream is None:
            self._stream = self._out.add_stream("ffv1", rate=packet.stream.average_rate or packet.stream.guessed_rate or 30)
            self._stream.width, self._stream.height = frame.width, frame.height
            self._stream.pix_fmt = LOSSLESS_FORMATS.get(frame.format.name, "yuv444p")
            self._stream.codec_context.color_range = frame.color_range
            self._stream.thread_type = "SLICE"
        out = frame.reformat(format=self._stream.pix_fmt) if frame.format.name != self._stream.pix_fmt else frame
        out.pts = None  # one frame per packet, in order: the encoder numbers them itself
        for encoded in self._stream.encode(out):
            self._out.mux(encoded)

    def __call__(self, score: Score) -> None:
        self.scores(score)
        for rule in score.triggered:
            self._triggers.writerow([repr(score.t), rule, repr(score.valence)])
        if score.triggered:
            self._triggers_file.flush()

    def finish(self, result: LiveResult) -> Path:
        """Close the files and complete the folder with its stimulus log, landmarks and session.yaml.

        Returns
        -------
        Path
            The folder, ready for ``facevalence convert``.

        Raises
        ------
        InputError
            Nothing was recorded, or the written session.yaml does not read back.
        """
        self.scores.close()
        self._triggers_file.close()
        if self._out is not None:
            if self._stream is not None and self._stream.codec_context.name == "ffv1":
                for encoded in self._stream.encode():  # what the lossless encoder still holds
                    self._out.mux(encoded)
            self._out.close()
        if not self.packets or not result.scores:
            raise InputError(self.folder, "--record", "nothing was recorded (the source gave no frame)")
        files: dict = {"face_video": VIDEO}
        if result.triggers:
            self._write_stimuli(result.triggers)
            files["stimulus_log"] = STIMULI
        if self.setup.landmarks is not None and self.matrix is not None:
            self._write_landmarks(result)
        if (self.folder / LANDMARKS_FILE).is_file():
            files["landmarks"] = LANDMARKS_FILE
        (self.folder / "session.yaml").write_text(yaml.safe_dump(self._document(result, files), sort_keys=False,
                                                                 allow_unicode=True))
        load_session(self.folder)  # what convert will read (every file there)
        return self.folder

    def _document(self, result: LiveResult, files: dict) -> dict:
        """The session.yaml of this recording."""
        now = self.started or dt.datetime.now().astimezone()
        p50, p99 = result.latency_percentiles() if result.scores else (float("nan"), float("nan"))
        subject, session = self.metadata["subject"], self.metadata["session"]
        return {
            "subject": {**{k: subject[k] for k in ("id", "species", "sex", "genotype", "description", "role",
                                                     "cell_type", "group")},
                        **age_at(subject, session["start_time"], now)},
            "session": {"id": self.session_id, "start_time": now.isoformat(timespec="seconds"),
                        "experimenter": session["experimenter"], "lab": session["lab"],
                        "institution": session["institution"], "protocol": "live",
                        "description": f"Live valence readout of {self.live.get('source', 'a camera')} "
                                       f"({len(result.scores)} frames scored, {len(result.triggers)} trigger(s)).",
                        **({"experiment_description": session["experiment_description"]}
                           if session.get("experiment_description") else {})},
            "files": files,
            "valence": {TRIGGER_STIMULUS: "neutral"},
            "extra": {"live": {**self.live, "scores": SCORES, "triggers": TRIGGERS,
                               "rules": [r.text for r in self.rules], "frames_scored": len(result.scores),
                               "frames_recorded": self.packets, "frames_decoded": result.decoded,
                               "frames_dropped": result.dropped,
                               "latency_ms": {"p50": round(1000 * p50, 2), "p99": round(1000 * p99, 2)}}},
        }

    def _write_stimuli(self, fired: list[tuple[float, str]]) -> None:
        refractory = {r.text: r.refractory_s for r in self.rules}
        onsets: dict[float, float] = {}
        for t, rule in fired:  # one delivery per frame, however many rules fired at it
            onsets[t] = max(onsets.get(t, 0.0), refractory.get(rule, 0.0) or DEFAULT_TRIGGER_S)
        with open(self.folder / STIMULI, "w", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(["onset_s", "stimulus", "duration_s"])
            for t in sorted(onsets):
                writer.writerow([repr(t), TRIGGER_STIMULUS, repr(onsets[t])])

    def _write_landmarks(self, result: LiveResult) -> None:
        from facevalence.io.landmarks import write_landmarks
        from facevalence.methods.keypoints import LANDMARKS
        from facevalence.methods.registration import apply

        roles, template_points = self.setup.landmarks
        if sorted(roles) != sorted(LANDMARKS):
            return  # a template with fewer landmarks: the session keeps its registration to its own pose
        inverse = np.linalg.inv(np.vstack([self.matrix, [0, 0, 1]]))[:2]
        points = dict(zip(roles, apply(inverse, template_points)))
        write_landmarks(self.folder / LANDMARKS_FILE, result.scores[0].t, points, decimals=None)
