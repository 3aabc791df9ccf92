"""The `gidata` command: build datasets, parse one report, list the items or the dictionary."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from gidata.build.executors import stderr_line
from gidata.build.run import build, sources_metadata
from gidata.build.storage import exists, location
from gidata.release.dictionary import dictionary_markdown
from gidata.vocabulary.items import ITEMS
from gidata.read.ocr import OCR_ENV
from gidata.build.report import process_file
from gidata.read.crawl import parse_columns
from gidata.build.verify import verify
from gidata.release.checksums import checksum_problems


_OCR_HELP = ("read PDFs without a text layer (scans) by OCR, with Tesseract's simplified-Chinese model "
             "(apt-get install tesseract-ocr tesseract-ocr-chi-sim); off by default: OCR misreads digits")


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    return args.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gidata", description=__doc__)
    sub = parser.add_subparsers()
    b = sub.add_parser("build", help="build the datasets from files and folders of reports")
    b.add_argument("paths", nargs="+", type=location,
                   help="report files, crawl tables (.csv, .jsonl, .parquet) or folders (searched recursively); "
                        "local paths or fsspec URLs (s3://, gs://, file://, ...)")
    b.add_argument("--out", type=location, required=True, help="folder for the Parquet files (a path or a URL)")
    b.add_argument("--workers", type=int, default=None, help="processes to use (default: cores, at most 4)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="run the reports on a Dask cluster: its scheduler's address (tcp://host:8786), or "
                        "'local' for a LocalCluster on this machine's cores; needs gidata[cluster]")
    b.add_argument("--partition-by-year", action="store_true",
                   help="write each table with a year (its own or its report's) as a Parquet dataset partitioned "
                        "by year, hive layout (facts/year=2019/part-0.parquet), for outputs too large for one file")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--ocr", action="store_true", help=_OCR_HELP)
    b.add_argument("--columns", default=None, metavar="ROLE=COLUMN,...",
                   help="which table column holds what, overriding the usual names: "
                        "text=内容,title=标题,published=时间,url=访问地址,html=HTML,attachments=附件链接")
    b.set_defaults(run=_build)
    p = sub.add_parser("parse", help="parse one report and show what was found")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="print JSON with report, facts and checks")
    p.add_argument("--ocr", action="store_true", help=_OCR_HELP)
    p.set_defaults(run=_parse)
    i = sub.add_parser("items", help="list the item vocabulary")
    i.add_argument("--json", action="store_true")
    i.set_defaults(run=_items)
    d = sub.add_parser("dictionary", help="print the data dictionary")
    d.set_defaults(run=lambda args: sys.stdout.write(dictionary_markdown()) and 0)
    v = sub.add_parser("verify", help="check a release against its SHA256SUMS and rebuild some of its reports")
    v.add_argument("folder", type=Path, help="the release folder (datasets/)")
    v.add_argument("--rebuild", type=Path, nargs="*", default=[], metavar="PATH",
                   help="report files or folders whose rows the release must reproduce exactly")
    v.set_defaults(run=_verify)
    return parser


def _build(args) -> int:
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
    summary = build(args.paths, args.out, args.workers, progress=not args.quiet and sys.stderr.isatty(),
                    columns=columns, scheduler=args.scheduler, announce=None if args.quiet else stderr_line,
                    by_year=args.partition_by_year)
    ok = summary.statuses.get("ok", 0)
    partial = summary.statuses.get("partial", 0)
    inputs = f"{summary.files} inputs ({summary.rows} table rows)" if summary.rows else f"{summary.files} files"
    print(f"{inputs}: {ok} ok, {partial} partial, {summary.files - ok - partial} other "
          f"({', '.join(f'{k} {v}' for k, v in summary.statuses.items())}); {summary.facts} facts; "
          f"{summary.breaks} identity breaks; {summary.seconds:.2f} s -> {args.out}")
    return 0


def _verify(args) -> int:
    problems = verify(args.folder, args.rebuild) if args.rebuild else checksum_problems(args.folder)
    for problem in problems:
        print(f"gidata verify: {problem}", file=sys.stderr)
    rebuilt = f"; rebuilding {', '.join(map(str, args.rebuild))} reproduces its rows" if args.rebuild else ""
    if not problems:
        print(f"{args.folder}: every file matches SHA256SUMS{rebuilt}")
    return 1 if problems else 0


def _parse(args) -> int:
    if not args.file.is_file():
        print(f"gidata parse: no such file: {args.file}", file=sys.stderr)
        return 2
    result = process_file(args.file, args.file.name, sources_metadata(args.file), ocr=args.ocr)
    if args.json:
        json.dump({"report": result.report, "facts": result.facts, "checks": result.checks},
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    r = result.report
    print(f"{r['file']}: {r.get('body')} | {r.get('year')} | {r.get('level')} | {r.get('province')} | "
          f"{r.get('scope')} | regime {r.get('regime')} | {r['status']}" + (f" ({r['message']})" if r.get("message") else ""))
    for f in result.facts:
        value = f["value"] if f["semantics"] in ("number", "zero_stated") else f["semantics"]
        approx = "~" if f["approximate"] else ""
        print(f"  {f['item']:<30} {f['applicant'] or '':<15} {approx}{value!s:>12} {f['unit']:<4} {f['method']:<6} "
              f"{f['source_text'][:50]}")
    for c in result.checks:
        if not c["holds"]:
            print(f"  BREAK {c['identity']}: stated {c['stated']} vs parts {c['computed']}")
    return 0


def _items(args) -> int:
    rows = [{"code": i.code, "label_zh": i.label_zh, "label_en": i.label_en, "unit": i.unit,
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
