"""Extract the 2019/2021 applicant matrix: rows found by their labels, columns by their headers."""

from __future__ import annotations

import functools
import itertools
from gidata import lazyre as re  # (patterns compiled on first use)
from collections.abc import Callable

from gidata.read.document import Document
from gidata.records import Fact
from gidata.vocabulary.items import APPLICANT_TYPES
from gidata.numbers import Cell, all_known
from gidata.vocabulary.tables import MATRIX_HEADERS, MATRIX_ROWS, spaced
from gidata.extract.prose import stated_figures
from gidata.extract.tablescan import (RowHit, ValueRow, as_printed, cells_of, find_rows, leading_values, line_gaps,
                                      searchable, segments, split_candidates, value_rows, value_tokens, vouched,
                                      wrapped_label)

_FIRST_ROW = re.compile(spaced("本年新收"))
_ROWS = [(key, re.compile(searchable(pattern))) for key, pattern in MATRIX_ROWS]
_ROW_PATTERN = dict(_ROWS)
_COLUMN_HEADERS = {code: re.compile(pattern) for code, pattern in MATRIX_HEADERS.items()}
_ORGANISATIONS = re.compile(r"法人\s*或\s*其\s*他\s*组\s*织")  # the group heading above the organisation columns
_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"\d|[/—]")  # a figure, or a not-applicable mark
_HEADER = re.compile(spaced("自然人"))
_LAST_ROW = re.compile(spaced("结转下年度继续办理"))


def matrix_bounds(text: str) -> tuple[int, int] | None:
    """Where the applicant matrix lies: from its header (申请人情况 / 自然人) to its last row, their
    words found however a conversion cut them (`本年新 收`)."""
    first = _FIRST_ROW.search(text)
    while first and _TOLD_IN_PROSE.match(text, first.end()):
        first = _FIRST_ROW.search(text, first.end())
    if not first:
        return None
    heads = list(_HEADER.finditer(text, max(0, first.start() - 599), first.start()))
    start = heads[-1].start() if heads else first.start()
    last = _LAST_ROW.search(text, first.start())
    if not last:
        return start, min(first.start() + 5000, len(text))
    end = last.end() + max(400, _value_lines(text, last.end()))
    review = _REVIEW.search(text, last.end())
    if review:
        end = min(end, review.start())
    return start, min(end, len(text))


_REVIEW = re.compile(spaced("行政复议|五、|存在的主要问题"))
# The first row's words in a sentence (本年新收政府信息公开申请10件，没有…; 均为本年新收，上年度没有…;
# 本年新收政府信息公开申请和上年结转的申请分别为713件和36件; …申请数量为0件：): prose, no table's row
_TOLD_IN_PROSE = re.compile(r"[^\d\n|]{0,30}?(?:\d+件[^\d\s|]|分别)|[^\d\n|]{0,12}?[，,。；;、]")
_VALUE_LINES = re.compile(r"(?:[ \t|:/／—\-–―.,\d]*\n)*")


def _value_lines(text: str, pos: int) -> int:
    """The length of the lines of values only (figures, `|`, rules) from `pos` on: a table that
    prints its labels first and their values after them (a PDF turned into text) ends after them."""
    return _VALUE_LINES.match(text, pos).end() - pos  # type: ignore[union-attr]


def column_order(header: str) -> list[str]:
    """Applicant columns in the order the header gives them (the standard order if it says nothing).

    A flattened header lists 总计 before the organisation sub-columns (its cell spans two header
    rows), so 总计 counts as first only when it comes before 自然人.
    """
    return _column_order(_header_matches(header))


def _column_order(matches: dict[str, re.Match]) -> list[str]:
    """`column_order` from the header's `_header_matches`."""
    found = {code: match.start() for code, match in matches.items()}
    if len(found) != len(APPLICANT_TYPES):
        return list(APPLICANT_TYPES)
    people = sorted((c for c in found if c != "total"), key=found.__getitem__)
    return ["total", *people] if found["total"] < found["natural_person"] else [*people, "total"]


