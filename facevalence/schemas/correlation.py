"""Face-neural correlation: prototype similarity vs z-scored dF/F, 2 s after onset (Fig. 7A-B)."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.methods.stats import spearman_shuffle, zscore
from facevalence.schemas._base import Versioned
from facevalence.schemas.face import PrototypeScore
from facevalence.schemas.photometry import PhotometryPSTH, PhotometryTrace  # noqa: F401  (PhotometryPSTH: used in a definition)
from facevalence.schemas.session import Trial

schema = dj.Schema()


@schema
class CorrelationParams(dj.Lookup):
    definition = """
    corr_paramset       : int16
    ---
    window_s            : float64    # seconds after onset
    rate_hz             : float64    # common clock for both signals
    n_shuffles          : int32
    description = ""    : varchar(255)
    """
    contents = [(0, 2.0, 15.0, 1000, "paper: 2 s after onset at 15 Hz, Spearman, one-sided shuffle test")]


@schema
class FaceNeuralCorrelation(Versioned, dj.Computed):
    definition = """
    # Spearman rho between z-scored dF/F and the similarity to the stimulus's valence prototype
    -> PhotometryPSTH
    -> PrototypeScore
    -> CorrelationParams
    ---
    similarity_kind     : varchar(16)   # positive | negative | difference (neutral stimuli)
    rho = null          : float64       # NULL when a signal is constant or fewer than 3 samples
    p_value = null      : float64
    p_shuffle = null    : float64       # one-sided: rho larger than with shuffled pairs
    n                   : int32         # samples pooled over trials
    slope = null        : float64       # linear fit of similarity on z-scored dF/F
    intercept = null    : float64
    """

    def make(self, key):
        p = (CorrelationParams & key).fetch1()
        times, dff = (PhotometryTrace & key).fetch1("times", "dff")
        z = zscore(dff)
        grid = np.arange(0.0, p["window_s"] - 1e-9, 1.0 / p["rate_hz"])
        score = (PrototypeScore & key).fetch1()
        valence = (Trial & key).to_dicts(limit=1)[0]["valence"]
        kind = valence if valence in ("positive", "negative") else "difference"
        sim = {"positive": score["sim_positive"], "negative": score["sim_negative"]}.get(kind)
        if sim is None:
            sim = np.asarray(score["sim_positive"]) - np.asarray(score["sim_negative"])
        xs, ys = [], []
        for onset in (Trial & key).to_arrays("start_time"):
            xs.append(np.interp(onset + grid, times, z, left=np.nan, right=np.nan))
            ys.append(np.interp(onset + grid, score["frame_times"], sim, left=np.nan, right=np.nan))
        res = spearman_shuffle(np.concatenate(xs), np.concatenate(ys), p["n_shuffles"])
        self.insert1({**key, "similarity_kind": kind, "rho": res["rho"], "p_value": res["p"], "p_shuffle": res["p_shuffle"],
                      "n": res["n"], "slope": res["slope"], "intercept": res["intercept"]})
