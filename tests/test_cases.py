"""Layouts the corpus lacks, made from corpus reports' hand-read figures (tests/fixtures/*/make_*_fixture.py):
every table value right, and positional reading only where the count and the identities agree."""

import re
from pathlib import Path

import pytest
import yaml

from gidata.build.report import process_file
from gidata.build.sources import sources_metadata
from gidata.read.files import read_bytes, read_document
from gidata.read.normalize import normalize_text
from gidata.records import PROSE_METHODS
from gidata.vocabulary.items import ITEM_BY_CODE

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


@pytest.mark.parametrize("path", [p for p in CASES if "not_items" in p.read_text(encoding="utf-8")],
                         ids=lambda p: p.stem)
def test_figures_a_case_says_are_no_items_are_not_read_as_items(path):
    """A comparison, last year's figure, an average, a plan, a part or a unit's count is no known item
    (it may be a `prose_other` figure): no fact of a known item has its value from its words. A figure marked
    `read_as: <item>` (with its `reason`) is a known wrong reading: it must stay listed until it is fixed."""
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    result = _process(FIXTURES / expected["file"])
    text = read_document(FIXTURES / expected["file"]).text
    read_as_items = sorted({(figure["in"], f.item) for figure in expected["not_items"] for f in result.facts
                            if f.item != "prose_other" and f.method in PROSE_METHODS
                            and figure["value"] in (f.value, _in_full(f))  # (a 万元 item's 1860 is 1860万)
                            and _from_its_words(text, f, normalize_text(figure["in"]))})  # (as the reader gives it)
    known_wrong = sorted((figure["in"], figure["read_as"]) for figure in expected["not_items"] if "read_as" in figure)
    assert all(figure.get("reason") for figure in expected["not_items"] if "read_as" in figure)
    assert read_as_items == known_wrong


def _from_its_words(text: str, fact, words: str) -> bool:
    """Whether a fact can have its value from the words: they are in its sentence, and its figure (the value's first
    digits from its offset on) is in them, when those digits are found (本年新收申请11件（自然人：11件）: the
    first 11)."""
    if words not in fact.source_text:
        return False
    digits = f"{fact.value:g}" if fact.value is not None else ""
    figure = re.compile(rf"(?<![\d.]){re.escape(digits)}(?![\d.])").search(text, fact.offset) if digits else None
    if figure is None or figure.start() - fact.offset > len(fact.source_text):
        return True
    return any(at <= figure.start() < at + len(words) for at in _places(text, words))


def _places(text: str, words: str) -> list[int]:
    """Every offset of the words in the text."""
    places, at = [], text.find(words)
    while at >= 0:
        places.append(at)
        at = text.find(words, at + 1)
    return places


def _in_full(fact) -> float | None:
    """A fact's value as a number in full when its item is in 万元 (the not-items value a 万 figure in full)."""
    item = ITEM_BY_CODE.get(fact.item)
    return None if fact.value is None or item is None or item.unit != "万元" else round(fact.value * 10000, 2)


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


def test_blank_cells_of_a_second_cms_grid_are_blank_not_ambiguous():
    """The CMS page (make_cms_html_fixture.py): zeros printed as &nbsp;, &#160;, <td></td>, <p><span>&nbsp;
    </span></p> and <p><br/></p> are each a `blank` fact, in all three tables; a blank row total is blank."""
    result = _process(FIXTURES / "html" / "2021_pingtanqu_cms.html")
    facts = {(f.item, f.applicant): f for f in result.facts if f.method == "table"}
    assert facts[("out_denied_enforcement", "natural_person")].value == 6
    assert facts[("out_denied_enforcement", "total")].semantics == "blank"
    blank = [("rules_issued", None), ("req_new", "commercial"), ("suit_after_review_total", None),
             ("review_pending", None)]
    assert [facts[key].semantics for key in blank] == ["blank"] * 4
    assert facts[("review_total", None)].value == 3
    assert not [f for f in result.facts if f.semantics == "ambiguous"] and result.report.status == "ok"


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


def _hand_read(name: str) -> dict:
    return yaml.safe_load((EXPECTED / "cases" / f"{name}.yaml").read_text(encoding="utf-8"))["table"]


def _spaced(text: str) -> str:
    """The column-wise fixture as pdfplumber prints a PDF's rows: cells apart by spaces, no rule lines."""
    rows = [line for line in text.splitlines() if not set(line) <= set("|-")]
    return "\n".join(" ".join(p.strip() for p in line.strip("|").split("|")) if line.startswith("| ") else line
                     for line in rows) + "\n"


def test_space_separated_value_rows_apart_from_their_labels_are_placed_by_layout(tmp_path):
    """河北省教育厅 2023 (labels in one block, value rows apart) with its cells apart by spaces."""
    path = tmp_path / "2023_hebei_jiaoyuting_spaced.txt"
    path.write_text(_spaced(COLUMNS.read_text(encoding="utf-8")), encoding="utf-8")
    facts = [f for f in _process(path).facts if f.method == "table_layout"]
    assert len(facts) == 25 * 7 + 15
    cells = {(f.item, f.applicant or None): f.value for f in facts}
    t = _hand_read("2023_hebei_jiaoyuting_columns")
    assert [cells[("out_denied_third_party", a)] for a in ("natural_person", "commercial", "total")] == [2, 1, 3]
    assert t["out_denied_third_party"] == [2, 1, 0, 0, 0, 0, 3]
    assert [cells[(code, None)] for code in ("review_upheld", "review_corrected", "review_total",
                                             "suit_after_review_total")] == [6, 1, 7, 7]


