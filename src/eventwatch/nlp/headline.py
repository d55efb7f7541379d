"""Headlines parsed as sentences.

A headline leaves out articles and tells past news in the present simple ("Haiti gang kidnaps six nuns",
"GUNMEN KILL THREE IN ZAMFARA"). The small English model, trained on running text, often reads such a verb as a
plural noun or reads every capitalised word as a name, and then no clause is found. :func:`parse_headline` parses
the headline the way the model reads best: as a sentence ("The " before it and a full stop after it), in lower case
where it is shouted, and, where that still reads an event verb as a noun or an adverb, with that verb put in the
past tense ("kidnaps" -> "kidnaped", "lob" -> "lobbed"). The tokens keep the headline's own words and offsets; only the analysis comes from the variant.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eventwatch.nlp.segment import shouted

# the parts of speech of an object after a verb ("kidnaps six nuns", "hurls grenade", "arrests suspected financier")
_OBJECT_START = frozenset({"DET", "NUM", "PRON", "ADJ", "NOUN", "PROPN", "VERB"})
_SUBJECT_END = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def parse_headline(nlp: Any, text: str, verbs: Mapping[str, str], plain: Any = None) -> Any | None:
    """The analysis of a headline (see the module's docstring). ``verbs`` maps event verbs (base form) to a past
    form; ``plain`` is the headline's own parse, kept where it found a clause in a headline not shouted and read no
    event verb there as a noun. None where that parse stands or the variant's words do not line up with the
    headline's."""
    if plain is not None and not shouted(text) and _has_clause(plain) and not _present_verbs(plain, verbs):
        return None
    body = text.lower() if shouted(text) else text
    doc = _as_sentence(nlp, body)
    if doc is None:
        return None
    for k in _present_verbs(doc, verbs)[:3]:
        words = [t.text for t in doc]
        words[k] = verbs[_base(doc[k].lower_, verbs) or ""]
        variant = _as_sentence(nlp, "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True)))
        if variant is not None and len(variant) == len(doc) and _has_clause(variant[k : k + 1]):
            doc = _relabel(doc, variant)  # the past tense read as the headline's verb, with its subject
            break
    if shouted(text):
        doc = _relabel(doc, doc, words=[text[t.idx : t.idx + len(t.text)] for t in doc])
    return doc


def _as_sentence(nlp: Any, body: str) -> Any | None:
    doc = nlp("The " + body + ".")
    if len(doc) < 3 or doc[0].text != "The" or doc[-1].text != ".":
        return None
    out = doc[1:-1].as_doc()
    return out if out.text == body else None


def _has_clause(tokens: Any) -> bool:
    """A verb with its subject among ``tokens`` (a Doc or a span): "Clashes erupt", "Police arrest five"."""
    return any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in tokens
    )


def _base(word: str, verbs: Mapping[str, str]) -> str | None:
    """The event verb a present-tense form stands for ("kidnaps" -> "kidnap", "carries" -> "carry")."""
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form in verbs:
            return form
    if word.endswith("ies") and word[:-3] + "y" in verbs:
        return word[:-3] + "y"
    return None


def _present_verbs(doc: Any, verbs: Mapping[str, str]) -> list[int]:
    """Words read as nouns that are event verbs standing between a subject and an object."""
    return [
        int(t.i)
        for t in doc[1:-1]
        if t.pos_ not in ("VERB", "AUX")
        and t.text.isalpha()
        and t.text.islower()
        and _base(t.lower_, verbs) is not None
        and doc[t.i - 1].pos_ in _SUBJECT_END
        and (
            doc[t.i + 1].pos_ in _OBJECT_START
            # a verb without an object agrees with its plural subject: "dissidents surrender to army"
            or (doc[t.i + 1].pos_ == "ADP" and doc[t.i - 1].tag_ == "NNS" and t.lower_ in verbs)
        )
    ]


def _relabel(words_doc: Any, analysis: Any, words: list[str] | None = None) -> Any:
    """A Doc with ``words_doc``'s words (or ``words``) and spacing and ``analysis``'s tags, parse and entities."""
    from spacy.tokens import Doc

    ents = [(t.ent_iob_ + "-" + t.ent_type_) if t.ent_type_ else "O" for t in analysis]
    return Doc(
        words_doc.vocab,
        words=words or [t.text for t in words_doc],
        spaces=[bool(t.whitespace_) for t in words_doc],
        tags=[t.tag_ for t in analysis],
        pos=[t.pos_ for t in analysis],
        morphs=[str(t.morph) for t in analysis],
        lemmas=[t.lemma_ for t in analysis],
        heads=[t.head.i for t in analysis],
        deps=[t.dep_ for t in analysis],
        ents=ents,
    )
