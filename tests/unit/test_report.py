"""The session quality checks (clocks, repeated frames, pose confidence, baseline coverage) on
inputs whose answer is known by construction, and the browser check on pages that must pass and
pages that must fail."""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest

from facevalence.methods.qc import baseline_coverage, clock, pose_quality, repeated_frames
from facevalence.report import session_key


def test_a_clock_counts_dropped_and_duplicated_samples():
    t = np.arange(100) / 15.0
    t = np.delete(t, [40, 41])  # two frames dropped: one gap of 3 intervals
    t = np.insert(t, 70, t[70])  # one timestamp written twice
    c = clock("video", t)
    assert (c.n, c.gaps, c.missing, c.duplicated) == (99, 1, 2, 1)
    assert c.rate_hz == pytest.approx(15.0) and c.start == 0.0 and c.stop == pytest.approx(99 / 15)
    even = clock("video", np.arange(100) / 15.0)
    assert (even.gaps, even.missing, even.duplicated) == (0, 0, 0)
    assert clock("one", np.array([3.0])).n == 1 and np.isnan(clock("one", np.array([3.0])).rate_hz)


def test_repeated_frames_are_those_with_zero_motion():
    motion = np.array([np.nan, 0.4, 0.0, 0.3, 0.0, 0.0, 1e-9])
    assert repeated_frames(motion).tolist() == [2, 4, 5]


def test_pose_quality_separates_interpolated_from_missing():
    like = np.ones((10, 2))
    like[0:2, 0] = 0.2  # before the first confident frame: cleaning cannot fill it
    like[4:7, 0] = 0.5  # between confident frames: interpolated
    xy = np.zeros((10, 2, 2))
    xy[8, 1] = np.nan  # not detected at all
    q = pose_quality(["ear", "nose"], xy, like, 0.9)
    assert q.low.tolist() == [0.5, 0.1] and q.interpolated.tolist() == [0.3, 0.1] and q.missing.tolist() == [0.2, 0.0]
    cleaned = np.zeros((10, 2, 2))
    cleaned[0, 0] = np.nan  # what the cleaning left: only frame 0 of the ear
    q = pose_quality(["ear", "nose"], xy, like, 0.9, cleaned)
    assert q.interpolated.tolist() == [0.4, 0.1] and q.missing.tolist() == [0.1, 0.0]
    assert q.median_likelihood.tolist() == [0.75, 1.0]  # median of 0.2 x2, 0.5 x3, 1 x5


def test_baseline_coverage_is_the_share_of_the_window_with_samples():
    t = np.arange(2 * 15, 30 * 15) / 15.0  # the recording starts at 2 s
    t = t[(t < 20) | (t >= 21)]  # 1 s of frames dropped
    onsets = np.array([5.0, 10.0, 22.0, 1.0])
    np.testing.assert_allclose(baseline_coverage(t, onsets, 4.0), [0.75, 1.0, 0.75, 0.0])


@pytest.mark.parametrize("text", ["sub-m01_ses-02", "m01_ses-02", "m01/02"])
def test_a_session_is_named_as_the_files_name_it(text):
    assert session_key(text) == {"subject_id": "m01", "session_id": "02"}


def test_a_session_name_of_another_form_is_refused():
    with pytest.raises(ValueError, match="SESSION: 'm01-02' is neither"):
        session_key("m01-02")


def _png(width: int) -> str:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, 20), "red").save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_the_browser_check_sees_console_errors_and_broken_figures(tmp_path):
    from tests.browser import open_page

    good = tmp_path / "good.html"
    good.write_text(f'<html><body><p>fine</p><img data-figure="a" src="{_png(50)}"></body></html>')
    seen = open_page(good.as_uri(), "unit-good.png")
    assert seen["errors"] == [] and seen["images"] == [{"figure": "a", "complete": True, "width": 50, "height": 20}]
    assert seen["screenshot"].stat().st_size > 1000 and "fine" in seen["text"]
    bad = tmp_path / "bad.html"
    bad.write_text('<html><body><img data-figure="b" src="data:image/png;base64,bm90IGEgcG5n">'
                   '<script>console.error("boom"); undefined_function();</script></body></html>')
    seen = open_page(bad.as_uri(), "unit-bad.png")
    assert seen["images"][0]["width"] == 0 and "boom" in seen["errors"] and any("undefined_function" in e for e in seen["errors"])
