"""Round trip per interface: what the NWB file holds equals what the raw files say; the files pass
nwbinspector (DANDI config)."""

from __future__ import annotations

import json
import os

import numpy as np
import pandas as pd
import pytest
import yaml

from facevalence.converters.trials import EVENTS_TABLE
from facevalence.io.dlc import read_dlc
from facevalence.io.names import SIGNAL_SERIES
from facevalence.io.nwb import open_nwb, pose_arrays, video_source
from facevalence.io.video import probe_video
from tests.conftest import nwbinspector_problems


def _pair(demo_cohort, demo_nwb, who):
    folder = next(f for f in demo_cohort if who in f.name)
    nwb = next(p for p in demo_nwb if who in p.name)
    return folder, nwb


def test_video_roundtrip(demo_cohort, demo_nwb):
    folder, path = _pair(demo_cohort, demo_nwb, "m01")
    with open_nwb(path) as nwb:
        video, start, rate, n = video_source(path, nwb)
    fps = json.loads((folder / "ground_truth.json").read_text())["fps"]  # the rate the generator filmed at
    assert video == (folder / "face.mp4").resolve() and start == 0.0 and rate == fps
    assert n == probe_video(video, count=True).n_frames
    assert not os.access(path, os.W_OK) or os.geteuid() == 0
    assert path.stat().st_mode & 0o222 == 0, "NWB files are written read-only"


def test_pose_roundtrip(demo_cohort, demo_nwb):
    folder, path = _pair(demo_cohort, demo_nwb, "m01")
    dlc = read_dlc(next(folder.glob("*.h5")))
    with open_nwb(path) as nwb:
        names, xy, like, stamps = pose_arrays(nwb)
        skeleton = nwb.processing["behavior"]["PoseEstimationFace"].skeleton
        assert len(skeleton.edges) > 0
    assert names == list(dlc.bodyparts)
    np.testing.assert_allclose(xy, dlc.xy)
    np.testing.assert_allclose(like, dlc.likelihood)
    np.testing.assert_allclose(np.diff(stamps), 1 / json.loads((folder / "ground_truth.json").read_text())["fps"])


def test_photometry_trials_laser_roundtrip(demo_cohort, demo_nwb):
    folder, path = _pair(demo_cohort, demo_nwb, "m02_ses-01")  # stimulus session: photometry
    raw = pd.read_csv(folder / "photometry.csv")
    offset = yaml.safe_load((folder / "session.yaml").read_text())["files"]["photometry"]["clock_offset_s"]
    stim = pd.read_csv(folder / "stimuli.csv")
    with open_nwb(path) as nwb:
        sig = nwb.acquisition[SIGNAL_SERIES]
        rows = raw[(raw.LedState & 7) == 2]
        n = len(sig.timestamps)
        np.testing.assert_allclose(sig.data[:, 0], rows.G0.to_numpy()[:n])
        np.testing.assert_allclose(sig.timestamps[:], rows.SystemTimestamp.to_numpy()[:n] - offset)
        trials = nwb.trials.to_dataframe()
        np.testing.assert_allclose(trials.start_time, stim.onset_s)
        np.testing.assert_allclose(trials.stop_time - trials.start_time, stim.duration_s)
        assert list(trials.stimulus) == list(stim.stimulus) and not trials.laser_on.any()
        events = nwb.get_events_table(EVENTS_TABLE) if hasattr(nwb, "get_events_table") else nwb.events[EVENTS_TABLE]
        np.testing.assert_allclose(events.timestamp[:], stim.onset_s)
        meta = nwb.lab_meta_data["fiber_photometry"].fiber_photometry_table.to_dataframe()
        assert set(meta.excitation_wavelength_in_nm) == {470.0, 410.0}  # the demo's 470/410 nm pair, as in the paper
    folder, path = _pair(demo_cohort, demo_nwb, "m02_ses-02")  # opto session: laser log
    laser = pd.read_csv(folder / "laser.csv")
    with open_nwb(path) as nwb:
        trials = nwb.trials.to_dataframe()
        assert trials.laser_on.sum() == len(laser) and SIGNAL_SERIES not in nwb.acquisition
        epochs = nwb.intervals["optogenetic_epochs"].to_dataframe()
        np.testing.assert_allclose(epochs.start_time, laser.onset_s)
        assert (epochs.wavelength_in_nm == 589).all()
        effector = nwb.lab_meta_data["optogenetic_experiment_metadata"].optogenetic_effectors["effector"]
        assert effector.label == "eYFP"  # the subject's group names the construct


def test_nwbinspector_dandi_config_finds_nothing_critical(demo_nwb):
    """Every demo NWB file under nwbinspector's DANDI configuration: nothing critical, no file it could
    not read, and no best-practice violation beyond the one issue 14 tracks. (``dandi organize`` and
    ``dandi validate`` of these raw files, with the analysis files, run in the chain test's
    ``export-dandi``.)"""
    bad, n = nwbinspector_problems(demo_nwb)
    assert not bad, bad
    assert n > 0, "the inspector gave no message at all (the demo files have known suggestions)"


def test_existing_output_is_not_overwritten(demo_cohort, demo_nwb):
    from facevalence.converters import convert_session
    from facevalence.errors import InputError

    with pytest.raises(InputError, match="exists already"):
        convert_session(demo_cohort[0], demo_nwb[0].parent)


def test_subject_role_and_cell_type_are_typed_fields(demo_cohort, demo_nwb):
    from facevalence.io.extension import subject_fields
    from facevalence.pipeline.ingest import read_rows

    for who, expected in (("proto", ("prototype", "")), ("m01", ("analysis", "DA"))):
        folder, path = _pair(demo_cohort, demo_nwb, who)
        subject = yaml.safe_load((folder / "session.yaml").read_text())["subject"]
        with open_nwb(path) as nwb:
            fields = subject_fields(nwb)
            assert not nwb.notes  # nothing travels through free text any more
        assert (fields["role"], fields["cell_type"]) == expected
        assert (fields["role"], fields["cell_type"], fields["subject_group"]) == (
            subject.get("role", "analysis"), subject.get("cell_type", ""), subject.get("group", ""))
        row = read_rows(path)["subject"]
        assert (row["role"], row["cell_type"], row["subject_group"]) == (
            fields["role"], fields["cell_type"], fields["subject_group"])


def test_files_written_by_version_0_1_keep_their_subject_fields(tmp_path):
    """facevalence 0.1 wrote role, cell type and group as ``key: value`` lines in ``notes``."""
    from datetime import UTC, datetime

    from pynwb import NWBHDF5IO, NWBFile
    from pynwb.file import Subject

    from facevalence.pipeline.ingest import read_rows

    nwb = NWBFile(session_description="old", identifier="x", session_start_time=datetime(2025, 3, 3, tzinfo=UTC),
                  session_id="01", notes="role: prototype\ncell_type: GABA\nsubject_group: eYFP",
                  subject=Subject(subject_id="old1", species="Mus musculus", sex="F", age="P84D"))
    nwb.add_trial_column("stimulus", "stimulus")
    nwb.add_trial_column("valence", "valence")
    nwb.add_trial(start_time=10.0, stop_time=15.0, stimulus="sucrose", valence="positive")
    path = tmp_path / "old.nwb"
    with NWBHDF5IO(str(path), "w") as io:
        io.write(nwb)
    row = read_rows(path)["subject"]
    assert (row["role"], row["cell_type"], row["subject_group"]) == ("prototype", "GABA", "eYFP")
