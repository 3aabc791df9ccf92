"""Accuracy of extraction against the hand-read expected values: per report, per regime and file type, overall.

Also counts the prose facts of each report (known items and `prose_other`), and with `--write-misses`
rewrites tests/expected/known_misses.yaml to the misses of today, keeping the reasons already given.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from gidata.build.run import sources_metadata
from gidata.build.report import process_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hand-read comparison lives in tests/
from tests.compare import compare, update_known_misses  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KNOWN_MISSES = ROOT / "tests" / "expected" / "known_misses.yaml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--write-misses", action="store_true", help="rewrite tests/expected/known_misses.yaml")
    args = parser.parse_args()
    groups: dict[str, Counter] = defaultdict(Counter)
    misses = {}
    for path in sorted((ROOT / "tests" / "expected").glob("*.yaml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "file" not in expected or not (args.corpus / expected["file"]).exists():
            continue
        source = args.corpus / expected["file"]
        result = process_file(source, source.name, sources_metadata(source))
        c = compare(expected, result)
        misses[path.stem] = c.misses()
        prose = [f for f in result.facts if f["method"] == "prose"]
        other = sum(f["item"] == "prose_other" for f in prose)
        print(f"{c.name:<42} {c.accuracy:6.1%}  right {len(c.right):4d}  wrong {len(c.wrong):3d}  "
              f"missing {len(c.missing):3d}  prose facts {len(prose):3d} (other {other:3d})")
        if args.show:
            for line in c.wrong + c.missing:
                print("    ", line)
        regime, kind = expected["report"].get("regime"), source.suffix.lstrip(".")
        for key in ("ALL", f"regime {regime}", f"file {kind}", f"regime {regime} / file {kind}"):
            _tally(groups[key], c)
        for kind, labels in (("right", c.right), ("wrong", c.wrong), ("missing", c.missing)):
            for label in labels:
                groups[f"values {label.split('.', 1)[0]}"][kind] += 1
        groups["prose facts"]["right"] += len(prose)
        groups["prose facts"]["miss"] += other
    print()
    for key in sorted(groups, key=lambda k: (k != "ALL", k)):
        g = groups[key]
        if key == "prose facts":
            print(f"{key:<42} {g['right']} facts, of which prose_other {g['miss']}")
            continue
        total = g["right"] + g["wrong"] + g["missing"] + g["miss"]
        print(f"{key:<42} {g['right'] / total:6.1%}  right {g['right']:4d}  wrong {g['wrong']:3d}  "
              f"missing {g['missing'] + g['miss']:3d}")
    if args.write_misses:
        update_known_misses(KNOWN_MISSES, misses)
    return 0


def _tally(counter: Counter, c) -> None:
    counter["right"] += len(c.right)
    counter["wrong"] += len(c.wrong)
    counter["missing"] += len(c.missing)


if __name__ == "__main__":
    sys.exit(main())
