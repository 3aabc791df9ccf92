"""The wordings of figures in running text, as regexes keyed by item code.

`PATTERNS` give a figure (the group named num is the value), more specific patterns first;
`ZEROS` are statements that a thing did not happen (a zero, not a gap); `PARTS` are the parts of a
total read in the rest of its clause. The prose extractor reads them from here and nowhere else.
"""

from __future__ import annotations

from gidata import lazyre as re  # (patterns compiled on first use)

from gidata.numbers import CHINESE_NUMERAL
from gidata.vocabulary.items import ITEMS
from gidata.vocabulary.labels import CHANNEL_WORDS, TO_COURT
from gidata.vocabulary.tables import GROUNDS

_PRE = ("近", "约", "超过", "逾", "将近", "大约")
_NUM = (rf"[ \u3000]?(?P<pre>{'|'.join(_PRE)})?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?万?|{CHINESE_NUMERAL}万?)"
        r"(?P<post>余|多)?[ \u3000]?")
NUMBER = _NUM  # a figure as prose gives it: the group named num is the value
# The characters NUMBER can start with: a look-ahead the extractor puts in front of patterns that
# start with a number, so that the search fails fast elsewhere (same matches, half the time).
NUMBER_FIRST = "(?=[ \u3000" + "".join(dict.fromkeys(w[0] for w in _PRE)) + "\\d" + CHINESE_NUMERAL[1:-2] + "])"
_GAP = r"[^。;；\n]{0,12}?"
_SHORT = r"[^。;；,，\n]{0,8}?"
# ... words of one thing: two joined (予以公开和部分公开的合计42件) are their sum, neither's figure
_SHORT_ONE = r"(?:(?![和与及])[^。;；,，\n]){0,8}?"
# ... nor is the second of two outcomes joined (予以公开和部分公开的合计: 部分公开 after 公开和)
_NOT_SECOND = r"(?<![开供理][和与及])"
# (a colon or bracket between the label and its figure: 主动公开信息：2000条; 主动公开政府信息（2949条）)
# (… or last year's figure, then the year's: 申请由上年的3件降为1件; 规范性文件由2012年的31条减至28条)
_LAST_YEARS_THEN = (r"(?:由(?:上一?年度?|去年|20\d\d年度?)(?:的)?\d{1,7}(?:\.\d{1,3})?[件条项个篇次场]"
                     r"(?:减|降|增|增加|减少|下降|上升|增长)(?:至|为|到))?")
# (… or its share first: 部分公开的占52.6%，为10件)
_SHARE_THEN = r"(?:占[^，,。；;\d]{0,8}?\d{1,3}(?:\.\d{1,2})?[%％][,，])?"
# (… or an aside in brackets: 新收政府信息公开申请（以下简称申请）23件; 予以公开（全部提供所申请信息）7件; not what
# the figure holds: 受理的申请（含上年转入）共749件)
_AN_ASIDE = r"(?:[（(](?!含|不含|包括|包含|其中)[^（）()\d。；;\n]{1,24}[)）])?"
_ITS_SHARE = rf"(?:{_AN_ASIDE}{_SHARE_THEN}(?:为|计|有|是)?)"  # (部分公开的占47.4%，为9件)
_BE = (rf"{_AN_ASIDE}{_LAST_YEARS_THEN}{_SHARE_THEN}[:：（(]?(?:共计|共有|共|合计|总计|累计|计(?!划))?"
       r"(?:(?:同样|也|亦|同)(?=为))?(?:有|为|是|达到|达|只有|仅有|仅为|仅)?")
_CLAUSE_ENDS = r"(?=[,，。;；\n]|$)"
_TO_COURT = r"(?:向(?:人民)?法院)?"  # (未经复议直接向人民法院起诉的5件)
_ALSO_BE = rf"(?:(?:也|亦|同样)是|{_BE})"  # (经复议后再起诉的案件也是0件)
_NOT_OF_ANOTHER_FIELD = "".join(f"(?<!{field})" for field in ("扶贫", "救灾", "产业", "发展", "补助", "科技", "教育",
                                                              "债券", "升级", "转型", "工业", "建设", "研发", "创新",
                                                              "农业", "卫生", "文化", "旅游", "交通", "水利", "环保",
                                                              "就业", "住房"))
_PUT_OUT = r"(?:(?:全年|本年度?)?(?:共计|共|累计)?(?:推出|刊发|编发|发布))?"
_SUED = r"(?:起诉|提起行政诉讼|提起诉讼|诉至(?:人民)?法院|诉诸(?:人民)?法院)"
_PIECES = r"(?:条|件|篇|个)"
# The outcome of every case counted, between the number and its label (3件属维持具体行政行为的行政复议)
_IS = r"(?:属于?|均为|均属于?|为|是)"
_EVERY_CASE_IS = rf"(?:件|起|宗){_IS}"
_OUTCOME = rf"{_IS}(?:维持|驳回|被?依法纠错|被?纠正)[^。;；,，\n\d]{{0,10}}?"
_INFO = r"(?:政府信息|信息)?"
# Zero statements: the things named joined (未制发、废止规章), and the end of the statement's clause
_AND = r"[、和及与或]"
_YEAR_BETWEEN = r"(?:[,，]?(?:本年度?|全年|今年|年内)|[,，])?"  # (行政复议和行政诉讼，本年度均为零; …诉讼全年均为0件)
_YEAR_AFTER_A_COMMA = r"(?:[,，](?:本年度?|全年|今年)?(?!\d))?"  # (…的行政复议，本年度总计3件; not …案件，1件结果维持)
_ENDS = r"(?:的)?(?:情况|情形)?(?=[,，。;；\n]|$)"
_VIA = r"(?:通过|在|利用|依托)?"
# Article-20 decisions made (完成…, 作出…): the verb and the count after the label
_BY_POST = r"(?:形式|方式)?(?:提交|提出)?(?:申请)?(?:数)?(?:的)?"  # after 信函 or 传真, before the number
_DECIDED = r"(?:完成|办结|作出)[^。;；,，、\n\d]{0,6}?"
_DECISIONS = rf"{_BE}{_NUM}(?:项|件)"
# The kinds of the article 20 table's items (2019) and the statement of this year's change after a count
_ARTICLE20_KINDS = (("licensing", "行政许可"), ("other_services", "其他对外管理服务"), ("penalty", "行政处罚"),
                    ("coercion", "行政强制"), ("fee", "行政事业性收费"))
_NO_CHANGE = (r"(?:无增减(?:变化)?|未增减|没有增减|未增未减|无增无减|数量不变|(?:保持|维持)不变|无变化|没有变化"
              r"|未(?:发生)?变化|未作调整|没有调整|与上一?年度?持平"
              r"|既(?:未|没有|无)(?:增加|新增)(?:也|又)(?:未|没有|无)(?:减少|取消)|(?:未|没有)增加(?:或|也(?:未|没有))减少"
              r"|(?:未|没有)(?:作|做)(?:任何)?调整)")  # (既没有新增也没有取消; 没有作任何调整)
# Documents counted as the ones a review went over (对我厅制发的53件规范性文件开展集中清理) are no year's issue
_NOT_UNDER_REVIEW = r"(?![^。;；,，\n]{0,8}?清理)"
_FROM_LAST_YEARS, _ADDED = r"(?:由|较|比)(?:上一?年度?|上年度?|去年)(?:的)?", r"(?:增加|新增|增长|减少)(?:了)?"
# A change of the article 20 table's items told as a fall (本年减少59项): the change is negative
FEWER = re.compile(r"(?:减少|取消|下降)(?:了)?$")
_THIS_YEARS_CHANGE = rf"[,，（(]?(?:本年度?(?:项目)?(?:增减|增/减)|(?:本年度?)?(?:项目)?{_NO_CHANGE})"
# ... the kinds with decisions made, and the short word of their decisions (没有作出行政强制决定)
_DECISION_KINDS = (("licensing", "许可"), ("penalty", "处罚"), ("coercion", "强制"))
# 2019 on: the outcome groups of the matrix, which a zero statement may list under one negation
_OUTCOME_GROUPS = (("reply_partial", "部分公开"), ("reply_denied", "不予公开"), ("out_unable", "无法提供"),
                   ("out_unprocessed", "不予处理"), ("out_other", "其他处理"))
# ... and 予以公开, which a statement after the list may give as zero too (予以公开、部分公开的均为零; not 不予以公开)
_ALL_OUTCOME_GROUPS = (("out_granted", "(?<!不)予以公开"), *_OUTCOME_GROUPS)
# 2021: the article 20 table's documents, the kind first and then its measures in a list, in any order
# (规章制发0件、废止0件，现行有效规章为0件; 行政规范性文件本年没有新制发，也没有废止)
# A group's none said for one reason (因涉及商业秘密不予公开的申请为零) is the reason's none, not the group's
OUTCOME_GROUPS = frozenset(item for item, _ in _ALL_OUTCOME_GROUPS)
FOR_ONE_REASON = re.compile(r"(?:因|由于)[^。;；,，、\n]*$")
_DOCUMENT_KINDS = (("rules", r"(?:部门|政府)?规章"), ("normative", r"(?:行政)?规范性文件"))
# ... this year, said or not (not 上年 or 2020年: another year's figure), and 也 before a list's next measure
_THIS_YEAR = r"(?:本年度?|全年|今年|当年)?(?:也|亦|并)?"
_LAST_YEARS = ("上年", "上年度", "上一年", "上一年度", "去年", "上年末", "上年底", "去年底", "去年末")
_NOT_LAST_YEARS_OWN = "".join(f"(?<!{year})" for year in _LAST_YEARS)  # (not 上年规章制发3件)


def _this_years(words: str) -> str:
    """Words not said of last year (制发, not 上年制发规范性文件5件): the look-behinds after them, so that a
    match still opens with them (the openings of a pattern searched in full)."""
    return words + "".join(f"(?<!{year}{words})" for year in _LAST_YEARS)


_DOCUMENT_MEASURES = (("issued", r"(?:新)?制发"), ("repealed", r"废止"), ("in_force", _this_years("现行有效")))
# ... a measure of the list stated before the one read: its figure, or none (没有新制发)
_MEASURE_BEFORE = (rf"{_THIS_YEAR}(?:(?:新)?(?:制发|废止|现行有效)(?:的)?(?:规章|(?:行政)?规范性文件)?(?:件数|数量)?"
                   rf"{_BE}\d{{1,6}}件|(?:没有|未|无)(?:新)?(?:制发|废止))[、，,]")


def _kind_then(label: str) -> str:
    """A document kind, not last year's (its 方面 said or not), then up to two of its measures before the one read,
    and this year."""
    return rf"{_NOT_LAST_YEARS_OWN}{label}(?:方面[,，:：]?)?(?:{_MEASURE_BEFORE}){{0,2}}{_THIS_YEAR}"


# 2019: the article 20 table's measures of a kind, those before the one read stated with their figures
_MEASURE_BEFORE_2019 = (rf"{_THIS_YEAR}(?:新?制作|新公开)(?:的)?(?:规章|(?:行政)?规范性文件)?(?:件数|数量)?{_BE}"
                        r"\d{1,6}件[、，,]")


def _kind_under_its_topic(label: str) -> str:
    """A document kind under its topic phrase (规范性文件方面，), not last year's, then up to two of its measures before
    the one read, and this year (2019: the article 20 table's 新制作, 新公开)."""
    return rf"{_NOT_LAST_YEARS_OWN}{label}方面[,，:：]?(?:{_MEASURE_BEFORE_2019}){{0,2}}{_THIS_YEAR}"


# (2019: the documents made and published, one count: 新制作并公开规范性文件2件)
_AND_PUBLISHED = r"(?:并(?:新)?公开)?"
# The channels of requests (before 2019) and of proactive disclosure, one wording each (the gate is the word)
_REQUEST_CHANNELS = (("app_in_person", "当面"), ("app_fax", "传真"), ("app_letter", "信函"), ("app_online", "网上"),
                     ("app_online", "网络"), ("app_letter", "来信"))
_A_CHANNEL = f"(?:{'|'.join(CHANNEL_WORDS.values())})"
_PROACTIVE_CHANNELS = (("pro_gazette", "(?:政府)?公报"), ("pro_weibo", "(?:政务)?微博"),
                       ("pro_wechat", "(?:政务)?微信(?:公众号)?"))
# A heading's number (3、 (二) 三．) and the account's quoted name; a sentence that starts with its verb.
_HEADING = (r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
            r"[“\"「]?[^。;；,，、\n“”\"「」]{0,10}[”\"」]?")
_NOT_ALL_RESPONSES = r"微博|微信|其他|解读|较|比|同比|增|多|少|各|平均|累计|历年"
_NO_SUBJECT = (r"(?:20\d\d年度?|全年|今年|年内|本年度?)?[,，]?(?:共|累计|共计)?(?:发布|推送|编发)(?:了)?"
               r"(?:各类)?(?:政务)?(?:微博|微信)?(?:信息|博文|文章|图文)?")
# (item, pattern): the group named num is the value; more specific patterns come first.
# The requests decided this year, all of them (not 按时办结, 延期办结: a part; not 上年办结: last year's)
_DECIDED_THIS_YEAR = _this_years("办结") + "(?<!按时办结)(?<!延期办结)"
# The outcomes listed after a total of requests decided (，办结率为96.1%。其中，予以公开33件): a short clause between
_THEN_THE_OUTCOMES = (r"(?:[,，][^。;；,，\n]{0,12})?[,，。;；]?其中[,，:：]?(?:\d+件)?"
                      r"(?:予以公开|部分公开|不予公开|无法提供|不予处理)")
