"""The typed records of eventwatch: one class per concept, made by the stages, serialised here.

Every value that came from text keeps the :class:`Span` it came from. ``to_dict``/``from_dict`` are the
only serialisers: the store, the exports and the API all go through them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

TimePrecision = Literal[1, 2, 3]  # ACLED: 1 day, 2 week, 3 month
GeoPrecision = Literal[1, 2, 3]  # ACLED: 1 the place itself, 2 near it / part of a region, 3 a region


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a document's text (``text[start:end]``)."""

    start: int
    end: int
    text: str

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Document:
    """One report: its text and what is known about it."""

    id: str
    text: str
    published: dt.date | None = None
    source: str = ""
    url: str = ""
    title: str = ""
    language: str = "en"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class Place:
    """A place resolved against the gazetteer (or left unresolved, with ``resolved`` False)."""

    name: str
    latitude: float | None = None
    longitude: float | None = None
    country_code: str = ""  # ISO 3166-1 alpha-2
    country: str = ""
    iso3: str = ""
    admin1: str = ""
    admin2: str = ""
    feature: str = ""  # country | admin1 | admin2 | city | airport | facility | region | water
    geonames_id: int | None = None
    icao: str = ""
    population: int = 0
    score: float = 0.0
    resolved: bool = False
    geo_precision: GeoPrecision = 1
    span: Span | None = None


@dataclass(slots=True)
class TimeExpression:
    """A temporal expression normalised against the publication date."""

    span: Span
    value: dt.date | None  # the representative day (mid-month for month precision), None if unresolved
    precision: TimePrecision = 1
    end: dt.date | None = None  # last day of a range / period, where one is stated
    kind: str = "date"  # date | since | range | duration | set
    resolved: bool = True
    timex: str = ""  # TimeML-style value, e.g. 2020-01-22, 2019-11, 2020-W04


@dataclass(slots=True)
class Actor:
    """An actor as named in the text, normalised to a canonical (ACLED-style where known) name."""

    name: str
    span: Span | None = None
    kind: str = ""  # state | rebel | militia | identity_militia | rioters | protesters | civilians | external
    inter: int = 0  # ACLED inter code 1..8 (0 unknown)
    country: str = ""  # ISO 3166-1 alpha-2 of the actor's country, where known
    aliases: tuple[str, ...] = ()
    associated: tuple[str, ...] = ()
    generic: bool = False  # an unnamed actor from a pattern ("gunmen", "Russian forces"), not the registry


@dataclass(slots=True)
class Weapon:
    name: str
    count: int | None = None
    category: str = ""  # firearm | artillery | rocket | missile | aircraft | drone | explosive | ...
    span: Span | None = None


@dataclass(slots=True)
class Claim:
    """Who said what, e.g. a spokesman calling a strike a violation of a truce."""

    speaker: str
    span: Span  # the sentence carrying the claim
    speaker_span: Span | None = None
    role: str = ""  # "spokesman for the GNA forces"
    affiliation: str = ""  # canonical actor the speaker speaks for
    verb: str = ""  # said | announced | denounced | accused ...
    content: str = ""


@dataclass(slots=True)
class EventMention:
    """One clause that reports an event; never leaves the pipeline (merged into :class:`Event`)."""

    doc_id: str
    sentence: Span
    trigger: Span
    event_type: str
    sub_event_type: str
    confidence: float = 0.5
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    time: TimeExpression | None = None
    place: Place | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    crowd_size: int | None = None
    # where the counted figures stand: ("fatalities" | "injured" | "crowd", span)
    figures: list[tuple[str, Span]] = field(default_factory=list)
    toll_revised: bool = (
        False  # the toll is told as updated ("rose to 22"): it outranks the others' lower figures
    )
    is_background: bool = False
    anaphoric: bool = False  # "the strike", "the new bombing": refers back to an incident already told
    generic: bool = (
        False  # told with a generic word ("the attack", "were killed"): any violent type may absorb it
    )
    negated: bool = False
    cameo_code: str = ""
    plover_type: str = ""


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    text: str
    doc_id: str = ""
    # mention | actor1 | actor2 | place | date | weapon | fatalities | injured | crowd | target | claim
    role: str = "mention"


@dataclass(slots=True)
class Event:
    """One incident, in ACLED's terms, with every piece of evidence it was read from."""

    event_id: str
    doc_id: str
    event_date: dt.date | None
    time_precision: TimePrecision
    event_type: str
    sub_event_type: str
    actor1: str = ""
    assoc_actor_1: str = ""
    inter1: int = 0
    actor2: str = ""
    assoc_actor_2: str = ""
    inter2: int = 0
    interaction: int = 0
    country: str = ""
    iso3: str = ""
    admin1: str = ""
    admin2: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision = 1
    fatalities: int = 0
    notes: str = ""
    source: str = ""
    fatalities_low: int = 0
    fatalities_high: int = 0
    weapons: list[Weapon] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    is_background: bool = False
    cameo_code: str = ""
    plover_type: str = ""
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    actor1_country: str = ""  # ISO 3166-1 alpha-2 of actor 1's country, where known
    actor2_country: str = ""
    crowd_size: int | None = None  # protests and riots: the reported crowd size
    injured: int | None = None
    icao: str = ""  # the airport the event happened at, where it did
    doc_ids: list[str] = field(default_factory=list)  # every report the incident was read from


