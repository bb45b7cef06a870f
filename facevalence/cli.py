"""``facevalence`` command line: demo, convert, ingest, populate, worker, lineage, status, upgrade, ..."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from facevalence.errors import InputError


def _fail(err: Exception) -> None:
    click.echo(f"error: {err}", err=True)
    sys.exit(2)


def _report_errors(failed: dict[str, list], indent: str = "") -> list[tuple]:
    """Print each failed key as ``TABLE KEY: message`` on stderr; return them as (table, key, message)."""
    flat = [(table, key, message) for table, errors in failed.items() for key, message in errors]
    for table, key, message in flat:
        click.echo(f"{indent}{table} {key}: {message}", err=True)
    return flat


def _by_table(failed: list[tuple]) -> dict[str, list]:
    """(table, key, message) triples as ``{table: [(key, message), ...]}`` for :func:`_report_errors`."""
    out: dict[str, list] = {}
    for table, key, message in failed:
        out.setdefault(table, []).append((key, message))
    return out


def _connect():
    from facevalence import db

    try:
        conn = db.connect()
    except RuntimeError as err:  # e.g. tables made by an earlier version: says how to upgrade
        _fail(err)
    click.echo(f"database: {db.describe()}", err=True)
    return conn


@click.group()
@click.version_option(package_name="facevalence")
def main() -> None:
    """Decode emotional valence from mouse facial expressions (Chen et al. 2025) on NWB + DataJoint."""


@main.command()
@click.option("--dry-run", is_flag=True, help="Only say what would change and which results would be made again.")
@click.option("--yes", is_flag=True, help="Also apply the changes that drop computed tables (they are made again).")
@click.option("--populate/--no-populate", "then_populate", default=True, show_default=True,
              help="After --yes: make the dropped results again now.")
def upgrade(dry_run, yes, then_populate):
    """Upgrade a database made by an earlier facevalence version in place (back it up first).

    Manual and imported rows (subjects, sessions, NWB files, model selections) are always kept;
    results whose table changed primary key are listed and, with --yes, dropped and made again."""
    from facevalence import db

    try:
        lines = db.upgrade(dry_run=dry_run, confirmed=yes)
    except RuntimeError as err:
        _fail(err)
    for line in lines:
        click.echo(line)
    if not lines:
        click.echo("the database is up to date", err=True)
    elif yes and then_populate and not dry_run and any(": dropped" in line for line in lines):
        from facevalence.pipeline.populate import populate_all

        db.connect()
        failed = _report_errors({t: r["error_list"] for t, r in populate_all(suppress_errors=True).items()})
        sys.exit(1 if failed else 0)


@main.command("session-schema")
@click.option("--markdown", is_flag=True, help="Print the key reference as a Markdown table instead.")
def session_schema(markdown):
    """Print the JSON Schema of session.yaml (for editors that validate YAML while you type)."""
    from facevalence.io.session_yaml import session_json_schema, session_reference

    click.echo(session_reference() if markdown else json.dumps(session_json_schema(), indent=1))


@main.command()
@click.argument("session_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder for the NWB files.")
@click.option("--overwrite", is_flag=True, help="Replace existing NWB files.")
@click.option("--allow-short-baseline", is_flag=True,
              help="Keep trials with less than 4 s of recording before the onset (noted in the NWB file).")
def convert(session_dirs, out_dir, overwrite, allow_short_baseline):
    """Convert raw session folders (session.yaml + files) to NWB files."""
    from facevalence.converters import convert_session

    try:
        for folder in session_dirs:
            click.echo(convert_session(folder, out_dir, overwrite=overwrite, allow_short_baseline=allow_short_baseline))
    except InputError as err:
        _fail(err)


@main.command()
@click.argument("session_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--project", "config", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="config.yaml of the lab's DeepLabCut 3 project (its trained model; nothing is downloaded).")
@click.option("--shuffle", default=1, show_default=True, help="Trained shuffle of the project.")
@click.option("--trainingsetindex", default=0, show_default=True, help="Which TrainingFraction of config.yaml.")
@click.option("--snapshot", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A snapshot-*.pt file (default: the best one, else the last epoch's).")
@click.option("--device", default="auto", show_default=True, help="torch device: auto (a GPU when there is one), cpu, cuda, cuda:N.")
@click.option("--batch", default=8, show_default=True, type=click.IntRange(min=1), help="Frames per network call.")
@click.option("--overwrite", is_flag=True, help="Replace a pose file this model already wrote.")
def track(session_dirs, config, shuffle, trainingsetindex, snapshot, device, batch, overwrite):
    """Track the face keypoints of each session's video with the lab's DeepLabCut model (the [dlc]
    extra) and write DeepLabCut's .h5 beside the video, with the model's checksums in it."""
    from facevalence.io.dlc_project import (
        MissingExtra,
        deeplabcut_version,
        load_predictor,
        read_dlc_project,
        track_video,
    )
    from facevalence.io.session_yaml import load_session

    try:  # every folder and the model are checked before the network is loaded
        model = read_dlc_project(config, shuffle, trainingsetindex, snapshot)
        todo = []
        for folder in session_dirs:
            spec = load_session(folder)
            if spec.face_video is None:
                raise InputError(spec.yaml_path, "files.face_video", "the session has no face video to track")
            out = spec.face_video.with_name(f"{spec.face_video.stem}{model.scorer}.h5")
            if out.exists() and not overwrite:
                raise InputError(out, "file", "exists (this model tracked the video already); --overwrite replaces it")
            todo.append((spec, out))
        predict = load_predictor(model, device, batch)
        version = deeplabcut_version()
    except (InputError, MissingExtra) as err:
        _fail(err)
    for spec, out in todo:
        try:
            track_video(spec.face_video, model, predict, out, batch=batch, dlc_version=version)
        except InputError as err:
            _fail(err)
        named = spec.pose is not None and spec.pose.resolve() == out.resolve()
        hint = "" if named else f"; to convert with it, set files.pose: {os.path.relpath(out, spec.folder)} in {spec.yaml_path}"
        click.echo(f"{out}: {len(model.bodyparts)} keypoints by {model.scorer}{hint}")


@main.command()
@click.argument("source")
@click.option("--session", "session_name", default=None, metavar="SUBJECT/SESSION",
              help="An ingested session of this mouse (and camera): its registration onto the prototype template is "
                   "used unless --landmarks or --align is given; --record copies the mouse's metadata from it.")
@click.option("--landmarks", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Register a new camera from six landmarks placed on one of its frames (the session folder's YAML).")
@click.option("--align", is_flag=True, help="Register a new camera automatically: ECC alignment of its first "
                                            "--align-s seconds onto the template's neutral frame.")
@click.option("--align-s", default=2.0, show_default=True, help="Seconds of neutral face averaged for registration.")
@click.option("--min-correlation", default=0.8, show_default=True, help="--align refuses a poorer alignment.")
@click.option("--overlay", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where --landmarks/--align save the red/cyan overlay PNG (default: live_registration_<time>.png).")
@click.option("--proto-id", default=None, help="Prototype mouse (default: the only one).")
@click.option("--hog-paramset", default=0, show_default=True)
@click.option("--proto-paramset", default=0, show_default=True)
@click.option("--reg-paramset", default=0, show_default=True)
@click.option("--realtime", is_flag=True, help="Play a video file at its own frame rate (a camera or stream is always live).")
@click.option("--baseline", "baseline_s", default=4.0, show_default=True,
              help="Seconds at the start whose mean positive-minus-negative similarity is the valence baseline.")
@click.option("--trigger", "triggers", multiple=True, help="A rule such as 'valence < -0.02 for 0.5 s' (repeat).")
@click.option("--refractory", "refractory_s", default=2.0, show_default=True, help="Seconds after a trigger before it fires again.")
@click.option("--serial", "serial_port", default=None, help="Serial port that gets a TTL (message + RTS pulse) at each trigger.")
@click.option("--lsl", "lsl_name", default=None, metavar="NAME",
              help="Publish the scores and trigger markers as Lab Streaming Layer streams NAME and NAME-markers.")
@click.option("--dashboard/--no-dashboard", default=True, show_default=True, help="Serve the live dashboard in the browser.")
@click.option("--port", default=8765, show_default=True, help="The dashboard's port on localhost (0: any free one).")
@click.option("--record", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Record a session folder (video, triggers, scores, session.yaml) for convert and ingest.")
@click.option("--record-session", default=None, help="The recording's session id (default: live-<date>-<time>).")
@click.option("--out", "out_csv", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="CSV of every frame's scores.")
@click.option("--max-frames", type=click.IntRange(min=1), default=None, help="Stop after this many frames.")
def live(source, session_name, landmarks, align, align_s, min_correlation, overlay, proto_id, hog_paramset,
         proto_paramset, reg_paramset, realtime, baseline_s, triggers, refractory_s, serial_port, lsl_name, dashboard,
         port, record, record_session, out_csv, max_frames):
    """Score a camera, stream or video frame by frame: valence from the face, live, with triggers.

    SOURCE is a camera (0, /dev/video0), a stream URL, a video file, or `demo`: a demo session replayed
    in real time with the dashboard, its scores checked against its PrototypeScore row.
    """
    from tqdm import tqdm

    from facevalence.live.app import Options, compare_with_table, demo_session, readout
    from facevalence.methods.triggers import parse_rule

    session = None
    if session_name is not None:
        if "/" not in session_name:
            _fail(InputError(None, "--session", f"{session_name!r}: give SUBJECT/SESSION, e.g. m01/01"))
        subject, session_id = session_name.split("/", 1)
        session = {"subject_id": subject, "session_id": session_id}
    is_demo = source == "demo"
    if session is None and not is_demo and landmarks is None and not align:
        _fail(InputError(None, "--session", "give the session whose registration to use, or register this camera "
                                            "with --landmarks or --align"))
    try:
        rules = [parse_rule(text, refractory_s) for text in triggers]
    except ValueError as err:
        _fail(err)
    if is_demo:  # the demo's own schemas, as `facevalence demo` made them
        os.environ["FACEVALENCE_PREFIX"] = os.environ.get("FACEVALENCE_DEMO_PREFIX", "facevalence_demo")
    _connect()
    if is_demo:
        try:
            session, video = demo_session(session)
        except ValueError as err:
            _fail(err)
        source, realtime = str(video), True
        click.echo(f"replaying demo session {session['subject_id']}/{session['session_id']} in real time: {video}")

    def hold(url: str) -> None:  # at a terminal, the page stays up to be looked at
        click.echo(f"the source has ended; the dashboard stays at {url} until Ctrl-C", err=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass

    opts = Options(source=source, session=session, proto_id=proto_id, hog_paramset=hog_paramset,
                   proto_paramset=proto_paramset, reg_paramset=reg_paramset, landmarks=landmarks, align=align,
                   align_s=align_s, min_correlation=min_correlation, overlay=overlay, realtime=realtime,
                   baseline_s=baseline_s, rules=rules, serial_port=serial_port, lsl_name=lsl_name, dashboard=dashboard,
                   port=port, record=record, record_session=record_session, out_csv=out_csv, max_frames=max_frames,
                   hold=hold if sys.stdin.isatty() else None)
    bar = tqdm(unit="frame", desc="live", total=max_frames)

    def show(score) -> None:  # the progress bar, and a line per trigger
        bar.update(1)
        if score.triggered:
            bar.write(f"t = {score.t:.2f} s: trigger {', '.join(score.triggered)} (valence {score.valence:+.4f})")

    try:
        done = readout(opts, bar.write, [show])
    except (InputError, ValueError, OSError) as err:
        bar.close()
        _fail(err)
    bar.close()
    result, elapsed = done.result, done.result.elapsed_s
    p50, p99 = result.latency_percentiles()
    click.echo(f"scored {len(result.scores)} frames in {elapsed:.1f} s ({len(result.scores) / max(elapsed, 1e-9):.1f} "
               f"frames/s); dropped {result.dropped} of {result.decoded} decoded; latency p50 {1000 * p50:.1f} ms, "
               f"p99 {1000 * p99:.1f} ms; {len(result.triggers)} trigger(s)" + (f"; scores in {out_csv}" if out_csv else ""))
    if done.recorded is not None:
        click.echo(f"recorded session folder {done.recorded} (facevalence convert takes it)")
    if is_demo:  # one code path: the live scores are the table's
        n, worst = compare_with_table(done)
        agree = worst <= 1e-9
        click.echo(f"{n} frames {'match' if agree else 'differ from'} PrototypeScore of {session['subject_id']}/"
                   f"{session['session_id']}: largest difference {worst:.1e}", err=not agree)
        if not agree:
            sys.exit(1)


@main.command()
@click.argument("nwb_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace a session ingested from a different file (deletes its results).")
def ingest(nwb_files, replace):
    """Insert NWB files' subjects, sessions and trials into the database."""
    from facevalence.pipeline.ingest import ingest as ingest_one

    _connect()
    try:
        for path in nwb_files:
            click.echo(f"ingested {ingest_one(path, replace=replace)} from {path}")
    except InputError as err:
        _fail(err)


