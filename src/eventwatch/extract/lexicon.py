"""Word lists written by the eventwatch team: event triggers, weapons, actor nouns, speech verbs.

These are general English conflict-reporting vocabulary (lemmas), not lists mined from any gold set.
"""

from __future__ import annotations

import re

from eventwatch.extract.alternation import first_char_dispatch

# trigger lemma -> (sub_event_type, confidence). Verbs and nouns share one table (lemmas are lower case).
TRIGGERS: dict[str, tuple[str, float]] = {
    # battles
    "clash": ("Armed clash", 0.7), "fight": ("Armed clash", 0.6), "fighting": ("Armed clash", 0.6), "battle": ("Armed clash", 0.6),
    "firefight": ("Armed clash", 0.8), "open fire": ("Attack", 0.45), "exchange fire": ("Armed clash", 0.8), "trade fire": ("Armed clash", 0.8),
    "exchange of fire": ("Armed clash", 0.8), "exchange gunfire": ("Armed clash", 0.8), "gunfight": ("Armed clash", 0.8), "skirmish": ("Armed clash", 0.8),
    "ambush": ("Armed clash", 0.6), "offensive": ("Armed clash", 0.4), "assault": ("Armed clash", 0.4),
    "recapture": ("Government regains territory", 0.7), "retake": ("Government regains territory", 0.7),
    "reoccupy": ("Government regains territory", 0.6), "reoccupation": ("Government regains territory", 0.6), "clear": ("Government regains territory", 0.2),
    "enter": ("Government regains territory", 0.2), "march into": ("Government regains territory", 0.2),
    "march back into": ("Government regains territory", 0.2), "move back into": ("Government regains territory", 0.2),
    "roll into": ("Government regains territory", 0.2), "sweep into": ("Government regains territory", 0.2),
    "walk into": ("Government regains territory", 0.2), "drive into": ("Government regains territory", 0.2),
    "reach": ("Government regains territory", 0.2),
    "regain": ("Government regains territory", 0.5), "liberate": ("Government regains territory", 0.5),
    "overrun": ("Non-state actor overtakes territory", 0.6), "seize": ("Non-state actor overtakes territory", 0.3),
    "capture": ("Non-state actor overtakes territory", 0.3), "take control": ("Non-state actor overtakes territory", 0.5),
    "seize control": ("Non-state actor overtakes territory", 0.6), "gain control": ("Non-state actor overtakes territory", 0.5), "assume control": ("Non-state actor overtakes territory", 0.5), "establish control": ("Non-state actor overtakes territory", 0.5),
    "take over": ("Non-state actor overtakes territory", 0.4), "fall to": ("Non-state actor overtakes territory", 0.5),
    "fall into the hand of": ("Non-state actor overtakes territory", 0.5),
    "regain control": ("Government regains territory", 0.7), "restore control": ("Government regains territory", 0.6),
    "re-establish control": ("Government regains territory", 0.6), "reestablish control": ("Government regains territory", 0.6), "reclaim": ("Government regains territory", 0.6),
    "take back": ("Government regains territory", 0.6), "win back": ("Government regains territory", 0.6),
    "dislodge": ("Government regains territory", 0.5), "wrest control": ("Non-state actor overtakes territory", 0.6),
    "wrest": ("Non-state actor overtakes territory", 0.3),
    # explosions / remote violence
    "shell": ("Shelling/artillery/missile attack", 0.8), "shelling": ("Shelling/artillery/missile attack", 0.8),
    "bombard": ("Shelling/artillery/missile attack", 0.7),
    "bombardment": ("Shelling/artillery/missile attack", 0.7),
    "fire": ("Shelling/artillery/missile attack", 0.3), "launch": ("Shelling/artillery/missile attack", 0.3),
    "strike": ("Air/drone strike", 0.4), "airstrike": ("Air/drone strike", 0.9), "air strike": ("Air/drone strike", 0.9),
    "air raid": ("Air/drone strike", 0.9), "raid": ("Armed clash", 0.3),
    "drone strike": ("Air/drone strike", 0.9), "bomb": ("Air/drone strike", 0.4), "bombing": ("Air/drone strike", 0.4),
    "explosion": ("Remote explosive/landmine/IED", 0.5), "blast": ("Remote explosive/landmine/IED", 0.5),
    "explode": ("Remote explosive/landmine/IED", 0.5), "detonate": ("Remote explosive/landmine/IED", 0.6),
    "suicide bombing": ("Suicide bomb", 0.9), "suicide attack": ("Suicide bomb", 0.9),
    "suicide bomber": ("Suicide bomb", 0.9), "blow himself up": ("Suicide bomb", 0.9),
    "blow herself up": ("Suicide bomb", 0.9), "blow themselves up": ("Suicide bomb", 0.9),
    # violence against civilians
    "kill": ("Attack", 0.4), "wound": ("Attack", 0.3), "injure": ("Attack", 0.3), "go off": ("Attack", 0.3), "murder": ("Attack", 0.6), "massacre": ("Attack", 0.7), "execute": ("Attack", 0.5),
    "shoot": ("Attack", 0.4), "stab": ("Attack", 0.6), "behead": ("Attack", 0.8), "torture": ("Attack", 0.6),
    "beat": ("Attack", 0.4), "beating": ("Attack", 0.4), "electric shock": ("Attack", 0.5), "attack": ("Attack", 0.35), "target": ("Attack", 0.3), "assassinate": ("Attack", 0.6),
    "assassination": ("Attack", 0.6), "killing": ("Attack", 0.4), "shooting": ("Attack", 0.4), "execution": ("Attack", 0.4), "gun down": ("Attack", 0.7),
    "abduct": ("Abduction/forced disappearance", 0.8), "kidnap": ("Abduction/forced disappearance", 0.8),
    "abduction": ("Abduction/forced disappearance", 0.8), "kidnapping": ("Abduction/forced disappearance", 0.8),
    "rape": ("Sexual violence", 0.8), "sexual violence": ("Sexual violence", 0.8),
    "sexual assault": ("Sexual violence", 0.8),
    # protests and riots
    "protest": ("Peaceful protest", 0.7), "demonstrate": ("Peaceful protest", 0.6),
    "refuse food": ("Peaceful protest", 0.6), "refuse to eat": ("Peaceful protest", 0.5),
    "interpellate": ("Arrests", 0.6), "interpellation": ("Arrests", 0.5),
    "take to the streets": ("Peaceful protest", 0.7), "take to the street": ("Peaceful protest", 0.7), "hunger strike": ("Peaceful protest", 0.7),
    "go on strike": ("Peaceful protest", 0.6), "general strike": ("Peaceful protest", 0.6),
    "walkout": ("Peaceful protest", 0.5), "work stoppage": ("Peaceful protest", 0.6), "boycott": ("Peaceful protest", 0.3), "vigil": ("Peaceful protest", 0.5),
    "petrol bomb": ("Violent demonstration", 0.6), "molotov": ("Violent demonstration", 0.6),
    "demonstration": ("Peaceful protest", 0.6), "rally": ("Peaceful protest", 0.6), "march": ("Peaceful protest", 0.3),
    "sit-in": ("Peaceful protest", 0.8), "human chain": ("Peaceful protest", 0.6), "disperse": ("Protest with intervention", 0.75),
    "baton-charge": ("Protest with intervention", 0.6), "baton-charged": ("Protest with intervention", 0.6),
    "baton charge": ("Protest with intervention", 0.6), "baton charged": ("Protest with intervention", 0.6),
    "lathi-charge": ("Protest with intervention", 0.6), "lathi-charged": ("Protest with intervention", 0.6),
    "lathi charge": ("Protest with intervention", 0.6), "lathi charged": ("Protest with intervention", 0.6),
    "hem in": ("Protest with intervention", 0.5), "kettle": ("Protest with intervention", 0.5),
    "tear gas": ("Protest with intervention", 0.6), "pepper spray": ("Protest with intervention", 0.6),
    "pepper-spray": ("Protest with intervention", 0.6), "picket": ("Peaceful protest", 0.6), "protester": ("Peaceful protest", 0.4),
    "riot": ("Violent demonstration", 0.8), "rioter": ("Violent demonstration", 0.6),
    "lynch": ("Mob violence", 0.8), "necklace": ("Mob violence", 0.8), "mob": ("Mob violence", 0.6), "vigilante": ("Mob violence", 0.4),
    # strategic developments
    "ceasefire": ("Agreement", 0.6), "cease-fire": ("Agreement", 0.6), "cease fire": ("Agreement", 0.5), "truce": ("Agreement", 0.6),
    # a pause in the fighting, read only when agreed, accepted or consented to (see events._agreed)
    "pause": ("Agreement", 0.4),
    "agreement": ("Agreement", 0.5), "accord": ("Agreement", 0.5), "deal": ("Agreement", 0.4), "pact": ("Agreement", 0.5),
    "treaty": ("Agreement", 0.5), "memorandum": ("Agreement", 0.4), "agree": ("Agreement", 0.4),
    "mutiny": ("Change to group/activity", 0.5), "mutineer": ("Change to group/activity", 0.4),
    "make peace": ("Agreement", 0.6), "bury the hatchet": ("Agreement", 0.6), "reconcile": ("Agreement", 0.5),
    "pardon": ("Agreement", 0.4), "dharna": ("Peaceful protest", 0.6), "gherao": ("Peaceful protest", 0.6), "rioting": ("Violent demonstration", 0.8), "consent": ("Agreement", 0.4), "covenant": ("Agreement", 0.5), "flash mob": ("Peaceful protest", 0.4),
    # documents of an agreement, read only when signed, reached or concluded (see events._agreed)
    "protocol": ("Agreement", 0.4), "charter": ("Agreement", 0.4), "pledge": ("Agreement", 0.4),
    "text": ("Agreement", 0.4), "document": ("Agreement", 0.4),
    "understanding": ("Agreement", 0.4), "commitment": ("Agreement", 0.4), "roadmap": ("Agreement", 0.4),
    "arrangement": ("Agreement", 0.4), "settlement": ("Agreement", 0.4), "reconciliation": ("Agreement", 0.4),
    "release": ("Agreement", 0.3), "swap": ("Agreement", 0.4), "exchange": ("Agreement", 0.3),
    "in exchange for": ("Agreement", 0.4),
    "armistice": ("Agreement", 0.6), "peace declaration": ("Agreement", 0.6), "peace deal": ("Agreement", 0.7), "peace agreement": ("Agreement", 0.7),
    "cessation of hostilities": ("Agreement", 0.7), "humanitarian pause": ("Agreement", 0.6),
    "demobilise": ("Change to group/activity", 0.5), "demobilize": ("Change to group/activity", 0.5),
    "mobilisation": ("Change to group/activity", 0.5), "mobilization": ("Change to group/activity", 0.5),
    "rebrand": ("Change to group/activity", 0.6), "switch allegiance": ("Change to group/activity", 0.7),
    "switch sides": ("Change to group/activity", 0.7), "take up arm": ("Change to group/activity", 0.6),
    "rearm": ("Change to group/activity", 0.5), "regroup": ("Change to group/activity", 0.4),
    "call up reservist": ("Change to group/activity", 0.6), "conscription": ("Change to group/activity", 0.5),
    "conscript": ("Change to group/activity", 0.4), "enlist": ("Change to group/activity", 0.4),
    "demobilisation": ("Change to group/activity", 0.5), "demobilization": ("Change to group/activity", 0.5),
    "prisoner exchange": ("Agreement", 0.7), "prisoner swap": ("Agreement", 0.7),
    "arrest": ("Arrests", 0.6), "detain": ("Arrests", 0.5),
    "defuse": ("Disrupted weapons use", 0.8), "disarm": ("Disrupted weapons use", 0.4),
    "bring down": ("Disrupted weapons use", 0.4), "make safe": ("Disrupted weapons use", 0.8),
    "render safe": ("Disrupted weapons use", 0.8), "foil": ("Disrupted weapons use", 0.7),
    "thwart": ("Disrupted weapons use", 0.7), "intercept": ("Disrupted weapons use", 0.5),
    "shoot down": ("Disrupted weapons use", 0.5), "dismantle": ("Disrupted weapons use", 0.4),
    "confiscate": ("Disrupted weapons use", 0.5), "impound": ("Disrupted weapons use", 0.3), "find": ("Disrupted weapons use", 0.2),
    "discover": ("Disrupted weapons use", 0.2), "recover": ("Disrupted weapons use", 0.2),
    "uncover": ("Disrupted weapons use", 0.3), "seizure": ("Disrupted weapons use", 0.4), "neutralize": ("Disrupted weapons use", 0.3),
    "neutralise": ("Disrupted weapons use", 0.3), "avert": ("Disrupted weapons use", 0.5),
    "weapons cache": ("Disrupted weapons use", 0.7), "arms cache": ("Disrupted weapons use", 0.7),
    "controlled explosion": ("Disrupted weapons use", 0.8), "controlled detonation": ("Disrupted weapons use", 0.8), "bomb disposal": ("Disrupted weapons use", 0.7),
    # changes to a group or its activity; bases
    "defect": ("Change to group/activity", 0.6), "defection": ("Change to group/activity", 0.6),
    "pledge allegiance": ("Change to group/activity", 0.8), "merge": ("Change to group/activity", 0.5),
    "merger": ("Change to group/activity", 0.6), "disband": ("Change to group/activity", 0.7),
    "dissolve": ("Change to group/activity", 0.4), "split": ("Change to group/activity", 0.3),
    "recruit": ("Change to group/activity", 0.5), "recruitment": ("Change to group/activity", 0.5),
    "appoint": ("Change to group/activity", 0.1), "name": ("Change to group/activity", 0.1),
    "suspend": ("Change to group/activity", 0.1), "hand in": ("Change to group/activity", 0.3),
    "rename": ("Change to group/activity", 0.6), "change its name": ("Change to group/activity", 0.7),
    "reorganise": ("Change to group/activity", 0.3), "reorganize": ("Change to group/activity", 0.3),
    "integrate": ("Change to group/activity", 0.1), "incorporate": ("Change to group/activity", 0.1), "install": ("Headquarters or base established", 0.1),
    "deploy": ("Change to group/activity", 0.4), "deployment": ("Change to group/activity", 0.4),
    "redeploy": ("Change to group/activity", 0.5), "relocate": ("Change to group/activity", 0.4),
    "mobilize": ("Change to group/activity", 0.4), "mobilise": ("Change to group/activity", 0.4),
    "reinforcement": ("Change to group/activity", 0.4), "surrender": ("Agreement", 0.5),
    "join forces": ("Change to group/activity", 0.7), "form": ("Change to group/activity", 0.2),
    "choose": ("Change to group/activity", 0.1), "select": ("Change to group/activity", 0.1),
    "elect": ("Change to group/activity", 0.1), "lay down": ("Change to group/activity", 0.3),
    "hand themselves over": ("Agreement", 0.6), "turn themselves in": ("Agreement", 0.6),
    "give themselves up": ("Agreement", 0.6), "cross over": ("Change to group/activity", 0.3),
    "go over": ("Change to group/activity", 0.2), "renounce": ("Change to group/activity", 0.3),
    "proscribe": ("Change to group/activity", 0.6), "proscription": ("Change to group/activity", 0.6),
    "designate": ("Change to group/activity", 0.1), "coalition": ("Change to group/activity", 0.1),
    "alliance": ("Change to group/activity", 0.1), "creation": ("Change to group/activity", 0.1),
    "maximum alert": ("Change to group/activity", 0.5), "high alert": ("Change to group/activity", 0.5),
    "red alert": ("Change to group/activity", 0.5), "full alert": ("Change to group/activity", 0.5),
    "halt": ("Change to group/activity", 0.1), "refrain": ("Change to group/activity", 0.1),
    "cease": ("Change to group/activity", 0.1),
    "found": ("Change to group/activity", 0.2),
    "set up": ("Headquarters or base established", 0.3), "establish": ("Headquarters or base established", 0.3),
    "build": ("Headquarters or base established", 0.2), "open": ("Headquarters or base established", 0.1),
    "erect": ("Headquarters or base established", 0.2), "inaugurate": ("Headquarters or base established", 0.1), "construct": ("Headquarters or base established", 0.2),
    "downed": ("Disrupted weapons use", 0.5), "downed tools": ("Peaceful protest", 0.5),
    "down tools": ("Peaceful protest", 0.5), "drive out": ("Government regains territory", 0.5),
    "flush out": ("Government regains territory", 0.5), "push back": ("Government regains territory", 0.4),
    "gather": ("Peaceful protest", 0.2), "assemble": ("Peaceful protest", 0.2), "converge": ("Peaceful protest", 0.2),
    "occupy": ("Peaceful protest", 0.2), "storm": ("Violent demonstration", 0.3), "rampage": ("Violent demonstration", 0.4),
    "agitation": ("Peaceful protest", 0.5), "rallyist": ("Peaceful protest", 0.5),
    "secure": ("Disrupted weapons use", 0.1), "disrupt": ("Disrupted weapons use", 0.1),
    "aerial bombardment": ("Air/drone strike", 0.9), "air bombardment": ("Air/drone strike", 0.9), "long march": ("Peaceful protest", 0.6), "roko": ("Peaceful protest", 0.6), "destroy": ("Disrupted weapons use", 0.1), "use": ("Attack", 0.1),
    "employ": ("Attack", 0.1), "drop": ("Air/drone strike", 0.1), "free": ("Agreement", 0.2),
    "apprehend": ("Arrests", 0.6), "nab": ("Arrests", 0.5), "round up": ("Arrests", 0.6),
    "pick up": ("Arrests", 0.3),
    "take into custody": ("Arrests", 0.7), "place under arrest": ("Arrests", 0.7), "detention warrant": ("Arrests", 0.5),
    "custody": ("Arrests", 0.3), "hack": ("Attack", 0.5),
    "stone": ("Attack", 0.4), "whip": ("Attack", 0.4), "flog": ("Attack", 0.4),
    "blow up": ("Looting/property destruction", 0.4), "cart away": ("Looting/property destruction", 0.5),
    "cart off": ("Looting/property destruction", 0.5),
    "trade gunfire": ("Armed clash", 0.8), "return fire": ("Armed clash", 0.7),
    "combat engagement": ("Armed clash", 0.7), "shootout": ("Armed clash", 0.8), "shoot-out": ("Armed clash", 0.8), "gun battle": ("Armed clash", 0.8),
    # two sides fighting told in other words ("engaged each other", "a gun duel", "had an encounter with Maoist cadres")
    "engage each other": ("Armed clash", 0.7), "engage one another": ("Armed clash", 0.7),
    "combat": ("Armed clash", 0.5), "confrontation": ("Armed clash", 0.4), "engage": ("Armed clash", 0.3),
    "gun duel": ("Armed clash", 0.8), "have an encounter": ("Armed clash", 0.6),
    "gunbattle": ("Armed clash", 0.8), "encounter break out": ("Armed clash", 0.7), "come under fire": ("Attack", 0.4),
    "spray": ("Chemical weapon", 0.1), "hit": ("Attack", 0.1), "land": ("Attack", 0.1), "slam into": ("Attack", 0.1), "rain down": ("Attack", 0.1),
    "crash into": ("Attack", 0.1), "set off": ("Attack", 0.1), "trigger": ("Attack", 0.1), "open up": ("Attack", 0.1),
    "step on": ("Attack", 0.1), "tread on": ("Attack", 0.1), "jump on": ("Attack", 0.1), "fall on": ("Attack", 0.1),
    "pound": ("Shelling/artillery/missile attack", 0.5),
    "take hostage": ("Abduction/forced disappearance", 0.8), "hold hostage": ("Abduction/forced disappearance", 0.7),
    "take captive": ("Abduction/forced disappearance", 0.8), "snatch": ("Abduction/forced disappearance", 0.4),
    "take away": ("Abduction/forced disappearance", 0.3), "take": ("Abduction/forced disappearance", 0.1), "carry away": ("Abduction/forced disappearance", 0.3),
    "carry off": ("Abduction/forced disappearance", 0.3), "whisk away": ("Abduction/forced disappearance", 0.4),
    "forcibly disappear": ("Abduction/forced disappearance", 0.8),
    "bundle": ("Abduction/forced disappearance", 0.3), "force": ("Abduction/forced disappearance", 0.1),
    "lead away": ("Abduction/forced disappearance", 0.3), "march into the bush": ("Abduction/forced disappearance", 0.7),
    "break away": ("Change to group/activity", 0.6), "splinter group": ("Change to group/activity", 0.5),
    "breakaway faction": ("Change to group/activity", 0.5), "swear allegiance": ("Change to group/activity", 0.8),
    "lay down arm": ("Change to group/activity", 0.6), "formation": ("Change to group/activity", 0.2),
    "settle": ("Headquarters or base established", 0.1), "move": ("Headquarters or base established", 0.1),
    "turn": ("Headquarters or base established", 0.1), "convert": ("Headquarters or base established", 0.1),
    "throw": ("Attack", 0.2), "hurl": ("Attack", 0.2), "lob": ("Attack", 0.2), "toss": ("Attack", 0.2),
    "pelt": ("Attack", 0.2),
    "sexually assault": ("Sexual violence", 0.9), "sexually abuse": ("Sexual violence", 0.9),
    "sexual abuse": ("Sexual violence", 0.8), "molest": ("Sexual violence", 0.7),
    "air interdiction": ("Air/drone strike", 0.8), "grope": ("Sexual violence", 0.7), "fondle": ("Sexual violence", 0.6), "gang-rape": ("Sexual violence", 0.9),
    "chant": ("Peaceful protest", 0.4), "striker": ("Peaceful protest", 0.5), "rallied": ("Peaceful protest", 0.6),
    "loot": ("Looting/property destruction", 0.8), "looting": ("Looting/property destruction", 0.8),
    "plunder": ("Looting/property destruction", 0.8), "torch": ("Looting/property destruction", 0.6),
    "set fire": ("Looting/property destruction", 0.6), "ransack": ("Looting/property destruction", 0.7),
    "raze": ("Looting/property destruction", 0.7), "burn down": ("Looting/property destruction", 0.7),
    "rustle": ("Looting/property destruction", 0.5), "uproot": ("Looting/property destruction", 0.4),
    "bulldoze": ("Looting/property destruction", 0.4), "pull down": ("Looting/property destruction", 0.4),
    "tear down": ("Looting/property destruction", 0.4), "maul": ("Attack", 0.4), "thrash": ("Attack", 0.4),
    "set ablaze": ("Looting/property destruction", 0.6), "vandalise": ("Looting/property destruction", 0.7),
    "demolish": ("Looting/property destruction", 0.5), "pillage": ("Looting/property destruction", 0.8), "vandalize": ("Looting/property destruction", 0.7),
    "withdraw": ("Non-violent transfer of territory", 0.4), "hand over": ("Non-violent transfer of territory", 0.4),
    "hand back": ("Non-violent transfer of territory", 0.4),
    "pull out": ("Non-violent transfer of territory", 0.5), "pull back": ("Non-violent transfer of territory", 0.4),
    "retreat": ("Non-violent transfer of territory", 0.4), "cede": ("Non-violent transfer of territory", 0.6),
    "vacate": ("Non-violent transfer of territory", 0.5), "abandon": ("Non-violent transfer of territory", 0.3),
    "handover": ("Non-violent transfer of territory", 0.5), "withdrawal": ("Non-violent transfer of territory", 0.4),
    "steal": ("Looting/property destruction", 0.4),
    "barricade": ("Violent demonstration", 0.5),
    "burn": ("Looting/property destruction", 0.4), "burn alive": ("Attack", 0.8), "burn to death": ("Attack", 0.8),
    "mob justice": ("Mob violence", 0.9), "angry crowd": ("Mob violence", 0.6), "set upon": ("Mob violence", 0.5),
    "embargo": ("Other", 0.7), "no-fly zone": ("Other", 0.9), "no fly zone": ("Other", 0.9),
    "mass grave": ("Other", 0.85), "clandestine grave": ("Other", 0.8), "internet shutdown": ("Other", 0.8),
    "internet blackout": ("Other", 0.8), "communications blackout": ("Other", 0.8),
    "air blockade": ("Other", 0.8), "airspace closure": ("Other", 0.8), "curfew": ("Other", 0.5),
    "state of emergency": ("Other", 0.5), "martial law": ("Other", 0.6),
    "state of public emergency": ("Other", 0.5), "state of security emergency": ("Other", 0.5),
    "state of siege": ("Other", 0.5), "state of exception": ("Other", 0.5), "emergency rule": ("Other", 0.5),
    "closed military zone": ("Other", 0.7), "closed military area": ("Other", 0.7),
    # the codebook's first example of another strategic development
    "coup": ("Other", 0.3), "seize power": ("Other", 0.8), "take power": ("Other", 0.7), "grab power": ("Other", 0.7),
}  # fmt: skip

