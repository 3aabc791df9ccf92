"""gidata: China's government information disclosure annual reports as tidy Parquet datasets."""

from pathlib import Path

__version__ = "0.1.0"
SAMPLE_DIR = Path(__file__).parent / "sample"
