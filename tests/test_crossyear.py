"""Cross-year checks on real runs of reports of the same body, with results read by hand."""

from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from gidata.check.crossyear import (HEAD, IDENTITIES, ITEMS, _blocks, _keyed, _keys, _pairable, body_key,
                                    counted_schema, crossyear, crossyear_batches, crossyear_tables, evaluate,
                                    normalise_body, pairs, rounded)
from gidata.vocabulary.items import Y2021
from gidata.build.sources import sources_metadata
from gidata.build.report import process_file
from gidata.release.tidy import tidy

from .conftest import CORPUS

IDENTITY = {i.name: i for i in IDENTITIES}


@pytest.fixture(scope="module")
def results(corpus):
    """The processed reports of the whole corpus/reports folder."""
    return [process_file(path, path.stem, sources_metadata(path)) for path in sorted((CORPUS / "reports").iterdir())
            if path.suffix in (".txt", ".pdf", ".md")]


@pytest.fixture(scope="module")
def checks(results):
    """(report_from, report_to, identity) -> crossyear row, from the whole corpus/reports folder."""
    tables = tidy(results)
    return {(r["report_from"], r["report_to"], r["identity"]): r for r in tables["crossyear"]}


# --- matching bodies -------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("平潭综合实验区", "平潭综合实验区管委会"),
    ("洪泽区人民政府", "淮安市洪泽区人民政府"),
    ("河北省科技厅", "河北省科学技术厅"),
    ("河北省工业和信息化厅", "河北省工信厅"),
])
def test_names_of_one_body_normalise_alike(a, b):
    assert normalise_body(a) == normalise_body(b)


@pytest.mark.parametrize("a, b", [
    ("平潭县人民政府", "平潭综合实验区"),
    ("河北省教育厅", "河北省科技厅"),
    ("平潭综合实验区", "平潭综合实验区公安局"),
])
def test_different_bodies_stay_apart(a, b):
    assert normalise_body(a) != normalise_body(b)


def test_division_code_is_part_of_the_key_and_a_report_without_body_is_not_paired():
    a = {"report_id": "a", "body": "教育局", "year": 2020, "division_code": "110101"}
    b = {"report_id": "b", "body": "教育局", "year": 2021, "division_code": "110102"}
    c = {"report_id": "c", "body": "教育局", "year": 2021, "division_code": "110101"}
    nobody = {"report_id": "d", "body": None, "year": 2021, "division_code": "110101"}
    assert body_key(a) != body_key(b) and body_key(nobody) is None
    assert [(x["report_id"], y["report_id"]) for x, y in pairs([a, b, c, nobody])] == [("a", "c")]


def test_only_consecutive_years_pair_and_two_reports_of_a_year_both_pair():
    reports = [{"report_id": rid, "body": "某局", "year": year, "division_code": "1"}
               for rid, year in (("y19", 2019), ("y21a", 2021), ("y21b", 2021), ("y22", 2022))]
    assert sorted((x["report_id"], y["report_id"]) for x, y in pairs(reports)) == [("y21a", "y22"), ("y21b", "y22")]


# --- evaluating one identity ------------------------------------------------------------------

def _report(regime):
    return {"regime": regime}


def test_carry_over_break_and_hold():
    got = evaluate(IDENTITY["carry_over"], _report("2019"), _report("2021"),
                   {("req_carried_forward", "total"): 11.0}, {("req_carried_over", "total"): 1.0})
    assert (got["stated"], got["expected"], got["difference"], got["holds"]) == (1.0, 11.0, -10.0, False)
    got = evaluate(IDENTITY["carry_over"], _report("2021"), _report("2021"),
                   {("req_carried_forward", None): 3.0}, {("req_carried_over", "total"): 3.0})
    assert got["holds"] is True and got["reason"] is None


def test_missing_figures_and_undefined_formats_give_null_with_a_reason():
    got = evaluate(IDENTITY["normative_in_force"], _report("2021"), _report("2021"),
                   {("normative_in_force", None): 25.0}, {("normative_in_force", None): 26.0})
    assert got["holds"] is None
    assert got["reason"] == "later report lacks normative_issued_2021; later report lacks normative_repealed"
    got = evaluate(IDENTITY["carry_over"], _report("pre2019"), _report("2019"), {}, {})
    assert got["holds"] is None and "the earlier report is in the pre2019 format" in got["reason"]


