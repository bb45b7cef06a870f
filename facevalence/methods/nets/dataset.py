"""The deep models' dataset (paper, Fig. 1D-E): which frames of which trials, the face box shared
by every session, the trial-level split and the occlusion masks — planned from keypoints and trial
times alone (no frame is read here; :func:`facevalence.io.frames.load_frames` reads them)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch

from facevalence.methods.keypoints import EAR, EYE, MOUTH, PUPIL, WHISKER
from facevalence.methods.nets.frames import crop_matrix, face_box, frame_plan, region_masks
from facevalence.methods.nets.splits import check_split, split_trials
from facevalence.methods.registration import apply

#: Keypoints of each occluded region (Fig. S5D-E); the eye region includes the pupil.
REGION_KEYPOINTS = {"ear": EAR, "mouth": MOUTH, "eye": EYE + PUPIL, "whisker": WHISKER}


@dataclass(frozen=True)
class DatasetConfig:
    """The ModelParams columns that shape the dataset."""

    image_size: int
    crop_margin: float
    post_s: float
    neutral_s: float
    frame_step: int
    neutral_step: int
    val_fraction: float
    mask_dilate_px: int
    seed: int
    registered: bool = False  # frames registered onto the template face first (else each session's own frames)


@dataclass
class DatasetSession:
    """One session's inputs: its registration, keypoints and laser-off trials, and its video's clock."""

    subject_id: str
    session_id: str
    registration: np.ndarray  # 2 x 3: session px -> template px
    keypoints: np.ndarray  # (frames, keypoints, 2) cleaned positions, session px
    keypoint_names: list[str]
    trials: list[dict]  # trial_id, start_time, stimulus (laser-off trials)
    t0: float  # video start, session clock
    fps: float
    n_video: int


@dataclass
class SessionFrames:
    """Which frames of one session go in, and the one affine that takes them to the network's input."""

    subject_id: str
    session_id: str
    matrix: np.ndarray  # 2 x 3: session px -> crop px at image_size
    frame_index: np.ndarray  # video frame of each sample
    trial_id: np.ndarray  # its trial
    label: list[str]  # its class name


@dataclass
class DatasetPlan:
    """Result of :func:`plan_dataset`."""

    classes: list[str]
    box: np.ndarray  # (x0, y0, side) of the face crop in template px; (sessions, 3) in session px when unregistered
    sessions: list[SessionFrames]
    roles: dict[tuple[str, str, int], str]  # (subject, session, trial) -> train | val | test
    masks: dict[str, np.ndarray]  # region -> (image_size, image_size) bool

    @property
    def n_frames(self) -> int:
        return int(sum(len(s.frame_index) for s in self.sessions))


@dataclass
class Dataset:
    """The frames in memory with one entry per sample: what every training reads."""

    frames: torch.Tensor  # (n, size, size) uint8
    classes: list[str]
    labels: np.ndarray  # class name per sample
    trials: np.ndarray  # "subject/session/trial" per sample
    subjects: np.ndarray
    roles: np.ndarray  # train | val | test
    valences: np.ndarray
    targets: np.ndarray = field(init=False)  # class index per sample

    def __post_init__(self):
        self.targets = np.searchsorted(np.array(self.classes), self.labels)

    def indices(self, role: str) -> np.ndarray:
        """Sample indices of one role of the trial-level split."""
        return np.flatnonzero(self.roles == role)


