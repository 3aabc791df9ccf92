"""Tables partitioned by year (hive layout) hold the rows of the single files and read as one table
with pandas, DuckDB, polars, Dask and `gidata.load`."""

from __future__ import annotations

from pathlib import Path

import dask.dataframe as dd
import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from gidata.build.run import build
from gidata.release.checksums import checksum_problems
from gidata.release.dictionary import TABLES
from gidata.release.load import load

from .conftest import CORPUS, SAMPLE


@pytest.fixture(scope="module")
def layouts(tmp_path_factory) -> tuple[Path, Path]:
    """The corpus built twice: one file per table, and partitioned by year."""
    single, by_year = tmp_path_factory.mktemp("single"), tmp_path_factory.mktemp("by_year")
    build([SAMPLE, CORPUS], single, workers=1)
    build([SAMPLE, CORPUS], by_year, workers=1, by_year=True)
    return single, by_year


def _rows(frame: pd.DataFrame, name: str) -> list[tuple]:
    """A table's rows as sorted tuples of its dictionary columns, nulls as None."""
    columns = [c.name for c in TABLES[name].columns]
    frame = frame[columns].astype(object).where(frame[columns].notna(), None)
    return sorted(map(tuple, frame.itertuples(index=False)), key=repr)


def test_the_partitions_are_hive_folders_of_years_and_unknown_years(layouts):
    _, by_year = layouts
    assert not (by_year / "facts.parquet").exists() and (by_year / "crossyear.parquet").is_file()
    assert (by_year / "facts" / "year=2019" / "part-0.parquet").is_file()
    assert (by_year / "reports" / "year=__HIVE_DEFAULT_PARTITION__" / "part-0.parquet").is_file()
    assert checksum_problems(by_year) == []


@pytest.mark.parametrize("name", ["reports", "facts", "applications", "harmonised"])
def test_every_reader_sees_the_rows_of_the_single_file(layouts, name):
    single, by_year = layouts
    expected = _rows(pq.read_table(single / f"{name}.parquet").to_pandas(), name)
    folder = by_year / name
    readers = {
        "pandas": pd.read_parquet(folder, partitioning=None),
        "duckdb": duckdb.sql(f"select * from read_parquet('{folder}/*/*.parquet', hive_partitioning=true)").df(),
        "polars": pl.read_parquet(folder, hive_partitioning=True).to_pandas(),
        "dask": dd.read_parquet(folder).compute(),
    }
    for reader, frame in readers.items():
        assert _rows(frame, name) == expected, reader


def test_a_facts_partition_holds_the_facts_of_that_years_reports(layouts):
    single, by_year = layouts
    reports = pq.read_table(single / "reports.parquet", columns=["report_id", "year"]).to_pandas()
    ids = set(reports.loc[reports["year"] == 2020, "report_id"])
    facts = pq.read_table(by_year / "facts" / "year=2020" / "part-0.parquet").to_pandas()
    everything = pq.read_table(single / "facts.parquet").to_pandas()
    assert set(facts["report_id"]) == ids & set(everything["report_id"])
    assert len(facts) == everything["report_id"].isin(ids).sum() and (facts["year"] == 2020).all()


def test_load_reads_either_layout_alike(layouts):
    single, by_year = layouts
    assert load(folder=by_year) == load(folder=single)
    for name in ("reports", "facts", "crossyear"):
        one, other = load(name, single), load(name, by_year)
        assert list(one.columns) == list(other.columns) and (one.dtypes == other.dtypes).all()
        assert _rows(one, name) == _rows(other, name)
