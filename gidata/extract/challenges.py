"""Extract the 2019/2021 review and litigation table: 15 cells under a three-level header."""

from __future__ import annotations

from gidata import lazyre as re  # (patterns compiled on first use)

from gidata.read.document import Document
from gidata.records import Fact
from gidata.numbers import Cell, read_cell
from gidata.vocabulary.tables import CHALLENGE_COLUMNS, CHALLENGE_KIND_HEADINGS, CHALLENGE_OUTCOME_LABEL, spaced
from gidata.extract.tablescan import (as_printed, cells_of, last_start, leading_values, line_gaps, row_below,
                                      split_digits, value_rows, vouched)

_ANCHOR = re.compile(spaced(r"行政复议[^。]{0,40}?行政诉讼"))
_REVIEW = re.compile(CHALLENGE_KIND_HEADINGS[0])
_OUTCOME = re.compile(CHALLENGE_OUTCOME_LABEL)
_KIND_HEADINGS = [re.compile(heading) for heading in CHALLENGE_KIND_HEADINGS]
_SUITS = re.compile(r"行\s*政\s*诉\s*讼")
_FIGURE = re.compile(r"[0-9/／—]")
_DIGIT = re.compile(r"\d")
_COUNTED = re.compile(r"[:：]?(?:为|是)?\d+件")
_SPACE = re.compile(r"\s")
_END = re.compile(spaced(r"\n\s*[五六]\s*[、.]|[五六]、\s*(政府信息公开工作)?存在|存在的主要问题|其他需要报告"))


def challenge_bounds(text: str) -> tuple[int, int] | None:
    """From the 15th outcome label of the header to the next part of the report; not from labels that count in
    words (prose that tells each outcome's figure names them as often: 结果维持0件，…总计0件)."""
    anchor = _ANCHOR.search(text)
    while anchor:
        header = text[anchor.start(): anchor.start() + 900]
        labels = list(_OUTCOME.finditer(header))
        if len(labels) >= 15 and not any(_COUNTED.match(header, label.end()) for label in labels[:15]):
            start = anchor.start() + _header_end(header, labels)
            stop = _END.search(text, start)
            return start, stop.start() if stop else min(len(text), start + 400)
        anchor = _ANCHOR.search(text, anchor.end())
    return None


def _header_end(text: str, labels: list[re.Match]) -> int:
    """The end of the header's last outcome label: the 15th, or a later one with no value between.

    A grid's header may give the five outcomes twice (once under 行政复议 and the sub-heads, once
    more in the row of all fifteen), so labels go on past the 15th until a value comes.
    """
    end = labels[14].end()
    for label in labels[15:]:
        if _FIGURE.search(text, end, label.start()):
            break
        end = label.end()
    return end


def _gaps(text: str) -> tuple[int, int, int] | None:
    """The report's `line_gaps` as a row of values under the header prints them."""
    found = line_gaps(text)
    return (found[1], found[0], found[1]) if found else None


def extract_challenges(doc: Document) -> list[Fact]:
    """The 15 review and litigation cells as facts, or one `ambiguous` fact if they can't be split."""
    bounds = challenge_bounds(doc.text)
    if bounds is None:
        return _by_layout(doc.text)
    start, end = bounds
    segment = doc.text[start:end]
    cells = cells_of(segment, 15, _groups_add_up, gaps=lambda: _gaps(doc.text))
    if cells is None:  # a grid's row under the header, blank cells at its ends kept
        cells = row_below(leading_values(segment), 15)
    if cells is None:
        cells = _split_groups(leading_values(segment))
    if cells is None:
        cells = _sub_tables(doc.text, bounds)
    if cells and doc.from_ocr and not vouched(cells, _groups_add_up):
        cells = None  # OCR'd figures whose totals do not add up: a digit may be misread
    source = segment.strip()[:200]
    if cells is None:
        if not _DIGIT.search(leading_values(segment)):
            return []
        return [Fact("review_total", None, "ambiguous", "table", source, start)]
    headers = printed_headers(doc.text, start)
    return [
        Fact(code, cell.value, cell.kind, "table", source, start, column_label=code, column_header=headers.get(code))
        for code, cell in zip(CHALLENGE_COLUMNS, cells)
    ]


