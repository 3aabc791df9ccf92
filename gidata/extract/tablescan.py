"""Find labelled rows in flattened table text and split their value cells, whatever the shape.

Real scraped tables come one cell per line, joined by `|`, aligned by spaces, or run together
with no separator at all. Rows are found by their labels, in order, and the cells of a row are
whatever lies between its label and the next one; run-together digits are split only where the
table's own identities (a total equals the sum of its parts) admit exactly one split.
"""

from __future__ import annotations

import functools
import itertools
from gidata import lazyre as re  # (patterns compiled on first use)
from collections import Counter
from math import copysign
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from gidata.numbers import ARABIC, Cell, all_known, read_cell

_LABEL_START = re.compile(r"[\u3400-\u9fff（(《“\"#]")  # label text, or a Markdown heading's #
_MARKDOWN_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$", re.M)
_COUNT_UNIT = re.compile(r"(?<=\d)(?:人次|件|个|笔|条|项|份)")
_UNIT_CHAR = re.compile("[人件个笔条项份]")  # the first character of every _COUNT_UNIT
_NUMBER_TOKEN = re.compile(r"[+\-]?" + ARABIC + r"|[/／—\-–―]+")
_VALUE_PARTS = re.compile(r"[+\-]?" + ARABIC + r"|[/／—\-–―]+|\s|[|、,，]")  # what a row of values is made of


@dataclass(frozen=True)
class RowHit:
    """A row label found in the text: which row, where its label starts and ends."""

    key: str
    start: int
    end: int
    label: str

    def __init__(self, key: str, start: int, end: int, label: str) -> None:
        """The dataclass's own __init__, the fields written into the instance's dict (as `Cell`'s)."""
        fields = self.__dict__
        fields["key"] = key
        fields["start"] = start
        fields["end"] = end
        fields["label"] = label


class Searcher(Protocol):
    """What finds a row's label: a compiled regex, or anything searching like one."""

    def search(self, text: str, pos: int, endpos: int) -> re.Match | None: ...


def find_rows(text: str, rows: Sequence[tuple[str, str | Searcher]], start: int, end: int,
              window: int = 600) -> list[RowHit]:
    """Find each (key, label regex) in order, each after the previous, none more than `window` on."""
    hits, pos = [], start
    for key, pattern in rows:
        searcher = re.compile(pattern) if isinstance(pattern, str) else pattern
        match = searcher.search(text, pos, min(end, pos + window))
        if match:
            hits.append(RowHit(key, match.start(), match.end(), match.group(0)))
            pos = match.end()
    return hits


def last_start(pattern: re.Pattern, text: str, start: int, end: int) -> int | None:
    """Where the last match of `pattern` in text[start:end] starts (None if none): `str.rfind` for
    a label whose words may be cut apart.

    >>> last_start(re.compile(r"甲\\s*乙"), "甲乙 甲 乙 丙", 0, 9)
    3
    """
    starts = [match.start() for match in pattern.finditer(text, start, end)]
    return starts[-1] if starts else None


def searchable(pattern: str) -> str:
    r"""The same label regex, a leading optional group `(?:X)?R` written `(?:XR|R)`: the engine tries X then
    R, or else R alone, at each place in the same order either way, so every search and match finds the
    same; but as alternatives that each start with a character, the regex engine knows where a match can
    start and skips to there, rather than trying at every place (a row label searched for in a window of
    800 characters: 4 instead of 18 µs). Any other pattern is returned as it is.

    >>> searchable(r"(?:1[.、]\s*)?属\s*于")
    '(?:1[.、]\\s*属\\s*于|属\\s*于)'
    >>> searchable("(?:否决|不予)?公开"), searchable("(?:一)?甲|乙"), searchable("(甲)?乙")
    ('(?:否决|不予)?公开', '(?:一)?甲|乙', '(甲)?乙')
    """
    if not pattern.startswith("(?:") or _captures(pattern):
        return pattern
    close = _group_end(pattern, 0)
    if close is None or pattern[close + 1:close + 2] != "?" or pattern[close + 2:close + 3] in ("?", "+"):
        return pattern
    option, rest = pattern[3:close], pattern[close + 2:]
    if not rest or _top_level_bar(option) or _top_level_bar(rest):
        return pattern
    return f"(?:{option}{rest}|{rest})"


