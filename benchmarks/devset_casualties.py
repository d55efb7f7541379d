"""How many died, were hurt or turned out, on snippets we wrote ourselves: casualty and crowd counts (a development set).

Each JSONL row is ``{"text": ..., "label": <ACLED sub-event type>, "fatalities": N, "injured": N or null,
"crowd_size": N or null}``, the figures coded by ACLED's conservative rule for the one incident the text tells
(null: the text gives no figure). The pipeline reads each text and is scored on:

- ``fatalities``: the deaths of all its events told as news, added up, equal to the gold figure (an incident
  split into two events that both carry its toll counts twice, as it would in an analyst's table);
- ``fatal. main``: the deaths of its event of the labelled type (else its first event told as news);
- ``injured`` and ``crowd``: the same sum, on the rows whose gold figure is given (no figure read counts as 0).

    python benchmarks/devset_casualties.py benchmarks/devset/s21_casualties_*.jsonl

Prints the figures by event type family and writes the misread snippets to a JSON file to read. Rules are
developed on these snippets, never on a benchmark sentence; see benchmarks/devset/README.md for how they were made.
"""

from __future__ import annotations

import sys
from collections import Counter

from devset_io import labelled_events, parser, read_rows, write_errors

from eventwatch.extract.taxonomy import SUB_EVENT_TYPES


def main() -> int:
    args = parser(
        __doc__.splitlines()[0],
        "JSONL files with text, label, fatalities, injured, crowd_size",
        "eventwatch-devset-casualty-errors.json",
        "misread snippets",
    ).parse_args()

    rows = read_rows(args.files)
    totals: Counter[str] = Counter()
    by_family: dict[str, Counter[str]] = {}
    errors = []
    for row, news, event in labelled_events(rows):
        got = {
            "fatalities": sum(e.fatalities for e in news),
            "main": event.fatalities if event is not None else 0,
            "injured": sum(e.injured or 0 for e in news),
            "crowd": max((e.crowd_size or 0 for e in news), default=0),
        }
        gold = {
            "fatalities": row["fatalities"],
            "main": row["fatalities"],
            "injured": row.get("injured"),
            "crowd": row.get("crowd_size"),
        }
        family = SUB_EVENT_TYPES.get(row["label"], ("?",))[0]
        counts = by_family.setdefault(family, Counter())
        for key, want in gold.items():
            if want is None:
                continue
            for c in (totals, counts):
                c[key + "_n"] += 1
                c[key] += got[key] == want
                c[key + "_over"] += got[key] > want
        if any(want is not None and got[key] != want for key, want in gold.items()):
            errors.append(
                {
                    "text": row["text"],
                    "label": row["label"],
                    "gold": gold,
                    "got": got,
                    "events": [[e.sub_event_type, e.fatalities, e.injured, e.crowd_size] for e in news],
                }
            )

    def line(name: str, c: Counter[str]) -> str:
        parts = [f"{name[:28]:28s}"]
        for key, title in (
            ("fatalities", "fatal."),
            ("main", "fatal. main"),
            ("injured", "injured"),
            ("crowd", "crowd"),
        ):
            n = c[key + "_n"]
            if n:
                parts.append(f"{title} {c[key] / n:.3f} (n={n}, over {c[key + '_over']})")
        return "  ".join(parts)

    for family in sorted(by_family):
        print(line(family, by_family[family]))
    print(line("all", totals))
    write_errors(args.errors, errors, "misread snippets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
