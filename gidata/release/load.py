"""Load a released dataset as a DataFrame with the dictionary's dtypes, after checking its hash."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from gidata.errors import DatasetError
from gidata.release.datapackage import file_sha256
from gidata.release.dictionary import TABLES, Table
from gidata.release.checksums import CHECKSUMS, read_checksums
from gidata.release.partitions import partitions

RELEASE_DIR = Path(__file__).resolve().parents[2] / "datasets"
ENV_VARIABLE = "GIDATA_DATA"
_NULLABLE = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def data_dir() -> Path:
    """Where datasets are read from: $GIDATA_DATA when set, else the repository's `datasets/`."""
    return Path(os.environ.get(ENV_VARIABLE) or RELEASE_DIR)


def load(name: str | None = None, folder: Path | str | None = None, verify: bool = True):
    """The dataset `name` as a DataFrame; with no name, the list of dataset names in the folder.

    Columns with a fixed vocabulary are categoricals, ordered where the order means something
    (level, regime, applicant type); integer and boolean columns keep their nulls. A table written
    partitioned by year (`gidata build --partition-by-year`) is read whole, with the same columns,
    its rows year by year.
    """
    folder = Path(folder) if folder else data_dir()
    if name is None:
        names = [n for n in TABLES if _files(folder, n)]
        if not names:
            raise DatasetError(_no_release(folder))
        return names
    if name not in TABLES:
        raise DatasetError(f"unknown dataset {name!r}; the datasets are: {', '.join(TABLES)}")
    files = _files(folder, name)
    if not files:
        raise DatasetError(_no_release(folder))
    if verify:
        for path in files:
            _check_hash(folder, path.relative_to(folder).as_posix())
    table = pq.read_table(files[0] if files[0].parent == folder else folder / name, partitioning=None)
    return _with_dtypes(table.select([c.name for c in TABLES[name].columns]), TABLES[name])


def _files(folder: Path, name: str) -> list[Path]:
    """The Parquet files of a table: `name.parquet`, or the year partitions under `name/`."""
    single = folder / f"{name}.parquet"
    return [single] if single.is_file() else list(partitions(folder, name).values())


def _no_release(folder: Path) -> str:
    return (f"no released datasets in {folder}. The package does not carry the data: clone the repository "
            f"(its datasets/ folder is the release, or `make datasets` rebuilds it), or point {ENV_VARIABLE} "
            "at a folder of released Parquet files or at the --out folder of `gidata build`")


def _check_hash(folder: Path, name: str) -> None:
    listed = read_checksums(folder).get(name)
    if listed is None:
        raise DatasetError(f"{name} is not listed in {folder / CHECKSUMS}; "
                           "pass verify=False to load an unchecked file")
    if file_sha256(folder / name) != listed:
        raise DatasetError(f"{folder / name} differs from its SHA-256 in {CHECKSUMS}: not the file that was released")


def _with_dtypes(table: pa.Table, table_def: Table) -> pd.DataFrame:
    frame = table.to_pandas(types_mapper=_NULLABLE.get)
    for column in table_def.columns:
        if column.allowed and column.name in frame:
            frame[column.name] = pd.Categorical(frame[column.name], categories=list(column.allowed),
                                                ordered=column.ordered)
    return frame
