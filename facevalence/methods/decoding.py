"""Decoding the stimulus from facial keypoint trajectories with an LSTM (paper, Fig. 5G).

Per face region the 4 keypoints of highest variance are taken, their (x, y) positions z-scored
over the session, cut from 0.5 s before to 2 s after each onset and sampled every 3rd frame
(25 steps x 8 values at 30 fps). A 3-layer LSTM (256 units, dropout 0.3) classifies the
sequence; accuracy is estimated by stratified k-fold cross-validation split by trial, so no frame
of a trial is ever in both the training and the test set.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def top_variance_keypoints(variance: dict[str, float], regions: dict[str, list[str]], k: int = 4) -> dict[str, list[str]]:
    """The keypoints each region contributes to decoding (paper, Fig. 5G).

    Parameters
    ----------
    variance : dict of str to float
        Keypoint -> positional variance (x plus y) over the sessions.
    regions : dict of str to list of str
        Region -> its keypoint names.
    k : int, optional
        Keypoints per region.

    Returns
    -------
    dict of str to list of str
        Region -> its ``k`` keypoints of highest variance (regions with fewer than ``k`` present are
        left out), plus a ``mixed`` control made of the single highest-variance keypoint of ``k``
        regions.
    """
    chosen = {}
    best = []
    for region, names in regions.items():
        present = sorted((n for n in names if n in variance and np.isfinite(variance[n])), key=lambda n: -variance[n])
        if len(present) >= k:
            chosen[region] = present[:k]
        if present:
            best.append((variance[present[0]], present[0]))
    if len(best) >= k:
        chosen["mixed"] = [name for _, name in sorted(best, reverse=True)[:k]]
    return chosen


def trial_sequences(times: np.ndarray, positions: np.ndarray, onsets: np.ndarray, pre_s: float = 0.5,
                    post_s: float = 2.0, step: int = 3) -> np.ndarray:
    """Trial sequences for the LSTM from positions z-scored over the session (paper, Fig. 5G).

    Parameters
    ----------
    times : ndarray, shape (frames,)
        Frame times, s.
    positions : ndarray, shape (frames, features)
        x and y of the chosen keypoints.
    onsets : sequence of float
        Trial onsets, s.
    pre_s, post_s : float, optional
        Each window is the frames with ``onset - pre_s <= t < onset + post_s``.
    step : int, optional
        Every ``step``-th frame is kept.

    Returns
    -------
    ndarray, shape (trials, steps, features), float32
        Windows cut to the shortest so every trial has the same length.

    Raises
    ------
    ValueError
        When a window holds fewer than 2 steps (a trial too close to the recording's edge) or the
        positions hold NaN inside a window.
    """
    times = np.asarray(times, float)
    x = np.asarray(positions, float)
    mean, sd = np.nanmean(x, axis=0), np.nanstd(x, axis=0)
    z = (x - mean) / np.where(sd > 0, sd, 1.0)
    windows = []
    for i, onset in enumerate(np.asarray(onsets, float)):
        idx = np.flatnonzero((times >= onset - pre_s) & (times < onset + post_s))[::step]
        if len(idx) < 2:
            raise ValueError(f"trial {i}: fewer than 2 frames in {-pre_s:g}..{post_s:g} s around onset {onset:g} s")
        if not np.isfinite(z[idx]).all():
            raise ValueError(f"trial {i}: keypoint positions are missing (NaN) in the window around onset {onset:g} s")
        windows.append(z[idx])
    n = min(len(w) for w in windows)
    return np.stack([w[:n] for w in windows]).astype(np.float32)


def trial_folds(labels: np.ndarray, trial_ids: np.ndarray, n_folds: int = 10, seed: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified cross-validation folds over trials (paper, Fig. 5G: split by trial).

    Parameters
    ----------
    labels : ndarray, shape (samples,)
        Class of each sample.
    trial_ids : ndarray, shape (samples,)
        Trial of each sample; samples of one trial always fall in the same fold (checked).
    n_folds : int, optional
        Capped at the number of trials of the smallest class.
    seed : int, optional
        Shuffle seed.

    Returns
    -------
    list of (ndarray, ndarray)
        (train indices, test indices) per fold.

    Raises
    ------
    ValueError
        When a class has fewer than 2 trials.
    """
    from sklearn.model_selection import StratifiedGroupKFold

    labels = np.asarray(labels)
    trial_ids = np.asarray(trial_ids)
    smallest = min(np.unique(trial_ids[labels == c]).size for c in np.unique(labels))
    k = min(n_folds, smallest)
    if k < 2:
        raise ValueError(f"cross-validation needs at least 2 trials of every class; the smallest class has {smallest}")
    folds = []
    for train, test in StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed).split(labels, labels, trial_ids):
        leaked = set(trial_ids[train]) & set(trial_ids[test])
        assert not leaked, f"trials {sorted(leaked)[:5]} are in both the training and the test set"
        folds.append((train, test))
    return folds


