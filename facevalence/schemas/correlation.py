"""Face-neural correlation: prototype similarity vs z-scored dF/F, 2 s after onset (Fig. 7A-B)."""

from __future__ import annotations

import datajoint as dj

from facevalence.methods.correlation import pooled_correlations, similarity_kind, trial_correlation
from facevalence.schemas._base import Pooled, Versioned, in_cohort, members_hash, nullable, when_complete
from facevalence.schemas.face import Prototype, PrototypeScore
from facevalence.schemas.photometry import PhotometryParams, PhotometryPSTH, PhotometryTrace
from facevalence.schemas.session import Cohort, Subject, Trial

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


def _columns(res: dict) -> dict:
    return {"rho": nullable(res["rho"]), "p_value": nullable(res["p"]), "p_shuffle": nullable(res["p_shuffle"]),
            "n": res["n"], "slope": nullable(res["slope"]), "slope_ci_low": nullable(res["slope_ci"][0]),
            "slope_ci_high": nullable(res["slope_ci"][1]), "intercept": nullable(res["intercept"]), "stats": res}


def _session_signals(session: dict) -> dict:
    """A session's dF/F clock and z-scored dF/F and its prototype scores, fetched once."""
    times, z = (PhotometryTrace & session).fetch1("times", "dff_z")
    score = (PrototypeScore & session).fetch1("frame_times", "sim_positive", "sim_negative")
    return {"times": times, "dff_z": z, **dict(zip(("frame_times", "sim_positive", "sim_negative"), score, strict=True))}


def _window(params: dict) -> dict:
    return {"window_s": params["window_s"], "rate_hz": params["rate_hz"], "baseline_s": params["baseline_s"], "n_shuffles": params["n_shuffles"]}


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
        params = (CorrelationParams & key).fetch1()
        trials = (Trial & key).to_dicts(order_by="trial_id")  # the key names the stimulus
        valence = trials[0]["valence"]
        res = trial_correlation(_session_signals(key), valence, [t["start_time"] for t in trials], **_window(params))
        self.insert1({**key, "similarity_kind": similarity_kind(valence), **_columns(res)})


@schema
class FaceNeuralPattern(Pooled, Versioned, dj.Computed):
    definition = """
    # Fig. 7A-B: per neuron type and valence, every trial of every member session pooled (z-scored
    # dF/F vs similarity to the valence's prototype). Built once every member's correlation exists.
    -> Prototype
    -> PhotometryParams
    -> CorrelationParams
    -> Cohort
    ---
    n_sessions          : int32
    members_hash        : char(32)   # of the sessions pooled: the row is stale when they change
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
        candidates = ((Prototype.proj() * PhotometryParams.proj() * CorrelationParams.proj() * Cohort.proj())
                      & (FaceNeuralCorrelation.proj() * Cohort.Member.proj()))
        return when_complete(candidates, PhotometryTrace, PhotometryPSTH, PrototypeScore, FaceNeuralCorrelation)

    @classmethod
    def pooled(cls, key):
        params = {k: key[k] for k in ("proto_id", "phot_paramset", "corr_paramset")}
        return in_cohort(FaceNeuralCorrelation.proj() & params, key)

    def make(self, key):
        params = (CorrelationParams & key).fetch1()
        sources = self.pooled(key).to_dicts()
        cell = dict(zip(*Subject.to_arrays("subject_id", "cell_type"), strict=True))
        sessions = [{"cell_type": cell[subject], "signals": _session_signals({**key, **session}),
                     "trials": (Trial & session).proj("valence", "start_time").to_dicts(order_by="trial_id")}
                    for subject, session in ((s, {"subject_id": s, "session_id": t})
                                             for s, t in sorted({(r["subject_id"], r["session_id"]) for r in sources}))]
        rows = pooled_correlations(sessions, **_window(params))
        self.insert1({**key, "n_sessions": len(sessions), "members_hash": members_hash(sources)})
        self.Source.insert([{**key, **r} for r in sources])
        self.CellTypeValence.insert([{**key, "cell_type": r["cell_type"], "valence_name": r["valence_name"],
                                      "n_sessions": r["n_sessions"], **_columns(r["result"])} for r in rows])
