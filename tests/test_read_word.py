"""The Word reader on fixtures made from seed texts (tests/fixtures/word/) and on hostile files."""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path

import pytest
import yaml

from gidata.vocabulary.tables import CHALLENGE_COLUMNS as COLUMNS

from gidata.read import word as read_word
from gidata.read.document import ReadError, serialise_grid
from .row_labels import MATRIX_2021
from gidata.read.normalize import compact, normalize_text
from gidata.read.files import read_bytes, read_document

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "word"
EXPECTED = ROOT / "tests" / "expected"
SEEDS = ROOT / "corpus" / "seeds"
SEED_001 = yaml.safe_load((EXPECTED / "001_f55af3b9fc6ef95b.yaml").read_text(encoding="utf-8"))["table"]
SEED_004 = yaml.safe_load((EXPECTED / "004_cde45a360ad512ec.yaml").read_text(encoding="utf-8"))["table"]

NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
REVIEW = COLUMNS  # the 15 review/litigation items, in table order
STATS_2017 = {  # pre-2019 table row label fragment -> item code
    "主动公开政府信息数": "pro_total", "政府网站公开政府信息数": "pro_website", "政务微博公开": "pro_weibo",
    "(三)从事政府信息公开工作人员数": "staff_total", "专职人员数": "staff_full_time",
    "兼职人员数": "staff_part_time", "政府信息公开专项经费": "budget", "工作会议或专题会议数": "meetings",
    "举办各类培训班数": "trainings", "接受培训人员数": "trainees", "(一)收到申请数": "app_received",
}


def split_row(row: list[str]) -> tuple[str, list[float]]:
    """A grid row as (its last label, its trailing numeric cells)."""
    k = len(row)
    while k and NUMBER.match(row[k - 1]):
        k -= 1
    labels = [cell for cell in row[:k] if cell]
    return (compact(labels[-1]) if labels else ""), [float(cell) for cell in row[k:]]


def find_row(grids, fragment: str, width: int) -> list[float]:
    """The values of the one row, in any grid, whose last label contains `fragment`."""
    hits = [values for grid in grids for label, values in map(split_row, grid)
            if fragment in label and len(values) == width]
    assert len(hits) == 1, f"{fragment}: {len(hits)} rows"
    return hits[0]


def check_matrix_2021(doc) -> None:
    """The grids of the matrix_2021 fixture hold seed 001's matrix and review figures exactly."""
    for item, fragment in MATRIX_2021.items():
        if item == "out_other_other":
            [values] = [split_row(row)[1] for grid in doc.grids for row in grid if split_row(row)[0] == "3.其他"]
        else:
            values = find_row(doc.grids, compact(fragment), 7)
        assert values == SEED_001[item], item
    rows = [split_row(row)[1] for grid in doc.grids for row in grid if len(split_row(row)[1]) == 15]
    assert rows == [[SEED_001[item] for item in REVIEW]]


@pytest.fixture(scope="module")
def matrix_doc():
    return read_document(FIXTURES / "matrix_2021.docx")


def test_docx_matrix_exact(matrix_doc):
    assert matrix_doc.format == "docx"
    check_matrix_2021(matrix_doc)


