"""The same report twice (a file and a crawl row, two crawls of a page) is one report: keep the first.

Reports are matched on a hash of their normalised text without any whitespace, so a CR-only copy
and a LF copy of one page are one report. The first in input order is kept and lists every
source; later ones get status `duplicate` and point to it. Different texts for one body and year
are all kept, and share a group id (the first one's report_id). Only hashes and ids are held,
not the reports, so that memory stays small however many inputs a build has.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

from gidata.records import READ_STATUSES, Report


def text_key(text: str) -> str:
    """SHA-256 of the text without whitespace: the identity of a report's text.

    >>> text_key("a b\\r\\nc") == text_key("abc")
    True
    """
    # str.split() cuts at exactly the characters the regex `\s` matches (both ask Py_UNICODE_ISSPACE):
    # ~3x faster than re.sub(r"\s+", "", text).
    return hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()


class Deduper:
    """Admits reports in input order; a report whose text was seen before becomes a duplicate."""

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}  # text hash (its bytes) -> the kept report_id
        self._later: dict[str, list[str]] = {}  # kept report_id -> its duplicates' ids, where it has any

    def admit(self, report: Report) -> Report:
        """The report as kept, or derived into a duplicate of the earlier one with its text."""
        key = report.text_sha256
        if report.status not in READ_STATUSES or not key:
            return report
        first = self._first.setdefault(_digest(key), report.report_id)
        if first == report.report_id:
            return report
        self._later.setdefault(first, []).append(report.report_id)
        return replace(report, status="duplicate", duplicate_of=first, message=f"same text as {first}; counted there")

    def sources(self, report_id: str, status: str | None, text_sha256: str | None) -> str | None:
        """A `reports` row's sources as a JSON list (itself first, then its duplicates) if it was kept."""
        if status not in READ_STATUSES or not text_sha256:
            return None
        return _json_list([report_id, *self._later.get(report_id, ())])


def _digest(key: str) -> bytes:
    """A text hash as its 32 bytes (half the memory of its hex)."""
    try:
        return bytes.fromhex(key)
    except ValueError:
        return key.encode("utf-8")


class BodyYearGroups:
    """Kept reports that share body and year but not text: each group's id is its first report's."""

    def __init__(self) -> None:
        self._groups: dict[tuple, tuple[str, str | None, bool]] = {}  # -> (first id, its text hash, mixed)

    def add(self, report: Report) -> None:
        """Note a report as it is admitted (duplicates and reports without body or year are skipped)."""
        if report.status not in READ_STATUSES or not report.body or not report.year:
            return
        key = (report.body, report.year)
        first = self._groups.get(key)
        if first is None:
            self._groups[key] = (report.report_id, report.text_sha256, False)
        elif not first[2] and report.text_sha256 != first[1]:
            self._groups[key] = (first[0], first[1], True)

    def group(self, status: str | None, body: str | None, year: int | None) -> str | None:
        """A `reports` row's group id, if it is a member of a group whose texts differ."""
        if status not in READ_STATUSES or not body or not year:
            return None
        first = self._groups.get((body, year))
        return first[0] if first is not None and first[2] else None


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)
