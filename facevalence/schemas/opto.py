"""Optogenetics: laser-on vs laser-off trials on the face measures (paper, Fig. 7E-G, J-L)."""

from __future__ import annotations

import datajoint as dj
import pandas as pd

from facevalence.methods.opto import MEASURES, laser_comparisons, laser_counts, trial_measures
from facevalence.schemas._base import Pooled, Versioned, in_cohort, members_hash, nullable, when_complete
from facevalence.schemas.face import Prototype, PrototypeScore
from facevalence.schemas.kinematics import Kinematics, KinematicsParams
from facevalence.schemas.session import Cohort, Subject, Trial

schema = dj.Schema()

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


def fetch_measures(key: dict) -> pd.DataFrame:
    """A session's face measures per valenced trial (:func:`facevalence.methods.opto.trial_measures`)."""
    scores = (PrototypeScore.TrialScore * Trial.proj("valence", "laser_on") & key).to_dicts()
    features = (Kinematics.TrialFeature.proj("peak_change") & key & [{"feature": f} for f in MEASURES[1:]]).to_dicts()
    return trial_measures(scores, features)


def _nullable(rows: list[dict]) -> list[dict]:
    return [{**r, **{k: nullable(r[k]) for k in ("median_on", "median_off", "statistic", "p_value")}} for r in rows]


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
        measures = fetch_measures(key)
        n_on, n_off = laser_counts(measures)
        self.insert1({**key, "n_on": n_on, "n_off": n_off})
        self.Measure.insert([{**key, **r} for r in _nullable(laser_comparisons(measures))])


@schema
class OptoGroupEffect(Pooled, Versioned, dj.Computed):
    definition = """
    # Fig. 7E-G, J-L: laser-on vs laser-off trials pooled over the mice of each group (subject_group,
    # e.g. eNpHR vs the eYFP control). Built once every member laser session's OptoEffect exists.
    -> Prototype
    -> KinematicsParams
    -> Cohort
    ---
    n_sessions          : int32
    members_hash        : char(32)   # of the sessions pooled: the row is stale when they change
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
        candidates = (Prototype.proj() * KinematicsParams.proj() * Cohort.proj()) & (OptoEffect.proj() * Cohort.Member.proj())
        return when_complete(candidates, PrototypeScore, Kinematics, OptoEffect)

    @classmethod
    def pooled(cls, key):
        return in_cohort(OptoEffect.proj() & {k: key[k] for k in ("proto_id", "kin_paramset")}, key)

    def make(self, key):
        sources = self.pooled(key).to_dicts()
        group = dict(zip(*Subject.to_arrays("subject_id", "subject_group")))
        frames = [fetch_measures(s).assign(subject_group=group[s["subject_id"]] or "(no group)") for s in sources]
        rows = laser_comparisons(pd.concat(frames, ignore_index=True), "subject_group")
        self.insert1({**key, "n_sessions": len(sources), "members_hash": members_hash(sources)})
        self.Source.insert([{**key, **r} for r in sources])
        self.Group.insert([{**key, **r} for r in _nullable(rows)])