def make_lstm(n_inputs: int, n_classes: int, hidden: int = 256, layers: int = 3, dropout: float = 0.3):
    """The paper's decoder: a stacked LSTM with a linear read-out of the last step (Fig. 5G).

    Parameters
    ----------
    n_inputs : int
        Values per time step.
    n_classes : int
        Number of stimuli.
    hidden, layers, dropout : optional
        256 units, 3 layers, dropout 0.3 in the paper.

    Returns
    -------
    torch.nn.Module
        Maps (batch, steps, n_inputs) to (batch, n_classes) logits.
    """
    import torch
    from torch import nn

    class LSTMClassifier(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(n_inputs, hidden, num_layers=layers, dropout=dropout if layers > 1 else 0.0,
                                batch_first=True)
            self.head = nn.Linear(hidden, n_classes)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            out, _ = self.lstm(x)
            return self.head(out[:, -1])

    return LSTMClassifier()


@dataclass
class FoldResult:
    fold: int
    accuracy: float
    n_test: int
    test_trials: list
    predictions: np.ndarray
    truth: np.ndarray


def cross_validate(x: np.ndarray, y: np.ndarray, trial_ids: np.ndarray, *, n_folds: int = 10, epochs: int = 60,
                   lr: float = 1e-3, batch: int = 32, hidden: int = 256, layers: int = 3, dropout: float = 0.3,
                   seed: int = 0, device: str = "cpu") -> list[FoldResult]:
    """Train one LSTM per fold (Adam, cross-entropy) and score it on the held-out trials (paper,
    Fig. 5G); deterministic for a seed.

    Parameters
    ----------
    x : ndarray, shape (samples, steps, features)
        Sequences (:func:`trial_sequences`).
    y : ndarray, shape (samples,)
        Class labels.
    trial_ids : ndarray, shape (samples,)
        Trial of each sample (:func:`trial_folds`).
    n_folds, epochs, lr, batch, hidden, layers, dropout, seed
        Folds, training and network size (:func:`make_lstm`).
    device : str, optional
        torch device.

    Returns
    -------
    list of FoldResult
        Accuracy, test trials, predictions and truth per fold.
    """
    import torch

    classes = np.unique(y)
    target = np.searchsorted(classes, y)
    results = []
    for fold, (train, test) in enumerate(trial_folds(y, trial_ids, n_folds, seed)):
        torch.manual_seed(seed + fold)
        model = make_lstm(x.shape[2], len(classes), hidden, layers, dropout).to(device)
        optimiser = torch.optim.Adam(model.parameters(), lr=lr)
        xt = torch.as_tensor(x[train], device=device)
        yt = torch.as_tensor(target[train], device=device)
        gen = torch.Generator().manual_seed(seed + fold)
        model.train()
        for _ in range(epochs):
            for chunk in torch.randperm(len(train), generator=gen).split(batch):
                optimiser.zero_grad()
                loss = torch.nn.functional.cross_entropy(model(xt[chunk]), yt[chunk])
                loss.backward()
                optimiser.step()
        model.eval()
        with torch.no_grad():
            pred = model(torch.as_tensor(x[test], device=device)).argmax(1).cpu().numpy()
        results.append(FoldResult(fold, float(np.mean(pred == target[test])), len(test), sorted(set(trial_ids[test].tolist())),
                                  classes[pred], classes[target[test]]))
    return results


@dataclass
class RegionDecoding:
    """One region's cross-validated decoding (Fig. 5G)."""

    keypoints: list[str]
    folds: list[FoldResult]
    confusion: np.ndarray  # (classes x classes) counts, rows = truth, summed over folds


@dataclass
class PoseDecodingResult:
    """Result of :func:`decode_regions`."""

    classes: list[str]
    regions: dict[str, RegionDecoding]


def decode_regions(sessions: list[dict], trials: list[dict], *, regions: dict[str, list[str]], n_keypoints: int = 4,
                   pre_s: float = 0.5, post_s: float = 2.0, step: int = 3, n_folds: int = 10, epochs: int = 60,
                   lr: float = 1e-3, batch: int = 32, hidden: int = 256, layers: int = 3, dropout: float = 0.3,
                   seed: int = 0) -> PoseDecodingResult:
    """Decode the stimulus from each region's keypoint trajectories with an LSTM (paper, Fig. 5G).

    Parameters
    ----------
    sessions : list of dict
        Per session: ``subject_id``, ``session_id``, ``keypoint_names``, ``cleaned`` (frames,
        keypoints, 2) and ``frame_times``.
    trials : list of dict
        ``subject_id``, ``session_id``, ``trial_id``, ``stimulus``, ``start_time`` of every trial to decode.
    regions : dict
        Region -> keypoint names; the ``n_keypoints`` of highest variance (over the sessions) are
        used, plus the ``mixed`` control (:func:`top_variance_keypoints`).
    pre_s, post_s, step, n_folds, epochs, lr, batch, hidden, layers, dropout, seed
        See :func:`trial_sequences` and :func:`cross_validate`.

    Returns
    -------
    PoseDecodingResult

    Raises
    ------
    ValueError
        No region with enough keypoints, or a trial window without pose (naming the session).
    """
    variance: dict[str, list[float]] = {}
    for s in sessions:
        cleaned = np.asarray(s["cleaned"])
        for i, name in enumerate(s["keypoint_names"]):
            variance.setdefault(name, []).append(float(np.nansum(np.nanvar(cleaned[:, i], axis=0))))
    chosen = top_variance_keypoints({k: float(np.mean(v)) for k, v in variance.items()}, regions, n_keypoints)
    if not chosen:
        raise ValueError(f"no region has {n_keypoints} of its keypoints in the pose")
    labels = np.array([t["stimulus"] for t in trials])
    ids = np.array([f"{t['subject_id']}/{t['session_id']}/{t['trial_id']}" for t in trials])
    classes = sorted(set(labels))
    out = {}
    for region, names in chosen.items():
        seqs = []
        for s in sessions:
            mine = [t for t in trials if (t["subject_id"], t["session_id"]) == (s["subject_id"], s["session_id"])]
            cols = [s["keypoint_names"].index(n) for n in names]
            pos = np.asarray(s["cleaned"])[:, cols].reshape(len(s["frame_times"]), -1)
            try:
                seqs.append(trial_sequences(np.asarray(s["frame_times"]), pos, [t["start_time"] for t in mine], pre_s,
                                            post_s, step))
            except ValueError as err:
                raise ValueError(f"session {s['subject_id']}/{s['session_id']}: {err}") from None
        steps = min(x.shape[1] for x in seqs)
        x = np.concatenate([x[:, :steps] for x in seqs])
        folds = cross_validate(x, labels, ids, n_folds=n_folds, epochs=epochs, lr=lr, batch=batch, hidden=hidden,
                               layers=layers, dropout=dropout, seed=seed)
        confusion = np.zeros((len(classes), len(classes)), np.int32)
        for f in folds:
            for truth, pred in zip(f.truth, f.predictions, strict=True):
                confusion[classes.index(truth), classes.index(pred)] += 1
        out[region] = RegionDecoding(names, folds, confusion)
    return PoseDecodingResult(classes, out)
