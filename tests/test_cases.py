"""Layouts the corpus lacks, made from corpus reports' hand-read figures (tests/fixtures/*/make_*_fixture.py):
every table value right, and positional reading only where the count and the identities agree."""

from pathlib import Path

import pytest
import yaml

from gidata.build.report import process_file
from gidata.build.run import sources_metadata
from gidata.read.files import read_bytes

from .compare import compare, load_known_misses
from .conftest import EXPECTED, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
CASES = sorted((EXPECTED / "cases").glob("*.yaml"))
COLUMNS = FIXTURES / "text" / "2023_hebei_jiaoyuting_columns.md"


def _process(path: Path):
    return process_file(path, path.name, sources_metadata(path))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_table_value_of_a_case_is_right(path):
    """Every table cell right, but for the cells listed as known misses (a report's own broken
    identities leave a positional reading unproven), and no value wrong."""
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = _process(FIXTURES / expected["file"])
    assert result.report.status == expected.get("status", "ok")
    comparison = compare(expected, result)
    known = load_known_misses(EXPECTED / "known_misses.yaml").get(path.stem, {})
    assert [m for m in comparison.wrong if "(ambiguous)" not in m] == []
    assert [m for m in comparison.wrong + comparison.missing
            if not m.startswith("prose.") and m.split(" ")[0].rstrip(":") not in known] == []


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_value_of_a_case_is_right_or_a_known_miss(path):
    """As for the corpus: a value that was right may not go wrong or missing, and a listed miss
    that comes right must leave tests/expected/known_misses.yaml."""
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    misses = compare(expected, _process(FIXTURES / expected["file"])).misses()
    known = load_known_misses(EXPECTED / "known_misses.yaml").get(path.stem, {})
    assert (sorted(set(misses) - set(known)), sorted(set(known) - set(misses))) == ([], [])


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


CONTINUED = FIXTURES / "pdf" / "2021_pingtanqu_continued.pdf"


def test_a_continued_pdf_matrix_keeps_its_columns_and_drops_the_repeated_total():
    result = _process(CONTINUED)
    row = {f.applicant: f.value for f in result.facts if f.item == "out_unable_not_held"}
    # 2021_pingtanqu_1's row 1.本机关不掌握相关政府信息, on page 2 of the fixture as 22 0 0 0 0 3 25 25
    assert row == {"natural_person": 22, "commercial": 0, "research": 0, "ngo": 0, "legal_services": 0,
                   "other_org": 3, "total": 25}
    assert not [f for f in result.facts if f.semantics == "ambiguous"]
    matrix = next(g for g in read_bytes(CONTINUED.read_bytes(), CONTINUED.name, ".pdf").grids if len(g) > 20)
    assert {len(r) for r in matrix} == {10}  # 3 label columns and the header's 7, not 8


def _table(xs: list[float], rows: list[list[str]], top: float = 0.0):
    from gidata.read.pdf_tables import Table
    cells = [(xs[c], top + 10 * r, xs[c + 1], top + 10 * r + 10, text)
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(0, top, top + 10 * len(rows), xs[0], xs[-1], cells)


@pytest.mark.parametrize("xs, extra, joined", [
    ([0, 50, 80, 110, 140], "7", True),  # one more column beyond the right edge, repeating the total
    ([0, 50, 70, 90, 110], "7", True),  # the same outer edges, narrower columns
    ([0, 50, 80, 110, 140], "8", False),  # a value, not a repeat: no header to put it under
    ([0, 50, 80, 110, 140], "", False),
])
def test_only_a_repeated_total_in_an_extra_column_continues_a_table(xs, extra, joined):
    from gidata.read.pdf_tables import merge_tables
    first = _table([0, 50, 80, 110], [["label", "总计", "总计"], ["a", "3", "3"]])
    blocks = merge_tables([[first], [_table(xs, [["b", "4", "7", extra]])]])
    assert (len(blocks) == 1) == joined
    if joined:
        assert [(c[0], c[2], c[4]) for c in blocks[0].cells[-3:]] == [(0, 50, "b"), (50, 80, "4"), (80, 110, "7")]
