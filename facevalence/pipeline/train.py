"""``facevalence train``: select a deep-model run and compute it (and the rows it needs)."""

from __future__ import annotations

from pathlib import Path

from facevalence.errors import InputError


def check_device(name: str) -> str:
    """The torch device name, refused in one line when this machine does not have it."""
    import torch

    if name.startswith("cuda") and not torch.cuda.is_available():
        raise InputError(None, "--device", f"{name} requested but torch sees no CUDA GPU (torch {torch.__version__})")
    if name == "mps" and not torch.backends.mps.is_available():
        raise InputError(None, "--device", "mps requested but this machine has no Apple GPU")
    if name not in ("cpu", "mps") and not name.startswith("cuda"):
        raise InputError(None, "--device", f"unknown device {name!r} (cpu, cuda, cuda:N or mps)")
    return name


def select(paramset: int, weights: Path | None = None, proto_id: str | None = None, reg_paramset: int = 0,
           cohort: str = "all") -> dict:
    """Insert (or find) the ModelSelection row (the models train on the sessions of ``cohort``); a
    weights file is loaded into a ResNet18 first so a wrong architecture is refused before anything
    is inserted or trained."""
    from facevalence.io.nwb import sha256
    from facevalence.io.weights import load_weights
    from facevalence.methods.nets.resnet import ResNet18
    from facevalence.schemas.deep import ModelParams, ModelSelection
    from facevalence.schemas.face import PrototypeMouse

    if not ModelParams & {"model_paramset": paramset}:
        known = ", ".join(str(k) for k in ModelParams.to_arrays("model_paramset"))
        raise InputError(None, "--paramset", f"no model parameter set {paramset} (known: {known})")
    protos = list(PrototypeMouse.to_arrays("proto_id"))
    if proto_id is None:
        if len(protos) != 1:
            raise InputError(None, "--proto-id", f"name the prototype mouse whose face is the template (ingested: {protos or 'none'})")
        proto_id = protos[0]
    elif proto_id not in protos:
        raise InputError(None, "--proto-id", f"{proto_id!r} is not an ingested prototype mouse ({protos or 'none'})")
    from facevalence.pipeline.cohorts import sync_cohorts
    from facevalence.schemas.session import Cohort

    sync_cohorts()
    if not Cohort & {"cohort": cohort}:
        raise InputError(None, "--cohort", f"no cohort {cohort!r} (known: {', '.join(Cohort.to_arrays('cohort'))})")
    key = {"model_paramset": paramset, "proto_id": proto_id, "reg_paramset": reg_paramset, "cohort": cohort}
    row = {**key, "weights": "", "weights_sha256": ""}
    if weights is not None:
        weights = Path(weights).resolve()
        load_weights(ResNet18(6), weights)  # raises InputError naming the file and the tensor
        row.update(weights=str(weights), weights_sha256=sha256(weights))
    existing = (ModelSelection & key).to_dicts()
    if existing and existing[0]["weights"] != row["weights"]:
        raise InputError(weights, "weights", f"model run {key} was already selected with "
                                             f"{existing[0]['weights'] or 'no weights'}; delete its results first")
    if not existing:
        ModelSelection.insert1(row)
    return key


def train(key: dict, display_progress: bool = True) -> dict[str, list]:
    """Populate the rows the deep models need (registration, pose features) and then the deep
    tables for ``key``; returns errors per table."""
    from facevalence.schemas.deep import (
        ClassifierTraining,
        DeepDataset,
        GradCAMMap,
        OcclusionResult,
        SiameseTraining,
    )
    from facevalence.schemas.face import Registration
    from facevalence.schemas.kinematics import FaceFeatures

    errors = {}
    for table in (Registration, FaceFeatures):
        errors[table.__name__] = table.populate(display_progress=display_progress, suppress_errors=True)["error_list"]
    for table in (DeepDataset, ClassifierTraining, SiameseTraining, GradCAMMap, OcclusionResult):
        errors[table.__name__] = table.populate(key, display_progress=display_progress, suppress_errors=True)["error_list"]
    return {t: e for t, e in errors.items() if e}


def summary(key: dict) -> list[str]:
    """A few lines on the trained models of ``key``: accuracies, distances, Grad-CAM, occlusion."""
    from facevalence.schemas.deep import ClassifierTraining, GradCAMMap, OcclusionResult, SiameseTraining

    lines = []
    for r in (ClassifierTraining & key).to_dicts():
        cross = f", cross-mouse ({r['held_out_mouse']} held out) {r['cross_mouse']:.2f}" if r["cross_mouse"] is not None else ""
        lines.append(f"classifier ({r['initial']}, {r['device']}, {r['images_per_s']:.0f} img/s): test accuracy "
                     f"{r['test_accuracy']:.2f} vs shuffled labels {r['shuffled_accuracy']:.2f} (chance {r['chance']:.2f}){cross}; "
                     f"Welch t per mouse p = {r['stats']['p']:.3g}")
    for r in (SiameseTraining & key).to_dicts():
        s = r["stats"]["real"]
        lines.append(f"siamese (test mice {', '.join(r['test_mice'])}): distance dissimilar {s['mean_dissimilar']:.2f} vs similar "
                     f"{s['mean_similar']:.2f} (Welch p = {s['p']:.3g}; shuffled pairs p = {r['stats']['shuffled_pairs']['p']:.3g})")
    for r in (GradCAMMap & key).to_dicts():
        lines.append(f"grad-cam {r['cam_model']}: {r['animated_share']:.0%} of the map on ears + mouth "
                     f"(x{r['animated_enrichment']:.2f} their area), {r['background_share']:.0%} on the background "
                     f"(x{r['background_enrichment']:.2f})")
    for r in (OcclusionResult.Region & key).to_dicts(order_by="region"):
        lines.append(f"occlusion {r['region']:10s}: accuracy {r['mean_accuracy']:.2f} +- {r['sem_accuracy']:.2f} (drop {r['drop']:+.2f})")
    return lines
