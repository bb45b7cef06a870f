"""The paper's deep models (Fig. 1D-F, 2A-C, 4A, S2, S5D-E), pure torch/numpy, one module a topic:

- :mod:`~facevalence.methods.nets.resnet`: ResNet18 with torchvision's parameter names, weight checks
- :mod:`~facevalence.methods.nets.frames`: frame plans, face box, warp, occlusion masks
- :mod:`~facevalence.methods.nets.splits`: the trial-level split and its leak check
- :mod:`~facevalence.methods.nets.dataset`: the dataset plan and the in-memory dataset
- :mod:`~facevalence.methods.nets.training`: input normalisation, augmentation, the resumable SGD loop
- :mod:`~facevalence.methods.nets.classifier`, :mod:`~facevalence.methods.nets.siamese`,
  :mod:`~facevalence.methods.nets.gradcam`, :mod:`~facevalence.methods.nets.occlusion`: the experiments

Files (videos, checkpoints, weight files) are read and written by :mod:`facevalence.io` only.
"""
