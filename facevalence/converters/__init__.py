"""NeuroConv DataInterfaces, one per source format, composed by :class:`SessionConverter`."""

from facevalence.converters.drug import InjectionInterface
from facevalence.converters.landmarks import LandmarksInterface
from facevalence.converters.opto import OptogeneticsInterface
from facevalence.converters.photometry import PhotometryInterface
from facevalence.converters.pose import FacePoseInterface
from facevalence.converters.session import SessionConverter, convert_session
from facevalence.converters.trials import TrialsInterface
from facevalence.converters.video import FaceVideoInterface

__all__ = [
    "FacePoseInterface",
    "FaceVideoInterface",
    "InjectionInterface",
    "LandmarksInterface",
    "OptogeneticsInterface",
    "PhotometryInterface",
    "SessionConverter",
    "TrialsInterface",
    "convert_session",
]
