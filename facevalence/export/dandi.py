"""``facevalence export-dandi DIR``: raw + analysis NWB files in DANDI layout, validated.

Steps: write every session's analysis NWB file (into a temporary folder), write ``dandiset.yaml``
from a template, ``dandi organize`` raw and analysis files into DIR (``sub-<id>/sub-<id>_ses-<id>_
<modalities>.nwb``; videos referenced by the raw files are copied next to them and their paths
rewritten), then ``dandi validate DIR`` (offline, ``DANDI_NO_ET=1``). ``upload=True`` calls
``dandi upload`` when ``DANDI_API_KEY`` is set.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from facevalence.errors import InputError

#: dandiset.yaml written when no template is given; {placeholders} are filled from the database.
TEMPLATE = """\
identifier: DANDI:000000   # replace with the identifier DANDI gives your dandiset before uploading
name: "{name}"
description: "{description}"
license: [spdx:CC-BY-4.0]
contributor:
  - name: "{lab}"
    roleName: [dcite:ContactPerson]
    schemaKey: Organization
keywords: [emotional valence, facial expression, mouse, fiber photometry, facevalence]
"""


def _dandi() -> list[str]:
    exe = shutil.which("dandi") or str(Path(sys.executable).with_name("dandi"))
    return [exe]


def _run(args: list[str], what: str, cwd: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """``dandi ARGS`` offline (``DANDI_NO_ET=1``); with ``check`` a non-zero exit raises with dandi's last lines."""
    env = {**os.environ, "DANDI_NO_ET": "1"}
    res = subprocess.run(_dandi() + args, capture_output=True, text=True, env=env, cwd=cwd)
    if check and res.returncode != 0:
        tail = " ".join((res.stderr or res.stdout).strip().splitlines()[-3:])
        raise RuntimeError(f"dandi {what} failed (exit {res.returncode}): {tail}")
    return res


def dandiset_yaml(template: str, values: dict) -> str:
    """The template with ``{name}``-style placeholders filled; refused when it is not YAML with a name."""
    text = template.format(**values)
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or "identifier" not in data or "name" not in data:
        raise InputError(None, "dandiset.yaml", "the template must give at least 'identifier' and 'name'")
    return text


def validation_errors(output: str) -> list[str]:
    """Error lines of ``dandi validate`` output (empty when it says no errors were found)."""
    if "No errors found" in output:
        return []
    return [line for line in output.splitlines() if re.search(r"\[(?i:error|critical)\]|\bERROR\b", line)] or [output.strip()]


def export_dandi(out_dir: str | Path, template: str | None = None, upload: bool = False,
                 progress=print, restriction=None) -> dict:
    """Export the ingested sessions (raw NWB + analysis NWB; those matching ``restriction``, a query
    on subject and session attributes, when given) into ``out_dir`` in DANDI layout and validate it.
    Returns ``{"files": [...], "validate": output, "upload": message}``.

    Raises
    ------
    InputError
        ``out_dir`` exists and is not empty, or nothing is ingested.
    RuntimeError
        ``dandi organize`` / ``validate`` failed (with dandi's last lines).
    """
    from facevalence.export.analysis import write_analysis_nwb
    from facevalence.schemas.session import Nwbfile, Session

    out = Path(out_dir).resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(out, "DIR", "not an empty folder: export-dandi writes into a new or empty folder")
    chosen = Nwbfile * Session.proj("experimenter")
    sessions = (chosen & restriction if restriction is not None else chosen).to_dicts(order_by=("subject_id", "session_id"))
    if not sessions:
        what = "no ingested session matches --cohort" if restriction is not None else "no session is ingested"
        raise InputError(None, "database", f"{what}: nothing to export")
    raw = [Path(s["nwb_path"]) for s in sessions]
    missing = [p for p in raw if not p.is_file()]
    if missing:
        raise InputError(missing[0], "nwb_path", "the ingested NWB file is gone (moved or deleted)")
    with tempfile.TemporaryDirectory(prefix="facevalence-analysis-") as stage:
        analysis = []
        for s in sessions:
            path = write_analysis_nwb(s, stage)
            if path is not None:
                analysis.append(path)
                progress(f"analysis NWB: {path.name}")
        labs = sorted({s["experimenter"] for s in sessions} - {""})
        mice = len({s["subject_id"] for s in sessions})
        values = {"name": f"facevalence export: {len(sessions)} sessions of {mice} mice",
                  "description": "Mouse facial-expression video, pose, photometry and optogenetics sessions with the "
                                 "facevalence analysis results (Chen et al. 2025, Adv. Sci., doi 10.1002/advs.202417156).",
                  "lab": ", ".join(labs) or "unknown lab"}
        text = dandiset_yaml(template or TEMPLATE, values)
        out.mkdir(parents=True, exist_ok=True)
        (out / "dandiset.yaml").write_text(text)
        progress(f"dandi organize: {len(raw)} raw + {len(analysis)} analysis files -> {out}")
        _run(["organize", "-d", str(out), "-f", "copy", "--update-external-file-paths", "--media-files-mode", "copy",
              *map(str, raw), *map(str, analysis)], "organize")
    progress("dandi validate")
    res = _run(["validate", str(out)], "validate", check=False)  # its errors are reported below
    output = res.stdout + res.stderr
    errors = validation_errors(output)
    if res.returncode != 0 or errors:
        raise RuntimeError(f"dandi validate found {len(errors)} error(s) in {out}: {errors[0] if errors else output[-300:]}")
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*.nwb"))
    return {"files": files, "validate": "no errors", "upload": upload_deposit(out) if upload else "not uploaded (pass --upload)"}


def upload_deposit(out: Path) -> str:
    """``dandi upload`` of a validated deposit folder, or what is missing for it (the API key)."""
    if not os.environ.get("DANDI_API_KEY"):
        return ("not uploaded: set DANDI_API_KEY (dandiarchive.org -> your account -> API key) and put your "
                "dandiset's identifier in dandiset.yaml, then run again with --upload")
    _run(["upload"], "upload", cwd=out)
    return "uploaded"
