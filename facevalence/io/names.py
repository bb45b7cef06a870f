"""Names of the objects a facevalence NWB file holds: the converters write them, :mod:`facevalence.io.nwb`
reads them back (one module, so both sides agree)."""

#: acquisition: the face video (external ImageSeries)
VIDEO_SERIES = "FaceVideo"
#: processing["behavior"]: DeepLabCut keypoints (ndx-pose PoseEstimation)
POSE_CONTAINER = "PoseEstimationFace"
#: processing["behavior"]: the six hand-placed registration landmarks (ndx-pose PoseEstimation)
LANDMARK_CONTAINER = "LandmarksFace"
#: ... its one labelled frame (ndx-pose TrainingFrame) and the landmarks on it (SkeletonInstance)
LANDMARK_FRAME = "neutral_frame"
LANDMARK_INSTANCE = "landmarks"
#: acquisition: fiber photometry signal and control (FiberPhotometryResponseSeries)
SIGNAL_SERIES = "PhotometrySignal"
CONTROL_SERIES = "PhotometryControl"
#: events: drug injections (pynwb EventsTable)
INJECTION_TABLE = "DrugInjection"
#: intervals: laser epochs
OPTO_EPOCHS = "optogenetic_epochs"
#: processing["behavior"]: running speed from a treadmill or wheel (TimeSeries, cm/s)
RUNNING_SERIES = "RunningSpeed"
#: lab_meta_data: the subject's role, recorded neuron type and group (ndx-facevalence FacevalenceSubject)
SUBJECT_METADATA = "facevalence_subject"
