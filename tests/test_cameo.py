"""The CAMEO / PLOVER coder on sentences we wrote ourselves (no benchmarks needed, except where noted)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwatch.extract import cameo
from eventwatch.extract.cameo import CameoCoding, best_coding, code_sentence, parse_pattern, plover_of

SHARED = Path(__file__).resolve().parents[2] / "shared"


def top(text: str) -> CameoCoding:
    coding = best_coding(code_sentence(text))
    assert coding is not None, f"no coding for {text!r}"
    return coding


def test_plover_mapping_roots_and_sub_codes() -> None:
    assert plover_of("0874") == "RETREAT"  # retreat militarily: PLOVER's RETREAT, not its root's CONCEDE
    assert plover_of("083") == "CONCEDE"
    assert plover_of("112") == "DISAPPROVE"
    assert plover_of("100") == plover_of("020") == "DEMAND"
    assert plover_of("057") == plover_of("036") == "AGREE"
    assert plover_of("195") == "FIGHT" and plover_of("183") == "ASSAULT"
    assert plover_of("010") == ""  # statements have no PLOVER type


def test_pattern_syntax() -> None:
    p = parse_pattern("105", "call for =withdrawal|halt", 0)
    assert (p.lemma, p.noun, p.particles, p.cues) == ("call", False, ("for",), ("withdrawal", "halt"))
    n = parse_pattern("142", "n:hunger strike", 1)
    assert (n.lemma, n.noun, n.prefix) == ("strike", True, ("hunger",))
    assert p.specificity > parse_pattern("100", "call", 2).specificity
    with pytest.raises(ValueError):
        parse_pattern("010", "   ", 3)


def test_lexicon_codes_are_cameo_codes() -> None:
    lex = cameo.lexicon()
    codes = {p.code for table in (lex.verbs, lex.nouns) for ps in table.values() for p in ps}
    assert len(codes) > 100
    assert all(re.fullmatch(r"\d{3,4}", c) for c in codes)
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}  # every root is reachable
    book = SHARED / "benchmarks" / "events" / "cameo" / "CAMEO.eventcodes.txt"
    if book.is_file():  # the public code list: every code we emit exists there
        listing = book.read_text("utf-8")  # "<code>\t<name>" lines; a few run into the previous line
        known = set(re.findall(r"(?m)^(\d{2,4})\t", listing)) | set(re.findall(r"(\d{2,4}):\[", listing))
        assert codes - known == set()


@pytest.mark.parametrize(
    ("text", "root", "plover"),
    [
        ("The rebels threatened to shell the airport if the siege continues.", "13", "THREATEN"),
        ("The foreign ministry strongly condemned the raid on the refugee camp.", "11", "DISAPPROVE"),
        ("Government troops pulled out of the hill town overnight.", "08", "RETREAT"),
        ("The two foreign ministers met in Vienna on Tuesday.", "04", "CONSULT"),
        # an appeal, which PLOVER counts as a demand
        ("The council urged the militias to lay down their arms.", "02", "DEMAND"),
        ("The council demanded that the militias lay down their arms.", "10", "DEMAND"),
        ("The opposition rejected the proposed constitution.", "12", "REJECT"),
        ("The European Union imposed sanctions on three generals.", "16", "SANCTION"),
        ("Police detained dozens of students outside the ministry.", "17", "COERCE"),
        ("Thousands of farmers demonstrated in the capital against the new tax.", "14", "PROTEST"),
        ("The government will send food aid to the flooded provinces.", "03", "AGREE"),  # an intent
        ("The army mobilised reservists along the border.", "15", "MOBILIZE"),
        ("Inspectors opened an investigation into the disappearance of the ballots.", "09", "INVESTIGATE"),
        ("The two parties signed a power-sharing agreement.", "05", "AGREE"),
        ("The minister said the talks had been useful.", "04", "CONSULT"),  # 'said' yields to what it reports
        # criticism in headline verbs and in nouns of feeling; "the opposition" names a party, not an act
        ("Moscow lashed out at NATO for expanding eastward.", "11", "DISAPPROVE"),
        ("Beijing expressed strong dissatisfaction with the arms sale.", "11", "DISAPPROVE"),
        ("The foreign ministry charged that troops had fired on a UN post.", "11", "DISAPPROVE"),  # accused
        ("Officials pointed the finger at the militia for the rocket fire.", "11", "DISAPPROVE"),
    ],
)
def test_roots_of_our_sentences(text: str, root: str, plover: str) -> None:
    c = top(text)
    assert (c.root, c.plover_type) == (root, plover), c


def test_the_opposition_as_a_party_is_no_rallying_of_opposition() -> None:
    codes = [c.code for c in code_sentence("The opposition won three seats in the by-election.")]
    assert "113" not in codes
    assert top("The party voiced its opposition to the new law.").code == "113"
    assert top("The ruling party rapped the opposition for staging the strike.").code == "111"  # criticised


def test_a_culprit_named_in_a_statement_is_an_accusation_or_a_claim() -> None:
    assert top("Kiev said Russian forces were behind the shelling of the city.").code == "112"
    assert top("The ministry said the rebels were responsible for the attack on the convoy.").code == "112"
    assert top("The group said it was behind the attack on the convoy.").code == "015"
    assert top("Police said gunmen attacked the convoy.").root == "18"  # a report, no culprit named


def test_negated_cooperation_is_rejection() -> None:
    assert top("The rebels did not accept the offer of talks.").root == "12"


def test_must_is_a_demand_by_the_speaker_on_the_subject() -> None:
    c = top("The French president said Syria must release the detained journalists.")
    assert c.root == "10"
    assert c.source_country == "FR" and c.target_country == "SY"


def test_actor_countries_from_capitals_leaders_demonyms_and_igos() -> None:
    c = top("Moscow accused Kyiv of shelling the power plant.")
    assert (c.code[:3], c.source_country, c.target_country) == ("112", "RU", "UA")
    c = top("President Putin praised the Chinese leadership.")
    assert (c.root, c.source_country, c.source_sector) == ("05", "RU", "GOV")
    c = top("The Israeli prime minister criticised the report.")
    assert (c.source_country, c.source_sector) == ("IL", "GOV")
    c = top("The United Nations demanded an immediate ceasefire.")
    assert (c.root, c.source_sector, c.source_country) == ("10", "IGO", "")
    c = top("Turkish troops withdrew from the border villages.")
    assert (c.source_country, c.source_sector) == ("TR", "MIL")


def test_parsed_doc_and_offsets() -> None:
    from eventwatch.nlp.parse import load_model

    text = "Rebels kidnapped two aid workers. Later the army recaptured the town."
    doc = load_model(cameo.MODEL)(text)
    codings = code_sentence(doc)
    assert [c.to_dict() for c in codings] == [c.to_dict() for c in code_sentence(text)]
    roots = {c.root for c in codings}
    assert {"18", "19"} <= roots
    for c in codings:
        assert text[c.trigger.start : c.trigger.end] == c.trigger.text
        if c.source is not None:
            assert text[c.source.start : c.source.end] == c.source.text
    assert code_sentence("") == []


def test_pipeline_component_stores_codings() -> None:
    from eventwatch.pipeline import DEFAULT_STAGES, Pipeline, Settings
    from eventwatch.records import Document

    settings = Settings(stages=(*DEFAULT_STAGES, "cameo"))
    text = "Gunmen attacked a police station in the north on Monday, killing three officers."
    ctx = Pipeline(settings).context(Document(id="d1", text=text))
    assert ctx.events
    assert set(ctx.codings) <= {e.event_id for e in ctx.events}
    codings = [c for cs in ctx.codings.values() for c in cs]
    assert codings and all(text[c.trigger.start : c.trigger.end] == c.trigger.text for c in codings)
    assert any(c.root in ("18", "19") for c in codings)


def _best(text: str) -> str:
    coding = best_coding(code_sentence(text))
    return coding.code if coding is not None else ""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a claim of responsibility is the event, not the attack it is about
        (
            "The Islamic State group claimed responsibility for Sunday's attack on an army checkpoint near Kirkuk, "
            "saying its fighters had killed several soldiers.",
            "015",
        ),
        # a deed told with a trailing "ministers decided" is a deed, not an intent or a threat
        (
            "The European Union imposed asset freezes and travel bans on fifteen officials, foreign ministers decided "
            "in Luxembourg.",
            "163",
        ),
        # arrested, then charged: the arrest
        (
            "A blogger was arrested at his home in Cairo on Tuesday and charged with spreading false news.",
            "173",
        ),
        (
            "Security forces fired tear gas and water cannon at thousands of protesters in central Nairobi.",
            "175",
        ),
        # a strike whose authors claim a toll is no accusation
        (
            "Coalition aircraft struck Houthi positions near Hodeidah overnight, claiming dozens of fighters were "
            "killed.",
            "195",
        ),
        (
            "India's prime minister sent condolences to Nepal after an earthquake killed dozens of people.",
            "018",
        ),
        ("Vietnam's president welcomed his Indonesian counterpart in Hanoi on Wednesday.", "043"),
        ("Germany delivered a second batch of air defence systems to Ukraine this week.", "072"),
        (
            "Niger's military government ordered the French ambassador to leave the country within 48 hours.",
            "161",
        ),
        ("The World Bank suspended new lending to Uganda over the law.", "162"),
        ("Israel recalled its negotiators from Doha on Saturday.", "164"),
        ("Government helicopters dropped barrels of chlorine gas on a rebel-held town near Hama.", "2041"),
        ("Authorities expelled thousands of migrants to the desert near the border.", "201"),
        ("Thousands of supporters gathered outside the court, chanting slogans.", "141"),
        ("Pyongyang tested a new ballistic missile on Wednesday.", "150"),
        # urging is an appeal; demanding is a demand
        (
            "European Union ministers urged Georgia's government to withdraw a draft law on foreign agents.",
            "020",
        ),
        ("Cuba's foreign minister demanded that Washington lift its trade embargo.", "100"),
        # an intent told by the noun of the act; a conditional offer is no threat
        (
            "North Korea is willing to resume talks with the United States, the state news agency reported.",
            "036",
        ),
        (
            "Ethiopia said it was ready to pull its troops back from the border zone if Eritrea does the same.",
            "035",
        ),
        ("The rebels will attack the city unless the army withdraws.", "138"),
    ],
)
def test_specific_codes_over_what_the_sentence_also_mentions(text: str, code: str) -> None:
    assert _best(text) == code
