"""Write the tables as Parquet with the dictionary's schema, sorted by key, byte-reproducibly."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from gidata.release.datapackage import write_descriptor
from gidata.release.dictionary import TABLES, dictionary_markdown
from gidata.release.checksums import write_checksums, write_sources
from gidata.release.card import write_card
from gidata.release.exports import csv_writer, write_xlsx
from gidata.release.output import Written
from gidata.release import runs
from gidata.release.partitions import PARTITION, partition_file
from gidata.release.tidy import columns_of

ROW_GROUP_SIZE = 20_000
SHORT_PIECE = 16  # rows: a row group of pieces this short on average is taken row by row, not sliced
WRITER = {"compression": "zstd", "write_statistics": True, "use_dictionary": True, "store_schema": True}
# Tables written at once, each by a thread: Arrow's sorting and taking, Parquet's and CSV's writers and SHA-256
# let go of the GIL, so two threads take the serial end of a build (its workers idle) on two cores.
WRITERS = 2


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table with the dictionary's schema, sorted by key; an unknown column is an error."""
    order = sort_order(name)
    return unsorted_arrow(name, sorted(rows, key=lambda r: tuple(_sort_key(r.get(k)) for k in order)))


def unsorted_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table with the dictionary's schema, in the order given."""
    return pa.Table.from_pydict(columns_of(name, rows), schema=TABLES[name].schema())


def sort_order(name: str) -> tuple[str, ...]:
    """Year first where there is one, so that row-group statistics let a reader skip other years."""
    table_def = TABLES[name]
    names = {c.name for c in table_def.columns}
    return (("year",) if "year" in names else ()) + table_def.key


def _sort_key(value):
    return (value is not None, value if value is not None else "")


def _nothing() -> None:
    pass


def _let_go(after_row_group: Callable[[], None]) -> None:
    """`after_row_group`, then Arrow's pool gives back the memory this thread freed: its allocator keeps
    a writer thread's freed row groups otherwise (~50 MB of a build's peak, growing with the tables)."""
    after_row_group()
    pa.default_memory_pool().release_unused()


def sort_indices(name: str, table: pa.Table) -> pa.Array:
    """The row order `to_arrow` gives, computed by Arrow: a stable sort, nulls first, on the key columns."""
    order = sort_order(name)
    return pc.sort_indices(table.select(list(order)), sort_keys=[(k, "ascending", "at_start") for k in order])


def write_arrow(name: str, table: pa.Table, out_dir: Path, after_row_group: Callable[[], None] = _nothing,
                written: Written | None = None, csv: bool = False) -> Path:
    """Write an Arrow table sorted by key to `out_dir/name.parquet` (zstd, fixed row groups), and with
    `csv` its CSV copy from the same row groups (the bytes `exports.write_csv` gives, without reading back).

    A spooled per-report table is put in order by its runs' report segments (see `runs`); another
    is sorted on its key columns. Beyond `table` itself, which may be memory-mapped
    (`after_row_group` may drop the pages read), only that order and one row group are held. The
    bytes equal those of writing the sorted table whole.
    """
    written = written or Written(out_dir)
    schema = TABLES[name].schema()
    with contextlib.ExitStack() as stack:
        sink = stack.enter_context(written.open(f"{name}.parquet"))
        writer = stack.enter_context(pq.ParquetWriter(sink, schema, **WRITER))
        copy = stack.enter_context(csv_writer(written, name, schema)) if csv else None
        if table.num_rows == 0:
            writer.write_table(table.combine_chunks(), row_group_size=ROW_GROUP_SIZE)
        for part in _in_order(name, table, after_row_group):
            writer.write_table(part, row_group_size=ROW_GROUP_SIZE)
            if copy is not None:
                copy.write_table(part)
            after_row_group()
    return out_dir / f"{name}.parquet"


def _in_order(name: str, table: pa.Table, after_row_group: Callable[[], None]) -> Iterator[pa.Table]:
    """The table's row groups in key order: merged from its runs where it can be, else sorted. A table
    of one row per report (`reports`: 10^6 rows for a crawl table of 10^6 rows) is sorted: its segments
    would be its rows, held as ~150 MB of arrays per 10^6 rows, where a sort order is 8 bytes a row."""
    key = runs.by_report(sort_order(name)) if TABLES[name].key != (runs.REPORT,) else None
    found = runs.segments(table, key=key, after_run=after_row_group) if key else None
    after_row_group()  # the report ids' pages read
    if found is not None:
        batches = table.to_batches()
        for pieces in runs.row_groups(found, ROW_GROUP_SIZE):
            yield _pieces(table, batches, pieces, after_row_group)
        return
    order = sort_indices(name, table).cast(pa.int64()).to_numpy()
    after_row_group()  # the key columns' pages read
    for start in range(0, table.num_rows, ROW_GROUP_SIZE):
        yield _gather(table, order[start:start + ROW_GROUP_SIZE], after_row_group)