@main.command()
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes sharing the job queue (default: one per core; 1: in this process, in order).")
@click.option("--reserve-jobs", is_flag=True, help="With --workers 1: use the job queue (safe with other workers running).")
@click.option("--json", "as_json", is_flag=True, help="Print the rows made per table as JSON.")
def populate(workers, reserve_jobs, as_json):
    """Compute every table, with a progress bar per table (one worker) or a line per finished table."""
    from facevalence.pipeline.populate import populate_all, populate_workers

    workers = workers or len(os.sched_getaffinity(0))
    _connect()
    if workers == 1:
        results = populate_all(reserve_jobs=reserve_jobs, display_progress=True, suppress_errors=True)
        failed = _report_errors({t: r["error_list"] for t, r in results.items()})
        made = {t: r["success_count"] for t, r in results.items()}
    else:
        click.echo(f"populating with {workers} worker processes (--workers 1: in this process)", err=True)
        t0 = time.monotonic()
        try:
            made, failed = populate_workers(workers, echo=lambda line: click.echo(f"  {line}", err=True))
        except RuntimeError as err:
            _fail(err)
        click.echo(f"{sum(made.values())} rows in {time.monotonic() - t0:.0f} s", err=True)
        failed = _report_errors(_by_table(failed))
    if as_json:
        click.echo(json.dumps(made))
    sys.exit(1 if failed else 0)


