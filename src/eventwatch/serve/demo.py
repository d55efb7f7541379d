"""Made-up events for tests, the load benchmark and trying the dashboard without running the pipeline.

Everything here is invented (places are real, incidents are not); it is built from records directly, so it
needs no language model.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from eventwatch.records import Document, DocumentResult, Event, Evidence

# (country, iso3, admin1, location, lat, lon)
PLACES: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("Libya", "LBY", "Tripoli", "Tripoli", 32.8872, 13.1913),
    ("Libya", "LBY", "Tripoli", "Mitiga Airport", 32.8941, 13.2760),
    ("Libya", "LBY", "Misrata", "Misrata", 32.3754, 15.0925),
    ("Libya", "LBY", "Jabal al Gharbi", "Gharyan", 32.1722, 13.0203),
    ("Libya", "LBY", "Benghazi", "Benghazi", 32.1167, 20.0667),
    ("Libya", "LBY", "Sirte", "Sirte", 31.2089, 16.5887),
    ("Syria", "SYR", "Idlib", "Maarat al-Numan", 35.6480, 36.6740),
    ("Syria", "SYR", "Aleppo", "Aleppo", 36.2021, 37.1343),
    ("Yemen", "YEM", "Al Hudaydah", "Hodeidah", 14.7978, 42.9545),
    ("Yemen", "YEM", "Marib", "Marib", 15.4620, 45.3225),
    ("Mali", "MLI", "Mopti", "Mopti", 14.4843, -4.1827),
    ("Somalia", "SOM", "Banadir", "Mogadishu", 2.0469, 45.3182),
    ("Ukraine", "UKR", "Donetsk", "Avdiivka", 48.1394, 37.7497),
    ("Sudan", "SDN", "Khartoum", "Omdurman", 15.6445, 32.4777),
)

# (event_type, sub_event_type, verb phrase)
TYPES: tuple[tuple[str, str, str], ...] = (
    ("Battles", "Armed clash", "clashed with"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled positions of"),
    ("Explosions/Remote violence", "Air/drone strike", "carried out an air strike on"),
    ("Violence against civilians", "Attack", "attacked"),
    ("Protests", "Peaceful protest", "marched against"),
    ("Riots", "Violent demonstration", "rioted against"),
    ("Strategic developments", "Looting/property destruction", "looted property of"),
)

ACTORS: tuple[str, ...] = (
    "Military Forces of Libya (2016-) Government of National Accord",
    "Libyan National Army",
    "Military Forces of Syria (2000-)",
    "Hayat Tahrir al-Sham",
    "Houthi Movement",
    "JNIM: Group for Support of Islam and Muslims",
    "Al Shabaab",
    "Rapid Support Forces",
    "Military Forces of Russia (2000-)",
    "Civilians",
    "Protesters",
)


def make_event(
    rng: random.Random, n: int, doc_id: str, start: dt.date, days: int, jitter_deg: float = 0.3
) -> tuple[Event, str]:
    """One invented event and the sentence that reports it."""
    country, iso3, admin1, location, lat, lon = rng.choice(PLACES)
    etype, subtype, verb = rng.choice(TYPES)
    a1, a2 = rng.sample(ACTORS, 2)
    deaths = rng.choice((0, 0, 0, 1, 2, 3, 5, 8, 13, 40))
    date = start + dt.timedelta(days=rng.randrange(days))
    sentence = f"On {date:%d %B %Y} {a1} {verb} {a2} near {location}, leaving {deaths} dead."
    event = Event(
        event_id=f"{doc_id}-{n}",
        doc_id=doc_id,
        event_date=date,
        time_precision=1,
        event_type=etype,
        sub_event_type=subtype,
        actor1=a1,
        actor2=a2,
        country=country,
        iso3=iso3,
        admin1=admin1,
        location=location,
        latitude=round(lat + rng.uniform(-jitter_deg, jitter_deg), 4),
        longitude=round(lon + rng.uniform(-jitter_deg, jitter_deg), 4),
        fatalities=deaths,
        notes=sentence,
        source="Demo Wire",
        confidence=round(rng.uniform(0.4, 0.95), 2),
        doc_ids=[doc_id],
    )
    return event, sentence


def demo_results(
    n_events: int = 200,
    *,
    seed: int = 7,
    per_document: int = 4,
    start: dt.date = dt.date(2020, 1, 1),
    days: int = 120,
    jitter_deg: float = 0.3,
) -> Iterator[DocumentResult]:
    """``n_events`` invented events in reports of ``per_document`` events each, evidence spans included."""
    rng = random.Random(seed)
    made = 0
    d = 0
    while made < n_events:
        doc_id = f"demo-{seed}-{d:07d}"
        k = min(per_document, n_events - made)
        events: list[Event] = []
        parts: list[str] = []
        offset = 0
        for i in range(k):
            event, sentence = make_event(rng, i + 1, doc_id, start, days, jitter_deg)
            event.evidence = [Evidence(offset, offset + len(sentence), sentence, doc_id, "mention")]
            parts.append(sentence)
            offset += len(sentence) + 1
            events.append(event)
        text = " ".join(parts)
        published = max(e.event_date for e in events if e.event_date) + dt.timedelta(days=1)
        doc = Document(
            id=doc_id, text=text, published=published, source="Demo Wire", title=f"Demo report {d}"
        )
        yield DocumentResult(document=doc, events=events)
        made += k
        d += 1
