"""How many sentences the cheap candidate filter sends to the parser, and what segmentation and spotting cost.

    python benchmarks/candidates.py [--n 300]

Runs only the ``segment`` and ``spot`` stages over the same IndiaPoliceEvents articles as throughput.py and
prints the number of sentences, the share marked as candidates (worth a parse) and the seconds taken. Run it
from two checkouts (a worktree of an older commit beside this one) to see what a change to the candidate
patterns costs: the parse, which dominates the pipeline's time, grows with the candidate share.
"""

from __future__ import annotations

import argparse
import time

from throughput import load_texts  # type: ignore[import-not-found]

from eventwatch.pipeline import Pipeline, Settings
from eventwatch.records import Document


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    args = parser.parse_args()
    texts = load_texts(args.n)
    pipe = Pipeline(Settings(stages=("segment", "spot")))
    sentences = candidates = 0
    start = time.perf_counter()
    for i, text in enumerate(texts):
        ctx = pipe.context(Document(id=str(i), text=text))
        sentences += len(ctx.sentences)
        candidates += sum(s.candidate for s in ctx.sentences)
    seconds = time.perf_counter() - start
    print(
        f"articles: {len(texts)}, sentences: {sentences:,}, candidates: {candidates:,} ({candidates / sentences:.1%})"
    )
    print(f"segment + spot: {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
