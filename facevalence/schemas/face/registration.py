"""Co-registration onto the prototype mouse's face (Fig. S3A), used only for prototype comparisons."""

from __future__ import annotations

import dataclasses

import datajoint as dj
import numpy as np

from facevalence.io.nwb import LandmarkInput, landmark_input, session_keypoint_map, session_video
from facevalence.io.video import read_frame
from facevalence.methods.keypoints import LANDMARKS
from facevalence.methods.registration import (
    SessionRegistration,
    neutral_landmarks,
    overlay,
    register_session,
)
from facevalence.schemas._base import Versioned
from facevalence.schemas.face._schema import schema
from facevalence.schemas.session import Injection, Nwbfile, Subject, Trial  # noqa: F401  (definitions)


@schema
class PrototypeMouse(dj.Manual):
    definition = """
    # The designated prototype mouse (Subject.role = 'prototype'), entered at ingestion
    proto_id            : varchar(32)
    ---
    -> Subject
    """


@schema
class RegistrationParams(dj.Lookup):
    definition = """
    reg_paramset        : int16
    ---
    method              : varchar(16)  # landmarks | none (identity)
    neutral_s           : float64      # neutral window: this many seconds before the first stimulus
    likelihood_threshold : float64
    landmarks           : <blob>       # landmark role -> keypoint name
    description = ""    : varchar(255)
    """
    contents = [{"reg_paramset": 0, "method": "landmarks", "neutral_s": 8.0, "likelihood_threshold": 0.9,
                 "landmarks": LANDMARKS,
                 "description": "paper: 6 landmarks on a neutral frame, affine + similarity refinement onto the "
                                "prototype mouse"}]


def neutral_end(session: dict) -> float | None:
    """End of a session's neutral period: its first stimulus onset, else its drug injection, else None."""
    session = {"subject_id": session["subject_id"], "session_id": session["session_id"]}
    onsets = (Trial & session).to_arrays("start_time")
    if len(onsets):
        return float(min(onsets))
    injections = (Injection & session).to_arrays("time_s")
    return float(min(injections)) if len(injections) else None


def shared_landmarks(default: dict[str, str], sides: list[tuple[str, tuple[str, dict] | None]]) -> list[dict[str, str]]:
    """Each side's role -> keypoint for the landmark roles both sides have (Fig. S3A needs at least 3).

    A side whose NWB file declares a keypoint map (session.yaml ``files.pose.keypoint_map``) takes
    its landmarks from it; others use the parameter set's ``default``.
    """
    maps = [default if declared is None else {r: declared[1][r] for r in default if r in declared[1]}
            for _, declared in sides]
    roles = [r for r in default if all(r in m for m in maps)]
    if len(roles) < 3:
        names = ", ".join(f"{path} ({declared[0] if declared else 'parameter set'}: {', '.join(m) or 'none'})"
                          for (path, declared), m in zip(sides, maps, strict=True))
        raise ValueError(f"fewer than 3 registration landmarks in common: {names}")
    return [{r: m[r] for r in roles} for m in maps]


def _landmarks(side: LandmarkInput, roles: list[str], threshold: float) -> tuple[np.ndarray, float]:
    if side.source == "hand-placed":
        return side.points, side.time_s
    try:
        return neutral_landmarks(side.xy, side.likelihood, side.stamps, roles=roles, threshold=threshold,
                                 window=side.window)
    except ValueError as err:
        raise ValueError(f"{side.nwb_path}: {err}") from None


def template_session(proto_id: str) -> dict:
    """The Nwbfile row of the prototype mouse's first session: the template faces are registered onto."""
    proto_subject = (PrototypeMouse & {"proto_id": proto_id}).fetch1("subject_id")
    template = (Nwbfile & {"subject_id": proto_subject}).to_dicts(order_by="session_id", limit=1)
    if not template:
        raise ValueError(f"prototype mouse {proto_id} has no ingested session to serve as template")
    return template[0]


