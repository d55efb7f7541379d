"""A long alternation of patterns, compiled so that each position tries only the patterns that can start there.

Python's ``re`` tries every alternative of ``\\b(?:a|b|c ...)`` at every word boundary of the text. When the
alternatives are hundreds of trigger words and phrases, that is most of the cost of a search. Grouped by the
characters they can start with, behind a one-character look-ahead per group, a boundary tries only the group of
the character that follows it: the same positions match, far fewer alternatives are tried.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the pattern parser of ``re`` (private, but stable in 3.11-3.13); only used at import time to read first characters
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_MAX_RANGE = 64  # a character class wider than this is taken as "any character"


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_RANGE:
            out.update(chr(i) for i in range(av[0], av[1] + 1))
        else:  # a category (\w, \s ...), a negation, a wide range
            return None
    return out


def first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a parsed (sub)pattern can start its match with (None: any) and whether it can match empty."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a boundary or a look-around consumes nothing: the next item gives the first character
        if op is _c.LITERAL:
            return chars | {chr(av)}, False
        if op is _c.IN:
            found = _class_chars(av)
            return (None if found is None else chars | found), False
        if op is _c.SUBPATTERN:
            sub, nullable = first_chars(av[-1])
        elif op is _c.BRANCH:
            sub, nullable = set(), False
            for branch in av[1]:
                got, empty = first_chars(branch)
                if got is None:
                    return None, False
                sub |= got
                nullable = nullable or empty
        elif op in _REPEATS:
            sub, nullable = first_chars(av[2])
            nullable = nullable or av[0] == 0
        else:  # any character, a back-reference, a negated literal ...
            return None, False
        if sub is None:
            return None, False
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True


def grouped_alternation(alternatives: list[str], flags: int = 0) -> str:
    """The body of ``(?:alt1|alt2|...)`` with the alternatives grouped by first character, each group behind a
    look-ahead for its characters.

    Within a group the alternatives keep their order, so where each alternative starts with one known character
    (a list of words, longest first) the match found at a position is the plain alternation's. Alternatives whose
    first character cannot be read (they start with ``\\w`` or ``.``, or can match empty) come last, tried everywhere.
    """
    ignore_case = bool(flags & re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for alt in alternatives:
        chars, nullable = first_chars(_parser.parse(alt, flags))
        if chars is None or nullable or not chars:
            anywhere.append(alt)
            continue
        key = "".join(sorted({c.lower() if ignore_case else c for c in chars}))
        groups.setdefault(key, []).append(alt)
    parts = [
        f"(?=[{''.join(re.escape(c) for c in key)}])(?:{'|'.join(alts)})"
        for key, alts in sorted(groups.items())
    ]
    parts.extend(anywhere)
    return "(?:" + "|".join(parts) + ")"


def first_char_dispatch(alternatives: list[str], flags: int = 0) -> re.Pattern[str]:
    """``\\b(?:alt1|alt2|...)`` compiled with the alternatives grouped by first character.

    ``search`` finds a match exactly where the plain alternation would (the match found at a position may come from
    another alternative where alternatives can start with several characters: use the result as a yes/no or a
    position, not for its groups).
    """
    return re.compile(r"\b" + grouped_alternation(alternatives, flags), flags)