# harm that makes force on a gathering excessive: serious wounds, not a scuffle
SEVERE_HARM = re.compile(
    r"\b(?:seriously|severely|critically) (?:injur\w*|wound\w*|hurt)|hospitali[sz]\w*|fractur\w*|unconscious|"
    r"head (?:injuries|wounds)|bleeding|bloodied|ran over|run over|gunshot wounds|pellets\b|broken (?:bones|limbs|skulls?)|"
    r"(?:admitted|rushed|taken) to (?:a |the )?hospital|critical condition|succumbed|los[et] (?:an |their |his |her |both |one )?(?:left |right )?eyes?|"
    r"los[et] (?:the )?sight (?:of|in) (?:his|her|their|one|an|both) (?:left |right )?eyes?|"
    r"eye injuries|los[et] (?:their|his|her) sight|blind(?:ed|ing)|birdshot|crush(?:ed|ing)|deep (?:cuts|lacerations|wounds)|"
    r"spinal (?:injur\w*|cord)|paraly[sz]ed",
    re.I,
)

# a harm denied just before its word: "no one was seriously hurt", "without injuring anyone"
DENIED = re.compile(r"\b(?:no one|nobody|none|not|no|without)\b[^.;,]{0,25}$", re.I)
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12, "couple": 2, "several": 3,
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1000, "a dozen": 12,
    "a few": 3, "a couple": 2, "a couple of": 2, "a handful": 3, "a handful of": 3,
    "tens of thousands": 10000, "hundreds of thousands": 100000,
}  # fmt: skip
# the wounded were the force's own: "two officers were injured", "injuring three policemen"
_UNIFORMED = r"police(?:men|women)?|(?:police )?officers?|constables?|soldiers|troops|gendarmes|guards"
HURT_FORCES = re.compile(
    rf"\b(?:{_UNIFORMED})\s+(?:(?:were|was|had been|have been|also)\s+)*(?:\w+\s+)?(?:injur|wound|hurt|hospitali)"
    # not the forces' own act: "police injured five protesters"
    r"(?!\w*\s+(?:\d+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|many|some|at least|the|protesters|demonstrators|students|people)\b)|"
    rf"\b(?:injur|wound)\w*\s+(?:[\w-]+\s+){{0,3}}?(?:{_UNIFORMED})\b",
    re.I,
)

