"""The data dictionary itself: complete, consistent, and the source of the docs."""

from gidata.release.dictionary import TABLES, dictionary_markdown
from gidata.vocabulary.items import ITEMS, ITEM_BY_CODE


def test_every_table_schema_converts_and_documents_every_column():
    for table in TABLES.values():
        schema = table.schema()
        assert all(f.metadata and f.metadata[b"description"] for f in schema)
        assert set(table.key) <= set(schema.names)


def test_every_item_is_in_a_wide_table_or_the_long_table_only_by_design():
    from gidata.release.fields import ITEM_COLUMNS

    wide = {c.name for name, t in TABLES.items() if name not in ("reports", "facts", "checks") for c in t.columns}
    missing = {i.code for i in ITEMS if ITEM_COLUMNS[i.code] not in wide}
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


def test_every_field_is_used_once_defined_and_every_column_is_a_field():
    from gidata.release.fields import _FIELDS, FIELDS

    assert len(FIELDS) == len(_FIELDS), "a field name is defined twice"
    used = {c.name for t in TABLES.values() for c in t.columns}
    assert set(FIELDS) - used == set(), "fields no table uses"
    for table in TABLES.values():
        for column in table.columns:
            field = FIELDS[column.name]
            assert (column.dtype, column.unit, column.label_zh) == (field.dtype, field.unit, field.label_zh)


def test_money_columns_carry_their_unit_in_the_name_and_counts_are_integers():
    from gidata.release.fields import FIELDS

    money = {name for name, f in FIELDS.items() if f.unit == "万元"}
    assert money == {"budget_wan_yuan", "fees_wan_yuan", "procurement_amount_wan_yuan", "fee_amount_wan_yuan"}
    assert FIELDS["req_new"].dtype == "int64" and FIELDS["upheld"].dtype == "int64"


def test_the_dictionary_imports_no_stage():
    import ast
    from .conftest import ROOT

    for module in ("dictionary", "fields"):
        tree = ast.parse((ROOT / "gidata" / "release" / f"{module}.py").read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        stages = {m for m in imported if m.split(".")[1:2] and m.split(".")[1] in
                  ("read", "locate", "extract", "check", "build", "analysis")}
        assert stages == set() and "gidata.release.harmonise" not in imported, (module, stages)
