"""A worker killed outright (SIGKILL) on real database servers the suite starts itself: its
reservation is seen as dead by `facevalence jobs` and by every other worker, re-queued, and made
once; a live worker's reservation is never taken. Embedded PostgreSQL and MariaDB."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

from tests.conftest import ROOT, ok, run_cli

pytestmark = pytest.mark.slow

#: A worker that reserves one MotionEnergy job through DataJoint's queue and makes it (a pass over
#: the session's video), printing the key first so that the test can kill it inside the make.
WORKER = """
import json, sys
from facevalence import db
db.connect()
from facevalence.schemas.face import MotionEnergy
MotionEnergy.jobs.refresh()
key = MotionEnergy.jobs.pending.keys(limit=1)[0]
assert MotionEnergy.jobs.reserve(key)
print(json.dumps(key, default=str), flush=True)
if sys.argv[1] == "hold":
    sys.stdin.read()  # a live, slow worker: holds its reservation until told
else:
    # a slow disk (2 ms a frame): the make lasts over a second whatever the session, so that the
    # test's kill lands inside it (a drug session's 675 small frames took under 0.2 s)
    import time
    import facevalence.io.stream as stream
    decode = stream.iter_gray_frames
    def slow(*args, **kwargs):
        for item in decode(*args, **kwargs):
            time.sleep(0.002)
            yield item
    stream.iter_gray_frames = slow
    # DataJoint 2's fetch/compute/insert make is a generator: calling make(key) alone does nothing
    # (this test's killed worker used to exit at once and be killed while the interpreter shut down)
    for _ in MotionEnergy().make(key):  # killed in the compute step
        pass
    print("made", flush=True)
"""

COUNT = """
import json
from facevalence import db
db.connect()
from facevalence.schemas.face import MotionEnergy
print(json.dumps({"rows": len(MotionEnergy()), "heatmaps": len(MotionEnergy.Heatmap()),
                  "keys": len(MotionEnergy.key_source), "reserved": len(MotionEnergy.jobs.reserved)}))
