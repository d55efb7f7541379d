"""Event mentions from clauses: a trigger word, and the actors, targets, weapons, date and place of its own clause.

Each parsed candidate sentence is read clause by clause: a trigger (a lemma in :data:`lexicon.TRIGGERS`) gives a
first guess at the ACLED sub-event type; the clause's weapons, actors and targets refine it. Hypothetical clauses
("threatened to shoot down", "will be destroyed") and negated ones yield nothing. Arguments are taken from the
trigger's own clause, never from elsewhere in the story.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from eventwatch.extract import taxonomy
from eventwatch.extract.actors import country_name, demonyms, named_head, with_country
from eventwatch.extract.actors import registry as actor_registry
from eventwatch.extract.casualties import INJURE as _INJURE
from eventwatch.extract.casualties import KILL as _KILL
from eventwatch.extract.casualties import NONE as NO_CASUALTIES
from eventwatch.extract.casualties import Casualties, fatality_line, read_casualties, read_crowd
from eventwatch.extract.lexicon import (
    ACCEPTED_OFFER,
    AIRCRAFT,
    ALLEGE_VERBS,
    ARMED_GROUP_NOUNS,
    ARMED_SIDES,
    BASE_MADE,
    BASE_WORDS,
    BODIES_FOUND,
    BODY_BANNED,
    BOMBS_RELEASED,
    BROKE_IN_AND_TOOK,
    CAMP_PITCHED,
    CAPTIVE_WORDS,
    CATEGORY_SUBTYPE,
    CHARGED_GATHERING,
    CHEMICAL_USE,
    COMMS_CUT,
    CONTROLLED_BLAST,
    CROWD_ACTOR_WORDS,
    CROWD_WORDS,
    DEMAND_ACT,
    DENIED,
    DRIVEN_OUT,
    DROVE_OUT,
    EACH_OTHER,
    EFFECTS,
    ENTERING,
    FIGHTING_OPPOSED,
    FIRE_BETWEEN,
    FOILED_BLAST,
    FOUGHT_BACK_INTO,
    GAPPED_OBJECTS,
    GATHERING_WORDS,
    GROUP_CHANGE,
    GROUP_RULES,
    GROUP_WORDS,
    HANDED_TO,
    HURT_FORCES,
    INTO_VEHICLE,
    IRREALIS,
    IRREGULAR_FORMS,
    LABOUR_STRIKE,
    LEAVING,
    LEFT_THEN_ENTERED,
    LEGAL_CHARGE,
    LIGHT_VERBS,
    MILITARY_TARGET_WORDS,
    NEEDS_WEAPON_WORD,
    NON_POLITICAL,
    NOUN_ONLY,
    NOW_IN_CONTROL,
    PEOPLE_NOUNS,
    POLITICAL_ARMED_NOUNS,
    PREVENTED_FROM,
    PROPERTY_WORDS,
    PROTEST_BLOCKED,
    PROTEST_PROCESSION,
    REALIS_REQUIRED,
    RECRUITS_TAKEN,
    RESTORED_CONTROL,
    RESTRICTIONS,
    RIOT_ACTS,
    SECURITY_MEASURES,
    SECURITY_REASON,
    SET_ON_FIRE,
    SEVERE_HARM,
    SHOT_INTO,
    SHUTDOWN_OBSERVED,
    SIDES_ACCEPTED,
    SINCE_TODAY,
    SPEECH_VERBS,
    SUICIDE_CUES,
    TAKEN_INTO_BUSH,
    TERMS_SETTLED,
    THROW_VERBS,
    TRIGGERS,
    TRUCE_ENDED,
    TWO_SIDES,
    VEHICLE_INTO_PEOPLE,
    VERB_ONLY,
    VIOLATION_RE,
    WEAPON_OBJECT_WORDS,
)
from eventwatch.nlp.segment import headline, is_dateline
from eventwatch.pipeline import Component, Context, Sentence, Settings, component
from eventwatch.records import Actor, EventMention, Place, Span, TimeExpression, Weapon

_MULTI = {k: v for k, v in TRIGGERS.items() if " " in k or "-" in k}  # "sit-in" is three tokens
# two-word triggers told with words between the verb and its object: "traded heavy machine-gun fire",
# "took full control"
_VERB_OBJECT = {
    (verb, obj): v
    for k, v in _MULTI.items()
    if len(k.split()) == 2 and "-" not in k
    for verb, obj in [k.split()]
    if obj in GAPPED_OBJECTS
}
_WEAPON_HEADS = frozenset(
    "aircraft jet jets warplane warplanes plane planes helicopter helicopters drone drones artillery tank tanks "
    "gunship gunships bomber bombers".split()
)
_WEAPON_WORDS = frozenset(
    "missile rocket drone air aerial artillery mortar airstrike bomb bombing naval military israeli russian".split()
)
_SINGLE = {k: v for k, v in TRIGGERS.items() if " " not in k}
# people met on the road, at school, at a funeral or in a family: civilian targets, and persons taken
_PEOPLE_MET = (
    r"shepherds?|schoolteachers?|pupils?|mourners?|pedestrians?|motorcyclists?|patients?|refugees?|migrants?|"
    r"tourists?|sons?|daughters?|travell?ers?|commuters?|motorists?|labou?rers?|tappers?|loggers?|herdsmen|"
    r"miners?|hunters?|worshippers?|pilgrims?|elders?|clerics?|councillors?|politicians?|leaders?"
)
_CIVIL_TARGETS = re.compile(
    r"\b(?:market|school|hospital|clinic|mosque|church|temple|village|house|home|camp|bus|car|shop|"
    r"restaurant|hotel|wedding|funeral|civilians?|residents?|pilgrims?|passengers?|worshippers?|children|"
    r"women|farmers?|students?|journalists?|aid workers?|villagers?|fishermen|herders?|traders?|vendors?|"
    r"shopkeepers?|activists?|priests?|pastors?|imams?|clerics?|monks?|bloggers?|unionists?|informers?|"
    r"lawyers?|judges?|teachers?|doctors?|nurses?|girls?|boys?|woman|famil(?:y|ies)|"
    r"relatives|councill?ors?|politicians?|candidates?|social leaders?|community leaders?|organi[sz]ers?|"
    r"(?:health |construction |humanitarian |polling |road |mine )?workers?|drivers?|vaccinators?|detainees?|"
    r"supporters?|elders?|porters?|miners?|herdsm[ae]n|civil servants?|employees?|contractors?|engineers?|"
    r"lawmakers?|legislators?|mayors?|members? of (?:the )?(?:legislative assembly|parliament)|village (?:heads?|chiefs?)|"
    r"traditional rulers?|customers?|officers? of the electoral|polling officers?|" + _PEOPLE_MET + r")\b",
    re.I,
)
_FORCE = re.compile(
    r"\b(?:police\w*|security|troops?|soldiers?|army|forces|gendarm\w*|militia\w*|guards?|officers?|fired|"
    r"opened fire|shot|live (?:ammunition|rounds|fire|bullets)|corps|firing)\b",
    re.I,
)
# people seized, told by a count and what they are ("seized 12 wood cutters", "seized two army soldiers on leave")
_TAKEN_PEOPLE = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:soldiers|troops|policemen|police officers|fighters|rebels|militants|suspects|members|"
    r"(?:wood)?cutters|loggers|miners|pilgrims|worshippers|sailors|crew(?:men)?|tourists|foreigners|nationals|"
    r"monks|nuns|hunters|shepherds)\b",
    re.I,
)
_PERSONS = re.compile(
    r"\b(?:people|persons?|men|women|children|civilians?|workers?|hostages?|villagers?|passengers?|students?|"
    r"journalists?|officials?|residents?|girls?|boys?|farmers?|man|woman|priests?|pastors?|imams?|seminarians?|"
    r"teachers?|nurses?|doctors?|traders?|herders?|fishermen|drivers?|chiefs?|businessm[ae]n|engineers?|"
    r"teenagers?|youths?|wives|wife|husbands?|activists?|organi[sz]ers?|candidates?|guests?|ministers?|staff|alias|"
    r"refugees?|relatives|parents|employees|(?:aid|health|local|district|government|municipal) officers?|"
    + _PEOPLE_MET
    + r")\b",
    re.I,
)
_PROTEST_INTERVENTION = re.compile(
    r"\b(?:dispers\w*|tear\s*gas|water cannon|rubber bullets?|arrest\w*|detain\w*|lathi[- ]?charg\w*|"
    r"baton\w*|broke up|break up|broken up|breaking up|suppress\w*|crack\w* down|crackdown|repress\w*|"
    # shots over their heads and people chased off: force shown, not used on them
    r"fired (?:in|into) the air|warning shots|chas(?:ed|ing) (?:them |the [\w-]+ )?(?:off|away))\b",
    re.I,
)
_TRUCE_TERMS = re.compile(
    r"\b(?:(?:halt|stop|cease|end|suspend)\w* (?:the )?(?:hostilities|fighting|attacks|shelling|clashes)|"
    r"cease-?fire|truce|pull-?back|withdrawal of (?:troops|forces|fighters)|prisoner (?:swap|exchange)|"
    r"exchange of (?:prisoners|detainees|bodies|captives))\b",
    re.I,
)
# "a day after a ceasefire was declared", "in violation of the truce": the truce dates or frames another event
# a release paid for with another: an exchange, hence an agreement
_IN_RETURN = re.compile(
    r"\bin (?:return|exchange) for\b|\bunder (?:a|an|the) (?:deal|swap|exchange|agreement)\b|"
    # "freed ... in a deal that included the release of", "receiving in return three of their own men"
    r"\b(?:in|as part of) (?:a|an|the) (?:[\w-]+ )?(?:deal|swap|exchange|agreement)\b|\bin return\b",
    re.I,
)
# fighters giving themselves up: the codebook counts surrenders among agreements, large-scale defections among
# changes to a group
_GIVING_UP = frozenset(["surrender", "hand themselves over", "turn themselves in", "give themselves up"])
_SURRENDERED_OBJECT = re.compile(
    r"\bsurrender(?:s|ed|ing)?\s+(?!(?:to|before|in|at|on|after|with|en|themselves|following|without)\b)"
    r"((?:(?!(?:to|in|at|on|after|with|before|following|for)\b)[\w'-]+\s*){1,4})",
    re.I,
)
_DEFECTION = re.compile(r"\b(?:defect\w*|desert(?:ed|ing|ion|ers?)|mutin\w*|switch\w* sides)\b", re.I)
# captives freed or fighters surrendering on terms that were negotiated: the deal carried out
_NEGOTIATED = re.compile(
    r"\bafter (?:[\w'-]+\s+){0,4}?(?:negotiat\w*|talks|mediation)\b|\bunderstanding (?:was )?reached\b|"
    r"\bunder (?:a|an|the) (?:[\w'-]+\s+){0,2}?(?:arrangement|terms|deal|agreement)\b|\bagreed to surrender\b",
    re.I,
)
_TRUCE_AS_TIME = re.compile(
    r"\b(?:after|since|despite|before|following|violat\w*|breach\w*)\b[^.;]{0,40}\b(?:cease-?fire|truce)",
    re.I,
)
_DISRUPTING = frozenset(
    "shoot down|intercept|downed|down|defuse|disarm|bring down|dismantle|thwart|foil|avert|neutralize|neutralise|"
    "controlled explosion|controlled detonation|bomb disposal|make safe|render safe".split("|")
)
# weapons taken out of use: what these verbs act on is disrupted, not used ("dismantled two roadside bombs",
# "found an arms cache containing rockets and mortar shells", "shot down drones launched overnight")
_TAKING_OUT_OF_USE = _DISRUPTING | frozenset(
    ["find", "discover", "recover", "uncover", "confiscate", "seize", "seizure", "dig up", "impound"]
)
# a device blown up where it can harm nobody: disposed of, not used ("detonated it in a safe area")
_DISPOSED = re.compile(
    r"\b(?:safely|in a safe (?:area|place|location|spot|field)|(?:at|from) a safe distance|"
    r"in a controlled (?:manner|way)|" + CONTROLLED_BLAST + r")\b",
    re.I,
)
_NEW_LEADER = re.compile(
    r"\b(?:new|(?:its|their) own|interim|acting|as (?:its|their)(?: new)?) (?:overall |military |supreme |top )?"
    r"(?:leaders?|commanders?|chief|emir|amir|wali|governor|head|spokesman|deputy|chairman|chairperson|president|"
    r"secretary-general|general secretary|secretary|supremo|commander-in-chief|coordinator)\b",
    re.I,
)
_PROTEST_LETHAL = re.compile(
    r"\b(?:live (?:ammunition|fire|rounds|bullets)|kill\w*|(?:shot|shooting)(?! (?:in)?to the (?:air|sky)| in the air)|"
    r"dead|died|gunfire|opened fire|gun(?:ned|s|ning)? down|mow(?:ed|n|s|ing)? down|"
    r"fired (?:on|at|into)(?! the (?:air|sky))|beaten to death|fatal\w*|dies|succumb\w*|crushed to death|martyr(?:ed|dom)|"
    # firearms told plainly ("direct firing", "real bullets", "gunshot wounds"), not rubber or plastic rounds
    r"(?:direct|indiscriminate) firing|real bullets|(?<!rubber )(?<!plastic )bullet wounds?|gunshots?(?: wounds?)?)\b",
    re.I,
)
# a death the gathering is about, not one it suffered: "demanding justice for a classmate killed", "over the
# killing of a student", "to mourn those shot last year"
_GRIEVANCE_LEAD = (
    r"justice for|over|against|protest(?:ing|ed)?|to mourn|mourn(?:ing|ed)?|commemorat\w*|condemn\w*|"
    r"in (?:memory|honou?r) of|"
    r"denounc\w*|remember\w*|honou?r\w*|anniversary of"
)
# words of a grievance pressed: what makes a crowd's destruction a riot rather than a mob's
_PRESSING_GRIEVANCE = re.compile(
    r"\b(?:demand\w*|accus\w*|angr\w*|anger\w*|furious|incensed|outrag\w*|enrag\w*|protest\w*|grievances?|"
    r"discontent\w*|dissatisf\w*|irate|frustrat\w*|"
    r"(?:row|dispute) over|block(?:ed|ing|ade\w*)|chant\w*|slogans?|in (?:a )?(?:row|dispute))\b",
    re.I,
)
_GRIEVANCE = re.compile(
    rf"\b(?:{_GRIEVANCE_LEAD})\s+(?:[\w'#-]+\s+){{0,6}}?(?:kill\w*|shot|shooting|dead|died|deaths?|murder\w*|"
    # (or a captivity: "blocked the highway to denounce the abduction of a teacher")
    r"abduct\w*|kidnap\w*|disappearances?|arrests?|detentions?)\b"
    # and who did it, told with the death ("protesting the death of a motorcyclist allegedly shot by a soldier")
    r"(?:\s+of\s+(?:[\w'-]+\s+){0,5}?(?:(?:allegedly|reportedly)\s+)?(?:shot|killed|beaten)(?:\s+(?:dead|to death))?"
    r"(?:\s+by)?\b)?",
    re.I,
)


_MINOR = re.compile(r"\b(?:minor|slight|light|slightly|lightly)\s+$", re.I)


def _grave_harm(sentence_text: str) -> bool:
    """Grave harm told and not denied before its word ("left several hospitalised"; not "no one was hospitalised")."""
    return any(not DENIED.search(sentence_text[: m.start()]) for m in SEVERE_HARM.finditer(sentence_text))


def _wounded(sentence_text: str) -> bool:
    """People wounded, not lightly and not denied ("minor injuries", "no one was hurt": no excessive force)."""
    for m in _INJURE.finditer(sentence_text):
        before = sentence_text[max(0, m.start() - 40) : m.start()]
        if not (_MINOR.search(before) or DENIED.search(before)):
            return True
    return False


# words of intervention that tell none on this gathering: a crowd that dispersed by itself, an intervention
# before it or denied ("a week after police teargassed students", "despite the arrest of", "no arrests")
_NOT_INTERVENED = re.compile(
    # the detained a crowd demands back ("demanding the release of detainees")
    r"\b(?:release|freedom|return) of (?:[\w'-]+\s+){0,3}?(?:detainees|prisoners|detained|those (?:arrested|detained)|"
    r"the arrested|abductees)\b|"
    r"\b(?:dispers\w*|broke up|left) (?:peacefully|calmly|quietly|on (?:their|its) own|by themselves|without incident|"
    r"after (?:addressing|speaking|hearing|submitting|handing|delivering|a|an|the|several|two|three)\b)|"
    r"\b(?:before|after) dispersing\b|\bdispersing (?:peacefully|quietly|calmly|on (?:their|its) own)|"
    # "..., dispersing at nightfall", "the rally ended peacefully"
    r"[,;]\s*dispersing\b|\bdispers\w* (?:at|by|before|in the|towards?) (?:nightfall|dusk|sunset|noon|midday|"
    r"evening|afternoon|night|the evening)\b|\b(?:ended|concluded|passed off|wound up) (?:peacefully|calmly|quietly|"
    r"without incident)|"
    # the detained the crowd carried the pictures of ("marching with posters of detainees")
    r"\b(?:posters?|photos?|photographs?|pictures?|portraits?|images?)\s+of\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:detainees|prisoners|detained|jailed)\b|"
    r"\b(?:(?:a|one|two|three|several) (?:day|week|month)s? after|days after|weeks after|despite|following)\b[^,;]{0,80}|"
    r"\b(?:no|without(?: any)?) (?:arrests?|detentions?|one (?:was|being) (?:arrested|detained))|\bwho (?:were|was|had been) (?:detained|arrested)\b|"
    # an arrest the gathering is about, not one made at it ("marched to protest the arrest of their leader",
    # "demanding the release of two detained colleagues")
    r"\b(?:protest(?:ing|ed|s)?|against|over|denounc\w*|condemn\w*|decr(?:y|ying|ied|ies))\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:arrests?|detentions?|detaining|jailing|imprisonment)\s+(?:of|by)\b|"
    r"\b(?:demand\w*|call\w* for|seek\w*|press\w* for|urg\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?release\s+of\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:detain\w*|arrest\w*|jailed|imprisoned|held)\b",
    re.I,
)


# one a gathering mourns, mourned whole ("a vigil ... for a journalist shot dead", "justice for a boy beaten to death")
_MOURNED = re.compile(
    r"\b(?:justice for|vigils? (?:[\w'-]+\s+){0,10}?for|in (?:memory|honou?r) of|to mourn|mourn(?:ing|ed)?)\s+"
    r"(?:[\w'-]+\s+){0,6}?(?:kill\w*|shot|beaten|murder\w*)(?: dead| to death)?\b",
    re.I,
)


def _in_grievance(sentence_text: str, at: int) -> bool:
    """The word at this offset is a death a gathering in the sentence mourns or protests."""
    if not GATHERING_WORDS.search(sentence_text):
        return False
    # (or what it protests: "protesting the death of a man shot by ...")
    spans = [m.span() for pattern in (_MOURNED, _GRIEVANCE) for m in pattern.finditer(sentence_text)]
    return any(a <= at < b for a, b in spans)


def _lethal(sentence_text: str) -> bool:
    """Deadly force told in the sentence, beside any death the gathering was about."""
    text = _RIOT_MUNITION_FIRED.sub(" ", _GRIEVANCE.sub(" ", _MOURNED.sub(" ", sentence_text)))
    return bool(_PROTEST_LETHAL.search(text))


# crowd-control gear: tear gas, water cannon, rubber and plastic rounds, stun grenades, sprays, sound cannons, batons
_RIOT_GEAR = (
    r"(?:tear[- ]?gas|teargas|pepper[- ]spray|water[- ]?cannons?|stun grenades?|rubber bullets|plastic bullets|"
    r"sound cannons?|batons)"
)
# crowd-control munitions fired: no gunfire ("tear gas was fired on a march", "fired tear gas at the crowd")
_RIOT_MUNITION_FIRED = re.compile(
    rf"\b{_RIOT_GEAR}(?: shells| canisters)? "
    r"(?:was |were |being |had been |have been )?fired (?:on|at|into)\b|"
    # ("policemen shot teargas to disperse ...", "fired volleys of tear gas")
    rf"\b(?:fired|fire|fires|firing|shot|shoots?|shooting)\s+(?:volleys of |rounds of |canisters of )?{_RIOT_GEAR}",
    re.I,
)


# what people detained were doing when it was a protest, in words other than "protest" ("stood with placards",
# "gathered peacefully", "chained themselves to the gates")
_PROTEST_CUES = re.compile(
    r"\b(?:placards?|banners?|(?:holding|with|carrying) (?:[\w'-]+ )?signs|slogans?|chant(?:ed|ing)|encampments?|"
    r"gather(?:ed|ing)s? peacefully|peaceful(?:ly)? (?:gather\w*|assembl\w*|occup\w*|block\w*|stand\w*|stood)|"
    r"(?:a|the) (?:peaceful )?gathering|chained themselves|glu(?:ed|ing) themselves|stood silently|"
    r"refused (?:to|an order to|orders to) (?:leave|move|disperse)|"
    r"(?:holding|held|carrying|with) (?:up )?(?:[\w'-]+ )?(?:candles|flowers|portraits|photographs|photos|pictures|signs)|"
    r"(?:hand|handing|handed|deliver\w*|submit\w*|receiv\w*|accept\w*|collect\w*) (?:a |their |the |its )?"
    r"petition|form(?:ed|ing)? a (?:human )?chain|list of demands|(?:sang|singing|sing) (?:hymns|songs|protest songs|"
    r"the national anthem|the anthem)|(?:walked|marched|stood|sat) in silence|"
    r"(?:sat|sitting) (?:down|in front)|(?:dressed|clad|wore|wearing) (?:in )?black|black (?:arm)?bands|(?:lay|laid|laying) flowers|(?:lit|lighting|light) candles|human chains?|"
    r"bang(?:ed|ing)? (?:on )?(?:pots|pans|saucepans|casseroles)|"
    r"(?:press|voic|air)(?:ed|ing|es)? (?:their |its |his |her )?(?:[\w-]+ )?(?:demands|grievances)|"
    r"(?:gather|assembl|converg)\w*\b[^.;]{0,60}\b(?:flags?|flowers|candles|(?:press )?statement|protest\w*|"
    r"demand\w*|slogans?))\b",
    re.I,
)
# a policy told as a fight: "the fight against cybercrime", "battling corruption"
_FIGHT_AGAINST_EVIL = re.compile(
    r"\b(?:fight\w*|battl\w*|combat\w*)\s+(?:against\s+)?(?:[\w-]+\s+){0,2}?(?:crime|cybercrime|corruption|"
    r"terrorism|drugs?|narcotics|trafficking|poverty|impunity|insecurity|extremism|radicali[sz]ation|disease|malaria|"
    r"covid(?:-19)?|fraud|piracy|smuggling|money laundering|inflation|climate change|hunger|illiteracy)\b",
    re.I,
)
# how people taken were taken: as hostages, away, from where they were, to where nobody knows
_TAKEN = re.compile(
    r"\b(?:hostages?|captives?|away|ransom|kidnap\w*|abduct\w*|unknown location|"
    r"with (?:them|him|her)|(?:not|never) (?:been )?"
    r"(?:seen|heard)|from (?:his|her|their|a|the) (?:home|homes|house|houses|car|vehicle|office|bed|village|"
    r"school|clinic|farm|shop|hostel|dormitor(?:y|ies))|by (?:unidentified |suspected )?(?:gunmen|armed men|"
    r"militants|rebels|insurgents|fighters|kidnappers|bandits|members of))\b",
    re.I,
)
# taken to be questioned: held by the police
_TO_THE_STATION = re.compile(
    r"\bto (?:the |a )?(?:[\w-]+ ){0,2}?(?:station|precinct|lock-?up|police post)\b|\bfor questioning\b", re.I
)
# a detention whose end nobody may know: ACLED's forced disappearance
_FATE_UNKNOWN = re.compile(
    r"\bwhereabouts (?:are |remain |is )?unknown|"
    r"(?:unable|no way|not been able) to (?:learn|find out|know|establish|trace) where|"
    r"(?:not|never|no one has) (?:been )?(?:seen|heard)\b[^.;]{0,20}\bsince|has not been heard from|"
    r"no (?:news|word|information) (?:of|on|about) (?:him|her|them|his|their)\b|"
    r"(?:remains?|still|are still|is still) missing|"
    r"(?:has|have) not (?:yet )?(?:appeared|been brought) (?:in|before) (?:any |a )?(?:court|judge)|"
    r"(?:held|kept|holding|keeping|hold|keep)(?: (?:him|her|them))? incommunicado|"
    r"\b(?:no|any) (?:information|idea|clue|word|news)\b[^.;]{0,25}?\bwhere\b|"
    r"\bnot (?:been )?(?:told|informed)\b[^.;]{0,25}?\bwhere\b|"
    r"(?:denied|deny|denies|not acknowledged|refused to acknowledge) (?:holding|detaining|arresting|having)\b",
    re.I,
)
# what is burnt or thrown for show, not to blow up: "petrol bomb", "smoke bomb", "paint bomb"
_NOT_BLASTING = frozenset(
    ["petrol", "molotov", "fire", "smoke", "stink", "paint", "water", "sound", "gasoline", "glitter"]
)


def _thrown_by_hand(bomb: Any) -> bool:
    """Whether a bomb is thrown ("hurled a crude bomb at the house", "a bomb was lobbed into the yard"): the codebook's
    grenade is any explosive thrown by hand."""
    if any(c.lower_ in _NOT_BLASTING for c in bomb.children if c.dep_ in ("amod", "compound")):
        return False
    verb = bomb.head
    if bomb.dep_ == "conj" and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "hurled stones and a bomb"
    if (
        bomb.dep_ in ("dobj", "nsubjpass", "conj")
        and verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in THROW_VERBS
    ):
        return True
    # the words around it where the parse went astray ("men on a motorbike hurled crude bombs at ...")
    sent = bomb.sent
    before = bomb.doc[max(sent.start, bomb.i - 4) : bomb.i].text
    after = bomb.doc[bomb.i + 1 : min(sent.end, bomb.i + 4)].text
    return bool(_THROWN_BEFORE.search(before) or _THROWN_AFTER.match(after))


_THROWN_BEFORE = re.compile(
    r"\b(?:hurl\w*|threw|throw\w*|lobb?\w*|toss\w*|flung|fling\w*)\b(?:(?!\b(?:at|into|on)\b)[^,;.])*$", re.I
)
_THROWN_AFTER = re.compile(
    # ("a bomb was lobbed into the yard"; a headline's "crude bombs flung at a meeting stage")
    r"(?:was|were|had been|have been|being)\s+(?:hurled|thrown|lobbed|tossed|flung)\b|"
    r"(?:hurled|thrown|lobbed|tossed|flung)\s+(?:at|into|on|onto)\b",
    re.I,
)


_FORCE_PICKETS = frozenset(
    ["police", "army", "military", "security", "paramilitary", "border", "crpf", "bsf", "rab"]
)
_GATHERING_NOUN = re.compile(r"rall(?:y|ies)|march(?:es)?|processions?|parades?|vigils?|walks?", re.I)
# a gathering stopped, told as an attack would be: "foiled a procession", "thwarted the opposition's rally"
_GATHERING_FOILED = re.compile(
    rf"(?:[\w'’-]+\s+){{0,4}}?(?:{GATHERING_WORDS.pattern}|\b(?:processions?|gheraos?|gatherings?)\b)", re.I
)
# people of another community or faith, as a crowd's victims ("burning houses belonging to a rival community")
_RIVAL_PEOPLE = re.compile(
    r"\b(?:rival|another|other|neighbou?ring|minority) (?:communit(?:y|ies)|clans?|tribes?|ethnic groups?|villages?|"
    r"caste|faith)\b",
    re.I,
)
# (where the state's own police take someone there, an arrest as ACLED codes it; where others do, an abduction)
_TO_NOWHERE_KNOWN = re.compile(
    r"\bto an? (?:unknown|undisclosed|secret) (?:location|destination|place)", re.I
)
# what a force fires on besides a protest's own words (GATHERING_WORDS)
_GATHERED_TOO = re.compile(r"\b(?:mourners|processions?|crowds?|gatherings?|petition\w*)\b", re.I)
_RIOT = re.compile(
    r"\b(?:(?<!phone )(?<!flaming )(?<!lit )torch(?!light|-lit|lit| rall| march| procession| parade| vigil)\w*|set fire|set ablaze|set (?:[\w'-]+ ){1,6}?(?:ablaze|alight|on fire)|burn\w*|stones?|ston(?:ed|ing)|rocks?|hurl\w*|threw|throw\w*|vandal\w*|loot\w*|"
    r"smash\w*|clash\w*|pelted|violent\w*(?! (?:repress|dispers|broken up|crush|suppress|crackdown|evict))|violence|(?<!cross the )(?<!police )(?<!at )(?<!at the )(?<!by )(?<!behind )barricad\w*|tyres|tires|ransack\w*|"
    r"storm\w*|rampag\w*|"
    r"petrol bombs?|molotov|damag\w*|destroy\w*|attack\w* (?:the )?(?:police|officers|security)|"
    # scuffles, forced entries, hostages, missiles and hurt officers: a demonstration's own violence
    r"scuffl\w*|brawl\w*|tussl\w*|skirmish\w*|forc\w+ (?:their|its|his|her) way|br(?:oke|eak\w*) (?:into|down|through)|"
    r"(?:tore|tear\w*|pull\w*|knock\w*) down (?:[\w'-]+ ){0,4}?(?:fences?|gates?|walls?|barriers?|section)|"
    r"push\w* (?:past|through)|overturn\w*|(?:held|holding|took|taking|taken) (?:[\w'-]+\s+){0,4}?hostage|"
    r"(?<!fired a )(?<!fired )(?<!firing )(?<!shot a )projectiles?|fireworks|firecrackers|bottles|"
    r"(?:injur(?:ing|ed)|wound(?:ing|ed)|hurt(?:ing)?|beating|beat up|assault(?:ed|ing)) "
    r"(?:(?!by\b|when\b|as\b|after\b|while\b)[\w'-]+\s+){0,3}?(?:police\w*|officers?|gendarmes?|soldiers)|"
    # battles fought with the police, things set on fire
    r"(?:running )?battl\w* (?:with )?(?:the )?(?:police|security|officers|troops)|"
    r"fought (?:with )?(?:the )?(?:police|security|officers|troops)|set (?:[\w'-]+\s+){1,4}?on fire|arson\w*|"
    r"wreck(?:ed|ing))\b",
    re.I,
)
# what a road is blocked with when the blocking is a riot's (the codebook's barricades and burning tyres)
_BLOCKING_MATERIAL = re.compile(
    r"\bwith (?:[\w'-]+\s+){0,4}?(?:logs|trunks|branches|boulders|debris|rubble|burning|bonfires|sandbags|"
    r"rocks|stones|tyres|tires|barricades|"
    r"vehicles|trucks|buses|containers)\b",
    re.I,
)
# the making of an agreement told as a noun ("the signing of a peace pact", "the conclusion of an accord")
_MAKING_NOUNS = frozenset(["signing", "conclusion", "ratification", "sealing", "initialling", "initialing"])
_AGREEMENT_VERBS = frozenset(
    [
        "agree",
        "sign",
        "ink",
        "declare",
        "announce",
        "reach",
        "broker",
        "accept",
        "consent",
        "conclude",
        "seal",
        "strike",
        "negotiate",
        "mediate",
        "extend",
        "renew",
        "approve",
        "ratify",
        "endorse",
        "finalize",
        "finalise",
        "initial",
        "clinch",
        "hammer",
        "establish",
        "secure",
        "implement",
        "commit",
        "settle",
        "begin",
        "start",
        "obtain",  # "obtained a commitment from both groups to stop fighting"
        "join",  # "two factions joined the national peace accord"
        "accede",
        "adhere",
    ]
)
# an exchange of prisoners or bodies is done, not signed: "carried out a swap", "completed an exchange"
_SWAP_NOUNS = frozenset(["exchange", "swap", "handover"])
_CARRY_OUT_VERBS = frozenset(["carry", "conduct", "complete", "hold", "stage", "make", "finish", "effect"])
# an exchange told by what it did or who saw to it: "the swap brought home 87 servicemen", "an exchange facilitated
# by the ICRC", "the swap, overseen by Qatar, freed 40 men"
_SWAP_DONE_VERBS = frozenset(["bring", "free", "return", "release", "involve", "include", "reunite", "see"])


def _took_place(verb: Any) -> bool:
    """Whether a verb says that its subject happened: "took place", "happened", "occurred"."""
    lemma = verb.lemma_.lower()
    return lemma in ("happen", "occur") or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )


_SWAP_MADE_VERBS = frozenset(
    ["facilitate", "oversee", "supervise", "arrange", "organise", "organize", "broker"]
)
# what is done under a deal is the deal carried out: "freed under a deal", "handed back under an exchange"
_DONE_UNDER_DEAL = frozenset(
    [
        "release",
        "free",
        "return",
        "hand",
        "exchange",
        "swap",
        "surrender",
        "withdraw",
        "lift",
        "reopen",
        "evacuate",
        "gather",
        "halt",
        "stop",
    ]
)
# "a truce ended months of fighting": an agreement that stopped the fighting is news
_HALTING_VERBS = frozenset(["end", "halt", "stop", "pause", "freeze"])
# fighting that breaks out or goes on: "fighting erupted", "heavy fighting raged"
_RAGING = frozenset(
    [
        "erupt",
        "break",
        "rage",
        "flare",
        "intensify",
        "escalate",
        "rock",
        "engulf",
        "spread",
        "resume",
    ]
)
_FIGHTING_NOUNS = frozenset(
    ["fighting", "hostility", "war", "clash", "violence", "conflict", "combat", "battle"]
)
# "took effect", "came into force", "entered into force": agreement verbs only with these words
_EFFECT_VERBS = frozenset(["take", "come", "enter", "go"])
_EFFECT_WORDS = frozenset(["effect", "force", "hold"])
# generic words for violence: they say that something happened, not what (merge with any violent incident)
GENERIC_TRIGGERS = frozenset(
    [
        "attack",
        "assault",
        "violence",
        "incident",
        "killing",
        "kill",
        "die",
        "wound",
        "injure",
        "target",
        "raid",
        "strike",
    ]
)
_BACKGROUND_ADVERBS = frozenset(
    [
        "repeatedly",
        "previously",
        "earlier",
        "frequently",
        "formerly",
        "already",
        "often",
        "before",
        "regularly",
    ]
)
_BACKGROUND_ADJECTIVES = frozenset(
    ["repeated", "previous", "earlier", "past", "former", "recurrent", "frequent", "widespread", "systematic"]
)
_POSSESSIVE_FORCES = re.compile(r"^(?:his|her|their|its|our)\b", re.I)


# what is triggered when a bomb goes off: "triggered explosives", "triggered his vest", "triggered a roadside bomb"
_CHARGE_SET_OFF = re.compile(
    r"(?:[\w'-]+\s+){0,3}?(?:explosives?|bombs?|devices?|ieds?|vests?|(?:land)?mines?|charges?|detonators?)\b",
    re.I,
)
# who holds a place now, told after it: "is again under the control of the loyalist forces"
_UNDER_CONTROL_OF = re.compile(
    r"\bunder (?:the )?(?:full |total |effective )?control of ([^.;,]{1,50})", re.I
)
# who is arrested for a crime, and who for politics
_CRIME_SUSPECTS = re.compile(
    r"\b(?:fraudsters?|swindlers?|scammers?|con(?:-| )?men|drug (?:dealers?|peddlers?|pushers?|lords?|mules?)|"
    r"peddlers?|robbers?|thie(?:f|ves)|burglars?|poachers?|pickpockets?|carjackers?|cyber ?criminals?|"
    r"counterfeiters?|bootleggers?|fake currency|cyber (?:fraud|crime))\b",
    re.I,
)
_POLITICAL_DETAINEES = re.compile(
    r"\b(?:activists?|opposition|journalists?|protesters?|demonstrators?|party|lawmakers?|politicians?|dissidents?|"
    r"critics?|bloggers?|union(?:ists)?|leaders?|students?)\b",
    re.I,
)
# a truce that fighting ended, not one a side called off
_ENDED_BY_FIGHTING = re.compile(
    r"\b(?:fighting|clashes|violence|attacks?|shelling|offensive|assault|bombing|raids?)\b[^.;]{0,30}?\bend(?:ed|s|ing)?\b",
    re.I,
)
# a network down for a fault is no measure against unrest
_TECHNICAL_FAULT = re.compile(
    r"\b(?:faults?|outages?|maintenance|glitch\w*|power cuts?|cables? (?:damage|cut|break)|storms?|floods?|"
    r"earthquakes?|unpaid bills?)\b|"
    # or the work of those who wrecked the masts: their destruction is the event ("destroyed a telecommunications
    # mast, cutting off mobile services")
    r"\b(?:destroy\w*|blew up|blown up|blow\w* up|torch\w*|set fire to|burn\w*|vandali[sz]\w*|sabotag\w*)\b[^.;]{0,60}?"
    r"\b(?:masts?|towers?|antennas?|antennae|cables?|base stations?|exchanges?)\b",
    re.I,
)


def _verb_in_noun_tag(tok: Any) -> bool:
    """A verb the tagger called a noun: a past form with a subject or an object ("the army retook the town")."""
    past = tok.lower_ in IRREGULAR_FORMS or (tok.lower_.endswith("ed") and tok.text.islower())
    # (an irregular past form never names a thing: "forces with SADC support retook Mucojo" parsed as a compound)
    irregular_compound = tok.lower_ in IRREGULAR_FORMS and tok.dep_ == "compound" and tok.text.islower()
    if tok.lower_ in _PAST_ONLY and tok.text.islower():
        return True  # "soldiers and VDP retook Nassoumbou" parsed as a noun with the town in apposition
    return past and (irregular_compound or any(c.dep_ in ("nsubj", "dobj") for c in tok.children))


# past forms that name nothing, whatever the tagger says
_PAST_ONLY = frozenset(["retook", "overran", "overtook", "recaptured", "withdrew", "fought", "stole", "slew"])


def _noun_in_verb_tag(tok: Any) -> bool:
    """A noun the tagger called a verb, standing where a noun stands ("an extension of the suspension of
    operations pact": "pact" the object of "of")."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and tok.tag_ in ("VBP", "VB")
    )


