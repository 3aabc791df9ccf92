"""The row and column labels of every table a report can print, as regexes keyed by item code.

The extractors read them from here and nowhere else. Labels drift in real reports (numbering,
quotes, 不予公开 vs 不予以公开), so each regex matches the meaning, not one spelling.
"""

from __future__ import annotations


def _cjk_char(char: str) -> bool:
    r"""Whether a character is Chinese: the regex `[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”]` (whose
    compiling, for one character a call, cost ~10 ms at import)."""
    return "\u3400" <= char <= "\u9fff" or "\u3000" <= char <= "\u303f" or "\uff00" <= char <= "\uffef" \
        or char in ("“", "”")


def spaced(pattern: str) -> str:
    r"""A label regex that also matches its words cut apart by spaces or line breaks, as conversions
    print them (`本年新 收`, `本年\n新收`, a header cell wrapped over lines): `\s*` between every two
    Chinese atoms side by side (a character, a class of them such as `[持护]`, or a group that
    starts or ends with one, optional or not), outside character classes and lookbehinds (which
    must keep their width).

    >>> spaced("本年新收[^0-9]{0,4}")
    '本\\s*年\\s*新\\s*收[^0-9]{0,4}'
    >>> spaced("维[持护]具(?<!信函、)传真")
    '维\\s*[持护]\\s*具(?<!信函、)\\s*传\\s*真'
    >>> spaced("公开(?:政府)?(?:信息|文件)数"), spaced("(?:行政)?规范")
    ('公\\s*开\\s*(?:政\\s*府\\s*)?(?:信\\s*息|文\\s*件)\\s*数', '(?:行\\s*政\\s*)?规\\s*范')
    """
    out: list[str] = []
    groups: list[tuple[bool, bool | None]] = []  # per open group: lookbehind?, and a lookaround's state before it
    previous = False  # the last atom (or group) ends in a Chinese character
    i = 0
    while i < len(pattern):
        atom, chinese = _atom(pattern, i)
        behind = any(lookbehind for lookbehind, _ in groups)
        if atom == "(":
            opening = "(?:" if pattern.startswith("(?:", i) else "(" if pattern[i + 1:i + 2] != "?" else None
            if opening and previous and not behind and _atom(pattern, i + len(opening))[1]:
                out.append(r"\s*")
            groups.append((pattern.startswith(("(?<=", "(?<!"), i), None if opening else previous))
            atom = opening or atom
            previous = False
        elif atom == ")":
            if groups:
                _, before = groups.pop()
                if before is None and previous and pattern[i + 1:i + 2] == "?" and _starts_chinese(pattern, i + 2):
                    out.append(r"\s*")  # inside an optional group, so that a match never starts with a space
                    previous = False
                elif before is not None:
                    previous = before  # a lookaround reads no text
        elif atom == "?":
            pass  # an optional atom or group: what follows may still join it
        else:
            if chinese and previous and not behind:
                out.append(r"\s*")
            previous = chinese
        out.append(atom)
        i += len(atom)
    return "".join(out)


def _starts_chinese(pattern: str, i: int) -> bool:
    """Whether the regex from `i` on starts with a Chinese atom (or a group that does)."""
    if i >= len(pattern):
        return False
    opening = 3 if pattern.startswith("(?:", i) else 1 if pattern[i] == "(" and pattern[i + 1:i + 2] != "?" else 0
    return i + opening < len(pattern) and _atom(pattern, i + opening)[1]


def _atom(pattern: str, i: int) -> tuple[str, bool]:
    """The regex atom at `i` (an escape, a character class, one character) and whether it is Chinese."""
    if pattern[i] == "\\":
        return pattern[i:i + 2], False
    if pattern[i] == "[":
        end = i + 1 + (pattern[i + 1:i + 2] == "]")
        while pattern[end] != "]":
            end += 2 if pattern[end] == "\\" else 1
        atom = pattern[i:end + 1]
        return atom, _cjk_char(atom[1])
    return pattern[i], _cjk_char(pattern[i])

