"""Put a spooled table in key order by merging its sorted runs a report at a time, without sorting its rows.

The spool appends each chunk of reports to a table as one record batch sorted by key (a run). The
per-report tables are keyed by (year,) report_id first, and every row of a report is in one run,
one after another: the table in key order is then those stretches of rows (segments) taken in
(year, report_id) order. Ordering the segments costs a few bytes per report instead of a sort
order of 8 bytes per row over key columns read whole, and gives the rows a stable sort would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

REPORT = "report_id"
FROM = "report_from"  # crossyear's: the spool appends all pairs of one earlier report in one run
YEAR = "year"


@dataclass(frozen=True)
class Segments:
    """The stretches of one report's rows in the runs of a table, in key order."""

    run: np.ndarray     # record batch the stretch is in
    start: np.ndarray   # its first row in that batch
    length: np.ndarray  # its number of rows
    year: pa.Array      # the year the stretch is ordered by (null first)

    def __len__(self) -> int:
        return len(self.run)


def by_report(order: tuple[str, ...]) -> str | None:
    """The report column a sort order is by, (year,) report_id or report_from then columns within a
    report, so that segments can order it; None for another order."""
    rest = order[1:] if order[:1] == (YEAR,) else order
    return rest[0] if rest[:1] in ((REPORT,), (FROM,)) else None


def segments(table: pa.Table, years: pa.Array | None = None, ids: pa.Array | None = None,
             key: str = REPORT, after_run: Callable[[], None] = lambda: None) -> Segments | None:
    """The table's report segments in (year, report_id) order: the year its own `year` column, or
    that of the report in `years` (aligned with `ids`). None when a report's rows are not one
    stretch of one run (rows appended otherwise than by the spool): the caller sorts them instead.
    `after_run` is called after each run is read (a memory-mapped table's pages may be dropped: the
    report column of `crossyear` at 100k reports is hundreds of MB)."""
    parts = []
    for i, batch in enumerate(table.to_batches()):
        if batch.num_rows:
            named = batch.rename_columns([REPORT if c == key else c for c in batch.schema.names])
            parts.append(_run_segments(i, named))
            after_run()
    if not parts:
        none = np.zeros(0, np.int64)
        return Segments(none, none, none, pa.array([], pa.int32()))
    found = pa.concat_tables(parts)
    if found.column(REPORT).null_count or pc.count_distinct(found.column(REPORT)).as_py() != found.num_rows:
        return None
    if years is not None and ids is not None:
        year = pc.take(years, pc.index_in(found.column(REPORT), value_set=ids))
        found = found.set_column(found.schema.get_field_index(YEAR), YEAR, year.cast(pa.int32()))
    order = pc.sort_indices(found, sort_keys=[(YEAR, "ascending", "at_start"), (REPORT, "ascending", "at_start")])
    found = found.take(order)
    run, start, length = (found.column(k).to_numpy() for k in ("run", "start", "length"))
    return Segments(run, start, length, found.column(YEAR).combine_chunks())


def _run_segments(run: int, batch: pa.RecordBatch) -> pa.Table:
    """The stretches of equal report_id in one run: where each starts, how long, its id and year."""
    ids = batch.column(REPORT)
    n = batch.num_rows
    change = pc.fill_null(pc.not_equal(ids.slice(1), ids.slice(0, n - 1)), True)
    starts = np.flatnonzero(np.concatenate([[True], change.to_numpy(zero_copy_only=False)]))
    lengths = np.diff(np.append(starts, n))
    year = (batch.column(YEAR).take(starts) if YEAR in batch.schema.names
            else pa.nulls(len(starts), pa.int32()))
    return pa.table({REPORT: ids.take(starts), YEAR: year.cast(pa.int32()), "run": np.full(len(starts), run),
                     "start": starts, "length": lengths})


def row_groups(found: Segments, size: int, first: int = 0, last: int | None = None
               ) -> Iterator[list[tuple[int, int, int]]]:
    """The pieces (run, start, length) of each row group of `size` rows, segments first..last in order.
    Segments that follow each other in one run are one piece (one slice: reports named in input order
    are most of a run's in key order)."""
    pieces: list[tuple[int, int, int]] = []
    room = size
    for run, start, length in zip(found.run[first:last].tolist(), found.start[first:last].tolist(),
                                  found.length[first:last].tolist()):
        while length:
            take = min(room, length)
            if pieces and pieces[-1][0] == run and pieces[-1][1] + pieces[-1][2] == start:
                pieces[-1] = (run, pieces[-1][1], pieces[-1][2] + take)
            else:
                pieces.append((run, start, take))
            start, length, room = start + take, length - take, room - take
            if not room:
                yield pieces
                pieces, room = [], size
    if pieces:
        yield pieces


def gather(batches: list[pa.RecordBatch], schema: pa.Schema, pieces: list[tuple[int, int, int]],
           after_run: Callable[[], None] = lambda: None) -> pa.Table:
    """The rows of the pieces, in order, as one contiguous table (as a row group is written). Pieces of
    several runs, some run giving more than one, are copied a run at a time first, `after_run` after
    each (a memory-mapped run's pages may be dropped: a report's few rows in every run, as in
    `harmonised`, touch most pages of the file)."""
    of_run: dict[int, list[int]] = {}
    for i, (run, _, _) in enumerate(pieces):
        of_run.setdefault(run, []).append(i)
    if len(of_run) == len(pieces):  # a piece a run (as in `facts`): each run's pages are read once, in one stretch
        return _joined([batches[r].slice(s, n) for r, s, n in pieces], schema)
    placed: list[pa.RecordBatch] = [batches[0]] * len(pieces)  # each piece, sliced from its run's copy
    for run, mine in of_run.items():
        copy = _joined([batches[run].slice(pieces[i][1], pieces[i][2]) for i in mine], schema).to_batches()[0]
        after_run()
        at = 0
        for i in mine:
            placed[i] = copy.slice(at, pieces[i][2])
            at += pieces[i][2]
    return _joined(placed, schema)


def _joined(slices: list[pa.RecordBatch], schema: pa.Schema) -> pa.Table:
    """Slices of record batches as one contiguous table (one chunk a column)."""
    return pa.Table.from_batches(slices, schema=schema).combine_chunks()


def year_ranges(found: Segments) -> list[tuple[int | None, int, int]]:
    """(year, first segment, end) of each year's stretch of the ordered segments, null year first."""
    years = found.year.to_pylist()
    ranges: list[tuple[int | None, int, int]] = []
    for i, year in enumerate(years):
        if ranges and ranges[-1][0] == year:
            ranges[-1] = (year, ranges[-1][1], i + 1)
        else:
            ranges.append((year, i, i + 1))
    return ranges
