"""Figures of the keypoint tables (paper, Fig. 4-5): feature bars per stimulus, valence radar
patterns, LSTM decoding accuracy per region with its confusion matrix."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from facevalence.figures._common import colour, confusion_panel, mean_sem, p_text, panel_grid, require, save
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


def locomotion(out_dir: Path, restriction=None) -> list[Path]:
    """Running does not explain the expressions (Fig. S5A-C): running speed around onset in the
    high-running and the other trials; the posture's peak change by valence within each (Mann-Whitney);
    per session, the silhouette of positive vs negative frames in the HOG-UMAP embedding."""
    from facevalence.schemas.locomotion import LocomotionCheck, LocomotionParams, TrialRunning

    check = require((LocomotionCheck & (restriction or {})).to_dicts(limit=1), "LocomotionCheck")[0]
    key = {k: check[k] for k in LocomotionCheck.primary_key}
    sessions = (LocomotionCheck.Source & key).proj()
    runs = (TrialRunning.PerTrial * TrialRunning.proj("times") * Trial.proj("valence") & sessions
            & "valence != 'neutral'").to_dicts()
    fig, (ax, bx, cx) = plt.subplots(1, 3, figsize=(14, 4), gridspec_kw={"width_ratios": [1.3, 1, 1]})
    for running, style in ((True, "-"), (False, ":")):
        for valence in ("positive", "negative"):
            chosen = [r for r in runs if bool(r["high"]) == running and r["valence"] == valence]
            if not chosen:
                continue
            mean, err = mean_sem(np.vstack([np.asarray(r["trace"], float) for r in chosen]))
            t = np.asarray(chosen[0]["times"], float)
            label = f"{valence}, {'high-running' if running else 'other'} (n = {len(chosen)})"
            ax.plot(t, mean, style, color=colour(valence), label=label)
            ax.fill_between(t, mean - err, mean + err, color=colour(valence), alpha=0.2, linewidth=0)
    ax.axvline(0, color="k", linewidth=0.6)
    ax.axhline((LocomotionParams & key).fetch1("high_speed"), color="k", linewidth=0.6, linestyle="--",
               label="high-running threshold")
    ax.set(xlabel="time from stimulus onset (s)", ylabel="running speed (cm/s, mean +- SEM)", title="Running")
    ax.legend(frameon=False, fontsize=7)
    posture = {(p["running"], p["valence_name"]): p for p in (LocomotionCheck.Posture & key).to_dicts()}
    order = [("high", "positive"), ("high", "negative"), ("low", "positive"), ("low", "negative")]
    for i, group in enumerate(order):
        p = posture[group]
        values = 100 * np.asarray(p["changes"], float)
        bx.scatter(np.full(values.size, i) + np.linspace(-0.12, 0.12, values.size), values, color=colour(group[1]), s=14,
                   zorder=3)
        if np.isfinite(p["median_change"] if p["median_change"] is not None else np.nan):
            bx.plot([i - 0.25, i + 0.25], [100 * p["median_change"]] * 2, color="k", linewidth=1.5)
    bx.axhline(0, color="k", linewidth=0.5)
    bx.set_xticks(range(4), [f"{v}\n{'ran' if r == 'high' else 'other'}" for r, v in order], fontsize=8)
    feature = posture[order[0]]["feature"].replace("_", " ")
    bx.set_ylabel(f"{feature}: peak change (%)")
    bx.set_title(f"{feature} by valence\n" + p_text(check["posture_high"], "ran: ") + "\n"
                 + p_text(check["posture_low"], "other: "), fontsize=8)
    rows = (LocomotionCheck.Separation & key).to_dicts(order_by=("subject_id", "session_id"))
    for r in rows:
        cx.plot([0, 1], np.asarray([r["silhouette_high"], r["silhouette_low"]], float), "-o", color="0.5", markersize=4,
                label=f"{r['subject_id']}/{r['session_id']}")
    cx.set_xticks([0, 1], ["high-running\ntrials", "other\ntrials"])
    cx.set(xlim=(-0.4, 1.4), ylim=(-1, 1), ylabel="silhouette, positive vs negative frames")
    cx.axhline(0, color="k", linewidth=0.5)
    cx.set_title("HOG-UMAP separation of valence (lines: sessions)\n" + "\n".join(
        f"{name}: mean {r['statistic']:.2f}, trial-shuffle p = {r['p']:.2g}, n = {r['n']} frames"
        for name, r in (("ran", check["separation_high"]), ("other", check["separation_low"]))), fontsize=8)
    fig.suptitle("Locomotion does not explain the expressions (Fig. S5A-C)", fontsize=10)
    return save(fig, out_dir, "locomotion")
