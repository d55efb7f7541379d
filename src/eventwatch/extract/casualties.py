"""Casualties and crowds as the press tells them, counted by ACLED's conservative rule.

One sentence at a time, :func:`read_casualties` finds the figures of the dead and the wounded: "killed 12",
"14 soldiers and nine militants dead", "a chief, his wife and their three children were killed", "the toll rose to
22", and decides how they go together:

- a list of victims is added up ("two soldiers, three fighters and a civilian" = 6);
- figures from different sources for the same dead are conflicting reports: the lowest counts ("police said four
  died; residents put the toll at nine" = 4);
- a revised toll replaces the first ("rose to 22");
- "two more", "another three" are added to the toll told before;
- figures for the dead of different sides add up ("17 militants ... while four soldiers lost their lives");
- a part of the dead ("including five children"), a toll of more than the incident ("since January",
  "this year", "in 2019"), a death told as the cause of unrest ("following the death of") and the killers' own
  number ("four gunmen killed two traders") are not the incident's.

:func:`crowd_size` reads how many turned out for a protest ("thousands of protesters" = 1000, "a crowd of about
300" = 300), leaving out those arrested, hurt or killed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from eventwatch.extract.numbers import NUMBER, Quantity, quantities

KILL = re.compile(
    r"\b(?:kill\w*|dead|death|deaths|died|die|dies|lives|slain|massacred|executed|"
    r"shot dead|bodies|fatalit\w*|toll)\b",
    re.I,
)
INJURE = re.compile(r"\b(?:wound\w*|injur\w*|hurt|maimed)\b", re.I)
NONE_KILLED = re.compile(
    r"\bno (?:one|casualties|deaths|fatalities|injuries)\b|\bnobody\b|\bwithout casualties\b", re.I
)


@dataclass(frozen=True, slots=True)
class Casualties:
    """The dead (low, best, high) and the wounded a sentence tells of one incident; None where it tells none."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    injured: int | None = None
    revised: bool = False  # the toll is told as updated ("rose to 22"): it replaces a figure told before
    more: bool = False  # the figures are told as added to a toll told before ("two more died")
    killed_at: tuple[tuple[int, int], ...] = ()  # where the counted figures of the dead stand in the text
    injured_at: tuple[tuple[int, int], ...] = ()


NONE = Casualties()