def printed_headers(header: str) -> dict[str, str]:
    """Each applicant column's header as printed (spaces dropped), when the header names every column.

    >>> header = "申请人情况 自然人 法人或其他组织 商业 企业 科研机构 社会公益组织 法律服务机构 其他 总计"
    >>> printed_headers(header)["commercial"], printed_headers(header)["other_org"]
    ('商业企业', '其他')
    """
    return _printed_headers(_header_matches(header))


def _printed_headers(matches: dict[str, re.Match]) -> dict[str, str]:
    """`printed_headers` from the header's `_header_matches`."""
    return {code: as_printed(m.group(0)) for code, m in matches.items()} if len(matches) == len(APPLICANT_TYPES) else {}


def _header_matches(header: str) -> dict[str, re.Match]:
    header = _ORGANISATIONS.sub(lambda m: " " * len(m.group(0)), header)
    found = {code: pattern.search(header) for code, pattern in _COLUMN_HEADERS.items()}
    return {code: match for code, match in found.items() if match}


def extract_matrix(doc: Document, regime: str | None = None) -> list[Fact]:
    """All cells of the applicant matrix as facts, one per row and applicant column."""
    bounds = matrix_bounds(doc.text)
    if bounds is None:
        return []
    start, end = bounds
    first_row = _FIRST_ROW.search(doc.text, start).start()  # type: ignore[union-attr]
    header = _header_matches(doc.text[start:first_row])
    columns, headers = _column_order(header), _printed_headers(header)
    body = _Body(doc.text, first_row, end, len(columns))
    spaced, gaps = lambda: body.double_spaced, lambda: body.gaps
    rows = {}
    check = _row_total_check(columns)
    for hit, segment in _reanchor(doc.text, find_rows(doc.text, _ROWS, first_row - 4, end, window=800), end):
        cells = cells_of(segment, len(columns), check, spaced, gaps)
        if cells and doc.from_ocr and not vouched(cells, check):
            cells = None  # an OCR'd row whose total does not add up: a digit may be misread
        rows[hit.key] = (hit, segment, cells)
    methods = dict.fromkeys(_resolve_jointly(rows, columns), "table_identity")
    printed = lambda: body.value_rows  # noqa: E731 - handed on as a function, called if at all
    by_layout = _by_layout(printed, columns, rows)
    if not by_layout:
        methods.update(dict.fromkeys(pin_by_identities(rows, columns, lambda: stated_figures(doc, (bounds,), regime)),
                                     "table_identity"))
    headings = {"out_other"} if any(key.startswith("out_other_") for key in rows) else set()
    detached = not by_layout and _values_apart(printed, rows)
    facts = [fact for key, (hit, segment, cells) in rows.items() if key not in by_layout
             for fact in _row_facts(hit, segment, cells, columns, headers, key in headings,
                                    methods.get(key, "table"), detached)]
    return facts + [fact for key, (offset, line, cells) in by_layout.items()
                    for fact in _layout_facts(key, offset, line, cells, columns, headers)]


# The value rows of each matrix in the standard order: 2021 splits (六)其他处理 into three rows.
LAYOUTS = (
    [key for key, _ in MATRIX_ROWS if key != "out_other"],
    [key for key, _ in MATRIX_ROWS if not key.startswith("out_other_")],
)


def _by_layout(printed: Callable[[], list[ValueRow]], columns: list[str], rows: dict) -> dict:
    """Rows whose labels were printed apart from their values (a PDF turned into text), assigned by
    the standard row order, only when the count of value rows is the layout's, every printed label
    sits at its layout place, the rows read by label agree, and every identity that can be computed
    holds. `printed`: the matrix's `value_rows`. Returns key -> (offset, line, cells) for the rows not
    read by their labels."""
    if all(cells is not None for _, _, cells in rows.values()) and len(rows) >= len(LAYOUTS[1]):
        return {}
    found = printed()
    layout = next((keys for keys in LAYOUTS if len(keys) == len(found)), None)
    if layout is None:
        return {}
    assigned = {}
    for key, (offset, label, line, cells) in zip(layout, found):
        if label and not _ROW_PATTERN[key].search(as_printed(label)):
            return {}
        read = rows.get(key, (None, None, None))[2]
        if read is not None and [c.value for c in read] != [c.value for c in cells]:
            return {}
        assigned[key] = (offset, line, cells)
    if not _layout_balances({k: [c.value for c in v[2]] for k, v in assigned.items()}, columns):
        return {}
    return {key: value for key, value in assigned.items() if rows.get(key, (None, None, None))[2] is None}


