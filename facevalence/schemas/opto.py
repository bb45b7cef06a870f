"""Optogenetics: laser-on vs laser-off trials on the face measures (paper, Fig. 7E-G, J-L)."""

from __future__ import annotations

import datajoint as dj
import numpy as np
import pandas as pd

from facevalence.methods.stats import mann_whitney, zscore
from facevalence.schemas._base import Versioned, nullable, when_complete
from facevalence.schemas.face import Prototype, PrototypeScore
from facevalence.schemas.kinematics import Kinematics, KinematicsParams
from facevalence.schemas.session import Subject, Trial

schema = dj.Schema()

#: The face measures compared between laser-on and laser-off trials (Fig. 7E-G).
MEASURES = ("similarity_z", "ear_angle", "mouth_inclination")

#: Columns of one laser-on vs laser-off comparison.
_COMPARISON = """
    n_on                : int32
    n_off               : int32
    median_on = null    : float64
    median_off = null   : float64
    statistic = null    : float64    # Mann-Whitney U
    p_value = null      : float64
    stats               : <blob>     # the tidy record
    """


def trial_measures(key: dict) -> pd.DataFrame:
    """One row per valenced trial and measure of a session: ``trial_id, valence, laser_on, measure,
    value``. ``similarity_z`` is the trial's cumulative similarity to its own valence's prototype
    (vs its pre-stimulus baseline, Fig. 2H), z-scored over the session's trials; ``ear_angle`` and
    ``mouth_inclination`` are the peak proportional changes (Fig. 4)."""
    trials = pd.DataFrame((PrototypeScore.TrialScore * Trial.proj("valence", "laser_on") & key).to_dicts())
    trials = trials[trials["valence"].isin(["positive", "negative"])].copy()
    cum = {v: zscore(trials[f"cum_{v}"].to_numpy(float)) for v in ("positive", "negative")}
    trials["similarity_z"] = np.where(trials["valence"] == "positive", cum["positive"], cum["negative"])
    rows = [trials[["trial_id", "valence", "laser_on", "similarity_z"]].rename(columns={"similarity_z": "value"})
            .assign(measure="similarity_z")]
    feats = pd.DataFrame((Kinematics.TrialFeature.proj("peak_change") & key
                          & [{"feature": f} for f in MEASURES[1:]]).to_dicts())
    if not feats.empty:
        feats = feats.merge(trials[["trial_id", "valence", "laser_on"]], on="trial_id")
        rows.append(feats.rename(columns={"peak_change": "value", "feature": "measure"})
                    [["trial_id", "valence", "laser_on", "measure", "value"]])
    out = pd.concat(rows, ignore_index=True)
    out["value"] = pd.to_numeric(out["value"], errors="coerce")
    out["laser_on"] = out["laser_on"].astype(bool)
    return out


def _comparisons(key: dict, df: pd.DataFrame, *by: str) -> list[dict]:
    rows = []
    for names, g in df.groupby([*by, "measure", "valence"]):
        on = g.loc[g["laser_on"], "value"].to_numpy(float)
        off = g.loc[~g["laser_on"], "value"].to_numpy(float)
        res = mann_whitney(on, off, ("laser_on", "laser_off"))
        n_on, n_off = res["n_per_group"]
        rows.append({**key, **dict(zip([*by, "measure", "valence_name"], names)), "n_on": n_on,
                     "n_off": n_off, "median_on": nullable(res["median_laser_on"]),
                     "median_off": nullable(res["median_laser_off"]), "statistic": nullable(res["statistic"]),
                     "p_value": nullable(res["p"]), "stats": res})
    return rows


@schema
class OptoEffect(Versioned, dj.Computed):
    definition = """
    # One session with laser epochs: laser-on vs laser-off trials per measure and valence
    -> PrototypeScore
    -> Kinematics
    ---
    n_on                : int32    # valenced trials with the laser on
    n_off               : int32
    """

    class Measure(dj.Part):
        definition = """
        -> master
        measure             : varchar(32)    # similarity_z | ear_angle | mouth_inclination
        valence_name        : varchar(16)
        ---
        """ + _COMPARISON

    @property
    def key_source(self):
        laser = Trial & "laser_on"
        return (PrototypeScore.proj() * Kinematics.proj()) & laser.proj()

    def make(self, key):
        df = trial_measures(key)
        trials = df.drop_duplicates("trial_id")
        self.insert1({**key, "n_on": int(trials["laser_on"].sum()), "n_off": int((~trials["laser_on"]).sum())})
        self.Measure.insert(_comparisons(key, df))


@schema
class OptoGroupEffect(Versioned, dj.Computed):
    definition = """
    # Fig. 7E-G, J-L: laser-on vs laser-off trials pooled over the mice of each group (subject_group,
    # e.g. eNpHR vs the eYFP control). Built once every laser session's OptoEffect exists.
    -> Prototype
    -> KinematicsParams
    ---
    n_sessions          : int32
    """

    class Source(dj.Part):
        definition = """
        -> master
        -> OptoEffect
        """

    class Group(dj.Part):
        definition = """
        -> master
        subject_group       : varchar(32)
        measure             : varchar(32)
        valence_name        : varchar(16)
        ---
        """ + _COMPARISON

    @property
    def key_source(self):
        candidates = (Prototype.proj() * KinematicsParams.proj()) & OptoEffect
        return when_complete(candidates, PrototypeScore, Kinematics, OptoEffect)

    def make(self, key):
        sources = (OptoEffect.proj() & key).to_dicts()
        group = dict(zip(*Subject.to_arrays("subject_id", "subject_group")))
        frames = [trial_measures(s).assign(subject_group=group[s["subject_id"]] or "(no group)") for s in sources]
        self.insert1({**key, "n_sessions": len(sources)})
        self.Source.insert(sources)
        self.Group.insert(_comparisons(key, pd.concat(frames, ignore_index=True), "subject_group"))
