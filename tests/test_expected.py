"""Extraction against values read by hand from real reports (tests/expected/*.yaml)."""

from functools import cache

import pytest
import yaml

from gidata.build.sources import sources_metadata
from .compare import UNEXPLAINED, compare, load_known_misses
from gidata.build.pinning import pinned_results
from gidata.build.report import process_file

from .conftest import CORPUS, EXPECTED

FILES = sorted(f for f in EXPECTED.glob("*.yaml") if f.name != "known_misses.yaml")
SEEDS = [f for f in FILES if f.name[:3].isdigit() and f.name[3] == "_"]
# The parser must answer None, not guess, where the report itself does not say.
NOT_STATED: dict[str, tuple[str, ...]] = {}


KNOWN_MISSES = EXPECTED / "known_misses.yaml"


def _parse(path):
    return _parsed()[path]


@cache
def _parsed() -> dict:
    """path -> (hand-read values, result) of every report, processed as one build would (`pinned_results`:
    ledger rows read across the years of a body)."""
    expected = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in FILES]
    sources = [CORPUS / e["file"] for e in expected]
    assert all(source.exists() for source in sources), sources
    results = pinned_results([process_file(s, s.name, sources_metadata(s)) for s in sources])
    return dict(zip(FILES, zip(expected, results)))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_report_is_located(path, corpus):
    expected, result = _parse(path)
    name = expected["file"].split("/")[-1]
    unknown = NOT_STATED.get(name, ())
    for key in ("body", "year", "level", "regime", "scope", "province", "published"):
        want = None if key in unknown else expected["report"].get(key)
        got = getattr(result.report, key)
        assert (str(got) if got is not None else None) == (str(want) if want is not None else None), key


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_seed_figure_is_extracted_exactly(path, corpus):
    expected, result = _parse(path)
    comparison = compare(expected, result, fields=())
    assert comparison.wrong == [] and comparison.missing == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_extracted_number_contradicts_the_hand_read_one(path, corpus):
    """A value may be missing or flagged ambiguous, but a number given must be the report's."""
    expected, result = _parse(path)
    contradictions = [w for w in compare(expected, result, fields=()).wrong if "(ambiguous)" not in w]
    assert contradictions == []


# Reports whose tables are read completely, one per regime and text shape at least:
COMPLETE_TABLES = [
    "004_cde45a360ad512ec",  # pre-2019 national table, cells joined by |
    "2009_pingtanxian_gonganju_1",  # 2009 Fuzhou variant on one line
    "2012_pingtanqu_1",  # provincial variant with a 历年累计 column; rows with no national item
    "2012_pingtanxian_1",  # provincial variant run together, pinned by the prose total
    "2013_pingtanxian_1",
    "2017_pingtanqu_1",
    "2014_pingtanqu_1",  # provincial variant, run together
    "2017_pingtan_jigongwei_1",  # "/" cells
    "001_f55af3b9fc6ef95b",  # 2021 format, one cell per line, blank-line separated
    "2021_hebei_kejiting_1",  # 2021 format run together, split by the identities
    "2021_pingtan_gonganju_1",  # 2021 format that breaks its own balance
    "2022_hebei_jiaoyuting_1",  # 2021 format, one cell per line
    "2023_hebei_jiaoyuting_1",
    "2023_hongzequ_huaian_1",  # PDF: merged label cells repeated across the row; review header twice
    "2024_hongzequ_huaian_1",  # PDF: matrix broken over a page inside (四)无法提供
    "2025_shuyangxian_1",  # Markdown: a heading above each table row; review as three small tables
    "2024_shanghai_kewei_1",  # Markdown from a PDF: labels apart from value rows, placed by the layout
]


@pytest.mark.parametrize("stem", COMPLETE_TABLES)
def test_every_table_value_is_extracted(stem, corpus):
    expected, result = _parse(EXPECTED / f"{stem}.yaml")
    comparison = compare(expected, result, fields=())
    table = [m for m in comparison.wrong + comparison.missing if m.startswith("table.")]
    assert table == []


def test_every_known_miss_is_explained():
    known = load_known_misses(KNOWN_MISSES)
    cases = {f.stem for f in (EXPECTED / "cases").glob("*.yaml")}
    assert set(known) <= {f.stem for f in FILES} | cases, "a known miss of a report with no expected values"
    unexplained = [f"{stem}: {label}" for stem, labels in known.items() for label, reason in labels.items()
                   if not reason.strip() or reason == UNEXPLAINED]
    assert unexplained == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_hand_read_value_is_right_or_a_known_miss(path, corpus):
    """No value that was right may go wrong or missing; a listed miss that comes right must leave
    the list (benchmarks/accuracy.py --write-misses rewrites it), so the list stays exact."""
    expected, result = _parse(path)
    misses = compare(expected, result).misses()
    known = load_known_misses(KNOWN_MISSES).get(path.stem, {})
    new = sorted(line for label, line in misses.items() if label not in known)
    now_right = sorted(label for label in known if label not in misses)
    assert (new, now_right) == ([], [])
