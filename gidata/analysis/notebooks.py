"""Execute the analysis notebooks from their py:percent sources, for `make figures` and the tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path

NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
GLYPH_WARNING = re.compile(r"Glyph \d+ .*missing from (current )?font")
# Run first in the kernel by execute(offline=True): any connection off this machine fails.
OFFLINE_GUARD = '''\
import socket as _socket
_LOCAL = ("127.0.0.1", "::1", "localhost", None)
_connect, _getaddrinfo = _socket.socket.connect, _socket.getaddrinfo
def _refuse(what):
    raise OSError(f"network access is disabled while notebooks are tested: {what!r}")
def _local_only(self, address, *args):
    if self.family == _socket.AF_UNIX or (isinstance(address, tuple) and address[0] in _LOCAL):
        return _connect(self, address, *args)
    _refuse(address)
def _resolve_local_only(host, *args, **kwargs):
    return _getaddrinfo(host, *args, **kwargs) if host in _LOCAL else _refuse(host)
_socket.socket.connect = _socket.socket.connect_ex = _local_only
_socket.getaddrinfo = _resolve_local_only
'''


def notebook_sources(folder: Path = NOTEBOOK_DIR) -> list[Path]:
    """The numbered notebook sources (NN_name.py), in order."""
    return sorted(folder.glob("[0-9][0-9]_*.py"))


def execute(source: Path, timeout: int = 120, offline: bool = False):
    """Execute a notebook source in its folder and return the executed notebook (no timing metadata)."""
    import jupytext
    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell

    notebook = jupytext.read(source)
    if offline:
        notebook.cells.insert(0, new_code_cell(OFFLINE_GUARD))
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(Path(source).parent)}})
    client.execute()
    if offline:
        notebook.cells.pop(0)
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{number:03d}"  # jupytext draws random ids: fix them for stable diffs
        if "outputs" in cell:
            cell["outputs"] = coalesce_streams(cell["outputs"])
    notebook.metadata.get("language_info", {}).pop("version", None)  # the kernel's patch release varies by machine
    return notebook


def coalesce_streams(outputs: list) -> list:
    """Join neighbouring stdout (or stderr) outputs: how the kernel chunks a print varies from run to run."""
    joined: list[dict] = []
    for output in outputs:
        previous = joined[-1] if joined else None
        if (output.get("output_type") == "stream" and previous is not None
                and previous.get("output_type") == "stream" and previous.get("name") == output.get("name")):
            previous["text"] = "".join(previous["text"]) + "".join(output["text"])
        else:
            joined.append(output)
    return joined


def glyph_warnings(notebook) -> list[str]:
    """Lines of a notebook's outputs where matplotlib warns that a character had no glyph."""
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            text = output.get("text", "") or output.get("data", {}).get("text/plain", "")
            found += [line for line in str(text).splitlines() if GLYPH_WARNING.search(line)]
    return found


def write_executed(source: Path) -> Path:
    """Execute a notebook source and write the paired .ipynb beside it, outputs included."""
    import jupytext

    notebook = execute(source)
    problems = glyph_warnings(notebook)
    if problems:
        raise RuntimeError(f"{source}: characters without glyphs in figures: {problems[:3]}")
    target = Path(source).with_suffix(".ipynb")
    jupytext.write(notebook, target)
    return target


def main(argv: list[str] | None = None) -> int:
    """Execute each notebook source named on the command line (default: all of them)."""
    sources = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or notebook_sources()
    for source in sources:
        print(f"executed {source} -> {write_executed(source)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
