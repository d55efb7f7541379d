"""An in-memory column copy of the events, for the map aggregate and the filtered event page without SQL.

One NumPy array per field the filters use (position, day, type, country, region, actors, deaths, background
flag, row id), rows sorted by (day, event_id) so a date range is a slice and a page by date is a walk from
one end; a second order by (fatalities, event_id) serves ``_sort=-fatalities``. Rebuilt (in a thread for
large stores) when the store's :meth:`~eventwatch.store.base.Store.data_version` changes; about 70 bytes per
event (1M events: ~70 MB) plus the distinct texts. What it cannot answer (``near``, ``q``, ``doc_id``, other
sort fields, dates that are not full days) makes :meth:`EventColumns.grid` / :meth:`EventColumns.page`
return None: the caller asks the store, whose answers these match exactly.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from eventwatch.store.base import SORT_FIELDS, EventQuery, GridCell, QueryError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

log = logging.getLogger(__name__)

CHUNK = 100_000
DIRECT_BINS = 4_000_000  # (cells x types) up to this: one np.bincount over all bins; beyond: np.unique first
SYNC_BUILD_ROWS = (
    100_000  # stores up to this many events are (re)loaded in the request; larger ones in a thread
)
MAX_PAGE = 1000
FIRST_BLOCK = 2048  # rows looked at first when walking the order for a page (then 8x more each time)
SCAN_AFTER = 16_384  # fatalities order: past blocks this big, scan the date range in day order instead
MAX_ACTOR_TEXTS = 300_000  # more distinct actor texts than this: actor filters go to the store


class _Codes:
    """Distinct texts of one column, compared without case (as the store's NOCASE columns are)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.shown: list[str] = []  # the first spelling met, for output

    def code(self, value: str | None) -> int:
        key = (value or "").lower()
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.shown)
            self.shown.append(value or "")
        return found

    def codes(self, column: tuple[str | None, ...]) -> list[int]:
        """The codes of a column of values (distinct values looked up once; the rest at C speed)."""
        mapping = {v: self.code(v) for v in set(column)}
        return list(map(mapping.__getitem__, column))

    def find(self, value: str) -> int:
        return self.index.get(value.strip().lower(), -1)


@dataclass
class _Data:
    version: int
    ids: npt.NDArray[np.int64]  # the events table's rowid
    lat: npt.NDArray[np.float64]  # NaN: no place
    lon: npt.NDArray[np.float64]
    day: npt.NDArray[np.int32]  # date.toordinal(), -1 when none; ascending (ties: by event_id)
    etype: npt.NDArray[np.int32]
    subtype: npt.NDArray[np.int32]
    country: npt.NDArray[np.int32]
    iso3: npt.NDArray[np.int32]
    admin1: npt.NDArray[np.int32]
    actors: npt.NDArray[np.int32]
    deaths: npt.NDArray[np.int64]
    background: npt.NDArray[np.bool_]
    by_deaths: npt.NDArray[np.int32]  # positions in (fatalities, event_id) order
    at_rowid: npt.NDArray[np.int32]  # rowid -> position (-1: none)
    deaths_rank: npt.NDArray[np.int32]  # position -> its place in by_deaths
    codes: dict[str, _Codes]
    partial_dates: bool  # some event_date is not a full YYYY-MM-DD: date filters and sorts go to the store
    unplaced: bool  # some event has no coordinates

    @property
    def nbytes(self) -> int:
        arrays = (self.ids, self.lat, self.lon, self.day, self.etype, self.subtype, self.country, self.iso3,
                  self.admin1, self.actors, self.deaths, self.background, self.by_deaths, self.at_rowid,
                  self.deaths_rank)  # fmt: skip
        return int(sum(a.nbytes for a in arrays))


class _Empty(Exception):
    """No event can match (an unknown country, type, actor ...)."""


