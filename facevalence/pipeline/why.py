"""Why a table has no row for a session: ``facevalence status --why``.

A table computes a session only when the session has what the method needs (a face video, a pose,
landmarks, trials, photometry, an injection, a laser log) and when its upstream tables have made
their rows. A lab that sees 0 rows needs the reason, not a count: for every table with a session
in its key, each session it will not (or did not) compute is listed with the first reason that
holds, in the order the pipeline would meet them.
"""

from __future__ import annotations

from dataclasses import dataclass

from facevalence import schemas
from facevalence.io.nwb import conversion_warnings
from facevalence.schemas.face import PrototypeMouse
from facevalence.schemas.locomotion import Running
from facevalence.schemas.session import Nwbfile, Subject

SESSION = ("subject_id", "session_id")


@dataclass(frozen=True)
class Skip:
    """One session a table has no row for, and why."""

    table: str
    subject_id: str
    session_id: str
    reason: str


def session_facts(session: dict, has_prototype: bool) -> dict[str, str]:
    """Every reason a session may lack something a table needs, keyed by the need ("": it has it).

    Parameters
    ----------
    session : dict
        An Nwbfile row (its ``*_object_id`` columns) with the subject's ``role``.
    has_prototype : bool
        Whether a prototype mouse is ingested.

    Returns
    -------
    dict of str to str
    """
    role = session["role"]
    return {
        "video": "" if session["video_object_id"] else "no face video (files.face_video): a photometry-only session",
        "pose": "" if session["pose_object_id"] else "no DeepLabCut pose (files.pose)",
        "landmarks": "" if session["pose_object_id"] or session["landmarks_object_id"] else
        "no landmarks: neither a pose (files.pose) nor hand-placed landmarks (files.landmarks)",
        "prototype_mouse": "" if has_prototype else "no prototype mouse ingested (a subject with role: prototype)",
        "analysis": "" if role == "analysis" else "the prototype mouse: excluded from every analysis but the prototypes",
        "own_prototype": "" if role == "prototype" else "only the prototype mouse's sessions (they build the prototypes)",
        "trials": "" if session["trials_object_id"] else "no trials (files.stimulus_log)",
        "photometry": "" if session["photometry_object_id"] else "no photometry (files.photometry)",
        "injection": "" if session["injection_object_id"] else "no drug injection (session.injection)",
        "laser": "" if session["opto_object_id"] else "no laser log (files.laser_log)",
        "running": "" if session.get("running_object_id") else "no running speed (files.running)",
    }


#: What each session-level table needs from the session itself, in the order it is checked.
NEEDS: dict[str, tuple[str, ...]] = {
    "Registration": ("video", "landmarks", "prototype_mouse"),
    "RegisteredHOG": ("video", "own_prototype", "trials"),
    "HOGFeatures": ("video", "trials"),
    "MotionEnergy": ("video",),
    "PrototypeScore": ("video", "analysis", "prototype_mouse"),
    "Arousal": ("video", "trials"),
    "CumulativeSimilarity": ("video", "analysis", "trials"),
    "DrugEffect": ("video", "analysis", "injection"),
    "Embedding": ("video", "analysis", "trials"),
    "FaceFeatures": ("pose", "analysis"),
    "Kinematics": ("pose", "analysis"),
    "KeypointPCA": ("pose", "analysis"),
    "PhotometryTrace": ("photometry",),
    "PhotometryPSTH": ("photometry", "trials"),
    "FaceNeuralCorrelation": ("photometry", "video", "analysis", "trials"),
    "OptoEffect": ("laser", "video", "pose", "analysis"),
    "TrialRunning": ("running", "trials"),
}
#: Trial-based tables whose trials may have been converted with less than the 4 s of baseline.
TRIAL_TABLES = ("Kinematics", "PhotometryPSTH", "HOGFeatures", "PrototypeScore")


def _session_parents(every: dict[str, type]) -> dict[str, list[str]]:
    """Each session-level table -> the session-level tables it reads (DataJoint's dependency graph)."""
    names = {every[n].full_table_name: n for n in NEEDS}
    return {n: [names[p] for p in every[n].parents(as_objects=False) if p in names] for n in NEEDS}


