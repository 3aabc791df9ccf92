"""Extract every statistic of a located report, from its tables and from its prose."""

from __future__ import annotations

import re

from gidata import lazyre
from gidata.read.document import Document
from gidata.extract.article20 import extract_article20
from gidata.extract.challenges import extract_challenges
from gidata.extract.matrix import extract_matrix
from gidata.extract import pre2019, prose
from gidata.extract.pre2019 import extract_pre2019_table
from gidata.extract.prose import extract_prose
from gidata.records import Fact
from gidata.vocabulary.items import PRE2019, Y2019, Y2021


def compile_patterns() -> None:
    """Compile now the patterns the extractors compile on first use (~0.1 s of CPU): called before a pool's
    workers are forked, so that they share them rather than each compiling them again."""
    pre2019.compile_all()
    prose.compile_all()
    lazyre.compile_all()  # (last: the tables and labels, and what the lines above made)


def regime_of(year: int | None, text: str) -> str:
    """The statistics regime: by the year reported on, or by the table labels when the year is unknown."""
    if year is not None:
        return PRE2019 if year <= 2018 else Y2019 if year <= 2020 else Y2021
    if "本年制发件数" in text or "逾期不补正" in text:
        return Y2021
    if "本年新收" in text:
        return Y2019
    return PRE2019


def extract(doc: Document, regime: str) -> list[Fact]:
    """All facts of a report: its tables first, then the prose outside them."""
    if regime == PRE2019:
        table = extract_pre2019_table(doc)
    else:
        table = extract_article20(doc, regime) + extract_matrix(doc, regime) + extract_challenges(doc)
    return table + extract_prose(doc, skip=_table_span(table, doc.text), regime=regime)


# A full stop, a spaced chapter heading, or a heading of the national template's chapters after the
# tables (in text that ran lines together, such a heading follows a row with no space).
_AFTER_TABLE = re.compile(r"。|(?<=[\s\u3000])[一二三四五六七八九十]、"
                          r"|[四五六]、(?:政府信息公开(?:的)?行政复议|存在的主要问题|其他需要报告)")


def _table_span(facts: list[Fact], text: str) -> tuple[tuple[int, int], ...]:
    """From the first table fact to the end of the last one's row: up to 400 characters, and not
    past the first full stop or chapter heading (a sentence after the table is prose)."""
    if not facts:
        return ()
    last = max(f.offset for f in facts)
    stop = _AFTER_TABLE.search(text, last, last + 400)
    return ((min(f.offset for f in facts), stop.start() if stop else last + 400),)
