"""Build the datasets from files, folders and crawl tables of reports: every input appears in `reports`."""

from __future__ import annotations

import csv
import hashlib
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path, PurePosixPath

from tqdm import tqdm

from gidata.build.dedupe import Deduper, flag_same_body_year
from gidata.build.executors import executor_for, stderr_line
from gidata.build.storage import Location, child, files_under, is_file, is_url, local_copy, name_of, \
    output_folder, parent_of, read_bytes
from gidata.build.report import Result, process_file, process_row
from gidata.read.files import SUFFIXES
from gidata.read.crawl import TABLE_SUFFIXES, Row, TableError, read_table
from gidata.build.spool import CHUNK_REPORTS, Collector, Spool
from gidata.release.write import write_all

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


def discover(paths: list[Location]) -> list[tuple[Location, str]]:
    """Report files under the given files and folders (recursively), each with its report id.

    The id is the path relative to its input folder; where two inputs would share one, the later
    one is prefixed with its folder's name (and numbered if that is taken too). A root may be an
    fsspec URL: its files are then URLs too.
    """
    found, taken = [], set()
    for root in paths:
        if is_url(root):
            single = is_file(root)
            candidates = [(root, name_of(root))] if single else [
                (url, relative) for url, relative in files_under(root) if _is_report_file(PurePosixPath(relative))]
            folder = name_of(parent_of(root) if single else root)
        else:
            candidates = [(root, root.name)] if root.is_file() else [
                (path, path.relative_to(root).as_posix()) for path in sorted(root.rglob("*"))
                if path.is_file() and _is_report_file(path)]
            folder = (root.parent if root.is_file() else root).resolve().name
        for path, report_id in candidates:
            report_id = _unique_id(report_id, folder, taken)
            taken.add(report_id)
            found.append((path, report_id))
    return found


def _unique_id(report_id: str, folder: str, taken: set[str]) -> str:
    if report_id not in taken:
        return report_id
    candidate, number = f"{folder}/{report_id}", 2
    while candidate in taken:
        candidate, number = f"{folder}/{report_id}~{number}", number + 1
    return candidate


def _is_report_file(path: PurePosixPath) -> bool:
    name = path.name.lower()
    suffix = path.suffix.lower()
    return name not in _IGNORED and not name.startswith(".") and (suffix in SUFFIXES or suffix in TABLE_SUFFIXES)


def is_table(path: Location) -> bool:
    """A crawl table (CSV, JSON Lines, Parquet) rather than a report file."""
    return PurePosixPath(name_of(path)).suffix.lower() in TABLE_SUFFIXES


def sources_metadata(path: Location) -> dict:
    """Title, date and address of a file from a SOURCES.csv beside it or one folder up."""
    for folder in (parent_of(path), parent_of(parent_of(path))):
        table = _read_sources(child(folder, SOURCES_FILE))
        if name_of(path) in table:
            return table[name_of(path)]
    return {}


_SOURCES_CACHE: dict[Location, dict] = {}


def _read_sources(path: Location) -> dict:
    if path not in _SOURCES_CACHE:
        table = {}
        data = read_bytes(path)
        if data is not None:
            for row in csv.DictReader(data.decode("utf-8-sig").splitlines()):
                meta = {"title": row.get("title"), "published": row.get("published"), "url": row.get("url")}
                table[row.get("file", "")] = {k: v for k, v in meta.items() if v}
        _SOURCES_CACHE[path] = table
    return _SOURCES_CACHE[path]


Item = tuple[Location, str] | Row | Result


def inputs(found: list[tuple[Location, str]], columns: dict | None = None) -> Iterator[Item]:
    """Every input in order: report files as (path, id), table rows one by one, a bad table as its Result."""
    for path, report_id in found:
        if is_table(path):
            yield from _table_rows(path, report_id, columns or {})
        else:
            yield path, report_id


def _table_rows(location: Location, table: str, columns: dict) -> Iterator[Row | Result]:
    try:
        with local_copy(location) as path:
            yield from _local_table_rows(path, table, columns)
    except Exception as error:  # a remote table that could not be fetched
        yield _unfetched(location, table, error, source_table=table)


def _local_table_rows(path: Path, table: str, columns: dict) -> Iterator[Row | Result]:
    try:
        for batch in read_table(path, table, columns):
            yield from batch
    except TableError as error:
        yield _table_result(path, table, error.status, error.message)
    except OSError as error:
        yield _table_result(path, table, "unreadable", f"{table}: {error}")
    except Exception as error:  # a reader's bug must not stop the build: record it
        yield _table_result(path, table, "error", f"{table}: {type(error).__name__}: {error}")


