"""ACLED's event types and sub-event types, and their CAMEO and PLOVER counterparts.

The ACLED taxonomy (6 event types, 25 sub-event types) is taken from the public ACLED codebook; CAMEO codes from
the CAMEO manual; PLOVER types from the PLOVER manual. The mapping between them is ours: exact where the
schemes agree, our coding where they do not (noted beside the entry).
"""

from __future__ import annotations

BATTLES = "Battles"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# sub_event_type -> (event_type, CAMEO code, PLOVER type)
SUB_EVENT_TYPES: dict[str, tuple[str, str, str]] = {
    "Armed clash": (BATTLES, "190", "FIGHT"),
    "Government regains territory": (BATTLES, "192", "FIGHT"),  # CAMEO 192 occupy territory
    "Non-state actor overtakes territory": (BATTLES, "192", "FIGHT"),
    "Chemical weapon": (ERV, "2041", "ASSAULT"),  # CAMEO 2041 use chemical weapons
    "Air/drone strike": (ERV, "195", "FIGHT"),  # CAMEO 195 employ aerial weapons
    "Suicide bomb": (ERV, "1831", "ASSAULT"),
    "Shelling/artillery/missile attack": (ERV, "194", "FIGHT"),  # CAMEO 194 fight with artillery and tanks
    "Remote explosive/landmine/IED": (ERV, "183", "ASSAULT"),
    "Grenade": (ERV, "183", "ASSAULT"),
    "Sexual violence": (VAC, "1822", "ASSAULT"),
    "Attack": (VAC, "180", "ASSAULT"),
    "Abduction/forced disappearance": (VAC, "181", "ASSAULT"),
    "Peaceful protest": (PROTESTS, "141", "PROTEST"),
    "Protest with intervention": (PROTESTS, "175", "COERCE"),  # CAMEO 175 use tactics of violent repression
    "Excessive force against protesters": (PROTESTS, "175", "COERCE"),
    "Violent demonstration": (RIOTS, "145", "PROTEST"),  # CAMEO 145 protest violently, riot
    "Mob violence": (RIOTS, "145", "ASSAULT"),
    "Agreement": (STRATEGIC, "057", "AGREE"),  # CAMEO 057 sign formal agreement (0871 for a ceasefire)
    "Arrests": (STRATEGIC, "173", "COERCE"),  # CAMEO 173 arrest, detain
    "Change to group/activity": (STRATEGIC, "154", "MOBILIZE"),
    "Disrupted weapons use": (STRATEGIC, "171", "COERCE"),  # CAMEO 171 seize or damage property
    "Headquarters or base established": (STRATEGIC, "154", "MOBILIZE"),
    "Looting/property destruction": (STRATEGIC, "171", "ASSAULT"),
    "Non-violent transfer of territory": (STRATEGIC, "0874", "RETREAT"),  # CAMEO 0874 retreat militarily
    "Other": (STRATEGIC, "138", "THREATEN"),  # our default for declared threats (no-fly zones, embargoes)
}

EVENT_TYPES: tuple[str, ...] = (BATTLES, ERV, VAC, PROTESTS, RIOTS, STRATEGIC)

# ACLED's disorder types group event types
_DISORDER = {
    BATTLES: "Political violence",
    ERV: "Political violence",
    VAC: "Political violence",
    PROTESTS: "Demonstrations",
    RIOTS: "Political violence; Demonstrations",
    STRATEGIC: "Strategic developments",
}


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type][0]


def disorder_type(event_type: str, sub_event_type: str = "") -> str:
    if event_type == RIOTS and sub_event_type == "Mob violence":
        return "Political violence"
    if event_type == RIOTS:
        return "Demonstrations"
    return _DISORDER.get(event_type, "")


def cameo_code(sub_event_type: str, *, ceasefire: bool = False, ied_kind: str = "") -> str:
    """The CAMEO event code for a sub-event type, refined by what the clause says."""
    if sub_event_type == "Agreement" and ceasefire:
        return "0871"  # declare truce, ceasefire
    if sub_event_type == "Remote explosive/landmine/IED" and ied_kind == "car":
        return "1832"
    if sub_event_type == "Remote explosive/landmine/IED" and ied_kind == "roadside":
        return "1833"
    return SUB_EVENT_TYPES[sub_event_type][1] if sub_event_type in SUB_EVENT_TYPES else ""


def plover_type(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type][2] if sub_event_type in SUB_EVENT_TYPES else ""


# ACLED interaction codes: 10*min + max of the two inter codes (single actor: 10*inter)
def interaction(inter1: int, inter2: int) -> int:
    if not inter1 and not inter2:
        return 0
    if not inter2:
        return inter1 * 10
    if not inter1:
        return inter2 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


VIOLENT_TYPES = frozenset({BATTLES, ERV, VAC})
# the sub-event types of ground changing hands by force
TERRITORY_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
