"""The exceptions gidata raises: one base, `GidataError`, so a caller can catch everything of ours at once."""

from __future__ import annotations


class GidataError(Exception):
    """Anything gidata refuses or cannot do, with a message meant for a person."""


class _WithStatus(GidataError):
    """An input that cannot be used, with the `reports` status to record for it."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class ReadError(_WithStatus):
    """A report file that cannot be read (empty, corrupt, encrypted, too large...)."""


class TableError(_WithStatus):
    """A crawl table that cannot be read (to its end)."""


class DatasetError(GidataError, LookupError):
    """An unknown dataset, a missing file, or a file whose hash is not the released one."""


class OutputError(GidataError):
    """An output folder a build cannot (or must not) write: a file, read-only, full, locked, not a release."""
