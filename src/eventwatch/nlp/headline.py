"""Headlines parsed as sentences.

A headline leaves out articles and tells past news in the present simple ("Haiti gang kidnaps six nuns",
"GUNMEN KILL THREE IN ZAMFARA"). The small English model, trained on running text, often reads such a verb as a
plural noun or reads every capitalised word as a name, and then no clause is found. :func:`parse_headline` parses
the headline the way the model reads best: as a sentence ("The " before it and a full stop after it), in lower case
where it is shouted, and, where that still reads an event verb as a noun or an adverb, with that verb put in the
past tense ("kidnaps" -> "kidnaped", "lob" -> "lobbed"). The tokens keep the headline's own words and offsets;
only the analysis comes from the variant. :func:`read_headline` is what the ``parse`` stage calls.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from eventwatch.nlp.segment import shouted

log = logging.getLogger(__name__)

# the parts of speech of an object after a verb ("kidnaps six nuns", "hurls grenade", "arrests suspected financier")
_OBJECT_START = frozenset({"DET", "NUM", "PRON", "ADJ", "NOUN", "PROPN", "VERB"})
_SUBJECT_END = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def read_headline(
    nlp: Any, text: str, plain: Any, verbs: Mapping[str, str], passives: frozenset[str] = frozenset()
) -> Any:
    """A headline's parse: :func:`parse_headline`'s, or ``plain`` (the headline's own parse) where no variant lines
    up or spaCy will not rebuild one, then mended by :func:`repair_headline`."""
    try:
        doc = parse_headline(nlp, text, verbs, plain, passives) or plain
    except ValueError:  # a variant's analysis that spaCy will not rebuild: keep the plain parse
        log.debug("headline %r: variant parse refused", text)
        doc = plain
    repair_headline(doc)
    return doc


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


def parse_headline(
    nlp: Any,
    text: str,
    verbs: Mapping[str, str],
    plain: Any = None,
    passives: frozenset[str] = frozenset(),
) -> Any | None:
    """The analysis of a headline (see the module's docstring). ``verbs`` maps event verbs (base form) to a past
    form; ``plain`` is the headline's own parse, kept where it found a clause in a headline not shouted and read no
    event verb there as a noun; ``passives`` are the verbs (lemmas) that need an object, told in the passive without
    its auxiliary when they have none ("Teacher gunned down outside home"). None where the variant's words do not
    line up with the headline's."""
    loud = shouted(text)
    doc = plain
    read: list[str] = []  # the words parsed, where a verb was put in the past
    if doc is None or loud or not _has_clause(doc) or _present_verbs(doc, verbs):
        doc = _as_sentence(nlp, text.lower() if loud else text)
        if doc is None:
            return None
        for k in _present_verbs(doc, verbs)[:3]:
            words = [t.text for t in doc]
            words[k] = verbs[_base(doc[k].lower_, verbs) or ""]
            variant = _as_sentence(nlp, _joined(words, doc))
            if variant is not None and len(variant) == len(doc) and _has_clause(variant[k : k + 1]):
                # the past tense read as the headline's verb, with its subject
                doc, read = _relabel(doc, list(variant)), words
                break
    doc = _passive(nlp, doc, passives, read) or doc
    if loud:
        doc = _relabel(doc, list(doc), words=[text[t.idx : t.idx + len(t.text)] for t in doc])
    return doc


def _joined(words: list[str], doc: Any) -> str:
    """``words`` in place of ``doc``'s, with its spacing."""
    return "".join(w + t.whitespace_ for w, t in zip(words, doc, strict=True))


def _passive(nlp: Any, doc: Any, passives: frozenset[str], read: list[str]) -> Any | None:
    """A headline's passive without its auxiliary read as a passive ("Teacher gunned down" as "Teacher was gunned
    down", "Farmers shot dead by herders" as "Farmers were shot dead by herders"): a verb that needs an object, in
    the past, with a subject before it (or read as a noun it qualifies, where the headline has no clause) and no
    object. ``read``: the words parsed, where they differ from the headline's."""
    clause = _has_clause(doc)
    for t in doc:
        subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
        if not subjects and not clause and t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.i < t.i:
            subjects = [t.head]  # "New army camp built near Gao": the noun is the clause's subject
        if (
            t.tag_ in ("VBD", "VBN")
            and t.lemma_.lower() in passives
            and subjects
            and not any(c.dep_ in ("dobj", "auxpass", "aux") for c in t.children)
        ):
            subject = subjects[0]
            many = subject.tag_ in ("NNS", "NNPS") or any(
                c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in subject.children
            )
            words = read or [w.text for w in doc]
            words = [*words[: t.i], ("were " if many else "was ") + words[t.i], *words[t.i + 1 :]]
            variant = _as_sentence(nlp, _joined(words, doc))
            if variant is None or len(variant) != len(doc) + 1:
                return None
            verb = variant[t.i + 1]
            if not any(c.dep_ == "nsubjpass" for c in verb.children):
                return None
            kept = [v for v in variant if v.i != t.i]  # the analysis without the auxiliary put in
            heads = [(v.head.head if v.head.i == t.i else v.head).i for v in kept]
            return _relabel(doc, kept, heads=[h if h < t.i else h - 1 for h in heads])
    return None


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


def _relabel(
    words_doc: Any, analysis: list[Any], words: list[str] | None = None, heads: list[int] | None = None
) -> Any:
    """A Doc with ``words_doc``'s words (or ``words``) and spacing and the tags, parse and entities of ``analysis``
    (one token for each word; ``heads`` where its heads are to be read otherwise)."""
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
        heads=heads if heads is not None else [t.head.i for t in analysis],
        deps=[t.dep_ for t in analysis],
        ents=ents,
    )
