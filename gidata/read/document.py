"""The document a reader hands to the rest of the pipeline: text, table grids, metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from gidata.errors import ReadError  # noqa: F401 (the readers' error, importable from here too)
from gidata.numbers import read_cell

Grid = list[list[str]]
CELL_SEP = " | "


@dataclass
class Document:
    """One report as read: its normalised text (tables serialised one row per line) and grids."""

    name: str
    format: str
    sha256: str
    size: int
    encoding: str | None = None
    text: str = ""
    grids: list[Grid] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def from_ocr(self) -> bool:
        """Whether the text was read by OCR (digits may be misread: extractors then trust a table
        row only when its own identity holds)."""
        return (self.encoding or "").startswith("ocr:")

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding a text offset, for paged formats (PDF); None otherwise."""
        if not self.page_starts:
            return None
        return sum(1 for start in self.page_starts if start <= offset)


def serialise_grid(grid: Grid) -> str:
    """A grid as text, one row per line, cells joined by ` | `, so text tables and grids meet."""
    return "\n".join(grid_lines(grid))


def grid_lines(grid: Grid) -> list[str]:
    """Each row of a grid as one line of text, a merged cell written once (see `collapse_spans`).

    >>> grid_lines([["行政复议", "行政复议", "行政诉讼"], ["0", "0", "0"]])
    ['行政复议 | 行政诉讼', '0 | 0 | 0']
    """
    return [CELL_SEP.join(cell.replace("\n", "") for cell in row) for row in collapse_spans(grid)]


def collapse_spans(grid: Grid) -> Grid:
    """The grid with each merged cell (repeated over its span by the readers) kept once per row.

    Readers repeat a merged cell in every grid position it covers, and a label repeated across a
    row hides the row's values from the label-anchored scanners. Neighbouring equal text cells are
    one merged cell; equal numbers (or blanks) are one only when the header cell above them spans
    exactly the same columns, for `0 | 0 | 0` is usually three columns that hold zero.

    >>> collapse_spans([["项", "数量", "数量"], ["许可", "5", "5"], ["处罚", "0", "0"]])
    [['项', '数量'], ['许可', '5'], ['处罚', '0']]
    >>> collapse_spans([["项", "甲", "乙"], ["许可", "5", "5"]])
    [['项', '甲', '乙'], ['许可', '5', '5']]
    """
    out: Grid = []
    last_text: dict[int, int] = {}  # column -> the last row above with a label in that column
    for r, row in enumerate(grid):
        cells = []
        for start, end in _runs(grid, r):
            cells += [row[start]] if _one_cell(grid, r, start, end, last_text) else row[start:end]
        out.append(cells)
        last_text.update((c, r) for c, cell in enumerate(row) if _is_text(cell))
    return out


def _runs(grid: Grid, r: int) -> list[tuple[int, int]]:
    """Maximal runs [start, end) of equal neighbouring cells in row `r`."""
    row, runs, start = grid[r], [], 0
    for c in range(1, len(row) + 1):
        if c == len(row) or row[c] != row[start]:
            runs.append((start, c))
            start = c
    return runs


def _one_cell(grid: Grid, r: int, start: int, end: int, last_text: dict[int, int]) -> bool:
    """Whether the run [start, end) of equal cells in row `r` is one merged cell: a label, or values
    under the nearest row above with labels over them, if those labels are one cell spanning exactly
    the run. (`last_text` finds that row without a search upwards: tables of many rows stay linear.)"""
    if end - start == 1 or _is_text(grid[r][start]):
        return True
    above = max((last_text.get(c, -1) for c in range(start, end)), default=-1)
    if above < 0:
        return False
    row = grid[above]
    cells = row[start:end]
    if not all(_is_text(cell) for cell in cells):
        return False
    return (len(set(cells)) == 1 and (start == 0 or row[start - 1] != cells[0])
            and (end >= len(row) or row[end] != cells[0]))


def _is_text(cell: str) -> bool:
    """A label rather than a value: not blank, not a number, not a `/` or `—` placeholder."""
    return read_cell(cell).kind == "text"
