"""Geodesy for places told relative to others: offsets ("100 km southwest of Tripoli"), bearings,
distances and geodesic circles (WGS84, via geographiclib)."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

_BEARINGS = {
    "n": 0.0, "nne": 22.5, "ne": 45.0, "ene": 67.5, "e": 90.0, "ese": 112.5, "se": 135.0, "sse": 157.5,
    "s": 180.0, "ssw": 202.5, "sw": 225.0, "wsw": 247.5, "w": 270.0, "wnw": 292.5, "nw": 315.0, "nnw": 337.5,
}  # fmt: skip
_WORDS = {"north": "n", "south": "s", "east": "e", "west": "w"}


@functools.lru_cache(maxsize=1)
def _geod() -> Any:
    from geographiclib.geodesic import Geodesic

    return Geodesic.WGS84


def bearing(word: str) -> float | None:
    """Degrees clockwise from north for a compass word: "southwest", "south-west", "SW", "north",
    "north-northeast", "southwestern"; None when the word is not a direction."""
    w = word.strip().lower().replace("-", "").replace(" ", "").replace(".", "")
    w = re.sub(r"(?:ern|erly|ward|wards)$", "", w)
    if w in _BEARINGS:
        return _BEARINGS[w]
    letters = ""
    rest = w
    while rest:
        for full, short in _WORDS.items():
            if rest.startswith(full):
                letters += short
                rest = rest[len(full) :]
                break
        else:
            return None
    return _BEARINGS.get(letters)


def offset(lat: float, lon: float, distance_km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``distance_km`` from (lat, lon) along ``bearing_deg`` (geodesic, WGS84)."""
    r = _geod().Direct(lat, lon, bearing_deg, distance_km * 1000.0)
    return float(r["lat2"]), float(r["lon2"])


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in km (WGS84)."""
    return float(_geod().Inverse(lat1, lon1, lat2, lon2)["s12"]) / 1000.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere (fast; for ranking, not for reporting)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def buffer(lat: float, lon: float, radius_km: float, segments: int = 64) -> Any:
    """A geodesic circle of ``radius_km`` around (lat, lon) as a shapely Polygon (x = lon, y = lat)."""
    from shapely.geometry import Polygon

    ring = [offset(lat, lon, radius_km, 360.0 * k / segments) for k in range(segments)]
    return Polygon([(lo, la) for la, lo in ring])


@dataclass(frozen=True, slots=True)
class OffsetExpression:
    """ "100 km southwest of Tripoli": distance, bearing, the span of the whole expression and of the
    reference place's name (offsets into the parsed text)."""

    distance_km: float | None
    bearing_deg: float
    start: int
    end: int
    ref_start: int
    ref_end: int
    ref_text: str


_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
            "mi": 1.609344, "miles": 1.609344, "mile": 1.609344, "m": 0.001, "metres": 0.001, "meters": 0.001,
            "nautical miles": 1.852, "nm": 1.852}  # fmt: skip
_DIR = (
    r"(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:[- ]?(?:north|south|east|west))?(?:ern)?"
    r"|[NSEW]{1,3}\b"
)
_OFFSET = re.compile(
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more than|less than|at least)\s+)?"
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:-\s*)?(?P<unit>nautical miles|kilometres|kilometers|kilometre|kilometer|kms|km|"
    r"miles|mile|mi|metres|meters|m|nm)\.?\s+(?:\(\s*\d+(?:\.\d+)?\s*(?:miles|mi|km)\s*\)\s+)?"
    r"(?:to the\s+)?(?P<dir>" + _DIR + r")\s+(?:of|from)\s+(?:the\s+(?:city|town|village|capital)\s+of\s+)?"
    r"(?P<ref>(?:(?:al|el|Al|El|de|of|the)[- ]|[A-Z][\w'’.-]*\s?){1,5})",
    re.IGNORECASE,
)
_DIR_ONLY = re.compile(
    r"\b(?P<dir>" + _DIR + r")\s+of\s+(?:the\s+(?:city|town|village|capital)\s+of\s+)?"
    r"(?P<ref>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})"
)


def parse_offsets(text: str) -> list[OffsetExpression]:
    """Every "N km/miles <direction> of <Place>" (and "<direction> of <Place>", distance None) in text."""
    out: list[OffsetExpression] = []
    for m in _OFFSET.finditer(text):
        b = bearing(m.group("dir"))
        ref = m.group("ref").rstrip(" .,;:)")
        if b is None or not ref[:1].isupper():
            continue
        unit = m.group("unit").lower()
        dist = float(m.group("num").replace(",", ".")) * _UNIT_KM.get(unit, 1.0)
        rs = m.start("ref")
        out.append(OffsetExpression(dist, b, m.start(), rs + len(ref), rs, rs + len(ref), ref))
    taken = [(o.start, o.end) for o in out]
    for m in _DIR_ONLY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        b = bearing(m.group("dir"))
        if b is None:
            continue
        ref = m.group("ref").rstrip(" .,;:)")
        rs = m.start("ref")
        out.append(OffsetExpression(None, b, m.start(), rs + len(ref), rs, rs + len(ref), ref))
    out.sort(key=lambda o: o.start)
    return out
