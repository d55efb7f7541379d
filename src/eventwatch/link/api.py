"""The truces / airspace / alerts part of the JSON API, as a FastAPI router to mount under ``/api/v1``.

``make_router(store, token=...)`` gives:

* ``GET  /airspace/check/{icao}?date=``      threats and recent incidents affecting an airport
* ``GET  /airspace/route?from=&to=&date=``   threats along the great-circle route
* ``GET  /threats?date=``                     threat areas as a GeoJSON FeatureCollection (for the map)
* ``GET  /airports/status?date=``             airports inside / near threats in force (GeoJSON points)
* ``GET  /truces``                            truces with their alleged and possible violations
* ``POST /subscriptions``                     create a subscription (``Authorization: Bearer <token>``)
* ``GET  /subscriptions/{id}/feed``           the subscription's Atom feed
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from typing import Any

from fastapi import APIRouter, Body, Header, HTTPException, Query, Request, Response

from eventwatch.records import AirspaceThreat, to_dict

_SUBSCRIPTION_BODY = Body(..., examples=[{"kind": "airport", "value": "HLLM", "webhook_url": ""}])


def threats_geojson(threats: Iterable[AirspaceThreat]) -> dict[str, Any]:
    """Threats as a GeoJSON FeatureCollection: the area as geometry, the record (less geometry) as properties."""
    features = []
    for t in threats:
        props = to_dict(t)
        props.pop("geometry", None)
        props.pop("vertices", None)
        features.append({"type": "Feature", "id": t.threat_id, "geometry": t.geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise HTTPException(422, f"date: not a date in YYYY-MM-DD form: {text!r}") from None


def make_router(store: Any, *, token: str | None = None) -> APIRouter:
    """The router over ``store``; ``token`` (the operator's) enables creating subscriptions."""
    from eventwatch.link import airspace
    from eventwatch.link.alerts import atom_feed, validate_subscription
    from eventwatch.link.truces import truces_with_incidents

    router = APIRouter(tags=["airspace and truces"])

    @router.get("/airspace/check/{icao}", summary="Threats and recent incidents affecting an airport")
    def check(icao: str, date: str | None = Query(None, description="YYYY-MM-DD (default today)")) -> Any:
        try:
            return airspace.check_airport(store, icao, _day(date) or dt.date.today())
        except ValueError as exc:
            raise HTTPException(404, str(exc)) from None

    @router.get("/airspace/route", summary="Threats along the great-circle route between two airports")
    def route(
        origin: str = Query(..., alias="from", description="ICAO code of the departure airport"),
        destination: str = Query(..., alias="to", description="ICAO code of the arrival airport"),
        date: str | None = Query(None, description="YYYY-MM-DD (default today)"),
    ) -> Any:
        try:
            return airspace.check_route(store, origin, destination, _day(date) or dt.date.today())
        except ValueError as exc:
            raise HTTPException(404, str(exc)) from None

    @router.get("/threats", summary="Airspace threats as GeoJSON (areas, validity, airports inside)")
    def threats(date: str | None = Query(None, description="only those in force on this day")) -> Any:
        day = _day(date)
        return threats_geojson(t for t in store.threats() if airspace.is_active(t, day))

    @router.get("/airports/status", summary="Airports inside or near threats in force, as GeoJSON points")
    def airports_status(date: str | None = Query(None, description="YYYY-MM-DD (default: any)")) -> Any:
        rows = airspace.airports_status(store, _day(date))
        return {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "id": r["icao"],
                    "properties": r,
                    "geometry": {"type": "Point", "coordinates": [r["longitude"], r["latitude"]]},
                }
                for r in rows
            ],
        }

    @router.get("/truces", summary="Truces with their alleged and possible violations")
    def truces() -> Any:
        return {"truces": truces_with_incidents(store)}

    @router.post("/subscriptions", status_code=201, summary="Subscribe to an area, airport or country")
    def subscribe(
        body: dict[str, Any] = _SUBSCRIPTION_BODY,
        authorization: str | None = Header(None),
    ) -> Any:
        if not token:
            raise HTTPException(403, "subscriptions are disabled: the operator enables them with a token")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not given or not secrets.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'")
        kind = str(body.get("kind", ""))
        webhook = str(body.get("webhook_url") or "")
        if webhook and not webhook.startswith(("http://", "https://")):
            raise HTTPException(422, "webhook_url must be an http(s) URL")
        try:
            value = validate_subscription(kind, body.get("value"))
        except (ValueError, TypeError) as exc:
            raise HTTPException(422, str(exc)) from None
        sub = store.add_subscription(kind, value, webhook)
        return {"id": sub.id, "kind": sub.kind, "value": sub.value, "webhook_url": sub.webhook_url,
                "created_at": sub.created_at, "feed": f"subscriptions/{sub.id}/feed"}  # fmt: skip

    @router.get("/subscriptions/{sub_id}/feed", summary="A subscription's Atom feed", response_class=Response)
    def feed(sub_id: int, request: Request) -> Response:
        sub = next((s for s in store.subscriptions() if s.id == sub_id), None)
        if sub is None:
            raise HTTPException(404, f"no subscription {sub_id}")
        base = str(request.base_url).rstrip("/")
        xml = atom_feed(sub, store.iter_events(), store.threats(), base_url=base)
        return Response(xml, media_type="application/atom+xml; charset=utf-8")

    return router
