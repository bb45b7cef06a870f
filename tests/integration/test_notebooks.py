"""The notebooks run top to bottom (small sizes) against a fresh embedded database, in order:
01 builds the cohort and the database that 02-04 reuse."""

from __future__ import annotations

import os
import uuid

import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_four_notebooks():
    assert [p.name[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04"], NOTEBOOKS


@pytest.fixture(scope="module")
def notebook_env(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("FACEVALENCE_DATA_DIR", str(tmp_path_factory.mktemp("nbdata")))
    mp.setenv("FACEVALENCE_PREFIX", f"nb{uuid.uuid4().hex[:8]}")
    mp.setenv("FACEVALENCE_NOTEBOOK_SMALL", "1")
    mp.setenv("MPLBACKEND", "Agg")
    mp.delenv("DJ_HOST", raising=False)
    yield
    mp.undo()


@pytest.mark.xdist_group("notebooks")  # 01 builds the database that 02-04 read: one worker, in order
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_top_to_bottom(path, notebook_env, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), f"{path.name} is committed with outputs"
    client = NotebookClient(nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute(env=dict(os.environ))  # raises CellExecutionError naming the cell that failed
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
