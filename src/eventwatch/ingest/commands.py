"""``eventwatch ingest`` (reports -> pipeline -> store) and ``eventwatch export`` (store -> file)."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwatch.ingest.readers import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from eventwatch.pipeline import Pipeline
    from eventwatch.store.base import Store

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXPORT_FORMATS = ("acled-csv", "csv", "geojson", "jsonl", "json")


def _positive_int(text: str) -> int:
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _stages(text: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    if not names:
        raise argparse.ArgumentTypeError("name at least one stage, e.g. --stages segment,spot,parse")
    return names


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the store: a SQLite file, created if missing (default: $EVENTWATCH_DB, else a file in your "
        "user data folder)",
    )


def register(subparsers: Any) -> None:
    from eventwatch.cli import date_arg

    ingest = subparsers.add_parser(
        "ingest",
        help="read reports, extract events, store them",
        description="Read reports (text, HTML, JSONL batches; folders recursively; '-' for stdin), run the "
        "pipeline on each and store the results. Documents already stored (same text) are skipped before "
        "any processing, so an interrupted batch can simply be run again. Bad inputs are reported as "
        "'path: reason' and the others are processed. Exit status: 0 all read, 1 some inputs failed, "
        "2 usage error.",
    )
    ingest.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a file (.txt, .md, .html, .htm, .jsonl, .ndjson, .json), a folder, or '-' for stdin",
    )
    ingest.add_argument(
        "--samples",
        action="store_true",
        help="also ingest the bundled sample reports (try: eventwatch ingest --samples && eventwatch serve)",
    )
    _add_db(ingest)
    ingest.add_argument(
        "--published",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="publication date of documents that carry none (plain text, HTML without a date, JSON records "
        "without 'published'); relative dates ('on Wednesday') are resolved against it. Without it such "
        "dates are left unresolved",
    )
    ingest.add_argument(
        "--max-chars",
        type=_positive_int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse documents longer than N characters (default {DEFAULT_MAX_CHARS:,}): bounds time and "
        "memory",
    )
    ingest.add_argument(
        "--stages",
        type=_stages,
        metavar="A,B,C",
        help="advanced: the pipeline stages to run, comma-separated, in order (default: all built-in "
        "stages; a plug-in's stages by their registered names)",
    )
    ingest.add_argument(
        "--no-language-check",
        action="store_true",
        help="read every text as English (by default texts detected as another language are skipped)",
    )
    ingest.add_argument(
        "--no-progress", action="store_true", help="no progress bar (it is shown only on a terminal anyway)"
    )
    ingest.set_defaults(func=run_ingest)

    export = subparsers.add_parser(
        "export",
        help="write stored events to a file (ACLED CSV, GeoJSON, JSONL)",
        description="Write the stored events in one of the formats analysts load.",
    )
    export.add_argument(
        "--format",
        "-f",
        choices=EXPORT_FORMATS,
        default="acled-csv",
        help="acled-csv (ACLED's columns, the default; 'csv' is the same), geojson (a FeatureCollection "
        "of points), jsonl or json (every field, evidence included)",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _add_db(export)
    export.add_argument(
        "--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD", help="events on or after"
    )
    export.add_argument(
        "--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD", help="events on or before"
    )
    export.add_argument("--country", help="only events in this country (its name, as stored)")
    export.add_argument("--event-type", help="only events of this ACLED event type")
    export.add_argument(
        "--no-background",
        action="store_true",
        help="leave out background events (context, not new incidents)",
    )
    export.set_defaults(func=run_export)


# ----------------------------------------------------------------------------------------------- ingest


def _db_target(db: str | None) -> str:
    from eventwatch.store.base import default_db_path

    target = db if db else str(default_db_path())
    if not target.startswith(("postgres://", "postgresql://")):
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return target


class _Summary:
    def __init__(self) -> None:
        self.read = 0
        self.new = 0
        self.skipped = 0
        self.failed = 0
        self.events = 0
        self.truces = 0
        self.threats = 0

    def line(self) -> str:
        return (
            f"read {self.read} document(s): {self.new} new, {self.skipped} skipped as already stored, "
            f"{self.failed} failed; stored {self.events} event(s), {self.truces} truce(s), "
            f"{self.threats} airspace threat(s)"
        )


def run_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from eventwatch.ingest import sample_paths
    from eventwatch.ingest.readers import InputError, read_sources
    from eventwatch.pipeline import PipelineError
    from eventwatch.store.base import open_store

    paths: list[str] = list(args.paths)
    if args.samples:
        samples = sample_paths()
        if not samples:
            print(
                "eventwatch ingest: the bundled samples are missing from this installation", file=sys.stderr
            )
            return EXIT_USAGE
        paths += [str(p) for p in samples]
    if not paths:
        print("eventwatch ingest: name at least one PATH (or '-' for stdin, or --samples)", file=sys.stderr)
        return EXIT_USAGE
    if paths.count("-") > 1:
        print("eventwatch ingest: '-' (stdin) can be given only once", file=sys.stderr)
        return EXIT_USAGE

    summary = _Summary()
    pipeline: Pipeline | None = None
    with ExitStack() as stack:
        store: Store = open_store(_db_target(args.db))
        stack.callback(store.close)
        bar = stack.enter_context(
            tqdm(
                desc="ingest",
                unit="doc",
                file=sys.stderr,
                disable=True if args.no_progress else None,
                dynamic_ncols=True,
            )
        )

        def say(message: str) -> None:
            tqdm.write(message, file=sys.stderr)

        def warn(source: str, message: str) -> None:
            say(f"{source}: warning: {message}")

        items = read_sources(
            paths,
            published=args.published,
            max_chars=args.max_chars,
            check_language=not args.no_language_check,
            warn=warn,
        )
        for origin, item in items:
            bar.update(1)
            if isinstance(item, InputError):
                summary.failed += 1
                say(f"{item.source}: {item.reason}")
                continue
            summary.read += 1
            if store.has_document(item.content_hash):
                summary.skipped += 1
                continue
            if pipeline is None:
                try:
                    pipeline = _pipeline(args)
                except PipelineError as exc:
                    print(f"eventwatch ingest: {exc}", file=sys.stderr)
                    return EXIT_USAGE
                except Exception as exc:  # a broken stage module: say which, do not dump a traceback
                    print(
                        f"eventwatch ingest: could not build the pipeline: {type(exc).__name__}: {exc}",
                        file=sys.stderr,
                    )
                    return EXIT_SOME_FAILED
            outcome = next(iter(pipeline.pipe([item])))
            if isinstance(outcome, PipelineError):
                summary.failed += 1
                say(f"{origin}: {outcome}")
                continue
            try:
                added = store.add_result(outcome)
            except Exception as exc:  # one document's storage failure must not lose the batch
                summary.failed += 1
                say(f"{origin}: could not store document {item.id!r}: {type(exc).__name__}: {exc}")
                continue
            if added:
                summary.new += 1
                summary.events += len(outcome.events)
                summary.truces += len(outcome.truces)
                summary.threats += len(outcome.threats)
            else:
                summary.skipped += 1
            bar.set_postfix(new=summary.new, skipped=summary.skipped, failed=summary.failed, refresh=False)
        bar.close()
        counts = store.counts()
    held = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(summary.line())
    print(f"the store ({args.db or 'default'}) now holds {held}")
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK


def _pipeline(args: argparse.Namespace) -> Pipeline:
    from eventwatch.pipeline import Pipeline, Settings

    settings = Settings(max_chars=args.max_chars)
    if args.stages:
        settings.stages = tuple(args.stages)
    return Pipeline(settings)


# ----------------------------------------------------------------------------------------------- export


def run_export(args: argparse.Namespace) -> int:
    from eventwatch.export import write_events
    from eventwatch.store.base import EventQuery, default_db_path, open_store

    target = args.db or str(default_db_path())
    if not target.startswith(("postgres://", "postgresql://")) and not Path(target).expanduser().exists():
        print(
            f"eventwatch export: no store at {target}; run 'eventwatch ingest' first (or name one with --db)",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    fmt = "acled-csv" if args.format == "csv" else args.format
    filters = any((args.date_from, args.date_to, args.country, args.event_type, args.no_background))
    query = (
        EventQuery(
            date_from=args.date_from,
            date_to=args.date_to,
            country=args.country,
            event_type=args.event_type,
            include_background=not args.no_background,
        )
        if filters
        else None
    )
    with open_store(target) as store:
        events = store.iter_events(query)
        if args.output:
            out_path = Path(args.output)
            tmp = out_path.with_name(out_path.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as out:
                n = write_events(events, fmt, out)
            tmp.replace(out_path)
            where = str(out_path)
        else:
            n = write_events(events, fmt, sys.stdout)
            where = "stdout"
    print(f"{n} event(s) written to {where} as {fmt}", file=sys.stderr)
    return EXIT_OK
