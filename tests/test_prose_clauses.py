"""The lexicon of `vocabulary.labels`: a counted figure whose label names one item, and a clause that says
none of the items it names (issue 13). Sentences of other bodies and wordings than the reports that showed them."""

from __future__ import annotations

import pytest

from gidata.extract.prose import _names_it, extract_prose
from gidata.read.document import Document
from gidata.vocabulary.labels import LABELS
from gidata.vocabulary.prose import NEW_REGIME_ITEMS

# The items of the lexicon, by any regime's name (a near clause must give none of them a zero).
LEXICON = {entry.item for entry in LABELS} | {names.get(entry.item, entry.item)
                                              for names in NEW_REGIME_ITEMS.values() for entry in LABELS}


def read(text: str, regime: str | None) -> list[tuple[str, float, str, str]]:
    doc = Document(name="x", format="txt", sha256="", size=0, text=text)
    return [(f.item, f.value, f.semantics, f.method) for f in extract_prose(doc, regime=regime)]


def by_label(text: str, regime: str | None = "pre2019") -> dict[str, float]:
    return {item: value for item, value, _, method in read(text, regime) if method == "prose_label"}


def zeros(text: str, regime: str | None = "pre2019") -> set[str]:
    return {item for item, value, semantics, _ in read(text, regime) if semantics == "zero_stated"}


@pytest.mark.parametrize("text, regime, expected", [
    ("以其他方式回应公众关切事件6起。", "pre2019", {"resp_other": 6}),
    ("利用政务微博、微信回应网民关切事件12次。", "pre2019", {"resp_weibo_wechat": 12}),
    ("依托村务公开栏等其他途径公开政务信息48条。", "pre2019", {"pro_other": 48}),
    ("在《县政府公报》刊登政府信息36条。", "pre2019", {"pro_gazette": 36}),
    ("召开新闻发布会4次,局主要负责人参加3次。", "pre2019", {"resp_press_conf_head": 3}),
    ("开展网上在线访谈3期,主要领导均参加了1期。", "pre2019", {"resp_interviews_head": 1}),
    ("印发规范性文件7件,主动公开规范性文件也7件。", "pre2019", {"normative_issued": 7, "pro_normative": 7}),
    ("举办信息公开培训班3期。", "pre2019", {"trainings": 3}),
])
def test_a_label_of_the_lexicon_gives_its_item(text, regime, expected):
    assert by_label(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    ("没有当面和信函方式的申请。", "pre2019", {"app_in_person", "app_letter"}),
    ("本年度未组织政府信息公开业务培训。", "pre2019", {"trainings"}),
    ("参加业务培训的人次为零。", "pre2019", {"trainees"}),
    ("本单位没有设立政府信息公开专门机构。", "pre2019", {"offices"}),
    ("政府信息公开工作无专项经费。", "pre2019", {"budget"}),
    ("本年度未通过政府公报公开信息。", "pre2019", {"pro_gazette"}),
    ("以其他方式回应的事件均为零。", "pre2019", {"resp_other"}),
    ("延期答复的申请为零。", "pre2019", {"app_completed_extended"}),
    ("规章方面,本单位本年度未新制发,也没有废止。", "2021", {"rules_issued", "rules_repealed"}),  # the kind named once
    ("本局全年没有出现部分公开及无法提供的情形。", "2021", {"out_partial", "out_unable"}),
    ("本年度没有新制发规范性文件。", "2019", {"normative_made"}),  # the regime's name of the item
    ("本机关规章本年制发、废止件数均为0。", "2021", {"rules_issued", "rules_repealed"}),  # 为0: none, not a count
])
def test_a_clause_that_says_none_gives_each_item_it_names_a_zero(text, regime, expected):
    assert zeros(text, regime) == expected


@pytest.mark.parametrize("text", ["当面申请和信函申请未作统计。", "网上申请未单独统计。", "培训人次未计入本报告。"])
def test_what_was_not_counted_is_no_zero(text):
    assert zeros(text) == set()


