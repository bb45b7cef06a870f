"""export-dandi pieces that need no database: the folder check, the dandiset.yaml template, and
reading dandi validate's verdict."""

from __future__ import annotations

import pytest
import yaml

from facevalence.errors import InputError
from facevalence.export.dandi import (
    TEMPLATE,
    contributors,
    dandiset_yaml,
    export_dandi,
    upload_deposit,
    validation_errors,
)


def test_export_into_a_non_empty_folder_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match=f"^{tmp_path}: DIR: not an empty folder"):
        export_dandi(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_template_is_filled_and_checked():
    import textwrap

    from dandischema.models import Person

    sessions = [{"experimenter": "Chen, Xi; Doe, Jane", "lab": "Valence Lab", "institution": "Some University"},
                {"experimenter": "Chen, Xi", "lab": "Valence Lab", "institution": "Some University"}]
    people = contributors(sessions, contact_email="xi.chen@example.org")
    text = dandiset_yaml(TEMPLATE, {"name": "my cohort", "description": "faces", "lab": "Lab A",
                                    "contributors": textwrap.indent(yaml.safe_dump(people), "  ")})
    data = yaml.safe_load(text)
    assert data["name"] == "my cohort" and data["identifier"].startswith("DANDI:")
    # people are Persons (not Organizations), each once, the first the contact; the lab is their affiliation
    assert [c["name"] for c in data["contributor"]] == ["Chen, Xi", "Doe, Jane"]
    for c in data["contributor"]:
        person = Person.model_validate(c)  # dandischema's own model accepts each record
        assert person.schemaKey == "Person" and person.affiliation[0].name == "Valence Lab, Some University"
    assert "dcite:ContactPerson" in data["contributor"][0]["roleName"]
    assert "dcite:ContactPerson" not in data["contributor"][1]["roleName"]
    assert all("dcite:ContactPerson" not in c["roleName"] for c in contributors(sessions))  # no email, no contact
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
