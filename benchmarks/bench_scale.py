"""Scaling of the whole build: CPU time per input and peak memory of every process, from 1k to 10^6 inputs.

Text reports: N copies of the corpus's text reports, each altered so that deduplication keeps it
(a line naming the copy) and so that it is another body's report (the copy number after the body
in its title, in SOURCES.csv and in the header of a crawled text, which wins: `河北省教育厅第3号2019年…`),
as a crawl of many bodies would be; `--same-body` keeps the bodies, so that every body has N/53
reports a year (cross-year pairs then grow with N²).
Crawl rows: a CSV shaped like the corpus crawls, 2% of rows reports (as above), the rest the
corpus crawls' pages that are not reports (法治政府建设 reports, website reports), each made unique.

Each build runs in a fresh interpreter; its CPU time is the main process's and its workers'
together (the main process's alone beside it: with workers, it is the serial part), then the wall
and main-process CPU seconds of each phase (before the first result and after the last, `finish`
and `write`, the workers wait on the main process), and peak
memory is each process's high-water mark (VmHWM, sampled while it runs).
The cost per input should stay flat as N grows.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_crawl import CORPUS, corpus_texts

_YEAR = re.compile(r"(20[0-3]\d|二〇[一二三][〇一二三四五六七八九])\s*年")


def another_body(title: str, copy: int) -> str:
    """The title with the copy number after its body (before its year), so each copy is a body of its own."""
    if copy == 0:
        return title
    match = _YEAR.search(title)
    at = match.start() if match else 0
    return f"{title[:at]}第{copy}号{title[at:]}"


def report_copies(n: int, same_body: bool) -> list[tuple[str, str]]:
    """(title, text) of n text reports made from the corpus's, each unique."""
    texts = corpus_texts(CORPUS)
    out = []
    for i in range(n):
        title, text = texts[i % len(texts)]
        copy = i // len(texts)
        if not same_body:  # the title a crawled text prints in its header wins over SOURCES.csv's: both changed
            renamed = another_body(title, copy)
            title, text = renamed, text.replace(title, renamed, 1)
        out.append((title, f"{text}\n(第{i + 1}份)\n"))
    return out


