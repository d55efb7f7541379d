"""Writers for what analysts load: ACLED-style CSV, GeoJSON, JSONL and JSON.

Every writer takes records and a text stream; serialisation itself is :mod:`eventwatch.records`'s job.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventwatch.records import ACLED_COLUMNS, Event, acled_row, event_flat

FORMATS = ("jsonl", "json", "csv", "acled-csv", "geojson")


def feature(event: Event) -> dict[str, Any]:
    """An event as a GeoJSON Feature (geometry null where the place is unknown)."""
    geometry = (
        None
        if event.latitude is None or event.longitude is None
        else {"type": "Point", "coordinates": [round(event.longitude, 6), round(event.latitude, 6)]}
    )
    props = event_flat(event)
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": props}


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Write events in ``fmt`` to ``out``; returns how many were written."""
    n = 0
    if fmt == "jsonl":
        for event in events:
            out.write(json.dumps(event_flat(event), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        rows = [event_flat(e) for e in events]
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(rows)
    elif fmt in ("csv", "acled-csv"):
        writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow(acled_row(event))
            n += 1
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [\n')
        for event in events:
            out.write((",\n" if n else "") + json.dumps(feature(event), ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return n
