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
import difflib
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import yaml
from annotated_types import Len
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

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
    indicator: str
    location: str
    rois: tuple[str, ...] = ()
    signal_wavelength: float = 470.0
    control_wavelength: float | None = None  # None: the format's usual control (415 nm; 560 nm for pyPhotometry)
    signal_emission_nm: float = 525.0
    control_emission_nm: float | None = None  # None: 525 nm for an isosbestic control, 590 nm for a red one
    fiber_core_um: float = 400.0
    fiber_na: float = 0.48
    clock_offset_s: float = 0.0
    digital_inputs: Path | None = None  # a Neurophotometrics digital-input table
    sync_line: str | None = None  # a digital line that records the camera: clock alignment by it
    sync_pulses: str = ""  # camera_frames | start


@dataclass(frozen=True)
class TTLStimulusSpec:
    """How the photometry file's digital inputs code stimuli (session.yaml ``files.stimulus_log.ttl``)."""

    lines: dict[str, str] = field(default_factory=dict)  # line -> stimulus, every pulse a delivery
    line: str | None = None  # the one coding line, with by_width or sequence
    by_width: dict[str, tuple[float, float]] = field(default_factory=dict)  # stimulus -> pulse width range, ms
    sequence: tuple[str, ...] = ()  # stimulus of each pulse in order
    duration_s: float | None = None  # None: the pulse width


@dataclass(frozen=True)
class InjectionSpec:
    time_s: float  # session clock
    drug: str  # lower case: saline, ethanol, licl, dom, ...
    dose: str = ""
    route: str = "i.p."


@dataclass(frozen=True)
class RunningSpec:
    path: Path
    format: str = "encoder"  # encoder (CSV: time_s + speed_cm_s | position_cm | counts) | ibl (wheel parquet)
    counts_per_revolution: float | None = None
    wheel_diameter_cm: float | None = None
    clock_offset_s: float = 0.0  # running clock minus session clock


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
    stimulus_ttl: TTLStimulusSpec | None = None  # onsets from the photometry file's digital inputs
    pose: Path | None = None
    pose_fps: float | None = None
    pose_required: tuple[str, ...] = ()
    keypoint_map_name: str = ""  # paper | mouseflow | the map file's stem; "" when session.yaml names none
    keypoint_map: dict[str, str | list[str]] | None = None  # role -> keypoint(s)
    photometry: PhotometrySpec | None = None
    laser_log: Path | None = None
    landmarks: Path | None = None
    running: RunningSpec | None = None
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


# --- session.yaml as typed models -------------------------------------------------------------
# pydantic v2 checks every level with extra="forbid", so a misspelled key anywhere is refused with
# its path; field descriptions are the reference that README and `facevalence session-schema`
# print. The models hold what the user wrote; load_session resolves them into the specs above.


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _as_path_mapping(value: Any) -> Any:
    """A file may be named by a bare string or by a mapping with ``path`` and options."""
    return {"path": value} if isinstance(value, str) else value


class _File(_Section):
    path: str = Field(description="File name, relative to the session folder (or absolute).")

    _suffixes: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return _as_path_mapping(value)


def _plain_id(value: str | int) -> str:
    text = str(value)
    if not _ID.match(text):
        raise ValueError(f"{text!r} may hold only letters, digits and '-' (DANDI naming)")
    return text


def _iso_duration(value: str | None) -> str | None:
    if value is not None and not _DURATION.match(value):
        raise ValueError(f"must be an ISO 8601 duration such as P90D, got {value!r}")
    return value


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"{value.isoformat()!r} needs a time-zone offset, e.g. 2025-03-01T10:00:00+01:00")
    return value


def _lower_words(value: str) -> str:
    return " ".join(str(value).lower().split())


