"""Deep-model figures: classifier accuracy vs its controls and confusion (Fig. 1E), Siamese
distance distributions (Fig. 2B), Grad-CAM overlays (Fig. 1F, 2C), occlusion (Fig. S5D-E)."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from facevalence.figures._common import colour, confusion_panel, p_text, panel_grid, require, save
from facevalence.schemas.deep import (
    ClassifierTraining,
    DeepDataset,
    GradCAMMap,
    OcclusionResult,
    SiameseTraining,
)


def _first(table, restriction, name: str) -> dict:
    return require((table & (restriction or {})).to_dicts(limit=1), name)[0]


def _key(row: dict) -> dict:
    return {k: row[k] for k in ("model_paramset", "proto_id", "reg_paramset")}


def classifier(out_dir: Path, restriction=None) -> list[Path]:
    """Frame-wise test accuracy of the ResNet18 classifier vs shuffled labels and across mice (per-mouse
    dots, chance line, Welch t), the training curve and the confusion matrix."""
    master = _first(ClassifierTraining, restriction, "ClassifierTraining")
    key = _key(master)
    runs = {r["run"]: r for r in (ClassifierTraining.Run & key).to_dicts()}
    classes = list((DeepDataset & key).fetch1("classes"))
    fig, (ax, cx, bx) = plt.subplots(1, 3, figsize=(13, 3.8), gridspec_kw={"width_ratios": [1, 1, 1.2]})
    order = [r for r in ("real", "shuffled", "cross-mouse") if r in runs]
    ax.bar(range(len(order)), [runs[r]["accuracy"] for r in order], color=["#1b9e77", "#999999", "#66a61e"][: len(order)])
    for i, run in enumerate(order):
        acc = (ClassifierTraining.PerMouse & key & {"run": run}).to_arrays("accuracy")
        ax.scatter(np.full(len(acc), i) + np.linspace(-0.15, 0.15, len(acc)), acc, color="k", s=12, zorder=3)
    ax.axhline(master["chance"], color="k", linestyle="--", linewidth=0.8, label=f"chance {master['chance']:.2f}")
    labels = {"real": "real", "shuffled": "shuffled\nlabels", "cross-mouse": f"cross-mouse\n({master['held_out_mouse']})"}
    ax.set_xticks(range(len(order)), [labels[r] for r in order])
    ax.set(ylim=(0, 1.05), ylabel="test accuracy (frames; dots = mice)")
    ax.set_title("ResNet18 stimulus classifier\n" + p_text(master["stats"], "real vs shuffled, "), fontsize=9)
    ax.legend(frameon=False, fontsize=8, loc="upper right")
    epochs = [h["epoch"] for h in master["history"]]
    cx.plot(epochs, [h["loss"] for h in master["history"]], color="k", label="training loss")
    cx.set(xlabel="epoch", ylabel="cross-entropy loss", title=f"training ({master['device']}, {master['images_per_s']:.0f} img/s)")
    if any("val_acc" in h for h in master["history"]):
        c2 = cx.twinx()
        c2.plot(epochs, [h.get("val_acc", np.nan) for h in master["history"]], color="#1b9e77", label="validation accuracy")
        c2.set(ylabel="validation accuracy", ylim=(0, 1.05))
    confusion_panel(fig, bx, runs["real"]["confusion"], classes, "Confusion, held-out test trials", unit="frames")
    return save(fig, out_dir, "classifier")


def siamese(out_dir: Path, restriction=None) -> list[Path]:
    """Embedding distances of held-out mice's pairs: same valence from different mice vs different
    valence from the same mouse (Fig. 2B), with the Welch t and the margin."""
    row = _first(SiameseTraining, restriction, "SiameseTraining")
    sim, dis = np.asarray(row["similar"]), np.asarray(row["dissimilar"])
    fig, ax = plt.subplots(figsize=(5.5, 3.6))
    bins = np.linspace(0, max(sim.max(), dis.max()) * 1.05, 30)
    ax.hist(sim, bins, alpha=0.6, color="#1b9e77", label=f"same valence, different mice (n = {len(sim)})")
    ax.hist(dis, bins, alpha=0.6, color="#d95f02", label=f"different valence, same mouse (n = {len(dis)})")
    ax.axvline(row["margin"], color="k", linestyle=":", linewidth=0.8, label=f"margin {row['margin']:.2f}")
    ax.set(xlabel="embedding distance (Euclidean)", ylabel="pairs")
    ax.set_title(f"Siamese ResNet18, test mice {', '.join(row['test_mice'])}\n{p_text(row['stats']['real'])}\n"
                 + p_text(row["stats"]["shuffled_pairs"], "shuffled pair labels, "), fontsize=8)
    ax.legend(frameon=False, fontsize=7, loc="upper right")
    return save(fig, out_dir, "siamese_distances")


def gradcam(out_dir: Path, restriction=None) -> list[Path]:
    """Grad-CAM heatmaps over the mean face of the frames they explain: one panel per stimulus
    (classifier) and per pair kind (Siamese), with the map's share on ears + mouth."""
    master = _first(GradCAMMap, restriction, "GradCAMMap")
    key = _key(master)
    maps = (GradCAMMap.Map * GradCAMMap.proj("animated_share") & key).to_dicts(order_by=("cam_model", "label"))
    fig, axes, _ = panel_grid(len(maps), 4, 2.8, 3.0)
    fig.set_layout_engine("constrained")
    for ax, m in zip(axes, maps, strict=True):
        ax.imshow(np.asarray(m["mean_frame"]), cmap="gray", vmin=0, vmax=255)
        im = ax.imshow(np.asarray(m["heatmap"]), cmap="jet", alpha=0.45, vmin=0, vmax=1)
        share = m["regions"]["ear"]["mass"] + m["regions"]["mouth"]["mass"]
        ax.set_title(f"{m['cam_model']}: {m['label']}\nn = {m['n_frames']} frames, ears+mouth {share:.0%}", fontsize=8,
                     color=colour(m["label"]) if m["cam_model"] == "classifier" else "k")
        ax.axis("off")
    fig.colorbar(im, ax=axes, fraction=0.03, label="Grad-CAM (layer4), per-frame max = 1")
    fig.suptitle("Where the networks look (mean frame + mean Grad-CAM)", fontsize=10)
    return save(fig, out_dir, "gradcam", tight=False)


def occlusion(out_dir: Path, restriction=None) -> list[Path]:
    """Classifier accuracy with each face region occluded (mean +- SEM over folds by trial, Fig. S5D-E)."""
    master = _first(OcclusionResult, restriction, "OcclusionResult")
    rows = (OcclusionResult.Region & _key(master)).to_dicts(order_by=("mean_accuracy", "region"))  # ties in a fixed order
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.bar(range(len(rows)), [r["mean_accuracy"] for r in rows], yerr=[r["sem_accuracy"] for r in rows], capsize=3,
           color=["#999999" if r["region"] in ("none", "background") else "#d95f02" for r in rows])
    for i, r in enumerate(rows):
        ax.text(i, 0.02, f"{r['drop']:+.2f}\n{r['area']:.0%} px", ha="center", fontsize=7, color="w")
    ax.set_xticks(range(len(rows)), [r["region"] for r in rows])
    ax.set(ylim=(0, 1.05), ylabel="test accuracy (mean +- SEM over folds)",
           title=f"Occlusion, {master['n_folds']}-fold CV by trial (text: drop vs none, area)")
    return save(fig, out_dir, "occlusion")
