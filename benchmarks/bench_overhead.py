"""Where a whole build's CPU goes around extraction: CPU milliseconds per report of each stage of a build.

`bench_stages.py` times a report's way from its bytes to its tidied rows; `bench_scale.py` times whole
builds. This splits a whole build of `--texts` distinct text reports (bench_scale's copies, one worker:
everything in this process) into its stages, each timed with the process's CPU clock around the
function the build calls (a stage's figure includes what it calls, so the lines overlap where noted):

- discover: listing the input folder; sources: SOURCES.csv metadata of each file;
- read: bytes to a normalised Document (`read_document`); extract: locate, extract and check
  (`process_document`); file, rest: what `_run_one` adds to these (limits, the file's `reports` row);
- tidy: a result into its rows (`tidied`); chunk: a chunk's rows as sorted Arrow batches, held results
  pickled (`chunk_of`); collect: deduplication and spooling (`Collector.add`);
- finish: held results released and pinned, `reports` completed, `crossyear` (`Collector.finish`);
- write: the Parquet and CSV files, the card and checksums (`write_all`: its threads' CPU included);
- other: the rest of the build (the executor's loop, phases).

The build timed comes after a build of other copies in the same process, so that patterns are compiled
and pyarrow has made its first conversion; those fixed costs of a fresh process are then measured in a
new interpreter: its imports, pyarrow's first conversion from Python values (it imports pandas), and
what the first reports cost beyond the next ones (patterns compiled on first use).
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_scale import make_texts, report_copies

FIRST = 128  # reports processed cold, then as many warm, for the cost of the first ones


def timed_build(n: int) -> tuple[float, dict[str, float]]:
    """CPU seconds of a build of n copies (after one of other copies) and of each of its stages."""
    import gidata.build.chunk as chunk
    import gidata.build.report as report
    import gidata.build.run as run
    import gidata.build.spool as spool
    import gidata.release.write as write

    clock: dict[str, float] = {}

    def wrap(owner, name: str, stage: str) -> None:
        work = getattr(owner, name)

        @functools.wraps(work)
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return work(*args, **kwargs)
            finally:
                clock[stage] = clock.get(stage, 0.0) + time.process_time() - start

        setattr(owner, name, timed)

    for owner, name, stage in ((run, "discover", "discover"), (run, "sources_metadata", "sources"),
                               (run, "_run_one", "file"), (report, "read_document", "read"),
                               (report, "process_document", "extract"), (run, "tidied", "tidy"),
                               (chunk, "chunk_of", "chunk"), (spool.Collector, "add", "collect"),
                               (spool.Collector, "finish", "finish"), (write, "write_all", "write")):
        wrap(owner, name, stage)
    with tempfile.TemporaryDirectory() as folder:
        warm, texts = Path(folder) / "warm", Path(folder) / "texts"
        _copies(warm, n, n + min(n, 500))
        _copies(texts, 0, n)
        run.build([warm], Path(folder) / "warm-out", workers=1)
        clock.clear()
        start = time.process_time()
        run.build([texts], Path(folder) / "out", workers=1)
        seconds = time.process_time() - start
    return seconds, clock


def _copies(folder: Path, first: int, end: int) -> None:
    """bench_scale's copies numbered first..end-1 (distinct texts, another body each), with their SOURCES.csv."""
    import csv

    folder.mkdir()
    with (folder / "SOURCES.csv").open("w", encoding="utf-8", newline="") as handle:
        sources = csv.writer(handle)
        sources.writerow(["file", "title", "published", "url"])
        for i, (title, text) in enumerate(report_copies(end, False)[first:], first):
            name = f"{i + 1:07d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            sources.writerow([name, title, "", f"http://example.invalid/{i + 1}.html"])


def fixed_costs() -> dict[str, float]:
    """A fresh process's fixed CPU seconds: imports, pyarrow's first conversion, the first reports' extra."""
    from gidata.build.chunk import warm_arrow
    from gidata.build.run import _run_tidied, discover
    from gidata.build.spool import Collector  # noqa: F401 (imported as a build imports it)
    from gidata.release.output import release_folder  # noqa: F401
    from gidata.release.write import write_all  # noqa: F401

    imported = time.process_time()  # since the interpreter started: its start and every import
    warm_arrow()
    converted = time.process_time()
    with tempfile.TemporaryDirectory() as folder:
        found = discover([make_texts(Path(folder) / "texts", 2 * FIRST, False)])
        start = time.process_time()
        for item in found[:FIRST]:
            _run_tidied(item)
        middle = time.process_time()
        for item in found[FIRST:]:
            _run_tidied(item)
        end = time.process_time()
    return {"imports": imported, "first conversion": converted - imported,
            f"first {FIRST} reports' extra": (middle - start) - (end - middle)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=2000, help="distinct text reports to build (default 2000)")
    parser.add_argument("--fixed", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fixed:
        print(json.dumps(fixed_costs()))
        return
    n = args.texts
    seconds, clock = timed_build(n)
    clock["rest"] = clock["file"] - clock["read"] - clock["extract"] - clock["sources"]
    outside = ("discover", "file", "tidy", "chunk", "collect", "finish", "write")
    clock["other"] = seconds - sum(clock[k] for k in outside)
    print(f"a build of {n} distinct text reports after one of others, 1 worker: {1000 * seconds / n:.3f} ms CPU "
          f"per report; by stage (ms per report):")
    for stage in ("discover", "sources", "read", "extract", "rest", "tidy", "chunk", "collect", "finish", "write",
                  "other"):
        print(f"  {stage:<10} {1000 * clock[stage] / n:7.3f}")
    around = seconds - clock["read"] - clock["extract"] - clock["tidy"]
    print(f"  {'around read -> tidied':<22} {1000 * around / n:7.3f}")
    flags = ["-S"] if sys.flags.no_site else []
    command = [sys.executable, *flags, __file__, "--fixed"]
    fixed = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()[-1])
    print("fixed CPU seconds of a fresh build process: " + "; ".join(f"{k} {v:.3f}" for k, v in fixed.items())
          + f" (at {n} reports: {1000 * sum(fixed.values()) / n:.3f} ms a report)")


if __name__ == "__main__":
    main()
