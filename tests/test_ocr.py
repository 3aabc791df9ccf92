"""OCR of scanned PDFs: a rendered corpus page read back with hand-read figures; a clear status
without Tesseract; rules erased before OCR."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from gidata.read import image_tables
from gidata.read import ocr
from gidata.read.document import Document, ReadError
from gidata.read.files import OCR_ENV
from gidata.extract.article20 import extract_article20
from gidata.extract.challenges import extract_challenges
from gidata.vocabulary.tables import CHALLENGE_COLUMNS as COLUMNS
from gidata.extract.matrix import extract_matrix
from gidata.build.report import process_file

from .conftest import CORPUS


def scan(pdf_path, pages=None, dpi: int = 150) -> bytes:
    """A PDF as a scanner gives it: one greyscale image a page, no text layer."""
    document = pdfium.PdfDocument(pdf_path.read_bytes())
    images = [document[i].render(scale=dpi / 72).to_pil().convert("L")
              for i in (pages if pages is not None else range(len(document)))]
    document.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def rows(facts) -> dict[str, list]:
    out: dict[str, list] = {}
    for fact in facts:
        out.setdefault(fact.item, []).append(fact.value if fact.semantics == "number" else fact.semantics)
    return out


@pytest.mark.needs_tesseract
def test_ocr_of_scanned_table_pages_finds_the_hand_read_figures(corpus):
    """Pages 3-4 of the 2024 洪泽区 report scanned at 300 dpi: figures read by hand from the pages.
    OCR reads 31 as 3 in 1.本机关不掌握 (natural persons), so that row is flagged, not given."""
    data = scan(CORPUS / "reports" / "2024_hongzequ_huaian_1.pdf", pages=[2, 3], dpi=300)
    doc = ocr.read_scanned_pdf(data, Document("p34", "pdf", "", len(data)))
    assert doc.from_ocr and len(doc.page_starts) == 2
    found = rows(extract_matrix(doc))
    assert found["req_new"] == [95, 0, 0, 0, 0, 0, 95]
    assert found["req_carried_over"] == [0] * 7
    assert found["out_granted"] == [50, 0, 0, 0, 0, 0, 50]
    assert found["out_partial"] == [9, 0, 0, 0, 0, 0, 9]
    assert found["out_denied_security"] == [1, 0, 0, 0, 0, 0, 1]
    assert found["out_denied_process"] == [1, 0, 0, 0, 0, 0, 1]
    assert found["out_denied_enforcement"] == [1, 0, 0, 0, 0, 0, 1]
    assert found["out_unprocessed_petition"] == [1, 0, 0, 0, 0, 0, 1]
    assert found["out_total"] == [95, 0, 0, 0, 0, 0, 95]
    assert found["out_unable_not_held"] == ["ambiguous"]
    review = {f.item: f.value for f in extract_challenges(doc)}
    assert review == dict(zip(COLUMNS, [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]))


def test_an_ocr_row_whose_total_does_not_add_up_is_ambiguous_not_a_number():
    text = "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n" \
           "一、本年新收政府信息公开申请数量 95 0 0 0 0 0 9\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n" \
           "四、结转下年度继续办理 0 0 0 0 0 0 0\n"
    read = rows(extract_matrix(Document("x", "pdf", "", 0, encoding=ocr.ENCODING, text=text)))
    assert read["req_new"] == ["ambiguous"] and read["req_carried_over"] == [0] * 7
    as_text_layer = rows(extract_matrix(Document("x", "pdf", "", 0, text=text)))
    assert as_text_layer["req_new"] == [95, 0, 0, 0, 0, 0, 9]  # a text layer is taken as printed


def test_scanned_pdf_without_the_flag_is_no_text_layer(corpus, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan(CORPUS / "reports" / "2023_hongzequ_huaian_1.pdf", pages=[0]))
    assert process_file(path, "scan.pdf", ocr=False).report.status == "no_text_layer"


def test_ocr_without_tesseract_is_a_clear_status(corpus, tmp_path, monkeypatch):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan(CORPUS / "reports" / "2023_hongzequ_huaian_1.pdf", pages=[0]))
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    result = process_file(path, "scan.pdf", ocr=True)
    assert result.report.status == "needs_tesseract"
    assert "apt-get install tesseract-ocr" in result.report.message
    with pytest.raises(ReadError) as error:
        ocr.read_with_ocr(path)
    assert error.value.status == "needs_tesseract"


def test_the_flag_reaches_process_file_through_the_environment(corpus, tmp_path, monkeypatch):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan(CORPUS / "reports" / "2023_hongzequ_huaian_1.pdf", pages=[0]))
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    monkeypatch.setenv(OCR_ENV, "1")
    assert process_file(path, "scan.pdf").report.status == "needs_tesseract"


def test_erase_rules_keeps_characters_and_removes_long_lines():
    pixels = np.full((200, 400), 255, dtype=np.uint8)
    pixels[50:52, 10:390] = 0  # a horizontal rule
    pixels[10:190, 300:302] = 0  # a vertical rule
    pixels[100:130, 40:70] = 0  # a blob the size of a character
    out = np.asarray(image_tables.erase_rules(Image.fromarray(pixels)))
    assert out[50:52, 10:390].min() == 255 and out[10:190, 300:302].min() == 255
    assert out[100:130, 40:70].max() == 0


def test_ocr_digits_run_together_are_never_split_by_guess():
    """A text layer's `308` under three columns is split 3|0|8 (the only way); OCR may have dropped
    a digit or a gap, so OCR text gives an ambiguous cell instead."""
    text = ("第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n"
            "行政规范性文件 308\n三、收到和处理政府信息公开申请情况\n")
    layer = {f.item: f.value for f in extract_article20(Document("x", "pdf", "", 0, text=text))}
    assert layer["normative_issued_2021"] == 3 and layer["normative_in_force"] == 8
    scanned = extract_article20(Document("x", "pdf", "", 0, encoding=ocr.ENCODING, text=text))
    assert {f.item: f.value for f in scanned if f.semantics == "number"} == {
        "rules_issued": 0, "rules_repealed": 0, "rules_in_force": 0}
    assert [f.semantics for f in scanned if f.item.startswith("normative")] == ["ambiguous"]


def test_find_tables_and_grid_of_a_drawn_table_with_a_merged_cell():
    """Three rows of rules; the top row's middle rule is missing (a header cell over two columns),
    and the outer border is thick (two edges)."""
    pixels = np.full((400, 700), 255, dtype=np.uint8)
    for y in (50, 150, 250, 350):
        pixels[y:y + 2, 48:652] = 0
    for x in (48, 52, 646, 650):  # a thick border: its two edges are one rule
        pixels[50:352, x:x + 2] = 0
    pixels[50:352, 250:252] = 0
    pixels[150:352, 450:452] = 0  # no rule between the two header columns
    [bands] = image_tables.find_image_tables(Image.fromarray(pixels))
    assert [(round(top), round(bottom), len(cuts)) for top, bottom, cuts in bands] == [
        (50, 150, 3), (150, 250, 4), (250, 350, 4)]
    cells = [[(10 * r + k, a, b) for k, (a, b) in enumerate(zip(cuts, cuts[1:]))]
             for r, (_, _, cuts) in enumerate(bands)]
    texts = {0: "项目", 1: "数量", 10: "许可", 11: "5", 12: "0", 20: "处罚", 21: "", 22: "7"}
    numbers = {11: "5", 12: "0", 22: "7"}
    assert image_tables.image_grid(bands, cells, texts, numbers) == [
        ["项目", "数量", "数量"], ["许可", "5", "0"], ["处罚", "", "7"]]
