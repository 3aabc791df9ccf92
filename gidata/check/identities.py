"""Check a report's accounting identities (勾稽关系); breaks are recorded, never fixed."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, fields
from operator import attrgetter, itemgetter

from gidata.records import CUMULATIVE, TABLE_METHODS, USABLE, Fact, Key, value_of, values_of
from gidata.vocabulary.items import APPLICANT_TYPES, PRE2019
from gidata.vocabulary.tables import PRE2019_VARIANT_ONLY, PRE2019_VARIANT_SUMS

PRE2019_SUMS = {
    "app_received": ("app_in_person", "app_fax", "app_online", "app_letter"),
    "app_completed": ("app_completed_on_time", "app_completed_extended"),
    "reply_total": ("reply_already_public", "reply_granted", "reply_partial", "reply_denied",
                    "reply_not_this_body", "reply_not_exist", "reply_amend", "reply_other_channel"),
    "reply_denied": ("reply_denied_state_secret", "reply_denied_commercial_secret",
                     "reply_denied_privacy", "reply_denied_security", "reply_denied_not_gov_info",
                     "reply_denied_other_law"),
    "review_total": ("review_upheld", "review_corrected", "review_other"),
    "lawsuit_total": ("lawsuit_upheld", "lawsuit_corrected", "lawsuit_other"),
    "staff_total": ("staff_full_time", "staff_part_time"),
}
CHALLENGE_SUMS = {
    f"{kind}_total": tuple(f"{kind}_{o}" for o in ("upheld", "corrected", "other", "pending"))
    for kind in ("review", "suit_direct", "suit_after_review")
}
OUTCOME_ROWS_2019 = (
    "out_granted", "out_partial", "out_denied_state_secret", "out_denied_prohibited",
    "out_denied_security", "out_denied_third_party", "out_denied_internal", "out_denied_process",
    "out_denied_enforcement", "out_denied_inquiry", "out_unable_not_held",
    "out_unable_needs_creation", "out_unable_unclear", "out_unprocessed_petition",
    "out_unprocessed_repeat", "out_unprocessed_publication", "out_unprocessed_mass",
    "out_unprocessed_confirm",
)
OTHER_ROWS_2021 = ("out_other_no_correction", "out_other_no_fee", "out_other_other")


@dataclass(frozen=True, slots=True)
class Check:
    """One identity of one report: the total it states, the sum of its parts, and whether they agree."""

    identity: str
    total_item: str
    applicant: str | None
    stated: float
    computed: float
    parts: str

    def __init__(self, identity: str, total_item: str, applicant: str | None, stated: float, computed: float,
                 parts: str) -> None:
        """The dataclass's own __init__, each field set through its slot (as `records.Fact`'s: a
        frozen dataclass calls `object.__setattr__` per field, ~1.7x slower)."""
        _set_identity(self, identity)
        _set_total_item(self, total_item)
        _set_applicant(self, applicant)
        _set_stated(self, stated)
        _set_computed(self, computed)
        _set_parts(self, parts)

    @property
    def holds(self) -> bool:
        return abs(self.stated - self.computed) < 1e-6


_set_identity, _set_total_item, _set_applicant, _set_stated, _set_computed, _set_parts = \
    (getattr(Check, f.name).__set__ for f in fields(Check))


def check(facts: Sequence[Fact], regime: str, chosen: dict[Key, Fact]) -> list[Check]:
    """Every identity whose total and parts the report gives, evaluated on the values that count
    (`chosen`: `records.counting` of the facts); in a pre-2019 table with a 历年累计 column, the same
    identities on that column (`cumulative:…`)."""
    values = values_of(chosen)
    if regime == PRE2019:
        table = {key: v for key, v in values.items() if chosen[key].method in TABLE_METHODS}
        cumulative = _cumulative(facts)
        return _pre2019_sums(values, table) + _pre2019_sums(cumulative, cumulative, "cumulative:")
    return _matrix_checks(values) + _sums(values, CHALLENGE_SUMS, None)


def _cumulative(facts: Sequence[Fact]) -> dict[tuple[str, None], float]:
    """(item, None) -> the 历年累计 value of each row of a pre-2019 table (the first, in text order)."""
    out: dict[tuple[str, None], float] = {}
    for fact in sorted([f for f in facts if f.column_label == CUMULATIVE], key=_OFFSET):  # few: sorted once found
        if fact.semantics in USABLE:
            out.setdefault((fact.item, None), value_of(fact))
    return out


_OFFSET = attrgetter("offset")


def _pre2019_sums(values, table, prefix: str = "") -> list[Check]:
    """The national table's sums; in a provincial variant (rows the national table lacks), its own
    on the table's values: the channels it prints add up to 受理总数, the reply kinds to 答复总数."""
    if not any((item, None) in table for item in PRE2019_VARIANT_ONLY):
        return _sums(values, PRE2019_SUMS, None, prefix)
    out = _sums(values, {k: v for k, v in PRE2019_SUMS.items() if k not in PRE2019_VARIANT_SUMS}, None, prefix)
    for total, parts in PRE2019_VARIANT_SUMS.items():
        present = tuple(p for p in parts if (p, None) in table)
        if len(present) >= 2:
            out += _sums(table, {total: present}, None, prefix)
    return out


