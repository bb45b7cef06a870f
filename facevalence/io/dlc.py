"""DeepLabCut output files (.h5 written by pandas, .csv with 3 or 4 header rows)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from facevalence.errors import InputError


@dataclass(frozen=True)
class DLCPose:
    """Single-animal pose: ``xy`` (frames, keypoints, 2) in pixels, ``likelihood`` (frames, keypoints)."""

    scorer: str
    bodyparts: tuple[str, ...]
    xy: np.ndarray
    likelihood: np.ndarray
    path: Path

    @property
    def n_frames(self) -> int:
        return self.xy.shape[0]


def read_dlc(path: str | Path, individual: str | None = None) -> DLCPose:
    """Read a DeepLabCut result table (.h5 or .csv) into arrays (paper, Methods "Keypoint tracking").

    Multi-animal files (an ``individuals`` column level) need ``individual``; labelled-data files
    without likelihood columns get likelihood 1 where a label exists and 0 where not.

    Parameters
    ----------
    path : str or Path
        The DeepLabCut output.
    individual : str, optional
        Which animal of a multi-animal file.

    Returns
    -------
    DLCPose
        Scorer, bodyparts, ``xy`` (frames, keypoints, 2) and ``likelihood`` (frames, keypoints).

    Raises
    ------
    InputError
        Naming the file and the field (suffix, columns, individuals, coords, values).
    """
    path = Path(path)
    try:
        if path.suffix.lower() == ".h5":
            frame = pd.read_hdf(path)
        elif path.suffix.lower() == ".csv":
            head = pd.read_csv(path, header=None, nrows=4, index_col=0)
            levels = 4 if str(head.index[1]).lower() == "individuals" else 3
            frame = pd.read_csv(path, header=list(range(levels)), index_col=0)
        else:
            raise InputError(path, "suffix", "DeepLabCut output must be .h5 or .csv")
    except InputError:
        raise
    except Exception as err:  # pandas/pytables raise many types for a broken file
        raise InputError(path, "file", f"not a DeepLabCut table: {type(err).__name__}: {err}") from None
    if not isinstance(frame, pd.DataFrame) or not isinstance(frame.columns, pd.MultiIndex):
        raise InputError(path, "columns", "expected DeepLabCut's scorer/bodyparts/coords column header")
    names = [n or "" for n in frame.columns.names]
    if "individuals" in names:
        available = list(dict.fromkeys(frame.columns.get_level_values("individuals")))
        if individual is None:
            if len(available) != 1:
                raise InputError(path, "individuals", f"multi-animal file: choose one of {available}")
            individual = available[0]
        if individual not in available:
            raise InputError(path, "individuals", f"{individual!r} not in {available}")
        frame = frame.xs(individual, axis=1, level="individuals")
        names = [n for n in names if n != "individuals"]
    if frame.columns.nlevels != 3:
        raise InputError(path, "columns", f"expected 3 header levels (scorer, bodyparts, coords), got {frame.columns.nlevels}")
    frame.columns = frame.columns.set_names(["scorer", "bodyparts", "coords"])
    scorer = str(frame.columns.get_level_values("scorer")[0])
    bodyparts = tuple(dict.fromkeys(frame.columns.get_level_values("bodyparts")))
    coords = set(frame.columns.get_level_values("coords"))
    if not {"x", "y"} <= coords:
        raise InputError(path, "coords", f"need x and y columns, found {sorted(coords)}")
    frame = frame.droplevel("scorer", axis=1)
    try:
        values = frame.apply(pd.to_numeric, errors="raise")
    except (ValueError, TypeError) as err:
        raise InputError(path, "values", f"non-numeric entry: {err}") from None
    xy = np.stack([values.loc[:, (list(bodyparts), c)].to_numpy(float) for c in ("x", "y")], axis=-1)
    if "likelihood" in coords:
        likelihood = values.loc[:, (list(bodyparts), "likelihood")].to_numpy(float)
    else:
        likelihood = np.isfinite(xy).all(axis=-1).astype(float)
    return DLCPose(scorer=scorer, bodyparts=bodyparts, xy=xy, likelihood=likelihood, path=path)


def require_bodyparts(pose: DLCPose, required: list[str] | tuple[str, ...]) -> None:
    """Refuse a pose that lacks keypoints a method needs (paper, Methods "Registration": the landmarks).

    Parameters
    ----------
    pose : DLCPose
    required : sequence of str
        Keypoint names that must be present.

    Returns
    -------
    None

    Raises
    ------
    InputError
        One line naming the file and the first missing keypoints.
    """
    missing = [b for b in required if b not in pose.bodyparts]
    if missing:
        shown = ", ".join(missing[:5]) + (f" (+{len(missing) - 5} more)" if len(missing) > 5 else "")
        raise InputError(pose.path, "bodyparts", f"missing required keypoints: {shown}")


#: The HDF5 key DeepLabCut writes its single-animal tables under.
DLC_KEY = "df_with_missing"
#: Attribute of that table where ``facevalence track`` records the model that made the pose.
PROVENANCE_ATTR = "facevalence_track"


def write_dlc(path: str | Path, scorer: str, bodyparts: tuple[str, ...] | list[str], xy: np.ndarray,
              likelihood: np.ndarray, provenance: dict | None = None) -> Path:
    """Write a pose as DeepLabCut writes it (.h5, key ``df_with_missing``, columns scorer / bodyparts /
    coords), so that :func:`read_dlc`, NeuroConv and DeepLabCut's own tools read it.

    The file appears whole or not at all (written beside it, then renamed). ``provenance`` (the
    model's files and checksums) is stored as a JSON attribute of the table (paper, Methods
    "Keypoint tracking").

    Parameters
    ----------
    path : str or Path
        The .h5 file to write.
    scorer : str
        DeepLabCut's scorer name (the first header level).
    bodyparts : sequence of str
    xy : ndarray, shape (frames, keypoints, 2)
        Pixels.
    likelihood : ndarray, shape (frames, keypoints)
    provenance : dict, optional
        The model record (:meth:`facevalence.io.dlc_project.DLCModel.provenance` and more).

    Returns
    -------
    Path
        ``path``.
    """
    path = Path(path)
    columns = pd.MultiIndex.from_product([[scorer], list(bodyparts), ["x", "y", "likelihood"]],
                                         names=["scorer", "bodyparts", "coords"])
    values = np.concatenate([xy, likelihood[..., None]], axis=-1).reshape(len(xy), -1)
    frame = pd.DataFrame(values, columns=columns)
    partial = path.with_name(f".{path.name}.partial")
    try:
        frame.to_hdf(partial, key=DLC_KEY, format="table", mode="w")
        if provenance is not None:
            with pd.HDFStore(partial, "a") as store:
                setattr(store.get_storer(DLC_KEY).attrs, PROVENANCE_ATTR, json.dumps(provenance, sort_keys=True))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def read_provenance(path: str | Path) -> dict | None:
    """The model record ``facevalence track`` stored in a pose file (paper, Methods "Keypoint tracking").

    Parameters
    ----------
    path : str or Path
        A DeepLabCut .h5 (or .csv) file.

    Returns
    -------
    dict or None
        The record written by :func:`write_dlc`; None when another tool wrote the file.
    """
    path = Path(path)
    if path.suffix.lower() != ".h5":
        return None
    try:
        with pd.HDFStore(path, "r") as store:
            storer = store.get_storer(DLC_KEY) if f"/{DLC_KEY}" in store.keys() else None
            text = getattr(storer.attrs, PROVENANCE_ATTR, None) if storer is not None else None
    except Exception:  # not an HDF5 table pandas wrote: read_dlc names the problem
        return None
    return json.loads(text) if text else None
