"""The crosswalk and the harmonised table, checked against figures read by hand from real reports."""

import pytest

from gidata.check.identities import OTHER_ROWS_2021, OUTCOME_ROWS_2019, PRE2019_SUMS
from gidata.release.harmonise import (CROSSWALK, MEASURES, MEASURE_BY_CODE, crosswalk_markdown, crosswalk_problems,
                              harmonise, measure_row, Source)
from gidata.vocabulary.items import PRE2019, REGIMES, Y2019, Y2021
from gidata.build.report import Result, process_file
from gidata.records import Fact, Report, counting, counts
from gidata.release.tidy import tidy
from gidata.release.write import to_arrow

from .conftest import CORPUS


def _harmonised(relative: str) -> dict[str, dict]:
    """measure -> harmonised row of one corpus report, run through the real pipeline."""
    result = process_file(CORPUS / relative, relative)
    rows = harmonise(result.report, counting(result.facts))
    return {row["measure"]: row for row in rows}


def _values(rows: dict[str, dict]) -> dict[str, float]:
    return {m: r["value"] for m, r in rows.items()}


# --- the crosswalk as data -------------------------------------------------------------------

def test_every_source_item_exists_and_belongs_to_its_regime():
    assert crosswalk_problems() == []


def test_a_wrong_item_or_regime_is_reported(monkeypatch):
    monkeypatch.setitem(CROSSWALK, "received", {**CROSSWALK["received"], PRE2019: Source((("req_new",),))})
    assert crosswalk_problems() == ["received/pre2019: req_new"]


def test_every_outcome_category_of_every_regime_is_mapped():
    used = {regime: {i for sources in CROSSWALK.values() for i in sources[regime].items} for regime in REGIMES}
    pre_parts = {p for total in ("reply_total", "reply_denied", "review_total", "lawsuit_total", "staff_total")
                 for p in PRE2019_SUMS[total]}
    assert pre_parts | {"app_received", "reply_total", "reply_denied", "budget"} <= used[PRE2019]
    challenge = {f"{k}_{o}" for k in ("review", "suit_direct", "suit_after_review")
                 for o in ("upheld", "corrected", "other", "pending", "total")}
    flows = {"req_new", "req_carried_over", "out_total", "req_carried_forward"}
    assert set(OUTCOME_ROWS_2019) | {"out_other"} | flows | challenge <= used[Y2019]
    assert set(OUTCOME_ROWS_2019) | set(OTHER_ROWS_2021) | flows | challenge <= used[Y2021]


@pytest.mark.parametrize("regime", REGIMES)
def test_refused_and_unable_totals_are_the_sums_of_their_groups(regime):
    """The reason groups partition the total, so a user's sum of groups equals the total measure."""
    for total, group in (("refused", "refused"), ("unable_to_provide", "unable")):
        parts = [m.code for m in MEASURES if m.group == group and m.code != total]
        part_items = sorted(i for p in parts for i in (CROSSWALK[p][regime].alternatives or [()])[0])
        alternatives = CROSSWALK[total][regime].alternatives
        assert any(sorted(alt) == part_items for alt in alternatives), (total, regime)


def test_every_measure_and_note_appears_on_the_crosswalk_page():
    page = crosswalk_markdown()
    for measure in MEASURES:
        assert f"| `{measure.code}` | {measure.label_zh} |" in page
    assert "`reply_not_this_body`+`reply_not_exist`" in page
    assert "- `unable_not_held`, pre2019: 不属于本行政机关公开 + 申请信息不存在" in page


def test_unmapped_categories_say_why():
    for measure in MEASURES:
        for regime in REGIMES:
            source = CROSSWALK[measure.code][regime]
            if source.alternatives is None:
                assert source.note, (measure.code, regime)
                assert not source.exact


# --- measure_row on tiny inputs -----------------------------------------------------------------

def _fact(item, value, semantics="number", method="table", approximate=False, applicant=None, offset=0):
    return Fact(item, value, semantics, method, "", offset, applicant=applicant, approximate=approximate)


def test_a_partial_sum_is_flagged_incomplete():
    row = measure_row(CROSSWALK["granted"][PRE2019], {"reply_granted": _fact("reply_granted", 100.0)})
    assert row["value"] == 100.0 and row["complete"] is False
    assert row["source_items"] == "reply_already_public+reply_granted"
    assert row["crosswalk_exact"] is False


