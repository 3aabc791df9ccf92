"""The vocabulary is one source: every label of every table and every prose wording names a known item."""

import re

import pytest

from gidata.vocabulary import prose, tables
from gidata.vocabulary.items import ITEM_BY_CODE, ITEMS
from gidata.extract.article20 import item_code

LABEL_TABLES = {
    "PRE2019_ROWS": tables.PRE2019_ROWS, "PRE2019_VARIANT_ROWS": tables.PRE2019_VARIANT_ROWS,
    "MATRIX_ROWS": tables.MATRIX_ROWS, "prose.PATTERNS": prose.PATTERNS, "prose.ZEROS": prose.ZEROS,
    "prose.PARTS": [part for _, parts in prose.PARTS.values() for part in parts],
}


def test_item_codes_are_unique():
    assert len(ITEM_BY_CODE) == len(ITEMS)


@pytest.mark.parametrize("name", LABEL_TABLES)
def test_every_label_names_a_known_item_and_compiles(name):
    """Every printed row names an item: rows with no national item have items of their own."""
    unknown = [code for code, _ in LABEL_TABLES[name] if code not in ITEM_BY_CODE]
    assert unknown == []
    for _, pattern in LABEL_TABLES[name]:
        re.compile(pattern)


def test_the_challenge_columns_and_parts_are_items():
    assert all(code in ITEM_BY_CODE for code in tables.CHALLENGE_COLUMNS)
    assert set(prose.PARTS) <= set(ITEM_BY_CODE)


def test_article20_cells_map_to_items_of_their_regime():
    assert item_code("rules", "in_force") == "rules_in_force"
    assert item_code("normative", "issued") == "normative_issued_2021"
    assert item_code("procurement", "proc_amount") == "procurement_amount"
    assert item_code("rules", "proc_amount") is None  # a cell the formats do not have


def test_the_matrix_headers_cover_every_applicant_type():
    from gidata.vocabulary.items import APPLICANT_TYPES
    assert list(tables.MATRIX_HEADERS) == list(APPLICANT_TYPES)
