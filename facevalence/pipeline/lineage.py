"""Lineage of a row: the NWB file (path + sha256), parameter sets, code versions, upstream rows.

Built on DataJoint's own machinery: ``dj.Diagram.trace`` restricts every ancestor to the rows
the seed row depends on; the hidden job columns (``_job_version`` = facevalence version and
git commit, ``_job_start_time``, ``_job_duration``) and the ``_prov`` record of Manual rows
are read from the same restricted tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import datajoint as dj

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


def lineage(table: str, key: dict) -> dict:
    """Structured lineage of ``table & key`` (exactly one row expected)."""
    tables = schemas.all_tables()
    if table not in tables:
        raise KeyError(f"unknown table {table!r}; known: {', '.join(sorted(tables))}")
    cls = tables[table]
    key = coerce_key(cls, key)
    expr = cls & key
    n = len(expr)
    if n != 1:
        raise LookupError(f"{table} & {key} matches {n} rows; give the full primary key ({', '.join(cls.primary_key)})")
    names = {t.full_table_name: name for name, t in tables.items()}
    for name, t in tables.items():
        for part in getattr(t, "parts", lambda **_: [])(as_objects=True) if hasattr(t, "parts") else []:
            names.setdefault(part.full_table_name, f"{name}.{part.full_table_name.split('__')[-1]}")
    out = {"table": table, "key": {k: _short(v) for k, v in expr.fetch1("KEY").items()}, "nwb_files": [],
           "parameters": [], "upstream": []}
    for ft in dj.Diagram.trace(expr):
        name = names.get(ft.full_table_name, ft.full_table_name)
        keys = ft.primary_key
        attrs = [a for a, v in ft.heading.attributes.items() if not v.codec and a not in keys]
        rows = [{k: _short(v) for k, v in r.items()} for r in ft.proj(*attrs).to_dicts()]
        tier = "lookup" if name.endswith("Params") else ("manual" if "_prov" in (ft.heading._attributes or {}) else "computed")
        entry = {"table": name, "tier": tier, "rows": rows}
        versions = _hidden(ft, ["_job_version", "_job_start_time", "_job_duration"])
        if versions:
            entry["computed_by"] = [{k: _short(str(v)) for k, v in r.items()} for r in versions]
        prov = _hidden(ft, ["_prov"])
        if prov:
            entry["provenance"] = [json.loads(r["_prov"]) if isinstance(r["_prov"], str) else r["_prov"] for r in prov]
        if name == "Nwbfile":
            for r in ft.to_dicts():
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
            lines.append(f"    entered by: {src.get('software', '?')} {src.get('version', '')} at {provs[0].get('time', '?')}")
    return "\n".join(lines)
