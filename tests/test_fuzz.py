"""Property: random bytes, truncations and mutations of real reports and crawl tables of every format
give each input a status, and no exception escapes `process_file` or the crawl-table reader.

A bounded number of examples runs in `make test`; `make fuzz` (benchmarks/fuzz.py) runs many more
and prints how many were tried.
"""

import io
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gidata.build.report import process_file, process_row
from gidata.build.run import inputs
from gidata.records import STATUSES

from .conftest import CORPUS

EXAMPLES = int(os.environ.get("GIDATA_FUZZ_EXAMPLES", "15"))
COUNT = {"files": 0, "tables": 0}
_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 15,
                     suppress_health_check=list(HealthCheck))
TEXT = CORPUS / "reports" / "2012_pingtanqu_1.txt"
CRAWL = CORPUS / "crawls" / "hebei_gongxinting.csv"


@lru_cache
def seeds() -> dict[str, bytes]:
    """One real report of each file format (HTML and .docx made from a corpus text)."""
    import docx

    text = TEXT.read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.splitlines()[:80]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    return {".txt": TEXT.read_bytes(), ".md": (CORPUS / "reports" / "2024_shanghai_kewei_1.md").read_bytes(),
            ".pdf": (CORPUS / "reports" / "2023_hongzequ_huaian_1.pdf").read_bytes(),
            ".html": html.encode("utf-8"), ".docx": buffer.getvalue(), ".doc": buffer.getvalue()[:2000]}


@lru_cache
def table_seeds() -> dict[str, bytes]:
    """A real crawl table as CSV, and the same rows as JSON Lines and Parquet."""
    rows = pa_csv.read_csv(CRAWL).slice(0, 6)
    sink = io.BytesIO()
    pq.write_table(rows, sink)
    lines = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows.to_pylist())
    return {".csv": CRAWL.read_bytes()[:60_000], ".jsonl": lines.encode("utf-8"), ".parquet": sink.getvalue()}


def mutated(pick_seeds):
    """Random bytes, or a real seed truncated, with bytes overwritten, or with a slice repeated."""
    @st.composite
    def strategy(draw):
        suffix = draw(st.sampled_from(sorted(pick_seeds())))
        data = pick_seeds()[suffix]
        kind = draw(st.sampled_from(["random", "truncate", "overwrite", "repeat"]))
        if kind == "random":
            return suffix, draw(st.binary(max_size=4096))
        cut = draw(st.integers(0, len(data)))
        if kind == "truncate":
            return suffix, data[:cut]
        if kind == "repeat":
            return suffix, data[:cut] + data[cut:cut + 200] * draw(st.integers(2, 50)) + data[cut:]
        patch = draw(st.binary(min_size=1, max_size=64))
        return suffix, data[:cut] + patch + data[cut + len(patch):]
    return strategy()


def _run_on_file(case, run):
    """`run(path)` on the case's bytes written to a temporary file with the case's suffix."""
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        return run(path)


@_SETTINGS
@given(mutated(seeds))
def test_any_file_gets_a_status_and_raises_nothing(case):
    row = _run_on_file(case, lambda path: process_file(path, path.name).report)
    COUNT["files"] += 1
    assert row.status in STATUSES, row


@_SETTINGS
@given(mutated(table_seeds))
def test_any_crawl_table_gives_rows_with_statuses_and_raises_nothing(case):
    results = _run_on_file(case, lambda path: [r if hasattr(r, "report") else process_row(r)
                                               for r in inputs([(path, path.name)])])
    COUNT["tables"] += 1
    assert results, "a table must give at least one row in reports"
    assert all(r.report.status in STATUSES for r in results)


def test_the_seeds_themselves_read():
    assert process_file(TEXT, TEXT.name).report.status == "ok"
