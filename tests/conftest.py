"""Shared paths: the bundled sample, the shared corpus beside the repo, the hand-read expectations."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "gidata" / "sample"
CORPUS = ROOT.parent / "shared" / "corpus"
EXPECTED = ROOT / "tests" / "expected"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus; CI always has it beside the repo, so its absence is an error."""
    assert CORPUS.is_dir(), f"the shared corpus is expected at {CORPUS}"
    return CORPUS
