"""Trial-level splits of the deep-model datasets (paper, Fig. 1D-E: one held-out test trial per
stimulus per mouse, the rest 80/20 by trial), checked for leaks before any training."""

from __future__ import annotations

import numpy as np


def split_trials(subjects: np.ndarray, stimuli: np.ndarray, val_fraction: float = 0.2,
                 seed: int = 0) -> np.ndarray:
    """Trial-level split (paper, Fig. 1D-E): one held-out test trial per stimulus per mouse, the rest
    80/20 into train and validation by trial (per stimulus, so every class is in training).

    Parameters
    ----------
    subjects, stimuli : ndarray, shape (trials,)
        Mouse and stimulus of each trial.
    val_fraction : float, optional
        Share of the remaining trials of each stimulus put in validation.
    seed : int, optional

    Returns
    -------
    ndarray of str, shape (trials,)
        ``"train"``, ``"val"`` or ``"test"`` per trial.

    Raises
    ------
    ValueError
        When a mouse has a stimulus only once (its one trial cannot be both trained on and held out).
    """
    subjects, stimuli = np.asarray(subjects), np.asarray(stimuli)
    rng = np.random.default_rng(seed)
    role = np.full(len(subjects), "train", dtype=object)
    for subject in np.unique(subjects):
        for stim in np.unique(stimuli):
            idx = np.flatnonzero((subjects == subject) & (stimuli == stim))
            if len(idx) == 0:
                continue
            if len(idx) < 2:
                raise ValueError(f"mouse {subject} has only one {stim} trial: a held-out test trial per stimulus "
                                 "per mouse needs at least 2 of each")
            role[rng.choice(idx)] = "test"
    for stim in np.unique(stimuli):
        rest = np.flatnonzero((stimuli == stim) & (role == "train"))
        n_val = int(round(val_fraction * len(rest)))
        if n_val and len(rest) - n_val >= 1:
            role[rng.choice(rest, n_val, replace=False)] = "val"
    return role.astype(str)


def check_split(roles: dict[str, np.ndarray], trial_ids: np.ndarray, labels: np.ndarray) -> None:
    """Refuse a leaking split before training (paper, Fig. 1D-E: no trial in two sets).

    Parameters
    ----------
    roles : dict of str to ndarray
        Set name -> sample indices.
    trial_ids, labels : ndarray, shape (samples,)
        Trial and class of each sample.

    Returns
    -------
    None

    Raises
    ------
    ValueError
        When a trial is in two sets, or a class has no sample in the train or test set.
    """
    trial_ids, labels = np.asarray(trial_ids), np.asarray(labels)
    seen: dict[str, str] = {}
    for name, idx in roles.items():
        for t in set(trial_ids[idx].tolist()):
            if t in seen and seen[t] != name:
                raise ValueError(f"trial {t} is in both the {seen[t]} and the {name} set: the split would leak")
            seen[t] = name
    classes = set(labels.tolist())
    for name in ("train", "test"):
        if name in roles:
            missing = sorted(classes - set(labels[roles[name]].tolist()))
            if missing:
                raise ValueError(f"class {missing[0]!r} has no frame in the {name} set "
                                 f"({len(missing)} missing: {', '.join(missing)})")
