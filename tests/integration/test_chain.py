"""The whole chain on real database servers, driven through the CLI in fresh processes:
an embedded PostgreSQL (the zero-config default) and a MariaDB the suite starts itself."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid

import numpy as np
import pytest

from tests.conftest import ROOT, ok, run_cli

pytestmark = pytest.mark.slow

# 3 mice; the prototype mouse (5 trials) is excluded from scores; 2 analysis mice, each with a
# stimulus session (photometry: DA-like and GABA-like, x 2 photometry parameter sets) and an opto
# session (laser log: eNpHR and eYFP) of 5 trials; 3 drug sessions (no trials, hand-placed
# landmarks) x 2 drug-window parameter sets. Every session with trials has a running wheel.
EXPECTED = {"Subject": 3, "Session": 8, "Nwbfile": 8, "Trial": 25, "Injection": 3, "Registration": 8, "HOGFeatures": 5,
            "RegisteredHOG": 1, "Arousal": 25, "Prototype": 1, "PrototypeScore": 7, "CumulativeSimilarity": 12, "DrugEffect": 6, "Embedding": 4,
            "MotionEnergy": 8, "FaceFeatures": 4, "Kinematics": 4, "KinematicPattern": 1, "KeypointPCA": 4, "PoseDecoding": 1,
            "PhotometryTrace": 4, "PhotometryPSTH": 20, "NeuronTypePattern": 2, "FaceNeuralCorrelation": 20,
            "FaceNeuralPattern": 2, "OptoEffect": 2, "OptoGroupEffect": 1, "Running": 5, "TrialRunning": 5,
            "LocomotionCheck": 1}


def _env(tmp_path, server: dict | None) -> dict:
    env = {"FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": f"t{uuid.uuid4().hex[:8]}"}
    return {**env, **(server or {})}


def _status(env) -> dict:
    return json.loads(ok(run_cli(["status", "--json"], env)).strip().splitlines()[-1])


SIGN_CHECK = """
import json
import os
import re
import numpy as np
from facevalence import db
db.connect()
from facevalence.schemas.face import PrototypeScore
from facevalence.schemas.session import Trial
rows = (PrototypeScore.TrialScore * Trial.proj("valence")).to_dicts()
signs = [(r["mean_difference"] - r["baseline_difference"] > 0) == (r["valence"] == "positive")
         for r in rows if r["valence"] != "neutral"]
from facevalence.schemas.face import CumulativeSimilarity
cum = [(r["valence"], r["mean_cum_positive"] - r["mean_cum_negative"]) for r in CumulativeSimilarity.to_dicts()]
cum_ok = [(d > 0) == (v == "positive") for v, d in cum if v != "neutral"]
from facevalence.schemas.face import DrugEffect, Registration
late = {r["drug"]: r["difference_norm"] for r in
        (DrugEffect.Window * DrugEffect.proj("drug") & {"window_name": "15-30 min", "drug_paramset": 0}).to_dicts()}
sources = sorted(set(Registration.to_arrays("landmark_source")))
from facevalence.schemas.kinematics import Kinematics
from facevalence.schemas.session import Subject
kin = [[r["subject_id"], r["session_id"], r["trial_id"], r["feature"], r["peak_change"]]
       for r in (Kinematics.TrialFeature & {"kin_paramset": 0}).to_dicts()]
from facevalence.schemas.face import MotionEnergy
motion = {r["subject_id"] + "_ses-" + r["session_id"]: np.asarray(r["motion"]).tolist()
          for r in (MotionEnergy & {"subject_id": "m02", "session_id": "01"}).to_dicts()}
from facevalence.schemas.kinematics import KinematicPattern
pattern = {"stimulus": [[r["stimulus_name"], r["feature"], r["mean_change"], r["median_change"], r["n"], r["p_value"]]
                        for r in (KinematicPattern.Stimulus & {"cohort": "all", "kin_paramset": 0}).to_dicts()],
           "across": [[r["feature"], r["test"], r["statistic"], r["p_value"], r["n"]]
                      for r in (KinematicPattern.Across & {"cohort": "all", "kin_paramset": 0}).to_dicts()]}
from facevalence.schemas.kinematics import FaceFeatures, KeypointPCA
from facevalence.methods.keypoints import REGIONS
pca = {}
for r in (KeypointPCA * FaceFeatures.proj("keypoint_names", "cleaned")).to_dicts():
    # Fig. S4 again with numpy: per region the keypoint of largest positional variance, z-scored,
    # eigen-decomposition of the covariance; every stored component must be an eigenvector
    names, xy = list(r["keypoint_names"]), np.asarray(r["cleaned"], float)
    chosen = []
    for members in REGIONS.values():
        idx = [names.index(n) for n in members if n in names]
        if idx:
            chosen.append(names[max(idx, key=lambda i: np.nanvar(xy[:, i, 0]) + np.nanvar(xy[:, i, 1]))])
    x = xy[:, [names.index(n) for n in chosen]].reshape(len(xy), -1)
    x = x[np.isfinite(x).all(axis=1)]
    cov = np.cov((x - x.mean(axis=0)) / x.std(axis=0), rowvar=False, bias=True)
    eig = np.linalg.eigvalsh(cov)[::-1]
    ev, comps = np.asarray(r["explained_variance"], float), np.asarray(r["components"], float)
    residual = max(float(np.linalg.norm(cov @ v - (v @ cov @ v) * v)) for v in comps)
    pca[r["subject_id"] + "_ses-" + r["session_id"]] = [list(r["keypoints"]) == chosen, int(r["n_frames"]) == len(x),
                                                        float(np.max(np.abs(ev - eig[:len(ev)] / eig.sum()))), residual]
from facevalence.schemas.face import Arousal, Embedding
arousal = {}
for r in (Arousal * Trial.proj("stimulus") & (Subject & "role = 'analysis'")).to_dicts():
    arousal.setdefault(r["subject_id"] + "_ses-" + r["session_id"], {})[r["stimulus"]] = r["trough"]
embedding = {r["subject_id"] + "_ses-" + r["session_id"]: [r["adjusted_rand"], np.asarray(r["frame_stimulus"]).tolist(),
             np.asarray(r["cluster"]).tolist()] for r in Embedding.to_dicts()}
from facevalence.schemas.models import PoseDecoding
decoding = {r["region"]: r["mean_accuracy"] for r in PoseDecoding.Region.to_dicts()}
from facevalence.schemas.photometry import NeuronTypePattern
types = {r["cell_type"]: [r["positive_vs_negative"]["median_positive"], r["positive_vs_negative"]["median_negative"]]
         for r in (NeuronTypePattern.CellType & {"phot_paramset": 0}).to_dicts()}
from facevalence.schemas.correlation import FaceNeuralPattern
rho = {r["cell_type"] + "/" + r["valence_name"]: r["rho"] for r in (FaceNeuralPattern.CellTypeValence & {"phot_paramset": 0}).to_dicts()}
from facevalence.schemas.correlation import FaceNeuralCorrelation
rho_stim = {r["cell_type"] + "/" + r["stimulus"]: r["rho"]
            for r in (FaceNeuralCorrelation * Subject.proj("cell_type") & {"phot_paramset": 0}).to_dicts()}
from facevalence.schemas.opto import OptoGroupEffect
opto = [[r["subject_group"], r["valence_name"], abs(r["median_on"]) / abs(r["median_off"])]
        for r in (OptoGroupEffect.Group & {"measure": "ear_angle"}).to_dicts() if r["n_on"] and r["n_off"]]
opto_rows = [[r["subject_group"], r["measure"], r["valence_name"], r["n_on"], r["n_off"], r["median_on"], r["median_off"],
              r["statistic"], r["p_value"]] for r in OptoGroupEffect.Group.to_dicts() if r["measure"] != "similarity_z"]
