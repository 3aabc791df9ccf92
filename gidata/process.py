"""One report through the stages: read -> locate -> extract -> check, into plain rows."""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .check import Check, check
from .document import Document, ReadError
from .extract import extract, regime_of
from .facts import Fact
from .items import ITEM_BY_CODE
from .locate import Location, locate
from .read import read_document


@dataclass
class Result:
    """What one input gave: its `reports` row, its facts and its checks."""

    report: dict
    facts: list[dict] = field(default_factory=list)
    checks: list[dict] = field(default_factory=list)


def process_file(path: Path, report_id: str, meta: dict | None = None) -> Result:
    """Run one file through the pipeline; any failure becomes a status, never an exception."""
    base = {"report_id": report_id, "file": path.name, "format": path.suffix.lower().lstrip(".")}
    try:
        doc = read_document(path, name=path.name)
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


def _file_identity(path: Path) -> dict:
    data = path.read_bytes()
    return {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def _doc_row(doc: Document, report_id: str) -> dict:
    return {"report_id": report_id, "file": doc.name, "sha256": doc.sha256, "bytes": doc.size,
            "encoding": doc.encoding, "format": doc.format, "url": doc.meta.get("url"),
            "text_sha256": hashlib.sha256(doc.text.strip().encode()).hexdigest()}


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
    return {**row, "report_id": report_id, "unit": ITEM_BY_CODE[fact.item].unit,
            "source_page": doc.page_at(fact.offset)}


def _check_row(c: Check, report_id: str) -> dict:
    return {"report_id": report_id, "identity": c.identity, "total_item": c.total_item,
            "applicant": c.applicant, "stated": c.stated, "computed": c.computed,
            "difference": round(c.stated - c.computed, 6), "holds": c.holds, "parts": c.parts}
