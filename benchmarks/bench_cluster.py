"""The same build on the local process pool and on a Dask LocalCluster: the overhead of the cluster path.

N report files (default 10,000) are made from the corpus texts at run time, each made unique by a
line naming it (bench_crawl.make_inputs), so every one goes through the whole pipeline and is kept.
Each is built on a pool of W processes and on a LocalCluster of W one-thread worker processes
started as `--scheduler local` starts it (`executors.local_cluster`; default W = 2; the cluster is
started, and its workers import gidata, before the clock starts; its start-up is given apart), and
the outputs are compared byte for byte. Printed: wall seconds and CPU seconds (of every process:
this one, which also runs the LocalCluster's scheduler and nannies, and all its descendants, the
pool's workers or the cluster's) of the per-report phase (`execute`: read, locate, extract, check, results back in input
order) and of the whole build; the cluster's overhead on each, in wall time and in CPU time (the
CPU figure holds on a machine busy with other work, where wall times are noisy); and, from one
run in this process, the per-report costs that the
scaling estimate in the README uses: CPU seconds per report in the per-report phase (what workers
do) and in the rest of the build (what the client does: dedupe, tidy, cross-year checks, sort, write),
and the bytes of one report's result as it crosses the wire (pickled).

    .venv/bin/python benchmarks/bench_cluster.py --reports 10000 --workers 2
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import pickle
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import psutil
from distributed import Client

from bench_crawl import CORPUS, make_inputs
from gidata.build.executors import local_cluster
from gidata.build.run import _run_tidied, build, discover, execute, inputs


def per_report_phase(folder: Path, workers: int, scheduler: str | None) -> tuple[float, float]:
    """Wall and CPU seconds to get every report's result back, in input order."""
    with Clock() as clock:
        for _ in execute(inputs(discover([folder])), workers, parallel=True, scheduler=scheduler, announce=None):
            pass
    return clock.wall, clock.cpu


def whole_build(folder: Path, out: Path, workers: int, scheduler: str | None) -> tuple[float, float]:
    """Wall and CPU seconds of the whole build."""
    with Clock() as clock:
        build([folder], out, workers=workers, scheduler=scheduler, announce=None)
    return clock.wall, clock.cpu


class Clock:
    """Wall time, and CPU time of this process and all its descendants: the finished ones (a pool's
    workers) and the running ones (a LocalCluster's workers)."""

    @staticmethod
    def _cpu() -> float:
        mine = resource.getrusage(resource.RUSAGE_SELF)
        ended = resource.getrusage(resource.RUSAGE_CHILDREN)
        running = 0.0
        for process in psutil.Process().children(recursive=True):
            with contextlib.suppress(psutil.Error):
                times = process.cpu_times()
                running += times.user + times.system
        return mine.ru_utime + mine.ru_stime + ended.ru_utime + ended.ru_stime + running

    def __enter__(self) -> Clock:
        self.cpu, self.wall = self._cpu(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = self._cpu() - self.cpu


def digest(folder: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())).hexdigest()


def costs(folder: Path, n: int) -> tuple[float, float]:
    """CPU seconds per report of the per-report phase and of the rest of the build, in this process."""
    started = time.process_time()
    for _ in execute(inputs(discover([folder])), 1, parallel=False):
        pass
    per_report = time.process_time() - started
    with tempfile.TemporaryDirectory() as out:
        started = time.process_time()
        build([folder], Path(out), workers=1)
        whole = time.process_time() - started
    return per_report / n, max(0.0, whole - per_report) / n


def wire_bytes(folder: Path, sample: int = 200) -> float:
    """Mean bytes of a report's result (what `_run_tidied` returns) pickled, as a worker sends it back."""
    items = list(islice(inputs(discover([folder])), sample))
    return sum(len(pickle.dumps(_run_tidied(item), protocol=5)) for item in items) / len(items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        _, files = make_inputs(tmp, args.reports, CORPUS)
        n, w = args.reports, args.workers
        pool_phase = per_report_phase(files, w, None)
        pool_build = whole_build(files, tmp / "pool", w, None)
        started = time.perf_counter()
        with local_cluster(w, dashboard_address=":0") as cluster:
            startup = time.perf_counter() - started
            address = cluster.scheduler_address
            with Client(address) as client:  # the workers import gidata, as the pool's forked ones have
                client.run(__import__, "gidata.build.run")
            dask_phase = per_report_phase(files, w, address)
            dask_build = whole_build(files, tmp / "dask", w, address)
        same = digest(tmp / "pool") == digest(tmp / "dask")
        worker_cost, client_cost = costs(files, n)
        sent = wire_bytes(files)
    print(f"{n} reports, {w} workers (a pool of {w} processes; a LocalCluster of {w} one-thread workers)")
    for label, pool, dask in (("per-report phase", pool_phase, dask_phase), ("whole build", pool_build, dask_build)):
        print(f"{label + ':':<18}pool {pool[0]:.2f} s wall, {pool[1]:.2f} s CPU ({n / pool[0]:.0f} reports/s); "
              f"cluster {dask[0]:.2f} s wall, {dask[1]:.2f} s CPU ({n / dask[0]:.0f} reports/s); overhead "
              f"{dask[0] / pool[0] - 1:+.1%} wall, {dask[1] / pool[1] - 1:+.1%} CPU")
    print(f"outputs byte-identical: {same}")
    print(f"LocalCluster start-up (not counted above): {startup:.2f} s")
    print(f"per report, one process: {worker_cost * 1000:.2f} ms CPU in the per-report phase (workers), "
          f"{client_cost * 1000:.2f} ms in the rest of the build (client); {sent / 1000:.1f} kB of result "
          f"sent back per report (pickled)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
