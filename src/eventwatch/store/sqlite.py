"""The SQLite store: one file, WAL mode, schema created (and migrated) on open.

Tables: ``documents``, ``events`` (indexed columns for every :class:`EventQuery` filter plus the whole record
as JSON), ``event_documents``, ``evidence_fts`` (FTS5 over notes and evidence text), ``actor_fts`` (FTS5
trigram over actor names, for substring search), ``event_rtree`` (R*Tree of event points), ``truces``,
``threats``, ``subscriptions`` and ``schema_version``.

Each thread gets its own connection (the API serves requests from a thread pool); writes are one
``BEGIN IMMEDIATE`` transaction per document, so a process killed mid-batch leaves whole documents only.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import logging
import math
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwatch.geo.areas import haversine_km
from eventwatch.records import (
    AirspaceThreat,
    Document,
    DocumentResult,
    Event,
    Truce,
    document_from,
    event_from,
    threat_from,
    to_dict,
    truce_from,
)
from eventwatch.store.base import (
    FACET_FIELDS,
    SORT_FIELDS,
    SUBSCRIPTION_KINDS,
    EventPage,
    EventQuery,
    GridCell,
    QueryError,
    Store,
    Subscription,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
MAX_PAGE = 1000
SAME_INCIDENT_KM = 25.0

_SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    published TEXT,
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    event_date TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    iso3 TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    admin1 TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    location TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    event_type TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    sub_event_type TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    actor1 TEXT NOT NULL DEFAULT '',
    actor2 TEXT NOT NULL DEFAULT '',
    actors TEXT NOT NULL DEFAULT '',
    fatalities INTEGER NOT NULL DEFAULT 0,
    latitude REAL,
    longitude REAL,
    is_background INTEGER NOT NULL DEFAULT 0,
    confidence REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS event_records (
    id INTEGER PRIMARY KEY,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date, event_id);
CREATE INDEX IF NOT EXISTS events_map ON events (event_date, event_type, country, latitude, longitude, fatalities);
CREATE INDEX IF NOT EXISTS events_country_date
    ON events (country, event_date, event_type, latitude, longitude, fatalities);
CREATE INDEX IF NOT EXISTS events_iso3 ON events (iso3);
CREATE INDEX IF NOT EXISTS events_admin1 ON events (admin1);
CREATE INDEX IF NOT EXISTS events_type_date
    ON events (event_type, event_date, country, latitude, longitude, fatalities);
CREATE INDEX IF NOT EXISTS events_subtype ON events (sub_event_type);
CREATE INDEX IF NOT EXISTS events_fatalities ON events (fatalities, event_id);
CREATE INDEX IF NOT EXISTS events_location ON events (location);
CREATE TABLE IF NOT EXISTS event_documents (
    event_id TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_documents_doc ON event_documents (doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5 (notes, evidence, tokenize = 'unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS actor_fts USING fts5 (actors, tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS event_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
CREATE TABLE IF NOT EXISTS truces (
    truce_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    start TEXT,
    "end" TEXT,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS threats (
    threat_id TEXT PRIMARY KEY,
    issuer TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    level INTEGER NOT NULL DEFAULT 0,
    valid_from TEXT,
    valid_until TEXT,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('area', 'airport', 'country')),
    value TEXT NOT NULL,
    webhook_url TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
"""

MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1}
"""Schema version -> the SQL that brings the previous version to it (applied in order on open)."""

_EVENT_COLUMNS = (
    "event_id", "event_date", "country", "iso3", "admin1", "location", "event_type", "sub_event_type",
    "actor1", "actor2", "actors", "fatalities", "latitude", "longitude", "is_background", "confidence",
)  # fmt: skip


