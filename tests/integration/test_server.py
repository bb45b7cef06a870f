"""The embedded PostgreSQL keeps running between commands (so that they attach at once), says so in
``facevalence db status``, and ``facevalence db stop`` stops it — never under a connected client
unless forced."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid

from tests.conftest import ROOT, ok, run_cli

HOLD = """
import sys, time
from facevalence import db
db.connect()
print("connected", flush=True)
time.sleep(120)
"""


def _server(env) -> dict:
    return json.loads(ok(run_cli(["db", "status", "--json"], env)))


def test_the_embedded_server_outlives_a_command_and_stops_on_request(tmp_path):
    env = {"FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": f"s{uuid.uuid4().hex[:8]}"}
    assert _server(env)["running"] is False
    ok(run_cli(["status"], env))
    first = _server(env)
    assert first["running"] and first["clients"] == [] and first["data_dir"] == str(tmp_path / "data" / "pgdata")
    ok(run_cli(["status"], env))
    assert _server(env)["pid"] == first["pid"], "the second command started a new server instead of attaching"

    # a client holds a connection (a worker, a notebook): stop is refused, naming it, and the server runs on
    holder = subprocess.Popen([sys.executable, "-c", HOLD], env={**os.environ, **env}, cwd=str(ROOT),
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert holder.stdout.readline().strip() == "connected"
        clients = _server(env)["clients"]
        assert len(clients) == 1, clients
        refused = run_cli(["db", "stop"], env)
        assert refused.returncode == 2, refused
        assert f"1 client(s) are connected to the database at {tmp_path / 'data' / 'pgdata'}" in refused.stderr
        assert str(clients[0]["pid"]) in refused.stderr and "--force" in refused.stderr
        assert _server(env)["pid"] == first["pid"]
    finally:
        holder.kill()
        holder.wait()
    deadline = time.monotonic() + 30  # the server notices the dead client's socket closing
    while _server(env)["clients"] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "stopped" in ok(run_cli(["db", "stop"], env))
    assert _server(env)["running"] is False
    assert "was not running" in ok(run_cli(["db", "stop"], env))
    # the next command starts it again, with the data it had
    assert "Session" in ok(run_cli(["status"], env))
    assert _server(env)["running"] is True
