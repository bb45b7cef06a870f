"""Face-neural correlation: prototype similarity vs z-scored dF/F, 2 s after onset (paper, Fig. 7A-B)."""

from __future__ import annotations

import numpy as np

from facevalence.methods.photometry import window_pairs
from facevalence.methods.stats import spearman_shuffle


def similarity_kind(valence: str) -> str:
    """What a trial of ``valence`` is correlated with (paper, Fig. 7A-B).

    Parameters
    ----------
    valence : str
        The stimulus's valence.

    Returns
    -------
    str
        ``"positive"`` or ``"negative"`` (the similarity to that prototype), or ``"difference"``
        (positive - negative) for neutral stimuli.
    """
    return valence if valence in ("positive", "negative") else "difference"


def similarity_for(valence: str, sim_positive: np.ndarray, sim_negative: np.ndarray) -> np.ndarray:
    """The per-frame similarity of :func:`similarity_kind` for trials of ``valence`` (paper, Fig. 7A-B).

    Parameters
    ----------
    valence : str
        The stimulus's valence.
    sim_positive, sim_negative : ndarray, shape (frames,)
        Similarity of each frame to the positive and the negative prototype.

    Returns
    -------
    ndarray, shape (frames,)
    """
    kind = similarity_kind(valence)
    if kind == "difference":
        return np.asarray(sim_positive, float) - np.asarray(sim_negative, float)
    return np.asarray(sim_positive if kind == "positive" else sim_negative, float)


def session_pairs(signals: dict, valence: str, onsets, *, window_s: float = 2.0, rate_hz: float = 15.0,
                  baseline_s: float | None = 4.0) -> tuple[np.ndarray, np.ndarray]:
    """Pooled (z-scored dF/F, similarity) samples of one session's trials (paper, Fig. 7A-B).

    Parameters
    ----------
    signals : dict
        ``times``, ``dff_z`` (photometry) and ``frame_times``, ``sim_positive``, ``sim_negative``
        (prototype scores) of the session.
    valence : str
        The valence of the trials, choosing the similarity (:func:`similarity_for`).
    onsets : sequence of float
        Trial onsets, s.
    window_s, rate_hz, baseline_s : float
        See :func:`facevalence.methods.photometry.window_pairs`.

    Returns
    -------
    dff, similarity : ndarray, shape (samples,)
        Samples of every trial's window on a common ``rate_hz`` grid.
    """
    face = similarity_for(valence, signals["sim_positive"], signals["sim_negative"])
    return window_pairs(signals["times"], signals["dff_z"], signals["frame_times"], face, onsets, window_s=window_s,
                        rate_hz=rate_hz, baseline_s=baseline_s)


def trial_correlation(signals: dict, valence: str, onsets, *, window_s: float = 2.0, rate_hz: float = 15.0,
                      baseline_s: float | None = 4.0, n_shuffles: int = 1000) -> dict:
    """Spearman rho (one-sided shuffle test, slope CI) of one session's trials of one stimulus
    (paper, Fig. 7A).

    Parameters
    ----------
    signals, valence, onsets, window_s, rate_hz, baseline_s
        See :func:`session_pairs`.
    n_shuffles : int, optional
        Permutations of the shuffle test.

    Returns
    -------
    dict
        The tidy record of :func:`facevalence.methods.stats.spearman_shuffle`.
    """
    x, y = session_pairs(signals, valence, onsets, window_s=window_s, rate_hz=rate_hz, baseline_s=baseline_s)
    return spearman_shuffle(x, y, n_shuffles)


def pooled_correlations(sessions: list[dict], *, window_s: float = 2.0, rate_hz: float = 15.0,
                        baseline_s: float | None = 4.0, n_shuffles: int = 1000) -> list[dict]:
    """Per neuron type and valence, every trial of every session pooled (Fig. 7A-B).

    Parameters
    ----------
    sessions : list of dict
        Per session: ``cell_type``, ``signals`` (see :func:`session_pairs`) and ``trials``
        (``valence``, ``start_time`` each). Sessions without a cell type are left out.

    Returns
    -------
    list of dict
        ``cell_type``, ``valence_name``, ``n_sessions`` (of that cell type) and ``result`` (the tidy record).
    """
    pooled: dict[tuple[str, str], tuple[list, list]] = {}
    per_type: dict[str, int] = {}
    for s in sessions:
        per_type[s["cell_type"]] = per_type.get(s["cell_type"], 0) + 1
        if not s["cell_type"]:
            continue
        for valence in sorted({t["valence"] for t in s["trials"]}):
            onsets = [t["start_time"] for t in s["trials"] if t["valence"] == valence]
            x, y = session_pairs(s["signals"], valence, onsets, window_s=window_s, rate_hz=rate_hz, baseline_s=baseline_s)
            xs, ys = pooled.setdefault((s["cell_type"], valence), ([], []))
            xs.append(x)
            ys.append(y)
    return [{"cell_type": cell_type, "valence_name": valence, "n_sessions": per_type[cell_type],
             "result": spearman_shuffle(np.concatenate(xs), np.concatenate(ys), n_shuffles)}
            for (cell_type, valence), (xs, ys) in sorted(pooled.items())]
