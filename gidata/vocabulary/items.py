"""The item vocabulary: one stable code per statistic, with its labels, regime and unit."""

from __future__ import annotations

from dataclasses import dataclass

PRE2019, Y2019, Y2021 = "pre2019", "2019", "2021"
REGIMES = (PRE2019, Y2019, Y2021)
ALL_REGIMES = REGIMES

APPLICANT_TYPES = (
    "natural_person", "commercial", "research", "ngo", "legal_services", "other_org", "total",
)
APPLICANT_LABELS = {
    "natural_person": ("自然人", "natural persons"),
    "commercial": ("商业企业", "commercial enterprises"),
    "research": ("科研机构", "research institutions"),
    "ngo": ("社会公益组织", "public-interest organisations"),
    "legal_services": ("法律服务机构", "legal service institutions"),
    "other_org": ("其他", "other organisations"),
    "total": ("总计", "all applicants"),
}


@dataclass(frozen=True)
class Item:
    """One statistic a report can give: a table row (or cell) or a figure from prose."""

    code: str
    label_zh: str
    label_en: str
    unit: str
    regimes: tuple[str, ...]
    section: str
    parent: str | None = None
    by_applicant: bool = False


def _items(section, regimes, unit, rows, by_applicant=False):
    return [
        Item(code, zh, en, row_unit or unit, regimes, section, parent, by_applicant)
        for code, zh, en, parent, row_unit in rows
    ]


_P = (PRE2019,)
_N = (Y2019, Y2021)