# a body that can change as an armed or political group: a group word, an armed noun, a force or unit
_ARMED_OR_POLITICAL = re.compile(
    "|".join(p.pattern for p in (GROUP_WORDS, POLITICAL_ARMED_NOUNS, MILITARY_TARGET_WORDS))
    + r"|\b(?:gangs?|cartels?|reservists|recruits|leadership)\b",
    re.I,
)


# who riot: people aggrieved, or a body of ordinary people ("vendors angered by the relocation order", "supporters
# of the cleric", "commuters left stranded by the ban")
_RIOT_DOERS = re.compile(
    r"\b(?:angr\w*|anger\w*|furious|incensed|outrag\w*|enrag\w*|agitat\w*|dissatisfied|protest\w*|demonstrat\w*|"
    r"supporters|youths?|young (?:men|people)|students|workers|traders|vendors|commuters|motorists|drivers|residents|"
    r"villagers|crowds?|rioters|mourners|fans|demanding|riders|motorcyclists|inhabitants|population|locals|"
    r"discontent\w*|irate|frustrat\w*)\b",
    re.I,
)


def _riot_doers(text: str) -> bool:
    """Rioters' acts are read where aggrieved or ordinary people are named and no armed group or force is."""
    return bool(_RIOT_DOERS.search(text)) and not re.search(
        rf"\b(?:{_NON_STATE_FORCES}|gunmen)\b", text, re.I
    )


_GATHERING_STOPPED = re.compile(
    r"\bordered (?:them|the crowd|the gathering|everyone|the [\w-]+) to (?:leave|disperse|go home|clear)\b|"
    r"\b(?:held|detained|arrested|seized|picked up) (?:[\w'-]+\s+){0,2}?(?:organi[sz]ers|conveners|leaders of the "
    r"(?:gathering|sit-in|march|protest))\b",
    re.I,
)


# people, not goods, taken in a raid ("raids ... took 43 people into custody")
# a vehicle or a bag that carried the charge
_EXPLOSIVES_CARRIED = re.compile(
    r"\b(?:loaded|laden|packed|rigged|filled|stuffed|fitted) with (?:[\w-]+ )?explosives?\b|"
    r"\bexplosives?-(?:laden|packed|rigged|filled|loaded)\b",
    re.I,
)
_RAIDED = re.compile(r"\b(?:raid\w*|storm\w*|broke into|burst into|forced (?:their|his) way into)\b", re.I)
_PEOPLE_TAKEN = re.compile(
    r"\b(?:custody|arrest\w*|detain\w*|hostages?|abduct\w*|kidnap\w*|captives?)\b|"
    # a person led off ("raided the teacher's house and took him to an undisclosed location")
    r"\b(?:took|taken|take|takes|taking|led|dragged|whisked|carried) (?:him|her|them)\b(?= (?:away|off|to|with))",
    re.I,
)


def _group_body(text: str) -> bool:
    """A body that can change as an armed or political group is named: by a group word or as a known group
    ("IPOB suspended its sit-at-home order")."""
    return bool(_ARMED_OR_POLITICAL.search(text)) or any(
        a.kind != "state" for a in actor_registry().find(text)
    )


# who keeps order for the state: rules it imposes are measures of the state, not a group's change
_STATE_RULERS = re.compile(
    r"\b(?:government|authorities|administration|ministry|minister|governor|prefect|police|army|military|junta|"
    r"state|council|mayor|president|cabinet|officials)\b",
    re.I,
)


# a movement's own name, capitalised and ending in a movement's word
_GROUP_NAME = re.compile(
    r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s+(?:Front|Movement|Militia|Alliance|Brigades?|Army)\b"
)


def _non_state_rules(text: str) -> bool:
    """A rule or a levy told where a non-state armed group is named and the state is not who imposed it."""
    groups = [a for a in actor_registry().find(text) if a.kind != "state"]
    named = (
        re.search(rf"\b(?:{_NON_STATE_FORCES}|gunmen|bandits?)\b", text, re.I)
        or groups
        or _GROUP_NAME.search(text)  # "the Kuki-Chin National Front has issued an order forbidding ..."
    )
    imposer = GROUP_RULES.search(text)
    before = text[: imposer.start()] if imposer else text
    for (
        a
    ) in groups:  # ("the Arakan Army has ordered residents to stay indoors": a group's name, not the state's)
        if a.span is not None:
            before = before.replace(a.span.text, " ")
    return bool(named) and not _STATE_RULERS.search(" ".join(before.split()[-8:]))


def _something_changed(text: str) -> bool:
    """A fight, a side leaving, "now" or "after": what makes ground held news."""
    return bool(
        _FIGHTING.search(text)
        or _LEFT.search(text)
        or re.search(
            r"\b(?:now|after|following|fled|retreated|rout(?:ed|ing)|overran|overpowered)\b", text, re.I
        )
    )


# phrases split by their object or told in many word orders, found over the sentence's text; the first word's
# clause is then read like any trigger's (a burning, a change of ground by whoever drove, a cut by whoever cut)
_PHRASE_CUES: tuple[tuple[re.Pattern[str], str, float, Callable[[str], bool]], ...] = (
    (SET_ON_FIRE, "Looting/property destruction", 0.4, lambda text: True),
    (CHARGED_GATHERING, "Protest with intervention", 0.6, lambda text: not LEGAL_CHARGE.search(text)),
    (DROVE_OUT, "Government regains territory", 0.5, lambda text: True),
    (FOUGHT_BACK_INTO, "Government regains territory", 0.6, lambda text: True),
    (BASE_MADE, "Headquarters or base established", 0.7, lambda text: True),
    (CAMP_PITCHED, "Headquarters or base established", 0.6, lambda text: True),
    # goods taken by armed men who hurt nobody (a killing raid is an attack; robbers with no armed body are crime)
    (
        BROKE_IN_AND_TOOK,
        "Looting/property destruction",
        0.6,
        lambda text: _group_body(text) and not _KILL.search(text) and not _PEOPLE_TAKEN.search(text),
    ),
    (
        PREVENTED_FROM,
        "Protest with intervention",
        0.55,
        lambda text: _FORCE.search(text) is not None and GATHERING_WORDS.search(text) is not None,
    ),
    # "combats opposed the contingent and the insurgents": a translated clash
    (FIGHTING_OPPOSED, "Armed clash", 0.7, lambda text: True),
    (ACCEPTED_OFFER, "Agreement", 0.55, lambda text: True),
    (SIDES_ACCEPTED, "Agreement", 0.5, lambda text: TWO_SIDES.search(text) is not None),
    (TERMS_SETTLED, "Agreement", 0.55, lambda text: True),
    (EACH_OTHER, "Armed clash", 0.7, lambda text: True),
    (FIRE_BETWEEN, "Armed clash", 0.7, lambda text: ARMED_SIDES.search(text) is not None),
    (BOMBS_RELEASED, "Air/drone strike", 0.7, lambda text: AIRCRAFT.search(text) is not None),
    (SHOT_INTO, "Attack", 0.5, lambda text: True),
    (GROUP_RULES, "Change to group/activity", 0.55, lambda text: _non_state_rules(text)),
    (BODY_BANNED, "Change to group/activity", 0.55, lambda text: True),
    (RECRUITS_TAKEN, "Change to group/activity", 0.55, lambda text: True),
    # a cut for a fault is no measure of the authorities
    (COMMS_CUT, "Other", 0.6, lambda text: not _TECHNICAL_FAULT.search(text)),
    (HANDED_TO, "Non-violent transfer of territory", 0.5, lambda text: True),
    # ground lost in a fight is no peaceful transfer
    (LEFT_THEN_ENTERED, "Non-violent transfer of territory", 0.5, lambda text: _handed_over(text)),
    (RESTRICTIONS, "Other", 0.55, lambda text: True),
    # a ban on motorbikes or a school closure is an event where insecurity is its reason
    (SECURITY_MEASURES, "Other", 0.5, lambda text: bool(SECURITY_REASON.search(text))),
    (BODIES_FOUND, "Other", 0.45, lambda text: True),
    (TAKEN_INTO_BUSH, "Abduction/forced disappearance", 0.6, lambda text: True),
    (INTO_VEHICLE, "Abduction/forced disappearance", 0.4, lambda text: True),
    (VEHICLE_INTO_PEOPLE, "Attack", 0.45, lambda text: _FORCE.search(text) is not None),
    (RIOT_ACTS, "Violent demonstration", 0.5, lambda text: _riot_doers(text)),
    (
        PROTEST_BLOCKED,
        "Protest with intervention",
        0.55,
        lambda text: _FORCE.search(text) is not None,
    ),
    (FOILED_BLAST, "Disrupted weapons use", 0.85, lambda text: True),
    (SHUTDOWN_OBSERVED, "Peaceful protest", 0.5, lambda text: True),
    (PROTEST_PROCESSION, "Peaceful protest", 0.5, lambda text: True),
    # (a truce ended by fighting is broken, not called off: "renewed fighting ended the truce")
    (TRUCE_ENDED, "Change to group/activity", 0.55, lambda text: not _ENDED_BY_FIGHTING.search(text)),
    (RESTORED_CONTROL, "Government regains territory", 0.6, lambda text: True),
    (DRIVEN_OUT, "Government regains territory", 0.55, lambda text: True),
    (NOW_IN_CONTROL, "Non-state actor overtakes territory", 0.5, lambda text: _something_changed(text)),
    # "the singer switched her allegiance": no armed or political body changed
    (
        GROUP_CHANGE,
        "Change to group/activity",
        0.55,
        # (an emir or a katiba is an armed group's, and a list of proscribed organisations lists groups, whatever
        # else the text names)
        lambda text: (
            _group_body(text)
            or bool(re.search(r"\b(?:emir|amir|wali|katiba|organi[sz]ations|outfits?)\b", text, re.I))
        ),
    ),
)
# a gathering's purpose as a rally in support: "to express support for", "in solidarity with", "at the call of"
_RALLIED_SUPPORT = re.compile(
    r"\bto (?:express|show|voice|declare|demonstrate) (?:their |its |his |her )?(?:support|solidarity)\b|"
    r"\bin (?:support of|solidarity with)\b|\bat the call of\b",
    re.I,
)
# who are demonstrating by their very name (matched against lower-cased words)
_PROTEST_PEOPLE = re.compile(r"protest[eo]rs|demonstrators|marchers|picketers|strikers")
_STATUS_PARTICIPLES = frozenset(["proscribe", "designate", "elect", "select", "ban", "appoint", "name"])
# what a bomb noun heads when it names no blast ("bomb squad"), what makes a bomb an aircraft's, and what is struck
# when a deal is ("struck a deal")
# what makes "seizures" a body's fits
_SYMPTOMS = re.compile(
    r"\b(?:vomit\w*|convulsions?|nausea|dizziness|headaches?|epilep\w*|symptoms?|breathing difficult\w*|"
    r"suffered|suffering|fainting|fainted)\b",
    re.I,
)
# words around "shooting" that make it a camera's or a sport's
_SHOOTING_NOT_FIRE = frozenset(
    "film film's movie movie's video photo photo's fashion range practice competition championship club star "
    "season schedule stars sport clay skeet".split()
)
# what "assault" names as a kind of: arms and craft ("assault rifles", "an assault boat")
_ASSAULT_ARMS = frozenset("rifle rifles weapon weapons gun guns boat boats craft".split())
_BOMB_WORK = frozenset(
    "squad disposal threat scare hoax maker making factory workshop expert technician unit detector "
    "shelter".split()
)
_AERIAL_BOMBS = frozenset("aerial guided glide air-dropped cluster barrel napalm incendiary".split())
_STRUCK_BARGAINS = frozenset(
    "deal agreement accord bargain pact compromise truce balance chord note tone".split()
)


def _struck_from_the_air(noun: Any) -> bool:
    """'the air force carried out raids on ...', 'helicopters conducted strikes': raids flown by aircraft."""
    if noun.dep_ == "nsubj":
        # "the strike on the compound came from unidentified aircraft"
        return any(
            c.dep_ == "prep"
            and c.lower_ == "from"
            and _AIR_SUBJECT.search(" ".join(t.text for t in c.subtree))
            for c in noun.head.children
        )
    verb = noun.head if noun.dep_ == "dobj" else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subj is not None and bool(_AIR_SUBJECT.search(" ".join(t.text for t in subj.subtree)))


_HELD_PARTICIPLES = frozenset(["capture", "detain", "arrest", "abduct", "kidnap", "jail", "imprison"])
_FREEING = frozenset(["free", "release", "exchange", "swap", "hand", "repatriate", "return", "pardon"])
_HOMECOMING = frozenset(["return", "arrive", "come"])


def _freed(noun: Any) -> bool:
    """The noun is what a release, an exchange or a handover acts on."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _HOMECOMING:
        return True  # "captured servicemen returned home": the captives come back
    head = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if head is not None and head.dep_ == "prep":
        head = head.head  # "the exchange of captured soldiers"
    return head is not None and head.lemma_.lower() in _FREEING


_MUNITION_NOUNS = frozenset(["shell", "grenade", "bullet", "round", "canister", "shelling"])
_RIOT_MUNITION = re.compile(
    r"\b(?:tear[- ]?gas|teargas|smoke|stun|rubber|pepper|paint|flash|sound|plastic)\s*$", re.I
)


# words that tell only what a weapon did ("wounded by a landmine", "a device went off, wounding three"): an event
# where a weapon of war is named, none otherwise
_WEAPON_EFFECTS = frozenset(["wound", "injure", "go off"])
# the words that are auxiliaries; the small tagger now and then calls a gerund one ("Ukrainian shelling damaged")
_AUXILIARIES = frozenset(
    "be am is are was were been being have has had having do does did doing will would shall should can could may "
    "might must ought 's 're 've 'd 'll 'm ca wo".split()
)


def _mistagged_auxiliary(tok: Any) -> bool:
    return bool(tok.pos_ == "AUX" and tok.lower_ not in _AUXILIARIES and tok.lower_.endswith("ing"))


def _fighting_told(tok: Any) -> bool:
    """Fighting as the incident: "fighting erupted", "heavy fighting raged", "troops engaged in fighting"."""
    if tok.dep_ == "nsubj":
        return _lemma(tok.head) in _RAGING
    return _engaged_in(tok)


def _engaged_in(tok: Any) -> bool:
    return bool(
        tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and tok.head.head.lemma_.lower() == "engage"
        and _told_in_past(tok.head.head)
    )


_PROPERTY = "Looting/property destruction"
# control taken back (from a crowd: see _refine)
_CONTROL_REGAINED = re.compile(
    r"\b(?:regain\w*|restor\w*|re-?establish\w*|retook|retake\w*|took back|taken back) (?:full |complete |total )?"
    r"(?:control|order)\b",
    re.I,
)
# forcing people back: ground regained from fighters, a stop put to protesters
_PUSHING_BACK = frozenset(
    ["push back", "drive back", "beat back", "repel", "repulse", "drive off", "chase away"]
)


# entering ground, told in verbs of movement: taken back only where it was held or fought for (see _refine)
_ENTERING = frozenset(
    [
        "enter",
        "march into",
        "march back into",
        "move back into",
        "roll into",
        "sweep into",
        "walk into",
        "drive into",
        "reach",
    ]
)
_CONTEXT_ONLY = frozenset(["clear", "storm", "set off", "trigger", "crash into", "open up", *_ENTERING])
# ground "taken": a town, a locality, a base (not "took the road to Gao", nor people)
_TAKEN_GROUND = re.compile(
    r"^(?:the |a |an |its |their |two |three |several )?(?:[\w'-]+ ){0,3}?(?:towns?|villages?|cit(?:y|ies)|"
    r"localit(?:y|ies)|districts?|bases?|camps?|barracks|garrisons?|outposts?|posts?|positions?|hills?|"
    r"strongholds?|headquarters|airport|areas?|settlements?|neighbou?rhoods?|(?:police )?stations?|checkpoints?)\b",
    re.I,
)
# the police told by the words for its people: "officers moved in, carrying the protesters into vans"
_POLICE_SUBJECT = re.compile(r"\b(?:police\w*|officers|constables|gendarmes|troopers)\b", re.I)
# verbs of putting people into a vehicle: taken, where a vehicle is named ("forced into a van", "carried the
# protesters into waiting vans")
_INTO_VEHICLE_VERBS = frozenset(
    "force bundle carry drag haul shove push load throw hustle frogmarch put".split()
)
_TAKING_AWAY = frozenset(
    [
        "force",
        "bundle",
        "take",
        "take away",
        "carry away",
        "carry off",
        "snatch",
        "whisk away",
        "lead away",
        "drag away",
        *_INTO_VEHICLE_VERBS,
    ]
)
_PEOPLE_HEAD = re.compile(rf"(?:{PEOPLE_NOUNS}|hundreds|thousands|dozens|scores)", re.I)
_RIOT_FORCE_NOUNS = frozenset(
    "police policemen officers gear squad squads unit units control shields vans".split()
)
_EXECUTIONS = frozenset(["kill", "execute", "murder", "behead", "torture"])
_CAPTURES = frozenset(["Arrests", "Abduction/forced disappearance"])
# what is done to captives that makes the incident's kind: "abducted and raped women", "detained and killed"
_HARMING_CAPTIVES = _EXECUTIONS | {"rape", "shoot"}
# people taken and then shot or killed: the captives were unarmed ("rounded up men and shot them in the street")
# the raid's toll told as people killed ("raided two villages, killing eleven residents as they slept", "leaving 18
# civilians dead"): an attack on them, not fighting over the place
_CIVILIANS_LEFT_DEAD = re.compile(
    r"\b(?:killing|leaving|slaughtering|massacring|murdering|hacking)\s+(?:at least |some |about |more than |over )?"
    r"(?:[\w-]+\s+){0,2}?(?:residents|villagers|civilians|worshippers|farmers|displaced people|women|children|"
    r"mourners|herders|fishermen|passengers|traders|family members)\b",
    re.I,
)
_CAPTIVES_KILLED = re.compile(
    r"\b(?:rounded up|round(?:ing|s)? up|seized|abducted|detained|captured|dragged out)\b[^.;]{0,80}?\b(?:and|before|then)"
    r" (?:later |then )?(?:shot|killed|executed|murdered)\b",
    re.I,
)


def _conj_linked(a: Any, b: Any) -> bool:
    return bool((a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a))


def _killed_in_captivity(tok: Any, found: list[tuple[int, int, str, float]], doc: Any) -> bool:
    """A killing joined to an arrest or an abduction ("detained and later killed an officer"): no effect of it."""
    return _lemma(tok) in _EXECUTIONS and any(
        sub in _CAPTURES and _conj_linked(doc[i], tok) for i, _, sub, _ in found
    )


def _by_a_number(tok: Any) -> bool:
    """A number stands right before or after the word ("12 March", "March 2024")."""
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].like_num for j in (tok.i - 1, tok.i + 1))


def _act_of(doc: Any, people: re.Pattern[str]) -> int | None:
    """The verb whose subject is a body of people the pattern names (not a verb of speech)."""
    for tok in doc:
        head = tok.head
        if (
            tok.dep_ == "nsubj"
            and any(people.fullmatch(w.lower_) for w in _who(tok))
            and head.pos_ == "VERB"
            and _lemma(head) not in SPEECH_VERBS
        ):
            return int(head.i)
    return None


_COUNT_WORDS = frozenset("hundreds thousands dozens scores tens groups group crowds crowd band bands".split())


def _who(subj: Any) -> list[Any]:
    """The word naming who the subject is, and for "hundreds of demonstrators" or "a group of miners" the people
    counted too."""
    out = [subj]
    if subj.lower_ in _COUNT_WORDS:
        out += [
            g
            for c in subj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return out


def _describing_clause(tok: Any) -> int:
    """The verb of the clause describing a noun that the token is in ("the boy, who was hit by a police vehicle",
    "a man killed by a hit-and-run truck"), or -1: what happened to someone named in passing."""
    cur = tok
    for _ in range(6):
        if cur.pos_ == "VERB" and cur.dep_ in ("pcomp", "xcomp"):
            cur = cur.head  # what a describing verb says: "two men accused of murdering a driver"
            continue
        if cur.pos_ == "VERB" and cur.dep_ not in ("amod", "nmod", "compound"):  # not "a hit-and-run truck"
            # (or what someone is accused of: "..., accusing the rebels of shooting men")
            return cur.i if cur.dep_ in ("relcl", "acl") or _lemma(cur) in ALLEGE_VERBS else -1
        if cur.head is cur:
            return -1
        cur = cur.head
    return -1


# what an arrest may be the power, warrant or order of, with no one arrested
_ARREST_PAPERS = frozenset(["power", "warrant", "order", "right", "authority"])
# what is done with a warrant that arrests someone ("served an arrest warrant on the officer")
_WARRANT_SERVED = frozenset(["serve", "execute", "enforce"])
# phrasal verbs whose hyphenated form is a thing, not the act
_HYPHENATED_NOUNS = frozenset(["pick up"])
_IN_A_SERIES = frozenset("second third fourth fifth sixth latest another".split())


_DIGEST_WORDS = frozenset(
    "weekly daily monthly news security press media analysts morning evening ' 's".split()
)


def _digest(lowers: list[str], lemmas: list[str], i: int, j: int) -> bool:
    """A "round-up" that is a digest of the news ("the weekly round-up", "the analysts' round-up notes"), not
    people rounded up (who are told with "of": "the round-up of 40 activists")."""
    if j < len(lowers) and lowers[j] == "of":
        return False
    told = j < len(lemmas) and lemmas[j] in SPEECH_VERBS | {"note", "show", "record"}
    return told or any(w in _DIGEST_WORDS for w in lowers[max(i - 3, 0) : i])


def _triggers(doc: Any) -> list[tuple[int, int, str, float]]:
    """(first token index, last token index + 1, sub_event_type, confidence) for each trigger in a parsed sentence."""
    found: list[tuple[int, int, str, float]] = []
    used: set[int] = set()
    text = doc.text  # (a Doc joins its tokens' text at every call: read it once)
    lowers = [t.lower_ for t in doc]
    lemmas = [_lemma(t) for t in doc]
    # a span's text is its tokens' text with the whitespace between them (spaCy's Span.text, without the spans)
    texts = [t.text.lower() for t in doc]
    with_ws = [t.text_with_ws.lower() for t in doc]
    for n in (5, 4, 3, 2):
        for i in range(len(doc) - n + 1):
            surface = "".join(with_ws[i : i + n - 1]) + texts[i + n - 1]
            for words in (surface, surface.replace("-", " "), " ".join(lemmas[i : i + n])):
                if words in _HYPHENATED_NOUNS and "-" in surface:
                    continue  # "a pick-up truck"
                if "-" in surface and surface.startswith("round") and _digest(lowers, lemmas, i, i + n):
                    continue  # "the weekly round-up said": a digest of the news, no one rounded up
                if words in _MULTI and not used.intersection(range(i, i + n)):
                    if (
                        lemmas[i] == "take"
                        and lowers[i + n - 1] == "over"
                        and i + n < len(doc)
                        and doc[i + n].like_num
                    ):
                        continue  # "took over two dozen people into custody": "over" is "more than"
                    sub, conf = _MULTI[words]
                    found.append((i, i + n, sub, conf))
                    used.update(range(i, i + n))
    for pattern, sub, conf, applies in _PHRASE_CUES:
        matches = list(pattern.finditer(text))
        if not matches or not applies(text):
            continue
        for m in matches:
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and not used.intersection(range(span.start, span.end)):
                first = span.start
                if doc[first].lower_ == "before":
                    # "overpowered ... before he could detonate it": the verb the clause is told against
                    verb = doc[first].head
                    first = verb.head.i if verb.dep_ == "advcl" else first
                elif doc[first].lower_ == "by" and doc[span.end - 1].pos_ == "VERB":
                    # "by evening controlled the town centre": the verb, with its subject
                    first = span.end - 1
                elif pattern is CAMP_PITCHED or pattern is DRIVEN_OUT:
                    # "JNIM fighters ... put up tents": the verb, not the men who did it, carries the clause
                    first = next((t.i for t in span[1:] if t.pos_ == "VERB"), first)
                elif pattern is BODY_BANNED and any(c.dep_ == "auxpass" for c in doc[span.end - 1].children):
                    # "the League's activities have been banned": the passive verb, not the body, carries it
                    first = span.end - 1
                found.append((first, first + 1, sub, conf))  # the phrase's verb carries the clause
                used.update(range(span.start, span.end))
    for i, tok in enumerate(doc):
        if i in used or tok.pos_ != "VERB":
            continue
        for child in tok.children:
            hit = _VERB_OBJECT.get((lemmas[i], lemmas[child.i])) if child.dep_ == "dobj" else None
            if hit is not None and child.i not in used:
                found.append((i, i + 1, *hit))
                used.update((i, child.i))
                break
    for i, tok in enumerate(doc):
        if i in used or (tok.pos_ not in ("VERB", "NOUN", "PROPN") and not _mistagged_auxiliary(tok)):
            continue
        for key in (lemmas[i], lowers[i]):
            if key in _SINGLE:
                if (
                    key in VERB_ONLY
                    and tok.pos_ != "VERB"
                    and not _verb_in_noun_tag(tok)
                    and not (key in _SWAP_NOUNS and CAPTIVE_WORDS.search(text))
                    # "announced the recapture of the locality": ground taken back, told as a noun
                    and not (
                        key == "recapture"
                        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
                    )
                ):
                    break  # (an exchange or swap of captives is one as a noun too)
                if key in NOUN_ONLY and tok.pos_ not in ("NOUN", "PROPN") and not _noun_in_verb_tag(tok):
                    break
                if key in _STATUS_PARTICIPLES and tok.dep_ == "amod":
                    break  # "the proscribed group", "a designated terrorist group": a status, not a new act
                if key == "arrest" and (
                    (
                        tok.dep_ == "compound"
                        and tok.head.lemma_.lower() in _ARREST_PAPERS
                        and tok.head.head.lemma_.lower() not in _WARRANT_SERVED
                    )
                    or (
                        tok.dep_ == "pobj"
                        and tok.head.lower_ in ("of", "for")
                        and tok.head.head.lemma_.lower() in _ARREST_PAPERS
                    )
                ):
                    break  # "sweeping powers of arrest", "issued an arrest warrant": no one held (one served holds him)
                if key == "combat" and tok.dep_ in ("compound", "amod"):
                    break  # "combat aircraft", "combat drones": a kind of weapon or unit, no fight told
                if (
                    key == "torch"
                    and tok.pos_ != "VERB"
                    and (
                        tok.dep_ in ("dobj", "pobj")
                        or any(c.lower_ in ("flaming", "phone", "lit") for c in tok.children)
                    )
                ):
                    break  # "holding up their phone torches", "carrying flaming torches": lights, no burning
                if key == "beating" and tok.dep_ == "dobj" and lemmas[tok.head.i] == "take":
                    break  # "the peso took a beating": a figure of speech
                if key == "wound" and lemmas[i] == "wind":
                    break  # "the motorcade wound its way along the ring road"
                if key == "march" and tok.text == "March" and (tok.ent_type_ == "DATE" or _by_a_number(tok)):
                    break  # "on 12 March 2024": the month
                if key == "fighting" and tok.pos_ != "VERB" and not _fighting_told(tok):
                    break  # "fighting erupted" is news; "after days of fighting" is context
                if key in _HELD_PARTICIPLES and tok.dep_ == "amod" and _freed(tok.head):
                    break  # "freed 100 detained rebels": the captives' state, the release is the news
                if key == "riot" and (
                    tok.dep_ in ("compound", "amod")
                    or "anti" in lowers[max(i - 2, 0) : i]
                    or (
                        i + 1 < len(doc) and lowers[i + 1] in _RIOT_FORCE_NOUNS
                    )  # misparsed "Baghdad riot police"
                ):
                    break  # "riot police", "riot gear", "anti-riot unit": the force, not a riot
                if key == "seizure" and _SYMPTOMS.search(text):
                    break  # "suffered vomiting, seizures and eye injuries": fits, not arms taken
                if key == "execution" and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
                ):
                    break  # "the execution of a gatherer" is a killing told; "extrajudicial executions" a practice
                if key == "shooting" and (
                    (i + 1 < len(doc) and lowers[i + 1] in _SHOOTING_NOT_FIRE)
                    or any(w in _SHOOTING_NOT_FIRE for w in lowers[max(i - 3, 0) : i])
                ):
                    break  # "the film's shooting", "a shooting range": a camera or a sport, not gunfire
                if key == "assault" and i + 1 < len(doc) and lowers[i + 1] in _ASSAULT_ARMS:
                    break  # "fighters with machetes and assault rifles": a weapon, not an assault
                if key == "rampage" and tok.dep_ in ("amod", "compound"):
                    break  # "rampaging soldiers killed three": what the men did is the event
                if key == "picket" and tok.pos_ != "VERB" and i and lowers[i - 1] in _FORCE_PICKETS:
                    break  # "a police picket", "an army picket": a post of the forces, no strike
                if (
                    key == "torch"
                    and tok.pos_ != "VERB"
                    and tok.dep_ in ("compound", "amod", "nmod")
                    and _GATHERING_NOUN.fullmatch(tok.head.lower_)
                ):
                    break  # "a torch rally", "a torch march": flames carried, nothing burned
                if key in _MUNITION_NOUNS and i and _RIOT_MUNITION.search(doc[max(i - 3, 0) : i].text):
                    break  # "tear gas shells", "stun grenades": riot control, not artillery or a grenade attack
                if key == "bomb" and tok.pos_ in ("NOUN", "PROPN"):
                    # the device, not the verb of aircraft: "a bomb went off", "a bomb attack on a bus" are
                    # explosions; "the bomb squad", "a bomb-making workshop" are no event
                    if tok.dep_ in ("compound", "amod", "npadvmod") and (
                        tok.head.lemma_.lower() in _BOMB_WORK or tok.nbor(1).lower_ == "-"
                    ):
                        break
                    aerial = any(
                        c.lower_ in _AERIAL_BOMBS for c in tok.children if c.dep_ in ("amod", "compound")
                    )
                    if _thrown_by_hand(tok):
                        found.append((i, i + 1, "Grenade", 0.7))  # "hurled a crude bomb at the house"
                    else:
                        found.append(
                            (i, i + 1, "Air/drone strike" if aerial else "Remote explosive/landmine/IED", 0.4)
                        )
                    used.add(i)
                    break
                if key == "strike" and (
                    any(
                        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _STRUCK_BARGAINS
                        for c in tok.children
                    )
                    or (
                        tok.dep_ in ("acl", "compound", "amod")
                        and tok.head.lemma_.lower() in _STRUCK_BARGAINS
                    )
                ):
                    # "struck a deal", "a deal struck with the governor", a headline's "elders strike release
                    # deal": a bargain, not a blow
                    break
                if key == "strike" and any(
                    c.dep_ == "agent" and any(_VEHICLES.fullmatch(g.text) for g in c.children)
                    for c in tok.children
                ):
                    break  # "struck by a customs vehicle": a road accident, not a blow (a police car's is read apart)
                if key == "strike" and LABOUR_STRIKE.search(text):
                    # workers on strike: a peaceful protest where it happened (a threat to strike is irrealis)
                    found.append((i, i + 1, "Peaceful protest", 0.4))
                    used.add(i)
                    break
                if (
                    key in NEEDS_WEAPON_WORD
                    and tok.pos_ != "VERB"
                    and not any(
                        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _WEAPON_WORDS
                        for c in tok.children
                    )
                ):
                    if key in NEEDS_WEAPON_WORD and _struck_from_the_air(tok):
                        found.append((i, i + 1, "Air/drone strike", 0.8))
                        used.add(i)
                    break
                sub, conf = _SINGLE[key]
                found.append((i, i + 1, sub, conf))
                used.add(i)
                break
    # verbs typed only by what is around them ("the strike entered its fourth day") leave room for the fallbacks,
    # and so do the deaths a gathering is about ("demanding justice for a hawker killed by a matatu")
    grieved = [(m.start(), m.end()) for m in _GRIEVANCE.finditer(text)]

    def context_only(f: tuple[int, int, str, float]) -> bool:
        if " ".join(lemmas[f[0] : f[1]]) in _CONTEXT_ONLY:
            return True
        at = doc[f[0]].idx
        return any(a <= at < b for a, b in grieved)

    if all(context_only(f) for f in found):  # only where no trigger of the lexicon is found
        for m in DEMAND_ACT.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                found.append(
                    (span.start, span.end, "Peaceful protest", 0.3)
                )  # who did it decides: see _refine
                break
    if all(context_only(f) for f in found):
        # what demonstrators did is their demonstration ("the marchers moved from the university to the
        # commission"); where the sentence tells of placards, banners, slogans or candles, so is what any body of
        # people did ("pensioners stood outside the administration with placards")
        act = _act_of(doc, _PROTEST_PEOPLE)
        if act is None and _PROTEST_CUES.search(text):
            act = _act_of(doc, _PEOPLE_HEAD)
        if act is not None:
            found.append((act, act + 1, "Peaceful protest", 0.3))
    # "shelled the town, killing seven": the killing is the shelling's effect, not an event of its own (a word
    # that changes a group only with the right words around it, "the coalition", or a theft, which is an act only
    # by armed men, displaces no effect: "killed a man they suspected of stealing a goat"); a blow told in a
    # clause about someone named in passing has no effects outside that clause ("residents, angry at the death of
    # a boy who was hit by a police car, burned the station")
    effects = [
        j - i == 1
        and (lemmas[i] in EFFECTS or (lemmas[i] == "set" and sub == "Looting/property destruction"))
        and sub != "Violent demonstration"  # rioters' acts ("burning tyres") are read for what they are
        for i, j, sub, _ in found
    ]  # ("setting homes ablaze" is a burning)
    displacing = {
        (_describing_clause(doc[i]), sub)
        for (i, j, sub, _), effect in zip(found, effects, strict=True)
        if not effect
        # a grievance is no act of this sentence ("youths furious over the killing of a trader torched a post")
        and not _protested_against(doc[i])
        and " ".join(lemmas[i:j]) not in _DISPLACE_NO_EFFECT
        and sub not in _NO_EFFECT_TYPES
        # (homes burned while people were killed: the killing is the incident, the burning part of it)
        and sub != _PROPERTY
        and " ".join(lemmas[i:j]) not in _WEAPON_EFFECTS
        # "the second attack on farmers there in a month": the incident counted in a series, not its cause
        and not (
            doc[i].pos_ == "NOUN"
            and any(c.dep_ == "amod" and c.lower_ in _IN_A_SERIES for c in doc[i].children)
        )
    }
    if displacing:
        found = [
            f
            for f, effect in zip(found, effects, strict=True)
            if not effect
            or not {
                clause
                for clause, sub in displacing
                # a dispersal or an arrest burns nothing ("sacked the office, burning its files, before being
                # dispersed"): a burning beside one is an act of its own
                if f[2] != _PROPERTY or sub not in ("Protest with intervention", "Arrests")
            }
            & {-1, _describing_clause(doc[f[0]])}
            or _killed_in_captivity(doc[f[0]], found, doc)
        ]
    killings = [doc[i] for i, j, sub, _ in found if j - i == 1 and lemmas[i] in _HARMING_CAPTIVES]
    if killings:
        # "rounded up 30 men and executed them", "abducted and later killed an officer", "executed civilians
        # arrested during an operation": the captives' killing is the incident
        found = [
            f
            for f in found
            if not (
                f[2] in _CAPTURES
                and any(doc[f[0]] in k.subtree or _conj_linked(doc[f[0]], k) for k in killings)
            )
        ]
    acts = [f for f in found if not _protested_against(doc[f[0]])]
    killed = any(lemmas[f[0]] in ("kill", "killing") and f[1] - f[0] == 1 for f in acts)
    violent = any(taxonomy.event_type_of(f[2]) in taxonomy.VIOLENT_TYPES and f[2] != _PROPERTY for f in acts)
    if killed or violent:
        # "killed nine villagers, setting their homes ablaze", "opened fire on worshippers, killing 17, then set
        # fire to shops": the burning is part of the killing
        found = [
            f
            for f in found
            if not (
                f[2] == _PROPERTY
                and lemmas[f[0]] in ("burn", "set", "torch")
                and (
                    (killed and f[1] - f[0] == 1)
                    # (a killing told before it, not one describing someone: "the body of a man killed by a truck")
                    or any(
                        lemmas[k] in ("kill", "killing")
                        and _describing_clause(doc[k]) == -1
                        and not _protested_against(doc[k])
                        for k in range(f[0])
                    )
                )
            )
        ]
    return sorted(found)


def _lemma(tok: Any) -> str:
    return IRREGULAR_FORMS.get(tok.lower_) or str(tok.lemma_).lower()


def _trigger_lemma(doc: Any, i: int, j: int) -> str:
    """The lexicon key a trigger was found by: its words' lemmas, or a verb with its object ("trade fire")."""
    lemma = " ".join(_lemma(t) for t in doc[i:j])
    if j - i == 1:
        for child in doc[i].children:
            if child.dep_ == "dobj" and (lemma, _lemma(child)) in _VERB_OBJECT:
                return f"{lemma} {_lemma(child)}"
    return lemma


