"""Extract figures stated in running text: requests, replies, challenges, staff, budget, training.

Patterns are tried in order, more specific first; a number taken by one item is not reused by
another, and each item is reported once per report (its first match). After a total (requests,
reviews, lawsuits) the rest of its clause is read for the parts it names (`其中5件维持…`) and for
"all of them" statements (`已全部办结`, `均予以维持`), which give a part equal to the total.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, takewhile
import re._compiler as sre_compile  # a parsed pattern compiled (a part of a pattern: its gate's finder)
import re._parser as sre_parse  # the parsed form of a pattern: its required words and their distance from its start
from dataclasses import dataclass, replace
from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, IN, LITERAL, MAX_REPEAT, MAXREPEAT,
                           MIN_REPEAT, SUBPATTERN)

import ahocorasick

from gidata.extract.gate_words import WORDS
from gidata.extract.respective import Pair, told_after_a_comma, told_figure_first, told_respectively
from gidata.extract.wrapped import Unwrapped, unwrapped
from gidata.read.document import Document
from gidata.records import Fact
from gidata.numbers import APPROX_AFTER, APPROX_BEFORE, parse_number
from gidata.vocabulary.items import ITEM_BY_CODE, ITEMS, PRE2019
from gidata.vocabulary.labels import (ANY_ARTICLE20_KIND, ARTICLE20_CHANGE, ARTICLE20_COLUMNS, ARTICLE20_COUNTS,
                                      ARTICLE20_LAST_YEAR, CHANNEL_WORDS, DOCUMENT_KINDS, GROUND_WORDS, GROUNDS_OPENED,
                                      LABELS, NEGATION, NOT_A_CLAUSE_ZERO, NOT_BY_LABEL, NOT_THE_YEARS,
                                      OTHER_FIELDS_TRAINING, OUTCOME_GROUP_WORDS, REQUESTS, Label)
from gidata.vocabulary.prose import (ALL_IN_TIME, ALL_KINDS_OF_CASES, ALL_OF_ONE_KIND, ALL_THE_AREAS_UNITS, ALSO,
                                     ANOTHER_REGIONS, AN_OUTCOME_BEFORE, AT_THE_YEARS_END, AVERAGE, AVERAGED, A_COLUMN,
                                     A_PART_BEFORE, A_PAST_YEAR, A_UNITS_PART, CASES_IT_DECIDED, CASE_KINDS,
                                     CHANNEL_ITEMS, COMPARED, COMPARED_ITEMS, CORRECTION, COUNTED, COUNT_START,
                                     CUMULATIVE, DISCLOSURE_S_OWN, DISCLOSURE_S_PART_AFTER, DISCLOSURE_S_PART_LATER,
                                     EACH_ACCOUNT, FEWER, FOLLOW_UP, FOR_ONE_REASON, GROUNDS_END, GROUNDS_LISTED,
                                     GROUND_AFTER_COMMA, GROUPS_OF_GROUNDS, GROUPS_WITH_GROUNDS, JOINED_BEFORE,
                                     LABEL_FILLER_END, LABEL_FILLER_START, LABEL_STOPS, LIST_ITEMS, NEEDS_BEFORE,
                                     NEEDS_IN_SENTENCE, NEW_REGIME_ITEMS, NONE_AFTER_ONE, NONE_BEFORE_ONE,
                                     NONE_OF_THE_BODY_ALONE, NONE_OF_THE_OUTCOMES, NONE_TOGETHER, NOT_ABOUT_DISCLOSURE,
                                     NOT_ALL_COMPLETED, NOT_A_COUNT_AFTER, NOT_A_COUNT_PERCENT, NOT_A_ZERO,
                                     NOT_THE_BODYS_REQUESTS, NOT_THE_BODYS_SENTENCE, NOT_THE_BODYS_TOTAL,
                                     NOT_THE_CHANNELS, NUMBER, NUMBER_FIRST, OF_THE_BODY_ALONE, OF_THOSE,
                                     ONE_APPLICANTS_PARTS, ONE_KIND_OF_CONTENT, ONLY_IN, ON_AIR, OPENS_A_LIST_ITEM,
                                     OTHER_THINGS_DONE, OUTCOMES_LISTED_NONE, OUTCOME_GROUPS, OUTCOME_NAMES,
                                     OVER_CHANNELS, OWN_SUBJECT, PARTS, PART_OF_A_RUNNING_TOTAL, PART_OF_THE_YEAR,
                                     PATTERNS, PLANNED, PLAN_SENTENCE, REPRINTED, REQUEST_ITEMS, RUNNING_IN_ITS_CLAUSE,
                                     SENT_BACK, SEVERAL_CHANNELS, SUB_UNITS, THOSE_CASES, UPHELD, WITH_THE_CARRIED,
                                     WITH_THE_NEWS, ZEROS)


@dataclass(frozen=True)
class Gate:
    """A word every match of a pattern contains, and how far before it a match can start (None: unbounded).

    A match holding the word at `at` starts no earlier than `at - before`, or than the run of
    `lead` characters ending there (a pattern that starts with a number of any length: the
    number's characters); so matches are tried only there, and are the ones a search finds.
    With a `finder` (the word and what follows it in the pattern), only the places it matches at
    are tried: a match holds its word at such a place. A pattern searched in full (no word, or no
    bound) with `openings`, words one of which every match starts with, is tried only where they are.
    """

    word: str
    before: int | None
    lead: frozenset[str] = frozenset()
    lead_digits: bool = False
    first: re.Pattern | None = None  # a character every match starts with (None: any)
    finder: re.Pattern | None = None  # where a match's word can be (None: at each occurrence of the word)
    openings: tuple[str, ...] = ()  # words one of which every match starts with (() when not known)

    def place(self, text: str, pos: int = 0) -> int:
        """The first place from `pos` where a match can hold the word (-1: none): the next occurrence of
        the word, or where the finder matches (elsewhere what follows the word in the pattern is not there)."""
        if self.finder is None:
            return text.find(self.word, pos)
        found = self.finder.search(text, pos)
        return -1 if found is None else found.start()

    def held(self, text: str, starts: list[int], pos: int = 0) -> int:
        """`place(text, pos)` when `starts` are all the places of the word in the text, in order: the finder is
        tried at those from `pos` alone (a search would scan the text between them, and to its end), or searched
        from the first of them when there are many (a call each would cost more than the scan)."""
        finder, first = self.finder, bisect.bisect_left(starts, pos)
        if first == len(starts):
            return -1
        if finder is None:
            return starts[first]
        if len(starts) - first > _TRIED_AT_MOST:
            found = finder.search(text, starts[first])
            return -1 if found is None else found.start()
        for n in range(first, len(starts)):
            if finder.match(text, starts[n]) is not None:
                return starts[n]
        return -1

    def matches(self, pattern: re.Pattern, text: str, at: int | None = None,
                starts: list[int] | None = None) -> Iterator[re.Match]:
        """The matches `pattern.finditer(text)` gives, tried only near each place of the word (`at`: the
        first, when already found: a text without one has no match, and no iterator need be made; `starts`:
        all the places of the word, when known)."""
        before = self.before
        if at is None:
            at = self.place(text)
        if at < 0:
            return
        if before is None or not self.word:  # searched in full, where a match can be
            yield from self._opened(pattern, text) if self.openings else pattern.finditer(text)
            return
        find = self._places(text) if starts is None else functools.partial(self.held, text, starts)
        near, led = self._match_near, bool(self.lead or self.lead_digits)
        pos = 0
        while at >= 0:
            low = self._lowest(text, at) if led else at - before
            if low < pos:
                low = pos
            if self.first is None and at - low > _NEAR:
                match = pattern.search(text, low)
                if match is None:
                    return  # searched to the end of the text
            else:
                match = near(pattern, text, low, at)
            if match is None:
                pos = at + 1
            else:
                yield match
                pos = match.end()
            at = find(pos)

    def _opened(self, pattern: re.Pattern, text: str) -> Iterator[re.Match]:
        """`pattern.finditer(text)`'s matches, tried only where one of the `openings` is: each place of
        one (from the first, in order) that is not inside the last match, found by `str.find`. A search
        would test every character against a class of the openings' first characters (~20 instructions
        each; in the gate words' Aho-Corasick pass, the openings' many places cost more than the finds)."""
        places = {word: at for word in self.openings if (at := text.find(word)) >= 0}
        while places:
            at = min(places.values())
            match = pattern.match(text, at)
            if match is not None:
                yield match
            pos = at + 1 if match is None else match.end()
            for word, place in list(places.items()):
                if place < pos:
                    place = text.find(word, pos)
                    if place < 0:
                        del places[word]
                    else:
                        places[word] = place

    def _places(self, text: str) -> Callable[[int], int]:
        """`place` in the text, as a function of the position (made once per text)."""
        if self.finder is None:
            return functools.partial(text.find, self.word)
        search = self.finder.search

        def find(pos: int) -> int:
            found = search(text, pos)
            return -1 if found is None else found.start()
        return find

    def _match_near(self, pattern: re.Pattern, text: str, low: int, at: int) -> re.Match | None:
        """The first match starting from `low` to `at`, tried only where a match's first character is."""
        if self.first is None:
            return next(filter(None, (pattern.match(text, s) for s in range(low, at + 1))), None)
        start = self.first.search(text, low, at + 1)
        while start is not None:
            match = pattern.match(text, start.start())
            if match is not None:
                return match
            start = self.first.search(text, start.start() + 1, at + 1)
        return None

    def _lowest(self, text: str, at: int) -> int:
        """The lowest start of a match holding the word at `at`."""
        low = max(0, at - (self.before or 0))
        while low > 0 and (text[low - 1] in self.lead or self.lead_digits and text[low - 1].isdecimal()):
            low -= 1
        return low


# The most places of a word its finder is tried at one by one (`Gate.held`); from more, it searches.
_TRIED_AT_MOST = 8

# Without the characters a match starts with, a match that can start this few places before the word
# is tried at each (else searched from the first); with them, it is tried only where they are.
_NEAR = 24


def gate(pattern: str, words: Gate | None = None) -> Gate:
    """The gate of a pattern; one that starts with a number is gated by the rest, led by the number's characters.

    `words` is `_word_gate` of what follows the number, when already worked out.
    """
    first = _first_class(pattern)
    rest = words or _word_gate(_after_number(pattern))
    if not pattern.startswith(NUMBER):
        return replace(rest, first=first)
    return replace(rest, lead=_NUMBER_CHARS[0], lead_digits=_NUMBER_CHARS[1], first=first, openings=())


def openings(pattern: str) -> tuple[str, ...]:
    """Words one of which every match of `pattern` starts with: its leading literal characters, or those
    of each alternative of a group it starts with (`(?:收到|受理)…` -> 收到, 受理); () when not so."""
    return _openings(sre_parse.parse(pattern))


def _openings(parsed) -> tuple[str, ...]:
    """`openings` of a parsed pattern."""
    if not len(parsed) or parsed.state.flags & re.IGNORECASE:  # a match may start with other letters
        return ()
    op, arg = parsed[0]
    if op is AT:  # (^, \b: what follows starts the match)
        return _openings(parsed[1:])
    if op is LITERAL:
        return ("".join(chr(a) for _, a in takewhile(lambda item: item[0] is LITERAL, parsed)),)
    if op is SUBPATTERN and not arg[1] and not arg[2]:  # a group without flags
        return _openings(arg[3])
    if op is BRANCH:
        words = [_openings(alternative) for alternative in arg[1]]
        return tuple(dict.fromkeys(chain.from_iterable(words))) if all(words) else ()
    return ()


def _after_number(pattern: str) -> str:
    """The pattern without the number it starts with (the whole pattern when it starts otherwise)."""
    return pattern[len(NUMBER):] if pattern.startswith(NUMBER) else pattern