class SubjectModel(_Section):
    """``subject:`` the mouse (NWB Subject; DANDI needs id, species, sex and age or date of birth)."""

    id: Annotated[str | int, AfterValidator(_plain_id)] = Field(
        description="Subject ID: letters, digits and '-' (DANDI file naming).")
    species: str = Field("Mus musculus", description="Latin binomial (DANDI).")
    sex: Annotated[Literal["M", "F", "U", "O"], BeforeValidator(lambda v: str(v).upper() if isinstance(v, str) else v)] = Field(
        description="M, F, U (unknown) or O (other).")
    genotype: str = Field(description="Genotype, e.g. DAT-Cre or wild type.")
    age: Annotated[str | None, AfterValidator(_iso_duration)] = Field(
        None, description="Age at the session as an ISO 8601 duration (P90D); or give date_of_birth.")
    date_of_birth: dt.datetime | dt.date | None = Field(None, description="ISO 8601 date (or date-time).")
    role: Literal["analysis", "prototype"] = Field(
        "analysis", description="analysis: a mouse whose sessions are analysed; prototype: the mouse whose "
                                "expressions define the prototype faces (paper, Fig. 1D-E).")
    cell_type: str = Field("", description="Neuron type recorded with photometry (e.g. DA, GABA, Glu); "
                                           "groups sessions for the neuron-type statistics (Fig. 5).")
    group: str = Field("", description="Experimental group, e.g. eNpHR or eYFP for optogenetics (Fig. 7).")
    description: str = Field("", description="Free text about the mouse.")

    @model_validator(mode="after")
    def _age_or_birth(self) -> SubjectModel:
        if self.age is None and self.date_of_birth is None:
            raise PydanticCustomError("age_missing", "give age (ISO 8601 duration, e.g. P90D) or date_of_birth")
        return self


class InjectionModel(_Section):
    """``session.injection:`` the drug injection of a drug session (paper, Fig. 3)."""

    time_s: float = Field(ge=0, description="Injection time in seconds on the session clock.")
    drug: Annotated[str, AfterValidator(_lower_words), StringConstraints(max_length=32)] = Field(
        description="Drug name (saline, ethanol, licl, dom, ...); stored in lower case.")
    dose: Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int | float) else v)] = Field(
        "", description="Dose with its unit, e.g. '2 g/kg'.")
    route: str = Field("i.p.", description="Route of administration.")


class SessionModel(_Section):
    """``session:`` NWB file metadata."""

    id: Annotated[str | int, AfterValidator(_plain_id)] = Field(
        description="Session ID: letters, digits and '-' (DANDI file naming).")
    start_time: Annotated[dt.datetime, AfterValidator(_aware)] = Field(
        description="ISO 8601 date-time with a time-zone offset, e.g. 2025-03-01T10:00:00+01:00.")
    experimenter: Annotated[list[Annotated[str, StringConstraints(min_length=1)]],
                            BeforeValidator(lambda v: [v] if isinstance(v, str) else v), Len(min_length=1)] = Field(
        description="One name or a list of names, 'Last, First'.")
    lab: str = Field(description="Lab name.")
    institution: str = Field(description="Institution.")
    description: str = Field(description="What happened in this session.")
    protocol: str = Field("stimuli", description="Protocol name (stimuli, opto, drug, live, ...); a live readout's "
                                                 "recording (protocol live) may have no stimulus log.")
    experiment_description: str = Field(DEFAULT_EXPERIMENT, description="The experiment this session belongs to.")
    injection: InjectionModel | None = Field(None, description="A drug session's injection (time_s, drug, dose, route).")


class FaceVideoFile(_File):
    """``files.face_video:`` the face video (.avi, .mp4, .mov, .mkv); a name, or a mapping."""

    _suffixes = (".avi", ".mp4", ".mov", ".mkv")
    start_s: float = Field(0.0, description="Session-clock time of the first frame, in seconds.")


