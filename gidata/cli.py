"""The `gidata` command: build datasets, parse one report, list the items or the dictionary."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from gidata import lazyre, limits  # light: the option defaults
from gidata.build.storage import location  # light: fsspec is imported for a URL only
from gidata.version import __version__

# The stages are imported by the commands that use them, so that `gidata --help` starts at once.

_OCR_HELP = ("read PDFs without a text layer (scans) by OCR, with Tesseract's simplified-Chinese model "
             "(apt-get install tesseract-ocr tesseract-ocr-chi-sim); off by default: OCR misreads digits")


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    lazyre.remember_classes()  # (start-up: this process is the CLI's own)
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    return args.run(args)


_EXAMPLES = {
    "build": "gidata build gidata/sample corpus --out datasets\n  gidata build crawls/hebei.csv --out /tmp/hebei "
             "--columns text=内容,title=标题 --workers 2",
    "parse": "gidata parse corpus/seeds/000_6eecb43df29e7b4f.txt\n  gidata parse report.pdf --json > report.json",
    "items": "gidata items\n  gidata items --json | jq '.[] | select(.unit == \"万元\")'",
    "dictionary": "gidata dictionary > DATA_DICTIONARY.md",
    "verify": "gidata verify datasets\n  gidata verify datasets --rebuild gidata/sample corpus",
}


def _command(sub, name: str, help: str) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with examples."""
    return sub.add_parser(name, help=help, description=help, epilog=f"examples:\n  {_EXAMPLES[name]}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gidata", description=__doc__,
                                     epilog="examples:\n  " + "\n  ".join(e.split("\n")[0] for e in _EXAMPLES.values()),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"gidata {__version__}")
    sub = parser.add_subparsers()
    b = _command(sub, "build", "build the datasets from files and folders of reports")
    b.add_argument("paths", nargs="+", type=location,
                   help="report files, crawl tables (.csv, .jsonl, .parquet) or folders (searched recursively); "
                        "local paths or fsspec URLs (s3://, gs://, file://, ...)")
    b.add_argument("--out", type=location, required=True, help="folder for the Parquet files (a path or a URL)")
    b.add_argument("--workers", type=int, default=None, help="processes to use (default: cores, at most 4)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run the reports on a Dask cluster: its scheduler's address (tcp://host:8786), or "
                        "'local' for a LocalCluster on this machine's cores; needs gidata[cluster]")
    b.add_argument("--xlsx", action="store_true",
                   help="also write gidata.xlsx, a sheet per table, when all tables together hold at most "
                        "200,000 rows (it costs about 0.2 ms a row; CSV and Parquet are always written)")
    b.add_argument("--partition-by-year", action="store_true",
                   help="write each table with a year (its own or its report's) as a Parquet dataset partitioned "
                        "by year, hive layout (facts/year_partition=2019/part-0.parquet), for outputs too large "
                        "for one file")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--ocr", action="store_true", help=_OCR_HELP)
    b.add_argument("--columns", default=None, metavar="ROLE=COLUMN,...",
                   help="which table column holds what, overriding the usual names: "
                        "text=内容,title=标题,published=时间,url=访问地址,html=HTML,attachments=附件链接")
    default = limits.Limits()
    b.add_argument("--max-seconds", type=float, default=default.seconds, metavar="S",
                   help=f"wall time one input may take, else status `timeout` (default {default.seconds:g}; 0: none)")
    b.add_argument("--max-memory", type=int, default=default.memory_mb, metavar="MB",
                   help=f"memory of each worker process, else `too_large` (default {default.memory_mb}; 0: none)")
    b.add_argument("--max-ocr-pixels", type=int, default=default.ocr_pixels, metavar="N",
                   help=f"pixels of a page rendered for OCR, else `too_large` (default {default.ocr_pixels:,})")
    b.add_argument("--max-cells", type=int, default=default.cells, metavar="N",
                   help=f"cells of one table, else `too_large` (default {default.cells:,})")
    b.set_defaults(run=_build)
    p = _command(sub, "parse", "parse one report and show what was found")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON with report, facts and checks")
    p.add_argument("--ocr", action="store_true", help=_OCR_HELP)
    p.set_defaults(run=_parse)
    i = _command(sub, "items", "list the item vocabulary")
    i.add_argument("--json", action="store_true")
    i.set_defaults(run=_items)
    d = _command(sub, "dictionary", "print the data dictionary")
    d.set_defaults(run=_dictionary)
    v = _command(sub, "verify", "check a release against its SHA256SUMS and rebuild some of its reports")
    v.add_argument("folder", type=Path, help="the release folder (datasets/)")
    v.add_argument("--rebuild", type=Path, nargs="*", default=[], metavar="PATH",
                   help="report files or folders whose rows the release must reproduce exactly")
    v.set_defaults(run=_verify)
    return parser


def _dictionary(args) -> int:
    from gidata.release.dictionary import dictionary_markdown
    sys.stdout.write(dictionary_markdown())
    return 0


