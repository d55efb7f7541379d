"""``eventwatch truces``, ``eventwatch airspace check|route|threats``, ``eventwatch watch``, ``eventwatch alerts``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from eventwatch.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, date_arg

_DB_HELP = "the store: a SQLite file (default: $EVENTWATCH_DB or the user data dir)"


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "truces",
        help="list the truces stored, with their alleged and possible violations",
        description="List stored truces (ceasefires, truces, armistices, humanitarian pauses): parties, "
        "brokers, period, area, and the incidents linked to each as alleged or possible violations.",
    )
    p.add_argument("--db", metavar="PATH", help=_DB_HELP)
    p.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format (default table)"
    )
    p.set_defaults(func=run_truces)

    air = sub.add_parser(
        "airspace",
        help="dispatcher checks: threats to an airport or a route",
        description="Check declared airspace threats (no-fly zones, air embargoes, closures) stored.",
    )
    asub = air.add_subparsers(dest="airspace_command", metavar="SUBCOMMAND")
    c = asub.add_parser(
        "check",
        help="threats and recent incidents affecting an airport",
        description="List the threats in force on the date whose area holds the airport or lies near it, and "
        "incidents at or near it in the 30 days before.",
    )
    c.add_argument("icao", metavar="ICAO", help="the airport's ICAO code, e.g. HLLM")
    _common(c)
    c.set_defaults(func=run_check)
    r = asub.add_parser(
        "route",
        help="threats along the great-circle route between two airports",
        description="List the threats in force on the date whose area the great-circle route crosses or whose "
        "area holds either end.",
    )
    r.add_argument("origin", metavar="FROM", help="ICAO code of the departure airport")
    r.add_argument("destination", metavar="TO", help="ICAO code of the arrival airport")
    _common(r)
    r.set_defaults(func=run_route)
    t = asub.add_parser(
        "threats", help="list stored airspace threats", description="List stored airspace threats."
    )
    t.add_argument("--db", metavar="PATH", help=_DB_HELP)
    t.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="only threats in force on this day")
    t.add_argument("--format", choices=("table", "json", "geojson"), default="table", help="output format")
    t.set_defaults(func=run_threats)
    air.set_defaults(func=lambda args: _usage(air))

    w = sub.add_parser(
        "watch",
        help="ingest a folder or feed as it grows, storing records and firing alerts",
        description="Read new reports from folders, files or an RSS/Atom feed URL, store what they tell and "
        "post matching events and threats to the subscriptions' webhooks. Runs until interrupted, or once.",
    )
    w.add_argument("paths", nargs="+", metavar="PATH|URL", help="folders, files or http(s) feed URLs")
    w.add_argument("--db", metavar="PATH", help=_DB_HELP)
    w.add_argument(
        "--published", type=date_arg, metavar="YYYY-MM-DD", help="date for reports that carry none"
    )
    w.add_argument("--interval", type=float, default=60.0, help="seconds between rounds (default 60)")
    w.add_argument("--once", action="store_true", help="run one round and stop")
    w.add_argument("--rounds", type=int, default=0, help="stop after this many rounds (0: never)")
    w.add_argument("--timeout", type=float, default=5.0, help="webhook time-out in seconds (default 5)")
    w.set_defaults(func=run_watch)

    a = sub.add_parser("alerts", help="alert subscriptions", description="Manage alert subscriptions.")
    al = a.add_subparsers(dest="alerts_command", metavar="SUBCOMMAND")
    add = al.add_parser("add", help="subscribe to an airport, a country or an area", description="Add one.")
    which = add.add_mutually_exclusive_group(required=True)
    which.add_argument("--airport", metavar="ICAO", help="an airport's ICAO code")
    which.add_argument("--country", metavar="NAME", help="a country name or ISO code")
    which.add_argument(
        "--bbox", metavar="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT", help="an area as a box of degrees"
    )
    which.add_argument("--geojson", metavar="FILE", help="an area as a GeoJSON geometry or Feature file")
    add.add_argument("--webhook", default="", metavar="URL", help="POST matching records here (JSON)")
    add.add_argument("--db", metavar="PATH", help=_DB_HELP)
    add.set_defaults(func=run_alerts_add)
    ls = al.add_parser("list", help="list subscriptions", description="List subscriptions.")
    ls.add_argument("--db", metavar="PATH", help=_DB_HELP)
    ls.set_defaults(func=run_alerts_list)
    rm = al.add_parser("remove", help="remove a subscription", description="Remove a subscription.")
    rm.add_argument("id", type=int, help="the subscription's number")
    rm.add_argument("--db", metavar="PATH", help=_DB_HELP)
    rm.set_defaults(func=run_alerts_remove)
    fd = al.add_parser("feed", help="print a subscription's Atom feed", description="Print the Atom feed.")
    fd.add_argument("id", type=int, help="the subscription's number")
    fd.add_argument("--db", metavar="PATH", help=_DB_HELP)
    fd.set_defaults(func=run_alerts_feed)
    a.set_defaults(func=lambda args: _usage(a))


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="the day to check (default: today)")
    p.add_argument("--db", metavar="PATH", help=_DB_HELP)
    p.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format (default table)"
    )


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return EXIT_USAGE


def _store(args: argparse.Namespace) -> Any:
    from eventwatch.store.base import open_store

    return open_store(args.db)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# ------------------------------------------------------------------------------------------- truces


def run_truces(args: argparse.Namespace) -> int:
    from eventwatch.link.truces import short_actor, truces_with_incidents

    with _store(args) as store:
        rows = truces_with_incidents(store)
    if args.format == "json":
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("no truces stored")
        return EXIT_OK
    for t in rows:
        period = f"{t['start'] or '?'} .. {t['end'] or 'open'}"
        print(f"{t['truce_id']}  {t['kind']}  {period}  {t['area'] or t['country']}")
        print(f"  parties: {', '.join(short_actor(p) for p in t['parties']) or '-'}")
        print(f"  brokers: {', '.join(t['brokers']) or '-'}")
        for kind in ("alleged", "possible"):
            for v in t[kind]:
                e = v.get("event") or {}
                what = f"{e.get('event_date', '?')} {e.get('sub_event_type', '')} {e.get('location', '')}".strip()
                by = f" — alleged by {v['alleged_by']}" if v["alleged_by"] else ""
                print(f"  {kind} violation: {v['event_id']} {what}{by}")
    return EXIT_OK


# ------------------------------------------------------------------------------------------- airspace


def _today(args: argparse.Namespace) -> Any:
    import datetime as dt

    return args.date or dt.date.today()


def _threat_lines(threats: list[dict[str, Any]]) -> list[str]:
    from eventwatch.link.truces import short_actor

    out = []
    for t in threats:
        until = t["valid_until"] or "further notice"
        out.append(f"  THREAT {t['threat_id']} [{t.get('relation', '')}] {t['kind']} by "
                   f"{short_actor(t['issuer']) or '?'}, {t['applies_to']} aircraft, {t['valid_from'] or '?'} .. "
                   f"{until}")  # fmt: skip
        if t.get("severity"):
            out.append(f"    \u201c{t['severity']}\u201d")
        if t.get("airports_inside"):
            out.append(f"    airports inside: {', '.join(t['airports_inside'][:12])}")
    return out


def _incident_lines(incidents: list[dict[str, Any]]) -> list[str]:
    return [
        f"  INCIDENT {e['event_id']} {e['event_date']} {e['sub_event_type'] or e['event_type']} by "
        f"{e['actor1'] or '?'} at {e['location'] or '?'}{' (' + e['icao'] + ')' if e.get('icao') else ''}"
        for e in incidents
    ]


def run_check(args: argparse.Namespace) -> int:
    from eventwatch.link.airspace import check_airport

    day = _today(args)
    with _store(args) as store:
        try:
            result = check_airport(store, args.icao, day)
        except ValueError as exc:
            print(f"eventwatch airspace check: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.format == "json":
        _print_json(result)
        return EXIT_OK
    a = result["airport"]
    print(f"{a['icao']} {a['name']} ({a['city']}, {a['country']}) on {result['date']}")
    print("\n".join(_threat_lines(result["threats"])) or "  no threat in force")
    print("\n".join(_incident_lines(result["incidents"])) or "  no recent incident")
    return EXIT_OK


def run_route(args: argparse.Namespace) -> int:
    from eventwatch.link.airspace import check_route

    day = _today(args)
    with _store(args) as store:
        try:
            result = check_route(store, args.origin, args.destination, day)
        except ValueError as exc:
            print(f"eventwatch airspace route: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.format == "json":
        _print_json(result)
        return EXIT_OK
    r = result["route"]
    print(
        f"{r['from']['icao']} -> {r['to']['icao']} ({r['distance_km']} km great circle) on {result['date']}"
    )
    print("\n".join(_threat_lines(result["threats"])) or "  no threat in force along the route")
    print("\n".join(_incident_lines(result["incidents"])) or "  no recent incident at either end")
    return EXIT_OK


def run_threats(args: argparse.Namespace) -> int:
    from eventwatch.link.airspace import is_active
    from eventwatch.records import to_dict

    with _store(args) as store:
        threats = [t for t in store.threats() if is_active(t, args.date)]
    if args.format == "json":
        _print_json([to_dict(t) for t in threats])
    elif args.format == "geojson":
        from eventwatch.link.api import threats_geojson

        _print_json(threats_geojson(threats))
    else:
        rows = [{**to_dict(t), "relation": ""} for t in threats]
        print("\n".join(_threat_lines(rows)) or "no threats stored")
    return EXIT_OK


# ------------------------------------------------------------------------------------------- alerts


def run_alerts_add(args: argparse.Namespace) -> int:
    from eventwatch.link.alerts import validate_subscription

    if args.airport:
        kind, value = "airport", args.airport
    elif args.country:
        kind, value = "country", args.country
    elif args.bbox:
        try:
            value = [float(x) for x in args.bbox.split(",")]
        except ValueError:
            value = []
        if len(value) != 4:
            print(
                "eventwatch alerts add: --bbox takes four numbers: MIN_LON,MIN_LAT,MAX_LON,MAX_LAT",
                file=sys.stderr,
            )
            return EXIT_USAGE
        kind = "area"
    else:
        kind = "area"
        try:
            value = json.loads(Path(args.geojson).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"eventwatch alerts add: cannot read {args.geojson}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        value = validate_subscription(kind, value)
    except ValueError as exc:
        print(f"eventwatch alerts add: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with _store(args) as store:
        sub = store.add_subscription(kind, value, args.webhook)
    print(f"subscription {sub.id}: {kind} {value if isinstance(value, str) else json.dumps(value)}"
          + (f" -> {args.webhook}" if args.webhook else ""))  # fmt: skip
    return EXIT_OK


def run_alerts_list(args: argparse.Namespace) -> int:
    with _store(args) as store:
        subs = store.subscriptions()
    for s in subs:
        print(f"{s.id}\t{s.kind}\t{s.value if isinstance(s.value, str) else json.dumps(s.value)}\t"
              f"{s.webhook_url or '-'}\t{s.created_at}")  # fmt: skip
    if not subs:
        print("no subscriptions")
    return EXIT_OK


def run_alerts_remove(args: argparse.Namespace) -> int:
    with _store(args) as store:
        ok = store.remove_subscription(args.id)
    if not ok:
        print(f"eventwatch alerts remove: no subscription {args.id}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def run_alerts_feed(args: argparse.Namespace) -> int:
    from eventwatch.link.alerts import atom_feed

    with _store(args) as store:
        sub = next((s for s in store.subscriptions() if s.id == args.id), None)
        if sub is None:
            print(f"eventwatch alerts feed: no subscription {args.id}", file=sys.stderr)
            return EXIT_USAGE
        sys.stdout.write(atom_feed(sub, store.iter_events(), store.threats()))
    return EXIT_OK


# ------------------------------------------------------------------------------------------- watch


def _feed_documents(url: str, published: Any) -> list[Any]:
    """The items of an RSS or Atom feed as documents (title + summary text)."""
    import datetime as dt
    import urllib.request
    import xml.etree.ElementTree as ET
    from email.utils import parsedate_to_datetime

    from eventwatch.ingest import document_id
    from eventwatch.records import Document

    with urllib.request.urlopen(url, timeout=20) as response:
        root = ET.fromstring(response.read())
    docs = []
    atom = "{http://www.w3.org/2005/Atom}"
    items = root.findall(".//item") or root.findall(f".//{atom}entry")
    for item in items:

        def text(*names: str, node: Any = item) -> str:
            for name in names:
                el = node.find(name)
                if el is not None and (el.text or "").strip():
                    return str(el.text).strip()
            return ""

        title = text("title", f"{atom}title")
        body = text("description", f"{atom}summary", f"{atom}content")
        link = text("link") or next((str(el.get("href")) for el in item.findall(f"{atom}link")), "")
        when = text("pubDate", f"{atom}published", f"{atom}updated")
        day = published
        if when:
            try:
                day = parsedate_to_datetime(when).date()
            except (TypeError, ValueError):
                try:
                    day = dt.date.fromisoformat(when[:10])
                except ValueError:
                    day = published
        content = f"{title}.\n\n{body}" if body else title
        if content.strip():
            docs.append(Document(id=document_id(link or title, content), text=content, published=day, url=link,
                                 title=title, source=url))  # fmt: skip
    return docs


def watch_round(
    store: Any, pipeline: Any, paths: list[str], published: Any, timeout: float = 5.0
) -> dict[str, int]:
    """One round: read the sources, process and store new reports, fire alerts for what they added."""
    from eventwatch.ingest import read_inputs
    from eventwatch.link.alerts import fire
    from eventwatch.pipeline import PipelineError
    from eventwatch.records import Document

    docs: list[Document] = []
    failed = 0
    files = [p for p in paths if not p.startswith(("http://", "https://"))]
    for url in (p for p in paths if p.startswith(("http://", "https://"))):
        try:
            docs += _feed_documents(url, published)
        except Exception as exc:  # one bad feed must not stop the watch
            failed += 1
            print(f"{url}: {exc}", file=sys.stderr)
    if files:
        for item in read_inputs(files, published=published):
            if isinstance(item, Document):
                docs.append(item)
            else:
                failed += 1
                print(f"{item.source}: {item.reason}", file=sys.stderr)
    new = [d for d in docs if not store.has_document(d.content_hash)]
    counts = {"new_documents": 0, "events": 0, "threats": 0, "truces": 0, "alerts": 0, "failed": failed}
    subs = store.subscriptions() if new else []
    from tqdm import tqdm

    for doc, result in zip(new, pipeline.pipe(tqdm(new, desc="watch", unit="doc", disable=len(new) < 5,
                                                   file=sys.stderr)), strict=True):  # fmt: skip
        if isinstance(result, PipelineError):
            counts["failed"] += 1
            print(f"{doc.id}: {result}", file=sys.stderr)
            continue
        if not store.add_result(result):
            continue
        counts["new_documents"] += 1
        counts["events"] += len(result.events)
        counts["threats"] += len(result.threats)
        counts["truces"] += len(result.truces)
        deliveries = fire(subs, result.events, result.threats, timeout=timeout)
        counts["alerts"] += sum(1 for d in deliveries if d.ok)
    return counts


def run_watch(args: argparse.Namespace) -> int:
    from eventwatch.pipeline import Pipeline

    pipeline = Pipeline()
    rounds = 1 if args.once else args.rounds
    done = 0
    failed = 0
    with _store(args) as store:
        while True:
            counts = watch_round(store, pipeline, list(args.paths), args.published, args.timeout)
            failed += counts["failed"]
            print(
                f"watch: {counts['new_documents']} new report(s), {counts['events']} event(s), "
                f"{counts['threats']} threat(s), {counts['truces']} truce(s), {counts['alerts']} alert(s) sent",
                file=sys.stderr,
            )
            done += 1
            if rounds and done >= rounds:
                break
            time.sleep(max(0.1, args.interval))
    return EXIT_SOME_FAILED if failed else EXIT_OK
