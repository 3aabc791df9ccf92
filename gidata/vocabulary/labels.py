"""The lexicon of known items a label or a clause of the prose names by its words (issue 13).

A figure no pattern of `prose.PATTERNS` read becomes `prose_other`, its label the phrase that says what
was counted (`已在规定期限内答复` 1件). Where the label names one item of `LABELS` (its words, one of its
units, its sentence's words) and nothing of the item's `unless` nor of `NOT_BY_LABEL`, the figure is that
item's (method prose_label). A clause that says none (`NEGATION`: 当面、传真、网络渠道均未收到申请) and
names items of `LABELS` by the same words, with no number of its own, gives each a zero.
"""

from __future__ import annotations

from gidata import lazyre as re  # (patterns compiled on first use)
from typing import NamedTuple

# The head's share of a total (主要负责同志出席2场) is only the head items'.
_HEAD_SHARE = re.compile(r"主要(?:负责|领导)")


class Label(NamedTuple):
    """The words a label (or a clause) must have to name an item, the units its figure may have, the words
    its sentence must hold (None: any sentence) and the words of a label or clause that rule the item out;
    `whole_lead`: looked for in all of the sentence before the figure (a kind named once for its measures:
    上年规范性文件方面，制发5件); `counted_with`: the words of another item a figure may be counted with (信函、
    传真申请2件: neither's; a none of both is each's); `of_kind`: the article 20 table's kind a clause's measure is
    of, named in the clause or in the sentence before it (`ARTICLE20_KINDS`); `group`: the words of the outcome group a
    ground is of (2019 on), which its whole sentence (to its full stop) must name."""

    item: str
    words: re.Pattern
    units: frozenset[str]
    sentence: re.Pattern | None = None
    unless: re.Pattern | None = _HEAD_SHARE
    whole_lead: bool = False
    counted_with: re.Pattern | None = None
    of_kind: re.Pattern | None = None
    group: re.Pattern | None = None


# Trainings of another field than disclosure (校长任职资格培训, 辅导员骨干培训等教育业务培训班; not 业务培训 alone), or
# of another profession (导游员业务培训3期, 共培训导游260人次)
_PROFESSIONS = r"(?:导游|教师|校长|园长|医师|医生|护士|律师|讲解员|作业人员|财务人员)"
OTHER_FIELDS_TRAINING = (rf"(?:任职|资格|骨干|岗位|技能|专业|安全生产|消防|应急)培训|{_PROFESSIONS}(?:员)?(?:业务)?培训"
                         rf"|培训[^，,。；;\d]{{0,4}}?{_PROFESSIONS}"  # (培训企业作业人员280人次)
                         rf"|{_PROFESSIONS}[^，,。；;\d]{{0,20}}?培训班"  # (中小学校长、幼儿园园长…等各类培训班)
                         r"|(?:税收|税务|财会|执法)业务")  # (围绕营改增等税收业务，举办…培训班六期)

# ... the sentence of a training or trainees counted by label (not 开展消防培训3期，培训人员200人次)
_NO_OTHER_FIELDS_TRAINING = re.compile(rf"^(?![\s\S]*(?:{OTHER_FIELDS_TRAINING}))")


def _unless(words: str) -> re.Pattern:
    """Words that rule an item out, with the head's share."""
    return re.compile(f"{words}|{_HEAD_SHARE.pattern}")


