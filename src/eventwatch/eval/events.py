"""``eventwatch eval events``: score event coding on CASE 2021 Task 2, PLOVER and PETRARCH-2 gold records.

Each item runs through the eventwatch pipeline (or the rules without the learned typer's veto, the typer alone, or
both combined: ``--typer``);
the item's prediction is its most confident non-background event. Scores:

- ``case2021``: sub-event type (ACLED names through the set's own ``case_label_to_acled.csv``): per-class
  precision / recall / F1, weighted and macro F1 over the 25 ACLED classes on the snippets whose gold is an
  ACLED class; for the 5 non-ACLED classes, the share of snippets that yield no ACLED political-violence event
  (Battles, Explosions/Remote violence, Violence against civilians, Riots) and the share that yield no event.
- ``plover``: PLOVER event type accuracy; source actor country accuracy (ISO alpha-3, gold codes that are
  countries only).
- ``petrarch``: CAMEO root code (first two digits) accuracy on sentences with gold events; the share of
  no-event sentences left without an event.

For ``plover`` and ``petrarch`` the prediction is the CAMEO coder's most confident coding
(:mod:`eventwatch.extract.cameo`; for PLOVER the most confident one with a PLOVER type), falling back to
the ACLED pipeline's event when the coder finds nothing.

Gold data is read from ``--benchmarks`` (default ``../shared/benchmarks`` beside the project) and never copied.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwatch.eval.report import classification_report, share

CORPORA = ("case2021", "plover", "petrarch")
# "pipeline": the pipeline as shipped (rules + the learned typer's veto); "rules": without the typer stage;
# "classifier": the learned typer alone; "combined": classifier.combine over the rule events (veto and add)
TYPERS = ("pipeline", "rules", "classifier", "combined")
DEFAULT_TYPER = "pipeline"
NO_EVENT = "no ACLED event"
POLITICAL_VIOLENCE = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)
CASE_TSV = Path("events/case2021_task2/test_set_final_release_with_labels.tsv")
CASE_MAP = Path("events/case2021_task2/case_label_to_acled.csv")
PLOVER_JSON = Path("events/plover_gsr/PLOVER_GSR_CAMEO.txt")
PETRARCH_JSONL = Path("events/petrarch_gsr/petr2_gsr_validation.jsonl")
GOLD_FILES = {"case2021": (CASE_TSV, CASE_MAP), "plover": (PLOVER_JSON,), "petrarch": (PETRARCH_JSONL,)}


def default_benchmarks() -> Path:
    return Path(__file__).resolve().parents[4] / "shared" / "benchmarks"  # <repo>/../shared


# ---------------------------------------------------------------- gold items


@dataclass(slots=True)
class Item:
    id: str
    text: str
    gold: str  # CASE: ACLED sub-event type or the CASE label of a non-ACLED class; PLOVER: event; PETRARCH: root
    gold_all: tuple[str, ...] = ()  # PETRARCH: every gold root of the sentence
    source_country: str = ""  # PLOVER: gold source actor code (ISO alpha-3 where a country)
    acled: bool = True  # CASE: whether the gold class is one of the 25 ACLED classes


def load_case(root: Path) -> list[Item]:
    mapping: dict[str, str] = {}
    with (root / CASE_MAP).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            mapping[row["case_label"]] = row["acled_sub_event_type"]
    items: list[Item] = []
    with (root / CASE_TSV).open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = row["SubType"].strip()
            if label not in mapping:
                raise ValueError(f"CASE 2021: label {label!r} is not in {CASE_MAP.name}")
            acled = mapping[label]
            items.append(Item(id=row["id"], text=row["EventSnippet"], gold=acled or label, acled=bool(acled)))
    return items


def load_plover(root: Path) -> list[Item]:
    data = json.loads((root / PLOVER_JSON).read_text("utf-8"))
    items: list[Item] = []
    for rec in data:
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        source = rec.get("source") or []
        items.append(
            Item(
                id=str(rec["id"]),
                text=str(rec["text"]),
                gold=str(rec["event"]),
                source_country=str(source[0].get("code", ""))[:3] if source else "",
            )
        )
    return items


def load_petrarch(root: Path) -> list[Item]:
    items: list[Item] = []
    for line in (root / PETRARCH_JSONL).read_text("utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        roots = tuple(dict.fromkeys(str(e["eventcode"])[:2] for e in rec.get("events", [])))
        gold = "" if rec.get("noevents") or not roots else roots[0]
        items.append(
            Item(id=str(rec["id"]), text=str(rec["text"]), gold=gold, gold_all=roots if gold else ())
        )
    return items


LOADERS: dict[str, Callable[[Path], list[Item]]] = {
    "case2021": load_case,
    "plover": load_plover,
    "petrarch": load_petrarch,
}


# ---------------------------------------------------------------- predictions


@dataclass(slots=True)
class Prediction:
    sub_event_type: str = ""  # "" when no ACLED event
    event_type: str = ""
    confidence: float = 0.0
    plover_type: str = ""
    cameo_code: str = ""
    actor1: str = ""
    actor1_country: str = ""  # ISO alpha-2
    events: list[tuple[str, str]] = field(
        default_factory=list
    )  # (event_type, sub_event_type) of all kept events


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def sentence_around(text: str, offset: int) -> str:
    """The sentence of ``text`` holding character ``offset`` (a light splitter; snippets are short)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= offset:
            start = m.end()
        elif m.start() >= offset:
            return text[start : m.start()]
    return text[start:]


