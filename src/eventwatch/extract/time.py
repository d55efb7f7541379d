"""Temporal expressions: found with regular expressions, normalised against the publication date.

:func:`find_times` reads a whole text (it is fast: a few compiled patterns, no model) and returns
:class:`~eventwatch.records.TimeExpression` records, sorted by start, never overlapping. Each carries two
views of the same expression:

* the ACLED view, ``value`` + ``precision`` (1 day, 2 week, 3 month). ACLED has no coarser precision,
  so years, seasons, quarters and decades get precision 3 too. The representative day is the middle of
  the period: the 15th for a month; the 5th / 15th / 25th for "early / mid / late November"; the
  Thursday for a week; 1 July for a year (15 February / 15 November for "early / late 2019"); the
  middle month's 15th for a season or quarter; the 1st of January of the middle year for a decade.
  ``end`` is the last day of the period for anything coarser than a day (week, month, year, ...) and
  the last day of a stated range ("from January 12 to 15"); it is None for a single day and for
  "since" expressions, which are open-ended.
* the TimeML view, ``timex``: the TIMEX3 ``value`` an annotator following the TimeML guidelines would
  write: ``2020-01-22``, ``2020-01-22TEV`` ("Wednesday evening"), ``2019-11``, ``2020-W04``,
  ``2020-W03-WE``, ``1998-Q1``, ``1998-SU``, ``1997``, ``199`` (the 1990s), ``19`` (the 20th
  century), ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, ``P3Y`` for durations.

Relative expressions ("Wednesday", "yesterday", "last month", "April 4" without a year) are resolved
against ``published``. A bare day, weekday or month is taken as the most recent one on or before the
publication date (news reports what happened), unless the clause has a future marker ("will",
"next", "scheduled", ...), in which case it is the next one on or after it. Where ``published`` is None
they are kept with ``resolved=False`` and ``value=None`` (never silently dated today); absolute
expressions ("March 10, 2002") resolve all the same.

``kind`` is ``date``, ``since`` ("since April 4": value is the start, end None), ``range`` ("from
January 12 to 15"), ``duration`` ("three years": value None; "the past two weeks": value the start of
the period, end the publication date) or ``set`` ("every week": value None).

The pipeline component ``time`` stores the expressions of a document in ``ctx.times``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from eventwatch.pipeline import Component, Context, Settings, component
from eventwatch.records import Span, TimeExpression, TimePrecision

__all__ = ["find_times", "is_relative", "make_time_component"]

# ---------------------------------------------------------------------------------------------------
# vocabulary

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = [calendar.month_name[i] for i in range(1, 13)]
_ABBR_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
_WEEKDAYS: dict[str, int] = {calendar.day_name[i].lower(): i for i in range(7)}
_WEEKDAYS.update({"tues": 1, "wed": 2, "thur": 3, "thurs": 3})
_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "a dozen": 12, "half a": 0,
}  # fmt: skip
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}  # fmt: skip
_DECADE_WORDS: dict[str, int] = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip
_SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # the middle month (winter: January of the year)
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_UNIT_TIMEX = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M",
               "year": "Y", "decade": "DE", "century": "CE", "weekend": "WE"}  # fmt: skip

# Words after a four-digit number that make it a count, not a year ("2000 troops", "1500 km").
_COUNTED_WORDS = """people persons men women children civilians soldiers troops fighters militants rebels police
    officers refugees migrants residents protesters demonstrators prisoners detainees families
    households homes houses buildings villages dead killed wounded injured casualties deaths victims
    km kms kilometres kilometers miles metres meters feet ft yards acres hectares tons tonnes kg
    kilograms pounds lbs dollars euros pounds rupees yuan barrels rockets missiles shells bombs
    mortars rounds vehicles tanks aircraft planes jets drones weapons guns rifles points votes seats
    workers employees jobs students members units copies cases times percent per cent hours minutes
    seconds days weeks months years"""
_COUNTED = frozenset(_COUNTED_WORDS.split())
_QUANTITY_BEFORE = re.compile(
    r"(?i)(?:\b(?:some|about|around|nearly|almost|over|more than|less than|fewer than|at least|up to|"
    r"than|roughly|approximately|estimated|another|only|just|all|No\.?|number)|[$£€#+~]|"
    r"\d[\d,.]*\s*(?:-|to|and|or))\s*$"
)

# ---------------------------------------------------------------------------------------------------
# pattern pieces. Every rule pattern starts with a required token (a flat alternation or a digit) so
# the regex engine can skip ahead fast; optional words before it ("early", "in", "the", "Wednesday,")
# are read by small look-back patterns over the few characters before a match. Month and weekday
# names are matched case-sensitively in the text ("may", "march", "sunday school"); every other rule
# runs over an ASCII-lowercased copy of the text (same offsets).


def _alts(words: list[str]) -> str:
    variants: list[str] = []
    for word in words:
        variants += [word, word.upper()]
    return "|".join(sorted(set(variants), key=len, reverse=True))


_WEEKDAY_NAMES = [calendar.day_name[i] for i in range(7)]
_FULL_LOWER = frozenset(name.lower() for name in _FULL_MONTHS)
_MONTH = rf"(?P<mon>{_alts(_FULL_MONTHS + _ABBR_MONTHS)})\.?(?![A-Za-z])"
_WEEKDAY = rf"(?P<wd>{_alts(_WEEKDAY_NAMES)})(?![A-Za-z])"
_WEEKDAY_ANY = rf"(?:{_alts(_WEEKDAY_NAMES)}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?!\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_NUM = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozen|a|an|several|a\s+few|"
    r"few|many|some|half\s+a|a\s+couple\s+of|a\s+couple|couple\s+of)"
)
_UNIT = r"(?P<unit>second|minute|hour|day|week|month|year|decade|century|centuries)"
_MOD = (
    r"(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning|start|middle)\s+of|"
    r"the\s+(?:first|second|last)\s+half\s+of)(?:\s*-\s*|\s+)"
)
_REL_YEAR = r"(?P<rely>(?:\s+of)?\s+(?:last|this|next|the\s+same|the\s+previous|the\s+following)\s+year)"

# look-backs (over the lowercased text, anchored at the start of a match)
_WD_BEFORE = re.compile(rf"(?P<wd>{_WEEKDAY_ANY}),?\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_PREP_BEFORE = re.compile(
    rf"\b(?:{_MOD}|(?P<prep>in|since|until|till|during|through|throughout|before|after|from|last|next|this|"
    r"to|between|and|of|for|by|around|or|fiscal|calendar|the\s+year|year|the\s+month\s+of|"
    r"(?:in|since|until|during|by|before|after)\s+the\s+(?:year|month)\s+of)\s+)$"
)
_REL_BEFORE = re.compile(
    r"\b(?:(?P<mod>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|end\s+of|mid)[\s-]+)?(?P<the>the\s+)?$"
)
_WD_REL_BEFORE = re.compile(r"\b(?P<rel>last|this|next|coming|past|previous|on|late|early)\s+$")
_NUM_BEFORE = re.compile(
    r"\b(?:(?P<pre>for|in|within|over|during|after|about|nearly|almost|more\s+than|less\s+than|at\s+least|"
    r"some|up\s+to)\s+)?(?P<anchor>(?:(?:over|in|during|within|for)\s+)?the\s+(?:past|last|next|previous|"
    rf"coming|first|final)\s+)?(?P<n>{_NUM})[\s-]+$"
)
_SEASON_BEFORE = re.compile(
    r"\b(?:(?P<rel>this|last|next|past|coming)|(?P<det>the|in|during|by|until|since|(?:in|during|by|"
    r"until|since)\s+the))\s+$"
)
_DECADE_BEFORE = re.compile(r"\b(?P<the>the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?$")
_CENTURY_BEFORE = re.compile(
    r"\b(?P<the>the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+$"
)
_ON_THE_BEFORE = re.compile(r"\b(?P<prep>on|since|from|by|until|till|before|after)\s+the\s+$")

_FUTURE_CUE = re.compile(
    r"(?i)\b(?:will|won't|shall|'ll|going\s+to|plans?|planned|planning|scheduled|schedule|expected|"
    r"expects?|due|upcoming|intends?|hopes?\s+to|to\s+be\s+held|set\s+to|next|coming|is\s+to|are\s+to|"
    r"as\s+(?:soon|early)\s+as|no\s+later\s+than|deadline|starting|beginning|effective)\b"
)
_FUTURE_AFTER = re.compile(r"(?i)\s*(?:,\s*)?(?:will|'ll|is\s+to|are\s+to)\b")
_PAST_CUE = re.compile(r"(?i)\b(?:was|were|had|did|been|ago|earlier|previously|[a-z]{3,}ed)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]|\b(?:said|says|told|according)\b")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _before(pattern: re.Pattern[str], low: str, start: int, width: int = 40) -> re.Match[str] | None:
    """``pattern`` (ending in ``$``) matched over the characters just before ``start``."""
    found = pattern.search(low, max(0, start - width), start)
    return found if found and found.end() > found.start() else None


def _after_month(m: re.Match[str]) -> int:
    """Where a bare month name ends: its full stop belongs to it only when it is an abbreviation."""
    end = m.end("mon")
    if m["mon"].lower() not in _FULL_LOWER and m.string[end : end + 1] == ".":
        end += 1
    return end


def _word_start(low: str, start: int) -> bool:
    return start == 0 or not low[start - 1].isalnum()


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: dt.date | None
    precision: TimePrecision
    timex: str
    kind: str = "date"
    end_date: dt.date | None = None
    relative: bool = False  # needs the publication date to be resolved
    resolved: bool = True
    day_level: bool = False  # a plain calendar day: may start a "12-15" range


# ---------------------------------------------------------------------------------------------------
# calendar helpers


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_of(day: dt.date) -> tuple[dt.date, str]:
    monday = day - dt.timedelta(days=day.weekday())
    iso = monday.isocalendar()
    return monday, f"{iso[0]}-W{iso[1]:02d}"


def _day(start: int, end: int, day: dt.date, relative: bool, pod: str = "") -> _Cand:
    timex = day.isoformat() + (f"T{_PART_OF_DAY[pod]}" if pod else "")
    return _Cand(start, end, day, 1, timex, relative=relative, day_level=not pod)


def _week(start: int, end: int, day: dt.date, relative: bool, weekend: bool = False) -> _Cand:
    monday, timex = _week_of(day)
    if weekend:
        return _Cand(start, end, monday + dt.timedelta(days=5), 2, timex + "-WE",
                     end_date=monday + dt.timedelta(days=6), relative=relative)  # fmt: skip
    return _Cand(start, end, monday + dt.timedelta(days=3), 2, timex,
                 end_date=monday + dt.timedelta(days=6), relative=relative)  # fmt: skip


_PART_DAYS = {"early": (5, 1, 10), "mid": (15, 11, 20), "late": (25, 21, 31)}


def _month(start: int, end: int, year: int, month: int, relative: bool, part: str = "") -> _Cand:
    last = _month_end(year, month)
    if part in _PART_DAYS:
        rep, _first, stop = _PART_DAYS[part]
        return _Cand(start, end, dt.date(year, month, rep), 3, f"{year}-{month:02d}",
                     end_date=min(last, dt.date(year, month, min(stop, last.day))), relative=relative)  # fmt: skip
    return _Cand(start, end, dt.date(year, month, 15), 3, f"{year}-{month:02d}", end_date=last,
                 relative=relative)  # fmt: skip


def _year(start: int, end: int, year: int, relative: bool, part: str = "") -> _Cand:
    value, stop = {"early": ((2, 15), (4, 30)), "mid": ((7, 1), (8, 31)), "late": ((11, 15), (12, 31))}.get(
        part, ((7, 1), (12, 31))
    )
    return _Cand(start, end, dt.date(year, *value), 3, str(year), end_date=dt.date(year, *stop),
                 relative=relative)  # fmt: skip


def _unresolved(start: int, end: int, timex: str = "", precision: TimePrecision = 1) -> _Cand:
    return _Cand(start, end, None, precision, timex, relative=True, resolved=False)


def _part(mod: str | None) -> str:
    """Normalise a modifier ("early", "the end of", "mid-") to early | mid | late | ''."""
    if not mod:
        return ""
    mod = mod.lower()
    if "early" in mod or "beginning" in mod or "start" in mod or "first half" in mod:
        return "early"
    if "late" in mod or "end" in mod or "second half" in mod or "last half" in mod:
        return "late"
    if "mid" in mod:
        return "mid"
    return ""


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the clause before and after ``text[start:end]`` (cut at punctuation and "said")."""
    before = text[max(0, start - 60) : start]
    cut = 0
    for match in _CLAUSE_BREAK.finditer(before):
        cut = match.end()
    after = text[end : end + 40]
    stop = _CLAUSE_BREAK.search(after)
    return before[cut:], after[: stop.start()] if stop else after


