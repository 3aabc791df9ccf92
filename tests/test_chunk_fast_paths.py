"""A chunk's record batches, made by `chunk_of` for the held results and the others at once (the wide tables
from rows, as struct arrays, put in order before they are made Arrow), equal what the plain way makes: each
set's columns joined, made Arrow in the table's schema and sorted by `write.sort_indices`. On every corpus
text, in chunks where any result may be held, and on random rows of every type; `rows_of` gives
`columns_of`'s values row by row; a held result read back is the result held."""

from __future__ import annotations

import random
from dataclasses import replace
from functools import cache
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.build.chunk import _sorted, chunk_of
from gidata.build.pinning import _pickled, _unpickled
from gidata.build.report import Result, Tidied, process_file, tidied
from gidata.release.dictionary import TABLES
from gidata.release.tidy import PER_REPORT, WIDE_TABLES, _column_names, columns_of, rows_of
from gidata.release.write import sort_indices

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus").rglob("*.txt"))


@cache
def _corpus() -> tuple[Result, ...]:
    return tuple(process_file(path, path.name) for path in TEXTS)


def _plain(name: str, parts: list) -> pa.Table:
    """Reports' rows of a table made Arrow and sorted the plain way."""
    names = _column_names(name)
    columns: dict[str, list] = {c: [] for c in names}
    for part in parts:
        for c, values in (zip(names, zip(*part)) if isinstance(part, list) else part.items()):
            columns[c].extend(values)
    table = pa.Table.from_pydict(columns, schema=TABLES[name].schema())
    return table.take(sort_indices(name, table))


def _same(batch: pa.RecordBatch, table: pa.Table) -> bool:
    made = pa.Table.from_batches([batch])
    return made.schema.equals(table.schema, check_metadata=True) and made.equals(table)


def _check_chunk(done: list[Tidied]) -> None:
    chunk = chunk_of(done)
    for tables, results in ((chunk.tables, [d for d in done if d.open is None]),
                            (chunk.held_tables, [d for d in done if d.open is not None])):
        names = [name for name in PER_REPORT if any(name in d.tables for d in results)]
        assert list(tables) == list(dict.fromkeys(n for d in results for n in d.tables))
        assert sorted(tables) == sorted(names)
        for name in names:
            assert _same(tables[name], _plain(name, [d.tables[name] for d in results if name in d.tables])), name


def test_the_chunks_of_the_corpus_reports_equal_the_plain_conversion_and_sort():
    done = [tidied(result) for result in _corpus()]
    assert any(d.open is not None for d in done) and any(d.tables.get("proactive") for d in done)
    rng = random.Random(14)
    for size in (1, 5, 16):
        for start in range(0, len(done), size):
            part = [replace(d, open=d.open or Result(d.report)) if rng.random() < 0.3 else d
                    for d in done[start:start + size]]
            _check_chunk(part)


def test_the_rows_of_the_corpus_reports_are_their_columns_row_by_row():
    from gidata.release.tidy import report_tables

    for result in _corpus():
        for name, rows in report_tables(result.report, result.facts, result.checks, result.chosen).items():
            assert rows_of(name, rows) == list(zip(*columns_of(name, rows).values()))


def test_a_held_result_read_back_is_the_result_held():
    for result in _corpus():
        assert _unpickled(_pickled(Result(result.report, result.facts))) == Result(result.report, result.facts)


def _value(field: pa.Field) -> st.SearchStrategy:
    """Values a column of this type may hold (NaN left out: it never equals itself)."""
    if pa.types.is_integer(field.type):
        bits = field.type.bit_width - 1
        return st.none() | st.integers(-(2 ** bits), 2 ** bits - 1)
    if pa.types.is_floating(field.type):
        return st.none() | st.floats(allow_nan=False) | st.integers(-10, 10)
    if pa.types.is_boolean(field.type):
        return st.none() | st.booleans()
    return st.none() | st.sampled_from(["", "a", "b", "é", "中", "中文", "total", "2020"]) | st.text(max_size=4)


def _rows(name: str) -> st.SearchStrategy:
    """A few reports' rows of a table: each a list of tuples (rows) or, for `facts` and `checks`, columns."""
    schema = TABLES[name].schema()
    row = st.tuples(*[_value(field) for field in schema])
    if name in WIDE_TABLES:
        return st.lists(st.lists(row, min_size=1, max_size=5), min_size=1, max_size=6)
    return st.lists(st.lists(row, min_size=1, max_size=5).map(lambda rows: dict(zip(schema.names, zip(*rows)))).map(
        lambda columns: {k: list(v) for k, v in columns.items()}), min_size=1, max_size=6)


@pytest.mark.parametrize("name", PER_REPORT)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_random_rows_are_sorted_and_made_arrow_as_the_plain_way_does(name, data):
    parts = data.draw(_rows(name))
    first = data.draw(st.integers(0, len(parts)))
    count = sum(len(p) if isinstance(p, list) else len(next(iter(p.values()))) for p in parts[:first])
    batch = _sorted(name, parts, count)
    plain = [_plain(name, parts[:first]), _plain(name, parts[first:])]
    assert _same(batch.slice(0, count), plain[0]) and _same(batch.slice(count), plain[1])


def _dict_rows(name: str) -> st.SearchStrategy:
    names = list(_column_names(name))
    return st.lists(st.lists(st.sampled_from(names), unique=True).flatmap(
        lambda keys: st.fixed_dictionaries({k: st.none() | st.integers(0, 3) for k in keys})), max_size=4)


@pytest.mark.parametrize("name", WIDE_TABLES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_rows_of_random_rows_are_their_columns_row_by_row(name, data):
    rows = data.draw(_dict_rows(name))
    if data.draw(st.booleans()):
        rows = rows + [{"not_a_column": 1}]
        with pytest.raises(KeyError):
            columns_of(name, rows)
        with pytest.raises(KeyError):
            rows_of(name, rows)
        return
    assert rows_of(name, rows) == list(zip(*columns_of(name, rows).values()))
