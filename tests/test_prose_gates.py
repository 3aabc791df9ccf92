"""The prose patterns' keyword gates and kept matches are only for speed: they give what a plain search gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.extract.prose import (_ANY_LABEL_WORD, _COMPILED, _COUNTED, _NEGATION_FIRST, _ZERO_COMPILED, _clause_span,
                                  _counts, _gated, _label_words, _Matches, _matches,
                                  _names_an_entry, _negation, _read_in, _word_starts, extract_prose, openings)
from gidata.read.document import Document
from gidata.read.files import read_document
from gidata.vocabulary.items import PRE2019, Y2019, Y2021
from gidata.vocabulary.labels import LABELS, NEGATION

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "corpus" / "reports").glob("*.txt")) + sorted((ROOT / "gidata" / "sample").glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_gate_finds_what_finditer_finds(path):
    text = read_document(path).text
    for pattern in _COMPILED + _ZERO_COMPILED:
        assert [m.span() for m in _gated(pattern, text)] == [m.span() for m in pattern.compiled.finditer(text)], \
            pattern.source


def test_gates_find_numbers_run_into_words_and_words_at_the_edges():
    text = "收到申请12件;全年共受理政府信息公开申请12,345件。行政复议3件1起行政诉讼" * 3
    for pattern in _COMPILED + _ZERO_COMPILED:
        assert [m.span() for m in _gated(pattern, text)] == [m.span() for m in pattern.compiled.finditer(text)]


def test_gates_find_what_finditer_finds_in_pieces_of_reports_run_together():
    """Texts made of the pieces around each pattern's matches, cut short and run together in another order:
    words with and without what follows them, numbers of any length before a word, stops dropped."""
    pieces = []
    for path in TEXTS[::4]:
        text = read_document(path).text
        for pattern in _COMPILED + _ZERO_COMPILED:
            pieces += [text[max(0, m.start() - 6): m.end() + 6] for m in pattern.compiled.finditer(text)]
    texts = ["".join(pieces[k::7]) for k in range(7)]
    texts += [t.replace("。", "")[3:] for t in texts] + ["".join(p[1:-1] for p in pieces[::3])]
    for text in texts:
        for pattern in _COMPILED + _ZERO_COMPILED:
            assert [m.span() for m in _gated(pattern, text)] == [m.span() for m in pattern.compiled.finditer(text)], \
                pattern.source


def test_matches_run_into_each_other_are_all_found():
    """Each match of a report written three times in a row: a match starts where the last one ends."""
    texts = [read_document(path).text for path in TEXTS[::3]]
    for pattern in _COMPILED + _ZERO_COMPILED:
        runs = {m.group() * 3 for text in texts for m in pattern.compiled.finditer(text)}
        for text in sorted(runs):
            assert [m.span() for m in _gated(pattern, text)] == [m.span() for m in pattern.compiled.finditer(text)]
            assert matches_of_every_pattern(text) == finditer_of_every_pattern(text), pattern.source


def test_a_word_is_found_in_the_end_all_alternatives_share():
    zero = next(p for p in _ZERO_COMPILED if p.item == "lawsuit_total")
    assert zero.word == "诉讼" and zero.gate.before is not None


def test_the_word_looked_for_before_compiling_is_the_gates_word():
    assert [p.word for p in _COMPILED + _ZERO_COMPILED] == [p.gate.word for p in _COMPILED + _ZERO_COMPILED]
    assert (_COMPILED[0].item, _COMPILED[0].word) == ("req_carried_over", "结转")


def test_a_second_extraction_from_the_same_text_gives_the_same_facts_as_a_fresh_one():
    text = "本年度收到政府信息公开申请20件,其中已全部办结。行政复议2件,均予以维持。培训3次。"
    doc = Document(name="x", format="txt", sha256="", size=0, text=text)
    first = extract_prose(doc, skip=((0, text.index("。")),))
    assert _matches(doc.text) is _matches(doc.text)
    again = extract_prose(doc)
    fresh = extract_prose(Document(name="x", format="txt", sha256="", size=0, text="".join(list(text))))
    assert again == fresh and first != again
    assert [f.value for f in again if f.item == "app_received"] == [20.0]


def test_matches_cut_short_by_an_error_are_not_kept(monkeypatch):
    import gidata.extract.prose as prose

    text = "本年度收到政府信息公开申请20件。"
    doc = Document(name="x", format="txt", sha256="", size=0, text=text)
    near = prose.Gate._match_near

    def limit_reached(gate, pattern, *args):  # a deadline's signal arriving as a search finds its match
        match = near(gate, pattern, *args)
        if match is not None:
            raise TimeoutError("limit reached")
        return match

    monkeypatch.setattr(prose.Gate, "_match_near", limit_reached)
    cut_short = _matches(doc.text)
    with pytest.raises(TimeoutError):
        extract_prose(doc)
    monkeypatch.undo()
    assert _matches(doc.text) is not cut_short
    assert [f.value for f in extract_prose(doc) if f.item == "app_received"] == [20.0]


# What a count is made of and what is around one: numbers, units, what may not come before, filler.
COUNT_PIECES = list("0123456789０１,.万元人次件条份场个期篇项起%％近约超过逾将大余多") \
    + list("零〇一二两三四五六七八九十百千第共了有-/〔[ \n年是") \
    + ["大约", "将近", "超过", "万元", "人次", "12", "3.5", "1,000"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(COUNT_PIECES), max_size=30).map("".join))
def test_counts_are_the_matches_finditer_finds(text):
    assert [(m.span(), m.groups()) for m in _counts(text)] == [(m.span(), m.groups()) for m in _COUNTED.finditer(text)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_counts_in_reports_are_the_matches_finditer_finds(path):
    text = read_document(path).text
    assert [m.span() for m in _counts(text)] == [m.span() for m in _COUNTED.finditer(text)]


GATE_WORDS = sorted({p.word for p in _COMPILED + _ZERO_COMPILED})
OPENINGS = sorted({word for p in _COMPILED + _ZERO_COMPILED for word in p.gate.openings} - set(GATE_WORDS))
# Gate words and openings, their characters (words cut short, words run into each other) and what else a text holds.
WORD_PIECES = GATE_WORDS + OPENINGS + sorted(set("".join(GATE_WORDS + OPENINGS))) + ["。", "\n", " ", "12", "a"]


def test_the_patterns_searched_in_full_are_tried_only_at_their_openings():
    searched_in_full = [p for p in _COMPILED + _ZERO_COMPILED if p.gate.before is None or not p.word]
    assert len(searched_in_full) >= 10 and all(p.gate.openings for p in searched_in_full)
    assert openings("(?:收到|受理)(?:了)?申请") == ("收到", "受理") and openings("印发(?:了)?") == ("印发",)
    assert openings("(?:收到|[受接]理)") == openings("\\d+件") == openings("(?i:ab)") == openings("(?i)ab") == ()


def places_in_one_pass(text: str) -> dict[str, int]:
    matches = _Matches(text)
    return {word: matches.place(word) for word in GATE_WORDS}


def places_one_word_at_a_time(text: str) -> dict[str, int]:
    return {word: text.find(word) for word in GATE_WORDS}


def all_places_in_one_pass(text: str) -> dict[str, list[int]]:
    return _word_starts(text)


def all_places_one_word_at_a_time(text: str) -> dict[str, list[int]]:
    places = {}
    for word in GATE_WORDS:
        at = text.find(word) if word else -1
        while at >= 0:
            places.setdefault(word, []).append(at)
            at = text.find(word, at + 1)
    return places


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_gate_words_found_in_one_pass_are_where_find_finds_each(path):
    text = read_document(path).text
    assert places_in_one_pass(text) == places_one_word_at_a_time(text)
    assert all_places_in_one_pass(text) == all_places_one_word_at_a_time(text)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=40).map("".join))
def test_gate_words_found_in_one_pass_in_any_text_are_where_find_finds_each(text):
    assert places_in_one_pass(text) == places_one_word_at_a_time(text)
    assert all_places_in_one_pass(text) == all_places_one_word_at_a_time(text)


def matches_of_every_pattern(text: str) -> list[list[tuple[int, int]]]:
    matches = _Matches(text)
    return [[m.span() for m in matches.known(n)] for n in range(len(_COMPILED))] \
        + [[m.span() for m in matches.zeros(n)] for n in range(len(_ZERO_COMPILED))]


def finditer_of_every_pattern(text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in p.compiled.finditer(text)] for p in _COMPILED + _ZERO_COMPILED]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_a_texts_matches_found_from_its_words_places_are_what_finditer_finds(path):
    text = read_document(path).text
    assert matches_of_every_pattern(text) == finditer_of_every_pattern(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES + COUNT_PIECES), max_size=60).map("".join))
def test_a_texts_matches_found_from_its_words_places_in_any_text_are_what_finditer_finds(text):
    assert matches_of_every_pattern(text) == finditer_of_every_pattern(text)


def negations_found_from_their_first_characters(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    while (negation := _negation(text, pos)) is not None:
        spans.append(negation.span())
        pos = negation.start() + 1
    return spans


def negations_searched(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    while (negation := NEGATION.search(text, pos)) is not None:
        spans.append(negation.span())
        pos = negation.start() + 1
    return spans


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_negations_tried_at_their_first_characters_are_what_a_search_finds(path):
    text = read_document(path).text
    assert negations_found_from_their_first_characters(text) == negations_searched(text)


@pytest.mark.parametrize("text", ["未经复议未收到", "无需申请无法提供无申请", "需无必无没有", "为零星为零是零散是零件",
                                  "为0.5为01为0件", "及时未及时未能未按未来未"])
def test_negations_at_the_words_whose_checks_refuse_them_are_what_a_search_finds(text):
    """The words a negation starts with whose checks refuse them (未经, 无需, 为零星), next to ones they do not."""
    assert negations_found_from_their_first_characters(text) == negations_searched(text)


def test_negations_are_tried_only_at_their_first_characters():
    assert _NEGATION_FIRST.pattern == "[不为无是未没]"  # (不: 不存在)


def test_every_entry_of_the_lexicon_holds_a_word_of_its_own():
    """The gate of `_names_an_entry`: a word every match of an entry holds (or the words they all open with)."""
    assert _label_words(r"^(?:刊登|刊载|登载)") == ("刊登", "刊载", "登载")
    assert _label_words(r"(?<!不予)许可决定") == ("许可决定",) and _label_words(r"信函|邮寄") == ("信函", "邮寄")
    for entry in LABELS:
        assert _label_words(entry.words.pattern), entry.item


def labels_and_clauses(text: str) -> list[str]:
    """The label of each count of a text and the clause around each of its negations: what `_names_an_entry` reads."""
    matches = _Matches(text)
    labels = [fact.row_label for n in range(len(matches.counted())) if (fact := matches.count(n)) and fact.row_label]
    return labels + [text[slice(*_clause_span(text, m.start()))] for m in NEGATION.finditer(text)]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_an_entry_is_named_where_the_lexicon_finds_one(path):
    for words in labels_and_clauses(read_document(path).text):
        assert _names_an_entry(words) == bool(_ANY_LABEL_WORD.search(words)), words


# Each entry's label words, their characters, and what may surround them
LABEL_PIECES = sorted({word for entry in LABELS for word in _label_words(entry.words.pattern)})
LABEL_PIECES += sorted(set("".join(LABEL_PIECES))) + ["。", "，", "了", "的", "培训", "决定", "规定期限内", "而"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(LABEL_PIECES), max_size=12).map("".join))
def test_an_entry_is_named_in_any_words_where_the_lexicon_finds_one(words):
    assert _names_an_entry(words) == bool(_ANY_LABEL_WORD.search(words))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_the_patterns_left_out_for_want_of_their_word_match_nowhere_in_the_text(path):
    text = read_document(path).text
    matches = _Matches(text)
    for regime in (None, PRE2019, Y2019, Y2021):
        read_in = [(n, item) for n, item, _ in _read_in(regime)]
        left_out = set(read_in) - set(matches.read_in(regime))
        assert [item for n, item in left_out if _COMPILED[n].compiled.search(text)] == [], regime
        assert matches.read_in(regime) == [entry for entry in read_in if entry not in left_out]
    left_out = set(range(len(_ZERO_COMPILED))) - {n for n, _ in matches.zeros_in()}
    assert [n for n in left_out if _ZERO_COMPILED[n].compiled.search(text)] == []
    assert left_out and [n for n, _ in matches.zeros_in()] == sorted(set(range(len(_ZERO_COMPILED))) - left_out)


def test_the_gate_words_worked_out_ahead_are_the_parsers():
    """gidata/extract/gate_words.py is what `re`'s parser gives every pattern and entry today (`make gate-words`
    writes it): a pattern changed without it is parsed at run time, and this test says so."""
    from gidata.extract import gate_words, prose

    assert Path(gate_words.__file__).read_text(encoding="utf-8") == prose.gate_words_module()