def test_hand_read_in_force_figures_of_hebei_gongxinting_2021_2022():
    """行政规范性文件 25 in force at the end of 2021; 2022: 5 issued, 4 repealed, 26 in force: 25 + 5 - 4 = 26."""
    got = evaluate(IDENTITY["normative_in_force"], _report("2021"), _report("2021"),
                   {("normative_in_force", None): 25.0},
                   {("normative_in_force", None): 26.0, ("normative_issued_2021", None): 5.0,
                    ("normative_repealed", None): 4.0})
    assert got["holds"] is True


# --- the corpus ---------------------------------------------------------------------------------

def test_consecutive_pairs_of_the_corpus_are_found(checks):
    found = {(a, b) for a, b, _ in checks}
    assert ("2012_pingtanxian_1", "2013_pingtanxian_1") in found
    assert ("2014_pingtanqu_1", "2015_pingtanqu_1") in found  # 平潭综合实验区管委会 / 平潭综合实验区
    assert ("2017_pingtan_shichangjianguanju_1", "2018_pingtan_shichangjianguanju_1") in found
    assert ("2018_pingtan_shichangjianguanju_1", "2019_pingtan_shichangjianguanju_1") in found
    assert ("2023_hongzequ_huaian_1", "2024_hongzequ_huaian_1") in found  # 洪泽区人民政府 / 淮安市洪泽区人民政府
    assert ("2015_hebei_kejiting_1", "2016_hebei_kejiting_1") in found    # 科学技术厅 / 科技厅
    assert {(f"{y}_hebei_gongxinting_1", f"{y + 1}_hebei_gongxinting_1") for y in range(2016, 2023)} <= found
    # a gap of a year, and the county government next to the zone's committee, are not pairs
    assert ("2019_pingtanqu_1", "2021_pingtanqu_1") not in found
    assert not any("pingtanxian" in a and "pingtanqu" in b for a, b in found)
    assert all(len({i for x, y, i in checks if (x, y) == pair}) == len(IDENTITIES) for pair in found)


def test_pairs_before_2019_are_recorded_as_not_evaluable(checks):
    row = checks[("2012_pingtanxian_1", "2013_pingtanxian_1", "carry_over")]
    assert row["holds"] is None and "pre2019 format" in row["reason"]
    row = checks[("2018_pingtan_shichangjianguanju_1", "2019_pingtan_shichangjianguanju_1", "carry_over")]
    assert row["holds"] is None and "earlier report is in the pre2019 format" in row["reason"]


def test_hongze_2023_2024_joins_up(checks):
    """2023: 0 carried forward, 5 normative documents in force; 2024: 0 carried over, 3 issued, 0 repealed, 8."""
    carry = checks[("2023_hongzequ_huaian_1", "2024_hongzequ_huaian_1", "carry_over")]
    assert (carry["stated"], carry["expected"], carry["holds"]) == (0, 0, True)
    normative = checks[("2023_hongzequ_huaian_1", "2024_hongzequ_huaian_1", "normative_in_force")]
    assert (normative["stated"], normative["expected"], normative["holds"]) == (8, 5 + 3 - 0, True)


def test_hebei_education_documents_in_force_do_not_add_up(checks):
    """河北省教育厅: 181 in force (2021); 2022: +5 −17 → 169 expected, 159 stated; 2023: 159 +3 −5 = 157 vs 156."""
    row = checks[("2021_hebei_jiaoyuting_1", "2022_hebei_jiaoyuting_1", "normative_in_force")]
    assert (row["stated"], row["expected"], row["difference"], row["holds"]) == (159, 169, -10, False)
    row = checks[("2022_hebei_jiaoyuting_1", "2023_hebei_jiaoyuting_1", "normative_in_force")]
    assert (row["stated"], row["expected"], row["difference"], row["holds"]) == (156, 157, -1, False)
    for year in (2021, 2022):
        row = checks[(f"{year}_hebei_jiaoyuting_1", f"{year + 1}_hebei_jiaoyuting_1", "carry_over")]
        assert (row["stated"], row["expected"], row["holds"]) == (0, 0, True)


