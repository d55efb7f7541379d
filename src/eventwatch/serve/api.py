"""The JSON API (``/api/v1``) and the dashboard (``/``), one FastAPI app over a :class:`Store`.

Read-only unless the operator sets a token; report text leaves as JSON data only (the dashboard inserts it
as text, never as HTML, under a strict Content-Security-Policy); no CORS unless configured; page sizes and
request bodies are bounded. See docs/api.md for the reference and the stability promise.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, Response, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwatch import __version__
from eventwatch.link.api import make_router, threats_geojson
from eventwatch.records import ACLED_COLUMNS, Document, Event, acled_row, to_dict
from eventwatch.serve.columns import EventColumns
from eventwatch.store.base import FACET_FIELDS, EventQuery, GridCell, QueryError, Store

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
MAX_PAGE = 1000
DEFAULT_PAGE = 100
MAX_BODY_BYTES = 2_000_000
MAX_TEXT = 200  # characters of a filter value
STATIC_DIR = Path(__file__).parent / "static"
TEMPLATE_DIR = Path(__file__).parent / "templates"
LIST_FORMATS = ("json", "csv", "geojson", "jsonl")

STABILITY = (
    "Within /api/v1, fields, parameters and endpoints are only ever added, never renamed, removed or given "
    "another meaning; anything that would break a client moves to /api/v2, and /api/v1 then keeps working "
    "for at least 12 months. Fields whose names start with '_' and the HTML dashboard are not covered."
)


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --------------------------------------------------------------------------------------------- utilities


class BodyLimit:
    """ASGI middleware: refuse request bodies larger than ``limit`` bytes with 413."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await _plain_error(send, 413, f"request body over {self.limit} bytes")
                return
        if any(name == b"content-length" for name, _ in scope.get("headers", [])) or scope["method"] in (
            "GET",
            "HEAD",
            "OPTIONS",
        ):
            await self.app(scope, receive, send)
            return
        # no declared length (chunked): read up to the limit first, then hand the body on in one piece
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                await _plain_error(send, 413, f"request body over {self.limit} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SecurityHeaders:
    """ASGI middleware: set these headers on every HTTP response (plain ASGI: no per-request task or stream)."""

    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.names = {k.lower().encode("latin-1") for k in headers}
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in self.names]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class LeanEventPage:
    """ASGI middleware: answer the hot ``GET /api/v1/events`` (one JSON page) and ``/events/grid`` requests
    without the framework.

    ``answers[path](query_string)`` returns the finished body, or None for anything unusual (an unknown or
    repeated parameter, a value the FastAPI endpoint would refuse, a filter the in-memory columns cannot
    serve): then the request goes on to the FastAPI endpoint, which stays the documented contract and
    gives every error message. The headers are the endpoint's plus the security headers, built once.
    """

    def __init__(
        self,
        app: ASGIApp,
        answers: dict[str, Callable[[bytes], bytes | None]],
        headers: dict[str, str],
        cors: bool,
    ) -> None:
        self.app = app
        self.answers = answers
        self.cors = cors
        self.headers = [(b"content-type", b"application/json")] + [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        answer = self.answers.get(scope["path"]) if scope["type"] == "http" else None
        if (
            answer is not None
            and scope["method"] == "GET"
            and not scope.get("root_path")
            and not (self.cors and any(name == b"origin" for name, _ in scope["headers"]))
        ):
            try:
                body = answer(scope.get("query_string", b""))
            except Exception:  # the FastAPI endpoint answers (and reports) it
                body = None
            if body is not None:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [(b"content-length", str(len(body)).encode()), *self.headers],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


async def _plain_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message, "status": status}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def _geojson(data: Any) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return Response(body, media_type="application/geo+json")


@functools.lru_cache(maxsize=1)
def _airports() -> dict[str, dict[str, Any]]:
    import airportsdata

    table = airportsdata.load("ICAO")
    return {k: dict(v) for k, v in table.items()}


def airport_position(icao: str) -> tuple[float, float] | None:
    """Latitude and longitude of an airport by ICAO code (the gazetteer's where built, else airportsdata)."""
    code = icao.strip().upper()
    row = _airports().get(code)
    if row is None:
        return None
    return float(row["lat"]), float(row["lon"])


