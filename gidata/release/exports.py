"""CSV copies of the released Parquet tables, and one Excel workbook, for users who do not read Parquet."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from gidata.release.dictionary import TABLES

if TYPE_CHECKING:
    from gidata.release.output import Written


def csv_name(table: str) -> str:
    """The CSV file of a table, beside its Parquet file."""
    return f"{table}.csv"


def write_csv(written: Written) -> list[Path]:
    """Each table's Parquet file as UTF-8 CSV: a header row, nulls as empty cells, booleans as true/false.
    Read and written a row group at a time, so memory does not grow with the table."""
    paths = []
    options = pacsv.WriteOptions(include_header=True, batch_size=4096, quoting_style="needed")
    for name in TABLES:
        source = written.folder / f"{name}.parquet"
        if not source.is_file():
            continue
        parquet = pq.ParquetFile(source)
        with written.open(csv_name(name)) as sink, pacsv.CSVWriter(sink, parquet.schema_arrow,
                                                                   write_options=options) as writer:
            for group in range(parquet.num_row_groups):
                writer.write_table(parquet.read_row_group(group))
        paths.append(written.folder / csv_name(name))
    return paths


WORKBOOK = "gidata.xlsx"
EXCEL_CELL_CHARS = 32_767
WORKBOOK_MAX_ROWS = 200_000  # over this (all tables together) no workbook is written: use CSV or Parquet
_FIXED_TIME = (2019, 5, 15, 0, 0, 0)  # the 2019 OGI's date of effect: every entry gets it, so bytes repeat
_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def write_xlsx(written: Written) -> Path | None:
    """One Excel workbook, a sheet per table, when the release is small enough (see WORKBOOK_MAX_ROWS).

    The workbook's dates and the zip entries' times are fixed, so the same tables give the same bytes.
    """
    from openpyxl import Workbook

    folder = written.folder
    tables = {name: folder / f"{name}.parquet" for name in TABLES if (folder / f"{name}.parquet").is_file()}
    if sum(pq.read_metadata(path).num_rows for path in tables.values()) > WORKBOOK_MAX_ROWS:
        return None
    book = Workbook(write_only=True)
    for name, path in tables.items():
        sheet = book.create_sheet(name)
        table = pq.read_table(path)
        sheet.append(table.column_names)
        for row in table.to_pylist():
            sheet.append([_cell(value) for value in row.values()])
    raw = io.BytesIO()
    book.save(raw)
    return written.write_bytes(WORKBOOK, _fixed_times(raw.getvalue()))


def _cell(value):
    """A value Excel can hold: control characters as U+FFFD, text cut at Excel's 32,767 characters."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)[:EXCEL_CELL_CHARS]
    return value


def _fixed_times(data: bytes) -> bytes:
    """A zip's bytes with every entry's time fixed and the document dates set to the fixed time."""
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _STAMP.sub(rb"\g<1>2019-05-15T00:00:00Z\g<2>", content)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME), content,
                            compress_type=zipfile.ZIP_DEFLATED)
    return fixed.getvalue()
