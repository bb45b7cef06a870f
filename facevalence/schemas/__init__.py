"""DataJoint schemas of the pipeline, activated late with a prefix (see :func:`activate`).

Order of computation: Session -> Trial -> HOGFeatures ->
PrototypeScore -> Kinematics -> PhotometryPSTH -> FaceNeuralCorrelation. Foreign keys follow
the real data dependencies, and frames are registered only where the paper registers them (for
comparisons with the prototypes): HOGFeatures (unregistered trial windows) feeds the within-session
Arousal and Embedding; Prototype hangs off the prototype mouse's RegisteredHOG, PrototypeScore off
Registration,
Kinematics off Trial (+ pose), PhotometryPSTH off Trial (+ photometry) and
FaceNeuralCorrelation off both PrototypeScore and PhotometryPSTH; OptoEffect off PrototypeScore
and Kinematics of sessions with laser epochs. Deep models (opt-in, ModelSelection) hang off
Registration and FaceFeatures through DeepDataset. Cohort-level results (KinematicPattern,
NeuronTypePattern, FaceNeuralPattern, OptoGroupEffect) wait until every session they pool is in.
"""

from __future__ import annotations

from facevalence.schemas import correlation, deep, face, kinematics, models, opto, photometry, session

MODULES = {"session": session, "face": face, "kinematics": kinematics, "photometry": photometry, "correlation": correlation,
           "models": models, "opto": opto, "deep": deep}


def activate(prefix: str, connection=None) -> None:
    """Activate every schema module as ``<prefix>_<module>`` on ``connection``."""
    for name, module in MODULES.items():
        module.schema.activate(f"{prefix}_{name}", connection=connection)


def computed_tables() -> list:
    """Auto-populated tables in the order they are populated: the prototype mouse's registered HOG
    and the prototypes before the other tables that read the videos, so that the pipeline can read
    each session's video once for all of them (:mod:`facevalence.pipeline.framepass`)."""
    return [face.Registration, face.RegisteredHOG, face.Prototype, face.HOGFeatures, face.MotionEnergy,
            face.PrototypeScore, face.Arousal, face.CumulativeSimilarity, face.DrugEffect, face.Embedding,
            kinematics.FaceFeatures, kinematics.Kinematics, kinematics.KinematicPattern, kinematics.KeypointPCA,
            models.PoseDecoding,
            photometry.PhotometryTrace, photometry.PhotometryPSTH, photometry.NeuronTypePattern,
            correlation.FaceNeuralCorrelation, correlation.FaceNeuralPattern, opto.OptoEffect, opto.OptoGroupEffect,
            deep.DeepDataset, deep.ClassifierTraining, deep.SiameseTraining, deep.GradCAMMap, deep.OcclusionResult]


def all_tables() -> dict[str, type]:
    """Every table class by name (for lineage and the CLI)."""
    out = {}
    for module in MODULES.values():
        for name in dir(module):
            obj = getattr(module, name)
            home = getattr(obj, "__module__", "")
            if isinstance(obj, type) and hasattr(obj, "definition") and (home == module.__name__ or home.startswith(module.__name__ + ".")):
                out[name] = obj
    return out