# --- Before 2019 -------------------------------------------------------------------------
# The national table's rows, in the table's own order; outcome rows are told apart by position.
PRE2019_ROWS = [(code, spaced(label)) for code, label in [
    ("pro_total", r"主动公开政府信息(?:总)?数"),
    ("pro_normative", r"主动公开规范性文件(?:数|条数)"),
    ("normative_issued", r"制发规范性文件(?:总)?数"),
    ("pro_gazette", r"政府公报公开政府信息(?:数|条数)"),
    ("pro_website", r"政府网站公开政府信息(?:数|条数)"),
    ("pro_weibo", r"政务微博公开政府信息(?:数|条数)"),
    ("pro_wechat", r"政务微信公开政府信息(?:数|条数)"),
    ("pro_other", r"其他方式公开政府信息(?:数|条数)"),
    ("resp_hotspots", r"回应公众关注热点或重大舆情数"),
    ("resp_press_conf", r"(?:参加或)?举办新闻发布会(?:总)?次数"),
    ("resp_press_conf_head", r"主要负责同志参加新闻发布会次数"),
    ("resp_interviews", r"政府网站在线访谈次数"),
    ("resp_interviews_head", r"主要负责同志参加政府网站在线访谈次数"),
    ("resp_policy_readings", r"政策解读稿件发布数"),
    ("resp_weibo_wechat", r"微博微信回应事件数"),
    ("resp_other", r"其他方式回应事件数"),
    ("app_received", r"收到(?:政府信息公开)?申请(?:总)?数"),
    ("app_in_person", r"当面申请数"),
    ("app_fax", r"传真申请数"),
    ("app_online", r"网络申请数"),
    ("app_letter", r"信函申请数"),
    ("app_completed", r"申请办结数"),
    ("app_completed_on_time", r"按时办结数"),
    ("app_completed_extended", r"延期办结数"),
    ("reply_total", r"申请答复数"),
    ("reply_already_public", r"属于已主动公开范围数"),
    ("reply_granted", r"同意公开答复数"),
    ("reply_partial", r"同意部分公开答复数"),
    ("reply_denied", r"不同意公开答复数"),
    ("reply_denied_state_secret", r"涉及国家秘密"),
    ("reply_denied_commercial_secret", r"涉及商业秘密"),
    ("reply_denied_privacy", r"涉及个人隐私"),
    ("reply_denied_security", r"危及国家安全[^|\n\d]{0,20}稳定"),
    ("reply_denied_not_gov_info", r"不是《?条例》?所指政府信息"),
    ("reply_denied_other_law", r"法律法规规定的其他情形"),
    ("reply_not_this_body", r"不属于本(?:行政)?机关公开数"),
    ("reply_not_exist", r"申请信息不存在数"),
    ("reply_amend", r"告知作出更改补充数"),
    ("reply_other_channel", r"告知通过其他途径办理数"),
    ("review_total", r"行政复议(?:数量|案件数|数)"),
    ("review_upheld", r"维[持护]具体行政行为数"),
    ("review_corrected", r"被依法纠错数"),
    ("review_other", r"其他情形数"),
    ("lawsuit_total", r"行政诉讼(?:数量|案件数|数)"),
    ("lawsuit_upheld", r"维[持护]具体行政行为或者?驳回原告诉讼请求数"),
    ("lawsuit_corrected", r"被依法纠错数"),
    ("lawsuit_other", r"其他情形数"),
    ("complaints", r"举报投诉数量?"),
    ("fees", r"依申请公开信息收取的费用"),
    ("offices", r"政府信息公开工作专门机构数"),
    ("reading_rooms", r"(?:设置)?政府信息公开查阅点数"),
    ("staff_total", r"从事政府信息公开工作人员数"),
    ("staff_full_time", r"专职人员数"),
    ("staff_part_time", r"兼职人员数"),
    ("budget", r"政府信息公开专项经费"),
    ("meetings", r"(?:召开)?政府信息公开工作会议或专题会议数"),
    ("trainings", r"举办各类培训班数"),
    ("trainees", r"接受培训人员数"),
]]

