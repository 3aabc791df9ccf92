"""The document a reader hands to the rest of the pipeline: text, table grids, metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

Grid = list[list[str]]
CELL_SEP = " | "


@dataclass
class Document:
    """One report as read: its normalised text (tables serialised one row per line) and grids."""

    name: str
    format: str
    sha256: str
    size: int
    encoding: str | None = None
    text: str = ""
    grids: list[Grid] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding a text offset, for paged formats (PDF); None otherwise."""
        if not self.page_starts:
            return None
        return sum(1 for start in self.page_starts if start <= offset)


class ReadError(Exception):
    """A file that cannot be read, with the status to record for it."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def serialise_grid(grid: Grid) -> str:
    """A grid as text, one row per line, cells joined by ` | `, so text tables and grids meet."""
    return "\n".join(CELL_SEP.join(cell.replace("\n", "") for cell in row) for row in grid)
