"""What the development-set scorers share: their command line, reading the JSONL rows, writing the misread ones.

Each scorer (``devset_confusions.py``, ``devset_actors.py``, ``devset_cameo.py``, ``devset_casualties.py``) reads
snippets of ours, one JSON object a line, and writes the ones it got wrong to a JSON file to read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def parser(
    description: str, files_help: str, errors_name: str, errors_what: str, *, files_needed: bool = True
) -> argparse.ArgumentParser:
    """The scorers' command line: the JSONL files and ``--errors`` (a file in the temporary folder by default)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("files", nargs="+" if files_needed else "*", help=files_help)
    p.add_argument(
        "--errors",
        default=str(Path(tempfile.gettempdir()) / errors_name),
        help=f"where to write the {errors_what} (default: %(default)s)",
    )
    return p


def read_rows(files: list[str] | list[Path]) -> list[dict[str, Any]]:
    """Every JSON object of the files, in order (blank lines skipped)."""
    return [
        json.loads(line)
        for f in files
        for line in Path(f).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def write_errors(path: str, errors: Any, what: str) -> None:
    """Write the misread rows as JSON and say where on stderr."""
    Path(path).write_text(json.dumps(errors, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{what}: {path}", file=sys.stderr)


def labelled_events(rows: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], list[Any], Any]]:
    """Run the pipeline over each row's text: (row, the events told as news, the one of the row's labelled type,
    else the first told as news, else None)."""
    from eventwatch.pipeline import Pipeline, Settings
    from eventwatch.records import Document

    pipeline = Pipeline(Settings())
    for i, row in enumerate(rows):
        result = pipeline(Document(id=f"d{i}", text=row["text"]))
        news = [e for e in result.events if not e.is_background]
        event = next((e for e in news if e.sub_event_type == row["label"]), news[0] if news else None)
        yield row, news, event
