"""Cohorts: the sessions that cohort-level results pool, kept in step with the sessions ingested, and
the pooled rows whose members changed (stale), found and remade.

A cohort is a row of :class:`~facevalence.schemas.session.Cohort` with its members in
``Cohort.Member``. An automatic cohort's members are the analysis sessions (never the prototype
mouse's) that match its restriction, recomputed by :func:`sync_cohorts` whenever sessions arrive
(``ingest``) and at every round of ``populate`` and ``worker``; a fixed cohort keeps the members
it was made with. Every pooled table (:class:`~facevalence.schemas._base.Pooled`) records a hash of
the sessions each row pooled; a row whose sessions differ now is stale, and :func:`remake_stale`
deletes it (with what was computed from it) so that populate makes it again through the job queue.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass

import datajoint as dj

from facevalence.errors import InputError
from facevalence.schemas._base import members_hash
from facevalence.schemas.session import DEFAULT_COHORT, Cohort, Session, Subject

#: What every cohort's members satisfy: the prototype mouse stays out of every analysis.
ANALYSIS = "role = 'analysis'"


def pooled_tables() -> list:
    """The tables whose rows pool a cohort's sessions, in the order they are populated."""
    from facevalence import schemas
    from facevalence.schemas._base import Pooled

    return [t for t in schemas.computed_tables() if issubclass(t, Pooled)]


def candidates(restriction: str):
    """The analysis sessions that match ``restriction`` (SQL on Subject * Session; '' = all)."""
    sessions = (Session * Subject) & ANALYSIS
    return (sessions & restriction).proj() if restriction else sessions.proj()


def ensure_default() -> None:
    """Insert the cohort every lab has, "all" (every analysis session), if it is missing."""
    Cohort.insert1({"cohort": DEFAULT_COHORT, "restriction": "", "automatic": True,
                    "description": "every analysis session (kept up to date as sessions are ingested)"},
                   skip_duplicates=True)


def sync_cohorts() -> dict[str, tuple[int, int]]:
    """Bring every automatic cohort's members in line with its restriction; returns
    ``{cohort: (added, removed)}`` for the cohorts that changed."""
    ensure_default()
    changed = {}
    for cohort in (Cohort & "automatic").to_dicts():
        name = {"cohort": cohort["cohort"]}
        want = {(r["subject_id"], r["session_id"]) for r in candidates(cohort["restriction"]).to_dicts()}
        have = {(r["subject_id"], r["session_id"]) for r in (Cohort.Member & name).to_dicts()}
        if want == have:
            continue
        Cohort.Member.insert([{**name, "subject_id": s, "session_id": t} for s, t in sorted(want - have)],
                             skip_duplicates=True)
        gone = [{**name, "subject_id": s, "session_id": t} for s, t in sorted(have - want)]
        if gone:
            (Cohort.Member & gone).delete(part_integrity="ignore", prompt=False)
        changed[cohort["cohort"]] = (len(want - have), len(gone))
    return changed


def add_cohort(name: str, where: str = "", fixed: bool = False, description: str = "") -> int:
    """Define a cohort by a SQL condition on Subject * Session (e.g. ``subject_group = 'eNpHR'``,
    ``cell_type IN ('DA', 'GABA')``); ``fixed`` keeps today's members instead of following the
    condition as sessions arrive. Returns the number of members. Refused (nothing written) when the
    name is taken, the condition is not valid SQL for these tables, or it matches no session."""
    if not name or len(name) > 32 or not name.replace("_", "").replace("-", "").isalnum():
        raise InputError("cohort", "name", f"{name!r}: use 1-32 letters, digits, '-' or '_'")
    if Cohort & {"cohort": name}:
        raise InputError("cohort", "name", f"{name!r} exists; `facevalence cohort drop {name}` first")
    try:
        members = candidates(where).to_dicts()
    except Exception as err:  # the server's own message says what is wrong with the condition
        raise InputError("cohort", "--where", f"{where!r} is not a condition on Subject * Session: "
                         f"{str(err).splitlines()[0]}") from None
    if not members:
        raise InputError("cohort", "--where", f"{where!r} matches no analysis session")
    with dj.conn().transaction:
        Cohort.insert1({"cohort": name, "restriction": where, "automatic": not fixed, "description": description})
        Cohort.Member.insert([{"cohort": name, **m} for m in members])
    return len(members)


