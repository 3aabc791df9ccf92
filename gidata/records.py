"""A fact: one extracted value with its provenance."""

from __future__ import annotations

from dataclasses import dataclass

SEMANTICS = ("number", "zero_stated", "blank", "not_applicable", "text", "ambiguous")
METHODS = ("table", "table_layout", "prose")
TABLE_METHODS = ("table", "table_layout")  # table_layout: cells placed by the table's standard row order


@dataclass
class Fact:
    """One value a report gives, where it came from, and how it was read."""

    item: str
    value: float | None
    semantics: str
    method: str
    source_text: str
    offset: int
    applicant: str | None = None
    approximate: bool = False
    row_label: str | None = None
    column_label: str | None = None
