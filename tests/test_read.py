"""The read stage: encodings, normalisation, crawler headers, HTML tables as grids."""

import codecs

import pytest

from gidata.build.report import process_file
from gidata.build.sources import sources_metadata
from gidata.read.document import ReadError
from gidata.read.files import read_bytes

from .conftest import ROOT

TEXT = "三门峡市2017年政府信息公开工作年度报告\n收到申请１７２件，其中当面申请７３件。"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk", "utf-16"])
def test_common_chinese_encodings_decode_to_the_same_text(encoding):
    doc = read_bytes(TEXT.encode(encoding), "a.txt", ".txt")
    assert "收到申请172件,其中当面申请73件。" in doc.text


def test_utf8_with_bom_is_recognised():
    doc = read_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "a.txt", ".txt")
    assert doc.encoding == "utf-8-sig" and doc.text.startswith("三门峡市")


def test_odd_spaces_and_entities_are_normalised():
    doc = read_bytes("专职\u3000３人&nbsp;兼职\u00a0２人".encode(), "a.txt", ".txt")
    assert doc.text == "专职 3人 兼职 2人"


def test_crawler_header_becomes_metadata():
    raw = "标题: 平潭县公安局2009年度报告\n发布时间: 2010-05-12 00:00\n原文链接: https://x.gov.cn/a.htm\n" \
          "==================== 正文 ====================\n正文内容"
    doc = read_bytes(raw.encode(), "a.txt", ".txt")
    assert doc.meta == {"title": "平潭县公安局2009年度报告", "published": "2010-05-12 00:00",
                        "url": "https://x.gov.cn/a.htm"}
    assert doc.text.strip() == "正文内容"


def test_html_tables_become_grids_with_spans_resolved():
    html = """<html><body><p>标题</p><table>
      <tr><td rowspan="2">申请人情况</td><td rowspan="2">自然人</td><td colspan="2">法人或其他组织</td></tr>
      <tr><td>商业企业</td><td>科研机构</td></tr>
      <tr><td>一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td></td></tr>
    </table><script>var x = 1;</script></body></html>"""
    doc = read_bytes(html.encode(), "a.html", ".html")
    assert doc.grids == [[["申请人情况", "自然人", "法人或其他组织", "法人或其他组织"],
                          ["申请人情况", "自然人", "商业企业", "科研机构"],
                          ["一、本年新收政府信息公开申请数量", "5", "1", ""]]]
    assert "一、本年新收政府信息公开申请数量 | 5 | 1 | " in doc.text
    assert "var x" not in doc.text


@pytest.mark.parametrize("data,suffix,status", [(b"", ".txt", "empty"), (b"   \n", ".txt", "empty"),
                                                (b"abc", ".xyz", "unsupported_format")])
def test_unusable_inputs_raise_read_error_with_a_status(data, suffix, status):
    with pytest.raises(ReadError) as error:
        read_bytes(data, "f" + suffix, suffix)
    assert error.value.status == status


def test_line_breaks_inside_a_paragraphs_markup_are_read_as_a_browser_shows_them(tmp_path):
    """Word's HTML breaks a paragraph's source every ~80 bytes; the figures of the prose survive it
    (河北科技厅 2016: hand-read in tests/expected; the case that showed it is 河北科技厅 2022)."""
    text = (ROOT / "corpus" / "reports" / "2016_hebei_kejiting_1.txt").read_text(encoding="utf-8")
    paragraphs = "".join("<p>" + "\r\n".join(line[i:i + 37] for i in range(0, len(line), 37)) + "</p>\r\n"
                         for line in text.splitlines() if line.strip())
    page = tmp_path / "2016_hebei_kejiting_word.html"
    page.write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    facts = process_file(page, page.name, sources_metadata(page)).facts
    prose = {f.item: f.value for f in facts if f.method == "prose"}
    assert {item: prose.get(item) for item in ("pro_website", "pro_wechat", "resp_press_conf", "app_received")} == {
        "pro_website": 1700, "pro_wechat": 800, "resp_press_conf": 2, "app_received": 1}
