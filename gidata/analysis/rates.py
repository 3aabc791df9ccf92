"""Rate definitions on the harmonised measures, defined once, with Wilson confidence intervals."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from gidata.records import IDENTITY_COLUMNS as _HEAD

RATE_COLUMNS = _HEAD + ("k", "n", "rate", "low", "high", "reason")


@dataclass(frozen=True)
class Rate:
    """A proportion k / n: k the sum of the numerator measures, n the sum of the denominator measures."""

    name: str
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]
    description: str


_DECIDED = ("total_decided",)
_CLOSED_REVIEWS = ("review_upheld", "review_corrected", "review_other")
_CLOSED_SUITS = ("suit_upheld", "suit_corrected", "suit_other")
RATES: dict[str, Rate] = {r.name: r for r in (
    Rate("refusal_narrow", ("refused",), _DECIDED,
         "Refused on a ground of exemption (不予公开 / 不同意公开), over all applications decided."),
    Rate("refusal_broad", ("refused", "unable_to_provide", "not_processed"), _DECIDED,
         "Refused, unable to provide or not processed, over all applications decided."),
    Rate("nondisclosure", ("refused", "unable_to_provide", "not_processed", "other"), _DECIDED,
         "Everything not disclosed in whole or in part, over all applications decided."),
    Rate("disclosure", ("granted", "partly_granted"), _DECIDED,
         "Disclosed in whole or in part, over all applications decided."),
    Rate("not_held_share", ("unable_not_held",), ("refused", "unable_to_provide"),
         "Not held by the body (本机关不掌握; before 2019 不属于本机关 + 信息不存在), over refused and "
         "unable to provide."),
    Rate("review_correction", ("review_corrected",), _CLOSED_REVIEWS,
         "Administrative reviews ending in correction, over reviews decided (pending excluded)."),
    Rate("suit_correction", ("suit_corrected",), _CLOSED_SUITS,
         "Lawsuits ending in correction, over lawsuits decided (pending excluded)."),
)}


def wilson(k: float, n: float, alpha: float = 0.05) -> tuple[float, float]:
    """Wilson score interval of k successes in n trials (statsmodels); it stays inside [0, 1].

    >>> [round(x, 4) for x in wilson(0, 10)]
    [0.0, 0.2775]
    """
    from statsmodels.stats.proportion import proportion_confint  # an analysis extra, imported on use

    low, high = proportion_confint(k, n, alpha=alpha, method="wilson")
    return float(low), float(high)


def rate_table(harmonised: pd.DataFrame, name: str, require_complete: bool = True,
               alpha: float = 0.05) -> pd.DataFrame:
    """One row per report of `harmonised`: k, n, the rate and its Wilson interval, or NaN and a reason.

    With `require_complete` a measure summed from only some of its source items counts as missing.
    A report with no harmonised row at all is not in `harmonised`, so not here either.
    """
    if name not in RATES:
        raise KeyError(f"unknown rate {name!r}; known rates: {', '.join(RATES)}")
    rate = RATES[name]
    needed = set(rate.numerator + rate.denominator)
    rows = harmonised[harmonised["measure"].astype(str).isin(needed)]
    found = {(rid, str(m)): (value, complete) for rid, m, value, complete
             in zip(rows["report_id"], rows["measure"], rows["value"], rows["complete"])}
    heads = (harmonised.loc[:, list(_HEAD)].drop_duplicates("report_id")
             .sort_values("report_id", kind="stable").reset_index(drop=True))
    results = [_one(rate, {m: found[(rid, m)] for m in needed if (rid, m) in found}, require_complete, alpha)
               for rid in heads["report_id"]]
    return pd.concat([heads, pd.DataFrame(results, columns=list(RATE_COLUMNS[len(_HEAD):]))], axis=1)


def _one(rate: Rate, measures: dict[str, tuple[float, bool]], require_complete: bool, alpha: float) -> dict:
    """k, n, rate, interval and reason of one report; `measures` maps measure -> (value, complete)."""
    needed = tuple(dict.fromkeys(rate.numerator + rate.denominator))
    missing = [m for m in needed if m not in measures or _is_nan(measures[m][0])]
    incomplete = [m for m in needed if m not in missing and require_complete and not _true(measures[m][1])]
    k, n = _total(rate.numerator, measures, missing), _total(rate.denominator, measures, missing)
    reason = None
    if n <= 0:
        reason = "denominator is zero"  # nothing to rate, whatever else is missing
    elif missing:
        reason = "missing: " + ", ".join(missing)
    elif incomplete:
        reason = "incomplete: " + ", ".join(incomplete)
    elif k > n:
        reason = f"numerator {k:g} exceeds denominator {n:g} (the report's figures do not add up)"
    if reason:
        return {"k": k, "n": n, "rate": math.nan, "low": math.nan, "high": math.nan, "reason": reason}
    low, high = wilson(k, n, alpha)
    return {"k": k, "n": n, "rate": k / n, "low": low, "high": high, "reason": None}


def _total(codes: tuple[str, ...], measures: dict, missing: list[str]) -> float:
    """The sum of the measures' values; NaN when one of them is missing."""
    if any(m in missing for m in codes):
        return math.nan
    return float(sum(measures[m][0] for m in codes))


def _is_nan(value) -> bool:
    return value is None or pd.isna(value)


def _true(flag) -> bool:
    return False if flag is None or pd.isna(flag) else bool(flag)
