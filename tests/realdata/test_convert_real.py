"""The converter on session folders assembled from ../shared/data/real: the real face video, the
real DeepLabCut face output (its own 75 fps clock) and each real photometry file."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from facevalence.converters import convert_session
from facevalence.errors import InputError
from facevalence.io.nwb import object_ids, open_nwb, photometry_arrays, pose_arrays
from tests.conftest import expect_input_error, nwbinspector_problems, real_data

pytestmark = pytest.mark.realdata

PHOTOMETRY = {
    "npm": ({"path": "photometry/neurophotometrics_raw.csv", "format": "neurophotometrics", "rois": ["G0"],
             "clock_offset_s": 227.2, "indicator": "GCaMP6s", "location": "unknown"}, 415.0),
    "ppd": ({"path": "photometry/m17-R-2018-12-12-090409.ppd", "format": "pyphotometry", "control_wavelength": 560,
             "indicator": "GCaMP6f", "location": "unknown"}, 560.0),
    "ibl": ({"path": "photometry/ibl_CQ002/alf/photometry/photometry.signal.pqt", "format": "ibl", "rois": ["G0"],
             "clock_offset_s": 30.0, "indicator": "GCaMP6m", "location": "SI"}, 415.0),  # valid IBL frames start 25 s into the task clock
}


def _real_session(folder, video, name="npm", pose_frames=None, onsets=(4.5, 6.0, 7.5), pose_fps=None):
    """Real files assembled into one session folder: a face video, the MouseFlow pose (or its first
    ``pose_frames``) and a photometry file."""
    real = real_data()
    ph, _ = PHOTOMETRY[name]
    table = pd.read_hdf(next((real / "dlc_face").glob("*.h5")))
    table.iloc[:pose_frames].to_hdf(folder / "faceDLC.h5", key="df_with_missing", mode="w", format="table")
    (folder / "stimuli.csv").write_text("onset_s,stimulus,duration_s\n" + "".join(
        f"{t},{s},1.0\n" for t, s in zip(onsets, ("sucrose", "water", "shock"))))
    meta = {
        "subject": {"id": f"real-{name}", "species": "Mus musculus", "sex": "U", "age": "P60D", "genotype": "wild type"},
        "session": {"id": "1", "start_time": "2019-06-24T14:41:48+02:00", "experimenter": ["Barnstedt, Oliver"],
                    "lab": "test", "institution": "test", "description": "real files assembled into one session"},
        "files": {"face_video": str(video),
                  "pose": {"path": "faceDLC.h5", **({"fps": pose_fps} if pose_fps else {})},
                  "photometry": {**ph, "path": str(real / ph["path"])}, "stimulus_log": "stimuli.csv"},
    }
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    return folder


@pytest.mark.parametrize("name", sorted(PHOTOMETRY))
def test_convert_real_session(tmp_path, name, mouseflow_video):
    _, control_nm = PHOTOMETRY[name]
    path = convert_session(_real_session(tmp_path, mouseflow_video, name), tmp_path / "nwb")
    bad, _ = nwbinspector_problems([path])
    assert not bad, bad
    with open_nwb(path) as nwb:
        ids = object_ids(nwb)
        assert ids["video"] and ids["pose"] and ids["photometry_signal"]
        names, xy, like, stamps = pose_arrays(nwb)
        assert len(names) == 13 and xy.shape == (747, 13, 2) and abs(stamps[1] - stamps[0] - 1 / 75) < 1e-9
        ph_arrays = photometry_arrays(nwb)
        assert f"{control_nm:g} nm" in ph_arrays["description"]
        assert len(nwb.trials) == 3 and not nwb.notes


def test_a_pose_from_another_video_is_refused():
    """The MouseFlow pose beside the reaching video, which it was not tracked on: at its own 75 fps
    it lasts 9.96 s against the video's 8.53 s; cut to 8.53 s, its face lies outside the 416x374 frame."""
    import tempfile

    video = real_data() / "face_video/reaching_face.avi"
    for frames, field in ((None, "frames"), (640, "x/y")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = _real_session(Path(tmp), video, pose_frames=frames, pose_fps=75)
            expect_input_error(folder, Path(tmp), "faceDLC.h5", field)


def test_a_trial_without_4_s_of_baseline_is_refused_unless_allowed(tmp_path, mouseflow_video):
    folder = _real_session(tmp_path, mouseflow_video, onsets=(0.3, 6.0, 7.5))
    expect_input_error(folder, tmp_path, "stimuli.csv", "onset_s")
    with pytest.raises(InputError, match=r"row 1 \(sucrose at 0.3 s\) has 0.30 s of face video and 0.25 s of photometry recording before its onset"):
        convert_session(folder, tmp_path / "out")
    path = convert_session(folder, tmp_path / "out", allow_short_baseline=True)
    with open_nwb(path) as nwb:
        assert len(nwb.trials) == 3 and "short baseline (--allow-short-baseline): row 1 (sucrose at 0.3 s)" in nwb.notes
