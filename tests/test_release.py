"""The released datasets: checksums, the data package, the loader, other readers, reproducibility."""

import csv
import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

import gidata
from gidata.build.run import build
from gidata.release.dictionary import TABLES
from gidata.release.load import DatasetError
from gidata.release.checksums import SOURCE_COLUMNS, checksum_problems, reproduction_problems

from .conftest import ROOT, SAMPLE

RELEASE = ROOT / "datasets"


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample_build")
    build([SAMPLE], out, workers=1)
    return out


def test_the_release_matches_its_checksums_and_lists_every_table():
    assert checksum_problems(RELEASE) == []
    assert gidata.load(folder=RELEASE) == list(TABLES)


def test_the_release_reproduces_the_rows_of_the_bundled_sample(sample_build):
    assert reproduction_problems(RELEASE, sample_build) == []


def test_the_release_is_what_the_code_builds_from_the_same_inputs(tmp_path, corpus):
    build([SAMPLE, corpus], tmp_path, workers=2)
    for path in sorted(RELEASE.glob("*.parquet")) + [RELEASE / "datapackage.json", RELEASE / "sources.csv"]:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_load_gives_the_dictionary_dtypes_and_ordered_categories(sample_build, monkeypatch):
    monkeypatch.setenv("GIDATA_DATA", str(sample_build))
    applications = gidata.load("applications")
    assert applications["applicant"].cat.ordered
    assert list(applications["applicant"].cat.categories)[-1] == "total"
    regime = applications["regime"].cat
    assert regime.ordered and list(regime.categories) == ["pre2019", "2019", "2021"]
    assert str(applications["year"].dtype) == "Int32"
    reports = gidata.load("reports")
    assert str(reports["n_facts"].dtype) == "Int64" and len(reports) == 5
    assert reports["level"].cat.categories[0] == "province"


def test_load_refuses_an_unknown_name_and_an_altered_file(sample_build, tmp_path):
    with pytest.raises(DatasetError, match="unknown dataset 'nope'"):
        gidata.load("nope", folder=sample_build)
    altered = tmp_path / "altered"
    shutil.copytree(sample_build, altered)
    facts = altered / "facts.parquet"
    pq.write_table(pq.read_table(facts), facts, compression="snappy")  # same rows, other bytes
    with pytest.raises(DatasetError, match="differs from its SHA-256"):
        gidata.load("facts", folder=altered)
    assert checksum_problems(altered) == ["facts.parquet: SHA-256 differs from SHA256SUMS"]
    assert len(gidata.load("facts", folder=altered, verify=False)) == len(gidata.load("facts", folder=sample_build))


def test_load_of_a_folder_without_the_file_says_how_to_get_it(tmp_path):
    with pytest.raises(DatasetError, match="make datasets"):
        gidata.load("reports", folder=tmp_path)