@functools.lru_cache(maxsize=1)
def country_outlines() -> bytes:
    """Country outlines as one GeoJSON FeatureCollection, from the data the ``countryinfo`` package ships.

    Coordinates are rounded to 0.01 degree (about 1 km); the result is cached in the user cache directory.
    """
    import platformdirs

    cache = Path(platformdirs.user_cache_dir("eventwatch")) / "outlines-v1.geojson"
    if cache.exists():
        return cache.read_bytes()
    features: list[dict[str, Any]] = []
    try:
        import countryinfo

        data_dir = Path(countryinfo.__file__).parent / "data"
        files = sorted(data_dir.glob("*.json"))
    except ImportError:
        files = []
    for path in files:
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        geo = info.get("geoJSON") or {}
        for feat in geo.get("features", []):
            geometry = feat.get("geometry") or {}
            if geometry.get("type") not in ("Polygon", "MultiPolygon"):
                continue
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "name": info.get("name", ""),
                        "iso3": (info.get("ISO") or {}).get("alpha3", ""),
                    },
                    "geometry": {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])},
                }
            )
    body = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")).encode()
    if features:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_bytes(body)
            tmp.replace(cache)
        except OSError:
            pass
    return body


def _round(coords: Any) -> Any:
    if coords and isinstance(coords[0], int | float):
        return [round(float(coords[0]), 2), round(float(coords[1]), 2)]
    out = [_round(c) for c in coords]
    if out and isinstance(out[0], list) and out[0] and isinstance(out[0][0], float):  # a ring: drop repeats
        ring = [out[0]]
        for point in out[1:]:
            if point != ring[-1]:
                ring.append(point)
        return ring
    return out