_PIECES = frozenset("条件篇")
_TIMES = frozenset("次场期")
_CASES = frozenset("件")
_CASES_OR_PIECES = frozenset("件条")
_EVENTS = frozenset("次起件条")
_PEOPLE = frozenset(["人", "名", "人次"])
# The verbs of taking part in an event (出席省政府新闻发布会).
_TOOK_PART = r"(?:召开|举办|举行|组织|出席|参加|参与)"
# The answered requests: a statement of the replies alone (已在规定期限内答复), nothing else in the label.
_IN_TIME = r"(?:在(?:规定|法定)(?:的)?(?:期限|时限)内|按时|依法|及时)"
# ... said with the body as its subject (我区已在规定期限内答复)
_THE_BODY = r"(?:我(?:区|市|县|局|厅|委|办|镇|乡|省)|本(?:机关|单位|部门|局|厅|委))"
# ... the requests a reply was made to (对上述申请, 申请均已…)
_TO_THE_REQUESTS = r"(?:对(?:上述|以上|这些|所有|全部)?(?:的)?(?:政府信息公开)?申请|(?:上述|这些)?申请)"
# The head of the body took part in some of the events its sentence counts (厅主要负责同志出席2场): the label
# names no event of its own (主要负责同志出席省政府新闻发布会 is not the share of a total).
_HEAD_TOOK_PART = re.compile(r"^[^，,。；;]{0,6}主要(?:负责)?(?:同志|人|领导)(?:均)?(?:出席|参加|参与)(?:了)?$")
# A sentence of requests for disclosure (channels of requests are named in it), not of the fees charged
# for them (邮寄等费用).
REQUESTS = re.compile(r"申请(?!人)")
_NOT_A_CHANNEL = r"费"
# The words of each channel of requests (also `prose`'s: none by a channel is not none at all)
CHANNEL_WORDS = {"app_in_person": r"当面", "app_fax": r"传真",
                 "app_online": r"网络|网上|互联网|在线|网站(?=申请|提交|提出)",
                 "app_letter": r"信函|邮寄|来信", "app_email": r"电子邮件|电子邮箱|电邮",
                 "app_other_form": r"其他(?:形式|方式|渠道)"}


def _other_channels(item: str) -> re.Pattern:
    """The words of the channels of requests other than the item's: a figure of several is none's."""
    return re.compile("|".join(words for other, words in CHANNEL_WORDS.items() if other != item))


def _channel(item: str, unless: str = "") -> Label:
    """A channel of requests, named in a sentence of requests, not of their fees; counted in 件 or 条 (当面提出的18条，
    通过电子邮件提出的3条), as the channels' patterns read them."""
    return Label(item, re.compile(CHANNEL_WORDS[item]), _CASES_OR_PIECES, REQUESTS, _unless(unless + _NOT_A_CHANNEL),
                 counted_with=_other_channels(item))


# Rules and normative documents, told apart by the clause that names one kind only, in a sentence of the body's
# own (not 指导下属单位清理…, 清理…废止25件: a review of the documents in force) and of the year (not 2020年废止3件).
_NOT_THE_BODYS_DOCUMENTS = r"^(?![\s\S]*(?:下属|所属|指导|清理))[\s\S]*"
_RULES, _NORMATIVE = re.compile(_NOT_THE_BODYS_DOCUMENTS + "规章"), re.compile(_NOT_THE_BODYS_DOCUMENTS + "规范性文件")
DOCUMENT_KINDS = re.compile("规章|规范性文件")
# (another year's, or the body's units': 2020年废止3件, 各乡镇规范性文件方面; not 截至2022年底: the year's end)
_NOT_THE_YEARS = r"\d{4}年(?!度|底|末)|上年|去年|上一年|各(?!类|项|种)|乡镇|街道|下属|所属"
_NOT_RULES, _NOT_NORMATIVE = _unless(rf"规范性文件|{_NOT_THE_YEARS}"), _unless(rf"规章|{_NOT_THE_YEARS}")
NOT_THE_YEARS = re.compile(_NOT_THE_YEARS)
_ISSUED, _REPEALED, _IN_FORCE = r"制发|新制定|出台", r"废止", r"现行有效"
_RESPONDED = r"[^，,。；;]*回应"
# A decision challenged or undone (因行政处罚决定引起的复议, 处罚决定被撤销), not a count of the decisions made;
# nor another year's or the units' decisions
_NOT_DECISIONS = rf"复议|诉讼|撤销|纠错|纠正|引起|涉及|不服|申诉|举报|公开|{_NOT_THE_YEARS}"
# The lawsuits of the 2019 and 2021 formats by their kind: their none, not a none of one outcome (未被纠正)
TO_COURT = r"(?:向[^，,。；;\n\d]{0,10}?)?"  # (直接向人民法院起诉)
_NOT_A_SUIT_COUNT = _unless(r"纠错|纠正|败诉|撤销|确认违法|被改变|维持|驳回|审结|结果")
_A_REASON = _unless(r"因|由于|涉及|属于|危及|保护|不掌握|没有现成|不明确|重复|信访|出版物")
_CENTRAL_PROCUREMENT = re.compile(r"集中采购")
# The article 20 table (2019) retold in prose, its zeros told jointly over kinds and columns
# (其他对外管理服务事项的上一年项目数量、本年增减和处理决定数量均为0; 行政处罚、行政强制两类事项的上一年项目数量均为0，
# 本年增/减量均为0): a column's kind is named in its clause, or else in the nearest clause of its sentence before it
# that names one
ARTICLE20_KINDS = {"licensing": r"行政许可", "other_services": r"其他对外管理服务", "penalty": r"行政处罚",
                   "coercion": r"行政强制", "fee": r"行政事业性收费", "rules": r"规章", "normative": r"规范性文件"}
