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
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    name: str
    description: str


UNREGISTERED_HOG = Step("unregistered-hog", "HOGFeatures of registered frames -> RegisteredHOG (prototype mouse only); "
                                            "Arousal and Embedding dropped, to be recomputed on unregistered frames")


MODEL_REGISTERED = Step("model-registered", "ModelParams.registered added: 1 for the existing parameter sets "
                                            "(their datasets were registered), 0 (the paper's choice) for new ones")
#: The column as ModelParams declares it (compiled by DataJoint for the server's backend).
_REGISTERED = "registered = 0 : bool  # 1: frames registered onto the template face first; 0: each session's own frames"


def _tables(conn, schema: str) -> set[str]:
    return {row[0] for row in conn.query(conn.adapter.list_tables_sql(schema)).fetchall()}


def _primary_key(conn, schema: str, table: str) -> list[str]:
    return [row[0] for row in conn.query(conn.adapter.get_primary_key_sql(schema, table)).fetchall()]


def _columns(conn, schema: str, table: str) -> list[str]:
    return [row[0] for row in conn.query(conn.adapter.get_columns_sql(schema, table)).fetchall()]


def pending(prefix: str, conn) -> list[Step]:
    """The upgrade steps a database with schemas ``<prefix>_*`` still needs (empty when current)."""
    face, deep = f"{prefix}_face", f"{prefix}_deep"
    schemas = {row[0] for row in conn.query(conn.adapter.list_schemas_sql()).fetchall()}
    due = []
    if face in schemas:
        tables = _tables(conn, face)
        if "__h_o_g_features" in tables and "proto_id" in _primary_key(conn, face, "__h_o_g_features"):
            due.append(UNREGISTERED_HOG)
    if deep in schemas and "#model_params" in _tables(conn, deep) and "registered" not in _columns(conn, deep,
                                                                                                  "#model_params"):
        due.append(MODEL_REGISTERED)
    return due


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


def upgrade(prefix: str, conn) -> list[str]:
    """Run every pending step on the schemas ``<prefix>_*``; returns one line per change made."""
    done = []
    for step in pending(prefix, conn):
        if step is UNREGISTERED_HOG:
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
