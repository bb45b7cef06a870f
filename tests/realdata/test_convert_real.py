"""The converter on session folders assembled from ../shared/data/real: the real face video, the
real DeepLabCut face output (its own 75 fps clock) and each real photometry file."""

from __future__ import annotations

import pytest
import yaml

from facevalence.converters import convert_session
from facevalence.io.nwb import object_ids, open_nwb, photometry_arrays, pose_arrays
from tests.conftest import nwbinspector_problems, real_data

pytestmark = pytest.mark.realdata

PHOTOMETRY = {
    "npm": ({"path": "photometry/neurophotometrics_raw.csv", "format": "neurophotometrics", "rois": ["G0"],
             "clock_offset_s": 227.2, "indicator": "GCaMP6s", "location": "unknown"}, 415.0),
    "ppd": ({"path": "photometry/m17-R-2018-12-12-090409.ppd", "format": "pyphotometry", "control_wavelength": 560,
             "indicator": "GCaMP6f", "location": "unknown"}, 560.0),
    "ibl": ({"path": "photometry/ibl_CQ002/alf/photometry/photometry.signal.pqt", "format": "ibl", "rois": ["G0"],
             "clock_offset_s": 30.0, "indicator": "GCaMP6m", "location": "SI"}, 415.0),  # valid IBL frames start 25 s into the task clock
}


@pytest.mark.parametrize("name", sorted(PHOTOMETRY))
def test_convert_real_session(tmp_path, name):
    real = real_data()
    ph, control_nm = PHOTOMETRY[name]
    ph = {**ph, "path": str(real / ph["path"])}
    (tmp_path / "stimuli.csv").write_text("onset_s,stimulus,duration_s\n2.0,sucrose,1.0\n4.5,water,1.0\n6.5,shock,1.0\n")
    meta = {
        "subject": {"id": f"real-{name}", "species": "Mus musculus", "sex": "U", "age": "P60D", "genotype": "wild type"},
        "session": {"id": "1", "start_time": "2019-06-24T14:41:48+02:00", "experimenter": ["Barnstedt, Oliver"],
                    "lab": "test", "institution": "test", "description": "real files assembled into one session"},
        "files": {"face_video": str(real / "face_video/reaching_face.avi"),
                  "pose": {"path": str(next((real / "dlc_face").glob("*.h5"))), "fps": 75},
                  "photometry": ph, "stimulus_log": "stimuli.csv"},
    }
    (tmp_path / "session.yaml").write_text(yaml.safe_dump(meta))
    path = convert_session(tmp_path, tmp_path / "nwb")
    bad, _ = nwbinspector_problems([path])
    assert not bad, bad
    with open_nwb(path) as nwb:
        ids = object_ids(nwb)
        assert ids["video"] and ids["pose"] and ids["photometry_signal"]
        names, xy, like, stamps = pose_arrays(nwb)
        assert len(names) == 13 and xy.shape == (747, 13, 2) and abs(stamps[1] - stamps[0] - 1 / 75) < 1e-9
        ph_arrays = photometry_arrays(nwb)
        assert f"{control_nm:g} nm" in ph_arrays["description"]
        assert len(nwb.trials) == 3
