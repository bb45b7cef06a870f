"""Occlusion sensitivity (paper, Fig. S5D-E): one classifier per occluded face region (ear, mouth,
eye, whisker, background; 'none' = nothing occluded) and fold, k-fold cross-validation with all
frames of a trial in one fold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from facevalence.methods.decoding import trial_folds
from facevalence.methods.nets.classifier import train_classifier
from facevalence.methods.nets.dataset import Dataset
from facevalence.methods.nets.training import Checkpoint, SGDConfig, predict
from facevalence.methods.stats import sem, wilcoxon_paired


@dataclass
class RegionAccuracy:
    """Cross-validated accuracy with one region occluded."""

    region: str
    mean_accuracy: float
    sem_accuracy: float
    drop: float  # accuracy with nothing occluded minus this (mean over folds)
    fold_accuracy: list[float]
    area: float  # fraction of the image occluded
    stats: dict  # paired Wilcoxon over folds vs nothing occluded ({} for 'none')


@dataclass
class OcclusionSensitivity:
    """Result of :func:`occlusion_experiment`."""

    n_folds: int
    n_frames: int
    regions: list[RegionAccuracy]


def occlusion_experiment(data: Dataset, masks: dict[str, np.ndarray], *, new_model: Callable[[int], torch.nn.Module],
                         sgd: SGDConfig, n_folds: int, step: int, device: str = "cpu",
                         checkpoints: Callable[[str], Checkpoint | None] = lambda run: None) -> OcclusionSensitivity:
    """Retrain the classifier with each region masked and compare its accuracy (Fig. S5D-E).

    Parameters
    ----------
    data : Dataset
    masks : dict
        Region -> (size, size) bool (the masked pixels get the frame's mean gray).
    new_model : callable
        ``new_model(n_classes)`` -> a fresh network.
    sgd : SGDConfig
        ``sgd.epochs`` per fold; fold ``k`` is seeded ``sgd.seed + k``.
    n_folds : int
        Folds by trial (capped by the trials of the smallest class).
    step : int
        Every ``step``-th frame of the dataset is used.
    device : str
    checkpoints : callable
        ``checkpoints("<region>-<fold>")`` -> that run's Checkpoint (or None).

    Returns
    -------
    OcclusionResult
    """
    use = np.arange(0, len(data.labels), step)
    folds = trial_folds(data.labels[use], data.trials[use], n_folds, sgd.seed)
    accuracy: dict[str, list[float]] = {}
    for region, mask in {"none": None, **masks}.items():
        hidden = None if mask is None else torch.as_tensor(mask)
        for fold, (train, test) in enumerate(folds):
            torch.manual_seed(sgd.seed + fold)
            model = new_model(len(data.classes))
            train_classifier(model, data.frames, data.targets, train_idx=use[train], val_idx=np.array([], int),
                             sgd=sgd.reseeded(sgd.seed + fold), device=device, checkpoint=checkpoints(f"{region}-{fold}"),
                             mask=hidden, desc=f"occlusion {region} fold {fold + 1}/{len(folds)}")
            pred = predict(model, data.frames, use[test], device, mask=hidden)
            accuracy.setdefault(region, []).append(float(np.mean(pred == data.targets[use[test]])))
    base = np.array(accuracy["none"])
    rows = [RegionAccuracy(r, float(np.mean(a)), sem(a), float(base.mean() - np.mean(a)), a,
                           float(masks[r].mean()) if r in masks else 0.0,
                           wilcoxon_paired(base, np.array(a), groups=("none", r)) if r != "none" else {})
            for r, a in accuracy.items()]
    return OcclusionSensitivity(len(folds), len(use), rows)