def _first_class(pattern: str) -> re.Pattern | None:
    """A one-character class of every character a match of `pattern` can start with; None when any can
    (a class that is not a list of literals and digits, or a pattern that can match nothing); from the parse
    `_word_place` keeps (a pattern's gate reads its word from it too: parsing twice costs more)."""
    try:
        chars, digits, empty = _starts(_word_place(pattern)[0])
    except ValueError:
        return None
    if empty:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + ("\\d" if digits else "") + "]")


def _starts(parsed) -> tuple[set[str], bool, bool]:
    """The characters a sequence of parsed items can start with, whether digits are among them, and
    whether it can match nothing; ValueError for an item this does not know."""
    chars: set[str] = set()
    digits = False
    for op, arg in parsed:
        more, more_digits, empty = _item_starts(op, arg)
        chars |= more
        digits = digits or more_digits
        if not empty:
            return chars, digits, False
    return chars, digits, True


def _item_starts(op, arg) -> tuple[set[str], bool, bool]:
    """`_starts` of one parsed item."""
    if op is LITERAL:
        return {chr(arg)}, False, False
    if op is IN:
        listed, digits = _characters([(op, arg)])
        return set(listed), digits, False
    if op in (ASSERT, ASSERT_NOT, AT):  # consumes nothing: what follows it starts the match
        return set(), False, True
    if op is SUBPATTERN:
        return _starts(arg[3])
    if op in (MAX_REPEAT, MIN_REPEAT):
        more, digits, empty = _starts(arg[2])
        return more, digits, empty or arg[0] == 0
    if op is BRANCH:
        parts = [_starts(branch) for branch in arg[1]]
        return (set().union(*(p[0] for p in parts)), any(p[1] for p in parts), any(p[2] for p in parts))
    raise ValueError(f"not known where {op} starts")


def _word_gate(pattern: str) -> Gate:
    """The longest run of literal characters at the top level of `pattern` (groups without
    alternatives opened), with the widest the part before it can be; and, when something follows
    it, the word with what follows compiled as the gate's finder."""
    parsed, word, at, rest = _word_place(pattern)  # rest: the word and what follows it, a finder when something does
    finder = _compiled(sre_parse.SubPattern(parsed.state, rest)) if word and len(rest) > len(word) else None
    searched_in_full = not word or at >= MAXREPEAT
    return Gate(word, None if at >= MAXREPEAT else at, finder=finder,
                openings=_openings(parsed) if searched_in_full else ())


def gate_word(pattern: str) -> str:
    """The word of `_word_gate(pattern)` alone: no finder compiled (most patterns' words are not in a text); read
    from `gate_words.WORDS` when it holds the pattern (parsing every pattern is a third of a first report's time)."""
    word = WORDS.get(pattern_key(pattern))
    return word if word is not None else _word_place(pattern)[1]


def pattern_key(pattern: str) -> str:
    """A pattern's key in `gate_words.WORDS`."""
    return hashlib.sha1(pattern.encode()).hexdigest()[:16]


def gate_words_module() -> str:
    """The source of `gidata/extract/gate_words.py`: each pattern's gate word, as `re`'s parser gives it."""
    sources = sorted({_after_number(p.source) for p in _COMPILED + _ZERO_COMPILED} | {e.words.pattern for e in LABELS})
    lines = [f"    {pattern_key(s)!r}: {_word_place(s)[1]!r}," for s in sources]
    return "\n".join([_GATE_WORDS_HEADER, "WORDS = {", *sorted(lines), "}", ""])


_GATE_WORDS_HEADER = '''"""The gate word of each prose pattern and lexicon entry (`prose.gate_word`), by a key of its
source: what `re`'s parser gives, worked out ahead of time. Written by `make gate-words`
(`prose.gate_words_module`); tests/test_prose_gates.py fails when it is not what the patterns give. A pattern
not in it is parsed."""
'''


@functools.cache
def _word_place(pattern: str) -> tuple[sre_parse.SubPattern, str, int, list]:
    """The pattern parsed, its longest literal run at the top level, the widest the part before it can be, and
    the top-level items from the run on: worked out once for its word and its gate (parsing twice costs more)."""
    parsed = sre_parse.parse(pattern)
    items = _top_level(parsed)
    best, run, run_before, run_from, before = ("", 0, 0), "", 0, 0, 0
    for n, (op, arg) in enumerate(items):
        if op is LITERAL:
            if not run:
                run_before, run_from = before, n
            run += chr(arg)
        else:
            run = ""
        if len(run) > len(best[0]):
            best = (run, run_before, run_from)
        width = sre_parse.SubPattern(sre_parse.State(), [(op, arg)]).getwidth()[1]
        before = MAXREPEAT if before >= MAXREPEAT or width >= MAXREPEAT else before + width
    word, at, start = best
    return parsed, word, at, items[start:]


def _compiled(parsed: sre_parse.SubPattern) -> re.Pattern:
    """A parsed pattern (or part of one) compiled (`re._compiler`, private like `re._parser`: no text to compile)."""
    return sre_compile.compile(parsed)


def _characters(parsed) -> tuple[frozenset[str], bool]:
    """Every character a pattern made of literals, classes of them and digits (`\\d`) can match, and
    whether digits are among them."""
    chars: set[str] = set()
    digits = False
    for op, arg in parsed:
        if op is LITERAL:
            chars.add(chr(arg))
        elif op is IN:
            for kind, value in arg:
                if kind is LITERAL:
                    chars.add(chr(value))
                elif kind is CATEGORY and value is CATEGORY_DIGIT:
                    digits = True
                else:
                    raise ValueError(f"not a class of literals: {kind}")
        else:
            for sub in _children(op, arg):
                more, more_digits = _characters(sub)
                chars |= more
                digits = digits or more_digits
    return frozenset(chars), digits


def _children(op, arg) -> list:
    """The sub-patterns of a repeat, a group or an alternation, as `re._parser` gives them."""
    if op is MAX_REPEAT:
        return [arg[2]]
    if op is SUBPATTERN:
        return [arg[3]]
    if op is BRANCH:
        return list(arg[1])
    raise KeyError(op)


def _top_level(parsed) -> list:
    """The items of a parsed pattern, with the items of plain groups (no alternatives) in line, and the
    literal end all alternatives share after them (`(?:行政诉讼|复议诉讼)` as `(?:行政|复议)诉讼`)."""
    out = []
    for op, arg in parsed:
        inner = arg[3] if op is SUBPATTERN else None
        shared = _shared_end(arg[1]) if op is BRANCH else 0
        if inner is not None and not any(o is BRANCH for o, _ in inner):
            out += _top_level(inner)
        elif shared:
            out.append((BRANCH, (arg[0], [sre_parse.SubPattern(alt.state, alt.data[:-shared]) for alt in arg[1]])))
            out += arg[1][0].data[-shared:]
        else:
            out.append((op, arg))
    return out


def _shared_end(alternatives: list) -> int:
    """How many literal characters all the alternatives end with alike."""
    n = 0
    while all(len(alt.data) > n and alt.data[-1 - n][0] is LITERAL for alt in alternatives) \
            and len({alt.data[-1 - n][1] for alt in alternatives}) == 1:
        n += 1
    return n


class _Pattern:
    """An item's pattern, compiled and gated on first use rather than at import: a text without the
    gate's word holds no match, so `gidata parse` of one report compiles only the patterns it can match."""

    def __init__(self, item: str, source: str, number_first: bool):
        self.item = item
        self.source = source
        self._number_first = number_first and source.startswith(NUMBER)

    @functools.cached_property
    def _words(self) -> Gate:
        """The gate's word and reach, without the rest of the gate."""
        return _word_gate(_after_number(self.source))

    @functools.cached_property
    def word(self) -> str:
        """The gate's word ('' when there is none)."""
        return gate_word(_after_number(self.source))

    @functools.cached_property
    def gate(self) -> Gate:
        """The pattern's gate."""
        return gate(self.source, self._words)

    @functools.cached_property
    def compiled(self) -> re.Pattern:
        """The compiled pattern; one that starts with a number is tried only where a number's character is. The
        others are compiled from the parse `_word_place` keeps (their gate's word and first characters are read
        from it: parsing again costs half the compiling)."""
        return re.compile(NUMBER_FIRST + self.source) if self._number_first else _compiled(_word_place(self.source)[0])


@functools.cache
def _parts_of(parent: str) -> tuple[re.Pattern, list[tuple[str, re.Pattern]]]:
    """The compiled end of a total's clause and the patterns of its parts."""
    stop, parts = PARTS[parent]
    return re.compile(stop), [(item, re.compile(p)) for item, p in parts]


_NUMBER_CHARS = _characters(sre_parse.parse(NUMBER))
_COMPILED = [_Pattern(item, p, number_first=True) for item, p in PATTERNS]
_ZERO_COMPILED = [_Pattern(item, p, number_first=False) for item, p in ZEROS]
_COUNTED = re.compile(NUMBER_FIRST + COUNTED.pattern)  # every count starts with a number's character: tried only there


_ZERO_BY_ITEM = {pattern.item: pattern for pattern in reversed(_ZERO_COMPILED)}


def compile_all() -> None:
    """Compile every pattern, gate and clause now rather than on first use: a build does it before forking its
    workers, which then share them instead of each compiling them again."""
    for pattern in _COMPILED + _ZERO_COMPILED:
        _ = pattern.compiled, pattern.gate  # each cached on first access
    for parent in PARTS:
        _parts_of(parent)
    _gate_words()


_Told = list[tuple[list[tuple[int, int]], list[Fact]]]  # figures told out of order: their spans and facts


class _Kept:
    """The items of an iterator, kept as they are drawn: a second reader draws the first ones again for free."""

    def __init__(self, items: Iterator[re.Match]):
        self._items = items
        self._kept: list[re.Match] = []

    def __iter__(self) -> Iterator[re.Match]:
        at = 0
        while True:
            if at == len(self._kept):
                item = next(self._items, None)
                if item is None:
                    return
                self._kept.append(item)
            yield self._kept[at]
            at += 1


