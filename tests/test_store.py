"""The SQLite store: schema, idempotent writes, merging across reports, every query filter, paging."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import types
from pathlib import Path

import pytest

from eventwatch.records import AirspaceThreat, Document, DocumentResult, Event, Evidence, Truce
from eventwatch.serve.demo import demo_results
from eventwatch.store import EventQuery, QueryError, open_store
from eventwatch.store.sqlite import SCHEMA_VERSION, SQLiteStore, haversine_km


def ev(event_id: str, doc_id: str, **kw: object) -> Event:
    base: dict[str, object] = dict(
        event_id=event_id,
        doc_id=doc_id,
        event_date=dt.date(2020, 1, 22),
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        actor1="Libyan National Army",
        actor2="Civilians",
        country="Libya",
        iso3="LBY",
        admin1="Tripoli",
        location="Mitiga Airport",
        latitude=32.894,
        longitude=13.276,
        fatalities=0,
        notes="Rockets fell on the airport.",
        doc_ids=[doc_id],
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def result(doc_id: str, text: str, events: list[Event], **kw: object) -> DocumentResult:
    doc = Document(id=doc_id, text=text, published=dt.date(2020, 1, 23), source="Wire")
    return DocumentResult(document=doc, events=events, **kw)  # type: ignore[arg-type]


@pytest.fixture()
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "ew.sqlite")
    yield s  # type: ignore[misc]
    s.close()


@pytest.fixture()
def no_linking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the store see no link package (plain inserts), whatever exists in the tree."""
    for name in ("eventwatch.link.incidents", "eventwatch.link.truces", "eventwatch.link.airspace"):
        monkeypatch.setitem(sys.modules, name, None)  # type: ignore[arg-type]


def test_schema_wal_and_version(store: SQLiteStore, tmp_path: Path) -> None:
    assert store.schema_version() == SCHEMA_VERSION
    mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for name in (
        "documents",
        "events",
        "event_documents",
        "evidence_fts",
        "truces",
        "threats",
        "subscriptions",
    ):
        assert name in tables
    store.close()
    again = SQLiteStore(tmp_path / "ew.sqlite")  # reopening does not migrate twice
    assert again.conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
    again.close()


def test_add_result_idempotent_and_roundtrip(store: SQLiteStore, no_linking: None) -> None:
    e = ev("d1-1", "d1", evidence=[Evidence(0, 7, "Rockets", "d1", "mention")], fatalities=3)
    r = result("d1", "Rockets fell on Mitiga.", [e])
    assert store.add_result(r) is True
    assert store.has_document(r.document.content_hash)
    again = result("d1-copy", "Rockets fell on Mitiga.", [ev("x", "d1-copy")])
    assert store.add_result(again) is False  # same text, other id: not stored twice
    assert store.counts() == {"documents": 1, "events": 1, "truces": 0, "threats": 0}
    got = store.get_event("d1-1")
    assert got is not None and got.fatalities == 3 and got.evidence[0].text == "Rockets"
    assert got.event_date == dt.date(2020, 1, 22)
    doc = store.get_document("d1")
    assert doc is not None and doc.published == dt.date(2020, 1, 23) and doc.source == "Wire"
    assert [d.id for d in store.iter_documents()] == ["d1"]
    assert store.document_event_ids("d1") == ["d1-1"]


def test_same_id_other_text_is_refused(store: SQLiteStore, no_linking: None) -> None:
    store.add_result(result("d1", "one text", []))
    with pytest.raises(ValueError, match="already stored"):
        store.add_result(result("d1", "another text", []))
    assert store.counts()["documents"] == 1


