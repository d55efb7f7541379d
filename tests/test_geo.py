"""Geoparsing: gazetteer, recognition, resolution, event place, areas, CLI and the geo scorer."""

from __future__ import annotations

import io
import json
import math
import re
from pathlib import Path

import pytest

from eventwatch.geo import areas
from eventwatch.geo.gazetteer import fold, get_gazetteer, skeleton
from eventwatch.geo.resolve import event_place
from eventwatch.geo.stage import geoparse_text
from eventwatch.pipeline import Context, Settings
from eventwatch.records import Document, Place

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "seed-article.txt"
BENCH = SHARED / "benchmarks" / "geo"


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return get_gazetteer()


def _by_text(places: list[Place], text: str) -> list[Place]:
    return [p for p in places if p.span is not None and p.span.text == text]


# ----------------------------------------------------------------------------------------------- keys


def test_fold_and_skeleton() -> None:
    assert fold("Ţarābulus") == "tarabulus"
    assert fold("Al-Bayda'") == "al bayda"
    assert skeleton("Maitika") == skeleton("Mitiga")
    assert skeleton("Misurata") != skeleton("Benghazi")


# ----------------------------------------------------------------------------------------------- areas


def test_bearings() -> None:
    assert areas.bearing("southwest") == 225.0
    assert areas.bearing("south-west") == 225.0
    assert areas.bearing("SW") == 225.0
    assert areas.bearing("north") == 0.0
    assert areas.bearing("north-northeast") == 22.5
    assert areas.bearing("eastern") == 90.0
    assert areas.bearing("upwards") is None


def test_offset_distance_and_buffer() -> None:
    lat, lon = areas.offset(32.89, 13.19, 100.0, 225.0)
    assert lat < 32.89 and lon < 13.19
    assert areas.distance_km(32.89, 13.19, lat, lon) == pytest.approx(100.0, abs=0.01)
    circle = areas.buffer(32.89, 13.19, 50.0)
    from shapely.geometry import Point

    assert circle.contains(Point(13.19, 32.89))
    assert not circle.contains(Point(13.19 + 1.0, 32.89))  # ~93 km east


def test_parse_offsets() -> None:
    text = "Shells fell on a village (about 40 kilometres north-east of Sirte) and 12 miles S of Derna."
    found = areas.parse_offsets(text)
    assert [(round(o.distance_km or 0), o.bearing_deg, o.ref_text) for o in found] == [
        (40, 45.0, "Sirte"),
        (19, 180.0, "Derna"),
    ]
    assert text[found[0].ref_start : found[0].ref_end] == "Sirte"


# ----------------------------------------------------------------------------------------------- gazetteer


def test_gazetteer_lookups(gaz) -> None:  # type: ignore[no-untyped-def]
    hllm = gaz.airport("HLLM")
    assert hllm is not None and hllm.country_code == "LY"
    assert hllm.latitude == pytest.approx(32.894, abs=0.01) and hllm.longitude == pytest.approx(
        13.276, abs=0.01
    )
    fuzzy = gaz.fuzzy("Maitika", {"LY"})
    assert fuzzy is not None and fuzzy.icao == "HLLM"
    assert gaz.fuzzy("Maitika", {"FR"}) is None or gaz.fuzzy("Maitika", {"FR"}).country_code == "FR"
    misrata = [m.entry for m in gaz.lookup("Misurata") if m.entry.feature == "city"]
    assert misrata and misrata[0].cc == "LY" and misrata[0].lat == pytest.approx(32.37, abs=0.1)
    libya = gaz.country("LBY")
    assert libya is not None and libya.country_code == "LY" and libya.feature == "country"
    assert gaz.country("Libya") is not None and gaz.country("Atlantis") is None
    airports = gaz.airports()
    assert len(airports) > 20000 and all(a.icao and a.latitude is not None for a in airports[:100])


# ----------------------------------------------------------------------------------------------- resolution

OUR_LIBYA = (
    "Militias loyal to the eastern commander shelled the outskirts of Tripoli on Monday, residents said. "
    "Fighting also spread to Zawiya and Gharyan, south of the capital, while the Libyan government met. "
    "A spokesman told a press conference in the city of Benghazi that the Maitika airport was closed."
)
OUR_LEBANON = "Protesters gathered in Tripoli and Beirut on Sunday, blocking roads across Lebanon."


