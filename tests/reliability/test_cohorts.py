"""A cohort that grows: when a session is added, the results that pool the cohort's sessions are
flagged stale by `status` as soon as the new session's upstream rows exist, and workers remake them
with n_sessions + 1; a lab's own cohort (`cohort add --where`) gets its own pooled rows, and queries
and figures take it by name; a replaced session takes the pooled rows it was part of with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.slow

#: The tables that pool sessions without reading the videos, and what they need.
CHEAP = ["FaceFeatures", "Kinematics", "KinematicPattern", "PhotometryTrace", "PhotometryPSTH", "NeuronTypePattern"]

POOLED = r"""
import json
from facevalence import db
db.connect()
from facevalence.schemas.kinematics import KinematicPattern
from facevalence.schemas.photometry import NeuronTypePattern
from facevalence.pipeline.cohorts import find_stale
print(json.dumps({"stale": [[r.table, r.key] for r in find_stale()],
    "kinematic": {r["cohort"]: r["n_sessions"] for r in (KinematicPattern & {"kin_paramset": 0}).to_dicts()},
    "neuron": {r["cohort"]: r["n_sessions"] for r in (NeuronTypePattern & {"phot_paramset": 0}).to_dicts()},
    "da_types": sorted(set((NeuronTypePattern.Stimulus & {"cohort": "da"}).to_arrays("cell_type"))),
    "sources": sorted(f"{s}/{t}" for s, t in zip(*(KinematicPattern.Source & {"cohort": "all"}).to_arrays("subject_id", "session_id")))}))
"""


def _ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout + result.stderr


def _pooled(env: dict) -> dict:
    full = {**os.environ, **env}
    full.pop("DJ_HOST", None)
    done = subprocess.run([sys.executable, "-c", POOLED], env=full, cwd=str(ROOT), capture_output=True, text=True, timeout=300)
    _ok(done)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _stale(env: dict) -> dict:
    done = run_cli(["status", "--json"], env)
    _ok(done)
    return json.loads(done.stdout.strip().splitlines()[-1])["stale"]


def _worker(env: dict, tables: list[str]) -> str:
    return _ok(run_cli(["worker", *(a for t in tables for a in ("--table", t))], env))


def test_pooled_results_follow_the_cohort_as_sessions_arrive(demo_nwb, tmp_path):
    env = {"FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": f"h{uuid.uuid4().hex[:8]}"}
    nwb = {name: str(next(p for p in demo_nwb if p.name.startswith(f"sub-{name}")))
           for name in ("proto_ses-01", "m01_ses-01", "m01_ses-02", "m02_ses-01")}
    _ok(run_cli(["ingest", nwb["proto_ses-01"], nwb["m01_ses-01"], nwb["m01_ses-02"]], env))
    _worker(env, CHEAP)
    first = _pooled(env)  # the prototype mouse stays out; the laser session (ses-02) has no photometry
    assert first["kinematic"] == {"all": 2} and first["neuron"] == {"all": 1}, first

    _ok(run_cli(["ingest", nwb["m02_ses-01"]], env))  # a new mouse joins the default cohort ...
    _worker(env, ["FaceFeatures", "Kinematics"])  # ... and once its kinematics exist, the pattern is stale
    assert _stale(env) == {"KinematicPattern": [{"kin_paramset": 0, "cohort": "all"}]}
    text = _ok(run_cli(["status"], env))
    assert "stale: cohort all has 3 sessions, the row pooled 2; populate remakes it" in text, text
    log = _worker(env, CHEAP)
    assert "KinematicPattern {'kin_paramset': 0, 'cohort': 'all'}: stale (2 -> 3 sessions)" in log, log[-3000:]
    grown = _pooled(env)
    assert grown["kinematic"] == {"all": 3} and grown["neuron"] == {"all": 2}, grown
    assert grown["sources"] == ["m01/01", "m01/02", "m02/01"]
    assert grown["stale"] == []

    # a lab's own cohort: its pooled rows, and queries and figures by its name
    bad = run_cli(["cohort", "add", "da", "--where", "celltype = 'DA'"], env)
    assert bad.returncode == 2 and "cohort: --where: \"celltype = 'DA'\" is not a condition" in bad.stderr, bad.stderr
    assert "cohort da: 2 sessions" in _ok(run_cli(["cohort", "add", "da", "--where", "cell_type = 'DA'"], env))
    listed = _ok(run_cli(["cohort", "list"], env))
    assert "all                  3 sessions  automatic" in listed and "da                   2 sessions  automatic  cell_type = 'DA'" in listed
    _worker(env, CHEAP)
    mine = _pooled(env)
    assert mine["kinematic"] == {"all": 3, "da": 2} and mine["neuron"] == {"all": 2, "da": 1} and mine["da_types"] == ["DA"]
    query = _ok(run_cli(["query", "features", "--cohort", "da", "--feature", "ear_angle"], env))
    assert " m01 " in query and " m02 " not in query, query
    drawn = _ok(run_cli(["figures", str(tmp_path / "da"), "--cohort", "da", "--only", "photometry_psth"], env))
    assert "1 of 1 figures" in drawn and (tmp_path / "da" / "photometry_psth.png").stat().st_size > 10_000

    # a session replaced by a different file takes every pooled row it was part of with it
    changed = tmp_path / "sub-m02_ses-01.nwb"
    changed.write_bytes(open(nwb["m02_ses-01"], "rb").read() + b"\0" * 64)  # other bytes, same session (HDF5 ignores the tail)
    _ok(run_cli(["ingest", "--replace", str(changed)], env))
    replaced = _pooled(env)
    assert replaced["kinematic"] == {"da": 2} and replaced["neuron"] == {"da": 1}, replaced  # 'da' never pooled m02
    _worker(env, CHEAP)
    assert _pooled(env)["kinematic"] == {"all": 3, "da": 2}