@main.command()
@click.option("--paramset", default=1, show_default=True, help="ModelParams row: 0 = paper (GPU), 1 = CPU demo, 2 = CPU test.")
@click.option("--weights", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="torchvision-format ResNet18 ImageNet checkpoint (e.g. resnet18-f37072fd.pth); without it training starts from scratch.")
@click.option("--device", "device_name", default="cpu", show_default=True, help="torch device: cpu, cuda, cuda:N or mps.")
@click.option("--proto-id", default=None, help="Prototype mouse whose face is the registration template (default: the only one).")
@click.option("--reg-paramset", default=0, show_default=True)
@click.option("--cohort", default="all", show_default=True, help="Cohort whose sessions the models train on.")
def train(paramset, weights, device_name, proto_id, reg_paramset, cohort):
    """Train the deep models (ResNet18 classifier, Siamese, Grad-CAM, occlusion) on the ingested sessions."""
    from facevalence.pipeline import train as deep_train

    _connect()
    try:
        os.environ["FACEVALENCE_DEVICE"] = deep_train.check_device(device_name)
        key = deep_train.select(paramset, weights, proto_id, reg_paramset, cohort)
    except InputError as err:
        _fail(err)
    if weights is None:
        click.echo("no --weights given: the networks are trained from scratch (no ImageNet initialisation)", err=True)
    failed = _report_errors(deep_train.train(key))
    for line in deep_train.summary(key):
        click.echo(line)
    sys.exit(1 if failed else 0)


