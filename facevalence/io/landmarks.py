"""Hand-placed registration landmarks: a small YAML file per session (alternative to DLC).

The paper co-registers faces across mice from six landmarks placed on a neutral frame
(Methods; Fig. S3A). A lab without DeepLabCut places them by hand (any image viewer that shows
pixel coordinates will do) and writes::

    time_s: 42.0                 # session-clock time of the neutral frame the points were placed on
    points:                      # pixel coordinates (x = column, y = row) in the video frame
      nose_tip: [31.5, 148.0]
      eye_inner_corner: [108.0, 119.5]
      eye_outer_corner: [139.0, 113.0]
      lower_lip: [70.5, 177.0]
      cheek: [55.0, 151.0]
      pinna_edge: [201.0, 61.0]

When a session has both, the hand-placed landmarks are used for registration.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from facevalence.errors import InputError
from facevalence.methods.keypoints import LANDMARKS


@dataclass(frozen=True)
class Landmarks:
    path: Path
    time_s: float
    roles: tuple[str, ...]  # LANDMARKS order
    points: np.ndarray  # (6, 2) x, y in video pixels


def read_landmarks(path: str | Path, image_size: tuple[int, int] | None = None,
                   time_range: tuple[float, float] | None = None) -> Landmarks:
    """Read and check a landmark YAML file: the six registration landmarks on a neutral frame (paper,
    Methods "Registration").

    Parameters
    ----------
    path : str or Path
        ``time_s`` (the neutral frame, session clock) and ``points`` (landmark -> [x, y] px).
    image_size : (width, height), optional
        The video's frame size; every point must lie inside it.
    time_range : (start, stop), optional
        The video's span on the session clock; ``time_s`` must lie inside it.

    Returns
    -------
    Landmarks

    Raises
    ------
    InputError
        One line naming the file and the field (``landmarks.yaml: points.cheek: ...``).
    """
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as err:
        raise InputError(path, "file", f"not a readable YAML file: {err}") from None
    if not isinstance(data, dict):
        raise InputError(path, "document", "must be a mapping with time_s and points")
    time_s = data.get("time_s")
    if not isinstance(time_s, (int, float)) or isinstance(time_s, bool) or not math.isfinite(time_s):
        raise InputError(path, "time_s", f"must be the time (s) of the neutral frame, got {time_s!r}")
    if time_range is not None and not time_range[0] <= time_s < time_range[1]:
        raise InputError(path, "time_s", f"{time_s:g} s lies outside the video ({time_range[0]:.3f}-{time_range[1]:.3f} s)")
    points = data.get("points")
    if not isinstance(points, dict):
        raise InputError(path, "points", f"must map each of {', '.join(LANDMARKS)} to [x, y]")
    unknown = sorted(set(points) - set(LANDMARKS))
    if unknown:
        raise InputError(path, f"points.{unknown[0]}", f"unknown landmark; expected {', '.join(LANDMARKS)}")
    xy = []
    for role in LANDMARKS:
        value = points.get(role)
        if value is None:
            raise InputError(path, f"points.{role}", "missing")
        ok = (isinstance(value, list) and len(value) == 2
              and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value))
        if not ok:
            raise InputError(path, f"points.{role}", f"must be [x, y] in pixels, got {value!r}")
        if image_size is not None and not (0 <= value[0] < image_size[0] and 0 <= value[1] < image_size[1]):
            raise InputError(path, f"points.{role}", f"{value} lies outside the {image_size[0]}x{image_size[1]} video frame")
        xy.append([float(value[0]), float(value[1])])
    return Landmarks(path, float(time_s), tuple(LANDMARKS), np.asarray(xy))


def write_landmarks(path: str | Path, time_s: float, points: dict[str, tuple[float, float]],
                    decimals: int | None = 2) -> Path:
    """Write a landmark YAML file that :func:`read_landmarks` reads (used by the demo generator and
    the live recorder; labs write theirs by hand).

    Parameters
    ----------
    path : str or Path
    time_s : float
        Time of the neutral frame, s.
    points : dict
        Landmark -> (x, y) px, for every landmark of ``LANDMARKS``.
    decimals : int or None
        Rounding of the coordinates (None: every digit, so a computed registration reads back exactly).

    Returns
    -------
    Path
    """
    path = Path(path)
    def rounded(value: float, digits: int | None) -> float:
        return float(value) if digits is None else round(float(value), digits)

    body = {"time_s": rounded(time_s, None if decimals is None else 4),
            "points": {role: [rounded(points[role][0], decimals), rounded(points[role][1], decimals)] for role in LANDMARKS}}
    path.write_text(yaml.safe_dump(body, sort_keys=False))
    return path
