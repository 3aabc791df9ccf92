"""Prose retold in wordings of its own (issue 13): outcomes after a total, carried over and forward as noun
phrases, replies and completion, channels by the way of submitting. Sentences written anew, not the blind texts'."""

from __future__ import annotations

import pytest

from gidata.extract.prose import extract_prose
from gidata.read.document import Document


def values_in(text: str, regime: str) -> dict[str, float]:
    """item -> value of every known item the prose gives (prose_other left out)."""
    doc = Document(name="x", format="txt", sha256="", size=0, text=text)
    return {f.item: f.value for f in extract_prose(doc, regime=regime) if f.item != "prose_other"}


@pytest.mark.parametrize("text, expected", [
    # the outcomes in a sentence of their own after the total's
    ("本年度被申请行政复议12件。复议结果维持7件，纠正2件，其他结果3件，没有尚未审结的。",
     {"review_total": 12, "review_upheld": 7, "review_corrected": 2, "review_other": 3, "review_pending": 0}),
    ("全区涉及政府信息公开的行政复议10件，同比下降。上述复议中维持6件、纠正1件，另3件至年末尚未审结。",
     {"review_total": 10, "review_upheld": 6, "review_corrected": 1, "review_pending": 3}),
    # a case's outcome with the court's act, one still pending at the year's end
    ("未经复议直接起诉的案件4件，其中3件法院判决纠正，1件截至年底仍未审结。",
     {"suit_direct_total": 4, "suit_direct_corrected": 3, "suit_direct_pending": 1}),
    # outcomes listed, then said all zero
    ("复议后起诉的2件，其中结果维持2件，纠正、其他结果和尚未审结的均为0件。",
     {"suit_after_review_total": 2, "suit_after_review_upheld": 2, "suit_after_review_corrected": 0,
      "suit_after_review_other": 0, "suit_after_review_pending": 0}),
    # the one case's outcome without a number
    ("未经复议直接起诉的1件，判决结果为驳回原告诉讼请求。", {"suit_direct_total": 1, "suit_direct_upheld": 1}),
    # a lawsuit after review none of which was corrected (its part, not a review's none)
    ("经复议后起诉的2件均无结果纠正。", {"suit_after_review_total": 2, "suit_after_review_corrected": 0}),
    # the kinds of lawsuit told with the court, outcomes with 结果 before them, all pending, other outcomes 结案
    ("本年度发生行政诉讼3件，其中未经复议直接向法院起诉2件，均为结果维持；经复议后向人民法院起诉1件，截至年底仍在审理。",
     {"suit_direct_total": 2, "suit_direct_upheld": 2, "suit_after_review_total": 1, "suit_after_review_pending": 1}),
    ("被申请行政复议2件，至年底均尚未审结。", {"review_total": 2, "review_pending": 2}),
    ("行政复议3件，结果维持2件，以其他结果结案1件，无结果纠正的案件。",
     {"review_total": 3, "review_upheld": 2, "review_other": 1, "review_corrected": 0}),
    # the outcome's count after 的 (复议机关维持原行政行为的1件)
    ("全年行政复议4件，其中被维持的3件，属于其他结果的1件。",
     {"review_total": 4, "review_upheld": 3, "review_other": 1}),
])
def test_outcomes_of_reviews_and_lawsuits_retold(text, expected):
    assert values_in(text, "2021") == expected


def test_outcomes_of_both_kinds_of_lawsuit_told_as_none_together():
    got = values_in("未经复议直接起诉和复议后起诉的均为0件，这两类诉讼的维持、纠正、其他结果和尚未审结均为零。", "2019")
    assert {item: got[item] for item in got if item.startswith("suit_")} == {
        f"suit_{kind}_{part}": 0 for kind in ("direct", "after_review")
        for part in ("total", "upheld", "corrected", "other", "pending")}
    assert not any(item.startswith("suit_") for item in values_in("复议和诉讼两类案件的维持、纠正结果均为零。", "2019"))


def test_all_upheld_with_corrections_said_not_to_have_happened():
    text = "因政府信息公开被申请行政复议5件，复议机关均维持了原决定，没有发生被纠正或其他结果的情形。"
    assert values_in(text, "pre2019") == {"review_total": 5, "review_upheld": 5, "review_corrected": 0,
                                          "review_other": 0}


@pytest.mark.parametrize("text, regime, absent", [
    # a next sentence not about the total's cases: last year's outcomes, another subject
    ("本年度被申请行政复议12件。上年复议结果维持7件。", "2021", "review_upheld"),
    ("本年度被申请行政复议12件。全年办结申请维持7件。", "2021", "review_upheld"),
    # a rate, not a count
    ("本年度被申请行政复议12件。复议结果维持率为58%。", "2021", "review_upheld"),
    # a pending case of another total, after the clause's end
    ("未经复议直接起诉的案件4件。复议后起诉的2件，其中1件至年底尚未审结。", "2021", "suit_direct_pending"),
    # a correction that did happen: no case is all upheld
    ("被申请行政复议3件，复议机关均维持原答复，发生被纠错1件。", "pre2019", "review_upheld"),
    # only some outcomes zero: the others are not
    ("复议后起诉的2件，其中结果维持2件，纠正的为0件。", "2021", "suit_after_review_other"),
    # a part still pending, not every case
    ("经复议后起诉的2件，年底仍在审理中的有1件。", "2021", "suit_after_review_pending"),
])
def test_near_wordings_give_no_outcome(text, regime, absent):
    assert absent not in values_in(text, regime)


def test_a_single_case_corrected_after_review_is_not_upheld():
    assert values_in("复议后起诉的1件，法院判决撤销原行政行为，不再维持。", "2021") == {"suit_after_review_total": 1}


@pytest.mark.parametrize("text, expected", [
    # carried over and forward as noun phrases
    ("上年结转至本年度办理的政府信息公开申请为3件。", {"req_carried_over": 3}),
    ("年底仍在办理、需结转至2024年继续答复的申请共有2件。", {"req_carried_forward": 2}),
    ("新收政府信息公开申请5件，上一年度也没有结转至今年的申请。", {"req_new": 5, "req_carried_over": 0}),
    ("上年也没有结转的信息公开申请。", {"req_carried_over": 0}),
    # ... with a verb of being before the count
    ("上一年度结转的申请共计1件。", {"req_carried_over": 1}),
    ("全年不存在上一年度结转的信息公开申请。", {"req_carried_over": 0}),
    ("截至年底，结转下一年度答复的申请为4件。", {"req_carried_forward": 4}),
])
def test_carried_over_and_forward_as_noun_phrases(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text, absent", [
    # last year's carried forward is no figure of this year's carried forward
    ("上年度结转至2023年的申请有4件。", "req_carried_forward"),
    ("去年结转至下一年度继续办理的申请为5件。", "req_carried_forward"),
    # a plan, and a comparison
    ("计划结转至下年度继续办理的申请2件。", "req_carried_forward"),
    ("结转至下年度的申请比上年多3件。", "req_carried_forward"),
    ("上年结转下年度的申请为3件。", "req_carried_forward"),
    ("上年办理结果总计为零。", "out_total"),
    # none carried to next year is not none carried over
    ("本年无结转至下年度的申请。", "req_carried_over"),
])
def test_near_wordings_give_no_carried_figure(text, absent):
    assert absent not in values_in(text, "2021")


@pytest.mark.parametrize("text, regime, expected", [
    # replies told with the body as subject, and all the requests received answered
    ("本机关在法定期限内答复3件。", "pre2019", {"reply_total": 3}),
    ("对收到的25件政府信息公开申请，均已按时作出答复。", "pre2019", {"reply_total": 25}),
    # the decided total as a noun phrase, its outcomes after it (2019 on)
    ("全年办理完毕的政府信息公开申请共计30件。其中，予以公开20件，无法提供10件。", "2021",
     {"out_total": 30, "out_granted": 20, "out_unable": 10}),
    ("本年度办结申请52件，按期办结率100%。其中：予以公开40件，部分公开12件。", "2019",
     {"out_total": 52, "out_granted": 40, "out_partial": 12}),
    # the completed requests with the applicants named between the verb and the requests
    ("全年办结公民和企业提出的政府信息公开申请17件。", "pre2019", {"app_completed": 17}),
    # the outcomes' total told as none
    ("本年度办理结果合计也为0件。", "2021", {"out_total": 0}),
    # the decided total at the head of its outcomes; 其他处理 told as handled another way
    ("全年办结的12件政府信息公开申请中，予以公开7件。", "2021", {"out_total": 12, "out_granted": 7}),
    ("对2件申请按其他方式处理。另有按其他方式办理的申请3件。", "2021", {"out_other": 3}),
])
def test_replies_and_completion_retold(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    # replies of last year, of one kind, of a sub-unit
    ("上年我区已在规定期限内答复3件。", "pre2019", "reply_total"),
    ("本机关不予答复3件。", "pre2019", "reply_total"),
    ("各乡镇在规定期限内答复12件。", "pre2019", "reply_total"),
    # all answered, said of some of the requests only
    ("对受理的25件申请中的20件，已作出答复。", "pre2019", "reply_total"),
    # a total decided on time only (a part), or last year's
    ("按时办结申请140件，其中予以公开100件。", "2021", "out_total"),
    ("上年办结申请90件，其中予以公开60件。", "2021", "out_total"),
    ("上年办结公民提出的政府信息公开申请44件。", "pre2019", "app_completed"),
])
def test_near_wordings_give_no_reply_or_completion(text, regime, absent):
    assert absent not in values_in(text, regime)


@pytest.mark.parametrize("text, regime, expected", [
    # channels told by the way of submitting, as the hand-read 2021 reports have them (the pre-2019 items)
    ("经网络申请系统提出的有12件，信函方式邮寄的3件。", "2021", {"app_online": 12, "app_letter": 3}),
    ("其中通过网上申请渠道递交的共20件。", "pre2019", {"app_online": 20}),
    # channels listed, then said all zero
    ("从提交方式看，信函和当面提交的申请均为0件。", "pre2019", {"app_letter": 0, "app_in_person": 0}),
    ("传真、网上提出的申请数量都是零。", "2021", {"app_fax": 0, "app_online": 0}),
    # the number first, one channel to the next figure
    ("共收到申请5件，其中3件以信函方式提交、2件为当面提交。", "pre2019", {"app_letter": 3}),
    # the requests named in a part before the channel's, past a semicolon (web beside e-mail: the provincial app_web)
    ("从申请渠道看，网上提交的9件；通过电子邮件发送2件。", "pre2019", {"app_web": 9, "app_email": 2}),
])
def test_channels_by_the_way_of_submitting(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, absent", [
    # last year's channels, a few (为零星), a comparison
    ("上年当面和传真申请均为零。", "app_fax"),
    ("上年当面和传真申请均为零。", "app_in_person"),
    ("当面和传真申请均为零星。", "app_fax"),
    ("通过网上申请平台提交的申请比上年增加12件。", "app_online"),
    # all but one channel
    ("除当面和传真申请外，其他渠道均为零。", "app_fax"),
    # the number first, of two channels together
    ("4件申请均通过信函、传真提交。", "app_letter"),
    ("4件申请均通过信函、传真提交。", "app_fax"),
    # the parts of a running total since the service opened, its subject between 以来 and 累计
    ("自2008年开展此项工作以来，我厅累计受理申请120件，其中网上申请90件。", "app_online"),
])
def test_near_wordings_give_no_channel(text, absent):
    assert absent not in values_in(text, "pre2019")


@pytest.mark.parametrize("text, expected", [
    # 2019: a kind under its topic phrase, its measures without its name
    ("规范性文件方面，全年新制作6件、新公开6件，截至年底对外公开的规范性文件总数为37件。",
     {"normative_made": 6, "normative_published": 6, "normative_public_total": 37}),
    ("规章方面：本年度新制作2件，新公开2件。对外公开的规章总数量为9件。",
     {"rules_made": 2, "rules_published": 2, "rules_public_total": 9}),
])
def test_article_20_documents_under_a_topic_phrase(text, expected):
    assert values_in(text, "2019") == expected


@pytest.mark.parametrize("text, absent", [
    # last year's, the units', another kind's measures after the topic's clause ended
    ("上年规范性文件方面，新制作6件。", "normative_made"),
    ("各县区规范性文件方面，本年度新制作5件，新公开5件。", "normative_published"),
    ("各县区规范性文件方面，本年度新制作5件，新公开5件。", "normative_made"),
    ("上年对外公开的规范性文件总数为30件。", "normative_public_total"),
])
def test_near_wordings_give_no_article_20_document(text, absent):
    assert absent not in values_in(text, "2019")


