"""Collect a build's tidied results in chunks and spool them to disk as Arrow, so memory does not
grow with the inputs.

Every table but `reports` and `crossyear` is made where the reports were processed: report by report
(`report.tidied`), then a task's reports together as one Arrow record batch per table, sorted by
key (`chunk.chunk_of`). Here the batches of the kept reports are put together and appended to
per-table Arrow IPC files in a temporary folder (one run per `chunk` kept reports, each report's
rows one sorted stretch of it); `reports` rows are made Arrow here from the admitted `Report`s (a
sorted run per `ROWS_AT_ONCE`). Only hash bytes and ids (for deduplication), the first report of each
body and year, and a tuple of the few values `crossyear` joins per counted report stay in memory;
`crossyear` is joined and evaluated in Arrow at the end. A result with a ledger row left to the
body's adjacent years is held back, spilled to disk, and released at the end (`pinning`). The
writer reads each table back memory-mapped and takes the runs' rows a report at a time in key order
(`runs`), a row group at a time, so the output is the same whatever the chunk size, and memory stays
small however long the tables.
"""

from __future__ import annotations

import contextlib
import ctypes
import mmap
import shutil
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from gidata.build.chunk import Chunk, chunk_of, kept_rows, reports_batch, schema_of
from gidata.build.dedupe import BodyYearGroups, Deduper
from gidata.build.executors import CHUNK
from gidata.build.pinning import Held, LedgerLog, Pinned, repinned, to_release
from gidata.check.crossyear import HEAD, ITEMS, counted_schema, crossyear_tables
from gidata.records import Report
from gidata.release.dictionary import TABLES
from gidata.release.tidy import columns_of
from gidata.release.write import sort_indices

CHUNK_REPORTS = 500  # kept reports per run of a per-report table: their rows as Arrow are what the build holds
ROWS_AT_ONCE = 20_000  # rows of `reports` per run
ARROW_AT_ONCE = 1_000  # `reports` rows and counted reports made Arrow at a time (a Report is ~2 KB of Python objects)
RELEASED_AT_ONCE = 64  # held results made into a chunk at a time when they are released


