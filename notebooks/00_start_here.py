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
# # Start here: China's government information disclosure reports as data
#
# Every Chinese administrative body — ministries, provinces, cities, counties, townships and
# their bureaus — must publish a **政府信息公开工作年度报告** (government information disclosure
# annual report) each year under the Open Government Information Regulations (OGI, 2007,
# revised 2019). The reports say how many requests for information the body received, how it
# answered them (disclosed, partly disclosed, refused and why, unable to provide, not
# processed), how many answers were challenged in administrative review (行政复议) or in court
# (行政诉讼) and with what result, and — before 2019 — how many staff and how much money went
# into the work.
#
# `gidata` reads the reports (web pages, PDFs, Word files, scraped text) and publishes what it
# finds as tidy Parquet datasets. This notebook shows what each dataset holds, how to load it,
# and the caveats every user must know. The other notebooks are worked analyses:
#
# | notebook | question |
# |---|---|
# | `01_request_volumes` | How many requests do bodies receive, from whom, and how concentrated are they? |
# | `02_refusal_rates` | How often are requests refused, on what grounds, and does the definition change the answer? |
# | `03_litigation_outcomes` | How often are answers challenged, and how often do challenges succeed? |
# | `04_staffing_budgets` | How many staff and how much money go into disclosure work? |
# | `05_data_quality` | How often do reports break their own accounting identities? |

# %%
import pandas as pd

import gidata
from gidata import analysis
from gidata.release.dictionary import TABLES

pd.set_option("display.max_columns", 12)
pd.set_option("display.width", 140)
print("gidata", gidata.__version__)

# %% [markdown]
# ## Loading the data
#
# `gidata.load()` lists the released datasets; `gidata.load(name)` returns one as a pandas
# DataFrame, after checking the file's hash against the release, with ordered categories for
# the administrative level, the statistics regime and the applicant type. The loader reads
# `datasets/` in the repository, or the folder named by the environment variable
# `GIDATA_DATA` (for instance a build of your own from more reports:
# `gidata build my_reports/ --out my_data && GIDATA_DATA=my_data jupyter lab`).

# %%
names = gidata.load()
names

# %% [markdown]
# ## What each dataset holds
#
# The data dictionary is code (every column once in `gidata/release/fields.py`, the tables in
# `gidata/release/dictionary.py`); `datasets/DATA_DICTIONARY.md` is generated from it and lists
# every column with its unit, Chinese label and meaning, and `datasets/README.md` is the dataset
# card (coverage, limitations, licence, citation). Every report names its body with a stable
# `body_id`, a canonical name and its pinyin (`reports.body_name`, `body_pinyin`). Here is
# each released table: its grain (what one row is), its primary key, its size in this release,
# and the warnings that come with it.

# %%
summary = pd.DataFrame([
    {"dataset": name, "rows": len(gidata.load(name)), "grain": TABLES[name].grain,
     "key": ", ".join(TABLES[name].key), "description": TABLES[name].description}
    for name in names if name in TABLES
])
summary

# %%
for name in names:
    if name in TABLES:
        for warning in TABLES[name].warnings:
            print(f"{name}: {warning}")

# %% [markdown]
# ## The reports in this release
#
# `reports` has one row per input file, even when nothing could be read from it: its body, the
# year reported on, the administrative level, whether its figures cover the whole area
# (`scope = jurisdiction`) or the body alone, the statistics regime, a status, and how many
# accounting identities it breaks.

# %%
reports = gidata.load("reports")
print(reports["status"].value_counts()[lambda n: n > 0].to_string())
columns = ["report_id", "body", "year", "level", "scope", "regime", "status", "n_facts", "n_breaks"]
reports.loc[reports["status"].isin(["ok", "partial"]), columns].sort_values(["year", "report_id"]).head(10)

# %% [markdown]
# Every notebook uses the same rule for which reports to analyse (`gidata.analysis.select_reports`):
# reports that could be read (status `ok` or `partial`: not pages that are not reports, and
# not the second copy of a report that arrived twice, e.g. a seed that is both in the bundled
# sample and in the corpus, or a crawled page of a report also saved as a file), one copy of
# each identical text, and reports whose body, level and year were identified. The counts
# below are what the analyses rest on.

# %%
kept, left_out = analysis.select_reports(reports)
analysis.coverage(kept, left_out)

# %%
left_out.loc[left_out["reason"] != "status: duplicate", ["report_id", "reason", "message"]]

# %%
pd.crosstab(kept["year"], kept["regime"], margins=True)

# %% [markdown]
# ## The long table and provenance
#
# The wide tables (`applications`, `applications_pre2019`, `challenges`, `capacity`,
# `proactive`) are pivots of `facts`, which keeps every value with the exact text or table cell
# it came from, so any number can be traced back to the report.

# %%
facts = gidata.load("facts")
facts[["report_id", "item", "applicant", "value", "method", "source_text"]].head(5)

# %% [markdown]
# ## Caveats every user must know
#
# 1. **A city's figures include its districts' and departments'.** A government report
#    (`scope = jurisdiction`, e.g. 平潭综合实验区) aggregates the whole area; a department's
#    report covers the department alone. Never add reports of different levels or scopes
#    together: you would count requests twice.
# 2. **Three regimes.** Reports for 2008–2018 follow the OGI of 2007; 2019–2020 the format of
#    国办公开办函〔2019〕60号; 2021 on the format of 〔2021〕30号. The categories change meaning at
#    the 2019 break: any series across it goes through an explicit crosswalk (notebook 02).
# 3. **Identity breaks are flagged, not fixed.** Reports often break their own accounting
#    identities (parts that do not add up to the stated total). The `checks` table records
#    every identity and whether it holds; values are never corrected (notebook 05).
# 4. **Missing is not zero.** A blank means the report did not give the figure (or the reader
#    could not find it); a stated zero (e.g. 未收到申请, "no requests received") is a zero.
# 5. **This release is small.** It is built from a bundled sample and a small shared corpus:
#    mostly 平潭 (Fujian) and three 河北 provincial departments, 2009–2025, two 江苏 PDFs and a
#    handful of seeds from other provinces. It is a demonstration of the method, not a sample of
#    China. Every notebook says where it is too small for a conclusion.
#
# ## How to cite
#
# Cite the software and the dataset release with the version you used. The repository's
# `CITATION.cff` (at its root) gives the preferred citation; GitHub shows it under "Cite this
# repository", and `cffconvert` turns it into BibTeX. Cite the reports themselves through
# `reports.url` where the release records it.

# %%
from pathlib import Path

citation = Path(gidata.__file__).resolve().parents[1] / "CITATION.cff"
print(citation.read_text(encoding="utf-8") if citation.is_file() else "See CITATION.cff in the gidata repository.")
