"""Everything the per-report stages give, for comparing two versions of the code: run it once on each
(`PYTHONPATH=<checkout> python benchmarks/compare_outputs.py --save FILE`) and compare the two files
(`--compare A B`).

Inputs: every file of corpus/reports and corpus/seeds, the layout test cases in tests/fixtures, the
unique copies `bench_stages.py` times, and `--variants` deterministic mutations of each corpus text
report (truncated, lines dropped or joined, `|` made spaces, digits run together, double-spaced),
which send tables down the rarer paths of the readers. For each input: its `reports` row, facts,
checks and tidied rows (`repr`, so floats compare exactly), as the build makes them in a worker.
`same_facts.py` compares more inputs (crawl rows, the prose alone) but not the tidied rows: for a
change to check or tidy, run this one too.
"""

from __future__ import annotations

import argparse
import pickle
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FORMATS = {".txt", ".md", ".html", ".htm", ".pdf", ".doc", ".docx"}


def inputs() -> list[Path]:
    """The corpus's reports and the layout test cases (any readable format)."""
    found = [p for folder in (CORPUS / "reports", CORPUS / "seeds", ROOT / "tests" / "fixtures")
             for p in sorted(folder.rglob("*")) if p.suffix in FORMATS]
    return found


def variants(text: str, seed: int) -> str:
    """One deterministic mutation of a report's text."""
    rng = random.Random(seed)
    lines = text.split("\n")
    kind = seed % 6
    if kind == 0:
        return text[: rng.randrange(len(text) + 1)]
    if kind == 1:
        return "\n".join(line for line in lines if rng.random() > 0.1)
    if kind == 2:
        return "\n".join(line + ("" if rng.random() > 0.2 else " ") for line in lines).replace("\n ", " ")
    if kind == 3:
        return text.replace("|", " " if rng.random() > 0.5 else "  ")
    if kind == 4:
        return re.sub(r"(?<=\d)[ \t|]+(?=\d)", lambda m: "" if rng.random() > 0.5 else m.group(0), text)
    return "\n\n".join(lines)


def mutated(folder: Path, count: int) -> list[Path]:
    """`count` mutations of every corpus text report, written to `folder`."""
    out = []
    for path in sorted((CORPUS / "reports").glob("*.txt")) + sorted((CORPUS / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for n in range(count):
            target = folder / f"m{n}_{path.name}"
            target.write_text(variants(text, n), encoding="utf-8")
            out.append(target)
    return out


def copies(folder: Path) -> list[Path]:
    """The unique copies bench_stages.py times (two of each corpus text report)."""
    out = []
    for copy in range(2):
        for path in sorted((CORPUS / "reports").glob("*.txt")) + sorted((CORPUS / "seeds").glob("*.txt")):
            target = folder / f"{copy}_{path.name}"
            target.write_bytes(path.read_bytes() + f"\n(第{copy + 1}份)\n".encode())
            out.append(target)
    return out


def outputs(path: Path, name: str, meta_of) -> str:
    """Report row, facts, checks and tidied rows of one input, as text."""
    from gidata.build.report import process_document, readable_name, tidied
    from gidata.read.files import read_document

    try:
        doc = read_document(path, name=readable_name(path.name))
    except Exception as error:  # noqa: BLE001 - an unreadable input is compared by its error
        return f"read error {type(error).__name__}: {error}"
    doc.meta = {**meta_of(path), **doc.meta}
    result = process_document(doc, name)
    if result.report.status == "error":  # a traceback names the checkout: compare its last line
        return f"error {(result.report.message or '').strip().splitlines()[-1]}"
    done = tidied(result)
    return repr((result, done.tables, done.values, done.ledger, done.open, done.facts, done.breaks))


def save(target: Path, count: int) -> None:
    from gidata.build.run import sources_metadata

    def meta_of(path: Path) -> dict:
        name = path.name.split("_", 1)[-1]
        original = CORPUS / "reports" / name
        return sources_metadata(original if original.exists() else CORPUS / "seeds" / name)

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        made = copies(Path(folder)) + mutated(Path(folder), count)
        for path in inputs():
            results[str(path.relative_to(ROOT))] = outputs(path, path.name, sources_metadata)
        for path in made:
            results[path.name] = outputs(path, path.name, meta_of)
    target.write_bytes(pickle.dumps(results))
    facts = sum(text.count("Fact(") for text in results.values())
    print(f"{len(results)} inputs, {facts} facts, saved to {target}")


def compare(a: Path, b: Path) -> int:
    first, second = pickle.loads(a.read_bytes()), pickle.loads(b.read_bytes())
    differ = sorted(k for k in first.keys() | second.keys() if first.get(k) != second.get(k))
    facts = sum(text.count("Fact(") for text in first.values())
    for key in differ[:20]:
        print("differs:", key)
    print(f"{len(first)} / {len(second)} inputs, {facts} facts; {len(differ)} differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--variants", type=int, default=12, help="mutations of each corpus text report")
    parser.add_argument("--compare", type=Path, nargs=2)
    args = parser.parse_args()
    if args.save:
        save(args.save, args.variants)
    if args.compare:
        sys.exit(compare(*args.compare))


if __name__ == "__main__":
    main()
