"""session.yaml's typed model: every unknown or misspelled key at any depth is refused with its
path named and nothing written; the README's key reference and the editor schema are the model's."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facevalence.cli import main
from facevalence.errors import InputError
from facevalence.io.session_yaml import load_session, session_json_schema, session_reference
from tests.conftest import expect_input_error

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def template(demo_cohort, tmp_path_factory):
    """A session folder using every section: the demo's photometry session plus an injection, a
    landmarks file and the mapping form of each file entry."""
    src = next(f for f in demo_cohort if "m02_ses-01" in f.name)
    drug = next(f for f in demo_cohort if (f / "landmarks.yaml").exists())
    folder = tmp_path_factory.mktemp("template") / src.name
    shutil.copytree(src, folder)
    shutil.copy(drug / "landmarks.yaml", folder / "landmarks.yaml")
    meta = yaml.safe_load((folder / "session.yaml").read_text())
    meta["session"]["injection"] = {"time_s": 5.0, "drug": "saline", "dose": "10 ml/kg", "route": "i.p."}
    meta["files"]["face_video"] = {"path": "face.mp4", "start_s": 0.0}
    meta["files"]["stimulus_log"] = {"path": "stimuli.csv"}
    meta["files"]["landmarks"] = {"path": "landmarks.yaml"}
    meta["files"]["pose"]["fps"] = 10.0
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    load_session(folder)  # the template itself is valid
    return folder, meta


def _key_paths(node, prefix=()):
    """Every mapping key of the model's sections (not the free-form valence and extra maps)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if prefix == () and key in ("valence", "extra"):
                continue
            yield prefix + (key,)
            yield from _key_paths(value, prefix + (key,))


def _misspell(key: str, how: int, where: int) -> str:
    i = where % (len(key) + 1)
    if how == 0:
        return key[:i] + "x" + key[i:]  # a letter too many
    if how == 1 and len(key) > 2:
        i = min(i, len(key) - 1)
        return key[:i] + key[i + 1:]  # a letter missing
    if how == 2 and len(key) > 2:
        i = min(i, len(key) - 2)
        return key[:i] + key[i + 1] + key[i] + key[i + 2:]  # two letters swapped
    return key.replace("_", "") if "_" in key else key.upper()  # celltype, ID


def _get(meta, path):
    node = meta
    for part in path:
        node = node[part]
    return node


def _run(template, tmp_path, edit) -> tuple[Path, dict]:
    src, meta = template
    folder = tmp_path / "s"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(src, folder)
    meta = json.loads(json.dumps(meta))
    edit(meta)
    (folder / "session.yaml").write_text(yaml.safe_dump(meta))
    return folder, meta


settings_ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@settings_
@given(data=st.data(), how=st.integers(0, 3), where=st.integers(0, 40))
def test_every_misspelled_key_is_named_with_the_nearest_valid_one(template, tmp_path, data, how, where):
    paths = sorted(_key_paths(template[1]))
    path = data.draw(st.sampled_from(paths))
    wrong = _misspell(path[-1], how, where)
    if wrong == path[-1] or wrong in _get(template[1], path[:-1]):
        return  # the "typo" is another valid key of the same section
    folder, _ = _run(template, tmp_path, lambda m: _get(m, path[:-1]).__setitem__(wrong, _get(m, path[:-1]).pop(path[-1])))
    dotted = ".".join(path[:-1] + (wrong,))
    expect_input_error(folder, tmp_path, "session.yaml", dotted)
    with pytest.raises(InputError, match=r"unknown key") as err:
        load_session(folder)
    hint = re.search(r"did you mean (\S+)\?", str(err.value))
    if hint and len(path[-1]) > 3:  # short keys (id, fps) may have a nearer stranger
        assert hint.group(1) == ".".join(path), str(err.value)


