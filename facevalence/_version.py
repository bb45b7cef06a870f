"""Package version and the git commit of the code that is running."""

from __future__ import annotations

import functools
import subprocess
from importlib import metadata
from pathlib import Path

try:
    __version__ = metadata.version("facevalence")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"


@functools.cache
def git_commit() -> str:
    """Short commit hash of the facevalence source tree, '' when it is not a git checkout."""
    here = Path(__file__).resolve().parent
    try:
        out = subprocess.run(
            ["git", "-C", str(here), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    if out.returncode != 0:
        return ""
    dirty = subprocess.run(
        ["git", "-C", str(here), "status", "--porcelain", "--untracked-files=no", "--", "."],
        capture_output=True,
        text=True,
        timeout=5,
    )
    return out.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")


def code_version() -> str:
    """'facevalence <version> git <commit>' as recorded with every computed row (max 64 chars)."""
    commit = git_commit()
    text = f"facevalence {__version__}" + (f" git {commit}" if commit else "")
    return text[:64]
