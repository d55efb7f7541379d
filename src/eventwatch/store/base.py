"""The store interface: SQLite by default (one file, zero set-up); PostgreSQL can serve the same calls.

Writers call :meth:`Store.add_result` once per processed document: it is one transaction, idempotent by the
document's content hash, so a batch killed mid-way and rerun neither duplicates nor loses anything.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from eventwatch.records import AirspaceThreat, Document, DocumentResult, Event, Truce


def default_db_path() -> Path:
    """A file in the user's data directory (``EVENTWATCH_DB`` overrides it)."""
    import os

    env = os.environ.get("EVENTWATCH_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("eventwatch")) / "eventwatch.sqlite"


@dataclass(slots=True)
class EventQuery:
    """Filters for listing events; every field optional. Used by the CLI exports and the API alike."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # matches actor1/actor2/assoc actors (case-insensitive substring)
    min_fatalities: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    near: tuple[float, float, float] | None = None  # lat, lon, radius_km
    q: str | None = None  # full-text search in notes and evidence
    include_background: bool = True
    doc_id: str | None = None
    sort: str = "-event_date"  # a field name, '-' for descending
    limit: int = 100
    cursor: str | None = None  # opaque, from the previous page
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class EventPage:
    events: list[Event]
    next_cursor: str | None
    total: int | None = None


SORT_FIELDS: tuple[str, ...] = (
    "event_date", "fatalities", "country", "admin1", "event_type", "sub_event_type", "event_id", "location",
    "confidence",
)  # fmt: skip
"""Fields :attr:`EventQuery.sort` accepts (each optionally prefixed with '-')."""

FACET_FIELDS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "country",
    "admin1",
    "actor",
    "month",
    "year",
)
"""Fields :meth:`Store.facets` can count by."""

SUBSCRIPTION_KINDS: tuple[str, ...] = ("area", "airport", "country")


class QueryError(ValueError):
    """A query the store cannot run (unknown sort field, bad cursor, ...): the caller's mistake, not ours."""


@dataclass(slots=True)
class Subscription:
    """An alert subscription: events/threats touching an area, an airport or a country go to a webhook."""

    id: int
    kind: str  # area | airport | country
    value: Any  # area: GeoJSON geometry or [min_lon, min_lat, max_lon, max_lat]; airport: ICAO; country: name
    webhook_url: str = ""
    created_at: str = ""  # ISO 8601, UTC


@dataclass(slots=True)
class GridCell:
    """Events of one map grid cell: where they are on average, how many of each type, their deaths."""

    lat: float
    lon: float
    count: int
    fatalities: int
    by_type: dict[str, int]


class Store(abc.ABC):
    """What every backend offers."""

    @abc.abstractmethod
    def has_document(self, content_hash: str) -> bool: ...

    @abc.abstractmethod
    def add_result(self, result: DocumentResult) -> bool:
        """Store a document and all its records in one transaction.

        Returns False (and writes nothing) when a document with the same content hash is already stored.
        Events that are the same incident as a stored one (another report of it) are merged into it.
        """

    @abc.abstractmethod
    def get_document(self, doc_id: str) -> Document | None: ...

    @abc.abstractmethod
    def iter_documents(self) -> Iterator[Document]: ...

    @abc.abstractmethod
    def query_events(self, query: EventQuery) -> EventPage: ...

    @abc.abstractmethod
    def get_event(self, event_id: str) -> Event | None: ...

    @abc.abstractmethod
    def iter_events(self, query: EventQuery | None = None) -> Iterator[Event]:
        """Every matching event, unpaged (for exports)."""

    @abc.abstractmethod
    def truces(self) -> list[Truce]: ...

    @abc.abstractmethod
    def threats(self) -> list[AirspaceThreat]: ...

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Numbers of documents, events, truces and threats stored."""

    @abc.abstractmethod
    def close(self) -> None: ...

    # -- for the API and dashboard ------------------------------------------------------------------------

    @abc.abstractmethod
    def data_version(self) -> int:
        """A number that changes whenever anything is written (for caching answers)."""

    @abc.abstractmethod
    def count_events(self, query: EventQuery) -> int:
        """How many events match (paging fields ignored)."""

    @abc.abstractmethod
    def facets(
        self, query: EventQuery, fields: Iterable[str], limit: int = 20
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts of matching events by each field of :data:`FACET_FIELDS`, most frequent first."""

    @abc.abstractmethod
    def timeline(self, query: EventQuery, bucket: str = "day") -> list[tuple[str, int]]:
        """Matching events per ``day`` / ``week`` (ISO Monday) / ``month``, in date order."""

    @abc.abstractmethod
    def grid(self, query: EventQuery, cell_deg: float) -> list[GridCell]:
        """Matching events counted per ``cell_deg``-degree square (events with no place left out)."""

    @abc.abstractmethod
    def list_documents(self, limit: int = 100, after: str | None = None) -> list[Document]:
        """Documents ordered by id, those with an id greater than ``after``."""

    # -- alert subscriptions -------------------------------------------------------------------------------

    @abc.abstractmethod
    def add_subscription(self, kind: str, value: Any, webhook_url: str = "") -> Subscription: ...

    @abc.abstractmethod
    def subscriptions(self, kind: str | None = None) -> list[Subscription]: ...

    @abc.abstractmethod
    def remove_subscription(self, subscription_id: int) -> bool: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(target: str | Path | None = None) -> Store:
    """Open a store: a path (SQLite, created if missing) or a ``postgresql://`` URL."""
    text = str(target) if target is not None else str(default_db_path())
    if text.startswith(("postgres://", "postgresql://")):
        raise NotImplementedError("the PostgreSQL backend is not built yet; use a SQLite file path")
    from eventwatch.store.sqlite import SQLiteStore

    return SQLiteStore(Path(text))
