"""Resumable training checkpoints on disk (the file side of :func:`facevalence.methods.nets.training.fit`)."""

from __future__ import annotations

import os
from pathlib import Path

import torch


class FileCheckpoint:
    """A training state kept in one file, resumed only by a run with the same ``fingerprint``.

    ``save`` writes to a temporary file and renames it, so a crash never leaves a torn file;
    ``load`` returns ``None`` for a missing file or one written by another configuration (a
    different key, initial weights or margin), which then trains from the start.
    """

    def __init__(self, path: str | Path, fingerprint: str = ""):
        self.path = Path(path)
        self.fingerprint = fingerprint

    def load(self) -> dict | None:
        if not self.path.exists():
            return None
        state = torch.load(self.path, map_location="cpu", weights_only=False)
        return state if state.get("fingerprint") == self.fingerprint else None

    def save(self, state: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        torch.save({**state, "fingerprint": self.fingerprint}, tmp)
        os.replace(tmp, self.path)
