"""The data dictionary: every table as a list of field names (fields.py), in code; schemas and docs come from it.

It imports the vocabularies (items, codes, crosswalk, records) and no stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gidata.vocabulary.codes import CROSSYEAR_IDENTITIES
from gidata.vocabulary.crosswalk import crosswalk_markdown
from gidata.vocabulary.items import ITEMS, PRE2019, Y2019, Y2021
from gidata.records import IDENTITY_COLUMNS as IDENTITY
from gidata.records import METHODS
from gidata.release.fields import FIELDS, ITEM_COLUMNS, OUTCOME_COLUMNS, Column, columns  # noqa: F401

if TYPE_CHECKING:  # pyarrow is imported when a schema is made, so that parsing a report does without it
    import pyarrow as pa


@dataclass(frozen=True)
class Table:
    """One dataset: its grain, its primary key, its columns and the warnings every user must read."""

    name: str
    description: str
    grain: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    warnings: tuple[str, ...] = field(default=())
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()  # (fields, table, its fields)

    def schema(self) -> pa.Schema:
        """The pyarrow schema, with the table's documentation as schema metadata."""
        import pyarrow as pa

        meta = {"table": self.name, "description": self.description, "grain": self.grain,
                "primary_key": ",".join(self.key), "warnings": "\n".join(self.warnings)}
        return pa.schema([c.arrow_field() for c in self.columns], metadata=meta)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


LEVEL_WARNING = ("A government's report (scope = jurisdiction) includes the figures of its departments "
                 "and lower levels: never add reports of different levels or scopes together.")
BODY_WARNING = ("body_id joins the reports of one body across years; body is the name as printed. Join the "
                "wide tables to `reports` on report_id for the canonical name, pinyin, division and parent.")
_OF_REPORT = ((("report_id",), "reports", ("report_id",)),)
_REPORT_ID = {"report_id": {"description": "The report (reports.report_id)."}}


def _codes(regimes: tuple[str, ...], sections: tuple[str, ...]) -> list[str]:
    return [i.code for i in ITEMS if set(i.regimes) & set(regimes) and i.section in sections]


MATRIX_CODES = _codes((Y2019, Y2021), ("matrix",))
PRE2019_APPLICATION_CODES = _codes((PRE2019,), ("applications",))
CAPACITY_CODES = _codes((PRE2019,), ("capacity",)) + ["fees", "complaints"]
PROACTIVE_CODES = _codes((PRE2019,), ("proactive", "response")) + _codes((Y2019, Y2021), ("article20",))


def _wide(*head: str, codes=()) -> tuple[Column, ...]:
    return columns(*IDENTITY, *head, *(ITEM_COLUMNS[c] for c in codes), **_REPORT_ID)


HARMONISED_TABLE = Table(
    "harmonised", "Harmonised series 2008 to today: each report's figures mapped to one set of measures "
    "through the crosswalk (see the crosswalk section).",
    "one report and measure", ("report_id", "measure"),
    columns(*IDENTITY, "measure", "value", "source_items", "complete", "approximate", "crosswalk_exact", "method",
            **_REPORT_ID,
            value={"description": "The sum of the source items the report gives, in the measure's unit."},
            approximate={"description": "A source figure is given as approximate (余, 近, 约, 多).",
                         "nullable": False},
            method={"description": "Where the source figures were read (a method of `facts`), or mixed.",
                    "allowed": (*METHODS, "mixed")}),
    (LEVEL_WARNING,
     "Categories change meaning at the 2019 break: rows with crosswalk_exact = false are approximate; "
     "read the crosswalk notes before comparing across it.",
     "Matrix measures are the 总计 column (or a figure the report states without applicant type).",
     "A measure is absent when the report gives none of its source items; complete = false when it "
     "gives only some."), _OF_REPORT)
