"""What the four training tables share: the dataset fetch, the selection's weights, checkpoints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facevalence.config import checkpoint_dir
from facevalence.errors import InputError
from facevalence.io.nwb import session_video, sha256
from facevalence.schemas.deep.dataset import DeepDataset
from facevalence.schemas.deep.params import ModelParams, ModelSelection
from facevalence.schemas.session import Nwbfile, Trial

if TYPE_CHECKING:  # torch is imported when a model is trained, not when the schemas load (a fast CLI)
    from facevalence.io.checkpoints import FileCheckpoint
    from facevalence.methods.nets.dataset import Dataset


def fetch_dataset(key: dict) -> dict:
    """Everything needed to load a DeepDataset row's frames (one fetch: the videos, the frame
    indices and matrices, each trial's role and valence), plus the run's parameters and selection."""
    valence = {(t["subject_id"], t["session_id"], t["trial_id"]): t["valence"]
               for t in (Trial.proj("valence") & (DeepDataset.TrialRole & key)).to_dicts()}
    roles: dict[tuple[str, str], dict] = {}
    for t in (DeepDataset.TrialRole & key).to_dicts():
        roles.setdefault((t["subject_id"], t["session_id"]), {})[t["trial_id"]] = {
            "role": t["role"], "valence": valence[(t["subject_id"], t["session_id"], t["trial_id"])]}
    sessions = []
    for s in (DeepDataset.Session & key).to_dicts(order_by=("subject_id", "session_id")):
        session = {"subject_id": s["subject_id"], "session_id": s["session_id"]}
        sessions.append({**session, "video": str(session_video((Nwbfile & session).fetch1("nwb_path"))[0]),
                         "matrix": s["matrix"], "frame_index": s["frame_index"], "trial_id": s["trial_id"],
                         "label": s["label"], "trials": roles[(s["subject_id"], s["session_id"])]})
    return {"params": (ModelParams & key).fetch1(), "selection": (ModelSelection & key).fetch1(),
            "classes": list((DeepDataset & key).fetch1("classes")), "sessions": sessions}


def dataset_frames(fetched: dict) -> Dataset:
    """The frames of a fetched dataset, decoded from the videos (see :func:`facevalence.io.frames.load_dataset`)."""
    from facevalence.io.frames import load_dataset

    return load_dataset(fetched["sessions"], fetched["classes"], fetched["params"]["image_size"])


def initial_weights(selection: dict) -> tuple[str, str]:
    """(path, description) of a selection's ImageNet weights, checked against the recorded sha256."""
    path = selection["weights"]
    if not path:
        return "", "scratch (no ImageNet weights given)"
    if not Path(path).is_file():
        raise InputError(path, "weights", "the ImageNet checkpoint named in ModelSelection is gone")
    if sha256(path) != selection["weights_sha256"]:
        raise InputError(path, "weights_sha256", "the file changed since it was selected (sha256 differs)")
    return path, f"ImageNet weights {path} (sha256 {selection['weights_sha256'][:12]})"


def model_factory(weights: str) -> Callable:
    """``new_model(n_out)`` for the methods: a ResNet18 from the selection's weights, or scratch."""
    from facevalence.io.weights import network

    return lambda n_out: network(n_out, weights)


def checkpoints(table: str, key: dict, initial: str) -> Callable[[str], FileCheckpoint]:
    """``checkpoints(run)``: the resumable checkpoint of one run of a training row. It must match the
    row's key and its initial weights to be resumed; the folder goes once the row is committed."""
    from facevalence.io.checkpoints import FileCheckpoint

    folder = checkpoint_dir(table, key)
    fingerprint = f"{sorted(key.items())}|{initial}"
    return lambda run: FileCheckpoint(folder / f"{run}.pt", fingerprint)


@dataclass
class Trained:
    """What a training's compute step hands to its insert step."""

    result: Any  # the method's result dataclass
    initial: str  # scratch, or the ImageNet weights and their sha256
    device: str
    weights_file: str = ""  # the trained state_dict, for the <object@> column (in the row's checkpoint folder)


class DatasetTraining:
    """Mixin of the tables that train on one DeepDataset row (classifier, Siamese, occlusion): one row
    per dataset, fetched once with its parameters and selection."""

    @property
    def key_source(self):
        return DeepDataset.proj()

    def make_fetch(self, key):
        return (fetch_dataset(key),)

    def trained(self, key: dict, result, initial: str, device: str) -> Trained:
        """``result`` with its network's weights written to the row's checkpoint folder for the
        ``<object@>`` column (the folder goes once the row is committed)."""
        from facevalence.io.weights import state_file

        return Trained(result, initial, device, state_file(result.model, checkpoint_dir(type(self).__name__, key)))
