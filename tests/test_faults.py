"""Fault injection: kills while writing, a full disk, two builds at once, a lost worker, SIGTERM.

Whatever happens, the release at --out is the old one, whole, or the new one, whole; a worker that
dies costs at most its own input. Builds here are of the five-report sample: seconds each.
"""

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from gidata.build import run
from gidata.build.report import process_file
from gidata.build.run import build, execute
from gidata.cli import main
from gidata.errors import OutputError
from gidata.release import output
from gidata.release.checksums import checksum_problems

from .conftest import ROOT, SAMPLE

PYTHON = sys.executable


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}"))


@pytest.fixture(scope="module")
def release_template(tmp_path_factory):
    out = tmp_path_factory.mktemp("template") / "out"
    build([SAMPLE], out, workers=1)
    (out / "CHANGELOG.md").write_text("# changes\n", encoding="utf-8")
    build([SAMPLE], out, workers=1)  # carried into the release and listed in SHA256SUMS
    assert checksum_problems(out) == [] and "CHANGELOG.md" in (out / "SHA256SUMS").read_text()
    return out


@pytest.fixture
def old_release(release_template, tmp_path):
    """A release of the sample at tmp/out (with a hand-written CHANGELOG.md), and its files' hashes."""
    out = tmp_path / "out"
    shutil.copytree(release_template, out)
    return out, _hashes(out)


_KILLER = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from gidata.release import output
    from gidata.build.run import build
    target, where = sys.argv[1], sys.argv[2]
    if where == "publish":
        output._publish = lambda tmp, out: os.kill(os.getpid(), signal.SIGKILL)
    else:
        opened, open_ = [], output.Written.open
        def killing_open(self, name):
            opened.append(name)
            if len(opened) == int(where):
                os.kill(os.getpid(), signal.SIGKILL)
            return open_(self, name)
        output.Written.open = killing_open
    build([Path(sys.argv[3])], Path(target), workers=1)
""")


# kept, tables, dictionary, sources, sums, swap
@pytest.mark.parametrize("where", ["1", "6", "12", "14", "15", "publish"])
def test_sigkill_while_writing_leaves_the_old_release_whole(old_release, where):
    out, before = old_release
    killed = subprocess.run([PYTHON, "-c", _KILLER, str(out), where, str(SAMPLE)], cwd=ROOT, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert _hashes(out) == before and checksum_problems(out) == []
    assert _siblings(out)  # the killed build's temporary folder is left...
    build([SAMPLE], out, workers=1)
    assert _siblings(out) == [] and _hashes(out) == before  # ...and the next build removes it


def test_a_full_disk_leaves_the_old_release_whole(old_release, monkeypatch):
    out, before = old_release
    write = output._Hashing.write

    def full(self, data):
        if self.size > 5000:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return write(self, data)

    monkeypatch.setattr(output._Hashing, "write", full)
    with pytest.raises(OutputError, match="no space left on the device; the old output is untouched"):
        build([SAMPLE], out, workers=1)
    assert _hashes(out) == before and _siblings(out) == []


def test_a_second_build_into_a_locked_folder_is_refused(old_release):
    out, before = old_release
    with output._locked(out), pytest.raises(OutputError, match="being written by another build"):
        build([SAMPLE], out, workers=1)
    assert _hashes(out) == before


def test_two_builds_at_once_leave_one_whole_release(tmp_path):
    out = tmp_path / "out"
    command = [PYTHON, "-m", "gidata.cli", "build", str(SAMPLE), "--out", str(out), "--quiet", "--workers", "1"]
    first, second = (subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2))
    results = [(p.wait(120), p.stderr.read()) for p in (first, second)]
    assert 0 in [code for code, _ in results]
    for code, err in results:
        assert code == 0 or (code == 1 and "being written by another build" in err and "Traceback" not in err)
    assert checksum_problems(out) == [] and pq.read_table(out / "facts.parquet").num_rows > 0


def _dies_on_kill_files(path: Path, report_id: str, meta=None, ocr=None):
    """process_file, except that `kill*.txt` kills its worker (`killonce.txt` only the first time)."""
    if path.name.startswith("kill"):
        mark = path.with_suffix(".killed")
        if path.name.startswith("killalways") or not mark.exists():
            mark.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return process_file(path, report_id, meta, ocr)


def test_a_killed_worker_costs_only_its_own_input(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "process_file", _dies_on_kill_files)
    seeds = sorted(SAMPLE.glob("*.txt"))
    inputs = []
    for i in range(40):
        name = {7: "killonce.txt", 23: "killalways.txt"}.get(i, f"r{i:02}.txt")
        (tmp_path / name).write_bytes(seeds[i % len(seeds)].read_bytes())
        inputs.append((tmp_path / name, name))
    results = {r.report.report_id: r.report for r in execute(inputs, workers=2, parallel=True)}
    assert list(results) == [name for _, name in inputs]  # every input, in order
    assert results["killalways.txt"].status == "error"
    assert "worker process was lost 2 times running this input alone" in results["killalways.txt"].message
    assert results["killonce.txt"].status == "ok"  # retried in a fresh worker
    assert {r.status for name, r in results.items() if name != "killalways.txt"} == {"ok"}


_SLOW = textwrap.dedent("""
    import sys, time
    from gidata.build import run
    from gidata.cli import main
    slow = run.process_file
    def crawl(*args, **kwargs):
        time.sleep(2)
        return slow(*args, **kwargs)
    run.process_file = crawl
    sys.exit(main(["build", *sys.argv[2:], "--out", sys.argv[1], "--quiet", "--workers", "2"]))
