"""Face-neural correlation: prototype similarity vs z-scored dF/F, 2 s after onset (Fig. 7A-B)."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.methods.stats import spearman_shuffle, zscore
from facevalence.schemas._base import Versioned
from facevalence.schemas.face import Prototype, PrototypeScore
from facevalence.schemas.photometry import PhotometryPSTH, PhotometryTrace
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
    -> Prototype
    -> CorrelationParams
    ---
    similarity_kind     : varchar(16)   # positive | negative | difference (neutral stimuli)
    rho                 : float64
    p_value             : float64
    p_shuffle           : float64       # one-sided: rho larger than with shuffled pairs
    n                   : int32         # samples pooled over trials
    slope               : float64       # linear fit of similarity on z-scored dF/F
    intercept           : float64
    """

    class TrialScore(dj.Part):
        definition = """
        -> master
        -> PrototypeScore
        """

    @property
    def key_source(self):
        candidates = PhotometryPSTH.proj() * Prototype.proj() * CorrelationParams.proj()
        needed = (candidates * PhotometryPSTH.TrialPSTH.proj()).proj()
        missing = needed - PrototypeScore.proj()
        return candidates - missing.proj()

    def make(self, key):
        p = (CorrelationParams & key).fetch1()
        times, dff = (PhotometryTrace & key).fetch1("times", "dff")
        z_t, z = times, zscore(dff)
        grid = np.arange(0.0, p["window_s"] - 1e-9, 1.0 / p["rate_hz"])
        valence = (Trial & key).to_dicts(limit=1)[0]["valence"]
        kind = valence if valence in ("positive", "negative") else "difference"
        xs, ys, parts = [], [], []
        for score in (PrototypeScore * Trial.proj("start_time", "stimulus") & key).to_dicts(order_by="trial_id"):
            onset = score["start_time"]
            if kind == "positive":
                sim = score["sim_positive"]
            elif kind == "negative":
                sim = score["sim_negative"]
            else:
                sim = score["sim_positive"] - score["sim_negative"]
            xs.append(np.interp(onset + grid, z_t, z, left=np.nan, right=np.nan))
            ys.append(np.interp(onset + grid, score["frame_times"], sim, left=np.nan, right=np.nan))
            parts.append({**key, "trial_id": score["trial_id"]})
        res = spearman_shuffle(np.concatenate(xs), np.concatenate(ys), p["n_shuffles"])
        self.insert1({**key, "similarity_kind": kind, "rho": res["rho"], "p_value": res["p"], "p_shuffle": res["p_shuffle"],
                      "n": res["n"], "slope": res["slope"], "intercept": res["intercept"]})
        self.TrialScore.insert(parts)
