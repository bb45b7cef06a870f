"""Deep models (Fig. 1D-F, 2A-C, 4A, S2, S5D-E): ResNet18 stimulus classifier, Siamese valence
embedding, Grad-CAM maps and occlusion sensitivity, trained on frames streamed from the videos.

Training is opt-in (it is a GPU job at the paper's size): a row of ``ModelSelection`` names the
parameter set, the registration onto the template face and, optionally, an ImageNet checkpoint;
``facevalence train`` inserts one and populates these tables. Every result traces back through
``DeepDataset`` (its trial parts) to the trials, the registration rows and the NWB files.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import datajoint as dj
import numpy as np

from facevalence.io.nwb import sha256
from facevalence.methods import deep
from facevalence.methods.keypoints import EAR, EYE, MOUTH, PUPIL, WHISKER
from facevalence.methods.registration import apply
from facevalence.methods.stats import sem, welch_t, wilcoxon_paired
from facevalence.schemas._base import Versioned, when_complete
from facevalence.schemas.face import PrototypeMouse, Registration, RegistrationParams  # noqa: F401  (definitions)
from facevalence.schemas.kinematics import FaceFeatures
from facevalence.schemas.session import Nwbfile, Stimulus, Subject, Trial  # noqa: F401  (Subject: definitions)

schema = dj.Schema()

#: Keypoints of each occluded region (Fig. S5D-E); the eye region includes the pupil.
REGION_KEYPOINTS = {"ear": EAR, "mouth": MOUTH, "eye": EYE + PUPIL, "whisker": WHISKER}


def device() -> str:
    """Torch device for training: ``$FACEVALENCE_DEVICE`` (set by ``facevalence train --device``), else cpu."""
    return os.environ.get("FACEVALENCE_DEVICE", "cpu")


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
    """
    contents = [
        (0, 224, 0.12, 2.0, 2.0, 1, 5, 50, 256, 1e-3, 0.9, 1e-4, 0.2, 20000, 5, 50, 10, 50, 1, 8, 200, 0, 0,
         "paper (GPU): 224 px, 0-2 s frames, SGD lr 1e-3 momentum 0.9, 50 epochs, batch 256, 80/20 by trial; "
         "Siamese 5 test mice; occlusion 10-fold by trial"),
        (1, 80, 0.12, 2.0, 2.0, 3, 15, 10, 32, 1e-2, 0.9, 1e-4, 0.2, 600, 2, 5, 3, 6, 3, 3, 40, 0, 0,
         "CPU demo: 80 px (layer4 3 x 3), every 3rd frame, 10 epochs, batch 32, lr 1e-2 (short runs); occlusion 3-fold"),
        (2, 80, 0.12, 2.0, 2.0, 6, 30, 8, 32, 1e-2, 0.9, 1e-4, 0.2, 200, 2, 4, 2, 6, 2, 3, 12, 0, 0,
         "CPU test: 80 px, every 6th frame, 8 epochs, lr 1e-2; occlusion 2-fold on every 2nd frame"),
    ]


@schema
class ModelSelection(dj.Manual):
    definition = """
    # A deep-model run to make: parameters x registration onto the template face (+ optional ImageNet weights)
    -> ModelParams
    -> PrototypeMouse
    -> RegistrationParams
    ---
    weights = ""        : varchar(1024)   # torchvision-format ResNet18 checkpoint; '' = train from scratch
    weights_sha256 = "" : varchar(64)
    """


def _weights(selection: dict) -> tuple[str, str]:
    """(path, description) of the selection's weights, checked against the recorded sha256."""
    path = selection["weights"]
    if not path:
        return "", "scratch (no ImageNet weights given)"
    from facevalence.errors import InputError

    if not Path(path).is_file():
        raise InputError(path, "weights", "the ImageNet checkpoint named in ModelSelection is gone")
    if sha256(path) != selection["weights_sha256"]:
        raise InputError(path, "weights_sha256", "the file changed since it was selected (sha256 differs)")
    return path, f"ImageNet weights {path} (sha256 {selection['weights_sha256'][:12]})"


def _network(n_out: int, weights: str):
    from facevalence.methods.resnet import ResNet18, load_weights

    model = ResNet18(n_out)
    if weights:
        load_weights(model, weights)
    return model


def _checkpoint(table: str, key: dict, run: str) -> Path:
    from facevalence.db import data_dir, schema_prefix

    name = "_".join(str(key[k]) for k in sorted(key))
    return data_dir() / "checkpoints" / schema_prefix() / table / name / f"{run}.pt"


