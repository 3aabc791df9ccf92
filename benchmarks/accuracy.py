"""Accuracy of extraction against the hand-read expected values, per report and overall."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from gidata.build.run import sources_metadata
from gidata.build.report import process_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hand-read comparison lives in tests/
from tests.compare import compare  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--show", action="store_true", help="list every miss")
    args = parser.parse_args()
    right = wrong = missing = 0
    for path in sorted((ROOT / "tests" / "expected").glob("*.yaml")):
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        source = args.corpus / expected["file"]
        if not source.exists():
            continue
        result = process_file(source, source.name, sources_metadata(source))
        c = compare(expected, result)
        right, wrong, missing = right + len(c.right), wrong + len(c.wrong), missing + len(c.missing)
        print(f"{c.name:<42} {c.accuracy:6.1%}  right {len(c.right):4d}  wrong {len(c.wrong):3d}  missing {len(c.missing):3d}")
        if args.show:
            for line in c.wrong + c.missing:
                print("    ", line)
    total = right + wrong + missing
    print(f"{'ALL':<42} {right / total:6.1%}  right {right:4d}  wrong {wrong:3d}  missing {missing:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
