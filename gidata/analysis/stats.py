"""Analysis helpers the notebooks share: which reports to use, concentration, funnels, models."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from gidata.records import COUNTED_STATUSES as USABLE_STATUSES
from gidata.release.load import load


def select_reports(reports: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split reports into those an analysis can use and those left out, with the reason.

    Left out: unreadable or without statistics, the second copy of an identical text, and
    reports whose body, level or year could not be identified. `body_key` is the release's
    `body_id` (one body across years and spellings: 河北省科学技术厅 = 河北省科技厅); `nested` marks a
    report whose figures are already inside another kept report of the same year (a department
    or district of a jurisdiction that reports for its whole area): pool one or the other, never both.

    >>> r = pd.DataFrame({"report_id": list("abcde"), "status": ["ok", "ok", "empty", "partial", "ok"],
    ...                   "text_sha256": ["x", "x", None, "y", "z"], "body": ["科技厅"] * 3 + [None, "某市"],
    ...                   "body_id": ["k"] * 3 + [None, "m"], "body_name": ["科技厅"] * 3 + [None, "某市"],
    ...                   "parent_name": ["某市"] * 4 + [None], "scope": ["body"] * 4 + ["jurisdiction"],
    ...                   "level": "department", "year": 2020})
    >>> kept, left_out = select_reports(r)
    >>> kept[["body_key", "nested"]].values.tolist()
    [['k', True], ['m', False]]
    >>> left_out["reason"].tolist()
    ['duplicate text of another input', 'status: empty', 'body, level or year not identified']
    """
    reason = pd.Series(pd.NA, index=reports.index, dtype="string")
    reason[~reports["status"].isin(USABLE_STATUSES)] = "status: " + reports["status"].astype("string")
    duplicate = reports["text_sha256"].notna() & reports.duplicated("text_sha256")
    reason[reason.isna() & duplicate] = "duplicate text of another input"
    unidentified = reports[["body", "level", "year"]].isna().any(axis=1)
    reason[reason.isna() & unidentified] = "body, level or year not identified"
    kept = reports[reason.isna()].assign(body_key=lambda d: d["body_id"].astype("string"))
    wholes = set(zip(kept.loc[kept["scope"] == "jurisdiction", "body_name"],
                     kept.loc[kept["scope"] == "jurisdiction", "year"]))
    kept = kept.assign(nested=[(parent, year) in wholes for parent, year in zip(kept["parent_name"], kept["year"])])
    return kept, reports[reason.notna()].assign(reason=reason.dropna())


def poolable(frame: pd.DataFrame, kept: pd.DataFrame) -> pd.DataFrame:
    """The rows of `frame` whose report may enter a pool: kept, and not nested in another kept report."""
    return frame[frame["report_id"].isin(kept.loc[~kept["nested"], "report_id"])]


def load_kept(name: str, kept: pd.DataFrame) -> pd.DataFrame:
    """A released dataset, restricted to the reports an analysis uses (see `select_reports`)."""
    frame = load(name)
    return frame[frame["report_id"].isin(kept["report_id"])]


def coverage(kept: pd.DataFrame, left_out: pd.DataFrame) -> pd.DataFrame:
    """The counts a notebook rests on: reports and bodies used by level, and reports left out by reason."""
    used = (kept.groupby("level", observed=True)
            .agg(reports=("report_id", "size"), bodies=("body_key", "nunique"),
                 first_year=("year", "min"), last_year=("year", "max")))
    used.loc["all"] = [len(kept), kept["body_key"].nunique(), kept["year"].min(), kept["year"].max()]
    out = left_out.groupby("reason").size().rename("reports").to_frame()
    return pd.concat({"used": used, "left out": out}, names=["", "group"]).astype("Int64")


def period(regime: pd.Series) -> pd.Series:
    """'before 2019' for the OGI-2007 regime, '2019 on' for the 2019 and 2021 formats."""
    return regime.map(lambda r: "before 2019" if r == "pre2019" else "2019 on").astype("string")


def wide(harmonised: pd.DataFrame, measures, complete_only: bool = True) -> pd.DataFrame:
    """One row per report, one column per harmonised measure (with the report's identity columns).

    With complete_only a measure summed from only some of its source items is left missing.
    """
    rows = harmonised[harmonised["measure"].isin(measures)]
    if complete_only:
        rows = rows[rows["complete"].fillna(False).astype(bool)]
    values = rows.pivot_table(index="report_id", columns="measure", values="value", observed=True, aggfunc="first")
    head = harmonised.drop_duplicates("report_id").set_index("report_id")[["body", "year", "level", "scope", "regime"]]
    return head.join(values.reindex(columns=list(measures)), how="inner").reset_index()


def body_labels(kept: pd.DataFrame) -> pd.Series:
    """body_key -> the body's pinyin name (figure text stays Latin), one name per body across notebooks."""
    return kept.drop_duplicates("body_key").set_index("body_key")["body_pinyin"].astype("string")


