"""The own __init__ of records and table types (Fact, Check, Cell, RowHit: written for speed) against what
the dataclass would make; `counting`'s kept choice against the one worked out."""

import dataclasses
import inspect
import pickle

import pytest

from gidata.records import Fact


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


def test_counting_kept_for_the_same_facts_is_what_working_it_out_gives():
    """`counting` gives its last choice again only for the same fact objects in the same order: facts equal
    in number but not the same, or in another order, are worked out anew; a copy is given, never the kept one."""
    from gidata.records import _chosen, counting

    table = [Fact("req_new", float(v), "number", "table", str(v), 10 + v, applicant="total") for v in range(3)]
    other = [Fact("req_new", 5.0, "number", "table", "5", 10, applicant=applicant) for applicant in ("total", None)]
    prose = [Fact("req_new", 9.0, "number", "prose", "9", 1, applicant="total")]
    for facts in (table, table[1:], other, other[::-1], table[:2] + prose, prose + table[:2], tuple(table), [], table):
        assert counting(facts) == _chosen(facts)
        assert list(counting(facts).items()) == list(_chosen(facts).items())  # the same order too
    counting(table).clear()
    assert counting(tuple(table)) == _chosen(table) != {}
