"""Toponym recognition: dictionary spotting over the gazetteer, helped (never required) by NER.

Capitalised word sequences (with connectors such as "of", "al", "de") are folded and looked up in the
gazetteer in one batch; the longest match wins. Filters drop person names (a title before, a surname
after), parts of organisation names, common words (the word also appears in lower case in the text),
and demonyms that do not stand for a place ("Libyan Major General"). "X airport" and NER place spans
that the gazetteer lacks become mentions too: the resolver tries a fuzzy look-up on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwatch.geo.gazetteer import NAME_ABBREV, NAME_DEMONYM, NAME_PRIMARY, Gazetteer, Match, fold

_WORD = re.compile(
    r"(?<![A-Z.])[A-Z]\.\s?[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.(?=[\s,;:)]|$)|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+"
)
_CONNECTORS = frozenset(
    {"of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "al",
     "upon", "on", "the", "y", "en", "am", "an", "der", "bin", "ibn", "bou", "ben", "ad", "ar", "as", "ash", "at",
     "az", "sur", "sous", "in", "au", "aux"}
)  # fmt: skip
# the Persian and Pashto ezafe, inside a hyphenated name only: "Mazar-e-Sharif", "Mazar-i-Sharif"
_EZAFE = frozenset({"e", "i"})
_MAX_TOKENS = 6


def _ezafe_between(text: str, toks: list[Any], j: int) -> bool:
    """Whether the name at token ``j`` runs on through an ezafe to a capitalised word ("Pul-e-Hesar")."""
    if j + 2 >= len(toks):
        return False
    ez, nxt = toks[j + 1], toks[j + 2]
    return (
        ez.text.lower() in _EZAFE
        and text[toks[j].end : ez.start] == "-"
        and text[ez.end : nxt.start] == "-"
        and nxt.text[:1].isupper()
    )


_MONTHS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())

# Capitalised words that are places somewhere but are almost always something else in news text.
_COMMON = frozenset(
    """a an the this that these those he she it we they i you his her its our their my your there here
    and or but if when while after before since until as at by for from in into of on to with without
    about above across against along among around behind below beneath beside between beyond during
    inside near off onto outside over through throughout toward towards under up upon via within
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tomorrow tonight morning evening
    mr mrs ms dr president minister general colonel major captain sergeant lieutenant governor mayor
    senator judge king queen prince sheikh chief officer spokesman spokeswoman commander police army
    government state city county district province region town village north south east west
    northern southern eastern western central new old saint st mount lake river sea gulf bay island
    read more see also said says say according however also meanwhile still even just now then
    one two three four five six seven eight nine ten first second third last next many much most some
    all any each every both other such same own only very well good best great long high low big small
    news press media report reports home world national international local public office center centre
    church school university college hospital court street road avenue park hall house airport station
    market bank union party council committee department ministry agency forces force security
    free early late black white green red blue brown gold golden silver summer winter spring fall
    christmas easter god lord man woman men women people family friends children police fire
    update photo video contact email click share print comment comments page home sports business
    health weather opinion obituaries classifieds jobs line
    federal military armed joint special royal rebel rebels troops soldiers militants gunmen fighters marines
    commandos paratroopers congress parliament senate cabinet assembly
    """.split()
)
_TITLES = frozenset(
    """mr mrs ms miss dr prof president minister general gen colonel col major maj captain capt sergeant sgt
    lieutenant lt governor gov mayor senator sen rep representative judge justice king queen prince
    princess sheikh emir chief commander spokesman spokeswoman marshal admiral brigadier officer
    ambassador secretary chairman director pope bishop father sister brother sir lady lord saint
    coach sheriff deputy detective trooper officer pastor rev reverend dean
    """.split()
)
# Words after a name that make the name part of an organisation (and not a place of its own).
_ORG_TAILS = frozenset(
    """university college school academy institute hospital company corporation corp inc ltd llc group
    bank church club team fc united times post herald tribune journal news gazette daily magazine
    foundation association society council party brigade brigades battalion regiment front movement
    militia militias militiamen
    """.split()
)
# Capitalised words after a name that make it the name of a street, square or building ("Independence Square",
# "Kano Road", "Baghdad Hotel"): the place is elsewhere in the sentence, not the name's namesake.
_FACILITY_TAILS = frozenset(
    """square boulevard stadium mosque cathedral palace prison roundabout plaza""".split()
)
_NUMBERS = frozenset("two three four five six seven eight nine ten dozen dozens several hundreds".split())
_PLACE_TAILS = frozenset(
    """city county parish province state district region governorate oblast municipality town village
    island islands river valley mountains mountain hills desert coast basin peninsula airport port
    """.split()
)
_DEMONYM_PLACE_NOUNS = frozenset(
    """capital border borders coast coastline territory territories soil airspace waters side city cities
    town towns village villages mainland desert frontier capitals""".split()
)
_AIRPORT = re.compile(r"\s+(?:(?:International|Intl\.?|Regional|Domestic|Military)\s+)?(?:Airport|airport|"
                      r"Air\s+Base|air\s+base|Airbase|airbase|Airfield|airfield)\b")  # fmt: skip
_AIRPORT_BEFORE = re.compile(r"\b(?:airport|air base|airbase|airfield)\s+(?:of|in)\s+$", re.IGNORECASE)


@dataclass(slots=True)
class Mention:
    """A toponym found in the text: its span and the gazetteer places it may name."""

    start: int
    end: int
    text: str
    candidates: list[Match] = field(default_factory=list)
    airport: bool = False  # "X airport": resolve among airports
    demonym: bool = False
    ner_label: str = ""
    name: str = ""  # the name part looked up (without "airport")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _sentence_start(text: str, toks: list[_Tok], i: int) -> bool:
    """Whether token ``i`` opens a sentence (or a line): only punctuation ending a sentence before it."""
    if i == 0:
        return not text[: toks[0].start].strip(" \"'“‘([")
    gap = text[toks[i - 1].end : toks[i].start]
    return "\n" in gap or bool(re.search(r"[.!?][\"'”’)\]]*\s", gap))


def _joinable(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end : b.start]
    return gap in (" ", "-", " - ", "–") or (gap.strip() == "" and "\n" not in gap and len(gap) <= 2)


def _month_after(toks: list[_Tok], k: int) -> bool:
    """Whether the token after ``k`` is a month's name ("Goma 3 March": a dateline's place and day)."""
    return k + 1 < len(toks) and toks[k + 1].text.lower()[:3] in _MONTHS


def _capitalised(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


class Recogniser:
    """Finds toponym mentions in a text (one instance per process; stateless per call)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def spans(
        self,
        text: str,
        entities: Iterable[tuple[int, int, str]] = (),
        spans: Sequence[tuple[int, int]] | None = None,
        demonyms: bool = False,
    ) -> list[Mention]:
        """Mentions in ``text``. ``entities`` are NER spans (start, end, label) in text offsets, if any;
        with ``spans`` given, exactly those spans are returned (resolution only, e.g. gold spans).
        With ``demonyms``, every demonym ("Russian", "Iraqis") is a mention of its country (the LGL and
        GeoWebNews annotation convention); else only one before a place noun ("Libyan coast")."""
        if spans is not None:
            return self._given(text, spans)
        ents = list(entities)
        toks = _tokens(text)
        lower_words = {t.text for t in toks if t.text.islower()}
        keys: dict[tuple[int, int], str] = {}
        for i, tok in enumerate(toks):
            if not _capitalised(tok):
                continue
            j = i
            while j < len(toks) and j - i < _MAX_TOKENS:
                if j > i and not _joinable(text, toks[j - 1], toks[j]):
                    break
                t = toks[j]
                if j > i and not (
                    _capitalised(t)
                    or t.text.lower() in _CONNECTORS
                    or (
                        t.text.lower() in _EZAFE
                        and text[toks[j - 1].end : t.start] == "-"
                        and text[t.end : t.end + 1] == "-"
                    )
                ):
                    break
                if _capitalised(t):
                    keys[(i, j)] = fold(text[tok.start : t.end])
                j += 1
        found = self.gazetteer.lookup_keys(keys.values())
        mentions: list[Mention] = []
        i = 0
        while i < len(toks):
            best: tuple[int, tuple[Match, ...]] | None = None
            if i >= 2 and _ezafe_between(text, toks, i - 2):
                i += 1  # "Hesar" of "Pul-e-Hesar": a part of a name the gazetteer does not hold
                continue
            for j in range(min(len(toks) - 1, i + _MAX_TOKENS), i - 1, -1):
                key = keys.get((i, j))
                if j + 2 < len(toks) and _ezafe_between(text, toks, j):
                    continue  # "Pul" of "Pul-e-Hesar": the name goes on
                if key and key in found:
                    best = (j, found[key])
                    break
            if best is None:
                i += 1
                continue
            j, matches = best
            if not toks[j].text.endswith("."):
                matches = tuple(
                    c for c in matches if c.kind != NAME_ABBREV
                )  # "La" is not Louisiana; "La." is
                if not matches:
                    i += 1
                    continue
            end = toks[j].end
            if toks[j].text.endswith(".") and not any(c.kind == NAME_ABBREV for c in matches):
                end -= 1  # "in Kyiv." at a sentence's end: the full stop is not part of the name
            m = Mention(toks[i].start, end, text[toks[i].start : end], list(matches))
            m.name = m.text
            if self._keep(text, toks, i, j, m, lower_words, ents) or (demonyms and m.demonym):
                mentions.append(m)
                i = j + 1
            else:
                i += 1
        mentions = self._airports(text, toks, mentions)
        mentions += self._ner_only(text, ents, mentions)
        mentions.sort(key=lambda m: m.start)
        return mentions

    # --- filters
    def _keep(
        self,
        text: str,
        toks: list[_Tok],
        i: int,
        j: int,
        m: Mention,
        lower_words: set[str],
        ents: list[tuple[int, int, str]],
    ) -> bool:
        single = i == j
        key = fold(m.text)
        strong = any(
            c.entry.feature in ("country", "continent", "region", "water")
            or (c.entry.feature == "admin1" and c.entry.population >= 100_000)
            for c in m.candidates
        )
        big = max((c.entry.population for c in m.candidates), default=0)
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        prev_joined = prev is not None and _joinable(text, prev, toks[i])
        next_joined = nxt is not None and _joinable(text, toks[j], nxt)
        only_demonym = all(c.kind == NAME_DEMONYM for c in m.candidates)
        if only_demonym:
            m.demonym = True
            return nxt is not None and next_joined and nxt.text.lower() in _DEMONYM_PLACE_NOUNS
        if single and key in _COMMON:
            return False
        if m.text.isupper() and len(m.text) <= 3 and not strong and "." not in m.text:
            return False  # acronyms (AP, CNN) that happen to be place codes
        if single and m.text.lower() in lower_words and not strong:
            return False  # the word is used as a common word in this very text ("Mobile", "Police")
        # (a place known by another name of it counts as a hamlet up to 10,000 people where it is the word that opens
        # the sentence: "Farmers unions observed ..." is no Milan, Michigan; 100,000 would lose LGL gold spans)
        by_own_name = any(c.kind == NAME_PRIMARY for c in m.candidates)
        if (
            single
            and not strong
            and big < (5_000 if by_own_name else 10_000)
            and nxt is not None
            and next_joined
            and nxt.text.islower()
            and _sentence_start(text, toks, i)
            and not any(
                label in ("GPE", "LOC", "FAC") and s <= m.start and m.end <= e for s, e, label in ents
            )
        ):
            return False  # a capitalised word opening a sentence, a hamlet or an airfield elsewhere ("Rebel fighters")
        # a title before: a person's name ("President Obama", "Colonel Mohamed")
        if prev is not None and prev_joined and prev.text.lower().rstrip(".") in _TITLES:
            return False
        # NER says person / organisation around it (a longer entity that contains the match)
        for s, e, label in ents:
            if label in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT") and s <= m.start and m.end <= e:
                if (e - s) > (m.end - m.start) + 1 and label != "ORG":
                    return False
                if label == "ORG" and (e - s) > (m.end - m.start) + 1 and text[m.end : e].split()[-1:] and (
                    text[m.end:e].split()[-1].lower() in _ORG_TAILS
                ):  # fmt: skip
                    return False
        if next_joined and nxt is not None:
            if nxt.text.lower() in _ORG_TAILS:
                return False  # "Texas Tech"? no: "Houston Chronicle", "Tripoli Brigade"
            if _capitalised(nxt) and nxt.text.lower() in _FACILITY_TAILS:
                return False  # "Independence Square in Kyiv": a square's name, the place is Kyiv
            # a small place followed by another capitalised non-place word: part of a person's name
            if (
                _capitalised(nxt)
                and nxt.text.lower() not in _PLACE_TAILS
                and not strong
                and big < 100_000
                and nxt.text.lower() not in _CONNECTORS
            ):
                return False
        if (
            not strong
            and big < 100_000
            and i >= 3
            and toks[i - 1].text == "the"
            and toks[i - 2].text in ("of", "for")
            and _capitalised(toks[i - 3])
            and _joinable(text, toks[i - 3], toks[i - 2])
            and _joinable(text, toks[i - 2], toks[i - 1])
            and prev_joined
            and not any(c.entry.name.lower().startswith("the ") for c in m.candidates)
        ):
            # "Volunteers for the Defence of the Homeland", "Party of the People": a small place's name closing a
            # capitalised name with "of the" before it is a word of an organisation's name
            return False
        if (
            prev is not None
            and prev_joined
            and (prev.text.isdigit() or prev.text.lower() in _NUMBERS)
            and not strong
        ):
            return False  # "six Grad rockets": a count before a name is a thing, not a place
        if (
            single
            and not strong
            and next_joined
            and nxt is not None
            and nxt.text.isdigit()
            and not (len(nxt.text) == 4 and nxt.text[:2] in ("19", "20"))
            and not _month_after(toks, j + 1)
        ):
            return False  # "Section 144", "Resolution 2254", "Camp 5": a number after a word labels a thing
        if (
            prev_joined
            and prev is not None
            and _capitalised(prev)
            and not strong
            and big < 100_000
            and prev.text.lower() not in _PLACE_TAILS
            and prev.text.lower() not in _CONNECTORS
        ):
            # "Fathi Pashaga", "Ahmed Mitiga": the previous word is capitalised and not a sentence start
            before = text[max(0, prev.start - 2) : prev.start].strip()
            if not (i - 1 == 0 or before in (".", "!", "?", '"')):
                return False
        return True

    def _airports(self, text: str, toks: list[_Tok], mentions: list[Mention]) -> list[Mention]:
        """Extend "X airport" mentions, and add those whose X the gazetteer lacks (the resolver goes fuzzy)."""
        by_end = {m.end: m for m in mentions}
        out = list(mentions)
        for k, tok in enumerate(toks):
            m_air = _AIRPORT.match(text, tok.end)
            if not m_air or not _capitalised(tok):
                continue
            # the name before "airport": up to three capitalised words
            i = k
            while i > 0 and k - i < 2 and _capitalised(toks[i - 1]) and _joinable(text, toks[i - 1], toks[i]):
                if fold(toks[i - 1].text) in _COMMON:
                    break
                i -= 1
            if fold(toks[i].text) in _COMMON and i == k:
                continue
            name = text[toks[i].start : tok.end]
            existing = by_end.get(tok.end)
            if existing is not None:
                existing.airport = True
                existing.name = existing.text
                existing.end = m_air.end()
                existing.text = text[existing.start : existing.end]
                continue
            if any(m.start <= toks[i].start < m.end for m in out):
                continue
            end = m_air.end()
            out.append(
                Mention(toks[i].start, end, text[toks[i].start : end], list(self.gazetteer.lookup(name)), True,
                        name=name)
            )  # fmt: skip
        return out

    def _ner_only(
        self, text: str, ents: list[tuple[int, int, str]], mentions: list[Mention]
    ) -> list[Mention]:
        """NER place spans that no gazetteer match covers: kept for a fuzzy try (else unresolved)."""
        out = []
        for s, e, label in ents:
            if label not in ("GPE", "LOC", "FAC"):
                continue
            if any(m.start < e and s < m.end for m in mentions):
                continue
            surface = text[s:e]
            surface_clean = re.sub(r"^(?:the|The)\s+", "", surface)
            s += len(surface) - len(surface_clean)
            if not surface_clean[:1].isupper() or fold(surface_clean) in _COMMON:
                continue
            if label == "FAC" and not _AIRPORT.match(" " + surface_clean.split()[-1]):
                continue
            out.append(Mention(s, e, surface_clean, list(self.gazetteer.lookup(surface_clean)), ner_label=label,
                               name=surface_clean))  # fmt: skip
        return out

    def _given(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Mention]:
        out = []
        for s, e in spans:
            surface = text[s:e]
            name = surface
            airport = bool(re.search(r"\b(?:airport|air base|airbase|airfield)\b", surface, re.IGNORECASE))
            matches = list(self.gazetteer.lookup(surface))
            if not matches:
                stripped = re.sub(r"^(?:the|The)\s+", "", surface).strip(" .,;:'\"")
                stripped = re.sub(r"['’]s$", "", stripped)
                if stripped and stripped != surface:
                    name = stripped
                    matches = list(self.gazetteer.lookup(stripped))
            m = Mention(s, e, surface, matches, airport=airport, name=name)
            m.demonym = bool(matches) and all(c.kind == NAME_DEMONYM for c in matches)
            out.append(m)
        return out


def entities_from_context(sentences: Sequence[Any]) -> list[tuple[int, int, str]]:
    """NER spans (document offsets) from the sentences a pipeline run parsed (none when unparsed)."""
    out: list[tuple[int, int, str]] = []
    for sentence in sentences:
        doc = getattr(sentence, "parsed", None)
        if doc is None:
            continue
        base = sentence.span.start
        for ent in getattr(doc, "ents", ()):
            out.append((base + int(ent.start_char), base + int(ent.end_char), str(ent.label_)))
    return out
