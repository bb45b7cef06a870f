"""The subject's facevalence fields -> ndx-facevalence ``FacevalenceSubject`` lab metadata."""

from __future__ import annotations

from neuroconv.basedatainterface import BaseDataInterface
from pynwb import NWBFile

from facevalence.io.extension import FacevalenceSubject
from facevalence.io.names import SUBJECT_METADATA


class FacevalenceSubjectInterface(BaseDataInterface):
    """Role (analysis | prototype), recorded neuron type and experimental group of the subject, from
    session.yaml, as typed attributes (NWB's Subject has no field for them)."""

    display_name = "facevalence subject metadata"
    associated_suffixes = (".yaml",)
    info = "The subject's role in the study, the neuron type recorded and its group."

    def __init__(self, role: str, cell_type: str = "", subject_group: str = "", verbose: bool = False):
        super().__init__(role=role, cell_type=cell_type, subject_group=subject_group, verbose=verbose)

    def add_to_nwbfile(self, nwbfile: NWBFile, metadata: dict | None = None) -> None:
        data = self.source_data
        nwbfile.add_lab_meta_data(FacevalenceSubject(name=SUBJECT_METADATA, role=data["role"],
                                                     cell_type=data["cell_type"], subject_group=data["subject_group"]))
