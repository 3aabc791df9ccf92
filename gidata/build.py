"""Build the datasets from files and folders of reports: every input appears in `reports`."""

from __future__ import annotations

import csv
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from .process import Result, process_file
from .read import SUFFIXES
from .tidy import tidy
from .write import write_all

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


def discover(paths: list[Path]) -> list[tuple[Path, str]]:
    """Report files under the given files and folders (recursively), each with its report id."""
    found = []
    for root in paths:
        if root.is_file():
            found.append((root, root.name))
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and _is_report_file(path):
                found.append((path, path.relative_to(root).as_posix()))
    return found


def _is_report_file(path: Path) -> bool:
    name = path.name.lower()
    return name not in _IGNORED and not name.startswith(".") and path.suffix.lower() in SUFFIXES


def sources_metadata(path: Path) -> dict:
    """Title, date and address of a file from a SOURCES.csv beside it or one folder up."""
    for folder in (path.parent, path.parent.parent):
        table = _read_sources(folder / SOURCES_FILE)
        if path.name in table:
            return table[path.name]
    return {}


_SOURCES_CACHE: dict[Path, dict] = {}


def _read_sources(path: Path) -> dict:
    if path not in _SOURCES_CACHE:
        table = {}
        if path.is_file():
            with path.open(encoding="utf-8-sig", newline="") as handle:
                for row in csv.DictReader(handle):
                    meta = {"title": row.get("title"), "published": row.get("published"), "url": row.get("url")}
                    table[row.get("file", "")] = {k: v for k, v in meta.items() if v}
        _SOURCES_CACHE[path] = table
    return _SOURCES_CACHE[path]


def _run_one(job: tuple[Path, str]) -> Result:
    path, report_id = job
    return process_file(path, report_id, sources_metadata(path))


def run(jobs: list[tuple[Path, str]], workers: int = 1, progress: bool = False) -> list[Result]:
    """Process every job, in parallel when asked, keeping the input order."""
    bar = tqdm(total=len(jobs), unit="report", disable=not progress, leave=False)
    if workers <= 1 or len(jobs) < 8:
        results = []
        for job in jobs:
            results.append(_run_one(job))
            bar.update()
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = []
            for result in pool.map(_run_one, jobs, chunksize=max(1, len(jobs) // (workers * 8))):
                results.append(result)
                bar.update()
    bar.close()
    return results


def build(paths: list[Path], out_dir: Path, workers: int | None = None, progress: bool = False) -> Summary:
    """Read, extract, check, tidy and write everything under `paths` into `out_dir`."""
    started = time.perf_counter()
    jobs = discover(paths)
    results = run(jobs, workers or default_workers(), progress)
    reports = [r.report for r in results]
    facts = [f for r in results for f in r.facts]
    checks = [c for r in results for c in r.checks]
    write_all(tidy(reports, facts, checks), out_dir)
    statuses: dict[str, int] = {}
    for report in reports:
        statuses[report["status"]] = statuses.get(report["status"], 0) + 1
    return Summary(len(reports), dict(sorted(statuses.items())), len(facts),
                   sum(not c["holds"] for c in checks), time.perf_counter() - started)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
