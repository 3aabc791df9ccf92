"""Time the build over folders of reports: reports per second (one core) and peak memory."""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

from gidata.build.run import build, discover


def bench(folder: Path, repeat: int) -> None:
    """Build `folder` `repeat` times on one worker and print the best time."""
    files = discover([folder])
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            started = time.perf_counter()
            build([folder], Path(out), workers=1)
            best = min(best, time.perf_counter() - started)
    text = [p for p, _ in files if p.suffix.lower() in (".txt", ".md", ".html", ".htm")]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{folder}: {len(files)} reports ({len(text)} text/HTML) in {best:.3f} s on one core = "
          f"{len(files) / best:.0f} reports/s; peak memory {peak_mb:.0f} MB")


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
