"""Chunked tidying and the spooled writer: the bytes do not depend on chunk or row-group boundaries."""

import random

import pyarrow.parquet as pq
import pytest

from gidata.release import write
from gidata.build.run import build
from gidata.build.spool import Spool
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


def test_the_spool_refuses_a_column_the_dictionary_lacks(tmp_path):
    with Spool(tmp_path) as spool, pytest.raises(KeyError, match="surprise"):
        spool.append("reports", [{"report_id": "a", "sha256": "b", "status": "ok", "surprise": 1}])
    assert isinstance(spool, Spool) and not spool.folder.exists()