# (均在法定期限内答复办结; 均在《条例》规定的15个工作日内答复办结)
_ON_TIME = r"(?:按时|按期|(?:在|于)?[^，,。；;\d]{0,8}?(?:法定|规定)(?:的)?(?:\d+个工作日|期限|时限)内)"
PATTERNS = [
    # 2019 on: requests carried over from last year and forward to the next, as the prose states them
    ("req_carried_over", rf"上一?年度?结转(?:过来|下来|而来)?(?:的)?(?:申请)?{_BE}{_NUM}件"),
    # (尚有31件申请未办结，结转下年度继续办理)
    # (尚有1件申请处于法定答复期限内，结转至下一年度继续办理)
    ("req_carried_forward", rf"(?:尚有|还有|仍有|另有){_NUM}件(?:申请)?(?:尚|仍)?"
                            rf"(?:未办结|(?:处于|在)[^。;；,，\d]{{0,10}}?内)[,，]?(?:已)?(?:结转|转入|顺延)(?:至|到)?下一?年度?"),
    # ... and those carried over from a year by its number (加上从2023年结转的2件; 另有2023年结转至本年度办理的申请2件)
    ("req_carried_over", rf"20\d\d年度?结转(?:至|到)(?:本年度?|今年)(?:继续)?(?:办理|答复)?(?:的)?"
                         rf"(?:政府信息公开|信息公开)?申请{_BE}{_NUM}件"),
    ("req_carried_over", rf"(?:从|加上)20\d\d年度?结转(?:过来|而来)?(?:的)?(?:政府信息公开)?(?:申请)?{_BE}{_NUM}件"),
    # ... as noun phrases: the requests carried to this year (上年结转至本年度办理的申请为3件), and to the next year
    # by its number, not said of last year's (结转至2026年继续办理的申请有6件)
    ("req_carried_over", rf"上一?年度?结转(?:至|到)(?:本年度?|今年|20\d\d年度?)(?:继续)?(?:办理|答复)?(?:的)?"
                         rf"(?:政府信息公开|信息公开)?申请{_BE}{_NUM}件"),
    ("req_carried_forward", rf"{_NOT_LAST_YEARS_OWN}结转(?:至|到)(?:下一?年度?|20\d\d年度?)(?:继续)?(?:办理|答复)?"
                            rf"(?:的)?(?:政府信息公开|信息公开)?申请{_BE}{_NUM}件"),
    ("req_carried_forward", rf"{_NOT_LAST_YEARS_OWN}结转(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?"
                            rf"{_BE}{_NUM}件"),
    ("req_carried_forward", rf"(?:顺延|延期|结转)(?:至|到)(?:下一?年度?|20\d\d年度?)(?:继续)?(?:办理|答复)?(?:的)?"
                            rf"(?:申请)?{_NUM}件"),
    ("req_carried_forward", rf"{_NUM}件(?:申请)?(?:顺延|延期|结转)(?:至|到)?下一?年度?"),
    ("req_carried_forward", rf"(?:另有|剩余|其余|尚有|还有|仍有){_NUM}件(?:申请)?[^。;；\n\d]{{0,20}}?"
                            rf"(?:顺延|延期|结转|转入)(?:至|到)?(?:下一?年度?|20\d\d年度?)(?:继续)?(?:办理|答复)"),
    # the decided total, with the carried-over after it or its outcomes (办结依申请公开81件，其中：予以公开…)
    ("out_total", rf"(?:办理完成|{_DECIDED_THIS_YEAR}|答复完成)(?:依申请公开|政府信息公开|信息公开)?(?:申请)?{_NUM}件"
                  rf"(?=[^。]{{0,3}}结转|(?:[,，。]?其中|[:：])[:：]?(?:\d+件)?(?:予以公开|部分公开|不予公开|无法提供|不予处理))"),
    # the requests completed on time, counted (其中按时办结2件; 在法定期限内得到答复、按时办结的计2件)
    # (a count of replies made in time, 在规定期限内答复1件, is the replies': reply_total by label)
    ("app_completed_on_time", rf"(?:按时|按期)(?:予以)?(?:答复)?办结(?:的)?(?:申请)?{_BE}{_NUM}件"),
    ("app_completed_on_time", rf"(?:法定|规定)(?:的)?(?:\d+个工作日|期限|时限)内(?:予以)?(?:答复)?办结(?:的)?(?:申请)?"
                              rf"{_BE}{_NUM}件"),
    # the total of the year's decided requests, said with 共 (2019年共办结申请16件); 按时办结… is a part
    ("out_total", rf"共办结(?:政府信息公开|依申请公开|信息公开)?申请{_NUM}件"),
    # ... the matrix's row name (本年度办理结果总计1件), not last year's
    ("out_total", rf"{_this_years('办理结果')}(?:的)?(?:总计|合计|共计|总数){_BE}{_NUM}件"),
    # ... the requests the year's outcomes were made for (本年度作出办理结果的申请总计44件)
    ("out_total", rf"作出(?:了)?办理结果(?:的)?(?:政府信息公开|依申请公开)?申请(?:总计|合计|共计|共|总数){_BE}"
                  rf"{_NUM}件"),
    # ... the requests decided as a noun phrase, their outcomes after it (办理完毕的申请合计44件。其中，予以公开…;
    # 全年办结申请148件，办结率为96.1%。其中，予以公开…): a short clause may come between; not 按时/延期办结 (a part)
    ("out_total", rf"{_this_years('办理完毕')}(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请{_BE}{_NUM}件"
                  rf"(?={_THEN_THE_OUTCOMES})"),
    ("out_total", rf"(?:全年|本年度?)(?:共)?办理完毕(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请{_BE}{_NUM}件"),
    ("out_total", rf"{_DECIDED_THIS_YEAR}(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请"
                  rf"{_BE}{_NUM}件(?={_THEN_THE_OUTCOMES})"),
    # ... at the head of its outcomes' list (本年度办结的69件申请中，予以公开30件)
    ("out_total", rf"{_DECIDED_THIS_YEAR}(?:的)?{_NUM}件(?:政府信息公开|依申请公开|信息公开)?申请中[,，]?"
                  r"(?=予以公开|部分公开|不予公开|无法提供|不予处理)"),
    # 2021: the rows of the 其他处理 group by their names (按“其他处理”中的其他情形统计1件)
    ("out_other_no_correction", rf"(?:无正当理由)?逾期不补正(?:[、，,]?行政机关不再处理(?:其?(?:政府信息公开)?申请)?)?"
                                rf"(?:的)?{_BE}{_NUM}件"),
    ("out_other_no_fee", rf"逾期未按收费通知(?:要求)?缴纳费用(?:[、，,]?行政机关不再处理(?:其?(?:政府信息公开)?申请)?)?"
                         rf"(?:的)?{_BE}{_NUM}件"),
    # (… the number first: 该1件计入“其他处理”下的“其他”情形)
    ("out_other_other", rf"{_NUM}件(?:申请)?(?:计入|归入|列入|计为|统计为)[“\"「]?其他处理[”\"」]?(?:类|项)?(?:中|下)"
                        rf"的?[“\"「]?其他(?:情形|情况)?"),
    ("out_other_other", rf"其他处理[”\"」]?(?:类|项)?(?:中|下)的?[“\"「]?其他(?:情形|情况)?[”\"」]?"
                        rf"(?:统计|计入|计)?(?:为)?{_BE}{_NUM}件"),
    # 主动公开 by channel
    # channels with words between the channel and its verb (厅门户网站全年发布各类信息4818篇); a column
    # or sub-site of the website is not the website (which total: see NOT_THE_BODYS_TOTAL)
    ("pro_website", rf"网站[^。;；,，\n]{{0,16}}?(?:主动)?(?:公开|发布|更新|公布|审核发布)(?:了)?"
                    rf"[^。;；,，\n\d]{{0,28}}?{_NUM}(?:条|件|篇|个)"),
    # ... printed (刊发) information, not articles (刊发各类信息稿件3636篇, 刊发解读稿件593篇)
    ("pro_website", rf"网站[^。;；,，\n]{{0,16}}?(?:刊发|刊登)(?:了)?(?:(?!稿件)[^。;；,，\n\d]){{0,28}}?信息"
                    rf"{_BE}{_NUM}(?:条|件|篇|个)"),
    ("pro_wechat", rf"微信(?:公众号|公众平台)?[^。;；,，\n]{{0,20}}?(?:发布|推送|编发|公开)(?:了)?"
                   rf"[^。;；,，\n\d]{{0,16}}?{_NUM}(?:条|篇|期)"),
    ("pro_wechat", rf"微信公众号[^。;；\n]{{0,24}}?[,，](?:全年|今年|年内|一年来|本年度?)(?:共|累计)?(?:发布|推送)"
                   rf"(?:信息|文章|图文)?{_NUM}(?:条|篇)"),
    ("pro_wechat", rf"公众号[^。;；,，\n]{{0,16}}?(?:发布|推送|编发)(?:了)?[^。;；,，\n\d]{{0,16}}?{_NUM}(?:条|篇|期)"),
    ("pro_weibo", rf"微博[^。;；,，\n]{{0,16}}?(?:发布|推送|编发|公开)(?:了)?[^。;；,，\n\d]{{0,12}}?{_NUM}(?:条|篇)"),
    # ... the website named at the head of its sentence, its year's count in the clause after
    # (厅门户网站是我厅发布政府信息的第一平台，全年共发布新闻动态、…等各类信息733条)
    ("pro_website", rf"网站[^。;；,，\n]{{0,16}}?[,，](?:全年|今年|年内|一年来|本年度?)(?:共|累计)?"
                    rf"(?:发布|公开|公布|更新)(?:了)?(?:[^。;；,，\n\d]{{0,30}}?等)?(?:各类)?(?:政务信息|{_INFO}){_BE}{_NUM}"
                    rf"{_PIECES}"),
    ("pro_website", rf"{_NUM}(?:条|件|篇)(?:信息)?(?:全部|均|都)?(?:通过|在|经)[^。;；,，\n\d]{{0,20}}?网站[”\"]?"
                    rf"(?:上)?(?:主动)?(?:公开|发布|公布|刊发|审核发布)"),
    ("pro_gazette", rf"{_NUM}(?:条|件|篇)(?:信息)?(?:通过|在|经)[^。;；,，\n\d]{{0,16}}?公报[》”]?(?:上)?(?:主动)?"
                    rf"(?:公开|刊登|刊发|发布|公布)"),
    ("pro_normative", rf"其中[,，:：]?(?:主动公开)?规范性文件(?:类信息)?(?:公开)?{_BE}{_NUM}(?:条|件|篇|个)"),
    ("pro_normative", rf"其中[,，:：]?{_NUM}(?:条|件|篇|个)(?:为|是|属于?)规范性文件"),
    ("pro_gazette", rf"{_VIA}(?:政府)?公报(?:主动)?(?:公开|刊登|刊发|发布)(?:了)?{_INFO}{_BE}{_NUM}{_PIECES}"),
    # (… with the kinds listed before 等各类信息: 在厅门户网站上公布科技动态、通知公告等各类信息，合计5009篇)
    ("pro_website", rf"(?:通过|在|利用|依托|经由?)[^。;；,，\n]{{0,12}}?网站(?:平台)?(?:上)?(?:主动)?(?:对外)?"
                    rf"(?:公开|发布|公布)(?:了)?(?:[^。;；,，\n\d]{{0,30}}?等)?(?:各类)?(?:政务信息|{_INFO})"
                    rf"(?:[,，](?=合计|共计|总计))?{_BE}{_NUM}{_PIECES}"),
    ("pro_website", rf"(?:政府)?网站(?:主动)?(?:公开|发布)(?:了)?{_INFO}{_BE}{_NUM}{_PIECES}"),
    ("pro_website", rf"上网公开(?:的)?(?:政府|政务)?信息{_BE}{_NUM}{_PIECES}"),  # (上网公开的政府信息共计480余条)
    # a numbered heading that names the account (3、“河北工信”政务微博。), then its count in a sentence
    # with no subject of its own (2016年发布信息300条)
    ("pro_weibo", rf"{_HEADING}(?:政务)?微博。{_NO_SUBJECT}{_NUM}(?:条|篇)"),
    ("pro_wechat", rf"{_HEADING}(?:政务)?微信(?:公众号)?。{_NO_SUBJECT}{_NUM}(?:条|篇)"),
    # ... the number first (全年共有716条信息经由厅官方微信公众号“河北教育发布”推送)
    ("pro_wechat", rf"{_NUM}(?:条|篇)(?:信息)?(?:全部|均|都)?(?:通过|经由?)[^。;；,，\n\d]{{0,12}}?微信(?:公众号)?"
                   rf"[^。;；,，\n\d]{{0,12}}?(?:推送|发布)"),
    ("pro_weibo", rf"{_VIA}(?:政务)?微博(?:主动)?(?:公开|发布)(?:了)?{_INFO}{_BE}{_NUM}(?:条|篇|件)"),
    ("pro_weibo", rf"发布(?:政务)?微博(?:信息)?{_BE}{_NUM}(?:条|篇)"),
    ("pro_wechat", rf"{_VIA}(?:政务)?微信(?:公众号)?(?:主动)?(?:公开|发布)(?:了)?{_INFO}{_BE}{_NUM}(?:条|篇|件)"),
    ("pro_wechat", rf"发布(?:政务)?微信(?:信息)?{_BE}{_NUM}(?:条|篇)"),
    ("pro_other", rf"通过(?:[^。;；,，\n\d]{{0,16}}?等)?其他(?:方式|途径|渠道)(?:主动)?(?:公开|发布)(?:了)?"
                  rf"{_INFO}{_BE}{_NUM}{_PIECES}"),
    # (not those made and published: 新制作并公开规范性文件2件, the article 20 table's)
    ("pro_normative", rf"(?<!并)(?<!对外)(?:主动)?公开(?:了)?规范性文件(?:类信息)?(?:数)?{_BE}{_NUM}(?:条|件|篇|个)"),
    ("pro_total", rf"(?<!应)(?<!其他)(?:主动|对外)(?:向社会)?(?:公开|发布)(?:的)?(?:各类)?(?:政府|政务)?信息"
                  rf"(?:共|共计|总数|数)?(?:为|达)?{_NUM}(?:条|件|篇)"),
    ("pro_total", rf"(?<!应)主动(?:向社会)?公开(?:我区|我市|我县|本机关|我局|我厅|全区|全市|全县)?(?:各级单位|各类)?"
                  rf"[^。;；,，\n\d]{{0,4}}?(?:政府)?信息{_BE}{_NUM}(?:条|件|篇)"),
    ("pro_total", rf"公开(?:的)?(?:政府)?信息总(?:数|量){_BE}{_NUM}(?:条|件|篇)"),
    ("pro_total", rf"(?<!应)(?:对外|主动)公开(?:各类)?(?:政府)?信息计{_NUM}(?:条|件|篇)"),  # 计 as 共计
    ("pro_total", rf"共(?:计)?(?:主动)?(?:公开|公布|发布)(?:各类)?(?:政府)?信息{_NUM}(?:条|件|篇)"),
    ("pro_total", rf"全年(?:共|累计)?(?:主动)?(?:公开|发布)[^。;；,，\n\d解读]{{0,4}}?(?:政务|政府)?信息"
                  rf"{_BE}{_NUM}(?:条|件|篇)"),
    # the number before the information, the disclosing after it (全年共有4条政府信息由我委主动向社会公开; 13561条政府
    # 信息经各单位审核后向社会主动发布); through the website, its count (739条信息全部经由政府网站对外发布)
    ("pro_website", rf"{_NUM}条(?:政府|政务)?信息(?:全部|均)?(?:经由|通过|在)[^。;；,，\n\d]{{0,12}}?网站"
                    rf"[^。;；,，\n\d]{{0,8}}?(?:主动|对外)?(?:向社会)?(?:主动)?(?:公开|发布)"),
    ("pro_total", rf"{_NUM}条(?:政府|政务)?信息(?![^。;；,，\n\d]{{0,18}}?网站)"
                  rf"(?:由(?:我|本)[^。;；,，\n\d]{{0,6}}?|经[^。;；,，\n\d]{{0,14}}?)"
                  rf"(?:主动(?:向社会)?|向社会主动)(?:公开|发布)"),
    # ... or the rest of the information made, after the parts not disclosed (…列为不予公开的1658条，其余1853条均已
    # 主动向社会公开)
    ("pro_total", rf"其余{_NUM}条(?:政府|政务)?(?:信息)?(?:均|全部)?(?:已)?(?:主动(?:向社会)?|向社会主动)"
                  rf"(?:公开|发布)"),
    # the year as the clause's time, like 全年 (改版，2020年发布政务信息1000余条; 主动公开: above)
    ("pro_total", rf"(?<=[,，。;；\n\u3000 ])2\d{{3}}年度?(?:共|累计)?发布[^。;；,，\n\d解读]{{0,4}}?(?:政务|政府)?信息"
                  rf"{_BE}{_NUM}(?:条|件|篇)"),
    # normative documents issued, repealed, in force; fees collected (the article 20 table in prose)
    ("normative_issued", rf"{_this_years('制发')}(?:的)?(?:厅|局|委|部门|行政)?规范性文件{_BE}{_NUM}件"),
    # the number before the label (印发的16个规范性文件全部在厅门户网站主动公开): all of them published too
    ("normative_issued", rf"{_this_years('印发')}(?:了)?(?:的)?{_NUM}(?:个|件|份)(?:行政)?规范性文件{_NOT_UNDER_REVIEW}"
                         rf"(?:[,，]?(?:全部|均)[^。;；,，\n\d]{{0,12}}?(?:主动)?公开)?"),
    ("normative_issued", rf"{_this_years('制发')}(?:了)?(?:的)?{_NUM}(?:个|件|份)(?:行政)?规范性文件{_NOT_UNDER_REVIEW}"
                         rf"(?:[,，]?(?:全部|均)[^。;；,，\n\d]{{0,12}}?(?:主动)?公开)?"),
    ("normative_repealed", rf"规范性文件[^。;；\n]{{0,16}}?{_this_years('废止')}(?<!\d年废止)(?<!\d年度废止){_NUM}件"),
    ("normative_repealed", rf"{_NUM}件(?:文件)?予以废止"),
    ("normative_repealed", rf"{_this_years('废止')}(?<!\d年废止)(?<!\d年度废止)(?:了)?(?:部门|行政)?规范性文件"
                           rf"{_BE}{_NUM}件"),
    ("normative_in_force", rf"(?:保留|{_this_years('现行有效')}(?:的)?)(?:部门|行政)?规范性文件{_BE}{_NUM}件"),
    ("normative_in_force", rf"规范性文件[^。;；\n]{{0,40}}?(?:{_this_years('现行有效')}|仍然有效|仍有效)(?:的)?"
                           rf"{_BE}{_NUM}件"),
    ("fee_amount", rf"(?:收取)?行政事业性收费(?:金额|总额)?{_BE}{_NUM}万元"),
    # ... the kind first (行政事业性收费本年收费金额为0万元), this year's amount, not its items (收费项目)
    ("fee_amount", rf"行政事业性收费{_THIS_YEAR}(?:收费|收取)(?:的)?(?:金额|总额){_BE}{_NUM}万元"),
    # 2021: a document kind then its measures in a list, either order (规章制发0件、废止0件，现行有效规章为0件)
    *((f"{kind}_{measure}", rf"{_kind_then(label)}{words}(?:的)?(?:{label})?(?:件数|数量)?{_BE}{_NUM}件")
      for kind, label in _DOCUMENT_KINDS for measure, words in _DOCUMENT_MEASURES),
    ("rules_in_force", rf"{_this_years('现行有效')}(?:的)?(?:部门|政府)?规章{_BE}{_NUM}件"),
    # 2019: the article 20 table's rules and normative documents made, published and public in all
    # (新制作规章0件、新公开规章0件、对外公开规章总数为0件; 新制作规范性文件16件，新公开16件: the label elided)
    ("rules_issued", rf"新?制作{_AND_PUBLISHED}规章{_BE}{_NUM}件"),  # rules_made in 2019 (NEW_REGIME_ITEMS)
    ("rules_published", rf"新公开规章{_BE}{_NUM}件"),
    ("rules_published", rf"制作规章\d+件[,，、]新公开{_NUM}件"),
    ("rules_public_total", rf"对外公开规章总数(?:量)?{_BE}{_NUM}件"),
    ("rules_public_total", rf"规章(?:的)?对外公开总数(?:量)?{_BE}{_NUM}件"),
    ("normative_issued", rf"新?制作{_AND_PUBLISHED}(?:行政)?规范性文件{_BE}{_NUM}件"),
    ("normative_published", rf"新公开(?:行政)?规范性文件{_BE}{_NUM}件"),
    ("normative_published", rf"制作(?:行政)?规范性文件\d+件[,，、]新公开{_NUM}件"),
    ("normative_public_total", rf"对外公开(?:行政)?规范性文件总数(?:量)?{_BE}{_NUM}件"),
    ("normative_public_total", rf"规范性文件(?:的)?对外公开总数(?:量)?{_BE}{_NUM}件"),
    # ... a kind under its topic phrase, then its measures without its name (规范性文件方面，本年度新制作11件，
    # 新公开11件，截至年底对外公开的规范性文件总数为51件)
    *((f"{kind}_{measure}", rf"{_kind_under_its_topic(label)}{words}(?:的)?(?:{label})?(?:件数|数量)?{_BE}{_NUM}件")
      for kind, label in _DOCUMENT_KINDS for measure, words in (("issued", "新?制作"), ("published", "新公开"))),
    *((f"{kind}_public_total", rf"{_this_years('对外公开')}的{label}总数(?:量)?{_BE}{_NUM}件")
      for kind, label in _DOCUMENT_KINDS),
    # ... the total at the year's end without 总数 (截至年底对外公开的规范性文件共2件)
    *((f"{kind}_public_total", rf"截至(?:本?年底|年末|目前|12月底|20\d\d年(?:底|末|12月底))[,，]?"
                               rf"(?:本机关|我[局厅委区市县])?(?:累计)?对外公开(?:的)?"
                               rf"{label}{_BE}{_NUM}件") for kind, label in _DOCUMENT_KINDS),
    # ... the items of each kind last year (行政许可事项上一年为9项), or with no year when this year's change
    # follows (行政处罚事项5项，本年数量不变): the change is a part (PARTS)
    *((f"{kind}_items_prev", rf"{label}(?:事项|项目)?(?:上一?年度?|上年度?)(?:的)?(?:项目|事项)?(?:数量|数)?"
                             rf"{_BE}{_NUM}项")
      for kind, label in _ARTICLE20_KINDS),
    *((f"{kind}_items_prev", rf"{label}(?:事项|项目){_BE}{_NUM}项(?={_THIS_YEARS_CHANGE})")
      for kind, label in _ARTICLE20_KINDS),
    # ... and the change from them (其他对外管理服务事项由上年的144项增加5项; 行政处罚事项较上一年的67项增加36项)
    *((f"{kind}_items_prev", rf"{label}(?:事项|项目)?(?:数量)?{_FROM_LAST_YEARS}{_NUM}项(?={_ADDED}\d+项)")
      for kind, label in _ARTICLE20_KINDS),
    *((f"{kind}_items_change", rf"{label}(?:事项|项目)?(?:数量)?{_FROM_LAST_YEARS}\d+项{_ADDED}{_NUM}项")
      for kind, label in _ARTICLE20_KINDS),
    # ... or as the base of the change (其他对外管理服务事项方面，在上一年144项的基础上净增5项)
    *((f"{kind}_items_prev", rf"{label}(?:事项|项目)?(?:方面)?[,，]?在上一?年度?(?:的)?{_NUM}项的?基础上"
                             rf"(?=(?:净)?(?:增加|新增|增|减少)(?:了)?\d+项)") for kind, label in _ARTICLE20_KINDS),
    *((f"{kind}_items_change", rf"{label}(?:事项|项目)?(?:方面)?[,，]?在上一?年度?(?:的)?\d+项的?基础上(?:净)?"
                               rf"(?:增加|新增|增|减少)(?:了)?{_NUM}项") for kind, label in _ARTICLE20_KINDS),
    ("procurement_items", rf"集中采购(?:项目)?(?:数量|数)?{_BE}{_NUM}(?:个|项)"),
    # ... its amount, in 万元 (the item's unit) or in 元 (采购总金额为246900元: 24.69)
    ("procurement_amount", rf"集中采购[^。;；\n]{{0,20}}?采购(?:总)?金?额{_BE}{_NUM}(?P<unit>万)?元"),
    # decisions made (完成行政许可审批事项3189项、行政处罚81项); 办理…事项 alone is a count of services offered
    ("licensing_decisions", rf"{_DECIDED}行政许可(?:审批)?(?:事项|(?:处理)?决定)?{_DECISIONS}"),
    ("penalty_decisions", rf"{_DECIDED}行政处罚(?:决定|案件)?{_DECISIONS}"),
    # ... the decisions told by the act (依法实施行政处罚644件, 采取行政强制措施64件): in cases, not items (项)
    ("penalty_decisions", rf"实施(?:了)?行政处罚(?:决定|案件)?{_BE}{_NUM}件"),
    ("coercion_decisions", rf"采取(?:了)?行政强制(?:措施)?{_BE}{_NUM}件"),
    # ... the next of a list of decisions made (完成…审批事项3189项、行政处罚81项)
    ("penalty_decisions", rf"(?:完成|办结|作出)[^。;；\n]{{0,24}}?(?:事项|决定)\d+(?:项|件)、"
                          rf"行政处罚(?:决定|案件)?{_DECISIONS}"),
    # ... the next of a list of short labels (作出行政许可9487件、行政处罚2776件、行政强制84件)
    ("penalty_decisions", rf"行政许可(?:审批)?(?:事项|决定)?\d+(?:项|件)、行政处罚(?:决定|案件)?{_DECISIONS}"),
    ("coercion_decisions", rf"行政处罚(?:决定|案件)?\d+(?:项|件)、行政强制(?:决定|措施)?{_DECISIONS}"),
    # the number before the label (作出194件行政许可决定、46件行政处罚决定)
    ("licensing_decisions", rf"(?:完成|办结|作出)(?:了)?{_NUM}(?:项|件)行政许可(?:审批)?(?:事项|决定)"),
    ("penalty_decisions", rf"(?:完成|办结|作出)[^。;；\n]{{0,24}}?(?:事项|决定)、{_NUM}(?:项|件)行政处罚(?:决定|案件)"),
    ("coercion_decisions", rf"{_DECIDED}行政强制(?:决定|措施)?{_DECISIONS}"),
    # ... the 2021 table's column name opening its clause, without a verb (；行政强制处理决定2154件): not after
    # other words (比上年增加行政强制处理决定5件, 上年行政强制处理决定…)
    *((f"{kind}_decisions", rf"(?<=[,，。;；:：\n])行政{word}处理决定(?:数量|数)?{_DECISIONS}")
      for kind, word in _DECISION_KINDS),
    # the verb's object without 行政 (全年作出许可决定16件), or the decisions in the clause of the items
    # (行政处罚事项5项，本年数量不变，处罚决定0件)
    ("licensing_decisions", rf"{_DECIDED}许可决定{_DECISIONS}"),
    ("penalty_decisions", rf"行政处罚(?:事项|项目)[^。;；\n]{{0,20}}?(?:作出)?(?:行政)?处罚决定{_DECISIONS}"),
    # 回应解读
    ("resp_press_conf_head", rf"主要负责(?:同志|人)[^。;；,，\n]{{0,6}}?(?:出席|参加)(?:了)?(?:新闻)?发布会"
                             rf"(?:作了主题发布)?{_NUM}次"),
    ("resp_press_conf", rf"(?:举办|召开|参加|组织)(?:了)?{_NUM}(?:次|场)(?:新闻)?发布会"),
    # ... the count first, then the verb and the conferences (先后4次举办新闻发布会), or a passive clause after them
    # (共有7次新闻发布会由我厅举办或派员参加)
    ("resp_press_conf", rf"(?:先后|共|累计){_NUM}(?:次|场)(?:举办|召开|组织|参加)(?:了)?(?:新闻)?发布会"),
    ("resp_press_conf", rf"共有{_NUM}(?:次|场)(?:新闻)?发布会由"),
    # ... the conferences named first, the verb after (全年新闻发布会共举办了2场)
    ("resp_press_conf", rf"新闻发布会(?:全年)?(?:共|累计)?(?:举办|召开|举行)(?:了)?{_NUM}(?:次|场)"),
    ("resp_press_conf", rf"(?:举办|召开|参加|组织)了(?:新闻)?发布会{_BE}{_NUM}(?:次|场)"),
    # (举办和参加的新闻发布会全年达到5次)
    ("resp_press_conf", rf"(?:举办|召开|参加)(?:(?:和|、|及)(?:参加|召开|举办))?的(?:新闻)?发布会(?:全年)?{_BE}{_NUM}"
                        rf"(?:次|场)"),
    ("resp_press_conf", rf"(?:举办|召开|参加|出席)[^。;；\n]{{0,40}}?共{_NUM}(?:次|场)(?:新闻)?发布会"),
    ("resp_hotspots", rf"回应(?:公众|社会)?关注的?[^。;；\n\d]{{0,40}}?热点(?:信息|问题|事件)?"
                      rf"{_BE}{_NUM}(?:次|条|件|个)"),
    ("resp_hotspots", rf"回应(?:公众|社会)?(?:关注)?热点(?:或重大舆情|和重大舆情|及重大舆情)?(?:信息|问题|事件)?(?:数)?"
                      rf"{_BE}{_NUM}(?:次|条|件|个)"),
    # ... the hotspots first, then the responses (对社会关注的热点问题，我局共回应5次), not through one channel
    # (微博微信回应) nor compared (较上年多回应)
    ("resp_hotspots", rf"热点(?:问题|事件|信息)?(?:(?!{_NOT_ALL_RESPONSES})[^。;；\n\d]){{0,12}}?回应(?:了)?{_BE}{_NUM}"
                      rf"(?:次|条|件|个)"),
    # ... or counted in a clause of its own of the hot topics' sentence (…等热点问题，通过…作出回应，全年共回应15次)
    ("resp_hotspots", rf"(?<=[，,])(?:全年|本年度?|今年)?(?:共|累计)?回应(?:了)?{_BE}{_NUM}(?:次|条|件)"),
    # ... or the count alone in the clause after the response (…等渠道作出回应，全年累计15次)
    ("resp_hotspots", rf"回应[，,](?:全年|本年度?|今年)(?:共|累计|共计)?{_BE}{_NUM}(?:次|条|件)"),
    # ... with the channels between (…等问题，通过网站、微博等多种渠道先后作出回应15次)
    ("resp_hotspots", rf"(?<=[，,])[^。;；,，\n\d]{{0,20}}?(?:作出|进行|予以)回应(?:了)?{_BE}{_NUM}(?:次|条|件)"),
    ("resp_press_conf", rf"(?:举办|召开|参加|举行)(?:或举办)?(?:新闻)?发布会(?:总次数)?{_BE}{_NUM}(?:次|场)"),
    ("resp_interviews", rf"(?<!微)访谈(?:活动|节目)?(?:次数)?{_BE}{_NUM}(?:次|期|场)"),  # (not a microblog's 微访谈)
    # (政策解读稿件累计推出20条; 解读类信息全年累计推出21条)
    ("resp_policy_readings", rf"政策(?:文件)?解读(?:稿件|文章|信息|材料)?(?:发布)?(?:数)?{_PUT_OUT}"
                             rf"{_BE}{_NUM}(?:篇|条|件|期|个)"),
    ("resp_policy_readings", rf"(?:发布|刊发|刊登|编发|推出)(?:政策)?解读(?:稿件|文章|材料){_BE}{_NUM}(?:篇|条|件|期)"),
    ("resp_policy_readings", rf"(?:发布)?解读类?信息(?:发布)?{_PUT_OUT}{_BE}{_NUM}(?:篇|条|件)"),
    ("resp_policy_readings", rf"另有{_NUM}篇(?:为|是|属于?)政策解读"),  # (另有12篇为政策解读稿件)
    # (政策解读方面，16篇解读稿件与相关文件同步发布)
    ("resp_policy_readings", rf"解读方面[,，]{_NUM}篇(?:政策)?解读(?:稿件|文章|材料)"),
    ("resp_weibo_wechat", rf"微博微信回应(?:事件)?(?:数)?{_BE}{_NUM}(?:次|件|条)"),
    ("resp_other", rf"其他方式(?:回应)?(?:事件)?(?:数)?{_BE}{_NUM}次"),
    # 依申请公开
    ("app_received", rf"(?:收到|受理|接收|接到|新收)(?:了)?{_NUM}(?:件|份)(?:以[^。;；,，\n]{{0,6}}?提出的)?"
                     rf"(?:政府信息公开|依申请公开|信息公开)?申请"),
    ("app_received", rf"(?:收到|受理|新收|接到)(?:的)?(?:政府信息公开)?申请(?:事项)?的?(?:数量|数)?{_BE}{_NUM}"
                     r"(?:件|条|份)"),
    ("app_received", rf"(?:收到|受理|接收|接到|处理|新收)(?:了)?[^。;；\n]{{0,16}}?"
                     rf"(?:政府信息公开|依申请公开|信息公开)(?:的)?"
                     rf"(?:申请|政府信息|信息)?(?:数|数量)?(?:[^。;；\n\d]{{0,12}}?(?:达到|达|为))?{_BE}{_NUM}(?:件|份|条|个)"),
    ("app_received", rf"依申请公开(?:政府信息)?(?:申请)?(?:共|共计)?{_NUM}件"),
    # ... told as made to the body (公民、法人和其他组织向我厅提出政府信息公开申请共计3件)
    ("app_received", rf"向(?:我|本)(?:厅|局|委|办|区|市|县|机关|单位)提出(?:的)?"
                     rf"(?:政府信息公开|依申请公开|信息公开)申请{_BE}{_NUM}件"),
    # the channel every request counted came by, the count as the subject (2件申请全部通过信函提出; 2件申请均以信函、
    # 传真方式提出)
    *((item, rf"{_NUM}件(?:申请)?(?:全部|均|都)(?:是|系|为)?(?:由申请人)?(?:通过|以|经)?{word}(?:形式|方式|渠道|平台)?"
             r"(?:提出|提交|寄送|递交|邮寄)") for item, word in (("app_letter_fax", "信函[、和及与或/]传真"),
                                                            *_REQUEST_CHANNELS)),
    # ... or some of them (另有4件以信函方式寄达)
    *((item, rf"{_NUM}件(?:申请)?(?:是|系)?(?:由申请人)?(?:通过|以|经){word}(?:形式|方式|渠道|平台)"
             r"(?:提出|提交|寄送|寄达|递交|邮寄)") for item, word in _REQUEST_CHANNELS),
    ("app_received", rf"登记(?:了)?(?:政府)?信息公开申请{_BE}{_NUM}(?:件|份)"),  # 登记 as a verb of receiving
    ("app_in_person", rf"当面(?:提出|提交)?(?:申请)?(?:数)?(?:的)?(?:有)?{_NUM}(?:件|条)"),
    # letters and faxes counted together (信函、传真申请2件, as provincial tables have them) are neither alone
    ("app_letter_fax", rf"信函[、和及与或/]传真{_BY_POST}{_BE}{_NUM}(?:件|条)"),
    ("app_fax", rf"(?<!信函[、和及与或/])传真{_BY_POST}(?:有)?{_NUM}(?:件|条)"),
    ("app_online", rf"(?:网络|网上|互联网|在线)(?:提交|提出)?(?:申请)?(?:数)?(?:的)?(?:有)?{_NUM}(?:件|条)"),
    ("app_letter", rf"信函{_BY_POST}(?:有)?{_NUM}(?:件|条)"),
    # ... told by the way of submitting (通过网上申请平台提交的39件, 以信函方式寄送的5件)
    *(("app_online", rf"{word}(?:申请)?(?:平台|系统|渠道)(?:提交|提出|递交)(?:申请)?(?:的)?(?:申请)?{_BE}{_NUM}件")
      for word in ("网上", "网络")),
    ("app_letter", rf"信函(?:形式|方式)?(?:寄送|邮寄|寄来|寄出)(?:申请)?(?:的)?{_BE}{_NUM}件"),
    # (not those still open: 尚未办结的1件)
    ("app_completed", rf"(?:申请|依申请公开)[^。;；\n]{{0,16}}?(?:已)?(?<!未)(?<!没有)办结{_SHORT}{_NUM}件"),
    ("app_completed", rf"办结(?:政府信息公开|依申请公开)?申请{_SHORT}{_NUM}件"),
    ("app_completed", rf"{_this_years('办结')}的(?:政府信息公开|依申请公开)?申请{_BE}{_NUM}件"),  # (办结的申请总计81件)
    *(("app_completed", rf"{_this_years(words)}的(?:政府信息公开|依申请公开)?申请{_BE}{_NUM}件")
      for words in ("办理完毕", "办理完结")),  # (办理完结的申请总计95件)
    # ... the verb alone opening its clause, the requests of the sentences before understood (全年共办结69件，办理
    # 结果如下; 截至12月31日，已办结35件): not another thing's in the sentence (`OTHER_THINGS_DONE`)
    ("app_completed", rf"(?<![^。;；,，\n])(?:20\d\d年度?|全年|本年度?|年内|今年)?(?:共计|共|已经|已)?"
                      rf"{_DECIDED_THIS_YEAR}{_NUM}件"),
    # ... the applicants named between the verb and the requests (办结公民、法人和其他组织提出的政府信息公开申请44件)
    ("app_completed", rf"{_this_years('办结')}[^。;；,，\d]{{2,20}}?提出(?:的)?"
                      rf"(?:政府信息公开|依申请公开|信息公开)申请{_BE}{_NUM}件"),
    # ... all completed, then their count after a comma (上述申请已于年内全部办结，共计37件)
    ("app_completed", rf"(?:申请|依申请公开)[^。;；,，\n]{{0,12}}?(?:全部|均|都)(?:已)?(?:依法)?(?:办结|办理完毕)[,，]"
                      rf"(?:共计|合计|总计|共|计)(?:为)?{_NUM}件"),
    # ... a count of requests, all completed (截至年底，三件申请全部办结)
    ("app_completed", rf"{_NUM}件(?:政府信息公开|依申请公开)?申请(?:已)?(?:均|全部|都)(?:已)?(?:依法)?"
                      r"(?:在[^，,。；;]{0,12}?内)?(?:答复)?(?:办结|办理完毕|处理完毕)"),
    # ... the requests counted before, all completed, in a sentence of their own (上述19件申请当年全部办结)
    ("app_completed", rf"(?:上述|以上|前述|这){_NUM}件(?:政府信息公开)?申请[^。;；,，\d]{{0,6}}?(?:均|全部|都)?(?:已)?"
                      r"(?:依法)?(?:答复)?(?:办结|办理完毕|处理完毕)"),
    ("reply_total", rf"(?:办理答复|已答复(?:件数|数)?){_BE}{_NUM}件"),
    ("reply_total", rf"对(?:政府信息公开)?申请(?:共)?作出(?:了)?答复{_BE}{_NUM}件"),  # (共对申请作出答复2件)
    # (已对3件申请作出答复; not one kind: 对2件申请作出不予公开答复)
    ("reply_total", rf"(?:对|对于){_NUM}件(?:政府信息公开|依申请公开|信息公开)?申请(?:依法)?"
                    r"(?:作出|予以|进行)(?:了)?(?:答复|回复)"),
    # (全年累计答复申请21件; not a part: 延期答复申请2件)
    ("reply_total", rf"(?<!延期)(?<!按时)(?<!逾期)(?<!未)(?<!不予)答复(?:政府信息公开|依申请公开)?申请{_BE}{_NUM}件"),
    ("reply_total", rf"已答复的{_NUM}件(?:申请)?中"),
    ("reply_total", rf"(?:申请)?(?:的)?答复(?:数|总数){_BE}{_NUM}(?:件|条)"),
    # the requests received, all of them answered (对受理的106件申请，我区全部依法作出了答复)
    # (a verb each: the gate is the verb)
    *(("reply_total", rf"(?:对|对于){verb}(?:的)?{_NUM}件(?:政府信息公开|依申请公开|信息公开)?申请[,，]?"
                      rf"[^。;；,，\d]{{0,6}}?(?:全部|均|都|一律)(?:已)?(?:依法)?(?:按时|及时)?(?:作出|予以|进行)?了?"
                      rf"(?:答复|回复)") for verb in ("受理", "收到")),
    # ... the requests counted before as the subject, all answered (这3件申请均在…15个工作日内依法作出答复)
    ("reply_total", rf"(?:这|上述|以上)(?:些)?{_NUM}件(?:政府信息公开|依申请公开|信息公开)?申请(?:全部|均|都)(?:已)?"
                    rf"(?:在[^。;；,，]{{0,20}}?内)?(?:依法)?(?:按时|及时)?(?:作出|予以|进行)?了?(?:答复|回复)"),
    # ... the requests counted before, all answered (全年对21件申请全部作出答复)
    ("reply_total", rf"(?:对|对于)(?:这|上述|该|以上)?{_NUM}件(?:政府信息公开|依申请公开|信息公开)?申请[,，]?"
                    rf"(?:全部|均|都|一律)(?:已)?(?:依法)?(?:按时|及时)?(?:作出|予以|进行)?了?(?:答复|回复)"),
    # 2019 on: outcome groups of the matrix retold in prose, the number first (其中328件予以公开，18件部分公开)
    # before the outcome first (其中予以公开30件、部分公开4件…), so that 予以公开、18件部分公开 is not 18 granted
    # (the number only after a stop or 其中: LIST_ITEMS)
    ("out_granted", rf"{_NUM}件(?:申请)?予以公开"),  # one word each: the gate is the word after the number
    ("out_granted", rf"{_NUM}件(?:申请)?全部公开"),
    ("out_unable", rf"{_NUM}件(?:申请)?无法提供"),
    ("out_unprocessed", rf"{_NUM}件(?:申请)?不予处理"),
    ("out_other", rf"{_NUM}件(?:申请)?(?:作|为|属于)?其他处理"),
    ("reply_partial", rf"{_NUM}件(?:申请)?(?:同意)?部分公开"),
    ("reply_denied", rf"{_NUM}件(?:申请)?不予公开"),
    ("reply_denied", rf"{_NUM}件(?:申请)?不同意公开"),
    ("out_granted", rf"{_NOT_SECOND}(?<!不)予以公开(?:的)?{_SHORT_ONE}{_ITS_SHARE}{_NUM}件"),
    ("out_other", rf"{_NOT_SECOND}其他处理(?:的)?{_SHORT_ONE}{_ITS_SHARE}{_NUM}件"),
    # ... told as handled another way (以其他方式处理1件)
    ("out_other", rf"(?:以|按|作)其他方式(?:处理|办理)(?:的)?(?:申请)?{_BE}{_NUM}件"),
    ("out_unable", rf"{_NOT_SECOND}无法提供(?:的)?{_SHORT_ONE}{_ITS_SHARE}{_NUM}件"),
    ("out_unprocessed", rf"{_NOT_SECOND}不予处理(?:的)?{_SHORT_ONE}{_ITS_SHARE}{_NUM}件"),
    ("reply_already_public", rf"(?:属于)?已主动公开(?:范围)?(?:的)?{_SHORT}{_NUM}件"),
    ("reply_already_public", rf"{_NUM}件(?:为|属于|是)(?:已)?主动公开(?:的)?范围"),
    ("reply_partial", rf"{_NOT_SECOND}(?:同意)?部分公开{_SHORT_ONE}{_ITS_SHARE}{_NUM}件"),
    ("reply_denied", rf"{_NOT_SECOND}(?:不同意公开|不予公开|不同意同开){_SHORT_ONE}{_ITS_SHARE}{_NUM}件"),
    ("reply_granted", rf"(?<!不)(?<!部分)同意公开(?:的|答复)?{_SHORT}{_NUM}(?:件|条)"),
    # ... the kind of reply made to a count of requests (对其中2件作出同意公开的答复)
    *((item, rf"对(?:其中)?{_NUM}件(?:申请)?(?:作出|给予|予以)(?:了)?{words}(?:的)?答复")
      for item, words in (("reply_granted", "(?<!不)同意公开"), ("reply_partial", "(?:同意)?部分公开"),
                          ("reply_denied", "(?:不同意公开|不予公开)"))),
    ("reply_not_this_body", rf"不属于本(?:行政)?机关(?:公开)?(?:范围|职责)?{_SHORT}{_NUM}件"),
    ("reply_not_exist", rf"(?:申请)?信息不存在{_SHORT}{_NUM}件"),
    ("reply_amend", rf"(?:告知)?(?:作出)?更改补充{_SHORT}{_NUM}件"),
    ("reply_other_channel", rf"(?:告知)?通过其他途径(?:办理)?{_SHORT}{_NUM}件"),
    # 行政复议、诉讼、举报投诉
    ("review_total", rf"行政复议(?:的)?(?:案件|申请)?{_YEAR_AFTER_A_COMMA}(?:数量|数)?{_BE}{_NUM}(?:件|起|宗)"),
    # with the outcome of every case between the number and the label (3件属维持…的行政复议)
    ("review_total", rf"{_NUM}(?:件|起|宗)(?:{_OUTCOME}(?:的)?|(?:因|涉及)[^。;；,，\n]{{0,12}}?的?)?行政复议"),
    # lawsuits of the 2019/2021 formats by their kind, before the count of all lawsuits
    # (未经复议直接起诉的3件, 直接起诉的案件4件)
    # (经复议后又诉至法院的7件)
    ("suit_direct_total", rf"(?:未经复议)?直接{_TO_COURT}{_SUED}(?:的)?(?:案件)?"
                          rf"(?:[，,](?=总计|合计))?{_ALSO_BE}{_NUM}(?:件|起|宗)"),
    ("suit_after_review_total", rf"复议后(?:又|再)?{_TO_COURT}(?:又|再)?(?:被)?{_SUED}(?:的)?"
                                rf"(?:案件)?(?:[，,](?=总计|合计))?{_ALSO_BE}{_NUM}(?:件|起|宗)"),
    ("lawsuit_total", rf"行政诉讼(?:的)?(?:案件)?{_YEAR_AFTER_A_COMMA}(?:数量|数)?{_BE}{_NUM}(?:件|起|宗)"),
    ("lawsuit_total", rf"{_NUM}(?:件|起|宗)(?:{_OUTCOME}(?:的)?|(?:因|涉及)[^。;；,，\n]{{0,12}}?)?"
                      rf"(?:提起的?)?行政诉讼"),
    ("complaints", rf"举报投诉(?:案件)?(?:数量)?{_BE}{_NUM}(?:件|起|次)"),
    # 机构、人员、经费
    ("offices", rf"(?:政府信息公开|政务公开)?(?:工作)?专门机构(?:数)?{_BE}{_NUM}个"),
    ("offices", rf"{_NUM}个(?:政府信息公开|政务公开)(?:工作)?专门机构"),
    ("reading_rooms", rf"查阅(?:点|场所|中心|室)(?:数)?{_BE}{_NUM}(?:个|处)"),
    ("reading_rooms", rf"{_NUM}(?:个|处)(?:政府信息公开|政务公开|信息公开)查阅(?:点|场所|中心|室)"),
    ("reading_rooms", rf"{_NUM}个[^。;；,，\n]{{0,16}}?(?:都|均)?设(?:置|立)(?:了)?(?:政府)?(?:信息公开)?查阅点"),
    ("staff_full_time", rf"专职(?:工作)?(?:人员)?(?:的)?{_BE}{_NUM}(?:人|名)"),  # (专职的有2名)
    ("staff_full_time", rf"{_NUM}(?:人|名)(?:为)?专职"),
    ("staff_part_time", rf"兼职(?:工作)?(?:人员)?(?:的)?{_BE}{_NUM}(?:人|名)"),
    # ... the rest of the staff counted, part time (其余5名由办公室和综合处室的同志兼任)
    ("staff_part_time", rf"其余{_NUM}(?:人|名)[^。;；,，\n\d]{{0,16}}?兼任"),
    ("staff_part_time", rf"{_NUM}(?:人|名)(?:干部|同志)?(?:为)?兼职"),
    ("staff_part_time", rf"{_NUM}(?:人|名)(?:工作)?人员兼职"),
    ("staff_total", rf"(?:从事|负责){_GAP}工作(?:的)?(?:人员|工作人员)(?:共)?(?:有)?{_NUM}(?:人|名)"),
    ("staff_total", rf"{_NUM}(?:人|名)(?:专兼职)?(?:工作人员|人员)(?:专门)?(?:从事|负责)(?:政府信息公开|政务公开)"
                    rf"(?:日常)?工作"),
    ("staff_total", rf"配备(?:了)?(?:政府信息公开)?(?:专兼职)?(?:工作)?人员{_BE}{_NUM}(?:人|名)"),
    ("staff_total", rf"配备(?:了)?{_NUM}(?:人|名)(?:专兼职)?(?:工作人员|信息员)"),
    # 安排N名…人员 (配备: above), only when the clause goes on to the disclosure work (not 安排2名人员参加培训)
    # (安排1名业务骨干具体承担信息公开的日常工作; 明确由1名业务人员负责…)
    ("staff_total", rf"(?:安排|明确|确定|指定)(?:了)?(?:由)?{_NUM}(?:人|名)[^。;；,，\n\d]{{0,4}}?"
                    rf"(?:人员|骨干|干部|同志)(?=[^。;；\n]{{0,24}}?公开(?:的)?(?:日常)?工作)"),
    # (not another field's special funds: 公开扶贫专项资金1860万元)
    ("budget", rf"{_NOT_OF_ANOTHER_FIELD}专项(?:工作)?(?:经费|资金){_GAP}{_NUM}万元"),
    ("budget", rf"{_NUM}万元[,，]?(?:作为|用于)(?:政府信息公开)?专项(?:工作)?(?:经费|资金)"),
    ("fees", rf"收取(?:[^。;；,，\n]{{0,10}}?)?(?:费用|处理费|检索费|复制费)(?:共计|共|合计)?(?:为|是)?{_NUM}"
             rf"(?P<unit>万)?元"),
    # 会议、培训
    ("trainees", rf"(?:培训|参训|受训|学习)(?:人数|人员)?{_GAP}{_NUM}人次"),
    ("trainings", rf"(?:举办|开展|组织)(?:各类)?(?:政府信息公开|政务公开)?(?:业务)?培训(?:班|会)?"
                  rf"{_NUM}(?:次|期|场|个)"),
    ("trainings", rf"(?:举办|开展|组织){_NUM}(?:次|期|场|个)(?:各类)?(?:政府信息公开|政务公开)?(?:业务)?培训(?:班|会)"),
    ("meetings", rf"召开(?:政府信息公开|政务公开)?(?:工作)?(?:会议|专题会议){_NUM}(?:次|场)"),
]
_NOT_LAST_YEARS = r"(?<!上年)(?<!上年度)(?<!上一年)(?<!上一年度)(?<!\d年)(?<!\d年度)"