ANY_ARTICLE20_KIND = re.compile("|".join(ARTICLE20_KINDS.values()))
# ... the columns' names, which are no comparison with last year (上一年项目数量)
# (上一年项目数量; 上一年收费项目为零; 上一年没有此类项目)
ARTICLE20_COLUMNS = re.compile(r"上一?年度?(?:的)?(?:(?:项目|事项)数|数量|[^，,。；;\d]{0,4}?项目)")
_ARTICLE20_MEASURES = {
    "items_prev": ARTICLE20_COLUMNS.pattern,
    "items_change": r"本年度?(?:的)?(?:项目|事项)?(?:数量)?(?:也|亦)?(?:(?:无|没有|未)?(?:作|做)?增(?:/|、|和)?减"
                    r"|未增未减|无增无减|(?:无|没有)变化|(?:无|没有|未)增加(?:或|也(?:未|没有))?减少|数量不变)",
    "decisions": r"处理决定",
    "made": r"制作",
    # (新公开, 未公开, 制作、公开: not 不予公开, 对外公开的总数)
    "published": r"(?:新|(?<=未)|(?<=无)|(?<=没有)|(?<=[、和及与]))公开(?!的?(?:规章|(?:行政)?规范性文件)?总)",
    "public_total": r"公开(?:的)?(?:规章|(?:行政)?规范性文件)?总数"}
_ARTICLE20_COLUMNS = {kind: (("made", "published", "public_total") if kind in ("rules", "normative")
                             else ("items_prev", "items_change") if kind == "fee"
                             else ("items_prev", "items_change", "decisions")) for kind in ARTICLE20_KINDS}


def _article20_zeros() -> tuple[Label, ...]:
    """An entry for each column of each kind of the article 20 table, for the clauses that say none only (no units:
    a count is the patterns')."""
    return tuple(Label(f"{kind}_{measure}", re.compile(_ARTICLE20_MEASURES[measure]), frozenset(),
                       of_kind=re.compile(ARTICLE20_KINDS[kind]))
                 for kind, measures in _ARTICLE20_COLUMNS.items() for measure in measures)


# ... and their counts under a kind named before them in the sentence (行政许可：上一年项目数量为396项，…，处理决定
# 数量为153件; 上一年行政处罚事项2648项): last year's words there name a column (`ARTICLE20_LAST_YEAR`), no comparison
ARTICLE20_LAST_YEAR = re.compile(r"(?<![较比])(?:上一?年度?|上年度?|去年)(?:的)?(?:(?:项目|事项)数|数量)?")
# ... and this year's rise or fall, the change column's (本年增加3项, 减少59项)
ARTICLE20_CHANGE = re.compile(r"(?:增加|减少)(?:了)?")
_ARTICLE20_COUNTED = {"items_prev": (ARTICLE20_LAST_YEAR.pattern, frozenset("项"), r"增|减|决定|新|本年"),
                      "items_change": (r"增减|增/减|新增|增加|减少", frozenset("项"), r"上一?年|上年|去年|决定"),
                      "decisions": (r"决定", frozenset("件项"), _NOT_DECISIONS),
                      "published": (_ARTICLE20_MEASURES["published"], frozenset("件"), rf"累计|总数|{_NOT_THE_YEARS}")}


def _article20_counts() -> tuple[Label, ...]:
    """An entry for each column with a count of each kind of the article 20 table's items, and of the documents
    published (新公开2件: their other columns are the patterns')."""
    return tuple(Label(f"{kind}_{measure}", re.compile(words), units, None, _unless(unless),
                       of_kind=re.compile(ARTICLE20_KINDS[kind]))
                 for kind, measures in _ARTICLE20_COLUMNS.items() for measure in measures
                 if measure in _ARTICLE20_COUNTED for words, units, unless in [_ARTICLE20_COUNTED[measure]])


ARTICLE20_COUNTS = _article20_counts()


