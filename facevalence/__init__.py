"""facevalence: decode emotional valence from mouse facial expressions (Chen et al. 2025).

NWB files are the source of truth; DataJoint tables compute and cache every derived
result with lineage. See README.md for the two-command quick start.
"""

from facevalence._version import __version__, code_version
from facevalence.errors import InputError

__all__ = ["InputError", "__version__", "code_version"]
