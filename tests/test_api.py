"""The JSON API: filters, facets, paging, formats, detail, documents, security, and a fuzz from its OpenAPI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from eventwatch.records import ACLED_COLUMNS, Document, DocumentResult, Event, Evidence
from eventwatch.serve.api import create_app
from eventwatch.serve.demo import demo_results
from eventwatch.store.base import EventQuery
from eventwatch.store.sqlite import SQLiteStore, haversine_km

XSS = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def hostile_result() -> DocumentResult:
    text = f"Shelling hit Tripoli. {XSS} Four people died near the port."
    start = text.index("Four")
    doc = Document(id="hostile", text=text, published=dt.date(2020, 3, 2), source="Wire <b>x</b>")
    event = Event(
        event_id="hostile-1", doc_id="hostile", event_date=dt.date(2020, 3, 1), time_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        actor1="Unknown <script>", country="Libya", iso3="LBY", admin1="Tripoli", location="Tripoli",
        latitude=32.88, longitude=13.19, fatalities=4, notes=f"Shelling killed four. {XSS}",
        evidence=[Evidence(start, start + 15, text[start : start + 15], "hostile", "fatalities"),
                  Evidence(0, 8, "Shelling", "hostile", "mention")],
        doc_ids=["hostile"],
    )  # fmt: skip
    return DocumentResult(document=doc, events=[event])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    saved = {n: sys.modules.get(n) for n in ("eventwatch.link.incidents",)}
    sys.modules["eventwatch.link.incidents"] = None  # type: ignore[assignment]  # plain inserts
    try:
        s = SQLiteStore(tmp_path_factory.mktemp("api") / "api.sqlite")
        for r in demo_results(400, seed=11):
            s.add_result(r)
        s.add_result(hostile_result())
    finally:
        for name, mod in saved.items():
            if mod is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = mod
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store: SQLiteStore) -> TestClient:
    return TestClient(create_app(store), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def every(store: SQLiteStore) -> list[Event]:
    return list(store.iter_events())


def ids(client: TestClient, **params: Any) -> list[str]:
    """All event ids for the filters, following the cursor."""
    out: list[str] = []
    params = {**params, "_size": 50, "_sort": "event_id"}
    while True:
        r = client.get("/api/v1/events", params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        out += [e["event_id"] for e in body["events"]]
        if not body["next"]:
            return out
        params["_next"] = body["next"]


def test_filters(client: TestClient, every: list[Event]) -> None:
    def want(pred: Any) -> list[str]:
        return sorted(e.event_id for e in every if pred(e))

    assert ids(client) == want(lambda e: True)
    assert ids(client, country="Libya") == want(lambda e: e.country == "Libya")
    assert ids(client, event_type="Battles", country="SYR") == want(
        lambda e: e.event_type == "Battles" and e.iso3 == "SYR"
    )
    assert ids(client, date_from="2020-02-01", date_to="2020-02-15") == want(
        lambda e: dt.date(2020, 2, 1) <= e.event_date <= dt.date(2020, 2, 15)
    )
    assert ids(client, actor="houthi", min_fatalities=5) == want(
        lambda e: "houthi" in (e.actor1 + e.actor2).lower() and e.fatalities >= 5
    )
    assert ids(client, bbox="12,31,16,34") == want(
        lambda e: 12 <= e.longitude <= 16 and 31 <= e.latitude <= 34
    )
    mitiga = (32.8941, 13.276)
    near_airport = ids(client, airport="HLLM", radius_km=40)
    assert near_airport == want(lambda e: haversine_km(*mitiga, e.latitude, e.longitude) <= 40)
    assert near_airport  # the demo places events around Tripoli
    assert ids(client, near="32.8941,13.276", radius_km=40) == near_airport
    assert ids(client, q="Mogadishu") == want(lambda e: "Mogadishu" in e.notes)
    assert ids(client, sub_event_type="Air/drone strike", admin1="Idlib") == want(
        lambda e: e.sub_event_type == "Air/drone strike" and e.admin1 == "Idlib"
    )


def test_sort_count_and_facets(client: TestClient, every: list[Event]) -> None:
    r = client.get(
        "/api/v1/events", params={"_sort": "-fatalities", "_size": 5, "_count": 1, "_facet": "country"}
    )
    body = r.json()
    assert [e["fatalities"] for e in body["events"]] == sorted((e.fatalities for e in every), reverse=True)[
        :5
    ]
    assert body["total"] == len(every)
    libya = sum(1 for e in every if e.country == "Libya")
    assert {"value": "Libya", "count": libya} in body["facets"]["country"]
    assert body["next_url"].startswith("/api/v1/events?") and "_next=" in body["next_url"]
    f = client.get(
        "/api/v1/events/facets", params={"fields": "event_type,month,actor", "country": "Libya"}
    ).json()
    assert f["total"] == libya
    assert sum(x["count"] for x in f["facets"]["event_type"]) == libya
    assert all(len(x["value"]) == 7 for x in f["facets"]["month"])


def test_timeline_and_grid(client: TestClient, every: list[Event]) -> None:
    t = client.get("/api/v1/events/timeline", params={"bucket": "week", "event_type": "Battles"}).json()
    battles = [e for e in every if e.event_type == "Battles"]
    assert sum(b["count"] for b in t["buckets"]) == len(battles)
    g = client.get("/api/v1/events/grid", params={"cell": 2, "country": "Yemen"}).json()
    yemen = [e for e in every if e.country == "Yemen"]
    assert sum(c["count"] for c in g["cells"]) == len(yemen)
    assert sum(c["fatalities"] for c in g["cells"]) == sum(e.fatalities for e in yemen)
    assert all(12 < c["lat"] < 17 and 41 < c["lon"] < 47 for c in g["cells"])


def test_formats(client: TestClient, every: list[Event]) -> None:
    r = client.get("/api/v1/events", params={"format": "csv", "country": "Mali", "_size": 1000})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0].keys()) == list(ACLED_COLUMNS)
    assert len(rows) == sum(1 for e in every if e.country == "Mali")
    g = client.get("/api/v1/events", params={"format": "geojson", "_size": 7}).json()
    assert g["type"] == "FeatureCollection" and len(g["features"]) == 7
    assert g["features"][0]["geometry"]["type"] == "Point"
    lines = client.get("/api/v1/events", params={"format": "jsonl", "_size": 3}).text.splitlines()
    assert len(lines) == 3 and "event_id" in json.loads(lines[0])
    streamed = client.get("/api/v1/events", params={"format": "jsonl", "_stream": 1, "_size": 10}).text
    assert len(streamed.splitlines()) == len(every)
    paged = client.get("/api/v1/events", params={"format": "csv", "_size": 10})
    assert "_next=" in paged.headers["link"]


def test_event_detail_and_documents(client: TestClient) -> None:
    d = client.get("/api/v1/events/hostile-1").json()
    assert d["event"]["fatalities"] == 4 and d["acled"]["event_id_cnty"] == "hostile-1"
    doc = d["documents"][0]
    assert doc["id"] == "hostile" and XSS in doc["text"]  # JSON carries the text as data
    ev = doc["evidence"][0]
    assert doc["text"][ev["start"] : ev["end"]] == ev["text"]
    assert client.get("/api/v1/events/nope").status_code == 404
    listed = client.get("/api/v1/documents", params={"_size": 2}).json()
    assert len(listed["documents"]) == 2 and listed["next"] and "text" not in listed["documents"][0]
    nxt = client.get("/api/v1/documents", params={"_size": 2, "_next": listed["next"]}).json()
    assert nxt["documents"][0]["id"] > listed["documents"][1]["id"]
    one = client.get("/api/v1/documents/hostile").json()
    assert one["event_ids"] == ["hostile-1"]
    assert client.get("/api/v1/documents", params={"format": "csv"}).text.startswith("id,")
    assert client.get("/api/v1/truces").json() == {"truces": [], "next": None}
    assert client.get("/api/v1/threats", params={"format": "geojson"}).json()["type"] == "FeatureCollection"


@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"_sort": "notes"}, 400, "cannot sort"),
        ({"_next": "garbage!"}, 400, "invalid cursor"),
        ({"_size": 5000}, 422, "_size"),
        ({"date_from": "yesterday"}, 422, "date_from"),
        ({"date_from": "2020-03-01", "date_to": "2020-01-01"}, 400, "after"),
        ({"bbox": "1,2,3"}, 400, "bbox"),
        ({"bbox": "10,40,5,50"}, 400, "bbox"),
        ({"near": "91,0"}, 400, "near"),
        ({"airport": "ZZZZ"}, 404, "ICAO"),
        ({"min_fatalities": -1}, 422, "min_fatalities"),
        ({"min_fatalities": 10**30}, 422, "min_fatalities"),
        ({"radius_km": "nan", "near": "1,1"}, 422, "radius_km"),
        ({"format": "xml"}, 422, "format"),
        ({"_facet": "notes"}, 400, "cannot count"),
        ({"q": '"unbalanced AND ( NEAR'}, 200, ""),
        ({"actor": "%_"}, 200, ""),
    ],
)
def test_bad_parameters_are_4xx(
    client: TestClient, params: dict[str, Any], status: int, message: str
) -> None:
    r = client.get("/api/v1/events", params=params)
    assert r.status_code == status, r.text
    if message:
        assert message in r.json()["error"]


def test_read_only_and_token(store: SQLiteStore) -> None:
    ro = TestClient(create_app(store), raise_server_exceptions=False)
    r = ro.post("/api/v1/documents", json={"text": "x"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    rw = TestClient(create_app(store, token="s3cret"), raise_server_exceptions=False)
    assert rw.post("/api/v1/documents", json={"text": "x"}).status_code == 401
    bad = rw.post("/api/v1/documents", content=b"not json", headers={"Authorization": "Bearer s3cret"})
    assert bad.status_code == 400
    # an already stored text is recognised without running the pipeline
    hostile = hostile_result().document.text
    r = rw.post("/api/v1/documents", json={"text": hostile}, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.json()["stored"] is False
    big = rw.post("/api/v1/documents", content=b"x" * 2_100_000, headers={"Authorization": "Bearer s3cret"})
    assert big.status_code == 413


def test_security_headers_and_no_cors(client: TestClient, store: SQLiteStore) -> None:
    r = client.get("/api/v1/events", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    cors = TestClient(create_app(store, cors_origins=["http://ok.example"]))
    r = cors.get("/api/v1", headers={"Origin": "http://ok.example"})
    assert r.headers["access-control-allow-origin"] == "http://ok.example"
    assert client.get("/static/..%2Fapi.py").status_code == 404
    assert client.get("/static/app.js").status_code == 200


def test_outlines_come_from_a_package(client: TestClient) -> None:
    pytest.importorskip("countryinfo")
    r = client.get("/api/v1/meta/outlines")
    data = r.json()
    names = {f["properties"]["name"] for f in data["features"]}
    assert len(data["features"]) > 150 and "Libya" in names


def _fuzz_value(rng: random.Random, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if "anyOf" in schema:
        return _fuzz_value(rng, rng.choice([s for s in schema["anyOf"] if s.get("type") != "null"] or [{}]))
    nasty = ["", " ", "\x00", "'; DROP TABLE events;--", '"', "NEAR(", "*", "%", "ü" * 300, "-1", "1e400",
             "nan", "inf", "0", "2020-13-45", "9999-12-31", "-180,-90,180,90", "1,2", "a,b,c,d", "<script>", "%00",
             "../../etc/passwd", "\ud800"[:0] + "\u202e", "HLLM", "Libya", "-event_date", "event_date", "fatalities"]  # fmt: skip
    if kind == "integer":
        return rng.choice([0, 1, -1, 999, 1000, 1001, 2**31, -(2**63), 10**20, rng.randint(-5, 5000)])
    if kind == "number":
        return rng.choice([0, 0.001, -1, 1e308, 45, 46, 20000, 20001, rng.uniform(-100, 100), "nan", "-inf"])
    if kind == "boolean":
        return rng.choice([True, False, "maybe", "1", "0"])
    if kind == "array":
        return [_fuzz_value(rng, schema.get("items", {})) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.2 and schema.get("maxLength"):
        return "x" * (int(schema["maxLength"]) + 1)
    return rng.choice(nasty)


def test_fuzz_from_openapi_no_5xx(client: TestClient) -> None:
    """Every GET operation of the OpenAPI description, called with hostile values: 4xx at worst, never 5xx."""
    spec = client.get("/api/v1/openapi.json").json()
    rng = random.Random(5)
    calls = 0
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if op is None:
            continue
        params = op.get("parameters", [])
        for _ in range(60):
            query: dict[str, Any] = {}
            url = path
            for p in params:
                value = _fuzz_value(rng, p.get("schema", {}))
                if p["in"] == "path":
                    url = url.replace("{" + p["name"] + "}", quote(str(value), safe="") or "x")
                elif rng.random() < 0.5:
                    query[p["name"]] = value
            r = client.get(url, params=query)
            calls += 1
            assert r.status_code < 500, (url, query, r.status_code, r.text[:300])
            if r.status_code >= 400 and r.headers.get("content-type", "").startswith("application/json"):
                assert r.json().get("error") or r.json().get("detail")
    assert calls > 300


def test_serve_command_help_and_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventwatch.cli import main

    code = main(["serve", "--db", str(tmp_path / "none.sqlite")])
    assert code == 2 and "no store at" in capsys.readouterr().err


def test_link_router_is_mounted_once(tmp_path: Path) -> None:
    """Airspace, airport status and subscriptions come from the link router; /threats and /truces once each."""

    from eventwatch.records import AirspaceThreat, Truce, Violation

    store = SQLiteStore(tmp_path / "link.sqlite")
    doc = Document(id="nfz", text="A no-fly zone was declared over Tripoli.", published=dt.date(2020, 1, 23))
    ring = [[12.9, 32.6], [13.6, 32.6], [13.6, 33.1], [12.9, 33.1], [12.9, 32.6]]
    threat = AirspaceThreat(threat_id="t1", issuer="LNA", kind="declared threat", applies_to="all",
                            valid_from=dt.date(2020, 1, 22), geometry={"type": "Polygon", "coordinates": [ring]},
                            airports_inside=["HLLM"], country="Libya", doc_ids=["nfz"])  # fmt: skip
    event = hostile_result().events[0]
    truce = Truce(truce_id="c1", kind="ceasefire", parties=["A", "B"], brokers=["C"], start=dt.date(2020, 1, 12),
                  violations=[Violation(event.event_id, "alleged", alleged_by="the army")])  # fmt: skip
    store.add_result(hostile_result())
    store.add_result(DocumentResult(document=doc, threats=[threat], truces=[truce]))
    client = TestClient(create_app(store), raise_server_exceptions=False)
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/threats", "/threats.geojson", "/truces", "/airports/status", "/airspace/check/{icao}",
                 "/airspace/route", "/subscriptions", "/subscriptions/{sub_id}/feed"):  # fmt: skip
        assert "/api/v1" + path in spec["paths"], path
    methods = [(p, m) for p, ops in spec["paths"].items() for m in ops]
    assert len(methods) == len(set(methods))
    ids = [op["operationId"] for ops in spec["paths"].values() for op in ops.values()]
    assert len(ids) == len(set(ids))
    geo = client.get("/api/v1/threats.geojson").json()
    assert geo == client.get("/api/v1/threats", params={"format": "geojson"}).json()
    (feature,) = geo["features"]
    assert feature["geometry"]["type"] == "Polygon" and feature["properties"]["issuer"] == "LNA"
    assert "geometry" not in feature["properties"]
    assert client.get("/api/v1/threats", params={"date": "2020-01-01"}).json()["threats"] == []
    assert len(client.get("/api/v1/threats", params={"date": "2020-01-23"}).json()["threats"]) == 1
    status = client.get("/api/v1/airports/status").json()["features"]
    assert [(f["id"], f["properties"]["status"]) for f in status] == [("HLLM", "inside")]
    check = client.get("/api/v1/airspace/check/HLLM", params={"date": "2020-01-23"}).json()
    assert check["threats"][0]["relation"] == "inside"
    bad = client.get("/api/v1/airspace/check/ZZZZ")
    assert bad.status_code == 404 and bad.json()["error"]
    (t,) = client.get("/api/v1/truces").json()["truces"]
    assert (
        t["alleged"][0]["alleged_by"] == "the army" and t["alleged"][0]["event"]["event_id"] == event.event_id
    )
    assert "c1" in client.get("/api/v1/truces", params={"format": "csv"}).text
    no_token = client.post("/api/v1/subscriptions", json={"kind": "airport", "value": "HLLM"})
    assert no_token.status_code == 403
    rw = TestClient(create_app(store, token="s3cret"), raise_server_exceptions=False)
    made = rw.post("/api/v1/subscriptions", json={"kind": "airport", "value": "HLLM"},
                   headers={"Authorization": "Bearer s3cret"})  # fmt: skip
    assert made.status_code == 201
    feed = rw.get(f"/api/v1/subscriptions/{made.json()['id']}/feed")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    store.close()


def test_column_grid_matches_the_store(store: SQLiteStore, every: list[Event]) -> None:
    """The in-memory NumPy grid answers exactly what the store's SQL grid does, for each kind of filter."""
    from eventwatch.serve.columns import EventColumns

    cols = EventColumns(store)
    version = store.data_version()
    some = next(e for e in every if e.actor1 and e.event_date)
    queries = [
        EventQuery(),
        EventQuery(country=some.country.upper()),
        EventQuery(country=some.iso3),
        EventQuery(event_type=some.event_type.lower(), date_from=some.event_date),
        EventQuery(date_to=some.event_date, min_fatalities=1),
        EventQuery(date_from=some.event_date, date_to=some.event_date),
        EventQuery(actor=some.actor1[2:7]),
        EventQuery(actor="no such actor at all"),
        EventQuery(bbox=(10.0, 20.0, 50.0, 40.0), include_background=False),
        EventQuery(admin1=some.admin1, sub_event_type=some.sub_event_type),
        EventQuery(country="Atlantis"),
    ]

    def norm(cells: list[Any]) -> list[tuple[Any, ...]]:
        return sorted((c.count, c.fatalities, sorted(c.by_type.items()), round(c.lat, 4), round(c.lon, 4))
                      for c in cells)  # fmt: skip

    nonempty = 0
    for q in queries:
        for cell in (0.05, 1.0, 5.0):
            fast = cols.grid(q, cell, version)
            assert fast is not None, q
            assert norm(fast) == norm(store.grid(q, cell)), (q, cell)
            nonempty += bool(fast)
    assert nonempty >= 20
    assert cols.grid(EventQuery(q="shelling"), 1.0, version) is None  # full text: the store answers
    assert cols.grid(EventQuery(near=(32.9, 13.2, 50.0)), 1.0, version) is None


