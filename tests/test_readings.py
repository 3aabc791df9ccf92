"""Pinyin from the generated tables is pypinyin's own reading, for every name the project knows."""

import csv
import random

import pytest
from pypinyin import Style, lazy_pinyin

from gidata.locate import bodies, places, readings

from .conftest import ROOT


def reference(text: str) -> list[str]:
    """pypinyin with its full dictionaries: what body ids were made from before the tables."""
    return lazy_pinyin(text, style=Style.NORMAL, v_to_u=True)


def reference_pinyin(name: str) -> str:
    """bodies.pinyin as written before the tables, every area word read by pypinyin."""
    words, rest = [], name
    while rest:
        head = bodies._area_prefix(rest) or rest
        words.append("".join(reference(head)).capitalize())
        rest = rest[len(head):]
    return " ".join(words)


@pytest.fixture(scope="module")
def known_names() -> list[str]:
    """Every division, every body and title of the release, every alias and site body."""
    names = set(places.divisions())
    with (ROOT / "datasets" / "reports.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names.update(filter(None, (row["body_name"], row["body"], row["title"])))
    names.update(printed for pair in bodies.aliases() for printed in pair)
    with (ROOT / "gidata" / "locate" / "sites.csv").open(encoding="utf-8", newline="") as handle:
        names.update(row["body"] for row in csv.DictReader(handle))
    return sorted(names)


def test_the_committed_tables_are_what_the_installed_pypinyin_gives():
    first, phrases = readings.generate()
    stale = "stale after a change of pypinyin: run python -m gidata.locate.readings"
    assert readings.FIRST_READINGS_FILE.read_text(encoding="utf-8") == first, stale
    assert readings.CONTEXT_PHRASES_FILE.read_text(encoding="utf-8") == phrases, stale
    assert phrases.count("\n") + 1 == 3437 and first.count("\n") + 1 == readings.LAST - readings.FIRST + 1


def test_every_substring_of_every_known_name_reads_as_pypinyin_reads_it(known_names):
    assert len(known_names) > 3000
    texts = {name[i:j] for name in known_names for i in range(len(name)) for j in range(i + 1, len(name) + 1)}
    wrong = [t for t in sorted(texts) if readings.toneless(t) != reference(t)]
    assert wrong == []


def test_every_known_name_and_department_of_a_division_gets_the_pinyin_it_had(known_names):
    departments = ["教育局", "住房和城乡建设局", "人民政府", "发展和改革委员会", "银行", "重大项目办公室"]
    names = known_names + [d + s for d in sorted(places.divisions()) for s in departments]
    wrong = [n for n in names if bodies.pinyin(bodies.canonical_name(n)) != reference_pinyin(bodies.canonical_name(n))]
    assert wrong == []


def test_random_strings_of_context_characters_read_as_pypinyin_reads_them():
    phrases = sorted(readings._context_phrases()[0])
    alphabet = sorted({c for p in phrases for c in p} | set("省市县区局厅长重行都藏乐"))
    draw = random.Random(14)
    texts = ["".join(draw.choices(alphabet, k=draw.randint(1, 12))) for _ in range(3000)]
    texts += [draw.choice(phrases) + draw.choice(phrases) + draw.choice(alphabet) for _ in range(3000)]
    assert [t for t in texts if readings.toneless(t) != reference(t)] == []


def test_pypinyin_is_not_loaded_for_a_name_no_phrase_can_change(monkeypatch):
    monkeypatch.setattr(readings, "_pypinyin", lambda text: pytest.fail(f"pypinyin asked for {text}"))
    assert readings.toneless("河北省科学技术厅") == ["he", "bei", "sheng", "ke", "xue", "ji", "shu", "ting"]
    assert readings.toneless("绿化局") == ["lü", "hua", "ju"]


def test_a_name_with_a_phrase_that_changes_a_reading_is_read_by_pypinyin():
    assert readings.toneless("长沙市") == ["chang", "sha", "shi"]  # 长 alone reads zhang
    assert readings.toneless("西藏自治区") == ["xi", "zang", "zi", "zhi", "qu"]  # 藏 alone reads cang
    assert readings.toneless("Ａ区") == reference("Ａ区") == ["Ａ", "qu"]  # outside the table


def test_names_mixing_chinese_with_other_characters_read_as_pypinyin_reads_them():
    draw = random.Random(15)
    chinese = sorted(set("河北省教育厅第号局长沙市重庆行乐"))
    others = list("0123456789 abAZ-·.（）()、，,第３号ＡＢ〇㐀豈\u3000\u2014") + ["\U0001F600", "\u00e9"]
    texts = ["".join(draw.choice(chinese if draw.random() < 0.6 else others) for _ in range(draw.randint(1, 10)))
             for _ in range(3000)]
    assert [t for t in texts if readings.toneless(t) != reference(t)] == []


def test_pypinyin_is_not_loaded_for_digits_and_latin_letters_beside_a_name(monkeypatch):
    monkeypatch.setattr(readings, "_pypinyin", lambda text: pytest.fail(f"pypinyin asked for {text}"))
    assert readings.toneless("教育厅第12号ab-c局") == ["jiao", "yu", "ting", "di", "12", "hao", "ab-c", "ju"]
