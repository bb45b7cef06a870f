"""ClassifierTraining: the ResNet18 stimulus classifier with its controls (Fig. 1D-E, S2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import datajoint as dj

from facevalence.config import torch_device
from facevalence.schemas._base import RemovesCheckpoints, Versioned
from facevalence.schemas.deep._schema import schema
from facevalence.schemas.deep._training import (
    DatasetTraining,
    Trained,
    checkpoints,
    dataset_frames,
    initial_weights,
    model_factory,
)
from facevalence.schemas.deep.dataset import DeepDataset  # noqa: F401  (definitions)
from facevalence.schemas.deep.params import sgd_config
from facevalence.schemas.session import Subject  # noqa: F401  (definitions)

if TYPE_CHECKING:  # torch is imported when a model is trained, not when the schemas load
    from facevalence.methods.nets.classifier import ClassifierResult


@schema
class ClassifierTraining(DatasetTraining, RemovesCheckpoints, Versioned, dj.Computed):
    definition = """
    # Fig. 1D-E / S2: ResNet18 stimulus classifier (stimuli + neutral) on the trial-level split, with a
    # shuffled-label control (same split and schedule) and a cross-mouse test (last mouse held out)
    -> DeepDataset
    ---
    chance              : float64    # 1 / number of classes
    test_accuracy       : float64    # held-out test trials, frame-wise
    shuffled_accuracy   : float64    # same, network trained on shuffled labels
    cross_mouse = null  : float64    # frame-wise accuracy on the held-out mouse
    held_out_mouse = "" : varchar(32)
    stats               : <blob>     # Welch t of per-mouse test accuracy, real vs shuffled
    history             : <blob>     # per epoch: loss, train acc, val acc
    initial             : varchar(255)   # scratch, or the ImageNet checkpoint and its sha256
    device              : varchar(16)
    train_seconds       : float64
    images_per_s        : float64    # training throughput (augmented forward + backward)
    checkpoint          : <object@facevalence>   # trained state_dict (torch.save)
    """

    class Run(dj.Part):
        definition = """
        -> master
        run                 : varchar(16)   # real | shuffled | cross-mouse
        ---
        accuracy            : float64
        n_test              : int32         # frames
        confusion           : <blob>        # (classes x classes) frame counts, rows = truth
        """

    class PerMouse(dj.Part):
        definition = """
        -> master.Run
        -> Subject
        ---
        accuracy            : float64
        n_test              : int32
        """

    def make_compute(self, key, fetched):
        from facevalence.methods.nets.classifier import classifier_experiment

        weights, initial = initial_weights(fetched["selection"])
        device = torch_device()
        result = classifier_experiment(dataset_frames(fetched), new_model=model_factory(weights),
                                       sgd=sgd_config(fetched["params"]), device=device,
                                       checkpoints=checkpoints(type(self).__name__, key, initial))
        return (self.trained(key, result, initial, device),)

    def make_insert(self, key, trained: Trained):
        result: ClassifierResult = trained.result
        real, cross = result.runs["real"], result.runs.get("cross-mouse")
        self.insert1({**key, "chance": result.chance, "test_accuracy": real.accuracy,
                      "shuffled_accuracy": result.runs["shuffled"].accuracy,
                      "cross_mouse": cross.accuracy if cross else None, "held_out_mouse": result.held_out_mouse,
                      "stats": result.stats, "history": real.training.history, "initial": trained.initial, "device": trained.device,
                      "train_seconds": result.train_seconds, "images_per_s": real.training.images_per_s,
                      "checkpoint": trained.weights_file})
        self.Run.insert([{**key, "run": name, "accuracy": r.accuracy, "n_test": r.n_test, "confusion": r.confusion}
                         for name, r in result.runs.items()])
        self.PerMouse.insert([{**key, "run": name, "subject_id": m, "accuracy": a, "n_test": n}
                              for name, r in result.runs.items() for m, (a, n) in r.per_mouse.items()])
