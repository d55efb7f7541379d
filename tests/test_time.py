"""Temporal expressions: finding them, normalising them against the publication date."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from eventwatch.extract.time import find_times, is_relative, make_time_component
from eventwatch.pipeline import Context, Settings
from eventwatch.records import Document, TimeExpression

PUBLISHED = dt.date(2020, 1, 23)  # a Thursday
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed-article.txt"


def one(text: str, published: dt.date | None = PUBLISHED) -> TimeExpression:
    found = find_times(text, published)
    assert len(found) == 1, [t.span.text for t in found]
    return found[0]


def by_text(text: str, published: dt.date | None = PUBLISHED) -> dict[str, TimeExpression]:
    return {t.span.text: t for t in find_times(text, published)}


# --- absolute dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town fell on March 10, 2002 after a siege.", "2002-03-10"),
        ("The town fell on 10 March 2002 after a siege.", "2002-03-10"),
        ("The town fell on the 10th of March, 2002.", "2002-03-10"),
        ("The town fell on Mar. 10, 2002.", "2002-03-10"),
        ("Talks opened on 2019-06-30 in Geneva.", "2019-06-30"),
        ("Talks opened on Sunday, June 30, 2019 in Geneva.", "2019-06-30"),
    ],
)
def test_absolute_days(text: str, expected: str) -> None:
    for published in (PUBLISHED, None):
        time = one(text, published)
        assert time.value == dt.date.fromisoformat(expected)
        assert time.precision == 1
        assert time.resolved
        assert time.timex == expected
        assert text[time.span.start : time.span.end] == time.span.text


def test_month_and_year_is_mid_month() -> None:
    time = one("Shelling intensified in November 2018 near the border.")
    assert time.value == dt.date(2018, 11, 15)
    assert time.precision == 3
    assert time.timex == "2018-11"
    assert time.end == dt.date(2018, 11, 30)


def test_year_alone_is_month_precision_mid_year() -> None:
    time = one("The militia was formed in 2014 by local elders.")
    assert (time.value, time.precision, time.timex) == (dt.date(2014, 7, 1), 3, "2014")
    assert time.end == dt.date(2014, 12, 31)


# --- relative dates --------------------------------------------------------------------------------


def test_weekday_part_of_day_is_the_most_recent_one() -> None:
    time = one("A spokesman spoke to reporters on Wednesday evening in the port city.")
    assert time.span.text == "Wednesday evening"
    assert time.value == dt.date(2020, 1, 22)
    assert time.precision == 1
    assert time.timex.startswith("2020-01-22")


def test_weekday_same_day_and_future() -> None:
    assert one("Gunmen raided a village on Thursday.").value == PUBLISHED
    assert one("The envoy will visit the capital on Monday.").value == dt.date(2020, 1, 27)
    assert one("The envoy visited the capital on Monday.").value == dt.date(2020, 1, 20)
    assert one("Clashes broke out last Friday near the dam.").value == dt.date(2020, 1, 17)


@pytest.mark.parametrize(
    ("text", "value", "precision", "timex"),
    [
        ("The convoy was hit yesterday.", dt.date(2020, 1, 22), 1, "2020-01-22"),
        ("Two soldiers died three days ago.", dt.date(2020, 1, 20), 1, "2020-01-20"),
        ("Markets reopened last week.", dt.date(2020, 1, 16), 2, "2020-W03"),
        ("Protests spread this week.", dt.date(2020, 1, 23), 2, "2020-W04"),
        ("The bridge was blown up last month.", dt.date(2019, 12, 15), 3, "2019-12"),
        ("Elections were held last year.", dt.date(2019, 7, 1), 3, "2019"),
        ("He fled two years ago.", dt.date(2018, 7, 1), 3, "2018"),
    ],
)
def test_relative_to_publication(text: str, value: dt.date, precision: int, timex: str) -> None:
    time = one(text)
    assert (time.value, time.precision, time.timex) == (value, precision, timex)
    assert time.resolved


def test_since_takes_the_most_recent_past_date() -> None:
    time = one("Rebels have besieged the town since April 4, cutting supplies.")
    assert time.kind == "since"
    assert time.span.text == "since April 4"
    assert time.value == dt.date(2019, 4, 4)
    assert time.end is None


def test_day_of_this_month() -> None:
    time = one("A truce has held since the 12th of this month despite incidents.")
    assert time.value == dt.date(2020, 1, 12)
    assert time.precision == 1
    assert time.kind == "since"


def test_early_mid_late_month() -> None:
    found = by_text(
        "Raids began in early September, peaked in mid-October and ended in late November last year."
    )
    assert found["early September"].value == dt.date(2019, 9, 5)
    assert found["early September"].timex == "2019-09"
    assert found["mid-October"].value == dt.date(2019, 10, 15)
    late = found["late November last year"]
    assert (late.value, late.precision, late.timex) == (dt.date(2019, 11, 25), 3, "2019-11")


def test_month_without_year_is_most_recent_past() -> None:
    time = one("Aid deliveries stopped in October.")
    assert time.value == dt.date(2019, 10, 15)
    assert one("Aid deliveries stopped in January.").value == dt.date(2020, 1, 15)


def test_ranges() -> None:
    time = one("Curfews were imposed from January 12 to 15 in the north.")
    assert time.kind == "range"
    assert (time.value, time.end) == (dt.date(2020, 1, 12), dt.date(2020, 1, 15))
    time = one("Curfews were imposed on 3-5 March 2019.")
    assert (time.kind, time.value, time.end) == ("range", dt.date(2019, 3, 3), dt.date(2019, 3, 5))


def test_timeml_values() -> None:
    published = dt.date(1998, 8, 6)
    found = by_text(
        "Profits rose in the first quarter, unlike the 1990s; talks resume this week, "
        "as they did last summer and now.",
        published,
    )
    assert found["the first quarter"].timex == "1998-Q1"
    assert found["the 1990s"].timex == "199"
    assert found["this week"].timex == "1998-W32"
    assert found["last summer"].timex == "1997-SU"
    assert found["now"].timex == "PRESENT_REF"


def test_durations_are_not_dates() -> None:
    time = one("The siege lasted three years.")
    assert time.kind == "duration"
    assert time.value is None
    assert time.timex == "P3Y"


# --- what must not be a date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The town lies 90 km south of the capital.",
        "Militants fired six rockets at the base.",
        "More than 1,000 people fled the fighting.",
        "Some 2000 troops were deployed along the road.",
        "Theresa May spoke to reporters.",
        "Oil prices may fall further.",
        "The unit has 1500 fighters.",
    ],
)
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert [t for t in find_times(text, PUBLISHED) if t.kind != "duration"] == []


def test_sorted_and_not_overlapping() -> None:
    text = (
        "On Monday, January 6, 2020, a car bomb exploded; last week two more went off, and since "
        "mid-December, 2019 the city has been under curfew every night."
    )
    found = find_times(text, PUBLISHED)
    assert len(found) >= 3
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


# --- no publication date ---------------------------------------------------------------------------


def test_relative_left_unresolved_without_publication_date() -> None:
    found = find_times(
        "On Wednesday the army said that since 3 June 2019 it had lost 40 men; last month too.", None
    )
    texts = {t.span.text: t for t in found}
    wednesday = texts["Wednesday"]
    assert wednesday.value is None and not wednesday.resolved and is_relative(wednesday)
    assert texts["last month"].value is None
    since = texts["since 3 June 2019"]
    assert since.resolved and since.value == dt.date(2019, 6, 3)


def test_component_warns_without_publication_date() -> None:
    stage = make_time_component(Settings())
    ctx = Context(document=Document(id="d1", text="Jets struck the depot yesterday."), settings=Settings())
    stage(ctx)
    assert len(ctx.times) == 1 and ctx.times[0].value is None
    assert any("publication date" in w for w in ctx.warnings)

    dated = Context(
        document=Document(id="d2", text="Jets struck the depot yesterday.", published=PUBLISHED),
        settings=Settings(),
    )
    stage(dated)
    assert dated.times[0].value == dt.date(2020, 1, 22)
    assert dated.warnings == []


def test_component_is_registered() -> None:
    from eventwatch import pipeline

    assert pipeline._REGISTRY["time"] is make_time_component


# --- the seed report -------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed/seed-article.txt is absent")
def test_seed_report() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = find_times(text, dt.date(2020, 1, 23))
    values = {(t.value, t.precision, t.kind) for t in found}
    assert (dt.date(2020, 1, 22), 1, "date") in values  # Wednesday evening
    assert (dt.date(2019, 4, 4), 1, "since") in values  # since April 4
    assert (dt.date(2020, 1, 12), 1, "date") in values or (dt.date(2020, 1, 12), 1, "since") in values
    timexes = {t.timex for t in found}
    assert {"2019-11", "2019-09"} <= timexes  # late November last year, early September
    for t in found:
        assert t.value is None or t.value <= dt.date(2020, 1, 23)
    unresolved = find_times(text, None)
    assert all(t.value is None for t in unresolved if t.span.text.startswith("Wednesday"))
