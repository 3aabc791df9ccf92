"""The analysis notebooks run on the release data, offline, in bounded time, with every glyph drawn."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import jupytext
import matplotlib
import pytest

from gidata.analysis import notebooks
from gidata.analysis import plotting

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
RELEASE = ROOT / "datasets"
SOURCES = notebooks.notebook_sources(ROOT / "notebooks")
SECONDS_PER_NOTEBOOK = 60  # all six run in well under two minutes on two cores


@pytest.fixture(scope="session")
def release(tmp_path_factory) -> Path:
    """The committed release in datasets/; before it is committed, a fresh build of sample + corpus."""
    if (RELEASE / "SHA256SUMS").is_file():
        return RELEASE
    out = tmp_path_factory.mktemp("release")
    corpus = ROOT / "corpus"
    gidata_cli = Path(ROOT / ".venv" / "bin" / "gidata")
    command = [str(gidata_cli) if gidata_cli.exists() else "gidata", "build", str(ROOT / "gidata" / "sample")]
    subprocess.run(command + [str(corpus), "--out", str(out), "--quiet"], check=True, capture_output=True)
    return out


def test_every_notebook_is_found():
    """Six numbered notebooks, 00 to 05, each with a paired .ipynb."""
    assert [p.name[:2] for p in SOURCES] == ["00", "01", "02", "03", "04", "05"]
    assert all(p.with_suffix(".ipynb").is_file() for p in SOURCES), "run `make figures` to pair them"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_paired_ipynb_has_the_same_cells(source):
    """The committed .ipynb is the py:percent source, executed: same cells, same code."""
    paired = source.with_suffix(".ipynb")
    if not paired.is_file():
        pytest.fail(f"{paired.name} is missing: run `make figures`")
    ours, theirs = jupytext.read(source), jupytext.read(paired)
    assert [(c.cell_type, c.source) for c in ours.cells] == [(c.cell_type, c.source) for c in theirs.cells]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_notebook_runs(source, release, tmp_path, monkeypatch):
    """Each notebook executes offline on the release, in bounded time, saving figures without missing glyphs."""
    monkeypatch.setenv("GIDATA_DATA", str(release))
    monkeypatch.setenv("GIDATA_FIGURES", str(tmp_path))
    started = time.monotonic()
    executed = notebooks.execute(source, timeout=SECONDS_PER_NOTEBOOK, offline=True)
    assert time.monotonic() - started < SECONDS_PER_NOTEBOOK
    assert notebooks.glyph_warnings(executed) == []
    assert "version" not in executed.metadata.get("language_info", {})  # machines differ in Python's patch release
    saved = sorted(p.name for p in tmp_path.glob("*.png"))
    if source.stem != "00_start_here":
        assert saved and all(name.startswith(source.stem[:3]) for name in saved), saved


def test_offline_guard_refuses_the_network(tmp_path):
    """The guard cell the tests run first makes any outside connection fail inside the kernel."""
    source = tmp_path / "99_network.py"
    source.write_text("# %%\nimport urllib.request\nfor url in ('http://example.com', 'http://93.184.215.14'):\n"
                      "    try:\n        urllib.request.urlopen(url, timeout=5)\n        print('CONNECTED')\n"
                      "    except OSError as error:\n        print('REFUSED', error)\n")
    executed = notebooks.execute(source, timeout=30, offline=True)
    lines = "".join(o.get("text", "") for o in executed.cells[0].outputs).splitlines()
    assert len(lines) == 2 and all("network access is disabled" in line for line in lines), lines


def test_glyph_warnings_are_detected(tmp_path, monkeypatch):
    """A Chinese title in the house font makes matplotlib warn inside the kernel, and the check finds it."""
    monkeypatch.setenv("GIDATA_FIGURES", str(tmp_path))
    source = tmp_path / "99_glyphs.py"
    source.write_text("# %%\nfrom gidata.analysis import plotting\nfig, ax = plotting.figure('small')\n"
                      "ax.set_title('政府信息公开')\nplotting.save_figure(fig, 'glyphs')\n")
    executed = notebooks.execute(source, timeout=60)
    assert notebooks.glyph_warnings(executed)


def test_save_figure_is_deterministic(tmp_path, monkeypatch):
    """The same figure saved twice gives the same bytes, at the fixed size, with no software or date tags."""
    monkeypatch.setenv("GIDATA_FIGURES", str(tmp_path))
    blobs = []
    for _ in range(2):
        fig, ax = plotting.figure("wide")
        ax.plot([1, 2, 3], [2, 1, 3])
        ax.set_title("requests received")
        png = plotting.save_figure(fig, "check", svg=True)
        blobs.append((png.read_bytes(), (tmp_path / "check.svg").read_bytes()))
    assert blobs[0] == blobs[1]
    png, svg = blobs[0]
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (int(8.0 * plotting.DPI), int(4.5 * plotting.DPI))
    assert b"Software" not in png and b"Matplotlib" not in png
    assert b"<dc:date>" not in svg and b"Matplotlib" not in svg


def test_save_figure_rejects_unstable_names(tmp_path, monkeypatch):
    """Figure names are plain identifiers: no spaces, dots or folders."""
    monkeypatch.setenv("GIDATA_FIGURES", str(tmp_path))
    fig, _ = plotting.figure("small")
    with pytest.raises(ValueError):
        plotting.save_figure(fig, "refusal rate.v2")


def test_neighbouring_stream_outputs_are_joined_so_reruns_diff_cleanly():
    outputs = [{"output_type": "stream", "name": "stdout", "text": "a\n"},
               {"output_type": "stream", "name": "stdout", "text": ["b\n"]},
               {"output_type": "stream", "name": "stderr", "text": "warn\n"},
               {"output_type": "display_data", "data": {}},
               {"output_type": "stream", "name": "stdout", "text": "c\n"}]
    joined = notebooks.coalesce_streams(outputs)
    assert [o.get("text") for o in joined] == ["a\nb\n", "warn\n", None, "c\n"]
