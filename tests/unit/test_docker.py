"""docker/: what can be checked without a Docker engine. The compose file's structure and every
variable it sets (each must be one facevalence or DataJoint reads), the worker command against
the real CLI, the Dockerfile's sources and pins. (`facevalence worker` itself runs against a real
MariaDB server in tests/integration/test_chain.py, four of them at once.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import datajoint
import yaml

from facevalence import db
from facevalence.cli import main

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"


def _compose() -> dict:
    return yaml.safe_load((DOCKER / "compose.yaml").read_text())


def _read_variables() -> str:
    """Source text of everything that reads environment variables: facevalence and DataJoint's settings."""
    sources = [p.read_text() for p in (ROOT / "facevalence").rglob("*.py")]
    sources.append((Path(datajoint.__file__).parent / "settings.py").read_text())
    return "\n".join(sources)


def test_compose_has_a_mysql8_server_and_workers_that_wait_for_it():
    services = _compose()["services"]
    assert services["db"]["image"] == "mysql:8.0"
    assert "healthcheck" in services["db"]
    worker = services["worker"]
    assert worker["depends_on"]["db"]["condition"] == "service_healthy"
    assert worker["build"]["dockerfile"] == "docker/worker.Dockerfile"
    assert (DOCKER / worker["build"]["context"] / worker["build"]["dockerfile"]).resolve() == DOCKER / "worker.Dockerfile"


def test_every_variable_the_compose_file_sets_is_read_by_facevalence_or_datajoint():
    env = _compose()["services"]["worker"]["environment"]
    text = _read_variables()
    for name in env:
        assert re.search(rf"['\"]{name}['\"]", text), f"{name} is set in compose.yaml but nothing reads it"
    stores = json.loads(env["DJ_STORES"])
    assert stores[db.STORE]["protocol"] == "file"
    assert env["DJ_BACKEND"] == "mysql" and env["DJ_HOST"] == "db"


def test_worker_command_exists_in_the_cli():
    command = _compose()["services"]["worker"]["command"]
    sub = main.commands[command[0]]
    options = {opt for p in sub.params for opt in p.opts}
    assert set(a for a in command[1:] if a.startswith("--")) <= options, (command, options)


def test_dockerfile_copies_what_exists_and_pins_torch_to_a_cpu_index():
    text = (DOCKER / "worker.Dockerfile").read_text()
    for line in re.findall(r"^COPY (.+) \S+$", text, flags=re.M):
        for source in line.split():
            assert (ROOT / source).exists(), source
    assert "ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu" in text
    assert "-c constraints.txt torch" in text and "torch==2.13.0" in (ROOT / "constraints.txt").read_text()
    assert re.search(r'CMD \["worker"', text)


def test_grant_covers_the_schemas_of_the_default_prefix():
    prefix = re.search(r"FACEVALENCE_PREFIX:-(\w+)", (DOCKER / "compose.yaml").read_text()).group(1)
    grant = (DOCKER / "grant.sql").read_text()
    assert f"`{prefix}\\_%`" in grant


SBATCH = ROOT / "deploy" / "facevalence-workers.sbatch"
#: sbatch options the script may use (sbatch(1)); a misspelled one would be ignored by SLURM silently
SBATCH_OPTIONS = {"job-name", "array", "cpus-per-task", "mem", "time", "requeue", "output", "error", "partition",
                  "gres", "nodes", "ntasks", "export", "account", "qos"}


def test_slurm_array_script_parses_and_runs_real_worker_options():
    import subprocess

    text = SBATCH.read_text()
    assert text.startswith("#!/bin/bash\n")
    assert subprocess.run(["bash", "-n", str(SBATCH)], capture_output=True).returncode == 0  # bash syntax
    directives = re.findall(r"^#SBATCH --([a-z-]+)(?:=(\S+))?$", text, flags=re.M)
    assert directives and {name for name, _ in directives} <= SBATCH_OPTIONS, directives
    values = dict(directives)
    assert re.fullmatch(r"\d+-\d+(%\d+)?", values["array"])  # an array of workers
    assert re.fullmatch(r"\d+[GM]", values["mem"]) and re.fullmatch(r"\d+:\d\d:\d\d", values["time"])
    # every #SBATCH line comes before the first command (sbatch stops reading directives there)
    first_command = next(i for i, line in enumerate(text.splitlines()) if line and not line.startswith("#"))
    assert all(i < first_command for i, line in enumerate(text.splitlines()) if line.startswith("#SBATCH"))
    # the variables it exports are ones facevalence or DataJoint read
    exported = re.findall(r"^export (\w+)=", text, flags=re.M)
    source = _read_variables()
    assert all(name in source for name in exported if not name.endswith("_THREADS")), exported
    # the worker options it passes exist in the real CLI
    from click.testing import CliRunner

    usage = CliRunner().invoke(main, ["worker", "--help"]).output
    assert "--max-idle" in usage and "--table" in usage
    assert "exec facevalence" in text
