"""Shared paths (the bundled sample, the repository's corpus, the hand-read expectations), the
system-tool markers, and a guard that no test reads outside the repository."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "gidata" / "sample"
CORPUS = ROOT / "corpus"
EXPECTED = ROOT / "tests" / "expected"


def loaded_by_cli(args: list[str], families: set[str]) -> list[str]:
    """Which of the module `families` (pandas, lxml, ...) a run of `gidata *args` loads, in a fresh interpreter."""
    code = ("import sys, contextlib, io\n"
            "from gidata.cli import main\n"
            f"sys.argv = ['gidata', *{args!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main()\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({sorted(families)!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])

_MISSING = "missing system tool: "
# marker -> what the tool is for
SYSTEM_TOOLS = {
    "needs_tesseract": "Tesseract with chi_sim (OCR of scanned PDFs)",
    "needs_libreoffice": "LibreOffice (legacy .doc/.wps/.rtf)",
}

def _tool_problem(marker: str) -> str | None:
    """Why the system tool behind `marker` cannot be used here, or None when it can."""
    if marker == "needs_tesseract":
        from gidata.read import ocr
        return ocr.tesseract_problem()
    if shutil.which("soffice") or shutil.which("libreoffice"):
        return None
    return "LibreOffice is not installed: apt-get install libreoffice-writer-nogui"


def pytest_configure(config):
    for marker, what in SYSTEM_TOOLS.items():
        config.addinivalue_line("markers", f"{marker}: needs {what}; skipped without it, failed under CI")


def pytest_runtest_setup(item):
    """Skip a test whose system tool is missing on a user's machine; under CI, fail it instead."""
    for marker in SYSTEM_TOOLS:
        if item.get_closest_marker(marker) is None:
            continue
        problem = _tool_problem(marker)
        if problem is None:
            continue
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {SYSTEM_TOOLS[marker]}: {problem}", pytrace=False)
        pytest.skip(f"{_MISSING}{SYSTEM_TOOLS[marker]} — {problem}")


def pytest_terminal_summary(terminalreporter):
    """One line per missing system tool, naming how many tests it skipped (visible without -rs)."""
    counts: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        if reason.startswith(_MISSING):
            counts[reason] = counts.get(reason, 0) + 1
    for reason, count in sorted(counts.items()):
        terminalreporter.write_line(f"SKIPPED {count} test(s): {reason}", yellow=True)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The real reports the release is built from, kept in the repository (`corpus/`)."""
    return CORPUS


# Reads of a sibling folder of the checkout would pass here and fail on a user's clone.
_OUTSIDE: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event != "open" or not isinstance(args[0], (str, Path)):
        return
    path = os.path.abspath(args[0])
    if path.startswith(str(ROOT.parent) + os.sep) and not path.startswith(str(ROOT) + os.sep):
        if not path.startswith(tuple(_ALLOWED_OUTSIDE)):
            _OUTSIDE.append(path)


_ALLOWED_OUTSIDE = [os.path.realpath(p) + os.sep
                    for p in {sys.prefix, sys.base_prefix, os.environ.get("TMPDIR", "/tmp")}]
sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _reads_stay_inside_the_repository():
    """Fail a test that opened a file beside the checkout: a clone of the repository alone has none."""
    _OUTSIDE.clear()
    yield
    assert not _OUTSIDE, f"read outside the repository: {sorted(set(_OUTSIDE))[:3]}"
