"""DataJoint schemas of the pipeline, activated late with a prefix (see :func:`activate`).

Order of computation: Session -> Trial -> HOGFeatures ->
PrototypeScore -> Kinematics -> PhotometryPSTH -> FaceNeuralCorrelation. Foreign keys follow
the real data dependencies, and frames are registered only where the paper registers them (for
comparisons with the prototypes): HOGFeatures (unregistered trial windows) feeds the within-session
Arousal and Embedding; Prototype hangs off the prototype mouse's RegisteredHOG, PrototypeScore off
Registration,
Kinematics off Trial (+ pose), PhotometryPSTH off Trial (+ photometry) and
FaceNeuralCorrelation off both PrototypeScore and PhotometryPSTH; OptoEffect off PrototypeScore
and Kinematics of sessions with laser epochs; TrialRunning off the running speed (Running, made by
ingest) and Trial, LocomotionCheck off TrialRunning, Kinematics and Embedding. Deep models (opt-in, ModelSelection) hang off
Registration and FaceFeatures through DeepDataset. Cohort-level results (KinematicPattern,
NeuronTypePattern, FaceNeuralPattern, OptoGroupEffect) wait until every session they pool is in.
"""

from __future__ import annotations

import datajoint as dj
from datajoint.utils import from_camel_case

from facevalence.schemas import (
    correlation,
    deep,
    face,
    kinematics,
    locomotion,
    models,
    opto,
    photometry,
    session,
)

MODULES = {"session": session, "face": face, "kinematics": kinematics, "photometry": photometry, "correlation": correlation,
           "models": models, "opto": opto, "locomotion": locomotion, "deep": deep}


def activate(prefix: str, connection=None, create_tables: bool = True) -> None:
    """Activate every schema module as ``<prefix>_<module>`` on ``connection``.

    ``create_tables=False`` (every table exists already, see :func:`table_names`): DataJoint then
    declares nothing and reads each table's heading when it is first used, not all ~90 at once
    (half a second of every CLI command). Tables declared later (job queues) are unaffected.
    """
    for name, module in MODULES.items():
        module.schema.activate(f"{prefix}_{name}", connection=connection, create_tables=create_tables)
        module.schema.create_tables = None  # back to DataJoint's default for anything declared later


def table_names() -> dict[str, set[str]]:
    """The SQL table names (parts included) each schema module declares, by module name."""
    out: dict[str, set[str]] = {name: set() for name in MODULES}
    for cls in all_tables().values():
        module = next(m for m, mod in MODULES.items() if cls.__module__.startswith(mod.__name__))
        out[module].add(cls.table_name)
        # a part's name is its master's + "__" + its own (Part.table_name needs activation to say so)
        out[module] |= {f"{cls.table_name}__{from_camel_case(part.__name__)}" for part in parts(cls).values()}
    return out


def parts(cls: type) -> dict[str, type]:
    """The Part tables declared in ``cls``'s body, by attribute name. Read from the class's own
    namespace: ``getattr`` over ``dir(cls)`` would also build a computed table's job queue (``.jobs``)."""
    return {name: part for name, part in vars(cls).items()
            if isinstance(part, type) and issubclass(part, dj.Part) and part is not dj.Part}


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
            locomotion.TrialRunning, locomotion.LocomotionCheck,
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
