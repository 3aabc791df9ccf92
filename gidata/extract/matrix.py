"""Extract the 2019/2021 applicant matrix: rows found by their labels, columns by their headers."""

from __future__ import annotations

import itertools
import re

from gidata.read.document import Document
from gidata.records import Fact
from gidata.items import APPLICANT_TYPES, ITEM_BY_CODE
from gidata.numbers import Cell
from gidata.extract.tablescan import RowHit, cells_of, find_rows, leading_values, segments, split_candidates

_N = r"\s*"
_SUFFIX = r"[^0-9\n|/—]*?"


def _row(code: str, numbering: str, core: str) -> tuple[str, str]:
    """A row label regex: its own numbering (never a bare digit, which may be the last cell), then its words."""
    return code, rf"(?:{numbering}{_N})?{core}(?:[^0-9\n|]{{0,40}}?[)）])?(?:数量|情况)?"


MATRIX_ROWS = [
    _row("req_new", r"一[、.]", r"本年新收[^0-9\n|]{0,14}"),
    _row("req_carried_over", r"二[、.]", r"上一?年结转[^0-9\n|]{0,14}"),
    _row("out_granted", r"\(一\)", r"予以公开"),
    _row("out_partial", r"\(二\)", r"部分公开"),
    _row("out_denied_state_secret", r"1[.、]", r"属于国家秘密"),
    _row("out_denied_prohibited", r"2[.、]", r"其他法律[^0-9\n|]{0,8}公开"),
    _row("out_denied_security", r"3[.、]", r"危及[^0-9\n|]{0,8}稳定[”\"]?"),
    _row("out_denied_third_party", r"4[.、]", r"保护第三方合法权益"),
    _row("out_denied_internal", r"5[.、]", r"属于三类内部事务信息"),
    _row("out_denied_process", r"6[.、]", r"属于四类过程性信息"),
    _row("out_denied_enforcement", r"7[.、]", r"属于行政执法案卷"),
    _row("out_denied_inquiry", r"8[.、]", r"属于行政查询事项"),
    _row("out_unable_not_held", r"1[.、]", r"本机关不掌握相关政府信息"),
    _row("out_unable_needs_creation", r"2[.、]", r"没有现成信息需要另行制作"),
    _row("out_unable_unclear", r"3[.、]", r"补正后申请内容仍不明确"),
    _row("out_unprocessed_petition", r"1[.、]", r"信访举报投诉类申请"),
    _row("out_unprocessed_repeat", r"2[.、]", r"重复申请"),
    _row("out_unprocessed_publication", r"3[.、]", r"要求提供公开出版物"),
    _row("out_unprocessed_mass", r"4[.、]", r"无正当理由大量反复申请"),
    _row("out_unprocessed_confirm", r"5[.、]", r"要求行政机关确认或重新出具已获取信息"),
    ("out_other", r"(?:\(六\)\s*)?其他处理"),
    _row("out_other_no_correction", r"1[.、]", r"申请人无正当理由逾期不补正[^0-9\n|]{0,30}申请"),
    _row("out_other_no_fee", r"2[.、]", r"申请人逾期未按收费通知[^0-9\n|]{0,30}申请"),
    ("out_other_other", r"3[.、]\s*其他"),
    _row("out_total", r"\(七\)", r"总计"),
    _row("req_carried_forward", r"四[、.]", r"结转下年度继续办理"),
]
_HEADER_LABELS = {
    "natural_person": r"自然人", "commercial": r"商业\s*企\s*业", "research": r"科研\s*机\s*构",
    "ngo": r"社会\s*公益\s*组\s*织", "legal_services": r"法律\s*服务\s*机\s*构",
    "other_org": r"其\s*他(?!处理)", "total": r"总\s*计",
}


def matrix_bounds(text: str) -> tuple[int, int] | None:
    """Where the applicant matrix lies: from its header (申请人情况 / 自然人) to its last row."""
    first = re.search(r"本年新收", text)
    if not first:
        return None
    head = text.rfind("自然人", 0, first.start())
    start = head if head >= 0 and first.start() - head < 600 else first.start()
    last = re.search(r"结转下年度继续办理", text[first.start():])
    end = first.start() + (last.end() + 400 if last else 5000)
    review = re.search(r"行政复议|五、|存在的主要问题", text[first.start() + (last.end() if last else 0):])
    if last and review:
        end = min(end, first.start() + last.end() + review.start())
    return start, min(end, len(text))


def column_order(header: str) -> list[str]:
    """Applicant columns in the order the header gives them (the standard order if it says nothing).

    A flattened header lists 总计 before the organisation sub-columns (its cell spans two header
    rows), so 总计 counts as first only when it comes before 自然人.
    """
    header = re.sub(r"法人\s*或\s*其\s*他\s*组\s*织", "", header)
    found = {}
    for code, pattern in _HEADER_LABELS.items():
        match = re.search(pattern, header)
        if match:
            found[code] = match.start()
    if len(found) != len(APPLICANT_TYPES):
        return list(APPLICANT_TYPES)
    people = sorted((c for c in found if c != "total"), key=found.get)
    return ["total", *people] if found["total"] < found["natural_person"] else [*people, "total"]


