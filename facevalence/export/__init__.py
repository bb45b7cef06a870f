"""Sharing results: analysis NWB files of the derived results and a DANDI-layout deposit."""

from facevalence.export.analysis import write_analysis_nwb
from facevalence.export.dandi import export_dandi

__all__ = ["export_dandi", "write_analysis_nwb"]