def _sql_dist(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    if lat1 is None or lon1 is None:
        return None
    return haversine_km(lat1, lon1, lat2, lon2)


def _utcnow() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _fts_phrase(text: str, trigram: bool = False) -> str:
    """User text as a safe FTS5 query: every word a quoted phrase (all must occur); never a syntax error."""
    if trigram:
        return '"' + text.replace('"', '""') + '"'
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join('"' + w + '"' for w in words)


def encode_cursor(values: list[Any]) -> str:
    raw = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise QueryError(f"invalid cursor {cursor!r}: pass the next cursor of a previous page") from None
    if not isinstance(values, list) or len(values) != 2 or not isinstance(values[1], str):
        raise QueryError(f"invalid cursor {cursor!r}: pass the next cursor of a previous page")
    return values


def _event_row(event: Event) -> tuple[Any, ...]:
    return (
        event.event_id,
        event.event_date.isoformat() if event.event_date else "",
        event.country,
        event.iso3,
        event.admin1,
        event.location,
        event.event_type,
        event.sub_event_type,
        event.actor1,
        event.actor2,
        _actor_text(event).casefold(),
        int(event.fatalities or 0),
        event.latitude,
        event.longitude,
        1 if event.is_background else 0,
        float(event.confidence or 0.0),
    )


def _record(event: Event) -> str:
    return json.dumps(to_dict(event), ensure_ascii=False, separators=(",", ":"))


def _actor_text(event: Event) -> str:
    return " | ".join(a for a in (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2) if a)


def _evidence_text(event: Event) -> str:
    return "\n".join(e.text for e in event.evidence if e.text)


def _lazy(module: str, *names: str) -> tuple[Callable[..., Any], ...] | None:
    """Functions of the link package, imported on first use (None where a slimmed install lacks them)."""
    import importlib

    try:
        mod = importlib.import_module(module)
        return tuple(getattr(mod, n) for n in names)
    except (ImportError, AttributeError):
        return None


class SQLiteStore(Store):
    """A :class:`Store` in one SQLite file (``":memory:"`` for a private in-memory one, tests)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        if self.path == ":memory:":
            # a name of its own: id(self) is reused once an object is freed, and a freed store's connections
            # may still hold its database open, so a new store could open an old one's data
            self._uri = f"file:eventwatch-{uuid.uuid4().hex}?mode=memory&cache=shared"
        else:
            p = Path(self.path)
            if readonly and not p.exists():
                raise FileNotFoundError(f"no store at {p}")
            if not readonly:
                p.parent.mkdir(parents=True, exist_ok=True)
            self._uri = p.resolve().as_uri() + ("?mode=ro" if readonly else "")
        self._keep = self._connect()  # also keeps a shared in-memory database alive
        if not readonly:
            self._migrate(self._keep)

    # -- connections ----------------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._uri, uri=True, check_same_thread=False, isolation_level=None, timeout=30)
        conn.execute("PRAGMA busy_timeout = 30000")
        if not self.readonly and self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA mmap_size = 1073741824")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.create_function("ew_dist", 4, _sql_dist, deterministic=True)
        with self._lock:
            self._all.append(conn)
        self._local.conn = conn
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        return conn if conn is not None else self._connect()

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT)"
            )
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            current = int(row[0] or 0)
            if current > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path} has schema version {current}; this eventwatch knows up to "
                    f"{SCHEMA_VERSION}: upgrade eventwatch"
                )
            for version in sorted(MIGRATIONS):
                if version > current:
                    for statement in MIGRATIONS[version].split(";\n"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _utcnow()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def data_version(self) -> int:
        row = self.conn.execute(
            "SELECT (SELECT ifnull(max(rowid), 0) FROM documents) * 1000003 "
            "+ (SELECT ifnull(max(id), 0) FROM subscriptions)"
        ).fetchone()
        return int(row[0])

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        for conn in conns:
            try:
                if conn is self._keep and not self.readonly:
                    conn.execute("PRAGMA optimize")
                conn.close()
            except sqlite3.Error:
                pass
        self._local = threading.local()

    # -- documents ------------------------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def _document(self, row: sqlite3.Row | tuple[Any, ...]) -> Document:
        return document_from(
            {"id": row[0], "text": row[1], "published": row[2], "source": row[3], "url": row[4],
             "title": row[5], "language": row[6]}
        )  # fmt: skip

    _DOC_COLS = "id, text, published, source, url, title, language"

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute(f"SELECT {self._DOC_COLS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else self._document(row)

    def iter_documents(self) -> Iterator[Document]:
        after = ""
        while True:
            rows = self.conn.execute(
                f"SELECT {self._DOC_COLS} FROM documents WHERE id > ? ORDER BY id LIMIT 500", (after,)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document(row)
            after = rows[-1][0]

    def list_documents(self, limit: int = 100, after: str | None = None) -> list[Document]:
        limit = max(1, min(int(limit), MAX_PAGE))
        rows = self.conn.execute(
            f"SELECT {self._DOC_COLS} FROM documents WHERE id > ? ORDER BY id LIMIT ?", (after or "", limit)
        ).fetchall()
        return [self._document(r) for r in rows]

    def document_event_ids(self, doc_id: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT event_id FROM event_documents WHERE doc_id = ? ORDER BY event_id", (doc_id,)
        ).fetchall()
        return [r[0] for r in rows]

    # -- writing --------------------------------------------------------------------------------------------

    def add_result(self, result: DocumentResult) -> bool:
        if self.readonly:
            raise PermissionError("this store was opened read-only")
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            added = self._add(conn, result)
            conn.execute("COMMIT" if added else "ROLLBACK")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return added

    def add_results(self, results: Iterable[DocumentResult], batch: int = 200) -> int:
        """Store many documents, ``batch`` to a transaction (faster for bulk loads); returns how many were new.

        Each transaction holds whole documents only, so an interrupted load loses at most the open batch.
        """
        if self.readonly:
            raise PermissionError("this store was opened read-only")
        conn = self.conn
        added = pending = 0
        conn.execute("BEGIN IMMEDIATE")
        try:
            for result in results:
                conn.execute("SAVEPOINT doc")
                try:
                    new = self._add(conn, result)
                except BaseException:
                    conn.execute("ROLLBACK TO doc")
                    conn.execute("RELEASE doc")
                    raise
                conn.execute("RELEASE doc")
                added += new
                pending += 1
                if pending >= batch:
                    conn.execute("COMMIT")
                    conn.execute("BEGIN IMMEDIATE")
                    pending = 0
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return added

    def _add(self, conn: sqlite3.Connection, result: DocumentResult) -> bool:
        doc = result.document
        chash = doc.content_hash
        if conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (chash,)).fetchone():
            return False
        if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
            raise ValueError(
                f"a different document with id {doc.id!r} is already stored; give this one another id"
            )
        conn.execute(
            "INSERT INTO documents (id, content_hash, text, published, source, url, title, language, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, chash, doc.text, doc.published.isoformat() if doc.published else None, doc.source,
             doc.url, doc.title, doc.language, _utcnow()),
        )  # fmt: skip
        # events first: merging with other reports' events may give them the stored id, and the truces'
        # violations and the threats' linked events must name the ids that are stored
        renamed: dict[str, str] = {}
        stored_events: list[Event] = []
        for event in result.events:
            old = event.event_id
            stored_events.append(self._put_event(conn, event, doc.id))
            renamed[old] = stored_events[-1].event_id
        for truce in result.truces:
            for violation in truce.violations:
                violation.event_id = renamed.get(violation.event_id, violation.event_id)
            self._put_truce(conn, truce, doc.id)
        for threat in result.threats:
            threat.linked_events = list(dict.fromkeys(renamed.get(e, e) for e in threat.linked_events))
            self._put_threat(conn, threat, doc.id)
        self._link_across_reports(conn, stored_events)
        return True

    def _link_across_reports(self, conn: sqlite3.Connection, events: list[Event]) -> None:
        """Link this report's incidents to truces and threats that other reports told (possible violations,
        attacks on airports a threat covers)."""
        if not events:
            return
        truce_funcs = _lazy("eventwatch.link.truces", "link_possible_violations")
        if truce_funcs is not None:
            (link_possible,) = truce_funcs
            for truce_id, record in conn.execute("SELECT truce_id, record FROM truces").fetchall():
                truce = truce_from(json.loads(record))
                before = len(truce.violations)
                link_possible([truce], events)
                if len(truce.violations) != before:
                    self._write_truce(conn, truce, replace_id=truce_id)
        threat_funcs = _lazy("eventwatch.link.airspace", "link_airport_events")
        if threat_funcs is not None:
            (link_airports,) = threat_funcs
            for threat_id, record in conn.execute("SELECT threat_id, record FROM threats").fetchall():
                threat = threat_from(json.loads(record))
                before = len(threat.linked_events)
                link_airports(events, [threat])
                if len(threat.linked_events) != before:
                    self._write_threat(conn, threat, replace_id=threat_id)

    def _put_event(self, conn: sqlite3.Connection, event: Event, doc_id: str) -> Event:
        """Store an event, merged into another report's event of the same incident; returns what was stored."""
        if doc_id not in event.doc_ids:
            event.doc_ids.append(doc_id)
        if not event.doc_id:
            event.doc_id = doc_id
        stored = self._same_incident(conn, event, doc_id)
        if stored is not None:
            rowid, target = stored
            self._write_event(conn, target, rowid)
            return target
        base, n = event.event_id or f"{doc_id}-event", 1
        event.event_id = base
        while conn.execute("SELECT 1 FROM events WHERE event_id = ?", (event.event_id,)).fetchone():
            n += 1
            event.event_id = f"{base}-{n}"
        self._write_event(conn, event, None)
        return event

    def _same_incident(self, conn: sqlite3.Connection, event: Event, doc_id: str) -> tuple[int, Event] | None:
        """A stored event (from other reports) of the incident ``event`` reports, merged with it; or None."""
        if event.event_date is None or not event.event_type:
            return None
        funcs = _lazy("eventwatch.link.incidents", "same_incident", "merge_into")
        if funcs is None:
            return None
        same_incident, merge_into = funcs
        lo = (event.event_date - dt.timedelta(days=1)).isoformat()
        hi = (event.event_date + dt.timedelta(days=1)).isoformat()
        rows = conn.execute(
            "SELECT e.id, e.location, e.latitude, e.longitude, r.record FROM events e JOIN event_records r USING (id) "
            "WHERE e.event_type = ? AND e.event_date BETWEEN ? AND ? ORDER BY e.event_date, e.id",
            (event.event_type, lo, hi),
        ).fetchall()
        for rowid, location, lat, lon, record in rows:
            near = (
                lat is not None
                and lon is not None
                and event.latitude is not None
                and event.longitude is not None
                and haversine_km(lat, lon, event.latitude, event.longitude) <= SAME_INCIDENT_KM
            )
            same_name = bool(location) and location.casefold() == event.location.casefold()
            if not (near or same_name):
                continue
            stored = event_from(json.loads(record))
            if doc_id in stored.doc_ids:  # the pipeline already judged events of one report distinct
                continue
            if same_incident(stored, event):
                merge_into(stored, event)
                for d in event.doc_ids:
                    if d not in stored.doc_ids:
                        stored.doc_ids.append(d)
                return int(rowid), stored
        return None

    def _write_event(self, conn: sqlite3.Connection, event: Event, rowid: int | None) -> None:
        row = _event_row(event)
        if rowid is None:
            cur = conn.execute(
                f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(row))})", row
            )
            rowid = int(cur.lastrowid or 0)
            conn.execute("INSERT INTO event_records (id, record) VALUES (?, ?)", (rowid, _record(event)))
        else:
            conn.execute("UPDATE event_records SET record = ? WHERE id = ?", (_record(event), rowid))
            conn.execute(
                f"UPDATE events SET {', '.join(c + ' = ?' for c in _EVENT_COLUMNS)} WHERE id = ?",
                (*row, rowid),
            )
            for table in ("evidence_fts", "actor_fts", "event_rtree"):
                conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        conn.execute(
            "INSERT INTO evidence_fts (rowid, notes, evidence) VALUES (?, ?, ?)",
            (rowid, event.notes, _evidence_text(event)),
        )
        actors = _actor_text(event)
        if actors:
            conn.execute("INSERT INTO actor_fts (rowid, actors) VALUES (?, ?)", (rowid, actors))
        if event.latitude is not None and event.longitude is not None:
            conn.execute(
                "INSERT INTO event_rtree VALUES (?, ?, ?, ?, ?)",
                (rowid, event.longitude, event.longitude, event.latitude, event.latitude),
            )
        conn.executemany(
            "INSERT OR IGNORE INTO event_documents (event_id, doc_id) VALUES (?, ?)",
            [(event.event_id, d) for d in event.doc_ids],
        )

    def _put_truce(self, conn: sqlite3.Connection, truce: Truce, doc_id: str) -> None:
        self._put_merged(conn, truce, doc_id, "truce", truce_from, self._write_truce)

    def _put_merged(
        self,
        conn: sqlite3.Connection,
        record: Any,
        doc_id: str,
        kind: str,
        load: Callable[[dict[str, Any]], Any],
        write: Callable[[sqlite3.Connection, Any, str | None], None],
    ) -> None:
        """Store a truce or threat, merged into another report's record of the same one where there is one."""
        if doc_id not in record.doc_ids:
            record.doc_ids.append(doc_id)
        table, id_field = f"{kind}s", f"{kind}_id"
        module = "eventwatch.link.truces" if kind == "truce" else "eventwatch.link.airspace"
        funcs = _lazy(module, f"same_{kind}", f"merge_{kind}")
        if funcs is not None:
            same, merge = funcs
            for stored_id, raw in conn.execute(f"SELECT {id_field}, record FROM {table}").fetchall():
                stored = load(json.loads(raw))
                if doc_id not in stored.doc_ids and same(stored, record):
                    merge(stored, record)
                    for d in record.doc_ids:
                        if d not in stored.doc_ids:
                            stored.doc_ids.append(d)
                    write(conn, stored, stored_id)
                    return
        setattr(
            record,
            id_field,
            self._free_id(conn, table, id_field, getattr(record, id_field) or f"{doc_id}-{kind}"),
        )
        write(conn, record, None)

    def _write_truce(self, conn: sqlite3.Connection, truce: Truce, replace_id: str | None) -> None:
        if replace_id is not None:
            conn.execute("DELETE FROM truces WHERE truce_id = ?", (replace_id,))
        conn.execute(
            'INSERT INTO truces (truce_id, kind, country, start, "end", record) VALUES (?, ?, ?, ?, ?, ?)',
            (truce.truce_id, truce.kind, truce.country, truce.start.isoformat() if truce.start else None,
             truce.end.isoformat() if truce.end else None, json.dumps(to_dict(truce), ensure_ascii=False)),
        )  # fmt: skip

    def _put_threat(self, conn: sqlite3.Connection, threat: AirspaceThreat, doc_id: str) -> None:
        self._put_merged(conn, threat, doc_id, "threat", threat_from, self._write_threat)

    def _write_threat(self, conn: sqlite3.Connection, threat: AirspaceThreat, replace_id: str | None) -> None:
        if replace_id is not None:
            conn.execute("DELETE FROM threats WHERE threat_id = ?", (replace_id,))
        conn.execute(
            "INSERT INTO threats (threat_id, issuer, kind, country, level, valid_from, valid_until, record) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (threat.threat_id, threat.issuer, threat.kind, threat.country, int(threat.level or 0),
             threat.valid_from.isoformat() if threat.valid_from else None,
             threat.valid_until.isoformat() if threat.valid_until else None,
             json.dumps(to_dict(threat), ensure_ascii=False)),
        )  # fmt: skip

    @staticmethod
    def _free_id(conn: sqlite3.Connection, table: str, column: str, wanted: str) -> str:
        candidate, n = wanted, 1
        while conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    # -- reading events ------------------------------------------------------------------------------------

    def get_event(self, event_id: str) -> Event | None:
        row = self.conn.execute(
            "SELECT r.record FROM events e JOIN event_records r USING (id) WHERE e.event_id = ?", (event_id,)
        ).fetchone()
        return None if row is None else event_from(json.loads(row[0]))

    RARE_ACTOR = 2000
    FEW_ROWS = 5000

    def _actor_is_rare(self, text: str) -> bool:
        row = self.conn.execute(
            "SELECT count(*) FROM (SELECT rowid FROM actor_fts WHERE actor_fts MATCH ? LIMIT ?)",
            (_fts_phrase(text, trigram=True), self.RARE_ACTOR),
        ).fetchone()
        return int(row[0]) < self.RARE_ACTOR

    def where(self, query: EventQuery) -> tuple[str, list[Any]]:
        """The SQL condition (over ``events`` as ``e``) and its parameters for the query's filters."""
        conds: list[str] = []
        params: list[Any] = []
        if query.date_from is not None:
            conds.append("e.event_date >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to is not None:
            conds.append("e.event_date <= ? AND e.event_date != ''")
            params.append(query.date_to.isoformat())
        if query.country:
            text = query.country.strip()
            if len(text) == 3 and text.isalpha() and text.isupper():
                conds.append("e.iso3 = ?")
            else:
                conds.append("e.country = ?")
            params.append(text)
        for name in ("admin1", "event_type", "sub_event_type"):
            value = getattr(query, name)
            if value:
                conds.append(f"e.{name} = ?")
                params.append(value.strip())
        if query.actor:
            text = query.actor.strip()
            if len(text) >= 3 and self._actor_is_rare(text):  # few matches: look them up in the trigram index
                conds.append("e.id IN (SELECT rowid FROM actor_fts WHERE actor_fts MATCH ?)")
                params.append(_fts_phrase(text, trigram=True))
            else:  # many matches (or too short for trigrams): test each row met in the chosen order
                conds.append("instr(e.actors, ?) > 0")
                params.append(text.casefold())
        if query.min_fatalities is not None:
            conds.append("e.fatalities >= ?")
            params.append(int(query.min_fatalities))
        if query.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = query.bbox
            conds.append(
                "e.id IN (SELECT id FROM event_rtree WHERE min_lon >= ? AND max_lon <= ? "
                "AND min_lat >= ? AND max_lat <= ?)"
            )
            params += [min_lon, max_lon, min_lat, max_lat]
        if query.near is not None:
            lat, lon, radius = query.near
            dlat = radius / 111.0
            coslat = max(math.cos(math.radians(min(89.0, abs(lat) + dlat))), 1e-6)
            dlon = min(180.0, radius / (111.32 * coslat))
            conds.append(
                "e.id IN (SELECT id FROM event_rtree WHERE min_lat >= ? AND max_lat <= ? "
                "AND min_lon >= ? AND max_lon <= ?) AND ew_dist(e.latitude, e.longitude, ?, ?) <= ?"
            )
            params += [lat - dlat, lat + dlat, lon - dlon, lon + dlon, lat, lon, radius]
        if query.q:
            phrase = _fts_phrase(query.q)
            if phrase:
                conds.append("e.id IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)")
                params.append(phrase)
        if not query.include_background:
            conds.append("e.is_background = 0")
        if query.doc_id:
            conds.append("e.event_id IN (SELECT event_id FROM event_documents WHERE doc_id = ?)")
            params.append(query.doc_id)
        return (" AND ".join(conds) or "1"), params

    @staticmethod
    def _sort(query: EventQuery) -> tuple[str, bool]:
        text = (query.sort or "-event_date").strip()
        desc = text.startswith("-")
        name = text.lstrip("-+")
        if name not in SORT_FIELDS:
            raise QueryError(f"cannot sort by {name!r}; choose one of {', '.join(SORT_FIELDS)}")
        return name, desc

    def query_events(self, query: EventQuery) -> EventPage:
        records, next_cursor = self.query_event_records(query)
        return EventPage(events=[event_from(json.loads(r)) for r in records], next_cursor=next_cursor)

    def query_event_records(self, query: EventQuery) -> tuple[list[str], str | None]:
        """One page as the stored JSON texts of the events (what :func:`to_dict` made) and the next cursor."""
        name, desc = self._sort(query)
        limit = int(query.limit)
        if not 1 <= limit <= MAX_PAGE:
            raise QueryError(f"page size must be between 1 and {MAX_PAGE}, not {limit}")
        where, params = self.where(query)
        if query.cursor:
            value, last_id = decode_cursor(query.cursor)
            op = "<" if desc else ">"
            where += f" AND (e.{name}, e.event_id) {op} (?, ?)"
            params += [value, last_id]
        order = "DESC" if desc else "ASC"
        table, key = "events e", f"e.{name}"
        if name == "fatalities" and where != "1":
            # SQLite cannot tell how selective the filters are: few matches -> find them, then sort them;
            # many -> walk the fatalities index and keep the matches (a page is reached quickly)
            few = (
                self.conn.execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM events e WHERE {where} LIMIT ?)",
                    (*params, self.FEW_ROWS),
                ).fetchone()[0]
                < self.FEW_ROWS
            )
            if few:
                key = f"+e.{name}"
            else:
                table = "events e INDEXED BY events_fatalities"
        rows = self.conn.execute(
            f"SELECT e.{name}, e.event_id, e.id FROM {table} WHERE {where} "
            f"ORDER BY {key} {order}, e.event_id {order} LIMIT ?",
            (*params, limit + 1),
        ).fetchall()
        rowids = [r[2] for r in rows[:limit]]
        found = dict(
            self.conn.execute(
                f"SELECT id, record FROM event_records WHERE id IN ({','.join('?' * len(rowids))})", rowids
            ).fetchall()
        )
        rows = [(r[0], r[1], found[r[2]]) for r in rows[:limit]] + rows[limit:]
        next_cursor = encode_cursor([rows[limit - 1][0], rows[limit - 1][1]]) if len(rows) > limit else None
        return [r[2] for r in rows[:limit]], next_cursor

    def iter_events(self, query: EventQuery | None = None) -> Iterator[Event]:
        q = query if query is not None else EventQuery()
        page_query = dataclasses.replace(q, limit=500, cursor=None)
        while True:
            page = self.query_events(page_query)
            yield from page.events
            if page.next_cursor is None:
                return
            page_query.cursor = page.next_cursor

    def count_events(self, query: EventQuery) -> int:
        where, params = self.where(query)
        row = self.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()
        return int(row[0])

    def facets(
        self, query: EventQuery, fields: Iterable[str], limit: int = 20
    ) -> dict[str, list[tuple[str, int]]]:
        where, params = self.where(query)
        out: dict[str, list[tuple[str, int]]] = {}
        for name in fields:
            if name not in FACET_FIELDS:
                raise QueryError(f"cannot count by {name!r}; choose from {', '.join(FACET_FIELDS)}")
            if name == "actor":
                sql = (
                    "SELECT a, count(*) n FROM ("
                    f"SELECT e.actor1 a FROM events e WHERE {where} AND e.actor1 != '' "
                    f"UNION ALL SELECT e.actor2 FROM events e WHERE {where} AND e.actor2 != '') "
                    "GROUP BY a ORDER BY n DESC, a LIMIT ?"
                )
                args: list[Any] = [*params, *params, limit]
            else:
                expr = {"month": "substr(e.event_date, 1, 7)", "year": "substr(e.event_date, 1, 4)"}.get(
                    name, f"e.{name}"
                )
                sql = (
                    f"SELECT {expr} v, count(*) n FROM events e WHERE {where} AND {expr} != '' "
                    "GROUP BY v ORDER BY n DESC, v LIMIT ?"
                )
                args = [*params, limit]
            out[name] = [(str(v), int(n)) for v, n in self.conn.execute(sql, args).fetchall()]
        return out

    def timeline(self, query: EventQuery, bucket: str = "day") -> list[tuple[str, int]]:
        where, params = self.where(query)
        if bucket == "day":
            expr = "e.event_date"
        elif bucket == "week":  # the Monday starting the ISO week
            weekday = "((CAST(strftime('%w', e.event_date) AS INTEGER) + 6) % 7)"
            expr = f"date(e.event_date, '-' || {weekday} || ' days')"
        elif bucket == "month":
            expr = "substr(e.event_date, 1, 7)"
        else:
            raise QueryError(f"unknown time bucket {bucket!r}; choose day, week or month")
        rows = self.conn.execute(
            f"SELECT {expr} b, count(*) FROM events e WHERE {where} AND e.event_date != '' "
            "GROUP BY b ORDER BY b",
            params,
        ).fetchall()
        return [(str(b), int(n)) for b, n in rows]

    def grid(self, query: EventQuery, cell_deg: float) -> list[GridCell]:
        if not (0.001 <= cell_deg <= 90):
            raise QueryError(f"grid cell size must be between 0.001 and 90 degrees, not {cell_deg}")
        where, params = self.where(query)
        rows = self.conn.execute(
            "SELECT CAST((e.longitude + 180.0) / ?1 AS INTEGER) gx, "
            "CAST((e.latitude + 90.0) / ?1 AS INTEGER) gy, "
            "e.event_type, count(*), sum(e.fatalities), sum(e.latitude), sum(e.longitude) "
            f"FROM events e WHERE e.latitude IS NOT NULL AND e.longitude IS NOT NULL AND {where} "
            "GROUP BY gx, gy, e.event_type",
            [cell_deg, *params],
        ).fetchall()
        cells: dict[tuple[int, int], list[Any]] = {}
        for gx, gy, etype, n, deaths, slat, slon in rows:
            cell = cells.setdefault((gx, gy), [0, 0, 0.0, 0.0, {}])
            cell[0] += n
            cell[1] += deaths or 0
            cell[2] += slat
            cell[3] += slon
            cell[4][etype or ""] = cell[4].get(etype or "", 0) + n
        return [
            GridCell(
                lat=round(c[2] / c[0], 5),
                lon=round(c[3] / c[0], 5),
                count=c[0],
                fatalities=c[1],
                by_type=c[4],
            )
            for c in cells.values()
        ]

    # -- truces, threats, counts ---------------------------------------------------------------------------

    def truces(self) -> list[Truce]:
        rows = self.conn.execute("SELECT record FROM truces ORDER BY start, truce_id").fetchall()
        return [truce_from(json.loads(r[0])) for r in rows]

    def threats(self) -> list[AirspaceThreat]:
        rows = self.conn.execute("SELECT record FROM threats ORDER BY valid_from, threat_id").fetchall()
        return [threat_from(json.loads(r[0])) for r in rows]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for name in ("documents", "events", "truces", "threats"):
            out[name] = int(self.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
        return out

    # -- subscriptions -------------------------------------------------------------------------------------

    def add_subscription(self, kind: str, value: Any, webhook_url: str = "") -> Subscription:
        if kind not in SUBSCRIPTION_KINDS:
            raise ValueError(
                f"unknown subscription kind {kind!r}; choose one of {', '.join(SUBSCRIPTION_KINDS)}"
            )
        created = _utcnow()
        conn = self.conn
        cur = conn.execute(
            "INSERT INTO subscriptions (kind, value, webhook_url, created_at) VALUES (?, ?, ?, ?)",
            (kind, json.dumps(value, ensure_ascii=False), webhook_url, created),
        )
        return Subscription(int(cur.lastrowid or 0), kind, value, webhook_url, created)

    def subscriptions(self, kind: str | None = None) -> list[Subscription]:
        sql = "SELECT id, kind, value, webhook_url, created_at FROM subscriptions"
        args: tuple[Any, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            args = (kind,)
        rows = self.conn.execute(sql + " ORDER BY id", args).fetchall()
        return [Subscription(int(r[0]), r[1], json.loads(r[2]), r[3], r[4]) for r in rows]

    def remove_subscription(self, subscription_id: int) -> bool:
        cur = self.conn.execute("DELETE FROM subscriptions WHERE id = ?", (int(subscription_id),))
        return cur.rowcount > 0