def test_the_first_complete_alternative_wins_and_blank_cells_count_as_zero():
    source = CROSSWALK["other"][Y2021]
    values = {i: _fact(i, 2.0) for i in ("out_other_no_correction", "out_other_no_fee")}
    values["out_other_other"] = _fact("out_other_other", None, semantics="blank")
    values["out_other"] = _fact("out_other", 9.0)
    row = measure_row(source, values)
    assert (row["value"], row["source_items"], row["complete"]) == (4.0, "+".join(source.alternatives[0]), True)
    del values["out_other_no_fee"]
    row = measure_row(source, values)
    assert (row["value"], row["source_items"], row["complete"]) == (9.0, "out_other", True)


def test_a_sum_of_parts_does_not_stand_in_for_a_total_unless_complete():
    source = CROSSWALK["total_decided"][PRE2019]
    assert measure_row(source, {"reply_granted": _fact("reply_granted", 1.0)}) is None
    values = {i: _fact(i, 1.0) for i in source.alternatives[1]}
    row = measure_row(source, values)
    assert (row["value"], row["complete"], row["source_items"]) == (8.0, True, "+".join(source.alternatives[1]))


def test_approximate_figures_and_mixed_methods_are_flagged():
    values = {"reply_not_this_body": _fact("reply_not_this_body", 15.0, approximate=True),
              "reply_not_exist": _fact("reply_not_exist", 9.0, method="prose")}
    row = measure_row(CROSSWALK["unable_not_held"][PRE2019], values)
    assert (row["value"], row["approximate"], row["method"]) == (24.0, True, "mixed")


def test_no_source_item_and_no_category_give_no_row():
    assert measure_row(CROSSWALK["granted"][PRE2019], {}) is None
    assert measure_row(CROSSWALK["carried_over"][PRE2019], {"app_received": _fact("app_received", 1.0)}) is None


def test_the_total_column_is_preferred_to_an_applicant_less_figure():
    facts = [_fact("req_new", 554.0, method="prose"), _fact("req_new", 553.0, applicant="total", offset=9),
             _fact("req_new", 530.0, applicant="natural_person", offset=5)]
    rows = {r["measure"]: r for r in harmonise(Report("r", regime=Y2021, status="ok"), counting(facts))}
    assert rows["received"]["value"] == 553.0 and rows["received"]["method"] == "table"


def test_the_value_that_counts_is_a_table_value_before_prose_and_the_first_in_the_text():
    early, late = _fact("req_new", 5.0, offset=10), _fact("req_new", 6.0, offset=20)
    prose = _fact("req_new", 7.0, method="prose", offset=1)
    not_usable = _fact("req_new", None, semantics="not_applicable", offset=0)
    assert counting([prose, late, not_usable, early])[("req_new", None)] is early
    assert counting([prose, not_usable])[("req_new", None)] is prose


# --- real reports, values computed by hand from tests/expected/*.yaml -------------------------

def test_prose_report_before_2019(corpus):
    """三门峡市 2017 (seed 000), all in prose: 172 replies = 42+100+3+15+9+1+2."""
    rows = _harmonised("seeds/000_6eecb43df29e7b4f.txt")
    assert _values(rows) == {
        "received": 172, "total_decided": 172, "granted": 142, "refused": 3, "unable_to_provide": 24,
        "unable_not_held": 24, "not_processed": 2, "other": 1, "not_processed_or_other": 3,
        "review_upheld": 5, "review_corrected": 1, "review_other": 2, "review_total": 8,
        "suit_upheld": 7, "suit_total": 7,
        "staff_full_time": 54, "staff_part_time": 300, "staff_total": 354, "budget": 74.04,
    }
    assert rows["granted"]["source_items"] == "reply_already_public+reply_granted"
    assert rows["refused"]["source_items"] == "reply_denied"
    assert all(r["method"] == "prose" and r["complete"] for r in rows.values())


def test_table_report_of_2019(corpus):
    """平潭综合实验区 2019: 23 decided = 7 granted + 1 partly + 7 not held + 5 unclear + 3 repeated."""
    v = _values(_harmonised("reports/2019_pingtanqu_1.txt"))
    expected = {"received": 23, "carried_over": 0, "total_decided": 23, "carried_forward": 0, "granted": 7,
                "partly_granted": 1, "refused": 0, "unable_to_provide": 12, "unable_not_held": 7,
                "unable_needs_creation": 0, "unable_unclear": 5, "not_processed": 3, "other": 0,
                "not_processed_or_other": 3, "review_total": 0, "suit_total": 0, "suit_direct_total": 0,
                "rules_issued": 0}
    assert {k: v.get(k) for k in expected} == expected
    assert "staff_total" not in v and "rules_in_force" not in v


