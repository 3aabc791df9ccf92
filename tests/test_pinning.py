"""Table cells read by what the report (or the body's adjacent report) itself pins: blank cells shown
by their empty lines, rows printed one cell short, run-together rows fixed by the identities, signed
article 20 cells, and the adjacent-year step. Values read by hand from the corpus reports named."""

from __future__ import annotations

from gidata.build.report import process_file
from gidata.extract.adjacent_year import METHOD, pin_across_years
from gidata.records import Fact

from .conftest import CORPUS

REPORTS = CORPUS / "reports"


def _facts(name: str) -> list[Fact]:
    return list(process_file(REPORTS / name, name).facts)


def _row(facts: list[Fact], item: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.semantics) for f in facts if f.item == item and f.method != "prose"]


def test_blank_cells_one_per_line_are_read_from_their_empty_lines():
    # 2019_hebei_jiaoyuting_1 prints its review/litigation row one cell per line, two empty lines
    # between cells: the four result cells of each group are blank (three more empty lines each),
    # each 总计 is 0.
    facts = _facts("2019_hebei_jiaoyuting_1.txt")
    for kind in ("review", "suit_direct", "suit_after_review"):
        assert _row(facts, f"{kind}_total") == [(0.0, "number")]
        for outcome in ("upheld", "corrected", "other", "pending"):
            assert _row(facts, f"{kind}_{outcome}") == [(None, "blank")]


def test_the_2019_row_other_processing_with_no_values_is_blank_and_2021s_heading_gives_nothing():
    # 2019_hebei_jiaoyuting_1: （六）其他处理 followed by empty lines only, up to （七）总计 16 0 0 0 0 0 16
    facts = _facts("2019_hebei_jiaoyuting_1.txt")
    assert _row(facts, "out_other") == [(None, "blank")] * 7
    assert [v for v, _ in _row(facts, "out_total")] == [16, 0, 0, 0, 0, 0, 16]
    # 2021_hebei_kejiting_1 (2021 format): （六）其他处理 heads its three rows and is no row itself
    facts = _facts("2021_hebei_kejiting_1.txt")
    assert _row(facts, "out_other") == []
    assert len(_row(facts, "out_other_other")) == 7


