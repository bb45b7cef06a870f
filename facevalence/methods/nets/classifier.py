"""The ResNet18 stimulus classifier (paper, Fig. 1D-E, S2): stimuli + neutral from single frames,
trained on the trial-level split, with a shuffled-label control and a cross-mouse test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F

from facevalence.methods.nets.dataset import Dataset
from facevalence.methods.nets.splits import check_split
from facevalence.methods.nets.training import (
    Checkpoint,
    SGDConfig,
    TrainResult,
    as_input,
    confusion_matrix,
    fit,
    index_batches,
    predict,
    recalibrate_batch_norm,
)
from facevalence.methods.stats import welch_t


def train_classifier(model: torch.nn.Module, frames: torch.Tensor, targets: np.ndarray, *, train_idx: np.ndarray,
                     val_idx: np.ndarray, sgd: SGDConfig, device: str = "cpu", checkpoint: Checkpoint | None = None,
                     mask: torch.Tensor | None = None, desc: str = "classifier") -> TrainResult:
    """Cross-entropy training of the stimulus classifier on augmented frames (Fig. 1D).

    Parameters
    ----------
    model : torch.nn.Module
        A ResNet18 with one output per class.
    frames : torch.Tensor
        (n, h, w) uint8 frames of the whole dataset.
    targets : np.ndarray
        Class index per frame.
    train_idx, val_idx : np.ndarray
        Frames to train on and to report validation accuracy on after each epoch.
    sgd : SGDConfig
    device : str
    checkpoint : Checkpoint, optional
        Resume from / save to after every epoch.
    mask : torch.Tensor, optional
        (h, w) bool pixels hidden from the network (occlusion, Fig. S5D-E).
    desc : str

    Returns
    -------
    TrainResult
        The model is trained in place, its batch-norm statistics re-estimated on the training frames.
    """
    y = torch.as_tensor(np.asarray(targets, np.int64))
    model.to(device)

    def step(batch_idx, gen):
        x = as_input(frames[batch_idx].to(device), gen, augment=True, mask=mask)
        logits = model(x)
        yb = y[batch_idx].to(device)
        return F.cross_entropy(logits, yb), {"acc": float((logits.argmax(1) == yb).float().mean())}

    def evaluate():
        if not len(val_idx):
            return {}
        recalibrate_batch_norm(model, frames, np.asarray(train_idx)[:512], device, mask=mask)
        pred = predict(model, frames, val_idx, device, mask=mask)
        return {"val_acc": float(np.mean(pred == np.asarray(targets)[val_idx]))}

    result = fit(model, step, index_batches(train_idx, sgd.batch), sgd=sgd, checkpoint=checkpoint, desc=desc,
                 evaluate=evaluate)
    recalibrate_batch_norm(model, frames, train_idx, device, mask=mask)
    return result


@dataclass
class ClassifierRun:
    """One trained classifier's test."""

    accuracy: float  # frame-wise, on the run's test frames
    n_test: int
    confusion: np.ndarray  # (classes x classes), rows = truth
    per_mouse: dict[str, tuple[float, int]]  # subject -> (accuracy, test frames)
    training: TrainResult


@dataclass
class ClassifierResult:
    """Result of :func:`classifier_experiment`."""

    runs: dict[str, ClassifierRun]  # real | shuffled | cross-mouse
    held_out_mouse: str  # '' when there are too few mice for the cross-mouse test
    stats: dict  # Welch t of per-mouse test accuracy, real vs shuffled
    chance: float
    model: torch.nn.Module = field(repr=False)  # the real run's network

    @property
    def train_seconds(self) -> float:
        return sum(r.training.seconds for r in self.runs.values())


def per_mouse_accuracy(subjects: np.ndarray, correct: np.ndarray) -> dict[str, tuple[float, int]]:
    """Accuracy and number of test frames of each mouse (paper, Fig. S2: one point per mouse).

    Parameters
    ----------
    subjects : ndarray, shape (frames,)
        Mouse of each test frame.
    correct : ndarray of bool, shape (frames,)
        Whether the frame was classified correctly.

    Returns
    -------
    dict of str to (float, int)
        Mouse -> (accuracy, frames).
    """
    return {s: (float(correct[subjects == s].mean()), int((subjects == s).sum())) for s in np.unique(subjects)}


def classifier_experiment(data: Dataset, *, new_model: Callable[[int], torch.nn.Module], sgd: SGDConfig,
                          device: str = "cpu",
                          checkpoints: Callable[[str], Checkpoint | None] = lambda run: None) -> ClassifierResult:
    """The paper's classifier and its two controls on one dataset (Fig. 1D-E, S2).

    - **real**: trained on the train trials, tested on the held-out test trials;
    - **shuffled**: the same split and schedule with the training labels permuted (chance level);
    - **cross-mouse**: the last mouse held out entirely, trained on the other mice's train + test
      trials (only with more than 2 mice).

    Parameters
    ----------
    data : Dataset
    new_model : callable
        ``new_model(n_classes)`` -> a fresh network (ImageNet weights or scratch), called after
        ``torch.manual_seed(sgd.seed)`` so every run starts from the same weights.
    sgd : SGDConfig
    device : str
    checkpoints : callable
        ``checkpoints(run_name)`` -> the run's Checkpoint (or None).

    Returns
    -------
    ClassifierResult
    """
    n_classes = len(data.classes)
    train, val, test = (data.indices(r) for r in ("train", "val", "test"))
    runs: dict[str, ClassifierRun] = {}
    models = {}

    def run(name, targets, train_idx, val_idx, test_idx):
        torch.manual_seed(sgd.seed)
        model = new_model(n_classes)
        training = train_classifier(model, data.frames, targets, train_idx=train_idx, val_idx=val_idx, sgd=sgd,
                                    device=device, checkpoint=checkpoints(name), desc=f"classifier {name}")
        pred = predict(model, data.frames, test_idx, device)
        truth = data.targets[test_idx]
        runs[name] = ClassifierRun(float(np.mean(pred == truth)), len(test_idx), confusion_matrix(truth, pred, n_classes),
                                   per_mouse_accuracy(data.subjects[test_idx], pred == truth), training)
        models[name] = model

    run("real", data.targets, train, val, test)
    shuffled = data.targets.copy()
    shuffled[train] = np.random.default_rng(sgd.seed).permutation(shuffled[train])
    run("shuffled", shuffled, train, val, test)
    mice = sorted(set(data.subjects.tolist()))
    held = mice[-1] if len(mice) > 2 else ""
    if held:  # cross-mouse: train on the other mice's train + test trials, test on every trial of this one
        others = data.subjects != held
        cm_train, cm_test = np.flatnonzero(others & (data.roles != "val")), np.flatnonzero(~others)
        check_split({"train": cm_train, "test": cm_test}, data.trials, data.labels)
        run("cross-mouse", data.targets, cm_train, np.flatnonzero(others & (data.roles == "val")), cm_test)
    real_acc = [runs["real"].per_mouse[m][0] for m in sorted(runs["real"].per_mouse)]
    shuf_acc = [runs["shuffled"].per_mouse[m][0] for m in sorted(runs["shuffled"].per_mouse)]
    stats = welch_t(real_acc, shuf_acc, groups=("real", "shuffled"))
    return ClassifierResult(runs, held, stats, 1.0 / n_classes, models["real"])
