"""Face video as an external ImageSeries with per-frame timestamps."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile
from pynwb.image import ImageSeries

from facevalence.io.names import VIDEO_SERIES
from facevalence.io.video import probe_video


class FaceVideoInterface(BaseDataInterface):
    """The face camera's video file, referenced (not copied) from the NWB file.

    Frame times are ``start_s + frame / fps`` on the session clock; they are regular, so the
    series stores ``starting_time`` and ``rate`` (NWB best practice) rather than a timestamp list. The stored path is
    relative to the NWB file so a folder moved as a whole (and ``dandi organize``) keeps it.
    """

    display_name = "Face video"
    associated_suffixes = (".avi", ".mp4", ".mov", ".mkv")
    info = "Face camera video (external file)."

    def __init__(self, file_path: str | Path, start_s: float = 0.0, verbose: bool = False):
        super().__init__(file_path=str(file_path), start_s=start_s, verbose=verbose)
        self.video_info = probe_video(file_path, count=True)
        self.start_s = float(start_s)

    def get_timestamps(self) -> np.ndarray:
        return self.start_s + np.arange(self.video_info.n_frames) / self.video_info.fps

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None, nwbfile_dir: str | None = None) -> None:
        path = Path(self.source_data["file_path"]).resolve()
        shown = os.path.relpath(path, nwbfile_dir) if nwbfile_dir else str(path)
        camera = nwbfile.create_device(name="FaceCamera", description="Camera filming the mouse face (IR).")
        series = ImageSeries(
            name=VIDEO_SERIES,
            description=f"Face video, {self.video_info.width}x{self.video_info.height} px, {self.video_info.fps:g} fps, codec {self.video_info.codec}.",
            unit="n.a.",
            external_file=[shown],
            format="external",
            starting_frame=[0],
            starting_time=self.start_s,
            rate=self.video_info.fps,
            num_samples=self.video_info.n_frames,
            device=camera,
        )
        nwbfile.add_acquisition(series)
