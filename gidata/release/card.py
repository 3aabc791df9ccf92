"""The dataset card (datasets/README.md): what the release covers, how it was made, its limits, licence and citation.

Its coverage tables are counted from the `reports` rows of the build, so the card is regenerated with
the data and never disagrees with it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from gidata.vocabulary.codes import LEVELS
from gidata.vocabulary.items import REGIMES
from gidata.records import COUNTED_STATUSES
from gidata.release.dictionary import TABLES
from gidata.version import __version__

if TYPE_CHECKING:
    from gidata.release.output import Written

CARD = "README.md"
_CARD_COLUMNS = ("status", "year", "regime", "province", "level", "body_id")

_INTRO = """# gidata {version}: China's government information disclosure annual reports as data

Statistics from the annual reports that every Chinese administrative body publishes under the
Open Government Information Regulations (政府信息公开工作年度报告): requests received and how they
were answered, grounds of refusal, administrative reviews and lawsuits with their outcomes,
proactive disclosure, staff and budget. Every value keeps the text it was read from; every
accounting identity (勾稽关系) a report allows is checked, and its breaks are recorded, not fixed.

- **Files:** each table as Parquet (typed; `gidata.load(name)`, pandas, DuckDB, polars) and as CSV
  (UTF-8, header row, empty cell = null) with the same rows, and `gidata.xlsx` (one sheet per
  table, for a release of at most 200,000 rows built with `--xlsx`; characters Excel cannot hold become U+FFFD, text
  is cut at 32,767 characters); `datapackage.json` (a frictionless
  data package describing the CSV files, which `frictionless validate datasets/datapackage.json`
  passes with zero errors); `DATA_DICTIONARY.md` (every column: type, unit, Chinese label,
  description, allowed values; the item vocabulary; the crosswalk across the 2019 and 2021
  formats); `sources.csv` (every input, with its hash, address and origin); `SHA256SUMS`;
  `CHANGELOG.md`.
- **Tables:** {tables}.
"""

_MADE = """## How it was made

1. **Inputs:** the repository's own copies of published reports (`corpus/`, `gidata/sample/`): page
   texts saved by crawlers, PDFs, a Markdown conversion, and three crawl tables of 河北 provincial
   departments. `sources.csv` gives each file's SHA-256, original address where known, and origin
   (the archive and path it was taken from).
2. **Read** (text, HTML, PDF ruling lines, Word; OCR only on request), **locate** the body, year,
   level, division (GB/T 2260, through cpca's table) and scope from the title and text, **identify**
   the body across years (`body_id`: canonical name and division code; known misspellings and short
   names in `gidata/locate/body_aliases.csv`), **extract** every figure from the standard tables and
   from prose with its source text, **check** the accounting identities, drop second copies of the
   same text (status `duplicate`), and **write** the tables from the data dictionary, sorted and
   compressed so that the same inputs give the same bytes (`make verify` rebuilds and compares).
3. Nothing is corrected by hand: a figure that breaks an identity stays as printed, with the break
   in `checks`.
"""

_LIMITS = """## Known limitations

- **Not a sample of China.** The corpus is a convenience collection: one zone in 福建 (平潭) and its
  departments over many years, three 河北 provincial departments, a few counties and cities in
  江苏, 河南, 江西, 吉林, 云南 and 上海. Tens of thousands of bodies report each year; figures here
  describe these reports only.
- **Levels nest.** A government's report (scope `jurisdiction`) includes its departments' and lower
  levels' figures: never add reports of different levels or scopes. The notebooks pool a
  department only when its area's report of the same year is not in the pool.
- **Formats change in 2019 and 2021.** Categories change meaning; `harmonised` maps them through a
  documented crosswalk, with `crosswalk_exact = false` where the mapping is approximate.
- **Extraction is automatic.** Run-together cells that admit more than one reading are kept as
  `ambiguous` (status `partial`); prose-only reports give fewer figures than tabled ones; a report
  whose title and text name no body takes the owner of the website it was published on, where
  `gidata/locate/sites.csv` lists that site (a portal of many bodies is listed only by their own
  columns); otherwise `body` is null. Benchmarks against hand-read values are in
  `benchmarks/accuracy.py`.
- **Bodies:** `body_id` rests on the title's name and the alias table; renamed bodies (平潭县公安局
  before the zone, 平潭综合实验区公安局 after) are kept apart unless the table joins them.
- **Column headers:** `facts.column_header` is the column's header as the report prints it, or,
  where no printed header could be matched (cells placed by the layout), the standard header of the
  format; the code is in `column_label`, the exact printed cell text in `source_text`.
"""

_POLICY = """## Licence, citation and schema stability