def _store_state(model) -> str:
    """The trained weights as a file for an ``<object@facevalence>`` column (copied into the store)."""
    import torch

    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    torch.save({k: v.cpu() for k, v in model.state_dict().items()}, path)
    return path


@schema
class DeepDataset(Versioned, dj.Computed):
    definition = """
    # The frames the deep models see: laser-off trials of every registered analysis session with pose
    # (the prototype mouse stays out, as in every other analysis), their
    # 0-2 s stimulus frames and neutral baseline frames, the face box, the trial-level split, the region masks
    -> ModelSelection
    ---
    classes             : <blob>     # class names (the stimuli + neutral), index = target
    n_frames            : int32
    n_trials            : int32
    box                 : <blob>     # (x0, y0, side) of the face crop, template px
    """

    class Session(dj.Part):
        definition = """
        -> master
        -> Registration
        ---
        matrix              : <blob>               # 2 x 3: session px -> crop px at image_size
        frame_index         : <npy@facevalence>    # video frame of each sample
        trial_id            : <npy@facevalence>    # its trial
        label               : <blob>               # its class name
        """

    class TrialRole(dj.Part):
        definition = """
        -> master
        -> Trial
        ---
        role                : varchar(8)   # train | val | test (one held-out test trial per stimulus per mouse)
        """

    class Mask(dj.Part):
        definition = """
        -> master
        region              : varchar(16)
        ---
        mask                : <npy@facevalence>    # (image_size, image_size) bool
        area                : float64              # fraction of the image
        """

    @property
    def key_source(self):
        return when_complete(ModelSelection.proj(), Registration, FaceFeatures)

    def make_fetch(self, key):
        p = (ModelParams & key).fetch1()
        regs = (Registration & key).proj("matrix").to_dicts(order_by=("subject_id", "session_id"))
        sessions = []
        for r in regs:
            s = {"subject_id": r["subject_id"], "session_id": r["session_id"]}
            trials = (Trial & s & "NOT laser_on").to_dicts(order_by="trial_id")
            pose = (FaceFeatures & s & {"kin_paramset": p["kin_paramset"]}).to_dicts()
            if trials and pose:
                sessions.append({**r, "nwb_path": (Nwbfile & s).fetch1("nwb_path"), "trials": trials,
                                 "cleaned": np.asarray(pose[0]["cleaned"]), "names": list(pose[0]["keypoint_names"])})
        return p, sessions

    def make_compute(self, key, p, sessions):
        from facevalence.io.nwb import session_video

        if not sessions:
            raise ValueError("no registered session with laser-off trials and pose to build the dataset from")
        size = p["image_size"]
        # keypoints in template coordinates: the face box and the region masks
        template_pts = {}
        for s in sessions:
            pts = apply(s["matrix"], s["cleaned"].reshape(-1, 2)).reshape(s["cleaned"].shape)
            for region, names in REGION_KEYPOINTS.items():
                cols = [s["names"].index(n) for n in names if n in s["names"]]
                if cols:
                    template_pts.setdefault(region, []).append(pts[:, cols].reshape(-1, 2))
        every = np.concatenate([np.concatenate(v) for v in template_pts.values()])
        every = every[np.isfinite(every).all(1)]
        lo, hi = np.percentile(every, 0.5, axis=0), np.percentile(every, 99.5, axis=0)
        box = deep.face_box(np.array([lo, hi]), p["crop_margin"])
        to_crop = deep.crop_matrix(None, box, size)
        masks = deep.region_masks({r: apply(to_crop, np.concatenate(v)) for r, v in template_pts.items()}, size,
                                  p["mask_dilate_px"])
        rows, trial_rows = [], []
        for s in sessions:
            video, t0, fps, n_video = session_video(s["nwb_path"])
            trials = s["trials"]
            try:
                plan = deep.frame_plan([t["start_time"] for t in trials], [t["stimulus"] for t in trials], t0, fps, n_video,
                                       p["post_s"], p["neutral_s"], p["frame_step"], p["neutral_step"])
            except ValueError as err:
                raise ValueError(f"session {s['subject_id']}/{s['session_id']}: {err}") from None
            rows.append({**{k: s[k] for k in ("subject_id", "session_id", "proto_id", "reg_paramset")},
                         "matrix": deep.crop_matrix(s["matrix"], box, size),
                         "frame_index": np.array([f for f, _, _ in plan], np.int64),
                         "trial_id": np.array([trials[i]["trial_id"] for _, i, _ in plan], np.int64),
                         "label": [lab for _, _, lab in plan]})
            trial_rows += [{"subject_id": s["subject_id"], "session_id": s["session_id"], "trial_id": t["trial_id"],
                            "stimulus": t["stimulus"]} for t in trials]
        roles = deep.split_trials(np.array([t["subject_id"] for t in trial_rows]), np.array([t["stimulus"] for t in trial_rows]),
                                  p["val_fraction"], p["seed"])
        labels = np.concatenate([r["label"] for r in rows])
        ids = np.concatenate([[f"{r['subject_id']}/{r['session_id']}/{t}" for t in r["trial_id"]] for r in rows])
        role_of = {f"{t['subject_id']}/{t['session_id']}/{t['trial_id']}": role for t, role in zip(trial_rows, roles, strict=True)}
        sample_role = np.array([role_of[i] for i in ids])
        deep.check_split({r: np.flatnonzero(sample_role == r) for r in ("train", "val", "test")}, ids, labels)
        classes = sorted(set(labels.tolist()))
        for t, role in zip(trial_rows, roles, strict=True):
            t["role"] = str(role)
            del t["stimulus"]
        return classes, box, rows, trial_rows, masks

    def make_insert(self, key, classes, box, rows, trial_rows, masks):
        self.insert1({**key, "classes": classes, "n_frames": int(sum(len(r["frame_index"]) for r in rows)),
                      "n_trials": len(trial_rows), "box": np.asarray(box)})
        self.Session.insert([{**key, **r} for r in rows])
        self.TrialRole.insert([{**key, **t} for t in trial_rows])
        self.Mask.insert([{**key, "region": r, "mask": m, "area": float(m.mean())} for r, m in masks.items()])