class TTLStimuliModel(_Section):
    """``files.stimulus_log.ttl:`` stimulus onsets from the photometry system's digital inputs."""

    lines: dict[str, str] = Field(
        default_factory=dict, description="Digital line -> stimulus: every pulse on the line is one delivery "
                                          "(pyPhotometry lines digital_1, digital_2; Neurophotometrics Input0, Input1, ...).")
    line: str | None = Field(None, description="The one line that carries every stimulus, with by_width or sequence.")
    by_width: dict[str, Annotated[list[float], Len(min_length=2, max_length=2)]] = Field(
        default_factory=dict, description="Stimulus -> [min_ms, max_ms]: a pulse's width codes its stimulus.")
    sequence: list[str] = Field(default_factory=list, description="Stimulus of each pulse on `line`, in order.")
    duration_s: float | None = Field(None, gt=0, description="Stimulus duration; default: each pulse's width "
                                                               "(needs falling edges in the file).")

    @model_validator(mode="after")
    def _one_code(self) -> TTLStimuliModel:
        codes = [bool(self.lines), bool(self.by_width), bool(self.sequence)]
        if sum(codes) != 1:
            raise PydanticCustomError("ttl_code", "give exactly one of lines, by_width or sequence")
        if (self.by_width or self.sequence) and not self.line:
            raise PydanticCustomError("ttl_line", "by_width and sequence need `line`")
        if self.lines and self.line:
            raise PydanticCustomError("ttl_line", "`line` goes with by_width or sequence, not with lines")
        if self.by_width and self.duration_s is None:
            raise PydanticCustomError("ttl_duration", "by_width needs duration_s (the width codes the stimulus, "
                                                      "not how long it lasted)")
        for name, (low, high) in self.by_width.items():
            if not 0 <= low < high:
                raise PydanticCustomError("ttl_width", "by_width.{name}: need 0 <= min_ms < max_ms, got [{low}, {high}]",
                                          {"name": name, "low": low, "high": high})
        return self


class StimulusLogFile(_Section):
    """``files.stimulus_log:`` a CSV (onset_s, stimulus, duration_s), an IBL trials table, or TTLs."""

    path: str | None = Field(None, description="Stimulus log CSV/TSV, or an IBL _ibl_trials.table.pqt.")
    align_to: Literal[IBL_EVENTS] | None = Field(  # type: ignore[valid-type]
        None, description="IBL trials: the event column used as the onset (feedback_times by default).")
    ttl: TTLStimuliModel | None = Field(None, description="Take onsets from the photometry file's digital inputs.")

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return _as_path_mapping(value)

    @model_validator(mode="after")
    def _one_source(self) -> StimulusLogFile:
        if (self.path is None) == (self.ttl is None):
            raise PydanticCustomError("stimulus_source", "give either path (a log file) or ttl (digital inputs)")
        if self.align_to and self.ttl:
            raise PydanticCustomError("stimulus_source", "align_to applies to an IBL trials table, not to ttl")
        return self


class PoseFile(_File):
    """``files.pose:`` DeepLabCut output (.h5 or .csv)."""

    _suffixes = (".h5", ".csv")
    fps: float | None = Field(None, gt=0, description="Frame rate of the pose; default: the video's.")
    required_keypoints: list[str] = Field(default_factory=list, description="Keypoints the file must have.")
    keypoint_map: str | None = Field(
        None, description="Which keypoints play each facial role (features, registration landmarks): paper (the "
                          "37-point model), mouseflow (MouseFlow's 13 points) or a YAML file mapping role -> "
                          "keypoint (or a list: their mean). Default: the tables' parameter sets (the paper's map).")


class SyncModel(_Section):
    """``files.photometry.sync:`` a digital input of the photometry system that records the camera."""

    line: str = Field(description="The digital line (digital_1, Input1, ...).")
    pulses: Literal["camera_frames", "start"] = Field(
        description="camera_frames: one pulse per video frame (clock offset and drift are fitted); "
                    "start: the first pulse marks the video's first frame.")


