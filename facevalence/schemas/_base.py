"""Shared pieces of the schema modules."""

from __future__ import annotations

import functools
import hashlib
import math
import shutil
from contextlib import contextmanager

from facevalence._version import code_version
from facevalence.config import checkpoint_dir
from facevalence.schemas.session import Cohort


@contextmanager
def about_session(key: dict):
    """Prefix a ValueError raised by a method with the session it was computing, in one line."""
    try:
        yield
    except ValueError as err:
        raise ValueError(f"session {key['subject_id']}/{key['session_id']}: {err}") from None


def nullable(value) -> float | None:
    """A float for a nullable numeric column: NULL (None) for NaN, infinities and None."""
    return float(value) if value is not None and math.isfinite(value) else None


def when_complete(candidates, *tables):
    """``candidates`` minus those with a row of any of ``tables`` still to be made (matched on the
    attributes they share; for candidates keyed by a cohort, only the rows of its members count): a
    cohort-level result must not be built from whichever sessions a worker happened to finish first."""
    by_cohort = "cohort" in candidates.heading.names
    for table in tables:
        missing = table().key_source - table.proj()
        if by_cohort and "session_id" in missing.heading.names:
            missing = missing * Cohort.Member.proj()
        candidates = candidates - missing.proj()
    return candidates


def in_cohort(relation, key: dict):
    """The rows of ``relation`` (keyed by session) that belong to the members of ``key``'s cohort."""
    return relation & (Cohort.Member & {"cohort": key["cohort"]}).proj()


def members_hash(sessions) -> str:
    """MD5 of the sorted ``subject/session`` names of ``sessions`` (a relation or dicts with
    subject_id and session_id): what a pooled row records of the sessions it pooled."""
    rows = sessions.proj().to_dicts() if hasattr(sessions, "proj") else sessions
    names = sorted({f"{r['subject_id']}/{r['session_id']}" for r in rows})
    return hashlib.md5("\n".join(names).encode()).hexdigest()


class Pooled:
    """Mixin for cohort-level tables. Their rows are keyed by a :class:`Cohort` and pool the
    member sessions that ``pooled(key)`` gives; each row records ``members_hash`` of those
    sessions. When the sessions it would pool now differ (a session joined or left the cohort, or
    a member's upstream row appeared or was deleted) the row is stale: ``facevalence status``
    flags it, and populate and every worker delete it (with what was computed from it) and make
    it again (:mod:`facevalence.pipeline.cohorts`)."""

    @classmethod
    def pooled(cls, key: dict):
        """The sessions (a relation with subject_id, session_id) the row of ``key`` pools now."""
        raise NotImplementedError


#: One job-queue object per (connection, table) in this process, and the connections whose
#: dependency graph a queue object has reloaded here: see :class:`_JobQueue`.
_QUEUES: dict[tuple[int, str], object] = {}
_RELOADED: set[int] = set()


class _JobQueue:
    """``Table.jobs``, made once per connection and table instead of at every access.

    DataJoint 2.3.5 builds a new ``Job`` object for each table instance, and building one reloads
    the whole dependency graph from ``information_schema`` (``Job.__init__`` calls
    ``dependencies.load()``, whose default is to reload). A class-level ``Table.jobs`` makes a new
    instance every time, so a worker that reserves, completes and lists jobs reloaded the graph
    hundreds of times a run: 233 reloads, 5.4 of 24 s, in one `facevalence worker` over six cheap
    tables of the demo sessions. Here the first queue object of a connection reloads the graph
    as DataJoint does; later ones (the graph is current: tables are declared when the schemas are
    activated, before any queue is made) reuse it. The queue object holds no rows (every call
    queries), so one per table serves every access; a restricted table keeps DataJoint's own.
    """

    def __get__(self, obj, objtype=None):
        from datajoint.autopopulate import AutoPopulate

        table = obj if obj is not None else objtype()
        make = vars(AutoPopulate)["jobs"].__get__  # DataJoint's own descriptor; declares the queue if needed
        if table.restriction:
            return make(table, objtype)
        conn = table.connection
        key = (id(conn), table.full_table_name)
        if key not in _QUEUES:
            deps = conn.dependencies
            if id(conn) in _RELOADED:  # the graph is current: no reload, for this one call only
                deps.load = functools.partial(type(deps).load, deps, force=False)
            try:
                _QUEUES[key] = make(table, objtype)
            finally:
                vars(deps).pop("load", None)
            _RELOADED.add(id(conn))
        return _QUEUES[key]


def forget_job_queues() -> None:
    """Drop the cached queue objects (after tables were dropped or redefined, e.g. by an upgrade)."""
    _QUEUES.clear()
    _RELOADED.clear()


class Versioned:
    """Mixin for Computed/Imported tables: the hidden ``_job_version`` column records
    ``facevalence <version> git <commit>`` of the package that computed the row (DataJoint's
    own 'git' method would record the commit of whatever directory the worker runs in)."""

    jobs = _JobQueue()

    def _update_job_metadata(self, key, start_time, duration, version):
        super()._update_job_metadata(key, start_time=start_time, duration=duration, version=code_version())


class RemovesCheckpoints:
    """Mixin for training tables: their make keeps resumable checkpoints (and the trained weights
    on their way into the object store) in :func:`facevalence.config.checkpoint_dir` of the row;
    that folder is removed once the row is committed, outside the insert transaction. A failed
    or interrupted make leaves it, so the next attempt resumes."""

    def _populate1(self, key, jobs, *args, **kwargs):
        status = super()._populate1(key, jobs, *args, **kwargs)
        if status is True:
            shutil.rmtree(checkpoint_dir(type(self).__name__, dict(key)), ignore_errors=True)
        return status
