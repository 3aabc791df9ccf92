"""House style for gidata figures and the one helper that saves them, byte for byte reproducibly."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import seaborn as sns

from gidata.release.harmonise import MEASURE_BY_CODE
from gidata.vocabulary.items import APPLICANT_LABELS, ITEM_BY_CODE

DPI = 150
# Fixed sizes in inches: every figure is one of these, so PNGs have predictable pixel sizes.
SIZES = {"wide": (8.0, 4.5), "square": (6.0, 6.0), "tall": (8.0, 7.0), "small": (6.0, 4.0)}
LEVEL_ORDER = ("province", "prefecture", "county", "township", "department")
REGIME_LABELS = {"pre2019": "before 2019 (OGI 2007)", "2019": "2019-2020 format", "2021": "2021 format"}
KIND_LABELS = {"review": "administrative review", "lawsuit": "lawsuit (before 2019)",
               "suit_direct": "lawsuit without prior review", "suit_after_review": "lawsuit after review"}

_RC = {
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


def save_figure(fig, name: str, svg: bool = False) -> Path:
    """Write figures/<name>.png (and .svg) at the figure's fixed size, without dates or software tags."""
    if not name.replace("_", "").isalnum():
        raise ValueError(f"figure names are letters, digits and underscores: {name!r}")
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
