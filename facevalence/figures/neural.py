"""Figures of the photometry, correlation and optogenetics tables (paper, Fig. 6-7)."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from facevalence.figures._common import colour, mean_sem, p_text, panel_grid, require, save
from facevalence.schemas.correlation import FaceNeuralPattern
from facevalence.schemas.opto import OptoGroupEffect, fetch_measures
from facevalence.schemas.photometry import NeuronTypePattern, PhotometryPSTH
from facevalence.schemas.session import Subject


def psth(out_dir: Path, restriction=None) -> list[Path]:
    """Per neuron type: z-scored dF/F around onset per stimulus (mean +- SEM over trials) above a
    heatmap of every trial (rows sorted by stimulus), with the type's Kruskal-Wallis p (Fig. 6)."""
    rows = require((PhotometryPSTH.TrialPSTH * Subject.proj("cell_type") & (restriction or {})
                    & {"phot_paramset": 0} & "cell_type != ''").to_dicts(), "PhotometryPSTH (of subjects with a cell_type)")
    times = np.asarray((PhotometryPSTH & {k: rows[0][k] for k in PhotometryPSTH.primary_key}).fetch1("times"))
    across = {r["cell_type"]: r["across_stimuli"] for r in (NeuronTypePattern.CellType & (restriction or {})
                                                                 & {"phot_paramset": 0}).to_dicts()}
    types = sorted({r["cell_type"] for r in rows})
    fig, axes = plt.subplots(2, len(types), figsize=(3.4 * len(types), 5.6), squeeze=False,
                             gridspec_kw={"height_ratios": [1, 1.2]})
    for col, cell_type in enumerate(types):
        mine = sorted((r for r in rows if r["cell_type"] == cell_type), key=lambda r: (r["stimulus"], r["subject_id"]))
        ax, hx = axes[0][col], axes[1][col]
        for i, stim in enumerate(sorted({r["stimulus"] for r in mine})):
            mean, sem = mean_sem(np.vstack([r["dff_z"] for r in mine if r["stimulus"] == stim]))
            ax.plot(times, mean, color=colour(stim, i), label=stim)
            ax.fill_between(times, mean - sem, mean + sem, color=colour(stim, i), alpha=0.25, linewidth=0)
        ax.axvline(0, color="k", linewidth=0.8)
        ax.set(title=f"{cell_type}", xlabel="time from onset (s)", ylabel="z-scored dF/F")
        ax.text(0.02, 0.95, p_text(across.get(cell_type)), transform=ax.transAxes, fontsize=6, va="top")
        heat = np.vstack([r["dff_z"] for r in mine])
        lim = float(np.nanpercentile(np.abs(heat), 99)) or 1.0
        im = hx.imshow(heat, aspect="auto", cmap="RdBu_r", vmin=-lim, vmax=lim,
                       extent=(times[0], times[-1], len(mine), 0))
        labels = [r["stimulus"] for r in mine]
        edges = [i for i in range(1, len(labels)) if labels[i] != labels[i - 1]]
        for e in edges:
            hx.axhline(e, color="k", linewidth=0.6)
        hx.set_yticks([(a + b) / 2 for a, b in zip([0, *edges], [*edges, len(labels)], strict=True)],
                      [labels[a] for a in [0, *edges]], fontsize=7)
        hx.axvline(0, color="k", linewidth=0.8)
        hx.set_xlabel("time from onset (s)")
        fig.colorbar(im, ax=hx, label="z-scored dF/F")
    axes[0][0].legend(frameon=False, fontsize=7)
    return save(fig, out_dir, "photometry_psth")


