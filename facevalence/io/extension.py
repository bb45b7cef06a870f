"""ndx-facevalence: the small typed NWB extension facevalence writes its subject metadata in (the
subject's role in the study, the neuron type recorded and the experimental group), shipped as
YAML in ``facevalence/data`` and cached in every file written, so any NWB reader can open them."""

from __future__ import annotations

from importlib.resources import files

import pynwb

NAMESPACE = "ndx-facevalence"
_SPEC = files("facevalence") / "data" / f"{NAMESPACE}.namespace.yaml"

if NAMESPACE not in pynwb.get_manager().namespace_catalog.namespaces:
    pynwb.load_namespaces(str(_SPEC))

#: LabMetaData ``facevalence_subject``: role, cell_type, subject_group (text attributes).
FacevalenceSubject = pynwb.get_class("FacevalenceSubject", NAMESPACE)


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
