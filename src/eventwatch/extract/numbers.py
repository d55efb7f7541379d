"""Numbers as the press writes them: digits, number words, vague quantities, hedges.

ACLED's conservative rule: "dozens" = 12, "tens" = 10, "hundreds" = 100, "at least 12" = 12, "up to 12" gives a
high of 12 and a low of 1; a range gives its lower end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwatch.extract.lexicon import NUMBER_WORDS


@dataclass(frozen=True, slots=True)
class Quantity:
    low: int
    best: int
    high: int | None
    start: int
    end: int
    vague: bool = False


NUMBER = _NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
    + ")"
)
_NUM_PHRASE = re.compile(
    r"\b(?P<hedge>at least|more than|over|nearly|almost|around|about|some|approximately|up to|as many as|"
    r"at most|fewer than|less than|roughly|an estimated)?\s*"
    r"(?P<a>" + _NUM + r"(?:[\s-]+" + _NUM + r")*)"
    r"(?:\s*(?:-|to|and|or)\s*(?P<b>" + _NUM + r"(?:[\s-]+" + _NUM + r")*))?\b",
    re.IGNORECASE,
)


def word_value(text: str) -> int | None:
    """'six' -> 6, 'twenty-five' -> 25, '1,200' -> 1200, 'two hundred' -> 200, 'dozens' -> 12."""
    t = text.lower().strip()
    if " " in t and t in NUMBER_WORDS:
        return NUMBER_WORDS[t]  # "a dozen", "a few", "a couple"
    t = re.sub(r"^an?\s+(?:few\s+)?(?=dozen|hundred|thousand)", "", t)  # "a hundred", "a few dozen": the unit
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    total, current = 0, 0
    seen = False
    for part in re.split(r"[\s-]+", t):
        if part in ("and", ""):
            continue
        if part.isdigit():
            current += int(part)
            seen = True
        elif part in ("hundred", "hundreds") and seen:
            current *= 100
        elif part == "dozen" and seen:
            current *= 12  # "two dozen" = 24
        elif part in ("thousand", "thousands") and seen:
            total += current * 1000
            current = 0
        elif part in NUMBER_WORDS:
            current += NUMBER_WORDS[part]
            seen = True
        else:
            return None
    return total + current if seen else None


def quantities(text: str) -> list[Quantity]:
    """Every number phrase in ``text``, with the hedge applied (low, best, high)."""
    out: list[Quantity] = []
    for m in _NUM_PHRASE.finditer(text):
        a = word_value(m.group("a"))
        if a is None:
            continue
        b = word_value(m.group("b")) if m.group("b") else None
        hedge = (m.group("hedge") or "").lower()
        vague = m.group("a").lower() in ("dozens", "tens", "hundreds", "thousands", "scores", "several")
        if b is not None and b > a:
            out.append(Quantity(a, a, b, m.start("a"), m.end(), vague))
        elif hedge in ("up to", "as many as", "at most", "fewer than", "less than"):
            out.append(Quantity(1 if a > 0 else 0, a, a, m.start(), m.end(), vague))
        elif hedge in ("more than", "over"):
            out.append(Quantity(a, a, None, m.start(), m.end(), vague))
        else:
            out.append(Quantity(a, a, None if hedge == "at least" or vague else a, m.start(), m.end(), vague))
    return out


def leading_count(text: str) -> int | None:
    """The count at the start of a noun phrase: 'six Grad rockets' -> 6, 'a mortar shell' -> 1."""
    m = re.match(r"\s*(?:the\s+)?(" + _NUM + r"(?:[\s-]+" + _NUM + r")*)\b", text, re.IGNORECASE)
    if not m:
        return None
    word = m.group(1).lower()
    if word in ("no", "several", "dozens", "hundreds", "tens", "thousands", "scores", "couple"):
        return None
    return word_value(word)
