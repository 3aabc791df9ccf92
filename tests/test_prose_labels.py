"""A counted figure of the prose whose label names one known item becomes that item (method prose_label)."""

from __future__ import annotations

import pytest

from gidata.extract.prose import extract_prose
from gidata.read.document import Document


def read(text: str, regime: str | None = "pre2019") -> list[tuple[str, float, str]]:
    doc = Document(name="x", format="txt", sha256="", size=0, text=text)
    return [(f.item, f.value, f.method) for f in extract_prose(doc, regime=regime)]


def by_label(text: str, regime: str | None = "pre2019") -> dict[str, float]:
    return {item: value for item, value, method in read(text, regime) if method == "prose_label"}


@pytest.mark.parametrize("text, expected", [
    ("局领导出席市政府新闻发布会3次,解读重点工作。", {"resp_press_conf": 3}),
    ("市卫健委负责人参加市政府新闻办新闻发布会5场。", {"resp_press_conf": 5}),
    ("收到公民申请9件,均在法定期限内予以答复9件。", {"reply_total": 9}),
    ("对提出的申请,已按时答复3件。", {"reply_total": 3}),
    ("本年度主动公开政府信息300条,包括规范性文件6条、工作动态200条。", {"pro_normative": 6}),
    ("全年在县政府网站主动公开信息85条,含规范性文件4件。", {"pro_normative": 4}),
    ("年内印发规范性文件9件,均已按规定备案。", {"normative_issued": 9}),
    ("全年出台规范性文件3件。", {"normative_issued": 3}),
    ("本机关全年依法予以答复7件。", {"reply_total": 7}),  # the verb (答复申请7件 is a pattern's)
    ("依申请公开不收取费用，减免的收费金额为0元。", {"fee_waiver": 0}),
    # replies to the requests (对所有申请…作出答复), figure first, or a count of replies handled
    ("我委对所有申请均作出答复7件。", {"reply_total": 7}),
    ("4件申请已全部予以答复。", {"reply_total": 4}),
    ("本局认真完成答复工作，办理答复数量为2件。", {"reply_total": 2}),
])
def test_a_label_naming_one_item_gives_that_item(text, expected):
    assert by_label(text) == expected


def test_an_item_takes_the_name_of_the_regime():
    assert by_label("全年印发了规范性文件5件。", "2019") == {"normative_made": 5}


def test_an_item_of_another_regime_is_not_given():
    assert by_label("其他类型的答复为3件。", "2021") == {}


def test_an_item_later_tables_dropped_is_still_given_from_prose():
    # (the pre-2019 tables' proactive, response and capacity items: later reports still tell them)
    assert by_label("局领导出席市政府新闻发布会3次。", "2021") == {"resp_press_conf": 3}
    assert by_label("全年出席的新闻发布会共计5场。", "2019") == {"resp_press_conf": 5}  # (举办和参加的: a pattern's)


@pytest.mark.parametrize("text", [
    "较上年多出席省政府新闻发布会2次。",  # a comparison
    "今年同比多出席省政府新闻发布会2次。",
    "各处室出席省政府新闻发布会6次。",  # the sub-units' count
    "下属单位出席省政府新闻发布会6次。",
    "主要负责同志出席省政府新闻发布会2次。",  # the head's share
    "月均出席省政府新闻发布会2次。",  # an average
    "每季度至少举办培训班1期。",  # a rate
    "历年共出席省政府新闻发布会30次。",  # a running total
    "截至年底累计出席省政府新闻发布会30次。",
    "本年度主动公开政府信息300条,其中政策、规范性文件类信息40条。",  # a content category
    "报送省图书馆信息50条,包括规范性文件3条。",  # not what was disclosed
    "印发规范性文件4件;另外印发规范性文件6件。",  # two figures for the item: which is not known
    "新闻发布会2次。",  # no verb: a label without what was done
    "不予答复申请2件。",  # one kind of reply
    "减免金额为0.5万元。",  # the waiver is counted in 元 (the provincial table's unit)
])
def test_near_wordings_stay_other_figures(text):
    assert by_label(text) == {}


def test_a_pattern_s_figure_stays_preferred():
    facts = read("举办新闻发布会3次,另出席省政府新闻发布会2次。")
    assert [(i, v, m) for i, v, m in facts if i == "resp_press_conf"] == [("resp_press_conf", 3.0, "prose")]
    assert ("prose_other", 2.0, "prose") in facts


def test_the_label_is_kept_as_the_row_label():
    doc = Document(name="x", format="txt", sha256="", size=0, text="全年出台规范性文件3件。")
    fact = next(f for f in extract_prose(doc, regime="pre2019") if f.method == "prose_label")
    assert (fact.item, fact.row_label, fact.source_text) == \
        ("normative_issued", "出台规范性文件", "全年出台规范性文件3件。")


@pytest.mark.parametrize("text, regime, expected", [
    # outcomes counted in a sentence of one kind of challenge, with no count of all its cases
    ("对我局信息公开答复不服申请行政复议的案件，经审理，复议机关驳回申请2件，依法纠正1件。", "2019",
     {"review_upheld": 2, "review_corrected": 1}),
    ("涉及政府信息公开的行政复议，维持原具体行政行为4件，尚在审理1件。", "2021",
     {"review_upheld": 4, "review_pending": 1}),
    ("在经复议后再提起诉讼的案件中，法院裁定驳回起诉3件，以其他方式结案1件。", "2021",
     {"suit_after_review_upheld": 3, "suit_after_review_other": 1}),
    ("未经复议直接向法院起诉的信息公开案件，判决维持6件、判决纠正2件。", "2019",
     {"suit_direct_upheld": 6, "suit_direct_corrected": 2}),
    ("因信息公开被提起的行政诉讼，经法院审理，驳回原告诉讼请求2件。", "pre2019", {"lawsuit_upheld": 2}),
])
def test_outcomes_counted_in_a_sentence_of_one_kind_of_challenge(text, regime, expected):
    assert by_label(text, regime) == expected


@pytest.mark.parametrize("text, regime", [
    ("行政复议和行政诉讼案件中，维持原行为3件。", "2019"),  # both kinds named: whose outcome is not known
    ("复议后起诉和直接起诉的案件中，法院判决维持4件。", "2021"),
    ("行政复议案件的维持率为80%，较上年维持4件有所增加。", "2019"),  # a rate, a comparison
])
def test_outcomes_of_no_one_kind_stay_other_figures(text, regime):
    assert by_label(text, regime) == {}