- **Licence:** the datasets are released under CC BY 4.0; the code under MIT. The reports
  themselves are public documents of the reporting bodies (`url` and `origin` say where each is).
- **How to cite:** see `CITATION.cff` at the repository root (cite the software and the dataset
  release, with its version: {version}). Quote `report_id` and `body_id` when you cite a figure.
- **Schema stability** (semantic versioning of the release):
  - a **patch** version (x.y.Z) changes values only (better extraction, new reports), never names
    or types;
  - a **minor** version (x.Y.0) may add tables or columns and, before 1.0, rename or retype columns;
    every rename is listed in `CHANGELOG.md` as old → new;
  - a **major** version (X.0.0, from 1.0 on) is the only one that removes or renames columns.
  - `report_id` and `body_id` are stable across versions for the same input file and body;
    item codes and measure codes change only with a listed rename.
"""


def _table(title: str, rows: dict, columns: tuple[str, ...]) -> list[str]:
    lines = [f"| {title} | " + " | ".join(columns) + " | total |", "|---" * (len(columns) + 2) + "|"]
    for key in sorted(rows):
        counts = rows[key]
        lines.append(f"| {key} | " + " | ".join(str(counts.get(c, 0) or "") for c in columns)
                     + f" | {sum(counts.values())} |")
    return lines


def coverage_markdown(reports: pa.Table) -> str:
    """Kept reports by year and regime, by level, by province; and every input by status (counted by
    Arrow: a million `reports` rows never become Python objects)."""
    import pyarrow.compute as pc

    reports = _card_columns(reports)
    kept = reports.filter(pc.is_in(reports["status"], pa.array(COUNTED_STATUSES)))
    by_year: dict = {}
    for year, regime, n in _counts(kept, ["year", "regime"]):
        by_year.setdefault(str(year or "unknown"), Counter())[regime] += n
    by_province: dict = {}
    for province, level, n in _counts(kept, ["province", "level"]):
        by_province.setdefault(province or "unknown", Counter())[level or "unknown"] += n
    statuses = dict(_counts(reports, ["status"]))
    bodies = pc.count_distinct(pc.if_else(pc.equal(kept["body_id"], ""), None, kept["body_id"])).as_py()
    lines = ["## What is covered", "",
             f"{reports.num_rows} inputs, of which {kept.num_rows} reports are used (status ok or partial) from "
             f"{bodies} bodies; the others are listed in `reports` with their status: "
             + ", ".join(f"{s} {n}" for s, n in sorted(statuses.items())) + ".", "",
             "Reports used, by year reported on and statistics regime:", ""]
    lines += _table("year", by_year, REGIMES)
    lines += ["", "Reports used, by province and level (a zone such as 平潭综合实验区 counts as a prefecture):", ""]
    lines += _table("province", by_province, LEVELS + ("unknown",))
    return "\n".join(lines) + "\n"


def _card_columns(reports: pa.Table) -> pa.Table:
    """The columns the card counts, a missing one as nulls."""
    return pa.table({c: reports[c] if c in reports.column_names else pa.nulls(reports.num_rows, pa.string())
                     for c in _CARD_COLUMNS})


def _counts(table: pa.Table, keys: list[str]) -> list[tuple]:
    """(value of each key, number of rows) for every combination of the `keys` found in `table`."""
    grouped = table.group_by(keys, use_threads=False).aggregate([([], "count_all")])
    return list(zip(*(grouped[k].to_pylist() for k in keys), grouped["count_all"].to_pylist()))


_PARTITIONED = """**This build is partitioned by year** (`gidata build --partition-by-year`): each table with a
year is a folder of Parquet files, one a year (`facts/year_partition=2019/part-0.parquet`, rows
without a year under `year_partition=unknown`), each file with a `year` column, and has no CSV and
no sheet in a workbook. Read a folder as one table (`pd.read_parquet("facts")`, DuckDB, polars,
Dask; they add the folder key as a string column `year_partition`) or with `gidata.load`.
`datapackage.json` describes each year's file as a resource `TABLE-YEAR`.
"""


def card_markdown(reports: pa.Table, by_year: bool = False) -> str:
    """The whole card; `by_year`: of a build whose tables are partitioned by year."""
    tables = ", ".join(f"`{name}` ({table.grain})" for name, table in TABLES.items())
    intro = _INTRO.format(version=__version__, tables=tables) + ("\n" + _PARTITIONED if by_year else "")
    return "\n".join((intro, coverage_markdown(reports), _MADE, _LIMITS, _POLICY.format(version=__version__)))


def write_card(reports: pa.Table, written: Written, by_year: bool = False) -> Path:
    """Write README.md, the dataset card, into the release folder (from the columns it counts of `reports`)."""
    return written.write_text(CARD, card_markdown(reports, by_year))
