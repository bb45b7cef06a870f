"""Populate speed-up of several worker processes over one, on a multi-session demo cohort.

    python benchmarks/populate.py [--mice 3] [--workers 2]

Generates a demo cohort (the prototype mouse + analysis mice with stimulus, opto and drug
sessions), converts and ingests it twice into the embedded PostgreSQL under two throwaway
prefixes, then runs ``facevalence populate --workers 1`` on one and ``--workers N`` on the other
in fresh processes. Prints the wall time of each, the speed-up (goal >= 1.7x for 2 workers on
2 cores) and checks that both made the same rows and that every row was made exactly once (the
rows the workers report making sum to the table's row count).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

STATUS = "import json; from facevalence import db, schemas; db.connect(); print(json.dumps({t.__name__: len(t()) for t in schemas.computed_tables()}))"


def cli(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "facevalence.cli", *args], env={**os.environ, **env}, capture_output=True,
                          text=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mice", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="folder for the cohort and the database")
    args = parser.parse_args()
    from facevalence.converters import convert_session
    from facevalence.demo import default_cohort, generate_cohort

    folder = args.keep or Path(tempfile.mkdtemp(prefix="fv-populate-"))
    spec = dataclasses.replace(default_cohort(n_mice=args.mice, repeats=1, seed=1, drug_fps=0.25), drug_after_s=1800.0)
    nwbs = [str(convert_session(f, folder / "nwb", overwrite=True)) for f in generate_cohort(folder / "raw", spec, processes=2)]
    rows, times = {}, {}
    for workers in (1, args.workers):
        env = {"FACEVALENCE_DATA_DIR": str(folder / "data"), "FACEVALENCE_PREFIX": f"bench{uuid.uuid4().hex[:8]}"}
        cli(["ingest", *nwbs], env)
        start = time.perf_counter()
        out = cli(["populate", "--workers", str(workers), "--json"], env)
        times[workers] = time.perf_counter() - start
        made = json.loads(out.stdout.strip().splitlines()[-1])
        counts = json.loads(subprocess.run([sys.executable, "-c", STATUS], env={**os.environ, **env}, capture_output=True,
                                           text=True, check=True).stdout.strip().splitlines()[-1])
        once = all(made.get(t, 0) == n for t, n in counts.items() if t in made)
        rows[workers] = (sum(counts.values()), once)
    from facevalence.db import stop_embedded

    stop_embedded(folder / "data" / "pgdata", force=True)  # the embedded server outlives its clients
    print(f"populate of {len(nwbs)} sessions ({args.mice} mice) on {os.cpu_count()} cores")
    print(f"{'workers':>8s} {'seconds':>9s} {'speed-up':>9s} {'rows':>6s} {'each made once':>15s}")
    for workers, seconds in times.items():
        print(f"{workers:8d} {seconds:9.1f} {times[1] / seconds:8.2f}x {rows[workers][0]:6d} {str(rows[workers][1]):>15s}")
    print(f"same rows: {rows[1][0] == rows[args.workers][0]}; goal: >= 1.7x with 2 workers on 2 cores")


if __name__ == "__main__":
    main()