@pytest.mark.parametrize("text, expected", [
    # the channel of every request counted, right after the total; the one request's completion in the next sentence
    ("本年度共受理政府信息公开申请4件，均通过网络平台提交。这些申请均已按时答复办结。",
     {"app_received": 4, "app_online": 4, "app_completed": 4, "app_completed_on_time": 4}),
    ("全年收到政府信息公开申请1件，为申请人当面提出。该件申请已在法定期限内办结。",  # (within the legal limit: on time)
     {"app_received": 1, "app_in_person": 1, "app_completed": 1, "app_completed_on_time": 1}),
    # every lawsuit counted upheld, the word 均 after the number
    ("因政府信息公开引起的行政诉讼3件，3件均以驳回原告诉讼请求结案。", {"lawsuit_total": 3, "lawsuit_upheld": 3}),
])
def test_a_total_s_channel_completion_and_outcome_said_of_all_its_cases(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, absent", [
    # a channel with a count of its own, or after a part's own subject
    ("共收到政府信息公开申请10件，当面提交3件。", "app_in_person"),
    ("共收到政府信息公开申请10件，均系当面提交3件、网络提交7件。", "app_in_person"),
    ("共收到政府信息公开申请10件，其中信函方式寄送的有4件。", "app_online"),
    # the channel not right after the total
    ("共收到政府信息公开申请10件，较上年增加2件，均系网络提交。", "app_online"),
])
def test_near_wordings_give_no_channel_of_all(text, absent):
    got = values_in(text, "pre2019")
    assert absent not in got or got[absent] != 10


@pytest.mark.parametrize("text, expected", [
    # the article 20 table's columns under the kind's heading, last year's words naming the column
    ("行政处罚方面：去年事项数量58项，本年新增2项，共作出处理决定310件。",
     {"penalty_items_prev": 58, "penalty_items_change": 2, "penalty_decisions": 310}),
    ("其他对外管理服务：上年度事项12项；本年增/减3项。",
     {"other_services_items_prev": 12, "other_services_items_change": 3}),
    ("关于行政事业性收费，项目上年度为7项。", {"fee_items_prev": 7}),
    # ... and this year's change told as none in words, the kind in the clause before or in the heading
    ("行政许可：上一年事项数量为20项；本年未做增减。", {"licensing_items_prev": 20, "licensing_items_change": 0}),
    ("行政强制事项去年8项，本年增/减为0。", {"coercion_items_prev": 8, "coercion_items_change": 0}),
    # ... last year's count and the change from it in one phrase
    ("行政许可项目比上年的30项新增了4项。", {"licensing_items_prev": 30, "licensing_items_change": 4}),
    # ... none of the kind's fees (not the fees charged for requests)
    ("本机关没有行政事业性收费项目。", {"fee_items_prev": 0}),
])
def test_article_20_columns_under_their_kind(text, expected):
    assert values_in(text, "2019") == expected


@pytest.mark.parametrize("text, absent", [
    # a comparison, last year's decisions, two kinds at once, a kind of another sentence
    ("行政许可：事项较上年减少2项。", "licensing_items_prev"),
    ("行政许可：上年作出处理决定300件。", "licensing_decisions"),
    ("行政处罚和行政强制：上一年共12项。", "penalty_items_prev"),
    ("行政强制方面情况如下。上一年事项数量9项。", "coercion_items_prev"),
    ("行政许可：因处理决定引起复议2件。", "licensing_decisions"),
    ("上年行政处罚事项未作增减。", "penalty_items_change"),
    ("2018年行政强制事项增/减为0。", "coercion_items_change"),
    ("行政处罚案件较上年的67件增加36件。", "penalty_items_prev"),
    ("本机关没有行政事业性收费项目。", "fees"),
])
def test_near_wordings_give_no_article_20_column(text, absent):
    assert absent not in values_in(text, "2019")


@pytest.mark.parametrize("text, expected", [
    # central procurement (the 2019 article 20 table's row) in a sentence that names it, its figures without the name
    ("在政府集中采购方面，今年组织采购项目4个，合计采购金额88.5万元。",
     {"procurement_items": 4, "procurement_amount": 88.5}),
    ("（六）政府集中采购：全年采购项目共7项，采购总额为156.3万元。",
     {"procurement_items": 7, "procurement_amount": 156.3}),
])
def test_central_procurement_under_its_topic(text, expected):
    assert values_in(text, "2019") == expected


@pytest.mark.parametrize("text, absent", [
    # procurement not named central, last year's, a unit's
    ("政府采购项目12个，采购金额300万元。", "procurement_items"),
    ("政府采购项目12个，采购金额300万元。", "procurement_amount"),
    ("集中采购方面，上年采购项目5个。", "procurement_items"),
    ("集中采购方面，各乡镇采购金额共20万元。", "procurement_amount"),
])
def test_near_wordings_give_no_procurement(text, absent):
    assert absent not in values_in(text, "2019")


@pytest.mark.parametrize("text, regime, expected", [
    # documents made and published in one count; the total at the year's end without 总数
    ("本年度新制作并新公开规章1件。", "2019", {"rules_made": 1, "rules_published": 1}),
    ("截至本年底，我局对外公开的规章共3件。", "2019", {"rules_public_total": 3}),
    # outcomes named before the kind of case, all none
    ("本年度没有行政复议。结果维持和尚未审结的行政复议均为零。", "2019",
     {"review_total": 0, "review_upheld": 0, "review_pending": 0}),
    # the total over several channels, and one account's own count
    ("依托门户网站、政务微博等载体主动公开政府信息560条。", "2019", {"pro_total": 560}),
    ("区政府门户网站主动公开政府信息300条。", "2019", {"pro_website": 300}),
    ("省交通和运输厅网站全年发布政府信息640条。", "2019", {"pro_website": 640}),
    # none received, the channels listed in the clause after
    ("本年未收到信息公开申请，信函、网络申请均为0件。", "pre2019",
     {"app_received": 0, "app_letter": 0, "app_online": 0}),
])
def test_documents_outcomes_and_channels_retold(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    # responses told on an account are not its disclosures
    ("全年在政务微博发布回应类信息12条。", "2019", "pro_weibo"),
    ("通过门户网站及政务微信公开信息88条。", "2019", "pro_website"),
    ("省厅门户网站及政务微博共发布信息900条。", "2019", "pro_weibo"),
    ("新浪、腾讯两个微博账号分别发布信息100条。", "2019", "pro_weibo"),
    # requests handled another way are no disclosure by other means
    ("以其他方式处理的申请1件。", "pre2019", "pro_other"),
    # no request is no review caused by one
    ("全年未发生因申请公开政府信息引起的行政复议。", "2019", "req_new"),
    ("全年未发生因申请公开政府信息引起的行政复议。", "pre2019", "app_received"),
])
def test_near_wordings_give_no_channel_count_or_request(text, regime, absent):
    assert absent not in values_in(text, regime)


@pytest.mark.parametrize("text, expected", [
    # complaints told as none with reports, or alone
    ("全年收到行政申诉、举报0件。", {"complaints": 0}),
    ("没有接到涉及政府信息公开事项的行政申诉。", {"complaints": 0}),
    # the website's count first, every piece through it; after a comma with 共计
    ("3400条信息均通过“河北省教育厅官方网站”发布。", {"pro_website": 3400}),
    ("通过门户网站发布政务信息，共计1200条。", {"pro_website": 1200}),
    # reviews and lawsuits counted as none; the requests counted before, all answered
    ("行政复议数量为0，行政诉讼案件也为零。", {"review_total": 0, "lawsuit_total": 0}),
    ("对上述5件申请均已依法按时作出答复。", {"reply_total": 5}),
    # all applicants named, not one column
    ("本年度办结公民、法人或其他组织提出的政府信息公开申请44件。", {"app_completed": 44}),
])
def test_complaints_website_challenges_and_replies_retold(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, absent", [
    # last year's none, a count (no zero), a running total after the comma
    ("上年行政申诉为0件。", "complaints"),
    ("行政申诉3件。", "complaints"),
    ("上年行政诉讼为零。", "lawsuit_total"),
    ("对5件申请中的3件作出答复。", "reply_total"),
    # one applicants' column
    ("本年度科研机构提出的申请中已办结2件。", "app_completed"),
    ("通过门户网站发布信息，累计2万条。", "pro_website"),
])
def test_near_wordings_give_no_complaints_website_challenge_or_reply(text, absent):
    assert absent not in values_in(text, "pre2019")


@pytest.mark.parametrize("text, expected", [
    # reviews and lawsuits told as none together; the requests counted before as the subject, all answered
    ("涉及政府信息公开的行政复议、行政诉讼都为0。", {"review_total": 0, "lawsuit_total": 0}),
    ("上述2件申请均已在法定期限内作出答复。", {"reply_total": 2}),
])
def test_challenges_and_replies_told_together(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, absent", [
    # cases said not to concern disclosure; a plan's list past its semicolons; a number in a slogan's quotes
    ("全年共办理行政复议2件，均与政府信息公开无关。", "review_total"),
    ("2024年，我局将着力做好以下工作：一是完善制度；二是举办培训班3期。", "trainings"),
    ("通过门户网站发布“五个一”活动方案。", "pro_website"),
])
def test_near_wordings_give_no_case_training_or_website(text, absent):
    assert absent not in values_in(text, "pre2019")


def test_grounds_listed_after_a_group_told_as_none():
    got = values_in("本年度不予处理的情形没有发生，包括重复申请、信访举报投诉类申请等。", "2021")
    assert got == {"out_unprocessed": 0, "out_unprocessed_repeat": 0, "out_unprocessed_petition": 0}
    # ... not a list after a count (the grounds of 3 requests, not none)
    got = values_in("无法提供3件，包括本机关不掌握相关政府信息、没有现成信息需要另行制作。", "2021")
    assert got.get("out_unable_not_held") != 0 and got.get("out_unable_needs_creation") != 0


@pytest.mark.parametrize("text, regime, expected", [
    # the documents public at a year's end, told with the year and 累计; a measure of the year said with 当年
    ("截至2022年底累计对外公开规章15件。", "2019", {"rules_public_total": 15}),
    ("规范性文件方面，新制作4件，当年新公开3件。", "2019", {"normative_made": 4, "normative_published": 3}),
    # the channel of every request counted, the count as the subject
    ("3件申请均以当面方式提交。", "pre2019", {"app_in_person": 3}),
    # a sub-unit's website is not the body's
    ("局属单位网站发布信息200条。", "pre2019", {}),
])
def test_documents_channels_and_websites_of_the_body(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # a ground named before its outcome group in the group's clause
    ("其中因申请内容属于国家秘密而不予公开的2件。", "2021", {"out_denied": 2, "out_denied_state_secret": 2}),
    ("因没有现成信息需要另行制作而无法提供1件。", "2019", {"out_unable": 1, "out_unable_needs_creation": 1}),
    # ... one ground of several told in the sentence: that ground's alone, the group's total after it
    ("因属于国家秘密而不予公开的3件，涉及第三方合法权益的2件，不予公开合计5件。", "2021",
     {"out_denied_state_secret": 3, "out_denied": 5}),
    # ... two grounds before it: neither's
    ("属于国家秘密和第三方合法权益的不予公开3件。", "2021", {"out_denied": 3}),
    # lawsuits counted, then all of one kind, its outcomes after (the count itself is no item of the format)
    ("被提起行政诉讼3起，均系未经复议直接起诉，3起均被驳回。", "2019",
     {"suit_direct_total": 3, "suit_direct_upheld": 3}),
    ("行政诉讼案件1件，全部为经行政复议后向法院提起，目前尚未审结。", "2021",
     {"suit_after_review_total": 1, "suit_after_review_pending": 1}),
    # a change of the article 20 table's items told as a rise or a fall
    ("行政强制方面，上一年项目数量12项，本年增加2项。", "2019",
     {"coercion_items_prev": 12, "coercion_items_change": 2}),
    ("上一年度行政处罚事项40项，本年度因机构改革减少了6项。", "2019",
     {"penalty_items_prev": 40, "penalty_items_change": -6}),
    ("行政许可事项由上年的30项减少4项。", "2019", {"licensing_items_prev": 30, "licensing_items_change": -4}),
    # the head spoke at each press conference counted
    ("全年召开新闻发布会4场，均由局长出席并发布。", "pre2019", {"resp_press_conf": 4, "resp_press_conf_head": 4}),
])
def test_grounds_kinds_changes_and_speakers_said_of_a_count(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    # a count of decisions compared with last year is no change of items; a deputy is not the head
    ("行政处罚方面，处理决定较上年减少30件，上一年项目数量10项。", "2019", "penalty_items_change"),
    ("全年召开新闻发布会4场，均由副局长出席。", "pre2019", "resp_press_conf_head"),
    # a kind said of some lawsuits only
    ("行政诉讼5件，其中2件为未经复议直接起诉。", "2021", "suit_after_review_total"),
])
def test_near_wordings_give_no_ground_kind_change_or_speaker(text, regime, absent):
    assert absent not in values_in(text, regime)


@pytest.mark.parametrize("text, regime, expected", [
    # an applicants' column set by a frame before its clause is the column's; the total told after is the body's
    ("在商业企业提交的申请中，部分公开的有2件。办理结果为：部分公开5件。", "2021", {"out_partial": 5}),
    # the requests completed, from 2019 the outcomes' total
    ("至年底已办结申请33件。", "2019", {"app_completed": 33, "out_total": 33}),
    # a list of things told as none after it, in a clause of its own (一件也没有; 同样均未…)
    ("要求提供公开出版物、要求行政机关确认或重新出具已获取信息等不予处理的情形，本年度一件也没有。", "2021",
     {"out_unprocessed_publication": 0, "out_unprocessed_confirm": 0}),
    ("因国家秘密不予公开的申请，以及因第三方合法权益不予公开的申请，同样均未发生。", "2021",
     {"out_denied_state_secret": 0, "out_denied_third_party": 0}),
    ("本年度行政诉讼一起也没有。", "pre2019", {"lawsuit_total": 0}),
    # the replies' total and the complaints as none, with no unit
    ("全年答复总数为零。", "pre2019", {"reply_total": 0}),
    ("有关政府信息公开工作的申诉和举报数量为0。", "pre2019", {"complaints": 0}),
    # the documents published, told under their kind
    ("行政规范性文件方面：制作3件，新公开3件。", "2019", {"normative_made": 3, "normative_published": 3}),
])
def test_frames_completion_lists_of_none_and_documents(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    # readings counted on one column; a kind's replies as none; documents of the units published
    ("门户网站“图解政策”专栏全年发布解读材料40篇。", "pre2019", "resp_policy_readings"),
    ("不予公开答复数为0。", "pre2019", "reply_total"),
    ("规范性文件方面，各县区新公开12件。", "2019", "normative_published"),
])
def test_near_wordings_give_no_readings_replies_or_documents(text, regime, absent):
    assert absent not in values_in(text, regime)


