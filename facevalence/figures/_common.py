"""Shared pieces of the figure functions: saving, the 'nothing to draw' signal, stats labels."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

#: One colour per stimulus and valence, used by every figure.
STIMULUS_COLOURS = {"sucrose": "#1b9e77", "nacl": "#66c2a5", "bitter": "#d95f02", "shock": "#e7298a",
                    "water": "#7f7f7f"}
VALENCE_COLOURS = {"positive": "#1b9e77", "negative": "#d95f02", "neutral": "#7f7f7f"}


class NothingToDraw(Exception):
    """The upstream table has no rows for this figure (the figure is skipped, not drawn empty)."""


def colour(name: str, index: int = 0) -> str:
    return STIMULUS_COLOURS.get(name) or VALENCE_COLOURS.get(name) or plt.get_cmap("tab10")(index % 10)


def require(rows, table: str):
    """``rows`` unchanged, or :class:`NothingToDraw` naming ``table`` when there are none."""
    if rows is None or len(rows) == 0:
        raise NothingToDraw(f"{table} has no rows (run `facevalence populate` first)")
    return rows


def p_text(record: dict | None, label: str = "") -> str:
    """``label test: stat, p = ..., n = ...`` from a tidy statistics record, for a plot's corner."""
    if not record or record.get("p") is None or not np.isfinite(record.get("p", np.nan)):
        return f"{label}n = {record.get('n', 0) if record else 0} (no test)"
    p = record["p"]
    ptxt = f"p = {p:.2g}" if p >= 1e-4 else "p < 1e-4"
    return f"{label}{record['test']}: {ptxt}, n = {record['n']}"


def save(fig, out_dir: Path, name: str, tight: bool = True) -> list[Path]:
    """Write ``name``.png (150 dpi) and ``name``.pdf under ``out_dir``; close the figure."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / f"{name}.png", out_dir / f"{name}.pdf"]
    if tight:
        fig.tight_layout()
    for path in paths:
        fig.savefig(path, dpi=150)
    plt.close(fig)
    return paths


def panel_grid(n: int, max_cols: int, width: float, height: float):
    """A figure with ``n`` panels in rows of at most ``max_cols`` (spare panels hidden); returns
    ``(fig, axes)`` with ``axes`` the ``n`` panels in reading order and ``rows`` of the full grid."""
    ncol = max(1, min(max_cols, n))
    nrow = -(-n // ncol)
    fig, grid = plt.subplots(nrow, ncol, figsize=(width * ncol, height * nrow), squeeze=False)
    for ax in grid.flat[n:]:
        ax.axis("off")
    return fig, list(grid.flat[:n]), grid


def mean_sem(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and SEM over the first axis, ignoring NaN (SEM 0 with one row)."""
    rows = np.atleast_2d(np.asarray(rows, float))
    n = np.maximum(np.isfinite(rows).sum(axis=0), 1)
    sd = np.nanstd(rows, axis=0, ddof=1) if len(rows) > 1 else np.zeros(rows.shape[1])
    return np.nanmean(rows, axis=0), sd / np.sqrt(n)


def confusion_panel(fig, ax, counts: np.ndarray, classes: list[str], title: str, unit: str = "trials") -> None:
    """Confusion matrix as shares of each presented class (colour) with the counts written in."""
    conf = np.asarray(counts, float)
    share = conf / np.maximum(conf.sum(axis=1, keepdims=True), 1)
    im = ax.imshow(share, cmap="Blues", vmin=0, vmax=1)
    ax.set_xticks(range(len(classes)), classes, rotation=45, fontsize=7)
    ax.set_yticks(range(len(classes)), classes, fontsize=7)
    for i in range(len(classes)):
        for j in range(len(classes)):
            ax.text(j, i, int(conf[i, j]), ha="center", va="center", fontsize=7, color="k" if share[i, j] < 0.6 else "w")
    ax.set(xlabel="decoded", ylabel="presented", title=title)
    fig.colorbar(im, ax=ax, label=f"share of presented {unit}")
