"""Upgrades of databases made by earlier facevalence versions, in place, keeping every row that is
still right (DataJoint 2 has no migration framework for changed table definitions: we own them).

Each step names what it changes and why, detects from the database itself whether it is due, and
runs before the schemas are activated (activation would otherwise meet tables of the old shape).

- ``model-registered`` (0.1 -> 0.2): ``ModelParams.registered`` chooses whether the deep models
  see registered frames; the parameter sets that existed get 1 (their datasets were registered),
  new ones the paper's 0 (each session's own frames).
- ``unregistered-hog`` (facevalence 0.1 -> 0.2): ``HOGFeatures`` held the trial windows of
  *registered* frames and hung off ``Registration``; the paper registers faces only for comparisons
  with the prototypes. The old table (with its windows and job table) becomes ``RegisteredHOG``,
  which is exactly what the prototypes are built from, so ``Prototype`` and everything downstream
  keep their rows; ``Arousal`` and ``Embedding`` (within-session analyses, to be recomputed on
  unregistered frames) are dropped, and ``facevalence populate`` makes the new ``HOGFeatures``,
  ``Arousal`` and ``Embedding``. The old HOG rows of analysis sessions (not used by anything else)
  are removed with it.
- ``cohorts`` (0.2 -> 0.3): results that pool sessions are keyed by a ``Cohort`` (default "all",
  every analysis session) and record a hash of the sessions they pooled. ``ModelSelection`` rows
  (manual) get the cohort "all" in place; the pooled tables (KinematicPattern, NeuronTypePattern,
  FaceNeuralPattern, OptoGroupEffect, PoseDecoding, DeepDataset and the deep tables computed from it)
  change primary key, so they are dropped, only they, and made again by ``populate``. This step
  deletes computed results, so ``facevalence upgrade`` lists them and waits for ``--yes``.

Every schema also records, in its ``~facevalence`` table, the version of the table definitions
(:data:`DEFINITIONS`) that made or upgraded it, so a package older than its database says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from facevalence._version import __version__

#: Version of the table definitions: 1 = facevalence 0.1, 2 = 0.2, 3 = 0.3 (cohorts). Bump it with
#: every change of a definition, together with an upgrade step.
DEFINITIONS = 3

#: The table, in every schema, that records which definitions made or upgraded it (DataJoint skips
#: tables whose name starts with ~).
VERSION_TABLE = "~facevalence"



@dataclass(frozen=True)
class Step:
    name: str
    description: str
    #: computed tables (module, table) the step drops to be made again; the user confirms with --yes
    recompute: tuple = field(default=())


UNREGISTERED_HOG = Step("unregistered-hog", "HOGFeatures of registered frames -> RegisteredHOG (prototype mouse only); "
                                            "Arousal and Embedding dropped, to be recomputed on unregistered frames")


MODEL_REGISTERED = Step("model-registered", "ModelParams.registered added: 1 for the existing parameter sets "
                                            "(their datasets were registered), 0 (the paper's choice) for new ones")
#: The column as ModelParams declares it (compiled by DataJoint for the server's backend).
_REGISTERED = "registered = 0 : bool  # 1: frames registered onto the template face first; 0: each session's own frames"


#: Masters of the pooled tables of 0.2 (everything computed from them goes with them).
_POOLED_0_2 = (("kinematics", "__kinematic_pattern"), ("photometry", "__neuron_type_pattern"),
               ("correlation", "__face_neural_pattern"), ("opto", "__opto_group_effect"), ("models", "__pose_decoding"),
               ("deep", "__deep_dataset"))

COHORTS = Step("cohorts", "results that pool sessions are keyed by a Cohort (default 'all': every analysis "
                          "session) and remade when its sessions change; ModelSelection rows get cohort 'all'",
               recompute=_POOLED_0_2)


def _tables(conn, schema: str) -> set[str]:
    return {row[0] for row in conn.query(conn.adapter.list_tables_sql(schema)).fetchall()}


def _primary_key(conn, schema: str, table: str) -> list[str]:
    return [row[0] for row in conn.query(conn.adapter.get_primary_key_sql(schema, table)).fetchall()]


def _columns(conn, schema: str, table: str) -> list[str]:
    return [row[0] for row in conn.query(conn.adapter.get_columns_sql(schema, table)).fetchall()]


def _names(prefix: str) -> list[str]:
    """The facevalence schemas of ``prefix``, ``<prefix>_<module>``."""
    from facevalence.schemas import MODULES

    return [f"{prefix}_{m}" for m in MODULES]


def _schemas(conn, prefix: str) -> set[str]:
    """Those of them the server has."""
    return {row[0] for row in conn.query(conn.adapter.list_schemas_sql()).fetchall()} & set(_names(prefix))


def recorded(prefix: str, conn) -> dict[str, int]:
    """``{schema: definitions}`` from each schema's version record (schemas made before 0.3 have none)."""
    text = conn.adapter.quote_string
    names = ", ".join(text(s) for s in _names(prefix))
    found = [row[0] for row in conn.query(
        f"SELECT table_schema FROM information_schema.tables WHERE table_name = {text(VERSION_TABLE)} "
        f"AND table_schema IN ({names})").fetchall()]
    if not found:
        return {}
    q = conn.adapter.quote_identifier
    union = " UNION ALL ".join(f"SELECT {text(s)}, MAX(definitions) FROM {q(s)}.{q(VERSION_TABLE)}" for s in found)
    return {s: int(v) for s, v in conn.query(union).fetchall() if v is not None}