class Predictor:
    """Runs the pipeline and / or the typer over texts, as ``--typer`` says."""

    def __init__(self, typer: str, *, need_pipeline: bool, cameo: str = "") -> None:
        """``cameo``: "plover" or "petrarch" to code items with the CAMEO coder first ("" for ACLED only)."""
        if typer not in TYPERS:
            raise ValueError(f"unknown typer {typer!r}; choose from {TYPERS}")
        self.typer = typer
        self.cameo = cameo
        self._pipeline: Any = None
        if typer != "classifier" or need_pipeline:
            from eventwatch.pipeline import DEFAULT_STAGES, Pipeline, Settings

            stages = (
                DEFAULT_STAGES if typer == "pipeline" else tuple(s for s in DEFAULT_STAGES if s != "typer")
            )
            self._pipeline = Pipeline(Settings(stages=stages))

    def __call__(self, item_id: str, text: str) -> Prediction:
        from eventwatch.extract import classifier

        candidates: list[tuple[str, float, Any]] = []  # (sub_event_type, confidence, event or None)
        events: list[Any] = []
        if self._pipeline is not None:
            from eventwatch.records import Document

            events = [
                e for e in self._pipeline(Document(id=item_id, text=text)).events if not e.is_background
            ]
        if self.typer in ("rules", "pipeline"):
            candidates = [(e.sub_event_type, e.confidence, e) for e in events]
        elif self.typer == "classifier":
            label, p = classifier.classify(text)[0]
            if label != classifier.NONE:
                actor_event = max(events, key=lambda e: e.confidence, default=None)
                candidates = [(label, p, actor_event)]
        else:
            for e in events:
                sub, conf = classifier.combine(e.sub_event_type, e.confidence, _event_sentence(text, e))
                if sub:
                    candidates.append((sub, conf, e))
            if not events:
                sub, conf = classifier.combine(None, 0.0, text)
                if sub:
                    candidates.append((sub, conf, None))
        acled = self._acled(candidates)
        if self.cameo:
            return self._cameo(text, acled)
        return acled

    def _cameo(self, text: str, acled: Prediction) -> Prediction:
        from eventwatch.extract.cameo import best_coding, code_sentence

        coding = best_coding(code_sentence(text), plover=self.cameo == "plover")
        if coding is None:
            return acled
        return Prediction(
            sub_event_type=acled.sub_event_type,
            event_type=acled.event_type,
            confidence=coding.confidence,
            plover_type=coding.plover_type,
            cameo_code=coding.code,
            actor1=coding.source.text if coding.source is not None else acled.actor1,
            actor1_country=coding.source_country or acled.actor1_country,
            events=acled.events,
        )

    @staticmethod
    def _acled(candidates: list[tuple[str, float, Any]]) -> Prediction:
        from eventwatch.extract import taxonomy

        if not candidates:
            return Prediction()
        sub, conf, event = max(candidates, key=lambda c: c[1])
        actor1 = event.actor1 if event is not None else ""
        return Prediction(
            sub_event_type=sub,
            event_type=taxonomy.event_type_of(sub),
            confidence=conf,
            plover_type=taxonomy.plover_type(sub),
            cameo_code=taxonomy.cameo_code(sub),
            actor1=actor1,
            actor1_country=(getattr(event, "actor1_country", "") if event is not None else "")
            or actor_country(actor1),
            events=[(taxonomy.event_type_of(s), s) for s, _, _ in candidates],
        )


def _event_sentence(text: str, event: Any) -> str:
    mention = next((ev for ev in event.evidence if ev.role == "mention"), None)
    return sentence_around(text, mention.start) if mention is not None else text


def _country_names() -> dict[str, str]:
    from eventwatch.extract.actors import country_codes

    return country_codes()


