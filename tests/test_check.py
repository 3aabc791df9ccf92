"""The check stage: identities evaluated, breaks recorded and never corrected."""

from dataclasses import astuple

from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.check.identities import check
from gidata.records import Fact, counting
from gidata.build.report import process_file


def fact(item, value, applicant=None, method="table"):
    return Fact(item, value, "number", method, "", 0, applicant=applicant)


def test_pre2019_sums_hold_or_break():
    facts = [fact("staff_total", 3), fact("staff_full_time", 2), fact("staff_part_time", 1),
             fact("review_total", 5), fact("review_upheld", 1), fact("review_corrected", 1),
             fact("review_other", 1)]
    results = {c.identity: c for c in check(facts, "pre2019", counting(facts))}
    assert results["staff_total"].holds
    assert not results["review_total"].holds and results["review_total"].computed == 3


def test_a_table_value_is_checked_before_a_prose_one():
    facts = [fact("staff_total", 3, method="prose"), fact("staff_total", 4), fact("staff_full_time", 2),
             fact("staff_part_time", 2)]
    assert check(facts, "pre2019", counting(facts))[0].holds


def test_identities_without_all_parts_are_not_evaluated():
    facts = [fact("staff_total", 3), fact("staff_full_time", 2)]
    assert check(facts, "pre2019", counting(facts)) == []


def test_the_report_that_breaks_its_balance_keeps_its_figures(corpus):
    result = process_file(corpus / "reports" / "2021_pingtan_gonganju_1.txt", "x")
    broken = {c.identity for c in result.checks if not c.holds}
    assert broken == {"balance:natural_person", "balance:total"}
    values = {(f.item, f.applicant): f.value for f in result.facts if f.method == "table"}
    assert values[("req_new", "total")] == 1 and values[("req_carried_forward", "total")] == 1


def _plain_matrix_checks(values):
    """The matrix's identities as first written: one dict per applicant, a key missing read as None."""
    from collections import defaultdict

    from gidata.check.identities import _ROW_PARTS, OTHER_ROWS_2021, OUTCOME_ROWS_2019, Check
    from gidata.numbers import all_known
    from gidata.vocabulary.items import APPLICANT_TYPES

    out = []
    by_applicant = defaultdict(dict)
    for (item, a), value in values.items():
        by_applicant[a][item] = value
    rows = {item for a, items in by_applicant.items() if a is not None for item in items}
    outcome_rows = OUTCOME_ROWS_2019 + (OTHER_ROWS_2021 if rows & set(OTHER_ROWS_2021) else ("out_other",))
    for applicant in APPLICANT_TYPES:
        get = by_applicant.get(applicant, {}).get
        flows = all_known([get(i) for i in ("req_new", "req_carried_over", "out_total", "req_carried_forward")])
        if flows is not None:
            out.append(Check(f"balance:{applicant}", "req_new", applicant, flows[0] + flows[1],
                             flows[2] + flows[3], "out_total+req_carried_forward"))
        total, outcomes = get("out_total"), all_known([get(i) for i in outcome_rows])
        if total is not None and outcomes is not None:
            out.append(Check(f"out_total:{applicant}", "out_total", applicant, total, sum(outcomes),
                             "+".join(outcome_rows)))
    columns = [by_applicant.get(a, {}).get for a in APPLICANT_TYPES]
    for row in sorted(rows):
        cells = all_known([column(row) for column in columns])
        if cells is not None:
            out.append(Check(f"row_total:{row}", row, "total", cells[-1], sum(cells[:-1]), _ROW_PARTS))
    return out


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_matrix_checks_read_by_itemgetter_are_the_plain_ones(data):
    """`_matrix_checks` reads a row's or a column's figures by one itemgetter (a missing key: None): the same
    checks as reading each figure alone, on matrices with any figures missing, and a prose figure (no applicant)."""
    from gidata.check.identities import OTHER_ROWS_2021, _matrix_checks
    from gidata.vocabulary.items import APPLICANT_TYPES
    from gidata.vocabulary.tables import MATRIX_ROWS

    rows = [key for key, _ in MATRIX_ROWS if data.draw(st.booleans()) or key not in OTHER_ROWS_2021]  # 2019's or 2021's
    keys = [(row, a) for row in rows for a in APPLICANT_TYPES] + [("req_new", None), ("staff_total", None)]
    missing = data.draw(st.sets(st.sampled_from(keys), max_size=len(keys)))
    values = {key: float(data.draw(st.integers(0, 9))) for key in keys if key not in missing}
    assert [astuple(c) for c in _matrix_checks(values)] == [astuple(c) for c in _plain_matrix_checks(values)]