from facevalence.schemas.opto import OptoEffect
opto_sessions = {r["subject_id"] + "/" + r["session_id"]: [r["n_on"], r["n_off"]] for r in OptoEffect.to_dicts()}
opto_session_rows = [[r["subject_id"] + "/" + r["session_id"], r["measure"], r["valence_name"], r["n_on"], r["n_off"],
                      r["median_on"], r["median_off"], r["statistic"], r["p_value"]]
                     for r in OptoEffect.Measure.to_dicts() if r["measure"] != "similarity_z"]
from facevalence.schemas.locomotion import LocomotionCheck, TrialRunning
loco = LocomotionCheck.fetch1()
locomotion = {"high": [[r["subject_id"], r["session_id"], r["trial_id"], bool(r["high"])] for r in TrialRunning.PerTrial.to_dicts()],
              "posture": {r["running"] + "/" + r["valence_name"]: list(map(float, r["changes"])) for r in LocomotionCheck.Posture.to_dicts()},
              "tests": [loco["posture_high"], loco["posture_low"]], "silhouette": [loco["silhouette_high"], loco["silhouette_low"]],
              "embeddings": [[e["subject_id"], e["session_id"], np.asarray(e["coords"], float).tolist(), np.asarray(e["frame_trial"]).tolist()]
                             for e in Embedding.to_dicts()]}
print(json.dumps({"locomotion": locomotion, "opto_rows": opto_rows, "opto_sessions": opto_sessions, "opto_session_rows": opto_session_rows, "correct": int(sum(signs)), "n": len(signs), "cum_correct": int(sum(cum_ok)), "cum_n": len(cum_ok),
                  "late": late, "sources": sources, "kin": kin, "motion": motion, "pca": pca, "pattern": pattern, "arousal": arousal, "embedding": embedding,
                  "decoding": decoding, "types": types, "rho": rho, "rho_stim": rho_stim, "opto": opto}))
"""


#: What twelve figures draw, compared with their tables: each figure's ``save`` keeps the figure
#: instead of writing it, then the bars, lines and texts are read back from the axes.
FIGURE_CHECK = """
import json, tempfile
from pathlib import Path
import numpy as np
from facevalence import db
db.connect()
from matplotlib.collections import PathCollection
import facevalence.figures.face as fa
import facevalence.figures.keypoints as kp
import facevalence.figures.neural as ne
drawn = {}
def keep(fig, out_dir, name, tight=True):
    drawn[name] = fig
    return []
fa.save = kp.save = ne.save = keep
out = Path(tempfile.mkdtemp())
kp.decoding(out); kp.feature_bars(out); ne.psth(out); fa.cumulative_similarity(out); fa.drug_sessions(out); fa.embedding(out)
fa.motion_heatmaps(out); kp.valence_radar(out); ne.face_neural(out); ne.opto(out); fa.similarity_timecourse(out)
kp.locomotion(out)
from facevalence.schemas.correlation import FaceNeuralPattern
from facevalence.schemas.face import CumulativeSimilarity, DrugEffect, Embedding, MotionEnergy
from facevalence.schemas.kinematics import KinematicPattern
from facevalence.schemas.opto import OptoGroupEffect
from facevalence.schemas.kinematics import Kinematics
from facevalence.schemas.models import PoseDecoding
from facevalence.schemas.photometry import NeuronTypePattern, PhotometryPSTH
from facevalence.schemas.session import Session, Subject, Trial
wrong = []
# Fig. 5G: one bar per region at its mean accuracy, the chance line, folds and trials in the title
ax = drawn["pose_decoding"].axes[0]
master, regions = PoseDecoding.fetch1(), PoseDecoding.Region.to_dicts()
if sorted(round(b.get_height(), 9) for b in ax.patches) != sorted(round(r["mean_accuracy"], 9) for r in regions):
    wrong.append(["decoding bars", [b.get_height() for b in ax.patches]])
if not any(np.allclose(line.get_ydata(), master["chance"]) for line in ax.lines):
    wrong.append(["decoding chance line", master["chance"]])
if f"{regions[0]['n_folds']} folds, {master['n_trials']} trials" not in ax.get_title():
    wrong.append(["decoding title", ax.get_title()])
# Fig. 4: per feature panel, one bar per stimulus at the mean peak change (%) of its trials
rows = (Kinematics.TrialFeature * Trial.proj("stimulus")).to_dicts()
for ax in drawn["keypoint_features"].axes:
    feature = ax.get_title().replace(" ", "_")
    if not ax.patches:
        continue
    want = sorted(round(100 * float(np.mean([r["peak_change"] for r in rows if r["feature"] == feature
                                             and r["stimulus"] == s])), 6)
                  for s in {r["stimulus"] for r in rows if r["feature"] == feature})
    if sorted(round(b.get_height(), 6) for b in ax.patches) != want:
        wrong.append(["feature bars " + feature, [b.get_height() for b in ax.patches], want])
# Fig. 6: per neuron type, one line per stimulus at the mean z-scored dF/F of its trials, the
# Kruskal-Wallis record in the corner
trials = (PhotometryPSTH.TrialPSTH * Subject.proj("cell_type") & {"phot_paramset": 0} & "cell_type != ''").to_dicts()
across = {r["cell_type"]: r["across_stimuli"] for r in (NeuronTypePattern.CellType & {"phot_paramset": 0}).to_dicts()}
for ax in drawn["photometry_psth"].axes[:len(across)]:
    kind = ax.get_title()
    for line in ax.lines:
        if line.get_label() in {t["stimulus"] for t in trials}:
            want = np.mean([t["dff_z"] for t in trials if t["cell_type"] == kind and t["stimulus"] == line.get_label()], axis=0)
            if not np.allclose(line.get_ydata(), want):
                wrong.append(["psth line " + kind + " " + line.get_label()])
    texts = " ".join(t.get_text() for t in ax.texts)
    record = across[kind]
    if f"n = {record['n']}" not in texts or record["test"] not in texts:
        wrong.append(["psth statistics " + kind, texts, record])
# Fig. 2H-I: per valence panel, one line per session from its mean cumulative similarity to each prototype
cum = (CumulativeSimilarity & "valence != 'neutral'").to_dicts()
for ax in drawn["cumulative_similarity"].axes:
    valence = ax.get_title().split(" ")[0]
    want = sorted((round(r["mean_cum_positive"], 9), round(r["mean_cum_negative"], 9)) for r in cum if r["valence"] == valence)
    got = sorted(tuple(round(float(v), 9) for v in line.get_ydata()) for line in ax.lines)
    if got != want or f"({len(want)} sessions)" not in ax.get_title():
        wrong.append(["cumulative similarity " + valence, got, want])
# Fig. 3: one time-course line per drug session (its binned difference), one bar per session and window
drugs = (DrugEffect & {"drug_paramset": 0}).to_dicts()
ax, bx = drawn["drug_sessions"].axes[:2]
lines = {line.get_label(): line for line in ax.lines if not line.get_label().startswith("_")}
for r in drugs:
    line = lines.get(f"{r['drug']} ({r['subject_id']}/{r['session_id']})")
    if line is None or not np.allclose(line.get_ydata(), r["bin_difference"], equal_nan=True) or not np.allclose(
            line.get_xdata(), np.asarray(r["bin_start"]) / 60.0):
        wrong.append(["drug time course " + r["drug"]])
windows = (DrugEffect.Window & {"drug_paramset": 0} & "window_name != 'baseline'").to_dicts()
want = sorted(round(w["difference_norm"], 9) for w in windows if w["difference_norm"] is not None)
got = sorted(round(b.get_height(), 9) for b in bx.patches if np.isfinite(b.get_height()))
if got != want:
    wrong.append(["drug window bars", got, want])
# Fig. 1G: each session's frames at their stored UMAP coordinates, coloured by stimulus; ARI in the title
embedded = {f"{r['subject_id']}/{r['session_id']}": r for r in Embedding.to_dicts()}
for ax in drawn["embedding_umap"].axes:
    session = ax.get_title().split(":")[0]
    r = embedded[session]
    coords, stims = np.asarray(r["coords"], float), np.asarray(r["frame_stimulus"]).astype(str)
    for points in ax.collections:
        label = points.get_label()
        if label in set(stims) and not np.allclose(points.get_offsets(), coords[stims == label]):
            wrong.append(["embedding points " + session + " " + label])
    if f"ARI {r['adjusted_rand']:.2f}" not in ax.get_title():
        wrong.append(["embedding title " + session, ax.get_title()])
