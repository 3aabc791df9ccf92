"""Crawl tables: every row of the corpus crawls read by hand, dedupe against the files, hostile tables."""

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.build import run as build_module
from gidata.build import executors
from gidata.read import crawl as read_table_module
from gidata.build.run import build, execute
from gidata.errors import ReadError, TableError
from gidata.locate.classify import classify, classify_raw
from gidata.read.files import read_bytes
from gidata.cli import main
from gidata.read.crawl import parse_columns, read_table
from gidata.records import Report

from .conftest import CORPUS, EXPECTED, SAMPLE

CRAWLS = yaml.safe_load((EXPECTED / "crawls" / "rows.yaml").read_text(encoding="utf-8"))
ROWS = [(table, row) for table, rows in CRAWLS.items() for row in rows]
HEADER = "标题,时间,内容,一级类别,来源网站,访问地址,附件链接\n"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    """The whole shared corpus (files and the three crawls), built once."""
    assert CORPUS.is_dir(), CORPUS
    out = tmp_path_factory.mktemp("corpus")
    summary = build([CORPUS], out, workers=2)
    return summary, pd.read_parquet(out / "reports.parquet").set_index("report_id"), out


def test_the_expectations_cover_every_row_of_the_three_crawls():
    for table, rows in CRAWLS.items():
        frame = pd.read_csv(CORPUS / table, dtype=str, keep_default_na=False)
        assert [r["row"] for r in rows] == list(range(1, len(frame) + 1)), table
    assert len(ROWS) == 41


@pytest.mark.parametrize("table,row", ROWS, ids=lambda x: x if isinstance(x, str) else str(x["row"]))
def test_every_crawl_row_is_classified_and_located(corpus_build, table, row):
    _, reports, _ = corpus_build
    got = reports.loc[f"{table}#{row['row']}"]
    status = got["status"]
    assert (status in ("ok", "partial") if row["class"] == "report" else status == row["class"]), got["message"]
    assert got["source_table"] == table and got["source_row"] == row["row"]
    if row["class"] == "not_a_report":
        assert row["what"] in got["message"]
    if row["class"] in ("report", "no_text"):
        assert got["year"] == row["year"]
        assert (None if pd.isna(got["body"]) else got["body"]) == row["body"]
    links = json.loads(got["attachments"]) if isinstance(got["attachments"], str) else []
    assert len(links) == row.get("attachments", 0)


def test_reports_that_are_also_files_count_once(corpus_build):
    summary, reports, out = corpus_build
    for table, row in ROWS:
        if "same_as" not in row:
            continue
        kept, copy = f"{table}#{row['row']}", f"reports/{row['same_as']}"
        assert reports.loc[copy, "status"] == "duplicate" and reports.loc[copy, "duplicate_of"] == kept
        assert json.loads(reports.loc[kept, "sources"]) == [kept, copy]
    facts = pd.read_parquet(out / "facts.parquet")
    assert not set(facts.report_id) & set(reports.index[reports.status == "duplicate"])
    counted = reports[reports.status.isin(["ok", "partial", "no_statistics"])]  # read, and not a duplicate
    assert summary.statuses["duplicate"] == 27 and len(counted) == 56  # 29 other files + 27 crawl reports
    duplicates = reports.index[reports.status == "duplicate"]
    for name in ("applications", "applications_pre2019", "challenges", "capacity", "proactive"):
        assert not pd.read_parquet(out / f"{name}.parquet").report_id.isin(duplicates).any(), name


def test_classification_decides_on_title_and_text_together():
    report_text = "根据《政府信息公开条例》，本机关主动公开政府信息120条，收到政府信息公开申请5件，依申请公开……" * 3
    law_text = "今年以来，我厅深入推进依法行政，办理行政复议案件，落实政府信息公开条例……" * 5
    assert classify("某市2020年政府信息公开工作年度报告", report_text).kind == "report"
    assert classify("某厅2020年法治政府建设情况报告", law_text).kind == "not_a_report"
    assert classify("某厅2020年政府信息公开工作年度报告", "\r\r").kind == "no_text"
    assert classify("某厅政府网站工作年度报表", "").kind == "not_a_report"
    assert classify("", report_text).kind == "report"  # no title: the text decides
    assert classify("关于召开座谈会的通知", "会议定于下午三点召开，请准时参加。" * 20).kind == "not_a_report"