def _none_of_the_groups(word: str) -> str:
    """The zero of an outcome group named in a list of groups none of which happened (没有部分公开和不予公开的情形);
    the groups before it bounded, so that the gate is the group's word."""
    others = "|".join(other for _, other in _OUTCOME_GROUPS if other != word)
    return rf"(?:无|没有|未作出)(?:(?:{others}){_AND}?){{0,4}}{word}(?:{_AND}(?:{others}))*(?:的)?(?:情形|情况|申请)"


def _all_zero_of_the_groups(word: str) -> str:
    """The zero of an outcome group named in a list of groups said after it to be all zero (予以公开、部分公开和
    不予处理的均为零); the groups before it bounded, so that the gate is the group's word."""
    others = "|".join(other for _, other in _ALL_OUTCOME_GROUPS if other != word)
    return (rf"(?<!不){_NOT_LAST_YEARS_OWN}(?:(?:{others}){_AND}?){{0,5}}{word}(?:{_AND}(?:{others}))*"
            r"(?:的)?(?:申请|情形|情况)?(?:数量?)?(?:均|都|全部)?(?:为|是)(?:零|0)件?(?=[,，。;；\n]|$)")


def _all_zero_of_the_channels(word: str) -> str:
    """The zero of a channel of requests named in a list of channels said after it to be all zero (当面提出和传真提交的
    申请均为零); the channels before it bounded, so that the gate is the channel's word. The list is read from its
    first channel (not after a conjunction), which is not said of last year (上年当面和传真申请均为零)."""
    others = "|".join(other for _, other in _REQUEST_CHANNELS if other != word)
    way = r"(?:形式|方式)?(?:提出|提交|递交|寄送)?(?:的)?(?:申请)?"
    return (rf"(?<![、和及与或]){_NOT_LAST_YEARS_OWN}(?:(?:{others}){way}{_AND}){{0,4}}{word}{way}"
            rf"(?:{_AND}(?:{others}){way}){{0,4}}(?:数量?|件数)?(?:也|亦)?(?:均|都)?[为是](?:零|0)件?{_ENDS}")


