"""Train the sub-event typer shipped as src/eventwatch/data/typer_model.json.

    cd /work/main && . .venv/bin/activate && PYTHONPATH=src python scripts/train_typer.py [--tune]

Deterministic (full-batch training from zeros). Reads only our own snippets, never benchmark data
(see data/training/README.md): ``typer_examples.jsonl`` (written one by one), ``typer_examples_templated.jsonl``
(generated from hand-written templates) and ``typer_examples_wire_*.jsonl`` (written one by one in wire-copy and
coder-notes style, harder and closer to real reports), and for the final fit the older development sets of
``benchmarks/devset`` (``--extra``; the fourteenth session's set and the held-out set stay out). Steps:

1. train on the hand-written and templated snippets and report accuracy on the wire-style ones (a shifted
   held-out set: a random split would flatter the model);
2. with ``--tune``: run the rule pipeline (without the ``typer`` stage) on the wire-style snippets and choose
   the ``veto`` and ``add`` thresholds of ``classifier.combine`` that maximise accuracy there, the veto no lower
   than ``MIN_VETO``. ``rule_trust`` stays 0 by design: the classifier may veto or add an event, never relabel
   one the rules typed;
3. refit on all snippets and write the model (with the thresholds) to the package.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwatch.extract import classifier  # noqa: E402

EXAMPLES = ROOT / "src" / "eventwatch" / "data" / "training" / "typer_examples.jsonl"
TEMPLATED = ROOT / "src" / "eventwatch" / "data" / "training" / "typer_examples_templated.jsonl"
WIRE = sorted((ROOT / "src" / "eventwatch" / "data" / "training").glob("typer_examples_wire_*.jsonl"))
# development sets of ours that the rules were written against (never a set we report a score on): training data
# since the fourteenth session; benchmarks/devset/s14_snippets_* and the held-out s13_heldout_* stay out of it
DEVSET = ROOT / "benchmarks" / "devset"
EXTRA = [
    *sorted(DEVSET.glob("sentence_snippets_*.jsonl")),
    *sorted(DEVSET.glob("focus_snippets_*.jsonl")),
    DEVSET / "hard_snippets.jsonl",
    *sorted(DEVSET.glob("s13_snippets_*.jsonl")),
]
OUT = ROOT / "src" / "eventwatch" / "data" / classifier.MODEL_RESOURCE

Matrix = npt.NDArray[np.float32]
MIN_VETO = 0.7


def load(path: Path) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [(str(r["text"]), str(r["label"])) for r in rows]


def design(texts: list[str]) -> tuple[Matrix, list[int]]:
    """Binary, L2-normalised bucket features (the same scaling classifier.TyperModel.scores applies)."""
    sets = [classifier.buckets(t) for t in texts]
    ids = sorted(set().union(*sets))
    col = {b: j for j, b in enumerate(ids)}
    x = np.zeros((len(texts), len(ids)), dtype=np.float32)
    for i, s in enumerate(sets):
        x[i, [col[b] for b in s]] = 1.0 / math.sqrt(len(s))
    return x, ids


def fit(x: Matrix, y: npt.NDArray[np.int64], n_labels: int, l2: float, epochs: int) -> tuple[Matrix, Matrix]:
    """Multinomial logistic regression, full-batch Adam (deterministic)."""
    n, d = x.shape
    w = np.zeros((d, n_labels), dtype=np.float32)
    b = np.zeros(n_labels, dtype=np.float32)
    onehot = np.eye(n_labels, dtype=np.float32)[y]
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        gw = x.T @ g + l2 * w
        gb = g.sum(axis=0)
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        c1, c2 = 1 - b1**t, 1 - b2**t
        w -= lr * (mw / c1) / (np.sqrt(vw / c2) + eps)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
    return w, b


def train(data: list[tuple[str, str]], labels: list[str], l2: float, epochs: int) -> classifier.TyperModel:
    x, ids = design([t for t, _ in data])
    y = np.array([labels.index(label) for _, label in data], dtype=np.int64)
    w, b = fit(x, y, len(labels), l2, epochs)
    return classifier.decode_model(classifier.encode_model(labels, ids, w, b, {}))


def collapse(label: str) -> str:
    return classifier.NONE if label.startswith(classifier.NEGATIVE_PREFIX) else label


def accuracy(m: classifier.TyperModel, data: list[tuple[str, str]]) -> float:
    """Accuracy over ACLED sub-event types + NONE (the NEG_* classes collapsed)."""
    hits = sum(m.acled[int(np.argmax(m.scores(text)))] == collapse(label) for text, label in data)
    return hits / len(data)


def rule_guesses(texts: list[str]) -> list[tuple[str | None, float]]:
    """The rule pipeline's most confident non-background event for each text (sub-event type, confidence)."""
    from eventwatch.pipeline import DEFAULT_STAGES, Pipeline, Settings
    from eventwatch.records import Document

    pipe = Pipeline(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "typer")))
    out: list[tuple[str | None, float]] = []
    for i, text in enumerate(texts):
        events = [e for e in pipe(Document(id=f"held-{i}", text=text)).events if not e.is_background]
        best = max(events, key=lambda e: e.confidence, default=None)
        out.append((best.sub_event_type, best.confidence) if best else (None, 0.0))
    return out


