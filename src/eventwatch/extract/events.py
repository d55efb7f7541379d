"""Event mentions from clauses: a trigger word, and the actors, targets, weapons, date and place of its own clause.

Each parsed candidate sentence is read clause by clause: a trigger (a lemma in :data:`lexicon.TRIGGERS`) gives a
first guess at the ACLED sub-event type; the clause's weapons, actors and targets refine it. Hypothetical clauses
("threatened to shoot down", "will be destroyed") and negated ones yield nothing. Arguments are taken from the
trigger's own clause, never from elsewhere in the story.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eventwatch.extract import taxonomy
from eventwatch.extract.actors import with_country
from eventwatch.extract.lexicon import CATEGORY_SUBTYPE, IRREALIS, REALIS_REQUIRED, SPEECH_VERBS, TRIGGERS
from eventwatch.extract.numbers import quantities
from eventwatch.pipeline import Component, Context, Sentence, Settings, component
from eventwatch.records import Actor, EventMention, Place, Span, TimeExpression, Weapon

_MULTI = {k: v for k, v in TRIGGERS.items() if " " in k}
_SINGLE = {k: v for k, v in TRIGGERS.items() if " " not in k}
_CIVIL_TARGETS = re.compile(
    r"\b(?:market|school|hospital|clinic|mosque|church|temple|village|house|home|camp|bus|car|shop|"
    r"restaurant|hotel|wedding|funeral|civilians?|residents?|pilgrims?|passengers?|worshippers?|children|"
    r"women|farmers?|students?|journalists?|aid workers?)\b",
    re.I,
)
_PROTEST_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear\s*gas|water cannon|rubber bullets?|arrest\w*|detain\w*|"
    r"baton\w*|broke up|break up)\b",
    re.I,
)
_PROTEST_LETHAL = re.compile(r"\b(?:live (?:ammunition|fire|rounds)|killed|shot dead|opened fire)\b", re.I)
_RIOT = re.compile(
    r"\b(?:torch\w*|set fire|burn\w*|stones?|rocks?|hurl\w*|vandal\w*|loot\w*|smash\w*|"
    r"clash\w* with (?:police|security)|pelted)\b",
    re.I,
)
_AGREEMENT_VERBS = frozenset(
    [
        "agree",
        "sign",
        "declare",
        "announce",
        "reach",
        "broker",
        "accept",
        "conclude",
        "seal",
        "take",
        "come",
        "hold",
        "enter",
        "begin",
        "start",
    ]
)
_BACKGROUND_ADVERBS = frozenset(
    ["repeatedly", "previously", "earlier", "frequently", "formerly", "already", "often"]
)
_BACKGROUND_ADJECTIVES = frozenset(
    ["repeated", "previous", "earlier", "past", "former", "recurrent", "frequent"]
)
_POSSESSIVE_FORCES = re.compile(r"^(?:his|her|their|its|our)\b", re.I)
_KILL = re.compile(
    r"\b(?:kill\w*|dead|death|deaths|died|die|dies|lives|slain|massacred|executed|"
    r"shot dead|bodies|fatalit\w*|toll)\b",
    re.I,
)
_INJURE = re.compile(r"\b(?:wound\w*|injur\w*|hurt|maimed)\b", re.I)
_NONE_KILLED = re.compile(
    r"\bno (?:one|casualties|deaths|fatalities|injuries)\b|\bnobody\b|\bwithout casualties\b", re.I
)


def _triggers(doc: Any) -> list[tuple[int, int, str, float]]:
    """(first token index, last token index + 1, sub_event_type, confidence) for each trigger in a parsed sentence."""
    found: list[tuple[int, int, str, float]] = []
    used: set[int] = set()
    lemmas = [t.lemma_.lower() for t in doc]
    lowers = [t.lower_ for t in doc]
    for n in (3, 2):
        for i in range(len(doc) - n + 1):
            for words in (" ".join(lowers[i : i + n]), " ".join(lemmas[i : i + n])):
                if words in _MULTI and not used.intersection(range(i, i + n)):
                    sub, conf = _MULTI[words]
                    found.append((i, i + n, sub, conf))
                    used.update(range(i, i + n))
    for i, tok in enumerate(doc):
        if i in used or tok.pos_ not in ("VERB", "NOUN", "PROPN"):
            continue
        for key in (lemmas[i], lowers[i]):
            if key in _SINGLE:
                sub, conf = _SINGLE[key]
                found.append((i, i + 1, sub, conf))
                used.add(i)
                break
    return sorted(found)


def _clause_head(tok: Any) -> Any:
    """The verb that heads the trigger's clause (the trigger itself if it is one)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cur.children
        ):
            return cur
        if cur.dep_ == "ROOT" or cur.head is cur:
            return cur
        if cur.dep_ in ("conj",) and cur.pos_ == "VERB":
            return cur
        cur = cur.head
    return cur