def record(prefix: str, conn, event: str, schemas: set[str] | None = None) -> None:
    """Write ``event`` (made | upgraded) with :data:`DEFINITIONS` and the package version into the
    version record of ``schemas`` (default: every facevalence schema of the prefix)."""
    q, text = conn.adapter.quote_identifier, conn.adapter.quote_string
    at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for schema in sorted(schemas if schemas is not None else _schemas(conn, prefix)):
        table = f"{q(schema)}.{q(VERSION_TABLE)}"
        try:
            conn.query(f"CREATE TABLE IF NOT EXISTS {table} ({q('definitions')} INTEGER NOT NULL, "
                       f"{q('event')} VARCHAR(16) NOT NULL, {q('package')} VARCHAR(64) NOT NULL, "
                       f"{q('at_utc')} VARCHAR(20) NOT NULL, PRIMARY KEY ({q('definitions')}, {q('event')}))")
            if not conn.query(f"SELECT 1 FROM {table} WHERE {q('definitions')} = {DEFINITIONS} AND "
                              f"{q('event')} = {text(event)}").fetchall():
                conn.query(f"INSERT INTO {table} VALUES ({DEFINITIONS}, {text(event)}, {text(__version__[:64])}, "
                           f"{text(at)})")
        except Exception as err:  # workers starting together on a new database: another one wrote it first
            if "uplicate" not in str(err):
                raise


def check(prefix: str, conn, versions: dict[str, int] | None = None) -> list[Step]:
    """Refuse (RuntimeError, one line) a database made by newer definitions than this package's;
    return the upgrade steps it still needs (none when every schema records :data:`DEFINITIONS`).
    ``versions``: what :func:`recorded` returned, when the caller has read it already."""
    versions = recorded(prefix, conn) if versions is None else versions
    newer = {s: v for s, v in versions.items() if v > DEFINITIONS}
    if newer:
        raise RuntimeError(f"the schemas {prefix}_* were made by a newer facevalence (table definitions "
                           f"{max(newer.values())}; this installation, {__version__}, has {DEFINITIONS}): upgrade "
                           "the package (pip install -U facevalence) to the version the lab's server runs")
    if versions and all(v == DEFINITIONS for v in versions.values()) and len(versions) == len(_schemas(conn, prefix)):
        return []
    return pending(prefix, conn)


