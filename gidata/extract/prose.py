"""Extract figures stated in running text: requests, replies, challenges, staff, budget, training.

Patterns are tried in order, more specific first; a number taken by one item is not reused by
another, and each item is reported once per report (its first match). After a total (requests,
reviews, lawsuits) the rest of its clause is read for the parts it names (`其中5件维持…`) and for
"all of them" statements (`已全部办结`, `均予以维持`), which give a part equal to the total.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the parsed form of a pattern: its required words and their distance from its start
from dataclasses import dataclass
from re._constants import LITERAL, MAXREPEAT, SUBPATTERN

from gidata.read.document import Document
from gidata.records import Fact
from gidata.numbers import APPROX_AFTER, APPROX_BEFORE, parse_number
from gidata.vocabulary.prose import CORRECTION, NUMBER, NUMBER_FIRST, PARTS, PATTERNS, UPHELD, ZEROS


@dataclass(frozen=True)
class Gate:
    """A word every match of a pattern contains, and how far before it a match can start (None: unbounded).

    A text without the word has no match; a text with it has none starting before its first
    occurrence minus `before`, so the search can start there and find the same matches.
    """

    word: str
    before: int | None

    def start(self, text: str) -> int:
        """Where to start searching `text` (-1: the pattern cannot match)."""
        at = text.find(self.word)
        if at < 0 or self.before is None:
            return min(at, 0)
        return max(0, at - self.before)


def gate(pattern: str) -> Gate:
    """The longest run of literal characters at the top level of `pattern` (groups without
    alternatives opened), with the widest the part before it can be."""
    items = _top_level(sre_parse.parse(pattern))
    best, run, run_before, before = ("", 0), "", 0, 0
    for op, arg in items:
        if op is LITERAL:
            run_before = before if not run else run_before
            run += chr(arg)
        else:
            run = ""
        if len(run) > len(best[0]):
            best = (run, run_before)
        width = sre_parse.SubPattern(sre_parse.State(), [(op, arg)]).getwidth()[1]
        before = MAXREPEAT if before >= MAXREPEAT or width >= MAXREPEAT else before + width
    word, at = best
    return Gate(word, None if at >= MAXREPEAT else at)


def _top_level(parsed) -> list:
    """The items of a parsed pattern, with the items of plain groups (no alternatives) in line."""
    out = []
    for op, arg in parsed:
        inner = arg[3] if op is SUBPATTERN else None
        if inner is not None and not any(o is sre_parse.BRANCH for o, _ in inner):
            out += _top_level(inner)
        else:
            out.append((op, arg))
    return out


_COMPILED = [(item, re.compile(NUMBER_FIRST + p if p.startswith(NUMBER) else p), gate(p)) for item, p in PATTERNS]
_ZERO_COMPILED = [(item, re.compile(p), gate(p)) for item, p in ZEROS]
_PARTS_COMPILED = {parent: (re.compile(stop), [(item, re.compile(p)) for item, p in parts])
                   for parent, (stop, parts) in PARTS.items()}


_ZERO_BY_ITEM = {item: pattern for item, pattern, _ in reversed(_ZERO_COMPILED)}


def extract_prose(doc: Document, skip: tuple[tuple[int, int], ...] = ()) -> list[Fact]:
    """Figures from the report's sentences (tables excluded by `skip`), each with its sentence."""
    text = doc.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = list(skip)
    seen: set[str] = set()
    clauses: dict[str, tuple[float, int, int]] = {}  # total item -> (value, clause start, end)
    for item, pattern, words in _COMPILED:
        start = -1 if item in seen else words.start(text)
        if start < 0:
            continue
        for match in pattern.finditer(text, start):
            span = match.span("num")
            if _inside(span, taken):
                continue
            value = parse_number(match.group("num"))
            if value is None:
                continue
            if _denied_for_disclosure(item, _sentence(text, match.start())):
                continue
            if item == "fees" and not match.group("unit"):
                value = round(value / 10000, 6)  # the item is in 万元; the text says 元
            approx = bool(match.group("pre") or match.group("post")) or _approx_around(text, span)
            facts.append(Fact(item, value, "number", "prose", _sentence(text, match.start()),
                              match.start(), approximate=approx))
            taken.append(span)
            seen.add(item)
            if item in _PARTS_COMPILED and not approx:
                clauses[item] = (value, match.end(), _clause_end(text, match.end(), item))
            break
    for parent, (value, start, end) in clauses.items():
        facts.extend(_parts(text, parent, value, start, end, taken, seen))
    for item, pattern, words in _ZERO_COMPILED:
        start = -1 if item in seen else words.start(text)
        if start < 0:
            continue
        match = pattern.search(text, start)
        if match and not _inside(match.span(), list(skip)):
            facts.append(Fact(item, 0.0, "zero_stated", "prose", _sentence(text, match.start()),
                              match.start()))
            seen.add(item)
    return facts


def _denied_for_disclosure(item: str, sentence: str) -> bool:
    """A count of all cases in a sentence that says none concerned disclosure (共受理行政复议1起,
    没有因政府信息公开而被提起的行政复议): the disclosure figure is the zero, not the count."""
    zero = _ZERO_BY_ITEM.get(item)
    return bool(zero and "信息公开" in sentence and any("信息公开" in m.group(0) for m in zero.finditer(sentence)))


def _clause_end(text: str, at: int, parent: str) -> int:
    stop = _PARTS_COMPILED[parent][0].search(text, at)
    return stop.start() if stop else len(text)


def _parts(text: str, parent: str, total: float, start: int, end: int,
           taken: list[tuple[int, int]], seen: set[str]) -> list[Fact]:
    """The parts of a total named in the rest of its clause; `全部…` gives a part equal to it."""
    window = text[start:end]
    out: list[Fact] = []
    for item, pattern in _PARTS_COMPILED[parent][1]:
        if item in seen:
            continue
        match = pattern.search(window)
        if not match:
            continue
        if "num" in match.groupdict():
            span = (start + match.start("num"), start + match.end("num"))
            value = parse_number(match.group("num"))
            if value is None or _inside(span, taken) or value > total:
                continue
            taken.append(span)
        elif parent == "app_received" or not CORRECTION.search(window):
            value = total
        else:
            continue
        out.append(Fact(item, value, "number", "prose", _sentence(text, start), start + match.start()))
        seen.add(item)
    # a single case whose outcome is stated: 1件…行政诉讼,经审理法院驳回原告起诉
    upheld = parent.replace("_total", "_upheld")
    if parent != "app_received" and total == 1 and upheld not in seen \
            and UPHELD.search(window) and not CORRECTION.search(window):
        out.append(Fact(upheld, 1.0, "number", "prose", _sentence(text, start), start))
        seen.add(upheld)
    return out


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b or span[0] <= a < span[1] for a, b in spans)


def _approx_around(text: str, span: tuple[int, int]) -> bool:
    before, after = text[max(0, span[0] - 2): span[0]], text[span[1]: span[1] + 2]
    return before.endswith(APPROX_BEFORE) or after.startswith(APPROX_AFTER)


def _sentence(text: str, at: int) -> str:
    """The sentence around an offset, the provenance of a prose figure."""
    start = max(text.rfind(stop, 0, at) for stop in "。;；\n") + 1
    ends = [i for i in (text.find(stop, at) for stop in "。;；\n") if i >= 0]
    return text[start: min(ends) + 1 if ends else len(text)].strip()[:300]
