"""The data dictionary: every table and column, in code; schemas and docs are generated from it."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from gidata.vocabulary.items import (APPLICANT_TYPES, ITEMS, ITEM_BY_CODE, PRE2019, REGIMES, Y2019, Y2021)
from gidata.locate.report import LEVELS, SCOPES
from gidata.records import METHODS, SEMANTICS
from gidata.check.crossyear import IDENTITIES
from gidata.release.harmonise import MEASURES, crosswalk_markdown

STATUSES = ("ok", "partial", "no_statistics", "unreadable", "empty", "unsupported_format",
            "too_large", "no_text_layer", "encrypted", "corrupt", "too_many_pages", "needs_libreoffice", "needs_tesseract", "timeout",
            "mislabelled", "not_a_report", "no_text", "duplicate", "error")
_TYPES = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
          "int32": pa.int32()}


@dataclass(frozen=True)
class Column:
    """One column: name, dtype, unit, Chinese label, English description, allowed values."""

    name: str
    dtype: str
    description: str
    label_zh: str = ""
    unit: str = ""
    allowed: tuple[str, ...] = ()
    nullable: bool = True
    ordered: bool = False  # `allowed` is an order (level, regime, applicant): loaded as ordered categories

    def arrow_field(self) -> pa.Field:
        meta = {"description": self.description, "label_zh": self.label_zh, "unit": self.unit,
                "allowed": ",".join(self.allowed), "ordered": "true" if self.ordered else ""}
        return pa.field(self.name, _TYPES[self.dtype], nullable=self.nullable,
                        metadata={k: v for k, v in meta.items() if v})


@dataclass(frozen=True)
class Table:
    """One dataset: its grain, its primary key, its columns and the warnings every user must read."""

    name: str
    description: str
    grain: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    warnings: tuple[str, ...] = field(default=())

    def schema(self) -> pa.Schema:
        meta = {"table": self.name, "description": self.description, "grain": self.grain,
                "primary_key": ",".join(self.key), "warnings": "\n".join(self.warnings)}
        return pa.schema([c.arrow_field() for c in self.columns], metadata=meta)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


REPORT_ID = Column("report_id", "string", "Identifier of the report: its path relative to the build's input folder.",
                   "报告", nullable=False)
BODY = Column("body", "string", "The reporting body as the title names it.", "报告主体")
YEAR = Column("year", "int32", "The year reported on (not the year of publication).", "报告年度")
LEVEL = Column("level", "string", "Administrative level of the reporting body.", "层级", allowed=LEVELS, ordered=True)
REGIME = Column("regime", "string", "Statistics regime: pre2019 (OGI 2007), 2019 (format of 2019), 2021 (format of 2021).",
                "统计口径", allowed=REGIMES, ordered=True)
SCOPE = Column("scope", "string", "jurisdiction: figures aggregate the whole area (全市/全区/全县); body: the body alone.",
               "统计范围", allowed=SCOPES)
APPLICANT = Column("applicant", "string", "Applicant type of a matrix column (null for items without one).",
                   "申请人类型", allowed=APPLICANT_TYPES, ordered=True)
LEVEL_WARNING = ("A government's report (scope = jurisdiction) includes the figures of its departments "
                 "and lower levels: never add reports of different levels or scopes together.")
_IDENTITY = (REPORT_ID, BODY, YEAR, LEVEL, SCOPE, REGIME)


def _item_columns(codes) -> tuple[Column, ...]:
    return tuple(Column(code, "float64", ITEM_BY_CODE[code].label_en, ITEM_BY_CODE[code].label_zh,
                        ITEM_BY_CODE[code].unit) for code in codes)


def _codes(regimes: tuple[str, ...], sections: tuple[str, ...]) -> list[str]:
    return [i.code for i in ITEMS if set(i.regimes) & set(regimes) and i.section in sections]


MATRIX_CODES = _codes((Y2019, Y2021), ("matrix",))
PRE2019_APPLICATION_CODES = _codes((PRE2019,), ("applications",))
CAPACITY_CODES = _codes((PRE2019,), ("capacity",)) + ["fees", "complaints"]
PROACTIVE_CODES = _codes((PRE2019,), ("proactive", "response")) + _codes((Y2019, Y2021), ("article20",))
OUTCOME_COLUMNS = ("upheld", "corrected", "other", "pending", "total")

HARMONISED_TABLE = Table(
    "harmonised", "Harmonised series 2008 to today: each report's figures mapped to one set of measures "
    "through the crosswalk (see the crosswalk section).",
    "one report and measure", ("report_id", "measure"), _IDENTITY + (
        Column("measure", "string", "Harmonised measure code (see the crosswalk).", "统一指标",
               allowed=tuple(m.code for m in MEASURES), nullable=False),
        Column("value", "float64", "The sum of the source items the report gives, in the measure's unit."),
        Column("source_items", "string", "The item codes summed, joined by + (those of the crosswalk "
               "alternative used; when complete = false some of them were not given).", nullable=False),
        Column("complete", "bool", "Every source item was given (false: the value sums only those given).",
               nullable=False),
        Column("approximate", "bool", "A source figure is given as approximate (余, 近, 约, 多).", nullable=False),
        Column("crosswalk_exact", "bool", "The regime's categories match the measure one to one (false: an "
               "approximate mapping; see the crosswalk notes).", nullable=False),
        Column("method", "string", "Where the source figures were read: table, prose or mixed.",
               allowed=("table", "prose", "mixed"), nullable=False),
    ), (LEVEL_WARNING,
        "Categories change meaning at the 2019 break: rows with crosswalk_exact = false are approximate; "
        "read the crosswalk notes before comparing across it.",
        "Matrix measures are the 总计 column (or a figure the report states without applicant type).",
        "A measure is absent when the report gives none of its source items; complete = false when it "
        "gives only some."))
CROSSYEAR_TABLE = Table(
    "crossyear", "Cross-year checks: a body's reports of consecutive years must join up.",
    "one identity of one pair of reports of the same body in consecutive years",
    ("report_from", "report_to", "identity"), (
        BODY,
        Column("division_code", "string", "GB/T 2260 code of the body's division (the later report's).",
               "行政区划代码"),
        Column("year_from", "int32", "Year of the earlier report."),
        Column("year_to", "int32", "Year of the later report (year_from + 1)."),
        Column("report_from", "string", "report_id of the earlier report.", nullable=False),
        Column("report_to", "string", "report_id of the later report.", nullable=False),
        Column("identity", "string", "carry_over: 上年结转 = last year's 结转下年度; rules_in_force and "
               "normative_in_force: 现行有效件数 = last year's + 本年制发 − 本年废止.", nullable=False,
               allowed=tuple(i.name for i in IDENTITIES)),
        Column("stated", "float64", "The later report's figure (上年结转 or 现行有效件数)."),
        Column("expected", "float64", "The figure the earlier report (and the later one's 制发 − 废止) implies."),
        Column("difference", "float64", "stated - expected."),
        Column("holds", "bool", "Whether the identity holds; null when it could not be evaluated."),
        Column("reason", "string", "Why the identity could not be evaluated (format, or a missing figure)."),
    ), ("Bodies match on division code + normalised name (government suffixes 人民政府/管委会 dropped, "
        "parent areas in front of a division dropped, long department names shortened: 科学技术 = 科技); "
        "reports without a body or year are not paired.",
        "Only years y and y + 1 are paired; before 2019 the formats have no carry-over or in-force "
        "figures, so those pairs have holds null and a reason.",
        "A break is the reports' own; values are never corrected."))

TABLES = {t.name: t for t in (
    Table("reports", "One row per input: each report file, each row of a crawl table, and each table that "
          "could not be read to its end; inputs that yielded nothing and pages that are not reports included.",
          "one input file or table row", ("report_id",), (
              Column("report_id", "string", "Identifier of the input: a file's path relative to the build's input "
                     "folder; a table row's as the table's path, `#` and the data row (`crawls/x.csv#7`); a table "
                     "that could not be read, the table's path. Where two inputs would share an id, the later one is "
                     "prefixed with its input folder's name.", "报告", nullable=False),
              Column("file", "string", "File name of the input (for a table row, of its table).", "文件"),
              Column("sha256", "string", "SHA-256 of the input file's bytes; for a table row, of its text field "
                     "(its HTML field when the text is empty) in UTF-8.", nullable=False),
              Column("bytes", "int64", "Size of the input file, or of a table row's text field in UTF-8.", unit="bytes"),
              Column("encoding", "string", "Text encoding detected (of the table for a table row; null for PDF, "
                     "Word and Parquet; `ocr:tesseract-chi_sim` for a PDF read by OCR)."),
              Column("format", "string", "Input format: txt, md, html, pdf, docx, doc, ...; csv, jsonl or parquet "
                     "for a table row or table."),
              Column("title", "string", "Title of the report as found (for a table row, the row's title).", "标题"),
              BODY, YEAR, LEVEL,
              Column("province", "string", "Province of the reporting body, where it can be resolved.", "省份"),
              Column("division_code", "string", "GB/T 2260 code of the body's division, where it can be resolved.",
                     "行政区划代码"),
              SCOPE, REGIME,
              Column("published", "string", "Publication date (YYYY-MM-DD) when the page gives one.", "发布日期"),
              Column("url", "string", "Address of the original page, when known.", "原文链接"),
              Column("status", "string", "ok, partial (some tables unreadable), no_statistics; not_a_report (a "
                     "page that is no disclosure report, reason in message); no_text (a report page without "
                     "usable text, see attachments); duplicate (same text as duplicate_of); or why the input "
                     "could not be read.", allowed=STATUSES, nullable=False),
              Column("message", "string", "What went wrong or what is missing, in words; for a table row or "
                     "table, naming the table, row and column."),
              Column("n_facts", "int64", "Number of facts extracted."),
              Column("n_breaks", "int64", "Number of accounting identities the report breaks."),
              Column("text_sha256", "string", "SHA-256 of the normalised text without whitespace: equal texts are "
                     "the same report."),
              Column("source_table", "string", "For a table row, the table's path relative to the input folder "
                     "(null for report files).", "来源表"),
              Column("source_row", "int64", "For a table row, its 1-based data row in the table (the header is "
                     "row 0).", "来源行"),
              Column("attachments", "string", "Attachment links of a table row, as a JSON array of strings "
                     "(null when it has none); for a no_text report, where the report itself is.", "附件链接"),
              Column("duplicate_of", "string", "For a duplicate, the report_id of the report kept for the same "
                     "text; the duplicate's facts are not repeated in facts, checks or the wide tables."),
              Column("sources", "string", "For a report read from its text, every input with this text, as a "
                     "JSON array of report_id: itself first, then its duplicates in input order."),
              Column("same_body_year", "string", "Other kept reports of the same body and year whose text "
                     "differs (a JSON array of report_id): a revised or republished report, or a mislocated "
                     "one; check before counting both."),
          ), (LEVEL_WARNING, "Only rows with status ok or partial reach the wide tables; a report that "
              "arrived twice counts once (status duplicate points to the one kept).")),
    Table("facts", "The long table: one row per value extracted, with its provenance.",
          "one value of one item (and applicant type) from one place in one report",
          ("report_id", "item", "applicant", "method", "source_offset"), (
              REPORT_ID,
              Column("item", "string", "Item code (see the item vocabulary).", "指标", nullable=False),
              APPLICANT,
              Column("value", "float64", "The value, in the item's unit (null for blank, not applicable, text or ambiguous)."),
              Column("unit", "string", "Unit of the value: 件, 条, 人, 次, 万元 ...", "单位"),
              Column("semantics", "string", "number; zero_stated (e.g. 未收到申请); blank cell; not_applicable (/ or —); text; ambiguous (run-together cells with more than one reading).",
                     allowed=SEMANTICS, nullable=False),
              Column("approximate", "bool", "The report gives the figure as approximate (余, 近, 约, 多)."),
              Column("method", "string", "How the value was read: from a table or from prose.", allowed=METHODS, nullable=False),
              Column("preferred", "bool", "This is the value the wide tables use (a table value over a prose one)."),
              Column("row_label", "string", "The table row label as printed; for item prose_other, the phrase of the prose saying what was counted.", "行标签"),
              Column("column_label", "string", "The table column (applicant type or measure).", "列标签"),
              Column("source_text", "string", "The exact text the value came from: the row and its cells, or the sentence."),
              Column("source_offset", "int64", "Character offset of the source in the normalised text.", nullable=False),
              Column("source_page", "int32", "Page of the source, for paged formats (PDF)."),
          ), (LEVEL_WARNING, "When prose and a table of one report disagree both are kept; `preferred` marks the table value.")),
    Table("checks", "One row per accounting identity per report: stated total, computed sum, and whether they agree.",
          "one identity of one report", ("report_id", "identity"), (
              REPORT_ID,
              Column("identity", "string", "Identity id, e.g. balance:total, out_total:natural_person, row_total:req_new, reply_total.",
                     nullable=False),
              Column("total_item", "string", "Item code of the total side."),
              APPLICANT,
              Column("stated", "float64", "The total as the report states it."),
              Column("computed", "float64", "The sum of the parts as the report states them."),
              Column("difference", "float64", "stated - computed."),
              Column("holds", "bool", "Whether the identity holds.", nullable=False),
              Column("parts", "string", "The items summed."),
          ), ("A break is the report's own; values are never corrected.",)),
    Table("applications", "Applications by applicant type and outcome, 2019 on (the applicant matrix).",
          "one report and applicant type", ("report_id", "applicant"),
          _IDENTITY + (APPLICANT,) + _item_columns(MATRIX_CODES),
          (LEVEL_WARNING, "2019-format reports have one out_other row; 2021-format reports split it in three.")),
    Table("applications_pre2019", "Applications received and replies, reporting years before 2019.",
          "one report", ("report_id",), _IDENTITY + _item_columns(PRE2019_APPLICATION_CODES),
          (LEVEL_WARNING, "Categories differ from 2019 on; use the crosswalk for series across the break.")),
    Table("challenges", "Administrative review and litigation outcomes, all regimes.",
          "one report and kind of challenge", ("report_id", "kind"),
          _IDENTITY + (Column("kind", "string", "review; lawsuit (before 2019); suit_direct or suit_after_review (2019 on).",
                              allowed=("review", "lawsuit", "suit_direct", "suit_after_review")),)
          + tuple(Column(o, "float64", f"Cases with outcome: {o}.", unit="件") for o in OUTCOME_COLUMNS),
          (LEVEL_WARNING, "Before 2019 there is no pending column and lawsuits are not split by prior review.")),
    Table("capacity", "Staffing, budget, offices, meetings and training (mostly before 2019).",
          "one report", ("report_id",), _IDENTITY + _item_columns(CAPACITY_CODES), (LEVEL_WARNING,)),
    Table("proactive", "Proactive disclosure: channels before 2019, the article 20 table from 2019.",
          "one report", ("report_id",), _IDENTITY + _item_columns(PROACTIVE_CODES), (LEVEL_WARNING,)),
    HARMONISED_TABLE,
    CROSSYEAR_TABLE,
)}


def dictionary_markdown() -> str:
    """DATA_DICTIONARY.md, generated from the tables and the item vocabulary above."""
    lines = ["# gidata data dictionary", "",
             "Generated from `gidata/release/dictionary.py`, `gidata/vocabulary/items.py` and `gidata/release/harmonise.py`; do not edit by hand.", ""]
    for table in TABLES.values():
        lines += [f"## `{table.name}`", "", table.description, "",
                  f"- **Grain:** {table.grain}", f"- **Primary key:** {', '.join(table.key)}"]
        lines += [f"- **Warning:** {w}" for w in table.warnings]
        lines += ["", "| column | type | unit | 中文 | description |", "|---|---|---|---|---|"]
        for c in table.columns:
            allowed = f" Allowed: {', '.join(c.allowed)}." if c.allowed else ""
            lines.append(f"| `{c.name}` | {c.dtype} | {c.unit} | {c.label_zh} | {c.description}{allowed} |")
        lines.append("")
    lines += ["## Item vocabulary", "", "| code | 中文 | English | unit | regimes | part of |", "|---|---|---|---|---|---|"]
    for item in ITEMS:
        lines.append(f"| `{item.code}` | {item.label_zh} | {item.label_en} | {item.unit} | "
                     f"{', '.join(item.regimes)} | {item.parent or ''} |")
    return "\n".join(lines) + "\n\n" + crosswalk_markdown()