@pytest.mark.parametrize("text, regime, expected", [
    # a total told as none, its outcomes told as none after it in its clause
    ("本年度没有发生涉及政府信息公开的行政诉讼，结果维持、结果纠正和其他结果的件数也都为零。", "pre2019",
     {"lawsuit_total": 0, "lawsuit_upheld": 0, "lawsuit_corrected": 0, "lawsuit_other": 0}),
    # both kinds' outcomes, 各项 as none
    ("两类案件的结果维持、结果纠正、其他结果、尚未审结各项均为0。", "2019",
     {f"suit_{kind}_{outcome}": 0 for kind in ("direct", "after_review")
      for outcome in ("upheld", "corrected", "other", "pending")}),
    # a kind of lawsuit named, then said not to have happened
    ("经复议后向法院起诉的案件，全年没有发生。", "2021", {"suit_after_review_total": 0}),
    # outcomes listed as none after the one every case had
    ("未经复议直接起诉的3件均被驳回，被纠正和尚未审结的都没有。", "2021",
     {"suit_direct_total": 3, "suit_direct_upheld": 3, "suit_direct_corrected": 0, "suit_direct_pending": 0}),
    # the one ground of a group's cases, told after it with 原因是
    ("其他处理1件，原因是申请人逾期未补正。", "2021", {"out_other": 1, "out_other_no_correction": 1}),
    # hotspots responded to, completion within the legal limit, lawsuits as none 同样, documents repealed verb first
    ("全年回应社会热点问题8次。", "pre2019", {"resp_hotspots": 8}),
    ("全年受理政府信息公开申请6件。上述申请均于法定期限内办结。", "pre2019",
     {"app_received": 6, "app_completed": 6, "app_completed_on_time": 6}),
    ("行政复议为零，行政诉讼的数量同样为0。", "pre2019", {"review_total": 0, "lawsuit_total": 0}),
    ("本年度清理后废止部门规范性文件7件。", "2021", {"normative_repealed": 7}),
])
def test_outcomes_none_kinds_grounds_and_limits_retold(text, regime, expected):
    assert values_in(text, regime) == expected


def test_people_trained_told_by_training_them():
    assert values_in("组织业务培训2期，培训机关干部80人次。", "pre2019")["trainees"] == 80
    assert "trainees" not in values_in("计划明年培训人员200人次。", "pre2019")


@pytest.mark.parametrize("text, regime, expected", [
    # a website's count after the kinds it lists (…等各类信息，合计N篇); an account's count 一年来
    ("全年在局门户网站上公布工作动态、人事信息等各类信息，合计812篇。", "pre2019", {"pro_website": 812}),
    ("“平潭发布”微信公众号坚持日更，一年来共推送信息365条。", "pre2019", {"pro_wechat": 365}),
])
def test_channel_counts_after_kinds_and_years(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    # a channel's count of one kind of content; staff told per unit
    ("全年在局门户网站发布政策性文件31件。", "pre2019", "pro_website"),
    ("微信公众号全年推送人才招聘信息45条。", "pre2019", "pro_wechat"),
    ("局机关12个科室各指定1名兼职信息员。", "pre2019", "staff_part_time"),
])
def test_near_wordings_give_no_channel_count_or_staff(text, regime, absent):
    assert absent not in values_in(text, regime)


@pytest.mark.parametrize("text, regime, expected", [
    # the 其他处理 group's own 其他 row, listed with its two grounds and told as none
    ("因逾期不补正、逾期未缴纳信息处理费或其他情形而不再处理的申请，均为零。", "2021",
     {"out_other_no_correction": 0, "out_other_no_fee": 0, "out_other_other": 0}),
    # the group told by 其他方式 as none; a group's none before the colon that lists its grounds
    ("本年度没有以其他方式处理的申请。", "2021", {"out_other": 0}),
    ("全年未发生不予处理的情况：信访举报投诉类申请、重复申请的数量均为零。", "2021",
     {"out_unprocessed": 0, "out_unprocessed_petition": 0, "out_unprocessed_repeat": 0}),
    # a count of each ground listed (各N件)
    ("无法提供4件，其中本机关不掌握相关政府信息和补正后申请内容仍不明确的各2件。", "2021",
     {"out_unable": 4, "out_unable_not_held": 2, "out_unable_unclear": 2}),
    # completion told two sentences after the total, the one between about the same requests
    ("本年度共收到政府信息公开申请5件。5件申请均通过网络提交。对上述申请均已按时办结。", "pre2019",
     {"app_received": 5, "app_online": 5, "app_completed": 5, "app_completed_on_time": 5}),
])
def test_other_rows_colons_each_and_follow_ups(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # requests told as made to the body; completed within the legal working days, told of 这N件申请
    ("各类申请人向本局提出政府信息公开申请共计6件。对这6件申请，本局均在规定的20个工作日内办结。", "pre2019",
     {"app_received": 6, "app_completed": 6, "app_completed_on_time": 6}),
    # the channel of the requests told in a sentence about them
    ("全年受理政府信息公开申请2件。以上申请均由申请人通过网络平台提交。", "pre2019",
     {"app_received": 2, "app_online": 2}),
    # reviews and lawsuits none together after a comma and the year
    ("涉及政府信息公开的行政复议和行政诉讼，全年均为0。", "pre2019", {"review_total": 0, "lawsuit_total": 0}),
    # every request counted completed: from 2019 the outcomes' total too
    ("本年度新收政府信息公开申请9件。这9件申请年内均已办结。", "2021",
     {"req_new": 9, "app_completed": 9, "out_total": 9}),
])
def test_requests_made_to_the_body_and_told_again(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # grounds listed and told as none each (各为0件); the 其他 row counted by the number first
    ("不予公开的情形也没有，属于国家秘密、保护第三方合法权益的各为0件。", "2021",
     {"out_denied": 0, "out_denied_state_secret": 0, "out_denied_third_party": 0}),
    ("其他处理2件，这2件计入“其他处理”下的“其他”情形。", "2021", {"out_other": 2, "out_other_other": 2}),
    # the website named at the head of its sentence, its count after; an account's count after its average
    ("区政府门户网站是政务公开的主阵地，全年共公开工作动态、人事信息等各类信息2100条。", "pre2019",
     {"pro_website": 2100}),
    ("政务微信公众号坚持日更，日均推送2条，一年来共推送信息700余条。", "pre2019", {"pro_wechat": 700}),
])
def test_each_none_other_rows_and_channels_named_first(text, regime, expected):
    assert values_in(text, regime) == expected


def test_letters_and_faxes_told_as_none_together_are_the_provincial_row_s_none():
    got = values_in("全年当面、信函和传真方式提出的申请均为零。", "pre2019")
    assert got == {"app_in_person": 0, "app_letter": 0, "app_fax": 0, "app_letter_fax": 0}
    assert "app_letter_fax" not in values_in("全年未收到以信函方式提出的申请。", "pre2019")


@pytest.mark.parametrize("text, regime, expected", [
    # outcomes with 的 before their counts; one count for each outcome listed; a chain of outcomes told as none
    ("行政复议8件，结果维持的3件，被纠正的2件，尚未审结的3件。", "2021",
     {"review_total": 8, "review_upheld": 3, "review_corrected": 2, "review_pending": 3}),
    ("行政复议4件，复议机关维持、纠正的各2件。", "2021",
     {"review_total": 4, "review_upheld": 2, "review_corrected": 2}),
    ("经复议后起诉1件，法院判决维持，没有被依法纠正或以其他结果结案的。", "2021",
     {"suit_after_review_total": 1, "suit_after_review_upheld": 1, "suit_after_review_corrected": 0,
      "suit_after_review_other": 0}),
    # requests not completed carried forward; items unchanged 与上年持平; no request made to the body
    ("至年底仍有4件申请未办结，转入下一年度办理。", "2021", {"req_carried_forward": 4}),
    ("行政处罚事项57项，与上一年持平。", "2019", {"penalty_items_prev": 57, "penalty_items_change": 0}),
    ("本年度没有任何公民向本局提出政府信息公开申请。", "pre2019", {"app_received": 0}),
    # the head at some of the conferences; conferences attended counted with 共
    ("局主要负责同志出席其中3场。全年召开新闻发布会5场。", "pre2019", {"resp_press_conf": 5}),
    ("全年召开新闻发布会5场，局长亲自出席了其中的3场。", "pre2019", {"resp_press_conf": 5, "resp_press_conf_head": 3}),
    # the grounds of 其他处理 counted in a list its clause opens with 中
    ("作其他处理的3件申请中，逾期未补正、行政机关不再处理的2件，其他情形1件。", "2021",
     {"out_other": 3, "out_other_no_correction": 2, "out_other_other": 1}),
])
def test_outcome_counts_carried_forward_unchanged_items_and_heads(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # a target is no count; a channel's count of one kind of content; a sub-unit's count published for it
    ("力争明年门户网站公开信息达到600条。", "pre2019", {}),
    ("门户网站发布招生信息120条。", "pre2019", {}),
    # counts told 对外发布, carried over told 从上年, items 未增未减, the 其他 row in quotes, none told 不存在
    ("本年度我局对外发布政务信息共计150条。", "pre2019", {"pro_total": 150}),
    ("全年未收到新的申请，也没有从上年结转的申请。", "2021", {"req_new": 0, "req_carried_over": 0}),
    ("行政许可方面，上一年项目数量12项，本年未增未减。", "2019",
     {"licensing_items_prev": 12, "licensing_items_change": 0}),
    ("其他处理2件，均属“其他”情形。", "2021", {"out_other": 2, "out_other_other": 2}),
    ("本年度不存在因重复申请而不予处理的情况。", "2021", {"out_unprocessed_repeat": 0}),
    # a kind of lawsuit told as none, its outcomes as none after it
    ("未经复议直接起诉的案件没有发生，维持、纠正和尚未审结的各项均为零。", "2021",
     {"suit_direct_total": 0, "suit_direct_upheld": 0, "suit_direct_corrected": 0, "suit_direct_pending": 0}),
])
def test_targets_kinds_none_told_otherwise(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # the requests the outcomes were made for; documents in force after the year's other columns (…现行有效的共计N件)
    ("全年作出办理结果的申请合计30件，其中予以公开20件。", "2021", {"out_total": 30, "out_granted": 20}),
    ("规范性文件方面，本年新制发3件，经清理废止8件，截至年底现行有效的共计90件。", "2021",
     {"normative_issued_2021": 3, "normative_repealed": 8, "normative_in_force": 90}),
    # readings counted number first in a list of kinds; conferences told as a noun phrase; counts published online
    ("其中通知公告40条，另有6篇为政策解读稿件。", "pre2019", {"resp_policy_readings": 6}),
    ("本局召开和参加的新闻发布会全年共计4场。", "pre2019", {"resp_press_conf": 4}),
    ("全年上网公开的政务信息达到300余条。", "pre2019", {"pro_website": 300}),
])
def test_decided_requests_documents_readings_conferences_and_online(text, regime, expected):
    assert values_in(text, regime) == expected


def test_grounds_listed_then_told_as_a_sum_of_none():
    got = values_in("因重复申请、要求提供公开出版物而不予处理的，合计为0件。", "2021")
    assert got == {"out_unprocessed_repeat": 0, "out_unprocessed_publication": 0}


@pytest.mark.parametrize("text, regime, expected", [
    # channels counted with 经, the account's count number first, readings under their topic number first
    ("全年经局门户网站对外发布信息900条。", "pre2019", {"pro_website": 900}),
    ("全年共有300篇信息通过政务微信公众号推送。", "pre2019", {"pro_wechat": 300}),
    ("政策解读方面，8篇解读材料随文件同步发布。", "pre2019", {"resp_policy_readings": 8}),
    # replies made told as none; the article 20 fees, not the information fees; the year's decided requests
    ("全年作出的答复为0件。", "pre2019", {"reply_total": 0}),
    ("本年度未收取行政事业性收费。", "2021", {"fee_amount": 0}),
    ("本年度办理完毕的申请共6件。", "2021", {"out_total": 6}),
    # last year's items as the base of the change
    ("行政处罚方面，在上一年80项的基础上净减少6项。", "2019", {"penalty_items_prev": 80, "penalty_items_change": -6}),
])
def test_channels_replies_fees_and_bases_retold(text, regime, expected):
    assert values_in(text, regime) == expected


