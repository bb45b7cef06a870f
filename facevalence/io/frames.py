"""Frames of the deep models' dataset, read from the session videos (one sequential decode per
session) and warped by :func:`facevalence.methods.nets.frames.warp_frame`; no image folder is written."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
from tqdm.auto import tqdm

from facevalence.io.video import iter_gray_frames
from facevalence.methods.nets.dataset import Dataset
from facevalence.methods.nets.frames import warp_frame

#: Frames read in this process, newest last, so the deep tables that one `facevalence train` fills
#: one after another (classifier, Siamese, Grad-CAM, occlusion) decode each session once, not four
#: times. Keyed by the file (path, size, mtime) and the request; bounded in bytes; callers get copies.
_CACHE: OrderedDict[tuple, np.ndarray] = OrderedDict()
CACHE_BYTES = 1 << 30


def _cache_key(video, indices: np.ndarray, matrix: np.ndarray, size: int) -> tuple:
    stat = Path(video).stat()
    request = hashlib.sha256(indices.tobytes() + np.asarray(matrix, np.float64).tobytes()).hexdigest()
    return str(Path(video).resolve()), stat.st_size, stat.st_mtime_ns, request, size


def read_frames(video: str | Path, indices: np.ndarray, matrix: np.ndarray, size: int,
                desc: str | None = None) -> np.ndarray:
    """Frames of a video warped to the network's input (paper, Fig. 1D), in the order given; the file is
    decoded once, sequentially, from its first to its last needed frame.

    Parameters
    ----------
    video : str or Path
    indices : ndarray of int
        Frame indices, any order, repeats allowed.
    matrix : ndarray, shape (2, 3)
        Session pixels -> crop (:func:`facevalence.methods.nets.frames.crop_matrix`).
    size : int
        Output side, px.
    desc : str, optional
        Progress-bar label; ``""`` hides the bar.

    Returns
    -------
    ndarray, shape (len(indices), size, size), uint8

    Raises
    ------
    ValueError
        When the video ends before the last frame asked for.
    """
    indices = np.asarray(indices, int)
    key = _cache_key(video, indices, matrix, size)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key].copy()
    out = _decode(video, indices, matrix, size, desc)
    if out.nbytes <= CACHE_BYTES:
        _CACHE[key] = out.copy()
        while sum(a.nbytes for a in _CACHE.values()) > CACHE_BYTES:
            _CACHE.popitem(last=False)
    return out


def _decode(video, indices: np.ndarray, matrix: np.ndarray, size: int, desc: str | None) -> np.ndarray:
    out = np.empty((len(indices), size, size), np.uint8)
    if not len(indices):
        return out
    order = np.argsort(indices, kind="stable")
    wanted = indices[order]
    k = 0
    bar = tqdm(total=len(indices), desc=desc or f"frames {Path(video).name}", unit="frame", leave=False, disable=desc == "")
    for index, frame in iter_gray_frames(video, int(wanted[0]), int(wanted[-1]) + 1):
        if k < len(wanted) and wanted[k] == index:
            warped = warp_frame(frame, matrix, size)
        while k < len(wanted) and wanted[k] == index:
            out[order[k]] = warped
            k += 1
            bar.update()
    bar.close()
    if k < len(wanted):
        raise ValueError(f"{video}: the video ends before frame {int(wanted[k])}")
    return out


def load_dataset(sessions: list[dict], classes: list[str], size: int) -> Dataset:
    """The frames of a planned dataset with their labels, trials, subjects, roles and valences (paper,
    Fig. 1D-E).

    Parameters
    ----------
    sessions : list of dict
        One per session, as a DeepDataset fetch gives it: ``subject_id``, ``session_id``, ``video``
        (path), ``matrix``, ``frame_index``, ``trial_id``, ``label``, and ``trials``: trial_id ->
        ``{"role", "valence"}``.
    classes : list of str
    size : int
        Image side, px.

    Returns
    -------
    Dataset
    """
    frames, labels, trials, subjects, roles, valences = [], [], [], [], [], []
    for s in sessions:
        frames.append(read_frames(s["video"], np.asarray(s["frame_index"]), np.asarray(s["matrix"]), size,
                                  desc=f"frames {s['subject_id']}/{s['session_id']}"))
        for trial, label in zip(np.asarray(s["trial_id"]).tolist(), s["label"], strict=True):
            labels.append(label)
            trials.append(f"{s['subject_id']}/{s['session_id']}/{trial}")
            subjects.append(s["subject_id"])
            roles.append(s["trials"][trial]["role"])
            valences.append(s["trials"][trial]["valence"])
    return Dataset(torch.as_tensor(np.concatenate(frames)), list(classes), np.array(labels), np.array(trials),
                   np.array(subjects), np.array(roles), np.array(valences))
