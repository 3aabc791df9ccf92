"""A few inputs' tidied results made into Arrow where they were processed (a worker), so that the
main process, which takes every input in order, does little work per value.

A worker runs a task's inputs one by one (`report.tidied`), then `chunk_of` puts their rows
together: one record batch per table, its rows sorted by the table's key (each report's rows one
stretch, in key order, as `release.runs` needs). Beside the batches go what the main process
decides on per report: the `Report` (deduplication, groups, statuses; its `reports` row is made
Arrow there, many rows at a time, as crawl tables give mostly one-row inputs), the values
`crossyear` reads and the counts. A duplicate's rows are then dropped by a mask of report ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from itertools import chain

import pyarrow as pa
import pyarrow.compute as pc

from gidata.build.pinning import Waiting, waiting
from gidata.build.report import Tidied
from gidata.check.crossyear import needed
from gidata.records import Report
from gidata.release.dictionary import TABLES
from gidata.release.write import sort_order

REPORT_COLUMNS = tuple(f.name for f in fields(Report))


@dataclass(frozen=True)
class Chunk:
    """Tidied results of consecutive inputs: per report what deduplication decides on, per table one batch."""

    reports: tuple[Report, ...]
    needed: tuple[tuple | None, ...]  # of each counted report, the values `crossyear` reads (`needed`)
    facts: tuple[int, ...]
    breaks: tuple[int, ...]
    tables: dict[str, pa.RecordBatch]  # every per-report table that has rows, but of the held
    ledgers: tuple[dict[str, float], ...] = ()  # of each counted report, its ledger figures (`pinning`)
    held: dict[int, Waiting] = field(default_factory=dict)  # position -> a result awaiting the adjacent years
    held_tables: dict[str, pa.RecordBatch] = field(default_factory=dict)  # the held results' rows as tidied

    def __len__(self) -> int:
        return len(self.reports)

    def __reduce__(self):
        """Pickled (from a worker to the main process) with its batches as Arrow IPC streams, one buffer per
        table: pickling them column by column cost the main process ~2.5 ms per chunk to unpickle."""
        state = {f.name: getattr(self, f.name) for f in fields(self)}
        return _unpickled, ({**state, **{k: _to_ipc(state[k]) for k in _BATCHES}},)


_BATCHES = ("tables", "held_tables")  # the fields of a `Chunk` that hold record batches


def _unpickled(state: dict) -> Chunk:
    """A `Chunk` from its pickled state: the batches read back from their IPC streams (without copying)."""
    return Chunk(**{**state, **{k: _from_ipc(state[k]) for k in _BATCHES}})


def _to_ipc(batches: dict[str, pa.RecordBatch]) -> dict[str, bytes]:
    """Record batches as Arrow IPC streams, as bytes: an Arrow buffer of its own (mutable) was pickled
    as a bytearray, copied twice more on the way."""
    streams = {}
    for name, batch in batches.items():
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, batch.schema) as writer:
            writer.write_batch(batch)
        streams[name] = sink.getvalue().to_pybytes()
    return streams


def _from_ipc(streams: dict[str, bytes]) -> dict[str, pa.RecordBatch]:
    """The record batches of `_to_ipc`."""
    return {name: pa.ipc.open_stream(stream).read_next_batch() for name, stream in streams.items()}


def chunk_of(done: Sequence[Tidied]) -> Chunk:
    """Tidied results as one `Chunk`: their rows as a sorted record batch per table; a result with a
    ledger row left to the adjacent years (`pinning`) also as its report and facts, to be tidied again
    if a row gets pinned (its rows as tidied in `held_tables`, which the main process sets aside)."""
    tables, held_tables = _tables(done)
    return Chunk(tuple(d.report for d in done), tuple(needed(d.values) if d.report.counted else None for d in done),
                 tuple(d.facts for d in done), tuple(d.breaks for d in done), tables, tuple(d.ledger for d in done),
                 {i: waiting(d) for i, d in enumerate(done) if d.open is not None}, held_tables)


def _tables(done: Sequence[Tidied]) -> tuple[dict[str, pa.RecordBatch], dict[str, pa.RecordBatch]]:
    """The rows of the results not held and of the held, as one sorted record batch per table that has
    rows in each: both made as one batch (the held rows after the others, each sorted on their own), then
    sliced, for the cost of a conversion and a sort is mostly per column."""
    shown, held = [d for d in done if d.open is None], [d for d in done if d.open is not None]
    tables: dict[str, pa.RecordBatch] = {}
    held_tables: dict[str, pa.RecordBatch] = {}
    for name in dict.fromkeys(name for d in (*shown, *held) for name in d.tables):
        parts = [d.tables[name] for d in shown if name in d.tables]
        held_parts = [d.tables[name] for d in held if name in d.tables]
        first = sum(map(_length, parts))
        batch = _sorted(name, parts + held_parts, first)
        if parts:
            tables[name] = batch.slice(0, first) if held_parts else batch
        if held_parts:
            held_tables[name] = batch.slice(first) if parts else batch
    return _in_order_of(tables, shown), _in_order_of(held_tables, held)


def _in_order_of(tables: dict[str, pa.RecordBatch], done: list[Tidied]) -> dict[str, pa.RecordBatch]:
    """The tables in the order the results first give them (that of the tables a chunk of them alone has)."""
    return {name: tables[name] for name in dict.fromkeys(name for d in done for name in d.tables)}


def _length(part: dict[str, list] | list[tuple]) -> int:
    """How many rows a report's part of a table holds (as columns or as rows)."""
    return len(part) if isinstance(part, list) else len(next(iter(part.values())))


