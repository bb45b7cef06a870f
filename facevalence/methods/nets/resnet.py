"""ResNet18 in plain torch, parameter for parameter the torchvision model (paper, Fig. 1D-F, 2A-B).

torchvision's wheel that matches our CPU torch is a CUDA build that does not import here, so the
network is written out with torchvision's module names (``conv1``, ``bn1``, ``layer1.0.conv1``,
``layer2.0.downsample.0`` ..., ``fc``): an ImageNet checkpoint saved by torchvision
(``resnet18-f37072fd.pth``) loads without renaming anything: :func:`apply_weights` checks and
loads its state dict (reading the file is :func:`facevalence.io.weights.load_weights`).
"""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from facevalence.errors import InputError

#: ImageNet normalisation the torchvision checkpoints were trained with (paper: "ImageNet normalisation").
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes: int, planes: int, stride: int = 1):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = None
        if stride != 1 or inplanes != planes:
            self.downsample = nn.Sequential(nn.Conv2d(inplanes, planes, 1, stride, bias=False), nn.BatchNorm2d(planes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + identity)


class ResNet18(nn.Module):
    """ResNet18 (He et al. 2016) with torchvision's layout; ``num_classes=0`` drops the head
    (``fc`` becomes the identity: a 512-d embedding, the Siamese backbone)."""

    def __init__(self, num_classes: int = 1000):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 64, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        self.layer1 = self._layer(64, 64, 1)
        self.layer2 = self._layer(64, 128, 2)
        self.layer3 = self._layer(128, 256, 2)
        self.layer4 = self._layer(256, 512, 2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(512, num_classes) if num_classes else nn.Identity()
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.ones_(m.weight)
                nn.init.zeros_(m.bias)

    @staticmethod
    def _layer(inplanes: int, planes: int, stride: int) -> nn.Sequential:
        return nn.Sequential(BasicBlock(inplanes, planes, stride), BasicBlock(planes, planes))

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """Output of the last conv block (``layer4``): (batch, 512, h/32, w/32) — Grad-CAM's layer."""
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        return self.layer4(self.layer3(self.layer2(self.layer1(x))))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(torch.flatten(self.avgpool(self.features(x)), 1))


def apply_weights(model: ResNet18, state: dict[str, torch.Tensor], source: str | Path | None = None) -> list[str]:
    """Load a torchvision-format ResNet18 ``state`` dict into ``model``; return the keys not loaded
    (paper, Methods: the classifier and the Siamese backbone start from ImageNet weights).

    Parameters
    ----------
    model : ResNet18
        The network to fill, with its own head (one output per class, or none).
    state : dict
        Parameter name -> tensor, as torchvision saves it; a ``module.`` prefix (DataParallel)
        and a ``{"state_dict": ...}`` wrapper are accepted.
    source : path, optional
        Where ``state`` came from, named in errors.

    Returns
    -------
    list of str
        The head's keys that were skipped (the ImageNet head, 1000 classes, when the model's
        head differs) or are missing.

    Raises
    ------
    InputError
        Naming ``source`` and the first missing, unexpected or mis-shaped parameter: every
        tensor except the head must be present with the same shape, otherwise the weights are
        refused before any training starts.
    """
    if isinstance(state, dict) and "state_dict" in state and isinstance(state["state_dict"], dict):
        state = state["state_dict"]
    if not isinstance(state, dict) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise InputError(source, "state_dict", "expected a mapping of parameter names to tensors")
    state = {k.removeprefix("module."): v for k, v in state.items()}
    own = model.state_dict()
    head = {k for k in own if k.startswith("fc.")}
    skipped = sorted(k for k in state if k.startswith("fc.") and (k not in own or own[k].shape != state[k].shape))
    unexpected = sorted(set(state) - set(own) - set(skipped))
    if unexpected:
        raise InputError(source, unexpected[0], f"not a ResNet18 parameter ({len(unexpected)} unexpected, "
                                                "is this another architecture?)")
    missing = sorted(set(own) - set(state) - head)
    if missing:
        raise InputError(source, missing[0], f"missing from the checkpoint ({len(missing)} ResNet18 tensors missing)")
    for k, v in state.items():
        if k in own and k not in skipped and own[k].shape != v.shape:
            raise InputError(source, k, f"shape {tuple(v.shape)}, ResNet18 has {tuple(own[k].shape)}")
    model.load_state_dict({k: v for k, v in state.items() if k not in skipped}, strict=False)
    return skipped + sorted(head - set(state) - set(skipped))
