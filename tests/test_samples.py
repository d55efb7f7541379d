"""The bundled sample reports (written by us) read as their authors meant: the main incident of each."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from eventwatch.pipeline import Pipeline
from eventwatch.records import DocumentResult, Event, document_from


@pytest.fixture(scope="module")
def results(pipeline: Pipeline) -> dict[str, DocumentResult]:
    text = resources.files("eventwatch.data").joinpath("samples/samples.jsonl").read_text("utf-8")
    docs = [document_from(json.loads(line)) for line in text.splitlines() if line.strip()]
    return {d.id[:9]: pipeline(d) for d in docs}


def _new(result: DocumentResult) -> list[Event]:
    return [e for e in result.events if not e.is_background]


def test_shelling_of_a_town(results: dict[str, DocumentResult]) -> None:
    (event,) = _new(results["sample-01"])
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.event_date == dt.date(2024, 2, 14) and event.time_precision == 1
    # Russia's forces in Ukraine are external forces (8) in ACLED's codes; the civilians they killed the other side
    assert event.actor1 == "Military Forces of Russia" and event.inter1 == 8
    assert event.actor2 == "Civilians (Ukraine)" and event.interaction == 78
    assert event.country == "Ukraine" and event.geo_precision == 1
    assert event.fatalities == 7
    assert any(w.name == "rocket" and w.count == 14 for w in event.weapons)


def test_two_protests_one_dispersed(results: dict[str, DocumentResult]) -> None:
    events = {e.location: e for e in _new(results["sample-02"])}
    assert events["Nairobi"].sub_event_type == "Peaceful protest"
    assert events["Nairobi"].crowd_size == 2000 and events["Nairobi"].actor1 == "Protesters (Kenya)"
    assert events["Kisumu"].sub_event_type == "Protest with intervention"
    assert events["Kisumu"].actor2 == "Police Forces of Kenya"


def test_claimed_roadside_bomb(results: dict[str, DocumentResult]) -> None:
    bomb = [e for e in _new(results["sample-03"]) if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bomb) == 1
    assert bomb[0].actor1 == "Al Shabaab"  # from the claim of responsibility
    assert (
        bomb[0].fatalities == 4 and bomb[0].fatalities_high >= 10
    )  # officials' figure; the group's claim as high


def test_abduction(results: dict[str, DocumentResult]) -> None:
    (event,) = _new(results["sample-04"])
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.inter2 == 7 and event.country == "Nigeria"


def test_ceasefire_and_violation(results: dict[str, DocumentResult]) -> None:
    result = results["sample-05"]
    (shelling,) = _new(result)
    assert shelling.sub_event_type == "Shelling/artillery/missile attack" and shelling.fatalities == 3
    assert "M23" in shelling.actor1
    agreements = [e for e in result.events if e.sub_event_type == "Agreement"]
    assert agreements and all(e.is_background for e in agreements)
    assert agreements[0].event_date == dt.date(2024, 3, 8)
    # "The truce ... took effect": its sides are the parties the report names for the ceasefire, the Congolese
    # army and M23 (a named rebel group of the country does not hide the country's own forces)
    (truce,) = result.truces
    assert truce.parties == ["Military Forces of Democratic Republic of Congo", "M23: March 23 Movement"]
    assert (agreements[0].actor1, agreements[0].actor2) == tuple(truce.parties)
    assert agreements[0].interaction == 12


def test_declared_no_fly_zone(results: dict[str, DocumentResult]) -> None:
    (event,) = _new(results["sample-06"])
    assert event.event_type == "Strategic developments" and event.sub_event_type == "Other"
    assert event.actor1 == "Rapid Support Forces" and event.location == "Nyala"
    assert results["sample-06"].threats


def test_flood_is_no_event(results: dict[str, DocumentResult]) -> None:
    assert results["sample-07"].events == []


def test_air_strike_dozens_killed(results: dict[str, DocumentResult]) -> None:
    (event,) = _new(results["sample-08"])
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities == 12 and event.actor1.startswith("Military Forces of Myanmar")
    assert event.geo_precision == 2  # "about 15 km north of the town of Ye-U"
