"""Shared pieces of the schema modules."""

from __future__ import annotations

import math
import shutil
from contextlib import contextmanager

from facevalence._version import code_version
from facevalence.config import checkpoint_dir


@contextmanager
def about_session(key: dict):
    """Prefix a ValueError raised by a method with the session it was computing, in one line."""
    try:
        yield
    except ValueError as err:
        raise ValueError(f"session {key['subject_id']}/{key['session_id']}: {err}") from None


def nullable(value) -> float | None:
    """A float for a nullable numeric column: NULL (None) for NaN, infinities and None."""
    return float(value) if value is not None and math.isfinite(value) else None


def when_complete(candidates, *tables):
    """``candidates`` minus those with a row of any of ``tables`` still to be made (matched on the
    attributes they share): a cohort-level result must not be built from whichever sessions a
    worker happened to finish first."""
    for table in tables:
        candidates = candidates - (table().key_source - table.proj()).proj()
    return candidates


class Versioned:
    """Mixin for Computed/Imported tables: the hidden ``_job_version`` column records
    ``facevalence <version> git <commit>`` of the package that computed the row (DataJoint's
    own 'git' method would record the commit of whatever directory the worker runs in)."""

    def _update_job_metadata(self, key, start_time, duration, version):
        super()._update_job_metadata(key, start_time=start_time, duration=duration, version=code_version())


class RemovesCheckpoints:
    """Mixin for training tables: their make keeps resumable checkpoints (and the trained weights
    on their way into the object store) in :func:`facevalence.config.checkpoint_dir` of the row;
    that folder is removed once the row is committed, outside the insert transaction. A failed
    or interrupted make leaves it, so the next attempt resumes."""

    def _populate1(self, key, jobs, *args, **kwargs):
        status = super()._populate1(key, jobs, *args, **kwargs)
        if status is True:
            shutil.rmtree(checkpoint_dir(type(self).__name__, dict(key)), ignore_errors=True)
        return status
