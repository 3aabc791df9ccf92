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
# # 01 · Request volumes: who asks, how much, and where?
#
# **Questions:** how many requests for government information do bodies receive, by year and
# administrative level; who sends them (since 2019 the reports split applicants into natural
# persons and five kinds of organisation); how concentrated are requests across bodies; and,
# in a simple count model, how do volumes vary with level and year?
#
# The volume is the harmonised measure `received`: 收到申请数 before 2019, 本年新收 (new this
# year, not counting those carried over) from 2019 (see the crosswalk in notebook 02).

# %%
import pandas as pd

import gidata
from gidata import analysis
from gidata.analysis import plotting

plotting.set_style()
reports = gidata.load("reports")
kept, left_out = analysis.select_reports(reports)
harmonised = analysis.load_kept("harmonised", kept)
body_of = kept.set_index("report_id")["body_key"]
analysis.coverage(kept, left_out)

# %% [markdown]
# ## The numbers this rests on

# %%
volumes = analysis.wide(harmonised, ["received"]).dropna(subset=["received"])
volumes["body_key"] = volumes["report_id"].map(body_of)
volumes["level"] = volumes["level"].astype("string")
volumes["period"] = analysis.period(volumes["regime"])
print(f"{len(volumes)} of {len(kept)} reports give the number of requests received, for "
      f"{volumes['body_key'].nunique()} bodies; {len(kept) - len(volumes)} do not (prose-only "
      "reports that never state it, or tables the reader could not use).")
volumes.groupby(["period", "level"])["received"].describe()[["count", "min", "50%", "max"]]

# %% [markdown]
# ## Requests per body by year and level
#
# One panel per level, one named line per body; a line joins consecutive years only, and never
# the last year before 2019 to the first after (收到申请数 and 本年新收 are not the same count).
# The scale is symmetric-log so that the many zeros show. Jurisdictions (a whole prefecture or
# county) include their departments' requests; departments count their own: compare within a
# panel, never add across panels.

# %%
names = analysis.body_labels(kept)
bodies_per_level = volumes.groupby("level")["body_key"].nunique()
fig, panels = plotting.level_panels(volumes["level"], weights=bodies_per_level.to_dict())
for level, ax in panels.items():
    rows_of_level = volumes[volumes["level"] == level].sort_values(["body_key", "year"])
    for i, (body, rows) in enumerate(rows_of_level.groupby("body_key", sort=True)):
        colour, marker = plotting.body_style(i)
        plotting.series(ax, rows["year"], rows["received"], colour, label=names[body], marker=marker, ms=4)
    ax.set_yscale("symlog", linthresh=1)
    ax.set_ylim(-0.3, volumes["received"].max() * 2)
    ax.set_yticks([0, 10, 1000], ["0", "10", "1000"])
    ax.axvline(plotting.BREAK_YEAR - 0.5, color="black", lw=1, ls="--")
    ax.set_ylabel(level, color=plotting.LEVEL_COLOURS[level], fontweight="bold")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=6, frameon=False, handlelength=1)
panels["department"].set_xlabel("year reported on (dashed: the 2019 format begins)")
fig.suptitle("Requests received per body and year (symlog scale)", fontweight="bold")
plotting.save_figure(fig, "01_requests_by_year_level", svg=True,
                     n=f"{len(volumes)} reports, {volumes['body_key'].nunique()} bodies, "
                       f"{int(volumes['received'].sum())} requests");

# %% [markdown]
# ## Who asks (2019 on)
#
# The applicant matrix splits new requests by applicant type. Pooled by level over the
# reports that give every column (a department is left out when its area's report of the same
# year is in: its requests are counted there).

# %%
APPLICANTS = ["natural_person", "commercial", "research", "ngo", "legal_services", "other_org"]
matrix = gidata.load("applications")
matrix = matrix[matrix["report_id"].isin(kept["report_id"]) & matrix["applicant"].isin(APPLICANTS)]
by_type = matrix.pivot_table(index=["report_id", "level"], columns="applicant", values="req_new",
                             observed=True).reindex(columns=APPLICANTS).dropna().reset_index()
by_type = analysis.poolable(by_type[by_type[APPLICANTS].sum(axis=1) > 0], kept)
composition = analysis.shares(by_type, APPLICANTS, "level")
counts = by_type.groupby("level", observed=True).agg(
    reports=("report_id", "size"), bodies=("report_id", lambda r: r.map(body_of).nunique()))
counts["requests"] = by_type.groupby("level", observed=True)[APPLICANTS].sum().sum(axis=1)
counts.join(composition.round(3))

# %%
everyone = by_type[APPLICANTS].sum()
people = analysis.proportions(by_type.assign(k=by_type["natural_person"], n=by_type[APPLICANTS].sum(axis=1),
                                             all="all", body_key=by_type["report_id"].map(body_of)),
                              "k", "n", "all", cluster="body_key").iloc[0]
print(f"natural persons: {people['rate']:.1%} (95% interval over bodies, from the {people['interval']}: "
      f"{people['low']:.1%}-"
      f"{people['high']:.1%}) of {int(people['n'])} new requests in {int(people['reports'])} reports of "
      f"{int(people['bodies'])} bodies; commercial enterprises {everyone['commercial'] / everyone.sum():.1%}; "
      f"law firms {everyone['legal_services'] / everyone.sum():.1%}")