def test_context_picks_the_right_tripoli() -> None:
    libya = geoparse_text(OUR_LIBYA)
    lebanon = geoparse_text(OUR_LEBANON)
    assert {p.country_code for p in _by_text(libya, "Tripoli")} == {"LY"}
    assert {p.country_code for p in _by_text(lebanon, "Tripoli")} == {"LB"}
    assert all(p.resolved for p in lebanon)


def test_demonym_before_a_title_is_not_a_place() -> None:
    places = geoparse_text("The retired Libyan Major General spoke. The Libyan capital was calm.")
    spans = [p.span.text for p in places if p.span is not None]
    assert spans == ["Libyan"]
    assert places[0].span is not None and places[0].span.start > 30 and places[0].country_code == "LY"


def test_person_names_and_common_words_are_not_places() -> None:
    places = geoparse_text(
        "President Obama met Colonel Mohamed Salah. Police said the mobile unit fired six Grad rockets."
    )
    assert [p.span.text for p in places if p.span is not None] == []


def test_a_squares_name_and_a_line_are_not_places() -> None:
    places = geoparse_text(
        "Thousands filled Independence Square in Kyiv. Two soldiers died on the Line of Control near Kupwara."
    )
    assert [p.span.text for p in places if p.span is not None] == ["Kyiv", "Kupwara"]
    assert {p.country_code for p in places} == {"UA", "IN"}


def test_unresolvable_span_is_kept_unresolved() -> None:
    text = "Reports came from Xqzzyville and from Paris, France."
    a, b = text.index("Xqzzyville"), text.index("Paris")
    places = geoparse_text(text, spans=[(a, a + 10), (b, b + 5)], fallback_focus=False)
    assert not places[0].resolved and places[0].name == "Xqzzyville"
    assert places[1].resolved and places[1].country_code == "FR"


def test_given_unknown_span_falls_back_on_the_reports_main_place() -> None:
    text = "Crowds gathered on Qwertyvale Street in Toledo, Ohio; later Toledo police closed it."
    a = text.index("Qwertyvale Street")
    t1, t2, oh = text.index("Toledo"), text.rindex("Toledo"), text.index("Ohio")
    places = geoparse_text(text, spans=[(a, a + 17), (t1, t1 + 6), (oh, oh + 4), (t2, t2 + 6)])
    street = places[0]
    assert street.resolved and street.admin1 == "Ohio" and street.score < 0.1 and street.geo_precision == 3
    assert street.name == "Qwertyvale Street"
    # without given spans (the pipeline), an unknown name is never guessed
    assert all(p.name != "Qwertyvale Street" or not p.resolved for p in geoparse_text(text))


def test_part_of_an_unknown_name_and_same_name_votes() -> None:
    text = "Students at Colorado Mesa Polytechnic rallied. Alexandria police said the Alexandria, Louisiana, crash..."
    a = text.index("Colorado Mesa Polytechnic")
    x1 = text.index("Alexandria")
    places = geoparse_text(text, spans=[(a, a + 25), (x1, x1 + 10)])
    assert places[0].resolved and places[0].admin1 == "Colorado"
    # the second "Alexandria" is written with its state; the first follows it (one name, one place)
    alex = _by_text(geoparse_text(text), "Alexandria")
    assert {p.admin1 for p in alex} == {"Louisiana"}


def test_town_inside_a_longer_name_must_fit_the_report() -> None:
    # "Kandahar" names a city, but in a report about Ohio the "Kandahar Memorial Library" is a building
    # in Ohio, not a pin in Afghanistan; in a report about Afghanistan the namesake town fits.
    ohio = "Volunteers met at the Kandahar Memorial Library in Toledo; Toledo and Dayton schools joined in."
    afghan = (
        "Elders met at the Kandahar Memorial Library as fighting spread from Lashkar Gah towards Kandahar."
    )
    for text, expect in ((ohio, "US"), (afghan, "AF")):
        lib = text.index("Kandahar Memorial Library")
        others = [
            (m.start(), m.end())
            for m in re.finditer(r"Toledo|Dayton|Lashkar Gah|Kandahar(?! Memorial)", text)
        ]
        places = geoparse_text(text, spans=[(lib, lib + 25), *others])
        assert places[0].resolved and places[0].country_code == expect, (expect, places[0])
        bare = geoparse_text(text, spans=[(lib, lib + 25), *others], fallback_focus=False)[0]
        assert bare.resolved == (expect == "AF")  # no report focus to fall back on: unresolved, not abroad


def test_country_points_are_central() -> None:
    from eventwatch.geo.areas import haversine_km

    us = get_gazetteer().country("US")
    assert us is not None and us.latitude is not None and us.longitude is not None
    # the mainland's centre (Kansas), not a coastal capital
    assert haversine_km(us.latitude, us.longitude, 39.0, -98.0) < 200


