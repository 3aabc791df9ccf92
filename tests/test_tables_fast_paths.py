"""The table readers' row labels, written by `searchable` so that the regex engine skips to where a match
can start, find exactly what the labels as the vocabulary writes them find: searched in bounds, from
every place, in the corpus texts and in random strings of the characters the labels are made of; and so
do the article 20 table's column headers, found by `_measure_matches`. A line `line_gaps` tells is text
without reading it (`_NOT_A_FIGURE`) is text when read. The short cuts of `leading_values` (text of digits,
spaces and pipes only), `wrapped_label` (no line break), `as_printed` (str.split) and the pre-2019 table's
`anchor_start` (two regexes, one per first character) give what the regexes they skip give.

The readings of rows that `cells_of` keeps from report to report (as printed, and run together), and those of
the pre-2019 variant's rows, are those worked out afresh, whatever rows, widths and identities came before. `value_rows`
reads no line of text where a search tells none can be one, and `line_gaps` counts the empty lines without
visiting each: both give what reading every line gives. The matrix's rows moved to a later copy of their
label come with the value text they would have read again."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.extract.article20 import _MEASURE, _measure_matches, extract_article20
from gidata.extract.challenges import _group_adds_up, _groups_add_up, extract_challenges
from gidata.extract import pre2019, tablescan
from gidata.extract.matrix import (_DIGIT, _FIRST_ROW, _ROW_PATTERN, _ROWS, _reanchor, _row_total_check,
                                   _value_segments, extract_matrix, matrix_bounds)
from gidata.extract.pre2019 import (_YEAR_WITHIN_CUMULATIVE, _variant_readings, anchor_start, extract_pre2019_table,
                                    variant_cells)
from gidata.extract.report import regime_of
from gidata.extract.tablescan import (_COUNT_UNIT, _LABEL_START, _MARKDOWN_RULE, _NOT_A_FIGURE,
                                      _VALUE_START, _WRAPPED_LABEL, _as_printed, _lines_as_cells, _number_tokens,
                                      _on_lines_below, _only_tokens, _own_line, _pipe_cells, _run_together,
                                      _run_together_cells, _token_cells, _trim, as_printed, cells_of, find_rows,
                                      gapped_cells, leading_values, line_gaps, number_cells,
                                      run_together_splits, searchable, segments, value_rows, wrapped_label)
from gidata.locate.report import locate
from gidata.read.files import read_document
from gidata.vocabulary.items import PRE2019
from gidata.numbers import Cell, read_cell
from gidata.vocabulary.tables import (ARTICLE20_MEASURES, ARTICLE20_ROWS, CHALLENGE_KIND_HEADINGS, MATRIX_ROWS,
                                      PRE2019_ROWS, PRE2019_VARIANT_ROWS)

ROOT = Path(__file__).resolve().parents[1]
LABELS = [pattern for _, pattern in MATRIX_ROWS + PRE2019_ROWS + PRE2019_VARIANT_ROWS] + \
    [rf"{pattern}(?!制度|的|事项数)" for _, pattern in ARTICLE20_ROWS] + list(CHALLENGE_KIND_HEADINGS) + \
    [pattern for _, pattern in ARTICLE20_MEASURES]
PAIRS = [(re.compile(label), re.compile(searchable(label))) for label in LABELS]
# Pieces of the labels' words, numbering, brackets and spaces: random strings of them hit matches and near-misses.
_WORDS = sorted({run for label in LABELS for run in re.findall(r"[\u3400-\u9fff]+", label.replace("\\s*", ""))})
PIECES = sorted({w[i:j] for w in _WORDS for i in (0, len(w) // 2) for j in (len(w) // 2, len(w)) if i < j}
                | {"1.", "5、", "一、", "(一)", "(六)", "（", "）", " ", "\n", "|", "0", "的"})


def _same_measures(text: str) -> None:
    assert [(m.span(), m.lastgroup) for m in _measure_matches(text)] == \
        [(m.span(), m.lastgroup) for m in _MEASURE.finditer(text)]


def _spans(pattern: re.Pattern, text: str, pos: int, endpos: int):
    search = pattern.search(text, pos, endpos)
    match = pattern.match(text, pos, endpos)
    return ((search.span() if search else None), (match.span() if match else None),
            [m.span() for m in pattern.finditer(text, pos, endpos)])


def test_searchable_rewrites_the_labels_that_start_with_an_optional_group():
    assert sum(plain.pattern != fast.pattern for plain, fast in PAIRS) >= 25  # the matrix's numbered rows, at least
    assert all(fast.groups == plain.groups == 0 for plain, fast in PAIRS)


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").rglob("*.txt")), ids=lambda p: p.name)
def test_searchable_labels_find_what_the_labels_find_in_real_reports(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    for plain, fast in PAIRS:
        if plain.pattern != fast.pattern:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
            for pos in range(0, len(text), 97):
                assert _spans(plain, text, pos, pos + 800) == _spans(fast, text, pos, pos + 800)
    _same_measures(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(0, 80), st.integers(0, 80))
def test_searchable_labels_find_what_the_labels_find_in_random_text(pieces, pos, length):
    text = "".join(pieces)
    for plain, fast in PAIRS:
        assert _spans(plain, text, pos, pos + length) == _spans(fast, text, pos, pos + length)
    _same_measures(text)


# Pieces of cells: figures, signs, Chinese numerals, not-applicable marks, spaces, and characters of text.
CELL_PIECES = ["0", "1", "12", "１", "٣", ",", ".", "+", "-", " ", "\u3000", "\t", "万", "一", "两", "十", "百", "千",
               "零", "〇", "/", "／", "\\", "—", "–", "―", "无", "不适用", "不", "适", "甲", "件", "%", "(", "e", "_"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(CELL_PIECES), min_size=1, max_size=6))
def test_a_line_with_a_character_no_figure_holds_is_read_as_text(pieces):
    line = "".join(pieces)
    if _NOT_A_FIGURE.search(line):
        assert read_cell(line).kind == "text"


def test_lines_of_the_corpus_told_text_without_reading_them_are_text():
    told = 0
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            if line.strip() and _NOT_A_FIGURE.search(line):
                told += 1
                assert read_cell(line).kind == "text", line
    assert told > 1000


def _plain_leading_values(segment: str) -> str:
    """`leading_values` as the regexes alone give it."""
    segment = _COUNT_UNIT.sub(" ", _MARKDOWN_RULE.sub("", segment))
    match = _LABEL_START.search(segment)
    return segment[: match.start()] if match else segment


_ANCHOR = re.compile(r"统\s*计\s*表|统\s*计\s*指\s*标|指标名称")  # the pre-2019 table's anchor, as one regex


def _same_short_cuts(text: str) -> None:
    assert leading_values(text) == _plain_leading_values(text)
    found = _WRAPPED_LABEL.match(text)
    assert wrapped_label(text) == (found.end() if found and _VALUE_START.match(text, found.end()) else 0)
    assert as_printed(text) == re.sub(r"\s+", "", text)
    anchor = _ANCHOR.search(text)
    assert anchor_start(text) == (anchor.start() if anchor else 0)


# Pieces of rows: figures, spaces of every kind, pipes, a Markdown rule, count units, labels and numbering.
ROW_PIECES = ["0", "12", " ", "\n", "\t", "\u3000", "\x1c", "\xa0", "|", "---", "|---|", "-", "人次", "件", "个", "人",
              "甲", "收政府", "(三)", "1.", "二、", "#", "/", "—", "统计", "统 计 表", "指标", "指标名称", "统计指标"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(ROW_PIECES), max_size=14))
def test_short_cuts_give_what_the_regexes_give_on_random_rows(pieces):
    _same_short_cuts("".join(pieces))


def test_short_cuts_give_what_the_regexes_give_on_the_corpus():
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert anchor_start(text) == (_ANCHOR.search(text).start() if _ANCHOR.search(text) else 0)
        for start in range(0, len(text), 53):
            _same_short_cuts(text[start:start + 40])


# Every identity the table readers hand `cells_of` (each made once per process) with the row widths it reads,
# and none (any width).
CHECKS = [(None, [1, 2, 3, 4, 5, 7, 15]), (_row_total_check(["total", *"abcdef"]), [7]),
          (_row_total_check([*"abcdef", "total"]), [7]), (_groups_add_up, [15]), (_group_adds_up, [5]),
          (_YEAR_WITHIN_CUMULATIVE, [2])]
READINGS = [(width, check) for check, widths in CHECKS for width in widths]


def _afresh(tokens: list[str], only: bool, expected: int, check) -> list[Cell] | None:
    """`_run_together` as it was, its cells worked out afresh each time, nothing kept."""
    if len(tokens) >= expected or not only:
        return None
    solutions = run_together_splits(tokens, expected, check or (lambda v: True))
    return number_cells(solutions[0], "".join(tokens)) if len(solutions) == 1 else None


def _read(cells):
    return None if cells is None else [(c.kind, c.value, c.raw) for c in cells]


def test_the_row_identities_are_made_once_per_process():
    assert _row_total_check(["a", "total"]) is _row_total_check(["b", "total"])
    assert _row_total_check(["total", "a"]) is not _row_total_check(["a", "total"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "", "+", "-"]), st.text("01239", min_size=1, max_size=6))
                .map("".join), max_size=3),  # digit runs as `_number_tokens` gives them, a sign first or not
       st.lists(st.sampled_from(READINGS), min_size=1, max_size=6))
def test_kept_run_together_readings_are_those_worked_out_afresh(tokens, readings):
    for expected, check in readings:  # the same tokens read with other widths and identities, in any order
        assert _read(_run_together(tokens, True, expected, check)) == _read(_afresh(tokens, True, expected, check))


def _table_facts(path: Path) -> list:
    doc = read_document(path, name=path.name)
    regime = regime_of(locate(doc).year, doc.text)
    if regime == PRE2019:
        return extract_pre2019_table(doc)
    return extract_article20(doc, regime) + extract_matrix(doc, regime) + extract_challenges(doc)


def test_the_corpus_tables_read_alike_with_readings_kept_or_not(monkeypatch):
    paths = sorted((ROOT / "corpus").rglob("*.txt"))
    with monkeypatch.context() as plain:
        plain.setattr(tablescan, "_run_together", _afresh)
        plain.setattr(tablescan, "_as_printed", _as_printed.__wrapped__)
        plain.setattr(pre2019, "_variant_readings", _variant_readings.__wrapped__)
        afresh = {path: _table_facts(path) for path in paths}
    _run_together_cells.cache_clear()
    _as_printed.cache_clear()
    _variant_readings.cache_clear()
    for path in reversed(paths):  # each read once more, after every other text's rows were kept
        assert _table_facts(path) == afresh[path], path.name
    assert _run_together_cells.cache_info().hits > 100  # the rows were read from what was kept
    assert _as_printed.cache_info().hits > 100
    assert _variant_readings.cache_info().hits > 20


# Pieces of a pre-2019 variant row's value text: figures, thousands, decimals, marks, spaces and other text.
VARIANT_PIECES = ["0", "7", "28", "1795", ",", "2,543", ".", ".5", " ", "/", "—", "-", "|", "甲", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(VARIANT_PIECES), max_size=6).map("".join), st.sampled_from([1, 2])),
                min_size=1, max_size=6))
def test_kept_variant_readings_are_those_worked_out_afresh(rows):
    for values, columns in rows + rows[::-1]:  # each row read again, with either count of columns, in any order
        readings = variant_cells(values, columns)
        fresh = _variant_readings.__wrapped__(values, columns)
        assert readings == (None if fresh is None else list(fresh))


def _plain_value_rows(text: str, start: int, end: int, width: int) -> list:
    """`value_rows` reading every line (its shortcut for regions where no line can be a value row, off)."""
    with patch.object(tablescan, "_no_value_line", return_value=False):
        return value_rows(text, start, end, width)


def _plain_line_gaps(region: str, least: int = 20) -> tuple[int, int] | None:
    """`line_gaps` visiting every line."""
    inside: Counter[int] = Counter()
    after: Counter[int] = Counter()
    previous, empties = None, 0
    for line in region.split("\n"):
        kind = None if not line.strip() else "text" if _NOT_A_FIGURE.search(line) else read_cell(line).kind
        if kind is None:
            empties += 1
            continue
        if previous in ("number", "not_applicable"):
            (after if kind == "text" else inside)[empties] += 1
        previous, empties = kind, 0
    if sum(inside.values()) < least or sum(after.values()) < least // 4:
        return None
    return inside.most_common(1)[0][0], after.most_common(1)[0][0]


def _same_lines_read(text: str, start: int, end: int) -> None:
    for width in (1, 2, 3, 7, 15):
        assert value_rows(text, start, end, width) == _plain_value_rows(text, start, end, width)
    for least in (4, 20):  # (under 4, `least // 4` asks for no run after a cell: none has no commonest)
        assert line_gaps(text[start:end], least) == _plain_line_gaps(text[start:end], least)


# Pieces of tables printed one cell per line, or as lines of values apart by spaces: figures, marks, every kind of
# space (a line break, and the whitespace `str.split` cuts at but a line break does not end), pipes and labels.
LINE_PIECES = ["0", "12", "3 ", " 4", "/", "—", "-", "\n", "\n\n", "\n\n\n", " ", "\t", "\r", "\u3000", "\x1c", "\x85",
               "|", "甲", "本年新收", "(一)", "1.", "0 0 0", "1 0 1 0 1 0 2", " 5 0 0 0 0 0 5\n", "无"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=40), st.integers(0, 10), st.integers(0, 200))
def test_lines_told_or_skipped_read_as_every_line_read_in_random_text(pieces, start, length):
    _same_lines_read("".join(pieces), start, start + length)


def test_lines_told_or_skipped_read_as_every_line_read_in_the_corpus():
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        _same_lines_read(text, 0, len(text))
        for start in range(0, len(text), 499):
            _same_lines_read(text, start, start + 1500)


def _plain_reanchor(text: str, hits: list, end: int) -> list:
    """`_reanchor`'s rows as it moved them, nothing else kept."""
    out = []
    for hit, segment in segments(text, hits, end):
        if not _DIGIT.search(leading_values(segment[wrapped_label(segment):])):
            again = _ROW_PATTERN[hit.key].search(segment)
            if again and _DIGIT.search(leading_values(segment[again.end():])):
                hit = type(hit)(hit.key, hit.end + again.start(), hit.end + again.end(), again.group(0))
        out.append(hit)
    return out


