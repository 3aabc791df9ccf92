"""The 历年累计 column of pre-2019 provincial tables: its own facts and checks, never the year's value.
Figures read by hand from corpus/reports/2013_pingtanxian_1.txt and 2015_pingtanqu_1.txt."""

from gidata.build.report import process_file
from gidata.records import CUMULATIVE, Fact, counting
from gidata.release.tidy import tidy

from .conftest import CORPUS


def _result(name: str):
    return process_file(CORPUS / "reports" / name, name)


def test_the_cumulative_column_is_read_beside_the_year():
    # 主动公开信息数条18535395 ... 受理依申请公开信息总数条728 ... 对申请的答复数条324 (2013年度 | 历年累计)
    result = _result("2013_pingtanxian_1.txt")
    cumulative = {f.item: f.value for f in result.facts if f.column_label == CUMULATIVE}
    year = {f.item: f.value for f in result.facts if f.method == "table" and f.column_label != CUMULATIVE}
    assert (cumulative["pro_total"], cumulative["pro_website"], cumulative["app_received"]) == (5395, 5017, 28)
    assert (cumulative["app_email"], cumulative["reply_total"], cumulative["reply_granted"]) == (6, 24, 19)
    assert (year["pro_total"], year["app_received"], year["reply_total"]) == (1853, 7, 3)


def test_cumulative_values_never_reach_the_wide_tables():
    result = _result("2015_pingtanqu_1.txt")  # 主动公开文件数条294981916 -> 2949 | 81916; 受理...总数条01 -> 0 | 1
    tables = tidy([result])
    (row,) = tables["applications_pre2019"]
    assert (row["app_received"], row["app_letter_fax"], row["reply_granted"]) == (0, 0, 0)  # cumulative: 1, 1, 1
    preferred = {r["item"]: r["value"] for r in tables["facts"] if r["preferred"]}
    assert preferred["pro_total"] == 2949 and preferred["app_received"] == 0
    assert not [r for r in tables["facts"] if r["column_label"] == CUMULATIVE and r["preferred"]]
    (proactive,) = tables["proactive"]
    assert (proactive["pro_total"], proactive["pro_website"]) == (2949, 2949)


def test_the_cumulative_column_has_its_own_checks():
    checks = {c.identity: c for c in _result("2013_pingtanxian_1.txt").checks}
    # 历年累计: channels 18 + 0 + 6 + 4 + 0 + 0 = 28; replies 19 + 3 + 2 = 24
    assert (checks["cumulative:app_received"].stated, checks["cumulative:app_received"].computed) == (28, 28)
    assert checks["cumulative:reply_total"].holds
    # 2013年度: 0 + 0 + 3 + 4 + 0 + 0 = 7, on the table's rows (not the prose's 网上 3, 信函 4)
    assert checks["app_received"].computed == 7 and checks["app_received"].holds


def test_a_cumulative_value_does_not_count_for_an_ambiguous_year_cell():
    facts = [Fact("pro_total", None, "ambiguous", "table", "主动公开信息数条20263542", 0, column_label="本年"),
             Fact("pro_total", 3542.0, "number", "table", "主动公开信息数条20263542", 0, column_label=CUMULATIVE)]
    assert counting(facts) == {}
