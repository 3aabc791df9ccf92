"""How many corpus cells the adjacent-year step (gidata.extract.adjacent_year) pins, right and wrong
against the hand-read values, and how often its identities hold where the hand-read values of two
consecutive reports of one body allow checking them.

    .venv/bin/python benchmarks/crossyear_pins.py
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.accuracy import expectations  # noqa: E402
from gidata.build.report import process_file  # noqa: E402
from gidata.build.sources import sources_metadata  # noqa: E402
from gidata.extract.adjacent_year import LEDGERS, METHOD, pin_across_years  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    series: dict[str, dict[int, list]] = defaultdict(lambda: defaultdict(list))  # body -> year -> [(name, yaml, facts)]
    for group, name, expected, source in expectations(ROOT / "corpus"):
        if group != "corpus":
            continue
        result = process_file(source, source.name, sources_metadata(source))
        series[result.report.body or name][result.report.year].append((name, expected.get("table") or {},
                                                                        result.facts))
    right, wrong, held, broken = [], [], [], []
    for body, years in sorted(series.items()):
        single = {year: reports[0] for year, reports in years.items() if len(reports) == 1}
        pinned = pin_across_years({year: facts for year, (_, _, facts) in single.items()})
        for year, facts in pinned.items():
            name, table, _ = single[year]
            for fact in facts:
                if fact.method == METHOD:
                    line = f"{name} {fact.item} {fact.value}"
                    (right if table.get(fact.item) == fact.value else wrong).append(line)
        for year, (_, table, _) in single.items():
            if year - 1 in single:
                _identities_held(single[year - 1][1], table, f"{body} {year - 1}->{year}", held, broken)
    print(f"pinned cells: right {len(right)}, wrong {len(wrong)}")
    for line in right + [f"WRONG {w}" for w in wrong]:
        print("   ", line)
    print(f"identities on hand-read consecutive reports (rows of zeros left out): hold {len(held)}, "
          f"break {len(broken)}")
    for line in held + [f"BREAKS {b}" for b in broken]:
        print("   ", line)
    return 1 if wrong else 0


def _identities_held(before: dict, after: dict, pair: str, held: list, broken: list) -> None:
    for ledger in LEDGERS.values():
        c = ledger.codes
        figures = [after.get(k) for k in c] + [before.get(k) for k in c]
        if not any(figures):
            continue  # a row of zeros (no 规章 at all) holds trivially
        if ledger.kind == "in_force" and all(k in after for k in c) and c[2] in before:
            ok = before[c[2]] + after[c[0]] - after[c[1]] == after[c[2]]
        elif ledger.kind == "items" and c[0] in before and c[1] in before and c[0] in after:
            ok = before[c[0]] + before[c[1]] == after[c[0]]
        else:
            continue
        (held if ok else broken).append(f"{pair} {c[0]}")


if __name__ == "__main__":
    raise SystemExit(main())
