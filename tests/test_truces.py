"""Truces: extraction from reports, alleged and possible violations, merging across reports, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwatch.link.truces import (
    find_brokers,
    link_possible_violations,
    merge_truce,
    same_truce,
    truce_kind,
)
from eventwatch.records import Document, Event, Evidence, Truce, Violation

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[1] / "shared" / "seed" / "seed-article.txt"
FIXTURES = HERE / "fixtures" / "link"
LNA = "Military Forces of Libya (2014-) Haftar Faction"
GNA = "Military Forces of Libya (2016-) Government of National Accord"
SAF = "Military Forces of Sudan (2019-)"
RSF = "Rapid Support Forces"


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from eventwatch.pipeline import Pipeline

    return Pipeline()


def _run(pipeline, name: str, text: str, published: dt.date):  # type: ignore[no-untyped-def]
    return pipeline.context(Document(id=name, text=text, published=published))


def test_seed_truce(pipeline) -> None:  # type: ignore[no-untyped-def]
    if not SEED.exists():
        pytest.skip(f"seed report not found at {SEED}")
    ctx = _run(pipeline, "seed", SEED.read_text(encoding="utf-8"), dt.date(2020, 1, 23))
    assert len(ctx.truces) == 1
    truce = ctx.truces[0]
    assert truce.start == dt.date(2020, 1, 12)
    assert set(truce.parties) == {LNA, GNA}
    assert truce.brokers == ["Turkey", "Russia"]
    assert truce.country == "Libya"
    alleged = [v for v in truce.violations if v.kind == "alleged"]
    assert len(alleged) == 1
    event = next(e for e in ctx.events if e.event_id == alleged[0].event_id)
    assert event.icao == "HLLM" and event.event_type == "Explosions/Remote violence"
    assert "Qanunu" in alleged[0].alleged_by and "GNA" in alleged[0].alleged_by
    assert "violation of the truce" in alleged[0].sentence
    # kept apart: an alleged violation is not also listed as a possible one
    assert not [v for v in truce.violations if v.kind == "possible" and v.event_id == event.event_id]


def test_fixture_truce_alleged_and_possible(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "sudan-truce.txt").read_text(encoding="utf-8")
    ctx = _run(pipeline, "sudan", text, dt.date(2023, 5, 24))
    assert len(ctx.truces) == 1
    truce = ctx.truces[0]
    assert truce.kind == "ceasefire"
    assert (truce.start, truce.end) == (dt.date(2023, 5, 22), dt.date(2023, 5, 28))  # a seven-day ceasefire
    assert set(truce.parties) == {SAF, RSF}
    assert truce.brokers == ["Saudi Arabia", "United States"]
    assert truce.country == "Sudan"
    by_kind = {k: [v for v in truce.violations if v.kind == k] for k in ("alleged", "possible")}
    assert len(by_kind["alleged"]) == 1
    shelled = next(e for e in ctx.events if e.event_id == by_kind["alleged"][0].event_id)
    assert shelled.event_type == "Explosions/Remote violence" and shelled.event_date == dt.date(2023, 5, 23)
    assert "Hamid Ali" in by_kind["alleged"][0].alleged_by
    assert "breach of the truce" in by_kind["alleged"][0].sentence
    assert len(by_kind["possible"]) == 1
    clash = next(e for e in ctx.events if e.event_id == by_kind["possible"][0].event_id)
    assert clash.location == "El Obeid" and clash.event_type == "Battles"
    assert by_kind["possible"][0].alleged_by == ""


def test_calls_for_a_ceasefire_make_no_truce(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The African Union called for a ceasefire in the Sahel on Monday. Diplomats said talks on a truce "
        "could begin next month."
    )
    ctx = _run(pipeline, "calls", text, dt.date(2022, 3, 9))
    assert ctx.truces == []


def test_brokers_and_kinds() -> None:
    assert find_brokers("a truce mediated by Qatar and Egypt from Sunday") == ["Qatar", "Egypt"]
    assert find_brokers("a Qatari-brokered humanitarian pause") == ["Qatar"]
    assert find_brokers("a ceasefire under the auspices of the United Nations") == ["United Nations"]
    assert find_brokers("the ceasefire declared by the Turkish and Russian Presidents from the 12th") == [
        "Turkey",
        "Russia",
    ]
    assert truce_kind("cease-fire") == "ceasefire"
    assert truce_kind("humanitarian pauses") == "humanitarian pause"
    assert truce_kind("Armistice") == "armistice"


def _event(
    eid: str, day: dt.date, a1: str, a2: str = "", etype: str = "Battles", country: str = "Yemen"
) -> Event:
    return Event(
        event_id=eid, doc_id="d", event_date=day, time_precision=1, event_type=etype, sub_event_type="Armed clash",
        actor1=a1, actor2=a2, country=country, location="Marib", latitude=15.46, longitude=45.32,
        evidence=[Evidence(0, 10, "they clashed", "d", "mention")],
    )  # fmt: skip


def _truce(**kw: object) -> Truce:
    base: dict[str, object] = dict(
        truce_id="t1", kind="truce", parties=["Ansar Allah", "Military Forces of Yemen (2017-)"],
        start=dt.date(2022, 4, 2), end=dt.date(2022, 6, 2), country="Yemen", area="Yemen", doc_ids=["a"],
    )  # fmt: skip
    base.update(kw)
    return Truce(**base)  # type: ignore[arg-type]


def test_possible_violation_rule() -> None:
    truce = _truce()
    houthis, army = "Houthis", "Military Forces of Yemen (2017-)"  # an alias resolves to its canonical name
    events = [
        _event("in", dt.date(2022, 4, 20), houthis, army),
        _event("before", dt.date(2022, 3, 30), houthis, army),
        _event("after", dt.date(2022, 6, 3), houthis, army),
        _event("elsewhere", dt.date(2022, 4, 20), houthis, army, country="Saudi Arabia"),
        _event("third-party", dt.date(2022, 4, 20), houthis, "Al Shabaab"),
        _event("protest", dt.date(2022, 4, 20), houthis, etype="Protests"),
    ]
    link_possible_violations([truce], events)
    assert [(v.event_id, v.kind) for v in truce.violations] == [("in", "possible")]
    link_possible_violations([truce], events)  # idempotent
    assert len(truce.violations) == 1


def test_same_and_merge_truce() -> None:
    a = _truce(brokers=["United Nations"], violations=[Violation("e1", "alleged", "X", "s1", "a")])
    b = _truce(truce_id="t2", start=dt.date(2022, 4, 3), end=None, brokers=["Oman"], kind="ceasefire",
               violations=[Violation("e1", "alleged", "Y", "s2", "b"), Violation("e2", "possible", "", "s", "b")],
               doc_ids=["b"])  # fmt: skip
    assert same_truce(a, b)
    assert not same_truce(a, _truce(start=dt.date(2022, 10, 1)))
    assert not same_truce(a, _truce(parties=["Al Shabaab", "Military Forces of Somalia"]))
    assert not same_truce(a, _truce(kind="humanitarian pause"))
    merge_truce(a, b)
    assert a.brokers == ["United Nations", "Oman"]
    assert a.start == dt.date(2022, 4, 2) and a.end == dt.date(2022, 6, 2)
    assert a.doc_ids == ["a", "b"]
    alleged = [v for v in a.violations if v.kind == "alleged"]
    assert len(alleged) == 1 and alleged[0].alleged_by == "X; Y"
    assert [v.event_id for v in a.violations if v.kind == "possible"] == ["e2"]


def test_store_keeps_one_truce_and_cli_lists_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventwatch.cli import main
    from eventwatch.records import DocumentResult
    from eventwatch.store.base import open_store

    db = tmp_path / "t.sqlite"
    with open_store(db) as store:
        for doc_id, truce in (
            ("a", _truce(doc_ids=[])),
            ("b", _truce(start=dt.date(2022, 4, 1), doc_ids=[])),
        ):
            doc = Document(id=doc_id, text=f"report {doc_id}", published=dt.date(2022, 4, 5))
            store.add_result(DocumentResult(document=doc, truces=[truce]))
        assert len(store.truces()) == 1
    assert main(["truces", "--db", str(db), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1 and rows[0]["start"] == "2022-04-01" and sorted(rows[0]["doc_ids"]) == ["a", "b"]
    assert main(["truces", "--db", str(db)]) == 0
    assert "parties:" in capsys.readouterr().out
