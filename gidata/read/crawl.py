"""Read crawlers' tables (CSV, JSON Lines, Parquet) as a stream of rows, each a candidate report.

A table is never held in memory: CSV and Parquet are read in batches by pyarrow, JSON Lines line
by line. pyarrow reads a GB18030 CSV transcoded to UTF-8 block by block (`_Transcoder`), as it must
decode a row with the wrong number of fields as UTF-8 to report it. Problems name the file, the row
and the column; a bad row becomes an error row and the table goes on, a bad table becomes one error
row and the build goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


from gidata.errors import TableError

TABLE_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
BATCH_ROWS = 256
ROW_WEIGHT_BYTES = 1 << 16
# pyarrow reads a CSV in blocks, up to 32 blocks ahead of its reader: small blocks keep memory low. A row
# must fit in one block, so a longer row (a field of megabytes) makes the table be read again with
# blocks 8 times larger, up to the largest report file read.py accepts.
CSV_BLOCK_BYTES = 1 << 20
CSV_MAX_BLOCK_BYTES = 64 << 20
SNIFF_BYTES = 1 << 20
# Column names crawlers use for each role, in order of preference; matched ignoring case and spaces.
ROLES: dict[str, tuple[str, ...]] = {
    "title": ("标题", "title", "题目", "文章标题"),
    "published": ("发布时间", "发布日期", "时间", "日期", "成文日期", "date", "published", "pubdate",
                  "publish_time", "publish_date", "time"),
    "text": ("内容", "正文", "text", "content", "文本"),
    "html": ("html", "网页源码", "源码", "raw_html", "page_html"),
    "url": ("访问地址", "原文链接", "链接", "网址", "url", "link", "href", "page_url"),
    "attachments": ("附件链接", "附件", "attachments", "attachment", "attachment_urls", "files"),
}
_BINARY_SIGNS = (b"\x00", b"PAR1", b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0")
# A byte that is not in a CSV's encoding becomes one of these private-use characters in the UTF-8 that
# pyarrow reads (its own decoding of a bad row's text would fail otherwise); `Row.filled` turns them back.
_MARK_BASE = 0x10FF00
_MARKS = re.compile("[\U0010ff00-\U0010ffff]")
_MARK_ERRORS = "gidata-mark-bytes"
# JSON can escape half of a UTF-16 pair alone (`"\\ud800"`): json.loads gives a str that no UTF-8 can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Row:
    """One row of a crawl table: where it came from and its fields by role."""

    table: str
    number: int
    format: str
    encoding: str | None
    fields: dict[str, str] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    problem: str | None = None  # set when the row itself is unreadable: the message, naming row and column
    status: str | None = None
    raw: dict[str, bytes] | None = None  # a CSV row's fields as read, by column, until `filled` decodes them
    roles: dict[str, str] | None = None  # the table's columns by role, while `raw` is kept
    marked: bool = False  # `raw` was transcoded to UTF-8, bad bytes marked (`_mark_byte`)

    @property
    def weight(self) -> float:
        """Its share of a worker's task, where a file counts 1 (`build.executors.chunks`): 1/16 per
        started 64 KiB, so that a task holds 256 pages of a few kB, or a few long ones."""
        size = sum(len(value or "") for value in (self.raw or self.fields).values())
        return (1 + size // ROW_WEIGHT_BYTES) / 16

    @property
    def report_id(self) -> str:
        """`crawls/hebei_kejiting.csv#7`: the table's path and the 1-based data row."""
        return f"{self.table}#{self.number}"

    def filled(self) -> Row:
        """The row with its fields decoded: done where the row is processed (a worker), not where the table
        is read, and bytes cross to a worker faster than text does."""
        if self.raw is not None and self.roles is not None:
            _decode_fields(self, self.roles, self.raw)
        self.raw = self.roles = None
        return self