def _values_apart(printed: Callable[[], list[ValueRow]], rows: dict) -> bool:
    """Whether the matrix prints value rows with no label (`printed`: its `value_rows`) while some
    label has no values after it: then those labels' values lie elsewhere (a PDF turned into text),
    and they are not blank."""
    if all(cells is not None for _, _, cells in rows.values()):
        return False
    return any(not label for _, label, _, _ in printed())


def _layout_balances(rows: dict[str, list[float | None]], columns: list[str]) -> bool:
    """Every row total and every column identity whose figures are all printed holds (at least
    one per column)."""
    total = columns.index("total")
    for row in rows.values():
        values = all_known(row)
        if values is not None and abs(sum(values) - 2 * values[total]) > 1e-6:
            return False
    outcomes = [k for k in rows if k.startswith("out_") and k != "out_total"]
    checked = set()
    for c in range(len(columns)):
        balance = all_known([rows[k][c] for k in ("req_new", "req_carried_over", "out_total", "req_carried_forward")])
        if balance is not None:
            if abs(balance[0] + balance[1] - balance[2] - balance[3]) > 1e-6:
                return False
            checked.add(c)
        parts, out_total = all_known([rows[k][c] for k in outcomes]), rows["out_total"][c]
        if out_total is not None and parts is not None:
            if abs(sum(parts) - out_total) > 1e-6:
                return False
            checked.add(c)
    return len(checked) == len(columns)


def _layout_facts(key: str, offset: int, line: str, cells: list[Cell], columns: list[str],
                  headers: dict[str, str]) -> list[Fact]:
    source = line.strip()[:300]
    return [Fact(key, cell.value, cell.kind, "table_layout", source, offset, column, False, None, column, None, None,
                 headers.get(column))  # positional (applicant … column_header): cheaper than keywords
            for column, cell in zip(columns, cells)]


def _reanchor(text: str, hits: list[RowHit], end: int) -> list[tuple[RowHit, str]]:
    """Move a row to a later copy of its label when the first has no values after it: a heading
    above its own table row (`### 一、本年新收…` then `| 本年新收… | 705 | …`). Returns the rows
    with their `_value_segments`, those read here when no row moved."""
    out, moved = [], False
    for hit, segment in segments(text, hits, end):
        values = segment[wrapped_label(segment):]
        if not _DIGIT.search(leading_values(values)):
            again = _ROW_PATTERN[hit.key].search(segment)
            if again and _DIGIT.search(leading_values(segment[again.end():])):
                start = hit.end + again.start()
                hit, moved = RowHit(hit.key, start, hit.end + again.end(), again.group(0)), True
        out.append((hit, values))
    return _value_segments(text, [hit for hit, _ in out], end) if moved else out


def _value_segments(text: str, hits: list[RowHit], end: int) -> list[tuple[RowHit, str]]:
    """Each row with its segment, the further lines of a label wrapped over them left out (`wrapped_label`)."""
    return [(hit, segment[wrapped_label(segment):]) for hit, segment in segments(text, hits, end)]


