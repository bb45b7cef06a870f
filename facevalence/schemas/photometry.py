"""Photometry: session dF/F trace, per-stimulus PSTHs with per-trial rows, and the neuron-type
pattern across the cohort (paper, Fig. 6 and S6)."""

from __future__ import annotations

import dataclasses

import datajoint as dj

from facevalence.io.nwb import open_nwb, photometry_arrays
from facevalence.methods.neuron_types import neuron_type_pattern
from facevalence.methods.photometry import session_trace, stimulus_psth
from facevalence.schemas._base import (
    Pooled,
    Versioned,
    about_session,
    in_cohort,
    members_hash,
    nullable,
    when_complete,
)
from facevalence.schemas.session import Cohort, Nwbfile, Stimulus, Subject, Trial

schema = dj.Schema()

#: The neutral control whose peak every other stimulus's peak is divided by (Fig. 6).
REFERENCE_STIMULUS = "water"


@schema
class PhotometryParams(dj.Lookup):
    definition = """
    phot_paramset       : int16
    ---
    baseline_s          : float64    # pre-stimulus baseline subtracted per trial
    post_s              : float64    # seconds after onset in each trial window
    rate_hz             : float64    # common clock of trial windows
    peak_window_s       : float64    # peak searched in [0, peak_window_s) after onset
    airpls_lambda = null : float64   # airPLS bleaching-baseline smoothness at 15 Hz; NULL: no correction
    description = ""    : varchar(255)
    """
    contents = [
        {"phot_paramset": 0, "baseline_s": 4.0, "post_s": 6.0, "rate_hz": 15.0, "peak_window_s": 2.0, "airpls_lambda": 1e7,
         "description": "paper: airPLS bleaching correction, least-squares control fit, dF/F, 4 s baseline, 15 Hz"},
        {"phot_paramset": 1, "baseline_s": 4.0, "post_s": 6.0, "rate_hz": 15.0, "peak_window_s": 2.0, "airpls_lambda": None,
         "description": "no bleaching correction (control fit only), for comparison"},
    ]


@schema
class PhotometryTrace(Versioned, dj.Computed):
    definition = """
    # Session dF/F = (signal - fitted control) / fitted control at the signal's timestamps, after
    # airPLS bleaching correction of each channel; dff_z is the session's z-scored dF/F, the scale
    # on which subjects and sessions are compared
    -> Nwbfile
    -> PhotometryParams
    ---
    times               : <npy@facevalence>
    dff                 : <npy@facevalence>
    dff_z               : <npy@facevalence>
    rate_hz             : float64        # signal channel's own rate
    fit_slope           : float64        # fitted control = slope * control + intercept
    fit_intercept       : float64
    bleaching           : varchar(64)    # airPLS lambda used, or "none"
    control_used        : varchar(255)   # which control channel was fitted (isosbestic or red, from the NWB)
    """

    @property
    def key_source(self):
        return (Nwbfile & "photometry_object_id != ''").proj() * PhotometryParams.proj()

    def make(self, key):
        with open_nwb((Nwbfile & key).fetch1("nwb_path")) as nwbfile:
            a = photometry_arrays(nwbfile)
        lam = (PhotometryParams & key).fetch1("airpls_lambda")
        with about_session(key):
            trace = session_trace(a["signal_t"], a["signal"], a["control_t"], a["control"], lam)
        self.insert1({**key, **dataclasses.asdict(trace), "control_used": a["description"][:255]})