class _Cache:
    """A small LRU cache of aggregate answers, keyed by the query and the store's newest document."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.lock = threading.Lock()

    def peek(self, key: Any) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = make()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def _numpy_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("numpy") is not None


def _query_key(q: EventQuery) -> tuple[Any, ...]:
    return (q.date_from, q.date_to, q.country, q.admin1, q.event_type, q.sub_event_type, q.actor,
            q.min_fatalities, q.bbox, q.near, q.q, q.include_background, q.doc_id)  # fmt: skip


# --------------------------------------------------------------------------------------------- rendering


def event_json(event: Event) -> dict[str, Any]:
    return to_dict(event)


def _csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _feature(event: Event) -> dict[str, Any]:
    geometry = (
        None
        if event.latitude is None or event.longitude is None
        else {"type": "Point", "coordinates": [round(event.longitude, 6), round(event.latitude, 6)]}
    )
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": to_dict(event)}


def render_events(events: Iterable[Event], fmt: str, headers: dict[str, str]) -> Response:
    """A list of events as CSV (ACLED columns), GeoJSON or JSONL, streamed."""
    if fmt == "csv":
        body: Iterator[str] = _csv_text((acled_row(e) for e in events), list(ACLED_COLUMNS))
        media = "text/csv; charset=utf-8"
        headers = {**headers, "Content-Disposition": 'attachment; filename="events.csv"'}
    elif fmt == "jsonl":
        body = (json.dumps(to_dict(e), ensure_ascii=False) + "\n" for e in events)
        media = "application/x-ndjson"
    elif fmt == "geojson":
        body = _geojson_chunks(events)
        media = "application/geo+json"
    else:
        raise ApiError(400, f"unknown format {fmt!r}; choose one of {', '.join(LIST_FORMATS)}")
    return StreamingResponse(body, media_type=media, headers=headers)


def _geojson_chunks(events: Iterable[Event]) -> Iterator[str]:
    yield '{"type":"FeatureCollection","features":['
    first = True
    for e in events:
        yield ("" if first else ",") + json.dumps(_feature(e), ensure_ascii=False)
        first = False
    yield "]}\n"


def render_rows(rows: list[dict[str, Any]], fmt: str, key: str, next_cursor: str | None) -> Response:
    """A list of non-event records (documents, truces, threats) in the requested format."""
    if fmt == "json":
        return _json({key: rows, "next": next_cursor})
    headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
    if fmt == "jsonl":
        return Response("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        media_type="application/x-ndjson", headers=headers)  # fmt: skip
    if fmt == "csv":
        columns: list[str] = []
        for r in rows:
            columns += [c for c in r if c not in columns]
        return Response(
            "".join(_csv_text(rows, columns)), media_type="text/csv; charset=utf-8", headers=headers
        )
    if fmt == "geojson":
        features = [
            {"type": "Feature", "id": r.get("threat_id") or r.get("truce_id") or r.get("id"),
             "geometry": r.get("geometry"), "properties": {k: v for k, v in r.items() if k != "geometry"}}
            for r in rows
        ]  # fmt: skip
        return _json({"type": "FeatureCollection", "features": features}, headers=headers)
    raise ApiError(400, f"unknown format {fmt!r}; choose one of {', '.join(LIST_FORMATS)}")


def _doc_json(doc: Document, with_text: bool = True) -> dict[str, Any]:
    out = to_dict(doc)
    out["content_hash"] = doc.content_hash
    if not with_text:
        out.pop("text", None)
        out["length"] = len(doc.text)
    return out


# --------------------------------------------------------------------------------------------- parameters


def _floats(text: str, n: int, name: str) -> list[float]:
    parts = text.split(",")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise ApiError(400, f"{name} must be {n} comma-separated numbers, not {text!r}") from None
    if len(values) != n or any(v != v or v in (float("inf"), float("-inf")) for v in values):
        raise ApiError(400, f"{name} must be {n} comma-separated finite numbers, not {text!r}")
    return values


Text = Annotated[str | None, Query(max_length=MAX_TEXT)]


def event_query(
    date_from: Annotated[dt.date | None, Query(description="first day (YYYY-MM-DD), inclusive")] = None,
    date_to: Annotated[dt.date | None, Query(description="last day (YYYY-MM-DD), inclusive")] = None,
    country: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="country name or ISO3 code")
    ] = None,
    admin1: Annotated[str | None, Query(max_length=MAX_TEXT, description="first-level region")] = None,
    event_type: Annotated[str | None, Query(max_length=MAX_TEXT, description="ACLED event type")] = None,
    sub_event_type: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="ACLED sub-event type")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="part of an actor's name (case-insensitive)")
    ] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=1_000_000_000)] = None,
    bbox: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="min_lon,min_lat,max_lon,max_lat")
    ] = None,
    near: Annotated[str | None, Query(max_length=MAX_TEXT, description="lat,lon (with radius_km)")] = None,
    airport: Annotated[
        str | None, Query(max_length=8, description="ICAO code of an airport (with radius_km)")
    ] = None,
    radius_km: Annotated[float, Query(gt=0, le=20_000, allow_inf_nan=False)] = 25.0,
    q: Annotated[str | None, Query(max_length=MAX_TEXT, description="words in the notes or evidence")] = None,
    background: Annotated[bool, Query(description="include events told as background")] = True,
    doc_id: Annotated[
        str | None, Query(max_length=MAX_TEXT, description="events read from this document")
    ] = None,
    sort: Annotated[
        str, Query(alias="_sort", max_length=40, description="field to sort by; '-' first for descending")
    ] = "-event_date",
    size: Annotated[int, Query(alias="_size", ge=1, le=MAX_PAGE, description="page size")] = DEFAULT_PAGE,
    next_cursor: Annotated[
        str | None,
        Query(alias="_next", max_length=1000, description="the 'next' cursor of the previous page"),
    ] = None,
) -> EventQuery:
    query = EventQuery(
        date_from=date_from, date_to=date_to, country=country or None, admin1=admin1 or None,
        event_type=event_type or None, sub_event_type=sub_event_type or None, actor=actor or None,
        min_fatalities=min_fatalities, q=q or None, include_background=background, doc_id=doc_id or None,
        sort=sort, limit=size, cursor=next_cursor or None,
    )  # fmt: skip
    if date_from and date_to and date_from > date_to:
        raise ApiError(400, "date_from is after date_to")
    if bbox:
        min_lon, min_lat, max_lon, max_lat = _floats(bbox, 4, "bbox")
        if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
            raise ApiError(400, "bbox must be min_lon,min_lat,max_lon,max_lat within -180..180 and -90..90")
        query.bbox = (min_lon, min_lat, max_lon, max_lat)
    if near and airport:
        raise ApiError(400, "give near or airport, not both")
    if near:
        lat, lon = _floats(near, 2, "near")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ApiError(400, "near must be lat,lon within -90..90 and -180..180")
        query.near = (lat, lon, radius_km)
    if airport:
        pos = airport_position(airport)
        if pos is None:
            raise ApiError(404, f"no airport with ICAO code {airport!r}")
        query.near = (pos[0], pos[1], radius_km)
    return query


_LEAN_TEXT = ("country", "admin1", "event_type", "sub_event_type", "actor")
_LEAN_FILTERS = (*_LEAN_TEXT, "date_from", "date_to", "min_fatalities")
_LEAN_KEYS = frozenset((*_LEAN_FILTERS, "_sort", "_size", "_next", "format"))
_LEAN_GRID_KEYS = frozenset((*_LEAN_FILTERS, "cell"))


def _lean_date(value: str) -> dt.date | None:
    """A plain ``YYYY-MM-DD`` (what the endpoint reads the same way); None for anything else."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-" or not value.isascii():
        return None
    if not (value[:4].isdigit() and value[5:7].isdigit() and value[8:].isdigit()):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _lean_int(value: str, low: int, high: int) -> int | None:
    if not (value.isascii() and value.isdigit()) or len(value) > 10:
        return None
    number = int(value)
    return number if low <= number <= high else None