class _Matches:
    """Every pattern's matches in one text, searched once, and what each match gives: the tables' pins and
    the prose read a report's text up to four times (`stated_figures` with other skips), and only the
    choice of matches differs. Each entry is kept whole or not at all (a limit may stop a search)."""

    def __init__(self, text: str):
        self.text = text
        self._places: dict[str, int] | None = None
        self._starts: dict[str, list[int]] = {}
        self._known: dict[int, Iterable[re.Match]] = {}
        self._read_in: dict[str | None, list[tuple[int, str]]] = {}
        self._zeros_in: list[tuple[int, str]] | None = None
        self._zeros: dict[int, Iterable[re.Match]] = {}
        self._figures: dict[tuple[int, int], Fact | None] = {}
        self._zero_kept: dict[tuple[int, int], bool] = {}
        self._counted: list[tuple[tuple[int, int], re.Match]] | None = None
        self._counts: dict[int, Fact | None] = {}
        self._sentences: dict[int, str] = {}
        self._named: dict[int, tuple[Label, ...]] = {}
        self._none_clauses: list[tuple[int, int, int]] | None = None
        self._respective: dict[str | None, tuple[_Told, _Told]] = {}

    def place(self, word: str) -> int:
        """Where a gate's word first is in the text (-1: nowhere; 0 for no word, as `str.find` says);
        every word looked for in one pass over the text, whichever patterns share it."""
        return self._held().get(word, -1)

    def _held(self) -> dict[str, int]:
        """Each gate word the text holds -> its first place ('' -> 0: no word is everywhere), found once."""
        if self._places is None:
            self._starts = _word_starts(self.text)
            self._places = {word: starts[0] for word, starts in self._starts.items()}
            self._places[""] = 0
        return self._places

    def read_in(self, regime: str | None) -> list[tuple[int, str]]:
        """`_read_in(regime)` less the patterns whose word the text lacks (they match nowhere), once a regime."""
        read = self._read_in.get(regime)
        if read is None:
            held = self._held()  # (looked up here, not by `place`: a call per pattern costs more than the lookup)
            read = self._read_in[regime] = [(index, item) for index, item, word in _read_in(regime) if word in held]
        return read

    def zeros_in(self) -> list[tuple[int, str]]:
        """The index and item of each of `_ZERO_COMPILED` whose word the text holds, in order."""
        if self._zeros_in is None:
            held = self._held()
            self._zeros_in = [(index, item) for index, item, word in _zeros_read() if word in held]
        return self._zeros_in

    def known(self, index: int) -> Iterable[re.Match]:
        """The matches of `_COMPILED[index]`, in order."""
        kept = self._known.get(index)
        if kept is None:
            kept = self._known[index] = self._kept(_COMPILED[index])
        return kept

    def zeros(self, index: int) -> Iterable[re.Match]:
        """The matches of `_ZERO_COMPILED[index]`, in order."""
        kept = self._zeros.get(index)
        if kept is None:
            kept = self._zeros[index] = self._kept(_ZERO_COMPILED[index])
        return kept

    def _kept(self, pattern: _Pattern) -> Iterable[re.Match]:
        """The pattern's matches, kept as drawn; nothing to keep (no iterator made) when its word is not in the
        text, or is nowhere a match can hold it."""
        word, gate = pattern.word, pattern.gate
        if not word:  # (searched in full)
            return _Kept(gate.matches(pattern.compiled, self.text, 0))
        if self._places is None:
            self._held()  # (the places of every word, found once)
        starts = self._starts.get(word)
        at = -1 if starts is None else gate.held(self.text, starts)
        return _Kept(gate.matches(pattern.compiled, self.text, at, starts)) if at >= 0 else ()

    def figure(self, index: int, match: re.Match) -> Fact | None:
        """`_figure` of a match of `_COMPILED[index]`, each worked out once."""
        key = (index, match.start())
        if key not in self._figures:
            self._figures[key] = _figure(self, _COMPILED[index].item, match)
        return self._figures[key]

    def zero_kept(self, index: int, match: re.Match) -> bool:
        """Whether a match of `_ZERO_COMPILED[index]` states a zero (not `_corrected_only`), each worked out once."""
        key = (index, match.start())
        if key not in self._zero_kept:
            of_a_sub_unit = _ZERO_COMPILED[index].item in NONE_OF_THE_BODY_ALONE \
                and _of_a_sub_unit(self.text, match.start(), match.end())
            self._zero_kept[key] = not of_a_sub_unit and not _corrected_only(self.text, match) \
                and not _for_one_reason(_ZERO_COMPILED[index].item, self.text, match.start())
        return self._zero_kept[key]

    def sentence(self, at: int) -> str:
        """`_sentence(text, at)`, each worked out once."""
        if at not in self._sentences:
            self._sentences[at] = _sentence(self.text, at)
        return self._sentences[at]

    def counted(self) -> list[tuple[tuple[int, int], re.Match]]:
        """Each count's number span and its match, whatever the known items took."""
        if self._counted is None:
            self._counted = [(match.span("num"), match) for match in _counts(self.text)]
        return self._counted

    def count(self, n: int) -> Fact | None:
        """The fact of the `n`th count (None: not a count), worked out only for a count no known item took."""
        if n not in self._counts:
            self._counts[n] = _count_fact(self.text, self.counted()[n][1])
        return self._counts[n]

    def named(self, fact: Fact) -> tuple[Label, ...]:
        """`_label_entries` of a prose_other fact, each worked out once (in any regime)."""
        if fact.offset not in self._named:
            self._named[fact.offset] = _label_entries(self.text, fact)
        return self._named[fact.offset]

    def respective(self, regime: str | None) -> tuple[_Told, _Told]:
        """`_told_respectively` and `_told_figure_first` of the text, worked out once a regime (their readings leave
        these matches the last read)."""
        if regime not in self._respective:
            try:
                counts = [match.span() for _, match in self.counted()]
                self._respective[regime] = (_told_respectively(self.text, regime),
                                            _told_figure_first(self.text, counts, regime))
            finally:
                _LAST.matches = self
        return self._respective[regime]

    def none_clauses(self) -> list[tuple[int, int, int]]:
        """`_none_clauses` of the text, worked out once (in any regime)."""
        if self._none_clauses is None:
            self._none_clauses = _none_clauses(self.text)
        return self._none_clauses


def _word_starts(text: str) -> dict[str, list[int]]:
    """Every place of each gate word in the text, in order (the words it does not hold left out)."""
    starts: dict[str, list[int]] = {}
    for end, (word, back) in _gate_words().iter(text):
        if word in starts:  # (faster than setdefault)
            starts[word].append(end - back)
        else:
            starts[word] = [end - back]
    return starts


@functools.cache
def _gate_words() -> ahocorasick.Automaton:
    """Every pattern's gate word, all found in one pass over a text (Aho-Corasick) rather than one `str.find` each:
    each word -> itself and how far its start is before its last character (the place the automaton gives)."""
    automaton = ahocorasick.Automaton()
    for pattern in _COMPILED + _ZERO_COMPILED:
        if pattern.word:
            automaton.add_word(pattern.word, (pattern.word, len(pattern.word) - 1))
    automaton.make_automaton()
    return automaton


def _counts(text: str) -> Iterator[re.Match]:
    """`_COUNTED.finditer(text)`, tried only where COUNT_START matches (every count starts there)."""
    search, match = COUNT_START.search, _COUNTED.match
    found = search(text)
    while found is not None:
        count = match(text, found.start())
        if count is None:
            found = search(text, found.start() + 1)
        else:
            yield count
            found = search(text, count.end())


def _gated(pattern: _Pattern, text: str) -> Iterator[re.Match]:
    """The pattern's matches in the text, as its gate finds them; none, and nothing compiled, without its word."""
    if pattern.word and pattern.word not in text:
        return iter(())
    return pattern.gate.matches(pattern.compiled, text)


_LAST = threading.local()  # the matches in the last text read, per thread


def _matches(text: str) -> _Matches:
    """The matches in `text`: those kept from the last call if it was the same text."""
    last = getattr(_LAST, "matches", None)
    if last is None or last.text is not text:
        last = _LAST.matches = _Matches(text)
    return last


def extract_prose(doc: Document, skip: tuple[tuple[int, int], ...] = (), regime: str | None = None) -> list[Fact]:
    """Figures from the report's sentences (tables excluded by `skip`), each with its sentence; lines
    wrapped at a page's width are read joined (`gidata.extract.wrapped`).

    Known items first, then every other counted figure as `prose_other`; in the 2019 and 2021
    formats a figure takes the matrix's name (收到申请 -> req_new).
    """
    view = unwrapped(doc.text)
    matches = _matches(view.text)
    skip = tuple((view.joined(start), view.joined(end)) for start, end in skip)
    try:
        lists, firsts = matches.respective(regime)
        listed = [(spans, facts) for spans, facts in lists if not any(_inside(span, list(skip)) for span in spans)]
        facts, taken = _known(matches, skip + tuple(span for spans, _ in listed for span in spans), regime)
        told = [fact for _, facts_told in listed for fact in facts_told]
        facts = _first_of_each(facts, [fact for fact in told if fact.item != "prose_other"])
        facts += _figures_first(firsts, facts, taken)
        facts += _outcomes_listed_as_none(view.text, facts, taken, regime)
        others = _other_counts(matches, taken) + [fact for fact in told if fact.item == "prose_other"]
    except BaseException:  # a limit reached mid-search (gidata.limits): what was kept is not all the matches
        _LAST.matches = None
        raise
    names = NEW_REGIME_ITEMS.get(regime, {}) if regime is not None and regime != PRE2019 else {}
    if names:  # (before the clause zeros: no lawsuit is no lawsuit of either kind)
        facts = [_renamed(part, names) for f in facts for part in _split_lawsuit_zero(f)]
    seen = {name for f in facts for name in _names_of(f.item)}
    labelled = _by_label(matches, others, seen, regime, names)
    others = [f for f in others if f not in labelled]
    facts += _clause_zeros(matches, skip, seen | {f.item for f in labelled.values()}, regime, names,
                           frozenset(f.item for f in facts if f.value == 0))
    facts = _web_beside_email([_renamed(f, names) for f in facts + list(labelled.values())], others, view.text)
    facts += _outcomes_of_both_kinds(view.text, facts, taken)
    return _at_original_offsets(facts + others, view)


def _outcomes_listed_as_none(text: str, facts: list[Fact], taken: list[tuple[int, int]], regime: str | None
                             ) -> list[Fact]:
    """Review and lawsuit outcomes listed and said none together (结果维持、结果纠正、其他结果、尚未审结均为0件), each
    the outcome of the kind of case named last before the list in its sentence, with the kind's total said after
    them (，总计0件); only those no pattern gave (`taken`, updated)."""
    given, out, read = {fact.item for fact in facts}, [], set()
    for zero in NONE_TOGETHER.finditer(text):  # (rare words: the list is looked for only before one)
        if not AN_OUTCOME_BEFORE.search(text, max(0, zero.start() - 14), zero.start()):
            continue  # (a none of anything else: most of them)
        match = next((found for found in OUTCOMES_LISTED_NONE.finditer(text, max(0, zero.start() - _LONGEST_LIST),
                                                                           zero.end() + 30)
                      if found.start() <= zero.start() < found.end()), None)
        if match is None or match.span() in read or _inside(match.span(), taken):
            continue
        read.add(match.span())
        kind = _case_kind_before(text, match.start(), regime)
        if kind is None:
            continue
        sentence, start = _sentence(text, match.start()), match.start()
        for name, words in OUTCOME_NAMES:
            item = f"{kind}_{name}"
            if item in ITEM_BY_CODE and item not in given and words.search(match.group("list")):
                out.append(Fact(item, 0.0, "zero_stated", "prose", sentence, start))
                given.add(item)
        total = f"{kind}_total"
        if match.group("total") is not None and total not in given:
            value = 0.0 if match.group("total") == "零" else float(match.group("total"))
            out.append(Fact(total, value, "number", "prose", sentence, match.start("total")))
            given.add(total)
        taken.append(match.span())
    return out


_LONGEST_LIST = 150  # how far before its none a list of outcomes can start


def _case_kind_before(text: str, at: int, regime: str | None) -> str | None:
    """The kind of case (review, suit_direct, suit_after_review; lawsuit before 2019) named last before `at` in its
    sentence."""
    kinds = list(CASE_KINDS.finditer(text, _sentence_start(text, at), at))
    kind = kinds[-1].lastgroup if kinds else None
    if kind == "lawsuit" and regime in _SUIT_REGIMES or kind in ("suit_direct", "suit_after_review") \
            and regime not in _SUIT_REGIMES:
        return None  # (a lawsuit of no kind from 2019; a kind of lawsuit the earlier format does not count)
    return kind


def _outcomes_of_both_kinds(text: str, facts: list[Fact], taken: list[tuple[int, int]]) -> list[Fact]:
    """Outcomes told once for both kinds of lawsuit counted in one sentence: in a clause after both totals
    (未经复议直接起诉和经复议后起诉的分别为0件和0件，相应的结果维持、…及尚未审结件数全部为零), or in the next
    sentence about those cases (上述案件经人民法院审理，均维持了我厅的行政行为，既没有被判决纠正的…): each kind's."""
    kinds = {fact.item: fact for fact in facts if fact.item in _SUIT_KINDS}
    if len(kinds) < 2 or len({_sentence_start(text, fact.offset) for fact in kinds.values()}) > 1:
        return []
    told = _outcomes_clause(text, max(fact.offset for fact in kinds.values()))
    if told is None or _HAS_NUMBER.search(text[told[0]:told[1]].replace("0", "")):
        return []
    seen = {fact.item for fact in facts}
    return [part for item, fact in kinds.items() if fact.value is not None
            for part in _parts(text, item, fact.value, *told, taken, seen)]


