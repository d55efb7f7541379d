"""eventwatch.store: where processed reports live (SQLite by default).

``open_store(path)`` opens (and creates) a store; every backend implements :class:`Store`.
"""

from eventwatch.store.base import (
    FACET_FIELDS,
    SORT_FIELDS,
    EventPage,
    EventQuery,
    GridCell,
    QueryError,
    Store,
    Subscription,
    default_db_path,
    open_store,
)

__all__ = [
    "FACET_FIELDS",
    "SORT_FIELDS",
    "EventPage",
    "EventQuery",
    "GridCell",
    "QueryError",
    "Store",
    "Subscription",
    "default_db_path",
    "open_store",
]
