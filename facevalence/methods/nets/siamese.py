"""The Siamese valence embedding (paper, Fig. 2A-B): a shared ResNet18 backbone, Euclidean distance,
contrastive loss; pairs of the same valence from different mice are similar, pairs of different
valences from the same mouse dissimilar; trained and tested on disjoint mice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn.functional as F

from facevalence.methods.nets.dataset import Dataset
from facevalence.methods.nets.frames import NEUTRAL
from facevalence.methods.nets.training import (
    Checkpoint,
    SGDConfig,
    TrainResult,
    as_input,
    fit,
    index_batches,
    recalibrate_batch_norm,
)
from facevalence.methods.stats import welch_t


def siamese_pairs(subjects: np.ndarray, valences: np.ndarray, n_pairs: int, seed: int = 0) -> np.ndarray:
    """Pairs ``(i, j, y)`` of frame indices after the paper (Fig. 2A).

    Parameters
    ----------
    subjects, valences : np.ndarray
        Per frame.
    n_pairs : int
        Pairs of each kind, drawn uniformly over the eligible pairs.
    seed : int

    Returns
    -------
    np.ndarray
        (pairs, 3) int: y = 1 for the same valence from different mice (similar), y = 0 for
        different valences from the same mouse (dissimilar).

    Raises
    ------
    ValueError
        When a kind has no eligible pair (e.g. a single mouse).
    """
    subjects, valences = np.asarray(subjects), np.asarray(valences)
    rng = np.random.default_rng(seed)
    out = []
    for y, same_subject, same_valence in ((1, False, True), (0, True, False)):
        i = rng.integers(0, len(subjects), 50 * n_pairs)
        j = rng.integers(0, len(subjects), 50 * n_pairs)
        ok = ((subjects[i] == subjects[j]) == same_subject) & ((valences[i] == valences[j]) == same_valence)
        if not ok.any():
            kind = "same valence from different mice" if y else "different valence from the same mouse"
            raise ValueError(f"no pair of frames with {kind} ({len(set(subjects.tolist()))} mice, "
                             f"valences {sorted(set(valences.tolist()))})")
        i, j = i[ok][:n_pairs], j[ok][:n_pairs]
        out.append(np.stack([i, j, np.full(len(i), y)], 1))
    return np.concatenate(out)


def contrastive_loss(distance: torch.Tensor, y: torch.Tensor, margin: float) -> torch.Tensor:
    """``y d^2 + (1 - y) max(0, m - d)^2`` averaged over pairs (Fig. 2A; y = 1 similar).

    Parameters
    ----------
    distance : torch.Tensor
        Euclidean embedding distance per pair.
    y : torch.Tensor
        1 for similar, 0 for dissimilar pairs.
    margin : float

    Returns
    -------
    torch.Tensor
        Scalar loss.
    """
    y = y.float()
    return (y * distance.pow(2) + (1 - y) * F.relu(margin - distance).pow(2)).mean()


@torch.no_grad()
def pair_distances(model: torch.nn.Module, frames: torch.Tensor, pairs: np.ndarray, device: str = "cpu",
                   batch: int = 128) -> np.ndarray:
    """Euclidean embedding distance of each pair, without augmentation (paper, Fig. 2B).

    Parameters
    ----------
    model : torch.nn.Module
        The embedding network.
    frames : torch.Tensor, shape (n, h, w), uint8
    pairs : ndarray, shape (pairs, >= 2)
        Frame indices ``(i, j, ...)``.
    device : str, optional
    batch : int, optional
        Pairs per forward pass.

    Returns
    -------
    ndarray, shape (pairs,)
    """
    model.eval()
    out = []
    for chunk in torch.as_tensor(np.asarray(pairs[:, :2], np.int64)).split(batch):
        a = model(as_input(frames[chunk[:, 0]].to(device)))
        b = model(as_input(frames[chunk[:, 1]].to(device)))
        out.append(F.pairwise_distance(a, b).cpu().numpy())
    return np.concatenate(out) if out else np.zeros(0)


def train_siamese(model: torch.nn.Module, frames: torch.Tensor, pairs: np.ndarray, *, sgd: SGDConfig,
                  device: str = "cpu", checkpoint: Checkpoint | None = None) -> tuple[TrainResult, float]:
    """Contrastive training of the shared backbone (paper, Fig. 2A).

    The margin is the mean pair distance of the untrained network (paper: "margin from the mean
    pair distance"); a checkpoint resumes only with the same margin.

    Parameters
    ----------
    model : torch.nn.Module
        The embedding network (trained in place).
    frames : torch.Tensor, shape (n, h, w), uint8
    pairs : ndarray, shape (pairs, 3)
        ``(i, j, same valence)`` (:func:`siamese_pairs`).
    sgd : SGDConfig
    device : str, optional
    checkpoint : Checkpoint, optional
        Where epochs are saved and resumed from.

    Returns
    -------
    (TrainResult, float)
        The training and the margin.
    """
    model.to(device)
    torch.manual_seed(sgd.seed)
    margin = float(np.mean(pair_distances(model, frames, pairs, device)))
    pair_idx = torch.as_tensor(np.asarray(pairs, np.int64))

    def step(rows, gen):
        a = model(as_input(frames[pair_idx[rows, 0]].to(device), gen, augment=True))
        b = model(as_input(frames[pair_idx[rows, 1]].to(device), gen, augment=True))
        return contrastive_loss(F.pairwise_distance(a, b), pair_idx[rows, 2].to(device), margin), {}

    result = fit(model, step, index_batches(np.arange(len(pair_idx)), sgd.batch), sgd=sgd, checkpoint=checkpoint,
                 run_tag=f"margin={margin:.6g}", desc="siamese")
    recalibrate_batch_norm(model, frames, np.unique(pair_idx[:, :2]), device)
    return result, margin


def valenced(data: Dataset) -> np.ndarray:
    """The frames the Siamese pairs are drawn from (paper, Fig. 2A: positive and negative stimuli).

    Parameters
    ----------
    data : Dataset

    Returns
    -------
    ndarray of bool, shape (frames,)
        Stimulus-window frames of positive or negative trials.
    """
    return np.isin(data.valences, ("positive", "negative")) & (data.labels != NEUTRAL)


@dataclass
class SiameseResult:
    """Result of :func:`siamese_experiment`."""

    train_mice: list[str]
    test_mice: list[str]
    margin: float
    n_train_pairs: int
    similar: np.ndarray  # test-pair distances, similar pairs
    dissimilar: np.ndarray  # test-pair distances, dissimilar pairs
    stats: dict  # Welch t dissimilar vs similar; and the same with shuffled pair labels
    training: TrainResult
    model: torch.nn.Module = field(repr=False)


def siamese_experiment(data: Dataset, *, new_model: Callable[[int], torch.nn.Module], sgd: SGDConfig,
                       n_pairs: int, n_test_mice: int, device: str = "cpu",
                       checkpoint: Checkpoint | None = None) -> SiameseResult:
    """Train the Siamese network on some mice and test its distances on the others (Fig. 2A-B).

    Parameters
    ----------
    data : Dataset
    new_model : callable
        ``new_model(0)`` -> a fresh headless ResNet18 (512-d embedding).
    sgd : SGDConfig
    n_pairs : int
        Training pairs of each kind (a quarter of that, at least 50, for the test).
    n_test_mice : int
        The last mice (sorted), held out for the test.
    device : str
    checkpoint : Checkpoint, optional

    Returns
    -------
    SiameseResult
        Its ``stats`` compare the test distances of dissimilar and similar pairs (Welch t), and the
        same with the pair labels shuffled as a control.

    Raises
    ------
    ValueError
        With fewer than 2 training and 2 test mice.
    """
    use = valenced(data)
    mice = sorted(set(data.subjects[use].tolist()))
    if len(mice) < n_test_mice + 2 or n_test_mice < 2:
        raise ValueError(f"the Siamese split by mouse needs >= 2 training and >= 2 test mice (siamese_test_mice = "
                         f"{n_test_mice}); the dataset has {len(mice)} mice with valenced trials")
    test_mice, train_mice = mice[-n_test_mice:], mice[:-n_test_mice]
    pick = {}
    for name, group in (("train", train_mice), ("test", test_mice)):
        idx = np.flatnonzero(use & np.isin(data.subjects, group))
        pairs = siamese_pairs(data.subjects[idx], data.valences[idx], n_pairs if name == "train" else max(n_pairs // 4, 50),
                              sgd.seed + (name == "test"))
        pick[name] = np.column_stack([idx[pairs[:, 0]], idx[pairs[:, 1]], pairs[:, 2]])
    torch.manual_seed(sgd.seed)
    model = new_model(0)
    training, margin = train_siamese(model, data.frames, pick["train"], sgd=sgd, device=device, checkpoint=checkpoint)
    dist = pair_distances(model, data.frames, pick["test"], device)
    y = pick["test"][:, 2]
    shuffled = np.random.default_rng(sgd.seed).permutation(y)
    stats = {"real": welch_t(dist[y == 0], dist[y == 1], groups=("dissimilar", "similar")),
             "shuffled_pairs": welch_t(dist[shuffled == 0], dist[shuffled == 1], groups=("dissimilar", "similar"))}
    return SiameseResult(train_mice, test_mice, margin, len(pick["train"]), dist[y == 1], dist[y == 0], stats,
                         training, model)