def _outcomes_clause(text: str, at: int) -> tuple[int, int] | None:
    """The start and end of the first clause after `at` in its sentence that tells outcomes as none, else of the
    next sentence when it is about the cases just counted (上述案件…) and tells outcomes."""
    stop = _CLAUSE_END.search(text, at)
    while stop is not None and text[stop.start()] in ",，":
        start, end = _clause_span(text, stop.end())
        if NONE_OF_THE_OUTCOMES.search(text, start, end):
            return start, end
        stop = _CLAUSE_END.search(text, end)
    if stop is None or text[stop.start()] != "。" or not THOSE_CASES.match(text, stop.end()):
        return None
    sentence_end = _SENTENCE_STOP.search(text, stop.end())
    return stop.end(), sentence_end.start() if sentence_end else len(text)




def _told_respectively(text: str, regime: str | None) -> _Told:
    """The figures of each list told respectively (`gidata.extract.respective`: A、B分别为2件、1件), each read
    as if told alone (A的2件) after the words its sentence opens with, with the spans of the list's figures."""
    lists = []
    for start, pairs in told_respectively(text):
        opening, sentence = text[_sentence_start(text, start): start], _sentence(text, start)
        lists.append(([pair.figure for pair in pairs], [_read_alone(text, opening, pair, sentence, regime)
                                                         for pair in pairs]))
    return lists


def _told_figure_first(text: str, counts: list[tuple[int, int]], regime: str | None) -> _Told:
    """Each figure told before what it counts (713件是本年新收到的申请), or after a comma that ends its label's clause
    (一是予以公开，30件), that, read as the label then the figure, is a known item's (`counts`: the spans of the
    text's counts)."""
    lists = []
    for start, (pair,) in chain(told_figure_first(text, counts), told_after_a_comma(text, counts)):
        fact = _read_alone(text, text[_opening_start(text, start): start], pair, _sentence(text, start), regime)
        if fact.item != "prose_other":
            lists.append(([pair.figure], [fact]))
    return lists


def _opening_start(text: str, at: int) -> int:
    """Where the words a figure's sentence opens with start: with the sentence before when it opens with 其中
    (无法提供的共53件。其中50件系本机关不掌握…: the parts of the sentence before's figure)."""
    start = _sentence_start(text, at)
    if text.startswith("其中", start) and start > 0 and text[start - 1] == "。":
        return _sentence_start(text, start - 1)
    return start


def _figures_first(firsts: _Told, facts: list[Fact], taken: list[tuple[int, int]]) -> list[Fact]:
    """The figures told before what they count, for those no known item's pattern took and whose item nothing gave
    (`taken`, updated): they come after the patterns, which read a total's parts in its clause too."""
    given, out = {fact.item for fact in facts}, []
    for spans, (fact,) in firsts:
        if not any(_inside(span, taken) for span in spans) and fact.item not in given:
            out.append(fact)
            given.add(fact.item)
            taken.extend(spans)
    return out


def _read_alone(text: str, opening: str, pair: Pair, sentence: str, regime: str | None) -> Fact:
    """A label's figure read from its sentence's opening, the label and the figure alone (as `extract_prose`
    reads it: the fact it gives within the label), else `prose_other` with the label."""
    told = opening + pair.label + pair.number + pair.unit
    value = parse_number(pair.number)
    alone = Document(name="", format="txt", sha256="", size=len(told), text=told)
    read = next((fact for fact in extract_prose(alone, regime=regime)
                 if fact.offset >= len(opening) and fact.value == value), None)
    if read is None:
        return Fact("prose_other", value, "number", "prose", sentence, pair.label_start, row_label=pair.label,
                    unit=pair.unit.replace("％", "%"))
    offset = pair.label_start + min(read.offset - len(opening), len(pair.label))
    return replace(read, offset=offset, source_text=sentence)


def _first_of_each(facts: list[Fact], told: list[Fact]) -> list[Fact]:
    """The facts and those told respectively, an item given by both kept where the text gives it first."""
    first = {fact.item: fact.offset for fact in reversed(told)}
    kept = [fact for fact in facts if fact.offset < first.get(fact.item, fact.offset + 1)]
    given = {fact.item for fact in kept}
    return kept + [fact for fact in told if fact.item not in given and first[fact.item] == fact.offset]


def _web_beside_email(facts: list[Fact], others: list[Fact], text: str) -> list[Fact]:
    """Requests 网上 beside requests by e-mail (电子邮件3件，网上申请4件) are the provincial tables' web requests
    (app_web), not the national 网络申请 (e-mail and web): unless the e-mail ones are stated as their part (其中).
    E-mail counted in words the lexicon does not know (通过电子邮件提交3件) is e-mail beside them too, not replies
    sent by e-mail (以电子邮件方式送达答复的有11件)."""
    emails = [f for f in facts if f.item == "app_email"] \
        + [f for f in others if f.unit == "件" and _EMAIL.search(f.row_label or "")
           and not SENT_BACK.search(f.row_label or "")]
    if not emails:
        return facts
    return [replace(f, item="app_web") if f.item == "app_online" and not any(_part_of(f, e, text) for e in emails)
            else f for f in facts]


def _part_of(whole: Fact, part: Fact, text: str) -> bool:
    """Whether a figure is stated as a part of another of its sentence (网络申请5件，其中电子邮件2件)."""
    return whole.source_text == part.source_text and whole.offset < part.offset \
        and bool(_A_PART.search(text, whole.offset, part.offset))


_A_PART = re.compile(r"其中|含|包括|[（(]")
_EMAIL = re.compile(CHANNEL_WORDS["app_email"])


def _names_of(item: str) -> set[str]:
    """An item's names in every regime (reply_denied, out_denied): a figure of one is a figure of the others."""
    return {item} | {names[item] for names in NEW_REGIME_ITEMS.values() if item in names}


def _at_original_offsets(facts: list[Fact], view: Unwrapped) -> list[Fact]:
    """The facts read in the unwrapped text, with their offsets in the document's text."""
    if not view.removed:
        return facts
    return [replace(f, offset=view.original(f.offset)) for f in facts]


def stated_figures(doc: Document, skip: tuple[tuple[int, int], ...], regime: str | None = None) -> dict[str, float]:
    """item -> the first exact figure the prose states for it (tables excluded by `skip`): the
    report's own totals, which may pin a split of run-together table cells."""
    stated: dict[str, float] = {}
    for fact in extract_prose(doc, skip=skip, regime=regime):
        if fact.semantics == "number" and not fact.approximate and fact.value is not None:
            stated.setdefault(fact.item, fact.value)
    return stated


def _renamed(fact: Fact, names: dict[str, str]) -> Fact:
    return replace(fact, item=names[fact.item]) if fact.item in names else fact


def _split_lawsuit_zero(fact: Fact) -> list[Fact]:
    """In the 2019 and 2021 formats lawsuits come in two kinds; "no lawsuit" (or 0 lawsuits) is a zero of both."""
    if fact.item != "lawsuit_total" or fact.value != 0 or fact.approximate:
        return [fact]
    return [Fact(kind, 0.0, fact.semantics, "prose", fact.source_text, fact.offset)
            for kind in ("suit_direct_total", "suit_after_review_total")]


def _known(matches: _Matches, skip: tuple[tuple[int, int], ...], regime: str | None
           ) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The figures of known items, each reported once (its first match; an approximate one only when no exact one
    follows: 近1700条 in a summary, 1669条 in the detail), and the spans they took."""
    text = matches.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = list(skip)
    seen: set[str] = set()
    clauses: dict[str, tuple[float, int, int]] = {}  # total item -> (value, clause start, end)
    approximate: dict[str, tuple[re.Match, Fact]] = {}  # item -> its first approximate figure, taken if no exact one

    def take(item: str, match: re.Match, fact: Fact) -> bool:
        """Take a figure as its item's (or its ground's); False when it is left to `prose_other` or to a later
        match."""
        ground = _ground_before(text, item, match)
        if ground is not None and _another_ground_told(text, match, ground):
            if ground not in seen and _in_regime(ground, regime):  # (the group's own figure may come later)
                facts.append(replace(fact, item=ground))
                seen.add(ground)
                taken.append(match.span("num"))
            return False
        seen.add(item)
        also = _also(text, fact, match, seen, regime, clauses, ground)
        if not _a_sum_of_kinds(fact, regime):
            facts.append(fact)
            if item in PARTS and not fact.approximate and fact.value is not None:
                clauses[item] = (fact.value, match.end(), _clause_end(text, match.end(), item))
        elif not also:
            return True  # (left to `prose_other`)
        facts.extend(also)
        taken.append(match.span("num"))
        return True

    for index, item in matches.read_in(regime):
        if item in seen:
            continue
        for match in matches.known(index):
            if _inside(match.span("num"), taken):
                continue
            fact = matches.figure(index, match)
            if fact is None or fact.value is None:  # (a figure always has its value)
                continue
            if fact.approximate and item not in PARTS:
                approximate.setdefault(item, (match, fact))
                continue
            if take(item, match, fact):
                break
    for item, (match, fact) in approximate.items():
        if item not in seen and not _inside(match.span("num"), taken):
            take(item, match, fact)
    for parent, (value, start, end) in clauses.items():
        parts = _parts(text, parent, value, start, end, taken, seen, regime)
        facts.extend(parts + _all_completed(parts, seen, regime))
    for parent, value, start, end in _restated_groups(matches, clauses, skip, regime):
        facts.extend(_parts(text, parent, value, start, end, taken, seen, regime))
    for index, item in matches.zeros_in():
        if item in seen or not _in_regime(item, regime) or (item == "lawsuit_total" and seen & _SUIT_KINDS):
            continue  # "no lawsuit" after a statement of one kind's is that kind's (read first)
        kept = matches.zeros(index)
        if not kept:  # (no match: nothing to draw)
            continue
        zero = next((m for m in kept if not _inside(m.span(), list(skip)) and matches.zero_kept(index, m)), None)
        if zero:
            facts.append(Fact(item, 0.0, "zero_stated", "prose", matches.sentence(zero.start()),
                              zero.start()))
            seen.add(item)
            facts.extend(_parts_of_a_none(text, item, zero.end(), taken, seen, regime))
    return facts, taken


_SUIT_KINDS = {"suit_direct_total", "suit_after_review_total"}


def _also(text: str, fact: Fact, match: re.Match, seen: set[str], regime: str | None,
          clauses: dict[str, tuple[float, int, int]], ground: str | None) -> list[Fact]:
    """The figures of the other items a fact's figure is too (`ALSO`, the one ground named before its group,
    `_also_by_its_clause`), not yet seen, with the clauses of their parts (`clauses`, updated)."""
    value, approx = fact.value, fact.approximate
    items: list[tuple[str, int | None]] = [(also, None) for also, words in ALSO.get(fact.item, ())
                                           if words.search(match.group(0))]
    if ground is not None:
        items.append((ground, match.end()))
    out = []
    for also, at in items + list(_also_by_its_clause(text, fact.item, match)):
        if also in seen or not _in_regime(also, regime):
            continue
        out.append(Fact(also, value, "number", "prose", fact.source_text, match.start(), approximate=approx))
        seen.add(also)
        if at is not None and also in PARTS and not approx and value is not None:
            clauses[also] = (value, at, _clause_end(text, at, also))
    return out


def _parts_of_a_none(text: str, item: str, end: int, taken: list[tuple[int, int]], seen: set[str],
                     regime: str | None) -> list[Fact]:
    """The outcomes of a total told as none, told as none after it in its clause (…行政复议案件，结果维持、…的数量均为0;
    复议后起诉的案件没有发生，维持、…各项均为0); none for an item with no parts."""
    if item not in PARTS:
        return []
    return _parts(text, item, 0.0, end, _clause_end(text, end, item), taken, seen, regime)


def _all_completed(parts: list[Fact], seen: set[str], regime: str | None) -> list[Fact]:
    """From 2019 the outcomes' total, when every request counted is said to be completed (上述16件申请均已办结)."""
    completed = next((f for f in parts if f.item == "app_completed"), None)
    if completed is None or "out_total" in seen or not _in_regime("out_total", regime):
        return []
    seen.add("out_total")
    return [replace(completed, item="out_total")]


