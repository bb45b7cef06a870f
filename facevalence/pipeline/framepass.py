"""Decode each session's video once per populate for every table that reads its frames.

Four tables read a session's video (:class:`~facevalence.schemas.face._pass.FramePass`):
HOGFeatures (HOG of the trial windows), RegisteredHOG (the prototype mouse's windows on the
template face), MotionEnergy (every frame) and PrototypeScore (every frame, registered, against
the prototypes). Populated one after the other, each decodes the whole video again, which at
camera size costs more than any of their computations. Here every row of a session that is ready
is computed from one pass (:func:`facevalence.io.stream.run_plans`), and each row is then inserted
by DataJoint's own populate step for one key (its fetch, compute - which finds the result the pass
computed - and insert in one transaction; its job reserved first and completed after, as
``populate(reserve_jobs=True)`` does).

PrototypeScore needs the prototypes, which need every session of the prototype mouse: its
sessions go first, and an analysis session that will be scored once the prototypes exist waits
for them (rather than being decoded now for HOG and motion and again later for the scores), as
long as those prototypes are still being made; any session whose registration is still being made
waits for it too. A lab without a prototype mouse (or whose prototypes or registrations failed)
gets its HOG and motion without waiting.
"""

from __future__ import annotations

import contextlib
import hashlib
import signal
import time

import datajoint as dj
from tqdm.auto import tqdm

from facevalence import schemas
from facevalence.io.stream import run_plans
from facevalence.schemas.face import HOGFeatures, Prototype, PrototypeMouse, RegisteredHOG, Registration
from facevalence.schemas.face._pass import FramePass, fingerprint, hold, release
from facevalence.schemas.session import Subject

SESSION = ("subject_id", "session_id")


#: Where the populate loops run the passes: at RegisteredHOG (the prototype mouse's sessions first;
#: sessions still to be scored wait) and again at HOGFeatures (after Prototype, every other session)
PASS_POINTS = (RegisteredHOG, HOGFeatures)


def frame_tables() -> list:
    """The tables whose compute step is a pass over a session's video, in populate order."""
    return [t for t in schemas.computed_tables() if issubclass(t, FramePass)]


def _session(key: dict) -> tuple:
    return tuple(key[k] for k in SESSION)


def _to_make(table, reserve_jobs: bool) -> list[dict]:
    """Keys of ``table`` ready to be made: its pending jobs (refreshed first, as populate does) or,
    without the job queue, its key source minus its rows."""
    if reserve_jobs:
        if dj.config.jobs.auto_refresh:
            table.jobs.refresh(delay=-1)
        return (table.jobs.pending & "scheduled_time <= CURRENT_TIMESTAMP(3)").keys(
            order_by="priority ASC, scheduled_time ASC")
    return (table.key_source - table.proj()).keys()


def _not_failed(table, keys: list[dict], reserve_jobs: bool) -> list[dict]:
    """``keys`` without those whose job failed or is ignored (with the job queue)."""
    if not reserve_jobs or not keys:
        return keys
    failed = {tuple(sorted(k.items())) for k in (table.jobs & "status in ('error', 'ignore')").keys()}
    return [k for k in keys if tuple(sorted(k.items())) not in failed]


def prototypes_coming(reserve_jobs: bool) -> bool:
    """Whether prototypes are still to be made: a registration of the prototype mouse's own sessions,
    a RegisteredHOG or a Prototype row that is still to be made and has not failed (with the job
    queue: not an error or ignored job)."""
    own = (Registration.key_source * PrototypeMouse.proj(proto_subject="subject_id")
           & "subject_id = proto_subject").proj()
    for table, todo in ((Registration, own - Registration.proj()), (RegisteredHOG, RegisteredHOG.key_source - RegisteredHOG.proj()),
                        (Prototype, Prototype.key_source - Prototype.proj())):
        if _not_failed(table, todo.keys(), reserve_jobs):
            return True
    return False


def _waiting(reserve_jobs: bool) -> set[tuple]:
    """Sessions whose video should be read later, once for all their rows: sessions whose registration
    is still to be made (it brings the prototype mouse's RegisteredHOG or an analysis session's
    PrototypeScore) and, while prototypes are still coming, every registered analysis session."""
    coming = _not_failed(Registration, (Registration.key_source - Registration.proj()).keys(), reserve_jobs)
    waiting = {_session(k) for k in coming}
    if prototypes_coming(reserve_jobs):
        waiting |= {_session(k) for k in (Registration & (Subject & "role = 'analysis'")).proj().keys()}
    return waiting