def _table_result(path: Path, table: str, status: str, message: str) -> Result:
    """The `reports` row of a table that could not be read (to its end)."""
    digest, size = hashlib.sha256(), 0
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 24):
                digest.update(block)
                size += len(block)
    except OSError:
        pass
    return Result({"report_id": table, "file": path.name, "format": path.suffix.lower().lstrip("."),
                   "sha256": digest.hexdigest(), "bytes": size, "status": status, "message": message,
                   "source_table": table})


def _run_one(item: Item) -> Result:
    if isinstance(item, Result):
        return item
    if isinstance(item, Row):
        return process_row(item)
    path, report_id = item
    try:
        with local_copy(path) as local:
            return process_file(local, report_id, sources_metadata(path))
    except Exception as error:  # a remote file that could not be fetched
        return _unfetched(path, report_id, error)


def _unfetched(path: Location, report_id: str, error: Exception, **more) -> Result:
    """The `reports` row of a remote file that could not be copied here."""
    name = name_of(path)
    return Result({"report_id": report_id, "file": name, "format": PurePosixPath(name).suffix.lower().lstrip("."),
                   "sha256": "", "status": "unreadable", "message": f"{type(error).__name__}: {error}", **more})


def _lost(item: Item, error: BaseException) -> Result:
    """The `reports` row of an input whose task failed on the cluster even when run alone (a worker it
    kills each time, say)."""
    if isinstance(item, Result):
        return item
    path, report_id = (item.table, item.report_id) if isinstance(item, Row) else item
    more = {"source_table": item.table, "source_row": item.number} if isinstance(item, Row) else {}
    result = _unfetched(path, report_id, error, **more)
    result.report.update(status="error", message=f"the task failed on the cluster: {type(error).__name__}: {error}")
    return result


def execute(items: Iterable[Item], workers: int = 1, parallel: bool | None = None,
            scheduler: str | None = None, announce=stderr_line) -> Iterator[Result]:
    """Results in input order, from this process, a pool of `workers` processes, or a Dask `scheduler`
    (see `executors`), with a bounded number of inputs in flight, so memory stays flat.

    `parallel`: None decides on the first inputs (fewer than 8 are done in this process). The
    workers are started before any input is read, so they do not inherit a table's rows.
    """
    items = iter(items)
    head = [] if parallel or scheduler else list(islice(items, 8))
    if not scheduler and (workers <= 1 or parallel is False or (parallel is None and len(head) < 8)):
        workers = 1
    yield from executor_for(scheduler, workers, announce).map(_run_one, chain(head, items), _lost)


def run(jobs: list[tuple[Location, str]], workers: int = 1, progress: bool = False,
        columns: dict | None = None) -> list[Result]:
    """Process every input (tables row by row), keeping the input order."""
    return list(_progress(execute(inputs(jobs, columns), workers), jobs, progress))


def _progress(results: Iterator[Result], found: list[tuple[Location, str]], progress: bool) -> Iterator[Result]:
    """Count results on a progress bar: by report for files, by row once a table is among the inputs."""
    tables = any(is_table(path) for path, _ in found)
    with tqdm(total=None if tables else len(found), unit="row" if tables else "report",
              disable=not progress, leave=False) as bar:
        for result in results:
            yield result
            bar.update()


def build(paths: list[Location], out: Location, workers: int | None = None, progress: bool = False,
          columns: dict | None = None, chunk: int = CHUNK_REPORTS, scheduler: str | None = None,
          announce=stderr_line, by_year: bool = False) -> Summary:
    """Read, extract, check, tidy and write everything under `paths` (files and tables) into `out`.

    Results are tidied `chunk` reports at a time and spooled to disk (see `spool`); the output does
    not depend on `chunk`, nor on where the reports were processed (`scheduler`: a Dask scheduler's
    address, or "local"; None for a pool of `workers` processes). Paths may be fsspec URLs.
    `by_year`: write the tables that have a year as Parquet datasets partitioned by it (hive layout).
    """
    started = time.perf_counter()
    found = discover(paths)
    deduper, reports = Deduper(), []
    parallel = any(is_table(path) for path, _ in found) or len(found) >= 8
    with output_folder(out) as out_dir, Spool(out_dir) as spool:
        collector = Collector(spool, chunk)
        results = execute(inputs(found, columns), workers or default_workers(), parallel, scheduler, announce)
        for result in _progress(results, found, progress):
            if deduper.admit(result.report):  # the first copy of a text: kept, so its rows can go now
                collector.add(result)
            reports.append(result.report)
        deduper.finish()
        flag_same_body_year(reports)
        collector.finish(reports)
        write_all(spool, reports, out_dir, spool.drop_pages, by_year)
    statuses: dict[str, int] = {}
    for report in reports:
        statuses[report["status"]] = statuses.get(report["status"], 0) + 1
    return Summary(len(reports), dict(sorted(statuses.items())), collector.facts, collector.breaks,
                   time.perf_counter() - started, rows=sum(1 for r in reports if r.get("source_row") is not None))


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
