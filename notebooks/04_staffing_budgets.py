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
# # 04 · Staffing and budgets: what does disclosure cost, and are there economies of scale?
#
# Before 2019 the national statistical table asked for the disclosure offices (专门机构数),
# reading points (查阅点数), staff (full-time 专职 and part-time 兼职), the special budget
# (专项经费, in 万元 = 10,000 yuan), meetings and training sessions. The 2019 and 2021 formats
# dropped the whole section, so these figures exist for reporting years up to 2018 only
# (and in prose, occasionally, later).
#
# **Questions:** how many staff and how much money go into the work; how much per request;
# and does staff or budget grow less than proportionally with the number of requests
# (economies of scale), in a log-log regression with robust (HC3) standard errors?

# %%
import numpy as np
import seaborn as sns

import gidata
from gidata import analysis
from gidata.analysis import plotting

plotting.set_style()
reports = gidata.load("reports")
kept, left_out = analysis.select_reports(reports)
capacity = analysis.load_kept("capacity", kept)
harmonised = gidata.load("harmonised")
received = (harmonised[(harmonised["measure"] == "received") & harmonised["report_id"].isin(kept["report_id"])]
            .set_index("report_id")["value"].rename("received"))
analysis.coverage(kept, left_out)

# %% [markdown]
# ## The numbers this rests on

# %%
CAPACITY = ["offices", "reading_rooms", "staff_full_time", "staff_part_time", "staff_total", "budget_wan_yuan",
            "meetings", "trainings", "trainees"]
given = capacity.set_index("report_id")[CAPACITY].notna().sum()
pre2019 = kept[kept["regime"] == "pre2019"]
print(f"{len(pre2019)} reports before 2019 (when the table asked for these figures); "
      f"{capacity[CAPACITY].notna().any(axis=1).sum()} reports give at least one of them.")
given.rename(lambda c: plotting.label(c)).to_frame("reports giving it")

# %%
table = (capacity.set_index("report_id")[["body", "year", "level"] + CAPACITY]
         .join(received).dropna(subset=CAPACITY, how="all"))
table

# %% [markdown]
# ## Staff, offices and training

# %%
staffed = table.dropna(subset=["staff_full_time", "staff_part_time"], how="all").reset_index()
staffed["name"] = staffed["report_id"].map(kept.set_index("report_id")["body_pinyin"])
staffed["label"] = [f"{b} ({lvl}, {y})" for b, lvl, y in zip(staffed["name"], staffed["level"], staffed["year"])]
long = staffed.melt(id_vars="label", value_vars=["staff_full_time", "staff_part_time"],
                    var_name="kind", value_name="staff").dropna()
long["kind"] = long["kind"].map(plotting.label)
fig, ax = plotting.figure("wide")
sns.barplot(data=long, y="label", x="staff", hue="kind", ax=ax, palette=list(plotting.OTHER_COLOURS[:2]))
ax.set(xscale="symlog", xlabel="staff (symlog scale)", ylabel="", title="Disclosure staff")
ax.legend(title=None, loc="lower right")
plotting.save_figure(fig, "04_staff_per_report",
                     n=f"{len(staffed)} reports, {staffed['name'].nunique()} bodies, years {staffed['year'].min()}-"
                       f"{staffed['year'].max()} (after 2018 from prose)");
staffed[["label", "body", "staff_full_time", "staff_part_time", "offices", "trainings", "trainees"]]

# %% [markdown]
# ## Cost and staff per request
#
# Budget (万元) and staff per request received, where a report gives both and received at
# least one request. A body that received no request still pays its staff: for those the
# ratio is undefined, not zero.

# %%
ratios = table.assign(budget_per_request=table["budget_wan_yuan"] / table["received"],
                      staff_per_request=table["staff_total"] / table["received"])
ratios = ratios.replace([np.inf, -np.inf], np.nan)
ratios[["body", "year", "level", "received", "staff_total", "budget_wan_yuan", "staff_per_request",
        "budget_per_request"]]

