"""Collect a build's tidied results in chunks and spool them to disk as Arrow, so memory does not
grow with the inputs.

Every table but `reports` and `crossyear` is made report by report, where the report was processed
(`report.tidied`, as columns), except for the few reports held back until the body's adjacent years
have been seen (`pinning`); each chunk of kept reports is appended to per-table Arrow IPC files
in a temporary folder (one sorted run per chunk), `reports` rows too. Only hash bytes and ids (for
deduplication), the first report of each body and year, and a tuple of the few values `crossyear`
joins per counted report stay in memory. The writer reads each table back memory-mapped and takes
the runs' rows a report at a time in key order (`runs`), a row group at a time, so the output is the
same whatever the chunk size, and memory stays small however long the tables.
"""

from __future__ import annotations

import mmap
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import fields
from pathlib import Path

import pyarrow as pa

from gidata.build.dedupe import BodyYearGroups, Deduper
from gidata.build.pinning import Held, LedgerBook, released
from gidata.build.report import Tidied
from gidata.check.crossyear import HEAD, ITEMS, crossyear_batches, needed
from gidata.records import Report
from gidata.release.dictionary import TABLES
from gidata.release.tidy import columns_of
from gidata.release.write import sort_indices

CHUNK_REPORTS = 500  # reports tidied at a time: their facts as dicts are what the build holds
ROWS_AT_ONCE = 20_000  # rows of `reports` and `crossyear` converted to Arrow at a time


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
        if name not in self._writers:
            self._writers[name] = pa.ipc.new_file(str(self._path(name)), TABLES[name].schema())
        table = pa.Table.from_pydict(columns, schema=TABLES[name].schema())
        self._writers[name].write_table(table.take(sort_indices(name, table)))  # a sorted run

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
        moved.unlink()  # its pages stay mapped until the spool is closed
        self.drop_pages()

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


_REPORT_COLUMNS = tuple(f.name for f in fields(Report))


class Collector:
    """Takes the tidied results in input order: deduplicates them, spools the kept reports' rows
    every `chunk` reports and every `reports` row, and at the end `crossyear`."""

    def __init__(self, spool: Spool, chunk: int = CHUNK_REPORTS) -> None:
        self.spool, self.chunk = spool, max(1, chunk)
        self.facts = self.breaks = self.rows = 0
        self.statuses: Counter[str] = Counter()
        self._deduper, self._groups = Deduper(), BodyYearGroups()
        self._pending: dict[str, dict[str, list]] = {}
        self._kept = 0
        self._reports: list[Report] = []
        self._counted: list[tuple] = []  # of each counted report, what crossyear reads: HEAD, then ITEMS
        self._ledgers, self._held = LedgerBook(), Held(spool.folder)

    def add(self, done: Tidied) -> None:
        """One input's result: its `reports` row always; its other rows if its text is new (a result
        with a ledger row left to the adjacent years waits for the end of the build: `pinning`)."""
        report = self._deduper.admit(done.report)
        self._groups.add(report)
        if report is done.report and report.counted:
            self._ledgers.add(report, done.ledger)
        if report is done.report and done.open is not None:
            self._held.add(done)
            return
        self._count(report)
        if report is done.report:  # else a duplicate: counted where it was first seen
            self._keep(done)

    def _count(self, report: Report) -> None:
        """An input's `reports` row and status."""
        self.statuses[report.status] += 1
        self.rows += report.source_row is not None
        self._reports.append(report)
        if len(self._reports) >= ROWS_AT_ONCE:
            self._flush_reports()

    def _keep(self, done: Tidied) -> None:
        """The rows of a report whose text is new."""
        report = done.report
        self.facts += done.facts
        self.breaks += done.breaks
        if report.counted:
            self._counted.append((*(getattr(report, k) for k in HEAD), *needed(done.values)))
        for name, columns in done.tables.items():
            pending = self._pending.setdefault(name, {k: [] for k in columns})
            for k, values in columns.items():
                pending[k].extend(values)
        self._kept += 1
        if self._kept >= self.chunk:
            self.flush()

    def flush(self) -> None:
        """Append the pending rows of the per-report tables to the spool."""
        for name, columns in self._pending.items():
            self.spool.append_columns(name, columns)
        self._pending, self._kept = {}, 0

    def _flush_reports(self) -> None:
        if self._reports:
            self.spool.append_columns("reports", {k: [getattr(r, k) for r in self._reports] for k in _REPORT_COLUMNS})
            self._reports = []

    def finish(self) -> None:
        """Spool the last rows, fill in what relates reports to each other (sources, groups), then `crossyear`."""
        for done in released(self._held, self._ledgers):
            self._count(done.report)
            self._keep(done)
        self.flush()
        self._flush_reports()
        self.spool.rewrite("reports", self._related)
        self._crossyear()

    def _crossyear(self) -> None:
        """Spool `crossyear`, joined from the counted reports' few values (see `crossyear_batches`)."""
        names = (*HEAD, *ITEMS)
        counted = dict(zip(names, map(list, zip(*self._counted)))) if self._counted else {k: [] for k in names}
        self._counted = []
        for columns in crossyear_batches(counted):
            self.spool.append_columns("crossyear", columns)

    def _related(self, batch: pa.RecordBatch) -> pa.RecordBatch:
        """A batch of `reports` with its sources and body_year_group columns filled in."""
        rows = zip(*(batch.column(k).to_pylist() for k in ("report_id", "status", "text_sha256", "body", "year")))
        sources, groups = [], []
        for report_id, status, text, body, year in rows:
            sources.append(self._deduper.sources(report_id, status, text))
            groups.append(self._groups.group(status, body, year))
        return _with_columns(batch, {"sources": pa.array(sources, pa.string()),
                                     "body_year_group": pa.array(groups, pa.string())})


def _with_columns(batch: pa.RecordBatch, columns: dict[str, pa.Array]) -> pa.RecordBatch:
    """A batch with some of its columns replaced."""
    return pa.RecordBatch.from_arrays([columns.get(f.name, batch.column(f.name)) for f in batch.schema],
                                      schema=batch.schema)
