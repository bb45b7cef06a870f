"""Face tables (one DataJoint schema, ``<prefix>_face``), one module a topic:

- :mod:`~facevalence.schemas.face.registration`: PrototypeMouse, RegistrationParams, Registration
- :mod:`~facevalence.schemas.face.hog`: HOGParams, HOGFeatures (unregistered trial windows), Arousal,
  RegisteredHOG (the prototype mouse's windows on the template face)
- :mod:`~facevalence.schemas.face.prototypes`: PrototypeParams, Prototype, PrototypeScore, CumulativeSimilarity
- :mod:`~facevalence.schemas.face.drug`: DrugWindowParams, DrugEffect
- :mod:`~facevalence.schemas.face.embedding`: EmbeddingParams, Embedding
- :mod:`~facevalence.schemas.face.motion`: MotionParams, MotionEnergy
"""

from facevalence.schemas.face._schema import schema
from facevalence.schemas.face.drug import DrugEffect, DrugWindowParams
from facevalence.schemas.face.embedding import Embedding, EmbeddingParams
from facevalence.schemas.face.hog import Arousal, HOGFeatures, HOGParams, RegisteredHOG
from facevalence.schemas.face.motion import MotionEnergy, MotionParams
from facevalence.schemas.face.prototypes import (
           CumulativeSimilarity,
           Prototype,
           PrototypeParams,
           PrototypeScore,
)
from facevalence.schemas.face.registration import PrototypeMouse, Registration, RegistrationParams

__all__ = ["Arousal", "CumulativeSimilarity", "DrugEffect", "DrugWindowParams", "Embedding", "EmbeddingParams",
           "HOGFeatures", "HOGParams", "MotionEnergy", "MotionParams", "Prototype", "PrototypeMouse", "PrototypeParams",
           "PrototypeScore", "RegisteredHOG", "Registration", "RegistrationParams", "schema"]