# words of breaking an agreement: a truce violated is old news to the event rules, and a violation to the truce
# linker
VIOLATION_RE = re.compile(
    r"\b(?:violat\w*|breach\w*|broke|break(?:s|ing)?|broken|infring\w*|flout\w*|undermin\w*|ignor\w*)\b",
    re.IGNORECASE,
)
# an armed side driving another out of a place, the phrase split by its object ("drove the militants out of")
DROVE_OUT = re.compile(
    r"\b(?:dr[io]ve|driven|drives|driving|pushed|push(?:es|ing)?|chased|chas(?:es|ing)|flushed|flush(?:es|ing)?|"
    r"forced|forcing|kicked|ejected|expelled)\s+(?:[\w'-]+\s+){1,5}?out of\b",
    re.I,
)
# ground entered by fighting or back after a fight ("fought their way back into the mining town", "swept back into the
# camp"): taken, by whoever the subject is
FOUGHT_BACK_INTO = re.compile(
    r"\b(?:fought|fighting|fights?|battled|battling|forced|blasted) (?:their|its|his|her) way (?:back )?into\b|"
    r"\b(?:swept|sweeping|rolled|rolling|stormed|storming|surged|surging) back into\b",
    re.I,
)
# fighters taking up a deal offered to them ("after accepting the reintegration offer of the government", "had
# accepted the government amnesty"): an agreement, whoever offered it
ACCEPTED_OFFER = re.compile(
    r"\baccept(?:ed|ing|s)?\s+(?:the\s+|an?\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:amnesty|pardon|"
    r"(?:peace|surrender|amnesty|reintegration|demobili[sz]ation|disarmament) (?:offer|plan|proposal|deal|"
    r"programme|program|package|terms))\b",
    re.I,
)
# two sides taking up the same terms: "both panels have accepted a joint plan to reduce violence", "the rival
# brigades accepted a plan to pull their vehicles back", "X and Y accepted a mechanism to share checkpoints"
SIDES_ACCEPTED = re.compile(
    r"\b(?:accept|approv|adopt|endors)\w*\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}?(?:plan|proposal|mechanism|"
    r"framework|formula|roadmap|terms)\s+(?:(?:put forward|proposed|drawn up|presented|tabled|offered|brokered|"
    r"submitted)\s+by\s+(?:[\w'-]+\s+){1,6}?)?(?:to|for|under|whereby|providing)\b",
    re.I,
)
# terms settled between two parties in other words: "settled on terms for the road to stay open", "shook hands
# after four days of mediation, pledging to return stolen camels", "resolved at a meeting to ensure that no arson
# takes place"
TERMS_SETTLED = re.compile(
    r"\b(?:settl|agree)\w* (?:on|upon) (?:the )?(?:[\w'-]+\s+)?terms\b|"
    r"\bshook(?= hands\b[^.;]{0,120}\b(?:mediation|mediated|pledg\w*|promis\w*|reconcil\w*|peace|truce|"
    r"agree\w*)\b)|"
    r"\bresolved\b(?=[^.;]{0,80}\bto (?:ensure|maintain|keep|restore|preserve) (?:peace|calm|normalcy|order|that no)\b)",
    re.I,
)
# who is "both sides": two parties told together before the verb
TWO_SIDES = re.compile(
    r"\b(?i:both|two|rival|warring)\s+(?:[\w'-]+\s+){0,2}?(?:sides|parties|panels|groups|factions|camps|clans|"
    r"communities|brigades|militias|delegations|commanders)\b|\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*\s+and\s+(?:the\s+)?"
    r"[A-Z][\w'-]+",
)
# two sides shooting at each other ("fired at each other across the fields", "turned their guns on each other",
# "confronted each other with gunfire")
EACH_OTHER = re.compile(
    r"\b(?:fir(?:ed|ing)|shot|shooting|opened fire|turn(?:ed|ing) (?:their|its) (?:guns|weapons)|confront(?:ed|ing)|"
    r"attack(?:ed|ing)|ambush(?:ed|ing)|shell(?:ed|ing))\s+(?:at\s+|on\s+|upon\s+)?(?:each other|one another)\b(?!'s|’s)",
    re.I,
)
# rules, levies and lockdowns an armed group imposes on people ("ordering men to hand over a share of their harvest
# as tax", "zakat ... would be collected", "decreed a total lockdown", "demands 5,000 gourdes at a new toll point",
# "ordered residents to stay indoors"): read where a non-state group is named (see events)
GROUP_RULES = re.compile(
    r"\b(?:impos\w*|decree\w*|levy\w*|levied|collect\w*|demand\w*|order\w*|announc\w*|enforc\w*|informed|"
    r"introduc\w*|ask(?:ed|s|ing)?|told|direct(?:ed|s|ing)?)\b[^.;]{0,90}?"
    r"\b(?:tax(?:es)?|levies|levy|zakat|tolls?|toll points?|lockdown|stay indoors|register every)\b|"
    # an edict that forbids or compels ("issued an order forbidding residents from travelling without a pass")
    r"\b(?:issu|announc|impos|decree|proclaim)\w* (?:an? |its |their |the )?(?:[\w'-]+\s+){0,2}?(?:order|edict|decree|"
    r"directive|ban|fatwa|notice)\s+(?:forbidding|prohibiting|banning|barring|requiring|ordering|compelling|"
    r"obliging|restricting)\b|"
    # a blockade laid or widened, or a town closed to goods ("extending its blockade to the secondary roads",
    # "told traders that from next week no goods may enter or leave the town")
    r"\b(?:impos|declar|announc|extend|enforc|tighten|widen|lay|laid|put)\w* (?:a |an |its |their |the )?"
    r"(?:[\w-]+\s+){0,2}?(?:blockade|siege)\b|"
    r"\bno (?:goods|trucks?|vehicles?|food|traffic|one|travell?ers|convoys?)\b[^.;]{0,40}?\b(?:may|will|would|can|could|"
    r"shall|must) (?:be allowed to )?(?:enter|leave|pass|travel|move)\b|"
    # a levy told in the passive ("zakat would henceforth be levied at one head per 30 cattle")
    r"\b(?:tax(?:es)?|levies|levy|zakat|tolls?)\s+(?:[\w'-]+\s+){0,3}?(?:be|been|was|were|is|are)\s+(?:levied|"
    r"imposed|collected|charged)\b",
    re.I,
)
# "combats opposed the contingent and the insurgents": a clash told in translated words
FIGHTING_OPPOSED = re.compile(
    r"\b(?:combats?|fighting|clashes|battles?|confrontations?) (?:have |has |had )?opposed\b", re.I
)
# fire told between two sides ("sporadic gunfire between village volunteers and armed miscreants", "a prolonged
# engagement between the defence forces and fighters of the group")
FIRE_BETWEEN = re.compile(
    r"\b(?:gunfire|firing|shooting|engagements?|hostilities|combat)\s+(?:[\w'-]+\s+){0,2}?between\s+"
    r"(?:[\w'-]+\s+){1,8}?and\b",
    re.I,
)
# bombs let go from aircraft ("the jets circled twice before releasing their bombs on the school compound")
BOMBS_RELEASED = re.compile(
    r"\b(?:releas|drop|unleash|rain)\w*\s+(?:[\w'-]+\s+){0,3}?(?:bombs|payloads?|munitions|ordnance)\s+"
    r"(?:on|over|onto)\b",
    re.I,
)
AIRCRAFT = re.compile(
    r"\b(?:jets?|aircraft|warplanes?|planes?|helicopters?|gunships?|bombers?|drones?|quadcopters?|air force)\b",
    re.I,
)
# bullets put into someone, or a sniper's shot ("pumped several bullets into him", "struck by a sniper's bullet")
SHOT_INTO = re.compile(
    r"\b(?:pump|fir|put|empt|riddl)\w*\s+(?:[\w'-]+\s+){0,3}?(?:bullets|rounds|shots)\s+into\s+"
    r"(?:him|her|them|the|his|their)\b|\b(?:struck|hit|killed|shot)\s+(?:dead\s+)?by\s+(?:a\s+)?snipers?\b",
    re.I,
)
# the two sides of such fire: armed bodies
ARMED_SIDES = re.compile(
    r"\b(?:army|troops|soldiers|forces|police|militia\w*|rebels|insurgents|militants|fighters|gangs?|gang members|"
    r"volunteers|miscreants|guerrillas|jihadists|combatants|gunmen|vigilantes|units)\b",
    re.I,
)
# ground handed to another side, the phrase split by what was handed ("handed the base over to the army",
# "handed control of the checkpoint to Kosovo police", "handed Hsenwi back to the military")
HANDED_TO = re.compile(
    r"\bhand(?:s|ed|ing)?\s+(?:over\s+|back\s+)?(?:[\w'-]+\s+){1,10}?(?:over\s+|back\s+)?to\s+(?:the\s+)?"
    r"(?:[\w'-]+\s+){0,4}?(?:forces|army|troops|military|soldiers|police|units?|militias?|government|authorities|"
    r"control|fighters|rebels|administration|battalions?|brigades?|personnel|guards|gendarmerie|peacekeepers)\b"
    # ground turned over: "turned over Camp Omar to the government"
    r"|\bturn(?:s|ed|ing)?\s+over\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:camps?|bases?|towns?|"
    r"villages?|posts?|outposts?|barracks|garrisons?|territory|areas?|positions?|checkpoints?|control)\b"
    r"(?:\s+[\w'-]+){0,3}?\s+to\b"
    # ("control of the crossing passed peacefully from the factions to the government's forces")
    r"|\bcontrol of (?:the\s+)?(?:[\w'-]+\s+){1,6}?(?:passed|was passed|was transferred|was handed|changed hands)\b",
    re.I,
)
# one side leaving ground and another moving in, told in one sentence in either order ("the peacekeepers left the
# camp, and troops moved into it"; "troops entered the town after the rebels withdrew")
LEAVING = (
    r"left|leaving|withdr[ae]w\w*|pulled (?:[\w'-]+\s+){0,3}?(?:out|back)|evacuated|abandoned|vacated|"
    r"slipped out|departed|departing|"
    # a headline's or a summary's present ("UN peacekeepers quit Ber camp", "army leaves Menaka")
    r"quits?|leaves|pulls? (?:[\w'-]+\s+){0,3}?(?:out|back)|evacuates?|abandons?|vacates?|departs?"
)
ENTERING = (
    r"moved (?:in|into)|entered|re-?entered|took (?:it |them )?over|taken (?:it |them )?over|took control|"
    r"taken control|were (?:seen )?(?:patrolling|manning|deploying)|rode in|occupied|re-?occupied|reached it|"
    r"took back|installed themselves|reinvested|returned to (?:circulate|patrol)|"
    r"(?:walked|drove|rolled|swept|moved) (?:back )?into|took possession|taken possession|"
    r"moves? (?:in|into)|enters?|takes? (?:it |them )?over|takes? (?:control|possession)|"
    r"(?:walk|drive|roll|sweep|move)s? (?:back )?into"
)
LEFT_THEN_ENTERED = re.compile(
    rf"\b(?:{LEAVING})\b[^.;]{{3,160}}?\b(?:{ENTERING})\b|"
    rf"\b(?:{ENTERING})\b[^.;]{{3,120}}?\b(?:after|once|as|when|having)\b[^.;]{{0,60}}?\b(?:{LEAVING})\b",
    re.I,
)
# restrictions the authorities impose over unrest, told in many wordings: gatherings banned, prohibitory orders,
# an emergency or a special regime declared ("banned all demonstrations", "imposed Section 144", "declared a
# public-order emergency", "a counter-terrorism operation regime was declared")
RESTRICTIONS = re.compile(
    r"\b(?:bann?(?:ed|ing|s)?|prohibit\w*|outlaw\w*|forbid\w*|forbade|barr(?:ed|ing))\s+(?:all\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:gatherings?|demonstrations?|protests?|rallies|marches|assemblies|public meetings|processions?)\b|"
    # (imposed, not broken: "detained 23 for violating section 144" tells the arrests)
    r"(?<!violating )(?<!violation of )(?<!defying )(?<!defied )(?<!breaching )(?<!under )"
    r"\b(?:section (?:144|163)|prohibitory orders?)\b|"
    r"\b(?:declared|imposed|proclaimed|announced|extended|declares?|imposes?|proclaims?|announces?|extends?)\s+"
    r"(?:an?\s+|the\s+)?"
    r"(?:(?!cancel|lift|end\b|suspen)[\w-]+\s+){0,3}?(?:emergency|regime|lockdown|commotion|siege)\b|"  # not "announced the end of"
    r"\b(?:emergency|regime|lockdown)\s+(?:was|has been|had been)\s+(?:declared|imposed|proclaimed)\b",
    re.I,
)
# people driven off on foot to where they are held: "marched 23 passengers into the forest", "herded residents
# into the bush", "were led away to an unknown location"
TAKEN_INTO_BUSH = re.compile(
    r"\b(?:march\w*|herd\w*|led|lead\w*|dragg?\w*|frogmarch\w*|whisk\w*|carr(?:y|ied|ies|ying))\s+"
    r"(?:[\w',-]+\s+){0,12}?(?:away\s+|off\s+)?"
    r"(?:into|to|toward|towards) (?:the |a |an )?(?:forest|bush|jungle|hills|mountains|unknown (?:location|destination)|"
    r"undisclosed (?:location|destination))\b",
    re.I,
)
# a vehicle driven into people or over them ("drove a military truck into the line of marchers", "a police vehicle
# ran over a demonstrator"); read where forces are named (a bus running over a pedestrian is an accident)
VEHICLE_INTO_PEOPLE = re.compile(
    r"\b(?:dr[io]ve|drives|driven|driving|ram(?:med|ming|s)?|plough(?:ed|ing|s)?|plow(?:ed|ing|s)?)\s+"
    r"(?:(?:a|an|the|their|its|his|two)\s+)?(?:[\w-]+\s+){0,2}?(?:trucks?|vehicles?|cars?|lorr(?:y|ies)|vans?|"
    r"pick-?ups?|jeeps?|armou?red cars?|personnel carriers?)\s+(?:in)?to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:crowds?|marchers|protesters|demonstrators|procession|rally|mourners|students|people)\b|"
    r"\b(?:ran|runs|run|running)\s+over\s+(?:a|an|the|two|three|several|one)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:demonstrators?|protesters?|marchers?|students?|mourners?|m[ae]n|wom[ae]n|youths?)\b",
    re.I,
)
# what rioters do, told with verbs common elsewhere ("hurled stones at enforcement officers", "burning tyres",
# "overturned a police motorbike", "broke down the gates of the parliament"); read where the doers are aggrieved
# or ordinary people (events._riot_doers)
RIOT_ACTS = re.compile(
    r"\b(?:threw|thrown|throw\w*|hurl\w*|pelt\w*|lobb\w*|rain\w*)\s+(?:[\w-]+\s+){0,4}?(?:stones?|rocks?|bricks?|"
    r"bottles?|petrol bombs?|molotov\w*|projectiles?)\s+(?:at|on|toward|towards)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:police\w*|officers?|soldiers|troops|security|gendarm\w*|guards?|agents|patrols?|officials|motorcades?|"
    r"convoys?|vehicles?|buildings?|offices?)\b|"
    r"\b(?:burn(?:ed|t|ing|s)?|torch(?:ed|ing)?|set (?:fire to|alight|ablaze))\s+(?:[\w-]+\s+){0,2}?(?:tyres|tires)\b|"
    r"\bburning (?:tyres|tires|logs|barricades)\b|"
    r"\boverturn\w*\s+(?:[\w'-]+\s+){0,3}?(?:cars?|vehicles?|motorbikes?|motorcycles?|buses|bus|tents|stalls|vans?)\b|"
    r"\bbr(?:oke|eak\w*) down (?:the )?(?:[\w'-]+\s+){0,2}?(?:gates?|doors?|fences?)\b|"
    # things smashed by hand ("broke window panes", "damaged its walls with hammers and rocks")
    r"\b(?:br(?:oke|oken|eak\w*)|smash\w*|shatter\w*)\s+(?:[\w'-]+\s+){0,2}?(?:windows?|window ?panes|windscreens?|"
    r"glass|furniture)\b|"
    r"\b(?:damag|vandali[sz]|wreck|smash)\w*\s+(?:[\w'-]+\s+){0,4}?with (?:[\w-]+ )?(?:hammers|rocks|stones|sticks|"
    r"clubs|rods|iron bars|bricks|machetes|axes)\b",
    re.I,
)
# people moved into a vehicle against their will: "carried the protesters one by one into waiting vans", "dragged
# him into an unmarked car" (who did it decides between an abduction and an arrest)
INTO_VEHICLE = re.compile(
    r"\b(?:carr(?:y|ied|ies|ying)|dragg?(?:ed|ing|s)?|haul(?:ed|ing|s)?|shov(?:ed|ing|es)|push(?:ed|ing|es)|"
    r"load(?:ed|ing|s)|threw|throw(?:n|ing|s)?|hustl(?:ed|ing|es)|frogmarch(?:ed|ing|es)|put(?:ting|s)?)\s+"
    # (not goods: "loading looted fridges onto trucks")
    r"(?!(?:[\w'-]+\s+){0,2}?(?:looted|stolen|goods|supplies|sacks|boxes|crates|furniture|equipment)\b)"
    r"(?:[\w'-]+\s+){0,6}?(?:into|onto|on to|in)\s+(?:(?:a|an|the|their|two|three|waiting|police|unmarked|army|"
    r"military|security|prison|white|black)\s+)*(?:vans?|trucks?|buses|bus|pick-?ups?|vehicles?|cars?|lorr(?:y|ies)|"
    r"jeeps?|wagons?)\b",
    re.I,
)
# measures the authorities take against insecurity (ACLED's "Other" where a security reason is given, see
# SECURITY_REASON): traffic banned, a curfew, schools, markets, a border or the airspace shut, an area declared
# dangerous, evacuation ordered
SECURITY_MEASURES = re.compile(
    r"\b(?:bann?(?:ed|ing|s)?|prohibit\w*|restrict\w*|suspend\w*)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:motorcycles?|motorbikes?|motor-?cycle taxis|three-wheel\w*|tricycles?|pick-?ups?|traffic|"
    r"(?:movement|circulation) of)\b|"
    r"\b(?:motorcycles?|motorbikes?|traffic|circulation|movement) (?:[\w'-]+\s+){0,6}?(?:has|have|had|was|were) "
    r"been (?:banned|prohibited|suspended)\b|"
    r"\b(?:imposed|declared|extended|announced|ordered)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}?curfew\b|"
    r"\bcurfew\s+(?:was|has been|had been)\s+(?:imposed|declared|extended)\b|"
    r"\b(?:ordered|announced|extended|decreed)\s+(?:the\s+)?closure of\b|"
    r"\b(?:shut|shuts|shutting|closed|closes|closing)\s+(?:down\s+)?(?:its\s+|the\s+|all\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:schools?|markets?|borders?|border crossings?|airspace)\b|"
    r"\b(?:declared|gazetted|designated)\s+(?:[\w'-]+\s+){0,8}?(?:as\s+)?[\"']?disturbed\b|"
    r"\bevacuation orders?\b",
    re.I,
)
# the security reason that makes a measure an event: attacks, armed groups, fighting, threats
SECURITY_REASON = re.compile(
    r"\b(?:attacks?|bandit\w*|jihadis\w*|armed groups?|militants?|insurgen\w*|fighting|violence|threats?|"
    r"insecurity|incursions?|explosions?|killings|terror\w*|rebels?|gangs?|clashes)\b",
    re.I,
)
# bodies or a mass grave found: ACLED's "Other" (who killed them, and when, is not told)
BODIES_FOUND = re.compile(
    r"\b(?:bodies|corpses|remains|mass graves?|(?:mass )?burial sites?|shallow graves?)\b"
    r"(?=[^.;]{0,120}\b(?:found|discovered|exhum\w*|unearthed|recovered|pulled from|dumped|turned up|hang\w*|"
    r"hung)\b)|"
    r"\b(?:found|discovered|exhum\w*|unearthed|turned up|finding)\s+(?:the\s+)?(?:[\w'-]+\s+){0,6}?"
    r"(?:bodies|corpses|remains|mass graves?|burial sites?|shallow graves?)\b",
    re.I,
)
# a body banned, outlawed or dissolved by the authorities, or declared a terrorist or unlawful one ("banned the
# Chhatra League under the Anti-Terrorism Act", "the League's activities have been banned", "the ban under UAPA on
# the outfit", "the dissolution of all political parties", "declared the outfits unlawful associations"); what is
# banned must be a body, not a body's rally, account or march
_BANNED_BODY = (
    r"(?:part(?:y|ies)|leagues?|groups?|outfits?|organi[sz]ations?|(?-i:Movements?)|associations?|militias?|sects?|"
    r"wings?|fronts?|brotherhood|gangs?|factions?|unions?|brigades?|battalions?|"
    # a body named with its own capitals: "banned the Baloch Yakjehti Committee"
    r"(?-i:Committees?|Councils?|Alliances?|Forums?))"
)
_NOT_THE_BODY = (
    r"(?!'s|’s|\s+(?:accounts?|pages?|channels?|websites?|rall(?:y|ies)|march(?:es)?|meetings?|gatherings?|"
    r"protests?|events?|flags?|symbols?|leaders?|members?|activists?|supporters?|congress|convention)\b)"
)
BODY_BANNED = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bthis )"
    r"\b(?:bann(?:ed|ing)|bans|ban|outlaw(?:s|ed|ing)?|proscrib\w+|dissolv\w+|suspend\w*(?= (?:the )?activities))\s+"
    r"(?:the |all |its |their )?(?:activities of (?:the |all )?)?(?:(?!(?:with|on|from|by|for|against|after|over|in|to)\b)[\w'’-]+\s+){0,5}?"
    + _BANNED_BODY
    + r"\b"
    + _NOT_THE_BODY
    + r"|"
    r"\b" + _BANNED_BODY + r"(?:'s|’s)?(?: activities)? (?:[\w'-]+\s+){0,3}?(?:has|have|had|was|were|is|are) "
    r"(?:been |now )?(?:banned|outlawed|proscribed|dissolved)\b|"
    r"\b(?:ban|proscription|dissolution|outlawing)\s+(?:[\w',’-]+\s+){0,8}?(?:on|of)\s+(?:the |all |its )?"
    r"(?:[\w'’-]+\s+){0,5}?" + _BANNED_BODY + r"\b" + _NOT_THE_BODY + r"|"
    r"\b(?:revok|cancel|withdr[ae]w)\w* (?:the )?(?:[\w'’-]+\s+){0,3}?registration (?:of (?:the )?[\w'’ -]+ )?as an? "
    r"(?:[\w-]+\s+)?"
    + _BANNED_BODY
    + r"\b|\bderegist\w+ (?:the |all )?(?:[\w'’-]+\s+){0,5}?"
    + _BANNED_BODY
    + r"\b|"
    r"\bdeclar\w+ (?:[\w'’-]+\s+){0,10}?(?:an? |as |to be (?:an? )?)?(?:unlawful|illegal|banned|proscribed|terrorist|criminal|"
    r"outlawed)\s+(?:[\w-]+\s+)?(?:associations?|organi[sz]ations?|groups?|outfits?|entit(?:y|ies))\b|"
    r"\b(?:add|put|plac|includ)\w* (?:[\w'’,-]+\s+){0,16}?(?:to|on) (?:its |the |a |their )?(?:[\w'-]+\s+)?"
    r"(?:list|register)s? of (?:[\w'-]+\s+){0,2}?(?:proscribed|banned|terrorist|outlawed|prohibited)\b",
    re.I,
)
# an armed body growing: recruits taken in or trained, men enlisting or joining an armed group, men called up
# ("its newest intake of recruits completing basic training", "1,200 new volunteers completed their training",
# "signed contracts at enlistment points", "about 40 young men have left to join the insurgents", "called on every
# man aged 18 to 40 to report with a weapon", "opened registration for its new community volunteer guards")
_ARMED_RANKS = (
    r"(?:insurgents|rebels|militants|jihadists|guerrillas|militias?|self-defen[cs]e (?:groups?|forces?|units?|"
    r"militias?)|armed (?:groups?|movements?)|vigilantes?|volunteer guards|volunteers|army|armed forces|ranks)"
)
RECRUITS_TAKEN = re.compile(
    r"\bintake of (?:[\w-]+\s+){0,2}?(?:recruits|volunteers|conscripts|trainees|fighters)\b|"
    r"\b(?:recruits|volunteers|conscripts|trainees|cadets|fighters|auxiliaries)\b[^.;]{0,60}?\b(?:complet|finish|"
    r"graduat)\w* (?:their |its |basic |military |combat )*(?:training|course)\b|"
    r"\b(?:passing[- ]out|graduation) (?:parade|ceremony) (?:of|for) (?:[\w'-]+\s+){0,4}?(?:recruits|volunteers|"
    r"conscripts|cadets|fighters)\b|"
    r"\b(?:sign\w*|enlist\w*|register\w*) (?:up )?(?:[\w-]+\s+){0,2}?(?:contracts? )?(?:at|with) (?:the )?(?:[\w-]+\s+)?"
    r"(?:enlistment|recruit\w*|mobili[sz]ation|military) (?:points?|cent(?:re|er)s?|offices?|stations?)\b|"
    r"\b(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|many)\b[^.;]{0,70}?\b(?:to join|join(?:ed|ing)?) "
    r"(?:the |a |an |their |local )?(?:[\w'-]+\s+){0,2}?" + _ARMED_RANKS + r"\b|"
    r"\b(?:open\w*|launch\w*|start\w*|began|begun) (?:the )?(?:registration|enrol?ment|recruitment|enlistment) "
    r"(?:drive |campaign )?(?:for|of) (?:[\w'-]+\s+){0,5}?" + _ARMED_RANKS + r"\b|"
    r"\b(?:registration|enrol?ment) (?:for|of) (?:a |the )?(?:fresh |new )?(?:intake|batch|cohort)\b|"
    r"\b(?:call\w*|order\w*|summon\w*) (?:on |upon )?(?:every|all|young) (?:man|men|youths?|males?)\b[^.;]{0,60}?"
    r"\bto (?:report|enlist|join|take up arms|mobili[sz]e)\b|"
    r"\b\d[\d,]* (?:new )?(?:recruits|conscripts)\b",
    re.I,
)
# an armed group or force changing itself or what it does, in words that mean nothing alone: a call-up, a split,
# a merger, a new name, allegiance switched, a leader replaced, a unit stood down, recruits drilled, a peace
# accord quit, a reorganisation ("broke away from the EMC", "folded its wing into the alliance", "would henceforth
# call themselves", "switched its allegiance to", "stood down its south Belfast unit")
GROUP_CHANGE = re.compile(
    r"\b(?:call-?ups?|conscription|mobili[sz]ation) of (?:[\w'-]+\s+){0,2}?(?:reservists|recruits|conscripts|men)\b|"
    r"\b(?:call(?:ed|s|ing)? up|recall(?:ed|s|ing)?|mobili[sz](?:ed|es|ing)) (?:its |their |the |all )?"
    r"(?:[\w',-]+\s+){0,3}?(?:reservists|reserves|conscripts)\b|"
    r"\bbr(?:eak|oke|eaking|oken) away from\b|"
    r"\b(?:fold(?:ed|ing|s)?|merg(?:ed|ing|es?)|absorb(?:ed|ing|s)?|fus(?:ed|ing|ion)) (?:[\w'-]+\s+){0,4}?into "
    r"(?:the |a |an )?(?:[\w'-]+\s+){0,6}?(?:alliance|coalition|front|army|movement|group|command|force|guard|"
    r"federation|union|umbrella|platform|entity)\b|"
    r"\babsorb(?:ed|ing|s)? (?:[\w'-]+\s+){0,4}?(?:groups|factions|militias|brigades|battalions|units)\b|"
    r"\b(?:unit(?:ed|ing|e)|unif(?:y|ied|ying)) under\b|\boperate under a single\b|\bjoin(?:ed|ing|s)? forces\b|"
    r"\b(?:call|calls|calling|called|nam(?:e|es|ed|ing)|renam(?:e|es|ed|ing)) (?:themselves|itself)\b|"
    r"\bannounc\w* (?:its|their) (?:existence|birth|creation|founding)\b|"
    # sides changed, alliances joined ("switched sides and joined the RSF", "had joined a new alliance of groups")
    r"\b(?:switch\w*|chang\w*|swapp?\w*) sides\b|"
    r"\bjoin(?:ed|s|ing)? (?:a |an |the )?(?:new )?(?:[\w'-]+\s+){0,2}?(?:alliance|coalition|umbrella (?:group|body))\b|"
    r"\b(?:switch\w*|shift\w*|transferr?\w*|pledg\w*) (?:its |their |his |her )?(?:[\w-]+(?:'s|’s) )?(?:allegiance|loyalty)\b|"
    # sides crossed, names taken, ties cut with a named group ("crossed to the resistance with their rifles",
    # "would henceforth be known as", "announced they were breaking with Segunda Marquetalia")
    r"\bcross(?:ed|es|ing)? (?:over )?to (?:the )?(?:[\w'-]+\s+)?(?:resistance|rebels|insurgents|opposition|other side|"
    r"enemy|militia|guerrillas)\b|"
    r"\b(?:henceforth|from now on|hereafter|thereafter) (?:be )?(?:known|called|named) as\b|"
    # groups fused or split, a new bloc created ("announced the fusion of their groups under a single command",
    # "announced their separation from the structure ... and the creation of a new bloc")
    r"\b(?:fusion|merger|merging|unification) of (?:[\w'-]+\s+){0,2}?(?:groups|factions|organi[sz]ations|militias|"
    r"gangs|cartels|structures|fronts|movements)\b|"
    r"\bannounc\w* (?:their|its|his) (?:separation|split|break|departure|withdrawal) from\b|"
    r"\bcreation of a new (?:[\w'-]+\s+){0,2}?(?:bloc|front|group|faction|structure|alliance|command|militia|"
    r"movement|armed group)\b|"
    r"\bbe (?:known|called) (?:henceforth |from now on )as\b|"
    r"\bbr(?:oke|oken|eak\w*) (?:ranks )?with (?-i:[A-Z])[\w'-]+|"
    r"\b(?:replac\w+|pick(?:ed|s)?|install(?:ed|s)?) (?:[\w'-]+\s+){0,3}?(?:leader|commander|chief|emir|caliph|governor|"
    r"coordinator)\b|"
    # a leader replaced, stepping down or removed, told from the leader's side
    r"\b(?:leader|commander|chief|emir|caliph)s? (?:[\w'-]+\s+){0,3}?(?:replaced|stepped down|step down|resigned|"
    r"(?:was|were|been) (?:sacked|dismissed|removed|ousted|relieved))\b|"
    r"\b(?:sack\w*|dismiss\w*|relieved) (?:[\w'-]+\s+){0,3}?(?:army|military|militia|group|police|force|forces)(?:'s)? "
    r"(?:chief|commander|head|leader)\b|"
    r"\b(?:stand|standing|stood|stands) down (?:its|their|the|his) (?:[\w'-]+\s+){0,3}?(?:units?|brigades?|"
    r"battalions?|wings?|fighters|men|militia)\b|"
    r"\b(?:drill\w*|train\w*) (?:[\w'-]+\s+){0,2}?recruits\b|"
    r"\b(?:quit|withdr[ae]w\w* from|pull(?:ed|s|ing)? out of|no longer (?:observe|respect|abide by|honou?r)) "
    r"(?:the |its |their |a )?(?:[\w'-]+\s+){0,3}?(?:peace (?:accord|agreement|deal|process|talks)|accord|truce|"
    r"ceasefire)\b|"
    r"\b(?:reorgani[sz]|restructur)\w* (?:[\w'-]+\s+){0,3}?into\b|"
    r"\bnam(?:ed|es|ing) (?:[\w'.-]+\s+){1,5}?to (?:head|lead|command) (?:its|their|the)\b|"
    r"\b(?:will|would|to) observe (?:a|an) (?:[\w-]+\s+)?(?:pause|truce|ceasefire|halt)\b|"
    # targets widened; an armed coalition left (a body listed as proscribed: BODY_BANNED)
    r"\bexpand\w* (?:its |their )?(?:targeting|targets|attacks|operations|campaign) to\b|"
    r"\b(?:quit|quits|quitting|left|leaves|leave|exit\w*|withdr[ae]w\w* from|pull\w* out of) (?:the )?"
    r"(?:[\w'-]+\s+){0,2}?(?:rebel|armed|militia|militant|jihadist|insurgent) (?:coalition|alliance|front)\b|"
    # a new way of fighting announced: "would henceforth target only police", "would abandon hit-and-run raids"
    r"\b(?:would|will|to) (?:henceforth |from now on |now )?(?:only )?(?:target|attack|strike) only\b|"
    r"\b(?:would|will) (?:henceforth|from now on|no longer) (?:only )?(?:target|attack|strike|fight|carry out)\b|"
    r"\b(?:would|will) only (?:target|attack|strike)\b(?=[^.;]{0,80}\b(?:from now on|henceforth)\b)|"
    r"\b(?:would|will|to) (?:abandon|give up|renounce|end|stop) (?:its |their )?(?:[\w'-]+\s+){0,2}?"
    r"(?:raids|ambushes|attacks|tactics|strategy|insurgency|armed struggle)\b|"
    # forces sent or moved, new leaders named, members enrolled
    r"\b(?:sent|sends|sending|dispatch\w*|flew in|flown in|rotat\w* in|moved|moving|redeploy\w*|transferr\w*) "
    r"(?:[\w',.-]+\s+){0,4}?(?:troops|soldiers|reinforcements|contingents?|units|fighters|militiamen|personnel|"
    r"battalions?|brigades?)\b|"
    r"\b(?:nam\w*|appoint\w*|announc\w*|install\w*|proclaim\w*|designat\w*|nominat\w*|elect\w*|select\w*|cho(?:se|ose)\w*) "
    r"(?:[\w'-]+\s+){0,3}?new (?:[\w'-]+\s+){0,2}?(?:leader|commander|chief|emir|amir|wali|caliph|governor|head|"
    r"coordinator|administrat\w*)\b|"
    r"\b(?:enrol\w*|sign\w* up|register\w*) (?:[\w'-]+\s+){0,3}?(?:members|volunteers|recruits|fighters|young men|"
    r"youths|boys)\b|"
    # drives to recruit, militias armed, forces moved (told in the passive) or pulled back
    r"\b(?:campaign|drive|push) to (?:recruit|enlist|conscript|mobili[sz]e|enrol)\b|"
    r"\b(?:recruit\w*|enlist\w*) (?:[\w'-]+\s+){0,3}?(?:students|youths|boys|young men|volunteers|contract soldiers|"
    r"fighters|members|reservists|conscripts)\b|"
    r"\b(?:arming|to arm|armed and trained) (?:[\w'-]+\s+){0,3}?(?:militias?|volunteers|vigilantes|"
    r"self-defen[cs]e (?:groups?|units?|forces?))\b|"
    r"\b(?:troops|soldiers|units|fighters|forces|battalions?|brigades?) (?:[\w'-]+\s+){0,4}?(?:have|has|had|were|"
    r"was) been (?:moved|redeployed|transferred|relocated|repositioned|sent)\b|"
    r"\bpull(?:ed|ing|s)? (?:its |their |the )?(?:[\w'-]+\s+){0,2}?(?:units|troops|forces|fighters|battalions?|"
    r"brigades?|divisions?) back\b|"
    # a leader removed or named, told from the side of who did it ("the shura removed the group's top commander",
    # "named a former officer as chairman"), a new emir, a leadership unified
    r"\b(?:remov|dismiss|sack|oust|depos)\w* (?:[\w'-]+\s+){0,4}?(?:commander|leader|chief|emir|amir|wali)s?\b(?!')|"
    r"\bnam(?:ed|es|ing) (?:[\w'.-]+\s+){1,5}?as (?:its |their |the )?(?:new )?(?:[\w'-]+\s+){0,3}?(?:leader|"
    r"commander|chief|emir|amir|wali|chairman|chairperson|head)\b|"
    r"\bnew (?:[\w'-]+\s+)?(?:emir|amir|wali|caliph)\b|\bunified (?:leadership|command)\b|"
    # a group made, dissolved or split ("announced its dissolution", "the formation of a joint security force",
    # "a split within the cartel", "cutting ties with its former allies")
    r"\b(?:announc|declar|proclaim)\w* (?:its|their) (?:own )?(?:dissolution|disbandment|merger|fusion|unification|"
    r"formation|creation)\b|"
    r"\b(?:announc|declar|proclaim)\w* (?:itself|themselves) (?:dissolved|disbanded|merged|united)\b|"
    r"\bplac\w* (?:its|their) (?:[\w'-]+\s+){0,3}?(?:fighters|men|units|forces|brigades?) under (?:the )?"
    r"(?:[\w'-]+\s+){0,3}?(?:command|shura|leadership|authority)\b|"
    r"\bformation of (?:a|an|the) (?:new |joint |unified )?(?:[\w'-]+\s+){0,2}?(?:force|militia|group|brigade|"
    r"alliance|coalition|front|movement)\b|"
    r"\bsplit (?:with)?in (?:the |a )?|\bcut(?:s|ting)? (?:its |their |all )?ties with\b|"
    r"\breject\w* the authority of\b|"
    # what a group will stop or start doing ("would lift their boycott of schools", "will stand down from all
    # operations", "called off its sit-at-home order", "would resume operations")
    r"\b(?:would|will|to) (?:[\w'-]+\s+){0,2}?(?:stop|halt|suspend|resume|lift|end|call off|cease) (?:its |their |"
    r"all |the )?(?:[\w'-]+\s+){0,3}?(?:operations|boycotts?|levies|taxes|checkpoints|blockade|offensives?|"
    r"sit-at-home)\b|"
    # told in any tense or as a noun ("suspending armed actions for a month", "the cancellation of the lockdown
    # they had decreed", "lifted the blockade it had imposed", "would resume targeting vessels"); "agreed on a
    # suspension of armed actions" is the agreement's content
    r"\b(?:suspen(?:d|ds|ded|ding)|suspension(?<!\bon a suspension)(?<!\bon the suspension)(?<!\bfor a suspension)|"
    r"halt(?:s|ed|ing)?|lift(?:s|ed|ing)?|cancel\w*|resum(?:e|es|ed|ing|ption)|ceas(?:e|es|ed|ing)|call(?:s|ed|ing)? off) (?:of )?(?:its |their |the |all |a )?(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:armed|military|militant|guerrilla|offensive) (?:actions|activities|operations|campaign)|blockades?|"
    r"sit-at-home|paro armado)\b|"
    # a group's own lockdown, not a government's health measure
    r"\b(?:suspen|lift|cancel|call(?:s|ed|ing)? off)\w*(?: of)? (?:its |their |the )(?:[\w'-]+\s+){0,3}?lockdowns? "
    r"(?:it|they) (?:had )?(?:imposed|decreed|declared|ordered|called)\b|"
    r"\b(?:suspen|lift|cancel|call(?:s|ed|ing)? off)\w*(?: of)? (?:its |their )(?:[\w'-]+\s+){0,3}?lockdowns?\b|"
    r"\b(?:would|will|to) (?:stop|resume) (?:targeting|attacking|charging|collecting|levying)\b|"
    r"\bcall(?:ed|s|ing)? off (?:its |their |the )?(?:[\w'-]+\s+){0,3}?(?:boycott|blockade|sit-at-home|"
    r"lockdown order)\b|"
    r"\bstand(?:s|ing)? down from (?:all |its |their )?(?:[\w'-]+\s+)?operations\b|"
    r"\babandon\w* (?:its|their) (?:[\w'-]+\s+)?neutrality\b|"
    # named a banned or criminal body ("gazetted the council as an organised criminal group")
    r"\b(?:designat|gazett|declar|list|proscrib)\w*\b[^.;]{0,80}?\bas (?:(?:a|an) )?(?:[\w'-]+\s+){0,2}?(?:terrorist|"
    r"unlawful|banned|criminal|proscribed|outlawed|illegal) (?:organi[sz]ations?|groups?|associations?|"
    r"entit(?:y|ies)|outfits?)\b|"
    r"\b(?:those|anyone|youths|teenagers) who join\b|"
    # a shutdown a group called, or called off ("withdrew the two-day hartal it announced", "the sit-at-home order
    # was cancelled", "had called a bandh across seven districts", "announced a blockade of the town"; a lockdown or
    # a shutdown lifted is mostly a government's)
    r"\b(?:withdr[ae]w\w*|cancel\w*|suspend\w*|call(?:s|ed|ing)? off|lift\w*|call(?:s|ed|ing)?(?: for)?|announc\w*|"
    r"decree\w*|impos\w*) (?:a |an |its |their |the )(?:[\w'-]+\s+){0,3}?['‘\"“]?(?:hartal|bandh|sit-at-home|"
    r"paro armado|armed strike)\b|"
    r"\b(?:announc|decree|impos)\w* (?:a |an )(?:[\w'-]+\s+){0,2}?blockade\b|"
    # a shutdown or a boycott a group calls for, a stay-at-home it orders
    r"\bcall(?:s|ed|ing)?(?: for)? (?:a |an )(?:complete |total |general |[\w-]+-(?:hour|day) )?(?:shutdown|shut-down)\b|"
    r"\bcall(?:s|ed|ing)? on (?:[\w'-]+\s+){0,8}?to boycott\b|"
    r"\b(?:should|must|to|would|will) (?:stay|sit|remain) (?:at )?home (?:every|on|for|until|from)\b|"
    r"\b(?:hartal|bandh|sit-at-home|paro armado|armed strike)(?: order| call)?(?:\s+[\w',-]+){0,5}?\s+(?:was|were|"
    r"has been|had been|is|have been) (?:cancel\w*|suspended|lifted|called off|withdrawn|called|announced|"
    r"declared|decreed|imposed)\b|"
    # a group broken off and proclaimed anew, a campaign announced (bodies dissolved: BODY_BANNED)
    r"\bdeclar\w* (?:a |an |total |all-out |open )?(?:war|jihad|holy war) (?:on|against)\b|"
    # a group renamed or presented ("will now operate under the Africa Corps banner", "presented a new armed
    # self-defence group"; a group banned: BODY_BANNED)
    r"\boperat\w* under (?:the |a |its |their )?(?:[\w'-]+\s+){0,3}?(?:banner|name|flag)\b|"
    r"\b(?:present|unveil|launch|form)\w* (?:a |an |the )?new (?:[\w'-]+\s+){0,3}?(?:group|militia|force|movement|front|"
    r"coalition|alliance|brigade)\b|"
    r"\bbr(?:oke|oken|eak\w*) with (?:its|their|the) (?:[\w'-]+\s+){0,2}?(?:movement|group|party|organi[sz]ation|"
    r"faction|leadership|command)\b|"
    r"\bannounc\w* (?:the )?(?:launch|start|beginning|opening) of (?:a|an|its|their|the) (?:[\w'-]+\s+){0,3}?"
    r"(?:offensive|campaign)\b|\bnew (?:stage|phase) of (?:its |their )?(?:operations|campaign|the campaign)\b|"
    r"\b(?:designat|proscrib)\w*\b[^.;]{3,80}?\s(?:as )?(?:a|an) (?:[\w'-]+\s+){0,2}?terrorist "
    r"(?:organi[sz]ations?|groups?|entit(?:y|ies)|outfits?)\b",
    re.I,
)
# a force running at a gathering ("riot police charged the demonstrators", "charged into the crowd"); "charged
# twelve protesters with rioting" is the court's charge, not the police's (see LEGAL_CHARGE)
CHARGED_GATHERING = re.compile(
    r"\bcharg(?:ed|ing|es)\s+(?:(?:at|into|on)\s+)?(?:[\w'-]+\s+){0,3}?(?:protest(?:ers|ors)|demonstrators|"
    r"marchers|crowds?|mourners|rall(?:y|ies)|sit-ins?|(?:the|a) march)\b",
    re.I,
)
LEGAL_CHARGE = re.compile(
    r"\bcharg\w*\s+(?:[\w'-]+\s+){0,6}?with\s+(?!batons|truncheons|sticks|clubs|whips|horses|shields|"
    r"tear|water|rubber|live|guns|rifles|bayonets)|\b(?:prosecutors?|courts?|judges?|magistrates?)\b",
    re.I,
)
# things set on fire with the object inside the phrase ("set the vehicles on fire")
SET_ON_FIRE = re.compile(
    r"\bset(?:s|ting)?\s+(?:(?:[\w'-]+\s+){1,5}?(?:on fire|ablaze|alight)\b|"
    # the object told after ("set on fire a service motorcycle"), not the passive's "set on fire by a crowd"
    r"(?:on fire|ablaze|alight)\s+(?:a|an|the|two|three|four|several|\d+|their|his|her|its)\b)",
    re.I,
)
# people pressing a demand by what they did ("blocked the highway demanding compensation", "held placards calling
# for ...", "observed a token fast pressing for ..."): a protest, whatever the act is called
DEMAND_ACT = re.compile(
    r"\b(?:blocked|blockaded|filled|parked|lit|held|staged|observed|sat|formed|waved|carried|"
    r"downed|boycotted|paraded|walked|rode|camped|stopped work|responded with)\b(?=[^.;]{0,140}\b(?:demand(?:ing|ed|s)?|to demand|"
    r"call(?:ing|ed)? for|press(?:ing|ed)? for|in protest|to protest|protesting|against|to condemn|condemning|"
    r"denouncing|to denounce|in support of|in solidarity|to reject|rejecting|to oppose|opposing|"
    r"call(?:ing|ed)? on|urging|to urge|to deliver (?:a |their |the )?(?:[\w-]+ )?petition|to defend|in defen[cs]e of|"
    r"in (?:memory|honou?r) of|to honou?r|to commemorate|to mourn|to press (?:their |its )?(?:demands?|claims?))\b)",
    re.I,
)
# a gathering stopped by those who keep order ("blocked the march of health workers", "prevented the holding of the
# sit-in", "the procession was stopped at the Red Zone"): an intervention in it
PROTEST_BLOCKED = re.compile(
    r"\b(?:block(?:ed|ing|s)?|stopp(?:ed|ing)|stops?|prevent(?:ed|ing|s)?|halt(?:ed|ing|s)?|barr(?:ed|ing))\s+"
    r"(?:the\s+|a\s+)?(?:holding of (?:the|a)\s+)?(?:[\w'-]+\s+){0,2}?(?:march|marchers|procession|rally|sit-in|"
    r"protest|demonstration|demonstrators|protesters)\b"
    r"|\b(?:march|procession|rally|marchers|protesters|demonstrators)(?:\s+[\w',-]+){0,8}?\s+(?:was|were)\s+"
    r"(?:stopped|blocked|halted|prevented)\b",
    re.I,
)
# a place made a base ("were using it as their base", "turned the school into a headquarters") or positions set up
BASE_MADE = re.compile(
    r"\b(?:using|used|uses|use|turned|turning|turns|converted|converting|converts)\s+(?:it|them|the [\w'-]+(?: [\w'-]+)?)"
    r"\s+(?:as|into)\s+(?:a |an |their |its )?(?:[\w'-]+ )?(?:base|headquarters|camp|command post|stronghold|hideout)\b|"
    r"\b(?:establish\w*|set(?:ting|s)? up|dug|dig\w*)\s+(?:(?:a |an )?(?:new |forward |defensive |fortified )"
    r"positions?|positions)\b|"
    # a base or post set up ("the Turkish army established a new military point near al-Bara")
    r"\bestablish(?:ed|es|ing)? (?:a |an |the |its |their )?(?:new |forward |permanent |temporary |fortified )?"
    r"(?:[\w'-]+ ){0,2}?(?:bases?|outposts?|camps?|headquarters|garrisons?|(?:military|observation) points?)\b|"
    # bunkers and trenches built where there were none ("armed volunteers built new bunkers on the ridge")
    r"\b(?:buil[dt]\w*|dug|dig\w*|construct\w*|erect\w*|set(?:ting|s)? up)\s+(?:new |more |several |[\w-]+ )?"
    r"(?:bunkers|fortifications|morchas)\b|"
    r"\b(?:commission|inaugurat)\w* (?:a |an |the |its )?(?:new )?(?:[\w'-]+\s+){0,3}?(?:base|outpost|garrison|"
    r"headquarters)\b",
    re.I,
)
# a camp made by armed men in words of its own ("JNIM fighters have cleared a patch of forest and put up tents",
# "gunmen have settled in the forest near the village, building shelters", "dug in on a ridge, erecting sandbagged
# positions")
CAMP_PITCHED = re.compile(
    r"\b(?:fighters|militants|gunmen|insurgents|rebels|jihadists|militiamen|bandits)\b[^.;]{0,80}?\b(?:put(?:ting|s)? up|"
    r"pitch(?:ed|ing)|erect(?:ed|ing)|buil(?:t|ding)|set(?:ting)? up|settled|dug in|dig(?:ging)? in)\b[^.;]{0,50}?"
    r"\b(?:camps?|tents|shelters|huts|bases?|outposts?|positions|encampments?|trenches|forest)\b",
    re.I,
)
# premises broken into or raided and their goods taken ("broke into a pharmaceutical depot and emptied it of
# medicines", "raided a bank branch and took an undisclosed amount of cash")
BROKE_IN_AND_TOOK = re.compile(
    r"\b(?:br(?:oke|eak|eaks|eaking|oken) into|raid(?:ed|ing|s)?|ransack\w*)\b[^.;]{0,90}?\band (?:then )?"
    r"(?:took|stole|carried (?:off|away)|carted (?:off|away)|emptied|looted|made off with|drove off with)\b",
    re.I,
)
# people kept from going on ("the lawyers who intended to march ... were prevented from advancing by the police"):
# read where a gathering is named
PREVENTED_FROM = re.compile(
    r"\b(?:was|were|been)\s+(?:prevented|stopped|barred|blocked) from (?:advancing|marching|proceeding|continuing|"
    r"reaching|entering|going|gathering|holding)\b",
    re.I,
)
# communications cut by the authorities in a conflict area ("suspended mobile internet", "internet was cut"):
# ACLED's "Other", told in too many word orders for a phrase list
COMMS_CUT = re.compile(
    r"\b(?:cut(?:s|ting)?|suspend(?:s|ed|ing)?|shut(?:s|ting)? (?:off|down)|block(?:s|ed|ing)?|"
    r"disconnect(?:s|ed|ing)?|restrict(?:s|ed|ing)?|switch(?:es|ed|ing)? off|suspension of)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:internet|mobile data|data services|phone (?:lines|networks?|services)|"
    r"telecommunications?(?: services)?|social media|messaging (?:apps|services)|whatsapp|facebook|instagram|"
    r"telegram|mobile (?:connections|networks|services))\b"
    r"|\b(?:internet|mobile data|telecommunications?|social media)(?: (?:access|services?|connections?|platforms|"
    r"sites|networks))?(?:\s+and\s+(?:wi-?fi|phone (?:lines|services)|landlines?|mobile (?:data|networks?)))?\s+"
    r"(?:(?:across|in|throughout|on) (?:the )?(?:[\w'-]+\s+){0,3}?)?"
    r"(?:(?:was|were|has been|have been|had been|remained|remains)\s+)?(?:cut(?: off)?|suspended|shut (?:down|off)|"
    r"switched off|blocked|disconnected|restricted|down)\b|"
    # a platform made unreachable ("X remained inaccessible across Pakistan")
    r"\b(?:X|Twitter|Facebook|WhatsApp|Instagram|Telegram|TikTok|YouTube|Signal)\s+(?:(?:was|were|has been|had been|"
    r"remained|remains)\s+)(?:inaccessible|unavailable|unreachable|blocked|restricted)\b",
    re.I,
)