def drop_cohort(name: str) -> int:
    """Delete a cohort, its members and every result pooled over it; returns the rows deleted from
    the cohort table (0 when there was none). The default cohort cannot be dropped."""
    if name == DEFAULT_COHORT:
        raise InputError("cohort", "name", f"{name!r} is the default cohort and cannot be dropped")
    return (Cohort & {"cohort": name}).delete(prompt=False)


@dataclass(frozen=True)
class Stale:
    """A pooled row whose sessions changed since it was made."""

    table: str
    key: dict
    made_with: int  # sessions it pooled
    now: int  # sessions it would pool now
    members_hash: str  # the hash it was made with


def _sources(table):
    """The part that lists the sessions a pooled row was made from (DeepDataset: its Session part)."""
    return table.Source if hasattr(table, "Source") else table.Session


def _sessions(relation) -> int:
    return len({(r["subject_id"], r["session_id"]) for r in relation.proj().to_dicts()})


def find_stale(tables: list | None = None) -> list[Stale]:
    """The pooled rows (of ``tables``, default every pooled table) whose members changed."""
    out = []
    for table in tables if tables is not None else pooled_tables():
        for row in table.proj("members_hash").to_dicts():
            key = {k: row[k] for k in table.primary_key}
            pooled = table.pooled(key)
            if members_hash(pooled) != row["members_hash"]:
                out.append(Stale(table.__name__, key, _sessions(_sources(table) & key), _sessions(pooled),
                                 row["members_hash"]))
    return out


@contextmanager
def _quietly():
    """DataJoint logs every table of a cascading delete at INFO; one line per stale row says enough."""
    log = logging.getLogger("datajoint")
    level = log.level
    log.setLevel(logging.WARNING)
    try:
        yield
    finally:
        log.setLevel(level)


def remake_stale(tables: list | None = None) -> list[Stale]:
    """Delete the stale pooled rows (and what was computed from them) so that populate makes them
    again; returns them. Each delete is restricted to the hash the row was found with, so two
    workers doing this at once never delete a row the other has just remade."""
    from facevalence import schemas

    stale = find_stale(tables)
    by_name = {t.__name__: t for t in (tables if tables is not None else pooled_tables())}
    for s in stale:
        with _quietly():
            (by_name[s.table] & s.key & {"members_hash": s.members_hash}).delete(prompt=False)
        # a make of a dependant that failed because its row went (e.g. a training cut short) is tried again
        for table in schemas.computed_tables():
            if set(s.key) <= set(table.primary_key) and table.jobs.is_declared:
                (table.jobs & s.key & "status = 'error'").delete_quick()
    return stale


def delete_pooled_of(session: dict) -> int:
    """Delete every pooled row that pooled ``session`` (with what was computed from them): before a
    session is replaced, since its members' names alone would not show that its data changed.
    Returns the rows deleted. Runs inside the caller's transaction."""
    deleted = 0
    for table in pooled_tables():
        # the keys first: the cascade deletes the Source rows before the master they would select
        used = (table & (_sources(table) & session).proj()).proj().to_dicts()
        if used:
            with _quietly():
                deleted += (table & used).delete(transaction=False, prompt=False)
    return deleted


def cohort_table() -> list[dict]:
    """One row per cohort: name, members, automatic, restriction, description."""
    members = list(Cohort.Member.to_arrays("cohort"))
    return [{**c, "automatic": bool(c["automatic"]), "members": members.count(c["cohort"])}
            for c in Cohort.to_dicts(order_by="cohort")]
