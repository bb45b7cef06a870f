"""The cohort the notebooks work on: generated, converted and ingested once, reused afterwards."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from facevalence.demo.cohort import default_cohort, generate_cohort


def small() -> bool:
    """``FACEVALENCE_NOTEBOOK_SMALL=1`` (the test suite sets it): the smallest cohort that shows everything."""
    return os.environ.get("FACEVALENCE_NOTEBOOK_SMALL") == "1"


def notebook_cohort(work: str | Path | None = None) -> list[Path]:
    """NWB files of the notebooks' demo cohort, ingested into the connected database.

    Generated and converted under ``<data dir>/notebooks`` the first time; later calls (the next
    notebook) find the NWB files and the ingested sessions and only return the paths. Small size:
    the prototype mouse + one DA-like mouse with photometry, an opto session and saline, ethanol
    and LiCl sessions (15 + 30 min at 0.125 frames/s), 15 fps stimulus sessions; full size: 5 mice, the demo's cohort.
    """
    from facevalence import db
    from facevalence.converters import convert_session
    from facevalence.pipeline.ingest import ingest

    work = Path(work or db.data_dir() / "notebooks")
    nwb_dir = work / "nwb"
    nwbs = sorted(nwb_dir.glob("*.nwb"))
    if not nwbs:
        spec = default_cohort(n_mice=2, repeats=1, seed=1, drug_fps=0.125) if small() else default_cohort()
        if small():  # stimulus sessions at 15 fps: half the paper's frames to render and score
            spec = dataclasses.replace(spec, drug_after_s=1800.0, fps=15.0)
        processes = len(os.sched_getaffinity(0))
        nwbs = [convert_session(folder, nwb_dir, overwrite=True)
                for folder in generate_cohort(work / "raw", spec, processes=processes)]
    db.connect()
    for path in nwbs:
        ingest(path)  # a file already ingested is a no-op
    return nwbs
