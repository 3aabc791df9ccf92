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
from functools import cache
from typing import TYPE_CHECKING

from gidata.records import READ_STATUSES, Report

if TYPE_CHECKING:  # pyarrow: only for a build's groups
    import pyarrow as pa


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
    """Kept reports that share body and year but not text: each group's id is its first report's.

    The reports are noted as Arrow columns as they are admitted (a Python key and tuple each held ~400
    bytes a report), and the groups whose texts differ, few, found at the end (`mixed_groups`)."""

    AT_ONCE = 1_000  # reports noted as Python values before they are made Arrow

    def __init__(self) -> None:
        self._noted: list[tuple[str, str, int, str | None]] = []  # report_id, body, year, text hash
        self._tables: list[pa.Table] = []
        self._mixed: dict[tuple[str, int], str] | None = None  # made on the first `group`

    def add(self, report: Report) -> None:
        """Note a report as it is admitted (duplicates and reports without body or year are skipped)."""
        if report.status not in READ_STATUSES or not report.body or not report.year:
            return
        self._noted.append((report.report_id, report.body, report.year, report.text_sha256))
        if len(self._noted) >= self.AT_ONCE:
            self._to_arrow()

    def group(self, status: str | None, body: str | None, year: int | None) -> str | None:
        """A `reports` row's group id, if it is a member of a group whose texts differ."""
        if status not in READ_STATUSES or not body or not year:
            return None
        if self._mixed is None:
            self._to_arrow()
            self._mixed = mixed_groups(self._tables)
            self._tables = []
        return self._mixed.get((body, year))

    def _to_arrow(self) -> None:
        import pyarrow as pa

        if self._noted:
            columns = dict(zip(_noted_schema().names, map(list, zip(*self._noted))))
            self._tables.append(pa.Table.from_pydict(columns, schema=_noted_schema()))
            self._noted = []


def mixed_groups(noted: list[pa.Table]) -> dict[tuple[str, int], str]:
    """(body, year) -> the first report's id, of the body-years whose reports (tables of `_noted_schema`, in the
    order admitted) have more than one text (a missing hash counts as one)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    table = pa.concat_tables(noted) if noted else _noted_schema().empty_table()
    table = table.append_column("order", pa.array(np.arange(table.num_rows, dtype=np.int64)))
    groups = table.group_by(["body", "year"], use_threads=False).aggregate(
        [("order", "min"), ("text_sha256", "count_distinct", pc.CountOptions(mode="all"))])
    mixed = groups.filter(pc.greater(groups.column("text_sha256_count_distinct"), 1))
    firsts = table.column("report_id").take(mixed.column("order_min")).to_pylist()
    keys = zip(mixed.column("body").to_pylist(), mixed.column("year").to_pylist())
    return dict(zip(keys, firsts))


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


@cache
def _noted_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema([("report_id", pa.string()), ("body", pa.string()), ("year", pa.int64()),
                      ("text_sha256", pa.string())])
