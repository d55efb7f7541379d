"""Sentence segmentation over the whole text: a fast rule-based splitter (no model needed)."""

from __future__ import annotations

import re

from eventwatch.pipeline import Component, Context, Sentence, Settings, component
from eventwatch.records import Span

# Abbreviations after which a period does not end a sentence (titles, ranks, initials, months).
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
    "brig", "cmdr", "gov", "sen", "rep", "pres", "st", "mt", "ft", "no", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.n", "u.k", "e.g", "i.e", "approx", "est", "km", "jr", "sr", "rev", "hon",
}  # fmt: skip
# a sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a new word, at a blank line, or
# at the end. Lower-case starts count too: much wire copy and many archives are lower-cased.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Za-z0-9])|\n\s*\n|[.!?]+[\"'”’)\]]*\s*$")


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (offsets into ``text``, surrounding whitespace trimmed)."""
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith((".",)):
            word = re.search(r"([A-Za-z.]+)\.+[\"'”’)\]]*$", text[start : match.start() + 1])
            if word:
                token = word.group(1).lower().rstrip(".")
                if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                    continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    s = start + (len(chunk) - len(chunk.lstrip()))
    e = s + len(stripped)
    # very long "sentences" (lists, tables, missing punctuation) are cut at line breaks
    if e - s > 2000 and "\n" in text[s:e]:
        offset = s
        for line in text[s:e].split("\n"):
            _add(text, offset, offset + len(line), spans)
            offset += len(line) + 1
        return
    spans.append(Span(s, e, text[s:e]))


@component("segment")
def make_segmenter(settings: Settings) -> Component:
    def segment(ctx: Context) -> None:
        ctx.sentences = [Sentence(span) for span in split_sentences(ctx.document.text)]

    return segment
