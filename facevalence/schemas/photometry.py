"""Photometry: session dF/F trace, per-stimulus PSTHs with per-trial rows, and the neuron-type
pattern across the cohort (paper, Fig. 6 and S6)."""

from __future__ import annotations

import datajoint as dj
import numpy as np
import pandas as pd

from facevalence.io.nwb import open_nwb, photometry_arrays
from facevalence.methods.photometry import peak, process_trace, psth, ratio_to_reference
from facevalence.methods.stats import kruskal_dunn, mann_whitney, one_sample_t_bonferroni, sem, zscore
from facevalence.schemas._base import Versioned, about_session, nullable, when_complete
from facevalence.schemas.session import Nwbfile, Stimulus, Subject, Trial

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
        (0, 4.0, 6.0, 15.0, 2.0, 1e7, "paper: airPLS bleaching correction, least-squares control fit, dF/F, 4 s baseline, 15 Hz"),
        (1, 4.0, 6.0, 15.0, 2.0, None, "no bleaching correction (control fit only), for comparison"),
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
            out = process_trace(a["signal_t"], a["signal"], a["control_t"], a["control"], lam)
        bleaching = "none" if lam is None else f"airPLS lambda {lam:g} at 15 Hz ({lam * (out['rate_hz'] / 15) ** 4:.3g} at {out['rate_hz']:.3g} Hz)"
        self.insert1({**key, "times": a["signal_t"], "dff": out["dff"], "dff_z": zscore(out["dff"]),
                      "rate_hz": out["rate_hz"], "fit_slope": out["fit_slope"], "fit_intercept": out["fit_intercept"],
                      "bleaching": bleaching[:64], "control_used": a["description"][:255]})


def _stimulus_rows(times, trace, onsets, p) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PSTH rows of one stimulus's trials and each row's peak."""
    grid, rows = psth(times, trace, onsets, p["baseline_s"], p["post_s"], p["rate_hz"], p["baseline_s"])
    return grid, rows, np.array([peak(grid, r, 0.0, p["peak_window_s"]) for r in rows])


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
        p = (PhotometryParams & key).fetch1()
        trials = (Trial & key).to_dicts(order_by="trial_id")
        onsets = [t["start_time"] for t in trials]
        session = {k: key[k] for k in ("subject_id", "session_id")}
        water = (Trial & session & {"stimulus": REFERENCE_STIMULUS}).to_arrays("start_time")
        with about_session(key):
            grid, rows, peaks = _stimulus_rows(times, dff, onsets, p)
            water_peak = float("nan")
            if len(water):
                _, water_rows, _ = _stimulus_rows(times, dff, water, p)
                water_peak = peak(grid, np.nanmean(water_rows, axis=0), 0.0, p["peak_window_s"])
        # on the session's z-scored dF/F (PhotometryTrace.dff_z) the baseline-subtracted rows are the
        # dF/F rows divided by the session's SD: the z-score's mean cancels in the baseline subtraction
        sd = np.nanstd(dff)
        scale = 1.0 / sd if sd > 0 else np.nan
        rows_z, peaks_z = rows * scale, peaks * scale
        mean = np.nanmean(rows, axis=0)
        mean_z = mean * scale
        peak_dff = peak(grid, mean, 0.0, p["peak_window_s"])
        self.insert1({**key, "times": grid, "mean_dff": mean, "sd_dff": np.nanstd(rows, axis=0), "mean_z": mean_z,
                      "peak_dff": peak_dff, "peak_z": peak_dff * scale,
                      "water_peak": nullable(water_peak),
                      "ratio_to_water": nullable(ratio_to_reference(peak_dff, water_peak)), "n_trials": len(trials)})
        self.TrialPSTH.insert([{**key, "trial_id": t["trial_id"], "dff": r, "dff_z": rz, "peak_dff": nullable(pk),
                                "peak_z": nullable(pz)}
                               for t, r, rz, pk, pz in zip(trials, rows, rows_z, peaks, peaks_z)])


def _typed_psths():
    """The PSTHs of subjects with a declared cell type (the ones a neuron-type pattern pools)."""
    return PhotometryPSTH.proj() & (Subject & "cell_type != ''").proj()


def _one_group(tested: dict, name: str) -> dict:
    """The tidy record of one group of a multi-group one-sample test (p Bonferroni-adjusted)."""
    g = tested["per_group"][name]
    return {"test": tested["test"], "statistic": g["statistic"], "p": g["p_bonferroni"], "p_uncorrected": g["p"],
            "n": g["n"], "groups": [name], "mean": g["mean"]}


@schema
class NeuronTypePattern(Versioned, dj.Computed):
    definition = """
    # Fig. 6: the response pattern of each recorded neuron type across the cohort, on the z-scored
    # dF/F so that subjects and sessions pool: per stimulus mean +- SEM of the trial peaks with a
    # one-sample t test vs 0 (Bonferroni over stimuli); per type Kruskal-Wallis + Dunn across
    # stimuli and Mann-Whitney positive vs negative trials. Built once every session's PSTHs exist.
    -> PhotometryParams
    ---
    n_sessions          : int32
    n_trials            : int32
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
        return when_complete(PhotometryParams.proj() & _typed_psths(), PhotometryTrace, PhotometryPSTH)

    def make(self, key):
        rows = pd.DataFrame((PhotometryPSTH.TrialPSTH.proj("peak_z") * Trial.proj("valence")
                             * Subject.proj("cell_type") & key & "cell_type != ''").to_dicts())
        if rows.empty:
            raise ValueError("no PSTH of a subject with a cell_type; set subject.cell_type in session.yaml")
        ratios = pd.DataFrame((PhotometryPSTH.proj("ratio_to_water") * Subject.proj("cell_type") & key).to_dicts())
        sessions = rows[["subject_id", "session_id"]].drop_duplicates()
        self.insert1({**key, "n_sessions": len(sessions), "n_trials": len(rows)})
        self.Source.insert((_typed_psths() & key).to_dicts())
        stim_rows, type_rows = [], []
        for cell_type, group in rows.groupby("cell_type"):
            peaks = {s: g["peak_z"].to_numpy(float) for s, g in group.groupby("stimulus")}
            tested = one_sample_t_bonferroni(peaks)
            for stimulus, g in group.groupby("stimulus"):
                v = g["peak_z"].to_numpy(float)
                v = v[np.isfinite(v)]
                r = ratios[(ratios.cell_type == cell_type) & (ratios.stimulus == stimulus)]["ratio_to_water"]
                r = pd.to_numeric(r, errors="coerce").dropna()
                stim_rows.append({**key, "cell_type": cell_type, "stimulus_name": stimulus,
                                  "valence": g["valence"].iloc[0],
                                  "mean_peak_z": float(v.mean()) if v.size else None,
                                  "sem_peak_z": nullable(sem(v)),
                                  "mean_ratio_to_water": float(r.mean()) if len(r) else None,
                                  "n_trials": int(v.size), "n_sessions": int(len(g[["subject_id", "session_id"]].drop_duplicates())),
                                  "stats": _one_group(tested, stimulus)})
            by_valence = {v: g["peak_z"].to_numpy(float) for v, g in group.groupby("valence")}
            type_rows.append({**key, "cell_type": cell_type, "across_stimuli": kruskal_dunn(peaks),
                              "positive_vs_negative": mann_whitney(by_valence.get("positive", []), by_valence.get("negative", []),
                                                                   ("positive", "negative"))})
        self.Stimulus.insert(stim_rows)
        self.CellType.insert(type_rows)
