"""Tables partitioned by year (hive layout) hold the rows of the single files and read as one table
with pandas, DuckDB, polars, Dask and `gidata.load`."""

from __future__ import annotations

import json
from pathlib import Path

import dask.dataframe as dd
import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from gidata.build.run import build
from gidata.release.checksums import checksum_problems, read_checksums
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
    single, by_year = layouts
    assert "partitioned by year" in (by_year / "README.md").read_text(encoding="utf-8")  # the card says so
    assert "partitioned by year" not in (single / "README.md").read_text(encoding="utf-8")
    assert not (by_year / "facts.parquet").exists() and (by_year / "crossyear.parquet").is_file()
    assert (by_year / "facts" / "year_partition=2019" / "part-0.parquet").is_file()
    assert (by_year / "reports" / "year_partition=unknown" / "part-0.parquet").is_file()
    assert checksum_problems(by_year) == []


@pytest.mark.parametrize("name", ["reports", "facts", "applications", "harmonised"])
def test_every_reader_sees_the_rows_of_the_single_file(layouts, name):
    single, by_year = layouts
    expected = _rows(pq.read_table(single / f"{name}.parquet").to_pandas(), name)
    folder = by_year / name
    readers = {  # each with its defaults, the folder as one table
        "pandas": pd.read_parquet(folder),
        "pyarrow": pq.read_table(folder).to_pandas(),
        "duckdb": duckdb.sql(f"select * from '{folder}/*/*.parquet'").df(),
        "polars": pl.read_parquet(folder).to_pandas(),
        "dask": dd.read_parquet(folder).compute(),
    }
    for reader, frame in readers.items():
        assert _rows(frame, name) == expected, reader
        years = ["unknown" if pd.isna(year) else str(int(year)) for year in frame["year"]]
        assert list(frame["year_partition"].astype(str)) == years, reader  # the key the readers add


def test_a_facts_partition_holds_the_facts_of_that_years_reports(layouts):
    single, by_year = layouts
    reports = pq.read_table(single / "reports.parquet", columns=["report_id", "year"]).to_pandas()
    ids = set(reports.loc[reports["year"] == 2020, "report_id"])
    facts = pq.read_table(by_year / "facts" / "year_partition=2020" / "part-0.parquet").to_pandas()
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


def test_the_data_package_describes_each_years_file_and_validates(layouts):
    from frictionless import validate

    _, by_year = layouts
    package = json.loads((by_year / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    sums = read_checksums(by_year)
    parquet = sorted(name for name in sums if name.endswith(".parquet") and "/" in name)
    assert sorted(r["path"] for r in resources.values() if r["format"] == "parquet") == parquet
    facts = resources["facts-2020"]
    assert facts["path"] == "facts/year_partition=2020/part-0.parquet"
    assert facts["hash"] == f"sha256:{sums[facts['path']]}"
    assert [f["name"] for f in facts["schema"]["fields"]] == pq.read_schema(by_year / facts["path"]).names
    assert {"fields": ["report_id"], "reference": {"resource": "reports-2020", "fields": ["report_id"]}} in \
        facts["schema"]["foreignKeys"]
    assert "foreignKeys" not in resources["crossyear"]["schema"]  # its reports may be in any year's file
    report = validate(str(by_year / "datapackage.json"))
    # frictionless reads Parquet through pandas without nullable integers: a null integer is a "nan" it rejects
    errors = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors
              if not (error.type == "type-error" and error.cell == "nan" and "integer" in error.note)]
    assert errors == [] and len(report.tasks) == len(resources)