def populate_frame_passes(reserve_jobs: bool = False, wait_for_prototypes: bool = True,
                          display_progress: bool = True, suppress_errors: bool = True) -> dict[str, dict]:
    """Make every ready row of the frame tables, one pass over each session's video.

    Parameters
    ----------
    reserve_jobs : bool
        Reserve each row's job first (many workers share the queue); rows reserved by another
        worker are left to it.
    wait_for_prototypes : bool
        Leave the sessions that are still to be scored against prototypes that are being made
        (see the module's docstring); False makes whatever is ready now.
    display_progress : bool
        A progress bar per pass.
    suppress_errors : bool
        Collect the rows that fail (as ``populate(suppress_errors=True)``); False raises the first.

    Returns
    -------
    dict
        ``{table: {"success_count", "error_list"}}`` as ``populate`` returns it.
    """
    tables = frame_tables()
    # which sessions wait is decided first: a key that becomes ready in between is then in the list
    waiting = _waiting(reserve_jobs) if wait_for_prototypes else set()
    todo = {t: _to_make(t, reserve_jobs) for t in tables}
    results = {t.__name__: {"success_count": 0, "error_list": []} for t in tables}
    sessions: dict[tuple, list] = {}
    for table in tables:  # the prototype mouse's sessions (RegisteredHOG, first in order) go first
        for key in todo[table]:
            sessions.setdefault(_session(key), []).append((table, key))
    for session, group in sessions.items():
        if session not in waiting:
            _one_pass(group, reserve_jobs, display_progress, suppress_errors, results)
    return results


def _one_pass(group: list, reserve_jobs: bool, display_progress: bool, suppress_errors: bool, results: dict) -> None:
    """One session's rows: reserve, fetch and plan each; one pass; then DataJoint's populate step
    per row with the result held for it."""
    rows = []
    with _session_lock(group[0][0], group[0][1]) if reserve_jobs else contextlib.nullcontext():
        for table_class, key in group:
            table = table_class()
            if not reserve_jobs or table.jobs.reserve(key):
                rows.append((table, key))
    if not rows:
        return
    old_handler = signal.signal(signal.SIGTERM, _terminate) if reserve_jobs else None
    try:
        shared, plans = [], []
        for table, key in rows if len(rows) > 1 else ():  # a lone row's own populate step reads the video
            try:
                fetched = table.make_fetch(dict(key))
                before = fingerprint(fetched)
                plans.append(table.plan(dict(key), *fetched))
                shared.append((table, key, before))
            except Exception:  # noqa: BLE001 - the row's own populate step raises it again and records it
                continue
        if len(shared) > 1:
            started = time.time()
            try:
                computed = run_plans(plans, progress=display_progress)
            except Exception:  # noqa: BLE001 - each row then runs (and fails, and is recorded) on its own
                computed = None
            seconds = time.time() - started
            for (table, key, fetched), result in zip(shared, computed or [], strict=False):
                hold(table, key, fetched, result, started, seconds)
        for table, key in rows:
            _populate_row(table, key, reserve_jobs, suppress_errors, results)
    except (KeyboardInterrupt, SystemExit) as stop:  # as populate does: the interrupted jobs are errors
        if reserve_jobs:
            for table, key in rows:
                if table.jobs & key & "status = 'reserved'":
                    table.jobs.error(key, error_message=f"{type(stop).__name__}: interrupted")
        raise
    finally:
        for table, key in rows:
            release(table, key)
        if old_handler is not None:
            signal.signal(signal.SIGTERM, old_handler)


@contextlib.contextmanager
def _session_lock(table, key: dict):
    """A server-side lock on one session's frame rows while a worker reserves them: DataJoint reserves
    one job at a time, so two workers reserving the same session's rows at once could each win some
    of them and read the video twice. Held for the reservations only (milliseconds); the second
    worker then finds every row reserved."""
    conn = table.connection
    name = f"facevalence.framepass.{table.database}.{key['subject_id']}/{key['session_id']}"
    if conn.adapter.backend == "postgresql":
        acquire, release_ = "SELECT pg_advisory_lock(hashtext(%s))", "SELECT pg_advisory_unlock(hashtext(%s))"
    else:  # MySQL / MariaDB: named locks are at most 64 characters
        acquire, release_ = "SELECT GET_LOCK(%s, 60)", "SELECT RELEASE_LOCK(%s)"
        name = hashlib.sha1(name.encode()).hexdigest()
    conn.query(acquire, args=(name,))
    try:
        yield
    finally:
        conn.query(release_, args=(name,))


def _populate_row(table, key: dict, reserve_jobs: bool, suppress_errors: bool, results: dict) -> None:
    # DataJoint's populate step for one key (2.3.5's AutoPopulate._populate1: fetch, compute, fetch
    # again and insert in one transaction, hidden job metadata); called with no job table, because
    # the job was reserved here and is completed or failed here
    started = time.time()
    try:
        status = table._populate1(key, jobs=None, suppress_errors=suppress_errors, return_exception_objects=False)
    except Exception as err:
        if reserve_jobs:
            table.jobs.error(key, error_message=f"{type(err).__name__}: {err}")
        raise
    name = type(table).__name__
    if status is True:
        results[name]["success_count"] += 1
    elif isinstance(status, tuple):
        results[name]["error_list"].append(status)
    if reserve_jobs:
        if isinstance(status, tuple):
            table.jobs.error(key, error_message=str(status[1]))
        else:
            table.jobs.complete(key, duration=time.time() - started)


def _terminate(signum, frame):
    raise SystemExit("SIGTERM received")


def report(results: dict[str, dict], seconds: float) -> None:
    """A line per frame table that made rows, as :func:`facevalence.pipeline.populate.populate_all` prints."""
    for name, res in results.items():
        if res["success_count"] or res["error_list"]:
            failed = f", {len(res['error_list'])} failed" if res["error_list"] else ""
            tqdm.write(f"{name}: {res['success_count']} rows{failed} in {seconds:.1f} s (one pass per session video)")
