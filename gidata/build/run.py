"""Build the datasets from files, folders and crawl tables of reports: every input appears in `reports`."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import chain, islice
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from gidata.build.collection import collecting_less_often
from gidata.build.executors import Executor, ProcessPool, executor_for, stderr_line
from gidata.build.sources import forget_inputs, sources_metadata
from gidata.build.report import (Result, Tidied, bug, failed, failed_input, process_file, process_row, readable_name,
                                 tidied)
from gidata.build.storage import (Location, files_under, is_file, is_url, local_copy, name_of, output_folder,
                                  parent_of)
from gidata.build.workers import stop_if_terminated
from gidata.errors import TableError
from gidata.read.files import SUFFIXES
from gidata.read.crawl import TABLE_SUFFIXES, Row, read_blocks

if TYPE_CHECKING:
    from gidata.release.output import Written

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
    phases: dict[str, tuple[float, float]] = field(default_factory=dict)  # see `Phases`


class Phases:
    """Wall and this process's CPU seconds of each phase of a build, for benchmarks: with workers, the phases
    before the first result and after the last are serial, and this process's CPU between them competes with
    the workers'."""

    def __init__(self) -> None:
        self.seconds: dict[str, tuple[float, float]] = {}
        self._last = (time.perf_counter(), time.process_time())

    def end(self, name: str) -> None:
        """The phase `name` ends now (the next one begins)."""
        now = (time.perf_counter(), time.process_time())
        self.seconds[name] = (now[0] - self._last[0], now[1] - self._last[1])
        self._last = now


def discover(paths: Sequence[Location], exclude: Path | None = None) -> list[tuple[Location, str]]:
    """Report files under the given files and folders (recursively), each with its report id.

    The id is the path relative to its input folder; where two inputs would share one, the later
    one is prefixed with its folder's name (and numbered if that is taken too). `exclude` (the
    output folder) and what is inside it are skipped; a dangling link, a link loop and a folder
    that cannot be listed are kept, to get their row in `reports`. A root may be an fsspec URL:
    its files are then URLs too.
    """
    found: list[tuple[Location, str]] = []
    taken: set[str] = set()
    for root in paths:
        if isinstance(root, str) and is_url(root):
            candidates, folder = _remote_candidates(root)
        else:  # a local path, given as a Path or as a string
            candidates, folder = _local_candidates(Path(root), exclude)
        for path, report_id in candidates:
            report_id = _unique_id(readable_name(report_id), folder, taken)
            taken.add(report_id)
            found.append((path, report_id))
    return found


def _local_candidates(root: Path, exclude: Path | None) -> tuple[list[tuple[Location, str]], str]:
    """The files under a local root with their ids, and the name of the root's folder."""
    if root.is_file():
        return [(root, root.name)], root.parent.resolve().name
    return [(path, path.relative_to(root).as_posix()) for path in _walk(root, exclude)], root.resolve().name


def _remote_candidates(root: str) -> tuple[list[tuple[Location, str]], str]:
    """The files under an fsspec URL with their ids, and the name of the root's folder."""
    if is_file(root):
        return [(root, name_of(root))], name_of(parent_of(root))
    return [(url, relative) for url, relative in files_under(root)
            if _is_report_file(PurePosixPath(relative))], name_of(root)


def _walk(root: Path, exclude: Path | None) -> list[Path]:
    """The report files under a folder, in path order, with the folders that could not be listed."""
    skip = os.path.abspath(exclude) if exclude else None
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=lambda error: found.append(Path(error.filename))):
        dirs[:] = [d for d in dirs if os.path.join(os.path.abspath(folder), d) != skip]
        found.extend(path for path in map(Path(folder).joinpath, files)
                     if _is_report_file(path) and (path.is_file() or not path.exists()))
    return sorted((p for p in found if p != root and os.path.abspath(p) != skip), key=_path_order)


def _path_order(path: Path) -> list[str]:
    """What paths compare when sorted (their parts, case-folded where the system ignores case), as a sort key:
    `Path`'s own comparison, a Python call per pair, took a fifth of `discover` for 10^4 files."""
    return os.path.normcase(path).split(os.sep)


def _unique_id(report_id: str, folder: str, taken: set[str]) -> str:
    if report_id not in taken:
        return report_id
    candidate, number = f"{folder}/{report_id}", 2
    while candidate in taken:
        candidate, number = f"{folder}/{report_id}~{number}", number + 1
    return candidate


