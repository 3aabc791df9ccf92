"""Read a PDF report: text in reading order, page numbers and running lines dropped, page starts
kept; its ruled tables are found and joined across pages by `pdf_tables`."""

from __future__ import annotations

import io
import re
import time
from collections import Counter
from dataclasses import dataclass

from gidata.read.document import Document, ReadError, grid_lines
from gidata.read.normalize import CJK_CHARS, normalize_text
from gidata.read.pdf_tables import Table, find_ruled_tables, merge_tables, place_chars, ruled_grid

MAX_PAGES = 500
MAX_SECONDS = 300.0
MIN_CHARS_PER_PAGE = 10
_WIDE = re.compile(f"[{CJK_CHARS}—…·]")  # characters set without spaces between them
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_PAGE_NUMBER = re.compile(
    r"^[-—–_·\s]*(\d{1,3}|[ivxlcIVXLC]{1,6})[-—–_·\s]*$"
    r"|^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$"
    r"|^\d{1,4}\s*/\s*\d{1,4}$|^(page\s*)?\d{1,4}\s*(of|/)\s*\d{1,4}$", re.I)
_MARGIN = 0.12
_SENTENCE_END = re.compile(r"[。！？；：!?;:]\s*$")


@dataclass
class _Line:
    """A line of text outside the tables, with its position on the page."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    height: float = 842.0


def read_pdf(data: bytes, doc: Document) -> Document:
    """Fill `doc` from PDF bytes: text, grids, page starts; raise ReadError when it can't be read."""
    doc.format = "pdf"
    _sniff(data)
    _check_with_pdfium(data)
    pages, failed = _read_pages(data)
    if failed:
        doc.meta["unreadable_pages"] = ",".join(str(page + 1) for page in failed)
    _drop_running_lines(pages)
    return _assemble(doc, merge_tables(pages), len(pages))


def _sniff(data: bytes) -> None:
    """Refuse bytes that are not a PDF at all, saying what they look like."""
    head = data[:1024]
    if b"%PDF-" in head:
        return
    lower = data[:4096].lstrip().lower()
    if lower.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml", b"<meta", b"<div")) \
            or b"<html" in lower:
        raise ReadError("mislabelled", "the .pdf file holds HTML, not a PDF")
    if data.startswith(b"PK\x03\x04"):
        raise ReadError("mislabelled", "the .pdf file is a zip archive (a .docx?), not a PDF")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("mislabelled", "the .pdf file is an OLE document (a .doc/.wps?), not a PDF")
    if looks_like_text(data[:4096]):
        raise ReadError("mislabelled", "the .pdf file holds plain text, not a PDF")
    raise ReadError("corrupt", "no %PDF header: not a PDF file")


def looks_like_text(sample: bytes) -> bool:
    """Whether bytes decode (UTF-8 or GB18030, a character cut at the end allowed) to printable text."""
    for encoding in ("utf-8", "gb18030"):
        for cut in range(4):
            try:
                text = sample[: len(sample) - cut].decode(encoding)
            except UnicodeDecodeError:
                continue
            return sum(c.isprintable() or c.isspace() for c in text) >= 0.95 * max(1, len(text))
    return False


