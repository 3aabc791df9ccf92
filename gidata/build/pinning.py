"""Across a build: run-together ledger rows pinned by the same body's reports of the adjacent years.

A report whose article 20 ledger row is left ambiguous (`extract.adjacent_year`) cannot be tidied
for good until the build has seen the body's other years. The collector holds such a report back
(`Held`, spilled to disk) and the ledger figures of every counted report (`LedgerLog`, a few
numbers each, spilled too). At the end `released` pins each held row that the adjacent years allow, checks
the report again and tidies it; a held report with nothing pinned is released as it was tidied.
A body with two different texts in one year gives no figures for that year: which is the
adjacent report would be a guess.
"""

from __future__ import annotations

import contextlib
import math
import pickle
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from operator import attrgetter
from pathlib import Path

from gidata.build.report import Result, Tidied, rechecked, tidied
from gidata.extract.adjacent_year import LEDGER_OF, Figures, OpenRows, ledger_figures, open_rows, pin, replaced
from gidata.records import Fact, Report

_CODES = tuple(LEDGER_OF)
_MIXED = b""  # a body-year with two reports: no figures


class LedgerBook:
    """The ledger figures of counted reports, by body and year, packed as doubles (NaN: not given)."""

    def __init__(self) -> None:
        self._figures: dict[tuple[str, int], bytes] = {}

    def add(self, report: Report, ledger: dict[str, float]) -> None:
        if report.body and report.year:
            self.add_packed(report.body, report.year, _packed(ledger))

    def add_packed(self, body: str, year: int, packed: bytes) -> None:
        key = (body, year)
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


def _packed(ledger: dict[str, float]) -> bytes:
    return array("d", (ledger.get(code, math.nan) for code in _CODES)).tobytes()


class LedgerLog:
    """The ledger figures of every counted report, appended to a file as they come (held in memory as a
    `LedgerBook`, they grew the build by ~250 bytes a report) and read back at the end into a book of
    the bodies that have a held result: only theirs are asked for."""

    AT_ONCE = 1024  # reports' figures written at a time

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pending: list[tuple[str, int, bytes]] = []

    def add(self, report: Report, ledger: dict[str, float]) -> None:
        if report.body and report.year:
            self._pending.append((report.body, report.year, _packed(ledger)))
            if len(self._pending) >= self.AT_ONCE:
                self._write()

    def book(self, bodies: set[str]) -> LedgerBook:
        """The figures of these bodies' reports, as they were added."""
        self._write()
        book = LedgerBook()
        with contextlib.suppress(FileNotFoundError), self.path.open("rb") as handle:
            while handle.peek(1):
                for body, year, packed in pickle.load(handle):
                    if body in bodies:
                        book.add_packed(body, year, packed)
        return book

    def _write(self) -> None:
        if self._pending:
            with self.path.open("ab") as handle:
                pickle.dump(self._pending, handle, protocol=pickle.HIGHEST_PROTOCOL)
            self._pending = []


@dataclass(frozen=True)
class Waiting:
    """A result held for the adjacent years as the worker that made it sends it: its report and facts
    pickled (the main process only writes the bytes, and reads them back only if a row is pinned),
    with its body, year and open rows. Its rows as tidied travel in the chunk's batches, like any other's."""

    body: str | None
    year: int | None
    rows: dict[str, list[list[float]]]
    pickled: bytes


def waiting(done: Tidied) -> Waiting:
    """A tidied result with an open ledger row, ready to be held."""
    assert done.open is not None
    return Waiting(done.report.body, done.report.year, done.open_rows, _pickled(done.open))


def _pickled(result: Result) -> bytes:
    """A held result's report and facts pickled, each fact as the tuple of its values: pickling a `Fact`
    calls its `__reduce__`, and most held results are never read back."""
    return pickle.dumps((result.report, list(map(_fact_values, result.facts))), protocol=pickle.HIGHEST_PROTOCOL)


def _unpickled(pickled: bytes) -> Result:
    """The result `_pickled` pickled."""
    report, facts = pickle.loads(pickled)
    return Result(report, tuple(Fact(*values) for values in facts))


_fact_values = attrgetter(*(f.name for f in fields(Fact)))


class Held:
    """The results held back for the adjacent years: each one's report and facts pickled to one file
    (read back only for the few that get a row pinned), what the collector keeps of it as tidied
    pickled to another, and its body, year and open rows pickled to a third (read back at the end:
    held in memory, their lists of readings grew the build by ~300 bytes a report)."""

    def __init__(self, folder: Path) -> None:
        self.path, self.kept_path = folder / "held.pickle", folder / "held-kept.pickle"
        self.rows_path = folder / "held-rows.pickle"
        self.offsets = array("q")  # where each held result starts in `path`
        self.size = 0

    @property
    def count(self) -> int:
        return len(self.offsets)

    def add(self, result: Waiting, kept: object) -> None:
        """Hold a result; `kept`: what is given back for it if nothing is pinned (picklable)."""
        with self.path.open("ab") as handle:
            handle.write(result.pickled)
        for path, value in ((self.kept_path, kept), (self.rows_path, (result.body, result.year, result.rows))):
            with path.open("ab") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.offsets.append(self.size)
        self.size += len(result.pickled)

    def kept(self) -> Iterator[object]:
        """What was kept of each held result as tidied, in the order held."""
        return self._read(self.kept_path)

    def rows(self) -> Iterator[tuple[str | None, int | None, dict[str, list[list[float]]]]]:
        """The body, year and open rows of each held result, in the order held."""
        return self._read(self.rows_path)

    def _read(self, path: Path) -> Iterator:
        if not self.count:
            return
        with path.open("rb") as handle:
            for _ in range(self.count):
                yield pickle.load(handle)

    def result(self, index: int) -> Result:
        """The report and facts of the `index`th held result."""
        return _unpickled(self.pickled(index))

    def pickled(self, index: int) -> bytes:
        """The `index`th held result's report and facts, pickled."""
        end = self.offsets[index + 1] if index + 1 < self.count else self.size
        with self.path.open("rb") as handle:
            handle.seek(self.offsets[index])
            return handle.read(end - self.offsets[index])


Pinned = tuple[bytes, dict[str, list[float]]]  # a held result (pickled) and the rows its adjacent years pin


def released(held: Held, ledgers: LedgerLog) -> Iterator[tuple[object, Tidied | None]]:
    """Every held result, in the order held: what was kept of it, and where its body's adjacent years
    pin a row, the result pinned, checked again and tidied (None: it stays as it was tidied)."""
    for kept, pinned in to_release(held, ledgers):
        yield kept, None if pinned is None else repinned(pinned)


def to_release(held: Held, ledgers: LedgerLog) -> Iterator[tuple[object, Pinned | None]]:
    """Every held result, in the order held: what was kept of it, and where its body's adjacent years pin
    a row, what `repinned` makes it again from (None: it stays as it was tidied); for a build to do that
    work where it likes (its workers)."""
    book = ledgers.book({body for body, _, rows in held.rows() if rows and body})
    pins = _pins(held.rows(), book)
    for index, (kept, (body, year, _)) in enumerate(zip(held.kept(), held.rows())):
        pinned = pins.get((body, year))
        yield kept, (held.pickled(index), pinned) if pinned else None


def repinned(pinned: Pinned) -> Tidied:
    """A held result with its rows pinned, checked again and tidied."""
    pickled, rows = pinned
    result = _unpickled(pickled)
    return replace(tidied(rechecked(result, replaced(result.facts, rows))), open=None, open_rows={})


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
