"""Crawl tables at scale: rows per second per core and peak memory, against the same texts as files.

A table of N rows (default 100,000) is made at run time in a temporary folder from the corpus
texts (each row's text made unique with a line naming its row, so none is a duplicate), and the
same texts are written as N files. Each is run through the streaming pipeline (read, classify,
locate, extract, check) in a fresh process, so that peak memory is that run's own.

`--build` measures the whole build instead (tidy and write too), e.g. `--build --kinds table
--rows 2500 10000 40000` for peak memory against the number of reports. The build tidies results
in chunks and spools them to disk (gidata/spool.py); what still grows is the `reports` rows, the
few values `crossyear` needs, and in the final sort 8-16 bytes a row of the largest table. Note
that the repeated corpus texts make each body's reports many copies, so `crossyear` (all pairs of
consecutive years of a body) grows with the square of N here, unlike real crawls.

`--read-only` measures only the reading of the table (pyarrow's pass and the decoding of each row's
fields), in the main process; `--encoding gb18030` writes the table as GB18030, as Excel saves it.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from gidata.build.run import build, discover, execute, inputs
from gidata.read.crawl import read_table

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def corpus_texts(corpus: Path) -> list[tuple[str, str]]:
    """(title, text) of every text report of the corpus; the title from SOURCES.csv where it has one."""
    with (corpus / "SOURCES.csv").open(encoding="utf-8-sig", newline="") as handle:
        titles = {row["file"]: row["title"] for row in csv.DictReader(handle)}
    paths = sorted((corpus / "reports").glob("*.txt")) + sorted((corpus / "seeds").glob("*.txt"))
    return [(titles.get(p.name) or "", p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def make_inputs(folder: Path, rows: int, corpus: Path, encoding: str = "utf-8",
                with_files: bool = True) -> tuple[Path, Path]:
    """Write the N-row crawl table and (unless not `with_files`) the same N texts as files; return (table, folder
    of files)."""
    texts = corpus_texts(corpus)
    table, files = folder / "crawl.csv", folder / "files"
    files.mkdir()
    with table.open("w", encoding=encoding, errors="replace", newline="") as handle, \
            (files / "SOURCES.csv").open("w", encoding="utf-8", newline="") as sources_handle:
        writer, sources = csv.writer(handle), csv.writer(sources_handle)
        writer.writerow(["标题", "时间", "内容", "访问地址"])
        sources.writerow(["file", "title", "published", "url"])  # the files get the rows' metadata
        for i in range(rows):
            title, text = texts[i % len(texts)]
            text = f"{text}\n(第{i + 1}行)\n"
            url = f"http://example.invalid/{i + 1}.html"
            writer.writerow([title, "2024-01-26", text, url])
            if with_files:
                (files / f"{i + 1:07d}.txt").write_text(text, encoding="utf-8")
            sources.writerow([f"{i + 1:07d}.txt", title, "2024-01-26", url])
    return table, files


def measure_reading(path: Path) -> dict:
    """Read the table's rows with their fields decoded, as the pipeline does, and nothing else."""
    started = time.perf_counter()
    n = sum(len(batch) for batch in read_table(path, path.name))
    seconds = time.perf_counter() - started
    mine = resource.getrusage(resource.RUSAGE_SELF)
    cpu = mine.ru_utime + mine.ru_stime
    return {"kind": "read", "inputs": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "per_core": round(n / cpu, 1), "peak_main_mb": round(mine.ru_maxrss / 1024),
            "megabytes": round(path.stat().st_size / 2**20)}


def measure(kind: str, path: Path, workers: int, full_build: bool) -> dict:
    """Run one input through the pipeline in this process and report speed and peak memory.

    Speed per core is rows per CPU second of this process and its workers together, so that it
    holds on a machine shared with other work; the wall time is given too.
    """
    started = time.perf_counter()
    n = facts = crossyear = 0
    if full_build:
        with tempfile.TemporaryDirectory() as out:
            summary = build([path], Path(out), workers=workers)
            crossyear = pq.ParquetFile(Path(out) / "crossyear.parquet").metadata.num_rows
        n, facts = summary.files, summary.facts
    else:
        for result in execute(inputs(discover([path])), workers, parallel=workers > 1):
            n += 1
            facts += len(result.facts)
    seconds = time.perf_counter() - started
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    main_cpu = mine.ru_utime + mine.ru_stime
    cpu = main_cpu + children.ru_utime + children.ru_stime
    return {"kind": kind, "inputs": n, "facts": facts, "crossyear_rows": crossyear, "seconds": round(seconds, 1),
            "workers": workers, "cpu_seconds": round(cpu, 1), "main_cpu_seconds": round(main_cpu, 1),
            "per_core": round(n / cpu, 1), "peak_main_mb": round(mine.ru_maxrss / 1024),
            "peak_worker_mb": round(children.ru_maxrss / 1024)}


def run_fresh(kind: str, path: Path, workers: int, full_build: bool) -> dict:
    """`measure` (or `measure_reading`, kind `read`) in a new interpreter, so that its peak memory is its own."""
    command = [sys.executable, __file__, "--measure", kind, str(path), "--workers", str(workers)]
    output = subprocess.run(command + (["--build"] if full_build else []), check=True, capture_output=True,
                            text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000], help="table lengths to run")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--build", action="store_true", help="the whole build (tidy and write too)")
    parser.add_argument("--kinds", nargs="+", default=["table", "files"], choices=["table", "files"])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--read-only", action="store_true", help="only read the table (no files, no pipeline)")
    parser.add_argument("--encoding", default="utf-8", choices=["utf-8", "utf-8-sig", "gb18030"],
                        help="the table's encoding")
    parser.add_argument("--measure", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, path = args.measure[0], Path(args.measure[1])
        print(json.dumps(measure_reading(path) if kind == "read" else measure(kind, path, args.workers, args.build)))
        return 0
    for rows in args.rows:
        runs = {}
        with tempfile.TemporaryDirectory() as folder:
            table, files = make_inputs(Path(folder), rows, args.corpus, args.encoding, not args.read_only)
            if args.read_only:
                run = run_fresh("read", table, 1, False)
                print(f"{rows:>7} rows, {args.encoding} table of {run['megabytes']} MB, read only: {run['inputs']} "
                      f"rows, {run['per_core']} rows per CPU second ({run['cpu_seconds']} CPU s, "
                      f"{run['seconds']} s wall); peak memory {run['peak_main_mb']} MB", flush=True)
                continue
            for kind, path in (("table", table), ("files", files)):
                if kind in args.kinds:
                    runs[kind] = run = run_fresh(kind, path, args.workers, args.build)
                    print(f"{rows:>7} rows, {kind:<5}: {run['inputs']} inputs, {run['facts']} facts"
                          + (f", {run['crossyear_rows']} crossyear rows; " if args.build else "; ") +
                          f"{run['per_core']} rows per CPU second ({run['cpu_seconds']} CPU s, of which the main "
                          f"process's {run['main_cpu_seconds']}: it reads and sends every row; {run['seconds']} s "
                          f"wall = {run['inputs'] / run['seconds']:.0f} rows/s on {run['workers']} workers); "
                          f"peak memory main {run['peak_main_mb']} MB, largest "
                          f"worker {run['peak_worker_mb']} MB", flush=True)
        if len(runs) == 2:
            print(f"{rows:>7} rows: table / files throughput per core = "
                  f"{runs['table']['per_core'] / runs['files']['per_core']:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