def why_not(tables: list[str] | None = None, sessions: list[dict] | None = None) -> list[Skip]:
    """Every session each session-level table has no row for, with the reason.

    Parameters
    ----------
    tables : list of str, optional
        Table names; default every session-level table.
    sessions : list of dict, optional
        Session keys (``subject_id``, ``session_id``); default every ingested session.

    Returns
    -------
    list of Skip
        Reasons in order of precedence: what the session lacks (no pose, no landmarks, no trials,
        the prototype mouse, ...), then an upstream table's own reason, then a failed or reserved
        job, then "to do" (in the key source, not made yet). Trials kept with less than 4 s of
        baseline (``convert --allow-short-baseline``) are listed for the trial-based tables too.
    """
    every = schemas.all_tables()
    parents = _session_parents(every)
    sessions = (Nwbfile * Subject.proj("role") & (sessions if sessions is not None else {})).to_dicts(order_by=SESSION)
    running = {(r["subject_id"], r["session_id"]): r["running_object_id"] for r in Running.to_dicts()}
    sessions = [{**s, "running_object_id": running.get((s["subject_id"], s["session_id"]), "")} for s in sessions]
    has_prototype = bool(len(PrototypeMouse()))
    facts = {(s["subject_id"], s["session_id"]): session_facts(s, has_prototype) for s in sessions}
    short = {(s["subject_id"], s["session_id"]): conversion_warnings(s["nwb_path"]) for s in sessions}
    cache: dict[tuple[str, tuple], str] = {}

    def reason(name: str, sid: tuple) -> str:
        """Why ``name`` has no row for session ``sid`` ("" when it has one)."""
        if (name, sid) in cache:
            return cache[(name, sid)]
        table = every[name]
        key = dict(zip(SESSION, sid, strict=True))
        text = ""
        if not table & key:
            text = next((facts[sid][need] for need in NEEDS[name] if facts[sid][need]), "")
            for parent in parents[name] if not text else ():
                upstream = reason(parent, sid)
                if upstream:  # name the table where the chain stops, once
                    text = upstream if upstream.split(":")[0] in NEEDS else f"{parent}: {upstream}"
                    break
            if not text:
                text = _job_state(table, key)
        cache[(name, sid)] = text
        return text

    out = []
    for name in tables or list(NEEDS):
        for sid in facts:
            text = reason(name, sid)
            if text:
                out.append(Skip(name, *sid, text))
            elif name in TRIAL_TABLES and short[sid]:
                out.append(Skip(name, *sid, f"made, but {len(short[sid])} trial(s) have less than 4 s of baseline "
                                            f"(converted with --allow-short-baseline): {short[sid][0]}"))
    return out


def _job_state(table, key: dict) -> str:
    """A session that is in the table's key source: failed, being made, or waiting its turn."""
    if table.jobs.is_declared:
        for job in (table.jobs & key).to_dicts():
            if job["status"] == "error":
                message = (job.get("error_message") or "").strip().splitlines()
                return f"failed: {message[0] if message else 'see the job table'}"
            if job["status"] == "reserved":
                return f"being made (reserved by {job.get('host', '?')} pid {job.get('pid', '?')})"
            if job["status"] == "ignore":
                return "skipped by choice (its job is marked ignore)"
    if table.key_source & key:
        return "to do: run facevalence populate"
    return "waits for a pooled input (e.g. the prototypes) or a parameter set that covers it"


def format_why(skips: list[Skip]) -> str:
    """The ``status --why`` listing: one block per table, one line per reason with its sessions.

    Parameters
    ----------
    skips : list of Skip

    Returns
    -------
    str
    """
    grouped: dict[str, dict[str, list[str]]] = {}
    for skip in skips:
        grouped.setdefault(skip.table, {}).setdefault(skip.reason, []).append(f"sub-{skip.subject_id}_ses-{skip.session_id}")
    lines = []
    for table, reasons in grouped.items():
        lines.append(table)
        for text, names in reasons.items():
            lines.append(f"  {text}  [{len(names)}]: {', '.join(names)}")
    return "\n".join(lines) if lines else "every table has a row for every session it can compute"
