"""Reading reports from files, directories and stdin into :class:`~eventwatch.records.Document` objects.

Every input gives either a ``Document`` or an :class:`InputError` saying why it was refused; one bad
input never stops the others. The rules, in one place:

Inputs
    A path is a file or a directory (walked recursively, in sorted order, hidden entries skipped; only
    the suffixes below are read from a directory). ``-`` is stdin: JSONL when its first non-blank line
    is a JSON object, HTML when it starts like an HTML page, plain text otherwise.

Formats (by suffix; a named file with another suffix is sniffed like stdin)
    ``.txt .text .md .markdown`` plain text, one document.
    ``.html .htm .xhtml`` the main text through trafilatura, with its date (-> ``published``), title, URL
    and site name (-> ``source``) where the page has them.
    ``.jsonl .ndjson`` one JSON object a line: ``{"id", "text", "published", "source", "url", "title",
    "language"}``; only ``text`` is required. Blank lines are skipped; a bad line is an error naming its
    line number, and the other lines are read.
    ``.json`` one such object, or a list of them.

Document ids (stable across reruns)
    A JSON record's own ``id`` where it has one; otherwise ``<file stem>-<first 10 hex digits of the
    SHA-256 of the text>`` (``stdin-...`` for stdin). The same text always gets the same id, and two
    files with the same name in different folders do not collide.

Publication date
    The document's own date (the JSON ``published`` field, the HTML page's date) first; then the
    ``published`` argument (``--published``); otherwise None. Never today's date: the pipeline flags
    relative dates it cannot resolve.

Encodings
    UTF-8 (a BOM is dropped; UTF-16 with a BOM is read too). Bytes that are not UTF-8 are read as
    Windows-1252 (or Latin-1 where Windows-1252 leaves a byte undefined), with a warning, since that is
    what legacy Western text almost always is. Line ends are normalised to ``\\n``.

Refused, each with an :class:`InputError`
    missing or unreadable paths; empty files; binary files (NUL bytes, or over 2 % control
    characters); texts over ``max_chars`` characters (checked from the file size before reading, so a
    20 MB file costs nothing); HTML without any main text; malformed JSON lines; texts that are not
    English (:mod:`eventwatch.ingest.language`); a JSON id reused for a different text in one run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TextIO

from eventwatch.ingest.language import detect_language
from eventwatch.records import Document

log = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 2_000_000
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
HTML_OVERHEAD = 5  # an HTML page may hold up to this many times max_chars in markup
MAX_CONTROL_SHARE = 0.02
STDIN = "-"

Warn = Callable[[str, str], None]


@dataclass(eq=False)
class InputError(Exception):
    """An input that could not be read as a document: where it came from and why (shown as
    ``source: reason``)."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        super().__init__(self.source, self.reason)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class _Refused(Exception):
    """Internal: a reason to refuse the current input (turned into an :class:`InputError`)."""


@dataclass(slots=True)
class _Options:
    published: dt.date | None
    max_chars: int
    check_language: bool
    warn: Warn
    seen_ids: dict[str, str]


def _log_warning(source: str, message: str) -> None:
    log.warning("%s: %s", source, message)


# ----------------------------------------------------------------------------------------------- public


def read_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    check_language: bool = True,
    warn: Warn | None = None,
) -> Iterator[Document | InputError]:
    """Every document in ``paths`` (files, directories, ``-`` for stdin), or the error for each bad one.

    ``warn(source, message)`` receives what was read but deserves a word (a non-UTF-8 file read as
    Windows-1252, files skipped in a directory); by default it goes to the ``logging`` module.
    """
    for _origin, item in read_sources(
        paths,
        published=published,
        stdin=stdin,
        max_chars=max_chars,
        check_language=check_language,
        warn=warn,
    ):
        yield item


def read_sources(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    stdin: TextIO | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    check_language: bool = True,
    warn: Warn | None = None,
) -> Iterator[tuple[str, Document | InputError]]:
    """As :func:`read_inputs`, each item paired with where it came from (``path`` or ``path:line``)."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    opts = _Options(published, max_chars, check_language, warn or _log_warning, {})
    for raw in paths:
        if raw == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, opts)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_dir(path, opts)
        elif path.exists():
            yield from _read_file(path, opts, named=True)
        else:
            yield raw, InputError(raw, "no such file or directory")


def document_id(stem: str, text: str) -> str:
    """The id of a document that names none: ``<slug of stem>-<10 hex digits of the text's SHA-256>``."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower()[:40] or "doc"
    return f"{slug}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: ``(text, warning or None)``; raises ``ValueError`` for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _normalise(data.decode("utf-16")), None
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"starts with a UTF-16 byte-order mark but is not UTF-16 ({exc.reason})"
            ) from None
    if b"\x00" in data:
        raise ValueError("binary file (it holds NUL bytes), not text")
    warning = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text, encoding = _legacy_decode(data)
        warning = f"not valid UTF-8 (first bad byte at offset {exc.start}); read as {encoding}"
    _check_textual(text)
    return _normalise(text), warning


