"""Shared fixtures: a small demo cohort converted to NWB once per test session, real-data path,
and a MariaDB server started in a temporary data directory."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

# pytest-xdist runs one worker per core: each worker (and the CLI processes it starts) then keeps
# to its share of the cores. Two workers each running 2 torch/numba/OpenCV threads on 2 cores ran
# the LSTM steps 2-4x slower than one thread each.
if os.environ.get("PYTEST_XDIST_WORKER_COUNT"):
    from facevalence.config import share_of_cores

    os.environ.update(share_of_cores(int(os.environ["PYTEST_XDIST_WORKER_COUNT"])))

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "data" / "real"


#: Tests that take minutes, longest first. Started first, they let the pytest-xdist workers
#: (one per core) finish together instead of one worker running two of them after the rest.
LONGEST_FIRST = ("test_deep_models", "test_chain_embedded_postgres", "test_chain_mariadb", "test_pooled_results_follow",
                 "test_the_deep_tables_on_mariadb", "test_notebook_runs", "test_a_killed_worker",
                 "test_four_workers_three_killed", "test_a_lab_without_a_prototype", "test_the_password",
                 "test_a_database_made_by_version")


def pytest_collection_modifyitems(config, items):
    def rank(item) -> int:
        return next((i for i, name in enumerate(LONGEST_FIRST) if item.name.startswith(name)), len(LONGEST_FIRST))

    items.sort(key=rank)  # stable: the notebooks keep their order


def _stop_servers_under(folder: Path) -> None:
    from facevalence.db import stop_embedded

    for pid_file in folder.rglob("postmaster.pid"):
        stop_embedded(pid_file.parent, force=True)


@pytest.fixture(autouse=True)
def _stop_embedded_servers_of_the_test(request):
    """The embedded PostgreSQL outlives the processes that use it (so that CLI commands attach at
    once): the servers a test started in its own folder are stopped when it ends."""
    yield
    folder = request.node.funcargs.get("tmp_path")
    if folder is not None:
        _stop_servers_under(folder)


@pytest.fixture(autouse=True, scope="session")
def _stop_embedded_servers_of_the_session(tmp_path_factory):
    """... and those that session fixtures started, when the session (this xdist worker) ends."""
    yield
    _stop_servers_under(tmp_path_factory.getbasetemp())


def skip_unless_ci(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, which has every server and data folder the tests
    need (a skip there would hide a test that no longer runs)."""
    if os.environ.get("CI"):
        pytest.fail(f"in CI: {reason}")
    pytest.skip(reason)


def real_data() -> Path:
    if not REAL.is_dir():
        skip_unless_ci(f"real data folder {REAL} is absent (it ships beside the repository as ../shared/data/real)")
    return REAL


def shared(tmp_path_factory, name: str, build) -> list[Path]:
    """Files made once per test run and shared by every pytest-xdist worker: the first worker to
    ask builds them (``build(folder)`` returns their paths) while the others wait on a file lock.
    Tests only read them (copy first to change one)."""
    from filelock import FileLock

    root = tmp_path_factory.getbasetemp()
    root = root.parent if os.environ.get("PYTEST_XDIST_WORKER") else root
    folder, listing = root / f"shared-{name}", root / f"shared-{name}.json"
    with FileLock(str(root / f"shared-{name}.lock")):
        if not listing.exists():
            paths = build(folder)
            listing.write_text(json.dumps([str(p) for p in paths]))
    return [Path(p) for p in json.loads(listing.read_text())]


@pytest.fixture(scope="session")
def mouseflow_video(tmp_path_factory) -> Path:
    """A face video for the real MouseFlow pose, which was tracked on a video that is not in the real
    data: its one real frame (the regions picture, 640x480) scaled to the tracked video's 782x582
    (the DLC metadata's frame_dimensions), held still for its 747 frames at 75 fps."""
    def build(folder: Path) -> list[Path]:
        import cv2

        from facevalence.io.video import write_gray_video

        folder.mkdir(parents=True, exist_ok=True)
        image = cv2.imread(str(next((real_data() / "dlc_face").glob("*.png"))), cv2.IMREAD_GRAYSCALE)
        image = cv2.resize(image, (782, 582), interpolation=cv2.INTER_LINEAR)
        path = folder / "face_still.mp4"
        write_gray_video(path, (image for _ in range(747)), 75)
        return [path]

    return shared(tmp_path_factory, "mouseflow-video", build)[0]


@pytest.fixture(scope="session")
def demo_cohort(tmp_path_factory):
    """3 mice (prototype + a DA-like eNpHR mouse and a GABA-like eYFP mouse, both with photometry
    and a laser log), each stimulus once; the first analysis mouse also has saline, ethanol and
    LiCl sessions."""
    from facevalence.demo import default_cohort, generate_cohort

    # sized to what the tests assert: stimulus sessions at 15 fps (the face-neural correlation samples
    # at 15 Hz either way; half the frames of the paper's 30 fps to render, decode and score); drug
    # sessions: 15 min baseline + the 30 min the windows need, at 0.25 fps
    spec = dataclasses.replace(default_cohort(n_mice=3, repeats=1, seed=1, drug_fps=0.25), drug_after_s=1800.0, fps=15.0)
    return shared(tmp_path_factory, "demo", lambda out: generate_cohort(out / "raw", spec, processes=2))


