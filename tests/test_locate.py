"""The locate stage on the five seeds and on titles of the shared corpus."""

import pytest

from gidata.locate.report import locate, split_title
from gidata.read.files import read_document

from .conftest import SAMPLE

SEEDS = {
    "000_6eecb43df29e7b4f.txt": ("三门峡市", 2017, "prefecture", "河南省", "jurisdiction", "2018-03-27"),
    "001_f55af3b9fc6ef95b.txt": ("宜春市", 2021, "prefecture", "江西省", "jurisdiction", None),
    "002_1391e8e30d97a904.txt": ("姑苏区", 2017, "county", "江苏省", "jurisdiction", "2018-02-24"),
    "003_0a37c811800a0b9d.txt": ("蛟河市白石山镇", 2015, "township", "吉林省", "body", "2016-01-18"),
    "004_cde45a360ad512ec.txt": ("官渡区环保局", 2017, "department", "云南省", "body", "2017-12-18"),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seeds_are_located(name):
    loc = locate(read_document(SAMPLE / name))
    assert (loc.body, loc.year, loc.level, loc.province, loc.scope, loc.published) == SEEDS[name]


@pytest.mark.parametrize("title,body,year", [
    ("三门峡市2017年政府信息公开工作年度报告", "三门峡市", 2017),
    ("蛟河市白石山镇2015年政府信息公开工作年度报告", "蛟河市白石山镇", 2015),
    ("2024年上海市科委政府信息公开工作年度报告", "上海市科委", 2024),
    ("河北省教育厅2013年度政府信息公开总结", "河北省教育厅", 2013),
])
def test_titles_split_into_body_and_year(title, body, year):
    assert split_title(title) == (body, year)


def test_a_department_named_without_its_place_is_completed_from_the_text(corpus):
    loc = locate(read_document(corpus / "reports" / "2009_pingtanxian_gonganju_1.txt"))
    assert (loc.body, loc.year, loc.level, loc.province) == ("平潭县公安局", 2009, "department", "福建省")


def _doc(text: str, **meta):
    from gidata.read.document import Document
    return Document(name="x", format="txt", sha256="", size=0, text=text, meta=meta)


@pytest.mark.parametrize("text, meta, published", [
    # the date signed under the report wins over the crawler's timestamp, even above an appended table
    ("XX县2020年政府信息公开工作年度报告\n……\nXX县人民政府办公室\n2021年1月25日\n附件\n统计表\n",
     {"published": "2021-03-02 10:11"}, "2021-01-25"),
    # the report's own 发布日期 wins over the page header's capture time
    ("采集时间: 2024-07-01 08:00\n某某局2023年政府信息公开工作年度报告\n发布日期：2024年1月22日\n正文……", {},
     "2024-01-22"),
    # with neither, the crawler's date is what there is
    ("某某局2023年政府信息公开工作年度报告\n正文……", {"published": "2024-01-30"}, "2024-01-30"),
    # the signature's date written in Chinese numerals
    ("某某县2019年政府信息公开工作年度报告\n正文……\n某某县人民政府\n二〇二〇年一月二十日\n",
     {"published": "2020-03-01"}, "2020-01-20"),
    ("某某局2020年政府信息公开工作年度报告\n正文……\n某某局\n二〇二一年十二月三十一日", {}, "2021-12-31"),
])
def test_the_reports_own_date_wins_over_the_crawlers(text, meta, published):
    from gidata.locate.report import find_published
    assert find_published(_doc(text, **meta)) == published


@pytest.mark.parametrize("text, scope", [
    ("湖口县人民政府2022年政府信息公开工作年度报告\n本年度主动公开政府信息120条。", "jurisdiction"),
    ("平潭综合实验区管委会2014年政府信息公开工作年度报告\n本年度主动公开政府信息120条。", "jurisdiction"),
    ("湖口县人民政府2022年政府信息公开工作年度报告\n本报告仅包括县政府本级的情况。", "body"),
    ("湖口县交通运输局2022年政府信息公开工作年度报告\n全县交通运输系统主动公开信息120条。", "body"),
])
def test_a_governments_report_covers_its_area_a_departments_itself(text, scope):
    assert locate(_doc(text)).scope == scope


def test_a_table_page_naming_no_body_is_the_body_whose_site_published_it(corpus):
    """政府信息公开情况统计表（ 2018年度）: neither its title nor its text names a body; its address
    (jyt.hebei.gov.cn, 河北省教育厅's site, as its companion report 2018_hebei_jiaoyuting_1 shows)."""
    from gidata.build.sources import sources_metadata
    path = corpus / "reports" / "2018_hebei_jiaoyuting_2.txt"
    doc = read_document(path)
    doc.meta = {**sources_metadata(path), **doc.meta}
    loc = locate(doc)
    assert (loc.body, loc.year, loc.level, loc.province, loc.scope) == ("河北省教育厅", 2018, "department", "河北省",
                                                                         "body")


def test_a_title_with_the_year_first_and_no_body_falls_back_to_the_site(corpus):
    """A real report's text (2019_hebei_gongxinting_1, which signs with no name) under a title of another
    shape: the year first, no body, and the page address as SOURCES.csv gives it (a doubled slash)."""
    doc = read_document(corpus / "reports" / "2019_hebei_gongxinting_1.txt")
    doc.meta = {"title": "2019年度政府信息公开工作报告",
                "url": "http://gxt.hebei.gov.cn//hbgyhxxht/zfxxgk/zfxxgknb/665444bbb/index.html"}
    loc = locate(doc)
    assert (loc.body, loc.year, loc.level, loc.province, loc.scope) == (
        "河北省工业和信息化厅", 2019, "department", "河北省", "body")


@pytest.mark.parametrize("url, body", [
    # a department's own column on the zone's portal
    ("https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqczj/zfxxgknb/202001/t20200121_1.htm",
     "平潭综合实验区财政金融局"),
    # the portal's annual-report column holds many bodies' reports: no guess
    ("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202001/t20200120_80576.htm", None),
    # a host that only begins like a listed one is another host
    ("https://kjt.hebei.gov.cnhttps://v.hebkjt.cn:8088/doc/2022/x.pdf", None),
    ("not an address", None),
])
def test_a_site_names_a_body_only_where_the_site_table_says(url, body):
    from gidata.locate.sites import site_body
    assert site_body(url) == body
    assert locate(_doc("政府信息公开情况统计表\n统计指标 单位 统计数", title="政府信息公开情况统计表（2018年度）",
                       url=url)).body == body
