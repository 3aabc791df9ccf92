"""The records a build passes along, frozen until they are written: a Fact, a Report; the statuses;
and the one rule for the value that counts when a report gives an item twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

SEMANTICS = ("number", "zero_stated", "blank", "not_applicable", "text", "ambiguous")
# How a value was read. table_layout: cells placed by the table's standard row order; the three
# pinned methods: run-together (or short) table rows read by the one split that the report's own
# identities (table_identity), the figures its prose states (table_prose) or the body's report of
# the adjacent year (table_crossyear) admit.
TABLE_METHODS = ("table", "table_layout", "table_identity", "table_prose", "table_crossyear")
# prose: a figure read by a pattern of its wording; prose_label: a counted figure whose label names its item
PROSE_METHODS = ("prose", "prose_label")
METHODS = (*TABLE_METHODS, *PROSE_METHODS)
USABLE = ("number", "zero_stated", "blank")  # semantics of a value that can count (a blank cell counts as 0)

# Statuses of a `reports` row. Reports whose text went through the pipeline can be duplicates;
# of those, the ones with statistics reach the wide tables.
READ_STATUSES = ("ok", "partial", "no_statistics")
COUNTED_STATUSES = ("ok", "partial")
STATUSES = READ_STATUSES + ("unreadable", "empty", "unsupported_format", "too_large", "no_text_layer",
                            "encrypted", "corrupt", "too_many_pages", "needs_libreoffice", "needs_tesseract",
                            "timeout", "mislabelled", "not_a_report", "no_text", "duplicate", "error")
CUMULATIVE = "cumulative"  # column_label of a pre-2019 table's 历年累计 column: a running total, not the year's
# The columns that say whose report a row of a per-report table is.
IDENTITY_COLUMNS = ("report_id", "body_id", "body", "year", "level", "scope", "regime")


_FACT_FIELDS = ("item", "value", "semantics", "method", "source_text", "offset", "applicant", "approximate",
                "row_label", "column_label", "page", "unit", "column_header")


class _OpenFact:
    """A Fact's slots without the freezing: a plain class sets a slot ~5x faster than a frozen one's setter."""

    __slots__ = _FACT_FIELDS


_new_object = object.__new__


@dataclass(frozen=True, slots=True, init=False)
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
    page: int | None = None  # of the offset, for paged formats (PDF)
    unit: str | None = None  # as printed, for figures whose item has no fixed unit (prose_other)
    column_header: str | None = None  # the column's header as the report prints it, when the reader saw one

    def __new__(cls, item: str, value: float | None, semantics: str, method: str, source_text: str, offset: int,
                applicant: str | None = None, approximate: bool = False, row_label: str | None = None,
                column_label: str | None = None, page: int | None = None, unit: str | None = None,
                column_header: str | None = None) -> Fact:
        """What the dataclass's __init__ makes (same fields, same defaults: `tests/test_records.py`), its
        fields set on an `_OpenFact` (same slots) that then becomes a Fact: 0.4 instead of 0.9 µs a fact
        (each through the frozen class's slot setter), and a report gives hundreds."""
        fact: Any = _new_object(_OpenFact)
        fact.item = item
        fact.value = value
        fact.semantics = semantics
        fact.method = method
        fact.source_text = source_text
        fact.offset = offset
        fact.applicant = applicant
        fact.approximate = approximate
        fact.row_label = row_label
        fact.column_label = column_label
        fact.page = page
        fact.unit = unit
        fact.column_header = column_header
        fact.__class__ = cls  # the same slots: a layout Python lets it change to
        return fact

    def __reduce__(self):
        """Pickled as its values in field order (a frozen dataclass sets each field by name: ~5x slower)."""
        return Fact, _fact_values(self)


@dataclass(frozen=True, slots=True)
class Report:
    """One input's row of `reports`: what it is, whose report on which year, and what became of it."""

    report_id: str
    file: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    encoding: str | None = None
    format: str | None = None
    title: str | None = None
    body: str | None = None
    body_id: str | None = None
    body_name: str | None = None
    body_pinyin: str | None = None
    year: int | None = None
    level: str | None = None
    province: str | None = None
    division_code: str | None = None
    parent_name: str | None = None
    scope: str | None = None
    regime: str | None = None
    published: str | None = None
    url: str | None = None
    origin: str | None = None
    status: str = "error"
    message: str | None = None
    n_facts: int | None = None
    n_breaks: int | None = None
    text_sha256: str | None = None
    source_table: str | None = None
    source_row: int | None = None
    attachments: str | None = None
    duplicate_of: str | None = None
    sources: str | None = None
    body_year_group: str | None = None

    @property
    def counted(self) -> bool:
        """Its figures reach the wide tables."""
        return self.status in COUNTED_STATUSES

    def __reduce__(self):
        """Pickled as its values in field order: every result a worker sends back holds one, and a frozen
        dataclass's own pickling sets each field by name."""
        return Report, _report_values(self)


_report_values = attrgetter(*(f.name for f in fields(Report)))
_fact_values = attrgetter(*(f.name for f in fields(Fact)))


Key = tuple[str, str | None]  # (item, applicant)
SEPARATE_ITEMS = ("prose_other",)  # each fact of these is a figure of its own, named by its row_label


def counting(facts: Sequence[Fact]) -> dict[Key, Fact]:
    """(item, applicant) -> the fact that counts: the first usable one (a number, a stated zero or
    a table's blank cell), table before prose, an exact prose figure before an approximate one (近1700条 in a
    summary, 1669条 in the detail), in the order of the text. Checks, wide tables and
    harmonised series all read this. Facts of SEPARATE_ITEMS are figures of their own: none of
    them is keyed here, each counts (see `counts`).

    A prose figure without applicant of an item the table gives by applicant competes with the
    table's 总计 column: a prose value never beats a table's total of the same item. A value of a
    pre-2019 table's 历年累计 column (column_label CUMULATIVE) is not the year's: it never counts.

    A build decides this once a report, before its checks, and carries the choice in its result
    (`build.report.Result.chosen`) to the tidy rows.
    """
    table = [f for f in facts if f.method in _TABLE_METHODS]
    prose = [f for f in facts if f.method not in _TABLE_METHODS]
    table_totals = set()  # items of a usable table fact in the 总计 column
    chosen: dict[Key, Fact] = {}
    for fact in sorted(table, key=_OFFSET):
        if fact.semantics in USABLE:
            if fact.applicant == "total":
                table_totals.add(fact.item)
            if fact.column_label != CUMULATIVE and fact.item not in SEPARATE_ITEMS:
                chosen.setdefault((fact.item, fact.applicant), fact)
    for fact in sorted(prose, key=_EXACT_FIRST):
        if fact.semantics not in _PROSE_USABLE or fact.column_label == CUMULATIVE or fact.item in SEPARATE_ITEMS:
            continue
        if fact.applicant is None and fact.item in table_totals:
            continue
        chosen.setdefault((fact.item, fact.applicant), fact)
    return chosen


_TABLE_METHODS = frozenset(TABLE_METHODS)
_PROSE_USABLE = frozenset(USABLE) - {"blank"}  # a blank is a table's empty cell: prose states no blank
_OFFSET = attrgetter("offset")
_EXACT_FIRST = attrgetter("approximate", "offset")  # (近1700条 in a summary, 1669条 in the detail: the exact one)


def counts(fact: Fact, chosen: dict[Key, Fact]) -> bool:
    """Whether a fact is the one that counts (`facts.preferred`), given `counting`'s choice."""
    if fact.item in SEPARATE_ITEMS:
        return fact.semantics in USABLE
    return chosen.get((fact.item, fact.applicant)) is fact


def values_of(chosen: dict[Key, Fact]) -> dict[Key, float]:
    """(item, applicant) -> `value_of` the fact that counts, for `counting`'s choice: one
    comprehension, not a call per fact (checks and wide tables read every value)."""
    try:
        return {key: 0.0 if f.semantics == "blank" else float(f.value) for key, f in chosen.items()}  # type: ignore[arg-type]
    except TypeError:  # a fact without value: `value_of` says which
        return {key: value_of(f) for key, f in chosen.items()}


def value_of(fact: Fact) -> float:
    """The value a fact that counts stands for: a blank cell is 0."""
    if fact.semantics == "blank":
        return 0.0
    if fact.value is None:
        raise ValueError(f"a {fact.semantics} fact of {fact.item} has no value, so it cannot count")
    return float(fact.value)