def _captures(pattern: str) -> bool:
    """Whether the pattern has a capturing group (`re.compile(pattern).groups`, without compiling it at import):
    a `(` not followed by `?`, or a named group."""
    return any(char == "(" and (pattern[i + 1:i + 2] != "?" or pattern.startswith("(?P<", i))
               for i, char, _ in _scanned(pattern, 0))


def _group_end(pattern: str, start: int) -> int | None:
    """Where the group opened at `start` closes (None if it does not), escapes and character classes skipped."""
    return next((i for i, char, depth in _scanned(pattern, start) if char == ")" and depth == 0), None)


def _top_level_bar(pattern: str) -> bool:
    """Whether the pattern is an alternation at its top level (a `|` outside every group and class)."""
    return any(char == "|" and depth == 0 for _, char, depth in _scanned(pattern, 0))


def _scanned(pattern: str, start: int) -> Iterator[tuple[int, str, int]]:
    """Each character of `pattern` from `start` that is not escaped nor in a character class: its index,
    itself and the depth of groups open after it."""
    depth, i = 0, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i) + 1
            continue
        depth += (char == "(") - (char == ")")
        yield i, char, depth
        i += 1


def _class_end(pattern: str, start: int) -> int:
    """The index of the `]` closing the character class opened at `start`."""
    i = start + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1  # a `]` first in a class is one of its characters
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def as_printed(header: str) -> str:
    """A header's words as printed, without the spaces and line breaks a flattened table puts inside them.

    >>> as_printed("商业  企 业")
    '商业企业'
    """
    return "".join(header.split())  # str.split's whitespace is the regex \s's, ~3x faster


def segments(text: str, hits: list[RowHit], end: int) -> list[tuple[RowHit, str]]:
    """Each row with the text between its label and the next row's label (or `end`)."""
    bounds = [h.start for h in hits[1:]] + [end]
    return [(hit, text[hit.end:stop]) for hit, stop in zip(hits, bounds)]


# A label's further lines: text with no figure, none starting with a row's numbering (`(三)`, `1.`, `二、`)
_WRAPPED_LABEL = re.compile(r"[^\d|\n]*(?:\n[ \t]*(?![(（]?[一二三四五六七八九十]+[)）、.]|\d)"
                            r"[^\s|/／—\-–―][^\d|\n]*)+")
_VALUE_START = re.compile(r"\s*(?:\|\s*)?(?:\d|[/／—\-–―])")


def wrapped_label(segment: str) -> int:
    r"""How much of a row's segment is its label going on over the next lines (a label cell wrapped
    by a conversion: `一、本年新` / `收政府` / `信息公开申请数量` then the values): lines of text with no
    figure and no row numbering of their own, right after the label's line break, when values follow
    them (0 if none).

    >>> wrapped_label("\n收政府\n信息公开申请数量\n\n18\n\n1"), wrapped_label("(区分处\n理的)\n2\n0")
    (13, 8)
    >>> wrapped_label("\n信息公\n开申请\n数量1000001二、上年结")
    11
    >>> wrapped_label(" | 3 | 0 |\n三、本年度办理结果\n"), wrapped_label("\n(三)不予公开\n1.属于国家秘密 0 0")
    (0, 0)
    """
    if "\n" not in segment:
        return 0  # a label's further lines start after a line break
    found = _WRAPPED_LABEL.match(segment)
    if not found or not _VALUE_START.match(segment, found.end()):
        return 0
    return found.end()


def leading_values(segment: str) -> str:
    r"""The part of a segment before any further label text (a group heading, a table header).

    A Markdown table's rule line (`|---|---|`) is no value row, so it is left out; a count unit
    printed inside a cell (`2笔`, `3件`) is taken out, so that it neither ends the values nor joins
    them (amounts in 元 are the article 20 reader's: it converts them).

    >>> leading_values(" |\n|---|---|\n| 27 | 10 |\n\n### 行政诉讼")
    ' |\n\n| 27 | 10 |\n\n'
    >>> leading_values("2笔3件 下一行")
    '2 3  '
    """
    if _FIGURES_AND_PIPES.issuperset(segment):
        return segment  # digits, spaces and pipes only (most rows): no rule, unit nor label to take out
    if "---" in segment:
        segment = _MARKDOWN_RULE.sub("", segment)
    if _UNIT_CHAR.search(segment):  # the unit regex's lookbehind is tried at every place: only when one may match
        segment = _COUNT_UNIT.sub(" ", segment)
    match = _LABEL_START.search(segment)
    return segment[: match.start()] if match else segment


