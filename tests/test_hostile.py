"""Hostile and unlucky inputs: each gets its row in `reports` with a status, and nothing leaks or runs.

| case                                        | outcome                                  |
|---------------------------------------------|------------------------------------------|
| CSV with a header only, Parquet of 0 rows   | `empty`                                  |
| dangling link, loop of links (report names) | `unreadable`, saying which               |
| subfolder that cannot be listed             | `unreadable`, the folder named           |
| `.rtf` in a folder                          | a row (read through LibreOffice)         |
| file name in GBK bytes                      | a row, the name decoded                  |
| SOURCES.csv in GBK / a 200 KB field         | its titles used / no crash               |
| HTML table of 64 M spanned cells            | `too_large`, naming --max-cells, at once |
| HTML nested 300 deep                        | text after the nesting kept              |
| input over --max-seconds / out of memory    | `timeout` / `too_large`, naming the limit|
| `=`, `+`, `-`, `@` cells in sources.csv     | neutralised with `'`                     |
| XXE and entity expansion in .docx and HTML  | no file read, no expansion               |
| `<script>` in HTML                          | dropped                                  |
| paths and file:// links in crawl columns    | recorded, never opened                   |
| LibreOffice and Tesseract                   | argument lists, temporary names, no shell|
"""

import csv
import io
import os
import sys
import time
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from gidata import limits
from gidata.build import report as report_module
from gidata.build.report import process_file
from gidata.build.run import build, discover
from gidata.read import ocr, word
from gidata.read.files import read_bytes

from .conftest import SAMPLE

SEED = SAMPLE / "004_cde45a360ad512ec.txt"


