"""A quality-control page per session: ``facevalence report``.

One self-contained HTML file (figures embedded as PNG data, no external asset) with what a lab looks
at before it trusts a session's results: DeepLabCut likelihood per keypoint and the share the
cleaning interpolated, the clocks of the video, pose and photometry (dropped and repeated frames),
the photometry channels with their bleaching fit and motion correction, the registration overlay
and residual, each trial's baseline coverage, the motion energy over the session, and every table's
status for the session with the reason when it has no row. ``--cohort`` adds an index page linking
every member session's report.

The fetch (database rows, the NWB file, the video's packet timestamps) is :func:`fetch_session`; the
checks are the pure functions of :mod:`facevalence.methods.qc`; drawing is matplotlib; the page is a
jinja2 template.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import jinja2
import matplotlib.pyplot as plt
import numpy as np

from facevalence import __version__
from facevalence.errors import InputError
from facevalence.methods.photometry import align_to_signal, bleaching_baseline
from facevalence.methods.qc import Clock, PoseQuality, baseline_coverage, clock, pose_quality, repeated_frames

#: The parameter sets a report shows (the paper's, row 0 of each Params table).
DEFAULTS = {"kin_paramset": 0, "phot_paramset": 0, "reg_paramset": 0, "motion_paramset": 0, "loco_paramset": 0}
#: The longest trace drawn point for point; longer ones are drawn from every k-th sample.
MAX_POINTS = 20_000


@dataclass
class SessionQC:
    """Everything the page shows for one session (see :func:`fetch_session`)."""

    key: dict
    facts: dict
    warnings: list[str]
    clocks: list[Clock]
    intervals: dict[str, tuple[np.ndarray, np.ndarray]]  # stream -> (sample times, interval to the next sample)
    trials: list[dict]
    coverage: dict[str, np.ndarray]  # stream -> share of each trial's baseline covered
    baseline_s: float
    status: list[dict]  # table, rows, reason
    pose: PoseQuality | None = None
    likelihood: np.ndarray | None = None  # (frames, keypoints), drawn as an image
    likelihood_threshold: float = 0.9
    photometry: dict | None = None
    registration: dict | None = None
    motion: dict | None = None
    running: dict | None = None  # times, speed (cm/s), high-running threshold
    notes: list[str] = field(default_factory=list)


def session_key(text: str) -> dict:
    """``sub-<subject>_ses-<session>`` or ``<subject>/<session>`` as a session key.

    Raises
    ------
    ValueError
        When ``text`` has neither form.
    """
    if "_ses-" in text:
        subject, session = text.removeprefix("sub-").split("_ses-", 1)
    elif text.count("/") == 1:
        subject, session = text.split("/")
    else:
        raise ValueError(f"SESSION: {text!r} is neither sub-<subject>_ses-<session> nor <subject>/<session>")
    return {"subject_id": subject, "session_id": session}


def _thin(*arrays: np.ndarray) -> list[np.ndarray]:
    step = max(1, len(arrays[0]) // MAX_POINTS)
    return [np.asarray(a)[::step] for a in arrays]


def fetch_session(key: dict, params: dict | None = None) -> SessionQC:
    """Read what the report of one session shows: its rows, its NWB file and its video's timestamps.

    Parameters
    ----------
    key : dict
        ``subject_id``, ``session_id``.
    params : dict, optional
        Parameter sets (``kin_paramset``, ``phot_paramset``, ``reg_paramset``, ``motion_paramset``,
        ``loco_paramset``);
        default the paper's (:data:`DEFAULTS`).

    Returns
    -------
    SessionQC

    Raises
    ------
    InputError
        When no such session is ingested (naming the sessions that are).
    """
    from facevalence.io.nwb import (
        conversion_warnings,
        open_nwb,
        photometry_arrays,
        pose_arrays,
        running_arrays,
        video_source,
    )
    from facevalence.io.video import packet_times
    from facevalence.pipeline.why import NEEDS, why_not
    from facevalence.schemas import all_tables
    from facevalence.schemas.face import MotionEnergy, Registration
    from facevalence.schemas.kinematics import FaceFeatures, KinematicsParams
    from facevalence.schemas.locomotion import LocomotionParams, Running
    from facevalence.schemas.photometry import PhotometryParams, PhotometryTrace
    from facevalence.schemas.session import Nwbfile, Session, Subject, Trial

    params = {**DEFAULTS, **(params or {})}
    key = {"subject_id": key["subject_id"], "session_id": key["session_id"]}
    rows = (Nwbfile * Session * Subject & key).to_dicts()
    if not rows:
        known = sorted(f"sub-{s}_ses-{e}" for s, e in zip(*Nwbfile.to_arrays("subject_id", "session_id"), strict=True))
        raise InputError(f"sub-{key['subject_id']}_ses-{key['session_id']}", "session",
                         f"not ingested; known: {', '.join(known[:12]) or 'none'}{' ...' if len(known) > 12 else ''}")
    row = rows[0]
    facts = {name: row.get(name) for name in ("subject_id", "session_id", "role", "genotype", "cell_type", "subject_group",
                                               "protocol", "session_start_time", "nwb_path", "sha256", "size_bytes")}
    trials = (Trial & key).to_dicts(order_by="trial_id")
    onsets = np.asarray([t["start_time"] for t in trials], float)
    kin = (KinematicsParams & {"kin_paramset": params["kin_paramset"]}).fetch1()
    qc = SessionQC(key, facts, list(conversion_warnings(row["nwb_path"])), [], {}, trials, {}, float(kin["baseline_s"]), [],
                   likelihood_threshold=float(kin["likelihood_threshold"]))
    streams: dict[str, np.ndarray] = {}
    with open_nwb(row["nwb_path"]) as nwbfile:
        if row["video_object_id"]:
            path, t0, fps, n = video_source(row["nwb_path"], nwbfile)
            try:
                pts = t0 + packet_times(path)
                streams["video"] = pts
                if len(pts) != n:
                    qc.notes.append(f"the video file has {len(pts)} frames, its NWB series {n}")
            except InputError as err:
                qc.notes.append(str(err))
        if row["pose_object_id"]:
            names, xy, like, stamps = pose_arrays(nwbfile)
            streams["pose"] = stamps
            cleaned = (FaceFeatures & key & {"kin_paramset": params["kin_paramset"]}).to_dicts()
            qc.pose = pose_quality(names, xy, like, qc.likelihood_threshold,
                                   np.asarray(cleaned[0]["cleaned"]) if cleaned else None)
            qc.likelihood = like
        if Running & key:
            times, speed = running_arrays(nwbfile)
            streams["running"] = times
            threshold = (LocomotionParams & {"loco_paramset": params["loco_paramset"]}).fetch1("high_speed")
            qc.running = {"times": times, "speed": speed, "threshold": threshold}
        if row["photometry_object_id"]:
            a = photometry_arrays(nwbfile)
            streams["photometry signal"], streams["photometry control"] = a["signal_t"], a["control_t"]
            qc.photometry = {**a, "trace": (PhotometryTrace & key & {"phot_paramset": params["phot_paramset"]}).to_dicts(),
                             "lambda": (PhotometryParams & {"phot_paramset": params["phot_paramset"]}).fetch1("airpls_lambda")}
    for name, times in streams.items():
        qc.clocks.append(clock(name, times))
        qc.intervals[name] = (np.asarray(times[:-1], float), np.diff(times))
        if len(onsets):
            qc.coverage[name] = baseline_coverage(times, onsets, qc.baseline_s)
    registration = (Registration & key & {"reg_paramset": params["reg_paramset"]}).to_dicts()
    if registration:
        qc.registration = registration[0]
    motion = (MotionEnergy & key & {"motion_paramset": params["motion_paramset"]}).to_dicts()
    if motion:
        qc.motion = {"times": np.asarray(motion[0]["frame_times"], float), "motion": np.asarray(motion[0]["motion"], float)}
        qc.motion["repeated"] = repeated_frames(qc.motion["motion"])
    every = all_tables()
    reasons = {s.table: s.reason for s in why_not(sessions=[key])}
    for name in NEEDS:
        qc.status.append({"table": name, "rows": len(every[name] & key), "reason": reasons.get(name, "")})
    return qc


# ---- figures -------------------------------------------------------------------------------------

def _png(fig) -> str:
    """The figure as a base64 PNG data URI (closed afterwards)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _shade_trials(ax, trials: list[dict]) -> None:
    for t in trials:
        ax.axvspan(t["start_time"], t["stop_time"], color="#f0a500", alpha=0.15, linewidth=0)


