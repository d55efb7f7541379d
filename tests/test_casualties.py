"""Casualties and crowds, counted by ACLED's conservative rule, on sentences of our own writing."""

from __future__ import annotations

import pytest

from eventwatch.extract.casualties import crowd_size, read_casualties
from eventwatch.extract.numbers import word_value


def _dead(text: str) -> int | None:
    return read_casualties(text).best


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a list of victims is added up, a single victim named by its noun counting one
        ("The clash left 6 policemen and eleven gunmen dead near the dam.", 17),
        ("An imam, his son and their two guests were killed in the raid.", 4),
        ("Two nurses, four pupils and a watchman died when the shell landed.", 7),
        ("The drone killed the pilot and five passengers of the pickup.", 6),
        ("Raiders shot dead a herder in the valley.", 1),
        # figures from two sources for the same dead: the lowest counts
        ("Officials said 7 people died, while local elders put the toll at 19.", 7),
        ("At least 40 were killed according to residents; the ministry gave a toll of 26.", 26),
        # the dead of two sides are added up
        ("Three soldiers were killed in the ambush, while 8 insurgents died in the pursuit.", 11),
        # a revised toll replaces the first
        ("Nine were killed at first, but the toll rose to 15 by the evening.", 15),
        # a part of the dead, a campaign's toll and an earlier attack's toll are not the incident's
        ("The blast killed 12 people, including four children.", 12),
        ("Troops killed 5 militants, bringing to 230 the number killed since March.", 5),
        ("Gunmen killed 3 farmers; a similar raid in 2021 claimed 40 lives.", 3),
        # years, ages, distances and money are no toll
        ("On 9 March 2024, fighters killed 4 guards at the mine.", 4),
        ("A 62-year-old chief was killed 30 km from the town.", 1),
        # the killers' number is no toll
        ("Four gunmen killed two traders at the market.", 2),
        # vague words by the codebook
        ("The fighting killed dozens of people.", 12),
        ("Jets struck the camp, killing a dozen fighters.", 12),
        ("The mob beat several men to death.", 3),
        ("A few soldiers were killed.", 3),
        # the attacker's own death counts
        ("The bomber struck a checkpoint, killing 6 soldiers besides himself.", 7),
        ("Four guards died along with the attacker.", 5),
        ("No one was killed in the attack.", 0),
        # the dead told around a part of them, a force's losses, communiqué words, one more without a figure
        ("Nine villagers, among them two infants, died in the fire the raiders set.", 9),
        ("The insurgents lost 21 fighters in the battle, the army said.", 21),
        ("The army lost contact with 3 soldiers after the ambush.", None),
        ("Troops neutralised 7 terrorists near the border.", 7),
        ("Two guards were shot dead and another died later in hospital.", 3),
        ("Four porters were among those killed.", None),
        # one more told by its rank ("a third"), asides before the verb, "both", "along with", "martyred"
        ("Two guards died at the gate and a third was pronounced dead in hospital.", 3),
        ("Three men aged 40 and 52 were killed.", 3),
        ("Two drivers, whom the army called smugglers, were killed.", 2),
        ("Both gunmen were killed.", 2),
        ("Both attackers died, along with 4 soldiers.", 6),
        ("Five worshippers were martyred, the group said.", 5),
        ("The gang shot dead a handful of miners.", 3),
        ("The raid killed a herder and a shopkeeper.", 2),
        # a lone noun of any kind opens no list: "a monitor, two soldiers and ..." counts the soldiers only
        ("According to a monitor, two soldiers and three rebels were killed.", 5),
        # a toll brought up to a new figure is revised, not a campaign's
        ("Rescuers found 4 more bodies, bringing the toll to 31.", 31),
        # a total from another source conflicts with the sides' figures; "overall" and "in all" are the incident's
        ("The army said 12 rebels and 3 soldiers died, while a local chief put the number of dead at 9.", 9),
        ("Monitors counted 14 combatant deaths overall.", 14),
        ("In all, 8 people were killed.", 8),
        # the dead of an earlier period, and a death told as the cause of the unrest
        ("Unrest in late 2023 left 40 people dead, the ombudsman said.", None),
        ("Youths burned tyres following the death of a motorcyclist at a checkpoint.", None),
    ],
)
def test_fatalities(text: str, dead: int | None) -> None:
    assert _dead(text) == dead


def test_the_wounded_apart_from_the_dead() -> None:
    told = read_casualties("Militants killed 3 villagers and wounded 9 others on Sunday.")
    assert (told.best, told.injured) == (3, 9)
    told = read_casualties("Two officers were killed and five others hurt.")
    assert (told.best, told.injured) == (2, 5)
    # the wounded denied: 0, not the "one" of "no one"
    told = read_casualties("No one else was injured, police said.")
    assert told.injured == 0 and told.best is None
    # a figure after "hurt and" is not the wounded
    assert read_casualties("Nobody was hurt and 30 people were detained.").injured == 0