def lean_event_query(
    query_string: bytes, keys: frozenset[str] = _LEAN_KEYS
) -> tuple[EventQuery, dict[str, str]] | None:
    """The filters of ``GET /api/v1/events`` read as :func:`event_query` reads them, for the lean path.

    Returns the query and the parameters, or None whenever the FastAPI endpoint must answer: a parameter
    outside the common ones (``_count``, ``_facet``, ``near``, ``q``, ...), one given twice, a value the
    endpoint would refuse or read differently (so its error messages stay the only ones), a format other
    than json. ``keys``: the parameters taken (the grid's: the filters and ``cell``).
    """
    from urllib.parse import parse_qsl

    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)  # as Starlette parses it
    params = dict(pairs)
    if len(params) != len(pairs) or not params.keys() <= keys:
        return None
    text: dict[str, str | None] = {}
    for name in _LEAN_TEXT:
        value = params.get(name)
        if value is not None and len(value) > MAX_TEXT:
            return None
        text[name] = value or None
    days: list[dt.date | None] = []
    for name in ("date_from", "date_to"):
        value = params.get(name)
        day = None if value is None else _lean_date(value)
        if value is not None and day is None:
            return None
        days.append(day)
    date_from, date_to = days
    if date_from and date_to and date_from > date_to:
        return None
    min_fatalities = None
    if "min_fatalities" in params:
        min_fatalities = _lean_int(params["min_fatalities"], 0, 1_000_000_000)
        if min_fatalities is None:
            return None
    size = DEFAULT_PAGE
    if "_size" in params:
        got = _lean_int(params["_size"], 1, MAX_PAGE)
        if got is None:
            return None
        size = got
    sort = params.get("_sort", "-event_date")
    cursor = params.get("_next")
    if (
        len(sort) > 40
        or (cursor is not None and len(cursor) > 1000)
        or params.get("format", "json") != "json"
    ):
        return None
    query = EventQuery(
        date_from=date_from, date_to=date_to, country=text["country"], admin1=text["admin1"],
        event_type=text["event_type"], sub_event_type=text["sub_event_type"], actor=text["actor"],
        min_fatalities=min_fatalities, sort=sort, limit=size, cursor=cursor or None,
    )  # fmt: skip
    return query, params


def lean_cell(value: str | None) -> float | None:
    """``cell`` as the grid endpoint reads it (default 1.0), if plainly written and in 0.01..45; else None."""
    if value is None:
        return 1.0
    whole, dot, part = value.partition(".")
    if not (0 < len(whole) <= 2 and whole.isdigit() and whole.isascii()):
        return None
    if dot and not (0 < len(part) <= 12 and part.isdigit() and part.isascii()):
        return None
    cell = float(value)
    return cell if 0.01 <= cell <= 45 else None


