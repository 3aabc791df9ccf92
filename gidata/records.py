"""A fact: one extracted value with its provenance."""

from __future__ import annotations

from dataclasses import dataclass

SEMANTICS = ("number", "zero_stated", "blank", "not_applicable", "text", "ambiguous")
METHODS = ("table", "prose")


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
    unit: str | None = None  # as printed, for figures whose item has no fixed unit (prose_other)