def printed_headers(text: str, start: int) -> dict[str, str]:
    """Each of the 15 columns' header as printed (kind, then outcome: `行政诉讼 直接起诉 结果维持`),
    from the header ending at `start`; empty when a level of the header is not found.

    >>> printed_headers("行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未结案 总计 未经复议直接起诉 复议后起诉 "
    ...                 + "结果维持 结果纠正 其他结果 尚未结案 总计 " * 2, 99)["suit_direct_pending"]
    '行政诉讼 未经复议直接起诉 尚未结案'
    """
    anchors = list(_ANCHOR.finditer(text, max(0, start - 900), start))
    if not anchors:
        return {}
    header = text[anchors[-1].start():start]
    outcomes = [as_printed(m.group(0)) for m in _OUTCOME.finditer(header)][-15:]
    suits = _SUITS.search(header)
    kinds = [found for heading in _KIND_HEADINGS if (found := heading.search(header))]
    if len(outcomes) < 15 or not suits or len(kinds) < len(_KIND_HEADINGS):
        return {}
    names = [as_printed(kinds[0].group(0)), *(f"{as_printed(suits.group(0))} {as_printed(k.group(0))}"
                                              for k in kinds[1:])]
    return {code: f"{names[i // 5]} {outcome}" for i, (code, outcome) in enumerate(zip(CHALLENGE_COLUMNS, outcomes))}


def _by_layout(text: str) -> list[Fact]:
    """The 15 cells by the table's standard column order when its header words came apart (a PDF
    turned into text): only for one row of exactly 15 values (`|`-joined or apart by spaces) under the
    行政复议/行政诉讼 heading whose three group totals hold."""
    for anchor in _ANCHOR.finditer(text):
        stop = _END.search(text, anchor.end())
        found = value_rows(text, anchor.start(), stop.start() if stop else len(text), len(CHALLENGE_COLUMNS))
        if len(found) != 1:
            continue
        offset, label, line, cells = found[0]
        if label or not vouched(cells, _groups_add_up):
            return []
        return [Fact(code, cell.value, "number", "table_layout", line.strip()[:200], offset, column_label=code)
                for code, cell in zip(CHALLENGE_COLUMNS, cells)]
    return []


def _sub_tables(text: str, bounds: tuple[int, int]) -> list[Cell] | None:
    """The 15 cells of a table printed as three small ones (行政复议; 未经复议直接起诉; 复议后起诉),
    each with its five outcome labels and, under them, its five values."""
    pos = last_start(_REVIEW, text, 0, bounds[0])
    if pos is None:
        return None
    cells: list[Cell] = []
    for k, heading in enumerate(_KIND_HEADINGS):
        found = heading.search(text, pos, bounds[1])
        if not found:
            return None
        labels = list(_OUTCOME.finditer(text[found.end(): found.end() + 200]))
        if len(labels) < 5:
            return None
        start = found.end() + labels[4].end()
        following = _KIND_HEADINGS[k + 1].search(text, start) if k < 2 else None
        stop = following.start() if following else bounds[1]
        part = cells_of(text[start:stop], 5, _group_adds_up)
        if part is None:
            return None
        cells += part
        pos = stop
    return cells



def _group_adds_up(values: list[float]) -> bool:
    """Whether one group's four outcomes add up to its total (a sub-table of five cells)."""
    return abs(sum(values[:4]) - values[4]) < 1e-6


def _groups_add_up(values: list[float]) -> bool:
    return all(abs(sum(values[i:i + 4]) - values[i + 4]) < 1e-6 for i in range(0, 15, 5))


def _split_groups(segment: str):
    """Split one run of digits into three groups of five whose totals add up, if exactly one way."""
    digits = _SPACE.sub("", segment)
    if not digits.isdigit() or len(digits) > 45:
        return None
    solutions = list(_group_splits(digits, 3))
    if len(solutions) != 1:
        return None
    return [read_cell(str(int(v))) for v in solutions[0]]


def _group_splits(digits: str, groups: int):
    if groups == 0:
        if not digits:
            yield []
        return
    for size in range(5, min(len(digits), 5 * 9) + 1):
        for parts in split_digits(digits[:size], 5):
            values = [float(p) for p in parts]
            if sum(values[:4]) == values[4]:
                for rest in _group_splits(digits[size:], groups - 1):
                    yield values + rest