def _legacy_decode(data: bytes) -> tuple[str, str]:
    """Bytes that are not UTF-8: Windows-1252 where it defines every byte, else Latin-1."""
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "Latin-1"


# ----------------------------------------------------------------------------------------------- sources


def _read_dir(root: Path, opts: _Options) -> Iterator[tuple[str, Document | InputError]]:
    ignored = 0
    found = 0
    for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if path.suffix.lower() not in KNOWN_SUFFIXES:
                ignored += 1
                continue
            found += 1
            yield from _read_file(path, opts, named=False)
    if ignored:
        opts.warn(
            str(root),
            f"{ignored} file(s) with other suffixes skipped (read: {', '.join(sorted(KNOWN_SUFFIXES))})",
        )
    if not found:
        yield str(root), InputError(str(root), "no readable files in this directory")


def _read_file(path: Path, opts: _Options, *, named: bool) -> Iterator[tuple[str, Document | InputError]]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, opts)
        return
    limit = _byte_limit(suffix, opts.max_chars)
    try:
        size = path.stat().st_size
        if size > limit:
            raise _Refused(_too_long(f"{size:,} bytes", opts.max_chars))
        if size == 0:
            raise _Refused("empty file")
        data = path.read_bytes()
    except _Refused as exc:
        yield source, InputError(source, str(exc))
        return
    except OSError as exc:
        yield source, InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    try:
        text, warning = decode_bytes(data)
    except ValueError as exc:
        yield source, InputError(source, str(exc))
        return
    if warning:
        opts.warn(source, warning)
    kind = (
        "html"
        if suffix in HTML_SUFFIXES
        else "json"
        if suffix in JSON_SUFFIXES
        else "text"
        if suffix in TEXT_SUFFIXES or not named
        else _sniff(text)
    )
    if kind == "json":
        yield from _read_json_text(text, source, path.stem, opts)
    elif kind == "jsonl":
        yield from _read_jsonl_lines(
            _text_lines(io.StringIO(text), _line_limit(opts)), source, path.stem, opts
        )
    elif kind == "html":
        yield source, _html_document(text, source, path.stem, path.name, opts)
    else:
        yield source, _text_document(text, source, path.stem, path.name, opts)


def _read_stdin(stream: TextIO, opts: _Options) -> Iterator[tuple[str, Document | InputError]]:
    source = "<stdin>"
    first_lines: list[str] = []
    line_no = 0
    # look at the first non-blank line to choose JSONL or text
    while True:
        line = stream.readline()
        if not line:
            break
        line_no += 1
        first_lines.append(line)
        if line.strip():
            break
    head = "".join(first_lines)
    if head.strip() and _is_json_object(head.strip()):
        rest = _Chain(first_lines, stream)
        yield from _read_jsonl_lines(_text_lines(rest, _line_limit(opts)), source, "stdin", opts)
        return
    budget = opts.max_chars * HTML_OVERHEAD + 1
    tail = stream.read(budget - len(head)) if len(head) < budget else ""
    text = head + tail
    if len(text) >= budget or (len(text) > opts.max_chars and not _looks_html(text)):
        yield (
            source,
            InputError(source, _too_long("more than " + f"{opts.max_chars:,} characters", opts.max_chars)),
        )
        return
    text = _normalise(text)
    try:
        _check_textual(text)
    except ValueError as exc:
        yield source, InputError(source, str(exc))
        return
    if _looks_html(text):
        yield source, _html_document(text, source, "stdin", "stdin", opts)
    else:
        yield source, _text_document(text, source, "stdin", "stdin", opts)


class _Chain:
    """Lines already read, then the rest of a stream (``readline`` only)."""

    def __init__(self, lines: list[str], stream: TextIO) -> None:
        self._lines = list(lines)
        self._stream = stream

    def readline(self, size: int = -1, /) -> str:
        if self._lines:
            return self._lines.pop(0)
        return self._stream.readline(size)


