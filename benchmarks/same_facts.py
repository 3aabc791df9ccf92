"""Whether two checkouts extract exactly the same facts: for a change meant only for speed.

Runs itself once with each checkout first on PYTHONPATH and compares everything they give, field by
field (item, value, semantics, source_text, offset, ...):

- every report file of the repository (corpus/reports, corpus/seeds, gidata/sample, the layouts of
  tests/fixtures) and every row of corpus/crawls, through the whole pipeline (`process_file`,
  `process_row`): the `reports` row, the facts, the checks and the tidied rows;
- the copies `bench_stages.py` times (each text with a line naming its copy);
- the prose alone (`extract_prose`, `stated_figures`) of each of those texts in every regime, with
  skips as the tables give them, in the order a build calls them (the tables' pins first, on the
  same text object) and on fresh copies of the text;
- `--mutations` texts made from the corpus texts (windows, shuffled and repeated lines, digits
  changed, characters dropped, two reports run together), seeded, read the same ways.

    python benchmarks/same_facts.py --against /work/main      # exit status 1 when anything differs
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import subprocess
import sys
import tempfile
from dataclasses import astuple
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGIMES = (None, "pre2019", "2019", "2021")


def report_files(root: Path) -> list[Path]:
    """Every report file of the repository: corpus, sample and the test layouts."""
    found = [p for folder in ("corpus/reports", "corpus/seeds", "gidata/sample")
             for p in sorted((root / folder).iterdir()) if p.suffix != ".csv" and p.is_file()]
    return found + sorted(p for p in (root / "tests" / "fixtures").rglob("*") if p.is_file() and p.suffix != ".py")


def result_rows(result) -> tuple:
    """A pipeline result as plain tuples, with the rows a worker tidies it into (`repr`: floats exactly)."""
    from gidata.build.report import tidied

    done = tidied(result)
    return (astuple(result.report), [astuple(f) for f in result.facts], [repr(c) for c in result.checks],
            repr((as_columns(done.tables), done.values, done.ledger, done.open, done.facts, done.breaks)))


def as_columns(tables: dict) -> dict:
    """Tidied tables as columns, whether a checkout holds a table as columns or as rows (tuples)."""
    from gidata.release.dictionary import TABLES

    return {name: {c.name: list(values) for c, values in zip(TABLES[name].columns, zip(*rows))}
            if isinstance(rows, list) else rows for name, rows in tables.items()}


def pipeline(root: Path, out: dict) -> list[str]:
    """Every file and crawl row through the pipeline; the texts read, for the prose alone."""
    from gidata.build.report import _row_document, process_file, process_row
    from gidata.read.crawl import read_table
    from gidata.read.files import read_document

    sys.path.insert(0, str(root / "benchmarks"))
    from bench_stages import text_reports, unique_copies

    texts = []
    for path in report_files(root):
        out[f"file {path.relative_to(root)}"] = result_rows(process_file(path, path.name, ocr=False))
        try:
            texts.append(read_document(path).text)
        except Exception:  # noqa: BLE001 (an unreadable layout: its status is compared above)
            pass
    for table in sorted((root / "corpus" / "crawls").glob("*.csv")):
        for batch in read_table(table, table.name):
            for n, row in enumerate(batch):
                out[f"crawl {table.name} {n}"] = result_rows(process_row(row))
                try:
                    texts.append(_row_document(row).text)
                except Exception:  # noqa: BLE001 (an unreadable row: its status is compared above)
                    pass
    with tempfile.TemporaryDirectory() as folder:
        for path, meta in unique_copies(text_reports(root / "corpus"), 2, Path(folder)):
            out[f"bench copy {path.name}"] = result_rows(process_file(path, path.name, meta=meta, ocr=False))
    return texts


def prose_alone(key: str, text: str, rng: random.Random, out: dict) -> None:
    """The prose of one text in every regime, the pins' skips first on the same text object, then fresh."""
    from gidata.extract.prose import extract_prose, stated_figures
    from gidata.read.document import Document

    def doc(body: str) -> Document:
        return Document(name="x", format="txt", sha256="", size=0, text=body)

    n = len(text)
    spans = [(a, min(n, a + rng.randint(0, 600))) for a in (rng.randint(0, max(0, n - 1)) for _ in range(3))]
    same = doc(text)
    for regime in REGIMES:
        for span in spans:
            out[f"{key} stated {regime} {span}"] = stated_figures(same, (span,), regime)
        out[f"{key} prose {regime} {spans[0]}"] = [astuple(f) for f in extract_prose(same, (spans[0],), regime)]
        out[f"{key} prose {regime}"] = [astuple(f) for f in extract_prose(same, (), regime)]
        fresh = doc("".join(list(text)))
        out[f"{key} fresh {regime} {spans[1]}"] = [astuple(f) for f in extract_prose(fresh, (spans[1],), regime)]
        two = (spans[1], spans[2])
        out[f"{key} fresh2 {regime} {two}"] = [astuple(f) for f in extract_prose(doc("".join(list(text))), two,
                                                                                regime)]


