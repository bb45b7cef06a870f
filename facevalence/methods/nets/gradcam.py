"""Grad-CAM (paper, Fig. 1F / 2C) on the last conv block of the trained networks, averaged per
stimulus (classifier) or per pair kind (Siamese), with the share of the map's mass in each face region.

Grad-CAM is hooks on ``layer4`` (pytorch-grad-cam imports torchvision, which does not import with
the CPU torch build this project pins).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from facevalence.methods.nets.dataset import Dataset
from facevalence.methods.nets.siamese import siamese_pairs, valenced
from facevalence.methods.nets.training import as_input


def grad_cam(model: torch.nn.Module, layer: torch.nn.Module, x: torch.Tensor,
             score: Callable[[torch.Tensor], torch.Tensor]) -> np.ndarray:
    """Grad-CAM (Selvaraju et al. 2017) by hooks on ``layer`` (the last conv block; paper, Fig. 1F / 2C).

    Parameters
    ----------
    model : torch.nn.Module
        The trained network.
    layer : torch.nn.Module
        The layer whose activations are weighted (``model.layer4``).
    x : torch.Tensor, shape (n, c, h, w)
        Network inputs.
    score : callable
        ``score(output)`` -> one scalar per input whose gradient is explained (the class logit for the
        classifier; -distance or +distance for Siamese pairs).

    Returns
    -------
    ndarray, shape (n, h, w)
        Maps in [0, 1] at the input's size: ReLU of the activation maps weighted by their mean
        gradients, bilinearly upsampled and divided by each map's maximum.
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
    """Where a Grad-CAM map puts its weight (paper, Fig. 1F / 2C: ears and mouth drive the decisions).

    Parameters
    ----------
    maps : ndarray, shape (..., h, w)
        Maps; their mean over frames is used.
    masks : dict of str to ndarray of bool, shape (h, w)
        Region masks (:func:`facevalence.methods.nets.frames.region_masks`).

    Returns
    -------
    dict
        ``{region: {"mass", "area", "enrichment"}}``: share of the total map mass inside the mask,
        the mask's share of the image, and their ratio (NaN for an empty mask).
    """
    mean = np.asarray(maps, float).reshape(-1, *maps.shape[-2:]).mean(0)
    total = float(mean.sum()) or 1.0
    out = {}
    for region, mask in masks.items():
        m, a = float(mean[mask].sum() / total), float(mask.mean())
        out[region] = {"mass": m, "area": a, "enrichment": m / a if a > 0 else float("nan")}
    return out


def spread(idx: np.ndarray, n: int) -> np.ndarray:
    """At most ``n`` of ``idx``, evenly spaced (paper, Fig. 1F: a fixed number of frames per map).

    Parameters
    ----------
    idx : ndarray
        Candidate frame indices.
    n : int
        How many to keep.

    Returns
    -------
    ndarray
    """
    return idx if len(idx) <= n else idx[np.linspace(0, len(idx) - 1, n).round().astype(int)]


@dataclass
class CAMMap:
    """One averaged Grad-CAM map."""

    label: str  # stimulus | same valence | different valence
    heatmap: np.ndarray  # (size, size) float32 in [0, 1], mean over frames
    mean_frame: np.ndarray  # (size, size) uint8, the frames' mean
    n_frames: int
    regions: dict  # region -> {mass, area, enrichment}


@dataclass
class GradCAMResult:
    """Result of :func:`classifier_cams` / :func:`siamese_cams`."""

    maps: list[CAMMap]
    overall: dict  # region (+ 'animated' = ears + mouth) -> {mass, area, enrichment} over all maps


def _cam_maps(model: torch.nn.Module, data: Dataset, masks: dict[str, np.ndarray], groups: list,
              device: str) -> GradCAMResult:
    maps = []
    for label, frame_idx, payload, score in groups:
        cams = [grad_cam(model, model.layer4, as_input(data.frames[frame_idx[i:i + 64]].to(device)),
                         lambda out, pl=payload[i:i + 64], f=score: f(out, pl))
                for i in range(0, len(frame_idx), 64)]
        cam = np.concatenate(cams).mean(0).astype(np.float32)
        mean_frame = data.frames[frame_idx].float().mean(0).round().to(torch.uint8).numpy()
        maps.append(CAMMap(label, cam, mean_frame, len(frame_idx), mass_in(cam[None], masks)))
    overall = mass_in(np.stack([m.heatmap for m in maps]), {**masks, "animated": masks["ear"] | masks["mouth"]})
    return GradCAMResult(maps, overall)


def classifier_cams(model: torch.nn.Module, data: Dataset, masks: dict[str, np.ndarray], *, n_frames: int,
                    device: str = "cpu") -> GradCAMResult:
    """Grad-CAM of the true class's logit on up to ``n_frames`` test frames per stimulus (Fig. 1F).

    Parameters
    ----------
    model : torch.nn.Module
        The trained classifier.
    data : Dataset
    masks : dict
        Region -> (size, size) bool, incl. ``ear``, ``mouth`` and ``background``.
    n_frames : int
    device : str

    Returns
    -------
    GradCAMResult
    """
    test = data.indices("test")
    groups = []
    for stim in sorted(set(data.labels[test].tolist())):
        idx = spread(test[data.labels[test] == stim], n_frames)
        groups.append((stim, idx, torch.as_tensor(data.targets[idx], device=device),
                       lambda out, target: out.gather(1, target[:, None])[:, 0]))
    return _cam_maps(model, data, masks, groups, device)


def siamese_cams(model: torch.nn.Module, data: Dataset, masks: dict[str, np.ndarray], *, test_mice: list[str],
                 n_frames: int, seed: int, device: str = "cpu") -> GradCAMResult:
    """Grad-CAM of the Siamese network (paper, Fig. 2C): -distance for same-valence pairs, +distance
    for different-valence pairs, on ``n_frames`` pairs of each kind among the test mice.

    Parameters
    ----------
    model : torch.nn.Module
        The trained embedding network.
    data : Dataset
    masks : dict
        Region -> (size, size) bool, incl. ``ear``, ``mouth`` and ``background``.
    test_mice : list of str
        Mice the network was not trained on.
    n_frames : int
        Pairs per kind.
    seed : int
        Seed of the pair draw.
    device : str, optional

    Returns
    -------
    GradCAMResult
    """
    idx = np.flatnonzero(valenced(data) & np.isin(data.subjects, test_mice))
    pairs = siamese_pairs(data.subjects[idx], data.valences[idx], n_frames, seed + 2)
    groups: list[tuple[str, np.ndarray, torch.Tensor, Callable]] = []
    for y, label, sign in ((1, "same valence", -1.0), (0, "different valence", 1.0)):
        sel = pairs[pairs[:, 2] == y]
        with torch.no_grad():
            other = model(as_input(data.frames[idx[sel[:, 1]]].to(device)))
        groups.append((label, idx[sel[:, 0]], other, lambda out, o, s=sign: s * F.pairwise_distance(out, o)))
    return _cam_maps(model, data, masks, groups, device)
