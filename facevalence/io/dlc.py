"""DeepLabCut output files (.h5 written by pandas, .csv with 3 or 4 header rows)."""

from __future__ import annotations

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