_ANTECEDENT = frozenset(["after", "following"])
# verbs that deliver a substance: with a toxic one named, a chemical weapon's use
_DELIVERING = frozenset(["use", "employ", "release", "spray", "drop", "fire", "launch", "deploy"])
# guns or force turned on people ("used live ammunition against the crowd", "employed excessive force on students")
# riot-control gear used on a crowd, in either voice ("used water cannon on demonstrators", "water cannon was used
# against the marchers")
_RIOT_GEAR_USED = re.compile(
    rf"\b(?:us|employ|turn)\w*\s+(?:[\w-]+\s+){{0,2}}?{_RIOT_GEAR}\s+(?:[\w'-]+\s+){{0,2}}?(?:against|on|at)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?{CROWD_WORDS.pattern}|"
    rf"\b{_RIOT_GEAR}\s+(?:was|were|had been|has been|being)?\s*(?:used|turned|employed)\s+(?:against|on)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?{CROWD_WORDS.pattern}|"
    # ("used stun grenades and rubber bullets to scatter residents who had gathered")
    rf"\b(?:us|employ)\w*\s+(?:[\w-]+\s+){{0,2}}?{_RIOT_GEAR}(?:,?\s+(?:and\s+)?(?:[\w-]+\s+){{0,1}}?{_RIOT_GEAR})*\s+"
    r"to\s+(?:disperse|scatter|break up|push back|drive back|chase away|repel)\b",
    re.I,
)
_USED_ON_PEOPLE = re.compile(
    r"\b(?:us|employ)\w*\s+(?:[\w-]+\s+){0,3}?(?:live (?:ammunition|rounds|fire|bullets)|bullets|firearms|guns|"
    r"(?:lethal|deadly|excessive|brute) force|force)\s+(?:[\w'-]+\s+){0,3}?(?:against|on|to disperse)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{_PERSONS.pattern}|{CROWD_WORDS.pattern})",
    re.I,
)


def _trigger_token(doc: Any, i: int, j: int) -> Any:
    """The token that carries a trigger's clause: a phrase's head noun ("cessation of hostilities"), else its verb."""
    tok = doc[j - 1] if j - i > 1 and doc[j - 1].pos_ == "NOUN" else doc[i]
    if j - i > 2 and doc[i:j].root.pos_ == "NOUN":
        tok = doc[i:j].root
    return tok


def _taken_out_of_use(doc: Any, triggers: list[tuple[int, int, str, float]]) -> set[int]:
    """Token indices inside what a trigger took out of use: the object of a disarming verb ("defused", "shot
    down", "foiled"), or of a finding or seizing one where it names weapons ("recovered materials for making
    bombs")."""
    out: set[int] = set()
    for i, j, _, _ in triggers:
        lemma = _trigger_lemma(doc, i, j)
        if lemma not in _TAKING_OUT_OF_USE:
            continue
        for child in doc[i].children:
            # (a clause after "made safe" is its object misparsed: "made safe a pipe bomb left outside a house")
            if child.dep_ not in ("dobj", "nsubjpass") and not (child.dep_ == "ccomp" and j - i > 1):
                continue
            words = {t.i for t in child.subtree}
            text = doc[min(words) : max(words) + 1].text
            if lemma in _DISRUPTING or WEAPON_OBJECT_WORDS.search(text):
                out |= words
    return out


def _told_as_antecedent(tok: Any) -> bool:
    """Inside an "after ..." or "following ..." phrase or clause: what led to the sentence's own news."""
    cur = tok
    for _ in range(6):
        if cur.lower_ in _ANTECEDENT and cur.dep_ in ("prep", "advcl", "acl"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _ANTECEDENT for c in cur.children):
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


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
        if (
            cur.dep_ == "acl"
            and cur.head.dep_ == "ROOT"
            and cur.head.pos_ in ("NOUN", "PROPN")
            and head.tag_ == "VBD"
        ):
            # a sentence parsed with its subject as the root ("Teachers in Harare dressed in black and gathered
            # outside the ministry"): a finite past verb in the chain tells them as its doers
            return cur.head
        break
    return None


_AIMED_AT = frozenset(["at", "on", "upon", "against", "toward", "towards", "into"])


def _objects(tok: Any) -> list[Any]:
    out = []
    # (a preposition the parser hung on an adverb of the verb: "marched back into the district headquarters")
    adverbs = [
        c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "in", "out", "away")
    ]
    children = [*tok.children, *(g for a in adverbs for g in a.children)]
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in tok.children):
        # "was doused with petrol and burned by a crowd": who was burned is the first verb's subject
        children += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    for child in children:
        if child.dep_ in ("dobj", "nsubjpass", "attr"):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in (
            "at",
            "on",
            "upon",
            "against",
            "of",
            "in",
            "into",
            "toward",
            "towards",
        ):
            out.extend(g for g in child.children if g.dep_ == "pobj")
    # what was fired at: hung on the weapon ("fired shotguns at students") or, for "opened fire on a sit-in", on
    # the verb of the phrase
    holders = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lower_ in ("fire", "gunfire") and tok.dep_ == "dobj":
        holders.append(tok.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _AIMED_AT:
                out.extend(g for g in prep.children if g.dep_ == "pobj" and g not in out)
    if tok.lower_ == "fire" and tok.dep_ == "dobj":
        # "set fire to the homes": what burned hangs on the verb
        for prep in (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"):
            out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


# a gathering told as what someone did before, or what an arrest was for: "detained a union leader who had
# organised wage protests", "arrested the organisers of last week's march", "days after the party's rally",
# "over songs supporting the protests"
_ASIDE_PREPS = frozenset("after before following ahead over since despite".split())
# what someone's part in gatherings was, not their presence at one: "who had organised wage protests"
_GATHERING_ROLES = frozenset(
    "organise organize lead call cover support promote plan incite instigate mobilise mobilize coordinate "
    "announce".split()
)
_ORGANISERS = frozenset("organiser organizer leader convener convenor head".split())
_WORDS_SAID = frozenset("comment remark speech statement word slogan".split())
_PAST_DAYS = re.compile(r"^(?:last|previous|earlier|past|recent|yesterday|week|month|weeks|months)$", re.I)


_BLOWS = frozenset(["strike", "hit", "beat", "shoot", "injure", "wound", "hurt", "club", "stab"])


def _told_aside_gathering(tok: Any) -> bool:
    if any(c.dep_ in ("poss", "amod") and _PAST_DAYS.match(c.lower_) for c in tok.children):
        return True  # "last week's march", "the previous protests"
    cur = tok
    through_verb = False
    for _ in range(8):
        if cur.dep_ in ("relcl", "acl") and cur.pos_ == "VERB" and cur.lemma_.lower() in _GATHERING_ROLES:
            return True
        if cur.dep_ in ("relcl", "acl") and cur.head.lemma_.lower() in _WORDS_SAID:
            return True  # "over comments made at a rally": where words were said
        if cur.dep_ == "prep" and cur.lower_ in _ASIDE_PREPS and not through_verb:
            return True  # "days after the rally", "after calls for protests" (not "after being hit during a march")
        through_verb = through_verb or cur.pos_ == "VERB"
        if (
            cur.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _ASIDE_PREPS for c in cur.children)
            # (not a blow that killed: "died after he was struck on the head during a lathi-charge", nor deadly
            # force told as what caused deaths: "documented the deaths of seven after police used live fire to
            # break up a march")
            and cur.lemma_.lower() not in _BLOWS
            and not _lethal(" ".join(t.text for t in cur.subtree))
        ):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _ORGANISERS:
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _gathering_here(doc: Any) -> bool:
    """A gathering the sentence tells as going on, not one told aside (see _told_aside_gathering)."""
    for m in GATHERING_WORDS.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not _told_aside_gathering(span.root):
            return True
    return False


# how a crowd is handled, or a gathering tried: "advanced with water cannon ... and detaining several", "gave the
# crowd ten minutes to leave and then arrested those who stayed", "trying to assemble despite a ban were detained"
_CROWD_HANDLED = re.compile(
    r"\b(?:water ?cannons?|tear ?gas|teargas|baton[- ]charg\w*|rubber bullets|pepper spray|the crowd|"
    r"(?:trying|attempting|tried|attempted) to (?:assemble|gather|march|rally|protest|hold a (?:march|rally|sit-in)))\b",
    re.I,
)
# who a sentence's detention names as told before: "detained 17 of them", "arrested those who stayed"
_THOSE_TOLD = re.compile(
    r"\b(?:them|those who|the (?:crowd|marchers|protesters|demonstrators|gathering|participants|mothers|students|"
    r"workers|women|riders|activists))\b",
    re.I,
)


# what those keeping order did at the scene besides holding people: "blocked the avenue with containers and
# detained 17 of them", "confiscated their banners and loaded a dozen of the mothers onto a bus"
_AT_THE_SCENE = re.compile(
    r"\b(?:block(?:ed|ing)|confiscat\w*|tore down|pulled down|kick(?:ed|ing) away|push(?:ed|ing) (?:them |the [\w-]+ )?back|"
    r"chas(?:ed|ing)|bundl(?:ed|ing)|load(?:ed|ing)|dispers(?:ed|ing)|br(?:oke|eaking) up)\b",
    re.I,
)


# a gathering told in the sentence before, named again as what was hit
_THOSE_GATHERED = re.compile(r"(?:the )?(?:participants|them|those (?:gathered|present|taking part))\b", re.I)


# a gathering still to come ("ahead of Friday's rally", "on the eve of the march", "before a planned sit-in") or
# one told as the time before ("days after its president addressed a rally")
_GATHERING_AHEAD = re.compile(
    r"\b(?:ahead of|in the run-up to|on the eve of|before (?:a|an|the|their|its) (?:planned|scheduled|proposed|"
    r"announced)|(?:hours|days|weeks|months|a day|a week|a month) (?:after|before))\s+(?:[\w'’-]+\s+){0,6}?(?:rally|rallies|"
    r"protests?|march(?:es)?|demonstrations?|sit-ins?|strikes?|gatherings?|meetings?|power shows?|shutdowns?|"
    r"vigils?)\b",
    re.I,
)


_SAID_AT_GATHERING = re.compile(
    rf"\b(?:{'|'.join(sorted(_WORDS_SAID))})(?:s|es)?\s+(?:(?:he|she|they|it|[\w'-]+)\s+)?"
    r"(?:had\s+)?(?:made|delivered|gave|given|uttered|shouted|chanted)\s+(?:at|during)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:rally|rallies|protests?|march(?:es)?|demonstrations?|sit-ins?|gatherings?|meetings?)\b",
    re.I,
)


def _at_a_protest(sentence_text: str, gathering_here: bool, gathered_before: bool = False) -> bool:
    """People held where a gathering goes on, holds signs or presses a demand ("as opposition supporters blocked
    streets to demand ..."), is handled as a crowd, or was told just before ("Lawyers set out towards Parliament.
    Police blocked the avenue and detained 17 of them."): an intervention in a protest, not an arrest."""
    # ("detained activists ahead of a rally": the rally is not yet held; "held over comments made at a rally": what
    # was said there is the charge, not where they were held)
    sentence_text = _SAID_AT_GATHERING.sub(" ", _GATHERING_AHEAD.sub(" ", sentence_text))
    return bool(
        (gathering_here and GATHERING_WORDS.search(sentence_text))
        or _PROTEST_CUES.search(sentence_text)
        or DEMAND_ACT.search(sentence_text)
        or _WHO_GATHERED.search(sentence_text)
        or _CROWD_HANDLED.search(sentence_text)
        or (gathered_before and _THOSE_TOLD.search(sentence_text) and _AT_THE_SCENE.search(sentence_text))
        or _HELD_AFTER_GATHERING.search(sentence_text)
    )


def _detention(sentence_text: str, gathering_here: bool, gathered_before: bool = False) -> tuple[str, float]:
    """People held by the authorities: an intervention where they were gathered, else an arrest."""
    return (
        ("Protest with intervention", 0.6)
        if _at_a_protest(sentence_text, gathering_here, gathered_before)
        else ("Arrests", 0.55)
    )


# people held right after they gathered or their gathering was broken up ("detained 15 young people after they held
# a brief flash protest", "'we have detained 23', ..., after officers dispersed a rally"), not days later
_HELD_AFTER_GATHERING = re.compile(
    r"\b(?:detain\w*|arrest\w*|rounded up|picked up)\b[^.;]{0,160}?(?<!days )(?<!day )(?<!weeks )(?<!week )"
    r"(?<!months )(?<!month )\bafter (?:they |the [\w-]+ |officers |police )?(?:had )?(?:held|staged|joined|took part "
    r"in|dispersed|broke up)\b[^.;]{0,40}?\b(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-ins?|"
    r"gatherings?|vigils?)\b",
    re.I,
)


def _gathered_before(ctx: Context, sentence: Sentence) -> bool:
    """The sentence just before tells people gathering, marching or pressing a demand."""
    text = _previous_sentence(ctx, sentence)
    return bool(text) and bool(
        GATHERING_WORDS.search(text)
        or _PROTEST_CUES.search(text)
        or DEMAND_ACT.search(text)
        or re.search(r"\bset out\b", text)  # ("When they set out towards Parliament, police ...")
    )


# who was taken, held or put into a vehicle: people, suspects, or a pronoun standing for them
_PEOPLE_HELD = re.compile(
    rf"\b(?:him|her|them|us|he|she|they|suspects?|suspected|facilitators?|collaborators?|sympathi[sz]ers?|"
    rf"operatives?|informants?|couriers?|financiers?|recruiters?|accomplices|{PEOPLE_NOUNS})\b",
    re.I,
)


def _people_held(targets_text: str) -> bool:
    return bool(_PEOPLE_HELD.search(targets_text) or _PERSONS.search(targets_text))


# those held described as gathered where they were held: "detained seven people who had gathered on the steps of
# the syndicate to show solidarity"
_WHO_GATHERED = re.compile(
    r"\bwho (?:had |were |was |have )?(?:gathered|assembled|converged|rallied|massed|been (?:protesting|demonstrating|"
    r"marching|gathering))\b",
    re.I,
)


def _gathered(text: str) -> bool:
    return bool(
        GATHERING_WORDS.search(text)
        or _GATHERED_TOO.search(text)
        or _PROTEST_CUES.search(text)
        or _PEOPLE_DEMANDING.search(text)
    )


# what the forces fire or swing that maims a protester
_MAIMED_BY_MUNITION = re.compile(
    r"\b(?:hit|struck|wounded|injured) by (?:a |an )?(?:[\w-]+ )?(?:rubber bullets?|plastic bullets?|pellets?|"
    r"projectiles?|(?:tear[- ]?gas )?canisters?|batons?|stun grenades?|birdshot)\b|"
    # the force's shot told from the firing side: "when an agent fired a projectile at close range", "from pellets
    # fired by the police"
    r"\b(?:fired|shot) (?:a |an )?(?:[\w-]+ )?(?:rubber bullets?|plastic bullets?|pellets?|projectiles?|"
    r"(?:tear[- ]?gas )?canisters?|stun grenades?|birdshot)\b|"
    r"\b(?:rubber bullets?|plastic bullets?|pellets?|projectiles?|canisters?|birdshot) fired by\b",
    re.I,
)


# people named by what they were pressing for ("opened fire on taxi drivers demanding lower licence fees")
_PEOPLE_DEMANDING = re.compile(
    rf"\b(?:{PEOPLE_NOUNS})\s+(?:who (?:were|are|had been) )?(?:demanding|protesting|chanting|calling for)\b",
    re.I,
)


def _ground_taken(ctx: Context, sentence: Sentence, tok: Any, trigger: Span) -> bool:
    """Whether what a trigger takes is ground: "regained control", "took back Tepalcatepec", "the neighbourhood",
    "drove the faction out of the district" (not "seized 300 kilograms of cocaine ... near Pichari")."""
    if _GROUND.search(trigger.text):
        return True
    heads = list(_objects(tok))
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("out", "from")):
        heads.extend(g for g in prep.subtree if g.dep_ == "pobj" and g.head.head in (prep, tok))
    for obj in heads:
        start = sentence.span.start + obj.idx
        if _GROUND.fullmatch(obj.text) or BASE_WORDS.fullmatch(obj.text):
            return True
        if any(p.span is not None and p.span.start <= start < p.span.end for p in ctx.toponyms):
            return True
    return False


# a subject that names someone, not a pronoun standing for them
_NAMING_SUBJECT = re.compile(r"\b(?!(?:it|they|he|she|we|who|which|that)\b)[a-z]{3,}", re.I)
_TRUCE_WORDS = frozenset(["ceasefire", "cease-fire", "cease fire", "truce", "pause", "humanitarian pause"])
_TERMS_MODALS = frozenset(["would", "will", "shall", "must", "should"])


def _agreed_terms(tok: Any, agreements: set[int]) -> bool:
    """Inside what an agreement says will be done: a "to ..." clause (or one committing or pledging a side) that
    hangs from the agreement's word or the verb that made it."""
    cur, terms, provided = tok, False, False
    for _ in range(6):
        if cur.lower_ in _ANTECEDENT:
            return False  # "signed after the clashes": what led to the deal
        if cur.dep_ in ("xcomp", "advcl", "acl", "pcomp", "ccomp") and (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            or cur.lemma_.lower() in ("commit", "pledge", "undertake", "agree", "promise")
        ):
            terms = True
        if cur.dep_ in ("advcl", "acl", "relcl") and cur.lemma_.lower() in _HALTING_VERBS and cur is not tok:
            terms = True  # "accepted a truce ..., ending three days of rocket fire": what the deal ends
        if cur.dep_ in ("relcl", "ccomp", "acl") and any(
            c.dep_ == "aux" and c.lower_ in _TERMS_MODALS for c in cur.children
        ):
            provided = (
                True  # "a settlement under which wanted men would hand in their weapons": what it provides
            )
        if cur.head is cur:
            return False
        cur = cur.head
        if terms and cur.i in agreements:
            return True
        if provided and cur.i in agreements and cur.pos_ == "NOUN":
            return True  # (the deal's own noun: a verb that made one may govern other clauses too)
    return False


# forces readied for a blow: the blow is their purpose, not yet an event ("mobilised fighters to attack the town",
# "massed troops for an assault on Kidal", "ahead of an expected offensive")
_PREPARING = frozenset(
    [
        "mobilize",
        "mobilise",
        "prepare",
        "amass",
        "mass",
        "muster",
        "train",
        "recruit",
        "arm",
        "reinforce",
        "regroup",
    ]
)
_EXPECTED = frozenset(["expected", "planned", "imminent", "anticipated", "feared", "possible", "potential"])


def _purpose_of_preparing(tok: Any) -> bool:
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in _PREPARING:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)  # "to attack", not "attacking"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("for", "of")
        and tok.head.head.lemma_.lower() in _PREPARING | {"ahead", "eve"}  # ("on the eve of the march")
    ):
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _EXPECTED for c in tok.children)


_STOPPING = _HALTING_VERBS | {"cease", "refrain", "quit", "desist"}


def _manner_of_act(tok: Any) -> bool:
    """A bare participle told beside a verb of wanting or trying: what was done while trying, not what was wanted
    ("attempted to storm the airport, throwing rocks at police", "threatened the villagers, firing into the air")."""
    return bool(
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i > tok.head.i
        and tok.head.pos_ == "VERB"
        and not any(c.dep_ in ("aux", "mark", "neg", "nsubj") for c in tok.children)
        and not any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() in IRREALIS) for c in tok.head.children
        )
    )


# what one is given leave to do, not what is done
_POWERS = frozenset(["power", "authority", "mandate", "right", "permission", "licence", "license", "leeway"])
_EMPOWERING = frozenset(["authorise", "authorize", "empower", "permit", "entitle", "mandate"])


def _irrealis(tok: Any, head: Any) -> bool:
    """Negated, hypothetical, wished or threatened: 'no arrests', 'would be shot down', 'called for protests'."""
    # (a participle that describes someone keeps its own mood: "an activist detained by agents has not been seen
    # since" tells a detention)
    described = tok.dep_ == "acl" and tok.pos_ == "VERB" and tok.tag_ == "VBN"
    if tok.dep_ == "pobj" and tok.head.lower_ == "without":
        return True  # "the rally passed without arrests"
    for t in {tok} if described else {tok, head}:
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
            if child.dep_ == "aux" and child.lemma_.lower() in IRREALIS:
                return True
    if _purpose_of_preparing(tok):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
        (tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in _POWERS)
        # "police were authorised to arrest violators": what they may do
        or (tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _EMPOWERING)
        # (the infinitive read under the verb that gave them)
        or (
            tok.dep_ in ("advcl", "xcomp")
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _POWERS and c.i < tok.i for c in tok.head.children
            )
        )
    ):
        return (
            True  # "giving security forces sweeping powers to arrest and detain suspects": what they may do
        )
    act = tok
    while act.dep_ == "conj" and act.head is not act:
        act = act.head
    cur = tok
    for _ in range(5):
        if cur.head is cur or cur.head.lemma_.lower() in SPEECH_VERBS - IRREALIS:
            break
        if cur is act and _manner_of_act(cur):
            break  # "tried to storm the airport, throwing rocks at police": the rocks were thrown
        if cur.dep_ in ("xcomp", "pcomp") and cur.head.lemma_.lower() in _STOPPING:
            return True  # "ordered its fighters to stop attacking the hunters": what is stopped
        if (
            cur.dep_ in ("xcomp", "ccomp", "advcl", "dobj", "pobj", "prep")
            and cur.head.lemma_.lower() in IRREALIS
            # a clause told before the verb is reported by it, not warned of or called for ("cane growers rally in
            # Lautoka, union warns ...")
            and not (cur.dep_ == "ccomp" and cur.i < cur.head.i)
        ):
            return True
        cur = cur.head
    return False


_REFERRING = (
    (SPEECH_VERBS - LIGHT_VERBS)
    | ALLEGE_VERBS
    | {"responsibility", "condemn", "denounce", "attribute", "investigate", "probe", "mourn"}
    # remembered: "the fifth anniversary of the massacre", "a memorial to the victims of the bombing"
    | {"anniversary", "memory", "memorial", "commemorate", "commemoration", "mourning", "condolence"}
    # judged or testified to: "the trial over the killings", "witness accounts of killings in 2013"
    | {"trial", "verdict", "inquest", "testimony", "account"}
    # punished or blamed for it: "sentenced five men for their role in a bomb blast", "convicted over the bombing"
    | {"sentence", "convict", "acquit", "indict", "imprison", "prosecute", "role"}
)


def _describes_a_person(word: Any) -> bool:
    """An allegation verb that qualifies a noun: "a man suspected of rape", "the soldier accused of murder"."""
    return bool(word.lemma_.lower() in ALLEGE_VERBS and word.dep_ in ("acl", "amod", "relcl"))


def _referenced(tok: Any) -> Any:
    """The word by which a noun trigger is what someone claims, condemns or blames ('claimed responsibility for
    the bombing'), or None where it is not."""
    cur = tok
    for _ in range(4):
        if cur.head is cur or cur.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "compound", "poss"):
            return None
        if cur.head.lemma_.lower() in _REFERRING:
            if cur is tok and tok.dep_ == "dobj" and cur.head.lemma_.lower() in _TALLYING and _counted(tok):
                return None  # "the General Staff reports 62 combat engagements": a count reported is the news
            return cur.head
        cur = cur.head
    return None


# verbs that report a tally of incidents
_TALLYING = frozenset(["report", "record", "register", "log", "document", "count"])


def _counted(tok: Any) -> bool:
    return any(c.dep_ == "nummod" for c in tok.children) or any(
        c.dep_ == "compound" and any(g.dep_ == "nummod" for g in c.children) for c in tok.children
    )


def _swapped(tok: Any) -> bool:
    """Captives handed "in exchange for" others by a verb that tells it done ("were received at the crossing in
    exchange for the release of 40 detainees"), not asked or offered."""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    return (
        verb is not None
        and verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() not in IRREALIS | {"offer", "propose", "seek", "ask"}
    )


_CONDEMNING = frozenset(["condemn", "denounce", "deplore", "decry"])
# verbs by which monitors put an incident on record ("UNAMA documented the shooting of two vaccinators by armed men")
_RECORDING = frozenset(["confirm", "document", "record", "log", "report", "verify", "note"])


def _condemned_in_detail(tok: Any, referenced_by: Any) -> bool:
    """An incident someone condemns or confirms, told with what it did ("denounced a drone strike by the army which
    hit a wedding, killing eight", "condemned the bombardment carried out by jets in which 46 died") or who did it to
    whom ("the kidnapping of 11 aid workers by JNIM militants was confirmed", "the dispersal of a students'
    demonstration by riot police was condemned"): the report of it, not a mere reference (a claim of responsibility
    stays one)."""
    if referenced_by is None or referenced_by.lemma_.lower() not in _CONDEMNING | _RECORDING:
        return False
    if any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return True
    # the act named with its doer and its object; or the object of an act so named ("the dispersal of a protest by")
    act = (
        tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
        else tok
    )
    preps = {
        c.lower_
        for c in act.children
        if c.dep_ in ("prep", "agent") and any(g.dep_ == "pobj" for g in c.children)
    }
    return tok.pos_ == "NOUN" and "by" in preps and (act is not tok or "of" in preps)


# kinds of violence that are reported almost only as allegations ("soldiers were accused of raping ...",
# "the army was accused of firing chlorine shells"): the allegation is the report of the event, not background
_CODED_AS_ALLEGED = frozenset({"Sexual violence", "Chemical weapon"})


_RUMOURS = frozenset(["rumour", "rumor", "rumours", "rumors", "hearsay"])


def _alleged(tok: Any) -> bool:
    """Governed by 'accuses X of ...', 'denied ...': an allegation, kept as background."""
    cur = tok
    path = [tok]
    for _ in range(4):
        if cur.head is cur:
            return False
        if cur.dep_ in ("ccomp", "parataxis") and any(t.text == ";" for t in cur.doc[cur.i : cur.head.i]):
            return False  # "militants killed 30 civilians; the group denied responsibility": two statements
        if cur.head.lemma_.lower() in _RUMOURS or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _RUMOURS for c in cur.head.children
        ):
            return (
                True  # "rumours spread that two strangers were kidnapping children": hearsay, not an incident
            )
        if cur.head.lemma_.lower() in ALLEGE_VERBS and not _physical_charge(cur.head):
            if (
                cur.head.lemma_.lower() == "allege"
                and cur.head.i > cur.i
                and cur.dep_ in ("ccomp", "parataxis")
            ):
                return False  # "..., students broke window panes, officials alleged": told, then attributed
            if cur.lemma_.lower() == "be" and [t.dep_ for t in path[-3:-1]] == ["acl", "attr"]:
                # "gunmen suspected to be insurgents shot ..." (the act misread as describing the insurgents): who
                # they are is suspected, not the act
                return False
            if (
                cur.dep_ == "ccomp"
                and cur.head.tag_ == "VBN"
                and any(
                    c.dep_ == "xcomp" and c.lemma_ == "be" and cur.head.i < c.i < cur.i
                    for c in cur.head.children
                )
            ):
                # "gunmen suspected to be al-Shabaab shot dead an elder" (the participle read as the main verb and the
                # act as what was suspected): who they are is suspected, not the act
                return False
            # "accused them of witchcraft and stoned them": an act told beside the accusation, not inside it
            return bool(cur.dep_ != "conj")
        cur = cur.head
        path.append(cur)
    return False


def _physical_charge(verb: Any) -> bool:
    """ "Police charged with batons at the marchers", "a baton charge": a charge with sticks, not an accusation."""
    if verb.lemma_.lower() != "charge":
        return False
    for child in verb.children:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and child.lemma_.lower() in _CHARGING_WITH:
            return True  # "a lathi-charge", "a baton charge"
        if child.dep_ == "prep" and child.lower_ in ("at", "into", "on", "towards"):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(t.lemma_.lower() in _CHARGING_WITH for t in child.subtree)
        ):
            return True
    return False


_CHARGING_WITH = frozenset(
    ["baton", "stick", "lathi", "cane", "truncheon", "club", "bayonet", "horse", "shield"]
)


# who asks for an act does not agree to it: "urged both sides to cease fire"
_APPEAL_VERBS = frozenset("call urge demand want ask appeal press seek plead implore".split())


