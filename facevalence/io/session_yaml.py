"""The raw session folder format: ``session.yaml`` plus the files it names.

A session folder holds one recording session of one mouse::

    session.yaml      subject, session and file metadata (this module parses it)
    face.mp4          face video (.avi/.mp4/.mov), 30 fps IR in the paper; optional only in a
                      photometry-only session (no pose, landmarks or injection then)
    face_dlc.h5       DeepLabCut output (.h5 or .csv), optional
    photometry.csv    Neurophotometrics CSV, pyPhotometry .ppd, IBL .pqt or another tool's .nwb, optional
    stimuli.csv       stimulus log: onset_s, stimulus, duration_s (optional in a drug session);
                      or an IBL _ibl_trials.table.pqt (trials named reward/error by feedbackType,
                      aligned to files.stimulus_log.align_to, feedback_times by default)
    laser.csv         laser log: onset_s, duration_s, ..., optional
    landmarks.yaml    six hand-placed registration landmarks, optional (facevalence.io.landmarks)

A drug session (paper, Fig. 3) names its injection in ``session.injection``
(``time_s``, ``drug``, ``dose``, ``route``).

Every problem is reported as one :class:`~facevalence.errors.InputError` line naming the
file and the field (``session.yaml: subject.sex: must be one of M, F, U, O``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from facevalence.errors import InputError

SESSION_FILE = "session.yaml"

#: Stimulus -> valence map of the paper (Methods, "Stimuli"): sucrose 4 % and NaCl 75 mM are
#: positive, denatonium 5 mM ("bitter") and tail shock 0.4 mA negative, water the neutral control.
DEFAULT_VALENCE: dict[str, str] = {
    "sucrose": "positive",
    "nacl": "positive",
    "bitter": "negative",
    "shock": "negative",
    "water": "neutral",
}
VALENCES = ("positive", "negative", "neutral")
DEFAULT_EXPERIMENT = ("Facial expressions of a head-fixed mouse filmed while stimuli of different valence are "
                      "delivered (sucrose, NaCl, bitter, tail shock, water), after Chen et al. 2025.")
STIMULUS_ALIASES = {
    "denatonium": "bitter",
    "salt": "nacl",
    "tail_shock": "shock",
    "tailshock": "shock",
    "tail shock": "shock",
}
PHOTOMETRY_FORMATS = ("neurophotometrics", "pyphotometry", "ibl", "nwb")
SUBJECT_ROLES = ("analysis", "prototype")
_ID = re.compile(r"^[A-Za-z0-9-]+$")
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")


def canonical_stimulus(name: str) -> str:
    """The canonical name of a stimulus (paper, Methods "Stimuli": sucrose, water, quinine, ...).

    Parameters
    ----------
    name : str
        As written in a log or session.yaml.

    Returns
    -------
    str
        Lower-case, trimmed, inner spaces collapsed, known aliases resolved (``Denatonium`` ->
        ``bitter``).
    """
    key = " ".join(str(name).strip().lower().split())
    return STIMULUS_ALIASES.get(key, key)


#: Event columns of an IBL trials table that can serve as stimulus onsets (files.stimulus_log.align_to).
IBL_EVENTS = ("feedback_times", "stimOn_times", "goCue_times", "response_times", "firstMovement_times")


@dataclass(frozen=True)
class SubjectSpec:
    subject_id: str
    species: str
    sex: str
    genotype: str
    age: str | None = None
    date_of_birth: dt.datetime | None = None
    role: str = "analysis"
    cell_type: str = ""
    group: str = ""
    description: str = ""


@dataclass(frozen=True)
class PhotometrySpec:
    path: Path
    format: str
    rois: tuple[str, ...] = ()
    signal: str = ""
    control: str = ""
    signal_wavelength: float = 470.0
    control_wavelength: float | None = None  # None: the format's usual control (415 nm; 560 nm for pyPhotometry)
    indicator: str = "GCaMP"
    location: str = "unknown"
    clock_offset_s: float = 0.0


@dataclass(frozen=True)
class InjectionSpec:
    time_s: float  # session clock
    drug: str  # lower case: saline, ethanol, licl, dom, ...
    dose: str = ""
    route: str = "i.p."


@dataclass(frozen=True)
class SessionSpec:
    folder: Path
    subject: SubjectSpec
    session_id: str
    start_time: dt.datetime
    experimenter: tuple[str, ...]
    lab: str
    institution: str
    description: str
    protocol: str
    face_video: Path | None  # None: a photometry-only session (e.g. another lab's recording)
    video_start_s: float
    stimulus_log: Path | None
    stimulus_align: str = "feedback_times"  # event column of an IBL trials table used as the onset
    pose: Path | None = None
    pose_fps: float | None = None
    pose_required: tuple[str, ...] = ()
    photometry: PhotometrySpec | None = None
    laser_log: Path | None = None
    landmarks: Path | None = None
    injection: InjectionSpec | None = None
    valence: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_VALENCE))
    extra: dict[str, Any] = field(default_factory=dict)
    experiment_description: str = DEFAULT_EXPERIMENT

    @property
    def yaml_path(self) -> Path:
        return self.folder / SESSION_FILE

    @property
    def nwb_name(self) -> str:
        """DANDI-style file name ``sub-<id>_ses-<id>.nwb``."""
        return f"sub-{self.subject.subject_id}_ses-{self.session_id}.nwb"


class _Reader:
    """Typed access to a YAML mapping that reports errors as ``file: dotted.field: problem``."""

    def __init__(self, path: Path, data: Any):
        self.path = path
        self.data = data

    def fail(self, name: str, problem: str) -> InputError:
        return InputError(self.path, name, problem)

    def section(self, name: str, required: bool = True) -> dict:
        value = self.data.get(name)
        if value is None:
            if required:
                raise self.fail(name, "missing section")
            return {}
        if not isinstance(value, dict):
            raise self.fail(name, f"must be a mapping, got {type(value).__name__}")
        return value

    def get(self, mapping: dict, dotted: str, kind: type | tuple, required: bool = True, default=None):
        key = dotted.rsplit(".", 1)[-1]
        value = mapping.get(key)
        if value is None or value == "":
            if required:
                raise self.fail(dotted, "missing")
            return default
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            raise self.fail(dotted, f"must be {names}, got {value!r}")
        return value

    def file(self, folder: Path, mapping: dict, dotted: str, required: bool = True,
             suffixes: tuple[str, ...] = ()) -> Path | None:
        value = mapping.get(dotted.rsplit(".", 1)[-1])
        if isinstance(value, dict):
            value = value.get("path")
            dotted = dotted + ".path"
        if value in (None, ""):
            if required:
                raise self.fail(dotted, "missing")
            return None
        if not isinstance(value, str):
            raise self.fail(dotted, f"must be a file name, got {value!r}")
        path = (folder / value).resolve() if not Path(value).is_absolute() else Path(value)
        if suffixes and path.suffix.lower() not in suffixes:
            raise self.fail(dotted, f"{value!r} has suffix {path.suffix!r}; expected one of {', '.join(suffixes)}")
        if not path.exists():
            raise self.fail(dotted, f"file not found: {path}")
        return path


def _parse_time(reader: _Reader, dotted: str, value: Any, need_tz: bool = True) -> dt.datetime:
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise reader.fail(dotted, f"not an ISO 8601 date-time: {value!r}") from None
    else:
        raise reader.fail(dotted, f"not an ISO 8601 date-time: {value!r}")
    if parsed.tzinfo is None:
        if need_tz:
            raise reader.fail(dotted, f"{value!r} needs a time-zone offset, e.g. 2025-03-01T10:00:00+01:00")
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def load_session(folder: str | Path) -> SessionSpec:
    """Parse and validate ``<folder>/session.yaml``; every named file must exist.

    Parameters
    ----------
    folder : str or Path
        The session folder.

    Returns
    -------
    SessionSpec

    Raises
    ------
    InputError
        One line naming ``session.yaml`` (or the folder) and the offending field.
    """
    folder = Path(folder).resolve()
    path = folder / SESSION_FILE
    if not folder.is_dir():
        raise InputError(folder, "folder", "not a directory")
    if not path.is_file():
        raise InputError(path, "session.yaml", "missing: every session folder needs a session.yaml")
    try:
        data = yaml.safe_load(path.read_text())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "yaml"
        raise InputError(path, where, f"malformed YAML: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict):
        raise InputError(path, "document", "must be a mapping with subject, session and files sections")
    r = _Reader(path, data)

    subj = r.section("subject")
    subject_id = str(r.get(subj, "subject.id", (str, int)))
    if not _ID.match(subject_id):
        raise r.fail("subject.id", f"{subject_id!r} may hold only letters, digits and '-' (DANDI naming)")
    sex = str(r.get(subj, "subject.sex", str)).upper()
    if sex not in ("M", "F", "U", "O"):
        raise r.fail("subject.sex", f"must be one of M, F, U, O, got {sex!r}")
    age = r.get(subj, "subject.age", str, required=False)
    if age is not None and not _DURATION.match(age):
        raise r.fail("subject.age", f"must be an ISO 8601 duration such as P90D, got {age!r}")
    dob_raw = subj.get("date_of_birth")
    dob = _parse_time(r, "subject.date_of_birth", dob_raw, need_tz=False) if dob_raw else None
    if age is None and dob is None:
        raise r.fail("subject.age", "give age (ISO 8601 duration, e.g. P90D) or date_of_birth")
    role = str(r.get(subj, "subject.role", str, required=False, default="analysis")).lower()
    if role not in SUBJECT_ROLES:
        raise r.fail("subject.role", f"must be one of {', '.join(SUBJECT_ROLES)}, got {role!r}")
    subject = SubjectSpec(
        subject_id=subject_id,
        species=r.get(subj, "subject.species", str, required=False, default="Mus musculus"),
        sex=sex,
        genotype=r.get(subj, "subject.genotype", str),
        age=age,
        date_of_birth=dob,
        role=role,
        cell_type=r.get(subj, "subject.cell_type", str, required=False, default=""),
        group=r.get(subj, "subject.group", str, required=False, default=""),
        description=r.get(subj, "subject.description", str, required=False, default=""),
    )

    ses = r.section("session")
    session_id = str(r.get(ses, "session.id", (str, int)))
    if not _ID.match(session_id):
        raise r.fail("session.id", f"{session_id!r} may hold only letters, digits and '-' (DANDI naming)")
    start_time = _parse_time(r, "session.start_time", ses.get("start_time") or r.get(ses, "session.start_time", str))
    experimenter = ses.get("experimenter")
    if isinstance(experimenter, str):
        experimenter = [experimenter]
    if not experimenter or not all(isinstance(e, str) and e.strip() for e in experimenter):
        raise r.fail("session.experimenter", "give one name or a list of names ('Last, First')")
    protocol = str(r.get(ses, "session.protocol", str, required=False, default="stimuli"))
    injection = None
    if ses.get("injection") is not None:
        inj = ses["injection"]
        if not isinstance(inj, dict):
            raise r.fail("session.injection", "must be a mapping with time_s, drug, dose, route")
        time_s = r.get(inj, "session.injection.time_s", float)
        if time_s < 0:
            raise r.fail("session.injection.time_s", f"must be >= 0 s on the session clock, got {time_s}")
        drug = " ".join(str(r.get(inj, "session.injection.drug", str)).lower().split())
        if len(drug) > 32:
            raise r.fail("session.injection.drug", f"{drug!r}: at most 32 characters")
        injection = InjectionSpec(time_s=time_s, drug=drug,
                                  dose=str(r.get(inj, "session.injection.dose", (str, int, float), required=False, default="")),
                                  route=str(r.get(inj, "session.injection.route", str, required=False, default="i.p.")))

    files = r.section("files")
    if not files.get("face_video") and not files.get("photometry"):
        raise r.fail("files.face_video", "missing (a session needs a face video, or photometry for a photometry-only session)")
    video = r.file(folder, files, "files.face_video", required=False, suffixes=(".avi", ".mp4", ".mov", ".mkv"))
    video_start = 0.0
    if isinstance(files.get("face_video"), dict):
        video_start = r.get(files["face_video"], "files.face_video.start_s", float, required=False, default=0.0)
    if injection is None and not files.get("stimulus_log"):
        raise r.fail("files.stimulus_log", "missing (a session needs a stimulus log, or session.injection for a drug session)")
    stim = r.file(folder, files, "files.stimulus_log", required=False, suffixes=(".csv", ".tsv", ".pqt", ".parquet"))
    align = "feedback_times"
    if isinstance(files.get("stimulus_log"), dict) and files["stimulus_log"].get("align_to"):
        align = r.get(files["stimulus_log"], "files.stimulus_log.align_to", str)
        if align not in IBL_EVENTS:
            raise r.fail("files.stimulus_log.align_to", f"must be one of {', '.join(IBL_EVENTS)}, got {align!r}")
    landmarks = r.file(folder, files, "files.landmarks", required=False, suffixes=(".yaml", ".yml"))
    pose = r.file(folder, files, "files.pose", required=False, suffixes=(".h5", ".csv"))
    if video is None:
        for name, given in (("pose", pose), ("landmarks", landmarks), ("injection", injection)):
            if given is not None:
                raise r.fail(f"files.{name}" if name != "injection" else "session.injection",
                             "needs files.face_video (face data are read against the video's frames)")
    pose_fps = None
    if isinstance(files.get("pose"), dict) and files["pose"].get("fps") is not None:
        pose_fps = r.get(files["pose"], "files.pose.fps", float)
        if pose_fps <= 0:
            raise r.fail("files.pose.fps", f"must be positive, got {pose_fps}")
    pose_required = ()
    if isinstance(files.get("pose"), dict) and files["pose"].get("required_keypoints"):
        req = files["pose"]["required_keypoints"]
        if not isinstance(req, list) or not all(isinstance(k, str) for k in req):
            raise r.fail("files.pose.required_keypoints", "must be a list of keypoint names")
        pose_required = tuple(req)
    laser = r.file(folder, files, "files.laser_log", required=False, suffixes=(".csv", ".tsv"))

    photometry = None
    if files.get("photometry"):
        ph_path = r.file(folder, files, "files.photometry", suffixes=(".csv", ".ppd", ".pqt", ".parquet", ".nwb"))
        ph = files["photometry"] if isinstance(files["photometry"], dict) else {}
        fmt = ph.get("format") or {".csv": "neurophotometrics", ".ppd": "pyphotometry",
                                   ".nwb": "nwb"}.get(ph_path.suffix.lower(), "ibl")
        if fmt not in PHOTOMETRY_FORMATS:
            raise r.fail("files.photometry.format", f"must be one of {', '.join(PHOTOMETRY_FORMATS)}, got {fmt!r}")
        rois = ph.get("rois", [])
        if isinstance(rois, str):
            rois = [rois]
        offset = ph.get("clock_offset_s", 0.0)
        if not isinstance(offset, (int, float)) or isinstance(offset, bool):
            raise r.fail("files.photometry.clock_offset_s", f"must be a number of seconds, got {offset!r}")
        photometry = PhotometrySpec(
            path=ph_path,
            format=fmt,
            rois=tuple(str(x) for x in rois),
            signal=str(ph.get("signal", "")),
            control=str(ph.get("control", "")),
            signal_wavelength=float(ph.get("signal_wavelength", 470.0)),
            control_wavelength=float(ph["control_wavelength"]) if ph.get("control_wavelength") is not None else None,
            indicator=str(ph.get("indicator", "GCaMP")),
            location=str(ph.get("location", "unknown")),
            clock_offset_s=float(offset),
        )

    valence = dict(DEFAULT_VALENCE)
    overrides = data.get("valence") or {}
    if not isinstance(overrides, dict):
        raise r.fail("valence", "must map stimulus name to positive, negative or neutral")
    for name, val in overrides.items():
        if val not in VALENCES:
            raise r.fail(f"valence.{name}", f"must be one of {', '.join(VALENCES)}, got {val!r}")
        valence[canonical_stimulus(name)] = val

    known = {"subject", "session", "files", "valence", "extra"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise r.fail(unknown[0], f"unknown section; expected {', '.join(sorted(known))}")
    return SessionSpec(
        folder=folder,
        subject=subject,
        session_id=session_id,
        start_time=start_time,
        experimenter=tuple(e.strip() for e in experimenter),
        lab=r.get(ses, "session.lab", str),
        institution=r.get(ses, "session.institution", str),
        description=r.get(ses, "session.description", str),
        protocol=protocol,
        face_video=video,
        video_start_s=float(video_start),
        stimulus_log=stim,
        stimulus_align=align,
        pose=pose,
        pose_fps=pose_fps,
        pose_required=pose_required,
        photometry=photometry,
        laser_log=laser,
        landmarks=landmarks,
        injection=injection,
        valence=valence,
        extra=data.get("extra") or {},
        experiment_description=r.get(ses, "session.experiment_description", str, required=False, default=DEFAULT_EXPERIMENT),
    )