# %%
fig, ax = plotting.figure("wide")
plot = composition.rename(columns=plotting.label)
plot.index = [f"{lvl} ({int(counts.loc[lvl, 'requests'])} requests)" for lvl in plot.index]
plot.plot.barh(stacked=True, ax=ax, width=0.7, color=plotting.OTHER_COLOURS[:len(APPLICANTS)])
ax.set(xlim=(0, 1), xlabel="share of new requests (pooled)", ylabel="", title="Who sends requests (2019 on)")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, title=None)
ax.invert_yaxis()
plotting.save_figure(fig, "01_applicant_composition",
                     n=f"{int(counts['reports'].sum())} reports, {by_type['report_id'].map(body_of).nunique()} bodies, "
                       f"{int(counts['requests'].sum())} new requests");

# %% [markdown]
# ## How concentrated are requests?
#
# For each body, its mean number of new requests a year from 2019 on; the Lorenz curve shows
# what share of all requests the smallest x% of bodies receive, and the Gini coefficient sums
# it up (0: every body receives the same; 1: one body receives everything). Shown for all
# bodies and for departments alone, because a jurisdiction's count includes its departments'.

# %%
recent = volumes[volumes["period"] == "2019 on"]
per_body = recent.groupby(["body_key", "level"])["received"].mean().reset_index()
groups = {"all bodies": per_body, "departments": per_body[per_body["level"] == "department"]}
concentration = pd.DataFrame({name: {"bodies": len(g), "gini": analysis.gini(g["received"]),
                                     "top body share": g["received"].max() / g["received"].sum()}
                              for name, g in groups.items()}).T
concentration

# %%
fig, ax = plotting.figure("square")
for (name, g), colour in zip(groups.items(), ("#000000", plotting.LEVEL_COLOURS["department"])):  # black: no level
    curve = analysis.lorenz(g["received"])
    ax.plot(curve["share_units"], curve["share_total"], marker="o", color=colour,
            label=f"{name} (n = {len(g)}, Gini = {analysis.gini(g['received']):.2f})")
ax.plot([0, 1], [0, 1], color="grey", ls="--", label="perfect equality")
ax.set(xlabel="cumulative share of bodies (fewest requests first)", ylabel="cumulative share of requests",
       title="Concentration of requests across bodies (2019 on)", xlim=(0, 1), ylim=(0, 1))
ax.legend(title=None, loc="upper left")
plotting.save_figure(fig, "01_lorenz_requests", svg=True,
                     n=f"{recent['report_id'].nunique()} reports, {len(per_body)} bodies, "
                       f"{int(recent['received'].sum())} requests");

# %% [markdown]
# ## A count model: requests on level and year
#
# A negative binomial GLM (statsmodels) of requests received on the administrative level, the
# year and an indicator of the 2019 definition (`new_definition`: from 2019 a request is 本年新收,
# before it 收到申请数, so a jump at the break is a change of counting as much as of behaviour),
# with standard errors clustered by body (a body's reports are not independent).
# The dispersion parameter is the maximum-likelihood estimate of an NB2 model. Levels with
# fewer than three reports are left out (a single township report cannot identify a level
# effect).

# %%
counts_by_level = volumes["level"].value_counts()
model_data = volumes[volumes["level"].isin(counts_by_level[counts_by_level >= 3].index)].assign(
    year_c=lambda d: d["year"].astype(float) - 2019, received=lambda d: d["received"].astype(float),
    new_definition=lambda d: (d["year"] >= 2019).astype(int))
print("left out (fewer than 3 reports):", dict(counts_by_level[counts_by_level < 3]))
result = analysis.nb_glm(model_data, "received ~ C(level, Treatment('department')) + year_c + new_definition",
                         groups="body_key")
print(f"reports: {int(result.nobs)}, bodies (clusters): {model_data['body_key'].nunique()}, "
      f"alpha = {result.model.family.alpha:.2f}")
analysis.rate_ratios(result)

# %% [markdown]
# Read the rate ratios as multiplicative differences in expected requests: relative to a
# department, per year (centred on 2019), and for the 2019 definition against the earlier one.
# **Caveats, which matter more than the estimates:**
#
# - The corpus is not a sample of China: the level effects compare a few 平潭 and 江苏
#   jurisdictions with three 河北 departments and a few 平潭 departments. They describe these
#   bodies, not levels in general.
# - The year and definition effects are hard to separate with so few bodies followed across
#   the break, and both mix in which bodies happen to be in the corpus in which year. Most
#   pre-2019 reports in it received zero or a handful of requests.
# - Clustered standard errors with fewer than twenty clusters are themselves imprecise; the
#   intervals are optimistic.

# %% [markdown]
# ## What this says, and what it cannot
#
# - Volumes are tiny for departments (most receive fewer than 50 requests a year, many none)
#   and larger for whole jurisdictions; they rise after 2019 in the bodies we can follow.
# - Natural persons send most requests in every level (printed above); organisations,
#   commercial enterprises first, send the rest.
# - Requests are concentrated: a few bodies receive most of them. With about a dozen bodies
#   the Gini coefficient is a description of this corpus, not an estimate for any population.