# 2019 on: the grounds of the outcome groups (the matrix's rows under 不予公开, 无法提供, 不予处理 and 其他处理;
# see `tables.GROUNDS`) by their distinctive words, for a ground told in running prose by its count
# (本机关不掌握相关政府信息的2件) or as none (…行政执法案卷和行政查询事项的均为0件); each only where the group
# its whole sentence names last before it (or, none before, first after it) is its own (not
# 未发现涉及国家秘密的内容 in a sentence of the secrecy review, nor a ground in another group's list)
OUTCOME_GROUP_WORDS = re.compile(r"(?<![不分])予以公开|部分公开|不予(?:以)?公开|不公开|无法提供|不予处理|其他处理"
                                 r"|不再处理")
_DENIED, _UNABLE = re.compile(r"不予(?:以)?公开|不公开"), re.compile(r"无法提供")
_UNPROCESSED, _OTHER_PROCESSING = re.compile(r"不予处理"), re.compile(r"其他处理|不再处理")
# ... and a ground counted after its group's clause, only in a list the group opens
# (无法提供的4件中，本机关不掌握…的2件; not 无法提供3件，本机关不掌握相关政府信息3件: no part told)
GROUNDS_OPENED = re.compile(r"件中|中[，,:：]|其中|包括|具体|分别|主要|[:：]|均为|均属")
GROUND_WORDS = (
    ("out_denied_state_secret", r"国家秘密", _DENIED),
    ("out_denied_prohibited", r"法律(?:、)?(?:行政)?法规禁止公开", _DENIED),
    ("out_denied_security", r"三安全一稳定|危及[^，,；;:：）)\d]{0,20}?稳定", _DENIED),
    ("out_denied_third_party", r"第三方(?:合法)?(?:权益|利益)", _DENIED),
    ("out_denied_internal", r"内部事务", _DENIED),
    ("out_denied_process", r"过程性信息", _DENIED),
    ("out_denied_enforcement", r"执法案卷", _DENIED),
    ("out_denied_inquiry", r"行政查询", _DENIED),
    ("out_unable_not_held", r"不掌握", _UNABLE),
    ("out_unable_needs_creation", r"另行(?:制作|加工)", _UNABLE),
    ("out_unable_unclear", r"(?:内容(?:仍|仍然|依然)?|补正后[^，,；;。\d]{0,10}?)不明确", _UNABLE),
    ("out_unprocessed_petition", r"信访|举报投诉类", _UNPROCESSED),
    ("out_unprocessed_repeat", r"(?<!反复)重复(?:申请|提出)", _UNPROCESSED),
    ("out_unprocessed_publication", r"公开出版物", _UNPROCESSED),
    ("out_unprocessed_mass", r"大量(?:、)?反复", _UNPROCESSED),
    ("out_unprocessed_confirm", r"重新出具", _UNPROCESSED),
    ("out_other_no_correction", r"逾期(?:不|未)补正", _OTHER_PROCESSING),
    ("out_other_no_fee", r"逾期[^，,；;。\d]{0,10}?缴纳|未按收费通知", _OTHER_PROCESSING),
    # (the 其他处理 group's own 其他 row: 或其他原因而不再处理的, 以及其他情形)
    ("out_other_other", r"[“\"]?其他[”\"]?(?:原因|情形|情况)", _OTHER_PROCESSING),
)


# ... not a figure told beside the groups (不予公开2件，无法提供5件，另有本机关不掌握相关政府信息3件: no part of
# one), nor in a clause that says what all of a group's cases were (均为…逾期不补正…的情形未出现…: not the none)
_BESIDE_THE_GROUPS = _unless(r"另有|另外|此外|^(?:均|全部|都)(?:为|属于?|是)(?![零0])|^均?系")


def _grounds() -> tuple[Label, ...]:
    """An entry for each ground of the outcome groups, counted in cases, in a sentence that names its group."""
    return tuple(Label(item, re.compile(words), _CASES, unless=_BESIDE_THE_GROUPS, group=group)
                 for item, words, group in GROUND_WORDS)


# The outcomes of reviews and (before 2019) of lawsuits, told as none in a clause that names the kind of case
# (行政复议结果维持、结果纠正、其他结果和尚未审结的案件均为0件; 行政复议和行政诉讼中维持原行为、依法纠错及其他情形的
# 数量均为零); no units: a count is the patterns'
_OUTCOME_WORDS = (("upheld", r"维持|驳回"), ("corrected", r"纠正|纠错"), ("other", r"其他(?:结果|情形)"),
                  ("pending", r"尚未审结|未审结"))


