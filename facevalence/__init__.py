"""facevalence: decode emotional valence from mouse facial expressions (Chen et al. 2025).

NWB files are the source of truth; DataJoint tables compute and cache every derived
result with lineage. See README.md for the two-command quick start.
"""

import warnings

# DataJoint warns on import when there is no datajoint.json; facevalence configures it itself (facevalence.db).
warnings.filterwarnings("ignore", message="No datajoint.json found", category=UserWarning)

from facevalence._version import __version__, code_version  # noqa: E402
from facevalence.errors import InputError  # noqa: E402

__all__ = ["InputError", "__version__", "code_version"]
