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
) -> list[Place]:
    """Toponyms of ``text`` (or only the given ``spans``), resolved; unresolved ones kept."""
    recogniser, resolver = geoparser()
    mentions = recogniser.spans(text, entities, spans)
    return resolver.resolve(text, mentions, title=title)


@component("geo")
def make_geo(settings: Settings) -> Component:
    geoparser()  # load once, at pipeline construction

    def geo(ctx: Context) -> None:
        ents = entities_from_context(ctx.sentences)
        ctx.toponyms = geoparse_text(ctx.document.text, ents, title=ctx.document.title)

    return geo