@dataclass(slots=True)
class Violation:
    event_id: str
    kind: Literal["alleged", "possible"]
    alleged_by: str = ""
    sentence: str = ""
    doc_id: str = ""


@dataclass(slots=True)
class Truce:
    truce_id: str
    kind: str  # ceasefire | truce | armistice | humanitarian pause
    parties: list[str]
    brokers: list[str] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    country: str = ""
    area: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class AirspaceThreat:
    threat_id: str
    issuer: str
    kind: str  # declared threat | prohibition | advisory | closure
    applies_to: str  # civil | military | all
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None  # None with until_further_notice True: no end stated
    until_further_notice: bool = True
    severity: str = ""  # the source's own words
    level: int = 0  # normalised: 1 do not fly, 2 assessed risk, 3 caution
    geometry: dict[str, Any] | None = None  # GeoJSON geometry (Polygon / Point buffer)
    vertices: list[Place] = field(default_factory=list)
    airports_inside: list[str] = field(default_factory=list)
    airports_near: list[str] = field(default_factory=list)
    country: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    linked_events: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DocumentResult:
    """What the pipeline read from one document."""

    document: Document
    events: list[Event] = field(default_factory=list)
    toponyms: list[Place] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    truces: list[Truce] = field(default_factory=list)
    threats: list[AirspaceThreat] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------- serialising

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_dict(record: Any) -> dict[str, Any]:
    """Any record as plain JSON-ready data (dates as ISO strings)."""
    out = _plain(record)
    assert isinstance(out, dict)
    return out


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def span_from(data: dict[str, Any] | None) -> Span | None:
    return None if not data else Span(int(data["start"]), int(data["end"]), str(data["text"]))


def place_from(data: dict[str, Any]) -> Place:
    d = dict(data)
    d["span"] = span_from(d.get("span"))
    return Place(**d)


def event_from(data: dict[str, Any]) -> Event:
    d = dict(data)
    d["event_date"] = _date(d.get("event_date"))
    d["weapons"] = [Weapon(**{**w, "span": span_from(w.get("span"))}) for w in d.get("weapons", [])]
    d["evidence"] = [Evidence(**e) for e in d.get("evidence", [])]
    return Event(**d)


def truce_from(data: dict[str, Any]) -> Truce:
    d = dict(data)
    d["start"], d["end"] = _date(d.get("start")), _date(d.get("end"))
    d["evidence"] = [Evidence(**e) for e in d.get("evidence", [])]
    d["violations"] = [Violation(**v) for v in d.get("violations", [])]
    return Truce(**d)


def threat_from(data: dict[str, Any]) -> AirspaceThreat:
    d = dict(data)
    d["valid_from"], d["valid_until"] = _date(d.get("valid_from")), _date(d.get("valid_until"))
    d["vertices"] = [place_from(p) for p in d.get("vertices", [])]
    d["evidence"] = [Evidence(**e) for e in d.get("evidence", [])]
    return AirspaceThreat(**d)


def document_from(data: dict[str, Any]) -> Document:
    return Document(
        id=str(data["id"]),
        text=str(data["text"]),
        published=_date(data.get("published")),
        source=str(data.get("source") or ""),
        url=str(data.get("url") or ""),
        title=str(data.get("title") or ""),
        language=str(data.get("language") or "en"),
    )


def event_flat(event: Event) -> dict[str, Any]:
    """The event as one flat row: ACLED field names first, then ours (the JSONL/JSON output form)."""
    return to_dict(event)


def acled_row(event: Event) -> dict[str, Any]:
    """The event as a row with exactly ACLED's columns (what analysts load)."""
    from eventwatch.extract.taxonomy import disorder_type  # taxonomy lives with extraction

    date = event.event_date
    return {
        "event_id_cnty": event.event_id,
        "event_date": date.isoformat() if date else "",
        "year": date.year if date else "",
        "time_precision": event.time_precision,
        "disorder_type": disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "assoc_actor_1": event.assoc_actor_1,
        "inter1": event.inter1 or "",
        "actor2": event.actor2,
        "assoc_actor_2": event.assoc_actor_2,
        "inter2": event.inter2 or "",
        "interaction": event.interaction or "",
        "civilian_targeting": "Civilian targeting" if event.inter2 == 7 or event.inter1 == 7 else "",
        "iso": _iso_numeric(event.iso3),
        "region": "",
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "admin3": "",
        "location": event.location,
        "latitude": "" if event.latitude is None else round(event.latitude, 4),
        "longitude": "" if event.longitude is None else round(event.longitude, 4),
        "geo_precision": event.geo_precision,
        "source": event.source,
        "source_scale": "",
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": "; ".join(
            t
            for t in (
                "background" if event.is_background else "",
                f"crowd size={event.crowd_size}" if event.crowd_size else "",
            )
            if t
        ),
        "timestamp": "",
    }


def _iso_numeric(iso3: str) -> str:
    if not iso3:
        return ""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return str(int(country.numeric)) if country is not None else ""
