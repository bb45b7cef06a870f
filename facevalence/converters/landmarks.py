"""Hand-placed registration landmarks -> ndx-pose PoseTraining: one labelled frame of the face video."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ndx_pose import (
    PoseTraining,
    Skeleton,
    SkeletonInstance,
    SkeletonInstances,
    Skeletons,
    TrainingFrame,
    TrainingFrames,
)
from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile

from facevalence.io.landmarks import read_landmarks
from facevalence.io.names import LANDMARK_CONTAINER, LANDMARK_FRAME, LANDMARK_INSTANCE, VIDEO_SERIES

LANDMARK_SKELETON = "SkeletonLandmarks"


class LandmarksInterface(BaseDataInterface):
    """The six registration landmarks of a session, placed by hand on one neutral frame.

    Stored as what they are, a labelled frame: an ndx-pose ``PoseTraining`` named ``LandmarksFace``
    whose one ``TrainingFrame`` points at the face video's frame and holds one ``SkeletonInstance``
    of the six landmarks (facevalence 0.2 wrote six one-frame PoseEstimationSeries, which
    nwbinspector flags; :func:`facevalence.io.nwb.landmark_points` reads both).
    """

    display_name = "Registration landmarks"
    associated_suffixes = (".yaml", ".yml")
    info = "Six hand-placed face landmarks on a neutral frame (paper, Fig. S3A)."

    def __init__(self, file_path: str | Path, image_size: tuple[int, int], time_range: tuple[float, float],
                 fps: float, verbose: bool = False):
        super().__init__(file_path=str(file_path), verbose=verbose)
        self.landmarks = read_landmarks(file_path, image_size=image_size, time_range=time_range)
        self.frame_index = int(round((self.landmarks.time_s - time_range[0]) * fps))

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        lm = self.landmarks
        behavior = nwbfile.processing.get("behavior") or nwbfile.create_processing_module(
            "behavior", "Processed behavioral data (face pose, landmarks).")
        skeleton = Skeleton(name=LANDMARK_SKELETON, nodes=list(lm.roles), subject=nwbfile.subject)
        instance = SkeletonInstance(name=LANDMARK_INSTANCE, id=np.uint8(0), skeleton=skeleton,
                                    node_locations=np.asarray(lm.points, float), node_visibility=[True] * len(lm.roles))
        frame = TrainingFrame(name=LANDMARK_FRAME, annotator=f"hand-placed ({Path(lm.path).name})",
                              skeleton_instances=SkeletonInstances(skeleton_instances=[instance]),
                              source_video=nwbfile.acquisition[VIDEO_SERIES], source_video_frame_index=np.uint32(self.frame_index))
        behavior.add(PoseTraining(name=LANDMARK_CONTAINER, training_frames=TrainingFrames(training_frames=[frame])))
        if "Skeletons" in behavior.data_interfaces:
            behavior["Skeletons"].add_skeletons(skeleton)
        else:
            behavior.add(Skeletons(skeletons=[skeleton]))
