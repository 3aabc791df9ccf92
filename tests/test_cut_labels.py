"""Tables found however a conversion cuts the words of their labels: a space or a line break inside
a row label or a header word (`本年新 收`, `一、本年新` / `收政府` / `信息公开申请数量`). Built from other
reports than the cases (tests/expected/cases/2022_hebei_kejiting_word.yaml, 2023_hebei_gongxinting_cells.yaml)."""

import re

import pytest
import yaml

from gidata.build.report import process_file
from gidata.build.sources import sources_metadata
from gidata.extract.tablescan import wrapped_label
from gidata.vocabulary.tables import MATRIX_ROWS, spaced

from .compare import compare
from .conftest import CORPUS, EXPECTED


def _cut(tmp_path, name: str, cut: str, first: str = "二、主动公开政府信息情况", last: str = "存在的主要问题"):
    """The corpus report with every run of Chinese characters of its tables (from `first` to `last`)
    cut after each third character by `cut`; the result of parsing it, and the hand-read figures."""
    text = (CORPUS / "reports" / f"{name}.txt").read_text(encoding="utf-8")
    start = text.index(first)
    end = text.index(last, start) if last in text[start:] else len(text)
    tables = re.sub(r"([\u4e00-\u9fff]{3})(?=[\u4e00-\u9fff])", lambda m: m.group(1) + cut, text[start:end])
    path = tmp_path / f"{name}.txt"
    path.write_text(text[:start] + tables + text[end:], encoding="utf-8")
    expected = yaml.safe_load((EXPECTED / f"{name}.yaml").read_text(encoding="utf-8"))
    return process_file(path, path.name, sources_metadata(path)), {**expected, "prose": {}}


@pytest.mark.parametrize("name, cut", [
    ("2025_shuyangxian_1", " "),        # Markdown tables, every label and header word cut by a space
    ("2023_hebei_jiaoyuting_1", "\n"),  # one cell per line, every label wrapped every three characters
    ("2021_pingtan_gonganju_1", "\n"),  # cells run together, each row's values right after its wrapped label
])
def test_every_table_value_is_read_when_label_words_are_cut(tmp_path, name, cut):
    result, expected = _cut(tmp_path, name, cut)
    comparison = compare(expected, result)
    assert (comparison.wrong, comparison.missing) == ([], [])
    cells = {(f.item, f.applicant): f.value for f in result.facts if f.method.startswith("table")}
    if name == "2025_shuyangxian_1":
        assert cells[("req_new", "total")] == 713 and cells[("review_total", None)] == 61
    elif name == "2021_pingtan_gonganju_1":
        assert cells[("req_new", "natural_person")] == 1 and cells[("req_new", "total")] == 1
    else:
        assert cells[("req_new", "natural_person")] == 18 and cells[("req_new", "total")] == 19


@pytest.mark.parametrize("cut", [" ", "\n"])
def test_a_provincial_table_is_read_when_its_label_words_are_cut(tmp_path, cut):
    """平潭 2014's provincial table (2014年度 and 历年累计): 主动公开文 件数, 受理依申请公 开信息总数 …"""
    result, expected = _cut(tmp_path, "2014_pingtanqu_1", cut, first="统计表", last="\x00")
    comparison = compare(expected, result)
    assert (result.report.status, comparison.wrong, comparison.missing) == ("ok", [], [])
    cumulative = {f.item: f.value for f in result.facts if f.column_label == "cumulative"}
    assert cumulative["pro_total"] == 78967


def test_a_label_regex_lets_a_space_or_line_break_fall_between_its_words():
    new = re.compile(dict(MATRIX_ROWS)["req_new"])
    assert new.match("一、本年新 收政府信息公开申请数量").group(0) == "一、本年新 收政府信息公开申请数量"
    assert re.fullmatch(spaced("结转下年度继续办理"), "结转下\n年度继 续办理")
    assert re.fullmatch(spaced(r"(?<!信函、)传真申请数"), "传真 申请数")
    assert not re.search(spaced("本年新收"), "本年新。收")  # only spaces and line breaks, never other text


def test_a_wrapped_label_is_skipped_only_when_values_follow_it():
    assert wrapped_label("\n收政府\n信息公开申请数量\n\n\n18\n") == len("\n收政府\n信息公开申请数量")
    assert wrapped_label("\n三、本年度办理结果\n(一)") == 0  # no values after it: a heading, not a label's rest
    assert wrapped_label(" | 0 | 0 |\n") == 0


@pytest.mark.parametrize("printed", ["2,543", "2，543", "２，５４３"])
def test_a_provincial_table_figure_with_a_thousands_separator_is_one_figure(tmp_path, printed):
    """平潭 2014's 主动公开文件数 and 政府网站公开数 (2543 this year, 78967 in all) printed grouped by
    thousands, with an ASCII, full-width or full-width-digit separator."""
    name = "2014_pingtanqu_1"
    text = (CORPUS / "reports" / f"{name}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{name}.txt"
    path.write_text(text.replace(" 2543 78967 ", f" {printed} 78,967 "), encoding="utf-8")
    result = process_file(path, path.name, sources_metadata(path))
    rows = {(f.item, f.column_label): f.value for f in result.facts
            if f.method.startswith("table") and f.item in ("pro_total", "pro_website")}
    assert result.report.status == "ok"
    assert sorted(rows.values()) == [2543.0, 2543.0, 78967.0, 78967.0]
