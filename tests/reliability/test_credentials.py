"""The database password never leaves the environment: after ingest, a worker, a failing job,
status, jobs, lineage and a DANDI export against a real MariaDB server started with a known
password, no output, log, NWB file, export file or job-table row holds it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from tests.conftest import ROOT, run_cli

pytestmark = pytest.mark.slow

JOB_ROWS = """
import json
from facevalence import db, schemas
db.connect()
rows = []
for table in schemas.computed_tables():
    if table.jobs.is_declared:
        rows += [{k: str(v) for k, v in r.items()} for r in table.jobs.to_dicts()]
print(json.dumps(rows))
"""


def test_the_password_stays_out_of_everything_written(tmp_path, demo_nwb, mariadb):
    secret = f"pw-{uuid.uuid4().hex}"
    env = {**mariadb, "DJ_PASS": secret, "FACEVALENCE_DATA_DIR": str(tmp_path / "data"),
           "FACEVALENCE_PREFIX": f"c{uuid.uuid4().hex[:8]}"}
    exported = next(p for p in demo_nwb if "m02_ses-01" in p.name)
    source = next(p for p in demo_nwb if "m01_ses-01" in p.name)
    failing = tmp_path / "nwb" / source.name  # a copy, moved away after ingestion so that its job fails
    failing.parent.mkdir()
    failing.write_bytes(source.read_bytes())
    outputs = [run_cli(["ingest", str(exported), str(failing)], env)]
    failing.rename(failing.with_suffix(".gone"))
    outputs.append(run_cli(["worker", "--table", "PhotometryTrace"], env))
    failing.with_suffix(".gone").rename(failing)
    for args in (["status", "--why"], ["jobs"], ["jobs", "--json"],
                 ["lineage", "PhotometryTrace", "--key", "subject_id=m02", "--key", "session_id=01",
                  "--key", "phot_paramset=0", "--json"],
                 ["export-dandi", str(tmp_path / "deposit"), "--where", "subject_id=m02"]):
        outputs.append(run_cli(args, env))
    full = {**os.environ, **env}
    jobs = subprocess.run([sys.executable, "-c", JOB_ROWS], env=full, cwd=str(ROOT), capture_output=True, text=True)
    outputs.append(jobs)
    assert all(o.returncode == 0 for o in outputs[:1] + outputs[2:]), [o.stderr[-500:] for o in outputs if o.returncode]
    rows = json.loads(jobs.stdout.strip().splitlines()[-1])
    assert any(r["status"] == "error" for r in rows), rows  # the failing job is there to be checked
    assert (tmp_path / "deposit" / "dandiset.yaml").exists() and list((tmp_path / "deposit").rglob("*.nwb"))
    for out in outputs:
        assert secret not in out.stdout and secret not in out.stderr, out.args
    leaked = []
    for root in (tmp_path, ROOT / ".pytest_cache", ROOT):
        for path in root.rglob("*") if root == tmp_path else root.glob("*.json"):
            if path.is_file() and path.stat().st_size < 200_000_000 and secret.encode() in path.read_bytes():
                leaked.append(path)
    assert not leaked, leaked