def _a_sum_of_kinds(fact: Fact, regime: str | None) -> bool:
    """Whether a figure is the sum of both kinds of lawsuit in a 2019 or 2021 report (行政诉讼共8件): no item of the
    format; `prose_other` (none is none of either kind: `_split_lawsuit_zero`)."""
    return fact.item == "lawsuit_total" and bool(fact.value) and regime in _SUIT_REGIMES


_SUIT_REGIMES = ("2019", "2021")


def _also_by_its_clause(text: str, item: str, match: re.Match) -> Iterator[tuple[str, int]]:
    """The other item a figure is too, by the words of its clause around it, and where that item's clause goes on:
    the outcomes' total a count of requests completed is (`NOT_ALL_COMPLETED`), the one kind every lawsuit counted
    is of (行政诉讼12件，全部为未经复议直接起诉: `ALL_OF_ONE_KIND`)."""
    if item == "app_completed" and (ALL_IN_TIME.search(match.group(0)) or not NOT_ALL_COMPLETED.search(
            text, _clause_span(text, match.start())[0], match.end())):
        yield "out_total", match.end()
    for kind, words in ALL_OF_ONE_KIND.get(item, ()):
        told = words.match(text, match.end())
        if told:
            yield kind, told.end()


def _ground_before(text: str, item: str, match: re.Match) -> str | None:
    """The one ground named before an outcome group in the group's clause (因本机关不掌握相关政府信息而无法提供的4件),
    of the body and the year."""
    if item not in GROUPS_WITH_GROUNDS:
        return None
    before = text[_clause_span(text, match.start())[0]: match.start()]
    grounds = [ground for ground, words, group in _GROUND_WORDS if words.search(before) and group.search(match.group())]
    if len(grounds) != 1 or NOT_THE_YEARS.search(before) \
            or _in_a_plan(text, match.start(), _sentence(text, match.start())):
        return None
    return grounds[0]


def _another_ground_told(text: str, match: re.Match, ground: str) -> bool:
    """Whether the rest of the sentence of a ground named before its outcome group tells another ground of the group
    (因本机关不掌握…而无法提供的7件，补正后申请内容仍不明确的5件，无法提供合计12件): the figure is the ground's
    alone."""
    stop = _FULL_STOP.search(text, match.end())
    rest = text[match.end(): stop.start() if stop else len(text)]
    return any(words.search(rest) for other, words, group in _GROUND_WORDS
               if other != ground and group.search(match.group()))


_GROUND_WORDS = tuple((item, re.compile(words), group) for item, words, group in GROUND_WORDS)


def _restated_groups(matches: _Matches, clauses: dict[str, tuple[float, int, int]], skip: tuple[tuple[int, int], ...],
                     regime: str | None) -> Iterator[tuple[str, float, int, int]]:
    """The clauses of an outcome group's figure told again later with the same value, for the grounds after it (the
    outcomes summed up first, then each group told with its grounds: 无法提供31件 … 无法提供的31件，全部属于…), and
    those of a count of cases, for the outcomes after it (…被申请行政复议36件 … 行政复议共36件。经复议，维持…25件):
    each group or count, value, clause start and end."""
    for index, item in matches.read_in(regime):
        if item not in _RESTATED or item not in clauses:
            continue
        value, first, _ = clauses[item]
        for match in matches.known(index):
            if match.end() <= first or _inside(match.span("num"), list(skip)):
                continue
            fact = matches.figure(index, match)
            if fact is not None and fact.value == value and not fact.approximate:
                yield item, value, match.end(), _clause_end(matches.text, match.end(), item)


def _figure(matches: _Matches, item: str, match: re.Match) -> Fact | None:
    """The fact a match of an item's pattern gives, whatever the spans already taken; None when its number
    is none, or the figure is not the item's (`_denied_for_disclosure`, `_not_the_bodys`)."""
    text, span = matches.text, match.span("num")
    value = parse_number(match.group("num"))
    if value is None:
        return None
    if text[match.start("num") - 1: match.start("num")] in _OPENING_QUOTES:
        return None  # a name or a slogan (“四个不低于”的承诺), not a count
    if item in LIST_ITEMS and not text[match.start(): match.start("num")].strip(" \u3000") \
            and not OPENS_A_LIST_ITEM.search(text[max(0, match.start() - 3): match.start()]) and match.start() > 0:
        return None  # a number first that does not open a list item
    sentence = matches.sentence(match.start())
    if _denied_for_disclosure(item, sentence, match.start("num") - _sentence_start(text, match.start())) \
            or _not_the_bodys(item, text, match, sentence):
        return None
    if item in _IN_WAN and not match.group("unit"):
        value = round(value / 10000, 6)  # the item is in 万元; the text says 元
    value = _signed(item, text, match.start("num"), value)
    none = value == 0 or (value == 1 and (NONE_AFTER_ONE.match(text, match.end()) is not None
                                          or _not_even_one(text, match.start("num"), match.group("num"))))
    if none and _for_one_reason(item, text, match.start()):
        return None  # a none said for one reason is the reason's (因属于国家秘密而不予公开的一件也没有)
    if value == 1 and none:
        return Fact(item, 0.0, "zero_stated", "prose", sentence, match.start())  # 行政复议一件都没有: none
    approx = bool(match.group("pre") or match.group("post")) or _approx_around(text, span)
    return Fact(item, value, "number", "prose", sentence, match.start(), approximate=approx)


_OPENING_QUOTES = frozenset("“「『\"")


def _not_even_one(text: str, at: int, number: str) -> bool:
    """Whether a 一 at `at` is said with a negation before it: none, not one (未受理一件申请)."""
    return number == "一" and NONE_BEFORE_ONE.search(text, max(0, at - 6), at) is not None


@functools.cache
def _read_in(regime: str | None) -> list[tuple[int, str, str]]:
    """The index, item and gate word of each pattern whose item is read in the regime, in order (the words looked
    up once: an attribute of each pattern for each text costs more than the test of its word)."""
    return [(index, p.item, p.word) for index, p in enumerate(_COMPILED) if _in_regime(p.item, regime)]


@functools.cache
def _zeros_read() -> list[tuple[int, str, str]]:
    """The index, item and gate word of each of `_ZERO_COMPILED`, in order (`_read_in`)."""
    return [(index, p.item, p.word) for index, p in enumerate(_ZERO_COMPILED)]


def _in_regime(item: str, regime: str | None) -> bool:
    """Whether the item is read in the regime (ONLY_IN: the items only some formats have)."""
    return item not in ONLY_IN or regime in ONLY_IN[item]


def _not_the_bodys(item: str, text: str, match: re.Match, sentence: str) -> bool:
    """Not the figure of the item: an average, a plan, a part of the year or a running total over the years; a count
    on one column or sub-site (专栏, 子站), of one account or unit; a count of applications in a sentence not about
    disclosure."""
    near = text[max(0, match.start() - 12): match.start("num")]
    clause = _ITEM_STOP.split(near)[-1]
    if AVERAGE.search(near[-8:]) or AVERAGED.search(clause) or PLANNED.search(clause) or CUMULATIVE.search(near) \
            or PART_OF_THE_YEAR.search(clause) \
            or _in_a_plan(text, match.start(), sentence) \
            or PART_OF_A_RUNNING_TOTAL.search(sentence[: _offset_in(sentence, match)]) \
            or ANOTHER_REGIONS.search(clause) or A_PAST_YEAR.search(clause):
        return True
    if item == "resp_policy_readings" and (  # (readings of several kinds, or one column's: 该栏目全年发布…82条)
            JOINED_BEFORE.search(text, max(0, match.start() - 6), match.start())
            or NOT_THE_BODYS_TOTAL.search(text, _clause_span(text, match.start())[0], match.start("num"))
            or REPRINTED.search(text, _clause_span(text, match.start())[0], match.start("num"))):
        return True
    if COMPARED.search(clause) and item not in COMPARED_ITEMS:
        return True
    at = _offset_in(sentence, match) + match.start("num") - match.start()
    if item in CHANNEL_ITEMS and AT_THE_YEARS_END.search(sentence, 0, at) \
            and RUNNING_IN_ITS_CLAUSE.search(sentence, 0, at) \
            or item in ("pro_website", "pro_total") and WITH_THE_NEWS.match(text, match.end()):
        return True  # (an account's running total at the year's end; a site's posts of every kind, news included)
    if item == "app_completed" and "申请" not in match.group(0) \
            and OTHER_THINGS_DONE.search(sentence, 0, _offset_in(sentence, match)):
        return True  # (热线全年受理来电320个，办结318件: the calls')
    if item == "app_received" and WITH_THE_CARRIED.match(text, match.end()):
        return True  # (受理申请749件（含上年结转）: not the new ones)
    if item == "resp_interviews" and ON_AIR.search(sentence, 0, _offset_in(sentence, match)):
        return True  # (a broadcaster's programme: 在平潭电视台播出…访谈节目6期)
    if item in _ONE_CASE_OUTCOMES and (DISCLOSURE_S_PART_AFTER.match(text, match.end())
                                       or _of_all_kinds_of_cases(sentence[: _offset_in(sentence, match)])
                                       or ("信息公开" not in match.group(0)
                                           and DISCLOSURE_S_PART_LATER.search(text, match.end(),
                                                                              _sentence_end(text, match.end())))):
        return True  # (作为被申请人的4件行政复议案件中，因政府信息公开引起的有1件: all the cases, disclosure's a part)
    if item in _TRAINING and _OTHER_FIELDS_TRAINING.search(sentence, 0, _offset_in(sentence, match)
                                                           + match.start("num") - match.start()):
        return True
    counted = _counted(text, match.start(), match.start("num")) if item in CHANNEL_ITEMS else ""
    if _anothers(item, text, match.start(), match.start("num")) or (item in CHANNEL_ITEMS and (
            ONE_KIND_OF_CONTENT.search(counted) or EACH_ACCOUNT.search(near))):
        return True
    if item in NEEDS_IN_SENTENCE and not NEEDS_IN_SENTENCE[item].search(sentence) \
            and not NEEDS_BEFORE[item].search(text[max(0, match.start() - 300): match.start()]):
        return True
    if item in OF_THE_BODY_ALONE:
        return _of_a_sub_unit(text, match.start(), match.start("num"))
    if item in _DECISIONS:
        return _not_the_years_decisions(text, match, clause)
    if item not in ("pro_total", "pro_website"):
        return False
    before = sentence[: _offset_in(sentence, match)]
    if match.start() == match.start("num") and A_PART_BEFORE.search(before):  # (其中，50条信息经…主动公开)
        return True
    if item == "pro_total" and _over_channels_with_the_website(_A_DIGIT.split(before)[-1]):
        return bool(NOT_THE_BODYS_TOTAL.search(A_COLUMN.sub("", near)))
    return bool(NOT_THE_BODYS_TOTAL.search(near) or (item == "pro_total" and NOT_THE_BODYS_SENTENCE.search(before)))


_A_DIGIT = re.compile(r"\d")  # (the words a figure's count is told with start after the figure before it)


def _of_all_kinds_of_cases(before: str) -> bool:
    """Whether the words before a count of cases frame it as one of all kinds of cases against the body (以我厅为被告或
    被申请人的各类案件中，行政诉讼3起) or as cases the body decided itself (依法办理公安行政复议案件3起), not as
    disclosure's."""
    return bool(ALL_KINDS_OF_CASES.search(before) or CASES_IT_DECIDED.search(before)) and "信息公开" not in before


def _over_channels_with_the_website(words: str) -> bool:
    """Whether words tell of disclosing over several channels, the website one of them (依托门户网站专栏和官方微信
    公众号; …等渠道): a column is one of them (专栏和微博); not over new media alone (网站…3400余条，政务微博、
    微信公众号全年发布信息2772篇: theirs, not the total)."""
    return bool(OVER_CHANNELS.search(words) or (SEVERAL_CHANNELS.search(words) and "网站" in words))


_TRAINING = frozenset({"trainings", "trainees"})
_IN_WAN = frozenset({"fees", "procurement_amount"})  # (items in 万元 whose patterns read 元 too)
_OTHER_FIELDS_TRAINING = re.compile(OTHER_FIELDS_TRAINING)


