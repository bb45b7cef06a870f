"""A database server that crashes and comes back while a worker is inside a make: the worker
reconnects with back-off and carries on, the interrupted job is re-run, and every row is made once
with all its parts (a real MariaDB server, killed and restarted on its data)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid

import pymysql
import pytest

from tests.conftest import ROOT, MariaDBServer, run_cli

pytestmark = pytest.mark.slow

COUNT = """
import json
from facevalence import db
db.connect()
from facevalence.schemas.face import MotionEnergy
from facevalence.schemas.session import Trial
rows = MotionEnergy.to_dicts()
parts = [len(MotionEnergy.Heatmap & r) for r in MotionEnergy.proj().to_dicts()]
stimuli = [len(set((Trial & r).to_arrays("stimulus"))) for r in MotionEnergy.proj().to_dicts()]
print(json.dumps({"rows": len(rows), "keys": len(MotionEnergy.key_source), "parts": parts, "stimuli": stimuli,
                  "reserved": len(MotionEnergy.jobs.reserved), "errors": len(MotionEnergy.jobs.errors)}))
"""


def _reserved(server: MariaDBServer, schema: str) -> bool:
    try:
        with pymysql.connect(host="127.0.0.1", port=server.port, user="root", database=schema) as conn:
            with conn.cursor() as cur:
                cur.execute("SHOW TABLES LIKE '%%motion_energy'")
                table = next((name for (name,) in cur.fetchall() if name.startswith("~~")), None)
                if table is None:
                    return False
                cur.execute(f"SELECT COUNT(*) FROM `{table}` WHERE status = 'reserved'")
                return cur.fetchone()[0] > 0
    except pymysql.err.MySQLError:
        return False


def test_worker_carries_on_through_a_server_restart(tmp_path, demo_nwb):
    server = MariaDBServer(tmp_path / "db")
    server.start()
    try:
        prefix = f"o{uuid.uuid4().hex[:8]}"
        env = {**server.env, "FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": prefix}
        assert run_cli(["ingest", *map(str, demo_nwb)], env).returncode == 0
        log = open(tmp_path / "worker.log", "w")
        worker = subprocess.Popen([sys.executable, "-m", "facevalence.cli", "worker", "--table", "MotionEnergy"],
                                  env={**os.environ, **env}, cwd=str(ROOT), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while not _reserved(server, f"{prefix}_face") and time.monotonic() < deadline and worker.poll() is None:
            time.sleep(0.05)
        assert worker.poll() is None, (tmp_path / "worker.log").read_text()[-2000:]
        server.stop(kill=True)  # the server crashes in the middle of a make
        time.sleep(4)
        server.start()
        worker.wait(300)
        log.close()
        text = (tmp_path / "worker.log").read_text()
        assert worker.returncode == 0, text[-3000:]
        assert "worker: database away" in text and "database back after" in text, text[-3000:]
        out = subprocess.run([sys.executable, "-c", COUNT], env={**os.environ, **env}, cwd=str(ROOT),
                             capture_output=True, text=True)
        counts = json.loads(out.stdout.strip().splitlines()[-1])
        assert counts["rows"] == counts["keys"] == len(demo_nwb) and counts["reserved"] == counts["errors"] == 0, counts
        # every row has its parts: one heat map per stimulus of the session, none half-written
        assert counts["parts"] == counts["stimuli"], counts
    finally:
        server.stop()
