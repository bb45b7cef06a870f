"""Deep-model parameter sets and the opt-in selection of a run (DataJoint Elements' Params and
Selection pattern)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import datajoint as dj

from facevalence.schemas.deep._schema import schema
from facevalence.schemas.face import PrototypeMouse, RegistrationParams  # noqa: F401  (definitions)
from facevalence.schemas.session import Cohort  # noqa: F401  (definitions)

if TYPE_CHECKING:  # torch is imported when a model is trained, not when the schemas load
    from facevalence.methods.nets.dataset import DatasetConfig
    from facevalence.methods.nets.training import SGDConfig

_PAPER = dict(image_size=224, crop_margin=0.12, post_s=2.0, neutral_s=2.0, frame_step=1, neutral_step=5, epochs=50,
              batch=256, lr=1e-3, momentum=0.9, weight_decay=1e-4, val_fraction=0.2, siamese_pairs=20000,
              siamese_test_mice=5, siamese_epochs=50, occlusion_folds=10, occlusion_epochs=50, occlusion_step=1,
              mask_dilate_px=8, gradcam_frames=200, kin_paramset=0, seed=0,
              registered=False)  # the paper registers faces only for the prototype comparisons


@schema
class ModelParams(dj.Lookup):
    definition = """
    model_paramset      : int16
    ---
    image_size          : int16      # px, square face crop fed to ResNet18
    crop_margin         : float64    # face box grown by this x its side on each edge
    post_s              : float64    # stimulus frames: 0..post_s after onset
    neutral_s           : float64    # neutral frames: -neutral_s..0 before onset
    frame_step          : int16      # every frame_step-th stimulus frame
    neutral_step        : int16      # every neutral_step-th neutral frame
    epochs              : int16
    batch               : int16
    lr                  : float64
    momentum            : float64
    weight_decay        : float64
    val_fraction        : float64    # of the non-test trials, by trial
    siamese_pairs       : int32      # training pairs of each kind (similar, dissimilar)
    siamese_test_mice   : int16      # mice held out for the Siamese test (split by mouse)
    siamese_epochs      : int16
    occlusion_folds     : int16      # k-fold CV by trial per occluded region
    occlusion_epochs    : int16
    occlusion_step      : int16      # every k-th frame of the dataset in the occlusion runs
    mask_dilate_px      : int16      # region masks grown by this many px (at image_size)
    gradcam_frames      : int16      # test frames per stimulus averaged into a Grad-CAM map
    kin_paramset        : int16      # FaceFeatures whose keypoints place the face box and the masks
    seed                : int32
    description = ""    : varchar(255)
    registered = 0      : bool       # 1: frames registered onto the template face first; 0: each session's own frames
    """
    contents = [
        {"model_paramset": 0, **_PAPER,
         "description": "paper (GPU): 224 px, 0-2 s frames, SGD lr 1e-3 momentum 0.9, 50 epochs, batch 256, 80/20 by "
                        "trial; Siamese 5 test mice; occlusion 10-fold by trial"},
        {"model_paramset": 1, **_PAPER, "image_size": 80, "frame_step": 3, "neutral_step": 15, "epochs": 10, "batch": 32,
         "lr": 1e-2, "siamese_pairs": 600, "siamese_test_mice": 2, "siamese_epochs": 5, "occlusion_folds": 3,
         "occlusion_epochs": 6, "occlusion_step": 3, "mask_dilate_px": 3, "gradcam_frames": 40,
         "description": "CPU demo: 80 px (layer4 3 x 3), every 3rd frame, 10 epochs, batch 32, lr 1e-2 (short runs); "
                        "occlusion 3-fold"},
        {"model_paramset": 2, **_PAPER, "image_size": 80, "frame_step": 6, "neutral_step": 30, "epochs": 8, "batch": 32,
         "lr": 1e-2, "siamese_pairs": 200, "siamese_test_mice": 2, "siamese_epochs": 4, "occlusion_folds": 2,
         "occlusion_epochs": 6, "occlusion_step": 2, "mask_dilate_px": 3, "gradcam_frames": 12,
         "description": "CPU test: 80 px, every 6th frame, 8 epochs, lr 1e-2; occlusion 2-fold on every 2nd frame"},
    ]


def sgd_config(params: dict, *, epochs: str = "epochs") -> SGDConfig:
    """The optimiser of a ModelParams row; ``epochs`` names the column that sets the epochs."""
    from facevalence.methods.nets.training import SGDConfig

    return SGDConfig(int(params[epochs]), int(params["batch"]), float(params["lr"]), float(params["momentum"]),
                     float(params["weight_decay"]), int(params["seed"]))


def dataset_config(params: dict) -> DatasetConfig:
    """The dataset columns of a ModelParams row."""
    from facevalence.methods.nets.dataset import DatasetConfig

    return DatasetConfig(**{f.name: params[f.name] for f in dataclasses.fields(DatasetConfig)})


@schema
class ModelSelection(dj.Manual):
    definition = """
    # A deep-model run to make: parameters x registration onto the template face x the cohort whose
    # sessions it trains on (+ optional ImageNet weights)
    -> ModelParams
    -> PrototypeMouse
    -> RegistrationParams
    -> Cohort
    ---
    weights = ""        : varchar(1024)   # torchvision-format ResNet18 checkpoint; '' = train from scratch
    weights_sha256 = "" : varchar(64)
    """


@schema
class GradCAMModel(dj.Lookup):
    definition = """
    cam_model           : varchar(16)
    ---
    explained           : varchar(255)
    """
    contents = [{"cam_model": "classifier", "explained": "the true class's logit, test frames, averaged per stimulus"},
                {"cam_model": "siamese",
                 "explained": "-distance for same-valence pairs, +distance for different-valence pairs (test mice)"}]
