"""Figures told out of the usual order: a list of labels, then their figures in the same order (A、B、C分别为2件、
1件、1件), one figure for each of them (A和B各1件), a figure first and what it counts after it (713件是本年新收到的
申请), or an item of a numbered list told as its label, a comma and its figure (一是予以公开，30件). Each label is
paired with its figure, so that the prose reader can read each pair as if it were told alone (A的2件; 本年新收到的
申请为713件), instead of one label taking another's figure or none taking it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_COUNT_UNIT = r"(?:人次|万元|件|条|次|人|期|场|份|个|篇|项|元|起|家|名)"
_UNIT = rf"(?:{_COUNT_UNIT}|%|％)"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # (517,645件: a thousands separator)
_FIGURE = re.compile(rf"({_NUMBER})({_UNIT})")
_AND = r"(?:以及|[、，,和及与])"
# 分别为2件、1件、1件 / 分别发布信息300条、120条: the figures, each with its unit, and the words before them
_RESPECTIVELY = re.compile(rf"分别(?P<verb>[^，,。;；:：\d]{{0,10}}?)[:：]?(?:{_NUMBER}{_UNIT}{_AND})+{_NUMBER}{_UNIT}")
# 各1件 after two labels or more (属于国家秘密和属于行政执法案卷的各1件): one figure, each label's
_EACH = re.compile(rf"各(?:为|有)?(?={_NUMBER}{_UNIT})")
_VERB = re.compile(r"^(?:为|是|有|达到|达|占)$")  # words that say only that the figure is the label's
# A figure first, then what it counts (713件是本年新收到的申请; 4511条——这是…总量), or the noun it counts before
# another figure or the clause's end (1330件行政处罚决定和54件行政强制决定由…作出): read as the label, then 为 and it
_AFTER_A_FIGURE = re.compile(r"(?:——|—|，|,)?(?:这|这些|其中)?(?:是|为|系|属于|因)"
                             r"(?P<label>(?:[^，,。;；:：\n\d]|\d{4}年){2,40})"
                             r"|(?P<noun>[^，,。;；:：\n\d和及与、]{2,20}?)(?=[和及与、]\d|由|[，,。;；])")
# A label alone in its clause, then its figure after a comma (一是予以公开，30件; 三是不予公开，小计8件): read as the
# label and the figure, without the ordinal that opens the item of a list
_ORDINAL = r"(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十][)）])"
_LABEL_THEN_COMMA = re.compile(rf"{_ORDINAL}?"
                               r"(?P<label>[^，,。;；:：\n\d]{2,12})[，,](?:小计|合计|共计|共|计)?$")
_COMMA_BEFORE = re.compile(r"[，,](?:小计|合计|共计|共|计)?$")
_OPENS_A_FIGURE = frozenset("。;；\n，,：:和及与、中有")  # what a figure told first comes after (其中50件系…)
_LABELS_START = re.compile(r"[。;；\n，,：:]")
_LABEL_SEPARATOR = re.compile(r"以及|[、和与]|(?<![危涉普波顾兼触])及")  # (not the 及 of 危及, 涉及)
# what the last label ends with that every label of the list shares (…、属于四类过程性信息的; …、当面申请提交的)
_SHARED_TAIL = re.compile(r"(?:提交|办理|收到|作出|受理)?的(?:申请|案件)?$|(?:处理)?决定(?:的)?(?:数量|件数)?$"
                          r"|的?(?:数量|件数|人数)$")  # (行政许可、行政处罚、行政强制处理决定数量)
_MOST_LABELS = 8
_LONGEST_LABEL = 30
_LONGEST_CLAUSE = _MOST_LABELS * (_LONGEST_LABEL + 2)


@dataclass(frozen=True)
class Pair:
    """A label of a list (with the words every label of the list shares) and the span of its figure, unit included."""

    label: str
    label_start: int
    figure: tuple[int, int]
    number: str
    unit: str


def told_respectively(text: str) -> Iterator[tuple[int, list[Pair]]]:
    """Each list of labels told with figures respectively, as its labels' start and the pairs, in order."""
    for match in _RESPECTIVELY.finditer(text):
        figures = list(_FIGURE.finditer(text, match.start(), match.end()))
        pairs = _paired(text, match.start(), figures, verb=_VERB.sub("", match.group("verb")))
        if pairs:
            yield pairs[0].label_start, pairs
    for match in _EACH.finditer(text):
        labels_end = match.start()
        pairs = _paired(text, labels_end, [_FIGURE.match(text, match.end())], each=True)
        if pairs:
            yield pairs[0].label_start, pairs