@main.command()
@click.option("--max-idle", default=0.0, show_default=True, help="Seconds to wait for new work before exiting.")
@click.option("--json", "as_json", is_flag=True, help="Print the rows this worker made as JSON.")
@click.option("--table", "tables", multiple=True, help="Only this table (repeat), e.g. the deep ones on a GPU machine.")
def worker(max_idle, as_json, tables):
    """Work the job queue (populate with reserve_jobs) until nothing is left; re-queue the jobs of
    workers that died."""
    from facevalence.pipeline.populate import work

    _connect()
    try:
        made = work(max_idle_s=max_idle, tables=list(tables) or None)
    except ValueError as err:
        _fail(err)
    click.echo(json.dumps(made) if as_json else "\n".join(f"{t}: {n} rows" for t, n in made.items()))


def _parse_key(pairs) -> dict:
    key = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not name=value", param_hint="--key")
        name, value = pair.split("=", 1)
        key[name] = value  # converted to the attribute's type by the lineage code
    return key


@main.command()
@click.argument("table")
@click.option("--key", "pairs", multiple=True, help="Primary-key attribute as name=value (repeat).")
@click.option("--json", "as_json", is_flag=True)
def lineage(table, pairs, as_json):
    """Print the lineage of one row: NWB file + sha256, parameter sets, code versions, upstream rows."""
    from facevalence.pipeline.lineage import format_lineage
    from facevalence.pipeline.lineage import lineage as get_lineage

    _connect()
    try:
        info = get_lineage(table, _parse_key(pairs))
    except (KeyError, LookupError) as err:
        _fail(err)
    click.echo(json.dumps(info, indent=1, default=str) if as_json else format_lineage(info))


@main.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--why", is_flag=True, help="List, per table, the sessions it has no row for and the reason.")
def status(as_json, why):
    """Row counts of every table and what is left to compute."""
    from facevalence import schemas
    from facevalence.pipeline.populate import remaining

    _connect()
    if why:
        from dataclasses import asdict

        from facevalence.pipeline.why import format_why, why_not

        skips = why_not()
        click.echo(json.dumps([asdict(s) for s in skips]) if as_json else format_why(skips))
        return
    from facevalence.pipeline.cohorts import find_stale

    counts = {name: len(t()) for name, t in schemas.all_tables().items()}
    left = remaining()
    stale: dict[str, list] = {}
    for s in find_stale():
        stale.setdefault(s.table, []).append(s)
    if as_json:
        click.echo(json.dumps({"rows": counts, "remaining": left,
                               "stale": {t: [r.key for r in rows] for t, rows in stale.items()}}, default=str))
        return
    for name, n in counts.items():
        notes = [f"{left[name]} left"] if left.get(name) else []
        notes += [f"stale: cohort {r.key['cohort']} has {r.now} sessions, the row pooled {r.made_with}; "
                  "populate remakes it" for r in stale.get(name, [])]
        click.echo(f"{name:28s} {n:6d}" + (f"   ({'; '.join(notes)})" if notes else ""))