class Spool(Mapping):
    """Per-table Arrow IPC files in a temporary folder: rows are appended, tables read back memory-mapped."""

    def __init__(self, parent: Path) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=".spool-", dir=parent))
        self._writers: dict[str, pa.ipc.RecordBatchFileWriter] = {}
        self._maps: list[mmap.mmap] = []  # the files read back; Arrow's tables point into them

    def append(self, name: str, rows: list[dict]) -> None:
        """Add rows to a table as one record batch sorted by key (a run of a merge sort), in the
        dictionary's schema (an unknown column is an error)."""
        if rows:
            self.append_columns(name, columns_of(name, rows))

    def append_columns(self, name: str, columns: dict[str, list]) -> None:
        """Add rows given as the table's columns (lists of values), as one sorted run."""
        self.append_table(name, pa.Table.from_pydict(columns, schema=TABLES[name].schema()))

    def append_table(self, name: str, table: pa.Table, sort: bool = True) -> None:
        """Add a table's rows as one run: sorted by key, or (`sort` False) as they are, which must
        then be each report's rows sorted, one stretch each (see `runs`)."""
        schema = schema_of(name)
        if name not in self._writers:
            self._writers[name] = pa.ipc.new_file(str(self._path(name)), schema)
        table = table.combine_chunks()
        if not table.schema.equals(schema, check_metadata=True):
            table = pa.Table.from_arrays(table.columns, schema=schema)
        self._writers[name].write_table(table.take(sort_indices(name, table)) if sort else table)

    def rewrite(self, name: str, change: Callable[[pa.RecordBatch], pa.RecordBatch]) -> None:
        """Replace a table's file by one whose every record batch went through `change` (which
        must keep its rows and their order)."""
        old = self[name]
        if not self._path(name).exists():
            return
        moved = self._path(name).with_suffix(".old")
        self._path(name).rename(moved)
        with pa.ipc.new_file(str(self._path(name)), TABLES[name].schema()) as writer:
            for batch in old.to_batches():
                writer.write_batch(change(batch))
                self.drop_pages()  # else every page of the old file is resident by the end (~470 MB at 10^6 rows)
        moved.unlink()  # its pages stay mapped until the spool is closed

    def __getitem__(self, name: str) -> pa.Table:
        """The rows appended to a table, memory-mapped: one record batch (sorted run) per append."""
        if name not in TABLES:
            raise KeyError(name)
        writer = self._writers.pop(name, None)
        if writer is not None:
            writer.close()
        if not self._path(name).exists():
            return TABLES[name].schema().empty_table()
        with self._path(name).open("rb") as handle:
            self._maps.append(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
        return pa.ipc.open_file(pa.BufferReader(pa.py_buffer(self._maps[-1]))).read_all()

    def drop_pages(self) -> None:
        """Let go of the pages of the files read so far: they stay on disk (and in the page cache), not
        in this process, and are read again if touched. Called after each row group written."""
        for mapped in self._maps if hasattr(mmap, "MADV_DONTNEED") else ():  # not on Windows
            mapped.madvise(mmap.MADV_DONTNEED)

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def _path(self, name: str) -> Path:
        return self.folder / f"{name}.arrow"

    def close(self) -> None:
        """Close the files and remove the folder."""
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        self._maps.clear()  # closed when the last table pointing into them is gone
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Collector:
    """Takes the tidied chunks in input order: deduplicates their reports, spools the kept reports'
    rows every `chunk` reports that have rows (not every `chunk` inputs: 98% of a crawl table's rows
    give only their `reports` row) and every `reports` row, and at the end `crossyear`."""

    def __init__(self, spool: Spool, chunk: int = CHUNK_REPORTS) -> None:
        self.spool, self.chunk = spool, max(1, chunk)
        self.facts = self.breaks = self.rows = 0
        self.statuses: Counter[str] = Counter()
        self._deduper, self._groups = Deduper(), BodyYearGroups()
        self._pending: dict[str, list[pa.RecordBatch]] = {}
        self._held_rows = Spool(spool.folder)  # the held results' rows as tidied, until the end tells which stay
        self._held_pending: dict[str, list[pa.RecordBatch]] = {}
        self._kept = 0
        self._reports: list[Report] = []  # made Arrow `ARROW_AT_ONCE` at a time, into `_report_batches`
        self._report_batches: list[pa.RecordBatch] = []
        self._counted: list[tuple] = []  # of each counted report, what crossyear reads: HEAD, then ITEMS
        self._counted_tables: list[pa.Table] = []  # `_counted` made Arrow `ARROW_AT_ONCE` at a time
        self._ledgers, self._held = LedgerLog(spool.folder / "ledgers.pickle"), Held(spool.folder)

    def add(self, done: Chunk) -> None:
        """A chunk of inputs' results: their `reports` rows always; their other rows if their text is new (a
        result with a ledger row left to the adjacent years waits for the end of the build: `pinning`)."""
        admitted = [self._deduper.admit(report) for report in done.reports]
        held = []
        for i, (report, given) in enumerate(zip(admitted, done.reports)):
            self._groups.add(report)
            if report is given and given.counted:
                self._ledgers.add(given, done.ledgers[i])
            if report is given and i in done.held:  # counted when released
                self._held.add(done.held[i], (given, done.needed[i], done.facts[i], done.breaks[i]))
                held.append(i)
            else:
                self._count(report)
        self._add_reports([admitted[i] for i in done.held if admitted[i] is not done.reports[i]])  # duplicates
        self._take(done, admitted, [i for i in range(len(done)) if i not in done.held], held)

    def _take(self, done: Chunk, admitted: Sequence[Report], shown: list[int], held: Sequence[int] = ()) -> None:
        """The `reports` rows of a chunk's shown results (not held), and the other rows of the kept; the rows
        of the `held` (kept) results are set aside until the end of the build (`_release`)."""
        kept = [i for i in shown if admitted[i] is done.reports[i]]
        for i in kept:
            self.facts += done.facts[i]
            self.breaks += done.breaks[i]
            values = done.needed[i]
            if values is not None:
                self._counted.append((*(getattr(admitted[i], k) for k in HEAD), *values))
        if len(self._counted) >= ARROW_AT_ONCE:
            self._counted_arrow()
        everyone = len(kept) == len(shown)
        ids = [] if everyone else [admitted[i].report_id for i in kept]
        self._add_reports([admitted[i] for i in shown])
        for name, batch in done.tables.items():
            self._pending.setdefault(name, []).append(batch if everyone else kept_rows(batch, ids))
        every_held = len(held) == len(done.held)
        held_ids = [] if every_held else [done.reports[i].report_id for i in held]
        for name, batch in done.held_tables.items():
            self._held_pending.setdefault(name, []).append(batch if every_held else kept_rows(batch, held_ids))
        self._kept += sum(1 for i in kept if done.facts[i] or admitted[i].counted) + len(held)  # those with rows
        if self._kept >= self.chunk:
            self.flush()

    def _count(self, report: Report) -> None:
        """A report's status, in the build's summary."""
        self.statuses[report.status] += 1
        self.rows += report.source_row is not None

    def _add_reports(self, reports: list[Report]) -> None:
        """`reports` rows, as deduplication admitted them (made Arrow here, many at a time: a row costs
        little then, where a worker's few rows paid for a whole batch)."""
        self._reports.extend(reports)
        if len(self._reports) >= ARROW_AT_ONCE:
            self._report_batches.append(reports_batch(self._reports))
            self._reports = []
            if sum(batch.num_rows for batch in self._report_batches) >= ROWS_AT_ONCE:
                self._flush_reports()

    def flush(self) -> None:
        """Append the pending rows of the per-report tables to the spool, a run per table (each
        chunk's batch is sorted, so the run is each report's rows sorted, one stretch each)."""
        for name, batches in self._pending.items():
            self.spool.append_table(name, pa.Table.from_batches(batches), sort=False)
        for name, batches in self._held_pending.items():
            self._held_rows.append_table(name, pa.Table.from_batches(batches), sort=False)
        self._pending, self._held_pending, self._kept = {}, {}, 0

    def _flush_reports(self) -> None:
        """Spool the `reports` rows made so far as one run."""
        batches = self._report_batches + ([reports_batch(self._reports)] if self._reports else [])
        if batches:
            self.spool.append_table("reports", pa.Table.from_batches(batches))
        self._reports, self._report_batches = [], []

    def _counted_arrow(self) -> None:
        """The counted reports' values noted so far as one Arrow table (a few bytes a value, not a Python object)."""
        if self._counted:
            columns = dict(zip((*HEAD, *ITEMS), map(list, zip(*self._counted))))
            self._counted_tables.append(pa.Table.from_pydict(columns, schema=counted_schema()))
            self._counted = []

    def finish(self, run: Callable[[Callable[[Repins], Chunk], Iterator[Repins]], Iterator[Chunk]] = map) -> None:
        """Release the held results (`pinning`), spool the last rows, fill in what relates reports to each
        other (sources, groups), then `crossyear`. `run`: maps `repinned_chunk` over the held results that
        get a row pinned, in order (a build's workers: they are idle by then)."""
        parts: deque[list[tuple[object, bool]]] = deque()  # held results on their way through `run`

        def pinned_parts() -> Iterator[Repins]:
            for part in batched(to_release(self._held, self._ledgers), RELEASED_AT_ONCE):
                parts.append([(kept, again is not None) for kept, again in part])
                yield Repins(tuple(again for _, again in part if again is not None))

        pinned: list[str] = []
        for again in run(repinned_chunk, pinned_parts()):
            part = parts.popleft()
            done = _released_chunk(part, again)
            pinned += [report.report_id for report, (_, repinned) in zip(done.reports, part) if repinned]
            for report in done.reports:
                self._count(report)
            self._take(done, done.reports, list(range(len(done))))
        self.flush()
        self._release(pinned)
        self._flush_reports()
        give_back()
        self.spool.rewrite("reports", self._related)
        self._deduper, self._groups = Deduper(), BodyYearGroups()  # done with: their memory for the writer
        self._crossyear()
        give_back()

    def _release(self, pinned: list[str]) -> None:
        """Spool the rows set aside of the held results that kept them (all but the `pinned`, whose rows were
        made again), a run per run set aside."""
        ids = pa.array(pinned, pa.string())
        for name in TABLES:
            for batch in self._held_rows[name].to_batches():
                rows = batch.filter(pc.invert(pc.is_in(batch.column("report_id"), value_set=ids)))
                if rows.num_rows:
                    self.spool.append_table(name, pa.Table.from_batches([rows]), sort=False)
                self._held_rows.drop_pages()
        self._held_rows.close()

    def _crossyear(self) -> None:
        """Spool `crossyear`, joined from the counted reports' few values (see `crossyear_tables`)."""
        self._counted_arrow()
        tables, self._counted_tables = self._counted_tables, []
        blocks = crossyear_tables(pa.concat_tables(tables) if tables else counted_schema().empty_table())
        del tables  # `crossyear_tables` lets go of the counted reports once it has keyed them
        for table in blocks:
            self.spool.append_table("crossyear", table)

    def _related(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """A batch of `reports` with its sources and body_year_group columns filled in."""
        rows = zip(*(batch.column(k).to_pylist() for k in ("report_id", "status", "text_sha256", "body", "year")))
        sources, groups = [], []
        for report_id, status, text, body, year in rows:
            sources.append(self._deduper.sources(report_id, status, text))
            groups.append(self._groups.group(status, body, year))
        return _with_columns(batch, {"sources": pa.array(sources, pa.string()),
                                     "body_year_group": pa.array(groups, pa.string())})


@dataclass(frozen=True)
class Repins:
    """The held results of a part of `RELEASED_AT_ONCE` that get a row pinned: one task of its own (`weight`)."""

    pinned: tuple[Pinned, ...]
    weight: float = CHUNK


def repinned_chunk(repins: Repins) -> Chunk:
    """Held results pinned, checked again and tidied (`pinning.repinned`), as one chunk."""
    return chunk_of([repinned(pinned) for pinned in repins.pinned])


def _released_chunk(part: list[tuple[object, bool]], again: Chunk) -> Chunk:
    """Released results as one chunk, in the order held: a pinned result (True) as tidied again (`again`: those
    of the part, in order), its rows in the chunk's batches; another as it was kept when held (its rows were
    set aside)."""
    made = iter(zip(again.reports, again.needed, again.facts, again.breaks))
    reports, needed, facts, breaks = zip(*(next(made) if repinned else kept for kept, repinned in part))
    return Chunk(reports, needed, facts, breaks, again.tables)


def give_back() -> None:
    """Return the memory freed so far to the system, after a phase that made many Python objects (the held
    results released, `crossyear`): glibc's malloc keeps it otherwise (~75 MB after `crossyear`), and
    the pages of the spooled tables that the writer maps come on top of it. Arrow's pool likewise."""
    pa.default_memory_pool().release_unused()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).malloc_trim(0)


def batched(items: Iterable, size: int) -> Iterator[list]:
    """The items in lists of `size` (the last shorter)."""
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


def _with_columns(batch: pa.RecordBatch, columns: dict[str, pa.Array]) -> pa.RecordBatch:
    """A batch with some of its columns replaced."""
    return pa.RecordBatch.from_arrays([columns.get(f.name, batch.column(f.name)) for f in batch.schema],
                                      schema=batch.schema)