def parse_columns(spec: str | None) -> dict[str, str]:
    """`text=内容,title=标题` as {role: column}; unknown roles are an error.

    >>> parse_columns("text=正文, url=地址")
    {'text': '正文', 'url': '地址'}
    """
    if not spec:
        return {}
    mapping = {}
    for part in spec.split(","):
        role, sep, column = (p.strip() for p in part.partition("="))
        if not sep or role not in ROLES or not column:
            raise ValueError(f"--columns: {part.strip()!r} is not ROLE=COLUMN with ROLE one of {', '.join(ROLES)}")
        mapping[role] = column
    return mapping


def recognise(names: list[str], overrides: dict[str, str], where: str) -> dict[str, str]:
    """Which column plays which role: the overrides, then the usual names; a text or html column is required."""
    folded = {_fold(n): n for n in reversed(names)}
    roles = {}
    for role, candidates in ROLES.items():
        if role in overrides:
            if overrides[role] not in names:
                raise TableError("unreadable", f"{where}: column {overrides[role]!r} given for {role} is not in the "
                                               f"table (columns: {', '.join(names)})")
            roles[role] = overrides[role]
            continue
        found = next((folded[_fold(c)] for c in candidates if _fold(c) in folded), None)
        if found is not None:
            roles[role] = found
    if "text" not in roles and "html" not in roles:
        looked_for = ", ".join(ROLES["text"] + ROLES["html"])
        raise TableError("unreadable", f"{where}: no text column (looked for {looked_for}); "
                                       f"columns are {', '.join(names) or 'none'}; name it with --columns text=COLUMN")
    return roles


def _fold(name: str) -> str:
    return "".join(str(name).split()).casefold()


