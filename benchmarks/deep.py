"""The deep models at the paper's size: ResNet18 training and inference throughput on a device.

    python benchmarks/deep.py                      # CPU only
    python benchmarks/deep.py --device cuda        # the GPU, with the CPU measured as the reference

Runs the package's own training step (:func:`facevalence.methods.nets.classifier.train_classifier`:
augmentation by random resize and +-10 deg rotation, ImageNet normalisation, SGD with momentum) and
its inference (:func:`facevalence.methods.nets.training.predict`) on synthetic 224 x 224 frames at
the paper's batch of 256, and prints images/s with the time the paper's trainings would take at
that rate: the classifier (29 100 frames x 50 epochs, three runs: real, shuffled labels,
cross-mouse) and the occlusion analysis (10 folds x 6 conditions x 50 epochs). The CPU reference
runs a few batches only (its rate is flat after the first).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import torch

from facevalence.methods.nets.classifier import train_classifier
from facevalence.methods.nets.resnet import ResNet18
from facevalence.methods.nets.training import SGDConfig, predict

PAPER_FRAMES, PAPER_EPOCHS, PAPER_BATCH, SIZE = 29_100, 50, 256, 224


def measure(device: str, frames: int, batch: int, epochs: int) -> dict:
    """Training and inference images/s of the paper's ResNet18 on ``device``."""
    rng = np.random.default_rng(0)
    data = torch.as_tensor(rng.integers(0, 256, (frames, SIZE, SIZE), dtype=np.uint8))
    targets = rng.integers(0, 6, frames)
    torch.manual_seed(0)
    model = ResNet18(6)
    sync = torch.cuda.synchronize if device.startswith("cuda") else (lambda: None)
    warm = SGDConfig(1, batch, 1e-3, 0.9, 1e-4)
    train_classifier(model, data[: 2 * batch], targets[: 2 * batch], train_idx=np.arange(2 * batch),
                     val_idx=np.array([], int), sgd=warm, device=device, desc="warm-up")
    sync()
    start = time.perf_counter()
    train_classifier(model, data, targets, train_idx=np.arange(frames), val_idx=np.array([], int),
                     sgd=SGDConfig(epochs, batch, 1e-3, 0.9, 1e-4), device=device, desc=f"train {device}")
    sync()
    train = frames * epochs / (time.perf_counter() - start)
    start = time.perf_counter()
    with torch.no_grad():
        predict(model, data, np.arange(frames), device, batch=batch)
    sync()
    return {"device": device, "train": train, "infer": frames / (time.perf_counter() - start)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--frames", type=int, default=4096, help="synthetic frames per epoch on the device")
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    rows = [measure("cpu", 64, 32, 1)]  # reference: the CPU at a batch it can hold
    if args.device != "cpu":
        rows.append(measure(args.device, args.frames, PAPER_BATCH, args.epochs))
    name = torch.cuda.get_device_name() if args.device.startswith("cuda") else "CPU"
    print(f"ResNet18 at the paper's size ({SIZE} x {SIZE}, batch {PAPER_BATCH} on the device, 32 on the CPU), "
          f"torch {torch.__version__}, {torch.get_num_threads()} CPU threads; device: {name}")
    print(f"{'device':>8s} {'train img/s':>12s} {'infer img/s':>12s} {'classifier, 3 runs':>19s} {'occlusion, 60 runs':>19s}")
    for r in rows:
        one = PAPER_FRAMES * PAPER_EPOCHS / r["train"]
        print(f"{r['device']:>8s} {r['train']:12.0f} {r['infer']:12.0f} {3 * one / 3600:17.1f} h {60 * one / 3600:17.1f} h")
    if len(rows) > 1:
        print(f"{rows[1]['device']} vs cpu: training x{rows[1]['train'] / rows[0]['train']:.0f}, "
              f"inference x{rows[1]['infer'] / rows[0]['infer']:.0f}")


if __name__ == "__main__":
    main()
