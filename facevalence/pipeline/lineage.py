"""Lineage of a row: the NWB file (path + sha256), parameter sets, code versions, upstream rows.

Built on DataJoint's own machinery: ``dj.Diagram.trace`` restricts every ancestor to the rows
the seed row depends on; the hidden job columns (``_job_version`` = facevalence version and
git commit, ``_job_start_time``, ``_job_duration``) and the ``_prov`` record of Manual rows
are read from the same restricted tables.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import datajoint as dj
import networkx as nx

from facevalence import schemas
from facevalence.io.nwb import sha256


def _hidden(ft, names: list[str]) -> list[dict]:
    have = [n for n in names if n in (ft.heading._attributes or {})]
    if not have:
        return []
    q = ft.connection.adapter.quote_identifier
    sql = f"SELECT {', '.join(q(n) for n in have)} FROM {ft.from_clause()}{ft.where_clause()}"
    return [dict(zip(have, row, strict=True)) for row in ft.connection.query(sql).fetchall()]


def _short(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return f"<{type(value).__name__}>"


def coerce_key(table, key: dict) -> dict:
    """Convert command-line strings to the attribute types of ``table`` (``01`` stays text for varchar)."""
    attrs = table.heading.attributes
    out = {}
    for name, value in key.items():
        if name not in attrs:
            raise KeyError(f"{name!r} is not an attribute of {table.__name__}; primary key: {', '.join(table.primary_key)}")
        if attrs[name].numeric and isinstance(value, str):
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif not attrs[name].numeric:
            value = str(value)
        out[name] = value
    return out


def _classes() -> dict[str, tuple[str, type]]:
    """Every table class and part class by full table name -> (display name, class)."""
    out = {}
    for name, cls in schemas.all_tables().items():
        out[cls.full_table_name] = (name, cls)
        for attr, part in schemas.parts(cls).items():
            out[part.full_table_name] = (f"{name}.{attr}", part)
    return out


def _trace(expr, classes, graph) -> dict[str, object]:
    """``expr`` and every table it depends on, each restricted to the rows that ``expr``'s rows
    depend on, by full table name.

    The walk of ``dj.Diagram.trace`` (a parent is restricted to the rows its restricted children
    refer to, renamed foreign keys mapped back), over the activated classes: trace makes a FreeTable
    per ancestor and reads each one's heading from the server again, which took a second of every
    ``facevalence lineage``; the classes' headings are read once, at activation.
    """
    seed = expr.full_table_name
    nodes = nx.ancestors(graph, seed) | {seed}
    refs: dict[str, list] = {}  # node -> the restricted children's references to it (OR)
    out = {}
    for node in reversed(list(nx.topological_sort(graph.subgraph(nodes)))):  # children before parents
        if node == seed:
            here = expr
        elif node in refs:
            cls = classes[node][1] if node in classes else dj.FreeTable(expr.connection, node)
            here = cls() & refs[node] if isinstance(cls, type) else cls & refs[node]
        else:
            continue
        out[node] = here
        for parent, _, fk in graph.in_edges(node, data=True):
            amap = fk["attr_map"]  # child attribute -> parent attribute
            refs.setdefault(parent, []).append(here.proj(**{p: c for c, p in amap.items()}) if fk["aliased"]
                                               else here.proj(*amap))
    return out


def _restricted_ancestors(expr, classes) -> dict[str, list]:
    """Restricted tables of every table ``expr`` depends on, by full name.

    :func:`_trace` follows foreign keys upwards. A master's Part tables that point to other tables
    (Prototype.Source -> RegisteredHOG, FaceNeuralCorrelation.TrialScore -> PrototypeScore) record
    inputs too, so each such part, restricted to the traced master rows, is traced as well.
    """
    graph = expr.connection.dependencies
    graph.load(force=False)
    pieces: dict[str, list] = {}
    queue, seen = [expr], set()
    while queue:
        for full, ft in _trace(queue.pop(), classes, graph).items():
            pieces.setdefault(full, []).append(ft)
            _, cls = classes.get(full, (None, None))
            if cls is None or issubclass(cls, dj.Part):
                continue
            parts = [(f, p) for f, (_, p) in classes.items() if issubclass(p, dj.Part) and p.master is cls]
            # restricted by the fetched keys: a few rows, and a plain seed for the next walk
            master_keys = ft.proj().to_dicts() if parts else []
            for part_full, part in parts:
                restricted = part & master_keys
                token = (part_full, repr(sorted(map(repr, master_keys))))
                if token not in seen and len(restricted):
                    seen.add(token)
                    queue.append(restricted)
    return pieces


def _unique(rows: list[dict], keys: list[str]) -> list[dict]:
    out = {}
    for r in rows:
        out.setdefault(tuple(repr(r.get(k)) for k in keys), r)
    return list(out.values())


class _NoNativeTypeWarnings(logging.Filter):
    """Tables read back from the server report their stored SQL types (``integer``); DataJoint
    warns about each while building the trace. Those columns were declared with core types."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Native type" not in record.getMessage()


