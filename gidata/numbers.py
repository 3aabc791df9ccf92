"""Numbers as reports write them: digits, Chinese numerals, 万, approximate figures."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMERAL = "[零〇一二两三四五六七八九十百千]+"
ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
APPROX_BEFORE = ("近", "约", "超过", "逾", "将近", "大约", "共约")
APPROX_AFTER = ("余", "多", "左右", "以上")
_ARABIC = re.compile(ARABIC)
_CHINESE = re.compile(CHINESE_NUMERAL)
_SIGNED = re.compile(r"([+\-])\s*(" + ARABIC + ")")


def chinese_to_int(text: str) -> int:
    """Value of a Chinese numeral up to the thousands.

    >>> [chinese_to_int(s) for s in ["三", "十", "十二", "一百零六", "二〇一七", "三千二百"]]
    [3, 10, 12, 106, 2017, 3200]
    """
    if all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    total, digit = 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        else:
            total += (1 if digit is None else digit) * _UNITS[char]
            digit = None
    return total + (digit or 0)


def parse_number(text: str) -> float | None:
    """A number written in digits or Chinese numerals, with an optional 万; None if not one.

    >>> [parse_number(s) for s in ["1,200", "74.04", "三", "1.2万", "一百零六", "x"]]
    [1200.0, 74.04, 3.0, 12000.0, 106.0, None]
    """
    text = text.strip()
    scale = 1.0
    if text.endswith("万") and len(text) > 1:
        text, scale = text[:-1], 10000.0
    if _ARABIC.fullmatch(text):
        return round(float(text.replace(",", "")) * scale, 6)
    if _CHINESE.fullmatch(text) and not text.startswith(tuple(_UNITS)[1:]):
        return float(chinese_to_int(text)) * scale
    return None


def all_known(values: Sequence[float | None]) -> list[float] | None:
    """The values when none is missing (an identity is checked only on complete figures), else None.

    >>> all_known([1.0, 2.0]), all_known([1.0, None])
    ([1.0, 2.0], None)
    """
    return None if None in values else list(values)  # type: ignore[arg-type]  # `in`: no float equals None


@dataclass(frozen=True)
class Cell:
    """What a table cell holds: a number, a blank, a not-applicable mark, or text."""

    kind: str  # number | blank | not_applicable | text
    value: float | None
    raw: str

    def __init__(self, kind: str, value: float | None, raw: str) -> None:
        """The dataclass's own __init__, the fields written into the instance's dict rather than
        each through `object.__setattr__` (a frozen dataclass's way: twice as slow, and a table row
        read by splitting digits makes a Cell per figure)."""
        fields = self.__dict__
        fields["kind"] = kind
        fields["value"] = value
        fields["raw"] = raw


# Not applicable: slashes and dashes; in a table cell a run of 一 is the Chinese keyboard's dash
# (tables print figures in digits), while in prose `parse_number("一") == 1`.
_NA = re.compile(r"^[/／\\—\-–―]+$|^一+$|^(无|不适用)$")


@functools.lru_cache(maxsize=16384)  # the same cells ("0", "/", a row's line) recur in every table
def read_cell(raw: str) -> Cell:
    """Classify one table cell.

    >>> read_cell(" 12 ").value, read_cell("").kind, read_cell("/").kind, read_cell("——").kind
    (12.0, 'blank', 'not_applicable', 'not_applicable')
    >>> read_cell("+82").value, read_cell("-3").value
    (82.0, -3.0)
    >>> read_cell("一").kind, read_cell("二").value
    ('not_applicable', 2.0)
    """
    text = raw.strip()
    if not text:
        return Cell("blank", None, raw)
    signed = _SIGNED.fullmatch(text)
    if signed:
        sign = -1.0 if signed.group(1) == "-" else 1.0
        return Cell("number", sign * float(signed.group(2).replace(",", "")), raw)
    if _NA.match(text):
        return Cell("not_applicable", None, raw)
    value = parse_number(text)
    if value is not None:
        return Cell("number", value, raw)
    return Cell("text", None, raw)
