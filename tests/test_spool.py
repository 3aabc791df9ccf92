"""Chunked tidying and the spooled writer: the bytes do not depend on chunk or row-group boundaries."""

import random

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.release import runs, write
from gidata.build.run import build
from gidata.build.spool import Spool
from gidata.release.exports import write_csv
from gidata.release.output import Written
from gidata.release.write import to_arrow, write_arrow

from .conftest import SAMPLE


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_build_in_many_chunks_writes_the_same_bytes_as_one_chunk(tmp_path, corpus):
    inputs = [SAMPLE, corpus / "crawls"]
    build(inputs, tmp_path / "one", workers=1, chunk=10_000)
    build(inputs, tmp_path / "many", workers=1, chunk=3)
    one, many = _files(tmp_path / "one"), _files(tmp_path / "many")
    assert one.keys() == many.keys() and "facts.parquet" in one
    assert [name for name in one if one[name] != many[name]] == []
    assert not [p for p in (tmp_path / "many").iterdir() if p.name.startswith(".spool")]  # cleaned up


def _fact(i: int, rng: random.Random) -> dict:
    return {"report_id": rng.choice(["b", "a", "c/é", "中"]) + str(i % 7), "item": rng.choice(["x", "y"]),
            "applicant": rng.choice([None, "total", "legal"]), "method": rng.choice(["table", "prose"]),
            "source_offset": i, "semantics": "number", "value": rng.choice([None, 1.5, 0.0])}


def test_the_spooled_sort_and_row_groups_equal_writing_the_sorted_rows_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(write, "ROW_GROUP_SIZE", 50)
    rng = random.Random(7)
    rows = [_fact(i, rng) for i in range(333)]
    rng.shuffle(rows)
    (tmp_path / "whole").mkdir()
    pq.write_table(to_arrow("facts", rows), tmp_path / "whole" / "facts.parquet", row_group_size=50,
                   **write.WRITER)
    with Spool(tmp_path) as spool:
        for start in range(0, len(rows), 40):  # several record batches
            spool.append("facts", rows[start:start + 40])
        table = spool["facts"]
        assert table.num_rows == 333 and len(table.to_batches()) > 1
        write_arrow("facts", table, tmp_path)
    assert pq.ParquetFile(tmp_path / "facts.parquet").num_row_groups == 7
    assert (tmp_path / "facts.parquet").read_bytes() == (tmp_path / "whole" / "facts.parquet").read_bytes()


def test_an_empty_table_is_written_as_before(tmp_path):
    with Spool(tmp_path) as spool:
        write_arrow("capacity", spool["capacity"], tmp_path)
    pq.write_table(to_arrow("capacity", []), tmp_path / "whole.parquet", row_group_size=write.ROW_GROUP_SIZE,
                   **write.WRITER)
    assert (tmp_path / "capacity.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()


def test_the_csv_copy_made_row_group_by_row_group_is_the_csv_of_the_parquet_file(tmp_path, monkeypatch):
    monkeypatch.setattr(write, "ROW_GROUP_SIZE", 7)  # 48 row groups: their CSV in order, none lost
    rng = random.Random(3)
    rows = [_fact(i, rng) for i in range(333)]
    with Spool(tmp_path) as spool:
        for start in range(0, len(rows), 40):
            spool.append("facts", rows[start:start + 40])
        write_arrow("facts", spool["facts"], tmp_path / "alongside", csv=True)
    (tmp_path / "after").mkdir()
    (tmp_path / "after" / "facts.parquet").write_bytes((tmp_path / "alongside" / "facts.parquet").read_bytes())
    write_csv(Written(tmp_path / "after"))  # read back from the Parquet file, a row group at a time
    assert (tmp_path / "alongside" / "facts.csv").read_bytes() == (tmp_path / "after" / "facts.csv").read_bytes()


def test_the_spool_refuses_a_column_the_dictionary_lacks(tmp_path):
    with Spool(tmp_path) as spool, pytest.raises(KeyError, match="surprise"):
        spool.append("reports", [{"report_id": "a", "sha256": "b", "status": "ok", "surprise": 1}])
    assert isinstance(spool, Spool) and not spool.folder.exists()


def _run(ids: list[str], years: list[int | None]) -> pa.RecordBatch:
    return pa.RecordBatch.from_pydict({"report_id": ids, "year": pa.array(years, pa.int32())})


def test_runs_are_merged_a_report_at_a_time_in_year_and_id_order():
    table = pa.Table.from_batches([_run(["c", "a", "a"], [2019, 2021, 2021]),
                                   _run(["b", "d", "d"], [None, 2019, 2019])])
    found = runs.segments(table)
    assert found is not None
    assert list(zip(found.run.tolist(), found.start.tolist(), found.length.tolist())) == [
        (1, 0, 1), (0, 0, 1), (1, 1, 2), (0, 1, 2)]  # b (no year), c and d (2019), a (2021)
    assert runs.year_ranges(found) == [(None, 0, 1), (2019, 1, 3), (2021, 3, 4)]
    assert list(runs.row_groups(found, 2)) == [[(1, 0, 1), (0, 0, 1)], [(1, 1, 2)], [(0, 1, 2)]]


def _rows(pieces) -> list[tuple[int, int]]:
    return [(run, row) for run, start, length in pieces for row in range(start, start + length)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 6), st.booleans()), max_size=40), st.integers(1, 15))
