"""Drug sessions against the valence prototypes (Fig. 3)."""

from __future__ import annotations

import dataclasses

import datajoint as dj

from facevalence.methods.drug import PAPER_BASELINE_S, PAPER_WINDOWS, DrugResponse, drug_response
from facevalence.schemas._base import Versioned, about_session
from facevalence.schemas.face._schema import schema
from facevalence.schemas.face.prototypes import PrototypeScore
from facevalence.schemas.session import Injection


@schema
class DrugWindowParams(dj.Lookup):
    definition = """
    drug_paramset       : int16
    ---
    baseline_s          : float64    # baseline window: this many seconds before the injection
    windows             : <blob>     # [(name, start_s, stop_s)] relative to the injection
    threshold_sd        : float64    # a frame is positive/negative beyond this many baseline SDs of sim+ - sim-
    bin_s               : float64    # time-course bin
    description = ""    : varchar(255)
    """
    contents = [{"drug_paramset": 0, "baseline_s": PAPER_BASELINE_S, "windows": [list(w) for w in PAPER_WINDOWS],
                 "threshold_sd": 1.0, "bin_s": 60.0,
                 "description": "paper Fig. 3C-E, G-H: 15 min baseline; 0-15 and 15-30 min after the injection; 1 min "
                                "bins; frames beyond 1 baseline SD (the paper states no threshold)"},
                {"drug_paramset": 1, "baseline_s": PAPER_BASELINE_S, "windows": [list(w) for w in PAPER_WINDOWS],
                 "threshold_sd": 0.0, "bin_s": 60.0,
                 "description": "as 0, but every frame is called by the sign of its baseline-normalised difference"}]


@schema
class DrugEffect(Versioned, dj.Computed):
    definition = """
    # Fig. 3: a drug session's frames against the valence prototypes, normalised to its own baseline
    -> PrototypeScore
    -> Injection
    -> DrugWindowParams
    ---
    drug                : varchar(32)
    baseline_mean       : float64              # mean sim+ - sim- over the baseline window
    baseline_sd         : float64
    bin_start           : <blob>               # s relative to the injection
    bin_difference      : <blob>               # mean baseline-normalised sim+ - sim- per bin (Fig. 3C)
    """

    class Window(dj.Part):
        definition = """
        -> master
        window_name         : varchar(16)
        ---
        start_s             : float64          # relative to the injection
        stop_s              : float64
        n_frames            : int32
        p_positive = null   : float64          # proportion of frames called positive
        p_negative = null   : float64
        p_positive_norm = null : float64       # minus the baseline window's proportion (Fig. 3D-E, G-H)
        p_negative_norm = null : float64
        difference_norm = null : float64       # p_positive_norm - p_negative_norm
        note = ""           : varchar(255)     # why a value is NULL or partial
        """

    @property
    def key_source(self):
        return PrototypeScore.proj() * Injection.proj() * DrugWindowParams.proj()

    def make_fetch(self, key):
        return ((PrototypeScore & key).fetch1("frame_times", "sim_positive", "sim_negative"),
                (Injection & key).fetch1("drug", "time_s"), (DrugWindowParams & key).fetch1())

    def make_compute(self, key, scores, injection, params):
        with about_session(key):
            return (drug_response(*scores, injection[1], baseline_s=params["baseline_s"], windows=params["windows"],
                                  threshold_sd=params["threshold_sd"], bin_s=params["bin_s"]), injection[0])

    def make_insert(self, key, response: DrugResponse, drug: str):
        fields = dataclasses.asdict(response)
        windows = fields.pop("windows")
        self.insert1({**key, "drug": drug, **fields})
        self.Window.insert([{**key, "window_name": w.pop("name"), **w} for w in windows])
