"""One report through the stages: read -> locate -> extract -> check, into frozen records."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from gidata.check.identities import Check, check
from gidata.locate.classify import NO_TEXT, REPORT, Verdict, classify, classify_raw
from gidata.build.dedupe import text_key
from gidata.errors import ReadError
from gidata.limits import deadline, memory_error
from gidata.read.document import Document
from gidata.extract.adjacent_year import ledger_figures, open_rows
from gidata.extract.report import extract, regime_of
from gidata.records import Fact, Key, Report, counting
from gidata.release.tidy import WIDE_TABLES, columns_of, crossyear_values, report_tables, rows_of
from gidata.locate.bodies import identify
from gidata.locate.report import Location, first_date, locate
from gidata.read.files import ocr_requested, read_bytes, read_document


if TYPE_CHECKING:  # pyarrow, which the crawl reader needs, is not imported to parse one file
    from gidata.read.crawl import Row


@dataclass(frozen=True)
class Result:
    """What one input gave: its `reports` row, its facts and its checks; and which facts count
    (`records.counting`, decided once for the checks and the tidy rows: some of `facts`, not copies)."""

    report: Report
    facts: tuple[Fact, ...] = ()
    checks: tuple[Check, ...] = ()
    chosen: dict[Key, Fact] = field(default_factory=dict, repr=False, compare=False)  # made of `facts`


@dataclass(frozen=True)
class Tidied:
    """What the build keeps of one input's result: its `reports` row, the rows it gives the other
    tables (`facts` and `checks` as columns, the wide tables as rows: see `chunk`), the values
    cross-year checks read, and counts."""

    report: Report
    tables: dict[str, dict[str, list] | list[tuple]]
    values: dict[Key, float]
    facts: int
    breaks: int
    ledger: dict[str, float] = field(default_factory=dict)  # see `build.pinning`
    open: Result | None = None  # report and facts (checked, counted again), when a ledger row awaits the adjacent years
    open_rows: dict[str, list[list[float]]] = field(default_factory=dict)  # of `open`: `adjacent_year.open_rows`


def tidied(result: Result) -> Tidied:
    """A result made into the rows of the released tables, where it was made (a worker); with the
    figures and open rows the adjacent years' reports may need (`build.pinning`)."""
    tables = report_tables(result.report, result.facts, result.checks, result.chosen)
    counted = result.report.counted
    ambiguous = open_rows(result.facts) if counted else {}
    return Tidied(result.report, {name: rows_of(name, rows) if name in WIDE_TABLES else columns_of(name, rows)
                                  for name, rows in tables.items() if rows},
                  crossyear_values(result.chosen) if counted else {}, len(result.facts),
                  sum(not c.holds for c in result.checks), ledger_figures(result.facts) if counted else {},
                  Result(result.report, result.facts) if ambiguous else None, ambiguous)


def rechecked(result: Result, facts: list[Fact]) -> Result:
    """The result with other facts (rows read across years): counted and checked again, its status and counts anew."""
    chosen = counting(facts)
    checks = check(facts, result.report.regime or "", chosen)  # a counted report has its regime
    report = replace(result.report, **_status(facts), n_facts=len(facts), n_breaks=sum(not c.holds for c in checks))
    return Result(report, tuple(facts), tuple(checks), chosen)


def failed(**row) -> Result:
    """The result of an input that gave no facts: only its `reports` row."""
    return Result(Report(**row))


def process_file(path: Path, report_id: str, meta: dict | None = None, ocr: bool | None = None) -> Result:
    """Run one file through the pipeline, within the limits in force (`gidata.limits`); any failure
    becomes a status, never an exception. `ocr`: read scanned PDFs by OCR (None: as the `--ocr` flag
    of this run says)."""
    try:
        with deadline():
            return _process_file(path, report_id, meta, ocr)
    except ReadError as error:  # a limit reached after reading, while locating or extracting
        return failed_input(path, report_id, error.status, error.message, meta=meta)
    except MemoryError as error:
        return failed_input(path, report_id, "too_large", memory_error(error).message, meta=meta)


def _process_file(path: Path, report_id: str, meta: dict | None, ocr: bool | None) -> Result:
    try:
        read = _ocr_reader() if (ocr_requested() if ocr is None else ocr) else read_document
        doc = read(path, name=readable_name(path.name))
    except ReadError as error:
        return failed_input(path, report_id, error.status, error.message, meta=meta)
    except OSError as error:
        return failed_input(path, report_id, "unreadable", _os_problem(path, error), meta=meta)
    except MemoryError:
        raise
    except Exception as error:  # a reader's bug must not stop the build: record it, with its traceback
        return failed_input(path, report_id, "error", bug(error), meta=meta)
    doc.meta = {**(meta or {}), **doc.meta}
    return process_document(doc, report_id)


