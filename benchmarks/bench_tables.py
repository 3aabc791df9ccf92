"""The table stage's CPU per report split in two: the tables' own code, and the prose their pins read.

`bench_stages.py` times "extract: tables" as a build runs it: the table extractors, and, for a run-together
row, the prose figures that pin its split (`stated_figures`, the prose extractor on the same text). A pin is
the first prose reading of its text, and what it reads is kept for the prose stage that follows (the same
text object): so much of "extract: tables" is the prose's cost, paid earlier. Here each `stated_figures`
call is timed apart, over the same unique copies of the corpus's text reports as `bench_stages.py`, then
the table code is profiled alone (each pin answered from what a first pass read): its ten most costly
functions by own time.

    python benchmarks/bench_tables.py --repeat 10
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

import bench_stages as stages

from gidata.extract import article20, matrix, pre2019, prose
from gidata.extract.report import regime_of
from gidata.locate.report import locate

_PINNED = (article20, matrix, pre2019)  # the modules that call `stated_figures`


def _pins(work):
    """Put `work` in place of `stated_figures` where the tables call it; returns a function undoing it."""
    for module in _PINNED:
        module.stated_figures = work  # type: ignore[attr-defined]
    return lambda: [setattr(module, "stated_figures", prose.stated_figures) for module in _PINNED]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10, help="unique copies of each corpus text report (default 10)")
    parser.add_argument("--top", type=int, default=10, help="functions of the profile to print (default 10)")
    args = parser.parse_args(argv)
    reports = stages.text_reports(stages.CORPUS)
    stages.whole(reports)  # warm: patterns compiled, vocabularies loaded
    with tempfile.TemporaryDirectory() as folder:
        copies = stages.unique_copies(reports, args.repeat, Path(folder))
        docs = []
        for path, meta in copies:
            doc = stages.read(path, meta)
            docs.append((doc, regime_of(locate(doc).year, doc.text)))
    pinned = {"seconds": 0.0, "calls": 0}
    read: dict[tuple, dict[str, float]] = {}

    def timed_pin(doc, skip, regime=None):
        start = time.process_time()
        out = read[(id(doc.text), skip, regime)] = prose.stated_figures(doc, skip, regime)
        pinned["seconds"] += time.process_time() - start
        pinned["calls"] += 1
        return out

    undo = _pins(timed_pin)
    try:
        start = time.process_time()
        for doc, regime in docs:
            stages.tables(doc, regime)
        seconds = time.process_time() - start
    finally:
        undo()
    n = len(docs)
    print(f"{len(reports)} corpus text reports x {args.repeat} unique copies = {n} reports; CPU ms per report:")
    print(f"  extract: tables  {1000 * seconds / n:7.3f}")
    print(f"    pins (prose)   {1000 * pinned['seconds'] / n:7.3f}   ({pinned['calls']} calls)")
    print(f"    table code     {1000 * (seconds - pinned['seconds']) / n:7.3f}")
    undo = _pins(lambda doc, skip, regime=None: read[(id(doc.text), skip, regime)])
    try:
        profile = cProfile.Profile()
        profile.runcall(lambda: [stages.tables(doc, regime) for doc, regime in docs])
    finally:
        undo()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
    print("\nprofile of the table code alone (pins answered from the first pass), by own time:")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()
                    and not line.lstrip().startswith(("Ordered by", "List reduced"))))


if __name__ == "__main__":
    main()