def _subject(head: Any) -> Any | None:
    cur = head
    for _ in range(4):
        for child in cur.children:
            if child.dep_ in ("nsubj", "csubj"):
                return child
        for child in cur.children:
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if cur.dep_ in ("conj", "xcomp", "advcl", "relcl") and cur.head is not cur:
            if cur.dep_ == "relcl":
                return cur.head  # "the forces of Haftar, which have been attacking ..." -> forces
            cur = cur.head
            continue
        break
    return None


def _objects(tok: Any) -> list[Any]:
    out = []
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in (
            "at",
            "on",
            "against",
            "of",
            "in",
            "into",
            "toward",
            "towards",
        ):
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


def _irrealis(tok: Any, head: Any) -> bool:
    for t in {tok, head}:
        for child in t.children:
            if child.dep_ == "neg":
                return True
            if child.dep_ == "aux" and child.lemma_.lower() in IRREALIS:
                return True
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("xcomp", "ccomp", "advcl") and cur.head.lemma_.lower() in IRREALIS:
            return True
        if cur.head is cur:
            break
        cur = cur.head
    return False


def _agreed(tok: Any) -> bool:
    """Whether an agreement noun is the thing agreed, signed or declared (not a mere reference)."""
    if tok.head is not tok and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj"):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.lemma_.lower() in _AGREEMENT_VERBS:
            return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _AGREEMENT_VERBS for c in tok.children)


def _speech_scope(tok: Any) -> Any | None:
    """The reported clause a trigger sits in ("X said that <...>"), if any."""
    cur = tok
    for _ in range(8):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEECH_VERBS:
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _speaker_actor(ctx: Context, sentence: Sentence, scope: Any) -> Actor | None:
    verb = scope.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    a, b = _char_range(sentence, subj)
    return _pick_actor(ctx, a, b)


def _aspect_background(tok: Any, head: Any) -> bool:
    for t in {tok, head}:
        for child in t.children:
            if (
                child.dep_ in ("advmod", "amod")
                and child.lower_ in _BACKGROUND_ADVERBS | _BACKGROUND_ADJECTIVES
            ):
                return True
            if child.dep_ == "aux" and child.lemma_.lower() == "have" and t.tag_ in ("VBN", "VBG"):
                return True
    return False


def _span(doc: Any, sentence: Sentence, i: int, j: int) -> Span:
    start = sentence.span.start + doc[i].idx
    end = sentence.span.start + doc[j - 1].idx + len(doc[j - 1].text)
    return Span(start, end, sentence.span.text[start - sentence.span.start : end - sentence.span.start])


def _char_range(sentence: Sentence, tok: Any) -> tuple[int, int]:
    sub = list(tok.subtree)
    return sentence.span.start + sub[0].idx, sentence.span.start + sub[-1].idx + len(sub[-1].text)


def _inside(span: Span | None, start: int, end: int) -> bool:
    return span is not None and start <= span.start and span.end <= end


def _pick_actor(ctx: Context, start: int, end: int) -> Actor | None:
    best = [a for a in ctx.actors if _inside(a.span, start, end)]
    if not best:
        return None
    named = [a for a in best if "{country}" not in a.name]
    return (named or best)[0]