def test_column_pages_match_the_store(store: SQLiteStore, every: list[Event]) -> None:
    """Pages from the in-memory columns are the store's pages: same events, order and cursors, page by page."""
    import dataclasses

    from eventwatch.serve.columns import EventColumns

    cols = EventColumns(store)
    version = store.data_version()
    some = next(e for e in every if e.actor1 and e.event_date)
    filters = [
        EventQuery(),
        EventQuery(country=some.country),
        EventQuery(event_type=some.event_type, date_from=some.event_date),
        EventQuery(date_to=some.event_date, min_fatalities=1),
        EventQuery(actor=some.actor1[1:6], include_background=False),
        EventQuery(bbox=(10.0, 20.0, 50.0, 40.0)),
        EventQuery(country="Atlantis"),
    ]
    pages = 0
    for base in filters:
        for sort in ("-event_date", "event_date", "-fatalities", "fatalities"):
            for size in (7, 100):
                q = dataclasses.replace(base, sort=sort, limit=size, cursor=None)
                for _ in range(60):
                    fast = cols.page(q, version)
                    assert fast is not None, q
                    assert fast == store.query_event_records(q), (q, pages)
                    pages += 1
                    if fast[1] is None:
                        break
                    q.cursor = fast[1]
    assert pages > 100
    assert cols.page(EventQuery(sort="-country"), version) is None  # other sorts: the store answers
    assert cols.page(EventQuery(q="shelling"), version) is None


