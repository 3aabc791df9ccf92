"""Ruled tables of a PDF page: found from their rules, filled with characters, joined across
page breaks, and turned into grids (merged cells repeated, repeated headers dropped)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from gidata.read.document import Grid

_NUMERIC = re.compile(r"^[\s\d.,%+\-/—–]*$")


@dataclass
class Table:
    """A ruled table, possibly continued over several pages: its cells stacked in one frame."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    cells: list[tuple[float, float, float, float, str]]
    seams: list[tuple[int, float]] = field(default_factory=list)  # (page, stacked y) of continuations


def find_ruled_tables(page) -> list[Table]:
    """Tables drawn with visible rules (lines, stroked boxes, thin dark bars); shading is ignored."""
    rules = [obj for obj in page.lines if obj.get("stroke", True) and _dark(obj.get("stroking_color"))]
    for obj in page.rects:
        thin = min(obj["width"], obj["height"]) <= 3
        if obj.get("stroke") and _dark(obj.get("stroking_color")):
            rules.append(obj)
        elif obj.get("fill") and thin and _dark(obj.get("non_stroking_color")):
            rules.append(obj)
    rules += [obj for obj in page.curves if obj.get("stroke") and _dark(obj.get("stroking_color"))]
    rules += _closing_rules(rules)
    boxes = sum(1 for r in rules if r["object_type"] != "line")  # rects and paths give both kinds
    if boxes + sum(1 for r in rules if r["width"] < 3) < 2 or boxes + sum(1 for r in rules if r["height"] < 3) < 2:
        return []
    settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                "explicit_vertical_lines": rules, "explicit_horizontal_lines": rules}
    found = page.find_tables(settings)
    return [Table(0, t.bbox[1], t.bbox[3], t.bbox[0], t.bbox[2], [(*c, "") for c in t.cells])
            for t in found if len(t.cells) > 1]


def _closing_rules(rules: list[dict]) -> list[dict]:
    """Horizontal rules where two or more vertical rules end together with no rule drawn there:
    a table left open at a page break (its bottom on one page, its top on the next)."""
    verticals = [r for r in rules if r["width"] < 3 <= r["height"]]
    out = []
    for key in ("top", "bottom"):
        ends = sorted(verticals, key=lambda r: r[key])
        group: list[dict] = []
        for rule in ends + [None]:
            if rule is not None and (not group or rule[key] - group[-1][key] <= 2.0):
                group.append(rule)
                continue
            if len(group) >= 2:
                y = sum(r[key] for r in group) / len(group)
                x0, x1 = min(r["x0"] for r in group), max(r["x1"] for r in group)
                out.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                            "width": x1 - x0, "height": 0.0})
            group = [rule] if rule is not None else []
    return out


def _dark(color) -> bool:
    """Whether a PDF colour would show as a rule on white paper (not white or near white)."""
    if color is None or isinstance(color, str) or not isinstance(color, (tuple, list)):
        return True
    values = [v for v in color if isinstance(v, (int, float))]
    if len(values) == 1:
        return values[0] < 0.85
    if len(values) == 3:
        return 0.299 * values[0] + 0.587 * values[1] + 0.114 * values[2] < 0.85
    if len(values) == 4:
        return max(values) > 0.15
    return True


class _Locator:
    """Finds which cell of a table holds a point, by bisecting the table's row and column bands."""

    def __init__(self, table: Table):
        self.xs = _cluster([v for c in table.cells for v in (c[0], c[2])])
        self.ys = _cluster([v for c in table.cells for v in (c[1], c[3])])
        self.owner: dict[tuple[int, int], int] = {}
        for index, (x0, top, x1, bottom, _) in enumerate(table.cells):
            for r in range(_band(self.ys, top), _band(self.ys, bottom)):
                for c in range(_band(self.xs, x0), _band(self.xs, x1)):
                    self.owner[(r, c)] = index

    def cell(self, x: float, y: float) -> int | None:
        return self.owner.get((bisect.bisect_right(self.ys, y) - 1, bisect.bisect_right(self.xs, x) - 1))