def test_documents_a_review_went_over_are_not_the_years():
    assert "normative_issued_2021" not in values_in("对本局印发的40件规范性文件进行全面清理。", "2021")


def test_the_requests_decided_all_granted():
    assert values_in("全年共办结申请6件，全部予以公开。", "2019") == {"out_total": 6, "out_granted": 6}
    assert "out_granted" not in values_in("全年共办结申请6件，全部予以公开或部分公开。", "2019")


@pytest.mark.parametrize("text, regime, expected", [
    # none carried over told with 过来/下来; the requests completed told as a total of none
    ("上年也没有结转下来的政府信息公开申请。", "2021", {"req_carried_over": 0}),
    ("本年度办结总数为零。", "2019", {"out_total": 0}),
])
def test_none_carried_over_and_none_completed(text, regime, expected):
    assert values_in(text, regime) == expected


def test_a_channel_s_count_of_replies_to_proposals_is_one_kind_of_content():
    assert "pro_website" not in values_in("门户网站公开人大代表建议答复和政协提案答复共18件。", "pre2019")


@pytest.mark.parametrize("text, regime, expected", [
    # none carried over from last year told with 下来; every case of a group of one ground told with 均因
    ("全年没有从上一年度结转下来的申请。", "2021", {"req_carried_over": 0}),
    ("不予处理2件，均因属于重复申请。", "2021", {"out_unprocessed": 2, "out_unprocessed_repeat": 2}),
])
def test_none_carried_over_and_one_ground_told_with_because(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # labels listed, then their figures in the same order: each label its own figure, not the first the last's
    ("本年度不予公开的申请共4件，其中属于国家秘密、属于三类内部事务信息、属于四类过程性信息的分别为2件、1件、1件。",
     "2021",
     {"out_denied": 4, "out_denied_state_secret": 2, "out_denied_internal": 1, "out_denied_process": 1}),
    ("予以公开、部分公开、不予公开的申请分别有10件、5件、3件。", "2019",
     {"out_granted": 10, "out_partial": 5, "out_denied": 3}),
    ("全年举办培训班和参训人员分别为3期、120人次。", "2021", {"trainings": 3, "trainees": 120}),
    # with the verb between 分别 and the figures
    ("厅门户网站、政务微博分别公开信息4818条、1200条。", "2021", {"pro_website": 4818, "pro_weibo": 1200}),
    ("通过网上申请、当面申请提交的分别为3件、2件。", "pre2019", {"app_online": 3, "app_in_person": 2}),
    # one figure for each of two grounds, in a frame naming their group
    ("在5件不予公开的申请中，属于国家秘密和属于行政执法案卷的各1件，属于三类内部事务信息的3件。", "2021",
     {"out_denied": 5, "out_denied_state_secret": 1, "out_denied_enforcement": 1, "out_denied_internal": 3}),
])
def test_figures_told_respectively(text, regime, expected):
    assert values_in(text, regime) == expected


def test_a_label_of_a_list_no_item_names_keeps_its_own_figure():
    doc = Document(name="x", format="txt", sha256="", size=0, text="行政复议和行政诉讼分别为2件、1件。")
    facts = {(f.item, f.value, f.row_label) for f in extract_prose(doc, regime="2021")}
    assert facts == {("review_total", 2, None), ("prose_other", 1, "行政诉讼")}


def test_no_fee_waiver_is_not_no_fees():
    assert values_in("本年度我局没有发生政府信息公开收费减免，减免金额为0元。", "pre2019") == {"fee_waiver": 0}
    assert values_in("本机关未发生收费及减免情况。", "pre2019") == {"fees": 0}


@pytest.mark.parametrize("text, expected", [
    # a group's own grounds right after its figure's comma, with no word that opens a list
    ("不予公开3件，属于国家秘密的2件，属于三类内部事务信息的1件。",
     {"out_denied": 3, "out_denied_state_secret": 2, "out_denied_internal": 1}),
    ("无法提供2件，没有现成信息需要另行制作的1件，补正后申请内容仍不明确的1件。",
     {"out_unable": 2, "out_unable_needs_creation": 1, "out_unable_unclear": 1}),
    # a none of all eight grounds, the list longer than a clause's usual reach
    ("本年度没有不予公开的情况，属于国家秘密、其他法律行政法规禁止公开、危及“三安全一稳定”、保护第三方合法权益、"
     "属于三类内部事务信息、属于四类过程性信息、属于行政执法案卷、属于行政查询事项而不予公开的情形均未发生。",
     {"out_denied": 0, **{f"out_denied_{ground}": 0 for ground in (
         "state_secret", "prohibited", "security", "third_party", "internal", "process", "enforcement", "inquiry")}}),
])
def test_grounds_after_their_group_without_an_opening_word(text, expected):
    assert values_in(text, "2021") == expected


def test_a_tax_relief_s_amount_is_no_fee_waived():
    assert values_in("受理的事项中，个人出售自有住房减免税7件，减免金额21470.27元。", "pre2019") == {}
    assert values_in("政府信息公开收费及减免方面，本年度未收取费用，减免金额0元。", "pre2019") == {
        "fees": 0, "fee_waiver": 0}


@pytest.mark.parametrize("text, expected", [
    # the kind of document named before a semicolon, its measures after it
    ("截至12月底，本局现行有效的行政规范性文件共64件；当年新制发9件，废止3件。",
     {"normative_in_force": 64, "normative_issued_2021": 9, "normative_repealed": 3}),
    # the year's end named with its number is the year's own
    ("规范性文件方面，截至2023年底现行有效的共30件，其中本年制发4件；年内废止1件。",
     {"normative_in_force": 30, "normative_issued_2021": 4, "normative_repealed": 1}),
    # each kind in its own part of the sentence
    ("规章方面，本年制发0件；规范性文件方面，制发5件，废止2件。",
     {"rules_issued": 0, "normative_issued_2021": 5, "normative_repealed": 2}),
])
def test_measures_of_a_kind_of_document_named_before_a_semicolon(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text, expected", [
    # none carried over told with 未有, or from last year by its number into this one
    ("上一年度未有结转过来的政府信息公开申请。", {"req_carried_over": 0}),
    ("2022年没有结转至今年的申请。", {"req_carried_over": 0}),
    ("2021年没有结转到2022年的申请。", {}),  # (from this year to the next, or last year's to this: not known)
    # the count of reviews told as the cases' number, 的 before 案件
    ("本局被申请行政复议的案件数为零。", {"review_total": 0}),
    # lawsuits after review brought again (又), and every case upheld told after the count
    ("经复议后又向法院提起诉讼的3件，结果同样都是维持。",
     {"suit_after_review_total": 3, "suit_after_review_upheld": 3}),
    ("直接起诉的2件，2件均经法院判决维持。", {"suit_direct_total": 2, "suit_direct_upheld": 2}),
    ("被申请行政复议4件，结果也都是维持。", {"review_total": 4, "review_upheld": 4}),
    # the outcomes of both kinds of lawsuit none, after a frame naming both
    ("在以上两类诉讼中，其他结果和尚未审结的数量均为零。",
     {"suit_direct_other": 0, "suit_direct_pending": 0, "suit_after_review_other": 0, "suit_after_review_pending": 0}),
])
def test_carried_over_reviews_and_lawsuits_retold_again(text, expected):
    assert values_in(text, "2021") == expected


def test_figures_of_a_sentence_opened_as_a_running_total_are_not_the_year_s():
    assert values_in("按历年累计统计，门户网站公开信息5120条，政府公报刊登12条。", "pre2019") == {}
    assert values_in("本年度通过政府公报公开信息12条。", "pre2019") == {"pro_gazette": 12}


@pytest.mark.parametrize("text, expected", [
    ("政府公报方面，本年度没有刊登本机关信息。", {"pro_gazette": 0}),
    ("政务微博方面，全年未发布过信息。", {"pro_weibo": 0}),
])
def test_a_channel_s_heading_then_its_none(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, regime, expected", [
    # the decision upheld named as 原决定; a correction none of which happened told as 未被纠正
    ("全年行政复议3件，其中复议机关维持原答复2件，纠正1件。", "2021",
     {"review_total": 3, "review_upheld": 2, "review_corrected": 1}),
    ("被申请行政复议2件，复议机关均作出维持决定，未被纠正。", "2021",
     {"review_total": 2, "review_upheld": 2, "review_corrected": 0}),
    # a fee told with 为 before its amount
    ("本年度向申请人收取的信息处理费为0元。", "2021", {"fees": 0}),
    # the press conferences named first, the verb after them
    ("新闻发布会全年共召开3次。", "2021", {"resp_press_conf": 3}),
    # disclosures made to the public (向社会)
    ("本局主动向社会公开政府信息356条。", "pre2019", {"pro_total": 356}),
])
def test_outcomes_fees_conferences_and_disclosures_in_other_words(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    # a group told after all its grounds, said none: the grounds' nones and the group's
    ("因本机关不掌握相关政府信息、没有现成信息需要另行制作或者补正后申请内容仍不明确而无法提供的，数量为零。",
     {"out_unable": 0, "out_unable_not_held": 0, "out_unable_needs_creation": 0, "out_unable_unclear": 0}),
    # ... but not a group told after one of its grounds only
    ("因属于国家秘密而不予公开的一件也没有。", {"out_denied_state_secret": 0}),
    ("因属于行政查询事项而不予公开的0件。", {"out_denied_inquiry": 0}),
    # the grounds closed by 这N种情形 (a count of kinds, no count of cases)
    ("不予处理的申请为零，重复申请、要求提供公开出版物这两种情形一件也没有。",
     {"out_unprocessed": 0, "out_unprocessed_repeat": 0, "out_unprocessed_publication": 0}),
])
def test_nones_of_grounds_and_their_groups(text, expected):
    assert values_in(text, "2021") == expected


def test_a_sentence_opened_by_the_body_s_will_is_a_plan():
    assert values_in("2022年，我局将重点做好三项工作：一是举办信息公开培训3次；二是完善制度。", "2021") == {}


def test_a_count_of_each_of_several_accounts_is_no_channel_s_count():
    assert values_in("本厅两个政务微信公众号各推送信息300条。", "pre2019") == {}
    assert values_in("本厅政务微信公众号推送信息300条。", "pre2019") == {"pro_wechat": 300}


@pytest.mark.parametrize("text, expected", [
    # a figure first, then what it counts after 是, 为 or a dash
    ("126件是本年度新收的政府信息公开申请。", {"req_new": 126}),
    ("2350条——这是本局门户网站全年公开的信息总数。", {"pro_website": 2350}),
    ("58.5万元为本年行政事业性收费的收费金额。", {"fee_amount": 58.5}),
    # ... not an outcome of a clause's parts (read as a part, as before)
    ("复议后起诉的2件，1件结果维持，1件为其他结果。",
     {"suit_after_review_total": 2, "suit_after_review_upheld": 1, "suit_after_review_other": 1}),
])
def test_a_figure_told_before_what_it_counts(text, expected):
    assert values_in(text, "2021") == expected


def test_grounds_told_figure_first_after_a_dash_and_three_grounds_sharing_one_figure():
    text = ("不予公开的共20件——10件属于三类内部事务信息，6件属于行政查询事项，"
            "危及“三安全一稳定”、保护第三方合法权益的各2件。")
    assert values_in(text, "2021") == {"out_denied": 20, "out_denied_internal": 10, "out_denied_inquiry": 6,
                                       "out_denied_security": 2, "out_denied_third_party": 2}


@pytest.mark.parametrize("text, expected", [
    ("本机关从上一年度结转过来的申请为零。", {"req_carried_over": 0}),
    ("上年结转而来的申请共2件。", {"req_carried_over": 2}),
    ("结转至下一年度办理的申请计3件。", {"req_carried_forward": 3}),
])
def test_carried_over_and_forward_counted_with_their_noun_phrases(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text, expected", [
    # grounds listed, then closed by a clause of their own saying none of these kinds came
    ("不予处理的申请为0件，重复申请、要求提供公开出版物，以上两类申请均未收到。",
     {"out_unprocessed": 0, "out_unprocessed_repeat": 0, "out_unprocessed_publication": 0}),
    # the fees charged said to be none
    ("本局全年收取的信息处理费为零。", {"fees": 0}),
    # each kind of lawsuit with its total after a comma
    ("未经复议直接起诉的，总计2件；复议后起诉的，合计0件。", {"suit_direct_total": 2, "suit_after_review_total": 0}),
    # documents still in force (仍然有效)
    ("规范性文件方面，截至年底仍然有效的共18件。", {"normative_in_force": 18}),
])
def test_nones_fees_suits_and_documents_in_force_retold(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text, expected", [
    # the count first, then the verb and the conferences; or the conferences, then a passive clause
    ("本年度我局先后3次召开新闻发布会。", {"resp_press_conf": 3}),
    ("全年共有5场新闻发布会由本机关主办。", {"resp_press_conf": 5}),
    # reviews counted as 的案件, all upheld after a clause of their own
    ("被申请行政复议的案件有2件，经复议，均维持了原答复。", {"review_total": 2, "review_upheld": 2}),
    # every request by one channel and replied to on time, told without a count of their own
    ("共收到政府信息公开申请5件，申请人均通过网络平台提交，我局全部在法定期限内作出答复。",
     {"app_received": 5, "app_online": 5, "app_completed_on_time": 5}),
])
def test_conferences_reviews_and_requests_told_without_their_usual_order(text, expected):
    assert values_in(text, "pre2019") == expected


