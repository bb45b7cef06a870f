"""Closed-loop trigger rules on synthetic score streams: every firing is justified (the condition held
on every sample for the hold time), firings keep the refractory period, and a condition that holds
long enough is never missed (hypothesis); rules are read, and refused, in one line."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facevalence.methods.triggers import TriggerRule, parse_rule, trigger_times


def test_rules_are_read_and_refused_in_one_line():
    assert parse_rule("valence < -0.02 for 0.5 s") == TriggerRule("valence", "<", -0.02, 0.5, 2.0)
    assert parse_rule("motion>=3e-1 for 250ms", refractory_s=1) == TriggerRule("motion", ">=", 0.3, 0.25, 1.0)
    assert parse_rule("positive > .1") == TriggerRule("positive", ">", 0.1, 0.0, 2.0)
    assert parse_rule("valence < -0.02 for 0.5 s").text == "valence < -0.02 for 0.5 s"
    for bad, said in (("valance < 0", "unknown signal 'valance'"), ("valence = 0", "expected '<signal> <op>"),
                      ("valence < zero", "expected"), ("valence < 0 for 2 min", "expected")):
        with pytest.raises(ValueError, match=said) as err:
            parse_rule(bad)
        assert "\n" not in str(err.value)
    with pytest.raises(ValueError, match="refractory period must be >= 0 s"):
        parse_rule("valence < 0", refractory_s=-1)


def test_a_known_stream():
    t = np.arange(0, 10, 0.1)
    v = np.where((t >= 1) & (t < 1.35), -1.0, 0.0) + np.where((t >= 3) & (t < 8), -1.0, 0.0)
    rule = TriggerRule("valence", "<", -0.5, hold_s=0.5, refractory_s=2.0)
    # 1.0-1.3 is too short; 3.0-7.9 fires at 3.5, again at 5.5 (refractory 2 s) and 7.5
    np.testing.assert_allclose(trigger_times(t, v, rule), [3.5, 5.5, 7.5])
    assert trigger_times(t, np.full_like(t, np.nan), rule).size == 0  # NaN never meets a condition


@st.composite
def streams(draw):
    n = draw(st.integers(2, 300))
    steps = draw(st.lists(st.floats(0.005, 0.2), min_size=n - 1, max_size=n - 1))
    t = np.concatenate([[0.0], np.cumsum(steps)])
    values = np.array(draw(st.lists(st.sampled_from([-1.0, 0.0, 1.0, float("nan")]), min_size=n, max_size=n)))
    rule = TriggerRule("valence", draw(st.sampled_from(["<", "<=", ">", ">="])), draw(st.sampled_from([-0.5, 0.0, 0.5])),
                       hold_s=draw(st.floats(0.0, 1.0)), refractory_s=draw(st.floats(0.0, 2.0)))
    return t, values, rule


@settings(max_examples=300, deadline=None)
@given(streams())
def test_every_firing_is_justified_spaced_and_none_is_missed(stream):
    t, v, rule = stream
    fired = trigger_times(t, v, rule)
    holds = np.array([rule.holds(x) for x in v])
    # justified: at each firing the condition met every sample since a run start at least hold_s before
    for f in fired:
        i = int(np.searchsorted(t, f))
        start = i
        while start > 0 and holds[start - 1]:
            start -= 1
        assert holds[i] and t[i] - t[start] >= rule.hold_s - 1e-12
    # spaced: never two firings within the refractory period
    assert np.all(np.diff(fired) >= rule.refractory_s - 1e-12)
    # complete: every run of samples meeting the condition for hold_s + refractory_s (+ one step) has a firing
    i = 0
    while i < len(v):
        if not holds[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(v) and holds[j + 1]:
            j += 1
        step = float(np.max(np.diff(t))) if len(t) > 1 else 0.0
        if t[j] - t[i] >= rule.hold_s + rule.refractory_s + step:
            assert np.any((fired >= t[i]) & (fired <= t[j])), (t[i], t[j], fired)
        i = j + 1
