"""Say what a crawled page is: a government information disclosure annual report, or not, and why.

The title and the text decide together. A title can name a report whose text is missing (the
report was an attachment), a title can be truncated or say only 信息公开年报, and pages beside the
reports in a 年报 column (法治政府建设情况报告, 政府网站工作年度报表) talk about disclosure too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gidata.read.normalize import normalize_text

REPORT, NOT_A_REPORT, NO_TEXT = "report", "not_a_report", "no_text"
MIN_TEXT_CHARS = 120  # fewer non-space characters than this is a stub (a file name, a 'see attachment')
# Pages that sit in the same column as the reports but are something else: (pattern, what it is).
_OTHER_TITLES = (
    (r"法治政府建设|法治建设", "法治政府建设情况报告 (a rule-of-law report)"),
    (r"网站.{0,8}(报表|年报|年度报告)", "政府网站工作年度报表 (the website's annual report)"),
    (r"工作要点|实施方案|工作计划", "a work plan (工作要点/实施方案/工作计划)"),
    (r"预算|决算", "a budget or final account (预算/决算)"),
    (r"审计", "an audit report"),
)
_REPORT_TITLE = re.compile(r"(政府|政务)?信息公开.{0,12}(年度?报告?|工作报告|报告|总结|统计表)|"
                           r"政务公开.{0,8}(年度报告|年报)")
# Phrases only a disclosure report (or its statistical table) uses.
_MARKERS = ("政府信息公开条例", "主动公开政府信息", "依申请公开", "政府信息公开申请", "行政复议",
            "主动公开政府信息数", "本年新收政府信息公开申请数量", "收到和处理政府信息公开申请",
            "不予公开", "政府信息公开工作人员", "统计指标", "申请答复数")
_SELF_NAMED = re.compile(r"信息公开[^。]{0,12}(年度报告|年报|工作报告)")
# `_SELF_NAMED` before normalising, which makes each CRLF one character: a gap up to twice as long.
_SELF_NAMED_RAW = re.compile(r"信息公开[^。]{0,24}(年度报告|年报|工作报告)")
# What `classify_raw` may read of a raw text: the reader strips a crawler's header from the first 4,000
# characters of the normalised text, `classify` then reads 400 more, and normalising at most halves a
# text without `&` (a CRLF becomes one `\n`); a page is read as HTML on signs in its first 2,000.
RAW_PREFIX = 2 * (4000 + 400)
_HTML_HEAD = 2048
_HEADER_END = re.compile(r"^=+\s*正文\s*=+\s*$", re.M)  # as gidata.read.files strips it


@dataclass(frozen=True)
class Verdict:
    """What a page is (report, not_a_report or no_text) and the reason, in words."""

    kind: str
    reason: str


def classify(title: str | None, text: str) -> Verdict:
    """Decide on the title and the text together whether a page is an annual disclosure report."""
    title = "".join((title or "").split())  # str.split() splits where the regex \s matches: no regex run per page
    size = sum(map(len, text.split()))  # the characters that are not spaces
    markers = [m for m in _MARKERS if m in text]
    other = _other_kind(title)
    if other and not _SELF_NAMED.search(text[:400]):
        return Verdict(NOT_A_REPORT, f"title {title!r}: {other}")
    named = bool(_REPORT_TITLE.search(title))
    if size < MIN_TEXT_CHARS:
        if named:
            return Verdict(NO_TEXT, f"title {title!r} names a report, but the page has {size} characters of "
                                    "text: the report is in its attachments or was not crawled")
        return Verdict(NOT_A_REPORT, f"title {title!r} names no report and the page has {size} characters of text")
    if named and (markers or "信息公开" in text):
        return Verdict(REPORT, f"title {title!r}; text has {len(markers)} report phrases")
    if len(markers) >= 3 or (markers and _SELF_NAMED.search(text[:400])):
        return Verdict(REPORT, f"text has {len(markers)} report phrases ({', '.join(markers[:3])})"
                               + (f"; title {title!r}" if title else "; no title"))
    if named:
        return Verdict(NOT_A_REPORT, f"title {title!r} names a report, but the text never mentions 信息公开")
    return Verdict(NOT_A_REPORT, f"title {title!r} names no report and the text has {len(markers)} report phrases")


def classify_raw(title: str | None, text: str) -> Verdict | None:
    """`classify`'s verdict on a page whose title names another kind of page, decided on the raw title
    and at most RAW_PREFIX characters of the raw text (before it is read and normalised: most crawled
    pages are not reports); None when that cannot be certain and the page must be read in full."""
    title = "".join((title or "").split())
    other = _other_kind(title)
    if not other:
        return None
    prefix = text[:RAW_PREFIX]
    if "&" in prefix or "<" in prefix[:_HTML_HEAD] or prefix.startswith(("\ufeff", "\x00")):
        return None  # an entity may spell any word; HTML, or a BOM, is read otherwise
    if "信息公开" in prefix and _self_named_head(prefix, whole=len(text) <= RAW_PREFIX):
        return None
    return Verdict(NOT_A_REPORT, f"title {title!r}: {other}")


def _self_named_head(prefix: str, whole: bool) -> bool:
    """Whether the 400 characters `classify` reads first, once the text is normalised and a crawler's
    header stripped, name the page a report (`prefix`: the raw text's first characters, without `&`)."""
    head = 4000 if "正文" in prefix else 0  # where a header may end (normalising never makes 正文)
    raw = prefix[:2 * (head + 400) + 1]  # normalised, at least head + 400 characters: all that is read
    if not _SELF_NAMED_RAW.search(raw):
        return False
    text = normalize_text(raw)
    if not (whole and len(raw) == len(prefix)):
        text = text[:-1]  # maybe a `\r` cut from its `\n`
    header = _HEADER_END.search(text[:4000]) if head else None
    start = header.end() if header else 0
    return bool(_SELF_NAMED.search(text[start:start + 400]))


def _other_kind(title: str) -> str | None:
    return next((what for pattern, what in _OTHER_TITLES if re.search(pattern, title)), None)