def test_figures_first_with_their_nouns_and_a_total_s_parts_read_by_its_pattern():
    assert values_in("1200件行政处罚决定和36件行政强制决定由各执法部门作出。", "2021") == {
        "penalty_decisions": 1200}  # (the second noun's figure after 和: not read, never the first's)
    assert values_in("1件因政府信息公开提起的行政诉讼，经审理法院驳回原告起诉。", "pre2019") == {
        "lawsuit_total": 1, "lawsuit_upheld": 1}


@pytest.mark.parametrize("text, expected", [
    ("本年度办理结果总计12件，结转下年度继续办理的为零。", {"out_total": 12, "req_carried_forward": 0}),
    ("全年办结的政府信息公开申请共计9件。", {"app_completed": 9, "out_total": 9}),
    ("被申请行政复议3件：2件复议结果为维持，1件被纠正。",
     {"review_total": 3, "review_upheld": 2, "review_corrected": 1}),
    ("无法提供的5件，原因都是本机关不掌握相关政府信息。", {"out_unable": 5, "out_unable_not_held": 5}),
])
def test_carried_forward_completed_upheld_and_one_ground_in_other_words(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text, expected", [
    ("行政处罚事项上一年为120项，本年度既没有增加也没有减少。", {"penalty_items_prev": 120, "penalty_items_change": 0}),
    ("其他对外管理服务事项上一年为8项，本年未增加或减少。",
     {"other_services_items_prev": 8, "other_services_items_change": 0}),
])
def test_no_change_of_the_article_20_items_in_other_words(text, expected):
    assert values_in(text, "2019") == expected


@pytest.mark.parametrize("text, regime, expected", [
    # an item of a numbered list: its label, a comma, then its figure
    ("一是予以公开，12件；二是部分公开，3件；三是不予公开，小计2件。", "2021",
     {"out_granted": 12, "out_partial": 3, "out_denied": 2}),
    # every request by one channel (采用), a channel named as the website, a body said not to be sued
    ("本年度共收到政府信息公开申请3件，申请人均采用信函方式提出。", "pre2019", {"app_received": 3, "app_letter": 3}),
    ("按提出方式分，网站申请4件，当面申请1件。", "pre2019", {"app_online": 4, "app_in_person": 1}),
    ("行政诉讼方面，本机关全年未因政府信息公开被起诉。", "pre2019", {"lawsuit_total": 0}),
])
def test_numbered_lists_channels_and_lawsuits_in_other_words(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    ("本年度本局接到的政府信息公开申请仅有2件。", {"app_received": 2}),
    ("全年我局主动公开的政府信息总数为856条。", {"pro_total": 856}),
])
def test_requests_received_and_disclosures_as_noun_phrases(text, expected):
    assert values_in(text, "pre2019") == expected


def test_a_sentence_opened_as_the_years_past_is_a_running_total():
    assert values_in("历年来，本机关涉及政府信息公开的行政复议累计仅有2件。", "pre2019") == {}


def test_a_microblog_s_interview_is_no_online_interview_and_outcomes_follow_经复议机关审理():
    assert values_in("依托政务微博开展微访谈活动2场。", "2021") == {}
    assert values_in("被申请行政复议3件。经复议机关审理，维持1件、纠正2件。", "2021") == {
        "review_total": 3, "review_upheld": 1, "review_corrected": 2}


@pytest.mark.parametrize("text, regime, expected", [
    # a kind of lawsuit told as none, then its outcomes and total listed as none (总计 in the list, 皆)
    ("复议后提起诉讼的案件本年度没有发生，其结果维持、结果纠正、其他结果、尚未审结和总计均为零。", "2021",
     {"suit_after_review_total": 0, "suit_after_review_upheld": 0, "suit_after_review_corrected": 0,
      "suit_after_review_other": 0, "suit_after_review_pending": 0}),
    ("行政复议1件，结果维持1件，结果纠正、其他结果和尚未审结的数量皆为零。", "2021",
     {"review_total": 1, "review_upheld": 1, "review_corrected": 0, "review_other": 0, "review_pending": 0}),
    # 未经复议 is no negation: a direct suit's none is not the other kind's
    ("未经复议直接起诉的行政诉讼全年没有发生。", "2021", {"suit_direct_total": 0}),
    # the provincial tables' 否决公开 for the replies denied
    ("本年度作出同意公开答复3件，部分公开和否决公开的答复均为零。", "pre2019",
     {"reply_granted": 3, "reply_partial": 0, "reply_denied": 0}),
    ("否决公开答复1件，理由是涉及商业秘密。", "pre2019", {"reply_denied": 1}),
    # complaints about disclosure said none after them
    ("有关政府信息公开工作的行政申诉，全年同样没有接到。", "pre2019", {"complaints": 0}),
    ("涉及信息公开事项的申诉和举报投诉也为零。", "pre2019", {"complaints": 0}),
])
def test_nones_of_outcome_lists_denials_and_complaints(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    ("未经复议直接起诉的行政诉讼1件。", "2021", "suit_after_review_total"),
    # a complaint about something else than disclosure
    ("针对征地补偿的申诉同样未发生。", "pre2019", "complaints"),
    ("有关政府信息公开的申诉3件。", "pre2019", "complaints"),
])
def test_near_wordings_give_no_none_of_the_other_kind_or_complaints(text, regime, absent):
    assert absent not in values_in(text, regime)


@pytest.mark.parametrize("text, regime, expected", [
    # one office's share of a whole area's requests is not its total
    ("由市政府办公室代为受理的申请有8件，均按时答复。全市新收政府信息公开申请120件。", "2021", {"req_new": 120}),
    # a case closed otherwise; the one case upheld beside outcomes listed as none; suits 诉至/诉诸 the court
    ("经复议后起诉的2件，1件结果维持，另1件按其他结果结案。", "2021",
     {"suit_after_review_total": 2, "suit_after_review_upheld": 1, "suit_after_review_other": 1}),
    ("直接向法院起诉的1件，判决维持原行政行为，结果纠正、其他结果、尚未审结的数量均为0。", "2021",
     {"suit_direct_total": 1, "suit_direct_upheld": 1, "suit_direct_corrected": 0, "suit_direct_other": 0,
      "suit_direct_pending": 0}),
    ("复议后诉诸人民法院的3件，均被判决驳回。", "2021",
     {"suit_after_review_total": 3, "suit_after_review_upheld": 3}),
    ("行政复议4件，其中3件结果维持，1件结果纠正。", "2021",
     {"review_total": 4, "review_upheld": 3, "review_corrected": 1}),
    # the disclosure staff's trainings (人员 before 培训 is no count of people)
    ("组织全局政务公开工作人员培训3次。", "pre2019", {"trainings": 3}),
    # replies sent by e-mail are no e-mail channel beside the web's; some requests by a channel, figure first
    ("通过网上申请平台提交8件。以电子邮件方式回复申请人的有5件。", "2021", {"app_online": 8}),
    ("收到政府信息公开申请14件，网络申请12件，另有2件是以传真方式提交的。", "2021",
     {"req_new": 14, "app_online": 12, "app_fax": 2}),
    # the requests counted before, all completed in a sentence of their own; replies as the outcomes' total
    ("收到政府信息公开申请12件。以上12件申请年内均已办理完毕。", "2021",
     {"req_new": 12, "app_completed": 12, "out_total": 12}),
    ("本年度答复申请30件，其中予以公开20件，不予公开10件。", "2019",
     {"out_total": 30, "out_granted": 20, "out_denied": 10}),
])
def test_shares_closings_trainings_and_completions(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, absent", [
    # another field's trainings
    ("举办全省中小学教师岗位培训班20期，培训1500人次。", "pre2019", "trainings"),
    ("举办全省中小学教师岗位培训班20期，培训1500人次。", "pre2019", "trainees"),
    ("由区政府办公室受理的申请有6件。", "2021", "req_new"),
    ("另有1件以其他方式结案。", "2021", "pro_other"),
])
def test_near_wordings_give_no_share_training_or_channel(text, regime, absent):
    assert absent not in values_in(text, regime)


@pytest.mark.parametrize("text, regime, expected", [
    # all the area's departments together are the area's decisions
    ("全市各执法部门本年度作出的行政处罚决定共计1520件。", "2021", {"penalty_decisions": 1520}),
    ("全县所有审批部门共作出行政许可决定860件。", "2019", {"licensing_decisions": 860}),
    # none of the new rules; a list of grounds each ending in 的, then all none; the one ground of a group's cases
    ("规章方面，本机关全年没有制定新的规章。", "2021", {"rules_issued": 0}),
    ("其他处理方面，申请人无正当理由逾期不补正、行政机关不再处理其申请的，申请人逾期未按收费通知要求缴纳费用、"
     "行政机关不再处理其申请的，以及其他情形，本年度都没有。", "2021",
     {"out_other_no_correction": 0, "out_other_no_fee": 0, "out_other_other": 0}),
    ("不予公开的2件，该申请属于三类内部事务信息。", "2021", {"out_denied": 2, "out_denied_internal": 2}),
    # the replies' total as none in other words
    ("全年作出的申请答复数量也是0件。", "pre2019", {"reply_total": 0}),
    ("由于没有收到申请，依申请公开答复数为0。", "pre2019", {"app_received": 0, "reply_total": 0}),
    # the head at every conference; readings put out; the number before the information disclosed
    ("今年召开新闻发布会2场，每场都由局主要负责同志亲自到场发布。", "pre2019",
     {"resp_press_conf": 2, "resp_press_conf_head": 2}),
    ("政策解读稿件全年共推出15篇。", "2021", {"resp_policy_readings": 15}),
    ("本年度共有350条政府信息由本局主动向社会公开。", "pre2019", {"pro_total": 350}),
    ("1200条政务信息通过区政府门户网站对外发布。", "pre2019", {"pro_website": 1200}),
])
def test_area_decisions_lists_of_none_and_figures_first(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime", [
    ("各乡镇作出行政处罚决定30件。", "2021"),  # some units, not all the area's departments
    ("全区各执法部门上年作出行政处罚决定2000件。", "2021"),  # last year's
    ("其中，50条信息经区财政局主动公开。", "pre2019"),  # a part, by a unit
])
def test_near_wordings_give_no_decisions_or_total(text, regime):
    assert values_in(text, regime) == {}


def test_one_named_units_requests_are_not_the_areas():
    assert values_in("卫生健康委员会全年办结32件。全区当年办结的申请共200件。", "2021") \
        == {"app_completed": 200, "out_total": 200}
    assert values_in("本局全年办结申请12件。", "2021") == {"app_completed": 12, "out_total": 12}


_NONE_OF_EACH = {"upheld": 0, "corrected": 0, "other": 0, "pending": 0}


@pytest.mark.parametrize("text, regime, expected", [
    # outcomes told as none once for both kinds of lawsuit, after both totals
    ("直接向法院起诉的和复议后起诉的均为0件，其结果维持、结果纠正、其他结果和尚未审结的也都没有。", "2021",
     {"suit_direct_total": 0, "suit_after_review_total": 0, **{f"suit_direct_{k}": v for k, v in _NONE_OF_EACH.items()},
      **{f"suit_after_review_{k}": v for k, v in _NONE_OF_EACH.items()}}),
    ("未经复议直接起诉2件、复议后起诉1件，相应的其他结果和尚未审结数均为零。", "2021",
     {"suit_direct_total": 2, "suit_after_review_total": 1, "suit_direct_other": 0, "suit_direct_pending": 0,
      "suit_after_review_other": 0, "suit_after_review_pending": 0}),
    # the reviews' total as none, then its outcomes (同样 among the adverbs of a none)
    ("复议总数同样为0件，结果维持、结果纠正、其他结果和尚未审结的均为零。", "2019",
     {"review_total": 0, **{f"review_{k}": v for k, v in _NONE_OF_EACH.items()}}),
    # a count of reviews told again later, its outcomes after it in a sentence opened by 经复议
    ("被申请行政复议5件。其他工作情况略。行政复议共5件。经复议，维持原答复的4件，被纠正的1件。", "2021",
     {"review_total": 5, "review_upheld": 4, "review_corrected": 1}),
])
def test_outcomes_shared_by_both_kinds_and_after_a_count_told_again(text, regime, expected):
    assert values_in(text, regime) == expected


def test_a_shared_outcomes_clause_with_figures_of_its_own_is_not_both_kinds():
    facts = values_in("直接起诉2件、复议后起诉1件，其中结果维持2件，其他结果均为零。", "2021")
    assert "suit_direct_upheld" not in facts or "suit_after_review_upheld" not in facts


@pytest.mark.parametrize("text, expected", [
    # a group's grounds in the next sentence opened by 其中, listed with semicolons or figure first (系, 因)
    ("不予处理2件。其中，属于信访举报投诉类申请的1件；属于重复申请的1件。",
     {"out_unprocessed": 2, "out_unprocessed_petition": 1, "out_unprocessed_repeat": 1}),
    ("无法提供的申请共9件。其中7件系本机关不掌握相关政府信息，2件因没有现成信息、需要另行制作。",
     {"out_unable": 9, "out_unable_not_held": 7, "out_unable_needs_creation": 2}),
    # every lawsuit of one kind, 经 left out
    ("行政诉讼4件，均为复议后起诉。", {"suit_after_review_total": 4}),
])
def test_grounds_after_a_group_s_sentence_and_lawsuits_of_one_kind(text, expected):
    assert values_in(text, "2021") == expected