# triggers that count only as verbs ("targets", "fire", "a beat" are no events as nouns)
VERB_ONLY = frozenset(
    "form found build establish release agree consent reconcile engage exchange swap split merge find discover recover "
    "open erect inaugurate construct chant gather assemble converge occupy storm clear enter destroy use employ drop free hack stone whip flog spray "
    "deploy relocate recruit set throw hurl lob toss burn hit land pound snatch settle move turn convert bundle force appoint name suspend integrate incorporate install kettle necklace".split()
) | frozenset(
    "target fire launch beat shoot capture seize regain overrun retake recapture detain kill barricade".split()
)
# past forms the small English model leaves unlemmatised: read as their verb
IRREGULAR_FORMS: dict[str, str] = {
    "gheraoed": "gherao", "gheraoing": "gherao", "made": "make", "buried": "bury", "reoccupied": "reoccupy", "retook": "retake", "retaken": "retake", "overran": "overrun", "overtook": "overtake", "overtaken": "overtake",
    "installed": "install", "installing": "install", "withdrew": "withdraw", "withdrawn": "withdraw", "stole": "steal", "stolen": "steal", "burnt": "burn",
    "slew": "slay", "slain": "slay", "shot": "shoot", "fought": "fight", "blew": "blow", "blown": "blow",
    "hid": "hide", "hidden": "hide", "froze": "freeze", "forbade": "forbid", "undertook": "undertake",
    "took": "take", "taken": "take", "struck": "strike", "stricken": "strike", "wrested": "wrest",
    "came": "come", "broke": "break", "broken": "break", "held": "hold", "fell": "fall", "fallen": "fall",
    "won": "win", "drove": "drive", "driven": "drive", "went": "go", "gone": "go", "brought": "bring",
    "laid": "lay", "gave": "give", "given": "give", "ran": "run", "swore": "swear", "sworn": "swear",
}  # fmt: skip
# property an armed group or a crowd may burn or destroy: the act is property destruction
PROPERTY_WORDS = re.compile(
    r"\b(?:homes?|houses?|huts?|buildings?|shops?|stores?|markets?|schools?|clinics?|hospitals?|health cent(?:er|re)s?|"
    r"churche?s?|mosques?|temples?|shrines?|offices?|town halls?|police stations?|vehicles?|cars?|trucks?|lorr(?:y|ies)|"
    r"buses|bus|depots?|warehouses?|granar(?:y|ies)|crops?|fields|farms?|livestock|villages?|bridges?|masts?|"
    r"towers?|pylons?|power lines?|pipelines?|railway|rail line|stations?|equipment|propert(?:y|ies)|"
    r"infrastructure|facilit(?:y|ies)|machinery|polling (?:stations?|booths?)|ballot boxes|campaign offices?|"
    r"taxis?|minibus(?:es)?|jeeps?|motorcycles?|motorbikes?|pick-?ups?|booths?|kiosks?|gates?|windows?|tyres|tires|"
    r"headquarters|premises|furniture|files|archives|documents|ballot papers|residences?|compounds?|statues?|"
    r"monuments?|murals?)\b",
    re.I,
)
# verbs of throwing: an event only by what was thrown (a grenade, a petrol bomb, stones at police)
THROW_VERBS = frozenset(["throw", "hurl", "lob", "toss", "pelt", "fling"])
# triggers that count only as nouns ("according to" is no accord)
NOUN_ONLY = frozenset(
    "accord deal agreement pact treaty memorandum seizure deployment reinforcement recruitment "
    "merger defection truce ceasefire armistice formation coalition alliance creation proscription "
    "protocol charter pledge understanding commitment roadmap arrangement settlement reconciliation pause text "
    "document beating".split()
)
# nouns that count only with a weapon word beside them ("missile strike", "drone strike"; not "general strike")
NEEDS_WEAPON_WORD = frozenset({"strike", "raid"})
# a strike by workers is a labour action, never an air strike
LABOUR_STRIKE = re.compile(
    r"\b(?:workers?|staff|employees|teachers|lecturers|doctors|nurses|pilots|drivers|miners|unions?|traders|"
    r"transporters|truckers|general|hunger|sit-down|labou?r|indefinite|nationwide|token)\s+(?:\w+\s+)?strikes?\b|"
    r"\b(?:on|go|went|going) (?:on )?strike\b|\b(?:go|goes|went|going|gone) on (?:a |an )?(?:[\w-]+ ){1,2}?strike\b|\bstrike (?:action|call|notice)\b|"
    r"\b[\w]+-(?:hour|day|week) strikes?\b|\b(?:held|began|observed|joined)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}strikes?\b|"
    r"\b(?:shutter-?down|wheel-?jam) strikes?\b|\bstrikes? (?:was|were|is|has been|had been) observed\b|"
    # a strike told by its cause or by work stopped ("stayed off work ... in a strike over pay")
    r"\bin (?:a|an|the|their) (?:[\w-]+\s+){0,2}?strike (?:over|against|for|demanding|to demand|to protest|to press)\b|"
    r"\b(?:stay\w*|kept) (?:off|away from) work\b|\bwalk\w* off (?:the|their) jobs?\b|"
    r"\bstriking\s+(?:[\w-]+\s+)?(?:\w*workers?|staff|employees|teachers|lecturers|doctors|nurses|pilots|drivers|"
    r"\w*miners|dockers|farmers|growers|truckers|transporters|traders|civil servants|health workers)\b",
    re.I,
)
# object words that decide what a conditional trigger means
GROUP_WORDS = re.compile(
    r"\b(?:group|militia|brigade|battalion|alliance|coalition|front|movement|party|faction|unit|force|forces|"
    r"wing|council|army|organi[sz]ation|cell|network|command|platform)\b",
    re.I,
)
BASE_WORDS = re.compile(
    r"\b(?:(?:air|naval|military|army|forward|operating)?bases?|camps?|headquarters|hqs?|outposts?|garrisons?|posts?|"
    r"checkpoints?|strongholds?|positions?|offices?|barracks|facilit(?:y|ies)|installations?|cent(?:er|re)s?|"
    r"stations?|airstrips?|presence|detachments?|encampments?|(?:observation |military )?points?|bunkers?|"
    r"fortifications?|morchas?)\b",
    re.I,
)
CAPTIVE_WORDS = re.compile(
    r"\b(?:prisoners?|hostages?|detainees?|captives?|abductees?|kidnapped|soldiers|fighters|bodies|remains|pows?|"
    r"servicemen|prisoners of war|(?:captured|detained|abducted|kidnapped|jailed|imprisoned|arrested) [\w-]+|"
    r"from (?:prison|jail|detention|custody|captivity))\b",
    re.I,
)
WEAPON_OBJECT_WORDS = re.compile(
    r"\b(?:weapons?|arms|ammunition|munitions?|explosives?|cache|rifles?|guns?|bombs?|ieds?|rockets?|"
    # (not pits: "the town and its coltan mines")
    r"(?<!gold )(?<!coal )(?<!coltan )(?<!copper )(?<!diamond )(?<!tin )(?<!salt )(?<!cobalt )(?<!lithium )"
    r"(?<!mining )(?<!artisanal )mines?|"
    r"missiles?|grenades?|detonators?|suicide vests?|drones?|mortars?|rounds|bullets|devices?|cartridges|pistols?|"
    r"firearms|kalashnikovs|ak-47s?|"
    # what bombs are made of
    r"ammonium(?: nitrate)?|tnt|semtex|c-4|dynamite|gunpowder|detonating cord|bomb-making)\b",
    re.I,
)
MILITARY_TARGET_WORDS = re.compile(
    r"\b(?:soldiers?|troops?|army|military|police|policemen|officers?|checkpoints?|patrols?|bases?|convoys?|"
    r"positions?|barracks|outposts?|posts?|garrisons?|fighters?|militants?|rebels?|forces?|security personnel)\b",
    re.I,
)
# ordinary people named as a body: who gathers, protests, riots or is hurt in a crowd
PEOPLE_NOUNS = (
    r"members|relatives|families|people|residents|villagers|workers|students|women|men|youths?|farmers|traders|"
    r"veterans|supporters|activists|employees|teachers|doctors|nurses|pensioners|refugees|mothers|parents|drivers|"
    r"locals|citizens|groups?|protesters|demonstrators|marchers|participants|growers|fishermen|labou?rers|vendors|"
    r"inhabitants|population|populace|"
    r"shopkeepers|miners|truckers|farmworkers|lawyers|tribesmen|mourners|crowds?|(?:hospital|health|medical|"
    r"teaching|university|school|council|municipal) staff|retirees|graduates|commuters|motorists"
)
# a party's or a leader's supporters are a political crowd (a football club's are not)
_POLITICAL_SUPPORTERS = (
    r"(?:party|opposition|junta|government|pro-government|candidate's|leader's) supporters|"
    r"supporters of (?:the |a |an |its |their )?(?:[\w'-]+\s+){0,3}?(?:party|parties|candidates?|opposition|"
    r"leaders?|movement|president|cleric|preacher|mp|governor|minister|junta|government|coalition)"
)
_CROWD = (
    r"protest\w*|demonstrat\w*|rioters?|agitators|crowds?|mobs?|youths?|students|marchers|"
    + _POLITICAL_SUPPORTERS
)
CROWD_ACTOR_WORDS = re.compile(rf"\b(?:{_CROWD})\b", re.I)
# what can be dispersed: the crowd words and the gatherings themselves
CROWD_WORDS = re.compile(rf"\b(?:{_CROWD}|people|march\w*|rall\w*|supporters|gathering|sit-in)\b", re.I)
# gatherings of demonstrators: an arrest in the same sentence is an intervention in a protest
GATHERING_WORDS = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|sit-ins?|rall(?:y|ies|ied)|blockades?|vigils?|picket\w*|dharnas?|"
    r"agitat(?:ion|ions|ing|ors)|"
    r"(?-i:march(?:ed|es|ing|ers)?))\b",
    re.I,
)
# control re-established, told with the hyphen the tokenizer splits ("have re-established control of the settlement")
RESTORED_CONTROL = re.compile(
    r"\b(?:re-?establish\w*|reassert\w*|recover(?:ed|s|ing)? the) (?:full |complete |total |effective )?"
    r"(?:army |state |government |military )?(?:control|authority) (?:of|over|in|there)\b|"
    # ("have re-established the writ of the state in the valley, dislodging the militants")
    r"\b(?:re-?establish\w*|restor\w*) the writ of the (?:state|government)\b|"
    # ("restored security and stability to the town after eliminating the last terrorist pockets")
    r"\brestor\w* (?:security|stability|security and stability|stability and security|state authority) to\b",
    re.I,
)
# an armed group's men put out of a place, told of them ("Daesh remnants cleared from the last pocket of Tal Afar",
# "the militants were driven out of the town"): ground the state took back
DRIVEN_OUT = re.compile(
    r"\b(?:remnants|militants|terrorists|insurgents|rebels|jihadists|extremists)\b (?:(?:were|was|had been|"
    r"have been|has been) )?(?:cleared|flushed|driven|expelled|ejected|dislodged|chased) (?:out )?(?:from|of)\b",
    re.I,
)
# a shutdown kept by those who called it or by a town: a protest ("traders observed a shutdown called by their
# federation", "a complete hartal was observed", "shopkeepers downed shutters")
SHUTDOWN_OBSERVED = re.compile(
    r"\b(?:observ|enforc)(?:ed|ing|es|e) (?:a |an |the |their |its )?(?:[\w'-]+ ){0,3}?(?:shutdown|hartal|bandh|"
    r"shutter-?down|strike)s?\b|"
    r"\b(?:shutdown|hartal|bandh)s? (?:[\w'-]+ ){0,6}?(?:was|were|is|has been|had been) (?:[\w-]+ )?observed\b|"
    r"\b(?:shutdown|hartal|bandh)s? (?:[\w'-]+ ){0,6}?(?:was|were|remained) (?:largely |mostly |generally |entirely )?"
    r"(?:peaceful|total|complete)\b|"
    r"\b(?:down(?:ed|ing|s)?|pull(?:ed|ing|s)? down) (?:their |the )?shutters\b|"
    # a shutdown told by what it closed ("a hartal called by the alliance kept most shops and schools closed",
    # "markets stayed shut across the valley as the bandh took hold")
    r"\b(?:shutdown|hartal|bandh|strike)s?\b[^.;]{0,60}?\bkept (?:[\w'-]+ ){0,4}?(?:shops|schools|markets|"
    r"businesses|offices|stores|banks)\b[^.;]{0,30}?\b(?:closed|shut)\b|"
    r"\b(?:shops|markets|businesses|stores|schools) (?:[\w'-]+ ){0,4}?(?:stayed|remained|were|kept) (?:[\w'-]+ )?"
    r"(?:closed|shut)\b[^.;]{0,80}?\b(?:shutdown|hartal|bandh|strike)s?\b|"
    # or by the life it stopped ("a 12-hour bandh paralysed life in Imphal", "the hartal crippled the city")
    r"\b(?:shutdown|hartal|bandh|general strike)s?\b[^.;]{0,60}?\b(?:paraly[sz]\w*|crippl\w*|brought (?:[\w'-]+ ){0,4}?"
    r"to a (?:halt|standstill)|disrupt\w* (?:normal )?life)",
    re.I,
)
# a truce a side ends on its own: a change in what the group does ("announced it was calling off its ceasefire",
# "scrapped the truce with the government")
TRUCE_ENDED = re.compile(
    r"\b(?:call(?:ed|s|ing)? off|end(?:ed|s|ing)?|scrap(?:ped|s|ping)?|abandon(?:ed|s|ing)?|revok\w+|terminat\w+|"
    r"withdr(?:ew|awn|aw|aws|awing) from|pull(?:ed|s|ing)? out of|declar\w* an end to) (?:its|their|the|a) "
    # (the truce's own word left to the agreement's trigger: "the ceasefire" is read there as no new agreement)
    r"(?:[\w'-]+ ){0,3}?(?=(?:ceasefire|cease-fire|truce)\b)",
    re.I,
)
# a start earlier the same day: "since dawn", "since this morning" (the day's fighting, no campaign)
SINCE_TODAY = re.compile(
    r"(?:since )?(?:the )?(?:early )?(?:dawn|daybreak|sunrise|first light|this morning|early morning|morning|midnight|"
    r"noon|the early hours|early hours)\b",
    re.I,
)
# a procession that is a protest: "took out a procession", "a procession demanding the release of ..." (a funeral or
# a religious procession alone is none)
PROTEST_PROCESSION = re.compile(
    r"\b(?:take|takes|took|taking|taken) out (?:a |an |the |their |its |his |her )?(?:[\w'-]+ ){0,3}?"
    r"(?:processions?|marche?s?|rall(?:y|ies))\b|"
    r"\bprocessions?\b[^.;]{0,60}?\b(?:against|demanding|protesting|in protest|to protest|condemning|to denounce|"
    r"to press)\b",
    re.I,
)
# ground held after a change, told by who holds it now: "were now in full control of the district", "raised
# their flag over the outpost", "hoist black flag over barracks"
NOW_IN_CONTROL = re.compile(
    r"\b(?:(?:were|was|are|is|remained|remains|remain) (?:now )?in (?:full |complete |total |effective )?control of|"
    r"(?:is|was|are|were) (?:again|back|once again|once more) under (?:the |full |total )?control of|"
    r"(?:came|come|comes|coming) under (?:the )?(?:full |total )?control of|"
    r"establish\w* (?:their|its|full|total|effective) (?:[\w-]+ )?control (?:over|of)|now hold(?:s|ing)?|"
    r"(?:left|leaving|ended with|ending with) (?:[\w'-]+ ){1,4}?in (?:full |complete |total )?control of|now (?:in )?(?:full |"
    r"complete |total )?control(?:s|led)?|(?:rais|hoist)(?:ed|es|ing|e)? (?:[\w'-]+ ){0,2}?flags? (?:over|above|on)|"
    # "the national flag now flies over the citadel", "extended their control over the district", "announced the
    # liberation of the district from the group's control"
    r"flags? (?:now |again |once again |once more )?(?:flies|flew|fly|flying|flutters|fluttered|waves|waved) "
    r"(?:over|above|on)|extend\w* (?:their|its|his|full|total) (?:[\w-]+ )?control (?:over|of|to)|"
    r"(?:announc|declar|complet|proclaim|celebrat)\w* (?:the )?(?:full |complete |total )?liberation of|"
    # held by a time of the same day ("by evening controlled the town centre", "by nightfall held the base")
    r"by (?:the )?(?:evening|nightfall|night|dusk|dawn|morning|afternoon|midday|noon|the end of the day|"
    r"(?:\w+day) (?:evening|night|morning|afternoon)) (?:they |the \w+ )?(?:controlled|held|had taken))\b",
    re.I,
)
# a bomb stopped before it went off: its carrier caught with it, or stopped before detonating it
# a device blown up on purpose where it harms nobody ("destroyed it in a controlled blast"; a "remote-controlled
# blast" is an attack)
CONTROLLED_BLAST = r"(?<!remote-)(?<!remote )controlled (?:explosion|detonation|blast)"
FOILED_BLAST = re.compile(
    r"\bbefore (?:he|she|they|it|the (?:[\w-]+ ){0,2}?(?:bomber|attacker|man|woman|boy|girl|device|bomb)) could "
    r"(?:detonate|explode|blow|trigger|set off|activate|go off)\b|"
    r"\b(?:arrested|detained|caught|captured|apprehended|nabbed|overpowered|intercepted|stopped) (?:[\w'-]+ ){0,10}?"
    r"(?:with|wearing|carrying) (?:an? |his |her |their )?(?:[\w-]+ )?(?:suicide|explosives?) (?:vests?|belts?|jackets?)\b|"
    # a device destroyed where it lay or made safe; drones brought down
    r"\b"
    + CONTROLLED_BLAST
    + r"\b|\brender(?:ed|ing|s)? (?:it |them |the [\w-]+ )?safe\b|\bneutrali[sz](?:ed|ing|es) the (?:charge|device|bomb|"
    r"explosives?)\b|"
    r"\b(?:drones?|uavs?)\b(?:\s+[\w,'-]+){0,8}?\s+(?:were|was|had been|have been)\s+"
    r"(?:destroyed|downed|intercepted|shot down|neutrali[sz]ed|jammed)\b",
    re.I,
)
# the attacker died with the bomb: told in other words than "suicide bombing"
SUICIDE_CUES = re.compile(
    r"\b(?:(?:explosives?|bombs?|belts?|vests?) (?:strapped|tied|hidden) (?:to|under|beneath) (?:his|her|their) "
    r"(?:bod(?:y|ies)|clothes|clothing|robes?)|martyrdom[- ](?:seekers?|operations?|attacks?)|"
    r"suicide (?:attackers?|bombers?|cars?|trucks?|vests?|belts?|squads?)|"
    # the attacker's own device: "the bomber's vest went off", "the device she was carrying exploded"
    r"(?:attacker|bomber)s?'s? (?:own )?(?:vests?|belts?|explosives?|devices?)|"
    r"(?:vests?|belts?|devices?|explosives?) (?:he|she|they) (?:was|were) (?:carrying|wearing)|would-be bombers?|"
    # the attacker died by it: "detonated a car bomb, killing himself", "set off by a girl who died in the blast"
    r"(?:detonat\w*|blew up|set off|explo\w*|blasts?|bombs?)\b[^.;]{0,80}?killing (?:himself|herself|themselves)|"
    r"(?:set off|detonated|triggered|carried out) by (?:a|an|the) (?:[\w-]+ ){0,2}(?:who|that) (?:also )?"
    r"(?:died|was killed|perished) in|"
    r"(?:who|that) (?:carried|was carrying|wore|was wearing) the (?:bomb|explosives?|device|vest|belt)|"
    r"detonated (?:his|her|their|the) (?:own )?(?:vests?|belts?|loads?|explosives?|charges?|devices?)"
    r"(?:[^.;]{0,40}?\b(?:dying|killing himself|killing herself) (?:at|on) the (?:scene|spot))?|"
    # the rider or driver dead in his own blast ("rammed into the gate and detonated the load, dying at the scene")
    r"(?:detonat\w*|blew up|set off|explo\w*)\b[^.;]{0,60}?\b(?:dying|died|perishing) (?:at|on) the (?:scene|spot)|"
    r"(?:girls?|boys?|wom[ae]n|m[ae]n|teenagers?|children|bombers?|attackers?|he|she|they|who) (?:was |were )?"
    r"(?:strapped|wired) with explosives|"
    r"(?:devices?|explosives?|bombs?) (?:strapped|tied|fixed) (?:to|around) (?:his|her|their) (?:bod(?:y|ies)|waists?|chests?)|"
    r"carried on (?:the|his|her) body|human bombs?|self-detonat\w*|detonated (?:himself|herself|themselves)|"
    r"suicide[- ](?:blasts?|explosions?|vehicle\w*|car|truck|bomb\w*|missions?|operations?)|"
    r"(?:drove|rammed|crashed|steered) (?:a|an|his|her|their) (?:[\w-]+ ){0,3}?(?:(?:laden|rigged|packed|loaded|"
    r"filled) with explosives |explosives?-(?:laden|packed|rigged|loaded|filled) (?:[\w-]+ )?)into|"
    # explosives worn: "detonated the explosives under his coat"
    r"detonated (?:the |his |her )?(?:explosives?|device|bomb|charge) (?:under|beneath|inside|in) (?:his|her) "
    r"(?:coat|jacket|clothes|clothing|robes?|vest|shirt|tunic)|"
    r"blew (?:himself|herself|themselves) up|(?:bomber|attacker)s? (?:was|were) (?:also )?(?:killed|among the dead))\b",
    re.I,
)
# a chemical agent named in the sentence of an attack makes it a chemical attack, however it was delivered
# ("rockets with a chlorine payload", "barrels containing a toxic substance dropped from a helicopter"); tear gas is
# a riot agent, not a chemical weapon
CHEMICAL_USE = re.compile(
    r"\b(?:chlorine|sarin|(?:sulfur |sulphur )?mustard (?:gas|agent)|nerve agents?|chloropicrin|organophosphates?|"
    r"(?:toxic|poison(?:ous)?|choking|noxious|hazardous|asphyxiating|irritating|pungent|unidentified|unknown)\s+"
    r"(?:chemical\s+)?"
    r"(?:gas(?:es)?|chemicals?|substances?|agents?|fumes|liquid|vapou?r|payload)|"
    r"chemical (?:weapons?|agents?|substances?|munitions?|attacks?|burns?|payload|pneumonitis|bombs?|shells?|"
    r"rockets?|projectiles?|grenades?|canisters?|barrels?)|chemical-(?:laden|filled|tipped|loaded))\b",
    re.I,
)
# unnamed actors that are organised, armed and political by what they are called ("rebels", "a militia"), unlike
# "gunmen" or "bandits", who may be criminals
ARMED_GROUP_NOUNS = (
    r"rebels?|insurgents?|jihadists?|islamists?|militias?|militiam[ae]n|militants?|guerrillas?|separatists?|"
    r"paramilitar(?:y|ies)"
)
POLITICAL_ARMED_NOUNS = re.compile(rf"\b(?:{ARMED_GROUP_NOUNS})\b", re.I)
# non-political violence and accidents: left to others unless an armed or political actor is involved
NON_POLITICAL = re.compile(
    r"\b(?:robber\w*|thie(?:f|ves)|burglar\w*|gangs?(?![-\s]?rap)(?!-)|gangsters?|cartels?|drug|narcotics?|smuggl\w*|traffick\w*|"
    r"ransom|extortion|domestic|dowry|quarrel|dispute over land|accident\w*|collision|crash\w*|"
    r"gas leak|cylinder|boiler|short circuit|earthquake|flood\w*|landslide|cyclone|(?:tropical|winter|snow|rain|wind|dust|sand|heavy|severe|thunder)\s?storm|storm surge|(?:a|the|powerful|deadly|massive|strong) storm|"
    r"storms? (?:tears?|tore|hits?|struck|kills?|killed|lash\w*|batter\w*|swept|sweeps|destroy\w*|damag\w*|leaves|left|brought|brings|uproot\w*|flatten\w*)|hurricane|lightning|"
    r"drown\w*|stampede|fire broke out|blaze|wildfire|collapse\w*(?! of (?:the )?(?:talks|mediation|negotiations|ceasefire|truce|peace|government|deal|regime))|derail\w*|mine (?:collapse|disaster)|"
    r"factory|fireworks?|refinery|(?:chemical|power) plant|tanker|caught fire|industrial|negligence|faulty|"
    # personal and criminal violence
    r"argument|row over|brawl|drunk\w*|heist|mugg\w*|nightclub|sentenced|convicted|murder case|"
    r"cocaine|heroin|methamphetamine|cannabis|marijuana|hashish|contraband|turf war|criminal networks?|hold-?up|"
    r"knife fight|road rage|traffic dispute|owed (?:him|her|them) money|refused to pay|"
    # money between people ("stabbed by his business partner over an unpaid debt", "a shooting over a gambling debt")
    r"(?:unpaid|gambling|personal) (?:debts?|rent|loans?|bills?)|over (?:a |an |the )?(?:debt|loan|rent)\b|"
    r"business (?:partner|associate)|(?:his|her|their) (?:landlord|tenant|creditor|debtor)|"
    r"(?:kill\w*|stabb\w*|shot|murder\w*|beat\w*|strangl\w*|hack\w*|by) (?:his|her) (?:estranged |former |ex-)?"
    r"(?:wife|husband|partner|girlfriend|boyfriend)|feud|personal enmity|love affair|jealous\w*|card game|cash-in-transit|honou?r killing|"
    r"(?:money|property|land|family|boundary|inheritance) dispute|not a terrorist attack|"
    # kin against kin, over a family's land ("hacked his elder brother to death", "a fight over family land")
    r"(?:kill\w*|stabb\w*|shot|murder\w*|beat\w*|strangl\w*|hack\w*|by) (?:his|her) (?:elder |younger |own |step-?)?"
    r"(?:brother|sister|father|mother|son|daughter|uncle|nephew|niece|cousin|(?:father|mother|brother|sister)-in-law|"
    r"neighbou?r)|"
    r"(?:ancestral|family) (?:land|property|plot|estate)|firecrackers?|fire-crackers?|"
    # disease and weather
    r"outbreak(?! of (?:fighting|violence|clashes|hostilities|war|unrest))|typhoid|fever|epidemic|pandemic|cholera|malaria|dengue|measles|ebola|covid\w*|virus|infections?|heat ?wave|"
    r"cold (?:wave|snap)|drought|mudslides?|avalanche|tsunami|monsoon|heavy rains?|"
    # transport and industry
    r"capsiz\w*|collid\w*|overturn\w*|ravine|gorge|off (?:a|the) (?:bridge|cliff)|skidd\w*|forest fires?|"
    r"dry spell|head-on|level crossing|road mishap|gas pipe|leaking|oxygen (?:tanks?|cylinders?)|welding|mine gas|"
    r"methane|(?:lost|losing) (?:its|their|the) brakes|brake failure|heaters?|training flights?|technical fault|"
    r"shares (?:in|of)|investors|goalless|"
    # sport and markets, where "clash", "battle", "attack" and "strike" are figures of speech
    r"derby|league|tournament|championship|title (?:fight|race|battle)|semi-?finals?|quarter-?finals?|"
    r"cup final|innings|wickets?|batting|bowlers?|(?:fight|battle|war) (?:against|on) (?:inflation|prices|"
    r"hoard\w*)|interest rates?|stock market|stocks|(?:stock|share|price) (?:index|indices)|nifty|sensex|nasdaq|"
    r"dow jones|price (?:war|offensive|cuts?)|subscribers|discounts?|black friday|market share|"
    r"powerplay|openers|title win|"
    r"rains|rainfall|downpours?|aftershocks?|magnitude|tropical storm|typhoon|volcan\w*|eruption|"
    r"gas explosion|(?:methane|dust|boiler|cylinder|tank|transformer) (?:explosion|blast)|fuel tank|"
    r"medals?|jerseys?|penalt(?:y|ies)|goalkeeper|midfield\w*|scrum|wrestl\w*|cyclists?|premier league|"
    r"champions league|world cup|olympic\w*|grand prix|second half|first half|kick-?off)(?:s|es)?\b",
    re.I,
)