class PhotometryFile(_File):
    """``files.photometry:`` fiber photometry and its metadata (ndx-fiber-photometry)."""

    _suffixes = (".csv", ".ppd", ".pqt", ".parquet", ".nwb")
    format: Literal[PHOTOMETRY_FORMATS] | None = Field(  # type: ignore[valid-type]
        None, description="neurophotometrics, pyphotometry, ibl or nwb; default from the suffix "
                          "(.csv Neurophotometrics, .ppd pyPhotometry, .nwb NWB, .pqt IBL).")
    rois: Annotated[list[str], BeforeValidator(lambda v: [v] if isinstance(v, str) else v)] = Field(
        default_factory=list, description="ROI columns to keep (G0, Region0G, ...); all when empty.")
    indicator: str = Field(description="Indicator expressed, e.g. GCaMP6s, dLight1.1, GRAB-DA2m (NWB, DANDI).")
    location: str = Field(description="Brain area of the fiber tip, e.g. VTA.")
    signal_wavelength: float = Field(470.0, gt=0, description="Excitation of the signal channel, nm.")
    control_wavelength: float | None = Field(
        None, gt=0, description="Excitation of the control channel, nm; default 415 (isosbestic), 560 for "
                                "pyPhotometry (red).")
    signal_emission_wavelength: float = Field(525.0, gt=0, description="Emission filter of the signal, nm.")
    control_emission_wavelength: float | None = Field(
        None, gt=0, description="Emission of the control, nm; default 525 (isosbestic) or 590 (red).")
    fiber_core_um: float = Field(400.0, gt=0, description="Fiber core diameter, micrometres.")
    fiber_na: float = Field(0.48, gt=0, lt=1.5, description="Fiber numerical aperture.")
    clock_offset_s: float = Field(0.0, description="Photometry clock minus session clock, in seconds "
                                                   "(onsets on the session clock = device time - offset).")
    digital_inputs: str | None = Field(
        None, description="Neurophotometrics digital-input table (CSV or parquet) written beside the frames.")
    sync: SyncModel | None = Field(None, description="Align the clocks by a digital line that records the camera "
                                                     "(instead of clock_offset_s).")

    @model_validator(mode="after")
    def _one_clock(self) -> PhotometryFile:
        if self.sync is not None and "clock_offset_s" in self.model_fields_set:
            raise PydanticCustomError("clock", "give clock_offset_s or sync, not both")
        return self


class LaserLogFile(_File):
    """``files.laser_log:`` optogenetic laser epochs (onset_s, duration_s, ...)."""

    _suffixes = (".csv", ".tsv")


class RunningFile(_File):
    """``files.running:`` running speed from a treadmill or wheel encoder (paper, Fig. S5A-C)."""

    _suffixes = (".csv", ".tsv", ".pqt", ".parquet")
    format: Literal["encoder", "ibl"] = Field(
        "encoder", description="encoder: CSV with time_s and speed_cm_s, position_cm or counts; ibl: IBL wheel "
                               "table (parquet: times, position in radians).")
    counts_per_revolution: float | None = Field(None, gt=0, description="Encoder counts per wheel revolution "
                                                                        "(with a counts column).")
    wheel_diameter_cm: float | None = Field(None, gt=0, description="Wheel diameter, cm (counts; ibl default 6.2).")
    clock_offset_s: float = Field(0.0, description="Running clock minus session clock, in seconds.")


class LandmarksFile(_File):
    """``files.landmarks:`` six hand-placed registration landmarks (YAML)."""

    _suffixes = (".yaml", ".yml")


class FilesModel(_Section):
    """``files:`` the recordings of the session, each a file name or a mapping with ``path``."""

    face_video: FaceVideoFile | None = Field(None, description="Face video; optional only without face data.")
    stimulus_log: StimulusLogFile | None = Field(None, description="Stimulus deliveries; optional in a drug session.")
    pose: PoseFile | None = Field(None, description="DeepLabCut pose of the face video.")
    photometry: PhotometryFile | None = Field(None, description="Fiber photometry recording.")
    laser_log: LaserLogFile | None = Field(None, description="Optogenetic laser log.")
    landmarks: LandmarksFile | None = Field(None, description="Registration landmarks.")
    running: RunningFile | None = Field(None, description="Running speed (treadmill or wheel encoder).")


