"""GradCAMMap: Grad-CAM maps of the trained classifier and Siamese network (Fig. 1F / 2C)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import datajoint as dj
import numpy as np

from facevalence.config import torch_device
from facevalence.schemas._base import Versioned
from facevalence.schemas.deep._schema import schema
from facevalence.schemas.deep._training import dataset_frames, fetch_dataset
from facevalence.schemas.deep.classifier import ClassifierTraining
from facevalence.schemas.deep.dataset import DeepDataset
from facevalence.schemas.deep.params import GradCAMModel
from facevalence.schemas.deep.siamese import SiameseTraining

if TYPE_CHECKING:  # torch is imported when a model is trained, not when the schemas load
    from facevalence.methods.nets.gradcam import GradCAMResult


@schema
class GradCAMMap(Versioned, dj.Computed):
    definition = """
    # Fig. 1F / 2C: Grad-CAM on the last conv block (layer4), averaged per stimulus (classifier) or per
    # pair kind (Siamese), with the share of the map's mass in each face region
    -> DeepDataset
    -> GradCAMModel
    ---
    animated_share      : float64    # share of the mass on the ears + mouth
    background_share    : float64    # share of the mass outside the keypoints' hull
    animated_enrichment : float64    # animated_share / the ears' + mouth's share of the image
    background_enrichment : float64  # background_share / the background's share of the image
    regions             : <blob>     # region -> {mass, area, enrichment} over all maps
    """

    class Map(dj.Part):
        definition = """
        -> master
        label               : varchar(32)   # stimulus | same valence | different valence
        ---
        heatmap             : <npy@facevalence>   # (size, size) float32 in [0, 1], mean over frames
        mean_frame          : <npy@facevalence>   # (size, size) uint8, the frames' mean
        n_frames            : int32
        regions             : <blob>
        """

    @property
    def key_source(self):
        return (ClassifierTraining.proj() * (GradCAMModel & "cam_model = 'classifier'").proj()
                + SiameseTraining.proj() * (GradCAMModel & "cam_model = 'siamese'").proj())

    def make_fetch(self, key):
        masks = {m["region"]: m["mask"] for m in (DeepDataset.Mask & key).to_dicts()}
        trained = ClassifierTraining if key["cam_model"] == "classifier" else SiameseTraining
        extra = (SiameseTraining & key).fetch1("test_mice") if key["cam_model"] == "siamese" else None
        return fetch_dataset(key), masks, (trained & key).fetch1("checkpoint"), extra

    def make_compute(self, key, fetched, masks, weights, test_mice):
        from facevalence.io.weights import state_from_bytes
        from facevalence.methods.nets.gradcam import classifier_cams, siamese_cams
        from facevalence.methods.nets.resnet import ResNet18

        data, params, device = dataset_frames(fetched), fetched["params"], torch_device()
        masks = {r: np.asarray(m, bool) for r, m in masks.items()}
        model = ResNet18(len(data.classes) if key["cam_model"] == "classifier" else 0)
        model.load_state_dict(state_from_bytes(weights.read()))
        model.to(device).eval()
        if key["cam_model"] == "classifier":
            return (classifier_cams(model, data, masks, n_frames=params["gradcam_frames"], device=device),)
        return (siamese_cams(model, data, masks, test_mice=list(test_mice), n_frames=params["gradcam_frames"], seed=params["seed"],
                             device=device),)

    def make_insert(self, key, result: GradCAMResult):
        overall = result.overall
        self.insert1({**key, "animated_share": overall["animated"]["mass"], "background_share": overall["background"]["mass"],
                      "animated_enrichment": overall["animated"]["enrichment"],
                      "background_enrichment": overall["background"]["enrichment"], "regions": overall})
        self.Map.insert([{**key, **dataclasses.asdict(m)} for m in result.maps])
