"""The version of gidata and of the release it builds (one number: the schema travels with the code)."""

__version__ = "0.3.0"
