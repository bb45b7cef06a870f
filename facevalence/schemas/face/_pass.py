"""Tables whose compute step is a pass over a session's video (HOGFeatures, RegisteredHOG,
MotionEnergy, PrototypeScore): each describes what it needs from the pass as a
:class:`~facevalence.io.stream.FramePlan`, so that :mod:`facevalence.pipeline.framepass` can decode
a session's video once for all of them.

Populated alone (``Table.populate()``), such a table decodes the video itself. The pipeline instead
runs one pass for every row of a session that is ready, holds each row's result here, and then lets
DataJoint populate each row as usual (``_populate1``: fetch, compute, then fetch again and insert in
one transaction); the compute step finds the held result and uses it when the fetched data are the
ones the pass was planned from.
"""

from __future__ import annotations

import datetime

from facevalence.io.stream import FramePlan, run_plans

#: (table, primary key) -> (hash of the fetched data, result, pass start time, pass seconds)
_HELD: dict[tuple, tuple] = {}


def _slot(table, key: dict) -> tuple:
    return table.full_table_name, tuple((k, key[k]) for k in table.primary_key)


def fingerprint(fetched: tuple) -> str:
    """What identifies ``make_fetch``'s data: DataJoint's own hash for its check that they did not
    change. Taken before computing: object-store columns come as lazy references, which change once
    read."""
    import deepdiff

    return deepdiff.DeepHash(fetched, ignore_iterable_order=False)[fetched]


def hold(table, key: dict, fetched: str, result, started: float, seconds: float) -> None:
    """Keep the result a shared pass computed for ``table``'s row ``key`` from the data whose
    :func:`fingerprint` is ``fetched``, until its populate takes it."""
    _HELD[_slot(table, key)] = (fetched, result, started, seconds)


def release(table, key: dict) -> None:
    """Forget a held result (its populate did not take it)."""
    _HELD.pop(_slot(table, key), None)


class FramePass:
    """Mixin: ``make_compute`` is one pass over the session's video, described by :meth:`plan`."""

    def plan(self, key: dict, *fetched) -> FramePlan:
        """The consumers this row needs fed, from ``make_fetch``'s data."""
        raise NotImplementedError

    def make_compute(self, key, *fetched):
        held = _HELD.pop(_slot(self, key), None)
        if held is not None and held[0] == fingerprint(fetched):
            self._pass_timing = held[2:]
            return held[1]
        self._pass_timing = None
        return run_plans([self.plan(key, *fetched)])[0]

    def _update_job_metadata(self, key, start_time, duration, version):
        # a row computed by a shared pass records that pass's start and length, not its insert's
        timing = getattr(self, "_pass_timing", None)
        if timing is not None:
            start_time, duration = datetime.datetime.fromtimestamp(timing[0]), timing[1]
        super()._update_job_metadata(key, start_time=start_time, duration=duration, version=version)