""")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads worker processes from /proc (Linux)")
def test_sigterm_ends_the_workers_and_removes_the_temporary_folder(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(12):
        (inputs / f"r{i:02}.txt").write_bytes(sorted(SAMPLE.glob("*.txt"))[i % 5].read_bytes())
    out = tmp_path / "out"
    build_ = subprocess.Popen([PYTHON, "-c", _SLOW, str(out), str(inputs)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(_children(build_.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = _children(build_.pid)
    assert len(workers) >= 2
    build_.send_signal(signal.SIGTERM)
    assert build_.wait(30) == 130
    assert "interrupted" in build_.stderr.read()
    time.sleep(0.5)
    assert [pid for pid in workers if Path(f"/proc/{pid}").exists() and "zombie" not in
            Path(f"/proc/{pid}/status").read_text().lower()] == []
    assert not out.exists() and _siblings(out) == []


def test_bad_out_folders_get_one_line_each(tmp_path, capsys):
    a_file = tmp_path / "file"
    a_file.write_text("x")
    stranger = tmp_path / "documents"
    stranger.mkdir()
    (stranger / "letter.txt").write_text("not a release")
    for out, why in [(a_file, "is a file, not a folder"), (stranger, "is not a gidata release")]:
        assert main(["build", str(SAMPLE), "--out", str(out), "--quiet"]) == 1
        err = capsys.readouterr().err
        assert why in err and err.count("\n") == 1 and "Traceback" not in err
    assert (stranger / "letter.txt").read_text() == "not a release"


def test_out_inside_an_input_folder_is_not_read_as_input(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in SAMPLE.glob("*.txt"):
        (inputs / seed.name).write_bytes(seed.read_bytes())
    (inputs / "notes.md").write_text("# notes", encoding="utf-8")
    first = build([inputs], inputs / "release", workers=1)
    second = build([inputs], inputs / "release", workers=1)
    assert first.files == second.files == 6


def test_verify_flags_unlisted_files_and_hostile_entries(old_release):
    out, _ = old_release
    (out / ".spool-x").mkdir()
    sums = (out / "SHA256SUMS").read_text()
    digest = sums.split()[0]
    (out / "SHA256SUMS").write_text(sums + sums.splitlines()[0] + "\n" + f"{digest}  ../secret\n")
    problems = checksum_problems(out)
    assert ".spool-x: not listed in SHA256SUMS" in problems
    assert any("listed twice" in p for p in problems)
    assert any("'../secret' is not a file of the folder itself" in p for p in problems)


def _hungry_extract(doc, regime):
    """An extractor that wants 3 GB."""
    return [bytearray(3 << 30)]


def test_a_worker_over_the_memory_limit_records_too_large_and_goes_on(tmp_path, monkeypatch):
    from gidata import limits
    from gidata.build import report

    monkeypatch.setattr(report, "extract", _hungry_extract)
    seeds = sorted(SAMPLE.glob("*.txt"))
    items = [(seeds[i % 5], f"r{i}") for i in range(10)]
    limits.use(limits.Limits(memory_mb=1500))
    try:
        results = [r.report for r in execute(items, workers=2, parallel=True)]
    finally:
        limits.use(limits.Limits())
    assert [r.report_id for r in results] == [i for _, i in items]
    assert {r.status for r in results} == {"too_large"}
    assert "limit of 1,500 MB per worker (--max-memory)" in results[0].message


def _stuck_extract(doc, regime):
    """An extractor stuck where the per-input alarm cannot reach it (as in a C library's loop)."""
    if doc.name == "stuck.txt":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    return []


def test_a_worker_stuck_past_the_wall_time_limit_is_killed_and_its_input_is_a_timeout(tmp_path, monkeypatch):
    from gidata import limits
    from gidata.build import report, workers

    monkeypatch.setattr(report, "extract", _stuck_extract)
    monkeypatch.setattr(workers, "GRACE_SECONDS", 2.0)
    seed, stuck = sorted(SAMPLE.glob("*.txt"))[0], tmp_path / "stuck.txt"
    stuck.write_bytes(seed.read_bytes())
    limits.use(limits.Limits(seconds=1))
    try:
        started = time.monotonic()
        results = {r.report.report_id: r.report for r in execute([(seed, "fine"), (stuck, "stuck")],
                                                                      workers=2, parallel=True)}
    finally:
        limits.use(limits.Limits())
    assert time.monotonic() - started < 20
    assert results["fine"].status == "no_statistics"
    assert results["stuck"].status == "timeout" and "--max-seconds" in results["stuck"].message


_SWALLOWED = textwrap.dedent("""
    import os, signal
    from gidata.build.workers import interrupted_by_sigterm, stop_if_terminated
    class Finalised:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)  # its KeyboardInterrupt is raised here, and lost
    with interrupted_by_sigterm():
        Finalised()
        print("went on")
        stop_if_terminated()
        print("not stopped")
""")


def test_a_sigterm_whose_interrupt_a_finaliser_swallowed_still_stops_the_build():
    done = subprocess.run([PYTHON, "-c", _SWALLOWED], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout == "went on\n" and "Exception ignored" in done.stderr
    assert "KeyboardInterrupt: signal 15" in done.stderr.splitlines()[-1]
