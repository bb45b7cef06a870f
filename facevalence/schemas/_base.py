"""Shared pieces of the schema modules."""

from __future__ import annotations

from contextlib import contextmanager

from facevalence._version import code_version


@contextmanager
def about_session(key: dict):
    """Prefix a ValueError raised by a method with the session it was computing, in one line."""
    try:
        yield
    except ValueError as err:
        raise ValueError(f"session {key['subject_id']}/{key['session_id']}: {err}") from None


class Versioned:
    """Mixin for Computed/Imported tables: the hidden ``_job_version`` column records
    ``facevalence <version> git <commit>`` of the package that computed the row (DataJoint's
    own 'git' method would record the commit of whatever directory the worker runs in)."""

    def _update_job_metadata(self, key, start_time, duration, version):
        super()._update_job_metadata(key, start_time=start_time, duration=duration, version=code_version())