# --- Before 2019: the national statistical table (and the same concepts in prose) ---------
PROACTIVE = _items("proactive", _P, "条", [
    ("pro_total", "主动公开政府信息数", "government information disclosed proactively", None, None),
    ("pro_normative", "其中:主动公开规范性文件数", "of which normative documents disclosed", "pro_total", None),
    ("normative_issued", "制发规范性文件总数", "normative documents issued",
     None, "件"),
    ("pro_gazette", "政府公报公开政府信息数", "disclosed through the government gazette", None, None),
    ("pro_website", "政府网站公开政府信息数", "disclosed on government websites", None, None),
    ("pro_weibo", "政务微博公开政府信息数", "disclosed on government microblogs", None, None),
    ("pro_wechat", "政务微信公开政府信息数", "disclosed on government WeChat accounts", None, None),
    ("pro_other", "其他方式公开政府信息数", "disclosed through other channels", None, None),
])
RESPONSE = _items("response", _P, "次", [
    ("resp_hotspots", "回应公众关注热点或重大舆情数",
     "responses to public concerns or major opinion events", None, None),
    ("resp_press_conf_head", "其中:主要负责同志参加新闻发布会次数",
     "of which press conferences with the head attending", "resp_press_conf", None),
    ("resp_press_conf", "参加或举办新闻发布会总次数", "press conferences held or attended", None, None),
    ("resp_interviews_head", "其中:主要负责同志参加政府网站在线访谈次数",
     "of which online interviews with the head attending", "resp_interviews", None),
    ("resp_interviews", "政府网站在线访谈次数", "online interviews on government websites", None, None),
    ("resp_policy_readings", "政策解读稿件发布数", "policy interpretation articles",
     None, "篇"),
    ("resp_weibo_wechat", "微博微信回应事件数", "events responded to on microblog or WeChat", None, None),
    ("resp_other", "其他方式回应事件数", "events responded to in other ways",
     None, None),
])
APPLICATIONS = _items("applications", _P, "件", [
    ("app_received", "收到申请数", "applications received", None, None),
    ("app_in_person", "当面申请数", "applications in person", "app_received", None),
    ("app_fax", "传真申请数", "applications by fax", "app_received", None),
    ("app_online", "网络申请数", "applications online", "app_received", None),
    ("app_letter", "信函申请数", "applications by letter", "app_received", None),
    ("app_completed", "申请办结数", "applications completed", None, None),
    ("app_completed_on_time", "按时办结数", "completed on time", "app_completed", None),
    ("app_completed_extended", "延期办结数", "completed after extension", "app_completed", None),
    ("reply_total", "申请答复数", "replies to applications", None, None),
    ("reply_already_public", "属于已主动公开范围数", "already disclosed proactively", "reply_total", None),
    ("reply_granted", "同意公开答复数", "disclosure granted", "reply_total", None),
    ("reply_partial", "同意部分公开答复数", "partial disclosure granted", "reply_total", None),
    ("reply_denied", "不同意公开答复数", "disclosure denied", "reply_total", None),
    ("reply_denied_state_secret", "涉及国家秘密", "denied: state secret", "reply_denied", None),
    ("reply_denied_commercial_secret", "涉及商业秘密", "denied: commercial secret", "reply_denied", None),
    ("reply_denied_privacy", "涉及个人隐私", "denied: personal privacy", "reply_denied", None),
    ("reply_denied_security", "危及国家安全、公共安全、经济安全和社会稳定",
     "denied: endangers security or stability", "reply_denied", None),
    ("reply_denied_not_gov_info", "不是《条例》所指政府信息",
     "denied: not government information under the OGI", "reply_denied", None),
    ("reply_denied_other_law", "法律法规规定的其他情形", "denied: other grounds in law", "reply_denied", None),
    ("reply_not_this_body", "不属于本行政机关公开数", "not held by this body", "reply_total", None),
    ("reply_not_exist", "申请信息不存在数", "information does not exist", "reply_total", None),
    ("reply_amend", "告知作出更改补充数", "applicant told to amend the application", "reply_total", None),
    ("reply_other_channel", "告知通过其他途径办理数", "applicant told to use another channel", "reply_total", None),
])
# Rows of the provincial (福建/福州) variant with no national item: items of their own, so that
# every printed row gives a fact. 网上申请数 printed beside 电子邮件申请数 is only part of the
# national 网络申请数 (e-mail + web), so it is app_web there, not app_online.
VARIANT_ONLY = _items("applications", _P, "件", [
    ("app_email", "电子邮件申请数", "applications by e-mail (provincial table)", "app_received", None),
    ("app_web", "网上申请数", "applications on the web, beside e-mail (provincial table)", "app_received", None),
    ("app_letter_fax", "信函、传真申请数", "applications by letter or fax (provincial table)", "app_received", None),
    ("app_other_form", "其他形式申请数", "applications in other forms (provincial table)", "app_received", None),
    ("reply_other_type", "其他类型答复数", "replies of other kinds (provincial table)", "reply_total", None),
    ("fee_waiver", "政府信息公开收费减免金额", "disclosure fees waived (provincial table)", None, "元"),
])
CHALLENGES_PRE = _items("challenges", _P, "件", [
    ("complaints", "举报投诉数量", "complaints and reports", None, None),
    ("fees", "依申请公开信息收取的费用", "fees charged for disclosure on request", None, "万元"),
])
# Outcomes of review and lawsuits share their label; the table section says which.
LAWSUIT_OUTCOMES_PRE = _items("lawsuit", _P, "件", [
    ("lawsuit_total", "行政诉讼数量", "administrative lawsuits", None, None),
    ("lawsuit_upheld", "维持具体行政行为或者驳回原告诉讼请求数",
     "lawsuit: decision upheld or claim dismissed", "lawsuit_total", None),
    ("lawsuit_corrected", "被依法纠错数", "lawsuit: decision corrected", "lawsuit_total", None),
    ("lawsuit_other", "其他情形数", "lawsuit: other outcome", "lawsuit_total", None),
])
CAPACITY = _items("capacity", _P, "人", [
    ("offices", "政府信息公开工作专门机构数", "dedicated disclosure offices", None, "个"),
    ("reading_rooms", "设置政府信息公开查阅点数", "public reading points", None, "个"),
    ("staff_full_time", "专职人员数", "full-time staff", "staff_total", None),
    ("staff_part_time", "兼职人员数", "part-time staff", "staff_total", None),
    ("staff_total", "从事政府信息公开工作人员数", "staff working on disclosure", None, None),
    ("budget", "政府信息公开专项经费", "special disclosure budget", None, "万元"),
    ("meetings", "召开政府信息公开工作会议或专题会议数", "disclosure meetings held", None, "次"),
    ("trainings", "举办各类培训班数", "training sessions held", None, "次"),
    ("trainees", "接受培训人员数", "people trained", None, "人次"),
])

