"""Read the parts of a facevalence NWB file that the tables need (read-only, by object id)."""

from __future__ import annotations

import functools
import hashlib
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from facevalence.io.names import (
    CONTROL_SERIES,
    INJECTION_TABLE,
    LANDMARK_CONTAINER,
    LANDMARK_FRAME,
    LANDMARK_INSTANCE,
    OPTO_EPOCHS,
    POSE_CONTAINER,
    RUNNING_SERIES,
    SIGNAL_SERIES,
    SUBJECT_METADATA,
    VIDEO_SERIES,
)


def sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    """SHA-256 of a file, read in chunks (the checksum the Nwbfile table stores for each source file).

    Parameters
    ----------
    path : str or Path
    chunk : int, optional
        Bytes read at a time.

    Returns
    -------
    str
        Hex digest.
    """
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


@functools.cache
def register_extensions() -> None:
    """Register every NWB extension the converters write (ndx-pose, ndx-fiber-photometry and its
    device extensions, ndx-facevalence), once per process. Without this, pynwb rebuilds the
    extensions' specs from each file's cached copy on every open: 4 s per file, where a registered
    namespace makes an open take 0.5 s.

    Returns
    -------
    None
    """
    import ndx_fiber_photometry  # noqa: F401
    import ndx_ophys_devices  # noqa: F401
    import ndx_optogenetics  # noqa: F401
    import ndx_pose  # noqa: F401

    import facevalence.io.extension  # noqa: F401  (ndx-facevalence: the subject's lab metadata reads typed)


@contextmanager
def open_nwb(path: str | Path):
    """Open an NWB file read-only for the duration of a ``with`` block.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    contextmanager of pynwb.NWBFile
        The file is closed when the block ends; read what you need inside it.
    """
    from pynwb import NWBHDF5IO  # here, not at import: pynwb takes a second to load (a fast CLI)

    register_extensions()
    with warnings.catch_warnings():
        # a file written by an earlier facevalence caches an older ndx-facevalence; each version only
        # adds types, so the loaded one reads it (hdmf would warn on every open)
        warnings.filterwarnings("ignore", message=r"(?s)Ignoring the following cached namespace.*ndx-facevalence - cached",
                                category=UserWarning)
        with NWBHDF5IO(str(path), "r") as io:
            yield io.read()


def object_ids(nwbfile) -> dict[str, str]:
    """Object ids of the data a session's tables read, recorded as their lineage.

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    dict of str to str
        ``nwbfile, video, pose, landmarks, photometry_signal, photometry_control, trials, opto,
        injection, running``; ``""`` for what the file does not hold.
    """
    ids = {"nwbfile": nwbfile.object_id, "video": "", "pose": "", "landmarks": "", "photometry_signal": "",
           "photometry_control": "", "trials": nwbfile.trials.object_id if nwbfile.trials is not None else "",
           "opto": "", "injection": "", "running": ""}
    if VIDEO_SERIES in nwbfile.acquisition:
        ids["video"] = nwbfile.acquisition[VIDEO_SERIES].object_id
    if "behavior" in nwbfile.processing and POSE_CONTAINER in nwbfile.processing["behavior"].data_interfaces:
        ids["pose"] = nwbfile.processing["behavior"][POSE_CONTAINER].object_id
    if "behavior" in nwbfile.processing and LANDMARK_CONTAINER in nwbfile.processing["behavior"].data_interfaces:
        ids["landmarks"] = nwbfile.processing["behavior"][LANDMARK_CONTAINER].object_id
    if "behavior" in nwbfile.processing and RUNNING_SERIES in nwbfile.processing["behavior"].data_interfaces:
        ids["running"] = nwbfile.processing["behavior"][RUNNING_SERIES].object_id
    if INJECTION_TABLE in nwbfile.events:
        ids["injection"] = nwbfile.events[INJECTION_TABLE].object_id
    if SIGNAL_SERIES in nwbfile.acquisition:
        ids["photometry_signal"] = nwbfile.acquisition[SIGNAL_SERIES].object_id
        ids["photometry_control"] = nwbfile.acquisition[CONTROL_SERIES].object_id
    if nwbfile.intervals is not None and OPTO_EPOCHS in nwbfile.intervals:
        ids["opto"] = nwbfile.intervals[OPTO_EPOCHS].object_id
    return ids


