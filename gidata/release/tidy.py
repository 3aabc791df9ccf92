"""Tidy one report's records into the rows of the released tables: long facts, wide tables,
harmonised series; and all reports' into cross-year checks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Protocol

from gidata.check.crossyear import IDENTITIES, crossyear
from gidata.check.identities import Check
from gidata.vocabulary.codes import COUNT_UNITS, column_header
from gidata.vocabulary.items import APPLICANT_LABELS, APPLICANT_TYPES, ITEM_BY_CODE, PRE2019
from gidata.records import IDENTITY_COLUMNS, Fact, Key, Report, counting, counts, value_of
from gidata.release.dictionary import (CAPACITY_CODES, MATRIX_CODES, OUTCOME_COLUMNS, PRE2019_APPLICATION_CODES,
                                       PROACTIVE_CODES, TABLES)
from gidata.release.fields import ITEM_COLUMNS
from gidata.release.harmonise import harmonise

CROSSYEAR_ITEMS = frozenset(i for x in IDENTITIES for i in (x.stated, x.previous, *x.plus, *x.minus))
PER_REPORT = tuple(name for name in TABLES if name not in ("reports", "crossyear"))


class Records(Protocol):
    """One report's records (a build's Result)."""

    @property
    def report(self) -> Report: ...

    @property
    def facts(self) -> Sequence[Fact]: ...

    @property
    def checks(self) -> Sequence[Check]: ...


def report_tables(report: Report, facts: Sequence[Fact], checks: Sequence[Check]) -> dict[str, list[dict]]:
    """The rows one report gives every table but `reports` and `crossyear` (the wide tables only if
    its status counts), keyed by the dictionary's column names."""
    chosen = counting(facts)
    values = {key: value_of(fact) for key, fact in chosen.items()}
    counted = report.counted
    return {
        "facts": [_fact_row(report.report_id, f, counts(f, chosen)) for f in facts],
        "checks": [_check_row(report.report_id, c) for c in checks],
        "applications": _applications(report, values) if counted else [],
        "applications_pre2019": _per_report(report, values, PRE2019_APPLICATION_CODES, True) if counted else [],
        "challenges": _challenges(report, values) if counted else [],
        "capacity": _per_report(report, values, CAPACITY_CODES) if counted else [],
        "proactive": _per_report(report, values, PROACTIVE_CODES) if counted else [],
        "harmonised": harmonise(report, chosen) if counted else [],
    }


def crossyear_values(facts: Sequence[Fact]) -> dict[Key, float]:
    """Of the values that count, the few `crossyear` reads: (item, applicant) -> value."""
    return {key: value_of(f) for key, f in counting(facts).items() if key[0] in CROSSYEAR_ITEMS}


def tidy(results: Iterable[Records]) -> dict[str, list[dict]]:
    """All tables of the release for a few reports at once, as lists of rows (tests, small builds)."""
    results = list(results)
    tables: dict[str, list[dict]] = {"reports": [_report_row(r.report) for r in results]}
    for r in results:
        for name, rows in report_tables(r.report, r.facts, r.checks).items():
            tables.setdefault(name, []).extend(rows)
    counted = [r for r in results if r.report.counted]
    tables["crossyear"] = crossyear([_report_row(r.report) for r in counted],
                                    {r.report.report_id: crossyear_values(r.facts) for r in counted})
    return tables


def _report_row(report: Report) -> dict:
    return {f.name: getattr(report, f.name) for f in fields(Report)}


def head(report: Report) -> dict:
    """The identity columns of a report's rows in the per-report tables."""
    return {k: getattr(report, k) for k in IDENTITY_COLUMNS}


def _fact_row(report_id: str, fact: Fact, preferred: bool) -> dict:
    return {"report_id": report_id, "item": fact.item, "applicant": fact.applicant, "value": fact.value,
            "unit": fact.unit or ITEM_BY_CODE[fact.item].unit, "semantics": fact.semantics,
            "approximate": fact.approximate, "method": fact.method, "preferred": preferred,
            "row_label": fact.row_label, "column_label": fact.column_label,
            "column_header": fact.column_header or column_header(fact.column_label, APPLICANT_LABELS),
            "source_text": fact.source_text,
            "source_offset": fact.offset, "source_page": fact.page}


def _check_row(report_id: str, c: Check) -> dict:
    return {"report_id": report_id, "identity": c.identity, "total_item": c.total_item,
            "applicant": c.applicant, "stated": c.stated, "computed": c.computed,
            "difference": round(c.stated - c.computed, 6), "holds": c.holds, "parts": c.parts}


def _applications(report: Report, v: dict) -> list[dict]:
    if report.regime == PRE2019 or not any(a for _, a in v):
        return []
    return [{**head(report), "applicant": applicant,
             **{ITEM_COLUMNS[code]: cell(code, v.get((code, applicant))) for code in MATRIX_CODES}}
            for applicant in APPLICANT_TYPES]


def _per_report(report: Report, v: dict, codes, pre2019: bool = False) -> list[dict]:
    if pre2019 and report.regime != PRE2019:
        return []
    row = {ITEM_COLUMNS[code]: cell(code, v.get((code, None))) for code in codes}
    return [{**head(report), **row}] if any(x is not None for x in row.values()) else []


def cell(code: str, value):
    """A wide-table cell: a count as an integer; a fractional count (a misreading) left out, it stays in facts.

    >>> cell("req_new", 12.0), cell("req_new", 2.5), cell("budget", 74.04)
    (12, None, 74.04)
    """
    if value is None or ITEM_BY_CODE[code].unit not in COUNT_UNITS:
        return value
    return int(value) if float(value).is_integer() else None


def _challenges(report: Report, v: dict) -> list[dict]:
    kinds = ("review", "lawsuit") if report.regime == PRE2019 else ("review", "suit_direct", "suit_after_review")
    rows = []
    for kind in kinds:
        row = {o: cell(f"{kind}_{o}", v.get((f"{kind}_{o}", None))) for o in OUTCOME_COLUMNS}
        if any(x is not None for x in row.values()):
            rows.append({**head(report), "kind": kind, **row})
    return rows


def columns_of(name: str, rows: list[dict]) -> dict[str, list]:
    """Rows as the dictionary's columns of a table (lists of values); an unknown column is an error."""
    table_def = TABLES[name]
    known = {c.name for c in table_def.columns}
    extra = {k for row in rows for k in row} - known
    if extra:
        raise KeyError(f"columns not in the data dictionary for {name}: {sorted(extra)}")
    return {c.name: [r.get(c.name) for r in rows] for c in table_def.columns}
