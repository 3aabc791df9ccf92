"""A pattern's gate word read from its source is the word found in the pattern parsed by `re._parser`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.extract import literals
from gidata.extract.prose import _COMPILED, _ZERO_COMPILED, _after_number, _word_place


def test_every_patterns_word_read_from_its_source_is_its_parsed_word():
    for pattern in _COMPILED + _ZERO_COMPILED:
        source = _after_number(pattern.source)
        assert literals.word(source) in (None, _word_place(source)[1]), source


@pytest.mark.parametrize("pattern, word", [
    ("(?:行政诉讼|复议诉讼)案件", "诉讼案件"),  # the end all alternatives share
    ("收到申请|收到答复", "收到"),  # the start all alternatives share, moved out of them
    ("(?P<x>ab|ac)d", "a"),  # a group whose alternatives are one character each: a class, the group opened
    ("(?P<n>a(?:bc|de))fg", "fg"),  # a group that holds an alternation stays whole
    ("[件]数", "件数"),  # a class of one character is that character
    ("ab?cd", "cd"),  # a repeated character is no literal
    (r"(?:\dab|[\d]ac)", "a"),  # \d and [\d] are the same item
    ("(?:a+bc|a+bd)", ""),  # two repeats are never the same item
    ("x(?=abc)yz", "yz"),  # nor is what a lookahead holds a literal
    (r"\.\.\.x", "...x"),
])
def test_words_read_from_sources(pattern, word):
    assert literals.word(pattern) == word == _word_place(pattern)[1]


@pytest.mark.parametrize("pattern", ["(?i)abc", r"a\1", "a{x}b", "[a-c]d", "(?P=n)x", "ab)"])
def test_what_the_reader_does_not_know_is_left_to_the_parser(pattern):
    assert literals.word(pattern) is None


_ATOMS = st.sampled_from(["a", "b", "件", "申请", ".", r"\d", r"\s", r"\.", "[ab]", "[a]", "[^a]", r"[\d]", "^", "$",
                          r"\b", r"\u3000", "[ \u3000]", "{", "}"])
_QUANTIFIERS = st.sampled_from(["", "", "", "?", "*", "+", "??", "{2}", "{0,3}", "{1,}?"])


def _regex(children):
    """A regex made of atoms, repeats, sequences, groups of every kind and alternations."""
    group = st.tuples(st.sampled_from(["(?:", "(", "(?P<g{}>", "(?=", "(?<!", "(?!"]), children, _QUANTIFIERS)
    return st.one_of(
        st.lists(children, min_size=1, max_size=4).map("".join),
        st.lists(children, min_size=2, max_size=3).map("|".join),
        group.map(lambda g: g[0] + g[1] + ")" + g[2]))


@settings(max_examples=1500, deadline=None)
@given(st.recursive(st.tuples(_ATOMS, _QUANTIFIERS).map("".join), _regex, max_leaves=12))
def test_a_word_read_from_any_source_is_its_parsed_word(pattern):
    names = iter(range(100))
    pattern = re.sub(r"\{\}", lambda _: str(next(names)), pattern)
    try:
        expected = _word_place(pattern)[1]
    except (re.error, OverflowError, RecursionError):  # not a regex: the reader may say anything or nothing
        return
    assert literals.word(pattern) in (None, expected)
