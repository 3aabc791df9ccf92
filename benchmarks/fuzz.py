"""Long run of the property tests (tests/test_fuzz.py): random, truncated and mutated reports and
crawl tables through `process_file` and the table reader; prints how many inputs were tried.

    python benchmarks/fuzz.py [--examples N]      (make fuzz)
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per property (default 2000)")
    args = parser.parse_args()
    os.environ["GIDATA_FUZZ_EXAMPLES"] = str(args.examples)
    sys.path.insert(0, str(ROOT))
    warnings.simplefilter("ignore")
    from tests import test_fuzz

    started = time.perf_counter()
    test_fuzz.test_any_file_gets_a_status_and_raises_nothing()
    test_fuzz.test_any_crawl_table_gives_rows_with_statuses_and_raises_nothing()
    seconds = time.perf_counter() - started
    print(f"fuzz: {test_fuzz.COUNT['files']} files and {test_fuzz.COUNT['tables']} crawl tables, each with a "
          f"status and no exception escaping; {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