ZEROS = [
    ("reply_total", r"不存在[^。;；,，]{0,8}?答复"),
    # (因无申请，全年也未作出任何答复; 未作出任何政府信息公开申请答复)
    ("reply_total", rf"(?:未|没有)作出(?:过)?任何(?:政府信息公开|依申请公开)?(?:申请)?答复{_ENDS}"),
    # one wording per entry, so that each is searched only near its own words (不予公开, 不同意公开)
    ("reply_denied", r"(?:无|没有|未作出)不予公开"),
    ("reply_denied", r"(?:无|没有|未作出)不同意公开"),
    ("reply_denied", r"(?:无|没有|未)(?:作出|做出)?(?:的)?否决公开"),  # (the provincial tables' 否决公开答复数)
    ("staff_full_time", r"(?:没有|无|未配备)[^。;；,，]{0,16}?(?:专职|全职)[^。;；,，]{0,14}?人员"),
    # none received at all: not none by some channels (没有收到当面和信函方式提交的申请), nor all but one
    # (除网络申请外均未收到; a channel in the clause after is a list of the none's channels), nor none of what
    # requests caused (未发生因政府信息公开申请引起的行政复议)
    ("app_received", rf"(?<!外)(?<!外均)(?<!外都)(?:未|没有|无)(?:收到|受理|接到|发生)(?!因|由于)"
                     rf"(?![^。;；,，复诉]{{0,20}}?{_A_CHANNEL})[^。;；复诉]{{0,20}}?(?:公开)?申请"),
    # ... or none made to the body (没有公民、法人或者其他组织向我厅提出政府信息公开申请)
    ("app_received", r"(?:没有|无)(?:公民|任何)[^。;；,，]{0,16}?向(?:我|本)(?:厅|局|委|办|区|市|县|机关|单位)"
                     r"提出(?:过)?(?:任何)?(?:政府信息公开|信息公开|依申请公开)申请"),
    ("review_total", r"(?:未|没有|无)(?:发生|收到|出现)?[^。;；,，]{0,20}?行政复议"),
    # a zero of one kind of lawsuit (2019/2021) is not a zero of the other (未发生未经复议直接起诉的行政诉讼)
    ("suit_direct_total", r"(?:未|没有|无)(?:发生|收到|出现)?(?:未经复议)?直接(?:起诉|提起)"),
    ("suit_after_review_total", r"(?:未|没有|无)(?:发生|收到|出现)?(?:经)?(?:行政)?复议后(?:被)?(?:起诉|提起)"),
    # (未经复议直接起诉的行政诉讼… is no negation)
    ("lawsuit_total", r"(?:未(?!经)|没有|无)(?:发生|收到|出现)?[^。;；,，]{0,24}?"
                      r"(?:行政诉讼|复议(?:和|、|及|或)?诉讼)"),
    # ... or the body said not to have been sued (我局没有因政府信息公开被起诉)
    ("lawsuit_total", r"(?:未|没有)(?=[^。;；,，]{0,16}?公开)[^。;；,，]{0,20}?被(?:提起)?(?:行政)?(?:起诉|诉讼)"),
    # reviews and lawsuits said to be none together (因政府信息公开引起的行政复议和行政诉讼均为零)
    ("review_total", rf"行政复议(?=(?:和|、|及|与|或)行政诉讼(?:案件)?{_YEAR_BETWEEN}(?:数量?)?(?:也|亦)?(?:均|都)"
                     r"[为是](?:零|0))"),
    ("lawsuit_total", rf"(?<=行政复议)(?:和|、|及|与|或)行政诉讼(?:案件)?{_YEAR_BETWEEN}(?:数量?)?(?:也|亦)?(?:均|都)"
                      r"[为是](?:零|0)"),
    # ... without 行政 (复议和诉讼案件的数量均为零)
    ("review_total", r"(?<!行政)复议(?=(?:和|、|及|与)诉讼案件(?:的)?(?:数量?)?(?:也|亦)?(?:均|都)[为是](?:零|0))"),
    ("lawsuit_total", r"(?<=复议)(?:和|、|及|与)诉讼案件(?:的)?(?:数量?)?(?:也|亦)?(?:均|都)[为是](?:零|0)"),
    # the count of reviews or lawsuits said to be none (行政诉讼案件为零; not last year's; after the
    # negations, the first zero of each item: `_denied_for_disclosure`)
    *((item, rf"{_NOT_LAST_YEARS}{kind}(?:的)?(?:案件)?(?:的)?(?:数量?|件数)?(?:也|亦|同样)?(?:均|都)?[为是](?:零|0)"
             rf"(?:件|起)?{_ENDS}")
      for item, kind in (("review_total", "行政复议"), ("lawsuit_total", "行政诉讼"))),
    # ... or said not to have happened, after the kind (…就政府信息公开提起的行政诉讼没有发生)
    *((item, rf"{_NOT_LAST_YEARS}{kind}(?:案件)?(?:也|亦|同样)?(?:均|都)?(?:没有发生|未发生|没有出现|未出现)"
             rf"{_CLAUSE_ENDS}")
      for item, kind in (("review_total", "行政复议"), ("lawsuit_total", "行政诉讼"))),
    # ... or by the reviews' total (复议总数为零; 行政复议总计为零)
    ("review_total", rf"{_NOT_LAST_YEARS}(?:行政)?复议(?:案件)?(?:总数|总计|合计)(?:也|亦|同样)?(?:均|都)?[为是]"
                     rf"(?:零|0)(?:件|起)?{_ENDS}"),
    # (not the ground 信访举报投诉类申请)
    ("complaints", r"(?:未|没有|无)(?:发生|收到|出现)?[^。;；,，]{0,14}?(?<!信访)举报(?:、)?(?:投诉|诉讼)(?!类)"),
    # (not the article 20 table's fees: 我局无行政事业性收费项目; nor a waiver's none: 没有发生…收费减免)
    ("fees", r"(?:未|没有|无|不)(?:向|发生|对)?[^。;；,，免]{0,12}?(?<!按)(?<!行政事业性)收(?!取?行政事业性)取?"
             r"[^。;；免]{0,16}?(?:费用|费)(?!减免)"),
    # ... which is the article 20 table's fee amount (全年未收取行政事业性收费)
    ("fee_amount", r"(?:未|没有|无|不)收取(?:任何)?行政事业性收费"),
    ("fees", r"(?:全部|均)免费(?:为|向)申请人提供"),
    # ... or the fees charged said to be none (本年度收取的政府信息公开费用为零)
    ("fees", rf"收取(?:的)?[^。;；,，\n\d]{{0,12}}?(?:费用|处理费)(?:也|亦)?(?:均)?[为是](?:零|0)元?{_ENDS}"),
    # a group named in a list of groups none of which happened (无不予公开、不予处理和其他处理情形)
    *((item, _none_of_the_groups(word)) for item, word in _OUTCOME_GROUPS),
    # ... or in a list of groups said after it to be zero (予以公开、部分公开、不予公开…的均为零)
    *((item, _all_zero_of_the_groups(word)) for item, word in _ALL_OUTCOME_GROUPS),
    ("req_carried_forward", r"(?:无|没有)(?:需要?)?结转(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?"
                            r"(?:的)?(?:政府信息公开|信息公开)?申请"),  # a verb each: the gate is the verb
    ("req_carried_forward", r"(?:无|没有)(?:需要?)?顺延(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?"
                            r"(?:的)?(?:政府信息公开|信息公开)?申请"),
    ("req_carried_forward", r"(?:无|没有)(?:需要?)?延期(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?"
                            r"(?:的)?(?:政府信息公开|信息公开)?申请"),
    # (没有延续到2024年继续办理的申请)
    ("req_carried_forward", rf"{_NOT_LAST_YEARS}(?:无|没有)(?:需要?)?延续(?:至|到)(?:下一?年度?|20\d\d年度?)(?:继续)?"
                            r"(?:办理|答复)?(?:的)?(?:政府信息公开|信息公开)?申请"),
    # ... to the next year by its number (没有结转到2020年办理的申请), not said of last year's (上年没有结转到…)
    ("req_carried_forward", rf"{_NOT_LAST_YEARS}(?:无|没有)(?:需要?)?结转(?:至|到)20\d\d年度?(?:继续)?(?:办理|答复)?"
                            r"(?:的)?(?:政府信息公开|信息公开)?申请"),
    ("fees", r"未收取和减免"),
    # the outcomes' total said to be zero (办理结果总计为零)
    ("out_total", rf"{_this_years('办理结果')}(?:的)?(?:总计|合计|共计|总数)(?:也|亦)?(?:均|都)?[为是](?:零|0)件?"
                  rf"(?:{_ENDS}|(?=[:：]))"),
    # ... or as the requests completed (全年办结总数为0件)
    ("out_total", rf"{_this_years('办结')}(?:总计|合计|总数)(?:也|亦)?(?:均|都)?[为是](?:零|0)件?{_ENDS}"),
    # ... or said after it to be zero (结转下年度继续办理的申请为零), not 为零星 (a few)
    ("req_carried_forward", r"结转(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?(?:的)?(?:政府信息公开|信息公开)?"
                            rf"申请(?:数量?)?(?:也|亦)?(?:均|都)?[为是](?:零|0)件?{_ENDS}"),
    # article 20 in prose: rules and normative documents none of which were issued or repealed (本年度未制发、
    # 废止规章; 没有制发新的规章; 未废止规范性文件), the statement ending its clause (not 对未废止规范性文件进行
    # 清理); a verb or a wording each, so that the gate is the rare word
    ("rules_issued", rf"(?<![对将把])(?:未|没有|无)制发(?:{_AND}(?:废止|修订|修改))?(?:新的?)?(?:部门|政府)?规章"
                     rf"{_ENDS}"),
    ("rules_issued", rf"(?<![对将把])(?:未|没有|无)制[定订](?:{_AND}(?:废止|修订|修改))?(?:新的?)?(?:部门|政府)?规章"
                     rf"{_ENDS}"),
    ("rules_repealed", rf"(?<![对将把])(?:未|没有|无)(?:(?:制发|制定|出台|印发){_AND})?废止规章{_ENDS}"),
    ("rules_repealed", rf"(?<![对将把])(?:未|没有|无)(?:(?:制发|制定|出台|印发){_AND})?废止部门规章{_ENDS}"),
    ("normative_repealed", rf"(?<![对将把])(?:未|没有|无)(?:(?:制发|制定|出台|印发){_AND})?废止规范性文件{_ENDS}"),
    ("normative_repealed", rf"(?<![对将把])(?:未|没有|无)(?:(?:制发|制定|出台|印发){_AND})?废止行政规范性文件"
                           rf"{_ENDS}"),
    # ... the kind first, then its measures none of which were made (行政规范性文件本年没有新制发，也没有废止)
    *((f"{kind}_{measure}", rf"{_kind_then(label)}(?:没有|未|无){words}(?=[、,，。;；\n]|$)")
      for kind, label in _DOCUMENT_KINDS for measure, words in _DOCUMENT_MEASURES[:2]),
    # 2019 on: no request carried over from last year (无上年结转申请)
    ("req_carried_over", rf"(?:无|没有|未有|不存在)(?:从)?上一?年度?结转(?:过来|下来)?(?:[^。;；,，\d]{{0,8}}?的)?"
                         rf"(?:政府信息公开|信息公开)?申请{_ENDS}"),  # (没有从上年结转过来需要继续办理的申请)
    ("req_carried_over", rf"上一?年度?(?:也|亦)?(?:无|没有|未有)结转(?:过来|下来)?(?:的)?(?:政府信息公开|信息公开)?申请"
                         rf"{_ENDS}"),
    # ... and none carried forward, said after them (结转下年度继续办理的为零; 结转下年度继续办理的数量为零)
    ("req_carried_forward", rf"{_NOT_LAST_YEARS_OWN}结转(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?"
                            rf"(?:数量?)?(?:也|亦)?(?:均)?[为是](?:零|0)件?{_ENDS}"),
    # ... said after them to be none (从上年结转过来的申请为零)
    ("req_carried_over", rf"上一?年度?结转(?:过来|下来|而来)?(?:的)?(?:政府信息公开|信息公开)?申请(?:数量?)?(?:也|亦)?"
                         rf"(?:均)?[为是](?:零|0)件?{_ENDS}"),
    # ... carried to this year (上年度无结转至本年的申请)
    ("req_carried_over", rf"上一?年度?(?:也|亦)?(?:无|没有|未有)结转(?:至|到)(?:本年度?|今年|20\d\d年度?)(?:继续)?"
                         rf"(?:办理|答复)?(?:的)?(?:政府信息公开|信息公开)?申请{_ENDS}"),
    # (上年度没有转入本年度继续办理的申请)
    ("req_carried_over", rf"上一?年度?(?:也|亦)?(?:无|没有|未有)转入(?:至|到)?(?:本年度?|今年)(?:继续)?"
                         rf"(?:办理|答复)?(?:的)?(?:政府信息公开|信息公开)?申请{_ENDS}"),
    # ... from a year by its number to this one (2020年没有结转到本年度的申请), not to a year by its number (which
    # may be the next: 2021年没有结转到2022年的申请)
    ("req_carried_over", rf"20\d\d年度?(?:也|亦)?(?:无|没有|未有)结转(?:至|到)(?:本年度?|今年)(?:继续)?"
                         rf"(?:办理|答复)?(?:的)?(?:政府信息公开|信息公开)?申请{_ENDS}"),
    # 2019: the article 20 table's kinds the body has none of (我厅无行政强制事项), and decisions none of which
    # were made (没有作出行政强制决定)
    *((f"{kind}_items_prev", rf"(?<![对将把])(?:无|没有){label}(?:事项|项目){_ENDS}")
      for kind, label in _ARTICLE20_KINDS),
    *((f"{kind}_decisions", rf"(?:未|没有)(?:作出|做出)(?:任何)?(?:行政)?{word}(?:处理)?决定{_ENDS}")
      for kind, word in _DECISION_KINDS),
    # before 2019: a channel no request came by (没有申请人到窗口当面提出申请); not 无需/无论 (no need, whether)
    *((item, rf"(?<![对将把])(?:没有|无|未)(?!需|须|法|论)[^。;；,，\d]{{0,8}}?{word}(?:形式|方式)?(?:提出|提交|递交)?"
             rf"(?:的)?申请{_ENDS}") for item, word in _REQUEST_CHANNELS),
    # ... channels listed, then said all zero (当面提出和传真提交的申请均为零)
    *((item, _all_zero_of_the_channels(word)) for item, word in _REQUEST_CHANNELS),
    # ... a channel nothing was disclosed through (刊登于政府公报的为零; 通过微博发布的信息为0条)
    *((item, rf"(?:(?:刊登|刊发|发布|公开)(?:于|在)|通过|经由?){label}(?:上)?(?:主动)?(?:公开|发布|刊登|刊发)?的"
             rf"(?:信息)?(?:数量?)?(?:均)?为(?:零|0)(?:条|件|篇)?{_ENDS}") for item, label in _PROACTIVE_CHANNELS),
    # ... or by its count's name (政务微信公开数为0, 微博发布信息数为零)
    *((item, rf"{label}(?:主动)?(?:公开|发布|推送|刊登|刊发)(?:信息)?(?:的)?(?:条数|数量?)(?:也|亦)?(?:均)?"
             rf"[为是](?:零|0)(?:条|件|篇)?{_ENDS}") for item, label in _PROACTIVE_CHANNELS),
    # ... or its heading, then a none (政府公报方面，全年未刊载我局信息)
    *((item, rf"{label}方面[，,](?:全年|本年度?|今年)?(?:未|没有)(?:刊载|刊登|刊发|发布|公开|推送)(?:过)?"
             rf"[^。;；,，\d]{{0,8}}?信息{_ENDS}") for item, label in _PROACTIVE_CHANNELS),
    # ... no complaint about the disclosure work (未接到有关政府信息公开工作的申诉和举报): disclosure named before
    ("complaints", rf"(?:未|没有|无)(?:接到|收到|发生|出现)?(?=[^。;；,，]{{0,16}}?公开)[^。;；,，]{{0,24}}?"
                   rf"(?:申诉|投诉){_AND}举报{_ENDS}"),
    # ... or told with the complaints alone (也未收到有关政府信息公开的行政申诉), or with reports as none
    # (接受行政申诉、举报数为0件: none of either)
    ("complaints", rf"(?:未|没有|无)(?:接到|收到|发生|出现)?(?=[^。;；,，]{{0,16}}?公开)[^。;；,，]{{0,24}}?行政申诉"
                   rf"{_ENDS}"),
    ("complaints", rf"{_NOT_LAST_YEARS}行政申诉(?:{_AND}举报)?(?:案件)?(?:数量?|件数)?(?:也|亦|同样)?(?:均|都)?[为是]?"
                   rf"(?:零|0)(?:件|起|次)?{_ENDS}"),
    # ... or the complaints about disclosure said after them to be none (涉及信息公开的行政申诉同样未发生;
    # 针对政府信息公开工作的申诉和举报，全年同样未收到; …的申诉和举报投诉同样为零)
    ("complaints", rf"公开(?:工作|事项)?[^。;；,，\d]{{0,16}}?(?:行政)?申诉(?:{_AND}举报(?:投诉)?)?[,，]?"
                   rf"(?:全年|本年度?)?(?:也|亦|同样)?(?:均|都)?(?:(?:未|没有)(?:发生|收到|接到|出现)|[为是](?:零|0)(?:件|起|次)?"
                   rf"|一件(?:也|都)没有){_ENDS}"),
    # ... or complaints and reports about disclosure counted as none (涉及政府信息公开的申诉、举报数量为零)
    ("complaints", rf"公开(?:工作)?(?:的)?申诉{_AND}举报(?:案件)?(?:数量?|件数)(?:也|亦)?(?:均|都)?[为是]"
                   rf"(?:零|0)(?:件|起|次)?{_ENDS}"),
    # (全年作出的答复也是0件; 作出的申请答复为0件; 对申请作出的答复总数也是0件)
    ("reply_total", rf"作出(?:的)?(?:申请)?答复(?:总数|数量?|件数)?(?:也|亦)?(?:均|都)?[为是](?:零|0)件?"
                    rf"{_ENDS}"),
    # the replies' total counted as none, no unit (对申请的答复总数为0; not 不予公开答复数为0: a kind's)
    ("reply_total", rf"(?:申请(?:的)?|依申请公开|(?<=[，,。；;\n年度]))答复(?:总数|数量?|件数)(?:也|亦)?(?:均|都)?"
                    rf"[为是](?:零|0)(?:件)?{_ENDS}"),
]
# A sentence that says its cases do not concern disclosure (这些案件均不涉及政府信息公开): their counts are not
# the disclosure figures.
NOT_ABOUT_DISCLOSURE = re.compile(r"不涉及(?:政府)?信息公开|与(?:政府)?信息公开(?:工作|事项)?(?:均)?无关")
# ... and the disclosure cases told after it (上述案件均与政府信息公开无关，因政府信息公开引起的…分别为0件和0件)
DISCLOSURE_S_OWN = re.compile(r"因(?:政府)?信息公开(?:而)?(?:引起|引发|产生|提起)")
# A statement that no decision was corrected or no lawsuit lost is not a zero of the cases themselves.
NOT_A_ZERO = re.compile(r"纠错|纠正|败诉|撤销|确认违法|被改变")
# Which total: a count on one column, sub-site or unit of the body is not the body's own total.
NOT_THE_BODYS_TOTAL = re.compile(r"专栏|栏目|子站|子网站|专题(?!培训|会)|各部门|区直|市直|县直|乡镇|街道|所属|下属"
                                 r"|[厅局委办]属|事业单位")
