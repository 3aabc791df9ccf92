"""Unit tests of the table shapes gidata's table scanners read, on small inline texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.read.document import Document, grid_lines, serialise_grid
from gidata.records import CUMULATIVE
from gidata.extract.article20 import _measures_in, extract_article20
from gidata.extract.challenges import extract_challenges
from gidata.vocabulary.tables import CHALLENGE_COLUMNS as COLUMNS
from gidata.extract.matrix import extract_matrix
from gidata.extract.pre2019 import extract_pre2019_table, variant_cells
from gidata.extract.tablescan import as_printed, cells_of, leading_values, split_candidates
from gidata.vocabulary.tables import ARTICLE20_MEASURES

ROW_TOTAL = lambda v: abs(sum(v[:6]) - v[6]) < 1e-6  # noqa: E731


def doc(text: str) -> Document:
    return Document(name="x", format="txt", sha256="", size=0, text=text)


def values(cells):
    return [c.value for c in cells]


def by_item(facts):
    """item -> fact of the year (a 历年累计 cell is a fact of its own, column_label CUMULATIVE)."""
    return {f.item: f for f in facts if f.column_label != CUMULATIVE}


def test_one_cell_per_line():
    assert values(cells_of("\n5\n0\n0\n0\n0\n0\n5\n", 7, spaced=False)) == [5, 0, 0, 0, 0, 0, 5]


def test_pipe_joined():
    assert values(cells_of("| 3 | 1 | 0 | 0 | 0 | 0 | 4 |", 7)) == [3, 1, 0, 0, 0, 0, 4]


def test_run_together_unique_split():
    assert values(cells_of("2000002", 7, check=ROW_TOTAL)) == [2, 0, 0, 0, 0, 0, 2]


def test_run_together_stays_ambiguous():
    assert cells_of("110000011", 7, check=ROW_TOTAL) is None
    assert len(split_candidates("110000011", 7, ROW_TOTAL)) == 2


def test_blank_cells():
    cells = cells_of("\n5\n\n7\n", 3, spaced=False)
    assert [c.kind for c in cells] == ["number", "blank", "number"]


def test_not_applicable_cells():
    cells = cells_of("| / | 2 | — |", 3)
    assert [c.kind for c in cells] == ["not_applicable", "number", "not_applicable"]


MATRIX = """申请人情况 自然人 法人或其他组织 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
(一)予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
(七)总计 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
"""


def test_matrix_pipe_rows_by_label():
    facts = extract_matrix(doc(MATRIX))
    cells = {(f.item, f.applicant): f.value for f in facts}
    assert cells[("req_new", "natural_person")] == 3
    assert cells[("req_new", "total")] == 4
    assert cells[("out_granted", "commercial")] == 1


def test_the_first_rows_words_in_a_sentence_are_no_matrix():
    prose = "全年本年新收政府信息公开申请共23件，上年结转2件，结转下年度继续办理的1件。"
    assert extract_matrix(doc(prose)) == []
    cells = {(f.item, f.applicant): f.value for f in extract_matrix(doc(prose + "\n" + MATRIX))}
    assert cells[("req_new", "total")] == 4  # the table after the sentence is read
    # ... nor are they when no count follows them in the clause, the grounds' names listed after in prose
    prose = ("申请均为本年新收，没有上年结转的。不予公开3件，涉及属于国家秘密、危及“三安全一稳定”的各1件，"
             "本机关不掌握相关政府信息1件；信访举报投诉类申请、重复申请的均为零。")
    assert extract_matrix(doc(prose)) == []
    # ... nor when the count's clause goes on in brackets or a list (本年新收申请8件（均为自然人提出）)
    for prose in ("收到申请：本年新收申请8件（均为自然人提出）；上年结转：无。",
                  "本年新收政府信息公开申请6件、上年结转1件，结转下年度继续办理的0件。"):
        assert extract_matrix(doc(prose)) == []


def test_matrix_flattened_header_total_before_sub_columns():
    # 总计 spans two header rows, so flattened it comes before the organisation sub-columns,
    # yet its cells are still the last of each row.
    text = MATRIX.replace("法人或其他组织 商业企业", "法人或其他组织 总计 商业企业").replace("其他 总计", "其他")
    cells = {(f.item, f.applicant): f.value for f in extract_matrix(doc(text))}
    assert cells[("req_new", "total")] == 4
    assert cells[("req_new", "natural_person")] == 3


# The provincial variant of the early table, two columns (this year, cumulative).
VARIANT_SPACED = ("指标名称 计量单位 2012年度 历年累计 主动公开信息数 条 739 4359 其中：1、网站公开 条 739 4359 "
                  "2、政府公报公开 条 0 0 受理依申请公开信息总数 条 2 5 其中：1、当面申请数 条 1 3 "
                  "2、传真申请数 条 0 0 3、信函申请数 条 1 2 对申请的答复总数 条 2 5 其中：1、同意公开答复数 条 2 4 "
                  "2、同意部分公开答复数 条 0 1 3、否决公开答复数 条 0 0 行政复议数 件 0 0 行政诉讼数 件 0 0 "
                  "行政申诉、举报数 件 0 0")


def test_variant_takes_this_year_not_cumulative():
    facts = by_item(extract_pre2019_table(doc(VARIANT_SPACED)))
    assert facts["pro_total"].value == 739
    assert facts["app_received"].value == 2
    assert facts["app_letter"].value == 1
    assert facts["reply_partial"].value == 0
    assert facts["complaints"].value == 0


def test_variant_run_together_resolved_by_sums():
    text = ("指标名称计量单位2012年度历年累计主动公开信息数条20263542其中：1.网站公开条179533042.政府公报公开条07"
            "受理依申请公开信息总数条2121其中：1.当面申请数条18182.传真申请数条003.电子邮件申请数条334.网上申请数条00"
            "5.信函申请数条00对申请的答复数条2121其中：1.同意公开答复数条17172.同意部分公开答复数条22"
            "3.否决公开答复数条22行政复议数条00行政诉讼数条00行政申诉数条00")
    facts = by_item(extract_pre2019_table(doc(text)))
    assert facts["app_received"].value == 21      # 2121 -> 21/21 (2/121 breaks 18+0+3+0+0 = total)
    assert facts["app_in_person"].value == 18
    assert facts["reply_granted"].value == 17
    assert facts["pro_gazette"].value == 0        # 07 -> 0/7, the only split with year <= cumulative
    assert facts["pro_total"].semantics == "ambiguous"   # 2026/3542 or 202/63542: no identity decides
    assert "app_online" not in facts              # 网上 beside 电子邮件 is not the national 网络申请


def test_variant_slash_cells_not_applicable():
    text = ("指标名称 单位 2017年 历年累计 主动公开文件数 条 4 31 其中：1.政府网站公开数 条 4 25 "
            "2.政府公报公开数 条 / / 受理政府信息公开申请总数 条 / / 其中：1.当面申请数 条 / / "
            "2.网上申请数 条 / / 3.信函申请数 条 / / 对申请的答复总数 条 / / 行政复议数 件 / /")
    facts = by_item(extract_pre2019_table(doc(text)))
    assert facts["pro_total"].value == 4
    assert facts["app_received"].semantics == "not_applicable"
    assert facts["app_online"].semantics == "not_applicable"


def test_variant_cells_shapes():
    assert variant_cells("728", 2) == [(7.0, 28.0, "number")]
    assert variant_cells(" 15 ", 1) == [(15.0, 15.0, "number")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 |/\n.、：条件指标名称历年累计本年新收总计自然人主动公开信息数"
                                             "受理依申请公开信息总数对申请的答复其中予以公开结转下年度继续办理")))
       | st.text())
def test_never_raises(text):
    extract_matrix(doc(text))
    extract_pre2019_table(doc(text))


def test_matrix_row_with_no_values_is_blank():
    text = ("申请人情况自然人法人或其他组织商业企业科研机构社会公益组织法律服务机构其他总计"
            "一、本年新收政府信息公开申请数量160000016二、上年结转政府信息公开申请数量0000000"
            "三、本年度办理结果（一）予以公开160000016（二）部分公开（区分处理的，只计这一情形）"
            "（三）不予公开1.属于国家秘密（七）总计160000016四、结转下年度继续办理0000000")
    facts = extract_matrix(doc(text))
    partial = [f for f in facts if f.item == "out_partial"]
    assert len(partial) == 7 and all(f.semantics == "blank" for f in partial)
    assert {(f.item, f.applicant): f.value for f in facts}[("req_new", "total")] == 16


# merged cells repeated by the readers, headings above table rows, tables split in parts --------

MERGED_GRID = [
    ["说明"] * 3 + ["申请人情况"] * 7,
    ["说明", "说明", "说明", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
    ["一、本年新收政府信息公开申请数量"] * 3 + ["21", "0", "0", "0", "0", "0", "21"],
    ["二、上年结转政府信息公开申请数量"] * 3 + ["0"] * 7,
    ["三、本年度办理结果", "(一)予以公开", "(一)予以公开", "4", "0", "0", "0", "0", "0", "4"],
    ["三、本年度办理结果", "(三)不予公开", "1.属于国家秘密", "17", "0", "0", "0", "0", "0", "17"],
    ["三、本年度办理结果", "(七)总计", "(七)总计", "21", "0", "0", "0", "0", "0", "21"],
    ["四、结转下年度继续办理"] * 3 + ["0"] * 7,
]


def test_grid_lines_write_a_merged_label_once_and_keep_equal_value_cells():
    lines = grid_lines(MERGED_GRID)
    assert lines[2] == "一、本年新收政府信息公开申请数量 | 21 | 0 | 0 | 0 | 0 | 0 | 21"
    assert lines[3] == "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0"
    assert lines[5] == "三、本年度办理结果 | (三)不予公开 | 1.属于国家秘密 | 17 | 0 | 0 | 0 | 0 | 0 | 17"


def test_a_value_cell_merged_under_a_merged_header_is_written_once():
    grid = [["信息内容", "本年处理决定数量", "本年处理决定数量"], ["行政许可", "550", "550"], ["行政处罚", "0", "0"]]
    assert grid_lines(grid) == ["信息内容 | 本年处理决定数量", "行政许可 | 550", "行政处罚 | 0"]


def test_matrix_rows_with_repeated_merged_labels():
    facts = extract_matrix(doc(serialise_grid(MERGED_GRID)))
    cells = {(f.item, f.applicant): f.value for f in facts}
    assert cells[("req_new", "natural_person")] == 21 and cells[("req_new", "total")] == 21
    assert cells[("out_granted", "natural_person")] == 4
    assert cells[("out_denied_state_secret", "total")] == 17
    assert cells[("req_carried_forward", "other_org")] == 0


REVIEW_GRID = [
    ["行政复议"] * 5 + ["行政诉讼"] * 10,
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
    ["3", "1", "0", "0", "4", "0", "0", "0", "0", "0", "2", "0", "1", "0", "3"],
]


def test_review_table_whose_grid_repeats_the_outcome_labels():
    text = "四、政府信息公开行政复议、行政诉讼情况\n" + serialise_grid(REVIEW_GRID) + "\n五、存在的主要问题\n"
    facts = {f.item: f.value for f in extract_challenges(doc(text))}
    assert facts == dict(zip(COLUMNS, [3, 1, 0, 0, 4, 0, 0, 0, 0, 0, 2, 0, 1, 0, 3]))


def test_review_grid_row_with_blank_cells_at_its_ends_is_read_as_given():
    """A grid's value row under the header, its first and last cells blank (`&nbsp;`): 15 cells, each
    blank one a `blank` fact, not one `ambiguous` review_total (the trimmed row has too few parts)."""
    grid = REVIEW_GRID[:3] + [["", "1", "", "", "1", "12", "", "", "", "12", "", "", "", "", ""]]
    text = "四、政府信息公开行政复议、行政诉讼情况\n" + serialise_grid(grid) + "\n五、存在的主要问题\n"
    facts = {f.item: f for f in extract_challenges(doc(text))}
    assert {k: f.value for k, f in facts.items()} == dict(zip(COLUMNS, [None, 1, None, None, 1, 12, None, None,
                                                                          None, 12, None, None, None, None, None]))
    assert facts["review_upheld"].semantics == facts["suit_after_review_total"].semantics == "blank"


def test_review_table_in_three_markdown_tables():
    head = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|----------|----------|------|------|------|\n"
    text = ("## 四、政府信息公开行政复议、行政诉讼情况\n\n### 行政复议\n" + head + "| 27 | 10 | 9 | 15 | 61 |\n\n"
            "### 行政诉讼（未经复议直接起诉）\n" + head + "| 3 | 0 | 0 | 0 | 3 |\n\n"
            "### 行政诉讼（复议后起诉）\n" + head + "| 8 | 0 | 1 | 1 | 10 |\n\n## 五、存在的主要问题\n")
    facts = {f.item: f.value for f in extract_challenges(doc(text))}
    assert facts == dict(zip(COLUMNS, [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]))


def test_review_and_lawsuit_prose_naming_the_fifteen_outcomes_is_no_table():
    """Sentences that count each outcome (结果维持2件…总计3件) name the 15 labels as a header does: no cells, and
    no `ambiguous` fact that would make the report partial."""
    text = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议方面，结果维持2件，结果纠正1件，其他结果0件，尚未审结0件，"
            "总计3件。行政诉讼方面，直接起诉的结果维持1件、结果纠正0件、其他结果0件、尚未审结0件，总计1件；"
            "复议后起诉的结果维持、结果纠正、其他结果、尚未审结均为0件，总计0件。\n五、存在的主要问题\n")
    assert extract_challenges(doc(text)) == []


def test_matrix_row_under_a_heading_that_repeats_its_label():
    text = MATRIX.replace("一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |",
                          "### 一、本年新收政府信息公开申请数量\n| 类别 | 数据1 | 总计 |\n|---|---|---|\n"
                          "| 本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |")
    cells = {(f.item, f.applicant): f.value for f in extract_matrix(doc(text))}
    assert cells[("req_new", "natural_person")] == 3 and cells[("req_new", "total")] == 4
    assert cells[("req_carried_over", "total")] == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["", "0", "3", "/", "总计", "自然人", "不予公开"]), max_size=6), max_size=6))
def test_grid_lines_never_raise_and_keep_one_line_a_row(grid):
    lines = grid_lines(grid)
    assert len(lines) == len(grid)
    for row, line in zip(grid, lines):
        assert set(line.split(" | ")) <= set(row) | {""}


def test_count_units_inside_cells_are_stripped_before_splitting():
    assert values(cells_of("2笔 0笔 2笔", 3)) == [2, 0, 2]
    assert values(cells_of("| 3件 | 0件 | 3件 |", 3)) == [3, 0, 3]
    assert variant_cells(leading_values(" 739条 4359条 "), 2) == [(739.0, 4359.0, "number")]


def test_a_run_together_article20_row_is_pinned_by_the_prose_of_its_report():
    from gidata.build.report import process_file
    from .conftest import CORPUS
    # 2023_hebei_kejiting_1: 行政规范性文件1153 (制发 | 废止 | 现行有效); the prose: …1件予以废止或宣布失效
    facts = process_file(CORPUS / "reports" / "2023_hebei_kejiting_1.txt", "k.txt").facts
    row = {f.item: f.value for f in facts if f.item.startswith("normative_") and f.method == "table_prose"}
    assert row == {"normative_issued_2021": 1, "normative_repealed": 1, "normative_in_force": 53}
    # 2023_pingtanqu_1: 77132470 and the prose's 77 issued / 393 in force admit no split: left ambiguous
    facts = process_file(CORPUS / "reports" / "2023_pingtanqu_1.txt", "p.txt").facts
    assert [f.semantics for f in facts if f.item.startswith("normative_") and f.method == "table"] == ["ambiguous"]


ARTICLE20_HEADER_PARTS = ["本年新制作数量", "本年制作数量", "本年新公开数量", "对外公开总数量", "本年制发件数",
                          "本年废止件数", "现行有效件数", "上一年项目数量", "本年增/减", "本年处理决定数量",
                          "处理决定数量", "本年收费金额", "采购项目数量", "采购总金额", "本年", " ", "\n", "|", "1"]


@given(st.lists(st.sampled_from(ARTICLE20_HEADER_PARTS), max_size=12))
def test_the_article20_headers_found_at_once_are_those_found_one_by_one(parts):
    header = "".join(parts)
    one_by_one = sorted((m.start(), key, as_printed(m.group(0)))
                        for key, pattern in ARTICLE20_MEASURES for m in re.finditer(pattern, header))
    assert _measures_in(header) == [(key, printed) for _, key, printed in one_by_one]


def test_pre2019_row_label_with_a_note_wrapped_over_two_lines():
    """A plausible layout (one cell per line, as 2018_hebei_jiaoyuting_2 reads, with other figures): the
    budget row's note in parentheses wrapped over a line break; its value is the cell after the unit."""
    text = ("政府信息公开情况统计表\n统计指标\n单位\n统计数\n"
            "(三)从事政府信息公开工作人员数\n人\n5\n"
            "1.专职人员数(不包括政府公报及政府网站工作人员数)\n人\n1\n"
            "2.兼职人员数\n人\n4\n"
            "(四)政府信息公开专项经费(不包括用于政府公报编辑管理\n及政府网站建设维护等方面的经费)\n万元\n3.5\n"
            "九、政府信息公开会议和培训情况\n"
            "(一)召开政府信息公开工作会议或专题会议数\n次\n2\n"
            "(二)举办各类培训班数\n次\n1\n"
            "(三)接受培训人员数\n人次\n60\n")
    doc = Document(name="x", format="txt", sha256="", size=0, text=text)
    got = {f.item: f.value for f in extract_pre2019_table(doc)}
    assert got == {"staff_total": 5, "staff_full_time": 1, "staff_part_time": 4, "budget": 3.5,
                   "meetings": 2, "trainings": 1, "trainees": 60}


