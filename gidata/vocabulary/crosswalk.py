"""The crosswalk as data: one set of measures across the pre-2019, 2019 and 2021 report formats
(a vocabulary, used by harmonise and the data dictionary)."""

from __future__ import annotations

from dataclasses import dataclass

from gidata.vocabulary.items import ITEM_BY_CODE, PRE2019, REGIMES, Y2019, Y2021


@dataclass(frozen=True)
class Measure:
    """One harmonised statistic: its code, labels, group and unit, and what it counts."""

    code: str
    label_en: str
    label_zh: str
    group: str
    unit: str
    description: str


@dataclass(frozen=True)
class Source:
    """How one regime gives a measure: alternative sums of items (the first complete one wins;
    when none is complete, the first one, flagged incomplete).

    `alternatives` is None when the regime has no such category; `note` says why, or how a
    mapping that is not one-to-one was decided; `exact` is False for such approximate mappings.
    """

    alternatives: tuple[tuple[str, ...], ...] | None
    note: str = ""
    exact: bool = True

    @property
    def items(self) -> tuple[str, ...]:
        """Every item code this source may read."""
        return tuple(dict.fromkeys(i for alt in self.alternatives or () for i in alt))


def _sum(*items: str, note: str = "", exact: bool = True, fallback: tuple[str, ...] = ()) -> Source:
    return Source((items, fallback) if fallback else (items,), note, exact)


def _none(note: str) -> Source:
    return Source(None, note, False)


def _new(source: Source) -> dict[str, Source]:
    """The same source for the 2019 and 2021 formats."""
    return {Y2019: source, Y2021: source}


DENIED_NEW = ("out_denied_state_secret", "out_denied_prohibited", "out_denied_security",
              "out_denied_third_party", "out_denied_internal", "out_denied_process",
              "out_denied_enforcement", "out_denied_inquiry")
DENIED_PRE = ("reply_denied_state_secret", "reply_denied_commercial_secret", "reply_denied_privacy",
              "reply_denied_security", "reply_denied_not_gov_info", "reply_denied_other_law")
UNABLE_NEW = ("out_unable_not_held", "out_unable_needs_creation", "out_unable_unclear")
UNPROCESSED_NEW = ("out_unprocessed_petition", "out_unprocessed_repeat", "out_unprocessed_publication",
                   "out_unprocessed_mass", "out_unprocessed_confirm")
OTHER_2021 = ("out_other_no_correction", "out_other_no_fee", "out_other_other")
OUTCOMES_2019 = ("out_granted", "out_partial") + DENIED_NEW + UNABLE_NEW + UNPROCESSED_NEW + ("out_other",)
OUTCOMES_2021 = OUTCOMES_2019[:-1] + OTHER_2021
REPLIES_PRE = ("reply_already_public", "reply_granted", "reply_partial", "reply_denied",
               "reply_not_this_body", "reply_not_exist", "reply_amend", "reply_other_channel")

_NO_PRE_CARRY = "The pre-2019 table has no carry-over rows; reports rarely state one."
_NO_NEW_CAPACITY = ("The 2019 and 2021 formats have no staffing or budget table; figures given in "
                    "prose are not harmonised.")
_NO_PRE_SPLIT = "Before 2019 lawsuits are not split by whether a review came first."
_NO_PRE_PENDING = "The pre-2019 table has no pending column; its total is upheld + corrected + other."


def _outcome_measures(kind: str, label_zh: str, label_en: str, pre: str | None, new) -> list:
    """Upheld, corrected, other, pending and total of one kind of challenge."""
    rows = []
    for outcome, ozh in (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
                         ("pending", "尚未审结"), ("total", "总计")):
        measure = Measure(f"{kind}_{outcome}", f"{label_en}: {outcome}", f"{label_zh} {ozh}",
                          "review" if kind == "review" else "lawsuit", "件",
                          f"{label_en} with outcome {outcome}.")
        if pre is None:
            pre_source = _none(_NO_PRE_SPLIT)
        elif outcome == "pending":
            pre_source = _none(_NO_PRE_PENDING)
        else:
            pre_source = _sum(f"{pre}_{outcome}", note=_NO_PRE_PENDING if outcome == "total" else "")
        rows.append((measure, {PRE2019: pre_source, **_new(_sum(*(f"{k}_{outcome}" for k in new)))}))
    return rows


