"""Compare a parsed report with hand-read expected values (tests/expected/*.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from gidata.records import CUMULATIVE, PROSE_METHODS, TABLE_METHODS
from gidata.vocabulary.items import APPLICANT_TYPES
from gidata.build.report import Result

REPORT_FIELDS = ("body", "year", "level", "regime", "scope", "province", "published")


@dataclass
class Comparison:
    """Expected values found, missed and wrong for one report."""

    name: str
    right: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def misses(self) -> dict[str, str]:
        """label -> what went wrong, for every expected value not right."""
        return {re.split(r": | = ", line, maxsplit=1)[0]: line for line in self.wrong + self.missing}

    @property
    def accuracy(self) -> float:
        total = len(self.right) + len(self.wrong) + len(self.missing)
        return len(self.right) / total if total else 1.0


def expected_cells(expected: dict, method: str) -> dict[tuple[str, str | None], tuple[float | None, bool]]:
    """(item, applicant) -> (value, approximate) for one method's block of an expected file."""
    cells = {}
    for item, value in (expected.get(method) or {}).items():
        if isinstance(value, list):
            for applicant, v in zip(APPLICANT_TYPES, value):
                cells[(item, applicant)] = (None if v is None else float(v), False)
        elif isinstance(value, dict):
            cells[(item, None)] = (float(value["value"]), bool(value.get("approximate")))
        else:
            cells[(item, None)] = (None if value is None else float(value), False)
    return cells


def compare(expected: dict, result: Result, fields: tuple[str, ...] = REPORT_FIELDS) -> Comparison:
    """Check every expected report field and every table, 历年累计 (`cumulative`, counted as table cells)
    and prose value against the facts."""
    out = Comparison(Path(expected["file"]).name)
    for key in fields:
        want, got = (expected.get("report") or {}).get(key), getattr(result.report, key)
        _tally(out, f"report.{key}", str(want) if want is not None else None,
               str(got) if got is not None else None, want is None)
    for block in ("table", "cumulative", "prose"):
        facts = {}
        # (prose: as the release counts them, an exact figure before an approximate one: `records.counting`)
        for f in (sorted(result.facts, key=_EXACT_FIRST) if block == "prose" else result.facts):
            if (f.column_label == CUMULATIVE) == (block == "cumulative") and \
                    f.method in (PROSE_METHODS if block == "prose" else TABLE_METHODS):
                facts.setdefault((f.item, f.applicant), f)
        for (item, applicant), (value, _approx) in expected_cells(expected, block).items():
            fact = facts.get((item, applicant))
            got = None if fact is None else (fact.value if fact.semantics != "blank" else None)
            label = f"{block}.{item}" + (f".{applicant}" if applicant else "")
            label = f"table.{item}.cumulative" if block == "cumulative" else label  # a table cell
            if fact is None:
                out.missing.append(f"{label} = {value}")
            elif got == value or (got is not None and value is not None and abs(got - value) < 1e-6):
                out.right.append(label)
            else:
                out.wrong.append(f"{label}: expected {value}, got {got} ({fact.semantics})")
    return out


def _EXACT_FIRST(fact) -> tuple[bool, int]:
    return fact.approximate, fact.offset


def _tally(out: Comparison, label: str, want, got, optional: bool) -> None:
    if want == got:
        out.right.append(label)
    elif not optional:
        out.wrong.append(f"{label}: expected {want}, got {got}")


UNEXPLAINED = "UNEXPLAINED: a new miss; say why or fix it"


def load_known_misses(path: Path) -> dict[str, dict[str, str]]:
    """report stem -> label -> reason, from the one file of known misses."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {stem: {label: group["reason"] for group in groups for label in group["values"]}
            for stem, groups in data.items()}


def update_known_misses(path: Path, misses: dict[str, dict[str, str]]) -> None:
    """Rewrite the file to today's misses, keeping the reasons given; a new miss is marked unexplained."""
    known = load_known_misses(path) if path.exists() else {}
    head = "".join(line for line in path.read_text(encoding="utf-8").splitlines(True)
                   if line.startswith("#")) if path.exists() else ""
    out = {}
    for stem in sorted(misses):
        by_reason: dict[str, list[str]] = {}
        for label in misses[stem]:
            by_reason.setdefault(known.get(stem, {}).get(label, UNEXPLAINED), []).append(label)
        if by_reason:
            out[stem] = [{"reason": reason, "values": labels} for reason, labels in by_reason.items()]
    body = yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=110)
    path.write_text(head + body, encoding="utf-8")