def _agreed_by_verb(noun: Any, first: int) -> bool:
    """An agreement told as a verb and its object ("the two armies will cease fire from 8 pm"), not asked for or
    denied."""
    verb = noun.head
    if not (noun.dep_ == "dobj" and verb.i == first and verb.pos_ == "VERB"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    cur = verb
    for _ in range(3):
        if cur.head is cur:
            break
        if cur.dep_ in ("xcomp", "ccomp", "advcl") and cur.head.lemma_.lower() in _APPEAL_VERBS:
            return False
        cur = cur.head
    return True


_PROPOSALS = frozenset(["proposal", "plan", "offer", "framework", "initiative", "formula"])
# papers that are an agreement where signed ("signed a text in Algiers committing both sides to ...")
_PAPERS = frozenset(["text", "document"])
_SIGNING_VERBS = frozenset(["sign", "ink", "initial", "countersign", "ratify"])
# what is put on a paper to sign it
_SIGNING_MARKS = frozenset(
    ["name", "signature", "hand", "seal", "thumbprint", "fingerprint", "stamp", "mark"]
)
# what an agreement does to those who made it ("binds the clans to", "obliges both sides to", "provides for")
_BINDING_VERBS = frozenset(["bind", "oblige", "obligate", "commit", "require", "provide", "stipulate"])


def _agreed(tok: Any) -> bool:
    """Whether an agreement noun is the thing agreed, signed or declared (not a mere reference)."""
    noun = tok
    if noun.lemma_.lower() in _PAPERS:
        # "signed a text committing both sides to ...": a paper is an agreement only where it is signed
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SIGNING_VERBS
    while tok.head is not tok and (
        tok.dep_ in ("compound", "amod", "conj", "appos")
        or (tok.dep_ == "pobj" and tok.head.lower_ == "of")
        # "accepted a proposal for an informal truce": the proposal accepted is the truce's
        or (tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _PROPOSALS)
    ):
        # "a ceasefire agreement was signed", "signed an extension of the agreement", "signed the document, a
        # peace accord": the governing noun decides
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    if VIOLATION_RE.match(tok.head.lower_):
        return False  # "violated the truce signed in March": the truce is old news
    if tok is not noun and tok.lower_ in _MAKING_NOUNS:
        return True  # "presided over the signing of a peace pact"
    if tok.head is not tok and tok.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj"):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.lemma_.lower() in _AGREEMENT_VERBS:
            return True
        if head.lemma_.lower() in _EFFECT_VERBS and any(
            t.lemma_.lower() in _EFFECT_WORDS
            for c in head.children
            if c.dep_ in ("dobj", "prep", "attr")
            for t in c.subtree
            if t.dep_ in ("dobj", "pobj", "attr")
        ):
            return True
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _AGREEMENT_VERBS for c in tok.children):
        return True
    if tok.lemma_.lower() in _SWAP_NOUNS and (
        (tok.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.lemma_.lower() in _CARRY_OUT_VERBS)
        or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _CARRY_OUT_VERBS for c in tok.children)
    ):
        # "carried out a prisoner exchange", "completed a swap", "a swap carried out on the border"
        return True
    if tok.lemma_.lower() in _SWAP_NOUNS and (
        (
            tok.dep_ == "nsubj"
            and (tok.head.lemma_.lower() in _SWAP_DONE_VERBS or _took_place(tok.head))
            and tok.head.tag_ in ("VBD", "VBN", "VBZ")
            and not any(
                c.dep_ in ("neg", "aux") and c.lower_ in ("not", "will", "would", "could", "may")
                for c in tok.head.children
            )
        )
        or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _SWAP_MADE_VERBS for c in tok.children)
    ):
        return True
    if (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in ("run", "last", "continue", "remain", "stay")
        and any(t.lower_ in ("further", "another", "additional", "extra") for t in tok.head.subtree)
    ):
        return True  # "the ceasefire will run for a further 90 days": extended
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("to", "on")
        and tok.head.head.lemma_.lower() in ("put", "set", "add", "place", "affix")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _SIGNING_MARKS for c in tok.head.head.children)
    ):
        return True  # "put their names to a pact", "put their thumbprints on the accord": signed it
    if (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in _BINDING_VERBS
        and any(c.dep_ in ("xcomp", "prep", "dobj") for c in tok.head.children)
    ):
        return True  # "the Kapedo accord binds the herders to return stolen livestock": its terms told
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _HALTING_VERBS:
        stopped = (t for c in tok.head.children if c.dep_ == "dobj" for t in c.subtree)
        return any(t.lemma_.lower() in _FIGHTING_NOUNS for t in stopped)
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "to")
        and tok.head.head.lemma_.lower() in ("result", "lead")
    ):
        return True  # "the talks resulted in a deal", "led to a truce"
    ending = ("end", "conclude", "close", "culminate")
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "with"
        and (
            tok.head.head.lemma_.lower() in ending
            # "concluded a conference with an agreement on compensation" (the phrase hung on the meeting)
            or (tok.head.head.pos_ == "NOUN" and tok.head.head.head.lemma_.lower() in ending)
        )
    ):
        return True  # "the talks ended with a deal on prisoners"
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        # "released under a deal", "handed back under an exchange"
        return tok.head.head.lemma_.lower() in _DONE_UNDER_DEAL
    # headlines parse badly ("Chad army and rebel faction ink truce", "freed after 'understanding' reached with
    # bandits"): an agreement verb just before the noun, or its participle just after it
    return any(
        t.lemma_.lower() in _AGREEMENT_VERBS or t.lower_ in _AGREEMENT_VERBS
        for t in noun.doc[max(noun.i - 3, 0) : noun.i]
        if not t.is_punct
    ) or any(
        t.lemma_.lower() in _AGREEMENT_VERBS and t.tag_ in ("VBN", "VBD")
        for t in [t for t in noun.doc[noun.i + 1 : noun.i + 3] if not t.is_punct][:1]
    )


def _weapon_owner(ctx: Context, sentence: Sentence, subj: Any) -> Actor | None:
    """A state's forces from a subject that is a weapon with a force or country word: 'Myanmar military jets'."""
    words = list(subj.subtree)
    if not any(t.lemma_.lower() in _WEAPON_HEADS for t in words):
        return None
    forces = any(
        t.lower_ in ("military", "army", "government", "regime", "junta", "air", "naval") for t in words
    )
    country = ""
    for t in words:
        code = _country_code(t.text)
        if code:
            country = code
    if not (forces or country):
        return None
    country = country or main_country(ctx)
    name = f"Military Forces of {country_name(country)}" if country else "Military Forces"
    return Actor(name=name, span=None, kind="state", inter=1, country=country)


def _country_code(word: str) -> str:
    dem = demonyms().get(word.lower())
    if dem:
        return dem
    try:
        from eventwatch.geo.gazetteer import get_gazetteer

        place = get_gazetteer().country(word)
    except Exception:
        return ""
    return place.country_code if place is not None and place.name.lower() == word.lower() else ""


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


def _after_speech_verb(tok: Any) -> bool:
    """A speech verb earlier in the sentence, however the parser attached the clause ("announced in a joint
    statement that they had merged"): the past perfect after it is the reporting's backshift."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in tok.doc[: tok.i])


def _speaker_actor(ctx: Context, sentence: Sentence, scope: Any) -> Actor | None:
    verb = scope.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    a, b = _char_range(sentence, subj)
    return _pick_actor(ctx, a, b)


# what a crowd does: "students protesting the fees marched ..." tells the protest itself
_CROWD_ACTS = frozenset(["protest", "demonstrate", "march", "rally", "chant", "riot", "picket", "strike"])


_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday weekend week month year night morning "
    "evening afternoon".split()
)


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


_COUP_MAKERS = frozenset(["stage", "carry", "launch", "mount", "lead", "execute"])
_ASIDE_HEADS = frozenset(
    "plot plan attempt try conspire accuse suspect foil thwart anniversary aftermath wake protest denounce "
    "condemn oppose reject".split()
)


def _told_aside(tok: Any) -> bool:
    """Inside a relative clause, a 'since ...', 'after ...', 'against ...' phrase, a plot or an anniversary, or
    dated by its year ('the 2021 coup'): said of something else, not the news."""
    if any(c.like_num and len(c.text) == 4 for c in tok.children):
        return True
    if tok.dep_ in ("compound", "amod", "nmod") or (tok.i > 0 and tok.nbor(-1).lower_ == "-"):
        return True  # "coup leaders", "anti-coup protesters": a modifier
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("relcl", "acl") or (
            cur.dep_ == "pobj" and cur.head.lower_ in ("since", "after", "before", "following", "against")
        ):
            return True
        if cur.head.lemma_.lower() in _ASIDE_HEADS:
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


_PROTEST_KINDS = frozenset(["Peaceful protest", "Protest with intervention", "Violent demonstration"])
_PROTEST_THINGS = frozenset(
    "placard banner sign slogan protest march rally demonstration demonstrate vigil sit-in chant strike petition "
    "campaign".split()
)


# what people are moved to by a grievance ("angered by", "furious over", "outraged at")
_AROUSED = frozenset(
    "anger angered angry enrage enraged incense incensed outrage outraged infuriate infuriated furious irate upset "
    "dissatisfied unhappy frustrated frustrate".split()
)


# peace made, told by what the sides did rather than by an agreement's name
_MAKING_PEACE = frozenset(["make peace", "reconcile", "bury the hatchet"])
_PROTESTING_VERBS = frozenset(
    ["protest"]
)  # (a denounced killing may be the news: "denounced the killing of five")


_NAMING_VERBS = frozenset(["term", "call", "describe", "label", "brand"])
_DENOUNCING = frozenset(["denounce", "condemn", "decry", "protest", "oppose", "mourn", "remember"])
_GATHERING_VERBS = frozenset(
    "march rally gather demonstrate protest assemble hold stage walk sit converge mobilise mobilize".split()
)
_HARMED_PEOPLE = frozenset(["victim", "survivor", "widow", "orphan"])


def _protested_against(tok: Any) -> bool:
    """A noun that is what a protest is against or over ("placards against kidnappings", "a march over the
    killings"): the grievance, not an incident told."""
    if tok.pos_ == "NOUN" and tok.dep_ == "compound" and _lemma(tok.head) in _HARMED_PEOPLE:
        return True  # "families of the port blast victims held a vigil": people named by what befell them
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "oprd", "conj") and tok.head.pos_ in ("VERB", "NOUN"):
        # "a crowd protesting the abduction of a trader": the grievance ("protesting what they termed attacks
        # on minorities": the words it was named with are the grievance too; "marched to denounce insecurity
        # and the recent killings": what a gathering set out to denounce)
        noun = tok
        while noun.dep_ == "conj" and noun.head is not noun:
            noun = noun.head
        if noun.dep_ not in ("dobj", "oprd") or noun.head.pos_ != "VERB":
            return False
        verb = noun.head
        if verb.dep_ in ("ccomp", "xcomp") and _lemma(verb) in _NAMING_VERBS:
            verb = verb.head
        if (
            _lemma(verb) in _DENOUNCING
            and verb.dep_ in ("xcomp", "advcl")
            and (_lemma(verb.head) in _GATHERING_VERBS or GATHERING_WORDS.fullmatch(verb.head.text))
        ):
            return True
        return _lemma(verb) in _PROTESTING_VERBS
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    governor = tok.head.head
    if tok.head.lower_ in ("by", "over", "at") and _lemma(governor) in _AROUSED:
        return True  # "residents angered by the arrest of an official", "furious over the killing": the grievance
    if tok.head.lower_ not in ("against", "over"):
        return False
    return _lemma(governor) in _PROTEST_THINGS or bool(GATHERING_WORDS.fullmatch(governor.text))


def _between_sides(tok: Any) -> tuple[Any, Any] | None:
    """The two sides a noun of fighting names with "between X and Y" (X, Y as tokens), if it names them."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            for first in prep.children:
                if first.dep_ == "pobj":
                    second = next((c for c in first.children if c.dep_ == "conj"), None)
                    if second is not None:
                        return first, second
    return None


def _listed_under(tok: Any, tokens: list[Any]) -> bool:
    """A noun trigger listed as a kind of another trigger's incident ("torture, including beatings and electric
    shocks", "attacks such as bombings")."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        if cur.dep_ == "pobj" and cur.head.lower_ in ("including", "like", "as"):
            if cur.head.lower_ == "as" and cur.head.nbor(-1).lower_ != "such":
                return False
            # what the list hangs on, or what that hangs on ("torture in detention facilities, including"), or a
            # trigger told before the list under one of them ("documented torture in facilities, including")
            owner = cur.head.head
            owners = {owner.i, owner.head.i, owner.head.head.i}
            return any(
                t.i != tok.i and (t.i in owners or (t.i < cur.head.i and t.head.i in owners)) for t in tokens
            )  # (tokens are views: compared by index)
        return False
    return False


def _since_clause(tok: Any) -> bool:
    """A trigger in a clause opened by "since" under another clause: what the news is measured from."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in cur.children):
            return cur.head is not cur
        if cur.dep_ not in ("nsubj", "nsubjpass", "dobj", "compound", "amod"):
            return False
        cur = cur.head
    return False


def _named_by_its_day(tok: Any) -> bool:
    """'in last month's clashes', 'after Sunday's attack': an incident named by its day inside a phrase about
    something else is one told before, not the news of this sentence ("Sunday's attack killed five" is)."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and (
            tok.head.lower_ not in ("during", "at")  # "shot during Tuesday's march": the news happened there
            or any(
                c.dep_ == "poss" and c.lower_ in ("year", "years") for c in tok.children
            )  # (not last year's)
        )
        and any(
            (c.dep_ == "poss" and c.lower_ in _DAY_WORDS)
            or (c.dep_ in ("compound", "nmod") and c.lower_ in _MONTHS)
            for c in tok.children
        )
    )  # (or by its month: "livestock lost in a February clash")


_FEARS = frozenset(
    ["threat", "risk", "fear", "danger", "possibility", "prospect", "spectre", "specter", "likelihood"]
)


def _feared(tok: Any) -> bool:
    """A noun trigger told as what is feared ("the threat of drone attacks", "the risk of renewed fighting")."""
    node = tok
    for _ in range(3):
        if node.dep_ in ("pobj",) and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _FEARS:
            return True
        if node.dep_ not in ("compound", "amod", "conj") or node.head is node:
            return False
        node = node.head
    return False


_AFTER_A_WHILE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|several|a few|\d+) (?:hours?|days?|weeks?|months?|years?) "
    r"(?:after|since)\b[^,.;]*",
    re.I,
)
_SPANS_OF_TIME = frozenset(
    ["hour", "day", "week", "month", "year", "hours", "days", "weeks", "months", "years"]
)


# what a price, a currency or a count falls to ("to $2.50", "to 3%", "to a two-year low", "to its lowest level")
_VALUE_FALLEN = re.compile(
    r"\s*(?:[$€£¥₹]|\d|(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:lows?|lowest|highs?|levels?|records?|"
    r"minimums?|bottom|percent|per\s+cent|points?|zero)\b)",
    re.I,
)


def _a_while_after(tok: Any) -> bool:
    """Inside a clause or phrase told as what came some time before ("a new emir took charge, weeks after his
    predecessor was killed in a drone strike", "held a rally, a day after clashes in the city")."""
    node = tok
    for _ in range(6):
        if (
            node.dep_ in ("pobj", "pcomp")  # ("weeks after torching a village that refused to pay")
            and node.head.lower_ == "after"
            and (
                node.head.head.lower_ in _SPANS_OF_TIME
                or any(c.dep_ == "npadvmod" and c.lower_ in _SPANS_OF_TIME for c in node.head.children)
            )
        ):
            return True
        children = list(node.children)
        marks = [c for c in children if c.dep_ == "mark" and c.lower_ == "after"]
        spans = [c for c in children if c.dep_ == "npadvmod" and c.lower_ in _SPANS_OF_TIME]
        # ("two days after ...": the span read under "after"; "a day after ...": "after" read under the span)
        spans += [g for m in marks for g in m.children if g.dep_ == "npadvmod" and g.lower_ in _SPANS_OF_TIME]
        if (
            node.dep_ == "advcl"
            and spans
            and (
                marks
                # (not "a day after a raid on the camp, gunmen attacked": what came after is the clause itself)
                or any(
                    g.lower_ == "after" and not any(p.dep_ == "pobj" for p in g.children)
                    for c in spans
                    for g in c.children
                )
            )
            # (a death told as the end of it is its news: "died in hospital two days after police fired pellets")
            and _lemma(node.head) not in ("die", "succumb")
        ):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


_BY_THE_TIME = re.compile(r"by the time\b", re.I)


def _aspect_background(tok: Any, head: Any, reported: bool) -> bool:
    """Past, repeated or ongoing-before-now: 'had retaken', 'have been attacking', 'repeatedly targeted'.

    Only the trigger's own verb counts (not a verb that merely governs a noun trigger), and in reported
    speech the past perfect is the reporting's backshift ("said its fighters had killed"), not background.
    """
    verb = tok if tok.pos_ == "VERB" else (head if head.pos_ == "VERB" and tok.dep_ in ("nsubj",) else None)
    if verb is not None and any(
        c.dep_ in ("prep", "advcl") and _BY_THE_TIME.match(c.doc.text[c.left_edge.idx :])
        for c in verb.children
    ):
        return False  # "had already left the village by the time the units reached it": told against the news
    for child in tok.children:
        if child.dep_ in ("advmod", "amod") and child.lower_ in _BACKGROUND_ADVERBS | _BACKGROUND_ADJECTIVES:
            return True
    if (
        tok.tag_ == "VBG"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "acl", "relcl", "amod")
        and tok.lemma_.lower() not in _CROWD_ACTS
        # "burning tyres", "burning barricades": an act
        and not (
            tok.dep_ == "amod" and tok.head.lower_ in ("tyres", "tires", "barricades", "roadblocks", "logs")
        )
        # (nor a verb misread as a plural's modifier: "went door to door in a neighbourhood attacking shops")
        and not (
            tok.dep_ == "amod"
            and tok.head.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.head.children)
        )
        # (but "fighting killed 12", "fighting erupted overnight": an incident, told in the past)
        and not (tok.dep_ in ("nsubj", "nsubjpass") and _told_in_past(tok.head))
        # (nor "troops engaged in close-quarters fighting": the engaging is the incident)
        and not _engaged_in(tok)
    ):
        return True  # "fighting around the city makes ...", "groups fighting it": a state of affairs
    if verb is None:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(c.dep_ == "advmod" and c.lower_ in _BACKGROUND_ADVERBS for c in verb.children):
        return True
    if "had" in aux and verb.tag_ == "VBN" and not reported:
        return True  # past perfect outside reported speech: before the story's time
    return bool(aux & {"have", "has", "had"}) and "been" in aux and verb.tag_ == "VBG"  # an ongoing campaign


def _in_headline(doc: Any) -> bool:
    """Whether a parsed sentence is a headline, worked out once per sentence (a Doc joins its text at every call)."""
    told = doc.user_data.get("headline")
    if told is None:
        told = doc.user_data["headline"] = headline(doc.text)
    return bool(told)


def _told_in_past(verb: Any) -> bool:
    """A verb in the simple past ("killed", "erupted") or the past passive ("were reported"), or a headline's
    present ("Shelling hits residential area")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ in ("VBZ", "VBP") and _in_headline(verb.doc):
        return True
    if verb.tag_ == "VBN" and _in_headline(verb.doc) and any(c.dep_ == "nsubjpass" for c in verb.children):
        return True  # "Teacher gunned down outside home": a headline's passive without its auxiliary
    if verb.tag_ != "VBN":
        return False
    deps = {(c.dep_, c.lower_) for c in verb.children}
    if ("auxpass", "was") in deps or ("auxpass", "were") in deps:
        return True
    # a past participle with its own subject and no auxiliary: the small model's reading of a simple past
    return any(d == "nsubj" for d, _ in deps) and not any(d in ("aux", "auxpass") for d, _ in deps)


def _governing_verb(tok: Any) -> Any | None:
    """The nearest verb above a token ("died in clashes": died)."""
    node = tok.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _overlaps_time(ctx: Context, span: Span) -> bool:
    return any(t.span.overlaps(span) for t in ctx.times)


def _span(doc: Any, sentence: Sentence, i: int, j: int) -> Span:
    start = sentence.span.start + doc[i].idx
    end = sentence.span.start + doc[j - 1].idx + len(doc[j - 1].text)
    return Span(start, end, sentence.span.text[start - sentence.span.start : end - sentence.span.start])


def _char_range(sentence: Sentence, tok: Any) -> tuple[int, int]:
    sub = list(tok.subtree)
    return sentence.span.start + sub[0].idx, sentence.span.start + sub[-1].idx + len(sub[-1].text)


def _inside(span: Span | None, start: int, end: int) -> bool:
    return span is not None and start <= span.start and span.end <= end


def _other_side(ctx: Context, start: int, end: int, actor1: Actor | None) -> Actor | None:
    """The actor named between these offsets, where it is not actor 1 again."""
    cand = _pick_actor(ctx, start, end)
    return cand if cand is not None and (actor1 is None or cand.name != actor1.name) else None


# a force's helpers, told after it in its phrase: "soldiers accompanied by VDP auxiliaries", "troops backed by local
# militia fighters"
_HELPERS_BEFORE = re.compile(
    r"\b(?:accompanied|backed|supported|assisted|aided|escorted|joined|reinforced)\s+by\s+(?:[\w'-]+\s+){0,3}$|"
    r"\b(?:alongside|together\s+with|with\s+the\s+(?:help|support|backing)\s+of)\s+(?:[\w'-]+\s+){0,3}$",
    re.I,
)


_LED_BY_PLACE = re.compile(
    r"-(?:led|backed|brokered|sponsored|funded|allied|aligned|based|run|owned)\b", re.I
)


def _helper(text: str, actor: Actor, start: int) -> bool:
    """Whether an actor is told as another's helper ("troops backed by local militia"), looking back to ``start``."""
    return actor.span is not None and bool(
        _HELPERS_BEFORE.search(text[max(start, actor.span.start - 60) : actor.span.start])
    )


def _pick_actor(ctx: Context, start: int, end: int) -> Actor | None:
    best = [a for a in ctx.actors if _inside(a.span, start, end)]
    if not best:
        return None
    main = [a for a in best if not _helper(ctx.document.text, a, start)]
    best = main or best
    named = [a for a in best if not a.generic]
    return (named or best)[0]


_DEMAND_ACT_LEMMAS = frozenset(
    "block blockade fill park light hold stage observe sit form wave carry down boycott parade walk ride camp".split()
)
# a victim the report calls unarmed: a civilian, whoever shot him
_UNARMED_VICTIM = re.compile(
    r"\b(?:was|were|he was|she was|they were|victims? (?:was|were))\s+unarmed\b|"
    r"\bunarmed (?:man|men|woman|women|civilians?|villagers?|farmers?|youths?|boys?|teenagers?)\b",
    re.I,
)
_DRIVING_OUT = frozenset(["drive", "push", "chase", "flush", "force", "kick", "eject", "expel"])
_PREMISES = re.compile(
    r"\b(?:premises|buildings?|offices?|headquarters|compound|council|town hall|police station)\b", re.I
)
_GROUND = re.compile(
    r"\b(?:towns?|villages?|cit(?:y|ies)|district(?: cent(?:er|re))?|districts|areas?|territory|control|neighbou?rhoods?|"
    r"hills?|ridges?|border crossings?|crossings?|positions?|airport|port|bridge|junction|highway|road|province|"
    r"region|county|capital|suburbs?|settlements?|localit(?:y|ies)|mining sites?|oil fields?|enclaves?|pass)\b",
    re.I,
)


_MOB_WORDS = re.compile(r"\b(?:crowds?|mobs?|vigilantes?|lynch\w*)\b", re.I)
# ordinary people named as a body: as attackers, a mob
_COLLECTIVE_PEOPLE = (
    r"residents|villagers|locals|neighbou?rs|traders|relatives|youths|passers-by|onlookers|bystanders|passengers|"
    r"tribesmen|community members"
)
_COLLECTIVE = re.compile(rf"\b(?:{_COLLECTIVE_PEOPLE})$", re.I)


_PEACEFUL_GATHERING = re.compile(
    r"\b(?:peaceful\w*|unarmed)\b[^.;]{0,60}\b(?:protest\w*|demonstrat\w*|march\w*|rall\w*|sit-ins?|"
    r"crowds?|gathering|blockades?|vigils?|strikers?|students|residents|villagers|processions?|treks?)\b|"
    r"\b(?:protest\w*|demonstrat\w*|march\w*|rall\w*|sit-ins?|crowds?|gather\w*|blockades?|vigils?|"
    r"students|residents|villagers)\b[^.;]{0,60}\b(?:peaceful\w*|unarmed)\b",
    re.I,
)


# the state's men told as the doers of a passive or "under fire from" act
_BY_FORCE = re.compile(
    r"\b(?:from|by) (?:the )?(?:[\w'-]+ ){0,2}?(?:police\w*|troops|soldiers|security forces|gendarm\w*|army)\b",
    re.I,
)


def _force_on_peaceful(sentence_text: str, actor1: Actor | None) -> bool:
    """Lethal or severe force by the authorities against a gathering the report calls peaceful or unarmed."""
    if not _PEACEFUL_GATHERING.search(sentence_text):
        return False
    if not (_lethal(sentence_text) or SEVERE_HARM.search(sentence_text)):
        return False
    return (actor1 is not None and actor1.inter in (1, 3, 8)) or bool(_FORCE.search(sentence_text))


# ground that changed hands told without a fight: "entered without a shot fired", "took over after the army left"
_GROUND_CHANGES = frozenset(
    {
        "Non-state actor overtakes territory",
        "Government regains territory",
        "Armed clash",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
    }
)
_NO_FIGHT = re.compile(
    r"\b(?:without (?:a |any )?(?:single |serious |real |armed )?(?:fight\w*|resistance|(?:a )?shots?(?: fired| being fired)?|clash\w*|"
    r"(?:an |any )?exchange of fire|confront\w*|bloodshed|incident)|unopposed|(?:meeting|met|meet) no resistance|"
    r"without (?:meeting|encountering) (?:any )?resistance|no contact with the enemy|"
    r"no (?:fighting|clashes|resistance|shots)(?: (?:was|were) (?:reported|fired))?|"
    r"no (?:fighting|clashes) (?:had )?(?:took|taken|take) place)\b",
    re.I,
)
# the side that held the ground running off, told beside "without a fight"
_FLED = re.compile(r"\b(?:fled|flee\w*|retreat\w*|ran away|melted away)\b", re.I)
# ground held for hours, or taken back at once
_SHORT_LIVED = re.compile(
    r"(?<!had )(?<!has )(?<!have )\b(?:briefly|temporarily|momentarily|for (?:a few|several|some) hours|"
    r"before (?:being|they were|it was) (?:pushed|driven|beaten|forced|chased) (?:back|out|off|away)|"
    r"before (?:being|they were) repell?ed|(?:later|quickly|soon) (?:retaken|recaptured|regained|repell?ed))\b",
    re.I,
)
# one side leaving ground and another moving in: the lexicon's words, and a few that need no phrase around them
_LEFT = re.compile(rf"\b(?:{LEAVING}|abandon\w*|quit|hand(?:s|ed)? (?:\w+ ){{0,4}}over)\b", re.I)
_MOVED_IN = re.compile(
    rf"\b(?:{ENTERING}|take over|takes over|take control|move in|(?:re)?deployed|hoisted|return(?:ed)? to|took up|"
    # ground taken back where the other side left it: "retook the town after the militants withdrew"
    r"retook|retaken|retake|recaptured?|regained|reoccupied)\b",
    re.I,
)
# where arms taken after a fight come from ("seized from the scene", "recovered from the slain militants")
_SPOILS = re.compile(
    r"\bfrom (?:the )?(?:scene|(?:encounter|clash|battle|gunfight|fighting) (?:site|spot|area)|(?:slain|dead|killed|"
    r"neutrali[sz]ed) (?:[\w-]+ )?(?:rebels|militants|fighters|insurgents|attackers|terrorists|bandits|gunmen|"
    r"ultras)|the (?:slain|dead)|(?:the )?(?:bodies|possession of the (?:slain|dead)))\b"
    # "troops recovered five rifles at the site": where the fight just told was
    r"|\bat the (?:scene|site|(?:encounter|clash|battle|gunfight|fighting) (?:site|spot|area))\b",
    re.I,
)
# goods an armed group carries off: a looting
_GOODS = re.compile(
    r"\b(?:vehicles?|trucks?|motor(?:bike|cycle)s?|cattle|livestock|goats|cows|money|cash|food|supplies|medicines?|"
    r"drugs|stocks|solar panels?|mattresses|computers|laptops|furniture|equipment|generators?|fuel|grain|harvests?|"
    r"sacks|bags|rice|maize|cooking oil|phones|televisions|valuables|belongings|jewel\w*|"
    # contraband, and what is counted by weight or load ("seized 4.2 tonnes of cocaine")
    r"cocaine|heroin|cannabis|marijuana|methamphetamine|narcotics|hashish|opium|captagon|contraband|tonnes?|"
    r"kilo(?:gram)?s?|kg|consignments?|cargo)\b",
    re.I,
)
# things taken that are no ground: vehicles, equipment, stores, herds
_EQUIPMENT = re.compile(
    r"\b(?:vehicles?|trucks?|tanks?|pick-?ups?|technicals|motor(?:bike|cycle)s?|boats?|equipment|supplies|"
    r"stores|fuel|food|goods|cattle|livestock|money|cash|documents|drones?)\b",
    re.I,
)
_HANDED_NOT_GROUND = re.compile(
    r"\b(?:suspects?|culprits?|perpetrators?|weapons?|arms|guns?|rifles?|petitions?|grievances|letters?|"
    r"memorand\w*|demands|charters?|lists?|"
    # goods, money and papers ("ordered farmers to hand over a share of their harvest")
    r"shares?|harvests?|crops?|cash|money|taxes|levies|zakat|payments?|fees|livestock|cattle|goods|documents|"
    r"passports?|phones?|evidence|files|records)\b",
    re.I,
)
# the other side held the ground before: "who had held it since the weekend", "under jihadist control"
_HELD_BEFORE = re.compile(
    r"\b(?:had (?:held|controlled|occupied|seized|captured|taken)|(?:under|from) (?:the )?(?:[\w'-]+ ){0,2}?"
    r"control|(?:rebel|militant|jihadist|insurgent|militia|gang|terrorist)-(?:held|controlled|occupied)|"
    # "two weeks after the camp was taken over by separatist fighters"
    r"(?:taken over|captured|seized|overrun|occupied) by (?:the )?(?:[\w'-]+ ){0,2}?(?:rebels?|militants?|"
    r"jihadists?|insurgents?|militias?|militiamen|separatists?|fighters|terrorists?|gangs?))\b",
    re.I,
)
_BATTLE = re.compile(
    r"\b(?:clash\w*|fight(?!ers?\b)\w*|battl\w*|firefight|assault|exchange of fire|(?:counter-?)?offensive|"
    r"dislodg\w*)\b",
    re.I,
)
_FIGHTING = re.compile(
    r"\b(?:clash\w*|fight(?!ers?\b)\w*|battl\w*|firefight|assault|attack\w*|exchanges? of fire|killed|dead|"
    r"(?:driv(?:e|es|ing|en)|drove|push(?:ed|ing)?|forc(?:ed|ing))\s+(?:\w+\s+){0,3}?out\b|"
    r"(?:artillery|heavy|sustained|intense|mortar|machine-gun)\s+fire|"
    r"(?:counter-?)?offensive|storm(?:ed|ing)|overr[au]n|under (?:heavy |intense |sustained )?fire|gunfire|"
    r"gunfights?|shoot-?outs?|sieges?)\b",
    re.I,
)


def _ground_first(taken: str) -> bool:
    """What was seized names ground before any weapon ("the trading town of Rubaya and its coltan mines"), not
    arms ("weapons-laden trucks at the crossing")."""
    ground = _GROUND.search(taken)
    weapon = WEAPON_OBJECT_WORDS.search(taken)
    return ground is not None and (weapon is None or ground.start() < weapon.start())


# a coup told as such, or by what the men who held the head of state did with the state
_COUP_TOLD = re.compile(
    r"\b(?:in|during|as part of) (?:a|an|the|what \w+ called a) (?:[\w-]+ )?(?:coup|putsch)\b|"
    r"\b(?:suspen\w*|dissol\w*) (?:of )?(?:all |the )?(?:state |national )?(?:institutions|constitution|government|"
    r"parliament)\b|\b(?:seiz\w*|took|taken|taking) power\b",
    re.I,
)
# a peace mission, whose camps and posts pass to the state when it leaves
_PEACEKEEPERS = re.compile(
    r"\b(?:peace-?keep\w*|blue helmets|MINUSMA|MONUSCO|MINUSCA|UNMISS|UNAMID|UNIFIL|AMISOM|ATMIS|ECOMOG|"
    r"UN (?:mission|troops|forces))\b",
    re.I,
)
# (a mission leaving: the lexicon's words for a side leaving, and the nouns of it)
_MISSION_LEFT = re.compile(rf"\b(?:{LEAVING}|departure|pull-?out|hand-?over|handed|drawdown|exit)\b", re.I)


def _goods_first(taken: str) -> bool:
    """What was seized names goods among its first words, before any ground ("4.2 tonnes of cocaine belonging to
    the gang in the Uraba region", "23 mobile phones"), not "the town of Rubaya and its coltan mines"."""
    goods = _GOODS.search(" ".join(taken.split()[:4]))
    ground = _GROUND.search(" ".join(taken.split()))
    return goods is not None and (ground is None or goods.start() < ground.start())


# a force leaving ground (see _refine); someone took the ground it left where another side moved in (_MOVED_IN) or
# the ground was handed, ceded or left "to the" other side
_FORCES_LEAVING = frozenset(["withdraw", "withdrawal", "pull out", "pull back", "pullout", "pullback"])
_GROUND_GIVEN = re.compile(
    r"\b(?:hand\w*|turn\w* over|ced(?:e|ed|es|ing)|took over|taken over|control|"
    r"(?:walk|roll|march|came|com|drove|driv)\w* in|replac\w*|in (?:their|its) place|to the)\b",
    re.I,
)


def _taker_told(sentence_text: str) -> bool:
    return bool(_MOVED_IN.search(sentence_text) or _GROUND_GIVEN.search(sentence_text))


def _handed_over(sentence_text: str) -> bool:
    """Territory that changed hands without fighting, as the sentence tells it."""
    if _NO_FIGHT.search(sentence_text):
        return bool(
            _LEFT.search(sentence_text) or _MOVED_IN.search(sentence_text) or _FLED.search(sentence_text)
        )
    return bool(
        _LEFT.search(sentence_text)
        and _MOVED_IN.search(sentence_text)
        and not _FIGHTING.search(sentence_text)
    )


# harm done by those who came in: no peaceful handover ("entered the village and beheaded four men")
_HARM_ON_ENTRY = re.compile(
    r"\b(?:behead\w*|burn\w*|torch\w*|set fire|loot\w*|abduct\w*|kidnap\w*|shot|shoot\w*|fired|attack\w*|"
    r"raid\w*|wound\w*|injur\w*)\b",
    re.I,
)


# what belongs to a family or a trader, not to the state: a crowd wrecking it turns on people, not on authority
_PEOPLES_PROPERTY = re.compile(
    r"\b(?:homes?|houses?|huts?|villages?|shops?|stalls?|compounds?|businesses|dwellings?|households?|"
    r"places? of worship|mosques?|church(?:es)?|temples?|shrines?|gurdwaras?|synagogues?)\b",
    re.I,
)


def _mob_destruction(targets_text: str, sentence_text: str) -> bool:
    """A crowd, with no demonstration in the sentence, burning or looting people's homes or shops (or burning
    people): a mob."""
    return (
        bool(_PEOPLES_PROPERTY.search(targets_text) or _PERSONS.search(targets_text))
        and not GATHERING_WORDS.search(sentence_text)
        and not _PROTEST_CUES.search(sentence_text)
        and not re.search(r"\briot\w*", sentence_text, re.I)
    )


def _armed_takers(actor1: Actor | None, subject_text: str, *, state: bool = True) -> bool:
    """Who took goods is an armed body (the state's too, where asked): their taking is a looting, not a theft."""
    inters = (1, 2, 3, 4, 8) if state else (2, 3, 4, 8)
    if actor1 is not None:
        return actor1.inter in inters
    words = (
        _NON_STATE_FORCES + r"|armed group|armed men|bandits|gunmen" + (f"|{_STATE_FORCES}" if state else "")
    )
    return bool(re.search(rf"\b(?:{words})\b", subject_text, re.I))  # ("members of a Tripoli armed group")


