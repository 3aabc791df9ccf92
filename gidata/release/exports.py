"""CSV copies of the released Parquet tables, and one Excel workbook, for users who do not read Parquet."""

from __future__ import annotations

import contextlib
import datetime
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from gidata.release.dictionary import TABLES

if TYPE_CHECKING:
    from gidata.release.output import Written


def csv_name(table: str) -> str:
    """The CSV file of a table, beside its Parquet file."""
    return f"{table}.csv"


CSV_OPTIONS = {"include_header": True, "batch_size": 4096, "quoting_style": "needed"}


def write_csv(written: Written) -> list[Path]:
    """Each table's Parquet file as UTF-8 CSV: a header row, nulls as empty cells, booleans as true/false.
    Read and written a row group at a time, so memory does not grow with the table."""
    paths = []
    for name in TABLES:
        source = written.folder / f"{name}.parquet"
        if not source.is_file():
            continue
        parquet = pq.ParquetFile(source)
        with csv_writer(written, name, parquet.schema_arrow) as writer:
            for group in range(parquet.num_row_groups):
                writer.write_table(parquet.read_row_group(group))
        paths.append(written.folder / csv_name(name))
    return paths


@contextlib.contextmanager
def csv_writer(written: Written, name: str, schema: pa.Schema) -> Iterator[pacsv.CSVWriter]:
    """A writer of a table's CSV copy (as `write_csv` makes it), for a writer that has its rows at hand."""
    options = pacsv.WriteOptions(**CSV_OPTIONS)
    with written.open(csv_name(name)) as sink, pacsv.CSVWriter(sink, schema, write_options=options) as writer:
        yield writer


WORKBOOK = "gidata.xlsx"
EXCEL_CELL_CHARS = 32_767
WORKBOOK_MAX_ROWS = 200_000  # over this (all tables together) no workbook is written: use CSV or Parquet
_FIXED_DATE = datetime.datetime(2019, 5, 15)  # the 2019 OGI's date of effect: the workbook's dates, so bytes repeat
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters an XLSX cell cannot hold


def write_xlsx(written: Written) -> Path | None:
    """One Excel workbook, a sheet per table, when the release is small enough (see WORKBOOK_MAX_ROWS).

    Written by XlsxWriter a row at a time (`constant_memory`), text as text (never a formula or a
    link), with the document's dates fixed (its zip entries' times are fixed by XlsxWriter), so the
    same tables give the same bytes.
    """
    import xlsxwriter

    folder = written.folder
    tables = {name: folder / f"{name}.parquet" for name in TABLES if (folder / f"{name}.parquet").is_file()}
    if sum(pq.read_metadata(path).num_rows for path in tables.values()) > WORKBOOK_MAX_ROWS:
        return None
    raw = io.BytesIO()
    book = xlsxwriter.Workbook(raw, {"constant_memory": True, "strings_to_numbers": False,
                                     "strings_to_formulas": False, "strings_to_urls": False,
                                     "nan_inf_to_errors": True})
    book.set_properties({"created": _FIXED_DATE})
    for name, path in tables.items():
        _write_sheet(book.add_worksheet(name), pq.read_table(path))
    book.close()
    return written.write_bytes(WORKBOOK, raw.getvalue())


def _write_sheet(sheet, table: pa.Table) -> None:
    """A table as a sheet: a header row, then its rows, each column written by the writer of its type
    (a null is an empty cell)."""
    sheet.write_row(0, 0, table.column_names)
    columns = [(_writer(sheet, column.type), _excel_text(column).to_pylist() if _is_text(column.type)
                else column.to_pylist()) for column in table.columns]
    for row in range(table.num_rows):
        for col, (write, values) in enumerate(columns):
            value = values[row]
            if value is not None:
                write(row + 1, col, value)


def _writer(sheet, kind: pa.DataType):
    """The sheet's method that writes a value of this type."""
    if pa.types.is_boolean(kind):
        return sheet.write_boolean
    if pa.types.is_integer(kind) or pa.types.is_floating(kind):
        return sheet.write_number
    return sheet.write_string if _is_text(kind) else sheet.write


def _is_text(kind: pa.DataType) -> bool:
    return pa.types.is_string(kind) or pa.types.is_large_string(kind)


def _excel_text(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Text Excel can hold: control characters as U+FFFD, cut at Excel's 32,767 characters."""
    return pc.utf8_slice_codeunits(pc.replace_substring_regex(column, _NOT_IN_XML.pattern, "\ufffd"),
                                   0, EXCEL_CELL_CHARS)