def _grid_body(cell: float, cells: list[GridCell]) -> bytes:
    data = {
        "cell": cell,
        "cells": [
            {"lat": c.lat, "lon": c.lon, "count": c.count, "fatalities": c.fatalities, "by_type": c.by_type}
            for c in cells
        ],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def _page_body(head: dict[str, Any], records: list[str]) -> str:
    """A page's JSON: ``head``'s fields, then the events spliced in as stored (no decoding and encoding)."""
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    return text[:-1] + ',"events":[' + ",".join(records) + "]}"


def _next_url(path: str, params: dict[str, str], next_cursor: str | None) -> str | None:
    if not next_cursor:
        return None
    from urllib.parse import urlencode

    return f"{path}?{urlencode({**params, '_next': next_cursor})}"


QueryDep = Annotated[EventQuery, Depends(event_query)]
ThreatDay = Annotated[dt.date | None, Query(description="only threats in force on this day (YYYY-MM-DD)")]
Format = Annotated[
    str, Query(alias="format", pattern="^(json|csv|geojson|jsonl)$", description="json, csv, ...")
]


# --------------------------------------------------------------------------------------------- the app


def create_app(
    store: Store,
    *,
    token: str | None = None,
    cors_origins: Iterable[str] = (),
    tile_url: str | None = None,
    max_body: int = MAX_BODY_BYTES,
    lean: bool = True,
) -> FastAPI:
    """The web app over ``store``. ``token`` enables writing (POST /api/v1/documents) for callers sending it.

    ``lean`` (default on) answers plain JSON pages of ``/api/v1/events`` in a middleware (:class:`LeanEventPage`)
    before the framework; the answers are the same, byte for byte, as the endpoint's.
    """
    events_path = f"{API_PREFIX}/events"
    app = FastAPI(
        title="eventwatch",
        version=__version__,
        description="Conflict events read from news reports, in ACLED's terms. " + STABILITY,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    origins = [o for o in cors_origins if o]
    if origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET"], allow_headers=["*"])
    app.add_middleware(BodyLimit, limit=max_body)
    cache = _Cache()
    columns: EventColumns | None = None
    if hasattr(store, "conn") and _numpy_available():
        columns = EventColumns(store)
        columns.warm()
    img_src = "'self' data:"
    if tile_url:
        from urllib.parse import urlsplit

        parts = urlsplit(tile_url.replace("{", "").replace("}", ""))
        img_src += f" {parts.scheme}://{parts.netloc}"
    csp = (
        f"default-src 'self'; script-src 'self'; style-src 'self'; img-src {img_src}; connect-src 'self'; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )

    security = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                "Content-Security-Policy": csp}  # fmt: skip
    app.add_middleware(SecurityHeaders, headers=security)

    def grid_body(query: EventQuery, cell: float, from_store: bool) -> bytes | None:
        """The grid answer's JSON, cached per filters, cell size and data version (None: not from_store
        and the columns cannot answer now)."""
        v = version()
        key = ("grid", (_query_key(query), cell), v)
        if not from_store:
            found = cache.peek(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
            cells = columns.grid(query, cell, v) if columns is not None else None
            if cells is None:
                return None
            return cache.get(key, lambda: _grid_body(cell, cells))  # type: ignore[no-any-return]

        def make() -> bytes:
            fast = columns.grid(query, cell, v) if columns is not None else None
            return _grid_body(cell, fast if fast is not None else store.grid(query, cell))

        return cache.get(key, make)  # type: ignore[no-any-return]

    if lean and columns is not None:
        lean_columns = columns

        def lean_page(query_string: bytes) -> bytes | None:
            """The body ``list_events`` gives for a plain JSON page, or None: the endpoint answers."""
            parsed = lean_event_query(query_string)
            if parsed is None:
                return None
            query, params = parsed
            found = lean_columns.page(query, version())
            if found is None:
                return None
            records, next_cursor = found
            head = {"next": next_cursor, "next_url": _next_url(events_path, params, next_cursor)}
            return _page_body(head, records).encode()

        def lean_grid(query_string: bytes) -> bytes | None:
            """The body ``event_grid`` gives for plain filters and cell size, or None: the endpoint answers."""
            parsed = lean_event_query(query_string, _LEAN_GRID_KEYS)
            if parsed is None:
                return None
            query, params = parsed
            cell = lean_cell(params.get("cell"))
            return None if cell is None else grid_body(query, cell, from_store=False)

        # outermost: the hot page skips routing, dependency injection and the thread pool; it sets the
        # same headers as the middlewares it skips (CORS requests with an Origin go the long way)
        app.add_middleware(
            LeanEventPage,
            answers={events_path: lean_page, f"{events_path}/grid": lean_grid},
            headers=security,
            cors=bool(origins),
        )

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _json({"error": exc.message, "status": exc.status}, exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _json(
            {"error": str(exc.detail), "status": exc.status_code}, exc.status_code, dict(exc.headers or {})
        )

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError) -> Response:
        return _json({"error": str(exc), "status": 400}, 400)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p not in ('query', 'body'))}: {e.get('msg', '')}"
            for e in exc.errors()
        ]
        return _json({"error": "; ".join(problems) or "invalid request", "status": 422}, 422)

    def version() -> Any:
        return store.data_version()

    def cached(kind: str, key: Any, make: Callable[[], Any]) -> Any:
        return cache.get((kind, key, version()), make)

    # ---- JSON API ------------------------------------------------------------------------------------------

    @app.get(f"{API_PREFIX}", tags=["meta"], summary="What this API offers")
    def index() -> Response:
        return _json(
            {
                "name": "eventwatch",
                "version": __version__,
                "api": "v1",
                "stability": STABILITY,
                "counts": store.counts(),
                "writable": bool(token),
                "endpoints": {
                    "events": f"{API_PREFIX}/events",
                    "facets": f"{API_PREFIX}/events/facets",
                    "timeline": f"{API_PREFIX}/events/timeline",
                    "grid": f"{API_PREFIX}/events/grid",
                    "event": f"{API_PREFIX}/events/{{event_id}}",
                    "documents": f"{API_PREFIX}/documents",
                    "truces": f"{API_PREFIX}/truces",
                    "threats": f"{API_PREFIX}/threats",
                    "threats_geojson": f"{API_PREFIX}/threats.geojson",
                    "airports_status": f"{API_PREFIX}/airports/status",
                    "airspace_check": f"{API_PREFIX}/airspace/check/{{icao}}",
                    "airspace_route": f"{API_PREFIX}/airspace/route",
                    "subscriptions": f"{API_PREFIX}/subscriptions",
                    "openapi": f"{API_PREFIX}/openapi.json",
                },
                "tile_url": tile_url or None,
            }
        )

    @app.get(f"{API_PREFIX}/events", tags=["events"], summary="Events matching the filters, one page")
    def list_events(
        request: Request,
        query: QueryDep,
        fmt: Format = "json",
        count: Annotated[bool, Query(alias="_count", description="also count all matches")] = False,
        facet: Annotated[
            list[str] | None, Query(alias="_facet", description=f"count by: {', '.join(FACET_FIELDS)}")
        ] = None,
        stream: Annotated[bool, Query(alias="_stream", description="csv/geojson/jsonl: every match")] = False,
    ) -> Response:
        facets = list(dict.fromkeys(facet or []))
        for name in facets:
            if name not in FACET_FIELDS:
                raise ApiError(400, f"cannot count by {name!r}; choose from {', '.join(FACET_FIELDS)}")
        if fmt != "json" and stream:
            return render_events(store.iter_events(query), fmt, {})
        fast = columns.page(query, version()) if fmt == "json" and columns is not None else None
        if fast is not None:
            records, next_cursor = fast
            events: list[Event] = []
        elif fmt == "json" and hasattr(store, "query_event_records"):
            records, next_cursor = store.query_event_records(query)
            events = []
        else:
            page = store.query_events(query)
            events, next_cursor = page.events, page.next_cursor
            records = [json.dumps(event_json(e), ensure_ascii=False) for e in events] if fmt == "json" else []
        next_url = _next_url(request.url.path, dict(request.query_params), next_cursor)
        if fmt != "json":
            headers: dict[str, str] = {}
            if next_url and next_cursor:
                headers = {"X-Next-Cursor": next_cursor, "Link": f'<{next_url}>; rel="next"'}
            return render_events(events, fmt, headers)
        body: dict[str, Any] = {"next": next_cursor, "next_url": next_url}
        key = _query_key(query)
        if count:
            body["total"] = cached("count", key, lambda: store.count_events(query))
        if facets:
            body["facets"] = {
                name: [{"value": v, "count": n} for v, n in pairs]
                for name, pairs in cached(
                    "facets", (key, tuple(facets)), lambda: store.facets(query, facets)
                ).items()
            }
        return Response(_page_body(body, records), media_type="application/json")

    @app.get(f"{API_PREFIX}/events/facets", tags=["events"], summary="Counts of matching events by field")
    def event_facets(
        query: QueryDep,
        fields: Annotated[
            str, Query(max_length=200, description="comma-separated: " + ", ".join(FACET_FIELDS))
        ] = "event_type,country,actor,month",
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> Response:
        names = [f.strip() for f in fields.split(",") if f.strip()]
        for name in names:
            if name not in FACET_FIELDS:
                raise ApiError(400, f"cannot count by {name!r}; choose from {', '.join(FACET_FIELDS)}")
        key = (_query_key(query), tuple(names), limit)
        result = cached("facets", key, lambda: store.facets(query, names, limit))
        total = cached("count", _query_key(query), lambda: store.count_events(query))
        return _json(
            {
                "total": total,
                "facets": {n: [{"value": v, "count": c} for v, c in pairs] for n, pairs in result.items()},
            }
        )

    @app.get(
        f"{API_PREFIX}/events/timeline", tags=["events"], summary="Matching events per day, week or month"
    )
    def event_timeline(
        query: QueryDep, bucket: Annotated[str, Query(pattern="^(day|week|month)$")] = "day"
    ) -> Response:
        rows = cached("timeline", (_query_key(query), bucket), lambda: store.timeline(query, bucket))
        return _json({"bucket": bucket, "buckets": [{"date": d, "count": n} for d, n in rows]})

    @app.get(
        f"{API_PREFIX}/events/grid", tags=["events"], summary="Map aggregate: matching events per grid cell"
    )
    def event_grid(
        query: QueryDep,
        cell: Annotated[
            float, Query(ge=0.01, le=45, allow_inf_nan=False, description="cell size, degrees")
        ] = 1.0,
    ) -> Response:
        body = grid_body(query, cell, from_store=True)
        assert body is not None
        return Response(body, media_type="application/json")

    @app.get(
        f"{API_PREFIX}/events/{{event_id}}", tags=["events"], summary="One event, its evidence and sources"
    )
    def get_event(event_id: str) -> Response:
        event = store.get_event(event_id)
        if event is None:
            raise ApiError(404, f"no event {event_id!r}")
        docs = []
        for doc_id in event.doc_ids or [event.doc_id]:
            doc = store.get_document(doc_id)
            if doc is not None:
                spans = [to_dict(e) for e in event.evidence if (e.doc_id or event.doc_id) == doc_id]
                docs.append({**_doc_json(doc), "evidence": spans})
        return _json({"event": event_json(event), "acled": acled_row(event), "documents": docs})

    @app.get(f"{API_PREFIX}/documents", tags=["documents"], summary="Stored documents, by id")
    def list_documents(
        fmt: Format = "json",
        size: Annotated[int, Query(alias="_size", ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
        after: Annotated[str | None, Query(alias="_next", max_length=1000)] = None,
        text: Annotated[bool, Query(alias="_text", description="include each document's text")] = False,
    ) -> Response:
        docs = store.list_documents(size + 1, after)
        more = len(docs) > size
        docs = docs[:size]
        rows = [_doc_json(d, with_text=text) for d in docs]
        if fmt == "geojson":
            raise ApiError(400, "documents have no geometry; choose json, csv or jsonl")
        return render_rows(rows, fmt, "documents", docs[-1].id if more and docs else None)

    @app.get(f"{API_PREFIX}/documents/{{doc_id}}", tags=["documents"], summary="One document and its events")
    def get_document(doc_id: str) -> Response:
        doc = store.get_document(doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id!r}")
        ids = store.document_event_ids(doc_id) if hasattr(store, "document_event_ids") else []
        return _json({"document": _doc_json(doc), "event_ids": ids})

    @app.post(
        f"{API_PREFIX}/documents", tags=["documents"], summary="Ingest a report (needs the operator's token)"
    )
    async def post_document(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> Response:
        if not token:
            raise ApiError(403, "this server is read-only: the operator enables writing with --token")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer <token>'")
        try:
            data = json.loads(await request.body())
        except ValueError:
            raise ApiError(
                400, 'the body must be JSON: {"text": ..., "published": "YYYY-MM-DD", ...}'
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
            raise ApiError(400, "the body must be a JSON object with a non-empty 'text'")
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_ingest, store, data)

    @app.get(
        f"{API_PREFIX}/truces",
        tags=["truces"],
        summary="Truces with their alleged and possible violations (json: each with its stored incident)",
    )
    def list_truces(fmt: Format = "json") -> Response:
        if fmt == "json":
            from eventwatch.link.truces import truces_with_incidents

            return _json({"truces": truces_with_incidents(store), "next": None})
        if fmt == "geojson":
            raise ApiError(400, "truces have no geometry; choose json, csv or jsonl")
        return render_rows([to_dict(t) for t in store.truces()], fmt, "truces", None)

    def _threats(day: dt.date | None) -> list[Any]:
        from eventwatch.link.airspace import is_active

        return [t for t in store.threats() if is_active(t, day)]

    @app.get(
        f"{API_PREFIX}/threats",
        tags=["threats"],
        summary="Airspace threats with polygons, validity and airports (format=geojson: a FeatureCollection)",
    )
    def list_threats(fmt: Format = "json", date: ThreatDay = None) -> Response:
        threats = _threats(date)
        if fmt == "geojson":
            return _geojson(threats_geojson(threats))
        return render_rows([to_dict(t) for t in threats], fmt, "threats", None)

    @app.get(
        f"{API_PREFIX}/threats.geojson",
        tags=["threats"],
        summary="Airspace threat areas as GeoJSON (the same as /threats?format=geojson)",
    )
    def threats_as_geojson(date: ThreatDay = None) -> Response:
        return _geojson(threats_geojson(_threats(date)))

    # airspace checks, airport status, subscriptions and feeds: the link engineer's router; its /threats and
    # /truces are served above (one implementation each: the same data, with csv/jsonl too)
    link_router = make_router(store, token=token)
    link_router.routes = [
        r for r in link_router.routes if getattr(r, "path", "") not in ("/threats", "/truces")
    ]
    app.include_router(link_router, prefix=API_PREFIX)

    @app.get(f"{API_PREFIX}/meta/outlines", tags=["meta"], summary="Country outlines (GeoJSON) for the map")
    def outlines() -> Response:
        return Response(
            country_outlines(), media_type="application/geo+json", headers={"Cache-Control": "max-age=86400"}
        )

    # ---- dashboard ------------------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        return FileResponse(TEMPLATE_DIR / "index.html", media_type="text/html")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        path = STATIC_DIR / name
        if "/" in name or "\\" in name or name.startswith(".") or not path.is_file():
            raise ApiError(404, f"no static file {name!r}")
        return FileResponse(path)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app


def app_from_env() -> FastAPI:
    """The app as configured by ``EVENTWATCH_SERVE_*`` variables: what each worker process builds.

    ``eventwatch serve --workers N`` sets them and starts N processes through uvicorn's factory mode.
    """
    import os

    from eventwatch.store.sqlite import SQLiteStore

    env = os.environ
    store = SQLiteStore(env["EVENTWATCH_SERVE_DB"])
    cors = [o for o in env.get("EVENTWATCH_SERVE_CORS", "").split(" ") if o]
    return create_app(
        store,
        token=env.get("EVENTWATCH_TOKEN") or None,
        cors_origins=cors,
        tile_url=env.get("EVENTWATCH_SERVE_TILE_URL") or None,
    )


def _ingest(store: Store, data: dict[str, Any]) -> Response:
    from eventwatch.pipeline import Pipeline, PipelineError
    from eventwatch.records import content_hash, document_from

    text = data["text"]
    fields = {k: data.get(k) for k in ("published", "source", "url", "title", "language")}
    try:
        doc = document_from(
            {"id": data.get("id") or "api-" + content_hash(text)[:16], "text": text, **fields}
        )
    except (ValueError, TypeError) as exc:
        raise ApiError(400, f"bad document field: {exc}") from None
    if store.has_document(doc.content_hash):
        return _json({"stored": False, "reason": "already stored", "doc_id": doc.id}, 200)
    pipeline = _pipeline(Pipeline)
    try:
        result = pipeline(doc)
    except PipelineError as exc:
        raise ApiError(422, str(exc)) from None
    try:
        stored = store.add_result(result)
    except ValueError as exc:
        raise ApiError(409, str(exc)) from None
    return _json({"stored": stored, "doc_id": doc.id, "event_ids": [e.event_id for e in result.events]}, 201)


_PIPELINES: dict[str, Any] = {}


def _pipeline(factory: Callable[[], Any]) -> Any:
    if "p" not in _PIPELINES:
        _PIPELINES["p"] = factory()
    return _PIPELINES["p"]