def test_the_matrix_rows_come_with_the_value_text_of_where_they_were_moved():
    moved = 0
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        bounds = matrix_bounds(text)
        if bounds is None:
            continue
        first_row = _FIRST_ROW.search(text, bounds[0]).start()
        hits = find_rows(text, _ROWS, first_row - 4, bounds[1], window=800)
        rows = _reanchor(text, hits, bounds[1])
        assert rows == _value_segments(text, _plain_reanchor(text, hits, bounds[1]), bounds[1]), path.name
        moved += [hit for hit, _ in rows] != hits
    assert moved >= 1  # a heading above its own table row


def _plain_cells_of(segment, expected, check=None, spaced=None, gaps=None):
    """`cells_of` with nothing kept: each strategy tried on the row's value text afresh."""
    values = leading_values(segment)
    for strategy in (_pipe_cells, _own_line):
        cells = strategy(values, expected)
        if cells is not None:
            return cells
    values = " ".join(_trim(values.split("|"))) if "|" in values else values
    tokens = _number_tokens(values)
    only = len(tokens) <= expected and _only_tokens(values)
    cells = _token_cells(tokens, only, expected)
    if cells is None and "\n" in values and values.count("\n") + 1 >= expected:
        cells = _lines_as_cells(values, expected, spaced)
    if cells is None and gaps is not None and _on_lines_below(values):
        cells = gapped_cells(values, expected, gaps)
    return cells if cells is not None else _afresh(tokens, only, expected, check)