# people a figure counts (the noun after the number): the side they were on decides whether two figures add up
_PERSON = (
    r"soldiers?|troops?|servicem[ae]n|officers?|police(?:m[ae]n|wom[ae]n)?|constables?|gendarmes?|guards?|"
    r"commandos?|marines?|personnel|members?|recruits?|conscripts?|auxiliar(?:y|ies)|vdps?|jawans?|cadets?|"
    r"trainees?|troopers?|rangers?|peacekeepers?|bodyguards?|escorts?|"
    r"militants?|fighters?|rebels?|insurgents?|jihadists?|terrorists?|gunm[ae]n|attackers?|assailants?|"
    r"bandits?|militias?|combatants?|extremists?|dissidents?|maoists?|cadres?|raiders?|kidnappers?|"
    r"bombers?|gang(?:sters?| members?)?|criminals?|suspects?|thieves|thief|robbers?|looters?|smugglers?|"
    r"civilians?|villagers?|residents?|people|persons?|individuals?|men|man|women|woman|children|child|boys?|"
    r"girls?|infants?|babies|baby|teenagers?|toddlers?|minors?|adults?|elderly|students?|pupils?|worshipp?ers?|"
    r"farmers?|herders?|shepherds?|traders?|passengers?|drivers?|workers?|aid workers?|staff|volunteers?|"
    r"teachers?|hunters?|miners?|loggers?|porters?|labou?rers?|engineers?|contractors?|pilgrims?|mourners?|"
    r"guests?|shoppers?|customers?|patients?|doctors?|nurses?|medics?|paramedics?|rescuers?|firefighters?|"
    r"journalists?|reporters?|officials?|leaders?|chiefs?|elders?|lawmakers?|councill?ors?|mayors?|governors?|"
    r"ministers?|candidates?|voters?|polling (?:staff|officials?)|clerics?|imams?|priests?|pastors?|monks?|"
    r"nuns?|novices?|seminarians?|protesters?|protestors?|demonstrators?|marchers?|rioters?|youths?|"
    r"supporters?|activists?|vigilantes?|wife|wives|husbands?|sons?|daughters?|brothers?|sisters?|parents?|"
    r"mothers?|fathers?|grandmothers?|grandfathers?|uncles?|aunts?|cousins?|nephews?|nieces?|relatives?|"
    r"family|families|neighbou?rs?|victims?|others|hostages?|detainees?|prisoners?|inmates?|displaced|"
    r"refugees?|migrants?|locals?|casualties|pedestrians?|motorists?|commuters?|bystanders?|onlookers?|"
    r"occupants?|crew(?: members?)?|sailors?|pilots?|"
    r"[a-z]+m[ae]n"  # tribesmen, clansmen, herdsmen, fishermen, militiamen, watchmen ...
)
# the sides a figure's noun names; figures of two different sides are two groups of dead, to be added
_SIDES = (
    re.compile(
        r"^(?:soldiers?|troops?|servicem[ae]n|officers?|police\w*|constables?|gendarmes?|guards?|commandos?|"
        r"marines?|personnel|recruits?|conscripts?|auxiliar\w+|vdps?)$",
        re.I,
    ),
    re.compile(
        r"^(?:militants?|fighters?|rebels?|insurgents?|jihadists?|terrorists?|gunm[ae]n|attackers?|assailants?|"
        r"bandits?|militiam[ae]n|militias?|extremists?|dissidents?|maoists?|cadres?|raiders?|kidnappers?|"
        r"bombers?|gang\w*|criminals?|suspects?)$",
        re.I,
    ),
    re.compile(
        r"^(?:civilians?|villagers?|residents?|children|child|students?|pupils?|worshipp?ers?|farmers?|"
        r"passengers?|shoppers?|women|woman|hunters?|miners?|fishermen|pilgrims?|mourners?|traders?)$",
        re.I,
    ),
)
_ONE = r"(?:a|an|one|his|her|their|its|the)"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
# a victim counted as one: "a civilian caught in the crossfire", "his wife", "their driver"
_SINGLE = re.compile(rf"\b{_ONE}\s+(?!{_ORDINAL}\b)(?:[\w'-]+\s+){{0,2}}(?:{_PERSON})\b", re.I)
_BOTH = re.compile(rf"\bboth\s+(?:the\s+|of the\s+)?(?:[\w'-]+\s+)?(?:{_PERSON})\b", re.I)
_SINGLE_ANY = re.compile(
    rf"\b(?:a|an|his|her|their)\s+(?!{_ORDINAL}\b|(?:few|handful|couple|dozen|number|total|further|lot)\b)"
    r"(?:[\w'-]+\s+)?[a-z][\w'-]*[a-z](?<!ed)\b",
    re.I,
)
_PLURAL = re.compile(r"(?:s|men|children|people|police|personnel|staff|family|dead)$", re.I)
_LIST_JOIN = re.compile(
    r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:(?:his|her|their|its)\s+)?$", re.I
)
# words that end a figure's noun phrase: "3 and wounded 5 others" is no "3 others"
_FILLER_STOP = (
    r"(?:and|or|but|while|who|that|which|were|was|are|is|had|have|has|said|says|\d+|killed|wounded|injured|dead|"
    r"died|hurt|killing|wounding|injuring)\b"
)
# words that may stand between a figure and its noun ("three HTS fighters", "2 of the pro-government militiamen")
_NOUN_AFTER = re.compile(
    rf"^\s*(?:of\s+(?:the|his|her|their|its)\s+)?(?:(?!{_FILLER_STOP})[\w'().-]+\s+){{0,3}}?({_PERSON})\b",
    re.I,
)