def load_dataset(key: dict, size: int) -> dict:
    """Frames (uint8 torch tensor), labels, targets, trial ids, subjects, roles and valences of a DeepDataset
    row, streamed from the session videos (one sequential decode per session)."""
    import torch

    from facevalence.io.nwb import session_video

    classes = (DeepDataset & key).fetch1("classes")
    role_of = {(t["subject_id"], t["session_id"], t["trial_id"]): t["role"] for t in (DeepDataset.TrialRole & key).to_dicts()}
    trial_of = {(t["subject_id"], t["session_id"], t["trial_id"]): t
                for t in (Trial & (DeepDataset.TrialRole & key).proj()).to_dicts()}
    frames, labels, trials, subjects, roles, valences = [], [], [], [], [], []
    for s in (DeepDataset.Session & key).to_dicts(order_by=("subject_id", "session_id")):
        video = session_video((Nwbfile & {"subject_id": s["subject_id"], "session_id": s["session_id"]}).fetch1("nwb_path"))[0]
        frames.append(deep.read_frames(video, np.asarray(s["frame_index"]), np.asarray(s["matrix"]), size,
                                       desc=f"frames {s['subject_id']}/{s['session_id']}"))
        for t, lab in zip(np.asarray(s["trial_id"]).tolist(), s["label"], strict=True):
            k = (s["subject_id"], s["session_id"], t)
            labels.append(lab)
            trials.append(f"{k[0]}/{k[1]}/{k[2]}")
            subjects.append(k[0])
            roles.append(role_of[k])
            valences.append(trial_of[k]["valence"])
    labels = np.array(labels)
    return {"frames": torch.as_tensor(np.concatenate(frames)), "classes": list(classes), "labels": labels,
            "targets": np.searchsorted(np.array(classes), labels), "trials": np.array(trials),
            "subjects": np.array(subjects), "roles": np.array(roles),
            "valences": np.array(valences)}


class _OnDataset:
    """One row per DeepDataset row; fetches the parameters and the selection (weights)."""

    @property
    def key_source(self):
        return DeepDataset.proj()

    def make_fetch(self, key):
        return (ModelParams & key).fetch1(), (ModelSelection & key).fetch1()


def _valenced(d: dict) -> np.ndarray:
    """Stimulus-window frames of positive or negative trials: what the Siamese pairs are drawn from."""
    return np.isin(d["valences"], ("positive", "negative")) & (d["labels"] != deep.NEUTRAL)


def _fingerprint(key: dict, initial: str) -> str:
    """What a training checkpoint must match to be resumed: the row's key and the initial weights."""
    return f"{sorted(key.items())}|{initial}"


