"""CPU milliseconds per report for each stage of one text report's way through the build.

The corpus's text reports (corpus/reports and corpus/seeds, with their SOURCES.csv titles), each
copied `--repeat` times with a line naming the copy (so that no cache keyed by a report's text sees a
repeat; one keyed by a row's text does: `bench_distinct.py` times reports that all differ), are run
through the stages the workers run: read (bytes to a normalised Document), locate (body, year),
extract (tables and prose timed separately), check (identities) and tidy (the rows of the released
tables). Each stage is timed on its own with the process's CPU clock, then
the whole way (read -> tidied) once more under cProfile, whose ten most costly functions (own
time) are printed: where to look next.

The prose stage reads what the tables' pins (`stated_figures`) already searched in the same text, as a
build does; `--prose` also times the prose alone on a fresh copy of each text (nothing kept from the
pins) and a second reading of it with another skip (what a pin costs once the text was read).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from gidata.build.report import Result, process_document, readable_name, tidied
from gidata.build.sources import sources_metadata
from gidata.check.identities import check
from gidata.extract.article20 import extract_article20
from gidata.extract.challenges import extract_challenges
from gidata.extract.matrix import extract_matrix
from gidata.extract.pre2019 import extract_pre2019_table
from gidata.extract.prose import extract_prose, stated_figures
from gidata.extract.report import _table_span, regime_of
from gidata.locate.report import locate
from gidata.read.files import read_document
from gidata.records import counting
from gidata.vocabulary.items import PRE2019

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def text_reports(corpus: Path) -> list[tuple[Path, dict]]:
    """Every text report of the corpus with the metadata its SOURCES.csv gives it."""
    paths = sorted((corpus / "reports").glob("*.txt")) + sorted((corpus / "seeds").glob("*.txt"))
    return [(path, sources_metadata(path)) for path in paths]


def unique_copies(reports: list[tuple[Path, dict]], repeat: int, folder: Path,
                  first: int = 0) -> list[tuple[Path, dict]]:
    """`repeat` copies of every report (numbered from `first`), each text made unique by a last line naming it."""
    copies = []
    for copy in range(first, first + repeat):
        for path, meta in reports:
            target = folder / f"{copy}_{path.name}"
            target.write_bytes(path.read_bytes() + f"\n(第{copy + 1}份)\n".encode())
            copies.append((target, meta))
    return copies


def read(path: Path, meta: dict):
    """The read stage: the file's bytes to a Document with its metadata."""
    doc = read_document(path, name=readable_name(path.name))
    doc.meta = {**meta, **doc.meta}
    return doc


def tables(doc, regime: str) -> list:
    """The table facts, as `gidata.extract.report.extract` finds them."""
    if regime == PRE2019:
        return extract_pre2019_table(doc)
    return extract_article20(doc, regime) + extract_matrix(doc, regime) + extract_challenges(doc)


def counted_and_checked(facts: list, regime: str) -> list:
    """The check stage: which facts count (`counting`), then the identities on their values."""
    return check(facts, regime, counting(facts))


def timed(clock: dict[str, float], stage: str, work: Callable, *args):
    """Run `work(*args)`, adding its CPU seconds to `clock[stage]`."""
    start = time.process_time()
    out = work(*args)
    clock[stage] = clock.get(stage, 0.0) + time.process_time() - start
    return out


def one_report(clock: dict[str, float], path: Path, meta: dict, prose_alone: bool = False) -> None:
    """One report through every stage, each timed (with `prose_alone`, the prose of a fresh copy too)."""
    doc = timed(clock, "read", read, path, meta)
    loc = timed(clock, "locate", locate, doc)
    regime = regime_of(loc.year, doc.text)
    table = timed(clock, "extract: tables", tables, doc, regime)
    prose = timed(clock, "extract: prose", lambda: extract_prose(doc, skip=_table_span(table, doc.text),
                                                                  regime=regime))
    if prose_alone:
        fresh = replace(doc, text=doc.text.encode().decode())  # the same text, another object: nothing kept
        timed(clock, "prose alone", extract_prose, fresh, _table_span(table, doc.text), regime)
        timed(clock, "prose again", stated_figures, fresh, (), regime)
    timed(clock, "check", counted_and_checked, table + prose, regime)
    result: Result = process_document(doc, path.name)  # the same stages, in the Result tidy takes
    timed(clock, "tidy", tidied, result)


def whole(reports: list[tuple[Path, dict]]) -> None:
    """Read -> tidied of every report, as a worker runs them."""
    for path, meta in reports:
        tidied(process_document(read(path, meta), path.name))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20, help="unique copies of each corpus text report (default 20)")
    parser.add_argument("--top", type=int, default=10, help="functions of the profile to print (default 10)")
    parser.add_argument("--prose", action="store_true", help="also time the prose alone on fresh texts, and again")
    args = parser.parse_args(argv)
    reports = text_reports(CORPUS)
    whole(reports)  # warm: patterns compiled, vocabularies loaded
    with tempfile.TemporaryDirectory() as folder:
        report_stages(unique_copies(reports, args.repeat, Path(folder)), len(reports), args.repeat, args.prose)
        copies = unique_copies(reports, args.repeat, Path(folder), first=args.repeat)  # texts not seen yet
        start = time.process_time()
        whole(copies)
        seconds = time.process_time() - start
        n = len(copies)
        print(f"  {'read -> tidied':<16} {1000 * seconds / n:7.3f}   ({n / seconds:.0f} reports per CPU-second)")
        profile_of(copies[:len(reports) * max(1, args.repeat // 4)], args.top)


def report_stages(copies: list[tuple[Path, dict]], texts: int, repeat: int, prose_alone: bool = False) -> None:
    """Each stage's CPU per report over the copies."""
    clock: dict[str, float] = {}
    for path, meta in copies:
        one_report(clock, path, meta, prose_alone)
    n = len(copies)
    print(f"{texts} corpus text reports x {repeat} unique copies = {n} reports; CPU ms per report:")
    for stage, seconds in clock.items():
        print(f"  {stage:<16} {1000 * seconds / n:7.3f}")
    extraction = clock["extract: tables"] + clock["extract: prose"]
    print(f"  {'extract (all)':<16} {1000 * extraction / n:7.3f}")


def profile_of(copies: list[tuple[Path, dict]], top: int) -> None:
    """The most costly functions of read -> tidied, by own time."""
    profile = cProfile.Profile()
    profile.runcall(whole, copies)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    print("\nprofile of read -> tidied, by own time:")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()
                    and not line.lstrip().startswith(("Ordered by", "List reduced"))))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