def test_hebei_carry_over_holds_from_2019_to_2023(checks):
    """Every 河北 matrix states 0 (or leaves blank) both 上年结转 and 结转下年度."""
    for year in range(2019, 2023):
        row = checks[(f"{year}_hebei_gongxinting_1", f"{year + 1}_hebei_gongxinting_1", "carry_over")]
        assert row["holds"] is True and row["stated"] == 0
    for year in (2021, 2022):
        assert checks[(f"{year}_hebei_kejiting_1", f"{year + 1}_hebei_kejiting_1", "carry_over")]["holds"] is True


def test_every_row_either_holds_or_says_why_not(checks):
    assert checks
    for row in checks.values():
        assert (row["holds"] is None) == (row["reason"] is not None)
        assert row["year_to"] == row["year_from"] + 1


def test_crossyear_of_nothing_is_empty():
    assert crossyear([], {}) == []


def test_pairs_come_in_blocks_each_earlier_report_whole_and_the_rows_do_not_depend_on_the_block_size():
    reports = [{"report_id": f"{year}-{n}", "body": "某局", "division_code": "1", "year": year, "regime": Y2021}
               for year in (2021, 2022) for n in range(3)]
    columns = {k: [r.get(k) for r in reports] for k in HEAD}
    columns.update({item: [7.0] * len(reports) for item in ITEMS})
    blocks = list(crossyear_batches(columns, pairs_at_once=2))
    assert [sorted(set(b["report_from"])) for b in blocks] == [["2021-0"], ["2021-1"], ["2021-2"]]
    rows = {row for b in blocks for row in zip(*b.values())}
    assert rows == {row for b in crossyear_batches(columns) for row in zip(*b.values())} and len(rows) == 27


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["甲局", "乙局", "丙局", "丁局"]), st.integers(2019, 2023)), max_size=40),
       st.integers(1, 12))
def test_blocks_of_interleaved_bodies_find_every_pair_one_block_finds(reports, pairs_at_once):
    """A block is joined with its bodies' reports only (sorted by body): with bodies interleaved in the input
    and blocks of any size, the rows are those of one block joining every report with every report."""
    columns = {"report_id": [f"{body}{year}-{n}" for n, (body, year) in enumerate(reports)],
               "body_id": [None] * len(reports), "body": [body for body, _ in reports],
               "division_code": ["1"] * len(reports), "year": [year for _, year in reports],
               "regime": [Y2021] * len(reports)}
    columns.update({item: [float(n) for n in range(len(reports))] for item in ITEMS})
    rows = sorted(row for b in crossyear_batches(columns, pairs_at_once) for row in zip(*b.values()))
    assert rows == sorted(row for b in crossyear_batches(columns, 10**9) for row in zip(*b.values()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.floats(), st.integers(-10**18, 10**18).map(float),
                          st.integers(-10**6, 10**6).map(lambda n: n / 8), st.sampled_from([0.0, -0.0])),
                max_size=30))
@example([63.9387485, 14.1389275, float("nan"), -0.0, 3.0])  # the first two: numpy's round gives other values
def test_the_differences_round_as_round_does_each_value(values):
    """`rounded` calls `round(x, 6)` only on values with a fraction: every value comes out as round gives it,
    bit for bit (the sign of a zero, NaN)."""
    import numpy as np

    got = rounded(np.array(values, np.float64))
    want = np.array([round(x, 6) for x in values], np.float64)
    assert got.tobytes() == want.tobytes()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["甲局", "乙局人民政府", "乙局"]), st.sampled_from([None, "b1"]),
                          st.integers(2019, 2022), st.sampled_from([Y2021, "2019", None]),
                          st.lists(st.sampled_from([None, 0, 3, 2.5, -1.25]), min_size=len(ITEMS),
                                   max_size=len(ITEMS))), max_size=25),
       st.integers(1, 6))
def test_the_counted_reports_as_an_arrow_table_in_pieces_give_the_rows_their_lists_give(reports, piece):
    """A build hands `crossyear_tables` its counted reports as Arrow tables made a few reports at a time (a
    table of many chunks): the rows, in order, are those of the same values as lists."""
    import pyarrow as pa

    rows = [(f"r{n}", body_id, body, "1", year, regime, *values)
            for n, (body, body_id, year, regime, values) in enumerate(reports)]
    names = (*HEAD, *ITEMS)
    columns = {k: [row[i] for row in rows] for i, k in enumerate(names)}
    pieces = [pa.Table.from_pydict({k: [row[i] for row in rows[at:at + piece]] for i, k in enumerate(names)},
                                   schema=counted_schema()) for at in range(0, len(rows), piece)]
    table = pa.concat_tables(pieces) if pieces else counted_schema().empty_table()
    assert ([t.to_pydict() for t in crossyear_tables(table, pairs_at_once=5)]
            == [t.to_pydict() for t in crossyear_tables(columns, pairs_at_once=5)])