def test_datapackage_describes_every_table_csv_with_its_hash_schema_and_parquet_twin():
    package = json.loads((RELEASE / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == gidata.__version__
    sums = dict(reversed(line.split()) for line in (RELEASE / "SHA256SUMS").read_text().splitlines())
    assert [r["name"] for r in package["resources"]] == list(TABLES)
    for resource in package["resources"]:
        path = RELEASE / resource["path"]
        assert resource["hash"] == f"sha256:{sums[path.name]}"
        assert resource["bytes"] == path.stat().st_size
        names = [f["name"] for f in resource["schema"]["fields"]]
        assert names == pq.read_schema(RELEASE / f"{resource['name']}.parquet").names
        assert names == next(csv.reader(path.open(encoding="utf-8")))
        assert set(resource["schema"]["primaryKey"]) <= set(names)
        assert f"{resource['name']}.parquet" in sums


def test_frictionless_validates_the_data_package_with_zero_errors():
    from frictionless import validate

    report = validate(str(RELEASE / "datapackage.json"))
    errors = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]
    assert report.valid, errors[:10]
    package = json.loads((RELEASE / "datapackage.json").read_text(encoding="utf-8"))
    facts = next(r for r in package["resources"] if r["name"] == "facts")
    assert {"fields": ["report_id"], "reference": {"resource": "reports", "fields": ["report_id"]}} in \
        facts["schema"]["foreignKeys"]
    fields = {f["name"]: f for r in package["resources"] for f in r["schema"]["fields"]}
    assert fields["req_new"]["type"] == "integer" and fields["budget_wan_yuan"]["unit"] == "万元"


def test_the_csv_exports_hold_the_rows_of_the_parquet_files():
    for name in TABLES:
        frame = pd.read_csv(RELEASE / f"{name}.csv", dtype=str, keep_default_na=False)
        assert len(frame) == pq.read_metadata(RELEASE / f"{name}.parquet").num_rows, name


def test_kept_reports_keep_their_origin_and_the_address_sources_csv_gives():
    reports = gidata.load("reports", folder=RELEASE)
    kept = reports[reports["status"].isin(["ok", "partial"])]
    assert kept["origin"].notna().all(), kept.loc[kept["origin"].isna(), "report_id"].tolist()
    with (ROOT / "corpus" / "SOURCES.csv").open(encoding="utf-8") as handle:
        urls = {row["file"]: row["url"] for row in csv.DictReader(handle) if row["url"]}
    for report_id, url in zip(kept["report_id"], kept["url"]):
        if report_id.startswith("reports/") and Path(report_id).name in urls:
            assert url == urls[Path(report_id).name], report_id
    sources = pd.read_csv(RELEASE / "sources.csv", dtype=str)
    assert sources.loc[sources["status"].isin(["ok", "partial"]), "origin"].notna().all()


def test_table_facts_keep_the_column_code_and_its_printed_header():
    facts = gidata.load("facts", folder=RELEASE)
    pairs = set(zip(facts["column_label"].dropna(), facts["column_header"].dropna()))
    assert {("research", "科研机构"), ("issued", "本年制发件数"),
            ("suit_direct_pending", "行政诉讼 未经复议直接起诉 尚未审结"), ("natural_person", "自然人")} <= pairs
    coded = facts[facts["column_label"].notna()]
    assert coded["column_header"].notna().all(), coded.loc[coded["column_header"].isna(), "column_label"].unique()


def test_sources_csv_lists_every_input_report_once():
    sources = pd.read_csv(RELEASE / "sources.csv", dtype=str)
    reports = gidata.load("reports", folder=RELEASE)
    assert tuple(sources.columns) == SOURCE_COLUMNS
    assert sorted(sources["report_id"]) == sorted(reports["report_id"])
    assert sources["sha256"].str.fullmatch("[0-9a-f]{64}").sum() >= len(sources) - sources["status"].eq("error").sum()


def test_duckdb_and_polars_read_the_release_and_filter_by_year():
    facts_rows = len(gidata.load("facts", folder=RELEASE))
    con = duckdb.connect()
    assert con.execute(f"select count(*) from read_parquet('{RELEASE / 'facts.parquet'}')").fetchone()[0] == facts_rows
    reports = gidata.load("reports", folder=RELEASE)
    query = f"select count(*) from read_parquet('{RELEASE / 'reports.parquet'}') where year = 2019"
    in_2019 = con.execute(query).fetchone()[0]
    assert in_2019 == (reports["year"] == 2019).sum() > 0
    assert pl.read_parquet(RELEASE / "applications.parquet").height == len(gidata.load("applications", folder=RELEASE))


def test_tables_with_a_year_are_sorted_by_year_so_row_group_statistics_prune():
    for name, table in TABLES.items():
        if "year" in {c.name for c in table.columns}:
            years = pq.read_table(RELEASE / f"{name}.parquet", columns=["year"]).column(0).to_pylist()
            known = [y for y in years if y is not None]
            assert known == sorted(known), name
            assert pq.ParquetFile(RELEASE / f"{name}.parquet").metadata.row_group(0).column(0).compression == "ZSTD"


def test_load_without_any_release_says_where_it_looked_and_how_to_get_the_data(tmp_path):
    with pytest.raises(DatasetError, match=f"no released datasets in {tmp_path}.*clone the repository"):
        gidata.load(folder=tmp_path)


def test_every_input_of_the_release_is_in_the_repository():
    """A clone holds what the release is built from: every input's file is tracked, and sources.csv
    lists no file that is not in gidata/sample or corpus/."""
    tracked = subprocess.run(["git", "ls-files", "gidata/sample", "corpus"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    assert "corpus/SOURCES.csv" in tracked and len(tracked) >= 60
    on_disk = sorted(p.relative_to(ROOT).as_posix() for d in ("gidata/sample", "corpus")
                     for p in (ROOT / d).rglob("*") if p.is_file())
    assert on_disk == sorted(tracked), "commit every file of corpus/: a clone must rebuild the release"
    with (RELEASE / "sources.csv").open(encoding="utf-8") as handle:
        ids = [row["report_id"].split("#")[0] for row in csv.DictReader(handle)]
    names = {Path(p).relative_to("corpus").as_posix() for p in tracked if p.startswith("corpus/")}
    names |= {Path(p).name for p in tracked if p.startswith("gidata/sample/")}
    assert set(ids) <= names


def test_the_workbook_has_a_sheet_per_table_with_the_rows_and_is_byte_reproducible(tmp_path):
    from openpyxl import load_workbook

    from gidata.release.exports import WORKBOOK, write_xlsx
    from gidata.release.output import Written

    book = load_workbook(RELEASE / WORKBOOK, read_only=True)
    assert book.sheetnames == list(TABLES)
    for name in TABLES:
        rows = sum(1 for _ in book[name].iter_rows(values_only=True)) - 1
        assert rows == pq.read_metadata(RELEASE / f"{name}.parquet").num_rows, name
    for name in TABLES:
        shutil.copy(RELEASE / f"{name}.parquet", tmp_path / f"{name}.parquet")
    assert write_xlsx(Written(tmp_path)).read_bytes() == (RELEASE / WORKBOOK).read_bytes()


def test_workbook_cells_drop_characters_excel_cannot_hold():
    import pyarrow as pa

    from gidata.release.exports import EXCEL_CELL_CHARS, _excel_text

    cells = _excel_text(pa.chunked_array([["a\x01b\x0bc\n\td", "报" * 40_000, None]])).to_pylist()
    assert cells[0] == "a\ufffdb\ufffdc\n\td" and cells[1] == "报" * EXCEL_CELL_CHARS and cells[2] is None