def pose_figure(qc: SessionQC):
    """Likelihood of every keypoint over the session (image) and the share of frames below the
    threshold, filled by interpolation and still missing per keypoint (bars)."""
    pose = qc.pose
    n = len(pose.keypoints)
    fig, (ax, bx) = plt.subplots(1, 2, figsize=(12, max(2.5, 0.22 * n + 1)), gridspec_kw={"width_ratios": [2, 1]},
                                 layout="constrained")
    im = ax.imshow(qc.likelihood.T, aspect="auto", cmap="viridis", vmin=0, vmax=1, interpolation="nearest")
    ax.set_yticks(range(n), pose.keypoints, fontsize=7)
    ax.set(xlabel="frame", title=f"DeepLabCut likelihood (threshold {qc.likelihood_threshold:g})")
    fig.colorbar(im, ax=ax, fraction=0.03, label="likelihood")
    y = np.arange(n)
    bx.barh(y, 100 * pose.interpolated, color="#1f78b4", label="interpolated")
    bx.barh(y, 100 * pose.missing, left=100 * pose.interpolated, color="#e31a1c", label="missing after cleaning")
    bx.set_yticks(y, pose.keypoints, fontsize=7)
    bx.invert_yaxis()
    bx.set(xlabel="% of frames below the threshold", xlim=(0, max(5.0, 105 * float(pose.low.max()))), title="Low-confidence frames")
    bx.legend(frameon=False, fontsize=7, loc="lower right")
    return fig


