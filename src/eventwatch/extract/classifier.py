"""A small learned sub-event typer: multinomial logistic regression over hashed word features.

The model (``data/typer_model.json``) is trained by ``scripts/train_typer.py`` on snippets the eventwatch team
wrote (``data/training/typer_examples.jsonl``), never on benchmark data. It needs numpy only and is loaded lazily,
once per process.

- :func:`classify` gives every ACLED sub-event type (plus ``"NONE"``: not an ACLED event) a probability.
- :func:`combine` merges the rule extractor's guess with the classifier's: the rules decide that there is an
  event and its arguments; the classifier overrides the sub-event type when the rule is unsure, vetoes a rule
  event it is confident is no conflict event, and adds one only when it is very sure.
"""

from __future__ import annotations

import base64
import functools
import itertools
import json
import math
import re
import zlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from eventwatch.pipeline import Component, Context, Sentence, Settings, component
from eventwatch.records import EventMention

NONE = "NONE"
NEGATIVE_PREFIX = "NEG_"  # training labels of non-ACLED classes (crime, disasters, diplomacy, statements ...)
MODEL_RESOURCE = "typer_model.json"
HASH_BITS = 20

_TOKEN = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+(?:[.,]\d+)*")
_STEM = 5


def features(text: str) -> list[str]:
    """The feature strings of a text: words, 5-letter stems, stem bigrams (a crude, lemma-free morphology)."""
    words = [("#num" if w[0].isdigit() else w) for w in _TOKEN.findall(text.lower().replace("’", "'"))]
    stems = [w[:_STEM] for w in words]
    out = ["w:" + w for w in words]
    out.extend("s:" + s for s in stems)
    out.extend("b:" + a + "_" + b for a, b in itertools.pairwise(stems))
    return out


def buckets(text: str) -> set[int]:
    """The distinct hash buckets a text's features fall in."""
    mask = (1 << HASH_BITS) - 1
    return {zlib.crc32(f.encode("utf-8")) & mask for f in features(text)}


@dataclass(frozen=True, slots=True)
class TyperModel:
    labels: tuple[str, ...]  # training labels (ACLED sub-event types and NEG_* classes)
    rows: dict[int, int]  # hash bucket -> row of weights
    weights: npt.NDArray[np.float32]  # (rows, labels)
    bias: npt.NDArray[np.float32]  # (labels,)
    acled: tuple[str, ...]  # output labels: ACLED sub-event types then NONE
    fold: npt.NDArray[np.float32]  # (labels, outputs): sums the NEG_* probabilities into NONE
    meta: dict[str, Any]

    def scores(self, text: str) -> npt.NDArray[np.float64]:
        """Probabilities over the output labels (``acled``)."""
        present = buckets(text)
        idx = [r for b in present if (r := self.rows.get(b)) is not None]
        logits = self.bias.astype(np.float64)
        if idx:
            logits = logits + self.weights[idx].sum(axis=0, dtype=np.float64) / math.sqrt(len(present))
        logits -= logits.max()
        p = np.exp(logits)
        p /= p.sum()
        out: npt.NDArray[np.float64] = p @ self.fold
        return out


def encode_model(
    labels: list[str],
    bucket_ids: list[int],
    weights: npt.NDArray[np.floating[Any]],
    bias: npt.NDArray[np.floating[Any]],
    meta: dict[str, Any],
) -> dict[str, Any]:
    """The JSON form of a trained model: int8-quantised weights, base64-encoded."""
    w = np.asarray(weights, dtype=np.float64)
    scale = float(np.abs(w).max()) / 127.0 or 1.0
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    return {
        "format": "eventwatch-typer/1",
        "hash_bits": HASH_BITS,
        "labels": labels,
        "buckets": base64.b64encode(np.asarray(bucket_ids, dtype="<u4").tobytes()).decode("ascii"),
        "weights": base64.b64encode(q.tobytes()).decode("ascii"),
        "scale": scale,
        "bias": [round(float(b), 5) for b in bias],
        "meta": meta,
    }


def decode_model(data: dict[str, Any]) -> TyperModel:
    if data.get("format") != "eventwatch-typer/1" or data.get("hash_bits") != HASH_BITS:
        raise ValueError("typer model: unknown format (retrain with scripts/train_typer.py)")
    labels = tuple(str(x) for x in data["labels"])
    ids = np.frombuffer(base64.b64decode(data["buckets"]), dtype="<u4")
    q = np.frombuffer(base64.b64decode(data["weights"]), dtype=np.int8).reshape(len(ids), len(labels))
    weights = (q.astype(np.float32) * np.float32(data["scale"])).astype(np.float32)
    acled = (*tuple(x for x in labels if not x.startswith(NEGATIVE_PREFIX)), NONE)
    fold = np.zeros((len(labels), len(acled)), dtype=np.float32)
    for i, label in enumerate(labels):
        fold[i, acled.index(NONE if label.startswith(NEGATIVE_PREFIX) else label)] = 1.0
    return TyperModel(
        labels=labels,
        rows={int(b): i for i, b in enumerate(ids)},
        weights=weights,
        bias=np.asarray(data["bias"], dtype=np.float32),
        acled=acled,
        fold=fold,
        meta=dict(data.get("meta", {})),
    )


@functools.lru_cache(maxsize=1)
def model() -> TyperModel:
    """The shipped model, loaded once per process."""
    try:
        raw = resources.files("eventwatch.data").joinpath(MODEL_RESOURCE).read_text("utf-8")
    except FileNotFoundError as exc:
        raise RuntimeError(
            f"the sub-event typer model (eventwatch/data/{MODEL_RESOURCE}) is missing: "
            "build it with `python scripts/train_typer.py`"
        ) from exc
    return decode_model(json.loads(raw))


