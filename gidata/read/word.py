"""Read Word reports: .docx paragraphs and tables (merged cells resolved); .doc/.wps via LibreOffice."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

from gidata.read.document import Document, Grid, ReadError, serialise_grid
from gidata.read.normalize import normalize_text
from gidata.read.pdf import looks_like_text

MAX_UNZIPPED = 256 * 1024 * 1024
MAX_MEMBERS = 10_000
CONVERT_SECONDS = 180
SLIVER_TWIPS = 60  # a grid column narrower than this (1 mm) is a border artefact
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"}


def read_word(data: bytes, doc: Document) -> Document:
    """Fill `doc` from Word bytes (.docx, or .doc/.wps converted by LibreOffice); raise ReadError.

    The bytes decide, not the name: a .doc that is really a .docx is read directly, a .docx that is
    really a Word 97 (OLE), RTF or Word 2003 XML file is converted; HTML, PDF or text is `mislabelled`.
    """
    kind = _sniff(data)
    if kind == "zip":
        doc.format = "docx"
        return _read_docx(data, doc)
    if kind in LEGACY:
        if doc.format not in {"doc", "wps", "rtf"}:
            doc.format = "doc"
        return _read_docx(convert_to_docx(data, LEGACY[kind]), doc)
    if kind in {"html", "pdf", "text"}:
        raise ReadError("mislabelled", f"the Word file holds {kind.upper()}, not a Word document")
    raise ReadError("corrupt", "not a Word document: neither a zip (.docx) nor an OLE, RTF or XML Word file")


LEGACY = {"ole": ".doc", "rtf": ".rtf", "word2003xml": ".xml"}  # kind -> suffix to give LibreOffice


def _sniff(data: bytes) -> str:
    """What the bytes are: zip, ole, rtf, word2003xml, pdf, html, text, or unknown."""
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    head = data[:4096].lstrip()
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if b"wordDocument" in head and b"schemas.microsoft.com/office/word/2003" in head:
        return "word2003xml"
    lower = head.lower()
    if b"<html" in lower or lower.startswith((b"<!doctype", b"<?xml", b"mime-version")):
        return "html"
    return "text" if looks_like_text(head) else "unknown"


def _check_zip(data: bytes) -> None:
    """Refuse zips that would inflate past MAX_UNZIPPED or hold too many members (zip bombs).

    Python's zipfile never inflates a member past its declared size, so bounding declared sizes
    bounds what python-docx can read.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ReadError("corrupt", f"broken zip archive: {error}") from None
    if len(members) > MAX_MEMBERS:
        raise ReadError("too_large", f"{len(members)} zip members is over the {MAX_MEMBERS} limit")
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED:
        raise ReadError("too_large", f"inflates to {total} bytes, over the {MAX_UNZIPPED} byte limit")


def _read_docx(data: bytes, doc: Document) -> Document:
    """Paragraphs and tables of the document body, in order; each table a grid."""
    import docx

    _check_zip(data)
    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except Exception as error:  # python-docx raises KeyError, ValueError, BadZipFile, XML errors...
        raise ReadError("corrupt", f"not a readable .docx: {type(error).__name__}: {error}") from None
    lines = []
    for element in _blocks(body):
        if element.tag == W + "tbl":
            grid = word_grid(element)
            if grid:
                doc.grids.append(grid)
                lines.append(serialise_grid(grid))
        else:
            text = normalize_text(paragraph_text(element)).strip()
            if text:
                lines.append(text)
    doc.text = "\n".join(lines) + ("\n" if lines else "")
    return doc


def _blocks(parent):
    """The paragraphs and tables under a body or cell, in order, looking inside content controls."""
    for child in parent:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def paragraph_text(paragraph) -> str:
    """A paragraph's text: its runs (text boxes once, deleted text not at all), tabs, breaks."""
    parts: list[str] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag == _FALLBACK or tag == W + "pPr" or tag == W + "rPr":
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def cell_text(cell) -> str:
    """A cell's text, its paragraphs (and nested tables) joined with no line breaks."""
    pieces = []
    for element in _blocks(cell):
        if element.tag == W + "tbl":
            pieces += [" ".join(c for c in row if c) for row in word_grid(element)]
        else:
            pieces.append(normalize_text(paragraph_text(element)).replace("\n", "").strip())
    text = ""
    for piece in filter(None, pieces):
        latin = text[-1:].isascii() and text[-1:].isalpha() and piece[:1].isascii() and piece[:1].isalpha()
        text += (" " if latin else "") + piece
    return text