# %% [markdown]
# ## Economies of scale: a log-log regression
#
# log(staff) = a + b·log(requests received), ordinary least squares with HC3 standard errors
# (robust to heteroscedasticity, and the safest choice in small samples). b < 1 would mean
# staff grow less than proportionally with requests. Only reports with positive staff and
# positive requests enter; `gidata.analysis.loglog_fit` declines to fit on fewer than five,
# because HC3 divides by one minus each point's leverage, which is zero or near it with so
# few points.

# %%
fits = {}
for outcome in ("staff_total", "budget_wan_yuan"):
    fit = analysis.loglog_fit(table, outcome, "received")
    usable = int(((table[outcome] > 0) & (table["received"] > 0)).sum())
    fits[outcome] = fit
    if fit is None:
        print(f"{outcome}: not estimated — {usable} report(s) with both positive; at least 5 needed.")
    else:
        print(f"{outcome}: elasticity {fit.params['log_x']:.2f} "
              f"(HC3 95% CI {fit.conf_int().loc['log_x', 0]:.2f} to {fit.conf_int().loc['log_x', 1]:.2f}), "
              f"n = {int(fit.nobs)}")

# %% [markdown]
# The scatter of staff against requests is drawn only when the fit is (five reports or more):
# a figure of two or three points would look like evidence and is not.

# %%
points = table[(table["staff_total"] > 0)].reset_index()
if fits["staff_total"] is None:
    print(f"No figure: {len(points)} reports give staff, too few to show a relation.")
    print(points[["body", "year", "level", "received", "staff_total"]].to_string(index=False))
else:
    fig, ax = plotting.figure("small")
    sns.scatterplot(data=points.astype({"level": "string"}), x="received", y="staff_total", hue="level", s=60,
                    ax=ax, palette=plotting.LEVEL_COLOURS)
    grid = np.linspace(np.log(points["received"].clip(lower=1)).min(), np.log(points["received"]).max(), 50)
    ax.plot(np.exp(grid), np.exp(fits["staff_total"].params["Intercept"] + fits["staff_total"].params["log_x"] * grid),
            color="black", lw=1, label="log-log fit")
    ax.set(xscale="symlog", yscale="log", xlabel="requests received (symlog scale)",
           ylabel="disclosure staff (log scale)", title="Staff against requests (reports before 2019)")
    ax.legend(title=None, loc="lower right")
    plotting.save_figure(fig, "04_staff_vs_requests", n=f"{len(points)} reports")

# %% [markdown]
# ## What this says, and what it cannot
#
# - **This corpus cannot answer the economies-of-scale question.** Only a handful of reports
#   give staff or budget figures (counted above): the seed reports from other provinces, two
#   平潭 departments and the 2018 statistical table of 河北省教育厅; the other 平潭 and 河北
#   reports say in prose that the work is done "part-time by office staff" (由办公室人员兼职经办)
#   without numbers. The regression is written and runs as soon as a release holds five or
#   more reports with staff (or budget) and requests; here it declines, and says why, rather
#   than print a slope through two or three points.
# - What the few figures do show is the range, from the smallest staff to the largest (printed
#   below, with the budget per request where both are given). A city's staff count covers all
#   its departments and districts, so it is not comparable to a department's.
# - After 2018 the reports no longer ask for these figures at all: any series on capacity
#   stops at the 2019 break.

# %%
staff = staffed.assign(total=staffed[["staff_full_time", "staff_part_time"]].sum(axis=1, min_count=1))
low, high = staff.loc[staff["total"].idxmin()], staff.loc[staff["total"].idxmax()]
print(f"smallest: {low['body']} {low['year']}, {int(low['total'])} staff ({int(low['staff_part_time'])} part-time); "
      f"largest: {high['body']} {high['year']}, {int(high['total'])} staff ({int(high['staff_full_time'])} full-time)")
for r in ratios.dropna(subset=["budget_per_request"]).itertuples():
    print(f"{r.body} {r.year}: budget {r.budget_wan_yuan:g} 万元 for {int(r.received)} requests received, "
          f"{r.budget_per_request:.2f} 万元 ({r.budget_per_request * 10000:,.0f} yuan) per request")