_ROWS: list[tuple[Measure, dict[str, Source]]] = [
    # --- requests ----------------------------------------------------------------------
    (Measure("received", "applications received (new this year)", "本年新收申请", "requests", "件",
             "Applications received in the year, not counting those carried over."),
     {PRE2019: _sum("app_received", exact=False,
                    note="收到申请数: reports do not say whether requests pending from last year are included; "
                         "read as new requests."),
      **_new(_sum("req_new"))}),
    (Measure("carried_over", "applications carried over from last year", "上年结转申请", "requests", "件",
             "Applications pending at the start of the year."),
     {PRE2019: _none(_NO_PRE_CARRY), **_new(_sum("req_carried_over"))}),
    (Measure("total_decided", "applications decided", "办理结果总计", "outcomes", "件",
             "All applications answered in the year, whatever the outcome: the denominator of the rates."),
     {PRE2019: _sum("reply_total", fallback=REPLIES_PRE, exact=False,
                    note="申请答复数 (or, when not stated, the sum of its eight categories); 申请办结数 counts "
                         "completion, not outcome, and is not used."),
      Y2019: _sum("out_total", fallback=OUTCOMES_2019), Y2021: _sum("out_total", fallback=OUTCOMES_2021)}),
    (Measure("carried_forward", "applications carried forward to next year", "结转下年度继续办理",
             "requests", "件", "Applications still pending at the end of the year."),
     {PRE2019: _none(_NO_PRE_CARRY), **_new(_sum("req_carried_forward"))}),
    # --- outcomes ----------------------------------------------------------------------
    (Measure("granted", "disclosed in full", "予以公开", "outcomes", "件", "Information disclosed in full."),
     {PRE2019: _sum("reply_already_public", "reply_granted", exact=False,
                    note="属于已主动公开范围 + 同意公开: an answer pointing to information already published "
                         "is a disclosure; from 2019 such answers are counted in 予以公开."),
      **_new(_sum("out_granted"))}),
    (Measure("partly_granted", "disclosed in part", "部分公开", "outcomes", "件", "Information disclosed in part."),
     {PRE2019: _sum("reply_partial", note="同意部分公开."), **_new(_sum("out_partial"))}),
    (Measure("refused", "refused (all grounds)", "不予公开", "refused", "件",
             "Disclosure refused on any ground: the sum of the refused_* groups."),
     {PRE2019: _sum("reply_denied", fallback=DENIED_PRE, exact=False,
                    note="不同意公开 as stated (or the sum of its six grounds). Grounds differ from 2019: "
                         "internal, process and enforcement information had no ground of their own."),
      **_new(_sum(*DENIED_NEW, note="The sum of the eight grounds; the matrix has no 不予公开 total row."))}),
    (Measure("refused_secret", "refused: state secret", "属于国家秘密", "refused", "件",
             "Refused because the information is a state secret."),
     {PRE2019: _sum("reply_denied_state_secret"), **_new(_sum("out_denied_state_secret"))}),
    (Measure("refused_law", "refused: prohibited by law", "其他法律行政法规禁止公开", "refused", "件",
             "Refused because another law or regulation prohibits disclosure."),
     {PRE2019: _sum("reply_denied_other_law", exact=False, note="法律法规规定的其他情形."),
      **_new(_sum("out_denied_prohibited"))}),
    (Measure("refused_safety", "refused: endangers security or stability", "危及“三安全一稳定”", "refused", "件",
             "Refused because disclosure would endanger national, public or economic security or social stability."),
     {PRE2019: _sum("reply_denied_security"), **_new(_sum("out_denied_security"))}),
    (Measure("refused_third_party", "refused: third-party rights", "保护第三方合法权益", "refused", "件",
             "Refused to protect a third party: commercial secrets and personal privacy."),
     {PRE2019: _sum("reply_denied_commercial_secret", "reply_denied_privacy", exact=False,
                    note="涉及商业秘密 + 涉及个人隐私: the two third-party grounds of the 2007 OGI, merged in 2019."),
      **_new(_sum("out_denied_third_party"))}),
    (Measure("refused_internal", "refused: internal affairs", "属于三类内部事务信息", "refused", "件",
             "Refused as internal affairs information (personnel, logistics, internal procedures)."),
     {PRE2019: _none("No such ground before 2019 (internal information was often refused as "
                     "不是《条例》所指政府信息, counted in refused_other)."),
      **_new(_sum("out_denied_internal"))}),
    (Measure("refused_process", "refused: process information", "属于四类过程性信息", "refused", "件",
             "Refused as process information (discussions, drafts, consultations, requests for instructions)."),
     {PRE2019: _none("No such ground before 2019."), **_new(_sum("out_denied_process"))}),
    (Measure("refused_enforcement", "refused: enforcement files", "属于行政执法案卷", "refused", "件",
             "Refused as administrative enforcement case files."),
     {PRE2019: _none("No such ground before 2019."), **_new(_sum("out_denied_enforcement"))}),
    (Measure("refused_other", "refused: outside the OGI", "属于行政查询事项 / 不是《条例》所指政府信息",
             "refused", "件", "Refused because the request is not one for government information under the OGI."),
     {PRE2019: _sum("reply_denied_not_gov_info", exact=False,
                    note="不是《条例》所指政府信息; from 2019 the nearest ground is 属于行政查询事项."),
      **_new(_sum("out_denied_inquiry", exact=False,
                  note="属于行政查询事项 (queries to be handled under other rules)."))}),
    (Measure("unable_to_provide", "unable to provide (all grounds)", "无法提供", "unable", "件",
             "Information could not be provided: not held, would need creating, or request unclear."),
     {PRE2019: _sum("reply_not_this_body", "reply_not_exist", exact=False,
                    note="不属于本行政机关公开 + 申请信息不存在 (the 2019 不掌握 ground covers both)."),
      **_new(_sum(*UNABLE_NEW))}),
    (Measure("unable_not_held", "unable: not held by this body", "本机关不掌握相关政府信息", "unable", "件",
             "The body does not hold the information (it does not exist, or another body holds it)."),
     {PRE2019: _sum("reply_not_this_body", "reply_not_exist", exact=False,
                    note="不属于本行政机关公开 + 申请信息不存在: both are 不掌握 in the 2019 format."),
      **_new(_sum("out_unable_not_held"))}),
    (Measure("unable_needs_creation", "unable: would need to be created", "没有现成信息需要另行制作",
             "unable", "件", "No ready information; it would have to be compiled or created."),
     {PRE2019: _none("No such category before 2019 (such requests were often answered as 申请信息不存在)."),
      **_new(_sum("out_unable_needs_creation"))}),
    (Measure("unable_unclear", "unable: request unclear", "补正后申请内容仍不明确", "unable", "件",
             "The request remained unclear after the applicant was asked to correct it."),
     {PRE2019: _none("No such category before 2019: 告知作出更改补充 records a request to amend, "
                     "not a final finding, and is mapped to other."),
      **_new(_sum("out_unable_unclear"))}),
    (Measure("not_processed", "not processed", "不予处理", "outcomes", "件",
             "Not processed: petitions and complaints, repeated or mass requests, publications, confirmations."),
     {PRE2019: _sum("reply_other_channel", exact=False,
                    note="告知通过其他途径办理: before 2019 requests of the kinds 2019 does not process "
                         "(petitions, publications, queries) were sent to another channel."),
      **_new(_sum(*UNPROCESSED_NEW))}),
    (Measure("other", "other handling", "其他处理", "outcomes", "件",
             "Other handling, e.g. the applicant did not correct the request or pay the fee in time."),
     {PRE2019: _sum("reply_amend", exact=False,
                    note="告知作出更改补充: the applicant was asked to amend the request; from 2019 requests "
                         "dropped after no correction are in 其他处理."),
      Y2019: _sum("out_other"),
      Y2021: _sum(*OTHER_2021, fallback=("out_other",),
                  note="The three 2021 sub-rows, or the 其他处理 row when a report prints only that.")}),
    (Measure("not_processed_or_other", "not processed or other handling", "不予处理及其他处理", "outcomes", "件",
             "not_processed + other: the most stable series across the 2019 break."),
     {PRE2019: _sum("reply_amend", "reply_other_channel", exact=False,
                    note="告知作出更改补充 + 告知通过其他途径办理."),
      Y2019: _sum(*UNPROCESSED_NEW, "out_other"),
      Y2021: _sum(*UNPROCESSED_NEW, *OTHER_2021, fallback=(*UNPROCESSED_NEW, "out_other"))}),
]
_ROWS += _outcome_measures("review", "行政复议", "administrative reviews", "review", ("review",))
_ROWS += _outcome_measures("suit", "行政诉讼", "lawsuits (all)", "lawsuit", ("suit_direct", "suit_after_review"))
_ROWS += _outcome_measures("suit_direct", "行政诉讼 未经复议直接起诉", "lawsuits without prior review", None,
                           ("suit_direct",))
