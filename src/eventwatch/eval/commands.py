"""``eventwatch eval geo|events|dates``: score eventwatch on the public gold sets in ../shared/benchmarks."""

from __future__ import annotations

import argparse
import importlib
from typing import Any

_KINDS = {
    "geo": ("eventwatch.eval.geo", "toponym recognition and resolution (LGL, GeoWebNews, TR-News)"),
    "events": ("eventwatch.eval.events", "event coding (CASE 2021, PLOVER, PETRARCH-2)"),
    "dates": ("eventwatch.eval.dates", "temporal expressions (TempEval-3)"),
}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "eval", help="score eventwatch on gold data", description="Score eventwatch on the public gold sets."
    )
    kinds = p.add_subparsers(dest="eval_kind", metavar="KIND")
    for kind, (module, help_text) in _KINDS.items():
        k = kinds.add_parser(kind, help=help_text, description=help_text)
        k.add_argument(
            "--benchmarks",
            metavar="DIR",
            default=None,
            help="the benchmarks folder (default: ../shared/benchmarks beside the project)",
        )
        try:
            mod = importlib.import_module(module)
        except ImportError:
            k.set_defaults(func=lambda args, m=module: _missing(m))
            continue
        mod.add_arguments(k)
        k.set_defaults(func=mod.run)
    p.set_defaults(func=lambda args: _help(p))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _missing(module: str) -> int:
    print(f"{module} is not available in this install")
    return 2
