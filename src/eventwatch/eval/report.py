"""Shared scoring helpers: per-class precision / recall / F1, weighted and macro F1, confusion pairs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def classification_report(
    gold: Sequence[str], pred: Sequence[str], labels: Iterable[str] | None = None, *, top_confusions: int = 15
) -> dict[str, Any]:
    """Score single-label predictions against gold labels.

    ``labels`` are the classes averaged over (default: every gold label). A prediction outside ``labels``
    (e.g. "no event") counts as a miss for the gold class and as nobody's false positive. Weighted F1 weights
    each class by its gold support, as in the CASE 2021 shared task; macro F1 weights classes equally (over
    classes with gold support).
    """
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predictions")
    classes = sorted(set(gold)) if labels is None else list(dict.fromkeys(labels))
    support = Counter(gold)
    predicted = Counter(pred)
    hits = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    per_class: dict[str, dict[str, float | int]] = {}
    weighted = macro = 0.0
    n_in = sum(support[c] for c in classes)
    with_support = 0
    for c in classes:
        p = hits[c] / predicted[c] if predicted[c] else 0.0
        r = hits[c] / support[c] if support[c] else 0.0
        f = _f1(p, r)
        per_class[c] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "support": support[c],
            "predicted": predicted[c],
        }
        if support[c]:
            with_support += 1
            macro += f
            weighted += f * support[c]
    confusions = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    return {
        "n": len(gold),
        "accuracy": round(sum(hits.values()) / len(gold), 4) if gold else 0.0,
        "weighted_f1": round(weighted / n_in, 4) if n_in else 0.0,
        "macro_f1": round(macro / with_support, 4) if with_support else 0.0,
        "per_class": per_class,
        "confusions": [
            {"gold": g, "predicted": p, "count": k} for (g, p), k in confusions.most_common(top_confusions)
        ],
    }


def share(flags: Iterable[bool]) -> float:
    """The share of true values (0.0 for none)."""
    values = list(flags)
    return round(sum(values) / len(values), 4) if values else 0.0
