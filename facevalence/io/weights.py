"""Weight files of the deep models: a user's ImageNet checkpoint in, trained weights out (files
only; checking a state dict against ResNet18 is :func:`facevalence.methods.nets.resnet.apply_weights`)."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import torch

from facevalence.errors import InputError
from facevalence.methods.nets.resnet import ResNet18, apply_weights


def read_state(path: str | Path) -> dict:
    """The tensors saved in a torch checkpoint file (never unpickles code: ``weights_only``).

    Parameters
    ----------
    path : str or Path
        A user's weight file (e.g. torchvision's ImageNet ResNet18; paper, Methods "Deep learning").

    Returns
    -------
    dict
        The state dict.

    Raises
    ------
    InputError
        Naming the file when it is not a torch checkpoint.
    """
    try:
        return torch.load(Path(path), map_location="cpu", weights_only=True)
    except Exception as err:  # noqa: BLE001 - any unreadable file is the same user error
        raise InputError(path, "file", f"not a torch checkpoint: {err}") from None


def load_weights(model: ResNet18, path: str | Path) -> list[str]:
    """Load a torchvision-format ResNet18 checkpoint file into ``model`` (paper, Methods "Deep
    learning": ImageNet-pretrained ResNet18).

    See :func:`~facevalence.methods.nets.resnet.apply_weights` for what is checked.

    Parameters
    ----------
    model : ResNet18
    path : str or Path

    Returns
    -------
    list of str
        The keys not loaded (the replaced head).
    """
    return apply_weights(model, read_state(path), Path(path))


def network(n_out: int, weights: str | Path | None = None) -> ResNet18:
    """A ResNet18 for the paper's classifier or Siamese network (Methods "Deep learning").

    Parameters
    ----------
    n_out : int
        Outputs of the head; 0 for the 512-d embedding.
    weights : str or Path, optional
        A weight file to start from (:func:`load_weights`); scratch when None.

    Returns
    -------
    ResNet18
    """
    model = ResNet18(n_out)
    if weights:
        load_weights(model, weights)
    return model


def state_file(model: torch.nn.Module, folder: str | Path | None = None) -> str:
    """The model's weights (CPU tensors) written to a new file, e.g. for an ``<object@store>`` column;
    the caller removes it once inserted.

    Parameters
    ----------
    model : torch.nn.Module
    folder : str or Path, optional
        Where to write; the temp dir when None.

    Returns
    -------
    str
        The new file's path.
    """
    if folder is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
    fd, path = tempfile.mkstemp(suffix=".pt", dir=folder)
    os.close(fd)
    torch.save({k: v.cpu() for k, v in model.state_dict().items()}, path)
    return path


def state_from_bytes(data: bytes) -> dict:
    """A state dict from the bytes of a stored weight file (an ``<object@store>`` column).

    Parameters
    ----------
    data : bytes

    Returns
    -------
    dict
    """
    return torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