"""

READ_ALL = """
from facevalence import db
db.connect()
from facevalence.schemas.face import MotionEnergy
rows = MotionEnergy.to_dicts()  # every array fetched from the store
print(sum(1 for r in rows if all(v is not None for v in r.values())))
"""


def _env(tmp_path, server):
    return {"FACEVALENCE_DATA_DIR": str(tmp_path / "data"), "FACEVALENCE_PREFIX": f"r{uuid.uuid4().hex[:8]}", **(server or {})}


def _python(script, env, *args):
    full = {**os.environ, **env}
    if "DJ_HOST" not in env:
        full.pop("DJ_HOST", None)
    return subprocess.Popen([sys.executable, "-c", script, *args], env=full, cwd=str(ROOT), text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _jobs(env) -> list[dict]:
    return json.loads(ok(run_cli(["jobs", "--json"], env)).strip().splitlines()[-1])


@pytest.fixture(params=["postgresql", "mariadb"])
def server(request):
    return None if request.param == "postgresql" else request.getfixturevalue("mariadb")


def test_a_killed_worker_is_recovered_and_a_live_one_is_not_robbed(tmp_path, demo_nwb, server):
    env = _env(tmp_path, server)
    ok(run_cli(["ingest", *map(str, demo_nwb[:3])], env))

    holder = _python(WORKER, env, "hold")
    held = json.loads(holder.stdout.readline())
    try:
        out = run_cli(["jobs", "--recover", "--json"], env)  # the list after the attempt
        assert "re-queued 0 interrupted job(s)" in out.stderr  # a live worker keeps its job
        jobs = json.loads(ok(out).strip().splitlines()[-1])
        assert [(j["table"], j["status"], j["alive"], j["key"]) for j in jobs] == [("MotionEnergy", "reserved", True, held)]
    finally:
        holder.stdin.close()
        holder.wait(30)

    killed = _python(WORKER, env, "make")
    key = json.loads(killed.stdout.readline())
    time.sleep(0.3)  # inside the make: reading the video
    assert killed.poll() is None, killed.stderr.read()
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(30)
    deadline = time.monotonic() + 30
    while True:  # the server notices the dropped connection within moments
        jobs = [j for j in _jobs(env) if j["key"] == key]
        if jobs and jobs[0]["alive"] is False or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    assert jobs and jobs[0]["status"] == "reserved" and jobs[0]["alive"] is False, jobs
    assert "WORKER DEAD" in ok(run_cli(["jobs"], env))
    counts = json.loads(ok(_run_py(COUNT, env)).strip().splitlines()[-1])
    assert counts["rows"] == 0 and counts["heatmaps"] == 0  # the killed make left nothing behind

    # a clean worker finds the dead reservation itself, re-queues it and makes every row once
    # (the holder, gone too, left its reservation: two dead workers)
    text = run_cli(["worker", "--table", "MotionEnergy"], env)
    assert "re-queued 2 interrupted job(s) (dead worker or lost connection): MotionEnergy" in ok(text), text.stdout
    counts = json.loads(ok(_run_py(COUNT, env)).strip().splitlines()[-1])
    assert counts["rows"] == counts["keys"] == 3 and counts["reserved"] == 0, counts
    assert counts["heatmaps"] > 0

    # the object store: a make killed after writing its arrays and before committing leaves files no
    # row refers to; `jobs --gc` finds them and `--gc --yes` removes them, leaving every row readable
    rows = tmp_path / "data" / "store" / "_schema" / f"{env['FACEVALENCE_PREFIX']}_face" / "__motion_energy"
    stray = rows / "subject_id=killed" / "session_id=01" / "motion_energy.npy"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"\x93NUMPY" + b"\0" * 64)
    assert "found 1 orphaned file(s)" in run_cli(["jobs", "--gc"], env).stderr
    assert "deleted 1 orphaned file(s)" in run_cli(["jobs", "--gc", "--yes"], env).stderr
    assert not stray.exists()
    assert json.loads(ok(_run_py(READ_ALL, env)).strip().splitlines()[-1]) == counts["rows"]


def _run_py(script, env, *args):
    full = {**os.environ, **env}
    if "DJ_HOST" not in env:
        full.pop("DJ_HOST", None)
    return subprocess.run([sys.executable, "-c", script, *args], env=full, cwd=str(ROOT), capture_output=True, text=True,
                          timeout=300)


def test_liveness_rule():
    import platform

    from facevalence.pipeline.jobs import is_alive

    here, me = platform.node(), os.getpid()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert is_alive(here, me, 7, {7, 8}) and not is_alive(here, me, 9, {7, 8})  # the server's connections decide
    assert not is_alive(here, gone.pid, 7, {7})  # same host: a vanished process is dead even if the id lingers
    assert is_alive("another-host", gone.pid, 7, {7})  # another host's pid cannot be checked: never robbed


#: The tables the crowd works on: per session, each reading the session's video or photometry.
CROWD_TABLES = ("Registration", "MotionEnergy", "PhotometryTrace")

CROWD_RESULT = """
import json, sys
import numpy as np
from facevalence import db
db.connect()
from facevalence import schemas
tables = schemas.all_tables()
counts = {name: [len(tables[name]()), len(tables[name].key_source)] for name in sys.argv[1:]}
from facevalence.schemas.face import MotionEnergy
motion = {r["subject_id"] + "_ses-" + r["session_id"]: np.asarray(r["motion"]).tolist() for r in MotionEnergy.to_dicts()}
heatmaps = {r["subject_id"] + "_ses-" + r["session_id"]: r["n"] for r in
            MotionEnergy.aggr(MotionEnergy.Heatmap, n="count(stimulus)").to_dicts() if r["n"]}
