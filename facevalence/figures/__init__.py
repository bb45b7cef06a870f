"""Figures drawn from database queries only (never from files on the side), PNG and PDF.

Each figure function takes ``(out_dir, restriction)`` and returns the paths it wrote, or raises
:class:`NothingToDraw` when its upstream table is empty (the figure is then skipped with a
message, not drawn empty). ``restriction`` is any DataJoint restriction (dict, string, query).
"""

from __future__ import annotations

from pathlib import Path

from facevalence.figures import deep, face, keypoints, neural
from facevalence.figures._common import NothingToDraw

#: Figure name -> function, in the order of the paper's figures.
FIGURES = {
    "classifier": deep.classifier,
    "siamese_distances": deep.siamese,
    "gradcam": deep.gradcam,
    "motion_energy": face.motion_heatmaps,
    "embedding_umap": face.embedding,
    "similarity_timecourse": face.similarity_timecourse,
    "cumulative_similarity": face.cumulative_similarity,
    "drug_sessions": face.drug_sessions,
    "keypoint_features": keypoints.feature_bars,
    "valence_radar": keypoints.valence_radar,
    "pose_decoding": keypoints.decoding,
    "photometry_psth": neural.psth,
    "face_neural_correlation": neural.face_neural,
    "opto_laser": neural.opto,
    "locomotion": keypoints.locomotion,
    "occlusion": deep.occlusion,
}
#: The deep-model figures (drawn once `facevalence train` has run).
DEEP_FIGURES = ("classifier", "siamese_distances", "gradcam", "occlusion")


def make_figures(out_dir: str | Path, restriction=None, only: list[str] | None = None) -> dict[str, list[Path] | str]:
    """Draw every figure (or those named in ``only``) into ``out_dir``.

    ``restriction`` narrows the sessions; the results that pool sessions are those of the default
    cohort unless it names one (a cohort's members, as :func:`facevalence.queries.in_cohort` gives).
    Returns figure name -> written paths, or the reason it was skipped. Raises ValueError for an
    unknown figure name.
    """
    from facevalence.schemas.session import DEFAULT_COHORT

    if restriction is None:
        restriction = {"cohort": DEFAULT_COHORT}
    unknown = sorted(set(only or ()) - set(FIGURES))
    if unknown:
        raise ValueError(f"unknown figure {', '.join(unknown)}; known: {', '.join(FIGURES)}")
    out = {}
    for name, draw in FIGURES.items():
        if only and name not in only:
            continue
        try:
            out[name] = draw(Path(out_dir), restriction)
        except NothingToDraw as why:
            out[name] = f"skipped: {why}"
    return out


__all__ = ["DEEP_FIGURES", "FIGURES", "NothingToDraw", "make_figures"]
