"""Write the tables as Parquet with the dictionary's schema, sorted by key, byte-reproducibly."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .datapackage import write_descriptor
from .dictionary import TABLES, dictionary_markdown
from .release import write_checksums, write_sources

ROW_GROUP_SIZE = 20_000


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table with the dictionary's schema; a column the dictionary lacks is an error."""
    table_def = TABLES[name]
    known = {c.name for c in table_def.columns}
    extra = {k for row in rows for k in row} - known
    if extra:
        raise KeyError(f"columns not in the data dictionary for {name}: {sorted(extra)}")
    order = _sort_order(table_def)
    rows = sorted(rows, key=lambda r: tuple(_sort_key(r.get(k)) for k in order))
    columns = {c.name: [r.get(c.name) for r in rows] for c in table_def.columns}
    return pa.Table.from_pydict(columns, schema=table_def.schema())


def _sort_order(table_def) -> tuple[str, ...]:
    """Year first where there is one, so that row-group statistics let a reader skip other years."""
    names = {c.name for c in table_def.columns}
    return (("year",) if "year" in names else ()) + table_def.key


def _sort_key(value):
    return (value is not None, value if value is not None else "")


def write_table(name: str, rows: list[dict], out_dir: Path) -> Path:
    """Write one table to `out_dir/name.parquet` (zstd, no timestamps, fixed row groups)."""
    path = out_dir / f"{name}.parquet"
    pq.write_table(to_arrow(name, rows), path, compression="zstd", row_group_size=ROW_GROUP_SIZE,
                   write_statistics=True, use_dictionary=True, store_schema=True)
    return path


def write_all(tables: dict[str, list[dict]], out_dir: Path) -> list[Path]:
    """Write every table, the data dictionary, datapackage.json, sources.csv and, last, SHA256SUMS."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [write_table(name, rows, out_dir) for name, rows in tables.items()]
    (out_dir / "DATA_DICTIONARY.md").write_text(dictionary_markdown(), encoding="utf-8")
    write_sources(tables["reports"], out_dir)
    write_descriptor(out_dir)
    write_checksums(out_dir)
    return paths