def _ocr_reader():
    """`read_with_ocr`, imported only when OCR is asked for (numpy and the image readers)."""
    from gidata.read.ocr import read_with_ocr
    return read_with_ocr


def bug(error: Exception) -> str:
    """The message for an unexpected exception: its type, text and full traceback, for the `reports` row."""
    import traceback  # (here: a parse that goes well does without it)

    return f"{type(error).__name__}: {error}\n{traceback.format_exc()}"


def process_document(doc: Document, report_id: str) -> Result:
    """Locate, extract and check a document that was read (which facts count decided once, for the
    checks and the tidy rows). A limit reached (ReadError) or memory exhausted is raised for the
    caller to record; any other failure becomes the status `error`."""
    try:
        loc = locate(doc)
        regime = regime_of(loc.year, doc.text)
        facts = extract(doc, regime)
        if doc.page_starts:  # a paged format: each fact says its page
            facts = [replace(f, page=doc.page_at(f.offset)) for f in facts]
        chosen = counting(facts)
        checks = check(facts, regime, chosen)
    except (ReadError, MemoryError):
        raise
    except Exception as error:  # one bad report must never stop a build
        return failed(**_doc_row(doc, report_id), status="error", message=bug(error))
    report = Report(**_doc_row(doc, report_id), **_location_row(loc), regime=regime, **_status(facts),
                    n_facts=len(facts), n_breaks=sum(not c.holds for c in checks))
    return Result(report, tuple(facts), tuple(checks), chosen)


def process_row(row: Row) -> Result:
    """A crawl table's row: classified on its title and text, then through the pipeline if a report;
    within the limits in force, any failure a status."""
    try:
        base = _row_base(row.filled())
        verdict = None if row.problem else _raw_verdict(row)  # bounded work: no deadline needed
    except Exception as error:  # a field that cannot be hashed (the reader let a bad one through): say so
        return failed(report_id=row.report_id, file=Path(row.table).name, format=row.format, sha256="",
                      source_table=row.table, source_row=row.number, origin=f"{row.table} row {row.number}",
                      status="error", message=f"{row.table}: row {row.number}: {bug(error)}")
    if row.problem:
        return failed(**base, status=row.status, message=row.problem)
    if verdict:  # most rows: not a report, as `classify` would say after reading the page
        return failed(**base, status=verdict.kind, message=verdict.reason)
    try:
        with deadline():
            return _process_row(row, base)
    except ReadError as error:
        return failed(**base, status=error.status, message=error.message)
    except MemoryError as error:
        return failed(**base, status="too_large", message=memory_error(error).message)


def _raw_verdict(row: Row) -> Verdict | None:
    """`classify_raw`'s verdict on a row whose page is read from its text (not from HTML)."""
    text, suffix = _row_source(row)
    return classify_raw(row.fields.get("title"), text) if suffix == ".txt" else None


def _process_row(row: Row, base: dict) -> Result:
    try:
        doc = _row_document(row)
    except ReadError as error:
        if error.status != "empty":
            raise
        doc = None  # an empty page: still classified, on its title
    except MemoryError:
        raise
    except Exception as error:  # a reader's bug must not stop the build: record it
        return failed(**base, status="error", message=bug(error))
    try:
        verdict = classify(row.fields.get("title"), doc.text if doc else "")
        if verdict.kind == NO_TEXT:  # a report all the same: say whose and which year, from its title
            loc = locate(Document(row.report_id, row.format, base["sha256"], 0, meta=_row_meta(row)))
            return failed(**{**base, **_location_row(loc)}, status=NO_TEXT, message=verdict.reason)
    except (ReadError, MemoryError):
        raise
    except Exception as error:  # one bad row must never stop a build
        return failed(**base, status="error", message=bug(error))
    if verdict.kind != REPORT or doc is None:  # no doc: an empty page, which is never a report
        return failed(**base, status=verdict.kind, message=verdict.reason)
    result = process_document(doc, row.report_id)
    provenance = {k: base[k] for k in ("file", "format", "encoding", "source_table", "source_row", "attachments",
                                        "origin")}
    return replace(result, report=replace(result.report, **provenance))


