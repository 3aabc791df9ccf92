"""Time the whole build over folders of reports, by kind of input: text reports per CPU-second,
crawl-table rows per CPU-second and CPU seconds per PDF page (one worker), with peak memory."""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from gidata.build.run import build, discover, is_table

TEXT = (".txt", ".md", ".html", ".htm")


def kinds(folder: Path) -> dict[str, list[Path]]:
    """The folder's inputs split into text reports, crawl tables, PDFs and the rest (Word, ...)."""
    out: dict[str, list[Path]] = {"text": [], "crawl": [], "pdf": [], "other": []}
    for path, _ in discover([folder]):
        kind = ("crawl" if is_table(path) else "text" if path.suffix.lower() in TEXT
                else "pdf" if path.suffix.lower() == ".pdf" else "other")
        out[kind].append(path)
    return out


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(paths: list[Path], repeat: int) -> tuple[float, int]:
    """Best CPU seconds of `repeat` builds of the files on one worker, and the inputs it counted."""
    best, inputs = float("inf"), 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            started = cpu()
            inputs = build(paths, Path(out), workers=1).files
            best = min(best, cpu() - started)
    return best, inputs


def pages(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        try:
            total += len(pdfium.PdfDocument(str(path)))
        except pdfium.PdfiumError:
            pass
    return total


def bench(folder: Path, repeat: int) -> None:
    """Build each kind of input of `folder` on its own and print its cost."""
    for kind, paths in kinds(folder).items():
        if not paths:
            continue
        seconds, inputs = timed(paths, repeat)
        if kind == "text":
            rate = f"{inputs / seconds:.0f} reports per CPU-second ({seconds / inputs * 1000:.1f} ms each)"
        elif kind == "crawl":
            rate = f"{inputs} rows in {len(paths)} tables, {inputs / seconds:.0f} rows per CPU-second"
        elif kind == "pdf":
            n = pages(paths)
            rate = f"{n} pages, {seconds / max(n, 1):.3f} CPU s per page"
        else:
            rate = f"{seconds / inputs:.3f} CPU s per file"
        print(f"{folder} {kind:<5}: {len(paths)} inputs, {seconds:.3f} CPU s (best of {repeat}); {rate}", flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        summary = build([folder], Path(out), workers=1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{folder} all  : {summary.files} inputs in {time.perf_counter() - started:.3f} s wall on one worker; "
          f"peak memory {peak_mb:.0f} MB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for folder in args.folders:
        if folder.exists():
            bench(folder, args.repeat)
        else:
            print(f"{folder}: not found, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