def video_source(nwb_path: str | Path, nwbfile) -> tuple[Path, float, float, int]:
    """Where the face video of a session is and its clock (paper, Methods "Video recording").

    Parameters
    ----------
    nwb_path : str or Path
        The NWB file; a relative ``external_file`` is resolved against its folder.
    nwbfile : pynwb.NWBFile
        The same file, open.

    Returns
    -------
    path : Path
        Absolute video path.
    t0, fps : float
        Start time (session clock) and frame rate.
    n_frames : int
    """
    series = nwbfile.acquisition[VIDEO_SERIES]
    ext = Path(series.external_file[0])
    path = ext if ext.is_absolute() else (Path(nwb_path).resolve().parent / ext).resolve()
    return path, float(series.starting_time or 0.0), float(series.rate), int(series.num_samples)


def session_video(nwb_path: str | Path) -> tuple[Path, float, float, int]:
    """:func:`video_source` of the NWB file at ``nwb_path`` (opens and closes it).

    Remembered per file path, size and modification time: every table that reads a session's frames
    asks for it, twice per row (DataJoint's fetch before computing and again inside the insert
    transaction), and an open takes about half a second.

    Parameters
    ----------
    nwb_path : str or Path

    Returns
    -------
    (Path, float, float, int)
        See :func:`video_source`.
    """
    return _session_video(*_version(nwb_path))


def _version(nwb_path: str | Path) -> tuple[str, int, int]:
    """A file's path, size and modification time: what the per-file caches below are keyed by (an
    NWB file is read-only once written; a rewritten one is read again)."""
    stat = Path(nwb_path).stat()
    return str(nwb_path), stat.st_size, stat.st_mtime_ns


@functools.lru_cache(maxsize=64)
def _session_video(nwb_path: str, size: int, mtime_ns: int) -> tuple[Path, float, float, int]:
    with open_nwb(nwb_path) as nwbfile:
        return video_source(nwb_path, nwbfile)


#: How the converter starts the NWB file's notes when it let a problem through on request.
WARNINGS_PREFIX = "Conversion warnings: "


def conversion_warnings(nwb_path: str | Path) -> list[str]:
    """What the converter let through on request (``convert --allow-short-baseline``), from the NWB
    file's notes.

    Parameters
    ----------
    nwb_path : str or Path

    Returns
    -------
    list of str
        One line per problem; empty for a clean conversion. Remembered per file version.
    """
    return list(_conversion_warnings(*_version(nwb_path)))


@functools.lru_cache(maxsize=256)
def _conversion_warnings(nwb_path: str, size: int, mtime_ns: int) -> tuple[str, ...]:
    with open_nwb(nwb_path) as nwbfile:
        notes = nwbfile.notes or ""
    return tuple(notes.removeprefix(WARNINGS_PREFIX).split("; ")) if notes.startswith(WARNINGS_PREFIX) else ()


def session_keypoint_map(nwb_path: str | Path) -> tuple[str, dict] | None:
    """The keypoint map a session's NWB file declares (:func:`facevalence.io.extension.keypoint_map_of`).

    Parameters
    ----------
    nwb_path : str or Path

    Returns
    -------
    tuple of (str, dict) or None
        ``(model, role -> keypoint(s))``; None when the file declares none. Remembered per file
        version; treat it as read-only.
    """
    return _session_keypoint_map(*_version(nwb_path))


@functools.lru_cache(maxsize=64)
def _session_keypoint_map(nwb_path: str, size: int, mtime_ns: int) -> tuple[str, dict] | None:
    from facevalence.io.extension import keypoint_map_of

    with open_nwb(nwb_path) as nwbfile:
        return keypoint_map_of(nwbfile)


