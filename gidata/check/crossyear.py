"""Cross-year checks: a body's figures in consecutive reports must join up (carry-over, documents in force)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gidata.locate import places
from gidata.vocabulary.items import Y2019, Y2021

if TYPE_CHECKING:  # numpy and pyarrow: only for a build's crossyear
    import numpy as np
    import pyarrow as pa

# Suffixes naming the government of an area rather than a different body.
_GOVERNMENT_SUFFIX = re.compile(r"(人民政府|管理委员会|管委会)$")
# Short and long forms of department names seen in titles; the short form is the key.
ABBREVIATIONS = (("科学技术委员会", "科委"), ("科学技术", "科技"), ("工业和信息化", "工信"),
                 ("市场监督管理", "市场监管"), ("人力资源和社会保障", "人社"))


@dataclass(frozen=True)
class Identity:
    """One cross-year identity: what this year states, computed from last year's and this year's figures."""

    name: str
    description: str
    regimes_from: tuple[str, ...]
    regimes_to: tuple[str, ...]
    stated: str                       # item of the later report
    previous: str                     # item of the earlier report
    plus: tuple[str, ...] = ()        # items of the later report added
    minus: tuple[str, ...] = ()       # items of the later report subtracted
    since: str = "the 2019 format"    # where the figures first appear, for the reason of a null


_NEW = (Y2019, Y2021)
IDENTITIES = (
    Identity("carry_over", "This year's 上年结转 = last year's 结转下年度继续办理 (总计 column).",
             _NEW, _NEW, "req_carried_over", "req_carried_forward"),
    Identity("rules_in_force", "规章 现行有效件数 = last year's + 本年制发 − 本年废止.",
             (Y2021,), (Y2021,), "rules_in_force", "rules_in_force", ("rules_issued",), ("rules_repealed",),
             "the 2021 format (现行有效件数)"),
    Identity("normative_in_force", "行政规范性文件 现行有效件数 = last year's + 本年制发 − 本年废止.",
             (Y2021,), (Y2021,), "normative_in_force", "normative_in_force",
             ("normative_issued_2021",), ("normative_repealed",), "the 2021 format (现行有效件数)"),
)


def normalise_body(name: str) -> str:
    """A body name reduced to a key: `淮安市洪泽区人民政府` -> `洪泽区`, `河北省科学技术厅` -> `河北省科技厅`.

    >>> normalise_body("平潭综合实验区管委会") == normalise_body("平潭综合实验区")
    True
    """
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    name = _GOVERNMENT_SUFFIX.sub("", name) or name
    name = places.drop_parent_areas(name)  # 淮安市洪泽区 -> 洪泽区 (the code keeps them apart)
    for long, short in ABBREVIATIONS:
        name = name.replace(long, short)
    return name


def body_key(report: dict) -> tuple[str, str] | None:
    """The body_id, else (division code, normalised name): reports with equal keys are the same body;
    None if no body."""
    if not report.get("body") or report.get("year") is None:
        return None
    if report.get("body_id"):
        return ("", report["body_id"])
    return (report.get("division_code") or "", normalise_body(report["body"]))


def pairs(reports: list[dict]) -> list[tuple[dict, dict]]:
    """Every (year y, year y + 1) pair of reports of the same body; all combinations if a year has two."""
    return list(iter_pairs(reports))


def iter_pairs(reports: list[dict]) -> Iterator[tuple[dict, dict]]:
    """The pairs of `pairs` one by one: many copies of a body's reports make very many pairs."""
    by_body: dict[tuple, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    seen = set()
    for report in reports:
        key = body_key(report)
        if key is None or report["report_id"] in seen:
            continue
        seen.add(report["report_id"])
        by_body[key][int(report["year"])].append(report)
    for years in by_body.values():
        for year in sorted(years):
            yield from ((a, b) for a in years[year] for b in years.get(year + 1, []))


def crossyear(reports: list[dict], values: dict[str, dict]) -> list[dict]:
    """The `crossyear` rows: every identity for every pair, with holds null and a reason when not evaluable.

    `values` maps report_id -> (item, applicant) -> value, as the wide tables use them.
    """
    counted = [(*(r.get(k) for k in HEAD), *needed(values.get(r["report_id"], {}))) for r in reports]
    columns = dict(zip((*HEAD, *ITEMS), map(list, zip(*counted)))) if counted else {k: [] for k in (*HEAD, *ITEMS)}
    return [dict(zip(batch, row)) for batch in crossyear_batches(columns) for row in zip(*batch.values())]


def evaluate(identity: Identity, earlier: dict, later: dict, before: dict, after: dict) -> dict:
    """Stated, expected, difference, holds and reason of one identity for one pair."""
    for side, report, regimes in (("earlier", earlier, identity.regimes_from), ("later", later, identity.regimes_to)):
        if report.get("regime") not in regimes:
            return _open(f"the figures exist from {identity.since} on; the {side} report is in the "
                         f"{report.get('regime')} format")
    needed = [("later", identity.stated, after), ("earlier", identity.previous, before)]
    needed += [("later", item, after) for item in identity.plus + identity.minus]
    found = [(f"{side} report lacks {item}", _get(got, item)) for side, item, got in needed]
    values = [value for _, value in found if value is not None]
    if len(values) < len(found):
        return _open("; ".join(lack for lack, value in found if value is None))
    stated, previous, changes = values[0], values[1], values[2:]
    plus = len(identity.plus)
    expected = previous + sum(changes[:plus]) - sum(changes[plus:])
    difference = round(stated - expected, 6)
    return {"stated": stated, "expected": expected, "difference": difference,
            "holds": abs(difference) < 1e-6, "reason": None}


def _open(reason: str) -> dict:
    return {"stated": None, "expected": None, "difference": None, "holds": None, "reason": reason}


def _get(values: dict, item: str) -> float | None:
    """The 总计-column value of an item, or the value stated without applicant."""
    value = values.get((item, "total"))
    return values.get((item, None)) if value is None else value



ITEMS = tuple(dict.fromkeys(i for x in IDENTITIES for i in (x.stated, x.previous, *x.plus, *x.minus)))
HEAD = ("report_id", "body_id", "body", "division_code", "year", "regime")


def needed(values: dict) -> tuple[float | None, ...]:
    """Of one report's values, those the identities read (`ITEMS`, as `_get` finds them): all a build keeps."""
    return tuple(_get(values, item) for item in ITEMS)


def counted_schema() -> pa.Schema:
    """The Arrow schema of the counted reports' columns that `crossyear_tables` reads."""
    import pyarrow as pa

    strings = ("report_id", "body_id", "body", "division_code", "regime")
    return pa.schema([(k, pa.string() if k in strings else pa.int64() if k == "year" else pa.float64())
                      for k in (*HEAD, *ITEMS)])


def crossyear_batches(reports: dict[str, list], pairs_at_once: int = 20_000) -> Iterator[dict[str, list]]:
    """The blocks of `crossyear_tables` as columns (lists of values)."""
    for table in crossyear_tables(reports, pairs_at_once):
        yield table.to_pydict()


def crossyear_tables(reports: dict[str, list] | pa.Table, pairs_at_once: int = 20_000) -> Iterator[pa.Table]:
    """The `crossyear` rows as Arrow tables, from the counted reports as columns (`HEAD`, then one per
    item of `ITEMS`, None where the report lacks it; lists, or an Arrow table of `counted_schema`): a block
    of earlier reports at a time, of about `pairs_at_once` pairs (a body with many reports a year has very
    many), each earlier report's rows all in one block.

    The rows `evaluate` gives each pair: pairs are found by joining the reports on body key and
    year (year y with y + 1, Arrow's hash join, in this thread: Arrow's pool of threads cost more CPU
    than the join), and the identities evaluated a column at a time, in Arrow: no Python object per row.
    The reports are sorted by body first, so that a block is joined with its bodies' reports only, not
    with every report (which made the cost per report grow with the number of blocks).
    """
    if isinstance(reports, dict) and not _consecutive(reports):
        return  # no body reported in two consecutive years (one `gidata parse`): nothing to import or join
    import pyarrow as pa

    keyed = _keyed(pa.table(reports, schema=counted_schema()) if isinstance(reports, dict) else reports)
    del reports  # a build's counted reports: the caller holds them no more, `keyed` is a copy
    keyed = keyed.take(pa.compute.sort_indices(keyed, sort_keys=[("_code", "ascending"), ("_name", "ascending")]))
    later = keyed.set_column(keyed.schema.get_field_index("year"), "year",
                             pa.compute.subtract(keyed.column("year"), 1))
    pa.default_memory_pool().release_unused()  # the pool keeps the pages freed by keying and sorting
    for start, end, first, last in _blocks(keyed, pairs_at_once):
        found = keyed.slice(start, end - start).join(later.slice(first, last - first), keys=["_code", "_name", "year"],
                                                     join_type="inner", left_suffix="_from", right_suffix="_to",
                                                     use_threads=False)
        if found.num_rows:
            yield pa.concat_tables([_identity_table(found, identity) for identity in IDENTITIES])


def _consecutive(reports: dict[str, list]) -> bool:
    """Whether some body reported in two consecutive years (in Python: a `gidata parse` imports no pyarrow)."""
    keys, pairable = _keys(reports), _pairable(reports)
    present = {(c, n, y) for c, n, y, ok in zip(keys["_code"], keys["_name"], reports["year"], pairable) if ok}
    return any((c, n, y + 1) in present for c, n, y in present)


def _keyed(table: pa.Table) -> pa.Table:
    """The pairable reports (`_pairable`) with their body key (`_keys`) as columns `_code` and `_name`, in Arrow:
    a body name is normalised once however many reports name it, and no Python object is made per report."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    body = table.column("body").combine_chunks()
    names = body.dictionary_encode()
    normalised = pa.array([normalise_body(name) for name in names.dictionary.to_pylist()], pa.string())
    body_id = table.column("body_id").combine_chunks()
    has_id = pc.fill_null(pc.not_equal(body_id, ""), False)
    code = pc.if_else(has_id, "", pc.fill_null(table.column("division_code").combine_chunks(), ""))
    table = table.append_column(pa.field("_code", pa.string()), code)
    name = pc.if_else(has_id, body_id, normalised.take(names.indices))
    table = table.append_column(pa.field("_name", pa.string()), name)
    dated = pc.and_(pc.fill_null(pc.not_equal(body, ""), False), pc.is_valid(table.column("year").combine_chunks()))
    at = np.flatnonzero(dated.to_numpy(zero_copy_only=False))
    ids = table.column("report_id").combine_chunks().take(pa.array(at)).dictionary_encode().indices.to_numpy()
    pairable = np.zeros(table.num_rows, np.bool_)
    pairable[at[np.unique(ids, return_index=True)[1]]] = True  # each report_id's first row with a body and a year
    return table.filter(pa.array(pairable))


def _blocks(keyed: pa.Table, pairs_at_once: int) -> Iterator[tuple[int, int, int, int]]:
    """(start, end) of runs of earlier reports with about `pairs_at_once` later reports to pair with, and
    (first, last) of the run of their bodies' reports (`keyed` is sorted by body: a body's reports are a run)."""
    import numpy as np
    import pyarrow.compute as pc

    if not keyed.num_rows:
        return

    def changes(name: str) -> np.ndarray:
        column = keyed.column(name).combine_chunks()
        return pc.not_equal(column[1:], column[:-1]).to_numpy(zero_copy_only=False)

    starts = np.flatnonzero(np.concatenate([[True], changes("_code") | changes("_name")]))
    ends = np.append(starts[1:], keyed.num_rows)
    body = np.repeat(np.arange(len(starts)), ends - starts)  # each report's body, numbered in order
    year = keyed.column("year").to_numpy() - int(pc.min(keyed.column("year")).as_py())
    body_year = body * (int(year.max()) + 2) + year  # one number per (body, year); year + 1 stays in the body
    reports_of, count = np.unique(body_year, return_counts=True)
    at = np.minimum(np.searchsorted(reports_of, body_year + 1), len(reports_of) - 1)
    later = np.where(reports_of[at] == body_year + 1, count[at], 0).tolist()
    start = pairs = 0
    for i, n in enumerate(later):
        pairs += n
        if pairs >= pairs_at_once or i + 1 == len(later):
            yield start, i + 1, int(starts[body[start]]), int(ends[body[i]])
            start, pairs = i + 1, 0


def _keys(reports: dict[str, list]) -> dict[str, list]:
    """The body key of each report (`body_key`) as two columns, empty where it has none."""
    keys = [body_key(dict(zip(("body_id", "body", "division_code", "year"), row))) or ("", "")
            for row in zip(*(reports[k] for k in ("body_id", "body", "division_code", "year")))]
    return {"_code": [k[0] for k in keys], "_name": [k[1] for k in keys]}


def _pairable(reports: dict[str, list]) -> list[bool]:
    """The reports with a body and a year, each report_id once (its first row)."""
    seen: set[str] = set()
    keep = []
    for report_id, body, year in zip(reports["report_id"], reports["body"], reports["year"]):
        keep.append(bool(body) and year is not None and report_id not in seen)
        if keep[-1]:
            seen.add(report_id)
    return keep


def _identity_table(pairs: pa.Table, identity: Identity) -> pa.Table:
    """The rows of one identity for joined pairs (columns `<name>_from`, `<name>_to`), as `evaluate` gives them."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    def values(name: str) -> np.ndarray:
        return pairs.column(name).to_numpy().astype(np.float64)  # nulls as NaN

    stated, previous = values(f"{identity.stated}_to"), values(f"{identity.previous}_from")
    plus = sum((values(f"{item}_to") for item in identity.plus), np.zeros(pairs.num_rows))
    minus = sum((values(f"{item}_to") for item in identity.minus), np.zeros(pairs.num_rows))
    expected = previous + plus - minus
    difference = rounded(stated - expected)
    reasons = _reasons(pairs, identity)
    evaluable = pc.is_null(reasons)
    year = pairs.column("year").cast(pa.int32())
    columns = {"body_id": pairs.column("body_id_to"), "body": pairs.column("body_to"),
               "division_code": pairs.column("division_code_to"), "year_from": year,
               "year_to": pc.add(year, pa.scalar(1, pa.int32())),
               "report_from": pairs.column("report_id_from"), "report_to": pairs.column("report_id_to"),
               "identity": pa.repeat(pa.scalar(identity.name, pa.string()), pairs.num_rows),
               "stated": _where(evaluable, stated), "expected": _where(evaluable, expected),
               "difference": _where(evaluable, difference),
               "holds": _where(evaluable, np.abs(difference) < 1e-6), "reason": reasons}
    return pa.table(columns)  # the columns and types of the release's `crossyear`


