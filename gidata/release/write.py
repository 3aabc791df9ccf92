"""Write the tables as Parquet with the dictionary's schema, sorted by key, byte-reproducibly."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from gidata.release.datapackage import write_descriptor
from gidata.release.dictionary import TABLES, dictionary_markdown
from gidata.release.checksums import write_checksums, write_sources
from gidata.release.card import write_card
from gidata.release.exports import write_csv, write_xlsx
from gidata.release.output import Written
from gidata.release.tidy import columns_of

ROW_GROUP_SIZE = 20_000
WRITER = {"compression": "zstd", "write_statistics": True, "use_dictionary": True, "store_schema": True}


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


def sort_indices(name: str, table: pa.Table) -> pa.Array:
    """The row order `to_arrow` gives, computed by Arrow: a stable sort, nulls first, on the key columns."""
    order = sort_order(name)
    return pc.sort_indices(table.select(list(order)), sort_keys=[(k, "ascending", "at_start") for k in order])


def write_arrow(name: str, table: pa.Table, out_dir: Path, after_row_group: Callable[[], None] = _nothing,
                written: Written | None = None) -> Path:
    """Sort an Arrow table by key and write it to `out_dir/name.parquet` (zstd, fixed row groups).

    Only the sort order (8 bytes a row) and one row group are held beyond `table` itself, which may
    be memory-mapped: `after_row_group` may drop the pages read. The bytes equal those of writing
    the sorted table whole.
    """
    written = written or Written(out_dir)
    order = sort_indices(name, table).cast(pa.int64()).to_numpy()
    after_row_group()
    with written.open(f"{name}.parquet") as sink, pq.ParquetWriter(sink, TABLES[name].schema(), **WRITER) as writer:
        if table.num_rows == 0:
            writer.write_table(table.combine_chunks(), row_group_size=ROW_GROUP_SIZE)
        for start in range(0, table.num_rows, ROW_GROUP_SIZE):
            writer.write_table(_gather(table, order[start:start + ROW_GROUP_SIZE]), row_group_size=ROW_GROUP_SIZE)
            after_row_group()
    return out_dir / f"{name}.parquet"


def _gather(table: pa.Table, wanted: np.ndarray) -> pa.Table:
    """The rows `wanted` of `table`, in that order, copied from one slice of each record batch they are in.

    When the batches are each sorted (sorted runs, as the spool writes them), each row group needs a
    short contiguous slice of each, so only those pages of a memory-mapped table are read.
    """
    batches = table.to_batches()
    starts = np.cumsum([0] + [b.num_rows for b in batches])
    run = np.searchsorted(starts, wanted, side="right") - 1
    within = wanted - starts[run]
    pieces, local, offset = [], np.empty_like(wanted), 0
    for r in np.unique(run):
        mask = run == r
        low, high = within[mask].min(), within[mask].max() + 1
        pieces.append(batches[r].slice(low, high - low))
        local[mask] = within[mask] - low + offset
        offset += high - low
    return pa.Table.from_batches(pieces, schema=table.schema).combine_chunks().take(local)


def write_table(name: str, rows: list[dict], out_dir: Path) -> Path:
    """Write one table of rows to `out_dir/name.parquet`."""
    return write_arrow(name, unsorted_arrow(name, rows), out_dir)


def write_all(tables: Mapping[str, pa.Table], out_dir: Path,
              after_row_group: Callable[[], None] = _nothing, written: Written | None = None) -> list[Path]:
    """Write every table (read from `tables` one at a time) as Parquet and CSV (and, for a small
    release, one Excel workbook), the data dictionary, datapackage.json, sources.csv and the dataset
    card README.md (from `reports`) and, last, SHA256SUMS of the bytes written (and of the files
    already in `written`)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = written or Written(out_dir)
    paths = [write_arrow(name, tables[name], out_dir, after_row_group, written) for name in TABLES]
    write_csv(written)
    write_xlsx(written)
    written.write_text("DATA_DICTIONARY.md", dictionary_markdown())
    write_sources(tables["reports"], written)
    write_card(tables["reports"], written)
    write_descriptor(out_dir, written)
    write_checksums(written)
    return paths