def split_links(value) -> list[str]:
    """Attachment links from a list or a `;`/`,`/whitespace separated string, in order, without blanks.

    >>> split_links("http://a/1.doc;http://a/2.pdf;")
    ['http://a/1.doc', 'http://a/2.pdf']
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    text = str(value).replace("\n", ";").replace(" ", ";").replace(",", ";")
    return [part.strip() for part in text.split(";") if part.strip()]


def read_table(path: Path, table: str, overrides: dict[str, str] | None = None,
               batch_rows: int = BATCH_ROWS) -> Iterator[list[Row]]:
    """Batches of rows of one table; raises TableError (before or between batches) when it cannot go on."""
    for batch in read_blocks(path, table, overrides, batch_rows):
        yield [row.filled() for row in batch]


def read_blocks(path: Path, table: str, overrides: dict[str, str] | None = None,
                batch_rows: int = BATCH_ROWS) -> Iterator[list[Row]]:
    """`read_table`'s batches with a CSV row's fields still bytes: `Row.filled` decodes them."""
    kind = TABLE_SUFFIXES[path.suffix.lower()]
    reader = {"csv": _csv_batches, "jsonl": _jsonl_batches, "parquet": _parquet_batches}[kind]
    yield from reader(path, table, overrides or {}, batch_rows)


# --- CSV -------------------------------------------------------------------------------------------

def sniff_encoding(head: bytes, where: str) -> str:
    """The encoding of a CSV from its first bytes: a BOM, else strict UTF-8, else strict GB18030."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError("unreadable", f"{where}: UTF-16 text; save the table as UTF-8 or GB18030")
    for sign in _BINARY_SIGNS:
        at = head.find(sign)
        if at == 0 or (sign == b"\x00" and at >= 0):
            raise TableError("mislabelled", f"{where}: binary data at byte {at} ({sign!r}), not a CSV table")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    bad = _decodes(head, "utf-8")
    if bad is None or len(head[:bad].decode("utf-8")) < bad - 16:
        return "utf-8"  # valid, or long valid UTF-8 Chinese before a bad row: the bad rows are reported one by one
    bad = _decodes(head, "gb18030")
    if bad is None or _bad_bytes(head, "gb18030") <= max(1, len(head) // _BYTES_PER_BAD_BYTE):
        return "gb18030"  # valid, or a few spoilt bytes in GB18030 text: the rows holding them are reported one by one
    line = head[:bad].count(b"\n") + 1
    raise TableError("unreadable", f"{where}: line {line} (byte {bad}) is neither UTF-8 nor GB18030")


_BYTES_PER_BAD_BYTE = 4096  # UTF-8 or UTF-16 text read as GB18030 has a bad byte every few dozen bytes


def _bad_bytes(data: bytes, encoding: str) -> int:
    """How many bytes of `data` cannot be decoded in `encoding` (a character cut at the end allowed)."""
    return codecs.getincrementaldecoder(encoding)("replace").decode(data, final=False).count("\ufffd")


def _decodes(data: bytes, encoding: str) -> int | None:
    """None when `data` is valid in `encoding` (a character cut at the end allowed), else the bad byte."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=False)
        return None
    except UnicodeDecodeError as error:
        return error.start


def _mark_byte(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: one undecodable byte becomes a private-use mark, and decoding goes on after it."""
    assert isinstance(error, UnicodeDecodeError)
    return chr(_MARK_BASE + error.object[error.start]), error.start + 1


codecs.register_error(_MARK_ERRORS, _mark_byte)


class _NotUtf8(Exception):
    """A UTF-8 table read as it is holds a byte that is not UTF-8: it must be read again, bytes marked."""


class _Transcoder:
    """pyarrow's stream transform: a CSV's blocks as valid UTF-8, counting quotes on the way.

    With `marked`, the blocks are decoded and encoded again as UTF-8, bad bytes marked; else (a UTF-8 table)
    they are passed on as they are once checked, and a bad byte raises `_NotUtf8`."""

    def __init__(self, codec: str, marked: bool):
        self.decoder = codecs.getincrementaldecoder(codec)(_MARK_ERRORS if marked else "strict")
        self.marked = marked
        self.quotes = 0  # of the whole file once pyarrow has read to its end
        self.tail = b""  # unmarked: the bytes of a character cut at the end of the last block

    def __call__(self, buffer):
        data = buffer.to_pybytes()
        self.quotes += data.count(b'"')
        if not self.marked:
            self._check(data)
            return buffer
        return self.decoder.decode(data, final=not data).encode("utf-8")

    def _check(self, data: bytes) -> None:
        """Raise `_NotUtf8` unless the block continues valid UTF-8: checked by Arrow, not decoded (that
        was ~7% of the main process's time on a crawl table), the characters cut by the ends of blocks
        by Python."""
        import pyarrow as pa

        start = next((i for i, byte in enumerate(data[:3]) if byte & 0xC0 != 0x80), min(3, len(data)))
        if data and start == len(data):  # a block of a character's last bytes only: checked with the next
            self.tail += data
            return
        cut = _whole_characters(data)
        try:
            (self.tail + data[:start]).decode("utf-8")
            if cut > start:
                pa.Array.from_buffers(pa.string(), 1, [None, pa.array([0, cut - start], pa.int32()).buffers()[1],
                                                       pa.py_buffer(data)[start:cut]]).validate(full=True)
        except (UnicodeDecodeError, pa.ArrowInvalid) as error:
            raise _NotUtf8() from error
        self.tail = data[max(cut, start):]  # at the end (no data), a cut character left has failed to decode


def _whole_characters(data: bytes) -> int:
    """How many bytes of `data` end at the end of a UTF-8 character (a character cut at the end left out)."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 != 0x80:  # the last lead byte: how long its character is
            length = 1 if byte < 0x80 else 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return len(data) - back if length > back else len(data)
    return len(data)


def _csv_header(path: Path, where: str) -> tuple[str, list[str]]:
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip():
        raise TableError("empty", f"{where}: the table is empty")
    encoding = sniff_encoding(head, where)
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    try:
        names = next(csv.reader(io.StringIO(text)))
    except (csv.Error, StopIteration) as error:
        raise TableError("corrupt", f"{where}: row 0 (the header) cannot be parsed: {error}") from error
    if len(set(names)) != len(names):
        raise TableError("corrupt", f"{where}: row 0 (the header) repeats a column name: {', '.join(names)}")
    return encoding, names


def _csv_batches(path: Path, table: str, overrides: dict, batch_rows: int) -> Iterator[list[Row]]:
    """Rows of a CSV, a pyarrow block at a time (fields as bytes, decoded here so a bad one names its row)."""
    import pyarrow as pa  # here, not at the top: parsing one report file does without pyarrow

    encoding, names = _csv_header(path, table)
    reader = _CsvPass(path, table, names, encoding, recognise(names, overrides, table))
    block = CSV_BLOCK_BYTES
    while True:
        try:
            yield from reader.rows(block, batch_rows)
            break
        except _NotUtf8:
            reader.marked = True  # pyarrow would fail to decode a bad row for `_skipper`: read again, bytes marked
        except pa.ArrowInvalid as error:
            if "straddl" in str(error) and block < CSV_MAX_BLOCK_BYTES:
                block *= 8  # a row longer than a block: read again with larger blocks, after the rows handed out
                continue
            yield reader.flush()
            raise TableError("corrupt", f"{table}: after row {reader.emitted}: {_arrow_message(error, block)}; "
                                        f"rows 1-{reader.emitted} were read, the rest of the table was not") from error
    yield _csv_tail(reader.quotes % 2 == 1, reader.pending, reader.flush_skipped(), reader.roles)


class _CsvPass:
    """Numbers a CSV's rows across passes: good rows, and rows pyarrow skipped for their field count."""

    def __init__(self, path: Path, table: str, names: list[str], encoding: str, roles: dict):
        self.path, self.table, self.names, self.encoding, self.roles = path, table, names, encoding, roles
        self.emitted = 0  # rows handed out: a pass with larger blocks starts after them
        self.pending: Row | None = None  # the last good row, held back until the quote count is known
        self.skipped: dict[int, Row] = {}
        self.marked = encoding == "gb18030"  # transcoded; UTF-8 is read as it is, unless a byte is not UTF-8
        self.quotes = 0

    def rows(self, block: int, batch_rows: int) -> Iterator[list[Row]]:
        """One pass over the file with `block`-byte blocks, yielding the rows after those handed out."""
        import pyarrow as pa
        import pyarrow.csv as pa_csv

        self.pending, self.skipped = None, {}
        transcoder = _Transcoder("utf-8" if self.encoding == "utf-8-sig" else self.encoding, self.marked)
        stream = pa_csv.open_csv(
            pa.TransformInputStream(pa.OSFile(str(self.path)), transcoder),
            read_options=pa_csv.ReadOptions(skip_rows=1, column_names=self.names, use_threads=False, block_size=block),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True, invalid_row_handler=_skipper(
                self.table, self.names, self.encoding, self.skipped)),
            convert_options=pa_csv.ConvertOptions(include_columns=self._wanted(),
                                                  column_types={n: pa.binary() for n in self._wanted()}))
        number = 0
        for chunk in stream:
            for start in range(0, chunk.num_rows, batch_rows):  # Python objects for a few rows at a time
                out: list[Row] = []
                for values in chunk.slice(start, batch_rows).to_pylist():
                    number = self._take_skipped(number + 1, out)
                    if number > self.emitted:
                        self._hand_out(self.pending, out)
                        self.pending = Row(self.table, number, "csv", self.encoding, raw=values, roles=self.roles,
                                           marked=self.marked)
                if out:
                    yield out
        self.quotes = transcoder.quotes

    def _wanted(self) -> list[str]:
        return sorted(set(self.roles.values()), key=self.names.index)

    def _take_skipped(self, number: int, out: list[Row]) -> int:
        """Hand out the skipped rows at `number` on (after the pending row); the next good row's number."""
        while number in self.skipped:
            row = self.skipped.pop(number)
            if number > self.emitted:
                self._hand_out(self.pending, out)
                self.pending = None
                self._hand_out(row, out)
            number += 1
        return number

    def _hand_out(self, row: Row | None, out: list[Row]) -> None:
        if row is not None and row.number > self.emitted:
            out.append(row)
            self.emitted = row.number

    def flush_skipped(self) -> list[Row]:
        return sorted((r for n, r in self.skipped.items() if n > self.emitted), key=lambda r: r.number)

    def flush(self) -> list[Row]:
        """What is held back, when the table cannot be read on."""
        out: list[Row] = []
        self._hand_out(self.pending, out)
        return out + self.flush_skipped()