def _build(args) -> int:
    from gidata.build.executors import stderr_line
    from gidata.build.run import build
    from gidata.build.storage import exists
    from gidata.build.workers import interrupted_by_sigterm
    from gidata.errors import GidataError
    from gidata.read.crawl import parse_columns
    from gidata.read.files import OCR_ENV

    missing = [str(p) for p in args.paths if not exists(p)]
    if missing:
        print(f"gidata build: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        columns = parse_columns(args.columns)
    except ValueError as error:
        print(f"gidata build: {error}", file=sys.stderr)
        return 2
    if args.ocr:  # through the environment, so that the build's worker processes see it too
        os.environ[OCR_ENV] = "1"
    limits.use(limits.Limits(args.max_seconds, args.max_memory, args.max_ocr_pixels, args.max_cells))
    try:
        with interrupted_by_sigterm():
            summary = build(args.paths, args.out, args.workers, progress=not args.quiet and sys.stderr.isatty(),
                            columns=columns, scheduler=args.scheduler,
                            announce=None if args.quiet else stderr_line, by_year=args.partition_by_year,
                            workbook=args.xlsx)
    except GidataError as error:
        print(f"gidata build: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"gidata build: interrupted; {args.out} is as it was", file=sys.stderr)
        return 130
    ok = summary.statuses.get("ok", 0)
    partial = summary.statuses.get("partial", 0)
    inputs = f"{summary.files} inputs ({summary.rows} table rows)" if summary.rows else f"{summary.files} files"
    print(f"{inputs}: {ok} ok, {partial} partial, {summary.files - ok - partial} other "
          f"({', '.join(f'{k} {v}' for k, v in summary.statuses.items())}); {summary.facts} facts; "
          f"{summary.breaks} identity breaks; {summary.seconds:.2f} s -> {args.out}")
    return 0


def _verify(args) -> int:
    from gidata.build.verify import verify
    from gidata.release.checksums import checksum_problems

    problems = verify(args.folder, args.rebuild) if args.rebuild else checksum_problems(args.folder)
    for problem in problems:
        print(f"gidata verify: {problem}", file=sys.stderr)
    rebuilt = f"; rebuilding {', '.join(map(str, args.rebuild))} reproduces its rows" if args.rebuild else ""
    if not problems:
        print(f"{args.folder}: every file matches SHA256SUMS{rebuilt}")
    return 1 if problems else 0


def _parse(args) -> int:
    from gidata.build.report import process_file
    from gidata.build.sources import sources_metadata
    from gidata.release.tidy import tidy

    if not args.file.is_file():
        print(f"gidata parse: no such file: {args.file}", file=sys.stderr)
        return 2
    result = process_file(args.file, args.file.name, sources_metadata(args.file), ocr=args.ocr)
    tables = tidy([result])
    if args.json:
        json.dump({"report": tables["reports"][0], "facts": tables["facts"], "checks": tables["checks"]},
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    r = result.report
    if not r.counted:
        print(f"{r.file}: {r.status}\n{_not_read(tables['reports'][0])}")
        return 0
    print(f"{r.file}: {r.body} | {r.year} | {r.level} | {r.province} | {r.scope} | regime {r.regime} | "
          f"{r.status}" + (f" ({r.message})" if r.message else ""))
    for f in tables["facts"]:
        value = f["value"] if f["semantics"] in ("number", "zero_stated") else f["semantics"]
        approx = "~" if f["approximate"] else ""
        print(f"  {f['item']:<30} {f['applicant'] or '':<15} {approx}{value!s:>12} {f['unit']:<4} {f['method']:<6} "
              f"{f['source_text'][:50]}")
    for c in result.checks:
        if not c.holds:
            print(f"  BREAK {c.identity}: stated {c.stated} vs parts {c.computed}")
    return 0


def _not_read(report: dict) -> str:
    """Why nothing was extracted, in words, and what was found about the file."""
    found = [f"{k} {report[k]}" for k in ("title", "body", "year", "level") if report.get(k)]
    why = {"no_statistics": "no figure of a disclosure report was found in its tables or text: it may not be "
                            "a 政府信息公开工作年度报告, or its statistics are in an attachment or an image"}
    return (f"  nothing extracted: {why.get(report['status'], report.get('message') or report['status'])}.\n"
            f"  found: {'; '.join(found) if found else 'no title, body or year'}.")


def _items(args) -> int:
    from gidata.vocabulary.items import ITEMS

    rows: list[dict[str, Any]] = [{"code": i.code, "label_zh": i.label_zh, "label_en": i.label_en, "unit": i.unit,
             "regimes": list(i.regimes), "section": i.section, "part_of": i.parent,
             "by_applicant": i.by_applicant} for i in ITEMS]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for r in rows:
            print(f"{r['code']:<32} {r['unit']:<4} {','.join(r['regimes']):<20} {r['label_zh']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
