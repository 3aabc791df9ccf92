"""Tidy one report's records into the rows of the released tables: long facts, wide tables,
harmonised series; and all reports' into cross-year checks."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from operator import attrgetter, itemgetter
from typing import Protocol

from gidata.check.crossyear import IDENTITIES, crossyear
from gidata.check.identities import Check
from gidata.vocabulary.codes import COUNT_UNITS, column_header
from gidata.vocabulary.items import APPLICANT_LABELS, APPLICANT_TYPES, ITEM_BY_CODE, PRE2019
from gidata.records import IDENTITY_COLUMNS, SEPARATE_ITEMS, USABLE, Fact, Key, Report, values_of
from gidata.release.dictionary import (CAPACITY_CODES, MATRIX_CODES, OUTCOME_COLUMNS, PRE2019_APPLICATION_CODES,
                                       PROACTIVE_CODES, TABLES)
from gidata.release.fields import ITEM_COLUMNS
from gidata.release.harmonise import harmonised_columns

CROSSYEAR_ITEMS = frozenset(i for x in IDENTITIES for i in (x.stated, x.previous, *x.plus, *x.minus))
PER_REPORT = tuple(name for name in TABLES if name not in ("reports", "crossyear"))
WIDE_TABLES = tuple(name for name in PER_REPORT if name not in ("facts", "checks"))  # rows of counted reports only


class Records(Protocol):
    """One report's records (a build's Result)."""

    @property
    def report(self) -> Report: ...

    @property
    def facts(self) -> Sequence[Fact]: ...

    @property
    def checks(self) -> Sequence[Check]: ...

    @property
    def chosen(self) -> dict[Key, Fact]: ...


class Columns:
    """Rows of one table held as its columns (name -> values, one value per row): a report's many
    facts and checks cost no dict each; `columns_of` hands the columns on as they are, and the rows
    still read as dicts (`tidy`, small builds)."""

    __slots__ = ("columns",)

    def __init__(self, columns: dict[str, list]):
        self.columns = columns

    def __len__(self) -> int:
        return len(next(iter(self.columns.values()), ()))

    def __iter__(self) -> Iterator[dict]:
        names = tuple(self.columns)
        return (dict(zip(names, values)) for values in zip(*self.columns.values()))


Rows = Columns | list[dict]


def report_tables(report: Report, facts: Sequence[Fact], checks: Sequence[Check],
                  chosen: dict[Key, Fact]) -> dict[str, Rows]:
    """The rows one report gives every table but `reports` and `crossyear` (the wide tables only if
    its status counts), keyed by the dictionary's column names; `chosen`: the facts that count
    (`records.counting`, as the report was checked)."""
    long: dict[str, Rows] = {"facts": _fact_columns(report.report_id, facts, chosen),
                             "checks": _check_columns(report.report_id, checks)}
    return {**long, **(_wide_tables(report, chosen) if report.counted else {name: [] for name in WIDE_TABLES})}


def _wide_tables(report: Report, chosen: dict[Key, Fact]) -> dict[str, Rows]:
    """The rows of the wide tables and of `harmonised`, from the values that count."""
    values = values_of(chosen)
    ids = head(report)
    return {
        "applications": _applications(report, ids, values),
        "applications_pre2019": _per_report(ids, values, PRE2019_APPLICATION_CODES) if report.regime == PRE2019 else [],
        "challenges": _challenges(report, ids, values),
        "capacity": _per_report(ids, values, CAPACITY_CODES),
        "proactive": _per_report(ids, values, PROACTIVE_CODES),
        "harmonised": Columns(harmonised_columns(report, chosen)),
    }


def crossyear_values(chosen: dict[Key, Fact]) -> dict[Key, float]:
    """Of the values that count (`chosen`), the few `crossyear` reads: (item, applicant) -> value."""
    return values_of({key: fact for key, fact in chosen.items() if key[0] in CROSSYEAR_ITEMS})


def tidy(results: Iterable[Records]) -> dict[str, list[dict]]:
    """All tables of the release for a few reports at once, as lists of rows (tests, small builds)."""
    results = list(results)
    tables: dict[str, list[dict]] = {"reports": [_report_row(r.report) for r in results]}
    for r in results:
        for name, rows in report_tables(r.report, r.facts, r.checks, r.chosen).items():
            tables.setdefault(name, []).extend(rows)
    counted = [r for r in results if r.report.counted]
    tables["crossyear"] = crossyear([_report_row(r.report) for r in counted],
                                    {r.report.report_id: crossyear_values(r.chosen) for r in counted})
    return tables


def _report_row(report: Report) -> dict:
    return {f.name: getattr(report, f.name) for f in fields(Report)}


def head(report: Report) -> dict:
    """The identity columns of a report's rows in the per-report tables."""
    return {k: getattr(report, k) for k in IDENTITY_COLUMNS}