def _skipper(table: str, names: list[str], encoding: str, skipped: dict[int, Row]):
    """pyarrow's handler for a row with the wrong number of fields: skip it, keep it as an error row."""
    def on_invalid(bad) -> str:
        number = (bad.number or 0) - 1  # pyarrow counts the header as row 1
        where = (f"row {number}, column {names[bad.actual_columns - 1]}" if 0 < bad.actual_columns < len(names)
                 else f"row {number}")
        skipped[number] = Row(table, number, "csv", encoding, status="corrupt", problem=(
            f"{table}: {where}: expected {bad.expected_columns} columns, found {bad.actual_columns} "
            f"(a stray quote or separator?): {_MARKS.sub(chr(0xFFFD), bad.text[:120])!r}"))
        return "skip"
    return on_invalid


def _csv_tail(odd_quotes: bool, pending: Row | None, skipped: list[Row], roles: dict) -> list[Row]:
    """The last rows, once the end is reached: an odd count of quotes (a quoted field never closed, which
    pyarrow reads to the end) marks the row that swallowed the rest."""
    if not odd_quotes:
        return ([pending] if pending else []) + skipped
    if skipped and (pending is None or skipped[-1].number > pending.number):
        last = skipped[-1]
        last.problem = f"{last.problem}; a quoted field is never closed, so it runs to the end of the file"
        return ([pending] if pending else []) + skipped
    return [_unclosed(pending.filled(), roles)] if pending else []