def test_docx_merged_cells_resolved(matrix_doc):
    matrix, review = matrix_doc.grids
    assert len({len(row) for row in matrix}) == 1 and len(matrix[0]) == 10
    assert matrix[0][:3] == [matrix[0][0]] * 3 and matrix[0][3:] == ["申请人情况"] * 7  # 3x3 and 1x7 spans
    assert matrix[1][3] == matrix[2][3] == "自然人" and matrix[1][4:9] == ["法人或其他组织"] * 5
    assert matrix[2][4:9] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    outcome_rows = [row for row in matrix if row[0] == "三、本年度办理结果"]  # one char a paragraph
    assert len(outcome_rows) == 22  # every outcome row, the vertical merge repeated down the column
    denied = [row for row in matrix if row[1] == "(三)不予公开"]
    assert [row[2][:2] for row in denied] == [f"{k}." for k in range(1, 9)]
    assert [row for row in matrix if "3.其他" in row][0][1] == "(六)其他处理"
    assert review[0][:5] == ["行政复议"] * 5 and review[1][5:10] == ["未经复议直接起诉"] * 5
    assert review[2][:5] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def test_docx_text_in_order(matrix_doc):
    text = matrix_doc.text
    marks = ["宜春市2021年政府信息公开工作年度报告", "三、行政机关收到和处理政府信息公开申请情况",
             serialise_grid(matrix_doc.grids[0]), "四、因政府信息公开工作被申请行政复议",
             serialise_grid(matrix_doc.grids[1]), "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    positions = [text.index(mark) for mark in marks]
    assert positions == sorted(positions)
    assert matrix_doc.page_starts == []


def test_docx_statistical_table_2017():
    doc = read_document(FIXTURES / "stats_2017.docx")
    [grid] = doc.grids
    assert grid[0] == ["政府信息公开情况统计表"] * 3
    for fragment, item in STATS_2017.items():
        values = [float(row[2]) for row in grid if compact(fragment) in compact(row[0]) and row[2]]
        assert values == [SEED_004[item]], item
    assert doc.text.index("附件1") < doc.text.index(serialise_grid(grid)) < doc.text.index("单位负责人")
    assert "2.政府网站公开政府信息数 | 条 | 155" in doc.text


# legacy .doc / .wps ------------------------------------------------------------------------

@pytest.mark.needs_libreoffice
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_doc_through_libreoffice(suffix, matrix_doc):
    doc = read_bytes((FIXTURES / "matrix_2021.doc").read_bytes(), "matrix_2021" + suffix, suffix)
    assert doc.format == suffix[1:]
    check_matrix_2021(doc)
    assert doc.grids == matrix_doc.grids


@pytest.mark.needs_libreoffice
def test_rtf_named_doc_through_libreoffice():
    rtf = rb"{\rtf1\ansi{\fonttbl\f0 Arial;}\f0 Annual report\par{\trowd\cellx2000\cellx4000 new\cell 21\cell\row}}"
    doc = read_bytes(rtf, "report.doc", ".doc")
    assert doc.format == "doc" and doc.grids == [[["new", "21"]]]
    assert doc.text == "Annual report\nnew | 21\n"


def no_soffice(monkeypatch, tmp_path) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert read_word.find_soffice() is None


@pytest.mark.parametrize("suffix", [".doc", ".wps", ".docx"])
def test_doc_without_libreoffice_needs_it(monkeypatch, tmp_path, suffix):
    no_soffice(monkeypatch, tmp_path)
    with pytest.raises(ReadError) as error:
        read_bytes((FIXTURES / "matrix_2021.doc").read_bytes(), "legacy" + suffix, suffix)
    assert error.value.status == "needs_libreoffice"
    assert "libreoffice" in error.value.message.lower()


def test_docx_named_doc_is_read_without_libreoffice(monkeypatch, tmp_path):
    no_soffice(monkeypatch, tmp_path)
    doc = read_bytes((FIXTURES / "matrix_2021.docx").read_bytes(), "renamed.doc", ".doc")
    assert doc.format == "docx"
    check_matrix_2021(doc)


def fake_soffice(monkeypatch, tmp_path, script: str) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "soffice"
    program.write_text("#!/bin/sh\n" + script + "\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")


def test_libreoffice_that_hangs_is_stopped(monkeypatch, tmp_path):
    fake_soffice(monkeypatch, tmp_path, "sleep 30")
    monkeypatch.setattr(read_word, "CONVERT_SECONDS", 1)
    with pytest.raises(ReadError) as error:
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "slow.doc", ".doc")
    assert error.value.status == "timeout"