# The provincial (福建/福州) variant of the early table: 指标名称 / 计量单位 / 本年度 (/ 历年累计).
# Rows with no national item have items of their own (app_email, app_letter_fax, ...): every
# printed row gives a fact, and the channel and reply sums can be checked.
PRE2019_VARIANT_ROWS = [(code, spaced(label)) for code, label in [
    ("pro_total", r"主动公开(?:政府)?(?:信息|文件)(?:总)?数"),
    ("pro_website", r"(?:政府)?网站公开(?:数)?"),
    ("pro_gazette", r"(?:政府)?公报公开(?:数)?"),
    ("app_received", r"受理(?:依申请公开信息|政府信息依申请公开|政府信息公开申请)总数"),
    ("app_in_person", r"当面申请数"),
    ("app_fax", r"(?<!信函、)(?<!信函,)(?<!信函，)传真申请数"),
    ("app_email", r"电子邮件申请数"),
    ("app_online", r"网[上站络]申请数"),
    ("app_letter", r"信函申请数"),
    ("app_letter_fax", r"信函[、,，]传真申请数"),
    ("app_other_form", r"其[他它]形式申请数"),
    ("reply_total", r"对申请的答复(?:总)?数"),
    ("reply_granted", r"同意公开答复数"),
    ("reply_partial", r"同意部分公开答复数"),
    ("reply_denied", r"(?:否决|不予)公开答复(?:总)?数"),
    ("reply_other_type", r"其他类型答复数"),
    ("fee_waiver", r"政府信息公开收费减免金额"),
    ("complaints", r"(?:接受)?行政(?:申诉|诉讼)[、,，]举报数|行政申诉数"),
    ("review_total", r"行政复议数"),
    ("lawsuit_total", r"行政诉讼数"),
]]
# Identities of the provincial variant, per column (this year's, 历年累计): the channels and the reply
# kinds add up to their totals; the proactive channels are parts of their total only (their sum may fall short).
PRE2019_VARIANT_CHANNELS = ("app_in_person", "app_fax", "app_email", "app_online", "app_web", "app_letter",
                            "app_letter_fax", "app_other_form")
PRE2019_VARIANT_SUMS = {"app_received": PRE2019_VARIANT_CHANNELS,
                        "reply_total": ("reply_granted", "reply_partial", "reply_denied", "reply_other_type")}
PRE2019_VARIANT_PARTS = {"pro_total": ("pro_website", "pro_gazette")}
PRE2019_VARIANT_ONLY = ("app_email", "app_web", "app_letter_fax", "app_other_form", "reply_other_type")

# --- 2019 and 2021: the applicant matrix -------------------------------------------------
_SPACE = r"\s*"


def _matrix_row(code: str, numbering: str, core: str) -> tuple[str, str]:
    """A row label regex: its own numbering (never a bare digit, which may be the last cell), then its words."""
    return code, spaced(rf"(?:{numbering}{_SPACE})?{core}(?:[^0-9\n|]{{0,40}}?[)）])?(?:数量|情况)?")


# 2019 on: the grounds of the outcome groups 不予公开, 无法提供 and 不予处理, in the matrix's order: each ground's item,
# its row's number and name in the matrix, and the shorter words prose may give it (read after its group's total:
# gidata/vocabulary/prose.py)
GROUNDS = (
    ("out_denied_state_secret", 1, r"属于国家秘密", r"国家秘密"),
    ("out_denied_prohibited", 2, r"其他法律[^0-9|]{0,8}公开", r"法律(?:、)?(?:行政)?法规禁止公开"),
    ("out_denied_security", 3, r"危及[^0-9|]{0,8}稳定[”\"]?", r"危及[^、，,；;:：）)\d]{0,12}?稳定[”\"」]?"),
    ("out_denied_third_party", 4, r"保护第三方合法权益", r"第三方(?:合法)?(?:权益|利益)"),
    ("out_denied_internal", 5, r"属于三类内部事务信息", r"内部事务(?:信息)?"),
    ("out_denied_process", 6, r"属于四类过程性信息", r"过程性信息"),
    ("out_denied_enforcement", 7, r"属于行政执法案卷", r"(?:行政)?执法案卷(?:信息)?"),
    ("out_denied_inquiry", 8, r"属于行政查询事项", r"行政查询事项"),
    ("out_unable_not_held", 1, r"本机关不掌握相关政府信息", r"(?:本机关)?不掌握(?:相关)?(?:的)?(?:政府)?信息"),
    ("out_unable_needs_creation", 2, r"没有现成信息需要另行制作",
     r"(?:需要?)?另行(?:制作|加工)(?:或者?(?:加工|制作))?"),
    ("out_unable_unclear", 3, r"补正后申请内容仍不明确", r"(?:申请)?内容(?:仍)?不明确"),
    ("out_unprocessed_petition", 1, r"信访举报投诉类申请", r"信访(?:、)?举报(?:、)?投诉(?:类)?(?:申请)?"),
    ("out_unprocessed_repeat", 2, r"重复申请", r"(?<!反复)重复申请"),
    ("out_unprocessed_publication", 3, r"要求提供公开出版物", r"(?:要求)?提供公开出版物"),
    ("out_unprocessed_mass", 4, r"无正当理由大量反复申请", r"大量(?:、)?反复申请"),
    ("out_unprocessed_confirm", 5, r"要求行政机关确认或重新出具已获取信息",
     r"(?:确认或)?重新出具(?:已获取)?(?:的)?信息"),
)