def _row_document(row: Row) -> Document:
    """The row's text (or, without one, its HTML) read like a file, with the row's title, date and address."""
    text, suffix = _row_source(row)
    doc = read_bytes(text.encode("utf-8"), row.report_id, suffix)
    doc.meta = {**_row_meta(row), **doc.meta}
    return doc


def _row_source(row: Row) -> tuple[str, str]:
    """The field a row's report is read from: its text, or its HTML when the text is blank."""
    if not row.fields.get("text", "").strip() and row.fields.get("html", "").strip():
        return row.fields["html"], ".html"
    return row.fields.get("text", ""), ".txt"


def _row_meta(row: Row) -> dict:
    return {k: row.fields[k].strip() for k in ("title", "published", "url") if row.fields.get(k, "").strip()}


def _row_base(row: Row) -> dict:
    """What a row's `reports` entry says whatever it turns out to be: provenance, title, date, address."""
    raw = _row_source(row)[0].encode("utf-8")
    title = "".join(row.fields.get("title", "").split()) or None
    published = first_date(row.fields.get("published"))  # what find_published makes of a page of no text
    return {"report_id": row.report_id, "file": _file_name(row.table), "format": row.format,
            "encoding": row.encoding, "sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw),
            "title": title, "published": published, "url": row.fields.get("url", "").strip() or None,
            "source_table": row.table, "source_row": row.number, "origin": f"{row.table} row {row.number}",
            "attachments": json.dumps(row.attachments, ensure_ascii=False) if row.attachments else None}


@lru_cache(maxsize=64)
def _file_name(table: str) -> str:
    """The file name of a table's path, once per table rather than once per row."""
    return Path(table).name


def readable_name(name: str) -> str:
    """A file name as text that can be written: a name in bytes that are not UTF-8 (GBK from a
    Chinese Windows, say) is decoded as GB18030, else with U+FFFD for the bytes that are neither.

    >>> readable_name("报告.txt".encode("gbk").decode("utf-8", "surrogateescape"))
    '报告.txt'
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def _os_problem(path: Path, error: OSError) -> str:
    """Why a path could not be read, in words."""
    if path.is_dir():
        return f"a folder that cannot be listed ({error.strerror}): its files are not read"
    if path.is_symlink() and not path.exists():
        return f"a symbolic link to nothing, or a loop of links ({error.strerror})"
    not_utf8 = " (the file name is not UTF-8)" if readable_name(path.name) != path.name else ""
    return f"{error.strerror or error}{not_utf8}"


def failed_input(path: Path, report_id: str, status: str, message: str, source_table: str | None = None,
                 meta: dict | None = None) -> Result:
    """The `reports` row of a file or table that gave nothing more than a status: its hash, size, why,
    and the address and origin its SOURCES.csv gives (`meta`)."""
    return failed(report_id=report_id, file=readable_name(path.name), format=path.suffix.lower().lstrip("."),
                  **_file_identity(path), status=status, message=message, source_table=source_table,
                  url=(meta or {}).get("url"), origin=(meta or {}).get("origin"))


def _file_identity(path: Path) -> dict:
    """SHA-256 and size of a file, read in blocks (it may be huge); blank when it cannot be read."""
    digest, size = hashlib.sha256(), 0
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 24):
                digest.update(block)
                size += len(block)
    except OSError:
        return {"sha256": "", "bytes": None}
    return {"sha256": digest.hexdigest(), "bytes": size}


def _doc_row(doc: Document, report_id: str) -> dict:
    return {"report_id": report_id, "file": doc.name, "sha256": doc.sha256, "bytes": doc.size,
            "encoding": doc.encoding, "format": doc.format, "url": doc.meta.get("url"),
            "origin": doc.meta.get("origin"), "text_sha256": text_key(doc.text)}


def _location_row(loc: Location) -> dict:
    body = identify(loc.body, loc.level, loc.division_code, loc.province)
    return {**{k: getattr(loc, k) for k in ("title", "body", "year", "level", "province", "division_code", "scope",
                                            "published")}, **(_fields_of(body) if body else {})}


def _fields_of(record) -> dict:
    """A flat dataclass's fields by name (`asdict` without its deep copy)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _status(facts: list[Fact]) -> dict:
    if not facts:
        return {"status": "no_statistics", "message": "no statistic found in tables or prose"}
    ambiguous = sorted({f.item for f in facts if f.semantics == "ambiguous"})
    if ambiguous:
        return {"status": "partial", "message": "cells that could not be split: " + ", ".join(ambiguous)}
    return {"status": "ok", "message": None}
