"""Who did what to whom: the sides of an incident read from its sentences once it is typed (link.incidents), on
short reports of our own writing."""

from __future__ import annotations

import datetime as dt

from eventwatch.extract.actors import registry
from eventwatch.records import Actor


def _the_event(read, text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    (event,) = [e for e in read(text, published).events if not e.is_background]
    return event


def test_a_movement_become_a_state_is_coded_by_the_day() -> None:
    from eventwatch.extract.actors import as_of

    taliban = registry().lookup("Taliban")
    assert taliban is not None
    actor = Actor(name=taliban.name, kind=taliban.kind, inter=taliban.inter, country=taliban.country)
    after = as_of(actor, dt.date(2023, 5, 1))
    assert after.name == "Military Forces of Afghanistan (2021-)" and after.inter == 1
    assert as_of(actor, dt.date(2019, 5, 1)).inter == 2  # rebels before they took power
    assert as_of(actor, None).inter == 1  # an undated report: as the actor stands now
    # an unnamed group is never re-coded
    gunmen = Actor(name="Unidentified Armed Group", inter=3, generic=True)
    assert as_of(gunmen, dt.date(2023, 5, 1)) is gunmen


def test_taliban_forces_after_2021_are_the_state_and_no_place(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Taliban fighters detained two shopkeepers in Herat on Tuesday for selling music, relatives said.",
        "2024-03-06",
    )
    assert e.sub_event_type == "Arrests"
    assert e.actor1 == "Military Forces of Afghanistan (2021-)" and e.inter1 == 1
    assert e.country == "Afghanistan"  # "Taliban" is no other name of a Turkish village


def test_an_ezafe_name_is_one_place(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "A bomb exploded near a shrine in Mazar-i-Sharif on Friday, killing three worshippers."
    )
    assert e.country == "Afghanistan"


def test_a_side_telling_what_it_did_is_actor_1(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "The Kachin Independence Army said on Friday it had shelled a junta outpost near Bhamo with mortars.",
    )
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor1 == "KIA: Kachin Independence Army"
    e = _the_event(
        read,
        "Niger's defence ministry said its troops had recaptured the village of Tamou from jihadists on Sunday.",
    )
    assert e.sub_event_type == "Government regains territory" and e.actor1 == "Military Forces of Niger"


def test_the_militants_are_the_one_group_the_report_names(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "The insurgents kidnapped a district officer near Beledweyne on Monday. Elders said al-Shabaab later "
        "demanded a ransom for him.",
    )
    assert e.sub_event_type == "Abduction/forced disappearance" and e.actor1 == "Al Shabaab" and e.inter1 == 2


def test_men_the_report_cannot_name_are_an_unidentified_armed_group(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "A radio presenter was shot dead by three men on motorbikes in Goma, Congo, on Friday."
    )
    assert e.event_type == "Violence against civilians"
    assert e.actor1.startswith("Unidentified Armed Group") and e.inter1 == 3 and e.inter2 == 7


def test_a_force_and_its_helpers_the_force_is_actor_1(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "Malian soldiers accompanied by Wagner fighters shot dead six herders near Djenne on Sunday."
    )
    assert e.event_type == "Violence against civilians" and e.actor1 == "Military Forces of Mali"


def test_a_communitys_armed_men_are_its_militia(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "Turkana raiders killed four herdsmen and drove off 300 goats near Lodwar, Kenya, on Monday."
    )
    assert e.actor1 == "Turkana Ethnic Militia (Kenya)" and e.inter1 == 4
    e = _the_event(read, "Hema and Lendu militias clashed near Djugu in Ituri, Congo, on Wednesday.")
    assert e.sub_event_type == "Armed clash" and (e.inter1, e.inter2) == (4, 4)
    assert e.actor1.startswith("Hema") and e.actor2.startswith("Lendu")


def test_the_sides_of_a_fight_told_after_between(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "Heavy fighting broke out between ADF rebels and Congolese soldiers near Beni on Tuesday."
    )
    assert e.sub_event_type == "Armed clash"
    assert e.actor1 == "ADF: Allied Democratic Forces" and e.actor2.startswith("Military Forces of")
    e = _the_event(
        read, "Two rival armed groups fought for a checkpoint in Misrata, Libya, on Sunday, residents said."
    )
    assert (e.inter1, e.inter2) == (3, 3)


def test_who_fired_arms_told_in_the_passive(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "Shells fired from army-held positions hit a market in Taiz, Yemen, killing four civilians."
    )
    assert e.event_type == "Explosions/Remote violence" and e.inter1 == 1 and e.inter2 == 7
    e = _the_event(
        read,
        "Rockets fired by the Syrian army hit a bakery in Idlib, Syria, on Monday, killing five civilians.",
    )
    assert e.actor1 == "Military Forces of Syria" and (e.inter1, e.inter2) == (
        1,
        7,
    )  # "by the army": no source


def test_the_armed_men_a_civilians_report_names_elsewhere(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Eleven travellers were abducted on the Zaria road in Nigeria on Friday after bandits blocked it with "
        "logs, police said.",
    )
    assert e.sub_event_type == "Abduction/forced disappearance" and e.inter1 == 3 and e.inter2 == 7


def test_an_arrest_of_a_groups_men_has_the_group_as_actor_2(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Police in Maiduguri arrested a trader on Monday, saying he was a member of an ISWAP logistics cell.",
    )
    assert (
        e.sub_event_type == "Arrests" and e.actor2 == "Islamic State West Africa Province" and e.inter2 == 2
    )
    e = _the_event(
        read, "Police in Maiduguri arrested a reporter on Wednesday over a story on Boko Haram's finances."
    )
    assert e.sub_event_type == "Arrests" and e.inter2 == 7  # a story on a group makes no member of it


def test_a_riot_against_the_police_has_them_as_actor_2(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Protesters hurled stones at the governor's office in Kano, Nigeria, on Monday and clashed with security "
        "guards.",
    )
    assert e.sub_event_type == "Violent demonstration" and (e.inter1, e.inter2) == (5, 1)
    e = _the_event(
        read,
        "Residents burned tyres and blocked the main road in Kisumu, Kenya, on Monday after a boy died in a "
        "police raid.",
    )
    assert e.sub_event_type == "Violent demonstration" and e.actor1.startswith("Rioters") and e.inter2 == 0


def test_students_attacked_are_civilians_and_a_base_has_no_other_side(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(read, "Gunmen abducted twelve students from a school in Kebbi, Nigeria, on Tuesday.")
    assert e.sub_event_type == "Abduction/forced disappearance" and e.inter2 == 7
    assert e.actor2.startswith("Civilians")


def test_state_agencies_known_by_name(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "DSS operatives arrested a cleric in Kano on Thursday over his sermons, his family said."
    )
    assert e.sub_event_type == "Arrests" and e.actor1 == "Police Forces of Nigeria" and e.inter1 == 1


def test_two_sides_told_together_the_first_is_actor_1(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(read, "Nigerian troops and ISWAP fighters clashed near Monguno on Monday.")
    assert e.actor1 == "Military Forces of Nigeria" and e.actor2 == "Islamic State West Africa Province"


def test_forces_are_abroad_only_where_the_place_is_sure(read) -> None:  # type: ignore[no-untyped-def]
    # "Boni" is read as Bonn with little confidence and nothing else in the report tells of Germany
    e = _the_event(read, "Malian soldiers fought jihadists near Boni on Tuesday, a local official said.")
    assert e.actor1 == "Military Forces of Mali" and e.inter1 == 1
    # a country told as who leads something is no place of the event
    e = _the_event(
        read,
        "The Lebanese army deployed into border villages vacated by Israeli forces, under a truce monitored by a "
        "US-led committee.",
    )
    assert e.country != "United States" and e.inter1 == 1
    e = _the_event(read, "Israeli artillery shelled farmland near Kfar Kila, Lebanon, wounding a shepherd.")
    assert (e.inter1, e.inter2) == (8, 7)  # and a shepherd is a civilian


def test_rangers_and_counter_terrorism_officials_are_state_forces(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(read, "Thai rangers exchanged fire with insurgents in Pattani on Sunday.")
    assert (e.inter1, e.inter2) == (1, 2)
    e = _the_event(
        read,
        "Pakistani counter-terrorism officials took away a rights activist in Peshawar on Monday; he has not "
        "appeared in any court since.",
    )
    # held with no court to see him: ACLED's forced disappearance, by the state
    assert e.sub_event_type == "Abduction/forced disappearance" and (e.inter1, e.inter2) == (1, 7)


def test_a_forces_units_are_the_force(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "SPLM-N fighters clashed with Sudanese army units near Kadugli on Monday, residents said."
    )
    assert e.sub_event_type == "Armed clash" and (e.inter1, e.inter2) == (2, 1)


def test_a_strike_on_what_a_force_holds_beyond_the_parsed_target(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "A Ukrainian drone struck a Russian military truck near Melitopol, Ukraine, on Monday."
    )
    assert e.sub_event_type == "Air/drone strike" and (e.inter1, e.inter2) == (1, 8)
    e = _the_event(read, "Israeli warplanes struck a military airport near Hama, Syria, on Wednesday night.")
    assert (e.inter1, e.inter2) == (8, 1)


def test_the_doer_told_in_the_next_sentence(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "A man threw a grenade into a crowd at a market in Cotabato, Philippines, on Saturday, wounding six "
        "shoppers. Police said the attacker fled on a motorcycle.",
    )
    assert e.sub_event_type == "Grenade" and e.inter1 == 3
    e = _the_event(
        read,
        "A councillor was shot dead outside his home in Esmeraldas, Ecuador, on Sunday. Witnesses said two men "
        "arrived on a motorcycle and fired at him.",
    )
    assert e.event_type == "Violence against civilians" and (e.inter1, e.inter2) == (3, 7)


def test_two_clan_militias_of_no_name(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(read, "Two sub-clan militias fought over a well in Galgaduud, Somalia, on Monday.")
    assert e.sub_event_type == "Armed clash" and (e.inter1, e.inter2) == (4, 4)


def test_a_foiled_attacks_claimant_is_not_the_side_that_stopped_it(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "The Israeli military said it had shot down a missile launched from Yemen before dawn. The Houthis "
        "claimed responsibility for the launch.",
    )
    assert e.sub_event_type == "Disrupted weapons use" and e.actor1 == "Military Forces of Israel"


def test_an_agency_named_for_security_is_the_states(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "Members of the Internal Security Agency detained a blogger in Tripoli, Libya, on Saturday."
    )
    assert e.sub_event_type == "Arrests" and (e.inter1, e.inter2) == (1, 7)


def test_herdsmen_of_a_named_community(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "Fulani herdsmen attacked a village in Benue, Nigeria, on Sunday, killing seven farmers."
    )
    assert (
        e.sub_event_type == "Attack"
        and e.actor1 == "Fulani Ethnic Militia (Nigeria)"
        and (e.inter1, e.inter2) == (4, 7)
    )


def test_ground_retaken_under_fire_is_regained_not_handed_over(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Somali troops retook the town of Bulo Burte on Friday after al-Shabaab fighters withdrew under heavy "
        "mortar fire, officials said.",
    )
    assert e.sub_event_type == "Government regains territory"
    e = _the_event(
        read,
        "Somali troops retook the town of Bulo Burte on Friday after al-Shabaab fighters withdrew without a fight.",
    )
    assert e.sub_event_type == "Non-violent transfer of territory"


def test_armed_youths_of_a_community_are_its_militia_not_a_mob(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Armed youths from the Dinka community attacked a cattle camp in Lakes State, South Sudan, on Sunday, "
        "killing nine herders.",
    )
    assert e.sub_event_type == "Attack" and e.actor1 == "Dinka Ethnic Militia (South Sudan)"
    assert (e.inter1, e.inter2) == (4, 7)


def test_men_arrested_and_their_arms_seized_is_an_arrest(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Soldiers arrested four members of the Gulf Clan in Antioquia, Colombia, on Friday, seizing rifles and "
        "ammunition.",
    )
    assert e.sub_event_type == "Arrests" and (e.inter1, e.inter2) == (1, 3)
    e = _the_event(
        read,
        "Police arrested two men in Nansana, Uganda, on Monday and recovered a bomb, which the bomb squad defused.",
    )
    assert e.sub_event_type == "Disrupted weapons use"  # a bomb made safe stays the event


def test_doers_said_to_be_a_communitys_men(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Villagers said the gunmen who killed six farmers near Bokkos, Nigeria, on Sunday were Fulani militiamen.",
    )
    assert e.event_type == "Violence against civilians" and e.actor1 == "Fulani Ethnic Militia (Nigeria)"


def test_actor_words_ending_in_man_take_their_plural() -> None:
    from eventwatch.extract.actors import generic_actors

    found = [(a.span.text, a.inter) for a in generic_actors("Two policemen and three militiamen were hurt.")]
    assert found == [("policemen", 1), ("militiamen", 3)]


def test_a_crowd_that_went_home_by_itself_met_no_intervention(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Teachers held a sit-in outside the education ministry in Bamako, Mali, on Monday to demand unpaid "
        "salaries, dispersing at nightfall.",
    )
    assert e.sub_event_type == "Peaceful protest"
    e = _the_event(
        read,
        "Hundreds marched through Srinagar, India, on Friday carrying posters of detainees before the march ended "
        "peacefully.",
    )
    assert e.sub_event_type == "Peaceful protest"


def test_a_capital_as_a_party_and_a_deal_referred_back_to(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Bamako and the rebels of the CMA signed a declaration in Algiers on Saturday. The truce, which both sides "
        "pledged to respect, took effect at midnight.",
    )
    assert e.sub_event_type == "Agreement" and e.actor1 == "Government of Mali" and e.inter2 == 2


def test_ground_handed_over_the_taker_is_actor_1(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "UN peacekeepers handed over their base in Kidal, Mali, to the Malian armed forces on Tuesday."
    )
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.actor1 == "Military Forces of Mali" and e.actor2 == "United Nations"


def test_a_side_read_from_the_incidents_sentences_keeps_its_words(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Eleven travellers were abducted on the Zaria road in Nigeria on Friday after bandits blocked it with "
        "logs, police said.",
    )
    assert ("actor1", "bandits") in {(ev.role, ev.text) for ev in e.evidence}