# Fig. 1B: each panel's image is its stimulus's stored heatmap, its title the frames averaged
fig = drawn["motion_energy"]
session = fig._suptitle.get_text().rsplit(" ", 1)[-1].split("/")
maps = {m["stimulus"]: m for m in (MotionEnergy.Heatmap & {"subject_id": session[0], "session_id": session[1]}).to_dicts()}
for ax in (a for a in fig.axes if a.images):
    stim = ax.get_title().split(" ")[0]
    if not np.array_equal(ax.images[0].get_array(), maps[stim]["heatmap"]) or f"({maps[stim]['n_frames']} frames)" not in ax.get_title():
        wrong.append(["motion heatmap " + stim])
# Fig. 5A-E: one closed line per valence through the features' mean peak change (%)
rows = KinematicPattern.Valence.to_dicts()
features = sorted({r["feature"] for r in rows})
ax = drawn["valence_radar"].axes[0]
for line in ax.lines:
    mean = {r["feature"]: r["mean_change"] for r in rows if r["valence_name"] == line.get_label()}
    if not np.allclose(line.get_ydata()[:-1], [100 * mean[f] for f in features]):
        wrong.append(["radar " + line.get_label()])
# Fig. 7A-B: per type and valence panel, the observed rho line and the stored n and shuffle p
pattern = {f"{r['cell_type']}, {r['valence_name']}": r for r in (FaceNeuralPattern.CellTypeValence & {"phot_paramset": 0}).to_dicts()}
for ax in drawn["face_neural_correlation"].axes:
    if ax.get_title() not in pattern:
        continue
    r = pattern[ax.get_title()]
    text = " ".join(t.get_text() for t in ax.texts)
    if not any(np.allclose(line.get_xdata(), r["rho"]) for line in ax.lines) or f"n = {r['n']}" not in text:
        wrong.append(["face-neural " + ax.get_title(), text])
# Fig. 7E-G: the ear-angle and mouth-inclination panels show every valenced trial's peak change of the
# group's laser sessions, and each valence's n from OptoGroupEffect
laser = (Trial & "laser_on").proj()
groups = OptoGroupEffect.Group.to_dicts()
for ax in drawn["opto_laser"].axes:
    group, measure = ax.get_title().split(": ")
    measure = measure.replace(" ", "_")
    if measure not in ("ear_angle", "mouth_inclination"):
        continue
    sessions = (Subject & {"subject_group": group}).proj() * (Session & laser).proj()
    want = sorted(round(r["peak_change"], 9) for r in (Kinematics.TrialFeature * Trial.proj("valence") & sessions
                  & {"feature": measure, "kin_paramset": 0} & "valence != 'neutral'").to_dicts())
    got = sorted(round(float(y), 9) for c in ax.collections if isinstance(c, PathCollection)  # the scatters, not the median bars
                 for y in np.asarray(c.get_offsets())[:, 1])
    text = " ".join(t.get_text() for t in ax.texts)
    ns = [g["n_on"] + g["n_off"] for g in groups if (g["subject_group"], g["measure"]) == (group, measure)
          and g["valence_name"] != "neutral"]
    if got != want or not all(f"n = {n}" in text for n in ns):
        wrong.append(["opto " + ax.get_title(), got, want, text])
# Fig. 2E-G: per stimulus, sim(+) - sim(-) of each trial linearly interpolated onto the plotted grid
# around its onset (which starts HOGParams.pre_s before it, at the video's 15 frames/s), minus its mean
# before onset, averaged over the trials; the legend counts them
from facevalence.schemas.face import HOGParams, PrototypeScore
curves = {}
for s in (PrototypeScore * HOGParams.proj("pre_s")).to_dicts():
    times = np.asarray(s["frame_times"], float)
    diff = np.asarray(s["sim_positive"], float) - np.asarray(s["sim_negative"], float)
    for t in (Trial & {"subject_id": s["subject_id"], "session_id": s["session_id"]}).to_dicts():
        curves.setdefault(t["stimulus"], []).append((t["start_time"], times, diff, s["pre_s"]))
ax = drawn["similarity_timecourse"].axes[0]
lines = {line.get_label().split(" (")[0]: line for line in ax.lines if not line.get_label().startswith("_")}
for stim, rows in curves.items():
    line = lines.get(stim)
    grid = None if line is None else np.asarray(line.get_xdata(), float)
    if grid is None or not np.isclose(grid[0], -rows[0][3]) or not np.allclose(np.diff(grid), 1 / 15):
        wrong.append(["similarity time course grid " + stim])
        continue
    each = []
    for onset, times, diff, pre_s in rows:
        v = np.interp(onset + grid, times, diff, left=np.nan, right=np.nan)
        each.append(v - np.nanmean(v[grid < 0]))
    if not np.allclose(line.get_ydata(), np.nanmean(each, axis=0), equal_nan=True) or f"(n = {len(rows)})" not in line.get_label():
        wrong.append(["similarity time course " + stim, line.get_label()])
if sorted(lines) != sorted(curves):
    wrong.append(["similarity time course stimuli", sorted(lines), sorted(curves)])
# Fig. S5A-C: the running traces are the mean over the trials of each group; the posture panel shows
# each trial's ear change (%) in its group; one line per session at its two silhouettes
from facevalence.schemas.locomotion import LocomotionCheck, TrialRunning
fig = drawn["locomotion"]
runs = (TrialRunning.PerTrial * Trial.proj("valence") & "valence != 'neutral'" & LocomotionCheck.Source.proj()).to_dicts()
for line in fig.axes[0].lines:
    label = line.get_label()
    if "(n = " not in label:
        continue
    valence, running = label.split(" (")[0].split(", ")
    chosen = [np.asarray(r["trace"], float) for r in runs if r["valence"] == valence and bool(r["high"]) == (running == "high-running")]
    if not np.allclose(line.get_ydata(), np.nanmean(chosen, axis=0), equal_nan=True) or f"(n = {len(chosen)})" not in label:
        wrong.append(["locomotion trace " + label])
posture = {(r["running"], r["valence_name"]): r for r in LocomotionCheck.Posture.to_dicts()}
order = [("high", "positive"), ("high", "negative"), ("low", "positive"), ("low", "negative")]
for group, dots in zip(order, fig.axes[1].collections, strict=True):
    if not np.allclose(sorted(np.asarray(dots.get_offsets())[:, 1]), sorted(100 * np.asarray(posture[group]["changes"]))):
        wrong.append(["locomotion posture " + "/".join(group)])
separation = sorted((r["silhouette_high"], r["silhouette_low"]) for r in LocomotionCheck.Separation.to_dicts())
if sorted(tuple(line.get_ydata()) for line in fig.axes[2].lines[:-1]) != separation:
    wrong.append(["locomotion silhouettes", separation])
