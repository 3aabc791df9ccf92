"""Cross-year checks: a body's figures in consecutive reports must join up (carry-over, documents in force)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from gidata.locate import places
from gidata.vocabulary.items import Y2019, Y2021

# Suffixes naming the government of an area rather than a different body.
_GOVERNMENT_SUFFIX = re.compile(r"(人民政府|管理委员会|管委会)$")
# Short and long forms of department names seen in titles; the short form is the key.
ABBREVIATIONS = (("科学技术委员会", "科委"), ("科学技术", "科技"), ("工业和信息化", "工信"),
                 ("市场监督管理", "市场监管"), ("人力资源和社会保障", "人社"))


@dataclass(frozen=True)
class Identity:
    """One cross-year identity: what this year states, computed from last year's and this year's figures."""

    name: str
    description: str
    regimes_from: tuple[str, ...]
    regimes_to: tuple[str, ...]
    stated: str                       # item of the later report
    previous: str                     # item of the earlier report
    plus: tuple[str, ...] = ()        # items of the later report added
    minus: tuple[str, ...] = ()       # items of the later report subtracted
    since: str = "the 2019 format"    # where the figures first appear, for the reason of a null


_NEW = (Y2019, Y2021)
IDENTITIES = (
    Identity("carry_over", "This year's 上年结转 = last year's 结转下年度继续办理 (总计 column).",
             _NEW, _NEW, "req_carried_over", "req_carried_forward"),
    Identity("rules_in_force", "规章 现行有效件数 = last year's + 本年制发 − 本年废止.",
             (Y2021,), (Y2021,), "rules_in_force", "rules_in_force", ("rules_issued",), ("rules_repealed",),
             "the 2021 format (现行有效件数)"),
    Identity("normative_in_force", "行政规范性文件 现行有效件数 = last year's + 本年制发 − 本年废止.",
             (Y2021,), (Y2021,), "normative_in_force", "normative_in_force",
             ("normative_issued_2021",), ("normative_repealed",), "the 2021 format (现行有效件数)"),
)


def normalise_body(name: str) -> str:
    """A body name reduced to a key: `淮安市洪泽区人民政府` -> `洪泽区`, `河北省科学技术厅` -> `河北省科技厅`.

    >>> normalise_body("平潭综合实验区管委会") == normalise_body("平潭综合实验区")
    True
    """
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    name = _GOVERNMENT_SUFFIX.sub("", name) or name
    name = places.drop_parent_areas(name)  # 淮安市洪泽区 -> 洪泽区 (the code keeps them apart)
    for long, short in ABBREVIATIONS:
        name = name.replace(long, short)
    return name


def body_key(report: dict) -> tuple[str, str] | None:
    """The body_id, else (division code, normalised name): reports with equal keys are the same body;
    None if no body."""
    if not report.get("body") or report.get("year") is None:
        return None
    if report.get("body_id"):
        return ("", report["body_id"])
    return (report.get("division_code") or "", normalise_body(report["body"]))


def pairs(reports: list[dict]) -> list[tuple[dict, dict]]:
    """Every (year y, year y + 1) pair of reports of the same body; all combinations if a year has two."""
    return list(iter_pairs(reports))


def iter_pairs(reports: list[dict]) -> Iterator[tuple[dict, dict]]:
    """The pairs of `pairs` one by one: many copies of a body's reports make very many pairs."""
    by_body: dict[tuple, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    seen = set()
    for report in reports:
        key = body_key(report)
        if key is None or report["report_id"] in seen:
            continue
        seen.add(report["report_id"])
        by_body[key][int(report["year"])].append(report)
    for years in by_body.values():
        for year in sorted(years):
            yield from ((a, b) for a in years[year] for b in years.get(year + 1, []))


def crossyear(reports: list[dict], values: dict[str, dict]) -> list[dict]:
    """The `crossyear` rows: every identity for every pair, with holds null and a reason when not evaluable.

    `values` maps report_id -> (item, applicant) -> value, as the wide tables use them.
    """
    return list(crossyear_rows(reports, values))


def crossyear_rows(reports: list[dict], values: dict[str, dict]) -> Iterator[dict]:
    """The rows of `crossyear` one by one, so that a build can write them without holding them all."""
    for earlier, later in iter_pairs(reports):
        head = {"body_id": later.get("body_id"), "body": later["body"], "division_code": later.get("division_code"),
                "year_from": earlier["year"], "year_to": later["year"],
                "report_from": earlier["report_id"], "report_to": later["report_id"]}
        for identity in IDENTITIES:
            yield {**head, "identity": identity.name,
                   **evaluate(identity, earlier, later, values.get(earlier["report_id"], {}),
                              values.get(later["report_id"], {}))}


def evaluate(identity: Identity, earlier: dict, later: dict, before: dict, after: dict) -> dict:
    """Stated, expected, difference, holds and reason of one identity for one pair."""
    for side, report, regimes in (("earlier", earlier, identity.regimes_from), ("later", later, identity.regimes_to)):
        if report.get("regime") not in regimes:
            return _open(f"the figures exist from {identity.since} on; the {side} report is in the "
                         f"{report.get('regime')} format")
    needed = [("later", identity.stated, after), ("earlier", identity.previous, before)]
    needed += [("later", item, after) for item in identity.plus + identity.minus]
    found = [(f"{side} report lacks {item}", _get(got, item)) for side, item, got in needed]
    values = [value for _, value in found if value is not None]
    if len(values) < len(found):
        return _open("; ".join(lack for lack, value in found if value is None))
    stated, previous, changes = values[0], values[1], values[2:]
    plus = len(identity.plus)
    expected = previous + sum(changes[:plus]) - sum(changes[plus:])
    difference = round(stated - expected, 6)
    return {"stated": stated, "expected": expected, "difference": difference,
            "holds": abs(difference) < 1e-6, "reason": None}


def _open(reason: str) -> dict:
    return {"stated": None, "expected": None, "difference": None, "holds": None, "reason": reason}


def _get(values: dict, item: str) -> float | None:
    """The 总计-column value of an item, or the value stated without applicant."""
    value = values.get((item, "total"))
    return values.get((item, None)) if value is None else value