# ... nor is a channel's count its disclosures when its clause counts responses told on it (在官方微信公众号发布回应性
# 文章15篇), or several channels together (通过“河北工信”微信公众号、政务微博发布政务信息1378条; not the stop of a
# heading's number: 3、“河北工信”政务微博。)
CHANNEL_ITEMS = frozenset({"pro_website", "pro_wechat", "pro_weibo", "pro_gazette"})
# ... a count of each of several accounts of one channel (两个官方微博各发布信息420条) is no channel's count
EACH_ACCOUNT = re.compile(r"各(?:自)?(?:发布|推送|公开|刊登|刊发|更新)")
# ... nor is a channel's count of one kind of content its count (在门户网站发布政策类文件89条, 推送招聘信息20多条;
# not 各类信息: all of them)
ONE_KIND_OF_CONTENT = re.compile(r"(?<!各)类(?:文件|信息)|政策(?:性)?文件|招聘|招考|招生|建议|提案")
_CHANNEL_NAMES = r"(?:网站|微信|微博|公报|客户端|新媒体)"
# (…网站、微信公众号等渠道主动公开政府信息215条: the total; 和 only right before a channel: not 工业和信息化厅网站)
OVER_CHANNELS = re.compile(r"等(?:渠道|平台|方式|途径|载体)")
SEVERAL_CHANNELS = re.compile(r"(?<![\d一二三四五六七八九十])、[^。;；,，\n\d]{0,10}?" + _CHANNEL_NAMES
                              + rf"|[和及与](?:政务|官方)?{_CHANNEL_NAMES}|{OVER_CHANNELS.pattern}")