def pending(prefix: str, conn) -> list[Step]:
    """The upgrade steps a database with schemas ``<prefix>_*`` still needs (empty when current)."""
    face, deep, session = f"{prefix}_face", f"{prefix}_deep", f"{prefix}_session"
    schemas = {row[0] for row in conn.query(conn.adapter.list_schemas_sql()).fetchall()}
    due = []
    if face in schemas:
        tables = _tables(conn, face)
        if "__h_o_g_features" in tables and "proto_id" in _primary_key(conn, face, "__h_o_g_features"):
            due.append(UNREGISTERED_HOG)
    if deep in schemas and "#model_params" in _tables(conn, deep) and "registered" not in _columns(conn, deep,
                                                                                                  "#model_params"):
        due.append(MODEL_REGISTERED)
    if session in schemas:
        tables = _tables(conn, session)
        if "session" in tables and "cohort" not in tables:
            due.append(COHORTS)
    return due


def to_recompute(prefix: str, conn, steps: list[Step]) -> list[tuple[str, int]]:
    """(schema.table, rows) of every computed table the ``steps`` drop, their dependants included
    (masters only: their parts go with them), with the rows each holds now: what ``populate`` has
    to make again after the upgrade."""
    out = []
    for full_name in _dropped(prefix, conn, steps):
        schema, table = _split(full_name)
        if "__" not in table.lstrip("_"):
            out.append((f"{schema}.{table}", int(conn.query(f"SELECT COUNT(*) FROM {full_name}").fetchone()[0])))
    return out[::-1]


def _dropped(prefix: str, conn, steps: list[Step]) -> list[str]:
    """Full names of the tables the steps drop, dependants before the tables they depend on."""
    roots = [f"{conn.adapter.quote_identifier(f'{prefix}_{m}')}.{conn.adapter.quote_identifier(t)}"
             for step in steps for m, t in step.recompute if t in _tables(conn, f"{prefix}_{m}")]
    if not roots:
        return []
    deps = conn.dependencies
    deps.load(schema_names=_schemas(conn, prefix))
    order = deps.topo_sort()
    chosen = set()
    for root in roots:
        chosen |= {n for n in deps.descendants(root) if not n.isdigit()}
    return [n for n in reversed(order) if n in chosen]


def _add_registered(conn, deep: str) -> None:
    from datajoint.declare import compile_attribute

    q = conn.adapter.quote_identifier
    table = f"{q(deep)}.{q('#model_params')}"
    _, sql, _, comment = compile_attribute(_REGISTERED, False, [], {}, conn.adapter)
    conn.query(f"ALTER TABLE {table} ADD COLUMN {sql}")
    if comment is not None and conn.adapter.backend == "postgresql":
        conn.query(f"COMMENT ON COLUMN {table}.{q('registered')} IS {conn.adapter.quote_string(comment)}")
    conn.query(f"UPDATE {table} SET {q('registered')} = {'TRUE' if conn.adapter.backend == 'postgresql' else '1'}")


