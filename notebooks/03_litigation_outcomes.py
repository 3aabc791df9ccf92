# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 · Review and lawsuits: how often are disclosure decisions challenged, and with what result?
#
# An applicant who disagrees with an answer can ask for administrative review (行政复议) or
# sue (行政诉讼). The reports count the cases and their outcomes: upheld (维持), corrected
# (纠正: the body's decision is found wrong), other (e.g. withdrawn), and — from 2019 —
# pending (尚未审结). From 2019 lawsuits are split into those brought directly (未经复议直接起诉)
# and those brought after a review (复议后起诉).
#
# **Questions:** how often are challenged decisions corrected; how many cases are still
# pending at the end of the year; do applicants go to court directly or after review; and
# how many challenges are there per 100 refusals, before and after 2019?

# %%
import pandas as pd

import gidata
from gidata import analysis
from gidata.analysis import plotting

plotting.set_style()
reports = gidata.load("reports")
kept, left_out = analysis.select_reports(reports)
challenges = gidata.load("challenges")
challenges = challenges[challenges["report_id"].isin(kept["report_id"])].merge(
    kept[["report_id", "body_key"]], on="report_id")
challenges["period"] = analysis.period(challenges["regime"])
challenges["kind_label"] = challenges["kind"].map(plotting.label).astype("string")
analysis.coverage(kept, left_out)

# %% [markdown]
# ## The numbers this rests on
#
# Reports that give a review or lawsuit table (or the counts in prose), and the cases in them.
# Before 2019 there is no pending column and lawsuits are not split by prior review.

# %%
counts = (challenges.groupby(["period", "kind_label"], observed=True)
          .agg(reports=("report_id", "nunique"), bodies=("body_key", "nunique"),
               cases=("total", "sum"), reports_with_cases=("total", lambda s: int((s > 0).sum()))))
counts

# %% [markdown]
# ## Correction rates
#
# The correction rate is corrected ÷ decided cases (upheld + corrected + other), leaving
# pending cases out: they have no outcome yet. Rows where the report does not give the
# corrected count are left out (it is missing, not zero), and so is a department's report when
# its area's report of the same year is in (its cases are counted there). Cases are pooled over
# reports within each kind and period; the 95% intervals come from a bootstrap over bodies (a
# body's reports resampled together), and a pool of a single body gets none: it is one body's
# record, not a period estimate.
# With fewer than ten bodies a percentile bootstrap can itself be too narrow, so where the Wilson
# interval is wider its bound is taken (the column `interval` says so, and the pools are named
# below): read the intervals as a lower bound on the uncertainty, not as precise.

# %%
outcomes = analysis.poolable(challenges, kept).dropna(subset=["corrected"]).assign(
    decided=lambda d: d[["upheld", "corrected", "other"]].fillna(0).sum(axis=1))
print(f"left out for a missing corrected count: {challenges['corrected'].isna().sum()} rows "
      f"of {len(challenges)}")
correction = analysis.proportions(outcomes, "corrected", "decided", ["period", "kind_label"], cluster="body_key")
widened = correction[correction["interval"].fillna("bootstrap") != "bootstrap"]
print("a Wilson bound taken for: " + (", ".join(widened["kind_label"] + " (" + widened["period"] + ")") or "none"))
correction