_PIECES = ("信息公开", "年度报告", "工作报告", "年报", "正文", "\n==== 正文 ====\n", "标题:某厅\n", "。", "\r\n", "\r",
           "\u3000", "２０２０", "&#20449;", "&amp;", "<p>", "<html>", "\ufeff", " ", "甲" * 390, "乙" * 1990,
           "丙" * 3990, "丁" * 4400, "\r\n" * 2000, "信息公开年度报告", "&#20449;息公开年报",
           "信息公开" + "\r\n" * 6 + "工作报告", "信息公开" + "\r\n" * 7 + "年报")


@settings(max_examples=400, deadline=None)
@given(title=st.sampled_from(["某厅2020年法治政府建设情况报告", "某厅网站工作年度报表", "某厅2021年预算公开",
                              "某厅2020年政府信息公开工作年度报告", ""]),
       text=st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_classifying_the_raw_text_agrees_with_classifying_the_page_read(title, text):
    """Where `classify_raw` decides on the raw title and text, `classify` on the page as read (decoded,
    normalised, a crawler's header stripped) gives the same verdict."""
    verdict = classify_raw(title, text)
    if verdict is not None:
        try:
            read = read_bytes(text.encode("utf-8"), "page", ".txt").text
        except ReadError:
            read = ""  # an empty page, classified on its title
        assert verdict == classify(title, read)


def test_most_pages_that_are_not_reports_are_classified_on_their_raw_text():
    law_text = "今年以来，我厅深入推进依法行政，落实政府信息公开条例……\r\n" * 400
    assert classify_raw("某厅2020年法治政府建设情况报告", law_text).kind == "not_a_report"
    assert classify_raw("某厅2020年法治政府建设情况报告", "本厅政府信息公开工作年度报告如下。") is None
    assert classify_raw("某厅2020年政府信息公开工作年度报告", law_text) is None  # a report's title: read it
    assert classify_raw("某厅2020年法治政府建设情况报告", "<html><body>" + law_text) is None


def _csv(tmp_path, name, rows, encoding="utf-8", header=HEADER):
    path = tmp_path / name
    path.write_bytes((header + "".join(rows)).encode(encoding))
    return path


def _row(title, text, url="http://x/1.html", attachments=""):
    quoted = text.replace('"', '""')
    return f'{title},2024-01-26,"{quoted}",政府信息公开年报,http://x,{url},{attachments}\n'


def _report_text(name="2019_hebei_kejiting_1.txt"):
    return (CORPUS / "reports" / name).read_text(encoding="utf-8")


def _reports(out):
    return pd.read_parquet(out / "reports.parquet").set_index("report_id")


PARSED = ("ok", "partial", "duplicate")  # read and located (a copy of an earlier row is a duplicate)


def test_gb18030_and_bom_tables_read_like_utf8(tmp_path):
    text = _report_text()
    title = "河北省科学技术厅2019年政府信息公开工作年度报告"
    (tmp_path / "in").mkdir()
    _csv(tmp_path / "in", "a_utf8.csv", [_row(title, text)])
    _csv(tmp_path / "in", "b_excel.csv", [_row(title, text)], encoding="gb18030")
    _csv(tmp_path / "in", "c_bom.csv", [_row(title, text)], encoding="utf-8-sig")
    build([tmp_path / "in"], tmp_path / "out", workers=1)
    reports = _reports(tmp_path / "out")
    assert reports.loc["a_utf8.csv#1", "status"] in ("ok", "partial") and reports.loc["a_utf8.csv#1", "year"] == 2019
    assert reports.loc["b_excel.csv#1", "encoding"] == "gb18030"
    assert reports.loc["b_excel.csv#1", "duplicate_of"] == "a_utf8.csv#1"
    assert reports.loc["c_bom.csv#1", "duplicate_of"] == "a_utf8.csv#1"


def test_bad_tables_are_named_by_file_row_and_column_and_the_build_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = _row("某厅2019年政府信息公开工作年度报告", _report_text())
    unclosed_quote = '某厅2018年政府信息公开工作年度报告,2019-01-01,"开头\n没有结束的引号,x,x,x,\n'
    _csv(inputs, "quote.csv", [good, unclosed_quote, good])
    _csv(inputs, "columns.csv", [good, "a,b,c,d,e,f,g,h,i\n", good])
    mixed = inputs / "mixed.csv"
    mixed.write_bytes((HEADER + good).encode() + _row("某厅2017年报告", "正文乱码" * 50).encode("gbk"))
    _csv(inputs, "notext.csv", ["a,b\n"], header="标题,地址\n")
    (inputs / "binary.csv").write_bytes(bytes(range(256)) * 64)
    shutil.copy(SAMPLE / "004_cde45a360ad512ec.txt", inputs)
    build([inputs], tmp_path / "out", workers=1)
    reports = _reports(tmp_path / "out")
    assert reports.loc["004_cde45a360ad512ec.txt", "status"] == "ok"  # the rest of the build went on
    assert reports.loc["quote.csv#1", "status"] in PARSED
    quote = reports.loc["quote.csv#2"]
    assert quote["status"] == "corrupt" and "quote.csv: row 2, column 内容" in quote["message"]
    assert "never closed" in reports.loc["quote.csv#4", "message"]  # the last row, which runs to the end
    assert reports.loc["columns.csv#2", "status"] == "corrupt"
    assert "columns.csv: row 2" in reports.loc["columns.csv#2", "message"]
    assert reports.loc["columns.csv#3", "status"] in PARSED
    assert reports.loc["mixed.csv#1", "status"] in PARSED
    assert reports.loc["mixed.csv#2", "status"] == "unreadable"
    assert "mixed.csv: row 2, column 标题" in reports.loc["mixed.csv#2", "message"]
    assert reports.loc["notext.csv", "status"] == "unreadable"
    message = reports.loc["notext.csv", "message"]
    assert "no text column" in message and "标题, 地址" in message
    assert reports.loc["binary.csv", "status"] == "mislabelled"


def test_columns_override_names_the_text_column(tmp_path):
    table = _csv(tmp_path, "mine.csv", ['某厅2019年政府信息公开工作年度报告,"' + _report_text() + '"\n'],
                 header="headline,page_body\n")
    build([table], tmp_path / "plain", workers=1)
    assert _reports(tmp_path / "plain").loc["mine.csv", "status"] == "unreadable"
    build([table], tmp_path / "mapped", workers=1, columns=parse_columns("text=page_body,title=headline"))
    row = _reports(tmp_path / "mapped").loc["mine.csv#1"]
    assert row["status"] in ("ok", "partial") and row["body"] == "某厅" and row["year"] == 2019
    with pytest.raises(ValueError, match="ROLE=COLUMN"):
        parse_columns("body=正文")
    assert main(["build", str(table), "--out", str(tmp_path / "cli"), "--columns", "txt=x", "--quiet"]) == 2


def test_jsonl_and_parquet_give_the_rows_of_the_csv(tmp_path):
    frame = pd.read_csv(CORPUS / "crawls" / "hebei_kejiting.csv", dtype=str, keep_default_na=False)
    inputs = tmp_path / "in"
    inputs.mkdir()
    records = frame.to_dict("records")
    records[3]["附件链接"] = [x for x in records[3]["附件链接"].split(";") if x]  # a list, as JSON allows
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (inputs / "k.jsonl").write_text("\n".join(lines[:5] + ["{not json"] + lines[5:]) + "\n", encoding="utf-8")
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), inputs / "k.parquet")
    build([inputs], tmp_path / "out", workers=1)
    reports = _reports(tmp_path / "out")
    assert reports.loc["k.jsonl#6", "status"] == "corrupt" and "k.jsonl: row 6" in reports.loc["k.jsonl#6", "message"]
    assert reports.loc["k.parquet#6", "duplicate_of"] == "k.jsonl#7"  # JSON line 7 holds data row 6
    assert len(json.loads(reports.loc["k.jsonl#4", "attachments"])) == 2
    assert reports.loc["k.parquet#2", "status"] == "not_a_report"
    assert reports.loc["k.parquet#11", "body"] == "河北省科学技术厅" and reports.loc["k.parquet#11", "year"] == 2015


