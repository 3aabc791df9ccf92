"""Read a report file (text, Markdown, HTML; PDF and Word through their own readers)."""

from __future__ import annotations

import codecs
import functools
import hashlib
import os
from gidata import lazyre as re  # (patterns compiled on first use)
from pathlib import Path

from gidata.limits import check_cells
from gidata.read.document import Document, Grid, ReadError, serialise_grid
from gidata.read.normalize import normalize_text

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".text": "txt"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html"}
PDF_SUFFIXES = {".pdf": "pdf"}
WORD_SUFFIXES = {".docx": "docx", ".doc": "doc", ".wps": "wps", ".rtf": "rtf"}
SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES, **PDF_SUFFIXES, **WORD_SUFFIXES}
MAX_BYTES = 64 * 1024 * 1024
OCR_ENV = "GIDATA_OCR"  # set to 1 by `gidata build --ocr`, so that worker processes see it too
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 LE's BOM starts as UTF-16 LE's
_CRAWL_HEADER_END = re.compile(r"^=+\s*正文\s*=+\s*$", re.M)
_CRAWL_FIELDS = {"标题": "title", "发布时间": "published", "原文链接": "url", "发布机构": "publisher"}
# A page number on a line of its own, as text converted from a PDF keeps it: "- 3 -", "—3—", "第 3 页 共 9 页".
# (From the line break before it: a literal first character lets the search skip ahead fast.)
_PAGE_NUMBER = re.compile(r"\n[ \t]*(?:[-—–]{1,2}[ \t]*\d{1,4}[ \t]*[-—–]{1,2}|第[ \t]*\d{1,4}[ \t]*页"
                          r"(?:[ \t]*,?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t]*(?=\n|$)")


def ocr_requested() -> bool:
    """Whether this run asked for OCR (the `--ocr` flag, passed on through the environment)."""
    return os.environ.get(OCR_ENV) == "1"


def read_document(path: str | Path, name: str | None = None) -> Document:
    """Read one report file into a Document; raise ReadError with a status when it can't."""
    path = Path(path)
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ReadError("too_large", f"{len(data)} bytes is over the {MAX_BYTES} byte limit")
    return read_bytes(data, name or path.name, path.suffix.lower())


def read_bytes(data: bytes, name: str, suffix: str) -> Document:
    """Read a report from its bytes, the suffix saying which reader applies."""
    doc = Document(name=name, format=SUFFIXES.get(suffix, suffix.lstrip(".") or "unknown"),
                   sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    if not data.strip():
        raise ReadError("empty", "the file is empty")
    if suffix in PDF_SUFFIXES:
        from gidata.read.pdf import read_pdf
        return read_pdf(data, doc)
    if suffix in WORD_SUFFIXES:
        from gidata.read.word import read_word
        return read_word(data, doc)
    if suffix not in SUFFIXES:
        raise ReadError("unsupported_format", f"no reader for {suffix or 'files without a suffix'}")
    text, doc.encoding = decode(data)
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        doc.format = "html"
        text, doc.grids = html_to_text(text)
    return _finish_text(doc, text)


def _finish_text(doc: Document, text: str) -> Document:
    """Normalise decoded text and split off a crawler's header block into metadata."""
    text = drop_page_marks(normalize_text(text))
    head = text[:4000]
    header = _CRAWL_HEADER_END.search(head) if "正文" in head else None  # its matches hold 正文: else none
    if header:
        for line in text[: header.start()].splitlines():
            key, _, value = line.partition(":")
            if key.strip() in _CRAWL_FIELDS and value.strip():
                doc.meta[_CRAWL_FIELDS[key.strip()]] = value.strip()
        text = text[header.end():]
    doc.text = text
    return doc


def drop_page_marks(text: str) -> str:
    """Text without the page numbers and form feeds of a PDF's pages, which would land inside a
    table row or between a label and its value when a table runs over a page.

    >>> drop_page_marks("- 1 -\\n行政许可 9487\\n- 2 -\\n\\f第二十条\\n第 3 页 共 9 页\\n本年增/减 -3\\n")
    '行政许可 9487\\n第二十条\\n本年增/减 -3\\n'
    """
    if "\f" in text:
        text = re.sub(r"\n?\f", "\n", text)
    return _PAGE_NUMBER.sub("", "\n" + text)[1:]


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding: BOMs, then strict UTF-8, then a detector, then GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf32 = _looks_like_utf32(data)
    if utf32:
        return data.decode(utf32, errors="replace"), utf32
    if _looks_like_utf16(data):
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    import charset_normalizer  # here: most files are UTF-8, and its import costs a one-report parse ~0.02 s

    best = charset_normalizer.from_bytes(data[:200_000]).best()
    encoding = _widen(best.encoding) if best else "gb18030"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("gb18030", errors="replace"), "gb18030"


def _widen(encoding: str) -> str:
    """GB2312 and GBK text may hold characters only GB18030 maps: read them all as GB18030."""
    return "gb18030" if encoding.lower().replace("_", "") in {"gb2312", "gbk", "gb18030", "hz"} else encoding


def _looks_like_utf32(data: bytes) -> str | None:
    """UTF-32 without a BOM: every character four bytes, the high two of them zero (Chinese is below U+10000)."""
    sample = data[:4000 - 4000 % 4]
    if len(sample) < 16 or len(data) % 4:
        return None
    if sample[2::4].count(0) == sample[3::4].count(0) == len(sample) // 4:
        return "utf-32-le"
    if sample[0::4].count(0) == sample[1::4].count(0) == len(sample) // 4:
        return "utf-32-be"
    return None


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4000]
    return len(sample) > 10 and sample[1::2].count(0) > len(sample) // 4