class EventColumns:
    """The column copy of one store; thread-safe; built lazily (large stores: in a background thread)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._data: _Data | None = None
        self._lock = threading.Lock()
        self._building: int | None = None  # the version a background build is making
        self._cell_keys: dict[
            tuple[int, float], npt.NDArray[np.int32]
        ] = {}  # (version, cell): cell of each row

    # -- building -------------------------------------------------------------------------------------------

    def warm(self) -> None:
        """Start loading a large store in the background (at server start): the first request finds it."""
        try:
            version = int(self.store.data_version())
            rows = int(self.store.conn.execute("SELECT ifnull(max(id), 0) FROM events").fetchone()[0])
        except Exception:  # a store that cannot answer now: the first request retries
            return
        if rows > SYNC_BUILD_ROWS:
            self._start(version)

    def _start(self, version: int) -> None:
        with self._lock:
            if self._building is not None:
                return
            self._building = version
        threading.Thread(target=self._build_in_thread, args=(version,), daemon=True).start()

    def _build_in_thread(self, version: int) -> None:
        try:
            data = self._load(version)
            with self._lock:
                if self._data is None or self._data.version != data.version:
                    self._data = data
        except Exception:  # the store answers meanwhile; logged for the operator
            log.exception("could not load the event columns")
        finally:
            with self._lock:
                self._building = None

    def current(self, version: int) -> _Data | None:
        """The columns for ``version``: loaded now (small store), or None while a thread loads them."""
        data = self._data
        if data is not None and data.version == version:
            return data
        row = self.store.conn.execute("SELECT ifnull(max(id), 0) FROM events").fetchone()
        if int(row[0]) <= SYNC_BUILD_ROWS:
            data = self._load(version)
            self._data = data
            return data
        self._start(version)
        return None

    def _load(self, version: int) -> _Data:
        import numpy as np

        conn = self.store.conn
        names = ("event_type", "sub_event_type", "country", "iso3", "admin1", "actors")
        codes = {n: _Codes() for n in names}
        days: dict[str, int] = {"": -1}
        partial = False
        chunks: list[tuple[Any, ...]] = []
        cur = conn.execute(
            "SELECT id, latitude, longitude, event_date, event_type, sub_event_type, country, iso3, admin1, "
            "actors, fatalities, is_background FROM events"
        )
        while True:
            rows = cur.fetchmany(CHUNK)
            if not rows:
                break
            cols = list(zip(*rows, strict=True))
            for text in set(cols[3]) - days.keys():
                try:
                    days[text] = dt.date.fromisoformat(text).toordinal() if len(text) == 10 else -2
                except (TypeError, ValueError):
                    days[text] = -2
                if days[text] == -2:
                    partial, days[text] = True, -1
            coded = [np.asarray(codes[n].codes(cols[4 + i]), dtype=np.int32) for i, n in enumerate(names)]
            chunks.append(
                (
                    np.asarray(cols[0], dtype=np.int64),
                    np.asarray([np.nan if v is None else v for v in cols[1]], dtype=np.float64),
                    np.asarray([np.nan if v is None else v for v in cols[2]], dtype=np.float64),
                    np.asarray(list(map(days.__getitem__, cols[3])), dtype=np.int32),
                    *coded,
                    np.asarray(cols[10], dtype=np.int64),
                    np.asarray(cols[11], dtype=np.bool_),
                )
            )
        kinds = (np.int64, np.float64, np.float64, np.int32, *[np.int32] * 6, np.int64, np.bool_)
        if chunks:
            arrays = [np.concatenate([c[i] for c in chunks]) for i in range(len(kinds))]
        else:
            arrays = [np.zeros(0, dtype=k) for k in kinds]
        ids = arrays[0]
        top = int(ids.max()) + 1 if len(ids) else 1
        # event_id order, as ranks: the tie-break of every sort
        by_event_id = np.fromiter(
            (r[0] for r in conn.execute("SELECT id FROM events ORDER BY event_id")), dtype=np.int64
        )
        rank_of_rowid = np.full(top, -1, dtype=np.int32)
        rank_of_rowid[by_event_id[by_event_id < top]] = np.arange(len(by_event_id), dtype=np.int32)[
            by_event_id < top
        ]
        rank = rank_of_rowid[ids]
        order = np.lexsort((rank, arrays[3]))
        arrays = [a[order] for a in arrays]
        rank = rank[order]
        ids, lat, lon, day, etype, subtype, country, iso3, admin1, actors, deaths, background = arrays
        by_deaths = np.lexsort((rank, deaths)).astype(np.int32)
        deaths_rank = np.empty(len(ids), dtype=np.int32)
        deaths_rank[by_deaths] = np.arange(len(ids), dtype=np.int32)
        at_rowid = np.full(top, -1, dtype=np.int32)
        at_rowid[ids] = np.arange(len(ids), dtype=np.int32)
        data = _Data(version, ids, lat, lon, day, etype, subtype, country, iso3, admin1, actors, deaths,
                     background, by_deaths, at_rowid, deaths_rank, codes=codes, partial_dates=partial,
                     unplaced=bool(np.isnan(lat).any()))  # fmt: skip
        log.info("event columns: %d events, %.1f MB", len(data.ids), data.nbytes / 1e6)
        return data

    # -- filtering ------------------------------------------------------------------------------------------

    @staticmethod
    def _supported(query: EventQuery) -> bool:
        return query.near is None and not query.q and not query.doc_id

    @staticmethod
    def _day_range(data: _Data, query: EventQuery) -> tuple[int, int]:
        """Positions [lo, hi) of the rows inside the query's date range (rows are sorted by day)."""
        import numpy as np

        lo, hi = 0, len(data.day)  # (np.int32 needles: a Python int would make searchsorted copy the column)
        if query.date_from is not None:
            lo = int(np.searchsorted(data.day, np.int32(query.date_from.toordinal()), side="left"))
        if query.date_to is not None:
            lo = max(lo, int(np.searchsorted(data.day, np.int32(0), side="left")))  # no date: not in a range
            hi = int(np.searchsorted(data.day, np.int32(query.date_to.toordinal()), side="right"))
        return lo, max(lo, hi)

    @staticmethod
    def _mask(data: _Data, query: EventQuery, at: Any, dates: bool) -> npt.NDArray[np.bool_] | None:
        """Which of the rows ``at`` (a slice or positions) match the filters; None: all. Raises _Empty."""
        import numpy as np

        mask: npt.NDArray[np.bool_] | None = None

        def keep(m: npt.NDArray[np.bool_]) -> None:
            nonlocal mask
            mask = m if mask is None else (mask & m)

        if dates:
            day = data.day[at]
            if query.date_from is not None:
                keep(day >= query.date_from.toordinal())
            if query.date_to is not None:
                keep((day <= query.date_to.toordinal()) & (day >= 0))
        if query.country:
            text = query.country.strip()
            by_iso = len(text) == 3 and text.isalpha() and text.isupper()
            code = data.codes["iso3" if by_iso else "country"].find(text)
            if code < 0:
                raise _Empty
            keep((data.iso3 if by_iso else data.country)[at] == code)
        for name, column in (("admin1", data.admin1), ("event_type", data.etype),
                             ("sub_event_type", data.subtype)):  # fmt: skip
            value = getattr(query, name)
            if value:
                code = data.codes[name].find(value)
                if code < 0:
                    raise _Empty
                keep(column[at] == code)
        if query.actor:
            needle = query.actor.strip().casefold()
            hits = [i for i, s in enumerate(data.codes["actors"].shown) if needle in s]
            if not hits:
                raise _Empty
            keep(np.isin(data.actors[at], np.asarray(hits, dtype=np.int32)))
        if query.min_fatalities is not None:
            keep(data.deaths[at] >= int(query.min_fatalities))
        if query.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = query.bbox
            lon, lat = data.lon[at], data.lat[at]
            keep((lon >= min_lon) & (lon <= max_lon) & (lat >= min_lat) & (lat <= max_lat))
        if not query.include_background:
            keep(~data.background[at])
        return mask

    def _usable(self, query: EventQuery, version: int, dates_needed: bool) -> _Data | None:
        if not self._supported(query):
            return None
        data = self.current(version)
        if data is None:
            return None
        if data.partial_dates and (dates_needed or query.date_from or query.date_to):
            return None
        if query.actor and len(data.codes["actors"].shown) > MAX_ACTOR_TEXTS:
            return None
        return data

    # -- the map aggregate ----------------------------------------------------------------------------------

    def grid(self, query: EventQuery, cell_deg: float, version: int) -> list[GridCell] | None:
        """What ``store.grid(query, cell_deg)`` answers, or None when the store must answer."""
        import numpy as np

        if not (0.001 <= cell_deg <= 90):
            raise QueryError(f"grid cell size must be between 0.001 and 90 degrees, not {cell_deg}")
        data = self._usable(query, version, False)
        if data is None:
            return None
        lo, hi = self._day_range(data, query)
        if hi <= lo:
            return []
        part = slice(lo, hi)
        try:
            mask = self._mask(data, query, part, dates=False)
        except _Empty:
            return []
        if data.unplaced:
            placed = ~np.isnan(data.lat[part])
            mask = placed if mask is None else (mask & placed)
        keys = self._keys(data, cell_deg)
        if mask is None:
            lat, lon, etype, deaths, cell_of = (
                data.lat[part],
                data.lon[part],
                data.etype[part],
                data.deaths[part],
                keys[part],
            )
        else:
            idx = np.flatnonzero(mask) + lo
            if len(idx) == 0:
                return []
            lat, lon, etype, deaths, cell_of = (
                data.lat[idx],
                data.lon[idx],
                data.etype[idx],
                data.deaths[idx],
                keys[idx],
            )
        return _cells(cell_of, lat, lon, etype, deaths, cell_deg, data.codes["event_type"].shown)

    def _keys(self, data: _Data, cell_deg: float) -> npt.NDArray[np.int32]:
        """The grid cell (gx * rows + gy) of every event for this cell size; the last few sizes are kept."""
        import numpy as np

        found = self._cell_keys.get((data.version, cell_deg))
        if found is None:
            ny = int(180.0 / cell_deg) + 2
            big = (int(360.0 / cell_deg) + 2) * ny >= 2**31
            with np.errstate(invalid="ignore"):  # NaN (no place): never used, those rows are masked out
                gx = np.nan_to_num((data.lon + 180.0) / cell_deg).astype(
                    np.int64
                )  # truncation, as SQL's CAST
                gy = np.nan_to_num((data.lat + 90.0) / cell_deg).astype(np.int64)
            found = (gx * ny + gy).astype(np.int64 if big else np.int32)
            with self._lock:
                for old in [k for k in self._cell_keys if k[0] != data.version]:
                    del self._cell_keys[old]
                while len(self._cell_keys) >= 4:
                    self._cell_keys.pop(next(iter(self._cell_keys)))
                self._cell_keys[(data.version, cell_deg)] = found
        return found

    # -- one page of events ---------------------------------------------------------------------------------

    def _by_deaths_scan(
        self, data: _Data, query: EventQuery, lo: int, hi: int, desc: bool, k: int
    ) -> npt.NDArray[np.int64]:
        """The next ``k`` matches in the fatalities order window [lo, hi), found by a scan in day order."""
        import numpy as np

        dlo, dhi = self._day_range(data, query)
        mask = self._mask(data, query, slice(dlo, dhi), dates=False)
        positions = np.arange(dlo, dhi, dtype=np.int64)
        if mask is not None:
            positions = np.flatnonzero(mask).astype(np.int64) + dlo
        return _scan_rows(data, positions, lo, hi, desc, k)

    def page(self, query: EventQuery, version: int) -> tuple[list[str], str | None] | None:
        """What ``store.query_event_records(query)`` answers (the page's stored JSON texts, the next cursor).

        None when the store must answer (an unsupported filter or sort, or a cursor not met here).
        """
        import numpy as np

        from eventwatch.store.sqlite import decode_cursor, encode_cursor

        text = (query.sort or "-event_date").strip()
        desc = text.startswith("-")
        name = text.lstrip("-+")
        if name not in SORT_FIELDS or name not in ("event_date", "fatalities"):
            return None
        limit = int(query.limit)
        if not 1 <= limit <= MAX_PAGE:
            return None
        data = self._usable(query, version, name == "event_date")
        if data is None:
            return None
        by_date = name == "event_date"
        n = len(data.ids)
        lo, hi = self._day_range(data, query) if by_date else (0, n)
        if query.cursor:
            value, last_id = decode_cursor(query.cursor)
            row = self.store.conn.execute(
                "SELECT id, event_date, fatalities FROM events WHERE event_id = ?", (last_id,)
            ).fetchone()
            if row is None or row[0] >= len(data.at_rowid) or data.at_rowid[row[0]] < 0:
                return None
            if value != (row[1] if by_date else row[2]):
                return None  # the cursor's value is not the stored one: the store compares as asked
            at = int(data.at_rowid[row[0]])
            pos = at if by_date else int(data.deaths_rank[at])
            if desc:
                hi = min(hi, pos)
            else:
                lo = max(lo, pos + 1)
        found: list[npt.NDArray[np.int64]] = []
        count = 0
        block = FIRST_BLOCK
        while hi > lo and count <= limit:
            if not by_date and block > SCAN_AFTER:
                # few matches near this end of the fatalities order: filter the date range in day order
                # (contiguous, no gathers) and pick the next rows of the rest of the order from those
                try:
                    found.append(self._by_deaths_scan(data, query, lo, hi, desc, limit + 1 - count))
                except _Empty:
                    return [], None
                break
            a, b = (max(lo, hi - block), hi) if desc else (lo, min(hi, lo + block))
            at_: Any = slice(a, b) if by_date else data.by_deaths[a:b]
            try:
                mask = self._mask(data, query, at_, dates=not by_date)
            except _Empty:
                return [], None
            positions = np.arange(a, b, dtype=np.int64) if by_date else at_.astype(np.int64)
            if mask is not None:
                positions = positions[mask]
            if desc:
                positions = positions[::-1]
            found.append(positions)
            count += len(positions)
            if desc:
                hi = a
            else:
                lo = b
            block *= 8
        chosen = np.concatenate(found)[: limit + 1] if found else np.zeros(0, dtype=np.int64)
        rowids = data.ids[chosen[:limit]].tolist()
        conn = self.store.conn
        found_records = dict(
            conn.execute(
                f"SELECT id, record FROM event_records WHERE id IN ({','.join('?' * len(rowids))})", rowids
            ).fetchall()
        )
        if len(found_records) < len(rowids):
            return None  # written since the columns were loaded
        next_cursor = None
        if len(chosen) > limit:
            row = conn.execute(
                f"SELECT {name}, event_id FROM events WHERE id = ?", (int(data.ids[int(chosen[limit - 1])]),)
            ).fetchone()
            if row is None:
                return None
            next_cursor = encode_cursor([row[0], row[1]])
        return [found_records[r] for r in rowids], next_cursor