def test_the_wounded_told_in_other_words() -> None:
    assert read_casualties("Seven soldiers are being treated at the base hospital.").injured == 7
    assert read_casualties("Two died and a dozen others were being treated.").injured == 12
    assert read_casualties("A handful of villagers were hit by stray bullets.").injured == 3
    # "also died" after an aside is added to the toll told before
    assert read_casualties("Two guards, aged 30 and 41, also died in the exchange.").more
    assert read_casualties("No one was killed, but a farmer suffered shrapnel wounds.").injured == 1
    # a bare figure after a part of the dead is the wounded, not one more of the part
    told = read_casualties("The centre reported six dead, including two civilians, and 23 injured.")
    assert (told.best, told.injured) == (6, 23)


def test_figures_keep_where_they_stand() -> None:
    text = "The strike killed 8 people and injured 14 others."
    told = read_casualties(text)
    (dead,) = told.killed_at
    (hurt,) = told.injured_at
    assert text[dead[0] : dead[1]] == "8 people" and text[hurt[0] : hurt[1]] == "14 others"


def test_more_and_revised_are_marked() -> None:
    assert read_casualties("Two more soldiers died of their wounds on Monday.").more
    assert read_casualties("The death toll has risen to 31, officials said.").revised


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Thousands of teachers marched on the ministry.", 1000),
        ("A crowd of about 800 gathered outside the court.", 800),
        ("The crowd, numbering some 250, blocked the bridge.", 250),
        # the size of the crowd outranks people merely counted, and those arrested or hurt are no crowd
        ("A rally of about 300 members demanded the release of 6 students.", 300),
        ("Police arrested 40 protesters.", None),
        ("Hundreds of villagers beat 5 suspected thieves.", 100),
        # two estimates: the lower; sizes told as estimates, numbers and attendance
        ("Organisers said 30,000 took part, while police put the figure at 9,000.", 9000),
        ("Tens of thousands of people marched in the capital.", 10000),
        ("The marchers, about 600 according to police, sang the anthem.", 600),
        ("Police estimated the crowd at a few dozen.", 12),
        ("Officials said about 450 people attended.", 450),
        ("Police said about 350 people had gathered outside the mosque.", 350),
        ("Police deployed 3,000 officers around the square.", None),
    ],
)
def test_crowd_size(text: str, size: int | None) -> None:
    assert crowd_size(text) == size


def test_number_words_of_the_codebook() -> None:
    assert word_value("a dozen") == 12
    assert word_value("two dozen") == 24
    assert word_value("a few") == 3
    assert word_value("a couple") == 2


def _the_event(read, text: str):  # type: ignore[no-untyped-def]
    (event,) = [e for e in read(text).events if not e.is_background]
    return event


def test_a_toll_told_in_a_sentence_of_its_own(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Gunmen attacked a village in Kaduna State overnight. A local official said 8 people died. "
        "Four more were wounded, he said.",
    )
    assert (e.fatalities, e.injured) == (8, 4)
    (dead,) = [ev for ev in e.evidence if ev.role == "fatalities"]
    assert dead.text == "8 people"


def test_a_later_revised_toll_replaces_the_first(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "A car bomb exploded at a market in Mogadishu on Friday, killing 9 people. "
        "By Saturday the toll had risen to 16, hospital officials said.",
    )
    assert e.fatalities == 16


def test_one_more_told_later_is_added(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Gunmen opened fire in a bar in Celaya on Saturday, killing five men, police said. "
        "A sixth victim died in hospital on Sunday.",
    )
    assert e.fatalities == 6


def test_a_revised_toll_outranks_the_first_figure_of_another_mention(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "A suicide bomber struck a market in Mogadishu on Friday, killing 9 people. "
        "Police said the death toll from the market bombing had risen to 16.",
    )
    assert e.fatalities == 16


def test_a_later_lower_figure_is_the_conservative_one(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Bandits attacked a village in Zamfara State on Monday, killing 20 people, residents said. "
        "Police said 11 bodies were recovered.",
    )
    assert e.fatalities == 11


def test_a_crowd_told_after_goes_to_the_gathering(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Police fired live rounds at protesters marching against fuel prices in Kano on Monday, killing four of "
        "them, a rights group said. Witnesses put the crowd at about 900."
    )
    (e,) = [e for e in ctx.events if e.sub_event_type == "Excessive force against protesters"]
    assert (e.fatalities, e.crowd_size) == (4, 900)


def test_the_same_dead_are_counted_once(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "A suicide bomber blew himself up at an election rally in Bannu on Sunday, killing 14 people, police said."
    )
    news = [e for e in ctx.events if not e.is_background]
    assert sum(e.fatalities for e in news) == 14


def test_an_earlier_incident_recalled_after_the_news_is_background(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "A roadside bomb killed two soldiers near Kidal on Tuesday, the army said. "
        "In September, a similar explosion killed six fighters on the same road.",
        published=None,
    )
    news = [e for e in ctx.events if not e.is_background]
    assert [e.fatalities for e in news] == [2]
    assert any(e.is_background and e.fatalities == 6 for e in ctx.events)
