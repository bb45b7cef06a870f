"""Populate every table in order, or work as one of many workers on a shared server."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tqdm.auto import tqdm

from facevalence import schemas
from facevalence.config import share_of_cores
from facevalence.pipeline.cohorts import pooled_tables, remake_stale, sync_cohorts
from facevalence.pipeline.framepass import PASS_POINTS, frame_tables, populate_frame_passes, report
from facevalence.pipeline.jobs import is_connection_error, recover_dead, wait_for_server


def populate_all(reserve_jobs: bool = False, display_progress: bool = True, suppress_errors: bool = False) -> dict[str, dict]:
    """``populate()`` each computed table in order.

    Returns ``{table: {"success_count", "error_list", "seconds"}}``; with ``display_progress`` a line
    per table that made rows says how many and how long they took.
    """
    results = {}
    frames, pooled = frame_tables(), pooled_tables()
    _sync(display_progress)
    for table in schemas.computed_tables():
        start = time.monotonic()
        if table in frames:
            if table in PASS_POINTS:
                _frame_passes(results, reserve_jobs, table is PASS_POINTS[0], display_progress, suppress_errors)
            continue
        if table in pooled:
            _remake(table, display_progress)
        res = table.populate(reserve_jobs=reserve_jobs, display_progress=display_progress,
                             suppress_errors=suppress_errors)
        results[table.__name__] = {**res, "seconds": time.monotonic() - start}
        if display_progress and (res["success_count"] or res["error_list"]):
            failed = f", {len(res['error_list'])} failed" if res["error_list"] else ""
            tqdm.write(f"{table.__name__}: {res['success_count']} rows{failed} in {results[table.__name__]['seconds']:.1f} s")
    return results


def _sync(display_progress: bool) -> None:
    """Cohort members follow the sessions ingested since the last round."""
    for name, (added, removed) in sync_cohorts().items():
        if display_progress:
            tqdm.write(f"cohort {name}: {added} session(s) joined, {removed} left")


def _remake(table, display_progress: bool) -> None:
    """Delete ``table``'s stale pooled rows (their cohort's sessions changed) so they are made again."""
    for s in remake_stale([table]):
        if display_progress:
            tqdm.write(f"{s.table} {s.key}: stale ({s.made_with} -> {s.now} sessions); deleted to be remade")


def _frame_passes(results: dict, reserve_jobs: bool, wait: bool, display_progress: bool, suppress_errors: bool) -> None:
    """The tables that read the videos, one pass per session (:mod:`facevalence.pipeline.framepass`):
    first the prototype mouse's sessions (``wait``: the sessions to be scored wait for its
    prototypes), then every other, so that their scores come from the same pass as their HOG and
    motion. Merged into ``results`` as ``populate`` reports them."""
    start = time.monotonic()
    passes = populate_frame_passes(reserve_jobs, wait_for_prototypes=wait, display_progress=display_progress,
                                   suppress_errors=suppress_errors)
    seconds = time.monotonic() - start
    if display_progress:
        report(passes, seconds)
    for name, res in passes.items():
        merged = results.setdefault(name, {"success_count": 0, "error_list": [], "seconds": 0.0})
        merged["success_count"] += res["success_count"]
        merged["error_list"] += res["error_list"]
        merged["seconds"] += seconds


def remaining() -> dict[str, int]:
    """Keys still to compute per table (keys whose job is marked ``ignore`` are not to compute)."""
    left = {}
    for table in schemas.computed_tables():
        n = table().progress()[0]
        if n and table.jobs.is_declared:
            n = max(0, n - table.jobs.progress()["ignore"])
        left[table.__name__] = n
    return left


#: How often a busy worker looks for dead workers' reservations, between tables (an idle one looks
#: every poll).
RECOVER_EVERY_S = 15.0


def declare_job_tables(attempts: int = 8) -> None:
    """Declare every table's job queue before the work starts. DataJoint declares a queue on first
    use, and several workers doing so at once on MySQL/MariaDB can deadlock on its lineage rows
    (error 1213, "try restarting transaction"): the loser waits a random moment and tries again."""
    for table in schemas.computed_tables():
        for attempt in range(attempts):
            try:
                table.jobs  # noqa: B018  (the property declares the queue)
                break
            except Exception as err:  # DataJoint translates the driver's error into several types
                if "Deadlock" not in str(err) or attempt == attempts - 1:
                    raise
                time.sleep(random.uniform(0.05, 0.5) * (attempt + 1))


def work(max_idle_s: float = 0.0, poll_s: float = 2.0, display_progress: bool = False,
         tables: list[str] | None = None, outage_s: float = 600.0) -> dict[str, int]:
    """Worker loop: populate with ``reserve_jobs=True`` until nothing is left (and nothing
    appeared for ``max_idle_s`` seconds). Returns the number of rows this worker made per table.

    Jobs are reserved atomically in each table's job queue, so any number of workers on any
    number of machines share the work and every row is computed exactly once. A reservation whose
    worker died is put back in the queue whenever this worker runs out of jobs
    (:func:`facevalence.pipeline.jobs.recover_dead`). ``tables`` limits the worker to those
    tables (e.g. the deep ones on a GPU machine); their frame passes are then made table by table.
    When the database connection drops, the worker reconnects with back-off for up to ``outage_s``
    seconds and carries on; the job it was making is re-run.
    """
    chosen = [t for t in schemas.computed_tables() if tables is None or t.__name__ in tables]
    unknown = sorted(set(tables or ()) - {t.__name__ for t in chosen})
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; computed tables: "
                         f"{', '.join(t.__name__ for t in schemas.computed_tables())}")
    made: dict[str, int] = {t.__name__: 0 for t in chosen}
    declare_job_tables()
    frames = frame_tables() if tables is None else []
    idle_since, checked = None, [0.0]

    def recover(force: bool) -> int:
        """Put killed workers' reservations and jobs cut by a lost connection back in the queue:
        between tables at most every RECOVER_EVERY_S while busy, and whenever idle."""
        if not force and time.monotonic() - checked[0] < RECOVER_EVERY_S:
            return 0
        recovered, checked[0] = recover_dead(), time.monotonic()
        if recovered:
            tqdm.write(f"worker: re-queued {len(recovered)} interrupted job(s) (dead worker or lost connection): "
                       + ", ".join(f"{j.table} ({j.host}:{j.pid})" for j in recovered[:5]))
        return len(recovered)

    while True:
        try:
            did = _work_round(chosen, frames, made, display_progress, between=lambda: recover(False))
            if not did and recover(True):
                continue
            if not did:
                left = sum(n for name, n in remaining().items() if name in made)
                pending = sum(len(t.jobs.reserved) for t in chosen)
        except Exception as err:
            if not is_connection_error(err):
                raise
            # a server restart or a network blip: reconnect with back-off; the interrupted make was
            # rolled back and its job is re-queued by recover_dead in the next round
            away = wait_for_server(outage_s, echo=tqdm.write)
            tqdm.write(f"worker: database back after {away:.0f} s; carrying on")
            continue
        if did:
            idle_since = None
            continue
        if left == 0 and pending == 0:
            return made
        idle_since = idle_since or time.monotonic()
        if left and not pending and time.monotonic() - idle_since > max_idle_s:
            for table in chosen:
                failed = table.jobs.errors
                if failed:
                    first = failed.to_dicts(limit=1)[0].get("error_message", "")
                    tqdm.write(f"worker: {table.__name__}: {len(failed)} failed job(s), e.g. {first}")
            return made
        time.sleep(poll_s)


def _work_round(chosen: list, frames: list, made: dict[str, int], display_progress: bool, between) -> int:
    """One pass of a worker over its tables, calling ``between()`` after each; returns the rows made."""
    did = 0
    _sync(display_progress)
    pooled = pooled_tables()
    for table in chosen:
        if table in pooled:
            _remake(table, True)
        if table in frames:  # the videos: one pass per session (see framepass)
            if table in PASS_POINTS:
                for name, res in populate_frame_passes(True, display_progress=display_progress).items():
                    made[name] += res["success_count"]
                    did += res["success_count"]
            continue
        res = table.populate(reserve_jobs=True, suppress_errors=True, display_progress=display_progress)
        made[table.__name__] += res["success_count"]
        did += res["success_count"]
        between()
    return did


def populate_workers(n: int, poll_s: float = 3.0, echo=tqdm.write) -> tuple[dict[str, int], list[tuple]]:
    """Populate every table with ``n`` ``facevalence worker`` processes on this machine sharing the
    job queue (each row made once); a line per table as it completes.

    Keys that failed before are retried (their error jobs are cleared first), as a plain populate
    retries them. Returns the rows made per table (summed over the workers) and the failed jobs
    as (table, key, message).
    """
    tables = schemas.computed_tables()
    for table in tables:
        table.jobs.errors.delete()
    logs = Path(tempfile.mkdtemp(prefix="facevalence-workers-"))
    # each worker keeps to its share of the cores: two workers each running numba's, OpenCV's and
    # torch's thread pools on all cores scored frames 3x slower (32 ms/frame vs 10 on 2 cores)
    env = {**os.environ, **share_of_cores(n)}
    procs = []
    for i in range(n):
        # output goes to files, not pipes: a worker must never block on a pipe nobody reads yet
        with open(logs / f"{i}.out", "w") as out, open(logs / f"{i}.err", "w") as err:
            procs.append(subprocess.Popen([sys.executable, "-m", "facevalence.cli", "worker", "--json", "--max-idle", "5"],
                                          stdout=out, stderr=err, env=env))
    start = time.monotonic()
    shown = {t.__name__: len(t()) for t in tables}

    def report() -> None:  # a table is reported when it has new rows and nothing left to make
        left = remaining()
        for table in tables:
            name, rows = table.__name__, len(table())
            if rows > shown[name] and not left[name] and not table.jobs.reserved:
                echo(f"{name}: {rows} rows (+{rows - shown[name]}) at {time.monotonic() - start:.0f} s")
                shown[name] = rows

    try:
        while any(p.poll() is None for p in procs):
            time.sleep(poll_s)
            report()
        report()
    except BaseException:  # Ctrl-C: the workers mark their current jobs as errors and stop
        for p in procs:
            p.terminate()
        raise
    made: dict[str, int] = {t.__name__: 0 for t in tables}
    for i, p in enumerate(procs):
        if p.returncode:
            raise RuntimeError(f"worker {i} exited with {p.returncode} (its logs: {logs}): "
                               f"{(logs / f'{i}.err').read_text()[-2000:]}")
        for name, count in json.loads((logs / f"{i}.out").read_text().strip().splitlines()[-1]).items():
            made[name] += count
    shutil.rmtree(logs, ignore_errors=True)  # kept only when a worker failed
    failed = [(t.__name__, {k: v for k, v in job.items() if k in t.primary_key}, job.get("error_message", ""))
              for t in tables for job in t.jobs.errors.to_dicts()]
    return made, failed


#: The quick demo's LSTM (Fig. 5G at a CPU size): the paper's inputs and folds by trial, a smaller
#: network trained for fewer epochs (about 5 s on one core instead of 4 minutes; the ear still decodes best)
QUICK_DECODING = {"decode_paramset": 1, "n_keypoints": 4, "pre_s": 0.5, "post_s": 2.0, "step": 3, "hidden": 64,
                  "layers": 2, "dropout": 0.3, "epochs": 30, "lr": 3e-3, "batch": 32, "n_folds": 5, "seed": 0,
                  "description": "CPU quick demo: LSTM 2 x 64, 30 epochs, lr 3e-3, 5-fold CV by trial"}


def quick_decoding() -> dict:
    """Make the quick demo decode with :data:`QUICK_DECODING` instead of the paper's LSTM: the row is
    added to PoseDecodingParams and the paper's row marked ``ignore`` in PoseDecoding's job queue (the
    workers skip it; ``status`` does not count it as left). For a demo database only."""
    from facevalence.schemas.kinematics import KinematicsParams
    from facevalence.schemas.models import PAPER_REGIONS, PoseDecoding, PoseDecodingParams
    from facevalence.schemas.session import Cohort

    row = {**QUICK_DECODING, "regions": PAPER_REGIONS}
    PoseDecodingParams.insert1(row, skip_duplicates=True)
    sync_cohorts()
    for key in (KinematicsParams.proj() * Cohort.proj()).keys():
        PoseDecoding.jobs.ignore({**key, "decode_paramset": 0})
    return row
