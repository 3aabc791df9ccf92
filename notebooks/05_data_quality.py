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
# # 05 · Data quality: how often do reports break their own accounting identities?
#
# The report tables carry accounting identities (勾稽关系): in the 2019/2021 applicant matrix,
# new + carried over = total decided + carried forward, the total is the sum of the outcome
# groups, and each row's total column is the sum of the applicant columns; before 2019,
# received = the sum of the channels, replies = the sum of their eight categories, staff =
# full-time + part-time; review and lawsuit totals are the sums of their outcomes.
#
# **Question:** how often do the published reports break these identities, which identities,
# and does that differ by regime and level? A break is data about the report (a typo, a case
# counted twice, a template filled in carelessly), which is why the datasets *flag* breaks in
# `checks` and never "fix" a value.

# %%
import seaborn as sns

import gidata
from gidata import analysis
from gidata.analysis import plotting
from gidata.analysis.quality import break_rates

plotting.set_style()
reports = gidata.load("reports")
checks = gidata.load("checks")
kept, left_out = analysis.select_reports(reports)
checks = checks[checks["report_id"].isin(kept["report_id"])].merge(
    kept[["report_id", "body_key", "year", "level", "regime"]], on="report_id")
analysis.coverage(kept, left_out)

# %% [markdown]
# ## The numbers this rests on
#
# An identity can only be checked when the report states the total *and* all its parts, so
# the denominator is the number of identities checked, not the number of reports.

# %%
checked = checks.groupby("report_id").size()
print(f"{len(kept)} reports used; {checked.size} have at least one checkable identity "
      f"({len(checks)} identities checked); {len(kept) - checked.size} have none "
      "(prose-only reports, or totals without parts).")
print(f"{int((~checks['holds']).sum())} identities broken, in "
      f"{checks.loc[~checks['holds'], 'report_id'].nunique()} reports.")

# %% [markdown]
# ## Which identities break

# %%
by_identity = break_rates(checks, "family")
by_identity

# %%
fig, ax = plotting.figure("wide")
sns.barplot(data=by_identity.reset_index(), y="family", x="break_share", color="#555555", ax=ax)  # no level's colour
for i, row in enumerate(by_identity.itertuples()):
    ax.annotate(f"{row.broken}/{row.checked}", (row.break_share, i), xytext=(3, 0),
                textcoords="offset points", va="center", fontsize=8)
ax.set(xlabel="share of checked identities that break", ylabel="identity",
       title="Identities broken (k/n = broken/checked)")
plotting.save_figure(fig, "05_breaks_by_identity", svg=True,
                     n=f"{len(checks)} identities checked in {checks['report_id'].nunique()} reports of "
                       f"{checks['body_key'].nunique()} bodies");

# %% [markdown]
# ## By regime and level
#
# Share of reports (with at least one checkable identity) that break at least one.

# %%
per_report = (checks.groupby(["report_id", "regime", "level"], observed=True)["holds"]
              .agg(checked="size", broken=lambda s: int((~s).sum())).reset_index())
per_report["any_break"] = per_report["broken"] > 0
by_group = (per_report.groupby(["regime", "level"], observed=True)["any_break"]
            .agg(reports="size", breaking="sum").assign(share=lambda d: d["breaking"] / d["reports"]))
by_group

# %%
table = by_group.reset_index().astype({"regime": "string", "level": "string"})
share = table.pivot(index="regime", columns="level", values="share").astype("float64")
counts = table.assign(kn=table["breaking"].astype(str) + "/" + table["reports"].astype(str)).pivot(
    index="regime", columns="level", values="kn")
order = [lvl for lvl in plotting.LEVEL_ORDER if lvl in share.columns]
regimes = [r for r in ("pre2019", "2019", "2021") if r in share.index]
fig, ax = plotting.figure("wide")
sns.heatmap(share.loc[regimes, order], annot=counts.loc[regimes, order].fillna(""), fmt="", vmin=0, vmax=1,
            cmap="Reds", cbar_kws={"label": "share of reports with a break"}, linewidths=0.5, ax=ax)
ax.set_yticklabels([plotting.label(r) for r in regimes], rotation=0)
ax.grid(False)
ax.set(xlabel="level", ylabel="", title="Reports breaking an identity (k/n), by regime and level")
plotting.save_figure(fig, "05_breaks_by_regime_level",
                     n=f"{len(per_report)} reports with a checkable identity");

# %% [markdown]
# ## The breaks themselves
#
# Every break, with the stated total, the sum of the parts as the report states them, and
# the difference. Read them against the report: `facts.source_text` holds the row.

# %%
checks.loc[~checks["holds"], ["report_id", "identity", "stated", "computed", "difference", "parts"]]

# %% [markdown]
# ## Across years: do consecutive reports join up?
#
# The `crossyear` table pairs a body's reports of consecutive years: this year's 上年结转
# must equal last year's 结转下年度, and (2021 format) documents in force must equal last
# year's plus those issued minus those repealed. Most pairs cannot be evaluated (a pre-2019
# side, or a missing figure); the reason is recorded for each.

# %%
crossyear = gidata.load("crossyear")
evaluable = crossyear.dropna(subset=["holds"])
summary = crossyear.groupby("identity", observed=True)["holds"].agg(
    pairs="size", evaluable="count", holds=lambda s: int(s.fillna(False).astype(bool).sum()))
summary["breaks"] = summary["evaluable"] - summary["holds"]
summary

# %%
evaluable.loc[~evaluable["holds"].astype(bool), ["body", "year_from", "year_to", "identity", "stated", "expected"]]

# %% [markdown]
# ## What this says, and what it cannot
#
# - In this corpus breaks are **rare**: a handful of identities in a few reports, among
#   hundreds checked (the counts are printed above). One of them (平潭综合实验区公安局 2021: one new
#   request, but one decided *and* one carried forward) is the report's own error, confirmed by reading it; breaks read
#   from PDF tables (洪泽区 2023) deserve a second look at the PDF before they are believed.
# - Across years, the documents-in-force arithmetic fails more often than the carry-over: a
#   department's count of normative documents in force does not follow from last year's
#   count and this year's issued and repealed documents — again the report's own figures.
# - The rarity is partly a selection effect: when cells run together, the reader uses the
#   identities to choose among readings, so a table that can only be read *one* way that
#   breaks the identity is kept as a break, while ambiguous ones may be resolved towards
#   consistency. Breaks in prose-only reports cannot be seen at all (nothing to add up).
# - With a few dozen reports, mostly from two places, **no comparison between regimes or
#   levels here is a finding**: the shares above rest on single-digit counts. Studies of
#   national samples of these reports find far more breaks; the method to measure them is
#   what this notebook shows.