def tune(m: classifier.TyperModel, held: list[tuple[str, str]]) -> dict[str, float]:
    """Choose combine()'s thresholds on the held-out snippets."""
    rules = rule_guesses([t for t, _ in held])
    gold = [collapse(label) for _, label in held]
    rule_acc = sum((r or classifier.NONE) == g for (r, _), g in zip(rules, gold, strict=True)) / len(held)
    print(f"held-out accuracy of the rules alone (ACLED types + NONE): {rule_acc:.3f}", file=sys.stderr)
    ranked = [
        [(m.acled[i], float(s[i])) for i in np.argsort(-s, kind="stable")]
        for s in map(m.scores, [t for t, _ in held])
    ]
    best: tuple[float, dict[str, float]] = (-1.0, {})
    grid = [1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5]  # conservative first: ties keep it
    # the veto drops events: it may act only where the classifier is sure. Our snippets, tuning set included, are
    # more like the classifier's training data than real reports are, so thresholds tuned on them trust it too
    # much (on CASE 2021 a veto of 0.5 cost 1.2 points of weighted F1; docs/benchmarks.md says how 0.7 was set)
    for trust in (0.0,):
        for veto in [v for v in grid if v >= MIN_VETO]:
            for add in grid:
                params = {"rule_trust": trust, "veto": veto, "add": add}
                hits = 0
                for (sub, conf), rank, g in zip(rules, ranked, gold, strict=True):
                    out = _combine(sub, conf, rank, params)[0]
                    hits += (out or classifier.NONE) == g
                acc = hits / len(held)
                if acc > best[0] + 1e-9:
                    best = (acc, params)
    print(f"held-out accuracy of the combination: {best[0]:.3f} with {best[1]}", file=sys.stderr)
    return {**best[1], "heldout_rules": round(rule_acc, 4), "heldout_combined": round(best[0], 4)}


def _combine(
    sub: str | None, conf: float, ranked: list[tuple[str, float]], params: dict[str, float]
) -> tuple[str | None, float]:
    return classifier.combine_ranked(
        sub, conf, ranked, rule_trust=params["rule_trust"], veto=params["veto"], add=params["add"]
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--examples", type=Path, default=EXAMPLES, help="hand-written snippets (JSONL: text, label)"
    )
    ap.add_argument(
        "--templated", type=Path, default=TEMPLATED, help="templated snippets (JSONL: text, label)"
    )
    ap.add_argument(
        "--wire",
        type=Path,
        nargs="*",
        default=WIRE,
        help="wire-style snippets (JSONL: text, label): the held-out set for --tune, then training data",
    )
    ap.add_argument(
        "--extra",
        type=Path,
        nargs="*",
        default=EXTRA,
        help="more snippets of ours for the final fit only (default: the older development sets)",
    )
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the model JSON")
    ap.add_argument("--l2", type=float, default=1e-5, help="L2 penalty")
    ap.add_argument("--epochs", type=int, default=300, help="full-batch Adam steps")
    ap.add_argument(
        "--tune", action="store_true", help="choose combine() thresholds on the wire-style snippets"
    )
    args = ap.parse_args()

    first = load(args.examples) + load(args.templated)
    wire = [row for path in args.wire for row in load(path)]
    if not wire:
        raise SystemExit("no wire-style snippets (--wire): they are the held-out set")
    extra = [row for path in args.extra for row in load(path)]
    data = first + wire + extra
    labels = sorted({label for _, label in data}, key=lambda s: (s.startswith(classifier.NEGATIVE_PREFIX), s))
    t0 = time.perf_counter()
    m_t = train(first, labels, args.l2, args.epochs)
    shifted = accuracy(m_t, wire)
    print(
        f"trained on {len(first)} hand-written and templated snippets in {time.perf_counter() - t0:.1f}s; "
        f"accuracy on the {len(wire)} wire-style ones {shifted:.3f} (ACLED types + NONE)",
        file=sys.stderr,
    )
    meta: dict[str, Any] = {
        "trained_on": "src/eventwatch/data/training/typer_examples*.jsonl and the older development sets "
        "(benchmarks/devset: sentence, focus, hard, s13 snippets; all our own)",
        "n_examples": len(data),
        "l2": args.l2,
        "epochs": args.epochs,
        "shifted_heldout_accuracy": round(shifted, 4),
        "command": "PYTHONPATH=src python scripts/train_typer.py" + (" --tune" if args.tune else ""),
    }
    if args.tune:
        meta["combine"] = tune(m_t, wire)
    elif args.out.exists():  # keep thresholds tuned earlier
        old = json.loads(args.out.read_text("utf-8")).get("meta", {})
        if "combine" in old:
            meta["combine"] = old["combine"]
    x, ids = design([t for t, _ in data])
    y = np.array([labels.index(label) for _, label in data], dtype=np.int64)
    w, b = fit(x, y, len(labels), args.l2, args.epochs)
    encoded = classifier.encode_model(labels, ids, w, b, meta)
    args.out.write_text(json.dumps(encoded, separators=(",", ":")) + "\n", "utf-8")
    print(
        f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(ids)} feature rows)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