def _challenge_outcomes(kind: str, words: str, unless: str) -> tuple[Label, ...]:
    """An entry for each outcome of a kind of challenge, for clauses that name the kind before or after it (or in
    a frame before: 上述两类诉讼中，结果纠正…) and say none (结果维持、…和尚未审结的复议案件均为0件; not `unless`: a
    lawsuit named by its review, 未经复议直接起诉的案件中没有被纠正的)."""
    return tuple(Label(f"{kind}_{outcome}", re.compile(f"{words}[^，,。；;]*(?:中[，,])?[^，,。；;]*(?:{outcome_words})"
                                                       f"|(?:{outcome_words})[^，,。；;]*{words}"), frozenset(),
                       unless=_unless(unless))
                 for outcome, outcome_words in _OUTCOME_WORDS if (kind, outcome) != ("lawsuit", "pending"))


# ... and counted, in a sentence of one kind of challenge alone (因政府信息公开引发的行政复议案件，经复议机关审理，维持
# 原行政行为10件、结果纠正1件; 其中复议机关维持原行为的1件): the patterns read outcomes after a count of all the cases
_COUNTED_OUTCOMES = (("upheld", r"维持|驳回"), ("corrected", r"^(?:结果)?(?:被)?(?:依法)?(?:判决|决定)?(?:纠正|纠错)"),
                     ("other", r"^(?:以)?其他(?:结果|方式)(?:结案)?"), ("pending", r"^(?:尚未审结|未审结|尚在审理)"))
_ONE_KIND_ALONE = {"review": r"^(?![\s\S]*(?:诉讼|起诉))[\s\S]*复议",
                   "lawsuit": r"^(?![\s\S]*复议)[\s\S]*(?:诉讼|起诉)",
                   "suit_direct": rf"^(?![\s\S]*复议后)[\s\S]*(?:未经复议|直接{TO_COURT}(?:起诉|提起))",
                   "suit_after_review": r"^(?![\s\S]*(?:直接|未经复议))[\s\S]*复议后(?:又|再)?(?:提起|起诉|被)"}


def _counted_outcomes(kind: str) -> tuple[Label, ...]:
    """An entry for each outcome of a kind of challenge counted in cases, in a sentence that names that kind alone."""
    return tuple(Label(f"{kind}_{outcome}", re.compile(words), _CASES, re.compile(_ONE_KIND_ALONE[kind]),
                       _unless(r"率|占|不服|之一"))
                 for outcome, words in _COUNTED_OUTCOMES if (kind, outcome) != ("lawsuit", "pending"))


