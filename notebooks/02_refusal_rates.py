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
# # 02 · Refusal rates: how often are requests refused, and on what grounds?
#
# **Questions:** what happens to the requests bodies decide; how much of what is *not*
# disclosed is refused under an exemption, and how much is "information not held"
# (本机关不掌握相关政府信息); does a body's refusal rate depend on how the rate is defined; and
# how do rates line up across the 2019 change of format?
#
# Everything here uses the `harmonised` table — each report's figures mapped onto one set of
# measures through the documented crosswalk (`gidata.harmonise.CROSSWALK`) — and the named
# rate definitions of `gidata.rates.RATES`, so that every number below can be reproduced
# with one call.

# %%
import pandas as pd
import seaborn as sns
from matplotlib.patches import Patch

import gidata
from gidata import analysis
from gidata.analysis import plotting
from gidata.release.harmonise import CROSSWALK, MEASURE_BY_CODE
from gidata.analysis.rates import RATES, rate_table

plotting.set_style()
reports = gidata.load("reports")
kept, left_out = analysis.select_reports(reports)
harmonised = analysis.load_kept("harmonised", kept)
body_of = kept.set_index("report_id")["body_key"]
names = analysis.body_labels(kept)
print(f"nested in another kept report of the same year (left out of every pool): "
      f"{', '.join(kept.loc[kept['nested'], 'report_id'])}")
analysis.coverage(kept, left_out)

# %% [markdown]
# ## The crosswalk across the 2019 break
#
# The outcome categories changed in 2019. This is how each harmonised outcome is read from
# each format; `exact = False` marks a mapping that is not one to one (the notes say how it
# was decided). Read it before comparing anything across 2019.

# %%
OUTCOMES = ["granted", "partly_granted", "refused", "unable_to_provide", "not_processed", "other"]
crosswalk = pd.DataFrame([
    {"measure": code, "label": MEASURE_BY_CODE[code].label_en,
     **{regime: " | ".join("+".join(alt) for alt in (src.alternatives or [("—",)]))
        for regime, src in CROSSWALK[code].items()},
     "pre2019 exact": CROSSWALK[code]["pre2019"].exact, "note (pre2019)": CROSSWALK[code]["pre2019"].note}
    for code in OUTCOMES + ["unable_not_held", "total_decided"]
])
crosswalk

# %% [markdown]
# ## What happens to requests: outcome shares
#
# Pooled over the reports that give all six outcome groups in full and decided at least one
# request, by period and level. Before 2019 not one report of this corpus qualifies except
# 三门峡市 2017, and it lacks the partial-disclosure row, so the shares below are for 2019 on.
# A department's report is left out of every pool when the report of its whole area for the
# same year is in it too (平潭综合实验区 and its departments): its requests are counted there.

# %%
outcomes = analysis.wide(analysis.poolable(harmonised, kept), OUTCOMES + ["total_decided"]).dropna(subset=OUTCOMES)
outcomes["period"] = analysis.period(outcomes["regime"])
outcomes["group"] = outcomes["period"] + ", " + outcomes["level"].astype("string")
outcomes = outcomes[outcomes["total_decided"] > 0]
outcome_shares = analysis.shares(outcomes, OUTCOMES, "group")
outcome_counts = outcomes.groupby("group").agg(reports=("report_id", "size"),
                                                bodies=("report_id", lambda r: r.map(body_of).nunique()),
                                                decided=("total_decided", "sum"))
outcome_counts.join(outcome_shares.round(3))

# %%
fig, ax = plotting.figure("wide")
plot = outcome_shares.rename(columns=plotting.label)
plot.index = [f"{g} ({int(outcome_counts.loc[g, 'decided'])} decided)" for g in plot.index]
plot.plot.barh(stacked=True, ax=ax, width=0.7, color=plotting.OTHER_COLOURS[:len(OUTCOMES)])
ax.set(xlabel="share of decided requests", ylabel="", xlim=(0, 1),
       title="Outcomes of decided requests (pooled over reports)")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, title=None)
ax.invert_yaxis()
plotting.save_figure(fig, "02_outcome_shares", svg=True,
                     n=f"{int(outcome_counts['reports'].sum())} reports, "
                       f"{outcomes['report_id'].map(body_of).nunique()} bodies, "
                       f"{int(outcome_counts['decided'].sum())} decided requests");

