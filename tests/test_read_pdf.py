"""The PDF reader on the corpus PDFs (figures read by hand) and on hostile files."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml

from gidata.vocabulary.tables import CHALLENGE_COLUMNS as COLUMNS

from gidata.read import pdf as read_pdf
from gidata.read.document import ReadError, grid_lines, serialise_grid
from gidata.read.normalize import compact
from gidata.read.files import read_bytes, read_document
from .row_labels import MATRIX_2019

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "reports"
EXPECTED = ROOT / "tests" / "expected"
PDFS = ["2023_hongzequ_huaian_1", "2024_hongzequ_huaian_1"]
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")

MATRIX_ROWS = MATRIX_2019  # these PDFs print the 2019-layout matrix
REVIEW = COLUMNS  # the 15 review/litigation items, in table order


def number(cell: str) -> float:
    return float(cell)


def split_row(row: list[str]) -> tuple[str, list[float]]:
    """A grid row as (its last label, its trailing numeric cells)."""
    k = len(row)
    while k and NUMBER.match(row[k - 1]):
        k -= 1
    labels = [cell for cell in row[:k] if cell]
    return (compact(labels[-1]) if labels else ""), [number(cell) for cell in row[k:]]


def find_row(grids, fragment: str, width: int | None = None) -> list[float]:
    """The values of the one row, in any grid, whose label contains `fragment`."""
    hits = []
    for grid in grids:
        for row in grid:
            label, values = split_row(row)
            if fragment in label and values and (width is None or len(values) == width):
                hits.append(values)
    assert len(hits) == 1, f"{fragment}: {len(hits)} rows"
    return hits[0]


def grid_page(doc, grid, row: int = 0) -> int:
    """The page on which a grid row is printed, through the text offsets."""
    offset = doc.text.index(serialise_grid(grid))
    offset += sum(len(line) + 1 for line in grid_lines(grid)[:row])
    return doc.page_at(offset)


@pytest.fixture(scope="module", params=PDFS)
def report(request):
    expected = yaml.safe_load((EXPECTED / f"{request.param}.yaml").read_text(encoding="utf-8"))
    return read_document(CORPUS / f"{request.param}.pdf"), expected


def matrix_of(doc):
    [grid] = [g for g in doc.grids if any("本年新收" in cell for row in g for cell in row)]
    return grid


def test_matrix_rows_exact(report):
    doc, expected = report
    table = expected["table"]
    for item, fragment in MATRIX_ROWS.items():
        assert find_row(doc.grids, compact(fragment), 7) == table[item], item


def test_review_litigation_exact(report):
    doc, expected = report
    rows = [split_row(row)[1] for grid in doc.grids for row in grid if len(split_row(row)[1]) == 15]
    assert rows == [[expected["table"][item] for item in REVIEW]]


def test_article20_exact(report):
    doc, expected = report
    table = expected["table"]
    assert find_row(doc.grids, "规章", 3) == [table["rules_issued"], table["rules_repealed"],
                                             table["rules_in_force"]]
    assert find_row(doc.grids, "行政规范性文件", 3) == [
        table["normative_issued_2021"], table["normative_repealed"], table["normative_in_force"]]
    for item, label in (("licensing_decisions", "行政许可"), ("penalty_decisions", "行政处罚"),
                        ("coercion_decisions", "行政强制"), ("fee_amount", "行政事业性收费")):
        assert set(find_row(doc.grids, label)) == {table[item]}, item  # the value cell spans 3 columns


def test_table_pages(report):
    doc, expected = report
    pages = expected["pages"]
    matrix = matrix_of(doc)
    assert grid_page(doc, matrix) == pages["matrix"]
    [review] = [g for g in doc.grids if any(len(split_row(r)[1]) == 15 for r in g)]
    assert grid_page(doc, review) == pages["review"]
    [article20] = [g for g in doc.grids if any("第二十条" in c for r in g for c in r)]
    assert grid_page(doc, article20) == pages["article20"]


def test_matrix_is_one_grid_across_the_page_break(report):
    """The matrix breaks from page 3 to 4; it comes out as one grid, labels carried over the break."""
    doc, _ = report
    grid = matrix_of(doc)
    labels = [split_row(row)[0] for row in grid]
    assert any("结转下年度" in label for label in labels)
    assert len([row for row in grid if len(split_row(row)[1]) == 7]) == 23
    [unclear] = [row for row in grid if "补正后申请内容仍不明确" in compact(" ".join(row))]
    assert compact(unclear[0]) == "三、本年度办理结果" and compact(unclear[1]) == "(四)无法提供"
    last_on_3 = 1 if doc.name.startswith("2023") else 0  # 2024 breaks after (四) 1., 2023 after 2.
    rows = [k for k, row in enumerate(grid) if "(四)无法提供" in row]
    assert grid_page(doc, grid, rows[last_on_3]) == 3
    assert grid_page(doc, grid, rows[last_on_3 + 1]) == 4


def test_cells_joined_without_line_breaks(report):
    doc, _ = report
    cells = {compact(cell) for row in matrix_of(doc) for cell in row}
    assert {"三、本年度办理结果", "商业企业", "社会公益组织", "法律服务机构"} <= cells
    assert "(二)部分公开(区分处理的,只计这一情形,不计其他情形)" in cells


def test_text_in_reading_order_without_page_numbers(report):
    doc, expected = report
    assert doc.format == "pdf" and len(doc.page_starts) == 5
    assert doc.page_starts == sorted(doc.page_starts) and doc.page_starts[0] == 0
    assert not re.search(r"^\s*-\s*\d+\s*-\s*$", doc.text, re.M)
    for grid in doc.grids:
        assert len({len(row) for row in grid}) == 1
        assert serialise_grid(grid) in doc.text
    pro = expected["prose"]["pro_website"]
    assert re.search(rf"政府网站平台主动(公开|发布各类)政府信息{pro}条", doc.text)
    headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
    positions = [doc.text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert doc.text.index(headings[2]) < doc.text.index(serialise_grid(matrix_of(doc))) < positions[3]
    assert doc.page_at(doc.text.index("六、其他需要报告的事项")) == 5


# hostile files ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pdf_bytes():
    return (CORPUS / f"{PDFS[0]}.pdf").read_bytes()


def status_of(data: bytes, suffix: str = ".pdf") -> str:
    with pytest.raises(ReadError) as error:
        read_bytes(data, "hostile" + suffix, suffix)
    return error.value.status


def encrypted(data: bytes, user: str, owner: str) -> bytes:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf_needing_a_password(pdf_bytes):
    assert status_of(encrypted(pdf_bytes, "secret", "owner")) == "encrypted"


def test_pdf_with_only_an_owner_password_is_read(pdf_bytes):
    doc = read_bytes(encrypted(pdf_bytes, "", "owner"), "owner.pdf", ".pdf")
    assert find_row(doc.grids, "本年新收", 7) == [21, 0, 0, 0, 0, 0, 21]


@pytest.mark.parametrize("keep", ["head", "half", "all but the trailer"])
def test_truncated_pdf(pdf_bytes, keep):
    size = {"head": 100, "half": len(pdf_bytes) // 2, "all but the trailer": len(pdf_bytes) - 200}[keep]
    assert status_of(pdf_bytes[:size]) == "corrupt"


def test_html_named_pdf_is_mislabelled():
    page = "<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>"
    assert status_of(page.encode("utf-8")) == "mislabelled"
    assert status_of("洪泽区2023年政府信息公开工作年度报告\n收到申请21件".encode("gb18030")) == "mislabelled"


def test_garbage_named_pdf_is_corrupt():
    assert status_of(bytes(range(256)) * 8) == "corrupt"


def test_scanned_pdf_has_no_text_layer(pdf_bytes):
    pdfium = pytest.importorskip("pypdfium2")
    document = pdfium.PdfDocument(pdf_bytes)
    images = [document[i].render(scale=0.8).to_pil().convert("RGB") for i in range(2)]
    document.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:])
    assert status_of(out.getvalue()) == "no_text_layer"


def test_too_many_pages(pdf_bytes, monkeypatch):
    monkeypatch.setattr(read_pdf, "MAX_PAGES", 3)
    assert status_of(pdf_bytes) == "too_many_pages"


# synthetic PDFs: tables drawn with filled bars, running headers, fake bold --------------------

def tiny_pdf(pages: list[str]) -> bytes:
    """A minimal PDF, one content stream a page, Helvetica as /F1 (ASCII text only)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for content in pages:
        stream = content.encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{content}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def text(x: float, y: float, words: str, size: int = 10) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({words}) Tj ET\n"