def _rename(conn, schema: str, old: str, new: str) -> None:
    """Rename a table with its indexes and constraints (PostgreSQL names them after the table and
    wants index names unique in the schema; MySQL renames its generated foreign-key names itself)
    and its entries in DataJoint's ``~lineage`` table."""
    q, text = conn.adapter.quote_identifier, conn.adapter.quote_string
    if conn.adapter.backend == "postgresql":  # the new name takes no schema in PostgreSQL
        conn.query(f"ALTER TABLE {q(schema)}.{q(old)} RENAME TO {q(new)}")
        constraints = conn.query(f"SELECT c.conname FROM pg_constraint c JOIN pg_class t ON c.conrelid = t.oid JOIN "
                                 f"pg_namespace n ON t.relnamespace = n.oid WHERE n.nspname = {text(schema)} AND "
                                 f"t.relname = {text(new)}").fetchall()
        for (name,) in constraints:
            if old in name:
                conn.query(f"ALTER TABLE {q(schema)}.{q(new)} RENAME CONSTRAINT {q(name)} TO {q(name.replace(old, new))}")
        indexes = conn.query(f"SELECT indexname FROM pg_indexes WHERE schemaname = {text(schema)} AND "
                             f"tablename = {text(new)}").fetchall()
        for (name,) in indexes:
            if old in name:
                conn.query(f"ALTER INDEX {q(schema)}.{q(name)} RENAME TO {q(name.replace(old, new))}")
    else:
        conn.query(f"RENAME TABLE {q(schema)}.{q(old)} TO {q(schema)}.{q(new)}")
    if "~lineage" in _tables(conn, schema):
        lineage = f"{q(schema)}.{q('~lineage')}"
        conn.query(f"UPDATE {lineage} SET lineage = REPLACE(lineage, {text('.' + old + '.')}, {text('.' + new + '.')})")
        conn.query(f"UPDATE {lineage} SET table_name = {text(new)} WHERE table_name = {text(old)}")


def _drop(conn, schema: str, table: str) -> None:
    conn.query(conn.adapter.drop_table_sql(f"{conn.adapter.quote_identifier(schema)}."
                                           f"{conn.adapter.quote_identifier(table)}", if_exists=True))


def _split(full_name: str) -> tuple[str, str]:
    schema, table = full_name.split(".", 1)
    return schema.strip('`"'), table.strip('`"')


def _drop_recomputed(prefix: str, conn, steps: list[Step]) -> list[str]:
    """Drop the computed tables of ``steps`` with their dependants, job queues and lineage entries."""
    from datajoint.lineage import delete_table_lineages

    done = []
    for full_name in _dropped(prefix, conn, steps):
        schema, table = _split(full_name)
        _drop(conn, schema, table)
        delete_table_lineages(conn, schema, table)
        if table.startswith("__") and "__" not in table.lstrip("_"):  # a master: its job queue goes too
            _drop(conn, schema, "~~" + table[2:])
            delete_table_lineages(conn, schema, "~~" + table[2:])
        if "__" not in table.lstrip("_"):
            done.append(f"{schema}.{table}: dropped with its parts (populate makes it again)")
    return done