def test_a_field_of_megabytes_is_read(tmp_path):
    text = _report_text() + "\n附注。" + "很长的附录文字" * 400_000  # about 8 MB
    table = _csv(tmp_path, "big.csv", [_row("某厅2019年政府信息公开工作年度报告", text)])
    rows = [r for batch in read_table(table, "big.csv") for r in batch]
    assert len(rows) == 1 and len(rows[0].fields["text"]) == len(text)


def test_tables_stream_in_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(read_table_module, "CSV_BLOCK_BYTES", 1 << 16)
    table = _csv(tmp_path, "long.csv", [_row(f"第{i}行", "正文" * 200) for i in range(2000)])
    sizes = [len(batch) for batch in read_table(table, "long.csv")]
    assert sum(sizes) == 2000 and len(sizes) > 20 and max(sizes) < 100


@pytest.mark.parametrize("data", ["报告\U0001F600é,\"x\"\n".encode(), b"ab\xed\xa0\x80", b"\xc0\x80a", b"a\xe4\xb8",
                                  b"\xb8a"])
def test_utf8_blocks_are_checked_across_their_ends_as_python_decodes(data):
    for cut in range(len(data) + 1):
        for blocks in ((data[:cut], data[cut:], b""), (data[:cut], data[cut:cut + 1], data[cut + 1:], b"")):
            transcoder = read_table_module._Transcoder("utf-8", marked=False)
            try:
                for block in blocks:
                    transcoder(pa.py_buffer(block))
                valid = True
            except read_table_module._NotUtf8:
                valid = False
            try:
                data.decode("utf-8")
                assert valid
            except UnicodeDecodeError:
                assert not valid