def other_pages() -> list[tuple[str, str]]:
    """(title, text) of the corpus crawls' pages that are not disclosure reports."""
    pages = []
    for path in sorted((CORPUS / "crawls").glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                if re.search(r"法治|网站", row["标题"]):
                    pages.append((row["标题"], row["内容"]))
    return pages


def make_texts(folder: Path, n: int, same_body: bool) -> Path:
    """A folder of n text reports with a SOURCES.csv giving their titles."""
    folder.mkdir()
    with (folder / "SOURCES.csv").open("w", encoding="utf-8", newline="") as handle:
        sources = csv.writer(handle)
        sources.writerow(["file", "title", "published", "url"])
        for i, (title, text) in enumerate(report_copies(n, same_body)):
            name = f"{i + 1:07d}.txt"
            (folder / name).write_text(text, encoding="utf-8")
            sources.writerow([name, title, "", f"http://example.invalid/{i + 1}.html"])
    return folder


def make_crawl(folder: Path, rows: int, share: float = 0.02) -> Path:
    """A crawl table of `rows` rows, one in 1/share a report."""
    path, others, every = folder / "crawl.csv", other_pages(), round(1 / share)
    reports = iter(report_copies(rows // every + 1, False))
    folder.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["标题", "时间", "内容", "访问地址"])
        for i in range(rows):
            if i % every == 0:
                title, text = next(reports)
            else:
                title, text = others[i % len(others)]
                text = f"{text}\n(第{i + 1}页)\n"
            writer.writerow([title, "2024-01-26", text, f"http://example.invalid/{i + 1}.html"])
    return path


class PeakSampler(threading.Thread):
    """Samples the high-water mark of resident memory (VmHWM) of this process's descendants."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, int] = {}
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.2):
            for pid in _descendants(os.getpid()):
                kib = _hwm_kib(pid)
                if kib:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), kib)

    def stop(self) -> list[int]:
        self._done.set()
        self.join()
        return sorted((round(k / 1024) for k in self.peaks.values()), reverse=True)


def _descendants(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    out = [int(c) for c in children]
    return out + [d for c in out for d in _descendants(c)]


def _hwm_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"VmHWM:\s+(\d+)", status)
    return int(match.group(1)) if match else 0


def measure(path: Path, workers: int) -> dict:
    """Build `path` in this process; CPU seconds, wall seconds and peak memory of every process."""
    from gidata.build.run import build

    sampler = PeakSampler()
    sampler.start()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        summary = build([path], Path(out), workers=workers)
        sizes = {p.stem: p.stat().st_size for p in Path(out).glob("*.parquet")}
    seconds = time.perf_counter() - started
    workers_mb = sampler.stop()
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime
    return {"inputs": summary.files, "reports": sum(v for k, v in summary.statuses.items() if k in ("ok", "partial")),
            "facts": summary.facts, "cpu_seconds": round(cpu, 2), "seconds": round(seconds, 2),
            "main_cpu_seconds": round(mine.ru_utime + mine.ru_stime, 2),
            # wall and main-process CPU of each phase; a checkout from before phases were kept has none
            "phases": {k: [round(v, 2) for v in pair] for k, pair in getattr(summary, "phases", {}).items()},
            # not ru_maxrss: it keeps, across exec, the RSS this bench's own process had when it forked the build
            "main_mb": round(_hwm_kib(os.getpid()) / 1024), "workers_mb": workers_mb,
            "crossyear_bytes": sizes.get("crossyear", 0)}


def run_fresh(path: Path, workers: int) -> dict:
    """`measure` in a new interpreter, so that peak memory is that build's own."""
    flags = ["-S"] if sys.flags.no_site else []  # keeps a PYTHONPATH checkout first (before/after runs)
    command = [sys.executable, *flags, __file__, "--measure", str(path), "--workers", str(workers)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def show(kind: str, n: int, workers: int, run: dict) -> None:
    unit = "row" if kind == "crawl" else "report"
    print(f"{kind:<5} {n:>8} {unit}s, {workers} worker(s): {run['cpu_seconds'] / n * 1000:6.2f} ms CPU per {unit} "
          f"= {n / run['cpu_seconds']:7.0f} {unit}s per CPU-second; {run['seconds']:7.1f} s wall "
          f"({n / run['seconds']:.0f}/s); main process {run['main_cpu_seconds'] / n * 1000:.2f} ms CPU per {unit}; "
          f"peak RSS main {run['main_mb']} MB, workers {run['workers_mb']} MB; "
          f"{run['reports']} ok/partial, {run['facts']} facts", flush=True)
    if run.get("phases"):
        print("      phases (s wall / s main-process CPU): "
              + "; ".join(f"{name} {wall:.2f} / {cpu:.2f}" for name, (wall, cpu) in run["phases"].items()), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, nargs="*", default=[1_000, 10_000, 100_000],
                        help="numbers of text reports to build")
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000, 1_000_000], help="crawl table lengths")
    parser.add_argument("--workers", type=int, nargs="+", default=[1], help="worker counts to run each size with")
    parser.add_argument("--same-body", action="store_true", help="copies keep their body (N/49 reports a body-year)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.workers[0])))
        return 0
    for kind, sizes in (("text", args.texts), ("crawl", args.rows)):
        for n in sizes:
            with tempfile.TemporaryDirectory() as folder:
                path = (make_texts(Path(folder) / "texts", n, args.same_body) if kind == "text"
                        else make_crawl(Path(folder) / "crawl", n))
                for workers in args.workers:
                    show(kind, n, workers, run_fresh(path, workers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
