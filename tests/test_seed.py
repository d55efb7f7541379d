"""The seed report (../shared/seed), read as published on 2020-01-23: what a correct reading contains."""

from __future__ import annotations

import datetime as dt
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from eventwatch.pipeline import Context

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "seed-article.txt"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_one_rocket_attack_with_everything(seed_context: Context) -> None:
    attacks = [e for e in seed_context.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    new = [e for e in attacks if not e.is_background]
    assert len(new) == 1, [(e.sub_event_type, e.notes) for e in seed_context.events]
    attack = new[0]
    assert attack.event_type == "Explosions/Remote violence"
    assert attack.event_date == dt.date(2020, 1, 22) and attack.time_precision == 1
    assert attack.latitude is not None and attack.longitude is not None
    assert _km(attack.latitude, attack.longitude, 32.894, 13.276) < 5
    assert "Haftar" in attack.actor1 or "LNA" in attack.actor1
    assert attack.fatalities == 0
    grads = [w for w in attack.weapons if w.name == "Grad"]
    assert grads and grads[0].count == 6
    # all four mentions are evidence of the one attack
    mentions = {e.text.lower() for e in attack.evidence if e.role == "mention"}
    assert {"bombed", "fired", "strike", "bombing"} <= {m.split()[-1] for m in mentions}


def test_air_embargo_is_a_strategic_development(seed_context: Context) -> None:
    other = [e for e in seed_context.events if e.sub_event_type == "Other" and not e.is_background]
    assert len(other) == 1
    assert other[0].event_type == "Strategic developments"
    assert other[0].event_date == dt.date(2020, 1, 22)
    assert "Haftar" in other[0].actor1


def test_background_is_background(seed_context: Context) -> None:
    events = seed_context.events
    assert len(events) <= 6
    for event in events:
        if not event.is_background:
            assert event.event_date == dt.date(2020, 1, 22), event.notes
    november = [e for e in events if e.is_background and e.event_date and e.event_date.month == 11]
    assert november and november[0].time_precision == 3 and november[0].event_date.year == 2019


def test_claims_have_speakers(seed_context: Context) -> None:
    speakers = " | ".join(c.speaker for c in seed_context.claims)
    assert "Mesmari" in speakers
    assert "Qanunu" in speakers
    assert "Pashaga" in speakers
    qanunu = next(c for c in seed_context.claims if "Qanunu" in c.speaker)
    assert "National Accord" in qanunu.affiliation
    assert "violation" in qanunu.content


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is absent")
def test_cli_extract_seed_jsonl() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventwatch",
            "extract",
            str(SEED),
            "--published",
            "2020-01-23",
            "--format",
            "jsonl",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert 2 <= len(rows) <= 6
    attack = [
        r
        for r in rows
        if r["sub_event_type"] == "Shelling/artillery/missile attack" and not r["is_background"]
    ]
    assert len(attack) == 1 and attack[0]["event_date"] == "2020-01-22"
    for key in (
        "time_precision",
        "actor1",
        "inter1",
        "interaction",
        "iso3",
        "geo_precision",
        "cameo_code",
        "plover_type",
        "evidence",
        "fatalities_low",
        "fatalities_high",
        "weapons",
        "targets",
    ):
        assert key in attack[0]
