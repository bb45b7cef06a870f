"""Readers on the real files: frame-exact video windows, DLC tables, photometry demultiplexing."""

from __future__ import annotations

import numpy as np
import pytest

from facevalence.errors import InputError
from facevalence.io.dlc import read_dlc, require_bodyparts
from facevalence.io.photometry import read_ibl_parquet, read_neurophotometrics, read_pyphotometry
from facevalence.io.video import iter_gray_frames, probe_video
from tests.conftest import real_data

pytestmark = pytest.mark.realdata


@pytest.mark.parametrize("name", ["face_video/reaching_face.avi", "dlc_openfield/m3v1mp4.mp4"])
def test_video_windows_are_frame_exact(name):
    path = real_data() / name
    info = probe_video(path, count=True)
    everything = dict(iter_gray_frames(path, 0, 300))
    assert info.fps == pytest.approx(30.0, rel=1e-3)
    assert len(everything) == min(300, info.n_frames)
    for a, b in [(37, 60), (250, 256)]:
        window = list(iter_gray_frames(path, a, b))
        assert [i for i, _ in window] == list(range(a, min(b, info.n_frames)))
        assert all(np.array_equal(frame, everything[i]) for i, frame in window)


def test_dlc_face_and_labelled_data():
    real = real_data()
    pose = read_dlc(next((real / "dlc_face").glob("*.h5")))
    assert pose.xy.shape == (747, 13, 2) and pose.bodyparts[0] == "nosetip"
    assert (pose.likelihood[:, pose.bodyparts.index("chin")] < 0.9).mean() > 0.5  # often unreliable, as documented
    with pytest.raises(InputError, match="bodyparts: missing required keypoints: ear_base"):
        require_bodyparts(pose, ["nosetip", "ear_base"])
    labels = read_dlc(real / "face_video" / "CollectedData_Mackenzie.csv")
    assert labels.bodyparts == ("Hand", "Finger1", "Tongue", "Joystick1", "Joystick2")
    assert set(np.unique(labels.likelihood)) <= {0.0, 1.0}
    openfield = read_dlc(next((real / "dlc_openfield").glob("*.h5")))
    assert openfield.n_frames == probe_video(real / "dlc_openfield" / "m3v1mp4.mp4", count=True).n_frames


def test_photometry_readers():
    real = real_data() / "photometry"
    npm = read_neurophotometrics(real / "neurophotometrics_raw.csv")
    assert npm.signal.rate_hz == pytest.approx(30.0, rel=0.01) and npm.signal.data.shape[1] == 5
    assert npm.control_kind == "isosbestic" and (npm.signal.timestamps != npm.control.timestamps).all()
    ppd = read_pyphotometry(real / "m17-R-2018-12-12-090409.ppd")
    assert ppd.control_kind == "red" and ppd.signal.rate_hz == pytest.approx(130.0)
    assert 60 * 60 < ppd.signal.timestamps[-1] < 62 * 60 and set(ppd.digital) == {"digital_1", "digital_2"}
    ibl = read_ibl_parquet(real / "ibl_CQ002/alf/photometry/photometry.signal.pqt")
    assert ibl.signal.rois == ("G0", "G4") and ibl.signal.rate_hz == pytest.approx(30.0, rel=0.01)


def test_the_pose_writer_writes_what_deeplabcut_wrote(tmp_path):
    """`facevalence track`'s writer, given the keypoints of the real MouseFlow file DeepLabCut wrote,
    writes the same table under the same key and storage format, and only adds its model record."""
    import pandas as pd

    from facevalence.io.dlc import DLC_KEY, read_provenance, write_dlc

    real = next((real_data() / "dlc_face").glob("*.h5"))
    pose = read_dlc(real)
    ours = write_dlc(tmp_path / real.name, pose.scorer, pose.bodyparts, pose.xy, pose.likelihood,
                     provenance={"snapshot": "snapshot-1030000.pt"})
    with pd.HDFStore(real, "r") as theirs, pd.HDFStore(ours, "r") as mine:
        assert theirs.keys() == mine.keys() == [f"/{DLC_KEY}"]
        assert theirs.get_storer(DLC_KEY).format_type == mine.get_storer(DLC_KEY).format_type == "table"
    assert pd.read_hdf(ours).equals(pd.read_hdf(real))  # values, index, header and dtypes
    assert read_provenance(ours) == {"snapshot": "snapshot-1030000.pt"} and read_provenance(real) is None
