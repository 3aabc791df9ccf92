"""Extract figures stated in running text: requests, replies, challenges, staff, budget, training.

Patterns are tried in order, more specific first; a number taken by one item is not reused by
another, and each item is reported once per report (its first match). After a total (requests,
reviews, lawsuits) the rest of its clause is read for the parts it names (`其中5件维持…`) and for
"all of them" statements (`已全部办结`, `均予以维持`), which give a part equal to the total.
"""

from __future__ import annotations

import re

from gidata.read.document import Document
from gidata.records import Fact
from gidata.numbers import APPROX_AFTER, APPROX_BEFORE, CHINESE_NUMERAL, parse_number

_NUM = (rf"[ \u3000]?(?P<pre>近|约|超过|逾|将近|大约)?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?万?|{CHINESE_NUMERAL}万?)"
        r"(?P<post>余|多)?[ \u3000]?")
_GAP = r"[^。;；\n]{0,12}?"
_SHORT = r"[^。;；,，\n]{0,8}?"
_BE = r"(?:共计|共有|共|合计|总计|累计)?(?:有|为|达到|达)?"
_PIECES = r"(?:条|件|篇|个)"
_INFO = r"(?:政府信息|信息)?"
_VIA = r"(?:通过|在|利用|依托)?"
# (item, pattern): the group named num is the value; more specific patterns come first.
PATTERNS = [
    # 2019 on: requests carried over from last year and forward to the next, as the prose states them
    ("req_carried_over", rf"上一?年度?结转(?:的)?(?:申请)?{_NUM}件"),
    ("req_carried_forward", rf"结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?{_NUM}件"),
    ("out_total", rf"(?:办理完成|办结|答复完成)(?:申请)?{_NUM}件(?=[^。]{{0,3}}结转)"),
    # 主动公开 by channel
    ("pro_gazette", rf"{_VIA}(?:政府)?公报(?:主动)?(?:公开|刊登|刊发|发布)(?:了)?{_INFO}{_BE}{_NUM}{_PIECES}"),
    ("pro_website", rf"(?:通过|在|利用|依托)[^。;；,，\n]{{0,12}}?网站(?:平台)?(?:主动)?(?:公开|发布)(?:了)?(?:各类)?{_INFO}{_BE}{_NUM}{_PIECES}"),
    ("pro_website", rf"(?:政府)?网站(?:主动)?(?:公开|发布)(?:了)?{_INFO}{_BE}{_NUM}{_PIECES}"),
    ("pro_weibo", rf"{_VIA}(?:政务)?微博(?:主动)?(?:公开|发布)(?:了)?{_INFO}{_BE}{_NUM}(?:条|篇|件)"),
    ("pro_weibo", rf"发布(?:政务)?微博(?:信息)?{_BE}{_NUM}(?:条|篇)"),
    ("pro_wechat", rf"{_VIA}(?:政务)?微信(?:公众号)?(?:主动)?(?:公开|发布)(?:了)?{_INFO}{_BE}{_NUM}(?:条|篇|件)"),
    ("pro_wechat", rf"发布(?:政务)?微信(?:信息)?{_BE}{_NUM}(?:条|篇)"),
    ("pro_other", rf"通过其他(?:方式|途径|渠道)(?:主动)?(?:公开|发布)(?:了)?{_INFO}{_BE}{_NUM}{_PIECES}"),
    ("pro_normative", rf"(?:主动)?公开(?:了)?规范性文件(?:类信息)?(?:数)?{_BE}{_NUM}(?:条|件|篇|个)"),
    ("pro_total", rf"(?<!应)(?<!其他)主动公开(?:各类)?(?:政府)?信息(?:共|共计|总数|数)?(?:为|达)?{_NUM}(?:条|件|篇)"),
    ("pro_total", rf"公开(?:政府)?信息总(?:数|量){_BE}{_NUM}(?:条|件|篇)"),
    ("pro_total", rf"共(?:计)?(?:主动)?(?:公开|公布|发布)(?:各类)?(?:政府)?信息{_NUM}(?:条|件|篇)"),
    # 回应解读
    ("resp_hotspots", rf"回应(?:公众)?(?:关注)?热点(?:或重大舆情|和重大舆情|及重大舆情)?(?:数)?{_BE}{_NUM}(?:次|条|件|个)"),
    ("resp_press_conf", rf"(?:举办|召开|参加)(?:或举办)?(?:新闻)?发布会(?:总次数)?{_BE}{_NUM}(?:次|场)"),
    ("resp_interviews", rf"访谈(?:活动|节目)?(?:次数)?{_BE}{_NUM}(?:次|期|场)"),
    ("resp_policy_readings", rf"政策解读(?:稿件|文章|信息|材料)?(?:发布)?(?:数)?{_BE}{_NUM}(?:篇|条|件|期)"),
    ("resp_policy_readings", rf"(?:发布)?解读类?信息(?:发布)?{_BE}{_NUM}(?:篇|条|件)"),
    ("resp_weibo_wechat", rf"微博微信回应(?:事件)?(?:数)?{_BE}{_NUM}(?:次|件|条)"),
    ("resp_other", rf"其他方式(?:回应)?(?:事件)?(?:数)?{_BE}{_NUM}次"),
    # 依申请公开
    ("app_received", rf"(?:收到|受理|接收|接到|处理)(?:了)?{_GAP}(?:政府信息公开|依申请公开|信息公开)(?:的)?"
                     rf"(?:申请|政府信息)?(?:数|数量)?(?:[^。;；\n\d]{{0,12}}?(?:达到|达|为))?{_BE}{_NUM}(?:件|份|条|个)"),
    ("app_received", rf"依申请公开(?:政府信息)?(?:申请)?(?:共|共计)?{_NUM}件"),
    ("app_in_person", rf"当面(?:提出|提交)?(?:申请)?(?:数)?(?:的)?(?:有)?{_NUM}(?:件|条)"),
    ("app_fax", rf"传真(?:申请)?(?:数)?(?:的)?(?:有)?{_NUM}(?:件|条)"),
    ("app_online", rf"(?:网络|网上|互联网|在线)(?:提交|提出)?(?:申请)?(?:数)?(?:的)?(?:有)?{_NUM}(?:件|条)"),
    ("app_letter", rf"信函(?:申请)?(?:数)?(?:的)?(?:有)?{_NUM}(?:件|条)"),
    ("app_completed", rf"(?:申请|依申请公开)[^。;；\n]{{0,16}}?(?:已)?办结{_SHORT}{_NUM}件"),
    ("app_completed", rf"办结(?:政府信息公开|依申请公开)?申请{_SHORT}{_NUM}件"),
    ("reply_total", rf"(?:申请)?(?:的)?答复(?:数|总数){_BE}{_NUM}(?:件|条)"),
    ("reply_already_public", rf"(?:属于)?已主动公开(?:范围)?(?:的)?{_SHORT}{_NUM}件"),
    ("reply_already_public", rf"{_NUM}件(?:为|属于|是)(?:已)?主动公开(?:的)?范围"),
    ("reply_partial", rf"(?:同意)?部分公开{_SHORT}{_NUM}件"),
    ("reply_denied", rf"(?:不同意公开|不予公开|不同意同开){_SHORT}{_NUM}件"),
    ("reply_granted", rf"(?<!不)(?<!部分)同意公开(?:的|答复)?{_SHORT}{_NUM}(?:件|条)"),
    ("reply_not_this_body", rf"不属于本(?:行政)?机关(?:公开)?(?:范围|职责)?{_SHORT}{_NUM}件"),
    ("reply_not_exist", rf"(?:申请)?信息不存在{_SHORT}{_NUM}件"),
    ("reply_amend", rf"(?:告知)?(?:作出)?更改补充{_SHORT}{_NUM}件"),
    ("reply_other_channel", rf"(?:告知)?通过其他途径(?:办理)?{_SHORT}{_NUM}件"),
    # 行政复议、诉讼、举报投诉
    ("review_total", rf"行政复议(?:案件|申请)?(?:数量)?{_BE}{_NUM}(?:件|起|宗)"),
    ("review_total", rf"{_NUM}(?:件|起|宗)(?:(?:因|涉及)[^。;；,，\n]{{0,12}}?的?)?行政复议"),
    ("lawsuit_total", rf"行政诉讼(?:案件)?(?:数量)?{_BE}{_NUM}(?:件|起|宗)"),
    ("lawsuit_total", rf"{_NUM}(?:件|起|宗)(?:(?:因|涉及)[^。;；,，\n]{{0,12}}?)?(?:提起的?)?行政诉讼"),
    ("complaints", rf"举报投诉(?:案件)?(?:数量)?{_BE}{_NUM}(?:件|起|次)"),
    # 机构、人员、经费
    ("offices", rf"(?:政府信息公开|政务公开)?(?:工作)?专门机构(?:数)?{_BE}{_NUM}个"),
    ("reading_rooms", rf"查阅(?:点|场所|中心|室)(?:数)?{_BE}{_NUM}(?:个|处)"),
    ("reading_rooms", rf"{_NUM}个[^。;；,，\n]{{0,16}}?(?:都|均)?设(?:置|立)(?:了)?(?:政府)?(?:信息公开)?查阅点"),
    ("staff_full_time", rf"专职(?:工作)?(?:人员)?{_NUM}(?:人|名)"),
    ("staff_full_time", rf"{_NUM}(?:人|名)(?:为)?专职"),
    ("staff_part_time", rf"兼职(?:工作)?(?:人员)?{_NUM}(?:人|名)"),
    ("staff_part_time", rf"{_NUM}(?:人|名)(?:为)?兼职"),
    ("staff_total", rf"(?:从事|负责){_GAP}工作(?:的)?(?:人员|工作人员)(?:共)?(?:有)?{_NUM}(?:人|名)"),
    ("staff_total", rf"配备(?:了)?(?:政府信息公开)?(?:专兼职)?(?:工作)?人员{_BE}{_NUM}(?:人|名)"),
    ("staff_total", rf"配备(?:了)?{_NUM}(?:人|名)(?:专兼职)?(?:工作人员|信息员)"),
    ("budget", rf"专项(?:工作)?(?:经费|资金){_GAP}{_NUM}万元"),
    ("budget", rf"{_NUM}万元[,，]?(?:作为|用于)(?:政府信息公开)?专项(?:工作)?(?:经费|资金)"),
    ("fees", rf"收取(?:[^。;；,，\n]{{0,10}}?)?(?:费用|处理费|检索费|复制费)(?:共计|共|合计)?{_NUM}(?P<unit>万)?元"),
    # 会议、培训
    ("trainees", rf"(?:培训|参训|受训|学习)(?:人数|人员)?{_GAP}{_NUM}人次"),
    ("trainings", rf"(?:举办|开展|组织)(?:各类)?(?:政府信息公开|政务公开)?(?:业务)?培训(?:班|会)?{_NUM}(?:次|期|场|个)"),
    ("trainings", rf"(?:举办|开展|组织){_NUM}(?:次|期|场|个)(?:各类)?(?:政府信息公开|政务公开)?(?:业务)?培训(?:班|会)"),
    ("meetings", rf"召开(?:政府信息公开|政务公开)?(?:工作)?(?:会议|专题会议){_NUM}(?:次|场)"),
]
ZEROS = [
    ("app_received", r"(?:未|没有|无)(?:收到|受理|接到|发生)[^。;；复诉]{0,20}?(?:公开)?申请"),
    ("review_total", r"(?:未|没有|无)(?:发生|收到|出现)?[^。;；,，]{0,12}?行政复议"),
    ("lawsuit_total", r"(?:未|没有|无)(?:发生|收到|出现)?[^。;；,，]{0,24}?(?:行政诉讼|复议(?:和|、|及|或)?诉讼)"),
    ("complaints", r"(?:未|没有|无)(?:发生|收到|出现)?[^。;；,，]{0,14}?举报(?:投诉|诉讼)"),
    ("fees", r"(?:未|没有|无|不)(?:向|发生|对)?[^。;；,，免]{0,12}?(?:收取|收)[^。;；免]{0,10}?(?:费用|费)"),
]
# Parts of a total, read in the rest of the total's clause (up to the next topic).
_PART_NUM = rf"(?P<num>\d+|{CHINESE_NUMERAL})(?:件|起|宗)"
_ALL = r"(?:全部|均|都|一律)"
_CORRECT = re.compile(r"纠错|纠正|撤销|确认违法|败诉")
PARTS = {
    "review_total": (r"诉讼|举报|。|\n", [
        ("review_upheld", rf"{_PART_NUM}(?:被|予以|为)?(?:维持|驳回)"),
        ("review_corrected", rf"{_PART_NUM}(?:被)?(?:依法)?(?:纠错|纠正)"),
        ("review_other", rf"{_PART_NUM}(?:属于|为)?其他(?:情况|情形)"),
        ("review_upheld", rf"{_ALL}(?:为|被|予以|已)?(?:予以)?(?:维持|驳回)"),
    ]),
    "lawsuit_total": (r"复议|举报|。|\n", [
        ("lawsuit_upheld", rf"{_PART_NUM}(?:被|予以|为)?(?:维持|驳回)"),
        ("lawsuit_corrected", rf"{_PART_NUM}(?:被)?(?:依法)?(?:纠错|纠正)"),
        ("lawsuit_other", rf"{_PART_NUM}(?:属于|为)?其他(?:情况|情形)"),
        ("lawsuit_upheld", rf"{_ALL}(?:为|被|予以|已)?(?:予以)?(?:维持|驳回)"),
    ]),
    "app_received": (r"。|\n", [
        ("app_completed", rf"(?:已|均已|均|已经)?{_ALL}?(?:按时)?办结"),
        ("reply_total", rf"{_ALL}(?:已|予|予以|作出|作了|进行了)?(?:答复|回复)"),
    ]),
}
_SINGLE = re.compile(r"维持|驳回")
_COMPILED = [(item, re.compile(p)) for item, p in PATTERNS]
_ZERO_COMPILED = [(item, re.compile(p)) for item, p in ZEROS]
_PARTS_COMPILED = {parent: (re.compile(stop), [(item, re.compile(p)) for item, p in parts])
                   for parent, (stop, parts) in PARTS.items()}


_ZERO_BY_ITEM = {item: pattern for item, pattern in reversed(_ZERO_COMPILED)}


def extract_prose(doc: Document, skip: tuple[tuple[int, int], ...] = ()) -> list[Fact]:
    """Figures from the report's sentences (tables excluded by `skip`), each with its sentence."""
    text = doc.text
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = list(skip)
    seen: set[str] = set()
    clauses: dict[str, tuple[float, int, int]] = {}  # total item -> (value, clause start, end)
    for item, pattern in _COMPILED:
        if item in seen:
            continue
        for match in pattern.finditer(text):
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
    for item, pattern in _ZERO_COMPILED:
        if item in seen:
            continue
        match = pattern.search(text)
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
        elif parent == "app_received" or not _CORRECT.search(window):
            value = total
        else:
            continue
        out.append(Fact(item, value, "number", "prose", _sentence(text, start), start + match.start()))
        seen.add(item)
    # a single case whose outcome is stated: 1件…行政诉讼,经审理法院驳回原告起诉
    upheld = parent.replace("_total", "_upheld")
    if parent != "app_received" and total == 1 and upheld not in seen \
            and _SINGLE.search(window) and not _CORRECT.search(window):
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
