"""Hand-placed registration landmarks -> ndx-pose PoseEstimation with one frame."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ndx_pose import PoseEstimation, PoseEstimationSeries, Skeleton, Skeletons
from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile

from facevalence.io.landmarks import read_landmarks
from facevalence.io.names import LANDMARK_CONTAINER

LANDMARK_SKELETON = "SkeletonLandmarks"


class LandmarksInterface(BaseDataInterface):
    """The six registration landmarks of a session, placed by hand on one neutral frame.

    Stored as an ndx-pose ``PoseEstimation`` named ``LandmarksFace`` (source software
    "manual") with one timestamp, beside DeepLabCut's ``PoseEstimationFace`` when there is one.
    """

    display_name = "Registration landmarks"
    associated_suffixes = (".yaml", ".yml")
    info = "Six hand-placed face landmarks on a neutral frame (paper, Fig. S3A)."

    def __init__(self, file_path: str | Path, image_size: tuple[int, int], time_range: tuple[float, float],
                 verbose: bool = False):
        super().__init__(file_path=str(file_path), verbose=verbose)
        self.landmarks = read_landmarks(file_path, image_size=image_size, time_range=time_range)

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        lm = self.landmarks
        behavior = nwbfile.processing.get("behavior") or nwbfile.create_processing_module(
            "behavior", "Processed behavioral data (face pose, landmarks).")
        skeleton = Skeleton(name=LANDMARK_SKELETON, nodes=list(lm.roles), subject=nwbfile.subject)
        series = []
        for i, role in enumerate(lm.roles):
            series.append(PoseEstimationSeries(
                name=f"Landmark_{role}", description=f"Hand-placed {role.replace('_', ' ')} landmark.",
                data=lm.points[i : i + 1], unit="pixels", reference_frame="(0,0) is the top-left corner of the video frame",
                timestamps=np.array([lm.time_s]) if not series else series[0], confidence=np.ones(1),
                confidence_definition="Hand-placed: confidence 1 by definition."))
        behavior.add(PoseEstimation(name=LANDMARK_CONTAINER, pose_estimation_series=series, skeleton=skeleton,
                                    description=f"Registration landmarks placed by hand ({Path(lm.path).name}).",
                                    source_software="manual"))
        if "Skeletons" in behavior.data_interfaces:
            behavior["Skeletons"].add_skeletons(skeleton)
        else:
            behavior.add(Skeletons(skeletons=[skeleton]))