@main.command()
@click.option("--recover", is_flag=True, help="Re-queue reservations whose worker is dead (its connection is gone).")
@click.option("--retry", is_flag=True, help="Re-queue failed jobs.")
@click.option("--clear", is_flag=True, help="Delete failed and ignored jobs.")
@click.option("--gc", "gc", is_flag=True, help="List object-store files no row refers to (left by killed makes).")
@click.option("--yes", is_flag=True, help="With --gc: delete them (refused while workers are making rows).")
@click.option("--json", "as_json", is_flag=True)
def jobs(recover, retry, clear, gc, yes, as_json):
    """Reserved and failed jobs of every table: key, host, pid, age, error; whether each worker lives."""
    from dataclasses import asdict

    from facevalence.pipeline.jobs import (
        clear_failed,
        format_jobs,
        list_jobs,
        recover_dead,
        retry_failed,
        store_orphans,
    )

    _connect()
    if gc:
        try:
            found = store_orphans(delete=yes)
        except RuntimeError as err:
            _fail(err)
        n = found["deleted"] if yes else len(found["orphans"])
        click.echo(f"object store: {'deleted' if yes else 'found'} {n} orphaned file(s), {found['bytes'] / 1e6:.1f} MB"
                   + ("" if yes or not n else "; --gc --yes deletes them"), err=True)
    if recover:
        click.echo(f"re-queued {len(recover_dead())} interrupted job(s) (dead worker or lost connection)", err=True)
    if retry:
        click.echo(f"re-queued {len(retry_failed())} failed job(s)", err=True)
    if clear:
        click.echo(f"deleted {clear_failed()} failed or ignored job(s)", err=True)
    found = list_jobs()
    click.echo(json.dumps([asdict(j) for j in found], default=str) if as_json else format_jobs(found))


@main.group("db")
def db_group() -> None:
    """The embedded database server: it keeps running between commands (so they answer at once)."""


@db_group.command("status")
@click.option("--json", "as_json", is_flag=True)
def db_status(as_json):
    """Whether the embedded server runs (pid, socket, since when) and who is connected."""
    from facevalence import db

    if not db.uses_embedded():
        click.echo("a database server is configured (DJ_HOST or datajoint.json); no embedded server is used")
        return
    info = db.embedded_server()
    out = {"data_dir": str(db.data_dir() / "pgdata"), "running": info is not None}
    if info is not None:
        out.update(pid=info.pid, socket=str(info.socket_dir), port=info.port,
                   since=info.start_time.isoformat(timespec="seconds"),
                   clients=db.embedded_clients())
    if as_json:
        click.echo(json.dumps(out, default=str))
    elif info is None:
        click.echo(f"embedded PostgreSQL at {out['data_dir']}: not running (the next command starts it)")
    else:
        click.echo(f"embedded PostgreSQL at {out['data_dir']}: running since {out['since']} (pid {info.pid}, "
                   f"socket {info.socket_dir}:{info.port}), {len(out['clients'])} client(s) connected")
        for c in out["clients"]:
            click.echo(f"  server pid {c['pid']}: {c['application'] or '?'} {c['state']} since {c['since']:%Y-%m-%d %H:%M:%S}")


@db_group.command("stop")
@click.option("--force", is_flag=True, help="Stop even while clients are connected (their transactions roll back).")
def db_stop(force):
    """Stop the embedded server (refused while workers or other commands are connected)."""
    from facevalence import db

    if not db.uses_embedded():
        _fail(RuntimeError("a database server is configured (DJ_HOST or datajoint.json): stop it with its own tools"))
    try:
        stopped = db.stop_embedded(force=force)
    except RuntimeError as err:
        _fail(err)
    click.echo(f"embedded PostgreSQL at {db.data_dir() / 'pgdata'}: {'stopped' if stopped else 'was not running'}")


@main.group()
def cohort() -> None:
    """Named sets of sessions that the cohort-level results (patterns, decoding, deep models) pool."""


@cohort.command("add")
@click.argument("name")
@click.option("--where", "where", required=True,
              help="SQL condition on Subject * Session, e.g. \"subject_group IN ('eNpHR', 'eYFP')\" or \"cell_type = 'DA'\".")
@click.option("--fixed", is_flag=True, help="Keep today's members (default: follow the condition as sessions arrive).")
@click.option("--description", default="", help="One line on what the cohort is.")
def cohort_add(name, where, fixed, description):
    """Define cohort NAME; populate then makes its pooled results."""
    from facevalence.pipeline.cohorts import add_cohort

    _connect()
    try:
        n = add_cohort(name, where, fixed, description)
    except InputError as err:
        _fail(err)
    click.echo(f"cohort {name}: {n} sessions ({'fixed' if fixed else 'follows the condition as sessions arrive'}); "
               "`facevalence populate` makes its pooled results")


@cohort.command("list")
@click.option("--json", "as_json", is_flag=True)
def cohort_list(as_json):
    """Every cohort with its members and condition."""
    from facevalence.pipeline.cohorts import cohort_table, sync_cohorts

    _connect()
    sync_cohorts()
    rows = cohort_table()
    if as_json:
        click.echo(json.dumps(rows))
        return
    for r in rows:
        kind = "automatic" if r["automatic"] else "fixed"
        click.echo(f"{r['cohort']:16s} {r['members']:5d} sessions  {kind:9s}  {r['restriction'] or '(every analysis session)'}"
                   + (f"  # {r['description']}" if r["description"] else ""))


@cohort.command("show")
@click.argument("name")
def cohort_show(name):
    """The member sessions of cohort NAME."""
    from facevalence.queries import in_cohort

    _connect()
    try:
        members = in_cohort(name).to_dicts(order_by=("subject_id", "session_id"))
    except ValueError as err:
        _fail(err)
    for m in members:
        click.echo(f"{m['subject_id']}/{m['session_id']}")


