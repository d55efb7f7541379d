"""Alerts: subscription matching, the Atom feed, webhooks to a loopback receiver, watch, and the API router."""

from __future__ import annotations

import datetime as dt
import json
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from eventwatch.link.alerts import atom_feed, event_matches, fire, threat_matches, validate_subscription
from eventwatch.records import AirspaceThreat, Document, DocumentResult, Event, Evidence
from eventwatch.store.base import Subscription, open_store

ATOM = "{http://www.w3.org/2005/Atom}"
SQUARE = [[13.0, 32.5], [13.5, 32.5], [13.5, 33.0], [13.0, 33.0], [13.0, 32.5]]


def _event(eid: str, lat: float, lon: float, country: str = "Libya", icao: str = "") -> Event:
    return Event(
        event_id=eid, doc_id="d", event_date=dt.date(2020, 1, 22), time_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        actor1="LNA", country=country, iso3="LBY" if country == "Libya" else "", location="somewhere",
        latitude=lat, longitude=lon, icao=icao, evidence=[Evidence(0, 5, "rockets hit <the> airport & more", "d")],
    )  # fmt: skip


def _threat() -> AirspaceThreat:
    return AirspaceThreat(
        threat_id="t1", issuer="LNA", kind="declared threat", applies_to="all", valid_from=dt.date(2020, 1, 22),
        severity="aircraft will be destroyed", geometry={"type": "Polygon", "coordinates": [SQUARE]},
        airports_inside=["HLLM", "HLLT"], country="Libya",
    )  # fmt: skip


def test_matching() -> None:
    at_mitiga = _event("a", 32.8941, 13.276)
    near_mitiga = _event("b", 32.95, 13.3)
    benghazi = _event("c", 32.115, 20.069)
    assert event_matches("airport", "HLLM", at_mitiga) and event_matches("airport", "HLLM", near_mitiga)
    assert not event_matches("airport", "HLLM", benghazi)
    assert event_matches("airport", "HLLB", _event("d", 0, 0, icao="HLLB"))
    assert event_matches("country", "LY", benghazi) and event_matches("country", "libya", benghazi)
    assert not event_matches("country", "Tunisia", benghazi)
    assert event_matches("area", [13.0, 32.5, 13.5, 33.0], at_mitiga)
    assert not event_matches("area", [13.0, 32.5, 13.5, 33.0], benghazi)
    t = _threat()
    assert threat_matches("airport", "HLLT", t) and not threat_matches("airport", "HLMS", t)
    assert threat_matches("country", "LBY", t) and not threat_matches("country", "Egypt", t)
    assert threat_matches("area", {"type": "Point", "coordinates": [13.2, 32.8]}, t)
    assert not threat_matches("area", [19.0, 31.0, 21.0, 33.0], t)
    with pytest.raises(ValueError, match="unknown airport"):
        validate_subscription("airport", "ZZZZ")
    with pytest.raises(ValueError, match="unknown subscription kind"):
        validate_subscription("city", "Tripoli")
    assert validate_subscription("airport", " hllm ") == "HLLM"


def test_atom_feed_is_valid_and_escaped() -> None:
    sub = Subscription(id=7, kind="airport", value="HLLM")
    xml = atom_feed(sub, [_event("a", 32.8941, 13.276), _event("c", 32.115, 20.069)], [_threat()],
                    base_url="http://127.0.0.1:8000")  # fmt: skip
    root = ET.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    ids = [e.findtext(f"{ATOM}id") for e in root.iter(f"{ATOM}entry")]
    assert sorted(ids) == ["urn:eventwatch:event:a", "urn:eventwatch:threat:t1"]
    assert "<the>" not in xml and "&lt;the&gt;" in xml


class _Receiver(BaseHTTPRequestHandler):
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        _Receiver.received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def receiver() -> Iterator[str]:
    _Receiver.received = []
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_webhooks_fire_for_matching_records_only(receiver: str) -> None:
    subs = [Subscription(1, "airport", "HLLM", receiver), Subscription(2, "country", "Egypt", receiver),
            Subscription(3, "country", "Libya", "")]  # fmt: skip
    deliveries = fire(
        subs, [_event("a", 32.8941, 13.276), _event("c", 32.115, 20.069)], [_threat()], timeout=3
    )
    assert [(d.subscription_id, d.kind, d.record_id, d.ok) for d in deliveries] == [
        (1, "event", "a", True),
        (1, "threat", "t1", True),
    ]
    assert [(r["subscription"], r["kind"], r["record"].get("event_id") or r["record"]["threat_id"])
            for r in _Receiver.received] == [(1, "event", "a"), (1, "threat", "t1")]  # fmt: skip