print(json.dumps({"figures": sorted(drawn), "wrong": wrong}, default=str))
"""


#: The deposit's analysis files: what they hold, the raw file each names (by object id, in the deposit),
#: and every array compared with the database row it was written from.
ANALYSIS_VS_DB = """
import hashlib, json, sys
from pathlib import Path
import numpy as np
from pynwb import NWBHDF5IO
from facevalence import db
db.connect()
from facevalence.schemas.face import PrototypeScore
from facevalence.schemas.kinematics import Kinematics
from facevalence.schemas.photometry import PhotometryPSTH, PhotometryTrace
out, objects, raw_ids, links = {}, set(), {}, []
for path in Path(sys.argv[1]).rglob("*.nwb"):
    with NWBHDF5IO(str(path), "r") as io:
        f = io.read()
        if "facevalence" not in f.processing:
            raw_ids[f.object_id] = hashlib.sha256(path.read_bytes()).hexdigest()
            continue
        key = {"subject_id": f.subject.subject_id, "session_id": f.session_id}
        m = f.processing["facevalence"].data_interfaces
        objects |= set(m)
        src = m["source_nwb"].to_dataframe().iloc[0]
        links.append((src["nwb_object_id"], src["sha256"]))
        wrong, compared = [], []
        if "trial_kinematics" in m:
            t = m["trial_kinematics"].to_dataframe()
            rows = (Kinematics.TrialFeature & key & "kin_paramset = 0").to_dicts(order_by=("trial_id", "feature"))
            compared.append("trial_kinematics")
            if [(r["trial_id"], r["feature"]) for r in rows] != list(zip(t["trial_id"], t["feature"])) or not np.allclose(
                    [r["peak_change"] for r in rows], t["peak_change"], equal_nan=True):
                wrong.append("trial_kinematics")
        if "prototype_similarity" in m:
            s = (PrototypeScore & key & "hog_paramset = 0" & "reg_paramset = 0").to_dicts(limit=1)[0]
            compared.append("prototype_similarity")
            if not np.array_equal(m["prototype_similarity"].data[:], np.column_stack([s["sim_positive"], s["sim_negative"]])):
                wrong.append("prototype_similarity")
        if "dff" in m:
            t = (PhotometryTrace & key & "phot_paramset = 0").fetch1()
            compared.append("dff")
            if not np.array_equal(m["dff"].data[:], np.asarray(t["dff"], np.float32)) or not np.array_equal(
                    m["dff"].timestamps[:], np.asarray(t["times"], float)):
                wrong.append("dff")
        if "psth" in m:
            t = m["psth"].to_dataframe()
            rows = (PhotometryPSTH & key & "phot_paramset = 0").to_dicts(order_by="stimulus")
            compared.append("psth")
            if list(t["stimulus"]) != [r["stimulus"] for r in rows] or not all(
                    np.array_equal(np.asarray(a, float), np.asarray(r["mean_dff"], float)) for a, r in zip(t["mean_dff"], rows)):
                wrong.append("psth")
        out[path.name] = {"compared": compared, "wrong": wrong}
linked = bool(links) and all(oid in raw_ids for oid, _ in links)
print(json.dumps({"files": out, "objects": sorted(objects), "linked": linked}))
"""


#: When each row of the tables that read the videos was computed (the hidden ``_job_start_time``):
#: rows made by one shared pass over a session's video record that pass's start
PASSES = """
import json
import os
import re
from facevalence import db
db.connect()
from facevalence.pipeline.lineage import _hidden
from facevalence.schemas.face import HOGFeatures, MotionEnergy, PrototypeScore, RegisteredHOG
from facevalence.schemas.session import Nwbfile
starts = {}
for key in Nwbfile.keys():
    tables = {t.__name__: [str(r["_job_start_time"]) for r in _hidden(t & key, ["_job_start_time"])]
              for t in (RegisteredHOG, HOGFeatures, MotionEnergy, PrototypeScore)}
    starts[key["subject_id"] + "/" + key["session_id"]] = {k: v for k, v in tables.items() if v}
