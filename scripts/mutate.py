"""Break the implementation on purpose and check that the tests notice.

Each mutation replaces one line of the package (a zeroed feature, a flipped sign, a shifted onset,
a swapped control channel, a looser input check, ...), runs the tests that should catch it, and puts
the line back. A mutation the tests do not catch is a test that would pass on a wrong answer.

    python scripts/mutate.py                 # every mutation (the chain tests take ~5 min each)
    python scripts/mutate.py --quick         # only the mutations whose tests take seconds
    python scripts/mutate.py --only flipped-sign
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHAIN = "tests/integration/test_chain.py::test_chain_embedded_postgres"


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]
    quick: bool = True


MUTATIONS = (
    Mutation("zeroed-feature", "facevalence/methods/kinematics.py",
             "            out[feature] = ear_angle(*pts)", "            out[feature] = 0.0 * ear_angle(*pts) + 60.0",
             ("tests/unit/test_kinematics.py", CHAIN), quick=False),
    Mutation("flipped-sign", "facevalence/methods/kinematics.py",
             "    return (values - m) / abs(m)", "    return (m - values) / abs(m)",
             ("tests/unit/test_kinematics.py", CHAIN), quick=False),
    Mutation("shifted-onset", "facevalence/methods/kinematic_changes.py",
             '        rel = times - t["start_time"]', '        rel = times - t["start_time"] - 1.0',
             (CHAIN,), quick=False),
    Mutation("swapped-control", "facevalence/methods/photometry.py",
             "    a, b = fit_coefficients(ctl, sig)", "    a, b = fit_coefficients(sig, ctl)",
             ("tests/unit/test_photometry.py", "tests/realdata/test_photometry_real.py")),
    Mutation("equal-onsets-accepted", "facevalence/io/logs.py",
             "    if len(onset) > 1 and (np.diff(onset) <= 0).any():", "    if len(onset) > 1 and (np.diff(onset) < 0).any():",
             ("tests/unit/test_bad_input.py",)),
    Mutation("landmark-on-the-frame-edge", "facevalence/io/landmarks.py",
             "not (0 <= value[0] < image_size[0] and 0 <= value[1] < image_size[1])",
             "not (0 <= value[0] <= image_size[0] and 0 <= value[1] <= image_size[1])",
             ("tests/unit/test_drug_landmarks.py",)),
    Mutation("dropped-frames-unseen", "facevalence/methods/qc.py",
             "    long = dt > 1.5 * step", "    long = dt > 3.5 * step", ("tests/unit/test_report.py",)),
    Mutation("silhouette-inverted", "facevalence/methods/locomotion.py",
             "    score = np.where(own_n > 0, (other - own)", "    score = np.where(own_n > 0, (own - other)",
             ("tests/unit/test_locomotion.py",)),
    Mutation("running-threshold-ignored", "facevalence/methods/locomotion.py",
             "bool(np.isfinite(response) and response >= threshold_cm_s)", "bool(np.isfinite(response))",
             ("tests/unit/test_locomotion.py", CHAIN)),
    Mutation("classifier-bars-swapped", "facevalence/figures/deep.py",
             '[runs[r]["accuracy"] for r in order]', '[runs[r]["accuracy"] for r in reversed(order)]',
             ("tests/integration/test_deep.py::test_deep_models_beat_their_controls",), quick=False),
    Mutation("trigger-refractory-ignored", "facevalence/methods/triggers.py",
             "        if t - self.since >= self.rule.hold_s and t - self.last >= self.rule.refractory_s:",
             "        if t - self.since >= self.rule.hold_s:", ("tests/unit/test_triggers.py",)),
    Mutation("live-baseline-ignored", "facevalence/live/__init__.py",
             "        valence = difference - self.baseline if self.baseline is not None else float(\"nan\")",
             "        valence = difference if self.baseline is not None else float(\"nan\")", ("tests/unit/test_live.py",)),
    Mutation("pose-frames-reordered", "facevalence/methods/tracking.py",
             "        out.append(pose)", "        out.append(pose[::-1])", ("tests/unit/test_track.py",)),
    Mutation("recording-landmarks-not-mapped-back", "facevalence/live/record.py",
             "        points = dict(zip(roles, apply(inverse, template_points)))",
             "        points = dict(zip(roles, template_points))", ("tests/unit/test_live.py",)),
    Mutation("dashboard-skips-a-score", "facevalence/live/dashboard.py",
             "            return [self.scores[-k] for k in range(count, 0, -1)], self.published - max(count, 0), self.done",
             "            return [self.scores[-k] for k in range(count - 1, 0, -1)], self.published - max(count, 0), self.done",
             ("tests/unit/test_live.py",)),
    Mutation("hog-resizes-from-the-frame-not-the-template", "facevalence/methods/registration.py",
             "    combined = resize_matrix(matrix, tuple(shape) if shape is not None else frame.shape[:2], size)",
             "    combined = resize_matrix(matrix, frame.shape[:2], size)",
             ("tests/unit/test_registration.py", "tests/unit/test_live.py")),
    Mutation("lsl-channels-swapped", "facevalence/live/lsl.py",
             "        self.scores.push_sample([score.valence, score.positive, score.negative, score.motion], stamp)",
             "        self.scores.push_sample([score.valence, score.negative, score.positive, score.motion], stamp)",
             ("tests/unit/test_live.py",)),
)


def run(mutation: Mutation) -> tuple[bool, float, str]:
    """Apply ``mutation``, run its tests, restore; (caught, seconds, last line of pytest)."""
    path = ROOT / mutation.path
    original = path.read_text()
    if original.count(mutation.old) != 1:
        raise SystemExit(f"{mutation.name}: the line to mutate is not (exactly once) in {mutation.path}: {mutation.old!r}")
    start = time.monotonic()
    try:
        path.write_text(original.replace(mutation.old, mutation.new))
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "--tb=line", "-p", "no:cacheprovider",
                               *mutation.tests], cwd=str(ROOT), capture_output=True, text=True)
    finally:
        path.write_text(original)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    # --tb=line: one "file:line: Error: message" line per failure; the first says which check caught it
    why = next((line for line in lines if line.startswith(("/", "tests/")) and "Error" in line), "")
    return done.returncode != 0, time.monotonic() - start, (why[:300] or (lines[-1] if lines else done.stderr[-200:]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only the mutations whose tests take seconds")
    parser.add_argument("--only", action="append", default=[], help="a mutation's name (repeat)")
    args = parser.parse_args()
    chosen = [m for m in MUTATIONS if (not args.only or m.name in args.only) and (m.quick or not args.quick)]
    if not chosen:
        raise SystemExit(f"no mutation chosen; known: {', '.join(m.name for m in MUTATIONS)}")
    dirty = subprocess.run(["git", "status", "--porcelain", *{m.path for m in chosen}], cwd=str(ROOT),
                           capture_output=True, text=True).stdout.strip()
    if dirty:
        raise SystemExit(f"commit or stash your changes to the files this script mutates first:\n{dirty}")
    print(f"{'mutation':28s} {'caught':>6s} {'seconds':>8s}  tests")
    missed = 0
    for m in chosen:
        caught, seconds, last = run(m)
        missed += not caught
        print(f"{m.name:28s} {'yes' if caught else 'NO':>6s} {seconds:8.0f}  {', '.join(m.tests)}: {last}", flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
