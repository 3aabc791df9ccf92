"""CSV copies of the released Parquet tables, for users who do not read Parquet (the data package describes them)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from gidata.release.dictionary import TABLES


def csv_name(table: str) -> str:
    """The CSV file of a table, beside its Parquet file."""
    return f"{table}.csv"


def write_csv(folder: Path) -> list[Path]:
    """Each table's Parquet file as UTF-8 CSV: a header row, nulls as empty cells, booleans as true/false."""
    paths = []
    for name in TABLES:
        source = folder / f"{name}.parquet"
        if not source.is_file():
            continue
        path = folder / csv_name(name)
        options = pacsv.WriteOptions(include_header=True, batch_size=4096, quoting_style="needed")
        pacsv.write_csv(pq.read_table(source), path, write_options=options)
        paths.append(path)
    return paths
