"""DeepLabCut pose -> ndx-pose PoseEstimation with a Skeleton (NeuroConv's interface, checked first)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from neuroconv.datainterfaces import DeepLabCutInterface
from pynwb import NWBFile

from facevalence.errors import InputError
from facevalence.io.dlc import read_dlc, read_provenance, require_bodyparts
from facevalence.io.extension import KEYPOINT_MAP_METADATA, FacevalenceKeypointMap
from facevalence.io.names import POSE_CONTAINER
from facevalence.methods.keypoints import KEYPOINTS, SKELETON_EDGES


class FacePoseInterface(DeepLabCutInterface):
    """DeepLabCut face keypoints with timestamps taken from the video (or the pose file's own rate).

    The file is read and checked with :func:`facevalence.io.dlc.read_dlc` before anything is
    written, so a broken table or missing keypoints stop with one line naming the file.
    When the keypoints are the paper's 37-point model, the skeleton edges are added.
    """

    display_name = "DeepLabCut face pose"

    def __init__(self, file_path: str | Path, timestamps: np.ndarray, required_keypoints: tuple[str, ...] = (),
                 fps: float | None = None, keypoint_map: tuple[str, dict] | None = None, verbose: bool = False):
        """``timestamps`` are the video's frame times; with ``fps`` (the pose file's own rate) the
        pose frames are timed ``timestamps[0] + i / fps`` instead and their count may differ.
        ``keypoint_map`` (name, role -> keypoint(s)) is checked against the pose's keypoints and
        stored in the file for the tables."""
        pose = read_dlc(file_path)
        require_bodyparts(pose, required_keypoints)
        if keypoint_map is not None:
            name, mapping = keypoint_map
            absent = {role: k for role, kps in mapping.items() for k in ([kps] if isinstance(kps, str) else kps)
                      if k not in pose.bodyparts}
            if absent:
                role, k = next(iter(absent.items()))
                raise InputError(file_path, "bodyparts", f"keypoint map {name!r} names {k!r} for {role}"
                                 f"{f' (and {len(absent) - 1} more)' if len(absent) > 1 else ''}, which the pose lacks; "
                                 f"its keypoints are {list(pose.bodyparts)}")
        self.keypoint_map = keypoint_map
        if fps:
            timestamps = timestamps[0] + np.arange(pose.n_frames) / fps
        if pose.n_frames != len(timestamps):
            raise InputError(file_path, "frames", f"{pose.n_frames} pose frames but {len(timestamps)} timestamps "
                             "(video frames); give files.pose.fps in session.yaml when the pose has its own rate")
        super().__init__(file_path=Path(file_path), subject_name="ind1", metadata_key=POSE_CONTAINER, verbose=verbose)
        self.pose = pose
        self.set_aligned_timestamps(np.asarray(timestamps, float))

    def get_metadata(self):
        metadata = super().get_metadata()
        container = metadata["Pose"]["PoseEstimations"][POSE_CONTAINER]
        container["name"] = POSE_CONTAINER
        container["description"] = "Face keypoints estimated with DeepLabCut."
        record = read_provenance(self.pose.path)
        if record is not None:  # tracked by `facevalence track`: the model's files and checksums travel with the pose
            container["description"] += (f" Tracked by facevalence track with {Path(record['snapshot']).name} of "
                                         f"{record['config']}; model files (sha256): {json.dumps(record['sha256'], sort_keys=True)}.")
            if record.get("deeplabcut"):
                container["source_software_version"] = record["deeplabcut"]
        skeleton = metadata["Pose"]["Skeletons"][container["skeleton_metadata_key"]]
        skeleton["name"] = "SkeletonFace"
        names = self.pose.bodyparts
        if set(KEYPOINTS) <= set(names):
            skeleton["edges"] = [[names.index(a), names.index(b)] for a, b in SKELETON_EDGES]
        return metadata

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        super().add_to_nwbfile(nwbfile=nwbfile, metadata=metadata)
        if self.keypoint_map is not None:
            name, mapping = self.keypoint_map
            nwbfile.add_lab_meta_data(FacevalenceKeypointMap(name=KEYPOINT_MAP_METADATA, model=name,
                                                             mapping=json.dumps(mapping, sort_keys=True)))