NOT_THE_CHANNELS = re.compile(rf"回应|{SEVERAL_CHANNELS.pattern}")
# ... nor, for the article 20 table's documents and fees, a count of the body's units in the clause before
# (各县区行政规范性文件制发12件, 指导下属单位清理规范性文件): each of 各类, 各项, 各种 is no unit
# A named unit opening a clause of its part of the body's figure (其中，县行政审批局作出行政许可决定38.6万件)
A_UNITS_PART = re.compile(r"[^，,。；;\d]{0,12}?(?:局|委员会|委|中心|办公室|乡|镇|街道)(?:作出|办理|受理|发布|公开)")
SUB_UNITS = re.compile(rf"{NOT_THE_BODYS_TOTAL.pattern}|各(?!类|项|种)")
# ... nor is a count of requests or of their outcomes in a clause of one applicants' column the body's (自然人提出的
# 申请中办结63件; 在自然人提出的申请中，予以公开的有16件; not 公民、法人或其他组织提出的: all of them)
# ..., nor one office's share handled for the body (由区政府办公室代表区政府受理的申请有17件: a whole area's part), nor
# one named unit's (资源生态局全年办结59件; not 我局全年…: the body's own)
NOT_THE_BODYS_REQUESTS = re.compile(r"(?:自然人|商业企业|科研机构|社会公益组织|法律服务机构)(?:提出|提交|申请|的申请)"
                                    r"|由[^，,。；;\d]{0,12}?(?:办公室|政府办)|(?:办公室|政府办)代表"
                                    r"|(?<![我本该])(?:局|委员会|办公室|中心)(?:一家|单独|全年|本年度?|今年)")
# ... nor are the outcomes listed under one applicants' column's count (按申请人类型分，自然人提出申请64件，其中予以公开
# 27件，…; a sentence opened by it: 其他组织4件，予以公开1件)
_APPLICANTS = r"(?:自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或其他组织|其他组织)"
ONE_APPLICANTS_PARTS = re.compile(rf"{_APPLICANTS}(?:提出|提交)?(?:的)?(?:申请)?[^。；;\d]{{0,6}}?\d+件[,，]?其中"
                                  rf"|^(?:其中)?{_APPLICANTS}(?:共)?(?:提出|提交)?(?:的)?(?:申请)?[^。；;\d]{{0,6}}?\d+件[,，:：]")
REQUEST_ITEMS = frozenset({"app_received", "app_completed", "app_completed_on_time", "reply_total", "req_new",
                           "req_carried_over", "req_carried_forward",
                           *(item.code for item in ITEMS if item.code.startswith(("out_", "reply_")))})
OF_THE_BODY_ALONE = frozenset({"fee_amount", "procurement_amount", *(f"{kind}_{measure}" for kind, _ in _DOCUMENT_KINDS
                                               for measure, _ in _DOCUMENT_MEASURES)})
# ... the 2019 table's documents published and in all too (各县区规范性文件方面，…新公开5件)
OF_THE_BODY_ALONE |= {f"{kind}_{measure}" for kind, _ in _DOCUMENT_KINDS for measure in ("published", "public_total")}
# ... and, for a none of channels of requests, the body's none alone (各乡镇当面、传真提交的申请均为0件)
NONE_OF_THE_BODY_ALONE = OF_THE_BODY_ALONE | {item for item, _ in _REQUEST_CHANNELS}
# ... nor, for the total of proactive disclosure, a count in a sentence about one new-media account (not one of
# several channels: `SEVERAL_CHANNELS`) or about one unit of the body (区经济发展局…全年共发布信息291条; a town's).
NOT_THE_BODYS_SENTENCE = re.compile(r"微信|微博|公众号|客户端|头条|抖音|分(?:单位|部门|乡镇)(?:来)?看"
                                    # (a town's: 屿头乡全年公开信息89条; not 全乡, 我镇)
                                    r"|(?:^|[，,])[\u4e00-\u9fa5]{1,3}(?<![我本全该各])(?:乡|镇|街道)(?:全年|本年度?|今年|共)?$"
                                    r"|(?:区|市|县)[\u4e00-\u9fa5]{1,8}?(?:局|委员会|中心|公司)")
# An average (日均发布信息3条) is not a count of the year.
AVERAGE = re.compile(r"日均|月均|周均|平均|每天|每日|每周|每月|每季度?|人均"
                     r"|(?:各|分别|每个)(?:明确|配备|确定|指定|安排)(?:了)?")  # (28个处室各明确1名信息员: each one's)
# A part of the year (上半年举办新闻发布会1次, 第三季度发布信息120条) is not the year's count
PART_OF_THE_YEAR = re.compile(r"[上下]半年|第?[一二三四1-4]季度")
# ... and a figure in a clause that says it is an average (平均每月召开新闻发布会2次), however far before it
AVERAGED = re.compile(r"平均|[日月周人]均")
# A plan (计划于2020年举办培训2期, 拟召开发布会1场, 将举办培训2期) is not what the year did; 将 before a noun is
# the object marker (将信息公开工作纳入考核), no plan.
# (力争门户网站全年公开信息达到500条以上: a target)
_PLAN_WORD = r"计划(?!生育)|拟(?![定订])|将(?:于|在|召开|举办|开展|组织|继续|进一步|持续|完成|重点|着力|大力|切实)|力争"
PLANNED = re.compile(f"{_PLAN_WORD}|明年")
# A sentence that opens as a plan (2026年计划组织…培训，培训…200人次; 下一步…; 明年…) is a plan to its end
# (2021年，我厅将从三方面改进：…: the body, then 将, opening the sentence), under a topic of plans (关于下一年工作打算
# 的情况：…)
PLAN_SENTENCE = re.compile(f"^(?:关于[^，,。；;:：]{{0,12}}?(?:打算|计划|安排)[^，,。；;:：]{{0,6}}?[:：])?"
                           f"(?:下一步[，,]|明年[，,]?|\\d{{4}}年[，,]?[^，,。；;]{{0,8}}?(?:{_PLAN_WORD})"
                           f"|\\d{{4}}年[，,]?(?:我[厅局委办区市县]|本机关|全[区市县])将)")
# A figure of the year compared with (较上年的316条, 比去年多12件) is last year's or the change, not the year's
# (but for the article 20 table's items of last year: `COMPARED_ITEMS`)
COMPARED = re.compile(r"(?:(?:较|比|同比|环比|由)(?:上|去|前)一?年度?|由20\d\d年度?)(?:同期)?[^，,。；;\d]{0,4}$")
COMPARED_ITEMS = frozenset(f"{kind}_items_prev" for kind, _ in _ARTICLE20_KINDS)
# Readings reprinted from other bodies (另转载国家工业和信息化部等其他部门的政策解读文章46篇): not the body's own
REPRINTED = re.compile(r"转载|转发|其他部门(?:的)?")
# Another region's figure of the same period, given for comparison (同期山东省科技厅门户网站公开信息约620条)
ANOTHER_REGIONS = re.compile(r"同期[^，,。；;\d]{0,4}?[\u4e00-\u9fa5]{2,3}(?:省|市|自治区)")
# A past year's figure told beside the year's (2018年我厅曾收到并办结申请2件)
A_PAST_YEAR = re.compile(r"\d{4}年[^，,。；;]{0,8}?曾(?:经)?")
# Things other than requests a body completes (热线来电, 建议提案, 信访件): a bare 办结N件 after them is theirs
OTHER_THINGS_DONE = re.compile(r"来电|热线|工单|留言|建议|提案|议案|信访|投诉|诉求|咨询|事项|案件|复议|诉讼|许可|审批")
# A running total over the years (历年累计公开信息837条, 自2008年以来累计…) is not a count of the year either.
# (自开展…以来，我局累计受理申请7件; 截至12月14日累计发布微博1288条: an account's since it opened, not the year's)
CUMULATIVE = re.compile(r"历年|以来[^。;；\n]{0,8}?累计|累计至今|截至(?!12月31日)\d{1,2}月\d{1,2}日[,，]?累计")
# ... or an account's running total at the year's end, the sentence opened by it and the figure's clause saying 累计
# (截至年底，“科技河北”微信公众号累计发布信息1111条，厅政务微博累计发布信息15000余条; not 全年累计)
AT_THE_YEARS_END = re.compile(r"截至(?:20\d\d年(?:底|末|12月底)|本?年底|年末|目前|12月底)")
RUNNING_IN_ITS_CLAUSE = re.compile(r"(?<!全年)(?<!本年)累计[^，,。；;\n]*$")
# A site's count of everything it posted, news included (门户网站共发布各类信息3636条（含工作动态、公示公告等）;
# 网站全年累计发布各类信息2139条，其中动态类信息1744条)
WITH_THE_NEWS = re.compile(r"[（(](?:含|包括|包含)[^）)]{0,20}?(?:工作动态|动态|新闻|要闻)"
                           r"|[，,]其中(?:工作)?(?:动态|新闻|要闻)(?:类)?(?:信息)?\d")
# ... nor are its parts listed after it (历年累计公开信息3542条，其中网站公开3304条、公报公开7条)
# ... or figures of a sentence opened as a running total's (从历年累计看，网站公开信息已达3304条，政府公报共刊登过7条;
# 历年来，…行政复议累计仅有1件)
PART_OF_A_RUNNING_TOTAL = re.compile(rf"(?:{CUMULATIVE.pattern})[^。;；\n]*其中"
                                     rf"|(?:{CUMULATIVE.pattern})[^，,。;；\n\d]{{0,6}}(?:看|来看|来|而言|统计)[，,]")
# Readings joined to another kind (便民服务和新政解读类信息54条) are a category of content, not the readings
JOINED_BEFORE = re.compile(r"[和与及][\u4e00-\u9fa5]{1,4}$")
# Outcomes whose number may come first (其中328件予以公开，18件部分公开): the number must open a list item,
# after a stop or 其中; one run on from the outcome before it is that one's (同意公开答复9件部分公开答复0件).
LIST_ITEMS = frozenset({"out_granted", "out_unable", "out_unprocessed", "out_other", "reply_partial", "reply_denied"})
OPENS_A_LIST_ITEM = re.compile(r"(?:[,，、;；:：\n]|其中)[ \u3000]?$")
# Figures counted only where the sentence speaks of disclosure (共受理申请136437件 is licensing).
# (meetings of another body's leading group: 区推进“放管服”改革领导小组全年召开会议4次)
NEEDS_IN_SENTENCE = {"app_received": re.compile(r"公开"), "resp_hotspots": re.compile(r"热点|舆情|关切"),
                     "meetings": re.compile(r"公开")}
# ... or in the text just before it (the section heading 收到和处理政府信息公开申请情况)
NEEDS_BEFORE = {"app_received": re.compile(r"信息公开申请|依申请公开|公开申请"),
                "resp_hotspots": re.compile(r"(?!)"), "meetings": re.compile(r"(?!)")}  # (in its sentence only)
# In the 2019 and 2021 formats the same figures have the matrix's names.
# (from 2019 the replies made are the outcomes' total: 全年办理答复19件，其中：予以公开9件…)
_NEW_NAMES = {"app_received": "req_new", "reply_total": "out_total", "reply_partial": "out_partial",
              "reply_denied": "out_denied"}
NEW_REGIME_ITEMS = {"2019": {**_NEW_NAMES, "normative_issued": "normative_made", "rules_issued": "rules_made"},
                    "2021": {**_NEW_NAMES, "normative_issued": "normative_issued_2021"}}
# 2019 on: the reasons of an outcome group, after the group's total in its brackets (不予公开3件（危及“三安全
# 一稳定”1件、保护第三方合法权益2件）) or in a list it opens (GROUNDS_LISTED): each reason's words, beside its
# matrix row (GROUNDS); the 其他处理 group's first two rows, long enough to be read anywhere, are PATTERNS
_REASON_WORDS = {
    **{group: [(item, words) for item, _, _, words in GROUNDS if item.startswith(rows)]
       for group, rows in (("reply_denied", "out_denied_"), ("out_unable", "out_unable_"),
                           ("out_unprocessed", "out_unprocessed_"))},
    "out_other": [("out_other_other", r"[“\"]?其他[”\"]?(?:情形|情况)")],
}
_REASONS = {item for reasons in _REASON_WORDS.values() for item, _ in reasons}
# Each outcome group with grounds, its word and its grounds' items: a none of all its grounds named with it is its none
# (因…、…或…而无法提供的，数量为零)
GROUPS_OF_GROUNDS = tuple((group, re.compile(word), tuple(item for item, _ in _REASON_WORDS[group]))
                          for group, word in _OUTCOME_GROUPS if group in _REASON_WORDS and group != "out_other")
# Items read only in the regimes that have them.
ONLY_IN = {"out_granted": ("2019", "2021"), "out_other": ("2019", "2021"), "out_unable": ("2019", "2021"),
           "out_unprocessed": ("2019", "2021"), "normative_repealed": ("2021",),
           "normative_in_force": ("2021",), "fee_amount": ("2021",), "out_total": ("2019", "2021"),
           "licensing_decisions": ("2019", "2021"), "penalty_decisions": ("2019", "2021"),
           "coercion_decisions": ("2019", "2021"), "normative_published": ("2019",),
           "suit_direct_total": ("2019", "2021"), "suit_after_review_total": ("2019", "2021"),
           "review_pending": ("2019", "2021"), "rules_issued": ("2019", "2021"), "rules_repealed": ("2021",),
           "rules_in_force": ("2021",),
           **dict.fromkeys(_REASONS, ("2019", "2021")),
           **dict.fromkeys(("out_other_no_correction", "out_other_no_fee", "out_other_other"), ("2021",)),
           **dict.fromkeys(("rules_published", "rules_public_total", "normative_public_total",
                            "procurement_items", *(f"{kind}_items_prev" for kind, _ in _ARTICLE20_KINDS),
                            *(f"{kind}_items_change" for kind, _ in _ARTICLE20_KINDS)), ("2019",))}
# A figure that is also another item's, when its match says so (收到3份以信函形式提出的申请: all by letter).
# Requests all completed in time (17件申请均已在法定期限内办结): completed on time too, and all of those decided
ALL_IN_TIME = re.compile(r"(?:均|全部|都)(?:已)?(?:依法)?(?:在|于)[^，,。；;]{0,12}?(?:期限|时限|工作日)内")
ALSO = {"app_received": [("app_letter", re.compile(r"以信函(?:形式|方式)(?:提出|寄来|寄送|邮寄|提交)"))],
        "app_completed": [("app_completed_on_time", ALL_IN_TIME)],
        "normative_issued": [("normative_published",
                              re.compile(r"(?:全部|均)[^。;；,，\n\d]*公开$|制作并(?:新)?公开"))],
        "rules_issued": [("rules_published", re.compile(r"制作并(?:新)?公开"))],
        # 3件属维持具体行政行为的行政复议: every case counted was upheld
        "review_total": [("review_upheld", re.compile(rf"{_EVERY_CASE_IS}(?:维持|驳回)")),
                         ("review_corrected", re.compile(rf"{_EVERY_CASE_IS}被?(?:依法)?(?:纠错|纠正)"))],
        "lawsuit_total": [("lawsuit_upheld", re.compile(rf"{_EVERY_CASE_IS}(?:维持|驳回)")),
                          ("lawsuit_corrected", re.compile(rf"{_EVERY_CASE_IS}被?(?:依法)?(?:纠错|纠正)"))]}
