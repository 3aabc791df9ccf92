"""Tidy a build's results in chunks and spool the rows to disk as Arrow, so memory does not grow with the facts.

Every table but `reports` and `crossyear` is made report by report (`tidy.tidy_chunk`); each chunk
of reports is tidied and appended to per-table Arrow IPC files in a temporary folder, and only the
`reports` rows and the few values `crossyear` needs stay in memory. The writer reads each table
back memory-mapped and merges the sorted runs a row group at a time (`write.write_arrow`), so the
output is the same whatever the chunk size, and memory stays small however long the tables.
"""

from __future__ import annotations

import mmap
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from itertools import islice
from pathlib import Path

import pyarrow as pa

from gidata.check.crossyear import crossyear_rows
from gidata.release.dictionary import TABLES
from gidata.build.report import Result
from gidata.release.tidy import COUNTED, crossyear_values, tidy_chunk
from gidata.release.write import sort_indices, unsorted_arrow

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
        if not rows:
            return
        if name not in self._writers:
            self._writers[name] = pa.ipc.new_file(str(self._path(name)), TABLES[name].schema())
        table = unsorted_arrow(name, rows)
        self._writers[name].write_table(table.take(sort_indices(name, table)))  # a sorted run

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
    """Takes the kept results in input order, tidies them every `chunk` reports into the spool."""

    def __init__(self, spool: Spool, chunk: int = CHUNK_REPORTS) -> None:
        self.spool, self.chunk = spool, max(1, chunk)
        self.facts = self.breaks = 0
        self._pending: list[Result] = []
        self._values: dict[str, dict] = {}  # report_id -> the values crossyear reads

    def add(self, result: Result) -> None:
        self._pending.append(result)
        self.facts += len(result.facts)
        self.breaks += sum(not c["holds"] for c in result.checks)
        if len(self._pending) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        """Tidy the pending results and append their rows to the spool."""
        if not self._pending:
            return
        tables = tidy_chunk([r.report for r in self._pending], [f for r in self._pending for f in r.facts],
                            [c for r in self._pending for c in r.checks])
        self._pending = []
        for report_id, values in crossyear_values(tables["facts"]).items():
            self._values.setdefault(report_id, {}).update(values)
        for name, rows in tables.items():
            self.spool.append(name, rows)

    def finish(self, reports: list[dict]) -> None:
        """Spool the last chunk, then `reports` (all of them, final) and `crossyear`."""
        self.flush()
        for start in range(0, len(reports), ROWS_AT_ONCE):
            self.spool.append("reports", reports[start:start + ROWS_AT_ONCE])
        rows = crossyear_rows([r for r in reports if r.get("status") in COUNTED], self._values)
        while part := list(islice(rows, ROWS_AT_ONCE)):  # pairs grow with the square of a body's copies
            self.spool.append("crossyear", part)