# effect verbs: the consequence of another trigger in the same clause, not an event of their own
EFFECTS = frozenset("kill killing die wound injure destroy damage burn".split())

# verbs that take a noun trigger as their own act: "launched an offensive", "declared a no-fly zone"
LIGHT_VERBS = frozenset(
    "carry conduct launch stage mount perpetrate commit unleash announce declare impose establish set begin "
    "start continue hold organize organise lead take sign agree reach order make".split()
)
# verbs that report an allegation: what they govern is alleged, not told as fact
ALLEGE_VERBS = frozenset("accuse blame allege deny suspect charge dismiss refute".split())

# sub-event types that are violent acts (need a realised, non-hypothetical clause)
REALIS_REQUIRED = frozenset(
    {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
        "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
        "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence",
        "Arrests", "Disrupted weapons use", "Looting/property destruction",
        "Non-violent transfer of territory",
    }
)  # fmt: skip

# weapon lexicon: surface (lower case, singular) -> (canonical name, category)
WEAPONS: dict[str, tuple[str, str]] = {
    "grad": ("Grad", "rocket"), "grad rocket": ("Grad", "rocket"), "katyusha": ("Katyusha", "rocket"),
    "rocket": ("rocket", "rocket"), "missile": ("missile", "missile"), "ballistic missile": ("ballistic missile", "missile"),
    "cruise missile": ("cruise missile", "missile"), "mortar": ("mortar", "artillery"), "heavy weapons": ("heavy weapons", "artillery"),
    "mortar shell": ("mortar", "artillery"), "mortar round": ("mortar", "artillery"),
    "artillery": ("artillery", "artillery"), "shell": ("artillery shell", "artillery"), "howitzer": ("howitzer", "artillery"),
    "tank": ("tank", "artillery"), "rocket launcher": ("rocket launcher", "rocket"),
    "multiple rocket launcher": ("multiple rocket launcher", "rocket"),
    "drone": ("drone", "drone"), "uav": ("drone", "drone"), "quadcopter": ("drone", "drone"), "unmanned aerial vehicle": ("drone", "drone"),
    "kamikaze drone": ("loitering munition", "drone"), "shahed": ("Shahed drone", "drone"),
    "warplane": ("warplane", "aircraft"), "fighter jet": ("fighter jet", "aircraft"),
    "military jet": ("fighter jet", "aircraft"), "helicopter gunship": ("helicopter gunship", "aircraft"),
    "military aircraft": ("military aircraft", "aircraft"), "airstrike": ("airstrike", "aircraft"), "air strike": ("airstrike", "aircraft"),
    "barrel bomb": ("barrel bomb", "aircraft"),
    "ied": ("IED", "ied"), "improvised explosive device": ("IED", "ied"), "roadside bomb": ("roadside bomb", "ied"),
    "car bomb": ("car bomb", "ied"), "landmine": ("landmine", "ied"), "land mine": ("landmine", "ied"),
    "mine": ("landmine", "ied"), "explosive device": ("explosive device", "ied"),
    "roadside device": ("roadside bomb", "ied"), "explosive artefact": ("explosive device", "ied"),
    "explosive artifact": ("explosive device", "ied"), "improvised explosive": ("IED", "ied"),
    "remote-controlled device": ("remote-controlled bomb", "ied"), "remotely detonated device": ("remote-controlled bomb", "ied"),
    "remote-control device": ("remote-controlled bomb", "ied"), "bomb": ("bomb", "explosive"),
    "suicide vest": ("suicide vest", "suicide"), "explosive belt": ("explosive belt", "suicide"),
    "explosive vest": ("suicide vest", "suicide"), "explosives vest": ("suicide vest", "suicide"),
    "explosives belt": ("explosive belt", "suicide"), "suicide car bomb": ("suicide car bomb", "suicide"),
    "suicide bomber": ("suicide bomber", "suicide"), "suicide attacker": ("suicide bomber", "suicide"),
    "grenade": ("grenade", "grenade"), "hand grenade": ("grenade", "grenade"), "rpg": ("RPG", "rocket"),
    "rocket-propelled grenade": ("RPG", "rocket"),
    "chlorine": ("chlorine", "chemical"), "sarin": ("sarin", "chemical"), "mustard gas": ("mustard gas", "chemical"),
    "nerve agent": ("nerve agent", "chemical"), "toxic gas": ("toxic gas", "chemical"),
    "poison gas": ("poison gas", "chemical"), "poisonous gas": ("poison gas", "chemical"),
    "chemical attack": ("chemical weapon", "chemical"), "chemical munition": ("chemical weapon", "chemical"),
    "chemical agent": ("chemical weapon", "chemical"), "gas attack": ("poison gas", "chemical"),
    "white phosphorus": ("white phosphorus", "chemical"), "phosphorus": ("white phosphorus", "chemical"), "chemical weapon": ("chemical weapon", "chemical"),
    "chemical bomb": ("chemical weapon", "chemical"), "chemical shell": ("chemical weapon", "chemical"),
    "chemical rocket": ("chemical weapon", "chemical"), "chemical-laden": ("chemical weapon", "chemical"),
    "chemical-filled": ("chemical weapon", "chemical"), "chemical projectile": ("chemical weapon", "chemical"),
    "chloropicrin": ("chloropicrin", "chemical"), "mustard agent": ("mustard gas", "chemical"),
    "blister agent": ("mustard gas", "chemical"), "choking gas": ("toxic gas", "chemical"),
    "pungent gas": ("toxic gas", "chemical"), "noxious gas": ("toxic gas", "chemical"),
    "yellow gas": ("toxic gas", "chemical"), "unidentified gas": ("toxic gas", "chemical"),
    "nerve gas": ("nerve agent", "chemical"), "cs gas": ("CS gas", "chemical"),
    "tear gas": ("tear gas", "riot"), "rubber bullet": ("rubber bullet", "riot"), "water cannon": ("water cannon", "riot"),
    "gun": ("firearm", "firearm"), "shotgun": ("shotgun", "firearm"), "rifle": ("rifle", "firearm"), "ak-47": ("AK-47", "firearm"),
    "kalashnikov": ("AK-47", "firearm"), "machine gun": ("machine gun", "firearm"), "pistol": ("pistol", "firearm"),
    "live ammunition": ("live ammunition", "firearm"), "bullet": ("firearm", "firearm"),
    "knife": ("knife", "blade"), "machete": ("machete", "blade"), "sword": ("sword", "blade"),
}  # fmt: skip

