"""Check: the accounting identities (勾稽关系) of one report, and between consecutive years of a body.
Breaks are recorded, never "fixed"."""