def lineage(table: str, key: dict) -> dict:
    """Structured lineage of ``table & key`` (exactly one row expected)."""
    quiet = _NoNativeTypeWarnings()
    logging.getLogger("datajoint").addFilter(quiet)
    try:
        return _lineage(table, key)
    finally:
        logging.getLogger("datajoint").removeFilter(quiet)


def _lineage(table: str, key: dict) -> dict:
    tables = schemas.all_tables()
    if table not in tables:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(sorted(tables))}")
    cls = tables[table]
    key = coerce_key(cls, key)
    expr = cls & key
    n = len(expr)
    if n != 1:
        raise LookupError(f"{table} & {key} matches {n} rows; give the full primary key ({', '.join(cls.primary_key)})")
    classes = _classes()
    pieces = _restricted_ancestors(expr, classes)
    graph = expr.connection.dependencies
    order = [n for n in nx.lexicographical_topological_sort(graph.subgraph(pieces)) if n in pieces]
    out = {"table": table, "key": {k: _short(v) for k, v in expr.fetch1("KEY").items()}, "nwb_files": [],
           "parameters": [], "upstream": []}
    for full in order:
        fts = pieces[full]
        name = classes.get(full, (full, None))[0]
        first = fts[0]
        keys = first.primary_key
        attrs = [a for a, v in first.heading.attributes.items() if not v.codec and a not in keys]
        rows = _unique([{k: _short(v) for k, v in r.items()} for ft in fts for r in ft.proj(*attrs).to_dicts()], keys)
        hidden = first.heading._attributes or {}
        tier = "lookup" if name.endswith("Params") else ("manual" if "_prov" in hidden else "computed")
        entry = {"table": name, "tier": tier, "rows": rows}
        versions = [v for ft in fts for v in _hidden(ft, ["_job_version", "_job_start_time", "_job_duration"])]
        if versions:
            entry["computed_by"] = [{k: _short(str(v)) for k, v in r.items()} for r in versions]
        prov = [p for ft in fts for p in _hidden(ft, ["_prov"])]
        if prov:
            entry["provenance"] = [json.loads(r["_prov"]) if isinstance(r["_prov"], str) else r["_prov"] for r in prov]
        if name == "Nwbfile":
            for r in _unique([r for ft in fts for r in ft.to_dicts()], keys):
                path = Path(r["nwb_path"])
                now = sha256(path) if path.exists() else None
                out["nwb_files"].append({"path": str(path), "sha256": r["sha256"], "exists": path.exists(),
                                         "sha256_matches": now == r["sha256"] if now else False})
        (out["parameters"] if tier == "lookup" else out["upstream"]).append(entry)
    return out


def format_lineage(info: dict) -> str:
    """Human-readable lineage report."""
    lines = [f"Lineage of {info['table']} {info['key']}", "", "NWB source files:"]
    for f in info["nwb_files"]:
        state = "ok" if f["sha256_matches"] else ("MISSING" if not f["exists"] else "CHANGED since ingestion")
        lines.append(f"  {f['path']}\n    sha256 {f['sha256']}  [{state}]")
    lines.append("")
    lines.append("Parameter sets:")
    for p in info["parameters"]:
        for r in p["rows"]:
            lines.append(f"  {p['table']}: {r}")
    lines.append("")
    lines.append("Upstream rows (parents first) and the code that computed them:")
    for u in info["upstream"]:
        lines.append(f"  {u['table']} ({len(u['rows'])} row{'s' if len(u['rows']) != 1 else ''})")
        for r in u["rows"][:5]:
            lines.append(f"    {r}")
        if len(u["rows"]) > 5:
            lines.append(f"    ... {len(u['rows']) - 5} more")
        versions = sorted({c.get("_job_version", "") for c in u.get("computed_by", [])})
        if versions:
            lines.append(f"    computed by: {', '.join(v or '(unrecorded)' for v in versions)}")
        provs = u.get("provenance") or []
        if provs and provs[0]:
            src = provs[0].get("source", {})
            lines.append(f"    entered by: {src.get('version') or src.get('software', '?')} at {provs[0].get('time', '?')}")
    return "\n".join(lines)
