"""The folder tree is the architecture: stage packages import only the stages before them, no cycles."""

import grimp
import pytest

# High to low: a package may import only packages below it. Packages on one line are independent.
LAYERS = (
    grimp.Layer("cli"),
    grimp.Layer("analysis", "build", independent=True),
    grimp.Layer("release"),
    grimp.Layer("check"),
    grimp.Layer("extract"),
    grimp.Layer("locate"),
    grimp.Layer("read"),
    grimp.Layer("vocabulary", "records", "limits", independent=True),
    grimp.Layer("numbers", "version", "errors", "lazyre", independent=True),
)


@pytest.fixture(scope="module")
def graph():
    return grimp.build_graph("gidata")


def test_stages_import_only_the_stages_before_them(graph):
    illegal = graph.find_illegal_dependencies_for_layers(layers=LAYERS, containers={"gidata"})
    assert not illegal, [f"{d.importer} -> {d.imported}" for d in illegal]


def test_every_module_belongs_to_a_layer(graph):
    named = {f"gidata.{name}" for layer in LAYERS for name in layer.module_tails}
    loose = {m for m in graph.modules if m.count(".") >= 1 and ".".join(m.split(".")[:2]) not in named}
    assert loose == set()


def test_no_import_cycles_between_modules(graph):
    modules = sorted(m for m in graph.modules if m.startswith("gidata."))
    cycles = [(a, b) for a in modules for b in graph.find_modules_directly_imported_by(a)
              if b.startswith("gidata.") and b != a and graph.chain_exists(importer=b, imported=a)]
    assert cycles == []