def test_failed_write_leaves_nothing(
    store: SQLiteStore, no_linking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> None:
        raise sqlite3.OperationalError("disk gone")

    monkeypatch.setattr(store, "_put_truce", boom)  # fails after the document and events were written
    truce = Truce("t", "ceasefire", ["A", "B"])
    with pytest.raises(sqlite3.Error):
        store.add_result(result("d2", "two events", [ev("d2-0", "d2"), ev("d2-1", "d2")], truces=[truce]))
    assert store.counts() == {"documents": 0, "events": 0, "truces": 0, "threats": 0}
    assert store.conn.execute("SELECT count(*) FROM evidence_fts").fetchone()[0] == 0


def test_event_id_clash_gets_a_new_id(store: SQLiteStore, no_linking: None) -> None:
    store.add_result(result("a", "text a", [ev("e1", "a")]))
    store.add_result(result("b", "text b", [ev("e1", "b", event_type="Battles")]))
    ids = sorted(e.event_id for e in store.iter_events())
    assert ids == ["e1", "e1-2"]


def _fake_link(monkeypatch: pytest.MonkeyPatch, calls: list[tuple[str, str]]) -> None:
    incidents = types.ModuleType("eventwatch.link.incidents")

    def same_incident(stored: Event, new: Event) -> bool:
        calls.append((stored.event_id, new.event_id))
        return stored.sub_event_type == new.sub_event_type

    def merge_into(stored: Event, new: Event) -> None:
        stored.evidence.extend(new.evidence)
        stored.fatalities = max(stored.fatalities, new.fatalities)

    incidents.same_incident = same_incident  # type: ignore[attr-defined]
    incidents.merge_into = merge_into  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "eventwatch.link.incidents", incidents)


