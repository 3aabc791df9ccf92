"""Pin run-together article 20 rows by the body's report of the adjacent year.

A step after extraction, across the reports of one body: a row of the 第二十条 table left
`ambiguous` (its cells run together with more than one reading) is read by the one reading that
joins up with the adjacent years' figures (method `table_crossyear`):

- 2021 format, 规章 and 行政规范性文件: 现行有效件数 = last year's 现行有效件数 + 本年制发 − 本年废止;
- 2019 format, 行政许可 … 行政事业性收费: next year's 上一年项目数量 = 上一年项目数量 + 本年增/减.

Only readings the report's own digits allow are considered, and only a row that some identity
with a known figure of the adjacent year reaches and exactly one reading satisfies is pinned; a
row pinned so may pin the next (a chain of years). The identities are not law: real reports break
them (benchmarks/crossyear_pins.py measures how often), so a pinned row keeps its own method and
the cross-year checks still report every pair.

`gidata build` runs it across the whole build (`build.pinning`): `pin` on the ledger figures of a
body's reports, `replaced` on the report whose row was pinned. `pin_across_years` does the same for
one body's series in memory; `benchmarks/crossyear_pins.py` measures it on the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from gidata.extract.article20 import row_readings, strip_units
from gidata.records import PROSE_METHODS, TABLE_METHODS, Fact

METHOD = "table_crossyear"


@dataclass(frozen=True)
class Ledger:
    """A row of the article 20 table that carries over from year to year: its cells' item codes
    and measures, and which identity joins its years (`in_force` or `items`)."""

    codes: tuple[str, ...]
    measures: tuple[str, ...]
    kind: str


LEDGERS = {ledger.codes[0]: ledger for ledger in (
    Ledger(("rules_issued", "rules_repealed", "rules_in_force"), ("issued", "repealed", "in_force"), "in_force"),
    Ledger(("normative_issued_2021", "normative_repealed", "normative_in_force"),
           ("issued", "repealed", "in_force"), "in_force"),
    *(Ledger((f"{row}_items_prev", f"{row}_items_change", f"{row}_decisions"),
             ("items_prev", "items_change", "decisions"), "items")
      for row in ("licensing", "other_services", "penalty", "coercion")),
    Ledger(("fee_items_prev", "fee_items_change"), ("items_prev", "items_change"), "items"),
)}


LEDGER_OF = {code: ledger for ledger in LEDGERS.values() for code in ledger.codes}


Figures = dict[tuple[int, str], float]  # (year, item code) -> value, of one body's reports
OpenRows = dict[tuple[int, str], list[list[float]]]  # (year, ledger's first code) -> the row's readings


def pin_across_years(series: Mapping[int, Sequence[Fact]]) -> dict[int, list[Fact]]:
    """year -> the facts of that year's report with its pinned rows read, for the years of one
    body's `series` (year -> the facts of its report) where a row was pinned."""
    known = {(year, item): value for year, facts in series.items() for item, value in ledger_figures(facts).items()}
    rows = {(year, item): readings for year, facts in series.items() for item, readings in open_rows(facts).items()}
    pinned = pin(known, rows)
    return {year: replaced(series[year], {i: v for (y, i), v in pinned.items() if y == year})
            for year in sorted({y for y, _ in pinned})}


def ledger_figures(facts: Sequence[Fact]) -> dict[str, float]:
    """item -> value of the ledger cells a report's tables give: what its adjacent years are joined to."""
    return {f.item: float(f.value) for f in facts
            if f.item in LEDGER_OF and f.method in TABLE_METHODS and f.semantics == "number"
            and f.value is not None and f.applicant is None}


def open_rows(facts: Sequence[Fact]) -> dict[str, list[list[float]]]:
    """The ledger's first code -> every reading of a run-together (ambiguous) ledger row of a report."""
    rows = {LEDGER_OF[f.item].codes[0]: _readings(f) for f in facts
            if f.semantics == "ambiguous" and f.item in LEDGER_OF}
    return {item: readings for item, readings in rows.items() if readings}


def pin(known: Figures, rows: OpenRows) -> dict[tuple[int, str], list[float]]:
    """(year, ledger's first code) -> the one reading of an open row that the identities with the
    known figures of adjacent years allow; a pinned row joins the known figures, so it may pin the next."""
    known, rows = dict(known), dict(rows)
    pinned: dict[tuple[int, str], list[float]] = {}
    moved = True
    while moved:
        moved = False
        for (year, item), readings in list(rows.items()):
            ledger = LEDGERS[item]
            checks = _identities(ledger, year, known)
            fitting = [r for r in readings if checks and all(check(dict(zip(ledger.codes, r))) for check in checks)]
            if len(fitting) == 1:
                pinned[(year, item)] = fitting[0]
                known.update({(year, code): v for code, v in zip(ledger.codes, fitting[0])})
                del rows[(year, item)]
                moved = True
    return pinned


def _readings(fact: Fact) -> list[list[float]]:
    """Every reading of an ambiguous row's digits into its ledger's cells (see `row_readings`)."""
    ledger = LEDGER_OF[fact.item]
    label = (fact.row_label or "").strip()
    start = fact.source_text.find(label) + len(label) if label and label in fact.source_text else 0
    text, units = strip_units(fact.source_text[start:])
    return [] if units else row_readings(text, ledger.measures)


def _identities(ledger: Ledger, year: int, known: Figures) -> list[Callable[[dict], bool]]:
    """The identities with the adjacent years that can be checked for a reading of this row (a
    predicate on code -> value each): those whose figures of the other year are known."""
    checks: list[Callable[[dict], bool]] = []
    if ledger.kind == "in_force":
        issued, repealed, in_force = ledger.codes
        before = known.get((year - 1, in_force))
        if before is not None:
            checks.append(lambda r: _same(r[in_force], before + r[issued] - r[repealed]))
        a_issued, a_repealed, a_in_force = (known.get((year + 1, code)) for code in ledger.codes)
        if a_issued is not None and a_repealed is not None and a_in_force is not None:
            checks.append(lambda r: _same(a_in_force, r[in_force] + a_issued - a_repealed))
        return checks
    prev, change = ledger.codes[:2]
    next_prev = known.get((year + 1, prev))
    b_prev, b_change = known.get((year - 1, prev)), known.get((year - 1, change))
    if next_prev is not None:
        checks.append(lambda r: _same(r[prev] + r[change], next_prev))
    if b_prev is not None and b_change is not None:
        checks.append(lambda r: _same(r[prev], b_prev + b_change))
    return checks


def _same(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6


def replaced(facts: Sequence[Fact], pinned: dict[str, list[float]]) -> list[Fact]:
    """The facts with each pinned row's ambiguous fact replaced by its cells not read already."""
    read = {f.item for f in facts if f.semantics == "number" and f.method not in PROSE_METHODS}
    out: list[Fact] = []
    for fact in facts:
        ledger = LEDGER_OF.get(fact.item)
        if fact.semantics != "ambiguous" or ledger is None or ledger.codes[0] not in pinned:
            out.append(fact)
            continue
        out.extend(Fact(code, value, "number", METHOD, fact.source_text, fact.offset, row_label=fact.row_label,
                        column_label=measure, page=fact.page)
                   for code, measure, value in zip(ledger.codes, ledger.measures, pinned[ledger.codes[0]])
                   if code not in read)
    return out