@pytest.mark.parametrize("text, regime", [
    ("2018年未举办培训班。", "pre2019"),  # another year's none
    ("上年未设立专门机构。", "pre2019"),
    ("较上年未新增信息公开工作机构。", "pre2019"),
    ("各科室均未举办培训班。", "pre2019"),  # the units'
    ("除网络申请外均未收到申请。", "pre2019"),  # all but one
    ("本年度未向申请人收取检索、复制、邮寄等费用。", "pre2019"),  # fees, not a channel of requests
    ("申请人无需缴纳邮寄费用。", "pre2019"),
    ("全年没有应公开而不予公开的情况。", "2021"),  # a wrong refusal, not the refusals
    ("无法提供的申请为本机关不掌握相关信息。", "2021"),  # an outcome, not a negation
    ("没有被依法纠错的情形。", "pre2019"),
    ("本年度没有制发规章和规范性文件。", "2021"),  # two kinds in one clause: which is not told
    ("今后将完善信息公开工作机构。", "pre2019"),  # no negation
    ("规章本年制发件数较上年下降为0.5倍。", "2021"),  # not a zero (and a comparison)
    ("本年制发规章3件、废止规章为0。", "2021"),  # a clause with a count of its own
])
def test_near_clauses_give_no_zero(text, regime):
    assert zeros(text, regime) & LEXICON == set()


@pytest.mark.parametrize("text", [
    "全年开展宣讲培训服务40场。",  # talks to the public, not the body's trainings
    "收到传真、信函申请共3件。",  # two channels together: neither
    "在网上办事大厅发布办事指南207项。",  # not requests
    "主要负责同志参加省政府新闻发布会2次。",  # names its event: not the share of a total
    "召开新闻发布会2次、开展在线访谈1期,主要领导参加1次。",  # two events in the sentence
    "规章和规范性文件本年废止3件。",  # two kinds
])
def test_near_labels_give_nothing(text):
    assert by_label(text) == {} and by_label(text, "2021") == {}


@pytest.mark.parametrize("clause, item", [
    # one reason's none, not the group's (the entry of out_denied, by its pre-2019 name)
    ("因涉及商业秘密不予公开的申请为零", "reply_denied"),
    ("因本机关不掌握相关信息而无法提供的申请均为零", "out_unable"),
    ("按重复申请不予处理的为零", "out_unprocessed"),
])
def test_a_reason_s_none_is_not_its_group_s(clause, item):
    entries = [entry for entry in LABELS if entry.item == item and entry.words.search(clause)]
    assert entries and not any(_names_it(entry, clause, clause) for entry in entries)


def test_a_zero_never_wins_over_a_pattern_s_figure():
    facts = read("组织开展政务公开业务培训6次。本年度未举办培训班。", "pre2019")
    assert [(i, v) for i, v, _, _ in facts if i == "trainings"] == [("trainings", 6.0)]


def test_an_item_named_by_a_count_and_by_a_zero_keeps_the_count():
    facts = read("举办信息公开培训班3期。下半年未举办培训班。", "pre2019")
    assert [(i, v, m) for i, v, _, m in facts if i == "trainings"] == [("trainings", 3.0, "prose_label")]