def _assert_arrow_keys_are_the_plain_ones(rows: list[tuple]) -> None:
    """`_keyed` (Arrow, a body normalised once) keeps the reports `_pairable` keeps, with the keys `_keys` gives:
    `rows` are (report_id, body_id, body, division_code, year)."""
    import pyarrow as pa

    columns = {k: [row[i] for row in rows] for i, k in enumerate(("report_id", "body_id", "body", "division_code",
                                                                   "year"))}
    columns.update({k: [None] * len(rows) for k in ("regime", *ITEMS)})
    keys, pairable = _keys(columns), _pairable(columns)
    want = [(rid, c, n) for rid, c, n, ok in zip(columns["report_id"], keys["_code"], keys["_name"], pairable) if ok]
    pieces = [pa.table({k: v[at:at + 3] for k, v in columns.items()}, schema=counted_schema())
              for at in range(0, len(rows), 3)]
    keyed = _keyed(pa.concat_tables(pieces) if pieces else counted_schema().empty_table())
    assert list(zip(*(keyed.column(k).to_pylist() for k in ("report_id", "_code", "_name")))) == want


def test_the_arrow_keys_of_every_corpus_body_are_the_plain_ones(results):
    bodies = sorted({name or "" for r in results for name in (r.report.body, r.report.body_name)})
    assert len(bodies) > 10
    rows = [(f"r{n}", body_id, body, code, year) for n, body in enumerate(bodies)
            for body_id, code, year in ((None, "110101", 2021), ("", None, 2022), ("b1", "", 2020), (None, None, None))]
    _assert_arrow_keys_are_the_plain_ones(rows)


_NAMES = ["淮安市洪泽区人民政府", "洪泽区", "河北省科学技术厅", "河北省科技厅", "平潭综合实验区管委会",
          " 某局\u3000", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["r1", "r2", "r3", "r4"]), st.sampled_from([None, "", "b1", "b2"]),
                          st.one_of(st.none(), st.text(max_size=8), st.sampled_from(_NAMES)),
                          st.sampled_from([None, "", "110101", "320813"]),
                          st.one_of(st.none(), st.integers(2015, 2024))), max_size=20))
def test_the_arrow_keys_of_random_reports_are_the_plain_ones(rows):
    """Repeated report_ids, missing bodies, years and codes, body ids and names that normalise alike."""
    _assert_arrow_keys_are_the_plain_ones(rows)


def _plain_blocks(keys: list[tuple[str, str, int]], pairs_at_once: int) -> list[tuple[int, int, int, int]]:
    """`_blocks` in plain Python, from the (code, name, year) of reports sorted by body."""
    reports_of = Counter(keys)
    first: dict[tuple[str, str], int] = {}
    last: dict[tuple[str, str], int] = {}
    for i, (code, name, _) in enumerate(keys):
        first.setdefault((code, name), i)
        last[(code, name)] = i + 1
    blocks, start, pairs = [], 0, 0
    for i, (code, name, year) in enumerate(keys):
        pairs += reports_of[(code, name, year + 1)]
        if pairs >= pairs_at_once or i + 1 == len(keys):
            blocks.append((start, i + 1, first[keys[start][:2]], last[(code, name)]))
            start, pairs = i + 1, 0
    return blocks


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "1", "2"]), st.sampled_from(["甲", "乙", "b1"]),
                          st.integers(2015, 2024)), max_size=30), st.integers(1, 8))
def test_the_blocks_are_those_of_the_plain_count(keys, pairs_at_once):
    """Blocks (numpy: a body a run, reports of the next year counted per (body, year)) as counted in Python."""
    import pyarrow as pa

    keys = sorted(keys, key=lambda key: key[:2])
    keyed = pa.table({"_code": [k[0] for k in keys], "_name": [k[1] for k in keys],
                      "year": pa.array([k[2] for k in keys], pa.int64())})
    assert list(_blocks(keyed, pairs_at_once)) == _plain_blocks(keys, pairs_at_once)
