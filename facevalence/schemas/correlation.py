"""Face-neural correlation: prototype similarity vs z-scored dF/F, 2 s after onset (Fig. 7A-B)."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.methods.photometry import window_pairs
from facevalence.methods.stats import spearman_shuffle
from facevalence.schemas._base import Versioned, nullable, when_complete
from facevalence.schemas.face import Prototype, PrototypeScore
from facevalence.schemas.photometry import PhotometryParams, PhotometryPSTH, PhotometryTrace
from facevalence.schemas.session import Subject, Trial

schema = dj.Schema()


@schema
class CorrelationParams(dj.Lookup):
    definition = """
    corr_paramset       : int16
    ---
    window_s            : float64    # seconds after onset
    rate_hz             : float64    # common clock for both signals
    n_shuffles          : int32
    baseline_s = null   : float64    # both signals taken relative to their mean over this pre-onset time; NULL: raw
    description = ""    : varchar(255)
    """
    contents = [{"corr_paramset": 0, "window_s": 2.0, "rate_hz": 15.0, "n_shuffles": 1000, "baseline_s": 4.0,
                 "description": "paper: 2 s after onset at 15 Hz, Spearman, one-sided shuffle test; both signals "
                                "relative to their 4 s pre-stimulus mean, as the PSTHs"}]


#: Result columns shared by a session's and a neuron type's correlation.
_RESULT = """
    rho = null          : float64       # NULL when a signal is constant or fewer than 3 samples
    p_value = null      : float64
    p_shuffle = null    : float64       # one-sided: rho larger than with shuffled pairs
    n                   : int32         # samples pooled over trials
    slope = null        : float64       # least-squares line of similarity on z-scored dF/F
    slope_ci_low = null : float64       # 95-percent confidence interval of the slope
    slope_ci_high = null : float64
    intercept = null    : float64
    stats               : <blob>        # the tidy record, with a summary of the shuffled rhos
    """


def similarity_for(valence: str, score: dict) -> tuple[str, np.ndarray]:
    """The similarity a trial of ``valence`` is correlated with: to its own valence's prototype, or
    the positive - negative difference for neutral stimuli."""
    if valence in ("positive", "negative"):
        return valence, np.asarray(score[f"sim_{valence}"], float)
    return "difference", np.asarray(score["sim_positive"], float) - np.asarray(score["sim_negative"], float)


def _columns(res: dict) -> dict:
    return {"rho": nullable(res["rho"]), "p_value": nullable(res["p"]), "p_shuffle": nullable(res["p_shuffle"]),
            "n": res["n"], "slope": nullable(res["slope"]), "slope_ci_low": nullable(res["slope_ci"][0]),
            "slope_ci_high": nullable(res["slope_ci"][1]), "intercept": nullable(res["intercept"]), "stats": res}


def _session_pairs(key: dict, p: dict, valence: str, stimulus: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Pooled (z-scored dF/F, similarity) samples of one session's trials of a stimulus or valence."""
    times, z = (PhotometryTrace & key).fetch1("times", "dff_z")
    score = (PrototypeScore & key).fetch1()
    _, sim = similarity_for(valence, score)
    trials = Trial & {k: key[k] for k in ("subject_id", "session_id")}
    trials = trials & ({"stimulus": stimulus} if stimulus else {"valence": valence})
    return window_pairs(times, z, score["frame_times"], sim, trials.to_arrays("start_time"), p["window_s"], p["rate_hz"],
                        p["baseline_s"])


@schema
class FaceNeuralCorrelation(Versioned, dj.Computed):
    definition = """
    # Spearman rho between z-scored dF/F and the similarity to the stimulus's valence prototype,
    # pooled over the session's trials of one stimulus
    -> PhotometryPSTH
    -> PrototypeScore
    -> CorrelationParams
    ---
    similarity_kind     : varchar(16)   # positive | negative | difference (neutral stimuli)
    """ + _RESULT

    def make(self, key):
        p = (CorrelationParams & key).fetch1()
        valence = (Trial & key & {"stimulus": key["stimulus"]}).to_dicts(limit=1)[0]["valence"]
        x, y = _session_pairs(key, p, valence, key["stimulus"])
        res = spearman_shuffle(x, y, p["n_shuffles"])
        self.insert1({**key, "similarity_kind": similarity_for(valence, {"sim_positive": 0, "sim_negative": 0})[0],
                      **_columns(res)})


@schema
class FaceNeuralPattern(Versioned, dj.Computed):
    definition = """
    # Fig. 7A-B: per neuron type and valence, every trial of every session pooled (z-scored dF/F
    # vs similarity to the valence's prototype). Built once every session's correlation exists.
    -> Prototype
    -> PhotometryParams
    -> CorrelationParams
    ---
    n_sessions          : int32
    """

    class Source(dj.Part):
        definition = """
        -> master
        -> FaceNeuralCorrelation
        """

    class CellTypeValence(dj.Part):
        definition = """
        -> master
        cell_type           : varchar(16)
        valence_name        : varchar(16)
        ---
        n_sessions          : int32
        """ + _RESULT

    @property
    def key_source(self):
        candidates = (Prototype.proj() * PhotometryParams.proj() * CorrelationParams.proj()) & FaceNeuralCorrelation
        return when_complete(candidates, PhotometryTrace, PhotometryPSTH, PrototypeScore, FaceNeuralCorrelation)

    def make(self, key):
        p = (CorrelationParams & key).fetch1()
        sources = (FaceNeuralCorrelation.proj() & key).to_dicts()
        sessions = {(s["subject_id"], s["session_id"]) for s in sources}
        cell = dict(zip(*(Subject & [{"subject_id": s} for s, _ in sessions]).to_arrays("subject_id", "cell_type")))
        rows = []
        for cell_type in sorted({cell[s] for s, _ in sessions} - {""}):
            mine = [s for s in sorted(sessions) if cell[s[0]] == cell_type]
            for valence in sorted(set((Trial & [{"subject_id": s, "session_id": e} for s, e in mine]).to_arrays("valence"))):
                pairs = [_session_pairs({**key, "subject_id": s, "session_id": e}, p, valence) for s, e in mine]
                x = np.concatenate([a for a, _ in pairs])
                y = np.concatenate([b for _, b in pairs])
                rows.append({**key, "cell_type": cell_type, "valence_name": valence, "n_sessions": len(mine),
                             **_columns(spearman_shuffle(x, y, p["n_shuffles"]))})
        self.insert1({**key, "n_sessions": len(sessions)})
        self.Source.insert(sources)
        self.CellTypeValence.insert(rows)