def value_tokens(segment: str) -> list[str]:
    """The numbers and `/`, `—` marks of a row's value text, as printed (nothing split).

    >>> value_tokens(" | 84 | / | 3 下一行")
    ['84', '/', '3']
    """
    return _number_tokens(leading_values(segment).replace("|", " "))


Gaps = tuple[int, int, int]  # empty lines before a row's first cell, between two cells, after its last


def cells_of(segment: str, expected: int, check: Callable[[list[float]], bool] | None = None,
             spaced: bool | Callable[[], bool | None] | None = None,
             gaps: Gaps | Callable[[], Gaps | None] | None = None) -> list[Cell] | None:
    """The `expected` cells of a row's value text, or None when they cannot be told apart.

    The strategies, in the order tried (the first to give exactly `expected` cells wins): cells that
    are already separated are taken as printed before any digits are split, and digits are split
    only for text that ran cells together, and only where the identity `check` admits one split.

    1. `_pipe_cells`: every `|`-joined part of the row's value text (Markdown, grids, crawls);
    2. `_own_line`: the `|`-joined cells of the label's own line, frame pipes dropped and blank
       cells kept (a grid's `&nbsp;` cell is a blank, its row total too); later lines belong to
       rows whose labels were printed elsewhere;
    3. `_token_cells`: numbers and `/`, `—` marks separated by spaces or punctuation;
    4. `_lines_as_cells`: one cell per line, an empty line a blank (or, double-spaced, a gap;
       `spaced` may be a function saying whether the table is, called only if this is tried);
    5. `gapped_cells`: one cell per line with the table's own `gaps` (empty lines between two cells,
       and after a row's last cell), a blank cell shown by a longer run of empty lines; `gaps` may
       be a function giving them (or None), called only for value text that could be so printed
       (`line_gaps` reads a whole table or report: most rows never need it);
    6. `_run_together`: digits run together, split where exactly one split passes `check`.

    >>> [c.value for c in cells_of(" | 1 | 2 | 3 |", 3)]
    [1.0, 2.0, 3.0]
    >>> [c.kind for c in cells_of(" | 1 |  | ", 3)]
    ['number', 'blank', 'blank']
    >>> [c.kind for c in cells_of("\\n5\\n\\n7\\n", 3, spaced=False)]
    ['number', 'blank', 'number']
    >>> [c.value for c in cells_of("2000002", 7, check=lambda v: sum(v[:6]) == v[6])]
    [2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0]
    """
    printed = _as_printed(leading_values(segment), expected)
    if printed.cells is not None:
        return list(printed.cells)
    values, tokens, only = printed.values, printed.tokens, printed.only
    cells = None
    if "\n" in values and values.count("\n") + 1 >= expected:  # as many lines as cells, at least
        cells = _lines_as_cells(values, expected, spaced() if callable(spaced) else spaced)
    if cells is None and gaps is not None and _on_lines_below(values):
        found = gaps() if callable(gaps) else gaps
        cells = gapped_cells(values, expected, found) if found is not None else None
    return cells if cells is not None else _run_together(tokens, only, expected, check)


class _Printed(NamedTuple):
    """What a row's value text gives as printed (`cells_of`'s strategies 1 to 3): its cells, if they tell;
    else the text with its `|`s made spaces, its number tokens and whether they are all it holds."""

    cells: tuple[Cell, ...] | None
    values: str
    tokens: tuple[str, ...]
    only: bool