def place_chars(tables: list[Table], chars: list[dict]) -> tuple[list[list[list[dict]]], list[dict]]:
    """The characters of each cell of each table, and the upright characters outside all tables
    (rotated text outside tables is a watermark or a margin note, and is dropped)."""
    inside: list[list[list[dict]]] = [[[] for _ in t.cells] for t in tables]
    outside = []
    locators = [_Locator(t) for t in tables]
    for char in chars:
        cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        for k, table in enumerate(tables):
            if table.x0 <= cx <= table.x1 and table.top <= cy <= table.bottom:
                cell = locators[k].cell(cx, cy)
                if cell is not None:
                    inside[k][cell].append(char)
                    break
        else:
            if char.get("upright", True):
                outside.append(char)
    return inside, outside



def _cluster(values: list[float], tolerance: float = 2.0) -> list[float]:
    """Sorted distinct coordinates, those within `tolerance` of each other taken as one."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > tolerance:
            out.append(value)
    return out


def _band(bounds: list[float], value: float, tolerance: float = 2.0) -> int:
    """The index of the boundary nearest `value` (values are boundaries of cells)."""
    index = bisect.bisect_left(bounds, value - tolerance)
    return min(index, len(bounds) - 1)


def merge_tables(pages: list[list]) -> list:
    """All pages' items in order, a table that opens a page appended to the one that closed the
    page before when their outer edges line up (a table broken by a page end)."""
    blocks: list = []
    open_table: Table | None = None
    for number, items in enumerate(pages):
        following = _continuation(open_table, items[0]) if items and isinstance(items[0], Table) else None
        if open_table and following:
            _append(open_table, following, number)
            items = items[1:]
            if not items:
                continue
        blocks.extend(items)
        open_table = items[-1] if items and isinstance(items[-1], Table) else None
    return blocks


def _continuation(table: Table | None, following: Table, tolerance: float = 6.0) -> Table | None:
    """The table opening a page as the continuation of `table`, or None when it is another table.

    A continuation lines up with the table's outer edges, or has exactly one more column whose
    every cell repeats the cell left of it (a row total printed twice): that header-less column
    is dropped and the rest is aligned to the columns of the table's first part.
    """
    if table is None or abs(table.x0 - following.x0) > tolerance:
        return None
    aligned = _without_repeated_column(table, following)
    if aligned is not None:
        return aligned
    return following if abs(table.x1 - following.x1) <= tolerance else None


def _without_repeated_column(table: Table, following: Table) -> Table | None:
    """`following` less a last column that repeats the one before it, on the table's columns."""
    xs, own = _cluster([v for c in table.cells for v in (c[0], c[2])], 3.0), \
        _cluster([v for c in following.cells for v in (c[0], c[2])], 3.0)
    if len(own) != len(xs) + 1 or len(xs) < 3:
        return None
    last = {round(c[1]): c[4] for c in following.cells if _band(own, c[0], 3.0) == len(own) - 2}
    before = {round(c[1]): c[4] for c in following.cells
              if _band(own, c[0], 3.0) == len(own) - 3 and _band(own, c[2], 3.0) == len(own) - 2}
    if not last or any(not text or before.get(top) != text or not _NUMERIC.match(text) for top, text in last.items()):
        return None

    def x(value: float) -> float:
        return xs[min(_band(own, value, 3.0), len(xs) - 1)]

    cells = [(x(x0), top, x(x1), bottom, text) for x0, top, x1, bottom, text in following.cells
             if _band(own, x0, 3.0) < len(own) - 2]
    return Table(following.page, following.top, following.bottom, table.x0, table.x1, cells)


def _append(table: Table, following: Table, page: int) -> None:
    """Stack a continuation's cells under the table, remembering where the page break falls."""
    dy, dx = table.bottom - following.top, table.x0 - following.x0
    table.seams.append((page, table.bottom))
    table.cells += [(x0 + dx, top + dy, x1 + dx, bottom + dy, text)
                    for x0, top, x1, bottom, text in following.cells]
    table.bottom += following.bottom - following.top


