"""gidata: China's government information disclosure annual reports as tidy Parquet datasets."""

from pathlib import Path

__version__ = "0.2.0"
SAMPLE_DIR = Path(__file__).parent / "sample"

from .load import load  # noqa: E402  (needs __version__ above, through datapackage)

__all__ = ["load", "SAMPLE_DIR", "__version__"]
