"""Build the datasets from files, folders and crawl tables of reports: every input appears in `reports`."""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from gidata.build.report import Result, Tidied, bug, failed_input, process_file, process_row, readable_name, tidied
from gidata.build.workers import Workers
from gidata.errors import TableError
from gidata.read.files import SUFFIXES
from gidata.read.crawl import TABLE_SUFFIXES, Row, read_table

if TYPE_CHECKING:
    from gidata.release.output import Written

SOURCES_FILE = "SOURCES.csv"
_IGNORED = {"readme.md", "sources.csv", "links.tsv"}


@dataclass
class Summary:
    """What a build did, for the closing line of the CLI."""

    files: int
    statuses: dict[str, int]
    facts: int
    breaks: int
    seconds: float
    rows: int = 0  # of `files`, how many are rows of crawl tables


def discover(paths: list[Path], exclude: Path | None = None) -> list[tuple[Path, str]]:
    """Report files under the given files and folders (recursively), each with its report id.

    The id is the path relative to its input folder; where two inputs would share one, the later
    one is prefixed with its folder's name (and numbered if that is taken too). `exclude` (the
    output folder) and what is inside it are skipped; a dangling link, a link loop and a folder
    that cannot be listed are kept, to get their row in `reports`.
    """
    found, taken = [], set()
    for root in paths:
        candidates = [(root, root.name)] if root.is_file() else [
            (path, path.relative_to(root).as_posix()) for path in _walk(root, exclude)]
        folder = (root.parent if root.is_file() else root).resolve().name
        for path, report_id in candidates:
            report_id = _unique_id(readable_name(report_id), folder, taken)
            taken.add(report_id)
            found.append((path, report_id))
    return found


def _walk(root: Path, exclude: Path | None) -> list[Path]:
    """The report files under a folder, in path order, with the folders that could not be listed."""
    skip = os.path.abspath(exclude) if exclude else None
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=lambda error: found.append(Path(error.filename))):
        dirs[:] = [d for d in dirs if os.path.join(os.path.abspath(folder), d) != skip]
        found += [path for path in map(Path(folder).joinpath, files)
                  if _is_report_file(path) and (path.is_file() or not path.exists())]
    return sorted(p for p in found if p != root and os.path.abspath(p) != skip)


def _unique_id(report_id: str, folder: str, taken: set[str]) -> str:
    if report_id not in taken:
        return report_id
    candidate, number = f"{folder}/{report_id}", 2
    while candidate in taken:
        candidate, number = f"{folder}/{report_id}~{number}", number + 1
    return candidate


def _is_report_file(path: Path) -> bool:
    name = path.name.lower()
    suffix = path.suffix.lower()
    return name not in _IGNORED and not name.startswith(".") and (suffix in SUFFIXES or suffix in TABLE_SUFFIXES)


def is_table(path: Path) -> bool:
    """A crawl table (CSV, JSON Lines, Parquet) rather than a report file."""
    return path.suffix.lower() in TABLE_SUFFIXES


def sources_metadata(path: Path) -> dict:
    """Title, date and address of a file from a SOURCES.csv beside it or one folder up; with
    `problem` set when such a SOURCES.csv could not be read."""
    problems = []
    for folder in (path.parent, path.parent.parent):
        table, problem = _read_sources(folder / SOURCES_FILE)
        if path.name in table:
            return table[path.name]
        problems += [problem] if problem else []
    return {"problem": "; ".join(problems)} if problems else {}


_SOURCES_CACHE: dict[Path, tuple[dict, str | None]] = {}


def _read_sources(path: Path) -> tuple[dict, str | None]:
    """A SOURCES.csv as {file: metadata}, UTF-8 or (as Excel saves it in China) GB18030, fields of any
    size; and what went wrong, when it could not be read."""
    if path not in _SOURCES_CACHE:
        table, problem = {}, None
        try:
            if path.is_file():
                data = path.read_bytes()
                try:
                    text = data.decode("utf-8-sig")
                except UnicodeDecodeError:
                    text = data.decode("gb18030", errors="replace")
                csv.field_size_limit(1 << 30)
                for row in csv.DictReader(io.StringIO(text, newline="")):
                    meta = {"title": row.get("title"), "published": row.get("published"), "url": row.get("url"),
                            "origin": row.get("source")}
                    table[row.get("file") or ""] = {k: v for k, v in meta.items() if isinstance(v, str) and v}
        except (OSError, csv.Error) as error:
            table, problem = {}, f"{path} could not be read, so its title, date and address are missing: {error}"
        _SOURCES_CACHE[path] = table, problem
    return _SOURCES_CACHE[path]


CHUNK = 16  # inputs per task sent to a worker: big enough to hide the cost of a task, small for memory
Item = tuple[Path, str] | Row | Result


def inputs(found: list[tuple[Path, str]], columns: dict | None = None) -> Iterator[Item]:
    """Every input in order: report files as (path, id), table rows one by one, a bad table as its Result."""
    for path, report_id in found:
        if is_table(path):
            yield from _table_rows(path, report_id, columns or {})
        else:
            yield path, report_id