def _fatalities(text: str) -> tuple[int | None, int | None, int | None, int | None]:
    """(low, best, high, injured) from a sentence, ACLED-conservative."""
    if not _KILL.search(text) and not _INJURE.search(text):
        return None, None, None, None
    killed: tuple[int, int, int | None] | None = None
    injured: int | None = None
    for q in quantities(text):
        after = text[q.end : q.end + 60]
        before = text[max(0, q.start - 40) : q.start]
        window = after + " " + before
        if re.search(
            r"\b(?:km|kilomet|mile|meter|metre|hour|minute|day|week|month|year|percent|%)", after[:15], re.I
        ):
            continue
        if _KILL.search(after[:45]) or re.search(r"\b(?:toll|killing|killed)\b[^.]{0,25}$", before, re.I):
            if _INJURE.search(after[:12]) and not _KILL.search(after[:12]):
                injured = max(injured or 0, q.best)
                continue
            cand = (q.low, q.best, q.high)
            killed = cand if killed is None or cand[1] > killed[1] else killed
        elif _INJURE.search(window[:40]):
            injured = max(injured or 0, q.best)
    if killed is None and _NONE_KILLED.search(text):
        return 0, 0, 0, injured
    if killed is None:
        return None, None, None, injured
    low, best, high = killed
    return low, min(low, best), high, injured


def _refine(
    sub: str,
    conf: float,
    *,
    weapons: list[Weapon],
    actor1: Actor | None,
    actor2: Actor | None,
    targets_text: str,
    sentence_text: str,
    lemma: str,
    target_is_place: bool = False,
) -> tuple[str, float]:
    categories = [w.category for w in weapons]
    implied = [CATEGORY_SUBTYPE[c] for c in categories if c in CATEGORY_SUBTYPE]
    erv_trigger = lemma in (
        "fire",
        "launch",
        "strike",
        "bomb",
        "bombing",
        "attack",
        "target",
        "hit",
        "shell",
        "explosion",
        "blast",
        "explode",
        "detonate",
        "kill",
    )
    if implied and (erv_trigger or taxonomy.event_type_of(sub) == taxonomy.ERV):
        return implied[0], max(conf, 0.8)
    if lemma in ("fire", "launch") and not implied:
        if "firearm" in categories or re.search(r"\bopen\w* fire\b", sentence_text, re.I):
            sub, conf = "Attack", 0.4
        else:
            return "", 0.0
    if sub in ("Peaceful protest",):
        if _PROTEST_LETHAL.search(sentence_text) and re.search(
            r"\b(?:police|security|troops|soldiers|forces)\b", sentence_text, re.I
        ):
            return "Excessive force against protesters", 0.7
        if _RIOT.search(sentence_text):
            return "Violent demonstration", 0.6
        if _PROTEST_INTERVENTION.search(sentence_text):
            return "Protest with intervention", 0.7
        return sub, conf
    if sub in ("Attack", "Armed clash") and lemma not in (
        "clash",
        "fight",
        "battle",
        "firefight",
        "gunfight",
        "skirmish",
    ):
        civilian = (actor2 is not None and actor2.inter == 7) or bool(_CIVIL_TARGETS.search(targets_text))
        armed_target = actor2 is not None and actor2.inter in (1, 2, 3, 4, 8)
        if armed_target and not civilian:
            return "Armed clash", max(conf, 0.5)
        if target_is_place and not civilian and actor1 is not None and actor1.inter in (1, 2, 3, 8):
            return "Armed clash", conf  # an armed group attacking a town: fighting over it
        if civilian:
            return "Attack", max(conf, 0.55)
        if actor1 is not None and actor1.inter in (5, 6):
            return "Mob violence", 0.4
        return sub, conf
    return sub, conf


