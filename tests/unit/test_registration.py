"""Co-registration: exact recovery of known transforms, refinement, overlays, bad landmarks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facevalence.methods.registration import (
    apply,
    check_inside,
    fit_affine,
    overlay,
    register_landmarks,
    warp,
)

TEMPLATE = np.array([[26.0, 146.0], [106.0, 118.0], [138.0, 113.0], [60.0, 175.0], [52.0, 150.0], [205.0, 52.0]])


@settings(max_examples=50, deadline=None)
@given(tx=st.floats(-20, 20), ty=st.floats(-20, 20), angle=st.floats(-0.3, 0.3), scale=st.floats(0.8, 1.25))
def test_recovers_a_similarity_transform(tx, ty, angle, scale):
    c, s = np.cos(angle), np.sin(angle)
    truth = np.array([[scale * c, -scale * s, tx], [scale * s, scale * c, ty]])
    src = apply(np.linalg.inv(np.vstack([truth, [0, 0, 1]]))[:2], TEMPLATE)
    matrix, residual = register_landmarks(src, TEMPLATE)
    assert residual < 1e-6
    np.testing.assert_allclose(apply(matrix, src), TEMPLATE, atol=1e-6)


def test_noisy_landmarks_give_small_residual():
    rng = np.random.default_rng(0)
    src = TEMPLATE + [7.0, -4.0] + rng.normal(0, 0.5, TEMPLATE.shape)
    matrix, residual = register_landmarks(src, TEMPLATE)
    assert residual < 1.5
    assert np.abs(matrix[:, 2] - [-7.0, 4.0]).max() < 3.0


def test_bad_landmarks():
    with pytest.raises(ValueError, match="NaN"):
        fit_affine(np.full((6, 2), np.nan), TEMPLATE)
    with pytest.raises(ValueError, match=">= 3"):
        fit_affine(TEMPLATE[:2], TEMPLATE[:2])
    with pytest.raises(ValueError, match="outside"):
        check_inside(np.array([[10.0, 10.0], [300.0, 5.0]]), (256, 256))


def test_warp_and_overlay():
    frame = np.zeros((64, 64), np.uint8)
    frame[20:30, 20:30] = 200
    shifted = warp(frame, np.array([[1.0, 0, 5], [0, 1.0, 0]]))
    assert shifted[25, 26] == 200 and shifted[25, 21] == 0
    rgb = overlay(frame, shifted)
    assert rgb.shape == (64, 64, 3) and rgb[25, 22].tolist() == [200, 0, 0] and rgb[25, 31].tolist() == [0, 200, 200]


def test_a_session_filmed_by_a_camera_of_another_size_registers_and_its_hog_matches():
    """A session at twice the template's resolution (another lab's camera): registered into the
    template's pixels (overlay of the template's size), and its frame through the HOG, resized from
    the template's size, matches the template's frame where the unregistered stretch does not."""
    import cv2

    from facevalence.methods.registration import register_session
    from facevalence.methods.scoring import HOGConfig

    yy, xx = np.mgrid[:240, :256]
    template = (100 + 60 * np.sin(xx / 9.0) * np.cos(yy / 13.0) + 40 * (((xx - 120) ** 2 + (yy - 130) ** 2) < 900)
                ).astype(np.uint8)
    truth = np.array([[0.45, -0.04, 14.0], [0.04, 0.45, -9.0]])  # session px (2x) -> template px
    session = cv2.warpAffine(template, cv2.invertAffineTransform(truth), (512, 480), flags=cv2.INTER_LINEAR,
                             borderMode=cv2.BORDER_REPLICATE)
    src = apply(cv2.invertAffineTransform(truth), TEMPLATE)
    registration = register_session(src, TEMPLATE, session, template, [f"landmark {i}" for i in range(6)])
    np.testing.assert_allclose(registration.matrix, truth, atol=1e-9)
    assert registration.overlay.shape == (240, 256, 3)
    red, cyan = registration.overlay[..., 0].astype(int), registration.overlay[..., 1].astype(int)
    assert np.abs(red - cyan)[20:-20, 20:-20].mean() < 3  # aligned: the overlay is grey, not colour fringes

    def cosine(a, b):
        return a @ b / np.linalg.norm(a) / np.linalg.norm(b)

    reference = HOGConfig().vector(template)
    registered = HOGConfig(matrix=registration.matrix, shape=template.shape).vector(session)
    stretched = HOGConfig().vector(session)
    # (the template's margins lie outside this camera's view: replicated borders keep the match below 1)
    assert cosine(registered, reference) > 0.85 and cosine(registered, reference) > cosine(stretched, reference) + 0.1
