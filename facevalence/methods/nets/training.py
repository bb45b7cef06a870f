"""The training loop shared by the deep models (paper, Methods: SGD with momentum, augmentation by
random resize and +-10 deg rotation, ImageNet normalisation), resumable after every epoch.

Pure: frames and targets in memory, a :class:`Checkpoint` object (any ``load``/``save`` pair; the
file one is :class:`facevalence.io.checkpoints.FileCheckpoint`) for resuming.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import torch
import torch.nn.functional as F
from tqdm.auto import tqdm

from facevalence.methods.nets.resnet import IMAGENET_MEAN, IMAGENET_STD


@dataclass(frozen=True)
class SGDConfig:
    """The optimiser and schedule of one training run (paper: SGD, momentum, lr 1e-3, weight
    decay, 50 epochs, batch 256; the CPU parameter sets shrink epochs and batch)."""

    epochs: int
    batch: int
    lr: float
    momentum: float
    weight_decay: float
    seed: int = 0

    def reseeded(self, seed: int, epochs: int | None = None) -> SGDConfig:
        """The same optimiser with another seed (and optionally another number of epochs)."""
        return SGDConfig(epochs if epochs is not None else self.epochs, self.batch, self.lr, self.momentum,
                         self.weight_decay, seed)


class Checkpoint(Protocol):
    """Where :func:`fit` keeps its state between epochs: ``load()`` returns the last saved state
    (or ``None``), ``save(state)`` stores one."""

    def load(self) -> dict | None: ...

    def save(self, state: dict) -> None: ...


@dataclass
class TrainResult:
    """What one training run did."""

    resumed_from: int  # epochs already done when this call started (0: fresh)
    history: list[dict] = field(default_factory=list)  # one record per epoch: loss, accuracy, val_acc ...
    seconds: float = 0.0
    images_per_s: float = 0.0


def as_input(frames: torch.Tensor, generator: torch.Generator | None = None, augment: bool = False,
             scale: tuple[float, float] = (0.9, 1.1), degrees: float = 10.0,
             mask: torch.Tensor | None = None) -> torch.Tensor:
    """uint8 gray frames -> normalised 3-channel network input (paper, Methods, Fig. 1D).

    Parameters
    ----------
    frames : torch.Tensor
        (n, h, w) uint8 gray frames.
    generator : torch.Generator, optional
        Source of the augmentation's randomness (resumable runs pass fit's generator).
    augment : bool
        Random resize (zoom in ``scale``) and rotation (+-``degrees``) per frame, borders replicated.
    mask : torch.Tensor, optional
        (h, w) bool; these pixels are set to the frame's mean gray before normalisation
        (occlusion, Fig. S5D-E).

    Returns
    -------
    torch.Tensor
        (n, 3, h, w) float, ImageNet-normalised.
    """
    x = frames.float().div_(255.0).unsqueeze(1)
    if mask is not None:
        fill = x.mean(dim=(2, 3), keepdim=True)
        x = torch.where(mask.to(x.device)[None, None], fill, x)
    if augment:
        n = x.shape[0]
        s = torch.empty(n).uniform_(*scale, generator=generator)
        a = torch.empty(n).uniform_(-degrees, degrees, generator=generator) * (math.pi / 180)
        theta = torch.zeros(n, 2, 3)
        theta[:, 0, 0] = torch.cos(a) / s
        theta[:, 0, 1] = -torch.sin(a) / s
        theta[:, 1, 0] = torch.sin(a) / s
        theta[:, 1, 1] = torch.cos(a) / s
        grid = F.affine_grid(theta.to(x.device), list(x.shape), align_corners=False)
        x = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    mean = torch.tensor(IMAGENET_MEAN, device=x.device).view(1, 3, 1, 1)
    std = torch.tensor(IMAGENET_STD, device=x.device).view(1, 3, 1, 1)
    return (x.expand(-1, 3, -1, -1) - mean) / std


def fit(model: torch.nn.Module, step: Callable[[torch.Tensor, torch.Generator], tuple[torch.Tensor, dict]],
        batches: Callable[[torch.Generator], Iterable], *, sgd: SGDConfig, checkpoint: Checkpoint | None = None,
        run_tag: str = "", desc: str = "train", evaluate: Callable[[], dict] | None = None,
        checkpoint_every_s: float = 30.0) -> TrainResult:
    """SGD with momentum (the paper's optimiser) over ``sgd.epochs``; resumable.

    Parameters
    ----------
    model : torch.nn.Module
    step : callable
        ``step(batch, generator) -> (loss, stats)``; draws its augmentation from the generator.
    batches : callable
        ``batches(generator)`` yields the batches (index tensors) of one epoch.
    sgd : SGDConfig
    checkpoint : Checkpoint, optional
        After an epoch (at most every ``checkpoint_every_s`` seconds, and after the last one) the
        model, optimiser, random state and history are saved to it; a later call whose checkpoint
        holds a state with the same ``run_tag`` continues after its last saved epoch instead of
        starting over.
    run_tag : str
        What else a resumed state must match (e.g. the Siamese margin).
    desc : str
        Progress-bar label.
    evaluate : callable, optional
        Called in eval mode after every epoch; its dict is added to the epoch's record.
    checkpoint_every_s : float, optional
        Least time between two saves: a ResNet18 state with its momentum is 90 MB (0.2 s to write),
        as long as a whole epoch of a small CPU run; a crash loses at most this much training.

    Returns
    -------
    TrainResult
    """
    optimiser = torch.optim.SGD(model.parameters(), lr=sgd.lr, momentum=sgd.momentum, weight_decay=sgd.weight_decay)
    gen = torch.Generator().manual_seed(sgd.seed)
    history: list[dict] = []
    start = 0
    state = checkpoint.load() if checkpoint is not None else None
    if state is not None and state.get("run_tag") == run_tag:
        model.load_state_dict(state["model"])
        optimiser.load_state_dict(state["optimiser"])
        gen.set_state(state["generator"])
        torch.set_rng_state(state["torch_rng"])
        history, start = state["history"], state["epoch"]
    t_start, seen = time.perf_counter(), 0
    saved = t_start
    bar = tqdm(range(start, sgd.epochs), desc=desc, unit="epoch", initial=start, total=sgd.epochs, leave=False)
    for epoch in bar:
        model.train()
        total, count, stats_sum = 0.0, 0, {}
        for batch in batches(gen):
            optimiser.zero_grad()
            loss, stats = step(batch, gen)
            loss.backward()
            optimiser.step()
            n = len(batch)
            total += float(loss.detach()) * n
            count += n
            for k, v in stats.items():
                stats_sum[k] = stats_sum.get(k, 0.0) + v * n
        seen += count
        record = {"epoch": epoch + 1, "loss": total / max(count, 1), **{k: v / max(count, 1) for k, v in stats_sum.items()}}
        if evaluate is not None:
            model.eval()
            with torch.no_grad():
                record.update(evaluate())
        history.append(record)
        bar.set_postfix({k: f"{v:.3f}" for k, v in record.items() if k != "epoch"})
        if checkpoint is not None and (epoch + 1 == sgd.epochs or time.perf_counter() - saved >= checkpoint_every_s):
            saved = time.perf_counter()
            checkpoint.save({"run_tag": run_tag, "epoch": epoch + 1, "model": model.state_dict(),
                             "optimiser": optimiser.state_dict(), "generator": gen.get_state(),
                             "torch_rng": torch.get_rng_state(), "history": history})
    bar.close()
    seconds = time.perf_counter() - t_start
    model.eval()
    return TrainResult(start, history, seconds, seen / seconds if seconds > 0 and seen else 0.0)


def index_batches(indices: np.ndarray, batch: int) -> Callable[[torch.Generator], Iterable[torch.Tensor]]:
    """Shuffled batches of ``indices`` for :func:`fit` (drawn from fit's generator: resumable; paper,
    Methods "Deep learning": mini-batch SGD).

    Parameters
    ----------
    indices : np.ndarray
        Sample indices of the training set.
    batch : int
        Batch size (the last batch may be smaller).

    Returns
    -------
    callable
        ``batches(generator)`` -> iterable of index tensors.
    """
    idx = torch.as_tensor(np.asarray(indices, np.int64))

    def batches(gen: torch.Generator):
        return (idx[perm] for perm in torch.randperm(len(idx), generator=gen).split(batch))

    return batches


@torch.no_grad()
def recalibrate_batch_norm(model: torch.nn.Module, frames: torch.Tensor, idx: np.ndarray, device: str = "cpu",
                           batch: int = 128, mask: torch.Tensor | None = None) -> None:
    """Re-estimate every batch-norm layer's running mean and variance as the exact average over the
    (unaugmented) training frames (paper, Methods "Deep learning": evaluation after training).

    Short CPU runs leave the exponential running averages far from the final weights' statistics,
    and evaluation mode then predicts one class for everything; at the paper's 50 epochs this
    changes little.

    Parameters
    ----------
    model : torch.nn.Module
        Updated in place; left in evaluation mode.
    frames : torch.Tensor, shape (n, h, w), uint8
    idx : ndarray
        The training frames.
    device : str, optional
    batch : int, optional
    mask : torch.Tensor, optional
        Occlusion mask applied to every input.

    Returns
    -------
    None
    """
    norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    saved = [m.momentum for m in norms]
    for m in norms:
        m.reset_running_stats()
        m.momentum = None  # cumulative average over the batches below
    model.train()
    for chunk in torch.as_tensor(np.asarray(idx, np.int64)).split(batch):
        model(as_input(frames[chunk].to(device), mask=mask))
    for m, momentum in zip(norms, saved, strict=True):
        m.momentum = momentum
    model.eval()


@torch.no_grad()
def predict(model: torch.nn.Module, frames: torch.Tensor, idx: np.ndarray, device: str = "cpu", batch: int = 128,
            mask: torch.Tensor | None = None) -> np.ndarray:
    """Predicted class index per frame of ``idx``, without augmentation (paper, Fig. 1E, S2).

    Parameters
    ----------
    model : torch.nn.Module
    frames : torch.Tensor, shape (n, h, w), uint8
    idx : ndarray
        Frames to classify.
    device : str, optional
    batch : int, optional
    mask : torch.Tensor, optional
        Occlusion mask applied to every input (Fig. S5D-E).

    Returns
    -------
    np.ndarray
        (len(idx),) int class indices.
    """
    model.eval()
    out = []
    for chunk in torch.as_tensor(np.asarray(idx, np.int64)).split(batch):
        out.append(model(as_input(frames[chunk].to(device), mask=mask)).argmax(1).cpu().numpy())
    return np.concatenate(out) if out else np.zeros(0, int)


def confusion_matrix(truth: np.ndarray, pred: np.ndarray, n_classes: int) -> np.ndarray:
    """Confusion counts (Fig. 1E, 5G).

    Parameters
    ----------
    truth, pred : np.ndarray
        Class indices per sample.
    n_classes : int

    Returns
    -------
    np.ndarray
        (classes x classes) int64 counts, rows = truth.
    """
    out = np.zeros((n_classes, n_classes), np.int64)
    np.add.at(out, (np.asarray(truth, int), np.asarray(pred, int)), 1)
    return out