@cohort.command("drop")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Really delete it and every result pooled over it.")
def cohort_drop(name, yes):
    """Delete cohort NAME and the results pooled over it (its sessions stay)."""
    from facevalence.pipeline.cohorts import drop_cohort

    _connect()
    if not yes:
        _fail(ValueError(f"dropping cohort {name} deletes every result pooled over it; add --yes"))
    try:
        n = drop_cohort(name)
    except InputError as err:
        _fail(err)
    click.echo(f"cohort {name}: {'dropped' if n else 'no such cohort'}")


@main.command()
@click.argument("name", type=click.Choice(["scores", "drugs", "features", "photometry", "opto"]))
@click.option("--where", "pairs", multiple=True, help="Subject or session attribute=value, e.g. genotype=DAT-Cre (repeat).")
@click.option("--start", default=None, help="First session date (YYYY-MM-DD).")
@click.option("--end", default=None, help="Last session date (YYYY-MM-DD).")
@click.option("--param", "params", multiple=True, help="Parameter set, e.g. hog_paramset=1 (default: the paper's, 0).")
@click.option("--drug", default=None, help="drugs: only this drug.")
@click.option("--feature", default=None, help="features: only this feature.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the table to this CSV file instead of printing it.")
@click.option("--cohort", default=None, help="Only the sessions of this named cohort (`facevalence cohort list`).")
def query(name, pairs, start, end, params, drug, feature, csv_path, cohort):
    """Cross-cohort query NAME as a table: scores (prototype similarity per trial), drugs (drug-session
    windows), features (keypoint features per trial), photometry (PSTH peaks per trial), opto
    (laser on vs off per session). The same functions are in facevalence.queries."""
    from facevalence import queries

    _connect()
    kwargs = {"where": _parse_key(pairs), "start": start, "end": end, "cohort": cohort,
              "params": {k: int(v) for k, v in _parse_key(params).items()}}
    if name == "drugs":
        kwargs["drug"] = drug
    if name == "features":
        kwargs["feature"] = feature
    try:
        frame = queries.QUERIES[name](**kwargs)
    except ValueError as err:
        _fail(err)
    if csv_path:
        frame.to_csv(csv_path, index=False)
        click.echo(f"{len(frame)} rows -> {csv_path}")
    else:
        with pd_options():
            click.echo(frame.to_string(index=False) if len(frame) else "(no rows)")


def pd_options():
    import pandas as pd

    return pd.option_context("display.max_rows", 200, "display.width", 200, "display.max_columns", 40)


def _restriction(cohort: str | None, pairs) -> object:
    """What ``--cohort NAME`` and ``--where attr=value`` select: the named cohort's members (and its
    pooled results), narrowed to the sessions with those attributes; without a name, the pooled
    results of the default cohort. ``--cohort attr=value`` (before named cohorts) still works."""
    import datajoint as dj

    from facevalence.queries import in_cohort, sessions
    from facevalence.schemas.session import DEFAULT_COHORT

    if cohort and "=" in cohort:
        click.echo("note: --cohort attr=value is now --where attr=value; --cohort names a cohort", err=True)
        pairs, cohort = (*pairs, cohort), None
    try:
        chosen = sessions(_parse_key(pairs)) if pairs else None
    except ValueError as err:
        _fail(ValueError(f"--where: {err}"))
    if cohort is None:
        return {"cohort": DEFAULT_COHORT} if chosen is None else dj.AndList([chosen.proj(), {"cohort": DEFAULT_COHORT}])
    try:
        members = in_cohort(cohort)
    except ValueError as err:
        _fail(ValueError(f"--cohort: {err}"))
    return (members & chosen.proj()) if chosen is not None else members


@main.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--only", multiple=True, help="Draw only this figure (repeat); default: every figure.")
@click.option("--cohort", default=None, help="Named cohort (`facevalence cohort list`); default: all.")
@click.option("--where", "pairs", multiple=True,
              help="Restrict to subjects/sessions with attribute=value, e.g. genotype=DAT-Cre or subject_group=eNpHR (repeat).")
def figures(out_dir, only, cohort, pairs):
    """Draw the paper's figure types from the database into OUT_DIR (PNG and PDF).

    A figure whose upstream table has no rows is skipped with a message.
    """
    from facevalence.figures import FIGURES, make_figures

    _connect()
    restriction = _restriction(cohort, pairs)
    try:
        drawn = make_figures(out_dir, restriction, list(only) or None)
    except ValueError as err:
        _fail(err)
    for name, result in drawn.items():
        click.echo(f"{name}: {result if isinstance(result, str) else ', '.join(p.name for p in result)}")
    click.echo(f"{sum(not isinstance(r, str) for r in drawn.values())} of {len(FIGURES) if not only else len(only)} "
               f"figures in {out_dir}")