def extract_matrix(doc: Document) -> list[Fact]:
    """All cells of the applicant matrix as facts, one per row and applicant column."""
    bounds = matrix_bounds(doc.text)
    if bounds is None:
        return []
    start, end = bounds
    first_row = doc.text.find("本年新收", start)
    columns = column_order(doc.text[start:first_row])
    hits = _reanchor(doc.text, find_rows(doc.text, MATRIX_ROWS, first_row - 4, end, window=800), end)
    spaced = _double_spaced(doc.text[first_row:end])
    rows = {}
    check = _row_total_check(columns)
    for hit, segment in segments(doc.text, hits, end):
        cells = cells_of(segment, len(columns), check, spaced)
        if cells and doc.from_ocr and not _vouched(cells, check):
            cells = None  # an OCR'd row whose total does not add up: a digit may be misread
        rows[hit.key] = (hit, segment, cells)
    _resolve_jointly(rows, columns)
    return [fact for key, (hit, segment, cells) in rows.items()
            for fact in _row_facts(hit, segment, cells, columns)]


def _reanchor(text: str, hits: list[RowHit], end: int) -> list[RowHit]:
    """Move a row to a later copy of its label when the first has no values after it: a heading
    above its own table row (`### 一、本年新收…` then `| 本年新收… | 705 | …`)."""
    patterns = dict(MATRIX_ROWS)
    out = []
    for hit, segment in segments(text, hits, end):
        if not re.search(r"\d", leading_values(segment)):
            again = re.compile(patterns[hit.key]).search(segment)
            if again and re.search(r"\d", leading_values(segment[again.end():])):
                start = hit.end + again.start()
                hit = RowHit(hit.key, start, hit.end + again.end(), again.group(0))
        out.append(hit)
    return out


def _double_spaced(region: str) -> bool | None:
    lines = region.split("\n")
    if len(lines) < 20:
        return None
    empty = sum(1 for line in lines if not line.strip())
    return empty > 0.4 * len(lines)


def _vouched(cells: list[Cell], check) -> bool:
    """Every cell a number, and the row's identity holding."""
    return all(c.kind == "number" for c in cells) and check([c.value for c in cells])


def _row_total_check(columns: list[str]):
    total = columns.index("total")
    return lambda v: abs(sum(v) - 2 * v[total]) < 1e-6


def _row_facts(hit: RowHit, segment: str, cells: list[Cell] | None, columns: list[str]) -> list[Fact]:
    source = (hit.label + segment).strip()[:300]
    if cells is None and not re.search(r"\d|[/—]", leading_values(segment)):
        if hit.key != "out_other" and not re.search(r"\d|[/—]", segment):
            # a row whose label runs straight into the next: every cell of it is blank
            return [Fact(hit.key, None, "blank", "table", source, hit.start, applicant=column,
                         row_label=hit.label.strip(), column_label=column) for column in columns]
        return []  # a group heading, such as 2021's (六)其他处理 above its three rows
    if cells is None:
        return [Fact(hit.key, None, "ambiguous", "table", source, hit.start, applicant=None,
                     row_label=hit.label.strip())]
    return [
        Fact(hit.key, cell.value, _semantics(cell), "table", source, hit.start, applicant=column,
             row_label=hit.label.strip(), column_label=column)
        for column, cell in zip(columns, cells)
    ]


def _semantics(cell: Cell) -> str:
    return {"number": "number", "blank": "blank", "not_applicable": "not_applicable"}.get(cell.kind, "text")


def _resolve_jointly(rows: dict, columns: list[str]) -> None:
    """Choose among the splits of run-together rows the one combination the column identities accept."""
    open_rows = {key: split_candidates(seg, len(columns), _row_total_check(columns))
                 for key, (hit, seg, cells) in rows.items() if cells is None}
    open_rows = {k: v for k, v in open_rows.items() if v}
    if not open_rows or _combinations(open_rows) > 200_000:
        return
    keys = list(open_rows)
    fixed = {k: [c.value or 0.0 for c in cells] for k, (h, s, cells) in rows.items() if cells}
    accepted = [combo for combo in itertools.product(*(open_rows[k] for k in keys))
                if _columns_balance({**fixed, **dict(zip(keys, combo))}, len(columns))]
    if len(accepted) == 1:
        for key, values in zip(keys, accepted[0]):
            hit, segment, _ = rows[key]
            rows[key] = (hit, segment, [Cell("number", v, segment.strip()) for v in values])


def _combinations(options: dict) -> int:
    count = 1
    for values in options.values():
        count *= len(values)
    return count


def _columns_balance(rows: dict[str, list[float]], width: int) -> bool:
    """New + carried over = total + carried forward, and the total row = the outcome rows, per column."""
    needed = ("req_new", "req_carried_over", "out_total", "req_carried_forward")
    if not all(k in rows for k in needed):
        return False
    outcomes = [k for k in rows if k.startswith("out_") and k != "out_total"
                and not (k == "out_other" and any(o.startswith("out_other_") for o in rows))]
    for c in range(width):
        if rows["req_new"][c] + rows["req_carried_over"][c] != rows["out_total"][c] + rows["req_carried_forward"][c]:
            return False
        if sum(rows[k][c] for k in outcomes) != rows["out_total"][c]:
            return False
    return True


assert all(code in ITEM_BY_CODE for code, _ in MATRIX_ROWS)
