"""Embedding of a session's stimulus-window frames (Fig. 1G)."""

from __future__ import annotations

import datajoint as dj

from facevalence.methods.embedding import PAPER_NEIGHBORS, PAPER_PCA, WindowEmbedding, embed_windows
from facevalence.schemas._base import Versioned, about_session
from facevalence.schemas.face._schema import schema
from facevalence.schemas.face.hog import HOGFeatures
from facevalence.schemas.session import Subject, Trial


@schema
class EmbeddingParams(dj.Lookup):
    definition = """
    emb_paramset        : int16
    ---
    n_pca               : int16      # PCA components (fewer when a session has fewer frames)
    n_neighbors         : int16      # UMAP neighbours
    n_clusters          : int16      # k-means clusters
    seed                : int32
    description = ""    : varchar(255)
    """
    contents = [{"emb_paramset": 0, "n_pca": PAPER_PCA, "n_neighbors": PAPER_NEIGHBORS, "n_clusters": 5, "seed": 0,
                 "description": "paper Fig. 1G: HOG of stimulus windows -> PCA(400) -> UMAP(45) -> k-means"}]


@schema
class Embedding(Versioned, dj.Computed):
    definition = """
    # Fig. 1G: a session's stimulus-window frames embedded (PCA -> UMAP) and clustered (k-means)
    -> HOGFeatures
    -> EmbeddingParams
    ---
    n_frames            : int32
    n_components        : int16      # PCA components used
    n_neighbors         : int16      # UMAP neighbours used
    explained_variance  : <blob>     # PCA explained-variance ratio per component
    coords              : <blob>     # (n_frames, 2) float32 UMAP coordinates
    cluster             : <blob>     # (n_frames,) k-means label
    centres             : <blob>     # (n_clusters, 2)
    frame_stimulus      : <blob>     # (n_frames,) stimulus of each frame
    frame_trial         : <blob>     # (n_frames,) trial_id of each frame
    frame_times         : <blob>     # (n_frames,) s, session clock
    adjusted_rand = null : float64   # agreement of clusters with stimuli (1 identical, ~0 chance)
    """

    @property
    def key_source(self):
        # the prototype mouse is excluded from every analysis other than building the prototypes
        return (HOGFeatures.proj() * EmbeddingParams.proj()) & (Subject & "role = 'analysis'")

    def make_fetch(self, key):
        windows = (HOGFeatures.Window * Trial.proj("stimulus", "start_time", "stop_time") & key).to_dicts(order_by="trial_id")
        return windows, (EmbeddingParams & key).fetch1()

    def make_compute(self, key, windows, params):
        with about_session(key):
            return (embed_windows(windows, n_pca=params["n_pca"], n_neighbors=params["n_neighbors"],
                                  n_clusters=params["n_clusters"], seed=params["seed"]),)

    def make_insert(self, key, result: WindowEmbedding):
        emb = result.embedding
        self.insert1({**key, "n_frames": len(result.frame_stimulus), "n_components": emb.n_components,
                      "n_neighbors": emb.n_neighbors, "explained_variance": emb.explained_variance, "coords": emb.coords,
                      "cluster": emb.cluster, "centres": emb.centres, "frame_stimulus": result.frame_stimulus,
                      "frame_trial": result.frame_trial, "frame_times": result.frame_times,
                      "adjusted_rand": result.adjusted_rand})
