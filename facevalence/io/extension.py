"""ndx-facevalence: the small typed NWB extension facevalence writes its subject metadata in (the
subject's role in the study, the neuron type recorded and the experimental group), shipped as
YAML in ``facevalence/data`` and cached in every file written, so any NWB reader can open them."""

from __future__ import annotations

import json
from importlib.resources import files

import pynwb

NAMESPACE = "ndx-facevalence"
_SPEC = files("facevalence") / "data" / f"{NAMESPACE}.namespace.yaml"

if NAMESPACE not in pynwb.get_manager().namespace_catalog.namespaces:
    pynwb.load_namespaces(str(_SPEC))

#: LabMetaData ``facevalence_subject``: role, cell_type, subject_group (text attributes).
FacevalenceSubject = pynwb.get_class("FacevalenceSubject", NAMESPACE)
#: LabMetaData ``facevalence_keypoint_map``: model (text), mapping (JSON text: role -> keypoint(s)).
FacevalenceKeypointMap = pynwb.get_class("FacevalenceKeypointMap", NAMESPACE)
KEYPOINT_MAP_METADATA = "facevalence_keypoint_map"


def keypoint_map_of(nwbfile) -> tuple[str, dict] | None:
    """The keypoint map a session's pose was declared with (session.yaml ``files.pose.keypoint_map``;
    paper, Fig. 4-5 and S3A roles).

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    tuple of (str, dict) or None
        ``(model, role -> keypoint(s))``, or None when the file declares none (the tables' parameter
        sets then say).
    """
    meta = nwbfile.lab_meta_data.get(KEYPOINT_MAP_METADATA) if nwbfile.lab_meta_data else None
    return None if meta is None else (meta.model, json.loads(meta.mapping))


def subject_fields(nwbfile) -> dict[str, str] | None:
    """The subject's role and cell type from a file's typed lab metadata (paper, Methods: prototype vs
    analysis mice; Fig. 6-7: SST/PV/PYR cell types).

    Parameters
    ----------
    nwbfile : pynwb.NWBFile

    Returns
    -------
    dict or None
        ``{"role", "cell_type", "subject_group"}`` from its FacevalenceSubject, or None when it has
        none (files written by facevalence 0.1 kept them as ``key: value`` lines in ``notes``).
    """
    from facevalence.io.names import SUBJECT_METADATA

    meta = nwbfile.lab_meta_data.get(SUBJECT_METADATA) if nwbfile.lab_meta_data else None
    if meta is None:
        return None
    return {"role": meta.role or "analysis", "cell_type": meta.cell_type or "", "subject_group": meta.subject_group or ""}