def _is_report_file(path: PurePosixPath | Path) -> bool:
    name = path.name.lower()
    suffix = path.suffix.lower()
    return name not in _IGNORED and not name.startswith(".") and (suffix in SUFFIXES or suffix in TABLE_SUFFIXES)


def is_table(path: Location) -> bool:
    """A crawl table (CSV, JSON Lines, Parquet) rather than a report file."""
    return PurePosixPath(name_of(path)).suffix.lower() in TABLE_SUFFIXES


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
        yield _unfetched(location, table, "unreadable", f"{type(error).__name__}: {error}", source_table=table)


def _local_table_rows(path: Path, table: str, columns: dict) -> Iterator[Row | Result]:
    rows = 0
    try:
        for batch in read_blocks(path, table, columns):  # rows decoded where they are processed
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
    location, report_id = item
    meta = sources_metadata(location)
    try:
        with local_copy(location) as path:
            result = process_file(path, report_id, meta)
    except Exception as error:  # a remote file that could not be fetched
        return _unfetched(location, report_id, "unreadable", f"{type(error).__name__}: {error}")
    if meta.get("problem"):
        message = "; ".join(filter(None, (result.report.message, meta["problem"])))
        result = replace(result, report=replace(result.report, message=message))
    return result


def _unfetched(location: Location, report_id: str, status: str, message: str, **more) -> Result:
    """The `reports` row of a remote input that gave nothing but a status (it could not be copied here)."""
    name = name_of(location)
    return failed(report_id=report_id, file=name, format=PurePosixPath(name).suffix.lower().lstrip("."),
                  sha256="", status=status, message=message, **more)


def _lost(item: Item, status: str, reason: str) -> Result:
    """The `reports` row of an input whose worker process was lost or killed, or whose task failed
    on the cluster even when run alone."""
    if isinstance(item, Result):
        return item
    if isinstance(item, Row):
        return process_row(Row(item.table, item.number, item.format, item.encoding, status=status, problem=reason))
    location, report_id = item
    table = report_id if is_table(location) else None
    if is_url(location):
        return _unfetched(location, report_id, status, reason, source_table=table)
    return failed_input(Path(location), report_id, status, reason, source_table=table)


def _run_tidied(item: Item) -> Tidied:
    """One input through the pipeline and into the rows of the tables: the work a build maps. An input
    that gave only its `reports` row (98% of a crawl table's rows) gives no other rows: `tidied` is not
    asked to make its empty tables (a tenth of a non-report row's cost)."""
    result = _run_one(item)
    if result.facts or result.checks or result.report.counted:
        return tidied(result)
    return Tidied(result.report, {}, {}, 0, 0)


def execute(items: Iterable[Item], workers: int = 1, parallel: bool | None = None, work=_run_one,
            scheduler: str | None = None, announce=stderr_line, combine=None,
            executor: Executor | None = None) -> Iterator:
    """`work`'s results in input order, from this process, a pool of `workers` processes, or a Dask
    `scheduler` (see `executors`), with a bounded number of inputs in flight, so memory stays flat.
    `combine`: yield one result per chunk of inputs, `combine` of their results, made where they ran.
    `executor`: the one to use (as `executor_for` would make it for the same arguments).

    `parallel`: None decides on the first inputs (fewer than 8 are done in this process). The
    workers are started before any input is read, so they do not inherit a table's rows.
    """
    items = iter(items)
    head = [] if parallel or scheduler else list(islice(items, 8))
    if not scheduler and (workers <= 1 or parallel is False or (parallel is None and len(head) < 8)):
        workers = 1
    lost = partial(_lost_as, work)
    yield from (executor or executor_for(scheduler, workers, announce)).map(work, chain(head, items), lost, combine)


def _lost_as(work, item: Item, status: str, reason: str):
    """What `work` gives for an input that was lost: its `reports` row with the status."""
    return work(_lost(item, status, reason))


def run(jobs: list[tuple[Location, str]], workers: int = 1, progress: bool = False,
        columns: dict | None = None) -> list[Result]:
    """Process every input (tables row by row), keeping the input order."""
    return list(_progress(execute(inputs(jobs, columns), workers), jobs, progress))


