"""NWB file -> Subject, Session, Nwbfile, Trial rows (one transaction; the file stays the source of truth)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from facevalence.errors import InputError
from facevalence.io.extension import subject_fields
from facevalence.io.names import RUNNING_SERIES
from facevalence.io.nwb import injection_events, object_ids, open_nwb, sha256
from facevalence.pipeline.cohorts import delete_pooled_of, sync_cohorts
from facevalence.schemas.face import PrototypeMouse
from facevalence.schemas.locomotion import Running
from facevalence.schemas.session import Injection, Nwbfile, Session, Stimulus, Subject, Trial


def read_rows(nwb_path: str | Path) -> dict:
    """Rows to insert for one NWB file, read without touching the database."""
    path = Path(nwb_path).resolve()
    try:
        with open_nwb(path) as nwb:
            subj = nwb.subject
            if subj is None or not subj.subject_id:
                raise InputError(path, "subject.subject_id", "the NWB file has no subject")
            injections = injection_events(nwb)
            # a live readout's recording where no trigger fired has neither (facevalence.live.record)
            if (nwb.trials is None or len(nwb.trials) == 0) and not injections and nwb.protocol != "live":
                raise InputError(path, "trials", "the NWB file has no trials table (and no drug injection; only "
                                                 "protocol live may have neither)")
            trials = nwb.trials.to_dataframe() if nwb.trials is not None else pd.DataFrame(columns=["stimulus", "valence"])
            ids = object_ids(nwb)
            running = None
            if ids["running"]:
                running = {"running_object_id": ids["running"],
                           "description": nwb.processing["behavior"][RUNNING_SERIES].description[:1024]}
            desc = subj.description or ""
            extra = subject_fields(nwb)
            if extra is None:  # a file written by facevalence 0.1: the fields were key: value lines in notes
                extra = {}
                for line in (nwb.notes or "").splitlines():
                    if ":" in line:
                        k, v = line.split(":", 1)
                        extra[k.strip()] = v.strip()
            subject = {
                "subject_id": subj.subject_id, "species": subj.species or "", "sex": subj.sex or "U",
                "age": subj.age or "", "date_of_birth": subj.date_of_birth.date() if subj.date_of_birth else None,
                "genotype": subj.genotype or "", "cell_type": extra.get("cell_type", ""),
                "role": extra.get("role") or "analysis", "subject_group": extra.get("subject_group", ""),
                "description": desc[:1000],
            }
            session = {
                "subject_id": subj.subject_id, "session_id": nwb.session_id or Path(path).stem,
                "session_start_time": nwb.session_start_time.replace(tzinfo=None),
                "experimenter": "; ".join(nwb.experimenter or [])[:255], "lab": nwb.lab or "",
                "institution": nwb.institution or "", "protocol": nwb.protocol or "",
                "session_description": (nwb.session_description or "")[:2000],
            }
    except InputError:
        raise
    except Exception as err:
        raise InputError(path, "file", f"not a readable NWB file: {type(err).__name__}: {err}") from None
    key = {"subject_id": session["subject_id"], "session_id": session["session_id"]}
    nwbfile = {**key, "nwb_path": str(path), "sha256": sha256(path), "size_bytes": path.stat().st_size,
               "nwb_object_id": ids["nwbfile"], "video_object_id": ids["video"], "pose_object_id": ids["pose"],
               "landmarks_object_id": ids["landmarks"], "injection_object_id": ids["injection"],
               "photometry_object_id": ids["photometry_signal"], "control_object_id": ids["photometry_control"],
               "trials_object_id": ids["trials"], "opto_object_id": ids["opto"]}
    for column in ("stimulus", "valence"):
        if column not in trials.columns:
            raise InputError(path, f"trials.{column}", "missing column (files written by facevalence convert have it)")
        too_long = [v for v in trials[column].astype(str) if len(v) > 32 or not v]
        if too_long:
            raise InputError(path, f"trials.{column}", f"{too_long[0]!r}: names must be 1-32 characters")
    unknown = sorted(set(trials["valence"].astype(str)) - {"positive", "negative", "neutral"})
    if unknown:
        raise InputError(path, "trials.valence", f"{unknown[0]!r} is not positive, negative or neutral")
    trial_rows = []
    for i, row in enumerate(trials.itertuples()):
        trial_rows.append({**key, "trial_id": i, "stimulus": str(row.stimulus), "valence": str(row.valence),
                           "start_time": float(row.start_time), "stop_time": float(row.stop_time),
                           "laser_on": bool(getattr(row, "laser_on", False))})
    injection_rows = [{**key, "injection_id": i, **inj} for i, inj in enumerate(injections)]
    return {"subject": subject, "session": session, "nwbfile": nwbfile, "trials": trial_rows, "injections": injection_rows,
            "running": None if running is None else {**key, **running}}


def ingest(nwb_path: str | Path, replace: bool = False) -> dict:
    """Insert one NWB file's rows in a single transaction; already-ingested files are skipped.

    Returns the session key. A file whose sha256 differs from the one ingested under the same
    session is refused (NWB files are never edited in place) unless ``replace`` is set, which
    deletes that session and everything computed from it, in the same transaction as the new rows:
    if anything fails, the old session and its results stay as they were.
    """
    import datajoint as dj

    rows = read_rows(nwb_path)
    key = {k: rows["session"][k] for k in ("subject_id", "session_id")}
    existing = Nwbfile & key
    if existing:
        old = existing.fetch1("sha256")
        if old == rows["nwbfile"]["sha256"]:
            return key
        if not replace:
            raise InputError(nwb_path, "sha256", f"session {key} was ingested from a different file "
                             f"(sha256 {old[:12]}...); use --replace to delete it and ingest this one")
    conn = dj.conn()
    with conn.transaction:
        if existing:
            delete_pooled_of(key)  # what pooled the old data, then the session (it leaves its cohorts)
            (Session & key).delete(transaction=False, prompt=False, part_integrity="ignore")
        Subject.insert1(rows["subject"], skip_duplicates=True)
        if rows["subject"]["role"] == "prototype":
            PrototypeMouse.insert1({"proto_id": rows["subject"]["subject_id"], "subject_id": rows["subject"]["subject_id"]},
                                   skip_duplicates=True)
        known = set(Stimulus.to_arrays("stimulus"))
        new = {(t["stimulus"], t["valence"]) for t in rows["trials"] if t["stimulus"] not in known}
        Stimulus.insert([{"stimulus": s, "default_valence": v} for s, v in sorted(new)], skip_duplicates=True)
        Session.insert1(rows["session"])
        Nwbfile.insert1(rows["nwbfile"])
        Trial.insert(rows["trials"])
        Injection.insert(rows["injections"])
        if rows["running"]:
            Running.insert1(rows["running"])
        sync_cohorts()
    return key