def _scan_rows(
    data: _Data, positions: npt.NDArray[np.int64], lo: int, hi: int, desc: bool, k: int
) -> npt.NDArray[np.int64]:
    """Of ``positions`` (day order), the first ``k`` in the fatalities order within its window [lo, hi)."""
    import numpy as np

    ranks = data.deaths_rank[positions].astype(np.int64)
    ranks = ranks[(ranks >= lo) & (ranks < hi)]
    if desc:
        ranks = -ranks
    if len(ranks) > k:
        ranks = np.partition(ranks, k - 1)[:k]
    ranks = np.sort(ranks)
    if desc:
        ranks = -ranks
    return data.by_deaths[ranks].astype(np.int64)


def _cells(
    cell_of: npt.NDArray[Any],
    lat: npt.NDArray[np.float64],
    lon: npt.NDArray[np.float64],
    etype: npt.NDArray[np.int32],
    deaths: npt.NDArray[np.int64],
    cell_deg: float,
    type_names: list[str],
) -> list[GridCell]:
    import numpy as np

    ntypes = max(1, len(type_names))
    ny = int(180.0 / cell_deg) + 2
    nx = int(360.0 / cell_deg) + 2
    key = cell_of.astype(np.int64) * ntypes + etype
    bins = nx * ny * ntypes
    if bins <= DIRECT_BINS and bins <= 4 * len(key):  # dense: count straight into every bin
        size = nx * ny * ntypes
        counts = np.bincount(key, minlength=size)
        keys = np.flatnonzero(counts)
        counts = counts[keys]
        where = key
        slots = keys
    else:
        keys, where = np.unique(key, return_inverse=True)
        counts = np.bincount(where, minlength=len(keys))
        slots = np.arange(len(keys))
    size = int(where.max()) + 1 if len(where) else 0
    dsum = np.bincount(where, weights=deaths, minlength=size)[slots]
    latsum = np.bincount(where, weights=lat, minlength=size)[slots]
    lonsum = np.bincount(where, weights=lon, minlength=size)[slots]
    cells: dict[int, list[Any]] = {}
    for k, n, d, sla, slo in zip(keys.tolist(), counts.tolist(), dsum.tolist(), latsum.tolist(),
                                 lonsum.tolist(), strict=True):  # fmt: skip
        cell = cells.get(k // ntypes)
        if cell is None:
            cell = cells[k // ntypes] = [0, 0, 0.0, 0.0, {}]
        cell[0] += n
        cell[1] += round(d)
        cell[2] += sla
        cell[3] += slo
        name = type_names[k % ntypes] if type_names else ""
        cell[4][name] = cell[4].get(name, 0) + n
    return [
        GridCell(
            lat=round(c[2] / c[0], 5), lon=round(c[3] / c[0], 5), count=c[0], fatalities=c[1], by_type=c[4]
        )
        for _, c in sorted(cells.items())
    ]
