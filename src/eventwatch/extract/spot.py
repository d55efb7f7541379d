"""Dictionary spotting over the whole text: actors, weapons (with counts) and candidate sentences.

This is the cheap pass that decides which sentences are worth a full parse.
"""

from __future__ import annotations

import re

from eventwatch.extract.actors import generic_actors, registry
from eventwatch.extract.alternation import grouped_alternation
from eventwatch.extract.lexicon import CANDIDATE_RE, WEAPONS
from eventwatch.extract.numbers import NUMBER, leading_count
from eventwatch.pipeline import Component, Context, Settings, component
from eventwatch.records import Actor, Span, Weapon

_COUNT = NUMBER + r"(?:[\s-]" + NUMBER + r")?"
_WEAPON_RE = re.compile(
    r"(?:\b(?P<count>"
    + _COUNT
    + r")\s+)?\b(?P<w>"
    + grouped_alternation([re.escape(w) for w in sorted(WEAPONS, key=len, reverse=True)], re.IGNORECASE)
    + r")(?:s|es)?\b",
    re.IGNORECASE,
)


_MINE_BEFORE = re.compile(
    r"\b(?:gold|coal|copper|diamond|tin|iron|salt|silver|lithium|uranium|cobalt|coltan|emerald|jade|ruby|zinc|"
    r"nickel|bauxite|phosphate|open[- ]pit|opencast|artisanal|underground|illegal|abandoned|disused|mining)"
    r"(?:\s+[\w-]+)?\s+$",
    re.IGNORECASE,
)
_MINE_AFTER = re.compile(
    r"(?:'s)?\s+(?:of|workers?|site|shafts?|pits?|owners?|operators?|compan(?:y|ies)|collapsed?|disaster|"
    r"accident|tunnels?|licen[cs]es?|concessions?|output|production)\b",
    re.IGNORECASE,
)


_NAMED_MINE = re.compile(r"\bthe\s+[A-Z][\w-]+\s+$")


def _not_a_landmine(text: str, start: int, end: int) -> bool:
    """ "A gold mine", "the Obuasi mine", "the mine's owners", "mine workers": a pit, not a landmine."""
    before = text[max(0, start - 40) : start]
    return bool(_MINE_BEFORE.search(before) or _NAMED_MINE.search(before) or _MINE_AFTER.match(text[end:]))


# "tear gas shells", "smoke grenades", "rubber bullets": riot-control munitions, not weapons of war
_RIOT_MUNITION_BEFORE = re.compile(
    r"\b(?:tear[- ]?gas|teargas|smoke|stun|rubber|pepper|paint|flash|sound|plastic)(?: and [\w-]+)?\s+$",
    re.IGNORECASE,
)


# "grenade-like fireworks", "a toy gun", "a fake bomb": something that looks like a weapon, not one
_LOOKALIKE_AFTER = re.compile(r"-(?:like|shaped|looking)\b", re.IGNORECASE)
_LOOKALIKE_BEFORE = re.compile(r"\b(?:toy|fake|replica|dummy|imitation|hoax|mock|pretend)\s+$", re.IGNORECASE)


def find_weapons(text: str) -> list[Weapon]:
    out: list[Weapon] = []
    for m in _WEAPON_RE.finditer(text):
        name, category = WEAPONS[m.group("w").lower()]
        if m.group("w").lower() == "mine" and _not_a_landmine(text, m.start("w"), m.end()):
            continue
        if _LOOKALIKE_AFTER.match(text, m.end()) or _LOOKALIKE_BEFORE.search(
            text[max(0, m.start("w") - 20) : m.start("w")]
        ):
            continue
        if category != "riot" and _RIOT_MUNITION_BEFORE.search(
            text[max(0, m.start("w") - 30) : m.start("w")]
        ):
            continue
        count = leading_count(m.group("count")) if m.group("count") else None
        start = m.start("count") if count is not None else m.start("w")
        out.append(
            Weapon(
                name=name, count=count, category=category, span=Span(start, m.end(), text[start : m.end()])
            )
        )
    return out


def find_actors(text: str) -> list[Actor]:
    named = registry().find(text)
    generic = [
        g
        for g in generic_actors(text)
        if not any(g.span and n.span and g.span.overlaps(n.span) for n in named)
    ]
    return sorted(named + generic, key=lambda a: a.span.start if a.span else 0)


@component("spot")
def make_spotter(settings: Settings) -> Component:
    def spot(ctx: Context) -> None:
        text = ctx.document.text
        ctx.actors = find_actors(text)
        ctx.weapons = find_weapons(text)
        for sentence in ctx.sentences:
            sentence.candidate = bool(CANDIDATE_RE.search(sentence.span.text))

    return spot
