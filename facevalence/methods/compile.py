"""Compile the numba code the methods use once, into numba's on-disk cache (``make install`` runs
this): the exact HOG kernel (:mod:`facevalence.methods.hog_kernel`) and UMAP's functions
(:func:`facevalence.methods.embedding.embed_hog`). Otherwise the first HOG and the first embedding
of every fresh installation compile them, in whichever worker gets there first (10-30 s each)."""

from __future__ import annotations

import time

import numpy as np


def warm_numba_caches() -> dict[str, float]:
    """Run the HOG and the embedding once on small synthetic input so numba compiles and caches them
    (paper, Methods "HOG" and Fig. 1G: the same code paths the tables run).

    Returns
    -------
    dict of str to float
        Seconds spent per step (near zero when the caches were already warm).
    """
    from facevalence.methods.embedding import embed_hog
    from facevalence.methods.hog import hog_frame

    rng = np.random.default_rng(0)
    spent = {}
    start = time.perf_counter()
    frame = rng.integers(0, 256, (64, 64), dtype=np.uint8)
    hog_frame(frame)
    hog_frame(frame, parallel=False)
    spent["hog"] = time.perf_counter() - start
    start = time.perf_counter()
    embed_hog(rng.random((60, 256)).astype(np.float32), n_clusters=3)
    spent["umap"] = time.perf_counter() - start
    return spent


if __name__ == "__main__":
    print("numba caches: " + ", ".join(f"{k} {v:.1f} s" for k, v in warm_numba_caches().items()))
