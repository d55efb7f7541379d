"""API load benchmark: fill a store with N invented events, serve it, hit it with concurrent clients.

    python benchmarks/api_load.py --events 1000000 --clients 50 --seconds 30
    python benchmarks/api_load.py --events 20000 --seconds 10        # a quick run

The server runs as a user would run it (``eventwatch serve --workers N``); ``--warmup`` seconds of unmeasured
requests come first, so the figures are the steady state after each worker has loaded its map columns.

Measures, on loopback, (1) a filtered event page (random country/type/date-range/fatalities filters, 50 rows)
and (2) the map aggregate (``/events/grid`` for random filters) at ``--clients`` concurrent clients, and
prints p50/p95/p99 latency, throughput and errors. The store is generated here (never committed) and kept at
``--db`` so later runs reuse it (``--rebuild`` to make it again). Goals: page p95 < 100 ms, map p95 < 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwatch.records import DocumentResult  # noqa: E402
from eventwatch.serve.demo import PLACES, TYPES  # noqa: E402

COUNTRIES = sorted({p[0] for p in PLACES})
EVENT_TYPES = sorted({t[0] for t in TYPES})


def fill(db: Path, n: int, rebuild: bool) -> None:
    from eventwatch.serve.demo import demo_results
    from eventwatch.store.sqlite import SQLiteStore

    if db.exists() and not rebuild:
        store = SQLiteStore(db)
        have = store.counts()["events"]
        store.close()
        if have == n:
            print(f"reusing {db} ({have} events)", file=sys.stderr)
            return
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    for name in ("eventwatch.link.incidents", "eventwatch.link.truces", "eventwatch.link.airspace"):
        sys.modules[name] = None  # type: ignore[assignment]  # invented events: no cross-report merging
    from tqdm import tqdm

    store = SQLiteStore(db)
    t0 = time.perf_counter()
    with tqdm(total=n, unit="event", desc="filling", file=sys.stderr) as bar:

        def counted() -> Iterator[DocumentResult]:
            for result in demo_results(n, seed=1, per_document=50, days=3 * 365, jitter_deg=1.0):
                yield result
                bar.update(len(result.events))

        store.add_results(counted(), batch=100)
    store.conn.execute("ANALYZE")
    store.close()
    print(
        f"filled {n} events in {time.perf_counter() - t0:.0f} s ({db.stat().st_size / 1e6:.0f} MB)",
        file=sys.stderr,
    )


def random_filters(rng: random.Random) -> dict[str, str]:
    """A filter a dashboard user might set: one to three of country, type, date range, fatalities, actor."""
    params: dict[str, str] = {}
    if rng.random() < 0.7:
        params["country"] = rng.choice(COUNTRIES)
    if rng.random() < 0.5:
        params["event_type"] = rng.choice(EVENT_TYPES)
    if rng.random() < 0.6:
        start = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365 - 60))
        params["date_from"] = start.isoformat()
        params["date_to"] = (start + dt.timedelta(days=rng.choice((7, 30, 60)))).isoformat()
    if rng.random() < 0.2:
        params["min_fatalities"] = str(rng.choice((1, 5, 10)))
    if rng.random() < 0.1:
        params["actor"] = rng.choice(("Shabaab", "Houthi", "Rapid Support", "Libyan National"))
    return params


class _Conn:
    """A minimal keep-alive HTTP/1.1 GET client (a lighter load generator than a full client library)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\nAccept: */*\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        return status, body


async def run_load(base: str, kind: str, clients: int, seconds: float, seed: int) -> dict[str, Any]:
    from urllib.parse import urlencode, urlsplit

    where = urlsplit(base)
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.perf_counter() + seconds

    async def client(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        conn = _Conn(where.hostname or "127.0.0.1", where.port or 80)
        while time.perf_counter() < deadline:
            params = random_filters(rng)
            if kind == "page":
                params["_size"] = "50"
                params["_sort"] = rng.choice(("-event_date", "-event_date", "-fatalities"))
                path = "/api/v1/events"
            else:
                params["cell"] = str(rng.choice((0.5, 1.0, 2.0)))
                path = "/api/v1/events/grid"
            t = time.perf_counter()
            try:
                status, body = await conn.get(f"{path}?{urlencode(params)}")
                ok = status == 200
                if not ok:
                    errors.append(f"{status} {body[:100]!r}")
            except (OSError, ValueError, asyncio.IncompleteReadError) as exc:
                ok = False
                errors.append(repr(exc))
                conn = _Conn(where.hostname or "127.0.0.1", where.port or 80)
            if ok:
                latencies.append((time.perf_counter() - t) * 1000)

    t0 = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    wall = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")

    return {
        "kind": kind,
        "requests": len(latencies) + len(errors),
        "errors": len(errors),
        "first_errors": errors[:3],
        "rps": round((len(latencies) + len(errors)) / wall, 1),
        "p50_ms": round(pct(0.50), 1),
        "p95_ms": round(pct(0.95), 1),
        "p99_ms": round(pct(0.99), 1),
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--events", type=int, default=1_000_000, help="events in the generated store (default 1e6)"
    )
    ap.add_argument(
        "--db", type=Path, default=None, help="where the store goes (default: /tmp/ew-load-N.sqlite)"
    )
    ap.add_argument("--rebuild", action="store_true", help="generate the store again even if it exists")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--seconds", type=float, default=30.0, help="seconds of load per endpoint (default 30)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (eventwatch serve --workers)")
    ap.add_argument("--port", type=int, default=0, help="port for the server (default: a free one)")
    ap.add_argument(
        "--warmup",
        type=float,
        default=15.0,
        help="seconds of unmeasured requests first, while each worker loads its map columns (default 15)",
    )
    args = ap.parse_args()
    db = args.db or Path(f"/tmp/ew-load-{args.events}.sqlite")
    fill(db, args.events, args.rebuild)
    port = args.port
    if not port:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "eventwatch",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(200):
            try:
                httpx.get(base + "/api/v1", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        if args.warmup > 0:  # steady state: the workers load their in-memory map columns at start
            for kind in ("page", "grid"):
                asyncio.run(run_load(base, kind, 4, args.warmup / 2, 2))
        results = [
            asyncio.run(run_load(base, kind, args.clients, args.seconds, 1)) for kind in ("page", "grid")
        ]
    finally:
        server.terminate()
        server.wait(10)
    summary = {"events": args.events, "clients": args.clients, "seconds": args.seconds, "cpus": os.cpu_count(),
               "workers": args.workers, "warmup_s": args.warmup,
               "results": results}  # fmt: skip
    print(json.dumps(summary, indent=2))
    return 0 if all(r["errors"] == 0 for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
