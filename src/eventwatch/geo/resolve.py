"""Toponym resolution with context, and the place of an event.

Each mention's candidates are scored by a prior (feature kind, population, how the name matched) and
then by the report's context, over a few rounds: agreement with the countries and admin1 regions the
other mentions resolve to, distance to them, "X, Y" patterns ("Alexandria, Louisiana") and the
dateline. Mentions with no exact candidate try a transliteration-aware fuzzy look-up restricted to the
countries already in the report. A mention that still has no place is kept, unresolved.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from eventwatch.geo.areas import haversine_km, offset, parse_offsets
from eventwatch.geo.gazetteer import (
    NAME_ABBREV,
    NAME_ALIAS,
    NAME_ALTERNATE,
    NAME_DEMONYM,
    NAME_PRIMARY,
    NAME_SHORT,
    Entry,
    Gazetteer,
    Match,
    fold,
)
from eventwatch.geo.recognise import _COMMON as _COMMON_WORDS
from eventwatch.geo.recognise import Mention
from eventwatch.records import Place, Span

_FEATURE_PRIOR = {
    "country": 2.2, "continent": 1.6, "admin1": 1.3, "region": 1.2, "water": 1.0, "city": 0.0, "admin2": 0.1,
    "airport": -1.2, "facility": -1.0,
}  # fmt: skip
_KIND_PRIOR = {NAME_PRIMARY: 0.35, NAME_ALTERNATE: 0.0, NAME_ALIAS: 0.3, NAME_SHORT: -0.4, NAME_DEMONYM: 0.2}
SPECIFICITY = {"facility": 0, "airport": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "water": 4,
               "country": 5, "continent": 6}  # fmt: skip
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z .'-]{2,40}?)(?:,\s*[A-Z][A-Za-z .'-]{2,30})?\s*(?:\(|—|–|-{1,2}\s)"
)


@dataclasses.dataclass(slots=True)
class _Cand:
    entry: Entry
    kind: int
    prior: float
    score: float = 0.0
    partial: bool = False  # found inside a longer name ("Carnegie Library"): the name is not this place's


def _prior(m: Match) -> float:
    e = m.entry
    pop = math.log10(e.population + 1) / 2.0 if e.population > 0 else 0.0
    if e.feature == "airport":
        pop = 1.0
    elif e.feature in ("water", "continent") and not e.population:
        pop = 2.5  # seas and oceans have no population, and are famous
    prior = _FEATURE_PRIOR.get(e.feature, 0.0) + pop + _KIND_PRIOR.get(m.kind, 0.0)
    if e.capital:
        prior += 1.0  # a national capital is what a bare name most often means
    if e.feature == "admin2" and m.kind != NAME_PRIMARY:
        prior -= 0.4  # "Richmond" is the city before it is "Richmond County"
    return prior


_DEMONYM_SUFFIXES = (("ians", "ia"), ("ian", "ia"), ("ians", ""), ("ian", ""), ("ans", "a"), ("an", "a"),
                     ("ans", ""), ("an", ""), ("ese", ""), ("ns", ""), ("s", ""), ("i", ""), ("ish", ""),
                     ("ians", "io"), ("ans", "o"))  # fmt: skip
_GENERIC_TAIL = re.compile(
    r"\s+(?:river|lake|township|twp\.?|station|valley|islands?|park|hills?|mountains?|creek|bay|beach|"
    r"square|bridge|dam|district|area|region|province|state|city|town|village|county|co\.|parish|borough|"
    r"heights|springs|falls|harbou?r|port|corner|crossing|junction)$",
    re.IGNORECASE,
)
_GENERIC_HEAD = re.compile(r"^(?:the\s+|lake\s+|mount\s+|mt\.?\s+|port of\s+|river\s+|city of\s+|town of\s+)",
                           re.IGNORECASE)  # fmt: skip
_BROAD = ("country", "admin1", "region", "continent")
_DIVISION_AFTER = re.compile(
    r"\s+(region|province|oblast|governorate|state|prefecture|district|county)\b", re.I
)
_PART_OF_NAME = -1  # a match kind of our own: a place named inside a longer name
_PARTIAL_NEAR_KM = 150.0
_SENTENCE_TOWN_CHARS = 80  # how far a town named beside an unknown building may stand from it


def _nearest_km(lat: float, lon: float, points: list[tuple[int, float, float]], own: int) -> float:
    """The distance to the nearest other point (equirectangular: fast, close enough under 1,000 km)."""
    best = 1e18
    coslat = math.cos(math.radians(lat))
    for j, la, lo in points:
        if j == own:
            continue
        dlon = (lo - lon + 540.0) % 360.0 - 180.0
        d = (la - lat) ** 2 + (dlon * coslat) ** 2
        if d < best:
            best = d
    return math.sqrt(best) * 111.195


class Resolver:
    """Resolves a document's mentions together (one instance per process)."""

    def __init__(self, gazetteer: Gazetteer, rounds: int = 3) -> None:
        self.gazetteer = gazetteer
        self.rounds = rounds

    def resolve(
        self, text: str, mentions: Sequence[Mention], title: str = "", fallback_focus: bool = False
    ) -> list[Place]:
        """The places of ``mentions``. With ``fallback_focus``, a name the gazetteer lacks (a street, a
        building) gets the report's main place, with a low score and ``geo_precision`` 3."""
        cands: list[list[_Cand]] = []
        for m in mentions:
            cs = self._candidates(m)
            cands.append(cs)
        hint_cc, hint_a1 = self._title_hints(title, text)
        # pattern "X, Y": Y names the admin1 or country of X
        pattern_bonus: list[dict[int, float]] = [defaultdict(float) for _ in mentions]
        for k, m in enumerate(mentions[:-1]):
            n = mentions[k + 1]
            gap = text[m.end : n.start]
            if gap.strip() not in (",", "(") or len(gap) > 3:
                continue
            for c in cands[k]:
                for d in cands[k + 1]:
                    de = d.entry
                    if de.feature == "country" and de.cc == c.entry.cc and c.entry.feature != "country":
                        pattern_bonus[k][c.entry.id] += 3.0
                    elif de.feature == "admin1" and de.cc == c.entry.cc and de.name == c.entry.admin1:
                        pattern_bonus[k][c.entry.id] += 4.0
                    elif de.feature == "admin2" and de.cc == c.entry.cc and de.name == c.entry.admin2:
                        pattern_bonus[k][c.entry.id] += 2.0
        # "the Donetsk region", "Idlib province": the word after the name says it is a first-level division
        for k, m in enumerate(mentions):
            tail = _DIVISION_AFTER.match(text, m.end)
            if tail is None:
                continue
            wanted = ("admin2",) if tail.group(1).lower() in ("district", "county") else ("admin1", "region")
            for c in cands[k]:
                if c.entry.feature in wanted:
                    pattern_bonus[k][c.entry.id] += 3.0
        # fuzzy fall-back needs the report's countries: resolve the rest first
        best: list[_Cand | None] = [None] * len(mentions)
        keys = [fold(m.name or m.text) for m in mentions]
        same_name: dict[str, list[int]] = defaultdict(list)
        for k, key in enumerate(keys):
            same_name[key].append(k)
        for round_ in range(self.rounds + 1):
            # votes of the report's mentions, per name: a name's own mentions do not vote for its reading
            cc_votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
            a1_votes: dict[str, dict[tuple[str, str], float]] = defaultdict(lambda: defaultdict(float))
            a2_votes: dict[str, dict[tuple[str, str], float]] = defaultdict(lambda: defaultdict(float))
            points: list[tuple[int, float, float]] = []
            if round_ == 0:
                for k, cs in enumerate(cands):
                    if len({c.entry.cc for c in cs}) == 1 and cs:
                        cc_votes[keys[k]][cs[0].entry.cc] += 1.0  # unambiguous country
            else:
                for k, b in enumerate(best):
                    if b is None:
                        continue
                    w = 1.0 if len(cands[k]) == 1 else 0.7
                    cc_votes[keys[k]][b.entry.cc] += w
                    if b.entry.feature in ("city", "admin2", "airport"):
                        a1_votes[keys[k]][(b.entry.cc, b.entry.admin1)] += w
                        points.append((k, b.entry.lat, b.entry.lon))
                        if b.entry.feature == "admin2":
                            a2_votes[keys[k]][(b.entry.cc, b.entry.name)] += w
                    elif b.entry.feature == "admin1":
                        a1_votes[keys[k]][(b.entry.cc, b.entry.name)] += w
            cc_weight: dict[str, float] = defaultdict(float)
            a1_weight: dict[tuple[str, str], float] = defaultdict(float)
            a2_weight: dict[tuple[str, str], float] = defaultdict(float)
            for votes_cc in cc_votes.values():
                for cc, w in votes_cc.items():
                    cc_weight[cc] += w
            for votes_a1 in a1_votes.values():
                for a1, w in votes_a1.items():
                    a1_weight[a1] += w
            for votes_a2 in a2_votes.values():
                for a2, w in votes_a2.items():
                    a2_weight[a2] += w
            for cc in hint_cc:
                cc_weight[cc] += 1.5
            for a1 in hint_a1:
                a1_weight[a1] += 1.5
            total = sum(cc_weight.values()) or 1.0
            top_cc = max(cc_weight.values(), default=0.0)
            for k, cs in enumerate(cands):
                if not cs:
                    continue
                own_cc = cc_votes.get(keys[k], {})
                own_a1 = a1_votes.get(keys[k], {})
                own_a2 = a2_votes.get(keys[k], {})
                group = set(same_name[keys[k]])
                others = [pt for pt in points if pt[0] not in group]
                own_total = sum(own_cc.values())
                for c in cs:
                    e = c.entry
                    # an ocean or a region across borders has no country: it agrees with any report
                    ccw = (cc_weight.get(e.cc, 0.0) if e.cc else top_cc) - own_cc.get(e.cc, 0.0)
                    s = (
                        c.prior
                        + 2.0 * max(0.0, ccw) / max(1.0, total - own_total)
                        + min(1.0, 0.4 * max(0.0, ccw))
                    )
                    if e.feature in ("city", "admin2", "airport"):
                        a1w = a1_weight.get((e.cc, e.admin1), 0.0) - own_a1.get((e.cc, e.admin1), 0.0)
                        s += min(1.5, 0.6 * max(0.0, a1w))
                        if e.feature == "city" and e.admin2:
                            a2w = a2_weight.get((e.cc, e.admin2), 0.0) - own_a2.get((e.cc, e.admin2), 0.0)
                            s += min(1.5, 1.0 * max(0.0, a2w))  # the town lies in a county the report names
                        if others:
                            dmin = _nearest_km(e.lat, e.lon, others, k)
                            s += 1.0 if dmin < 50 else 0.6 if dmin < 150 else 0.25 if dmin < 400 else 0.0
                    s += pattern_bonus[k].get(e.id, 0.0)
                    c.score = s
                # a city and the province of the same name: the city, unless the province is much larger
                cs.sort(key=lambda c: -c.score)
                top = cs[0]
                if top.entry.feature in ("admin1", "admin2"):
                    for c in cs[1:]:
                        same_name_city = (
                            c.entry.population * 20 >= top.entry.population
                            and top.score - c.score < 1.5
                            and fold(c.entry.name).startswith(fold(top.entry.name))
                        )
                        main_city = (
                            c.entry.admin1 == top.entry.name
                            and c.entry.population * 3 >= top.entry.population
                            and top.score - c.score < 1.0
                        )
                        if (
                            c.entry.feature == "city"
                            and c.entry.cc == top.entry.cc
                            and (same_name_city or main_city)
                        ):
                            c.score = top.score + 0.01
                            cs.sort(key=lambda c: -c.score)
                            break
                best[k] = cs[0]
            # one name, one place per report
            for ks_all in same_name.values():
                ks = [k for k in ks_all if not pattern_bonus[k]]  # "Paris, Texas" keeps its own reading
                if len(ks) < 2:
                    continue
                votes: Counter[int] = Counter()
                for k in ks:
                    b = best[k]
                    if b is not None:
                        votes[b.entry.id] += 1
                if votes:
                    winner = votes.most_common(1)[0][0]
                    for k in ks:
                        for c in cands[k]:
                            if c.entry.id == winner:
                                best[k] = c
            if round_ == 0 or round_ == self.rounds:
                self._fuzzy(mentions, cands, best, cc_weight)
        self._check_partial(best)
        focus = self._focus(best) if fallback_focus else None
        places: list[Place] = []
        for k, m in enumerate(mentions):
            b = best[k]
            span = Span(m.start, m.end, m.text)
            if b is None and focus is not None and self._focusable(m):
                # a street, building or organisation the gazetteer lacks: the town named beside it in
                # its sentence ("the Carnegie Library in Toledo"), else the report's main place
                here = self._sentence_town(text, mentions, best, k) or focus
                p = here.place(self.gazetteer, score=0.05)
                p.name = m.name or m.text
                p.span = span
                p.geo_precision = 3
                places.append(p)
                continue
            if b is None:
                places.append(Place(name=m.name or m.text, resolved=False, span=span))
                continue
            cs = cands[k]
            second = cs[1].score if len(cs) > 1 else b.score - 3.0
            conf = 1.0 / (1.0 + math.exp(-(b.score - second)))
            p = b.entry.place(self.gazetteer, score=round(conf, 3))
            p.span = span
            if b.entry.feature in ("admin1", "region", "country", "continent", "water"):
                p.geo_precision = 3
            places.append(p)
        return places

    @staticmethod
    def _sentence_town(
        text: str, mentions: Sequence[Mention], best: Sequence[_Cand | None], k: int
    ) -> Entry | None:
        """The town (or county) named nearest to mention ``k`` in the same sentence, if any."""
        m = mentions[k]
        lo = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        ends = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0]
        hi = min(ends) if ends else len(text)
        near: tuple[int, Entry] | None = None
        for j, (n, b) in enumerate(zip(mentions, best, strict=True)):
            if j == k or b is None or b.partial or b.entry.feature not in ("city", "admin2"):
                continue
            if n.start < lo or n.end > hi:
                continue
            d = n.start - m.end if n.start >= m.end else m.start - n.end
            if d <= _SENTENCE_TOWN_CHARS and (near is None or d < near[0]):
                near = (d, b.entry)
        return near[1] if near else None

    @staticmethod
    def _check_partial(best: list[_Cand | None]) -> None:
        """A town found inside a longer name ("Carnegie Library", "Robert Trent Jones Golf Club") names
        the thing only if it fits the report: near another town the report names, or in a country it
        names when it names no town. Else the mention is left to the report's main place, or unresolved:
        a building pinned to a namesake town abroad is worse than no pin. (A country inside a name is
        kept: "Bank of Japan" is in Japan as often as a "Russian Embassy" is outside Russia.)"""
        local = ("city", "admin2", "airport", "facility")
        anchors = [b.entry for b in best if b is not None and not b.partial]
        towns = [e for e in anchors if e.feature in local]
        countries = {e.cc for e in anchors}
        for k, b in enumerate(best):
            if b is None or not b.partial or b.entry.feature not in local or not anchors:
                continue
            if towns:
                fits = any(
                    haversine_km(b.entry.lat, b.entry.lon, e.lat, e.lon) <= _PARTIAL_NEAR_KM for e in towns
                )
            else:
                fits = b.entry.cc in countries
            if not fits:
                best[k] = None

    @staticmethod
    def _focus(best: Sequence[_Cand | None]) -> Entry | None:
        """The report's main place: its most often named town (else first-level division, else country),
        the earliest one on ties."""
        for feats in (("city", "admin2"), ("admin1",), ("country",)):
            counts: Counter[int] = Counter()
            first: dict[int, tuple[int, Entry]] = {}
            for k, b in enumerate(best):
                if b is not None and b.entry.feature in feats:
                    counts[b.entry.id] += 1
                    first.setdefault(b.entry.id, (k, b.entry))
            if counts:
                top = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]][0]))
                return first[top[0]][1]
        return None

    @staticmethod
    def _focusable(m: Mention) -> bool:
        """Whether an unknown name may stand for the report's main place: a capitalised name of a
        few words that is not a demonym or an acronym of an organisation."""
        name = (m.name or m.text).strip()
        return bool(name[:1].isupper()) and not m.demonym and not (name.isupper() and len(name) <= 5)

    def _fallback(self, m: Mention) -> list[Match]:
        """No exact name: a demonym-like word ("Ohioans", "South Ossetian") names its place; a name with
        a generic word ("Neches River", "Readington Township") falls back on its specific part."""
        name = (m.name or m.text).strip()
        if not name[:1].isupper() or "." in name:
            return []
        words = name.split()
        if len(words) <= 3:
            last = words[-1]
            for suffix, repl in _DEMONYM_SUFFIXES:
                if last.endswith(suffix) and len(last) - len(suffix) >= 3:
                    base = " ".join([*words[:-1], last[: -len(suffix)] + repl])
                    hits = [x for x in self.gazetteer.lookup(base) if x.entry.feature in _BROAD]
                    if hits:
                        return [Match(x.entry, NAME_DEMONYM) for x in hits]
        core = _GENERIC_HEAD.sub("", _GENERIC_TAIL.sub("", name)).strip()
        if core and core != name and len(core) >= 3:
            hits = [x for x in self.gazetteer.lookup(core) if x.entry.feature in ("city", "admin2", "admin1")]
            if hits:
                return hits
        return self._part_of_name(name)

    def _part_of_name(self, name: str) -> list[Match]:
        """A name the gazetteer lacks that contains a known place ("Colorado State University", "Manila
        Cathedral", "Dubai World Cup"): the longest run of capitalised words that names a well-known
        place (a country, region, first-level division or a town of 10,000 or more)."""
        words = [w for w in re.split(r"[\s\-/]+", name) if w]
        if len(words) < 2:
            return []
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                part = words[i : i + size]
                if not part[0][:1].isupper() or not part[-1][:1].isupper():
                    continue
                text = " ".join(part)
                if len(text) < 3 or fold(text) in _COMMON_WORDS:
                    continue
                hits = [
                    Match(x.entry, _PART_OF_NAME)
                    for x in self.gazetteer.lookup(text)
                    if x.kind != NAME_ABBREV
                    and (x.entry.feature in _BROAD or x.entry.feature == "water"
                         or (x.entry.feature == "city" and x.entry.population >= 10_000))
                ]  # fmt: skip
                if hits:
                    return hits
        return []

    def _candidates(self, m: Mention) -> list[_Cand]:
        seen: dict[int, _Cand] = {}
        partial = False
        if not m.candidates:
            m.candidates = self._fallback(m)
            partial = bool(m.candidates) and m.candidates[0].kind == _PART_OF_NAME
        for match in m.candidates:
            if m.airport and match.entry.feature not in ("airport", "city"):
                continue
            if not m.airport and match.kind == NAME_SHORT and len(m.candidates) > 1:
                continue  # a bare city name is the city, not its airport
            c = _Cand(match.entry, match.kind, _prior(match), partial=partial)
            if m.airport and match.entry.feature == "airport":
                c.prior += 3.0
            old = seen.get(match.entry.id)
            if old is None or c.prior > old.prior:
                seen[match.entry.id] = c
        out = list(seen.values())
        if m.airport:
            out = self._airport_of_city(out)
        out.sort(key=lambda c: -c.prior)
        return out[:25]

    def _airport_of_city(self, cands: list[_Cand]) -> list[_Cand]:
        """ "Misurata International Airport": the airport nearest to the city of that name."""
        if any(c.entry.feature == "airport" for c in cands):
            return [c for c in cands if c.entry.feature == "airport"]
        out: list[_Cand] = []
        cities = [c for c in cands if c.entry.feature == "city"]
        for city in cities[:5]:
            nearest: tuple[float, Entry] | None = None
            for a in self.gazetteer.airport_entries([city.entry.cc]):
                d = haversine_km(city.entry.lat, city.entry.lon, a.lat, a.lon)
                if d < 30 and (nearest is None or d < nearest[0]) and "heliport" not in a.name.lower():
                    nearest = (d, a)
            if nearest is not None:
                out.append(_Cand(nearest[1], NAME_ALTERNATE, city.prior + 0.5))
        return out or cities

    def _fuzzy(
        self,
        mentions: Sequence[Mention],
        cands: list[list[_Cand]],
        best: list[_Cand | None],
        ccw: dict[str, float],
    ) -> None:
        top = sorted(ccw.items(), key=lambda kv: -kv[1])[:3]
        countries = {cc for cc, w in top if w >= 1.0 and cc}
        if not countries:
            return
        for k, m in enumerate(mentions):
            if cands[k] and self._foreign_other_name(m, cands[k], countries):
                # "Boni" in a report from Mali is no Bonn: a name only another place's other name, far from every
                # country the report is about, is looked for there instead, and left unplaced where it is not found
                cands[k] = []
                best[k] = None
            if cands[k] or m.demonym:
                continue
            name = m.name or m.text
            name = re.sub(r"^(?:the|The)\s+", "", name)
            if "." in name or len(fold(name).replace(" ", "")) < 4 or name.isupper():
                continue  # abbreviations and acronyms are not misspellings
            feats = ("airport",) if m.airport else None
            hit = self.gazetteer.fuzzy_entry(name, countries, features=feats)
            if hit is None and m.airport:
                hit = self.gazetteer.fuzzy_entry(
                    re.sub(r"\s+(?:International\s+)?(?:[Aa]irport|[Aa]ir [Bb]ase)$", "", name),
                    countries,
                    features=feats,
                )
            if hit is None:
                continue
            entry, score = hit
            c = _Cand(entry, NAME_ALTERNATE, _prior(Match(entry, NAME_ALTERNATE)), score=score / 100.0)
            cands[k] = [c]
            best[k] = c

    @staticmethod
    def _foreign_other_name(m: Mention, cands: list[_Cand], countries: set[str]) -> bool:
        """A one-word name that the gazetteer holds only as another name of smaller places (under a million) outside
        the report's countries."""
        return (
            " " not in (m.name or m.text).strip()
            and not m.demonym
            and all(c.kind != NAME_PRIMARY for c in cands)
            and all(c.entry.cc not in countries for c in cands)
            and all(c.entry.feature in ("city", "admin2") for c in cands)
            and max(c.entry.population for c in cands) < 1_000_000
        )

    def _title_hints(self, title: str, text: str) -> tuple[list[str], list[tuple[str, str]]]:
        """Countries / admin1 of an unambiguous dateline ("BENGHAZI, Libya (Reuters) -")."""
        ccs: list[str] = []
        a1s: list[tuple[str, str]] = []
        m = _DATELINE.match(text[:120])
        if m:
            head = text[m.start() : m.end()].strip(" (—–-")
            parts = [p.strip() for p in head.split(",") if p.strip()]
            for part in parts[1:]:
                for match in self.gazetteer.lookup(part):
                    if match.entry.feature == "country":
                        ccs.append(match.entry.cc)
                    elif match.entry.feature == "admin1":
                        a1s.append((match.entry.cc, match.entry.name))
        del title
        return ccs, a1s


