"""Deep-model methods: ResNet18 layout and weight loading, dataset plans, splits, resumable
training, Siamese pairs and loss, Grad-CAM, occlusion masks."""

from __future__ import annotations

import os
import re

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from facevalence.errors import InputError
from facevalence.io.checkpoints import FileCheckpoint
from facevalence.io.weights import load_weights
from facevalence.methods.nets import frames as geometry
from facevalence.methods.nets import gradcam, siamese, splits, training
from facevalence.methods.nets.classifier import train_classifier
from facevalence.methods.nets.resnet import ResNet18
from facevalence.methods.nets.training import SGDConfig


def test_resnet18_has_torchvisions_state_dict_layout():
    state = ResNet18().state_dict()
    # torchvision's resnet18: 62 parameter tensors + 3 buffers for each of its 20 batch norms
    assert len(state) == 122
    for name, shape in {"conv1.weight": (64, 3, 7, 7), "layer2.0.downsample.0.weight": (128, 64, 1, 1),
                        "layer4.1.bn2.running_var": (512,), "layer3.0.bn1.num_batches_tracked": (), "fc.weight": (1000, 512)}.items():
        assert tuple(state[name].shape) == shape, name
    assert ResNet18(0)(torch.zeros(2, 3, 64, 64)).shape == (2, 512)
    assert ResNet18(6)(torch.zeros(2, 3, 48, 48)).shape == (2, 6)


def test_imagenet_checkpoint_loads_without_its_head(tmp_path):
    imagenet = ResNet18(1000)
    torch.nn.init.normal_(imagenet.layer4[1].conv2.weight)
    path = tmp_path / "resnet18-f37072fd.pth"
    torch.save({f"module.{k}": v for k, v in imagenet.state_dict().items()}, path)  # DataParallel prefix too
    model = ResNet18(6)
    skipped = load_weights(model, path)
    assert skipped == ["fc.bias", "fc.weight"]
    assert torch.equal(model.layer4[1].conv2.weight, imagenet.layer4[1].conv2.weight)


@pytest.mark.parametrize("change, field, problem", [
    (lambda s: s.update({"layer1.2.conv1.weight": torch.zeros(64, 64, 3, 3)}), "layer1.2.conv1.weight", "not a ResNet18 parameter"),
    (lambda s: s.pop("layer3.1.bn2.weight"), "layer3.1.bn2.weight", "missing from the checkpoint"),
    (lambda s: s.update({"conv1.weight": torch.zeros(64, 1, 7, 7)}), "conv1.weight", "shape (64, 1, 7, 7)"),
])
def test_wrong_architecture_is_refused_naming_file_and_tensor(tmp_path, change, field, problem):
    state = ResNet18(1000).state_dict()
    change(state)
    path = tmp_path / "w.pth"
    torch.save(state, path)
    with pytest.raises(InputError, match="^" + re.escape(f"{path}: {field}: {problem}")):
        load_weights(ResNet18(6), path)


def test_frame_plan_takes_stimulus_and_neutral_frames():
    plan = geometry.frame_plan([10.0], ["sucrose"], t0=0.0, fps=30.0, n_video=900, post_s=2.0, neutral_s=1.0, step=3, neutral_step=15)
    stim = [f for f, _, lab in plan if lab == "sucrose"]
    neutral = [f for f, _, lab in plan if lab == "neutral"]
    assert stim == list(range(300, 360, 3)) and neutral == [270, 285]
    with pytest.raises(ValueError, match="trial at 29.5 s: frames .* outside the video's 900 frames"):
        geometry.frame_plan([29.5], ["bitter"], 0.0, 30.0, 900)


def test_split_holds_out_one_trial_per_stimulus_per_mouse():
    subjects = np.repeat(["a", "b", "c"], 10)
    stimuli = np.tile(np.repeat(["sucrose", "bitter"], 5), 3)
    roles = splits.split_trials(subjects, stimuli, 0.2, seed=1)
    for s in "abc":
        for stim in ("sucrose", "bitter"):
            assert ((subjects == s) & (stimuli == stim) & (roles == "test")).sum() == 1
    rest = roles != "test"
    assert (roles == "val").sum() == 2 * round(0.2 * rest.sum() / 2)  # 20 % of each stimulus's non-test trials
    with pytest.raises(ValueError, match="mouse a has only one shock trial"):
        splits.split_trials(["a", "a", "a"], ["shock", "bitter", "bitter"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["train", "val", "test"])), min_size=2, max_size=30))