def _table_rows(path: Path, table: str, columns: dict) -> Iterator[Row | Result]:
    rows = 0
    try:
        for batch in read_table(path, table, columns):
            rows += len(batch)
            yield from batch
        if not rows:  # a header and nothing else: still a row in `reports`
            yield _table_result(path, table, "empty", f"{table}: the table has no rows")
    except TableError as error:
        yield _table_result(path, table, error.status, error.message)
    except OSError as error:
        yield _table_result(path, table, "unreadable", f"{table}: {error}")
    except Exception as error:  # a reader's bug must not stop the build: record it, with its traceback
        yield _table_result(path, table, "error", f"{table}: {bug(error)}")


def _table_result(path: Path, table: str, status: str, message: str) -> Result:
    """The `reports` row of a table that could not be read (to its end)."""
    return failed_input(path, table, status, message, source_table=table)


def _run_one(item: Item) -> Result:
    if isinstance(item, Result):
        return item
    if isinstance(item, Row):
        return process_row(item)
    path, report_id = item
    meta = sources_metadata(path)
    result = process_file(path, report_id, meta)
    if meta.get("problem"):
        message = "; ".join(filter(None, (result.report.message, meta["problem"])))
        result = replace(result, report=replace(result.report, message=message))
    return result


def _lost(item: Item, status: str, reason: str) -> Result:
    """The `reports` row of an input whose worker process was lost or killed."""
    if isinstance(item, Result):
        return item
    if isinstance(item, Row):
        return process_row(Row(item.table, item.number, item.format, item.encoding, status=status, problem=reason))
    path, report_id = item
    return failed_input(path, report_id, status, reason, source_table=report_id if is_table(path) else None)


def _run_tidied(item: Item) -> Tidied:
    """One input through the pipeline and into the rows of the tables: the work a build maps."""
    return tidied(_run_one(item))


def _run_chunk(items: list[Item], work=_run_one) -> list:
    return [work(item) for item in items]


def execute(items: Iterable[Item], workers: int = 1, parallel: bool | None = None, work=_run_one) -> Iterator:
    """Results in input order; in parallel with a bounded number of chunks in flight, so memory stays flat.

    `parallel`: None decides on the first inputs (fewer than 8 are done in this process). The
    workers are started before any input is read, so they do not inherit a table's rows.
    """
    items = iter(items)
    head = [] if parallel else list(islice(items, 8))
    if workers <= 1 or parallel is False or (parallel is None and len(head) < 8):
        yield from map(work, head)
        yield from map(work, items)
        return
    pool = Workers(workers, partial(_run_chunk, work=work), work, lambda item, status, reason: work(_lost(item, status, reason)))
    try:
        for chunk in _chunks(head, items):
            pool.submit(chunk)
            if len(pool.pending) >= workers * 4:
                yield from pool.next_results()
        yield from pool.drain()
    finally:
        pool.close()  # at the end, and on an error or Ctrl-C: no worker outlives the build


def _chunks(head: list[Item], rest: Iterator[Item]) -> Iterator[list[Item]]:
    chunk = head
    for item in rest:
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(jobs: list[tuple[Path, str]], workers: int = 1, progress: bool = False,
        columns: dict | None = None) -> list[Result]:
    """Process every input (tables row by row), keeping the input order."""
    return list(_progress(execute(inputs(jobs, columns), workers), jobs, progress))


def _progress(results: Iterator, found: list[tuple[Path, str]], progress: bool) -> Iterator:
    """Count results on a progress bar: by report for files, by row once a table is among the inputs."""
    tables = any(is_table(path) for path, _ in found)
    with tqdm(total=None if tables else len(found), unit="row" if tables else "report",
              disable=not progress, leave=True) as bar:
        for result in results:
            yield result
            bar.update()


def build(paths: list[Path], out_dir: Path, workers: int | None = None, progress: bool = False,
          columns: dict | None = None, chunk: int | None = None) -> Summary:
    """Read, extract, check, tidy and write everything under `paths` (files and tables) into `out_dir`.

    Results are tidied `chunk` reports at a time (default `spool.CHUNK_REPORTS`) and spooled to
    disk (see `spool`); the output does not depend on `chunk`. The release is written beside
    `out_dir` and swapped in whole (see `release.output`): raises OutputError, leaving `out_dir` as
    it was, when that cannot be done.
    """
    from gidata.release.output import release_folder  # pyarrow: only for a build

    with release_folder(out_dir) as written:
        return _build(paths, written, Path(out_dir), workers, progress, columns, chunk)


def _build(paths: list[Path], written: Written, out_dir: Path, workers: int | None, progress: bool,
           columns: dict | None, chunk: int | None) -> Summary:
    from gidata.build.spool import CHUNK_REPORTS, Collector, Spool
    from gidata.release.write import write_all

    started = time.perf_counter()
    found = discover(paths, exclude=out_dir)
    parallel = any(is_table(path) for path, _ in found) or len(found) >= 8
    with Spool(written.folder) as spool:
        collector = Collector(spool, chunk or CHUNK_REPORTS)
        work = execute(inputs(found, columns), workers or default_workers(), parallel, _run_tidied)
        for done in _progress(work, found, progress):
            collector.add(done)
        collector.finish()
        write_all(spool, written.folder, spool.drop_pages, written)
    statuses = dict(sorted(collector.statuses.items()))
    return Summary(sum(statuses.values()), statuses, collector.facts, collector.breaks,
                   time.perf_counter() - started, rows=collector.rows)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
