"""Every column of the release, defined once: name, dtype, unit, Chinese label, English description, allowed values.

Tables (gidata.release.dictionary) list field names; a table may narrow a field's description
or allowed values, never its name, dtype or unit. Naming convention: snake_case English; a column
holding money ends with its unit (`budget_wan_yuan`: 万元, 10,000 yuan); counts carry no suffix
and are integers, their unit (件, 条, 人 ...) is in the dictionary; codes of the item vocabulary
are column names as they are, apart from that unit suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from gidata.vocabulary.codes import COUNT_UNITS, LEVELS, MONEY_UNITS, SCOPES
from gidata.vocabulary.crosswalk import MEASURES
from gidata.vocabulary.items import APPLICANT_TYPES, ITEMS, REGIMES, Item
from gidata.records import METHODS, SEMANTICS, STATUSES

if TYPE_CHECKING:
    import pyarrow as pa

_ARROW_TYPES = {"string": "string", "int64": "int64", "float64": "float64", "bool": "bool_", "int32": "int32"}


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
        """The pyarrow field, with the documentation as field metadata."""
        import pyarrow as pa  # here: parsing a report does without pyarrow

        meta = {"description": self.description, "label_zh": self.label_zh, "unit": self.unit,
                "allowed": ",".join(self.allowed), "ordered": "true" if self.ordered else ""}
        return pa.field(self.name, getattr(pa, _ARROW_TYPES[self.dtype])(), nullable=self.nullable,
                        metadata={k: v for k, v in meta.items() if v})


def column_name(item: Item) -> str:
    """The wide-table column of an item: its code, with the unit appended for money.

    >>> from gidata.vocabulary.items import ITEM_BY_CODE
    >>> column_name(ITEM_BY_CODE["budget"]), column_name(ITEM_BY_CODE["req_new"])
    ('budget_wan_yuan', 'req_new')
    """
    suffix = MONEY_UNITS.get(item.unit)
    return f"{item.code}_{suffix}" if suffix else item.code


def _item_field(item: Item) -> Column:
    dtype = "int64" if item.unit in COUNT_UNITS else "float64"
    return Column(column_name(item), dtype, item.label_en, item.label_zh, item.unit)


# Review and lawsuit items are the rows (kind) and columns (outcome) of `challenges`, not columns of their own.
_KIND_OUTCOME = re.compile(r"(review|lawsuit|suit_direct|suit_after_review)_")
_OUTCOMES = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"),
             ("total", "总计"))
OUTCOME_COLUMNS = tuple(o for o, _ in _OUTCOMES)
# Sections whose items are in `facts` only: group totals a report's prose gives, figures no item names.
FACTS_ONLY = ("matrix_groups", "prose")

_FIELDS = (
    # identity of a report and its body
    Column("report_id", "string", "Identifier of the report: its path relative to the build's input folder.",
           "报告", nullable=False),
    Column("body", "string", "The reporting body as the report's title prints it.", "报告主体"),
    Column("body_id", "string", "Stable identifier of the reporting body across years and spellings: the "
           "division code and the pinyin of the canonical name (`350128-pingtanzonghe shiyanqu` style, "
           "see the body aliases). Null when no body was found.", "主体编号"),
    Column("body_name", "string", "Canonical Chinese name of the body (misspellings and renamings resolved "
           "through the alias table; government suffixes 人民政府/管委会 and a parent area in front of a "
           "division dropped; short department names spelt out).", "主体规范名称"),
    Column("body_pinyin", "string", "The canonical name in pinyin without tones (pypinyin), for English-"
           "language text.", "主体拼音"),
    Column("parent_name", "string", "The jurisdiction the body belongs to: for a department, the government "
           "of its area; for a district or county, its prefecture; for a prefecture, its province.", "上级辖区"),
    Column("year", "int32", "The year reported on (not the year of publication).", "报告年度"),
    Column("level", "string", "Administrative level of the reporting body.", "层级", allowed=LEVELS, ordered=True),
    Column("regime", "string", "Statistics regime: pre2019 (OGI 2007), 2019 (format of 2019), 2021 (format of "
           "2021).", "统计口径", allowed=REGIMES, ordered=True),
    Column("scope", "string", "jurisdiction: figures aggregate the whole area (全市/全区/全县); body: the body "
           "alone.", "统计范围", allowed=SCOPES),
    Column("province", "string", "Province of the reporting body, where it can be resolved.", "省份"),
    Column("division_code", "string", "GB/T 2260 code of the body's division, where it can be resolved.",
           "行政区划代码"),
    Column("applicant", "string", "Applicant type of a matrix column (null for items without one).",
           "申请人类型", allowed=APPLICANT_TYPES, ordered=True),
    # the input and its provenance
    Column("file", "string", "File name of the input (for a table row, of its table).", "文件"),
    Column("sha256", "string", "SHA-256 of the input file's bytes; for a table row, of its text field (its "
           "HTML field when the text is empty) in UTF-8.", nullable=False),
    Column("bytes", "int64", "Size of the input file, or of a table row's text field in UTF-8.", unit="bytes"),
    Column("encoding", "string", "Text encoding detected (of the table for a table row; null for PDF, Word and "
           "Parquet; `ocr:tesseract-chi_sim` for a PDF read by OCR)."),
    Column("format", "string", "Input format: txt, md, html, pdf, docx, doc, ...; csv, jsonl or parquet for a "
           "table row or table."),
    Column("title", "string", "Title of the report as found (for a table row, the row's title).", "标题"),
    Column("published", "string", "Publication date (YYYY-MM-DD) when the page gives one.", "发布日期"),
    Column("url", "string", "Address of the original page, when known.", "原文链接"),
    Column("origin", "string", "Where the input file came from: the `source` of the SOURCES.csv beside it (a "
           "crawler's archive and path), or for a crawl table's row, the table's.", "来源"),
    Column("status", "string", "ok, partial (some tables unreadable), no_statistics; not_a_report (a page that "
           "is no disclosure report, reason in message); no_text (a report page without usable text, see "
           "attachments); duplicate (same text as duplicate_of); or why the input could not be read.",
           allowed=STATUSES, nullable=False),
    Column("message", "string", "What went wrong or what is missing, in words; for a table row or table, "
           "naming the table, row and column."),
    Column("n_facts", "int64", "Number of facts extracted."),
    Column("n_breaks", "int64", "Number of accounting identities the report breaks."),
    Column("text_sha256", "string", "SHA-256 of the normalised text without whitespace: equal texts are the "
           "same report."),
    Column("source_table", "string", "For a table row, the table's path relative to the input folder (null for "
           "report files).", "来源表"),
    Column("source_row", "int64", "For a table row, its 1-based data row in the table (the header is row 0).",
           "来源行"),
    Column("attachments", "string", "Attachment links of a table row, as a JSON array of strings (null when it "
           "has none); for a no_text report, where the report itself is.", "附件链接"),
    Column("duplicate_of", "string", "For a duplicate, the report_id of the report kept for the same text; the "
           "duplicate's facts are not repeated in facts, checks or the wide tables."),
    Column("sources", "string", "For a report read from its text, every input with this text, as a JSON array "
           "of report_id: itself first, then its duplicates in input order."),
    Column("body_year_group", "string", "For kept reports of the same body and year whose texts differ (a "
           "revised or republished report, or a mislocated one; check before counting both): the report_id of "
           "the group's first report, shared by every member; null for a report alone in its body and year."),
    # facts
    Column("item", "string", "Item code (see the item vocabulary).", "指标", nullable=False),
    Column("value", "float64", "The value, in the item's unit (null for blank, not applicable, text or "
           "ambiguous)."),
    Column("unit", "string", "Unit of the value: 件, 条, 人, 次, 万元 ...", "单位"),
    Column("semantics", "string", "number; zero_stated (e.g. 未收到申请); blank cell; not_applicable (/ or —); "
           "text; ambiguous (run-together cells with more than one reading).", allowed=SEMANTICS,
           nullable=False),
    Column("approximate", "bool", "The report gives the figure as approximate (余, 近, 约, 多)."),
    Column("method", "string", "How the value was read: table (a cell found under its printed row label); "
           "table_layout (a cell placed by the table's standard row order, its label printed apart in text "
           "converted from a PDF: used only when the count of value rows is the layout's, every printed label "
           "sits at its place and every identity that can be computed holds); table_identity, table_prose, "
           "table_crossyear (cells run together in the text, read by the one split that the table's own "
           "identities, the figures the report's prose states, or the same body's report of the adjacent "
           "year admit); prose (a figure read by a pattern of its wording); or prose_label (a counted figure of the "
           "prose whose label names the item unambiguously, e.g. 已在规定期限内答复1件: reply_total; its row_label is "
           "that phrase).", allowed=METHODS,
           nullable=False),
    Column("preferred", "bool", "This is the value the wide tables use (a table value over a prose one)."),
    Column("row_label", "string", "The table row label as printed; for item prose_other, the phrase of the "
           "prose saying what was counted.", "行标签"),
    Column("column_label", "string", "Code of the table column the value is in (applicant type or measure, "
           "e.g. `research`, `issued`). In pre-2019 provincial tables with two columns, `本年` is the year's "
           "column and `cumulative` the 历年累计 column (a running total since the regulations took effect, "
           "not the year's figure: its facts are never preferred and never reach the wide tables; their "
           "identities are checked as `cumulative:<id>`).", "列代码"),
    Column("column_header", "string", "The header of that column as this report prints it, spaces dropped, "
           "levels joined by a space (科研机构, 2012年度, 行政诉讼 未经复议直接起诉 尚未结案); where the report "
           "prints none the reader could match (a cell placed by the layout, a header split apart), the standard "
           "header of the report's format instead (本年制发件数, 本年, 历年累计). The code is in column_label; the "
           "text around the value in source_text.", "列标题"),
    Column("source_text", "string", "The exact text the value came from: the row and its cells, or the "
           "sentence."),
    Column("source_offset", "int64", "Character offset of the source in the normalised text.", nullable=False),
    Column("source_page", "int32", "Page of the source, for paged formats (PDF)."),
    # checks
    Column("identity", "string", "Identity id, e.g. balance:total, out_total:natural_person, "
           "row_total:req_new, reply_total; cumulative:app_received for the 历年累计 column of a pre-2019 "
           "provincial table.", nullable=False),
    Column("total_item", "string", "Item code of the total side."),
    Column("stated", "float64", "The total as the report states it."),
    Column("computed", "float64", "The sum of the parts as the report states them."),
    Column("difference", "float64", "stated - computed."),
    Column("holds", "bool", "Whether the identity holds.", nullable=False),
    Column("parts", "string", "The items summed."),
    # challenges
    Column("kind", "string", "review; lawsuit (before 2019); suit_direct or suit_after_review (2019 on).",
           allowed=("review", "lawsuit", "suit_direct", "suit_after_review")),
    *(Column(o, "int64", f"Cases with outcome: {o} ({zh}).", zh, "件") for o, zh in _OUTCOMES),
    # harmonised
    Column("measure", "string", "Harmonised measure code (see the crosswalk).", "统一指标",
           allowed=tuple(m.code for m in MEASURES), nullable=False),
    Column("source_items", "string", "The item codes summed, joined by + (those of the crosswalk alternative "
           "used; when complete = false some of them were not given).", nullable=False),
    Column("complete", "bool", "Every source item was given (false: the value sums only those given).",
           nullable=False),
    Column("crosswalk_exact", "bool", "The regime's categories match the measure one to one (false: an "
           "approximate mapping; see the crosswalk notes).", nullable=False),
    # crossyear
    Column("year_from", "int32", "Year of the earlier report."),
    Column("year_to", "int32", "Year of the later report (year_from + 1)."),
    Column("report_from", "string", "report_id of the earlier report.", nullable=False),
    Column("report_to", "string", "report_id of the later report.", nullable=False),
    Column("expected", "float64", "The figure the earlier report (and the later one's 制发 − 废止) implies."),
    Column("reason", "string", "Why the identity could not be evaluated (format, or a missing figure)."),
    # the items of the vocabulary, as wide-table columns
    *(_item_field(item) for item in ITEMS if not _KIND_OUTCOME.match(item.code) and item.section not in FACTS_ONLY),
)
FIELDS: dict[str, Column] = {c.name: c for c in _FIELDS}
ITEM_COLUMNS: dict[str, str] = {item.code: column_name(item) for item in ITEMS}


def columns(*names: str, **narrowed: dict) -> tuple[Column, ...]:
    """The fields `names`, in order; `narrowed[name]` may replace a field's description, allowed values or
    nullability for one table (never its name, dtype or unit)."""
    for name, change in narrowed.items():
        if name not in names or set(change) - {"description", "allowed", "nullable"}:
            raise ValueError(f"{name}: only a listed field's description, allowed or nullable can be narrowed")
    return tuple(replace(FIELDS[name], **narrowed.get(name, {})) for name in names)