def _decode_fields(row: Row, roles: dict, values: dict) -> None:
    """A CSV row's fields by role, decoded; a field that is not in the table's encoding makes it `unreadable`."""
    table, number, encoding = row.table, row.number, row.encoding or "utf-8"
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    for role, column in roles.items():
        raw = values.get(column) or b""
        try:
            text = raw.decode("utf-8" if row.marked else codec)
            if row.marked and _MARKS.search(text):
                raw = _unmarked(text, codec)  # the field's bytes as in the file
                text = raw.decode(codec)
        except UnicodeDecodeError as error:
            row.status = "unreadable"
            row.problem = row.problem or (f"{table}: row {number}, column {column}: bytes {error.start}-{error.end} "
                                          f"of the field are not {encoding} "
                                          f"(the encoding found at the start of the file)")
            text = raw.decode(encoding, errors="replace")
        if role == "attachments":
            row.attachments = split_links(text)
        else:
            row.fields[role] = text


def _unmarked(text: str, codec: str) -> bytes:
    """A transcoded field back to the file's bytes: its text encoded again, each mark the byte it stands for."""
    parts = _MARKS.split(text)
    marks = [ord(m) - _MARK_BASE for m in _MARKS.findall(text)]
    return b"".join(part.encode(codec) + (bytes([marks[i]]) if i < len(marks) else b"")
                    for i, part in enumerate(parts))


def _unclosed(row: Row, roles: dict) -> Row:
    column = next((c for r, c in roles.items() if "\n" in row.fields.get(r, "")), None) or roles.get("text", "?")
    row.status = "corrupt"
    row.problem = (f"{row.table}: row {row.number}, column {column}: a quoted field is never closed, so it runs "
                   f"to the end of the file; any rows after it are inside this field and are not read")
    return row


def _arrow_message(error: Exception, block: int = CSV_MAX_BLOCK_BYTES) -> str:
    message = str(error).split("\n")[0]
    if "straddl" in message:
        return f"a row is longer than {block / 2**20:g} MB, or a quote is never closed ({message})"
    return message


# --- JSON Lines ------------------------------------------------------------------------------------