def test_row_groups_give_the_segments_rows_in_order_those_that_follow_in_a_run_as_one_piece(stretches, size):
    """Each row group is the next `size` rows of the segments, in order; a piece that starts where the one
    before it ends in the same run is joined to it (one slice)."""
    ends = [0, 0, 0, 0]  # of each run, where its last segment ends
    segments = []
    for run, length, gap in stretches:
        segments.append((run, ends[run] + gap, length))
        ends[run] += gap + length
    run, start, length = (np.array([segment[k] for segment in segments], np.int64) for k in range(3))
    found = runs.Segments(run, start, length, pa.nulls(len(segments), pa.int32()))
    groups = list(runs.row_groups(found, size))
    everything = _rows(segments)
    assert [_rows(pieces) for pieces in groups] == [everything[i:i + size] for i in range(0, len(everything), size)]
    assert not any(a[0] == b[0] and a[1] + a[2] == b[1] for pieces in groups for a, b in zip(pieces, pieces[1:]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 9), st.integers(1, 5)), min_size=1, max_size=30))
def test_a_row_group_gathered_a_run_at_a_time_is_the_pieces_sliced_in_order(pieces):
    """`runs.gather` copies the pieces of each run together (dropping the run's pages after it), then puts
    them in order: the rows of slicing the pieces one after another, `after_run` once a run."""
    batches = [pa.record_batch({"run": [r] * 15, "row": list(range(15)), "text": [f"{r}-{i}" * i for i in range(15)]})
               for r in range(4)]
    called = []
    together = runs.gather(batches, batches[0].schema, pieces, lambda: called.append(1))
    sliced = pa.Table.from_batches([batches[r].slice(s, n) for r, s, n in pieces]).combine_chunks()
    assert together.equals(sliced) and together.column(0).num_chunks == 1
    assert len(called) == (0 if len({r for r, _, _ in pieces}) == len(pieces) else len({r for r, _, _ in pieces}))


def test_a_report_in_two_runs_is_left_to_the_sort():
    table = pa.Table.from_batches([_run(["a", "b"], [2019, 2019]), _run(["a"], [2019])])
    assert runs.segments(table) is None


def test_a_chunk_crosses_to_the_main_process_as_it_was_made(corpus):
    """A worker's chunk (its batches sent as Arrow IPC streams) unpickles to the same reports, rows and
    schemas, its held results' rows apart from the others'."""
    import pickle

    from gidata.build.chunk import chunk_of
    from gidata.build.run import _run_tidied

    paths = sorted((corpus / "reports").glob("*.txt"))[20:32]
    done = chunk_of([_run_tidied((path, path.name)) for path in paths])
    assert 0 < len(done.held) < len(done) and done.held_tables
    back = pickle.loads(pickle.dumps(done))
    assert back.reports == done.reports and back.needed == done.needed and back.held.keys() == done.held.keys()
    for made, sent in ((done.tables, back.tables), (done.held_tables, back.held_tables)):
        assert made.keys() == sent.keys()
        assert all(sent[k].equals(made[k]) and sent[k].schema.equals(made[k].schema, check_metadata=True)
                   for k in made)
    held_ids = {done.reports[i].report_id for i in done.held}
    assert done.tables and all(held_ids.isdisjoint(b.column("report_id").to_pylist()) for b in done.tables.values())


def test_a_held_result_is_read_back_only_if_a_row_is_pinned(tmp_path):
    """What was kept of a held result is given back as it was when nothing pins its rows; its report and
    facts (here bytes that are no pickle) are not read."""
    from gidata.build.pinning import Held, LedgerLog, Waiting, released

    held = Held(tmp_path)
    held.add(Waiting("某局", 2020, {}, b"not a pickle"), ("kept", 1))
    held.add(Waiting(None, None, {}, b"nor this"), ("kept", 2))
    assert list(released(held, LedgerLog(tmp_path / "ledgers.pickle"))) == [(("kept", 1), None), (("kept", 2), None)]


def test_held_results_rows_are_spooled_as_they_come_not_held_in_memory(tmp_path, corpus):
    """Rows set aside for held results count towards a run like the others': a build whose reports all wait
    for their adjacent years does not hold their rows in memory until the end."""
    from gidata.build.chunk import chunk_of
    from gidata.build.run import _run_tidied
    from gidata.build.spool import Collector

    paths = sorted((corpus / "reports").glob("*.txt"))[27:30]
    done = chunk_of([_run_tidied((path, path.name)) for path in paths])
    assert len(done.held) == len(done) == 3
    with Spool(tmp_path) as spool:
        collector = Collector(spool, chunk=2)
        collector.add(done)
        assert not collector._held_pending
        assert spool.folder.joinpath(collector._held_rows.folder, "facts.arrow").exists()


