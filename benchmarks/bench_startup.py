"""Benchmark start-up: wall time of `gidata --help` and of `gidata parse` of one small report (target < 0.25 s).

Each command runs in a fresh interpreter, as a user runs it; the median and the fastest of the
runs are printed, with the CPU time (the machine is shared: load only ever slows a run). Bytecode is written by a
first, untimed run, as `pip install` does, even where PYTHONDONTWRITEBYTECODE is set.
Also timed: a report whose body's name holds a phrase that changes a reading (长沙: the tables
cannot read it, so pypinyin is loaded), and bare Python and `import pypinyin`, for scale.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "gidata" / "sample" / "000_6eecb43df29e7b4f.txt"
GIDATA = [sys.executable, "-m", "gidata.cli"]


def timed(command: list[str], env: dict[str, str], repeat: int) -> tuple[list[float], list[float]]:
    """The wall and CPU (user + system) seconds of `repeat` runs of the command, after one untimed run
    that writes bytecode. CPU time is the steadier figure on a shared machine."""
    subprocess.run(command, env=env, check=True, capture_output=True)
    walls, cpus = [], []
    for _ in range(repeat):
        before = _children_cpu()
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - before)
    return walls, cpus


def _children_cpu() -> float:
    """CPU seconds used so far by the finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def renamed_copy(folder: Path) -> Path:
    """The sample report with its city (三门峡) renamed 长沙, whose reading needs pypinyin's phrases."""
    path = folder / "000_changsha.txt"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace("三门峡", "长沙"), encoding="utf-8")
    return path


def main() -> int:
    """Print the median and fastest wall and CPU time of each command."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python -c 'import pypinyin'": [sys.executable, "-c", "import pypinyin"],
            "gidata --help": [*GIDATA, "--help"],
            f"gidata parse {SAMPLE.name} (target < 0.25 s)": [*GIDATA, "parse", str(SAMPLE)],
            "gidata parse, body 长沙市 (pypinyin loaded)": [*GIDATA, "parse", str(renamed_copy(Path(folder)))],
        }
        print(f"start-up, {args.repeat} runs each: median / fastest, wall and CPU seconds")
        for name, command in commands.items():
            walls, cpus = timed(command, env, args.repeat)
            print(f"  {name:<58} wall {statistics.median(walls):.3f} / {min(walls):.3f}"
                  f"   cpu {statistics.median(cpus):.3f} / {min(cpus):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