def test_unreachable_webhook_is_reported_not_raised() -> None:
    import socket

    with socket.socket() as s:  # a loopback port with no one listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (d,) = fire(
        [Subscription(1, "country", "Libya", f"http://127.0.0.1:{port}/x")], [], [_threat()], timeout=1
    )
    assert not d.ok and d.error


def test_watch_stores_new_reports_and_fires(tmp_path: Path, receiver: str) -> None:
    from eventwatch.link.commands import watch_round

    class FakePipeline:  # the watch loop is under test here, not extraction
        def pipe(self, docs: Any) -> Iterator[DocumentResult]:
            for doc in docs:
                yield DocumentResult(document=doc, events=[_event(f"ev-{doc.id}", 32.8941, 13.276)])

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text("Rockets hit Mitiga airport in Tripoli on Wednesday.", encoding="utf-8")
    with open_store(tmp_path / "w.sqlite") as store:
        store.add_subscription("airport", "HLLM", receiver)
        first = watch_round(store, FakePipeline(), [str(folder)], dt.date(2020, 1, 23), timeout=3)
        assert first["new_documents"] == 1 and first["alerts"] == 1
        again = watch_round(store, FakePipeline(), [str(folder)], dt.date(2020, 1, 23), timeout=3)
        assert again["new_documents"] == 0 and again["alerts"] == 0
    assert len(_Receiver.received) == 1


def test_api_router(tmp_path: Path) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from eventwatch.link.api import make_router
    from eventwatch.link.truces import same_truce  # noqa: F401  (the store merges with it)
    from eventwatch.records import Truce, Violation

    store = open_store(tmp_path / "api.sqlite")
    truce = Truce(truce_id="tr", kind="ceasefire", parties=["LNA", "GNA"], start=dt.date(2020, 1, 12),
                  violations=[Violation("a", "alleged", "a spokesman", "it was a violation", "doc")])  # fmt: skip
    store.add_result(DocumentResult(document=Document(id="doc", text="x", published=dt.date(2020, 1, 23)),
                                    events=[_event("a", 32.8941, 13.276, icao="HLLM")], threats=[_threat()],
                                    truces=[truce]))  # fmt: skip
    app = FastAPI()
    app.include_router(make_router(store, token="s3cret"), prefix="/api/v1")
    client = TestClient(app)
    check = client.get("/api/v1/airspace/check/HLLM", params={"date": "2020-01-23"}).json()
    assert len(check["threats"]) == 1 and [e["event_id"] for e in check["incidents"]] == ["a"]
    assert client.get("/api/v1/airspace/check/HLMS", params={"date": "2020-01-23"}).json()["threats"] == []
    assert client.get("/api/v1/airspace/check/ZZZZ").status_code == 404
    route = client.get("/api/v1/airspace/route", params={"from": "HLMS", "to": "DTTZ", "date": "2020-01-23"})
    assert route.status_code == 200 and len(route.json()["threats"]) == 1
    geo = client.get("/api/v1/threats").json()
    assert geo["type"] == "FeatureCollection" and geo["features"][0]["geometry"]["type"] == "Polygon"
    status = client.get("/api/v1/airports/status", params={"date": "2020-01-23"}).json()
    assert {f["id"]: f["properties"]["status"] for f in status["features"]} == {
        "HLLM": "inside",
        "HLLT": "inside",
    }
    truces = client.get("/api/v1/truces").json()["truces"]
    assert truces[0]["alleged"][0]["event"]["event_id"] == "a"
    body = {"kind": "airport", "value": "HLLM"}
    assert client.post("/api/v1/subscriptions", json=body).status_code == 401
    assert client.post("/api/v1/subscriptions", json={"kind": "airport", "value": "NOPE"},
                       headers={"Authorization": "Bearer s3cret"}).status_code == 422  # fmt: skip
    created = client.post("/api/v1/subscriptions", json=body, headers={"Authorization": "Bearer s3cret"})
    assert created.status_code == 201
    feed = client.get(f"/api/v1/subscriptions/{created.json()['id']}/feed")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert len(list(ET.fromstring(feed.text).iter(f"{ATOM}entry"))) == 2
    assert client.get("/api/v1/subscriptions/999/feed").status_code == 404
    store.close()