def test_merge_across_reports(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    _fake_link(monkeypatch, calls)
    first = ev("a-1", "a", evidence=[Evidence(0, 7, "Rockets", "a")], fatalities=1)
    store.add_result(result("a", "report a", [first]))
    # next day, 5 km away: a candidate; same sub-type: merged
    second = ev(
        "b-1", "b", event_date=dt.date(2020, 1, 23), latitude=32.93, longitude=13.30,
        evidence=[Evidence(3, 9, "shells", "b")], fatalities=4, notes="Shells hit the runway.",
    )  # fmt: skip
    # 3 days later: not even asked about
    third = ev("c-1", "c", event_date=dt.date(2020, 1, 26))
    # same day, 300 km away and another place name: not asked either
    far = ev("d-1", "d", latitude=32.37, longitude=15.09, location="Misrata")
    store.add_result(result("b", "report b", [second]))
    store.add_result(result("c", "report c", [third]))
    store.add_result(result("d", "report d", [far]))
    assert calls == [("a-1", "b-1")]
    assert store.counts()["events"] == 3
    merged = store.get_event("a-1")
    assert merged is not None
    assert merged.fatalities == 4 and merged.doc_ids == ["a", "b"]
    assert [e.text for e in merged.evidence] == ["Rockets", "shells"]
    assert store.get_event("b-1") is None
    # the merged evidence is searchable, and the event lists under both documents
    assert [e.event_id for e in store.iter_events(EventQuery(q="shells"))] == ["a-1"]
    assert [e.event_id for e in store.iter_events(EventQuery(doc_id="b"))] == ["a-1"]


def test_events_of_one_report_are_not_merged(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    _fake_link(monkeypatch, calls)
    store.add_result(result("a", "report a", [ev("a-1", "a"), ev("a-2", "a")]))
    assert calls == [] and store.counts()["events"] == 2


def test_truces_threats_merge_and_plain_insert(store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    truces = types.ModuleType("eventwatch.link.truces")
    truces.same_truce = lambda a, b: set(a.parties) == set(b.parties)  # type: ignore[attr-defined]
    truces.merge_truce = lambda a, b: a.brokers.extend(x for x in b.brokers if x not in a.brokers)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "eventwatch.link.truces", truces)
    monkeypatch.setitem(sys.modules, "eventwatch.link.airspace", None)  # type: ignore[arg-type]
    t1 = Truce(
        "t", "ceasefire", ["GNA", "LNA"], brokers=["Russia"], start=dt.date(2020, 1, 12), country="Libya"
    )
    t2 = Truce("t", "ceasefire", ["LNA", "GNA"], brokers=["Turkey"], country="Libya")
    th = AirspaceThreat(
        "th", "LNA", "declared threat", "civil", geometry={"type": "Point", "coordinates": [13, 32]}
    )
    store.add_result(result("a", "report a", [], truces=[t1], threats=[th]))
    store.add_result(result("b", "report b", [], truces=[t2], threats=[th]))
    got = store.truces()
    assert len(got) == 1 and got[0].brokers == ["Russia", "Turkey"] and got[0].doc_ids == ["a", "b"]
    assert got[0].start == dt.date(2020, 1, 12)
    threats = store.threats()
    assert sorted(t.threat_id for t in threats) == ["th", "th-2"]  # no merge function: two rows
    assert threats[0].geometry == {"type": "Point", "coordinates": [13, 32]}


def test_subscriptions(store: SQLiteStore) -> None:
    s1 = store.add_subscription("airport", "HLLM", "http://127.0.0.1:9/hook")
    s2 = store.add_subscription("area", [12.0, 32.0, 14.0, 33.5])
    assert [s.id for s in store.subscriptions()] == [s1.id, s2.id]
    assert store.subscriptions("area")[0].value == [12.0, 32.0, 14.0, 33.5]
    with pytest.raises(ValueError, match="unknown subscription kind"):
        store.add_subscription("planet", "Mars")
    assert store.remove_subscription(s1.id) and not store.remove_subscription(s1.id)


@pytest.fixture()
def filled(tmp_path: Path, no_linking: None) -> SQLiteStore:
    s = SQLiteStore(tmp_path / "demo.sqlite")
    for r in demo_results(300, seed=3):
        assert s.add_result(r)
    yield s  # type: ignore[misc]
    s.close()


def _all(store: SQLiteStore) -> list[Event]:
    return list(store.iter_events(EventQuery(sort="event_id")))


def test_filters_match_python(filled: SQLiteStore) -> None:
    every = _all(filled)
    assert len(every) == 300
    cases: list[tuple[EventQuery, object]] = [
        (EventQuery(country="Libya"), lambda e: e.country == "Libya"),
        (EventQuery(country="libya"), lambda e: e.country == "Libya"),
        (EventQuery(country="SYR"), lambda e: e.iso3 == "SYR"),
        (EventQuery(event_type="Battles"), lambda e: e.event_type == "Battles"),
        (EventQuery(sub_event_type="Air/drone strike"), lambda e: e.sub_event_type == "Air/drone strike"),
        (EventQuery(admin1="Tripoli"), lambda e: e.admin1 == "Tripoli"),
        (EventQuery(min_fatalities=10), lambda e: e.fatalities >= 10),
        (
            EventQuery(date_from=dt.date(2020, 2, 1), date_to=dt.date(2020, 2, 10)),
            lambda e: dt.date(2020, 2, 1) <= e.event_date <= dt.date(2020, 2, 10),
        ),
        (EventQuery(actor="shabaab"), lambda e: "shabaab" in (e.actor1 + "|" + e.actor2).lower()),
        (EventQuery(actor="RSF"), lambda e: False),
        (
            EventQuery(bbox=(12.0, 31.5, 14.5, 33.5)),
            lambda e: 12.0 <= e.longitude <= 14.5 and 31.5 <= e.latitude <= 33.5,
        ),
        (
            EventQuery(near=(32.8872, 13.1913, 30.0)),
            lambda e: haversine_km(32.8872, 13.1913, e.latitude, e.longitude) <= 30.0,
        ),
        (EventQuery(q="Mogadishu"), lambda e: "Mogadishu" in e.notes),
        (EventQuery(q="air strike"), lambda e: "air strike" in e.notes),
    ]
    for query, pred in cases:
        query.sort = "event_id"
        want = sorted(e.event_id for e in every if pred(e))  # type: ignore[operator]
        got = [e.event_id for e in filled.iter_events(query)]
        assert got == want, query
        assert filled.count_events(query) == len(want)
    assert 0 < filled.count_events(EventQuery(country="Libya", event_type="Battles")) < 300


def test_paging_sorting_and_cursor(filled: SQLiteStore) -> None:
    every = _all(filled)
    want = [e.event_id for e in sorted(every, key=lambda e: (e.fatalities, e.event_id), reverse=True)]
    got: list[str] = []
    q = EventQuery(sort="-fatalities", limit=37)
    while True:
        page = filled.query_events(q)
        assert len(page.events) <= 37
        got += [e.event_id for e in page.events]
        if page.next_cursor is None:
            break
        q.cursor = page.next_cursor
    assert got == want
    with pytest.raises(QueryError, match="cannot sort"):
        filled.query_events(EventQuery(sort="notes"))
    with pytest.raises(QueryError, match="invalid cursor"):
        filled.query_events(EventQuery(cursor="!!!"))
    with pytest.raises(QueryError, match="page size"):
        filled.query_events(EventQuery(limit=100000))


def test_facets_timeline_grid(filled: SQLiteStore) -> None:
    every = _all(filled)
    f = filled.facets(EventQuery(), ["event_type", "country", "month", "actor"])
    assert sum(n for _, n in f["event_type"]) == 300
    libya = sum(1 for e in every if e.country == "Libya")
    assert dict(f["country"])["Libya"] == libya
    assert f["month"][0][0].startswith("2020-")
    actor_counts = dict(f["actor"])
    civ = sum((e.actor1 == "Civilians") + (e.actor2 == "Civilians") for e in every)
    assert actor_counts.get("Civilians", 0) == civ
    days = filled.timeline(EventQuery(), "day")
    assert sum(n for _, n in days) == 300 and days == sorted(days)
    weeks = filled.timeline(EventQuery(), "week")
    assert sum(n for _, n in weeks) == 300
    assert all(dt.date.fromisoformat(w).weekday() == 0 for w, _ in weeks)
    cells = filled.grid(EventQuery(country="Libya"), 1.0)
    assert sum(c.count for c in cells) == libya
    assert sum(sum(c.by_type.values()) for c in cells) == libya
    assert all(30 < c.lat < 34 and 12 < c.lon < 21 for c in cells)
    with pytest.raises(QueryError):
        filled.grid(EventQuery(), 0.0)


def test_threads_and_open_store(tmp_path: Path, no_linking: None) -> None:
    import threading

    s = open_store(tmp_path / "sub" / "x.sqlite")
    for r in demo_results(40, seed=1):
        s.add_result(r)
    counts: list[int] = []

    def read() -> None:
        counts.append(s.count_events(EventQuery()))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counts == [40] * 4
    s.close()
    ro = SQLiteStore(tmp_path / "sub" / "x.sqlite", readonly=True)
    assert ro.counts()["events"] == 40
    with pytest.raises(PermissionError):
        ro.add_result(result("z", "z", []))
    ro.close()


def test_memory_store(no_linking: None) -> None:
    s = SQLiteStore(":memory:")
    s.add_result(result("m", "memory text", [ev("m-1", "m")]))
    assert s.counts()["events"] == 1
    s.close()


def test_add_results_batches(tmp_path: Path, no_linking: None) -> None:
    s = SQLiteStore(tmp_path / "bulk.sqlite")
    results = list(demo_results(120, seed=9, per_document=4))
    assert s.add_results(results[:10], batch=4) == 10
    assert s.add_results(results, batch=7) == len(results) - 10  # the first ten are already there
    assert s.counts()["events"] == 120
    bad = result("zz", "text of zz", [ev("zz-1", "zz")])
    clash = result("zz", "other text, same id", [])
    with pytest.raises(ValueError):
        s.add_results([bad, clash], batch=10)
    assert s.get_document("zz") is None  # the open batch was rolled back whole
    s.close()


def test_actor_filter_common_and_rare(filled: SQLiteStore) -> None:
    every = _all(filled)
    filled.RARE_ACTOR = 5  # type: ignore[misc]  # force the row-scan path for common names
    for name in ("Civilians", "shabaab", "Tahrir"):
        want = sorted(e.event_id for e in every if name.lower() in (e.actor1 + "|" + e.actor2).lower())
        assert [e.event_id for e in filled.iter_events(EventQuery(actor=name, sort="event_id"))] == want


def test_each_in_memory_store_is_private() -> None:
    """A new in-memory store never opens a freed one's database (their names were once reused)."""
    for _ in range(50):
        store = SQLiteStore(":memory:")
        doc = Document(id="same-id", text="x", published=dt.date(2020, 1, 1))
        assert store.add_result(DocumentResult(document=doc))  # new, every time
        del store