class SessionFileModel(_Section):
    """The whole ``session.yaml``."""

    subject: SubjectModel
    session: SessionModel
    files: FilesModel
    valence: dict[str, Literal[VALENCES]] = Field(  # type: ignore[valid-type]
        default_factory=dict, description="Stimulus -> positive, negative or neutral, added to or overriding "
                                          "the paper's map (sucrose, nacl positive; bitter, shock negative; water neutral).")
    extra: dict[str, Any] = Field(default_factory=dict, description="Anything else, kept as is.")

    @field_validator("valence")
    @classmethod
    def _known_stimuli(cls, value: dict[str, str]) -> dict[str, str]:
        # a new stimulus is allowed (quinine, ...); a near-miss of a known one is a typo
        known = list(DEFAULT_VALENCE) + list(STIMULUS_ALIASES)
        for name in value:
            key = canonical_stimulus(name)
            near = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
            if key not in known and near:
                raise PydanticCustomError("stimulus_typo", "{name}: not a known stimulus; did you mean {near}?",
                                          {"name": name, "near": near[0]})
        return value

    @model_validator(mode="after")
    def _combinations(self) -> SessionFileModel:
        files = self.files
        if files.face_video is None and files.photometry is None:
            raise _at("files.face_video", "missing (a session needs a face video, or photometry for a photometry-only session)")
        # a live readout's recording has a stimulus log only when a trigger fired (facevalence.live.record)
        if self.session.injection is None and files.stimulus_log is None and self.session.protocol != "live":
            raise _at("files.stimulus_log", "missing (a session needs a stimulus log, or session.injection for a "
                                            "drug session; only protocol live may have neither)")
        if files.face_video is None:
            for where, given in (("files.pose", files.pose), ("files.landmarks", files.landmarks),
                                 ("session.injection", self.session.injection)):
                if given is not None:
                    raise _at(where, "needs files.face_video (face data are read against the video's frames)")
        if files.photometry is not None and files.photometry.sync is not None and files.face_video is None:
            raise _at("files.photometry.sync", "needs files.face_video (the line records the camera)")
        if files.stimulus_log is not None and files.stimulus_log.ttl is not None and files.photometry is None:
            raise _at("files.stimulus_log.ttl", "needs files.photometry (the TTLs are its digital inputs)")
        if files.photometry is not None and files.photometry.digital_inputs and (
                files.photometry.format or _FORMAT_BY_SUFFIX.get(Path(files.photometry.path).suffix.lower())) != "neurophotometrics":
            raise _at("files.photometry.digital_inputs", "only Neurophotometrics writes a separate digital-input table")
        return self


class _At(ValueError):
    """A problem found after field validation, with the dotted path it belongs to."""

    def __init__(self, where: str, problem: str):
        super().__init__(problem)
        self.where, self.problem = where, problem


def _at(where: str, problem: str) -> _At:
    return _At(where, problem)


_FORMAT_BY_SUFFIX = {".csv": "neurophotometrics", ".ppd": "pyphotometry", ".nwb": "nwb", ".pqt": "ibl", ".parquet": "ibl"}


