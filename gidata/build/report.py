"""One report through the stages: read -> locate -> extract -> check, into plain rows."""

from __future__ import annotations

import hashlib
import json
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

from gidata.check.identities import Check, check
from gidata.locate.classify import NO_TEXT, REPORT, classify
from gidata.build.dedupe import text_key
from gidata.read.document import Document, ReadError
from gidata.extract.report import extract, regime_of
from gidata.records import Fact
from gidata.vocabulary.items import ITEM_BY_CODE
from gidata.locate.report import Location, find_published, locate
from gidata.read.ocr import read_with_ocr
from gidata.read.ocr import requested as ocr_requested
from gidata.read.files import read_bytes, read_document
from gidata.read.crawl import Row


@dataclass
class Result:
    """What one input gave: its `reports` row, its facts and its checks."""

    report: dict
    facts: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)


def process_file(path: Path, report_id: str, meta: dict | None = None, ocr: bool | None = None) -> Result:
    """Run one file through the pipeline; any failure becomes a status, never an exception.
    `ocr`: read scanned PDFs by OCR (None: as the `--ocr` flag of this run says)."""
    base = {"report_id": report_id, "file": path.name, "format": path.suffix.lower().lstrip(".")}
    try:
        read = read_with_ocr if (ocr_requested() if ocr is None else ocr) else read_document
        doc = read(path, name=path.name)
    except ReadError as error:
        return Result({**base, **_file_identity(path), "status": error.status, "message": error.message})
    except OSError as error:
        return Result({**base, "sha256": "", "status": "unreadable", "message": str(error)})
    except Exception as error:  # a reader's bug must not stop the build: record it
        return Result({**base, **_file_identity(path), "status": "error",
                       "message": f"{type(error).__name__}: {error}"})
    doc.meta = {**(meta or {}), **doc.meta}
    return process_document(doc, report_id)


def process_document(doc: Document, report_id: str) -> Result:
    """Locate, extract and check a document that was read."""
    try:
        loc = locate(doc)
        regime = regime_of(loc.year, doc.text)
        facts = extract(doc, regime)
        checks = check(facts, regime)
    except Exception as error:  # one bad report must never stop a build
        return Result({**_doc_row(doc, report_id), "status": "error",
                       "message": f"{type(error).__name__}: {error}; {traceback.format_exc(limit=2)[-300:]}"})
    report = {**_doc_row(doc, report_id), **_location_row(loc), "regime": regime}
    report.update(_status(facts), n_facts=len(facts), n_breaks=sum(not c.holds for c in checks))
    return Result(report, [_fact_row(f, report_id, doc) for f in facts],
                  [_check_row(c, report_id) for c in checks])


def process_row(row: Row) -> Result:
    """A crawl table's row: classified on its title and text, then through the pipeline if a report."""
    base = _row_base(row)
    if row.problem:
        return Result({**base, "status": row.status, "message": row.problem})
    try:
        doc = _row_document(row)
    except ReadError:
        doc = None  # an empty page: still classified, on its title
    except Exception as error:  # a reader's bug must not stop the build: record it
        return Result({**base, "status": "error", "message": f"{type(error).__name__}: {error}"})
    try:
        verdict = classify(row.fields.get("title"), doc.text if doc else "")
        if verdict.kind == NO_TEXT:  # a report all the same: say whose and which year, from its title
            loc = locate(Document(row.report_id, row.format, base["sha256"], 0, meta=_row_meta(row)))
            return Result({**base, **_location_row(loc), "status": NO_TEXT, "message": verdict.reason})
    except Exception as error:  # one bad row must never stop a build
        return Result({**base, "status": "error", "message": f"{type(error).__name__}: {error}"})
    if verdict.kind != REPORT:
        return Result({**base, "status": verdict.kind, "message": verdict.reason})
    result = process_document(doc, row.report_id)
    result.report.update({k: base[k] for k in ("file", "format", "encoding", "source_table", "source_row",
                                                "attachments")})
    return result


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
    published = find_published(Document("", "", "", 0, meta={"published": row.fields.get("published", "")}))
    return {"report_id": row.report_id, "file": Path(row.table).name, "format": row.format,
            "encoding": row.encoding, "sha256": hashlib.sha256(raw).hexdigest(), "bytes": len(raw),
            "title": title, "published": published, "url": row.fields.get("url", "").strip() or None,
            "source_table": row.table, "source_row": row.number,
            "attachments": json.dumps(row.attachments, ensure_ascii=False) if row.attachments else None}


def _file_identity(path: Path) -> dict:
    data = path.read_bytes()
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def _doc_row(doc: Document, report_id: str) -> dict:
    return {"report_id": report_id, "file": doc.name, "sha256": doc.sha256, "bytes": doc.size,
            "encoding": doc.encoding, "format": doc.format, "url": doc.meta.get("url"),
            "text_sha256": text_key(doc.text)}


def _location_row(loc: Location) -> dict:
    row = asdict(loc)
    return {k: row[k] for k in ("title", "body", "year", "level", "province", "division_code", "scope",
                                "published")}


def _status(facts: list[Fact]) -> dict:
    if not facts:
        return {"status": "no_statistics", "message": "no statistic found in tables or prose"}
    ambiguous = sorted({f.item for f in facts if f.semantics == "ambiguous"})
    if ambiguous:
        return {"status": "partial", "message": "cells that could not be split: " + ", ".join(ambiguous)}
    return {"status": "ok", "message": None}


def _fact_row(fact: Fact, report_id: str, doc: Document) -> dict:
    row = dict(vars(fact))  # shallow: a fact holds only scalars
    row["source_offset"] = row.pop("offset")
    return {**row, "report_id": report_id, "unit": fact.unit or ITEM_BY_CODE[fact.item].unit,
            "source_page": doc.page_at(fact.offset)}


def _check_row(c: Check, report_id: str) -> dict:
    return {"report_id": report_id, "identity": c.identity, "total_item": c.total_item,
            "applicant": c.applicant, "stated": c.stated, "computed": c.computed,
            "difference": round(c.stated - c.computed, 6), "holds": c.holds, "parts": c.parts}