def _reports(out: Path) -> dict[str, dict]:
    return {r["report_id"]: r for r in pq.read_table(out / "reports.parquet").to_pylist()}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A folder of hostile inputs, built once."""
    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "header_only.csv").write_text("标题,内容\n", encoding="utf-8")
    pq.write_table(pa.table({"标题": pa.array([], pa.string()), "内容": pa.array([], pa.string())}),
                   inputs / "zero_rows.parquet")
    (inputs / "dangling.txt").symlink_to(inputs / "nowhere.txt")
    (inputs / "loop_a.txt").symlink_to(inputs / "loop_b.txt")
    (inputs / "loop_b.txt").symlink_to(inputs / "loop_a.txt")
    (inputs / "letter.rtf").write_bytes(b"{\\rtf1\\ansi hello}")
    gbk_folder = os.path.join(os.fsencode(inputs), "报告".encode("gbk"))  # a folder name that is not UTF-8
    os.mkdir(gbk_folder)
    (Path(os.fsdecode(gbk_folder)) / "seed.txt").write_bytes(SEED.read_bytes())
    (inputs / "=HYPERLINK(1).txt").write_bytes(b"-")
    spans = "".join(f'<td rowspan="200" colspan="200">{i}</td>' for i in range(40))
    (inputs / "spans.html").write_text("<html><body><table>" + f"<tr>{spans}</tr>" * 40 + "</table></body></html>")
    (inputs / "deep.html").write_text("<html><body>" + "<div>" * 300 + "深" + "</div>" * 300
                                      + "<p>嵌套之后的文字</p></body></html>", encoding="utf-8")
    titled = inputs / "titled"
    titled.mkdir()
    (titled / "a.txt").write_bytes(SEED.read_bytes())
    (titled / "SOURCES.csv").write_bytes("file,title,url\na.txt,官渡区环保局年度报告,x\nb.txt,".encode("gbk")
                                         + b"x" * 200_000 + b",y\n")
    out = root / "out"
    summary = build([inputs], out, workers=1)
    return inputs, out, summary


def test_every_hostile_input_has_a_row_with_its_status(hostile):
    _, out, summary = hostile
    reports = _reports(out)
    assert reports["header_only.csv"]["status"] == reports["zero_rows.parquet"]["status"] == "empty"
    assert reports["dangling.txt"]["status"] == "unreadable" and "link" in reports["dangling.txt"]["message"]
    assert reports["loop_a.txt"]["status"] == reports["loop_b.txt"]["status"] == "unreadable"
    assert reports["letter.rtf"]["format"] in {"rtf", "docx"}
    assert reports["报告/seed.txt"]["status"] in {"ok", "duplicate"}
    assert reports["spans.html"]["status"] == "too_large" and "--max-cells" in reports["spans.html"]["message"]
    assert summary.files == len(reports) == 11


def test_sources_csv_in_gbk_with_a_huge_field_still_gives_titles(hostile):
    _, out, _ = hostile
    assert _reports(out)["titled/a.txt"]["title"] == "官渡区环保局年度报告"


def test_html_nested_deeper_than_lxml_s_default_keeps_its_text():
    doc = read_bytes(("<html><body>" + "<div>" * 300 + "深" + "</div>" * 300 + "<p>嵌套之后的文字</p></body></html>")
                     .encode("utf-8"), "deep.html", ".html")
    assert "深" in doc.text and "嵌套之后的文字" in doc.text


def test_a_subfolder_that_cannot_be_listed_gets_a_row(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    scandir = os.scandir

    def refuse(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    found = {i: p for p, i in discover([tmp_path])}
    assert set(found) == {"a.txt", "locked"}
    monkeypatch.setattr(os, "scandir", scandir)
    row = process_file(found["locked"], "locked").report
    assert row.status == "unreadable" and "folder" in row.message


def test_cells_that_look_like_formulas_are_neutralised_in_sources_csv(hostile):
    _, out, _ = hostile
    rows = list(csv.DictReader(io.StringIO((out / "sources.csv").read_text(encoding="utf-8"))))
    assert {r["report_id"] for r in rows} >= {"'=HYPERLINK(1).txt"}
    assert not [v for r in rows for v in r.values() if v[:1] in ("=", "+", "@", "\t", "\r")
                or (v[:1] == "-" and not v.lstrip("-").isdigit())]


def test_an_input_over_the_wall_time_limit_is_a_timeout(monkeypatch):
    def slow(doc, regime):
        time.sleep(5)

    monkeypatch.setattr(report_module, "extract", slow)
    limits.use(limits.Limits(seconds=0.2))
    try:
        started = time.monotonic()
        row = process_file(SEED, "seed").report
    finally:
        limits.use(limits.Limits())
    assert time.monotonic() - started < 3
    assert row.status == "timeout" and "--max-seconds" in row.message and row.sha256


def test_an_input_that_exhausts_memory_is_too_large(monkeypatch):
    def hungry(doc, regime):
        raise MemoryError()

    monkeypatch.setattr(report_module, "extract", hungry)
    row = process_file(SEED, "seed").report
    assert row.status == "too_large" and "--max-memory" in row.message


def test_a_huge_page_is_not_rendered_for_ocr():
    class Page:
        def get_size(self):
            return 200 * 72, 200 * 72  # a 200-inch page

        def render(self, **kwargs):
            raise AssertionError("rendered")

    with pytest.raises(Exception, match="--max-ocr-pixels") as caught:
        ocr.render_page(Page())
    assert caught.value.status == "too_large"


def test_a_bug_s_message_keeps_the_whole_traceback(monkeypatch):
    def broken(doc, regime):
        raise ValueError("deep inside")

    monkeypatch.setattr(report_module, "extract", broken)
    row = process_file(SEED, "seed").report
    assert row.status == "error" and "ValueError: deep inside" in row.message
    assert "Traceback (most recent call last)" in row.message and "in broken" in row.message


# --- security ---------------------------------------------------------------------------------------

def _docx_with(document_xml: str) -> bytes:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source, target = zipfile.ZipFile(io.BytesIO(buffer.getvalue())), io.BytesIO()
    with zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            out.writestr(item, document_xml if item.filename == "word/document.xml" else source.read(item))
    return target.getvalue()


_BODY = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         '<w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>')


def test_no_external_entity_or_entity_expansion_in_docx_and_html(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARK-4242")
    xxe = f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>' + _BODY.format("&x;")
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "lollollollollol">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
              + "]>" + _BODY.format("&i;"))
    for xml in (xxe, laughs):
        path = tmp_path / "x.docx"
        path.write_bytes(_docx_with(xml))
        row = process_file(path, "x.docx").report
        assert row.status != "ok" or (row.n_facts or 0) == 0
        doc_text = _text_or_empty(path)
        assert "SECRET-MARK" not in doc_text and "lollollol" * 10 not in doc_text
    html = (f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body><p>&x;</p>'
            "<script>document.write('SCRIPT-MARK')</script><p>正文</p></body></html>")
    text = read_bytes(html.encode(), "x.html", ".html").text
    assert "SECRET-MARK" not in text and "SCRIPT-MARK" not in text and "正文" in text


def _text_or_empty(path: Path) -> str:
    try:
        return read_bytes(path.read_bytes(), path.name, path.suffix).text
    except Exception:
        return ""


def test_paths_in_crawl_columns_are_recorded_never_opened(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    table = tmp_path / "in" / "crawl.csv"
    table.parent.mkdir()
    table.write_text(f"标题,内容,附件链接,访问地址\n报告,{secret},file://{secret};{secret},{secret}\n",
                     encoding="utf-8")
    opened = []
    sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" and watching else None)
    watching = True
    try:
        build([table.parent], tmp_path / "out", workers=1)
    finally:
        watching = False
    assert str(secret) not in opened
    row = _reports(tmp_path / "out")["crawl.csv#1"]
    assert str(secret) in row["attachments"] and row["url"] == str(secret)


def test_libreoffice_is_called_with_a_list_and_a_temporary_name(monkeypatch):
    calls = []

    class Done:
        pid = 0

        def __init__(self, command, **kwargs):
            calls.append((command, kwargs))

        def communicate(self, timeout=None):
            return b"", b"no output"

    monkeypatch.setattr(word, "find_soffice", lambda: "/usr/bin/soffice")
    monkeypatch.setattr(word.subprocess, "Popen", Done)
    with pytest.raises(Exception, match="could not convert"):
        word.convert_to_docx(b"{\\rtf1 x}", ".rtf")
    command, kwargs = calls[0]
    assert isinstance(command, list) and not kwargs.get("shell")
    assert Path(command[-1]).name == "input.rtf" and "gidata-soffice-" in command[-1]


def test_tesseract_is_called_with_a_list_and_temporary_names(monkeypatch):
    from PIL import Image

    calls = []

    class Done:
        returncode, stdout, stderr = 0, b"", b""

    def run(command, **kwargs):
        calls.append((command, kwargs))
        return Done()

    monkeypatch.setattr(ocr.subprocess, "run", run)
    ocr.tesseract([Image.new("L", (10, 10), 255)])
    command, kwargs = calls[0]
    assert isinstance(command, list) and command[0] == "tesseract" and not kwargs.get("shell")
    assert command[1].endswith("images.txt") and Path(command[1]).parent.name.startswith("tmp")


def test_each_json_lines_record_is_its_own_row_with_its_own_status(tmp_path):
    from gidata.build.run import inputs

    table = tmp_path / "t.jsonl"
    table.write_bytes(b'{"title": "no text"}\n{"title": "a", "text": "first"}\n'
                      b'\x00\x00\n{"title": "b", "text": "after"}\n')
    rows = {r.number: r for r in inputs([(table, "t.jsonl")])}
    assert rows[1].status == "unreadable" and "no text column" in rows[1].problem
    assert rows[2].fields["text"] == "first" and rows[4].fields["text"] == "after"
    assert rows[3].status == "corrupt"


def test_utf32_and_big5_text_is_decoded_as_such():
    from gidata.read.files import decode

    text = (SAMPLE / "001_f55af3b9fc6ef95b.txt").read_text(encoding="utf-8")[:3000]
    for encoding in ("utf-32", "utf-32-le", "utf-32-be"):
        assert decode(text.encode(encoding))[0].lstrip("\ufeff") == text
    traditional = text.translate(str.maketrans("资讯开报县区务处门关规统计数为发时间",
                                               "資訊開報縣區務處門關規統計數為發時間"))
    data = traditional.encode("big5", errors="ignore")
    assert decode(data) == (data.decode("big5"), "big5")
