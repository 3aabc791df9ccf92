"""Verify a release: its checksums, and that rebuilding its inputs reproduces it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from gidata.build.run import build
from gidata.release.checksums import byte_problems, checksum_problems, report_ids, reproduction_problems
from gidata.release.exports import WORKBOOK


def verify(release: Path, reports: list[Path]) -> list[str]:
    """Everything wrong with a release: checksums, then rebuilding `reports` must reproduce their rows;
    when `reports` are all the release's inputs, every file must come out byte for byte."""
    problems = checksum_problems(release)
    with tempfile.TemporaryDirectory() as tmp:
        build(reports, Path(tmp), workers=1, workbook=(release / WORKBOOK).exists())
        problems += reproduction_problems(release, Path(tmp))
        if report_ids(Path(tmp)) == report_ids(release):
            problems += byte_problems(release, Path(tmp))
    return problems