LABELS = (
    Label("resp_press_conf", re.compile(rf"{_TOOK_PART}.*新闻发布会$"), _TIMES),
    Label("resp_press_conf_head", _HEAD_TOOK_PART, _TIMES, re.compile(r"新闻发布会"), re.compile(r"访谈")),
    Label("resp_interviews_head", _HEAD_TOOK_PART, _TIMES, re.compile(r"访谈"), re.compile(r"新闻发布会")),
    # (微博、微信回应…: the label starts after the list's stop, the sentence names both)
    # online interviews none of which were held (未开展政府网站在线访谈), not the head's share (`resp_interviews_head`)
    Label("resp_interviews", re.compile(rf"(?:{_TOOK_PART}|开展|进行)[^，,。；;]*在线访谈(?:活动|节目)?$"), _TIMES),
    Label("resp_weibo_wechat", re.compile(rf"(?:微博|微信){_RESPONDED}"), _EVENTS,
          re.compile(r"微博[、和及与]?微信|微信[、和及与]?微博")),
    Label("resp_other", re.compile(rf"其他(?:方式|渠道|途径|形式){_RESPONDED}"), _EVENTS),
    # (对上述申请作出答复21件; 对申请作出的答复合计0件; 2件申请均已作出答复: the figure first)
    Label("reply_total", re.compile(rf"^{_THE_BODY}?(?:全年|本年度?|今年)?{_TO_THE_REQUESTS}?(?:均|已|全部|都)*"
                                    rf"{_IN_TIME}?(?:予以|作出|进行了?)?(?:的)?答复(?:政府信息公开)?(?:申请)?$"),
          _CASES),
    # ... the count of replies named with another's (申请办结数和答复数都是0件), not one kind of reply (不予答复数)
    Label("reply_total", re.compile(r"(?:^|[和及与、])(?:申请|办理)?答复(?:数量?|件数)"
                                   r"(?:[和及与、][^，,。；;]{0,6}?数量?)?(?:也|亦)?(?:均|都)?(?:[为是](?:零|0件?)?)?$"),
          _CASES),
    # a list of what was disclosed, which names normative documents alone (包括规范性文件1条, not 政策规范性文件类信息)
    Label("pro_normative", re.compile(r"^(?:包括|含|其中)(?:主动公开)?(?:的)?规范性文件$"), _PIECES,
          re.compile(r"主动公开")),
    Label("pro_normative", re.compile(r"^主动公开(?:的)?规范性文件(?:的)?(?:数量?|条数)?(?:亦|也)?(?:均)?"
                                      r"(?:[为是](?:零|0(?:条|件|篇)?))?$"), _PIECES),
    # ... or the first of the content categories the year's information is told by (从内容看，这些信息中规范性文件有
    # 1条，领导活动信息5条; 按内容分，规范性文件1条，…)
    Label("pro_normative", re.compile(r"^(?:在)?(?:这些信息中|其中)?规范性文件(?:则)?(?:有|为|共)?$"), _PIECES,
          re.compile(r"内容|这些信息|分类")),
    Label("pro_gazette", re.compile(r"公报"), _PIECES, None, _unless(r"回应|微博|微信")),
    # (在《政府公报》刊登…: the label starts after the title's mark)
    Label("pro_gazette", re.compile(r"^(?:刊登|刊载|登载)"), _PIECES, re.compile(r"公报》?(?:上)?(?:刊登|刊载|登载)"),
          _unless(r"回应|微博|微信")),
    Label("pro_weibo", re.compile(r"微博"), _PIECES, None, _unless(r"回应|微信|公报")),
    # (not requests by other means: 其他形式的申请均为0件)
    # (nor requests handled another way: 以其他方式处理1件)
    Label("pro_other", re.compile(r"其他(?:方式|渠道|途径|形式)"), _PIECES, None,
          _unless(r"回应|申请|处理|办理|答复|结案|审结|诉讼|复议")),
    Label("normative_issued", re.compile(r"^(?:制发|印发|出台)(?:了)?规范性文件$"), frozenset("件个")),
    Label("normative_issued", re.compile(_ISSUED), _CASES, _NORMATIVE, _NOT_NORMATIVE, True),
    Label("normative_repealed", re.compile(_REPEALED), _CASES, _NORMATIVE, _NOT_NORMATIVE, True),
    Label("normative_in_force", re.compile(_IN_FORCE), _CASES, _NORMATIVE, _NOT_NORMATIVE, True),
    Label("rules_issued", re.compile(_ISSUED), _CASES, _RULES, _NOT_RULES, True),
    Label("rules_repealed", re.compile(_REPEALED), _CASES, _RULES, _NOT_RULES, True),
    Label("rules_in_force", re.compile(_IN_FORCE), _CASES, _RULES, _NOT_RULES, True),
    Label("fee_amount", re.compile(r"收费金额"), frozenset(["万元"])),
    # the provincial tables' fees waived (减免金额也为0元), in a sentence of fees (not a tax relief: 减免税…减免金额)
    Label("fee_waiver", re.compile(r"减免(?:的)?(?:收费)?金额"), frozenset(["元"]),
          re.compile(r"收费|费用|信息公开")),
    # (不予许可决定: the refusals only)
    Label("licensing_decisions", re.compile(r"(?<!不予)许可决定"), _CASES),
    # the decisions of penalties and coercion, of each kind or named together (行政处罚和行政强制的处理决定数量均为0),
    # not a challenge of one (因行政处罚决定引起的复议)
    Label("penalty_decisions", re.compile(r"(?<!不予)(?<!不予行政)处罚(?:[^，,。；;\d]{0,10}?决定"
                                          r"|(?<=实施行政处罚)|(?<=实施了行政处罚))"),  # (未实施行政处罚)
          _CASES, None, _unless(_NOT_DECISIONS)),
    Label("coercion_decisions", re.compile(r"(?<!不予)(?<!不予行政)强制[^，,。；;\d]{0,10}?(?:决定|措施)"),
          _CASES, None, _unless(_NOT_DECISIONS)),
    # the channels of requests (当面、传真、网络渠道均未收到申请), those of the provincial tables too (电子邮件申请数,
    # 其他形式申请数: requests by other means, not disclosure); a figure of channels listed together is none's
    _channel("app_in_person"),
    _channel("app_fax"),
    _channel("app_online", r"办事大厅|服务大厅|"),
    _channel("app_letter"),
    # (the provincial tables' 信函、传真 row, told as none with both: its zero; a count is the patterns')
    Label("app_letter_fax", re.compile(r"信函[、和及与或/]传真"), frozenset(), REQUESTS, _unless(_NOT_A_CHANNEL)),
    _channel("app_email"),
    Label("app_other_form", re.compile(rf"{CHANNEL_WORDS['app_other_form']}(?:的|提出的|提交的)?申请"), _CASES, None,
          _unless(_NOT_A_CHANNEL), counted_with=_other_channels("app_other_form")),
    # the two kinds of lawsuits from 2019 on, named together (未经复议直接起诉的案件和经复议后起诉的案件均为0件)
    Label("suit_direct_total", re.compile(rf"直接{TO_COURT}(?:起诉|提起)"), _CASES, None, _NOT_A_SUIT_COUNT),
    Label("suit_after_review_total", re.compile(rf"复议后(?:被)?{TO_COURT}(?:起诉|提起)"), _CASES, None,
          _NOT_A_SUIT_COUNT),
    # the provincial tables' 行政申诉数 (complaints), in a sentence of disclosure; not beside counts of all reviews
    # and lawsuits (共受理行政复议0起，行政诉讼3起，行政申诉2起，没有因政府信息公开而被提起的…: all the body's appeals)
    Label("complaints", re.compile(r"^行政申诉(?:案件)?(?:数)?$"), frozenset("件起次"),
          re.compile(r"^(?![\s\S]*(?:复议|诉讼)(?:案件)?(?:共|共计|数量?)?(?:为|有)?\d)[\s\S]*信息公开")),
    Label("app_completed_extended", re.compile(r"延期(?:办结|答复|办理)"), _CASES),
    # the count of those carried forward, in a sentence that carries them to the next year (上述申请被结转下年度继续
    # 办理，结转数为1件)
    Label("req_carried_forward", re.compile(r"^结转(?:数|数量|件数)$"), _CASES,
          re.compile(r"^(?![\s\S]*上一?年度?结转)[\s\S]*(?:结转|转入)(?:至|到)?下一?年度")),
    # the outcomes of requests from 2019 on (予以公开、部分公开…和不予处理的均为零), not one reason's share of a
    # group (因本机关不掌握相关政府信息无法提供8件)
    Label("out_granted", re.compile(r"(?<![不分])予以公开"), _CASES),
    # (by their pre-2019 names, which the later formats rename: 同意部分公开、不同意公开以及其他类型的答复均为零;
    # 同意公开 alone is the pre-2019 granted, not 不同意公开)
    Label("reply_granted", re.compile(r"(?<!不)同意公开"), _CASES),
    Label("reply_partial", re.compile(r"部分公开"), _CASES),
    # (应公开而不予公开: a wrong refusal, not the refusals)
    Label("reply_denied", re.compile(r"(?<!而)不予(?:以)?公开|(?<!部分)不同意公开|否决公开"), _CASES, None, _A_REASON),
    # (the provincial tables' 其他类型答复数)
    Label("reply_other_type", re.compile(r"其他类型(?:的)?答复"), _CASES),
    # the other kinds of reply before 2019 (申请信息不存在、告知作出更改补充和告知通过其他途径办理的情况均未发生)
    Label("reply_not_exist", re.compile(r"信息不存在"), _CASES),
    Label("reply_not_this_body", re.compile(r"不属于本(?:行政)?机关"), _CASES),
    Label("reply_amend", re.compile(r"更改(?:、)?补充"), _CASES),
    Label("reply_other_channel", re.compile(r"通过其他途径"), _CASES),
    Label("out_unable", re.compile(r"无法提供"), _CASES, None, _A_REASON),
    Label("out_unprocessed", re.compile(r"不予处理"), _CASES, None, _A_REASON),
    # (其他处理 told as none only: its count, or one of its rows' (按“其他处理”中的其他情形统计1件), is the patterns')
    Label("out_other", re.compile(r"其他处理|其他方式(?:处理|办理)"), frozenset(), None, _A_REASON),
    *_grounds(),
    *_article20_zeros(),
    *_challenge_outcomes("review", "复议", r"未经复议|复议后"),
    *_challenge_outcomes("lawsuit", "诉讼", r"未经复议|复议后"),
    # ... and of both kinds of lawsuit from 2019 on, named together (两类案件的维持、纠正…数同样为零; not reviews and
    # lawsuits: 复议和诉讼两类案件)
    *_challenge_outcomes("suit_direct", "两类", r"复议"),
    *_challenge_outcomes("suit_after_review", "两类", r"复议"),
    *(entry for kind in _ONE_KIND_ALONE for entry in _counted_outcomes(kind)),
    Label("reading_rooms", re.compile(r"(?:设立|设置|建立|开设|建设)[^，,。；;]*查阅(?:点|场所|中心|室)$"),
          frozenset("个处")),
    Label("offices", re.compile(r"信息公开(?:工作)?(?:专门)?机构|专门机构"), frozenset("个")),
    Label("staff_part_time", re.compile(r"兼职"), _PEOPLE, None, _unless(r"专职")),
    # (not a budget's or final account's figures a finance body discloses: “三公”经费预算合计1268.4万元)
    Label("budget", re.compile(r"经费"), frozenset(["万元"]), None, _unless(r"三公|预算|决算")),
    # central procurement (the article 20 table's row) in a sentence that names it (政府集中采购方面，全年实施采购项目
    # 10个，采购总金额2339.45万元)
    Label("procurement_items", re.compile(r"采购项目(?:数量?)?$"), frozenset("个项"), _CENTRAL_PROCUREMENT,
          _unless(_NOT_THE_YEARS)),
    Label("procurement_amount", re.compile(r"采购(?:总)?金?额$"), frozenset(["万元"]), _CENTRAL_PROCUREMENT,
          _unless(_NOT_THE_YEARS)),
    # the body's own trainings, not talks given to the public (开展宣讲培训服务100余场), nor another field's
    Label("trainings", re.compile(r"(?:培训班|(?:举办|组织|开展)[^，,。；;]*培训(?:会|班|活动)?)$"),
          frozenset("次期场个班"), _NO_OTHER_FIELDS_TRAINING,
          _unless(rf"人数|人次|人员(?!培训)|参训|参加|宣讲|宣传|服务|{OTHER_FIELDS_TRAINING}")),
    Label("trainees", re.compile(r"培训[^，,。；;]*(?:人数|人次|人员)|参训"), _PEOPLE,  # (参加…培训的人员)
          _NO_OTHER_FIELDS_TRAINING, _unless(OTHER_FIELDS_TRAINING)),
)
# Words of a label (or of its clause) whose figure is not the body's figure of the year: a comparison, a
# running total, a unit's count; with `prose.AVERAGE`, `prose.CUMULATIVE` (historical totals)
# and `prose.NOT_THE_BODYS_TOTAL` (a column's or a sub-unit's count). (The head's share: `Label.unless`.)
# (各: each sub-unit's, not 各种形式 closing a list of all the forms)
NOT_BY_LABEL = re.compile(r"同比|环比|较|增加|增长|减少|下降|上年|去年|上一年|累计|以来|之一"
                          r"|各(?!种(?:形式|方式|渠道|途径)|项|为)")  # (…的各为0件: each none)
