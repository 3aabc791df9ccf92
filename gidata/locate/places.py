"""Administrative divisions (GB/T 2260 codes) from the cpca package's bundled table."""

from __future__ import annotations

import csv
import functools
import importlib.util
from pathlib import Path

import ahocorasick

PROVINCE_LEVEL_CITIES = ("北京市", "天津市", "上海市", "重庆市")


@functools.lru_cache(maxsize=1)
def divisions() -> dict[str, list[str]]:
    """Division name -> the 6-digit codes that carry it (names repeat across provinces)."""
    table: dict[str, list[str]] = {}
    # Located without importing cpca, whose import loads pandas and its own tables.
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("cpca, whose table of divisions gidata reads, is not installed")
    package = Path(spec.submodule_search_locations[0])
    with (package / "resources" / "adcodes.csv").open(encoding="utf-8") as handle:
        rows = csv.reader(handle)  # not DictReader: a dict per row costs `gidata parse` of one report ~0.01 s
        header = next(rows)
        name, code = header.index("name"), header.index("adcode")
        for row in filter(None, rows):
            table.setdefault(row[name], []).append(row[code][:6])
    return table


@functools.lru_cache(maxsize=1)
def _name_of_code() -> dict[str, str]:
    return {code: name for name, codes in divisions().items() for code in codes}


@functools.lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every name of two characters or more, searched in one pass over a text (Aho-Corasick)."""
    automaton = ahocorasick.Automaton()
    for name in divisions():
        if len(name) >= 2:
            automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=1)
def _province_automaton() -> ahocorasick.Automaton:
    """The province-level names alone (34 of the 3,181 names), for `find_provinces`."""
    automaton = ahocorasick.Automaton()
    for name in province_names():
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """The names of province-level divisions (provinces, autonomous regions, the four cities, HK, Macao)."""
    return frozenset(name for name, codes in divisions().items() if len(name) >= 2 and codes[0].endswith("0000"))


def province_of(code: str) -> str | None:
    """The province name of a division code: `320508` -> `江苏省`."""
    return _name_of_code().get(code[:2] + "0000")


def division_level(code: str) -> str:
    """province / prefecture / county, read off the shape of a 6-digit code."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def find_divisions(text: str) -> list[str]:
    """Division names in a text, left to right, the longest at each position, not overlapping.

    >>> find_divisions("淮安市洪泽区人民政府")
    ['淮安市', '洪泽区']
    """
    return [name for _, name in _automaton().iter_long(text)]


def find_provinces(text: str) -> list[str]:
    """The province-level names `find_divisions(text)` finds, in order, for ~1/25 of its time (a scan
    for 34 names, not 3,181). Exact because no division name contains a province's name or ends with
    its beginning: a name can only start inside one (北京市辖区), so the scan for every name keeps
    each province name it meets (tests/test_locate_fast_paths.py checks the names and the scans).

    >>> find_provinces("天津市市中区与江苏省")
    ['天津市', '江苏省']
    """
    return [name for _, name in _province_automaton().iter_long(text)]


@functools.lru_cache(maxsize=4096)
def codes_starting_with(prefix: str) -> tuple[str, ...]:
    """The codes of every division whose name starts with `prefix`."""
    return tuple(c for name, codes in divisions().items() if name.startswith(prefix) for c in codes)


def resolve(name: str, context: str = "") -> str | None:
    """The code of the most specific division named in `name`, using `context` to break ties."""
    found = find_divisions(name)
    if not found:
        return None
    codes = divisions()[found[-1]]
    if len(codes) == 1:
        return codes[0]
    hints = [c for n in find_divisions(name + context[:3000]) for c in divisions()[n]]
    for code in codes:
        if any(h != code and code.startswith(_prefix(h)) for h in hints):
            return code
    return None


def _prefix(code: str) -> str:
    return code[:2] if code.endswith("0000") else code[:4] if code.endswith("00") else code


def name_of(code: str) -> str | None:
    """The name of a division code: `320800` -> `淮安市`."""
    return _name_of_code().get(code)


def drop_parent_areas(name: str) -> str:
    """A name without the parent areas in front of a named division: `淮安市洪泽区人民政府` -> `洪泽区人民政府`."""
    found = find_divisions(name)
    while len(found) >= 2 and name.startswith(found[0]) and name[len(found[0]):].startswith(found[1]):
        name, found = name[len(found[0]):], found[1:]
    return name
