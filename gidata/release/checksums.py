"""A release folder: checksums, the list of input reports, and the check that it is what the code makes."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from gidata.release.datapackage import file_sha256
from gidata.release.dictionary import TABLES
from gidata.release.output import CHECKSUMS, KEPT, Written
from gidata.release.partitions import PARTITION_FILE

SOURCES = "sources.csv"
# Columns that relate a report to the other inputs of the same build (its duplicates, other texts of
# the same body and year): a rebuild of some of the reports cannot reproduce them.
BUILD_RELATIVE = {"sources", "body_year_group", "duplicate_of"}
ROWS_AT_ONCE = 2_000  # rows of `reports` turned into Python objects at a time (20,000: ~17 MB of them, same time)
SOURCE_COLUMNS = ("report_id", "file", "sha256", "bytes", "format", "body", "body_id", "year", "level", "regime",
                  "status", "published", "url", "origin")


def write_sources(reports: pa.Table, written: Written, after_rows: Callable[[], None] = lambda: None) -> Path:
    """sources.csv: every input report with its hash, size, who and when, and where it came from.
    Text cells that a spreadsheet would run as a formula are neutralised (see `csv_safe`).
    `after_rows` is called after each `ROWS_AT_ONCE` rows (a memory-mapped table's pages may be dropped)."""
    names = [c for c in SOURCE_COLUMNS if c in reports.column_names]
    table = reports.select(names)
    order = pc.sort_indices(table, sort_keys=[("report_id", "ascending")])
    with written.open(SOURCES) as sink:
        handle = io.TextIOWrapper(io.BufferedWriter(sink), encoding="utf-8", newline="")
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(SOURCE_COLUMNS)
        for start in range(0, len(order), ROWS_AT_ONCE):
            part = table.take(order[start:start + ROWS_AT_ONCE])
            writer.writerows(zip(*(_safe_column(part, k) for k in SOURCE_COLUMNS)))
            after_rows()
        handle.flush()
        handle.detach()
    return written.folder / SOURCES


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _safe_column(table: pa.Table, name: str) -> list:
    """A column's cells as `csv_safe` makes them (blank where the table lacks the column), a column at
    a time: a third of the time of a dict and a call per cell, for 10^6 rows of a crawl table."""
    if name not in table.column_names:
        return [""] * table.num_rows
    values = table.column(name).to_pylist()
    if not pa.types.is_string(table.schema.field(name).type):
        return ["" if v is None else v for v in values]
    return ["" if v is None else "'" + v if v.startswith(_FORMULA_STARTS) else v for v in values]


def csv_safe(value) -> str | int | float:
    """A cell for a CSV file people open in spreadsheets: None as blank, and text that starts like a
    formula (`=`, `+`, `-`, `@`, tab, carriage return) prefixed with `'`, as OWASP advises, so
    that file names, crawl addresses and titles from the inputs are never run as formulas.

    >>> [csv_safe(v) for v in ("=1+2", "-1+2", "@SUM(A1)", "报告", -3, None)]
    ["'=1+2", "'-1+2", "'@SUM(A1)", '报告', -3, '']
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_checksums(written: Written) -> Path:
    """SHA256SUMS of every file written (hashed as written), in the format `sha256sum -c` reads."""
    return written.write_text(CHECKSUMS, written.checksums())



def read_checksums(folder: Path) -> dict[str, str]:
    """File name -> SHA-256 as listed in the folder's SHA256SUMS (empty when there is none)."""
    return dict(checksum_entries(folder)[0])


def checksum_entries(folder: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The (name, SHA-256) entries of SHA256SUMS, and the problems of its lines: malformed lines,
    names repeated, or names that leave the folder (`../`, absolute paths, subfolders other than a
    table's year partitions)."""
    path = folder / CHECKSUMS
    if not path.is_file():
        return [], []
    entries, problems, seen = [], [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split(maxsplit=1)
        name = parts[1].strip().lstrip("*") if len(parts) == 2 else ""
        if len(parts) != 2 or len(parts[0]) != 64 or not all(c in "0123456789abcdef" for c in parts[0]):
            problems.append(f"{CHECKSUMS} line {number}: not `SHA-256  name`: {line[:80]!r}")
        elif name in seen:
            problems.append(f"{CHECKSUMS} line {number}: {name} is listed twice")
        elif name in ("", ".", "..") or ("/" in name and not PARTITION_FILE.fullmatch(name)) or "\\" in name:
            problems.append(f"{CHECKSUMS} line {number}: {name!r} is not a file of the folder itself")
        else:
            seen.add(name)
            entries.append((name, parts[0]))
    return entries, problems




def unlisted(folder: Path, listed) -> list[str]:
    """What the folder holds beyond SHA256SUMS and the names `listed`: files, folders, and the files
    of a table's year partitions."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.name in listed or path.name == CHECKSUMS:
            continue
        if path.is_dir() and path.name in TABLES:
            out += [n for n in sorted(p.relative_to(folder).as_posix() for p in path.rglob("*") if not p.is_dir())
                    if n not in listed]
        else:
            out.append(path.name)
    return out


def checksum_problems(folder: Path) -> list[str]:
    """Lines of SHA256SUMS that are malformed, repeated or leave the folder; files missing or altered;
    anything in the folder (a file, a leftover spool folder) that SHA256SUMS does not list."""
    entries, problems = checksum_entries(folder)
    listed = dict(entries)
    if not listed:
        return problems + [f"{folder / CHECKSUMS}: missing or empty"]
    problems += [f"{name}: missing" for name in listed if not (folder / name).is_file()]
    problems += [f"{name}: SHA-256 differs from {CHECKSUMS}" for name, digest in listed.items()
                 if (folder / name).is_file() and file_sha256(folder / name) != digest]
    problems += [f"{name}: not listed in {CHECKSUMS}" for name in unlisted(folder, listed)]
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
    return [f"{name}: a full rebuild gives other bytes" for name in sorted(theirs)
            if name not in KEPT and mine.get(name) != theirs[name]]


def report_ids(folder: Path) -> set[str]:
    return set(pq.read_table(folder / "reports.parquet", columns=["report_id"]).column(0).to_pylist())
