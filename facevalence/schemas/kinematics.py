"""Keypoint kinematics per trial (first version: ear angle and mouth inclination, Fig. 4)."""

from __future__ import annotations

import datajoint as dj
import numpy as np

from facevalence.io.nwb import open_nwb, pose_arrays
from facevalence.methods.kinematics import baseline_change, clean_keypoints, ear_angle, mouth_inclination
from facevalence.schemas._base import Versioned
from facevalence.schemas.session import Nwbfile, Trial

schema = dj.Schema()

#: Which of the lab's keypoints play each role in the feature geometry (paper's 37-point names).
DEFAULT_KEYPOINT_MAP = {
    "ear_base": "ear_base",
    "ear_pinna_edge": "ear_pinna_edge",
    "nostril": "nostril",
    "eye_inner_corner": "eye_inner_corner",
    "lower_lip": "lower_lip",
}


@schema
class KinematicsParams(dj.Lookup):
    definition = """
    kin_paramset        : int16
    ---
    likelihood_threshold : float64
    median_window       : int16      # frames
    baseline_s          : float64    # pre-stimulus baseline for the proportional change
    post_s              : float64    # seconds after the stimulus ends that are kept
    keypoint_map        : <blob>     # feature role -> keypoint name in the pose file
    description = ""    : varchar(255)
    """
    contents = [(0, 0.9, 5, 4.0, 2.0, DEFAULT_KEYPOINT_MAP, "paper: likelihood 0.9, 5-frame median, 4 s baseline")]


@schema
class Kinematics(Versioned, dj.Computed):
    definition = """
    # Ear angle and mouth inclination of one trial, as proportional change from the 4 s baseline
    -> Trial
    -> Nwbfile
    -> KinematicsParams
    ---
    times               : <blob>     # s relative to stimulus onset
    ear_angle           : <blob>     # degrees
    mouth_inclination   : <blob>     # degrees
    ear_angle_change    : <blob>     # (value - baseline mean) / baseline mean
    mouth_inclination_change : <blob>
    peak_ear_angle_change = null    : float64   # change of largest magnitude from onset to stimulus end + post_s
    peak_mouth_inclination_change = null : float64
    baseline_ear_angle = null  : float64   # NULL when the baseline window has no confident pose
    baseline_mouth_inclination = null : float64
    """

    @property
    def key_source(self):
        return (Trial.proj() * KinematicsParams.proj()) & (Nwbfile & "pose_object_id != ''")

    def make(self, key):
        nwb_path = (Nwbfile & key).fetch1("nwb_path")
        start, stop = (Trial & key).fetch1("start_time", "stop_time")
        p = (KinematicsParams & key).fetch1()
        with open_nwb(nwb_path) as nwbfile:
            names, xy, like, stamps = pose_arrays(nwbfile)
        kmap = p["keypoint_map"]
        missing = [v for v in kmap.values() if v not in names]
        if missing:
            raise ValueError(f"{nwb_path}: keypoints {missing} of KinematicsParams {key['kin_paramset']} are not in the pose")
        window = (stamps >= start - p["baseline_s"] - 1.0) & (stamps < stop + p["post_s"])
        clean = clean_keypoints(xy[window], like[window], p["likelihood_threshold"], p["median_window"])
        t = stamps[window]

        def point(role):
            return clean[:, names.index(kmap[role])]

        ear = ear_angle(point("ear_base"), point("ear_pinna_edge"))
        mouth = mouth_inclination(point("nostril"), point("eye_inner_corner"), point("lower_lip"))
        ear_c = baseline_change(ear, t, start, p["baseline_s"])
        mouth_c = baseline_change(mouth, t, start, p["baseline_s"])
        resp = (t >= start) & (t < stop + p["post_s"])

        def peak(change):
            vals = change[resp]
            ok = np.isfinite(vals)
            return float(vals[ok][np.argmax(np.abs(vals[ok]))]) if ok.any() else float("nan")

        pre = (t >= start - p["baseline_s"]) & (t < start)
        self.insert1({**key, "times": t - start, "ear_angle": ear, "mouth_inclination": mouth,
                      "ear_angle_change": ear_c, "mouth_inclination_change": mouth_c,
                      "peak_ear_angle_change": peak(ear_c), "peak_mouth_inclination_change": peak(mouth_c),
                      "baseline_ear_angle": float(np.nanmean(ear[pre])) if pre.any() else float("nan"),
                      "baseline_mouth_inclination": float(np.nanmean(mouth[pre])) if pre.any() else float("nan")})
