"""A release folder: checksums, the list of input reports, and the check that it is what the code makes."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow.parquet as pq

from gidata.release.datapackage import file_sha256
from gidata.release.dictionary import TABLES

CHECKSUMS = "SHA256SUMS"
SOURCES = "sources.csv"
_GENERATED = {"DATA_DICTIONARY.md", "datapackage.json", SOURCES}
# Columns that relate a report to the other inputs of the same build (its duplicates, other texts of
# the same body and year): a rebuild of some of the reports cannot reproduce them.
BUILD_RELATIVE = {"sources", "same_body_year", "duplicate_of"}
SOURCE_COLUMNS = ("report_id", "file", "sha256", "bytes", "format", "body", "year", "level", "regime",
                  "status", "published", "url", "origin")


def write_sources(reports: list[dict], folder: Path) -> Path:
    """sources.csv: every input report with its hash, size, who and when, and where it came from."""
    path = folder / SOURCES
    rows = sorted(reports, key=lambda r: r["report_id"])
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, SOURCE_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if r.get(k) is None else r.get(k)) for k in SOURCE_COLUMNS} for r in rows)
    return path


def write_checksums(folder: Path) -> Path:
    """SHA256SUMS for the files a build writes, in the format `sha256sum -c` reads."""
    path = folder / CHECKSUMS
    files = sorted(p for p in folder.iterdir() if p.name in _GENERATED) + parquet_files(folder)
    names = sorted((p.relative_to(folder).as_posix(), p) for p in files)
    path.write_text("".join(f"{file_sha256(p)}  {name}\n" for name, p in names), encoding="utf-8")
    return path


def parquet_files(folder: Path) -> list[Path]:
    """The Parquet files of a build: `name.parquet`, and those of tables partitioned by year
    (`name/year=2019/part-0.parquet`)."""
    return sorted(folder.glob("*.parquet")) + sorted(folder.glob("*/*=*/*.parquet"))


def read_checksums(folder: Path) -> dict[str, str]:
    """File name -> SHA-256 as listed in the folder's SHA256SUMS (empty when there is none)."""
    path = folder / CHECKSUMS
    if not path.is_file():
        return {}
    pairs = (line.split(maxsplit=1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {name.strip().lstrip("*"): digest for digest, name in pairs}


def checksum_problems(folder: Path) -> list[str]:
    """Files that are missing, altered, or not listed in SHA256SUMS."""
    listed = read_checksums(folder)
    if not listed:
        return [f"{folder / CHECKSUMS}: missing or empty"]
    problems = [f"{name}: missing" for name in listed if not (folder / name).is_file()]
    problems += [f"{name}: SHA-256 differs from {CHECKSUMS}" for name, digest in listed.items()
                 if (folder / name).is_file() and file_sha256(folder / name) != digest]
    problems += [f"{name}: not listed in {CHECKSUMS}" for name in
                 (p.relative_to(folder).as_posix() for p in parquet_files(folder)) if name not in listed]
    return problems


def reproduction_problems(release: Path, rebuilt: Path) -> list[str]:
    """Tables whose rows for the rebuilt reports differ from the release's rows for the same reports."""
    problems = []
    ids = report_ids(rebuilt)
    for name, table in TABLES.items():
        if "report_id" not in {c.name for c in table.columns}:
            continue
        columns = [c.name for c in table.columns if c.name not in BUILD_RELATIVE]
        mine = pq.read_table(rebuilt / f"{name}.parquet", columns=columns).to_pylist()
        theirs = [row for row in pq.read_table(release / f"{name}.parquet", columns=columns).to_pylist()
                  if row["report_id"] in ids]
        if mine != theirs:
            problems.append(f"{name}: {len(theirs)} release rows for the rebuilt reports, {len(mine)} rebuilt, "
                            f"{sum(a != b for a, b in zip(mine, theirs))} differ")
    return problems


def byte_problems(release: Path, rebuilt: Path) -> list[str]:
    """Files of a release that a rebuild of all its inputs does not reproduce byte for byte."""
    mine, theirs = read_checksums(rebuilt), read_checksums(release)
    return [f"{name}: a full rebuild gives other bytes" for name in sorted(theirs) if mine.get(name) != theirs[name]]


def report_ids(folder: Path) -> set[str]:
    return set(pq.read_table(folder / "reports.parquet", columns=["report_id"]).column(0).to_pylist())
