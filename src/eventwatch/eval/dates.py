"""``eventwatch eval dates``: temporal expressions scored on TempEval-3 (TimeBank + AQUAINT, TBAQ-cleaned).

Each document's text is the ``<TEXT>`` element of its ``.tml`` file with the tags removed (the offsets
of ``timex_gold.jsonl`` index that text); its creation time (``<DCT>``) is the publication date that
relative expressions are resolved against. :func:`eventwatch.extract.time.find_times` runs over the
whole text and its ``timex`` values are compared with the gold TIMEX3 ``value``.

Scored: gold DATE expressions and TIME expressions reduced to their day ("1998-02-12T19:15" and
"1998-02-12TEV" count as "1998-02-12"); our expressions of kind date, since and range (durations and
sets are not dates; one of ours that only overlaps a gold DURATION or SET is left out of the counts).
A gold expression is *found* when one of ours overlaps it; its value is *correct* when the timex of
the most-overlapping one equals the gold value (for a range, its start or its end may match).

* ``value_accuracy``: correct values among the gold expressions found;
* ``recall``: gold expressions found; ``precision``: ours that overlap a gold DATE/TIME;
* ``value_precision`` / ``value_recall`` / ``value_f1``: ours with a correct value over all of ours,
  gold with a correct value over all gold — the TempEval-3 "value F1" (HeidelTime: about 77.6).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.records import TimeExpression

SCORED_TYPES = ("DATE", "TIME")
DATE_KINDS = ("date", "since", "range")
HEIDELTIME_VALUE_F1 = 77.6  # TempEval-3 task A, relaxed value F1 of the best system on normalisation
_TAG = re.compile(r"<[^>]+>")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"([^\"]+)\"", re.S)
_DAY_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T")


def default_root(benchmarks: Path | str | None = None) -> Path:
    """The TempEval-3 folder: ``<benchmarks>/dates/tempeval3``, by default in ../shared beside the project."""
    if benchmarks is not None:
        return Path(benchmarks) / "dates" / "tempeval3"
    here = Path(__file__).resolve()
    for base in (here.parents[3], Path.cwd()):
        candidate = base.parent / "shared" / "benchmarks" / "dates" / "tempeval3"
        if candidate.is_dir():
            return candidate
    return here.parents[3].parent / "shared" / "benchmarks" / "dates" / "tempeval3"


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class GoldDocument:
    name: str
    corpus: str
    dct: dt.date
    text: str
    gold: list[GoldTimex] = field(default_factory=list)


def parse_tml(markup: str) -> tuple[dt.date, str]:
    """The creation date and the plain text (tags removed, entities kept) of a TimeML document."""
    dct = _DCT.search(markup)
    body = _TEXT.search(markup)
    if dct is None or body is None:
        raise ValueError("not a TimeML document with <DCT> and <TEXT>")
    return dt.date.fromisoformat(dct.group(1)[:10]), _TAG.sub("", body.group(1))


def load(root: Path, limit: int | None = None) -> tuple[list[GoldDocument], list[str]]:
    """The gold documents (at most ``limit``) and a note for each one that could not be read."""
    documents: dict[str, GoldDocument] = {}
    problems: list[str] = []
    with (root / "timex_gold.jsonl").open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    for row in rows:
        key = f"{row['corpus']}/{row['doc']}"
        if key not in documents:
            if limit is not None and len(documents) >= limit:
                continue
            path = root / row["corpus"] / row["doc"]
            try:
                dct, text = parse_tml(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                problems.append(f"{key}: {exc}")
                continue
            documents[key] = GoldDocument(row["doc"], row["corpus"], dct, text)
        doc = documents[key]
        start = int(row["start"])
        doc.gold.append(GoldTimex(start, start + len(row["text"]), row["text"], row["type"], row["value"]))
    return list(documents.values()), problems


def day_value(value: str) -> str:
    """A TIMEX3 value with any time of day dropped: "1998-02-12T19:15" -> "1998-02-12"."""
    found = _DAY_TIME.match(value)
    return found.group(1) if found else value


def _values(time_expr: TimeExpression) -> set[str]:
    values = {day_value(time_expr.timex)}
    if time_expr.kind == "range" and time_expr.end is not None:
        values.add(time_expr.end.isoformat())
        values.add(time_expr.end.isoformat()[:7])
    return values


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


@dataclass(slots=True)
class Tally:
    gold: int = 0
    found: int = 0
    correct: int = 0  # gold found with the right value
    predicted: int = 0
    predicted_matching: int = 0  # ours overlapping a gold DATE/TIME
    predicted_correct: int = 0  # ours with a correct value

    def add(self, other: Tally) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def report(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        precision = ratio(self.predicted_correct, self.predicted)
        recall = ratio(self.correct, self.gold)
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "found": self.found,
            "value_accuracy": ratio(self.correct, self.found),
            "recall": ratio(self.found, self.gold),
            "precision": ratio(self.predicted_matching, self.predicted),
            "value_precision": precision,
            "value_recall": recall,
            "value_f1": f1,
        }


def score_document(
    doc: GoldDocument, predicted: Sequence[TimeExpression], errors: list[dict[str, Any]] | None = None
) -> Tally:
    """Compare our expressions with the gold ones of one document."""
    tally = Tally()
    scored = [g for g in doc.gold if g.type in SCORED_TYPES]
    others = [g for g in doc.gold if g.type not in SCORED_TYPES]
    ours = [t for t in predicted if t.kind in DATE_KINDS]
    for gold in scored:
        tally.gold += 1
        best: TimeExpression | None = None
        best_overlap = 0
        for t in ours:
            size = _overlap(gold.start, gold.end, t.span.start, t.span.end)
            if size > best_overlap:
                best, best_overlap = t, size
        if best is None:
            if errors is not None:
                errors.append({"doc": doc.name, "error": "missed", "gold": gold.text, "value": gold.value,
                               "context": doc.text[max(0, gold.start - 60) : gold.end + 60]})  # fmt: skip
            continue
        tally.found += 1
        if day_value(gold.value) in _values(best):
            tally.correct += 1
        elif errors is not None:
            errors.append({"doc": doc.name, "dct": doc.dct.isoformat(), "error": "value", "gold": gold.text,
                           "value": gold.value, "ours": best.span.text, "timex": best.timex,
                           "context": doc.text[max(0, gold.start - 60) : gold.end + 60]})  # fmt: skip
    for t in ours:
        hits = [g for g in scored if _overlap(g.start, g.end, t.span.start, t.span.end)]
        if not hits:
            if any(_overlap(g.start, g.end, t.span.start, t.span.end) for g in others):
                continue  # overlaps a gold DURATION or SET: neither right nor wrong as a date
            tally.predicted += 1
            if errors is not None:
                errors.append({"doc": doc.name, "error": "spurious", "ours": t.span.text, "timex": t.timex,
                               "context": doc.text[max(0, t.span.start - 60) : t.span.end + 60]})  # fmt: skip
            continue
        tally.predicted += 1
        tally.predicted_matching += 1
        if any(day_value(g.value) in _values(t) for g in hits):
            tally.predicted_correct += 1
    return tally


def evaluate(
    documents: Sequence[GoldDocument], errors: list[dict[str, Any]] | None = None, progress: bool = True
) -> dict[str, Any]:
    """Run :func:`find_times` over every document and score it; the JSON-ready report."""
    from eventwatch.extract.time import find_times

    total = Tally()
    by_corpus: dict[str, Tally] = {}
    chars = 0
    seconds = 0.0
    iterator: Any = documents
    if progress:
        from tqdm import tqdm

        iterator = tqdm(documents, desc="eval dates", unit="doc", file=sys.stderr, leave=False)
    for doc in iterator:
        began = time.perf_counter()
        predicted = find_times(doc.text, doc.dct)
        seconds += time.perf_counter() - began
        chars += len(doc.text)
        tally = score_document(doc, predicted, errors)
        total.add(tally)
        by_corpus.setdefault(doc.corpus, Tally()).add(tally)
    report: dict[str, Any] = {
        "benchmark": "TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT)",
        "scored": "DATE and TIME (reduced to the day) expressions; values resolved against the DCT",
        "documents": len(documents),
        **total.report(),
        "by_corpus": {name: t.report() for name, t in sorted(by_corpus.items())},
        "anchor": {"HeidelTime value F1": HEIDELTIME_VALUE_F1},
        "speed": {
            "seconds": round(seconds, 3),
            "chars_per_second": round(chars / seconds) if seconds else None,
            "ms_per_1000_chars": round(1000 * seconds / chars * 1000, 3) if chars else None,
        },
    }
    if errors is not None:
        report["errors_by_kind"] = dict(Counter(e["error"] for e in errors))
    return report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N documents")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="also print every miss, wrong value and spurious expression (JSON lines, to stderr)",
    )


def run(args: argparse.Namespace) -> int:
    root = default_root(getattr(args, "benchmarks", None))
    if not (root / "timex_gold.jsonl").is_file():
        print(f"no TempEval-3 data at {root} (it lives in ../shared/benchmarks/dates/tempeval3); "
              "nothing scored", file=sys.stderr)  # fmt: skip
        return 0
    documents, problems = load(root, args.limit)
    for problem in problems:
        print(f"skipped {problem}", file=sys.stderr)
    if not documents:
        print(f"no readable TempEval-3 documents under {root}; nothing scored", file=sys.stderr)
        return 0
    errors: list[dict[str, Any]] | None = [] if args.verbose else None
    report = evaluate(documents, errors)
    if errors:
        for error in errors:
            print(json.dumps(error, ensure_ascii=False), file=sys.stderr)
    print(json.dumps(report, indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventwatch eval dates", description=__doc__)
    parser.add_argument("--benchmarks", metavar="DIR", default=None,
                        help="the benchmarks folder (default: ../shared/benchmarks beside the project)")  # fmt: skip
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