def _dotted(loc: tuple) -> str:
    return ".".join(str(part) for part in loc)


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """The model class that holds the key at ``loc`` (for did-you-mean hints)."""
    model: Any = SessionFileModel
    for part in loc[:-1]:
        field_info = model.model_fields.get(str(part)) if isinstance(model, type) and issubclass(model, BaseModel) else None
        if field_info is None:
            return None
        nested = [a for a in _leaf_types(field_info.annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
        if not nested:
            return None
        model = nested[0]
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _leaf_types(annotation: Any) -> list:
    """The alternatives of an annotation: Optional, unions and Annotated unwrapped."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return _leaf_types(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [leaf for arg in typing.get_args(annotation) for leaf in _leaf_types(arg)]
    return [annotation]


def _first_problem(err: ValidationError) -> tuple[str, str]:
    """One ``(dotted field, problem)`` from pydantic's errors: an unknown key first (it explains a
    "missing" sibling), then the first other error."""
    errors = err.errors(include_url=False)
    errors.sort(key=lambda e: e["type"] != "extra_forbidden")
    first = errors[0]
    loc = tuple(p for p in first["loc"] if not (isinstance(p, str) and (p.startswith("function-") or p in ("str", "int"))))
    where = _dotted(loc)
    if first["type"] == "extra_forbidden":
        model = _model_at(loc)
        near = difflib.get_close_matches(str(loc[-1]), list(model.model_fields), n=1, cutoff=0.6) if model else []
        hint = f"; did you mean {_dotted(loc[:-1] + (near[0],))}?" if near else (
            f"; expected one of {', '.join(model.model_fields)}" if model else "")
        return where, f"unknown key{hint}"
    if first["type"] == "missing":
        return where, "missing"
    if first["type"] in ("model_type", "model_attributes_type", "dict_type"):
        return where or "document", f"must be a mapping, got {type(first.get('input')).__name__}"
    cause = (first.get("ctx") or {}).get("error")
    if isinstance(cause, _At):
        return cause.where, cause.problem
    message = str(first["msg"]).removeprefix("Value error, ")
    value = first.get("input")
    if isinstance(value, str | int | float | bool) and repr(value) not in message:
        message += f", got {value!r}"
    return where or "document", message


def parse_session_yaml(path: Path, data: Any) -> SessionFileModel:
    """Validate a parsed session.yaml against :class:`SessionFileModel`.

    Parameters
    ----------
    path : Path
        The file, for the error message.
    data : object
        What ``yaml.safe_load`` returned.

    Returns
    -------
    SessionFileModel

    Raises
    ------
    InputError
        ``session.yaml: <dotted.key>: <problem>``; an unknown key names the nearest valid one.
    """
    if not isinstance(data, dict):
        raise InputError(path, "document", "must be a mapping with subject, session and files sections")
    try:
        return SessionFileModel.model_validate(data)
    except ValidationError as err:
        where, problem = _first_problem(err)
        raise InputError(path, where, problem) from None


def _resolve(folder: Path, yaml_path: Path, where: str, value: str | None, suffixes: tuple[str, ...]) -> Path | None:
    if value is None:
        return None
    path = Path(value) if Path(value).is_absolute() else (folder / value).resolve()
    if suffixes and path.suffix.lower() not in suffixes:
        raise InputError(yaml_path, where, f"{value!r} has suffix {path.suffix!r}; expected one of {', '.join(suffixes)}")
    if not path.exists():
        raise InputError(yaml_path, where, f"file not found: {path}")
    return path


def _keypoint_map(folder: Path, yaml_path: Path, value: str) -> tuple[str, dict[str, str | list[str]]]:
    """A built-in keypoint map by name, or a lab's map file (role -> keypoint or list of keypoints)."""
    from facevalence.methods.keypoints import LANDMARKS
    from facevalence.methods.kinematics import FACE_ROLES, KEYPOINT_MAPS

    if value in KEYPOINT_MAPS:
        return value, {k: (list(v) if isinstance(v, list) else v) for k, v in KEYPOINT_MAPS[value].items()}
    where = "files.pose.keypoint_map"
    if Path(value).suffix.lower() not in (".yaml", ".yml"):
        raise InputError(yaml_path, where, f"{value!r} is neither a built-in map ({', '.join(KEYPOINT_MAPS)}) "
                                           "nor a .yaml file")
    map_path = _resolve(folder, yaml_path, where, value, (".yaml", ".yml"))
    try:
        data = yaml.safe_load(map_path.read_text())
    except yaml.YAMLError as err:
        raise InputError(map_path, "yaml", f"malformed YAML: {getattr(err, 'problem', err)}") from None
    if not isinstance(data, dict) or not data:
        raise InputError(map_path, "document", "must map facial roles to keypoint names, e.g. nose_tip: nosetip")
    mapping: dict[str, str | list[str]] = {}
    for role, keypoints in data.items():
        if role not in FACE_ROLES:
            near = difflib.get_close_matches(str(role), FACE_ROLES, n=1, cutoff=0.6)
            raise InputError(map_path, str(role), "unknown role" + (f"; did you mean {near[0]}?" if near else
                                                                    f"; roles are {', '.join(FACE_ROLES)}"))
        if isinstance(keypoints, list) and keypoints and all(isinstance(k, str) and k for k in keypoints):
            if role in LANDMARKS:
                raise InputError(map_path, str(role), "a registration landmark takes one keypoint, not a list")
            mapping[role] = list(keypoints)
        elif isinstance(keypoints, str) and keypoints:
            mapping[role] = keypoints
        else:
            raise InputError(map_path, str(role), f"must be a keypoint name or a list of names, got {keypoints!r}")
    return map_path.stem, mapping


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
    model = parse_session_yaml(path, data)
    files = model.files

    def resolve(name: str, entry: _File | None) -> Path | None:
        if entry is None:
            return None
        where = f"files.{name}.path" if isinstance(data["files"].get(name), dict) else f"files.{name}"
        return _resolve(folder, path, where, entry.path, entry._suffixes)

    photometry = None
    if files.photometry is not None:
        ph = files.photometry
        photometry = PhotometrySpec(
            path=resolve("photometry", ph),
            format=ph.format or _FORMAT_BY_SUFFIX[Path(ph.path).suffix.lower()],
            rois=tuple(ph.rois),
            signal_wavelength=ph.signal_wavelength,
            control_wavelength=ph.control_wavelength,
            indicator=ph.indicator,
            location=ph.location,
            signal_emission_nm=ph.signal_emission_wavelength,
            control_emission_nm=ph.control_emission_wavelength,
            fiber_core_um=ph.fiber_core_um,
            fiber_na=ph.fiber_na,
            clock_offset_s=ph.clock_offset_s,
            digital_inputs=_resolve(folder, path, "files.photometry.digital_inputs", ph.digital_inputs,
                                    (".csv", ".pqt", ".parquet")),
            sync_line=ph.sync.line if ph.sync else None,
            sync_pulses=ph.sync.pulses if ph.sync else "",
        )
    stim = files.stimulus_log
    stim_path = None if stim is None or stim.path is None else _resolve(
        folder, path, "files.stimulus_log.path" if isinstance(data["files"].get("stimulus_log"), dict) else "files.stimulus_log",
        stim.path, (".csv", ".tsv", ".pqt", ".parquet"))
    ttl = None
    if stim is not None and stim.ttl is not None:
        t = stim.ttl
        ttl = TTLStimulusSpec(lines={k: canonical_stimulus(v) for k, v in t.lines.items()}, line=t.line,
                              by_width={canonical_stimulus(k): (v[0], v[1]) for k, v in t.by_width.items()},
                              sequence=tuple(canonical_stimulus(s) for s in t.sequence), duration_s=t.duration_s)
    map_name, keypoint_map = ("", None)
    if files.pose is not None and files.pose.keypoint_map:
        map_name, keypoint_map = _keypoint_map(folder, path, files.pose.keypoint_map)
    valence = dict(DEFAULT_VALENCE)
    valence.update({canonical_stimulus(k): v for k, v in model.valence.items()})
    subj, ses = model.subject, model.session
    dob = subj.date_of_birth
    if isinstance(dob, dt.date) and not isinstance(dob, dt.datetime):
        dob = dt.datetime(dob.year, dob.month, dob.day)
    if dob is not None and dob.tzinfo is None:
        dob = dob.replace(tzinfo=dt.UTC)
    inj = ses.injection
    return SessionSpec(
        folder=folder,
        subject=SubjectSpec(subject_id=subj.id, species=subj.species, sex=subj.sex, genotype=subj.genotype,
                            age=subj.age, date_of_birth=dob, role=subj.role, cell_type=subj.cell_type,
                            group=subj.group, description=subj.description),
        session_id=ses.id,
        start_time=ses.start_time,
        experimenter=tuple(ses.experimenter),
        lab=ses.lab,
        institution=ses.institution,
        description=ses.description,
        protocol=ses.protocol,
        face_video=resolve("face_video", files.face_video),
        video_start_s=files.face_video.start_s if files.face_video else 0.0,
        stimulus_log=stim_path,
        stimulus_align=(stim.align_to if stim is not None and stim.align_to else "feedback_times"),
        stimulus_ttl=ttl,
        pose=resolve("pose", files.pose),
        pose_fps=files.pose.fps if files.pose else None,
        pose_required=tuple(files.pose.required_keypoints) if files.pose else (),
        keypoint_map_name=map_name,
        keypoint_map=keypoint_map,
        photometry=photometry,
        laser_log=resolve("laser_log", files.laser_log),
        landmarks=resolve("landmarks", files.landmarks),
        running=None if files.running is None else RunningSpec(
            path=resolve("running", files.running), format=files.running.format,
            counts_per_revolution=files.running.counts_per_revolution,
            wheel_diameter_cm=files.running.wheel_diameter_cm, clock_offset_s=files.running.clock_offset_s),
        injection=None if inj is None else InjectionSpec(time_s=inj.time_s, drug=inj.drug, dose=inj.dose, route=inj.route),
        valence=valence,
        extra=model.extra,
        experiment_description=ses.experiment_description,
    )


def session_json_schema() -> dict:
    """JSON Schema of session.yaml (for editors: the VS Code YAML extension validates while typing).

    A file entry may be a bare file name as well as a mapping, so each file model is offered as
    ``string`` or ``object``.

    Returns
    -------
    dict
        The schema (draft 2020-12), ready for ``json.dumps``.
    """
    schema = SessionFileModel.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "facevalence session.yaml"
    for name, sub in schema.get("$defs", {}).items():
        if name in ("FaceVideoFile", "PoseFile", "PhotometryFile", "LaserLogFile", "LandmarksFile", "StimulusLogFile",
                    "RunningFile"):
            obj = dict(sub)
            sub.clear()
            sub.update({"anyOf": [{"type": "string", "description": "file name"}, obj],
                        "description": obj.get("description", "")})
    return schema


def session_reference() -> str:
    """Markdown table of every session.yaml key (the README's reference is this text).

    Returns
    -------
    str
        One row per dotted key: type, default, description.
    """
    rows = ["| key | type | default | description |", "|---|---|---|---|"]

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            key = f"{prefix}{name}"
            nested = [a for a in _leaf_types(info.annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
            if info.is_required():
                default = "**required**"
            elif info.default_factory is not None:
                default = "empty"
            else:
                default = "" if info.default is None else f"`{info.default!r}`" if info.default == "" else f"`{info.default}`"
            kind = ("file name or section" if nested and issubclass(nested[0], _File | StimulusLogFile)
                    else "section" if nested else _type_name(info.annotation))
            text = (info.description or (nested[0].__doc__ or "").strip()).replace("|", "\\|").replace("\n", " ")
            rows.append(f"| `{key}` | {kind} | {default} | {' '.join(text.split())} |")
            if nested:
                walk(nested[0], key + ".")

    walk(SessionFileModel, "")
    return "\n".join(rows) + "\n"


def _type_name(annotation: Any) -> str:
    names = []
    for leaf in _leaf_types(annotation):
        origin, args = typing.get_origin(leaf), typing.get_args(leaf)
        if leaf is type(None):
            continue
        if origin is Literal:
            names.append(" / ".join(map(str, args)))
        elif origin is list:
            names.append(f"list of {_type_name(args[0])}" if args else "list")
        elif origin is dict:
            names.append(f"mapping to {_type_name(args[1])}" if args else "mapping")
        else:
            name = getattr(leaf, "__name__", str(leaf))
            names.append({"str": "text", "float": "number", "int": "integer", "datetime": "date-time",
                          "date": "date", "Any": "any"}.get(name, name))
    return " or ".join(dict.fromkeys(names))
