"""Locate: who reported (body, level, province, division code), for which year, with what scope
and publication date; and whether a crawled page is an annual report at all."""
