"""Figures of the keypoint tables (paper, Fig. 4-5): feature bars per stimulus, valence radar
patterns, LSTM decoding accuracy per region with its confusion matrix."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from facevalence.figures._common import colour, confusion_panel, panel_grid, require, save
from facevalence.methods.stats import sem
from facevalence.schemas.kinematics import KinematicPattern, Kinematics
from facevalence.schemas.models import PoseDecoding
from facevalence.schemas.session import Trial


def feature_bars(out_dir: Path, restriction=None) -> list[Path]:
    """Peak proportional change of each feature per stimulus, mean +- SEM over trials, with the
    one-sample Wilcoxon p of KinematicPattern above each bar (Fig. 4)."""
    rows = require((Kinematics.TrialFeature * Trial.proj("stimulus") & (restriction or {})).to_dicts(), "Kinematics")
    tests = {(r["stimulus_name"], r["feature"]): r["p_value"]
             for r in (KinematicPattern.Stimulus & (restriction or {})).to_dicts()}
    features = sorted({r["feature"] for r in rows})
    stimuli = sorted({r["stimulus"] for r in rows})
    fig, panels, grid = panel_grid(len(features), 5, 2.6, 3.0)
    for ax, feature in zip(panels, features, strict=True):
        for i, stim in enumerate(stimuli):
            v = np.array([r["peak_change"] for r in rows if r["feature"] == feature and r["stimulus"] == stim
                          and r["peak_change"] is not None], float) * 100
            if not v.size:
                continue
            ax.bar(i, v.mean(), yerr=np.nan_to_num(sem(v)), color=colour(stim, i), capsize=2)
            p = tests.get((stim, feature))
            if p is not None and p < 0.05:
                ax.text(i, v.mean(), "*", ha="center", va="bottom" if v.mean() >= 0 else "top")
        ax.axhline(0, color="k", linewidth=0.5)
        ax.set_xticks(range(len(stimuli)), stimuli, rotation=60, fontsize=7)
        ax.set_title(feature.replace("_", " "), fontsize=9)
    for row in grid:
        row[0].set_ylabel("peak change from baseline (%)")
    fig.suptitle("Keypoint features per stimulus (mean +- SEM; * one-sample Wilcoxon p < 0.05)", fontsize=9)
    return save(fig, out_dir, "keypoint_features")


def valence_radar(out_dir: Path, restriction=None) -> list[Path]:
    """Radar of the mean peak change of every feature per valence (Fig. 5A-E)."""
    rows = require((KinematicPattern.Valence & (restriction or {})).to_dicts(), "KinematicPattern")
    features = sorted({r["feature"] for r in rows})
    angles = np.linspace(0, 2 * np.pi, len(features), endpoint=False)
    fig = plt.figure(figsize=(4.6, 4.6))
    ax = fig.add_subplot(projection="polar")
    for valence in sorted({r["valence_name"] for r in rows}):
        mine = {r["feature"]: r["mean_change"] for r in rows if r["valence_name"] == valence}
        v = np.array([mine.get(f) if mine.get(f) is not None else np.nan for f in features], float) * 100
        ax.plot(np.append(angles, angles[0]), np.append(v, v[0]), "-o", color=colour(valence), label=valence, markersize=3)
    ax.set_xticks(angles, [f.replace("_", "\n") for f in features], fontsize=7)
    ax.set_title("Valence pattern: mean peak change (%) per feature", fontsize=9)
    ax.legend(frameon=False, fontsize=8, loc="lower right", bbox_to_anchor=(1.25, -0.1))
    return save(fig, out_dir, "valence_radar")


def decoding(out_dir: Path, restriction=None) -> list[Path]:
    """LSTM accuracy per face region (mean +- SEM over folds, chance line; Fig. 5G) and the best
    region's confusion matrix."""
    master = require((PoseDecoding & (restriction or {})).to_dicts(limit=1), "PoseDecoding")[0]
    key = {k: master[k] for k in ("kin_paramset", "decode_paramset")}
    regions = (PoseDecoding.Region & key).to_dicts(order_by="mean_accuracy DESC")
    fig, (ax, bx) = plt.subplots(1, 2, figsize=(8.5, 3.6))
    ax.bar(range(len(regions)), [r["mean_accuracy"] for r in regions], yerr=[r["sem_accuracy"] for r in regions],
           color=["#1b9e77" if r["region"] == "ear" else "#999999" for r in regions], capsize=3)
    ax.axhline(master["chance"], color="k", linestyle="--", linewidth=0.8, label=f"chance {master['chance']:.2f}")
    ax.set_xticks(range(len(regions)), [r["region"] for r in regions])
    ax.set(ylim=(0, 1.05), ylabel="accuracy (mean +- SEM over folds)",
           title=f"LSTM decoding, {regions[0]['n_folds']} folds, {master['n_trials']} trials")
    ax.legend(frameon=False, fontsize=8)
    best = regions[0]
    confusion_panel(fig, bx, best["confusion"], list(master["classes"]), f"Confusion, {best['region']} region")
    return save(fig, out_dir, "pose_decoding")
