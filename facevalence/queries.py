"""Cross-cohort queries returning pandas DataFrames (also ``facevalence query ...``).

Every function takes the same restrictions:

``where``
    subject or session attributes, e.g. ``{"genotype": "DAT-Cre", "lab": "Valence Lab"}``
    (an unknown attribute is an error naming the known ones);
``start``, ``end``
    session start dates (inclusive, ``YYYY-MM-DD``);
``params``
    parameter-set numbers, e.g. ``{"hog_paramset": 0}`` (default: the paper's set 0 of each);
``cohort``
    only the members of this named cohort (``facevalence cohort list``).

>>> from facevalence import db, queries
>>> db.connect()
>>> queries.prototype_scores(where={"genotype": "DAT-Cre"})          # doctest: +SKIP
>>> queries.drug_windows(drug="ethanol", start="2025-03-01")         # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from facevalence.pipeline.summary import PAPER_PARAMS
from facevalence.schemas.face import DrugEffect, PrototypeScore
from facevalence.schemas.kinematics import Kinematics
from facevalence.schemas.opto import OptoEffect
from facevalence.schemas.photometry import PhotometryPSTH
from facevalence.schemas.session import Cohort, Session, Subject, Trial

#: Subject and session columns every query result starts with.
SUBJECT_COLUMNS = ("subject_id", "genotype", "cell_type", "subject_group", "sex")
SESSION_COLUMNS = ("session_id", "session_start_time", "lab", "protocol")


def _date(value: str | None, name: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def in_cohort(name: str):
    """The members of cohort ``name`` (a query keyed by cohort, subject and session: it restricts
    per-session tables to the members and pooled tables to the cohort's rows).

    Raises ValueError naming the known cohorts when there is none of that name."""
    if not Cohort & {"cohort": name}:
        raise ValueError(f"no cohort {name!r}; known: {', '.join(Cohort.to_arrays('cohort')) or 'none'}")
    return (Cohort.Member & {"cohort": name}).proj()


def sessions(where: dict | None = None, start: str | None = None, end: str | None = None, cohort: str | None = None):
    """The sessions (a DataJoint query, Subject x Session) matching ``where``, the date range and
    the named cohort.

    Raises ValueError for an attribute that neither Subject nor Session has, an unknown cohort, or
    when nothing matches.
    """
    query = Subject * Session
    if cohort:
        query = query & in_cohort(cohort)
    known = sorted(set(Subject.heading.names) | set(Session.heading.names))
    unknown = sorted(set(where or {}) - set(known))
    if unknown:
        raise ValueError(f"unknown attribute {', '.join(unknown)}; known: {', '.join(known)}")
    query = query & (where or {})
    first, last = _date(start, "start"), _date(end, "end")
    if first:
        query = query & f"session_start_time >= '{first:%Y-%m-%d}'"
    if last:
        query = query & f"session_start_time < '{last + dt.timedelta(days=1):%Y-%m-%d}'"
    if not query:
        dates = (f" from {start}" if start else "") + (f" to {end}" if end else "")
        raise ValueError(f"no session matches {where or {}}{dates}" + (f" in cohort {cohort}" if cohort else ""))
    return query


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    return frame[[c for c in columns if c in frame.columns]].reset_index(drop=True)


def _context(where, start, end, params, cohort=None):
    """(matching sessions as a projection with subject/session columns, parameter restriction)."""
    chosen = sessions(where, start, end, cohort).proj(*SUBJECT_COLUMNS[1:], *SESSION_COLUMNS[1:])
    return chosen, {**PAPER_PARAMS, **(params or {})}


def prototype_scores(where: dict | None = None, start: str | None = None, end: str | None = None,
                     params: dict | None = None, cohort: str | None = None) -> pd.DataFrame:
    """One row per scored trial: stimulus, valence, the baseline-normalised similarity difference
    (sim+ - sim- over the stimulus window minus its pre-onset mean) and the cumulative similarities
    (Fig. 2)."""
    chosen, p = _context(where, start, end, params, cohort)
    rows = (PrototypeScore.TrialScore * Trial * chosen & p).to_dicts(order_by=("subject_id", "session_id", "trial_id"))
    for r in rows:
        r["similarity_change"] = r["mean_difference"] - r["baseline_difference"]
    return _frame(rows, [*SUBJECT_COLUMNS, *SESSION_COLUMNS, "trial_id", "stimulus", "valence", "laser_on",
                         "similarity_change", "cum_positive", "cum_negative", "proto_id"])


def drug_windows(drug: str | None = None, where: dict | None = None, start: str | None = None, end: str | None = None,
                 params: dict | None = None, cohort: str | None = None) -> pd.DataFrame:
    """One row per drug session and window: proportions of positive and negative frames and their
    baseline-normalised difference (Fig. 3D-E, G-H)."""
    chosen, p = _context(where, start, end, params, cohort)
    query = DrugEffect.Window * DrugEffect.proj("drug") * chosen & p & ({"drug": drug} if drug else {})
    return _frame(query.to_dicts(order_by=("subject_id", "session_id", "window_name")),
                  [*SUBJECT_COLUMNS, *SESSION_COLUMNS, "drug", "window_name", "start_s", "stop_s", "n_frames",
                   "p_positive", "p_negative", "difference_norm", "note"])


def keypoint_features(feature: str | None = None, where: dict | None = None, start: str | None = None,
                      end: str | None = None, params: dict | None = None, cohort: str | None = None) -> pd.DataFrame:
    """One row per trial and feature: baseline, peak change, latency, peak minus the nearest water
    trial's (Fig. 4)."""
    chosen, p = _context(where, start, end, params, cohort)
    query = Kinematics.TrialFeature * Trial * chosen & p & ({"feature": feature} if feature else {})
    return _frame(query.to_dicts(order_by=("subject_id", "session_id", "trial_id", "feature")),
                  [*SUBJECT_COLUMNS, *SESSION_COLUMNS, "trial_id", "stimulus", "valence", "laser_on", "feature",
                   "baseline", "peak_change", "latency", "peak_vs_water", "note"])


def photometry_peaks(where: dict | None = None, start: str | None = None, end: str | None = None,
                     params: dict | None = None, cohort: str | None = None) -> pd.DataFrame:
    """One row per photometry trial: dF/F peak and z-scored peak after onset (Fig. 6)."""
    chosen, p = _context(where, start, end, params, cohort)
    query = PhotometryPSTH.TrialPSTH.proj("peak_dff", "peak_z") * Trial * chosen & p
    return _frame(query.to_dicts(order_by=("subject_id", "session_id", "trial_id")),
                  [*SUBJECT_COLUMNS, *SESSION_COLUMNS, "trial_id", "stimulus", "valence", "peak_dff", "peak_z"])


def opto_effects(where: dict | None = None, start: str | None = None, end: str | None = None,
                 params: dict | None = None, cohort: str | None = None) -> pd.DataFrame:
    """One row per opto session, measure and valence: laser-on vs laser-off medians and the
    Mann-Whitney p (Fig. 7E-G)."""
    chosen, p = _context(where, start, end, params, cohort)
    query = OptoEffect.Measure * chosen & p
    return _frame(query.to_dicts(order_by=("subject_id", "session_id", "measure", "valence_name")),
                  [*SUBJECT_COLUMNS, *SESSION_COLUMNS, "measure", "valence_name", "n_on", "n_off", "median_on",
                   "median_off", "p_value"])


#: ``facevalence query NAME`` -> function.
QUERIES = {"scores": prototype_scores, "drugs": drug_windows, "features": keypoint_features,
           "photometry": photometry_peaks, "opto": opto_effects}
