"""Harmonise: map each report's figures to the crosswalk's measures (see gidata.vocabulary.crosswalk)."""

from __future__ import annotations

from gidata.vocabulary.crosswalk import (CROSSWALK, MEASURE_BY_CODE, MEASURES, Measure, Source, crosswalk_markdown,  # noqa: F401
                              crosswalk_problems)
from gidata.vocabulary.items import REGIMES
from gidata.release.dictionary import IDENTITY


def harmonise(reports: list[dict], facts: list[dict]) -> list[dict]:
    """The `harmonised` rows: one per report and measure the report gives at least one source item of.

    `facts` are fact rows with `preferred` marked (see tidy.mark_preferred); matrix items are read
    from the 总计 column, or from a figure the report states without applicant (prose).
    """
    if any("preferred" not in fact for fact in facts):
        raise ValueError("facts must be marked first (gidata.tidy.mark_preferred): no `preferred` flag")
    found = _preferred(facts)
    rows, seen = [], set()
    for report in reports:
        if report["report_id"] in seen or report.get("regime") not in REGIMES:
            continue
        seen.add(report["report_id"])
        values = found.get(report["report_id"], {})
        for measure in MEASURES:
            row = measure_row(CROSSWALK[measure.code][report["regime"]], values)
            if row is not None:
                rows.append({**{k: report.get(k) for k in IDENTITY}, "measure": measure.code, **row})
    return rows




def _preferred(facts: list[dict]) -> dict[str, dict[str, dict]]:
    """report_id -> item -> the preferred fact, the 总计 column before an applicant-less figure."""
    out: dict[str, dict[str, dict]] = {}
    for fact in facts:
        if fact.get("preferred") and fact.get("applicant") in ("total", None):
            items = out.setdefault(fact["report_id"], {})
            held = items.get(fact["item"])
            if held is None or (held.get("applicant") is None and fact.get("applicant") == "total"):
                items[fact["item"]] = fact
    return out


def measure_row(source: Source, values: dict[str, dict]) -> dict | None:
    """Value, source items and flags of one measure from one report's facts (None if none given)."""
    if source.alternatives is None:
        return None
    # A fallback (a sum of parts standing in for a missing total) is used only when complete.
    complete = [alt for alt in source.alternatives if all(i in values for i in alt)]
    chosen = complete[0] if complete else source.alternatives[0]
    used = [values[i] for i in chosen if i in values]
    if not used:
        return None
    methods = {f["method"] for f in used}
    return {
        "value": float(sum(_number(f) for f in used)),
        "source_items": "+".join(chosen),
        "complete": bool(complete),
        "approximate": any(bool(f.get("approximate")) for f in used),
        "crosswalk_exact": source.exact,
        "method": methods.pop() if len(methods) == 1 else "mixed",
    }


def _number(fact: dict) -> float:
    return 0.0 if fact["semantics"] == "blank" else float(fact["value"])