@functools.lru_cache(maxsize=4096)
def _as_printed(values: str, expected: int) -> _Printed:
    """`_Printed` of a row's value text, kept: the same rows (`| 0 | 0 | 0 |`) recur from report to report."""
    for strategy in (_pipe_cells, _own_line):
        cells = strategy(values, expected)
        if cells is not None:
            return _Printed(tuple(cells), values, (), False)
    values = " ".join(_trim(values.split("|"))) if "|" in values else values
    tokens = _number_tokens(values)  # read once for strategies 3 and 6
    only = len(tokens) <= expected and _only_tokens(values)  # neither reads text with more numbers than cells
    cells = _token_cells(tokens, only, expected)
    return _Printed(None if cells is None else tuple(cells), values, tuple(tokens), only)


def _on_lines_below(values: str) -> bool:
    """Whether value text starts on the line below its label: the only text `gapped_cells` reads."""
    line, newline, _ = values.partition("\n")
    return bool(newline) and not line.strip()


def vouched(cells: Sequence[Cell], check: Callable[[list[float]], bool]) -> bool:
    """Every cell a number, and the row's identity holding."""
    values = all_known([c.value for c in cells])
    return all(c.kind == "number" for c in cells) and values is not None and check(values)


ValueRow = tuple[int, str, str, list[Cell]]  # a line of values: its offset, label, text and cells


def pipe_rows(text: str, start: int, end: int, width: int) -> list[ValueRow]:
    """Every `|`-joined line of text[start:end] that ends in exactly `width` value cells (at least
    one a number), label cells before them allowed: (offset, label, line, cells) in text order.

    >>> rows = pipe_rows("| 甲 | 1 | 2 |\\n|---|---|\\n| 3 | 4 |  |", 0, 99, 2)
    >>> [(label, [c.value for c in cells]) for _, label, _, cells in rows]
    [('甲', [1.0, 2.0]), ('', [3.0, 4.0])]
    """
    out, offset = [], start
    for line in text[start:end].split("\n"):
        here, offset = offset, offset + len(line) + 1
        if "|" not in line or _MARKDOWN_RULE.fullmatch(line):
            continue
        parts = line.split("|")
        parts = parts[1:] if not parts[0].strip() else parts
        parts = parts[:-1] if parts and not parts[-1].strip() else parts  # the frame's closing pipe
        cells = [read_cell(p) for p in parts]
        texts = sum(1 for c in cells if c.kind == "text")
        if any(c.kind == "text" for c in cells[texts:]):
            continue  # label cells must all come first
        labels, values = cells[:texts], cells[texts:]
        while len(values) > width and values[-1].kind == "blank":
            values.pop()  # an empty column of a Markdown table wider than the matrix
        if len(values) != width or not any(c.kind == "number" for c in values):
            continue
        out.append((here, "".join(c.raw.strip() for c in labels), line, values))
    return out


def value_rows(text: str, start: int, end: int, width: int) -> list[ValueRow]:
    """Every line of text[start:end] that ends in exactly `width` value cells (at least one a
    number), `|`-joined (`pipe_rows`) or apart by spaces as a PDF-to-text conversion prints them,
    label text before them allowed: (offset, label, line, cells) in text order. A line whose label
    ends in a number has more values than `width` and is no such row.

    >>> rows = value_rows("甲 1 0 1\\n2 0 2\\n乙 3 1 1 2\\n丙\\n| 4 | 0 | 4 |", 0, 99, 3)
    >>> [(label, [c.value for c in cells]) for _, label, _, cells in rows]
    [('甲', [1.0, 0.0, 1.0]), ('', [2.0, 0.0, 2.0]), ('', [4.0, 0.0, 4.0])]
    """
    region = text[start:end]
    if "\n" in region and _no_value_line(region, width):
        return []  # (a table printed one cell per line: hundreds of lines, none read)
    piped = {row[0]: row for row in pipe_rows(text, start, end, width)}
    out: list[ValueRow] = []
    offset = start
    for line in region.split("\n"):
        here, offset = offset, offset + len(line) + 1
        if here in piped:
            out.append(piped[here])
            continue
        tokens = line.split()
        if "|" in line or len(tokens) < width:
            continue
        label, tail = tokens[:-width], tokens[-width:]
        if any(not _NUMBER_TOKEN.fullmatch(t) for t in tail) or (label and _NUMBER_TOKEN.fullmatch(label[-1])):
            continue
        values = [read_cell(t) for t in tail]
        if any(c.kind == "number" for c in values):
            out.append((here, "".join(label), line, values))
    return out