def _per_mouse(subjects: np.ndarray, correct: np.ndarray) -> dict[str, tuple[float, int]]:
    return {s: (float(correct[subjects == s].mean()), int((subjects == s).sum())) for s in np.unique(subjects)}


@schema
class ClassifierTraining(_OnDataset, Versioned, dj.Computed):
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

    def make_compute(self, key, p, selection):
        weights, initial = _weights(selection)
        d = load_dataset(key, p["image_size"])
        n_classes = len(d["classes"])
        train, val, test = (np.flatnonzero(d["roles"] == r) for r in ("train", "val", "test"))
        dev = device()
        args = dict(epochs=p["epochs"], batch=p["batch"], lr=p["lr"], momentum=p["momentum"],
                    weight_decay=p["weight_decay"], seed=p["seed"], device=dev)
        runs, per_mouse, results = {}, {}, {}
        fingerprint = _fingerprint(key, initial)

        def run(name, targets, train_idx, val_idx, test_idx):
            import torch

            torch.manual_seed(p["seed"])
            model = _network(n_classes, weights)
            results[name] = deep.train_classifier(model, d["frames"], targets, train_idx, val_idx, desc=f"classifier {name}",
                                                  checkpoint=_checkpoint("ClassifierTraining", key, name),
                                                  fingerprint=fingerprint, **args)
            pred = deep.predict(model, d["frames"], test_idx, dev)
            truth = d["targets"][test_idx]
            runs[name] = (float(np.mean(pred == truth)), len(test_idx), deep.confusion_matrix(truth, pred, n_classes))
            per_mouse[name] = _per_mouse(d["subjects"][test_idx], pred == truth)
            return model

        state = _store_state(run("real", d["targets"], train, val, test))
        shuffled = d["targets"].copy()
        shuffled[train] = np.random.default_rng(p["seed"]).permutation(shuffled[train])
        run("shuffled", shuffled, train, val, test)
        mice = sorted(set(d["subjects"].tolist()))
        held = mice[-1] if len(mice) > 2 else ""
        if held:  # cross-mouse: train on the other mice's train + test trials, test on every trial of this one
            others = d["subjects"] != held
            cm_train, cm_test = np.flatnonzero(others & (d["roles"] != "val")), np.flatnonzero(~others)
            deep.check_split({"train": cm_train, "test": cm_test}, d["trials"], d["labels"])
            run("cross-mouse", d["targets"], cm_train, np.flatnonzero(others & (d["roles"] == "val")), cm_test)
        real_acc = [per_mouse["real"][m][0] for m in sorted(per_mouse["real"])]
        shuf_acc = [per_mouse["shuffled"][m][0] for m in sorted(per_mouse["shuffled"])]
        stats = welch_t(real_acc, shuf_acc, groups=("real", "shuffled"))
        r = results["real"]
        return (runs, per_mouse, held, stats, r.history, initial, dev, sum(x.seconds for x in results.values()),
                r.images_per_s, state, 1.0 / n_classes)

    def make_insert(self, key, runs, per_mouse, held, stats, history, initial, dev, seconds, throughput, state, chance):
        self.insert1({**key, "chance": chance, "test_accuracy": runs["real"][0], "shuffled_accuracy": runs["shuffled"][0],
                      "cross_mouse": runs["cross-mouse"][0] if "cross-mouse" in runs else None, "held_out_mouse": held,
                      "stats": stats, "history": history, "initial": initial, "device": dev, "train_seconds": seconds,
                      "images_per_s": throughput, "checkpoint": state})
        self.Run.insert([{**key, "run": run, "accuracy": a, "n_test": n, "confusion": c} for run, (a, n, c) in runs.items()])
        self.PerMouse.insert([{**key, "run": run, "subject_id": m, "accuracy": a, "n_test": n}
                              for run, mice in per_mouse.items() for m, (a, n) in mice.items()])
        os.unlink(state)
        for run in runs:
            _checkpoint("ClassifierTraining", key, run).unlink(missing_ok=True)


