"""House style for gidata figures and the one helper that saves them, byte for byte reproducibly."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.pyplot as plt
import seaborn as sns
from matplotlib.typing import RcKeyType

from gidata.vocabulary.crosswalk import MEASURE_BY_CODE
from gidata.vocabulary.items import APPLICANT_LABELS, ITEM_BY_CODE
from gidata.version import __version__

DPI = 150
# Fixed sizes in inches: every figure is one of these, so PNGs have predictable pixel sizes.
SIZES = {"wide": (8.0, 4.5), "square": (6.0, 6.0), "tall": (8.0, 7.0), "small": (6.0, 4.0)}
LEVEL_ORDER = ("province", "prefecture", "county", "township", "department")
# One colour per level in every figure (seaborn's colour-blind palette).
LEVEL_COLOURS = dict(zip(LEVEL_ORDER, ("#0173b2", "#de8f05", "#029e73", "#cc78bc", "#d55e00")))
PERIOD_COLOURS = {"before 2019": "#56b4e9", "2019 on": "#949494"}
# For categories that are not levels (applicant types, outcomes, grounds): none is a level's colour.
OTHER_COLOURS = ("#332288", "#88ccee", "#999933", "#ddcc77", "#cc6677", "#882255", "#bbbbbb")
BREAK_YEAR = 2019
REGIME_LABELS = {"pre2019": "before 2019 (OGI 2007)", "2019": "2019-2020 format", "2021": "2021 format"}
KIND_LABELS = {"review": "administrative review", "lawsuit": "lawsuit (before 2019)",
               "suit_direct": "lawsuit without prior review", "suit_after_review": "lawsuit after review"}

_RC: dict[RcKeyType, Any] = {  # RcKeyType: mypy checks every key
    "font.family": "DejaVu Sans",  # ships with matplotlib: the same glyphs on every machine
    "svg.hashsalt": "gidata",      # fixed ids in SVG output
    "svg.fonttype": "path",
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.constrained_layout.use": True,
    "axes.titlesize": "medium",
    "axes.titleweight": "bold",
}


def set_style() -> None:
    """Apply the house style: seaborn whitegrid, colour-blind palette, DejaVu Sans, fixed dpi."""
    sns.set_theme(style="whitegrid", context="paper", font_scale=1.25, palette="colorblind", rc=_RC)
    matplotlib.rcParams.update(_RC)


def figure(size: str = "wide", **kwargs):
    """A new figure and axes at one of the fixed SIZES (kwargs go to plt.subplots)."""
    set_style()
    return plt.subplots(figsize=SIZES[size], **kwargs)


def figures_dir() -> Path:
    """Where figures go: $GIDATA_FIGURES, else figures/ at the repository root beside gidata/."""
    if os.environ.get("GIDATA_FIGURES"):
        return Path(os.environ["GIDATA_FIGURES"])
    root = Path(__file__).resolve().parents[2]
    return root / "figures" if (root / "pyproject.toml").exists() else Path.cwd() / "figures"


def footer(fig, n: str) -> None:
    """The line under every figure: the source, the release version and what the figure rests on."""
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.set(rect=(0, 0.04, 1, 0.96))  # room for the footer under the axes
    fig.text(0.01, 0.005, f"Source: gidata {__version__} release · n: {n}", fontsize=7, color="#555555",
             ha="left", va="bottom")


def save_figure(fig, name: str, svg: bool = False, n: str | None = None) -> Path:
    """Write figures/<name>.png (and .svg) at the figure's fixed size, without dates or software tags.

    `n` says what the figure rests on (reports, bodies, requests); it is printed in the footer.
    """
    if not name.replace("_", "").isalnum():
        raise ValueError(f"figure names are letters, digits and underscores: {name!r}")
    if n is not None:
        footer(fig, n)
    folder = figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    matplotlib.rcParams["svg.hashsalt"] = _RC["svg.hashsalt"]
    path = folder / f"{name}.png"
    fig.savefig(path, format="png", dpi=DPI, metadata={"Software": None})
    if svg:
        fig.savefig(folder / f"{name}.svg", format="svg", metadata={"Date": None, "Creator": None})
    return path


def label(code: str) -> str:
    """English label of an item or harmonised measure code, applicant type, regime or challenge kind.

    >>> label("out_unable_not_held")
    'unable: information not held'
    >>> label("partly_granted")
    'disclosed in part'
    >>> label("natural_person")
    'natural persons'
    """
    if code in ITEM_BY_CODE:
        return ITEM_BY_CODE[code].label_en
    if code in MEASURE_BY_CODE:
        return MEASURE_BY_CODE[code].label_en
    if code in APPLICANT_LABELS:
        return APPLICANT_LABELS[code][1]
    return REGIME_LABELS.get(code) or KIND_LABELS.get(code) or str(code).replace("_", " ")


def interval_errors(frame, value: str = "rate", low: str = "low", high: str = "high"):
    """The (2, n) error-bar lengths of an interval table for errorbar(), never negative by rounding."""
    import numpy as np

    return np.clip(np.vstack([frame[value] - frame[low], frame[high] - frame[value]]), 0, None)


def runs(years) -> list[list[int]]:
    """Positions of `years` (sorted) in runs of consecutive years that do not cross the 2019 break.

    >>> runs([2012, 2013, 2015, 2018, 2019, 2020])
    [[0, 1], [2], [3], [4, 5]]
    """
    out: list[list[int]] = []
    for i, year in enumerate(years):
        if out and year == years[i - 1] + 1 and year != BREAK_YEAR:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def series(ax, years, values, colour, label: str | None = None, offset: float = 0.0, marker: str = "o",
           **kwargs) -> None:
    """Points for every year (shifted by `offset`), lines only between consecutive years on one side of
    the 2019 break."""
    years, values = [int(y) for y in years], list(values)
    ax.plot([y + offset for y in years], values, marker, ls="", color=colour, label=label, **kwargs)
    for run in runs(years):
        if len(run) > 1:
            ax.plot([years[i] + offset for i in run], [values[i] for i in run], "-", color=colour, **kwargs)


def mark_break(ax, y: float = 0.95) -> None:
    """A dashed line where the 2019 format begins, labelled."""
    ax.axvline(BREAK_YEAR - 0.5, color="black", lw=1, ls="--")
    ax.annotate("2019 format", (BREAK_YEAR - 0.4, y), xycoords=("data", "axes fraction"), fontsize=8)


# Body styles inside one panel: colour-blind colours crossed with markers, so a dozen bodies stay apart.
BODY_MARKERS = ("o", "s", "^", "D", "v", "P")


def body_style(index: int) -> tuple[str, str]:
    """(colour, marker) of the index-th body of a panel: 7 colours and 6 markers cycle together, so no
    two of the first 42 bodies share both.

    >>> body_style(0), body_style(7)
    (('#332288', 'o'), ('#332288', 's'))
    """
    return OTHER_COLOURS[index % len(OTHER_COLOURS)], BODY_MARKERS[index % len(BODY_MARKERS)]


def level_panels(levels, size: str = "tall", weights: dict | None = None, least: float = 3):
    """A figure with one row of axes per level shown (in LEVEL_ORDER, shared x), heights by `weights`
    (at least `least`, so that a panel with one body is still readable)."""
    shown = [lvl for lvl in LEVEL_ORDER if lvl in set(levels)]
    ratios = [max((weights or {}).get(lvl, 0), least) for lvl in shown]
    set_style()
    fig, axes = plt.subplots(len(shown), 1, figsize=SIZES[size], sharex=True, squeeze=False,
                             gridspec_kw={"height_ratios": ratios})
    return fig, dict(zip(shown, axes[:, 0]))


def level_legend(ax, levels, **kwargs) -> None:
    """A legend of the levels shown, in the house colours."""
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", ls="", color=LEVEL_COLOURS[lvl], label=lvl)
               for lvl in LEVEL_ORDER if lvl in set(levels)]
    ax.legend(handles=handles, title=None, **kwargs)