def _no_value_line(region: str, width: int) -> bool:
    """Whether no line of the region can be one of `value_rows`: none is `|`-joined, none holds `width`
    words; told by a search or two over the whole region rather than line by line."""
    if "|" in region:
        return False
    if width >= 2 and not _SPACE_IN_LINE.search(region):
        return True  # no line holds two words
    return not _wide_line(width).search(region)


_SPACE_IN_LINE = re.compile(r"[^\S\n]")  # whitespace, a line break aside (`str.split`'s is the regex \s's)


@functools.cache
def _wide_line(width: int) -> re.Pattern:
    """A line of at least `width` words, as `str.split` cuts them."""
    return re.compile(rf"^[^\S\n]*(?:\S+[^\S\n]+){{{width - 1}}}\S", re.M)


def _pipe_cells(values: str, expected: int) -> list[Cell] | None:
    """Every `|`-joined part of the value text, empty parts at both ends dropped."""
    if "|" not in values:
        return None
    parts = _trim(values.split("|"))
    return [read_cell(p) for p in parts] if len(parts) == expected else None


def _trim(parts: list[str]) -> list[str]:
    while parts and not parts[0].strip():
        parts.pop(0)
    while parts and not parts[-1].strip():
        parts.pop()
    return parts


def row_below(values: str, expected: int) -> list[Cell] | None:
    """The `|`-joined cells of the line below a header that ends its line (a grid's value row with no
    label of its own, as the review/litigation row is printed), its blank cells kept, when the
    header's line holds nothing more and the row has exactly `expected` cells and no text; else None.
    With no label before it, an empty first part is a blank cell, unless the line opens with a
    Markdown row's `|` (and a closing `|` is frame too).

    >>> [c.kind for c in row_below("\\n1 |  | 2 |  | ", 5)]
    ['number', 'blank', 'number', 'blank', 'blank']
    >>> [c.kind for c in row_below("\\n | 1 |  | 2 | ", 5)]
    ['blank', 'number', 'blank', 'number', 'blank']
    >>> [c.value for c in row_below("\\n| 1 | 2 | 3 |\\n", 3)]
    [1.0, 2.0, 3.0]
    >>> row_below(" 1 | 2\\n3 | 4 | 5 | 6 | 7", 5) is None
    True
    """
    first, _, rest = values.partition("\n")
    line = rest.partition("\n")[0]
    if first.strip() or "|" not in line:
        return None
    parts = line.split("|")
    if line.startswith("|"):
        parts = parts[1:]
        if len(parts) == expected + 1 and not parts[-1].strip():
            parts = parts[:-1]
    if len(parts) != expected:
        return None
    cells = [read_cell(p) for p in parts]
    return None if any(c.kind == "text" for c in cells) else cells


def _own_line(values: str, expected: int) -> list[Cell] | None:
    """The cells on the label's own line when they are `|`-joined and exactly `expected`, a blank
    cell kept as blank: the `|` right after the label and a Markdown row's closing `|` are frame,
    not cells. A line of blanks only counts when no values follow on later lines.

    >>> [c.value for c in _own_line(" | 9 | 0 | 9 |\\n| 0 | 0 | 0 |\\n", 3)]
    [9.0, 0.0, 9.0]
    >>> [c.kind for c in _own_line(" | 1 | 0 | 0 |  |", 4)]
    ['number', 'number', 'number', 'blank']
    >>> _own_line(" | \\n97\\n", 1) is None
    True
    """
    line, _, rest = values.partition("\n")
    if "|" not in line:
        return None
    parts = line.split("|")
    if not parts[0].strip():
        parts = parts[1:]
    if len(parts) == expected + 1 and not parts[-1] and line.rstrip().endswith("|"):
        parts = parts[:-1]  # a Markdown row's closing pipe
    if len(parts) != expected:
        parts = _trim(parts)
    if len(parts) != expected:
        return None
    cells = [read_cell(p) for p in parts]
    if any(c.kind == "text" for c in cells):
        return None
    if all(c.kind == "blank" for c in cells) and _NUMBER_TOKEN.search(rest):
        return None
    return cells


