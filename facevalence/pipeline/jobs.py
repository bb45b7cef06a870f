"""The job queues of a lab server: what is reserved, by whom, and whether that worker still lives.

DataJoint records, with each reservation, the worker's host, pid and database connection id. A
worker killed outright (SIGKILL by the OOM killer, a preempted cluster node, a closed laptop) leaves
its reservation behind, and DataJoint's only remedy is a time-out that would also rob a slow but
live worker. The database server knows for sure which connections exist
(``information_schema.PROCESSLIST`` on MySQL/MariaDB, ``pg_stat_activity`` on PostgreSQL); a
reservation whose connection is gone, or whose process is gone on this very host, is dead and is
put back in the queue. Its unfinished ``make`` was one transaction, which the server rolled back
when the connection dropped, so nothing of it remains.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import time
from dataclasses import dataclass

from facevalence import schemas


@dataclass(frozen=True)
class Job:
    """One reserved or failed job of a table's queue."""

    table: str
    key: dict
    status: str  # reserved | error | ignore
    host: str
    pid: int
    connection_id: int
    age_s: float  # since it was reserved (or created, for an error)
    error: str
    alive: bool | None  # reserved: whether its worker lives; None otherwise


def live_connections(conn) -> set[int]:
    """Ids of the connections the database server has open now.

    Parameters
    ----------
    conn : datajoint.Connection

    Returns
    -------
    set of int
        MySQL/MariaDB connection ids, or PostgreSQL backend pids (what DataJoint stores as a
        reservation's ``connection_id``).
    """
    if conn.adapter.backend == "postgresql":
        rows = conn.query("SELECT pid FROM pg_stat_activity").fetchall()
    else:
        rows = conn.query("SELECT ID FROM information_schema.PROCESSLIST").fetchall()
    return {int(r[0]) for r in rows}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True


def is_alive(host: str, pid: int, connection_id: int, connections: set[int]) -> bool:
    """Whether a reservation's worker lives: its connection is open on the server and, when it ran
    on this host, its process exists. A live but slow worker is never declared dead.

    Parameters
    ----------
    host, pid, connection_id
        As the job row records them.
    connections : set of int
        :func:`live_connections`.

    Returns
    -------
    bool
    """
    if connection_id not in connections:
        return False
    return not (host == platform.node() and pid and not _pid_alive(pid))


def list_jobs(statuses: tuple[str, ...] = ("reserved", "error")) -> list[Job]:
    """Reserved and failed jobs of every table's queue.

    Parameters
    ----------
    statuses : tuple of str
        Which job states to list.

    Returns
    -------
    list of Job
        In table order, oldest first.
    """
    from facevalence import db

    conn = db.connect()
    connections = live_connections(conn)
    now = conn.query("SELECT CURRENT_TIMESTAMP(3)").fetchone()[0]
    out = []
    for table in schemas.computed_tables():
        if not table.jobs.is_declared:
            continue
        jobs = table.jobs & f"status in ({', '.join(repr(s) for s in statuses)})"
        pk = table.jobs.primary_key
        for row in jobs.to_dicts(order_by="created_time"):
            since = row.get("reserved_time") or row.get("created_time") or now
            alive = (is_alive(row["host"], row["pid"], row["connection_id"], connections)
                     if row["status"] == "reserved" else None)
            out.append(Job(table.__name__, {k: row[k] for k in pk}, row["status"], row["host"], int(row["pid"]),
                           int(row["connection_id"]), _seconds(now, since), row.get("error_message") or "", alive))
    return out


def _seconds(now, since) -> float:
    if isinstance(now, dt.datetime) and isinstance(since, dt.datetime):
        return max(0.0, (now.replace(tzinfo=None) - since.replace(tzinfo=None)).total_seconds())
    return 0.0


def _requeue(table, job: Job, condition: str, args: list) -> bool:
    """Set one job back to pending, only if it still is as seen (``condition``): two recoverers, or a
    worker finishing meanwhile, never lose or double a job."""
    jobs = table.jobs
    qi = jobs.connection.adapter.quote_identifier
    where = " AND ".join(f"{qi(k)}=%s" for k in job.key)
    cursor = jobs.connection.query(
        f"UPDATE {jobs.full_table_name} SET {qi('status')}='pending', {qi('host')}='', {qi('pid')}=0, "
        f"{qi('connection_id')}=0, {qi('error_message')}='', {qi('reserved_time')}=NULL, "
        f"{qi('scheduled_time')}=CURRENT_TIMESTAMP(3) WHERE {where} AND {condition}",
        args=[*job.key.values(), *args])
    return cursor.rowcount == 1


#: What a job's error says when the database connection, not the job, failed (it is re-run).
CONNECTION_LOST = re.compile(r"LostConnectionError|[Ll]ost connection|gone away|[Cc]onnection (was )?(lost|refused|reset)|"
                             r"terminating connection|server closed the connection|[Cc]an't connect|could not connect")


