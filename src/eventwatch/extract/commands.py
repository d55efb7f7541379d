"""``eventwatch extract``: print the events of reports, without storing them."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from eventwatch.cli import EXIT_OK, EXIT_SOME_FAILED, date_arg


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "extract",
        help="print the events read from reports (nothing is stored)",
        description="Read reports (text, HTML or JSONL files, folders, or - for stdin) and print their events.",
    )
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help="files or folders; - reads stdin")
    p.add_argument(
        "--published",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="publication date for reports that carry none (relative dates resolve against it)",
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "json", "csv", "geojson"),
        default="jsonl",
        help="output format (csv has ACLED's columns; default jsonl)",
    )
    p.add_argument("--no-background", action="store_true", help="leave out background events")
    p.add_argument(
        "--with-records",
        action="store_true",
        help="jsonl only: also print truces, airspace threats and claims, one record a line",
    )
    p.add_argument(
        "--max-chars", type=int, default=2_000_000, help="refuse longer documents (default 2,000,000)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwatch.export import write_events
    from eventwatch.ingest import read_inputs
    from eventwatch.pipeline import Pipeline, PipelineError, Settings
    from eventwatch.records import Document, Event, to_dict

    pipeline = Pipeline(Settings(max_chars=args.max_chars))
    failed = 0
    docs: list[Document] = []
    for item in read_inputs(args.paths, published=args.published, stdin=sys.stdin):
        if isinstance(item, Document):
            docs.append(item)
        else:
            failed += 1
            print(f"{item.source}: {item.reason}", file=sys.stderr)
    events: list[Event] = []
    extras: list[dict[str, Any]] = []
    for result in pipeline.pipe(docs):
        if isinstance(result, PipelineError):
            failed += 1
            print(str(result), file=sys.stderr)
            continue
        for warning in result.warnings:
            print(f"{result.document.id}: warning: {warning}", file=sys.stderr)
        events.extend(e for e in result.events if not (args.no_background and e.is_background))
        if args.with_records:
            extras += [{"record": "truce", **to_dict(t)} for t in result.truces]
            extras += [{"record": "airspace_threat", **to_dict(t)} for t in result.threats]
            extras += [{"record": "claim", "doc_id": result.document.id, **to_dict(c)} for c in result.claims]
    write_events(events, args.format, sys.stdout)
    if args.with_records and args.format == "jsonl":
        for row in extras:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK
