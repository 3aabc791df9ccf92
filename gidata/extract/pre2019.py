"""Extract the pre-2019 statistical table (政府信息公开情况统计表) and its provincial variants."""

from __future__ import annotations

import functools
import itertools
from gidata import lazyre as re  # (patterns compiled on first use)
from dataclasses import dataclass

from gidata.read.document import Document
from gidata.records import CUMULATIVE, Fact
from gidata.numbers import read_cell
from gidata.vocabulary.tables import (PRE2019_ROWS, PRE2019_VARIANT_PARTS, PRE2019_VARIANT_ROWS,
                                      PRE2019_VARIANT_SUMS, spaced)
from gidata.extract.prose import stated_figures
from gidata.extract.tablescan import (RowHit, as_printed, cells_of, find_rows, leading_values, searchable, segments,
                                      split_digits)

# A note in parentheses after a row label, perhaps wrapped once over a line break (not before a value)
_PAREN = r"(?:\s*\([^)\n|]{0,40}(?:\n(?![\s\d])[^)\n|]{1,40})?\))?"
_UNIT = re.compile(r"^[\s|:]*(?:人次|万元|条|件|次|篇|个|人|项|元)?[\s|]*")
_CUMULATIVE = re.compile(spaced("历年累计|累计数"))  # the cumulative column's header, its words however cut
# The table's anchor, 统计表, 统计指标 or 指标名称, as one regex per first character: a regex led by one character
# skips to it, one led by either of two tests every place against both (~8x slower on a report's text).
_ANCHORS = (re.compile(r"统\s*计\s*(?:表|指\s*标)"), re.compile("指标名称"))
MIN_ROWS = 5
_NAMES = re.compile(r"指\s*标\s*名\s*称")  # the provincial variant's first header cell
_LEADING_FIGURE = re.compile(r"[\s|]*[\d]")
_DIGIT = re.compile(r"\d")
_YEAR_HEADER = re.compile(r"(?:20[0-3]\d|本)\s*年\s*度?(?:\s*数)?(?=[\s|]*(?:" + _CUMULATIVE.pattern + "))")
_NUMBERING = r"(?:[(（]?[一二三四五六七八九十]+[)、）.]|\d+[.、])?\s*(?:其中:?)?"
_NUMBERING_MARKS = "(（一二三四五六七八九十)、）.其中:"  # with digits (\d) and spaces (\s), all `_NUMBERING` matches


def _numbering_char(char: str) -> bool:
    return char in _NUMBERING_MARKS or char.isdecimal() or char.isspace()


@dataclass(frozen=True)
class NumberedLabel:
    """A row's label after optional numbering (`(一)`, `3.`, `其中:`), searched for like the regex
    `_NUMBERING + label + _PAREN` with the same result, but fast.

    Every match holds a match of the label, whose first one in the window is at q; what comes
    before it is made of numbering characters only, so no match starts before the run of them
    that ends at q, and the full regex is searched from there.
    """

    label: re.Pattern
    full: re.Pattern

    def search(self, text: str, pos: int, endpos: int) -> re.Match | None:
        first = self.label.search(text, pos, endpos)
        if first is None:
            return None
        at = first.start()
        while at > pos and _numbering_char(text[at - 1]):
            at -= 1
        return self.full.search(text, at, endpos)


@functools.cache
def _rows() -> list[tuple[str, NumberedLabel]]:
    """The table's rows, compiled on first use: a report of 2019 on has no such table to find."""
    return [(code, NumberedLabel(re.compile(searchable(p)), re.compile(f"{_NUMBERING}{p}{_PAREN}")))
            for code, p in PRE2019_ROWS]


def compile_all() -> None:
    """Compile the table's rows now rather than on first use (see `prose.compile_all`)."""
    _rows()


def _YEAR_WITHIN_CUMULATIVE(v: list[float]) -> bool:  # noqa: N802 - a constant-like identity
    """A running total since the regulations took effect is never below the year's figure."""
    return v[0] <= v[1]


def extract_pre2019_table(doc: Document) -> list[Fact]:
    """The rows of the statistical table: the value of the year reported on, and where the table has
    a 历年累计 column beside it, the cumulative value as a fact of its own (column_label CUMULATIVE)."""
    text = doc.text
    start = anchor_start(text)
    names = _NAMES.search(text)
    if names:
        variant = extract_variant_table(doc, names.start())
        if variant is not None:
            return variant
    hits = find_rows(text, _rows(), start, len(text), window=700)
    if len(hits) < MIN_ROWS:
        return []
    columns = 2 if _CUMULATIVE.search(text, start, hits[0].start) else 1
    printed = year_header(text[start:hits[0].start]) if columns == 2 else None
    end = min(len(text), hits[-1].end + 200)
    facts = []
    for hit, segment in segments(text, hits, end):
        values = _UNIT.sub("", segment, count=1)
        source = (hit.label + segment[:40]).strip()
        cells = cells_of(values, columns, _YEAR_WITHIN_CUMULATIVE if columns == 2 else None)
        if cells is None:
            cells = cells_of(values, 1) if columns == 1 else None
        if cells is None:
            if _LEADING_FIGURE.match(values):
                facts.append(Fact(hit.key, None, "ambiguous", "table", source, hit.start,
                                  row_label=hit.label.strip()))
            continue
        cell = cells[0]
        facts.append(Fact(hit.key, cell.value, cell.kind, "table", source, hit.start,
                          row_label=hit.label.strip(), column_label="本年" if columns == 2 else None,
                          column_header=printed))
        if columns == 2 and len(cells) == 2:
            facts.append(Fact(hit.key, cells[1].value, cells[1].kind, "table", source, hit.start,
                              row_label=hit.label.strip(), column_label=CUMULATIVE))
    return facts


def anchor_start(text: str) -> int:
    """Where the table's anchor is first printed (0 if nowhere): the first of its regexes' first matches.

    >>> anchor_start("附表 指标名称 统计表"), anchor_start("附：统 计 指标"), anchor_start("统计")
    (3, 2, 0)
    """
    return min((found.start() for pattern in _ANCHORS if (found := pattern.search(text))), default=0)


def year_header(header: str) -> str | None:
    """The printed header of the year's column beside 历年累计 (`2012年度`, `本年`), if the header prints one.

    >>> year_header("指标名称 计量单位 2012 年度 历年累计"), year_header("指标名称 历年累计")
    ('2012年度', None)
    """
    found = list(_YEAR_HEADER.finditer(header))
    return as_printed(found[-1].group(0)) if found else None


_VARIANT_MARK = re.compile(spaced(r"受理(?:依申请公开信息|政府信息依申请公开|政府信息公开申请)总数"
                                  r"|对申请的答复(?:总)?数"))
_VARIANT_SUMS = list(PRE2019_VARIANT_SUMS.items())
_VARIANT_PARTS = list(PRE2019_VARIANT_PARTS.items())  # parts <= total only (sums may not hold)
_TRAILING_NUMBERING = re.compile(r"\s*(?:其\s*中\s*[:：]?)?\s*(?:[1-9]\s*[.．、])?\s*$")
_VARIANT_ROW_LABELS = [(key, re.compile(searchable(pattern))) for key, pattern in PRE2019_VARIANT_ROWS]
_VARIANT_VALUE_CHARS = re.compile(r"[\d.\s/／—\-–―|]")
_VARIANT_TOKEN = re.compile(r"\d+(?:\.\d+)?|[/／—\-–―]+")
_THOUSANDS = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")  # 78,967 (a full-width ， is made `,` on reading)


def variant_rows(text: str, start: int, end: int) -> list[RowHit]:
    """Every variant row label in text[start:end], in text order, overlapping matches dropped."""
    found = []
    region = text[start:end]  # a slice, not search bounds: a label's lookbehind sees nothing before it
    for key, pattern in _VARIANT_ROW_LABELS:
        for m in pattern.finditer(region):
            found.append(RowHit(key, start + m.start(), start + m.end(), m.group(0)))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    hits, last_end = [], -1
    for hit in found:
        if hit.start >= last_end:
            hits.append(hit)
            last_end = hit.end
    return hits


def variant_values(segment: str) -> str:
    """A variant row's value text: its unit, a trailing 其中 and the next row's numbering removed."""
    values = leading_values(_UNIT.sub("", segment, count=1))
    return _TRAILING_NUMBERING.sub("", values)


Reading = tuple[float | None, float | None, str]  # this year's figure, the cumulative one, their kind


def variant_cells(values: str, columns: int) -> list[Reading] | None:
    """Readings (this year, cumulative, kind) of a row; several when run-together digits admit them.

    >>> variant_cells(" 739 4359 ", 2)
    [(739.0, 4359.0, 'number')]
    >>> variant_cells("728", 2)
    [(7.0, 28.0, 'number')]
    >>> len(variant_cells("17953304", 2))
    4
    >>> variant_cells(" 2,543 78,967 ", 2), variant_cells("2543,78967", 2)
    ([(2543.0, 78967.0, 'number')], None)
    >>> variant_cells("/ /", 2)
    [(None, None, 'not_applicable')]
    """
    readings = _variant_readings(values, columns)
    return None if readings is None else list(readings)


@functools.lru_cache(maxsize=4096)
def _variant_readings(values: str, columns: int) -> tuple[Reading, ...] | None:
    """`variant_cells`, kept: the same rows (`0 0`, a run of digits split every way) recur from report to report."""
    if "," in values:
        values = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), values)
    if _VARIANT_VALUE_CHARS.sub("", values):
        return None
    tokens = _VARIANT_TOKEN.findall(values)
    if not tokens:
        return None
    cells = [read_cell(t) for t in tokens]
    if all(c.kind == "not_applicable" for c in cells) and len(cells) in (1, columns):
        return ((None, None, "not_applicable"),)
    if len(cells) == columns and all(c.kind == "number" for c in cells):
        return ((cells[0].value, cells[-1].value, "number"),)
    if columns == 2 and len(tokens) == 1 and tokens[0].isdigit():
        return tuple((float(a), float(b), "number") for a, b in split_digits(tokens[0], 2)
                     if float(a) <= float(b)) or None
    return None


def extract_variant_table(doc: Document, start: int) -> list[Fact] | None:
    """The provincial variant's rows (this year's column, and the 历年累计 one as facts of their own),
    or None when the table is not that variant."""
    text = doc.text
    region_end = min(len(text), start + 4000)
    hits = variant_rows(text, start, region_end)
    if len(hits) < MIN_ROWS or not _VARIANT_MARK.search(text, start, region_end):
        return None
    header = text[start:hits[0].start]
    columns = 2 if _CUMULATIVE.search(header) else 1
    printed = year_header(header) if columns == 2 else None
    keys = {h.key for h in hits}
    end = min(len(text), hits[-1].end + 200)
    rows = {}
    for hit, segment in segments(text, hits, end):
        if hit.key in rows:
            continue
        rows[hit.key] = (hit, segment, variant_cells(variant_values(segment), columns))
    _resolve_variant(rows)
    if _pin_by_prose(doc, rows, (start, end)):
        _resolve_variant(rows)
    facts = []
    for key, (hit, segment, readings) in rows.items():
        if key == "app_online" and "app_email" in keys:
            key = "app_web"  # 网上申请 beside 电子邮件申请 is not the national 网络申请 (e-mail + web)
        source = (hit.label + segment[:40]).strip()
        label = hit.label.strip()
        if readings is None or len(readings) != 1:
            if _DIGIT.search(variant_values(segment)):
                facts.append(Fact(key, None, "ambiguous", "table", source, hit.start, row_label=label))
            continue
        year, cumulative, kind = readings[0]
        facts.append(Fact(key, year, kind, "table", source, hit.start, row_label=label,
                          column_label="本年" if columns == 2 else None, column_header=printed))
        if columns == 2:
            facts.append(Fact(key, cumulative, kind, "table", source, hit.start, row_label=label,
                              column_label=CUMULATIVE))
    return facts


def _pin_by_prose(doc: Document, rows: dict, table: tuple[int, int]) -> bool:
    """Narrow a run-together row with several readings to the one whose figure for the year the
    report's own prose states (主动公开政府信息1853条 pins `18535395` as 1853 | 5395); the sums then
    pin the rows beside it. Returns whether any row was narrowed."""
    open_rows = [key for key, (_, _, readings) in rows.items() if readings and len(readings) > 1]
    if not open_rows:
        return False
    stated = stated_figures(doc, (table,))
    pinned = False
    for key in open_rows:
        hit, segment, readings = rows[key]
        match = [r for r in readings if key in stated and r[0] == stated[key]]
        if len(match) == 1:
            rows[key] = (hit, segment, match)
            pinned = True
    return pinned


def _resolve_variant(rows: dict) -> None:
    """Narrow run-together rows to the readings the channel and reply sums (per column) accept."""
    for total, parts in _VARIANT_SUMS + _VARIANT_PARTS:
        present = [p for p in parts if p in rows]
        group = [total, *present]
        if total not in rows or len(present) < 2 or any(rows[k][2] is None for k in group):
            continue
        options = [rows[k][2] for k in group]
        count = 1
        for o in options:
            count *= len(o)
        if count == 1 or count > 100_000:
            continue
        exact = (total, parts) in _VARIANT_SUMS
        accepted = []
        for combo in itertools.product(*options):
            if any(r[2] != "number" for r in combo):
                break
            ok = True
            for c in (0, 1):
                head, rest = combo[0][c], [r[c] for r in combo[1:]]
                if exact and abs(head - sum(rest)) > 1e-6:
                    ok = False
                if not exact and any(v > head for v in rest):
                    ok = False
            if ok:
                accepted.append(combo)
        if not accepted:
            continue  # the identity does not hold for any reading: leave the rows as they are
        for i, key in enumerate(group):
            readings = sorted({combo[i] for combo in accepted})
            hit, segment, _ = rows[key]
            rows[key] = (hit, segment, readings)