def _variant(tmp_path, name: str, old: str, new: str) -> list[Fact]:
    """The facts of a corpus report with one printed row changed (a layout the corpus lacks)."""
    text = (REPORTS / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return list(process_file(path, name).facts)


def test_a_row_printed_one_cell_short_is_read_when_every_identity_derives_it(tmp_path):
    # 2021_pingtan_gonganju_1, run together: 3.其他1000001 (1 natural person, total 1), every other
    # outcome row 0000000, (七)总计1000001. Printed with one zero lost (as 2019_pingtan_gonganju_1
    # prints 新收 "0 00000"), (七)总计 less the other outcome rows still derives every cell, and the
    # six printed figures are those cells less one 0.
    facts = _variant(tmp_path, "2021_pingtan_gonganju_1.txt", "3.其他1000001", "3.其他100001")
    row = [f for f in facts if f.item == "out_other_other"]
    assert [f.value for f in row] == [1, 0, 0, 0, 0, 0, 1]
    assert {f.method for f in row} == {"table_identity"}
    old = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000"
    facts = _variant(tmp_path, "2021_pingtan_gonganju_1.txt", old, old[:-1])
    assert [f.value for f in facts if f.item == "out_partial" and f.method != "prose"] == [0] * 7


def test_rows_open_together_stay_ambiguous(tmp_path):
    # 2023_pingtanqu_1: 予以公开 "220000022" (22|0|…|22 or 2|20|0|…|22) and 部分公开 "191000020" are
    # read jointly by the column identities. With a zero of 2.重复申请1000001 lost, the three rows
    # depend on each other: none is read, none guessed.
    facts = _variant(tmp_path, "2023_pingtanqu_1.txt", "2.重复申请1000001", "2.重复申请100001")
    for item in ("out_granted", "out_partial", "out_unprocessed_repeat"):
        assert _row(facts, item) == [(None, "ambiguous")]


def test_a_short_row_the_identities_contradict_stays_ambiguous(tmp_path):
    # 2021_pingtan_gonganju_1: 新收 1, 上年结转 0, 总计 1 and 结转下年度 1 (the report's own error: the
    # balance gives 上年结转 1 in the natural-person and total columns). With a zero of 上年结转 lost,
    # its six printed 0s are not the derived row less one cell: no reading, nothing guessed.
    old = "二、上年结转政府信息公开申请数量0000000"
    facts = _variant(tmp_path, "2021_pingtan_gonganju_1.txt", old, old[:-1])
    assert _row(facts, "req_carried_over") == [(None, "ambiguous")]
    assert [v for v, _ in _row(facts, "req_new")] == [1, 0, 0, 0, 0, 0, 1]


def test_rows_whose_identities_involve_other_open_rows_stay_ambiguous():
    # 2019_hebei_gongxinting_1 (whole report on one line, blank cells dropped): 新收 "22", 予以公开
    # "22", 总计 "22" -- one applicant cell of 2 and a total of 2, but which column is not printed.
    facts = _facts("2019_hebei_gongxinting_1.txt")
    for item in ("req_new", "out_granted", "out_total"):
        assert _row(facts, item) == [(None, "ambiguous")]


def test_a_signed_run_together_row_reads_the_cells_every_reading_agrees_on():
    # 2020_hebei_kejiting_1: 其他对外管理服务事项 "0+34636": the sign starts 本年增/减, so 上一年项目数量
    # is 0 in every reading; +3 | 4636, +34 | 636, +346 | 36, +3463 | 6 leave the other two open.
    facts = _facts("2020_hebei_kejiting_1.txt")
    assert _row(facts, "other_services_items_prev") == [(0.0, "number")]
    assert _row(facts, "other_services_items_change") == [(None, "ambiguous")]
    assert _row(facts, "other_services_decisions") == []
    # 2020_hebei_gongxinting_1: 行政处罚 "0+1111": 0 | +1 | 111, 0 | +11 | 11 or 0 | +111 | 1
    facts = _facts("2020_hebei_gongxinting_1.txt")
    assert _row(facts, "penalty_items_prev") == [(0.0, "number")]
    assert _row(facts, "penalty_items_change") == [(None, "ambiguous")]


def _series(*years: int) -> dict[int, list[Fact]]:
    return {year: _facts(f"{year}_hebei_gongxinting_1.txt") for year in years}


def test_the_adjacent_year_pins_a_chain_of_run_together_ledgers():
    # 河北省工业和信息化厅, 行政规范性文件 (制发 | 废止 | 现行有效): 2023 "1126" = 1 | 1 | 26 (its prose:
    # 制发1件、废止1件); 2022 "5426" and 2021 "5225" run together. 现行有效 joins the years:
    # 2022's 26 + 1 − 1 = 26 fits 5 | 4 | 26 alone, then 25 + 5 − 4 = 26 fits 2021's 5 | 2 | 25 alone.
    pinned = pin_across_years(_series(2021, 2022, 2023))
    for year, want in ((2021, [5, 2, 25]), (2022, [5, 4, 26])):
        row = [f for f in pinned[year] if f.item.startswith("normative_") and f.method == METHOD]
        assert [f.item for f in row] == ["normative_issued_2021", "normative_repealed", "normative_in_force"]
        assert [f.value for f in row] == want
        assert not [f for f in pinned[year] if f.item.startswith("normative_") and f.semantics == "ambiguous"]
    assert 2023 not in pinned


def test_the_adjacent_year_pins_a_2019_format_row_by_next_years_items():
    # 2019 行政许可 "156-5997": 156 | -5 | 997, 156 | -59 | 97 or 156 | -599 | 7; the 2020 report's
    # 上一年项目数量 is 97 (its row "97+82179" reads 97 first in every reading): 156 − 59 = 97.
    pinned = pin_across_years(_series(2019, 2020))
    row = [f for f in pinned[2019] if f.item.startswith("licensing_")]
    assert [(f.item, f.value, f.method) for f in row] == [
        ("licensing_items_prev", 156, "table"),  # the sign starts the change: 156 in every reading
        ("licensing_items_change", -59, METHOD), ("licensing_decisions", 97, METHOD)]
    # 2020's own row stays ambiguous: the 2021 format has no 上一年项目数量 to join it to
    assert 2020 not in pinned


def test_without_an_adjacent_year_nothing_is_pinned():
    assert pin_across_years(_series(2021)) == {}
    assert pin_across_years(_series(2019, 2021)) == {}


def _build_series(folder, out, *years: int, extra: dict[str, str] | None = None, **options):
    """Build 河北省工业和信息化厅's reports of these years (and `extra` files: name -> text) into `out`."""
    import pandas as pd

    from gidata.build.run import build

    folder.mkdir()
    for year in years:
        name = f"{year}_hebei_gongxinting_1.txt"
        (folder / name).write_bytes((REPORTS / name).read_bytes())
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "SOURCES.csv").write_bytes((CORPUS / "SOURCES.csv").read_bytes())
    build([folder], out, **options)
    facts = pd.read_parquet(out / "facts.parquet")
    pinned = facts[facts.method == METHOD]
    return {(r.report_id[:4], r.item): r.value for r in pinned.itertuples()}, pd.read_parquet(
        out / "reports.parquet").set_index("report_id")