# weapon category -> the sub-event type it implies for an explosion/remote-violence clause
CATEGORY_SUBTYPE: dict[str, str] = {
    "rocket": "Shelling/artillery/missile attack",
    "missile": "Shelling/artillery/missile attack",
    "artillery": "Shelling/artillery/missile attack",
    "aircraft": "Air/drone strike",
    "drone": "Air/drone strike",
    "ied": "Remote explosive/landmine/IED",
    "suicide": "Suicide bomb",
    "grenade": "Grenade",
    "chemical": "Chemical weapon",
}

# communities whose armed men ACLED codes as identity militias ("Pokot raiders", "Fulani gunmen", "Murle youths"):
# ethnic groups and clans often named in reports of communal violence, from general knowledge
ETHNIC_GROUPS = frozenset(
    "fulani peul peuhl fula dogon bambara tiv berom jukun kuteb bachama mambilla "
    "murle nuer dinka shilluk anyuak pokot turkana samburu borana gabra garre degodia marehan ajuran "
    "hawiye darod abgaal dulbahante majerteen "
    "gumuz konso guji gedeo hema lendu banyamulenge bafuliiru babembe twa luba teke yaka "
    "masalit misseriya rizeigat hawazma nuba falata zaghawa "
    "kuki meitei hmar zomi".split()
)
# clans among them (ACLED: "Clan Militia")
CLANS = frozenset("garre degodia marehan ajuran hawiye darod abgaal dulbahante majerteen".split())

