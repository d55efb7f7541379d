"""The CAMEO coder on sentences we wrote ourselves: root and full-code accuracy (a development set, not a benchmark).

Each JSONL row is ``{"text": ..., "code": "NNN", "root": "NN", "source": ..., "target": ...}``. Every sentence is
coded as ``eventwatch eval events --corpus petrarch`` codes one (the CAMEO coder, falling back to the ACLED event's
code), and scored on its root code and its full code.

    python benchmarks/devset_cameo.py benchmarks/devset/s20_cameo_a.jsonl

Prints accuracy per gold root and the most frequent confusions, and writes the wrongly coded sentences to a JSON
file to read. See benchmarks/devset/README.md for how the sentences were made.
"""

from __future__ import annotations

import sys
from collections import Counter

from devset_io import parser, read_rows, write_errors


def main() -> int:
    cli = parser(
        __doc__.splitlines()[0],
        "JSONL files with text, code and root",
        "eventwatch-devset-cameo-errors.json",
        "wrongly coded sentences",
    )
    cli.add_argument("--typer", default="pipeline", choices=("rules", "pipeline", "combined"))
    args = cli.parse_args()

    from eventwatch.eval.events import Predictor

    rows = read_rows(args.files)
    predict = Predictor(args.typer, need_pipeline=True, cameo="petrarch")
    by_root: dict[str, Counter[str]] = {}
    confusions: Counter[tuple[str, str]] = Counter()
    errors = []
    for i, row in enumerate(rows):
        got = predict(str(i), row["text"]).cameo_code or ""
        root = str(row["root"]).zfill(2)
        counts = by_root.setdefault(root, Counter())
        counts["n"] += 1
        counts["root"] += got[:2] == root
        counts["code"] += got == str(row["code"])
        if got[:2] != root:
            confusions[(root, got[:2] or "(none)")] += 1
            errors.append({"text": row["text"], "gold": row["code"], "got": got})
    total: Counter[str] = Counter()
    for root in sorted(by_root):
        c = by_root[root]
        total.update(c)
        print(f"{root:6s} n={c['n']:4d}  root {c['root'] / c['n']:.3f}  code {c['code'] / c['n']:.3f}")
    n = max(1, total["n"])
    print(f"{'all':6s} n={total['n']:4d}  root {total['root'] / n:.3f}  code {total['code'] / n:.3f}")
    print(
        "confusions (gold root -> coded):",
        ", ".join(f"{g}->{p} {k}" for (g, p), k in confusions.most_common(12)),
    )
    write_errors(args.errors, errors, "wrongly coded sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
