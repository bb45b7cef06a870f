"""`facevalence track`: a lab's DeepLabCut 3 project is found and checked without DeepLabCut; the
pose is written as DeepLabCut writes it, with the model's checksums, and the converter reads it into
the NWB file. DeepLabCut cannot import against this machine's CPU torch, so the network call itself
is played here by small stand-in objects (a centroid finder on a video drawn for it, and a replay of
the demo generator's keypoints); everything around that call is the real code. Without the [dlc]
extra, one line says how to install it and nothing is written."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from click.testing import CliRunner

from facevalence.cli import main
from facevalence.errors import InputError
from facevalence.io.dlc import read_dlc, read_provenance
from facevalence.io.dlc_project import (
    INSTALL_HINT,
    MissingExtra,
    load_predictor,
    read_dlc_project,
    track_video,
)
from facevalence.io.video import write_gray_video


def _project(root: Path, bodyparts=("dot", "corner"), snapshots=("snapshot-010.pt", "snapshot-best-008.pt", "snapshot-020.pt"),
             method="bu", **config) -> Path:
    """A DeepLabCut 3 project folder as deeplabcut.create_new_project and train_network leave it
    (the snapshots hold bytes, not weights: only the stand-in network runs here)."""
    cfg = {"Task": "Face", "scorer": "lab", "date": "Dec5", "multianimalproject": False, "bodyparts": list(bodyparts),
           "TrainingFraction": [0.95], "iteration": 0, "project_path": "/somewhere/else", "snapshotindex": -1, **config}
    root.mkdir(parents=True, exist_ok=True)
    (root / "config.yaml").write_text(yaml.safe_dump(cfg))
    train = root / "dlc-models-pytorch" / "iteration-0" / "FaceDec5-trainset95shuffle1" / "train"
    train.mkdir(parents=True)
    (train / "pytorch_config.yaml").write_text(yaml.safe_dump({"net_type": "resnet_50", "method": method,
                                                                "metadata": {"bodyparts": list(bodyparts)}}))
    for name in snapshots:
        (train / name).write_bytes(name.encode() * 100)
    return root / "config.yaml"


def test_the_project_is_found_and_checked_without_deeplabcut(tmp_path):
    config = _project(tmp_path / "p")
    model = read_dlc_project(config)
    train = config.parent / "dlc-models-pytorch" / "iteration-0" / "FaceDec5-trainset95shuffle1" / "train"
    assert model.snapshot == train / "snapshot-best-008.pt"  # the best one, as DeepLabCut's snapshotindex -1
    assert model.scorer == "DLC_Resnet50_FaceDec5shuffle1_snapshot_best-008" and model.bodyparts == ("dot", "corner")
    assert model.sha256["snapshot-best-008.pt"] == hashlib.sha256((train / "snapshot-best-008.pt").read_bytes()).hexdigest()
    assert read_dlc_project(_project(tmp_path / "q", snapshots=("snapshot-005.pt", "snapshot-050.pt"))).snapshot.name == "snapshot-050.pt"
    assert read_dlc_project(config, snapshot=train / "snapshot-010.pt").scorer.endswith("_snapshot_010")

    for folder, kwargs, field in ((tmp_path / "a", {"bodyparts": ()}, "bodyparts"),
                                  (tmp_path / "b", {"multianimalproject": True}, "multianimalproject"),
                                  (tmp_path / "c", {"method": "td"}, "method"),
                                  (tmp_path / "d", {"snapshots": ()}, "snapshot")):
        with pytest.raises(InputError, match=f": {field}: ") as err:
            read_dlc_project(_project(folder, **kwargs))
        assert "\n" not in str(err.value)
    with pytest.raises(InputError, match="config.yaml: shuffle: no trained PyTorch model for shuffle 2"):
        read_dlc_project(config, shuffle=2)
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "config.yaml").write_text("bodyparts: [a]\n")
    with pytest.raises(InputError, match="config.yaml: Task: missing"):
        read_dlc_project(tmp_path / "e" / "config.yaml")


def _dot_video(path: Path, n: int = 30) -> np.ndarray:
    """A white 7x7 dot on grey, moving one pixel right per frame; returns its centre per frame."""
    truth = np.array([[12 + i, 20 + (i % 5)] for i in range(n)], float)

    def frames():
        for x, y in truth.astype(int):
            image = np.full((48, 64), 40, np.uint8)
            image[y - 3:y + 4, x - 3:x + 4] = 255
            yield image

    write_gray_video(path, frames(), 10)
    return truth


class Centroid:
    """Stands in for the network call only: the bright dot's centroid (likelihood 1) and a fixed
    'corner' keypoint (likelihood 0.25); it records the batch sizes it was given."""

    def __init__(self):
        self.batches = []

    def __call__(self, frames):
        self.batches.append(len(frames))
        out = []
        for frame in frames:
            ys, xs = np.nonzero(frame.mean(axis=2) > 150)
            out.append([[xs.mean(), ys.mean(), 1.0], [0.0, 0.0, 0.25]])
        return np.array(out)


def test_the_pose_is_written_as_deeplabcut_writes_it(tmp_path):
    model = read_dlc_project(_project(tmp_path / "p"))
    video = tmp_path / "face.mp4"
    truth = _dot_video(video)
    stand_in = Centroid()
    out = track_video(video, model, stand_in, tmp_path / f"face{model.scorer}.h5", batch=4, progress=False,
                      dlc_version="3.0.2")
    assert stand_in.batches == [4] * 7 + [2]  # every frame once, in batches
    pose = read_dlc(out)
    assert pose.scorer == model.scorer and pose.bodyparts == ("dot", "corner") and pose.n_frames == 30
    assert np.abs(pose.xy[:, 0] - truth).max() < 0.5  # frame order kept: frame i has the dot of frame i
    assert np.all(pose.likelihood[:, 0] == 1) and np.all(pose.likelihood[:, 1] == 0.25)
    table = pd.read_hdf(out, "df_with_missing")  # DeepLabCut's own key and header
    assert list(table.columns.names) == ["scorer", "bodyparts", "coords"]
    assert list(table.columns.get_level_values("coords")[:3]) == ["x", "y", "likelihood"]
    record = read_provenance(out)
    assert record["sha256"] == model.sha256 and record["deeplabcut"] == "3.0.2" and record["frames"] == 30
    assert record["snapshot"] == str(model.snapshot) and record["video"] == str(video.resolve())

    broken = tmp_path / "broken.h5"
    with pytest.raises(ValueError, match=r"returned shape \(8, 1, 3\) for 8 frames; expected \(8, 2, 3\)"):  # a network with other keypoints
        track_video(video, model, lambda frames: np.zeros((len(frames), 1, 3)), broken, progress=False)
    assert not broken.exists() and not list(tmp_path.glob(".*partial"))  # nothing written


def test_a_tracked_pose_converts_with_the_model_in_the_nwb_file(demo_cohort, tmp_path):
    from facevalence.converters import convert_session
    from facevalence.io.names import POSE_CONTAINER
    from facevalence.io.nwb import open_nwb, pose_arrays

    folder = tmp_path / "sub-m01_ses-01"
    shutil.copytree(next(f for f in demo_cohort if f.name.endswith("m01_ses-01")), folder)
    meta = yaml.safe_load((folder / "session.yaml").read_text())
    original = read_dlc(folder / meta["files"]["pose"]["path"])
    model = read_dlc_project(_project(tmp_path / "project", bodyparts=original.bodyparts))
    rows = iter(np.concatenate([original.xy, original.likelihood[..., None]], axis=-1))

    def replay(frames):  # stands in for the network: the generator's keypoints of the next frames
        return np.stack([next(rows) for _ in frames])

    video = folder / meta["files"]["face_video"]
    out = track_video(video, model, replay, video.with_name(f"{video.stem}{model.scorer}.h5"), batch=16, progress=False)
    meta["files"]["pose"]["path"] = out.name
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    nwb_path = convert_session(folder, tmp_path / "nwb")
    with open_nwb(nwb_path) as nwb:
        names, xy, likelihood, _ = pose_arrays(nwb)
        description = nwb.processing["behavior"][POSE_CONTAINER].description
    order = [original.bodyparts.index(n) for n in names]
    np.testing.assert_allclose(xy, original.xy[:, order], equal_nan=True)
    np.testing.assert_allclose(likelihood, original.likelihood[:, order])
    assert model.sha256[model.snapshot.name] in description and model.snapshot.name in description, description


@pytest.mark.skipif(importlib.util.find_spec("deeplabcut") is not None, reason="DeepLabCut is installed here")
def test_without_the_extra_one_line_says_how_to_install_it(demo_cohort, tmp_path):
    config = _project(tmp_path / "project")
    model = read_dlc_project(config)
    with pytest.raises(MissingExtra, match=r"pip install 'facevalence\[dlc\]'"):
        load_predictor(model)
    folder = tmp_path / "session"
    shutil.copytree(next(f for f in demo_cohort if f.name.endswith("m01_ses-01")), folder)
    before = sorted(p.name for p in folder.iterdir())
    result = CliRunner().invoke(main, ["track", str(folder), "--project", str(config)])
    assert result.exit_code == 2 and result.output.strip() == f"error: {INSTALL_HINT}", result.output
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written
    # the model and every folder are checked first, each problem in one line naming the file and field
    result = CliRunner().invoke(main, ["track", str(folder), "--project", str(config), "--shuffle", "3"])
    assert result.exit_code == 2 and f"{config}: shuffle: no trained PyTorch model for shuffle 3" in result.output
    (folder / "session.yaml").write_text((folder / "session.yaml").read_text().replace("subject:", "subjekt:", 1))
    result = CliRunner().invoke(main, ["track", str(folder), "--project", str(config)])
    assert result.exit_code == 2 and "session.yaml: subjekt" in result.output and len(result.output.strip().splitlines()) == 1
