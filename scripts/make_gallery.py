"""Regenerate the README gallery (docs/gallery/*.png) from the demo's tables.

Run ``make demo`` first, then ``make gallery`` (or ``python scripts/make_gallery.py``). The figures
are drawn by ``facevalence.figures`` from the ``facevalence_demo_*`` schemas, exactly as
``facevalence figures`` draws a lab's own; only the PNGs are kept.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "gallery"


def main() -> int:
    os.environ.setdefault("FACEVALENCE_PREFIX", os.environ.get("FACEVALENCE_DEMO_PREFIX", "facevalence_demo"))
    from facevalence import db
    from facevalence.figures import make_figures
    from facevalence.schemas.session import Subject

    db.connect()
    if not Subject():
        print(f"error: no demo tables in schemas {db.schema_prefix()}_*; run `make demo` first", file=sys.stderr)
        return 2
    drawn = make_figures(OUT)
    for name, result in drawn.items():
        if isinstance(result, str):
            print(f"{name}: {result}", file=sys.stderr)
            continue
        for path in result:
            if path.suffix == ".pdf":
                path.unlink()
        print(f"{name}: {OUT / (name + '.png')}")
    return 1 if any(isinstance(r, str) for r in drawn.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
