"""The build on a Dask cluster and through fsspec URLs writes the bytes of a local build, even when a
worker dies mid-build; without a scheduler, no Dask is imported."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import cloudpickle
import fsspec
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster, WorkerPlugin

from gidata.build import executors
from gidata.build.executors import DaskCluster
from gidata.cli import main
from gidata.build.run import build, discover

from .conftest import CORPUS, SAMPLE

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the plugin and functions below, on the workers


@pytest.fixture(scope="module")
def local_build(tmp_path_factory) -> Path:
    """The corpus and the sample built in this process: the bytes every other build must give."""
    out = tmp_path_factory.mktemp("local")
    build([SAMPLE, CORPUS], out, workers=1)
    return out


def _cluster() -> LocalCluster:
    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each, shared by the tests that do not kill one."""
    with _cluster() as started:
        yield started


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_two_worker_cluster_writes_the_bytes_of_the_local_build(local_build, cluster, tmp_path):
    build([SAMPLE, CORPUS], tmp_path, scheduler=cluster.scheduler_address, announce=None)
    assert _files(tmp_path) == _files(local_build)
    # 10 tables as Parquet and CSV, dictionary, package, sources, card, sums (the workbook only with --xlsx)
    assert len(_files(tmp_path)) == 25


class _KillOnce(WorkerPlugin):
    """Kills the worker process it runs in when that worker starts its second task, on one worker only."""

    def __init__(self, marker: str) -> None:
        self.marker, self.started = marker, 0

    def transition(self, key, start, finish, **kwargs):
        if finish != "executing":
            return
        self.started += 1
        if self.started < 2:
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_mid_build_leaves_every_input_in_reports(local_build, tmp_path, monkeypatch):
    monkeypatch.setattr(executors, "LIGHT_FILE", 1)  # tasks of 16 text files: enough that a worker gets a second
    marker = tmp_path / "killed"
    inputs = [f"file://{SAMPLE}", f"file://{CORPUS}"]  # fetched through fsspec by the workers
    with _cluster() as cluster, Client(cluster) as client:
        client.register_plugin(_KillOnce(str(marker)))
        build(inputs, tmp_path / "out", scheduler=cluster.scheduler_address, announce=None)
    assert marker.exists()  # a worker was killed
    ids = set(pq.read_table(tmp_path / "out" / "reports.parquet", columns=["report_id"]).column(0).to_pylist())
    tables = {i.partition("#")[0] for i in ids if "#" in i}  # a crawl table's rows are `table#row`
    assert {report_id for _, report_id in discover([SAMPLE, CORPUS])} - ids - tables == set()
    assert ids == set(pq.read_table(local_build / "reports.parquet", columns=["report_id"]).column(0).to_pylist())
    assert _files(tmp_path / "out") == _files(local_build)


def _fails_on_three(item: int) -> int:
    if item == 3:
        raise RuntimeError("input 3 always fails")
    return item * 10


def test_an_input_that_fails_on_the_cluster_is_its_own_result_and_the_others_go_on(cluster):
    results = list(DaskCluster(cluster.scheduler_address).map(
        _fails_on_three, range(40), lost=lambda item, status, reason: f"{item}: {status}: {reason}"))
    failed = "3: error: the task failed on the cluster: RuntimeError: input 3 always fails"
    assert results == [i * 10 for i in range(3)] + [failed] + [i * 10 for i in range(4, 40)]


def test_a_memory_filesystem_round_trip_gives_the_bytes_of_the_local_build(local_build):
    fs = fsspec.filesystem("memory")
    for folder in (SAMPLE, CORPUS):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                fs.pipe_file(f"/roundtrip/{folder.name}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    try:
        build(["memory://roundtrip/sample", "memory://roundtrip/corpus"], "memory://roundtrip/out", workers=1)
        written = {p.removeprefix("/roundtrip/out/"): fs.cat_file(p) for p in fs.find("/roundtrip/out")}
    finally:
        fs.rm("/roundtrip", recursive=True)
    assert written == _files(local_build)


def test_a_build_without_a_scheduler_imports_neither_dask_nor_fsspec(tmp_path):
    code = ("import sys; from pathlib import Path; from gidata.build.run import build; "
            f"build([Path({str(SAMPLE)!r})], Path({str(tmp_path)!r}), workers=2); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fsspec')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "reports.parquet").is_file()


def test_the_command_line_takes_urls_for_inputs_and_output(capsys):
    fs = fsspec.filesystem("memory")
    fs.pipe_file("/cli/in/004.txt", (SAMPLE / "004_cde45a360ad512ec.txt").read_bytes())
    try:
        assert main(["build", "memory://cli/nowhere", "--out", "memory://cli/out"]) == 2
        assert main(["build", "memory://cli/in", "--out", "memory://cli/out", "--quiet", "--workers", "1"]) == 0
        reports = pq.read_table(fs.open("/cli/out/reports.parquet")).to_pylist()
        listed = fs.cat_file("/cli/out/SHA256SUMS").decode()
    finally:
        fs.rm("/cli", recursive=True)
    assert [(r["report_id"], r["file"], r["status"]) for r in reports] == [("004.txt", "004.txt", "ok")]
    assert "reports.parquet" in listed and "no such file or folder: memory://cli/nowhere" in capsys.readouterr().err


def test_a_local_cluster_caps_each_worker_at_the_build_memory_limit():
    from gidata import limits
    from gidata.build.executors import local_cluster

    before = limits.current()
    limits.use(limits.Limits(memory_mb=1536))
    try:
        with local_cluster(1, dashboard_address=":0") as started, Client(started) as client:
            memory = {info["memory_limit"] for info in client.scheduler_info()["workers"].values()}
    finally:
        limits.use(before)
    assert memory == {1536 << 20}
