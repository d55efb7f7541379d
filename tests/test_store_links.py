"""Links between records survive the store: merged events keep their truce links, and incidents told in one
report are linked to truces and threats that other reports told."""

from __future__ import annotations

import datetime as dt

from eventwatch.records import (
    AirspaceThreat,
    Document,
    DocumentResult,
    Event,
    Evidence,
    Truce,
    Violation,
)
from eventwatch.store.sqlite import SQLiteStore

ARMY = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces"


def _event(event_id: str, doc_id: str, day: int, *, lat: float = 13.18, lon: float = 30.22) -> Event:
    return Event(
        event_id=event_id, doc_id=doc_id, event_date=dt.date(2023, 5, day), time_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        actor1=RSF, inter1=2, actor2=ARMY, inter2=1, interaction=12, country="Sudan", iso3="SDN",
        location="El Obeid", latitude=lat, longitude=lon, doc_ids=[doc_id],
        evidence=[Evidence(0, 7, "shelled", doc_id, "mention")],
    )  # fmt: skip


def _doc(doc_id: str) -> Document:
    return Document(id=doc_id, text=f"report {doc_id}", published=dt.date(2023, 5, 30))


def test_violation_names_the_stored_event_after_a_cross_report_merge() -> None:
    store = SQLiteStore(":memory:")
    assert store.add_result(DocumentResult(document=_doc("a"), events=[_event("SDN-A", "a", 25)]))
    truce = Truce(
        truce_id="t-b", kind="ceasefire", parties=[ARMY, RSF], start=dt.date(2023, 5, 22), country="Sudan",
        violations=[Violation(event_id="SDN-B", kind="alleged", alleged_by="army spokesman", doc_id="b")],
    )  # fmt: skip
    assert store.add_result(
        DocumentResult(document=_doc("b"), events=[_event("SDN-B", "b", 25)], truces=[truce])
    )
    (event,) = list(store.iter_events())
    assert event.event_id == "SDN-A" and sorted(event.doc_ids) == ["a", "b"]  # one incident, two reports
    (stored,) = store.truces()
    assert [v.event_id for v in stored.violations] == ["SDN-A"]  # not the id that was merged away


def test_incidents_of_later_reports_become_possible_violations() -> None:
    store = SQLiteStore(":memory:")
    truce = Truce(
        truce_id="t", kind="ceasefire", parties=[ARMY, RSF], start=dt.date(2023, 5, 22), country="Sudan"
    )
    assert store.add_result(DocumentResult(document=_doc("a"), truces=[truce]))
    before = _event("SDN-X", "b", 20, lat=15.5, lon=32.5)  # before the truce began: no violation
    during = _event("SDN-Y", "b", 26, lat=15.5, lon=32.5)
    assert store.add_result(DocumentResult(document=_doc("b"), events=[before, during]))
    (stored,) = store.truces()
    assert [(v.event_id, v.kind) for v in stored.violations] == [("SDN-Y", "possible")]


def test_airport_attacks_of_later_reports_link_to_a_stored_threat() -> None:
    store = SQLiteStore(":memory:")
    threat = AirspaceThreat(
        threat_id="z", issuer=RSF, kind="declared threat", applies_to="all", valid_from=dt.date(2023, 5, 1),
        geometry={"type": "Polygon", "coordinates": [[[29.5, 12.5], [31.0, 12.5], [31.0, 14.0], [29.5, 14.0],
                                                      [29.5, 12.5]]]},
        country="Sudan",
    )  # fmt: skip
    assert store.add_result(DocumentResult(document=_doc("a"), threats=[threat]))
    attack = _event("SDN-Z", "b", 26)  # El Obeid, inside the area
    assert store.add_result(DocumentResult(document=_doc("b"), events=[attack]))
    (stored,) = store.threats()
    assert stored.linked_events == ["SDN-Z"]
