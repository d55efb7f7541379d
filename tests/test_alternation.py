"""The first-character dispatch of long alternations (extract.alternation) finds what the plain alternation finds."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from eventwatch.extract import lexicon
from eventwatch.extract.alternation import _parser, first_char_dispatch, first_chars


def _first(pattern: str) -> tuple[set[str] | None, bool]:
    return first_chars(_parser.parse(pattern, 0))


@pytest.mark.parametrize(
    ("pattern", "chars", "nullable"),
    [
        ("shell", {"s"}, False),
        (r"(?:a|the)\s+march", {"a", "t"}, False),
        (r"(?:re)?took", {"r", "t"}, False),  # an optional prefix: either letter may start it
        (r"\bcheck ?posts?", {"c"}, False),  # a boundary consumes nothing
        (r"(?=x)xy|z", {"x", "z"}, False),
        (r"[a-c]+d", {"a", "b", "c"}, False),
        (r"\w+-day", None, False),  # any word character: tried everywhere
        (r"x?", {"x"}, True),
    ],
)
def test_first_chars(pattern: str, chars: set[str] | None, nullable: bool) -> None:
    assert _first(pattern) == (chars, nullable)


def _starts(rx: re.Pattern[str], text: str) -> list[int]:
    """Every position where a match starts (whichever alternative matches there)."""
    out, pos = [], 0
    while pos <= len(text) and (m := rx.search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def test_dispatch_matches_where_the_plain_alternation_does() -> None:
    alternatives = [r"(?:re)?took\b", r"\w+-day strikes?", r"march(?:ed)?", "x?", r"(?:a|the)\s+rally"]
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + ")", re.I)
    fast = first_char_dispatch(alternatives, re.I)
    texts = ["They Retook it.", "a three-day strike", "MARCHED on", "no match here", "The  rally", "rallied"]
    for text in texts:
        assert _starts(plain, text) == _starts(fast, text), text


def test_candidate_filter_is_the_plain_alternation_of_its_patterns() -> None:
    plain = re.compile(r"\b(?:" + "|".join(lexicon._CANDIDATE_ALTERNATIVES) + ")", re.I)
    root = resources.files("eventwatch.data")
    texts = [
        json.loads(line)["text"]
        for line in root.joinpath("samples/samples.jsonl").read_text("utf-8").splitlines()
    ]
    for line in root.joinpath("training/typer_examples_wire_c.jsonl").read_text("utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    assert len(texts) > 300
    found = 0
    for text in texts:
        expected = _starts(plain, text)
        assert _starts(lexicon.CANDIDATE_RE, text) == expected, text[:80]
        found += bool(expected)
    assert found > 100  # the comparison saw many texts with a candidate word