def _fact_columns(report_id: str, facts: Sequence[Fact], chosen: dict[Key, Fact]) -> Columns:
    """`facts` of one report, one row per fact, `preferred` where it is the one that counts."""
    get = chosen.get
    return Columns({
        "report_id": [report_id] * len(facts),
        "item": _each(facts, "item"),
        "applicant": _each(facts, "applicant"),
        "value": _each(facts, "value"),
        "unit": [f.unit or _UNIT[f.item] for f in facts],
        "semantics": _each(facts, "semantics"),
        "approximate": _each(facts, "approximate"),
        "method": _each(facts, "method"),
        "preferred": [f.semantics in USABLE if f.item in SEPARATE_ITEMS else get((f.item, f.applicant)) is f
                      for f in facts],  # `records.counts`, inlined
        "row_label": _each(facts, "row_label"),
        "column_label": _each(facts, "column_label"),
        "column_header": [f.column_header or _printed_header(f.column_label) for f in facts],
        "source_text": _each(facts, "source_text"),
        "source_offset": _each(facts, "offset"),
        "source_page": _each(facts, "page"),
    })


def _each(records: Sequence, name: str) -> list:
    """An attribute of each record (a column: `map` with `attrgetter` takes half a comprehension's time)."""
    return list(map(attrgetter(name), records))


_UNIT = {code: item.unit for code, item in ITEM_BY_CODE.items()}


@functools.lru_cache(maxsize=1024)
def _printed_header(column_label: str | None) -> str | None:
    """`column_header` of a column code, worked out once per code (column labels are codes: few)."""
    return column_header(column_label, APPLICANT_LABELS)


def _check_columns(report_id: str, checks: Sequence[Check]) -> Columns:
    """`checks` of one report, one row per identity checked."""
    return Columns({
        "report_id": [report_id] * len(checks),
        "identity": _each(checks, "identity"),
        "total_item": _each(checks, "total_item"),
        "applicant": _each(checks, "applicant"),
        "stated": _each(checks, "stated"),
        "computed": _each(checks, "computed"),
        "difference": [round(c.stated - c.computed, 6) for c in checks],
        "holds": _each(checks, "holds"),
        "parts": _each(checks, "parts"),
    })


def _applications(report: Report, ids: dict, v: dict) -> Rows:
    """`applications` of one report, one row per applicant type (none before 2019, or without the matrix)."""
    if report.regime == PRE2019 or not any(map(_APPLICANT, v)):  # no value by applicant
        return []
    rows = len(APPLICANT_TYPES)
    matrix: dict[str, list] = {code: [None] * rows for code in MATRIX_CODES}
    for (item, applicant), value in v.items():  # the values given, each put in its place
        if item in matrix and applicant in _PLACE:
            matrix[item][_PLACE[applicant]] = value
    return Columns({**{name: [value] * rows for name, value in ids.items()}, "applicant": list(APPLICANT_TYPES),
                    **{ITEM_COLUMNS[code]: _cells(code, values) for code, values in matrix.items()}})


_APPLICANT = itemgetter(1)  # of a (item, applicant) key
_PLACE = {applicant: place for place, applicant in enumerate(APPLICANT_TYPES)}  # row of each applicant type


def _per_report(ids: dict, v: dict, codes) -> list[dict]:
    """The one row of a table of items without applicant (none if the report gives none of them)."""
    columns, column_of = _columns_of_codes(tuple(codes))
    given = v.keys() & column_of.keys()
    if not given:
        return []  # none of the items: every cell None, no row
    row = dict.fromkeys(columns)  # in the items' order, each None until given
    for key in given:
        row[column_of[key]] = cell(key[0], v[key])
    return [{**ids, **row}] if any(x is not None for x in row.values()) else []