def rounded(values: np.ndarray) -> np.ndarray:
    """`round(x, 6)` of each value (as `evaluate` rounds), called only on those with a fraction: a whole
    number, NaN and infinity are their own rounding, and most differences are whole numbers or NaN."""
    import numpy as np

    values = values.copy()
    fractional = np.flatnonzero(np.isfinite(values) & (values != np.trunc(values)))
    values[fractional] = [round(x, 6) for x in values[fractional].tolist()]
    return values


def _where(evaluable: pa.Array, values: np.ndarray) -> pa.Array:
    """The values, null where the identity could not be evaluated."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.if_else(evaluable, pa.array(values), pa.nulls(len(values), pa.array(values[:0]).type))


def _reasons(pairs: pa.Table, identity: Identity) -> pa.Array:
    """Why each pair's identity cannot be evaluated (`evaluate`'s reason), null where it can."""
    import pyarrow as pa
    import pyarrow.compute as pc

    import numpy as np

    needed_items = [("later", identity.stated, "_to"), ("earlier", identity.previous, "_from")]
    needed_items += [("later", item, "_to") for item in identity.plus + identity.minus]
    lacks = [f"{side} report lacks {item}" for side, item, _ in needed_items]
    missing = sum(pairs.column(f"{item}{end}").is_null().to_numpy(zero_copy_only=False).astype(np.int64) << bit
                  for bit, (_, item, end) in enumerate(needed_items))
    said = ["; ".join(lack for bit, lack in enumerate(lacks) if code >> bit & 1) or None
            for code in range(1 << len(lacks))]  # what each set of missing items says
    reason = pa.array(said, pa.string()).take(pa.array(missing, pa.int64()))
    for side, end, allowed in (("later", "_to", identity.regimes_to), ("earlier", "_from", identity.regimes_from)):
        regime = pc.fill_null(pairs.column(f"regime{end}").combine_chunks(), "None")
        outside = pc.invert(pc.is_in(regime, value_set=pa.array(allowed, pa.string())))
        said = pc.binary_join_element_wise(
            pa.scalar(f"the figures exist from {identity.since} on; the {side} report is in the "), regime,
            pa.scalar(" format"), pa.scalar(""))
        reason = pc.if_else(outside, said, reason)
    return reason