def _turned_on_people(targets_text: str, sentence_text: str, gathered_before: bool) -> bool:
    """A crowd wrecking a place of worship or people's homes, with no demonstration told: a mob."""
    return bool(
        _PEOPLES_PROPERTY.search(targets_text + " " + sentence_text)
        and _mob_destruction(targets_text + " " + sentence_text, sentence_text)
        and not _PRESSING_GRIEVANCE.search(sentence_text)
        and not gathered_before  # ("Traders protested. Some of them later threw stones at shops.")
    )


# attackers who were pushed back: the ground stayed where it was
_ATTACK_REPELLED = re.compile(
    r"\b(?:attack\w*|assault\w*|raid\w*|stormed|tried|attempted)\b[^.;]{0,100}?\b(?:but|before|and) (?:they )?"
    r"(?:were|was|being|had been) (?:[\w-]+ )?(?:pushed|driven|beaten|forced|repell?ed|repulsed)(?: back)?\b",
    re.I,
)
_ARMED_PEOPLE = re.compile(
    r"\barmed (?:youths?|young men|villagers|residents|civilians|herders|tribesmen|men from)\b", re.I
)
_PARTISANS = re.compile(r"\b(?:supporters|party|activists|cadres|opposition|students)\b", re.I)
_SMASHING = frozenset(["damage", "vandalise", "vandalize", "wreck", "smash", "break", "shatter"])


def _collective_civilians(actor: Actor | None) -> bool:
    """Many ordinary people acting together ("residents", "villagers", "a crowd"): as attackers, a mob."""
    return (
        actor is not None
        and actor.inter in (5, 7)
        and actor.span is not None
        and bool(_COLLECTIVE.search(actor.span.text) or _MOB_WORDS.search(actor.span.text))
    )


# who holds or loses ground: the state's forces, or armed groups
_STATE_FORCES = (
    r"army|troops|soldiers|military|government(?: forces)?|armed forces|security forces|police|marines|gendarm\w*|"
    r"junta|regime(?: forces)?|loyalist (?:forces|troops|soldiers)"
)
_NON_STATE_FORCES = ARMED_GROUP_NOUNS + r"|fighters|gangs?|terrorists?|extremists?"
_STATE_FORCE_WORDS = re.compile(rf"\b(?:{_STATE_FORCES})\b", re.I)
_FROM_STATE = re.compile(rf"\bfrom (?:the )?(?:[\w'-]+ ){{0,3}}?(?:{_STATE_FORCES})\b", re.I)
_FROM_NON_STATE = re.compile(rf"\bfrom (?:the )?(?:[\w'-]+ ){{0,3}}?(?:{_NON_STATE_FORCES})\b", re.I)


def _named_after_from(sentence_text: str) -> set[int]:
    """The inter codes of the known actors a sentence names right after "from" ("recaptured the town from Al
    Shabaab", "from the SSPDF")."""
    return {
        a.inter
        for a in actor_registry().find(sentence_text)
        if a.span is not None
        and a.inter in (1, 2, 3, 4)
        and re.search(r"\bfrom (?:the )?$", sentence_text[max(0, a.span.start - 12) : a.span.start], re.I)
    }


# a subject that is a body of people: a count or a plural noun of people ("several hundred people", "veterans")
_PEOPLE_SUBJECT = re.compile(
    rf"\b(?:hundreds|thousands|dozens|scores|several|some|about|around|over|nearly|more than|\d[\d,]*|{PEOPLE_NOUNS})\b",
    re.I,
)
_OFFICIAL_BODY = re.compile(
    r"\b(?:ministers?|leaders|delegat\w+|officials|envoys|diplomats|heads of state|lawmakers|mps|senators|"
    r"representatives|commanders|negotiators|mediators|donors|investors|journalists covering|fans|worshippers|"
    r"pilgrims)\b",
    re.I,
)


# people who are no crowd: unknown attackers, criminals
_NO_CROWD = re.compile(
    r"\b(?:unknown|unidentified|masked|armed|gunmen|attackers|assailants|robbers|arsonists|thieves|bandits|"
    r"suspects?|kidnappers|men|man|woman|boy|girl|individuals?|persons?)\b",
    re.I,
)


def _own_subject_text(tok: Any, subj: Any) -> str:
    """The trigger verb's own subject ("residents burned cars"), not a governing verb's ("residents reported
    burned vehicles")."""
    if subj is None or tok.pos_ != "VERB":
        return ""
    # who the subject is, not what the clauses describing it tell ("mourners carrying the body of a man killed
    # by a truck" are mourners)
    told = {t.i for c in subj.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    words = [t for t in subj.subtree if t.i not in told]
    # verbs joined by "and", and participles that go on with the subject's acts ("mourners turned on the camp,
    # smashing its gate and burning a vehicle"), share the subject
    cur = tok
    for _ in range(4):
        if subj.head.i == cur.i:
            return " ".join(t.text for t in words)
        if not (cur.dep_ == "conj" or (cur.dep_ == "advcl" and cur.tag_ == "VBG")) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cur.children
        ):
            break
        if cur.dep_ == "advcl" and any(
            t.dep_ in ("nsubj", "nsubjpass") for t in cur.doc[cur.head.i + 1 : cur.i]
        ):
            break  # another clause's subject between them: the participle is likelier that clause's
        cur = cur.head
    if any(t.i == tok.i for t in subj.subtree):
        # a verb the parser hung inside its own subject ("supporters of X hurled stones" read as one phrase)
        return " ".join(t.text for t in subj.subtree if t.i < tok.i)
    return ""


# ordinary people acting as a body, who make a mob when they beat or kill: as the subject, or as the agent of a
# passive ("was beaten and set on fire by a crowd of residents", "hacked to death by a group of villagers")
_MOB_PEOPLE = rf"crowds?|mobs?|vigilantes?|{_COLLECTIVE_PEOPLE}"
_MOB_SUBJECT = re.compile(rf"\b(?:{_MOB_PEOPLE})\b", re.I)
_MOB_AGENT = re.compile(
    rf"\bby (?:an? |the )?(?:angry |irate |enraged )?(?:(?:group|mob|crowd|dozens|hundreds|scores|band) of )?"
    rf"(?:angry |irate |local )?(?:{_MOB_PEOPLE})\b",
    re.I,
)
# "ruling party youths", "militia youths", "armed youths": an organised or armed body, not a mob
_ORGANISED_SUBJECT = re.compile(r"\b(?:party|militia\w*|wing|league|gangs?|brigades?|cadres?|armed)\b", re.I)
_MOB_ACTS = frozenset(
    "beat kill lynch hack stone whip flog attack stab assault murder burn set chase torture club hit".split()
)


def _by_ordinary_people(subject_text: str, sentence_text: str, actor1: Actor | None) -> bool:
    """Done by ordinary people as a body, not by a force or an armed group (a communal militia only as a mob)."""
    if actor1 is not None and (
        actor1.inter in (1, 2, 3, 8)
        or (actor1.inter == 4 and not _MOB_WORDS.search(subject_text + " " + sentence_text))
    ):
        return False
    if _ORGANISED_SUBJECT.search(subject_text):
        return False  # "ruling party youths", "militia youths": an organised body, not a mob
    return bool(_MOB_SUBJECT.search(subject_text) or _MOB_AGENT.search(sentence_text))


# people named by what they are suspected of: a mob's usual victims
_SUSPECTS = re.compile(
    r"\b(?:suspects?|robbers?|thie(?:f|ves)|burglars?|kidnappers?|rapists?|witch(?:es)?|sorcerers?|"
    r"criminals?|bandits?)\b",
    re.I,
)


_VEHICLES = re.compile(
    r"\b(?:vehicles?|cars?|bus|buses|minibus(?:es)?|trucks?|taxis?|convoys?|pick-?ups?)\b", re.I
)


# a place named for the people it serves: "a girls' middle school", "the women's centre"
_PEOPLES_PLACE = re.compile(
    r"\b(?:girls|boys|women|men|children|students|orphans|widows|veterans)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:schools?|"
    r"colleges?|hostels?|dormitor(?:y|ies)|cent(?:er|re)s?|homes?|shelters?|markets?|clinics?|hospitals?|wards?)\b",
    re.I,
)
# a house burned with its people inside: the people were burned ("set fire to his house with him inside")
_BURNED_INSIDE = re.compile(
    r"\b(?:set (?:fire to|ablaze|alight)|burn\w*|torch\w*)\b[^.;]{0,60}\bwith (?:him|her|them|the (?:family|occupants)) "
    r"(?:still )?inside\b",
    re.I,
)


def _burned_people(targets_text: str, sentence_text: str) -> bool:
    """People set on fire: named, suspects, or "him", "her" or "them" where people and no property are told."""
    targets_text = _PEOPLES_PLACE.sub("the building", targets_text)  # "a girls' school" is a building
    if (
        _PERSONS.search(targets_text)
        or _SUSPECTS.search(targets_text)
        or re.match(r"(?:him|her)\b", targets_text)
    ):
        return True
    if not re.match(r"them\b", targets_text):
        return False
    # "them": the nearest people or property told before it
    before = sentence_text[: max(sentence_text.find(" them"), 0)]
    told = [(m.start(), True) for p in (_PERSONS, _SUSPECTS) for m in p.finditer(before)]
    # (not the place they were taken from: "dragged four elderly people from their homes ... set them ablaze")
    told += [
        (m.start(), False)
        for m in PROPERTY_WORDS.finditer(before)
        if not re.search(r"\bfrom (?:their |his |her |the )?$", before[: m.start()], re.I)
    ]
    return bool(told) and max(told)[1]


def _ordinary_doers(actor1: Actor | None) -> bool:
    """Whoever did it are ordinary people by the actors found ("young people discontented with the arrest ...",
    "residents angered by power cuts"): what they wreck while aggrieved is a riot, not an armed group's looting."""
    return actor1 is not None and actor1.inter == 7


# what was thrown, told after its target ("pelted a revenue task force vehicle with stones")
_PELTED_WITH = re.compile(
    r"\b(?:pelt|stone|hurl|throw|threw)\w*\s+(?:[\w'-]+\s+){1,6}?with\s+(?:[\w'-]+\s+)?(?:stones|rocks|bricks|"
    r"brickbats|bottles|petrol bombs|molotov cocktails)\b",
    re.I,
)


def _crowd_subject(subject_text: str, actor1: Actor | None) -> bool:
    """ "Angry residents", "young supporters of the candidate", "hundreds of farmers": a crowd, not an armed group."""
    head = _kin_of(subject_text)
    if not subject_text or (head == subject_text and actor1 is not None and actor1.inter in (1, 2, 3, 4, 8)):
        return False  # (the soldiers whose relatives gathered are not who gathered)
    return bool(
        (
            _PEOPLE_SUBJECT.search(subject_text)
            or _AGENT_PLURAL.search(subject_text)
            or _KIN.match(subject_text)
        )
        and not _OFFICIAL_BODY.search(head)
        and not _NO_CROWD.search(head)
        and not _ARMED_AGENTS.search(head)
    )


# people named by whose they are ("mothers of young men who went missing", "relatives of soldiers held captive")
_KIN = re.compile(
    r"^(?:the |some |several |dozens of |hundreds of |scores of )?(?:[\w-]+ )?(?:mothers|fathers|parents|wives|"
    r"widows|relatives|families|kin|sons|daughters|children|friends|colleagues|classmates)\b",
    re.I,
)


def _kin_of(subject_text: str) -> str:
    """Who the subject is, without whose kin they are: "relatives of soldiers held captive" are relatives."""
    m = _KIN.match(subject_text)
    return m.group(0) if m else subject_text


# people named by what they do ("depositors", "motorcyclists", "tenants", "retirees"), and those of them who bear
# arms or are no crowd
_AGENT_PLURAL = re.compile(r"\b[a-z]{3,}(?:ors|ers|ists|ants|ents|ees|ians)\b", re.I)
_ARMED_AGENTS = re.compile(
    r"\b(?:soldiers|fighters|officers|rangers|troopers|insurgents|militants|combatants|raiders|jihadists|"
    r"separatists|extremists|terrorists|loyalists|mercenaries|snipers|bombers|shooters|invaders|occupiers|"
    r"hijackers|smugglers|traffickers|poachers|looters|rustlers|killers|murderers|settlers|gangsters|"
    r"leaders|authorities|governments|ministers|lawmakers|partners|others|players|customers)\b",
    re.I,
)


# triggers that change a group only with the right object or words around them
_GROUP_CHANGE_BY_OBJECT = frozenset(
    [
        "choose",
        "select",
        "elect",
        "lay down",
        "cross over",
        "go over",
        "renounce",
        "designate",
        "coalition",
        "alliance",
        "creation",
        "halt",
        "refrain",
        "cease",
    ]
)
# triggers that are an act only with the right words around them ("the coalition", a theft by whom): they displace
# no effect of the sentence ("killed a man they suspected of stealing a goat")
_DISPLACE_NO_EFFECT = _GROUP_CHANGE_BY_OBJECT | {"steal", "storm", "clear", "recover", "engage"} | _ENTERING
# acts that harm nobody have no effects: a burning or a killing beside them is an act of its own ("set up
# barricades and burned tyres", "set up a checkpoint and killed two travellers", "protesters burned a truck")
_NO_EFFECT_TYPES = frozenset(
    [
        "Peaceful protest",
        "Headquarters or base established",
        "Agreement",
        "Change to group/activity",
        "Non-violent transfer of territory",
        "Other",
    ]
)
# what is launched that strikes nobody: a campaign to recruit, an inquiry, an appeal
_UNDERTAKING = re.compile(
    r"(?:(?:a|an|the|its|their|his|her|new|fresh|nationwide|national|major|public|online)\s+){0,3}"
    r"(?:campaign|drive|programmes?|programs?|initiatives?|appeal|bid|inquiry|investigation|probe|scheme|effort|"
    r"website|app|process|dialogue|project|plan|fund|service|petition|registration|recruitment|vaccination|"
    r"census|consultations?)\b",
    re.I,
)
_BEATING = frozenset(["beat", "club", "whip", "flog", "assault", "thrash", "cane", "kick"])
_SEVERE_FORCE = re.compile(
    r"\b(?:(?:excessive|brute|lethal|deadly|disproportionate) force|brutal(?:ly|ity)?|violent crackdown|"
    r"police violence)\b",
    re.I,
)
# what a gathering is about, just before the words of force: "a march against police brutality"
_AGAINST_BEFORE = re.compile(
    rf"\b(?:{_GRIEVANCE_LEAD}|about|decr\w*|end to|victims of)\s+(?:[\w'-]+\s+){{0,2}}$", re.I
)


# torture told of people held
_TORTURED = re.compile(
    r"\b(?:tortur\w*|electric shocks?|(?:severe|brutal|repeated) beatings?|beaten (?:with|badly|severely)|"
    r"hung from (?:the )?ceilings?|(?:burns|scars) (?:on|across|inflicted))\b",
    re.I,
)


def _severe_force(sentence_text: str) -> bool:
    """Force told as brutal or excessive, not the grievance a gathering is about ("a march against police
    brutality")."""
    return any(
        not _AGAINST_BEFORE.search(sentence_text[max(0, m.start() - 40) : m.start()])
        for m in _SEVERE_FORCE.finditer(sentence_text)
    )


# who told it: ", police said", ", a police spokesman told reporters", "according to an army officer"
_ATTRIBUTION = re.compile(
    r"(?:,|\bas)\s+(?:[\w'-]+\s+){0,6}?(?:said|says|told|reported|confirmed|added|stated)\b[^.;]*|"
    r"\baccording to\b[^.;,]*",
    re.I,
)
_UNILATERAL_HALT = re.compile(
    r"\b(?:attacks|operations|offensive(?: actions| operations)?|armed (?:actions|activit\w+|struggle)|"
    r"hostilities|military activit\w+|launches|strikes|raids|shelling|rocket fire|bombings|ambushes)\b",
    re.I,
)
_BILATERAL = re.compile(
    r"\b(?:sign\w*|pacts?|agree\w*|deals?|accords?|truces?|cease-?fire|both sides|two sides|each other|"
    r"one another|mutual\w*)\b",
    re.I,
)
_FORMED = re.compile(
    r"\b(?:announc|form|creat|launch|establish|forg|unveil)\w*\s+(?:[\w'-]+\s+){0,4}?(?:coalition|alliance|creation)\b",
    re.I,
)


def _group_change(lemma: str, targets_text: str, sentence_text: str) -> tuple[str, float]:
    """New leaders chosen, arms laid down, sides crossed, groups listed as terrorist, coalitions and units created,
    attacks halted by one side: a change to a group or its activity, each only with its telling words."""
    both = targets_text + " " + sentence_text
    if lemma in ("choose", "select", "elect"):
        return ("Change to group/activity", 0.6) if _NEW_LEADER.search(both) else ("", 0.0)
    if lemma == "lay down":
        if re.search(r"\btools\b", targets_text, re.I):
            return "Peaceful protest", 0.5  # "laid down their tools": workers stopping work to press a demand
        return (
            ("Change to group/activity", 0.6)
            if re.search(r"\b(?:arms|weapons|guns|firearms|rifles)\b", both, re.I)
            else ("", 0.0)
        )
    if lemma in ("cross over", "go over"):
        # "crossed over to the rebels with their rifles": soldiers or fighters changing sides
        sides = re.search(r"\b(?:over to|to the side of)\b", sentence_text, re.I) and GROUP_WORDS.search(both)
        return ("Change to group/activity", 0.6) if sides or POLITICAL_ARMED_NOUNS.search(both) else ("", 0.0)
    if lemma == "renounce":
        renounced = re.search(
            r"\b(?:violence|rebellion|armed struggle|insurgency|militancy|arms)\b", both, re.I
        )
        return ("Change to group/activity", 0.6) if renounced else ("", 0.0)
    if lemma == "designate":
        return ("Change to group/activity", 0.6) if re.search(r"\bterroris\w+", both, re.I) else ("", 0.0)
    if lemma in ("coalition", "alliance", "creation"):
        # the coalition is what was formed ("announced a coalition"), not the subject of another act
        formed = _FORMED.search(sentence_text) and (GROUP_WORDS.search(both) or lemma != "creation")
        return ("Change to group/activity", 0.55) if formed else ("", 0.0)
    # "halt", "refrain", "cease": one side stopping its attacks (both sides agreeing is a truce)
    if not _UNILATERAL_HALT.search(both):
        return "", 0.0
    if re.search(r"\bunilateral\w*\b", sentence_text, re.I) or not _BILATERAL.search(sentence_text):
        return "Change to group/activity", 0.55
    return "", 0.0


# chemical weapons as the cause of another act or as a topic ("strikes in response to a chemical attack", "destroyed
# its chemical weapons stockpile", "the chemical weapons convention"): no chemical attack told
_CHEMICAL_AS_CAUSE = re.compile(
    r"\b(?:in (?:response|retaliation|reply) (?:to|for)|retaliat\w*|reprisals? for|to punish|punish\w* (?:\w+ )?for|"
    r"to deter|investigat\w*|inquiry into|probe into|destroy\w*|dismantl\w*|stockpil\w*|possess\w*|renounc\w*|"
    r"ban(?:ned|ning|s)? (?:on )?|over (?:the|its|their|a|an))\s+(?:[\w'-]+\s+){0,3}?$",
    re.I,
)
_CHEMICAL_AS_TOPIC = re.compile(
    r"^\s*(?:stockpiles?|arsenals?|conventions?|programmes?|programs?|inspectors?|watchdog|treat(?:y|ies)|"
    r"facilit(?:y|ies)|production|capabilit(?:y|ies))\b",
    re.I,
)


def _chemical_used(text: str) -> bool:
    """A toxic agent told as used in the act, not as its cause or as a topic of talks and inspections."""
    return any(
        not _CHEMICAL_AS_CAUSE.search(text[max(0, m.start() - 60) : m.start()])
        and not _CHEMICAL_AS_TOPIC.match(text[m.end() :])
        for m in CHEMICAL_USE.finditer(text)
    )


# who is stopped on a road when intercepted ("gunmen intercepted them", "intercepted the convoy"), unless what flies
# was intercepted ("air defences intercepted them")
_STOPPED_ON_THE_ROAD = re.compile(r"(?:them|him|her|us|the convoy|their convoy|their vehicles?)\b", re.I)
_AIR_THREAT = re.compile(r"\bair defen|\b(?:drones?|missiles?|rockets?|projectiles?|aircraft)\b", re.I)
# burnings told in one trigger of the lexicon
_SET_ALIGHT = frozenset(["set ablaze", "torch"])
# verbs of putting an armed group out of a place, whose passive told of the group is DRIVEN_OUT
_PUTTING_OUT = frozenset(
    ["drive out", "drive", "clear", "expel", "dislodge", "flush out", "flush", "eject", "chase"]
)