def bar_table(rows: list[list[str]], top: float, widths: list[float], height: float = 20, x0: float = 80) -> str:
    """A table drawn as WPS and Word do it: white cell backgrounds, light shading on the first row,
    borders as thin filled black bars (no stroked lines)."""
    ops, xs = [], [x0]
    for width in widths:
        xs.append(xs[-1] + width)
    bottom = top - height * len(rows)
    for r, row in enumerate(rows):
        y = top - height * (r + 1)
        ops.append(f"{'0.8 0.85 0.95' if r == 0 else '1 1 1'} rg {x0} {y} {xs[-1] - x0} {height} re f\n")
        for c, cell in enumerate(row):
            ops.append("0 g " + text(xs[c] + 3, y + 6, cell))
    for r in range(len(rows) + 1):
        ops.append(f"0 g {x0} {top - height * r - 0.25} {xs[-1] - x0} 0.5 re f\n")
    for x in xs:
        ops.append(f"0 g {x - 0.25} {bottom} 0.5 {top - bottom} re f\n")
    return "".join(ops)


def test_synthetic_table_of_filled_bars_with_running_header_and_footer():
    header = [text(80, 800, "Hongze District annual report 2023")]
    page1 = header + [text(80, 760, "Part three: requests"),
                      bar_table([["item", "persons", "firms", "total"], ["new", "21", "0", "21"],
                                 ["carried", "0", "0", "0"]], 740, [150, 60, 60, 60]),
                      text(80, 600, "Bold heading"), text(80.2, 600, "Bold heading"), text(290, 40, "Page 1 of 2")]
    page2 = header + [text(80, 760, "Part four: closing words."), text(290, 40, "Page 2 of 2")]
    data = tiny_pdf(["".join(page1), "".join(page2)])
    doc = read_bytes(data, "synthetic.pdf", ".pdf")
    assert doc.grids == [[["item", "persons", "firms", "total"], ["new", "21", "0", "21"], ["carried", "0", "0", "0"]]]
    assert "annual report" not in doc.text and "Page" not in doc.text
    assert doc.text.split("\n")[:6] == ["Part three: requests", "item | persons | firms | total", "new | 21 | 0 | 21",
                                        "carried | 0 | 0 | 0", "Bold heading", "Part four: closing words."]
    assert doc.page_at(doc.text.index("Part four")) == 2


def test_synthetic_table_over_a_page_break_with_repeated_header():
    head = ["label", "a", "b"]
    page1 = text(80, 760, "Table:") + bar_table([head, ["one", "1", "2"], ["two", "3", "4"]], 200, [150, 60, 60])
    page2 = bar_table([head, ["three", "5", "6"]], 800, [150, 60, 60]) + text(80, 700, "After the table.")
    doc = read_bytes(tiny_pdf([page1, page2]), "broken.pdf", ".pdf")
    assert doc.grids == [[head, ["one", "1", "2"], ["two", "3", "4"], ["three", "5", "6"]]]
    start = doc.text.index("three | 5 | 6")
    assert doc.page_at(doc.text.index("two | 3 | 4")) == 1 and doc.page_at(start) == 2
    assert doc.text.endswith("three | 5 | 6\nAfter the table.\n")