# --- 2019 and 2021: the article 20 table -------------------------------------------------
ARTICLE20_2019 = _items("article20", (Y2019,), "件", [
    ("rules_made", "规章 本年新制作数量", "rules newly made", None, None),
    ("rules_published", "规章 本年新公开数量", "rules newly published", None, None),
    ("rules_public_total", "规章 对外公开总数量", "rules publicly available", None, None),
    ("normative_made", "规范性文件 本年新制作数量", "normative documents newly made", None, None),
    ("normative_published", "规范性文件 本年新公开数量", "normative documents newly published", None, None),
    ("normative_public_total", "规范性文件 对外公开总数量", "normative documents publicly available", None, None),
    ("licensing_items_prev", "行政许可 上一年项目数量", "licensing: items last year", None, "项"),
    ("licensing_items_change", "行政许可 本年增/减", "licensing: change in items", None, "项"),
    ("other_services_items_prev", "其他对外管理服务事项 上一年项目数量", "other services: items last year", None, "项"),
    ("other_services_items_change", "其他对外管理服务事项 本年增/减", "other services: change in items", None, "项"),
    ("other_services_decisions", "其他对外管理服务事项 处理决定数量", "other services: decisions", None, None),
    ("penalty_items_prev", "行政处罚 上一年项目数量", "penalties: items last year", None, "项"),
    ("penalty_items_change", "行政处罚 本年增/减", "penalties: change in items", None, "项"),
    ("coercion_items_prev", "行政强制 上一年项目数量", "coercive measures: items last year", None, "项"),
    ("coercion_items_change", "行政强制 本年增/减", "coercive measures: change in items", None, "项"),
    ("fee_items_prev", "行政事业性收费 上一年项目数量", "administrative fees: items last year", None, "项"),
    ("fee_items_change", "行政事业性收费 本年增/减", "administrative fees: change in items", None, "项"),
    ("procurement_items", "政府集中采购 采购项目数量", "central procurement: projects", None, "项"),
    ("procurement_amount", "政府集中采购 采购总金额", "central procurement: amount", None, "万元"),
])
ARTICLE20_BOTH = _items("article20", _N, "件", [
    ("licensing_decisions", "行政许可 处理决定数量", "licensing decisions", None, None),
    ("penalty_decisions", "行政处罚 处理决定数量", "penalty decisions", None, None),
    ("coercion_decisions", "行政强制 处理决定数量", "coercive-measure decisions", None, None),
])
ARTICLE20_2021 = _items("article20", (Y2021,), "件", [
    ("rules_issued", "规章 本年制发件数", "rules issued this year", None, None),
    ("rules_repealed", "规章 本年废止件数", "rules repealed this year", None, None),
    ("rules_in_force", "规章 现行有效件数", "rules in force", None, None),
    ("normative_issued_2021", "行政规范性文件 本年制发件数", "normative documents issued this year", None, None),
    ("normative_repealed", "行政规范性文件 本年废止件数", "normative documents repealed this year", None, None),
    ("normative_in_force", "行政规范性文件 现行有效件数", "normative documents in force", None, None),
    ("fee_amount", "行政事业性收费 本年收费金额", "administrative fees collected", None, "万元"),
])

