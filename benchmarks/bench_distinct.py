"""CPU milliseconds per report, read -> tidied, on reports that are all different: no copies.

`bench_stages.py` and `bench_scale.py` run copies of the corpus's reports, which differ by one line:
a cache keyed by a row's text (the table readers keep the readings of rows such as `0000000`) sees
every row of a copy again, as a real crawl of many bodies would not. Here each of the corpus's text
reports is read once, in a fresh process warmed on the same reports with every digit shifted by one
(so that what a process builds once, compiled patterns and name tables, is built, while no row
with a figure is seen before), and the runs are repeated in new processes: the median and the
fastest are printed. Only repeats inside the corpus can hit a cache.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_stages import CORPUS, read, text_reports

from gidata.build.report import process_document, tidied

_SHIFTED = str.maketrans("0123456789", "1234567890")


def through(reports: list[tuple[Path, dict]]) -> None:
    """Read -> tidied of each report, as a worker runs them."""
    for path, meta in reports:
        tidied(process_document(read(path, meta), path.name))


def shifted(reports: list[tuple[Path, dict]], folder: Path) -> list[tuple[Path, dict]]:
    """The reports with every digit shifted by one (0 -> 1, ..., 9 -> 0): their layouts, other figures."""
    copies = []
    for path, meta in reports:
        target = folder / path.name
        target.write_text(read(path, meta).text.translate(_SHIFTED), encoding="utf-8")  # any encoding read
        copies.append((target, meta))
    return copies


def one_run() -> float:
    """CPU seconds per report of the corpus's text reports, each once, after a warm-up on them shifted."""
    reports = text_reports(CORPUS)
    with tempfile.TemporaryDirectory() as folder:
        through(shifted(reports, Path(folder)))
    start = time.process_time()
    through(reports)
    return (time.process_time() - start) / len(reports)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="fresh processes to run (default 15)")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.once:
        print(one_run())
        return
    runs = [float(subprocess.run([sys.executable, __file__, "--once"], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(args.runs)]
    print(f"read -> tidied, {len(text_reports(CORPUS))} different text reports once each, {args.runs} fresh "
          f"processes: median {1000 * statistics.median(runs):.3f} / fastest {1000 * min(runs):.3f} ms CPU "
          f"per report")


if __name__ == "__main__":
    main()