def recover_dead() -> list[Job]:
    """Put every dead reservation back in its queue (see the module's description), and every job
    that failed only because the database connection was lost (a server restart, a network blip).

    Returns
    -------
    list of Job
        The jobs re-queued.
    """
    every = {t.__name__: t for t in schemas.computed_tables()}
    done = []
    for job in list_jobs(("reserved", "error")):
        if job.status == "reserved" and job.alive is False:
            ok = _requeue(every[job.table], job, "status='reserved' AND connection_id=%s", [job.connection_id])
        elif job.status == "error" and CONNECTION_LOST.search(job.error):
            ok = _requeue(every[job.table], job, "status='error'", [])
        else:
            ok = False
        if ok:
            done.append(job)
    return done


def is_connection_error(err: BaseException) -> bool:
    """Whether an exception (or one it was raised from) is the database connection failing.

    Parameters
    ----------
    err : BaseException

    Returns
    -------
    bool
    """
    import datajoint as dj

    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        if isinstance(err, dj.errors.LostConnectionError) or CONNECTION_LOST.search(f"{type(err).__name__} {err}"):
            return True
        if type(err).__name__ in ("OperationalError", "InterfaceError") and \
                type(err).__module__.split(".")[0] in ("pymysql", "psycopg2", "psycopg"):
            return True
        err = err.__cause__ or err.__context__
    return False


def wait_for_server(timeout_s: float = 600.0, echo=print) -> float:
    """Reconnect to the database server with exponential back-off (1 s, 2 s, ... 30 s between tries).

    Parameters
    ----------
    timeout_s : float
        Give up after this long.
    echo : callable
        Where to report.

    Returns
    -------
    float
        Seconds the server was away.

    Raises
    ------
    ConnectionError
        When the server is still away after ``timeout_s``.
    """
    import datajoint as dj

    start, delay = time.monotonic(), 1.0
    conn = dj.conn()
    while True:
        try:
            conn.connect()
            conn.query("SELECT 1")
            return time.monotonic() - start
        except Exception as err:
            if not is_connection_error(err) or time.monotonic() - start > timeout_s:
                raise ConnectionError(f"the database server is still away after {time.monotonic() - start:.0f} s: "
                                      f"{type(err).__name__}: {err}") from None
            echo(f"worker: database away ({type(err).__name__}); next try in {delay:.0f} s")
            time.sleep(delay)
            delay = min(delay * 2, 30.0)


def retry_failed() -> list[Job]:
    """Put every failed job back in its queue, to be tried again.

    Returns
    -------
    list of Job
    """
    every = {t.__name__: t for t in schemas.computed_tables()}
    return [job for job in list_jobs(("error",)) if _requeue(every[job.table], job, "status='error'", [])]


def clear_failed() -> int:
    """Delete the failed and ignored jobs (their keys return as pending when populate refreshes).

    Returns
    -------
    int
        Jobs deleted.
    """
    n = 0
    for table in schemas.computed_tables():
        if table.jobs.is_declared:
            n += (table.jobs & "status in ('error', 'ignore')").delete_quick(get_count=True)
    return n


def store_orphans(delete: bool = False) -> dict:
    """Object-store files that no row refers to (DataJoint's garbage collector over facevalence's
    schemas and store): a ``make`` killed after writing its arrays and before its transaction
    committed leaves such files behind.

    Parameters
    ----------
    delete : bool
        Delete them. Refused while a live worker holds a reservation: the files of a make in
        progress are not referred to until it commits.

    Returns
    -------
    dict
        ``orphans`` (store paths), ``bytes`` and ``deleted``.

    Raises
    ------
    RuntimeError
        ``delete`` while workers are making rows.
    """
    import datajoint as dj

    from facevalence.config import STORE

    if delete:
        busy = [j for j in list_jobs(("reserved",)) if j.alive]
        if busy:
            raise RuntimeError(f"{len(busy)} job(s) are being made (e.g. {busy[0].table} by {busy[0].host}:{busy[0].pid}): "
                               "their arrays are not referred to until they commit; collect when the queue is idle")
    collector = dj.gc.GarbageCollector(*(m.schema for m in schemas.MODULES.values()), store=STORE)
    stats = collector.collect(dry_run=not delete)
    orphans = list(stats["orphaned_hash_paths"]) + list(stats["orphaned_schema_paths"])
    size = int(stats["hash_paths_orphaned_bytes"]) + int(stats["schema_paths_orphaned_bytes"])
    return {"orphans": orphans, "bytes": size, "deleted": int(stats["deleted"])}


def format_jobs(jobs: list[Job]) -> str:
    """A table of jobs for the terminal: table, key, status, host, pid, age and the error.

    Parameters
    ----------
    jobs : list of Job

    Returns
    -------
    str
    """
    if not jobs:
        return "no reserved or failed jobs"
    lines = []
    for j in jobs:
        state = j.status if j.alive is None else ("reserved (worker alive)" if j.alive else "reserved (WORKER DEAD)")
        key = " ".join(f"{k}={v}" for k, v in j.key.items())
        age = f"{j.age_s / 3600:.1f} h" if j.age_s >= 3600 else f"{j.age_s:.0f} s"
        line = f"{j.table:22s} {state:24s} {j.host}:{j.pid}  {age:>8s}  {key}"
        lines.append(line + (f"\n{'':24s}{j.error.splitlines()[0][:160]}" if j.error else ""))
    return "\n".join(lines)
