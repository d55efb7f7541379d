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


_HEADLINE_WORDS = 20
_HEADLINE_WORD = re.compile(r"\w+")


def headline(text: str) -> bool:
    """Whether a sentence is a headline: short and not closed by a full stop, question or exclamation mark
    ("Gunmen kill 5 in Zamfara", "Nigeria: Clashes erupt in Benue - police"). A headline tells past news in the
    present simple and leaves out articles."""
    text = text.rstrip(" \"'”’)]\n")
    if not text or text[-1] in ".!?:;,":
        return False
    return len(_HEADLINE_WORD.findall(text)) <= _HEADLINE_WORDS


def shouted(text: str) -> bool:
    """Whether a line is in capitals or in Title Case ("GUNMEN KILL THREE", "Gunmen Kill Three In Zamfara")."""
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if w[:1].isalpha()]
    if not letters or not words:
        return False
    return sum(c.isupper() for c in letters) > 0.8 * len(letters) or sum(
        w[0].isupper() for w in words
    ) > 0.7 * len(words)


# words a wrapped line of prose may end on and a title does not ("The army said it had / Killed five ...")
_RUNS_ON = frozenset(
    """a an the of to in on at by for from with and or but that which who whom whose as than into onto over
    under after before while since had has have was were is are be been being will would could should may might
    must can did does do said says its his her their our your my this these those he she it they we i""".split()
)


_LINE = re.compile(r"[^\n]*\S[^\n]*")
_NEXT_WORD = re.compile(r"\S")


def _title_ends(text: str) -> list[int]:
    """Where title lines end: a text's first line that is a headline, on a line of its own above the story
    ("Gunmen kill 5 in Zamfara", a line break, then the lede), and such lines in capitals or Title Case further down
    (sub-headings). Wrapped prose, whose lines run on into the next, is left alone."""
    ends: list[int] = []
    first = True
    for line in _LINE.finditer(text):
        after = _NEXT_WORD.search(text, line.end())  # (found in place: no copy of the rest of the text)
        if after is None:
            break
        if (
            after.group().isupper()
            and line.group().split()[-1].lower() not in _RUNS_ON
            and headline(line.group())
            and (first or shouted(line.group()))
        ):
            ends.append(line.end())
        first = False
    return ends


# a wire story's dateline opening a line: a place in capitals, perhaps its country and day, perhaps the agency, then a
# dash ("NIAMEY (ANP) - ", "GOMA, Congo (Reuters) - ", "KABUL, Dec 5 -")
_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([A-Za-z .&-]{2,30}\)\s*)?[-\u2013\u2014]{1,2}\s+(?=\S)"
)


def is_dateline(text: str) -> bool:
    """Whether a span is a dateline kept apart ("NIAMEY (ANP) -")."""
    m = _DATELINE.match(text + " X")
    return m is not None and m.end() == len(text) + 1


def _dateline_apart(text: str, spans: list[Span]) -> list[Span]:
    """A dateline is no part of the lede's grammar ("NIAMEY (ANP) - The air force carried out strikes ..." would
    make the city the verb's subject): it is kept as a line of its own."""
    out: list[Span] = []
    for span in spans:
        m = _DATELINE.match(span.text) if span.start == 0 or text[span.start - 1] == "\n" else None
        if m is None:
            out.append(span)
            continue
        head = span.text[: m.end()].rstrip()
        out.append(Span(span.start, span.start + len(head), head))
        out.append(Span(span.start + m.end(), span.end, span.text[m.end() :]))
    return out


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans (offsets into ``text``, surrounding whitespace trimmed); a wire story's
    dateline is a span of its own."""
    return _dateline_apart(text, _split(text))


def _split(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    titles = _title_ends(text)
    for match in _BOUNDARY.finditer(text):
        while titles and titles[0] <= match.start():
            _add(text, start, titles[0], spans)
            start = titles.pop(0)
        end = match.end()
        if match.group().startswith((".",)):
            word = re.search(r"([A-Za-z.]+)\.+[\"'”’)\]]*$", text[start : match.start() + 1])
            if word:
                token = word.group(1).lower().rstrip(".")
                if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                    continue
        _add(text, start, end, spans)
        start = end
    for end in titles:
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
