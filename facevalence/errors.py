"""One exception type for bad input: it names the file and the field, in one line."""

from __future__ import annotations

from pathlib import Path


class InputError(ValueError):
    """Bad user input. ``str(err)`` is one line: ``<file>: <field>: <problem>``.

    Raised before anything is written: converters write NWB files atomically and
    ingestion inserts inside one transaction, so no partial output remains.
    """

    def __init__(self, path: str | Path | None, field: str, problem: str):
        self.path = None if path is None else Path(path)
        self.field = field
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path if self.path else '<input>'}: {field}: {self.problem}")
