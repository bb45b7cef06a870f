"""Deep models (Fig. 1D-F, 2A-C, 4A, S2, S5D-E): ResNet18 stimulus classifier, Siamese valence
embedding, Grad-CAM maps and occlusion sensitivity, trained on frames streamed from the videos.
One DataJoint schema (``<prefix>_deep``), one module a topic: ``params`` (ModelParams,
ModelSelection, GradCAMModel), ``dataset``, ``classifier``, ``siamese``, ``gradcam``, ``occlusion``.

Training is opt-in (it is a GPU job at the paper's size): a row of ``ModelSelection`` names the
parameter set, the registration onto the template face and, optionally, an ImageNet checkpoint;
``facevalence train`` inserts one and populates these tables. Every result traces back through
``DeepDataset`` (its trial parts) to the trials, the registration rows and the NWB files.
"""

from facevalence.schemas.deep._schema import schema
from facevalence.schemas.deep.classifier import ClassifierTraining
from facevalence.schemas.deep.dataset import DeepDataset
from facevalence.schemas.deep.gradcam import GradCAMMap
from facevalence.schemas.deep.occlusion import OcclusionResult
from facevalence.schemas.deep.params import GradCAMModel, ModelParams, ModelSelection
from facevalence.schemas.deep.siamese import SiameseTraining

__all__ = ["ClassifierTraining", "DeepDataset", "GradCAMMap", "GradCAMModel", "ModelParams", "ModelSelection",
           "OcclusionResult", "SiameseTraining", "schema"]
