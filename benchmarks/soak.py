"""Soak test of a lab server: workers killed outright while they populate, and what it costs.

    python benchmarks/soak.py [--workers 4] [--kills 5] [--mice 3] [--seed 0]

Generates a demo cohort, converts and ingests it under a throwaway prefix (the embedded PostgreSQL;
set DJ_BACKEND/DJ_HOST/DJ_PORT/DJ_USER/DJ_PASS to soak a MySQL/MariaDB server instead), starts N
``facevalence worker`` processes on the session tables (the deep tables are left out: they need a
model selection and a GPU), and SIGKILLs a worker K times, each time one that holds a reservation
(so the kill lands inside a make), starting a replacement each time. After the last kill one clean
worker finishes the queue. Prints, per table, the rows expected (the key source), made, lost and
made twice, then the jobs recovered and the time from each kill until another worker had put the
killed reservation back in the queue.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

TABLES = ["Registration", "RegisteredHOG", "Prototype", "HOGFeatures", "MotionEnergy", "PrototypeScore", "Arousal",
          "CumulativeSimilarity", "DrugEffect", "Embedding", "FaceFeatures", "Kinematics", "KeypointPCA",
          "PhotometryTrace", "PhotometryPSTH", "FaceNeuralCorrelation", "OptoEffect"]


def start_worker(env: dict, log: Path) -> subprocess.Popen:
    args = [sys.executable, "-m", "facevalence.cli", "worker", "--json"]
    for table in TABLES:
        args += ["--table", table]
    return subprocess.Popen(args, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=open(log, "a"), text=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--mice", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, default=None, help="folder for the cohort, logs and the database")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="fv-soak-"))
    env = {"FACEVALENCE_DATA_DIR": os.environ.get("FACEVALENCE_DATA_DIR", str(folder / "data")),
           "FACEVALENCE_PREFIX": f"soak{uuid.uuid4().hex[:8]}"}
    os.environ.update(env)

    from facevalence import db, schemas
    from facevalence.converters import convert_session
    from facevalence.demo import default_cohort, generate_cohort
    from facevalence.pipeline.ingest import ingest
    from facevalence.pipeline.jobs import list_jobs, store_orphans

    spec = dataclasses.replace(default_cohort(n_mice=args.mice, repeats=1, seed=1, drug_fps=0.25), drug_after_s=1800.0)
    nwbs = [convert_session(f, folder / "nwb", overwrite=True) for f in generate_cohort(folder / "raw", spec, processes=2)]
    db.connect()
    for path in nwbs:
        ingest(path)
    tables = {t.__name__: t for t in schemas.computed_tables() if t.__name__ in TABLES}

    log = folder / "workers.log"
    workers = [start_worker(env, log) for _ in range(args.workers)]
    start = time.monotonic()
    kills, recoveries = [], []
    for _ in range(args.kills):
        time.sleep(rng.uniform(2.0, 6.0))
        held = {j.pid for j in list_jobs(("reserved",)) if j.alive}
        alive = [w for w in workers if w.poll() is None]
        victims = [w for w in alive if w.pid in held] or alive
        if not victims:
            break
        victim = rng.choice(victims)
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        killed_at = time.monotonic()
        kills.append((victim.pid, victim.pid in held))
        workers.append(start_worker(env, log))
        while any(j.pid == victim.pid for j in list_jobs(("reserved",))):  # until another worker re-queues it
            if time.monotonic() - killed_at > 600:
                break
            time.sleep(0.2)
        recoveries.append(time.monotonic() - killed_at)
    made: dict[str, int] = {}
    for w in workers:
        out, _ = w.communicate()
        if w.returncode == 0 and out.strip():
            for name, n in json.loads(out.strip().splitlines()[-1]).items():
                made[name] = made.get(name, 0) + n
    final = start_worker(env, log)  # one clean worker finishes what is left
    out, _ = final.communicate()
    for name, n in json.loads(out.strip().splitlines()[-1]).items():
        made[name] = made.get(name, 0) + n
    elapsed = time.monotonic() - start

    print(f"soak: {len(nwbs)} sessions, {args.workers} workers, {len(kills)} SIGKILLs "
          f"({sum(inside for _, inside in kills)} inside a make), {elapsed:.0f} s, {os.cpu_count()} cores")
    print(f"{'table':24s} {'expected':>9s} {'rows':>6s} {'lost':>5s} {'reported':>9s} {'twice':>6s}")
    total = {"expected": 0, "rows": 0, "lost": 0, "twice": 0}
    for name, table in tables.items():
        expected, rows = len(table.key_source), len(table())
        lost = len(table.key_source - table.proj())
        # a row reported made by more workers than the table holds would have been made twice; the
        # killed workers report nothing, so 'reported' may fall short of 'rows'
        twice = max(0, made.get(name, 0) - rows)
        print(f"{name:24s} {expected:9d} {rows:6d} {lost:5d} {made.get(name, 0):9d} {twice:6d}")
        for k, v in (("expected", expected), ("rows", rows), ("lost", lost), ("twice", twice)):
            total[k] += v
    print(f"{'all':24s} {total['expected']:9d} {total['rows']:6d} {total['lost']:5d} {'':9s} {total['twice']:6d}")
    left = list_jobs(("reserved", "error"))
    print(f"jobs recovered: {len(recoveries)}; left reserved: {sum(j.status == 'reserved' for j in left)}, "
          f"failed: {sum(j.status == 'error' for j in left)}; object-store files no row refers to: "
          f"{len(store_orphans()['orphans'])}")
    if recoveries:
        ordered = sorted(recoveries)
        print(f"time from kill to re-queue: median {ordered[len(ordered) // 2]:.1f} s, max {ordered[-1]:.1f} s "
              "(workers look between tables, at most every 15 s, and whenever idle)")
    print(f"logs: {log}")
    if env["FACEVALENCE_DATA_DIR"] == str(folder / "data"):
        db.stop_embedded(force=True)  # the embedded server outlives its clients; this one served only the soak


if __name__ == "__main__":
    main()