def test_state_abbreviation_pattern() -> None:
    places = geoparse_text("The mill in Paris, Tenn., closed; another in Paris, Texas, stayed open.")
    paris = _by_text(places, "Paris")
    assert [p.admin1 for p in paris] == ["Tennessee", "Texas"]


# ----------------------------------------------------------------------------------------------- event place


def _ctx(text: str) -> Context:
    ctx = Context(document=Document("t", text), settings=Settings())
    ctx.toponyms = geoparse_text(text)
    return ctx


def test_event_place_prefers_the_incident_over_the_press_conference() -> None:
    text = "A spokesman told a news conference in the city of Benghazi that rockets hit Misurata airport."
    ctx = _ctx(text)
    place = event_place(ctx, 0, len(text), anchor=text.index("hit"))
    assert (
        place is not None and place.feature == "airport" and place.icao == "HLMS" and place.geo_precision == 1
    )


def test_event_place_offset_and_near() -> None:
    text = "Gunmen attacked a checkpoint 30 km south of Sabha on Friday."
    place = event_place(_ctx(text), 0, len(text))
    assert place is not None and place.geo_precision == 2
    sabha = get_gazetteer().lookup("Sabha")
    city = max((m.entry for m in sabha if m.entry.feature == "city"), key=lambda e: e.population)
    assert place.latitude is not None and place.longitude is not None
    assert areas.distance_km(city.lat, city.lon, place.latitude, place.longitude) == pytest.approx(
        30, abs=0.5
    )
    near = "Clashes broke out near Zawiya overnight."
    p2 = event_place(_ctx(near), 0, len(near))
    assert p2 is not None and p2.geo_precision == 2 and p2.country_code == "LY"
    region = "Airstrikes were reported across Libya."
    p3 = event_place(_ctx(region), 0, len(region))
    assert p3 is not None and p3.geo_precision == 3 and p3.feature == "country"
    assert event_place(_ctx("Nothing here."), 0, 13) is None


# ----------------------------------------------------------------------------------------------- seed


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is absent")
def test_seed_places() -> None:
    text = SEED.read_text(encoding="utf-8")
    places = geoparse_text(text)
    airports = [
        p for p in places if p.span is not None and ("Maitika" in p.span.text or "Mitiga" in p.span.text)
    ]
    assert airports and {p.icao for p in airports} == {"HLLM"}
    assert any("Mitiga" in p.span.text for p in airports if p.span) and any(
        "Maitika" in p.span.text for p in airports if p.span
    )
    mis = [p for p in places if p.span is not None and "Misurata" in p.span.text]
    assert mis and all("Misrata" in p.name or "Misratah" in p.name for p in mis)
    for town in ("Gharyan", "Tarhuna"):
        found = _by_text(places, town)
        assert found and all(p.feature == "city" and p.country_code == "LY" for p in found)
    assert {p.country_code for p in _by_text(places, "Tripoli")} == {"LY"}
    # no country placed on a building: airport mentions are airports
    assert all(p.feature == "airport" for p in places if p.span and "airport" in p.span.text.lower())
    assert not any(
        p.span and p.span.text == "Libyan" and "Major" in text[p.span.end : p.span.end + 7] for p in places
    )


# ----------------------------------------------------------------------------------------------- CLI


