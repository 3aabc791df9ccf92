"""Worker processes that cannot take a build down: limits set in each, no orphans, a lost worker retried.

A worker killed from outside (the out-of-memory killer, a signal) breaks the whole process pool and
every task in it. `Workers` then starts a fresh pool: the chunk whose result was awaited is run
again one input at a time, each alone in a fresh process, so the input that kills its worker is
found; it is retried once more in a fresh process, then recorded as `error` with the reason. The
other chunks are simply resubmitted.
A worker stuck past the wall-time limit in code the per-input alarm cannot interrupt (a C
library's loop) is treated the same way, and its input recorded as `timeout`.
"""

from __future__ import annotations

import contextlib
import ctypes
import resource
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from gidata.build.collection import collect_less_often
from gidata import limits
from gidata.limits import Limits

_PR_SET_PDEATHSIG = 1
GRACE_SECONDS = 5.0  # beyond the wall-time limit, before a worker stuck where the alarm cannot reach is killed


def start_worker(in_force: Limits) -> None:
    """In each new worker: the build's limits, the garbage collector run less often (`collection`), memory
    capped, ended with its parent, deaf to Ctrl-C (the parent stops the workers itself, after the
    terminal's SIGINT reaches the whole group)."""
    limits.use(in_force)
    collect_less_often()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (`interrupted_by_sigterm`): end quietly
    if in_force.memory_mb and hasattr(resource, "RLIMIT_AS"):
        cap = in_force.memory_mb << 20
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    if sys.platform.startswith("linux"):  # SIGKILL when the parent dies, however it dies
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


class Workers:
    """A process pool that survives the loss of a worker; chunks' results come back in submission order.

    `run_chunk` gives a chunk's result; a chunk whose inputs had to be run alone (`run_one`) gets
    `combine` of their results instead, which must be what `run_chunk` would have given.
    """

    def __init__(self, workers: int, run_chunk: Callable[[list], Any], run_one: Callable[[Any], Any],
                 lost: Callable[[Any, str, str], Any], combine: Callable[[list], Any] = list,
                 processes: ProcessPoolExecutor | None = None) -> None:
        self.workers, self.run_chunk, self.run_one, self.lost = workers, run_chunk, run_one, lost
        self.combine = combine
        self.pool = processes or self._new_pool(workers)  # `processes`: those of other `Workers`, taken over
        self.pending: deque[tuple[list, Future]] = deque()

    def _new_pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, initializer=start_worker, initargs=(limits.current(),))

    def submit(self, chunk: list) -> None:
        self.pending.append((chunk, self.pool.submit(self.run_chunk, chunk)))

    def next_results(self):
        """The result of the oldest chunk submitted."""
        chunk, future = self.pending.popleft()
        try:
            return future.result(timeout=_seconds(len(chunk)))
        except (BrokenProcessPool, FutureTimeout):
            self._restart()
            return self.combine([self._alone(item) for item in chunk])

    def _restart(self) -> None:
        """A fresh pool; the chunks that were in the broken one are submitted to it again."""
        stop(self.pool)
        self.pool = self._new_pool(self.workers)
        chunks = [chunk for chunk, _ in self.pending]
        self.pending.clear()
        for chunk in chunks:
            self.submit(chunk)

    def _alone(self, item, tries: int = 2):
        """One input in a process of its own: a worker it kills is given one more fresh worker, then the
        input is an `error` row (the pool's loss may have been another input's doing: this one counts
        only the losses it caused alone)."""
        for _ in range(tries):
            pool = self._new_pool(1)
            try:
                return pool.submit(self.run_one, item).result(timeout=_seconds(1))
            except BrokenProcessPool:
                continue
            except FutureTimeout:
                return self.lost(item, "timeout", f"its worker was still running after {_seconds(1):g} s, past the "
                                                  f"limit of wall time per input ({limits.OPTIONS['seconds']}), and "
                                                  f"was killed")
            finally:
                stop(pool)
        return self.lost(item, "error", f"its worker process was lost {tries} times running this input alone "
                                        f"(killed by a signal: the out-of-memory killer?)")

    def drain(self) -> Iterator:
        """The results of the chunks still pending, in order."""
        while self.pending:
            yield self.next_results()

    def close(self) -> None:
        stop(self.pool)


def _seconds(inputs: int) -> float | None:
    """How long to wait for `inputs` inputs run one after another by a worker: None, without a limit."""
    limit = limits.current().seconds
    return limit * inputs + GRACE_SECONDS if limit else None


def stop(pool: ProcessPoolExecutor) -> None:
    """End a pool now: queued tasks cancelled, running workers terminated, none left behind."""
    processes = list(getattr(pool, "_processes", {}).values())  # private, but the only handle on them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(5)
            if process.is_alive():
                process.kill()


_TERMINATED: list[int] = []  # the SIGTERM received in `interrupted_by_sigterm`'s block, if any


@contextlib.contextmanager
def interrupted_by_sigterm() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt in this block, so that it cleans up as Ctrl-C does; the
    signal is also remembered for `stop_if_terminated`."""
    def terminate(signum, frame):
        _TERMINATED.append(signum)
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread
        yield
        return
    _TERMINATED.clear()
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stop_if_terminated() -> None:
    """Raise KeyboardInterrupt if SIGTERM came: its handler's exception is lost when the signal lands
    while Python runs a finaliser (`__del__`, a weakref callback: "Exception ignored in")."""
    if _TERMINATED:
        raise KeyboardInterrupt(f"signal {_TERMINATED[0]}")