def _future(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` speaks of the future ("will meet on Friday")."""
    before, after = _clause(text, start, end)
    return bool(_FUTURE_CUE.search(before) or _FUTURE_AFTER.match(after))


def _past(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` has a verb in the past tense."""
    before, after = _clause(text, start, end)
    return bool(_PAST_CUE.search(before) or _PAST_CUE.match(after))


def _pick_year_for(published: dt.date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (or month and day) named without one.

    ``tense`` "since" (or "past_only"): the most recent one on or before the publication date;
    "future": the next one on or after it; otherwise the nearest one, a future one counting as
    farther away (1.5 times; 6 times when the clause is in the past tense: news reports the past).
    """
    best_year, best_cost = published.year, float("inf")
    for year in (published.year - 1, published.year, published.year + 1):
        if day is None:
            delta = float((year - published.year) * 12 + month - published.month)
        else:
            date = _safe_date(year, month, day) or _safe_date(year, month, 28)
            assert date is not None
            delta = (date - published).days / 30.4
        if tense == "since" and delta > 0:
            continue
        if tense == "future" and delta < 0:
            continue
        cost = abs(delta) * ((6.0 if tense == "past" else 1.5) if delta > 0 else 1.0)
        if cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


def _tense(text: str, start: int, end: int) -> str:
    if _future(text, start, end):
        return "future"
    return "past" if _past(text, start, end) else ""


def _number(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word in _NUMBERS:
        return _NUMBERS[word]
    try:
        return int(float(word))
    except ValueError:
        pass
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS:
        return _NUMBERS[parts[0]] + _NUMBERS[parts[1]]
    return None


def _shift(published: dt.date, unit: str, amount: int) -> tuple[dt.date, str, TimePrecision]:
    """Move from the publication date by ``amount`` units; the day, its TimeML value and precision."""
    if unit == "day":
        day = published + dt.timedelta(days=amount)
        return day, day.isoformat(), 1
    if unit == "week":
        day = published + dt.timedelta(weeks=amount)
        return day, _week_of(day)[1], 2
    if unit in ("month", "year", "decade", "century"):
        months = amount * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
        y, m = _add_months(published.year, published.month, months)
        day = dt.date(y, m, min(published.day, calendar.monthrange(y, m)[1]))
        if unit == "month":
            return day, f"{y}-{m:02d}", 3
        if unit == "year":
            return day, str(y), 3
        if unit == "decade":
            return day, str(y)[:3], 3
        return day, str(y)[:2], 3
    return published, published.isoformat(), 1


# ---------------------------------------------------------------------------------------------------
# rules: (pattern, on the lowercased text?, handler(match, text, low, published) -> candidate or None)

_Handler = Callable[[re.Match[str], str, str, dt.date | None], _Cand | None]
_RULES: list[tuple[re.Pattern[str], bool, _Handler]] = []


def _rule(pattern: str, lower: bool = True) -> Callable[[_Handler], _Handler]:
    compiled = re.compile(pattern)

    def register(handler: _Handler) -> _Handler:
        _RULES.append((compiled, lower, handler))
        return handler

    return register


def _rel_year(rel: str | None, published: dt.date) -> int | None:
    if not rel:
        return None
    rel = rel.lower()
    if "last" in rel or "previous" in rel:
        return published.year - 1
    if "next" in rel or "following" in rel:
        return published.year + 1
    return published.year


@_rule(r"(?P<y>(?:1[5-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")
def _iso(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
        return None
    day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day(m.start(), m.end(), day, False) if day else None


@_rule(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:1[5-9]|20)\d\d|\d\d)(?![\d/])")
def _numeric(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if m.start() and text[m.start() - 1] in "0123456789/.":
        return None
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day_ = (b, a) if a > 12 else (a, b)  # month first (US style) unless impossible
    day = _safe_date(y, month, day_)
    return _day(m.start(), m.end(), day, False) if day else None


def _calendar_day(
    start: int, end: int, month: int, day_: int, year_text: str | None, rel: str | None, pod: str,
    text: str, low: str, published: dt.date | None,
) -> _Cand | None:  # fmt: skip
    """A month and a day, with or without a year; a weekday just before extends it."""
    if not 1 <= day_ <= 31 or _safe_date(2000, month, day_) is None:
        return None
    weekday = _before(_WD_BEFORE, text, start, 20)
    if weekday:
        start = weekday.start()
    year = int(year_text) if year_text else None
    relative = year is None
    if year is None and published is not None:
        year = _rel_year(rel, published)
        if year is None:
            year = _pick_year_for(published, month, day_, _tense(text, start, end))
            if weekday:  # "Wednesday, January 22": the nearby year whose January 22 is a Wednesday
                wanted = _WEEKDAYS[weekday["wd"].lower().rstrip(".")]
                for candidate in (year, year - 1, year + 1):
                    date = _safe_date(candidate, month, day_)
                    if date and date.weekday() == wanted:
                        year = candidate
                        break
    if year is None:
        return _unresolved(start, end, f"XXXX-{month:02d}-{day_:02d}")
    day = _safe_date(year, month, day_)
    return _day(start, end, day, relative, pod) if day else None


@_rule(
    rf"{_MONTH}(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|[.,]\d))?(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})|"
    rf"{_REL_YEAR})?(?:\s+(?P<pod>morning|afternoon|evening|night))?",
    lower=False,
)
def _month_rule(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    name = m["mon"].lower()
    month = _MONTHS[name]
    start, end = m.start(), m.end()
    if m["d"]:
        return _calendar_day(start, end, month, int(m["d"]), m["y"], m["rely"], m["pod"] or "", text, low,
                             published)  # fmt: skip
    if m["pod"]:
        end = m.end("y") if m["y"] else m.end("rely") if m["rely"] else m.end("mon")
    prefix = _before(_PREP_BEFORE, low, start)
    mod = prefix["mod"] if prefix else None
    if mod:
        start = prefix.start()  # type: ignore[union-attr]
    if m["y"] or m["rely"]:
        if m["y"]:
            return _month(start, end, int(m["y"]), month, False, _part(mod))
        if published is None:
            return _unresolved(start, end, f"XXXX-{month:02d}", 3)
        year = _rel_year(m["rely"], published)
        return _month(start, end, year or published.year, month, True, _part(mod))
    # a month alone: only a full name ("Sept." too), after a preposition or a modifier
    end = _after_month(m)
    if name not in _FULL_LOWER and name != "sept":
        return None
    if not prefix:
        return None
    prep = re.sub(r"\s+", " ", prefix["prep"] or "")
    if month == 5 and prep in ("to", "by", "of", "for", "and", "or", "from", "between", "fiscal", "calendar"):
        return None  # "spoke to May", "a speech by May": a name, not the month
    if prep in ("last", "next", "this"):
        start = prefix.start()
    if published is None:
        return _unresolved(start, end, f"XXXX-{month:02d}", 3)
    if prep == "last":
        year = published.year - (1 if month >= published.month else 0)
    elif prep == "next":
        year = published.year + (1 if month <= published.month else 0)
    elif prep == "this":
        year = published.year
    else:
        year = _pick_year_for(
            published, month, None, "since" if prep == "since" else _tense(text, start, end)
        )
    return _month(start, end, year, month, True, _part(mod))


@_rule(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y>{_YEAR})|{_REL_YEAR})?"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?",
    lower=False,
)
def _day_month(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    start = m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in ".,/"):
        return None
    the = _before(_THE_BEFORE, low, start, 6)
    if the:
        start = the.start()
    end = m.end() if m["y"] or m["rely"] or m["pod"] else _after_month(m)
    return _calendar_day(start, end, _MONTHS[m["mon"].lower()], int(m["d"]), m["y"], m["rely"],
                         m["pod"] or "", text, low, published)  # fmt: skip


@_rule(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:the\s+)?(?P<rel>this|last|next|current|previous|past|coming|"
    r"following)\s+month\b"
)
def _day_of_month(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    the = _before(_THE_BEFORE, low, m.start(), 6)
    start = the.start() if the else m.start()
    if published is None:
        return _unresolved(start, m.end())
    rel = m["rel"]
    delta = -1 if rel in ("last", "previous", "past") else 1 if rel in ("next", "coming", "following") else 0
    y, mo = _add_months(published.year, published.month, delta)
    day = _safe_date(y, mo, int(m["d"]))
    return _day(start, m.end(), day, True) if day else None


@_rule(r"(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s*[a-z0-9])")
def _bare_ordinal_day(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    """ "on the 12th": the 12th of this month if that is past, else of last month."""
    prep = _before(_ON_THE_BEFORE, low, m.start(), 14)
    if not prep or not 1 <= int(m["d"]) <= 31:
        return None
    start = m.start() - 4
    if published is None:
        return _unresolved(start, m.end())
    day_ = int(m["d"])
    y, mo = published.year, published.month
    future = _future(text, start, m.end())
    if day_ > published.day and not future:
        y, mo = _add_months(y, mo, -1)
    elif day_ < published.day and future:
        y, mo = _add_months(y, mo, 1)
    day = _safe_date(y, mo, day_)
    return _day(start, m.end(), day, True) if day else None


@_rule(rf"{_WEEKDAY}(?:'s)?(?:\s+(?P<pod>morning|afternoon|evening|night))?", lower=False)
def _weekday(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    prefix = _before(_WD_REL_BEFORE, low, m.start(), 12)
    rel = prefix["rel"] if prefix else ""
    start = prefix.start() if prefix and rel != "on" else m.start()
    pod = (m["pod"] or "").lower()
    wanted = _WEEKDAYS[m["wd"].lower()]
    if published is None:
        return _unresolved(start, m.end(), f"XXXX-WXX-{wanted + 1}")
    if rel in ("next", "coming"):
        delta = (wanted - published.weekday()) % 7 or 7
    elif rel in ("last", "past", "previous"):
        delta = -((published.weekday() - wanted) % 7 or 7)
    elif rel == "this" or _future(text, start, m.end()):
        delta = (wanted - published.weekday()) % 7
    else:
        delta = -((published.weekday() - wanted) % 7)
    return _day(start, m.end(), published + dt.timedelta(days=delta), True, pod)


@_rule(
    r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|"
    r"this\s+(?:morning|afternoon|evening)|last\s+night|overnight|earlier\s+today|later\s+today)"
    r"(?:'s)?(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
)
def _relative_day(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()):
        return None
    word = re.sub(r"\s+", " ", m["w"])
    pod = m["pod"] or ""
    offset = 0
    if "before yesterday" in word:
        offset = -2
    elif "after tomorrow" in word:
        offset = 2
    elif word in ("yesterday", "last night"):
        offset = -1
    elif word == "tomorrow":
        offset = 1
    if word in ("tonight", "last night", "overnight"):
        pod = pod or "night"
    elif word.startswith("this "):
        pod = word.split()[1]
    if published is None:
        return _unresolved(m.start(), m.end())
    return _day(m.start(), m.end(), published + dt.timedelta(days=offset), True, pod)


@_rule(
    r"(?P<rel>this|last|next|coming|previous|current|past|following|same)\s+(?P<unit>week|weekend|month|year|"
    r"quarter|decade|century|spring|summer|fall|autumn|winter)\b(?!-)"
)
def _relative_unit(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()):
        return None
    prefix = _before(_REL_BEFORE, low, m.start(), 30)
    start = prefix.start() if prefix else m.start()
    mod = prefix["mod"] if prefix else None
    the = bool(prefix and prefix["the"])
    rel, unit = m["rel"], m["unit"]
    part = _part(mod) if mod and mod not in ("earlier", "later") else ""
    if rel in ("following", "same", "previous") and the:
        return None  # anaphoric: "the following week" is anchored on another expression
    if rel == "same":
        return None
    if rel == "past" or (rel == "last" and the):
        # "the past week": a period reaching up to the publication date (TimeML: a duration)
        if unit not in ("week", "month", "year", "decade", "century"):
            return None
        timex = f"P1{_UNIT_TIMEX[unit]}"
        if published is None:
            return _Cand(start, m.end(), None, 1, timex, "duration", relative=True, resolved=False)
        first, _t, precision = _shift(published, unit, -1)
        return _Cand(start, m.end(), first, precision, timex, "duration", published, relative=True)
    if published is None:
        return _unresolved(start, m.end(), precision=2 if unit in ("week", "weekend") else 3)
    delta = -1 if rel in ("last", "previous") else 1 if rel in ("next", "coming", "following") else 0
    # "this week / month / year" contains the publication date: what it reports happened by then
    clamp = delta == 0 and unit in ("week", "month", "year") and not _future(text, start, m.end())
    cand: _Cand
    if unit in ("week", "weekend"):
        cand = _week(start, m.end(), published + dt.timedelta(weeks=delta), True, unit == "weekend")
    elif unit == "month":
        y, mo = _add_months(published.year, published.month, delta)
        cand = _month(start, m.end(), y, mo, True, part)
    elif unit == "year":
        cand = _year(start, m.end(), published.year + delta, True, part)
    elif unit == "quarter":
        q = (published.month - 1) // 3 + 1 + delta
        y = published.year + (q - 1) // 4
        cand = _quarter(start, m.end(), y, (q - 1) % 4 + 1, True)
    elif unit in ("decade", "century"):
        length = 10 if unit == "decade" else 100
        first_year = (published.year // length + delta) * length
        cand = _Cand(start, m.end(), dt.date(first_year + length // 2, 1, 1), 3,
                     str(first_year)[: 3 if unit == "decade" else 2],
                     end_date=dt.date(first_year + length - 1, 12, 31), relative=True)  # fmt: skip
    else:
        code = _SEASONS[unit]
        y = published.year + delta
        if code == "WI" and published.month <= 2:
            y -= 1  # in February, "this winter" began last December
        cand = _season(start, m.end(), y, code, True)
    if clamp and cand.value is not None and cand.value > published:
        cand.value = published
    return cand


def _quarter(start: int, end: int, year: int, q: int, relative: bool) -> _Cand:
    return _Cand(start, end, dt.date(year, 3 * q - 1, 15), 3, f"{year}-Q{q}",
                 end_date=_month_end(year, 3 * q), relative=relative)  # fmt: skip


def _season(start: int, end: int, year: int, code: str, relative: bool) -> _Cand:
    if code == "WI":  # winter Y: December of Y to February of Y+1
        return _Cand(start, end, dt.date(year + 1, 1, 15), 3, f"{year}-WI",
                     end_date=_month_end(year + 1, 2), relative=relative)  # fmt: skip
    middle = _SEASON_MONTH[code]
    return _Cand(start, end, dt.date(year, middle, 15), 3, f"{year}-{code}",
                 end_date=_month_end(year, middle + 1), relative=relative)  # fmt: skip


@_rule(
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+(?P<unit>quarter|half)(?![\w])"
    rf"(?:\s+of\s+(?:the\s+)?(?:(?P<y>{_YEAR})|(?P<rely>this|last|next|current|previous|fiscal)\s+year|"
    rf"(?P<the_year>year)\b)|,?\s+(?P<y2>{_YEAR}))?"
)
def _quarter_rule(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()):
        return None
    word = m["ord"]
    n = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(word) or _ORDINALS[word]
    half = m["unit"] == "half"
    year_text = m["y"] or m["y2"]
    rel = m["rely"] or ""
    if n == -1:
        if not (year_text or rel):
            return None
        n = 2 if half else 4
    if half and n > 2:
        return None
    the = _before(_THE_BEFORE, low, m.start(), 6)
    start = the.start() if the else m.start()
    if year_text:
        year = int(year_text)
    elif published is None:
        return _unresolved(start, m.end(), precision=3)
    elif rel in ("last", "previous"):
        year = published.year - 1
    elif rel == "next":
        year = published.year + 1
    elif rel or m["the_year"]:
        year = published.year
    else:  # "the fourth quarter" in January is last year's; the current or a coming one is this year's
        current = (published.month - 1) // (6 if half else 3) + 1
        year = published.year
        if n > current and not _future(text, start, m.end()):
            year -= 1
    relative = not year_text
    if half:
        return _Cand(start, m.end(), dt.date(year, 6 * n - 3, 15), 3, f"{year}-H{n}",
                     end_date=_month_end(year, 6 * n), relative=relative)  # fmt: skip
    return _quarter(start, m.end(), year, n, relative)


@_rule(rf"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w-])")
def _season_rule(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()):
        return None
    code = _SEASONS[m["s"]]
    prefix = _before(_SEASON_BEFORE, low, m.start(), 20)
    rel = prefix["rel"] if prefix and prefix["rel"] else ""
    det = re.sub(r"\s+", " ", prefix["det"]) if prefix and prefix["det"] else ""
    if not (rel or det or m["y"]):
        return None
    if m["s"] == "fall" and not (rel or det.endswith("the") or m["y"]):
        return None  # "prices fall"
    start = m.start() if det and not det.endswith("the") else prefix.start() if prefix else m.start()
    if det.endswith("the") and det != "the":
        start = m.start() - 4
    if det.endswith("the") and not m["y"] and re.match(r"(?:'s|\s+of\s+(?!\d)|\s+season)", low[m.end() :]):
        return None  # "the fall of the regime", "the summer's heat"
    if m["y"]:
        return _season(start, m.end(), int(m["y"]), code, False)
    if published is None:
        return _unresolved(start, m.end(), precision=3)
    order = ["WI", "SP", "SU", "FA"]
    current = order[(published.month % 12) // 3]
    year = published.year - (1 if code == "WI" and published.month <= 2 else 0)
    if rel in ("last", "past"):
        if order.index(code) >= order.index(current):
            year -= 1
    elif rel in ("next", "coming"):
        if order.index(code) <= order.index(current):
            year += 1
    elif rel != "this" and order.index(code) > order.index(current) and not _future(text, start, m.end()):
        year -= 1  # "in the autumn", told in spring: last autumn
    return _season(start, m.end(), year, code, True)


@_rule(rf"{_UNIT}s?\s+(?P<dir>ago|from\s+now|hence)\b")
def _ago(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    number = _before(_NUM_BEFORE, low, m.start(), 30)
    if not number:
        return None
    start = number.start("n")
    unit = m["unit"].replace("centuries", "century")
    amount = _number(number["n"])
    if amount is None:  # "a few days ago": some time in the past
        return _Cand(start, m.end(), None, 1, "PAST_REF" if m["dir"] == "ago" else "FUTURE_REF",
                     resolved=False)  # fmt: skip
    if published is None:
        return _unresolved(start, m.end())
    if unit in ("hour", "minute", "second"):
        unit, amount = "day", 0
    sign = -1 if m["dir"] == "ago" else 1
    day, timex, precision = _shift(published, unit, sign * amount)
    if precision == 1:
        return _day(start, m.end(), day, True)
    if precision == 2:
        return _week(start, m.end(), day, True)
    if unit == "month":
        return _month(start, m.end(), day.year, day.month, True)
    if unit == "year":
        return _year(start, m.end(), day.year, True)
    return _Cand(start, m.end(), day, 3, timex, relative=True)


@_rule(rf"{_UNIT}s?\b(?![\s-]+old\b|-)")
def _duration(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()):
        return None
    number = _before(_NUM_BEFORE, low, m.start(), 45)
    if not number:
        return None
    n_text = re.sub(r"\s+", " ", number["n"])
    amount = _number(n_text)
    anchor = number["anchor"] or ""
    if amount is None:
        if n_text in ("several", "a few", "few", "a couple", "a couple of", "couple of"):
            amount = 0  # TimeML: "several years" = PXY
        elif not anchor:
            return None
    if n_text in ("a", "an") and not (anchor or number["pre"]):
        return None  # "a day", "once a year": too often a rate or a set phrase
    if n_text in ("many", "some") and not anchor:
        return None
    unit = m["unit"].replace("centuries", "century")
    letter = {"decade": "DE", "century": "CE"}.get(unit) or _UNIT_TIMEX[unit]
    count = "X" if not amount else str(amount * (10 if unit == "decade" else 1))
    if unit == "decade" and amount:
        letter = "Y"
    timex = f"PT{count}{letter}" if unit in ("hour", "minute", "second") else f"P{count}{letter}"
    start = number.start("anchor") if anchor else number.start("n")
    if anchor and ("past" in anchor or "last" in anchor or "previous" in anchor) and amount:
        if published is None:
            return _Cand(start, m.end(), None, 1, timex, "duration", relative=True, resolved=False)
        precision: TimePrecision = 1
        if unit in ("hour", "minute", "second"):
            first = published - dt.timedelta(hours=amount if unit == "hour" else 0)
        else:
            first, _t, precision = _shift(published, unit, -amount)
        return _Cand(start, m.end(), first, precision, timex, "duration", published, relative=True)
    return _Cand(start, m.end(), None, 1, timex, "duration")


_NEWSPAPER = re.compile(
    r"\s+(?:reports?|reported|said|says|quoted|newspaper|paper|cited|citing|wrote|writes)\b"
)
_NAMED_PAPER = re.compile(r"\b(?:[A-Z][\w-]+|a|the|local|state-run|pro-government|independent)\s+$")
_PAPER_NAME_AFTER = re.compile(r"\s*(?:[,.;)]|\s[A-Z]|$)")


@_rule(
    r"(?:every|each|per)\s+(?:(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|other)\s+)?"
    rf"(?P<unit>day|week|month|year|morning|night|evening|weekend|{'|'.join(_WEEKDAYS)})s?\b"
    r"|(?P<adv>daily|weekly|monthly|annually|yearly|nightly)\b"
)
def _set(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()):
        return None
    if m["adv"]:
        named = _NAMED_PAPER.search(text, 0, m.start()) and _PAPER_NAME_AFTER.match(text, m.end())
        if _NEWSPAPER.match(text, m.end()) or named:
            return None  # "a Beirut daily reports", "the weekly Jeune Afrique": a newspaper, not a recurrence
        code = {"daily": "D", "nightly": "D", "weekly": "W", "monthly": "M", "annually": "Y", "yearly": "Y"}
        return _Cand(m.start(), m.end(), None, 1, f"P1{code[m['adv']]}", "set")
    unit = m["unit"]
    if unit in _WEEKDAYS:
        return _Cand(m.start(), m.end(), None, 1, f"XXXX-WXX-{_WEEKDAYS[unit] + 1}", "set")
    if unit in ("morning", "night", "evening"):
        return _Cand(m.start(), m.end(), None, 1, f"TXX{_PART_OF_DAY[unit]}", "set")
    n = 2 if m["n"] == "other" else _number(m["n"]) if m["n"] else 1
    letter = {"weekend": "WE"}.get(unit) or _UNIT_TIMEX[unit]
    return _Cand(m.start(), m.end(), None, 1, f"P{n or 'X'}{letter}", "set")


@_rule(r"(?P<y>1[5-9]\d\d|20\d\d)(?![\w%]|-\d|[.,]\d|\s*%|-year)", lower=False)
def _year_rule(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    start = m.start()
    prefix = _before(_PREP_BEFORE, low, start)
    if start and (text[start - 1].isalnum() or text[start - 1] in "$£€#.,/'"):
        return None
    if start and text[start - 1] == "-" and not (prefix and prefix["mod"]):
        return None
    prep = re.sub(r"\s+", " ", prefix["prep"]) if prefix and prefix["prep"] else ""
    if not (prefix and prefix["mod"]) and prep in ("", "of", "by", "to", "and", "between", "for", "or"):
        # a bare number: is it a count? ("some 2000 troops", "1500 km")
        if _QUANTITY_BEFORE.search(text, max(0, start - 25), start):
            return None
        following = re.match(r"\s+([A-Za-z]+)", text[m.end() : m.end() + 25])
        if following and following.group(1).lower() in _COUNTED:
            return None
    if prefix and (prefix["mod"] or prep in ("fiscal", "calendar", "the year", "year")):
        start = prefix.start()
    return _year(start, m.end(), int(m["y"]), False, _part(prefix["mod"] if prefix else None))


@_rule(
    r"(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s|['’](?P<d2>\d0)['’]?s|(?P<w>twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties))\b"
)
def _decade(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()) and not m["d2"]:
        return None
    prefix = _before(_DECADE_BEFORE, low, m.start(), 20)
    start = prefix.start() if prefix else m.start()
    if m["dec"]:
        first = int(m["dec"])
    else:
        if m["w"] and not (prefix and prefix["the"]):
            return None  # "in his forties" is an age, not a decade
        two = int(m["d2"]) if m["d2"] else _DECADE_WORDS[m["w"]]
        century = 1900
        if published is not None and published.year >= 2000 and two <= published.year % 100:
            century = 2000
        first = century + two
    middle = {"early": 2, "mid": 5, "late": 8}.get(_part(prefix["mod"] if prefix else None), 5)
    return _Cand(start, m.end(), dt.date(first + middle, 1, 1), 3, str(first)[:3],
                 end_date=dt.date(first + 9, 12, 31))  # fmt: skip


@_rule(r"century\b")
def _century(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    prefix = _before(_CENTURY_BEFORE, low, m.start(), 40)
    if not prefix:
        return None
    word = prefix["ord"]
    n = int(word[:-2]) if word[0].isdigit() else _ORDINALS[word]
    first = (n - 1) * 100
    if first <= 0:
        return None
    return _Cand(prefix.start(), m.end(), dt.date(first + 50, 1, 1), 3, f"{n - 1:02d}",
                 end_date=dt.date(first + 99, 12, 31))  # fmt: skip


_REF_WORDS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF", "at this time": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF",
}  # fmt: skip


@_rule(
    r"(?P<w>right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment|"
    r"the\s+present|at\s+this\s+time|recently|recent|lately|the\s+past|previously|formerly|the\s+future|"
    r"future)\b"
)
def _reference(m: re.Match[str], text: str, low: str, published: dt.date | None) -> _Cand | None:
    if not _word_start(low, m.start()):
        return None
    word = re.sub(r"\s+", " ", m["w"])
    timex = _REF_WORDS[word]
    after = low[m.end() : m.end() + 30]
    if word == "future" and not re.search(
        r"\b(?:in|near|distant|foreseeable)\s+$", low[max(0, m.start() - 20) : m.start()]
    ):
        return None  # "future talks": an adjective
    if word == "recent" and not re.match(
        r"\s+(?:days|weeks|months|years|times|decades|history|past)\b", after
    ):
        return None  # "a recent attack": not a temporal expression of its own
    if word == "the past" and re.match(r"\s+(?:\w+\s+)?(?:weeks?|months?|years?|days?|decades?)\b", after):
        return None  # part of "the past two weeks"
    if word == "now" and re.match(r"\s+that\b", after):
        return None  # "now that": a conjunction
    if timex == "PRESENT_REF":
        if published is None:
            return _Cand(m.start(), m.end(), None, 1, timex, relative=True, resolved=False)
        return _Cand(m.start(), m.end(), published, 1, timex, relative=True)
    return _Cand(m.start(), m.end(), None, 1, timex, resolved=False)


# ---------------------------------------------------------------------------------------------------
# assembly

_SINCE_BEFORE = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")
_RANGE_FROM = re.compile(r"(?i)\b(?:from|between)\s+$")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|(?i:to|until|till|through|thru|and))\s*")
_RANGE_TAIL_DAY = re.compile(
    rf"\s*(?:-|–|—|(?i:to|until|till|through|thru|and))\s*(?P<d>{_DAY})(?:st|nd|rd|th)?(?![\w%:]|[.,]\d)"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
)
_RANGE_HEAD_DAY = re.compile(
    rf"(?:(?i:from|between)\s+)?(?:the\s+)?(?<![\d.,])(?P<d>{_DAY})(?:st|nd|rd|th)?\s*(?:-|–|—|(?i:to|until|"
    rf"till|through|and))\s*(?:the\s+)?$"
)


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest of overlapping candidates (earliest first on ties)."""
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if any(cand.start < end and start < cand.end for start, end in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    chosen.sort(key=lambda c: c.start)
    return chosen


_REFS = ("PAST_REF", "FUTURE_REF", "PRESENT_REF")


def _range_start(text: str, cand: _Cand) -> int:
    """Where a range starting with ``cand`` begins: at "from" / "between" when one precedes it."""
    found = _RANGE_FROM.search(text, max(0, cand.start - 40), cand.start)
    return found.start() if found else cand.start


def _link(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "since X", "from X to Y", "January 12-15" and "12-15 January" into one expression."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        cand = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if cand.kind != "date" or cand.timex in _REFS:
            out.append(cand)
            i += 1
            continue
        start = _range_start(text, cand)
        from_before = start < cand.start
        # two expressions joined: "from March 3 to March 5", "between 1990 and 1995"
        if nxt is not None and nxt.kind == "date" and nxt.timex not in _REFS:
            join = _RANGE_JOIN.fullmatch(text, cand.end, nxt.start)
            if join and (from_before or join.group().strip() in ("-", "–", "—", "through", "until", "till")):
                out.append(_Cand(start, nxt.end, cand.value, cand.precision, cand.timex, "range",
                                 nxt.end_date or nxt.value, cand.relative or nxt.relative,
                                 cand.resolved and nxt.resolved))  # fmt: skip
                i += 2
                continue
        if cand.day_level and cand.value is not None:
            # "January 12 to 15", "January 12-15"
            tail = _RANGE_TAIL_DAY.match(text, cand.end)
            stop_day = _safe_date(cand.value.year, cand.value.month, int(tail["d"])) if tail else None
            if (
                tail
                and stop_day is not None
                and stop_day > cand.value
                and (from_before or tail.group().strip()[0] in "-–—")
                and (nxt is None or nxt.start >= tail.end())
            ):
                out.append(_Cand(start, tail.end(), cand.value, 1, cand.timex, "range", stop_day,
                                 cand.relative, cand.resolved))  # fmt: skip
                i += 1
                continue
            # "12-15 January"
            back = _RANGE_HEAD_DAY.search(text, max(0, cand.start - 30), cand.start)
            first = _safe_date(cand.value.year, cand.value.month, int(back["d"])) if back else None
            if back and first is not None and first < cand.value and (not out or out[-1].end <= back.start()):
                out.append(_Cand(back.start(), cand.end, first, 1, first.isoformat(), "range", cand.value,
                                 cand.relative, cand.resolved))  # fmt: skip
                i += 1
                continue
        since = _SINCE_BEFORE.search(text, max(0, cand.start - 20), cand.start)
        if since:
            cand.start = since.start()
            cand.kind = "since"
        out.append(cand)
        i += 1
    return out


def _find(text: str, published: dt.date | None) -> list[_Cand]:
    cands: list[_Cand] = []
    low = text.translate(_ASCII_LOWER)
    for pattern, lower, handler in _RULES:
        for match in pattern.finditer(low if lower else text):
            cand = handler(match, text, low, published)
            if cand is not None and cand.end > cand.start:
                cands.append(cand)
    return _link(text, _select(cands))


def find_times(text: str, published: dt.date | None) -> list[TimeExpression]:
    """Every temporal expression of ``text``, normalised against ``published`` (sorted, no overlaps)."""
    times: list[TimeExpression] = []
    for cand in _find(text, published):
        resolved = cand.resolved and not (cand.relative and published is None)
        times.append(
            TimeExpression(
                span=Span(cand.start, cand.end, text[cand.start : cand.end]),
                value=cand.value if resolved else None,
                precision=cand.precision,
                end=cand.end_date if resolved else None,
                kind=cand.kind,
                resolved=resolved,
                timex=cand.timex,
            )
        )
    return times


def is_relative(time: TimeExpression) -> bool:
    """Whether ``time`` was left unresolved for want of a publication date."""
    return not time.resolved and time.timex not in ("PAST_REF", "FUTURE_REF")


@component("time")
def make_time_component(settings: Settings) -> Component:
    def time_stage(ctx: Context) -> None:
        published = ctx.document.published
        ctx.times = find_times(ctx.document.text, published)
        if published is None:
            unresolved = [t for t in ctx.times if is_relative(t)]
            if unresolved:
                examples = ", ".join(repr(t.span.text) for t in unresolved[:3])
                ctx.warnings.append(
                    f"{len(unresolved)} relative date(s) left unresolved ({examples}): no publication date "
                    "is known for this document"
                )

    return time_stage
