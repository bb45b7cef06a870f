"""Face-neural correlation: prototype similarity vs z-scored dF/F, 2 s after onset (Fig. 7A-B)."""

from __future__ import annotations

from collections import Counter

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


def similarity_kind(valence: str) -> str:
    """What a trial of ``valence`` is correlated with: the similarity to its own valence's
    prototype, or the positive - negative difference for neutral stimuli."""
    return valence if valence in ("positive", "negative") else "difference"


def similarity_for(valence: str, score: dict) -> np.ndarray:
    """The per-frame similarity (:func:`similarity_kind`) from a PrototypeScore row."""
    kind = similarity_kind(valence)
    if kind == "difference":
        return np.asarray(score["sim_positive"], float) - np.asarray(score["sim_negative"], float)
    return np.asarray(score[f"sim_{kind}"], float)


def _columns(res: dict) -> dict:
    return {"rho": nullable(res["rho"]), "p_value": nullable(res["p"]), "p_shuffle": nullable(res["p_shuffle"]),
            "n": res["n"], "slope": nullable(res["slope"]), "slope_ci_low": nullable(res["slope_ci"][0]),
            "slope_ci_high": nullable(res["slope_ci"][1]), "intercept": nullable(res["intercept"]), "stats": res}


def _session_signals(key: dict) -> tuple[np.ndarray, np.ndarray, dict]:
    """A session's dF/F clock, z-scored dF/F and PrototypeScore row, fetched once."""
    times, z = (PhotometryTrace & key).fetch1("times", "dff_z")
    return times, z, (PrototypeScore & key).fetch1()


def _pairs(signals: tuple, p: dict, valence: str, onsets) -> tuple[np.ndarray, np.ndarray]:
    """Pooled (z-scored dF/F, similarity) samples of the trials at ``onsets`` (:func:`window_pairs`)."""
    times, z, score = signals
    return window_pairs(times, z, score["frame_times"], similarity_for(valence, score), onsets, p["window_s"],
                        p["rate_hz"], p["baseline_s"])


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
        trials = (Trial & key).to_dicts(order_by="trial_id")  # the key names the stimulus
        valence = trials[0]["valence"]
        x, y = _pairs(_session_signals(key), p, valence, [t["start_time"] for t in trials])
        res = spearman_shuffle(x, y, p["n_shuffles"])
        self.insert1({**key, "similarity_kind": similarity_kind(valence), **_columns(res)})


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
        sessions = sorted({(s["subject_id"], s["session_id"]) for s in sources})
        cell = dict(zip(*(Subject & [{"subject_id": s} for s, _ in sessions]).to_arrays("subject_id", "cell_type")))
        per_type = Counter(cell[s] for s, _ in sessions)
        pooled: dict[tuple[str, str], tuple[list, list]] = {}
        for subject_id, session_id in sessions:
            if not cell[subject_id]:
                continue
            session = {"subject_id": subject_id, "session_id": session_id}
            signals = _session_signals({**key, **session})  # each session's arrays fetched once
            trials = (Trial & session).to_dicts(order_by="trial_id")
            for valence in sorted({t["valence"] for t in trials}):
                x, y = _pairs(signals, p, valence, [t["start_time"] for t in trials if t["valence"] == valence])
                xs, ys = pooled.setdefault((cell[subject_id], valence), ([], []))
                xs.append(x)
                ys.append(y)
        rows = [{**key, "cell_type": cell_type, "valence_name": valence, "n_sessions": per_type[cell_type],
                 **_columns(spearman_shuffle(np.concatenate(xs), np.concatenate(ys), p["n_shuffles"]))}
                for (cell_type, valence), (xs, ys) in sorted(pooled.items())]
        self.insert1({**key, "n_sessions": len(sessions)})
        self.Source.insert(sources)
        self.CellTypeValence.insert(rows)
