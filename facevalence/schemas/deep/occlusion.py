"""OcclusionResult: occlusion sensitivity by face region (Fig. S5D-E)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import datajoint as dj
import numpy as np

from facevalence.config import torch_device
from facevalence.schemas._base import RemovesCheckpoints, Versioned
from facevalence.schemas.deep._schema import schema
from facevalence.schemas.deep._training import (
    DatasetTraining,
    checkpoints,
    dataset_frames,
    fetch_dataset,
    initial_weights,
    model_factory,
)
from facevalence.schemas.deep.dataset import DeepDataset
from facevalence.schemas.deep.params import sgd_config

if TYPE_CHECKING:  # torch is imported when a model is trained, not when the schemas load
    from facevalence.methods.nets.occlusion import OcclusionSensitivity


@schema
class OcclusionResult(DatasetTraining, RemovesCheckpoints, Versioned, dj.Computed):
    definition = """
    # Fig. S5D-E: occlusion sensitivity. One classifier per occluded region (ear, mouth, eye, whisker,
    # background; 'none' = nothing occluded) and fold, k-fold CV with all frames of a trial in one fold
    -> DeepDataset
    ---
    n_folds             : int32
    n_frames            : int32
    """

    class Region(dj.Part):
        definition = """
        -> master
        region              : varchar(16)
        ---
        mean_accuracy       : float64
        sem_accuracy        : float64
        drop                : float64    # accuracy with nothing occluded minus this (mean over folds)
        fold_accuracy       : <blob>
        area                : float64    # fraction of the image occluded
        stats               : <blob>     # paired Wilcoxon over folds vs nothing occluded
        """

    def make_fetch(self, key):
        masks = {m["region"]: m["mask"] for m in (DeepDataset.Mask & key).to_dicts(order_by="region")}
        return fetch_dataset(key), masks

    def make_compute(self, key, fetched, masks):
        from facevalence.methods.nets.occlusion import occlusion_experiment

        weights, initial = initial_weights(fetched["selection"])
        params = fetched["params"]
        return (occlusion_experiment(dataset_frames(fetched), {r: np.asarray(m, bool) for r, m in masks.items()},
                                     new_model=model_factory(weights), sgd=sgd_config(params, epochs="occlusion_epochs"),
                                     n_folds=params["occlusion_folds"], step=params["occlusion_step"], device=torch_device(),
                                     checkpoints=checkpoints(type(self).__name__, key, initial)),)

    def make_insert(self, key, result: OcclusionSensitivity):
        self.insert1({**key, "n_folds": result.n_folds, "n_frames": result.n_frames})
        self.Region.insert([{**key, **dataclasses.asdict(r)} for r in result.regions])
