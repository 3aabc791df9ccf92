"""Where the per-report work runs: this process, a local process pool, or a Dask cluster.

Every executor maps a function over the inputs in chunks and yields the results in input order,
with a bounded number of chunks in flight, so memory stays flat and what comes after (dedupe,
cross-year checks, sorting, writing) sees the same sequence whoever did the work. Given `combine`,
it yields one combined result per chunk instead, made where the chunk was run (a build's workers
put their rows together as Arrow there: `build.chunk`); a chunk whose inputs had to be run one by
one is combined here. Dask is imported
only when a scheduler is asked for; it does the distribution and the retries (a task whose worker
died is run again elsewhere), this module only keeps the order and turns an input that still
fails on its own into a result through `lost`. The local pool is `workers.Workers`, which survives
the loss of a worker process and applies the build's limits in each.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Protocol, TypeVar

from gidata import limits
from gidata.build.workers import Workers, stop
from gidata.read.files import HTML_SUFFIXES, TEXT_SUFFIXES

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 16  # files per task sent to a worker: big enough to hide the cost of a task, small for memory
LIGHT_FILE = 0.25  # a text or HTML file's share of a task: 64 to a task (see `weight`)
IN_FLIGHT = 4  # chunks in flight per worker (per thread on a cluster)
LOCAL = "local"  # the scheduler address that starts a LocalCluster on this machine's cores
RETRIES = 2  # extra tries Dask gives a task that raised (a task whose worker died is retried anyway)
# A LocalCluster started here does without the workers' statistical profiler (a thread sampling the task's
# stack every 10 ms) and polls its event loops and system monitor less often: a third of the CPU it spends
# idle, and less contention with the tasks for the GIL (benchmarks/bench_cluster.py).
QUIET = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
         "distributed.admin.system-monitor.interval": "2s"}
_FORWARDED = "GIDATA_"  # environment variables the tasks see on a cluster as they are here (--ocr)


Lost = Callable[[T, str, str], R]  # (input, status, reason) -> the result of an input that failed alone
Combine = Callable[[list], object]  # the results of a chunk's inputs -> what the chunk gives


def _one_by_one(chunk_results: Iterator[list]) -> Iterator:
    """The results of every chunk, input by input."""
    return (result for results in chunk_results for result in results)


class Executor(Protocol):
    """Maps `fn` over `items`, yielding its results in the order of the items."""

    def map(self, fn: Callable[[T], R], items: Iterable[T], lost: Lost | None = None,
            combine: Combine | None = None) -> Iterator: ...


class InProcess:
    """Everything in this process, one input after the other."""

    def map(self, fn, items, lost=None, combine=None):
        if combine is None:
            return map(fn, items)
        return (combine([fn(item) for item in chunk]) for chunk in chunks(items))


class ProcessPool:
    """A pool of local worker processes (the default): no Dask involved. Within `kept_open`, the processes
    of a `map` that ran to its end do the next `map`'s work too (a build's end, with its workers idle)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._keep = False
        self._processes: ProcessPoolExecutor | None = None  # those of the last `map`, kept for the next

    @contextmanager
    def kept_open(self) -> Iterator[ProcessPool]:
        """The worker processes kept from one `map` to the next in this block, stopped at its end."""
        self._keep = True
        try:
            yield self
        finally:
            self._keep = False
            if self._processes is not None:
                stop(self._processes)
                self._processes = None

    def map(self, fn, items, lost=None, combine=None):
        results = self._chunk_results(fn, items, lost, combine or list)
        return results if combine else _one_by_one(results)

    def _chunk_results(self, fn, items, lost, combine: Combine) -> Iterator:
        pool = Workers(self.workers, partial(_run_chunk, fn, combine), fn, lost or _raise, combine, self._processes)
        self._processes = None
        try:
            for chunk in chunks(items):
                pool.submit(chunk)
                if len(pool.pending) >= self.workers * IN_FLIGHT:
                    yield pool.next_results()
            yield from pool.drain()
        except BaseException:
            pool.close()  # on an error or Ctrl-C: no worker outlives the build
            raise
        if self._keep:
            self._processes = pool.pool
        else:
            pool.close()


def _raise(item, status: str, reason: str):
    raise RuntimeError(f"{status}: {reason}")