def line_gaps(region: str, least: int = 20) -> tuple[int, int] | None:
    """In a table printed one cell per line: the commonest run of empty lines between two value
    cells, and between a value cell and the next row's label (None when too few of either).

    >>> line_gaps("甲\\n\\n1\\n\\n2\\n\\n\\n乙\\n\\n3\\n\\n4\\n\\n\\n丙", least=2)
    (1, 2)
    """
    inside: Counter[int] = Counter()
    after: Counter[int] = Counter()
    lines = region.split("\n")
    previous, last = None, -1  # the kind of the last line that is not empty, and its index
    for n in [n for n, line in enumerate(lines) if line and not line.isspace()]:  # (most lines are empty)
        line = lines[n]
        kind = "text" if _NOT_A_FIGURE.search(line) else read_cell(line).kind
        if previous in ("number", "not_applicable"):
            (after if kind == "text" else inside)[n - last - 1] += 1  # the empty lines between them
        previous, last = kind, n
    if sum(inside.values()) < least or sum(after.values()) < least // 4:
        return None
    return inside.most_common(1)[0][0], after.most_common(1)[0][0]


# A character no cell but a text cell holds (`read_cell`: a number, signed, in Chinese numerals or with 万, and a
# not-applicable mark are made of the others): a line of a report with one is text, told without reading it.
_NOT_A_FIGURE = re.compile(r"[^\d\s,.+\-万零〇一二两三四五六七八九十百千/／\\—–―无不适用]")


def gapped_cells(values: str, expected: int, gaps: Gaps) -> list[Cell] | None:
    """One cell per line, `gaps` = the empty lines (before a row's first cell, between two cells,
    after its last cell): a blank cell is one more line plus its gap, so a run of k + n(k+1) empty
    lines between cells holds n blanks (before the first, lead + n(k+1); after the last, when the
    row is short and the next label follows on a line of its own, last + n(k+1)). None unless
    every run fits and the cells are `expected`.

    >>> [c.kind for c in gapped_cells("\\n\\n\\n0\\n\\n\\n0\\n\\n\\n\\n\\n\\n\\n\\n", 3, (2, 2, 4))]
    ['number', 'number', 'blank']
    """
    lead, between, last = gaps
    lines = values.split("\n")
    if len(lines) < 2 or lines[0].strip():
        return None  # a value on the label's own line
    ends_line = not lines[-1].strip()  # the next label starts a line of its own
    cells: list[Cell] = []
    empties = 0
    for line in lines[1:-1] if ends_line else lines[1:]:
        if line.strip():
            blanks = _blanks(empties, between if cells else lead, between)
            if blanks is None or read_cell(line).kind == "text":
                return None
            cells += [Cell("blank", None, "")] * blanks + [read_cell(line)]
            empties = 0
        else:
            empties += 1
    if not cells or len(cells) > expected:
        return None
    trailing = 0 if len(cells) == expected else _blanks(empties, last, between) if ends_line else None
    if trailing is None or len(cells) + trailing != expected:
        return None
    return cells + [Cell("blank", None, "")] * trailing


def _blanks(empties: int, gap: int, between: int) -> int | None:
    """How many blank cells a run of empty lines holds, given its usual length (None if it fits none)."""
    extra = empties - gap
    return extra // (between + 1) if extra >= 0 and extra % (between + 1) == 0 else None


def _token_cells(tokens: list[str], only: bool, expected: int) -> list[Cell] | None:
    """Numbers and `/`, `—` marks separated by spaces, `|` or list punctuation: the value text's
    `tokens`, when they are all it holds (`only`)."""
    if len(tokens) == expected and only:
        return [read_cell(t) for t in tokens]
    return None


def _run_together(tokens: Sequence[str], only: bool, expected: int,
                  check: Callable[[list[float]], bool] | None) -> list[Cell] | None:
    """Digits run together (fewer numbers than cells), split when exactly one split passes `check`:
    the value text's `tokens`, when they are all it holds (`only`)."""
    if len(tokens) >= expected or not only:
        return None
    cells = _run_together_cells(tuple(tokens), expected, check)
    return None if cells is None else list(cells)