# The words of a clause that says there was none (未举办培训班, 其他方式回应事件为零): not 无法提供 (an
# outcome), 无需/不需, 未经复议 (a kind of lawsuit), 未来, 为零星 (a few); nor the grounds' own words (无正当理由,
# 没有现成信息, 逾期未补正, 逾期未缴纳: `GROUND_WORDS`).
# (Every alternative starts with its word, the checks after it: a search is then tried only where one is.)
# (未作统计: not counted, no none)
NEGATION = re.compile(r"未(?!经|来|能|按|及时|补正|缴纳|(?:作|做|进行|单独)?(?:统计|计入))"
                      r"|没有(?!现成)|无(?<![需必]无)(?!法|需|论|偿|须|正当)|[为是]零(?![星散碎])|不存在"
                      r"|[为是]0(?![\d.])")
# A clause whose none is not the body's none of the year: another year's (2018年未…, 上年), or all but one
# thing's (除当面申请外均未…), or what was done with the things that were not (未废止规范性文件目录已公开,
# 对未废止规范性文件进行了清理; not 对外: 对外公开的规章总数为零, nor 已获取信息: a ground's name).
NOT_A_CLAUSE_ZERO = re.compile(r"\d{4}年|上年|去年|前年|除|仅|只有|只|目录|清单|已(?!获取)|对(?!外)")