# people dispersed by others, told in the passive ("before being dispersed", "were later dispersed")
_DISPERSED_PASSIVE = re.compile(r"\b(?:be|being|been|was|were|is|are|got|get)\s+(?:\w+\s+)?dispersed\b", re.I)


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
    subject_text: str = "",
    gathering_here: bool = True,
    direct_object: str = "",
    gathered_target: bool = False,
    gathered_before: bool = False,
) -> tuple[str, float]:
    if lemma in _PUTTING_OUT and DRIVEN_OUT.search(sentence_text):
        # "Daesh remnants cleared from the last pocket", "the militants were driven out of the town": the group is
        # who lost the ground, not who took it
        return "Government regains territory", max(conf, 0.55)
    if lemma in ("use", "employ", "turn") and _RIOT_GEAR_USED.search(sentence_text):
        # "used water cannon on demonstrators", "turned tear gas on the marchers": a crowd handled
        return "Protest with intervention", 0.6
    if (
        lemma == "raid"
        and _PEOPLE_TAKEN.search(sentence_text)
        and not (_KILL.search(sentence_text) or _INJURE.search(sentence_text))
    ):
        return (
            "",
            0.0,
        )  # "raided the house and took him away", "raided homes and detained 12": the taking is told
    if (
        sub == "Disrupted weapons use"
        and lemma in ("foil", "thwart", "frustrate", "scuttle")
        and _GATHERING_FOILED.match(targets_text)
    ):
        # "police foiled a BNP procession, charging batons on the marchers": a gathering stopped, no attack
        return "Protest with intervention", 0.6
    if (
        lemma in THROW_VERBS
        and any(w.category in ("ied", "explosive") for w in weapons)
        and GATHERING_WORDS.search(sentence_text)
        and _RIOT.search(sentence_text)
        and not (actor1 is not None and actor1.inter in (2, 3, 4, 8))
    ):
        # "students marching against fees clashed with riot police, throwing stones and homemade explosive
        # devices": what a demonstration threw is its riot, not a bombing
        return "Violent demonstration", 0.6
    if lemma in ("restore control", "re-establish control", "reestablish control") and not subject_text:
        # "pushed the fighters out of the town, restoring control of the airport": control restored by whoever
        # pushed, not by the nearest group named before it
        return sub, conf
    if (
        lemma == "shoot"
        and sub == "Attack"
        and re.search(r"\bthe (?:air|sky)\b", targets_text, re.I)
        and not _PERSONS.search(targets_text)
    ):
        return "", 0.0  # "shot into the air to break up a protest": warning shots, told with what they served
    if lemma in ("use", "shoot") and re.match(
        r"(?:[\w'-]+\s+){0,2}?(?:tear[- ]?gas|teargas|water cannons?|rubber bullets|pepper spray)\b",
        targets_text,
        re.I,
    ):
        return (
            "",
            0.0,
        )  # "police used tear gas": the gas is told by its own word, no weapon of the clause used
    if (
        sub == "Government regains territory"
        and _CONTROL_REGAINED.search(sentence_text)
        and CROWD_ACTOR_WORDS.search(sentence_text)
        and not re.search(rf"\b(?:{_NON_STATE_FORCES}|gunmen|bandits?)\b", sentence_text, re.I)
    ):
        # "demonstrators stormed the council building ... before security forces regained control": order restored
        # over a crowd is the end of its riot, no ground taken from an armed side
        return "", 0.0
    if sub == "Government regains territory" and lemma in _PUSHING_BACK:
        pushed_state = _STATE_FORCE_WORDS.search(targets_text) or (
            actor1 is not None
            and actor1.inter == 1
            and not subject_text  # (the passive's subject, read as actor)
        )
        if pushed_state and re.search(  # (with no "by ..." naming who pushed them)
            r"\b(?:was|were|been|being) (?:pushed|driven|beaten) back\b(?![^.;]{0,60}\bby\b)",
            sentence_text,
            re.I,
        ):
            return (
                "",
                0.0,
            )  # "after SNA forces were pushed back": the state's men lost ground, told as the cause
        # (or the crowd told as the passive's subject: "attempted to march to the camp, but were pushed back by a
        # police cordon")
        pushed_crowd = bool(
            re.search(
                r"\b(?:was|were|been|being) (?:pushed|driven|beaten|forced|chased) (?:back|off|away)\b",
                sentence_text,
                re.I,
            )
            and (gathering_here or _gathered(subject_text) or _CROWD_HANDLED.search(sentence_text))
        )
        if gathered_target or pushed_crowd:
            # forces pushing back or driving off a crowd of protesters take no ground: they stop a protest
            severe = _lethal(sentence_text) or _wounded(sentence_text) or _severe_force(sentence_text)
            return (
                ("Excessive force against protesters", 0.6) if severe else ("Protest with intervention", 0.6)
            )
        if _ATTACK_REPELLED.search(sentence_text):
            return (
                "Armed clash",
                0.5,
            )  # "attacked army positions but were pushed back": nothing taken, a fight
        if not (target_is_place or _GROUND.search(sentence_text)):
            # attackers pushed back with no ground named: an attack repelled, a fight ("tried to overrun the base
            # but were pushed back")
            return "Armed clash", 0.5
    if lemma == "dissolve" and (
        GATHERING_WORDS.search(targets_text) or re.match(r"(?:the |a )?peaceful\b", targets_text, re.I)
    ):
        sub, conf = "Protest with intervention", 0.6  # "the sit-in was dissolved with tear gas": dispersed
    categories = [w.category for w in weapons]
    if "chemical" in categories and CHEMICAL_USE.search(sentence_text) and not _chemical_used(sentence_text):
        categories = [c for c in categories if c != "chemical"]  # the cause of the act, or a topic
    implied = sorted(
        {CATEGORY_SUBTYPE[c] for c in categories if c in CATEGORY_SUBTYPE}, key=_IMPLIED_ORDER.index
    )
    if (
        (
            lemma in ("recover", "clear", *_ENTERING)
            and sub in ("Government regains territory", "Disrupted weapons use")
        )
        or (
            lemma == "take"
            and sub == "Abduction/forced disappearance"
            and (
                _TAKEN_GROUND.match(direct_object)
                # a town taken by name after a fight: "M23 rebels took Nyabibwe after a morning of fighting"
                or (target_is_place and direct_object[:1].isupper() and bool(_BATTLE.search(sentence_text)))
            )
        )
    ):
        # ground taken back ("recovered the village of Kabani", "cleared the valley of militants", "entered the town
        # after two days of fighting"), not arms recovered, a road cleared or a country entered
        what = " ".join(targets_text.split()[:6])
        arms = bool(WEAPON_OBJECT_WORDS.search(what)) or any(
            w.span is not None and w.span.text in what for w in weapons
        )
        ground = bool(target_is_place or _GROUND.search(what) or BASE_WORDS.search(what)) and not arms
        held = bool(_HELD_BEFORE.search(what))  # "the last rebel-held buildings"
        if lemma == "clear":
            of_forces = rf"\bof (?:the |all )?(?:[\w'-]+ ){{0,2}}?(?:{_NON_STATE_FORCES})\b"
            # the ground of a named armed group cleared: "cleared several Boko Haram enclaves"
            theirs = actor2 is not None and actor2.inter in (2, 3, 4)
            ground = held or (ground and bool(re.search(of_forces, sentence_text, re.I) or theirs))
        elif lemma in _ENTERING:
            named_place = target_is_place or (direct_object[:1].isupper() and not arms)  # "reached Niem"
            if (ground or named_place) and _NO_FIGHT.search(sentence_text) and actor1 is not None:
                # "had entered the town without a shot being fired": ground that changed hands without a fight
                return "Non-violent transfer of territory", 0.6
            if (
                ground
                and actor1 is not None
                and _handed_over(sentence_text)
                and not _KILL.search(sentence_text)
                and not _HARM_ON_ENTRY.search(sentence_text)
            ):
                # "drove into the town two days after the soldiers left": the other side had left it
                return "Non-violent transfer of territory", 0.55
            # (a named place re-entered is a return to ground held before: "re-entered Arbinda, under JNIM control
            # for weeks")
            ground = ground or (named_place and bool(re.search(r"\bre-?enter", sentence_text, re.I)))
            # (a place reached is ground changed only where told as reached without a fight)
            ground = (
                ground
                and lemma != "reach"
                and bool(_BATTLE.search(sentence_text) or _HELD_BEFORE.search(sentence_text))
            )
        if ground:
            # ground taken: by whoever the subject is (the lines below may still read who lost it)
            # (a named armed group is not the state for an "Army" in its name: "the Chin National Army")
            state = (actor1 is not None and actor1.inter == 1) or (
                not (actor1 is not None and actor1.inter in (2, 3, 4))
                and _STATE_FORCE_WORDS.search(subject_text)
            )
            non_state = (actor1 is not None and actor1.inter in (2, 3, 4)) or re.search(
                rf"\b(?:{_NON_STATE_FORCES})\b", subject_text, re.I
            )
            if not state and not non_state and _STATE_FORCE_WORDS.search(sentence_text):
                non_state = True  # an unknown name taking ground after fighting "junta troops": not the state
            if non_state and not state:
                sub, conf, lemma = "Non-state actor overtakes territory", 0.6, "seize"
            else:
                sub, conf, lemma = "Government regains territory", 0.6, "regain"
        elif lemma.startswith("march"):
            sub, conf, lemma = "Peaceful protest", 0.3, "march"  # no ground taken: read as any march
        elif lemma != "recover":
            return "", 0.0
    if (
        lemma == "intercept"
        and (
            _PERSONS.search(" ".join(targets_text.split()[:6]))
            or (_STOPPED_ON_THE_ROAD.match(targets_text.strip()) and not _AIR_THREAT.search(sentence_text))
        )
        and all(w.category in ("blade", "firearm") for w in weapons)
    ):
        # "intercepted the local leader on his way home and hacked him", "gunmen intercepted them": no weapon stopped
        return "", 0.0
    if lemma in ("disarm", "bring down"):
        # devices disarmed and drones brought down are disrupted weapons; fighters disarmed are a group disarmed;
        # power lines brought down by a storm are nothing
        what = " ".join(targets_text.split()[:8])
        weapon_told = bool(weapons) or bool(
            re.search(
                r"\b(?:drones?|missiles?|rockets?|aircraft|planes?|jets?|helicopters?|devices?|bombs?|mines?|ieds?|"
                r"explosives?)\b",
                what,
                re.I,
            )
        )
        if not weapon_told:
            fighters = re.search(rf"\b(?:{_NON_STATE_FORCES}|militiamen|combatants|members)\b", what, re.I)
            return ("Change to group/activity", 0.5) if lemma == "disarm" and fighters else ("", 0.0)
    if lemma in (
        "detonate",
        "explode",
        "blow up",
        "destroy",
        "blast",
        "explosion",
        "detonation",
    ) and _DISPOSED.search(sentence_text):
        # "detonated the device in a safe area", "destroyed it in a controlled blast": disposed of, not used
        return "Disrupted weapons use", 0.8
    if lemma in _DELIVERING and _chemical_used(sentence_text):
        return "Chemical weapon", max(conf, 0.7)  # "released a toxic gas over", "used sarin against"
    if lemma == "spray":
        if not (
            "firearm" in categories
            or re.search(r"\bwith (?:[\w-]+ )?(?:bullets|gunfire)\b", sentence_text, re.I)
        ):
            return "", 0.0  # sprayed with anything else: no event
        sub, conf, lemma = "Attack", 0.4, "fire"  # "sprayed the minibus with bullets": fired on it
    if taxonomy.event_type_of(sub) == taxonomy.ERV or sub in ("Armed clash", "Attack"):
        if SUICIDE_CUES.search(sentence_text) and not FOILED_BLAST.search(sentence_text):
            return "Suicide bomb", max(conf, 0.8)  # (a would-be bomber caught is a disrupted attack)
        if _chemical_used(sentence_text):
            return "Chemical weapon", max(conf, 0.8)
    if sub == "Air/drone strike" and conf >= 0.8:
        return sub, conf  # "air strike", "drone strike" say how the blow was delivered
    if (
        sub == "Air/drone strike"
        and lemma == "strike"
        and weapons
        and all(w.category in ("firearm", "blade") for w in weapons)
    ):
        sub, conf = "Attack", 0.45  # "struck by police bullets": shot, not bombed from the air
    # rioters, demonstrators or a crowd in the sentence: their own violence is a riot, not a battle
    crowd = bool(CROWD_ACTOR_WORDS.search(sentence_text)) or (actor1 is not None and actor1.inter in (5, 6))
    if _ARMED_PEOPLE.search(sentence_text) and not (actor1 is not None and actor1.inter in (5, 6)):
        crowd = (
            False  # "armed youth from the two communities exchanged fire": a community's militia, no crowd
        )
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
        *_WEAPON_EFFECTS,
        *THROW_VERBS,
        "land",
        "slam into",
        "rain down",
        "pound",
    )
    if (
        _AIR_SUBJECT.search(subject_text)
        and implied[:1] not in (["Suicide bomb"], ["Chemical weapon"])
        and (
            erv_trigger
            or lemma in _AIR_BLOWS
            or sub in ("Attack", "Armed clash")
            or taxonomy.event_type_of(sub) == taxonomy.ERV
        )
    ):
        # "warplanes pounded rebel positions", "helicopter gunships opened fire on a village": the codebook puts
        # every air-to-ground attack, helicopters' too, under air strikes
        return "Air/drone strike", max(conf, 0.8)
    if lemma in THROW_VERBS and implied[:1] == ["Remote explosive/landmine/IED"]:
        return "Grenade", max(conf, 0.8)  # "threw an explosive device at the office": a bomb thrown by hand
    if implied and (erv_trigger or taxonomy.event_type_of(sub) == taxonomy.ERV):
        return implied[0], max(conf, 0.8)
    if lemma in _WEAPON_EFFECTS:
        # wounded with no weapon of war named: an effect whose cause the sentence does not tell
        return "", 0.0
    if lemma in ("fight", "battle", "combat") and _FIGHT_AGAINST_EVIL.search(sentence_text) and not actor2:
        return "", 0.0  # "the pole specialised in the fight against cybercrime": a policy, no battle
    burning = lemma == "burn" or (lemma == "set" and sub == "Looting/property destruction")
    if (
        (burning or lemma in _SET_ALIGHT) and _burned_people(targets_text, sentence_text)
    ) or _BURNED_INSIDE.search(sentence_text):
        # people set on fire: an attack, a crowd's mob violence ("two suspected robbers were set ablaze by a crowd")
        if (
            crowd
            or _crowd_subject(subject_text, actor1)
            or _by_ordinary_people(subject_text, sentence_text, actor1)
            or (actor1 is not None and actor1.inter == 7)  # residents who burned a man in his house
        ):
            return "Mob violence", 0.6
        return "Attack", 0.5
    riot_act = sub == "Violent demonstration" and not (actor1 is not None and actor1.inter in (1, 2, 3, 4, 8))
    if riot_act and (burning or lemma in THROW_VERBS):
        return (
            "Violent demonstration",
            0.55,
        )  # tyres burned or stones thrown by ordinary people (see RIOT_ACTS)
    if lemma in ("pull down", "tear down") and not PROPERTY_WORDS.search(targets_text):
        return "", 0.0  # masts or a mosque's walls pulled down are destroyed; posters or a price are not
    if burning:
        # what burned decides: property (destruction, or a riot's), else no event
        if not PROPERTY_WORDS.search(targets_text + " " + sentence_text):
            return "", 0.0
        if not crowd and (
            _crowd_subject(subject_text, actor1)
            or (_ordinary_doers(actor1) and _PRESSING_GRIEVANCE.search(sentence_text))
        ):
            # villagers burning a neighbouring community's homes are a mob; burning the state's vehicles, a riot
            homes = _PEOPLES_PROPERTY.search(targets_text)
            return ("Mob violence", 0.5) if homes else ("Violent demonstration", 0.6)
        if crowd:
            return (
                ("Mob violence", 0.6)
                if _mob_destruction(targets_text, sentence_text)
                else ("Violent demonstration", 0.6)
            )
        return "Looting/property destruction", 0.55
    if (
        sub == "Non-violent transfer of territory"
        and _VEHICLES.search(" ".join(subject_text.split()[-3:]))
        and not _STATE_FORCE_WORDS.search(subject_text)
    ):
        return (
            "",
            0.0,
        )  # "the commissioner's car had just pulled out of the compound": a vehicle left, no side
    if lemma in (
        "hit",
        "land",
        "slam into",
        "rain down",
        "step on",
        "tread on",
        "jump on",  # a vehicle that "jumped on a mine", as French reports say
        "fall on",  # "a salvo of Grad rockets fell on the vicinity of the airport"
        "crash into",
        "set off",
        "trigger",
        "open up",
    ):
        if lemma == "trigger" and not _CHARGE_SET_OFF.match(targets_text):
            return "", 0.0  # "triggered a landslide", "triggered protests": a cause, no blast
        # only what a weapon of war hit, or the mine someone stepped on; armed men hitting an army position
        # fight it ("the insurgents hit a Rwandan army position overnight")
        if implied:
            return implied[0], 0.7
        if (
            lemma == "hit"
            and actor1 is not None
            and actor1.inter in (2, 3, 4)
            and MILITARY_TARGET_WORDS.search(" ".join(targets_text.split()[:6]))
        ):
            return "Armed clash", 0.5
        return "", 0.0
    if lemma in ("force", "bundle") or (
        lemma in _INTO_VEHICLE_VERBS and sub == "Abduction/forced disappearance"
    ):
        # "forced into a van", "bundled him into a car": taken away; "forced to flee" is no event, nor supplies
        # loaded into trucks
        vehicle = re.search(
            r"\b(?:into|onto|on to|in) (?:a |an |the |their |two |three |waiting |unmarked |white |black )*(?:[\w-]+ )?"
            r"(?:vans?|cars?|vehicles?|trucks?|pick-?ups?|suvs?|boats?|the bush)\b|"
            r"\b(?:into|onto|in) (?:a |an |the |their )?(?:waiting )?unmarked\b",  # "an unmarked Subaru"
            sentence_text,
            re.I,
        )
        put_in = lemma in ("force", "bundle") or _people_held(targets_text)
        return ("Abduction/forced disappearance", 0.6) if vehicle and put_in else ("", 0.0)
    if lemma == "take" and sub == "Peaceful protest":
        return sub, conf  # "took out a procession" (PROTEST_PROCESSION)
    if lemma == "take":
        # "took three officers hostage", "were taken from their homes by gunmen", "took the children away"
        taken = bool(_PERSONS.search(targets_text) or _CIVIL_TARGETS.search(targets_text)) or (
            actor2 is not None and actor2.inter in (1, 7)
        )
        if direct_object and _GOODS.fullmatch(direct_object.split()[-1]):
            taken = False  # "took official vehicles": goods, whatever word describes them
        if _TO_THE_STATION.search(sentence_text) and (taken or _people_held(targets_text)):
            # "took nine organisers to Dusit station", "were taken for questioning": arrested
            return _detention(sentence_text, gathering_here, gathered_before)
        if taken and _TAKEN.search(sentence_text):
            return "Abduction/forced disappearance", 0.55
        if _FATE_UNKNOWN.search(sentence_text) and (
            taken or (not direct_object and _PERSONS.search(sentence_text))
        ):
            # "a radio presenter was taken by men in civilian clothes and his whereabouts remain unknown"
            return "Abduction/forced disappearance", 0.6
        if (
            re.match(r"(?:him|her|them)\b", targets_text)
            and _RAIDED.search(sentence_text)
            and (
                _TAKEN.search(sentence_text)
                # (an undisclosed place is a state's arrest where its own forces took him: see _TO_NOWHERE_KNOWN)
                or (
                    _TO_NOWHERE_KNOWN.search(sentence_text) and not (actor1 is not None and actor1.inter == 1)
                )
            )
        ):
            # "raided the teacher's house and took him away": the raid was how he was taken
            return "Abduction/forced disappearance", 0.6
        armed_takers = _armed_takers(actor1, subject_text, state=False)
        if not taken and armed_takers and _GOODS.search(" ".join(direct_object.split()[:6])):
            return (
                "Looting/property destruction",
                0.35,
            )  # "M23 rebels ... took its solar panels and mattresses"
        return "", 0.0
    if lemma == "pick up":
        # people picked up by the police, soldiers or men in plain clothes are detained; a phone or a pace is not
        held = _people_held(targets_text)
        forces = (
            (actor1 is not None and actor1.inter == 1)
            or _STATE_FORCE_WORDS.search(sentence_text)
            or _POLICE_SUBJECT.search(sentence_text)
            or re.search(r"\b(?:agents|plain ?clothes)\b", sentence_text, re.I)
        )
        if not (held and forces) or not re.search(r"\bpick(?:ed|s|ing)? up\b", sentence_text, re.I):
            return "", 0.0  # (nor a "pick-up" truck)
        if _FATE_UNKNOWN.search(sentence_text):
            return "Abduction/forced disappearance", 0.6  # picked up and not seen since
        return _detention(sentence_text, gathering_here, gathered_before)
    if lemma in ("take away", "carry away", "carry off", "snatch", "whisk away", "lead away"):
        people = _PERSONS.search(targets_text) or _CIVIL_TARGETS.search(targets_text)
        if (
            not people
            and _GOODS.search(" ".join(targets_text.split()[:8]))
            and _armed_takers(actor1, subject_text)
        ):
            return "Looting/property destruction", 0.5  # "insurgents broke in and carried off sacks of rice"
        if not people and (_FATE_UNKNOWN.search(sentence_text) or _TO_NOWHERE_KNOWN.search(sentence_text)):
            return "Abduction/forced disappearance", 0.55  # "took away eight of them to an unknown location"
        return ("Abduction/forced disappearance", 0.6) if people else ("", 0.0)
    if sub == "Violent demonstration" and lemma in _SMASHING:
        # things smashed by a crowd (see RIOT_ACTS): a mob where it turned on people's homes or a place of worship
        # (partisans are a party's demonstration: "opposition supporters smash shop windows")
        if _turned_on_people(targets_text, sentence_text, gathered_before) and not _PARTISANS.search(
            subject_text
        ):
            return "Mob violence", 0.55
        return sub, conf
    if lemma == "rampage":
        # people on the rampage: a riot, a mob where it turned on homes or people; an animal's is no event, and
        # armed men's is told by what they did
        if not (crowd or _crowd_subject(subject_text, actor1)) or (
            actor1 is not None and actor1.inter in (1, 2, 3, 4, 8)
        ):
            return "", 0.0
        if (
            _turned_on_people(targets_text, sentence_text, gathered_before)
            or _RIVAL_PEOPLE.search(sentence_text)
            or _MOB_WORDS.search(subject_text)
        ):
            return "Mob violence", 0.55
        return "Violent demonstration", 0.5
    if lemma in THROW_VERBS:
        # nothing explosive thrown: stones or petrol bombs from a crowd are a riot; a ball is no event
        if (crowd or _crowd_subject(subject_text, actor1)) and _RIOT.search(sentence_text):
            mob = _turned_on_people(targets_text, sentence_text, gathered_before)
            return ("Mob violence", 0.6) if mob else ("Violent demonstration", 0.6)
        if (
            re.match(
                r"(?:[\w'-]+\s+){0,2}?(?:stones?|rocks?|bricks?|bottles|petrol bombs?|molotov\w*)\b",
                targets_text,
                re.I,
            )
            and _FORCE.search(targets_text)
            and not (actor1 is not None and actor1.inter in (1, 2, 3, 4, 8))
        ):
            return (
                "Violent demonstration",
                0.55,
            )  # "threw stones at municipal police officers": people, not soldiers
        if re.search(r"\bacid\b", targets_text + " " + sentence_text, re.I) and _PERSONS.search(
            sentence_text
        ):
            return "Attack", 0.5
        if _PELTED_WITH.search(sentence_text) and not (
            actor1 is not None and actor1.inter in (1, 2, 3, 4, 8)
        ):
            return "Violent demonstration", 0.55  # "young men pelted a task force vehicle with stones"
        if re.match(
            r"(?:an? |the |two |three |several )?(?:[\w'-]+\s+){0,2}?(?:explosives?|explosive devices?|devices?|ieds?)\b",
            direct_object or targets_text,
            re.I,
        ) and not re.search(r"\b(?:petrol|molotov|smoke|stun|tear)\b", direct_object or targets_text, re.I):
            return "Grenade", 0.65  # "tossed a homemade explosive at a gendarmerie pick-up": thrown by hand
        return "", 0.0
    if lemma == "engage":
        # "troops engaged an ELN column", "a unit was engaged by heavily armed terrorists": fighting an armed body
        # ("engaged the community", "engaged in talks" are no fight)
        armed_words = rf"\b(?:{_NON_STATE_FORCES}|{_STATE_FORCES}|column|unit|patrol|convoy|positions?|gunmen|assailants)\b"
        armed_side = (
            (actor2 is not None and actor2.inter in (1, 2, 3, 4, 8))
            or re.search(armed_words, " ".join(targets_text.split()[:8]), re.I)
            or re.search(r"\bengaged by (?:[\w-]+\s+){0,3}?" + armed_words, sentence_text, re.I)
        )
        # ("engaged in fighting" is the fighting's; "engaged in talks" none)
        engaged_in = re.search(r"\bengag\w* in\b", sentence_text, re.I)
        # "PDF units and junta troops engaged for several hours": two armed sides as the subject
        both = re.search(r"\band\b", subject_text) and len(re.findall(armed_words, subject_text, re.I)) >= 2
        if engaged_in:
            return "", 0.0
        return ("Armed clash", 0.6) if (armed_side and targets_text) or both else ("", 0.0)
    if lemma == "launch" and not implied and _UNDERTAKING.match(targets_text):
        return "", 0.0  # "launched a drive to recruit soldiers", "launched an inquiry": no blow struck
    if sub == "Armed clash" and re.search(r"\b(?:each other|one another)\b", targets_text, re.I):
        return sub, conf  # "fired at each other", "turned their guns on each other" (see EACH_OTHER)
    if lemma == "fire" and "riot" in categories and not implied:
        # rubber bullets, tear gas or water cannon fired at a crowd: an intervention in a gathering
        crowd_here = (
            CROWD_WORDS.search(targets_text + " " + sentence_text)
            or GATHERING_WORDS.search(sentence_text)
            or _PROTEST_CUES.search(sentence_text)
            or DEMAND_ACT.search(sentence_text)
        )
        if crowd_here and _lethal(sentence_text):
            # "fired rubber bullets and live rounds on a procession", a student killed: deadly force on it
            return "Excessive force against protesters", 0.65
        return ("Protest with intervention", 0.6) if crowd_here else ("", 0.0)
    if lemma in ("fire", "launch") and not implied:
        shot_at = (actor2 is not None) or bool(
            _PERSONS.search(targets_text)
            or _CIVIL_TARGETS.search(targets_text)
            or CROWD_WORDS.search(targets_text)
            # those inside what was fired on: "gunmen fired on their clearly marked vehicle"
            or (lemma == "fire" and _VEHICLES.search(targets_text))
            or gathered_target  # "fired on participants" of a sit-in told just before
        )
        if "firearm" in categories or shot_at or re.search(r"\bopen\w* fire\b", sentence_text, re.I):
            sub, conf = "Attack", 0.4
        else:
            return "", 0.0
    if lemma == "disperse" and not (
        CROWD_WORDS.search(targets_text)
        or re.search(rf"\b(?:{PEOPLE_NOUNS})\b", direct_object, re.I)
        # "demonstrators sacked the office before being dispersed": the gathering told as the clause's subject
        or (actor1 is not None and actor1.inter in (5, 6) and _DISPERSED_PASSIVE.search(sentence_text))
    ):
        # "before dispersing in the afternoon": the crowd left by itself ("dispersed pensioners demanding higher
        # payments": people were dispersed)
        return "", 0.0
    # triggers whose meaning depends on their object
    if sub == "Other" and COMMS_CUT.search(sentence_text):
        return sub, conf  # communications cut: what was suspended is already known
    if lemma in _GROUP_CHANGE_BY_OBJECT:
        return _group_change(lemma, targets_text, sentence_text)
    if sub == "Headquarters or base established" and CAMP_PITCHED.search(sentence_text):
        return sub, max(
            conf, 0.6
        )  # armed men making camp, whatever the verb's other uses ("settled", "built")
    if sub == "Change to group/activity" and (
        GROUP_CHANGE.search(sentence_text)
        or BODY_BANNED.search(sentence_text)
        or RECRUITS_TAKEN.search(sentence_text)
    ):
        # told in a phrase that says it all ("moved dozens of fighters", "appointed a new governor"): the verb's
        # other meanings (a base moved, an official named) are for sentences without one
        return sub, max(conf, 0.6)
    if lemma == "steal" and not (actor1 is not None and actor1.inter in (1, 2, 3, 4, 8)):
        return "", 0.0  # theft is looting only by an armed or political body ("fighters stole 200 cattle")
    if lemma in ("appoint", "name", "suspend", "hand in", "integrate", "incorporate", "install"):
        # what was appointed, suspended, handed in or installed decides
        if lemma == "install":
            return ("Headquarters or base established", 0.5) if BASE_WORDS.search(targets_text) else ("", 0.0)
        if lemma in ("appoint", "name", "choose", "select", "elect") and _NEW_LEADER.search(
            targets_text + " " + sentence_text
        ):
            return "Change to group/activity", 0.6
        if lemma == "suspend" and re.search(
            r"\b(?:attacks|operations|armed activit\w*|offensive)\b", targets_text
        ):
            return "Change to group/activity", 0.6
        if lemma == "hand in" and WEAPON_OBJECT_WORDS.search(targets_text or sentence_text):
            if re.search(r"\bsurrender(?:ed|s|ing)? to\b", sentence_text, re.I):
                return "", 0.0  # "surrendered to troops, handing in rifles": the arms are the surrender's
            return "Change to group/activity", 0.6  # fighters handing in their weapons en masse
        if lemma in ("integrate", "incorporate") and GROUP_WORDS.search(targets_text + " " + sentence_text):
            return "Change to group/activity", 0.5
        return "", 0.0
    if (
        lemma in ("settle", "move", "turn", "convert", "relocate")
        and sub
        not in ("Non-violent transfer of territory", "Agreement")  # ("settled on terms": TERMS_SETTLED)
    ):
        # "settled in a camp", "moved its headquarters to", "turned a school into a base" (moving in where the
        # other side left is read by its phrase: see _PHRASE_CUES)
        if lemma == "move" and re.search(
            r"\b(?:empty|abandoned|deserted|vacated|evacuated)\b", targets_text, re.I
        ):
            return (
                "Non-violent transfer of territory",
                0.55,
            )  # "moved into the empty camp": ground the other side left
        base = BASE_WORDS.search(targets_text) or re.search(
            r"\binto (?:a |an |its |their )?(?:\w+ )?(?:base|camp|headquarters|stronghold|outpost)\b",
            sentence_text,
            re.I,
        )
        armed = actor1 is not None and actor1.inter in (1, 2, 3, 4, 8)
        if base and armed:
            return "Headquarters or base established", 0.5
        return (sub, conf) if lemma == "relocate" else ("", 0.0)
    if lemma in (
        "form",
        "found",
        "establish",
        "set up",
        "build",
        "open",
        "erect",
        "inaugurate",
        "construct",
        "formation",
    ):
        # "a human chain in front of the press club": no front formed (the object's words lose their "in")
        made = re.sub(r"\b(?:in )?front of (?=the |a )", " ", targets_text)
        if BASE_WORDS.search(made):
            return "Headquarters or base established", 0.6
        if GROUP_WORDS.search(made):
            return "Change to group/activity", 0.55
        if (
            lemma == "formation"
            and re.search(r"\b(?:its|their)\s+formation\b", sentence_text, re.I)
            and GROUP_WORDS.search(sentence_text)
        ):
            return "Change to group/activity", 0.55  # "a new armed group ... announced its formation"
        return "", 0.0
    if (
        lemma == "occupy"
        and (
            (actor1 is not None and actor1.inter in (2, 3, 4))
            or (actor1 is None and bool(POLITICAL_ARMED_NOUNS.search(subject_text)))
        )
        and (
            target_is_place
            or BASE_WORDS.search(targets_text)
            or _GROUND.search(targets_text)
            or _PREMISES.search(targets_text)
        )
    ):
        if _handed_over(sentence_text) or re.search(
            r"\b(?:left|abandoned|evacuated|vacated)\b", sentence_text
        ):
            return "Non-violent transfer of territory", 0.6  # moving into ground the other side left
        return "Non-state actor overtakes territory", 0.6  # armed men occupying a town, a post or an office
    if (
        lemma == "occupy"
        and actor1 is not None
        and actor1.inter == 1
        and (BASE_WORDS.search(targets_text) or _GROUND.search(targets_text))
        and _FIGHTING.search(sentence_text)
    ):
        return (
            "Government regains territory",
            0.6,
        )  # "overran and occupied the militants' encampment after a firefight"
    if lemma == "storm":
        # a crowd storming a building riots ("supporters stormed the party's offices"); armed men storming a village
        # are told by what they did there
        if not _crowd_subject(subject_text, actor1):
            return "", 0.0
        # a crowd storming a neighbouring village or people's homes is a mob, as when it burns them
        return (
            ("Mob violence", 0.5)
            if _PEOPLES_PROPERTY.search(targets_text)
            else ("Violent demonstration", 0.6)
        )
    if lemma == "barricade":
        # people barricading a road riot (the codebook's road-blocking with barricades); forces sealing off an
        # area, or gunmen holed up ("barricaded themselves"), do not
        if _crowd_subject(subject_text, actor1) and not re.match(r"themselves|itself", targets_text, re.I):
            return "Violent demonstration", 0.6
        return "", 0.0
    if sub == "Peaceful protest" and lemma in _DEMAND_ACT_LEMMAS:
        # an everyday act done to press a demand is a protest when people, not a force or officials, did it
        if not _crowd_subject(subject_text, actor1):
            return "", 0.0
        if _BLOCKING_MATERIAL.search(sentence_text) and not re.search(r"\bpeaceful\w*", sentence_text, re.I):
            return "Violent demonstration", 0.6  # a road blocked with rocks, logs or burning tyres
        return "Peaceful protest", 0.45
    if lemma in ("gather", "assemble", "converge", "occupy"):
        # a crowd gathering to press a demand is a protest; any other gathering is not
        # "around 80 veterans gathered ... demanding": people, not an armed or official body
        crowd_subject = (actor1 is not None and actor1.inter in (5, 6, 7)) or _crowd_subject(
            subject_text, actor1
        )
        pressing = re.search(r"\b(?:demand\w*|protest\w*|denounc\w*|chant\w*|against|oppos\w*|call\w* for|slogans?|placards?|to reject|rejecting)\b",
                             sentence_text, re.I)  # fmt: skip
        # a crowd gathered in support or at a call ("at the call of the associations to express support")
        pressing = pressing or _RALLIED_SUPPORT.search(sentence_text)
        pressing = pressing or _PROTEST_PEOPLE.search(subject_text.lower())  # "the demonstrators gathered"
        pressing = pressing or _PROTEST_CUES.search(sentence_text)  # "gathered ..., holding banners"
        # a gathering the forces ordered away or whose organisers they held: theirs was a protest, and stopped
        stopped = _FORCE.search(sentence_text) and _GATHERING_STOPPED.search(sentence_text)
        if crowd_subject and stopped:
            return "Protest with intervention", 0.55
        return ("Peaceful protest", 0.5) if crowd_subject and pressing else ("", 0.0)
    if sub == "Headquarters or base established" and lemma in ("use", "turn", "convert"):
        return sub, conf  # "were using it as their base" (see BASE_MADE)
    if lemma in ("use", "employ", "drop", "destroy"):
        categories_ = {w.category for w in weapons}
        if lemma == "destroy":
            wielded = [
                CATEGORY_SUBTYPE[w.category]
                for w in weapons
                if w.category in ("aircraft", "drone", "artillery", "rocket", "missile")
                and w.span is not None
                and re.search(rf"\b{re.escape(w.span.text)}\b", subject_text, re.I)
            ]
            if wielded:
                return wielded[0], 0.6  # "jets destroyed depots", "artillery destroyed two bridges": the blow
            if categories_ & {"drone", "missile", "rocket", "ied"}:
                return "Disrupted weapons use", 0.5
            if PROPERTY_WORDS.search(targets_text) and actor1 is not None:
                return "Looting/property destruction", 0.5  # "militants destroyed a phone mast"
            return "", 0.0
        if "chemical" in categories_:
            return "Chemical weapon", 0.7  # "drones dropped grenades filled with gas"
        if lemma == "drop" and categories_ & {"explosive", "aircraft"}:
            return "Air/drone strike", 0.6
        implied_ = [CATEGORY_SUBTYPE[c] for c in categories_ if c in CATEGORY_SUBTYPE]
        if implied_:
            return implied_[0], 0.6
        if not (lemma in ("use", "employ") and _USED_ON_PEOPLE.search(sentence_text)):
            return "", 0.0
        # "used live ammunition against the crowd", "employed force on the marchers": read on as shooting at people
        sub, conf = "Attack", 0.4
    if lemma == "blow up":
        # "blew up the house of a tribal sheikh": property destroyed; "blew himself up": a suicide bombing
        if SUICIDE_CUES.search(sentence_text):
            return "Suicide bomb", 0.8
        if implied:
            return implied[
                0
            ], 0.7  # "blew up a vehicle with a pressure IED", "an explosives-packed car blew up"
        if not direct_object and _EXPLOSIVES_CARRIED.search(sentence_text):
            return "Remote explosive/landmine/IED", 0.7  # "a motorcycle loaded with explosives blew up"
        if PROPERTY_WORDS.search(targets_text) and not WEAPON_OBJECT_WORDS.search(targets_text):
            return "Looting/property destruction", 0.5
        return "", 0.0
    if lemma in _GIVING_UP and sub == "Agreement":
        if _DEFECTION.search(sentence_text):
            return "Change to group/activity", 0.6  # "deserted and handed themselves over": a defection
        if _IN_RETURN.search(sentence_text) or _NEGOTIATED.search(sentence_text):
            return "Agreement", 0.6  # "agreed to surrender to the army in return for an amnesty"
        given = _SURRENDERED_OBJECT.search(sentence_text)
        if given and (_GROUND.search(given.group(1)) or BASE_WORDS.search(given.group(1))):
            return "Non-violent transfer of territory", 0.5  # "surrendered the town": the place, not the men
        if given and WEAPON_OBJECT_WORDS.search(given.group(1)):
            return "Change to group/activity", 0.5  # "surrendered their rifles": arms handed in
    if lemma == "free":
        if _IN_RETURN.search(sentence_text) or _NEGOTIATED.search(sentence_text):
            return "Agreement", 0.6  # "freed 12 women in return for four of its fighters"
        if CAPTIVE_WORDS.search(targets_text):
            return "Agreement", 0.4
        # "the kidnappers freed the 12 students", "the junta freed the former president": people let go by those
        # holding them
        freed_people = _PERSONS.search(" ".join(direct_object.split()[:5])) or re.search(
            r"\b(?:president|leader|premier|prime minister|governor|mayor|commander|opposition figures?)\b",
            " ".join(direct_object.split()[:5]),
            re.I,
        )
        return ("Agreement", 0.4) if freed_people and subject_text else ("", 0.0)
    if lemma in ("release", "exchange", "swap", "in exchange for") and sub == "Agreement":
        captives = (
            CAPTIVE_WORDS.search(targets_text)
            or (lemma in ("swap", "exchange", "in exchange for") and CAPTIVE_WORDS.search(sentence_text))
            or (
                lemma == "release" and (_IN_RETURN.search(sentence_text) or _NEGOTIATED.search(sentence_text))
            )
        )
        if not captives:
            return "", 0.0
        # "an exchange of prisoners", "a swap of bodies": the codebook's agreement, over the fighting it follows
        return "Agreement", 0.85 if lemma != "release" and _TRUCE_TERMS.search(sentence_text) else 0.6
    if (
        sub == "Agreement"
        and lemma in _TRUCE_WORDS
        and re.search(r"\bunilateral(?:ly)?\b", sentence_text, re.I)
    ):
        return (
            "Change to group/activity",
            0.6,
        )  # one side stopping its fire on its own: no agreement between two
    if sub == "Agreement" and _TRUCE_TERMS.search(sentence_text) and not _TRUCE_AS_TIME.search(sentence_text):
        conf = max(conf, 0.85)  # agreeing to stop the fighting is the news, over the fighting it ends
    weapon_object = bool(WEAPON_OBJECT_WORDS.search(targets_text)) or bool(
        weapons and not implied_strike(lemma)
    )
    if lemma in ("find", "discover", "recover", "uncover", "confiscate", "seizure", "impound"):
        weapon_object = weapon_object or bool(WEAPON_OBJECT_WORDS.search(sentence_text))
    if lemma in (
        "find",
        "discover",
        "recover",
        "uncover",
        "seize",
        "capture",
        "confiscate",
        "seizure",
        "impound",
        "secure",  # "secured an arsenal including four rifles"
        "disrupt",  # "the EOD team safely disrupted an improvised explosive device"
    ):
        if weapon_object and not (lemma in ("seize", "capture") and _ground_first(direct_object)):
            # arms taken from a fight's ground are its spoils, told after it: the fight is the news where told
            return "Disrupted weapons use", 0.45 if _SPOILS.search(sentence_text) else 0.7
        if lemma in (
            "find",
            "discover",
            "recover",
            "uncover",
            "confiscate",
            "seizure",
            "impound",
            "secure",
            "disrupt",
        ):
            return "", 0.0
    if lemma in ("seize", "capture") and (
        (actor2 is not None and actor2.inter == 7)
        or _PERSONS.search(targets_text)
        or _TAKEN_PEOPLE.match(targets_text)
        or direct_object.lower() in ("him", "her", "them")  # "after seizing him on a road"
    ):
        if (actor1 is not None and actor1.inter == 1) or _POLICE_SUBJECT.search(subject_text):
            return "Arrests", 0.55  # "police captured a gang leader": held by the state
        return "Abduction/forced disappearance", 0.6
    if (
        lemma in ("seize", "capture")
        and not target_is_place
        and _EQUIPMENT.search(" ".join(targets_text.split()[:5]))
        and not (BASE_WORDS.search(targets_text) or _GROUND.search(targets_text))
    ):
        return "", 0.0  # "captured two armoured vehicles": spoils of a fight, no ground taken
    if (
        lemma == "seize"
        and sub in taxonomy.TERRITORY_TYPES
        and re.match(r"(?:their|his|her|its) ", direct_object)
        and not (target_is_place or BASE_WORDS.search(direct_object) or _GROUND.search(direct_object))
    ):
        return "", 0.0  # "seized their phones", "seized his passport": belongings taken, no ground
    if lemma in ("hand", "hand over", "hand back"):
        handed = " ".join(targets_text.split()[:6])  # what was handed, not the phrases hung on it
        if CAPTIVE_WORDS.search(handed):
            return "Agreement", 0.5  # captives or bodies handed over: a release by agreement
        if re.search(r"\b(?:soldiers|servicemen|fighters|men|troops|policemen)\b", handed, re.I) and (
            _IN_RETURN.search(sentence_text) or re.search(r"\b(?:exchange|swap)\b", sentence_text, re.I)
        ):
            return "Agreement", 0.5  # "an equal number of Russian soldiers handed back" in an exchange
        if _PERSONS.search(handed) or _HANDED_NOT_GROUND.search(handed):
            return "", 0.0  # people or arms handed over are no ground
    if sub == "Non-violent transfer of territory" and actor1 is not None and actor1.inter in (5, 6, 7):
        return "", 0.0  # "residents gheraoed the sub-station and withdrew": people leaving hold no ground
    if (
        sub == "Non-violent transfer of territory"
        and lemma in ("withdraw", "retreat", "abandon", "flee", "evacuate")
        and _FIGHTING.search(sentence_text)
        and not _NO_FIGHT.search(sentence_text)
    ):
        return (
            "",
            0.0,
        )  # "withdrew under heavy fire", "pulled out after days of fighting": a side of the battle
    if sub in _GROUND_CHANGES and _handed_over(sentence_text):
        return "Non-violent transfer of territory", max(conf, 0.8)
    if (
        sub == "Non-violent transfer of territory"
        and lemma in _FORCES_LEAVING
        and actor1 is not None
        and actor1.inter in (1, 2, 3, 4, 8)
        and not _taker_told(sentence_text)
    ):
        # "withdrew the 98th Division from southern Gaza", "pulled back to their barracks": a force moved with no
        # one told taking the ground over is a change to the group's activity, not a transfer
        return "Change to group/activity", conf
    if (
        sub in ("Non-state actor overtakes territory", "Government regains territory")
        and _SHORT_LIVED.search(sentence_text)
        and not (lemma in ("seize", "capture") and not _ground_first(direct_object or targets_text))
    ):  # (not "seized their phones and held two of them for several hours")
        # "briefly overran a post before being pushed back": the codebook records ground held for less than a
        # day as a clash
        return "Armed clash", max(conf, 0.6)
    if (
        sub in ("Non-state actor overtakes territory", "Government regains territory")
        and lemma in ("seize", "capture", "confiscate")
        and _goods_first(direct_object or targets_text)
    ):
        # goods seized are no ground: armed men's loot, or what the police took from suspects ("seized 23 mobile
        # phones from them")
        armed_takers = actor1 is not None and actor1.inter in (2, 3, 4)
        return ("Looting/property destruction", 0.5) if armed_takers else ("", 0.0)
    if (
        sub in ("Non-state actor overtakes territory", "Government regains territory")
        and (
            lemma in ("take control", "assume control", "gain control", "take over", "establish control")
            or NOW_IN_CONTROL.search(sentence_text)
        )
        and _NO_FIGHT.search(sentence_text)
        and not _KILL.search(sentence_text)
    ):
        # "assumed control of the district centre after the police surrendered it without resistance", "without a
        # fight, the town came under control of the army"
        return "Non-violent transfer of territory", 0.6
    if (
        sub in ("Non-state actor overtakes territory", "Government regains territory")
        and lemma not in ("seize", "capture", "recapture", "retake", "overrun", "storm")
        and _PEACEKEEPERS.search(sentence_text)
        and _MISSION_LEFT.search(sentence_text)
        and not (_BATTLE.search(sentence_text) or _KILL.search(sentence_text))
    ):
        # "the army took over the MINUSMA camp after the peacekeepers' departure": a camp handed on, not won
        return "Non-violent transfer of territory", 0.6
    if sub in ("Non-state actor overtakes territory", "Government regains territory") and (
        target_is_place or BASE_WORDS.search(targets_text) or _GROUND.search(targets_text)
    ):
        conf = max(conf, 0.75)  # taking a town or a base is the news, over the fighting that led to it
    if sub == "Government regains territory" and lemma in _DRIVING_OUT:
        # "drove the militants out of the village": the subject took the ground, whoever it is (with the state's
        # army among them, the state: "the army and the Popular Mobilization Forces drove ... out")
        if actor1 is not None and actor1.inter in (2, 3, 4) and not _STATE_FORCE_WORDS.search(subject_text):
            return "Non-state actor overtakes territory", 0.6
        if actor1 is None and re.search(rf"\b(?:{_NON_STATE_FORCES}|bandits|clan)\b", subject_text, re.I):
            return "Non-state actor overtakes territory", 0.6
        # a town named as what they were driven out of is the news, over the clash that did it
        return sub, 0.75 if re.search(r"\bout of (?:the )?[A-Z]", sentence_text) else 0.6
    if sub == "Non-state actor overtakes territory":
        held_by = _UNDER_CONTROL_OF.search(sentence_text)
        if held_by and _STATE_FORCE_WORDS.search(held_by.group(1)):
            return "Government regains territory", conf  # "the town is again under the control of the army"
    if sub in taxonomy.TERRITORY_TYPES:
        # who lost the ground says who took it: "retook the town from government soldiers" is a non-state gain; a
        # group named after "from" is known by its name ("from the White Army" is no state army)
        named = _named_after_from(sentence_text)
        from_state = 1 in named or (bool(_FROM_STATE.search(sentence_text)) and not named)
        from_non_state = bool(_FROM_NON_STATE.search(sentence_text)) or (
            bool(named - {1}) and actor1 is not None and actor1.inter == 1
        )  # (a group taking ground from another group is no state's gain)
        if from_state and not from_non_state:
            return "Non-state actor overtakes territory", conf
        if from_non_state and not from_state:
            return "Government regains territory", conf
        if (
            sub == "Government regains territory"
            and actor1 is not None
            and actor1.inter in (2, 3, 4)
            # (the subject, where the sentence names one, says who retook it: "Al-Shabaab recaptured the town two
            # weeks after losing it to government forces")
            and not _STATE_FORCE_WORDS.search(
                subject_text if _NAMING_SUBJECT.search(subject_text) else sentence_text
            )
        ):
            return "Non-state actor overtakes territory", conf  # rebels "retaking" a town take it
    if (
        sub == "Non-state actor overtakes territory"
        and actor1 is not None
        and actor1.inter == 1
        # (not where the subject names armed men of no state and the state's men are named elsewhere: "the gangs,
        # after a night of gunfire with police officers, took over Mirebalais")
        and not (
            re.search(rf"\b(?:{_NON_STATE_FORCES}|gangs?|bandits)\b", subject_text, re.I)
            and not _STATE_FORCE_WORDS.search(subject_text)
        )
    ):
        return "Government regains territory", max(conf, 0.5)  # state forces take (back) ground
    if (
        sub in ("Armed clash", "Attack")
        and _collective_civilians(actor1)
        and not GATHERING_WORDS.search(sentence_text)
        and not weapons
    ):
        # residents or villagers beating, stoning or killing people: a mob
        return "Mob violence", max(conf, 0.6)
    if sub in (
        "Armed clash",
        "Attack",
        "Peaceful protest",
        "Protest with intervention",
    ) and _force_on_peaceful(sentence_text, actor1):
        return "Excessive force against protesters", max(conf, 0.7)
    if (
        sub in ("Attack", "Armed clash")
        and lemma in _MOB_ACTS
        and _by_ordinary_people(subject_text, sentence_text, actor1)
        and not MILITARY_TARGET_WORDS.search(targets_text)
        and not GATHERING_WORDS.search(sentence_text)
        and not _PROTEST_CUES.search(sentence_text)
    ):
        return (
            "Mob violence",
            0.6,
        )  # villagers, a crowd or passers-by beating, burning or killing people: a mob
    if (
        sub == "Armed clash"
        and lemma in ("clash", "fight", "battle", "scuffle")
        and _crowd_subject(subject_text, actor1)
        and re.search(
            r"\b(?:police\w*|gendarm\w*|security (?:forces|agents|personnel)|riot\w*|officers)\b",
            targets_text,
            re.I,
        )
        and not (actor1 is not None and actor1.inter in (1, 2, 3, 4, 8))
        and not re.search(rf"\b(?:{_NON_STATE_FORCES}|gunmen)\b", subject_text, re.I)
    ):
        # "traders observing a strike fought running battles with police": ordinary people fighting the police
        # riot; no armed side fought
        return "Violent demonstration", 0.6
    if crowd and sub in ("Armed clash", "Attack") and taxonomy.event_type_of(sub) != taxonomy.PROTESTS:
        crowd_did_it = (actor1 is not None and actor1.inter in (5, 7)) or (
            actor1 is None
            and bool(_MOB_WORDS.search(sentence_text))
            and not _MOB_WORDS.search(targets_text)
            and not _BY_FORCE.search(sentence_text)  # "came under fire from police": the police did it
        )
        if (
            crowd_did_it
            and not MILITARY_TARGET_WORDS.search(targets_text)
            and not GATHERING_WORDS.search(sentence_text)
            and not _PROTEST_CUES.search(sentence_text)
        ):
            return "Mob violence", 0.6  # a crowd, not demonstrators, beating or killing people: a mob
        if _lethal(sentence_text) and not _RIOT.search(sentence_text):
            return "Excessive force against protesters", 0.6
        if lemma in ("clash", "fight", "battle", "attack", "riot") or _RIOT.search(sentence_text):
            return "Violent demonstration", 0.6
        if (
            actor1 is not None
            and actor1.inter == 6
            and CROWD_ACTOR_WORDS.search(subject_text)
            and not _lethal(sentence_text)
        ):
            return "Violent demonstration", 0.6  # demonstrators beating or assaulting someone: their riot
    if sub == "Looting/property destruction" and (
        (actor1 is not None and actor1.inter in (5, 6))
        or CROWD_ACTOR_WORDS.search(sentence_text)
        # nobody named but a gathering: "the gathering ended with a police car's windscreen smashed"
        or (
            actor1 is None
            and bool(GATHERING_WORDS.search(sentence_text) or _GATHERED_TOO.search(sentence_text))
        )
    ):
        if re.search(r"\bmobs?\b", sentence_text, re.I) and not GATHERING_WORDS.search(sentence_text):
            return "Mob violence", max(conf, 0.6)
        if _mob_destruction(targets_text, sentence_text):
            # a crowd wrecking a family's home or a trader's stall: a mob
            return "Mob violence", max(conf, 0.6)
        return "Violent demonstration", max(conf, 0.6)  # demonstrators' or rioters' own destruction: a riot
    if (
        sub == "Looting/property destruction"
        and (_crowd_subject(subject_text, actor1) or _ordinary_doers(actor1))
        and _PRESSING_GRIEVANCE.search(sentence_text)
        and not _mob_destruction(targets_text, sentence_text)
    ):
        # a body of ordinary people wrecking things while pressing a grievance: a riot ("garment workers demanding
        # unpaid wages vandalised factories", "residents angered by the accident vandalised the bus")
        return "Violent demonstration", max(conf, 0.6)
    if (
        sub == "Disrupted weapons use"
        and lemma in _DISRUPTING
        and (weapons or WEAPON_OBJECT_WORDS.search(sentence_text))
        and (
            re.search(r"\b(?:launch\w*|fired)\b", sentence_text, re.I)
            or WEAPON_OBJECT_WORDS.search(targets_text)
        )
    ):
        # "rockets launched from X were intercepted", "shot down two attack drones": the interception is the news
        conf = max(conf, 0.81)
    if (
        sub == "Arrests"
        and re.search(r"\b(?:president|prime minister|head of state|premier)\b", targets_text, re.I)
        and _COUP_TOLD.search(sentence_text)
    ):
        # "soldiers detained the president ... in a coup", "... and announced the suspension of all institutions":
        # the coup, not an arrest
        return "Other", 0.6
    if sub == "Arrests" and _FATE_UNKNOWN.search(sentence_text):
        # held where nobody knows, or held and denied: disappeared
        return "Abduction/forced disappearance", 0.6
    if sub == "Arrests" and _at_a_protest(sentence_text, gathering_here, gathered_before):
        if _TORTURED.search(sentence_text) or _grave_harm(sentence_text):
            # "detained after the peaceful gathering ... subjected to electric shocks and severe beatings"
            return "Excessive force against protesters", 0.7
        return "Protest with intervention", 0.65  # demonstrators detained: the protest is the event
    if sub in ("Peaceful protest", "Protest with intervention"):
        peaceful = re.search(r"\b(?:peaceful\w*|unarmed)\b", sentence_text, re.I)
        intervened = _PROTEST_INTERVENTION.search(_NOT_INTERVENED.sub(" ", sentence_text))
        # (not a riot told as what came a while before: "held a rally, a day after clashes in the city")
        if _RIOT.search(_AFTER_A_WHILE.sub(" ", sentence_text)) and not peaceful:
            return "Violent demonstration", 0.65  # the demonstrators' own violence decides
        if _lethal(sentence_text) and (
            _FORCE.search(sentence_text) or _PROTEST_INTERVENTION.search(sentence_text)
        ):
            # killed by the force, or by how it broke them up
            return "Excessive force against protesters", 0.7
        if _wounded(sentence_text) and _FORCE.search(sentence_text) and not HURT_FORCES.search(sentence_text):
            return "Excessive force against protesters", 0.7  # force that wounded the gathered people
        if (
            _FORCE.search(sentence_text)
            and intervened
            and not HURT_FORCES.search(sentence_text)
            and _grave_harm(sentence_text)
        ):
            # "police beat students with batons during a sit-in, leaving several hospitalised": harm told by its
            # gravity rather than as wounds
            return "Excessive force against protesters", 0.7
        if _severe_force(sentence_text) and (
            _FORCE.search(sentence_text) or (actor1 is not None and actor1.inter == 1)
        ):
            return "Excessive force against protesters", 0.7  # force told as brutal or excessive
        if _MAIMED_BY_MUNITION.search(sentence_text) and _grave_harm(sentence_text):
            # "lost the sight of his left eye after being hit by a rubber bullet during a sit-in"
            return "Excessive force against protesters", 0.7
        if sub == "Peaceful protest" and intervened:
            return "Protest with intervention", 0.7
        if (
            sub == "Peaceful protest"
            and PROTEST_BLOCKED.search(sentence_text)
            and _FORCE.search(sentence_text)
        ):
            return (
                "Protest with intervention",
                0.65,
            )  # "the forces of order prevented the holding of the sit-in"
        return sub, conf
    if (
        sub in ("Attack", "Armed clash")
        and actor1 is not None
        and actor1.inter == 1
        and gathered_target
        and not _RIOT.search(sentence_text)
    ):
        # state forces firing on or charging mourners, a procession, a sit-in: force used on a gathering; deadly,
        # wounding, beating or told as excessive, it is excessive force
        if (
            _lethal(sentence_text)
            or _wounded(sentence_text)
            or lemma in _BEATING
            or _severe_force(sentence_text)
            or SEVERE_HARM.search(sentence_text)  # "crushing a young man", "ran over a marcher"
        ):
            return "Excessive force against protesters", 0.7
        return "Protest with intervention", 0.6
    if sub in ("Attack", "Armed clash") and lemma not in (
        "clash",
        "fight",
        "battle",
        "firefight",
        "gunfight",
        "skirmish",
    ):
        civilian = (
            (actor2 is not None and actor2.inter == 7)
            or bool(_CIVIL_TARGETS.search(targets_text))
            or bool(_FORMER_FORCES.search(targets_text))
            or bool(_CAPTIVES_KILLED.search(sentence_text))
            or bool(_CIVILIANS_LEFT_DEAD.search(sentence_text))
        )
        armed_target = (actor2 is not None and actor2.inter in (1, 2, 3, 4, 8)) or bool(
            MILITARY_TARGET_WORDS.search(_FORMER_FORCES.sub(" ", targets_text))
        )
        civilian = civilian or bool(_UNARMED_VICTIM.search(sentence_text))
        if not civilian and not armed_target and not _CIVIL_TARGETS.search(sentence_text):
            # "... killing five soldiers" (not the police who told it: "..., police said")
            armed_target = bool(MILITARY_TARGET_WORDS.search(_ATTRIBUTION.sub(" ", sentence_text)))
        if armed_target and not civilian:
            return "Armed clash", max(conf, 0.5)
        if target_is_place and not civilian and actor1 is not None and actor1.inter in (1, 2, 8):
            # a force or rebels attacking a town: fighting over it (unnamed gunmen raiding one strike its people)
            return "Armed clash", conf
        if civilian:
            return "Attack", max(conf, 0.55)
        if actor1 is not None and actor1.inter in (5, 6, 7):
            return "Mob violence", 0.5  # a crowd or civilians, not an armed group, attacking people
        return sub, conf
    return sub, conf


