"""The own __init__ of records and table types (Fact, Check, Cell, RowHit: written for speed) against what
the dataclass would make; the choice of the facts that count, made once a report, against the one worked out."""

import dataclasses
import inspect
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gidata.records import CUMULATIVE, METHODS, SEMANTICS, Fact, counting, values_of


def test_fact_new_has_the_fields_and_defaults_of_the_dataclass():
    from gidata.records import _OpenFact

    parameters = list(inspect.signature(Fact.__new__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in dataclasses.fields(Fact)]
    assert _OpenFact.__slots__ == Fact.__slots__ == tuple(f.name for f in dataclasses.fields(Fact))
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in dataclasses.fields(Fact)]


def test_fact_stays_frozen_and_equal_whichever_way_it_is_made():
    fact = Fact("req_new", 3.0, "number", "table", "3", 10, applicant="total", column_header="总计")
    assert type(fact) is Fact and not hasattr(fact, "__dict__")
    assert fact == Fact(*(getattr(fact, f.name) for f in dataclasses.fields(Fact)))
    assert fact == Fact(**{f.name: getattr(fact, f.name) for f in dataclasses.fields(Fact)})
    assert Fact("req_new", None, "blank", "table", "", 0).approximate is False
    assert fact == pickle.loads(pickle.dumps(fact)) == dataclasses.replace(fact)
    assert hash(fact) == hash(dataclasses.replace(fact))
    assert dataclasses.replace(fact, value=4.0).value == 4.0 and fact.value == 3.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.value = 4.0  # type: ignore[misc]


def test_check_init_has_the_fields_of_the_dataclass():
    from gidata.check.identities import Check

    parameters = list(inspect.signature(Check.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in dataclasses.fields(Check)]
    assert all(p.default is inspect.Parameter.empty for p in parameters)
    check = Check("balance:total", "req_new", "total", 3.0, 3.0, "a+b")
    assert check == pickle.loads(pickle.dumps(check)) and check.holds
    with pytest.raises(dataclasses.FrozenInstanceError):
        check.stated = 4.0  # type: ignore[misc]


@pytest.mark.parametrize("cls, values", [("gidata.numbers.Cell", ("number", 3.0, " 3 ")),
                                         ("gidata.extract.tablescan.RowHit", ("req_new", 10, 14, "本年新收"))])
def test_other_inits_make_what_the_dataclass_would(cls, values):
    import importlib

    module, name = cls.rsplit(".", 1)
    kind = getattr(importlib.import_module(module), name)
    fields = dataclasses.fields(kind)
    parameters = list(inspect.signature(kind.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == [f.name for f in fields]
    assert all(p.default is inspect.Parameter.empty for p in parameters)
    made = kind(*values)
    names = [f.name for f in fields]
    assert [getattr(made, n) for n in names] == list(values) and vars(made) == dict(zip(names, values))
    assert made == kind(*values) and hash(made) == hash(kind(*values)) and dataclasses.replace(made) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, None)


def test_the_choice_a_result_carries_is_counting_of_its_own_facts(corpus):
    """A result carries `counting` of its facts, decided once before its checks: the same choice in the
    same order as worked out again, each fact one of the result's own (a paged report's facts are given
    their pages first); so too a result counted and checked again (`pinning.pinned_results`), a crawl row's,
    and one sent from a worker process (pickled)."""
    from gidata.build.pinning import pinned_results
    from gidata.build.report import process_file, process_row
    from gidata.build.sources import sources_metadata
    from gidata.read.crawl import read_table

    results = [process_file(path, path.name, sources_metadata(path)) for folder in ("reports", "seeds")
               for path in sorted((corpus / folder).iterdir()) if path.suffix in (".txt", ".pdf")]
    assert any(f.page for r in results for f in r.chosen.values())  # a paged report's facts count
    repinned = [again for result, again in zip(results, pinned_results(results)) if again is not result]
    assert repinned  # some ledger row pinned: a result checked again
    rows = [process_row(row) for table in sorted((corpus / "crawls").glob("*.csv"))
            for batch in read_table(table, table.name) for row in batch]
    assert any(r.chosen for r in rows)  # a crawl row's report: its provenance put in its result's row
    sent = [pickle.loads(pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL)) for r in results]  # a pool's, Dask's
    for result in results + repinned + rows + sent:
        assert list(result.chosen.items()) == list(counting(result.facts).items())
        assert {id(f) for f in result.chosen.values()} <= {id(f) for f in result.facts}


_FACTS = st.lists(st.builds(
    Fact, item=st.sampled_from(("req_carried_over", "req_carried_forward", "rules_in_force", "req_new",
                                "out_total", "prose_other")),
    value=st.sampled_from((1.0, 2.0, None)), semantics=st.sampled_from(SEMANTICS),
    method=st.sampled_from(METHODS), source_text=st.just(""), offset=st.integers(0, 5),
    applicant=st.sampled_from((None, "total", "natural_person")), column_label=st.sampled_from((None, CUMULATIVE))),
    max_size=30)


@settings(max_examples=300, deadline=None)
@given(_FACTS)
def test_crossyear_values_of_the_whole_choice_are_those_of_the_crossyear_facts_counted_alone(facts):
    """`crossyear_values` reads the report's choice: the same values, in the same order, as counting
    only the facts of the items `crossyear` reads (which fact counts for an item hangs on its facts alone)."""
    from gidata.release.tidy import CROSSYEAR_ITEMS, crossyear_values

    def values(facts):
        try:
            return list(values_of(facts).items())
        except ValueError:  # a fact that counts without value
            return "no value"

    alone = counting([f for f in facts if f.item in CROSSYEAR_ITEMS])
    try:
        assert list(crossyear_values(counting(facts)).items()) == values(alone)
    except ValueError:
        assert values(alone) == "no value"


def test_an_exact_prose_figure_counts_over_a_rounded_one_told_first():
    rounded = Fact("pro_total", 1700.0, "number", "prose", "近1700条", 10, approximate=True)
    exact = Fact("pro_total", 1669.0, "number", "prose", "1669条", 90)
    assert counting([rounded, exact])[("pro_total", None)] is exact
    assert counting([rounded])[("pro_total", None)] is rounded