@settings_
@given(data=st.data(), name=st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True), value=st.one_of(st.integers(), st.text(max_size=5)))
def test_every_unknown_key_at_any_depth_is_refused(template, tmp_path, data, name, value):
    sections = [()] + [p for p in _key_paths(template[1]) if isinstance(_get(template[1], p), dict)]
    section = data.draw(st.sampled_from(sections))
    if name in _get(template[1], section) or name in ("valence", "extra"):
        return
    folder, _ = _run(template, tmp_path, lambda m: _get(m, section).__setitem__(name, value))
    expect_input_error(folder, tmp_path, "session.yaml", ".".join(section + (name,)))


@pytest.mark.parametrize(("edit", "field", "hint"), [
    (lambda m: m["valence"].update(sucrse="positive"), "valence", "did you mean sucrose"),
    (lambda m: m["files"]["photometry"].pop("indicator"), "files.photometry.indicator", "missing"),
    (lambda m: m["subject"].update(celltype=m["subject"].pop("cell_type")), "subject.celltype", "did you mean subject.cell_type"),
    (lambda m: m["files"].update(landmark=m["files"].pop("landmarks")), "files.landmark", "did you mean files.landmarks"),
    (lambda m: m["files"]["stimulus_log"].update(ttl={"lines": {"digital_1": "sucrose"}}), "files.stimulus_log",
     "either path"),
    (lambda m: m["files"].update(stimulus_log={"ttl": {"line": "digital_1", "by_width": {"sucrose": [1, 5]}}}),
     "files.stimulus_log.ttl", "needs duration_s"),
])
def test_named_problems(template, tmp_path, edit, field, hint):
    folder, _ = _run(template, tmp_path, edit)
    expect_input_error(folder, tmp_path, "session.yaml", field)
    with pytest.raises(InputError, match=re.escape(hint)):
        load_session(folder)


def test_a_new_stimulus_is_allowed(template, tmp_path):
    folder, _ = _run(template, tmp_path, lambda m: m["valence"].update(quinine="negative"))
    assert load_session(folder).valence["quinine"] == "negative"


def test_readme_reference_is_the_model():
    text = (ROOT / "README.md").read_text()
    block = text.split("<!-- session-reference:start -->\n")[1].split("<!-- session-reference:end -->")[0]
    assert block == session_reference(), "README's session.yaml reference drifted: run `facevalence session-schema --markdown`"
    assert block.count("\n| `") >= 50


def test_editor_schema_accepts_valid_files_and_refuses_typos(template, demo_cohort):
    result = CliRunner().invoke(main, ["session-schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema == session_json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    for folder in demo_cohort:
        validator.validate(yaml.safe_load((folder / "session.yaml").read_text()))
    meta = json.loads(json.dumps(template[1]))
    validator.validate(json.loads(json.dumps(meta, default=str)))
    meta["files"]["photometry"]["control_wavelenght"] = 415
    with pytest.raises(jsonschema.ValidationError, match="control_wavelenght"):
        validator.validate(meta)


def test_readme_examples_are_valid():
    """The README's session.yaml and keypoint-map examples pass the model they document."""
    from facevalence.io.session_yaml import parse_session_yaml
    from facevalence.methods.kinematics import FACE_ROLES

    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)
    session = next(b for b in blocks if b.startswith("# session.yaml"))
    model = parse_session_yaml(ROOT / "README.md", yaml.safe_load(session))
    assert model.files.photometry.indicator and model.files.stimulus_log.path == "stimuli.csv"
    for line in (line for b in blocks if b.startswith("stimulus_log:") for line in b.splitlines()):
        if line.startswith("stimulus_log:"):
            example = yaml.safe_load(session)
            example["files"]["stimulus_log"] = yaml.safe_load(line.split("#")[0].replace("...", "water"))["stimulus_log"]
            parse_session_yaml(ROOT / "README.md", example)
    keypoint_map = yaml.safe_load(next(b for b in blocks if b.startswith("# my_map.yaml")))
    assert set(keypoint_map) <= set(FACE_ROLES)