@schema
class PhotometryPSTH(Versioned, dj.Computed):
    definition = """
    # Mean and SD of baseline-subtracted dF/F over the trials of one stimulus in a session (Fig. 6),
    # the same on the session's z-scored dF/F, and the peak relative to the water trials' peak
    -> PhotometryTrace
    -> Stimulus
    ---
    times               : <blob>     # s from onset
    mean_dff            : <blob>
    sd_dff              : <blob>
    mean_z              : <blob>     # mean of the z-scored rows
    peak_dff = null     : float64    # peak of the mean within the peak window
    peak_z = null       : float64
    water_peak = null   : float64    # peak of the session's water-trial mean (same window)
    ratio_to_water = null : float64  # peak_dff / water_peak; NULL without water trials or a water peak <= 0
    n_trials            : int32
    """

    class TrialPSTH(dj.Part):
        definition = """
        # one heatmap row of Fig. 6
        -> master
        -> Trial
        ---
        dff                 : <blob>
        dff_z               : <blob>
        peak_dff = null     : float64
        peak_z = null       : float64
        """

    @property
    def key_source(self):
        return (PhotometryTrace.proj() * Stimulus.proj()) & Trial.proj("stimulus")

    def make(self, key):
        times, dff = (PhotometryTrace & key).fetch1("times", "dff")
        params = (PhotometryParams & key).fetch1()
        trials = (Trial & key).to_dicts(order_by="trial_id")
        session = {k: key[k] for k in ("subject_id", "session_id")}
        water = (Trial & session & {"stimulus": REFERENCE_STIMULUS}).to_arrays("start_time")
        with about_session(key):
            r = stimulus_psth(times, dff, [t["start_time"] for t in trials], water, baseline_s=params["baseline_s"],
                              post_s=params["post_s"], rate_hz=params["rate_hz"], peak_window_s=params["peak_window_s"])
        self.insert1({**key, "times": r.times, "mean_dff": r.mean_dff, "sd_dff": r.sd_dff, "mean_z": r.mean_z,
                      "peak_dff": r.peak_dff, "peak_z": r.peak_z, "water_peak": nullable(r.water_peak),
                      "ratio_to_water": nullable(r.ratio_to_water), "n_trials": len(trials)})
        self.TrialPSTH.insert([{**key, "trial_id": t["trial_id"], "dff": row, "dff_z": row_z, "peak_dff": nullable(pk),
                                "peak_z": nullable(pz)}
                               for t, row, row_z, pk, pz in zip(trials, r.rows, r.rows_z, r.peaks, r.peaks_z, strict=True)])


def _typed_psths():
    """The PSTHs of subjects with a declared cell type (the ones a neuron-type pattern pools)."""
    return PhotometryPSTH.proj() & (Subject & "cell_type != ''").proj()


@schema
class NeuronTypePattern(Pooled, Versioned, dj.Computed):
    definition = """
    # Fig. 6: the response pattern of each recorded neuron type across the cohort, on the z-scored
    # dF/F so that subjects and sessions pool: per stimulus mean +- SEM of the trial peaks with a
    # one-sample t test vs 0 (Bonferroni over stimuli); per type Kruskal-Wallis + Dunn across
    # stimuli and Mann-Whitney positive vs negative trials. Built once every member's PSTHs exist.
    -> PhotometryParams
    -> Cohort
    ---
    n_sessions          : int32
    n_trials            : int32
    members_hash        : char(32)   # of the sessions pooled: the row is stale when they change
    """

    class Source(dj.Part):
        definition = """
        # every PSTH the pattern was built from (lineage)
        -> master
        -> PhotometryPSTH
        """

    class Stimulus(dj.Part):
        definition = """
        -> master
        cell_type           : varchar(16)
        stimulus_name       : varchar(32)
        ---
        valence             : varchar(16)
        mean_peak_z = null  : float64
        sem_peak_z = null   : float64
        mean_ratio_to_water = null : float64  # mean over sessions of PhotometryPSTH.ratio_to_water
        n_trials            : int32
        n_sessions          : int32
        stats               : <blob>     # one-sample t vs 0 of the trial peaks, Bonferroni-adjusted p
        """

    class CellType(dj.Part):
        definition = """
        -> master
        cell_type           : varchar(16)
        ---
        across_stimuli      : <blob>     # Kruskal-Wallis + Dunn of trial peak_z across stimuli
        positive_vs_negative : <blob>    # Mann-Whitney of trial peak_z, positive vs negative stimuli
        """

    @property
    def key_source(self):
        candidates = (PhotometryParams.proj() * Cohort.proj()) & (_typed_psths() * Cohort.Member).proj()
        return when_complete(candidates, PhotometryTrace, PhotometryPSTH)

    @classmethod
    def pooled(cls, key):
        return in_cohort(_typed_psths() & {"phot_paramset": key["phot_paramset"]}, key)

    def make(self, key):
        sources = self.pooled(key)
        trials = (PhotometryPSTH.TrialPSTH.proj("peak_z") * Trial.proj("valence")
                  * Subject.proj("cell_type") & sources & "cell_type != ''").to_dicts()
        ratios = (PhotometryPSTH.proj("ratio_to_water") * Subject.proj("cell_type") & sources).to_dicts()
        sources = sources.to_dicts()
        pattern = neuron_type_pattern(trials, ratios)
        self.insert1({**key, "n_sessions": pattern.n_sessions, "n_trials": pattern.n_trials,
                      "members_hash": members_hash(sources)})
        self.Source.insert([{**key, **r} for r in sources])
        self.Stimulus.insert([{**key, **r, "sem_peak_z": nullable(r["sem_peak_z"])} for r in pattern.stimulus])
        self.CellType.insert([{**key, **r} for r in pattern.cell_type])
