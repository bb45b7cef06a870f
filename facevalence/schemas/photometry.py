"""Photometry: session dF/F trace and per-stimulus PSTHs with per-trial parts (Fig. 6)."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.io.nwb import open_nwb, photometry_arrays
from facevalence.methods.photometry import (
    align_to_signal,
    baseline_subtract,
    delta_f_over_f,
    peak,
    trial_window,
)
from facevalence.schemas._base import Versioned
from facevalence.schemas.session import Nwbfile, Stimulus, Trial

schema = dj.Schema()


@schema
class PhotometryParams(dj.Lookup):
    definition = """
    phot_paramset       : int16
    ---
    baseline_s          : float64    # pre-stimulus baseline subtracted per trial
    post_s              : float64    # seconds after onset in each trial window
    rate_hz             : float64    # common clock of trial windows
    peak_window_s       : float64    # peak searched in [0, peak_window_s) after onset
    description = ""    : varchar(255)
    """
    contents = [(0, 4.0, 6.0, 15.0, 2.0, "paper: least-squares control fit, dF/F, 4 s baseline, 15 Hz")]


@schema
class PhotometryTrace(Versioned, dj.Computed):
    definition = """
    # Session dF/F = (signal - fitted control) / fitted control, at the signal's timestamps
    -> Nwbfile
    -> PhotometryParams
    ---
    times               : <npy@facevalence>
    dff                 : <npy@facevalence>
    control_used        : varchar(255)   # which control channel was fitted (isosbestic or red, from the NWB)
    """

    @property
    def key_source(self):
        return (Nwbfile & "photometry_object_id != ''").proj() * PhotometryParams.proj()

    def make(self, key):
        with open_nwb((Nwbfile & key).fetch1("nwb_path")) as nwbfile:
            a = photometry_arrays(nwbfile)
        control = align_to_signal(a["signal_t"], a["control_t"], a["control"])
        dff = delta_f_over_f(a["signal"], control)
        self.insert1({**key, "times": a["signal_t"], "dff": dff, "control_used": a["description"][:255]})


@schema
class PhotometryPSTH(Versioned, dj.Computed):
    definition = """
    # Mean and SD of baseline-subtracted dF/F over the trials of one stimulus in a session
    -> PhotometryTrace
    -> Stimulus
    ---
    times               : <blob>     # s from onset
    mean_dff            : <blob>
    sd_dff              : <blob>
    peak_dff = null     : float64    # peak of the mean within the peak window
    n_trials            : int32
    """

    class TrialPSTH(dj.Part):
        definition = """
        -> master
        -> Trial
        ---
        dff                 : <blob>
        peak_dff = null     : float64
        """

    @property
    def key_source(self):
        return (PhotometryTrace.proj() * Stimulus.proj()) & Trial.proj("stimulus")

    def make(self, key):
        times, dff = (PhotometryTrace & key).fetch1("times", "dff")
        p = (PhotometryParams & key).fetch1()
        trials = (Trial & key).to_dicts(order_by="trial_id")
        rows, curves = [], []
        for trial in trials:
            grid, win = trial_window(times, dff, trial["start_time"], p["baseline_s"], p["post_s"], p["rate_hz"])
            if np.isnan(win[(grid >= -p["baseline_s"]) & (grid < 0)]).all():
                raise ValueError(f"trial {trial['trial_id']}: the {p['baseline_s']} s baseline lies outside the photometry recording")
            win = baseline_subtract(grid, win, p["baseline_s"])
            curves.append(win)
            rows.append({**key, "trial_id": trial["trial_id"], "dff": win,
                         "peak_dff": peak(grid, win, 0.0, p["peak_window_s"])})
        stack = np.vstack(curves)
        mean = np.nanmean(stack, axis=0)
        self.insert1({**key, "times": grid, "mean_dff": mean, "sd_dff": np.nanstd(stack, axis=0),
                      "peak_dff": peak(grid, mean, 0.0, p["peak_window_s"]), "n_trials": len(rows)})
        self.TrialPSTH.insert(rows)