# Words of a figure's whole clause that make it another's: an applicants' column's or one office's requests, several
# channels' disclosures or responses told on one
_NOT_ITS_CLAUSE = {**dict.fromkeys(REQUEST_ITEMS, NOT_THE_BODYS_REQUESTS),
                   **dict.fromkeys(CHANNEL_ITEMS, NOT_THE_CHANNELS)}


def _anothers(item: str, text: str, at: int, end: int) -> bool:
    """Whether the clause of a figure (at `at`, its number before `end`) makes it another's (`_NOT_ITS_CLAUSE`), or
    its sentence lists it under one applicants' column's count (`ONE_APPLICANTS_PARTS`)."""
    words = _NOT_ITS_CLAUSE.get(item)
    if item in REQUEST_ITEMS and ONE_APPLICANTS_PARTS.search(text[_sentence_start(text, at): at]):
        return True
    return words is not None and words.search(text, _framed_clause_start(text, at), end) is not None


def _counted(text: str, start: int, end: int) -> str:
    """The words of a match before its number that say what was counted: past a list of kinds it ends with 等
    (公布新闻动态、政策文件等各类信息: 各类信息)."""
    words = text[start:end]
    return words[words.rfind("等") + 1:]


def _framed_clause_start(text: str, at: int) -> int:
    """Where the clause around an offset starts, with the frame before it when one sets it (在自然人提出的申请中，…)."""
    start = _clause_span(text, at)[0]
    if start >= 2 and text[start - 2] == "中" and text[start - 1] in ",，":
        return _clause_span(text, start - 2)[0]
    return start


def _in_a_plan(text: str, at: int, sentence: str) -> bool:
    """Whether a figure is in a sentence that opens as a plan, or in a list a plan's sentence opens past its
    semicolons (2017年，我厅将重点抓好4项工作：一是…；四是…，培训100人次以上)."""
    return PLAN_SENTENCE.match(sentence) is not None \
        or PLAN_SENTENCE.match(_to_full_stops(text, at).lstrip()) is not None


def _offset_in(sentence: str, match: re.Match) -> int:
    """Where a match starts in its sentence (0 when not found there)."""
    return max(0, sentence.find(match.group(0)))


_DECISIONS = frozenset({"licensing_decisions", "penalty_decisions", "coercion_decisions"})


def _not_the_years_decisions(text: str, match: re.Match, clause: str) -> bool:
    """Decisions of another year, a comparison's, or some of the body's units' (上年实施行政处罚30件, 较上年多采取…
    3件, 各乡镇作出…), or last year's items in a clause of that column (上一年项目数量…：行政处罚35项): not the article
    20 table's decisions of the year, nor one named unit's part (其中，县公安局作出…); all the area's departments
    together (全区各执法部门作出的行政处罚决定) are the area's."""
    words = text[max(_clause_span(text, match.start())[0], match.start() - 24): match.start("num")]
    if _a_units_part(text, match.start()):
        return True  # (其中，县行政审批局作出行政许可决定38.6万件: one unit's part)
    if ARTICLE20_COLUMNS.search(text, _clause_span(text, match.start())[0], match.start()):
        return True  # (“上一年项目数量”一栏：行政许可3项、行政处罚35项: last year's items)
    if ALL_THE_AREAS_UNITS.search(words):
        return bool(NOT_BY_LABEL.search(ALL_THE_AREAS_UNITS.sub("", words)))
    return bool(NOT_BY_LABEL.search(clause)) or _of_a_sub_unit(text, match.start(), match.start("num"))




def _a_units_part(text: str, at: int) -> bool:
    """Whether the clause at `at` opens with a named unit, after a 其中 earlier in its sentence (其中，县行政审批局作出
    行政许可决定38.6万件，县公安局作出…): one unit's part of the body's figure."""
    clause_start = _clause_span(text, at)[0]
    return A_UNITS_PART.match(text, clause_start) is not None \
        and "其中" in text[_sentence_start(text, at):clause_start + 4]


_ITEM_STOP = re.compile("[,，、。;；\n]")  # the stops of a clause or of a list's item (`_CLAUSE_STOPS`: of a clause)


def _for_one_reason(item: str, text: str, at: int) -> bool:
    """Whether an outcome group's none at `at` is said for one reason of the group (`FOR_ONE_REASON`); a figure
    so said is the group's (予以公开5件，因本机关不掌握相关政府信息无法提供8件: the group told by its reason)."""
    return item in OUTCOME_GROUPS and bool(FOR_ONE_REASON.search(text, max(0, at - 30), at))