MATRIX_ROWS = [
    _matrix_row("req_new", r"一[、.]", r"本年新收[^0-9\n|]{0,14}"),
    _matrix_row("req_carried_over", r"二[、.]", r"上一?年结转[^0-9\n|]{0,14}"),
    _matrix_row("out_granted", r"\(一\)", r"予以公开"),
    _matrix_row("out_partial", r"\(二\)", r"部分公开"),
    *(_matrix_row(item, rf"{number}[.、]", row) for item, number, row, _ in GROUNDS),
    ("out_other", spaced(r"(?:\(六\)\s*)?其他处理")),
    _matrix_row("out_other_no_correction", r"1[.、]", r"申请人无正当理由逾期不补正[^0-9|]{0,30}申请"),
    _matrix_row("out_other_no_fee", r"2[.、]", r"申请人逾期未按收费通知[^0-9|]{0,30}申请"),
    ("out_other_other", spaced(r"3[.、]\s*其他")),
    _matrix_row("out_total", r"\(七\)", r"总计"),
    _matrix_row("req_carried_forward", r"四[、.]", r"结转下年度继续办理"),
]
MATRIX_HEADERS = {code: spaced(label) for code, label in {
    "natural_person": r"自然人", "commercial": r"商业\s*企\s*业", "research": r"科研\s*机\s*构",
    "ngo": r"社会\s*公益\s*组\s*织", "legal_services": r"法律\s*服务\s*机\s*构",
    "other_org": r"其\s*他(?!处理)", "total": r"总\s*计",
}.items()}

# --- 2019 and 2021: the article 20 table (rows × measures; a cell's code is row_measure) --
ARTICLE20_ROWS = [(code, spaced(label)) for code, label in [
    ("rules", r"规章"),
    ("normative", r"(?:行政)?规范性文件"),
    ("licensing", r"行政许可"),
    ("other_services", r"其他对外管理服务事项"),
    ("penalty", r"行政处罚"),
    ("coercion", r"行政强制"),
    ("fee", r"行政事业性收费"),
    ("procurement", r"政府集中采购"),
]]
ARTICLE20_MEASURES = [(code, spaced(label)) for code, label in [
    ("made", r"本年新?制作数量"), ("published", r"本年新公开数量"), ("public_total", r"对外公开总数量"),
    ("issued", r"本年制发件数"), ("repealed", r"本年废[止纸]件数"), ("in_force", r"现行有效件数"),
    ("items_prev", r"上一年项目数量"), ("items_change", r"本年增\s*/?\s*减"),
    ("decisions", r"(?:本年)?处理决定数量"), ("fee_amount", r"本年收费金额"),
    ("proc_items", r"采购项目数量"), ("proc_amount", r"采购总金额"),
]]
ARTICLE20_CODES = {
    ("normative", "issued"): "normative_issued_2021", ("fee", "fee_amount"): "fee_amount",
    ("procurement", "proc_items"): "procurement_items", ("procurement", "proc_amount"): "procurement_amount",
}

# --- 2019 and 2021: review and litigation (three kinds × five outcomes) ------------------
CHALLENGE_KINDS = ("review", "suit_direct", "suit_after_review")
CHALLENGE_OUTCOMES = ("upheld", "corrected", "other", "pending", "total")
CHALLENGE_COLUMNS = [f"{kind}_{outcome}" for kind in CHALLENGE_KINDS for outcome in CHALLENGE_OUTCOMES]
CHALLENGE_OUTCOME_LABEL = spaced(r"结果维持|结果纠正|其他结果|尚未\s*(审结|结案)|总计")
CHALLENGE_KIND_HEADINGS = tuple(spaced(h) for h in (r"行政复议", r"未经复议直接起诉|直接起诉", r"复议后起诉"))
