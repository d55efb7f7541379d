"""``eventwatch eval dates``: the TempEval-3 scorer, on our own small TimeML files and on the real set."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import pytest

from eventwatch.eval import dates
from eventwatch.eval.dates import GoldDocument, GoldTimex, day_value, parse_tml, score_document
from eventwatch.extract.time import find_times

BENCHMARKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"

# A made-up report in TimeML markup (our own words).
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-06-11" temporalFunction="false" functionInDocument="CREATION_TIME">06/11/1999</TIMEX3></DCT>
<TEXT>
The ferry company said <TIMEX3 tid="t1" type="DATE" value="1999-06-10">Thursday</TIMEX3> that crossings \
would resume <TIMEX3 tid="t2" type="DATE" value="1999-W24">next week</TIMEX3>. Repairs took \
<TIMEX3 tid="t3" type="DURATION" value="P3M">three months</TIMEX3> and cost 1,200 dollars per berth. \
The harbour was built in <TIMEX3 tid="t4" type="DATE" value="1911">1911</TIMEX3>.
</TEXT>
</TimeML>
"""


def _gold_document(markup: str) -> GoldDocument:
    dct, text = parse_tml(markup)
    doc = GoldDocument("TEST0001.tml", "Test", dct, text)
    for phrase, kind, value in [
        ("Thursday", "DATE", "1999-06-10"),
        ("next week", "DATE", "1999-W24"),
        ("three months", "DURATION", "P3M"),
        ("1911", "DATE", "1911"),
    ]:
        start = text.index(phrase)
        doc.gold.append(GoldTimex(start, start + len(phrase), phrase, kind, value))
    return doc


def test_parse_tml_strips_tags_and_reads_dct() -> None:
    dct, text = parse_tml(TML)
    assert dct == dt.date(1999, 6, 11)
    assert "<TIMEX3" not in text and "Thursday" in text and "next week" in text
    with pytest.raises(ValueError):
        parse_tml("<TimeML><TEXT>no creation time</TEXT></TimeML>")


def test_day_value() -> None:
    assert day_value("1998-02-12T19:15") == "1998-02-12"
    assert day_value("1998-02-12TEV") == "1998-02-12"
    assert day_value("1998-W07") == "1998-W07"
    assert day_value("PRESENT_REF") == "PRESENT_REF"


def test_score_document_counts() -> None:
    doc = _gold_document(TML)
    predicted = find_times(doc.text, doc.dct)
    errors: list[dict[str, object]] = []
    tally = score_document(doc, predicted, errors)
    assert tally.gold == 3  # the DURATION is not scored
    assert tally.found == 3
    assert tally.correct == 3, errors
    # "three months" is ours too, but a duration: not counted among the predicted dates
    assert tally.predicted == 3
    assert tally.predicted_correct == 3


def test_score_document_wrong_and_spurious() -> None:
    doc = _gold_document(TML)
    # resolved against the wrong date: every relative value is off; the absolute year still right
    predicted = find_times(doc.text + " Talks were held in 1987.", dt.date(2005, 1, 1))
    errors: list[dict[str, object]] = []
    tally = score_document(doc, predicted, errors)
    assert tally.found == 3
    assert tally.correct == 1  # only "1911"
    assert tally.predicted == 4  # the extra "1987" is spurious
    assert tally.predicted_matching == 3
    kinds = sorted(str(e["error"]) for e in errors)
    assert kinds == ["spurious", "value", "value"]
    report = tally.report()
    assert report["value_accuracy"] == round(1 / 3, 4)
    assert report["precision"] == 0.75


def _write_benchmark(root: Path) -> Path:
    folder = root / "dates" / "tempeval3"
    (folder / "Test").mkdir(parents=True)
    (folder / "Test" / "TEST0001.tml").write_text(TML, encoding="utf-8")
    doc = _gold_document(TML)
    with (folder / "timex_gold.jsonl").open("w", encoding="utf-8") as out:
        for g in doc.gold:
            row = {"doc": doc.name, "corpus": "Test", "dct": "1999-06-11", "text": g.text, "type": g.type,
                   "value": g.value, "start": g.start}  # fmt: skip
            out.write(json.dumps(row) + "\n")
    return folder


def test_run_prints_a_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_benchmark(tmp_path)
    code = dates.run(argparse.Namespace(benchmarks=str(tmp_path), limit=None, verbose=True))
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1
    assert report["gold"] == 3
    assert report["value_accuracy"] == 1.0
    assert report["value_f1"] == 1.0


def test_run_skips_cleanly_without_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = dates.run(argparse.Namespace(benchmarks=str(tmp_path / "nowhere"), limit=None, verbose=False))
    assert code == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "nothing scored" in captured.err


@pytest.mark.benchmarks
@pytest.mark.skipif(
    not (BENCHMARKS / "dates" / "tempeval3" / "timex_gold.jsonl").exists(),
    reason="../shared/benchmarks/dates/tempeval3 is absent",
)
def test_tempeval3_accuracy_gate() -> None:
    """A floor under the whole benchmark (it runs in well under a second): quality can only go up."""
    documents, problems = dates.load(BENCHMARKS / "dates" / "tempeval3")
    assert problems == []
    assert len(documents) > 200
    report = dates.evaluate(documents, progress=False)
    assert report["gold"] > 1400
    assert report["value_accuracy"] >= 0.82
    assert report["recall"] >= 0.83
    assert report["value_f1"] >= 0.72