def test_article_20_rows_in_sentences_are_no_table():
    # a kind named in a sentence whose count's clause goes on (规章0件，…; 行政许可3项、…): prose, not a row
    prose = ("第二十条第（一）项，“本年新制作数量”一栏：规章0件，规范性文件4件；"
             "第二十条第（五）项，“上一年项目数量”一栏：行政许可12项、其他对外管理服务事项0项。")
    assert extract_article20(doc(prose), "2019") == []


def test_a_sentence_that_tells_the_first_matrix_row_respectively_is_no_table():
    """本年新收…和上年结转的申请分别为713件和36件 and the grounds listed in sentences name the matrix's rows: prose."""
    text = ("三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请和上年结转的申请分别为52件和3件。"
            "不予公开的4件中，属于国家秘密、危及“三安全一稳定”的均为零，保护第三方合法权益、属于三类内部事务信息的分别为1件和3件。"
            "另有2件结转下年度继续办理。\n四、政府信息公开行政复议、行政诉讼情况\n")
    assert extract_matrix(doc(text), "2021") == []


def test_a_sentence_that_counts_the_first_matrix_row_before_a_colon_is_no_table():
    text = ("三、收到和处理政府信息公开申请情况\n从申请人情况看，本年新收政府信息公开申请数量为0件：自然人、"
            "法人或其他组织均未提出申请。予以公开的0件，不予公开的0件，结转下年度继续办理的也是0件。\n四、政府信息公开行政复议、行政诉讼情况\n")
    assert extract_matrix(doc(text), "2021") == []