class DaskCluster:
    """A dask.distributed cluster at `address`, or a LocalCluster on this machine's cores for "local".

    `announce` receives the line giving the dashboard's address.
    """

    def __init__(self, address: str, announce: Callable[[str], None] | None = None) -> None:
        self.address, self.announce = address, announce

    def map(self, fn, items, lost=None, combine=None):
        results = self._chunk_results(fn, items, lost, combine)
        return results if combine else _one_by_one(results)

    def _chunk_results(self, fn, items, lost, combine: Combine | None) -> Iterator:
        with self._client() as client:
            if self.announce:
                self.announce(f"Dask dashboard: {client.dashboard_link}")
            task = partial(_with_settings, _forwarded_environment(), limits.current(), fn)
            threads = sum(client.nthreads().values()) or 1
            submitted = ((client.submit(_run_chunk, task, combine or list, chunk, retries=RETRIES, pure=False), chunk)
                         for chunk in chunks(items))
            for future, chunk in _window(submitted, threads * IN_FLIGHT):
                try:
                    yield future.result()
                except Exception as error:
                    yield (combine or list)(_one_at_a_time(client, chunk, task, lost, error))

    @contextmanager
    def _client(self):
        """A client of the cluster that fetches results from the workers themselves, not through the scheduler
        (which then does not handle every result's bytes a second time); through it if a worker is out of reach."""
        from distributed import Client
        if self.address != LOCAL:
            with Client(self.address, direct_to_workers=True) as client:
                yield client
            return
        with local_cluster() as cluster, Client(cluster, direct_to_workers=True) as client:
            yield client


def local_cluster(workers: int | None = None, **options):
    """A LocalCluster of one-thread worker processes (default: one per core), with the `QUIET` settings.

    Each worker gets `--max-memory` as its Dask memory limit: Dask's nanny restarts a worker over it,
    and the inputs of its chunk are then retried alone (a remote cluster keeps its own limits).
    """
    import dask
    from distributed import LocalCluster
    memory_mb = limits.current().memory_mb
    options.setdefault("memory_limit", memory_mb << 20 if memory_mb else None)
    with dask.config.set(QUIET):  # read as the scheduler and the workers start, and passed to the workers
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, **options)


def executor_for(scheduler: str | None, workers: int, announce: Callable[[str], None] | None = None) -> Executor:
    """A Dask cluster when a scheduler address (or "local") is given, else a local pool of `workers`."""
    if scheduler:
        return DaskCluster(scheduler, announce)
    return ProcessPool(workers) if workers > 1 else InProcess()


def chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    """The items in lists of `size` files' worth of work (the last one lighter), each input counting its
    `weight`."""
    chunk: list[T] = []
    load = 0.0
    for item in items:
        chunk.append(item)
        load += weight(item)
        if load >= size:
            yield chunk
            chunk, load = [], 0.0
    if chunk:
        yield chunk


def weight(item) -> float:
    """An input's share of a task, where a file counts 1: a crawl table's row its own `weight` (mostly a page
    that is not a report, a small share of a file: a task of 16 rows held few reports, and its per-task costs,
    Arrow batches included, were paid for few rows); a text or HTML file (path, id) `LIGHT_FILE`, as its few
    ms of work paid ~0.1 ms more in a task of 16 for the task's Arrow batches and pickling."""
    if hasattr(item, "weight"):
        return item.weight
    if isinstance(item, tuple) and len(item) == 2 and os.path.splitext(str(item[0]))[1].lower() in _LIGHT:
        return LIGHT_FILE
    return 1


_LIGHT = {*TEXT_SUFFIXES, *HTML_SUFFIXES}


def _window(tasks: Iterator, size: int) -> Iterator:
    """The tasks in order, submitting at most `size` ahead of the one handed out."""
    pending: deque = deque()
    for task in tasks:
        pending.append(task)
        if len(pending) >= size:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _one_at_a_time(client, chunk: list, task: Callable, lost: Lost | None, error: Exception) -> list:
    """The results of a chunk that failed even after Dask's retries, its inputs run one at a time, so
    that only an input that fails alone becomes `lost`'s result."""
    if lost is None:
        raise error
    if len(chunk) == 1:
        return [lost(chunk[0], "error", f"the task failed on the cluster: {type(error).__name__}: {error}")]
    singles = [client.submit(_run_chunk, task, list, [item], retries=RETRIES, pure=False) for item in chunk]
    return [result for single, item in zip(singles, chunk)
            for result in _alone_result(client, single, item, task, lost)]


def _alone_result(client, future, item, task: Callable, lost: Lost | None) -> list:
    """The result of one input run alone, as a list of one."""
    try:
        return future.result()
    except Exception as error:
        return _one_at_a_time(client, [item], task, lost, error)


def _run_chunk(fn: Callable[[T], R], combine: Combine, chunk: list[T]):
    """What a task does: `fn` on each input of its chunk, the results combined (by default, a list)."""
    return combine([fn(item) for item in chunk])


def _with_settings(environment: dict[str, str], in_force: limits.Limits, fn: Callable[[T], R], item: T) -> R:
    """Run `fn` with the client's gidata settings (environment, limits) on a worker on another machine."""
    os.environ.update(environment)
    limits.use(in_force)
    return fn(item)


def _forwarded_environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith(_FORWARDED)}


def stderr_line(line: str) -> None:
    """Print a line on standard error (the dashboard's address)."""
    print(line, file=sys.stderr, flush=True)