# nouns for generic actors: noun -> (kind, inter, name template; {country} is filled from context)
ACTOR_NOUNS: dict[str, tuple[str, int, str]] = {
    "army": ("state", 1, "Military Forces of {country}"), "forces": ("state", 1, "Military Forces of {country}"),
    "troops": ("state", 1, "Military Forces of {country}"), "soldier": ("state", 1, "Military Forces of {country}"),
    "military": ("state", 1, "Military Forces of {country}"),
    "armed forces": ("state", 1, "Military Forces of {country}"),
    "security forces": ("state", 1, "Military Forces of {country}"),
    "government forces": ("state", 1, "Military Forces of {country}"),
    "air force": ("state", 1, "Military Forces of {country}"),
    "police": ("state", 1, "Police Forces of {country}"), "policeman": ("state", 1, "Police Forces of {country}"),
    "police officer": ("state", 1, "Police Forces of {country}"),
    "riot police": ("state", 1, "Police Forces of {country}"),
    "rebel": ("rebel", 2, "Rebel Group ({country})"), "insurgent": ("rebel", 2, "Rebel Group ({country})"),
    "militant": ("militia", 3, "Unidentified Armed Group ({country})"),
    "gunman": ("militia", 3, "Unidentified Armed Group ({country})"),
    "gunmen": ("militia", 3, "Unidentified Armed Group ({country})"),
    "armed men": ("militia", 3, "Unidentified Armed Group ({country})"),
    "attacker": ("militia", 3, "Unidentified Armed Group ({country})"),
    "assailant": ("militia", 3, "Unidentified Armed Group ({country})"),
    "militia": ("militia", 3, "Unidentified Armed Group ({country})"),
    "militiaman": ("militia", 3, "Unidentified Armed Group ({country})"),
    "fighter": ("militia", 3, "Unidentified Armed Group ({country})"),
    "jihadist": ("rebel", 2, "Islamist Militia ({country})"),
    "bandit": ("militia", 3, "Unidentified Armed Group ({country})"),
    "tribesmen": ("identity_militia", 4, "Communal Militia ({country})"),
    "herder": ("identity_militia", 4, "Communal Militia ({country})"),
    "rioter": ("rioters", 5, "Rioters ({country})"), "mob": ("rioters", 5, "Rioters ({country})"),
    "protester": ("protesters", 6, "Protesters ({country})"),
    "protestor": ("protesters", 6, "Protesters ({country})"),
    "demonstrator": ("protesters", 6, "Protesters ({country})"),
    "student": ("protesters", 6, "Protesters ({country})"), "activist": ("protesters", 6, "Protesters ({country})"),
    "civilian": ("civilians", 7, "Civilians ({country})"), "resident": ("civilians", 7, "Civilians ({country})"),
    "villager": ("civilians", 7, "Civilians ({country})"), "pilgrim": ("civilians", 7, "Civilians ({country})"),
    "farmer": ("civilians", 7, "Civilians ({country})"), "worker": ("civilians", 7, "Civilians ({country})"),
    "aid worker": ("civilians", 7, "Civilians ({country})"), "journalist": ("civilians", 7, "Civilians ({country})"),
    "child": ("civilians", 7, "Civilians ({country})"), "children": ("civilians", 7, "Civilians ({country})"),
    "woman": ("civilians", 7, "Civilians ({country})"), "women": ("civilians", 7, "Civilians ({country})"),
    "passenger": ("civilians", 7, "Civilians ({country})"), "worshipper": ("civilians", 7, "Civilians ({country})"),
    "displaced": ("civilians", 7, "Civilians ({country})"), "teacher": ("civilians", 7, "Civilians ({country})"),
    "doctor": ("civilians", 7, "Civilians ({country})"), "people": ("civilians", 7, "Civilians ({country})"),
    "peacekeeper": ("external", 8, "United Nations"),
    "commando": ("state", 1, "Military Forces of {country}"), "paratrooper": ("state", 1, "Military Forces of {country}"),
    "marines": ("state", 1, "Military Forces of {country}"), "special forces": ("state", 1, "Military Forces of {country}"),
    "border guard": ("state", 1, "Military Forces of {country}"),
    "separatist": ("rebel", 2, "Rebel Group ({country})"), "guerrilla": ("rebel", 2, "Rebel Group ({country})"),
    "raider": ("militia", 3, "Unidentified Armed Group ({country})"),
    "herdsmen": ("identity_militia", 4, "Communal Militia ({country})"),
    "junta": ("state", 1, "Military Forces of {country}"), "ranger": ("state", 1, "Military Forces of {country}"),
    "intelligence officer": ("state", 1, "Police Forces of {country}"),
    "intelligence agent": ("state", 1, "Police Forces of {country}"),
    "security agent": ("state", 1, "Police Forces of {country}"),
    "counter-terrorism official": ("state", 1, "Police Forces of {country}"),
    "security agency": ("state", 1, "Police Forces of {country}"),
    "intelligence agency": ("state", 1, "Police Forces of {country}"),
    "intelligence service": ("state", 1, "Police Forces of {country}"),
    "shepherd": ("civilians", 7, "Civilians ({country})"), "miner": ("civilians", 7, "Civilians ({country})"),
    "fisherman": ("civilians", 7, "Civilians ({country})"),
    "trader": ("civilians", 7, "Civilians ({country})"), "spectator": ("civilians", 7, "Civilians ({country})"),
    "motorist": ("civilians", 7, "Civilians ({country})"), "traveller": ("civilians", 7, "Civilians ({country})"),
}  # fmt: skip

SPEAKER_NOUNS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "official",
        "officials",
        "commander",
        "governor",
        "mayor",
        "general",
        "colonel",
        "chief",
        "leader",
        "head",
        "ministry",
        "army",
        "police",
        "government",
        "statement",
        "source",
        "sources",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "envoy",
        "ambassador",
        "secretary",
        "analyst",
        "agency",
        "office",
        "military",
    ]
)

SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "announce",
        "add",
        "state",
        "claim",
        "deny",
        "denounce",
        "condemn",
        "accuse",
        "describe",
        "note",
        "report",
        "confirm",
        "warn",
        "declare",
        "allege",
        "insist",
        "stress",
        "explain",
        "quote",
        "threaten",
        "vow",
        "charge",
        "blame",
    ]
)

