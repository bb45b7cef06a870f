"""A lab's own DeepLabCut 3 project (config.yaml + a trained PyTorch snapshot) for ``facevalence
track``: the project's files are found and checked here without DeepLabCut, which is imported only
to run the network (the optional ``[dlc]`` extra)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from facevalence.errors import InputError
from facevalence.io.dlc import write_dlc

#: What to install when DeepLabCut is missing (one line, printed by the CLI).
INSTALL_HINT = ("facevalence track runs DeepLabCut, which is not installed: pip install 'facevalence[dlc]' "
                "(DeepLabCut 3 with its own PyTorch; on a GPU machine install the CUDA build of torch it names)")


class MissingExtra(RuntimeError):
    """An optional dependency is not installed; ``str(err)`` says how to install it, in one line."""


@dataclass(frozen=True)
class DLCModel:
    """A trained single-animal DeepLabCut model: the files that define it and their checksums.

    ``scorer`` is the name DeepLabCut gives its output (``DLC_<Net>_<Task><date>shuffle<n>_snapshot_<id>``),
    so that files written by ``facevalence track`` and by ``deeplabcut.analyze_videos`` are named alike.
    """

    config: Path
    model_config: Path
    snapshot: Path
    bodyparts: tuple[str, ...]
    net_type: str
    scorer: str
    sha256: dict[str, str]

    def provenance(self) -> dict:
        """What the pose's lineage records: the files with their checksums, the network and scorer."""
        return {"config": str(self.config), "model_config": str(self.model_config), "snapshot": str(self.snapshot),
                "net_type": self.net_type, "scorer": self.scorer, "bodyparts": list(self.bodyparts), "sha256": self.sha256}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text())
    except FileNotFoundError:
        raise InputError(path, "file", "does not exist") from None
    except yaml.YAMLError as err:
        raise InputError(path, "file", f"not YAML: {err}") from None
    if not isinstance(data, dict):
        raise InputError(path, "file", "not a YAML mapping")
    return data


def _snapshot_number(path: Path) -> tuple[int, int]:
    """Sort key of DeepLabCut 3 snapshots: the epoch number, and 'best' after the numbered ones (its
    manager lists the best snapshot last, and snapshotindex -1 picks it)."""
    match = re.fullmatch(r"snapshot-(best-)?(\d+)", path.stem)
    return (1 if match.group(1) else 0, int(match.group(2))) if match else (-1, -1)


def read_dlc_project(config: str | Path, shuffle: int = 1, trainingsetindex: int = 0,
                     snapshot: str | Path | None = None) -> DLCModel:
    """Find and check a DeepLabCut 3 (PyTorch) project's trained model.

    The model folder is the one DeepLabCut makes next to ``config.yaml``:
    ``dlc-models-pytorch/iteration-<i>/<Task><date>-trainset<pct>shuffle<n>/train/`` with its
    ``pytorch_config.yaml`` and ``snapshot-*.pt`` files; the project's ``project_path`` field is not
    used, because projects are often moved between machines.

    Parameters
    ----------
    config : str or Path
        The project's ``config.yaml``.
    shuffle, trainingsetindex : int
        Which trained shuffle, and which of the project's ``TrainingFraction`` values.
    snapshot : str or Path, optional
        A snapshot file; default the best one, else the one of the last epoch (DeepLabCut's
        ``snapshotindex: -1``).

    Returns
    -------
    DLCModel

    Raises
    ------
    InputError
        Naming the file and the field: a missing key, a multi-animal or top-down project (the face
        tracking of the paper is single-animal and bottom-up), or no snapshot.
    """
    config = Path(config).resolve()
    cfg = _yaml(config)
    for field in ("Task", "date", "TrainingFraction", "iteration"):
        if field not in cfg:
            raise InputError(config, field, "missing: not a DeepLabCut project configuration")
    if cfg.get("multianimalproject"):
        raise InputError(config, "multianimalproject", "a multi-animal project; facevalence tracks one face per video")
    bodyparts = cfg.get("bodyparts")
    if not isinstance(bodyparts, list) or not bodyparts or not all(isinstance(b, str) for b in bodyparts):
        raise InputError(config, "bodyparts", "must be a non-empty list of keypoint names")
    fractions = cfg["TrainingFraction"] if isinstance(cfg["TrainingFraction"], list) else [cfg["TrainingFraction"]]
    if not 0 <= trainingsetindex < len(fractions):
        raise InputError(config, "TrainingFraction", f"has {len(fractions)} value(s); trainingsetindex {trainingsetindex} "
                         "is out of range")
    percent = int(round(100 * float(fractions[trainingsetindex])))
    name = f"{cfg['Task']}{cfg['date']}-trainset{percent}shuffle{shuffle}"
    train = config.parent / "dlc-models-pytorch" / f"iteration-{cfg['iteration']}" / name / "train"
    model_config = train / "pytorch_config.yaml"
    if not model_config.is_file():
        raise InputError(config, "shuffle", f"no trained PyTorch model for shuffle {shuffle}: {model_config} is missing "
                         "(train it with deeplabcut.train_network, engine pytorch)")
    model_cfg = _yaml(model_config)
    method = str(model_cfg.get("method", "bu")).lower()
    if method not in ("bu", "bottom-up", "bottom_up"):
        raise InputError(model_config, "method", f"{method!r}: a top-down model needs a detector; facevalence runs "
                         "single-animal bottom-up models")
    if snapshot is not None:
        snapshot = Path(snapshot).resolve()
        if not snapshot.is_file():
            raise InputError(snapshot, "file", "does not exist")
    else:
        found = sorted((p for p in train.glob("snapshot-*.pt") if _snapshot_number(p)[1] >= 0), key=_snapshot_number)
        if not found:
            raise InputError(model_config, "snapshot", f"no snapshot-*.pt next to it in {train}: the model is not trained")
        snapshot = found[-1]
    net_type = str(model_cfg.get("net_type", "resnet_50"))
    uid = snapshot.stem.removeprefix("snapshot-")
    scorer = f"DLC_{''.join(p.capitalize() for p in net_type.split('_'))}_{cfg['Task']}{cfg['date']}shuffle{shuffle}_snapshot_{uid}"
    return DLCModel(config, model_config, snapshot, tuple(bodyparts), net_type, scorer,
                    {p.name: _sha256(p) for p in (config, model_config, snapshot)})


