"""Who a reporting body is across years: a stable body_id, canonical and pinyin names, division and parent.

Known misspellings, renamings and short names are data (body_aliases.csv beside this file: each
`printed` part of a name is read as `canonical`); two rules complete them: a government suffix
(人民政府, 管委会, 管理委员会) names the area's government, not another body, and a parent area in front
of a division (淮安市洪泽区) is dropped, since the division code keeps namesakes apart.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from gidata.locate import places, readings

ALIASES_FILE = Path(__file__).with_name("body_aliases.csv")
_GOVERNMENT_SUFFIX = re.compile(r"(人民政府|管理委员会|管委会)$")
_ZONE = re.compile(r"^.+?(综合实验区|新区|开发区|高新区|示范区|试验区)")
NO_CODE = "000000"


@dataclass(frozen=True)
class Body:
    """A body's identity: the columns `reports` (and every table naming a body) carries."""

    body_id: str
    body_name: str
    body_pinyin: str
    division_code: str | None
    province: str | None
    parent_name: str | None


@functools.lru_cache(maxsize=1)
def aliases() -> tuple[tuple[str, str], ...]:
    """(printed, canonical) pairs of the alias table, longest printed form first."""
    with ALIASES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = [(row["printed"], row["canonical"]) for row in csv.DictReader(handle)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def canonical_name(printed: str) -> str:
    """The canonical Chinese name of a body as printed.

    >>> canonical_name("淮安市洪泽区人民政府"), canonical_name("沐阳县人民政府")
    ('洪泽区', '沭阳县')
    >>> canonical_name("河北省科技厅"), canonical_name("平潭综合实验区管委会")
    ('河北省科学技术厅', '平潭综合实验区')
    """
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", printed))
    for short, full in aliases():
        if short in name and full not in name:
            name = name.replace(short, full)
    name = _GOVERNMENT_SUFFIX.sub("", name) or name
    return places.drop_parent_areas(name)


def pinyin(name: str) -> str:
    """The name in pinyin without tones, one word per area and one for the rest.

    >>> pinyin("河北省科学技术厅"), pinyin("平潭综合实验区旅游与文化体育局")
    ('Hebeisheng Kexuejishuting', 'Pingtanzongheshiyanqu Lüyouyuwenhuatiyuju')
    """
    words, rest = [], name
    while rest:
        head = _area_prefix(rest) or rest
        words.append("".join(readings.toneless(head)).capitalize())
        rest = rest[len(head):]
    return " ".join(words)


def _area_prefix(name: str) -> str | None:
    """The area a name begins with: a zone (平潭综合实验区) or a division (河北省)."""
    zone = _ZONE.match(name)
    if zone and zone.group(0) != name:
        return zone.group(0)
    found = places.find_divisions(name)
    return found[0] if found and name.startswith(found[0]) and found[0] != name else None


def identify(printed: str | None, level: str | None, division_code: str | None, province: str | None,
             context: str = "") -> Body | None:
    """The identity of the body a report names (None when it names none).

    A division code the report's name could not give (a misspelt county) is resolved from the
    canonical name; the province follows the code.
    """
    if not printed:
        return None
    name = canonical_name(printed)
    code = division_code or places.resolve(name, context)
    if code and not division_code:
        province = places.province_of(code) or province
    read = pinyin(name)
    slug = read.lower().replace("ü", "v").replace(" ", "-")
    return Body(f"{code or NO_CODE}-{slug}", name, read, code, province, parent_of(name, level, code))


def parent_of(name: str, level: str | None, code: str | None) -> str | None:
    """The jurisdiction a body belongs to: a department's area, a county's prefecture, a prefecture's province."""
    if level == "department":
        area = _area_prefix(name)
        return area or (places.name_of(code) if code else None)
    if not code or level in (None, "province"):
        return None
    if level == "township":
        return places.name_of(code)
    parent = code[:2] + "0000" if level == "prefecture" or code.endswith("00") else code[:4] + "00"
    return places.name_of(parent) or places.name_of(code[:2] + "0000")
