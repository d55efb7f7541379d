"""``eventwatch serve``: the JSON API and the dashboard over a store."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the JSON API (/api/v1) and the dashboard (/) over a store",
        description="Serve the JSON API under /api/v1 and the dashboard at / over a store. Read-only unless "
        "a token is set; report text is always escaped.",
    )
    p.add_argument("--db", type=Path, default=None, help="the store to serve (default: $EVENTWATCH_DB or the "
                   "user data directory's eventwatch.sqlite)")  # fmt: skip
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument(
        "--token",
        default=None,
        help="enable writing (POST /api/v1/documents) for callers sending 'Authorization: Bearer TOKEN' "
        "(default: $EVENTWATCH_TOKEN; unset means read-only)",
    )
    p.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow browser pages from ORIGIN to read the API (repeatable; default: no CORS)",
    )
    p.add_argument(
        "--tile-url",
        default=None,
        help="an XYZ tile server URL template for the map background, e.g. https://tile.example/{z}/{x}/{y}.png "
        "(default: offline country outlines only)",
    )
    p.add_argument(
        "--demo",
        type=int,
        default=0,
        metavar="N",
        help="serve N invented events from an in-memory store instead of --db (to try the dashboard)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (default 1; more use more CPU cores; not with --demo)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwatch.serve.api import create_app
    from eventwatch.store.base import default_db_path
    from eventwatch.store.sqlite import SQLiteStore

    token = args.token or os.environ.get("EVENTWATCH_TOKEN") or None
    if not 1 <= args.port <= 65535:
        print(f"eventwatch serve: --port must be 1..65535, not {args.port}", file=sys.stderr)
        return 2
    if args.demo:
        from eventwatch.serve.demo import demo_results

        store = SQLiteStore(":memory:")
        for result in demo_results(args.demo):
            store.add_result(result)
        where = f"{args.demo} invented events (in memory)"
    else:
        path = args.db or default_db_path()
        if not Path(path).exists() and not token:
            print(
                f"eventwatch serve: no store at {path}: ingest reports first (eventwatch ingest ...), "
                "pass --db, or try --demo 500",
                file=sys.stderr,
            )
            return 2
        store = SQLiteStore(path)
        where = str(path)
    counts = store.counts()
    if args.workers > 1 and not args.demo:
        store.close()
        os.environ["EVENTWATCH_SERVE_DB"] = str(Path(path).resolve())
        os.environ["EVENTWATCH_SERVE_CORS"] = " ".join(args.cors)
        os.environ["EVENTWATCH_SERVE_TILE_URL"] = args.tile_url or ""
        if token:
            os.environ["EVENTWATCH_TOKEN"] = token
        print(
            f"eventwatch: serving {counts['events']} events from {where} at http://{args.host}:{args.port}/ "
            f"with {args.workers} processes ({'writable with token' if token else 'read-only'}; Ctrl-C stops)",
            file=sys.stderr,
        )
        uvicorn.run(
            "eventwatch.serve.api:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="warning",
            access_log=False,
        )
        return 0
    app = create_app(store, token=token, cors_origins=args.cors, tile_url=args.tile_url)
    print(
        f"eventwatch: serving {counts['events']} events from {where} at http://{args.host}:{args.port}/ "
        f"({'writable with token' if token else 'read-only'}; Ctrl-C stops)",
        file=sys.stderr,
    )
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    finally:
        store.close()
    return 0
