"""The "geo" pipeline component: toponyms recognised and resolved into ``ctx.toponyms``."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from eventwatch.geo.gazetteer import get_gazetteer
from eventwatch.geo.recognise import Recogniser, entities_from_context
from eventwatch.geo.resolve import Resolver
from eventwatch.pipeline import Component, Context, Settings, component
from eventwatch.records import Place


@functools.lru_cache(maxsize=1)
def geoparser() -> tuple[Recogniser, Resolver]:
    """The process-wide recogniser and resolver (built once, over the cached gazetteer)."""
    gazetteer = get_gazetteer()
    return Recogniser(gazetteer), Resolver(gazetteer)


def geoparse_text(
    text: str,
    entities: Sequence[tuple[int, int, str]] = (),
    spans: Sequence[tuple[int, int]] | None = None,
    title: str = "",
    fallback_focus: bool | None = None,
    demonyms: bool = False,
) -> list[Place]:
    """Toponyms of ``text`` (or only the given ``spans``), resolved; unresolved ones kept.

    ``fallback_focus`` (default: on when ``spans`` are given, i.e. the caller vouches that they are
    places) gives a name the gazetteer lacks the report's main place, with score 0.05 and
    ``geo_precision`` 3, instead of leaving it unresolved. ``demonyms``: every demonym is a mention of
    its country (see :meth:`Recogniser.spans`)."""
    recogniser, resolver = geoparser()
    mentions = recogniser.spans(text, entities, spans, demonyms=demonyms)
    focus = spans is not None if fallback_focus is None else fallback_focus
    return resolver.resolve(text, mentions, title=title, fallback_focus=focus)


@component("geo")
def make_geo(settings: Settings) -> Component:
    geoparser()  # load once, at pipeline construction

    def geo(ctx: Context) -> None:
        ents = entities_from_context(ctx.sentences)
        ctx.toponyms = geoparse_text(ctx.document.text, ents, title=ctx.document.title)

    return geo
