"""Every kind of bad input gives a clear error naming its source, and nothing else is lost."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from eventwatch.cli import main
from eventwatch.ingest import InputError, decode_bytes, read_inputs
from eventwatch.records import Document

GOOD = (
    "Police fired tear gas at protesters in the capital on Friday and arrested a dozen people, witnesses said. "
    "The demonstrators had gathered outside the parliament to denounce a new tax on fuel."
)
FRENCH = (
    "La police a dispersé les manifestants dans la capitale vendredi et a arrêté une douzaine de personnes, "
    "selon des témoins. Les manifestants étaient rassemblés devant le parlement pour dénoncer une nouvelle "
    "taxe sur le carburant."
)


def _split(paths: list[str], **kw: object) -> tuple[list[Document], list[InputError]]:
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in read_inputs(paths, **kw):  # type: ignore[arg-type]
        if isinstance(item, InputError):
            errors.append(item)
        else:
            docs.append(item)
    return docs, errors


def _ingest(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    db = str(tmp_path / "bad.sqlite")
    code = main(["ingest", *args, "--db", db, "--stages", "segment", "--no-progress"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture()
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------------------------- each case


def test_missing_file(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nope.txt")
    docs, errors = _split([missing, str(good)])
    assert len(docs) == 1 and errors[0].source == missing and "no such file" in errors[0].reason
    code, out, err = _ingest(capsys, tmp_path, missing, str(good))
    assert code == 1 and f"{missing}: no such file or directory" in err
    assert "1 new" in out and "1 failed" in out


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_files(tmp_path: Path, good: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    docs, errors = _split([str(path), str(good)])
    assert len(docs) == 1 and len(errors) == 1 and "empty" in errors[0].reason
    code, _, err = _ingest(capsys, tmp_path, str(path), str(good))
    assert code == 1 and f"{path}: empty" in err


def test_binary_files(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nul = tmp_path / "image.txt"
    nul.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    controls = tmp_path / "blob.txt"
    controls.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16]) * 50 + b"some words")
    docs, errors = _split([str(nul), str(controls), str(good)])
    assert len(docs) == 1
    assert [e.source for e in errors] == [str(nul), str(controls)]
    assert all("binary" in e.reason for e in errors)
    code, _, err = _ingest(capsys, tmp_path, str(nul), str(good))
    assert code == 1 and f"{nul}: binary file" in err


def test_non_utf8_is_read_as_windows_1252_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = GOOD.replace("tear gas", "“tear gas”") + " The café owner – who asked not to be named – said so."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    warnings: list[tuple[str, str]] = []
    docs, errors = _split([str(path)], warn=lambda s, m: warnings.append((s, m)))
    assert not errors and docs[0].text == text
    assert warnings == [(str(path), warnings[0][1])] and "Windows-1252" in warnings[0][1]
    legacy = ("Le café est fermé. " * 20).encode("latin-1") + b"\x81"  # a byte cp1252 leaves undefined
    assert decode_bytes(legacy) == (legacy.decode("latin-1"), decode_bytes(legacy)[1])
    assert "Latin-1" in str(decode_bytes(legacy)[1])
    code, out, err = _ingest(capsys, tmp_path, str(path))
    assert code == 0 and "warning: not valid UTF-8" in err and "1 new" in out


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    docs, errors = _split([str(path)])
    assert not errors and docs[0].text == GOOD


def test_huge_text_refused_quickly_and_cheaply(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("w", encoding="utf-8") as f:
        for _ in range(20):
            f.write("word " * 200_000 + "\n")  # 20 MB
    tracemalloc.start()
    docs, errors = _split([str(huge), str(good)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(docs) == 1 and len(errors) == 1
    assert "too long" in errors[0].reason and "--max-chars" in errors[0].reason
    assert peak < 5_000_000  # the file is never read into memory (its speed: not a test's business)
    code, _, err = _ingest(capsys, tmp_path, str(huge))
    assert code == 1 and f"{huge}: too long" in err


def test_max_chars_is_configurable(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, errors = _split([str(good)], max_chars=100)
    assert errors and "over the limit of 100 characters" in errors[0].reason
    code, _, err = _ingest(capsys, tmp_path, str(good), "--max-chars", "100")
    assert code == 1 and "too long" in err
    code, out, _ = _ingest(capsys, tmp_path, str(good), "--max-chars", "10000")
    assert code == 0 and "1 new" in out
    # stdin and JSONL records obey the limit too
    _, errors = _split(["-"], stdin=io.StringIO(GOOD * 40), max_chars=1000)
    assert errors and "too long" in errors[0].reason
    batch = tmp_path / "long.jsonl"
    batch.write_text(
        json.dumps({"text": GOOD * 40}) + "\n" + json.dumps({"text": GOOD}) + "\n", encoding="utf-8"
    )
    docs, errors = _split([str(batch)], max_chars=1000)
    assert len(docs) == 1 and "line 1" in errors[0].reason and "too long" in errors[0].reason


def test_non_english_is_skipped_with_a_message(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(FRENCH, encoding="utf-8")
    docs, errors = _split([str(french), str(good)])
    assert len(docs) == 1 and "not English" in errors[0].reason and "fr" in errors[0].reason
    code, _, err = _ingest(capsys, tmp_path, str(french))
    assert code == 1 and f"{french}: not English" in err
    # the check can be switched off; a JSON record's own language field is trusted
    code, out, _ = _ingest(capsys, tmp_path, str(french), "--no-language-check")
    assert code == 0 and "1 new" in out
    tagged = tmp_path / "tagged.jsonl"
    tagged.write_text(json.dumps({"text": GOOD, "language": "es"}) + "\n", encoding="utf-8")
    _, errors = _split([str(tagged)])
    assert "language 'es'" in errors[0].reason


@pytest.mark.parametrize("html", ["<html><body><div><p></div></body>", "<<<>>> <div <p", "<html></html>"])
def test_malformed_html(tmp_path: Path, good: Path, html: str, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "broken.html"
    page.write_text(html, encoding="utf-8")
    docs, errors = _split([str(page), str(good)])
    assert len(docs) == 1 and errors[0].source == str(page) and "HTML" in errors[0].reason
    code, _, err = _ingest(capsys, tmp_path, str(page))
    assert code == 1 and f"{page}: malformed" in err


def test_malformed_jsonl_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"id": "ok1", "text": GOOD}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "notext", "title": "no text here"}),
        json.dumps({"id": "baddate", "text": GOOD + " Again.", "published": "last Tuesday"}),
        "",
        json.dumps({"id": "ok2", "text": GOOD + " Later."}),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = _split([str(batch)])
    assert [d.id for d in docs] == ["ok1", "ok2"]
    reasons = [e.reason for e in errors]
    assert reasons[0].startswith("line 2: malformed JSON")
    assert reasons[1] == "line 3: not a JSON object"
    assert reasons[2].startswith('line 4: no "text" field')
    assert reasons[3].startswith("line 5: published 'last Tuesday'")
    code, out, err = _ingest(capsys, tmp_path, str(batch))
    assert code == 1 and f"{batch}: line 2: malformed JSON" in err and "2 new" in out and "4 failed" in out


def test_jsonl_with_bad_bytes_warns_on_the_line(tmp_path: Path) -> None:
    batch = tmp_path / "bytes.jsonl"
    batch.write_bytes(json.dumps({"id": "a", "text": GOOD}).encode() + b'\n{"text": "caf\xe9"}\n')
    warnings: list[tuple[str, str]] = []
    docs, errors = _split([str(batch)], warn=lambda s, m: warnings.append((s, m)), check_language=False)
    assert not errors and [d.text for d in docs] == [GOOD, "café"]  # read as Windows-1252, with a warning
    assert warnings and warnings[0][1].startswith("line 2: not valid UTF-8")


def test_all_good_exits_zero(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _ingest(capsys, tmp_path, str(good))
    assert code == 0 and "1 new" in out and err == ""
