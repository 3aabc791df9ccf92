"""Lines wrapped at a page's width (text converted from PDF) joined again, so that prose reads whole sentences.

A PDF conversion breaks every line of a paragraph at the same width, often inside a word
(`…的行政复` / `议，…`, `行政诉讼数为` / `0 件`). A line break is taken as such a wrap only in a text
where many lines share one width, after a line of that width that does not end a sentence, and before a
line that is not a heading or a table row; every other line break stays.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass

# A line of a wrapped paragraph is this many columns (a CJK character: two) narrower than the width at
# most (a first line's indent, a line ending at a word that did not fit) and this many wider.
_NARROWER, _WIDER = 6, 4
_SHORTEST_WIDTH = 30  # narrower text lines are not paragraphs wrapped at a page's width
_FEWEST_FULL_LINES = 8  # a text with fewer lines of one width is not wrapped at a width
_SHARE_OF_LONG_LINES = 0.4  # nor one where fewer of its long lines have that width
_ENDS_SENTENCE = re.compile(r"[。；;：:！!？?]\s*$")
_NOT_PROSE_START = re.compile(r"\s|[|#]|[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）、.．]")


@dataclass(frozen=True)
class Unwrapped:
    """A text with its wrap line breaks removed, and where each removed one was."""

    text: str
    removed: tuple[int, ...] = ()  # each removed line break's offset in the original text
    at: tuple[int, ...] = ()  # each removed line break's offset in `text` (the character that followed it)

    def original(self, offset: int) -> int:
        """The offset in the original text of a character of `text`."""
        return offset + bisect.bisect_right(self.at, offset)

    def joined(self, offset: int) -> int:
        """The offset in `text` of a character of the original text."""
        return offset - bisect.bisect_left(self.removed, offset)


_LAST = threading.local()  # the last text unwrapped, per thread: the prose reads one text several times


def unwrapped(text: str) -> Unwrapped:
    """The text with the line breaks of lines wrapped at the page's width removed (the same object as
    the last call's for the same text)."""
    last = getattr(_LAST, "unwrapped", None)
    if last is None or last[0] is not text:
        last = _LAST.unwrapped = (text, _unwrap(text))
    return last[1]


def _unwrap(text: str) -> Unwrapped:
    """`unwrapped`, worked out."""
    lines = text.split("\n")
    widths = [_width(line) for line in lines]
    width = _wrap_width(widths)
    if width is None:
        return Unwrapped(text)
    parts, removed, offset = [], [], 0
    for n, line in enumerate(lines):
        offset += len(line)
        parts.append(line)
        if n + 1 < len(lines):
            if _is_wrap(line, widths[n], lines[n + 1], width):
                removed.append(offset)
            else:
                parts.append("\n")
        offset += 1
    if not removed:
        return Unwrapped(text)
    return Unwrapped("".join(parts), tuple(removed), tuple(r - k for k, r in enumerate(removed)))


def _wrap_width(widths: list[int]) -> int | None:
    """The width most long lines share (None: too few share one for the text to be wrapped at a width)."""
    long = sorted(w for w in widths if w >= _SHORTEST_WIDTH)
    if not long:
        return None
    full, best = max((_lines_of_width(long, w), w) for w in set(long))
    if full < _FEWEST_FULL_LINES or full < _SHARE_OF_LONG_LINES * len(long):
        return None
    return best


def _lines_of_width(ordered: list[int], width: int) -> int:
    """How many of the (sorted) line widths are those of a line of a paragraph wrapped at `width`."""
    return bisect.bisect_right(ordered, width + _WIDER) - bisect.bisect_left(ordered, width - _NARROWER)


def _is_wrap(line: str, width: int, following: str, wrap_width: int) -> bool:
    """Whether the break after `line` only wraps its paragraph: the line is as wide as the text's lines,
    does not end a sentence, and the next line goes on with prose (no heading, table row or blank)."""
    return (wrap_width - _NARROWER <= width <= wrap_width + _WIDER
            and not line.lstrip().startswith(("|", "#"))
            and not _ENDS_SENTENCE.search(line)
            and bool(following) and not _NOT_PROSE_START.match(following))


def _width(line: str) -> int:
    """A line's printed width, about: two columns for a CJK character (three bytes in UTF-8), one for ASCII."""
    return (len(line) + len(line.encode("utf-8", "surrogatepass"))) // 2