@functools.lru_cache(maxsize=4096)
def _run_together_cells(tokens: tuple[str, ...], expected: int,
                        check: Callable[[list[float]], bool] | None) -> tuple[Cell, ...] | None:
    """`_run_together`'s cells, kept: the same rows (`0000000`, `1000001`) recur from report to report, read
    with the same identity (a `check` must be a function of the values only, made once per process)."""
    solutions = run_together_splits(list(tokens), expected, check or _any_values)
    if len(solutions) != 1:
        return None
    return tuple(number_cells(solutions[0], "".join(tokens)))


def _any_values(values: list[float]) -> bool:
    """The identity of a row that has none: every split passes."""
    return True


def number_cells(values: list[float], raw: str) -> list[Cell]:
    """`[Cell("number", v, raw) for v in values]`, one Cell for each distinct value (a Cell is frozen, so
    cells may be shared; a run-together row is mostly zeros). A -0.0 (a signed run's first cell) equals
    0.0 as a key: it has a key of its own.

    >>> [str(c.value) for c in number_cells([0.0, 2.0, 0.0, -0.0, 2.0], "0-202")]
    ['0.0', '2.0', '0.0', '-0.0', '2.0']
    """
    made: dict[float | str, Cell] = {}
    cells = []
    for value in values:
        key = value if value or copysign(1.0, value) > 0 else "-0"
        cell = made.get(key)
        if cell is None:
            cell = made[key] = Cell("number", value, raw)
        cells.append(cell)
    return cells


def split_candidates(segment: str, expected: int, check: Callable[[list[float]], bool],
                     limit: int = 50) -> list[list[float]]:
    """Every identity-respecting split of a run-together row (for joint resolution across rows).

    >>> split_candidates("110000011", 7, lambda v: sum(v[:6]) == v[6])
    [[1.0, 10.0, 0.0, 0.0, 0.0, 0.0, 11.0], [11.0, 0.0, 0.0, 0.0, 0.0, 0.0, 11.0]]
    """
    values = leading_values(segment).replace("|", " ")
    tokens = _number_tokens(values)
    if not tokens or len(tokens) >= expected or not _only_tokens(values):
        return []
    return run_together_splits(tokens, expected, check, limit)


def _number_tokens(values: str) -> list[str]:
    """`_NUMBER_TOKEN.findall(values)`: for text of digits and spaces only (most rows), its words.

    >>> _number_tokens(" 12 0\\n3 "), _number_tokens("1,200 / -3")
    (['12', '0', '3'], ['1,200', '/', '-3'])
    """
    if _DIGITS_AND_SPACES.issuperset(values):
        return values.split()
    return _NUMBER_TOKEN.findall(values)


_DIGITS_AND_SPACES = frozenset("0123456789 \t\n\r\x0b\x0c")
_FIGURES_AND_PIPES = _DIGITS_AND_SPACES | {"|"}


def _only_tokens(values: str) -> bool:
    """Whether the value text is numbers, `/`, `—` marks, spaces and separators only (nothing is
    left once its value parts are taken out).

    >>> _only_tokens(" 12 | / | 3,000 、4"), _only_tokens("1.5 2"), _only_tokens("1.2.3"), _only_tokens("+ 1")
    (True, True, False, False)
    """
    if _PLAIN_VALUE_CHARS.issuperset(values):
        return True  # each character a value part of its own: taking them out leaves nothing
    return not _VALUE_PARTS.sub("", values)


# Characters that each start a value part (a digit, a mark, a space, a separator): the common case, told by a set.
_PLAIN_VALUE_CHARS = frozenset("0123456789 \t\n\r\x0b\x0c/／—-–―|、,，")


def _lines_as_cells(values: str, expected: int, spaced: bool | None) -> list[Cell] | None:
    """One cell per line, where an empty line may be a blank cell (or, double-spaced, a gap)."""
    lines = [line.strip() for line in values.split("\n")]
    if lines and not lines[0]:
        lines = lines[1:]
    while lines and not lines[-1]:
        lines.pop()
    options = []
    if spaced in (None, False):
        options.append(lines)
    if spaced in (None, True):
        options.append(_undouble(lines))
    for cells in options:
        if len(cells) == expected and all(read_cell(c).kind != "text" for c in cells):
            return [read_cell(c) for c in cells]
    return None