def ruled_grid(table: Table) -> tuple[Grid, list[tuple[int, int]]]:
    """A table as a grid (merged cells repeated over their span) and (page, first row) per page.

    At each page break a repeated header is dropped, and a label cell left empty at the top of the
    continuation (the rest of a merged cell whose text was printed on the page before) takes the
    text of the cell above it.
    """
    xs = _cluster([v for c in table.cells for v in (c[0], c[2])], 3.0)
    ys = _cluster([v for c in table.cells for v in (c[1], c[3])], 2.0)
    width, height = max(1, len(xs) - 1), max(1, len(ys) - 1)
    grid = [[""] * width for _ in range(height)]
    owner = [[-1] * width for _ in range(height)]
    for index, (x0, top, x1, bottom, text) in enumerate(table.cells):
        for r in range(_band(ys, top), max(_band(ys, bottom), _band(ys, top) + 1)):
            for c in range(_band(xs, x0, 3.0), max(_band(xs, x1, 3.0), _band(xs, x0, 3.0) + 1)):
                if r < height and c < width:
                    grid[r][c], owner[r][c] = text, index
    seams = [(page, _band(ys, y)) for page, y in table.seams]
    for k in range(len(seams)):
        page, row = seams[k]
        removed = _drop_repeated_header(grid, owner, row)
        if 0 < row < len(grid):
            _carry_labels(grid, owner, row)
            removed += _join_split_row(grid, owner, row)
        seams[k + 1:] = [(p, r - removed) for p, r in seams[k + 1:]]
    return grid, [(table.page, 0)] + seams


def _drop_repeated_header(grid: Grid, owner: list[list[int]], row: int) -> int:
    """Remove header rows repeated at a page break; return how many were removed."""
    for size in range(min(4, row, len(grid) - row), 0, -1):
        if grid[row:row + size] == grid[:size] and not all(_NUMERIC.match(c) for c in grid[row]):
            del grid[row:row + size], owner[row:row + size]
            return size
    return 0


def _first_value_column(grid: Grid) -> int:
    """The leftmost column holding a number (or a `/`, `—` placeholder): labels lie left of it."""
    return min((c for r in grid for c, cell in enumerate(r) if cell and _NUMERIC.match(cell)),
               default=len(grid[0]))


def _carry_labels(grid: Grid, owner: list[list[int]], row: int) -> None:
    """Fill empty label cells opening a continuation with the label above them."""
    for c in range(min(_first_value_column(grid), len(grid[row]))):
        above = grid[row - 1][c] if row else ""
        if grid[row][c] or not above or _NUMERIC.match(above) or owner[row][c] < 0:
            continue
        cell = owner[row][c]
        for r in range(row, len(grid)):
            for k in range(len(grid[r])):
                if owner[r][k] == cell:
                    grid[r][k] = above


_ENUMERATED = re.compile(r"^\s*(\(?[一二三四五六七八九十\d]+[)、.．]|其中|合计|总计|小计)")


def _join_split_row(grid: Grid, owner: list[list[int]], row: int) -> int:
    """Join a row broken by the page break (`1.本机关不掌握相关政府信` / `息`) back into one row;
    return 1 if it did. Only in tables with numbers, when the values sit on one side of the break
    and the carried-over label text does not start a new numbered row."""
    values_from = _first_value_column(grid)
    if values_from >= len(grid[0]):
        return 0
    before, after = grid[row - 1], grid[row]
    has_values = [any(cell for cell in r[values_from:]) for r in (before, after)]
    if all(has_values) or not any(has_values):
        return 0
    tails = [c for c in range(values_from) if after[c] and after[c] != before[c]]
    if not tails or any(_ENUMERATED.match(after[c]) or _NUMERIC.match(after[c]) for c in tails):
        return 0
    for c in range(len(before)):
        if c in tails:
            before[c] += after[c]
        elif not before[c]:
            before[c] = after[c]
    del grid[row], owner[row]
    return 1