_ROWS += _outcome_measures("suit_after_review", "行政诉讼 复议后起诉", "lawsuits after review", None,
                           ("suit_after_review",))
_ROWS += [
    # --- capacity ----------------------------------------------------------------------
    (Measure("staff_full_time", "full-time disclosure staff", "专职人员数", "capacity", "人",
             "Staff working full-time on disclosure."),
     {PRE2019: _sum("staff_full_time"), **_new(_none(_NO_NEW_CAPACITY))}),
    (Measure("staff_part_time", "part-time disclosure staff", "兼职人员数", "capacity", "人",
             "Staff working part-time on disclosure."),
     {PRE2019: _sum("staff_part_time"), **_new(_none(_NO_NEW_CAPACITY))}),
    (Measure("staff_total", "disclosure staff", "从事政府信息公开工作人员数", "capacity", "人",
             "All staff working on disclosure."),
     {PRE2019: _sum("staff_total", fallback=("staff_full_time", "staff_part_time")),
      **_new(_none(_NO_NEW_CAPACITY))}),
    (Measure("budget", "special disclosure budget", "政府信息公开专项经费", "capacity", "万元",
             "Budget earmarked for disclosure work."),
     {PRE2019: _sum("budget"), **_new(_none(_NO_NEW_CAPACITY))}),
    # --- proactive disclosure (article 20) -----------------------------------------------
    (Measure("rules_issued", "rules issued", "规章 本年制发", "proactive", "件", "Rules (规章) made in the year."),
     {PRE2019: _none("The pre-2019 table counts normative documents only."),
      Y2019: _sum("rules_made", note="本年新制作数量."), Y2021: _sum("rules_issued")}),
    (Measure("rules_repealed", "rules repealed", "规章 本年废止", "proactive", "件", "Rules repealed in the year."),
     {PRE2019: _none("No such row before 2019."), Y2019: _none("No such column in the 2019 format."),
      Y2021: _sum("rules_repealed")}),
    (Measure("rules_in_force", "rules in force", "规章 现行有效", "proactive", "件",
             "Rules in force at the end of the year."),
     {PRE2019: _none("No such row before 2019."),
      Y2019: _none("The 2019 format's 对外公开总数量 counts rules published, not rules in force."),
      Y2021: _sum("rules_in_force")}),
    (Measure("normative_issued", "normative documents issued", "规范性文件 本年制发", "proactive", "件",
             "Normative documents made in the year."),
     {PRE2019: _sum("normative_issued", note="制发规范性文件总数."),
      Y2019: _sum("normative_made", note="本年新制作数量."), Y2021: _sum("normative_issued_2021")}),
    (Measure("normative_repealed", "normative documents repealed", "规范性文件 本年废止", "proactive", "件",
             "Normative documents repealed in the year."),
     {PRE2019: _none("No such row before 2019."), Y2019: _none("No such column in the 2019 format."),
      Y2021: _sum("normative_repealed")}),
    (Measure("normative_in_force", "normative documents in force", "规范性文件 现行有效", "proactive", "件",
             "Normative documents in force at the end of the year."),
     {PRE2019: _none("No such row before 2019."),
      Y2019: _none("The 2019 format's 对外公开总数量 counts documents published, not documents in force."),
      Y2021: _sum("normative_in_force")}),
    (Measure("licensing_decisions", "licensing decisions", "行政许可 处理决定数量", "proactive", "件",
             "Administrative licensing decisions made in the year."),
     {PRE2019: _none("No such row before 2019."), **_new(_sum("licensing_decisions"))}),
    (Measure("penalty_decisions", "penalty decisions", "行政处罚 处理决定数量", "proactive", "件",
             "Administrative penalty decisions made in the year."),
     {PRE2019: _none("No such row before 2019."), **_new(_sum("penalty_decisions"))}),
    (Measure("coercion_decisions", "coercive-measure decisions", "行政强制 处理决定数量", "proactive", "件",
             "Administrative coercive-measure decisions made in the year."),
     {PRE2019: _none("No such row before 2019."), **_new(_sum("coercion_decisions"))}),
]

