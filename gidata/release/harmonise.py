"""Harmonise: map each report's figures to the crosswalk's measures (see gidata.vocabulary.crosswalk)."""

from __future__ import annotations

import functools

from gidata.vocabulary.crosswalk import (CROSSWALK, MEASURE_BY_CODE, MEASURES, Measure, Source,  # noqa: F401
                                        crosswalk_markdown, crosswalk_problems)
from gidata.vocabulary.items import REGIMES
from gidata.records import IDENTITY_COLUMNS, Fact, Key, Report, value_of


def harmonise(report: Report, chosen: dict[Key, Fact]) -> list[dict]:
    """The `harmonised` rows of one report: one per measure it gives at least one source item of.

    `chosen` are the facts that count (`records.counting`); matrix items are read from the 总计
    column, or from a figure the report states without applicant (prose).
    """
    columns = harmonised_columns(report, chosen)
    return [dict(zip(columns, row)) for row in zip(*columns.values())]


def harmonised_columns(report: Report, chosen: dict[Key, Fact]) -> dict[str, list]:
    """`harmonise`'s rows as columns (name -> values; no columns when no rows): what a build
    writes, made without a dict per row."""
    if report.regime not in REGIMES:
        return {}
    values = _by_item(chosen)
    given = values.keys()
    measures, rows = [], []
    for code, items, alternatives, exact, single in _plan(report.regime):
        if single is not None:  # most measures: one item, read as it is
            fact = values.get(single)
            row = None if fact is None else _one_item(fact, single, True, exact)
        elif given.isdisjoint(items):
            continue
        else:
            row = _measured(alternatives, exact, values)
        if row is not None:
            measures.append(code)
            rows.append(row)
    if not rows:
        return {}
    return {**{k: [getattr(report, k)] * len(rows) for k in IDENTITY_COLUMNS}, "measure": measures,
            **{name: list(column) for name, column in zip(_MEASURE_COLUMNS, zip(*rows))}}


@functools.cache
def _sources(regime: str) -> tuple[tuple[str, Source, frozenset[str]], ...]:
    """Each measure the regime gives, with its source and every item that source may read (a report
    giving none of them has no row of the measure)."""
    sources = ((measure.code, CROSSWALK[measure.code][regime]) for measure in MEASURES)
    return tuple((code, source, frozenset(source.items)) for code, source in sources if source.alternatives is not None)


Alternative = tuple[tuple[str, ...], frozenset[str], str]  # a source's items, as a set, and joined by `+`


@functools.cache
def _plan(regime: str) -> tuple[tuple[str, frozenset[str], tuple[Alternative, ...], bool, str | None], ...]:
    """`_sources` with what `_measured` reads of each source worked out once: (measure, every item
    it may read, its alternatives, exact, and its item when it reads one item only)."""
    plan = []
    for code, source, items in _sources(regime):
        alternatives = source.alternatives or ()
        single = alternatives[0][0] if len(alternatives) == 1 and len(alternatives[0]) == 1 else None
        plan.append((code, items, tuple((alt, frozenset(alt), "+".join(alt)) for alt in alternatives), source.exact,
                     single))
    return tuple(plan)


def _by_item(chosen: dict[Key, Fact]) -> dict[str, Fact]:
    """item -> the fact that counts, the 总计 column before an applicant-less figure."""
    out = {item: fact for (item, applicant), fact in chosen.items() if applicant is None}
    out.update({item: fact for (item, applicant), fact in chosen.items() if applicant == "total"})
    return out


def measure_row(source: Source, values: dict[str, Fact]) -> dict | None:
    """Value, source items and flags of one measure from one report's facts (None if none given)."""
    if source.alternatives is None:
        return None
    alternatives = tuple((alt, frozenset(alt), "+".join(alt)) for alt in source.alternatives)
    row = _measured(alternatives, source.exact, values)
    return None if row is None else dict(zip(_MEASURE_COLUMNS, row))


_MEASURE_COLUMNS = ("value", "source_items", "complete", "approximate", "crosswalk_exact", "method")


def _measured(alternatives: tuple[Alternative, ...], exact: bool, values: dict[str, Fact]) -> tuple | None:
    """`measure_row`'s values, in the order of `_MEASURE_COLUMNS`."""
    # A fallback (a sum of parts standing in for a missing total) is used only when complete.
    given = values.keys()
    chosen = None
    for alternative in alternatives:  # a loop, not next() over a generator: most measures have one
        if given >= alternative[1]:
            chosen = alternative
            break
    complete = chosen is not None
    items, _, joined = chosen or alternatives[0]
    used = [values[i] for i in items if i in given]
    if not used:
        return None
    if len(used) == 1:
        return _one_item(used[0], joined, complete, exact)
    methods = {f.method for f in used}
    return (float(sum([value_of(f) for f in used])), joined, complete, any(f.approximate for f in used),
            exact, methods.pop() if len(methods) == 1 else "mixed")


def _one_item(fact: Fact, joined: str, complete: bool, exact: bool) -> tuple:
    """`_measured`'s values when one item is used: its fact's value, flag and method."""
    return float(sum([value_of(fact)])), joined, complete, bool(fact.approximate), exact, fact.method
