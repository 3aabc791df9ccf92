"""The layout of a table written partitioned by year (hive): where each year's rows go, and how to find them.

The key of the hive folders is not `year` itself: pandas (through pyarrow) reads a key that is both in
the path and in the files, or a key with null values, only when told `partitioning=None`. Under another
name every reader (pandas, pyarrow, DuckDB, polars, Dask) takes the folder as one table with its
defaults, adding the key as a string column `year_partition`; the files keep their typed `year`, so a
file read alone still has it.
"""

from __future__ import annotations

import re
from pathlib import Path

PARTITION = "year"  # the column a table is partitioned by: its own year, else its report's (added to its files)
PARTITION_KEY = "year_partition"
NO_YEAR = "unknown"  # the partition of the rows without a year
PARTITION_FILE = re.compile(rf"[a-z0-9_]+/{PARTITION_KEY}=(?:\d{{4}}|{NO_YEAR})/part-0\.parquet")


def partition_file(name: str, year: int | None) -> str:
    """The release path of the file of a table's rows of one year (None: without a year)."""
    return f"{name}/{PARTITION_KEY}={NO_YEAR if year is None else year}/part-0.parquet"


def partitions(folder: Path, name: str) -> dict[str, Path]:
    """A table's year partitions in a release folder, by key (`2019`, `unknown`): their files, in key order."""
    return {path.parent.name.partition("=")[2]: path
            for path in sorted((folder / name).glob(f"{PARTITION_KEY}=*/part-0.parquet"))}