@main.command()
@click.argument("session", required=False)
@click.option("--cohort", default=None, help="Every member session's report and an index.html linking them (`facevalence cohort list`).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="The .html file (one session; default sub-<subject>_ses-<session>.html) or the folder (--cohort; "
                   "default reports-<cohort>).")
@click.option("--param", "params", multiple=True, help="Parameter set, e.g. phot_paramset=1 (default: the paper's, 0).")
def report(session, cohort, out, params):
    """A quality report of SESSION (sub-<subject>_ses-<session> or <subject>/<session>) as one
    self-contained HTML page: pose likelihood and interpolation, clocks and dropped frames, photometry
    bleaching and motion correction, registration, baseline coverage, motion energy, table status."""
    from facevalence.report import DEFAULTS, cohort_report, session_key, session_report

    if bool(session) == bool(cohort):
        _fail(click.UsageError("give either SESSION or --cohort NAME"))
    chosen = {k: int(v) for k, v in _parse_key(params).items()}
    unknown = sorted(set(chosen) - set(DEFAULTS))
    if unknown:
        _fail(ValueError(f"--param: unknown parameter set {unknown[0]}; known: {', '.join(DEFAULTS)}"))
    try:
        key = session_key(session) if session else None
    except ValueError as err:
        _fail(err)
    _connect()
    try:
        if key:
            path = session_report(key, out or Path(f"sub-{key['subject_id']}_ses-{key['session_id']}.html"), chosen)
        else:
            path = cohort_report(cohort, out or Path(f"reports-{cohort}"), chosen)
    except ValueError as err:
        _fail(err)
    click.echo(f"report: {path}")


@main.command("export-dandi")
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--template", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Your dandiset.yaml template ({name}, {description}, {lab}, {contributors} are filled in).")
@click.option("--upload", is_flag=True, help="Upload with `dandi upload` (needs DANDI_API_KEY).")
@click.option("--cohort", default=None, help="Only the sessions of this named cohort; default: every session.")
@click.option("--where", "pairs", multiple=True,
              help="Only subjects/sessions with attribute=value, e.g. genotype=DAT-Cre (repeat).")
@click.option("--contact-email", default=None, help="Email of the first experimenter, DANDI's contact person.")
def export_dandi(out_dir, template, upload, cohort, pairs, contact_email):
    """Raw + analysis NWB files of the ingested sessions in DANDI layout, validated with `dandi validate`."""
    from facevalence.export import export_dandi as run_export

    _connect()
    restriction = _restriction(cohort, pairs) if cohort or pairs else None
    try:
        result = run_export(out_dir, template.read_text() if template else None, upload,
                            progress=lambda line: click.echo(line, err=True), restriction=restriction,
                            contact_email=contact_email)
    except (InputError, RuntimeError) as err:
        _fail(err)
    click.echo("\n".join(result["files"]))
    click.echo(f"dandi validate: {result['validate']}; {result['upload']}")


@main.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where raw folders and NWB files go (default: <data dir>/demo).")
@click.option("--full", is_flag=True,
              help="The full demo: 30 fps video, 75-min drug sessions at 1 fps, deep models at the CPU demo size "
                   "(model paramset 1), the paper's LSTM. Default: 10 fps video, 45-min drug sessions at 0.25 fps, "
                   "model paramset 2, a small LSTM.")
@click.option("--mice", default=5, show_default=True, help="Mice, including the prototype mouse.")
@click.option("--repeats", default=2, show_default=True, help="Presentations of each stimulus per session.")
@click.option("--seed", default=0, show_default=True)
@click.option("--fps", type=float, default=None, help="Frame rate of the stimulus sessions (default 10; --full: 30, the paper's).")
@click.option("--drug-fps", type=float, default=None,
              help="Frame rate of the saline/ethanol/LiCl sessions (default 0.25; --full: 1; the paper films at 30 fps).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Processes for rendering and populating (default: one per core).")
@click.option("--deep/--no-deep", default=True, show_default=True,
              help="Train the deep models (ResNet18 classifier, Siamese, Grad-CAM, occlusion) at a CPU size.")
