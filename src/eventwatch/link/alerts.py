"""Alerts: subscriptions to an area, an airport or a country; an Atom feed per subscription; webhooks.

A subscription (stored by the store: ``add_subscription(kind, value, webhook_url)``) matches

* ``airport`` (value an ICAO code): events at that airport (ICAO or within :data:`AIRPORT_KM`) and threats
  whose area holds it or lies near it;
* ``country`` (value a name or ISO code): events and threats of that country;
* ``area`` (value a GeoJSON geometry or ``[min_lon, min_lat, max_lon, max_lat]``): events inside it and
  threats whose area meets it.

:func:`atom_feed` renders the matching records of a store; :func:`fire` posts newly stored records to each
matching subscription's webhook (JSON, bounded time-outs and retries) and reports each delivery.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from eventwatch.records import AirspaceThreat, Event, to_dict

log = logging.getLogger(__name__)

AIRPORT_KM = 25.0
FEED_LIMIT = 100


@dataclass(slots=True)
class Delivery:
    """One webhook POST: to whom, what, and how it went."""

    subscription_id: int
    url: str
    kind: str  # event | threat
    record_id: str
    ok: bool
    status: int = 0
    error: str = ""


def _country_keys(value: str) -> set[str]:
    """A country name or code as every form records may carry: name, alpha-2, alpha-3 (lower case)."""
    text = str(value).strip()
    keys = {text.casefold()}
    try:
        import pycountry

        c = pycountry.countries.lookup(text)
        keys |= {c.alpha_2.casefold(), c.alpha_3.casefold(), str(c.name).casefold()}
        for attr in ("common_name", "official_name"):
            if getattr(c, attr, None):
                keys.add(str(getattr(c, attr)).casefold())
        from eventwatch.link.truces import country_display_name

        keys.add(country_display_name(c.alpha_2).casefold())
    except (LookupError, ImportError):
        pass
    return keys


def _area_shape(value: Any) -> Any:
    from shapely.geometry import box, shape

    if isinstance(value, list | tuple) and len(value) == 4:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in value)
        return box(min_lon, min_lat, max_lon, max_lat)
    if isinstance(value, dict):
        geom = value.get("geometry", value) if value.get("type") == "Feature" else value
        return shape(geom)
    raise ValueError("an area is a GeoJSON geometry or [min_lon, min_lat, max_lon, max_lat]")


def validate_subscription(kind: str, value: Any) -> Any:
    """The subscription value, checked and normalised (ValueError with a clear message when it is wrong)."""
    if kind == "airport":
        from eventwatch.link.airspace import airports

        code = str(value).strip().upper()
        if code not in airports():
            raise ValueError(f"unknown airport {value!r}: give its 4-letter ICAO code (e.g. HLLM)")
        return code
    if kind == "country":
        text = str(value).strip()
        if not text:
            raise ValueError("a country subscription needs a country name or ISO code")
        return text
    if kind == "area":
        geom = _area_shape(value)
        if geom.is_empty or not geom.is_valid:
            raise ValueError("the area is empty or not a valid geometry")
        return value
    raise ValueError(f"unknown subscription kind {kind!r}; choose area, airport or country")


def event_matches(kind: str, value: Any, event: Event) -> bool:
    """Whether an event falls under a subscription."""
    if kind == "airport":
        from eventwatch.link.airspace import airports, distance_km

        code = str(value).upper()
        if event.icao and event.icao.upper() == code:
            return True
        a = airports().get(code)
        if a is None or event.latitude is None or event.longitude is None:
            return False
        return distance_km(float(a["lat"]), float(a["lon"]), event.latitude, event.longitude) <= AIRPORT_KM
    if kind == "country":
        keys = _country_keys(str(value))
        return bool({event.country.casefold(), event.iso3.casefold()} & keys - {""})
    if kind == "area":
        if event.latitude is None or event.longitude is None:
            return False
        from shapely.geometry import Point

        return bool(_area_shape(value).covers(Point(event.longitude, event.latitude)))
    return False


def threat_matches(kind: str, value: Any, threat: AirspaceThreat) -> bool:
    """Whether an airspace threat falls under a subscription."""
    from eventwatch.link.airspace import airports, distance_to_area_km, shape_of

    if kind == "airport":
        code = str(value).upper()
        if code in threat.airports_inside or code in threat.airports_near:
            return True
        a = airports().get(code)
        if a is None:
            return False
        d = distance_to_area_km(threat, float(a["lat"]), float(a["lon"]))
        return d is not None and d <= AIRPORT_KM
    if kind == "country":
        return threat.country.casefold() in _country_keys(str(value)) if threat.country else False
    if kind == "area":
        geom = shape_of(threat)
        return geom is not None and bool(_area_shape(value).intersects(geom))
    return False


# ------------------------------------------------------------------------------------------- Atom


def _stamp(day: dt.date | None, fallback: str) -> str:
    if day is None:
        return fallback
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).isoformat().replace("+00:00", "Z")


def _event_title(e: Event) -> str:
    who = e.actor1 or "unknown actor"
    where = e.location or e.country or "unknown place"
    return f"{e.sub_event_type or e.event_type} by {who} at {where}" + (f" ({e.icao})" if e.icao else "")


def _threat_title(t: AirspaceThreat) -> str:
    where = ", ".join(t.airports_inside[:4]) or t.country or "an area"
    return f"Airspace {t.kind} by {t.issuer or 'unknown issuer'} over {where}"


def atom_feed(
    subscription: Any,
    events: Iterable[Event],
    threats: Iterable[AirspaceThreat],
    *,
    base_url: str = "",
    limit: int = FEED_LIMIT,
) -> str:
    """An Atom 1.0 document of the events and threats matching ``subscription`` (newest first)."""
    kind, value = subscription.kind, subscription.value
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    entries: list[tuple[str, str]] = []  # (updated, xml)
    for e in events:
        if not event_matches(kind, value, e):
            continue
        updated = _stamp(e.event_date, now)
        summary = e.notes or (e.evidence[0].text if e.evidence else "")
        entries.append((updated, _entry(f"urn:eventwatch:event:{e.event_id}", _event_title(e), updated, summary,
                                        f"{base_url}/api/v1/events/{e.event_id}" if base_url else "", "event")))  # fmt: skip
    for t in threats:
        if not threat_matches(kind, value, t):
            continue
        updated = _stamp(t.valid_from, now)
        summary = (
            f"{t.severity} (applies to {t.applies_to} aircraft; valid from {t.valid_from or 'unknown'}"
            + (f" until {t.valid_until})" if t.valid_until else ", until further notice)")
        )
        entries.append((updated, _entry(f"urn:eventwatch:threat:{t.threat_id}", _threat_title(t), updated, summary,
                                        "", "threat")))  # fmt: skip
    entries.sort(key=lambda x: x[0], reverse=True)
    entries = entries[:limit]
    updated = entries[0][0] if entries else now
    self_link = f"{base_url}/api/v1/subscriptions/{subscription.id}/feed" if base_url else ""
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <id>urn:eventwatch:subscription:{subscription.id}</id>",
        f"  <title>{escape(f'eventwatch alerts: {kind} {_value_text(value)}')}</title>",
        f"  <updated>{updated}</updated>",
        "  <author><name>eventwatch</name></author>",
    ]
    if self_link:
        head.append(f'  <link rel="self" href="{escape(self_link)}"/>')
    return "\n".join(head + [x for _, x in entries] + ["</feed>", ""])


def _value_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))[:200]


def _entry(uid: str, title: str, updated: str, summary: str, link: str, category: str) -> str:
    parts = [
        "  <entry>",
        f"    <id>{escape(uid)}</id>",
        f"    <title>{escape(title)}</title>",
        f"    <updated>{updated}</updated>",
        f'    <category term="{category}"/>',
        f"    <summary>{escape(summary)}</summary>",
    ]
    if link:
        parts.append(f'    <link href="{escape(link)}"/>')
    parts.append("  </entry>")
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------- webhooks


def post_json(
    url: str, payload: dict[str, Any], *, timeout: float = 5.0, retries: int = 2
) -> tuple[int, str]:
    """POST ``payload`` as JSON; (HTTP status, error text). Bounded: ``timeout`` seconds, ``retries`` more tries."""
    if not url.startswith(("http://", "https://")):
        return 0, f"not an http(s) URL: {url!r}"
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    error = ""
    for attempt in range(retries + 1):
        request = urllib.request.Request(
            url, data=body, method="POST",
            headers={"Content-Type": "application/json", "User-Agent": "eventwatch-alerts"},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return int(response.status), ""
        except urllib.error.HTTPError as exc:
            error = f"HTTP {exc.code}"
            if exc.code < 500:
                return int(exc.code), error
        except (urllib.error.URLError, OSError) as exc:
            error = str(getattr(exc, "reason", exc))
        if attempt < retries:
            time.sleep(0.2 * (attempt + 1))
    return 0, error


def fire(
    subscriptions: Sequence[Any],
    events: Iterable[Event],
    threats: Iterable[AirspaceThreat],
    *,
    timeout: float = 5.0,
) -> list[Delivery]:
    """Post each new event and threat to the webhook of every subscription it matches."""
    events, threats = list(events), list(threats)
    out: list[Delivery] = []
    for sub in subscriptions:
        if not sub.webhook_url:
            continue
        items: list[tuple[str, str, dict[str, Any]]] = []
        items += [("event", e.event_id, to_dict(e)) for e in events if event_matches(sub.kind, sub.value, e)]
        items += [
            ("threat", t.threat_id, to_dict(t)) for t in threats if threat_matches(sub.kind, sub.value, t)
        ]
        for kind, record_id, record in items:
            payload = {"subscription": sub.id, "kind": kind, "record": record}
            status, error = post_json(sub.webhook_url, payload, timeout=timeout)
            ok = 200 <= status < 300
            if not ok:
                log.warning(
                    "webhook %s for subscription %s failed: %s", sub.webhook_url, sub.id, error or status
                )
            out.append(Delivery(sub.id, sub.webhook_url, kind, record_id, ok, status, error))
    return out
