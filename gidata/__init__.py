"""gidata: China's government information disclosure annual reports as tidy Parquet datasets.

The public API is `gidata.load` (a released dataset as a DataFrame), the errors (`GidataError` and
the kinds beneath it) and the stage packages:
read → locate → extract → check → build → release, with `analysis` for the notebooks.
"""

from pathlib import Path

from gidata.errors import DatasetError, GidataError, OutputError, ReadError, TableError
from gidata.version import __version__

SAMPLE_DIR = Path(__file__).parent / "sample"

__all__ = ["load", "SAMPLE_DIR", "__version__", "GidataError", "ReadError", "TableError", "DatasetError",
           "OutputError"]


def __getattr__(name: str):
    """`gidata.load` is imported on first use, so that `import gidata` does not import pandas."""
    if name == "load":
        from gidata.release.load import load
        return load
    raise AttributeError(f"module 'gidata' has no attribute {name!r}")