def body_codes(bodies) -> dict[str, str]:
    """Short stable codes (B01, B02, ...) for bodies, in sorted order: figure text stays ASCII.

    >>> body_codes(["乙局", "甲局", "乙局"])
    {'乙局': 'B01', '甲局': 'B02'}
    """
    names = sorted(set(bodies))
    return {name: f"B{i + 1:02d}" for i, name in enumerate(names)}


def lorenz(values) -> pd.DataFrame:
    """Lorenz curve: cumulative share of units (smallest first) against cumulative share of the total.

    >>> lorenz([1, 3])["share_total"].tolist()
    [0.0, 0.25, 1.0]
    """
    v = np.sort(np.asarray(values, dtype=float))
    units = np.arange(len(v) + 1) / len(v)
    return pd.DataFrame({"share_units": units, "share_total": np.concatenate([[0.0], np.cumsum(v) / v.sum()])})


def gini(values) -> float:
    """Gini coefficient (0 = all equal, 1 = one unit has everything), from the Lorenz curve.

    >>> gini([5, 5, 5, 5])
    0.0
    >>> round(gini([0, 0, 0, 10]), 2)
    0.75
    """
    curve = lorenz(values)
    area = np.trapezoid(curve["share_total"], curve["share_units"])
    return float(round(1 - 2 * area, 12))


def funnel_limits(p0: float, n_max: int, coverage_levels=(0.95, 0.998)) -> pd.DataFrame:
    """Binomial control limits for a rate around p0, for volumes 1..n_max (the funnel plot's funnel).

    >>> limits = funnel_limits(0.5, 100, coverage_levels=(0.95,))
    >>> limits.loc[limits["n"] == 100, ["low", "high"]].values.tolist()
    [[0.4, 0.6]]
    """
    from scipy.stats import binom

    n = np.arange(1, max(n_max, 1) + 1)
    frames = []
    for level in coverage_levels:
        tail = (1 - level) / 2
        frames.append(pd.DataFrame({"n": n, "coverage": level,
                                    "low": binom.ppf(tail, n, p0) / n,
                                    "high": binom.ppf(1 - tail, n, p0) / n}))
    return pd.concat(frames, ignore_index=True)


def shares(frame: pd.DataFrame, columns: list[str], by: str | list[str]) -> pd.DataFrame:
    """Pooled shares of columns within groups: sum each column by group, divide by the group's sum.

    >>> df = pd.DataFrame({"g": ["a", "a", "b"], "x": [1, 2, 1], "y": [1, 0, 3]})
    >>> shares(df, ["x", "y"], "g").to_dict("index")
    {'a': {'x': 0.75, 'y': 0.25}, 'b': {'x': 0.25, 'y': 0.75}}
    """
    sums = frame.groupby(by, observed=True)[columns].sum(min_count=1)
    return sums.div(sums.sum(axis=1), axis=0)


def loglog_fit(frame: pd.DataFrame, y: str, x: str, min_n: int = 5):
    """OLS of log(y) on log(x) with HC3 standard errors, on rows where both are positive.

    Returns None when fewer than min_n rows qualify: too few for HC3 (leverages near 1).

    >>> df = pd.DataFrame({"x": [1, 4, 9, 16, 25, 36], "y": [2, 4, 6, 8, 10, 12]})
    >>> float(round(loglog_fit(df, "y", "x").params["log_x"], 6))
    0.5
    >>> loglog_fit(df.head(4), "y", "x") is None
    True
    """
    import statsmodels.formula.api as smf

    data = frame[(frame[y] > 0) & (frame[x] > 0)].assign(log_y=lambda d: np.log(d[y]), log_x=lambda d: np.log(d[x]))
    if len(data) < min_n:
        return None
    return smf.ols("log_y ~ log_x", data=data).fit(cov_type="HC3")


def nb_glm(frame: pd.DataFrame, formula: str, groups: str | None = None):
    """Negative binomial GLM: alpha from the NB2 maximum likelihood fit, SEs clustered by groups."""
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    alpha = smf.negativebinomial(formula, data=frame).fit(disp=0, maxiter=200).params["alpha"]
    model = smf.glm(formula, data=frame, family=sm.families.NegativeBinomial(alpha=alpha))
    if groups is None:
        return model.fit()
    return model.fit(cov_type="cluster", cov_kwds={"groups": pd.factorize(frame[groups])[0]})


def rate_ratios(result) -> pd.DataFrame:
    """Exponentiated coefficients of a count model with their 95% intervals and p-values."""
    ci = np.exp(result.conf_int())
    table = pd.DataFrame({"rate_ratio": np.exp(result.params), "low": ci[0], "high": ci[1],
                          "p_value": result.pvalues}).round(3)
    return table.rename(index=term_name)


def term_name(term: str) -> str:
    """A patsy term as a reader would write it.

    >>> term_name("C(level, Treatment('department'))[T.county]")
    'level = county'
    """
    return re.sub(r"^C\((\w+).*\)\[T\.(.+)\]$", r"\1 = \2", term)