# ----------------------------------------------------------------------------------------------- formats


def _text_document(text: str, source: str, stem: str, name: str, opts: _Options) -> Document | InputError:
    try:
        body = _checked_text(text, opts)
    except _Refused as exc:
        return InputError(source, str(exc))
    return _identified(
        Document(
            id=document_id(stem, body),
            text=body,
            published=opts.published,
            source=name,
            title=_headline(body),
        ),
        source,
        opts,
    )


def _html_document(html: str, source: str, stem: str, name: str, opts: _Options) -> Document | InputError:
    if len(html) > opts.max_chars * HTML_OVERHEAD:
        return InputError(source, _too_long(f"{len(html):,} characters of HTML", opts.max_chars))
    import trafilatura  # heavy: only when there is HTML to read

    try:
        found = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken markup
        return InputError(source, f"malformed HTML: {type(exc).__name__}: {exc}")
    if found is None:
        return InputError(source, "malformed or empty HTML: no main text found")
    meta: dict[str, Any] = found if isinstance(found, dict) else found.as_dict()
    raw = str(meta.get("text") or "")
    # trafilatura puts one paragraph a line; a blank line keeps headings out of the next sentence
    text = re.sub(r"\n+", "\n\n", raw)
    try:
        body = _checked_text(text, opts)
    except _Refused as exc:
        return InputError(source, str(exc))
    published = _parse_date(meta.get("date")) or opts.published
    return _identified(
        Document(
            id=document_id(stem, body),
            text=body,
            published=published,
            source=str(meta.get("sitename") or meta.get("hostname") or name),
            url=str(meta.get("url") or ""),
            title=str(meta.get("title") or ""),
        ),
        source,
        opts,
    )


