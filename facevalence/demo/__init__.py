"""Demo cohort generator: raw session folders with ground truth (``facevalence demo``).

Each session folder is what a lab would hand to the converter (``session.yaml``, a face
video, DeepLabCut output, optionally a Neurophotometrics photometry CSV and a laser log),
plus ``ground_truth.json`` / ``ground_truth.npz`` with every injected value so tests can
check that the pipeline recovers them.
"""

from facevalence.demo.cohort import CohortSpec, MouseSpec, default_cohort, generate_cohort, generate_session
from facevalence.demo.notebook import notebook_cohort

__all__ = ["CohortSpec", "MouseSpec", "default_cohort", "generate_cohort", "generate_session", "notebook_cohort"]