def face_neural(out_dir: Path, restriction=None) -> list[Path]:
    """Per neuron type and valence: Spearman rho, the least-squares slope with its 95 % CI, and
    the observed rho against the shuffled rhos' distribution (Fig. 7A-B)."""
    rows = require((FaceNeuralPattern.CellTypeValence & (restriction or {}) & {"phot_paramset": 0}).to_dicts(),
                   "FaceNeuralPattern")
    rows = [r for r in rows if r["valence_name"] != "neutral"]
    fig, panels, _ = panel_grid(len(rows), 4, 3.2, 3.0)
    for ax, r in zip(panels, rows, strict=True):
        null = r["stats"].get("null", {})
        hist = null.get("histogram")
        if hist:
            counts, edges = (np.asarray(h, float) for h in hist)
            ax.stairs(counts, edges, fill=True, color="#cccccc", label="shuffled")
        if r["rho"] is not None:
            ax.axvline(r["rho"], color=colour(r["valence_name"]), linewidth=2, label=f"observed {r['rho']:.2f}")
        ci = (r["slope_ci_low"], r["slope_ci_high"])
        slope = "n/a" if r["slope"] is None else f"{r['slope']:.3g} [{ci[0]:.3g}, {ci[1]:.3g}]"
        ax.set(title=f"{r['cell_type']}, {r['valence_name']}", xlabel="Spearman rho", ylabel="shuffles")
        shuffle_p = "n/a" if r["p_shuffle"] is None else f"{r['p_shuffle']:.3g}"
        ax.text(0.02, 0.97, f"shuffle p = {shuffle_p}\nslope {slope}\nn = {r['n']}",
                transform=ax.transAxes, fontsize=6, va="top")
        ax.legend(frameon=False, fontsize=6, loc="lower left")
    fig.suptitle("Face-neural correlation (z-scored dF/F vs similarity to the valence's prototype, 0-2 s)", fontsize=9)
    return save(fig, out_dir, "face_neural_correlation")


def opto(out_dir: Path, restriction=None) -> list[Path]:
    """Laser-on vs laser-off trials per opsin group and measure, every trial shown, Mann-Whitney p
    from OptoGroupEffect (Fig. 7E-G)."""
    groups = require((OptoGroupEffect.Group & (restriction or {})).to_dicts(), "OptoGroupEffect")
    master = {k: groups[0][k] for k in OptoGroupEffect.primary_key}
    sources = (OptoGroupEffect.Source & master).to_dicts()
    group_of = dict(zip(*Subject.to_arrays("subject_id", "subject_group")))
    frame = pd.concat([fetch_measures(s).assign(group=group_of[s["subject_id"]]) for s in sources], ignore_index=True)
    measures = sorted(frame["measure"].unique())
    names = sorted(frame["group"].unique())
    fig, axes = plt.subplots(len(names), len(measures), figsize=(3 * len(measures), 2.8 * len(names)), squeeze=False)
    rng = np.random.default_rng(0)
    for i, group in enumerate(names):
        for j, measure in enumerate(measures):
            ax = axes[i][j]
            for k, valence in enumerate(("positive", "negative")):
                for m, on in enumerate((False, True)):
                    v = frame[(frame.group == group) & (frame.measure == measure) & (frame.valence == valence)
                              & (frame.laser_on == on)]["value"].to_numpy(float)
                    x = k * 2.5 + m
                    ax.scatter(x + rng.uniform(-0.15, 0.15, v.size), v, s=12, color=colour(valence),
                               alpha=0.9 if on else 0.5, marker="o" if on else "s")
                    if v.size:
                        ax.hlines(np.median(v), x - 0.3, x + 0.3, color="k")
                rec = next((g["stats"] for g in groups if g["subject_group"] == group and g["measure"] == measure
                            and g["valence_name"] == valence), None)
                ax.text(k * 2.5 + 0.5, 1.0, p_text(rec).split(": ")[-1], transform=ax.get_xaxis_transform(),
                        ha="center", va="bottom", fontsize=6)
            ax.set_xticks([0, 1, 2.5, 3.5], ["+ off", "+ on", "- off", "- on"], fontsize=7)
            ax.axhline(0, color="k", linewidth=0.4)
            ax.set_title(f"{group}: {measure.replace('_', ' ')}", fontsize=8, pad=14)
            ax.set_ylabel("z-score" if measure.endswith("_z") else "peak change (fraction of baseline)", fontsize=7)
    fig.suptitle("Laser on vs off (medians; Mann-Whitney per valence)", fontsize=9)
    return save(fig, out_dir, "opto_laser")