def _add_cohorts(prefix: str, conn) -> list[str]:
    """Declare Cohort (with its default, every analysis session) and key ModelSelection by it."""
    from datajoint.lineage import insert_lineages

    from facevalence.pipeline.cohorts import sync_cohorts
    from facevalence.schemas import session

    session.schema.activate(f"{prefix}_session", connection=conn)  # declares only the new Cohort tables
    members = sync_cohorts()
    done = [f"{prefix}_session.cohort: declared; cohort 'all' holds the {members.get('all', (0, 0))[0]} analysis sessions"]
    deep, q = f"{prefix}_deep", conn.adapter.quote_identifier
    if "model_selection" in _tables(conn, deep):
        table = f"{q(deep)}.{q('model_selection')}"
        key = [*_primary_key(conn, deep, "model_selection"), "cohort"]
        mysql = conn.adapter.backend != "postgresql"
        conn.query(f"ALTER TABLE {table} ADD COLUMN {q('cohort')} varchar(32) NOT NULL DEFAULT 'all'"
                   + (f" AFTER {q(key[-2])}" if mysql else ""))
        if mysql:
            conn.query(f"ALTER TABLE {table} DROP PRIMARY KEY, ADD PRIMARY KEY ({', '.join(q(k) for k in key)})")
        else:
            name = conn.query(f"SELECT c.conname FROM pg_constraint c JOIN pg_class t ON c.conrelid = t.oid JOIN "
                              f"pg_namespace n ON t.relnamespace = n.oid WHERE n.nspname = {conn.adapter.quote_string(deep)} "
                              f"AND t.relname = 'model_selection' AND c.contype = 'p'").fetchone()[0]
            conn.query(f"ALTER TABLE {table} DROP CONSTRAINT {q(name)}, ADD PRIMARY KEY ({', '.join(q(k) for k in key)})")
        conn.query(f"ALTER TABLE {table} ALTER COLUMN {q('cohort')} DROP DEFAULT")
        conn.query(f"ALTER TABLE {table} ADD FOREIGN KEY ({q('cohort')}) REFERENCES "
                   f"{q(prefix + '_session')}.{q('cohort')} ({q('cohort')}) ON UPDATE CASCADE ON DELETE RESTRICT")
        insert_lineages(conn, deep, [("model_selection", "cohort", f"{prefix}_session.cohort.cohort")])
        n = conn.query(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        done.append(f"{deep}.model_selection: keyed by cohort; its {n} row(s) train on cohort 'all'")
    return done


def upgrade(prefix: str, conn, confirmed: bool = False) -> list[str]:
    """Run every pending step on the schemas ``<prefix>_*``; returns one line per change made.

    A step that drops computed tables (to be made again) runs only when ``confirmed``; otherwise a
    RuntimeError lists them with their rows and nothing is changed."""
    steps = pending(prefix, conn)
    lost = [(t, n) for t, n in to_recompute(prefix, conn, [s for s in steps if s.recompute]) if n]
    if lost and not confirmed:
        raise RuntimeError("this upgrade drops computed results that populate makes again: "
                           + ", ".join(f"{t} ({n} rows)" for t, n in lost)
                           + "; manual and imported rows are kept. Back up the database, then run "
                             "`facevalence upgrade --yes`")
    done = _drop_recomputed(prefix, conn, [s for s in steps if s.recompute])
    for step in steps:
        if step is COHORTS:
            done += _add_cohorts(prefix, conn)
        elif step is UNREGISTERED_HOG:
            face = f"{prefix}_face"
            conn.start_transaction()  # atomic on PostgreSQL; MySQL commits each DDL statement itself
            tables = _tables(conn, face)
            for table in ("__arousal", "__embedding", "~~arousal", "~~embedding"):
                if table in tables:
                    _drop(conn, face, table)
                    _forget_lineage(conn, face, table)
                    done.append(f"{face}.{table}: dropped (recomputed on unregistered frames by populate)")
            for old, new in (("__h_o_g_features__window", "__registered_h_o_g__window"),
                             ("__h_o_g_features", "__registered_h_o_g"), ("~~h_o_g_features", "~~registered_h_o_g")):
                if old in tables:
                    _rename(conn, face, old, new)
                    done.append(f"{face}.{old} -> {new}")
            _drop_analysis_windows(conn, face)
            conn.commit_transaction()
        elif step is MODEL_REGISTERED:
            _add_registered(conn, f"{prefix}_deep")
            done.append(f"{prefix}_deep.#model_params: column registered added, 1 for the existing parameter sets")
    if steps:
        record(prefix, conn, "upgraded")
        from facevalence.schemas._base import forget_job_queues

        forget_job_queues()  # queue objects of tables dropped or renamed here are not reused
    return done


def _forget_lineage(conn, schema: str, table: str) -> None:
    if "~lineage" in _tables(conn, schema):
        conn.query(f"DELETE FROM {conn.adapter.quote_identifier(schema)}.{conn.adapter.quote_identifier('~lineage')} "
                   f"WHERE table_name = {conn.adapter.quote_string(table)}")


def _drop_analysis_windows(conn, face: str) -> None:
    """RegisteredHOG keeps only the prototype mouse's own sessions (what Prototype reads)."""
    q = conn.adapter.quote_identifier
    for table in ("__registered_h_o_g__window", "__registered_h_o_g"):
        conn.query(f"DELETE FROM {q(face)}.{q(table)} WHERE NOT EXISTS (SELECT 1 FROM {q(face)}.{q('prototype_mouse')} p "
                   f"WHERE p.proto_id = {q(face)}.{q(table)}.proto_id AND p.subject_id = {q(face)}.{q(table)}.subject_id)")
