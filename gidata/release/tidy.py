"""Tidy the per-report rows into the released tables: long facts, wide tables, harmonised series, cross-year checks."""

from __future__ import annotations

from collections import defaultdict

from gidata.check.crossyear import IDENTITIES, crossyear
from gidata.release.dictionary import (CAPACITY_CODES, MATRIX_CODES, OUTCOME_COLUMNS, PRE2019_APPLICATION_CODES,
                         PROACTIVE_CODES, TABLES)
from gidata.release.harmonise import harmonise
from gidata.vocabulary.items import APPLICANT_TYPES, ITEM_BY_CODE, PRE2019

_IDENTITY = ("report_id", "body", "year", "level", "scope", "regime")
_BY_APPLICANT = {code: item.by_applicant for code, item in ITEM_BY_CODE.items()}
COUNTED = ("ok", "partial")  # statuses of the reports the wide tables count
CROSSYEAR_ITEMS = frozenset(i for x in IDENTITIES for i in (x.stated, x.previous, *x.plus, *x.minus))


def mark_preferred(facts: list[dict]) -> list[dict]:
    """Flag, per report, item and applicant, the one value the wide tables use (table before prose).

    A prose figure of a matrix row has no applicant: it competes with the table's 总计 column, so a
    prose value that contradicts the table is never the preferred one.
    """
    taken = set()
    for fact in sorted(facts, key=lambda f: (f["method"] != "table", f["source_offset"])):
        applicant = fact["applicant"]
        if applicant is None and fact["method"] == "prose" and _BY_APPLICANT.get(fact["item"]):
            applicant = "total"
        key = (fact["report_id"], fact["item"], applicant)
        if fact["item"] == "prose_other":  # each is a figure of its own, named by its label
            key += (fact["row_label"], fact["source_offset"])
        usable = fact["semantics"] in ("number", "zero_stated", "blank")
        fact["preferred"] = usable and key not in taken
        if fact["preferred"]:
            taken.add(key)
    return facts


def tidy(reports: list[dict], facts: list[dict], checks: list[dict]) -> dict[str, list[dict]]:
    """All tables of the release, as lists of rows keyed by the dictionary's column names."""
    per_report = tidy_chunk(reports, facts, checks)
    counted = [r for r in reports if r.get("status") in COUNTED]
    return {"reports": reports, **per_report,
            "crossyear": crossyear(counted, _preferred_values(per_report["facts"]))}


def tidy_chunk(reports: list[dict], facts: list[dict], checks: list[dict]) -> dict[str, list[dict]]:
    """The tables whose rows depend on one report alone, for some of the reports and all their facts.

    Every table but `reports` and `crossyear`; tidying the reports in chunks and concatenating the
    rows gives the rows of tidying them at once, in the same order (report_ids being unique).
    """
    facts = mark_preferred(facts)
    values = _preferred_values(facts)
    counted = [r for r in reports if r.get("status") in COUNTED]
    return {
        "facts": facts,
        "checks": checks,
        "applications": _applications(counted, values),
        "applications_pre2019": _per_report(counted, values, PRE2019_APPLICATION_CODES, pre2019=True),
        "challenges": _challenges(counted, values),
        "capacity": _per_report(counted, values, CAPACITY_CODES),
        "proactive": _per_report(counted, values, PROACTIVE_CODES),
        "harmonised": harmonise(counted, facts),
    }


def crossyear_values(facts: list[dict]) -> dict:
    """Of facts marked preferred, the few values `crossyear` reads: report_id -> (item, applicant) -> value."""
    kept = {report_id: {key: v for key, v in values.items() if key[0] in CROSSYEAR_ITEMS}
            for report_id, values in _preferred_values(facts).items()}
    return {report_id: values for report_id, values in kept.items() if values}


def _preferred_values(facts: list[dict]) -> dict:
    values = defaultdict(dict)
    for f in facts:
        if f["preferred"]:
            values[f["report_id"]][(f["item"], f["applicant"])] = 0.0 if f["semantics"] == "blank" else f["value"]
    return values


def _head(report: dict) -> dict:
    return {k: report.get(k) for k in _IDENTITY}


def _applications(reports, values) -> list[dict]:
    rows = []
    for report in reports:
        v = values.get(report["report_id"], {})
        if report["regime"] == PRE2019 or not any(a for _, a in v):
            continue
        for applicant in APPLICANT_TYPES:
            rows.append({**_head(report), "applicant": applicant,
                         **{code: v.get((code, applicant)) for code in MATRIX_CODES}})
    return rows


def _per_report(reports, values, codes, pre2019: bool = False) -> list[dict]:
    rows = []
    for report in reports:
        v = values.get(report["report_id"], {})
        if pre2019 and report["regime"] != PRE2019:
            continue
        row = {code: v.get((code, None)) for code in codes}
        if any(x is not None for x in row.values()):
            rows.append({**_head(report), **row})
    return rows


def _challenges(reports, values) -> list[dict]:
    kinds = {PRE2019: ("review", "lawsuit")}
    rows = []
    for report in reports:
        v = values.get(report["report_id"], {})
        for kind in kinds.get(report["regime"], ("review", "suit_direct", "suit_after_review")):
            row = {o: v.get((f"{kind}_{o}", None)) for o in OUTCOME_COLUMNS}
            if any(x is not None for x in row.values()):
                rows.append({**_head(report), "kind": kind, **row})
    return rows


assert set(TABLES) == {"reports", "facts", "checks", "applications", "applications_pre2019",
                       "challenges", "capacity", "proactive", "harmonised", "crossyear"}
