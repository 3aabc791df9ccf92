"""What the vocabularies promise, checked here rather than by import-time asserts (they vanish under -O)."""

from gidata.analysis.rates import RATES
from gidata.vocabulary.tables import MATRIX_ROWS
from gidata.vocabulary.items import ITEM_BY_CODE, ITEMS
from gidata.release.harmonise import MEASURE_BY_CODE, MEASURES
from gidata.release.dictionary import TABLES


def test_item_and_measure_codes_are_unique():
    assert len(ITEM_BY_CODE) == len(ITEMS)
    assert len(MEASURE_BY_CODE) == len(MEASURES)


def test_the_matrix_rows_and_the_rates_name_known_codes():
    assert [code for code, _ in MATRIX_ROWS if code not in ITEM_BY_CODE] == []
    assert [m for r in RATES.values() for m in r.numerator + r.denominator if m not in MEASURE_BY_CODE] == []


def test_tidy_makes_every_table_of_the_dictionary():
    assert set(TABLES) == {"reports", "facts", "checks", "applications", "applications_pre2019",
                           "challenges", "capacity", "proactive", "harmonised", "crossyear"}