def _pieces(table: pa.Table, batches: list[pa.RecordBatch], pieces: list[tuple[int, int, int]],
            after_batch: Callable[[], None] = _nothing) -> pa.Table:
    """The rows of the pieces (run, start, length) of a row group, in order: sliced where the pieces are
    long, taken by row number where they are short (in `reports`, and in a crawl table's other tables,
    a piece is a report's row or few: 20,000 slices of one row took seconds and ~100 MB a row group)."""
    if len(pieces) * SHORT_PIECE < sum(n for _, _, n in pieces):
        return runs.gather(batches, table.schema, pieces, after_batch)
    run, start, length = np.array(pieces, dtype=np.int64).T
    first = np.cumsum([0] + [b.num_rows for b in batches])[run] + start  # of each piece, its row in the table
    return _gather(table, np.repeat(first - np.cumsum(length) + length, length) + np.arange(length.sum()),
                   after_batch)


def _gather(table: pa.Table, wanted: np.ndarray, after_batch: Callable[[], None] = _nothing) -> pa.Table:
    """The rows `wanted` of `table`, in that order: each record batch gives only the rows wanted of it,
    so a row group copies its own rows and reads only their pages of a memory-mapped table
    (`after_batch`, called after each batch is taken from, may drop them: rows scattered over every
    batch, as in `harmonised`, would otherwise map most of the table's file at once)."""
    batches = table.to_batches()
    starts = np.cumsum([0] + [b.num_rows for b in batches])
    run = np.searchsorted(starts, wanted, side="right") - 1
    within = wanted - starts[run]
    grouped = np.argsort(run, kind="stable")
    pieces = []
    for r in np.unique(run):
        pieces.append(batches[r].take(pa.array(within[grouped][run[grouped] == r])))
        after_batch()
    together = pa.Table.from_batches(pieces, schema=table.schema).combine_chunks()
    return together.take(pa.array(np.argsort(grouped, kind="stable")))


def partitionable(name: str) -> bool:
    """Whether a table has a year to partition by: its own, or its report's (through `report_id`)."""
    return bool({PARTITION, "report_id"} & {c.name for c in TABLES[name].columns})


def write_partitioned(name: str, table: pa.Table, report_years: Mapping[str, int | None], written: Written,
                      after_row_group: Callable[[], None] = _nothing) -> list[Path]:
    """Write a table as a Parquet dataset partitioned by year, hive layout:
    `name/year_partition=2019/part-0.parquet` in the release folder, rows without a year under
    `year_partition=unknown`.

    Each file holds its rows sorted by key and a `year` column (the table's own, or its report's
    year from `report_years`), so the dataset reads as one table with or without the partitioning
    (the readers then add the key as a column `year_partition`, a string). Only one year's sort
    order is held at a time.
    """
    schema = _with_year(TABLES[name].schema())
    paths = []
    for year, parts in _years_in_order(name, table, report_years, after_row_group):
        part_name = partition_file(name, year)
        with written.open(part_name) as sink, pq.ParquetWriter(sink, schema, **WRITER) as writer:
            for part in parts:
                writer.write_table(_set_year(part, year), row_group_size=ROW_GROUP_SIZE)
                after_row_group()
        paths.append(written.folder / part_name)
    return paths


def _years_in_order(name: str, table: pa.Table, report_years: Mapping[str, int | None],
                    after_row_group: Callable[[], None]) -> Iterator[tuple[int | None, Iterator[pa.Table]]]:
    """Each year (null first) with its row groups in key order: merged from the runs where it can be, else sorted."""
    own = PARTITION in table.column_names
    found = None
    if runs.by_report(sort_order(name)):
        found = runs.segments(table) if own else runs.segments(table, pa.array(list(report_years.values()), pa.int32()),
                                                              pa.array(list(report_years), pa.string()))
    after_row_group()
    if found is not None:
        batches = table.to_batches()
        for year, first, end in runs.year_ranges(found):
            yield year, (_pieces(table, batches, pieces, after_row_group)
                         for pieces in runs.row_groups(found, ROW_GROUP_SIZE, first, end))
        return
    years = _row_years(name, table, report_years)
    for year in sorted(pc.unique(years).to_pylist(), key=lambda y: (y is not None, y or 0)):
        chosen = pc.is_null(years) if year is None else pc.fill_null(pc.equal(years, year), False)
        rows = np.flatnonzero(chosen.to_numpy(zero_copy_only=False))
        order = rows[sort_indices(name, table.select(list(sort_order(name))).take(rows)).to_numpy()]
        after_row_group()
        yield year, (_gather(table, order[start:start + ROW_GROUP_SIZE], after_row_group)
                     for start in range(0, len(order), ROW_GROUP_SIZE))


