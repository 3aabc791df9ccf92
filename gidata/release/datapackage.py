"""The frictionless data package descriptor (datapackage.json), generated from the data dictionary."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path

from gidata.version import __version__
from gidata.release.dictionary import TABLES, Table
from gidata.release.exports import csv_name
from gidata.release.partitions import NO_YEAR, partitions

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
    size, validated by `frictionless validate`), and the Parquet file of the same rows beside it; a table
    written partitioned by year (no CSV) as one Parquet resource per year's file. Hashes and sizes come
    from `files` (name -> (sha256, bytes), as written), else from disk."""
    files = files or {}
    parts = {name: partitions(folder, name) for name in TABLES}
    resources = []
    for table in TABLES.values():
        if (folder / csv_name(table.name)).is_file():
            name = csv_name(table.name)
            resources.append(_resource(table, folder, name, files.get(name), _csv(table), _references(table, parts)))
        for key, path in parts[table.name].items():
            name = path.relative_to(folder).as_posix()
            resources.append(_resource(table, folder, name, files.get(name), _partition(table, key, path.parent.name),
                                       _references(table, parts, key)))
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "gidata",
        "title": "China's government information disclosure annual reports (政府信息公开工作年度报告)",
        "description": "Statistics extracted from the annual reports, with provenance and accounting checks. "
                       "Each table is released as Parquet (typed, for analysis) and as the CSV this package "
                       "describes; both hold the same rows. A table written partitioned by year "
                       "(`gidata build --partition-by-year`) has no CSV: it is described by one Parquet "
                       "resource per year, named TABLE-YEAR (TABLE-unknown for the rows without a year), "
                       "whose union is the table. See README.md and DATA_DICTIONARY.md.",
        "version": __version__,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                      "title": "Creative Commons Attribution 4.0"}],
        "resources": resources,
    }


def _csv(table: Table) -> dict:
    return {"name": table.name, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "description": f"{table.description} Grain: {table.grain}. "
                           f"The same rows, typed: {table.name}.parquet.",
            "fields": [_field(c) for c in table.columns]}


def _partition(table: Table, key: str, folder: str) -> dict:
    """The resource of the file of one year of a table partitioned by year (its files carry a `year`)."""
    columns = [_field(c) for c in table.columns]
    if "year" not in {c.name for c in table.columns}:
        columns.append({"name": "year", "type": "integer",
                        "description": "The year reported on by the row's report (written in the files of a "
                                       "table partitioned by year; not a column of the single-file table)."})
    which = "without a year" if key == NO_YEAR else f"of year {key}"
    return {"name": f"{table.name}-{key}", "format": "parquet", "mediatype": "application/vnd.apache.parquet",
            "description": f"{table.description} Grain: {table.grain}. The rows {which} (folder {folder}); the "
                           f"table is the union of the resources {table.name}-*.",
            "fields": columns}


def _references(table: Table, parts: Mapping[str, Mapping[str, Path]], key: str | None = None) -> list[dict]:
    """The table's foreign keys, to the single table or, from a year's partition, to that year's partition of
    the other table (the year of a row is its report's); a key into a partitioned table from a table that
    is not partitioned is left out (the report may be in any year's file)."""
    out = []
    for mine, other, theirs in table.foreign_keys:
        target = other if not parts[other] else f"{other}-{key}" if key in parts[other] else None
        if target:
            out.append({"fields": list(mine), "reference": {"resource": target, "fields": list(theirs)}})
    return out


def _resource(table: Table, folder: Path, path: str, written: tuple[str, int] | None, kind: dict,
              references: list[dict]) -> dict:
    """A table's file (`path`, relative to the folder) as a resource of the kind (`_csv`, `_partition`)."""
    digest, size = written or (file_sha256(folder / path), (folder / path).stat().st_size)
    schema: dict = {"fields": kind.pop("fields"), "primaryKey": list(table.key)}
    if references:
        schema["foreignKeys"] = references
    # no size for a Parquet file: frictionless reads it through pyarrow, counts no bytes and reports a mismatch
    size_of = {"bytes": size} if kind["format"] == "csv" else {}
    return {"name": kind.pop("name"), "type": "table", "path": path, **kind, **size_of,
            "hash": f"sha256:{digest}", "schema": schema}


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