def _sorted(name: str, parts: list[dict[str, list] | list[tuple]], first: int) -> pa.RecordBatch:
    """Reports' rows of a table as one record batch sorted by key, the `first` rows and the others each on
    their own (see `_order`). Rows given as tuples (the wide tables) are put in order before they are
    made Arrow, as a struct array: a take and a conversion per column cost more than their few rows."""
    if isinstance(parts[0], list):
        rows = list(chain.from_iterable(parts))
        keys = [pa.array([row[i] for row in rows], field.type) for i, field in _key_fields(name)]
        return _struct_batch(name, [rows[i] for i in _order(name, keys, first).to_pylist()])
    batch = _batch(name, _joined(parts))  # type: ignore[arg-type]  # every part is columns, as the first
    return batch.take(_order(name, [batch.column(key) for key, _, _ in _sort_keys(name)], first))


def _order(name: str, keys: list[pa.Array], first: int = 0) -> pa.Array:
    """The order of rows sorted by the table's key columns (`keys`), as `sort_indices` sorts them (a stable sort:
    a report's rows keep their order on ties); the `first` rows and the others each on their own, the first
    staying first."""
    sort_keys, rows = _sort_keys(name), len(keys[0])
    if 0 < first < rows:  # sorted first on whether a row is among the others
        sort_keys = [(_LATER, "ascending", "at_start"), *sort_keys]
        keys = [pa.array([False] * first + [True] * (rows - first), pa.bool_()), *keys]
    return pc.sort_indices(pa.Table.from_arrays(keys, [key for key, _, _ in sort_keys]), sort_keys=sort_keys)


_LATER = "later"


@cache
def _sort_keys(name: str) -> list[tuple[str, str, str]]:
    """`sort_indices`'s sort keys of a table."""
    return [(k, "ascending", "at_start") for k in sort_order(name)]


@cache
def _key_fields(name: str) -> list[tuple[int, pa.Field]]:
    """The place in a row and the field of each of a table's sort keys."""
    schema = schema_of(name)
    return [(schema.get_field_index(key), schema.field(key)) for key, _, _ in _sort_keys(name)]


def _struct_batch(name: str, rows: list[tuple]) -> pa.RecordBatch:
    """Rows (tuples of the table's columns, in order) as a record batch of the table's schema."""
    schema = schema_of(name)
    return pa.RecordBatch.from_struct_array(pa.array(rows, _struct(name))).replace_schema_metadata(schema.metadata)


@cache
def _struct(name: str) -> pa.StructType:
    """A table's schema as the type of a struct array (its fields, with theirs metadata)."""
    return pa.struct(list(schema_of(name)))


def warm_arrow() -> None:
    """Make pyarrow's first conversion from Python values here, before the workers are forked: it imports
    pandas (~0.25 s of CPU), which every worker would otherwise do again on its first chunk."""
    pa.array([], pa.int64())


def reports_batch(reports: Sequence[Report]) -> pa.RecordBatch:
    """`reports` rows as a record batch, in the order given."""
    return _batch("reports", {k: [getattr(r, k) for r in reports] for k in REPORT_COLUMNS})


def _joined(parts: list[dict[str, list]]) -> dict[str, list]:
    """Columns of several reports' rows, one after the other."""
    return {k: list(chain.from_iterable(part[k] for part in parts)) for k in parts[0]}


def _batch(name: str, columns: dict[str, list]) -> pa.RecordBatch:
    """Columns as one record batch of the table's schema."""
    return pa.RecordBatch.from_pydict(columns, schema=schema_of(name))


@cache
def schema_of(name: str) -> pa.Schema:
    """A table's schema, made once per process (it is made from the dictionary's fields)."""
    return TABLES[name].schema()


def kept_rows(batch: pa.RecordBatch, kept: list[str]) -> pa.RecordBatch:
    """The rows of a batch whose report_id is one of `kept`."""
    return batch.filter(pc.is_in(batch.column("report_id"), value_set=pa.array(kept, pa.string())))