@pytest.mark.parametrize("text, regime, expected", [
    # the provincial tables' channels, listed together: a none of several is each's (issue 13)
    ("传真、信函方式提交的申请均为0件。", "pre2019", {"app_fax", "app_letter"}),
    ("以信函和其他形式提出的申请均为0件。", "pre2019", {"app_letter", "app_other_form"}),  # requests, not disclosure
    ("电子邮件申请和其他渠道的申请都是零。", "pre2019", {"app_email", "app_other_form"}),
    # the 2019 and 2021 formats: two kinds of decisions, two kinds of lawsuits named together
    ("本局行政处罚、行政强制的处理决定均为零。", "2021", {"penalty_decisions", "coercion_decisions"}),
    ("直接起诉和复议后起诉的案件都为0。", "2019", {"suit_direct_total", "suit_after_review_total"}),
    # every form of request named, the list closed by 各种 (not a sub-unit's 各)
    ("以当面、邮寄、网上等各种方式提出的申请均为0件。", "pre2019", {"app_in_person", "app_letter", "app_online"}),
    # the kinds of replies before 2019, by the provincial tables' names too; renamed in the later formats
    ("部分公开、不予公开和其他类型答复均为0件。", "pre2019", {"reply_partial", "reply_denied", "reply_other_type"}),
    ("不同意公开和部分公开的均为零。", "2019", {"out_partial", "out_denied"}),
    ("本年度同意公开和不同意公开的答复均为零。", "pre2019", {"reply_granted", "reply_denied"}),
    # the outcomes of reviews (and, before 2019, of lawsuits) told as none, the kind named in the clause
    ("行政复议被维持、被纠正以及尚未审结的均为零。", "2021", {"review_upheld", "review_corrected", "review_pending"}),
    ("行政复议、行政诉讼被纠错及其他情形都没有。", "pre2019",
     {"review_corrected", "review_other", "lawsuit_corrected", "lawsuit_other"}),
])
def test_a_clause_that_says_none_of_things_listed_gives_each_a_zero(text, regime, expected):
    assert zeros(text, regime) == expected


@pytest.mark.parametrize("text, regime", [
    ("未经复议直接起诉的案件中没有被纠正的。", "2019"),  # a lawsuit, named by the review it skipped
    ("直接起诉的案件未被纠正。", "2019"),  # no correction, not no lawsuit
    ("复议后起诉的案件没有败诉。", "2021"),
    ("没有因行政处罚决定引起的行政复议。", "2021"),  # a decision challenged, not none made
    ("行政强制决定被撤销的为0。", "2021"),
    ("通过电子邮件发布信息均为零。", "pre2019"),  # disclosure, not requests
    ("除电子邮件外未收到其他形式的申请。", "pre2019"),  # all but one
    ("各乡镇当面、传真提交的申请均为0件。", "pre2019"),  # the sub-units'
    ("上年部分公开、不同意公开的答复均为零。", "pre2019"),  # last year's
])
def test_near_clauses_of_things_listed_give_no_zero(text, regime):
    assert zeros(text, regime) & LEXICON == set()


@pytest.mark.parametrize("text, expected", [
    ("按提交方式,通过电邮提出的申请2件。", {"app_email": 2}),
    ("另有通过其他形式提出的申请1件。", {"app_other_form": 1}),
    ("本年度,涉及政府信息公开的行政复议、行政诉讼均为零,行政申诉1起。", {"complaints": 1}),
])
def test_a_label_of_a_provincial_table_s_row_gives_its_item(text, expected):
    assert by_label(text) == expected


@pytest.mark.parametrize("text", [
    "收到传真、电子邮件申请共4件。",  # channels together: none's
    "信函、其他形式的申请合计2件。",
    "电子邮件申请较上年增加3件。",  # a comparison
    "本厅共办理行政复议4起、行政诉讼2起、行政申诉5起,均不涉及政府信息公开。",  # all the body's appeals
    "收到群众行政申诉3件。",  # not in a sentence of disclosure
])
def test_near_labels_of_a_provincial_table_s_rows_give_nothing(text):
    assert by_label(text) == {}


def values(text: str, regime: str | None) -> dict[str, float]:
    return {item: value for item, value, _, _ in read(text, regime) if item != "prose_other"}


