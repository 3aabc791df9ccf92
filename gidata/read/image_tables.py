"""Ruled tables in page images (scans): rules found and erased, cells cut out, grids built.

The image counterpart of `pdf_tables`: OCR reads each cell on its own, and the grid goes into the
text as `a | b | c` rows, for the same extractors as every other format.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

RULE_PIXELS = 80  # a dark run this long (about two characters at 300 dpi) is a table rule
DARK = 160  # grey levels below this are ink


def erase_rules(image, length: int = RULE_PIXELS):
    """The image with long horizontal and vertical dark runs (table rules) painted white: Tesseract
    reads the cells of a ruled table far better without them."""
    pixels = np.asarray(image)
    dark = pixels < DARK
    rules = _long_runs(dark, length) | _long_runs(dark.T, length).T
    grown = np.asarray(Image.fromarray(rules.astype(np.uint8) * 255).filter(ImageFilter.MaxFilter(5))) > 0
    return Image.fromarray(np.where(grown, 255, pixels).astype(np.uint8))


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Pixels that belong to a run of at least `length` True values along their row."""
    rows, width = mask.shape
    if width < length:
        return np.zeros_like(mask)
    sums = np.zeros((rows, width + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length  # a full window starts here
    starts = np.zeros((rows, width + 1), dtype=np.int32)
    np.cumsum(np.pad(full, ((0, 0), (0, length - 1))), axis=1, out=starts[:, 1:])
    column = np.arange(width)
    return (starts[:, column + 1] - starts[:, np.maximum(column - length + 1, 0)]) > 0


def find_image_tables(image) -> list[list[tuple[float, float, list[float]]]]:
    """The ruled tables of a page image, each as its rows: (top, bottom, x of the rules crossing it)."""
    dark = np.asarray(image) < DARK
    across, down = _long_runs(dark, RULE_PIXELS), _long_runs(dark.T, RULE_PIXELS).T
    ys, xs = _centres(across.sum(axis=1)), _centres(down.sum(axis=0))
    ruled = np.flatnonzero(down.sum(axis=1) >= 3)
    for end in (ruled[:1].tolist() + ruled[-1:].tolist()):  # a table left open at a page break
        if all(abs(end - y) > 12 for y in ys):
            ys = sorted(ys + [float(end)])
    tables: list[list] = []
    for top, bottom in zip(ys, ys[1:]):
        t, b = int(top) + 2, int(bottom) - 1
        if b - t < 8:
            continue
        cuts = _merged([x for x in xs if down[t:b, max(int(x) - 6, 0):int(x) + 7].any(axis=1).mean() > 0.8])
        if len(cuts) < 2:
            continue
        if tables and abs(tables[-1][-1][1] - top) < 3:
            tables[-1].append((top, bottom, cuts))
        else:
            tables.append([(top, bottom, cuts)])
    return tables


def _merged(cuts: list[float], gap: float = 8.0) -> list[float]:
    """Rules closer than `gap` taken as one (the two edges of a thick border)."""
    out: list[float] = []
    for x in cuts:
        if out and x - out[-1] < gap:
            continue
        out.append(x)
    return out


def _centres(profile: np.ndarray) -> list[float]:
    """Centres of the runs of positions where at least RULE_PIXELS pixels belong to a rule."""
    out: list[float] = []
    start: int | None = None
    previous = 0
    for index in np.flatnonzero(profile >= RULE_PIXELS).tolist():
        if start is not None and index - previous > 3:
            out.append((start + previous) / 2)
            start = None
        start = index if start is None else start
        previous = index
    if start is not None:
        out.append((start + previous) / 2)
    return out


def image_grid(bands, cells, texts: dict[int, str], numbers: dict[int, str]) -> list[list[str]]:
    """A table's cells as a grid, a cell spanning several columns repeated over them (as the PDF
    and HTML readers do). `cells` holds (id, left rule, right rule) per row; `texts` each cell's
    reading as text, `numbers` its reading as a number where it has one: a cell takes its number
    where most filled cells of its column have one (a value column), else its text."""
    columns: list[float] = []
    for x in sorted({x for _, _, cuts in bands for x in cuts}):
        if not columns or x - columns[-1] > 6:
            columns.append(x)
    def column(x: float) -> int:
        return min(range(len(columns)), key=lambda k: abs(columns[k] - x))
    placed: list[list[tuple[int, str] | None]] = [[None] * (len(columns) - 1) for _ in cells]  # (id, text)
    for r, row in enumerate(cells):
        for k, a, b in row:
            for c in range(column(a), max(column(b), column(a) + 1)):
                placed[r][min(c, len(columns) - 2)] = (k, texts[k])
    valued = []  # per column: most of its filled cells read as numbers
    for c in range(len(columns) - 1):
        ids = [cell[0] for cell in (row[c] for row in placed) if cell and cell[1]]
        valued.append(bool(ids) and sum(k in numbers for k in ids) >= 0.5 * len(ids))
    return [["" if cell is None else numbers[cell[0]] if valued[c] and cell[0] in numbers else cell[1]
             for c, cell in enumerate(row)] for row in placed]


def crop(pixels: np.ndarray, x0: float, y0: float, x1: float, y1: float, pad: int = 6):
    """A cell (inside its rules) or a block of a page, framed in white; None when blank."""
    x0, y0, x1, y1 = int(x0) + pad, int(y0) + pad, int(x1) - pad, int(y1) - pad
    if x1 - x0 < 5 or y1 - y0 < 5 or (pixels[y0:y1, x0:x1] < DARK).sum() < 20:
        return None
    framed = Image.new("L", (x1 - x0 + 40, y1 - y0 + 40), 255)
    framed.paste(Image.fromarray(pixels[y0:y1, x0:x1]), (20, 20))
    return framed
