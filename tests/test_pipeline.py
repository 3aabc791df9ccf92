"""The whole build: every input in `reports`, the dictionary's schema, byte-identical rebuilds."""

import dataclasses
import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.build.run import _path_order, build, discover
from gidata.release.dictionary import TABLES
from gidata.build.report import process_file
from gidata.release.write import to_arrow

from .conftest import CORPUS, SAMPLE


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sample plus hostile inputs, built once."""
    inputs = tmp_path_factory.mktemp("in")
    shutil.copytree(SAMPLE, inputs / "sample")
    (inputs / "bad").mkdir()
    (inputs / "bad" / "empty.txt").write_bytes(b"")
    (inputs / "bad" / "noise.txt").write_bytes(bytes(range(256)) * 40)
    (inputs / "bad" / "gbk_seed.txt").write_bytes((SAMPLE / "004_cde45a360ad512ec.txt").read_text().encode("gbk"))
    (inputs / "bad" / "unrelated.html").write_text("<html><body><p>天气预报：晴</p></body></html>", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    summary = build([inputs], out, workers=1)
    return inputs, out, summary


def test_every_input_file_appears_with_a_status(built):
    _, out, summary = built
    reports = pd.read_parquet(out / "reports.parquet").set_index("report_id")
    assert summary.files == 9 and len(reports) == 9
    assert reports.loc["bad/empty.txt", "status"] == "empty"
    assert reports.loc["bad/unrelated.html", "status"] == "no_statistics"
    assert reports.loc["bad/noise.txt", "status"] == "no_statistics"
    seed = "sample/004_cde45a360ad512ec.txt"  # the GBK copy comes first in input order: it is the one kept
    assert reports.loc[seed, "status"] == "duplicate" and reports.loc[seed, "duplicate_of"] == "bad/gbk_seed.txt"
    others = [f"sample/{p.name}" for p in SAMPLE.glob("*.txt") if f"sample/{p.name}" != seed]
    assert set(reports.loc[others + ["bad/gbk_seed.txt"], "status"]) == {"ok"}


def test_a_gbk_copy_gives_the_same_facts_as_the_utf8_original(built):
    _, out, _ = built
    facts = pd.read_parquet(out / "facts.parquet")
    cols = ["item", "applicant", "value", "method", "source_text"]
    gbk = facts[facts.report_id == "bad/gbk_seed.txt"][cols].reset_index(drop=True)
    original = SAMPLE / "004_cde45a360ad512ec.txt"
    utf8 = pd.DataFrame([dataclasses.asdict(f) for f in process_file(original, original.name).facts])[cols]
    assert len(gbk) > 50
    def rows(frame):  # the written table is sorted by key and typed by the dictionary, the parser's list is not
        return sorted(frame.astype(object).fillna("-").astype(str).itertuples(index=False, name=None))
    assert rows(gbk) == rows(utf8)
    assert not (facts.report_id == "sample/004_cde45a360ad512ec.txt").any()  # a duplicate's facts count once


def test_every_file_carries_the_dictionary_schema(built):
    _, out, _ = built
    for name, table in TABLES.items():
        schema = pq.read_schema(out / f"{name}.parquet")
        assert schema.names == [c.name for c in table.columns]
        assert schema.metadata[b"primary_key"].decode() == ",".join(table.key)
        assert schema.field(table.columns[0].name).metadata[b"description"]


def test_keys_are_unique(built):
    _, out, _ = built
    for name, table in TABLES.items():
        frame = pd.read_parquet(out / f"{name}.parquet")
        assert not frame.duplicated(list(table.key)).any(), name


def test_a_column_outside_the_dictionary_is_refused():
    with pytest.raises(KeyError, match="not in the data dictionary"):
        to_arrow("reports", [{"report_id": "a", "sha256": "b", "status": "ok", "surprise": 1}])


def test_building_twice_gives_identical_bytes(built, tmp_path):
    inputs, out, _ = built
    build([inputs], tmp_path, workers=2)
    for name in TABLES:
        first = hashlib.sha256((out / f"{name}.parquet").read_bytes()).hexdigest()
        again = hashlib.sha256((tmp_path / f"{name}.parquet").read_bytes()).hexdigest()
        assert first == again, name


def test_wide_tables_use_the_table_value_where_prose_disagrees(built):
    _, out, _ = built
    facts = pd.read_parquet(out / "facts.parquet")
    seed = facts[(facts.report_id == "bad/gbk_seed.txt") & (facts.item == "pro_website")]  # seed 004, in GBK
    assert sorted(zip(seed.method, seed.value, seed.preferred)) == [("prose", 98.0, False), ("table", 155.0, True)]
    proactive = pd.read_parquet(out / "proactive.parquet").set_index("report_id")
    assert proactive.loc["bad/gbk_seed.txt", "pro_website"] == 155


def test_the_2021_seed_matrix_reaches_the_applications_table(built):
    _, out, _ = built
    apps = pd.read_parquet(out / "applications.parquet")
    yichun = apps[apps.report_id == "sample/001_f55af3b9fc6ef95b.txt"].set_index("applicant")
    assert yichun.loc["natural_person", "req_new"] == 530 and yichun.loc["total", "out_total"] == 543
    assert yichun.loc["total", "out_unable_not_held"] == 157


def test_building_crawl_tables_twice_gives_identical_bytes(tmp_path):
    """Table rows, duplicates and their sources come out the same on one worker and on two."""
    inputs = tmp_path / "in"
    shutil.copytree(CORPUS / "crawls", inputs / "crawls")
    (inputs / "reports").mkdir()
    for name in ("2019_hebei_kejiting_1.txt", "2012_pingtanqu_1.txt"):
        shutil.copy(CORPUS / "reports" / name, inputs / "reports")
    build([inputs], tmp_path / "one", workers=1)
    build([inputs], tmp_path / "two", workers=2)
    for name in TABLES:
        first = hashlib.sha256((tmp_path / "one" / f"{name}.parquet").read_bytes()).hexdigest()
        again = hashlib.sha256((tmp_path / "two" / f"{name}.parquet").read_bytes()).hexdigest()
        assert first == again, name
    reports = pd.read_parquet(tmp_path / "one" / "reports.parquet").set_index("report_id")
    assert len(reports) == 43 and reports.loc["reports/2019_hebei_kejiting_1.txt", "status"] == "duplicate"


def test_a_local_path_given_as_a_string_is_read_as_a_path(tmp_path):
    """`build(["corpus"], ...)`: a plain string that is not a URL is a local folder or file (it
    used to reach `Path.is_file` as a str and stop the build with an AttributeError)."""
    (tmp_path / "a.txt").write_bytes(sorted(SAMPLE.glob("*.txt"))[0].read_bytes())
    assert discover([str(tmp_path)]) == discover([tmp_path]) == [(tmp_path / "a.txt", "a.txt")]
    assert discover([str(tmp_path / "a.txt")]) == [(tmp_path / "a.txt", "a.txt")]


def test_inputs_that_would_share_an_id_get_distinct_ids_and_keep_their_own_facts(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    seeds = sorted(SAMPLE.glob("*.txt"))
    (first / "report.txt").write_bytes(seeds[0].read_bytes())
    (second / "report.txt").write_bytes(seeds[1].read_bytes())
    assert [i for _, i in discover([first, second, first / "report.txt"])] == [
        "report.txt", "second/report.txt", "first/report.txt"]
    build([first, second], tmp_path / "out", workers=1)
    reports = pq.read_table(tmp_path / "out" / "reports.parquet").to_pylist()
    assert {r["report_id"]: r["sha256"] for r in reports} == {
        "report.txt": hashlib.sha256(seeds[0].read_bytes()).hexdigest(),
        "second/report.txt": hashlib.sha256(seeds[1].read_bytes()).hexdigest()}


_NAME = st.text(alphabet=st.sampled_from("aAbZ0-._ é中\\"), min_size=1, max_size=4).filter(
    lambda name: name not in (".", ".."))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_NAME, min_size=1, max_size=4), min_size=2, max_size=30), st.booleans())
def test_paths_sorted_by_their_order_key_are_sorted_as_paths_compare(parts, absolute):
    """discover's files and folders under one root ('-' sorts before '/', which a string's order would miss)."""
    root = Path("/root/in" if absolute else "in")
    paths = [root.joinpath(*p) for p in parts]
    assert sorted(paths, key=_path_order) == sorted(paths)