_OF_COUNTRY = re.compile(r"\bof (?:the )?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*(?:\(|$)|\(([^()]+)\)\s*$")


@functools.lru_cache(maxsize=4096)
def actor_country(name: str) -> str:
    """ISO alpha-2 country of an event's actor name: the actor registry, then '... of <Country>' / '(<Country>)'.

    A stop-gap until Event carries ``actor1_country`` itself.
    """
    if not name:
        return ""
    from eventwatch.extract.actors import demonyms, registry

    entry = registry().lookup(name)
    if entry is not None and entry.country:
        return entry.country
    names = _country_names()
    for m in _OF_COUNTRY.finditer(name):
        cand = (m.group(1) or m.group(2) or "").strip().lower()
        if cand in names:
            return names[cand]
    words = name.split()
    dem = demonyms()
    for w in words:
        if w.lower() in dem:
            return dem[w.lower()]
    return names.get(name.strip().lower(), "")


def alpha3(code2: str) -> str:
    if not code2:
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code2)
    return str(c.alpha_3) if c is not None else ""


def is_country3(code3: str) -> bool:
    import pycountry

    return bool(code3) and pycountry.countries.get(alpha_3=code3) is not None


# ---------------------------------------------------------------- scoring


def score_case(items: list[Item], preds: list[Prediction], top: int = 15) -> dict[str, Any]:
    from eventwatch.extract.taxonomy import SUB_EVENT_TYPES

    acled = [(i, p) for i, p in zip(items, preds, strict=True) if i.acled]
    other = [(i, p) for i, p in zip(items, preds, strict=True) if not i.acled]
    report = classification_report(
        [i.gold for i, _ in acled],
        [p.sub_event_type or NO_EVENT for _, p in acled],
        labels=list(SUB_EVENT_TYPES),
        top_confusions=top,
    )
    no_violence = [not any(et in POLITICAL_VIOLENCE for et, _ in p.events) for _, p in other]
    by_class: dict[str, list[bool]] = {}
    for (i, _), ok in zip(other, no_violence, strict=True):
        by_class.setdefault(i.gold, []).append(ok)
    return {
        "acled_25": report,
        "non_acled": {
            "n": len(other),
            "no_violence_event": share(no_violence),
            "no_event": share(not p.events for _, p in other),
            "no_violence_event_by_class": {k: share(v) for k, v in sorted(by_class.items())},
            "predicted": dict(
                sorted(_count(p.sub_event_type or NO_EVENT for _, p in other).items(), key=lambda kv: -kv[1])[
                    :top
                ]
            ),
        },
    }


def score_plover(items: list[Item], preds: list[Prediction], top: int = 15) -> dict[str, Any]:
    report = classification_report(
        [i.gold for i in items], [p.plover_type or "(none)" for p in preds], top_confusions=top
    )
    from eventwatch.extract.taxonomy import SUB_EVENT_TYPES

    emitted = {plover for _, _, plover in SUB_EVENT_TYPES.values()}
    in_scope = [(i, p) for i, p in zip(items, preds, strict=True) if i.gold in emitted]
    report["in_scope"] = {  # gold types our ACLED taxonomy can emit at all
        "types": sorted(emitted),
        "n": len(in_scope),
        "accuracy": share(p.plover_type == i.gold for i, p in in_scope),
    }
    countries = [(i, p) for i, p in zip(items, preds, strict=True) if is_country3(i.source_country)]
    covered = [(i, p) for i, p in countries if p.actor1_country]
    return {
        "event_type": report,
        "source_country": {
            "n": len(countries),
            "accuracy": share(alpha3(p.actor1_country) == i.source_country for i, p in countries),
            "coverage": share(bool(p.actor1_country) for _, p in countries),
            "accuracy_where_predicted": share(
                alpha3(p.actor1_country) == i.source_country for i, p in covered
            ),
        },
    }


def score_petrarch(items: list[Item], preds: list[Prediction], top: int = 15) -> dict[str, Any]:
    coded = [(i, p) for i, p in zip(items, preds, strict=True) if i.gold]
    empty = [(i, p) for i, p in zip(items, preds, strict=True) if not i.gold]
    pred = [p.cameo_code[:2] for _, p in coded]
    hits = [root in i.gold_all for (i, _), root in zip(coded, pred, strict=True)]
    # a sentence may carry several gold codings: a predicted root matching any of them counts
    gold = [root if ok else i.gold for (i, _), root, ok in zip(coded, pred, hits, strict=True)]
    report = classification_report(gold, [r or "(none)" for r in pred], top_confusions=top)
    report["accuracy"] = share(hits)
    from eventwatch.extract.taxonomy import SUB_EVENT_TYPES

    emitted = {cameo[:2] for _, cameo, _ in SUB_EVENT_TYPES.values()}
    in_scope = [ok for (i, _), ok in zip(coded, hits, strict=True) if emitted.intersection(i.gold_all)]
    report["in_scope"] = {"roots": sorted(emitted), "n": len(in_scope), "accuracy": share(in_scope)}
    return {
        "cameo_root": report,
        "no_event_sentences": {
            "n": len(empty),
            "left_without_event": share(not p.cameo_code for _, p in empty),
        },
    }