def test_complete_2021_report(corpus):
    """宜春市 2021 (seed 001), 总计 column: 543 = 328 + 18 + 23 + 162 + 9 + 3."""
    rows = _harmonised("seeds/001_f55af3b9fc6ef95b.txt")
    expected = {"received": 553, "carried_over": 1, "total_decided": 543, "carried_forward": 11,
                "granted": 328, "partly_granted": 18, "refused": 0 + 1 + 1 + 4 + 8 + 2 + 2 + 5,
                "refused_secret": 0, "refused_law": 1, "refused_safety": 1, "refused_third_party": 4,
                "refused_internal": 8, "refused_process": 2, "refused_enforcement": 2, "refused_other": 5,
                "unable_to_provide": 157 + 3 + 2, "unable_not_held": 157, "not_processed": 4 + 5,
                "other": 1 + 0 + 2, "review_upheld": 9, "review_corrected": 13, "review_other": 3,
                "review_pending": 3, "review_total": 28, "suit_upheld": 6 + 2, "suit_corrected": 1,
                "suit_other": 2, "suit_pending": 0, "suit_total": 9 + 2, "suit_after_review_total": 2,
                "rules_issued": 8, "rules_repealed": 1, "rules_in_force": 14, "normative_issued": 764,
                "normative_repealed": 633, "normative_in_force": 2004, "penalty_decisions": 292956}
    assert {k: rows[k]["value"] for k in expected} == expected
    assert rows["other"]["source_items"] == "out_other_no_correction+out_other_no_fee+out_other_other"
    assert rows["refused"]["complete"] and rows["refused"]["crosswalk_exact"]
    assert rows["refused_other"]["crosswalk_exact"] is False


def test_run_together_2021_report(corpus):
    """平潭综合实验区 2021: 69 decided = 30 + 5 + (1 + 6 + 1) + 25 + 0 + 1; 70 new, 1 carried forward."""
    v = _values(_harmonised("reports/2021_pingtanqu_1.txt"))
    expected = {"received": 70, "carried_over": 0, "total_decided": 69, "carried_forward": 1, "granted": 30,
                "partly_granted": 5, "refused": 8, "refused_internal": 1, "refused_enforcement": 6,
                "refused_other": 1, "unable_to_provide": 25, "unable_not_held": 25, "not_processed": 0,
                "other": 1, "review_upheld": 1, "review_other": 2, "review_total": 3, "suit_upheld": 12,
                "suit_total": 12, "suit_direct_total": 12, "suit_after_review_total": 0}
    assert {k: v.get(k) for k in expected} == expected


def test_harmonised_rows_fit_the_dictionary_and_count_only_usable_reports(corpus):
    results = [process_file(CORPUS / p, p) for p in ("seeds/001_f55af3b9fc6ef95b.txt", "reports/2021_pingtanqu_1.txt")]
    bad = Result(Report("bad.txt", status="empty"))
    tables = tidy(results + [bad])
    arrow = to_arrow("harmonised", tables["harmonised"])
    assert set(arrow.column("report_id").to_pylist()) == {r.report.report_id for r in results}
    assert set(arrow.column("measure").to_pylist()) <= set(MEASURE_BY_CODE)


def test_a_prose_figure_contradicting_the_table_is_never_preferred():
    prose, table = (Fact("req_new", 12.0, "number", "prose", "", 10),
                    Fact("req_new", 10.0, "number", "table", "", 900, applicant="total"))
    assert list(counting([prose, table]).values()) == [table]
    assert list(counting([prose]).values()) == [prose]


def test_every_other_prose_figure_counts_on_its_own():
    figures = [Fact("prose_other", 205.0, "number", "prose", "", 10, row_label="机构职能类信息", unit="条"),
               Fact("prose_other", 8.0, "number", "prose", "", 40, row_label="召开了新闻发布会", unit="场")]
    chosen = counting(figures)
    assert chosen == {} and all(counts(f, chosen) for f in figures)
