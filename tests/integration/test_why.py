"""``facevalence status --why``: each reason a table skips a session, on real converted sessions."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
import yaml

from facevalence.pipeline.why import NEEDS, session_facts

EMPTY = {k: "" for k in ("video_object_id", "pose_object_id", "landmarks_object_id", "trials_object_id",
                         "photometry_object_id", "injection_object_id", "opto_object_id")}
FULL = {k: "id" for k in EMPTY} | {"role": "analysis"}


@pytest.mark.parametrize(("change", "has_prototype", "need", "words"), [
    ({"video_object_id": ""}, True, "video", "no face video"),
    ({"pose_object_id": ""}, True, "pose", "no DeepLabCut pose"),
    ({"pose_object_id": "", "landmarks_object_id": ""}, True, "landmarks", "no landmarks: neither a pose"),
    ({}, False, "prototype_mouse", "no prototype mouse ingested"),
    ({"role": "prototype"}, True, "analysis", "the prototype mouse: excluded"),
    ({}, True, "own_prototype", "only the prototype mouse's sessions"),
    ({"trials_object_id": ""}, True, "trials", "no trials"),
    ({"photometry_object_id": ""}, True, "photometry", "no photometry"),
    ({"injection_object_id": ""}, True, "injection", "no drug injection"),
    ({"opto_object_id": ""}, True, "laser", "no laser log"),
])
def test_each_reason(change, has_prototype, need, words):
    facts = session_facts(FULL | change, has_prototype)
    assert facts[need].startswith(words)
    others = session_facts(FULL | {"role": "prototype" if need == "own_prototype" else "analysis"}, True)
    assert not others[need]  # a session that has it is not given the reason
    assert any(need in needs for needs in NEEDS.values())


def _copy(src, dst, subject, edit=None):
    shutil.copytree(src, dst)
    meta = yaml.safe_load((dst / "session.yaml").read_text())
    meta["subject"]["id"] = subject
    meta["subject"]["role"] = "analysis"
    if edit:
        edit(meta, dst)
    (dst / "session.yaml").write_text(yaml.safe_dump(meta))
    return dst


def test_status_why_on_ingested_sessions(database, demo_cohort, tmp_path):
    from click.testing import CliRunner

    from facevalence.cli import main
    from facevalence.converters import convert_session
    from facevalence.pipeline.ingest import ingest
    from facevalence.pipeline.why import why_not
    from facevalence.schemas.kinematics import FaceFeatures, Kinematics

    stim = next(f for f in demo_cohort if "m02_ses-01" in f.name)
    drug = next(f for f in demo_cohort if (f / "landmarks.yaml").exists())

    def early_first_trial(meta, folder):
        log = pd.read_csv(folder / "stimuli.csv")
        log.loc[0, "onset_s"] = 2.0
        log.to_csv(folder / "stimuli.csv", index=False)

    def no_landmarks(meta, folder):
        meta["files"].pop("landmarks")

    a = convert_session(_copy(stim, tmp_path / "a", "why-a", early_first_trial), tmp_path / "nwb",
                        allow_short_baseline=True)
    b = convert_session(_copy(drug, tmp_path / "b", "why-b", no_landmarks), tmp_path / "nwb")
    c = convert_session(_copy(stim, tmp_path / "c", "why-c"), tmp_path / "nwb")
    keys = [ingest(p) for p in (a, b, c)]
    assert FaceFeatures.populate(keys[0], suppress_errors=True)["success_count"] == 1
    assert Kinematics.populate(keys[0], suppress_errors=True)["success_count"] == 1
    # a session whose NWB file went missing after ingestion fails, and the job says why
    moved = c.with_suffix(".moved")
    c.rename(moved)
    try:
        FaceFeatures.populate(keys[2], reserve_jobs=True, suppress_errors=True)
    finally:
        moved.rename(c)

    found = {(s.table, s.subject_id): s.reason for s in why_not() if s.subject_id.startswith("why-")}
    assert found[("Registration", "why-b")].startswith("no landmarks: neither a pose")
    assert found[("FaceFeatures", "why-b")].startswith("no DeepLabCut pose")
    assert found[("DrugEffect", "why-a")].startswith("no drug injection")
    assert found[("Kinematics", "why-a")].startswith("made, but 1 trial(s) have less than 4 s of baseline")
    first = pd.read_csv(tmp_path / "a" / "stimuli.csv").iloc[0]
    assert f"row 1 ({first['stimulus']} at 2 s) has 2.00 s of face video" in found[("Kinematics", "why-a")]
    assert found[("FaceFeatures", "why-c")].startswith("failed:") and "why-c" in found[("FaceFeatures", "why-c")]
    assert found[("Kinematics", "why-c")].startswith("FaceFeatures: failed:")  # the chain names where it stops
    assert found[("PrototypeScore", "why-a")].split(":")[0] in ("no prototype mouse ingested (a subject with role",
                                                                "Registration", "to do")
    assert ("FaceFeatures", "why-a") not in found
    out = CliRunner().invoke(main, ["status", "--why"])
    assert out.exit_code == 0, out.output
    assert "no landmarks: neither a pose" in out.output and "sub-why-b_ses-03" in out.output