@pytest.fixture(scope="session")
def demo_nwb(demo_cohort, tmp_path_factory):
    from facevalence.converters import convert_session

    return shared(tmp_path_factory, "nwb", lambda out: [convert_session(folder, out) for folder in demo_cohort])


@pytest.fixture(scope="session")
def database(tmp_path_factory):
    """An embedded PostgreSQL in a temporary data dir, schemas activated in this process (once)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("FACEVALENCE_DATA_DIR", str(tmp_path_factory.mktemp("pgdata")))
    mp.setenv("FACEVALENCE_PREFIX", f"u{uuid.uuid4().hex[:8]}")
    mp.delenv("DJ_HOST", raising=False)
    from facevalence import db

    if db._state.get("connection") is not None:
        skip_unless_ci("schemas already activated in this process (by another fixture)")
    yield db.connect()
    mp.undo()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _mariadb_binaries() -> tuple[str, str] | None:
    server = shutil.which("mariadbd") or ("/usr/sbin/mariadbd" if Path("/usr/sbin/mariadbd").exists() else None)
    install = shutil.which("mariadb-install-db")
    return (server, install) if server and install else None


class MariaDBServer:
    """A real MariaDB server in a data dir of its own, on a free port; ``kill`` and ``start`` again
    on the same data and port (a server restart)."""

    def __init__(self, base: Path):
        binaries = _mariadb_binaries()
        if binaries is None:
            skip_unless_ci("mariadbd not installed (make test installs mariadb-server when run as root)")
        self.server, install = binaries
        self.base, self.port = base, _free_port()
        self.datadir, self.sock = base / "data", base / "mysqld.sock"
        self.user = ["--user=root"] if os.geteuid() == 0 else []
        subprocess.run([install, "--no-defaults", f"--datadir={self.datadir}", "--auth-root-authentication-method=normal",
                        "--skip-test-db", *self.user], check=True, capture_output=True)
        self.proc = None
        self.env = {"DJ_BACKEND": "mysql", "DJ_HOST": "127.0.0.1", "DJ_PORT": str(self.port), "DJ_USER": "root", "DJ_PASS": ""}

    def start(self) -> None:
        log = open(self.base / "server.log", "a")
        self.proc = subprocess.Popen([self.server, "--no-defaults", f"--datadir={self.datadir}", f"--socket={self.sock}",
                                      f"--port={self.port}", "--bind-address=127.0.0.1", "--skip-grant-tables",
                                      "--innodb-buffer-pool-size=64M", "--max-connections=200", *self.user],
                                     stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"mariadbd exited: {(self.base / 'server.log').read_text()[-2000:]}") from None
                time.sleep(0.3)
        self.proc.kill()
        raise RuntimeError("mariadbd did not start within 60 s")

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        self.proc.kill() if kill else self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(30)
        self.proc = None


@pytest.fixture(scope="session")
def mariadb(tmp_path_factory):
    """A real MariaDB server in a temporary data dir; yields DJ_* environment variables."""
    server = MariaDBServer(tmp_path_factory.mktemp("mariadb"))
    server.start()
    yield server.env
    server.stop()


def ok(result: subprocess.CompletedProcess) -> str:
    """The stdout of a process that must have succeeded; else fail with its exit status and output."""
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
    return result.stdout


def run_cli(args: list[str], env: dict, timeout: int = 900) -> subprocess.CompletedProcess:
    """Run ``facevalence ARGS`` in a fresh process with extra environment variables."""
    full = {**os.environ, **env}
    full.pop("DJ_HOST", None) if "DJ_HOST" not in env else None
    return subprocess.run([sys.executable, "-m", "facevalence.cli", *args], env=full, capture_output=True,
                          text=True, timeout=timeout, cwd=str(ROOT))


def expect_input_error(folder: Path, tmp_path: Path, name: str, field: str) -> None:
    """Converting ``folder`` fails with one line naming ``name`` and ``field``, and writes no NWB file."""
    from facevalence.converters import convert_session
    from facevalence.errors import InputError

    out = tmp_path / "out"
    with pytest.raises(InputError) as err:
        convert_session(folder, out)
    text = str(err.value)
    assert "\n" not in text and name in text and f": {field}:" in text, text
    assert not out.exists() or not any(out.iterdir()), "a partial NWB file was left behind"


def nwbinspector_problems(paths, allowed=frozenset()) -> tuple[list[tuple], int]:
    """nwbinspector under its DANDI configuration over NWB files: the CRITICAL and ERROR messages
    (a file it could not inspect) and the BEST_PRACTICE_VIOLATIONs not in ``allowed`` ((check name,
    object-name prefix) pairs), and how many messages it gave in all.

    (``inspect_nwbfile(config="dandi")`` with the name as a string reports a single ERROR and checks
    nothing; the configuration is loaded here.)"""
    from nwbinspector import Importance, inspect_nwbfile_object, load_config

    from facevalence.io.nwb import open_nwb

    config, found = load_config("dandi"), []
    for path in paths:
        with open_nwb(path) as nwb:
            found += [(Path(path).name, m) for m in inspect_nwbfile_object(nwb, config=config)]
    bad = [(name, m.importance.name, m.check_function_name, m.object_name, m.message[:120]) for name, m in found
           if m.importance in (Importance.CRITICAL, Importance.ERROR)
           or (m.importance == Importance.BEST_PRACTICE_VIOLATION
               and not any(m.check_function_name == c and m.object_name.startswith(o) for c, o in allowed))]
    return bad, len(found)
