"""The package keeps its shape: layers import one way, methods touch no file or database, every
table's make is fetch -> one method -> insert with no query after the fetch (an AST walk over the
source, so a change that breaks the shape fails here rather than in review)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "facevalence"

#: Layer of each top-level name: a module may import only from its own layer or below.
LAYERS = {"errors": 0, "config": 0, "_version": 0, "methods": 1, "io": 2, "converters": 3, "schemas": 4,
          "db": 5, "pipeline": 5, "queries": 5, "demo": 6, "figures": 6, "export": 6, "report": 6, "live": 6, "cli": 7}

#: Calls that read or write the database (or delete files) and may only happen in make_fetch.
QUERIES = {"fetch", "fetch1", "to_dicts", "to_pandas", "to_arrays", "delete", "delete_quick", "unlink", "rmtree"}
#: Calls and imports that touch files, video or the database: none of them belongs in methods/.
FILE_CALLS = {("av", "open"), ("torch", "load"), ("torch", "save"), ("np", "load"), ("np", "save"), ("cv2", "imread"),
              ("cv2", "imwrite"), ("cv2", "VideoCapture")}
FILE_IMPORTS = ("av", "datajoint", "pynwb", "h5py", "facevalence.io", "facevalence.schemas", "facevalence.db")
MAX_MAKE_LINES = 30


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS[parts[1]] if len(parts) > 1 else max(LAYERS.values())


def _imports(path: Path) -> list[tuple[str, int]]:
    """Every facevalence module ``path`` imports (lazy imports inside functions too), with the line."""
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("facevalence"):
            if node.module != "facevalence":  # `from facevalence import db` imports facevalence.db, not the root
                out.append((node.module, node.lineno))
            out += [(f"{node.module}.{a.name}", node.lineno) for a in node.names if f"{node.module}.{a.name}" in MODULES]
        elif isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names if a.name.startswith("facevalence")]
    return [(m, line) for m, line in out if m in MODULES]


def test_every_top_level_name_has_a_layer():
    assert {m.split(".")[1] for m in MODULES if "." in m} <= set(LAYERS)


def test_imports_flow_one_way():
    wrong = [f"{m}:{line} imports {target}" for m, path in MODULES.items() for target, line in _imports(path)
             if _layer(target) > _layer(m)]
    assert not wrong, "imports against the layer order (errors/config <- methods <- io <- converters <- schemas <- " \
                      "db/pipeline <- figures/export/demo <- cli):\n" + "\n".join(wrong)


def test_no_import_cycle():
    graph = {m: {t for t, _ in _imports(p) if t != m and not m.startswith(t + ".")} for m, p in MODULES.items()}
    state: dict[str, int] = {}

    def visit(m, trail):
        state[m] = 1
        for t in sorted(graph[m]):
            if state.get(t) == 1:
                pytest.fail("import cycle: " + " -> ".join([*trail[trail.index(t):], t]) if t in trail else t)
            if t not in state:
                visit(t, [*trail, t])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])


def test_every_module_imports_on_its_own():
    code = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\n"
    done = subprocess.run([sys.executable, "-c", code, *MODULES], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]


def _call_name(node: ast.Call) -> tuple[str, str]:
    func = node.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else ""
        return owner, func.attr
    return "", func.id if isinstance(func, ast.Name) else ""


def test_methods_touch_no_file_and_no_database():
    wrong = []
    for m, path in MODULES.items():
        if not m.startswith("facevalence.methods"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                owner, name = _call_name(node)
                if (owner, name) in FILE_CALLS or (owner == "" and name == "open") or name in ("read_text", "write_text",
                                                                                               "read_bytes", "write_bytes"):
                    wrong.append(f"{m}:{node.lineno} calls {owner + '.' if owner else ''}{name}")
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            wrong += [f"{m}:{node.lineno} imports {n}" for n in names if n.split(".")[0] in FILE_IMPORTS
                      or any(n == f or n.startswith(f + ".") for f in FILE_IMPORTS)]
    assert not wrong, "methods/ must stay pure (files and video belong to io/):\n" + "\n".join(wrong)


def test_public_methods_and_readers_have_numpy_docstrings():
    """Every public function of methods/ and io/ says what it takes and gives (numpy style) and,
    in methods/, which part of the paper it implements."""
    wrong = []
    for m, path in MODULES.items():
        if not m.startswith(("facevalence.methods", "facevalence.io")):
            continue
        for node in ast.parse(path.read_text()).body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            doc = ast.get_docstring(node) or ""
            takes = node.args.args + node.args.kwonlyargs + ([node.args.vararg] if node.args.vararg else [])
            missing = [s for s, needed in (("Parameters", bool(takes)), ("Returns", True)) if needed
                       and f"{s}\n{'-' * len(s)}" not in doc]
            if m.startswith("facevalence.methods") and not any(w in doc for w in ("paper", "Fig.", "Methods")):
                missing.append("a paper reference")
            if missing:
                wrong.append(f"{m}.{node.name} (line {node.lineno}): no {', '.join(missing)}")
    assert not wrong, "public functions need numpy docstrings:\n" + "\n".join(wrong)


def _tables():
    """(module, class, methods) of every class in schemas/; methods include those of its base classes
    defined anywhere in schemas/ (mixins holding shared make steps are checked as part of the tables)."""
    classes = {}
    for m, path in MODULES.items():
        if m.startswith("facevalence.schemas"):
            classes.update({n.name: (m, n) for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.ClassDef)})
    mixins = {b.id for _, c in classes.values() for b in c.bases if isinstance(b, ast.Name) and b.id in classes}
    for name, (m, node) in classes.items():
        if name in mixins:
            continue

        def lineage(cls):  # the class and its in-package bases, most basic first
            bases = [b.id for b in cls.bases if isinstance(b, ast.Name) and b.id in classes]
            return [c for b in reversed(bases) for c in lineage(classes[b][1])] + [cls]

        methods = {}
        for cls in lineage(node):
            methods.update({f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)})
        yield m, node, methods


def test_compute_and_insert_steps_never_query():
    wrong = []
    for m, cls, methods in _tables():
        for step in ("make_compute", "make_insert"):
            if step not in methods:
                continue
            for node in ast.walk(methods[step]):
                if isinstance(node, ast.Call) and _call_name(node)[1] in QUERIES:
                    wrong.append(f"{m}.{cls.name}.{step}:{node.lineno} calls {_call_name(node)[1]}")
                if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd):
                    wrong.append(f"{m}.{cls.name}.{step}:{node.lineno} restricts a query (&)")
    assert not wrong, "only make_fetch reads the database:\n" + "\n".join(wrong)


def test_every_make_is_short_and_tripartite_when_it_computes():
    wrong = []
    for m, cls, methods in _tables():
        for name, func in methods.items():
            if name.startswith("make") and func.end_lineno - func.lineno + 1 > MAX_MAKE_LINES:
                wrong.append(f"{m}.{cls.name}.{name}: {func.end_lineno - func.lineno + 1} lines")
        steps = {"make_fetch", "make_compute", "make_insert"} & set(methods)
        if steps and len(steps) < 3:
            wrong.append(f"{m}.{cls.name}: has {sorted(steps)} but not all three steps")
    assert not wrong, f"a make reads in <= {MAX_MAKE_LINES} lines, as make_fetch/make_compute/make_insert:\n" + \
        "\n".join(wrong)


def test_short_makes_fetch_everything_before_they_insert():
    wrong = []
    for m, cls, methods in _tables():
        if "make" not in methods:
            continue
        calls = [n for n in ast.walk(methods["make"]) if isinstance(n, ast.Call)]
        inserts = [n.lineno for n in calls if _call_name(n)[1] in ("insert", "insert1")]
        queries = [n.lineno for n in calls if _call_name(n)[1] in QUERIES]
        if inserts and queries and max(queries) > min(inserts):
            wrong.append(f"{m}.{cls.name}.make:{max(queries)} queries after its first insert (line {min(inserts)})")
    assert not wrong, "a short make is fetch -> method -> insert:\n" + "\n".join(wrong)
