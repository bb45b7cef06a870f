"""Low-dimensional embedding of facial expressions (paper, Fig. 1G).

HOG vectors of the frames in the stimulus windows -> PCA (400 components) -> UMAP (2-D,
``n_neighbors=45``) -> k-means on the UMAP coordinates. How well the clusters follow the
stimuli is summarised by the adjusted Rand index between cluster and stimulus labels.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

PAPER_PCA = 400
PAPER_NEIGHBORS = 45


@dataclass
class Embedding:
    coords: np.ndarray  # (frames, 2) UMAP coordinates
    cluster: np.ndarray  # (frames,) k-means label
    centres: np.ndarray  # (k, 2)
    explained_variance: np.ndarray  # (components,) PCA explained-variance ratio
    n_components: int  # PCA components used (fewer than asked when there are fewer frames)
    n_neighbors: int


@functools.cache
def _umap_class():
    """umap-learn's UMAP, with numba's on-disk cache switched on for its compiled functions.

    umap-learn (and pynndescent) declare ~250 numba functions without ``cache=True``, so every new
    process spent 10-20 s compiling them on the first embedding (a CLI populate, each worker).
    ``Dispatcher.enable_caching()`` is what ``cache=True`` does at decoration time; numba keys the
    cache on each source file's timestamp, so a umap upgrade recompiles. Measured: first embedding
    in a fresh process 15-20 s -> 3 s.
    """
    import sys

    import umap  # noqa: F401  (loads umap.* and pynndescent.*)
    from numba.core.registry import CPUDispatcher
    from umap import UMAP

    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("umap", "pynndescent")):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, CPUDispatcher) and type(value._cache).__name__ == "NullCache":
                try:
                    value.enable_caching()
                except Exception:  # noqa: BLE001  (a function numba cannot cache is compiled as before)
                    pass
    return UMAP


def embed_hog(hog: np.ndarray, n_pca: int = PAPER_PCA, n_neighbors: int = PAPER_NEIGHBORS, n_clusters: int = 5,
              seed: int = 0) -> Embedding:
    """PCA -> UMAP -> k-means of HOG vectors, deterministic for a ``seed`` (paper, Fig. 1G).

    Parameters
    ----------
    hog : ndarray, shape (frames, features)
        One HOG vector per frame.
    n_pca : int, optional
        PCA components (400 in the paper); with fewer frames the largest possible value is used.
    n_neighbors : int, optional
        UMAP neighbours (45 in the paper); capped at frames - 1.
    n_clusters : int, optional
        k-means clusters on the UMAP coordinates.
    seed : int, optional
        Seed of PCA, UMAP and k-means.

    Returns
    -------
    Embedding
        Coordinates, clusters and the component and neighbour counts actually used.

    Raises
    ------
    ValueError
        With fewer frames than clusters (or than 3).
    """
    from sklearn.cluster import KMeans
    from sklearn.decomposition import PCA

    UMAP = _umap_class()

    x = np.asarray(hog, np.float32)
    n = len(x)
    if n < max(3, n_clusters):
        raise ValueError(f"an embedding needs at least {max(3, n_clusters)} frames, got {n}")
    components = min(n_pca, n - 1, x.shape[1])
    pca = PCA(n_components=components, random_state=seed)
    reduced = pca.fit_transform(x)
    neighbors = min(n_neighbors, n - 1)
    coords = UMAP(n_neighbors=neighbors, n_components=2, random_state=seed, n_jobs=1).fit_transform(reduced)
    km = KMeans(n_clusters=n_clusters, n_init=10, random_state=seed).fit(coords)
    return Embedding(coords=coords.astype(np.float32), cluster=km.labels_.astype(np.int16),
                     centres=km.cluster_centers_.astype(np.float32), explained_variance=pca.explained_variance_ratio_,
                     n_components=components, n_neighbors=neighbors)


def cluster_agreement(cluster: np.ndarray, labels: np.ndarray) -> float:
    """How well the k-means clusters follow the stimuli (paper, Fig. 1G).

    Parameters
    ----------
    cluster : ndarray, shape (frames,)
        k-means label of each frame.
    labels : ndarray, shape (frames,)
        Stimulus of each frame.

    Returns
    -------
    float
        Adjusted Rand index (1 = identical partitions, ~0 = chance).
    """
    from sklearn.metrics import adjusted_rand_score

    return float(adjusted_rand_score(np.asarray(labels), np.asarray(cluster)))


@dataclass
class WindowEmbedding:
    """Result of :func:`embed_windows`: the embedding and which frame each point is."""

    embedding: Embedding
    frame_stimulus: list[str]
    frame_trial: np.ndarray  # int32
    frame_times: np.ndarray
    adjusted_rand: float  # agreement of clusters with stimuli


def embed_windows(windows: list[dict], *, n_pca: int = PAPER_PCA, n_neighbors: int = PAPER_NEIGHBORS,
                  n_clusters: int = 5, seed: int = 0) -> WindowEmbedding:
    """Embed a session's stimulus-window frames (Fig. 1G): HOG -> PCA -> UMAP -> k-means.

    Parameters
    ----------
    windows : list of dict
        Per trial: ``hog`` (frames, features), ``frame_times``, ``start_time``, ``stop_time``,
        ``stimulus``, ``trial_id``; only frames inside ``[start_time, stop_time)`` are embedded.
    n_pca, n_neighbors, n_clusters, seed
        See :func:`embed_hog`.

    Returns
    -------
    WindowEmbedding
    """
    hog, stim, trial, times = [], [], [], []
    for w in windows:
        inside = (w["frame_times"] >= w["start_time"]) & (w["frame_times"] < w["stop_time"])
        hog.append(np.asarray(w["hog"])[inside])
        stim += [w["stimulus"]] * int(inside.sum())
        trial += [w["trial_id"]] * int(inside.sum())
        times.append(w["frame_times"][inside])
    emb = embed_hog(np.concatenate(hog), n_pca, n_neighbors, n_clusters, seed)
    return WindowEmbedding(emb, stim, np.asarray(trial, np.int32), np.concatenate(times), cluster_agreement(emb.cluster, stim))
