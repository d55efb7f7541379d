"""Reading inputs (text, HTML, JSONL, JSON, folders, stdin), the samples, and the ingest/export commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwatch.cli import main
from eventwatch.ingest import (
    InputError,
    detect_language,
    document_id,
    read_inputs,
    read_sources,
    sample_paths,
)
from eventwatch.pipeline import Component, Context, Settings, component
from eventwatch.records import Document, Event
from eventwatch.store.base import open_store

REPORT = (
    "Rebels attacked an army post near the town on Monday, killing two soldiers, the governor said.\n\n"
    "The army said it had repelled the attack and that the fighters had fled into the forest."
)
HTML = """<!DOCTYPE html><html><head><title>Attack on army post | The Daily Courier</title>
<meta property="og:site_name" content="The Daily Courier">
<meta property="article:published_time" content="2022-05-17T08:00:00Z">
<link rel="canonical" href="https://courier.example/attack-on-army-post">
</head><body><nav>Home | World | Sport</nav><article><h1>Attack on army post</h1>
<p>Rebels attacked an army post near the town on Monday, killing two soldiers, the governor said.</p>
<p>The army said it had repelled the attack and that the fighters had fled into the nearby forest.</p>
<p>Residents said they had heard gunfire for more than an hour before the fighting stopped.</p>
</article><footer>Copyright The Daily Courier</footer></body></html>"""


def _docs(items: Iterator[Document | InputError]) -> tuple[list[Document], list[InputError]]:
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in items:
        (errors if isinstance(item, InputError) else docs).append(item)  # type: ignore[arg-type]
    return docs, errors


# ----------------------------------------------------------------------------------------------- readers


def test_plain_text_document_and_stable_id(tmp_path: Path) -> None:
    path = tmp_path / "attack.txt"
    path.write_text("Rebels attack army post\n\n" + REPORT + "\n", encoding="utf-8")
    docs, errors = _docs(read_inputs([str(path)]))
    assert not errors and len(docs) == 1
    doc = docs[0]
    assert doc.text.startswith("Rebels attack army post") and doc.text.endswith("forest.")
    assert doc.published is None  # never defaulted to today
    assert doc.title == "Rebels attack army post"
    assert doc.source == "attack.txt"
    assert doc.id == document_id("attack", doc.text) and doc.id.startswith("attack-")
    again, _ = _docs(read_inputs([str(path)]))
    assert again[0].id == doc.id  # stable across reruns
    # the same name in another folder with another text does not collide
    other = tmp_path / "sub" / "attack.txt"
    other.parent.mkdir()
    other.write_text(REPORT.replace("two", "three"), encoding="utf-8")
    assert _docs(read_inputs([str(other)]))[0][0].id != doc.id


def test_published_argument_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    docs, _ = _docs(read_inputs([str(path)], published=dt.date(2021, 3, 1)))
    assert docs[0].published == dt.date(2021, 3, 1)
    assert "\r" not in docs[0].text


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    docs, errors = _docs(read_inputs([str(path)], published=dt.date(1999, 1, 1)))
    assert not errors
    doc = docs[0]
    assert (
        "killing two soldiers" in doc.text and "Home | World" not in doc.text and "Copyright" not in doc.text
    )
    assert doc.published == dt.date(2022, 5, 17)  # the page's own date beats --published
    assert doc.source == "The Daily Courier"
    assert doc.url == "https://courier.example/attack-on-army-post"
    assert "Attack on army post" in doc.title
    assert "\n\n" in doc.text  # paragraphs kept apart for the sentence splitter


def test_html_without_date_takes_published(tmp_path: Path) -> None:
    path = tmp_path / "nodate.htm"
    body = "".join(f"<p>{s}.</p>" for s in REPORT.replace("\n\n", " ").split(". "))
    path.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    docs, errors = _docs(read_inputs([str(path)], published=dt.date(2020, 2, 2)))
    assert not errors and docs[0].published == dt.date(2020, 2, 2)
    docs, _ = _docs(read_inputs([str(path)]))
    assert docs[0].published is None


def test_jsonl_fields_and_json_list(tmp_path: Path) -> None:
    records = [
        {"id": "r1", "text": REPORT, "published": "2020-01-23", "source": "Wire", "url": "u", "title": "T"},
        {"text": REPORT.replace("two", "four")},  # no id, no date
    ]
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    docs, errors = _docs(read_inputs([str(jsonl)], published=dt.date(2019, 9, 9)))
    assert not errors and docs[0].id == "r1"
    first, second = docs
    assert (first.published, first.source, first.url, first.title) == (dt.date(2020, 1, 23), "Wire", "u", "T")
    assert second.published == dt.date(2019, 9, 9)  # no date of its own: --published
    assert second.id.startswith("batch-")
    as_json = tmp_path / "batch.json"
    as_json.write_text(json.dumps(records), encoding="utf-8")
    docs2, errors2 = _docs(read_inputs([str(as_json)]))
    assert not errors2 and [d.text for d in docs2] == [d.text for d in docs]
    assert docs2[1].published is None


def test_directory_recursive_sorted_skips_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.txt").write_text(REPORT.replace("two", "five"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(REPORT.replace("two", "six"), encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    warnings: list[tuple[str, str]] = []
    docs, errors = _docs(read_inputs([str(tmp_path)], warn=lambda s, m: warnings.append((s, m))))
    assert not errors
    assert [d.source for d in docs] == ["a.txt", "two.txt"]
    assert warnings and "1 file(s)" in warnings[0][1]


def test_stdin_text_jsonl_and_html() -> None:
    docs, _ = _docs(read_inputs(["-"], stdin=io.StringIO(REPORT), published=dt.date(2020, 1, 1)))
    assert len(docs) == 1 and docs[0].id.startswith("stdin-") and docs[0].published == dt.date(2020, 1, 1)
    lines = (
        "\n" + json.dumps({"id": "a", "text": REPORT}) + "\n" + json.dumps({"id": "b", "text": REPORT[:95]})
    )
    docs, errors = _docs(read_inputs(["-"], stdin=io.StringIO(lines)))
    assert not errors and [d.id for d in docs] == ["a", "b"]
    docs, _ = _docs(read_inputs(["-"], stdin=io.StringIO(HTML)))
    assert docs[0].source == "The Daily Courier"


def test_read_sources_names_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "b.ndjson"
    path.write_text(
        json.dumps({"text": REPORT}) + "\n" + json.dumps({"text": REPORT + " Again."}), encoding="utf-8"
    )
    origins = [origin for origin, _ in read_sources([str(path)])]
    assert origins == [f"{path}:1", f"{path}:2"]


def test_same_id_for_different_texts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": "x", "text": t}) for t in (REPORT, REPORT, REPORT + " More.")),
        encoding="utf-8",
    )
    docs, errors = _docs(read_inputs([str(path)]))
    assert len(docs) == 2  # the exact repeat is passed on (the store skips it by content hash)
    assert len(errors) == 1 and "line 3" in errors[0].reason and "already used" in errors[0].reason


# ----------------------------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    "headline",
    [
        "Rockets hit Mitiga airport",
        "Shelling kills 7 in Kostiantynivka",
        "Houthi drone strike on Marib; dozens dead, coalition says",
        "BREAKING: Explosion near Kabul airport gate",
        "Gunmen abduct aid workers in Borno",
        "Ceasefire collapses as M23 shells Sake",
        "Kabul Kandahar Herat Mazar Jalalabad Kunduz Ghazni Khost Bamiyan Helmand Farah Zabul Paktia",
    ],
)
def test_short_english_is_never_rejected(headline: str) -> None:
    assert detect_language(headline).english


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Le gouvernement a annoncé une trêve dans la région du nord et les combats ont cessé selon des "
            "sources locales qui ont parlé à la presse.",
            "fr",
        ),
        (
            "Die Regierung hat am Montag einen Waffenstillstand verkündet, der von der Opposition nicht "
            "anerkannt wurde, und die Kämpfe gehen weiter.",
            "de",
        ),
        (
            "El ejército bombardeó la ciudad durante la noche y murieron al menos siete personas según las "
            "autoridades, que pidieron ayuda para los heridos.",
            "es",
        ),
        ("قصفت القوات المدينة ليلة الأربعاء وقتل سبعة أشخاص على الأقل", "und-Arab"),
        ("Обстрел города продолжался всю ночь, погибли по меньшей мере семь человек", "und-Cyrl"),
    ],
)
def test_other_languages_are_detected(text: str, code: str) -> None:
    guess = detect_language(text)
    assert not guess.english and guess.language == code


# ----------------------------------------------------------------------------------------------- samples


def test_samples_are_our_short_english_reports() -> None:
    paths = sample_paths()
    assert [p.name for p in paths] == ["samples.jsonl"]
    assert (paths[0].parent / "README.md").is_file()
    docs, errors = _docs(read_inputs([str(p) for p in paths]))
    assert not errors and len(docs) == 8
    assert len({d.id for d in docs}) == 8
    for doc in docs:
        assert 150 <= len(doc.text.split()) <= 350, doc.id
        assert doc.published is not None and doc.title and doc.source == "eventwatch samples"
        assert detect_language(doc.text).english
        assert "Tripoli" not in doc.text and "Libya" not in doc.text


# ----------------------------------------------------------------------------------------------- commands

CALLS: list[str] = []


@component("test-ingest-events")
def _make_test_events(settings: Settings) -> Component:
    """A stand-in for extraction: one event per document, placed by a number in its text."""

    def stage(ctx: Context) -> None:
        CALLS.append(ctx.document.id)
        doc = ctx.document
        n = len(CALLS)
        ctx.events.append(
            Event(
                event_id=f"TEST{doc.content_hash[:10]}",
                doc_id=doc.id,
                event_date=doc.published,
                time_precision=1,
                event_type="Protests",
                sub_event_type="Peaceful protest",
                actor1="Protesters (Testland)",
                country="Kenya",
                iso3="KEN",
                location=f"Place {n}",
                latitude=-1.0 - n,
                longitude=36.0 + n,
                notes=doc.text[:60],
                source=doc.source,
            )
        )

    return stage


def _batch(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps(
            {
                "id": f"d{i}",
                "text": f"About {100 + i} people marched through the town on Tuesday to protest, police said.",
                "published": f"2024-01-{i + 1:02d}",
                "source": "Test Wire",
            }
        )
        for i in range(n)
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [f"d{i}" for i in range(n)]


def test_ingest_is_idempotent_and_skips_before_the_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _batch(tmp_path / "in", 4)
    db = str(tmp_path / "x.sqlite")
    CALLS.clear()
    argv = [
        "ingest",
        str(tmp_path / "in"),
        "--db",
        db,
        "--stages",
        "segment,test-ingest-events",
        "--no-progress",
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "4 new" in out and "0 failed" in out and "stored 4 event(s)" in out
    assert sorted(CALLS) == ids
    CALLS.clear()
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "0 new, 4 skipped as already stored" in out
    assert CALLS == []  # nothing re-processed
    with open_store(db) as store:
        assert store.counts()["documents"] == 4 and store.counts()["events"] == 4


def test_ingest_samples_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.sqlite")
    argv = ["ingest", "--samples", "--db", db, "--stages", "segment,test-ingest-events", "--no-progress"]
    assert main(argv) == 0
    assert "8 new" in capsys.readouterr().out
    out_csv = tmp_path / "e.csv"
    assert main(["export", "--format", "acled-csv", "--db", db, "-o", str(out_csv)]) == 0
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == 8 and rows[0]["event_type"] == "Protests" and rows[0]["country"] == "Kenya"
    assert main(["export", "--format", "geojson", "--db", db, "-o", str(tmp_path / "e.geojson")]) == 0
    geo = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 8
    assert geo["features"][0]["geometry"]["type"] == "Point"
    capsys.readouterr()
    assert main(["export", "--format", "jsonl", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8 and {json.loads(line)["source"] for line in lines} == {"eventwatch samples"}


def test_export_without_a_store_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(tmp_path / "none.sqlite")]) == 1
    assert "no store" in capsys.readouterr().err


def test_ingest_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--db", str(tmp_path / "u.sqlite")]) == 2
    assert "at least one PATH" in capsys.readouterr().err
    _batch(tmp_path / "in", 1)
    code = main(
        ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "u.sqlite"), "--stages", "no-such-stage"]
    )
    assert code == 2 and "no-such-stage" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["ingest", "x", "--max-chars", "0"])
    assert exc.value.code == 2