print(json.dumps({"counts": counts, "motion": motion, "heatmaps": heatmaps}))
"""


def _reserved_pids(env: dict) -> set[int]:
    """The worker pids that hold a reservation in any job queue of the MariaDB server of ``env``
    (read directly: a CLI call takes longer than a make)."""
    import pymysql

    try:
        conn = pymysql.connect(host=env["DJ_HOST"], port=int(env["DJ_PORT"]), user=env["DJ_USER"], password=env["DJ_PASS"])
    except pymysql.err.MySQLError:
        return set()
    pids = set()
    with conn, conn.cursor() as cur:
        cur.execute("SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema LIKE %s "
                    "AND table_name LIKE '~~%%'", (env["FACEVALENCE_PREFIX"] + "\\_%",))
        for schema, table in cur.fetchall():
            try:
                cur.execute(f"SELECT pid FROM `{schema}`.`{table}` WHERE status = 'reserved'")
            except pymysql.err.MySQLError:  # a queue being declared by a worker (1412: definition changed)
                continue
            pids |= {int(pid) for (pid,) in cur.fetchall()}
    return pids


@pytest.mark.mariadb
def test_four_workers_three_killed_at_random_lose_nothing_and_make_nothing_twice(tmp_path, demo_nwb, demo_cohort, mariadb):
    """Four workers share the queue; three times, one holding a reservation is SIGKILLed at a random
    moment and a new one takes its place (a lab's OOM killer, a preempted node). The survivors and a
    last clean worker make every row once: nothing reserved or failed is left, no store file without
    its row, and each session's motion energy equals the uninterrupted answer (numpy on the frames
    decoded here)."""
    import random

    import numpy as np

    from tests.ground_truth import motion_energy

    env = _env(tmp_path, mariadb)
    ok(run_cli(["ingest", *map(str, demo_nwb)], env))
    full = {**os.environ, **env}
    rng = random.Random(7)

    def start(i: int):
        # output to files, not pipes: a worker must never block on a pipe nobody is reading yet
        out, err = open(tmp_path / f"worker{i}.out", "w+"), open(tmp_path / f"worker{i}.err", "w+")
        args = [a for t in CROWD_TABLES for a in ("--table", t)]
        return subprocess.Popen([sys.executable, "-m", "facevalence.cli", "worker", "--json", "--max-idle", "3", *args],
                                env=full, cwd=str(ROOT), stdout=out, stderr=err, text=True), out, err

    workers = [start(i) for i in range(4)]
    killed, deadline = [], time.monotonic() + 300
    while len(killed) < 3 and any(w[0].poll() is None for w in workers) and time.monotonic() < deadline:
        held = _reserved_pids(env)
        holding = [w for w in workers if w[0].poll() is None and w not in killed and w[0].pid in held]
        if not holding:
            time.sleep(0.05)
            continue
        time.sleep(rng.uniform(0.0, 0.4))  # somewhere inside its make
        victim = rng.choice(holding)
        os.kill(victim[0].pid, signal.SIGKILL)
        killed.append(victim)
        workers.append(start(len(workers)))
    assert len(killed) == 3, f"only {len(killed)} of 3 workers could be killed holding a reservation"
    made: dict[str, int] = {}
    for w in workers:
        process, out, err = w
        process.wait(timeout=600)
        out.seek(0)
        err.seek(0)
        if w not in killed:
            assert process.returncode == 0, err.read()[-3000:]
            for name, n in json.loads(out.read().strip().splitlines()[-1]).items():
                made[name] = made.get(name, 0) + n
        out.close()
        err.close()
    clean = run_cli(["worker", "--json", *[a for t in CROWD_TABLES for a in ("--table", t)]], env)
    for name, n in json.loads(ok(clean).strip().splitlines()[-1]).items():
        made[name] = made.get(name, 0) + n

    result = json.loads(ok(_run_py(CROWD_RESULT, env, *CROWD_TABLES)).strip().splitlines()[-1])
    for name, (rows, keys) in result["counts"].items():
        # every key made; the killed workers' reports are lost, so the survivors report at most the rows
        assert rows == keys > 0 and made.get(name, 0) <= rows, (name, rows, keys, made)
    assert _jobs(env) == []  # nothing reserved, nothing failed
    assert "found 0 orphaned file(s)" in run_cli(["jobs", "--gc"], env).stderr
    assert set(result["motion"]) == {p.stem.removeprefix("sub-") for p in demo_nwb}
    for name, values in result["motion"].items():
        n_frames, expected = motion_energy(next(f for f in demo_cohort if f.name == f"sub-{name}") / "face.mp4")
        assert len(values) == n_frames, (name, len(values), n_frames)
        np.testing.assert_allclose(values[1:], expected, rtol=0, atol=1e-9, err_msg=name)
    import pandas as pd

    stimuli = {f.name.removeprefix("sub-"): pd.read_csv(f / "stimuli.csv")["stimulus"].nunique()
               for f in demo_cohort if (f / "stimuli.csv").exists()}
    assert result["heatmaps"] == stimuli, (result["heatmaps"], stimuli)  # one per stimulus of each session