def proportions(frame: pd.DataFrame, k: str, n: str, by: str | list[str], cluster: str | None = None,
                scale: float = 1.0, reps: int = 4000, ratio: bool = False) -> pd.DataFrame:
    """Pooled k/n per group with its counts and a 95% interval.

    Without `cluster`, Wilson intervals (statsmodels), treating every request as independent.
    With `cluster` (a body column), the interval is a percentile bootstrap over bodies: one body
    with many requests cannot narrow it, and it suits ratios (k may exceed n) as well as rates.
    With few bodies the bootstrap can collapse (two bodies give few distinct resamples), so for a
    proportion (k counts a part of n) the interval is the wider of the two, bootstrap and Wilson,
    and `interval` says which bound came from which; `ratio=True` (k not a part of n, such as
    challenges per refusal) keeps the bootstrap alone. A group with fewer than two bodies
    contributing (k or n above zero) gets no interval. `scale` multiplies the ratio (100: per 100).

    >>> df = pd.DataFrame({"g": ["a", "a"], "k": [1, 2], "n": [4, 6]})
    >>> proportions(df, "k", "n", "g").round(3).to_dict("records")
    [{'g': 'a', 'reports': 2, 'k': 3, 'n': 10, 'rate': 0.3, 'low': 0.108, 'high': 0.603}]
    >>> one = proportions(df.assign(body=["x", "x"]), "k", "n", "g", cluster="body")
    >>> int(one["bodies"].iloc[0]), float(one["rate"].iloc[0]), bool(one["low"].isna().all())
    (1, 0.3, True)
    """
    from statsmodels.stats.proportion import proportion_confint

    by = [by] if isinstance(by, str) else list(by)
    frame = frame[frame[k].notna() & frame[n].notna()]
    sums = frame.groupby(by, observed=True).agg(reports=(k, "size"), k=(k, "sum"), n=(n, "sum"))
    sums[["k", "n"]] = sums[["k", "n"]].astype(int)
    if cluster:  # bodies that contribute to the ratio (k or n above zero)
        contributing = frame[(frame[k] > 0) | (frame[n] > 0)]
        sums.insert(1, "bodies", contributing.groupby(by, observed=True)[cluster].nunique()
                    .reindex(sums.index, fill_value=0))
    sums = sums[sums["n"] > 0]
    sums["rate"] = scale * sums["k"] / sums["n"]
    wilson_low, wilson_high = proportion_confint(sums["k"], sums["n"].clip(lower=sums["k"]), alpha=0.05,
                                                 method="wilson")
    if cluster is None:
        return sums.assign(low=wilson_low, high=wilson_high).reset_index()
    bounds = {_as_tuple(key): _cluster_bootstrap(group, k, n, cluster, reps)
              for key, group in frame.groupby(by, observed=True)}
    boot_low = pd.Series([scale * bounds[_as_tuple(key)][0] for key in sums.index], index=sums.index)
    boot_high = pd.Series([scale * bounds[_as_tuple(key)][1] for key in sums.index], index=sums.index)
    if ratio:
        return sums.assign(low=boot_low, high=boot_high, interval=pd.Series("bootstrap", index=sums.index)
                           .where(boot_low.notna())).reset_index()
    return _wider_of(sums, boot_low, boot_high, scale * wilson_low, scale * wilson_high).reset_index()


def _wider_of(sums: pd.DataFrame, boot_low, boot_high, wilson_low, wilson_high) -> pd.DataFrame:
    """Bootstrap bounds widened to Wilson's where the group has a bootstrap interval."""
    widen = boot_low.notna()
    low_wilson = widen & (wilson_low < boot_low)
    high_wilson = widen & (wilson_high > boot_high)
    interval = np.where(low_wilson & high_wilson, "Wilson",
                        np.where(low_wilson | high_wilson, "bootstrap and Wilson", "bootstrap"))
    return sums.assign(low=boot_low.where(~low_wilson, wilson_low), high=boot_high.where(~high_wilson, wilson_high),
                       interval=pd.Series(interval, index=sums.index).where(boot_low.notna()))


def _as_tuple(key) -> tuple:
    return key if isinstance(key, tuple) else (key,)


def _cluster_bootstrap(group: pd.DataFrame, k: str, n: str, cluster: str, reps: int) -> tuple[float, float]:
    """95% percentile interval of sum(k)/sum(n) when whole clusters are resampled (fixed seed)."""
    totals = group.groupby(cluster, observed=True)[[k, n]].sum()
    totals = totals[(totals[k] > 0) | (totals[n] > 0)]
    if len(totals) < 2:
        return (np.nan, np.nan)
    rng = np.random.default_rng(20190501)
    weights = rng.multinomial(len(totals), np.full(len(totals), 1 / len(totals)), size=reps)
    num, den = weights @ totals[k].to_numpy(float), weights @ totals[n].to_numpy(float)
    ratios = num[den > 0] / den[den > 0]
    low, high = np.quantile(ratios, [0.025, 0.975])
    return (float(low), float(high))