@schema
class SiameseTraining(_OnDataset, Versioned, dj.Computed):
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

    def make_compute(self, key, p, selection):
        import torch

        weights, initial = _weights(selection)
        d = load_dataset(key, p["image_size"])
        valenced = _valenced(d)
        mice = sorted(set(d["subjects"][valenced].tolist()))
        n_test = p["siamese_test_mice"]
        if len(mice) < n_test + 2 or n_test < 2:
            raise ValueError(f"the Siamese split by mouse needs >= 2 training and >= 2 test mice (siamese_test_mice = "
                             f"{n_test}); the dataset has {len(mice)} mice with valenced trials")
        test_mice, train_mice = mice[-n_test:], mice[:-n_test]
        pick = {}
        for name, group in (("train", train_mice), ("test", test_mice)):
            idx = np.flatnonzero(valenced & np.isin(d["subjects"], group))
            pairs = deep.siamese_pairs(d["subjects"][idx], d["valences"][idx], p["siamese_pairs"] if name == "train"
                                       else max(p["siamese_pairs"] // 4, 50), p["seed"] + (name == "test"))
            pick[name] = np.column_stack([idx[pairs[:, 0]], idx[pairs[:, 1]], pairs[:, 2]])
        torch.manual_seed(p["seed"])
        model = _network(0, weights)
        dev = device()
        result, margin = deep.train_siamese(model, d["frames"], pick["train"], p["siamese_epochs"], p["batch"], p["lr"],
                                            p["momentum"], p["weight_decay"], p["seed"], dev,
                                            _checkpoint("SiameseTraining", key, "siamese"), _fingerprint(key, initial))
        dist = deep.pair_distances(model, d["frames"], pick["test"], dev)
        y = pick["test"][:, 2]
        shuffled = np.random.default_rng(p["seed"]).permutation(y)
        stats = {"real": welch_t(dist[y == 0], dist[y == 1], groups=("dissimilar", "similar")),
                 "shuffled_pairs": welch_t(dist[shuffled == 0], dist[shuffled == 1], groups=("dissimilar", "similar"))}
        return (train_mice, test_mice, margin, len(pick["train"]), dist[y == 1], dist[y == 0], stats, result.history,
                initial, dev, result.seconds, _store_state(model))

    def make_insert(self, key, train_mice, test_mice, margin, n_train, similar, dissimilar, stats, history, initial, dev,
                    seconds, state):
        self.insert1({**key, "train_mice": train_mice, "test_mice": test_mice, "margin": margin, "n_train_pairs": n_train,
                      "similar": similar, "dissimilar": dissimilar, "stats": stats, "history": history, "initial": initial,
                      "device": dev, "train_seconds": seconds, "checkpoint": state})
        os.unlink(state)
        _checkpoint("SiameseTraining", key, "siamese").unlink(missing_ok=True)


def _trained(table, key: dict, n_out: int):
    """The network of a training row, rebuilt from its stored state_dict."""
    import io

    import torch

    from facevalence.methods.resnet import ResNet18

    model = ResNet18(n_out)
    ref = (table & key).fetch1("checkpoint")
    model.load_state_dict(torch.load(io.BytesIO(ref.read()), map_location="cpu", weights_only=True))
    return model.to(device()).eval()


def _spread(idx: np.ndarray, n: int) -> np.ndarray:
    """At most ``n`` of ``idx``, evenly spaced."""
    return idx if len(idx) <= n else idx[np.linspace(0, len(idx) - 1, n).round().astype(int)]


@schema
class GradCAMModel(dj.Lookup):
    definition = """
    cam_model           : varchar(16)
    ---
    explained           : varchar(255)
    """
    contents = [("classifier", "the true class's logit, test frames, averaged per stimulus"),
                ("siamese", "-distance for same-valence pairs, +distance for different-valence pairs (test mice)")]


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
        masks = {m["region"]: np.asarray(m["mask"], bool) for m in (DeepDataset.Mask & key).to_dicts()}
        return (ModelParams & key).fetch1(), masks

    def make_compute(self, key, p, masks):
        import torch
        import torch.nn.functional as F

        d = load_dataset(key, p["image_size"])
        dev = device()
        groups = []  # (label, frame indices, per-frame payload, score(output, payload))
        if key["cam_model"] == "classifier":
            model = _trained(ClassifierTraining, key, len(d["classes"]))
            test = np.flatnonzero(d["roles"] == "test")
            for stim in sorted(set(d["labels"][test].tolist())):
                idx = _spread(test[d["labels"][test] == stim], p["gradcam_frames"])
                groups.append((stim, idx, torch.as_tensor(d["targets"][idx], device=dev),
                               lambda out, target: out.gather(1, target[:, None])[:, 0]))
        else:
            model = _trained(SiameseTraining, key, 0)
            test_mice = list((SiameseTraining & key).fetch1("test_mice"))
            idx = np.flatnonzero(_valenced(d) & np.isin(d["subjects"], test_mice))
            pairs = deep.siamese_pairs(d["subjects"][idx], d["valences"][idx], p["gradcam_frames"], p["seed"] + 2)
            for y, label, sign in ((1, "same valence", -1.0), (0, "different valence", 1.0)):
                sel = pairs[pairs[:, 2] == y]
                with torch.no_grad():
                    other = model(deep.as_input(d["frames"][idx[sel[:, 1]]].to(dev)))
                groups.append((label, idx[sel[:, 0]], other, lambda out, o, s=sign: s * F.pairwise_distance(out, o)))
        maps = []
        for label, frame_idx, payload, score in groups:
            cams = [deep.grad_cam(model, model.layer4, deep.as_input(d["frames"][frame_idx[i:i + 64]].to(dev)),
                                  lambda out, pl=payload[i:i + 64], f=score: f(out, pl))
                    for i in range(0, len(frame_idx), 64)]
            cam = np.concatenate(cams).mean(0).astype(np.float32)
            mean_frame = d["frames"][frame_idx].float().mean(0).round().to(torch.uint8).numpy()
            maps.append({"label": label, "heatmap": cam, "mean_frame": mean_frame, "n_frames": len(frame_idx),
                         "regions": deep.mass_in(cam[None], masks)})
        overall = deep.mass_in(np.stack([m["heatmap"] for m in maps]), {**masks, "animated": masks["ear"] | masks["mouth"]})
        return maps, overall

    def make_insert(self, key, maps, overall):
        self.insert1({**key, "animated_share": overall["animated"]["mass"], "background_share": overall["background"]["mass"],
                      "animated_enrichment": overall["animated"]["enrichment"],
                      "background_enrichment": overall["background"]["enrichment"], "regions": overall})
        self.Map.insert([{**key, **m} for m in maps])


@schema
class OcclusionResult(Versioned, dj.Computed):
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

    @property
    def key_source(self):
        return DeepDataset.proj()

    def make_fetch(self, key):
        masks = {m["region"]: np.asarray(m["mask"], bool) for m in (DeepDataset.Mask & key).to_dicts(order_by="region")}
        return (ModelParams & key).fetch1(), (ModelSelection & key).fetch1(), masks

    def make_compute(self, key, p, selection, masks):
        import torch

        from facevalence.methods.decoding import trial_folds

        weights, initial = _weights(selection)
        d = load_dataset(key, p["image_size"])
        use = np.arange(0, len(d["labels"]), p["occlusion_step"])
        folds = trial_folds(d["labels"][use], d["trials"][use], p["occlusion_folds"], p["seed"])
        conditions = {"none": None, **masks}
        acc: dict[str, list[float]] = {}
        dev = device()
        for region, mask in conditions.items():
            m = None if mask is None else torch.as_tensor(mask)
            for fold, (train, test) in enumerate(folds):
                torch.manual_seed(p["seed"] + fold)
                model = _network(len(d["classes"]), weights)
                deep.train_classifier(model, d["frames"], d["targets"], use[train], np.array([], int), p["occlusion_epochs"],
                                      p["batch"], p["lr"], p["momentum"], p["weight_decay"], p["seed"] + fold, dev,
                                      _checkpoint("OcclusionResult", key, f"{region}-{fold}"), _fingerprint(key, initial),
                                      mask=m, desc=f"occlusion {region} fold {fold + 1}/{len(folds)}")
                pred = deep.predict(model, d["frames"], use[test], dev, mask=m)
                acc.setdefault(region, []).append(float(np.mean(pred == d["targets"][use[test]])))
        base = np.array(acc["none"])
        rows = [{"region": r, "mean_accuracy": float(np.mean(a)), "sem_accuracy": sem(a), "drop": float(base.mean() - np.mean(a)),
                 "fold_accuracy": a, "area": float(masks[r].mean()) if r in masks else 0.0,
                 "stats": wilcoxon_paired(base, np.array(a), groups=("none", r)) if r != "none" else {}}
                for r, a in acc.items()]
        return len(folds), len(use), rows

    def make_insert(self, key, n_folds, n_frames, rows):
        self.insert1({**key, "n_folds": n_folds, "n_frames": n_frames})
        self.Region.insert([{**key, **r} for r in rows])
        for r in rows:
            for fold in range(n_folds):
                _checkpoint("OcclusionResult", key, f"{r['region']}-{fold}").unlink(missing_ok=True)