def mutated(texts: list[str], rng: random.Random) -> str:
    """A text made from the corpus texts by one or two random edits."""
    text = rng.choice(texts)
    for _ in range(rng.randint(1, 2)):
        kind = rng.randrange(6)
        if kind == 0 and text:  # a window
            a = rng.randrange(len(text))
            text = text[a: a + rng.randint(50, 3000)]
        elif kind == 1:  # lines shuffled, some repeated
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines + lines[: rng.randint(0, 5)])
        elif kind == 2:  # digits changed, some numbers run into the words around them
            text = "".join(rng.choice("0123456789") if c.isdigit() and rng.random() < 0.3
                           else c + "1" if rng.random() < 0.002 else c for c in text)
        elif kind == 3:  # characters dropped (stops, spaces, anything)
            text = "".join(c for c in text if rng.random() > (0.2 if c in "。，,；;\n 　" else 0.01))
        elif kind == 4:  # two reports run together
            other = rng.choice(texts)
            a = rng.randrange(len(text) + 1)
            text = text[:a] + other[: rng.randint(0, len(other))] + text[a:]
        else:  # a corpus sentence repeated with another number
            sentences = [s for s in text.split("。") if any(c.isdigit() for c in s)] or [text]
            s = rng.choice(sentences)
            text = text + "。" + "".join(str(rng.randint(0, 20000)) if c.isdigit() else c for c in s) * 2
    return text


def dump(root: Path, mutations: int, seed: int) -> dict:
    """Everything the checkout on PYTHONPATH gives, keyed."""
    out: dict = {}
    texts = pipeline(root, out)
    for n, text in enumerate(texts):
        prose_alone(f"text {n}", text, random.Random(f"{seed} text {n}"), out)
    bases = [t for t in texts if len(t) > 200]
    for n in range(mutations):
        rng = random.Random(f"{seed} mutation {n}")  # each text its own: the same whatever another file gave
        prose_alone(f"mutation {n}", mutated(bases, rng), rng, out)
    return out


def facts_in(value) -> int:
    """How many facts a compared value holds."""
    if isinstance(value, tuple) and len(value) == 3 and isinstance(value[1], list):
        return len(value[1])
    return len(value) if isinstance(value, (list, dict)) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, help="the other checkout (e.g. /work/main)")
    parser.add_argument("--mutations", type=int, default=3000, help="mutated texts (default 3000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keys", action="store_true", help="list the key of every result that differs")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the child's output
    args = parser.parse_args(argv)
    if args.dump:
        import gidata

        assert Path(gidata.__file__).resolve().is_relative_to(Path(os.environ["PYTHONPATH"]).resolve()), gidata.__file__
        args.dump.write_bytes(pickle.dumps(dump(ROOT, args.mutations, args.seed)))
        return 0
    if args.against is None:
        parser.error("--against is required")
    got = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, checkout in (("this", ROOT), ("other", args.against.resolve())):
            target = Path(folder) / name
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            subprocess.run([sys.executable, __file__, "--dump", str(target), "--mutations", str(args.mutations),
                            "--seed", str(args.seed)], env=env, check=True)
            got[name] = pickle.loads(target.read_bytes())
    this, other = got["this"], got["other"]
    differ = sorted(k for k in this.keys() | other.keys() if this.get(k) != other.get(k))
    print(f"{len(this)} results compared ({sum(facts_in(v) for v in this.values())} facts or figures); "
          f"{len(differ)} differ")
    for key in differ[:10]:
        print(f"  {key}:\n    this:  {this.get(key)!r:.400}\n    other: {other.get(key)!r:.400}")
    if args.keys:
        print("".join(f"differs: {key}\n" for key in differ), end="")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