def told_figure_first(text: str, counts: Iterable[tuple[int, int]]) -> Iterator[tuple[int, list[Pair]]]:
    """Each figure told before what it counts, as a pair of the label and the figure (told as the label, 为 and the
    figure); `counts` are the spans of the text's counts (a number and its unit), found once for all readers."""
    for start, end in counts:
        if start > 0 and text[start - 1] not in _OPENS_A_FIGURE:
            continue
        figure = _FIGURE.match(text, start, end)
        if figure is None or figure.end() != end:
            continue
        after = _AFTER_A_FIGURE.match(text, end)
        # (其中50件系…; not 其中15件的办理结果…; after 有 only a ground's: 有111件系…, not 仅有1件，为往年…)
        opener = text[start - 1]
        if after is not None and (after.group("label") or opener not in "中有") \
                and (opener != "有" or text.startswith(("系", "属于", "因"), end)):
            label = "label" if after.group("label") else "noun"
            pair = Pair(after.group(label) + "为", after.start(label), figure.span(), figure.group(1), figure.group(2))
            yield start, [pair]


def told_after_a_comma(text: str, counts: Iterable[tuple[int, int]]) -> Iterator[tuple[int, list[Pair]]]:
    """Each figure told after a comma that ends its label's clause (一是予以公开，30件), as a pair of the label and
    the figure; `counts` are the spans of the text's counts."""
    for start, end in counts:
        comma = _COMMA_BEFORE.search(text, max(0, start - 3), start)
        figure = _FIGURE.match(text, start, end)
        if comma is None or figure is None or figure.end() != end:
            continue
        stops = [stop.end() for stop in _LABELS_START.finditer(text, max(0, comma.start() - 16), comma.start())]
        if not stops and comma.start() >= 16:
            continue  # (a longer clause: no label alone)
        told = _LABEL_THEN_COMMA.fullmatch(text, stops[-1] if stops else 0, start)
        if told is not None:
            yield told.start(), [Pair(told.group("label"), told.start("label"), figure.span(), figure.group(1),
                                      figure.group(2))]


def _paired(text: str, labels_end: int, figures: list, each: bool = False, verb: str = "") -> list[Pair]:
    """The labels before `labels_end` (back to the clause's start) paired with the figures, each label told with
    the words before the figures (`verb`): none unless there are as many labels as figures (or two or more
    for one figure, `each`)."""
    start = _clause_start(text, labels_end)
    words = text[start: labels_end]
    labels = _LABEL_SEPARATOR.split(words)
    if len(labels) < 2 or len(labels) > _MOST_LABELS or not all(labels) \
            or any(len(label) > _LONGEST_LABEL for label in labels):
        return []
    if not each and len(labels) != len(figures):
        return []
    tail = _SHARED_TAIL.search(labels[-1])
    shared = tail.group(0) if tail else ""
    pairs, at = [], start
    for n, label in enumerate(labels):
        at = text.index(label, at)
        told = (label if not shared or label.endswith(shared) else label + shared) + verb
        figure = figures[0] if each else figures[n]
        pairs.append(Pair(told, at, figure.span(), figure.group(1), figure.group(2)))
        at += len(label)
    return pairs


def _clause_start(text: str, at: int) -> int:
    """Where the clause before an offset starts: after the last stop or comma before it."""
    low = max(0, at - _LONGEST_CLAUSE)
    starts = [stop.end() for stop in _LABELS_START.finditer(text, low, at)]
    return starts[-1] if starts else low
