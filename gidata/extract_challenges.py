"""Extract the 2019/2021 review and litigation table: 15 cells under a three-level header."""

from __future__ import annotations

import re

from .document import Document
from .facts import Fact
from .numbers import read_cell
from .tablescan import cells_of, leading_values, split_digits

KINDS = ("review", "suit_direct", "suit_after_review")
OUTCOMES = ("upheld", "corrected", "other", "pending", "total")
COLUMNS = [f"{kind}_{outcome}" for kind in KINDS for outcome in OUTCOMES]
_OUTCOME_LABEL = r"结果\s*维持|结果\s*纠正|其他\s*结果|尚未\s*(审结|结案)|总\s*计"
_END = re.compile(r"\n\s*[五六]\s*[、.]|[五六]、\s*(政府信息公开工作)?存在|存在的主要问题|其他需要报告")


def table_bounds(text: str) -> tuple[int, int] | None:
    """From the 15th outcome label of the header to the next part of the report."""
    anchor = re.search(r"行政复议[^。]{0,40}?行政诉讼", text)
    while anchor:
        labels = list(re.finditer(_OUTCOME_LABEL, text[anchor.start(): anchor.start() + 900]))
        if len(labels) >= 15:
            start = anchor.start() + labels[14].end()
            stop = _END.search(text, start)
            return start, stop.start() if stop else min(len(text), start + 400)
        anchor = re.search(r"行政复议[^。]{0,40}?行政诉讼", text[anchor.end():]) and \
            re.compile(r"行政复议[^。]{0,40}?行政诉讼").search(text, anchor.end())
    return None


def extract_challenges(doc: Document) -> list[Fact]:
    """The 15 review and litigation cells as facts, or one `ambiguous` fact if they can't be split."""
    bounds = table_bounds(doc.text)
    if bounds is None:
        return []
    start, end = bounds
    segment = doc.text[start:end]
    cells = cells_of(segment, 15, _groups_add_up)
    if cells is None:
        cells = _split_groups(leading_values(segment))
    source = segment.strip()[:200]
    if cells is None:
        if not re.search(r"\d", leading_values(segment)):
            return []
        return [Fact("review_total", None, "ambiguous", "table", source, start)]
    return [
        Fact(code, cell.value, _semantics(cell.kind), "table", source, start, column_label=code)
        for code, cell in zip(COLUMNS, cells)
    ]


def _semantics(kind: str) -> str:
    return kind if kind in ("number", "blank", "not_applicable") else "text"


def _groups_add_up(values: list[float]) -> bool:
    return all(abs(sum(values[i:i + 4]) - values[i + 4]) < 1e-6 for i in range(0, 15, 5))


def _split_groups(segment: str):
    """Split one run of digits into three groups of five whose totals add up, if exactly one way."""
    digits = re.sub(r"\s", "", segment)
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