def _sums(values, sums: dict[str, tuple[str, ...]], applicant: str | None,
          prefix: str = "") -> list[Check]:
    out = []
    for total, parts in sums.items():
        if (total, applicant) not in values or not all((p, applicant) in values for p in parts):
            continue
        computed = sum(values[(p, applicant)] for p in parts)
        identity = f"{prefix}{total}" + (f":{applicant}" if applicant and not prefix else "")
        out.append(Check(identity, total, applicant, values[(total, applicant)], computed, "+".join(parts)))
    return out


def _matrix_checks(values: dict[Key, float]) -> list[Check]:
    out = []
    rows = {item for item, applicant in values if applicant is not None}
    outcome_rows = OUTCOME_ROWS_2019 + (("out_other",) if rows.isdisjoint(OTHER_ROWS_2021) else OTHER_ROWS_2021)
    outcome_parts = "+".join(outcome_rows)
    for applicant in APPLICANT_TYPES:
        flows = _figures(values, _FLOWS, (applicant,))
        if flows is not None:
            out.append(Check(f"balance:{applicant}", "req_new", applicant, flows[0] + flows[1],
                             flows[2] + flows[3], "out_total+req_carried_forward"))
        total, outcomes = values.get(("out_total", applicant)), _figures(values, outcome_rows, (applicant,))
        if total is not None and outcomes is not None:
            out.append(Check(f"out_total:{applicant}", "out_total", applicant, total, sum(outcomes), outcome_parts))
    for row in sorted(rows):
        cells = _figures(values, (row,), APPLICANT_TYPES)
        if cells is not None:
            out.append(Check(f"row_total:{row}", row, "total", cells[-1], sum(cells[:-1]), _ROW_PARTS))
    return out


_FLOWS = ("req_new", "req_carried_over", "out_total", "req_carried_forward")


def _figures(values: dict[Key, float], items: tuple[str, ...], applicants: tuple[str, ...]) -> tuple[float, ...] | None:
    """The values of the items for the applicants (item by item), None when one is missing: every value
    `values_of` gives is a number, so only a missing key can miss. Read by one itemgetter (C), not a call per key.

    >>> _figures({("a", "x"): 1.0, ("b", "x"): 2.0}, ("a", "b"), ("x",)), _figures({}, ("a", "b"), ("x",))
    ((1.0, 2.0), None)
    """
    try:
        return _getter(items, applicants)(values)
    except KeyError:
        return None


@functools.cache
def _getter(items: tuple[str, ...], applicants: tuple[str, ...]) -> itemgetter:
    """An itemgetter of the (item, applicant) keys: a tuple of values, as at least two keys are read."""
    keys = [(item, applicant) for item in items for applicant in applicants]
    assert len(keys) >= 2  # with one key, an itemgetter gives the value alone
    return itemgetter(*keys)


_ROW_PARTS = "+".join(APPLICANT_TYPES[:-1])
