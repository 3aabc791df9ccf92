"""Accuracy of extraction against the hand-read expected values: per report, per regime, per file
type and per kind of value (report fields, table cells, prose figures), corpus and test cases.

The corpus reports are in corpus/ (tests/expected/*.yaml); the test cases made for layouts the
corpus lacks (a saved HTML page, ...) are in tests/fixtures/ (tests/expected/cases/*.yaml). Also
counts the prose facts of each report (known items and `prose_other`), and with `--write-misses`
rewrites tests/expected/known_misses.yaml to the misses of today (corpus and cases), keeping the reasons given.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hand-read comparison lives in tests/
from gidata.build.sources import sources_metadata  # noqa: E402
from gidata.build.pinning import pinned_results  # noqa: E402
from gidata.build.report import Result, process_file  # noqa: E402
from gidata.records import PROSE_METHODS  # noqa: E402
from tests.compare import compare, update_known_misses  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("report", "table", "prose")
KNOWN_MISSES = ROOT / "tests" / "expected" / "known_misses.yaml"


def expectations(corpus: Path) -> list[tuple[str, str, dict, Path]]:
    """(set, name, expected values, source file) for every corpus report and every test case."""
    out = []
    for group, folder, base in (("corpus", ROOT / "tests" / "expected", corpus),
                                ("cases", ROOT / "tests" / "expected" / "cases", ROOT / "tests" / "fixtures")):
        for path in sorted(folder.glob("*.yaml")):
            expected = yaml.safe_load(path.read_text(encoding="utf-8"))
            if "file" in expected and (base / expected["file"]).exists():
                out.append((group, path.stem, expected, base / expected["file"]))
    return out


def _kind(label: str) -> str:
    return label.split(".", 1)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--write-misses", action="store_true",
                        help="rewrite tests/expected/known_misses.yaml (corpus and cases)")
    args = parser.parse_args()
    # (grouping, key) -> kind -> [right, wrong, missing]; wrong counts a value that differs, not an ambiguous one
    tally: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: {k: [0, 0, 0] for k in KINDS})
    misses, prose_facts, prose_other = {}, 0, 0
    for (group, name, expected, source), result in _results(expectations(args.corpus)):
        c = compare(expected, result)
        misses[name] = c.misses()  # corpus reports and cases alike: the names do not overlap
        regime = str((expected.get("report") or {}).get("regime"))
        keys = [("set", group), ("regime", f"{group}:{regime}"), ("type", f"{group}:{source.suffix.lstrip('.')}"),
                ("all", "all")]
        if re.search(r"_blind\d*$", name):  # written without reading the parser's patterns
            keys.append(("set", "cases:blind"))
        ambiguous = [w for w in c.wrong if "(ambiguous)" in w]
        wrong = [w for w in c.wrong if "(ambiguous)" not in w]
        for position, labels in enumerate((c.right, wrong, c.missing + ambiguous)):
            for label in labels:
                for key in keys:
                    tally[key][_kind(label)][position] += 1
        prose = [f for f in result.facts if f.method in PROSE_METHODS]
        other = sum(f.item == "prose_other" for f in prose)
        prose_facts, prose_other = prose_facts + len(prose), prose_other + other
        print(f"{group:<5} {c.name:<42} {c.accuracy:6.1%}  right {len(c.right):4d}  wrong {len(wrong):3d}  "
              f"ambiguous {len(ambiguous):3d}  missing {len(c.missing):3d}  "
              f"prose facts {len(prose):3d} (other {other:3d})")
        if args.show:
            for line in c.wrong + c.missing:
                print("    ", line)
    print("\nright/expected, and w = wrong values (a value given that differs from the hand-read one;"
          " ambiguous and missing values are neither right nor wrong)")
    print(f"{'':<22} {'report fields':>24} {'table cells':>24} {'prose figures':>24}")
    for key in sorted(tally, key=lambda k: (k[0] != "all", k)):
        row = tally[key]
        print(f"{key[0] + ' ' + key[1]:<22} " + " ".join(_share(row[k]) for k in KINDS))
    print(f"\nprose facts {prose_facts}, of which prose_other {prose_other}")
    if args.write_misses:
        update_known_misses(KNOWN_MISSES, misses)
    return 0


def _results(expected: list[tuple[str, str, dict, Path]]) -> list[tuple[tuple[str, str, dict, Path], Result]]:
    """Each report processed; the corpus's as one build would (`pinned_results`: ledger rows read across the
    years of a body), each case alone (a case is another rendering of a corpus report, not another year)."""
    results = [process_file(source, source.name, sources_metadata(source)) for _, _, _, source in expected]
    corpus = [i for i, (group, *_) in enumerate(expected) if group == "corpus"]
    for i, result in zip(corpus, pinned_results([results[i] for i in corpus])):
        results[i] = result
    return list(zip(expected, results))


def _share(counts: list[int]) -> str:
    right, wrong, missing = counts
    total = right + wrong + missing
    return f"{(right / total if total else 1):6.1%} {right:5d}/{total:<5d} w{wrong:<3d}".rjust(24)


if __name__ == "__main__":
    raise SystemExit(main())
