"""Where the event rules go wrong on snippets we wrote ourselves: a development set, not a benchmark.

For each label of the given JSONL files (``{"text": ..., "label": ...}``; labels are ACLED sub-event types,
or ``NEG_*`` for text that reports no political violence), prints how the pipeline typed the snippets, and
writes the wrongly typed ones to a JSON file to read. ``NEG_*`` snippets count as right when they yield no
political-violence event ("PV" in the output).

    python benchmarks/devset_confusions.py                       # the hard snippets of benchmarks/devset
    python benchmarks/devset_confusions.py src/eventwatch/data/training/typer_examples.jsonl --typer rules

Rules are developed against these snippets and then checked on the real gold sets (docs/benchmarks.md), so
that no rule is read off a benchmark sentence. See benchmarks/devset/README.md for how the snippets were made.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from devset_io import parser, read_rows, write_errors

HERE = Path(__file__).resolve().parent


def main() -> int:
    cli = parser(
        __doc__.splitlines()[0],
        "JSONL files (default: benchmarks/devset/hard_snippets.jsonl)",
        "eventwatch-devset-errors.json",
        "wrongly typed snippets",
        files_needed=False,
    )
    cli.add_argument("--typer", default="rules", choices=("rules", "pipeline", "combined", "classifier"))
    args = cli.parse_args()

    from eventwatch.eval.events import POLITICAL_VIOLENCE, Predictor

    rows = read_rows([Path(f) for f in args.files] or [HERE / "devset" / "hard_snippets.jsonl"])
    predict = Predictor(args.typer, need_pipeline=True)
    confusion: Counter[tuple[str, str]] = Counter()
    wrong: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, row in enumerate(rows):
        p = predict(str(i), row["text"])
        gold = row["label"]
        if gold.startswith("NEG_"):
            violent = any(et in POLITICAL_VIOLENCE for et, _ in p.events)
            got = "PV" if violent else ("other event" if p.events else "none")
            if violent:
                wrong[gold].append((p.sub_event_type or "", row["text"]))
        else:
            got = p.sub_event_type or "none"
            if got != gold:
                wrong[gold].append((got, row["text"]))
        confusion[(gold, got)] += 1
    right = 0
    for gold in sorted({g for g, _ in confusion}):
        items = sorted(((got, n) for (g, got), n in confusion.items() if g == gold), key=lambda x: -x[1])
        total = sum(n for _, n in items)
        ok = sum(n for got, n in items if got == gold or (gold.startswith("NEG_") and got != "PV"))
        right += ok
        print(f"{gold[:36]:36s} {ok:4d}/{total:<4d} {items[:4]}")
    print(f"{'all':36s} {right:4d}/{len(rows):<4d} {right / max(1, len(rows)):.3f}")
    write_errors(args.errors, wrong, "wrongly typed snippets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