def _progress(results: Iterator, found: list[tuple[Location, str]], progress: bool, size=lambda result: 1) -> Iterator:
    """Count results on a progress bar: by report for files, by row once a table is among the inputs
    (`size`: how many inputs a result stands for)."""
    if not progress:  # tqdm not even imported (~10 ms of CPU a build)
        yield from results
        return
    from tqdm import tqdm  # here, not at the top: `gidata parse` imports this module and shows no bar

    tables = any(is_table(path) for path, _ in found)
    with tqdm(total=None if tables else len(found), unit="row" if tables else "report",
              leave=True) as bar:
        for result in results:
            yield result
            bar.update(size(result))


def build(paths: Sequence[Location], out: Location, workers: int | None = None, progress: bool = False,
          columns: dict | None = None, chunk: int | None = None, scheduler: str | None = None,
          announce=stderr_line, by_year: bool = False, workbook: bool = False) -> Summary:
    """Read, extract, check, tidy and write everything under `paths` (files and tables) into `out`.

    Results are tidied `chunk` reports at a time (default `spool.CHUNK_REPORTS`) and spooled to
    disk (see `spool`); the output does not depend on `chunk`, nor on where the reports were
    processed (`scheduler`: a Dask scheduler's address, or "local"; None for a pool of `workers`
    processes). Paths may be fsspec URLs. `by_year`: write the tables that have a year as Parquet
    datasets partitioned by it (hive layout). `workbook`: also write the Excel workbook (see
    `exports.write_xlsx`; ~0.2 ms a row, so not by default). The release is written beside the output folder and
    swapped in whole (see `release.output`): raises OutputError, leaving it as it was, when that
    cannot be done.
    """
    from gidata.release.output import release_folder  # pyarrow: only for a build

    with output_folder(out) as out_dir, release_folder(out_dir) as written, collecting_less_often():
        return _build(paths, written, out_dir, workers, progress, columns, chunk, scheduler, announce, by_year,
                      workbook)


def _build(paths: Sequence[Location], written: Written, out_dir: Path, workers: int | None, progress: bool,
           columns: dict | None, chunk: int | None, scheduler: str | None, announce, by_year: bool,
           workbook: bool) -> Summary:
    from gidata.build.chunk import chunk_of, warm_arrow
    from gidata.extract.report import compile_patterns
    from gidata.build.spool import CHUNK_REPORTS, Collector, Spool
    from gidata.release.write import write_all

    started, phases = time.perf_counter(), Phases()
    found = discover(paths, exclude=out_dir)
    parallel = any(is_table(path) for path, _ in found) or len(found) >= 8
    workers = workers or default_workers()
    executor = executor_for(scheduler, workers if parallel else 1, announce)
    warm_arrow()
    if isinstance(executor, ProcessPool):
        compile_patterns()
    with Spool(written.folder) as spool, _kept_open(executor):
        collector = Collector(spool, chunk or CHUNK_REPORTS)
        work = execute(inputs(found, columns), workers, parallel, _run_tidied, scheduler, announce, chunk_of,
                       executor)
        for done in _progress(work, found, progress, len):
            if not phases.seconds:
                phases.end("before the first result")
            stop_if_terminated()
            collector.add(done)
        phases.end("inputs")
        del found, work  # the inputs' paths and ids (~0.4 KB an input): not needed to write the release
        forget_inputs()
        collector.finish(_at_the_end(executor))
        phases.end("finish")
        write_all(spool, written.folder, spool.drop_pages, written, by_year, workbook)
        phases.end("write")
        stop_if_terminated()  # before the release is swapped in
    statuses = dict(sorted(collector.statuses.items()))
    return Summary(sum(statuses.values()), statuses, collector.facts, collector.breaks,
                   time.perf_counter() - started, rows=collector.rows, phases=phases.seconds)


def _kept_open(executor: Executor) -> AbstractContextManager:
    """A pool's worker processes kept, after the inputs, for the work at the end of the build (`_at_the_end`)."""
    return executor.kept_open() if isinstance(executor, ProcessPool) else nullcontext()


def _at_the_end(executor: Executor) -> Callable:
    """How the end of a build maps its work (`Collector.finish`): on a pool's workers, idle by then (a task
    lost with its worker is done here); else in this process (a cluster's workers may be gone)."""
    return partial(executor.map, lost=_here) if isinstance(executor, ProcessPool) else map


def _here(repins, status: str, reason: str):
    """A task of the build's end that was lost with its worker process, done in this one."""
    from gidata.build.spool import repinned_chunk

    return repinned_chunk(repins)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