class _Body:
    """The matrix's text from its first row to its end, and what the reading of a row may need of it as a
    whole, each worked out once if at all (cheaper to make than a `functools.cache` wrapper for each)."""

    def __init__(self, text: str, first_row: int, end: int, width: int):
        self.text, self.first_row, self.end, self.width = text, first_row, end, width

    @functools.cached_property
    def double_spaced(self) -> bool | None:
        """`_double_spaced` of the body."""
        return _double_spaced(self.text[self.first_row:self.end])

    @functools.cached_property
    def gaps(self) -> tuple[int, int, int] | None:
        """`_gaps` of the body."""
        return _gaps(self.text[self.first_row:self.end])

    @functools.cached_property
    def value_rows(self) -> list[ValueRow]:
        """`value_rows` of the body, `width` cells each."""
        return value_rows(self.text, self.first_row, self.end, self.width)


def _gaps(region: str) -> tuple[int, int, int] | None:
    """The matrix's `line_gaps`, the label being a row's first cell."""
    found = line_gaps(region)
    return (found[0], found[0], found[1]) if found else None


def _double_spaced(region: str) -> bool | None:
    lines = region.split("\n")
    if len(lines) < 20:
        return None
    empty = sum(1 for line in lines if not line.strip())
    return empty > 0.4 * len(lines)


def _row_total_check(columns: list[str]) -> Callable[[list[float]], bool]:
    """Whether a row's cells add up to twice its 总计 cell (the applicants' sum, and the total)."""
    return _row_total_at(columns.index("total"))


@functools.cache
def _row_total_at(total: int) -> Callable[[list[float]], bool]:
    """`_row_total_check` for the 总计 cell at `total`, made once per process: the same function for every
    report, so that the readings of run-together rows kept by `cells_of` serve them all."""
    return lambda v: abs(sum(v) - 2 * v[total]) < 1e-6


def _row_facts(hit: RowHit, segment: str, cells: list[Cell] | None, columns: list[str],
               headers: dict[str, str], heading: bool = False, method: str = "table",
               detached: bool = False) -> list[Fact]:
    """A row's cells as facts; a row whose label runs into the next is blank, unless it is a group
    heading (2021's (六)其他处理 above its three rows; in 2019's format it is a row of its own) or
    the table prints value rows apart from their labels (`detached`: its values are elsewhere,
    ambiguous)."""
    source = (hit.label + segment).strip()[:300]
    label = hit.label.strip()
    if cells is None and not _FIGURE.search(leading_values(segment)):
        if not heading and detached:
            return [Fact(hit.key, None, "ambiguous", "table", source, hit.start, applicant=None,
                         row_label=label)]
        if not heading and not _FIGURE.search(segment):
            # a row whose label runs straight into the next: every cell of it is blank
            return [Fact(hit.key, None, "blank", "table", source, hit.start, applicant=column,
                         row_label=label, column_label=column, column_header=headers.get(column))
                    for column in columns]
        return []  # a group heading, such as 2021's (六)其他处理 above its three rows
    if cells is None:
        if heading:
            return []  # a group heading has no cells: what follows it is its rows' (`(六)其他处理` then `2.…`)
        return [Fact(hit.key, None, "ambiguous", "table", source, hit.start, applicant=None,
                     row_label=label)]
    key, start = hit.key, hit.start
    return [  # positional (applicant, approximate, row_label, column_label, page, unit, column_header): no keywords
        Fact(key, cell.value, cell.kind, method, source, start, column, False, label, column, None, None,
             headers.get(column))
        for column, cell in zip(columns, cells)
    ]




def _resolve_jointly(rows: dict, columns: list[str]) -> list[str]:
    """Choose among the splits of run-together rows the one combination the column identities
    accept; returns the rows so read."""
    open_rows = {key: split_candidates(seg, len(columns), _row_total_check(columns))
                 for key, (hit, seg, cells) in rows.items() if cells is None}
    open_rows = {k: v for k, v in open_rows.items() if v}
    if not open_rows or _combinations(open_rows) > 200_000:
        return []
    keys = list(open_rows)
    fixed = {k: [c.value or 0.0 for c in cells] for k, (h, s, cells) in rows.items() if cells}
    accepted = [combo for combo in itertools.product(*(open_rows[k] for k in keys))
                if _columns_balance({**fixed, **dict(zip(keys, combo))}, len(columns))]
    if len(accepted) != 1:
        return []
    for key, values in zip(keys, accepted[0]):
        hit, segment, _ = rows[key]
        rows[key] = (hit, segment, [Cell("number", v, segment.strip()) for v in values])
    return keys