# Pieces of a row's value text: figures, marks, pipes, line breaks and spaces, a Markdown rule, units and labels.
VALUE_PIECES = ["0", "1", "12", "0000000", "2000002", ".", "1.5", "+", "-1", ",", "/", "—", " ", "|", " | ", "\n",
                "\n\n", "---", "件", "甲", "、"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(VALUE_PIECES), max_size=12).map("".join), st.sampled_from(READINGS),
                          st.sampled_from([None, False, True]), st.sampled_from([None, (0, 1, 2), (2, 2, 4)])),
                min_size=1, max_size=4))
def test_kept_readings_of_rows_as_printed_are_those_worked_out_afresh(rows):
    for segment, (expected, check), spaced, gaps in rows + rows[::-1]:  # each row read again, in any order
        assert _read(cells_of(segment, expected, check, spaced, gaps)) == \
            _read(_plain_cells_of(segment, expected, check, spaced, gaps))


def test_a_capturing_group_is_told_without_compiling():
    """`searchable` tells a pattern with a capturing group (left as it is) as `re.compile(...).groups` does."""
    from gidata.extract.tablescan import _captures
    from gidata.vocabulary.tables import ARTICLE20_ROWS, MATRIX_ROWS, PRE2019_ROWS

    patterns = [p for _, p in PRE2019_ROWS + MATRIX_ROWS + ARTICLE20_ROWS] + [
        "(甲)?乙", "(?:甲)?乙", "(?P<x>甲)乙", r"\(甲\)乙", "[(]甲[)]乙", "(?=甲)乙", "(?<!甲)乙", "[\\](]乙",
        "((?:甲))"]
    assert [_captures(p) for p in patterns] == [bool(re.compile(p).groups) for p in patterns]
