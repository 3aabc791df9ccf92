"""Per-input limits, so that no single input can take a build's time or memory: wall time, memory,
pixels rendered for OCR, cells of one table. An input over a limit gets `timeout` or `too_large`
with the limit named; the build goes on. Set with the `gidata build` options `--max-seconds`,
`--max-memory`, `--max-ocr-pixels` and `--max-cells`.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from gidata.errors import ReadError


@dataclass(frozen=True)
class Limits:
    """What one input may use. A limit of 0 is no limit."""

    seconds: float = 600.0  # wall time to read, locate, extract and check one input
    memory_mb: int = 4096  # address space of a worker process (enforced in worker processes only)
    ocr_pixels: int = 60_000_000  # pixels of one page rendered for OCR (A4 at 300 dpi: 8.7 million)
    cells: int = 250_000  # cells of one table, merged cells counted over their span (real tables: < 5000)


OPTIONS = {"seconds": "--max-seconds", "memory_mb": "--max-memory", "ocr_pixels": "--max-ocr-pixels",
           "cells": "--max-cells"}
_current = Limits()


def current() -> Limits:
    """The limits in force in this process."""
    return _current


def use(limits: Limits) -> None:
    """Put `limits` in force in this process (the build's, and each worker's when it starts)."""
    global _current
    _current = limits


def too_large(what: str, field: str) -> ReadError:
    """The error for an input over a size limit, naming the limit and the option that sets it."""
    return ReadError("too_large", f"{what}, over the limit of {getattr(_current, field):,} ({OPTIONS[field]})")


def check_cells(count: int, where: str = "a table") -> None:
    """Refuse a table of more cells than the limit (before the grid is built)."""
    if _current.cells and count > _current.cells:
        raise too_large(f"{where} has {count:,} cells", "cells")


def check_ocr_pixels(pixels: int, where: str) -> None:
    """Refuse to render a page for OCR at more pixels than the limit."""
    if _current.ocr_pixels and pixels > _current.ocr_pixels:
        raise too_large(f"{where} would render to {pixels:,} pixels", "ocr_pixels")


class Timeout(ReadError):
    """An input that took longer than the wall-time limit."""

    def __init__(self, seconds: float):
        super().__init__("timeout", f"stopped after {seconds:g} s, the limit of wall time per input "
                                    f"({OPTIONS['seconds']})")


@contextlib.contextmanager
def deadline(seconds: float | None = None) -> Iterator[None]:
    """Raise Timeout in this block once `seconds` (default: the limit in force) have passed, and again
    every second after, in case a reader's broad `except` swallowed the first. Only in the main
    thread (where signals are delivered); elsewhere, and on systems without SIGALRM, no deadline."""
    seconds = _current.seconds if seconds is None else seconds
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise Timeout(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def memory_error(error: MemoryError) -> ReadError:
    """The status for an input that ran out of memory (under the worker's limit, or the machine's)."""
    limit = f"the limit of {_current.memory_mb:,} MB per worker ({OPTIONS['memory_mb']})" if _current.memory_mb \
        else "the memory available"
    return ReadError("too_large", f"ran out of memory ({limit}){': ' + str(error) if str(error) else ''}")