CROSSYEAR_TABLE = Table(
    "crossyear", "Cross-year checks: a body's reports of consecutive years must join up.",
    "one identity of one pair of reports of the same body in consecutive years",
    ("report_from", "report_to", "identity"),
    columns("body_id", "body", "division_code", "year_from", "year_to", "report_from", "report_to", "identity",
            "stated", "expected", "difference", "holds", "reason",
            body_id={"description": "The body of the later report (reports.body_id)."},
            body={"description": "The body as the later report's title prints it."},
            division_code={"description": "GB/T 2260 code of the body's division (the later report's)."},
            identity={"description": "carry_over: 上年结转 = last year's 结转下年度; rules_in_force and "
                      "normative_in_force: 现行有效件数 = last year's + 本年制发 − 本年废止.",
                      "allowed": CROSSYEAR_IDENTITIES},
            stated={"description": "The later report's figure (上年结转 or 现行有效件数)."},
            difference={"description": "stated - expected."},
            holds={"description": "Whether the identity holds; null when it could not be evaluated.",
                   "nullable": True}),
    ("Bodies match on division code + normalised name (government suffixes 人民政府/管委会 dropped, "
     "parent areas in front of a division dropped, long department names shortened: 科学技术 = 科技); "
     "reports without a body or year are not paired.",
     "Only years y and y + 1 are paired; before 2019 the formats have no carry-over or in-force "
     "figures, so those pairs have holds null and a reason.",
     "A break is the reports' own; values are never corrected."),
    ((("report_from",), "reports", ("report_id",)), (("report_to",), "reports", ("report_id",))))

REPORT_COLUMNS = ("report_id", "file", "sha256", "bytes", "encoding", "format", "title", "body", "body_id",
                  "body_name", "body_pinyin", "year", "level", "province", "division_code", "parent_name", "scope",
                  "regime", "published", "url", "origin", "status", "message", "n_facts", "n_breaks", "text_sha256",
                  "source_table", "source_row", "attachments", "duplicate_of", "sources", "body_year_group")

WIDE_WARNING = ("Counts are integers; a count a report gives as a fraction (a misreading) stays in `facts` "
                "and is left out of the wide tables.")

TABLES = {t.name: t for t in (
    Table("reports", "One row per input: each report file, each row of a crawl table, and each table that "
          "could not be read to its end; inputs that yielded nothing and pages that are not reports included.",
          "one input file or table row", ("report_id",),
          columns(*REPORT_COLUMNS, report_id={
              "description": "Identifier of the input: a file's path relative to the build's input folder; a "
              "table row's as the table's path, `#` and the data row (`crawls/x.csv#7`); a table that could "
              "not be read, the table's path. Where two inputs would share an id, the later one is prefixed "
              "with its input folder's name."}),
          (LEVEL_WARNING, BODY_WARNING, "Only rows with status ok or partial reach the wide tables; a report "
           "that arrived twice counts once (status duplicate points to the one kept).")),
    Table("facts", "The long table: one row per value extracted, with its provenance.",
          "one value of one item (and applicant type) from one place in one report",
          ("report_id", "item", "applicant", "column_label", "method", "source_offset"),
          columns("report_id", "item", "applicant", "value", "unit", "semantics", "approximate", "method",
                  "preferred", "row_label", "column_label", "column_header", "source_text", "source_offset",
                  "source_page", **_REPORT_ID),
          (LEVEL_WARNING, "When prose and a table of one report disagree both are kept; `preferred` marks the "
           "table value."), _OF_REPORT),
    Table("checks", "One row per accounting identity per report: stated total, computed sum, and whether they "
          "agree.", "one identity of one report", ("report_id", "identity"),
          columns("report_id", "identity", "total_item", "applicant", "stated", "computed", "difference", "holds",
                  "parts", **_REPORT_ID),
          ("A break is the report's own; values are never corrected.",), _OF_REPORT),
    Table("applications", "Applications by applicant type and outcome, 2019 on (the applicant matrix).",
          "one report and applicant type", ("report_id", "applicant"), _wide("applicant", codes=MATRIX_CODES),
          (LEVEL_WARNING, BODY_WARNING, WIDE_WARNING,
           "2019-format reports have one out_other row; 2021-format reports split it in three."), _OF_REPORT),
    Table("applications_pre2019", "Applications received and replies, reporting years before 2019.",
          "one report", ("report_id",), _wide(codes=PRE2019_APPLICATION_CODES),
          (LEVEL_WARNING, BODY_WARNING, WIDE_WARNING,
           "Categories differ from 2019 on; use the crosswalk for series across the break."), _OF_REPORT),
    Table("challenges", "Administrative review and litigation outcomes, all regimes.",
          "one report and kind of challenge", ("report_id", "kind"), _wide("kind", *OUTCOME_COLUMNS),
          (LEVEL_WARNING, BODY_WARNING, WIDE_WARNING,
           "Before 2019 there is no pending column and lawsuits are not split by prior review."), _OF_REPORT),
    Table("capacity", "Staffing, budget, offices, meetings and training (mostly before 2019).",
          "one report", ("report_id",), _wide(codes=CAPACITY_CODES), (LEVEL_WARNING, BODY_WARNING, WIDE_WARNING),
          _OF_REPORT),
    Table("proactive", "Proactive disclosure: channels before 2019, the article 20 table from 2019.",
          "one report", ("report_id",), _wide(codes=PROACTIVE_CODES), (LEVEL_WARNING, BODY_WARNING, WIDE_WARNING),
          _OF_REPORT),
    HARMONISED_TABLE,
    CROSSYEAR_TABLE,
)}