def _looks_like_html(text: str) -> bool:
    """Whether decoded text is HTML: a tag that opens a page in its first 2000 characters."""
    head = text[:2000]
    if "<" not in head:
        return False  # every test below needs a `<` in the head
    head = head.lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in text)


_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
           "article", "table", "ul", "ol", "pre", "blockquote", "dd", "dt"}
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "iframe", "select", "button")


@functools.cache
def _parser():
    """lxml's HTML parser with no depth limit (text nested 255 levels deep is kept); lxml is imported here, on
    the first HTML read, not by every build of text reports."""
    import lxml.html

    return lxml.html.HTMLParser(huge_tree=True)


def html_to_text(markup: str) -> tuple[str, list[Grid]]:
    """HTML to text with a real parser; every table becomes a grid and, in the text, rows of cells."""
    import lxml.html

    markup = re.sub(r"^\s*<\?xml[^>]*>", "", markup)
    root = lxml.html.document_fromstring(markup or "<html></html>", parser=_parser())
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP) + "|//comment()|//processing-instruction()"):
        if bad.getparent() is not None:  # a comment or instruction before <html> lies outside the text
            bad.drop_tree()
    _collapse_paragraph_breaks(root)
    grids: list[Grid] = []
    for table in reversed(root.xpath("//table[not(ancestor::table)]")):
        grid = table_to_grid(table)
        grids.insert(0, grid)
        holder = lxml.html.Element("pre")
        holder.text = "\n" + serialise_grid(grid) + "\n"
        holder.tail = table.tail
        table.getparent().replace(table, holder)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return root.text_content(), grids


_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SEGMENT_BREAK = re.compile(r"[ \t]*\r?\n\s*")


def _collapse_paragraph_breaks(root) -> None:
    """Line breaks in a paragraph's markup (Word writes one every ~80 bytes) are rendered as a
    browser renders them (CSS Text 3): nothing between two wide characters, else one space."""
    for paragraph in root.xpath("//p[not(ancestor::table)]"):
        for node in paragraph.iter():
            if node.text:
                node.text = _SEGMENT_BREAK.sub(_segment_break, node.text)
            if node is not paragraph and node.tail:
                node.tail = _SEGMENT_BREAK.sub(_segment_break, node.tail)


def _segment_break(match: re.Match) -> str:
    """Nothing where the break stands between two wide characters, else a space."""
    text, start, end = match.string, match.start(), match.end()
    wide = 0 < start and end < len(text) and _WIDE.match(text[start - 1]) and _WIDE.match(text[end])
    return "" if wide else " "


def table_to_grid(table) -> Grid:
    """A table element as a rectangular grid, colspan and rowspan cells repeated where they span."""
    grid: dict[tuple[int, int], str] = {}
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    check_cells(sum(_span(cell, "rowspan") * _span(cell, "colspan") for row in rows for cell in row.xpath("./td|./th")),
                "an HTML table")
    for r, row in enumerate(rows):
        c = 0
        for cell in row.xpath("./td|./th"):
            while (r, c) in grid:
                c += 1
            text = " ".join(cell.text_content().split())
            for dr in range(_span(cell, "rowspan")):
                for dc in range(_span(cell, "colspan")):
                    grid[(r + dr, c + dc)] = text
            c += _span(cell, "colspan")
    if not grid:
        return []
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]


def _span(cell, attribute: str) -> int:
    try:
        return max(1, min(int(cell.get(attribute, "1")), 200))
    except ValueError:
        return 1
