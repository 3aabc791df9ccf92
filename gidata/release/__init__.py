"""Release: the data dictionary, tidy and harmonised tables, Parquet writing, the data package,
checksums, and the loader of released files."""