MEASURES: tuple[Measure, ...] = tuple(m for m, _ in _ROWS)
MEASURE_BY_CODE = {m.code: m for m in MEASURES}
CROSSWALK: dict[str, dict[str, Source]] = {m.code: sources for m, sources in _ROWS}
assert len(MEASURE_BY_CODE) == len(MEASURES), "measure codes must be unique"


def crosswalk_markdown() -> str:
    """The crosswalk page of the data dictionary: measure × regime → source items, with notes."""
    lines = ["## Crosswalk: harmonised measures", "",
             "Each measure of the `harmonised` table is the sum of the listed items of the report's "
             "regime (`a+b`); `a | b+c` means the first alternative the report gives in full is used "
             "(when none is given in full, the first one summed over the items given, flagged incomplete). "
             "— means the regime has no such category. ≈ marks a mapping that is not one-to-one.", "",
             "| measure | 中文 | unit | pre2019 | 2019 | 2021 |", "|---|---|---|---|---|---|"]
    for m in MEASURES:
        cells = [_cell(CROSSWALK[m.code][r]) for r in REGIMES]
        lines.append(f"| `{m.code}` | {m.label_zh} | {m.unit} | " + " | ".join(cells) + " |")
    lines += ["", "### Measures", ""]
    lines += [f"- `{m.code}` ({m.group}, {m.unit}): {m.label_en}. {m.description}" for m in MEASURES]
    lines += ["", "### Notes", ""]
    for m in MEASURES:
        for regime in REGIMES:
            note = CROSSWALK[m.code][regime].note
            if note:
                lines.append(f"- `{m.code}`, {regime}: {note}")
    return "\n".join(lines) + "\n"


def _cell(source: Source) -> str:
    if source.alternatives is None:
        return "—"
    text = " \\| ".join("+".join(f"`{i}`" for i in alt) for alt in source.alternatives)
    return ("≈ " if not source.exact else "") + text


def crosswalk_problems() -> list[str]:
    """Source items that do not exist or do not belong to the regime they are listed under."""
    problems = []
    for code, sources in CROSSWALK.items():
        if set(sources) != set(REGIMES):
            problems.append(f"{code}: regimes {sorted(sources)}")
        for regime, source in sources.items():
            for item in source.items:
                if item not in ITEM_BY_CODE or regime not in ITEM_BY_CODE[item].regimes:
                    problems.append(f"{code}/{regime}: {item}")
    return problems
