"""Cross-year checks: a body's figures in consecutive reports must join up (carry-over, documents in force)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gidata.locate import places
from gidata.vocabulary.items import Y2019, Y2021

if TYPE_CHECKING:  # pandas: only for a build's crossyear
    import pandas as pd

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
    import pandas as pd

    counted = [(*(r.get(k) for k in HEAD), *needed(values.get(r["report_id"], {}))) for r in reports]
    frame = pd.DataFrame(counted, columns=[*HEAD, *ITEMS], dtype=object).astype(dict.fromkeys(ITEMS, "float64"))
    return [dict(zip(columns, row)) for columns in crossyear_batches(frame) for row in zip(*columns.values())]


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



ITEMS = tuple(dict.fromkeys(i for x in IDENTITIES for i in (x.stated, x.previous, *x.plus, *x.minus)))
HEAD = ("report_id", "body_id", "body", "division_code", "year", "regime")


def needed(values: dict) -> tuple[float | None, ...]:
    """Of one report's values, those the identities read (`ITEMS`, as `_get` finds them): all a build keeps."""
    return tuple(_get(values, item) for item in ITEMS)


def crossyear_batches(reports: pd.DataFrame, block: int = 5_000) -> Iterator[dict[str, list]]:
    """The `crossyear` rows as columns, a block of earlier reports at a time, from a frame of the
    counted reports (`HEAD` and one column per item of `ITEMS`, null where the report lacks it).

    The rows `evaluate` gives each pair: pairs are found by joining the reports on body key and year
    (year y with y + 1), and the identities evaluated a column at a time.
    """
    import pandas as pd

    keyed = reports[reports["body"].fillna("").astype(bool) & reports["year"].notna()]
    keyed = keyed.drop_duplicates("report_id")
    keys = [body_key(row) or ("", "") for row in keyed[["body_id", "body", "division_code", "year"]].to_dict("records")]
    keyed = keyed.assign(_code=[k[0] for k in keys], _name=[k[1] for k in keys], year=keyed["year"].astype("int64"))
    later = keyed.assign(year=keyed["year"] - 1)
    for start in range(0, len(keyed), block):
        found = pd.merge(keyed.iloc[start:start + block], later, on=["_code", "_name", "year"],
                         suffixes=("_from", "_to"))
        if len(found):
            yield from (_identity_columns(found, identity) for identity in IDENTITIES)


def _identity_columns(pairs: pd.DataFrame, identity: Identity) -> dict[str, list]:
    """The rows of one identity for joined pairs (columns `<name>_from`, `<name>_to`), as `evaluate` gives them."""
    import numpy as np

    stated, previous = pairs[f"{identity.stated}_to"], pairs[f"{identity.previous}_from"]
    plus = [pairs[f"{item}_to"] for item in identity.plus]
    minus = [pairs[f"{item}_to"] for item in identity.minus]
    expected = previous + sum(plus, 0.0) - sum(minus, 0.0)
    difference = [round(x, 6) for x in (stated - expected).tolist()]
    reasons = _reasons(pairs, identity)
    open_ = np.array([r is not None for r in reasons])
    return {"body_id": _nulls(pairs["body_id_to"]), "body": _nulls(pairs["body_to"]),
            "division_code": _nulls(pairs["division_code_to"]),
            "year_from": (pairs["year"]).tolist(), "year_to": (pairs["year"] + 1).tolist(),
            "report_from": pairs["report_id_from"].tolist(), "report_to": pairs["report_id_to"].tolist(),
            "identity": [identity.name] * len(pairs),
            "stated": _unless(stated.tolist(), open_), "expected": _unless(expected.tolist(), open_),
            "difference": _unless(difference, open_),
            "holds": _unless([abs(d) < 1e-6 for d in difference], open_), "reason": reasons}


def _reasons(pairs: pd.DataFrame, identity: Identity) -> list[str | None]:
    """Why each pair's identity cannot be evaluated (`evaluate`'s reason), None where it can."""
    sides = (("earlier", pairs["regime_from"].tolist(), identity.regimes_from),
             ("later", pairs["regime_to"].tolist(), identity.regimes_to))
    needed_items = [("later", identity.stated, "_to"), ("earlier", identity.previous, "_from")]
    needed_items += [("later", item, "_to") for item in identity.plus + identity.minus]
    lacking = [(f"{side} report lacks {item}", pairs[f"{item}{end}"].isna().tolist())
               for side, item, end in needed_items]
    reasons: list[str | None] = []
    for i in range(len(pairs)):
        reason = next((f"the figures exist from {identity.since} on; the {side} report is in the {regimes[i]} format"
                       for side, regimes, allowed in sides if regimes[i] not in allowed), None)
        if reason is None:
            reason = "; ".join(lack for lack, missing in lacking if missing[i]) or None
        reasons.append(reason)
    return reasons


def _nulls(column: pd.Series) -> list:
    """A column's values with pandas' missing values as None."""
    return [None if v is None or v != v else v for v in column.tolist()]


def _unless(values: list, open_) -> list:
    """The values, None where the identity could not be evaluated."""
    return [None if o or v != v else v for v, o in zip(values, open_.tolist())]
