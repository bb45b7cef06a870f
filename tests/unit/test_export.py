"""export-dandi pieces that need no database: the folder check, the dandiset.yaml template, and
reading dandi validate's verdict."""

from __future__ import annotations

import pytest
import yaml

from facevalence.errors import InputError
from facevalence.export.dandi import TEMPLATE, dandiset_yaml, export_dandi, upload_deposit, validation_errors


def test_export_into_a_non_empty_folder_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match=f"^{tmp_path}: DIR: not an empty folder"):
        export_dandi(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_template_is_filled_and_checked():
    text = dandiset_yaml(TEMPLATE, {"name": "my cohort", "description": "faces", "lab": "Lab A"})
    data = yaml.safe_load(text)
    assert data["name"] == "my cohort" and data["identifier"].startswith("DANDI:")
    assert data["contributor"][0]["name"] == "Lab A"
    with pytest.raises(InputError, match="dandiset.yaml: the template must give at least 'identifier' and 'name'"):
        dandiset_yaml("description: {description}\n", {"description": "x"})


def test_validation_verdict():
    assert validation_errors("2026 [INFO] ...\nNo errors found.\n") == []
    out = "[pynwb.GENERIC] sub-a/sub-a.nwb — [error] could not read\nSummary: 1 error"
    assert validation_errors(out) == ["[pynwb.GENERIC] sub-a/sub-a.nwb — [error] could not read"]


def test_upload_without_an_api_key_says_what_is_missing(tmp_path, monkeypatch):
    monkeypatch.delenv("DANDI_API_KEY", raising=False)
    message = upload_deposit(tmp_path)
    assert message.startswith("not uploaded: set DANDI_API_KEY") and "identifier in dandiset.yaml" in message
