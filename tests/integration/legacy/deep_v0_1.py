"""facevalence 0.1 (commit ff9e278) ModelParams, verbatim: the deep schema's parameter table a lab database
made by that version holds. Used only by test_graph.py to build such a database."""

# ruff: noqa
import datajoint as dj

schema = dj.Schema()


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