def test_libreoffice_that_fails_is_corrupt(monkeypatch, tmp_path):
    fake_soffice(monkeypatch, tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1")
    with pytest.raises(ReadError) as error:
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "broken.doc", ".doc")
    assert error.value.status == "corrupt" and "could not be loaded" in error.value.message


# the same report printed to PDF by LibreOffice: a second PDF maker for the PDF reader -------------

@pytest.fixture(scope="module")
def matrix_pdf():
    return read_document(FIXTURES / "matrix_2021.pdf")


def test_pdf_from_libreoffice_matrix_exact(matrix_pdf):
    assert matrix_pdf.format == "pdf"
    check_matrix_2021(matrix_pdf)


def test_pdf_from_libreoffice_table_over_two_page_breaks(matrix_pdf):
    """The matrix runs over pages 3-5 with its 3 header rows repeated and two rows broken in two."""
    [matrix] = [g for g in matrix_pdf.grids if any("本年新收" in c for r in g for c in r)]
    assert sum("申请人情况" in row for row in matrix) == 1  # repeated headers dropped
    labels = [split_row(row)[0] for row in matrix]
    assert "1.本机关不掌握相关政府信息" in labels and "息" not in labels  # broken rows joined
    assert "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" in labels
    assert all(row[0] == "三、本年度办理结果" for row in matrix if split_row(row)[0] == "3.其他")
    start = matrix_pdf.text.index(serialise_grid(matrix))
    lines = serialise_grid(matrix).split("\n")
    page_of = {split_row(row)[0]: matrix_pdf.page_at(start + sum(len(x) + 1 for x in lines[:k]))
               for k, row in enumerate(matrix)}
    pages = (page_of["一、本年新收政府信息公开申请数量"], page_of["2.没有现成信息需要另行制作"], page_of["3.其他"])
    assert pages == (3, 4, 5)


def test_pdf_from_libreoffice_paragraphs_rejoined(matrix_pdf):
    """Lines broken by the layout are joined back into the seed's paragraphs, word for word."""
    lines = [line.strip() for line in (SEEDS / "001_f55af3b9fc6ef95b.txt").read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    end = next(i for i, line in enumerate(lines) if line.startswith("二、行政机关主动公开"))
    paragraphs = set(matrix_pdf.text.split("\n"))
    assert [line for line in lines[4:end] if normalize_text(line) not in paragraphs] == []


# hostile files ------------------------------------------------------------------------------

def status_of(data: bytes, suffix: str = ".docx") -> str:
    with pytest.raises(ReadError) as error:
        read_bytes(data, "hostile" + suffix, suffix)
    return error.value.status


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_docx_that_is_not_a_zip():
    assert status_of(bytes(range(256)) * 8) == "corrupt"


def test_docx_that_is_html_or_pdf_is_mislabelled():
    assert status_of(b"<html><body>\xe6\x8a\xa5\xe5\x91\x8a</body></html>") == "mislabelled"
    assert status_of(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") == "mislabelled"


def test_truncated_docx():
    data = (FIXTURES / "matrix_2021.docx").read_bytes()
    assert status_of(data[: len(data) // 2]) == "corrupt"


def test_zip_that_is_not_a_word_document():
    assert status_of(zipped({"hello.txt": b"hello"})) == "corrupt"


def test_zip_bomb_is_refused_before_inflating():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(read_word.MAX_UNZIPPED // len(chunk) + 8):
                member.write(chunk)
    data = out.getvalue()
    assert len(data) < read_word.MAX_UNZIPPED // 200  # a few hundred kB that would inflate past the bound
    assert status_of(data) == "too_large"


def test_xml_entity_bomb_does_not_expand():
    template = zipfile.ZipFile(FIXTURES / "matrix_2021.docx")
    members = {name: template.read(name) for name in template.namelist()}
    lol = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10))
    members["word/document.xml"] = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">' + lol + ']>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>').encode()
    try:
        doc = read_bytes(zipped(members), "lol.docx", ".docx")
    except ReadError as error:
        assert error.status == "corrupt"
    else:
        assert len(doc.text) < 10_000