def _check_with_pdfium(data: bytes) -> None:
    """Open with pdfium (fast) to sort out passwords, broken files, page counts and scans."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == 4 or "password" in str(error).lower():
            raise ReadError("encrypted", "the PDF needs a password to open") from None
        raise ReadError("corrupt", f"the PDF cannot be opened: {error}") from None
    try:
        count = len(pdf)
        if count == 0:
            raise ReadError("corrupt", "the PDF has no pages")
        if count > MAX_PAGES:
            raise ReadError("too_many_pages", f"{count} pages is over the {MAX_PAGES} page limit")
        chars = 0
        for index in range(count):
            page = pdf[index]
            textpage = page.get_textpage()
            chars += len("".join(textpage.get_text_range().split()))
            textpage.close()
            page.close()
        if chars < MIN_CHARS_PER_PAGE * count:
            raise ReadError("no_text_layer", f"{chars} characters of text on {count} pages: a scan?")
    except pdfium.PdfiumError as error:
        raise ReadError("corrupt", f"the PDF cannot be read: {error}") from None
    finally:
        pdf.close()


def _read_pages(data: bytes) -> tuple[list[list[_Line | Table]], list[int]]:
    """Each page as its text lines and tables, top to bottom; and the pages that could not be read."""
    import pdfplumber

    start = time.monotonic()
    pages: list[list[_Line | Table]] = []
    failed: list[int] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages):
                if time.monotonic() - start > MAX_SECONDS:
                    raise ReadError("timeout", f"reading took over {MAX_SECONDS:.0f} s at page {number + 1}")
                try:
                    pages.append(_read_page(page, number))
                except Exception:  # one broken page (a bad font, a bad stream) spoils only itself
                    pages.append([])
                    failed.append(number)
                page.close()
    except ReadError:
        raise
    except Exception as error:  # pdfminer raises many kinds on broken files
        status = "encrypted" if "password" in repr(error).lower() else "corrupt"
        raise ReadError(status, f"pdfplumber could not read the PDF: {type(error).__name__}: {error}") from None
    if pages and len(failed) == len(pages):
        raise ReadError("corrupt", "no page of the PDF could be read")
    return pages, failed


def _read_page(page, number: int) -> list[_Line | Table]:
    """One page's lines outside tables and its ruled tables, in reading order."""
    chars = [c for c in page.chars if c["text"].strip()]
    tables = [t for t in find_ruled_tables(page) if len({c[0] for c in t.cells}) > 1]
    inside, outside = place_chars(tables, chars)
    for table, cell_chars in zip(tables, inside):
        table.cells = [(x0, top, x1, bottom, _cell_text(cs))
                       for (x0, top, x1, bottom, _), cs in zip(table.cells, cell_chars)]
        table.page = number
    items: list[_Line | Table] = [_Line(number, *line, page.height) for line in _lines(outside)]
    items += tables
    items.sort(key=lambda item: item.top)
    return items


def _lines(chars: list[dict]) -> list[tuple[float, float, float, float, float, str]]:
    """Characters grouped into lines: (top, bottom, x0, x1, size, text)."""
    out = []
    for group in _line_groups(chars):
        size = max(c["size"] for c in group)
        out.append((min(c["top"] for c in group), max(c["bottom"] for c in group),
                    group[0]["x0"], group[-1]["x1"], size, _join(group, size)))
    return out


def _line_groups(chars: list[dict]) -> list[list[dict]]:
    """Characters clustered by their vertical centre, each line sorted left to right."""
    groups: list[list[dict]] = []
    centre = None
    for char in sorted(chars, key=lambda c: (c["top"] + c["bottom"]) / 2):
        middle = (char["top"] + char["bottom"]) / 2
        if centre is None or middle - centre > 0.5 * max(char["size"], 1.0):
            groups.append([char])
            centre = middle
        else:
            groups[-1].append(char)
    return [sorted(group, key=lambda c: c["x0"]) for group in groups]


def _join(group: list[dict], size: float) -> str:
    """A line's characters as text: a space between words of Latin script, none in Chinese text,
    and one where a wide gap separates columns."""
    parts = [group[0]["text"]]
    for before, char in zip(group, group[1:]):
        if char["text"] == before["text"] and abs(char["x0"] - before["x0"]) < 0.3 * size:
            continue  # the same glyph printed twice over itself: fake bold
        gap = char["x0"] - before["x1"]
        cjk = _WIDE.match(before["text"][-1:]) or _WIDE.match(char["text"][:1])
        if gap > (1.5 * size if cjk else 0.2 * size):
            parts.append(" ")
        parts.append(char["text"])
    return "".join(parts)


def _cell_text(chars: list[dict]) -> str:
    """A cell's text with its line breaks removed (`商业` / `企业`, a label one character a line)."""
    if not chars:
        return ""
    lines = [_join(group, max(c["size"] for c in group)) for group in _line_groups(chars)]
    text = lines[0]
    for line in lines[1:]:
        text += (" " if _ASCII_WORD.match(text[-1:]) and _ASCII_WORD.match(line[:1])
                 and not text[-1:].isdigit() else "") + line
    return normalize_text(text).strip()


