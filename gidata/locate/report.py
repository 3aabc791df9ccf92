"""Locate a report: who reported, on which year, at which level, for which area."""

from __future__ import annotations

from gidata import lazyre as re  # (patterns compiled on first use)
from dataclasses import dataclass

from gidata.vocabulary.codes import LEVELS, SCOPES  # noqa: F401  (re-exported)
from gidata.locate import places
from gidata.locate.sites import site_body
from gidata.numbers import chinese_to_int
from gidata.read.document import Document

_TITLE_WORDS = re.compile(r"年度?报告|年报|工作报告|工作总结|公开总结|情况统计表|工作情况")
_YEAR_IN_TITLE = re.compile(r"(20[0-3]\d|二〇[一二三][〇一二三四五六七八九])\s*年")
_DEPARTMENT_END = re.compile(
    r"(局|委员会|委|办公室|办|厅|中心|院|署|所|站|队|公司|集团|部|处|馆|社|会|分局|支队|大队|学校|大学)$")
_GOVERNMENT_END = re.compile(r"(人民政府|政府|管委会|管理委员会|行政公署)$")
_TOWNSHIP_END = re.compile(r"(乡|镇|街道|街道办事处|苏木)$")
_ZONE = re.compile(r"(综合实验区|新区|开发区|高新区|示范区|试验区)$")
_AGGREGATE = re.compile(r"全(省|市|区|县|州|盟|旗|镇|乡)(各级|范围内|共|政府信息|依申请|主动公开|受理|收到|各)")
# A government's report that says it counts only its own office (本级, 本机关 alone).
_ONLY_ITSELF = re.compile(r"(?:仅|只)(?:包括|包含|含|统计|反映|涉及)(?:了)?"
                          r"[^。;；,，]{0,10}?(?:本级|本机关|办公室|机关本身)"
                          r"|不(?:包括|包含|含)[^。;；]{0,12}?(?:所属|下属|各)(?:部门|单位|乡镇|街道)")
