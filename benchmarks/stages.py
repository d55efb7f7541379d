"""Where the pipeline's time goes: CPU seconds per stage over the same articles as throughput.py.

    python benchmarks/stages.py [--n 300]

Runs the default pipeline in this process over the IndiaPoliceEvents articles and prints the process CPU time of
each stage (``time.process_time``: less disturbed by other work on the machine than wall time, though not immune
to it). Run it from two checkouts (a worktree of an older commit beside this one), alternately, to see what a
change costs stage by stage; throughput.py gives the ratio against plain spaCy.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from throughput import load_texts  # type: ignore[import-not-found]

from eventwatch.pipeline import Component, Context, Pipeline, Settings
from eventwatch.records import Document


def _timed(name: str, stage: Component, totals: Counter[str]) -> Component:
    def run(ctx: Context) -> None:
        start = time.process_time()
        stage(ctx)
        totals[name] += time.process_time() - start

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    args = parser.parse_args()
    texts = load_texts(args.n)
    pipe = Pipeline(Settings())
    pipe(Document(id="warm-up", text=texts[0]))  # loads the models
    totals: Counter[str] = Counter()
    pipe.stages = [(name, _timed(name, stage, totals)) for name, stage in pipe.stages]
    start = time.process_time()
    for i, text in enumerate(texts):
        pipe(Document(id=str(i), text=text))
    total = time.process_time() - start
    print(f"articles: {len(texts)}, CPU seconds: {total:.2f}")
    for name, seconds in totals.most_common():
        print(f"  {name:<10} {seconds:6.2f}  {seconds / total:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