def _drop_running_lines(pages: list[list[_Line | Table]]) -> None:
    """Drop page numbers and running headers/footers: lines in the top or bottom margin that are a
    page number or repeat (digits aside) on at least half the pages."""
    def margin_lines(items):
        lines = [item for item in items if isinstance(item, _Line)]
        return [line for line in lines[:2] + lines[-2:] if _in_margin(line)]

    repeats: Counter[str] = Counter()
    for items in pages:
        repeats.update({re.sub(r"\d+", "#", line.text.strip()) for line in margin_lines(items)})
    threshold = max(2, (len(pages) + 1) // 2)
    for items in pages:
        for line in margin_lines(items):
            text = line.text.strip()
            if _PAGE_NUMBER.match(text) or (len(pages) > 1 and repeats[re.sub(r"\d+", "#", text)] >= threshold):
                if line in items:
                    items.remove(line)


def _in_margin(line: _Line) -> bool:
    return line.top < _MARGIN * line.height or line.bottom > (1 - _MARGIN) * line.height


def _assemble(doc: Document, blocks: list[_Line | Table], pages: int) -> Document:
    """Write the blocks out as text: lines joined into paragraphs, tables as serialised grids."""
    starts: list[int | None] = [None] * pages
    parts: list[str] = []
    offset = 0

    def mark(page: int, at: int) -> None:
        for p in range(page + 1):
            if starts[p] is None:
                starts[p] = at

    lines = [b for b in blocks if isinstance(b, _Line)]
    left, right = _text_edges(lines)
    previous: _Line | None = None
    for block in blocks:
        if isinstance(block, Table):
            grid, page_rows = ruled_grid(block)
            doc.grids.append(grid)
            rows = grid_lines(grid)
            if parts and not parts[-1].endswith("\n"):
                parts.append("\n")
                offset += 1
            for page, row in page_rows:
                mark(page, offset + sum(len(r) + 1 for r in rows[:row]))
            text = "\n".join(rows) + "\n"
            previous = None
        else:
            text = normalize_text(block.text)
            if previous is not None and _continues_paragraph(previous, block, left, right):
                if _ASCII_WORD.match(parts[-1][-1:]) and parts[-1][-1:].isalpha() and text[:1].isalpha():
                    text = " " + text
            elif parts and not parts[-1].endswith("\n"):
                text = "\n" + text
            mark(block.page, offset + (1 if text.startswith("\n") else 0))
            previous = block
        parts.append(text)
        offset += len(text)
    if parts and not parts[-1].endswith("\n"):
        parts.append("\n")
    doc.text = "".join(parts)
    end = len(doc.text)
    doc.page_starts = [0] * pages
    following = end
    for p in range(pages - 1, -1, -1):
        start = starts[p]
        following = start if start is not None else following
        doc.page_starts[p] = following
    if doc.page_starts:
        doc.page_starts[0] = 0
    return doc


def _text_edges(lines: list[_Line]) -> tuple[float, float]:
    """The left edge of the body text (most common line start) and its right edge."""
    if not lines:
        return 0.0, 0.0
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    ends = sorted(line.x1 for line in lines)
    return float(left), ends[int(0.9 * (len(ends) - 1))]


def _continues_paragraph(line: _Line, following: _Line, left: float, right: float) -> bool:
    """Whether `following` goes on with the paragraph of `line`: `line` runs to the right edge (or
    near it, in ragged-right text, without ending a sentence) and `following` is not indented, on
    the same page just below it or at the top of the next page."""
    size = max(line.size, 1.0)
    ragged = line.x1 >= right - 2.5 * size and not _SENTENCE_END.search(line.text)  # not justified
    if (line.x1 < right - 0.8 * size and not ragged) or following.x0 > left + 0.6 * size:
        return False
    if abs(line.size - following.size) > 1.5:
        return False
    if following.page == line.page:
        return 0 <= following.top - line.bottom < 1.2 * size
    return following.page == line.page + 1