def test_check_split_refuses_any_trial_in_two_sets(samples):
    trial_ids = np.array([f"t{t}" for t, _ in samples])
    roles = np.array([r for _, r in samples])
    labels = np.array(["x"] * len(samples))
    sets = {r: np.flatnonzero(roles == r) for r in ("train", "val", "test")}
    leaks = any(len(set(roles[trial_ids == t])) > 1 for t in set(trial_ids))
    missing = not (roles == "train").any() or not (roles == "test").any()
    if leaks:
        with pytest.raises(ValueError, match="is in both the .* set: the split would leak"):
            splits.check_split(sets, trial_ids, labels)
    elif missing:
        with pytest.raises(ValueError, match="class 'x' has no frame in the (train|test) set"):
            splits.check_split(sets, trial_ids, labels)
    else:
        splits.check_split(sets, trial_ids, labels)


def test_missing_class_is_refused_before_training():
    labels = np.array(["sucrose", "sucrose", "shock", "shock"])
    with pytest.raises(ValueError, match="class 'shock' has no frame in the test set"):
        splits.check_split({"train": np.array([0, 2]), "test": np.array([1])}, np.array(["1", "2", "3", "4"]), labels)


def _toy_frames(n=64, size=32, seed=0):
    """Class 1 has a bright square in the top-left third; the rest is noise."""
    rng = np.random.default_rng(seed)
    x = rng.integers(40, 80, (n, size, size)).astype(np.uint8)
    y = np.arange(n) % 2
    q = size // 3
    x[y == 1, q // 4:q - q // 4, q // 4:q - q // 4] = 230
    return torch.as_tensor(x), y


def _fit_toy(frames, y, epochs, checkpoint, fingerprint="toy"):
    torch.manual_seed(0)
    model = ResNet18(2)
    res = train_classifier(model, frames, y, train_idx=np.arange(48), val_idx=np.arange(48, 64),
                           sgd=SGDConfig(epochs, 16, 0.01, 0.9, 1e-4, seed=0),
                           checkpoint=FileCheckpoint(checkpoint, fingerprint) if checkpoint else None)
    return model, res


def test_training_resumes_from_the_last_epoch_and_matches_an_uninterrupted_run(tmp_path):
    frames, y = _toy_frames()
    straight, _ = _fit_toy(frames, y, 3, None)
    _fit_toy(frames, y, 2, tmp_path / "run.pt")  # "crash" after 2 epochs: the checkpoint is left behind
    resumed, res = _fit_toy(frames, y, 3, tmp_path / "run.pt")
    assert res.resumed_from == 2 and len(res.history) == 3
    for (name, a), b in zip(straight.state_dict().items(), resumed.state_dict().values(), strict=True):
        assert torch.allclose(a.float(), b.float(), atol=1e-5), name
    # another configuration does not pick up this checkpoint
    _, other = _fit_toy(frames, y, 1, tmp_path / "run.pt", fingerprint="other")
    assert other.resumed_from == 0


def test_grad_cam_finds_the_evidence_and_occlusion_masks_cover_regions():
    frames, y = _toy_frames(n=64, size=96, seed=1)  # layer4 sees 96 px as 3 x 3
    torch.manual_seed(0)
    model = ResNet18(2)
    train_classifier(model, frames, y, train_idx=np.arange(64), val_idx=np.array([], int),
                     sgd=SGDConfig(6, 16, 0.01, 0.9, 1e-4, seed=0))
    pred = training.predict(model, frames, np.arange(64))
    assert np.mean(pred == y) > 0.9
    idx = np.flatnonzero(y == 1)[:16]
    cam = gradcam.grad_cam(model, model.layer4, training.as_input(frames[idx]),
                        lambda out: out[:, 1])
    assert cam.shape == (16, 96, 96) and cam.max() <= 1.0
    quadrants = {"top-left": np.zeros((96, 96), bool), "bottom-right": np.zeros((96, 96), bool)}
    quadrants["top-left"][:48, :48] = True
    quadrants["bottom-right"][48:, 48:] = True
    share = gradcam.mass_in(cam, quadrants)
    # the evidence is in the top-left corner: its mirror quadrant gets far less of the map
    assert share["top-left"]["mass"] > 1.5 * share["bottom-right"]["mass"], share


def test_region_masks_and_background():
    pts = {"ear": np.array([[5, 5], [15, 5], [10, 15]]), "mouth": np.array([[40, 40], [50, 40], [45, 50]])}
    masks = geometry.region_masks(pts, 64, dilate_px=2)
    assert masks["ear"][8, 10] and not masks["ear"][45, 45] and masks["mouth"][43, 45]
    assert masks["background"][60, 2] and not masks["background"][30, 30]  # inside the hull of all points
    with pytest.raises(ValueError, match="region 'eye': fewer than 3"):
        geometry.region_masks({"eye": np.array([[1.0, 1.0], [np.nan, 2.0]])}, 64)


def test_siamese_pairs_follow_the_papers_rule_and_loss():
    subjects = np.repeat(["a", "b", "c"], 6)
    valences = np.tile(["positive", "negative"], 9)
    pairs = siamese.siamese_pairs(subjects, valences, 40, seed=0)
    sim, dis = pairs[pairs[:, 2] == 1], pairs[pairs[:, 2] == 0]
    assert len(sim) == len(dis) == 40
    assert (subjects[sim[:, 0]] != subjects[sim[:, 1]]).all() and (valences[sim[:, 0]] == valences[sim[:, 1]]).all()
    assert (subjects[dis[:, 0]] == subjects[dis[:, 1]]).all() and (valences[dis[:, 0]] != valences[dis[:, 1]]).all()
    with pytest.raises(ValueError, match="no pair of frames with same valence from different mice"):
        siamese.siamese_pairs(np.array(["a"] * 4), np.array(["positive", "negative"] * 2), 5)
    d = torch.tensor([0.5, 2.0, 0.5, 2.0])
    y = torch.tensor([1, 1, 0, 0])
    expected = (0.25 + 4.0 + (1.0 - 0.5) ** 2 + 0.0) / 4
    assert float(siamese.contrastive_loss(d, y, margin=1.0)) == pytest.approx(expected)


def test_crop_matrix_maps_the_face_box_onto_the_image():
    box = geometry.face_box(np.array([[100, 50], [200, 150]]), margin=0.0)
    assert box == (100.0, 50.0, 100.0)
    m = geometry.crop_matrix(np.array([[1.0, 0, 10], [0, 1.0, 0]]), box, 50)
    corner = m @ np.array([90.0, 50.0, 1.0])  # registration shifts x by +10 first
    assert np.allclose(corner, [0, 0])


def test_warp_frame_averages_before_shrinking():
    rng = np.random.default_rng(0)
    frame = np.where(rng.random((400, 400)) > 0.5, 255, 0).astype(np.uint8)  # fine texture, mean 127.5
    m = geometry.crop_matrix(None, (0.0, 0.0, 400.0), 40)
    small = geometry.warp_frame(frame, m, 40)
    assert small.shape == (40, 40)
    assert small.std() < 12 and abs(small.mean() - 127.5) < 3  # area average, not 40 x 40 point samples
    same = geometry.warp_frame(frame[:40, :40], geometry.crop_matrix(None, (0.0, 0.0, 40.0), 40), 40)
    assert np.array_equal(same, frame[:40, :40])  # identity stays exact


def test_read_frames_decodes_a_session_once_and_again_when_the_file_changes(tmp_path, monkeypatch):
    """The deep tables of one `train` share a session's decoded frames; a rewritten video is read anew."""
    import av

    from facevalence.io import frames as frames_io

    def write(path, shade):
        with av.open(str(path), "w") as container:
            stream = container.add_stream("libx264", rate=10)
            stream.width, stream.height, stream.pix_fmt = 64, 64, "yuv420p"
            for i in range(12):
                img = np.full((64, 64), shade + 8 * i, np.uint8)
                for packet in stream.encode(av.VideoFrame.from_ndarray(img, format="gray").reformat(format="yuv420p")):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)

    video = tmp_path / "face.mp4"
    write(video, 20)
    decodes = []
    original = frames_io._decode
    monkeypatch.setattr(frames_io, "_decode", lambda *a: decodes.append(a[0]) or original(*a))
    matrix, indices = np.array([[1.0, 0, 0], [0, 1.0, 0]]), np.array([5, 1, 5, 9])
    first = frames_io.read_frames(video, indices, matrix, 32, desc="")
    first[0] = 0  # callers get copies: changing one leaves the cache as it was
    again = frames_io.read_frames(video, indices, matrix, 32, desc="")
    assert len(decodes) == 1 and again[0].mean() > 50 and np.array_equal(again[0], again[2])
    assert np.mean(again[1]) < np.mean(again[0]) < np.mean(again[3])  # the order asked for (frames 1 < 5 < 9 in shade)
    write(video, 120)
    os.utime(video, ns=(video.stat().st_atime_ns, video.stat().st_mtime_ns + 10**9))
    changed = frames_io.read_frames(video, indices, matrix, 32, desc="")
    assert len(decodes) == 2 and changed[0].mean() > again[0].mean() + 50


def test_checkpoints_are_saved_at_most_every_so_often_and_after_the_last_epoch():
    class Recorder:  # a Checkpoint that keeps which epochs were saved
        def __init__(self):
            self.epochs = []

        def load(self):
            return None

        def save(self, state):
            self.epochs.append(state["epoch"])

    x, y = torch.randn(8, 3), torch.tensor([0, 1] * 4)
    model = torch.nn.Linear(3, 2)

    def step(batch, gen):
        return torch.nn.functional.cross_entropy(model(x[batch]), y[batch]), {}

    for every, saved in ((1e9, [4]), (0.0, [1, 2, 3, 4])):
        recorder = Recorder()
        training.fit(model, step, training.index_batches(np.arange(8), 4), sgd=SGDConfig(4, 4, 0.01, 0.9, 0.0),
                     checkpoint=recorder, checkpoint_every_s=every)
        assert recorder.epochs == saved
