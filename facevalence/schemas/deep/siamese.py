"""SiameseTraining: the Siamese valence embedding (Fig. 2A-B)."""

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

if TYPE_CHECKING:  # torch is imported when a model is trained, not when the schemas load
    from facevalence.methods.nets.siamese import SiameseResult


@schema
class SiameseTraining(DatasetTraining, RemovesCheckpoints, Versioned, dj.Computed):
    definition = """
    # Fig. 2A-B: Siamese ResNet18 (shared backbone, 512-d embedding, Euclidean distance, contrastive loss);
    # pairs: same valence from different mice = similar, different valence from the same mouse = dissimilar;
    # train and test mice disjoint
    -> DeepDataset
    ---
    train_mice          : <blob>
    test_mice           : <blob>
    margin              : float64    # contrastive margin = mean pair distance of the untrained network
    n_train_pairs       : int32
    similar             : <blob>     # test-pair distances, similar pairs
    dissimilar          : <blob>     # test-pair distances, dissimilar pairs
    stats               : <blob>     # Welch t dissimilar vs similar; and the same with shuffled pair labels
    history             : <blob>
    initial             : varchar(255)
    device              : varchar(16)
    train_seconds       : float64
    checkpoint          : <object@facevalence>
    """

    def make_compute(self, key, fetched):
        from facevalence.methods.nets.siamese import siamese_experiment

        weights, initial = initial_weights(fetched["selection"])
        params, device = fetched["params"], torch_device()
        result = siamese_experiment(dataset_frames(fetched), new_model=model_factory(weights),
                                    sgd=sgd_config(params, epochs="siamese_epochs"), n_pairs=params["siamese_pairs"],
                                    n_test_mice=params["siamese_test_mice"], device=device,
                                    checkpoint=checkpoints(type(self).__name__, key, initial)("siamese"))
        return (self.trained(key, result, initial, device),)

    def make_insert(self, key, trained: Trained):
        r: SiameseResult = trained.result
        self.insert1({**key, "train_mice": r.train_mice, "test_mice": r.test_mice, "margin": r.margin,
                      "n_train_pairs": r.n_train_pairs, "similar": r.similar, "dissimilar": r.dissimilar,
                      "stats": r.stats, "history": r.training.history, "initial": trained.initial,
                      "device": trained.device, "train_seconds": r.training.seconds, "checkpoint": trained.weights_file})