def _report_years(reports: pa.Table) -> dict[str, int | None]:
    """report_id -> year, for the tables whose rows have no year of their own."""
    return dict(zip(reports.column("report_id").to_pylist(), reports.column("year").to_pylist()))


def _row_years(name: str, table: pa.Table, report_years: Mapping[str, int | None]) -> pa.Array:
    """The year of each row: the table's `year` column, or the year of its `report_id`."""
    if PARTITION in table.column_names:
        return table.column(PARTITION).combine_chunks()
    ids = pa.array(list(report_years), pa.string())
    known = pa.array(list(report_years.values()), pa.int32())
    return pc.take(known, pc.index_in(table.column("report_id"), value_set=ids)).combine_chunks()


def _with_year(schema: pa.Schema) -> pa.Schema:
    return schema if PARTITION in schema.names else schema.append(pa.field(PARTITION, pa.int32()))


def _set_year(part: pa.Table, year: int | None) -> pa.Table:
    if PARTITION in part.column_names:
        return part
    return part.append_column(PARTITION, pa.repeat(pa.scalar(year, pa.int32()), part.num_rows))



def write_table(name: str, rows: list[dict], out_dir: Path) -> Path:
    """Write one table of rows to `out_dir/name.parquet`."""
    return write_arrow(name, unsorted_arrow(name, rows), out_dir)


def _in_threads(write: Callable[[str, pa.Table], list[Path]], tables: dict[str, pa.Table],
                also: Sequence[Callable[[], object]] = ()) -> list[Path]:
    """`write` on every table, `WRITERS` tables at a time, the longest first (to end together), then the
    work `also` (files that do not depend on the tables' files: they fill a thread that would wait for the
    longest table); the paths in the tables' order. Each file is written by one thread, so its bytes do
    not depend on the others."""
    longest_first = sorted(tables, key=lambda name: -tables[name].num_rows)
    with ThreadPoolExecutor(WRITERS) as pool:
        futures = {name: pool.submit(write, name, tables[name]) for name in longest_first}
        others: list[Future] = [pool.submit(work) for work in also]
        try:
            for other in others:
                other.result()
            return [path for name in tables for path in futures[name].result()]
        except BaseException:  # an error, or Ctrl-C: no table is started after it
            for future in (*futures.values(), *others):
                future.cancel()
            raise


def write_all(tables: Mapping[str, pa.Table], out_dir: Path, after_row_group: Callable[[], None] = _nothing,
              written: Written | None = None, by_year: bool = False, workbook: bool = False) -> list[Path]:
    """Write every table (`WRITERS` at a time, each in a thread) as Parquet and CSV
    (and, with `workbook`, for a small release, one Excel workbook), the data dictionary, datapackage.json,
    sources.csv and the dataset card README.md (from `reports`) and, last, SHA256SUMS of the bytes written
    (and of the files already in `written`). `by_year`: the tables that have a year are written as Parquet
    datasets partitioned by it instead of one file (see `write_partitioned`), without CSV copies."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = written or Written(out_dir)
    after_row_group = partial(_let_go, after_row_group)
    every = {}
    for name in TABLES:  # the tables read here, in this thread
        every[name] = tables[name]
        after_row_group()  # the pages of its record batches' headers (~64 KB a run, mapped around each)
    reports = every["reports"]
    years = _report_years(reports) if by_year else {}

    def write(name: str, table: pa.Table) -> list[Path]:
        if by_year and partitionable(name):
            return write_partitioned(name, table, years, written, after_row_group)
        return [write_arrow(name, table, out_dir, after_row_group, written, csv=True)]

    beside = (partial(written.write_text, "DATA_DICTIONARY.md", dictionary_markdown()),
              partial(write_sources, reports, written, after_row_group), partial(write_card, reports, written, by_year))
    paths = _in_threads(write, every, beside)
    if workbook:
        write_xlsx(written)
    write_descriptor(out_dir, written)
    write_checksums(written)
    return paths