# The article 20 table (2019) retold with its zeros told jointly over kinds and columns (issue 13): other kinds,
# columns and orders than the blind reports that showed them.
@pytest.mark.parametrize("text, expected", [
    ("行政许可、其他对外管理服务两类事项上一年项目数均为0,本年增减也均为0,处理决定数量都为0。",
     {"licensing_items_prev", "other_services_items_prev", "licensing_items_change", "other_services_items_change",
      "licensing_decisions", "other_services_decisions"}),
    ("本单位行政事业性收费事项的上一年项目数量和本年增减均为零。", {"fee_items_prev", "fee_items_change"}),
    ("规章的新制作数量、新公开数量和对外公开总数量均为0。", {"rules_made", "rules_published", "rules_public_total"}),
    ("本年未制作、未公开规范性文件,对外公开的规范性文件总数也是0件。",
     {"normative_made", "normative_published", "normative_public_total"}),
    ("本单位没有行政处罚事项,本年也无增减。", {"penalty_items_prev", "penalty_items_change"}),
    ("本年度没有作出行政处罚处理决定。", {"penalty_decisions"}),
    # a heading naming both kinds, the clause after it naming one: that one's
    ("规范性文件和规章：全年未新公开规范性文件，新制作规章2件。", {"normative_published"}),
])
def test_zeros_told_jointly_over_the_article_20_table_give_each_a_zero(text, expected):
    assert zeros(text, "2019") == expected


@pytest.mark.parametrize("text, absent", [
    ("各乡镇行政处罚事项的上一年项目数量均为0。", {"penalty_items_prev"}),  # a sub-unit's
    ("我局无行政强制事项,行政许可事项本年无增减。", {"coercion_items_change"}),  # another kind's change
    ("上年行政处罚事项处理决定数量为0。", {"penalty_decisions"}),  # last year's
    ("未作出行政许可处理决定的申请已全部办结。", {"licensing_decisions"}),  # not the end of its clause
    ("行政许可事项上一年共有3项,本年增减0项,处理决定数量为8件。", {"licensing_items_prev", "licensing_decisions"}),
    ("本年没有收到申请,上年结转的2件申请也已办结。", {"req_carried_over"}),  # carried over: 2
    ("结转下年度继续办理的申请为零星几件。", {"req_carried_forward"}),  # a few, not none
    ("规范性文件均已主动公开,没有不予公开的情形。", {"normative_published"}),  # a refusal, not the documents
    ("本年度规章和规范性文件的上年数据未作比较。", {"rules_made", "normative_made"}),  # no column named
])
def test_near_wordings_of_the_article_20_table_give_no_wrong_zero(text, absent):
    assert {item for item, value in values(text, "2019").items() if value == 0} & absent == set()


def test_a_kind_stated_with_a_count_takes_its_change_told_as_none():
    assert values("行政强制事项上一年为4项,本年也没有增减。", "2019") == {
        "coercion_items_prev": 4, "coercion_items_change": 0}


@pytest.mark.parametrize("text, regime, expected", [
    ("上一年度也没有结转的申请。", "2019", {"req_carried_over"}),
    ("结转到下一年度办理的申请数为0件。", "2019", {"req_carried_forward"}),
    ("政务微博发布信息数为零。", "pre2019", {"pro_weibo"}),
    ("政务微信推送数为零。", "pre2019", {"pro_wechat"}),
    ("主动公开的规范性文件数量也为0。", "pre2019", {"pro_normative"}),
    ("全年没有举办在线访谈活动。", "pre2019", {"resp_interviews"}),
    ("本局尚未设置政府信息公开查阅场所。", "pre2019", {"reading_rooms"}),
    ("部分公开、其他处理的情况都没有出现。", "2019", {"out_partial", "out_other"}),
    ("答复数与办结数也都是零。", "pre2019", {"reply_total"}),
])
def test_single_zero_wordings_give_their_item(text, regime, expected):
    assert zeros(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    ("政务微信公开数为0的账号已关停。", "pre2019", {"pro_wechat"}),
    ("各单位主动公开规范性文件数为零。", "pre2019", {"pro_normative"}),
    ("主要领导未参加在线访谈。", "pre2019", {"resp_interviews"}),  # the head's, not the interviews
    ("未在各乡镇设立查阅点。", "pre2019", {"reading_rooms"}),  # the units'
    ("因申请人逾期未补正作其他处理的情形没有发生。", "2021", {"out_other"}),  # one reason's
    ("不予答复数为0。", "pre2019", {"reply_total"}),  # one kind of reply
])
def test_near_single_zero_wordings_give_no_zero(text, regime, absent):
    assert zeros(text, regime) & absent == set()


