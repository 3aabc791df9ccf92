"""`re`, with `compile` deferred to a pattern's first use: a module's table of patterns costs nothing at import.

A module that holds many patterns imports this as `re` (`from gidata import lazyre as re`): `gidata parse` of
one report then compiles only the patterns its text needs (most tables and labels are of other formats).
A pattern's source is known at once (`.pattern`); anything else compiles it, once. `compile_all` compiles
every pattern made so far (a build's pool does it before forking its workers, which then share them).
The modules that use it compile fixed patterns (each source is kept, once, for the life of the process).
"""

from __future__ import annotations

import functools
import re as _re
import re._compiler as _compiler  # (private: used only by `remember_classes`, if it has what it needs)
from re import *  # noqa: F403 (the rest of `re`, as it is)
from re import Pattern
from typing import Any, cast

_MADE: dict[tuple[str, int], _Lazy] = {}  # one per source and flags, as `re`'s cache keeps one compiled pattern


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:  # type: ignore[no-redef]  # noqa: A001
    """`re.compile`, compiled on first use (a compiled or deferred pattern is given back as it is)."""
    if not isinstance(pattern, str):
        return pattern
    lazy = _MADE.get((pattern, flags))
    if lazy is None:
        lazy = _MADE[pattern, flags] = _Lazy(pattern, flags)
    return cast(Pattern[str], lazy)  # (used as one: it has all its attributes)


def compile_all() -> None:
    """Compile every pattern made so far, now rather than on first use."""
    for lazy in list(_MADE.values()):
        lazy.compiled()


class _Lazy:
    """A pattern's source and flags, compiled on first use; each attribute then read from the compiled
    pattern is kept on this object, so that later uses (`.search`, `.match`) cost what the pattern's own do."""

    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> Pattern[str]:
        """The compiled pattern (`re`'s cache holds it: a pattern compiled elsewhere is not compiled again)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = _re.compile(self.pattern, self._flags)
        return compiled

    def __getattr__(self, name: str) -> Any:  # only for an attribute not yet kept
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value

    def __eq__(self, other: object) -> bool:  # (a frozen dataclass holding patterns is compared, hashed)
        if isinstance(other, _Lazy):
            return (self.pattern, self._flags) == (other.pattern, other._flags)
        return self.compiled() == other

    def __hash__(self) -> int:  # (without compiling)
        return hash((self.pattern, self._flags))

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __reduce__(self) -> tuple:
        return compile, (self.pattern, self._flags)


def _remembering(optimize):
    """`re._compiler._optimize_charset`, its result for a class remembered: Python works out a class of Chinese
    characters (`[^。；，\\n]`, `[零一二]`) over a 64K map each time a pattern holding it is compiled (~20% of a
    first report's parse, for 1,755 classes of 208 kinds). The same class gives the same result: the compiled
    patterns are the same. Classes of case-insensitive patterns are worked out as before."""
    remembered = functools.lru_cache(maxsize=1024)(lambda charset: optimize(list(charset)))

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None or fixes is not None:
            return optimize(charset, iscased, fixup, fixes)
        try:
            out, hascased = remembered(tuple(charset))
        except TypeError:  # (a member that cannot be remembered)
            return optimize(charset, iscased, fixup, fixes)
        return list(out), hascased
    optimize_charset.__wrapped__ = optimize  # type: ignore[attr-defined]
    return optimize_charset


def remember_classes() -> None:
    """Have `re`'s compiler remember the classes it worked out (`_remembering`), for the rest of the process.
    Called by the CLI, whose process is gidata's own; importing gidata changes nothing in `re`. A Python whose
    compiler has no `_optimize_charset` is left as it is."""
    optimize = getattr(_compiler, "_optimize_charset", None)
    if optimize is not None and not hasattr(optimize, "__wrapped__"):
        _compiler._optimize_charset = _remembering(optimize)

