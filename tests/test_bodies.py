"""Who reported: one body_id per body across years and spellings, canonical and pinyin names, parents."""

import csv

import pytest

import gidata
from gidata.locate.bodies import ALIASES_FILE, canonical_name, identify, pinyin

from .conftest import ROOT

# The bodies with reports in more than one year (or spelling) in the corpus, read off the titles by hand.
EXPECTED_GROUPS = {
    "130000-hebeisheng-kexuejishuting": ({"河北省科学技术厅", "河北省科技厅"}, set(range(2015, 2024))),
    "130000-hebeisheng-jiaoyuting": ({"河北省教育厅"}, {2013, 2014, 2016, 2017, 2018, 2019, 2021, 2022, 2023}),
    "130000-hebeisheng-gongyehexinxihuating": ({"河北省工业和信息化厅"}, set(range(2016, 2024))),
    "350128-pingtanzongheshiyanqu": ({"平潭综合实验区", "平潭综合实验区管委会"},
                                     {2012, 2014, 2015, 2017, 2019, 2021, 2023, 2025}),
    "350128-pingtanzongheshiyanqu-shichangjianduguanliju": ({"平潭综合实验区市场监督管理局"}, {2017, 2018, 2019}),
    "350128-pingtanzongheshiyanqu-gonganju": ({"平潭综合实验区公安局"}, {2019, 2021}),
    "350128-pingtanxian": ({"平潭县人民政府"}, {2012, 2013}),
    "320813-hongzequ": ({"洪泽区人民政府", "淮安市洪泽区人民政府"}, {2023, 2024}),
}


@pytest.fixture(scope="module")
def kept():
    reports = gidata.load("reports", folder=ROOT / "datasets")
    return reports[reports["status"].isin(["ok", "partial"])]


def test_body_id_joins_every_report_of_one_body_across_years(kept):
    for body_id, (names, years) in EXPECTED_GROUPS.items():
        group = kept[kept["body_id"] == body_id]
        assert set(group["body"]) == names, body_id
        assert set(group["year"].astype(int)) == years, body_id
    # and no body of these names is split off under another id
    for names, _ in EXPECTED_GROUPS.values():
        assert kept.loc[kept["body"].isin(names), "body_id"].nunique() == 1, names


def test_a_misspelt_county_gets_its_canonical_name_division_and_province(kept):
    row = kept[kept["body"] == "沐阳县人民政府"].iloc[0]
    assert (row["body_name"], row["division_code"], row["province"], row["parent_name"]) == (
        "沭阳县", "321322", "江苏省", "宿迁市")
    assert row["body_pinyin"] == "Shuyangxian" and row["body_id"] == "321322-shuyangxian"


def test_parents_of_a_department_a_district_a_township_and_a_prefecture(kept):
    parent = dict(zip(kept["body"], kept["parent_name"]))
    assert parent["河北省教育厅"] == "河北省"
    assert parent["平潭综合实验区公安局"] == "平潭综合实验区"
    assert parent["淮安市洪泽区人民政府"] == "淮安市"
    assert parent["蛟河市白石山镇"] == "蛟河市"
    assert parent["三门峡市"] == "河南省"


def test_the_alias_table_is_documented_and_each_alias_is_used_as_written():
    with ALIASES_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["printed"] and row["canonical"] and row["kind"] and row["note"] for row in rows)
    for row in rows:
        assert row["canonical"] in canonical_name(f"某某市{row['printed']}"), row


def test_names_with_and_without_suffix_or_parent_are_one_body():
    ids = {identify(name, level, code, None).body_id for name, level, code in (
        ("平潭综合实验区", "prefecture", "350128"), ("平潭综合实验区管委会", "prefecture", "350128"))}
    assert len(ids) == 1
    assert canonical_name("上海市科委") == "上海市科学技术委员会"
    assert pinyin("沭阳县") == "Shuyangxian"
    assert identify(None, None, None, None) is None