def test_a_build_pins_run_together_ledgers_by_the_bodys_adjacent_years(tmp_path):
    """The build holds back the reports with an open ledger row until it has seen every year of the body:
    the cells are those read by hand (2019: 156 | -59 | 97; 2021: 5 | 2 | 25; 2022: 5 | 4 | 26), their
    reports checked again (no cell left ambiguous: ok), and `crossyear` joins the pinned figures."""
    import pandas as pd

    pinned, reports = _build_series(tmp_path / "in", tmp_path / "out", 2019, 2020, 2021, 2022, 2023, workers=2,
                                    chunk=2)
    assert pinned == {("2019", "licensing_items_change"): -59, ("2019", "licensing_decisions"): 97,
                      ("2021", "normative_issued_2021"): 5, ("2021", "normative_repealed"): 2,
                      ("2021", "normative_in_force"): 25, ("2022", "normative_issued_2021"): 5,
                      ("2022", "normative_repealed"): 4, ("2022", "normative_in_force"): 26}
    assert reports.loc["2022_hebei_gongxinting_1.txt", "status"] == "ok"
    assert reports.loc["2020_hebei_gongxinting_1.txt", "status"] == "partial"  # 2020 has no 2019-format successor
    crossyear = pd.read_parquet(tmp_path / "out" / "crossyear.parquet")
    joined = crossyear[(crossyear.identity == "normative_in_force") & (crossyear.year_from == 2021)]
    assert joined[["stated", "expected"]].values.tolist() == [[26.0, 26.0]]


def test_a_body_with_two_different_reports_in_a_year_pins_nothing_that_needs_that_year(tmp_path):
    """Which 2022 report is the adjacent one would be a guess: neither 2022 nor 2021 (which needs 2022) is
    pinned, while 2019 (joined to 2020) still is."""
    other = "河北省工业和信息化厅2022年政府信息公开工作年度报告（修订版）\n" + (
        REPORTS / "2022_hebei_gongxinting_1.txt").read_text(encoding="utf-8")
    pinned, reports = _build_series(tmp_path / "in", tmp_path / "out", 2019, 2020, 2021, 2022, 2023,
                                    extra={"2022_hebei_gongxinting_2.txt": other}, workers=1)
    assert sorted({year for year, _ in pinned}) == ["2019"]
    assert reports.loc["2022_hebei_gongxinting_2.txt", "body_year_group"] == "2022_hebei_gongxinting_1.txt"


def _series_with_others(folder, out, **options):
    """The 2019-2023 series and three sample reports (eight inputs: a build with workers runs them on a pool)."""
    from .conftest import SAMPLE

    others = {path.name: path.read_text(encoding="utf-8") for path in sorted(SAMPLE.glob("*.txt"))[:3]}
    return _build_series(folder, out, 2019, 2020, 2021, 2022, 2023, extra=others, **options)


def _table_bytes(out) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.parquet"))}


def test_a_pool_pins_on_its_workers_what_one_process_pins(tmp_path):
    """At a build's end the pool's workers, kept open, pin and tidy again the held reports: the same tables,
    byte for byte, as a build in one process."""
    pooled, _ = _series_with_others(tmp_path / "a", tmp_path / "pooled", workers=2, chunk=2)
    alone, _ = _series_with_others(tmp_path / "b", tmp_path / "alone", workers=1)
    assert pooled == alone and ("2021", "normative_in_force") in pooled
    assert _table_bytes(tmp_path / "pooled") == _table_bytes(tmp_path / "alone")


def test_a_worker_lost_while_pinning_at_the_end_costs_nothing(tmp_path, monkeypatch):
    """A worker that dies while it pins held reports: that work is done in the main process, the tables
    are those of a build in one process."""
    import os
    import signal

    from gidata.build import spool

    main, repinned, killed = os.getpid(), spool.repinned, tmp_path / "killed"

    def dies_in_a_worker(pinned):
        if os.getpid() != main:
            killed.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        return repinned(pinned)

    monkeypatch.setattr(spool, "repinned", dies_in_a_worker)
    lost, _ = _series_with_others(tmp_path / "a", tmp_path / "lost", workers=2)
    assert killed.exists()  # the pinning was sent to a worker
    alone, _ = _series_with_others(tmp_path / "b", tmp_path / "alone", workers=1)
    assert lost == alone and ("2019", "licensing_decisions") in lost
    assert _table_bytes(tmp_path / "lost") == _table_bytes(tmp_path / "alone")