def test_spaced_value_rows_one_short_are_not_placed(tmp_path):
    text = _spaced(COLUMNS.read_text(encoding="utf-8"))
    rows = [line for line in text.splitlines() if line.count(" ") == 6 and line.replace(" ", "").isdigit()]
    assert len(rows) == 25
    path = tmp_path / "2023_hebei_jiaoyuting_spaced.txt"
    path.write_text(text.replace(rows[7] + "\n", "", 1), encoding="utf-8")
    result = _process(path)
    matrix = [f for f in result.facts if f.item.startswith(("req", "out")) and f.method != "prose"]
    assert [f for f in matrix if f.method == "table_layout"] == []
    # the labels printed apart from the value rows are not blank rows: their values are elsewhere
    assert [f for f in matrix if f.semantics == "blank"] == []
    expected = yaml.safe_load((EXPECTED / "cases" / "2023_hebei_jiaoyuting_columns.yaml").read_text(encoding="utf-8"))
    assert [w for w in compare(expected, result, fields=()).wrong if "(ambiguous)" not in w] == []


def _labelled(swap: bool = False) -> str:
    """The 2025 平潭 wrapped fixture's matrix rows back on one line each, every label cut by a space
    two thirds along (as pdftotext prints a label wrapped in its cell: 无正当理由大量反复 申请),
    optionally two labelled rows swapped."""
    text = (FIXTURES / "text" / "2025_pingtanqu_wrapped.txt").read_text(encoding="utf-8")
    from tests.fixtures.text.make_text_fixture import ROWS
    t = _hand_read("2025_pingtanqu_wrapped")
    start, end = text.index("三、收到和处理"), text.index("四、政府信息公开行政复议")
    lines = [f"{label[:len(label) * 2 // 3]} {label[len(label) * 2 // 3:]} " + " ".join(str(v) for v in t[code])
             for code, label in ROWS]
    if swap:
        lines[5], lines[6] = lines[6], lines[5]
    head = ("三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计\n"
            "商业 科研 社会 法律 其他\n企业 机构 公益 服务\n")
    return text[:start] + head + "\n".join(lines) + "\n" + text[end:]


def test_labels_with_a_space_inside_still_place_their_rows(tmp_path):
    """平潭综合实验区 2025 with each matrix label cut by a space: found by neither label search nor
    header, placed by the layout because every label, spaces dropped, is at its place."""
    path = tmp_path / "2025_pingtanqu_cut.txt"
    path.write_text(_labelled(), encoding="utf-8")
    facts = {(f.item, f.applicant): f for f in _process(path).facts if f.item.startswith(("req_", "out_"))}
    assert facts[("out_unable_not_held", "natural_person")].value == 49  # 1.本机关不掌握相关政府信息 49 1 0 0 0 0 50
    assert facts[("out_unable_not_held", "total")].value == 50
    assert facts[("out_total", "total")].value == 148 and facts[("req_carried_forward", "commercial")].value == 2


def test_a_label_out_of_its_place_stops_the_layout(tmp_path):
    path = tmp_path / "2025_pingtanqu_cut.txt"
    path.write_text(_labelled(swap=True), encoding="utf-8")
    facts = _process(path).facts
    assert not [f for f in facts if f.method == "table_layout"]
    wrong = [f for f in facts if f.item == "out_denied_prohibited" and f.value not in (None, 0)]
    assert wrong == []  # 2.其他法律行政法规禁止公开 is 0 everywhere; nothing else is put there


def test_page_marks_between_a_label_and_its_cells_are_dropped(tmp_path):
    """平潭综合实验区 2023, one cell per line with CR line ends, with a page break (a page number and
    a form feed) after a row label and a 第 n 页 line inside the review row."""
    text = (FIXTURES / "text" / "2023_pingtanqu_cr.txt").read_bytes().decode("utf-8")
    label = "1.本机关不掌握相关政府信息\r"
    assert text.count(label) == 1 and text.count("\r36\r") == 0
    text = text.replace(label, label + "- 3 -\r\f", 1)
    review = text.index("四、政府信息公开行政复议")
    cut = text.index("\r", text.index("总计", text.index("复议后起诉", review)) + 3)
    text = text[:cut] + "\r第 4 页 共 6 页" + text[cut:]
    path = tmp_path / "2023_pingtanqu_paged.txt"
    path.write_bytes(text.encode("utf-8"))
    facts = {(f.item, f.applicant): f.value for f in _process(path).facts if f.method != "prose"}
    t = _hand_read("2023_pingtanqu_cr")
    assert [facts[("out_unable_not_held", a)] for a in ("natural_person", "total")] == \
        [t["out_unable_not_held"][0], t["out_unable_not_held"][6]]
    assert facts[("review_total", None)] == t["review_total"] and facts[("suit_after_review_total", None)] == \
        t["suit_after_review_total"]