# %% [markdown]
# ## Grounds for not disclosing (2019 on)
#
# From 2019 the matrix gives the ground of every refusal and every "unable to provide". The
# question is how much of the non-disclosure is a genuine refusal under an exemption, and how
# much is "not held by this body" — which may be a correct answer (wrong body asked) or a
# convenient one.

# %%
GROUNDS = ["refused_secret", "refused_law", "refused_safety", "refused_third_party", "refused_internal",
           "refused_process", "refused_enforcement", "refused_other",
           "unable_not_held", "unable_needs_creation", "unable_unclear", "not_processed", "other"]
grounds = analysis.wide(analysis.poolable(harmonised[harmonised["regime"] != "pre2019"], kept),
                        GROUNDS).dropna(subset=GROUNDS)
totals = grounds[GROUNDS].sum()
ground_table = pd.DataFrame({"label": [plotting.label(g) for g in GROUNDS], "cases": totals,
                             "share": totals / totals.sum()})
print(f"{len(grounds)} reports of {grounds['report_id'].map(body_of).nunique()} bodies give every ground; "
      f"{int(totals.sum())} requests not disclosed in all.")
ground_table.round(3)

# %%
not_held = analysis.poolable(rate_table(harmonised, "not_held_share"), kept).assign(
    body_key=lambda d: d["report_id"].map(body_of))
not_held_recent = not_held[(not_held["regime"] != "pre2019") & not_held["reason"].isna()]
headline = analysis.proportions(not_held_recent.assign(all="all"), "k", "n", "all", cluster="body_key")
wilson = analysis.proportions(not_held_recent.assign(all="all"), "k", "n", "all")
print(RATES["not_held_share"].description)
print(f"Not held, as a share of refused + unable to provide (2019 on): {headline['rate'].iloc[0]:.1%} "
      f"(95% interval over bodies, from the {headline['interval'].iloc[0]}: "
      f"{headline['low'].iloc[0]:.1%}-{headline['high'].iloc[0]:.1%}; "
      f"Wilson, treating requests as independent: {wilson['low'].iloc[0]:.1%}-{wilson['high'].iloc[0]:.1%}; "
      f"{int(headline['k'].iloc[0])} of {int(headline['n'].iloc[0])} requests, {len(not_held_recent)} reports, "
      f"{int(headline['bodies'].iloc[0])} bodies)")
print(f"Not held, as a share of everything not disclosed (2019 on): "
      f"{totals['unable_not_held'] / totals.sum():.1%}")

