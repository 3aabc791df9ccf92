"""Optional OCR of scanned PDFs: pages rendered with pdfium, ruled tables cut into cells, read by Tesseract.

Off by default (`gidata build --ocr`, `gidata parse --ocr`): OCR misreads digits, so its figures
are less sure than a text layer's (see `benchmarks/bench_ocr.py`), and the extractors take an OCR'd
table row only when its own total adds up. Tables come out as `a | b | c` rows, like a text
layer's, for the same extractors. A report read this way says so in its `encoding` column
(`ocr:tesseract-chi_sim`).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from gidata.limits import check_ocr_pixels
from gidata.read.document import Document, ReadError, grid_lines
from gidata.read.normalize import CJK_CHARS, normalize_text
from gidata.read.files import read_document

LANGUAGE = "chi_sim"
DPI = 300
PAGE_SECONDS = 120.0
MAX_OCR_PAGES = 100
ENCODING = f"ocr:tesseract-{LANGUAGE}"
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread a page: faster on small machines
_VALUE = re.compile(r"\d+(?:\.\d+)?|/|-+")
_CJK_GAP = re.compile(rf"(?<=[{CJK_CHARS}])[ \t]+(?=[{CJK_CHARS}])")
_PAGE_NUMBER = re.compile(r"^[-—–~_]\s*\S{1,3}\s*[-—–~_]$|^\d{1,3}$")  # `- 3 -`, read or misread
_WRAPPED_END = re.compile(r"[\u3400-\u9fff]$")  # a line ending mid-label: no value, no full stop
_WRAPPED_START = re.compile(r"[\u3400-\u9fff](?![、.])")  # the rest of it: not a numbered label


def tesseract_problem() -> str | None:
    """Why Tesseract with the simplified-Chinese model cannot be used here, or None if it can."""
    binary = shutil.which("tesseract")
    if binary is None:
        return "OCR needs Tesseract: apt-get install tesseract-ocr tesseract-ocr-chi-sim"
    try:
        languages = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as error:
        return f"Tesseract does not run: {error}"
    if LANGUAGE not in (languages.stdout + languages.stderr).split():
        return f"Tesseract lacks the {LANGUAGE} model: apt-get install tesseract-ocr-chi-sim"
    return None


def read_with_ocr(path: str | Path, name: str | None = None) -> Document:
    """Read a report as usual; a PDF without a text layer is then read by OCR."""
    try:
        return read_document(path, name=name)
    except ReadError as error:
        if error.status != "no_text_layer":
            raise
    data = Path(path).read_bytes()
    doc = Document(name=name or Path(path).name, format="pdf", sha256=hashlib.sha256(data).hexdigest(),
                   size=len(data))
    return read_scanned_pdf(data, doc)


def read_scanned_pdf(data: bytes, doc: Document) -> Document:
    """Fill `doc` with the OCR text of every page; ReadError `needs_tesseract` when it can't run."""
    problem = tesseract_problem()
    if problem:
        raise ReadError("needs_tesseract", problem)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) > MAX_OCR_PAGES:
            raise ReadError("too_many_pages", f"{len(pdf)} pages is over the {MAX_OCR_PAGES} page OCR limit")
        pages = [ocr_page(render_page(pdf[index])) for index in range(len(pdf))]
    finally:
        pdf.close()
    doc.encoding = ENCODING
    doc.page_starts, text = [], ""
    for page in pages:
        doc.page_starts.append(len(text))
        text += page if page.endswith("\n") else page + "\n"
    doc.text = text
    return doc


def render_page(page, dpi: int = DPI):
    """A PDF page as a greyscale image at `dpi`; too_large when over the OCR pixel limit."""
    width, height = page.get_size()
    check_ocr_pixels(int(width * dpi / 72) * int(height * dpi / 72), f"a {width / 72:.0f}x{height / 72:.0f} inch page")
    return page.render(scale=dpi / 72).to_pil().convert("L")


