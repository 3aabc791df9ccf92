"""The check stage: identities evaluated, breaks recorded and never corrected."""

from gidata.check.identities import check
from gidata.records import Fact
from gidata.build.report import process_file


def fact(item, value, applicant=None, method="table"):
    return Fact(item, value, "number", method, "", 0, applicant=applicant)


def test_pre2019_sums_hold_or_break():
    facts = [fact("staff_total", 3), fact("staff_full_time", 2), fact("staff_part_time", 1),
             fact("review_total", 5), fact("review_upheld", 1), fact("review_corrected", 1),
             fact("review_other", 1)]
    results = {c.identity: c for c in check(facts, "pre2019")}
    assert results["staff_total"].holds
    assert not results["review_total"].holds and results["review_total"].computed == 3


def test_a_table_value_is_checked_before_a_prose_one():
    facts = [fact("staff_total", 3, method="prose"), fact("staff_total", 4), fact("staff_full_time", 2),
             fact("staff_part_time", 2)]
    assert check(facts, "pre2019")[0].holds


def test_identities_without_all_parts_are_not_evaluated():
    assert check([fact("staff_total", 3), fact("staff_full_time", 2)], "pre2019") == []


def test_the_report_that_breaks_its_balance_keeps_its_figures(corpus):
    result = process_file(corpus / "reports" / "2021_pingtan_gonganju_1.txt", "x")
    broken = {c.identity for c in result.checks if not c.holds}
    assert broken == {"balance:natural_person", "balance:total"}
    values = {(f.item, f.applicant): f.value for f in result.facts if f.method == "table"}
    assert values[("req_new", "total")] == 1 and values[("req_carried_forward", "total")] == 1