@pytest.mark.parametrize("first, scan_after", [(4, 4), (1, 8), (2, 100_000)])
def test_column_pages_match_the_store_in_small_blocks(
    store: SQLiteStore, every: list[Event], monkeypatch: pytest.MonkeyPatch, first: int, scan_after: int
) -> None:
    """Tiny blocks: the walk goes on over several blocks, and the fatalities order switches to its scan."""
    from eventwatch.serve import columns

    monkeypatch.setattr(columns, "FIRST_BLOCK", first)
    monkeypatch.setattr(columns, "SCAN_AFTER", scan_after)
    test_column_pages_match_the_store(store, every)


def test_lean_page_path_matches_the_endpoint(store: SQLiteStore, every: list[Event]) -> None:
    """The lean middleware's pages are the FastAPI endpoint's, byte for byte; odd queries go the long way."""
    from eventwatch.serve.api import lean_event_query

    lean = TestClient(create_app(store), raise_server_exceptions=False)
    full = TestClient(create_app(store, lean=False), raise_server_exceptions=False)
    some = next(e for e in every if e.actor1 and e.event_date)
    assert some.event_date is not None
    day = some.event_date.isoformat()
    queries: list[dict[str, Any]] = [
        {},
        {"country": some.country, "_size": 5},
        {"country": (some.iso3 or "").upper(), "event_type": some.event_type.lower(), "_sort": "-fatalities"},
        {"date_from": day, "date_to": day, "_size": 3, "_sort": "event_date"},
        {"date_to": day, "min_fatalities": 1, "_size": 20, "_sort": "fatalities", "format": "json"},
        {"actor": some.actor1[1:6], "_size": 4},
        {"country": "Atlantis"},
        {"country": "", "admin1": "", "_size": 7},
        {"_sort": "-country", "_size": 9},  # a sort the columns do not serve: the endpoint answers
        {"country": some.country, "_count": 1, "_size": 2},  # _count: not lean
    ]
    from urllib.parse import urlencode

    from eventwatch.serve.api import LeanEventPage

    (answers,) = [m.kwargs["answers"] for m in lean.app.user_middleware if m.cls is LeanEventPage]  # type: ignore[attr-defined]
    answer = answers["/api/v1/events"]
    assert not [m for m in full.app.user_middleware if m.cls is LeanEventPage]  # type: ignore[attr-defined]
    pages = lean_pages = 0
    for params in queries:
        for _ in range(4):  # follow the cursor a few pages: next and next_url included in the comparison
            a, b = lean.get("/api/v1/events", params=params), full.get("/api/v1/events", params=params)
            direct = answer(urlencode(params).encode())
            if direct is not None:
                assert direct == b.content, params
                lean_pages += 1
            assert a.status_code == b.status_code == 200, (params, a.text[:200])
            assert a.content == b.content, params
            assert a.headers["content-type"] == b.headers["content-type"] == "application/json"
            for name in ("content-security-policy", "x-content-type-options", "referrer-policy"):
                assert a.headers[name] == b.headers[name], name
            pages += 1
            nxt = a.json()["next"]
            if not nxt:
                break
            params = {**params, "_next": nxt}
    assert pages > 15 and lean_pages >= pages - 8  # all but the _sort=-country and _count pages
    # what the lean path takes and what it leaves to the endpoint
    assert lean_event_query(b"country=Libya&_size=50&_sort=-event_date&date_from=2020-01-01") is not None
    for odd in (b"_size=0", b"_size=1001", b"_size=5.0", b"min_fatalities=-1", b"date_from=2020-1-1",
                b"date_from=2020-02-30", b"date_from=2020-02-02&date_to=2020-02-01", b"country=a&country=b",
                b"format=csv", b"_count=1", b"q=x", b"near=1,1", b"country=" + b"x" * 201):  # fmt: skip
        assert lean_event_query(odd) is None, odd
    # bad parameters still get the endpoint's 4xx and message through the lean app
    for params, status, message in (
        ({"_size": 0}, 422, "_size"),
        ({"date_from": "2020-02-30"}, 422, "date_from"),
        ({"date_from": "2020-02-02", "date_to": "2020-02-01"}, 400, "date_from is after date_to"),
        ({"min_fatalities": "x"}, 422, "min_fatalities"),
        ({"country": "x" * 201}, 422, "country"),
        ({"_next": "!!!"}, 400, "cursor"),
    ):
        r = lean.get("/api/v1/events", params=params)
        assert r.status_code == status and message in r.json()["error"], (params, r.text)
        assert r.content == full.get("/api/v1/events", params=params).content


