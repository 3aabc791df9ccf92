"""Rate definitions and their Wilson intervals."""

import math

import pandas as pd
import pytest

from gidata.release.harmonise import MEASURE_BY_CODE, harmonise
from gidata.build.report import process_file
from gidata.analysis.rates import RATE_COLUMNS, RATES, rate_table, wilson
from gidata.records import counting

from .conftest import CORPUS


def _frame(values: dict[str, dict[str, float]], incomplete=()) -> pd.DataFrame:
    """A harmonised table from {report_id: {measure: value}}."""
    rows = [{"report_id": rid, "body_id": "b", "body": "b", "year": 2021, "level": "county", "scope": "body",
             "regime": "2021", "measure": m, "value": v, "complete": (rid, m) not in incomplete}
            for rid, measures in values.items() for m, v in measures.items()]
    return pd.DataFrame(rows)


def test_wilson_interval_of_known_cases():
    low, high = wilson(0, 10)
    assert low == pytest.approx(0.0, abs=1e-12) and high == pytest.approx(0.2775, abs=1e-4)
    # 5 of 10: centre 0.5, half-width 1.96 * sqrt(0.25/10 + 1.96²/400) / (1 + 1.96²/10) = 0.2634
    assert wilson(5, 10) == pytest.approx((0.2366, 0.7634), abs=1e-4)


def test_every_rate_reads_defined_measures_and_has_at_least_two_refusal_definitions():
    assert all(m in MEASURE_BY_CODE for r in RATES.values() for m in r.numerator + r.denominator)
    assert {"refusal_narrow", "refusal_broad", "not_held_share", "review_correction", "suit_correction"} <= set(RATES)
    assert RATES["review_correction"].denominator == ("review_upheld", "review_corrected", "review_other")


def test_reports_lacking_a_part_keep_a_row_with_a_reason():
    frame = _frame({
        "ok": {"refused": 3, "total_decided": 30},
        "no_total": {"refused": 3},
        "zero": {"refused": 0, "total_decided": 0},
        "broken": {"refused": 5, "total_decided": 4},
        "partial": {"refused": 1, "total_decided": 10},
        "nothing_asked": {"total_decided": 0},
    }, incomplete={("partial", "refused")})
    table = rate_table(frame, "refusal_narrow").set_index("report_id")
    assert list(table.reset_index().columns) == list(RATE_COLUMNS)
    assert len(table) == 6
    assert table.loc["ok", "rate"] == pytest.approx(0.1) and pd.isna(table.loc["ok", "reason"])
    assert table.loc["no_total", "reason"] == "missing: total_decided" and math.isnan(table.loc["no_total", "rate"])
    assert table.loc["zero", "reason"] == table.loc["nothing_asked", "reason"] == "denominator is zero"
    assert table.loc["nothing_asked", "n"] == 0 and math.isnan(table.loc["nothing_asked", "k"])
    assert table.loc["broken", "reason"].startswith("numerator 5 exceeds denominator 4")
    assert table.loc["partial", "reason"] == "incomplete: refused"
    lenient = rate_table(frame, "refusal_narrow", require_complete=False).set_index("report_id")
    assert lenient.loc["partial", "rate"] == pytest.approx(0.1)


def test_unknown_rate_is_a_clear_error():
    with pytest.raises(KeyError, match="unknown rate 'refusal'"):
        rate_table(_frame({}), "refusal")


def test_rates_of_seed_001(corpus):
    """宜春市 2021, hand-read 总计 column: refused 23, unable 162, not processed 9 of 543 decided."""
    result = process_file(CORPUS / "seeds/001_f55af3b9fc6ef95b.txt", "001")
    frame = pd.DataFrame(harmonise(result.report, counting(result.facts)))
    expected = {"refusal_narrow": (23, 543), "refusal_broad": (23 + 162 + 9, 543),
                "nondisclosure": (23 + 162 + 9 + 3, 543), "disclosure": (328 + 18, 543),
                "not_held_share": (157, 23 + 162), "review_correction": (13, 9 + 13 + 3),
                "suit_correction": (1, 8 + 1 + 2)}
    for name, (k, n) in expected.items():
        row = rate_table(frame, name).iloc[0]
        assert (row["k"], row["n"]) == (k, n), name
        assert row["rate"] == pytest.approx(k / n) and row["low"] < k / n < row["high"]


def test_rates_of_a_prose_report_before_2019(corpus):
    """三门峡市 2017 (seed 000): 不同意公开 3, 不属于本机关 15 + 不存在 9, 其他途径 2, of 172 replies."""
    result = process_file(CORPUS / "seeds/000_6eecb43df29e7b4f.txt", "000")
    frame = pd.DataFrame(harmonise(result.report, counting(result.facts)))
    row = lambda name: rate_table(frame, name).iloc[0]  # noqa: E731
    assert (row("refusal_narrow")["k"], row("refusal_narrow")["n"]) == (3, 172)
    assert (row("refusal_broad")["k"], row("refusal_broad")["n"]) == (3 + 24 + 2, 172)
    assert (row("not_held_share")["k"], row("not_held_share")["n"]) == (24, 3 + 24)
    assert (row("review_correction")["k"], row("review_correction")["n"]) == (1, 5 + 1 + 2)
    # 同意部分公开 is not given, nor lawsuits' corrected and other outcomes (全部为维持 is not a stated 0)
    assert row("disclosure")["reason"] == "missing: partly_granted"
    assert row("suit_correction")["reason"] == "missing: suit_corrected, suit_other"


def test_pooled_interval_over_two_bodies_is_never_narrower_than_wilson():
    """Two bodies give few distinct resamples: the bootstrap alone collapses to [0, 1/8] here."""
    from gidata.analysis.stats import proportions

    frame = pd.DataFrame({"g": ["a", "a"], "body": ["x", "y"], "k": [0, 1], "n": [1, 8]})
    pooled = proportions(frame, "k", "n", "g", cluster="body").iloc[0]
    wilson_low, wilson_high = wilson(1, 9)
    assert pooled["rate"] == pytest.approx(1 / 9)
    assert pooled["low"] == pytest.approx(min(0.0, wilson_low))
    assert pooled["high"] == pytest.approx(wilson_high) and wilson_high > 0.4
    assert pooled["interval"] == "bootstrap and Wilson"


def test_pooled_ratio_keeps_the_bootstrap():
    from gidata.analysis.stats import proportions

    frame = pd.DataFrame({"g": ["a"] * 3, "body": ["x", "y", "z"], "k": [5, 9, 2], "n": [2, 3, 1]})
    pooled = proportions(frame, "k", "n", "g", cluster="body", scale=100, ratio=True).iloc[0]
    assert pooled["rate"] == pytest.approx(1600 / 6) and pooled["interval"] == "bootstrap"
    assert pooled["low"] < pooled["rate"] < pooled["high"]