def test_a_count_of_replies_named_with_another_s_is_theirs():
    assert values("办结数与答复数均为0件。", "pre2019")["reply_total"] == 0


def test_part_time_staff_named_with_their_rank():
    assert values("安排3名同志兼职从事信息公开工作。", "pre2019").get("staff_part_time") == 3
    assert "staff_part_time" not in values("抽调2名干部专职负责信息发布。", "pre2019")


def known(text: str, regime: str) -> dict[str, float]:
    return {item: value for item, value, _, method in read(text, regime) if method == "prose"}


@pytest.mark.parametrize("regime", ["2019", "2021"])
def test_article_20_decisions_told_by_their_act(regime):
    text = "2020年，我局作出行政许可处理决定87件，实施行政处罚决定15件，采取了行政强制措施2件。"
    assert {k: v for k, v in known(text, regime).items() if k.endswith("_decisions")} == {
        "licensing_decisions": 87, "penalty_decisions": 15, "coercion_decisions": 2}


@pytest.mark.parametrize("text", [
    "上年实施行政处罚30件。",  # last year's
    "较上年多采取行政强制措施3件。",  # a comparison
    "各乡镇实施行政处罚30件。",  # the sub-units'
    "计划明年采取行政强制措施10件。",  # a plan
    "实施行政处罚事项12项。",  # items, not decisions
])
def test_near_statements_of_decisions_give_none(text):
    assert not {k for k in known(text, "2021") if k.endswith("_decisions")}