def _of_a_sub_unit(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end`, or the clause just before them, name the body's units
    (各县区, 下属单位): their documents and fees are not the body's own."""
    return bool(SUB_UNITS.search(_ITEM_STOP.split(text[max(0, start - 12): start])[-1])
                or SUB_UNITS.search(text, start, end))


def _corrected_only(text: str, match: re.Match) -> bool:
    """"No decision was corrected" (未被纠错, 无败诉) says nothing about how many cases there were."""
    rest = re.split(r"[。;；,，\n]", text[match.end():match.end() + 12], maxsplit=1)[0]
    return bool(NOT_A_ZERO.search(match.group(0) + rest))


def _other_counts(matches: _Matches, taken: list[tuple[int, int]]) -> list[Fact]:
    """Every counted figure no known item took, as `prose_other` with the phrase that says what was counted."""
    facts = (matches.count(n) for n, (span, _) in enumerate(matches.counted()) if not _inside(span, taken))
    return [fact for fact in facts if fact is not None]


def _count_fact(text: str, match: re.Match) -> Fact | None:
    """A match of a count as a `prose_other` fact; None when it is no count (a duration, a growth rate) or
    says nothing of what was counted."""
    if NOT_A_COUNT_AFTER.match(text, match.end() - len(match.group("unit"))):
        return None
    unit = match.group("unit").replace("％", "%")
    before = _clause_before(text, match.start())
    if unit == "%" and NOT_A_COUNT_PERCENT.search(before + text[match.end(): match.end() + 2]):
        return None
    value = 0.0 if _not_even_one(text, match.start("num"), match.group("num")) else parse_number(match.group("num"))
    label = _label(before, _clause_after(text, match.end()))
    if not label and before == "" and text[match.start() - 1: match.start()] in _COLONS:
        label = _label(_clause_before(text, match.start() - 1), "")  # (全年推送信息：1146篇)
    if value is None or not label:
        return None
    approx = bool(match.group("pre") or match.group("post")) or _approx_around(text, match.span("num"))
    return Fact("prose_other", value, "number", "prose", _sentence(text, match.start()), match.start(),
                approximate=approx, row_label=label, unit=unit)


_COLONS = frozenset(":：")


def _by_label(matches: _Matches, others: list[Fact], seen: set[str], regime: str | None,
              names: dict[str, str]) -> dict[Fact, Fact]:
    """prose_other fact -> the same figure as the known item its label names (`LABELS`), for the items no
    pattern gave; an item named by two figures is given by none (which one is the body's is not known)."""
    named: dict[str, list[tuple[Fact, Fact]]] = {}
    for fact in others:
        items = {entry.item for entry in matches.named(fact) if _of_regime(entry.item, regime, names)}
        item = items.pop() if len(items) == 1 else None
        if item is not None and item not in seen and names.get(item, item) not in seen:
            value = _signed(item, matches.text, fact.offset, fact.value)
            named.setdefault(item, []).append(
                (fact, Fact(item, value, "number", "prose_label", fact.source_text, fact.offset,
                            approximate=fact.approximate, row_label=fact.row_label)))
    return dict(pairs[0] for pairs in named.values() if len(pairs) == 1)


def _signed(item: str, text: str, at: int, value: float | None) -> float | None:
    """A figure with its sign: a change of the article 20 table's items told as a fall (减少59项) is negative."""
    if value and item.endswith("_items_change") and FEWER.search(text, max(0, at - 3), at):
        return -value
    return value


def _label_entries(text: str, fact: Fact) -> tuple[Label, ...]:
    """The entries of `LABELS` a prose_other figure's label names, in any regime (none when it is not the body's),
    or else the article 20 table's column it counts under a kind (`_article20_entries`); none in a plan."""
    if _in_a_plan(text, fact.offset, fact.source_text) or _a_units_part(text, fact.offset):
        return ()
    return _lexicon_entries(text, fact) or _article20_entries(text, fact)


def _lexicon_entries(text: str, fact: Fact) -> tuple[Label, ...]:
    """The entries of `LABELS` a prose_other figure's label names (none when it is not the body's)."""
    label = fact.row_label or ""
    if label.endswith(_JOINING):  # the words of the figure before it (1330件行政处罚决定和54件行政强制决定)
        return ()
    named = _entries_named_in(label)
    if not any(entry.words.search(label) for entry in named):  # (`_names_an_entry`, its entries looked up once)
        return ()
    clause = _clause_before(text, fact.offset)
    listed = text[_clause_span(text, fact.offset)[0]: fact.offset]  # with the list it ends (传真、信函申请3件)
    lead = text[_sentence_start(text, fact.offset): fact.offset]
    if any(words.search(clause) or words.search(listed) or words.search(label) for words in _NOT_BY_LABEL) \
            or PART_OF_A_RUNNING_TOTAL.search(lead):
        return ()
    together, whole = _after_last_figure(listed) + label, _whole_lead(text, fact.offset, lead)
    if not _label(clause, ""):  # a label after its figure goes on after it (2件申请都是以信函、传真方式提交的)
        after = text[fact.offset: _clause_span(text, fact.offset)[1]].lstrip("0123456789.")
        together += _DIGITS.split(after, maxsplit=1)[0]  # (to the next figure: 3件以信函方式提交、2件为传真申请)
    return tuple(entry for entry in named if fact.unit in entry.units and entry.words.search(label)
                 and not _anothers(entry.item, text, fact.offset, fact.offset)
                 and _names_it(entry, (whole if entry.whole_lead else listed) + label,
                               _to_full_stops(text, fact.offset) if entry.sentence is REQUESTS
                               or (entry.whole_lead and whole is not lead) else fact.source_text)
                 and not (entry.counted_with and entry.counted_with.search(together))
                 and _of_its_group(entry, text, fact.offset, fact.offset, fact.value))


_JOINING = ("和", "及", "与", "、", "或", "以及")


def _whole_lead(text: str, at: int, lead: str) -> str:
    """The words of a sentence before a figure (`lead`), from its full stop when the part after its last semicolon
    names no kind of document (…现行有效的行政规范性文件共181件；其中本年新制发7件: the kind named before it)."""
    return lead if DOCUMENT_KINDS.search(lead) else text[_after_full_stop(text, at): at]


def _after_full_stop(text: str, at: int) -> int:
    """Where the sentence around an offset starts, past its semicolons (after the full stop or line before it)."""
    return max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1


def _to_full_stops(text: str, at: int) -> str:
    """The sentence around an offset to its full stops, past semicolons: a sentence of requests may name them in a
    part before its channels' (从申请方式看，当面提出的18件；通过电子邮件提交3件；…)."""
    start = _after_full_stop(text, at)
    stop = _FULL_STOP.search(text, at)
    return text[start: stop.start() if stop else len(text)]


def _article20_entries(text: str, fact: Fact) -> tuple[Label, ...]:
    """The entries of `ARTICLE20_COUNTS` a count names, of the kind its clause or the sentence before it names
    (行政许可：上一年项目数量为396项): last year's words name a column there (`ARTICLE20_LAST_YEAR`)."""
    label = fact.row_label or ""
    told = _clause_before(text, fact.offset) + label
    entries = [entry for entry in ARTICLE20_COUNTS if fact.unit in entry.units and entry.words.search(label)
               and _names_it(entry, told, fact.source_text) and _a_column_count(entry, told)]
    if not entries:
        return ()
    kind = _kind_clause(text, *_clause_span(text, fact.offset))
    return tuple(entry for entry in entries if entry.of_kind is not None and entry.of_kind.search(kind))


def _a_column_count(entry: Label, told: str) -> bool:
    """Whether the words before a count are no comparison (`_NOT_BY_LABEL`) once the column's own words are left out:
    last year's (上一年项目数量), and the rise or fall of the change column (本年减少59项)."""
    words = ARTICLE20_LAST_YEAR.sub("", told)
    if entry.item.endswith("_items_change"):
        words = ARTICLE20_CHANGE.sub("", words)
    return not any(not_by_label.search(words) for not_by_label in _NOT_BY_LABEL)


def _after_last_figure(words: str) -> str:
    """The words after the last figure of a clause: the list a figure counts (传真、信函申请3件), not the items
    counted before it (当面申请2件、网上申请3件)."""
    return _DIGITS.split(words)[-1]


_DIGITS = re.compile(r"\d")


def _names_it(entry: Label, words: str, sentence: str) -> bool:
    """Whether a label's or a clause's words (and its sentence) can be the entry's item's."""
    return (entry.sentence is None or bool(entry.sentence.search(sentence))) \
        and (entry.unless is None or not entry.unless.search(words))


def _of_its_group(entry: Label, text: str, at: int, end: int, count: float | None = None) -> bool:
    """Whether the outcome group a ground is told under is its own: the group its whole sentence (to its
    full stops: 不予处理2件，均为…；重复申请…都未发生) names last before `end`, or else first after; a `count` (at
    `at`; None: told as none) after its group's clause is one only in a list the group opens (`GROUNDS_OPENED`),
    and never more than the group's figure (不予公开1件（危及“三安全一稳定”3件）: the parts' guard, `_parts`).
    Any other entry is of no group."""
    if entry.group is None:
        return True
    start = _after_full_stop(text, at)
    if OF_THOSE.match(text, start) and start > 0 and text[start - 1] == "。":
        start = _after_full_stop(text, start - 1)  # (不予公开3件。其中，属于国家秘密的1件；…: the group's own list)
    last = None
    for found in OUTCOME_GROUP_WORDS.finditer(text, start, end):
        last = found
    if last is None:
        stop = _FULL_STOP.search(text, end)
        after = OUTCOME_GROUP_WORDS.search(text, end, stop.start() if stop else len(text))
        return after is not None and entry.group.fullmatch(after.group()) is not None
    if entry.group.fullmatch(last.group()) is None:
        return False
    if count is None:
        return True
    figure = _GROUP_FIGURE.match(text, last.end())
    in_its_clause = last.start() >= _clause_span(text, at)[0]
    return (figure is None or count <= int(figure.group(1))) \
        and (in_its_clause or GROUNDS_OPENED.search(text, last.end(), at) is not None)


_GROUP_FIGURE = re.compile(r"(?:的)?(?:申请)?(?:共|为|有)?(\d+)件")  # (a group's figure after its word)


_FULL_STOP = re.compile("[。\n]")


def _of_regime(item: str, regime: str | None, names: dict[str, str]) -> bool:
    """Whether the regime has the item (by its name in the regime), or its prose tells it in any regime."""
    code = names.get(item, item)
    return _in_regime(item, regime) and (regime is None or regime in ITEM_BY_CODE[code].regimes
                                         or code in _TOLD_IN_ANY_REGIME)


# The pre-2019 tables' proactive, response and capacity items, which later reports still tell in their prose (全年举办
# 新闻发布会5场) and the patterns read in any regime; not the normative documents (the article 20 table's from 2019)
_TOLD_IN_ANY_REGIME = frozenset(item.code for item in ITEMS if item.section in ("proactive", "response", "capacity")
                                and item.code not in ("pro_normative", "normative_issued"))


def _clause_zeros(matches: _Matches, skip: tuple[tuple[int, int], ...], seen: set[str], regime: str | None,
                  names: dict[str, str], nones: frozenset[str] = frozenset()) -> list[Fact]:
    """A zero for each item of `LABELS` a clause that says none names, with no number of its own (当面、传真、
    网络渠道均未收到申请: three zeros), for the items of the regime nothing else gave (tables excluded by `skip`);
    a count of cases told as none again (`nones`: the items already told as none) for its outcomes after it."""
    facts, tables = [], list(skip)
    for negation, start, end in matches.none_clauses():
        if _inside((negation, negation + 1), tables):
            continue
        clause, sentence = matches.text[start:end], matches.sentence(start)
        for entry in _entries_named_in(clause):  # (the others' words are not in it)
            item = entry.item
            told_again = item in nones and item in _RESTATED
            if (told_again or item not in seen and names.get(item, item) not in seen) \
                    and entry.words.search(clause) \
                    and _names_it(entry, clause, sentence) and _of_regime(item, regime, names) \
                    and (entry.of_kind is None or entry.of_kind.search(_kind_clause(matches.text, start, end))) \
                    and _of_its_group(entry, matches.text, start, end):
                if not told_again:
                    facts.append(Fact(item, 0.0, "zero_stated", "prose", sentence, start))
                    seen.update((item, names.get(item, item)))
                facts.extend(_parts_of_a_none(matches.text, item, end, tables, seen, regime))
        facts.extend(_groups_of_all_grounds(clause, facts, seen, regime, names, sentence, start))
    return facts


def _groups_of_all_grounds(clause: str, zeros: list[Fact], seen: set[str], regime: str | None,
                           names: dict[str, str], sentence: str, start: int) -> list[Fact]:
    """The none of each outcome group a none clause names with all of its grounds, each a zero of the clause
    (因…、…或…而无法提供的，数量为零: the group is the sum of its grounds), when nothing else gave it."""
    told = {fact.item for fact in zeros if fact.offset == start}
    out = []
    for group, word, grounds in GROUPS_OF_GROUNDS:
        item = names.get(group, group)
        if item not in seen and word.search(clause) and told.issuperset(grounds) and _of_regime(group, regime, names):
            out.append(Fact(item, 0.0, "zero_stated", "prose", sentence, start))
            seen.add(item)
    return out


_HEADING_END = re.compile("[:：]")


def _kind_clause(text: str, start: int, end: int) -> str:
    """The clause that names the article 20 table's kind a clause's measure is of: the clause itself, or else the
    nearest clause of its sentence before it that names one, or the heading of its line ('' when none does, or it
    is not the body's, last year's words of a column aside: 行政强制：项目数量上年126项，本年增/减为0)."""
    clause = text[start:end]
    told = _HEADING_END.split(clause)[-1]  # (规章和规范性文件：…没有新制作、新公开规章: the kind after the heading)
    if ANY_ARTICLE20_KIND.search(told):
        clause = told
    if not ANY_ARTICLE20_KIND.search(clause):
        before = _CLAUSE_END.split(text[_sentence_start(text, start): start])
        clause = next((c for c in reversed(before) if ANY_ARTICLE20_KIND.search(c)), "") or _heading(text, start)
    return "" if any(words.search(ARTICLE20_LAST_YEAR.sub("", clause)) for words in _NOT_BY_LABEL) else clause


def _heading(text: str, at: int) -> str:
    """The heading a line opens with before its colon (行政许可：…；…), which governs the line to its full stop."""
    start = _after_full_stop(text, at)
    heading = _HEADING.match(text, start, at)
    return heading.group(1) if heading else ""


_HEADING = re.compile(r"\s*([^，,。；;:：\n]{1,20})[:：]")


def _none_clauses(text: str) -> list[tuple[int, int, int]]:
    """Where a negation is, and its clause's start and end, for each clause that says none of something the
    lexicon names (`LABELS`), with no number of its own, of the body and of the year: one pass over the negations."""
    out = []
    negation = _negation(text, 0)
    while negation is not None:
        start, end = _clause_span(text, negation.start())
        colon = _COLON.search(text, negation.end(), end)  # (未出现无法提供的情形：…: the none ends before its list)
        end = colon.start() if colon else end
        clause = text[start:end]
        if _ALL_NONE.match(clause) and start > 0 and text[start - 1] in "，," and not _names_an_entry(clause):
            start = _listed_before(text, start, _THESE_KINDS.match(clause) is not None)  # (…而不予公开的，均为0件)
            last_colon = max(text.rfind("：", start, negation.start()), text.rfind(":", start, negation.start()))
            start = max(start, last_colon + 1)  # (无法提供的申请0件：…的、…的，都没有: the list after its group's)
            clause = text[start:end]
        elif start > 0 and text[start - 1] in "，," and _FRAME.match(text, _clause_span(text, start - 1)[0], start - 1):
            start = _clause_span(text, start - 1)[0]  # with the frame before it (上述两类诉讼中，结果纠正…都为零)
            clause = text[start:end]
        if _names_an_entry(clause) and not (_a_number_of_its_own(clause) or _not_the_years_none(clause)):
            out.append((negation.start(), start, end))
            listed = _listed_after(text, end)
            if listed:
                out.append((negation.start(), *listed))
                end = listed[1]
        negation = _negation(text, end)  # the next clause's
    return out


def _a_number_of_its_own(clause: str) -> bool:
    """Whether a none clause counts something of its own: a number that is not its negation's (一件也没有) nor the
    count of the kinds it closes (这5种情形)."""
    return _HAS_NUMBER.search(NEGATION.sub("", _NOT_EVEN_ONE.sub("", _THESE_KINDS.sub("", clause)))) is not None


def _listed_before(text: str, start: int, counted: bool = False) -> int:
    """The start of the clause before a clause that says all were none, with the clauses before that one its list
    goes on from (…逾期不补正的申请，以及其他方式处理的申请，同样均未出现); with all the clauses after the sentence's
    colon when the none counts the things listed (不予公开的为0件：属于国家秘密，…，属于行政查询事项，这八种情形
    一件也没有)."""
    end = start - 1
    if counted:
        sentence = _after_full_stop(text, end)
        colon = max(text.rfind("：", sentence, end), text.rfind(":", sentence, end))
        if colon >= 0:
            return colon + 1
    start = _clause_span(text, end)[0]
    while start > 0 and text[start - 1] in "，,":
        before = _clause_span(text, start - 1)[0]
        if not (_LIST_GOES_ON.match(text, start) or (_ONE_OF_A_LIST.search(text[start:end])
                                                     and _ONE_OF_A_LIST.search(text[before:start - 1]))):
            break
        end, start = start - 1, before
    return start


_LIST_GOES_ON = re.compile(r"以及|及|和|还有|还是")  # (无论是…，还是…，都无一件)
# ... or the clauses of a list of things each ending in 的 (…逾期不补正、行政机关不再处理其申请的，…缴纳费用、…的，
# 以及…)
_ONE_OF_A_LIST = re.compile(r"的(?:申请|情形|情况)?$")
_FRAME = re.compile(r"[^，,。；;\d]{0,16}中$")  # a clause that names what the next one tells of (上述两类诉讼中)


def _listed_after(text: str, end: int) -> tuple[int, int] | None:
    """The clause after a none clause (ending at `end`) that lists its things, with no number of its own: its start
    and end (无法提供的情形未出现，包括本机关不掌握…、…三类: the grounds are none too)."""
    if not _LISTED.match(text, end):
        return None
    start, stop = end + 1, _clause_span(text, end + 1)[1]
    listed = text[start:stop]
    if _names_an_entry(listed) and not _HAS_NUMBER.search(listed) and not _not_the_years_none(listed):
        return start, stop
    return None


_COLON = re.compile("[:：]")
_LISTED = re.compile(r"[,，](?:包括|包含|即)")
# A clause that says only that all were none (均为0件, 也都没有): the things are those of the clause before it
# ... (均为0件 and 一件也没有 say none: no number of the clause's own)
_NOT_EVEN_ONE = re.compile(r"一[件起个](?=也|都)|(?<=[无没])一[件起个]")  # (一件也没有, 都无一件)
_THESE_KINDS = re.compile(r"(?:这|以上|上述|这些)[\d一二两三四五六七八九十]+(?:种|类|项|个)")  # (这5种情形一件也没有)
_ALL_NONE = re.compile(r"(?:(?:这|以上|上述|这些)(?:几|[\d一二两三四五六七八九十]+)?(?:类|种|项)?(?:申请|情形|情况)?)?"
                       r"(?:本年度?|全年|今年)?(?:数量?|件数)?(?:也|亦|同样)?"
                       r"(?:(?:均|都|全部|各|一[件起个](?:也|都))[^，,。；;1-9]{0,6}|(?:没有|未)(?:发生|出现)(?:过)?|没有|无"
                       r"|(?:合计|总计|共计)[为是](?:零|0)件?|(?<=数|量|样)[为是](?:零|0)件?)$")


def _negation(text: str, pos: int) -> re.Match | None:
    """`NEGATION.search(text, pos)`, tried only where a negation's first character is: the search itself tries
    every character against all its alternatives (about five times slower)."""
    start = _NEGATION_FIRST.search(text, pos)
    while start is not None:
        negation = NEGATION.match(text, start.start())
        if negation is not None:
            return negation
        start = _NEGATION_FIRST.search(text, start.start() + 1)
    return None


_NEGATION_FIRST = _first_class(NEGATION.pattern) or re.compile("(?s:.)")  # (any character, were they not known)


def _not_the_years_none(clause: str) -> bool:
    """Whether a none clause is not the body's none of the year (`NOT_A_CLAUSE_ZERO`, `_NOT_BY_LABEL`); the article
    20 table's columns (上一年项目数量) are names, no comparison with last year."""
    if "上" in clause:
        clause = ARTICLE20_COLUMNS.sub("", clause)
    return bool(NOT_A_CLAUSE_ZERO.search(clause)) or any(words.search(clause) for words in _NOT_BY_LABEL)


# Any entry's words: a clause without one names nothing of the lexicon.
_ANY_LABEL_WORD = re.compile("|".join(f"(?:{entry.words.pattern})" for entry in LABELS))


def _label_words(pattern: str) -> tuple[str, ...]:
    """Words one of which every match of an entry's words holds: its gate's word, else the words it opens with."""
    word = gate_word(pattern)
    return (word,) if word else openings(pattern)


# Every entry's `_label_words`: words without one of them name nothing of the lexicon. A search of these plain
# words skips to where one can start; `_ANY_LABEL_WORD` tries each of its alternatives at every character.
# (Were an entry without a word of its own, the empty pattern: words without one are not known, none is ruled out.)
_LABEL_WORDS = re.compile("|".join(sorted({re.escape(word) for entry in LABELS
                                           for word in _label_words(entry.words.pattern)}))
                          if all(_label_words(entry.words.pattern) for entry in LABELS) else "")


def _names_an_entry(words: str) -> bool:
    """Whether the words hold an entry's words (`_ANY_LABEL_WORD`): those of an entry whose label words they hold.
    `_ANY_LABEL_WORD` would try each of its alternatives at every character; these are a few searches of one."""
    return any(entry.words.search(words) for entry in _entries_named_in(words))


def _entries_named_in(words: str) -> Sequence[Label]:
    """The entries of `LABELS` the words can name, in its order: those of the label words they hold (a match of an
    entry's words holds one of its `_label_words`); every entry, were one without a word of its own."""
    if not _LABEL_WORDS.pattern:
        return LABELS
    held = {index for _, indexes in _label_words_automaton().iter(words) for index in indexes}
    return [LABELS[index] for index in sorted(held)]


@functools.cache
def _label_words_automaton() -> ahocorasick.Automaton:
    """Each label word (`_label_words`) -> the indexes in `LABELS` of the entries it is one of: all the label words
    some words hold found in one pass (Aho-Corasick)."""
    by_word: dict[str, list[int]] = {}
    for index, entry in enumerate(LABELS):
        for word in _label_words(entry.words.pattern):
            by_word.setdefault(word, []).append(index)
    automaton = ahocorasick.Automaton()
    for word, indexes in by_word.items():
        automaton.add_word(word, tuple(indexes))
    automaton.make_automaton()
    return automaton


def _clause_span(text: str, at: int) -> tuple[int, int]:
    """The start and end of the clause around an offset (from the stop before it to the stop after it)."""
    window = max(0, at - _CLAUSE_REACH)
    last = _UP_TO_CLAUSE_STOP.match(text, window, at)
    stop = _CLAUSE_END.search(text, at)
    return last.end() if last else window, stop.start() if stop else len(text)


# The stops of a clause, not of a list's items (当面、传真、网络渠道均未收到申请 is one clause); a space too: a
# heading run on before the clause (七、机构建设、保障经费 我厅未单独设立…)
_CLAUSE_STOPS = ",，。;；\n \u3000"
_CLAUSE_END = re.compile(f"[{_CLAUSE_STOPS}]")
_UP_TO_CLAUSE_STOP = re.compile(f"(?s:.*)[{_CLAUSE_STOPS}]")  # (greedy: the last stop, in one match)
_CLAUSE_REACH = 120  # how far before an offset its clause can start (a longer one is cut there)
# A number of the clause's own (为0件, 2个): its figure is a count, read as one
_HAS_NUMBER = re.compile(r"\d|[一二两三四五六七八九十百千]+[件条次场期个人名项]")


_NOT_BY_LABEL = (NOT_BY_LABEL, AVERAGE, PLANNED, CUMULATIVE, NOT_THE_BODYS_TOTAL, PART_OF_THE_YEAR)


def _clause_before(text: str, at: int) -> str:
    window = text[max(0, at - 30): at]
    last = _UP_TO_LAST_STOP.match(window)
    return window[last.end():] if last else window[-16:]


# Everything up to the last label stop of a window (greedy: one match instead of a list of all stops).
_UP_TO_LAST_STOP = re.compile(rf"(?s:.*){LABEL_STOPS.pattern}")


def _clause_after(text: str, at: int) -> str:
    stop = LABEL_STOPS.search(text, at, at + 16)
    after = text[at: stop.start() if stop else at]
    return after if len(after) <= 12 else ""


def _label(before: str, after: str) -> str:
    """The counted thing: `机构职能类信息` (205条), `召开了新闻发布会` (8场), `发布…信息` (发布25条信息)."""
    before = LABEL_FILLER_END.sub("", LABEL_FILLER_START.sub("", before.strip(" “”\"'"))).strip()
    after = after.strip(" “”\"'")
    return f"{before}…{after}" if before and after else before or after


def _denied_for_disclosure(item: str, sentence: str, at: int) -> bool:
    """A count of all cases in a sentence that says none concerned disclosure (共受理行政复议1起,
    没有因政府信息公开而被提起的行政复议; …行政诉讼案件3起，这些案件均不涉及政府信息公开): the disclosure figure is the
    zero, not the count; but not a count at `at` after the disclosure cases are named (…均与政府信息公开无关，
    因政府信息公开引起的行政复议、行政诉讼分别为0件和0件)."""
    zero = _ZERO_BY_ITEM.get(item)
    if not (zero and "信息公开" in sentence):
        return False
    unrelated = NOT_ABOUT_DISCLOSURE.search(sentence)
    return any("信息公开" in m.group(0) for m in zero.compiled.finditer(sentence)) \
        or (unrelated is not None and not DISCLOSURE_S_OWN.search(sentence, unrelated.end(), at))


def _clause_end(text: str, at: int, parent: str) -> int:
    """The end of a total's clause: its next stop, or the end of the sentences after it whose subject is the same
    requests (FOLLOW_UP)."""
    if parent in GROUPS_WITH_GROUNDS:
        return _grounds_end(text, at, parent)
    stop = _parts_of(parent)[0].search(text, at)
    if stop is None:
        return len(text)
    follow_up = FOLLOW_UP.get(parent)
    while follow_up is not None and stop.group() == "。" and follow_up.match(text, stop.end()):
        next_stop = _parts_of(parent)[0].search(text, stop.end())
        if next_stop is None:
            return len(text)
        stop = next_stop
    return stop.start()


def _grounds_end(text: str, at: int, parent: str) -> int:
    """The end of an outcome group's grounds: its brackets right after it, or the list it opens (，具体为…), up to
    the clause's end or the next group; `at` itself when neither follows (a ground elsewhere is no part of it)."""
    if text.startswith(("（", "("), at):
        stop = _parts_of(parent)[0].search(text, at + 1)
        return stop.start() if stop else at
    listed = GROUNDS_LISTED.match(text, at) or GROUND_AFTER_COMMA[parent].match(text, at)
    if listed is None:
        return at
    stop = GROUNDS_END.search(text, listed.end())
    return stop.start() if stop else len(text)


def _parts(text: str, parent: str, total: float, start: int, end: int,
           taken: list[tuple[int, int]], seen: set[str], regime: str | None = None) -> list[Fact]:
    """The parts of a total named in the rest of its clause; `全部…` gives a part equal to it, `无…` a zero."""
    window = text[start:end]
    out: list[Fact] = []
    for item, pattern in _parts_of(parent)[1]:
        if item in seen or (parent in GROUPS_WITH_GROUNDS and not _in_regime(item, regime)):  # reasons: from 2019 on
            continue
        match = pattern.search(window)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("zero"):
            out.append(Fact(item, 0.0, "zero_stated", "prose", _sentence(text, start), start + match.start()))
            seen.add(item)
            continue
        if "num" in groups:
            span = (start + match.start("num"), start + match.end("num"))
            value = parse_number(match.group("num"))
            each = text[span[0] - 1] == "各"  # (a count of each thing listed: taken by each)
            if value is None or (_inside(span, taken) and not each) or value > total:
                continue
            taken.append(span)
        elif OWN_SUBJECT.search(window, 0, match.start()):
            continue
        elif parent == "app_received" or not CORRECTION.search(NONE_OF_THE_OUTCOMES.sub("", window)):
            value = total
        else:
            continue
        out.append(Fact(item, value, "number", "prose", _sentence(text, start), start + match.start()))
        seen.add(item)
    # a single case whose outcome is stated: 1件…行政诉讼,经审理法院驳回原告起诉
    upheld = parent.replace("_total", "_upheld")
    if parent in _ONE_CASE_OUTCOMES and total == 1 and upheld not in seen and _only_upheld(window):
        out.append(Fact(upheld, 1.0, "number", "prose", _sentence(text, start), start))
        seen.add(upheld)
    return out


# The totals of cases whose single case's outcome may be stated without a number (结果为维持)
_ONE_CASE_OUTCOMES = frozenset({"review_total", "lawsuit_total", "suit_direct_total", "suit_after_review_total"})
# The totals whose parts are read after them when they are told again (`_restated_groups`)
_RESTATED = GROUPS_WITH_GROUNDS | _ONE_CASE_OUTCOMES


def _only_upheld(window: str) -> bool:
    """Whether a case's clause says it was upheld and not corrected, outcomes said to be none left aside
    (法院判决维持，该类案件结果纠正、其他结果和尚未审结的均为零)."""
    told = NONE_OF_THE_OUTCOMES.sub("", window)
    return bool(UPHELD.search(told)) and not CORRECTION.search(told)


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether the span overlaps one of the spans (a loop: called for every candidate, it is faster than any())."""
    start, end = span
    for a, b in spans:
        if a <= start < b or start <= a < end:
            return True
    return False


def _approx_around(text: str, span: tuple[int, int]) -> bool:
    before, after = text[max(0, span[0] - 2): span[0]], text[span[1]: span[1] + 2]
    return before.endswith(APPROX_BEFORE) or after.startswith(APPROX_AFTER)


def _sentence(text: str, at: int) -> str:
    """The sentence around an offset, the provenance of a prose figure."""
    start = _sentence_start(text, at)
    stop = _SENTENCE_STOP.search(text, at)
    return text[start: stop.end() if stop else len(text)].strip()[:300]


_SENTENCE_STOP = re.compile("[。;；\n]")


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence around an offset ends (at its stop, or the text's end)."""
    stop = _SENTENCE_STOP.search(text, at)
    return stop.start() if stop else len(text)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence around an offset starts."""
    return max(text.rfind("。", 0, at), text.rfind(";", 0, at), text.rfind("；", 0, at), text.rfind("\n", 0, at)) + 1
