"""The frictionless data package descriptor (datapackage.json), generated from the data dictionary."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

from gidata.version import __version__
from gidata.release.dictionary import TABLES, Table
from gidata.release.exports import csv_name

DESCRIPTOR = "datapackage.json"
_FIELD_TYPES = {"string": "string", "int32": "integer", "int64": "integer", "float64": "number",
                "bool": "boolean"}


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def descriptor(folder: Path, files: Mapping[str, tuple[str, int]] | None = None) -> dict:
    """The data package of the tables in `folder`: each table's CSV file as a resource (with its hash and
    size, validated by `frictionless validate`), and the Parquet file of the same rows beside it. Hashes
    and sizes come from `files` (name -> (sha256, bytes), as written), else from disk."""
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "gidata",
        "title": "China's government information disclosure annual reports (政府信息公开工作年度报告)",
        "description": "Statistics extracted from the annual reports, with provenance and accounting checks. "
                       "Each table is released as Parquet (typed, for analysis) and as the CSV this package "
                       "describes; both hold the same rows. See README.md and DATA_DICTIONARY.md.",
        "version": __version__,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0"}],
        "resources": [_resource(table, folder, (files or {}).get(csv_name(table.name)))
                      for table in TABLES.values() if (folder / csv_name(table.name)).is_file()],
    }


def _resource(table: Table, folder: Path, written: tuple[str, int] | None = None) -> dict:
    path = folder / csv_name(table.name)
    digest, size = written or (file_sha256(path), path.stat().st_size)
    schema: dict = {"fields": [_field(c) for c in table.columns], "primaryKey": list(table.key)}
    if table.foreign_keys:
        schema["foreignKeys"] = [{"fields": list(mine), "reference": {"resource": other, "fields": list(theirs)}}
                                 for mine, other, theirs in table.foreign_keys]
    return {
        "name": table.name,
        "type": "table",
        "path": path.name,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": f"{table.description} Grain: {table.grain}. The same rows, typed: {table.name}.parquet.",
        "bytes": size,
        "hash": f"sha256:{digest}",
        "schema": schema,
    }


def _field(column) -> dict:
    field = {"name": column.name, "type": _FIELD_TYPES[column.dtype], "description": column.description}
    if column.label_zh:
        field["title"] = column.label_zh
    if column.unit:
        field["unit"] = column.unit
    constraints: dict = {}
    if not column.nullable:
        constraints["required"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if constraints:
        field["constraints"] = constraints
    return field


def write_descriptor(folder: Path, written=None) -> Path:
    """Write datapackage.json beside the Parquet files; no dates in it, so the same files give the same bytes.
    `written`: the `output.Written` the files went through (their hashes are taken from it)."""
    text = json.dumps(descriptor(folder, written.files if written else None), ensure_ascii=False, indent=2) + "\n"
    if written is not None:
        return written.write_text(DESCRIPTOR, text)
    (folder / DESCRIPTOR).write_text(text, encoding="utf-8")
    return folder / DESCRIPTOR