def pin_by_identities(rows: dict, columns: list[str], stated: Callable[[], dict[str, float]]) -> list[str]:
    """Read the rows still open (run together, or printed one cell short) from what the column
    identities derive for them out of the rows already read, one row at a time, until none moves:

    - the one split that agrees with every derived cell (新收 `110000011` read 11|0|0|0|0|0|11 when
      the outcome rows give 11 and 0s);
    - a row printed with one cell fewer than the columns, every cell of it derived and its printed
      figures those cells less one (`0 00000` where every identity gives 0);
    - else the one split whose 总计 cell agrees with the derived total and with the total the prose
      states for the row (a report whose own figures break an identity: `20000011` is 2|…|11
      when the outcome rows and the prose give 11; the checks then record the break).

    Returns the rows so read; a row with no such reading stays open (ambiguous).
    """
    leaves = _LAYOUT_LEAVES[0] if any(k.startswith("out_other_") for k in rows) else _LAYOUT_LEAVES[1]
    if not any(cells is None and _in_identities(key, leaves) for key, (_, _, cells) in rows.items()):
        return []  # no open row that an identity derives (none, or a group heading): none would be read
    pinned: list[str] = []
    moved, prose = True, None
    known = _known_rows(rows)
    while moved:
        moved = False
        for key, (hit, segment, cells) in rows.items():
            if cells is not None:
                continue
            derived = _derived(key, known, leaves, len(columns))
            values = _agreeing(segment, derived, len(columns))
            if values is None and derived:
                prose = stated() if prose is None else prose
                values = _by_total(segment, derived, columns.index("total"), prose.get(key))
            if values is not None:
                rows[key] = (hit, segment, [Cell("number", v, segment.strip()) for v in values])
                known[key] = list(values)  # `_known_rows(rows)` again: the one row read joins them, all numbers
                pinned.append(key)
                moved = True
                break
    return pinned


def _in_identities(key: str, leaves: list[str]) -> bool:
    """Whether `_derived` can give row `key` any reading: it is an outcome row of the layout (one of its
    `leaves`), the total, or a row of the balance."""
    return key == "out_total" or key in _BALANCE or key in leaves


def _known_rows(rows: dict) -> dict[str, list[float | None]]:
    """The rows read, a blank cell as 0 and a `/` cell as unknown."""
    return {key: [0.0 if c.kind == "blank" else c.value if c.kind == "number" else None for c in cells]
            for key, (_, _, cells) in rows.items() if cells is not None}


def _leaves(keys) -> list[str]:
    """The outcome rows that add up to (七)总计 (2021's three 其他处理 rows rather than their heading)."""
    split = any(k.startswith("out_other_") for k in keys)
    return [k for k in keys if k.startswith("out_") and k != "out_total" and not (k == "out_other" and split)]


_LAYOUT_LEAVES = [_leaves(keys) for keys in LAYOUTS]  # each layout's, worked out once
_BALANCE = {"req_new": 1, "req_carried_over": 1, "out_total": -1, "req_carried_forward": -1}


def _derived(key: str, known: dict[str, list[float | None]], leaves: list[str], width: int
             ) -> list[list[float | None]]:
    """Every reading of row `key` that an identity gives from the known rows (None where a figure
    is missing): 新收 + 上年结转 = 总计 + 结转下年度, and 总计 = the sum of the outcome rows (the layout's
    `leaves`)."""
    others = [known.get(k) for k in leaves if k != key]
    sums = None if None in others else [_add([row[c] for row in others]) for c in range(width)]  # type: ignore[index]
    readings: list[list[float | None]] = []
    if key in leaves:
        if "out_total" in known and sums is not None:
            readings.append([_sub(known["out_total"][c], sums[c]) for c in range(width)])
    elif key == "out_total":
        readings += [sums] if sums is not None else []
        readings += _balanced(key, {k: known[k] for k in _BALANCE if k in known}, width)
    elif key in _BALANCE:
        for total in ([known["out_total"]] if "out_total" in known else []) + ([sums] if sums is not None else []):
            readings += _balanced(key, {**{k: known[k] for k in _BALANCE if k in known}, "out_total": total}, width)
    return [d for d in readings if any(v is not None for v in d)]


