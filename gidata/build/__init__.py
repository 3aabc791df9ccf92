"""Build: the run over many inputs — one report at a time in worker processes (read → locate →
extract → check), deduplication, spooling, and the release written at the end."""
