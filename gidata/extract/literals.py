"""A pattern's gate word read from its source, without `re`'s parser (which costs ~1.5 ms of start-up a pattern).

`word(pattern)` is the word `prose._word_place` finds in the parsed pattern: its longest run of literal
characters at the top level, with plain groups opened and the literal end all alternatives share after them.
It reads the source as `re._parser` does (groups without flags opened, alternatives' shared start moved out
of them, alternatives of one character each made a class) and gives None for what it does not know (then the
pattern is parsed). tests/test_prose_gates.py holds it equal to the parsed word for every pattern.
"""

from __future__ import annotations

from typing import Any

# An item: ("L", character) a literal; ("I", members) a class `re._parser` can merge (`[ab]`, `\d`: its members,
# characters and ("cat", letter)); ("O", key) anything else: a key equal to another's only when `re._parser`'s
# items are equal (`.`, an anchor, a negated class), else an object of its own (repeats and assertions hold a
# parsed sub-pattern, never equal to another); ("G", items) a capturing group; ("B", alternatives) an alternation
# left as one (each alternative a list of items). Groups and alternations are never equal to another either.
Item = tuple[str, Any]

_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_CLASS_ESCAPES = set("dDsSwW")
_AT_ESCAPES = set("bBAZ")
_SPECIAL = set("\\.^$*+?{}[]()|")
_DIGITS = set("0123456789")


class _Unknown(Exception):
    """A construct this reader leaves to `re._parser`."""


def word(pattern: str) -> str | None:
    """The longest literal run at the top level of `pattern` (the first, of equal ones); None when not known."""
    try:
        items, end = _alternation(pattern, 0)
    except (_Unknown, IndexError, ValueError):  # (ValueError: a \u escape without its four digits)
        return None
    if end != len(pattern):
        return None
    best = run = ""
    for kind, value in _top_level(items):
        run = run + value if kind == "L" else ""
        if len(run) > len(best):
            best = run
    return best


def _top_level(items: list[Item]) -> list[Item]:
    """`prose._top_level`: capturing groups without an alternation opened, and an alternation's shared literal end
    after it."""
    out: list[Item] = []
    for kind, value in items:
        if kind == "G" and not any(k == "B" for k, _ in value):
            out += _top_level(value)
        elif kind == "B" and (shared := _shared_end(value)):
            out.append(("O", "|"))
            out += value[0][-shared:]
        else:
            out.append((kind, value))
    return out


def _shared_end(alternatives: list[list[Item]]) -> int:
    """How many literal characters all the alternatives end with alike."""
    n = 0
    while all(len(alt) > n and alt[-1 - n][0] == "L" for alt in alternatives) \
            and len({alt[-1 - n][1] for alt in alternatives}) == 1:
        n += 1
    return n


def _alternation(pattern: str, at: int) -> tuple[list[Item], int]:
    """The items of the alternation from `at` to its end (a `)` or the end of the pattern), as `re._parser`
    leaves them: the alternatives' shared first items moved out, alternatives of one character made a class."""
    alternatives = []
    while True:
        items, at = _sequence(pattern, at)
        alternatives.append(items)
        if at < len(pattern) and pattern[at] == "|":
            at += 1
            continue
        break
    if len(alternatives) == 1:
        return alternatives[0], at
    out: list[Item] = []
    while all(alternatives) and _same(alternatives):
        out.append(alternatives[0][0])
        for alternative in alternatives:
            del alternative[0]
    if all(len(alt) == 1 and alt[0][0] in ("L", "I") for alt in alternatives):
        members = [m for alt in alternatives for m in ([alt[0][1]] if alt[0][0] == "L" else alt[0][1])]
        out.append(("I", tuple(dict.fromkeys(members))))
    else:
        out.append(("B", alternatives))
    return out, at


def _same(alternatives: list[list[Item]]) -> bool:
    """Whether every alternative starts with the same item (as `re._parser` compares them)."""
    first = alternatives[0][0]
    return first[0] not in ("G", "B") and all(alt[0] == first for alt in alternatives)