def _balanced(key: str, rows: dict[str, list[float | None]], width: int) -> list[list[float | None]]:
    """Row `key` from 新收 + 上年结转 − 总计 − 结转下年度 = 0, when the other three rows are known."""
    others = [k for k in _BALANCE if k != key]
    if any(k not in rows for k in others):
        return []
    cells: list[float | None] = []
    for c in range(width):
        figures = [rows[k][c] for k in others]
        rest = _add([None if f is None else _BALANCE[k] * f for k, f in zip(others, figures)])
        cells.append(None if rest is None else -rest * _BALANCE[key] + 0.0)
    return [cells]


def _add(values: list[float | None]) -> float | None:
    return None if None in values else sum(values)  # type: ignore[arg-type]  # `in`: no float equals None


def _sub(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b + 0.0


def _agreeing(segment: str, derived: list[list[float | None]], width: int) -> list[float] | None:
    """The one split of the row that every derived cell agrees with, or the fully derived row
    when the row was printed one cell short and its figures are the derived ones less one cell."""
    if not derived:
        return None
    splits = split_candidates(segment, width, lambda v: all(_fits(v, d) for d in derived), limit=3)
    if len(splits) == 1:
        return splits[0]
    whole = _whole(derived, width)
    tokens = value_tokens(segment)
    if whole is None or not splits == [] or not all(t.isdigit() for t in tokens) or not tokens:
        return None
    printed = "".join(tokens)
    cells = [str(int(v)) for v in whole]
    if any(v < 0 or v != int(v) for v in whole):
        return None
    return whole if any("".join(cells[:i] + cells[i + 1:]) == printed for i in range(width)) else None


def _fits(values: list[float], derived: list[float | None]) -> bool:
    return all(d is None or abs(v - d) < 1e-6 for v, d in zip(values, derived))


def _whole(derived: list[list[float | None]], width: int) -> list[float] | None:
    """The row every identity derives alike, cell by cell (None if a cell is missing or they differ)."""
    out = []
    for c in range(width):
        found = {d[c] for d in derived if d[c] is not None}
        if len(found) != 1:
            return None
        out.append(found.pop())
    return out  # type: ignore[return-value]


def _by_total(segment: str, derived: list[list[float | None]], total: int, stated: float | None) -> list[float] | None:
    """The one split whose 总计 cell is the total every identity (and the prose, if it states the
    row) gives."""
    found = {d[total] for d in derived if d[total] is not None}
    if stated is not None:
        found.add(stated)
    if len(found) != 1:
        return None
    want = found.pop()
    if want is None:
        return None
    splits = split_candidates(segment, len(derived[0]), lambda v: abs(v[total] - want) < 1e-6, limit=3)
    return splits[0] if len(splits) == 1 else None


def _combinations(options: dict) -> int:
    count = 1
    for values in options.values():
        count *= len(values)
    return count


def _columns_balance(rows: dict[str, list[float]], width: int) -> bool:
    """New + carried over = total + carried forward, and the total row = the outcome rows, per column."""
    needed = ("req_new", "req_carried_over", "out_total", "req_carried_forward")
    if not all(k in rows for k in needed):
        return False
    outcomes = [k for k in rows if k.startswith("out_") and k != "out_total"
                and not (k == "out_other" and any(o.startswith("out_other_") for o in rows))]
    for c in range(width):
        if rows["req_new"][c] + rows["req_carried_over"][c] != rows["out_total"][c] + rows["req_carried_forward"][c]:
            return False
        if sum(rows[k][c] for k in outcomes) != rows["out_total"][c]:
            return False
    return True