def mentions_in(ctx: Context, sentence: Sentence) -> list[EventMention]:
    doc = sentence.parsed
    if doc is None:
        return []
    out: list[EventMention] = []
    text = sentence.span.text
    for i, j, sub, conf in _triggers(doc):
        tok = doc[j - 1] if j - i > 1 and doc[j - 1].pos_ in ("NOUN",) else doc[i]
        lemma = " ".join(t.lemma_.lower() for t in doc[i:j])
        head = _clause_head(tok)
        if sub in REALIS_REQUIRED and _irrealis(tok, head):
            continue
        if sub == "Agreement" and not _agreed(tok):
            continue  # a truce mentioned only as context ("in violation of the truce") is no new agreement
        trigger = _span(doc, sentence, i, j)
        c_start, c_end = _char_range(sentence, head)
        subj = _subject(head) if tok.pos_ == "VERB" or head is not tok else None
        scope = _speech_scope(tok)
        actor1 = None
        if subj is not None:
            s_start, s_end = _char_range(sentence, subj)
            actor1 = _pick_actor(ctx, s_start, s_end)
            if (
                actor1 is None
                and scope is not None
                and _POSSESSIVE_FORCES.match(subj.subtree.__next__().text)
            ):
                actor1 = _speaker_actor(ctx, sentence, scope)  # "X's spokesman said his forces ..."
        if actor1 is None and tok.pos_ == "NOUN":
            for child in tok.children:
                if child.dep_ in ("poss", "compound", "amod") or (
                    child.dep_ == "prep" and child.lower_ == "by"
                ):
                    a, b = _char_range(sentence, child)
                    actor1 = actor1 or _pick_actor(ctx, a, b)
        if actor1 is None:  # nearest armed actor before the trigger, within the trigger's reported clause
            lo = _char_range(sentence, scope)[0] if scope is not None else sentence.span.start
            before = [
                a for a in ctx.actors if _inside(a.span, lo, trigger.start) and a.inter in (1, 2, 3, 4, 8)
            ]
            actor1 = before[-1] if before else None
        targets: list[Span] = []
        actor2 = None
        for obj in _objects(tok):
            a, b = _char_range(sentence, obj)
            if b - a > 120:
                b = sentence.span.start + obj.idx + len(obj.text)
                a = min(a, b)
            targets.append(Span(a, b, ctx.document.text[a:b]))
            cand = _pick_actor(ctx, a, b)
            if cand is not None and (actor1 is None or cand.name != actor1.name):
                actor2 = actor2 or cand
        weapons = (
            [w for w in ctx.weapons if _inside(w.span, c_start, c_end)] if sub in REALIS_REQUIRED else []
        )
        targets_text = " ".join(t.text for t in targets)
        place_target = any(
            p.feature in ("city", "admin1", "admin2", "country", "region")
            and any(p.span is not None and p.span.overlaps(t) for t in targets)
            for p in ctx.toponyms
        )
        sub, conf = _refine(
            sub,
            conf,
            weapons=weapons,
            actor1=actor1,
            actor2=actor2,
            targets_text=targets_text,
            sentence_text=text,
            lemma=lemma,
            target_is_place=place_target,
        )
        if not sub:
            continue
        time = _clause_time(ctx, (c_start, c_end), sentence, trigger)
        low, best, high, injured = _fatalities(text) if sub in REALIS_REQUIRED else (None, None, None, None)
        crowd = _crowd(text) if taxonomy.event_type_of(sub) in (taxonomy.PROTESTS, taxonomy.RIOTS) else None
        background = _aspect_background(tok, head) or (time is not None and time.kind == "since")
        anaphoric = tok.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children
        )
        out.append(
            EventMention(
                doc_id=ctx.document.id,
                sentence=sentence.span,
                trigger=trigger,
                event_type=taxonomy.event_type_of(sub),
                sub_event_type=sub,
                confidence=conf,
                actor1=actor1,
                actor2=actor2,
                targets=targets,
                weapons=weapons,
                time=time,
                place=_area_place(ctx, trigger, c_end)
                if sub == "Other"
                else _place(ctx, c_start, c_end, sentence, trigger.start),
                fatalities_low=low,
                fatalities_best=best,
                fatalities_high=high,
                injured=injured,
                crowd_size=crowd,
                is_background=background,
                anaphoric=anaphoric,
                cameo_code=taxonomy.cameo_code(
                    sub, ceasefire=bool(re.search(r"cease|truce|armistice", lemma))
                ),
                plover_type=taxonomy.plover_type(sub),
            )
        )
    return out