# Lawsuits counted, then said right after the count to be all of one kind (行政诉讼12件，全部为未经复议直接向人民法院
# 起诉; 均系经复议后提起): the figure is that kind's too, and its outcomes follow (审理结果均为维持)
_ALL_OF = r"[,，]?(?:且|其中)?(?:均|全部|都|一律)(?:为|是|系|属于?)?"
_TO_COURT_AND_SUED = rf"{TO_COURT}(?:提起|起诉)"
ALL_OF_ONE_KIND = {"lawsuit_total": [
    ("suit_direct_total", re.compile(rf"{_ALL_OF}(?:未经(?:行政)?复议)?(?:而)?直接{_TO_COURT_AND_SUED}")),
    ("suit_after_review_total", re.compile(rf"{_ALL_OF}(?:在)?(?:经(?:过)?)?(?:行政)?复议(?:后|之后)"
                                           rf"{_TO_COURT_AND_SUED}"))]}
# From 2019 the requests completed are the outcomes' total (办理结果总计), unless their clause says they are those
# completed on time (a part) or last year's
NOT_ALL_COMPLETED = re.compile(r"按时|按期|期限内|上一?年|去年")
# Parts of a total, read in the rest of the total's clause (up to the next topic).
_PART_NUM = rf"(?P<num>\d+|{CHINESE_NUMERAL})(?:件|起|宗)(?![也都](?:没有|无|未))"  # (not 一件也没有: none)
_ALL = r"(?:全部|均|都|一律)"
_CLOSED_OTHERWISE = r"(?:以|按)其他(?:结果|方式|情形)结案"
# "none of them" before a list of outcomes (无纠正、其他结果和尚未审结情形): the group named zero gives a zero
_OUTCOME_WORD = r"(?:结果)?(?:维持|驳回|纠错|纠正|其他(?:结果|情况|情形)|尚未审结|未审结)"
_BY_A_RULING = r"(?:法院)?(?:判决|裁定)?"  # (没有被法院判决纠正的案件)
_AND_ALSO = rf"(?:{_AND}|以及)"  # (…、其他结果以及尚未审结的)
# (被依法纠错, 以其他结果结案的; 没有被判决纠正的)
_LISTED_OUTCOME = rf"(?:被|以)?(?:依法)?{_BY_A_RULING}{_OUTCOME_WORD}(?:结案)?(?:的)?"
_NONE_OF = rf"(?P<zero>无|没有|未出现|未发生|没有发生|未产生|未(?=被))(?:{_LISTED_OUTCOME}{_AND_ALSO}(?:以)?)*"
_LISTED_BEFORE_EACH = r"[^，,；;:：）)\d]{0,30}?"
# ... the few words from a ground to its count, none of a comparison (属于国家秘密减少2件)
_TO_ITS_COUNT = r"(?:(?![比较增减少多])[^、，,；;:：）)\d]){0,4}?"

_NONE_CORRECTED = (rf"{_NONE_OF}(?:结果)?被?(?:依法)?{_BY_A_RULING}(?:纠错|纠正)(?:的)?"
                   rf"(?:案件|情形|情况|{_AND}|{_CLAUSE_ENDS})")
# ... outcomes listed and said after the list to be all zero (其他结果和尚未审结的均为零): the outcomes before and
# after the one read, then the zero (group zero)
# (被纠正、以其他结果结案或尚未审结的都没有)
_OUTCOMES_BEFORE = rf"(?:{_LISTED_OUTCOME}{_AND_ALSO}(?:以)?){{0,3}}"
_ALL_ZERO_AFTER = (rf"(?:结案)?(?:的)?(?:{_AND_ALSO}{_LISTED_OUTCOME}){{0,3}}"
                   rf"(?:行政复议|行政诉讼|复议|诉讼)?(?:案件|情况|情形)?(?:的)?(?:数量?|件数|各项)?"
                   rf"(?:{_AND}|以及)?(?:总计|合计|总数)?(?:数)?"  # (…尚未审结的数量以及总计皆为零)
                   r"(?:也|亦|同样)?(?:均|都|全部|皆|各)?(?P<zero>[为是](?:零|0)(?:件|起)?|没有|无|未(?:发生|出现))"
                   r"(?=[,，。;；\n]|$)")
# ... and none of them corrected (没有被纠正的案件, 无被依法纠错的情形; 被纠正…的都没有)
NONE_OF_THE_OUTCOMES = re.compile(rf"{_NONE_OF}(?:被)?{_BY_A_RULING}{_OUTCOME_WORD}|{_OUTCOMES_BEFORE}{_LISTED_OUTCOME}"
                                  rf"{_ALL_ZERO_AFTER.replace('(?P<zero>', '(?:')}")
# ... a case's outcome with the court's act (1件判决纠正) or still pending at the year's end (1件至年底尚未审结)
_BY_THE_COURT = r"(?:法院)?(?:判决|裁定)(?:予以)?"
# ... the cases counted each upheld (5起均以维持具体行政行为…结案)
_EACH_UPHELD = r"(?:均|全部|都)(?:以|被|予以|为)?(?:结果)?(?:经)?(?:法院)?(?:判决|裁定)?(?:维持|驳回)"
# ... every case upheld, said after the count (结果均为维持; 结果同样都是维持; 均经法院判决维持; 均作出维持决定)
_ALL_UPHELD_BY = r"(?:结果)?(?:同样|也|亦)?(?:全部|均|都|一律)(?:为|是|被|予以|已)?(?:结果)?(?:经)?(?:法院)?(?:作出)?"
_AT_YEAR_END = r"(?:(?:至|截至|截止|截止到)(?:年底|年末|目前|报告期末)[,，]?)?(?:仍|尚|还)?"
# ... every case counted still pending, said right after the count (复议后起诉的1件，年底时仍在审理中)
_ALL_PENDING = (r"^[,，]?(?:(?:至|到|截至|截止|截止到)?(?:年底|年末|目前|报告期末)时?[,，]?)?(?:该案|此案|该件)?"
                r"(?:均|都|全部)?(?:仍|尚|还)?"
                r"(?:尚未审结|未审结|在审理(?:中|之中)?)(?=[,，。;；\n]|$)")
# Totals whose parts are read only in the brackets right after them (不予公开3件（…）) or in a list they open
# (不予公开32件，具体为…; 无法提供5件：…), up to the clause's end or the next group
GROUPS_WITH_GROUNDS = frozenset(_REASON_WORDS)
# (1件，理由是…; 2件，均为…; 均因…; 8件，理由全部是…)
_ALL_ARE = (r"(?:(?:所申请的?|申请的?)(?:信息|内容)|该申请)?"  # (不予公开的1件，所申请的信息属于…)
            r"(?:(?:均|全部|都)?(?:为|属于?|是|因)|均?系|(?:理由|原因)(?:均|全部|都)?(?:是|为|在于))")
# ... the group's share told between (无法提供的8件，占57.1%，全部是因为…)
_A_SHARE = r"(?:[,，](?:约)?占[^，,。;；\n]{0,12}?[%％])?"
GROUNDS_LISTED = re.compile(rf"{_A_SHARE}(?:[,，]?(?:其中|包括|具体为|具体是|分别为|分别是|主要为|主要是)[:：]?"
                            rf"|[:：]|——|(?:申请)?中[,，:：]|[,，]?{_ALL_ARE})")  # (all of one ground: below)
# ... or one of the group's own grounds right after its figure's comma (无法提供2件，本机关不掌握相关政府信息的1件;
# 无法提供2件，没有现成信息需要另行制作的1件), not one told besides (无法提供5件，另有本机关不掌握相关政府信息3件)
GROUND_AFTER_COMMA = {group: re.compile("[,，](?!另|此外|还有)(?=[^，,。;；\n\\d]{0,8}?(?:"
                                        + "|".join(words for _, words in reasons) + "))")
                      for group, reasons in _REASON_WORDS.items()}
GROUNDS_END = re.compile("[。;；\n]|" + "|".join(word for _, word in _ALL_OUTCOME_GROUPS))
# ... or all of one ground, the group's figure carried by it (不予处理2件，均为信访举报投诉类申请;
# 其他处理2件，均为申请人无正当理由逾期不补正、行政机关不再处理的情形): the ground alone, no other listed with it
# (均为…和重复申请: neither's)
_NOT_LISTED = r"(?:[^，,。;；\n\d、和及与或]|(?<=[涉危普])及)"  # (the 及 of 涉及, 危及, 普及 lists nothing)




def _all_of_one_ground(words: str) -> str:
    """A ground all of its group's cases are of, alone after the group's figure (，均为…; 1件，系…; …，占57.1%，全部
    是因为…), or in brackets of its own (不予处理1件（属于信访举报投诉类申请）)."""
    return (rf"^(?:{_A_SHARE}[,，]?{_ALL_ARE}|[（(](?:{_ALL_ARE})?)[:：]?{_NOT_LISTED}{{0,10}}?(?:{words})"
            rf"{_NOT_LISTED}{{0,6}}?(?<!无)(?<!没有)(?<!零)(?=[,，。;；\n）)]|$)")  # (not a none: …申请的无，)


_NO_LONGER_PROCESSED = r"(?:[、，,]?(?:行政机关|本机关|我[区局厅委市县])?不再处理(?:其?(?:政府信息公开)?申请)?)?"
_CARRIED_GROUNDS = {
    **_REASON_WORDS,
    "out_other": [*_REASON_WORDS["out_other"],
                  ("out_other_no_correction", rf"逾期(?:不|未)补正{_NO_LONGER_PROCESSED}"),
                  ("out_other_no_fee", rf"(?:逾期|未按收费通知)[^，,。;；\n\d、]{{0,10}}?缴纳(?:费用|信息处理费)?"
                                       rf"{_NO_LONGER_PROCESSED}")],
}
PARTS = {
    "review_total": (r"诉讼|举报|。|\n", [
        ("review_upheld", rf"{_PART_NUM}(?:复议)?(?:结果)?(?:被|予以|为|是)?(?:维持|驳回)"),  # (1件复议结果为维持)
        ("review_corrected", rf"{_PART_NUM}(?:结果)?(?:被)?(?:依法)?(?:纠错|纠正)"),
        ("review_other", rf"{_PART_NUM}(?:属于|为)?其他(?:情况|情形)"),
        ("review_other", rf"{_PART_NUM}{_CLOSED_OTHERWISE}"),  # (1件以其他方式结案)
        ("review_upheld", rf"(?:结果)?(?:被)?(?:维持|驳回)(?:具体行政行为|原?行政行为|原?决定|原?答复)?(?:的)?"
                          rf"{_PART_NUM}"),
        ("review_corrected", rf"(?:结果)?(?:被)?(?:依法)?(?:纠错|纠正)(?:的)?{_PART_NUM}"),
        ("review_other", rf"其他(?:情况|情形|结果)(?:结案)?(?:的)?{_PART_NUM}"),
        ("review_pending", rf"尚未审结(?:的)?{_PART_NUM}"),
        # ... one count for each of the outcomes listed (维持原行政行为、依法纠正的各1件)
        ("review_upheld", rf"(?:维持|驳回)[^，,；;。\d]{{0,12}}?各{_PART_NUM}"),
        ("review_corrected", rf"(?:纠错|纠正)(?:的)?各{_PART_NUM}"),
        # the outcomes none of the cases had (无其他结果和尚未审结情形): a zero each (group zero)
        ("review_other", rf"{_NONE_OF}其他(?:结果|情况|情形)"),
        ("review_pending", rf"{_NONE_OF}(?:尚未审结|未审结)"),
        ("review_upheld", rf"{_NONE_OF}(?:结果)?(?:维持|驳回)"),
        ("review_corrected", _NONE_CORRECTED),
        ("review_upheld", rf"{_ALL_UPHELD_BY}(?:判决|裁定|决定)?(?:予以)?(?:维持|驳回)"),
        ("review_pending", rf"{_PART_NUM}{_AT_YEAR_END}(?:尚未审结|未审结)"),
        ("review_pending", _ALL_PENDING),
        ("review_upheld", rf"{_PART_NUM}{_EACH_UPHELD}"),
        ("review_upheld", rf"(?:结果)?(?:维持|驳回){_ALL_ZERO_AFTER}"),
        ("review_other", rf"{_OUTCOMES_BEFORE}其他(?:结果|情况|情形){_ALL_ZERO_AFTER}"),
        ("review_corrected", rf"{_OUTCOMES_BEFORE}被?(?:依法)?(?:纠错|纠正){_ALL_ZERO_AFTER}"),
        ("review_pending", rf"{_OUTCOMES_BEFORE}(?:尚未审结|未审结){_ALL_ZERO_AFTER}"),
    ]),
    "lawsuit_total": (r"复议|举报|。|\n", [
        ("lawsuit_upheld", rf"{_PART_NUM}(?:被|予以|为)?(?:维持|驳回)"),
        ("lawsuit_corrected", rf"{_PART_NUM}(?:结果)?(?:被)?(?:依法)?(?:纠错|纠正)"),
        ("lawsuit_other", rf"{_PART_NUM}(?:属于|为)?其他(?:情况|情形)"),
        ("lawsuit_other", rf"{_PART_NUM}{_CLOSED_OTHERWISE}"),
        ("lawsuit_upheld", rf"(?:结果)?(?:被)?(?:维持|驳回)(?:具体行政行为|原?行政行为|原?决定|原?答复)?(?:的)?"
                           rf"{_PART_NUM}"),
        ("lawsuit_corrected", rf"(?:结果)?(?:被)?(?:依法)?(?:纠错|纠正)(?:的)?{_PART_NUM}"),
        ("lawsuit_other", rf"其他(?:情况|情形|结果)(?:结案)?(?:的)?{_PART_NUM}"),
        ("lawsuit_other", rf"{_NONE_OF}其他(?:结果|情况|情形)"),
        ("lawsuit_upheld", rf"{_NONE_OF}(?:结果)?(?:维持|驳回)"),
        ("lawsuit_corrected", _NONE_CORRECTED),  # (没有被依法纠错的情形)
        ("lawsuit_upheld", rf"{_ALL}(?:为|被|予以|已)?(?:结果)?(?:判决|裁定)?(?:予以)?(?:维持|驳回)"),
        ("lawsuit_corrected", rf"{_PART_NUM}{_BY_THE_COURT}(?:纠错|纠正)"),
        ("lawsuit_upheld", rf"{_PART_NUM}{_EACH_UPHELD}"),
        ("lawsuit_upheld", rf"(?:结果)?(?:维持|驳回){_ALL_ZERO_AFTER}"),
        ("lawsuit_other", rf"{_OUTCOMES_BEFORE}其他(?:结果|情况|情形){_ALL_ZERO_AFTER}"),
        ("lawsuit_corrected", rf"{_OUTCOMES_BEFORE}被?(?:依法)?(?:纠错|纠正){_ALL_ZERO_AFTER}"),
    ]),
    # lawsuits of the 2019/2021 formats by their kind, and the outcomes of each (复议后起诉3件，其中2件结果维持、
    # 1件为其他结果); the clause ends at the other kind (复议)
    **{f"suit_{kind}_total": (r"复议|举报|。|\n", [
        (f"suit_{kind}_upheld", rf"{_PART_NUM}(?:结果)?(?:被|予以|为)?(?:判决|裁定)?(?:维持|驳回)"),
        (f"suit_{kind}_corrected", rf"{_PART_NUM}(?:判决|裁定)?(?:结果)?(?:被)?(?:依法)?(?:纠错|纠正)"),
        (f"suit_{kind}_other", rf"{_PART_NUM}(?:属于|为)?其他(?:情况|情形|结果)"),
        (f"suit_{kind}_other", rf"{_PART_NUM}{_CLOSED_OTHERWISE}"),
        (f"suit_{kind}_pending", rf"{_PART_NUM}(?:尚未审结|未审结)"),
        (f"suit_{kind}_upheld", rf"(?:结果)?(?:被)?(?:判决|裁定)?(?:维持|驳回)(?:原?行政行为)?(?:的)?{_PART_NUM}"),
        (f"suit_{kind}_corrected", rf"(?:结果)?(?:被)?(?:依法)?(?:纠错|纠正)(?:的)?{_PART_NUM}"),
        (f"suit_{kind}_other", rf"其他(?:情况|情形|结果)(?:结案)?(?:的)?{_PART_NUM}"),
        (f"suit_{kind}_pending", rf"尚未审结(?:的)?{_PART_NUM}"),
        (f"suit_{kind}_other", rf"{_NONE_OF}其他(?:结果|情况|情形)"),
        (f"suit_{kind}_pending", rf"{_NONE_OF}(?:尚未审结|未审结)"),
        (f"suit_{kind}_upheld", rf"{_NONE_OF}(?:结果)?(?:维持|驳回)"),
        # ... none of them corrected (没有被纠正的案件), and every one upheld (结果均为维持)
        (f"suit_{kind}_corrected", _NONE_CORRECTED),
        (f"suit_{kind}_upheld", rf"{_ALL_UPHELD_BY}(?:判决|裁定)?(?:予以)?(?:维持|驳回)"),
        (f"suit_{kind}_corrected", rf"{_PART_NUM}{_BY_THE_COURT}(?:纠错|纠正)"),
        (f"suit_{kind}_upheld", rf"{_PART_NUM}{_EACH_UPHELD}"),
        (f"suit_{kind}_pending", rf"{_PART_NUM}{_AT_YEAR_END}(?:尚未审结|未审结)"),
        (f"suit_{kind}_pending", _ALL_PENDING),
        (f"suit_{kind}_upheld", rf"(?:结果)?(?:维持|驳回){_ALL_ZERO_AFTER}"),
        (f"suit_{kind}_other", rf"{_OUTCOMES_BEFORE}其他(?:结果|情况|情形){_ALL_ZERO_AFTER}"),
        (f"suit_{kind}_corrected", rf"{_OUTCOMES_BEFORE}被?(?:依法)?(?:纠错|纠正){_ALL_ZERO_AFTER}"),
        (f"suit_{kind}_pending", rf"{_OUTCOMES_BEFORE}(?:尚未审结|未审结){_ALL_ZERO_AFTER}"),
    ]) for kind in ("direct", "after_review")},
    # the reasons of an outcome group, in its brackets (the list it opens: GROUNDS_END)
    **{group: (r"[）)]|。|\n", [(item, rf"{words}{_TO_ITS_COUNT}{_PART_NUM}")
                                for item, words in _CARRIED_GROUNDS[group]]
               + [(item, _all_of_one_ground(words)) for item, words in _CARRIED_GROUNDS[group]]
               # (a count of each ground listed: 本机关不掌握相关政府信息、没有现成信息需要另行制作的各1件)
               + [(item, rf"{words}{_LISTED_BEFORE_EACH}各{_PART_NUM}") for item, words in reasons])
       for group, reasons in _REASON_WORDS.items()},
    # the article 20 table's change this year, right after the items (上一年为9项，本年增减为0)
    **{f"{kind}_items_prev": (r"。|\n|；|;", [
        (f"{kind}_items_change", r"^[,，（(]?本年度?(?:项目)?(?:增减|增/减)(?:为)?(?P<num>\d+)项?"),
        (f"{kind}_items_change", rf"^[,，（(]?(?:本年度?|今年|20\d\d年度?)?(?:项目|事项|数量|(?:项目|事项)数量?)?"
                                 rf"(?:也|亦)?"
                                 rf"(?P<zero>{_NO_CHANGE})"),
        # no decision made, said without the kind's name in its clause (…17项（本年增减0项），未作出处理决定);
        # not past the next kind's items (行政许可事项9项，其他对外管理服务事项17项，未作出…)
        *([(f"{kind}_decisions", r"^(?:(?!事项|项目|行政|其他)[^。;；\n])*?(?P<zero>未|没有)(?:作出|做出)(?:任何)?"
                                 r"(?:处理)?决定(?=[,，。;；\n]|$)")] if kind != "fee" else []),
    ]) for kind, _ in _ARTICLE20_KINDS},
    # the requests decided all granted, said right after their total (本年度共办结申请17件，均予以公开)
    "out_total": (r"。|\n", [("out_granted", rf"^[,，]?{_ALL}(?:已|被)?予以(?:全部)?公开(?=[,，。;；\n]|$)")]),
    # the head took part in every press conference counted (厅主要负责同志均出席新闻发布会)
    "resp_press_conf": (r"。|\n", [
        ("resp_press_conf_head", rf"主要负责(?:同志|人){_ALL}(?:出席|参加|参与)"),
        # ... some of them (厅主要负责同志亲自出席其中的两场)
        ("resp_press_conf_head", rf"(?<!副)(?:主要负责(?:同志|人)|主要领导|[厅局委]长)(?:同志)?(?:亲自)?"
                                 rf"(?:出席|参加|主持)(?:了)?其中(?:的)?(?P<num>\d+|{CHINESE_NUMERAL})(?:场|次)"),
        # ... or those it attended counted after it (厅主要负责同志亲自出席发布的有两次)
        ("resp_press_conf_head", rf"(?<!副)(?:主要负责(?:同志|人)|主要领导|[厅局委]长)(?:同志)?(?:亲自)?"
                                 rf"(?:出席|参加|主持)(?:发布)?的(?:有|为)?(?P<num>\d+|{CHINESE_NUMERAL})(?:场|次)"),
        # ... each one with the head as its speaker (每一次都由厅主要负责同志出席; 均由局长出席并发布)
        ("resp_press_conf_head", rf"(?:{_ALL}|每一?[次场])(?:都|均)?由[^，,。;；\n]{{0,6}}?"
                                 rf"(?<!副)(?:主要负责(?:同志|人)|主要领导|[厅局委]长|主任)(?:同志)?(?:亲自)?"
                                 rf"(?:出席|参加|主持|到场)"),  # (每场均由厅主要负责同志亲自到场作主题发布)
    ]),
    "app_received": (r"。|\n", [
        ("app_completed", rf"(?:已|均已|均|已经)?{_ALL}?(?:{_ON_TIME})?(?:答复)?(?<!未)(?<!没有)"
                          rf"(?:办结|办理完毕|答复完毕|答复(?:了)?申请人)"),
        ("app_completed_on_time", rf"(?:已|均已|均|已经)?{_ALL}?{_ON_TIME}(?:予以)?(?:答复)?"
                                  rf"(?:办结|办理完毕|答复完毕|答复(?:了)?申请人)"),
        ("app_completed_on_time", rf"(?:已|均已|均|已经)?{_ALL}?{_ON_TIME}(?:作出|给予)(?:了)?答复"),
        ("reply_total", rf"{_ALL}(?:依法)?(?:及时)?(?:已|予|予以|作出|作了|进行了)?了?(?:答复|回复)"),
        # the channel every request counted came by, said right after the total (1件，系申请人以信函方式寄送; 均通过
        # 网络提交), with no count of its own (not 当面提交3件)
        *((item, rf"^[,，]?(?:申请人)?(?:{_ALL}(?:系|为|是)?|系|为)(?:由)?(?:申请人)?(?:通过|以|经|采用|采取)?{word}"
                 r"(?:形式|方式|渠道|平台)?"
                 r"(?:寄送|提交|提出|邮寄|递交)(?![^。;；,，\d]{0,6}\d)") for item, word in _REQUEST_CHANNELS),
        # ... or in a sentence of its own about them (上述申请全部由申请人以信函方式寄送)
        *((item, rf"(?:上述|以上|这些|前述)(?:\d+件)?(?:政府信息公开)?申请{_ALL}(?:系|为|是)?(?:由)?(?:申请人)?"
                 rf"(?:通过|以|经)?{word}(?:形式|方式|渠道|平台)?(?:寄送|提交|提出|邮寄|递交)")
          for item, word in _REQUEST_CHANNELS),
        # the requests carried forward, when nothing else was counted first (收到申请1件,…,结转下年度办理)
        ("req_carried_forward", r"^(?:(?!其余|剩余|其他|部分|其中)[^\d])*?(?<!无)(?<!没有)(?<!未)"
                                r"(?:顺延|延期|结转)(?:至|到)?下一?年度?(?:继续)?(?:办理|答复)"),
    ]),
}
# A next sentence whose subject is the total's own requests (对收到的申请…全部按时答复完毕; 截至年底，上述申请已全部
# 办结): its "all of them" statements are parts of the total too.
FOLLOW_UP = {"app_received": re.compile(rf"[ \u3000]*(?:截至[^，,。]{{1,10}}[，,])?(?:对|针对|对于)?"
                                        rf"(?:(?:收到的|受理的|上述|以上|前述|这些|所有|该件?)|(?:这|上述|以上)?(?:\d+|{CHINESE_NUMERAL})件)"
                                        rf"(?:政府信息公开|依申请公开|信息公开)?申请"),
             # ... the outcomes of the reviews or lawsuits counted, in a sentence of their own (复议结果维持25件)
             # (…共36起。从复议结果看，维持原答复的25起; …共36起。其中，维持…)
             "review_total": re.compile(r"[ \u3000]*(?:经|从|就)?(?:(?:行政)?复议(?:结果|机关|[,，])"
                                        r"|(?:上述|以上|前述|这些)(?:行政)?复议|其中)"),
             "lawsuit_total": re.compile(r"[ \u3000]*(?:从|就)?(?:(?:行政)?诉讼结果"
                                         r"|(?:上述|以上|前述|这些)(?:行政)?诉讼|其中)")}
