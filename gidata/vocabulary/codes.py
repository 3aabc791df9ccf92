"""Code lists shared by the stages and the data dictionary: levels, scopes, cross-year identities, units.

They live here, beside the item vocabulary, so that the dictionary imports no stage.
"""

from __future__ import annotations

LEVELS = ("province", "prefecture", "county", "township", "department")
SCOPES = ("jurisdiction", "body")
CROSSYEAR_IDENTITIES = ("carry_over", "rules_in_force", "normative_in_force")
# Units of money: a column holding money ends with its unit (see fields.column_name).
MONEY_UNITS = {"万元": "wan_yuan"}
# Units of counts: columns of these units hold whole numbers and are typed as integers.
COUNT_UNITS = ("件", "条", "项", "次", "人", "篇", "个", "人次")

# The header each table column code stands for, as the report formats print it (facts.column_header).
_ARTICLE20_HEADERS = {
    "made": "本年新制作数量", "published": "本年新公开数量", "public_total": "对外公开总数量",
    "issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数",
    "items_prev": "上一年项目数量", "items_change": "本年增/减", "decisions": "处理决定数量",
    "fee_amount": "本年收费金额", "proc_items": "采购项目数量", "proc_amount": "采购总金额", "本年": "本年",
    "cumulative": "历年累计",
}
_CHALLENGE_HEADERS = {"review": "行政复议", "suit_direct": "行政诉讼 未经复议直接起诉",
                      "suit_after_review": "行政诉讼 复议后起诉"}
_OUTCOME_HEADERS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结",
                    "total": "总计"}


def column_header(code: str | None, applicant_labels: dict[str, tuple[str, str]]) -> str | None:
    """The printed header of a table column code: `research` -> 科研机构, `suit_direct_upheld` -> 行政诉讼 ….

    >>> column_header("review_pending", {})
    '行政复议 尚未审结'
    >>> column_header("issued", {}), column_header(None, {})
    ('本年制发件数', None)
    """
    if code is None:
        return None
    if code in applicant_labels:
        return applicant_labels[code][0]
    if code in _ARTICLE20_HEADERS:
        return _ARTICLE20_HEADERS[code]
    kind, _, outcome = code.rpartition("_")
    if kind in _CHALLENGE_HEADERS and outcome in _OUTCOME_HEADERS:
        return f"{_CHALLENGE_HEADERS[kind]} {_OUTCOME_HEADERS[outcome]}"
    return None
