"""Title, date and address of report files from a SOURCES.csv beside them: light, for `gidata parse` of one file too."""

from __future__ import annotations

import csv
import io

from gidata.build.storage import Location, child, name_of, parent_of, read_bytes

SOURCES_FILE = "SOURCES.csv"


def sources_metadata(path: Location) -> dict:
    """Title, date and address of a file from a SOURCES.csv beside it or one folder up; with
    `problem` set when such a SOURCES.csv could not be read."""
    problems = []
    for folder in (parent_of(path), parent_of(parent_of(path))):
        table, problem = _read_sources(child(folder, SOURCES_FILE))
        if name_of(path) in table:
            return {k: v for k, v in zip(_META, table[name_of(path)]) if v}
        problems += [problem] if problem else []
    return {"problem": "; ".join(problems)} if problems else {}


_META = ("title", "published", "url", "origin")
_SOURCES_CACHE: dict[Location, tuple[dict[str, tuple], str | None]] = {}


def _read_sources(path: Location) -> tuple[dict[str, tuple], str | None]:
    """A SOURCES.csv as {file: its `_META` values}, UTF-8 or (as Excel saves it in China) GB18030, fields
    of any size; and what went wrong, when it could not be read. Tuples, not dicts: the table is held
    whole, in every worker, and may list 10^5 files."""
    if path not in _SOURCES_CACHE:
        table, problem = {}, None
        try:
            data = read_bytes(path)
            if data is not None:
                try:
                    text = data.decode("utf-8-sig")
                except UnicodeDecodeError:
                    text = data.decode("gb18030", errors="replace")
                csv.field_size_limit(1 << 30)
                for row in csv.DictReader(io.StringIO(text, newline="")):
                    meta = (row.get("title"), row.get("published"), row.get("url"), row.get("source"))
                    table[row.get("file") or ""] = tuple(v if isinstance(v, str) and v else None for v in meta)
        except (OSError, csv.Error) as error:
            table, problem = {}, f"{path} could not be read, so its title, date and address are missing: {error}"
        _SOURCES_CACHE[path] = table, problem
    return _SOURCES_CACHE[path]


def forget_inputs() -> None:
    """Let go of the SOURCES.csv tables read (held for the inputs, ~0.3 KB a file listed), once every
    input is read: the end of a build does not need them."""
    _SOURCES_CACHE.clear()
