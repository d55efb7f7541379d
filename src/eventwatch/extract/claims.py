"""Claims: who said what ("the spokesman ... said that the missile strike was a new violation of the truce").

The speaker is the subject of a speech verb; a person's name is taken from the subject (NER or a capitalised
name after a title), the role from the words around it, the affiliation from an actor named in the subject.
"He added ..." refers to the previous speaker.
"""

from __future__ import annotations

import re
from typing import Any

from eventwatch.extract.lexicon import SPEAKER_NOUNS, SPEECH_VERBS
from eventwatch.pipeline import Component, Context, Sentence, Settings, component
from eventwatch.records import Claim, Span

_TITLES = (
    r"(?:Colonel|Col\.|General|Gen\.|Major General|Maj\.? Gen\.|Brigadier(?: General)?|Lieutenant(?: General)?|"
    r"Captain|Commander|Marshal|Field Marshal|President|Prime Minister|Minister|Interior Minister|"
    r"Foreign Minister|Defence Minister|Defense Minister|Spokesman|Spokeswoman|Spokesperson|Governor|Mayor|"
    r"Sheikh|Dr\.|Mr\.|Mrs\.|Ms\.)"
)
_NAME = re.compile(r"(?:" + _TITLES + r"\s+)*(?P<name>(?:(?:al|el|Al|El|bin|ben|de|van|von)[-\s])?[A-Z][a-z'’-]+"
                   r"(?:[\s-](?:(?:al|el|Al|El|bin|ben|de|van|von)[-\s])?[A-Z][a-z'’-]+){1,3})")  # fmt: skip
_PRONOUNS = frozenset({"he", "she", "they", "it"})
_NOT_NAMES = re.compile(
    r"^(?:The|A|An|In|On|At|Since|It|He|She|They|His|Her|Their|Libyan|Interior|Foreign|Defence|Defense)\b"
)


def _speaker_name(ctx: Context, sentence: Sentence, subj: Any) -> tuple[str, Span | None]:
    doc = sentence.parsed
    sub = list(subj.subtree)
    lo, hi = sub[0].i, sub[-1].i + 1
    for ent in doc.ents:
        if ent.label_ == "PERSON" and lo <= ent.start and ent.end <= hi:
            start = sentence.span.start + ent.start_char
            return ent.text, Span(start, start + len(ent.text), ent.text)
    base = sentence.span.start + sub[0].idx
    text = sentence.span.text[sub[0].idx : sub[-1].idx + len(sub[-1].text)]
    best: tuple[str, Span | None] = ("", None)
    for m in _NAME.finditer(text):
        name = m.group("name")
        if _NOT_NAMES.match(name) or any(a.span and a.span.text.endswith(name) for a in ctx.actors):
            continue
        best = (name, Span(base + m.start("name"), base + m.end("name"), name))
    if best[0]:
        return best
    return subj.text, Span(
        sentence.span.start + subj.idx, sentence.span.start + subj.idx + len(subj.text), subj.text
    )


def _nested(verb: Any) -> bool:
    """A speech verb inside another's reported clause ("he said his forces announced ...") is not a new claim."""
    cur = verb
    for _ in range(6):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEECH_VERBS:
            return True
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _claims_in(ctx: Context, sentence: Sentence, previous: Claim | None) -> list[Claim]:
    doc = sentence.parsed
    out: list[Claim] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or _nested(tok):
            continue
        if subj.lower_ in _PRONOUNS and previous is not None:
            speaker, speaker_span = previous.speaker, previous.speaker_span
            role, affiliation = previous.role, previous.affiliation
        elif subj.lower_ in _PRONOUNS or subj.pos_ == "PRON":
            continue
        else:
            sub = list(subj.subtree)
            s0 = sentence.span.start + sub[0].idx
            s1 = sentence.span.start + sub[-1].idx + len(sub[-1].text)
            actors = [a for a in ctx.actors if a.span and s0 <= a.span.start and a.span.end <= s1]
            named = sorted((a for a in actors if a.inter in (1, 2, 3, 4, 8)), key=lambda a: a.generic)
            affiliation = (named or actors)[0].name if (named or actors) else ""
            person = any(
                e.label_ in ("PERSON", "ORG", "NORP") and e.start <= subj.i < e.end for e in doc.ents
            )
            if not (person or actors or subj.lemma_.lower() in SPEAKER_NOUNS):
                continue  # "the ceasefire declared by ..." is no speaker
            speaker, speaker_span = _speaker_name(ctx, sentence, subj)
            if speaker_span is not None and speaker_span.text == subj.text and actors and not person:
                speaker, speaker_span = actors[0].name, actors[0].span
            role_text = ctx.document.text[s0:s1]
            if speaker_span is not None:
                role_text = role_text.replace(speaker_span.text, " ")
            role = " ".join(role_text.replace(",", " ").split())[:120]
        content_tok = next(
            (c for dep in ("ccomp", "xcomp", "dobj") for c in tok.children if c.dep_ == dep), None
        )
        if content_tok is not None:
            sub = list(content_tok.subtree)
            content = sentence.span.text[sub[0].idx : sub[-1].idx + len(sub[-1].text)]
        else:
            content = sentence.span.text[tok.idx + len(tok.text) :].strip()
        claim = Claim(speaker=speaker, span=sentence.span, speaker_span=speaker_span, role=role,
                      affiliation=affiliation, verb=tok.lemma_.lower(), content=content)  # fmt: skip
        out.append(claim)
        previous = claim
    return out


@component("claims")
def make_claims(settings: Settings) -> Component:
    def claims(ctx: Context) -> None:
        previous: Claim | None = None
        for sentence in ctx.sentences:
            if sentence.parsed is None:
                continue
            found = _claims_in(ctx, sentence, previous)
            ctx.claims.extend(found)
            if found:
                previous = found[-1]

    return claims
