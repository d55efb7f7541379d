"""The first-character dispatch of long alternations (extract.alternation) finds what the plain alternation finds."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from eventwatch.extract import lexicon
from eventwatch.extract.alternation import _parser, first_char_dispatch, first_chars, grouped_alternation


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


def _texts() -> list[str]:
    """The bundled sample reports and the wire-style training snippets (remote violence, with many weapons)."""
    root = resources.files("eventwatch.data")
    lines = root.joinpath("samples/samples.jsonl").read_text("utf-8").splitlines()
    for name in ("typer_examples_wire_b.jsonl", "typer_examples_wire_c.jsonl"):
        lines += root.joinpath(f"training/{name}").read_text("utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    assert len(texts) > 600
    return texts


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
    texts = _texts()
    found = 0
    for text in texts:
        expected = _starts(plain, text)
        assert _starts(lexicon.CANDIDATE_RE, text) == expected, text[:80]
        found += bool(expected)
    assert found > 100  # the comparison saw many texts with a candidate word


def test_weapon_pattern_finds_what_the_plain_alternation_finds() -> None:
    from eventwatch.extract import spot

    plain = re.compile(
        spot._WEAPON_RE.pattern.split("(?P<w>")[0]
        + "(?P<w>"
        + "|".join(re.escape(w) for w in sorted(lexicon.WEAPONS, key=len, reverse=True))
        + r")(?:s|es)?\b",
        re.IGNORECASE,
    )
    assert plain.pattern != spot._WEAPON_RE.pattern
    found = 0
    for text in _texts():
        expected = [(m.span(), m.group("count"), m.group("w")) for m in plain.finditer(text)]
        assert [
            (m.span(), m.group("count"), m.group("w")) for m in spot._WEAPON_RE.finditer(text)
        ] == expected
        found += len(expected)
    assert found > 100


def test_leader_patterns_find_what_the_plain_alternation_finds() -> None:
    from eventwatch.extract.actors import registry

    reg = registry()
    lead = "|".join(re.escape(x) for x in sorted(reg._leaders, key=len, reverse=True))
    grouped = grouped_alternation([re.escape(x) for x in sorted(reg._leaders, key=len, reverse=True)], re.I)
    texts = [*_texts(), "Forces loyal to KHALIFA HAFTAR and Haftar's forces", "the Wagner group's fighters"]
    for rx in (reg._re_poss, reg._re_forces_of):
        assert grouped in rx.pattern
        plain = re.compile(rx.pattern.replace(grouped, lead), rx.flags)
        for text in texts:
            expected = [(m.span(), m.group("leader")) for m in plain.finditer(text)]
            assert [(m.span(), m.group("leader")) for m in rx.finditer(text)] == expected, text[:80]
    assert reg._re_poss.search("Haftar's forces shelled the airport")