def pose_arrays(nwbfile) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """A session's DeepLabCut keypoints as arrays (paper, Methods "Keypoint tracking").

    NeuroConv names each series ``PoseEstimationSeries<Bodypart.capitalize()>``; the skeleton keeps
    the original keypoint names, so series are matched to nodes case-insensitively.

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    names : list of str
        Keypoint names in skeleton order.
    xy : ndarray, shape (frames, keypoints, 2)
    likelihood : ndarray, shape (frames, keypoints)
    timestamps : ndarray, shape (frames,)
        s, session clock.
    """
    container = nwbfile.processing["behavior"][POSE_CONTAINER]
    series = {s.name.removeprefix("PoseEstimationSeries").lower(): s for s in container.pose_estimation_series.values()}
    nodes = list(container.skeleton.nodes[:]) if container.skeleton is not None else list(series)
    if not all(n.lower() in series for n in nodes):
        nodes = list(series)
    chosen = [series[n.lower()] for n in nodes]
    xy = np.stack([np.asarray(s.data[:], float) for s in chosen], axis=1)
    likelihood = np.stack([np.asarray(s.confidence[:], float) for s in chosen], axis=1)
    return nodes, xy, likelihood, np.asarray(chosen[0].get_timestamps(), float)


def landmark_points(nwbfile) -> tuple[list[str], np.ndarray, float]:
    """Hand-placed registration landmarks stored in a session's file (paper, Fig. S3A).

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    roles : list of str
    points : ndarray, shape (6, 2)
        x, y in video pixels.
    time_s : float
        The neutral frame's time, session clock.
    """
    container = nwbfile.processing["behavior"][LANDMARK_CONTAINER]
    if type(container).__name__ == "PoseTraining":  # a labelled frame of the face video
        frame = container.training_frames.training_frames[LANDMARK_FRAME]
        instance = frame.skeleton_instances.skeleton_instances[LANDMARK_INSTANCE]
        video = frame.source_video
        time_s = float(video.starting_time) + int(frame.source_video_frame_index) / float(video.rate)
        return list(instance.skeleton.nodes[:]), np.asarray(instance.node_locations[:], float), time_s
    # facevalence <= 0.2: one single-frame PoseEstimationSeries per landmark
    roles = list(container.skeleton.nodes[:])
    series = [container.pose_estimation_series[f"Landmark_{r}"] for r in roles]
    points = np.stack([np.asarray(s.data[0], float) for s in series])
    return roles, points, float(series[0].get_timestamps()[0])


def injection_events(nwbfile) -> list[dict]:
    """The drug-injection events of a drug session (paper, Fig. 3: i.p. injection after 15 min).

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    list of dict
        ``time_s, drug, dose, route`` per injection; empty when none.
    """
    if INJECTION_TABLE not in nwbfile.events:
        return []
    table = nwbfile.events[INJECTION_TABLE].to_dataframe()
    return [{"time_s": float(r.timestamp), "drug": str(r.drug), "dose": str(r.dose), "route": str(r.route)}
            for r in table.itertuples()]


def running_arrays(nwbfile) -> tuple[np.ndarray, np.ndarray]:
    """A session's running speed (paper, Fig. S5A-C: locomotion).

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    times : ndarray
        s, session clock.
    speed : ndarray
        cm/s.
    """
    series = nwbfile.processing["behavior"][RUNNING_SERIES]
    return np.asarray(series.get_timestamps(), float), np.asarray(series.data[:], float)


def photometry_arrays(nwbfile) -> dict[str, np.ndarray]:
    """A session's photometry channels (paper, Methods "Fiber photometry"), first ROI.

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    dict
        ``signal_t, signal, control_t, control`` (each channel at its own timestamps, session clock)
        and the control series' ``description``.
    """
    sig = nwbfile.acquisition[SIGNAL_SERIES]
    ctl = nwbfile.acquisition[CONTROL_SERIES]
    s = np.asarray(sig.data[:], float)
    c = np.asarray(ctl.data[:], float)
    return {"signal_t": np.asarray(sig.get_timestamps(), float), "signal": s.reshape(len(s), -1)[:, 0],
            "control_t": np.asarray(ctl.get_timestamps(), float), "control": c.reshape(len(c), -1)[:, 0],
            "description": ctl.description}


@dataclass
class LandmarkInput:
    """What a session's NWB file gives for its registration: hand-placed landmarks, or its
    DeepLabCut keypoints over the neutral window (read here, cleaned by the methods)."""

    nwb_path: str
    video: Path
    t0: float
    fps: float
    source: str  # hand-placed | deeplabcut
    points: np.ndarray | None = None  # hand-placed (landmarks, 2), role order
    time_s: float | None = None  # hand-placed: the neutral frame's time
    xy: np.ndarray | None = None  # deeplabcut: (frames, landmarks, 2) inside the window
    likelihood: np.ndarray | None = None
    stamps: np.ndarray | None = None
    window: str = ""  # how errors name the window
    roles: tuple[str, ...] = ()  # landmark roles, the order of points / xy columns

    def frame_index(self, time_s: float) -> int:
        return int(round((time_s - self.t0) * self.fps))