def test_a_sentence_opened_by_其中_after_another_group_gives_no_ground():
    assert "out_denied_state_secret" not in values_in("予以公开5件。其中，属于国家秘密的1件。", "2021")
    # nor a figure after 其中 with no 是/系/因 before what it counts
    assert values_in("对收到的建议提案，我厅将其中15件的办理结果在厅网站发布。", "2021") == {}


@pytest.mark.parametrize("text, regime, expected", [
    # grounds listed after their group's none, then 各为零 or 都没有 (the list after the group's colon)
    ("不予处理的申请同样为0件，信访举报投诉类申请、重复申请以及要求提供公开出版物的，各为零。", "2021",
     {"out_unprocessed": 0, "out_unprocessed_petition": 0, "out_unprocessed_repeat": 0,
      "out_unprocessed_publication": 0}),
    ("无法提供的申请0件：本机关不掌握相关政府信息的、没有现成信息需要另行制作的，都没有。", "2021",
     {"out_unable": 0, "out_unable_not_held": 0, "out_unable_needs_creation": 0}),
    ("不予公开的为0件，无论是属于国家秘密，还是属于三类内部事务信息，都无一件。", "2021",
     {"out_denied": 0, "out_denied_state_secret": 0, "out_denied_internal": 0}),
    # coercion told by its measures; no change with 数量; none carried over with words before 的申请
    ("本年度没有作出行政处罚决定，也未采取行政强制措施。", "2019", {"penalty_decisions": 0, "coercion_decisions": 0}),
    ("其他对外管理服务事项上一年为12项，本年度数量没有增减。", "2019",
     {"other_services_items_prev": 12, "other_services_items_change": 0}),
    ("本年度未收到申请，也没有从上年结转过来尚未办结的申请。", "2021", {"req_new": 0, "req_carried_over": 0}),
    ("直接起诉的案件0件，经复议后再起诉的案件同样是0件。", "2021",
     {"suit_direct_total": 0, "suit_after_review_total": 0}),
    # the requests still open are not those completed
    ("全年收到政府信息公开申请5件，尚未办结的1件将结转下年。", "pre2019", {"app_received": 5}),
])
def test_lists_of_none_measures_and_open_requests(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    # staff told full time with 的有, the rest part time (其余…兼任); a special training (专题培训班) is the body's own
    ("全局从事政府信息公开工作的人员共5名，专职的有1名，其余4名由各科室同志兼任。",
     {"staff_total": 5, "staff_full_time": 1, "staff_part_time": 4}),
    ("全年举办政务公开专题培训班3期，培训200人次。", {"trainings": 3, "trainees": 200}),
    # the other kinds of reply in a list of none
    ("申请信息不存在、告知作出更改补充和告知通过其他途径办理的答复，全年均未发生。",
     {"reply_not_exist": 0, "reply_amend": 0, "reply_other_channel": 0}),
])
def test_staff_special_trainings_and_other_replies_retold(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # the year's total through several channels, one of them a column (专栏和官方微信公众号): the body's
    ("通过门户网站公开专栏和政务微博，我委全年主动公开各类政府信息合计860条。", {"pro_total": 860}),
    # one member of staff named for the disclosure work
    ("办公室指定2名业务骨干负责政务公开的日常工作。", {"staff_total": 2}),
])
def test_totals_over_channels_and_staff_named_for_the_work(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text", [
    "通过官方微信公众号，我委全年主动公开各类政府信息合计260条。",  # one account's
    "厅网站全年更新各类信息3400余条，政务微博、微信公众号全年主动公开信息2772篇。",  # new media's, the website's apart
    "各科室各指定1名业务骨干负责政务公开的日常工作。",  # each unit's
])
def test_near_wordings_give_no_total_or_staff(text):
    facts = values_in(text, "pre2019")
    assert "pro_total" not in facts and "staff_total" not in facts


@pytest.mark.parametrize("text, regime, expected", [
    # grounds after their group's colon, each its own clause, closed by a count of them (这N种情形一件也没有)
    ("不予处理的为0件：信访举报投诉类申请，重复申请，要求提供公开出版物，这三种情形一件也没有。", "2021",
     {"out_unprocessed": 0, "out_unprocessed_petition": 0, "out_unprocessed_repeat": 0,
      "out_unprocessed_publication": 0}),
    # outcomes none for both kinds, in a clause further on (自然也就没有…)
    ("直接起诉和复议后起诉的案件均为零，因此，也就没有结果维持、结果纠正、其他结果或尚未审结的案件。", "2021",
     {"suit_direct_total": 0, "suit_after_review_total": 0, **{f"suit_direct_{k}": v for k, v in _NONE_OF_EACH.items()},
      **{f"suit_after_review_{k}": v for k, v in _NONE_OF_EACH.items()}}),
    # another profession's trainings; the disclosure officers' own
    ("组织全市教师业务培训6期，培训教师900人次。", "pre2019", {}),
    ("组织信息员业务培训2期，培训80人次。", "pre2019", {"trainings": 2, "trainees": 80}),
])
def test_counted_lists_of_none_far_outcomes_and_professions(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    ("全年经审核后主动公开的政府信息同样为300条。", "pre2019", {"pro_total": 300}),  # 同样为 before a figure
    ("行政复议合计为零，结果维持、结果纠正、其他结果和尚未审结的均无。", "2021",
     {"review_total": 0, **{f"review_{k}": v for k, v in _NONE_OF_EACH.items()}}),
    # the head's conferences counted after 出席…的
    ("全年召开新闻发布会4次，局主要负责同志出席的有3次。", "pre2019",
     {"resp_press_conf": 4, "resp_press_conf_head": 3}),
    # penalties told as none by the act
    ("本年度未实施行政处罚。", "2021", {"penalty_decisions": 0}),
])
def test_same_totals_reviews_conferences_and_penalties(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    # the one review upheld, the other outcomes none as 行政复议案件 (the none's 纠正 is no correction)
    ("被申请行政复议1件，复议机关审理后维持了原答复；结果纠正、其他结果和尚未审结的行政复议案件均为零。",
     {"review_total": 1, "review_upheld": 1, "review_corrected": 0, "review_other": 0, "review_pending": 0}),
    # carried over from a year by its number; carried forward while still within the legal limit
    ("本年新收政府信息公开申请20件，加上从2022年结转的3件，共需办理23件。", {"req_new": 20, "req_carried_over": 3}),
    ("年底仍有2件申请在法定期限内，转入下一年度继续办理。", {"req_carried_forward": 2}),
])
def test_one_review_upheld_and_requests_carried_by_year_or_limit(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text, expected", [
    # procurement's amount in 元, the item in 万元
    ("政府集中采购方面，本年度完成集中采购项目2个，采购总金额为153000元。",
     {"procurement_items": 2, "procurement_amount": 15.3}),
    # the article 20 table's last year and change none in other words
    ("本局不收取行政事业性收费，上一年收费项目为零，本年也没有增加或减少。",
     {"fee_items_prev": 0, "fee_items_change": 0}),
    ("其他对外管理服务事项，上一年没有此类项目，本年项目数量未增未减。",
     {"other_services_items_prev": 0, "other_services_items_change": 0}),
])
def test_procurement_in_yuan_and_article_20_nones(text, expected):
    assert values_in(text, "2019") == expected


@pytest.mark.parametrize("text, expected", [
    # a count by unit is no total; the year's total with 的 before the information
    ("分单位看，区直部门在互联网上主动公开信息300条。全区主动向社会公开的政府信息达900条。", {"pro_total": 900}),
    # replies and complaints told none in words
    ("因无申请，本年度也未作出任何答复。", {"reply_total": 0}),
    ("针对政府信息公开工作的申诉和举报，一件也没有。", {"complaints": 0}),
    # an operators' training is no disclosure training
    ("举办特种设备作业人员培训班4期，培训企业作业人员200人次。", {}),
])
def test_units_counts_replies_complaints_and_operators(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    ("没有人申请行政复议，也没有人提起行政诉讼，复议和诉讼案件均为零。", {"review_total": 0, "lawsuit_total": 0}),
    ("全年没有收到有关政府信息公开的举报、投诉。", {"complaints": 0}),
    ("本年度共对申请作出答复6件。", {"reply_total": 6}),
])
def test_reviews_lawsuits_complaints_and_replies_in_short_words(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # a ground after 系因涉及 (the 及 of 涉及 lists nothing)
    ("不予公开2件，系因涉及保护第三方合法权益。", {"out_denied": 2, "out_denied_third_party": 2}),
    # both kinds' outcomes in the next sentence about those cases: all upheld, none corrected by a ruling
    ("被提起行政诉讼5件，其中未经复议直接起诉的3件，复议后起诉的2件。上述案件经法院审理，均维持了原行政行为，"
     "没有被判决纠正的。",
     {"suit_direct_total": 3, "suit_after_review_total": 2, "suit_direct_upheld": 3, "suit_after_review_upheld": 2,
      "suit_direct_corrected": 0, "suit_after_review_corrected": 0}),
])
def test_grounds_after_涉及_and_outcomes_of_those_cases(text, expected):
    assert values_in(text, "2021") == expected


def test_the_next_sentence_about_other_cases_gives_no_outcome():
    facts = values_in("未经复议直接起诉的3件，复议后起诉的2件。其他领域的案件经法院审理，均维持了原行政行为。", "2021")
    assert "suit_direct_upheld" not in facts and "suit_after_review_upheld" not in facts


def test_a_count_of_cases_told_as_none_again_gives_its_outcomes_after_it():
    facts = values_in("本年度没有发生行政诉讼。行政诉讼方面，未经复议直接起诉的案件为零，"
                      "其中结果维持、结果纠正、其他结果、尚未审结的均没有。", "2021")
    assert facts == {"suit_direct_total": 0, "suit_after_review_total": 0,
                     **{f"suit_direct_{k}": v for k, v in _NONE_OF_EACH.items()}}


@pytest.mark.parametrize("text, expected", [
    # a town's count is not the county's; the rest of the information made, disclosed
    ("城关镇全年公开信息120条。全县共制作政府信息900条，列为不予公开的100条，其余800条均已主动向社会公开。",
     {"pro_total": 800}),
    ("全年我乡主动公开政府信息45条。", {"pro_total": 45}),  # the body's own (我乡)
    # another field's special funds and a budget's figures are no disclosure budget
    ("全年下达并公开扶贫专项资金1860万元。", {}),
    ("公开“三公”经费预算合计1268.4万元。", {}),
    ("全年安排政府信息公开专项经费3万元。", {"budget": 3}),
])
def test_towns_rests_funds_and_budgets(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # no change in other words, after a year or 今年
    ("其他对外管理服务事项上年为9项，本年数量未发生变化。",
     {"other_services_items_prev": 9, "other_services_items_change": 0}),
    ("行政处罚事项上一年度为4项，2020年无增减。", {"penalty_items_prev": 4, "penalty_items_change": 0}),
    ("行政事业性收费项目上年共6项，今年数量保持不变。", {"fee_items_prev": 6, "fee_items_change": 0}),
])
def test_no_change_in_other_words(text, expected):
    assert values_in(text, "2019") == expected


@pytest.mark.parametrize("text, expected", [
    # outcomes listed with 以及, none; none produced (未产生)
    ("行政复议合计为零，维持、纠正、其他结果以及尚未审结的件数都是零。",
     {"review_total": 0, **{f"review_{k}": v for k, v in _NONE_OF_EACH.items()}}),
    # the one case pending (该案; 到年底仍在审理中)
    ("被申请行政复议1件，截至年底该案尚未审结，未产生维持、纠正或其他结果。",
     {"review_total": 1, "review_pending": 1, "review_upheld": 0, "review_corrected": 0, "review_other": 0}),
    ("经复议后起诉的1件，到年底仍在审理中。", {"suit_after_review_total": 1, "suit_after_review_pending": 1}),
])
def test_outcomes_with_以及_none_produced_and_one_case_pending(text, expected):
    assert values_in(text, "2021") == expected


def test_responses_counted_in_a_clause_of_the_hot_topics_sentence():
    assert values_in("对群众关心的热点问题，通过门户网站、政务微博等渠道作出回应，全年共回应9次。", "pre2019") \
        == {"resp_hotspots": 9}
    assert values_in("围绕政策解读，全年共回应8次。", "pre2019") == {}  # (no hot topic in its sentence)


@pytest.mark.parametrize("text, expected", [
    # normative documents as the first of the content categories, no 其中
    ("从内容看，这些信息中规范性文件有3条，工作动态120条。", {"pro_normative": 3}),
    ("按内容分，规范性文件2条，通知公告40条。", {"pro_normative": 2}),
])
def test_normative_documents_among_the_content_categories(text, expected):
    assert values_in(text, "pre2019") == expected


def test_normative_documents_outside_a_content_list_are_no_proactive_part():
    assert "pro_normative" not in values_in("市政府共有规范性文件200条。", "pre2019")