print(json.dumps(starts))
"""


#: How far a trial's recovered peak change may lie from the true one, per feature. The generator's
#: DeepLabCut-like jitter is 0.4 px per coordinate; after the 5-frame median, the peak of |change|
#: over a ~6 s window still picks up its extremes, which weigh more the shorter the distance: about
#: 0.02-0.035 for the long distances and angles (measured on this cohort), 0.05-0.07 for the 9 px eye
#: opening, the ear width and the ear fold, 0.19 for the 9 px pupil. The margins leave 1.4x or more
#: room over those and stay below the injected changes, so a zeroed or sign-flipped feature fails.
KINEMATIC_MARGIN = {"mouth_inclination": 0.05, "snout_mouth_length": 0.05, "nose_position": 0.05, "whisker_angle": 0.05,
                    "ear_length": 0.05, "ear_angle": 0.05, "eye_opening": 0.1, "ear_width": 0.1, "ear_fold": 0.1,
                    "pupil_size": 0.27}


def _check_kinematics(measured: list, raw_folders: list) -> None:
    from tests.ground_truth import session_of, stimulus_sessions, trial_peaks

    got = {(s, ses, t, f): v for s, ses, t, f, v in measured}
    expected = {(*session_of(folder), r["trial_id"], r["feature"]): r["peak"]
                for folder in stimulus_sessions(raw_folders) for r in trial_peaks(folder)}
    assert set(got) == set(expected) and len(expected) == 4 * 5 * 10, sorted(set(got) ^ set(expected))[:10]
    worst = {}
    for key, truth in expected.items():
        feature = key[3]
        worst[feature] = max(worst.get(feature, 0.0), abs(got[key] - truth))
    print("kinematics: largest |recovered - true| peak change per feature:", {f: round(v, 3) for f, v in worst.items()})
    assert all(worst[f] <= KINEMATIC_MARGIN[f] for f in KINEMATIC_MARGIN), (worst, KINEMATIC_MARGIN)
    # the margins are tight enough to catch a zeroed feature: every feature the generator moves has
    # trials whose true change exceeds its margin (the nose position is not moved by any stimulus)
    for feature, margin in KINEMATIC_MARGIN.items():
        largest = max(abs(v) for k, v in expected.items() if k[3] == feature)
        assert (largest > 1.3 * margin) != (feature == "nose_position"), (feature, largest, margin)


def _check_pattern(pattern: dict, measured: list, raw_folders: list) -> None:
    from scipy import stats

    from tests.ground_truth import schedule, session_of, stimulus_sessions

    # (subject, session, trial) -> stimulus, from the generator's schedule
    stimulus_of = {(*session_of(folder), i): t["stimulus"]
                   for folder in stimulus_sessions(raw_folders) for i, t in enumerate(schedule(folder))}
    groups: dict = {}
    for subject, session, trial, feature, value in measured:
        groups.setdefault((stimulus_of[(subject, session, trial)], feature), []).append(value)
    assert len(pattern["stimulus"]) == len(groups) == 5 * 10, len(pattern["stimulus"])
    for stimulus, feature, mean, median, n, p in pattern["stimulus"]:
        values = np.asarray(groups[(stimulus, feature)])
        assert n == len(values) == 4 and mean == pytest.approx(values.mean(), abs=1e-12), (stimulus, feature)
        assert median == pytest.approx(np.median(values), abs=1e-12), (stimulus, feature)
        assert p == pytest.approx(stats.wilcoxon(values).pvalue, rel=1e-9), (stimulus, feature, p)
    assert len(pattern["across"]) == 10
    for feature, test, statistic, p, n in pattern["across"]:
        samples = [np.asarray(v) for (_, f), v in sorted(groups.items()) if f == feature]
        expected = stats.kruskal(*samples)
        assert "kruskal" in test.lower() and n == 20, (feature, test, n)
        assert statistic == pytest.approx(expected.statistic, rel=1e-9) and p == pytest.approx(expected.pvalue, rel=1e-9)


def _check_opto(rows: list, measured: list, raw_folders: list, by: str = "group", counts: dict | None = None) -> None:
    """Laser-on vs laser-off comparisons (``rows``: unit, measure, valence, n_on, n_off, medians, U, p)
    against the peak changes of the trials that the generator's laser epochs cover, pooled ``by`` the
    subject group (OptoGroupEffect) or the session (OptoEffect, whose ``counts`` are n_on, n_off of
    valenced trials)."""
    import json

    from scipy import stats

    from facevalence.io.session_yaml import DEFAULT_VALENCE
    from tests.ground_truth import schedule, session_of

    trials = {}  # (subject, session, trial) -> (unit, valence, laser on)
    for folder in raw_folders:
        laser = json.loads((folder / "ground_truth.json").read_text()).get("laser")
        if not laser:
            continue
        group = __import__("yaml").safe_load((folder / "session.yaml").read_text())["subject"]["group"]
        unit = group if by == "group" else "/".join(session_of(folder))
        for i, t in enumerate(schedule(folder)):
            on = any(e["onset_s"] <= t["onset"] < e["onset_s"] + e["duration_s"] for e in laser)
            trials[(*session_of(folder), i)] = (unit, DEFAULT_VALENCE[t["stimulus"]], on)
    if counts is not None:  # the session rows count its valenced trials on and off
        want = {}
        for unit, valence, on in trials.values():
            if valence != "neutral":
                want.setdefault(unit, [0, 0])[0 if on else 1] += 1
        assert counts == want, (counts, want)
    values: dict = {}
    for subject, session, trial, feature, value in measured:
        if (subject, session, trial) in trials:
            unit, valence, on = trials[(subject, session, trial)]
            values.setdefault((unit, feature, valence, on), []).append(value)
    checked = 0
    for unit, measure, valence, n_on, n_off, median_on, median_off, statistic, p in rows:
        on, off = values.get((unit, measure, valence, True), []), values.get((unit, measure, valence, False), [])
        assert (n_on, n_off) == (len(on), len(off)), (unit, measure, valence, n_on, n_off)
        if not (on and off):  # water: one trial per session, laser on
            continue
        assert median_on == pytest.approx(np.median(on), abs=1e-12) and median_off == pytest.approx(np.median(off), abs=1e-12)
        expected = stats.mannwhitneyu(on, off, alternative="two-sided")
        assert statistic == pytest.approx(expected.statistic) and p == pytest.approx(expected.pvalue, rel=1e-9)
        checked += 1
    # eNpHR and eYFP (one laser session each) x ear angle and mouth inclination x positive and negative
    assert checked == 2 * 2 * 2, rows


def _check_locomotion(loco: dict, measured: list, raw_folders: list) -> None:
    """Fig. S5A-C against the generator: the high-running trials are exactly those it made the mouse
    run after (bouts of 15-25 cm/s against < 1 cm/s of creeping: no trial is near the 5 cm/s line);
    within them and within the other trials, the ear's peak changes are those of the Kinematics rows
    and keep the sign of the injected effect (+26 % positive, -36 % negative, flattened to a quarter
    on eNpHR laser trials: never crossing 0), with scipy's Mann-Whitney; the silhouette of positive vs
    negative frames is sklearn's on the Embedding coordinates of those trials, and high (a trial's
    frames cluster, and the valences differ on the face whether the mouse runs or not)."""
    from scipy import stats
    from sklearn.metrics import silhouette_score

    from facevalence.io.session_yaml import DEFAULT_VALENCE
    from tests.ground_truth import schedule, session_of, stimulus_sessions

    ran, valence = {}, {}
    for folder in raw_folders:
        if (folder / "running.csv").exists() and (folder / "stimuli.csv").exists():
            for i, t in enumerate(schedule(folder)):
                ran[(*session_of(folder), i)] = t["ran"]
                valence[(*session_of(folder), i)] = DEFAULT_VALENCE[t["stimulus"]]
    assert {(s, e, t): h for s, e, t, h in loco["high"]} == ran, loco["high"]
    analysis = {session_of(f) for f in stimulus_sessions(raw_folders)}
    ear = {(s, e, t): v for s, e, t, f, v in measured if f == "ear_angle"}
    for running in ("high", "low"):
        for sign, name in ((1, "positive"), (-1, "negative")):
            want = sorted(ear[k] for k, r in ran.items() if k[:2] in analysis and (r == (running == "high"))
                          and valence[k] == name)
            got = sorted(loco["posture"][f"{running}/{name}"])
            assert len(want) == 4 and np.allclose(got, want, rtol=0, atol=1e-12) and all(sign * v > 0 for v in got), (running, name)
    for record, running in zip(loco["tests"], ("high", "low"), strict=True):
        expected = stats.mannwhitneyu(loco["posture"][f"{running}/positive"], loco["posture"][f"{running}/negative"])
        assert record["p"] == pytest.approx(expected.pvalue, rel=1e-9) and record["n"] == 8, record
    for silhouette, running in zip(loco["silhouette"], ("high", "low"), strict=True):
        scores = []
        for subject, session, coords, frame_trial in loco["embeddings"]:
            frame_trial = np.asarray(frame_trial)
            trials = [t for (s, e, t), r in ran.items() if (s, e) == (subject, session) and r == (running == "high")
                      and valence[(s, e, t)] != "neutral"]
            keep = np.isin(frame_trial, trials)
            labels = [valence[(subject, session, t)] for t in frame_trial[keep]]
            scores.append(silhouette_score(np.asarray(coords)[keep], labels))
        assert silhouette == pytest.approx(np.mean(scores), abs=1e-9) and silhouette > 0.5, (running, silhouette, scores)


def _check_motion(measured: dict, raw_folders: list) -> None:
    from tests.ground_truth import motion_energy

    assert measured, "no MotionEnergy row for m02 session 01"
    for name, values in measured.items():
        n_frames, expected = motion_energy(next(f for f in raw_folders if f.name == f"sub-{name}") / "face.mp4")
        assert len(values) == n_frames and np.isnan(values[0]), (name, len(values), n_frames)
        np.testing.assert_allclose(values[1:], expected, rtol=0, atol=1e-9, err_msg=name)


def _chain(tmp_path, demo_nwb, demo_cohort, server, figures=False, workers=0):
    env = _env(tmp_path, server)
    ok(run_cli(["ingest", *map(str, demo_nwb)], env))
    if workers:  # several workers share the work through the job table, each row made exactly once
        made = _run_workers(env, tmp_path, workers)
        status = _status(env)
        for table, n in EXPECTED.items():
            if table in made[0]:
                assert sum(m[table] for m in made) == n == status["rows"][table], (table, made, status)
        assert sum(1 for m in made if sum(m.values()) > 0) >= 2, f"work was not shared: {made}"
    else:  # `populate` on this machine: one worker process per core (2 here), each row made once
        populated = run_cli(["populate", "--workers", "2", "--json"], env)
        made = json.loads(ok(populated).strip().splitlines()[-1])
        assert "populating with 2 worker processes" in populated.stderr and "PrototypeScore: 7 rows (+7) at" in populated.stderr, \
            populated.stderr[-3000:]
        status = _status(env)
        assert all(made[table] == n for table, n in EXPECTED.items() if table in made), (made, EXPECTED)
    for table, n in EXPECTED.items():
        assert status["rows"][table] == n, (table, status)
    assert sum(status["remaining"].values()) == 0
    # each session's video was decoded once for every table that reads it: the prototype mouse's for its
    # registered and unregistered windows and its motion; each analysis session's, after the prototypes
    # were made, for its windows, its motion and its scores (drug sessions: no trials, no windows)
    check = subprocess.run([sys.executable, "-c", PASSES], env={**__import__("os").environ, **env},
                           capture_output=True, text=True, cwd=str(ROOT))
    passes = json.loads(ok(check).strip().splitlines()[-1])
    assert len(passes) == 8 and set(passes["proto/01"]) == {"RegisteredHOG", "HOGFeatures", "MotionEnergy"}, passes
    for session, tables in passes.items():
        assert {"MotionEnergy", "PrototypeScore" if session != "proto/01" else "RegisteredHOG"} <= set(tables), passes
        assert len({start for starts in tables.values() for start in starts}) == 1, (session, tables)
    # ground truth: after co-registration, frames of positive stimuli move towards the positive
    # prototype and negative ones towards the negative prototype, per trial, on held-out mice
    check = subprocess.run([sys.executable, "-c", SIGN_CHECK], env={**__import__("os").environ, **env},
                           capture_output=True, text=True, cwd=str(ROOT))
    signs = json.loads(ok(check).strip().splitlines()[-1])
    print("ground truth:", json.dumps(signs))
    # (every one of the 16 non-neutral trials: the injected changes are 0.22-0.36 of baseline, far above
    # the rendering noise, so no trial's sign is left to chance; a zeroed score gets 8, a flipped one 0)
    assert signs["n"] == 16 and signs["correct"] == 16, signs
    # Fig. 2H-I: baseline-normalised cumulative similarity favours the matching prototype per valence
    assert signs["cum_n"] == 8 and signs["cum_correct"] == 8, signs
    # Fig. 3: ethanol-like drift is positive 15-30 min after the injection, LiCl-like negative, saline ~0
    late = signs["late"]
    assert late["ethanol"] > 0.3 and late["licl"] < -0.3 and abs(late["saline"]) < 0.2, late
    assert signs["sources"] == ["deeplabcut", "hand-placed"], signs
    # Fig. 4-5: every trial's peak change of each of the ten features matches the one worked out from
    # the keypoints the generator placed (its per-trial gain and the eNpHR laser's flattening included)
    _check_kinematics(signs["kin"], demo_cohort)
    # Fig. S4: each session's keypoint PCA has the keypoints, explained variance (1e-9) and components
    # (eigenvectors of the z-scored covariance, 1e-9) of the numpy computation in SIGN_CHECK
    assert len(signs["pca"]) == 4, signs["pca"]
    for session, (same_keypoints, same_frames, ev_error, residual) in signs["pca"].items():
        assert same_keypoints and same_frames and ev_error < 1e-9 and residual < 1e-9, (session, signs["pca"][session])
    # Fig. 5A-E: the cohort's pattern pools those trials: each stimulus x feature row holds the mean, median,
    # n and scipy's one-sample Wilcoxon p of the stored peak changes, each feature's Kruskal-Wallis p
    # across the stimuli is scipy's
    _check_pattern(signs["pattern"], signs["kin"], demo_cohort)
    # Fig. 7E-G: each opsin group's laser-on and laser-off medians and Mann-Whitney of the ear angle and
    # mouth inclination are those of the stored peak changes of its trials, laser on when the
    # generator's laser epoch brackets the onset (scipy's mannwhitneyu)
    _check_opto(signs["opto_rows"], signs["kin"], demo_cohort)
    _check_opto(signs["opto_session_rows"], signs["kin"], demo_cohort, by="session", counts=signs["opto_sessions"])
    # Fig. 1B: motion energy equals the mean |frame difference| of the video decoded here with PyAV
    _check_motion(signs["motion"], demo_cohort)
    _check_locomotion(signs["locomotion"], signs["kin"], demo_cohort)
    # Fig. 1H-I: the face departs furthest from rest after the stimuli the generator moves it with (changes
    # of 0.2-0.5 of baseline) and least after water (0.02): per session, water's trough is below 3/4 of
    # every other stimulus's (seen: 0.012 vs 0.018-0.034, a ratio of 1.5 or more)
    for session, troughs in signs["arousal"].items():
        others = [v for stim, v in troughs.items() if stim != "water"]
        assert len(troughs) == 5 and 0 < troughs["water"] < 0.75 * min(others), (session, troughs)
    assert len(signs["arousal"]) == 4, signs["arousal"]
    # Fig. 1G: k-means on the UMAP of the stimulus windows recovers the stimuli (one trial each here,
    # each a distinct expression: seen ARI 1.0 in every session); the stored ARI is sklearn's
    from sklearn.metrics import adjusted_rand_score

    assert len(signs["embedding"]) == 4, signs["embedding"]
    for session, (ari, stimuli, clusters) in signs["embedding"].items():
        assert ari == pytest.approx(adjusted_rand_score(stimuli, clusters), abs=1e-12) and ari > 0.8, (session, ari)
    # Fig. 5G: the LSTM decodes the stimulus best from the ear, as in the paper (chance 0.2)
    decoding = signs["decoding"]
    assert set(decoding) == {"ear", "whisker", "snout", "pupil", "mixed"}, decoding
    assert decoding["ear"] == max(decoding.values()) and decoding["ear"] > 0.5, decoding
    # Fig. 6: the DA-like mouse responds more to positive stimuli, the GABA-like one to negative ones
    # (the generator's peaks: DA 0.0525 vs 0.0175 dF/F on average, 3.0x; GABA 0.0525 vs 0.011, 4.8x; the
    # z-scored medians keep a ratio above 2 for both: seen 2.9 and 3.3)
    types = signs["types"]
    assert set(types) == {"DA", "GABA"}, types
    assert types["DA"][0] > 2 * types["DA"][1] > 0 and types["GABA"][1] > 2 * types["GABA"][0] > 0, types
    # Fig. 7A-B: within each trial dF/F rises with the similarity to the stimulus's valence prototype
    # (per session and stimulus: one trial each here); pooled per type and valence, the DA-like
    # mouse's positive trials correlate. (The GABA-like mouse's two negative trials are not pooled
    # into a clear rho: its neural response is larger to shock, its face moves more to bitter.)
    # One trial's rho comes from 2 s at 15 Hz (30 autocorrelated samples), so its noise is ~0.3:
    # each of the four preferred-stimulus trials must be positive and their mean above 0.25 (seen:
    # 0.48 at 15 and at 30 fps, single trials 0.18-0.92); a zero or sign-flipped result fails both.
    stim = signs["rho_stim"]
    preferred = [stim[f"{t}/{s}"] for t, ss in (("DA", ("sucrose", "nacl")), ("GABA", ("bitter", "shock"))) for s in ss]
    assert min(preferred) > 0 and sum(preferred) / 4 > 0.25, stim
    # Pooled per type and valence (two trials each), the noise is ~0.2. The generator makes dF/F and
    # the face rise together in every responsive trial, most in the preferred valence (3-5x the dF/F):
    # the preferred valence correlates, and better than the other; the weakly responding
    # non-preferred valence is not negative beyond the noise (seen: DA 0.71 / 0.28, GABA 0.29 / 0.06).
    # Water moves the face too little for its rho to be more than noise: only its presence is checked.
    rho = signs["rho"]
    assert set(rho) == {f"{t}/{v}" for t in ("DA", "GABA") for v in ("positive", "negative", "neutral")}, rho
    assert rho["DA/positive"] > 0.4 and rho["GABA/negative"] > 0.15, rho
    assert rho["DA/positive"] > rho["DA/negative"] + 0.2 and rho["GABA/negative"] > rho["GABA/positive"] + 0.1, rho
    assert rho["DA/negative"] > -0.2 and rho["GABA/positive"] > -0.2, rho
    # Fig. 7E-G: with eNpHR the laser flattens the ears; the eYFP control's laser changes nothing
    opto = signs["opto"]
    assert {g for g, _, _ in opto} == {"eNpHR", "eYFP"}, opto
    # the generator scales the eNpHR mouse's ear movements by LASER_EAR_SCALE (0.25) on laser-on trials and
    # leaves the eYFP mouse's alone: the median ratio on/off is 0.25 or 1 within 0.15 and 0.3 of trial noise
    for group, _, ratio in opto:
        assert (0.1 < ratio < 0.4) if group == "eNpHR" else (0.7 < ratio < 1.3), opto
    key = ["--key", "subject_id=m02", "--key", "session_id=01", "--key", "hog_paramset=0",
           "--key", "proto_id=proto", "--key", "reg_paramset=0", "--key", "proto_paramset=0"]
    info = json.loads(ok(run_cli(["lineage", "PrototypeScore", *key, "--json"], env)))
    files = {f["path"]: f for f in info["nwb_files"]}
    # the scored trial's own file and, through Prototype.Source, the prototype mouse's file
    assert {str(p) for p in demo_nwb if "m02_ses-01" in p.name or "proto" in p.name} == set(files)
    assert all(f["sha256_matches"] and len(f["sha256"]) == 64 for f in files.values())
    params = {p["table"] for p in info["parameters"]}
    assert {"HOGParams", "PrototypeParams", "RegistrationParams"} <= params
    computed = {u["table"]: u for u in info["upstream"]}
    # the prototypes are built from the prototype mouse's registered windows (RegisteredHOG), not from HOGFeatures
    assert {"Registration", "RegisteredHOG", "Prototype", "PrototypeMouse", "Trial", "Session", "Subject", "Nwbfile"} <= set(computed)
    assert "HOGFeatures" not in computed
    versions = {c["_job_version"] for c in computed["PrototypeScore"]["computed_by"]}
    assert all(v.startswith("facevalence ") for v in versions), versions
    # a cohort-level model run traces back to every pose file it was trained on
    info = json.loads(ok(run_cli(["lineage", "PoseDecoding", "--key", "kin_paramset=0", "--key", "decode_paramset=0",
                                   "--json"], env)))
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in info["nwb_files"]) == [
        "sub-m01_ses-01.nwb", "sub-m01_ses-02.nwb", "sub-m02_ses-01.nwb", "sub-m02_ses-02.nwb"]
    assert {"KinematicsParams", "PoseDecodingParams"} == {p["table"] for p in info["parameters"]}
    text = ok(run_cli(["lineage", "PrototypeScore", *key], env))
    assert "sha256" in text and "computed by: facevalence" in text
    if figures:  # every figure type from the database, PNG and PDF
        out = tmp_path / "figures"
        text = ok(run_cli(["figures", str(out)], env))
        from facevalence.figures import DEEP_FIGURES, FIGURES

        for name in DEEP_FIGURES:  # no deep-model run is selected here (tests/integration/test_deep.py draws them)
            assert f"{name}: skipped: " in text, text
        for name in set(FIGURES) - set(DEEP_FIGURES):
            assert f"{name}: {name}.png, {name}.pdf" in text, text
            assert (out / f"{name}.png").stat().st_size > 20_000 and (out / f"{name}.pdf").stat().st_size > 5_000
        check = subprocess.run([sys.executable, "-c", FIGURE_CHECK], env={**__import__("os").environ, **env},
                               capture_output=True, text=True, cwd=str(ROOT))
        drawn = json.loads(ok(check).strip().splitlines()[-1])
        assert drawn["figures"] == ["cumulative_similarity", "drug_sessions", "embedding_umap", "face_neural_correlation",
                                    "keypoint_features", "locomotion", "motion_energy", "opto_laser", "photometry_psth",
                                    "pose_decoding", "similarity_timecourse", "valence_radar"] and not drawn["wrong"], drawn
        text = ok(run_cli(["figures", str(tmp_path / "eyfp"), "--where", "subject_group=eYFP", "--only", "opto_laser"], env))
        assert "1 of 1 figures" in text, text
        bad = run_cli(["figures", str(out), "--where", "colour=brown"], env)
        assert bad.returncode == 2 and "--where: unknown attribute colour; known:" in bad.stderr, bad.stderr
        bad = run_cli(["figures", str(out), "--cohort", "eyfp"], env)
        assert bad.returncode == 2 and "--cohort: no cohort 'eyfp'; known: all" in bad.stderr, bad.stderr
        bad = run_cli(["figures", str(out), "--only", "pie_chart"], env)
        assert bad.returncode == 2 and "unknown figure pie_chart" in bad.stderr, bad.stderr
        # cross-cohort queries: all drug windows of the DAT-Cre mice; the laser sessions of the eNpHR group
        ok(run_cli(["query", "drugs", "--where", "genotype=DAT-Cre", "--csv", str(tmp_path / "drugs.csv")], env))
        drugs = __import__("pandas").read_csv(tmp_path / "drugs.csv")
        assert len(drugs) == 9 and set(drugs.drug) == {"saline", "ethanol", "licl"} and set(drugs.genotype) == {"DAT-Cre"}
        text = ok(run_cli(["query", "opto", "--where", "subject_group=eNpHR", "--where", "protocol=opto"], env))
        assert "ear_angle" in text and "eYFP" not in text, text
        bad = run_cli(["query", "scores", "--where", "colour=brown"], env)
        assert bad.returncode == 2 and "unknown attribute colour; known:" in bad.stderr, bad.stderr
        bad = run_cli(["query", "scores", "--start", "2030-01-01"], env)
        assert bad.returncode == 2 and "no session matches {} from 2030-01-01" in bad.stderr, bad.stderr
    if figures:  # DANDI deposit of one cohort: raw + analysis NWB files organised and validated (offline)
        out = tmp_path / "dandi"
        bad = run_cli(["export-dandi", str(out), "--where", "colour=brown"], env)
        assert bad.returncode == 2 and "--where: unknown attribute colour; known:" in bad.stderr, bad.stderr
        # the eYFP mouse's stimulus session (photometry, face, kinematics; dandi reads ~6 s per file, so one
        # session: its raw and its analysis file are the two files of one session dandi must tell apart;
        # with one session per subject, dandi leaves the ses- entity out of the names)
        text = ok(run_cli(["export-dandi", str(out), "--where", "subject_group=eYFP", "--where", "session_id=01"], env))
        assert "dandi validate: no errors" in text, text
        nwbs = sorted(out.rglob("*.nwb"))
        assert len(nwbs) == 1 + 1 and all(p.name.startswith("sub-m02_") for p in nwbs), nwbs
        # raw and analysis files are named by role (not by dandi's _obj-<hash>), each video where its file says
        assert sorted(next(e for e in p.stem.split("_") if e.startswith("desc-")) for p in nwbs) == ["desc-analysis", "desc-raw"], nwbs
        assert not any("_obj-" in str(p.relative_to(out)) for p in out.rglob("*")), nwbs
        import h5py

        for raw in (p for p in nwbs if "_desc-raw_" in p.name):
            with h5py.File(raw, "r") as f:
                videos = [v.decode() for v in f["acquisition/FaceVideo/external_file"][()]]
            assert videos and all((raw.parent / v).is_file() and v.startswith(raw.stem + "/") for v in videos), videos
        check = subprocess.run([sys.executable, "-c", ANALYSIS_VS_DB, str(out)], env={**__import__("os").environ, **env},
                               capture_output=True, text=True, cwd=str(ROOT))
        found = json.loads(ok(check).strip().splitlines()[-1])
        assert {"prototype_similarity", "dff", "psth", "face_neural_correlation", "trial_kinematics"} <= set(found["objects"]), found
        assert found["linked"], found  # source_nwb names a raw file of the deposit (object id; organize rewrites video paths, so not sha256)
        # every array of the analysis files equals the database row it was written from
        files = found["files"]
        compared = sorted(name for f in files.values() for name in f["compared"])
        assert len(files) == 1 and not any(f["wrong"] for f in files.values()), files
        assert {"trial_kinematics", "prototype_similarity", "dff", "psth"} <= set(compared), files
        bad = run_cli(["export-dandi", str(out)], env)
        assert bad.returncode == 2 and "not an empty folder" in bad.stderr, bad.stderr
    # ingesting the same files again is a no-op; the tables stay as they are
    ok(run_cli(["ingest", *map(str, demo_nwb)], env))
    assert _status(env)["rows"] == status["rows"]
    return env


def test_chain_embedded_postgres(tmp_path, demo_nwb, demo_cohort):
    env = _chain(tmp_path, demo_nwb, demo_cohort, None, figures=True)
    _check_reports(tmp_path, env, demo_cohort)
    _check_live(tmp_path, env, demo_cohort)


SCORES = """
import json, sys
import numpy as np
from facevalence import db
db.connect()
from facevalence.schemas.face import PrototypeScore, Registration
key = {"subject_id": sys.argv[1], "session_id": sys.argv[2], "hog_paramset": 0, "reg_paramset": 0}
Registration.populate(key)
PrototypeScore.populate(key)
row = (PrototypeScore & key).fetch1()
source = (Registration & key).fetch1("landmark_source")
print(json.dumps({"source": source, **{k: np.asarray(row[k]).tolist() for k in ("sim_positive", "sim_negative")}}))
"""


def _scores(env, subject, session):
    """PrototypeScore's similarities of a session (made first, with its Registration, if missing)."""
    return json.loads(ok(subprocess.run([sys.executable, "-c", SCORES, subject, session], env={**os.environ, **env},
                                        capture_output=True, text=True, cwd=str(ROOT))).strip().splitlines()[-1])


