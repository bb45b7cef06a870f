"""Closed-loop trigger rules on a live score stream (the paper's outlook, Discussion: real-time
valence decoding for closed-loop stimulation): ``valence < -0.02 for 0.5 s`` fires once the
condition has held for 0.5 s, then not again within the refractory period."""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass

import numpy as np

#: The signals a rule may name: the valence index and the scores it is made of.
SIGNALS = ("valence", "positive", "negative", "motion")
_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_RULE = re.compile(r"^\s*(?P<signal>[a-z_]+)\s*(?P<op><=|>=|<|>)\s*(?P<value>[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?)"
                   r"(\s+for\s+(?P<hold>\d+(\.\d*)?|\.\d+)\s*(?P<unit>ms|s))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class TriggerRule:
    """A condition on one signal that must hold for ``hold_s`` before it fires, and a refractory
    period after each firing."""

    signal: str
    op: str
    threshold: float
    hold_s: float = 0.0
    refractory_s: float = 2.0

    @property
    def text(self) -> str:
        return f"{self.signal} {self.op} {self.threshold:g} for {self.hold_s:g} s"

    def holds(self, value: float) -> bool:
        """Whether ``value`` meets the condition (NaN never does)."""
        return not math.isnan(value) and _OPS[self.op](value, self.threshold)


def parse_rule(text: str, refractory_s: float = 2.0) -> TriggerRule:
    """Read a rule such as ``valence < -0.02 for 0.5 s`` (paper, Discussion: closed-loop stimulation).

    Parameters
    ----------
    text : str
        ``<signal> <op> <number> [for <duration> s|ms]``; signal one of :data:`SIGNALS`, op one
        of ``< <= > >=``.
    refractory_s : float
        Seconds after a firing during which the rule does not fire again.

    Returns
    -------
    TriggerRule

    Raises
    ------
    ValueError
        One line saying what part of the rule is wrong.
    """
    match = _RULE.match(text)
    if match is None:
        raise ValueError(f"trigger {text!r}: expected '<signal> <op> <number> [for <duration> s]', "
                         "e.g. 'valence < -0.02 for 0.5 s'")
    signal = match["signal"].lower()
    if signal not in SIGNALS:
        raise ValueError(f"trigger {text!r}: unknown signal {signal!r}; one of {', '.join(SIGNALS)}")
    if refractory_s < 0:
        raise ValueError(f"trigger {text!r}: the refractory period must be >= 0 s, got {refractory_s}")
    hold = float(match["hold"] or 0.0) / (1000.0 if (match["unit"] or "s").lower() == "ms" else 1.0)
    return TriggerRule(signal, match["op"], float(match["value"]), hold, float(refractory_s))


class TriggerState:
    """The state of one rule over a stream: feed ``update(t, value)`` in time order.

    The rule fires at the first sample where the condition has held, on every sample, for
    ``hold_s`` (measured from the first sample that met it) and at least ``refractory_s`` has passed
    since it last fired. After a firing the hold starts again at that sample, so a condition that
    keeps holding fires again every ``max(hold_s, refractory_s)``.
    """

    def __init__(self, rule: TriggerRule):
        self.rule = rule
        self.since: float | None = None
        self.last: float = -math.inf

    def update(self, t: float, value: float) -> bool:
        """Whether the rule fires at time ``t`` (s) given the signal's ``value`` there."""
        if not self.rule.holds(value):
            self.since = None
            return False
        if self.since is None:
            self.since = t
        if t - self.since >= self.rule.hold_s and t - self.last >= self.rule.refractory_s:
            self.last, self.since = t, t
            return True
        return False


def trigger_times(times: np.ndarray, values: np.ndarray, rule: TriggerRule) -> np.ndarray:
    """The times at which ``rule`` fires over a recorded score stream (paper, Discussion: closed loop),
    by the same state machine the live readout runs.

    Parameters
    ----------
    times : ndarray, shape (n,)
        Increasing sample times, s.
    values : ndarray, shape (n,)
        The rule's signal at those times.
    rule : TriggerRule

    Returns
    -------
    ndarray
        Firing times, s.
    """
    state = TriggerState(rule)
    return np.array([t for t, v in zip(np.asarray(times, float), np.asarray(values, float), strict=True)
                     if state.update(float(t), float(v))], float)
