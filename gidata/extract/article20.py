"""Extract the 2019/2021 article 20 (第二十条) table of proactive disclosure."""

from __future__ import annotations

import bisect
from gidata import lazyre as re  # (patterns compiled on first use)
from collections.abc import Iterator, Sequence

from gidata.read.document import Document
from gidata.records import Fact
from gidata.numbers import Cell
from gidata.vocabulary.items import ITEM_BY_CODE
from gidata.vocabulary.tables import ARTICLE20_CODES, ARTICLE20_MEASURES, ARTICLE20_ROWS, spaced
from gidata.extract.prose import stated_figures
from gidata.extract.tablescan import (RowHit, as_printed, cells_of, find_rows, last_start, leading_values, segments,
                                      searchable, split_candidates, value_tokens)

ROW_WINDOW = 1500  # how far after one row label the next may be printed


def item_code(row: str, measure: str) -> str | None:
    """The item code of one cell of the table, or None for a cell the formats do not have."""
    code = ARTICLE20_CODES.get((row, measure), f"{row}_{measure}")
    return code if code in ITEM_BY_CODE else None


_FIRST = re.compile(spaced(r"第二十条\s*第"))
_SUBTABLE = re.compile(spaced("第二十条"))
_CONTENT = re.compile(spaced("信息内容"))
_STOP = re.compile(spaced(r"三\s*[、.]\s*收到和处理|申请人情况|本年新收"))
_ROWS = [(key, re.compile(searchable(rf"{pattern}(?!制度|的|事项数)"))) for key, pattern in ARTICLE20_ROWS]
# Every measure's header in one regex: no header's words hold the first word of another (nor a later
# start of its own), so its matches are those of the headers searched one by one, in text order.
_MEASURE = re.compile("|".join(f"(?P<{key}>{pattern})" for key, pattern in ARTICLE20_MEASURES))
# The same alternatives in the same order, unnamed and each starting with a character (`searchable`'s two
# alternatives for a header led by an optional word): the regex engine skips to where one can start.
_MEASURE_START = re.compile("|".join(searchable(pattern)[3:-1] if searchable(pattern) != pattern else pattern
                                     for _, pattern in ARTICLE20_MEASURES))
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")
# A row's label in a sentence, its count's clause going on (规章0件，规范性文件10件；): prose, no table's row
_TOLD_IN_PROSE = re.compile(r"[\s:：]*\d+(?:\.\d+)?(?:件|项|个|条|万元|元)[，,；;。、（(]")


def article20_bounds(text: str) -> tuple[int, int] | None:
    """From the first 第二十条 heading to the applicant matrix."""
    first = _FIRST.search(text)
    if not first:
        return None
    stop = _STOP.search(text, first.end())
    return first.start(), stop.start() if stop else min(len(text), first.start() + 3000)


def extract_article20(doc: Document, regime: str | None = None) -> list[Fact]:
    """Every cell of the article 20 table as a fact, the columns read from each sub-table's header;
    a run-together row split where the figures the report's prose states for it admit one split."""
    bounds = article20_bounds(doc.text)
    if bounds is None:
        return []
    start, end = bounds
    stated: dict[str, float] | None = None
    text = doc.text
    hits = _out_of_order(text, find_rows(text, _ROWS, start, end, window=ROW_WINDOW), start, end)
    facts: list[Fact] = []
    measures: list[tuple[str, str]] = []
    subtables = _SubTables(text, start, end)
    for hit, segment in segments(text, hits, end):
        header_start = subtables.last_before(hit.start) or start
        measures = _measures(text[header_start:hit.start]) or measures
        segment = _SUBTABLE.split(segment)[0]
        codes = [code for m, _ in measures if (code := item_code(hit.key, m)) is not None]
        if not codes or len(codes) < len(measures) or _TOLD_IN_PROSE.match(segment):
            continue
        segment, units = strip_units(segment)
        cells, method = cells_of(segment, len(codes)), "table"
        if cells is None and not doc.from_ocr:
            stated = stated_figures(doc, ((start, end),), regime) if stated is None else stated
            cells, method = pinned_by_prose(segment, codes, stated), "table_prose"
        cells = in_item_units(cells, units, codes)
        if cells and doc.from_ocr and len(value_tokens(segment)) != len(codes):
            cells = None  # OCR text: never guess where run-together or misread digits split
        source = (hit.label + segment).strip()[:200]
        if cells is None:
            if _DIGIT.search(leading_values(segment)):
                agreed = {} if doc.from_ocr or units else agreed_cells(row_readings(segment, [m for m, _ in measures]))
                facts.extend(Fact(codes[k], value, "number", "table", source, hit.start, row_label=hit.label,
                                  column_label=measures[k][0], column_header=measures[k][1])
                             for k, value in sorted(agreed.items()))
                facts.extend(Fact(code, None, "ambiguous", "table", source, hit.start, row_label=hit.label)
                             for code in [c for k, c in enumerate(codes) if k not in agreed][:1])
            continue
        facts.extend(
            Fact(code, cell.value, cell.kind, method, source,
                 hit.start, row_label=hit.label, column_label=measure, column_header=printed)
            for code, (measure, printed), cell in zip(codes, measures, cells))
    return facts


class _SubTables:
    """Where each 第二十条 sub-table heading of text[start:end] starts, found once: `last_before(at)`
    is `last_start(_SUBTABLE, text, start, at)` (its matches hold a fixed run of characters, so none
    overlaps another and each ends where it would with any end bound), without searching again for
    each row."""

    def __init__(self, text: str, start: int, end: int):
        found = list(_SUBTABLE.finditer(text, start, end))
        self._starts = [m.start() for m in found]
        self._ends = [m.end() for m in found]

    def last_before(self, at: int) -> int | None:
        """The start of the last heading that ends by `at` (None if none)."""
        count = bisect.bisect_right(self._ends, at)
        return self._starts[count - 1] if count else None