def _check_live(tmp_path, env, raw_folders):
    """The session's video replayed through `facevalence live` (its first 45 frames, as fast as they
    decode) gives PrototypeScore's similarities to 1e-12: live and offline are one code path. Its
    recording converts and ingests as a new session whose offline Registration and PrototypeScore
    give the live numbers again; the recording's landmarks register the camera anew with the same
    result; `live demo` checks itself against the table; a poor automatic registration is refused."""
    import pandas as pd

    video = next(f for f in raw_folders if f.name == "sub-m02_ses-01") / "face.mp4"
    record = tmp_path / "live-recording"
    text = ok(run_cli(["live", str(video), "--session", "m02/01", "--max-frames", "45", "--baseline", "1",
                       "--trigger", "valence > 0 for 0.2 s", "--out", str(tmp_path / "live.csv"), "--no-dashboard",
                       "--record", str(record), "--record-session", "live1"], env))
    assert "scored 45 frames" in text and "dropped 0 of" in text and "recorded session folder" in text, text
    live = pd.read_csv(tmp_path / "live.csv")
    table = _scores(env, "m02", "01")
    np.testing.assert_allclose(live["positive"], table["sim_positive"][:45], rtol=0, atol=1e-12)
    np.testing.assert_allclose(live["negative"], table["sim_negative"][:45], rtol=0, atol=1e-12)
    # the recording joins the cohort with full lineage
    ok(run_cli(["convert", str(record), "--out", str(tmp_path / "live-nwb"), "--allow-short-baseline"], env))
    ok(run_cli(["ingest", str(tmp_path / "live-nwb" / "sub-m02_ses-live1.nwb")], env))
    recorded = _scores(env, "m02", "live1")
    assert recorded["source"] == "hand-placed" and len(recorded["sim_positive"]) >= 45
    np.testing.assert_allclose(recorded["sim_positive"][:45], live["positive"], rtol=0, atol=1e-12)
    np.testing.assert_allclose(recorded["sim_negative"][:45], live["negative"], rtol=0, atol=1e-12)
    # a camera registered from landmarks placed on its frames (here: the recording's) scores the same
    text = ok(run_cli(["live", str(video), "--landmarks", str(record / "landmarks.yaml"), "--max-frames", "20",
                       "--no-dashboard", "--out", str(tmp_path / "live2.csv"), "--overlay", str(tmp_path / "o.png")], env))
    assert "registered the camera by landmarks" in text and (tmp_path / "o.png").stat().st_size > 1000, text
    np.testing.assert_allclose(pd.read_csv(tmp_path / "live2.csv")["positive"], live["positive"][:20], rtol=0, atol=1e-9)
    demo = ok(run_cli(["live", "demo", "--session", "m02/01", "--max-frames", "15", "--no-dashboard"],
                      {**env, "FACEVALENCE_DEMO_PREFIX": env["FACEVALENCE_PREFIX"]}))
    worst = float(re.search(r"15 frames match PrototypeScore of m02/01: largest difference (\S+)", demo).group(1))
    assert worst <= 1e-12, demo
    bad = run_cli(["live", str(video), "--session", "m09/01"], env)
    assert bad.returncode == 2 and "no Registration of session m09/01" in bad.stderr, bad.stderr
    bad = run_cli(["live", str(video), "--align", "--min-correlation", "0.9999999", "--no-dashboard"], env)
    assert bad.returncode == 2 and "automatic registration is poor" in bad.stderr, bad.stderr