def test_geoparse_cli_jsonl_with_spans(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from eventwatch.cli import main

    doc = {"id": "d1", "text": "Shelling hit Gharyan and Tarhuna.", "spans": [[13, 20]]}
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(doc) + "\n"))
    assert main(["geoparse", "-"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["doc_id"] == "d1" and row["text"] == "Gharyan" and row["country_code"] == "LY"
    for key in ("start", "end", "name", "latitude", "longitude", "admin1", "feature", "geonames_id", "score",
                "resolved"):  # fmt: skip
        assert key in row


# ----------------------------------------------------------------------------------------------- scorer


def test_scorer() -> None:
    from eventwatch.eval.geo import Article, Gold, auc, match_errors, summary

    assert auc([0.0, 0.0]) == 0.0
    assert auc([20039.0, 20039.0]) == pytest.approx(1.0, rel=1e-4)
    art = Article(
        "a", "Paris and Lyon", gold=[Gold(0, 5, "Paris", 48.85, 2.35), Gold(10, 14, "Lyon", 45.76, 4.83)]
    )
    errors, matched, total = match_errors([art], [[(0, 5, 48.85, 2.35), (10, 14, 48.85, 2.35)]])
    assert matched == total == 2 and errors[0] == pytest.approx(0.0, abs=0.01) and 380 < errors[1] < 400
    s = summary(errors, total, matched)
    assert s["acc161"] == 0.5 and s["recall"] == 1.0 and not math.isnan(s["auc"])


@pytest.mark.skipif(not BENCH.exists(), reason="../shared/benchmarks/geo is absent")
def test_eval_geo_runs_on_a_few_articles() -> None:
    from eventwatch.eval.geo import evaluate

    result = evaluate("lgl", BENCH, ("gold", "e2e"), limit=8, peers=True)
    ours = result["systems"]["eventwatch (gold)"]
    assert ours["n"] > 10 and 0.0 <= ours["acc161"] <= 1.0
    assert "Edinburgh (e2e, published)" in result["systems"]


def test_an_ocean_agrees_with_any_report() -> None:
    # a place with no country (an ocean) is not outvoted by a namesake county of the report's country
    text = "Navy ships left Norfolk, Virginia, and Charleston, South Carolina, and sailed into the Atlantic."
    spans = [
        (m.start(), m.end())
        for m in re.finditer(r"Norfolk|Virginia|Charleston|South Carolina|Atlantic", text)
    ]
    places = geoparse_text(text, spans=spans)
    assert places[-1].feature == "water" and places[-1].name == "Atlantic Ocean", places[-1]
    assert {p.country_code for p in places[:-1]} == {"US"}


def test_unknown_building_takes_the_town_named_beside_it() -> None:
    text = (
        "Toledo police said the march began in Toledo. Later, the crowd reached the Qwertyvale Arena in "
        "Dayton. Toledo residents went home."
    )
    spans = [(m.start(), m.end()) for m in re.finditer(r"Toledo|Qwertyvale Arena|Dayton", text)]
    places = geoparse_text(text, spans=spans)
    arena = next(p for p in places if p.name == "Qwertyvale Arena")
    assert arena.resolved and arena.score < 0.1
    dayton = next(p for p in places if p.span is not None and p.span.text == "Dayton")
    assert (arena.latitude, arena.longitude) == (dayton.latitude, dayton.longitude)


def test_a_word_opening_a_sentence_is_no_hamlet_or_airfield(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.records import Document

    ctx = pipeline.context(Document(id="t", text="Rebel fighters took the town on Monday, residents said."))
    assert [t.span.text for t in ctx.toponyms if t.span is not None] == []
    # a real town opening a sentence stays
    ctx = pipeline.context(Document(id="t", text="Kabul police said two people died on Monday."))
    assert [t.span.text for t in ctx.toponyms if t.span is not None] == ["Kabul"]


def test_a_name_followed_by_region_or_state_is_the_division() -> None:
    places = geoparse_text("Fighting spread to the Kharkiv region, near Izium, on Monday.")
    assert [(p.name, p.feature) for p in _by_text(places, "Kharkiv")] == [("Kharkivska oblast", "admin1")]
    places = geoparse_text("Gunmen attacked Sokoto. They later fled into the Sokoto state forest.")
    assert [p.feature for p in places if p.span is not None and p.span.text == "Sokoto"] == ["city", "admin1"]


def test_hyphenated_names_joined_by_au_or_aux_are_one_place() -> None:
    places = geoparse_text("Protesters blocked the main road in Port-au-Prince on Monday.")
    found = _by_text(places, "Port-au-Prince")
    assert found and found[0].country_code == "HT"
    assert not _by_text(places, "Port")  # not the Port of Réunion


def test_a_small_place_closing_an_organisations_name_after_of_the_is_no_place() -> None:
    places = geoparse_text(
        "Soldiers, backed by the Volunteers for the Defence of the Homeland, entered Diapaga on Monday."
    )
    assert not _by_text(places, "Homeland")  # not Homeland, California
    assert _by_text(places, "Diapaga")
    # a country keeps its name inside one ("the Republic of the Congo")
    assert _by_text(
        geoparse_text("Fighting broke out in the Republic of the Congo on Monday."), "Republic of the Congo"
    )


def test_a_word_labelled_by_a_number_is_no_place() -> None:
    places = geoparse_text("Police imposed Section 144 in Srinagar after clashes on Friday.")
    assert not _by_text(places, "Section")  # not Section, Alabama
    assert _by_text(places, "Srinagar")
    # a dateline's day and a year after a name keep the place
    assert _by_text(geoparse_text("Goma 3 March: shops reopened in the town."), "Goma")
