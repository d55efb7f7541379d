"""A cheap English detector: a script check plus counts of very common function words.

eventwatch's extraction is English-only, so ingestion skips other languages with a message rather than
reading nonsense from them. No model is loaded: the decision takes microseconds per document.

How it decides, on the first :data:`SAMPLE_CHARS` characters:

1. Letters mostly outside the Latin script (Arabic, Cyrillic, Han, ...) -> not English, tagged with the
   script as a BCP 47 ``und-Xxxx`` code (e.g. ``und-Arab``).
2. Otherwise the words are counted against small, disjoint lists of function words: English, and
   French, Spanish, German, Italian, Portuguese, Dutch, Indonesian/Malay, Turkish. Words two languages
   share ("a", "in", "de", "en") are in no list.
3. Short texts (headlines, under :data:`SHORT_WORDS` words) get the benefit of the doubt: they are
   rejected only when another language's function words are present and no English one is. Longer
   texts are English when English function words come at a normal rate (news prose has 20-35 % of its
   words in the English list; other languages well under 5 %) and outnumber any other language's; they
   are rejected when another language's outnumber them, or, from :data:`SURE_WORDS` words on, when
   there are too few of either (a list of names under that length is let through).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SAMPLE_CHARS = 20_000  # enough to decide; bounded work on long texts
SHORT_WORDS = 12  # a text with fewer words is a headline: benefit of the doubt
SURE_WORDS = 40  # below this, a text with neither English nor other function words is let through
MIN_ENGLISH_RATE = 0.06  # share of English function words a longer English text has at the least


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = _words(
    "the of and to was were for that with from by this which have has had said been are is at on it as "
    "be their they after would will who not but an its he she his her them than or there when these "
    "those into about over also while could should during against between because did does what where "
    "we our you your being under since near"
)

OTHER: dict[str, frozenset[str]] = {
    "fr": _words(
        "le la les des et est une dans pour qui du au aux sur avec pas été sont ont cette ces il elle "
        "ils leur mais selon depuis après lors entre"
    ),
    "es": _words(
        "el los las del y por con una para fue según más sus como pero está han sobre desde hasta ha "
        "entre también muy"
    ),
    "de": _words(
        "der die und das ist nicht mit den von zu ein eine sich auf wurde dem des im sind wurden nach "
        "bei auch aus einer oder hat"
    ),
    "it": _words("il di che della gli sono è nel alla delle degli dei stato anche questo"),
    "pt": _words("os não uma com do da em foram pelo pela seu sua foi às ao são também"),
    "nl": _words("het een van niet zijn werd ook bij naar deze dat voor heeft"),
    "id": _words("yang dan dengan untuk ini itu dari tidak akan pada oleh telah dalam"),
    "tr": _words("ve bir bu için ile olarak daha çok gibi kadar sonra"),
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

# Unicode name prefixes of letters -> ISO 15924 script codes (the common ones in conflict reporting)
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("LATIN", "Latn"),
    ("ARABIC", "Arab"),
    ("CYRILLIC", "Cyrl"),
    ("HEBREW", "Hebr"),
    ("GREEK", "Grek"),
    ("CJK", "Hani"),
    ("HIRAGANA", "Jpan"),
    ("KATAKANA", "Jpan"),
    ("HANGUL", "Kore"),
    ("DEVANAGARI", "Deva"),
    ("BENGALI", "Beng"),
    ("THAI", "Thai"),
    ("MYANMAR", "Mymr"),
    ("ETHIOPIC", "Ethi"),
    ("ARMENIAN", "Armn"),
    ("GEORGIAN", "Geor"),
    ("TAMIL", "Taml"),
    ("KHMER", "Khmr"),
)


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """What the detector concluded, and why (the reason is shown to the user when a text is skipped)."""

    language: str  # "en", an ISO 639-1 code, "und-Xxxx" (a non-Latin script) or "und"
    english: bool
    reason: str
    words: int = 0
    english_words: int = 0


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    for prefix, code in _SCRIPTS:
        if name.startswith(prefix):
            return code
    return "Zyyy"


def script_counts(text: str) -> dict[str, int]:
    """Letters per script (ASCII letters counted without a Unicode name look-up)."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isascii():
            if char.isalpha():
                counts["Latn"] = counts.get("Latn", 0) + 1
        elif char.isalpha():
            code = _script(char)
            counts[code] = counts.get(code, 0) + 1
    return counts


def detect_language(text: str) -> LanguageGuess:
    """Guess whether ``text`` is English (see the module docstring for the rules)."""
    sample = text[:SAMPLE_CHARS]
    scripts = script_counts(sample)
    letters = sum(scripts.values())
    if letters == 0:
        return LanguageGuess("und", False, "no letters: nothing to read")
    latin = scripts.get("Latn", 0)
    if latin < 0.5 * letters:
        main = max(scripts.items(), key=lambda kv: kv[1])[0]
        share = scripts[main] / letters
        return LanguageGuess(
            f"und-{main}", False, f"mostly non-Latin script ({main}, {share:.0%} of letters); not English"
        )
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sample)]
    n = len(words)
    en = sum(1 for w in words if w in ENGLISH)
    other = {code: sum(1 for w in words if w in vocab) for code, vocab in OTHER.items()}
    best, best_n = max(other.items(), key=lambda kv: kv[1])
    if n < SHORT_WORDS:
        if en == 0 and best_n >= 2:
            return LanguageGuess(
                best, False, f"short text with {best} function words and no English ones", n, en
            )
        return LanguageGuess("en", True, "short text; no sign of another language", n, en)
    rate = en / n
    if rate >= MIN_ENGLISH_RATE and en >= best_n:
        return LanguageGuess("en", True, f"{rate:.0%} English function words", n, en)
    if best_n > en and best_n >= 2:
        return LanguageGuess(
            best,
            False,
            f"looks like {best} ({best_n} of {n} words are {best} function words, {en} English)",
            n,
            en,
        )
    if n < SURE_WORDS:
        return LanguageGuess("en", True, "too short to tell; no sign of another language", n, en)
    return LanguageGuess(
        "und", False, f"too few English function words ({en} of {n}); not recognisably English", n, en
    )


def is_english(text: str) -> bool:
    return detect_language(text).english