# cue words that mark a clause as not (yet) realised
IRREALIS = frozenset(
    [
        "call",
        "urge",
        "demand",
        "want",
        "threaten",
        "vow",
        "plan",
        "warn",
        "promise",
        "pledge",
        "intend",
        "seek",
        "try",
        "attempt",
        "aim",
        "prepare",
        "fear",
        "would",
        "could",
        "might",
        "may",
        "will",
        "shall",
        "should",
        "must",
    ]
)

# words that make a sentence worth parsing (regex over lower-cased text, stems)
# common words that are triggers only with a telling object: they alone do not make a sentence worth parsing
_NOT_CANDIDATE = frozenset(
    "storm clear enter reach march strike fire launch beat open build form found find discover recover release exchange deal agree accord "
    "erect inaugurate construct chant set up establish gather assemble converge occupy destroy use employ drop free hack "
    "custody hit land pound settle move turn convert force appoint name suspend integrate install take "
    "designate elect select choose stone whip flog spray protocol charter pledge understanding commitment roadmap "
    "arrangement settlement reconciliation".split()
)


def _stem(word: str) -> str:
    """A prefix that every inflection of a word starts with ("merge" -> "merg": merged, merging)."""
    return (word[:-1] if word.endswith("e") and len(word) > 3 else word)[:6]


_FORMS: dict[str, set[str]] = {}
for _form, _verb in IRREGULAR_FORMS.items():
    _FORMS.setdefault(_verb, set()).add(_form)


# objects a verb keeps across a few words ("traded heavy machine-gun fire", "took full control of"): the events
# stage reads such two-word triggers from the verb's object too (a changed allegiance is read by a phrase cue that
# asks for an armed or political body)
GAPPED_OBJECTS = frozenset("fire gunfire control".split())


def _phrase_pattern(key: str) -> str:
    """A multi-word trigger with its first word in any form: "pledge allegiance" -> pledged allegiance."""
    first, rest = key.split(" ", 1)
    forms = "|".join(sorted({re.escape(_stem(first)) + r"\w*", *map(re.escape, _FORMS.get(first, ()))}))
    gap = r"(?:[\w'-]+\s+){0,3}?" if rest in GAPPED_OBJECTS else ""
    return rf"(?:{forms})\s+{gap}" + r"\s+".join(re.escape(w) for w in rest.split())


_SINGLE_WORD_CANDIDATES = [k for k in TRIGGERS if " " not in k and "-" not in k and k not in _NOT_CANDIDATE]
_CANDIDATE_STEMS = sorted(
    {k[:6] for k in _SINGLE_WORD_CANDIDATES}
    | {k for k in TRIGGERS if "-" in k and " " not in k} | {"kill", "dead", "death", "wound", "injur", "casualt", "toll", "rocket",
     "missile", "mortar", "artiller", "drone", "grenade", "ied", "gunm", "troop", "soldier", "militan", "violat",
     "airspace", "aircraft", "warplan", "gunship", "helicop", "fighter jet", "air force", "flight", "airport", "broker", "agreed", "airstrike", "missile strike",
     "drone strike", "air strike", "strikes", "opened fire", "open fire", "fired", "launched", "marched", "marching",
     "marchers", "placard", "slogan", "weapon", "ammunition", "explosive", "cache", "hostage", "prisoner",
     "detainee", "militia", "alliance", "rifle", "pistol", "cartridg", "firearm", "coalition", "headquart", "outpost", "military base", "army base",
     "barracks", "detachment", "checkpoint", "garrison", "observation post", "new base", "operating base",
     "command post", "command cent", "forward post",
     "demanding", "chemical", "chlorine", "stole", "apprehend", "custody", "sexual", "rape", "molest", "acid"},
    key=len,
    reverse=True,
)  # fmt: skip
_CANDIDATE_STEMS += sorted(
    {form for form, verb in IRREGULAR_FORMS.items() if verb in TRIGGERS and verb not in _NOT_CANDIDATE}
    | {"camp", "stronghold", "faction", "allegiance"},
    key=len,
    reverse=True,
)
_CANDIDATE_PHRASES = sorted(
    (_phrase_pattern(k) for k in TRIGGERS if " " in k and k not in _NOT_CANDIDATE), key=len, reverse=True
)
# the -ing form of a verb that drops its "e" ("merging") does not start with the verb's first six letters
_CANDIDATE_ING = sorted(
    {re.escape(k[:-1]) + "ing" for k in _SINGLE_WORD_CANDIDATES if k.endswith("e") and len(k) > 3}
)
_CANDIDATE_ALTERNATIVES: list[str] = [
    *_CANDIDATE_PHRASES,
    *_CANDIDATE_ING,
    r"bases?\b",
    r"new (?:leader|commander|chief|emir|caliph|governor)\b",
    # agreement nouns that are common words elsewhere ("according", "dealt") and groups being formed
    r"accords?\b",
    r"(?:on|hunger|general|indefinite|labou?r|sit-down|nationwide|token|[\w]+-(?:hour|day|week))\s+strikes?\b",
    r"downed tools\b",
    r"ban(?:ned|ning|s)?\b",  # a body banned (BODY_BANNED)
    r"outlaw\w*",
    r"unlawful (?:associations?|organi[sz]ations?)\b",
    r"terrorist (?:organi[sz]ations?|entit(?:y|ies))\b",
    r"intake\b",
    r"(?:extend|renew|prolong)\w* (?:[\w'-]+ ){0,3}?(?:arrangement|settlement|understanding)s?\b",
    r"to press (?:their |its )?(?:demands?|claims?)\b",
    r"(?:complet|finish|graduat)\w* (?:their |its |basic |military |combat )*training\b",
    r"join(?:ed|ing|s)?\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:insurgents|rebels|jihadists|guerrillas|militias?|"
    r"self-defen[cs]e|armed groups?)\b",
    r"enlistment\b",
    r"registration\b",
    r"(?:revok|dereg)\w+",
    r"check ?posts?\b",
    r"checkpoints?\b",
    r"(?:took|taken|taking|takes?|led|whisked)\s+(?:[\w'-]+\s+){0,5}?(?:hostages?|captives?|away)\b",
    r"(?:taken|seized|snatched|grabbed) (?:from|by)\b",
    r"unknown location\b",
    r"internet\b",
    r"(?:inaccessible|unreachable)\b",  # a platform made unreachable (COMMS_CUT)
    r"(?:put(?:ting|s)? up|pitch(?:ed|ing)|dug in|dig(?:ging)? in|settled in)\b",  # a camp made (CAMP_PITCHED)
    r"telecommunications?\b",
    r"took\s+(?:[\w'-]+\s+){1,3}?from\b",  # "took three doctors from their homes"
    # goods carried off ("emptied the pharmacy and took its solar panels")
    r"(?:took|taken|carried off|made off with|drove off|stole|stolen)\s+(?:[\w'-]+\s+){0,3}?(?:solar panels?|"
    r"mattresses|computers|laptops|vehicles|motorbikes|motorcycles|cattle|livestock|goats|cows|medicines?|"
    r"generators?|fuel|food|supplies|grain|equipment)\b",
    DEMAND_ACT.pattern,
    # what only a protest carries or does (read with who did it: see events._PROTEST_CUES)
    r"(?:placards?|banners?|slogans?|petitions?|candles|(?:holding|held|carrying|with) (?:up )?(?:[\w'-]+ )?"
    r"signs|list of demands|(?:sat|sitting) down|(?:stood|standing|walked|marched) in silence)\b",
    # people beaten (a bare "beat" is mostly sport) and things set on fire with the object between
    r"beat(?:en|ing|s)?\s+(?:[\w'-]+\s+){0,3}?(?:him|her|them|to death|senseless|unconscious|suspect\w*|"
    r"thie\w*|robbers?|man|men|woman|women|boys?|girls?|participants|people|\w*workers?|villagers?|residents?|"
    r"herders?|farmers?|traders?|vendors?|journalists?|activists?|owners?|students?|teachers?|drivers?|"
    r"civilians?|youths?|child(?:ren)?|sons?|daughters?|shepherds?|priests?|pastors?|imams?)\b",
    r"beat(?:en|ing|s)?\s+(?:[\w'-]+\s+){0,6}?with (?:clubs|sticks|batons|rods|iron bars|pipes|rifle butts)\b",
    r"beaten (?:and|to death|by)\b",
    r"set (?:on fire|ablaze|alight)\b",
    r"(?:ston|whipp|flogg)(?:ed|ing)\b",
    SET_ON_FIRE.pattern,
    DROVE_OUT.pattern,
    CHARGED_GATHERING.pattern,
    r"occup\w*\s+(?:[\w'-]+\s+){0,3}?(?:premises|buildings?|offices?|towns?|villages?|bases?|camps?|posts?|"
    r"headquarters|compound|council|police stations?)\b",
    r"designat\w*\s+(?:[\w'-]+\s+){0,10}?terroris\w+",
    r"(?:elected|selected|chosen|chose)\s+(?:[\w'-]+\s+){0,6}?new\b",
    # stones thrown: a riot's most common act, told with verbs common elsewhere
    r"(?:threw|thrown|throw\w*|hurl\w*|pelt\w*|lobb\w*)\s+(?:[\w-]+\s+){0,4}?(?:stones?|rocks?|bricks?|"
    r"bottles?|petrol bombs?|molotov\w*)\b",
    r"pelt\w*\s+(?:[\w-]+\s+){0,4}?with\b",
    # "held a march" (a bare "march" is mostly the month) and gatherings that press a demand
    r"(?:a|the|their|its|protest|peaceful|silent|solidarity|street|torchlight|funeral)\s+march(?:es)?\b",
    r"(?:gather|assembl|converg|occup)\w*\b(?=[^.]{0,120}\b(?:demand\w*|protest\w*|oppos\w*|call(?:ing|ed)? for|"
    r"against|chant\w*|placards?|banners?|slogans?|petition\w*|grievances?|candles|portraits|photographs|"
    r"pictures)\b)",
    # people gathering for anything: read by the rules (which decide it is no protest without a demand)
    # rather than left to the learned typer
    r"(?:gathered|assembled|converged)\b",
    r"storm(?:ed|ing)\b",  # the verb, not the weather
    r"(?:halt|suspend|stop|cease)\w*\s+(?:its\s+|their\s+|all\s+)?(?:[\w'-]+\s+){0,2}?(?:operations|attacks|"
    r"offensive|hostilities|launches|raids)\b",
    r"mobile data\b",
    r"social media\b",
    r"bl(?:ew|own|ow|owing|ows) up\b",
    r"cart(?:ed|ing|s)? (?:away|off)\b",
    r"(?:sign|initial|ink|reach|conclud|seal|struck|broker|mediat|under|approv|accept|adopt|endors|ratif)\w*\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:protocol|charter|pledge|understanding|commitment|roadmap|arrangement|settlement|"
    r"reconciliation|text|document)\b",
    r"(?:protocol|understanding|arrangement|settlement)\W{0,2}\s+(?:reached|signed|struck|sealed|agreed|"
    r"brokered|concluded)\b",
    RESTRICTIONS.pattern,
    SECURITY_MEASURES.pattern,
    TAKEN_INTO_BUSH.pattern,
    FOUGHT_BACK_INTO.pattern,
    BASE_MADE.pattern,
    BROKE_IN_AND_TOOK.pattern,
    PREVENTED_FROM.pattern,
    FIGHTING_OPPOSED.pattern,
    FIRE_BETWEEN.pattern,
    BOMBS_RELEASED.pattern,
    SHOT_INTO.pattern,
    ACCEPTED_OFFER.pattern,
    SIDES_ACCEPTED.pattern,
    TERMS_SETTLED.pattern,
    EACH_OTHER.pattern,
    GROUP_RULES.pattern,
    r"(?:had|has|having) an encounter with\b",  # ("have an encounter" is a trigger phrase already)
    RIOT_ACTS.pattern,
    VEHICLE_INTO_PEOPLE.pattern,
    BODIES_FOUND.pattern,
    CHEMICAL_USE.pattern,
    GROUP_CHANGE.pattern,
    HANDED_TO.pattern,
    LEFT_THEN_ENTERED.pattern,
    r"deals?\b",
    r"form(?:ed|s|ing)?\s+(?:a|an|the|its|their)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:group|militia|battalion|brigade|unit|alliance|coalition|front|force|faction|organi[sz]ation|movement|"
    r"army|wing)s?\b",
    r"(?:forced|forcing|bundl\w*)\s+(?:[\w-]+\s+){0,4}into\b",
    INTO_VEHICLE.pattern,
    PROTEST_BLOCKED.pattern,
    FOILED_BLAST.pattern,
    NOW_IN_CONTROL.pattern,
    SHUTDOWN_OBSERVED.pattern,
    PROTEST_PROCESSION.pattern,
    TRUCE_ENDED.pattern,
    RESTORED_CONTROL.pattern,
    DRIVEN_OUT.pattern,
    # ground recovered from an armed group ("recovered the port area of the town from the insurgents")
    rf"recover(?:ed|s|ing)? (?:[\w'-]+ ){{0,8}}?from (?:the )?(?:[\w'-]+ ){{0,3}}?(?:{ARMED_GROUP_NOUNS}|terrorists)\b",
    # ground entered without a fight ("reached the town without resistance", "walked in unopposed")
    r"without (?:a |any )?(?:single |serious |real |armed )?(?:fight|resistance|(?:a )?shots?)\b",
    r"(?:without (?:meeting|encountering)|(?:met|meeting|meet) no) (?:any )?resistance\b",
    r"unopposed\b",
    r"pick(?:ed|s|ing)? up (?:[\w'-]+ ){0,4}?(?:him|her|them|supporters|activists|members|journalists|"
    r"students|leaders|men|women|people|suspects|workers)\b",
    r"agrees? (?:to|on)\b",  # a headline's present tense
    # and its plural subject marching ("Teachers march in Accra"; in lower case: "this March" is a month)
    r"(?-i:[A-Za-z][a-z]*[a-rt-z]s march)\b",
    r"(?:stepped|stepping|steps?|trod|treading|treads?) on (?:an? |the )?(?:[\w-]+ ){0,2}?(?:land)?mines?\b",
    r"(?:took|taken|taking|takes?)\s+(?:[\w'-]+\s+){0,5}?(?:to (?:the |a )?(?:[\w-]+ ){0,2}?(?:station|"
    r"precinct|lock-?up|police post)|for questioning)\b",
    *(re.escape(s) for s in _CANDIDATE_STEMS),
]
# one alternation of several hundred patterns tried at every word boundary is most of the spotter's time; grouped
# by the letter they can start with, each boundary tries only its letter's group (the same matches, a few times
# faster: benchmarks/candidates.py)
CANDIDATE_RE = first_char_dispatch(_CANDIDATE_ALTERNATIVES, re.IGNORECASE)


def _past(verb: str) -> str:
    """A past form of an event verb: irregular ("shoot" -> "shot") or regular (the tagger reads the ending more than
    the spelling: "kidnap" -> "kidnaped")."""
    irregular = sorted(
        (f for f, v in IRREGULAR_FORMS.items() if v == verb and not f.endswith("ing")),
        key=lambda f: (f.endswith("n"), f),  # the simple past before a participle ("took", not "taken")
    )
    if irregular:
        return irregular[0]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return verb + verb[-1] + "ed"  # one syllable, one vowel, one consonant: "lob" -> "lobbed"
    return verb + "ed"


# event verbs a headline tells in the present simple ("Gang kidnaps six", "Jets pound hideouts"), base -> past: the
# first words of the triggers that are verbs (nouns of events, "-tion", "-ment", "-ing" ..., are left out)
_NOUN_ENDINGS = ("tion", "ment", "ing", "ion", "ure", "ance", "ence", "ity", "ship", "ist", "ant")  # fmt: skip
_NOT_VERBS = frozenset(
    "accord airstrike alliance armistice blast bomb charter coalition coup covenant curfew custody deal dharna "
    "embargo explosion firefight gunbattle gunfight memorandum molotov mob offensive pact protocol roadmap "
    "shootout treaty truce understanding vigil vigilante walkout downed rallied necklace withdrawal ceasefire text "
    "protester rioter mutineer striker handover merger".split()
)
_PARTICLES = frozenset("down up off out away into fire".split())  # "gun down", "trade fire"
# the verbs that open the other trigger phrases ("trade gunfire", "restore control", "cross over")
_PHRASE_VERBS = frozenset(
    "bring call change cross gain grab hand join push refuse render restore step switch trade tread place".split()
)
HEADLINE_VERBS: dict[str, str] = {
    w: _past(w)
    for w in sorted(
        {k for k in TRIGGERS if " " not in k}
        | set(IRREGULAR_FORMS.values())
        | {k.split()[0] for k in TRIGGERS if k.count(" ") == 1 and k.split()[1] in _PARTICLES}
        | {k.split()[0] for k in TRIGGERS if " " in k and k.split()[0] in _PHRASE_VERBS}
    )
    if w.isalpha() and w not in _NOT_VERBS and not w.endswith(_NOUN_ENDINGS)
}

# event verbs that need an object: told in a headline's past with a subject and no object, they are passives without
# their auxiliary ("Teacher gunned down outside home", "Two farmers shot dead by herders")
HEADLINE_PASSIVES = frozenset(
    "kill shoot gun abduct kidnap arrest detain rape attack injure wound behead lynch stab hack murder execute "
    "torture massacre assassinate ambush seize capture nab free release rescue target hit strike bomb shell loot "
    "burn torch destroy raze beat maul whip flog assault molest harass erect build construct establish install "
    "intercept defuse foil".split()
)