def deeplabcut_version() -> str:
    """The installed DeepLabCut's version (recorded with each pose it makes, paper, Methods "Keypoint
    tracking").

    Returns
    -------
    str

    Raises
    ------
    MissingExtra
        When DeepLabCut is not installed, with the install line.
    """
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("deeplabcut")
    except PackageNotFoundError:
        raise MissingExtra(INSTALL_HINT) from None


def load_predictor(model: DLCModel, device: str = "auto", batch: int = 8) -> Callable[[list[np.ndarray]], np.ndarray]:
    """DeepLabCut's own inference runner for ``model``, as ``frames (RGB uint8) -> (n, keypoints, 3)``.

    Only this function imports DeepLabCut (``pip install 'facevalence[dlc]'``), whose pose network
    the paper ran on every frame (Methods "Keypoint tracking").

    Parameters
    ----------
    model : DLCModel
    device : str
        ``auto`` (CUDA when torch sees a GPU), ``cpu``, ``cuda`` or ``cuda:N``.
    batch : int
        Frames per network call.

    Returns
    -------
    callable
        ``list of frames -> ndarray (frames, keypoints, 3)``: x, y and likelihood.

    Raises
    ------
    MissingExtra
        Naming the install command, when DeepLabCut is missing or fails to import.
    """
    deeplabcut_version()
    try:
        from deeplabcut.core.config import read_config_as_dict
        from deeplabcut.pose_estimation_pytorch.apis.utils import get_pose_inference_runner
    except ImportError as err:  # installed but broken, e.g. against another torch build
        raise MissingExtra(f"{INSTALL_HINT}; importing it failed: {type(err).__name__}: {err}") from None
    if device == "auto":
        import torch

        device = "cuda" if torch.cuda.is_available() else "cpu"
    runner = get_pose_inference_runner(model_config=read_config_as_dict(str(model.model_config)),
                                       snapshot_path=str(model.snapshot), batch_size=batch, device=device,
                                       max_individuals=1)

    def predict(frames: list[np.ndarray]) -> np.ndarray:
        # one dict per image; "bodyparts" is (individuals, keypoints, 3): x, y, likelihood
        return np.stack([np.asarray(p["bodyparts"])[0] for p in runner.inference(frames)])

    return predict


def track_video(video: str | Path, model: DLCModel, predict: Callable[[list[np.ndarray]], np.ndarray], out: str | Path,
                batch: int = 8, progress: bool = True, dlc_version: str = "") -> Path:
    """Track the face keypoints of every frame of ``video`` with ``model`` and write DeepLabCut's
    .h5 to ``out`` (the file the converter reads as ``files.pose``), with the model's files,
    checksums and DeepLabCut's version stored in it.

    ``predict`` is the network call (:func:`load_predictor`); nothing is written when it fails
    (paper, Methods "Keypoint tracking").

    Parameters
    ----------
    video : str or Path
    model : DLCModel
    predict : callable
        ``list of RGB frames -> (frames, keypoints, 3)``.
    out : str or Path
        The .h5 to write.
    batch : int
    progress : bool
        A progress bar over the frames.
    dlc_version : str
        Recorded in the file.

    Returns
    -------
    Path
        ``out``.
    """
    from tqdm import tqdm

    from facevalence.io.video import iter_rgb_frames, probe_video
    from facevalence.methods.tracking import track_frames

    info = probe_video(video)
    with tqdm(total=info.n_frames or None, desc=f"track {Path(video).name}", unit="frame", disable=not progress) as bar:
        pose = track_frames(iter_rgb_frames(video), predict, len(model.bodyparts), batch=batch, on_batch=bar.update)
    if len(pose.xy) == 0:
        raise InputError(video, "frames", "no frame could be decoded")
    record = {**model.provenance(), "video": str(Path(video).resolve()), "frames": len(pose.xy), "deeplabcut": dlc_version}
    return write_dlc(out, model.scorer, model.bodyparts, pose.xy, pose.likelihood, provenance=record)
