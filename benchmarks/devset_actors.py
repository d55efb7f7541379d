"""Who did what to whom, on snippets we wrote ourselves: the actors' ACLED interaction codes (a development set).

Each JSONL row is ``{"text": ..., "label": <ACLED sub-event type>, "inter1": N, "inter2": N, "country": "XX"}``
(inter codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
7 civilians, 8 external forces, 0 none). The pipeline reads each text; its event of the labelled type (else its
first event told as news) is scored on actor 1's code, actor 2's code, both, and the country.

    python benchmarks/devset_actors.py benchmarks/devset/s20_actors_*.jsonl

Prints the figures by event type family and writes the misread snippets to a JSON file to read. Rules are
developed on these snippets, never on a benchmark sentence; see benchmarks/devset/README.md for how they were made.
"""

from __future__ import annotations

import sys
from collections import Counter

from devset_io import labelled_events, parser, read_rows, write_errors

from eventwatch.extract.actors import country_name
from eventwatch.extract.taxonomy import SUB_EVENT_TYPES


def main() -> int:
    args = parser(
        __doc__.splitlines()[0],
        "JSONL files with text, label, inter1, inter2, country",
        "eventwatch-devset-actor-errors.json",
        "misread snippets",
    ).parse_args()

    rows = read_rows(args.files)
    totals: Counter[str] = Counter()
    by_family: dict[str, Counter[str]] = {}
    errors = []
    for row, _news, event in labelled_events(rows):
        got = (event.inter1, event.inter2) if event is not None else (0, 0)
        family = SUB_EVENT_TYPES.get(row["label"], ("?",))[0]
        counts = by_family.setdefault(family, Counter())
        marks = {
            "n": True,
            "event": event is not None,
            "typed": event is not None and event.sub_event_type == row["label"],
            "inter1": got[0] == row["inter1"],
            "inter2": got[1] == row["inter2"],
            "both": got == (row["inter1"], row["inter2"]),
            "country": event is not None and event.country == country_name(row.get("country", "")),
        }
        for key, ok in marks.items():
            totals[key] += ok
            counts[key] += ok
        if not marks["both"]:
            errors.append(
                {
                    "text": row["text"],
                    "label": row["label"],
                    "gold": [row["inter1"], row["inter2"]],
                    "got": list(got),
                    "type": event.sub_event_type if event else "",
                    "actors": [event.actor1, event.actor2] if event else [],
                }
            )

    def line(name: str, c: Counter[str]) -> str:
        n = max(1, c["n"])
        return (
            f"{name[:28]:28s} n={c['n']:4d}  typed {c['typed'] / n:.3f}  inter1 {c['inter1'] / n:.3f}  "
            f"inter2 {c['inter2'] / n:.3f}  both {c['both'] / n:.3f}  country {c['country'] / n:.3f}"
        )

    for family in sorted(by_family):
        print(line(family, by_family[family]))
    print(line("all", totals))
    write_errors(args.errors, errors, "misread snippets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