def row_readings(segment: str, measures: Sequence[str], limit: int = 200) -> list[list[float]]:
    """Every reading of a run-together row's digits into its cells (empty when there are `limit` or
    more): a printed sign starts the 本年增/减 cell, the only one that may be negative.

    >>> row_readings("97+82179", ["items_prev", "items_change", "decisions"])[0]
    [97.0, 8.0, 2179.0]
    >>> {r[0] for r in row_readings("97+82179", ["items_prev", "items_change", "decisions"])}
    {97.0}
    """
    signed = [m == "items_change" for m in measures]
    printed = "".join(value_tokens(segment))
    sign = next((k for k, ch in enumerate(printed) if ch in "+-"), None)
    before = signed.index(True) if True in signed else None

    def allowed(v: list[float]) -> bool:
        if any(not s and x < 0 for s, x in zip(signed, v)):
            return False
        return sign is None or (before is not None and "".join(map(_digits, v[:before])) == printed[:sign])

    found = split_candidates(segment, len(measures), allowed, limit)
    return [] if len(found) >= limit else found


def _digits(value: float) -> str:
    return str(abs(int(value))) if value == int(value) else str(abs(value))


def agreed_cells(readings: list[list[float]]) -> dict[int, float]:
    """The cells (by position) on which every reading of a row agrees: read, though the row is not.

    >>> agreed_cells([[97.0, 8.0, 2179.0], [97.0, 82.0, 179.0]])
    {0: 97.0}
    """
    if not readings:
        return {}
    return {k: readings[0][k] for k in range(len(readings[0])) if len({r[k] for r in readings}) == 1}


def pinned_by_prose(segment: str, codes: list[str], stated: dict[str, float]) -> list[Cell] | None:
    """The one split of a run-together row whose cells agree with every figure the prose states
    for the row's items (制发1件、废止1件 pins `1126` as 1 | 1 | 26); None when none or several do.

    >>> [c.value for c in pinned_by_prose("1126", ["a", "b", "c"], {"b": 1.0})]
    [1.0, 1.0, 26.0]
    >>> pinned_by_prose("1153", ["a", "b", "c"], {"c": 3.0}) is None  # 1|15|3 and 11|5|3
    True
    """
    known = [(k, stated[code]) for k, code in enumerate(codes) if code in stated]
    if not known:
        return None
    splits = split_candidates(segment, len(codes), lambda v: all(v[k] == value for k, value in known))
    if len(splits) != 1:
        return None
    raw = _SPACE.sub("", leading_values(segment))
    return [Cell("number", v, raw) for v in splits[0]]


_UNIT_IN_CELL = re.compile(r"(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(万元|元|个|笔|件|项|条)")


def strip_units(segment: str) -> tuple[str, list[str]]:
    """A row's value text with units printed inside its cells (`1个`, `246900元`) taken out, and
    those units in order (a cell without one gives no entry).

    >>> strip_units("1个246900元")
    ('1 246900 ', ['个', '元'])
    """
    units: list[str] = []

    def figure_only(m: re.Match) -> str:
        units.append(m.group(2))
        return m.group(1) + " "

    return _UNIT_IN_CELL.sub(figure_only, segment), units


def in_item_units(cells: list[Cell] | None, units: list[str], codes: list[str]) -> list[Cell] | None:
    """Cells with an amount printed in 元 converted to the item's 万元; None when a 元 amount
    cannot be matched to its cell (it would be a wrong value, 10 000 times too large)."""
    if cells is None or "元" not in units:
        return cells
    if len(units) != len(cells):
        return None
    out = []
    for cell, unit, code in zip(cells, units, codes):
        if unit == "元":
            if ITEM_BY_CODE[code].unit != "万元" or cell.value is None:
                return None
            cell = Cell(cell.kind, round(cell.value / 10000, 6), cell.raw)
        out.append(cell)
    return out


def _out_of_order(text: str, hits: list[RowHit], start: int, end: int) -> list[RowHit]:
    """The rows found in order, plus rows printed out of the standard order (a PDF conversion may
    put the 第(五)项 sub-tables before 第(一)项): each at its first place that no other row holds."""
    found = {h.key for h in hits}
    for key, pattern in _ROWS:
        if key in found:
            continue
        for match in pattern.finditer(text, start, end):
            if not any(h.start < match.end() and match.start() < h.end for h in hits):
                hits.append(RowHit(key, match.start(), match.end(), match.group(0)))
                break
    return sorted(hits, key=lambda h: h.start)


def _measures(header: str) -> list[tuple[str, str]]:
    """The measure columns of the sub-table header nearest the row (after its last 信息内容), each
    with its header as printed."""
    last = last_start(_CONTENT, header, 0, len(header))
    nearest = _measures_in(header[last:]) if last is not None else []
    return nearest or _measures_in(header)


def _measures_in(header: str) -> list[tuple[str, str]]:
    return [(str(m.lastgroup), as_printed(m.group(0))) for m in _measure_matches(header)]


def _measure_matches(header: str) -> Iterator[re.Match]:
    """`_MEASURE.finditer(header)`: each match's place found by `_MEASURE_START` (matches where `_MEASURE` does,
    found 15 times faster), its named match made there.

    >>> [m.lastgroup for m in _measure_matches("信息内容 本年制发件数 本年废止件数 现行 有效件数 处理决定数量")]
    ['issued', 'repealed', 'in_force', 'decisions']
    """
    pos = 0
    while (start := _MEASURE_START.search(header, pos)) is not None:
        match = _MEASURE.match(header, start.start())
        assert match is not None  # the same alternatives: they match at the same places
        yield match
        pos = match.end()