# ----------------------------------------------------------------------------------------------- event place

_PRESS = re.compile(
    r"\b(?:news conference|press conference|press briefing|briefing|told reporters|told journalists|"
    r"statement|interview|speaking|spoke|said|announced|told)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_NEAR_BEFORE = re.compile(
    r"\b(?:near|nearby|close to|outside|outskirts of|suburbs? of|vicinity of|around|on the edge of|"
    r"south of|north of|east of|west of|areas? (?:of|around)|district of|environs of)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|capital)\s+of\s+)?$",
    re.IGNORECASE,
)
_NEAR_AFTER = re.compile(r"^\s*(?:district|area|region|outskirts|suburbs?|countryside|vicinity|environs)\b",
                         re.IGNORECASE)  # fmt: skip


def _specificity(p: Place) -> int:
    return SPECIFICITY.get(p.feature, 5)


def event_place(ctx: Any, start: int, end: int, anchor: int | None = None) -> Place | None:
    """The place of an incident told in ``text[start:end]`` (a copy of a resolved toponym, with
    ``geo_precision`` set): the most specific one near ``anchor``; places where a statement was made
    only when nothing else is there; offset expressions ("100 km south of X") become offset points."""
    text: str = ctx.document.text
    inside: list[Place] = [
        p for p in ctx.toponyms if p.span is not None and p.resolved and start <= p.span.start < end
    ]
    if not inside:
        return None

    def press(p: Place) -> bool:
        assert p.span is not None
        before = text[max(start, p.span.start - 80) : p.span.start]
        return bool(_PRESS.search(before)) and bool(
            re.search(r"\b(?:in|at|from)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$", before)
        )

    # places inside parentheses right after another place describe that place ("Gharyan (100 km SW of X)")
    def parenthetical(p: Place) -> bool:
        assert p.span is not None
        open_at = text.rfind("(", start, p.span.start)
        if open_at < 0 or ")" in text[open_at : p.span.start]:
            return False
        return any(q.span is not None and q is not p and 0 <= open_at - q.span.end <= 2 for q in inside)

    pool = [p for p in inside if not press(p)] or inside
    pool = [p for p in pool if not parenthetical(p)] or pool
    ref = anchor if anchor is not None else start

    def key(p: Place) -> tuple[int, int]:
        assert p.span is not None
        return (_specificity(p), abs(p.span.start - ref))

    # the most specific place; among equally specific ones, the nearest to the trigger
    spec_best = min(_specificity(p) for p in pool)
    chosen = min((p for p in pool if _specificity(p) <= spec_best), key=key)
    out: Place = dataclasses.replace(chosen)
    assert out.span is not None
    precision = 1
    if out.feature in ("admin1", "region", "country", "continent", "water"):
        precision = 3
    elif out.feature == "admin2":
        precision = 2
    before = text[max(start, out.span.start - 40) : out.span.start]
    after = text[out.span.end : min(end, out.span.end + 20)]
    if precision == 1 and (_NEAR_BEFORE.search(before) or _NEAR_AFTER.match(after)):
        precision = 2
    for o in parse_offsets(text[start:end]):
        if (
            o.ref_start + start <= out.span.start < o.ref_end + start + 1
            and o.distance_km is not None
            and out.latitude is not None
            and out.longitude is not None
        ):
            out.latitude, out.longitude = offset(out.latitude, out.longitude, o.distance_km, o.bearing_deg)
            out.name = f"{o.distance_km:g} km {_compass(o.bearing_deg)} of {out.name}"
            out.geo_precision = 2
            return out
    out.geo_precision = 1 if precision == 1 else 2 if precision == 2 else 3
    return out


def _compass(deg: float) -> str:
    names = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"]
    return names[int(((deg % 360) + 22.5) // 45) % 8]