def clocks_figure(qc: SessionQC):
    """Each stream's extent on the session clock with the trials, and its sample intervals over time
    in units of its median interval (1: on time, 2: one sample dropped, 0: a timestamp repeated)."""
    fig, (ax, bx) = plt.subplots(2, 1, figsize=(12, 1.2 + 0.45 * len(qc.clocks) + 2.6), sharex=True,
                                 gridspec_kw={"height_ratios": [0.4 + 0.3 * len(qc.clocks), 2.6]})
    for i, c in enumerate(qc.clocks):
        ax.plot([c.start, c.stop], [i, i], linewidth=6, solid_capstyle="butt", color=f"C{i}")
        ax.text(c.stop, i, f"  {c.n} samples, {c.rate_hz:.4g} Hz", va="center", fontsize=7)
    for t in qc.trials:
        ax.axvline(t["start_time"], color="k", linewidth=0.5, alpha=0.5)
    ax.set_yticks(range(len(qc.clocks)), [c.name for c in qc.clocks], fontsize=8)
    ax.set_ylim(-0.7, len(qc.clocks) - 0.3)
    ax.set_title("Clocks (session time; vertical lines: stimulus onsets)")
    top = 0.0
    for i, c in enumerate(qc.clocks):
        t, dt = qc.intervals[c.name]
        # every k-th interval, and every one that is off the median (a dropped or repeated frame)
        odd = np.abs(dt - np.median(dt)) > 0.25 * np.median(dt) if len(dt) else np.zeros(0, bool)
        keep = odd | (np.arange(len(dt)) % max(1, len(dt) // MAX_POINTS) == 0)
        t, dt = t[keep], dt[keep]
        bx.plot(t, dt * c.rate_hz, linewidth=0.7, color=f"C{i}", label=f"{c.name} (median {1000 / c.rate_hz:.4g} ms)")
        top = max(top, float(np.max(dt * c.rate_hz, initial=0)))
    bx.set(xlabel="session time (s)", ylabel="interval / median interval", ylim=(-0.1, max(2.6, 1.1 * top)))
    bx.axhline(1, color="k", linewidth=0.5, linestyle=":")
    bx.legend(frameon=False, fontsize=7, loc="upper right", ncol=2)
    return fig


def photometry_figure(qc: SessionQC):
    """Raw signal and control with their airPLS bleaching baselines; the bleaching-corrected signal
    with the fitted control (motion correction); the stored dF/F (paper, Methods "Fiber photometry")."""
    p = qc.photometry
    t = np.asarray(p["signal_t"], float)
    control = align_to_signal(t, p["control_t"], p["control"])
    rate = float(1.0 / np.median(np.diff(t)))
    trace = p["trace"][0] if p["trace"] else None
    fig, axes = plt.subplots(3, 1, figsize=(12, 7.5), sharex=True)
    lam = p["lambda"]
    raw = {"signal": np.asarray(p["signal"], float), "control": control}
    # airPLS once per channel: drawn here, divided out below (minutes of a long recording)
    base = {name: bleaching_baseline(values, rate, lam) if lam is not None and np.ptp(values) > 0 else None
            for name, values in raw.items()}
    for name, values in raw.items():
        colour = "#1b9e77" if name == "signal" else "#7570b3"
        tt, vv = _thin(t, values)
        axes[0].plot(tt, vv, linewidth=0.5, color=colour, label=f"{name} (raw)")
        if base[name] is not None:
            tt, bb = _thin(t, base[name])
            axes[0].plot(tt, bb, linewidth=1.5, color="k", linestyle="--", label=f"{name} bleaching baseline (airPLS)")
    axes[0].set(ylabel="fluorescence (raw units)", title=f"Photometry channels; control: {p['description'][:80]}")
    axes[0].legend(frameon=False, fontsize=7, ncol=2)
    if trace is not None:
        sig, ctl = (raw[n] / base[n] if base[n] is not None else raw[n] for n in ("signal", "control"))
        fitted = trace["fit_slope"] * ctl + trace["fit_intercept"]
        tt, ss, ff = _thin(t, sig, fitted)
        axes[1].plot(tt, ss, linewidth=0.5, color="#1b9e77", label="signal, bleaching-corrected")
        axes[1].plot(tt, ff, linewidth=0.5, color="#7570b3", label=f"fitted control ({trace['fit_slope']:.3g} x control "
                                                                     f"+ {trace['fit_intercept']:.3g})")
        axes[1].legend(frameon=False, fontsize=7)
        axes[1].set(ylabel="relative to baseline", title="Motion correction: the control fitted to the signal")
        tt, dd = _thin(np.asarray(trace["times"], float), np.asarray(trace["dff"], float))
        axes[2].plot(tt, 100 * dd, linewidth=0.5, color="k")
        axes[2].set(ylabel="dF/F (%)", title=f"dF/F (PhotometryTrace; {trace['bleaching']})")
    else:
        for ax in axes[1:]:
            ax.text(0.5, 0.5, "PhotometryTrace has no row for this session yet", ha="center", transform=ax.transAxes)
    for ax in axes:
        _shade_trials(ax, qc.trials)
    axes[2].set_xlabel("session time (s)")
    return fig


def registration_figure(qc: SessionQC):
    """The registered neutral frame over the prototype template (red: template, cyan: this session)."""
    r = qc.registration
    fig, ax = plt.subplots(figsize=(5.5, 5.5))
    ax.imshow(np.asarray(r["overlay"]))
    ax.set_title(f"Registration ({r['landmark_source']} landmarks): RMS residual {r['residual_px']:.2f} px\n"
                 "red = template, cyan = this session, white = agreement", fontsize=9)
    ax.axis("off")
    return fig


def _over_session(qc: SessionQC, times: np.ndarray, values: np.ndarray, ylabel: str, title: str, colour: str):
    """One trace over the session with the stimuli shaded: (figure, axes)."""
    fig, ax = plt.subplots(figsize=(12, 2.8))
    _shade_trials(ax, qc.trials)
    tt, vv = _thin(times, values)
    ax.plot(tt, vv, linewidth=0.5, color=colour)
    ax.set(xlabel="session time (s)", ylabel=ylabel, title=title)
    return fig, ax


def running_figure(qc: SessionQC):
    """Running speed over the session, stimuli shaded, the high-running threshold dashed (Fig. S5A)."""
    r = qc.running
    fig, ax = _over_session(qc, r["times"], r["speed"], "running speed (cm/s)", "Running (stimuli shaded)", "#1f78b4")
    ax.axhline(r["threshold"], color="k", linewidth=0.6, linestyle="--", label=f"high-running threshold {r['threshold']:g} cm/s")
    ax.legend(frameon=False, fontsize=7, loc="upper right")
    return fig


def coverage_figure(qc: SessionQC):
    """Per trial and stream, the share of the pre-stimulus baseline that has samples."""
    names = list(qc.coverage)
    fig, ax = plt.subplots(figsize=(12, 3.2))
    width = 0.8 / max(1, len(names))
    x = np.arange(len(qc.trials))
    for i, name in enumerate(names):
        ax.bar(x + i * width - 0.4 + width / 2, 100 * qc.coverage[name], width, label=name, color=f"C{i}")
    ax.axhline(100, color="k", linewidth=0.6, linestyle=":")
    if len(qc.trials) <= 40:
        ax.set_xticks(x, [f"{t['trial_id']}\n{t['stimulus']}" for t in qc.trials], fontsize=6)
    else:  # too many to name: trial ids only
        ax.set_xlabel("trial")
    ax.set(ylim=(0, 110), ylabel=f"% of the {qc.baseline_s:g} s baseline", title="Baseline coverage per trial")
    ax.legend(frameon=False, fontsize=7, loc="lower center", bbox_to_anchor=(0.5, 1.08), ncol=len(names))
    return fig


def motion_figure(qc: SessionQC):
    """Motion energy per frame over the session, stimuli shaded, repeated frames marked."""
    m = qc.motion
    fig, ax = _over_session(qc, m["times"], m["motion"], "mean |frame - previous| (gray levels)",
                            "Motion energy (stimuli shaded)", "k")
    if len(m["repeated"]):
        ax.plot(m["times"][m["repeated"]], np.zeros(len(m["repeated"])), "|", color="#e31a1c", markersize=10,
                label=f"{len(m['repeated'])} repeated frames")
        ax.legend(frameon=False, fontsize=7)
    return fig


# ---- page ----------------------------------------------------------------------------------------

_TEMPLATE = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5em auto; max-width: 1200px; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; font-size: 0.85em; } td, th { padding: 2px 8px; border-bottom: 1px solid #eee; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.bad { color: #b00020; } .ok { color: #1b7e3e; } .muted { color: #777; }
img { max-width: 100%; }
</style></head><body>
<h1>{{ title }}</h1>
<p class="muted">facevalence {{ version }}, {{ made }}{% if index %} &middot; <a href="{{ index }}">cohort index</a>{% endif %}</p>
<table>{% for name, value in facts %}<tr><th>{{ name }}</th><td>{{ value }}</td></tr>{% endfor %}</table>
{% if warnings or notes %}<h2>Warnings</h2><ul>{% for w in warnings + notes %}<li class="bad">{{ w }}</li>{% endfor %}</ul>{% endif %}
<h2>Tables</h2>
<table><tr><th>table</th><th>rows</th><th>status</th></tr>
{% for s in status %}<tr><td>{{ s.table }}</td><td class="num">{{ s.rows }}</td>
<td class="{{ 'ok' if s.rows and not s.reason else ('muted' if not s.rows else 'bad') }}">{{ s.reason or ('made' if s.rows else '') }}</td></tr>{% endfor %}
</table>
<h2>Clocks</h2>
<table><tr><th>stream</th><th>samples</th><th>first (s)</th><th>last (s)</th><th>rate (Hz)</th><th>gaps</th><th>missing samples</th><th>duplicated</th></tr>
{% for c in clocks %}<tr><td>{{ c.name }}</td><td class="num">{{ c.n }}</td><td class="num">{{ '%.3f' % c.start }}</td>
<td class="num">{{ '%.3f' % c.stop }}</td><td class="num">{{ '%.4g' % c.rate_hz }}</td>
<td class="num {{ 'bad' if c.gaps }}">{{ c.gaps }}</td><td class="num {{ 'bad' if c.missing }}">{{ c.missing }}</td>
<td class="num {{ 'bad' if c.duplicated }}">{{ c.duplicated }}</td></tr>{% endfor %}
</table>
{% for fig in figures %}<h2>{{ fig.title }}</h2>{% if fig.text %}<p>{{ fig.text }}</p>{% endif %}
<img src="{{ fig.src }}" alt="{{ fig.title }}" data-figure="{{ fig.name }}">
{% if fig.table %}<table data-table="{{ fig.name }}"><tr>{% for h in fig.table[0] %}<th>{{ h }}</th>{% endfor %}</tr>
{% for row in fig.table[1:] %}<tr>{% for v in row %}<td{% if not loop.first %} class="num"{% endif %}>{{ v }}</td>{% endfor %}</tr>{% endfor %}
</table>{% endif %}{% endfor %}
</body></html>
""")

_INDEX = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string("""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5em auto; max-width: 1200px; color: #222; }
table { border-collapse: collapse; font-size: 0.9em; } td, th { padding: 3px 10px; border-bottom: 1px solid #eee; text-align: left; }
td.num { text-align: right; } .bad { color: #b00020; } .muted { color: #777; }
</style></head><body>
<h1>{{ title }}</h1>
<p class="muted">facevalence {{ version }}, {{ made }}; {{ rows|length }} sessions</p>
<table><tr><th>session</th><th>trials</th><th>tables made</th><th>registration residual (px)</th>
<th>worst keypoint below threshold</th><th>dropped / duplicated samples</th><th>warnings</th></tr>
{% for r in rows %}<tr><td><a href="{{ r.href }}">{{ r.name }}</a></td><td class="num">{{ r.trials }}</td>
<td class="num">{{ r.made }}</td><td class="num">{{ r.residual }}</td><td>{{ r.worst }}</td>
<td class="num {{ 'bad' if r.clock_problems }}">{{ r.clock_problems }}</td><td class="{{ 'bad' if r.warnings }}">{{ r.warnings }}</td></tr>{% endfor %}
</table></body></html>
""")


def _figures(qc: SessionQC) -> list[dict]:
    out = []

    def add(name, title, draw, text="", table=None):
        out.append({"name": name, "title": title, "src": _png(draw(qc)), "text": text, "table": table})

    if qc.pose is not None:
        worst = int(np.argmax(qc.pose.low))
        add("pose", "Pose likelihood", pose_figure,
            f"{len(qc.pose.keypoints)} keypoints; most often below {qc.likelihood_threshold:g}: {qc.pose.keypoints[worst]} "
            f"({100 * qc.pose.low[worst]:.1f}% of frames, {100 * qc.pose.interpolated[worst]:.1f}% interpolated).",
            [["keypoint", "% below threshold", "% interpolated", "% missing after cleaning", "median likelihood"]]
            + [[k, f"{100 * lo:.2f}", f"{100 * i:.2f}", f"{100 * m:.2f}", f"{med:.3f}"] for k, lo, i, m, med in
               zip(qc.pose.keypoints, qc.pose.low, qc.pose.interpolated, qc.pose.missing, qc.pose.median_likelihood,
                   strict=True)])
    if qc.clocks:
        add("clocks", "Clocks and sample intervals", clocks_figure)
    if qc.photometry is not None:
        add("photometry", "Photometry: bleaching and motion correction", photometry_figure)
    if qc.registration is not None:
        add("registration", "Registration to the prototype template", registration_figure)
    if qc.coverage and qc.trials:
        short = sum(any(v[i] < 0.99 for v in qc.coverage.values()) for i in range(len(qc.trials)))
        add("coverage", "Trial baseline coverage", coverage_figure,
            f"{len(qc.trials)} trials; {short} with less than the full {qc.baseline_s:g} s of baseline in some stream.")
    if qc.motion is not None:
        add("motion", "Motion energy", motion_figure)
    if qc.running is not None:
        add("running", "Running speed", running_figure)
    return out


def render_session(qc: SessionQC, index: str = "") -> str:
    """The report page of one session as HTML text (figures embedded)."""
    name = f"sub-{qc.key['subject_id']}_ses-{qc.key['session_id']}"
    facts = [(k.replace("_", " "), v) for k, v in qc.facts.items() if v not in (None, "")]
    return _TEMPLATE.render(title=f"Quality report: {name}", version=__version__, made=datetime.now().strftime("%Y-%m-%d %H:%M"),
                            index=index, facts=facts, warnings=qc.warnings, notes=qc.notes, status=qc.status,
                            clocks=qc.clocks, figures=_figures(qc))


def _write(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)
    return path


def session_report(key: dict, out: str | Path, params: dict | None = None, index: str = "") -> Path:
    """Write the report of one session to ``out`` (an .html file)."""
    return _write(Path(out), render_session(fetch_session(key, params), index))


def cohort_report(cohort: str, out_dir: str | Path, params: dict | None = None, progress: bool = True) -> Path:
    """Write every member session's report and an ``index.html`` linking them into ``out_dir``.

    Raises
    ------
    InputError
        When the cohort does not exist or has no member.
    """
    from tqdm.auto import tqdm

    from facevalence.schemas.session import Cohort

    if not Cohort & {"cohort": cohort}:
        raise InputError("--cohort", "cohort", f"no cohort {cohort!r}; known: {', '.join(Cohort.to_arrays('cohort')) or 'none'}")
    members = (Cohort.Member & {"cohort": cohort}).to_dicts(order_by=("subject_id", "session_id"))
    if not members:
        raise InputError("--cohort", "cohort", f"cohort {cohort!r} has no session")
    out_dir = Path(out_dir)
    rows = []
    for member in tqdm(members, desc="reports", unit="session", disable=not progress):
        qc = fetch_session(member, params)
        name = f"sub-{member['subject_id']}_ses-{member['session_id']}"
        _write(out_dir / f"{name}.html", render_session(qc, index="index.html"))
        worst = int(np.argmax(qc.pose.low)) if qc.pose is not None else None
        rows.append({"name": name, "href": f"{name}.html", "trials": len(qc.trials),
                     "made": f"{sum(1 for s in qc.status if s['rows'])} of {len(qc.status)}",
                     "residual": f"{qc.registration['residual_px']:.2f}" if qc.registration else "",
                     "worst": f"{qc.pose.keypoints[worst]} {100 * qc.pose.low[worst]:.1f}%" if worst is not None else "",
                     "clock_problems": sum(c.missing + c.duplicated for c in qc.clocks)
                     + (len(qc.motion["repeated"]) if qc.motion else 0),
                     "warnings": len(qc.warnings) + len(qc.notes)})
    return _write(out_dir / "index.html", _INDEX.render(title=f"Quality reports: cohort {cohort}", version=__version__,
                                                        made=datetime.now().strftime("%Y-%m-%d %H:%M"), rows=rows))
