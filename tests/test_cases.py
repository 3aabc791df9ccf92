"""Layouts the corpus lacks, made from corpus reports' hand-read figures (tests/fixtures/*/make_*_fixture.py):
every table value right, and positional reading only where the count and the identities agree."""

from pathlib import Path

import pytest
import yaml

from gidata.build.report import process_file
from gidata.build.run import sources_metadata
from gidata.read.files import read_bytes

from .compare import compare
from .conftest import EXPECTED, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
CASES = sorted((EXPECTED / "cases").glob("*.yaml"))
COLUMNS = FIXTURES / "text" / "2023_hebei_jiaoyuting_columns.md"


def _process(path: Path):
    return process_file(path, path.name, sources_metadata(path))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_table_value_of_a_case_is_right(path):
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = _process(FIXTURES / expected["file"])
    assert result.report.status == "ok"
    comparison = compare(expected, result)
    assert [m for m in comparison.wrong + comparison.missing if not m.startswith("prose.")] == []


@pytest.mark.parametrize("markup", [
    b"<!-- saved from url=(0014)about:internet -->\n<html><body><p>\xe6\x8a\xa5\xe5\x91\x8a</p></body></html>",
    b'<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><!DOCTYPE html><html><body><p>\xe6\x8a\xa5\xe5\x91\x8a'
    b"<?php echo 1 ?></p><!-- inside --></body></html>",
])
def test_nothing_outside_the_root_element_stops_a_page(markup):
    assert read_bytes(markup, "page.html", ".html").text.strip() == "报告"


def test_a_blank_row_total_of_a_grid_is_blank_not_ambiguous():
    result = _process(FIXTURES / "html" / "2022_hebei_jiaoyuting_saved.html")
    row = {f.applicant: f for f in result.facts if f.item == "out_unable_unclear"}
    assert row["natural_person"].value == 1 and row["total"].semantics == "blank"
    assert not [f for f in result.facts if f.semantics == "ambiguous"]


def test_column_wise_rows_are_placed_by_layout_and_say_so():
    facts = _process(COLUMNS).facts
    layout = {(f.item, f.applicant) for f in facts if f.method == "table_layout"}
    assert len(layout) == 25 * 7 + 15
    granted = {f.applicant: f.value for f in facts if f.item == "out_granted"}
    assert granted["natural_person"] == 9 and granted["total"] == 9  # the 2023 report's 予以公开 row: 9 0 0 0 0 0 9


def _variant(tmp_path, text: str):
    path = tmp_path / COLUMNS.name
    path.write_text(text, encoding="utf-8")
    return [f for f in _process(path).facts if f.method == "table_layout" and f.item.startswith(("req", "out"))]


def test_no_layout_when_a_value_row_is_missing(tmp_path):
    text = COLUMNS.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and line.count("|") == 8]
    assert len(rows) == 25
    assert _variant(tmp_path, text.replace(rows[5] + "\n", "", 1)) == []


def test_no_layout_when_an_identity_breaks(tmp_path):
    text = COLUMNS.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and line.count("|") == 8]
    changed = rows[2].replace("| 9 | 0 |", "| 9 | 1 |", 1)  # 予以公开: one more for 商业企业, total unchanged
    assert changed != rows[2]
    assert _variant(tmp_path, text.replace(rows[2], changed, 1)) == []
