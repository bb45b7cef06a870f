"""NeuroConv DataInterfaces, one per source format, composed by :class:`SessionConverter`."""

from facevalence.converters.drug import InjectionInterface
from facevalence.converters.landmarks import LandmarksInterface
from facevalence.converters.opto import OptogeneticsInterface
from facevalence.converters.photometry import (
    IBLPhotometryInterface,
    NeurophotometricsInterface,
    NWBPhotometryInterface,
    PyPhotometryInterface,
    photometry_interface,
)
from facevalence.converters.pose import FacePoseInterface
from facevalence.converters.session import SessionConverter, convert_session
from facevalence.converters.subject import FacevalenceSubjectInterface
from facevalence.converters.trials import TrialsInterface
from facevalence.converters.video import FaceVideoInterface

__all__ = [
    "FacePoseInterface",
    "FacevalenceSubjectInterface",
    "FaceVideoInterface",
    "InjectionInterface",
    "LandmarksInterface",
    "OptogeneticsInterface",
    "IBLPhotometryInterface",
    "NWBPhotometryInterface",
    "NeurophotometricsInterface",
    "PyPhotometryInterface",
    "SessionConverter",
    "TrialsInterface",
    "convert_session",
    "photometry_interface",
]
