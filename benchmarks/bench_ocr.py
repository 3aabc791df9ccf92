"""Accuracy and speed of OCR on the corpus PDFs rendered to images (scans without a text layer).

Each PDF is rendered to an image-only PDF (as a scanner would make it), read back through
`gidata.ocr` and the usual extractors, and its applicant-matrix and review/litigation cells are
compared with the hand-read values of tests/expected/.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import yaml

from gidata.read.document import Document
from gidata.vocabulary.tables import CHALLENGE_COLUMNS as REVIEW_ITEMS
from gidata.read.ocr import read_scanned_pdf, tesseract_problem
from gidata.build.report import process_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hand-read comparison lives in tests/
from tests.compare import compare  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


def scanned(data: bytes, dpi: int) -> bytes:
    """The PDF as a scan would give it: one greyscale image a page, no text layer."""
    pdf = pdfium.PdfDocument(data)
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def table_cells(expected: dict) -> dict:
    """The expected file restricted to the matrix and review/litigation cells."""
    table = expected.get("table") or {}
    keep = {k: v for k, v in table.items() if isinstance(v, list) or k in REVIEW_ITEMS}
    return {**expected, "table": keep, "prose": {}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=300, help="resolution of the simulated scan")
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args()
    problem = tesseract_problem()
    if problem:  # `make bench` goes on without Tesseract
        print(f"OCR benchmark skipped: {problem}")
        return 0
    totals = {"right": 0, "wrong": 0, "missing": 0, "chars": 0, "pages": 0, "seconds": 0.0}
    for path in sorted((ROOT / "tests" / "expected").glob("*.yaml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not expected.get("file", "").endswith(".pdf"):
            continue
        data = scanned((CORPUS / expected["file"]).read_bytes(), args.dpi)
        start = time.perf_counter()
        doc = read_scanned_pdf(data, Document(path.stem, "pdf", "", len(data)))
        seconds = time.perf_counter() - start
        result = process_document(doc, path.stem)
        c = compare(table_cells(expected), result, fields=())
        flagged = [w for w in c.wrong if "(ambiguous)" in w]  # told apart, not given: a miss, not an error
        c.wrong = [w for w in c.wrong if w not in flagged]
        c.missing += flagged
        cells = len(c.right) + len(c.wrong) + len(c.missing)
        chars = len("".join(doc.text.split()))
        print(f"{path.stem:<26} cells right {len(c.right):3d}/{cells}  wrong numbers {len(c.wrong):3d}  "
              f"missing or flagged {len(c.missing):3d}  {len(doc.page_starts)} pages {seconds:6.1f} s  "
              f"{chars / seconds:6.0f} chars/s")
        if args.show:
            for line in c.wrong + c.missing:
                print("    ", line)
        for key, value in (("right", len(c.right)), ("wrong", len(c.wrong)), ("missing", len(c.missing)),
                           ("chars", chars), ("pages", len(doc.page_starts)), ("seconds", seconds)):
            totals[key] += value
    cells = totals["right"] + totals["wrong"] + totals["missing"]
    print(f"ALL: {totals['right']}/{cells} cells right ({totals['right'] / max(cells, 1):.1%}), "
          f"{totals['wrong']} wrong numbers, {totals['missing']} missing or flagged ambiguous; "
          f"{totals['pages'] / totals['seconds']:.2f} pages/s, {totals['chars'] / totals['seconds']:.0f} chars/s "
          f"at {args.dpi} dpi")
    return 0


if __name__ == "__main__":
    sys.exit(main())
