"""The ``eventwatch`` command line: one entry point, one sub-command per job.

Sub-commands live beside the code they drive: each ``commands`` module below has a
``register(subparsers)`` function that adds its sub-commands, each with ``func`` set to a function
taking the parsed arguments and returning an exit code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import logging
import sys
from collections.abc import Sequence

from eventwatch import __version__

COMMAND_MODULES = (
    "eventwatch.extract.commands",  # extract
    "eventwatch.ingest.commands",  # ingest, export
    "eventwatch.geo.commands",  # geoparse, gazetteer
    "eventwatch.link.commands",  # truces, airspace, watch
    "eventwatch.serve.commands",  # serve
    "eventwatch.eval.commands",  # eval geo|events|dates
)

EXIT_OK = 0
EXIT_SOME_FAILED = 1  # some documents could not be processed (each said why); the rest were
EXIT_USAGE = 2


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwatch",
        description="Read news reports on armed conflict; write ACLED-style events, truces and "
        "airspace threats.",
    )
    parser.add_argument("--version", action="version", version=f"eventwatch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and debugging detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is None:
            continue
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":
    raise SystemExit(main())