def template_landmarks(proto_id: str, reg_paramset: int = 0) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The template's registration landmarks and neutral frame, as :class:`Registration` takes them
    (for registering a camera that has no ingested session: the live readout).

    Returns
    -------
    roles : list of str
    points : np.ndarray
        (n, 2) x, y in the template video's pixels.
    frame : np.ndarray
        The template's neutral frame (uint8 gray) the points lie on.
    """
    params = (RegistrationParams & {"reg_paramset": reg_paramset}).fetch1()
    template = template_session(proto_id)
    declared = None if template["landmarks_object_id"] else session_keypoint_map(template["nwb_path"])
    roles = shared_landmarks(params["landmarks"], [(template["nwb_path"], declared)])[0]
    side = landmark_input(template["nwb_path"], roles, neutral_end(template), params["neutral_s"])
    points, time_s = _landmarks(side, list(side.roles), params["likelihood_threshold"])
    return list(side.roles), points, read_frame(side.video, side.frame_index(time_s))


def registration_warp(key: dict) -> dict:
    """A session's registration as the HOG warps with it: ``matrix`` (session pixels -> template
    pixels) and ``shape``, the template frame's (rows, cols), which its overlay has."""
    matrix, check = (Registration & key).fetch1("matrix", "overlay")
    return {"matrix": np.asarray(matrix).tolist(), "shape": list(np.shape(check)[:2])}


@schema
class Registration(Versioned, dj.Computed):
    definition = """
    # Transform of a session's frames onto the prototype mouse's face (Fig. S3A)
    -> Nwbfile
    -> PrototypeMouse
    -> RegistrationParams
    ---
    matrix              : <blob>               # 2 x 3 affine: session pixels -> template pixels
    residual_px         : float64              # RMS landmark distance after registration (0 for 'none')
    landmark_source     : varchar(16)          # hand-placed | deeplabcut | none
    overlay             : <npy@facevalence>    # red (template) / cyan (registered) neutral frames, uint8 RGB
    """

    @property
    def key_source(self):
        # landmark registration needs pose or hand-placed landmarks; method 'none' only needs the video
        every = (Nwbfile & "video_object_id != ''").proj() * PrototypeMouse.proj() * RegistrationParams.proj()
        no_landmarks = (Nwbfile & "pose_object_id = ''" & "landmarks_object_id = ''").proj()
        return every - no_landmarks * (RegistrationParams & "method = 'landmarks'").proj()

    def make_fetch(self, key):
        params = (RegistrationParams & key).fetch1()
        session_path, session_marks = (Nwbfile & key).fetch1("nwb_path", "landmarks_object_id")
        if params["method"] == "none":  # identity: the overlay shows a neutral frame of the session itself
            video, t0, fps, _ = session_video(session_path)
            time_s = max((neutral_end(key) or 1.0) - 1.0, 0.0)
            return params, (str(video), int(round((time_s - t0) * fps))), None, None
        template = template_session(key["proto_id"])
        pairs = ((template["nwb_path"], template), (session_path, key))
        # hand-placed landmarks give all six roles; otherwise the pose's keypoint map says which it has
        declared = [None if marks else session_keypoint_map(path)
                    for path, marks in ((template["nwb_path"], template["landmarks_object_id"]),
                                        (session_path, session_marks))]
        landmarks = shared_landmarks(params["landmarks"], [(p, d) for (p, _), d in zip(pairs, declared, strict=True)])
        sides = [landmark_input(path, landmarks[i], neutral_end(k), params["neutral_s"]) for i, (path, k) in enumerate(pairs)]
        return params, None, *sides

    def make_compute(self, key, params, identity_frame, template, session):
        if params["method"] == "none":
            frame = read_frame(*identity_frame)
            return SessionRegistration(np.eye(3)[:2], 0.0, overlay(frame, frame)), "none"
        roles = list(session.roles)
        dst, t_template = _landmarks(template, roles, params["likelihood_threshold"])
        src, t_session = _landmarks(session, roles, params["likelihood_threshold"])
        frame = read_frame(session.video, session.frame_index(t_session))
        template_frame = read_frame(template.video, template.frame_index(t_template))
        try:
            return register_session(src, dst, frame, template_frame, roles), session.source
        except ValueError as err:
            raise ValueError(f"{session.nwb_path}: {err}") from None

    def make_insert(self, key, registration: SessionRegistration, source: str):
        self.insert1({**key, **dataclasses.asdict(registration), "landmark_source": source})