# The grounds of the 2019/2021 outcome groups told in running prose (issue 13): other wordings than the blind
# reports that showed them (2022_hebei_jiaoyuting_blind, 2025_pingtanqu_blind), exact values read from each sentence.
@pytest.mark.parametrize("text, regime, expected", [
    # grounds told as none jointly after the counted ones, with 都是0件
    ("本年度不予公开12件，其中属于三类内部事务信息的7件、属于四类过程性信息的5件，涉及国家秘密、危及国家安全、公共安全、"
     "经济安全和社会稳定以及保护第三方合法权益的都是0件。", "2021",
     {"out_denied": 12, "out_denied_internal": 7, "out_denied_process": 5, "out_denied_state_secret": 0,
      "out_denied_security": 0, "out_denied_third_party": 0}),
    # a group carried by its only ground; then grounds said of the clause before a bare 均没有
    ("不予公开2件，均为过程性信息；因法律、行政法规禁止公开或属于行政执法案卷而不予公开的，全年均没有。", "2019",
     {"out_denied": 2, "out_denied_process": 2, "out_denied_prohibited": 0, "out_denied_enforcement": 0}),
    # a ground counted before its group's verb; the others as cases that did not occur
    ("对3件重复申请作出不予处理决定；信访举报投诉类申请和要求提供公开出版物的情况均未发生。", "2021",
     {"out_unprocessed_repeat": 3, "out_unprocessed_petition": 0, "out_unprocessed_publication": 0}),
    # a ground with no case, told with 没有 before it
    ("无法提供6件，其中本机关不掌握相关政府信息5件，需要另行制作的1件，没有补正后申请内容仍不明确的情况。", "2021",
     {"out_unable": 6, "out_unable_not_held": 5, "out_unable_needs_creation": 1, "out_unable_unclear": 0}),
    # 其他处理's rows: one carrying the group, the other none (逾期未补正, 逾期未缴纳: no negation of their own)
    ("其他处理3件，均为申请人逾期未补正、行政机关不再处理的情形；本年度没有申请人逾期未缴纳费用的情况。", "2021",
     {"out_other": 3, "out_other_no_correction": 3, "out_other_no_fee": 0}),
    # grounds counted in a list their group opens (…申请中，), and by their own clause's group (…而不予公开的1件)
    ("无法提供7件。在无法提供的申请中，本机关不掌握相关政府信息的6件，申请内容经补正后仍不明确的1件。", "2021",
     {"out_unable": 7, "out_unable_not_held": 6, "out_unable_unclear": 1}),
    ("不予公开5件，分别为：涉及国家秘密而不予公开的1件，因保护第三方合法权益不予以公开的4件。", "2019",
     {"out_denied": 5, "out_denied_state_secret": 1, "out_denied_third_party": 4}),
    # the group named after the ground's count (…，本机关依法作出不予处理); 无正当理由 is no negation
    ("收到的申请中，有2件属于信访举报投诉类申请，本机关依法作出不予处理。", "2021", {"out_unprocessed_petition": 2}),
    ("对无正当理由大量反复申请的1件，作出不予处理。", "2021", {"out_unprocessed_mass": 1}),
    # 没有现成信息 is a ground's name, no negation: the group carried by it
    ("无法提供2件，均为没有现成信息需要另行制作的情形。", "2021", {"out_unable": 2, "out_unable_needs_creation": 2}),
    ("其他处理4件，均为其他情形。", "2021", {"out_other": 4, "out_other_other": 4}),
    # the groups summed up first, then told again with their grounds (the same figure), one carried by 系
    ("办结申请20件，其中予以公开12件，无法提供6件，不予处理2件。无法提供的6件，均属于本机关不掌握相关政府信息的情形。"
     "不予处理2件，均系信访举报投诉类申请。", "2021",
     {"out_total": 20, "out_granted": 12, "out_unable": 6, "out_unprocessed": 2, "out_unable_not_held": 6,
      "out_unprocessed_petition": 2}),
    ("其他处理2件，均为申请人逾期未补正的情形。", "2019", {"out_other": 2}),  # the 2019 format has no rows of it
])
def test_grounds_told_in_running_prose(text, regime, expected):
    assert values(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    ("各乡镇因国家秘密不予公开的申请均为0件。", "2021", {"out_denied_state_secret"}),  # the units'
    ("上年因保护第三方合法权益不予公开2件。", "2021", {"out_denied_third_party"}),  # last year's
    ("2020年属于四类过程性信息不予公开的为0件。", "2021", {"out_denied_process"}),
    ("下一步，计划对涉及第三方合法权益不予公开的3件申请开展复核。", "2021", {"out_denied_third_party"}),  # a plan
    # a ground's words in a sentence about something else, or under another group
    ("主动公开的信息均经保密审查，未发现涉及国家秘密的内容。", "2021", {"out_denied_state_secret"}),
    ("全年未收到有关政府信息公开工作的信访举报投诉。", "2021", {"out_unprocessed_petition"}),
    ("无法提供2件，没有涉及国家秘密的申请。", "2021", {"out_denied_state_secret"}),
    ("予以公开8件，本机关不掌握相关政府信息的2件已告知申请人。", "2021", {"out_unable_not_held"}),
    # a ground's count more than its group's figure (the identity broken): not read
    ("不予公开1件（危及“三安全一稳定”3件、属于过程性信息1件）。", "2021", {"out_denied_security"}),
    ("无法提供的2件中，本机关不掌握相关政府信息的5件。", "2021", {"out_unable_not_held"}),
    # a group told again with another figure is not the group counted first: its ground is not read
    ("无法提供6件，予以公开3件。无法提供的2件，均属于本机关不掌握相关政府信息的情形。", "2021",
     {"out_unable_not_held"}),
    # a clause that says what all the cases were is no none of its ground (its stop lost before 未出现)
    ("其他处理2件，均为申请人逾期不补正的情形未出现申请人逾期不缴纳费用的情况。", "2021", {"out_other_no_correction"}),
    # two grounds after 均为: neither carries the group
    ("不予处理3件，均为信访举报投诉类和重复申请。", "2021", {"out_unprocessed_petition", "out_unprocessed_repeat"}),
    # before 2019 there are no grounds
    ("不予公开1件，因涉及国家秘密不予公开的1件；没有重复申请的情况。", "pre2019",
     {"reply_denied_state_secret", "out_denied_state_secret", "out_unprocessed_repeat"}),
])
def test_near_wordings_of_grounds_give_nothing(text, regime, absent):
    assert values(text, regime).keys() & absent == set()
