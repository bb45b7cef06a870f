"""Write demo session folders: video, DLC .h5, photometry CSV, logs, session.yaml, ground truth."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from tqdm.auto import tqdm

from facevalence.demo import face
from facevalence.io.landmarks import write_landmarks
from facevalence.io.session_yaml import DEFAULT_VALENCE
from facevalence.io.video import write_gray_video
from facevalence.methods.keypoints import KEYPOINTS, LANDMARKS
from facevalence.methods.registration import apply

FPS = 30.0
STIMULI = ("sucrose", "nacl", "bitter", "shock", "water")
DLC_SCORER = "DLC_resnet50_facevalenceDemoshuffle1_100000"

#: Peak dF/F (fraction) of the stimulus-locked transient per neuron type and stimulus, after
#: the paper's pattern (Fig. 6): DA positive > negative, GABA negative > positive, Glu the
#: high-arousal sucrose and shock, pan-neuronal flat.
DFF_PEAK: dict[str, dict[str, float]] = {
    "DA": {"sucrose": 0.060, "nacl": 0.045, "bitter": 0.015, "shock": 0.020, "water": 0.012},
    "GABA": {"sucrose": 0.012, "nacl": 0.010, "bitter": 0.045, "shock": 0.060, "water": 0.010},
    "Glu": {"sucrose": 0.050, "nacl": 0.015, "bitter": 0.015, "shock": 0.055, "water": 0.010},
    "pan": {"sucrose": 0.010, "nacl": 0.010, "bitter": 0.010, "shock": 0.010, "water": 0.010},
}
DRUG_DOSE = {"saline": "10 ml/kg", "ethanol": "2 g/kg", "licl": "0.15 M, 10 ml/kg"}
GENOTYPE = {"DA": "DAT-Cre", "GABA": "VGAT-Cre", "Glu": "CaMKII-Cre", "pan": "wild type"}


@dataclass(frozen=True)
class MouseSpec:
    subject_id: str
    role: str = "analysis"  # "prototype" marks the designated prototype mouse
    sex: str = "M"
    cell_type: str = ""  # DA | GABA | Glu | pan: records photometry when set
    laser: bool = False  # adds an opto session (laser log, no photometry) after the stimulus sessions
    group: str = ""  # eNpHR (laser-on trials flatten the ears) | eYFP (control: the laser changes nothing)
    sessions: int = 1
    drugs: tuple[str, ...] = ()  # one drug session per entry (saline, ethanol, licl), after the stimulus sessions


@dataclass(frozen=True)
class CohortSpec:
    mice: tuple[MouseSpec, ...]
    repeats: int = 2  # presentations of each stimulus per session
    stimulus_s: float = 2.0  # stimulus duration (2 s with photometry/opto in the paper)
    iti_s: float = 14.0  # onset-to-onset interval
    lead_s: float = 12.0  # recording before the first stimulus
    seed: int = 0
    fps: float = FPS  # frame rate of the stimulus and opto sessions (the paper films at 30 fps)
    drug_fps: float = 1.0  # frame rate of drug sessions (75 min each; the pipeline reads the rate from the video)
    drug_baseline_s: float = 900.0  # paper: 15 min baseline, injection, 60 min
    drug_after_s: float = 3600.0
    lab: str = "Demo Lab"
    institution: str = "facevalence demo"
    extra: dict = field(default_factory=dict)


DRUGS = ("saline", "ethanol", "licl")
CELL_TYPES = ("DA", "GABA", "Glu", "pan")
OPSIN_GROUPS = ("eNpHR", "eYFP")
#: eNpHR inhibition during laser-on trials scales the ear movements by this factor (Fig. 7E-G).
LASER_EAR_SCALE = 0.25


def default_cohort(n_mice: int = 5, repeats: int = 2, seed: int = 0, drug_fps: float = 1.0) -> CohortSpec:
    """Prototype mouse + ``n_mice - 1`` analysis mice. Every analysis mouse carries photometry of
    one neuron type in turn (DA, GABA, Glu, pan: DAT-Cre-, VGAT-Cre-, CaMKII-Cre-like and
    pan-neuronal; Fig. 6) in its stimulus session and has an opto session, alternately in the
    eNpHR and the eYFP group (Fig. 7E-G); the first also has a saline, an ethanol and a LiCl
    session (Fig. 3)."""
    if n_mice < 2:
        raise ValueError("a demo cohort needs at least 2 mice: the prototype mouse and one analysis mouse")
    mice = [MouseSpec("proto", role="prototype", sex="M")]
    for i in range(1, n_mice):
        mice.append(MouseSpec(f"m{i:02d}", sex="F" if i % 2 else "M", cell_type=CELL_TYPES[(i - 1) % len(CELL_TYPES)],
                              laser=True, group=OPSIN_GROUPS[(i - 1) % 2], drugs=DRUGS if i == 1 else ()))
    return CohortSpec(mice=tuple(mice), repeats=repeats, seed=seed, drug_fps=drug_fps)


def _schedule(spec: CohortSpec, rng: np.random.Generator) -> list[dict]:
    order = [s for _ in range(spec.repeats) for s in rng.permutation(STIMULI)]
    trials = []
    for i, stim in enumerate(order):
        onset = spec.lead_s + i * spec.iti_s + float(rng.uniform(-1.0, 1.0))
        trials.append({"onset": round(onset, 3), "duration": spec.stimulus_s, "stimulus": str(stim),
                       "gain": float(rng.uniform(0.85, 1.15))})
    return trials


def _write_video(path: Path, frames_iter, n: int, desc: str, fps: float = FPS) -> None:
    frames = tqdm(frames_iter, total=n, desc=desc, unit="frame", leave=False, disable=not _FRAME_BARS or None)
    write_gray_video(path, frames, fps, crf=20, preset="veryfast")


def _render(path: Path, feats: dict[str, np.ndarray], rng: np.random.Generator, desc: str,
            fps: float) -> tuple[face.MouseLook, np.ndarray]:
    """Render the face video for per-frame feature values; returns the look and the placed keypoints."""
    canon = face.keypoints_from_features(feats)
    n = len(canon)
    look = face.MouseLook.random(rng)
    # head micro-motion of a head-fixed mouse: mean-reverting (Ornstein-Uhlenbeck, ~0.5 px SD, ~3 s
    # time constant) so that long sessions do not wander away from where they were registered
    keep = np.exp(-1.0 / (3.0 * fps))
    steps = rng.normal(0, 0.5 * np.sqrt(1 - keep**2), (n, 2))
    jitter = np.zeros((n, 2))
    for i in range(1, n):
        jitter[i] = keep * jitter[i - 1] + steps[i]
    placed = np.stack([apply(look.affine(jitter[i]), canon[i]) for i in range(n)])
    frame_rng = np.random.default_rng(rng.integers(2**32))
    texture = look.texture()
    _write_video(path, (face.render_frame(placed[i], look, frame_rng, texture) for i in range(n)), n, desc=desc, fps=fps)
    return look, placed


def _subject_meta(mouse: MouseSpec) -> dict:
    return {"id": mouse.subject_id, "species": "Mus musculus", "sex": mouse.sex, "age": "P84D",
            "genotype": GENOTYPE.get(mouse.cell_type, "C57BL/6J"), "role": mouse.role,
            "cell_type": mouse.cell_type, "group": mouse.group, "description": "demo mouse (rendered; facevalence.demo)"}


def generate_drug_session(root: Path, mouse: MouseSpec, session_index: int, drug: str, spec: CohortSpec,
                          rng: np.random.Generator) -> Path:
    """Write one drug session (paper, Fig. 3): baseline, i.p. injection, then the drug's slow drift.

    The video runs at ``spec.drug_fps``; registration uses a hand-placed-style landmarks.yaml
    (true landmark positions on a neutral baseline frame plus ~0.7 px of clicking error)
    instead of DeepLabCut, and there is no stimulus log.
    """
    session_id = f"{session_index + 1:02d}"
    folder = Path(root) / f"sub-{mouse.subject_id}_ses-{session_id}"
    folder.mkdir(parents=True, exist_ok=True)
    injection = spec.drug_baseline_s
    n = int(round((spec.drug_baseline_s + spec.drug_after_s) * spec.drug_fps))
    times = np.arange(n) / spec.drug_fps
    feats = face.feature_traces(times, [], rng)
    for name, frac in face.drug_fraction(times, injection, drug).items():
        feats[name] = feats[name] + face.BASELINE[name] * frac
    look, placed = _render(folder / "face.mp4", feats, rng, f"{mouse.subject_id} {drug}", spec.drug_fps)
    neutral = int(np.searchsorted(times, injection - 120.0))
    points = {role: placed[neutral, KEYPOINTS.index(kp)] + rng.normal(0, 0.7, 2) for role, kp in LANDMARKS.items()}
    write_landmarks(folder / "landmarks.yaml", times[neutral], points)
    meta = {
        "subject": _subject_meta(mouse),
        "session": {"id": session_id, "start_time": f"2025-03-{10 + session_index:02d}T10:00:00+01:00",
                    "experimenter": ["Demo, Experimenter"], "lab": spec.lab, "institution": spec.institution,
                    "description": f"Demo drug session: {spec.drug_baseline_s / 60:g} min baseline, i.p. {drug}, "
                                   f"{spec.drug_after_s / 60:g} min after the injection; face filmed at {spec.drug_fps:g} fps.",
                    "protocol": "drug",
                    "injection": {"time_s": injection, "drug": drug, "dose": DRUG_DOSE[drug], "route": "i.p."}},
        "files": {"face_video": "face.mp4", "landmarks": "landmarks.yaml"},
    }
    (folder / "session.yaml").write_text(yaml.safe_dump(meta, sort_keys=False))
    np.savez_compressed(folder / "ground_truth.npz", time=times, keypoints=placed,
                        **{f"feature_{k}": v for k, v in feats.items()})
    truth = {"fps": spec.drug_fps, "n_frames": n, "drug": drug, "injection_s": injection,
             "effects": face.DRUG_EFFECTS[drug], "course_min": face.DRUG_COURSE.get(drug),
             "stress": face.INJECTION_STRESS, "look": asdict(look)}
    (folder / "ground_truth.json").write_text(json.dumps(truth, indent=1))
    return folder


def _dlc_table(xy: np.ndarray, rng: np.random.Generator) -> tuple[pd.DataFrame, np.ndarray]:
    """DLC-style estimates: small jitter, and runs of low likelihood with a wrong position."""
    n, k, _ = xy.shape
    est = xy + rng.normal(0, 0.4, xy.shape)
    like = np.clip(rng.normal(0.985, 0.01, (n, k)), 0.9, 1.0)
    rate = np.full(k, 0.004)
    rate[[KEYPOINTS.index(x) for x in KEYPOINTS if x.startswith("pupil") or x.endswith("tip")]] = 0.012
    for j in range(k):
        for start in np.flatnonzero(rng.random(n) < rate[j]):
            stop = min(n, start + int(rng.integers(1, 9)))
            like[start:stop, j] = rng.uniform(0.05, 0.85, stop - start)
            est[start:stop, j] += rng.normal(0, 25, (stop - start, 2))
    cols = pd.MultiIndex.from_product([[DLC_SCORER], list(KEYPOINTS), ["x", "y", "likelihood"]],
                                      names=["scorer", "bodyparts", "coords"])
    data = np.concatenate([est, like[..., None]], axis=-1).reshape(n, -1)
    return pd.DataFrame(data, columns=cols), like


def _photometry(duration: float, trials: list[dict], cell_type: str, rng: np.random.Generator,
                device_t0: float) -> tuple[pd.DataFrame, dict]:
    """Neurophotometrics-style CSV: 30 Hz frames alternating the 410 nm isosbestic LED (LedState 1)
    and 470 nm (LedState 2), i.e. 15 Hz per channel as in the paper."""
    n = int(duration * 30.0)
    t = device_t0 + np.arange(n) / 30.0 + rng.normal(0, 2e-4, n)
    led = np.where(np.arange(n) % 2 == 0, 1, 2)
    led[0] = 7  # all LEDs on in the first frame, as Bonsai writes it
    rel = t - device_t0
    dff = np.zeros(n)
    for trial in trials:
        # the trial's expression gain scales the neural response too: a stronger response, a stronger face
        peak = DFF_PEAK[cell_type][trial["stimulus"]] * trial.get("gain", 1.0)
        lag = rel - trial["onset"]
        dff += peak * np.where(lag > 0.1, (1 - np.exp(-(lag - 0.1) / 0.3)) * np.exp(-np.clip(lag - 0.1 - trial["duration"], 0, None) / 1.2), 0.0)
    motion = np.zeros(n)
    for start in rng.choice(n - 40, size=max(1, int(duration / 40)), replace=False):
        motion[start : start + 30] -= rng.uniform(0.01, 0.03) * np.hanning(30)
    bleach = 0.75 + 0.25 * np.exp(-rel / 300.0)
    f470 = 0.020 * bleach * (1 + dff + motion) + rng.normal(0, 5e-5, n)
    f410 = 0.013 * (0.8 + 0.2 * np.exp(-rel / 350.0)) * (1 + motion) + rng.normal(0, 5e-5, n)
    table = pd.DataFrame({
        "FrameCounter": np.arange(n),
        "SystemTimestamp": np.round(t, 6),
        "LedState": led,
        "ComputerTimestamp": np.round((t + 5.7e4) * 1000.0, 3),
        "G0": np.where(led == 1, f410, f470),
    })
    truth = {"time": rel, "dff": dff, "motion": motion}
    return table, truth


#: The demo's running wheel: an encoder of 1024 counts per revolution on a 15 cm wheel, read at 100 Hz.
WHEEL_COUNTS_PER_REV, WHEEL_DIAMETER_CM, WHEEL_RATE_HZ = 1024, 15.0, 100.0


def _running(duration: float, trials: list[dict], rng: np.random.Generator) -> tuple[pd.DataFrame, list[bool]]:
    """A wheel encoder log in which the mouse runs after half of the positive and half of the negative
    stimuli (chosen at random; never after water): running follows arousal, not valence (Fig. S5A-C).
    A bout starts 0.2-0.5 s after onset at 15-25 cm/s and lasts past the response window; between
    trials the mouse creeps at under 1 cm/s, with one spontaneous bout away from every trial."""
    t = np.arange(int(duration * WHEEL_RATE_HZ)) / WHEEL_RATE_HZ
    speed = np.abs(np.convolve(rng.normal(0, 0.5, len(t)), np.ones(50) / 50, mode="same")) * 2
    ran = [False] * len(trials)
    for valence in ("positive", "negative"):
        members = [i for i, tr in enumerate(trials) if DEFAULT_VALENCE[tr["stimulus"]] == valence]
        for i in rng.choice(members, size=(len(members) + 1) // 2, replace=False) if members else ():
            ran[int(i)] = True
    busy = np.zeros(len(t), bool)
    for trial, running in zip(trials, ran, strict=True):
        busy |= (t >= trial["onset"] - 5) & (t < trial["onset"] + trial["duration"] + 4)
        if running:
            start = trial["onset"] + rng.uniform(0.2, 0.5)
            length = trial["duration"] + 3.0 + rng.uniform(0, 1)
            bout = (t >= start) & (t < start + length)
            speed[bout] += rng.uniform(15, 25) * np.sin(np.pi * (t[bout] - start) / length) ** 0.3
    free = np.flatnonzero(~busy[: len(t) - int(3 * WHEEL_RATE_HZ)])
    if free.size:  # one bout that no stimulus explains
        start = t[free[len(free) // 2]]
        bout = (t >= start) & (t < start + 2.5) & ~busy
        speed[bout] += 18 * np.sin(np.pi * (t[bout] - start) / 2.5) ** 0.3
    counts = np.round(np.cumsum(speed) / WHEEL_RATE_HZ / (np.pi * WHEEL_DIAMETER_CM) * WHEEL_COUNTS_PER_REV)
    return pd.DataFrame({"time_s": np.round(t, 4), "counts": counts.astype(np.int64)}), ran


def generate_session(root: Path, mouse: MouseSpec, session_index: int, spec: CohortSpec,
                     rng: np.random.Generator, opto: bool = False) -> Path:
    """Write one raw session folder; returns its path. A stimulus session records photometry when
    the mouse has a cell type; an ``opto`` session (Fig. 7E-G) has a laser log instead."""
    session_id = f"{session_index + 1:02d}"
    folder = Path(root) / f"sub-{mouse.subject_id}_ses-{session_id}"
    folder.mkdir(parents=True, exist_ok=True)
    trials = _schedule(spec, rng)
    laser = []
    if opto:
        # every other trial of each valence (in time order), so each valence has laser-on and
        # laser-off trials; the epoch brackets the stimulus
        seen: dict[str, int] = {}
        for trial in trials:
            valence = DEFAULT_VALENCE[trial["stimulus"]]
            seen[valence] = seen.get(valence, 0) + 1
            if seen[valence] % 2 == 0:
                continue
            laser.append({"onset_s": round(trial["onset"] - 1.5, 3), "duration_s": 5.0, "wavelength_nm": 589,
                          "frequency_hz": 20, "pulse_width_ms": 10, "power_mw": 8})
            if mouse.group == "eNpHR":
                trial["region_gain"] = {"ear": LASER_EAR_SCALE}
    duration = trials[-1]["onset"] + spec.iti_s
    n = int(round(duration * spec.fps))
    times = np.arange(n) / spec.fps
    feats = face.feature_traces(times, trials, rng)
    look, placed = _render(folder / "face.mp4", feats, rng, f"{mouse.subject_id} video", spec.fps)
    table, likelihood = _dlc_table(placed, rng)
    table.to_hdf(folder / f"face{DLC_SCORER}.h5", key="df_with_missing", mode="w", format="table")
    pd.DataFrame({"onset_s": [t["onset"] for t in trials], "stimulus": [t["stimulus"] for t in trials],
                  "duration_s": [t["duration"] for t in trials]}).to_csv(folder / "stimuli.csv", index=False)

    files: dict = {"face_video": "face.mp4", "stimulus_log": "stimuli.csv",
                   "pose": {"path": f"face{DLC_SCORER}.h5", "required_keypoints": list(KEYPOINTS)}}
    truth_arrays = {"time": times, "keypoints": placed, "likelihood": likelihood, **{f"feature_{k}": v for k, v in feats.items()}}
    photometry_truth = None
    if mouse.cell_type and not opto:
        device_t0 = float(rng.uniform(100, 400))
        ph_table, ph_truth = _photometry(duration, trials, mouse.cell_type, rng, device_t0)
        ph_table.to_csv(folder / "photometry.csv", index=False)
        files["photometry"] = {"path": "photometry.csv", "format": "neurophotometrics", "rois": ["G0"],
                               "signal_wavelength": 470, "control_wavelength": 410, "indicator": "GCaMP6s",
                               "location": "VTA", "clock_offset_s": round(device_t0, 6)}
        truth_arrays.update({f"photometry_{k}": v for k, v in ph_truth.items()})
        photometry_truth = {s: DFF_PEAK[mouse.cell_type][s] for s in STIMULI}
    if laser:
        pd.DataFrame(laser).to_csv(folder / "laser.csv", index=False)
        files["laser_log"] = "laser.csv"
    # its own random stream, so that the face, pose and photometry stay what they were without a wheel
    wheel, ran = _running(duration, trials, np.random.default_rng([spec.seed, session_index, *mouse.subject_id.encode()]))
    wheel.to_csv(folder / "running.csv", index=False)
    files["running"] = {"path": "running.csv", "format": "encoder", "counts_per_revolution": WHEEL_COUNTS_PER_REV,
                        "wheel_diameter_cm": WHEEL_DIAMETER_CM}
    for trial, running in zip(trials, ran, strict=True):
        trial["ran"] = running

    meta = {
        "subject": _subject_meta(mouse),
        "session": {"id": session_id, "start_time": f"2025-03-{3 + session_index:02d}T10:00:00+01:00",
                    "experimenter": ["Demo, Experimenter"], "lab": spec.lab, "institution": spec.institution,
                    "description": "Demo session: sucrose, NaCl, bitter, tail shock and water presented to a "
                                   "head-fixed mouse while its face is filmed.",
                    "protocol": "opto" if opto else "stimuli"},
        "files": files,
        "valence": dict(DEFAULT_VALENCE),
    }
    (folder / "session.yaml").write_text(yaml.safe_dump(meta, sort_keys=False))
    np.savez_compressed(folder / "ground_truth.npz", **truth_arrays)
    truth = {
        "fps": spec.fps,
        "n_frames": n,
        "baseline": face.BASELINE,
        "effects": {t["stimulus"]: face.EFFECTS[t["stimulus"]] for t in trials},
        "trials": trials,
        "look": asdict(look),
        "cell_type": mouse.cell_type,
        "dff_peak": photometry_truth,
        "laser": laser,
    }
    (folder / "ground_truth.json").write_text(json.dumps(truth, indent=1))
    return folder


_FRAME_BARS = True  # a progress bar per rendered video; off in the rendering processes


def _quiet() -> None:
    global _FRAME_BARS
    _FRAME_BARS = False


def _generate(job: tuple) -> Path:
    kind, out, mouse, index, spec, seed, drug = job
    rng = np.random.default_rng(seed)
    if kind == "drug":
        return generate_drug_session(out, mouse, index, drug, spec, rng)
    return generate_session(out, mouse, index, spec, rng, opto=kind == "opto")


def generate_cohort(out_dir: str | Path, spec: CohortSpec | None = None, processes: int = 1) -> list[Path]:
    """Write every session of the cohort under ``out_dir``; returns the session folders.

    With ``processes`` > 1 the sessions are rendered in that many processes; each session's random
    stream is drawn up front in session order, so the files are the same either way.
    """
    spec = spec or default_cohort()
    rng = np.random.default_rng(spec.seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    jobs = []
    for mouse in spec.mice:
        for s in range(mouse.sessions):
            jobs.append(("stimuli", out, mouse, s, spec, rng.integers(2**32), None))
        n = mouse.sessions
        if mouse.laser:
            jobs.append(("opto", out, mouse, n, spec, rng.integers(2**32), None))
            n += 1
        for d, drug in enumerate(mouse.drugs):
            jobs.append(("drug", out, mouse, n + d, spec, rng.integers(2**32), drug))
    if processes <= 1:
        return [_generate(job) for job in tqdm(jobs, desc="demo sessions", unit="session")]
    from concurrent.futures import ProcessPoolExecutor

    # the longest renders first, so the processes finish together
    order = sorted(range(len(jobs)), key=lambda i: -_frames(jobs[i]))
    with ProcessPoolExecutor(processes, initializer=_quiet) as pool:
        done = list(tqdm(pool.map(_generate, [jobs[i] for i in order]), total=len(jobs), desc="demo sessions",
                         unit="session"))
    folders = [Path()] * len(jobs)
    for i, folder in zip(order, done, strict=True):
        folders[i] = folder
    return folders


def _frames(job: tuple) -> float:
    kind, _, _, _, spec, _, _ = job
    if kind == "drug":
        return (spec.drug_baseline_s + spec.drug_after_s) * spec.drug_fps
    return (spec.lead_s + 5 * spec.repeats * spec.iti_s) * spec.fps