def plan_dataset(sessions: list[DatasetSession], regions: dict[str, tuple[str, ...]], config: DatasetConfig) -> DatasetPlan:
    """Plan the dataset of the deep models (Fig. 1D-E, S5D-E).

    Parameters
    ----------
    sessions : list of DatasetSession
        Every registered analysis session with pose and laser-off trials.
    regions : dict
        Region -> keypoint names, for the occlusion masks (Fig. S5D-E).
    config : DatasetConfig

    Returns
    -------
    DatasetPlan
        The face box covers 99 % of the keypoint positions (0.5-99.5th percentiles, grown by
        ``crop_margin``): of every session in template coordinates when ``config.registered``, else
        of each session in its own pixels (the paper registers faces only for the prototype
        comparisons, not for the classifiers); the frames are each trial's
        0..post_s s stimulus frames and -neutral_s..0 s neutral frames; the split holds out one test
        trial per stimulus per mouse and is checked for leaks; the masks are the regions' hulls.

    Raises
    ------
    ValueError
        No session, a trial window outside its video, or a split that would leak or miss a class.
    """
    if not sessions:
        raise ValueError("no registered session with laser-off trials and pose to build the dataset from")
    size = config.image_size
    # registered: one face box over every session's keypoints in template coordinates; unregistered
    # (the paper's classifiers): each session's own box, so every crop is that mouse's face
    if config.registered:
        box = _box([apply(s.registration, s.keypoints.reshape(-1, 2)) for s in sessions], regions, sessions,
                   config.crop_margin)
        crops = [crop_matrix(s.registration, box, size) for s in sessions]
        boxes = np.asarray(box)
    else:
        session_boxes = [_box([s.keypoints.reshape(-1, 2)], regions, [s], config.crop_margin) for s in sessions]
        crops = [crop_matrix(None, b, size) for b in session_boxes]
        boxes = np.asarray(session_boxes)
    crop_pts: dict[str, list[np.ndarray]] = {}
    for s, crop in zip(sessions, crops, strict=True):
        pts = apply(crop, s.keypoints.reshape(-1, 2)).reshape(s.keypoints.shape)
        for region, cols in _region_columns(s, regions).items():
            crop_pts.setdefault(region, []).append(pts[:, cols].reshape(-1, 2))
    masks = region_masks({r: np.concatenate(v) for r, v in crop_pts.items()}, size, config.mask_dilate_px)
    planned, trial_keys, trial_subjects, trial_stimuli = [], [], [], []
    for s, crop in zip(sessions, crops, strict=True):
        try:
            plan = frame_plan([t["start_time"] for t in s.trials], [t["stimulus"] for t in s.trials], s.t0, s.fps,
                              s.n_video, post_s=config.post_s, neutral_s=config.neutral_s, step=config.frame_step,
                              neutral_step=config.neutral_step)
        except ValueError as err:
            raise ValueError(f"session {s.subject_id}/{s.session_id}: {err}") from None
        planned.append(SessionFrames(s.subject_id, s.session_id, crop,
                                     np.array([f for f, _, _ in plan], np.int64),
                                     np.array([s.trials[i]["trial_id"] for _, i, _ in plan], np.int64),
                                     [label for _, _, label in plan]))
        for t in s.trials:
            trial_keys.append((s.subject_id, s.session_id, int(t["trial_id"])))
            trial_subjects.append(s.subject_id)
            trial_stimuli.append(t["stimulus"])
    roles = dict(zip(trial_keys, split_trials(np.array(trial_subjects), np.array(trial_stimuli), config.val_fraction,
                                              config.seed).tolist(), strict=True))
    labels = np.concatenate([p.label for p in planned])
    ids = np.concatenate([[f"{p.subject_id}/{p.session_id}/{t}" for t in p.trial_id] for p in planned])
    sample_role = np.concatenate([[roles[(p.subject_id, p.session_id, int(t))] for t in p.trial_id] for p in planned])
    check_split({r: np.flatnonzero(sample_role == r) for r in ("train", "val", "test")}, ids, labels)
    return DatasetPlan(sorted(set(labels.tolist())), boxes, planned, roles, masks)


def _region_columns(session: DatasetSession, regions: dict[str, tuple[str, ...]]) -> dict[str, list[int]]:
    """Keypoint columns of each region this session's pose has."""
    cols = {r: [session.keypoint_names.index(n) for n in names if n in session.keypoint_names] for r, names in regions.items()}
    return {r: c for r, c in cols.items() if c}


def _box(points: list[np.ndarray], regions, sessions: list[DatasetSession], margin: float) -> tuple[float, float, float]:
    """The face box covering 99 % (0.5-99.5th percentiles) of the regions' keypoint positions."""
    every = np.concatenate([p.reshape(len(s.keypoints), -1, 2)[:, cols].reshape(-1, 2)
                            for p, s in zip(points, sessions, strict=True)
                            for cols in _region_columns(s, regions).values()])
    every = every[np.isfinite(every).all(1)]
    lo, hi = np.percentile(every, 0.5, axis=0), np.percentile(every, 99.5, axis=0)
    return face_box(np.array([lo, hi]), margin)