# What every match of _ONLY_ITSELF starts with (仅 or 只 then a verb, or 不 then 包括/包含/含): the regex is
# tried only where one is (0.030 -> ~0.008 ms a report: 仅 and 只 are rare, 不 is everywhere).
_ONLY_ITSELF_STARTS = ("仅", "只", "不包", "不含")
_DATE = re.compile(r"(20[0-3]\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_JUNK_PREFIX = re.compile(r"^.*?(首页|位置|当前位置)[^\u4e00-\u9fa5]*|^关于|^\d+[.、]")


@dataclass
class Location:
    """Who reported on which year: the answers of the locate stage, each possibly unknown."""

    title: str | None = None
    body: str | None = None
    year: int | None = None
    level: str | None = None
    province: str | None = None
    division_code: str | None = None
    scope: str | None = None
    published: str | None = None


def locate(doc: Document) -> Location:
    """Read the title, body, year, level, province, scope and publication date of a report.

    The body is the one the title names, else the crawler's publisher, else the signature under the
    text, else the owner of the website the report was published on (a table page naming no body).
    """
    title = find_title(doc)
    loc = Location(title=title, published=find_published(doc))
    body_from_title, loc.year = split_title(title) if title else (None, None)
    loc.year = loc.year or year_from_text(doc.text) or _year_before(loc.published)
    loc.body = complete_body(body_from_title or doc.meta.get("publisher") or signature_body(doc.text)
                             or site_body(doc.meta.get("url")), doc.text)
    if loc.body:
        loc.division_code = places.resolve(loc.body, doc.text) or _zone_code(loc.body, doc.text)
        loc.level = level_of(loc.body, loc.division_code)
        loc.province = (places.province_of(loc.division_code) if loc.division_code
                        else province_in_text(doc.text))
        loc.scope = scope_of(loc.level, doc.text, loc.body)
    return loc


def find_title(doc: Document) -> str | None:
    """The report's title: given by the crawler, or the first title-like line of the text."""
    if doc.meta.get("title"):
        return _clean_title(doc.meta["title"])
    lines = [line.strip(" #*") for line in doc.text[:3000].splitlines() if line.strip()]
    for here, after in zip(lines, lines[1:] + [""]):
        if ">" in here or "位置" in here or "根据" in here or "。" in here:
            continue
        for candidate in (here, here + after):
            if 6 <= len(candidate) <= 90 and _TITLE_WORDS.search(candidate) and _YEAR_IN_TITLE.search(candidate):
                return _clean_title(candidate.split(":")[-1])
    return None


def _clean_title(title: str) -> str:
    title = re.sub(r"\s+", "", title).rstrip(".…")
    return title


def split_title(title: str) -> tuple[str | None, int | None]:
    """Body and year from a title: `三门峡市2017年政府信息公开工作年度报告` -> (`三门峡市`, 2017)."""
    match = _YEAR_IN_TITLE.search(title)
    if not match:
        return (_strip_title_words(title), None)
    year = _year_value(match.group(1))
    body = _JUNK_PREFIX.sub("", title[: match.start()]).strip(" :-_|>")
    first_place = places.find_divisions(body)
    if first_place and not body.startswith(first_place[0]) and len(body) > len(first_place[0]):
        body = body[body.index(first_place[0]):]
    named = body or _strip_title_words(title[match.end():])
    if named and re.search(r"政府信息公开|统计表|报告", named):
        named = None  # a title such as 政府信息公开情况统计表(2018年度) names no body
    return (named or None, year)


def _strip_title_words(text: str) -> str | None:
    body = re.split(r"(关于)?(\d{4})?年?度?政府信息公开|政务公开|信息公开", text)[0]
    body = _JUNK_PREFIX.sub("", body).strip(" :-_|>")
    return body if 2 <= len(body) <= 30 else None


def _year_value(text: str) -> int:
    if text.isdigit():
        return int(text)
    digits = "〇一二三四五六七八九"
    return int("".join(str(digits.index(c)) for c in text))


def year_from_text(text: str) -> int | None:
    """The year reported on, from the statistics period or the first `20XX年度…报告` of the text."""
    for pattern in (r"(?:统计期限|统计时限|统计时间|期限)[^。]{0,10}?(20[0-3]\d)\s*年\s*1\s*月\s*1\s*日",
                    r"(20[0-3]\d)\s*年度?(?:本[机单]?[关位]?)?政府信息公开(?:工作)?(?:年度)?报告",
                    r"(20[0-3]\d)\s*年[，,]?\s*(?:我|全|本)"):
        match = re.search(pattern, text[:6000])
        if match:
            return int(match.group(1))
    return None


def _year_before(published: str | None) -> int | None:
    return int(published[:4]) - 1 if published else None


def find_published(doc: Document) -> str | None:
    """Publication date: the report's own (公开日期/发布日期 in its text, or the date under its
    signature) before a crawler's (its header or export, which may be the capture time)."""
    candidates = [_own_date(doc.text), _signature_date(doc.text), doc.meta.get("published", ""),
                  *_head_dates(doc.text)]
    return next(filter(None, map(first_date, candidates)), None)


def first_date(text: str | None) -> str | None:
    """The first date written in `text` as YYYY-MM-DD, when it is a possible one (a crawler's 发布时间 field).

    >>> first_date("发布时间:2024年1月26日 10:00"), first_date("2024-13-01")
    ('2024-01-26', None)
    """
    match = _DATE.search(text) if text else None
    if match:
        year, month, day = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _head_dates(text: str) -> list[str]:
    return re.findall(r"(?:时间|发布日期|日期|发布时间)\s*:?\s*(20\d\d[\-/年]\d{1,2}[\-/月]\d{1,2})", text[:1500])


_OWN_DATE = re.compile(r"(?:公开日期|发布日期|成文日期|印发日期)\s*[:：]?\s*"
                       r"(20[0-3]\d\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2})")
# A date alone on its line right under a line naming a body (the signature), anywhere in the text:
# reports with an appended table sign above it.
_SIGNED = re.compile(r"(?:^|\n)[ \u3000]*[\u4e00-\u9fa5（）()]{2,40}?(?:局|委员会|委|办公室|办|厅|人民政府|政府|管委会"
                     r"|中心|院|署|镇|乡|街道办事处|公司)[ \u3000]*\n[ \u3000]*"
                     r"(20[0-3]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[ \u3000]*(?=\n|$)")
# The same after a line break only: a pattern starting with a literal character is searched by a fast
# scan for it, where `(?:^|\n)` is tried at every place (0.045 -> 0.007 ms a report).
_SIGNED_AFTER_BREAK = re.compile(_SIGNED.pattern.replace("(?:^|\\n)", "\\n", 1))


def _own_date(text: str) -> str:
    """The date the report's own text gives as its publication date (not a crawler's header)."""
    match = _first_own_date(text)
    return match.group(1) if match else ""


def _first_own_date(text: str) -> re.Match | None:
    """`_OWN_DATE.search(text)`, tried only two characters before each 日期 (every match starts
    there: its four words all end in 日期) rather than at every place of the text."""
    at = text.find("日期", 2)
    while at >= 0:
        match = _OWN_DATE.match(text, at - 2)
        if match:
            return match
        at = text.find("日期", at + 1)
    return None


def _signature_date(text: str) -> str:
    """The date under the report's signature, at its end (written in figures or in Chinese numerals:
    二〇一三年二月二十五日), or else under the last line naming a body."""
    tail = text.strip()[-400:]
    dates = list(re.finditer(r"(20[0-3]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$|"
                             r"(20[0-3]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\n", tail))
    if dates:
        return dates[-1].group(0)
    numerals = list(_NUMERAL_DATE.finditer(tail))
    if numerals:
        return _in_figures(numerals[-1])
    signed = _last_signed(text)
    return signed.group(1) if signed else ""


_NUMERAL_DATE = re.compile(r"(二[〇零○][〇零○一二三四五六七八九]{2})年([一二三四五六七八九十]{1,2})月"
                           r"([一二三四五六七八九十]{1,3})日[ \u3000]*(?=\n|$)")


def _in_figures(date: re.Match) -> str:
    """A date written in Chinese numerals (二〇一三年二月二十五日, 二○一○年四月十日) as 2013年2月25日."""
    year, month, day = (chinese_to_int(part.replace("○", "〇")) for part in date.groups())
    return f"{year}年{month}月{day}日"


def _last_signed(text: str) -> re.Match | None:
    """The last match of `_SIGNED.finditer(text)`: the one at the text's start, if any, then those
    after a line break (at any later place `^` cannot match) found by the faster `_SIGNED_AFTER_BREAK`."""
    first = _SIGNED.match(text)
    after = list(_SIGNED_AFTER_BREAK.finditer(text, first.end() if first else 1))
    return after[-1] if after else first


def signature_body(text: str) -> str | None:
    """The body that signs the report at its end, for pages titled only 信息公开年报."""
    match = re.search(r"(?:^|\s{2,}|\n)([\u4e00-\u9fa5]{3,30}?(?:厅|局|委员会|委|办公室|人民政府|管委会))"
                      r"\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*$", text.strip()[-300:])
    return match.group(1) if match else None


def complete_body(body: str | None, text: str) -> str | None:
    """A body named without its place (`公安局`) completed from the text (`平潭县公安局`)."""
    if not body:
        return None
    body = re.sub(r"^(中共)?", "", body).strip()
    if places.find_divisions(body) or _ZONE.search(body.split("管委会")[0]) or len(body) > 12:
        return body
    fuller = _places_before(body, text[:20000])
    fuller = [f for f in fuller if places.find_divisions(f)]
    return max(set(fuller), key=fuller.count) + body if fuller else body


_PLACE_BEFORE = r"([\u4e00-\u9fa5]{2,10}?(?:省|市|县|区|旗))"  # 2-10 characters and a division's suffix
_PLACE_ENDING = re.compile(_PLACE_BEFORE + r"\Z")  # one that ends where the search ends (a body starts)
_PLACE_LONGEST = 11  # characters of the longest _PLACE_BEFORE match


def _places_before(body: str, text: str) -> list[str]:
    """`re.findall(_PLACE_BEFORE + re.escape(body), text)`: the places named right before the body,
    searched only in the few characters before each place the body is printed (a match ends with the
    body: elsewhere it has nothing to find; 0.16 ms a report otherwise), by one pattern for every body.

    A match starting at p with the body at q has q - 11 <= p <= q - 3, and its lazy prefix takes the
    first occurrence of the body it can: so the leftmost match from a point on is the leftmost place in
    [q - 11, q) that ends at q, for the first occurrence q that has one; and the matches follow as
    `findall` gives them.
    """
    found: list[str] = []
    cursor, at = 0, text.find(body, 3)
    while at >= 0:
        match = _PLACE_ENDING.search(text, max(cursor, at - _PLACE_LONGEST), at)
        if match:
            found.append(match.group(1))
            cursor = at + len(body)
            at = text.find(body, cursor + 3)
        else:
            at = text.find(body, at + 1)
    return found


def _zone_code(body: str, text: str) -> str | None:
    """Zones (平潭综合实验区) are not divisions: resolve them through the county they stand on."""
    zone = re.match(r"([\u4e00-\u9fa5]{2,4}?)(综合实验区|新区|开发区|高新区|试验区)", body)
    if not zone:
        return None
    codes = places.codes_starting_with(zone.group(1))
    return codes[0] if len(codes) == 1 else None


def level_of(body: str, code: str | None) -> str | None:
    """Administrative level from the body's name: a department, or the level of its division."""
    core = _GOVERNMENT_END.sub("", body)
    if _ZONE.search(core):
        # Comprehensive zones and new areas (平潭综合实验区) sit above the counties they cover.
        return "prefecture" if re.search(r"(综合实验区|新区)$", core) else "county"
    if _DEPARTMENT_END.search(core) and not _GOVERNMENT_END.search(body):
        if not (core.endswith("委员会") and _ZONE.search(core[:-3])):
            return "department"
    if _TOWNSHIP_END.search(core):
        return "township"
    if not code:
        return {"省": "province", "市": "prefecture", "县": "county", "区": "county", "旗": "county"}.get(core[-1:])
    level = places.division_level(code)
    if level == "province" and core not in places.PROVINCE_LEVEL_CITIES and not core.endswith(("省", "自治区")):
        return None
    return level


def _counts_only_itself(text: str) -> bool:
    """Whether `_ONLY_ITSELF` matches somewhere in the text (the text says it counts only the office
    itself), the regex tried only at the places its matches can start (`_ONLY_ITSELF_STARTS`)."""
    for start in _ONLY_ITSELF_STARTS:
        at = text.find(start)
        while at >= 0:
            if _ONLY_ITSELF.match(text, at):
                return True
            at = text.find(start, at + 1)
    return False


def province_in_text(text: str) -> str | None:
    """The province named most often in the text, when the body itself cannot be resolved; of
    provinces named equally often, the one named first (not the first in a set's hash order, which
    changes with PYTHONHASHSEED from one process to the next)."""
    names = places.find_provinces(text[:20000])
    return max(dict.fromkeys(names), key=names.count) if names else None


def scope_of(level: str | None, text: str, body: str = "") -> str | None:
    """`jurisdiction` when a government reports figures for its whole area, else `body`.

    A people's government, an administrative committee or a zone (人民政府, 管委会, 综合实验区)
    reports for its whole area unless the text limits it to the office itself; a department
    reports for itself.
    """
    if level is None:
        return None
    if level == "department":
        return "body"
    if _GOVERNMENT_END.search(body) or _ZONE.search(body.removesuffix("管委会")):
        return "body" if _counts_only_itself(text) else "jurisdiction"
    if level == "township":
        return "jurisdiction" if _AGGREGATE.search(text) else "body"
    return "jurisdiction" if re.search(r"全(省|市|区|县|州|盟|旗)", text) else "body"
