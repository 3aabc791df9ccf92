"""Benchmark the PDF reader against bare text extraction (pdfplumber extract_text) on the corpus PDFs."""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from gidata.read.files import read_bytes

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "reports"


def bare_pdfplumber(data: bytes) -> int:
    """Bare text extraction with pdfplumber: open, extract_text on every page."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def bare_pdfium(data: bytes) -> int:
    """Bare text extraction with pdfium, for scale."""
    pdf = pdfium.PdfDocument(data)
    try:
        return sum(len(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))
    finally:
        pdf.close()


def gidata_read(data: bytes) -> int:
    """gidata's reader: text, tables as grids, page starts."""
    return len(read_bytes(data, "bench.pdf", ".pdf").text)


def timed(functions: dict, files: list[bytes], repeat: int) -> dict[str, float]:
    """The fastest of `repeat` runs of each function over all files, in seconds. Runs are
    interleaved and the minimum is kept, so that load from other processes on a shared machine
    (which only ever slows a run) biases no function more than another."""
    runs: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            start = time.perf_counter()
            for data in files:
                function(data)
            runs[name].append(time.perf_counter() - start)
    return {name: min(times) for name, times in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pdfs", nargs="*", type=Path, help="PDF files (default: the corpus PDFs)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = args.pdfs or sorted(CORPUS.glob("*.pdf"))
    files = [path.read_bytes() for path in paths]
    pages = 0
    for data in files:
        pdf = pdfium.PdfDocument(data)
        pages += len(pdf)
        pdf.close()
    gidata_read(files[0])  # warm up imports
    functions = {"pdfplumber extract_text": bare_pdfplumber, "gidata read_pdf": gidata_read,
                 "pdfium get_text_range": bare_pdfium}
    results = timed(functions, files, args.repeat)
    for name, seconds in results.items():
        print(f"{name:26s} {seconds:7.3f} s  {pages / seconds:7.1f} pages/s  {len(files) / seconds:6.2f} reports/s")
    ratio = results["gidata read_pdf"] / results["pdfplumber extract_text"]
    print(f"{len(files)} reports, {pages} pages; gidata / bare pdfplumber extract_text = {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