def _undouble(lines: list[str]) -> list[str]:
    """Lines of a double-spaced table: single empty lines separate cells, runs of three mark a blank."""
    cells, empties = [], 0
    for line in lines:
        if line:
            cells.extend([""] * (empties // 2))
            cells.append(line)
            empties = 0
        else:
            empties += 1
    return cells


def run_together_splits(tokens: list[str], expected: int, check: Callable[[list[float]], bool],
                        limit: int = 2) -> list[list[float]]:
    """Splits of digit runs into `expected` numbers that the identity accepts (at most `limit`); a
    signed run (`-10`, a 本年增/减 cell run into the next) keeps its sign on its first number.

    >>> run_together_splits(["1", "-10"], 3, lambda v: True)
    [[1.0, -1.0, 0.0]]
    """
    sizes = [len(t.lstrip("+-")) for t in tokens]  # digits of each run
    if not all(t.lstrip("+-").isdigit() for t in tokens) or sum(map(len, tokens)) > 3 * expected + 6:
        return []
    if tokens and sum(sizes) == expected:  # `0000000`: one digit per cell
        values = _one_per_digit(tokens)
        return [values] if check(values) else []
    solutions = []
    for counts in _compositions(sizes, expected):
        options = [_split_values(t, k) for t, k in zip(tokens, counts)]
        for combo in itertools.product(*options):
            values = list(itertools.chain.from_iterable(combo))
            if check(values):
                solutions.append(values)
                if len(solutions) >= limit:
                    return solutions
    return solutions


def _one_per_digit(tokens: list[str]) -> list[float]:
    """The one split of tokens into as many numbers as they have digits, each sign on its token's
    first digit (what the general search finds, without searching).

    >>> _one_per_digit(["10", "-02"])
    [1.0, 0.0, -0.0, 2.0]
    """
    values: list[float] = []
    for token in tokens:
        if token[0] in "+-":
            values += [float(token[:2]), *map(float, token[2:])]  # the sign and the first digit
        else:
            values += map(float, token)
    return values


@functools.lru_cache(maxsize=4096)
def _split_values(token: str, count: int) -> tuple[tuple[float, ...], ...]:
    """The numbers of every `_signed_splits` of a token; kept, as a row's tokens are split again for each
    way of sharing its cells among them, and the same rows recur from report to report."""
    return tuple(tuple(float(v) for v in parts) for parts in _signed_splits(token, count))


def _signed_splits(token: str, count: int):
    """`split_digits` of a token whose sign, if printed, belongs to its first number."""
    sign = token[0] if token[0] in "+-" else ""
    for parts in split_digits(token[len(sign):], count):
        yield (sign + parts[0], *parts[1:])


def _compositions(sizes: list[int], total: int):
    """Ways to give each token at least one value and at most one per digit (`sizes`), `total` values
    in all; in the order of the first token's share, then the next's.

    >>> list(_compositions([2, 3], 4))
    [(1, 3), (2, 2)]
    """
    if not sizes or not len(sizes) <= total <= sum(sizes):
        return
    if len(sizes) == 1:
        yield (total,)
        return
    for first in range(1, min(sizes[0], total - len(sizes) + 1) + 1):
        for rest in _compositions(sizes[1:], total - first):
            yield (first, *rest)


def split_digits(digits: str, count: int, max_len: int = 9):
    """Every way to cut a digit string into `count` numbers without leading zeros.

    >>> sorted(split_digits("1001", 2))
    [('100', '1')]
    """
    if count == 1:
        if len(digits) <= max_len and (digits == "0" or not digits.startswith("0")):
            yield (digits,)
        return
    for cut in range(1, min(len(digits) - count + 1, max_len) + 1):
        head = digits[:cut]
        if head != "0" and head.startswith("0"):
            continue
        for rest in split_digits(digits[cut:], count - 1, max_len):
            yield (head, *rest)
