"""Render the table diagram (DataJoint's Diagram of every facevalence schema) to docs/diagram.svg.

Declares the schemas in a throwaway embedded PostgreSQL (no data needed), so it runs anywhere;
needs Graphviz's `dot` (apt install graphviz). Run by `make diagram`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "diagram.svg"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="facevalence-diagram-") as tmp:
        os.environ["FACEVALENCE_DATA_DIR"] = tmp
        os.environ["FACEVALENCE_PREFIX"] = "diagram"
        os.environ.pop("DJ_HOST", None)
        import datajoint as dj

        from facevalence import db, schemas

        db.connect()
        context = dict(schemas.all_tables())
        diagram = None
        for module in schemas.MODULES.values():
            part = dj.Diagram(module.schema, context=context)
            diagram = part if diagram is None else diagram + part
        OUT.parent.mkdir(parents=True, exist_ok=True)
        dot = diagram.make_dot()
        # DataJoint 2.3.5 leaves networkx bookkeeping (e.g. node_type=<class ...>) on the nodes, which
        # Graphviz cannot parse, and tooltips holding quoted comments break its quoting; Diagram.save's SVG
        # path also needs IPython. Render the dot graph ourselves.
        for node in dot.get_nodes():
            for attr in ("node_type", "primary_key", "introduces_dimension", "tooltip"):
                node.obj_dict["attributes"].pop(attr, None)
        OUT.write_bytes(dot.create(format="svg"))
        db.stop_embedded(force=True)  # before its data dir is deleted: the server outlives this process
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