SCORERS: dict[str, Callable[[list[Item], list[Prediction], int], dict[str, Any]]] = {
    "case2021": score_case,
    "plover": score_plover,
    "petrarch": score_petrarch,
}


def _count(values: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def evaluate(
    corpus: str,
    benchmarks: Path,
    *,
    typer: str = DEFAULT_TYPER,
    limit: int | None = None,
    progress: bool = True,
) -> tuple[dict[str, Any], list[Item], list[Prediction]]:
    """Score one corpus; returns the report and the items with their predictions."""
    items = LOADERS[corpus](benchmarks)
    if limit is not None:
        items = items[:limit]
    predictor = Predictor(
        typer, need_pipeline=corpus == "plover", cameo=corpus if corpus in ("plover", "petrarch") else ""
    )
    from tqdm import tqdm

    t0 = time.perf_counter()
    preds = [
        predictor(i.id, i.text)
        for i in tqdm(items, desc=f"eval {corpus}", unit="item", disable=not progress, file=sys.stderr)
    ]
    report = SCORERS[corpus](items, preds, 15)
    report = {"corpus": corpus, "typer": typer, "n": len(items), **report}
    report["seconds"] = round(time.perf_counter() - t0, 1)
    return report, items, preds


def misclassified(corpus: str, items: list[Item], preds: list[Prediction]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, p in zip(items, preds, strict=True):
        if corpus == "case2021":
            wrong = (
                (p.sub_event_type or NO_EVENT) != i.gold
                if i.acled
                else any(et in POLITICAL_VIOLENCE for et, _ in p.events)
            )
            got: str = p.sub_event_type or NO_EVENT
        elif corpus == "plover":
            wrong = p.plover_type != i.gold or (
                is_country3(i.source_country) and alpha3(p.actor1_country) != i.source_country
            )
            got = f"{p.plover_type or '(none)'} / {p.actor1 or '(no actor)'} [{alpha3(p.actor1_country)}]"
        else:
            wrong = (p.cameo_code[:2] not in i.gold_all) if i.gold else bool(p.cameo_code)
            got = p.cameo_code or "(none)"
        if wrong:
            gold = i.gold if corpus != "plover" else f"{i.gold} / {i.source_country}"
            out.append({"id": i.id, "gold": gold or "(none)", "predicted": got, "text": i.text[:300]})
    return out


# ---------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", choices=CORPORA, required=True, help="which gold set to score on")
    parser.add_argument("--limit", type=int, metavar="N", default=None, help="score only the first N items")
    parser.add_argument(
        "--typer",
        choices=TYPERS,
        default=DEFAULT_TYPER,
        help="who decides the sub-event type: the pipeline as shipped (rules + the learned typer's veto), the "
        "rules alone, the learned typer alone, or both combined (classifier.combine, which may also add events; "
        f"default {DEFAULT_TYPER})",
    )
    parser.add_argument(
        "--verbose",
        dest="list_errors",
        action="store_true",
        help="also list the misclassified items (id, gold, predicted, text)",
    )
    parser.add_argument(
        "--output", metavar="FILE", default=None, help="write the JSON report here, not stdout"
    )


def run(args: argparse.Namespace) -> int:
    root = Path(args.benchmarks) if getattr(args, "benchmarks", None) else default_benchmarks()
    if not root.is_dir():
        print(
            f"eventwatch eval events: no benchmarks folder at {root} (pass --benchmarks DIR)", file=sys.stderr
        )
        return 2
    if args.limit is not None and args.limit < 1:
        print("eventwatch eval events: --limit must be at least 1", file=sys.stderr)
        return 2
    missing = [str(root / f) for f in GOLD_FILES[args.corpus] if not (root / f).is_file()]
    if missing:
        print(f"eventwatch eval events: missing gold file(s): {', '.join(missing)}", file=sys.stderr)
        return 2
    report, items, preds = evaluate(args.corpus, root, typer=args.typer, limit=args.limit)
    if getattr(args, "list_errors", False):
        report["misclassified"] = misclassified(args.corpus, items, preds)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    if args.output:
        Path(args.output).write_text(text + "\n", "utf-8")
    else:
        print(text)
    return 0
