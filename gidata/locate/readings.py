"""Toneless pinyin of a name without loading pypinyin's dictionaries when no context can change a reading.

pypinyin (pinned) reads a run of characters by cutting it into the phrases of its phrase dictionary
and reading every other character by its first reading. A phrase changes nothing when its toneless
reading is the characters' first readings; so when a name holds none of the other phrases (3,437 of
47,111), every cut gives the first readings, and a table of them gives pypinyin's result exactly.
Any other name (or one with a character outside the table) is read by pypinyin itself, imported then.

The two tables beside this file are generated from the installed pypinyin by
`python -m gidata.locate.readings`; a test regenerates them and compares.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

FIRST_READINGS_FILE = Path(__file__).with_name("pinyin_first_readings.txt")
CONTEXT_PHRASES_FILE = Path(__file__).with_name("pinyin_context_phrases.txt")
FIRST, LAST = 0x4E00, 0x9FFF  # the CJK Unified Ideographs block: the table's characters
# Runs of the block's characters, and runs of others. pypinyin keeps a run of characters it does
# not read as Chinese whole (`第3号` -> di, 3, hao); it reads as Chinese some outside the block
# (Extension A, compatibility ideographs, 〇), which only pypinyin itself reads.
_RUNS = re.compile(f"[{chr(FIRST)}-{chr(LAST)}]+|[^{chr(FIRST)}-{chr(LAST)}]+")
_NOT_CHINESE = re.compile("[\x00-\u2fff\u3000-\u3006\u3008-\u303f\uff00-\uffef]+")


def toneless(text: str) -> list[str]:
    """pypinyin's `lazy_pinyin(text, style=Style.NORMAL, v_to_u=True)`, from the tables when context cannot matter."""
    readings = _first_readings()
    fast: list[str] = []
    for run in _RUNS.findall(text):
        if FIRST <= ord(run[0]) <= LAST:
            fast += [readings[ord(c) - FIRST] for c in run]
        elif _NOT_CHINESE.fullmatch(run):
            fast.append(run)
        else:
            return _pypinyin(text)
    if all(fast) and not _holds_context_phrase(text):
        return fast
    return _pypinyin(text)


def _holds_context_phrase(text: str) -> bool:
    """Whether a phrase whose reading differs from its characters' first readings occurs in the text."""
    phrases, longest = _context_phrases()
    return any(text[i:j] in phrases for i in range(len(text)) for j in range(i + 2, min(len(text), i + longest) + 1))


@functools.lru_cache(maxsize=1)
def _first_readings() -> list[str]:
    """The first toneless reading of every character of the block, by code point ('' where pypinyin has none)."""
    return FIRST_READINGS_FILE.read_text(encoding="utf-8").split("\n")


@functools.lru_cache(maxsize=1)
def _context_phrases() -> tuple[frozenset[str], int]:
    """The phrases whose reading is not their characters' first readings, and the longest one's length."""
    phrases = frozenset(CONTEXT_PHRASES_FILE.read_text(encoding="utf-8").split("\n"))
    return phrases, max(map(len, phrases))


def _pypinyin(text: str) -> list[str]:
    """pypinyin's reading, the reference the tables are made from."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(text, style=Style.NORMAL, v_to_u=True)


def generate() -> tuple[str, str]:
    """The two tables' contents, computed from the installed pypinyin."""
    from pypinyin.constants import PHRASES_DICT

    read = {chr(n): _pypinyin(chr(n)) for n in range(FIRST, LAST + 1)}
    first = {c: r[0] if len(r) == 1 and r[0] != c and c not in PHRASES_DICT else "" for c, r in read.items()}
    context = sorted(p for p in PHRASES_DICT
                     if not all(first.get(c) for c in p) or _pypinyin(p) != [first[c] for c in p])
    return "\n".join(first[chr(n)] for n in range(FIRST, LAST + 1)), "\n".join(context)


def main() -> int:
    """Write the two tables beside this file."""
    readings, phrases = generate()
    FIRST_READINGS_FILE.write_text(readings, encoding="utf-8")
    CONTEXT_PHRASES_FILE.write_text(phrases, encoding="utf-8")
    print(f"wrote {FIRST_READINGS_FILE.name} and {CONTEXT_PHRASES_FILE.name} ({phrases.count(chr(10)) + 1} phrases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
