"""Input: reports from files, directories, stdin and the bundled samples, as :class:`Document` objects.

See :mod:`eventwatch.ingest.readers` for the formats and rules (ids, dates, encodings, limits) and
:mod:`eventwatch.ingest.language` for the English check.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from eventwatch.ingest.language import LanguageGuess, detect_language, is_english
from eventwatch.ingest.readers import (
    DEFAULT_MAX_CHARS,
    InputError,
    decode_bytes,
    document_id,
    read_inputs,
    read_sources,
)

__all__ = [
    "DEFAULT_MAX_CHARS",
    "InputError",
    "LanguageGuess",
    "decode_bytes",
    "detect_language",
    "document_id",
    "is_english",
    "read_inputs",
    "read_sources",
    "sample_paths",
    "samples_dir",
]


def samples_dir() -> Path:
    """The folder of the bundled sample reports (``eventwatch/data/samples``)."""
    return Path(str(resources.files("eventwatch") / "data" / "samples"))


def sample_paths() -> list[Path]:
    """The bundled sample batches (JSONL), for ``eventwatch ingest --samples``, demos and tests."""
    folder = samples_dir()
    return sorted(p for p in folder.iterdir() if p.suffix == ".jsonl") if folder.is_dir() else []
