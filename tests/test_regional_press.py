"""Regional press English (South Asian and African dailies, translated reports): the local words for protests,
bombs, disappearances and group changes, read as ACLED codes them. Short texts of our own writing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes and shutdowns told by the life they stopped, processions taken out, torches carried
        (
            "A 24-hour bandh called by the student union paralysed normal life in Silchar on Monday.",
            "Peaceful protest",
        ),
        (
            "Congress workers took out a procession in Bhopal against the rise in fuel prices.",
            "Peaceful protest",
        ),
        (
            "Youth wing members held a torch rally in Agartala demanding jobs for local graduates.",
            "Peaceful protest",
        ),
        (
            "Sugarcane growers staged a rasta roko on the state highway near Muzaffarnagar.",
            "Peaceful protest",
        ),
        # crude bombs and explosive devices thrown by hand: the codebook's grenade
        ("Two men on a scooter hurled crude bombs at the office of a ward councillor in Howrah.", "Grenade"),
        (
            "Thugs threw an explosive device at the home of a council candidate in Warri, breaking windows.",
            "Grenade",
        ),
        ("A bomb was lobbed into the compound of a union leader in Titagarh late on Friday.", "Grenade"),
        # riot gear fired or used to scatter a gathering: an intervention, not lethal force
        (
            "Officers shot teargas at protesting traders at the market gate in Ibadan and dragged five into a van.",
            "Protest with intervention",
        ),
        (
            "Police used rubber bullets and stun grenades to scatter residents gathered outside the council offices.",
            "Protest with intervention",
        ),
        (
            "Police foiled a procession by opposition activists in Rajshahi, charging batons and detaining eight.",
            "Protest with intervention",
        ),
        # a crowd on the rampage, and the people it turned on
        (
            "Youths went on the rampage in Jos, burning houses belonging to members of a rival community.",
            "Mob violence",
        ),
        (
            "Angry students went on the rampage at the polytechnic after a classmate died.",
            "Violent demonstration",
        ),
        (
            "Angry youths set the divisional police station in Ogbomoso ablaze, protesting the killing of a trader.",
            "Violent demonstration",
        ),
        # a place named for the people it serves is property; a mast wrecked is no shutdown by the authorities
        (
            "Insurgents torched a girls' primary school in the valley overnight, leaving it gutted.",
            "Looting/property destruction",
        ),
        (
            "Militants blew up a telecommunications mast near Jilib, cutting off phone services to nearby villages.",
            "Looting/property destruction",
        ),
        # ground, bases and blasts told in the region's words
        (
            "Security forces have restored the writ of the state in the upper valley, a military spokesman said.",
            "Government regains territory",
        ),
        (
            "Armed village volunteers built new bunkers on the ridge above Moirang, a police officer said.",
            "Headquarters or base established",
        ),
        (
            "A FAMa vehicle jumped on a mine near Hombori, leaving two soldiers dead.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A quadcopter attacked a police post in Lakki Marwat, injuring a constable.",
            "Air/drone strike",
        ),
        (
            "Fighters fired chemical-laden projectiles at an army post in Idlib, causing blisters to six soldiers.",
            "Chemical weapon",
        ),
        (
            "A suicide attacker triggered explosives in the lobby of a hotel in Mogadishu on Sunday morning.",
            "Suicide bomb",
        ),
        # group changes: a new leader, a joint platform, levies, a truce called off
        (
            "The Maoist party has named a new general secretary after the death of its chief, a press note said.",
            "Change to group/activity",
        ),
        (
            "Three armed groups announced the formation of a joint platform to coordinate their operations.",
            "Change to group/activity",
        ),
        (
            "Maoists in Sukma asked bamboo contractors to pay a levy of Rs 30 per bundle, posters in the villages said.",
            "Change to group/activity",
        ),
        (
            "The TTP announced it was calling off its truce with the government and told its fighters to resume attacks.",
            "Change to group/activity",
        ),
        # swaps and truces that took place or took hold
        (
            "A prisoner exchange between the army and the rebels took place at the Kasindi crossing on Friday.",
            "Agreement",
        ),
        (
            "The truce between the two clans took hold on Tuesday after mediation by elders in Galkayo.",
            "Agreement",
        ),
        (
            "The district fell to the rebels without a single shot being fired after the garrison withdrew.",
            "Non-violent transfer of territory",
        ),
        # an agitation fired on
        (
            "Police allegedly shot dead three farmers during an agitation for higher crop prices in Mandsaur.",
            "Excessive force against protesters",
        ),
        (
            "Soldiers opened fire on members of a Shia movement during their peaceful trek to Zaria, killing three.",
            "Excessive force against protesters",
        ),
        (
            "The long march for the missing reached Quetta on its ninth day, where traders greeted the walkers.",
            "Peaceful protest",
        ),
        (
            "After a week of heavy fighting, Bunagana is again under the control of the loyalist forces, the army said.",
            "Government regains territory",
        ),
        # Middle East, North Africa, Latin America, the Philippines and Myanmar
        ("Since this morning, troops and militants have clashed near the bridge at Tal Tamr.", "Armed clash"),
        (
            "The Security Belt handed the checkpoint at the northern entrance of Zinjibar to the "
            "Giants Brigades on Monday.",
            "Non-violent transfer of territory",
        ),
        (
            "The Turkish army established a new observation point near Sarmin, bringing in concrete blocks, SOHR said.",
            "Headquarters or base established",
        ),
        (
            "The LNA said it had reasserted control over the town of Ubari after expelling Chadian fighters.",
            "Government regains territory",
        ),
        (
            "A resistance group said the junta's artillery fired shells giving off a pungent chemical vapour, "
            "leaving fighters unconscious.",
            "Chemical weapon",
        ),
        (
            "During an arrest raid in Jenin, gunmen hurled a pipe bomb at troops securing the street, the army said.",
            "Grenade",
        ),
        (
            "Hundreds gathered in the main square of Sweida for the weekly demonstration, chanting slogans for "
            "political change and the release of detainees.",
            "Peaceful protest",
        ),
        (
            "Militiamen raided the home of a school principal in Dhamar at dawn and took him to an undisclosed "
            "location, his relatives said.",
            "Abduction/forced disappearance",
        ),
        ("Police raided the house in Tondo and took him to the station for questioning.", "Arrests"),
        (
            "Rallyists from labour groups trooped to Mendiola to denounce the rising price of rice.",
            "Peaceful protest",
        ),
        (
            "The air force carried out an aerial bombardment on a camp of the dissidents in the jungle of Guaviare.",
            "Air/drone strike",
        ),
        (
            "Mobile internet and Wi-Fi were cut in Sittwe and Kyauktaw townships on the order of the junta.",
            "Other",
        ),
        (
            "Commanders of the front announced their separation from the structure and the creation of a new bloc.",
            "Change to group/activity",
        ),
        (
            "Leaders of two gangs announced the fusion of their groups under a single command in Guayaquil.",
            "Change to group/activity",
        ),
        (
            "A motorcycle loaded with explosives blew up beside the police station of Jamundi, injuring two.",
            "Remote explosive/landmine/IED",
        ),
        (
            "A salvo of Grad rockets fell on the outskirts of the airport on Tuesday, halting flights.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A rider on a motorcycle rigged with explosives drove into the gate of the base and detonated the load, "
            "dying at the scene.",
            "Suicide bomb",
        ),
        (
            "In a joint operation, soldiers and police captured alias 'Pitufo', head of finances of a structure of the "
            "Clan del Golfo, in rural Caucasia.",
            "Arrests",
        ),
        (
            "The EOD team safely disrupted an improvised explosive device left beside the highway near Datu Piang.",
            "Disrupted weapons use",
        ),
        (
            "Soldiers secured an arsenal of rifles, grenade launchers and ammunition at a ranch near Culiacan.",
            "Disrupted weapons use",
        ),
    ],
)
def test_regional_wordings_are_typed(news_types, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    types = news_types(text)
    assert types and types[0] == expected, types


@pytest.mark.parametrize(
    "text",
    [
        "Two men drove past the police picket at the bridge before dawn.",  # a post of the police, no strike
        "The elephant went on a rampage in the village, trampling crops.",  # an animal's rampage
        "The heavy rain triggered a landslide that buried three houses in Kalimpong.",  # a cause, no blast
        "Renewed fighting ended the truce on Sunday.",  # a truce broken, not called off by a side
        "A man hacked his younger brother to death in a village of Kushtia, police said.",
        "Police arrested nine cyber fraudsters who cheated bank customers by posing as bank officials.",
        "Eight workers died in an explosion at a firecracker unit near Sivakasi.",
        "A court sentenced four men to life in prison for their role in a bomb blast at a bus stand.",
        "A farmer killed his neighbour with a machete in the rural area of Sogamoso.",
        "The price of rice fell on Monday in the capital.",
        "The union secured a pay rise for the dock workers.",
    ],
)
def test_regional_non_events(news_types, text: str) -> None:  # type: ignore[no-untyped-def]
    assert news_types(text) == []


def test_powers_to_arrest_are_no_arrest(news_types) -> None:  # type: ignore[no-untyped-def]
    # the emergency is the event; sweeping powers to arrest are what the army may do, no arrest made
    text = "The president declared a state of emergency, giving the army sweeping powers to arrest suspects."
    assert news_types(text) == ["Other"]


def test_a_gathering_yet_to_come_is_no_intervention(news_types) -> None:  # type: ignore[no-untyped-def]
    types = news_types(
        "Police detained dozens of opposition activists on Friday, a day before the party's planned march on the capital.",
    )
    assert types == ["Arrests"]


def test_an_act_by_men_suspected_to_be_a_group_is_news(news_types) -> None:  # type: ignore[no-untyped-def]
    # (the parser reads "suspected" as the main verb and the killing as what was suspected)
    assert news_types(
        "Gunmen suspected to be al-Shabaab shot dead a clan elder outside a mosque in Garissa."
    ) == ["Attack"]


def test_a_forces_helpers_are_not_its_actor(rules_read) -> None:  # type: ignore[no-untyped-def]
    ctx = rules_read(
        "Somali army troops backed by clan militia wrested control of the district from al-Shabaab on Monday."
    )
    events = [e for e in ctx.events if not e.is_background]
    assert events and events[0].sub_event_type == "Government regains territory"
    assert "Military Forces of Somalia" in events[0].actor1


@pytest.mark.parametrize(
    "text",
    [
        # where the family is not told where the man is held: a forced disappearance, told in the next sentence too
        "Plainclothes men picked up a student leader from his hostel in Quetta. His family has had no information "
        "about where he is being kept.",
        "Intelligence agents took away a rights activist from her home in Kabul, and her family has not been told "
        "where she is held.",
        "Armed men stopped a bus near Daraban and took away eight of them to an unknown location.",
    ],
)
def test_a_detention_with_the_fate_unknown_is_a_disappearance(news_types, text: str) -> None:  # type: ignore[no-untyped-def]
    assert news_types(text)[:1] == ["Abduction/forced disappearance"]


def test_an_ezafe_name_is_not_cut_into_places(rules_read) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.geo.recognise import _ezafe_between, _tokens

    text = "Fighters captured Pul-e-Hesar district of Baghlan on Friday."
    toks = _tokens(text)
    pul = next(i for i, t in enumerate(toks) if t.text == "Pul")
    assert _ezafe_between(text, toks, pul)
    ctx = rules_read(text)
    assert all(e.location in ("", "Baghlān", "Baghlan") or "Pul" in e.location for e in ctx.events)


def test_a_word_opening_a_sentence_is_no_place_by_another_name(rules_read) -> None:  # type: ignore[no-untyped-def]
    # "Farmers" is another name of Milan, Michigan; opening the sentence, it is the farmers
    ctx = rules_read("Farmers unions observed a four-hour rail roko at 32 places across Punjab on Monday.")
    assert all(t.country_code != "US" for t in ctx.toponyms)


def test_a_name_only_far_places_go_by_is_left_unplaced(rules_read) -> None:  # type: ignore[no-untyped-def]
    # "Boni" is another name of Bonn; in a report from Mali it is a village the gazetteer lacks
    ctx = rules_read(
        "A FAMa vehicle struck a landmine near Boni, in the circle of Douentza, killing three soldiers."
    )
    assert all(t.country_code != "DE" for t in ctx.toponyms)
    assert [e.country for e in ctx.events if not e.is_background] == ["Mali"]


def test_goods_seized_are_no_ground(news_types) -> None:  # type: ignore[no-untyped-def]
    assert news_types("Police seized 23 mobile phones and two laptops from the suspects on Monday.") == []
