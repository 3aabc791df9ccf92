"""The data dictionary itself: complete, consistent, and the source of the docs."""

from gidata.release.dictionary import TABLES, dictionary_markdown
from gidata.vocabulary.items import ITEMS, ITEM_BY_CODE


def test_every_table_schema_converts_and_documents_every_column():
    for table in TABLES.values():
        schema = table.schema()
        assert all(f.metadata and f.metadata[b"description"] for f in schema)
        assert set(table.key) <= set(schema.names)


def test_every_item_is_in_a_wide_table_or_the_long_table_only_by_design():
    wide = {c.name for name, t in TABLES.items() if name not in ("reports", "facts", "checks") for c in t.columns}
    missing = {i.code for i in ITEMS} - wide
    assert missing <= {"review_upheld", "review_corrected", "review_other", "review_pending", "review_total",
                       "lawsuit_total", "lawsuit_upheld", "lawsuit_corrected", "lawsuit_other"} | {
        i.code for i in ITEMS if i.section == "challenges" and i.code.startswith("suit_")} | {
        "prose_other", "out_denied", "out_unable", "out_unprocessed"}  # a label per figure; group totals from prose


def test_parents_are_items_of_the_same_regimes():
    for item in ITEMS:
        if item.parent and item.parent in ITEM_BY_CODE:
            assert set(item.regimes) <= set(ITEM_BY_CODE[item.parent].regimes), item.code


def test_markdown_lists_every_table_column_and_item():
    text = dictionary_markdown()
    for table in TABLES.values():
        assert f"## `{table.name}`" in text
        assert all(f"| `{c.name}` |" in text for c in table.columns)
    assert all(f"| `{i.code}` |" in text for i in ITEMS)


def test_the_committed_dictionary_is_the_generated_one():
    from .conftest import ROOT
    assert (ROOT / "datasets" / "DATA_DICTIONARY.md").read_text(encoding="utf-8") == dictionary_markdown()