# %%
fig, ax = plotting.figure("wide")
order = [plotting.label(k) for k in ("review", "lawsuit", "suit_direct", "suit_after_review")]
shown = correction[correction["bodies"] >= 2].copy()  # one body's record is no period estimate
shown["kind_label"] = pd.Categorical(shown["kind_label"], categories=order, ordered=True)
shown = shown.sort_values(["kind_label", "period"])
for i, row in enumerate(shown.itertuples()):
    colour = plotting.PERIOD_COLOURS[row.period]
    bounds = shown.iloc[[i]][["rate", "low", "high"]].fillna(row.rate)
    ax.errorbar(row.rate, i, xerr=plotting.interval_errors(bounds), fmt="o", color=colour)
    ax.annotate(f"{row.k}/{row.n} cases, {row.reports} reports, {row.bodies} bodies",
                (bounds["high"].iloc[0], i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=7)
ax.set_yticks(range(len(shown)), [r.kind_label if r.period in r.kind_label else f"{r.kind_label} ({r.period})"
                                  for r in shown.itertuples()])
ax.set(xlim=(0, 1), xlabel="corrected / decided (95% interval over bodies:\nbootstrap, or Wilson where wider)",
       title="Correction rates in review and lawsuits")
ax.invert_yaxis()
pools = set(zip(shown["period"], shown["kind_label"].astype(str)))
used = outcomes[[pool in pools for pool in zip(outcomes["period"], outcomes["kind_label"].astype(str))]]
plotting.save_figure(fig, "03_correction_rates", svg=True,
                     n=f"{used['report_id'].nunique()} reports, {used['body_key'].nunique()} bodies, "
                       f"{int(used['decided'].sum())} decided cases (pools of one body left out)");
print("left out of the figure (one body):", ", ".join(
    f"{r.kind_label}: {r.k}/{r.n}" for r in correction[correction["bodies"] < 2].itertuples()) or "none")

# %% [markdown]
# ## Pending cases (2019 on)
#
# The share of a year's cases still undecided when the report was written. A high share
# means this year's correction rate is provisional.

# %%
recent = analysis.poolable(challenges[challenges["period"] == "2019 on"], kept)
analysis.proportions(recent.dropna(subset=["pending", "total"]), "pending", "total", "kind_label", cluster="body_key")

# %% [markdown]
# ## To court directly, or after review? (2019 on)

# %%
suits = (recent[recent["kind"].isin(["suit_direct", "suit_after_review"])]
         .pivot_table(index=["body_key", "year"], columns="kind", values="total", aggfunc="sum", observed=True)
         .dropna())
suits = suits[suits.sum(axis=1) > 0]
suits.sum().to_frame("lawsuits").assign(share=lambda d: d["lawsuits"] / d["lawsuits"].sum())

# %%
per_year = suits.groupby("year").sum().rename(columns=plotting.label)
fig, ax = plotting.figure("small")
per_year.plot.bar(stacked=True, ax=ax, rot=0, color=plotting.OTHER_COLOURS[:2])
ax.set(xlabel="year reported on", ylabel="lawsuits (all bodies, all levels)",
       title="Lawsuits brought directly or after review")
ax.legend(title=None)
plotting.save_figure(fig, "03_suits_direct_vs_after_review",
                     n=f"{len(suits)} reports, {suits.index.get_level_values('body_key').nunique()} bodies, "
                       f"{int(suits.to_numpy().sum())} lawsuits");

# %% [markdown]
# The bars add cases across bodies of different levels: read them as "cases in the reports we
# have", not as a total for any place (a city's count already includes its departments').
# Note the chart shows counts per report-year, not per body: one or two reports with many
# suits dominate it.

# %% [markdown]
# ## Challenges per 100 refusals, before and after 2019
#
# How often is a refusal challenged? The numerator is the report's review cases plus its
# lawsuits (all kinds); the denominator is its refusals under two definitions from
# `gidata.rates` (see notebook 02): the narrow one (refused under a stated exemption) and the
# broad one (refused, unable to provide or not processed). Only reports that give both the
# challenges and the outcomes enter; cases and refusals are pooled within each period, with a
# 95% interval from a bootstrap over bodies. A pool of a single body is in the table but not in the
# figure: it is one body's record, not a period estimate.

# %%
from gidata.analysis.rates import RATES, rate_table  # noqa: E402

for name in ("refusal_narrow", "refusal_broad"):
    print(f"{name}: {RATES[name].description}")

harmonised = analysis.load_kept("harmonised", kept)
cases = challenges.groupby("report_id")["total"].sum(min_count=1).dropna().rename("challenges")
per_100 = []
for name in ("refusal_narrow", "refusal_broad"):
    rates = rate_table(harmonised, name)
    usable = rates["reason"].isna() | (rates["reason"] == "denominator is zero")  # zero refusals is a count
    refusals = rates[usable].set_index("report_id")["k"].rename("refusals")
    both = (pd.concat([cases, refusals], axis=1, join="inner")
            .join(kept.set_index("report_id")[["regime", "body_key"]]).rename_axis("report_id").reset_index())
    both = analysis.poolable(both, kept).assign(period=lambda d: analysis.period(d["regime"]))
    ratio = analysis.proportions(both, "challenges", "refusals", "period", cluster="body_key", scale=100, ratio=True)
    per_100.append(ratio.assign(definition=name))
per_100 = pd.concat(per_100).rename(columns={"k": "challenges", "n": "refusals", "rate": "per_100_refusals"})
per_100

# %%
fig, ax = plotting.figure("small")
for j, per in enumerate(("before 2019", "2019 on")):
    shown = per_100[(per_100["period"] == per) & (per_100["bodies"] >= 2)]  # one body is no period estimate
    part = shown.set_index("definition").reindex(["refusal_narrow", "refusal_broad"])
    x = [i + (j - 0.5) * 0.3 for i in range(2)]
    bounds = part[["per_100_refusals", "low", "high"]].fillna({"low": part["per_100_refusals"],
                                                              "high": part["per_100_refusals"]})
    ax.errorbar(x, part["per_100_refusals"], yerr=plotting.interval_errors(bounds, value="per_100_refusals"),
                fmt="o", color=plotting.PERIOD_COLOURS[per], capsize=3, label=per)
    for xi, row in zip(x, part.itertuples()):
        if pd.notna(row.per_100_refusals):
            ax.annotate(f"{int(row.reports)} rep., {int(row.bodies)} bod.", (xi, row.per_100_refusals), xytext=(5, 0),
                        textcoords="offset points", va="center", fontsize=7)
ax.set_xticks(range(2), ["narrow", "broad"])
ax.set(xlabel="refusal definition (95% interval: bootstrap over bodies)",
       ylabel="reviews + lawsuits per 100 refusals", title="Challenges per 100 refusals")
ax.legend(title=None)
plotting.save_figure(fig, "03_challenges_per_100_refusals",
                     n=f"up to {int(per_100['reports'].max())} reports, {int(per_100['bodies'].max())} bodies a pool");

# %% [markdown]
# ## What this says, and what it cannot
#
# - Counts are small (the cases by period and the bodies that hold most of them are printed
#   below; 沭阳县 is printed 沐阳县 in its own title). The intervals above are wide, and the
#   before/after comparison rests on the handful of pre-2019 reports that give outcomes at all.
#   **Nothing here supports a conclusion about China**; it shows how to compute the numbers on
#   a bigger release.
# - Challenges in a year are not necessarily about that year's refusals (a review decided in
#   2023 may concern a 2022 answer), and applicants also challenge "unable to provide" and
#   "not processed" answers, which is why the ratio per 100 refusals moves so much between the
#   narrow and the broad definition.
# - A jurisdiction's report includes its departments' cases; bodies of different levels are
#   pooled here only as a set of reports, never added into a regional total.

# %%
names = kept.drop_duplicates("body_key").set_index("body_key")["body_name"]
for per, part in challenges.groupby("period"):
    by_body = part.groupby("body_key")["total"].sum().sort_values(ascending=False)
    top = by_body[by_body > 0].head(4)
    print(f"{per}: {int(by_body.sum())} review cases and lawsuits; {top.sum() / by_body.sum():.0%} of them in "
          + ", ".join(f"{names[b]} ({int(c)})" for b, c in top.items()))
