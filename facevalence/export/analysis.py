"""Analysis NWB files: a session's derived results (prototype similarity, facial features and
per-trial kinematics, dF/F and PSTHs, face-neural correlations) in an NWB file of their own that
names the raw NWB file it was computed from (file name, object id, identifier, sha256).

The raw file stays the source of truth and is never modified (Spyglass's analysis-file pattern);
the results come from the tables, default parameter sets (paramset 0).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import numpy as np
from hdmf.common import DynamicTable
from pynwb import NWBHDF5IO, NWBFile, TimeSeries
from pynwb.file import Subject as NWBSubject

from facevalence._version import code_version
from facevalence.io.nwb import open_nwb, sha256

#: Features measured as angles (degrees); the others are distances (pixels).
ANGLES = ("angle", "inclination", "fold")


def _number(value) -> float:
    return float("nan") if value is None else float(value)


def _table(name: str, description: str, rows: list[dict], columns: dict[str, str]) -> DynamicTable | None:
    """A DynamicTable of ``rows`` with ``columns`` (name -> description), or None without rows."""
    if not rows:
        return None
    table = DynamicTable(name=name, description=description)
    for column, text in columns.items():
        table.add_column(name=column, description=text)
    for row in rows:
        table.add_row(**{c: row[c] for c in columns})
    return table


def _face(key: dict) -> list:
    from facevalence.schemas.face import PrototypeScore
    from facevalence.schemas.kinematics import FaceFeatures, Kinematics

    out = []
    score = (PrototypeScore & key & "hog_paramset = 0" & "reg_paramset = 0").to_dicts(limit=1)
    if score:
        s = score[0]
        out.append(TimeSeries(name="prototype_similarity", data=np.column_stack([s["sim_positive"], s["sim_negative"]]),
                              unit="cosine similarity", timestamps=np.asarray(s["frame_times"], float),
                              description="per frame: cosine similarity of the registered frame's HOG to the positive "
                                          "(column 0) and the negative (column 1) valence prototype (Chen et al. 2025, "
                                          f"Fig. 2); prototype mouse {s['proto_id']}"))
    feats = (FaceFeatures & key & "kin_paramset = 0").to_dicts(limit=1)
    if feats:
        f = feats[0]
        times = np.asarray(f["frame_times"], float)
        for i, name in enumerate(f["feature_names"]):
            unit = "degrees" if any(a in name for a in ANGLES) else "pixels"
            out.append(TimeSeries(name=f"feature_{name}", data=np.asarray(f["features"][i], np.float32), unit=unit,
                                  timestamps=times, description=f"facial feature {name} from the cleaned keypoints "
                                                                "(likelihood < 0.9 -> interpolated, 5-frame median; Fig. 4)"))
    rows = (Kinematics.TrialFeature & key & "kin_paramset = 0").to_dicts(order_by=("trial_id", "feature"))
    table = _table("trial_kinematics", "per trial and feature: change from the 4 s pre-stimulus mean (Fig. 4-5)",
                   [{**r, **{c: _number(r[c]) for c in ("baseline", "peak_change", "latency", "peak_vs_water")}} for r in rows],
                   {"trial_id": "row of the raw file's trials table", "feature": "facial feature",
                    "baseline": "mean over the baseline window (px or degrees)",
                    "peak_change": "change of largest magnitude, relative to the baseline",
                    "latency": "s after onset when the change first reaches the threshold",
                    "peak_vs_water": "peak change minus the nearest water trial's"})
    return out + ([table] if table is not None else [])


def _neural(key: dict) -> list:
    from facevalence.schemas.correlation import FaceNeuralCorrelation
    from facevalence.schemas.photometry import PhotometryPSTH, PhotometryTrace

    out = []
    trace = (PhotometryTrace & key & "phot_paramset = 0").to_dicts(limit=1)
    if trace:
        t = trace[0]
        times = np.asarray(t["times"], float)
        out.append(TimeSeries(name="dff", data=np.asarray(t["dff"], np.float32), unit="dF/F", timestamps=times,
                              description=f"(signal - fitted control) / fitted control after airPLS bleaching correction "
                                          f"({t['bleaching']}); control: {t['control_used']}"))
        out.append(TimeSeries(name="dff_z", data=np.asarray(t["dff_z"], np.float32), unit="z-score", timestamps=times,
                              description="dF/F z-scored over the session"))
    psth = (PhotometryPSTH & key & "phot_paramset = 0").to_dicts(order_by="stimulus")
    table = _table("psth", "per stimulus: trial-mean dF/F around onset, 4 s baseline subtracted (Fig. 6)",
                   [{**p, "times": np.asarray(p["times"], float), "mean_dff": np.asarray(p["mean_dff"], float),
                     **{c: _number(p[c]) for c in ("peak_dff", "peak_z", "ratio_to_water")}} for p in psth],
                   {"stimulus": "stimulus", "n_trials": "trials averaged", "times": "s from onset",
                    "mean_dff": "trial-mean dF/F", "peak_dff": "peak of the mean", "peak_z": "peak of the z-scored mean",
                    "ratio_to_water": "peak / the water trials' peak"})
    out += [table] if table is not None else []
    corr = (FaceNeuralCorrelation & key & "phot_paramset = 0").to_dicts(order_by="stimulus")
    cols = ("rho", "p_value", "p_shuffle", "slope", "slope_ci_low", "slope_ci_high")
    table = _table("face_neural_correlation", "per stimulus: Spearman rho of z-scored dF/F with the similarity to the "
                                              "valence prototype, 0-2 s after onset at 15 Hz (Fig. 7A-B)",
                   [{**c, **{k: _number(c[k]) for k in cols}} for c in corr],
                   {"stimulus": "stimulus", "similarity_kind": "prototype similarity used", "n": "samples pooled",
                    "rho": "Spearman rho", "p_value": "p", "p_shuffle": "one-sided shuffle p", "slope": "least-squares slope",
                    "slope_ci_low": "95 % CI", "slope_ci_high": "95 % CI"})
    return out + ([table] if table is not None else [])


def analysis_nwbfile(session: dict) -> tuple[NWBFile, int]:
    """The analysis NWBFile of one session (``subject_id``, ``session_id``) and how many result
    objects it holds (0: nothing derived yet)."""
    from facevalence.schemas.session import Nwbfile

    key = {"subject_id": session["subject_id"], "session_id": session["session_id"]}
    raw_path = Path((Nwbfile & key).fetch1("nwb_path"))
    with open_nwb(raw_path) as raw:
        subject = raw.subject
        nwbfile = NWBFile(
            session_description=f"facevalence results derived from {raw_path.name} ({raw.session_description})",
            identifier=str(uuid.uuid4()), session_start_time=raw.session_start_time, session_id=raw.session_id,
            lab=raw.lab, institution=raw.institution, experimenter=raw.experimenter, keywords=["facevalence", "analysis"],
            source_script=f"facevalence {code_version()}", source_script_file_name="facevalence",
            subject=NWBSubject(subject_id=subject.subject_id, species=subject.species, sex=subject.sex, age=subject.age,
                               date_of_birth=subject.date_of_birth, genotype=subject.genotype,
                               description=subject.description, strain=subject.strain),
            notes=f"Derived results. Raw data: {raw_path.name} (NWB object id {raw.object_id}, identifier {raw.identifier}).",
        )
        raw_ids = (raw.object_id, raw.identifier)
    module = nwbfile.create_processing_module("facevalence", "facevalence results (Chen et al. 2025 methods); raw data "
                                                             f"in {raw_path.name}, see the source_nwb table")
    source = _table("source_nwb", "the raw NWB file these results were computed from",
                    [{"file_name": raw_path.name, "nwb_object_id": raw_ids[0], "identifier": raw_ids[1],
                      "sha256": sha256(raw_path)}],
                    {"file_name": "raw NWB file name at ingestion", "nwb_object_id": "its NWB object id",
                     "identifier": "its NWB identifier", "sha256": "its sha256"})
    module.add(source)
    results = _face(key) + _neural(key)
    for item in results:
        module.add(item)
    return nwbfile, len(results)


def write_analysis_nwb(session: dict, out_dir: str | Path) -> Path | None:
    """Write ``sub-<subject>_ses-<session>_facevalence.nwb`` into ``out_dir`` (atomically: a
    temporary file renamed at the end). None when the session has no derived results yet."""
    nwbfile, n = analysis_nwbfile(session)
    if not n:
        return None
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"sub-{session['subject_id']}_ses-{session['session_id']}_facevalence.nwb"
    tmp = out_dir / f".partial-{os.getpid()}-{final.name}"
    try:
        with NWBHDF5IO(str(tmp), "w") as io:
            io.write(nwbfile)
        os.replace(tmp, final)
    finally:
        tmp.unlink(missing_ok=True)
    return final
