"""Figures of the face tables (paper, Fig. 1-3): similarity time courses, cumulative similarity,
embedding, drug sessions, motion-energy heatmaps. Every figure reads the database only."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from facevalence.figures._common import colour, mean_sem, p_text, require, save
from facevalence.methods.photometry import baseline_subtract, trial_window
from facevalence.schemas.face import (
    CumulativeSimilarity,
    DrugEffect,
    Embedding,
    HOGParams,
    MotionEnergy,
    PrototypeScore,
)
from facevalence.schemas.session import Trial


def similarity_timecourse(out_dir: Path, restriction=None) -> list[Path]:
    """sim(+) - sim(-) around onset, baseline-subtracted, mean +- SEM over trials per stimulus (Fig. 2E-G).

    The window is the one the scores were computed with: HOGParams.pre_s before onset (the baseline of
    TrialScore.baseline_difference) to the end of the longest stimulus + HOGParams.post_s, on the
    slowest session's frame clock (no resampling above the video's own rate).
    """
    scores = require((PrototypeScore * HOGParams.proj("pre_s", "post_s") & (restriction or {})).to_dicts(),
                     "PrototypeScore")
    trials = {(s["subject_id"], s["session_id"]): (Trial & {"subject_id": s["subject_id"], "session_id": s["session_id"]})
              .to_dicts() for s in scores}
    scores = require([s for s in scores if trials[(s["subject_id"], s["session_id"])]], "PrototypeScore with trials")
    pre_s = max(s["pre_s"] for s in scores)
    post_s = max(t["stop_time"] - t["start_time"] + s["post_s"] for s in scores
                 for t in trials[(s["subject_id"], s["session_id"])])
    rate_hz = min(1.0 / float(np.median(np.diff(np.asarray(s["frame_times"])))) for s in scores)
    curves: dict[str, list[np.ndarray]] = {}
    for score in scores:
        diff = np.asarray(score["sim_positive"], float) - np.asarray(score["sim_negative"], float)
        for trial in trials[(score["subject_id"], score["session_id"])]:
            grid, win = trial_window(score["frame_times"], diff, trial["start_time"], pre_s, post_s, rate_hz)
            curves.setdefault(trial["stimulus"], []).append(baseline_subtract(grid, win, pre_s))
    fig, ax = plt.subplots(figsize=(6, 4))
    for i, (stim, rows) in enumerate(sorted(curves.items())):
        mean, sem = mean_sem(np.vstack(rows))
        ax.plot(grid, mean, color=colour(stim, i), label=f"{stim} (n = {len(rows)})")
        ax.fill_between(grid, mean - sem, mean + sem, color=colour(stim, i), alpha=0.25, linewidth=0)
    ax.axvline(0, color="k", linewidth=0.8)
    ax.axhline(0, color="k", linewidth=0.5, linestyle=":")
    ax.set(xlabel="time from stimulus onset (s)", ylabel="sim(+) - sim(-), minus pre-onset mean",
           title="Similarity to the valence prototypes (mean +- SEM)")
    ax.legend(frameon=False, fontsize=8)
    return save(fig, out_dir, "similarity_timecourse")


def cumulative_similarity(out_dir: Path, restriction=None) -> list[Path]:
    """Per session and valence, mean cumulative similarity to the positive vs the negative prototype,
    paired lines, with the Wilcoxon test stored in CumulativeSimilarity (Fig. 2H-I)."""
    rows = require((CumulativeSimilarity & (restriction or {}) & "valence != 'neutral'").to_dicts(), "CumulativeSimilarity")
    valences = sorted({r["valence"] for r in rows}, reverse=True)
    fig, axes = plt.subplots(1, len(valences), figsize=(3.2 * len(valences), 3.6), squeeze=False)
    for ax, valence in zip(axes[0], valences, strict=True):
        mine = [r for r in rows if r["valence"] == valence]
        for r in mine:
            ax.plot([0, 1], [r["mean_cum_positive"], r["mean_cum_negative"]], "-o", color=colour(valence), alpha=0.7)
        best = min(mine, key=lambda r: r["p_value"] if r["p_value"] is not None else np.inf)
        ax.set_xticks([0, 1], ["to positive\nprototype", "to negative\nprototype"])
        ax.set(xlim=(-0.4, 1.4), ylabel="cumulative similarity vs baseline (a.u.)",
               title=f"{valence} trials ({len(mine)} sessions)")
        ax.text(0.02, 0.02, p_text({"test": "paired Wilcoxon", "p": best["p_value"], "n": best["n"]}, "best session "),
                transform=ax.transAxes, fontsize=7)
    return save(fig, out_dir, "cumulative_similarity")


def embedding(out_dir: Path, restriction=None) -> list[Path]:
    """UMAP scatter of stimulus-window frames coloured by stimulus, k-means centres, adjusted Rand
    index (Fig. 1G); one panel per session (at most 4)."""
    rows = require((Embedding & (restriction or {})).to_dicts(limit=4), "Embedding")
    fig, axes = plt.subplots(1, len(rows), figsize=(3.6 * len(rows), 3.6), squeeze=False)
    for ax, r in zip(axes[0], rows, strict=True):
        coords = np.asarray(r["coords"])
        stims = np.asarray(r["frame_stimulus"]).astype(str)
        for i, stim in enumerate(sorted(set(stims))):
            sel = stims == stim
            ax.scatter(coords[sel, 0], coords[sel, 1], s=4, color=colour(stim, i), label=stim, alpha=0.7)
        centres = np.asarray(r["centres"])
        ax.scatter(centres[:, 0], centres[:, 1], marker="x", s=60, color="k", label="k-means centres")
        ax.set(xlabel="UMAP 1", ylabel="UMAP 2",
               title=f"{r['subject_id']}/{r['session_id']}: ARI {r['adjusted_rand']:.2f}")
    axes[0][0].legend(frameon=False, fontsize=7, markerscale=2)
    return save(fig, out_dir, "embedding_umap")


def drug_sessions(out_dir: Path, restriction=None) -> list[Path]:
    """Baseline-normalised sim(+) - sim(-) per minute after the injection, and the window
    proportions of positive minus negative frames, per drug session (Fig. 3C-E, G-H)."""
    rows = require((DrugEffect & (restriction or {}) & {"drug_paramset": 0}).to_dicts(), "DrugEffect")
    fig, (ax, bx) = plt.subplots(1, 2, figsize=(9, 3.6))
    for i, r in enumerate(rows):
        label = f"{r['drug']} ({r['subject_id']}/{r['session_id']})"
        ax.plot(np.asarray(r["bin_start"]) / 60.0, r["bin_difference"], color=plt.get_cmap("tab10")(i), label=label)
    ax.axvline(0, color="k", linewidth=0.8)
    ax.axhline(0, color="k", linewidth=0.5, linestyle=":")
    ax.set(xlabel="time from injection (min)", ylabel="sim(+) - sim(-) minus baseline", title="Drug time course")
    ax.legend(frameon=False, fontsize=7)
    windows = (DrugEffect.Window & (restriction or {}) & {"drug_paramset": 0} & "window_name != 'baseline'").to_dicts()
    names = sorted({w["window_name"] for w in windows})
    width = 0.8 / max(len(rows), 1)
    for i, r in enumerate(rows):
        mine = {w["window_name"]: w["difference_norm"] for w in windows
                if (w["subject_id"], w["session_id"]) == (r["subject_id"], r["session_id"])}
        values = [mine.get(n) if mine.get(n) is not None else np.nan for n in names]
        bx.bar(np.arange(len(names)) + i * width, values, width, color=plt.get_cmap("tab10")(i), label=r["drug"])
    bx.set_xticks(np.arange(len(names)) + 0.4 - width / 2, names)
    bx.axhline(0, color="k", linewidth=0.5)
    bx.set(ylabel="P(positive) - P(negative), minus baseline", title="Window proportions (1 SD threshold)")
    return save(fig, out_dir, "drug_sessions")


def motion_heatmaps(out_dir: Path, restriction=None) -> list[Path]:
    """Mean motion energy per pixel over each stimulus's windows, one session (Fig. 1B, S3B)."""
    first = require((MotionEnergy & (restriction or {}) & MotionEnergy.Heatmap).to_dicts(limit=1), "MotionEnergy")[0]
    session = {k: first[k] for k in ("subject_id", "session_id", "motion_paramset")}
    maps = (MotionEnergy.Heatmap & session).to_dicts(order_by="stimulus")
    vmax = max(float(np.nanpercentile(m["heatmap"], 99.5)) for m in maps)
    fig, axes = plt.subplots(1, len(maps), figsize=(2.6 * len(maps) + 0.8, 2.9), squeeze=False, layout="constrained")
    for ax, m in zip(axes[0], maps, strict=True):
        im = ax.imshow(m["heatmap"], cmap="magma", vmin=0, vmax=vmax)
        ax.set_title(f"{m['stimulus']} ({m['n_frames']} frames)", fontsize=9)
        ax.axis("off")
    fig.colorbar(im, ax=axes[0].tolist(), shrink=0.8, label="|frame difference| (gray levels)")
    fig.suptitle(f"Motion energy, {session['subject_id']}/{session['session_id']}", fontsize=10)
    return save(fig, out_dir, "motion_energy", tight=False)  # constrained layout leaves the colorbar its own room