@pytest.mark.parametrize("text, expected", [
    # 一件也没有 after a list of grounds is a none for each, not a count of 1 for the last
    ("不予处理3件，均为信访举报投诉类申请，重复申请以及要求行政机关确认或重新出具已获取信息的一件也没有。",
     {"out_unprocessed": 3, "out_unprocessed_petition": 3, "out_unprocessed_repeat": 0,
      "out_unprocessed_confirm": 0}),
    # requests received with those carried over are not the new ones
    ("全年受理政府信息公开申请120件（含上年结转），新收政府信息公开申请110件。", {"req_new": 110}),
])
def test_none_of_a_list_and_requests_with_those_carried_over(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text, regime, expected", [
    ("行政许可事项上一年为12项，本年度事项数量没有增减。", "2019",
     {"licensing_items_prev": 12, "licensing_items_change": 0}),
    ("无法提供的共20件：有18件系本机关不掌握相关政府信息，2件因没有现成信息需要另行制作。", "2021",
     {"out_unable": 20, "out_unable_not_held": 18, "out_unable_needs_creation": 2}),
    ("因本机关不掌握相关政府信息或者补正后申请内容仍不明确而无法提供的，同样为零。", "2021",
     {"out_unable_not_held": 0, "out_unable_unclear": 0}),
    ("复议后起诉的3件，结果维持3件，没有被法院判决纠正的案件。", "2021",
     {"suit_after_review_total": 3, "suit_after_review_upheld": 3, "suit_after_review_corrected": 0}),
    ("本年新收政府信息公开申请30件，加上2023年结转的4件，共需办理34件。", "2021",
     {"req_new": 30, "req_carried_over": 4}),
])
def test_round_22_wordings(text, regime, expected):
    assert values_in(text, regime) == expected


def test_a_figure_after_有_is_a_ground_only_with_its_verb():
    # a running total's case, granted years ago, is no reply of the year
    facts = values_in("自《条例》施行以来，累计受理的申请仅有1件，为往年提出并已同意公开。", "pre2019")
    assert "reply_granted" not in facts


@pytest.mark.parametrize("text, regime, absent", [
    # all the reviews against the body, disclosure's a part of them told next
    ("在我局作为被申请人的5件行政复议案件中，因政府信息公开引起的有2件。", "pre2019", "review_total"),
    # a broadcaster's interview programmes are no online interviews
    ("在县电视台播出“政风行风热线”访谈节目8期。", "pre2019", "resp_interviews"),
])
def test_all_cases_framing_disclosure_s_and_programmes_on_air(text, regime, absent):
    assert absent not in values_in(text, regime)


def test_a_count_of_reviews_framing_its_outcomes_is_still_the_count():
    assert values_in("行政复议3件中，维持2件，纠正1件。", "2021") \
        == {"review_total": 3, "review_upheld": 2, "review_corrected": 1}


@pytest.mark.parametrize("text, regime, expected", [
    # the documents in force at last year's end are not this year's (去年底…6件; the year's end after it is)
    ("行政规范性文件方面，去年底现行有效的为6件，本年制发2件，截至年底仍有效的共8件。", "2021",
     {"normative_in_force": 8}),
    ("上年末现行有效规章为1件。", "2021", {}),
    # one office acting for the government is no whole area's count of requests
    ("县政府办公室代表县政府接收政府信息公开申请9件，全县共新收政府信息公开申请40件。", "2021", {"req_new": 40}),
    # the trainees of another field's training, counted in the same sentence
    ("区消防救援大队开展消防培训6期，培训人员320人次。", "2021", {}),
    ("针对财会业务新规，组织业务培训3次，参训人员90人次。", "2021", {}),
])
def test_round_24_wordings(text, regime, expected):
    found = values_in(text, regime)
    assert {item: found[item] for item in found if item in {"normative_in_force", "rules_in_force", "req_new",
                                                            "trainees", "trainings"}} == expected


@pytest.mark.parametrize("text, expected", [
    # all kinds of cases against the body framing the counts: none of them disclosure's
    ("本年度以本局为被申请人或被告的各类行政案件中，行政复议2起，行政诉讼1起。", {}),
    # ... unless the frame names disclosure
    ("因政府信息公开引起的各类案件中，行政诉讼2起。", {"lawsuit_total": 2}),
    # disclosure's cases named after a clause saying the others are not
    ("这些复议案件均与政府信息公开无关，因政府信息公开引起的行政复议为0件。", {"review_total": 0}),
    ("共办理行政复议案件6件，这些案件均与政府信息公开无关。", {}),
])
def test_all_kinds_of_cases_and_disclosure_s_own(text, expected):
    found = values_in(text, "pre2019")
    assert {item: found[item] for item in found if item in {"review_total", "lawsuit_total"}} == expected


@pytest.mark.parametrize("text, expected", [
    # a colon between the label and its figure, as in semi-tabular prose
    ("全年主动公开政府信息：860条；其中通过门户网站公开：812条。", {"pro_total": 860, "pro_website": 812}),
    ("行政诉讼：总计2件，结果维持2件。", {"lawsuit_total": 2, "lawsuit_upheld": 2}),
    # ... or the figure in brackets right after its label
    ("本年度主动公开政府信息（1380条），受理政府信息公开申请（4件）。", {"pro_total": 1380, "app_received": 4}),
])
def test_a_colon_between_a_label_and_its_figure(text, expected):
    assert values_in(text, "pre2019") == expected


def test_a_count_after_a_colon_keeps_the_label_before_it():
    doc = Document(name="x", format="txt", sha256="", size=0, text="政务抖音号全年发布短视频：57条。")
    assert [(f.item, f.value, f.row_label) for f in extract_prose(doc, regime="2021")] == \
        [("prose_other", 57.0, "政务抖音号全年发布短视频")]


@pytest.mark.parametrize("text, expected", [
    # one ground in brackets of its own: all of the group's
    ("不予公开2件（均属于国家秘密），无法提供0件。",
     {"out_denied": 2, "out_denied_state_secret": 2, "out_unable": 0}),
    # ... or after the group's share
    ("不予处理的4件，约占10%，均为重复申请。", {"out_unprocessed": 4, "out_unprocessed_repeat": 4}),
    # not two grounds in the brackets: neither's
    ("不予处理3件（重复申请及信访举报投诉类申请）。", {"out_unprocessed": 3}),
    # the reason said with 在于
    ("不予公开2件，原因在于申请公开的信息属于国家秘密。", {"out_denied": 2, "out_denied_state_secret": 2}),
])
def test_one_ground_in_brackets_or_after_a_share(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text", [
    # a plan's sentence under a topic of plans (关于…打算：)
    "关于明年工作安排：2025年，我局计划举办政务公开培训3期，培训人员150人次。",
    # an account's posts since it opened, counted to a day of the year
    "开通政务微博以来，截至11月30日累计发布信息2300条。",
    "官方微博截至10月8日，累计发布信息960条。",
])
def test_a_plan_under_its_topic_and_an_account_s_running_count(text):
    assert values_in(text, "pre2019") == {}


@pytest.mark.parametrize("text, expected", [
    ("县安全生产委员会全年召开会议6次，部署隐患排查。", {}),  # another body's meetings
    ("县政务公开领导小组召开会议2次，研究部署年度重点工作。", {"meetings": 2}),
])
def test_meetings_only_of_disclosure(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # none carried, with the verbs 延续 and 转入
    ("本年度没有延续到2025年办理的政府信息公开申请。", {"req_carried_forward": 0}),
    ("上一年度没有转入今年继续办理的申请。", {"req_carried_over": 0}),
    # carried from a year by its number to this one
    ("此外还有2021年结转至本年度继续办理的申请3件。", {"req_carried_over": 3}),
    # the count of those carried, in a sentence that carries them to the next year
    ("1件申请因需补正材料被转入下一年度办理，结转件数为1件。", {"req_carried_forward": 1}),
    # a kind of case said after it not to have happened
    ("与本机关政府信息公开有关的行政复议未发生。", {"review_total": 0}),
])
def test_carried_requests_in_other_verbs_and_cases_that_did_not_happen(text, expected):
    assert values_in(text, "2021") == expected


def test_outcomes_listed_then_each_none():
    assert values_in("未经复议直接起诉的案件0件，维持、纠正、其他结果和尚未审结的各为零。", "2021") == {
        "suit_direct_total": 0, "suit_direct_upheld": 0, "suit_direct_corrected": 0, "suit_direct_other": 0,
        "suit_direct_pending": 0}


def test_another_region_s_figure_of_the_same_period_is_no_item():
    text = "全年通过门户网站公开政府信息230条；同期浙江省同类部门门户网站公开信息约410条。"
    assert values_in(text, "pre2019") == {"pro_website": 230}


@pytest.mark.parametrize("text, expected", [
    # the website's count printed (刊发) with the kinds of information listed before it
    ("局门户网站本年度刊发政务动态、人事信息、财政预决算等信息1260条。", {"pro_website": 1260}),
    ("通过局门户网站刊登通知公告、工作动态等各类信息共计845条。", {"pro_website": 845}),
    # ... not its articles (稿件)
    ("局门户网站本年度刊发新闻信息稿件1260篇。", {}),
])
def test_the_website_s_printed_information(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # all the cases against the body, disclosure's part told later in the sentence
    ("本年度我委被申请行政复议案件共6件，其中涉及行政许可的5件，涉及政府信息公开的行政复议1件。", {"review_total": 1}),
    # readings reprinted from other bodies are not the body's own
    ("全年转载省政府及其他部门的政策解读信息30条。", {}),
])
def test_disclosure_s_part_told_later_and_reprinted_readings(text, expected):
    assert values_in(text, "2021") == expected


def test_last_year_s_items_in_a_column_s_clause_are_no_decisions():
    text = "“上一年项目数量”一栏：行政许可8项、行政处罚20项。全年作出行政许可决定5件、行政处罚12件。"
    assert values_in(text, "2019") == {"licensing_decisions": 5, "penalty_decisions": 12}


@pytest.mark.parametrize("text, expected", [
    # a none said alone after the clause naming it (…的，无; …的，没有)
    ("无法提供的，没有。", {"out_unable": 0}),
    ("因重复申请而不予处理的，无。", {"out_unprocessed_repeat": 0}),
])
def test_a_none_said_alone_after_its_clause(text, expected):
    assert values_in(text, "2021") == expected


@pytest.mark.parametrize("text", [
    "2019年本局曾受理政府信息公开申请5件。",  # a past year's figure, told beside the year's
    "举办乡镇卫生院院长、村医及财务人员等业务培训班6期，培训380人次。",  # trainings of other professions
    "争取省级农业专项资金120万元。",  # another field's fund
])
def test_a_past_year_s_figure_other_professions_trainings_and_funds_are_no_items(text):
    assert values_in(text, "pre2019") == {}


@pytest.mark.parametrize("text, expected", [
    # the kind of case, then the year's count after a comma
    ("涉及本机关的政府信息公开行政复议，全年共2件，均维持原答复。", {"review_total": 2, "review_upheld": 2}),
    ("因政府信息公开被提起的行政诉讼，本年度为1件。", {"lawsuit_total": 1}),
    # ... not an outcome's count after the comma (…行政复议案件，1件结果维持: a part)
    ("本年共发生3件行政复议案件，2件结果维持，1件结果纠正。",
     {"review_total": 3, "review_upheld": 2, "review_corrected": 1}),
])
def test_a_kind_of_case_then_its_count_after_a_comma(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # the requests completed on time, counted after 其中
    ("全年办结申请6件，其中按期办结的5件，延期办结1件。",
     {"app_completed": 6, "app_completed_on_time": 5, "app_completed_extended": 1}),
    # ... not the replies made in time (the replies' total)
    ("对上述申请，本局已在规定期限内答复4件。", {"reply_total": 4}),
])
def test_requests_completed_on_time_counted(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # a rounded figure in a summary, the exact one in the detail: the exact one is the item's
    ("全年主动公开政府信息约900条。其中，本年度主动公开政府信息913条，通过门户网站公开的政府信息为850条。",
     {"pro_total": 913, "pro_website": 850}),
    # ... the rounded one when none is exact
    ("全年主动公开政府信息900余条。", {"pro_total": 900}),
    # not a single one (未…一件, 没有一件): none
    ("本年度未收到一件政府信息公开申请。", {"app_received": 0}),
])
def test_an_exact_figure_over_a_rounded_one_and_not_a_single_one(text, expected):
    assert values_in(text, "pre2019") == expected


def test_requests_all_sent_as_letters_来信():
    assert values_in("本年度共受理政府信息公开申请3件，全部系申请人来信提出。", "pre2019") == {
        "app_received": 3, "app_letter": 3}


def test_grounds_in_a_sentence_of_those_cases():
    text = "不予处理的3件。上述3件中，属于重复申请的2件，要求提供公开出版物的1件。"
    assert values_in(text, "2021") == {"out_unprocessed": 3, "out_unprocessed_repeat": 2,
                                       "out_unprocessed_publication": 1}


@pytest.mark.parametrize("text, expected", [
    # outcomes listed under one applicants' column's count are that column's, not the year's
    ("按申请人类型分，自然人提出申请40件，其中予以公开25件，无法提供10件。全年予以公开28件。", {"out_granted": 28}),
    ("其他组织3件，予以公开2件，不予公开1件。", {}),
    # requests still open carried to a year by its number (尚有1件转入2025年继续办理)
    ("全年办结申请39件，尚有1件转入2025年继续办理。", {"req_carried_forward": 1}),
])
def test_one_applicants_outcomes_and_requests_carried_to_a_year(text, expected):
    found = values_in(text, "2021")
    assert {item: found[item] for item in found if item not in ("out_total", "app_completed")} == expected


