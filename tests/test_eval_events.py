"""The event-coding scorer on tiny hand-made inputs (no benchmarks needed)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from eventwatch.eval import events as ev
from eventwatch.eval.report import classification_report, share


def test_classification_report_counts() -> None:
    gold = ["a", "a", "b", "b", "c"]
    pred = ["a", "b", "b", "b", "none"]
    r = classification_report(gold, pred, labels=["a", "b", "c"])
    assert r["n"] == 5
    assert r["accuracy"] == pytest.approx(0.6)
    a, b, c = (r["per_class"][k] for k in "abc")
    assert (a["precision"], a["recall"]) == (1.0, 0.5)
    assert b["precision"] == pytest.approx(2 / 3, abs=1e-4) and b["recall"] == 1.0
    assert (c["precision"], c["recall"], c["f1"]) == (0.0, 0.0, 0.0)
    # weighted by gold support: (2*0.6667 + 2*0.8 + 1*0) / 5
    assert r["weighted_f1"] == pytest.approx((2 * (2 / 3) + 2 * 0.8) / 5, abs=1e-3)
    assert r["macro_f1"] == pytest.approx(((2 / 3) + 0.8) / 3, abs=1e-3)
    assert r["confusions"][0]["count"] == 1
    assert {(x["gold"], x["predicted"]) for x in r["confusions"]} == {("a", "b"), ("c", "none")}


def test_classification_report_rejects_mismatch() -> None:
    with pytest.raises(ValueError):
        classification_report(["a"], ["a", "b"])


def test_share() -> None:
    assert share([True, False, True, True]) == 0.75
    assert share([]) == 0.0


def test_sentence_around() -> None:
    text = "Troops arrived at dawn. Rebels shelled the town. Nobody was hurt."
    assert ev.sentence_around(text, text.index("shelled")) == "Rebels shelled the town."
    assert ev.sentence_around(text, 0) == "Troops arrived at dawn."
    assert ev.sentence_around(text, len(text) - 2) == "Nobody was hurt."


def test_actor_country_patterns() -> None:
    assert ev.actor_country("Military Forces of Nigeria (2015-)") == "NG"
    assert ev.actor_country("Police Forces of Kenya") == "KE"
    assert ev.actor_country("Protesters (Chile)") == "CL"
    assert ev.actor_country("") == ""
    assert ev.alpha3("NG") == "NGA" and ev.is_country3("NGA") and not ev.is_country3("IGO")


def _preds(*subs: str) -> list[ev.Prediction]:
    from eventwatch.extract import taxonomy

    out = []
    for sub in subs:
        if not sub:
            out.append(ev.Prediction())
            continue
        et = taxonomy.event_type_of(sub)
        out.append(ev.Prediction(sub_event_type=sub, event_type=et, cameo_code=taxonomy.cameo_code(sub),
                                 plover_type=taxonomy.plover_type(sub), events=[(et, sub)]))  # fmt: skip
    return out


def test_score_case_on_hand_made_items() -> None:
    items = [
        ev.Item("1", "x", "Armed clash"),
        ev.Item("2", "x", "Grenade"),
        ev.Item("3", "x", "Arrests"),
        ev.Item("4", "x", "NATURAL_DISASTER", acled=False),
        ev.Item("5", "x", "DIPLO", acled=False),
    ]
    r = ev.score_case(items, _preds("Armed clash", "Attack", "", "", "Attack"))
    assert r["acled_25"]["n"] == 3
    assert r["acled_25"]["accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    assert r["non_acled"]["n"] == 2
    assert r["non_acled"]["no_violence_event"] == 0.5
    assert r["non_acled"]["no_violence_event_by_class"] == {"DIPLO": 0.0, "NATURAL_DISASTER": 1.0}
    pairs = {(c["gold"], c["predicted"]) for c in r["acled_25"]["confusions"]}
    assert pairs == {("Grenade", "Attack"), ("Arrests", ev.NO_EVENT)}


def test_score_petrarch_any_gold_root_counts() -> None:
    items = [
        ev.Item("1", "x", "19", gold_all=("19",)),
        ev.Item("2", "x", "04", gold_all=("04", "14")),
        ev.Item("3", "x", "01", gold_all=("01",)),
        ev.Item("4", "x", ""),
    ]
    r = ev.score_petrarch(items, _preds("Armed clash", "Peaceful protest", "Arrests", ""))
    assert r["cameo_root"]["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["no_event_sentences"] == {"n": 1, "left_without_event": 1.0}


def test_score_plover_country() -> None:
    items = [
        ev.Item("1", "x", "FIGHT", source_country="NGA"),
        ev.Item("2", "x", "DEMAND", source_country="IGO"),
    ]
    preds = _preds("Armed clash", "")
    preds[0].actor1_country = "NG"
    r = ev.score_plover(items, preds)
    assert r["event_type"]["accuracy"] == 0.5
    assert r["source_country"] == {"n": 1, "accuracy": 1.0, "coverage": 1.0, "accuracy_where_predicted": 1.0}


def test_loaders_on_tiny_files(tmp_path: Path) -> None:
    case = tmp_path / "events" / "case2021_task2"
    case.mkdir(parents=True)
    (case / "case_label_to_acled.csv").write_text(
        "case_label,acled_event_type,acled_sub_event_type,note\nGRENADE,Explosions/Remote violence,Grenade,\n"
        "DIPLO,,,not in ACLED\n",
        "utf-8",
    )
    (case / "test_set_final_release_with_labels.tsv").write_text(
        'id\tEventSnippet\tSubType\n1\tA man threw a "grenade".\tGRENADE\n2\tEnvoys met.\tDIPLO\n', "utf-8"
    )
    items = ev.load_case(tmp_path)
    assert [(i.gold, i.acled) for i in items] == [("Grenade", True), ("DIPLO", False)]
    assert items[0].text == 'A man threw a "grenade".'
    pet = tmp_path / "events" / "petrarch_gsr"
    pet.mkdir(parents=True)
    rows = [
        {"id": "a", "text": "t", "events": [{"eventcode": "190", "sourcecode": "X", "targetcode": "Y"}],
         "noevents": False},
        {"id": "b", "text": "u", "events": [], "noevents": True},
    ]  # fmt: skip
    (pet / "petr2_gsr_validation.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    got = ev.load_petrarch(tmp_path)
    assert [(i.gold, i.gold_all) for i in got] == [("19", ("19",)), ("", ())]


def test_run_reports_missing_benchmarks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--benchmarks", default=None)
    ev.add_arguments(parser)
    args = parser.parse_args(["--corpus", "case2021", "--benchmarks", str(tmp_path / "nowhere")])
    assert ev.run(args) == 2
    assert "no benchmarks folder" in capsys.readouterr().err


def test_run_classifier_typer_on_tiny_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    test_loaders_on_tiny_files(tmp_path)
    parser = argparse.ArgumentParser()
    parser.add_argument("--benchmarks", default=None)
    ev.add_arguments(parser)
    args = parser.parse_args(
        ["--corpus", "case2021", "--benchmarks", str(tmp_path), "--typer", "classifier", "--verbose"]
    )
    assert ev.run(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n"] == 2 and report["typer"] == "classifier"
    assert report["acled_25"]["per_class"]["Grenade"]["recall"] == 1.0
    assert isinstance(report["misclassified"], list)