NAMING = (
    "- Column names are snake_case English; codes of the item vocabulary are used as column names.",
    "- Money columns end with their unit: `_wan_yuan` is 万元 (10,000 yuan), e.g. `budget_wan_yuan`, "
    "`fees_wan_yuan`, `procurement_amount_wan_yuan`, `fee_amount_wan_yuan`. `facts.item` keeps the "
    "item code (`budget`) with the unit in `facts.unit`.",
    "- Counts (件, 条, 项, 次, 人, 篇, 个, 人次) carry no suffix and are integers; the unit column of "
    "the dictionary gives theirs.",
    "- `_id` ends an identifier (`report_id`, `body_id`); `_code` a code from an outside standard "
    "(`division_code`, GB/T 2260); `_name` and `_pinyin` a name in Chinese and in pinyin.",
)


def dictionary_markdown() -> str:
    """DATA_DICTIONARY.md, generated from the tables and the item vocabulary above."""
    lines = ["# gidata data dictionary", "",
             "Generated from `gidata/release/fields.py` (every column, defined once), "
             "`gidata/release/dictionary.py` (the tables), `gidata/vocabulary/items.py` and "
             "`gidata/vocabulary/crosswalk.py`; do not edit by hand.", "", "## Naming conventions", "", *NAMING, ""]
    for table in TABLES.values():
        lines += [f"## `{table.name}`", "", table.description, "",
                  f"- **Grain:** {table.grain}", f"- **Primary key:** {', '.join(table.key)}"]
        lines += [f"- **Foreign key:** {', '.join(mine)} → `{other}`.{', '.join(theirs)}"
                  for mine, other, theirs in table.foreign_keys]
        lines += [f"- **Warning:** {w}" for w in table.warnings]
        lines += ["", "| column | type | unit | 中文 | description |", "|---|---|---|---|---|"]
        for c in table.columns:
            allowed = f" Allowed: {', '.join(c.allowed)}." if c.allowed else ""
            lines.append(f"| `{c.name}` | {c.dtype} | {c.unit} | {c.label_zh} | {c.description}{allowed} |")
        lines.append("")
    lines += ["## Item vocabulary", "", "| code | 中文 | English | unit | regimes | part of |",
              "|---|---|---|---|---|---|"]
    for item in ITEMS:
        lines.append(f"| `{item.code}` | {item.label_zh} | {item.label_en} | {item.unit} | "
                     f"{', '.join(item.regimes)} | {item.parent or ''} |")
    return "\n".join(lines) + "\n\n" + crosswalk_markdown()