_KILL_WORD = (
    r"killed|dead|died|die|deaths|fatalities|slain|massacred|executed|murdered|beheaded|perished|martyred|"
    r"lost (?:their|his|her) lives|neutrali[sz]ed|"
    r"shot dead|burned to death|hacked to death|succumbed|bodies|lives"
)
_INJURE_WORD = (
    r"wounded|injured|hurt|maimed|hospitali[sz]ed|admitted to (?:a |the )?hospitals?|treated for|"
    r"(?:being |receiving )?treat(?:ed|ment)(?: (?:at|in|for)\b|(?=\s*[.,;]))|under (?:medical )?observation|wounds|"
    r"injuries|hit by (?:stray |a )?(?:bullets?|gunfire|shrapnel)"
)
# the figure as the subject of its casualty word: "three soldiers were killed", "14 soldiers ... dead"
_AS_SUBJECT = re.compile(
    r"^\s*(?:(?!and\b|or\b|but\b|while\b|who\b|which\b|that\b|said\b|says?\b|told\b|added\b|according\b|"
    r"reported\b|claimed\b|stated\b|after\b|before\b|when\b|as\b|\d|" + NUMBER + r"\b)[\w'().-]+\s+){0,5}?"
    # an aside before the verb: "eleven civilians, among them four women, died", "two women aged 67 and 71 were
    # killed", "two occupants, whom it described as militants, were killed", "one driver who tried to flee was shot"
    r"(?:,\s*(?:among (?:them|whom)|including|who|whom|aged)\b[^,.;]{0,60},\s*|aged\s+\d+(?:\s+and\s+\d+)?\s+|"
    r"(?:who|whom)\b[^,.;]{0,50}?\s+(?=(?:was|were)\b)|,\s*who\s+)?"
    r"(?P<aux>(?:(?:were|was|are|is|have|has|had|been|being|got|also|reportedly|later|all|subsequently|"
    r"allegedly|confirmed|seriously|critically|badly|slightly|lightly|fatally|left|found|suffered|sustained|"
    r"(?:\w+ )?(?:shrapnel|gunshot|bullet|serious|minor|severe|burn))\s+)*)"
    rf"(?:(?P<kill>{_KILL_WORD})|(?P<hurt>{_INJURE_WORD}))\b",
    re.I,
)
# an object told after the verb: the figure before it did the killing ("three gunmen killed five people")
_OBJECT_NEXT = re.compile(
    r"^\s+(?:\d|a\b|an\b|the\b|at least|more than|some\b|dozens|scores|hundreds|several|his\b|her\b|their\b|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen\b|twenty|thirty|forty|fifty)",
    re.I,
)
_TRANSITIVE = re.compile(
    r"(?:killed|wounded|injured|shot dead|executed|murdered|beheaded|massacred|burned to death|hacked to death|hurt)$",
    re.I,
)
_TO_DEATH = re.compile(
    r"\b(?:beat|beaten|beating|burned|burnt|burning|stoned|stoning|hacked|hacking|stabbed|stabbing|clubbed|"
    r"lynched|trampled|bludgeoned)\s+(?:[\w'-]+\s+){0,2}?$",
    re.I,
)
# the figure as the object of a killing or wounding verb, or as a toll: "killing 12", "shot dead four", "toll at 13"
_AS_OBJECT = re.compile(
    r"(?:\b(?P<kill>kill(?:ing|ed|s)?|neutrali[sz](?:ed|ing)|shot dead|shooting dead|shot and killed|behead(?:ed|ing)|execut(?:ed|ing)|"
    r"massacr(?:ed|ing)|murder(?:ed|ing)|slaughter(?:ed|ing)|slew|lynch(?:ed|ing)|hack(?:ed|ing) to death|"
    r"burn(?:ed|t|ing) to death|(?:beat|beaten|beating|stoned|stoning|stabbed|stabbing) to death|claim(?:ed|ing) the lives of|(?:took|taking) the lives of|deaths? of|bodies of|"
    r"(?P<toll>(?:death )?toll\b(?:[\w ,]{0,40}?\b(?:at|of|to|is|was|stood at|stands at|reached))?|"
    r"(?:number|count|figure|tally) of (?:the )?(?:dead|deaths|killed|fatalities)\b[\w ,]{0,20}?\b(?:at|to|as)|"
    r"dead (?:numbered|totalled)|killed (?:\w+ ){0,3}?(?:has |had |have )?(?:risen|rose|climbed|increased|reached) to)|"
    r"(?:died|killed|dead),? (?:along with|as well as|together with))|"
    r"\b(?P<hurt>injur(?:ing|ed|es)|wound(?:ing|ed|s)|hurt(?:ing)?|maim(?:ing|ed))"
    r")\s+(?:(?!and\b|but\b|or\b|while\b)[\w'-]+\s+){0,2}?$",
    re.I,
)
# a death told as the cause of what followed ("riots following the death of a teenager in police custody")
_CAUSE = re.compile(
    r"\b(?:following|after|over|against|protesting|since|sparked by|triggered by|outrage at|anger at) the "
    r"(?:\w+ )?deaths? of\s+(?:[\w'-]+\s+){0,2}?$",
    re.I,
)
# a part of the dead told after the toll: "including five children", "among them two soldiers"
_SUBSET = re.compile(
    r"(?:\b(?:including|includ(?:ed|es)|among (?:them|whom|those|the (?:dead|killed|victims|wounded|injured))"
    r"(?: (?:were|was|are))?|of whom)\s*)$",
    re.I,
)
_SUBSET_AFTER = re.compile(
    r"^\s*(?:of (?:whom|them were)|of the (?:dead|victims|killed|wounded)|(?:were|was|are) among)\b", re.I
)
# a toll of more than the incident: a campaign's, a year's, an earlier attack's
_CUMULATIVE = re.compile(
    r"\b(?:since|so far this (?:year|month)|this year|last (?:year|month|week)|"
    r"(?:in |(?:early|late|mid)[- ]?)(?:(?:early|late|mid)[- ]?)?(?:19|20)\d\d|"
    r"earlier (?:this|that|in)|previous|past (?:year|month|week|decade|two|three|few|several)|"
    r"cumulative|"
    r"every (?:year|month)|a year ago|months? ago|years? ago|weeks? ago)",
    re.I,
)
_REVISED = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|revised|jumped|reached|raised|grew|"
    r"gone up|went up|updated)\s+(?:\w+\s+){0,3}?(?:to|at)\s+(?:[\w'-]+\s+){0,2}?$|"
    r"\bbring(?:s|ing)? (?:the )?(?:death )?toll to\s+$",
    re.I,
)
_MORE_AFTER = re.compile(r"^\s*(?:more|others?|further|additional)\b", re.I)
_MORE_BEFORE = re.compile(
    r"\b(?:another|a further|an additional|further|along with|as well as|together with)\s+$", re.I
)
_UNITS = re.compile(
    r"^\s*(?:-|\s)?(?:km|kilomet|mile|met(?:er|re)|hour|hr|minute|day|week|month|year|percent|per cent|%|"
    r"a\.m|p\.m|am\b|pm\b|o'clock|dollars?|naira|shillings?|rupees?|euros?|pounds?|cfa|francs?|vehicles?|"
    r"motorcycles?|trucks?|houses?|homes?|huts?|shops?|villages?|rounds?|rifles?|guns?|tons?|tonnes?|kg|"
    r"households?|families)\b",
    re.I,
)
_MONEY_BEFORE = re.compile(r"(?:\$|£|€|US\$|Rs\.?|N)\s*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


# the attacker's own death told beside the victims' ("along with the bomber", "killing eleven besides herself",
# "the bomber was also killed"): ACLED counts every death, the attacker's too
_ATTACKER_TOO = re.compile(
    r"\b(?:along with|as well as|besides|in addition to) (?:the |a )?(?:suicide )?(?:bomber|attacker|assailant)\b|"
    r"\bbesides (?:himself|herself)\b",
    re.I,
)
# one more death told without a figure: "another died later in hospital"
_ANOTHER_DIED = re.compile(
    r"\b(?:another|a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))"
    r"(?: one| person| man| woman| child| soldier| civilian| victim| officer| worker| passenger| policeman)?"
    r"(?:, [^,]{1,40},)? (?:\w+ )?(?:died|was killed|succumbed|was shot dead|was found dead|was pronounced dead)\b",
    re.I,
)
# any word of killing or wounding: a sentence without one tells no casualties
_ANY = re.compile(
    rf"{KILL.pattern}|{INJURE.pattern}|\b(?:behead|execut|massacr|murder|slaughter|slew|lynch|shot|perish|succumb|"
    r"neutrali[sz]|to death|casualt|lost|losing|martyr|treated|treatment|hospital|observation|bullet|shrapnel)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Figure:
    q: Quantity
    start: int  # the figure's extent in the text: a whole list of victims where it is one
    end: int
    kind: str  # "kill" | "hurt"
    noun: str
    subset: bool
    cumulative: bool
    revised: bool
    more: bool


def _noun(text: str, end: int) -> str:
    """The noun a figure counts ("14 soldiers": soldiers; "dozens of Houthis": houthis); "" where none is told."""
    m = _NOUN_AFTER.match(text[end : end + 60])
    if m:
        # "10 combatant deaths": the dead in general, of any side
        general = re.match(
            r"\s+(?:deaths|casualties|fatalities|dead)\b", text[end + m.end() : end + m.end() + 15]
        )
        return "" if general else m.group(1).lower()
    named = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w'-]+)", text[end : end + 40])
    return named.group(1).lower() if named else ""


def _lone_noun(item: str, total: int) -> str:
    """The noun of a victim told without a figure ("the bomber"); none for a list."""
    return item.split()[-1].lower() if total == 1 and item.split() else ""


def _side(noun: str) -> str:
    """Which side a figure's noun names: one of _SIDES, the noun itself for others ("members", "houthis"), or ""
    for people in general ("people", "victims", a bare figure), who may be anyone's dead."""
    if noun in _GENERAL:
        return ""
    return next((str(i) for i, rx in enumerate(_SIDES) if rx.match(noun)), noun)


_GENERAL = frozenset({"", "people", "persons", "person", "others", "victims", "individuals", "casualties"})


@lru_cache(maxsize=512)
def _counts(text: str) -> tuple[Quantity, ...]:
    """The figures that may count people: no years, units, money, ages or clock times."""
    out = []
    for q in quantities(text):
        word = text[q.start : q.end]
        if word.strip().lower() in ("a", "an"):
            continue  # a single victim is read with its noun ("a policeman"), not as the figure 1
        if re.match(r"no\b", word.strip(), re.I) or (
            word.strip().lower() == "one" and re.search(r"\b(?:no|any|every|some)\s*$", text[: q.start], re.I)
        ):
            continue  # "no one was hurt": told by NONE_KILLED and _none_hurt
        q = replace(q, start=q.start + len(word) - len(word.lstrip()))
        word = word.strip()
        after = text[q.end : q.end + 20]
        year = re.search(r"\d", word) and _YEAR.match(word.strip().split()[-1])
        if year and not re.match(rf"\s*(?:{_PERSON})\b", after, re.I):
            continue
        if _UNITS.match(after) or _MONEY_BEFORE.search(text[max(0, q.start - 4) : q.start]):
            continue
        if re.match(r"-year", after) or re.match(r"\s*(?:years?|yrs?)\s+old\b", after, re.I):
            continue
        if re.match(r"[:.]\d", after) or re.search(r"\baged\s+$", text[max(0, q.start - 8) : q.start], re.I):
            continue  # 6:30, 4.5, "aged 67"
        out.append(q)
    return tuple(out)


# one victim's death told after him: "the driver was killed", "the chief died"
_ONE_DIED = re.compile(
    r"(?:,?\s+who\b[^,.;]{0,50}?,?(?=\s+(?:was|has been|had been)\b))?"  # "a neighbour who tried to help was hurt"
    r"\s+(?:was|has been|had been)\s+(?:\w+\s+)?(?:killed|shot dead|murdered|executed|wounded|injured|hurt)\b|"
    r",?\s+(?:who\s+)?(?:\w+\s+)?(?:died|succumbed)\b|\s+(?:suffered|sustained)\s+(?:\w+\s+)?(?:wounds|injuries|burns)\b"
)


def _lists(text: str, figures: tuple[Quantity, ...]) -> list[tuple[int, int, int, Quantity | None]]:
    """Runs of victims joined by commas and "and": (start, end, total, first figure). A run of one is a figure, or
    a single victim ("a policeman"); one named by "the" counts only in a list ("the driver and eleven passengers")."""
    # (start, end, count, figure, weak): a weak item counts only in a list of victims
    items: list[tuple[int, int, int, Quantity | None, bool]] = []
    nouned: set[int] = set()  # items told with their noun: only these make a list ("15, a member" is none)
    for q in figures:
        m = _NOUN_AFTER.match(text[q.end : q.end + 60])
        items.append((q.start, q.end + m.end() if m else q.end, q.best, q, False))
        if m:
            nouned.add(q.start)

    def free(start: int, end: int) -> bool:
        return not any(s <= start < e or start <= s < end for s, e, *_ in items)

    for m in _BOTH.finditer(text):  # "both attackers died"
        if free(m.start(), m.end()):
            items.append((m.start(), m.end(), 2, None, False))
            nouned.add(m.start())
    # a single victim: "a policeman", "his wife"; told by any noun, only after others in a list ("a police officer
    # and a street vendor")
    loose: set[int] = set()
    for rx in (_SINGLE, _SINGLE_ANY):
        for m in rx.finditer(text):
            if (rx is _SINGLE and _PLURAL.search(m.group(0))) or not free(m.start(), m.end()):
                continue
            weak = rx is _SINGLE_ANY or m.group(0).lower().startswith("the ")
            items.append((m.start(), m.end(), 1, None, weak))
            nouned.add(m.start())
            if rx is _SINGLE_ANY:
                loose.add(m.start())
    items.sort(key=lambda item: item[0])
    runs: list[list[tuple[int, int, int, Quantity | None, bool]]] = []
    for item in items:
        joins = runs and _LIST_JOIN.match(text[runs[-1][-1][1] : item[0]])
        if joins and runs[-1][-1][0] in nouned and item[0] in nouned and runs[-1][0][0] not in loose:
            runs[-1].append(item)
        else:
            runs.append([item])
    out = []
    for run in runs:
        # a list ends with "and": "15, a member of the group said" is no list of two
        while len(run) > 1 and "and" not in text[run[-2][1] : run[-1][0]]:
            last = run.pop()
            if not last[4]:
                out.append(last[:4])
        if len(run) == 1 and run[0][4] and not _ONE_DIED.match(text[run[0][1] :]):
            continue
        first = next((item[3] for item in run if item[3] is not None), None)
        out.append((run[0][0], run[-1][1], sum(item[2] for item in run), first))
    return sorted(out, key=lambda item: item[0])


@lru_cache(maxsize=512)
def _figures(text: str) -> tuple[_Figure, ...]:
    out = []
    counts = _counts(text)
    for start, end, total, first in _lists(text, counts):
        single = first is None or (first.start == start and first.best == total)
        q = first if single and first is not None else None
        after = text[end : end + 80]
        before = text[max(0, start - 60) : start]
        kind = ""
        as_object = _AS_OBJECT.search(before)
        if as_object is not None and as_object.group("toll"):
            kind = "kill"  # "the toll had been revised to 10 after four wounded soldiers died"
        m = _AS_SUBJECT.match(after) if not kind else None
        if m and first is None and total == 1 and not _ONE_DIED.match(after):
            m = None  # one victim dies in the words next to him: "a chief put the number of dead at 9" is no death
        if m and not (
            # the figure did the killing: "three gunmen killed five people", "a mob burned to death a man"
            not m.group("aux").strip()
            and _TRANSITIVE.match(m.group("kill") or m.group("hurt"))
            and _OBJECT_NEXT.match(after[m.end() :])
        ):
            kind = "kill" if m.group("kill") else "hurt"
        if (
            not kind
            and re.search(r"\b(?:lost|losing)\s+$", before, re.I)
            and (q is None or _noun(text, q.end))
        ):
            kind = "kill"  # "the militants lost 14 fighters"
        if (
            not kind
            and _TO_DEATH.search(before)
            and re.match(r"\s+(?:[\w'-]+\s+){0,3}?to death\b", after, re.I)
        ):
            kind = "kill"  # "beat two suspected thieves to death"
        if not kind and as_object is not None and not _CAUSE.search(before):
            kind = "kill" if as_object.group("kill") else "hurt"
        if not kind:
            continue
        if q is None:  # a list, or a single victim told without a figure
            q = Quantity(total, total, total, start, end)
        clause_start = max(text.rfind(c, 0, start) for c in ",;:") + 1
        clause_end = min((i for i in (text.find(c, end) for c in ",;.") if i >= 0), default=len(text))
        around = text[max(clause_start, start - 70) : min(clause_end, end + 70)]
        out.append(
            _Figure(
                q=q,
                start=start,
                end=end,
                kind=kind,
                noun=_noun(text, first.end)
                if single and first is not None
                else _lone_noun(text[start:end], total),
                subset=bool(_SUBSET.search(before) or _SUBSET_AFTER.match(after)),
                cumulative=bool(_CUMULATIVE.search(around)),
                revised=bool(_REVISED.search(before)),
                more=bool(
                    _MORE_AFTER.match(text[q.end : q.end + 20])
                    or _MORE_BEFORE.search(before)
                    or re.match(
                        r"(?:,[^,]{0,40},)?,?\s+(?:who\s+)?(?:(?:was|were|had|have|has|been)\s+)*(?:also|later)\b",
                        after,
                        re.I,
                    )
                ),
            )
        )
    return tuple(out)


def _high(q: Quantity) -> int:
    return q.high if q.high is not None else q.best


@dataclass(frozen=True, slots=True)
class _Toll:
    low: int
    best: int
    high: int
    revised: bool
    more: bool
    at: tuple[tuple[int, int], ...]


def _combine(figures: list[_Figure]) -> _Toll | None:
    """The toll figures of one kind make together (see the module's docstring)."""
    if not figures:
        return None
    revised = [f for f in figures if f.revised]
    if revised:
        top = max(revised, key=lambda f: f.q.best)
        return _Toll(top.q.low, top.q.best, _high(top.q), True, False, ((top.start, top.end),))
    base = [f for f in figures if not f.more]
    more = [f for f in figures if f.more]
    low = best = high = 0
    used = []
    if base:
        # figures of different sides add up ("three soldiers ... while four rebels died"); others conflict, and
        # the lowest counts
        by_side: dict[str, list[_Figure]] = {}
        for f in base:
            by_side.setdefault(_side(f.noun), []).append(f)
        groups = list(by_side.values())
        if "" in by_side and len(by_side) > 1:
            groups = [base]  # a figure of people in general may be the others' total: they conflict
        for group in groups:
            pick = min(group, key=lambda f: f.q.best)
            low += pick.q.low
            best += pick.q.best
            high += max(_high(f.q) for f in group)
            used.append(pick)
    for f in more:
        low += f.q.low
        best += f.q.best
        high += _high(f.q)
        used.append(f)
    at = tuple(sorted((f.start, f.end) for f in used))
    return _Toll(low, min(low, best), high, False, not base, at)


def read_casualties(text: str) -> Casualties:
    """The dead and wounded one sentence tells, by ACLED's conservative rule (see the module's docstring)."""
    if not _ANY.search(text):
        return NONE
    figures = [f for f in _figures(text) if not f.subset and not f.cumulative]
    killed = _combine([f for f in figures if f.kind == "kill"])
    hurt = _combine([f for f in figures if f.kind == "hurt"])
    injured = hurt.best if hurt is not None else _none_hurt(text)
    injured_at = hurt.at if hurt is not None else ()
    too = _ATTACKER_TOO.search(text) or _ANOTHER_DIED.search(text)
    if killed is None:
        if too:  # "The attacker also died."
            return Casualties(
                1, 1, 1, injured, more=True, killed_at=((too.start(), too.end()),), injured_at=injured_at
            )
        hurt_only = {
            m.start() for m in _NONE_HURT.finditer(text) if not re.search(r"kill|dead|died", m.group(0))
        }
        if any(m.start() not in hurt_only for m in NONE_KILLED.finditer(text)):
            return Casualties(0, 0, 0, injured, injured_at=injured_at)
        if injured is None:
            return NONE
        return Casualties(injured=injured, more=bool(hurt and hurt.more), injured_at=injured_at)
    low, best, high, at = killed.low, killed.best, killed.high, killed.at
    if too and not killed.revised:
        low, best, high, at = low + 1, best + 1, high + 1, (*at, (too.start(), too.end()))
    return Casualties(
        low,
        best,
        high,
        injured,
        revised=killed.revised,
        more=killed.more,
        killed_at=at,
        injured_at=injured_at,
    )


def _none_hurt(text: str) -> int | None:
    """0 where the text says no one was hurt; None where it says nothing of the wounded."""
    return 0 if _NONE_HURT.search(text) else None


_NONE_HURT = re.compile(
    r"\bno(?: one|body)(?: else)? (?:was |were |had been )?(?:seriously |badly )?(?:killed or )?"
    r"(?:hurt|injured|wounded)\b|\b(?:injuring|hurting|wounding) no one\b|\bwithout (?:injuring|hurting) anyone\b|"
    r"\bno (?:injuries|casualties)\b",
    re.I,
)


# the people a crowd is made of
_CROWD_NOUN = re.compile(
    r"^\s*(?:of\s+)?(?:[\w'-]+\s+){0,2}?(?:people|protesters|protestors|demonstrators|students|residents|"
    r"supporters|workers|women|men|youths?|villagers|farmers|traders|teachers|marchers|activists|members|"
    r"drivers|motorists|employees|nurses|doctors|lawyers|parents|mourners|worshippers|followers|miners|"
    r"fishermen|herders|pensioners|retirees|veterans|taxi drivers|vendors|shopkeepers|civil servants|"
    r"opposition supporters|party members|rioters|locals|participants|attendees|retirees|depositors)\b",
    re.I,
)
_CROWD_BEFORE = re.compile(
    r"\b(?:crowds?|gathering|rally|march|demonstration|protest),?\s+(?:of|numbering|estimated at|put at|"
    r"of (?:about|around|some|roughly|an estimated))\s*$|\b(?:numbered|numbering|drew|drawing|attracted|joined by)\s*$|"
    # "police put the figure at 8,500", "estimated the crowd at", "police estimated 700", "the protesters, about 400"
    r"\b(?:put|puts|putting|estimated|estimates|estimating|gave|placed)\s+(?:the\s+)?(?:crowd|figure|number|turnout|"
    r"attendance|size|participation)(?:\s+of\s+[\w'-]+)?\s+at\s*$|\bestimated\s*$|"
    r"\b(?:protesters|demonstrators|marchers|crowd|group|rioters|youths|mob|participants),\s*$",
    re.I,
)
_CROWD_VERB = re.compile(
    r"^\s*(?:[\w'-]+\s+){0,1}?(?:(?:had been|have been|were|had|have)\s+)?(?:marched|gathered|rallied|protested|"
    r"demonstrated|took to the streets|turned out|joined|assembled|converged|massed|staged|blocked|chanted|thronged|"
    r"attended|took part|participated|marching|protesting|gathering|rallying)\b",
    re.I,
)
_NOT_CROWD = re.compile(
    r"\b(?:arrest\w*|detain\w*|held|kill\w*|injur\w*|wound\w*|hurt|shot|dispersed? (?:by|with)|beat|beaten|"
    r"burn(?:ed|t)|attack(?:ed|ing)|lynch\w*|stabb\w*|assault\w*|abduct\w*|kidnap\w*|disappearance of|"
    r"release of|deaths? of|killing of|detention of|"
    r"deploy\w*)\s+(?:[\w'-]+\s+){0,2}?$",
    re.I,
)


def crowd_size(text: str) -> int | None:
    """How many turned out, the lowest figure told; None where the text gives none. A figure told as the crowd's
    size ("a crowd of about 300", "hundreds marched") outranks people merely counted ("4 students")."""
    found = read_crowd(text)
    return found[0] if found is not None else None


def read_crowd(text: str) -> tuple[int, int, int] | None:
    """(size, start, end) of the crowd a sentence tells, as :func:`crowd_size` reads it."""
    casualty = [(f.start, f.end) for f in _figures(text)]
    sizes: list[tuple[int, int, int]] = []
    strong: list[tuple[int, int, int]] = []
    for q in _counts(text):
        if any(s <= q.start < e for s, e in casualty):
            continue
        after = text[q.end : q.end + 40]
        before = text[max(0, q.start - 40) : q.start]
        if _NOT_CROWD.search(before):
            continue
        noun = _CROWD_NOUN.match(after)
        told = _CROWD_BEFORE.search(before) or _CROWD_VERB.match(after[noun.end() if noun else 0 :])
        if not (noun or told) or re.match(
            r"\s*(?:[\w-]+\s+)?(?:police|officers|troops|soldiers)\b", after, re.I
        ):
            continue
        if re.match(
            r"\s*(?:[\w'-]+\s+){0,3}?(?:were|was)\s+(?:arrested|detained|killed|injured|wounded|hurt)",
            after,
            re.I,
        ):
            continue
        figure = (q.best, q.start, q.end)
        sizes.append(figure)
        if told:
            strong.append(figure)
    return min(strong or sizes) if sizes else None


# the closing line of an analyst's event notes: "2 fatalities.", "No fatalities.", "Fatalities unknown."
_FATALITY_LINE = re.compile(
    r"^\W*(?:(?P<n>\d+|no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:reported\s+)?fatalit(?:y|ies)(?:\s+(?:were\s+)?reported)?|fatalities\s*:\s*(?P<m>\d+))\W*$",
    re.I,
)
_LINE_WORDS = {
    w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())
}


def fatality_line(text: str) -> int | None:
    """The count of an analyst's closing line ("4 fatalities.", "Fatalities: 6."); None for any other sentence."""
    m = _FATALITY_LINE.match(text.strip())
    if m is None:
        return None
    word = (m.group("n") or m.group("m") or "").lower()
    if word == "no":
        return 0
    return int(word) if word.isdigit() else _LINE_WORDS.get(word)