# (one follow-up after another: 4件申请全部通过信函提出。对上述申请，均在法定期限内答复办结)
# A subject of its own just before an "all of them" statement (其中8件已办结, 其余结转下年度): the
# statement is about those cases, not the total (after a comma, 信函申请70件,已全部办结, it is the total's).
OWN_SUBJECT = re.compile(rf"(?:(?:\d+|{CHINESE_NUMERAL})(?:件|起|宗|个)(?:申请|案件)?|(?:其余|剩余|其他|另)[,，]?)"
                         r"(?:均|已|都|全部|依法|及时|已经)*$")  # (其余69件均已依法答复完毕)
# A decision corrected, and one upheld, in the words of a review or lawsuit clause (not in a list of outcomes none
# of the cases had: `NONE_OF_THE_OUTCOMES`, 无结果维持、结果纠正或其他结果的案件).
CORRECTION = re.compile(r"(?<![未无])(?<!没有)(?<!未被)(?<!无被)(?<!没有被)(?<!未被依法)(?<!没有被依法)(?<!无一被)"
                        r"(?<!未发生被)(?<!没有发生被)(?<!未出现被)"
                        r"(?:纠错|纠正|撤销|确认违法|败诉)")
UPHELD = re.compile(r"维持|驳回")

# --- Every other counted figure: a number with its measure word or unit ------------------------
# The figure: not part of a larger number or an ordinal (第十二条), Chinese numerals only after a
# counting verb (召开三次; 一是, 一件事 and 两个责任 are not counts).
_COUNT_UNIT = r"(?P<unit>人次|万元|元|件|条|次|份|场|人|个|期|篇|项|起|%|％)"
COUNTED = re.compile(
    rf"(?<![第\d.\-/〔\[零〇一二两三四五六七八九十百千])(?P<pre>近|约|超过|逾|将近|大约|超)?"
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?(?:万(?!元))?|(?<=[共计了有为达开办展织布到理席加])[零〇一二两三四五六七八九十百千]+)"
    rf"(?P<post>余|多)?{_COUNT_UNIT}")
# Where a count can start: a character COUNTED starts with, the characters of its number, and the first
# character of a unit (万元: 万 is a number's). Every match of COUNTED starts with a match of this one,
# which starts with a class that the regex engine scans for (COUNTED's look-behind makes it try every place).
COUNT_START = re.compile(r"[近约超逾将大\d零〇一二两三四五六七八九十百千]"
                         r"[过近约\d,.万零〇一二两三四五六七八九十百千余多]*?[人元件条次份场个期篇项起%％]")
# What a unit means when followed by these: a duration or a name, not a count.
NOT_A_COUNT_AFTER = re.compile(r"个(?:工作日|月|小时|季度|百分点|自然日|部分)|人民|次日|次年|条例|期间|期限|元旦|%以上")
# A percentage of growth or a share (同比增长12%, 占71.11%) is not a count.
NOT_A_COUNT_PERCENT = re.compile(r"增|降|升|减少|提高|同比|环比|占|比例|比重|较")
# A counted figure's label: the words of its clause before the number, and the noun after the unit.
LABEL_STOPS = re.compile(r"[,，。;；、:：\n（()）《》|]")
LABEL_FILLER_START = re.compile(r"^(?:其中|另外|此外|同时|并|全年|今年|本年度?|年内|截至目前|截止目前|截至年底|"
                                r"20\d\d年度?|共计|共|累计|合计|总计|[一二三四五六七八九十]是|\d+[.、])+")
LABEL_FILLER_END = re.compile(r"(?:共计|共有|合计|总计|累计|共|达到|达|为|有|了|约|近|超过|逾|将近|大约|计)+$")
# A figure of 1 said as none, the negation after it (行政复议一件也没有) or before it (未受理一件申请, 没有一件延期答复)
NONE_AFTER_ONE = re.compile(r"(?:也|都)(?:没有|未|无)")
NONE_BEFORE_ONE = re.compile(r"(?:没有|未|无)[^，,。；;\d一]{0,4}$")
# A sentence of the parts of the sentence before's figure (其中，…; 这4件中，…)
OF_THOSE = re.compile(r"其中|(?:这|上述|以上|这些)\d+件(?:申请)?中")
# The cases just counted, opening the sentence after their count (上述案件经法院审理，…)
THOSE_CASES = re.compile(r"(?:上述|以上|这些)(?:\d+件)?(?:行政诉讼|诉讼)?案件")
# Replies sent back to the applicant (以电子邮件方式送达答复的): no channel of requests
SENT_BACK = re.compile(r"答复|回复|送达")
# A figure after 其中 is a part, not the year's total (其中，50条信息经…主动公开)
A_PART_BEFORE = re.compile(r"其中[,，:：]?$")
# A column or sub-site of the website (one of several channels: 门户网站专栏和官方微信公众号)
A_COLUMN = re.compile(r"专栏|栏目|子站|子网站|专题")
# A broadcaster's programme (在平潭电视台播出…访谈节目6期): no online interview
ON_AIR = re.compile(r"电视|电台|广播")
# All the cases against the body, disclosure's part told next (…的4件行政复议案件中，因政府信息公开引起的有1件)
DISCLOSURE_S_PART_AFTER = re.compile(r"(?:案件)?中[,，](?=(?:因|涉及|属于|与)?(?:政府)?信息公开)")
# ... or told later in the same sentence as a part (…行政复议案件共4件，其中3件涉及行政处罚决定，因政府信息公开申请
# 行政复议的1件)
DISCLOSURE_S_PART_LATER = re.compile(r"(?:因|涉及|关于)(?:政府)?信息公开[^，,。；;\d]{0,12}?(?:的)?(?:有|为)?"
                                     r"\d+(?:件|起)")
# Review and lawsuit outcomes listed, then said none together (结果维持、结果纠正、其他结果、尚未审结均为0件;
# 结果维持的、结果纠正的和以其他结果结案的，都是0起; （结果维持、…均为零）), with the kind's total said after them
# (，总计0件)
_AN_OUTCOME = (r"(?:以|按)?(?:结果)?(?:被)?(?:依法)?(?:判决|裁定)?(?:维持|纠正|纠错|驳回|其他结果|尚未审结|未审结)"
               r"(?:原?(?:行政行为|决定|答复))?(?:结案)?(?:的)?(?:情形|情况|案件)?")
_LIST_JOIN = r"(?:、|和|及|以及|或|或者|与)"  # (not a comma: 1件被纠正，其他结果和尚未审结的都没有)
OUTCOMES_LISTED_NONE = re.compile(
    rf"(?P<list>{_AN_OUTCOME}(?:{_LIST_JOIN}{_AN_OUTCOME}){{1,4}})[，,]?(?:的)?(?:数量|件数|各项)?"
    r"(?:(?:也|亦|同样|也就)?(?:均|都|皆|各|全部|全都)(?:是|为)?(?:零|0(?:件|起)?|无|没有(?:发生)?|未发生|未出现)"
    r"|一(?:件|起)(?:也|都)没有)(?=[，,。；;）)\n]|$)"
    r"(?:[，,](?:总计|合计|共计)(?:也|同样)?(?:为|是)?(?P<total>零|\d+)(?:件|起)?)?")
# ... the words of its none, which the list is looked for before, the last outcome's words just before them
AN_OUTCOME_BEFORE = re.compile(r"维持|纠正|纠错|驳回|其他结果|审结|结案")
# ... the words of its none, which the list is looked for before
NONE_TOGETHER = re.compile(r"(?:均|都|皆|各|全部|全都)(?:是|为)?(?:零|0|无|没有|未发生|未出现)"
                           r"|一(?:件|起)(?:也|都)没有")
# ... each outcome's words, and the kind of case named before the list in its sentence (the last one named)
OUTCOME_NAMES = (("upheld", re.compile(r"维持|驳回")), ("corrected", re.compile(r"纠正|纠错")),
                 ("other", re.compile(r"其他")), ("pending", re.compile(r"审结")))
CASE_KINDS = re.compile(r"(?P<suit_after_review>(?:行政)?复议(?:以)?后(?:再|又)?(?:向[^，,。]{0,6}?)?"
                        r"(?:起诉|提起(?:行政)?诉讼))"
                        r"|(?P<suit_direct>未经(?:行政)?复议(?:直接)?|直接(?:向[^，,。]{0,6}?)?(?:起诉|提起))"
                        r"|(?P<review>(?:行政)?复议)|(?P<lawsuit>(?:行政)?诉讼)")
# All kinds of cases against the body framing a count (以我厅为被告或被申请人的各类案件中，行政诉讼3起): not
# disclosure's, unless the frame says so (因政府信息公开引起的各类案件中)
ALL_KINDS_OF_CASES = re.compile(r"(?:各类|各种|全部|所有)(?:行政)?(?:案件|纠纷)(?:中|里)")
# ... or the cases of the body's own field it decided (依法办理公安行政复议案件; not 全年办理2起…: its own cases)
CASES_IT_DECIDED = re.compile(r"(?:办理|审理|审结|承办)(?:了)?(?:(?![了的])[^，,。；;\d]){2,6}$")
# Requests received with those carried over (受理申请749件（含上年结转）): not the new ones
WITH_THE_CARRIED = re.compile(r"[（(]?(?:含|包括|包含)(?:上一?年度?|去年|20\d\d年)?结转")
# All the area's departments together (全区各执法部门): the area's, not some units'
ALL_THE_AREAS_UNITS = re.compile(r"全[区市县省](?:各|所有)[^，,。；;\d]{0,6}?(?:部门|单位|机关)")