def test_reports_and_counted_values_made_arrow_a_few_at_a_time_write_the_bytes_of_one_at_a_time(
        tmp_path, corpus, monkeypatch):
    """The `reports` rows and the counted reports' crossyear values, made Arrow `ARROW_AT_ONCE` at a time and
    spooled `ROWS_AT_ONCE` rows at a time, give the release that runs of any length give."""
    from gidata.build import spool

    inputs = [SAMPLE, corpus / "crawls"]
    build(inputs, tmp_path / "whole", workers=1)
    monkeypatch.setattr(spool, "ARROW_AT_ONCE", 3)
    monkeypatch.setattr(spool, "ROWS_AT_ONCE", 7)
    build(inputs, tmp_path / "bits", workers=1)
    whole, bits = _files(tmp_path / "whole"), _files(tmp_path / "bits")
    assert whole.keys() == bits.keys() and "crossyear.parquet" in whole
    assert [name for name in whole if whole[name] != bits[name]] == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["甲局", "乙局", "丙局"]), st.integers(2019, 2022),
                          st.lists(st.sampled_from([None, 0.0, 1.5, 7.0]), min_size=20, max_size=20)),
                max_size=30),
       st.integers(1, 5))
def test_a_ledger_log_read_back_for_some_bodies_is_the_book_of_every_report_for_those_bodies(reports, at_once):
    """`LedgerLog` (figures written to a file `at_once` reports at a time, read back for the bodies asked)
    answers as a `LedgerBook` in memory of every report does, two reports of a body-year included."""
    import tempfile
    from pathlib import Path

    from gidata.build.pinning import _CODES, LedgerBook, LedgerLog
    from gidata.records import Report

    book = LedgerBook()
    with tempfile.TemporaryDirectory() as folder:
        log = LedgerLog(Path(folder) / "ledgers.pickle")
        log.AT_ONCE = at_once
        for n, (body, year, values) in enumerate(reports):
            report = Report(report_id=str(n), body=body, year=year)
            ledger = {code: v for code, v in zip(_CODES, values) if v is not None}
            book.add(report, ledger)
            log.add(report, ledger)
        read = log.book({"甲局", "乙局"})
    for body in ("甲局", "乙局"):
        for year in range(2018, 2024):
            assert read.single(body, year) == book.single(body, year)
        assert read.figures(body, set(range(2018, 2024))) == book.figures(body, set(range(2018, 2024)))
    assert not any(read.single("丙局", year) for year in range(2019, 2023))


class _PlainGroups:
    """The body-year groups as they were kept before Arrow: a dict of each body-year's first report."""

    def __init__(self) -> None:
        self._groups: dict[tuple, tuple] = {}

    def add(self, report) -> None:
        from gidata.records import READ_STATUSES

        if report.status not in READ_STATUSES or not report.body or not report.year:
            return
        key = (report.body, report.year)
        first = self._groups.get(key)
        if first is None:
            self._groups[key] = (report.report_id, report.text_sha256, False)
        elif not first[2] and report.text_sha256 != first[1]:
            self._groups[key] = (first[0], first[1], True)

    def group(self, status, body, year):
        from gidata.records import READ_STATUSES

        if status not in READ_STATUSES or not body or not year:
            return None
        first = self._groups.get((body, year))
        return first[0] if first is not None and first[2] else None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["ok", "partial", "no_statistics", "duplicate", "empty"]),
                          st.sampled_from(["甲局", "乙局", "", None]), st.sampled_from([2020, 2021, 0, None]),
                          st.sampled_from(["a" * 64, "b" * 64, "c" * 64, None])), max_size=40),
       st.integers(1, 7))
def test_body_year_groups_found_in_arrow_at_the_end_are_those_of_a_dict_kept_report_by_report(reports, at_once):
    """`BodyYearGroups` (reports noted `at_once` at a time as Arrow, the groups found at the end) gives every
    row the group the plain dict gives: same body-year, texts that differ (a missing hash among them)."""
    from gidata.build.dedupe import BodyYearGroups
    from gidata.records import Report

    groups, plain = BodyYearGroups(), _PlainGroups()
    groups.AT_ONCE = at_once
    rows = [Report(report_id=f"r{n}", status=status, body=body, year=year, text_sha256=text)
            for n, (status, body, year, text) in enumerate(reports)]
    for report in rows:
        groups.add(report)
        plain.add(report)
    assert ([groups.group(r.status, r.body, r.year) for r in rows]
            == [plain.group(r.status, r.body, r.year) for r in rows])