@functools.lru_cache(maxsize=64)
def _columns_of_codes(codes: tuple[str, ...]) -> tuple[tuple[str, ...], dict[Key, str]]:
    """The column of each item code, in order, and the column of each item's (code, None) key."""
    return tuple(ITEM_COLUMNS[code] for code in codes), {(code, None): ITEM_COLUMNS[code] for code in codes}


@functools.lru_cache(maxsize=64)
def _keys(codes: tuple[str, ...]) -> frozenset[Key]:
    """The keys of `codes`' values without applicant (a table's items)."""
    return frozenset((code, None) for code in codes)


def cell(code: str, value):
    """A wide-table cell: a count as an integer; a fractional count (a misreading) left out, it stays in facts.

    >>> cell("req_new", 12.0), cell("req_new", 2.5), cell("budget", 74.04)
    (12, None, 74.04)
    """
    if value is None or code not in _COUNTED_ITEMS:
        return value
    return int(value) if float(value).is_integer() else None


def _cells(code: str, values: list) -> list:
    """`cell` of each of one item's values (its membership of the counts looked up once)."""
    if code not in _COUNTED_ITEMS:
        return values
    return [None if value is None else int(value) if float(value).is_integer() else None for value in values]


_COUNTED_ITEMS = frozenset(code for code, item in ITEM_BY_CODE.items() if item.unit in COUNT_UNITS)


def _challenges(report: Report, ids: dict, v: dict) -> list[dict]:
    kinds = ("review", "lawsuit") if report.regime == PRE2019 else ("review", "suit_direct", "suit_after_review")
    rows = []
    for kind in kinds:
        codes = _outcome_codes(kind)
        if v.keys().isdisjoint(_keys(codes)):
            continue  # none of the kind's items: no row
        row = {o: cell(code, v.get((code, None))) for o, code in zip(OUTCOME_COLUMNS, codes)}
        if any(x is not None for x in row.values()):
            rows.append({**ids, "kind": kind, **row})
    return rows


@functools.lru_cache(maxsize=16)
def _outcome_codes(kind: str) -> tuple[str, ...]:
    """The item code of each of `OUTCOME_COLUMNS` for a kind of challenge (`review_upheld`, …)."""
    return tuple(f"{kind}_{o}" for o in OUTCOME_COLUMNS)


def columns_of(name: str, rows: Rows) -> dict[str, list]:
    """Rows as the dictionary's columns of a table (lists of values); an unknown column is an error."""
    names = _column_names(name)
    if isinstance(rows, Columns):
        return _in_order(name, rows.columns, names)
    if not all(map(_column_set(name).issuperset, rows)):
        extra = set().union(*rows).difference(names)
        raise KeyError(f"columns not in the data dictionary for {name}: {sorted(extra)}")
    if not rows:
        return {c: [] for c in names}
    if any(len(row) != len(names) for row in rows):  # some row leaves a column out: it is None there
        return {c: [r.get(c) for r in rows] for c in names}
    return dict(zip(names, map(list, zip(*map(_row_values(name), rows)))))


def rows_of(name: str, rows: Rows) -> list[tuple]:
    """Rows as tuples of the dictionary's columns of a table, in its order (`columns_of`'s values, row by
    row): what a build makes a wide table from, its many columns and few rows a report."""
    names = _column_names(name)
    if not isinstance(rows, Columns) and all(len(row) == len(names) for row in rows) and \
            all(map(_column_set(name).issuperset, rows)):  # every row gives every column (and no other)
        return list(map(_row_values(name), rows))
    return list(zip(*columns_of(name, rows).values()))


@functools.cache
def _column_names(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLES[name].columns)


@functools.cache
def _column_set(name: str) -> frozenset[str]:
    return frozenset(_column_names(name))


@functools.cache
def _row_values(name: str) -> itemgetter:
    """A row's values in the order of the table's columns."""
    return itemgetter(*_column_names(name))


def _in_order(name: str, columns: dict[str, list], names: tuple[str, ...]) -> dict[str, list]:
    """Columns in the dictionary's order, a column none of the rows gives all None."""
    if not _column_set(name).issuperset(columns):
        extra = set(columns).difference(names)
        raise KeyError(f"columns not in the data dictionary for {name}: {sorted(extra)}")
    rows = len(next(iter(columns.values()), ()))
    return {c: columns[c] if c in columns else [None] * rows for c in names}