def word_grid(table) -> Grid:
    """A table as a rectangular grid, merged cells (gridSpan, vMerge, hMerge) repeated over their span.

    Sliver grid columns (narrower than SLIVER_TWIPS, left where cell borders of different rows almost
    meet) that start no cell of their own are dropped, so that a value is not repeated into them.
    """
    rows: list[list[tuple[str | None, int]]] = []  # (text, id of the cell) per grid column
    cell_id = 0
    for tr in _children(table, W + "tr"):
        row: list[tuple[str | None, int]] = [("", -1)] * _int(tr.find(f"{W}trPr/{W}gridBefore"), 0)
        for tc in _children(tr, W + "tc"):
            cell_id += 1
            props = tc.find(W + "tcPr")
            span = max(1, min(_int(props.find(W + "gridSpan") if props is not None else None, 1), 200))
            vmerge = props.find(W + "vMerge") if props is not None else None
            hmerge = props.find(W + "hMerge") if props is not None else None
            if vmerge is not None and vmerge.get(W + "val", "continue") == "continue":
                text = None  # the cell above, filled in below
            elif hmerge is not None and hmerge.get(W + "val", "continue") == "continue" and row:
                text, cell_id = row[-1]
            else:
                text = cell_text(tc)
            row += [(text, cell_id)] * span
        rows.append(row)
    if not rows:
        return []
    width = max(len(row) for row in rows)
    rows = [row + [("", -1)] * (width - len(row)) for row in rows]
    keep = [c for c in range(width) if not _sliver(table, rows, c)]
    grid: Grid = []
    for r, row in enumerate(rows):
        texts = [row[c][0] for c in keep]
        grid.append([(grid[r - 1][k] if r else "") if text is None else text for k, text in enumerate(texts)])
    return grid


def _sliver(table, rows: list[list[tuple[str | None, int]]], column: int) -> bool:
    """Whether a grid column is a near-zero sliver that only ever continues a neighbouring cell."""
    widths = [_int(col, 0, "w") for col in table.findall(f"{W}tblGrid/{W}gridCol")]
    if column >= len(widths) or widths[column] >= SLIVER_TWIPS or len(widths) < 2:
        return False
    for row in rows:
        here = row[column][1]
        before = row[column - 1][1] if column else None
        after = row[column + 1][1] if column + 1 < len(row) else None
        if here not in (before, after) and row[column][0]:
            return False
    return True


def _children(parent, tag: str):
    """Direct children with `tag`, also those wrapped in content controls or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _children(child, tag)


def _int(element, default: int, attribute: str = "val") -> int:
    try:
        return int(element.get(W + attribute)) if element is not None else default
    except (TypeError, ValueError):
        return default


def find_soffice() -> str | None:
    """The LibreOffice executable on PATH (`soffice` or `libreoffice`), or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, suffix: str = ".doc", timeout: float | None = None) -> bytes:
    """Convert a legacy Word/WPS/RTF file to .docx with headless LibreOffice, in a temp directory."""
    timeout = CONVERT_SECONDS if timeout is None else timeout
    soffice = find_soffice()
    if soffice is None:
        raise ReadError("needs_libreoffice", "legacy .doc/.wps files need LibreOffice: install it "
                        "(Debian: apt-get install libreoffice-writer-nogui) so `soffice` is on PATH")
    with tempfile.TemporaryDirectory(prefix="gidata-soffice-") as tmp:
        source = Path(tmp, "input" + suffix)
        source.write_bytes(data)
        command = [soffice, f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML",
                   "--outdir", tmp, str(source)]
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise ReadError("timeout", f"LibreOffice took over {timeout:.0f} s to convert the file") from None
        target = Path(tmp, "input.docx")
        if not target.exists():
            message = stderr.decode(errors="replace").strip()[-300:]
            raise ReadError("corrupt", f"LibreOffice could not convert the file: {message or 'no output'}")
        return target.read_bytes()