def classify(text: str) -> list[tuple[str, float]]:
    """Every ACLED sub-event type and ``"NONE"`` with its probability for ``text``, most probable first."""
    m = model()
    p = m.scores(text)
    order = np.argsort(-p, kind="stable")
    return [(m.acled[i], float(p[i])) for i in order]


# Default thresholds of :func:`combine`. The shipped model carries the ones chosen by ``scripts/train_typer.py
# --tune`` in ``meta["combine"]``: veto and add are chosen on our hand-written snippets with a model trained on our
# templated ones (never on benchmark data); rule_trust 0 means the classifier never relabels a rule event (our
# snippets teach what is and is not a conflict event far better than ACLED's fine distinctions).
DEFAULT_THRESHOLDS = {"rule_trust": 0.0, "veto": 0.75, "add": 0.9}


def thresholds() -> dict[str, float]:
    tuned = model().meta.get("combine", {})
    return {k: float(tuned.get(k, v)) for k, v in DEFAULT_THRESHOLDS.items()}


def combine_ranked(
    rule_sub_event_type: str | None,
    rule_confidence: float,
    ranked: list[tuple[str, float]],
    *,
    rule_trust: float,
    veto: float,
    add: float,
) -> tuple[str | None, float]:
    """:func:`combine` over an already computed :func:`classify` ranking, with explicit thresholds."""
    top, p_top = ranked[0]
    if rule_sub_event_type:
        if top == NONE and p_top >= veto:
            return None, 0.0
        if rule_confidence >= rule_trust:
            return rule_sub_event_type, rule_confidence
        if top == NONE:
            top, p_top = ranked[1]
        p_rule = next((p for label, p in ranked if label == rule_sub_event_type), 0.0)
        if p_top > p_rule:
            return top, max(p_top, rule_confidence)
        return rule_sub_event_type, max(rule_confidence, p_rule)
    if top != NONE and p_top >= add:
        return top, p_top
    return None, 0.0


def combine(rule_sub_event_type: str | None, rule_confidence: float, text: str) -> tuple[str | None, float]:
    """Merge a rule guess with the classifier's reading of the same clause or sentence.

    The rule's guess stands when its confidence reaches the trust threshold; below it, the classifier's most
    probable ACLED type replaces it where the classifier prefers that type, and a rule event is dropped when the
    classifier is confident it is no ACLED event (veto). With no rule guess, the classifier adds an event only
    above the ``add`` threshold. Returns ``(sub_event_type, confidence)``, or ``(None, 0.0)`` for no event.
    """
    return combine_ranked(rule_sub_event_type, rule_confidence, classify(text), **thresholds())


def no_event_probability(text: str) -> float:
    """The classifier's probability that ``text`` reports no ACLED event (0.0 when it ranks an ACLED type first)."""
    label, p = classify(text)[0]
    return p if label == NONE else 0.0


# the learned typer adds an event only to short reports (a note, a wire item): in a long story a sentence the rules
# could not read is more often background than news
ADD_MAX_SENTENCES = 4


@component("typer")
def make_typer(settings: Settings) -> Component:
    """The learned typer's veto and addition. It drops the new-event mentions of sentences it is confident report
    no ACLED event (crime, disasters, diplomacy, sport ...); mentions that refer back to an incident are left to
    it. Where the rules found no word of an event at all in a short report, it adds the event it is confident the
    report tells (above the ``add`` threshold), with the sentence that supports it best as its evidence. Runs after
    ``events``; leave it out of the stages for the rules alone (``settings.extra["typer"] = {"add": False}`` keeps
    the veto only)."""
    add_events = bool(settings.extra.get("typer", {}).get("add", True))

    def typer(ctx: Context) -> None:
        limits = thresholds()
        seen: dict[tuple[int, int], float] = {}
        kept = []
        for m in ctx.mentions:
            if m.is_background or m.anaphoric:
                kept.append(m)  # refers to an incident told elsewhere (a claim, a detail): judged there
                continue
            key = (m.sentence.start, m.sentence.end)
            if key not in seen:
                seen[key] = no_event_probability(m.sentence.text)
            if seen[key] < limits["veto"]:
                kept.append(m)
        ctx.mentions = kept
        if add_events and not kept:  # (a report the rules read as background only is left so)
            added = _added_mention(ctx, limits["add"])
            if added is not None:
                ctx.mentions.append(added)

    return typer


def _added_mention(ctx: Context, add: float) -> EventMention | None:
    """The event a short report tells by the classifier's reading of it as a whole, anchored on its sentence that
    gives that type the highest probability; None below the ``add`` threshold."""
    sentences = [s for s in ctx.sentences if s.span.text.strip()]
    if not sentences or len(sentences) > ADD_MAX_SENTENCES:
        return None
    from eventwatch.extract.events import mention_of_sentence, triggers_in

    if any(triggers_in(s) for s in sentences):
        return None  # the rules read an event word and found no event in it (a crime, a plan, a truce broken)
    top, p_top = classify(ctx.document.text)[0]
    if top == NONE or p_top < add:
        return None

    def support(s: Sentence) -> float:
        return next((p for label, p in classify(s.span.text) if label == top), 0.0)

    best = max(sentences, key=support)
    return mention_of_sentence(ctx, best, top, p_top)
