"""Airspace threats: extraction and geometry, linking airport attacks, merging, dispatcher checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwatch.link.airspace import (
    airports,
    check_airport,
    check_route,
    covers,
    distance_km,
    extract_threats,
    great_circle,
    merge_threat,
    offset_point,
    route_crosses,
    same_threat,
)
from eventwatch.nlp.segment import split_sentences
from eventwatch.pipeline import Context, Sentence, Settings
from eventwatch.records import AirspaceThreat, Document, DocumentResult, Event, Place, Span, TimeExpression

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[1] / "shared" / "seed" / "seed-article.txt"
FIXTURES = HERE / "fixtures" / "link"
LNA = "Military Forces of Libya (2014-) Haftar Faction"


def _airport(icao: str) -> tuple[float, float]:
    a = airports()[icao]
    return float(a["lat"]), float(a["lon"])


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    from eventwatch.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="module")
def seed_ctx(pipeline):  # type: ignore[no-untyped-def]
    if not SEED.exists():
        pytest.skip(f"seed report not found at {SEED}")
    doc = Document(id="seed", text=SEED.read_text(encoding="utf-8"), published=dt.date(2020, 1, 23))
    return pipeline.context(doc)


def test_seed_threat(seed_ctx) -> None:  # type: ignore[no-untyped-def]
    assert len(seed_ctx.threats) == 1
    t = seed_ctx.threats[0]
    assert t.issuer == LNA
    assert t.valid_from == dt.date(2020, 1, 22) and t.valid_until is None and t.until_further_notice
    assert t.applies_to == "all"  # civil and military aircraft
    assert t.kind == "declared threat" and t.level == 1
    assert "legitimate targets" in t.severity
    assert {"HLLM", "HLLT"} <= set(t.airports_inside)
    assert "HLMS" not in t.airports_inside and "HLLB" not in t.airports_inside
    assert covers(t, 32.887, 13.187)  # Tripoli
    assert covers(t, 32.95, 13.2)  # off the capital's beaches
    assert not covers(t, *_airport("HLMS")) and not covers(t, 32.115, 20.069)  # Misrata, Benghazi
    rocket = next(
        e for e in seed_ctx.events if e.event_type == "Explosions/Remote violence" and not e.is_background
    )
    assert rocket.icao == "HLLM" and rocket.event_id in t.linked_events


def test_seed_dispatcher_checks(seed_ctx, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.cli import main
    from eventwatch.store.base import open_store

    db = tmp_path / "seed.sqlite"
    with open_store(db) as store:
        store.add_result(seed_ctx.result())
    assert (
        main(["airspace", "check", "HLLM", "--date", "2020-01-23", "--db", str(db), "--format", "json"]) == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["airport"]["icao"] == "HLLM"
    assert len(out["threats"]) == 1 and out["threats"][0]["relation"] == "inside"
    assert any(
        e["event_type"] == "Explosions/Remote violence" and e["icao"] == "HLLM" for e in out["incidents"]
    )
    assert (
        main(["airspace", "check", "HLMS", "--date", "2020-01-23", "--db", str(db), "--format", "json"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["threats"] == []
    # before the declaration nothing is in force
    assert (
        main(["airspace", "check", "HLLM", "--date", "2020-01-10", "--db", str(db), "--format", "json"]) == 0
    )
    assert json.loads(capsys.readouterr().out)["threats"] == []
    # Misrata -> Tozeur flies over the Tripoli area; Misrata -> Benghazi stays east of the zone
    assert (
        main(
            ["airspace", "route", "HLMS", "DTTZ", "--date", "2020-01-23", "--db", str(db), "--format", "json"]
        )
        == 0
    )
    route = json.loads(capsys.readouterr().out)
    assert route["route"]["from"]["icao"] == "HLMS" and len(route["threats"]) == 1
    assert (
        main(
            ["airspace", "route", "HLMS", "HLLB", "--date", "2020-01-23", "--db", str(db), "--format", "json"]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["threats"] == []
    assert main(["airspace", "check", "XXXX", "--db", str(db)]) == 2
    assert "unknown airport" in capsys.readouterr().err
    assert main(["airspace", "check", "HLLT", "--date", "2020-01-23", "--db", str(db)]) == 0
    assert "THREAT" in capsys.readouterr().out


def test_fixture_no_fly_zone(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "tigray-no-fly.txt").read_text(encoding="utf-8")
    ctx = pipeline.context(Document(id="tigray", text=text, published=dt.date(2021, 3, 10)))
    assert len(ctx.threats) == 1
    t = ctx.threats[0]
    assert t.issuer == "TPLF: Tigray People's Liberation Front"
    assert t.applies_to == "military"  # civilian flights exempted
    assert t.valid_from == dt.date(2021, 3, 9)
    assert t.country == "Ethiopia"
    assert "HAMK" in t.airports_inside
    assert covers(t, 14.28, 39.46)  # Adigrat, the northern end
    assert covers(t, *offset_point(13.497, 39.475, 95, 0))  # "about 100 km north of Mekelle"
    for icao in ("HAAX", "HABD", "HAAB"):  # Axum, Bahir Dar, Addis Ababa stay outside
        assert icao not in t.airports_inside and not covers(t, *_airport(icao))


def _hand_context(text: str, places: list[tuple[str, str, float, float, str]], times=()) -> Context:  # type: ignore[no-untyped-def]
    """A context built by hand: sentences from the splitter, toponyms placed where their names occur."""
    ctx = Context(
        document=Document(id="hand", text=text, published=dt.date(2024, 6, 10)), settings=Settings()
    )
    ctx.sentences = [Sentence(s) for s in split_sentences(text)]
    at = 0
    for surface, name, lat, lon, feature in places:
        start = text.index(surface, at)
        at = start + 1
        ctx.toponyms.append(Place(name=name, latitude=lat, longitude=lon, country_code="YE", feature=feature,
                                  resolved=True, population=600_000, span=Span(start, start + len(surface), surface)))  # fmt: skip
    for surface, day in times:
        start = text.index(surface)
        ctx.times.append(TimeExpression(Span(start, start + len(surface), surface), day))
    return ctx


def test_coast_and_offsets_by_hand() -> None:
    text = (
        "The coalition declared an air blockade over Hodeidah on 3 June. The zone stretches from Zabid "
        "(95 km south-east of Hodeidah) to the coast of Hodeidah until 30 June, and any commercial aircraft "
        "will be shot down."
    )
    hodeidah = (14.7978, 42.9545)
    ctx = _hand_context(
        text,
        [
            ("Hodeidah", "Hodeidah", *hodeidah, "city"),
            ("Zabid", "Zabid", 14.195, 43.315, "city"),
            ("Hodeidah", "Hodeidah", *hodeidah, "city"),
            ("Hodeidah", "Hodeidah", *hodeidah, "city"),
        ],
        [("3 June", dt.date(2024, 6, 3)), ("30 June", dt.date(2024, 6, 30))],
    )
    (t,) = extract_threats(ctx)
    assert (t.valid_from, t.valid_until, t.until_further_notice) == (
        dt.date(2024, 6, 3),
        dt.date(2024, 6, 30),
        False,
    )
    assert t.applies_to == "civil" and t.kind == "declared threat"
    assert covers(t, *offset_point(*hodeidah, 15, 300))  # at sea, west of the city
    assert covers(t, 14.195, 43.315)  # Zabid
    assert not covers(t, *_airport("OYSN"))  # Sanaa, far inland
    assert "OYHD" in t.airports_inside


def test_place_named_for_the_press_conference_is_not_in_the_area() -> None:
    text = "Speaking at a press conference in Aden, the spokesman announced a no-fly zone over Sanaa."
    ctx = _hand_context(
        text, [("Aden", "Aden", 12.78, 45.04, "city"), ("Sanaa", "Sanaa", 15.354, 44.206, "city")]
    )
    (t,) = extract_threats(ctx)
    assert covers(t, 15.354, 44.206) and not covers(t, 12.78, 45.04)
    assert t.airports_inside == ["OYSN"] or "OYSN" in t.airports_inside
    assert "OYAA" not in t.airports_inside


def test_geodesy() -> None:
    lat, lon = offset_point(32.887, 13.187, 100, 225)
    assert abs(distance_km(32.887, 13.187, lat, lon) - 100) < 0.01
    assert lat < 32.887 and lon < 13.187
    route = great_circle(*_airport("HLMS"), *_airport("DTTA"), step_km=10)
    assert len(route) > 40 and abs(route[0][0] - _airport("HLMS")[0]) < 1e-6


def _threat(tid: str, issuer: str, day: dt.date, ring: list[list[float]], **kw: object) -> AirspaceThreat:
    fields: dict[str, object] = {"threat_id": tid, "issuer": issuer, "kind": "prohibition", "applies_to": "civil",
                                 "valid_from": day, "geometry": {"type": "Polygon", "coordinates": [ring]},
                                 "doc_ids": [tid]}  # fmt: skip
    fields.update(kw)
    return AirspaceThreat(**fields)  # type: ignore[arg-type]


SQUARE = [[13.0, 32.5], [13.5, 32.5], [13.5, 33.0], [13.0, 33.0], [13.0, 32.5]]
SHIFTED = [[13.1, 32.6], [13.6, 32.6], [13.6, 33.1], [13.1, 33.1], [13.1, 32.6]]
FAR = [[20.0, 32.0], [20.3, 32.0], [20.3, 32.3], [20.0, 32.3], [20.0, 32.0]]


def test_same_and_merge_threat() -> None:
    a = _threat("a", "LNA", dt.date(2020, 1, 22), SQUARE, severity="short", level=2)
    b = _threat("b", "Libyan National Army", dt.date(2020, 1, 21), SHIFTED, severity="a longer wording", level=1,
                applies_to="military", linked_events=["e1"])  # fmt: skip
    assert same_threat(a, b)
    assert not same_threat(a, _threat("c", "GNA", dt.date(2020, 1, 22), SQUARE))
    assert not same_threat(a, _threat("d", "LNA", dt.date(2020, 1, 22), FAR))
    assert not same_threat(a, _threat("e", "LNA", dt.date(2020, 3, 1), SQUARE))
    merge_threat(a, b)
    assert a.valid_from == dt.date(2020, 1, 21) and a.applies_to == "all" and a.level == 1
    assert a.severity == "a longer wording" and a.linked_events == ["e1"] and a.doc_ids == ["a", "b"]
    assert covers(a, 33.05, 13.55)  # the union reaches into b's corner
    assert "HLLM" in a.airports_inside


def test_store_merges_reports_of_one_threat(tmp_path: Path) -> None:
    from eventwatch.store.base import open_store

    with open_store(tmp_path / "m.sqlite") as store:
        for tid, ring in (("a", SQUARE), ("b", SHIFTED)):
            doc = Document(id=tid, text=f"report {tid}", published=dt.date(2020, 1, 23))
            store.add_result(
                DocumentResult(document=doc, threats=[_threat(tid, "LNA", dt.date(2020, 1, 22), ring)])
            )
        (stored,) = store.threats()
        assert sorted(stored.doc_ids) == ["a", "b"]
        route = check_route(store, "HLMS", "DTTZ", dt.date(2020, 1, 23))
        assert len(route["threats"]) == 1
        check = check_airport(store, "HLLM", dt.date(2020, 1, 23))
        assert check["threats"][0]["relation"] == "inside" and check["incidents"] == []


def test_route_crossing_geometry() -> None:
    t = _threat("x", "LNA", dt.date(2020, 1, 22), SQUARE)
    assert route_crosses(t, [(32.7, 12.0), (32.7, 14.0)])
    assert not route_crosses(t, [(31.0, 12.0), (31.0, 14.0)])
    event = Event(event_id="e", doc_id="d", event_date=dt.date(2020, 1, 22), time_precision=1,
                  event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                  latitude=32.8941, longitude=13.276, targets=["the airport"])  # fmt: skip
    from eventwatch.link.airspace import link_airport_events

    link_airport_events([event], [t])
    assert event.icao == "HLLM" and t.linked_events == ["e"]
