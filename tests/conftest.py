"""Shared fixtures: one pipeline per test session (the spaCy model loads once)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwatch.pipeline import DEFAULT_STAGES, Context, Pipeline, Settings
from eventwatch.records import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "seed-article.txt"
BENCHMARKS = SHARED / "benchmarks"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(scope="session")
def read(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    """Run the whole pipeline over a text: read(text, published="2021-05-04") -> Context."""

    def _read(text: str, published: str | None = "2021-05-04", doc_id: str = "t") -> Context:
        pub = dt.date.fromisoformat(published) if published else None
        return pipeline.context(Document(id=doc_id, text=text, published=pub))

    return _read


@pytest.fixture(scope="session")
def rules_read():  # type: ignore[no-untyped-def]
    """The pipeline without the learned typer: what the rules alone read (the typer may add an event they miss):
    rules_read(text) -> Context, published on 2021-05-04."""
    rules = Pipeline(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "typer")))
    return lambda text: rules.context(Document(id="t", text=text, published=dt.date(2021, 5, 4)))


@pytest.fixture(scope="session")
def news_types(rules_read):  # type: ignore[no-untyped-def]
    """The types of the events the rules tell as news, the most confident first (the one a snippet is scored by):
    news_types(text) -> list of sub-event types."""

    def types(text: str) -> list[str]:
        events = sorted(
            (e for e in rules_read(text).events if not e.is_background), key=lambda e: -e.confidence
        )
        return [e.sub_event_type for e in events]

    return types


@pytest.fixture(scope="session")
def seed_context(pipeline: Pipeline) -> Context:
    if not SEED.exists():
        pytest.skip(f"the seed report is absent ({SEED})")
    text = SEED.read_text(encoding="utf-8")
    return pipeline.context(Document(id="seed", text=text, published=dt.date(2020, 1, 23)))
