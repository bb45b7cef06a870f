"""One raw session folder -> one NWB file, written atomically (no partial file on error)."""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

import numpy as np
from neuroconv import ConverterPipe
from neuroconv.utils import dict_deep_update

from facevalence._version import __version__
from facevalence.converters.drug import InjectionInterface
from facevalence.converters.landmarks import LandmarksInterface
from facevalence.converters.opto import OptogeneticsInterface
from facevalence.converters.photometry import photometry_interface
from facevalence.converters.pose import FacePoseInterface
from facevalence.converters.running import RunningInterface
from facevalence.converters.subject import FacevalenceSubjectInterface
from facevalence.converters.trials import TrialsInterface
from facevalence.converters.video import FaceVideoInterface
from facevalence.errors import InputError
from facevalence.io.nwb import WARNINGS_PREFIX
from facevalence.io.photometry import stimuli_from_ttl
from facevalence.io.session_yaml import SessionSpec, load_session
from facevalence.methods.kinematic_changes import TRIAL_BASELINE_S
from facevalence.methods.sync import ClockMap, clock_from_frame_pulses, clock_from_start_pulse

logger = logging.getLogger(__name__)


class SessionConverter(ConverterPipe):
    """Compose the interfaces a session folder names: video, pose, landmarks, photometry, trials,
    laser, drug injection.

    Every source file is read and validated when the converter is built, before any output
    exists; cross-file checks (stimulus onsets inside the video and the photometry
    recording) run here too.
    """

    def __init__(self, spec: SessionSpec, allow_short_baseline: bool = False, verbose: bool = False):
        self.spec = spec
        self.allow_short_baseline = allow_short_baseline
        #: Problems let through on request (recorded in the NWB file's notes).
        self.warnings: list[str] = []
        interfaces: dict = {"Subject": FacevalenceSubjectInterface(spec.subject.role, spec.subject.cell_type or "",
                                                                    spec.subject.group or "")}
        trials = None
        if spec.stimulus_log is not None:
            trials = TrialsInterface(spec.stimulus_log, spec.valence, spec.stimulus_align)
            interfaces["Trials"] = trials
        video_range = None
        if spec.face_video is not None:
            video = FaceVideoInterface(spec.face_video, start_s=spec.video_start_s)
            interfaces["FaceVideo"] = video
            stamps = video.get_timestamps()
            video_range = (float(stamps[0]), float(stamps[-1] + 1.0 / video.video_info.fps))
        if spec.landmarks is not None:
            interfaces["Landmarks"] = LandmarksInterface(spec.landmarks, (video.video_info.width, video.video_info.height),
                                                         video_range, video.video_info.fps)
        if spec.injection is not None:
            if not video_range[0] <= spec.injection.time_s < video_range[1]:
                raise InputError(spec.yaml_path, "session.injection.time_s",
                                 f"{spec.injection.time_s:g} s lies outside the face video ({video_range[0]:.3f}-{video_range[1]:.3f} s)")
            interfaces["Injection"] = InjectionInterface(spec.injection)
        if spec.pose is not None:
            interfaces["Pose"] = FacePoseInterface(spec.pose, stamps, required_keypoints=spec.pose_required,
                                                   fps=spec.pose_fps, keypoint_map=(spec.keypoint_map_name, spec.keypoint_map)
                                                   if spec.keypoint_map is not None else None)
            self._check_pose_duration(video, interfaces["Pose"])
            self._check_pose_frame(video, interfaces["Pose"])
        photometry = None
        if spec.photometry is not None:
            photometry = photometry_interface(spec.photometry)
            interfaces["Photometry"] = photometry
        if photometry is not None and spec.photometry.sync_line:
            photometry.clock = self._sync_clock(photometry, stamps)
        if spec.stimulus_ttl is not None:
            source = spec.photometry.digital_inputs or spec.photometry.path
            table = stimuli_from_ttl(photometry.recording.digital, spec.stimulus_ttl, spec.valence,
                                     photometry.clock, source)
            trials = TrialsInterface(source, spec.valence, table=table)
            interfaces["Trials"] = trials
        if spec.laser_log is not None:
            # the subject's group names the construct (eNpHR, or an eYFP control); unknown otherwise
            interfaces["Optogenetics"] = OptogeneticsInterface(spec.laser_log, effector=spec.subject.group or "unknown")
            if trials is not None:
                trials.laser_epochs = interfaces["Optogenetics"].epochs
        if spec.running is not None:
            interfaces["Running"] = RunningInterface(spec.running)
        if trials is not None:
            recordings = [("face video", *video_range)] if video_range is not None else []
            if photometry is not None:
                recordings.append(("photometry recording", *photometry.session_range()))
            if spec.running is not None:
                recordings.append(("running recording", *interfaces["Running"].session_range()))
            self._check_onsets(recordings, trials)
            self._check_baselines(recordings, trials)
        super().__init__(data_interfaces=interfaces, verbose=verbose)

    def _sync_clock(self, photometry, frame_times: np.ndarray) -> ClockMap:
        """The photometry clock fitted to the digital line that records the camera (session.yaml
        ``files.photometry.sync``)."""
        ph = self.spec.photometry
        source = ph.digital_inputs or ph.path
        line = photometry.recording.digital.get(ph.sync_line)
        if line is None:
            raise InputError(source, f"digital line {ph.sync_line}",
                             f"not in the file (files.photometry.sync.line); its lines are {sorted(photometry.recording.digital)}")
        try:
            if ph.sync_pulses == "camera_frames":
                return clock_from_frame_pulses(line.rising, frame_times, f"digital line {ph.sync_line}")
            return clock_from_start_pulse(line.rising, float(frame_times[0]), f"digital line {ph.sync_line}")
        except ValueError as err:
            raise InputError(source, f"digital line {ph.sync_line}", str(err).split(": ", 1)[1]) from None

    def _check_pose_duration(self, video: FaceVideoInterface, pose: FacePoseInterface) -> None:
        """A pose at its own rate must cover the video it was tracked on: the same duration to within
        two frames of the slower clock (a longer or shorter pose means the files do not belong together)."""
        fps = self.spec.pose_fps
        if not fps:
            return  # frame for frame: the pose interface has checked the counts
        n_video, video_fps = video.video_info.n_frames, video.video_info.fps
        pose_s, video_s = pose.pose.n_frames / fps, n_video / video_fps
        if abs(pose_s - video_s) > 2.0 / min(fps, video_fps) + 1e-3 * video_s:
            raise InputError(self.spec.pose, "frames", f"{pose.pose.n_frames} pose frames at {fps:g} fps last {pose_s:.3f} s "
                             f"but the face video {self.spec.face_video.name} lasts {video_s:.3f} s ({n_video} frames at "
                             f"{video_fps:g} fps); the pose must be tracked on this video")

    def _check_pose_frame(self, video: FaceVideoInterface, pose: FacePoseInterface) -> None:
        """Confident keypoints must lie in the video's frame: more than 1 % of them beyond a 15 % margin
        (room for a point extrapolated past the edge, e.g. a whisker tip) mean the pose was tracked
        on another video, or on a crop or rescale of it."""
        width, height = video.video_info.width, video.video_info.height
        xy, confident = pose.pose.xy, pose.pose.likelihood >= 0.9
        outside = confident & ((xy[..., 0] < -0.15 * width) | (xy[..., 0] > 1.15 * width)
                               | (xy[..., 1] < -0.15 * height) | (xy[..., 1] > 1.15 * height))
        if outside.sum() > 0.01 * max(confident.sum(), 1):
            extent = np.nanmax(np.where(confident[..., None], xy, np.nan), axis=(0, 1))
            raise InputError(self.spec.pose, "x/y", f"{outside.sum()} of {confident.sum()} confident keypoint positions lie "
                             f"outside the {width}x{height} face video {self.spec.face_video.name} (they reach x={extent[0]:.0f}, "
                             f"y={extent[1]:.0f}); the pose was tracked on another video, or a crop or rescale of it")

    def _check_baselines(self, recordings: list[tuple[str, float, float]], trials: TrialsInterface) -> None:
        """Each trial needs the paper's 4 s of pre-stimulus recording (Methods: changes relative to the
        4 s before onset) in the video and the photometry; less is refused unless allowed, and then
        recorded in the NWB file's notes."""
        short = []
        for i, row in enumerate(trials.table.itertuples(index=False)):
            lacking = [f"{row.start_time - start:.2f} s of {what}" for what, start, _ in recordings
                       if row.start_time - start < TRIAL_BASELINE_S]
            if lacking:
                short.append(f"row {i + 1} ({row.stimulus} at {row.start_time:g} s) has {' and '.join(lacking)} "
                             "before its onset")
        if not short:
            return
        message = (f"{short[0]}{f' (and {len(short) - 1} more)' if len(short) > 1 else ''}; the analyses need "
                   f"{TRIAL_BASELINE_S:g} s of pre-stimulus baseline")
        if not self.allow_short_baseline:
            raise InputError(trials.source_data["file_path"], self._onset_field,
                             message + " (convert with --allow-short-baseline to keep these trials, recorded as a warning)")
        self.warnings += [f"short baseline (--allow-short-baseline): {line}" for line in short]
        logger.warning("%s: %s", self.spec.yaml_path, message)

    @property
    def _onset_field(self) -> str:
        """How errors name a trial's onset: a log column, or the acquisition file's TTLs."""
        return "onset_s" if self.spec.stimulus_ttl is None else "TTL onset"

    def _check_onsets(self, recordings: list[tuple[str, float, float]], trials: TrialsInterface) -> None:
        """Every onset must lie inside each recording (name, first, last time on the session clock)."""
        for i, row in enumerate(trials.table.itertuples(index=False)):
            for what, lo, hi in recordings:
                if not lo <= row.start_time < hi:
                    raise InputError(trials.source_data["file_path"], self._onset_field,
                                     f"row {i + 1}: onset {row.start_time:g} s lies outside the {what} "
                                     f"({lo:.3f}-{hi:.3f} s on the session clock)")

    def get_metadata(self):
        spec = self.spec
        metadata = super().get_metadata()
        subject = {
            "subject_id": spec.subject.subject_id,
            "species": spec.subject.species,
            "sex": spec.subject.sex,
            "genotype": spec.subject.genotype,
            "description": spec.subject.description or "mouse",
        }
        if spec.subject.age:
            subject["age"] = spec.subject.age
        if spec.subject.date_of_birth:
            subject["date_of_birth"] = spec.subject.date_of_birth
        nwbfile = {
            "session_description": spec.description,
            "experiment_description": spec.experiment_description,
            "identifier": str(uuid.uuid4()),
            "session_start_time": spec.start_time,
            "session_id": spec.session_id,
            "experimenter": list(spec.experimenter),
            "lab": spec.lab,
            "institution": spec.institution,
            "protocol": spec.protocol,
            "keywords": ["facial expression", "valence", "mouse"],
            "source_script": f"facevalence {__version__}",
            "source_script_file_name": "facevalence/converters/session.py",
        }
        if self.warnings:
            nwbfile["notes"] = WARNINGS_PREFIX + "; ".join(self.warnings)
        return dict_deep_update(metadata, {"NWBFile": nwbfile, "Subject": subject})


