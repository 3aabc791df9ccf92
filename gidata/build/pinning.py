"""Across a build: run-together ledger rows pinned by the same body's reports of the adjacent years.

A report whose article 20 ledger row is left ambiguous (`extract.adjacent_year`) cannot be tidied
for good until the build has seen the body's other years. The collector holds such a report back
(`Held`, spilled to disk) and keeps the ledger figures of every counted report (`LedgerBook`, a
few numbers each). At the end `released` pins each held row that the adjacent years allow, checks
the report again and tidies it; a held report with nothing pinned is released as it was tidied.
A body with two different texts in one year gives no figures for that year: which is the
adjacent report would be a guess.
"""

from __future__ import annotations

import math
import pickle
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from gidata.build.report import Result, Tidied, rechecked, tidied
from gidata.extract.adjacent_year import LEDGER_OF, Figures, OpenRows, ledger_figures, open_rows, pin, replaced
from gidata.records import Report

_CODES = tuple(LEDGER_OF)
_MIXED = b""  # a body-year with two reports: no figures


class LedgerBook:
    """The ledger figures of every counted report, by body and year, packed as doubles (NaN: not given)."""

    def __init__(self) -> None:
        self._figures: dict[tuple[str, int], bytes] = {}

    def add(self, report: Report, ledger: dict[str, float]) -> None:
        if not report.body or not report.year:
            return
        key = (report.body, report.year)
        packed = array("d", (ledger.get(code, math.nan) for code in _CODES)).tobytes()
        self._figures[key] = _MIXED if key in self._figures else packed

    def single(self, body: str, year: int) -> bool:
        """Whether the body has one counted report that year (so its adjacent years are known)."""
        return bool(self._figures.get((body, year)))

    def figures(self, body: str, years: set[int]) -> Figures:
        """(year, code) -> value of the body's single reports of these years."""
        known: Figures = {}
        for year in years:
            packed = array("d", self._figures.get((body, year), _MIXED))
            known.update({(year, code): value for code, value in zip(_CODES, packed) if not math.isnan(value)})
        return known


@dataclass(frozen=True)
class Waiting:
    """A result held for the adjacent years as the worker that made it sends it: pickled (the main
    process only writes the bytes), with its body, year and open rows."""

    body: str | None
    year: int | None
    rows: dict[str, list[list[float]]]
    pickled: bytes


def waiting(done: Tidied) -> Waiting:
    """A tidied result with an open ledger row, ready to be held."""
    assert done.open is not None
    return Waiting(done.report.body, done.report.year, open_rows(done.open.facts),
                   pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))


class Held:
    """The results held back for the adjacent years, pickled one after another to a file, and their
    open rows (a few readings each) in memory."""

    def __init__(self, folder: Path) -> None:
        self.path, self.count = folder / "held.pickle", 0
        self.rows: list[tuple[str | None, int | None, dict[str, list[list[float]]]]] = []  # body, year, rows

    def add(self, result: Waiting) -> None:
        with self.path.open("ab") as handle:
            handle.write(result.pickled)
        self.count += 1
        self.rows.append((result.body, result.year, result.rows))

    def __iter__(self) -> Iterator[Tidied]:
        if not self.count:
            return
        with self.path.open("rb") as handle:
            for _ in range(self.count):
                yield pickle.load(handle)


def released(held: Held, book: LedgerBook) -> Iterator[Tidied]:
    """Every held result, in the order held: pinned, checked again and tidied where its body's adjacent
    years allow, else as it was tidied."""
    pins = _pins(held.rows, book)
    for done in held:
        assert done.open is not None
        pinned = pins.get((done.report.body, done.report.year))
        yield replace(tidied(rechecked(done.open, replaced(done.open.facts, pinned))) if pinned else done, open=None)


def pinned_results(results: Sequence[Result]) -> list[Result]:
    """What a build makes of these results held in memory (one each of different texts), for tests and
    benchmarks that read reports one by one: their ledger rows pinned across years, checked again."""
    book = LedgerBook()
    for result in results:
        if result.report.counted:
            book.add(result.report, ledger_figures(result.facts))
    pins = _pins([(r.report.body, r.report.year, open_rows(r.facts)) for r in results if r.report.counted], book)
    return [rechecked(r, replaced(r.facts, pins[(r.report.body, r.report.year)]))
            if (r.report.body, r.report.year) in pins else r for r in results]


def _pins(open_reports: Iterable[tuple[str | None, int | None, dict[str, list[list[float]]]]],
          book: LedgerBook) -> dict[tuple[str | None, int | None], dict[str, list[float]]]:
    """(body, year) -> ledger's first code -> the pinned row, for the reports alone in their body-year."""
    rows: dict[str, OpenRows] = defaultdict(dict)
    for body, year, open_ in open_reports:
        if open_ and body and year and book.single(body, year):
            rows[body].update({(year, code): r for code, r in open_.items()})
    pins: dict[tuple[str | None, int | None], dict[str, list[float]]] = defaultdict(dict)
    for body, body_rows in rows.items():
        years = {year for year, _ in body_rows}
        known = book.figures(body, years | {y - 1 for y in years} | {y + 1 for y in years})
        for (year, code), values in pin(known, body_rows).items():
            pins[(body, year)][code] = values
    return pins
