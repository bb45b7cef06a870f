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
import textwrap
from pathlib import Path

import yaml

from facevalence.errors import InputError

#: dandiset.yaml written when no template is given; {placeholders} are filled from the database
#: ({contributors}: the sessions' experimenters as DANDI Person entries, their lab as affiliation).
TEMPLATE = """\
identifier: DANDI:000000   # replace with the identifier DANDI gives your dandiset before uploading
name: "{name}"
description: "{description}"
license: [spdx:CC-BY-4.0]
contributor:
{contributors}
keywords: [emotional valence, facial expression, mouse, fiber photometry, facevalence]
"""


def contributors(sessions: list[dict], contact_email: str | None = None) -> list[dict]:
    """DANDI contributors from the sessions' metadata: every experimenter ("Last, First") a Person,
    affiliated with the session's lab and institution; with ``contact_email`` the first is the
    contact person (DANDI requires the contact's email).

    Parameters
    ----------
    sessions : list of dict
        Rows with ``experimenter`` ("; "-joined names), ``lab`` and ``institution``.
    contact_email : str, optional
        The first experimenter's email address.

    Returns
    -------
    list of dict
        dandischema ``Person`` records (schemaKey, name, roleName, includeInCitation, affiliation).
    """
    people: dict[str, set[str]] = {}
    for s in sessions:
        place = ", ".join(x for x in (s.get("lab", ""), s.get("institution", "")) if x)
        for name in filter(None, (n.strip() for n in str(s.get("experimenter", "")).split(";"))):
            people.setdefault(name, set()).update({place} if place else set())
    out = []
    for i, (name, places) in enumerate(people.items()):
        contact = i == 0 and bool(contact_email)
        roles = ["dcite:Author", "dcite:DataCollector"] + (["dcite:ContactPerson"] if contact else [])
        person = {"schemaKey": "Person", "name": name, "roleName": roles, "includeInCitation": True}
        if contact:
            person["email"] = contact_email
        if places:
            person["affiliation"] = [{"schemaKey": "Affiliation", "name": p} for p in sorted(places)]
        out.append(person)
    return out


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
                 progress=print, restriction=None, contact_email: str | None = None) -> dict:
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
    chosen = Nwbfile * Session.proj("experimenter", "lab", "institution")
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
        labs = sorted({s["lab"] for s in sessions} - {""})
        mice = len({s["subject_id"] for s in sessions})
        people = contributors(sessions, contact_email)
        if not contact_email:
            progress("dandiset.yaml: no contact person (DANDI needs one with an email before publishing; "
                     "pass --contact-email)")
        values = {"name": f"facevalence export: {len(sessions)} sessions of {mice} mice",
                  "description": "Mouse facial-expression video, pose, photometry and optogenetics sessions with the "
                                 "facevalence analysis results (Chen et al. 2025, Adv. Sci., doi 10.1002/advs.202417156).",
                  "lab": ", ".join(labs) or "unknown lab",
                  "contributors": textwrap.indent(yaml.safe_dump(people, sort_keys=False), "  ").rstrip()}
        text = dandiset_yaml(template or TEMPLATE, values)
        out.mkdir(parents=True, exist_ok=True)
        (out / "dandiset.yaml").write_text(text)
        progress(f"dandi organize: {len(raw)} raw + {len(analysis)} analysis files -> {out}")
        _run(["organize", "-d", str(out), "-f", "copy", "--update-external-file-paths", "--media-files-mode", "copy",
              *map(str, raw), *map(str, analysis)], "organize")
    name_by_role(out)
    progress("dandi validate")
    res = _run(["validate", str(out)], "validate", check=False)  # its errors are reported below
    output = res.stdout + res.stderr
    errors = validation_errors(output)
    if res.returncode != 0 or errors:
        raise RuntimeError(f"dandi validate found {len(errors)} error(s) in {out}: {errors[0] if errors else output[-300:]}")
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*.nwb"))
    return {"files": files, "validate": "no errors", "upload": upload_deposit(out) if upload else "not uploaded (pass --upload)"}


def _is_analysis(path: Path) -> bool:
    import h5py

    with h5py.File(path, "r") as f:
        return "processing/facevalence" in f


def name_by_role(out: Path) -> list[Path]:
    """Name each organised file by its role: ``_desc-raw`` or ``_desc-analysis`` after the session
    entity, in place of the ``_obj-<hash>`` dandi organize adds to tell two files of one session
    apart. A raw file's video folder follows its new name, and the file's external paths with it.

    Parameters
    ----------
    out : Path
        The organised deposit.

    Returns
    -------
    list of Path
        The files' new paths.
    """
    import h5py

    renamed = []
    for path in sorted(out.rglob("*.nwb")):
        role = "analysis" if _is_analysis(path) else "raw"
        stem = re.sub(r"_obj-[0-9a-z]+", "", path.stem)
        stem = re.sub(r"^(sub-[^_]+(?:_ses-[^_]+)?)", rf"\1_desc-{role}", stem)
        new = path.with_name(stem + path.suffix)
        media, new_media = path.with_suffix(""), new.with_suffix("")
        if media.is_dir():  # the videos dandi organize copied beside the file, named after it
            media.rename(new_media)
            path.chmod(0o644)
            with h5py.File(path, "r+") as f:
                for paths in _external_files(f):
                    paths[...] = [str(v.decode() if isinstance(v, bytes) else v).replace(
                        f"{media.name}/", f"{new_media.name}/", 1) for v in paths[()]]
            path.chmod(0o444)
        path.rename(new)
        renamed.append(new)
    return renamed


def _external_files(f) -> list:
    """Every ``external_file`` dataset of an open HDF5 file (ImageSeries video paths)."""
    found = []
    f.visititems(lambda name, obj: found.append(obj) if name.endswith("/external_file") else None)
    return found


def upload_deposit(out: Path) -> str:
    """``dandi upload`` of a validated deposit folder, or what is missing for it (the API key)."""
    if not os.environ.get("DANDI_API_KEY"):
        return ("not uploaded: set DANDI_API_KEY (dandiarchive.org -> your account -> API key) and put your "
                "dandiset's identifier in dandiset.yaml, then run again with --upload")
    _run(["upload"], "upload", cwd=out)
    return "uploaded"