def landmark_input(nwb_path: str | Path, landmarks: dict[str, str], neutral_end: float | None,
                   neutral_s: float) -> LandmarkInput:
    """Read a session's registration landmarks (paper, Fig. S3A) from its NWB file.

    Hand-placed landmarks (the landmarks YAML, stored in the file) win; otherwise the DeepLabCut
    keypoints named by ``landmarks`` over the ``neutral_s`` seconds before ``neutral_end``.

    Parameters
    ----------
    nwb_path : str or Path
    landmarks : dict of str to str
        Landmark role -> pose keypoint name.
    neutral_end : float or None
        The first stimulus or the injection, s; None when the session has neither.
    neutral_s : float
        Length of the neutral window before it.

    Returns
    -------
    LandmarkInput
        Remembered per file version and arguments (every session is registered onto the template
        session's landmarks, and DataJoint fetches each row's inputs twice); treat it as read-only.

    Raises
    ------
    ValueError
        Naming the file: no neutral period and no hand-placed landmarks, or a landmark keypoint
        that the pose does not have.
    """
    return _landmark_input(*_version(nwb_path), tuple(landmarks.items()), neutral_end, neutral_s)


@functools.lru_cache(maxsize=64)
def _landmark_input(nwb_path: str, size: int, mtime_ns: int, landmarks: tuple, neutral_end: float | None,
                    neutral_s: float) -> LandmarkInput:
    landmarks = dict(landmarks)
    with open_nwb(nwb_path) as nwbfile:
        video, t0, fps, _ = video_source(nwb_path, nwbfile)
        base = {"nwb_path": str(nwb_path), "video": video, "t0": t0, "fps": fps, "roles": tuple(landmarks)}
        if object_ids(nwbfile)["landmarks"]:
            roles, points, time_s = landmark_points(nwbfile)
            return LandmarkInput(**base, source="hand-placed", points=points[[roles.index(r) for r in landmarks]],
                                 time_s=time_s)
        if neutral_end is None:
            raise ValueError(f"{nwb_path}: no stimulus or injection to place the neutral window before, "
                             "and no hand-placed landmarks")
        names, xy, like, stamps = pose_arrays(nwbfile)
    missing = [k for k in landmarks.values() if k not in names]
    if missing:
        raise ValueError(f"{nwb_path}: landmarks {missing} are not among the pose keypoints")
    window = (stamps >= neutral_end - neutral_s) & (stamps < neutral_end)
    cols = [names.index(k) for k in landmarks.values()]
    return LandmarkInput(**base, source="deeplabcut", xy=xy[window][:, cols], likelihood=like[window][:, cols],
                         stamps=stamps[window], window=f"the {neutral_s:g} s neutral window before {neutral_end:g} s")


def session_metadata(nwb_path: str | Path) -> dict:
    """The ``subject`` and ``session`` sections of session.yaml as a converted session recorded them
    (paper, Methods "Animals": the same mouse filmed again, e.g. by the live readout).

    Parameters
    ----------
    nwb_path : str or Path

    Returns
    -------
    dict
        ``{"subject": {...}, "session": {...}}`` with session.yaml's field names; the session's
        ``start_time`` (an aware datetime) and the subject's ``age`` (ISO 8601) at that time.
    """
    with open_nwb(nwb_path) as nwbfile:
        subject = nwbfile.subject
        lab = nwbfile.lab_meta_data.get(SUBJECT_METADATA) if nwbfile.lab_meta_data else None
        return {
            "subject": {"id": subject.subject_id, "species": subject.species, "sex": subject.sex,
                        "genotype": subject.genotype or "", "age": subject.age,
                        "date_of_birth": subject.date_of_birth, "description": subject.description or "",
                        "role": lab.role if lab else "analysis", "cell_type": lab.cell_type if lab else "",
                        "group": lab.subject_group if lab else ""},
            "session": {"start_time": nwbfile.session_start_time, "experimenter": list(nwbfile.experimenter or ()),
                        "lab": nwbfile.lab or "", "institution": nwbfile.institution or "",
                        "experiment_description": nwbfile.experiment_description or ""},
        }