def _read_jsonl_file(path: Path, opts: _Options) -> Iterator[tuple[str, Document | InputError]]:
    source = str(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield source, InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with raw:
        head = raw.read(8192)
        raw.seek(0)
        if not head:
            yield source, InputError(source, "empty file")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield source, InputError(source, "UTF-16 JSON lines are not supported; convert the file to UTF-8")
            return
        if b"\x00" in head:
            yield source, InputError(source, "binary file (it holds NUL bytes), not JSON lines")
            return
        lines = _byte_lines(raw, _line_limit(opts), source, opts.warn)
        yield from _read_jsonl_lines(lines, source, path.stem, opts)


class _Lines(Protocol):
    def readline(self, size: int = -1, /) -> str: ...


def _line_limit(opts: _Options) -> int:
    return opts.max_chars * 6 + 65_536  # JSON escapes may take 6 characters per character


def _text_lines(stream: _Lines, limit: int) -> Iterator[tuple[int, str | None]]:
    """Numbered lines of a text stream; None for a line over ``limit`` (skipped without holding it)."""
    n = 0
    while True:
        line = stream.readline(limit)
        if not line:
            return
        n += 1
        if not line.endswith("\n") and len(line) >= limit:
            while True:
                more = stream.readline(limit)
                if not more or more.endswith("\n"):
                    break
            yield n, None
        else:
            yield n, line


def _byte_lines(raw: BinaryIO, limit: int, source: str, warn: Warn) -> Iterator[tuple[int, str | None]]:
    """As :func:`_text_lines` over bytes, decoding each line alone (so one bad byte costs one warning)."""
    n = 0
    while True:
        data = raw.readline(limit)
        if not data:
            return
        n += 1
        if n == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if not data.endswith(b"\n") and len(data) >= limit:
            while True:
                more = raw.readline(limit)
                if not more or more.endswith(b"\n"):
                    break
            yield n, None
            continue
        try:
            yield n, data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text, encoding = _legacy_decode(data)
            warn(source, f"line {n}: not valid UTF-8 (byte {exc.start + 1} of the line); read as {encoding}")
            yield n, text


def _read_jsonl_lines(
    lines: Iterator[tuple[int, str | None]], source: str, stem: str, opts: _Options
) -> Iterator[tuple[str, Document | InputError]]:
    documents = 0
    errors = 0
    for line_no, line in lines:
        where = f"{source}:{line_no}"
        if line is None:
            errors += 1
            yield (
                where,
                InputError(source, f"line {line_no}: {_too_long('an over-long line', opts.max_chars)}"),
            )
            continue
        stripped = line.strip()
        if not stripped:
            continue
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            errors += 1
            yield (
                where,
                InputError(source, f"line {line_no}: malformed JSON ({exc.msg} at column {exc.colno})"),
            )
            continue
        documents += 1
        yield where, _record_document(obj, source, f"line {line_no}", stem, opts)
    if documents == 0 and errors == 0:
        yield source, InputError(source, "empty input: no JSON lines")


def _read_json_text(
    text: str, source: str, stem: str, opts: _Options
) -> Iterator[tuple[str, Document | InputError]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield (
            source,
            InputError(source, f"malformed JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"),
        )
        return
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        data = data["documents"]
    if isinstance(data, dict):
        yield source, _record_document(data, source, "", stem, opts)
    elif isinstance(data, list):
        if not data:
            yield source, InputError(source, "an empty list: no documents")
        for i, item in enumerate(data, 1):
            yield f"{source}:{i}", _record_document(item, source, f"item {i}", stem, opts)
    else:
        yield source, InputError(source, "JSON is neither a document object nor a list of them")


def _record_document(obj: Any, source: str, where: str, stem: str, opts: _Options) -> Document | InputError:
    prefix = f"{where}: " if where else ""
    if not isinstance(obj, dict):
        return InputError(source, f"{prefix}not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        return InputError(source, f'{prefix}no "text" field (a string)')
    language = obj.get("language")
    if isinstance(language, str) and language and not language.lower().startswith("en"):
        return InputError(source, f"{prefix}language {language!r}: only English is read; skipped")
    published = opts.published
    if obj.get("published") not in (None, ""):
        published = _parse_date(obj["published"])
        if published is None:
            return InputError(source, f"{prefix}published {obj['published']!r} is not a YYYY-MM-DD date")
    try:
        body = _checked_text(
            _normalise(text), opts, skip_language=isinstance(language, str) and bool(language)
        )
    except _Refused as exc:
        return InputError(source, f"{prefix}{exc}")
    raw_id = obj.get("id")
    if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        doc_id = str(raw_id).strip()
        if len(doc_id) > 200:
            return InputError(source, f"{prefix}id longer than 200 characters")
    else:
        doc_id = document_id(stem, body)
    return _identified(
        Document(
            id=doc_id,
            text=body,
            published=published,
            source=_field(obj, "source"),
            url=_field(obj, "url"),
            title=_field(obj, "title"),
        ),
        source,
        opts,
        prefix,
    )


# ----------------------------------------------------------------------------------------------- checks


def _checked_text(text: str, opts: _Options, *, skip_language: bool = False) -> str:
    body = text.strip()
    if not body:
        raise _Refused("empty text")
    if len(body) > opts.max_chars:
        raise _Refused(_too_long(f"{len(body):,} characters", opts.max_chars))
    if opts.check_language and not skip_language:
        guess = detect_language(body)
        if not guess.english:
            raise _Refused(f"not English ({guess.reason}); skipped")
    return body


def _identified(doc: Document, source: str, opts: _Options, prefix: str = "") -> Document | InputError:
    digest = doc.content_hash
    earlier = opts.seen_ids.setdefault(doc.id, digest)
    if earlier != digest:
        return InputError(
            source, f"{prefix}id {doc.id!r} was already used for a different text in this batch"
        )
    return doc


def _check_textual(text: str) -> None:
    sample = text[:65_536]
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise ValueError(f"binary file ({controls / len(sample):.0%} control characters), not text")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _too_long(what: str, max_chars: int) -> str:
    return f"too long: {what}, over the limit of {max_chars:,} characters (raise it with --max-chars)"


def _byte_limit(suffix: str, max_chars: int) -> int:
    per_char = 4  # UTF-8 takes at most 4 bytes a character
    if suffix in HTML_SUFFIXES:
        return max_chars * HTML_OVERHEAD * per_char
    if suffix in JSON_SUFFIXES:
        return max(max_chars * 6 * per_char, 64 * 2**20)
    return max_chars * per_char


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _headline(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    if "\n" in text and 0 < len(first) <= 150 and not first.endswith((".", "!", "?", ":", ";", ",")):
        return first
    return ""


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _field(obj: dict[str, Any], name: str) -> str:
    value = obj.get(name)
    return "" if value is None else str(value).strip()


def _is_json_object(line: str) -> bool:
    if not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _looks_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<") and ("<html" in head or "<!doctype html" in head or "<body" in head)


def _sniff(text: str) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if _is_json_object(first):
        return "jsonl"
    if _looks_html(text):
        return "html"
    return "text"