def convert_session(folder: str | Path, out_dir: str | Path, overwrite: bool = False,
                    allow_short_baseline: bool = False) -> Path:
    """Convert a raw session folder to ``<out_dir>/sub-<id>_ses-<id>.nwb`` and return its path.

    The file is written under a temporary name in ``out_dir`` and renamed only when complete,
    then made read-only (NWB files are the source of truth and are never edited in place).

    Raises
    ------
    InputError
        For any problem with the folder's files, before anything is written; a trial with less
        than 4 s of pre-stimulus recording too, unless ``allow_short_baseline`` (then the NWB
        file's notes record it).
    """
    spec = load_session(folder)
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / spec.nwb_name
    if final.exists() and not overwrite:
        raise InputError(final, "output", "exists already; pass overwrite=True (--overwrite) to replace it")
    converter = SessionConverter(spec, allow_short_baseline=allow_short_baseline)
    metadata = converter.get_metadata()
    tmp = out_dir / f".partial-{os.getpid()}-{spec.nwb_name}"
    options = {"FaceVideo": {"nwbfile_dir": str(out_dir)}} if "FaceVideo" in converter.data_interface_objects else {}
    try:
        converter.run_conversion(nwbfile_path=tmp, metadata=metadata, overwrite=True, conversion_options=options)
        if final.exists():
            final.chmod(0o644)
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    final.chmod(0o444)
    return final