def _jsonl_batches(path: Path, table: str, overrides: dict, batch_rows: int) -> Iterator[list[Row]]:
    """Rows of a JSON Lines table, line by line; the row number is the line number."""
    roles, rows = None, []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if number == 1 and any(line.startswith(s) for s in _BINARY_SIGNS if s != b"\x00"):
                raise TableError("mislabelled", f"{table}: line {number} holds binary data, not JSON Lines")
            if b"\x00" in line:  # one line of binary data spoils only itself
                row = Row(table, number, "jsonl", "utf-8", status="corrupt",
                          problem=f"{table}: row {number}: binary data (a NUL byte), not JSON")
            else:
                row, roles = _jsonl_row(table, number, line, roles, overrides)
            rows.append(row)
            if len(rows) >= batch_rows:
                yield rows
                rows = []
    if roles is None and not rows:
        raise TableError("empty", f"{table}: the table is empty")
    yield rows


def _jsonl_row(table: str, number: int, line: bytes, roles: dict | None, overrides: dict) -> tuple[Row, dict | None]:
    row = Row(table, number, "jsonl", "utf-8")
    try:
        record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as error:
        row.status, row.problem = "unreadable", f"{table}: row {number}: byte {error.start} is not UTF-8"
        return row, roles
    except json.JSONDecodeError as error:
        row.status, row.problem = "corrupt", f"{table}: row {number}, character {error.colno}: {error.msg}"
        return row, roles
    if not isinstance(record, dict):
        row.status, row.problem = "corrupt", f"{table}: row {number}: a JSON {type(record).__name__}, not an object"
        return row, roles
    try:
        roles = roles or recognise(list(record), overrides, f"{table}: row {number}")
    except TableError as error:  # this record has no text: its row says so, the next may set the columns
        row.status, row.problem = error.status, error.message
        return row, None
    _fill(row, roles, record)
    if b"\\u" in line:  # only an escape can give a lone surrogate: valid UTF-8 holds none
        _replace_surrogates(row, roles)
    return row, roles


def _replace_surrogates(row: Row, roles: dict) -> None:
    """A field holding a lone surrogate makes the row `unreadable`, naming row, column and character;
    each surrogate becomes U+FFFD so that the row's title and address can still be written."""
    for role, text in [*row.fields.items(), *(("attachments", link) for link in row.attachments)]:
        found = _SURROGATE.search(text)
        if found and row.problem is None:
            row.status = "unreadable"
            row.problem = (f"{row.table}: row {row.number}, column {roles[role]}: character {found.start() + 1} is "
                           f"a lone surrogate ({found.group()!r}, half of a UTF-16 pair), not a character")
    if row.problem:
        row.fields = {role: _SURROGATE.sub("\ufffd", text) for role, text in row.fields.items()}
        row.attachments = [_SURROGATE.sub("\ufffd", link) for link in row.attachments]


def _fill(row: Row, roles: dict, record: dict) -> None:
    for role, column in roles.items():
        value = record.get(column)
        if role == "attachments":
            row.attachments = split_links(value)
        else:
            row.fields[role] = _as_text(value)


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, (list, tuple)):
        return "\n".join(_as_text(v) for v in value)
    return value if isinstance(value, str) else str(value)


# --- Parquet ---------------------------------------------------------------------------------------

def _parquet_batches(path: Path, table: str, overrides: dict, batch_rows: int) -> Iterator[list[Row]]:
    """Rows of a Parquet table, `batch_rows` at a time, reading only the columns that play a role."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as error:
        raise TableError("corrupt", f"{table}: not a readable Parquet file ({_arrow_message(error)})") from error
    names = parquet.schema_arrow.names
    roles = recognise(names, overrides, table)
    number = 0
    try:
        for batch in parquet.iter_batches(batch_size=batch_rows, columns=sorted(set(roles.values()), key=names.index)):
            rows = []
            for record in batch.to_pylist():
                number += 1
                row = Row(table, number, "parquet", None)
                _fill(row, roles, record)
                rows.append(row)
            yield rows
    except (pa.ArrowInvalid, OSError) as error:
        raise TableError("corrupt", f"{table}: after row {number}: {_arrow_message(error)}; rows 1-{number} "
                                    f"were read, the rest of the table was not") from error