def _clause_time(
    ctx: Context, clause: tuple[int, int], sentence: Sentence, trigger: Span
) -> TimeExpression | None:
    inside = [t for t in ctx.times if _inside(t.span, *clause)]
    if not inside:
        inside = [
            t
            for t in ctx.times
            if _inside(t.span, sentence.span.start, sentence.span.end) and not _other_clause_time(t, trigger)
        ]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.span.start - trigger.start))


def _other_clause_time(t: TimeExpression, trigger: Span) -> bool:
    return abs(t.span.start - trigger.start) > 160


def _place(ctx: Context, start: int, end: int, sentence: Sentence, anchor: int) -> Place | None:
    try:
        from eventwatch.geo.resolve import event_place
    except ImportError:  # the geo stage is optional in a custom pipeline
        return None
    return event_place(ctx, start, end, anchor) or event_place(
        ctx, sentence.span.start, sentence.span.end, anchor
    )


def _area_place(ctx: Context, trigger: Span, clause_end: int) -> Place | None:
    """The place a declared measure covers: the first place named after it ("an air embargo over Tripoli")."""
    after = [
        p
        for p in ctx.toponyms
        if p.resolved
        and p.span is not None
        and trigger.end <= p.span.start < max(clause_end, trigger.end + 80)
    ]
    if not after:
        sentence = ctx.sentence_of(trigger.start)
        return _place(ctx, trigger.start, clause_end, sentence, trigger.start) if sentence else None
    return after[0]


def _crowd(text: str) -> int | None:
    for q in quantities(text):
        if re.match(
            r"\s*(?:people|protesters|protestors|demonstrators|students|residents|supporters|workers|"
            r"women|men)\b",
            text[q.end : q.end + 20],
            re.I,
        ):
            return q.best
    return None


def _modifier_use(ctx: Context, actor: Actor) -> bool:
    """'military' in 'military aircraft' is no actor: a generic actor word parsed as a modifier."""
    if actor.span is None or actor.inter == 0:
        return False
    sentence = ctx.sentence_of(actor.span.start)
    if sentence is None or sentence.parsed is None:
        return False
    offset = actor.span.end - sentence.span.start
    last = next((t for t in sentence.parsed if t.idx < offset <= t.idx + len(t.text)), None)
    if last is None or last.pos_ == "PROPN":
        return False
    return last.pos_ == "ADJ" or (last.dep_ in ("amod", "compound") and last.head.i > last.i)


def peg_date(ctx: Context) -> TimeExpression | None:
    """The report's news date: its first day-precise date within a week before publication."""
    published = ctx.document.published
    for t in ctx.times:
        if t.value is None or t.precision != 1 or t.kind not in ("date",):
            continue
        if published is None or dt.timedelta(0) <= published - t.value <= dt.timedelta(days=7):
            return t
    return None


def main_country(ctx: Context) -> str:
    counts: dict[str, int] = {}
    for place in ctx.toponyms:
        if place.resolved and place.country_code:
            counts[place.country_code] = counts.get(place.country_code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else ""


@component("events")
def make_event_extractor(settings: Settings) -> Component:
    def events(ctx: Context) -> None:
        # a weapon's name is no place ("six Grad rockets" is not Grad, Slovenia)
        ctx.toponyms = [
            p
            for p in ctx.toponyms
            if not any(w.span and p.span and w.span.overlaps(p.span) for w in ctx.weapons)
        ]
        country = main_country(ctx)
        ctx.actors = [with_country(a, country) for a in ctx.actors if not _modifier_use(ctx, a)]
        mentions: list[EventMention] = []
        for sentence in ctx.sentences:
            if sentence.parsed is not None:
                mentions.extend(mentions_in(ctx, sentence))
        ctx.mentions = mentions

    return events
