"""The read and locate stages' fast paths find exactly what the plain regex searches they replace find:
on every corpus and sample text, on pieces of them run together, and on random strings of the
characters the patterns care about."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.locate import report
from gidata.read import files, normalize

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus").rglob("*.txt")) + sorted((ROOT / "gidata" / "sample").glob("*.txt"))
# Characters the patterns read, so that random strings hit their matches and near-misses.
ALPHABET = ("\n \u3000年月日期2019020一01公开发布成文印局委办公室人民政府县乡镇街道（）()仅只不包括含统计反映涉及了"
            "本级机关所属下属各部门单位<>html!doctypebody/正文=:标题")


def _span(match: re.Match | None) -> tuple[int, int, str] | None:
    return (match.start(), match.end(), match.group(1)) if match else None


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def _same_as_regexes(text: str) -> None:
    """Every fast path on `text` against the regex search it stands for."""
    assert _span(report._first_own_date(text)) == _span(report._OWN_DATE.search(text))
    assert _span(report._last_signed(text)) == _span(_last(report._SIGNED, text))
    assert report._counts_only_itself(text) == (report._ONLY_ITSELF.search(text) is not None)
    head = text[:2000].lower()
    assert files._looks_like_html(text) == ("<html" in head or "<!doctype html" in head
                                            or ("<body" in head and "</" in text))


def _decoded(path: Path) -> str:
    return files.normalize_text(files.decode(path.read_bytes())[0])


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_fast_paths_find_what_the_regexes_find_in_real_reports(path):
    _same_as_regexes(_decoded(path))


def test_fast_paths_find_what_the_regexes_find_in_reports_cut_and_run_together():
    texts = [_decoded(path) for path in TEXTS]
    rng = random.Random(14)
    for _ in range(300):
        pieces = []
        for text in rng.sample(texts, 3):
            start = rng.randrange(len(text))
            pieces.append(text[start:start + rng.randrange(1, 3000)])
        _same_as_regexes("\n".join(pieces) if rng.random() < 0.5 else "".join(pieces))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_fast_paths_find_what_the_regexes_find_in_random_strings(text):
    _same_as_regexes(text)


def test_signatures_at_the_start_after_a_break_and_at_the_end_are_found():
    text = "平潭县人民政府\n2024年1月5日\n正文\n  平潭县公安局\n2023年12月1日"
    assert _span(report._last_signed(text)) == _span(_last(report._SIGNED, text))
    assert report._last_signed(text).group(1) == "2023年12月1日"  # type: ignore[union-attr]
    assert report._last_signed(text[:19]).group(1) == "2024年1月5日"  # type: ignore[union-attr]
    assert report._last_signed("\n" + text[:19]).start() == 0  # type: ignore[union-attr]


def test_own_date_at_the_start_and_a_cut_word_are_read_as_the_regex_reads_them():
    for text in ("发布日期:2024年1月5日", "期2024年1月5日 印发日期 2023-2-3", "日期 2024-1-5", "公开日 期2024-1-5"):
        assert _span(report._first_own_date(text)) == _span(report._OWN_DATE.search(text))
    assert report._own_date("x印发日期 2023-2-3") == "2023-2-3"


def test_the_only_itself_words_are_those_every_match_starts_with():
    assert report._counts_only_itself("本报告仅统计了本机关的数据")
    assert report._counts_only_itself("不包括所属部门")
    assert not report._counts_only_itself("本报告统计本机关的数据")


def test_a_crawl_header_is_split_off_only_when_it_ends_with_its_marker():
    doc = files.read_bytes("标题:某县2023年报告\n===== 正文 =====\n正文如下".encode(), "a.txt", ".txt")
    assert doc.meta == {"title": "某县2023年报告"} and doc.text == "\n正文如下"
    plain = files.read_bytes("标题:某县2023年报告\n正文如下".encode(), "b.txt", ".txt")
    assert plain.meta == {} and plain.text.startswith("标题")


def _places_by_regex(body: str, text: str) -> list[str]:
    return re.findall(report._PLACE_BEFORE + re.escape(body), text)


@pytest.mark.parametrize("body", ["公安局", "人民政府", "局", "市", "区区", "财政局财政局"])
def test_places_before_a_body_are_those_findall_finds_in_real_reports(body):
    for path in TEXTS:
        text = _decoded(path)[:20000]
        assert report._places_before(body, text) == _places_by_regex(body, text)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(["局", "公安局", "区局", "市市", "县"]),
       st.text(alphabet="甲乙省市县区旗公安局 a1", max_size=80))
def test_places_before_a_body_are_those_findall_finds_in_random_strings(body, text):
    assert report._places_before(body, text) == _places_by_regex(body, text)


def _normalized_by_translate(text: str) -> str:
    """What `normalize_text` gives, the odd characters mapped in one `str.translate`."""
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(normalize._TABLE)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_normalising_a_real_report_maps_every_odd_character(path):
    text = files.decode(path.read_bytes())[0]
    assert normalize.normalize_text(text) == _normalized_by_translate(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="（）：，１２ＡＢａ\u3000\xa0\t\r\n&amp;年a1 ", max_size=100))
def test_normalising_random_strings_maps_every_odd_character(text):
    assert normalize.normalize_text(text) == _normalized_by_translate(text)