def ocr_page(image) -> str:
    """A page image as text: ruled tables cut into cells and each cell read on its own (labels with
    the Chinese model, values again with the Latin digits model, which reads `21` where chi_sim
    reads `2`), written as `a | b | c` rows like a text layer's tables; the text between tables
    read as blocks."""
    import numpy as np  # here, with the image readers: a build without --ocr does without them

    from gidata.read.image_tables import crop, erase_rules, find_image_tables

    erased = np.asarray(erase_rules(image))
    tables = find_image_tables(image)
    crops: list = []
    plan: list[tuple[str, Any]] = []  # ("text", the crop's index) or ("table", (bands, cells))
    top = 0
    for bands in tables:
        plan.append(("text", len(crops)))
        crops.append(crop(erased, 0, top, image.width, int(bands[0][0]), pad=0))
        cells: list[list[tuple[int, float, float]]] = []
        for t, bottom, cuts in bands:
            cells.append([])
            for a, b in zip(cuts, cuts[1:]):
                cells[-1].append((len(crops), a, b))
                crops.append(crop(erased, a, t, b, bottom))
        plan.append(("table", (bands, cells)))
        top = int(bands[-1][1])
    plan.append(("text", len(crops)))
    crops.append(crop(erased, 0, top, image.width, image.height, pad=0))
    words = tesseract(crops)
    cell_ids = {k for kind, item in plan if kind == "table" for row in item[1] for k, _, _ in row}
    digits = tesseract([crop if k in cell_ids else None for k, crop in enumerate(crops)], psm=7,
                       language="eng", config=("-c", "tessedit_char_whitelist=0123456789./-"))
    parts = []
    for kind, item in plan:
        if kind == "text":
            parts.append(clean_ocr_text(words[item]))
        else:
            bands, cells = item
            parts.append("\n".join(grid_lines(_grid(bands, cells, words, digits))) + "\n")
    return "".join(parts)


def _grid(bands, cells, words: list[str], digits: list[str]) -> list[list[str]]:
    """A table's grid from the two readings of its cells: Chinese text, and digits."""
    from gidata.read.image_tables import image_grid

    texts = {k: _CJK_GAP.sub("", words[k].replace("|", " ")).replace("\n", "").strip()
             for row in cells for k, _, _ in row}
    numbers = {k: digits[k].strip() for k in texts if _VALUE.fullmatch(digits[k].strip())
               and not re.search(r"[\u3400-\u9fff]", texts[k])}
    return image_grid(bands, cells, texts, numbers)


def tesseract(images: list, psm: int = 6, language: str = LANGUAGE, config: tuple = ()) -> list[str]:
    """The text of each image (None: no image, ""), all read by one Tesseract process."""
    out = [""] * len(images)
    todo = [(k, image) for k, image in enumerate(images) if image is not None]
    if not todo:
        return out
    with tempfile.TemporaryDirectory() as folder:
        names = []
        for k, image in todo:
            names.append(os.path.join(folder, f"{k}.png"))
            image.save(names[-1])
        listing = os.path.join(folder, "images.txt")
        Path(listing).write_text("\n".join(names) + "\n", encoding="utf-8")
        try:
            done = subprocess.run(["tesseract", listing, "stdout", "-l", language, "--psm", str(psm), *config],
                                  env=_ENV, capture_output=True, timeout=PAGE_SECONDS)
        except subprocess.TimeoutExpired:
            raise ReadError("timeout", f"OCR of a page took over {PAGE_SECONDS:.0f} s") from None
    if done.returncode != 0:
        raise ReadError("error", f"Tesseract failed: {done.stderr.decode('utf-8', 'replace')[-300:]}")
    texts = done.stdout.decode("utf-8", "replace").split("\f")  # one page of output an image
    for (k, _), text in zip(todo, texts):
        out[k] = text
    return out


def clean_ocr_text(text: str) -> str:
    """OCR text made like a text layer's: no spaces between Chinese characters, no stray bars (left
    of erased rules) that the table scanners would take for cell separators, no page number, and a
    table label wrapped in its cell joined again (`5.要求行政机关确认或重新出具` / `已获取信息 0 0`).

    >>> clean_ocr_text("本 年 新 收 | 21|  0\\n2 .没有现成信息需要另行\\n制作 3 0\\n- 3 -\\n")
    '本年新收 21 0\\n2.没有现成信息需要另行制作 3 0\\n'
    """
    text = text.replace("|", " ").replace("\f", "\n")
    text = _CJK_GAP.sub("", text)
    text = re.sub(r"(?<=\d) +(?=[.、．][\u3400-\u9fff])", "", text)  # `2 .没有` is `2.没有`
    text = re.sub(r"[ \t]{2,}", " ", text)
    lines = [line.strip() for line in normalize_text(text).split("\n")]
    lines = [line for line in lines if line and not _PAGE_NUMBER.match(line)]
    out: list[str] = []
    for line in lines:
        if out and _WRAPPED_END.search(out[-1]) and _WRAPPED_START.match(line):
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out) + "\n" if out else ""