def _sequence(pattern: str, at: int) -> tuple[list[Item], int]:
    """The items from `at` to the next `|` or `)` at this level (or the end), non-capturing groups opened."""
    items: list[Item] = []
    while at < len(pattern) and pattern[at] not in "|)":
        char = pattern[at]
        if char == "(":
            inner, kind, at = _group(pattern, at)
        elif char == "[":
            item, at = _class(pattern, at)
            inner, kind = [item], "item"
        elif char == "\\":
            item, at = _escape(pattern, at)
            inner, kind = [item], "item"
        elif char in ".^$":
            inner, kind, at = [("O", char)], "item", at + 1  # (ANY and the anchors: equal to their like)
        elif char in _SPECIAL:
            raise _Unknown(char)
        else:
            inner, kind, at = [("L", char)], "item", at + 1
        repeated, at = _repeat(pattern, at)
        if repeated:
            items.append(("O", object()))
        elif kind == "plain":
            items += inner
        elif kind == "capture":
            items.append(("G", inner))
        else:
            items += inner
    return items, at


def _group(pattern: str, at: int) -> tuple[list[Item], str, int]:
    """A group's items, its kind (plain, capture, assert) and the place after it."""
    if pattern.startswith("(?:", at):
        kind, at = "plain", at + 3
    elif pattern.startswith("(?P<", at):
        kind, at = "capture", pattern.index(">", at) + 1
    elif pattern.startswith(("(?=", "(?!"), at):
        kind, at = "assert", at + 3
    elif pattern.startswith(("(?<=", "(?<!"), at):
        kind, at = "assert", at + 4
    elif pattern.startswith("(?", at):
        raise _Unknown("a group with flags, a reference or a condition")
    else:
        kind, at = "capture", at + 1
    inner, at = _alternation(pattern, at)
    if pattern[at] != ")":
        raise _Unknown("an unclosed group")
    if kind == "assert":
        return [("O", object())], kind, at + 1
    return inner, kind, at + 1


def _repeat(pattern: str, at: int) -> tuple[bool, int]:
    """Whether a repeat (`?`, `*`, `+`, `{m,n}`, lazy or possessive) follows at `at`, and the place after it."""
    if at >= len(pattern):
        return False, at
    if pattern[at] in "?*+":
        at += 1
    elif pattern[at] == "{":
        close = pattern.find("}", at)
        bounds = pattern[at + 1:close].split(",") if close > 0 else []
        if not 1 <= len(bounds) <= 2 or not all(set(b) <= _DIGITS for b in bounds) or not any(bounds):
            raise _Unknown("a brace that is not a repeat")
        at = close + 1
    else:
        return False, at
    if at < len(pattern) and pattern[at] in "?+":
        at += 1
    return True, at


def _escape(pattern: str, at: int) -> tuple[Item, int]:
    """The item of the escape at `at` and the place after it."""
    char = pattern[at + 1]
    if char in _CLASS_ESCAPES:
        return ("I", (("cat", char),)), at + 2
    if char in _AT_ESCAPES:
        return ("O", ("at", char)), at + 2
    if char in _SIMPLE_ESCAPES:
        return ("L", _SIMPLE_ESCAPES[char]), at + 2
    if char == "u":
        return ("L", chr(int(pattern[at + 2:at + 6], 16))), at + 6
    if char.isascii() and char.isalnum():
        raise _Unknown("an escape of a letter or digit")
    return ("L", char), at + 2


def _class(pattern: str, at: int) -> tuple[Item, int]:
    """The item of the class at `at` (one literal character when it lists only one) and the place after it."""
    at += 1
    negated = pattern[at] == "^"
    at += negated
    members: list[object] = []
    first = True
    while pattern[at] != "]" or first:
        first = False
        if pattern[at] == "\\":
            if pattern[at + 1] in _AT_ESCAPES:
                raise _Unknown("an escape that means other things in a class")
            item, at = _escape(pattern, at)
            members += [item[1]] if item[0] == "L" else item[1]
        elif pattern[at] == "[":
            raise _Unknown("a [ in a class")
        else:
            members.append(pattern[at])
            at += 1
        if pattern[at] == "-" and pattern[at + 1] != "]":
            raise _Unknown("a range")
    unique = tuple(dict.fromkeys(members))
    if len(unique) == 1 and isinstance(unique[0], str):
        return ("O", ("not", unique[0])) if negated else ("L", unique[0]), at + 1
    return ("O", ("not", unique)) if negated else ("I", unique), at + 1
