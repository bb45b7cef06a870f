"""LSTM decoding of keypoint trajectories (Fig. 5G): keypoint choice, sequences, trial-split folds
and a learnable synthetic case."""

from __future__ import annotations

import numpy as np
import pytest

from facevalence.methods.decoding import cross_validate, top_variance_keypoints, trial_folds, trial_sequences


def test_top_variance_keypoints_per_region_and_mixed():
    variance = {"e1": 5.0, "e2": 9.0, "e3": 1.0, "w1": 3.0, "w2": 7.0, "p1": 2.0, "s1": 4.0}
    regions = {"ear": ["e1", "e2", "e3"], "whisker": ["w1", "w2"], "pupil": ["p1"], "snout": ["s1", "missing"]}
    chosen = top_variance_keypoints(variance, regions, k=2)
    assert chosen["ear"] == ["e2", "e1"] and chosen["whisker"] == ["w2", "w1"]
    assert "pupil" not in chosen and "snout" not in chosen  # fewer than k keypoints present
    assert chosen["mixed"] == ["e2", "w2"]  # best keypoint of the 2 best regions


def test_trial_sequences_shape_zscore_and_bad_windows():
    fps = 30.0
    times = np.arange(600) / fps
    pos = np.stack([np.sin(times), 2 * times], axis=1)
    seq = trial_sequences(times, pos, [3.0, 10.0], pre_s=0.5, post_s=2.0, step=3)
    assert seq.shape == (2, 25, 2) and seq.dtype == np.float32
    z = (pos - pos.mean(0)) / pos.std(0)
    np.testing.assert_allclose(seq[0, :, 1], z[75:150:3, 1], rtol=1e-5)
    with pytest.raises(ValueError, match="trial 1: fewer than 2 frames"):
        trial_sequences(times, pos, [3.0, 25.0])
    pos[99, 0] = np.nan  # a frame the window samples (75, 78, ..., 99, ...)
    with pytest.raises(ValueError, match="trial 0: keypoint positions are missing"):
        trial_sequences(times, pos, [3.0])


def test_folds_never_split_a_trial():
    labels = np.repeat(["a", "b", "c"], 8)
    trials = np.repeat(np.arange(12), 2)  # two windows per trial
    folds = trial_folds(labels, trials, n_folds=10, seed=0)
    assert len(folds) == 4  # capped by the 4 trials of each class
    for train, test in folds:
        assert not set(trials[train]) & set(trials[test])
    assert sorted(np.concatenate([t for _, t in folds]).tolist()) == list(range(24))
    with pytest.raises(ValueError, match="at least 2 trials of every class"):
        trial_folds(np.array(["a", "a", "b"]), np.array([0, 1, 2]))


def test_lstm_learns_a_separable_case_and_is_deterministic():
    rng = np.random.default_rng(0)
    n, steps = 24, 25
    y = np.repeat(["up", "down", "flat"], n // 3)
    slope = {"up": 1.0, "down": -1.0, "flat": 0.0}
    ramp = np.linspace(0, 1, steps)
    x = np.stack([np.stack([slope[c] * ramp + rng.normal(0, 0.1, steps), rng.normal(0, 0.1, steps)], -1) for c in y])
    x = x.astype(np.float32)
    kw = dict(n_folds=4, epochs=60, lr=1e-2, hidden=16, layers=2, dropout=0.0, seed=3)
    first = cross_validate(x, y, np.arange(n), **kw)
    assert np.mean([f.accuracy for f in first]) >= 0.9
    again = cross_validate(x, y, np.arange(n), **kw)
    assert [f.accuracy for f in first] == [f.accuracy for f in again]
    assert sum(f.n_test for f in first) == n