# those who served once are civilians now: "a former army officer", "a retired police commander"
_FORMER_FORCES = re.compile(
    r"\b(?:former|ex-|retired|demobili[sz]ed)\s*(?:[\w'-]+\s+){0,2}?(?:soldiers?|officers?|police\w*|"
    r"army|military|commanders?|generals?|fighters?|rebels?|militants?|combatants?)\b",
    re.I,
)


# aircraft as the subject that struck (not "anti-aircraft guns", nor an aircraft hit: passive subjects are not read)
_AIR_SUBJECT = re.compile(
    r"(?<!anti-)\b(?:aircraft|warplanes?|war planes?|(?:fighter |military )?jets|fighter jet|fighter planes?|"
    r"military planes?|planes|helicopters?|gunships?|choppers|drones?|quadcopters?|uavs?|unmanned aerial vehicles?|"
    r"air forces?|(?:air|aerial) (?:operations?|campaign))\b",
    re.I,
)
_AIR_BLOWS = frozenset(
    ["pound", "bombard", "raid", "target", "neutralise", "neutralize", "open fire", "drop"]
)


# when a clause names several weapons, the most telling decides: a suicide bomber's blast is a suicide bomb, an
# aircraft's missile an air strike
_IMPLIED_ORDER = [
    "Suicide bomb",
    "Chemical weapon",
    "Air/drone strike",
    "Remote explosive/landmine/IED",
    "Grenade",
    "Shelling/artillery/missile attack",
]


def _campaign(sub: str) -> bool:
    return taxonomy.event_type_of(sub) in taxonomy.VIOLENT_TYPES


_LONG_SPAN = re.compile(r"\b(?:weeks?|months?|years?|decades?|fortnight)\b", re.I)


def _long_duration(time: TimeExpression) -> bool:
    """A campaign's duration ("for weeks", "for three months"), not an incident's ("for two hours",
    "for a second day")."""
    return time.kind == "duration" and bool(_LONG_SPAN.search(time.span.text))


def implied_strike(lemma: str) -> bool:
    return lemma in ("fire", "launch", "strike", "bomb", "bombing", "shell", "hit")


# a gang or cartel known by its own name: "the 400 Mawozo gang", "Tren de Aragua gang", "Sinaloa Cartel",
# "Cartel del Noreste", "the gang Grand Ravine" (not "a Mexican cartel", "Rival gangs")
_GANG_NAME = re.compile(r"((?:[A-Z0-9][\w'-]*\s+(?:(?:de|del|la|los|las)\s+)?){1,4})(?:gangs?|[Cc]artels?)\b")
_CARTEL_OF = re.compile(
    r"\b(?:gang|[Cc]artel)\s+(?:(?:del?|de los|de la|known as|called)\s+)?['\"‘“]?[A-Z]"
    # "gang members of the 400 Mawozo" (a headline's "Gang Kills Five" names no gang)
    r"|\b[Gg]ang (?:members?|leaders?|gunmen) of the ['\"‘“]?[A-Z0-9]"
)
_GANG_HOLDING_GROUND = re.compile(
    r"\b(?:gangs?|cartels?|criminal (?:groups?|organi[sz]ations?))\s+(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:controls?|controlled|seized|took over|taken over|holds?|held|runs?|ran|occup\w+)\b|"
    # ground taken back from a gang: it held the ground ("retaken the police station from gang members")
    r"\b(?:retak\w*|retook|recaptur\w*|regain\w*|wrest\w*)\b[^.;]{0,60}?\bfrom (?:the )?(?:[\w-]+ )?(?:gangs?|"
    r"gang members|gangsters|cartels?)\b|"
    # or ground a gang took: "armed gangs seized the central town", "gangs take control of Lascahobas"
    r"(?<!for )(?<!to )(?<!from )(?<!against )\b(?:gangs?|gang members|cartels?)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:seized|seize|took|take|taken|captured|overran)\s+"
    r"(?:full\s+)?(?:control of\s+)?(?:the\s+)?(?:(?!(?:at|in|on|by|from|near|with)\b)[\w'-]+\s+)?(?:towns?|villages?|cit(?:y|ies)|commune|localit(?:y|ies)|"
    r"districts?|neighbou?rhoods?|[A-Z][\w'-]+)\b|"
    # (or one that taxes the people where it is: "the levy imposed by the bandit leader on every bag of grain")
    r"\b(?:levy|levies|taxes|tax|tolls?) (?:[\w'-]+\s+){0,2}?(?:imposed|levied|collected|demanded) by\b",
    re.I,
)
_CRIMINALS = re.compile(r"\b(?:gangs?|robbers?|thie(?:f|ves)|criminals?)\b", re.I)
_NOT_A_NAME = frozenset("the a an rival drug armed local criminal street powerful notorious".split())


def _named_gang(text: str) -> bool:
    """A gang or cartel named in the text by a name of its own, not by a nationality or a common word."""
    if _CARTEL_OF.search(text):
        return True
    nationalities = demonyms()
    for m in _GANG_NAME.finditer(text):
        words = [w for w in m.group(1).split() if w.lower() not in ("de", "del", "la", "los", "las")]
        if any(w.lower() not in _NOT_A_NAME and w.lower() not in nationalities for w in words):
            return True
    return False


_MISHAP = re.compile(
    r"\b(?:crash\w*|accident\w*|training|exercises?|drills?|malfunction\w*|mishap|collid\w*)\b", re.I
)


# an aircraft lost by mishap: a crash told with its cause ("crashed during a training exercise", "came down after a
# technical fault"); not "a drone crashed into the depot", which is the strike
_AIRCRAFT_LOST = re.compile(
    r"\b(?:crash\w*|came down|went down)\b(?! into)(?=[^.;]{0,80}\b(?:training|exercises?|drills?|accident\w*|"
    r"malfunction\w*|mishap|technical (?:fault|problems?|failure)|bad weather|engine failure)\b)",
    re.I,
)


def _non_political(text: str, actor1: Actor | None, actor2: Actor | None, weapons: list[Weapon]) -> bool:
    """Crime, accident or disaster with no armed or political actor and no weapon of war."""
    if not NON_POLITICAL.search(text):
        return False
    # a gang or cartel with a name of its own ("the 400 Mawozo gang"), or one that holds ground ("a gang that
    # controls the area"), is an organised armed group
    if _named_gang(text) or _GANG_HOLDING_GROUND.search(text):
        return False
    political = [
        a
        for a in (actor1, actor2)
        if a is not None
        and a.inter in (1, 2, 3, 4, 8)
        and (not a.generic or (a.span is not None and POLITICAL_ARMED_NOUNS.search(a.span.text)))
    ]
    war_weapons = [w for w in weapons if w.category not in ("firearm", "blade", "riot")]
    return not political and not war_weapons


def _previous_sentence(ctx: Context, sentence: Sentence) -> str:
    i = bisect.bisect_left(ctx.sentences, sentence.span.start, key=lambda s: s.span.start)
    return ctx.sentences[i - 1].span.text if i > 0 else ""


# what came before, told at the head of a sentence ("Two weeks after a clash between the army and the rebels
# nearby, ...", "A day after gunmen stormed a hotel, ..."): no part of the incident the sentence goes on to tell
_LEADING_ANTECEDENT = re.compile(
    r"^(?:(?:(?:a|an|one|two|three|four|five|\d+|several|a few|few|just|only|shortly|soon|barely|hours?|days?|"
    r"weeks?|months?|minutes?|moments?)\s+){0,3}(?:after|following|since)|in the wake of)\s+([^,;:]{5,140}),\s+",
    re.I,
)
_OTHER_VIOLENCE = re.compile(
    r"\b(?:clash\w*|fight\w*|attack\w*|storm\w*|kill\w*|bomb\w*|shell\w*|strikes?|struck|ambush\w*|raid\w*|"
    r"explosions?|blasts?|gunmen|militants|rebels|insurgents)\b",
    re.I,
)


def _without_antecedent(text: str) -> str:
    """The sentence without a leading phrase that tells a fight or an attack that came before it ("Two weeks
    after a clash between the army and the rebels nearby, ..."); a gathering told there is the same one."""
    m = _LEADING_ANTECEDENT.match(text)
    if m is None or len(text) - m.end() < 30:
        return text
    before = m.group(1)
    if not _OTHER_VIOLENCE.search(before) or GATHERING_WORDS.search(before) or _PROTEST_CUES.search(before):
        return text
    return text[m.end() :]


def mentions_in(ctx: Context, sentence: Sentence) -> list[EventMention]:
    doc = sentence.parsed
    if doc is None:
        return []
    out: list[EventMention] = []
    shots: list[int] = []  # which mentions were told as gunfire or torture (see _protesters_shot)
    text = sentence.span.text
    triggers = _triggers(doc)
    # the kinds of event the sentence tells outside any "after ..." phrase: an antecedent of the same kind ("homes
    # were torched after a mob attacked") is part of the same incident, not what led to it
    tokens = [_trigger_token(doc, i, j) for i, j, _, _ in triggers]
    antecedent = [_told_as_antecedent(tok) for tok in tokens]
    news_types = {
        taxonomy.event_type_of(t[2]) for t, ante in zip(triggers, antecedent, strict=True) if not ante
    }
    # what a weapon was taken out of use by: its words tell no use of it ("two roadside bombs were dismantled")
    disrupted = _taken_out_of_use(doc, triggers)
    foiled = bool(FOILED_BLAST.search(text))
    # a gathering the sentence tells as going on (not one told aside: see _told_aside_gathering)
    gathering_here = _gathering_here(doc)
    gathered_before = _gathered_before(ctx, sentence)
    # an agreement's word and the verb that made it ("signed a deal, committing both sides to ...")
    agreements = {t.i for t, (_, _, s, _) in zip(tokens, triggers, strict=True) if s == "Agreement"}
    agreements |= {_clause_head(doc[k]).i for k in agreements}
    since = [_since_clause(t) for t in tokens]
    for k, ((i, j, sub, conf), tok, told_before) in enumerate(zip(triggers, tokens, antecedent, strict=True)):
        lemma = _trigger_lemma(doc, i, j)
        head = _clause_head(tok)
        if (sub in REALIS_REQUIRED or lemma in _MAKING_PEACE) and _irrealis(tok, head):
            continue  # ("urged the clans to make peace" tells no peace made)
        if (
            i in disrupted
            and taxonomy.event_type_of(sub) in taxonomy.VIOLENT_TYPES
            and lemma not in _TAKING_OUT_OF_USE
        ):
            continue  # "found an arms cache containing mortar shells", "shot down drones launched overnight"
        if foiled and taxonomy.event_type_of(sub) == taxonomy.ERV:
            continue  # "arrested a would-be suicide bomber", "rendered the bomb safe": no blast
        if (sub != "Agreement" or (tok.pos_ == "VERB" and lemma == "surrender")) and _agreed_terms(
            tok, agreements - {tok.i}
        ):
            # "agreed to halt attacks", "a pact ..., committing both sides to merge", "a deal committing raiders
            # to surrender their guns": the deal's terms
            continue
        alleged = _alleged(tok)
        if (
            sub == "Agreement"
            and tok.pos_ != "VERB"
            and not (_agreed(tok) or _agreed_by_verb(tok, i))
            # (captives handed "in exchange for" others are a swap done: "remains were received in exchange for the
            # release of prisoners")
            and not (lemma == "in exchange for" and _swapped(tok))
        ):
            continue  # a truce mentioned only as context ("in violation of the truce") is no new agreement
        if lemma in ("agree", "consent") and not any(
            c.dep_ in ("xcomp", "prep", "ccomp", "dobj") for c in tok.children
        ):
            continue
        trigger = _span(doc, sentence, i, j)
        if _overlaps_time(ctx, trigger) and lemma != "now":
            continue  # "8 March" is a date, not a march ("now hold the base" is ground held: see NOW_IN_CONTROL)
        if any(
            a.span is not None
            and not a.generic
            and a.span.start < trigger.start
            and trigger.end <= a.span.end
            for a in ctx.actors
        ):
            continue  # a word of a group's name: "the Popular Mobilization Forces", "the Rapid Support Forces"
        c_start, c_end = _char_range(sentence, head)
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and any(c.dep_ == "nsubj" for c in tok.children)):
            subj = _subject(head)
        elif head is not tok and head.lemma_.lower() in LIGHT_VERBS:
            subj = _subject(head)  # "X launched an offensive": X is the actor; "X condemned the attack": not
        else:
            subj = None
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
        if actor1 is None and subj is not None:
            actor1 = _weapon_owner(ctx, sentence, subj)  # "Myanmar military aircraft attacked ..."
        if (
            actor1 is None
            and subj is not None
            and scope is not None
            and subj.lower_ in ("it", "they", "we")
            and taxonomy.event_type_of(sub) == taxonomy.STRATEGIC
        ):
            # "Ansar Allah announced it would extend its blockade" (an attack it says it made is read once the
            # incident is merged: see link.incidents)
            actor1 = _speaker_actor(ctx, sentence, scope)
        if actor1 is None and tok.pos_ == "NOUN":
            for child in tok.children:
                if child.dep_ in ("poss", "compound", "amod") or (
                    child.dep_ == "prep" and child.lower_ == "by"
                ):
                    a, b = _char_range(sentence, child)
                    actor1 = actor1 or _pick_actor(ctx, a, b)
        between = _between_sides(tok) if tok.pos_ == "NOUN" else None
        if between is not None:
            # "the firefight between army troops and members of the Front": the two sides it names
            first = _pick_actor(
                ctx,
                sentence.span.start + between[0].left_edge.idx,
                sentence.span.start + between[0].idx + len(between[0].text),
            )
            actor1 = actor1 or first
        referenced_by = _referenced(tok) if tok.pos_ != "VERB" else None
        governed_by_speech = referenced_by is not None
        if actor1 is None and not governed_by_speech:
            # nearest armed actor before the trigger, within the trigger's reported clause (not in a leading
            # "A week after a police officer shot a rider, ..." that tells what came before)
            lo = _char_range(sentence, scope)[0] if scope is not None else sentence.span.start
            lead = _LEADING_ANTECEDENT.match(text)
            if lead is not None and sentence.span.start + lead.end() <= trigger.start:
                lo = max(lo, sentence.span.start + lead.end())
            before = [
                a for a in ctx.actors if _inside(a.span, lo, trigger.start) and a.inter in (1, 2, 3, 4, 8)
            ]
            # (not a force's helpers: "government forces backed by clan militia wrested control of ...")
            before = [a for a in before if not _helper(ctx.document.text, a, lo)] or before
            actor1 = before[-1] if before else None
        targets: list[Span] = []
        actor2 = None
        for obj in _objects(tok):
            a, b = _char_range(sentence, obj)
            if b - a > 120:
                b = sentence.span.start + obj.idx + len(obj.text)
                a = min(a, b)
            targets.append(Span(a, b, ctx.document.text[a:b]))
            actor2 = actor2 or _other_side(ctx, a, b, actor1)
        if actor2 is None and between is not None:
            actor2 = _other_side(ctx, *_char_range(sentence, between[1]), actor1)
        if actor2 is None and sub == "Armed clash":
            # "militias clashed with the army": a fight's "with" names the other side (elsewhere it is the means),
            # also where it hangs on the verb of a fight told as a noun ("exchanged fire with police")
            holders = [tok, tok.head] if tok.dep_ in ("dobj", "pobj") else [tok]
            withs = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
            opponents = (g for c in withs for g in c.children if g.dep_ == "pobj")
            sides = (_other_side(ctx, *_char_range(sentence, g), actor1) for g in opponents)
            actor2 = next((side for side in sides if side is not None), None)
        if not targets and lemma in _SET_ALIGHT | {"set fire", "push back", "drive back"}:
            # a phrase the parser broke ("a crowd of several hundred set fire to at least 19 houses", "to push back
            # protesters"): what follows it is what it was done to
            rest = re.match(
                r"\s*(?!by\b)(?:to\s+)?((?:[\w'-]+\s+){0,7}[\w'-]+)",
                ctx.document.text[trigger.end : sentence.span.end],
            )  # (not who did it: "were pushed back by troops")
            if rest is not None:
                targets.append(Span(trigger.end + rest.start(1), trigger.end + rest.end(1), rest.group(1)))
        weapons = (
            [w for w in ctx.weapons if _inside(w.span, c_start, c_end)] if sub in REALIS_REQUIRED else []
        )
        targets_text = " ".join(t.text for t in targets)
        place_target = any(
            p.feature in ("city", "admin1", "admin2", "country", "region")
            and any(p.span is not None and p.span.overlaps(t) for t in targets)
            for p in ctx.toponyms
        )
        subject_text = _own_subject_text(tok, subj)
        told_as = sub
        sub, conf = _refine(
            sub,
            conf,
            weapons=weapons,
            actor1=actor1,
            actor2=actor2,
            targets_text=targets_text,
            sentence_text=_without_antecedent(text),
            lemma=lemma,
            target_is_place=place_target,
            subject_text=subject_text,
            gathering_here=gathering_here,
            gathered_before=gathered_before,
            direct_object=" ".join(
                t.text for c in tok.children if c.dep_ == "dobj" and tok.pos_ == "VERB" for t in c.subtree
            ),
            # people gathered, or doing what demonstrators do, among the first words of what was hit ("fired at a
            # peaceful student procession", "fired pellets at the faces of women chanting in the bazaar")
            gathered_target=any(_gathered(" ".join(t.text.split()[:8])) for t in targets)
            # ("The sit-in had lasted nine days. On Friday troops fired on participants")
            or (gathered_before and any(_THOSE_GATHERED.match(t.text) for t in targets)),
        )
        if (
            sub == "Abduction/forced disappearance"
            and lemma in _TAKING_AWAY
            and (
                (actor1 is not None and actor1.inter == 1 and actor1.name.startswith("Police"))
                or (actor1 is None and _POLICE_SUBJECT.search(subject_text))
            )
            and not _FATE_UNKNOWN.search(text)
        ):
            # the police or soldiers bundling people into vans or carrying them away arrest them, at a protest an
            # intervention in it ("police carried away striking drivers who lay down at the depot gates")
            protest = _at_a_protest(text, gathering_here, gathered_before) or LABOUR_STRIKE.search(text)
            sub, conf = ("Protest with intervention", 0.65) if protest else ("Arrests", 0.55)
        if not sub:
            continue
        if (
            sub == "Arrests"
            and _CRIME_SUSPECTS.search(text)
            and not POLITICAL_ARMED_NOUNS.search(text)
            and not _POLITICAL_DETAINEES.search(text)
        ):
            continue  # "police arrested nine cyber fraudsters": a crime solved, no political arrest
        if sub == "Headquarters or base established" and BASE_MADE.search(text):
            conf = max(
                conf, 0.7
            )  # "set up new positions", "commissioned a new operating base" (see BASE_MADE)
        if told_before and taxonomy.event_type_of(sub) not in news_types:
            conf = max(
                conf - 0.3, 0.05
            )  # "imposed a curfew after the exchange of fire": the curfew is the news
        violent = taxonomy.event_type_of(sub) in taxonomy.VIOLENT_TYPES or sub == "Mob violence"
        # with no actor of its own, a death or a "battle" takes its cause from the sentence before too
        # ("A cyclone hit the coast. At least nine people were killed.")
        cause = text if actor1 is not None else _previous_sentence(ctx, sentence) + " " + text
        # a mob that beats a suspected thief is mob violence, whatever the crime it punishes
        # the crime a mob punishes makes it no less a mob
        vigilante = sub == "Mob violence" and (
            (actor1 is not None and actor1.inter == 5)
            or _by_ordinary_people(subject_text, text, actor1)
            or _collective_civilians(actor1)
            or bool(_MOB_WORDS.search(text))
        )
        # state forces told fighting armed men, or taking a place from them, or state aircraft striking their camp: a
        # battle or a strike whatever the men are after
        state_strike = (
            sub == "Air/drone strike"
            and actor1 is not None
            and actor1.inter == 1
            and not _MISHAP.search(cause)  # (an aircraft lost in training strikes nobody)
        )
        state_battle = state_strike or (
            taxonomy.event_type_of(told_as) == taxonomy.BATTLES
            and (told_as == "Armed clash" or _ground_taken(ctx, sentence, tok, trigger))
            and any(a is not None and a.inter == 1 for a in (actor1, actor2))
        )
        # armed men who carry people off for ransom are an armed group (not a gang or robbers of the text)
        armed_kidnap = (
            sub == "Abduction/forced disappearance"
            and actor1 is not None
            and actor1.inter in (2, 3)
            and not _CRIMINALS.search(cause)
        )
        if (
            violent
            and not vigilante
            and not state_battle
            and not armed_kidnap
            and _non_political(cause, actor1, actor2, weapons)
        ):
            continue
        if sub == "Air/drone strike" and _AIRCRAFT_LOST.search(cause):
            continue  # "a Kenya Defence Forces helicopter crashed during a training exercise": nobody was struck
        if lemma == "fall to" and _VALUE_FALLEN.match(ctx.document.text, trigger.end):
            continue  # "the peso fell to a two-year low", "prices fell to $2.50": a value fell, not a town
        time = _clause_time(ctx, (c_start, c_end), sentence, trigger, tok)
        published = ctx.document.published
        if (
            sub in REALIS_REQUIRED
            and time is not None
            and time.value
            and published
            and time.value > published
        ):
            continue  # dated after the report: announced or planned, not (yet) happened
        background = (
            (alleged and sub not in _CODED_AS_ALLEGED)
            or _aspect_background(tok, head, scope is not None or _after_speech_verb(tok))
            # (a group's order for every Monday is announced once: "should sit at home every Monday")
            or (time is not None and time.kind == "set" and sub != "Change to group/activity")
            # an ongoing campaign ("attacking Tripoli since April 4"); not a detention's start or a truce's term
            or (
                time is not None
                and _campaign(sub)
                # (abuse suffered over a captivity's weeks is told as what was done: "during the two weeks he was
                # held")
                and (
                    (time.kind == "since" and not SINCE_TODAY.match(time.span.text))
                    or (_long_duration(time) and sub != "Sexual violence")
                )
            )
        )
        if since[k] and not all(since):
            # "the first such arrangement since fighting spread through the district": told to measure the news
            # by (where nothing else is told, the "since" clause is the news: "not heard from him since men
            # bundled him into a van")
            background = True
        if lemma in ("coup", "seize power") and _told_aside(tok):
            background = True  # "the junta, which seized power in a coup in 2021, ...": how it came to rule
        elif lemma == "coup" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _COUP_MAKERS:
            conf = max(conf, 0.7)  # "staged a coup": the coup is the news, not a word of context
        if _named_by_its_day(tok):
            background = True  # "bodies of fighters killed in last month's clashes": an incident told before
        if _campaign(sub) and _feared(tok):
            background = True  # "citing the threat of RSF drone attacks": feared, not done
        # (a side's leaving told a day before the other moved in is half of the same transfer)
        if _a_while_after(tok) and sub != "Non-violent transfer of territory":
            background = True  # "..., weeks after his predecessor was killed in a drone strike": told before
        if _listed_under(tok, tokens):
            continue  # "documented widespread torture, including beatings and electric shocks": the torture's kinds
        if told_as not in _PROTEST_KINDS and _protested_against(tok):
            background = True  # "marched carrying placards against kidnappings": what the protest is about
        if told_as not in _PROTEST_KINDS and _in_grievance(text, trigger.start - sentence.span.start):
            background = True  # "a vigil was held ... for a journalist shot dead last week": what it mourns
        if (
            told_as in ("Peaceful protest", "Protest with intervention")
            and tok.pos_ == "NOUN"
            and _told_aside_gathering(tok)
        ):
            background = True  # "detained two teachers who had organised wage protests": what they did before
        if (
            told_as in ("Peaceful protest", "Protest with intervention")
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "before"
        ):
            background = (
                True  # "arrested 27 activists in raids, hours before the opposition's march": yet to come
            )
        determined = any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
        if (
            tok.pos_ == "NOUN"
            and tok.tag_ == "NNS"
            and not determined
            and time is None
            and not _told_in_past(_governing_verb(tok) or tok.head)
            and _campaign(
                sub
            )  # "protests were held" is news; "attacks on aid workers have forced ..." is not
        ):
            background = True  # "attacks on relief workers have forced ...": a generic statement
        anaphoric = (
            tok.pos_ == "NOUN"
            and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in tok.children
            )
            # ("the reoccupation of the detachment of Koudougou" names the ground it tells of: no reference back)
            and not (sub in _GROUND_WON and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))
        )
        generic = lemma in GENERIC_TRIGGERS and (anaphoric or actor1 is None)
        if (
            governed_by_speech
            and sub in REALIS_REQUIRED
            # (a rape or a gas attack alleged, condemned or investigated is coded as told; one that describes a
            # person, "a man suspected of rape", is a charge against them)
            and (sub not in _CODED_AS_ALLEGED or _describes_a_person(referenced_by))
            and not _condemned_in_detail(tok, referenced_by)
        ):
            background = (
                True  # "claimed responsibility for the attack": refers to an incident, does not tell it
            )
        if lemma in GENERIC_TRIGGERS and actor1 is None and tok.pos_ == "VERB" and not _objects(tok):
            anaphoric = True  # "three people were killed": detail of the incident already told
        if taxonomy.event_type_of(sub) in (taxonomy.PROTESTS, taxonomy.RIOTS):
            actor1, actor2 = _demonstrators(sub, actor1, actor2, ctx)
        if sub == "Armed clash" and actor2 is None and _both_sides(ctx.document.text, actor1):
            # "two rival militias clashed": one kind of actor on both sides, as ACLED codes it
            actor2 = actor1
        if lemma in _FORCE_ON_PROTEST:
            shots.append(len(out))
        out.append(
            _mention(
                ctx,
                sentence,
                trigger,
                sub,
                conf,
                actor1=actor1,
                actor2=actor2,
                targets=targets,
                weapons=weapons,
                time=time,
                place=_area_place(ctx, trigger, c_end)
                if sub == "Other"
                else _place(ctx, c_start, c_end, sentence, trigger.start),
                generic=generic,
                is_background=background,
                anaphoric=anaphoric,
                ceasefire=bool(re.search(r"cease|truce|armistice", lemma)),
            )
        )
    return _disappeared(ctx, _riot_destruction(_protesters_shot(out, shots)))