@pytest.mark.parametrize("text, regime, expected", [
    # the verb 办结 alone opening its clause counts the requests of the sentences before (all decided this year)
    ("本年度新收政府信息公开申请12件。到年底，共办结12件，办理结果如下：予以公开7件。", "2021",
     {"req_new": 12, "app_completed": 12, "out_total": 12, "out_granted": 7}),
    ("2018年受理政府信息公开申请6件；全年已办结6件。", "pre2019", {"app_received": 6, "app_completed": 6}),
    ("全年办结52件。其中按时办结50件。", "2021", {"app_completed": 52, "out_total": 52, "app_completed_on_time": 50}),
    ("经统计，办理完结的申请共20件。", "2019", {"app_completed": 20, "out_total": 20}),
    # ... not a hotline's calls or the deputies' proposals completed
    ("政务热线接听群众来电450个，办结447件。", "pre2019", {}),
    ("承办人大代表建议15件，全部办结，办结15件。", "2021", {}),
])
def test_requests_completed_told_by_the_verb_alone(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # last year's figure, then the year's (由上年的N件降为M件): the year's is the item's
    ("本年度收到政府信息公开申请由2016年的12件增加到15件。", "pre2019", {"app_received": 15}),
    ("全年在门户网站发布信息由上年度的800条增至905条。", "pre2019", {"pro_website": 905}),
    ("规章由上年的2件减为1件。", "2021", {}),  # (no measure of the year named: no item)
    # reviews and lawsuits none together, the year between (…行政诉讼全年均为0件)
    ("涉及我局政府信息公开的行政复议和行政诉讼年内均为零。", "2021",
     {"review_total": 0, "suit_direct_total": 0, "suit_after_review_total": 0}),
    # cases the body decided in its own field are not disclosure's (依法办理公安行政复议案件3起)
    ("局法制科全年审理税务行政复议案件7件。", "pre2019", {}),
])
def test_last_years_figure_then_the_years_and_cases_of_the_bodys_own_field(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # the copula 是 between a label and its figure (办理结果的总数是11件; 新制发的规范性文件是13件)
    ("本年度办理结果的总数是26件。", "2021", {"out_total": 26}),
    ("全年新制发的行政规范性文件是4件。", "2021", {"normative_issued_2021": 4}),
    # replies told as requests answered (全年累计答复申请21件), not a part of them (延期答复申请2件)
    ("本机关当年答复政府信息公开申请9件。", "pre2019", {"reply_total": 9}),
    ("延期答复申请2件。", "pre2019", {"app_completed_extended": 2}),
    # an outcome's share first, then its count (予以公开的占52.6%，为10件)
    ("其中，无法提供的占25%，计3件；不予处理的占8.3%，为1件。", "2021", {"out_unable": 3, "out_unprocessed": 1}),
])
def test_the_copula_replies_as_requests_answered_and_a_share_before_its_count(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # the outcomes of the reviews in the sentence after their total, opened by 从复议结果看 or 其中
    ("本年度涉及政府信息公开的行政复议共5件。从复议结果来看，驳回申请的2件，被依法纠错的1件，其他结果2件。", "2019",
     {"review_total": 5, "review_upheld": 2, "review_corrected": 1, "review_other": 2}),
    ("涉及本机关信息公开的行政诉讼共2起。其中，维持原行政行为的2起。", "pre2019",
     {"lawsuit_total": 2, "lawsuit_upheld": 2}),
    # the kind of reply made to a count of requests (对其中2件作出同意公开的答复)
    ("本年度对5件申请给予了同意公开的答复，对1件申请作出不予公开的答复。", "pre2019",
     {"reply_granted": 5, "reply_denied": 1}),
    # a count of requests opening its clause, all completed
    ("到12月31日，7件申请均已办结。", "pre2019", {"app_completed": 7}),
])
def test_outcomes_after_the_total_replies_by_kind_and_requests_all_completed(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text", [
    # a part of the year is not the year's count (上半年…1次, 第三季度…120条), by pattern or by label
    "今年上半年组织政府信息公开业务培训2期。",
    "第四季度在门户网站发布信息320条。",
    "下半年局领导出席省政府新闻发布会2次。",
])
def test_a_part_of_the_year_is_not_the_years_count(text):
    assert values_in(text, "pre2019") == {}


@pytest.mark.parametrize("text, regime, expected", [
    # review and lawsuit outcomes listed and said none together, each the kind's named before them
    ("复议后起诉的案件中，维持原行政行为、被纠正和以其他结果结案的均无。", "2019",
     {"suit_after_review_upheld": 0, "suit_after_review_corrected": 0, "suit_after_review_other": 0}),
    ("行政复议方面，结果维持及尚未审结的一起也没有，合计0起。", "2021",
     {"review_upheld": 0, "review_pending": 0, "review_total": 0}),
    ("涉及信息公开的行政诉讼，被判决维持和被判决纠正的也都是零。", "pre2019",
     {"lawsuit_upheld": 0, "lawsuit_corrected": 0}),
    # not a list joined across a comma (1件被纠正，其他结果和尚未审结的都没有: the first outcome had a case)
    ("行政复议1件，被纠正，其他结果和尚未审结的都没有。", "2021",
     {"review_total": 1, "review_other": 0, "review_pending": 0}),
    # a lawsuit of no kind from 2019 gives no kind's outcomes
    ("行政诉讼中结果维持和结果纠正的均为零。", "2021", {}),
])
def test_outcomes_listed_and_said_none_together(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    # an account's running total at the year's end is not the year's posts (截至年底…累计发布信息1111条)
    ("截至12月底，“XX发布”政务微博累计发布博文5600条。", {}),
    ("截至年底，全年累计通过政府网站主动公开信息640条。", {"pro_website": 640}),  # (the year's: 全年累计)
    # a site's count of everything it posted, news included, is not the disclosures on it
    ("全年门户网站共发布各类信息2210条（含新闻动态、通知公告等），其中政府信息公开栏目发布信息415条。", {}),
])
def test_a_running_total_at_the_years_end_and_a_sites_posts_with_the_news(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, regime, expected", [
    # an article-20 kind's items not changed this year, in more words (既未新增也未减少, 没有作任何调整)
    ("行政强制事项上一年度为14项，本年既没有新增也没有取消。", "2019",
     {"coercion_items_prev": 14, "coercion_items_change": 0}),
    # outcomes of suits after review listed with 各项, the kind named with 行政复议 before 后
    ("经行政复议以后又向法院起诉的，维持、纠正、其他结果各项均为0件。", "2021",
     {"suit_after_review_upheld": 0, "suit_after_review_corrected": 0, "suit_after_review_other": 0}),
])
def test_items_not_changed_in_more_words_and_outcomes_of_each_kind_listed(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    # hot topics responded to, the channels between the topic and the count, or the count in the clause after
    ("对社会关切的招生考试问题，通过新闻发布会、政务新媒体等方式及时进行回应23次。", {"resp_hotspots": 23}),
    ("针对网络舆情热点，局办公室会同业务科室作出回应，本年度共9次。", {"resp_hotspots": 9}),
    # requests all sent by letter, told by the way they came (以信函方式寄来的)
    ("全年收到以信函方式邮寄的政府信息公开申请2件。", {"app_received": 2, "app_letter": 2}),
])
def test_hot_topics_responded_with_channels_between_and_requests_mailed(text, expected):
    assert values_in(text, "pre2019") == expected


def test_no_reply_made_to_any_request():
    assert values_in("由于没有申请，全年没有作出任何依申请公开答复。", "pre2019") == {"reply_total": 0}


@pytest.mark.parametrize("text, expected", [
    # decisions told respectively, the kinds sharing the last one's 处理决定数量, a figure with a thousands separator
    ("全市行政机关作出的行政许可、行政强制处理决定数量分别为12,306件和85件。",
     {"licensing_decisions": 12306, "coercion_decisions": 85}),
    # a named unit's part, after 其中, is not the body's
    ("全区作出行政处罚决定3200件。其中，区市场监管局作出行政处罚决定1400件，区交通运输局作出行政处罚决定900件。",
     {"penalty_decisions": 3200}),
    # one ground in the group's brackets said to be none is no ground of all its cases
    ("其他处理2件（申请人逾期不补正、行政机关不再处理其政府信息公开申请的没有，其他情形2件）。",
     {"out_other": 2, "out_other_other": 2}),
])
def test_decisions_told_respectively_a_units_part_and_a_ground_said_none_in_brackets(text, expected):
    found = values_in(text, "2021")
    assert {item: found[item] for item in found if item != "out_other_no_fee"} == expected


@pytest.mark.parametrize("text, regime, expected", [
    # an aside in brackets between a label and its figure (（以下简称申请）, （全部提供所申请信息）)
    ("本年度新收政府信息公开申请（以下简称“申请”）41件。", "2021", {"req_new": 41}),
    ("其中，部分公开（即区分处理的）2件，无法提供（本机关不掌握等）5件。", "2021", {"out_partial": 2, "out_unable": 5}),
    # ... but not one that says what the figure holds (（含上年结转）)
    ("全年受理政府信息公开申请（含上年结转）共60件。", "pre2019", {}),
])
def test_an_aside_in_brackets_between_a_label_and_its_figure(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, regime, expected", [
    # a count of requests all completed within the time limit: completed, on time, and from 2019 all decided
    ("9件申请均已在法定期限内办结。", "2021", {"app_completed": 9, "app_completed_on_time": 9, "out_total": 9}),
    ("3件申请全部在15个工作日内答复办结。", "pre2019", {"app_completed": 3, "app_completed_on_time": 3}),
    ("截至年底，11件申请已全部办结。", "2021", {"app_completed": 11, "out_total": 11}),  # (已 before 全部)
])
def test_requests_all_completed_within_the_time_limit(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    # cases said to be unrelated to disclosure work (与政府信息公开工作无关) are not disclosure's
    ("本年度我委作为被申请人的行政复议2件，均因行政处罚引起，与政府信息公开工作无关。", {}),
    # a site's posts of every kind with the news its part (其中动态类信息1744条) are not the disclosures on it
    ("门户网站全年发布各类信息5120条，其中新闻类信息3300条。", {}),
])
def test_cases_unrelated_to_disclosure_work_and_a_sites_posts_with_the_news_its_part(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # a lawsuit's outcome with the court's ruling before 结果 (1件判决结果纠正)
    ("复议后起诉的3件，其中2件判决结果维持，1件裁定结果纠正。", {"suit_after_review_total": 3,
                                                      "suit_after_review_upheld": 2, "suit_after_review_corrected": 1}),
    # requests sent through the web platform, 申请 after 的 (网上申请平台提交的申请39件)
    ("其中通过网络申请系统提交的申请12件。", {"app_online": 12}),
])
def test_a_ruling_before_the_outcome_and_requests_through_the_web_platform(text, expected):
    assert values_in(text, "2021") == expected


def test_an_article20_kinds_items_last_year_with_no_word_between_then_no_change():
    assert values_in("行政强制上一年度的事项数量为6项，本年既无增加也无减少。", "2019") == {
        "coercion_items_prev": 6, "coercion_items_change": 0}


@pytest.mark.parametrize("text, regime, expected", [
    # channels counted in 条 by label as by pattern (通过电子邮件提出的3条)
    ("按申请方式分，当面申请5条，以电子邮件方式提交的2条。", "pre2019", {"app_in_person": 5, "app_email": 2}),
    # letters and faxes together, every request counted came by them
    ("3件申请全部以信函或传真形式提交。", "pre2019", {"app_letter_fax": 3}),
    # all completed, then their count after a comma
    ("以上申请均已依法办结，合计22件。", "2019", {"app_completed": 22, "out_total": 22}),
])
def test_channels_in_pieces_letters_and_faxes_all_and_completed_then_counted(text, regime, expected):
    assert values_in(text, regime) == expected


@pytest.mark.parametrize("text, expected", [
    # replies made to a count of requests (已对3件申请作出答复), not one kind of reply (对2件申请作出不予公开答复)
    ("本年度已对5件政府信息公开申请依法作出答复。", {"reply_total": 5}),
    ("对2件申请作出不予公开答复。", {"reply_denied": 2}),
])
def test_replies_made_to_a_count_of_requests(text, expected):
    assert values_in(text, "pre2019") == expected


@pytest.mark.parametrize("text, expected", [
    # the requests counted, then a sentence about them all (截至年底，上述申请已全部办结; 对这些申请…办理完毕)
    ("本年度共受理政府信息公开申请6件。截至12月31日，上述申请均已办结。", {"app_received": 6, "app_completed": 6}),
    ("全年收到政府信息公开申请2件。对以上申请，我局均在法定期限内办理完毕。",
     {"app_received": 2, "app_completed": 2, "app_completed_on_time": 2}),
])
def test_a_sentence_about_all_the_requests_counted_before(text, expected):
    assert values_in(text, "pre2019") == expected


def test_a_running_total_at_a_numbered_years_end():
    assert values_in("截至2020年底，政务微信公众号累计推送信息2300条，政务微博累计发布信息8000条。", "2019") == {}
    assert values_in("截至2020年底累计对外公开规范性文件77件。", "2019") == {"normative_public_total": 77}