def _check_reports(tmp_path, env, raw_folders):
    """Quality reports through the CLI, opened in a real headless Chromium: the index of a cohort (the
    eYFP mouse's two sessions) links each session's page; every page loads without a console error and
    every figure decodes; the numbers are those of the raw files the generator wrote (frames and rate
    of the video, DeepLabCut likelihoods, photometry samples per LED) and a table without a row says
    what the session lacks (its folder has no injection, no laser log or no photometry file)."""
    import pandas as pd

    from tests.browser import open_pages, table_rows

    ok(run_cli(["cohort", "add", "qc", "--where", "subject_group = 'eYFP'"], env))
    ok(run_cli(["report", "--cohort", "qc", "--out", str(tmp_path / "qc")], env))
    names = ["sub-m02_ses-01", "sub-m02_ses-02"]
    index, *pages = open_pages([((tmp_path / "qc" / "index.html").as_uri(), "report-index.png")]
                               + [((tmp_path / "qc" / f"{n}.html").as_uri(), f"report-{n}.png") for n in names])
    assert not index["errors"] and index["links"] == [f"{n}.html" for n in names], index
    for name, page in zip(names, pages, strict=True):
        folder = next(f for f in raw_folders if f.name == name)
        truth = __import__("json").loads((folder / "ground_truth.json").read_text())
        assert not page["errors"], page["errors"]
        photometry = (folder / "photometry.csv").exists()  # the stimulus session; not the opto one
        assert [i["figure"] for i in page["images"]] == ["pose", "clocks", *(["photometry"] * photometry), "registration",
                                                         "coverage", "motion", "running"], page["images"]
        assert all(i["complete"] and i["width"] > 300 for i in page["images"]), page["images"]
        rows = table_rows(page["text"])
        assert rows["video"][0] == str(truth["n_frames"]) and float(rows["video"][3]) == pytest.approx(truth["fps"], rel=1e-3)
        assert rows["video"][4:] == ["0", "0", "0"] and rows["pose"][0] == str(truth["n_frames"]), rows
        if photometry:
            led = pd.read_csv(folder / "photometry.csv")["LedState"]
            assert rows["photometry signal"][0] == str(int((led == 2).sum())), rows["photometry signal"]
            assert rows["photometry control"][0] == str(int((led == 1).sum())), rows["photometry control"]
        likelihood = pd.read_hdf(next(folder.glob("*.h5"))).xs("likelihood", level="coords", axis=1).droplevel(0, axis=1)
        for keypoint in likelihood.columns:
            want = 100 * (likelihood[keypoint] < 0.9).mean()
            assert float(rows[keypoint][0]) == pytest.approx(want, abs=0.005), (keypoint, rows[keypoint], want)
        laser = (folder / "laser.csv").exists()
        assert rows["DrugEffect"] == ["0", "no drug injection (session.injection)"], rows["DrugEffect"]
        assert rows["OptoEffect"] == (["1", "made"] if laser else ["0", "no laser log (files.laser_log)"]), rows["OptoEffect"]
        assert rows["PhotometryTrace"] == (["2", "made"] if photometry else ["0", "no photometry (files.photometry)"])
        assert rows["Registration"] == ["1", "made"] and rows["TrialRunning"] == ["1", "made"], rows