def _disappeared(ctx: Context, out: list[EventMention]) -> list[EventMention]:
    """People held whose fate the next sentence says nobody knows ("... was bundled into a car by men believed to be
    police. His family says his whereabouts remain unknown."): disappeared, not arrested (see _FATE_UNKNOWN)."""
    for k, m in enumerate(out):
        if m.sub_event_type != "Arrests" or m.is_background:
            continue
        i = bisect.bisect_right(ctx.sentences, m.sentence.start, key=lambda s: s.span.start)
        if i < len(ctx.sentences) and _FATE_UNKNOWN.search(ctx.sentences[i].span.text):
            out[k] = _retyped(m, "Abduction/forced disappearance", actor1=m.actor1)
    return out


# words that make one plural actor both sides of a fight: "two rival militias", "opposing armed factions"
_RIVALS_BEFORE = re.compile(r"\b(?:two|rival|opposing|competing|warring)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _both_sides(text: str, actor: Actor | None) -> bool:
    """An unnamed plural actor told as rivals ("two rival militias clashed"): both sides of the clash."""
    if (
        actor is None
        or not actor.generic
        or actor.span is None
        or not actor.span.text.lower().endswith(("s", "men"))
    ):
        return False
    return bool(_RIVALS_BEFORE.search(text[max(0, actor.span.start - 40) : actor.span.start]))


# blows that make a peaceful protest's sentence one of excessive force: gunfire, and torture of its people
_FORCE_ON_PROTEST = frozenset(
    ["fire", "shoot", "open fire", "come under fire", "gun down", "strike", "torture"]
)


def _protesters_shot(out: list[EventMention], shots: list[int]) -> list[EventMention]:
    """Gunfire or torture told in the sentence of a peaceful protest ("students peacefully protesting unpaid
    allowances came under fire from security forces", "struck by police bullets during a march", "protesters were
    tortured in custody after the march"): excessive force on the protest."""
    protest = next(
        (
            m
            for m in out
            if m.sub_event_type in ("Peaceful protest", "Protest with intervention") and not m.is_background
        ),
        None,
    )
    if protest is None:
        return out
    fired = {
        k
        for k in shots
        if out[k].sub_event_type == "Attack"
        and not out[k].is_background
        and getattr(out[k].actor1, "inter", 0) not in (5, 6, 7)  # (not rioters' or a crowd's own shots)
    }
    if not fired:
        return out
    return [
        _retyped(m, "Excessive force against protesters", actor1=m.actor1)
        if m is protest or k in fired
        else m
        for k, m in enumerate(out)
    ]


_GROUND_WON = ("Government regains territory", "Non-state actor overtakes territory")


def _retyped(m: EventMention, sub: str, *, actor1: Actor | None) -> EventMention:
    """A mention coded as another sub-event type (its event type and codes with it)."""
    return replace(
        m,
        event_type=taxonomy.event_type_of(sub),
        sub_event_type=sub,
        actor1=actor1,
        cameo_code=taxonomy.cameo_code(sub),
        plover_type=taxonomy.plover_type(sub),
    )


def _riot_destruction(out: list[EventMention]) -> list[EventMention]:
    """What rioters wrecked is their riot ("residents blocked the road with burning tyres and set fire to the
    power company's office"), and so is the fighting they did ("smashed windows and fought running battles with
    police"): destruction or a clash in a riot's sentence by nobody armed is coded with the riot, and so is the
    demonstration it happened in ("hijacked buses and set one alight during a protest over the case")."""
    riot = next((m for m in out if m.sub_event_type == "Violent demonstration" and not m.is_background), None)
    if riot is None:
        return out
    return [
        _retyped(m, riot.sub_event_type, actor1=riot.actor1 or m.actor1)
        if m.sub_event_type in ("Looting/property destruction", "Armed clash", "Peaceful protest")
        and not m.is_background
        and (m.actor1 is None or m.actor1.inter in (5, 6, 7))
        else m
        for m in out
    ]


def _riot_broken_up(mentions: list[EventMention]) -> list[EventMention]:
    """The force a report tells against a riot it told is the riot's ("youths blocked the highway with burning
    barricades. Police used tear gas to clear the road"): a violent demonstration whatever the police then did, as
    ACLED codes it (not force told further on and placed in another province)."""
    riot = next(
        (m for m in mentions if m.sub_event_type == "Violent demonstration" and not m.is_background), None
    )
    if riot is None:
        return mentions
    # (told in the riot's sentence or the next, or placed in the riot's province)
    where = (riot.place.country_code, riot.place.admin1) if riot.place is not None else None
    return [
        _retyped(m, riot.sub_event_type, actor1=riot.actor1 or m.actor1)
        if m.sub_event_type == "Protest with intervention"
        and not m.is_background
        and (
            where is None
            or m.place is None
            or (m.place.country_code, m.place.admin1) == where
            or riot.sentence.start <= m.sentence.start <= riot.sentence.end + 2
        )
        else m
        for m in mentions
    ]


def _handed_on(mentions: list[EventMention]) -> list[EventMention]:
    """Ground taken in the sentence after a handover, with no fighting told, is the handover's other half
    ("peacekeepers handed over their camp to the authorities. Soldiers took up positions at the site")."""
    handovers = [
        m for m in mentions if m.sub_event_type == "Non-violent transfer of territory" and not m.is_background
    ]
    if not handovers:
        return mentions
    return [
        _retyped(m, "Non-violent transfer of territory", actor1=m.actor1)
        if m.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory")
        and not m.is_background
        and any(h.sentence.end < m.sentence.start <= h.sentence.end + 2 for h in handovers)
        and not (_BATTLE.search(m.sentence.text) or _KILL.search(m.sentence.text))
        else m
        for m in mentions
    ]


def triggers_in(sentence: Sentence) -> bool:
    """Whether the rules find any word of an event in a sentence (one the spotter left unparsed has none)."""
    return sentence.parsed is not None and bool(_triggers(sentence.parsed))


def mention_of_sentence(ctx: Context, sentence: Sentence, sub: str, confidence: float) -> EventMention:
    """A mention of an event of type ``sub`` that a sentence reports as a whole, for a reading that found no clause
    to carry it (the learned typer's): the sentence is its evidence; the first actors, the nearest time and the
    place are read from the sentence as a whole."""
    start, end = sentence.span.start, sentence.span.end
    actors = [a for a in ctx.actors if _inside(a.span, start, end) and a.inter in (1, 2, 3, 4, 5, 6, 7, 8)]
    named = [a for a in actors if not a.generic] or actors
    actor1 = named[0] if named else None
    actor2 = next((a for a in actors if actor1 is not None and a.name != actor1.name), None)
    times = [
        t for t in ctx.times if _inside(t.span, start, end) and not (t.kind == "since" or _long_duration(t))
    ]
    if taxonomy.event_type_of(sub) in (taxonomy.PROTESTS, taxonomy.RIOTS):
        actor1, actor2 = _demonstrators(sub, actor1, actor2, ctx)
    return _mention(
        ctx,
        sentence,
        sentence.span,
        sub,
        confidence,
        actor1=actor1,
        actor2=actor2,
        time=times[0] if times else None,
        place=_place(ctx, start, end, sentence, start),
    )


def _mention(
    ctx: Context,
    sentence: Sentence,
    trigger: Span,
    sub: str,
    confidence: float,
    *,
    actor1: Actor | None,
    actor2: Actor | None,
    time: TimeExpression | None,
    place: Place | None,
    targets: list[Span] | None = None,
    weapons: list[Weapon] | None = None,
    generic: bool = False,
    is_background: bool = False,
    anaphoric: bool = False,
    ceasefire: bool = False,
) -> EventMention:
    """The one place an event mention is made: its codes, casualties and crowd size read from its sentence."""
    text = sentence.span.text
    event_type = taxonomy.event_type_of(sub)
    told = read_casualties(text) if sub in REALIS_REQUIRED else NO_CASUALTIES
    crowd = read_crowd(text) if _gathering(event_type, sub) else None
    return EventMention(
        doc_id=ctx.document.id,
        sentence=sentence.span,
        trigger=trigger,
        event_type=event_type,
        sub_event_type=sub,
        confidence=confidence,
        actor1=actor1,
        actor2=actor2,
        targets=targets or [],
        weapons=weapons or [],
        time=time,
        place=place,
        fatalities_low=told.low,
        fatalities_best=told.best,
        fatalities_high=told.high,
        injured=told.injured,
        crowd_size=crowd[0] if crowd is not None else None,
        figures=_figure_spans(sentence.span, told, crowd),
        toll_revised=told.revised,
        generic=generic,
        is_background=is_background,
        anaphoric=anaphoric,
        cameo_code=taxonomy.cameo_code(sub, ceasefire=ceasefire),
        plover_type=taxonomy.plover_type(sub),
    )


def _clause_time(
    ctx: Context, clause: tuple[int, int], sentence: Sentence, trigger: Span, tok: Any
) -> TimeExpression | None:
    inside = [t for t in ctx.times if _inside(t.span, *clause)]
    if not inside:
        inside = [
            t
            for t in ctx.times
            if _inside(t.span, sentence.span.start, sentence.span.end)
            and not _other_clause_time(t, trigger)
            # a campaign's span from another clause ("...; doctors said they had treated five since Saturday")
            # does not make the trigger's act part of a campaign
            and not (t.kind == "since" or _long_duration(t))
        ]
    inside = [t for t in inside if not _time_of_something_else(t, sentence, tok)]
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.span.start - trigger.start))


_TIME_NOUNS = frozenset(
    "day days week weeks month months year years hour hours night nights morning evening weekend decade time "
    "period season".split()
)


def _time_of_something_else(t: TimeExpression, sentence: Sentence, trigger: Any) -> bool:
    """A time in the trigger's sentence that tells when or how long something else was, read from the expression's
    head word in the parse."""
    lo, hi = t.span.start - sentence.span.start, t.span.end - sentence.span.start
    toks = [w for w in trigger.doc if lo <= w.idx < hi]
    if not toks:
        return False
    ids = {w.i for w in toks}
    root = next((w for w in toks if w.head.i not in ids or w.head.i == w.i), toks[0])
    return (
        _dates_other_noun(root, ids, trigger)
        or _in_relative_clause(root, trigger, during=t.kind == "duration")
        or (t.kind == "duration" and _span_before(root))
        or (t.kind == "duration" and _counted_in_series(root, trigger))
        or _in_apposition(root, trigger)
        # "two weeks later": when something after the act was so, not how long the act went on
        or (t.kind == "duration" and bool(_LATER.match(sentence.span.text, t.span.end - sentence.span.start)))
    )


_LATER = re.compile(r"\s+(?:later|afterwards|after that|on)\b", re.I)


def _in_apposition(root: Any, trigger: Any) -> bool:
    """A time inside a phrase set beside a noun to describe it, apart from the act ("had killed seven fighters,
    the first such operation in more than a year", "the raids, the latest of dozens carried out since March")."""
    node = root
    for _ in range(8):
        if node.dep_ == "appos" and not node.left_edge.i <= trigger.i <= node.right_edge.i:
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def _counted_in_series(root: Any, trigger: Any) -> bool:
    """The span a series is counted over ("the second attack on farmers there in a month"), not the act's own."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "within", "this"):
        return False
    noun = root.head.head
    return noun.i != trigger.i and any(c.dep_ == "amod" and c.lower_ in _IN_A_SERIES for c in noun.children)


# states of affairs a span of time may tell the length of
_STATES_OF_AFFAIRS = frozenset(
    "blockade siege curfew occupation lockdown emergency closure ban control rule embargo".split()
)


def _dates_other_noun(root: Any, ids: set[int], trigger: Any) -> bool:
    """The time expression modifies a noun phrase other than the trigger's ("relatives of victims of the 2020
    explosion held a vigil", "the weekly market"), not a time noun ("in recent months")."""
    head = root.head
    if head.i == trigger.i or head.i in ids:
        return False
    if head.lemma_.lower() in _TIME_NOUNS:
        return False
    if head.lemma_.lower() in _STATES_OF_AFFAIRS:
        return True  # "in an area under a blockade since August": how long the blockade has lasted
    # only a date inside the noun phrase: the parser often hangs "on Thursday" or "last year" on the nearest noun
    return head.pos_ in ("NOUN", "PROPN") and root.dep_ in ("compound", "nmod", "amod", "nummod", "poss")


def _in_relative_clause(root: Any, trigger: Any, during: bool = False) -> bool:
    """The time expression is in a relative clause that tells of something else ("soldiers who occupied the
    village for a month raped a woman": the month is the occupation's)."""
    node = root
    for _ in range(12):
        if node.dep_ == "relcl" or (during and node.dep_ == "acl" and node.pos_ == "VERB"):
            # (a span in a participle describing a noun too: "after a siege lasting several weeks")
            return node.head.i != trigger.i and trigger not in node.subtree
        if node.head is node:
            return False
        node = node.head
    return False


def _span_before(root: Any) -> bool:
    """A span of time the act came after ("after a week of street battles", "following two days of talks"):
    how long something else lasted, not the act's own duration."""
    return root.dep_ == "pobj" and root.head.lower_ in _ANTECEDENT


def _other_clause_time(t: TimeExpression, trigger: Span) -> bool:
    return abs(t.span.start - trigger.start) > 160


def _place(ctx: Context, start: int, end: int, sentence: Sentence, anchor: int) -> Place | None:
    try:
        from eventwatch.geo.resolve import event_place
    except ImportError:  # the geo stage is optional in a custom pipeline
        return None
    lead = _dateline_start(ctx, sentence)
    if start <= sentence.span.start:
        start = lead  # (a clause that opens the lede opens after its dateline)
    return event_place(ctx, start, end, anchor) or event_place(ctx, lead, sentence.span.end, anchor)


def _dateline_start(ctx: Context, sentence: Sentence) -> int:
    """Where the sentence starts, or the dateline just before it ("NIAMEY (ANP) - The air force ..."): the place a
    wire story's lede is filed from is read with the lede, as where the sentence names no other."""
    i = bisect.bisect_left(ctx.sentences, sentence.span.start, key=lambda s: s.span.start)
    if i > 0 and is_dateline(ctx.sentences[i - 1].span.text):
        return ctx.sentences[i - 1].span.start
    return sentence.span.start


def _demonstrators(
    sub: str, actor1: Actor | None, actor2: Actor | None, ctx: Context
) -> tuple[Actor | None, Actor | None]:
    """In a protest or riot, the crowd is actor 1 (protesters or rioters); only an intervention has an actor 2."""
    crowd = next((a for a in (actor1, actor2) if a is not None and a.inter in (5, 6, 7)), None)
    force = next((a for a in (actor1, actor2) if a is not None and a.inter in (1, 2, 3, 8)), None)
    country = (crowd.country if crowd else "") or main_country(ctx)
    rioting = taxonomy.event_type_of(sub) == taxonomy.RIOTS
    label, inter = ("Rioters", 5) if rioting else ("Protesters", 6)
    name = f"{label} ({country_name(country)})" if country else label
    first = Actor(
        name=name, span=crowd.span if crowd else None, kind=label.lower(), inter=inter, country=country
    )
    second = (
        force
        if sub in ("Protest with intervention", "Excessive force against protesters") or rioting
        else None
    )
    return first, second


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


def _modifier_use(ctx: Context, actor: Actor) -> bool:
    """'military' in 'military aircraft' is no actor: a generic actor word parsed as a modifier. A named actor
    stays one as a modifier: "ISWAP fighters", "Fano militia fighters" are ISWAP's and Fano's."""
    if actor.span is None or actor.inter == 0 or not actor.generic:
        return False
    sentence = ctx.sentence_of(actor.span.start)
    if sentence is None or sentence.parsed is None:
        return False
    offset = actor.span.end - sentence.span.start
    last = next((t for t in sentence.parsed if t.idx < offset <= t.idx + len(t.text)), None)
    if last is None or last.pos_ == "PROPN":
        return False
    if last.dep_ in ("amod", "compound") and last.head.lower_ in _FORCE_BODIES:
        return False  # "Sudanese army units", "a police patrol": the force itself, told by its men
    return last.pos_ == "ADJ" or (last.dep_ in ("amod", "compound") and last.head.i > last.i)


_FORCE_BODIES = frozenset(
    "unit units battalion battalions brigade brigades regiment regiments platoon platoons detachment detachments "
    "contingent contingents squad squads column columns patrol patrols personnel".split()
)


# what a force holds or moves in: "attacked a police post", "ambushed an army convoy", "shelled rebel positions"
_FORCE_HOLDING = re.compile(
    r"\s+(?:(?:out)?posts?|checkpoints?|convoys?|patrols?|bases?|barracks|camps?|stations?|positions?|garrisons?|"
    r"units?|vehicles?|trucks?|helicopters?|aircraft|jets?|drones?|installations?|headquarters|strongholds?|"
    r"hideouts?|command centres?|command centers?|battalions?|brigades?|regiments?|platoons?|detachments?|"
    r"contingents?|airports?|air ?bases?|airfields?|depots?|arsenals?|academ(?:y|ies)|outposts?)\b",
    re.I,
)


def _untimed_targets(m: EventMention, times: list[TimeExpression]) -> EventMention:
    """A mention's targets without its dates: "on Monday" tells when, not what was hit (kept while the mention is
    typed, as the clause's parse gave it)."""
    targets = [t for t in m.targets if not any(_inside(t, x.span.start, x.span.end) for x in times)]
    return m if len(targets) == len(m.targets) else replace(m, targets=targets)


def _sides(m: EventMention, ctx: Context, modifiers: list[Actor]) -> EventMention:
    """The mention's sides completed after it is typed, from what its clause left unread: the force whose post or
    convoy was hit, the civilians a strike killed, the other armed side of a fight or a deal told in its sentence."""
    text = ctx.document.text
    m = _holder_side(m, modifiers, text)
    m = _victims_side(m, ctx.actors)
    return armed_side(m, ctx.actors, text)


# a speaker or a source, not a side: "Police said", "according to the army", "a rebel spokesman"
_SPEAKS_AFTER = re.compile(
    r"[\s,]*(?:[\w'-]+\s+){0,2}?(?:said|says|say|told|tells|reported|reports|claimed|claims|added|stated|denied|"
    r"announced|confirmed|accused|blamed|spokes(?:man|woman|person)|statement)\b",
    re.I,
)
_SPEAKS_BEFORE = re.compile(r"\b(?:according to|quoting|cited|told|by)\s+(?:the\s+|a\s+)?$", re.I)


def only_speaks(text: str, span: Span, lo: int) -> bool:
    """Whether the actor at span is told as a speaker or a source ("police said", "according to the army", "a rebel
    spokesman"), not as a side (lo: where its sentence starts)."""
    return bool(
        _SPEAKS_AFTER.match(text, span.end)
        or _SPEAKS_BEFORE.search(text[max(lo, span.start - 20) : span.start])
    )


# a fight, a change of hands, a deal or a seizure always has a second side, where the sentence names one (so has a
# strike or a blast on armed men)
_TWO_SIDED = frozenset(
    [
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Non-violent transfer of territory",
        "Disrupted weapons use",
        "Agreement",
    ]
)


def armed_side(m: EventMention, actors: list[Actor], text: str) -> EventMention:
    """A two-sided event whose clause named one side takes the nearest other armed actor its sentence names, not
    one that only speaks of it: "troops recaptured the town from ISWAP", "seized the town after fighting with
    Congolese soldiers", "defused an IED planted by Maoists"."""
    if (
        m.actor2 is not None
        or m.actor1 is None
        or (m.sub_event_type not in _TWO_SIDED and m.event_type != "Explosions/Remote violence")
    ):
        return m
    first = m.actor1
    same = {first.name, named_head(first, actors, text).name}  # "M23 rebels": M23 and the rebels are one side
    others = [
        a
        for a in actors
        if a.span is not None
        and a.inter in (1, 2, 3, 4, 8)
        and a.name not in same
        and named_head(a, actors, text).name not in same
        and _inside(a.span, m.sentence.start, m.sentence.end)
        and not (first.span is not None and first.span.overlaps(a.span))
        and not only_speaks(text, a.span, m.sentence.start)
    ]
    if not others:
        return m
    side = min(others, key=lambda a: abs(a.span.start - m.trigger.start) if a.span is not None else 0)
    return replace(m, actor2=side)


# a nationality on the arms used: "a Turkish drone struck", "Russian missiles hit", "Saudi-led coalition jets"
_NATIONAL_ARMS = re.compile(
    r"\b([A-Z][a-z]+)(?:-led)?\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|jets?|warplanes?|war\s+planes?|aircraft|"
    r"planes?|helicopters?|gunships?|artillery|rockets?|shells?|air\s*strikes?|strikes?|bombers?|navy|warships?)\b"
)


def national_arms(text: str, start: int, end: int) -> Actor | None:
    """The forces of the country whose arms text[start:end] names ("a Turkish drone struck a vehicle"): who carried
    out a strike or shelling told with no force named. Read for the merged incident (not while mentions merge)."""
    dem = demonyms()
    for match in _NATIONAL_ARMS.finditer(text, start, end):
        code = dem.get(match.group(1).lower())
        if code:
            span = Span(match.start(1), match.end(), text[match.start(1) : match.end()])
            name = f"Military Forces of {country_name(code)}"
            return Actor(name=name, span=span, kind="state", inter=1, country=code, generic=True)
    return None


def _holder_side(m: EventMention, modifiers: list[Actor], text: str) -> EventMention:
    """A fight or strike on what a force holds has that force as its other side: "gunmen attacked a police post"
    is a clash with the police. Read after the mention is typed (the word stays no actor while the type is chosen:
    crowds that burn a police truck are rioters, not a battle)."""
    if m.actor2 is not None or m.event_type not in ("Battles", "Explosions/Remote violence"):
        return m
    # what the clause's parse left as no target: the words after the trigger to the clause's end ("A Ukrainian
    # drone struck a Russian military truck")
    after = text[m.trigger.end : m.sentence.end]
    rest = Span(m.trigger.end, m.trigger.end + len(re.split(r"[,;]", after, maxsplit=1)[0]), "")
    for target in m.targets or [rest]:
        for a in modifiers:
            if (
                a.span is not None
                and _inside(a.span, target.start, target.end)
                and a.inter in (1, 2, 3, 8)
                and (m.actor1 is None or a.name != m.actor1.name)
                and _FORCE_HOLDING.match(text, a.span.end)
            ):
                return replace(m, actor2=a)
    return m


def _victims_side(m: EventMention, actors: list[Actor]) -> EventMention:
    """Shelling, a strike or a blast that killed or wounded civilians, with no force on the other side, has the
    civilians as its other side, as ACLED codes remote violence on them ("shelled the town, killing seven
    civilians")."""
    if m.actor2 is not None or m.event_type != "Explosions/Remote violence":
        return m
    told = m.sentence.text
    if not (_KILL.search(told) or _INJURE.search(told)):
        return m
    victims = [
        a
        for a in actors
        if a.span is not None
        and a.inter == 7
        and _inside(a.span, m.sentence.start, m.sentence.end)
        and _harmed(told, a.span.start - m.sentence.start, a.span.end - m.sentence.start)
    ]
    return replace(m, actor2=victims[0]) if victims else m


def _harmed(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] tell that they were killed or hurt ("killing at least 7 civilians",
    "two children were wounded"), not that they spoke ("residents said")."""
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    return bool(
        _KILL.search(before) or _INJURE.search(before) or _KILL.search(after) or _INJURE.search(after)
    )


def peg_date(ctx: Context) -> TimeExpression | None:
    """The report's news date: its first day-precise date within a week before publication."""
    published = ctx.document.published
    for t in ctx.times:
        if t.value is None or t.precision != 1 or t.kind not in ("date",):
            continue
        if published is None or dt.timedelta(0) <= published - t.value <= dt.timedelta(days=7):
            return t
    return None


# a place opening the report, in capitals, before its dash: the dateline
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,\s*[A-Za-z .'-]+)?\s*(?:\([A-Za-z .]+\)\s*)?[-\u2013\u2014]\s")


def main_country(ctx: Context) -> str:
    counts: dict[str, tuple[int, float]] = {}
    for place in ctx.toponyms:
        if place.resolved and place.country_code:
            n, score = counts.get(place.country_code, (0, 0.0))
            # the dateline ("RIO DE JANEIRO -", "GOMA, Congo (Reuters) -") says where the report was filed
            lead = (
                place.span is not None
                and place.span.start <= 3
                and _DATELINE.match(ctx.document.text, place.span.start) is not None
            )
            counts[place.country_code] = (n + 1 + lead, score + place.score)
    # the country most places are in; between equals, the one whose places the gazetteer was surer of
    return max(counts, key=lambda c: counts[c]) if counts else ""


_GRAVE = re.compile(r"\b(?:graves?|burial|exhum\w*)", re.I)
_BODY_WORDS = re.compile(
    r"^(?:bodies|corpses|remains|mass|burial|shallow|found|discovered|exhum\w*|unearthed|turned|finding)\b",
    re.I,
)


def _bodies_found(m: EventMention) -> bool:
    """Bodies found, not a mass grave (a grave is a discovery of its own, whatever killing it holds)."""
    return (
        m.sub_event_type == "Other"
        and bool(_BODY_WORDS.match(m.trigger.text))
        and not _GRAVE.search(m.sentence.text)
    )


@component("events")
def make_event_extractor(settings: Settings) -> Component:
    def events(ctx: Context) -> None:
        # a weapon's name is no place ("six Grad rockets" is not Grad, Slovenia)
        ctx.toponyms = [
            p
            for p in ctx.toponyms
            if not any(w.span and p.span and w.span.overlaps(p.span) for w in ctx.weapons)
            # nor is a named actor's ("Taliban" is not a Turkish village's other name)
            and not any(a.span == p.span for a in ctx.actors if not a.generic)
            # nor a country or town told as who leads or backs ("a US-led committee", "a Nairobi-based group")
            and not (p.span is not None and _LED_BY_PLACE.match(ctx.document.text, p.span.end))
        ]
        country = main_country(ctx)
        modifiers = [with_country(a, country) for a in ctx.actors if _modifier_use(ctx, a)]
        ctx.actors = [with_country(a, country) for a in ctx.actors if not _modifier_use(ctx, a)]
        mentions: list[EventMention] = []
        for sentence in ctx.sentences:
            count = fatality_line(sentence.span.text)
            if count is not None:
                if mentions:
                    mentions[-1] = _with_fatalities(mentions[-1], count, sentence.span)
            elif sentence.parsed is not None:
                mentions.extend(mentions_in(ctx, sentence))
        if any(m.event_type in taxonomy.VIOLENT_TYPES and not m.is_background for m in mentions):
            # bodies recovered after an attack the report tells are its dead, not a discovery of their own
            mentions = [m for m in mentions if not _bodies_found(m)]
        mentions = _handed_on(_riot_broken_up(mentions))
        ctx.mentions = [_sides(_untimed_targets(m, ctx.times), ctx, modifiers) for m in _old_news(mentions)]

    return events


# a time told as before the report's news: "last week", "earlier this month", "two weeks ago", "in February"
_PAST_TIME = re.compile(r"\b(?:last|previous|earlier|ago|past)\b", re.I)
_MONTH_ONLY = re.compile(
    r"^(?:in |during |early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)$",
    re.I,
)


def _told_as_before(time: TimeExpression | None) -> bool:
    if time is None or time.kind != "date":
        return False
    return bool(_PAST_TIME.search(time.span.text) or _MONTH_ONLY.match(time.span.text.strip()))


def _old_news(mentions: list[EventMention]) -> list[EventMention]:
    """An incident told as context before a later sentence's news ("Gangs set fire to a police station last week.
    Gang leaders announced an alliance on Tuesday."): the report's news is the later one; the earlier is kept as
    background. Only where the later sentence's incident is dated to a day or not dated at all, and (with a
    publication date) at least five days after the earlier one. Likewise a violent incident told after the dated
    news and dated before it ("The blast killed two soldiers on Tuesday. In September, a similar explosion killed
    four fighters nearby."): an earlier incident recalled, kept as background with its own toll."""
    news = [m for m in mentions if not m.is_background]
    out = []
    for m in mentions:
        old = (
            not m.is_background
            and m.time is not None
            and _told_as_before(m.time)
            and any(
                n.sentence.start != m.sentence.start
                # (told before the news, another kind of incident; told after the dated news, an earlier violent
                # incident: "the same base had been attacked in January, when 9 soldiers died". Protests are left
                # out: told for all types, one CASE 2021 protest snippet changed type)
                and (
                    (n.sentence.start > m.sentence.start and n.sub_event_type != m.sub_event_type)
                    or (
                        n.sentence.start < m.sentence.start
                        and n.time is not None  # (the news dated to its day)
                        and m.event_type in taxonomy.VIOLENT_TYPES
                    )
                )
                and not (n.negated or n.anaphoric or n.generic)
                and n.confidence >= 0.4
                and not _told_as_before(n.time)
                and (n.time is None or n.time.precision == 1)
                and (
                    n.time is None
                    or n.time.value is None
                    or m.time.value is None
                    or (n.time.value - m.time.value).days >= 5
                )
                for n in news
            )
        )
        out.append(replace(m, is_background=True) if old else m)
    return out


def _figure_spans(
    sentence: Span, told: Casualties, crowd: tuple[int, int, int] | None = None
) -> list[tuple[str, Span]]:
    """The document spans of the figures a sentence's casualties and crowd were read from."""

    def at(start: int, end: int) -> Span:
        return Span(sentence.start + start, sentence.start + end, sentence.text[start:end])

    spans = [("fatalities", at(*se)) for se in told.killed_at] + [
        ("injured", at(*se)) for se in told.injured_at
    ]
    return spans + ([("crowd", at(crowd[1], crowd[2]))] if crowd is not None else [])


def figures_told_apart(ctx: Context) -> None:
    """Tolls and crowds told in sentences of their own, given to the incident told before them (see
    :func:`_told_after`). Run once the mentions are final (after the learned typer's veto), by the incident
    linker: a sentence whose mention was vetoed tells its figures of the incident before it."""
    told = {m.sentence.start for m in ctx.mentions}
    for sentence in ctx.sentences:
        if sentence.span.start not in told and fatality_line(sentence.span.text) is None:
            _told_after(ctx.mentions, sentence.span)


def _told_after(mentions: list[EventMention], sentence: Span) -> None:
    """A sentence with no incident of its own that gives the last incident's toll ("Police said six people died.",
    "The toll rose to 14 on Saturday.") or the last gathering's crowd ("About 3,000 people took part."): the figures
    are that incident's, given to every mention of it in its sentence. A revised toll replaces the one told before,
    "two more" are added to it, and a second source's figure for the same dead is a conflicting report, of which
    the lowest counts."""
    told = read_casualties(sentence.text)
    targets = {i: told for i in _last_told(mentions, sentence, lambda m: True)}
    crowd = None
    for i in _last_told(mentions, sentence, _has_crowd):
        crowd = crowd or read_crowd(sentence.text)
        targets.setdefault(i, NO_CASUALTIES)
    for i, casualties in targets.items():
        mentions[i] = _with_later_figures(mentions[i], sentence, casualties, crowd)


def _last_told(
    mentions: list[EventMention], sentence: Span, which: Callable[[EventMention], bool]
) -> list[int]:
    """The mentions of the last incident told as news before a sentence, of those ``which`` accepts."""
    last = next(
        (
            i
            for i in range(len(mentions) - 1, -1, -1)
            if not mentions[i].is_background
            and mentions[i].sentence.start < sentence.start
            and which(mentions[i])
        ),
        None,
    )
    if last is None:
        return []
    start = mentions[last].sentence.start
    return [
        i for i, m in enumerate(mentions) if m.sentence.start == start and not m.is_background and which(m)
    ]


def _has_crowd(m: EventMention) -> bool:
    return _gathering(m.event_type, m.sub_event_type)


def _gathering(event_type: str, sub: str) -> bool:
    """A gathering whose size is told: protests, riots and force against protesters."""
    return event_type in (taxonomy.PROTESTS, taxonomy.RIOTS) or sub == "Excessive force against protesters"


def _with_later_figures(
    m: EventMention, sentence: Span, told: Casualties, crowd: tuple[int, int, int] | None
) -> EventMention:
    if m.sub_event_type not in REALIS_REQUIRED:
        told = NO_CASUALTIES
    new = _figure_spans(sentence, told)
    figures = list(m.figures)
    if told.best is not None and told.low is not None:
        before = m.fatalities_best
        dead = [(r, s) for r, s in new if r == "fatalities"]
        if before is None or told.revised or (told.best < before and not told.more and not m.toll_revised):
            high = (
                told.high
                if before is None or told.revised
                else max(told.high or told.best, m.fatalities_high or 0)
            )
            m = replace(
                m,
                fatalities_low=told.low,
                fatalities_best=told.best,
                fatalities_high=high,
                toll_revised=told.revised,
            )
            figures = [f for f in figures if f[0] != "fatalities"] + dead
        elif told.more:
            m = replace(
                m,
                fatalities_low=(m.fatalities_low or 0) + told.low,
                fatalities_best=before + told.best,
                fatalities_high=(m.fatalities_high or before) + (told.high or told.best),
            )
            figures += dead
    if told.injured is not None and (m.injured is None or told.more):
        m = replace(m, injured=(m.injured or 0) + told.injured if told.more else told.injured)
        figures += [(r, s) for r, s in new if r == "injured"]
    if m.crowd_size is None and crowd is not None and _has_crowd(m):
        m = replace(m, crowd_size=crowd[0])
        figures += _figure_spans(sentence, NO_CASUALTIES, crowd)
    return replace(m, figures=figures)


def _with_fatalities(mention: EventMention, count: int, line: Span) -> EventMention:
    """The notes' fatality line counts the deaths of the incident told just before it."""
    if mention.fatalities_best is not None or mention.sub_event_type not in REALIS_REQUIRED:
        return mention
    figures = [*mention.figures, ("fatalities", line)]
    return replace(
        mention, fatalities_low=count, fatalities_best=count, fatalities_high=count, figures=figures
    )