def test_a_task_holds_256_short_rows_or_16_files_64_text_files_or_a_few_long_rows():
    short = read_table_module.Row("t.csv", 1, "csv", "utf-8", raw={"text": "正文".encode() * 1000})
    long = read_table_module.Row("t.csv", 2, "csv", "utf-8", fields={"text": "x" * (1 << 20)})
    assert [len(c) for c in executors.chunks([short] * 600)] == [256, 256, 88]
    assert [len(c) for c in executors.chunks([("a.pdf", "a")] * 40)] == [16, 16, 8]
    assert [len(c) for c in executors.chunks([(Path("a.TXT"), "a")] * 150)] == [64, 64, 22]  # a text file: 1/4
    assert [len(c) for c in executors.chunks([("https://x.cn/a.html", "a")] * 70)] == [64, 6]
    assert [len(c) for c in executors.chunks([long] * 40)] == [16, 16, 8]  # 17/16 of a file each: 16 to a task


def test_parallel_execution_pulls_inputs_lazily(tmp_path, monkeypatch):
    """Memory stays flat: only a bounded window of inputs is taken before the first result comes back."""
    pulled = []

    def inputs():
        for i in range(10_000):
            pulled.append(i)
            yield build_module.Result(Report(str(i), status="ok"))

    results = execute(inputs(), workers=2)
    first = next(results)
    assert first.report.report_id == "0"
    assert len(pulled) <= 2 * 4 * executors.CHUNK + executors.CHUNK
    assert [r.report.report_id for r in results][-1] == "9999"


def test_two_texts_of_one_body_and_year_are_both_kept_and_flagged(tmp_path):
    text = _report_text()
    revised = text.replace("一、总体情况", "一、总体情况(修订稿)")
    assert revised != text
    title = "河北省科学技术厅2019年政府信息公开工作年度报告"
    table = _csv(tmp_path, "two.csv", [_row(title, text), _row(title, revised), _row(title, text)])
    build([table], tmp_path / "out", workers=1)
    reports = _reports(tmp_path / "out")
    assert list(reports.loc[["two.csv#1", "two.csv#2"], "status"].isin(["ok", "partial"])) == [True, True]
    assert list(reports.loc[["two.csv#1", "two.csv#2"], "body_year_group"]) == ["two.csv#1", "two.csv#1"]
    assert pd.isna(reports.loc["two.csv#3", "body_year_group"])  # the duplicate is counted in #1
    assert reports.loc["two.csv#3", "duplicate_of"] == "two.csv#1"


def test_a_table_that_breaks_midway_keeps_the_rows_before(tmp_path, monkeypatch):
    monkeypatch.setattr(read_table_module, "CSV_BLOCK_BYTES", 1 << 16)
    monkeypatch.setattr(read_table_module, "CSV_MAX_BLOCK_BYTES", 1 << 18)  # the long row is longer
    rows = [_row(f"某厅{2000 + i}年政府信息公开工作年度报告", "正文" * 100 + str(i)) for i in range(60)]
    table = _csv(tmp_path, "long_row.csv", rows + [_row("某厅2099年报告", "长" * 400_000)] + rows[:3])
    build([table], tmp_path / "out", workers=1)
    reports = _reports(tmp_path / "out")
    assert reports.loc["long_row.csv", "status"] == "corrupt"
    assert reports.loc["long_row.csv", "message"].startswith("long_row.csv: after row")
    read = reports.index[reports.source_row.notna() & reports.index.str.startswith("long_row.csv#")]
    assert len(read) == 60  # every row before the long one


