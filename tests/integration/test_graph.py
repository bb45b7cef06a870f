"""The table graph registers faces only where the paper does (comparisons with the prototypes), and a
database made by facevalence 0.1 (HOG of registered frames) upgrades in place without losing its
prototypes."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest

from tests.conftest import ROOT, ok, run_cli

pytestmark = pytest.mark.slow


def _python(code: str, env: dict, *args: str) -> dict:
    import os

    done = subprocess.run([sys.executable, "-c", code, *args], env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=900, cwd=str(ROOT))
    return json.loads(ok(done).strip().splitlines()[-1])


def _env(tmp_path) -> dict:
    return {"FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": f"g{uuid.uuid4().hex[:8]}"}


def _stimulus_session(demo_nwb, subject: str):
    return next(p for p in demo_nwb if p.name.startswith(f"sub-{subject}_ses-01"))


UNREGISTERED = """
import json
import numpy as np
from facevalence import db
db.connect()
from facevalence.io.nwb import session_video
from facevalence.io.video import read_frame
from facevalence.methods.hog import hog_frame
from facevalence.methods.registration import prepare_frame
from facevalence.schemas.face import HOGFeatures
from facevalence.schemas.session import Nwbfile
w = HOGFeatures.Window.to_dicts(order_by="trial_id", limit=1)[0]
video, t0, fps, _ = session_video(Nwbfile.fetch1("nwb_path"))
index = int(round((w["frame_times"][0] - t0) * fps))
direct = hog_frame(prepare_frame(read_frame(video, index), None, 1024)).astype(np.float16)
print(json.dumps({"max_diff": float(np.max(np.abs(np.asarray(w["hog"])[0].astype(float) - direct.astype(float))))}))
"""


def test_a_lab_without_a_prototype_mouse_gets_within_session_analyses(demo_nwb, tmp_path):
    env = _env(tmp_path)
    ok(run_cli(["ingest", str(_stimulus_session(demo_nwb, "m01"))], env))
    populated = run_cli(["populate"], env)
    # one session has one trial per stimulus: the LSTM's cross-validation (PoseDecoding) rightly refuses
    failed = [line for line in populated.stderr.splitlines() if ": ValueError: " in line and "[ERROR]" not in line]
    assert all(line.startswith("PoseDecoding ") for line in failed), populated.stderr[-3000:]
    counts = json.loads(ok(run_cli(["status", "--json"], env)).strip().splitlines()[-1])["rows"]
    assert counts["PrototypeMouse"] == 0 and counts["Registration"] == 0 and counts["PrototypeScore"] == 0
    assert counts["HOGFeatures"] == 1 and counts["Arousal"] == counts["Trial"] == 5 and counts["Embedding"] == 1
    assert counts["MotionEnergy"] == 1 and counts["Kinematics"] == 1
    # the windows hold the HOG of the unregistered frame, computed here from the video directly
    assert _python(UNREGISTERED, env)["max_diff"] == 0.0


LEGACY = """
import json, sys
import datajoint as dj
import numpy as np
from facevalence import db
db.configure()
conn = dj.conn()
prefix = db.schema_prefix()
from facevalence.schemas import session
session.schema.activate(f"{prefix}_session", connection=conn)
from tests.integration.legacy import deep_v0_1, face_v0_1 as old
old.schema.activate(f"{prefix}_face", connection=conn)
deep_v0_1.schema.activate(f"{prefix}_deep", connection=conn)
from facevalence.pipeline.ingest import read_rows
for path in sys.argv[1:]:
    rows = read_rows(path)
    session.Subject.insert1(rows["subject"], skip_duplicates=True)
    if rows["subject"]["role"] == "prototype":
        old.PrototypeMouse.insert1({"proto_id": rows["subject"]["subject_id"], "subject_id": rows["subject"]["subject_id"]})
    session.Session.insert1(rows["session"])
    session.Nwbfile.insert1(rows["nwbfile"])
    session.Trial.insert(rows["trials"])
for table in (old.Registration, old.HOGFeatures, old.Arousal, old.Prototype, old.Embedding):
    table.populate()
print(json.dumps({"hog": len(old.HOGFeatures()), "arousal": len(old.Arousal()), "embedding": len(old.Embedding()),
                  "positive": np.asarray(old.Prototype.fetch1("positive")).tolist()[:64],
                  "sub": sorted(old.Prototype.Sub.to_arrays("stimulus_name").tolist()),
                  "model_params": len(deep_v0_1.ModelParams())}))
"""

UPGRADED = """
import json
import numpy as np
from facevalence import db
db.connect()
from facevalence.schemas.face import Arousal, Embedding, HOGFeatures, Prototype, RegisteredHOG
from facevalence.schemas.deep import ModelParams
before = {"registered_params": sorted(int(r) for r in ModelParams.to_arrays("registered")),"registered": len(RegisteredHOG()), "hog": len(HOGFeatures()), "arousal": len(Arousal()),
          "sources": len(Prototype.Source * RegisteredHOG)}
for table in (HOGFeatures, Arousal, Embedding, RegisteredHOG, Prototype):
    table.populate()
print(json.dumps({**before, "hog_after": len(HOGFeatures()), "arousal_after": len(Arousal()), "embedding_after": len(Embedding()),
                  "registered_after": len(RegisteredHOG()), "prototypes": len(Prototype()),
                  "positive": np.asarray(Prototype.fetch1("positive")).tolist()[:64],
                  "sub": sorted(Prototype.Sub.to_arrays("stimulus_name").tolist())}))
"""


@pytest.mark.parametrize("backend", ["postgresql", pytest.param("mariadb", marks=pytest.mark.mariadb)])
def test_a_database_made_by_version_0_1_upgrades_in_place(demo_nwb, tmp_path, backend, request):
    env = {**_env(tmp_path), **(request.getfixturevalue("mariadb") if backend == "mariadb" else {})}
    files = [str(_stimulus_session(demo_nwb, s)) for s in ("proto", "m01")]
    old = _python(LEGACY, env, *files)
    assert old["hog"] == 2 and old["arousal"] == 10 and old["embedding"] == 1 and old["model_params"] == 3
    refused = run_cli(["status"], env)  # the new code will not run on the old tables ...
    assert refused.returncode != 0 and "run `facevalence upgrade`" in refused.stderr, refused.stderr[-2000:]
    planned = ok(run_cli(["upgrade", "--dry-run"], env))
    assert "unregistered-hog" in planned and "model-registered" in planned
    log = ok(run_cli(["upgrade"], env))  # ... until it is upgraded
    assert "__h_o_g_features -> __registered_h_o_g" in log and "__arousal: dropped" in log
    new = _python(UPGRADED, env)
    # the prototype mouse's registered windows are kept as RegisteredHOG, and the prototypes with them
    assert new["registered"] == 1 and new["sources"] == 1 and new["prototypes"] == 1
    assert new["positive"] == old["positive"] and new["sub"] == old["sub"]
    # the within-session analyses are recomputed on unregistered frames
    assert new["hog"] == 0 and new["arousal"] == 0
    assert new["hog_after"] == 2 and new["arousal_after"] == 10 and new["embedding_after"] == 1
    assert new["registered_after"] == 1  # nothing left to make
    # the deep models' parameter sets that existed made registered datasets, and say so now
    assert new["registered_params"] == [1, 1, 1]
    assert "up to date" in run_cli(["upgrade"], env).stderr
