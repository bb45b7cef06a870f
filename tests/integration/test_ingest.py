"""Ingestion into a real embedded PostgreSQL (in this process): one transaction per file,
nothing inserted when a file is refused or an insert fails half-way."""

from __future__ import annotations

import pandas as pd
import pytest

from facevalence.errors import InputError


def test_ingest_once_and_refuse_a_different_file(database, demo_nwb, tmp_path):
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas.face import PrototypeMouse
    from facevalence.schemas.session import Nwbfile, Subject, Trial

    for path in demo_nwb:
        ingest(path)
    assert len(Subject()) == 3 and len(Trial()) == 25 and len(Nwbfile()) == 8
    assert PrototypeMouse.to_arrays("subject_id").tolist() == ["proto"]
    ingest(demo_nwb[0])  # same file again: nothing changes
    assert len(Trial()) == 25
    other = tmp_path / demo_nwb[0].name
    other.write_bytes(demo_nwb[0].read_bytes() + b"\0")  # same session, different content
    with pytest.raises(InputError, match="sha256"):
        ingest(other)


def test_failed_insert_leaves_no_rows(database, demo_cohort, tmp_path, monkeypatch):
    import shutil

    from facevalence.converters import convert_session
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas import session as s

    folder = tmp_path / "sub-m09_ses-01"
    shutil.copytree(demo_cohort[1], folder)
    text = (folder / "session.yaml").read_text().replace("id: m01", "id: m09", 1)
    (folder / "session.yaml").write_text(text)
    path = convert_session(folder, tmp_path / "nwb")

    def broken(self, *args, **kwargs):  # fault injection: the last insert of the transaction fails
        raise RuntimeError("disk full")

    monkeypatch.setattr(s.Trial, "insert", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(path)
    monkeypatch.undo()
    key = {"subject_id": "m09"}
    assert not (s.Subject & key) and not (s.Session & key) and not (s.Nwbfile & key)


def test_replace_is_one_transaction(database, demo_cohort, tmp_path, monkeypatch):
    """ingest --replace deletes the old session and inserts the new file's rows in one transaction:
    a failure in between leaves the old session and its results as they were."""
    import shutil

    from facevalence.converters import convert_session
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas import session as s
    from facevalence.schemas.photometry import PhotometryTrace

    src = next(f for f in demo_cohort if "m02_ses-01" in f.name)
    folder = tmp_path / "sub-m10_ses-01"
    shutil.copytree(src, folder)
    (folder / "session.yaml").write_text((folder / "session.yaml").read_text().replace("id: m02", "id: m10", 1))
    old = convert_session(folder, tmp_path / "old")
    key = ingest(old)
    assert PhotometryTrace.populate(key, suppress_errors=True)["error_list"] == []
    before = len(PhotometryTrace & key)
    text = (folder / "session.yaml").read_text().replace("protocol: stimuli", "protocol: stimuli-v2")
    (folder / "session.yaml").write_text(text)
    new = convert_session(folder, tmp_path / "new")

    def broken(self, *args, **kwargs):  # fault injection: an insert after the delete fails
        raise RuntimeError("connection lost")

    monkeypatch.setattr(s.Trial, "insert", broken)
    with pytest.raises(RuntimeError, match="connection lost"):
        ingest(new, replace=True)
    monkeypatch.undo()
    assert (s.Session & key).fetch1("protocol") == "stimuli" and len(PhotometryTrace & key) == before > 0
    assert (s.Nwbfile & key).fetch1("nwb_path") == str(old)
    ingest(new, replace=True)
    assert (s.Session & key).fetch1("protocol") == "stimuli-v2" and not (PhotometryTrace & key)
    assert len(s.Trial & key) == len(pd.read_csv(folder / "stimuli.csv"))


def test_not_an_nwb_file(database, tmp_path):
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas.session import Subject

    bad = tmp_path / "broken.nwb"
    bad.write_bytes(b"not hdf5")
    before = len(Subject())
    with pytest.raises(InputError) as err:
        ingest(bad)
    assert "broken.nwb: file:" in str(err.value) and "\n" not in str(err.value)
    assert len(Subject()) == before


def test_prototype_from_a_mouse_without_negative_trials(database, demo_cohort, demo_nwb, tmp_path):
    import shutil

    import pandas as pd

    from facevalence.converters import convert_session
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas.face import Prototype, RegisteredHOG, Registration

    for path in demo_nwb:  # idempotent: the template mouse must be there
        ingest(path)
    folder = tmp_path / "sub-proto2_ses-01"
    shutil.copytree(demo_cohort[0], folder)  # the prototype mouse's raw folder
    (folder / "session.yaml").write_text((folder / "session.yaml").read_text().replace("id: proto", "id: proto2", 1))
    log = pd.read_csv(folder / "stimuli.csv")
    log[log.stimulus.isin(["sucrose", "nacl", "water"])].to_csv(folder / "stimuli.csv", index=False)
    ingest(convert_session(folder, tmp_path / "nwb"))
    key = {"proto_id": "proto2", "subject_id": "proto2"}
    Registration.populate(key)
    RegisteredHOG.populate(key)
    result = Prototype.populate({"proto_id": "proto2"}, suppress_errors=True)
    assert result["success_count"] == 0 and len(result["error_list"]) == 1
    message = result["error_list"][0][1]
    assert "prototype mouse proto2: no usable trials" in message and "no negative stimulus" in message, message
    assert not (Prototype & {"proto_id": "proto2"})


def test_registration_refuses_landmarks_outside_the_image(database, demo_cohort, demo_nwb, tmp_path):
    import shutil

    import pandas as pd

    from facevalence.converters import convert_session
    from facevalence.pipeline.ingest import ingest
    from facevalence.schemas.face import Registration

    for path in demo_nwb:  # idempotent: the template mouse must be there
        ingest(path)
    folder = tmp_path / "sub-m08_ses-01"
    shutil.copytree(demo_cohort[1], folder)
    (folder / "session.yaml").write_text((folder / "session.yaml").read_text().replace("id: m01", "id: m08", 1))
    h5 = next(folder.glob("*.h5"))
    table = pd.read_hdf(h5)
    scorer = table.columns.get_level_values(0)[0]
    # DeepLabCut confidently places the nose tip off the 256 px frame in the neutral seconds before the
    # first stimulus (too few points for conversion's whole-session frame check: registration refuses)
    first = pd.read_csv(folder / "stimuli.csv")["onset_s"].min()
    window = slice(int((first - 8.0) * 15), int(first * 15))
    table.loc[table.index[window], (scorer, "nose_tip", "x")] = 400.0
    table.loc[table.index[window], (scorer, "nose_tip", "likelihood")] = 0.99
    table.to_hdf(h5, key="df_with_missing", mode="w", format="table")
    ingest(convert_session(folder, tmp_path / "nwb"))
    result = Registration.populate({"subject_id": "m08", "proto_id": "proto"}, suppress_errors=True)
    assert result["success_count"] == 0 and len(result["error_list"]) == 1
    message = result["error_list"][0][1]
    assert "sub-m08_ses-01.nwb" in message and "nose_tip at [400.0," in message and "lies outside the 256x256 image" in message, message
    assert not (Registration & {"subject_id": "m08"})


def test_pose_whose_timestamps_disagree_with_the_video_is_refused_at_conversion(demo_cohort, tmp_path):
    """A wrong pose rate makes the pose last twice the video: refused before anything is written
    (FaceFeatures keeps its own check for NWB files written by other tools)."""
    import shutil

    import yaml

    from tests.conftest import expect_input_error

    folder = tmp_path / "sub-m07_ses-01"
    shutil.copytree(demo_cohort[1], folder)
    meta = yaml.safe_load((folder / "session.yaml").read_text())
    meta["subject"]["id"] = "m07"
    meta["files"]["pose"]["fps"] = 7.5  # wrong: the pose was tracked on the 15 fps video
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    expect_input_error(folder, tmp_path, ".h5", "frames")
