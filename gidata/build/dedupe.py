"""The same report twice (a file and a crawl row, two crawls of a page) is one report: keep the first.

Reports are matched on a hash of their normalised text without any whitespace, so a CR-only copy
and a LF copy of one page are one report. The first in input order is kept and lists every
source; later ones get status `duplicate` and point to it. Different texts for one body and year
are all kept, and each names the others.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict

# Statuses of reports whose text went through the pipeline; only these can be duplicates.
READ_STATUSES = ("ok", "partial", "no_statistics")
_SPACE = re.compile(r"\s+")


def text_key(text: str) -> str:
    """SHA-256 of the text without whitespace: the identity of a report's text.

    >>> text_key("a b\\r\\nc") == text_key("abc")
    True
    """
    return hashlib.sha256(_SPACE.sub("", text).encode("utf-8")).hexdigest()


class Deduper:
    """Admits reports in input order; a report whose text was seen before becomes a duplicate."""

    def __init__(self) -> None:
        self._kept: dict[str, dict] = {}
        self._sources: dict[str, list[str]] = {}

    def admit(self, report: dict) -> bool:
        """True when the report is kept (its facts count); False when it duplicates an earlier one."""
        key = report.get("text_sha256")
        if report.get("status") not in READ_STATUSES or not key:
            return True
        kept = self._kept.get(key)
        if kept is None:
            self._kept[key] = report
            self._sources[key] = [report["report_id"]]
            return True
        self._sources[key].append(report["report_id"])
        report.update(status="duplicate", duplicate_of=kept["report_id"],
                      message=f"same text as {kept['report_id']}; counted there")
        return False

    def finish(self) -> None:
        """Write every kept report's list of sources (itself first, then its duplicates)."""
        for key, report in self._kept.items():
            report["sources"] = _json_list(self._sources[key])


def flag_same_body_year(reports: list[dict]) -> int:
    """Mark kept reports that share body and year but not text; returns how many were marked."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for report in reports:
        if report.get("status") in READ_STATUSES and report.get("body") and report.get("year"):
            groups[(report["body"], report["year"])].append(report)
    marked = 0
    for members in groups.values():
        if len({m["text_sha256"] for m in members}) < 2:
            continue
        for report in members:
            report["same_body_year"] = _json_list([m["report_id"] for m in members if m is not report])
            marked += 1
    return marked


def _json_list(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)