# %%
fig, ax = plotting.figure("wide")
REFUSED, NOT_HELD, OTHER = plotting.OTHER_COLOURS[0], plotting.OTHER_COLOURS[5], plotting.OTHER_COLOURS[6]
colours = [NOT_HELD if g == "unable_not_held" else (REFUSED if g.startswith("refused") else OTHER) for g in GROUNDS]
ax.barh(ground_table["label"], ground_table["share"], color=colours)
for i, (share, cases) in enumerate(zip(ground_table["share"], ground_table["cases"])):
    ax.annotate(f"{int(cases)}", (share, i), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
ax.invert_yaxis()
ax.set(xlabel="share of requests not disclosed (2019 on, pooled)", ylabel="",
       title="Grounds for not disclosing a request (2019 on)")
ax.legend(handles=[Patch(color=REFUSED, label="refused under an exemption"), Patch(color=NOT_HELD, label="not held"),
                   Patch(color=OTHER, label="other grounds")], loc="center right")
plotting.save_figure(fig, "02_refusal_reasons", svg=True,
                     n=f"{len(grounds)} reports, {grounds['report_id'].map(body_of).nunique()} bodies, "
                       f"{int(totals.sum())} requests not disclosed");

# %% [markdown]
# ## Two (three) definitions of the refusal rate
#
# A refusal rate needs a stated definition. `gidata.rates.RATES` defines them once:

# %%
DEFINITIONS = ["refusal_narrow", "refusal_broad", "nondisclosure"]
for name in DEFINITIONS:
    print(f"{name:15s} {RATES[name].description}")

# %% [markdown]
# Each definition is computed per report (`rate_table`); a report enters when it gives every
# measure the definition needs, in full. How many reports each definition can use, and why the
# others drop out:

# %%
rates = pd.concat([rate_table(harmonised, name).assign(definition=name) for name in DEFINITIONS])
rates["period"] = analysis.period(rates["regime"])
rates["body_key"] = rates["report_id"].map(body_of)
usable = analysis.poolable(rates[rates["reason"].isna()], kept)
(rates.assign(reason=rates["reason"].fillna("used").str.replace(r":.*", "", regex=True))
 .groupby(["definition", "period", "reason"]).size().unstack(fill_value=0))

# %% [markdown]
# Pooled rates, with 95% intervals from a bootstrap over bodies (a body's reports are resampled
# together, so one large body cannot make the interval narrow), beside the Wilson interval that
# treats every request as independent. A pool of one body has no interval and is not a period
# estimate: it is shown in the table, not in the figure. With few bodies the bootstrap is itself
# rough and can collapse, so the interval given (and drawn) is the wider of the two: the column
# `interval` says where a Wilson bound was taken.

# %%
pooled = analysis.proportions(usable, "k", "n", ["definition", "period"], cluster="body_key")
naive = analysis.proportions(usable, "k", "n", ["definition", "period"])
pooled.assign(wilson_low=naive["low"], wilson_high=naive["high"]).round(3)

# %%
shown = pooled[pooled["bodies"] >= 2]
fig, ax = plotting.figure("small")
for j, per in enumerate(("before 2019", "2019 on")):
    part = shown[shown["period"] == per].set_index("definition").reindex(DEFINITIONS)
    y = [i + (j - 0.5) * 0.25 for i in range(len(DEFINITIONS))]
    ax.errorbar(part["rate"], y, xerr=plotting.interval_errors(part[["rate", "low", "high"]].fillna(0)),
                fmt="o", color=plotting.PERIOD_COLOURS[per], label=per)
    for yi, row in zip(y, part.itertuples()):
        if pd.notna(row.rate):
            ax.annotate(f"{int(row.reports)} reports, {int(row.bodies)} bodies", (row.high, yi), xytext=(4, 0),
                        textcoords="offset points", va="center", fontsize=7)
ax.set_yticks(range(len(DEFINITIONS)), ["narrow", "broad", "non-disclosure"])
ax.invert_yaxis()
ax.set(xlim=(0, 1), xlabel="pooled rate (95% interval over bodies: bootstrap, or Wilson where wider)",
       title="Refusal rate under three definitions")
ax.legend(title=None, loc="upper right")
plotting.save_figure(fig, "02_refusal_definitions",
                     n=f"up to {int(shown['reports'].max())} reports, {int(shown['bodies'].max())} bodies a pool");

# %% [markdown]
# ## Each body's rate, with intervals (2019 on)
#
# Pooled over each body's reports from 2019 on (a Wilson interval within the body: its own
# requests over its years). Bodies are named in pinyin (`reports.body_pinyin`), the same in every
# notebook; the table gives the Chinese names. Jurisdictions (whole areas) and departments are
# different kinds of unit: compare within a kind.

# %%
recent = usable[usable["period"] == "2019 on"]
per_body = analysis.proportions(recent, "k", "n", ["definition", "body_key"])
per_body["name"] = per_body["body_key"].map(names)
per_body["中文"] = per_body["body_key"].map(kept.drop_duplicates("body_key").set_index("body_key")["body_name"])
levels = kept.drop_duplicates("body_key").set_index("body_key")["level"].astype("string")
per_body["level"] = per_body["body_key"].map(levels)
per_body.pivot_table(index=["name", "中文", "level"], columns="definition", values=["n", "rate"]).round(3)

# %%
two = per_body[per_body["definition"].isin(DEFINITIONS[:2])]
fig, ax = plotting.figure("tall")
order = sorted(two["name"].unique())
for j, (name, marker) in enumerate(zip(DEFINITIONS[:2], ("o", "s"))):
    part = two[two["definition"] == name].set_index("name").reindex(order)
    y = [i + (j - 0.5) * 0.3 for i in range(len(order))]
    ax.errorbar(part["rate"], y, xerr=plotting.interval_errors(part), fmt=marker, color="none", ecolor="grey")
    ax.scatter(part["rate"], y, marker=marker, c=[plotting.LEVEL_COLOURS[lvl] for lvl in part["level"]],
               label=name, zorder=3)
ax.set_yticks(range(len(order)), [f"{n} ({int(two.loc[two['name'] == n, 'n'].max())})" for n in order])
ax.invert_yaxis()
ax.set(xlim=(0, 1), xlabel="refusal rate, 2019 on (95% Wilson interval)\ncircle: narrow definition, square: broad",
       title="Refusal rate by body (requests decided)")
plotting.level_legend(ax, two["level"], loc="lower right")
plotting.save_figure(fig, "02_refusal_rate_by_body", svg=True,
                     n=f"{recent['report_id'].nunique()} reports, {len(order)} bodies, "
                       f"{int(two.groupby('body_key')['n'].max().sum())} requests decided");

# %% [markdown]
# **How the conclusions move.** Under the narrow definition every body refuses few requests
# (under a tenth) and the intervals overlap; under the broad one the rates are several times
# higher and the order of bodies changes, because bodies differ mostly in how often they
# answer "not held" or "not processed", not in how often they invoke an exemption. The rank
# correlations between the definitions across bodies (weak: a body's narrow rate says little
# about its broad rate here):

# %%
ranks = per_body.pivot_table(index="body_key", columns="definition", values="rate")
print(ranks.corr(method="spearman").round(2))
print(f"bodies with both rates: {len(ranks.dropna())}; Spearman correlation of the narrow and the broad rate: "
      f"{ranks.corr(method='spearman').loc['refusal_narrow', 'refusal_broad']:.2f}")

# %% [markdown]
# ## Funnel plot: rate against volume
#
# Each report from 2019 on (broad definition) against the number of requests it decided. The
# funnel is the range a body of that volume would show 95% and 99.8% of the time if every
# body had the pooled rate: small bodies scatter widely by chance alone, so only points
# outside the funnel suggest a real difference. Here most of the reports outside it are whole
# jurisdictions, on both sides (counted below): the rates of jurisdictions differ by more than
# chance, which is a reason to compare like with like rather than to rank them.

# %%
funnel_points = recent[recent["definition"] == "refusal_broad"]
p0 = funnel_points["k"].sum() / funnel_points["n"].sum()
limits = analysis.funnel_limits(p0, int(funnel_points["n"].max()))
outside = funnel_points.assign(
    low=funnel_points["n"].astype(int).map(limits[limits["coverage"] == 0.95].set_index("n")["low"]),
    high=funnel_points["n"].astype(int).map(limits[limits["coverage"] == 0.95].set_index("n")["high"]))
outside = outside[(outside["rate"] < outside["low"]) | (outside["rate"] > outside["high"])]
print(f"pooled broad refusal rate {p0:.3f} over {len(funnel_points)} reports; "
      f"{len(outside)} outside the 95% funnel, {int((outside['level'] != 'department').sum())} of them jurisdictions "
      f"({int((outside['rate'] > p0).sum())} above the pooled rate, {int((outside['rate'] < p0).sum())} below)")
outside[["report_id", "year", "level", "k", "n", "rate"]]

# %%
fig, ax = plotting.figure("wide")
for cov, style in ((0.95, "--"), (0.998, ":")):
    part = limits[limits["coverage"] == cov]
    ax.plot(part["n"], part["low"], style, color="grey", label=f"{cov:.1%} limits")
    ax.plot(part["n"], part["high"], style, color="grey")
ax.axhline(p0, color="black", lw=1, label=f"pooled rate {p0:.2f}")
sns.scatterplot(data=funnel_points.astype({"level": "string"}), x="n", y="rate", hue="level", ax=ax, s=50,
                palette=plotting.LEVEL_COLOURS)
ax.set(xscale="log", ylim=(-0.02, 1.02), xlabel="requests decided (log scale)",
       ylabel="broad refusal rate", title="Funnel plot: broad refusal rate against volume (reports from 2019 on)")
ax.legend(title=None)
plotting.save_figure(fig, "02_refusal_rate_funnel", svg=True,
                     n=f"{len(funnel_points)} reports, {funnel_points['body_key'].nunique()} bodies, "
                       f"{int(funnel_points['n'].sum())} requests decided");

# %% [markdown]
# ## Across the 2019 break
#
# Pooled rates by year, through the crosswalk. Before 2019 the broad and non-disclosure
# rates need "not this body / does not exist" and "other channel" rows that most of the
# pre-2019 tables in this corpus (the Fujian provincial variant) do not have, so the broad
# rate has a single pre-2019 point (三门峡市 2017) and only the narrow rate a short series.

# %%
by_year = analysis.proportions(usable[usable["definition"].isin(DEFINITIONS[:2])], "k", "n",
                               ["definition", "year"], cluster="body_key")
by_year

# %%
fig, ax = plotting.figure("wide")
# Colours that are no level's (the level colours mean a level in every figure).
DEFINITION_STYLE = {"refusal_narrow": ("#000000", "narrow: refused under an exemption"),
                    "refusal_broad": ("#949494", "broad: refused, unable to provide or not processed")}
for j, name in enumerate(DEFINITIONS[:2]):
    colour, legend = DEFINITION_STYLE[name]
    part = by_year[by_year["definition"] == name].sort_values("year")
    x = part["year"].astype(int) + (j - 0.5) * 0.2
    filled = part.fillna({"low": part["rate"], "high": part["rate"]})
    ax.errorbar(x, part["rate"], yerr=plotting.interval_errors(filled), fmt="none", ecolor=colour, capsize=2)
    several = part[part["bodies"] >= 2]
    plotting.series(ax, several["year"], several["rate"], colour, label=legend, offset=(j - 0.5) * 0.2)
    single = part[part["bodies"] < 2]  # one body's report: shown hollow, joined to nothing
    ax.plot(single["year"].astype(int) + (j - 0.5) * 0.2, single["rate"], "o", mfc="white", color=colour)
    for xi, row in zip(x, part.itertuples()):
        ax.annotate(f"{row.bodies}", (xi, row.rate), xytext=(0, -11), textcoords="offset points", ha="center",
                    fontsize=7, color=colour)
plotting.mark_break(ax, y=0.75)  # below the legend
ax.set(ylim=(0, 1), xlabel="year reported on (under each point: bodies; hollow: a single body)",
       ylabel="pooled rate (95% interval over bodies:\nbootstrap, or Wilson where wider)",
       title="Refusal rates by year")
ax.legend(title=None, loc="upper left")
plotting.save_figure(fig, "02_break_2019", svg=True,
                     n=f"{usable[usable['definition'].isin(DEFINITIONS[:2])]['report_id'].nunique()} reports, "
                       f"{usable['body_key'].nunique()} bodies");

# %% [markdown]
# ## What this says, and what it cannot
#
# - **Not held dominates non-disclosure.** From 2019 on, "not held by this body" is the single
#   largest ground for not disclosing in this corpus, far ahead of any exemption: the headline
#   number is printed above with its interval and its counts (reports, bodies, requests). This
#   matches what readers of the reports describe, but a few bodies contribute most of the
#   cases (their shares are printed below), so the interval from the bootstrap over bodies is
#   wider than the Wilson interval that treats requests as independent (the ratio of their
#   widths is printed below).
# - **The definition matters more than the body.** The narrow rate (exemptions only) is low
#   everywhere; the broad rate is several times higher. Any comparison of bodies must state
#   which definition it uses; a ranking under one can reverse under the other.
# - **The 2019 break cannot be measured here.** Before 2019 most reports in this corpus
#   received almost no requests, and only one (三门峡市 2017) gives every category; the
#   pre-2019 points of the figure are single reports, drawn hollow, with no interval (one body
#   is no period estimate), and the pooled narrow rate before 2019 rests on a few bodies with
#   a very wide interval (the table of pooled rates above). The crosswalk is documented so that
#   a larger release can answer the question; this one cannot.
# - Reports of whole areas (jurisdiction) include their departments' requests: the pools above
#   are pools of reports, never regional totals.

# %%
by_body = not_held_recent.groupby("body_key")["k"].sum().sort_values(ascending=False)
print("Share of the 'not held' cases (2019 on) by body, largest first: " + ", ".join(
    f"{names.get(b, b)} {k / by_body.sum():.0%}" for b, k in by_body.head(3).items()))
print(f"Width of the interval over bodies over the Wilson interval: "
      f"{(headline['high'].iloc[0] - headline['low'].iloc[0]) / (wilson['high'].iloc[0] - wilson['low'].iloc[0]):.1f}")
