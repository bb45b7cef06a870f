"""Where facevalence keeps its files and how it names things: the data dir, the schema prefix,
the object store's name, the checkpoint folder and the torch device.

The bottom layer: it imports nothing of the package, so every layer above may read it (the
connection itself lives in :mod:`facevalence.db`).

- ``$FACEVALENCE_DATA_DIR`` (else the platform's user data dir): embedded database, object store,
  checkpoints, demo data.
- ``$FACEVALENCE_PREFIX`` (``facevalence``): schemas are ``<prefix>_session``, ``<prefix>_face`` ...
- ``$FACEVALENCE_DEVICE`` (``cpu``): torch device of the deep-model trainings (``facevalence train
  --device`` sets it; GPU workers set it in their environment).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: Name of the object store that bulky arrays (HOG, per-frame scores, weights) go to.
STORE = "facevalence"


def data_dir() -> Path:
    """The data dir (created when missing)."""
    path = Path(os.environ.get("FACEVALENCE_DATA_DIR") or platformdirs.user_data_dir("facevalence"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def schema_prefix() -> str:
    """Prefix of every facevalence schema name."""
    return os.environ.get("FACEVALENCE_PREFIX", "facevalence")


def torch_device() -> str:
    """Torch device for the deep-model trainings: ``$FACEVALENCE_DEVICE``, else ``cpu``."""
    return os.environ.get("FACEVALENCE_DEVICE", "cpu")


def checkpoint_dir(table: str, key: dict) -> Path:
    """Folder of the resumable training checkpoints (and temporary weight files) of one row of
    ``table``: ``<data dir>/checkpoints/<prefix>/<table>/<key values>``. Removed once the row is
    committed."""
    name = "_".join(str(key[k]) for k in sorted(key))
    return data_dir() / "checkpoints" / schema_prefix() / table / name


#: The thread pools a worker process sizes through its environment (OpenMP/torch, MKL, numba, OpenCV).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS", "OPENCV_FOR_THREADS_NUM")


def compute_threads() -> int:
    """Threads one process should compute with: ``NUMBA_NUM_THREADS`` when set (a worker's share, see
    :func:`share_of_cores`), else the cores this process may run on."""
    try:
        return max(1, int(os.environ["NUMBA_NUM_THREADS"]))
    except (KeyError, ValueError):
        return len(os.sched_getaffinity(0))


def share_of_cores(processes: int) -> dict[str, str]:
    """Environment for one of ``processes`` processes sharing this machine's cores: each thread
    variable set to cores // processes (at least 1), unless the environment already sets it."""
    threads = str(max(1, len(os.sched_getaffinity(0)) // processes))
    return {name: os.environ.get(name, threads) for name in THREAD_VARIABLES}