# --- 2019 and 2021: the applicant matrix (rows; columns are applicant types) -----------
_DENIED = "out_denied"
_UNABLE = "out_unable"
_UNPROC = "out_unprocessed"
MATRIX = _items("matrix", _N, "件", [
    ("req_new", "本年新收政府信息公开申请数量", "new applications this year", None, None),
    ("req_carried_over", "上年结转政府信息公开申请数量", "applications carried over from last year", None, None),
    ("out_granted", "予以公开", "disclosed", "out_total", None),
    ("out_partial", "部分公开", "partly disclosed", "out_total", None),
    ("out_denied_state_secret", "属于国家秘密", "not disclosed: state secret", _DENIED, None),
    ("out_denied_prohibited", "其他法律行政法规禁止公开", "not disclosed: prohibited by other law", _DENIED, None),
    ("out_denied_security", "危及“三安全一稳定”",
     "not disclosed: endangers the three securities and stability", _DENIED, None),
    ("out_denied_third_party", "保护第三方合法权益", "not disclosed: third-party rights", _DENIED, None),
    ("out_denied_internal", "属于三类内部事务信息", "not disclosed: internal affairs", _DENIED, None),
    ("out_denied_process", "属于四类过程性信息", "not disclosed: process information", _DENIED, None),
    ("out_denied_enforcement", "属于行政执法案卷", "not disclosed: enforcement files", _DENIED, None),
    ("out_denied_inquiry", "属于行政查询事项", "not disclosed: administrative inquiry matter", _DENIED, None),
    ("out_unable_not_held", "本机关不掌握相关政府信息", "unable: information not held", _UNABLE, None),
    ("out_unable_needs_creation", "没有现成信息需要另行制作", "unable: would need to be created", _UNABLE, None),
    ("out_unable_unclear", "补正后申请内容仍不明确", "unable: request still unclear after correction", _UNABLE, None),
    ("out_unprocessed_petition", "信访举报投诉类申请", "not processed: petitions and complaints", _UNPROC, None),
    ("out_unprocessed_repeat", "重复申请", "not processed: repeated application", _UNPROC, None),
    ("out_unprocessed_publication", "要求提供公开出版物", "not processed: asks for publications", _UNPROC, None),
    ("out_unprocessed_mass", "无正当理由大量反复申请", "not processed: mass repeated applications", _UNPROC, None),
    ("out_unprocessed_confirm", "要求行政机关确认或重新出具已获取信息",
     "not processed: asks to confirm or reissue information", _UNPROC, None),
    ("out_other", "其他处理", "other handling", "out_total", None),
    ("out_total", "总计", "total decided", None, None),
    ("req_carried_forward", "结转下年度继续办理", "carried forward to next year", None, None),
], by_applicant=True)
MATRIX_2021 = _items("matrix", (Y2021,), "件", [
    ("out_other_no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "other: applicant did not correct in time", "out_other", None),
    ("out_other_no_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     "other: applicant did not pay the fee in time", "out_other", None),
    ("out_other_other", "其他", "other: other", "out_other", None),
], by_applicant=True)

# The outcome groups' own totals, which the tables leave to be summed but the prose often states
# (其中不予公开3件、无法提供5件): facts only, not columns of the wide tables.
MATRIX_GROUPS = _items("matrix_groups", _N, "件", [
    (_DENIED, "不予公开", "not disclosed (all grounds)", "out_total", None),
    (_UNABLE, "无法提供", "unable to provide (all grounds)", "out_total", None),
    (_UNPROC, "不予处理", "not processed (all grounds)", "out_total", None),
], by_applicant=True)

# --- 2019 and 2021: review and litigation (15 columns) ---------------------------------
_OUTCOMES = [
    ("upheld", "结果维持", "upheld"), ("corrected", "结果纠正", "corrected"),
    ("other", "其他结果", "other outcome"), ("pending", "尚未审结", "pending"), ("total", "总计", "total"),
]
_CHALLENGE_KINDS = [
    ("review", "行政复议", "administrative review"),
    ("suit_direct", "行政诉讼 未经复议直接起诉", "lawsuit without prior review"),
    ("suit_after_review", "行政诉讼 复议后起诉", "lawsuit after review"),
]


def _challenge_item(kind, kzh, ken, outcome, ozh, oen):
    # Review outcomes mean the same before and after 2019, so they share codes across regimes.
    shared = kind == "review" and outcome != "pending"
    return Item(
        f"{kind}_{outcome}", f"{kzh} {ozh}", f"{ken}: {oen}", "件", ALL_REGIMES if shared else _N,
        "review" if kind == "review" else "challenges",
        None if outcome == "total" else f"{kind}_total",
    )


CHALLENGES_NEW = [
    _challenge_item(kind, kzh, ken, outcome, ozh, oen)
    for kind, kzh, ken in _CHALLENGE_KINDS for outcome, ozh, oen in _OUTCOMES
]

# --- Any regime: a figure the prose counts that no item above names ---------------------------
PROSE_OTHER = [Item("prose_other", "正文中的其他计数", "other figure counted in the prose: what was counted is its "
                    "row_label (the phrase of the report), its unit the one printed", "(as printed)", ALL_REGIMES,
                    "prose")]

ITEMS: tuple[Item, ...] = tuple(
    PROACTIVE + RESPONSE + APPLICATIONS + VARIANT_ONLY + CHALLENGES_PRE + LAWSUIT_OUTCOMES_PRE + CAPACITY
    + ARTICLE20_2019 + ARTICLE20_BOTH + ARTICLE20_2021 + MATRIX + MATRIX_2021 + MATRIX_GROUPS + CHALLENGES_NEW
    + PROSE_OTHER
)
ITEM_BY_CODE = {item.code: item for item in ITEMS}


def items_for(regime: str, section: str | None = None) -> list[Item]:
    """The items a report of this regime can give, optionally of one section."""
    return [i for i in ITEMS if regime in i.regimes and (section is None or i.section == section)]