def test_lean_grid_path_matches_the_endpoint(store: SQLiteStore, every: list[Event]) -> None:
    """The lean map aggregate gives the endpoint's bytes; odd cell sizes and parameters go the long way."""
    from urllib.parse import urlencode

    from eventwatch.serve.api import LeanEventPage, lean_cell

    lean = TestClient(create_app(store), raise_server_exceptions=False)
    full = TestClient(create_app(store, lean=False), raise_server_exceptions=False)
    (answers,) = [m.kwargs["answers"] for m in lean.app.user_middleware if m.cls is LeanEventPage]  # type: ignore[attr-defined]
    answer = answers["/api/v1/events/grid"]
    some = next(e for e in every if e.actor1 and e.event_date)
    assert some.event_date is not None
    served = 0
    for params in (
        {},
        {"cell": "0.5", "country": some.country},
        {"cell": "2", "event_type": some.event_type, "date_to": some.event_date.isoformat()},
        {"cell": "1.0", "min_fatalities": "1", "actor": some.actor1[1:6]},
        {"cell": "45", "country": "Atlantis"},
        {"cell": "0.25", "bbox": "0,0,60,60"},  # bbox: not lean
        {"cell": "1e0"},  # not plainly written: not lean
    ):
        direct = answer(urlencode(params).encode())
        b = full.get("/api/v1/events/grid", params=params)
        a = lean.get("/api/v1/events/grid", params=params)
        assert a.status_code == b.status_code == 200, (params, b.text[:200])
        assert a.content == b.content and a.headers["content-type"] == "application/json", params
        assert a.headers["content-security-policy"] == b.headers["content-security-policy"]
        if direct is not None:
            assert direct == b.content, params
            served += 1
    assert served == 5
    assert b'"cells":[{' in full.get("/api/v1/events/grid").content
    assert [lean_cell(v) for v in (None, "0.5", "45", "00.01")] == [1.0, 0.5, 45.0, 0.01]
    assert [lean_cell(v) for v in ("0", "46", "0.001", "1e0", "-1", "nan", "1.", ".5", "١")] == [None] * 9
    for params, status, message in (
        ({"cell": "0"}, 422, "cell"),
        ({"cell": "nan"}, 422, "cell"),
        ({"cell": "x"}, 422, "cell"),
        ({"cell": "1", "_size": "0"}, 422, "_size"),
        ({"date_from": "2020-02-02", "date_to": "2020-02-01"}, 400, "date_from is after date_to"),
    ):
        r = lean.get("/api/v1/events/grid", params=params)
        assert r.status_code == status and message in r.json()["error"], (params, r.text)
        assert r.content == full.get("/api/v1/events/grid", params=params).content