@click.option("--device", "device_name", default="cpu", show_default=True, help="torch device for the deep models.")
def demo(out_dir, full, mice, repeats, seed, fps, drug_fps, workers, deep, device_name):
    """Generate a demo cohort, convert, ingest, populate every table and print a summary.

    The demo's tables are the schemas facevalence_demo_* (FACEVALENCE_DEMO_PREFIX overrides),
    dropped and rebuilt on every run; a lab's own schemas are never touched.
    """
    import dataclasses

    from facevalence import db
    from facevalence.converters import convert_session
    from facevalence.demo import default_cohort, generate_cohort
    from facevalence.pipeline import train as deep_train
    from facevalence.pipeline.ingest import ingest as ingest_one
    from facevalence.pipeline.populate import populate_all, populate_workers, quick_decoding
    from facevalence.pipeline.summary import (
        decoding_summary,
        drug_summary,
        embedding_agreement,
        format_summary,
        locomotion_summary,
        neuron_type_summary,
        opto_summary,
        stimulus_summary,
    )

    try:
        os.environ["FACEVALENCE_DEVICE"] = deep_train.check_device(device_name)
    except InputError as err:
        _fail(err)
    t0 = time.monotonic()
    workers = workers or len(os.sched_getaffinity(0))
    model_paramset = 1 if full else 2
    spec = default_cohort(mice, repeats, seed, drug_fps=drug_fps or (1.0 if full else 0.25))
    if full:
        spec = dataclasses.replace(spec, fps=fps or 30.0)
    else:  # sized for minutes on 2 cores: 10 fps, 12 s between onsets, 8 s before the first; 45-min drug sessions
        spec = dataclasses.replace(spec, fps=fps or 10.0, iti_s=12.0, lead_s=8.0, drug_after_s=1800.0)

    def stage(text: str) -> None:
        elapsed = int(time.monotonic() - t0)
        click.echo(f"[{elapsed // 60:02d}:{elapsed % 60:02d}] {text}")

    # the demo lives in its own schemas, rebuilt on every run (demo data only; never a lab's prefix)
    os.environ["FACEVALENCE_PREFIX"] = os.environ.get("FACEVALENCE_DEMO_PREFIX", "facevalence_demo")
    out_dir = Path(out_dir or db.data_dir() / "demo")
    stage(f"1/5 generating {mice} mice x {repeats} repeats of 5 stimuli at {spec.fps:g} fps (+ saline, ethanol and "
          f"LiCl sessions at {spec.drug_fps:g} fps) in {out_dir / 'raw'}")
    folders = generate_cohort(out_dir / "raw", spec, processes=workers)
    stage("2/5 converting to NWB")
    nwbs = [convert_session(f, out_dir / "nwb", overwrite=True) for f in folders]
    stage("3/5 ingesting")
    dropped = db.drop_schemas(db.schema_prefix())
    if dropped:
        click.echo(f"  reset the previous demo's schemas: {', '.join(dropped)}")
    _connect()
    for path in nwbs:
        ingest_one(path, replace=True)
    decoding = None if full else quick_decoding()
    if workers > 1:
        stage(f"4/5 populating with {workers} worker processes")
        _, failed = populate_workers(workers, echo=lambda line: click.echo(f"  {line}"))
        errors = _report_errors(_by_table(failed), indent="  ")
    else:
        stage("4/5 populating")
        results = populate_all(reserve_jobs=True, display_progress=True, suppress_errors=True)
        errors = _report_errors({t: r["error_list"] for t, r in results.items()}, indent="  ")
    deep_lines = []
    if deep:
        stage(f"5/5 training the deep models (model paramset {model_paramset}: CPU {'demo' if full else 'quick'} size, "
              f"{device_name}; `facevalence train --paramset 0 --device cuda` is the paper's size)")
        key = deep_train.select(model_paramset)
        errors += _report_errors(deep_train.train(key), indent="  ")
        deep_lines = deep_train.summary(key)
    stage("summary (analysis mice; prototype mouse excluded)\n")
    click.echo(format_summary(stimulus_summary()))
    drugs = drug_summary()
    if len(drugs):
        click.echo("\ndrug sessions: baseline-normalised proportion of positive minus negative frames (Fig. 3)")
        click.echo(drugs.to_string(index=False, float_format=lambda v: f"{v:+.3f}"))
    click.echo(f"\nembedding (PCA -> UMAP -> k-means): clusters vs stimuli, adjusted Rand index {embedding_agreement():.2f}")
    click.echo("LSTM decoding of the stimulus from keypoints" + (f" ({decoding['description']})" if decoding else "")
               + f", accuracy per region: {decoding_summary(decoding and {'decode_paramset': decoding['decode_paramset']})}")
    types = neuron_type_summary()
    if len(types):
        click.echo("\nphotometry: mean z-scored PSTH peak per neuron type and stimulus (Fig. 6); face-neural rho (Fig. 7A-B)")
        click.echo(types.to_string(index=False, float_format=lambda v: f"{v:+.2f}"))
    opto = opto_summary()
    if len(opto):
        click.echo("\noptogenetics: laser-on vs laser-off trials, medians and Mann-Whitney p (Fig. 7E-G)")
        click.echo(opto.to_string(index=False, float_format=lambda v: f"{v:+.3f}"))
    loco = locomotion_summary()
    if loco:
        click.echo(f"\nlocomotion (Fig. S5A-C): {loco}")
    if deep_lines:
        click.echo(f"\ndeep models (Fig. 1D-F, 2A-B, S5D-E; CPU size, model paramset {model_paramset}):")
        click.echo("\n".join(f"  {line}" for line in deep_lines))
    click.echo(f"\ndone in {time.monotonic() - t0:.0f} s; NWB files in {out_dir / 'nwb'}; database: {db.describe()}")
    if db.uses_embedded():
        click.echo("the embedded server keeps running so that the next commands answer at once; "
                   "`facevalence db stop` stops it")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
