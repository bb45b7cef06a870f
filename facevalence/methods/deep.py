"""Deep models of facial expressions (paper, Fig. 1D-F, 2A-B, 4A, S2, S5D-E): the frame dataset,
the ResNet18 stimulus classifier, the Siamese valence embedding, Grad-CAM and occlusion.

Pure functions on arrays and torch modules; the tables (``facevalence.schemas.deep``) only fetch,
call these and insert. Frames come straight from the video files (one sequential decode per
session), registered onto the template face, cropped to the face box and resized; no image folder
is ever written.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import torch
import torch.nn.functional as F
from tqdm.auto import tqdm

from facevalence.io.video import iter_gray_frames
from facevalence.methods.resnet import IMAGENET_MEAN, IMAGENET_STD

NEUTRAL = "neutral"
#: Face regions occluded in Fig. S5D-E, as keypoint roles of the 37-point model (prefixes).
REGIONS = ("ear", "mouth", "eye", "whisker")


# ----------------------------------------------------------------------------- dataset
def face_box(points: np.ndarray, margin: float = 0.25) -> tuple[float, float, float]:
    """Square box ``(x0, y0, side)`` around ``points`` (n, 2), grown by ``margin`` x its side on
    every edge: the face crop of every frame (in template coordinates)."""
    pts = np.asarray(points, float).reshape(-1, 2)
    pts = pts[np.isfinite(pts).all(1)]
    if not len(pts):
        raise ValueError("no finite point to place the face box on")
    lo, hi = pts.min(0), pts.max(0)
    side = float(max(hi - lo)) * (1 + 2 * margin)
    centre = (lo + hi) / 2
    return float(centre[0] - side / 2), float(centre[1] - side / 2), max(side, 1.0)


def crop_matrix(registration: np.ndarray | None, box: tuple[float, float, float], size: int) -> np.ndarray:
    """One 2 x 3 matrix: session pixels -> template (``registration``) -> face box -> ``size`` px."""
    x0, y0, side = box
    s = size / side
    crop = np.array([[s, 0.0, -x0 * s], [0.0, s, -y0 * s], [0.0, 0.0, 1.0]])
    reg = np.vstack([np.asarray(registration, float) if registration is not None else np.eye(3)[:2], [0, 0, 1]])
    return (crop @ reg)[:2]


def frame_plan(onsets: Iterable[float], stimuli: Iterable[str], t0: float, fps: float, n_video: int,
               post_s: float = 2.0, neutral_s: float = 2.0, step: int = 1,
               neutral_step: int | None = None) -> list[tuple[int, int, str]]:
    """Frames of each trial: ``(frame index, trial position, label)``.

    ``0 <= t - onset < post_s`` -> the trial's stimulus (Fig. 1D: 0-2 s after onset);
    ``-neutral_s <= t - onset < 0`` -> ``"neutral"`` (the baseline frames, 0 s turns them off);
    every ``step``-th frame (``neutral_step``-th for the baseline: with ``step`` x the number of
    stimuli, neutral is no larger a class than any stimulus). A window the video does not cover raises ValueError naming the trial.
    """
    out = []
    for pos, (onset, stim) in enumerate(zip(onsets, stimuli, strict=True)):
        for lo, hi, label, every in ((-neutral_s, 0.0, NEUTRAL, neutral_step or step), (0.0, post_s, stim, step)):
            if hi <= lo:
                continue
            first = math.ceil(round((onset + lo - t0) * fps, 6))
            last = math.ceil(round((onset + hi - t0) * fps, 6))
            if first < 0 or last > n_video:
                raise ValueError(f"trial at {onset:g} s: frames {first}..{last} of its {lo:g}..{hi:g} s window "
                                 f"lie outside the video's {n_video} frames")
            out.extend((i, pos, label) for i in range(first, last, every))
    return out


def warp_frame(frame: np.ndarray, matrix: np.ndarray, size: int) -> np.ndarray:
    """``frame`` warped by ``matrix`` to ``size`` x ``size``. When the warp shrinks the image, the
    frame is first reduced by area averaging (bilinear warping alone would alias the fur texture
    and whiskers of a full-resolution camera frame)."""
    m = np.vstack([np.asarray(matrix, float), [0.0, 0.0, 1.0]])
    scale = float(np.sqrt(abs(np.linalg.det(m[:2, :2]))))
    if scale < 0.75:
        rows, cols = frame.shape[:2]
        new = (max(1, round(cols * scale)), max(1, round(rows * scale)))
        fx, fy = new[0] / cols, new[1] / rows
        frame = cv2.resize(frame, new, interpolation=cv2.INTER_AREA)
        shrink = np.array([[fx, 0.0, 0.5 * fx - 0.5], [0.0, fy, 0.5 * fy - 0.5], [0.0, 0.0, 1.0]])
        m = m @ np.linalg.inv(shrink)
    return cv2.warpAffine(frame, m[:2], (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def read_frames(video: str | Path, indices: np.ndarray, matrix: np.ndarray, size: int,
                desc: str | None = None) -> np.ndarray:
    """Frames ``indices`` of ``video`` warped by ``matrix`` to ``size`` x ``size`` uint8, in the
    order given; the file is decoded once, sequentially, from its first to its last needed frame."""
    indices = np.asarray(indices, int)
    out = np.empty((len(indices), size, size), np.uint8)
    if not len(indices):
        return out
    order = np.argsort(indices, kind="stable")
    wanted = indices[order]
    k = 0
    bar = tqdm(total=len(indices), desc=desc or f"frames {Path(video).name}", unit="frame", leave=False, disable=desc == "")
    for index, frame in iter_gray_frames(video, int(wanted[0]), int(wanted[-1]) + 1):
        if k < len(wanted) and wanted[k] == index:
            warped = warp_frame(frame, matrix, size)
        while k < len(wanted) and wanted[k] == index:
            out[order[k]] = warped
            k += 1
            bar.update()
    bar.close()
    if k < len(wanted):
        raise ValueError(f"{video}: the video ends before frame {int(wanted[k])}")
    return out


def region_masks(points: dict[str, np.ndarray], size: int, dilate_px: int = 4) -> dict[str, np.ndarray]:
    """Occlusion masks (``size`` x ``size`` bool) from keypoint positions in crop pixels.

    ``points``: region -> (n, 2) positions (all frames and keypoints of that region, so the mask
    covers the whole range the region moves through); each mask is the region's convex hull grown
    by ``dilate_px``. ``background`` is everything outside the grown hull of all regions' points.
    """
    masks = {}
    for region, pts in points.items():
        pts = np.asarray(pts, float).reshape(-1, 2)
        pts = pts[np.isfinite(pts).all(1)]
        if len(pts) < 3:
            raise ValueError(f"region {region!r}: fewer than 3 keypoint positions to build its mask")
        masks[region] = _hull_mask(pts, size, dilate_px)
    every = np.concatenate([np.asarray(p, float).reshape(-1, 2) for p in points.values()])
    masks["background"] = ~_hull_mask(every[np.isfinite(every).all(1)], size, dilate_px)
    return masks


def _hull_mask(points: np.ndarray, size: int, dilate_px: int) -> np.ndarray:
    img = np.zeros((size, size), np.uint8)
    hull = cv2.convexHull(np.round(points * 4).astype(np.int32))
    cv2.fillConvexPoly(img, hull, 1, lineType=cv2.LINE_8, shift=2)
    if dilate_px > 0:
        img = cv2.dilate(img, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * dilate_px + 1,) * 2))
    return img.astype(bool)


# ----------------------------------------------------------------------------- splits
def split_trials(subjects: np.ndarray, stimuli: np.ndarray, val_fraction: float = 0.2,
                 seed: int = 0) -> np.ndarray:
    """Trial-level split (Fig. 1D-E): one held-out test trial per stimulus per mouse, the rest
    80/20 into train and validation by trial (per stimulus, so every class is in training).

    Returns one of ``"train" | "val" | "test"`` per trial.

    Raises
    ------
    ValueError
        When a mouse has a stimulus only once (its one trial cannot be both trained on and held out).
    """
    subjects, stimuli = np.asarray(subjects), np.asarray(stimuli)
    rng = np.random.default_rng(seed)
    role = np.full(len(subjects), "train", dtype=object)
    for subject in np.unique(subjects):
        for stim in np.unique(stimuli):
            idx = np.flatnonzero((subjects == subject) & (stimuli == stim))
            if len(idx) == 0:
                continue
            if len(idx) < 2:
                raise ValueError(f"mouse {subject} has only one {stim} trial: a held-out test trial per stimulus "
                                 "per mouse needs at least 2 of each")
            role[rng.choice(idx)] = "test"
    for stim in np.unique(stimuli):
        rest = np.flatnonzero((stimuli == stim) & (role == "train"))
        n_val = int(round(val_fraction * len(rest)))
        if n_val and len(rest) - n_val >= 1:
            role[rng.choice(rest, n_val, replace=False)] = "val"
    return role.astype(str)


def check_split(roles: dict[str, np.ndarray], trial_ids: np.ndarray, labels: np.ndarray) -> None:
    """Raise before training when a trial is in two sets or a class is missing from a set.

    ``roles``: set name -> sample indices; ``trial_ids``/``labels`` per sample.
    """
    trial_ids, labels = np.asarray(trial_ids), np.asarray(labels)
    seen: dict[str, str] = {}
    for name, idx in roles.items():
        for t in set(trial_ids[idx].tolist()):
            if t in seen and seen[t] != name:
                raise ValueError(f"trial {t} is in both the {seen[t]} and the {name} set: the split would leak")
            seen[t] = name
    classes = set(labels.tolist())
    for name in ("train", "test"):
        if name in roles:
            missing = sorted(classes - set(labels[roles[name]].tolist()))
            if missing:
                raise ValueError(f"class {missing[0]!r} has no frame in the {name} set "
                                 f"({len(missing)} missing: {', '.join(missing)})")


# ----------------------------------------------------------------------------- tensors
def as_input(frames: torch.Tensor, generator: torch.Generator | None = None, augment: bool = False,
             scale: tuple[float, float] = (0.9, 1.1), degrees: float = 10.0,
             mask: torch.Tensor | None = None) -> torch.Tensor:
    """uint8 gray frames (n, h, w) -> normalised 3-channel float input (n, 3, h, w).

    ``augment``: random resize (zoom in ``scale``) and rotation (+-``degrees``) per frame, borders
    replicated (Fig. 1D's augmentation); ``mask`` (h, w) bool pixels are set to the frame's mean
    gray before normalisation (occlusion, Fig. S5D-E).
    """
    x = frames.float().div_(255.0).unsqueeze(1)
    if mask is not None:
        fill = x.mean(dim=(2, 3), keepdim=True)
        x = torch.where(mask.to(x.device)[None, None], fill, x)
    if augment:
        n = x.shape[0]
        s = torch.empty(n).uniform_(*scale, generator=generator)
        a = torch.empty(n).uniform_(-degrees, degrees, generator=generator) * (math.pi / 180)
        theta = torch.zeros(n, 2, 3)
        theta[:, 0, 0] = torch.cos(a) / s
        theta[:, 0, 1] = -torch.sin(a) / s
        theta[:, 1, 0] = torch.sin(a) / s
        theta[:, 1, 1] = torch.cos(a) / s
        grid = F.affine_grid(theta.to(x.device), list(x.shape), align_corners=False)
        x = F.grid_sample(x, grid, mode="bilinear", padding_mode="border", align_corners=False)
    mean = torch.tensor(IMAGENET_MEAN, device=x.device).view(1, 3, 1, 1)
    std = torch.tensor(IMAGENET_STD, device=x.device).view(1, 3, 1, 1)
    return (x.expand(-1, 3, -1, -1) - mean) / std


# ----------------------------------------------------------------------------- training loop
@dataclass
class TrainResult:
    resumed_from: int  # epochs already done when this call started (0: fresh)
    history: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    images_per_s: float = 0.0


def fit(model: torch.nn.Module, step: Callable[[torch.Tensor, torch.Generator], tuple[torch.Tensor, dict]], batches: Callable[[torch.Generator], Iterable],
        epochs: int, lr: float, momentum: float, weight_decay: float, seed: int, checkpoint: str | Path | None = None,
        fingerprint: str = "", desc: str = "train", evaluate: Callable[[], dict] | None = None) -> TrainResult:
    """SGD with momentum (the paper's optimiser) over ``epochs``; resumable.

    ``batches(generator)`` yields the batches (index tensors) of one epoch; ``step(batch, generator)``
    returns ``(loss, stats)`` and draws its augmentation from the same generator.
    After every epoch the model, optimiser, random state and history go to ``checkpoint`` (written
    to a temporary file, then renamed: a crash never leaves a torn file); a later call with the
    same ``fingerprint`` continues after the last finished epoch instead of starting over.
    """
    import time

    optimiser = torch.optim.SGD(model.parameters(), lr=lr, momentum=momentum, weight_decay=weight_decay)
    gen = torch.Generator().manual_seed(seed)
    history: list[dict] = []
    start = 0
    path = Path(checkpoint) if checkpoint else None
    if path is not None and path.exists():
        state = torch.load(path, map_location="cpu", weights_only=False)
        if state.get("fingerprint") == fingerprint:
            model.load_state_dict(state["model"])
            optimiser.load_state_dict(state["optimiser"])
            gen.set_state(state["generator"])
            torch.set_rng_state(state["torch_rng"])
            history, start = state["history"], state["epoch"]
    t_start, seen = time.perf_counter(), 0
    bar = tqdm(range(start, epochs), desc=desc, unit="epoch", initial=start, total=epochs, leave=False)
    for epoch in bar:
        model.train()
        total, count, stats_sum = 0.0, 0, {}
        for batch in batches(gen):
            optimiser.zero_grad()
            loss, stats = step(batch, gen)
            loss.backward()
            optimiser.step()
            n = len(batch)
            total += float(loss.detach()) * n
            count += n
            for k, v in stats.items():
                stats_sum[k] = stats_sum.get(k, 0.0) + v * n
        seen += count
        record = {"epoch": epoch + 1, "loss": total / max(count, 1), **{k: v / max(count, 1) for k, v in stats_sum.items()}}
        if evaluate is not None:
            model.eval()
            with torch.no_grad():
                record.update(evaluate())
        history.append(record)
        bar.set_postfix({k: f"{v:.3f}" for k, v in record.items() if k != "epoch"})
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            torch.save({"fingerprint": fingerprint, "epoch": epoch + 1, "model": model.state_dict(),
                        "optimiser": optimiser.state_dict(), "generator": gen.get_state(),
                        "torch_rng": torch.get_rng_state(), "history": history}, tmp)
            os.replace(tmp, path)
    bar.close()
    seconds = time.perf_counter() - t_start
    model.eval()
    return TrainResult(start, history, seconds, seen / seconds if seconds > 0 and seen else 0.0)


def index_batches(indices: np.ndarray, batch: int) -> Callable[[torch.Generator], Iterable[torch.Tensor]]:
    """Shuffled batches of ``indices`` for :func:`fit` (drawn from fit's generator: resumable)."""
    idx = torch.as_tensor(np.asarray(indices, np.int64))

    def batches(gen: torch.Generator):
        return (idx[perm] for perm in torch.randperm(len(idx), generator=gen).split(batch))

    return batches


def train_classifier(model: torch.nn.Module, frames: torch.Tensor, targets: np.ndarray, train_idx: np.ndarray,
                     val_idx: np.ndarray, epochs: int, batch: int, lr: float, momentum: float, weight_decay: float,
                     seed: int, device: str = "cpu", checkpoint: str | Path | None = None, fingerprint: str = "",
                     mask: torch.Tensor | None = None, desc: str = "classifier") -> TrainResult:
    """Cross-entropy training of the stimulus classifier on augmented frames (Fig. 1D)."""
    y = torch.as_tensor(np.asarray(targets, np.int64))
    model.to(device)

    def step(batch_idx, gen):
        x = as_input(frames[batch_idx].to(device), gen, augment=True, mask=mask)
        logits = model(x)
        yb = y[batch_idx].to(device)
        return F.cross_entropy(logits, yb), {"acc": float((logits.argmax(1) == yb).float().mean())}

    def evaluate():
        if not len(val_idx):
            return {}
        recalibrate_batch_norm(model, frames, np.asarray(train_idx)[:512], device, mask=mask)
        pred = predict(model, frames, val_idx, device, mask=mask)
        return {"val_acc": float(np.mean(pred == np.asarray(targets)[val_idx]))}

    result = fit(model, step, index_batches(train_idx, batch), epochs, lr, momentum, weight_decay,
                 seed, checkpoint, fingerprint, desc, evaluate)
    recalibrate_batch_norm(model, frames, train_idx, device, mask=mask)
    return result


@torch.no_grad()
def recalibrate_batch_norm(model: torch.nn.Module, frames: torch.Tensor, idx: np.ndarray, device: str = "cpu",
                           batch: int = 128, mask: torch.Tensor | None = None) -> None:
    """Re-estimate every batch-norm layer's running mean and variance as the exact average over the
    (unaugmented) training frames. Short CPU runs leave the exponential running averages far from
    the final weights' statistics, and evaluation mode then predicts one class for everything."""
    norms = [m for m in model.modules() if isinstance(m, torch.nn.modules.batchnorm._BatchNorm)]
    saved = [m.momentum for m in norms]
    for m in norms:
        m.reset_running_stats()
        m.momentum = None  # cumulative average over the batches below
    model.train()
    for chunk in torch.as_tensor(np.asarray(idx, np.int64)).split(batch):
        model(as_input(frames[chunk].to(device), mask=mask))
    for m, momentum in zip(norms, saved, strict=True):
        m.momentum = momentum
    model.eval()


@torch.no_grad()
def predict(model: torch.nn.Module, frames: torch.Tensor, idx: np.ndarray, device: str = "cpu", batch: int = 128,
            mask: torch.Tensor | None = None) -> np.ndarray:
    """Predicted class index per frame of ``idx`` (no augmentation)."""
    model.eval()
    out = []
    for chunk in torch.as_tensor(np.asarray(idx, np.int64)).split(batch):
        out.append(model(as_input(frames[chunk].to(device), mask=mask)).argmax(1).cpu().numpy())
    return np.concatenate(out) if out else np.zeros(0, int)


def confusion_matrix(truth: np.ndarray, pred: np.ndarray, n_classes: int) -> np.ndarray:
    """(classes x classes) counts, rows = truth."""
    out = np.zeros((n_classes, n_classes), np.int64)
    np.add.at(out, (np.asarray(truth, int), np.asarray(pred, int)), 1)
    return out


# ----------------------------------------------------------------------------- Siamese
def siamese_pairs(subjects: np.ndarray, valences: np.ndarray, n_pairs: int, seed: int = 0) -> np.ndarray:
    """Pairs ``(i, j, y)`` of frame indices after the paper (Fig. 2A): y = 1 for the same valence
    from different mice (similar), y = 0 for different valences from the same mouse (dissimilar);
    ``n_pairs`` of each kind, drawn uniformly over the eligible pairs.

    Raises ValueError when a kind has no eligible pair (e.g. a single mouse).
    """
    subjects, valences = np.asarray(subjects), np.asarray(valences)
    rng = np.random.default_rng(seed)
    out = []
    for y, same_subject, same_valence in ((1, False, True), (0, True, False)):
        i = rng.integers(0, len(subjects), 50 * n_pairs)
        j = rng.integers(0, len(subjects), 50 * n_pairs)
        ok = ((subjects[i] == subjects[j]) == same_subject) & ((valences[i] == valences[j]) == same_valence)
        if not ok.any():
            kind = "same valence from different mice" if y else "different valence from the same mouse"
            raise ValueError(f"no pair of frames with {kind} ({len(set(subjects.tolist()))} mice, "
                             f"valences {sorted(set(valences.tolist()))})")
        i, j = i[ok][:n_pairs], j[ok][:n_pairs]
        out.append(np.stack([i, j, np.full(len(i), y)], 1))
    return np.concatenate(out)


def contrastive_loss(d: torch.Tensor, y: torch.Tensor, margin: float) -> torch.Tensor:
    """``y d^2 + (1 - y) max(0, m - d)^2`` averaged over pairs (Fig. 2A; y = 1 similar)."""
    y = y.float()
    return (y * d.pow(2) + (1 - y) * F.relu(margin - d).pow(2)).mean()


@torch.no_grad()
def pair_distances(model: torch.nn.Module, frames: torch.Tensor, pairs: np.ndarray, device: str = "cpu",
                   batch: int = 128) -> np.ndarray:
    """Euclidean embedding distance of each pair (no augmentation)."""
    model.eval()
    out = []
    for chunk in torch.as_tensor(np.asarray(pairs[:, :2], np.int64)).split(batch):
        a = model(as_input(frames[chunk[:, 0]].to(device)))
        b = model(as_input(frames[chunk[:, 1]].to(device)))
        out.append(F.pairwise_distance(a, b).cpu().numpy())
    return np.concatenate(out) if out else np.zeros(0)


def train_siamese(model: torch.nn.Module, frames: torch.Tensor, pairs: np.ndarray, epochs: int, batch: int, lr: float,
                  momentum: float, weight_decay: float, seed: int, device: str = "cpu",
                  checkpoint: str | Path | None = None, fingerprint: str = "") -> tuple[TrainResult, float]:
    """Contrastive training of the shared backbone; the margin is the mean pair distance of the
    untrained network (paper: "margin from the mean pair distance"). Returns (result, margin)."""
    model.to(device)
    torch.manual_seed(seed)
    margin = float(np.mean(pair_distances(model, frames, pairs, device)))
    p = torch.as_tensor(np.asarray(pairs, np.int64))

    def step(rows, gen):
        a = model(as_input(frames[p[rows, 0]].to(device), gen, augment=True))
        b = model(as_input(frames[p[rows, 1]].to(device), gen, augment=True))
        d = F.pairwise_distance(a, b)
        return contrastive_loss(d, p[rows, 2].to(device), margin), {}

    result = fit(model, step, index_batches(np.arange(len(p)), batch), epochs, lr, momentum,
                 weight_decay, seed, checkpoint, f"{fingerprint}|margin={margin:.6g}", "siamese")
    recalibrate_batch_norm(model, frames, np.unique(p[:, :2]), device)
    return result, margin


# ----------------------------------------------------------------------------- Grad-CAM
def grad_cam(model: torch.nn.Module, layer: torch.nn.Module, x: torch.Tensor,
             score: Callable[[torch.Tensor], torch.Tensor]) -> np.ndarray:
    """Grad-CAM (Selvaraju et al. 2017) by hooks on ``layer`` (the last conv block, Fig. 1F / 2C).

    ``score(output)`` returns one scalar per input whose gradient is explained (the class logit
    for the classifier; -distance or +distance for Siamese pairs). Returns (n, h, w) maps in
    [0, 1] at the input's size: ReLU of the activation maps weighted by their mean gradients,
    bilinearly upsampled and divided by each map's maximum.
    """
    acts: list[torch.Tensor] = []
    handle = layer.register_forward_hook(lambda _m, _i, out: acts.append(out))
    try:
        model.eval()
        x = x.detach().requires_grad_(True)
        out = model(x)
        s = score(out)
        grads = torch.autograd.grad(s.sum(), acts[0])[0]
    finally:
        handle.remove()
    weights = grads.mean(dim=(2, 3), keepdim=True)
    cam = F.relu((weights * acts[0]).sum(1, keepdim=True))
    cam = F.interpolate(cam, size=x.shape[2:], mode="bilinear", align_corners=False)[:, 0]
    peak = cam.flatten(1).max(1).values.clamp_min(1e-12)
    return (cam / peak[:, None, None]).detach().cpu().numpy()


def mass_in(maps: np.ndarray, masks: dict[str, np.ndarray]) -> dict[str, dict[str, float]]:
    """Share of the total Grad-CAM mass inside each mask and the mask's share of the image:
    ``{region: {"mass": m, "area": a, "enrichment": m / a}}`` (mean map over frames)."""
    mean = np.asarray(maps, float).reshape(-1, *maps.shape[-2:]).mean(0)
    total = float(mean.sum()) or 1.0
    out = {}
    for region, mask in masks.items():
        m, a = float(mean[mask].sum() / total), float(mask.mean())
        out[region] = {"mass": m, "area": a, "enrichment": m / a if a > 0 else float("nan")}
    return out
