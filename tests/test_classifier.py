"""The learned sub-event typer: shipped model, probabilities, speed, combination with the rules."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from eventwatch.extract import classifier
from eventwatch.extract.taxonomy import SUB_EVENT_TYPES


def test_classify_returns_every_label_sorted() -> None:
    ranked = classifier.classify("A roadside bomb hit an army truck near the border, killing three soldiers.")
    labels = [label for label, _ in ranked]
    assert set(labels) == set(SUB_EVENT_TYPES) | {classifier.NONE}
    probs = [p for _, p in ranked]
    assert probs == sorted(probs, reverse=True)
    assert sum(probs) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police fired tear gas to break up a sit-in by nurses outside the ministry.",
            "Protest with intervention",
        ),
        ("A suicide bomber detonated his explosive vest at a crowded checkpoint.", "Suicide bomb"),
        (
            "Unknown gunmen kidnapped two engineers from their hotel overnight.",
            "Abduction/forced disappearance",
        ),
        ("Fighter jets bombed rebel hideouts in the hills on Thursday.", "Air/drone strike"),
        ("Heavy rain caused floods that swept away houses along the river.", classifier.NONE),
    ],
)
def test_classify_plain_cases(text: str, expected: str) -> None:
    assert classifier.classify(text)[0][0] == expected


def test_shipped_model_is_small_and_documented() -> None:
    res = resources.files("eventwatch.data").joinpath(classifier.MODEL_RESOURCE)
    raw = res.read_text("utf-8")
    assert len(raw.encode()) < 5 * 1024 * 1024
    meta = json.loads(raw)["meta"]
    assert meta["n_examples"] >= 1000 and "train_typer.py" in meta["command"]
    assert 0.0 < meta["shifted_heldout_accuracy"] <= 1.0
    assert meta["combine"]["rule_trust"] == 0.0  # the classifier never relabels a rule event


def test_features_are_lemma_free_and_hash_stable() -> None:
    f = classifier.features("Soldiers killed 12 rebels")
    assert "w:#num" in f and "s:soldi" in f and "b:kille_#num" in f
    assert classifier.buckets("kill") == classifier.buckets("kill")
    assert classifier.buckets("Attacked") & classifier.buckets("attacking")  # shared 5-letter stem


def test_encode_decode_round_trip() -> None:
    import numpy as np

    labels = ["Grenade", "NEG_CRIME"]
    w = np.array([[1.0, -1.0], [0.5, 0.25]])
    data = classifier.encode_model(labels, [7, 9], w, np.zeros(2), {"x": 1})
    m = classifier.decode_model(json.loads(json.dumps(data)))
    assert m.acled == ("Grenade", classifier.NONE)
    assert m.rows == {7: 0, 9: 1}
    assert np.allclose(m.weights, w, atol=1 / 127)
    with pytest.raises(ValueError):
        classifier.decode_model({**data, "format": "other"})


def test_combine_ranked_rules() -> None:
    ranked = [("Grenade", 0.6), ("Attack", 0.3), (classifier.NONE, 0.1)]
    kw = {"rule_trust": 0.8, "veto": 0.7, "add": 0.9}
    assert classifier.combine_ranked("Attack", 0.9, ranked, **kw) == ("Attack", 0.9)  # trusted rule stands
    assert classifier.combine_ranked("Attack", 0.4, ranked, **kw) == (
        "Grenade",
        0.6,
    )  # unsure rule overridden
    assert classifier.combine_ranked(None, 0.0, ranked, **kw) == (None, 0.0)  # not sure enough to add
    assert classifier.combine_ranked(None, 0.0, [("Grenade", 0.95)], **kw) == ("Grenade", 0.95)
    vetoed = [(classifier.NONE, 0.8), ("Attack", 0.1)]
    assert classifier.combine_ranked("Attack", 0.4, vetoed, **kw) == (None, 0.0)
    assert classifier.combine_ranked("Attack", 0.9, vetoed, **kw) == (None, 0.0)  # the veto comes first
    weak_none = [(classifier.NONE, 0.5), ("Attack", 0.3), ("Grenade", 0.2)]
    assert classifier.combine_ranked("Attack", 0.4, weak_none, **kw) == ("Attack", 0.4)


def test_combine_uses_tuned_thresholds() -> None:
    th = classifier.thresholds()
    assert set(th) == {"rule_trust", "veto", "add"}
    sub, conf = classifier.combine("Attack", 0.99, "Gunmen shot dead a farmer in his field.")
    assert (sub == "Attack" and conf == 0.99) or th["rule_trust"] > 0.99
    assert classifier.combine(None, 0.0, "The central bank raised interest rates again.") == (None, 0.0)


def test_typer_stage_vetoes_non_conflict_events() -> None:
    """The pipeline's ``typer`` stage drops rule events the classifier is sure are no ACLED event, keeps the rest."""
    import datetime as dt

    from eventwatch.pipeline import DEFAULT_STAGES, Pipeline, Settings
    from eventwatch.records import Document

    assert DEFAULT_STAGES.index("typer") == DEFAULT_STAGES.index("events") + 1
    full = Pipeline()
    rules = Pipeline(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "typer")))

    def types(pipe: Pipeline, text: str) -> list[str]:
        doc = Document(id="t", text=text, published=dt.date(2021, 5, 4))
        return [e.sub_event_type for e in pipe(doc).events]

    family_row = "Police arrested a man who stabbed his brother over ancestral land in the village on Monday."
    trade_talks = "The two leaders agreed to boost trade and reopen consulates during the visit on Monday."
    assert types(rules, family_row) and types(full, family_row) == []
    assert types(rules, trade_talks) == ["Agreement"] and types(full, trade_talks) == []
    killing = "Gunmen shot dead three villagers near the market on Monday."
    assert types(full, killing) == types(rules, killing) == ["Attack"]