def test_figures_of_empty_tables_are_skipped_with_a_message(tmp_path):
    env = _env(tmp_path, None)
    text = ok(run_cli(["figures", str(tmp_path / "out")], env))
    from facevalence.figures import FIGURES

    assert f"0 of {len(FIGURES)} figures" in text and "pose_decoding: skipped: PoseDecoding has no rows" in text, text
    assert "gradcam: skipped: GradCAMMap has no rows" in text, text
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.mariadb
def test_chain_mariadb_four_workers_compute_every_row_exactly_once(tmp_path, demo_nwb, demo_cohort, mariadb):
    _chain(tmp_path, demo_nwb, demo_cohort, mariadb, workers=4)


def _run_workers(env: dict, tmp_path, n: int) -> list[dict]:
    """``n`` ``facevalence worker`` processes against one server; the rows each made."""
    full = {**__import__("os").environ, **env}
    # output goes to files, not pipes: a worker must never block on a pipe nobody is reading yet
    logs = [(open(tmp_path / f"worker{i}.out", "w+"), open(tmp_path / f"worker{i}.err", "w+")) for i in range(n)]
    procs = [subprocess.Popen([sys.executable, "-m", "facevalence.cli", "worker", "--json", "--max-idle", "5"],
                              env=full, cwd=str(ROOT), stdout=out, stderr=err, text=True) for out, err in logs]
    outputs = []
    for p, (out, err) in zip(procs, logs, strict=True):
        p.wait(timeout=900)
        out.seek(0)
        err.seek(0)
        outputs.append((out.read(), err.read()))
        out.close()
        err.close()
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err[-3000:]
    return [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