def test_a_row_with_only_html_is_read_from_its_html(tmp_path):
    text = _report_text()
    page = "<html><body><nav>首页 > 信息公开</nav><p>" + text.replace("\n", "</p><p>") + "</p></body></html>"
    record = {"title": "河北省科学技术厅2019年政府信息公开工作年度报告", "html": page, "url": "http://x/2019.html"}
    (tmp_path / "pages.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    build([tmp_path / "pages.jsonl"], tmp_path / "out", workers=1)
    row = _reports(tmp_path / "out").loc["pages.jsonl#1"]
    assert row["status"] in ("ok", "partial") and row["year"] == 2019 and row["body"] == "河北省科学技术厅"
    assert row["url"] == "http://x/2019.html" and row["n_facts"] > 0 and row["format"] == "jsonl"


def test_a_row_longer_than_a_block_is_read_again_with_larger_blocks_and_nothing_twice(tmp_path, monkeypatch):
    monkeypatch.setattr(read_table_module, "CSV_BLOCK_BYTES", 1 << 16)
    small = [_row(f"第{i}行", "正文" * 100) for i in range(1, 101)]
    rest = [_row(f"第{i}行", "正文" * 100) for i in range(103, 153)]
    table = _csv(tmp_path, "grow.csv", small + ["a,b,c,d,e,f,g,h\n", _row("第102行", "长" * 100_000)] + rest)
    rows = [r for batch in read_table(table, "grow.csv") for r in batch]
    assert [r.number for r in rows] == list(range(1, 153))
    assert rows[100].status == "corrupt" and "grow.csv: row 101" in rows[100].problem
    assert rows[101].fields["title"] == "第102行" and len(rows[101].fields["text"]) == 100_000
    assert [r.fields["title"] for r in rows[102:]] == [f"第{i}行" for i in range(103, 153)]


def test_a_jsonl_row_with_a_lone_surrogate_gets_a_status_and_the_build_goes_on(tmp_path):
    """JSON may escape half of a UTF-16 pair alone (`\\ud800`), which no UTF-8 text can hold: that row is
    `unreadable`, named by row and column, and every other row is read as in the CSV."""
    table = "crawls/hebei_gongxinting.csv"
    frame = pd.read_csv(CORPUS / table, dtype=str, keep_default_na=False)
    lines = [json.dumps(r, ensure_ascii=False) for r in frame.to_dict("records")]
    lines[2] = lines[2].replace('"内容": "', '"内容": "\\ud800', 1)  # row 3, a report
    lines[5] = lines[5].replace('"标题": "', '"标题": "\\udfff', 1)  # row 6, not a report
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build([tmp_path / "bad.jsonl"], tmp_path / "out", workers=1)
    reports = _reports(tmp_path / "out")
    assert sorted(reports.index) == sorted(f"bad.jsonl#{n}" for n in range(1, 14))
    assert reports.loc["bad.jsonl#3", "status"] == "unreadable"
    assert reports.loc["bad.jsonl#3", "message"] == (
        "bad.jsonl: row 3, column 内容: character 1 is a lone surrogate ('\\ud800', half of a UTF-16 pair), "
        "not a character")
    assert reports.loc["bad.jsonl#6", "status"] == "unreadable"
    assert reports.loc["bad.jsonl#6", "title"] == "\ufffd河北省工业和信息化厅2020年法治政府建设情况"
    for row in CRAWLS[table]:
        if row["row"] not in (3, 6):
            status = reports.loc[f"bad.jsonl#{row['row']}", "status"]
            assert status in ("ok", "partial") if row["class"] == "report" else status == row["class"]


def _with_bad_row(table, extra_field_row, encoding):
    """A corpus crawl table's bytes in `encoding`, one row given a field too many (as a crawler's stray comma)."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO((CORPUS / table).read_text(encoding="utf-8"), newline="")))
    rows[extra_field_row] = rows[extra_field_row] + ["多余的一列"]
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\n").writerows(rows)
    return text.getvalue().encode(encoding)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_a_row_with_a_field_too_many_keeps_every_other_row_of_the_table(tmp_path, encoding):
    """Row 4 of a real crawl table has 8 fields for 7 columns: it alone is `corrupt`, naming its row, and every
    row after it is read as in the UTF-8 original (pyarrow decodes a bad row as UTF-8 before our handler)."""
    table = "crawls/hebei_kejiting.csv"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "k.csv").write_bytes(_with_bad_row(table, 4, encoding))
    build([tmp_path / "in" / "k.csv"], tmp_path / "out", workers=1)
    build([CORPUS / table], tmp_path / "original", workers=1)
    reports, original = _reports(tmp_path / "out"), _reports(tmp_path / "original")
    assert sorted(reports.index, key=lambda i: int(i.split("#")[1])) == [f"k.csv#{n}" for n in range(1, 12)]
    assert list(reports.encoding) == [encoding] * 11
    bad = reports.loc["k.csv#4"]
    assert bad["status"] == "corrupt" and bad["source_row"] == 4
    assert bad["message"].startswith("k.csv: row 4: expected 7 columns, found 8 (a stray quote or separator?): "
                                     "'河北省科学技术厅2022年政府信息公开工作年度报...,2023-01-13,")
    for n in [1, 2, 3, *range(5, 12)]:
        got, want = reports.loc[f"k.csv#{n}"], original.loc[f"hebei_kejiting.csv#{n}"]
        assert got[["title", "status", "year", "body"]].equals(want[["title", "status", "year", "body"]]), n
    assert [original.loc[f"hebei_kejiting.csv#{n}", "status"] for n in range(1, 12)] == [
        "ok", "not_a_report", "not_a_report", "ok", "partial", "partial", "ok", "ok", "ok", "ok", "ok"]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8"])
@pytest.mark.parametrize("sniffed", [4096, read_table_module.SNIFF_BYTES])
def test_a_row_that_is_not_in_the_encoding_and_has_a_field_too_many_keeps_the_rest(tmp_path, monkeypatch,
                                                                                    encoding, sniffed):
    """Bytes not in the table's encoding make their row `unreadable`, naming the bytes of the field, even in a
    row with a wrong field count; the rows after it are read. So whether the bad rows come after the first
    bytes, which set the encoding (4096 here), or among them (the whole table is within the first MB)."""
    monkeypatch.setattr(read_table_module, "SNIFF_BYTES", sniffed)
    data = _with_bad_row("crawls/hebei_kejiting.csv", 4, encoding)
    at = data.index("河北省科学技术厅2021".encode(encoding))  # the title of row 5
    row5 = data[:at] + b"\xff" + data[at + 1:]  # the first byte of 河 spoilt
    at = data.index("河北省科学技术厅2022".encode(encoding))  # row 4, a field too many
    data = row5[:at] + b"\xff" + row5[at + 1:]
    (tmp_path / "bad.csv").write_bytes(data)
    rows = [r for batch in read_table(tmp_path / "bad.csv", "bad.csv") for r in batch]
    assert [r.number for r in rows] == list(range(1, 12))
    assert rows[3].status == "corrupt" and rows[3].problem.startswith(
        "bad.csv: row 4: expected 7 columns, found 8 (a stray quote or separator?): '\ufffd")
    assert rows[4].status == "unreadable"
    assert rows[4].problem == (f"bad.csv: row 5, column 标题: bytes 0-1 of the field are not {encoding} "
                               "(the encoding found at the start of the file)")
    assert rows[4].fields["title"].startswith("\ufffd")
    assert [r.fields["title"][:12] for r in rows[5:7]] == ["河北省科学技术厅2020", "河北省科学技术厅2019"]
    assert all(r.status is None for r in rows[5:])


def test_a_table_whose_rows_mix_utf8_and_gb18030_from_the_start_is_unreadable_naming_the_line(tmp_path):
    """A few spoilt bytes do not make a GB18030 table unreadable (above), but UTF-8 rows read as GB18030 spoil
    a byte every few dozen: a table that is half one, half the other from its first rows cannot be read."""
    lines = (CORPUS / "crawls/hebei_kejiting.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    data = (lines[0] + lines[1]).encode("gb18030") + "".join(lines[2:]).encode("utf-8")
    (tmp_path / "mixed.csv").write_bytes(data)
    with pytest.raises(TableError) as raised:
        list(read_table(tmp_path / "mixed.csv", "mixed.csv"))
    assert raised.value.status == "unreadable"
    message = raised.value.message
    assert message.startswith("mixed.csv: line ") and message.endswith("is neither UTF-8 nor GB18030")


def test_a_forked_worker_inherits_pyarrows_pandas_import():
    """`warm_arrow` before the pool: a worker's first Arrow conversion imports nothing more."""
    import subprocess
    import sys
    code = ("import os, sys; from gidata.build.chunk import warm_arrow; warm_arrow(); pid = os.fork()\n"
            "if pid == 0:\n"
            "    import pyarrow as pa; n = len(sys.modules); pa.array([1]); os._exit(len(sys.modules) - n)\n"
            "print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert found.strip() == "0"
