"""The read and locate stages' fast paths find exactly what the plain regex searches they replace find:
on every corpus and sample text, on pieces of them run together, and on random strings of the
characters the patterns care about. The province names of a text are those the scan for every
division name finds, on the same kinds of text and on runs of pieces of names; a text's key (its hash
without whitespace) is the one the regex substitution gave."""

from __future__ import annotations

import hashlib
import html
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.build import dedupe
from gidata.locate import places, report
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


def _provinces_among_divisions(text: str) -> list[str]:
    """The province-level names of `find_divisions(text)`, as `province_in_text` took them before `find_provinces`."""
    return [n for n in places.find_divisions(text) if places.divisions()[n][0].endswith("0000")]


def _overlapping(name: str, province: str) -> bool:
    """Whether `name` contains `province` or ends with its beginning (a name may start inside it)."""
    ends_with_its_beginning = any(name.endswith(province[:k]) for k in range(1, len(province)) if k < len(name))
    return (name != province and province in name) or ends_with_its_beginning


DIVISION_NAMES = sorted(n for n in places.divisions() if len(n) >= 2)
PROVINCES = sorted(places.province_names())
# Names that overlap a province's name: in the table, those that start inside one (北京市 + 市辖区,
# 天津市 + 津市市, 湖南省 + 省直辖县级行政区划); and each province's beginnings and ends.
OVERLAPPING = sorted({n for n in DIVISION_NAMES for p in PROVINCES
                      if n != p and (_overlapping(p, n) or _overlapping(n, p))})
PROVINCE_PIECES = sorted({piece for p in PROVINCES for k in range(1, len(p)) for piece in (p[:k], p[k:])})
# Every name's beginnings and ends, so that pieces run together make names, near-names and overlaps.
FRAGMENTS = sorted({piece for n in DIVISION_NAMES for k in range(1, len(n)) for piece in (n[:k], n[k:])})


def test_no_division_name_contains_a_province_name_or_ends_with_its_beginning():
    """What makes `find_provinces` exact: the scan for every name cannot step over a province's name."""
    assert len(PROVINCES) == 34 and "市辖区" in OVERLAPPING and "津市市" in OVERLAPPING
    assert [(n, p) for p in PROVINCES for n in DIVISION_NAMES if _overlapping(n, p)] == []


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_provinces_are_those_every_division_scan_finds_in_real_reports(path):
    text = _decoded(path)
    assert places.find_provinces(text) == _provinces_among_divisions(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PROVINCES), st.sampled_from(OVERLAPPING), st.sampled_from(PROVINCE_PIECES)),
                max_size=20))
def test_provinces_are_those_every_division_scan_finds_where_names_overlap_them(pieces):
    text = "".join(pieces)
    assert places.find_provinces(text) == _provinces_among_divisions(text)


def _merged(first: str, second: str) -> list[str]:
    """Every string in which `second` starts inside `first` (its characters agreeing where they meet)."""
    return [first[:at] + second if len(second) > len(first) - at else first
            for at in range(1, len(first)) if first[at:at + len(second)] == second[:len(first) - at]]


def test_provinces_are_those_every_division_scan_finds_where_each_name_overlaps_them():
    for province in PROVINCES:
        for name in OVERLAPPING + PROVINCES:
            for text in _merged(province, name) + _merged(name, province):
                for context in (text, "在" + text + "的", text + province, name + text):
                    assert places.find_provinces(context) == _provinces_among_divisions(context), context


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(DIVISION_NAMES), st.sampled_from(PROVINCES),
                          st.text(alphabet="省市县区旗州盟的和 \n", max_size=2)), max_size=25))
def test_provinces_are_those_every_division_scan_finds_in_runs_of_name_fragments(pieces):
    text = "".join(pieces)
    assert places.find_provinces(text) == _provinces_among_divisions(text)


def test_a_tie_between_provinces_goes_to_the_one_named_first_whatever_the_hash_seed():
    """`max(set(names), key=names.count)` took the first of a set whose order follows the string hashes,
    which PYTHONHASHSEED changes per process: run the tie in processes with different seeds."""
    code = ("from gidata.locate.report import province_in_text as p;"
            "print(p('江苏省 浙江省 安徽省 福建省 福建省 安徽省 浙江省 江苏省 山东省'))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    chosen = {subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONHASHSEED": str(seed)},
                             capture_output=True, text=True, check=True).stdout.strip() for seed in range(8)}
    assert chosen == {"江苏省"}
    assert report.province_in_text("安徽省 浙江省 浙江省 安徽省") == "安徽省"


def test_str_split_cuts_at_exactly_the_characters_the_regex_space_matches():
    """What makes `text_key`'s "".join(text.split()) the regex substitution it replaced."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(every.split()) == re.sub(r"\s+", "", every)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_a_reports_text_key_is_the_hash_of_its_text_without_regex_spaces(path):
    text = _decoded(path)
    assert dedupe.text_key(text) == hashlib.sha256(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()
