"""Event extraction on short reports of our own writing: typing, actors, weapons, casualties, realis."""

from __future__ import annotations

import datetime as dt

from eventwatch.extract.actors import registry
from eventwatch.extract.numbers import leading_count, quantities, word_value
from eventwatch.extract.spot import find_weapons
from eventwatch.extract.taxonomy import SUB_EVENT_TYPES, interaction
from eventwatch.geo.gazetteer import skeleton
from eventwatch.nlp.segment import split_sentences


def _news(read, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The sub-event types of what a text tells as news (background left out)."""
    return [e.sub_event_type for e in read(text).events if not e.is_background]


def test_taxonomy_has_acled_25() -> None:
    assert len(SUB_EVENT_TYPES) == 25
    assert interaction(1, 7) == 17 and interaction(7, 1) == 17 and interaction(2, 0) == 20


def test_numbers() -> None:
    assert word_value("six") == 6
    assert word_value("twenty-five") == 25
    assert word_value("1,200") == 1200
    assert word_value("two hundred") == 200
    assert leading_count("six Grad rockets") == 6
    assert leading_count("rockets") is None
    (q,) = quantities("at least 12 people")
    assert (q.low, q.best, q.high) == (12, 12, None)
    (q,) = quantities("between 5 and 7 soldiers")
    assert (q.low, q.high) == (5, 7)
    (q,) = quantities("dozens of villagers")
    assert q.best == 12


def test_weapons_with_counts() -> None:
    found = find_weapons("Militants fired three mortar shells and a rocket at the base.")
    names = {(w.name, w.count) for w in found}
    assert ("mortar", 3) in names
    assert ("rocket", 1) in names


def test_sentences_keep_abbreviations() -> None:
    spans = split_sentences("Gen. Ali spoke on Monday. The U.S. envoy left. Rebels fled!")
    assert [s.text for s in spans] == ["Gen. Ali spoke on Monday.", "The U.S. envoy left.", "Rebels fled!"]


def test_actor_registry_patterns() -> None:
    reg = registry()
    found = reg.find("Troops loyal to the renegade commander Khalifa Hifter shelled the town.")
    assert found and "Haftar" in found[0].name
    assert reg.lookup("Ansarallah") is not None
    assert skeleton("Al-Mesmari") == skeleton("Mismari")


def test_shelling_with_fatalities(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Rebel fighters fired four mortar rounds at a market in the town of Kidal on Tuesday, killing at least "
        "seven civilians and wounding 12 others, local officials said.",
        published="2021-05-06",
    )
    events = [e for e in ctx.events if not e.is_background]
    assert len(events) == 1
    event = events[0]
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.fatalities == 7
    assert event.event_date == dt.date(2021, 5, 4)
    assert any(w.name == "mortar" and w.count == 4 for w in event.weapons)


def test_threats_and_plans_are_not_events(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("The militia threatened to shell the port and vowed to kill anyone who resisted.")
    assert [e for e in ctx.events if e.event_type != "Strategic developments"] == []


def test_non_conflict_text_has_no_event(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Heavy rain flooded three districts of the city on Sunday and the harvest festival was postponed. "
        "The central bank kept interest rates unchanged."
    )
    assert ctx.events == []


VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def test_figurative_and_non_political_violence_words(read) -> None:  # type: ignore[no-untyped-def]
    """Diseases that kill, labour strikes, sporting clashes and road crashes are no political violence."""
    for text in (
        "A typhoid outbreak has killed 23 people in the northern district since Monday, health officials said.",
        "Bus drivers' strike paralyses transport in the capital for a second day.",
        "The two city rivals clash in the cup final on Saturday after a tense league season.",
        "A minibus plunged into a ravine on the mountain road on Friday, killing eleven passengers.",
    ):
        ctx = read(text)
        assert [e.sub_event_type for e in ctx.events if e.event_type in VIOLENT] == [], text
    # the same verbs with an armed actor or a weapon of war still make events
    ctx = read("Fighter jets carried out an air strike on a rebel camp on Friday, killing eleven fighters.")
    assert [e.sub_event_type for e in ctx.events] == ["Air/drone strike"]
    ctx = read("Militants attacked a village on Friday and killed 23 people, officials said.")
    assert [e.event_type for e in ctx.events] == ["Violence against civilians"]
    # words of those stories that also name victims or causes of political violence do not hide it
    for text, expected in (
        ("Gunmen killed a shopkeeper and his neighbour in the town on Sunday.", "Attack"),
        (
            "Rioters angry over fuel prices torched vehicles and stoned police on Sunday.",
            "Violent demonstration",
        ),
        ("An outbreak of fighting between the army and rebels killed 12 soldiers on Sunday.", "Armed clash"),
        ("Gunmen attacked spectators at a football match on Sunday, killing four people.", "Attack"),
    ):
        assert [e.sub_event_type for e in read(text).events] == [expected], text


def test_protest_with_intervention_and_crowd(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "About 3,000 students protested outside parliament in Nairobi on Monday before riot police dispersed "
        "them with tear gas.",
        published="2021-05-04",
    )
    protests = [e for e in ctx.events if e.event_type == "Protests"]
    assert protests and protests[0].sub_event_type == "Protest with intervention"


def test_abduction(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Gunmen abducted four aid workers near the village of Tawila on Saturday.", published="2021-05-04"
    )
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]


def test_no_publication_date_leaves_relative_dates_unresolved(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Gunmen abducted four aid workers near the village of Tawila on Saturday.", published=None)
    (event,) = ctx.events
    assert event.event_date is None and event.time_precision == 3  # never silently dated today
    assert any("no publication date" in w for w in ctx.warnings)


def test_one_demonstration_told_in_two_sentences(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Hundreds of students marched through Dakar on Monday to demand lower university fees. "
        "Police fired live rounds at the protesters, killing two of them.",
        published="2021-05-04",
    )
    events = [e for e in ctx.events if not e.is_background]
    assert len(events) == 1
    assert events[0].sub_event_type == "Excessive force against protesters"
    assert events[0].fatalities == 2


def test_a_demonstration_that_turns_violent_is_a_riot(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Thousands of traders protested in Kampala on Friday against a new tax. "
        "Some of them later torched tyres and threw stones at shops.",
        published="2021-05-09",
    )
    events = [e for e in ctx.events if not e.is_background]
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_killing_of_people_in_civilian_roles_is_an_attack(read) -> None:  # type: ignore[no-untyped-def]
    """A priest, a vendor, fishermen or an activist killed by an armed group: violence against civilians."""
    for text in (
        "Militants shot dead a parish priest on the road to the mission on Sunday.",
        "Armed men killed four fishermen on the lake shore on Sunday, a local official said.",
        "Suspected rebels killed a human rights activist outside his office on Sunday.",
    ):
        ctx = read(text)
        assert [e.sub_event_type for e in ctx.events] == ["Attack"], text


def test_detaining_demonstrators_is_a_protest_with_intervention(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Police ended a sit-in by nurses outside the health ministry on Sunday and detained nine of them."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]
    ctx = read("Police arrested the deputy leader of the rebel movement at his home on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Arrests"]


def test_fighting_that_ends_in_a_capture_is_a_territory_change(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Rebel fighters captured the district town on Sunday after clashes with the army, residents said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Non-state actor overtakes territory"]
    ctx = read("Rebel fighters and the army clashed near the district town on Sunday, residents said.")
    assert [e.sub_event_type for e in ctx.events] == ["Armed clash"]


def test_what_was_thrown_decides(read) -> None:  # type: ignore[no-untyped-def]
    """A grenade thrown is a grenade attack; stones thrown by a crowd a riot; a ball thrown no event."""
    for text in (
        "Gunmen on a motorbike hurled a grenade at the police post on Sunday, wounding two officers.",
        "A hand grenade was lobbed into the market on Sunday, injuring five people.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Grenade"], text
    ctx = read("Youths threw stones at riot police in the town centre on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    assert read("The goalkeeper threw the ball to a defender on Sunday.").events == []


def test_irregular_past_forms_are_read_as_their_verbs(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Government troops retook the border town from the rebels on Sunday, the army said.")
    assert [e.sub_event_type for e in ctx.events] == ["Government regains territory"]


def test_what_was_burned_or_destroyed_decides(read) -> None:  # type: ignore[no-untyped-def]
    for text, expect in (
        (
            "Armed men burned a church and two shops in the village on Sunday.",
            ["Looting/property destruction"],
        ),
        (
            "Militants destroyed a mobile phone mast outside the town on Sunday.",
            ["Looting/property destruction"],
        ),
        ("Protesters burned tyres and two cars in the capital on Sunday.", ["Violent demonstration"]),
        ("The bush fire burned for three days in the hills on Sunday.", []),
        (
            "Insurgents built a new camp in the forest on Sunday, residents said.",
            ["Headquarters or base established"],
        ),
    ):
        assert [e.sub_event_type for e in read(text).events] == expect, text


def test_an_incidents_own_duration_is_not_a_campaign(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Soldiers and rebel fighters exchanged fire for several hours near the bridge on Sunday.")
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Armed clash", False)]
    ctx = read("Militias have been shelling the town for weeks, residents said on Sunday.")
    assert ctx.events and all(e.is_background for e in ctx.events) and ctx.events


def test_hyphenated_triggers_and_victims_spouses(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Hundreds of nurses staged a sit-in outside the ministry on Sunday to demand unpaid wages.")
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    # a spouse among the victims does not make a kidnapping domestic; a man who stabs his wife does
    ctx = read("Armed men kidnapped the village chief and his wife on Sunday, residents said.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    assert read("A man stabbed his wife after a quarrel at their home on Sunday, police said.").events == []


def test_more_ways_of_telling_fighting_and_fire(read) -> None:  # type: ignore[no-untyped-def]
    for text, expect in (
        ("Soldiers and rebel fighters traded gunfire for hours near the bridge on Sunday.", "Armed clash"),
        (
            "Fighting between two rival militias killed at least 12 fighters on Sunday, an official said.",
            "Armed clash",
        ),
        (
            "Two soldiers and nine insurgents died in clashes in the hills on Sunday, the army said.",
            "Armed clash",
        ),
        (
            "Army artillery pounded rebel positions outside the town on Sunday.",
            "Shelling/artillery/missile attack",
        ),
        ("Rockets loaded with chlorine hit a residential area on Sunday, medics said.", "Chemical weapon"),
    ):
        ctx = read(text)
        assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [(expect, False)], text
    for text in (
        "The price of bread hit a record high on Sunday.",
        "The plane landed safely in the capital on Sunday.",
    ):
        assert read(text).events == [], text


def test_changes_to_a_group_in_any_verb_form(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The rebel movement announced on Sunday it was merging with another armed group.",
        "A faction broke away from the main rebel group on Sunday, its commander said.",
        "The armed group pledged allegiance to the jihadist network on Sunday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text


def test_bases_set_up_in_other_words(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The militia turned a school into its headquarters on Sunday, residents said.",
        "Armed fighters have settled in a camp outside the town since Sunday, residents said.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Headquarters or base established"], text
    assert read("The family moved to a new house near the base on Sunday.").events == []


def test_a_gold_mine_is_no_landmine() -> None:
    from eventwatch.extract.spot import find_weapons

    assert find_weapons("Gunmen attacked a gold mine in the north on Sunday.") == []
    assert find_weapons("The mine's owners and mine workers met on Sunday.") == []
    assert [w.name for w in find_weapons("A soldier stepped on a mine on Sunday.")] == ["landmine"]
    assert [w.name for w in find_weapons("An anti-personnel mine exploded on the road.")] == ["landmine"]


def test_something_that_only_looks_like_a_weapon_is_none() -> None:
    assert find_weapons("Youths threw grenade-like firecrackers at the police on Sunday.") == []
    assert find_weapons("A boy carrying a toy gun was stopped at the gate.") == []
    assert [w.name for w in find_weapons("Youths threw a grenade at the police on Sunday.")] == ["grenade"]


def test_a_bomb_worn_on_the_body_is_a_suicide_bomb(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "An attacker wearing an explosive vest detonated it at the market gate on Sunday, killing six people."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Suicide bomb"]


def test_taking_a_town_after_clashes_is_the_territory_change(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Rebel fighters captured four villages on Sunday after heavy clashes with government forces.")
    assert [e.sub_event_type for e in ctx.events][:1] == ["Non-state actor overtakes territory"]


def test_abducted_into_a_vehicle(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Gunmen bundled a local journalist into a white car outside his home on Sunday, his family said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]


def test_a_disaster_told_in_the_sentence_before_explains_the_deaths(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Cyclone winds battered the coast on Sunday, flooding villages. At least nine people were killed, officials said.",
        "Hundreds of firefighters were battling wildfires in the hills on Monday, the civil protection agency said.",
        "A methane explosion deep inside a coal mine killed seven miners on Wednesday, the mining agency said.",
    ):
        assert read(text).events == [], text
    # an armed actor of its own keeps the event, whatever came before
    ctx = read("A storm hit the coast on Saturday. On Sunday militants killed nine villagers near the port.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]


def test_a_crowd_that_kills_is_a_mob_and_agreeing_to_stop_fighting_is_an_agreement(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "A man suspected of stealing cattle was beaten to death by a mob in a village on Sunday, police said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    ctx = read(
        "After a firefight on Sunday, the army and the rebels agreed to halt hostilities around the town."
    )
    top = max(ctx.events, key=lambda e: e.confidence)
    assert top.sub_event_type == "Agreement"
    ctx = read(
        "A day after a ceasefire was declared, a vehicle hit a landmine on the coast road on Sunday, killing ten."
    )
    assert max(ctx.events, key=lambda e: e.confidence).sub_event_type == "Remote explosive/landmine/IED"


def test_gas_that_chokes_is_a_chemical_weapon(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Drones dropped grenades filled with choking gas on the army's trenches on Sunday, a spokesman said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Chemical weapon"]


def test_demonstrators_burning_is_a_riot_and_an_interception_is_the_news(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Protesters torched a police station and looted shops in the suburb on Sunday, residents said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    ctx = read(
        "The air force said 14 of the 17 drones launched overnight towards the port had been shot down on Sunday."
    )
    assert max(ctx.events, key=lambda e: e.confidence).sub_event_type == "Disrupted weapons use"
    ctx = read("More than two tonnes of cocaine were seized at the port on Sunday, the navy said.")
    assert [e for e in ctx.events if e.event_type == "Battles"] == []


def test_a_mass_grave_is_another_development(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Forensic teams uncovered a mass grave holding at least 40 bodies near the village on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Other"]


def test_leaders_named_attacks_suspended_and_weapons_handed_in(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The jihadist group appointed a new emir for the western region on Sunday, a security source said.",
        "The armed faction said on Sunday it was suspending attacks on foreign forces for one month.",
        "Some 300 militia fighters handed in their rifles at a ceremony in the town on Sunday.",
    ):
        told = [e.sub_event_type for e in read(text).events if not e.is_background]
        assert told == ["Change to group/activity"], text
    assert read("The ministry named a new football coach on Sunday.").events == []


def test_a_named_group_before_a_noun_is_still_the_actor(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("ISWAP fighters abducted nine farmers near the town on Monday, residents said.")
    assert [(e.sub_event_type, e.actor1) for e in ctx.events] == [
        ("Abduction/forced disappearance", "Islamic State West Africa Province")
    ]


def test_political_armed_groups_are_not_criminals_for_their_ransom(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Rebels abducted twelve bus passengers on the highway on Sunday and demanded a ransom.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    # robbers demanding a ransom stay a crime (unnamed armed men carrying people off are an armed group: see
    # test_armed_men_carrying_people_off_for_ransom)
    assert read("Robbers abducted a trader on the highway on Sunday and demanded a ransom.").events == []


def test_vigilante_mobs_and_gang_rape(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("A mob lynched two suspected thieves in a village market on Tuesday, police said.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    ctx = read("Armed men gang-raped two women in a village on Tuesday, police said.")
    assert [e.sub_event_type for e in ctx.events] == ["Sexual violence"]


def test_acronyms_are_not_matched_by_sound() -> None:
    entry = registry().lookup("KNU")
    assert entry is None or "Libya" not in entry.name


def test_sexual_violence_and_chemical_attacks_are_coded_from_allegations(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Soldiers were accused of raping two women at a checkpoint outside the town on Friday.")
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Sexual violence", False)]
    # other allegations stay background
    ctx = read("The rebels accused the army of shelling their positions near the town on Sunday.")
    assert [e.is_background for e in ctx.events] == [True]


def test_a_chemical_agent_makes_a_chemical_attack_however_delivered(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Militants fired two rockets carrying a toxic substance at an army post near the town on Monday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Chemical weapon"]
    # tear gas is no chemical weapon
    ctx = read("Police fired tear gas at an army post near the town on Monday.")
    assert "Chemical weapon" not in [e.sub_event_type for e in ctx.events]


def test_ground_taken_after_a_fight_is_one_territory_change(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Government troops retook the village from the rebels on Sunday after a gun battle, officials said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Government regains territory"]


def test_people_detained_at_a_gathering_in_other_words(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Police detained nine pensioners who stood outside parliament holding placards on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]


def test_residents_who_beat_a_suspect_are_a_mob(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Residents beat a suspected motorcycle thief to death in the market on Friday, police said.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]


def test_a_bomb_strapped_to_the_body_is_a_suicide_bomb(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Two attackers detonated explosives strapped to their bodies at the bus station on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Suicide bomb"]


def test_agreements_and_new_groups_in_other_words(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Clan elders signed a peace accord in the district capital on Thursday, officials said.")
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    ctx = read("Army and rebel commanders signed a cessation of hostilities in the county on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    ctx = read("Local volunteers formed a new defence battalion in the province on Friday.")
    assert [e.sub_event_type for e in ctx.events] == ["Change to group/activity"]


def test_workers_on_strike_are_a_peaceful_protest(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Nurses at the main hospital held a two-day strike on Monday over unpaid wages.")
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    ctx = read("Teachers downed tools across the region on Monday over delayed pay.")
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    assert read("The union threatened to go on strike next week if wages are not paid.").events == []


def test_people_taken_hostage_or_taken_away_are_abducted(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Militants stopped a minibus on the highway and took four teachers hostage on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    ctx = read("A local journalist was taken from his home before dawn by armed men, his colleagues said.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    assert read("The talks took place in the capital and took three days, officials said.").events == []


def test_lethal_or_severe_force_on_a_peaceful_gathering_is_excessive(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Soldiers fired on an unarmed crowd gathered at the toll gate on Sunday, killing two people.")
    assert [e.sub_event_type for e in ctx.events][:1] == ["Excessive force against protesters"]
    ctx = read(
        "Police beat students marching peacefully in the capital on Monday, leaving nine hospitalised."
    )
    assert [e.sub_event_type for e in ctx.events][:1] == ["Excessive force against protesters"]


def test_ground_handed_over_without_a_fight_is_a_non_violent_transfer(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Rebel fighters took control of the town without a shot fired on Monday, residents said.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-violent transfer of territory"]
    # taken after a battle stays a territory change
    ctx = read(
        "Rebel fighters took control of the town on Monday after heavy clashes with government troops."
    )
    assert [e.sub_event_type for e in ctx.events][:1] == ["Non-state actor overtakes territory"]


def test_a_crowd_that_attacks_people_outside_a_protest_is_a_mob(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("A crowd attacked two traders at the cattle market on Wednesday, beating them with sticks.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    # shots fired into a crowd: the crowd is the target, not a mob
    ctx = read(
        "Seven people were wounded when shots were fired into a crowd leaving a nightclub, police said."
    )
    assert "Mob violence" not in [e.sub_event_type for e in ctx.events]


def test_a_force_named_after_no_country_is_a_movement() -> None:
    from eventwatch.extract.actors import generic_actors

    def kinds(text: str) -> list[int]:
        return [a.inter for a in generic_actors(text)]

    assert kinds("Chin National Army fighters") == [2, 3]
    assert kinds("Tigray Defense Forces took the town") == [2]
    assert kinds("Sudanese Armed Forces said") == [1]
    assert kinds("The Army said") == [1]
    assert kinds("US forces arrived") == [1]


def test_who_lost_the_ground_says_who_took_it(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Rebels said they had retaken the town from government soldiers on Thursday after a day of fighting."
    )
    assert [e.sub_event_type for e in ctx.events][:1] == ["Non-state actor overtakes territory"]
    ctx = read("Troops recaptured the district from the insurgents on Friday, the defence ministry said.")
    assert [e.sub_event_type for e in ctx.events][:1] == ["Government regains territory"]


def test_mobilisation_rebranding_and_switching_allegiance_change_a_group(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The rebel movement declared a general mobilisation in the north on Thursday.",
        "A militia commander and his fighters switched allegiance to the government on Sunday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text


def test_bases_installed_and_check_posts_set_up(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("The rebels have installed their headquarters in a former hotel in the town, residents said.")
    assert [e.sub_event_type for e in ctx.events] == ["Headquarters or base established"]
    ctx = read("Pakistani security forces established a new check post in the valley on Monday.")
    assert [(e.sub_event_type, e.actor1) for e in ctx.events] == [
        ("Headquarters or base established", "Military Forces of Pakistan")
    ]


def test_workers_drivers_and_detainees_are_civilian_targets(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Militants shot dead a polio vaccinator in the district as she went door to door; she had no police escort."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]


def test_the_fatality_line_of_event_notes_counts_the_incident_before_it(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("On 3 May 2021, gunmen attacked a village near the town. 4 fatalities.")
    assert [(e.sub_event_type, e.fatalities) for e in ctx.events] == [("Attack", 4)]
    # a figure told in the incident's own sentence stands
    ctx = read("Gunmen attacked a village near the town on Monday, killing two. 4 fatalities reported.")
    assert [e.fatalities for e in ctx.events] == [2]


def test_weapons_shot_down_are_the_news_without_a_launch_told(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A navy destroyer shot down two attack drones over the sea off the port on Tuesday.",
        "Air defences shot down three drones near the capital overnight, officials said.",
    ):
        best = max(read(text).events, key=lambda e: e.confidence)
        assert best.sub_event_type == "Disrupted weapons use", text


def test_exchanges_done_and_releases_paid_for_are_agreements(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("The two armies carried out a prisoner exchange at the border crossing on Tuesday.")
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    ctx = read("The militia freed nine farm workers on Friday in return for two of its jailed commanders.")
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    ctx = read(
        "Militia leaders signed an extension of the local peace agreement with the governor on Monday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    ctx = read("Army and rebels ink ceasefire in border district")
    assert "Agreement" in [e.sub_event_type for e in ctx.events]
    ctx = read("The rebels violated the truce signed in March, the army said.")
    assert [e.sub_event_type for e in ctx.events] == []


def test_communications_cut_and_closed_zones_are_other_developments(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "The governor suspended mobile internet in three districts on Monday amid ethnic tension, officials said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Other"]
    ctx = read(
        "The army declared the valley a closed military zone on Friday, barring farmers from their fields."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Other"]
    ctx = read("The president declared a state of public emergency in the province on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Other"]
    assert (
        read("Internet services were cut for two hours on Monday by a fibre fault, the company said.").events
        == []
    )


def test_people_gathered_to_press_a_demand_are_a_protest(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "On 3 May 2021, about 60 army veterans gathered outside the town hall demanding their pensions."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    ctx = read(
        "On 3 May 2021, members of a youth movement held a march denouncing the killings in the province."
    )
    # (the killings it denounced are told as background)
    assert [e.sub_event_type for e in ctx.events if not e.is_background] == ["Peaceful protest"]
    assert (
        read("Foreign ministers gathered in the capital on Monday to call for an end to the fighting.").events
        == []
    )


def test_a_baton_charge_and_tear_gas_shells_are_an_intervention(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Police charged with batons at students holding a march near the university on Monday.")
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Protest with intervention", False)]
    ctx = read(
        "Police fired tear gas shells to disperse nurses staging a sit-in outside the ministry on Friday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]
    ctx = read("The rebel commander was charged with murder on Monday over the attack.")
    assert ctx.events and all(e.is_background for e in ctx.events)


def test_a_crowd_throwing_stones_or_burning_vehicles_is_a_riot(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Angry villagers pelted the police with stones on Monday over the eviction of market stalls.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    ctx = read("Supporters of the jailed mayor burned two buses in the town centre on Monday, police said.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    ctx = read("Residents reported burned vehicles in the town after the fighting on Monday.")
    assert "Violent demonstration" not in [e.sub_event_type for e in ctx.events]


def test_a_riot_and_the_police_response_are_one_incident(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Hundreds of traders threw stones at officers in the main market on Monday. "
        "Police later fired tear gas to disperse the crowd."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    ctx = read("Anti-riot units dispersed hundreds of students marching on parliament on Monday.")
    assert "Violent demonstration" not in [e.sub_event_type for e in ctx.events]


def test_police_named_after_a_place_or_a_duty_are_state_forces() -> None:
    from eventwatch.extract.spot import find_actors

    for text in ("Riot police beat the marchers.", "Kaduna police arrested the suspects."):
        police = [a for a in find_actors(text) if a.span is not None and a.span.text == "police"]
        assert police and police[0].inter == 1, text
    rebels = [a for a in find_actors("Chin National Army fighters attacked the post.") if a.inter == 2]
    assert rebels


def test_force_that_badly_hurts_a_gathering_is_excessive(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Police dispersed a sit-in by nurses outside the ministry with tear gas on Monday. "
        "Several nurses were admitted to hospital with fractured limbs, their union said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]
    ctx = read(
        "Police dispersed a sit-in by nurses outside the ministry with tear gas on Monday. "
        "No one was seriously hurt, their union said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]
    ctx = read(
        "Police fired live rounds at striking miners near the Tarkwa mine on Monday, killing one miner."
    )
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [
        ("Excessive force against protesters", False)
    ]


def test_groups_changed_in_other_words(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The movement has chosen a new leader for its northern wing, a spokesman said on Monday.",
        "About 60 fighters of the militia laid down their weapons at the district office on Monday.",
        "Some 20 soldiers crossed over to the rebels with their rifles on Monday, the rebels said.",
        "Three rival militias announced a coalition against the army on Monday.",
        "The government designated the separatist movement a terrorist organisation on Monday.",
        "The rebels declared a unilateral halt to offensive operations in the province on Monday.",
        "The army placed all units in the border districts on maximum alert on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text


def test_words_that_change_a_group_only_in_context(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("The Saudi-led coalition launched air strikes on the port on Monday, killing five people.")
    assert [e.sub_event_type for e in ctx.events] == ["Air/drone strike"]
    ctx = read("Members of the proscribed group set fire to the electoral office on Monday, police said.")
    assert "Change to group/activity" not in [e.sub_event_type for e in ctx.events]
    ctx = read("Clan elders signed a peace pact on Monday, pledging to halt revenge attacks.")
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]


def test_a_newspaper_is_no_recurrence(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("The militia has named a new commander for the region, a Beirut daily reported.")
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Change to group/activity", False)]


def test_ground_taken_in_other_words(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "On 2 May 2021, the army retook Kukawa town, Borno state, from the insurgents after a night of fighting."
    )
    assert "Government regains territory" in [e.sub_event_type for e in ctx.events]
    ctx = read("Soldiers drove the insurgents out of the village of Anzourou on Sunday, the army said.")
    assert [e.sub_event_type for e in ctx.events] == ["Government regains territory"]
    ctx = read("Clan fighters drove a rival militia out of three hamlets near the river on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-state actor overtakes territory"]
    ctx = read("Armed separatists occupied the council premises in the town on Monday, the mayor said.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-state actor overtakes territory"]
    ctx = read(
        "Rebel fighters occupied the border post on Sunday, which the soldiers had abandoned a day earlier."
    )
    assert [e.sub_event_type for e in ctx.events if not e.is_background] == [
        "Non-violent transfer of territory"
    ]
    # one side leaving and the other moving in, told in one sentence: one change of hands
    ctx = read("The soldiers withdrew from the town on Sunday and the rebels moved in without a fight.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-violent transfer of territory"]
    assert read("Rising prices forced many families out of the city last year.").events == []


def test_beatings_burnings_and_rustling_in_other_words(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("On 2 May 2021, local residents beat a man accused of stealing a goat, who later died.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    ctx = read("Rebel fighters stopped two buses on the highway on Sunday and set the vehicles on fire.")
    assert [e.sub_event_type for e in ctx.events] == ["Looting/property destruction"]
    ctx = read("Armed bandits rustled over 200 cattle from herders' camps in the district on Saturday.")
    assert [e.sub_event_type for e in ctx.events] == ["Looting/property destruction"]
    ctx = read("Soldiers beat an elderly shepherd with rifle butts near Tubas on Sunday, his family said.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]
    assert read("The home side beat the visitors 3-1 in the cup final on Sunday.").events == []


def test_people_detained_while_gathered_with_flags_or_flowers(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Police detained 30 people on Sunday as they came to lay flowers at the memorial to the victims."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]
    ctx = read("Police detained 12 people who gathered in the square with opposition flags on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]
    ctx = read("Police detained 12 suspects in a raid on a weapons workshop on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Arrests"]


def test_an_everyday_act_done_to_press_a_demand_is_a_protest(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Farmers blocked the national highway for two hours on Monday, demanding compensation for lost crops."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    ctx = read("Hundreds of refugees held placards in the camp on Sunday calling for a safe return home.")
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    assert read("Police blocked the road on Monday against the wishes of residents.").events == []


def test_politicians_officials_and_unarmed_men_are_civilian_targets(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Gunmen killed a polling officer and his driver near the counting centre on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]
    ctx = read("A former member of parliament was shot dead outside his home on Tuesday by unknown gunmen.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]
    ctx = read("Soldiers shot and killed a man at the roadblock on Sunday; witnesses said he was unarmed.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]


def test_a_date_that_names_another_thing_does_not_date_the_act(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "On 2 May 2021, relatives of victims of the 2020 port explosion held a silent vigil outside the court in "
        "Beirut, demanding the lifting of immunity from former ministers."
    )
    news = [e for e in ctx.events if not e.is_background]
    assert [e.sub_event_type for e in news] == ["Peaceful protest"]
    assert news[0].event_date == dt.date(2021, 5, 2)


def test_ground_handed_over_or_left_to_the_other_side(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("The peacekeepers handed the Ber camp over to the Malian army on Sunday, the mission said.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-violent transfer of territory"]
    ctx = read("KFOR troops handed control of the bridge checkpoint to the Kosovo police on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-violent transfer of territory"]
    ctx = read(
        "The rebel fighters left the town on Sunday morning and federal troops re-entered it in the afternoon, "
        "residents said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Non-violent transfer of territory"]
    # ground changing hands in a fight is no transfer; a suspect handed to the police is no ground
    ctx = read("The rebels left the town on Sunday after a fierce battle, and the army entered it on Monday.")
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in ctx.events]
    assert read("Villagers handed the two suspects over to the police on Sunday.").events == []


def test_ordinary_people_beating_or_killing_someone_are_a_mob(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "A suspected thief was beaten and set on fire by a crowd of residents at the market on Saturday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    ctx = read("Villagers accused two women of witchcraft and stoned them to death in the village on Sunday.")
    assert [e.sub_event_type for e in ctx.events if not e.is_background] == ["Mob violence"]
    ctx = read(
        "Passengers and bystanders beat to death a man accused of snatching a phone on a bus on Monday."
    )
    assert "Mob violence" in [e.sub_event_type for e in ctx.events]
    # an organised body or an armed group is no mob
    ctx = read("Ruling party youths beat opposition activists with clubs in Muyinga on Sunday.")
    assert "Mob violence" not in [e.sub_event_type for e in ctx.events]
    ctx = read("Gunmen killed five villagers in the town on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]


def test_restrictions_imposed_over_unrest_are_other(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Citing the risk of unrest, the junta banned all demonstrations in Conakry on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Other"]
    ctx = read("The governor declared a public-order emergency in Catatumbo on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Other"]
    ctx = read("Internet access was switched off nationwide on Monday, the monitoring group said.")
    assert [e.sub_event_type for e in ctx.events] == ["Other"]
    assert read("The ministry banned the import of used tyres on Monday.").events == []


def test_what_an_after_phrase_tells_is_the_antecedent(read) -> None:  # type: ignore[no-untyped-def]
    told = read("Tajik and Kyrgyz border guards exchanged fire near Isfara on Monday.")
    after = read(
        "Tajik authorities imposed a curfew in the border district of Isfara on Monday after the exchange of "
        "fire with Kyrgyz guards."
    )
    by_type = {e.sub_event_type: e.confidence for e in after.events}
    assert set(by_type) == {"Other", "Armed clash"}
    assert by_type["Armed clash"] < max(
        e.confidence for e in told.events if e.sub_event_type == "Armed clash"
    )


def test_a_group_changed_in_words_that_mean_nothing_alone(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The front's commanders said on Monday that they were breaking away from the Estado Mayor Central.",
        "A cartel cell in Zacatecas switched its allegiance to a rival cartel on Monday, investigators said.",
        "The UVF's leadership said on Monday it was standing down its south Belfast unit.",
        "The group said on Monday it had quit the 2019 peace accord.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text
    assert read("The singer switched her allegiance to a rival record label on Monday.").events == []


def test_people_detained_while_doing_a_protest_act_are_an_intervention(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Police in Minsk detained more than 100 women on Sunday who had formed a chain holding flowers."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]
    ctx = read(
        "Six members of the committee were arrested on Sunday when they tried to hand a petition to the governor."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]


def test_a_protester_who_dies_of_the_force_used_makes_it_excessive(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "A student protester dies of a rubber bullet wound sustained when police dispersed the rally in Dhaka on "
        "Sunday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]


def test_agreements_in_documents_and_negotiated_releases(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Two clans in Qurna signed a tribal reconciliation charter on Monday, ending their feud.")
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    ctx = read(
        "About 200 insurgents agreed on Monday to surrender to the army in return for an amnesty, the governor said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    ctx = read(
        "The 19 farm workers were freed on Monday after elders negotiated with their kidnappers for a week."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    # the same words about no agreement
    assert read("The minister said on Monday he had no understanding of the new charter.").events == []


def test_property_blown_up_or_carted_away(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Houthi forces blew up the house of a tribal sheikh in al-Bayda on Friday after he fled the area."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Looting/property destruction"]
    ctx = read("Contractors carted away generators and mining equipment from the site at Ndassima on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Looting/property destruction"]
    ctx = read("Maoists blew up a police vehicle with a pressure IED in Bijapur on Monday, killing eight.")
    assert [e.sub_event_type for e in ctx.events] == ["Remote explosive/landmine/IED"]


def test_two_word_triggers_told_with_words_between(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Militia fighters and soldiers traded heavy machine-gun fire near Beni on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Armed clash"]
    ctx = read("The rebels took full control of Kidal on Sunday, residents said.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-state actor overtakes territory"]
    # an object that is no part of the phrase makes no trigger
    assert read("The ministry traded its old offices for a new building in Bamako on Sunday.").events == []


def test_guns_or_force_used_on_a_crowd(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Security forces used live ammunition against the crowd sitting outside the governor's office in "
        "Zahedan on Friday, killing at least nine people."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]
    assert read("The army used trucks to carry food to the camps on Friday.").events == []


def test_a_time_told_of_something_else_does_not_make_the_act_background(read) -> None:  # type: ignore[no-untyped-def]
    # the month is the occupation's, told in a relative clause
    ctx = read("Soldiers who held the village for a month raped a woman in her home on 2 May, she said.")
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Sexual violence", False)]
    # the week is how long the battles before it lasted
    ctx = read(
        "Army units pushed the rebels out of the district after a week of street battles and raised the flag "
        "over the town hall on 2 May."
    )
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [
        ("Government regains territory", False)
    ]
    # a span from another clause ("...; doctors said they had treated five since Saturday")
    ctx = read(
        "Women fleeing the town said they were raped by armed men at checkpoints on 1 May; doctors said they had "
        "treated at least five survivors since Saturday."
    )
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Sexual violence", False)]


def test_a_recurrence_that_names_another_thing_does_not_make_the_act_habitual(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Soldiers shot dead three traders at the weekly market in Hombori on Sunday, residents said.")
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Attack", False)]
    # the recurrence of the act itself still makes it habitual
    ctx = read("Gunmen attack the weekly convoy to Djibo every Sunday, drivers say.")
    assert ctx.events and all(e.is_background for e in ctx.events)


def test_the_named_kind_of_incident_refers_back_to_that_kind(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Russian forces shelled Kostiantynivka on 3 May, killing seven people. The ministry said its forces had "
        "struck military targets near Kupiansk. Residents said the shelling was the heaviest they had known."
    )
    shelling = [e for e in ctx.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    # "the shelling" joins the shelling of Kostiantynivka, not the strikes the ministry told of
    assert len(shelling) == 1 and shelling[0].location == "Kostyantynivka"


def test_a_gang_with_a_name_of_its_own_is_an_armed_group(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Members of the Kraze Baryè gang kidnapped three nurses in Tabarre on Friday and demanded a ransom."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    ctx = read("Gunmen of the Cartel del Golfo abducted eleven migrants from a bus in Reynosa on Friday.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    ctx = read("Gang members of the 5 Segonn abducted four teachers in Carrefour on Friday.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    # a gang of thieves with no name is crime
    assert (
        read("A gang of robbers kidnapped a shopkeeper in Lagos on Friday and demanded a ransom.").events
        == []
    )


def test_a_toxic_substance_released_used_or_sprayed_is_a_chemical_weapon(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Government helicopters released a toxic gas over the village of Kafr Nabl on Tuesday, doctors said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Chemical weapon"]
    ctx = read("The army used sarin against the rebel-held suburb on Tuesday, the opposition said.")
    assert [e.sub_event_type for e in ctx.events] == ["Chemical weapon"]
    ctx = read(
        "A drone sprayed a poisonous liquid over the trenches near Avdiivka on Tuesday, the brigade said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Chemical weapon"]
    assert read("Farmers sprayed pesticide on the fields near Kano on Tuesday.").events == []


def test_forces_sent_leaders_named_and_members_enrolled(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Kenya has sent a further 1,200 troops to the border county of Mandera, the defence ministry said on Monday.",
        "The Arakan Army appointed a new commander for its forces in Paletwa on Monday.",
        "The militia began enrolling hundreds of new volunteers in the eastern provinces on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text
    # freight and staff moved are no forces
    assert read("The company sent two more trucks of maize to Mandera on Monday.").events == []


def test_workers_laying_down_tools_and_human_chains_are_protests(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Nurses at the district hospital in Gulu laid down their tools on Monday over unpaid allowances."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    ctx = read(
        "Students formed a human chain along the campus road in Sylhet on Monday, demanding safer crossings."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]


def test_a_death_the_gathering_is_about_is_no_force_used_on_it(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Hundreds of students marched peacefully in Sylhet on Monday demanding justice for a classmate killed by "
        "a bus, while police officers watched."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    ctx = read(
        "Police opened fire on students protesting over the killing of a classmate in Sylhet on Monday, killing two."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]


def test_force_that_wounds_the_gathered_people_is_excessive(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Police fired tear gas and rubber bullets at the marchers in Kisumu on Monday, injuring 15.")
    assert {e.sub_event_type for e in ctx.events} == {"Excessive force against protesters"}
    # minor or denied wounds, or the force's own wounded, do not make its force excessive
    for text in (
        "Police fired tear gas at the marchers in Kisumu on Monday; three were treated for minor injuries.",
        "Police fired tear gas at the marchers in Kisumu on Monday, but no one was seriously injured.",
    ):
        assert "Excessive force against protesters" not in {e.sub_event_type for e in read(text).events}, text
    ctx = read(
        "Police dispersed the protesters in Kisumu on Monday with tear gas; two officers were injured."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]


def test_arrangements_settlements_and_reconciliations_reached(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Two feuding clans in Qurna signed a reconciliation pact before tribal elders on Monday.",
        "Nine fishermen were returned to their village on Monday under an arrangement mediated by the ICRC.",
        "The government and the rebel faction initialled a protocol on security arrangements in Nairobi on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Agreement"], text
    # a settlement that is a place, not a deal
    assert "Agreement" not in {
        e.sub_event_type for e in read("Troops raided the settlement of Huwara on Monday.").events
    }


def test_forces_named_as_insurgent_resistance_or_factions_are_not_the_state() -> None:
    from eventwatch.extract.actors import generic_actors

    for text in (
        "Insurgent forces captured the town.",
        "Chin resistance forces took the post.",
        "Syrian National Army factions captured the town.",
    ):
        assert [a.inter for a in generic_actors(text)][:1] == [2], text
    assert [a.inter for a in generic_actors("Syrian troops captured the town.")] == [1]


def test_vehicles_or_stores_captured_are_no_ground_taken(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Rebels clashed with troops near Gao on Sunday and captured two armoured vehicles.")
    assert [e.sub_event_type for e in ctx.events] == ["Armed clash"]
    ctx = read("Rebels captured the town of Ansongo on Sunday, residents said.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-state actor overtakes territory"]


def test_intervention_words_that_tell_none_on_this_gathering(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Several hundred teachers marched to parliament in Nairobi on Thursday and dispersed peacefully at dusk.",
        "A week after police teargassed their colleagues, about 500 nurses marched to the ministry in Tamale on Thursday.",
        "Aboriginal groups rallied in Sydney on Thursday in crowds of several thousand, with no arrests, police said.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Peaceful protest"], text
    ctx = read("Police fired tear gas to disperse several hundred teachers marching in Nairobi on Thursday.")
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]


def test_state_forces_fighting_or_taking_ground_from_gangs(read) -> None:  # type: ignore[no-untyped-def]
    for text, sub in (
        (
            "Honduran police and gang members traded gunfire for three hours in San Pedro Sula on Monday.",
            "Armed clash",
        ),
        (
            "Soldiers took back the market district of Tegucigalpa from a drug gang on Monday after a gun battle.",
            "Government regains territory",
        ),
        (
            "Troops drove the cartel's gunmen out of the mining district on Monday, the governor said.",
            "Government regains territory",
        ),
    ):
        assert [e.sub_event_type for e in read(text).events][:1] == [sub], text
    # what police seize from traffickers is no ground, and robbers are no armed group
    assert (
        read("Police seized 200 kilograms of cocaine in a raid on a lab near Trujillo on Monday.").events
        == []
    )
    assert read("A gang of robbers shot a shopkeeper dead in Lagos on Friday.").events == []


def test_joining_forces_is_an_alliance_not_a_force() -> None:
    from eventwatch.extract.actors import generic_actors
    from eventwatch.extract.lexicon import GROUP_CHANGE

    assert generic_actors("The two gangs said they were joining forces in Delmas.") == []
    assert [a.inter for a in generic_actors("Haitian forces entered Delmas.")] == [1]
    assert GROUP_CHANGE.search("The two militias joined forces under one commander.")


def test_what_demonstrators_did_is_their_demonstration(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The marchers listened to speeches by union leaders in Accra on Friday and went home before dark.",
        "The demonstrators gathered in Tbilisi's Freedom Square on Sunday and stood in silence for an hour.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Peaceful protest"], text
    assert read("The marchers will assemble outside parliament in Accra next Friday.").events == []
    assert read("Hundreds of pilgrims gathered in Tbilisi's Freedom Square on Sunday.").events == []


def test_gang_rape_names_no_gang_and_a_gang_holding_ground_is_armed(read) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.extract.lexicon import NON_POLITICAL

    for text in ("soldiers gang raped two women", "a gang rape at the camp", "were gang-raped"):
        assert not NON_POLITICAL.search(text), text
    assert NON_POLITICAL.search("a gang robbed the shop")
    ctx = read(
        "Members of a gang that controls the port district of Buenaventura abducted two fishermen on Friday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    assert read("Members of a gang of thieves abducted two fishermen in Buenaventura on Friday.").events == []


def test_a_detention_whose_end_nobody_knows_is_a_disappearance(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Intelligence officers detained a blogger in Algiers on Monday, and his whereabouts remain unknown.",
        "Soldiers arrested two herders near Gao on Monday; the army has denied holding them.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Abduction/forced disappearance"], text
    ctx = read("Police arrested a blogger in Algiers on Monday and charged him with defamation.")
    assert [e.sub_event_type for e in ctx.events] == ["Arrests"]


def test_armed_men_carrying_people_off_for_ransom(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Armed men took away nine passengers from a bus near Kachia on Friday and demanded a ransom.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    ctx = read("The imam was seized from his home in Gusau on Friday by gunmen, the police said.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    # robbers holding a shopkeeper for ransom are crime
    ctx = read("Armed robbers took away a shopkeeper in Lagos on Friday and demanded a ransom.")
    assert ctx.events == []


def test_a_group_change_phrase_outweighs_the_verbs_other_meanings(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The Arakan Army moved several hundred fighters from Paletwa to Kyauktaw township on Monday.",
        "Al-Shabaab appointed a new governor for the Bay region on Monday, local elders said.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text
    # a base moved is still a base
    ctx = read("Al-Shabaab militants moved into a new camp near Jilib on Monday, elders said.")
    assert [e.sub_event_type for e in ctx.events] != ["Change to group/activity"]


def test_what_an_agreement_says_will_be_done_is_its_terms(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Dinka and Nuer youth leaders in Bor agreed on Friday to halt revenge attacks and return stolen herds.",
        "The two militias signed a pact in Beni on Friday, agreeing to establish a joint force.",
    ):
        told = [e.sub_event_type for e in read(text).events if not e.is_background]
        assert told == ["Agreement"], text


def test_armed_men_stealing_is_looting_and_theft_alone_is_not(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Rebel fighters stole about 300 goats from herders near Bocaranga on Friday, residents said.")
    assert [e.sub_event_type for e in ctx.events] == ["Looting/property destruction"]
    assert read("Someone stole a laptop from the office in Bangui on Friday.").events == []
    # a theft suspected is no act that displaces the killing
    ctx = read("Villagers in Ngozi beat to death a man they suspected of stealing a cow on Friday.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]


def test_state_forces_firing_on_a_gathering_use_force_on_it(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Soldiers fired on a funeral procession in Monywa on Friday, killing three mourners.")
    assert [e.sub_event_type for e in ctx.events if not e.is_background] == [
        "Excessive force against protesters"
    ]
    # armed men firing on a village are no force used on a gathering
    ctx = read("Soldiers fired on the village of Kani in Sagaing on Friday, killing three farmers.")
    assert "Excessive force against protesters" not in [e.sub_event_type for e in ctx.events]


def test_a_countrys_own_paramilitary_forces_are_the_state() -> None:
    from eventwatch.extract.actors import generic_actors

    assert [a.inter for a in generic_actors("Indian paramilitary forces fired pellets.")] == [1]
    assert [a.inter for a in generic_actors("Paramilitary forces attacked the village.")] == [2]


def test_a_partys_supporters_are_a_political_crowd(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Supporters of the opposition party clashed with police outside the courthouse in Lusaka on Monday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    from eventwatch.extract.lexicon import CROWD_ACTOR_WORDS

    assert CROWD_ACTOR_WORDS.search("junta supporters stormed the office")
    assert not CROWD_ACTOR_WORDS.search("supporters of the home club waited outside")


def test_a_crowd_burning_a_familys_home_is_a_mob_not_a_demonstration(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("A crowd in Embu set fire to the house of a trader they blamed for a boy's death on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    ctx = read("A crowd looted the stalls of foreign traders in the market of Mutare on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    # demonstrators burning what they protest against riot
    ctx = read(
        "Protesters set fire to the town hall in Embu on Sunday during a demonstration over fuel prices."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]


def test_a_harmless_act_displaces_no_effect_beside_it(read) -> None:  # type: ignore[no-untyped-def]
    # setting up barricades is no act with effects: the tyres the demonstrators burned are their riot
    ctx = read("Demonstrators set up barricades and burned tyres on the main road in Goma on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    ctx = read("Guerrillas burned two lorries and a bulldozer belonging to a road-building firm near Tibu.")
    assert [e.sub_event_type for e in ctx.events] == ["Looting/property destruction"]


def test_demonstrators_beating_someone_riot(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Protesters beat a police officer during the march in Lagos on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]


def test_a_truce_begun_committed_to_or_ending_fighting_is_agreed(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A ceasefire ended months of fighting in Marib on Tuesday.",
        "Colombia's government and the ELN began a six-month ceasefire on Thursday.",
        "Sudan's warring parties committed to a new truce on Saturday in Jeddah.",
        "Talks between the two sides in Doha resulted in a deal on the release of hostages.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Agreement"], text
    # a truce that merely ended is no new agreement
    assert not read("The ceasefire in Marib ended on Tuesday.").events


def test_a_word_taken_for_a_demonym_may_itself_be_an_actor() -> None:
    from eventwatch.extract.actors import generic_actors

    found = [
        (a.inter, a.span.text if a.span else "") for a in generic_actors("Police beat protesters in Kampala.")
    ]
    assert found == [(1, "Police"), (6, "protesters")]
    assert [a.country for a in generic_actors("Kenyan police beat protesters.")][:1] == ["KE"]


def test_police_charging_a_gathering_intervene_and_a_court_charging_protesters_does_not(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Police charged the crowd with batons in Dhaka on Sunday.")
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]
    ctx = read("Prosecutors charged twelve protesters with rioting in Minsk on Monday.")
    assert "Protest with intervention" not in [e.sub_event_type for e in ctx.events]


def test_a_protester_killed_by_how_police_broke_up_a_protest_is_excessive_force(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("A protester died after being hit by a tear gas canister in Nairobi on Wednesday.")
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]


def test_recruiting_arming_and_moving_forces_change_a_group(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The authorities launched a new drive to recruit contract soldiers in Buryatia on Monday.",
        "The army has begun arming village militias in Hiiraan, officials said on Tuesday.",
        "Troops loyal to the general have been moved from Benghazi to Sabha, the army said on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text
    # a campaign of blows is still fighting
    ctx = read("The army launched a military campaign against the rebels in Kivu on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Armed clash"]


def test_scuffles_forced_entries_and_hurt_officers_make_a_demonstration_violent(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Hundreds of taxi drivers protesting against the app overturned cars near the airport in Lisbon on Monday.",
        "Students protesting fee rises scuffled with guards at the ministry in Accra on Monday.",
        "Protesters demanding his release forced their way into the court in Dakar on Friday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Violent demonstration"], text
    # officers firing on a crowd, and protesters beaten by police, are not the demonstrators' violence
    ctx = read("Two protesters were wounded when police opened fire on the march in Abancay on Thursday.")
    assert "Violent demonstration" not in [e.sub_event_type for e in ctx.events]


def test_state_forces_beating_a_gathering_or_told_as_excessive_use_excessive_force(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Soldiers used rifle butts to beat marchers in Conakry on Thursday.",
        "Security forces used excessive force against demonstrators in Harare on Tuesday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Excessive force against protesters"], text
    # tear gas and batons to disperse, with nobody hurt, is an intervention
    ctx = read("Police used batons and tear gas to disperse protesters in Dakar on Friday.")
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]


def test_force_told_as_brutal_is_excessive_and_a_march_against_brutality_is_not(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Security forces brutally suppressed a peaceful demonstration in Khartoum on Tuesday.")
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]
    ctx = read("Protesters in Mombasa held a peaceful march against police brutality on Tuesday.")
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    # a crackdown on a gathering is an intervention in it
    ctx = read("Police cracked down on a sit-in by nurses in Harare on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Protest with intervention"]


def test_the_force_that_told_of_an_attack_is_not_its_target(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Suspected bandits attacked Kasuwan Daji on Monday, a police spokesman said.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]
    ctx = read("Suspected bandits attacked Kasuwan Daji on Monday, killing two policemen.")
    assert [e.sub_event_type for e in ctx.events] == ["Armed clash"]


def test_unnamed_gunmen_raiding_a_town_strike_its_people_and_rebels_fight_over_it(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Unknown gunmen attacked Bangassou on Monday, an army officer said.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]
    ctx = read("M23 rebels attacked Sake on Monday, an army officer said.")
    assert [e.sub_event_type for e in ctx.events] == ["Armed clash"]


def test_a_blow_forces_are_readied_for_is_their_purpose_not_an_event(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The rebels mobilized hundreds of fighters to attack the town of Bunia, local officials said on Monday.",
        "The militia mobilized its members for an assault on Kidal, sources said on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text
    # a blow struck while forces were being readied is still an event
    ctx = read("The rebels attacked the town of Bunia on Monday after mobilizing hundreds of fighters.")
    assert "Armed clash" in [e.sub_event_type for e in ctx.events]


def test_fighters_giving_themselves_up_agree_and_a_defection_changes_a_group(read) -> None:  # type: ignore[no-untyped-def]
    # the ACLED codebook counts surrenders among agreements
    for text in (
        "Some 200 fighters of the militia surrendered to the army in Beni on Monday.",
        "About 40 militants gave themselves up to troops in Mora on Sunday, citing hunger.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Agreement"], text
    # deserters handing themselves over are a defection; a town surrendered changes hands; arms handed in disarm
    ctx = read("Twelve rebel fighters deserted and handed themselves over to the army in Arauca on Tuesday.")
    assert [e.sub_event_type for e in ctx.events] == ["Change to group/activity"]
    ctx = read("The armed group surrendered the town of Kidal peacefully on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Non-violent transfer of territory"]


def test_a_deal_struck_and_captives_freed_are_agreements_not_blows_or_captures(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The junta and the armed groups struck a deal in Bamako on Thursday to share power.",
        "The Houthis released 14 captured soldiers in Marib on Sunday.",
        "The government freed 100 detained rebels in Juba on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Agreement"], text


def test_an_incident_named_by_its_day_inside_another_is_told_before(read) -> None:  # type: ignore[no-untyped-def]
    text = "The two militias exchanged the bodies of fighters killed in last month's clashes near Kismayo."
    ctx = read(text, published=None)  # no date of publication to place "last month" before
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [
        ("Agreement", False),
        ("Armed clash", True),
    ]
    # the same words as the sentence's subject are its news
    ctx = read("Sunday's attack on the village of Kuka killed five people.", published=None)
    assert [(e.sub_event_type, e.is_background) for e in ctx.events] == [("Attack", False)]


def test_an_agreement_named_beside_what_was_signed_or_what_talks_ended_with_is_agreed(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The two sides signed the document, a peace agreement ending years of conflict, in Khartoum on Monday.",
        "The talks in Doha ended with a deal on the release of prisoners between the government and the rebels.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Agreement"], text


def test_officers_injured_battles_with_police_and_things_set_on_fire_make_a_demonstration_violent(
    read,
) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Protesters confronted police at a roadblock in Mandalay on Monday, and injured several officers.",
        "Protesters battled police in the streets of Quito on Monday.",
        "Demonstrators set several buses on fire in Nairobi on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Violent demonstration"], text


def test_a_road_blocked_with_logs_or_rocks_is_a_violent_demonstration(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Villagers blocked the highway near Kisumu with logs on Monday to demand a new bridge.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    # blocked, with damage named only as the grievance, stays peaceful
    ctx = read(
        "Farmers blocked the highway near Patiala on Monday, demanding compensation for flood-damaged crops."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]


def test_aircraft_that_strike_make_an_air_strike_whatever_the_verb(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Warplanes pounded rebel positions near Idlib on Monday.",
        "Israeli aircraft hit a Hamas training site in Gaza overnight.",
        "The air force carried out raids on militant hideouts in North Waziristan on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Air/drone strike"], text
    # an aircraft that was hit struck nothing
    ctx = read("A passenger plane was hit by a missile near Donetsk on Monday.")
    assert "Air/drone strike" not in [e.sub_event_type for e in ctx.events]


def test_a_bomb_named_as_a_device_is_an_explosion_not_an_air_strike(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A bomb went off in a market in Maiduguri on Monday, killing five people.",
        "A bomb attack on a bus in Quetta killed nine people on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Remote explosive/landmine/IED"], text
    ctx = read("A guided aerial bomb hit an apartment block in Kharkiv on Tuesday, killing four people.")
    assert [e.sub_event_type for e in ctx.events] == ["Air/drone strike"]
    # a bomb squad, a bomb-making workshop: the word names no blast
    ctx = read("The bomb squad defused a device near the mosque in Kano on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Disrupted weapons use"]


def test_ground_held_briefly_is_a_clash_and_ground_left_without_a_fight_changes_hands(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Militants briefly overran an army post near Menaka on Monday before being pushed back.")
    kinds = {e.sub_event_type for e in ctx.events}
    assert "Armed clash" in kinds and "Non-state actor overtakes territory" not in kinds
    ctx = read(
        "The Taliban captured the district centre of Khwaja Ghar on Monday after soldiers fled without a fight."
    )
    assert {e.sub_event_type for e in ctx.events} == {"Non-violent transfer of territory"}
    # the other side's brief hold, told in the past perfect, does not make the retaking a clash
    ctx = read(
        "The army regained control of the district of Khost on Monday from rebels who had briefly held it."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Government regains territory"]


def test_a_coup_staged_or_power_seized_is_another_development_and_one_told_aside_is_not_news(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Soldiers seized power in a coup in Niamey on Wednesday, detaining the president.",
        "The military staged a coup and dissolved parliament in Conakry on Sunday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Other"], text
    # a coup plotted, or named as a modifier, is no coup
    ctx = read("Police arrested ten officers accused of plotting a coup in Ouagadougou on Monday.")
    assert [e.sub_event_type for e in ctx.events if not e.is_background] == ["Arrests"]
    ctx = read("Anti-coup protesters marched peacefully in Yangon on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]


def test_police_injuring_protesters_are_not_police_hurt(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Police injured five protesters in Lima on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]


def test_a_leader_replaced_or_removed_told_from_the_leaders_side_changes_a_group(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The rebel group announced on Monday that its commander had been replaced by his deputy.",
        "The army chief of staff was sacked by the president in Bamako on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Change to group/activity"], text


def test_people_barricading_a_road_riot_and_forces_sealing_an_area_do_not(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Villagers barricaded the highway near Kisumu on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    for text in (
        "Police barricaded the area around the parliament in Nairobi on Monday.",
        "The gunmen barricaded themselves inside the bank in Kisumu on Monday.",
    ):
        assert read(text).events == [], text


def test_wounds_and_blasts_told_with_a_weapon_are_that_weapons_event(read) -> None:  # type: ignore[no-untyped-def]
    for text, sub in (
        ("Two soldiers were wounded by a landmine near Tumaco on Monday.", "Remote explosive/landmine/IED"),
        (
            "An improvised explosive device went off as an army truck passed near Gao on Monday, wounding four soldiers.",
            "Remote explosive/landmine/IED",
        ),
        ("A man threw a grenade into the market in Bujumbura on Friday, injuring six traders.", "Grenade"),
        (
            "The bomber's vest went off at the checkpoint in Mogadishu on Monday, killing two guards.",
            "Suicide bomb",
        ),
    ):
        assert [e.sub_event_type for e in read(text).events] == [sub], text
    # wounded with no weapon named tells no cause: no event of its own
    for text in (
        "Forty pilgrims were injured in a crush at the shrine in Kerbala on Monday.",
        "The alarm went off at the bank in Nairobi on Monday.",
    ):
        assert read(text).events == [], text


def test_a_gerund_the_tagger_calls_an_auxiliary_still_triggers(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Ukrainian shelling damaged several houses in a village in the Belgorod region on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Shelling/artillery/missile attack"]


def test_an_exchange_of_captives_told_as_a_noun_is_an_agreement(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Sudanese and South Sudanese officials carried out an exchange of prisoners of war at Kiir Adem on Monday.",
        "The two armies handed back dozens of bodies at the border near Sotk on Friday under an exchange brokered "
        "by the Red Cross.",
        "Forty detained fighters came home to Aden on Sunday after a swap with the Houthis carried out at the "
        "airport.",
    ):
        subs = [e.sub_event_type for e in read(text).events]
        assert subs == ["Agreement"], (text, subs)
    # an exchange of fire is a clash; a currency exchange is no event
    assert [
        e.sub_event_type
        for e in read("Soldiers and rebels had an exchange of fire near Kidal on Monday.").events
    ] == ["Armed clash"]
    assert read("The central bank carried out a currency exchange in Juba on Monday.").events == []


def test_strike_parsed_as_a_modifier_of_a_deal_is_no_blow() -> None:
    # a headline's "elders strike release deal", as the small parser reads it now and then: "strike" a compound
    # of "deal" (built by hand, so the test does not hang on how the parser reads one sentence)
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwatch.extract.events import _triggers

    words = ["Militants", "and", "elders", "strike", "release", "deal"]
    doc = Doc(
        Vocab(),
        words=words,
        lemmas=["militant", "and", "elder", "strike", "release", "deal"],
        pos=["NOUN", "CCONJ", "NOUN", "VERB", "NOUN", "NOUN"],
        deps=["nsubj", "cc", "conj", "compound", "compound", "ROOT"],
        heads=[5, 0, 0, 5, 5, 5],
    )
    assert [doc[i:j].text for i, j, _, _ in _triggers(doc)] == ["deal"]


def test_a_bomber_who_died_by_the_bomb_makes_a_suicide_bombing(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A militant detonated a car bomb at the checkpoint in Jowhar on Monday, killing himself and four soldiers.",
        "A blast hit the market in Maroua on Monday; police said it was set off by a young woman who died in the "
        "explosion.",
        "A fighter drove an explosives-laden truck into the army post near Idlib on Monday, killing nine soldiers.",
        "Two boys strapped with explosives walked into the mosque in Konduga on Friday and blew it apart, "
        "killing six worshippers.",
        "A suicide blast hit the police post in Quetta on Monday, killing three officers.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Suicide bomb"], text
    for text in (
        "A motorcycle rigged with explosives blew up near the market in Azaz on Saturday, killing five people.",
        "A gunman shot dead two guards at the base in Kabul on Monday before killing himself.",
    ):
        assert "Suicide bomb" not in [e.sub_event_type for e in read(text).events], text


def test_weapons_taken_out_of_use_are_disrupted_not_used(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Army technicians made safe a pipe bomb left outside a house in Derry on Tuesday.",
        "Soldiers found an arms cache containing rockets and mortar shells near Gao on Monday.",
        "Engineers detonated the device in a safe area outside Mogadishu on Monday.",
        "Two roadside bombs were dismantled near El-Arish on Thursday.",
        "Air defences shot down twelve drones launched overnight towards Odesa, the air force said on Monday.",
    ):
        subs = [e.sub_event_type for e in read(text).events]
        assert subs == ["Disrupted weapons use"], (text, subs)
    # a bomb set off to kill is still a bomb
    ctx = read("Militants detonated a bomb at the market in Gao on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Remote explosive/landmine/IED"]


def test_a_base_opened_inaugurated_or_manned_is_established(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The army opened new barracks for 450 troops in Fresnillo, Zacatecas, on Monday.",
        "The army inaugurated a new battalion base in Tibu on Friday.",
        "Border guards installed new observation posts near Khurvaleti this week.",
        "The army has established a detachment in Diapaga, the government said on Monday.",
    ):
        subs = [e.sub_event_type for e in read(text).events]
        assert subs == ["Headquarters or base established"], (text, subs)
    assert read("The governor inaugurated a new hospital in Tibu on Friday.").events == []


def test_fighting_that_erupts_or_rages_is_a_clash_and_fighting_as_context_is_not(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Fighting erupted between militiamen and soldiers near Debre Markos on Tuesday.",
        "Heavy fighting raged around the army camp outside Kidal on Monday.",
        "Soldiers and rebels engaged in heavy fighting near Kidal on Monday.",
    ):
        assert [e.sub_event_type for e in read(text).events] == ["Armed clash"], text
    for text in (
        "The ceasefire held in Debre Markos on Tuesday after weeks of fighting.",
        "Fighting has stopped in Debre Markos since the truce, residents said on Tuesday.",
    ):
        assert "Armed clash" not in [e.sub_event_type for e in read(text).events if not e.is_background], text


def test_chemical_weapons_told_as_a_cause_or_a_topic_make_no_chemical_attack(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Warships fired missiles at an air base near Homs on Friday in response to a chemical attack on Douma."
    )
    assert "Chemical weapon" not in [e.sub_event_type for e in ctx.events]
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in ctx.events]
    ctx = read("Jets struck a research centre near Damascus on Monday over its chemical weapons programme.")
    assert [e.sub_event_type for e in ctx.events] == ["Air/drone strike"]
    # used in the act, it is one
    ctx = read("Helicopters dropped barrels of chlorine gas on Saraqeb on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Chemical weapon"]


def test_acid_thrown_at_people_is_an_attack(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("A man threw acid on two women outside a school in Lahore on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]
    assert read("A boy threw a ball at two women outside a school in Lahore on Monday.").events == []


def test_sexual_violence_alleged_or_condemned_is_coded_and_a_charge_against_a_person_is_not(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Rights groups condemned the rape of three women by soldiers in Kalehe on Monday.")
    assert "Sexual violence" in [e.sub_event_type for e in ctx.events if not e.is_background]
    ctx = read("Villagers beat to death a man suspected of rape in Solola on Monday.")
    assert "Sexual violence" not in [e.sub_event_type for e in ctx.events if not e.is_background]


def test_a_blow_told_in_a_clause_about_someone_does_not_swallow_the_sentences_burning(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Furious at the death of a girl, who was hit by an army truck, villagers in Maroua burned the "
        "town hall and three official cars on Monday."
    )
    assert [e.sub_event_type for e in ctx.events if not e.is_background] == ["Violent demonstration"]


def test_aircraft_or_guns_that_destroy_something_strike_it(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Government warplanes destroyed a fuel depot held by the rebels near Kidal on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Air/drone strike"]
    # a drone destroyed by soldiers is a weapon taken out of use, not an air strike
    ctx = read("Soldiers destroyed a rebel drone near Kidal on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Disrupted weapons use"]


def test_a_participle_goes_on_with_its_subjects_acts_and_a_subject_is_who_it_names() -> None:
    # built by hand, so the test does not hang on how the parser reads one sentence
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from eventwatch.extract.events import _own_subject_text

    # "Mourners carrying the body of a man turned on the camp, smashing its gate and burning a car": the burning
    # is the mourners' (a riot), and the man named inside the subject is not who acted
    words = (
        "Mourners carrying the body of a man turned on the camp , smashing its gate and burning a car".split()
    )
    doc = Doc(
        Vocab(),
        words=words,
        pos="NOUN VERB DET NOUN ADP DET NOUN VERB ADP DET NOUN PUNCT VERB PRON NOUN CCONJ VERB DET NOUN".split(),
        tags="NNS VBG DT NN IN DT NN VBD IN DT NN , VBG PRP$ NN CC VBG DT NN".split(),
        deps="nsubj acl det dobj prep det pobj ROOT prt det pobj punct advcl poss dobj cc conj det dobj".split(),
        heads=[7, 0, 3, 1, 3, 6, 4, 7, 7, 10, 8, 7, 7, 14, 12, 12, 12, 18, 16],
    )
    assert _own_subject_text(doc[16], doc[0]) == "Mourners"
    assert _own_subject_text(doc[12], doc[0]) == "Mourners"
    # "Students sang when police charged, beating people", with "beating" hung on "sang": another clause's
    # subject stands between them, so the students are not taken for who beat
    words = "Students sang when police charged , beating people".split()
    doc = Doc(
        Vocab(),
        words=words,
        pos="NOUN VERB SCONJ NOUN VERB PUNCT VERB NOUN".split(),
        tags="NNS VBD WRB NNS VBD , VBG NNS".split(),
        deps="nsubj ROOT advmod nsubj advcl punct advcl dobj".split(),
        heads=[1, 1, 4, 4, 1, 1, 1, 6],
    )
    assert _own_subject_text(doc[6], doc[0]) == ""


def test_a_ceasefire_told_as_verb_and_object_or_an_understanding_reached_is_an_agreement(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "Government troops and the rebels will cease fire around Kidal from midnight, the mediators said."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Agreement"]
    # asked for, or refused, it is none
    assert read("The envoy urged the army and the rebels to cease fire around Kidal.").events == []
    assert read("The army did not cease fire around Kidal on Monday.").events == []
    # a headline's "after 'understanding' reached", which the parser reads as a clause of its own
    ctx = read("Twelve traders held in Zamfara freed after 'understanding' reached with bandits, says emir")
    assert "Agreement" in [e.sub_event_type for e in ctx.events]


def test_protesters_burning_things_riot_and_setting_fire_is_a_burning_in_any_form(read) -> None:  # type: ignore[no-untyped-def]
    # the protest harms nobody: the burning beside it is no effect of it, and makes it violent
    ctx = read("On Monday some protesters against the new dam in Kasese burned a company truck.")
    assert [e.sub_event_type for e in ctx.events if not e.is_background] == ["Violent demonstration"]
    ctx = read("Students in Kasese marched to the district office on Monday, setting a police car alight.")
    assert "Violent demonstration" in [e.sub_event_type for e in ctx.events if not e.is_background]
    # beside a killing, the burning is its effect, and the killing is the news
    ctx = read("Gunmen killed nine villagers in Zurmi on Monday, setting their homes ablaze.")
    assert [e.sub_event_type for e in ctx.events] == ["Attack"]


def test_a_crowd_storming_a_building_riots_and_a_storm_is_weather(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Hundreds of students stormed the electoral commission's offices in Kasese on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Violent demonstration"]
    ctx = read("Hundreds of villagers stormed a rival village near Kasese on Monday.")
    assert [e.sub_event_type for e in ctx.events] == ["Mob violence"]
    # armed men storming a school are told by what they did there
    ctx = read("Gunmen stormed a school in Kaduna on Monday and abducted 30 pupils.")
    assert [e.sub_event_type for e in ctx.events] == ["Abduction/forced disappearance"]
    assert read("A storm struck the coast near Kasese on Monday.").events == []


def test_who_was_fired_at_is_read_from_the_weapon_or_the_phrase(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("Police open fire on farmers' petition march in Kasese, killing two")
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]
    ctx = read(
        "Police fired shotguns at students peacefully blocking a road in Kasese on Monday; one student died."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Excessive force against protesters"]


def test_an_arrest_for_a_part_in_gatherings_told_aside_is_an_arrest_not_an_intervention(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Police arrested four student leaders who had organised the fuel protests in Kasese."
    ) == ["Arrests"]
    assert _news(read, "Police arrested the organisers of last week's march at their homes in Kasese.") == [
        "Arrests"
    ]
    assert _news(read, "Police arrested two teachers in Kasese on Monday, days after the union's rally.") == [
        "Arrests"
    ]
    # taken at the gathering, or while holding it, they are an intervention in it
    assert _news(read, "Police arrested 40 students during a march in Kasese on Monday.") == [
        "Protest with intervention"
    ]
    ctx = read("Police arrested 12 women who were holding a silent sit-in outside the court in Kasese.")
    assert "Protest with intervention" in [e.sub_event_type for e in ctx.events if not e.is_background]


def test_ground_recovered_cleared_of_fighters_or_entered_after_a_battle_changes_hands(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Government troops recovered the town of Bambari from the rebels on Monday.") == [
        "Government regains territory"
    ]
    assert _news(read, "The army cleared the Ouaka valley of rebels after a week-long offensive.") == [
        "Government regains territory"
    ]
    assert _news(
        read, "Rebels entered the town of Bambari after heavy fighting with the army on Monday."
    ) == ["Non-state actor overtakes territory"]
    assert _news(read, "Troops reoccupied the town of Bambari on Monday.") == ["Government regains territory"]
    # arms recovered, a road cleared, a day entered: no ground changes hands
    assert _news(read, "Soldiers recovered two rifles and a grenade in the forest near Bambari.") == [
        "Disrupted weapons use"
    ]
    assert _news(read, "Workers cleared the road near Bambari on Monday.") == []
    assert _news(read, "About 200 nurses sat outside the ministry in Bangui demanding back pay; the strike entered its "
                "third day.") == ["Peaceful protest"]  # fmt: skip


def test_arrests_of_people_pressing_a_demand_and_riot_guns_fired_at_them_are_interventions(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Police detained 30 people in Gulu on Monday as traders blocked the main road to demand "
                "lower market fees.") == ["Protest with intervention"]  # fmt: skip
    assert _news(
        read, "Police detained nine people in Gulu for holding anti-war signs outside the embassy."
    ) == ["Protest with intervention"]
    assert _news(read, "Police fired rubber bullets at farmers who were peacefully blocking the bridge in Gulu on "
                "Monday.") == ["Protest with intervention"]  # fmt: skip
    # no gathering, no intervention
    assert _news(read, "Police fired rubber bullets during a training exercise in Gulu on Monday.") == []


def test_captives_killed_are_an_attack_and_those_who_served_once_are_civilians(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Soldiers rounded up twelve men at the market in Djibo and executed them on Monday."
    ) == ["Attack"]
    assert _news(read, "Gunmen abducted and later killed a retired army general near Djibo on Monday.") == [
        "Attack"
    ]
    assert _news(
        read, "Militiamen detained and later killed a former police officer in Djibo on Monday."
    ) == ["Attack"]
    assert _news(read, "Militiamen abducted and raped four women near Djibo on Monday.") == [
        "Sexual violence"
    ]
    # an arrest over a killing is an arrest
    assert _news(read, "Police arrested three men in Djibo on Monday over the killing of a trader.") == [
        "Arrests"
    ]


def test_ground_left_under_fire_is_taken_not_handed_over(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Rebels took control of the town of Kiwanja after the army withdrew under heavy fire."
    ) == ["Non-state actor overtakes territory"]
    assert _news(
        read, "Rebels took control of the town of Kiwanja after the army withdrew without a fight."
    ) == ["Non-violent transfer of territory"]


def test_security_measures_with_a_reason_and_bodies_found_are_other_developments(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "The governor of Tillaberi banned motorbikes at night in three districts, citing attacks by "
                "armed groups.") == ["Other"]  # fmt: skip
    assert _news(read, "Authorities in Ituri ordered the closure of eleven schools near the border after rebel "
                "incursions.") == ["Other"]  # fmt: skip
    assert _news(
        read, "Seven bodies with gunshot wounds were found beside the road outside Tillaberi on Monday."
    ) == ["Other"]
    # with no security reason, a closure is no event
    assert _news(read, "The city council ordered the closure of two schools in Tillaberi for repairs.") == []


def test_a_headlines_report_told_before_its_verb_is_no_warning_and_riot_police_are_no_riot(read) -> None:  # type: ignore[no-untyped-def]
    # the rally is what the union reports, not what it warns of (a warning's content follows the verb)
    assert _news(read, "Hundreds of teachers protest in Eldoret over late salaries, union warns of boycott if pay is "
                "not made") == ["Peaceful protest"]  # fmt: skip
    assert _news(read, "The union warned that tea pickers would rally in Kericho over unpaid wages.") == []
    assert "Violent demonstration" not in _news(
        read, "Kericho riot police fire tear gas at tea pickers' sit-in outside estate office"
    )


def test_retired_or_former_soldiers_are_civilians(read) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.extract.actors import generic_actors

    assert [a.inter for a in generic_actors("Some 200 retired soldiers gathered in Amman.")] == [7]
    assert [a.inter for a in generic_actors("Former police officers marched in Amman.")] == [7]
    assert [a.inter for a in generic_actors("Jordanian soldiers gathered in Amman.")] == [1]
    ctx = read(
        "Some 200 retired soldiers gathered outside the defence ministry in Amman to demand higher pensions."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]


def test_people_doing_anything_with_placards_or_banners_are_demonstrating(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read(
        "About fifty nurses stood outside the health ministry in Kigali for two hours with placards on Monday."
    )
    assert [e.sub_event_type for e in ctx.events] == ["Peaceful protest"]
    # a placard with no people behind it is no protest
    assert read("A placard outside the health ministry in Kigali was removed on Monday.").events == []


def test_a_side_halting_its_raids_or_calling_up_reservists_changes_its_activity(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "The militia said it would halt rocket launches towards the border for the time being."
    ) == ["Change to group/activity"]
    assert _news(
        read, "The rebel command said in a statement that it would suspend armed operations in Cauca."
    ) == ["Change to group/activity"]
    assert _news(read, "The Kachin Independence Army called up its reservists in Myitkyina on Monday.") == [
        "Change to group/activity"
    ]


def test_a_new_way_of_fighting_announced_changes_a_groups_activity(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "The rebel movement said its fighters would henceforth target only soldiers in Cabo Delgado."
    ) == ["Change to group/activity"]
    assert _news(read, "The militia said it would abandon its roadside ambushes in Cabo Delgado.") == [
        "Change to group/activity"
    ]


def test_methane_failed_brakes_and_share_prices_are_no_political_violence(read) -> None:  # type: ignore[no-untyped-def]
    assert (
        read(
            "The blast at the coal mine near Quetta, which killed nine miners, was caused by methane."
        ).events
        == []
    )
    assert (
        read(
            "A bus lost its brakes on a hill near Dessie and hit a market stall, killing four people."
        ).events
        == []
    )
    assert read("Shares in arms makers shot up on Monday as investors bet on larger orders.").events == []


def test_an_incident_remembered_is_no_news(read) -> None:  # type: ignore[no-untyped-def]
    ctx = read("A memorial to the victims of the massacre was unveiled in Butare on Friday.")
    assert [e for e in ctx.events if not e.is_background] == []
    ctx = read(
        "Hundreds attended a ceremony on Friday in memory of the victims of the bombing of the market in Butare."
    )
    assert [e for e in ctx.events if not e.is_background] == []


def test_police_taking_people_away_arrest_them_and_at_a_gathering_intervene(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Police bundled a dozen nurses into vans outside the ministry in Lusaka as they gathered to "
                "demand unpaid wages.") == ["Protest with intervention"]  # fmt: skip
    assert _news(
        read, "Police bundled two journalists into a van outside their office in Lusaka on Monday."
    ) == ["Arrests"]
    # taken where nobody knows: disappeared
    assert _news(read, "Police bundled two journalists into a van in Lusaka on Monday, and their whereabouts remain "
                "unknown.") == ["Abduction/forced disappearance"]  # fmt: skip


def test_a_town_or_a_post_taken_changes_hands_and_people_taken_are_abducted(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Rebel fighters took the town of Kiwanja from the army on Monday after heavy clashes."
    ) == ["Non-state actor overtakes territory"]
    assert _news(
        read, "The KNDF took the army post at Loikaw after a week of fighting with junta troops."
    ) == ["Non-state actor overtakes territory"]
    assert _news(read, "Gunmen took three teachers from the school in Kaduna on Monday.") == [
        "Abduction/forced disappearance"
    ]
    # "took place in the town" takes nothing
    assert "Non-state actor overtakes territory" not in _news(
        read, "The attack on the army post took place in the town of Kiwanja on Monday."
    )


def test_people_marched_into_the_bush_or_seized_from_their_car_are_abducted(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Gunmen stopped a bus near Kajuru on Monday and marched 19 passengers into the forest."
    ) == ["Abduction/forced disappearance"]
    assert _news(read, "Gunmen seized a district health officer from his car near Kandahar on Monday.") == [
        "Abduction/forced disappearance"
    ]


def test_what_was_done_while_trying_happened(read) -> None:  # type: ignore[no-untyped-def]
    # the participle beside "attempted" tells what the crowd did while trying
    assert _news(read, "Demonstrators in Arequipa attempted to storm the regional government building on Monday, "
                "hurling stones at police officers.") == ["Violent demonstration"]  # fmt: skip
    # what was only wanted or feared stays unrealised
    assert (
        _news(
            read, "Demonstrators in Arequipa threatened to storm the regional government building on Monday."
        )
        == []
    )
    assert "Abduction/forced disappearance" not in _news(
        read,
        "The embassy warned its citizens against travel to the border districts, citing the risk of kidnapping.",
    )


def test_force_on_people_doing_what_demonstrators_do_is_force_on_a_protest(read) -> None:  # type: ignore[no-untyped-def]
    # the gathering is read in each thing fired at, however far into the sentence it stands
    assert _news(read, "In Rangpur, police fired shotgun pellets at a peaceful student procession on Monday, "
                "leaving at least 20 people injured.") == ["Excessive force against protesters"]  # fmt: skip
    assert _news(read, "Soldiers fired live rounds at residents banging pots in Maracaibo on Monday, killing a "
                "teenager.") == ["Excessive force against protesters"]  # fmt: skip
    assert _news(read, "Police fired pellets at women chanting in the bazaar of Saqqez on Monday, blinding one "
                "of them.") == ["Excessive force against protesters"]  # fmt: skip
    # without a gathering, shooting at people is an attack
    assert _news(
        read, "Soldiers fired live rounds at residents in Maracaibo on Monday, killing a teenager."
    ) == ["Attack"]


def test_a_national_guard_is_a_states_force() -> None:
    from eventwatch.extract.actors import generic_actors

    found = generic_actors("National Guard troops fired at the crowd.")
    assert [(a.kind, a.inter) for a in found] == [("state", 1)]


def test_baton_charges_people_carried_into_vans_and_crowds_dispersed_are_interventions(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Police baton-charged a procession of teachers in Dhaka on Monday.") == [
        "Protest with intervention"
    ]
    assert _news(read, "The sit-in in Nairobi lasted an hour before officers moved in, carrying the protesters one "
                "by one into waiting vans.") == ["Protest with intervention"]  # fmt: skip
    assert _news(read, "Police used pepper spray to disperse pensioners demanding higher payments in Caracas on "
                "Monday.") == ["Protest with intervention"]  # fmt: skip
    # people put into a car by gunmen are abducted; goods loaded into trucks are no event
    assert _news(read, "Gunmen dragged a trader into a car outside his shop in Kano on Monday.") == [
        "Abduction/forced disappearance"
    ]
    assert _news(read, "Workers loaded the supplies into trucks in Kano on Monday.") == []
    # taken to the station: arrested
    assert _news(read, "Police officers took two journalists to the station in Lusaka on Monday.") == [
        "Arrests"
    ]


def test_what_a_deal_ends_and_a_clash_named_by_its_month_are_no_news(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Both sides accepted an Egyptian-mediated truce on Monday, ending three days of rocket fire "
                "and air strikes.") == ["Agreement"]  # fmt: skip
    assert _news(read, "Elders of the two clans signed an agreement in Kismayo on Monday; it provides for "
                "compensation for livestock lost in a February clash that left nine dead.") == ["Agreement"]  # fmt: skip
    # the clash told as the news stays one
    assert _news(read, "Nine people were killed in a clash between two clans near Kismayo on Monday.") == [
        "Armed clash"
    ]


def test_a_pause_consented_to_and_what_a_settlement_provides(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "The militia consented to a pause in the fighting around Kalma camp on Monday, a UN "
                "official said.") == ["Agreement"]  # fmt: skip
    assert _news(read, "After a brief pause, shelling resumed in Kharkiv on Monday.") == [
        "Shelling/artillery/missile attack"
    ]
    # what the deal provides is its terms, not a change of its own
    assert _news(read, "Rebel commanders and officials reached a settlement in Tafas on Monday under which wanted "
                "men would hand in light weapons.") == ["Agreement"]  # fmt: skip
    # one side stopping its fire on its own changes its activity
    assert _news(read, "The group declared a three-day unilateral ceasefire for Eid on Monday.") == [
        "Change to group/activity"
    ]


def test_a_new_wali_reservists_recalled_and_groups_absorbed_change_a_group(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Islamic State Sahel Province has named a new wali for the Menaka area, two sources said."
    ) == ["Change to group/activity"]
    assert _news(read, "The army called up an additional 40,000 reservists on Tuesday.") == [
        "Change to group/activity"
    ]
    assert _news(read, "Jaysh al-Adl said on Monday it had absorbed several smaller militant groups.") == [
        "Change to group/activity"
    ]


def test_ordinary_people_wrecking_things_while_pressing_a_grievance_riot(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Garment workers demanding unpaid wages vandalised five factories in Ashulia on Sunday."
    ) == ["Violent demonstration"]
    assert _news(read, "Residents angered by a fatal road accident vandalised the bus involved in Lokanthali on "
                "Sunday.") == ["Violent demonstration"]  # fmt: skip
    # without a grievance, people looting are no riot
    assert _news(read, "Three people torched two patrol cars outside the officers' homes in Lawrenceville on "
                "Wednesday.") != ["Violent demonstration"]  # fmt: skip


def test_a_denial_after_a_semicolon_and_an_incident_counted_in_a_series_leave_the_news(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "In Amuru on Monday, OLA militants killed at least 30 civilians; OLA denied "
                "responsibility.") == ["Attack"]  # fmt: skip
    assert _news(read, "Boko Haram fighters killed eleven rice farmers near Zabarmari, residents said, the second "
                "attack on farmers there in a month.") == ["Attack"]  # fmt: skip
    # the denial that governs the killing keeps it an allegation
    assert _news(read, "OLA denied that its fighters killed 30 civilians in Amuru.") == []


def test_detainees_nobody_can_trace_are_disappeared_whenever_that_is_told(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Soldiers detained four men in Kale on Monday, and their families have been unable to learn "
                "where they were taken.") == ["Abduction/forced disappearance"]  # fmt: skip
    # "two weeks later" is when the fate was still unknown, not a campaign two weeks long
    assert _news(read, "Russian forces detained a council member in Melitopol, and his whereabouts remain unknown "
                "two weeks later.") == ["Abduction/forced disappearance"]  # fmt: skip


def test_state_jets_striking_bandits_a_mine_stepped_on_and_a_remote_controlled_device(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Nigerian Air Force jets struck a bandit hideout in Zamfara on Monday, the military said."
    ) == ["Air/drone strike"]
    # an aircraft lost in training strikes nobody
    assert _news(read, "A military helicopter crashed during a training exercise in Laikipia on Monday, killing both "
                "pilots.") == []  # fmt: skip
    assert _news(read, "A farmer lost both legs when he stepped on a mine near Tumaco on Monday.") == [
        "Remote explosive/landmine/IED"
    ]
    assert _news(read, "A remote-controlled device hidden in a motorcycle went off as a patrol passed through Turbat "
                "on Monday, wounding six people.") == ["Remote explosive/landmine/IED"]  # fmt: skip


def test_a_span_of_a_blockade_a_command_post_moving_in_where_the_other_left_and_bomb_materials(read) -> None:  # type: ignore[no-untyped-def]
    # how long a blockade has lasted makes no shelling a campaign
    assert _news(read, "Militants fired mortar shells at Timbuktu airport on Monday, in an area under a blockade "
                "since August.") == ["Shelling/artillery/missile attack"]  # fmt: skip
    assert _news(
        read, "Federal forces have established a command post in Debre Markos, the security bureau said."
    ) == ["Headquarters or base established"]
    assert _news(read, "Al-Shabaab fighters moved into Mahas district unopposed after Ethiopian troops withdrew from "
                "their base on Tuesday.") == ["Non-violent transfer of territory"]  # fmt: skip
    assert _news(
        read, "Troops seized 2.5 tonnes of ammonium nitrate near Tahoua on Monday, the army said."
    ) == ["Disrupted weapons use"]


def test_crowds_named_by_a_count_or_by_what_they_do_and_their_violence(read) -> None:  # type: ignore[no-untyped-def]
    # "hundreds of demonstrators" are demonstrators; walls scaled and windows smashed are their riot
    assert _news(read, "Hundreds of demonstrators scaled the walls of the consulate in Karachi on Monday and smashed "
                "its windows.") == ["Violent demonstration"]  # fmt: skip
    # people named by what they do make a crowd ("depositors"), armed men do not
    assert _news(read, "Depositors stormed a bank branch in Beirut on Wednesday as they demanded access to their "
                "savings.") == ["Violent demonstration"]  # fmt: skip
    assert _news(
        read, "Miners scuffled with riot police in La Paz on Monday as they pressed their demands."
    ) == ["Violent demonstration"]
    assert _news(read, "Students protesting the election law tore down a section of the parliament fence in Jakarta "
                "on Monday.") == ["Violent demonstration"]  # fmt: skip
    # nobody named but a gathering: its own destruction
    assert _news(
        read, "The gathering outside the stadium in Nairobi on Sunday ended with a kiosk looted."
    ) == ["Violent demonstration"]


def test_ground_marched_back_into_or_a_groups_enclaves_cleared_is_taken_back(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Soldiers marched back into the district headquarters in Diffa on Monday, which insurgents "
                "had held since January.") == ["Government regains territory"]  # fmt: skip
    assert _news(
        read, "Troops cleared several Boko Haram enclaves in the Sambisa forest on Sunday, the army said."
    ) == ["Government regains territory"]
    # a march into a city that nobody held is a march
    assert _news(read, "About 1,000 Indigenous people marched into Bogota on Monday to demand protection for their "
                "leaders.") == ["Peaceful protest"]  # fmt: skip


def test_groups_listed_as_proscribed_widening_targets_leaving_a_coalition_or_incorporated(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "The interior ministry added the Majeed Brigade to its list of proscribed organisations on "
                "Wednesday.") == ["Change to group/activity"]  # fmt: skip
    assert _news(read, "The Houthis announced on Monday they would expand their targeting to vessels of any "
                "insurer, a spokesman for the group said.") == ["Change to group/activity"]  # fmt: skip
    assert _news(read, "A splinter faction quit the CPC rebel coalition in Ouham-Pende on Monday.") == [
        "Change to group/activity"
    ]
    assert _news(read, "The government incorporated members of the community militia into the army reserve on "
                "Monday.") == ["Change to group/activity"]  # fmt: skip
    # what fighters are told to stop is no attack: the group changes what it does
    assert _news(read, "JNIM ordered its fighters in Mopti on Monday to stop attacking Dogon hunters.") == [
        "Change to group/activity"
    ]


def test_people_a_crowd_sets_on_fire_and_acts_inside_what_describes_someone(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Two suspected robbers were set ablaze by a crowd in Port Harcourt on Monday.") == [
        "Mob violence"
    ]
    # "them" is the people told before it, and a killing the men are accused of swallows no burning
    assert "Mob violence" in _news(read, "In San Juan Cotzal on Monday, community members doused two men accused of "
                                  "murdering a driver with petrol and set them alight.")  # fmt: skip
    # gunmen burning people attack them; protesters burning a police car riot
    assert _news(read, "Gunmen set ablaze two traders in Zamfara on Monday.") == ["Attack"]
    assert _news(read, "Protesters set a police car ablaze in Nairobi on Monday.") == [
        "Violent demonstration"
    ]


def test_a_bomber_stopped_before_detonating_or_caught_with_a_vest_is_disrupted(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "A man wearing an explosive vest was overpowered by worshippers in Maiduguri on Friday before "
                "he could detonate it.") == ["Disrupted weapons use"]  # fmt: skip
    assert _news(read, "Police arrested a man at a checkpoint in Kirkuk on Monday with a suicide belt under his "
                "jacket.") == ["Disrupted weapons use"]  # fmt: skip
    # a bomber who set it off is a suicide bombing
    assert _news(
        read, "A man wearing an explosive vest blew himself up at a mosque in Maiduguri on Friday."
    ) == ["Suicide bomb"]


def test_a_proposal_for_a_truce_accepted_and_a_headlines_present_agree(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "The Arakan Army accepted a Japanese-brokered proposal for an informal truce across northern "
                "Rakhine on Monday.") == ["Agreement"]  # fmt: skip
    assert _news(read, "Rebels rejected a proposal for a truce in Rakhine on Monday.") == []
    assert _news(read, "Tigray administration and Afar officials agree to return displaced to Abala") == [
        "Agreement"
    ]


def test_ground_retaken_where_the_other_side_left_it_without_a_fight_changes_hands_peacefully(read) -> None:  # type: ignore[no-untyped-def]
    # a battle needs fighting: ground retaken after the other side pulled out is a non-violent transfer
    assert _news(
        read, "Islamic State recaptured Palmyra on Monday after Syrian forces pulled out of the city."
    ) == ["Non-violent transfer of territory"]
    assert _news(
        read, "The army recaptured the town of Damboa on Monday after two days of fighting with Boko Haram."
    ) == ["Government regains territory"]


def test_people_picked_up_by_forces_are_detained_and_a_mob_necklacing_a_man(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "Security forces picked up nine opposition supporters in night raids in Wakiso on Monday."
    ) == ["Arrests"]
    assert _news(read, "A student activist was picked up by men in plain clothes in Karachi on Monday and has not "
                "been seen since.") == ["Abduction/forced disappearance"]  # fmt: skip
    assert _news(read, "Fighting picked up in Bakhmut on Monday.") == []
    assert "Arrests" not in _news(read, "A landmine ripped through a pick-up truck carrying soldiers in Borno on "
                                  "Monday, killing six.")  # fmt: skip
    assert _news(
        read, "Residents of KwaMashu necklaced a man they accused of burglaries on Monday, police said."
    ) == ["Mob violence"]


def test_what_a_protest_is_against_is_no_incident_and_a_motorcade_winding_wounds_nobody(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Residents of Cité Soleil marched to the police station on Tuesday carrying placards against "
                "kidnappings.") == ["Peaceful protest"]  # fmt: skip
    assert _news(read, "Several thousand people gathered on Rustaveli Avenue in Tbilisi on Monday to oppose the "
                "bill.") == ["Peaceful protest"]  # fmt: skip
    assert _news(read, "A motorcade of 80 cars wound its way along the Ring Road in Accra on Monday.") == []


def test_people_detained_where_they_had_gathered_are_an_intervention(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "In Cairo, police detained seven people who had gathered on the steps of the syndicate on "
                "Monday to show solidarity with Gaza.") == ["Protest with intervention"]  # fmt: skip
    # people who organised gatherings before are arrested, not dispersed
    assert _news(read, "In Cairo, police detained a union leader on Monday who had organised wage protests last "
                "year.") == ["Arrests"]  # fmt: skip


def test_what_someone_is_accused_of_swallows_no_killing_and_a_vehicle_fired_on_holds_people(read) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in _news(read, "M23 fighters killed at least nineteen civilians in Bwito on Monday, local groups "
                             "said, accusing the rebels of shooting men they suspected of helping militias.")  # fmt: skip
    assert _news(read, "Two aid workers were killed on Monday when unknown gunmen fired on their clearly marked "
                "vehicle near Pibor.") == ["Attack"]  # fmt: skip


def test_a_named_armed_group_retaking_ground_takes_it_and_a_sieges_length_is_no_campaign(read) -> None:  # type: ignore[no-untyped-def]
    # the subject says who retook it, whatever forces the sentence names besides
    assert _news(read, "Al-Shabaab recaptured the town of Badhadhe on Monday, hours after losing it to government "
                "forces.") == ["Non-state actor overtakes territory"]  # fmt: skip
    assert _news(read, "Government forces said on Monday they had pushed Houthi fighters out of several hilltop "
                "positions west of Taiz.") == ["Government regains territory"]  # fmt: skip
    # an "Army" in a group's name is no state's
    assert _news(read, "The Chin National Army took Falam's police station and army camp on Monday, a resistance "
                "statement said.") == ["Non-state actor overtakes territory"]  # fmt: skip
    assert _news(read, "The Arakan Army said on Monday it had captured the battalion headquarters after a siege "
                "lasting several weeks.") == ["Non-state actor overtakes territory"]  # fmt: skip


def test_ground_told_by_who_now_holds_it_or_whose_flag_flies_over_it(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Houthi forces were now in full control of the Jabal Murad district on Monday after government "
                "troops were defeated.") == ["Non-state actor overtakes territory"]  # fmt: skip
    assert "Non-state actor overtakes territory" in _news(read, "Karen rebels raised their flag over the Kawkareik "
                                                          "hill outpost on Monday after the army company there "
                                                          "surrendered.")  # fmt: skip
    # holding ground with nothing changed is no event
    assert _news(read, "The army is in full control of the capital, the minister said on Monday.") == []


def test_armed_men_hitting_an_army_position_fight_it(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "The insurgents hit a Rwandan army position near Palma overnight on Monday, and the troops "
                "responded, killing at least 11 of them.") == ["Armed clash"]  # fmt: skip
    # a hit with nothing of war and no army is no event
    assert _news(read, "The storm hit the coast of Mozambique on Monday.") == []


def test_leaders_removed_or_named_groups_dissolved_or_split_and_activities_stopped_change_a_group(
    read,
) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The movement's council dismissed its regional commander for Tillaberi on Monday after a dispute over "
        "ransom money, a source close to the group said.",
        "Militia chiefs in Ituri named a former customs officer as chairman of their new coalition on Monday.",
        "A new emir was introduced to the insurgents at a meeting near Macomia on Monday, residents said.",
        "The rebel alliance announced its dissolution on Monday, saying its member groups would form a single army.",
        "On Monday the government gazetted the Kaya youth wing as a criminal organisation, banning membership.",
        "The separatist militia said on Monday it would lift its boycott of markets in the Anglophone regions.",
        "The armed group said on Monday that its fighters would stand down from all operations until the harvest.",
    ):
        assert _news(read, text) == ["Change to group/activity"], text
    # a verdict or a court's opinion dismissed, or a government's new minister, is no armed group changing
    assert _news(read, "The court on Monday dismissed the case brought by the opposition leader.") == []


def test_people_gathered_with_photographs_and_a_month_is_no_march(read) -> None:  # type: ignore[no-untyped-def]
    # kin of soldiers or of missing men gathering with what demonstrators carry protest; the soldiers do not
    assert _news(read, "Relatives of soldiers missing in the war gathered outside the ministry in Yerevan on Monday, "
                "holding portraits of their sons.") == ["Peaceful protest"]  # fmt: skip
    # "4 March" is a date: the act of the people holding placards is the protest
    text = "On 4 March 2024, in Mosul, dozens of contract teachers held placards outside the directorate, demanding posts."
    events = read(text, published="2024-03-05").events
    assert [e.sub_event_type for e in events if not e.is_background] == ["Peaceful protest"]


def test_forces_pushing_back_protesters_take_no_ground_and_take_over_a_number_is_no_takeover(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Police used water cannon to push back protesters marching on the parliament in Yerevan on "
                "Monday.") == ["Protest with intervention"]  # fmt: skip
    # "took over forty people into custody": over is "more than"
    assert "Non-state actor overtakes territory" not in _news(
        read, "Police took over forty opposition members into custody in Dhaka on Monday."
    )
    # a hand-over of a number of captives is still one
    assert _news(read, "The two sides handed over 30 prisoners each at the Kerem crossing on Monday, mediators "
                "said.") == ["Agreement"]  # fmt: skip


def test_a_crowd_burning_a_communitys_houses_or_a_man_it_accused_is_a_mob(read) -> None:  # type: ignore[no-untyped-def]
    # a "set fire to" the parser breaks: what follows it is what burned
    assert _news(read, "A crowd of several hundred set fire to at least 12 houses belonging to Ahmadi families in "
                "Sialkot on Monday after a rumour spread.") == ["Mob violence"]  # fmt: skip
    # who was doused and burned is the subject of the first verb
    assert _news(read, "A youth accused of stealing a motorbike was beaten and burned by a crowd in Kisumu on Monday "
                "before police arrived.") == ["Mob violence"]  # fmt: skip
    # people taken from their homes and set ablaze: "them" are the people, not the homes
    assert _news(read, "Residents of the village dragged two old women from their homes on Monday, accused them of "
                "sorcery and set them ablaze.") == ["Mob violence"]  # fmt: skip


def test_people_killed_where_homes_were_burned_and_a_vehicle_sprayed_with_bullets_are_attacked(read) -> None:  # type: ignore[no-untyped-def]
    # the killing is the incident; the burning is part of it
    assert _news(read, "Gunmen opened fire on traders at a cattle market in Tillaberi on Monday, killing 12, then set "
                "fire to stalls before leaving.") == ["Attack"]  # fmt: skip
    # homes burned where the killings are told only as what came before are still a burning
    assert "Looting/property destruction" in _news(read, "Rebels burned down dozens of homes in the emptied village "
                                                   "on Monday, after residents had fled to Beni following killings "
                                                   "in the area.")  # fmt: skip
    assert _news(read, "Gunmen sprayed the minibus with bullets on the road to Marsabit on Monday, killing two "
                "passengers.") == ["Attack"]  # fmt: skip
    assert _news(read, "The gunmen fired on the travellers inside the van near Ghazni on Monday, killing four."
                ) == ["Attack"]  # fmt: skip
    # sprayed with anything else is no event
    assert _news(read, "Farmers sprayed the fields with pesticide on Monday.") == []


def test_who_armed_men_are_suspected_to_be_leaves_their_act_news_and_a_gang_that_taxes_is_armed(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Unidentified gunmen suspected to be separatist insurgents shot dead a teacher in Yala on "
                "Monday.") == ["Attack"]  # fmt: skip
    # a group suspected to be behind an act is still an allegation about the act
    assert (
        _news(read, "The group is suspected to be responsible for the bombing that killed nine in Yala.")
        == []
    )
    # a bandit leader who levies a tax on harvests holds the ground: his men's killings are political violence
    assert _news(read, "Eight farmers who had refused to pay the levy imposed by the bandit leader were shot dead in "
                "their fields at Tsafe on Monday.") == ["Attack"]  # fmt: skip


def test_attackers_pushed_back_with_no_ground_named_fought(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Militants tried to storm an army post in Damboa on Monday but were pushed back by soldiers, "
                "the army said.") == ["Armed clash"]  # fmt: skip
    # pushed out of ground named: ground regained
    assert _news(read, "Government forces pushed back the rebels from several hilltop positions west of Taiz on "
                "Monday.") == ["Government regains territory"]  # fmt: skip


def test_named_armed_groups_of_the_starter_list_take_ground_and_their_names_trigger_nothing(read) -> None:  # type: ignore[no-untyped-def]
    events = read("SPLM-N forces captured the army garrison at Habila on Monday after clashes.").events
    assert [e.sub_event_type for e in events if not e.is_background] == [
        "Non-state actor overtakes territory"
    ]
    assert events[0].actor1.startswith("SPLM-N")
    # "Mobilization" in a group's name is no call-up
    assert "Change to group/activity" not in _news(read, "The Popular Mobilization Forces and the army drove "
                                                       "Islamic State fighters out of three villages near Tuz "
                                                       "Khurmatu on Monday.")  # fmt: skip
    # the subject names armed men of no state: the police named in a phrase before the verb did not take the town
    assert _news(read, "The gangs, after a night of gunfire with police officers, took over Mirebalais on Monday."
                ) == ["Non-state actor overtakes territory"]  # fmt: skip


def test_people_loaded_onto_trucks_or_taken_from_their_homes_and_communications_down(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Gunmen put the engineer in a car outside his office in Kano on Monday and drove away."
                ) == ["Abduction/forced disappearance"]  # fmt: skip
    assert _news(read, "Militiamen took four doctors from their homes in Geneina on Monday.") == [
        "Abduction/forced disappearance"
    ]
    assert _news(read, "Al-Shabaab militants seized three clan elders near Afgoye on Monday.") == [
        "Abduction/forced disappearance"
    ]
    # goods loaded onto trucks are no people
    assert _news(read, "Soldiers were seen loading looted fridges onto trucks in Wau on Monday.") == [
        "Looting/property destruction"
    ]
    assert _news(
        read, "Telecommunications across the Darfur states were down on Monday, aid agencies said."
    ) == ["Other"]


def test_a_side_retreating_after_fighting_hands_nothing_over(read) -> None:  # type: ignore[no-untyped-def]
    assert "Non-violent transfer of territory" not in _news(
        read,
        "Government troops retreated south on Monday after a morning of fighting with the rebels near Sake.",
    )


def test_a_fight_told_before_a_protest_is_no_part_of_it_and_a_protest_blocked_is_an_intervention(
    read,
) -> None:  # type: ignore[no-untyped-def]
    # the clash at the head of the sentence came before; the force used on the crowd is the news
    assert _news(read, "Two weeks after a clash between the army and rebels nearby, soldiers fired on a crowd "
                "marching against the new district in Wamena on Monday, killing two.") == [
        "Excessive force against protesters"
    ]  # fmt: skip
    # a gathering told at the head is the same one
    assert _news(read, "Minutes after the students sat down on the steps of the faculty in Novi Sad on Monday, "
                "gendarmes pushed them back with shields and detained two.") == ["Protest with intervention"]  # fmt: skip
    assert _news(read, "Riot police blocked the march of nurses on the avenue in Caracas on Monday, keeping them from "
                "the ministry.") == ["Protest with intervention"]  # fmt: skip
    assert _news(read, "On Monday the gendarmes prevented the holding of the sit-in of the opposition platform at the "
                "roundabout in Conakry.") == ["Protest with intervention"]  # fmt: skip
    # protesters trying to cross a police barricade build none: no riot
    assert _news(read, "Police turned water cannon on protesters trying to cross the barricade near Government House "
                "in Bangkok on Monday.") == ["Protest with intervention"]  # fmt: skip


def test_the_fight_against_crime_is_no_battle_and_a_detention_warrant_is_an_arrest(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "An opposition leader was placed under a detention warrant in Bamako on Monday by the unit "
                "specialised in the fight against cybercrime.") == ["Arrests"]  # fmt: skip
    assert _news(read, "Police placed the opposition leader under arrest in Lusaka on Monday.") == ["Arrests"]


def test_the_learned_typer_adds_the_event_of_a_short_report_the_rules_have_no_word_for(read) -> None:  # type: ignore[no-untyped-def]
    from eventwatch.extract.classifier import classify
    from eventwatch.pipeline import Pipeline, Settings
    from eventwatch.records import Document

    text = (
        "Nurses at the Kenyatta hospital walked off the job on Monday over unpaid salaries, their union said."
    )
    label, p = classify(text)[0]
    events = read(text).events
    assert [e.sub_event_type for e in events] == [label] == ["Peaceful protest"]
    assert abs(events[0].confidence - p) < 0.01  # the classifier's probability
    assert events[0].evidence and events[0].evidence[0].text == text  # the sentence is its evidence
    # the rules alone (the addition switched off) find nothing in it
    rules_only = Pipeline(Settings(extra={"typer": {"add": False}}))
    published = dt.date(2021, 5, 4)
    assert rules_only.context(Document(id="t", text=text, published=published)).events == []
    # where the rules read an event word and found no event, nothing is added: pilgrims gathering press no demand
    assert read("Hundreds of pilgrims gathered in Tbilisi's Freedom Square on Sunday.").events == []
    # nor to a long story, where a sentence the rules could not read is more often background
    long_story = " ".join([text] + ["The hospital said talks would continue on Tuesday."] * 4)
    assert read(long_story).events == []


def test_bombers_who_ram_or_wear_their_charge_rockets_crashing_and_a_condemned_strike_told_in_full(
    read,
) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "A driver rammed an explosives-laden truck into an army checkpoint near Tal Afar on Monday and "
                "detonated it, killing three soldiers.") == ["Suicide bomb"]  # fmt: skip
    assert _news(read, "The attacker detonated the explosives under his coat at the gate of the ministry in Kabul on "
                "Monday, killing five.") == ["Suicide bomb"]  # fmt: skip
    assert _news(read, "Grad rockets crashed into a residential street in Tripoli on Monday, killing a child."
                ) == ["Shelling/artillery/missile attack"]  # fmt: skip
    assert _news(read, "Troops opened up with mortars along the border on Monday, damaging several houses."
                ) == ["Shelling/artillery/missile attack"]  # fmt: skip
    # a condemned strike told with what it did is the report of it; a claim of responsibility stays a reference
    assert _news(read, "The council condemned the bombardment carried out by military jets on Monday in Barmal, in "
                "which 20 people were killed.") == ["Air/drone strike"]  # fmt: skip
    assert (
        _news(read, "The group claimed responsibility for the bombing, which killed nine in Yala on Monday.")
        == []
    )
    # a car pulling out hands no ground over
    assert "Non-violent transfer of territory" not in _news(
        read,
        "The governor's car had just pulled out of the compound in Hodan on Monday when gunmen opened fire.",
    )


def test_devices_disarmed_drones_brought_down_arms_laid_down_and_people_fired_upon(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Two roadside bombs were disarmed by army engineers near Bamenda on Monday.") == [
        "Disrupted weapons use"
    ]
    assert _news(
        read, "A drone flying towards the airport in Goma was brought down by the army on Monday."
    ) == ["Disrupted weapons use"]
    assert _news(read, "The army disarmed 200 militiamen in Ituri on Monday.") == ["Change to group/activity"]
    assert _news(read, "The storm brought down power lines across the city on Monday.") == []
    assert _news(read, "Forty members of the Maute group laid down 30 firearms before army officers in Butig on "
                "Monday.") == ["Change to group/activity"]  # fmt: skip
    assert _news(read, "Militants fired upon a labourer in Shopian district on Monday, killing him.") == [
        "Attack"
    ]
    # a person stopped on the road is no weapon intercepted; the police capturing a man arrest him
    assert "Disrupted weapons use" not in _news(read, "Rival activists intercepted a local party leader on his way "
                                                     "home in Bhola on Monday and hacked him to death.")  # fmt: skip
    assert _news(read, "Police captured a leader of the Clan del Golfo in Medellin on Monday.") == ["Arrests"]


def test_people_parading_walking_or_camping_to_press_a_demand_protest(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Fishers in Pemba paraded their boats along the seafront on Monday to call for compensation."
                ) == ["Peaceful protest"]  # fmt: skip
    assert _news(read, "Pensioners assembled outside the social security office in Caracas on Monday to reject the "
                "new bonus.") == ["Peaceful protest"]  # fmt: skip
    # walking somewhere with no demand is no protest
    assert _news(read, "Pilgrims walked to the shrine in Kandy on Monday.") == []


def test_a_wing_restructured_a_commander_named_to_head_a_front_or_a_pause_observed_change_a_group(
    read,
) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The rebel front restructured its armed wing into three regional commands on Monday, a spokesman said.",
        "The insurgent movement named a former army colonel to head its eastern front on Monday.",
        "The armed group said on Monday that its fighters will observe a pause in the border provinces.",
    ):
        assert _news(read, text) == ["Change to group/activity"], text


def test_ground_entered_without_a_shot_an_empty_camp_moved_into_or_a_camp_turned_over_changes_hands(
    read,
) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "JNIM fighters entered the town of Diapaga on Monday without a shot being fired, residents said.",
        "Arakan Army fighters moved into the empty army camp near Paletwa on Monday, the group said.",
        "The rebel command turned over its camp at Butig to the army on Monday under the peace deal.",
    ):
        assert _news(read, text) == ["Non-violent transfer of territory"], text


def test_registry_names_are_found_by_their_first_word_with_possessives_and_acronyms() -> None:
    found = [(a.name, a.span.text) for a in registry().find(
        "Hezbollah's fighters, Kata'ib Hezbollah, the SDF's units, pro-SDF men, U.N. staff and the lna met."
    )]  # fmt: skip
    names = [n for n, _ in found]
    assert ("Hezbollah", "Hezbollah") in found and "Kataib Hezbollah" in names
    assert names.count("SDF: Syrian Democratic Forces") == 1  # "pro-SDF" is inside a word
    assert ("United Nations", "U.N.") in found
    assert not any("Haftar" in n for n in names)  # "LNA" is matched in capitals only


def test_stones_thrown_at_the_police_and_agitators_burning_a_house_riot(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Evicted vendors overturned two council trucks in Harare on Monday and threw stones at "
                "municipal police officers.") == ["Violent demonstration"]  # fmt: skip
    assert _news(read, "The agitators set fire to the bungalow of a sitting MLA in Beed on Monday.") == [
        "Violent demonstration"
    ]
    # a bottle thrown at a goalkeeper is no riot: nobody who keeps order was its target
    assert _news(read, "A fan threw a bottle at the goalkeeper in Lagos on Monday.") == []


def test_a_groups_activity_suspended_lifted_or_resumed_in_any_tense_changes_it(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Separatist commanders in Kumba on Monday announced the cancellation of the lockdown they had decreed, "
        "telling traders they may reopen.",
        "In a statement on Monday the insurgents said they were suspending armed actions for two weeks in the "
        "district.",
        "On Monday the gang lifted the blockade it had imposed on the coastal highway, letting lorries through.",
        # a group known by name, with no armed word in the sentence
        "IPOB said on Monday that it had suspended its weekly sit-at-home order across the south-east.",
        "The three rebel factions proclaimed their fusion into a single movement on Monday.",
        "The brigade declared itself dissolved on Monday and handed its heavy weapons to the defence ministry.",
        "On Monday the cabinet listed the front and its leaders as terrorist entities and froze their assets.",
        "The militia announced on Monday the nomination of a new military chief for its northern sector.",
    ):
        assert _news(read, text) == ["Change to group/activity"], text
    # an agreement on a suspension is the agreement; a government's health lockdown is no group changing
    assert _news(read, "Army delegates and rebel commanders signed a local agreement on Monday on a suspension of "
                "armed actions along the river.") == ["Agreement"]  # fmt: skip
    assert _news(read, "Police said on Monday the state government had lifted the lockdown in Lagos.") == []


def test_force_on_a_gathering_told_plainly_passively_or_with_a_vehicle_is_excessive(read) -> None:  # type: ignore[no-untyped-def]
    ef = ["Excessive force against protesters"]
    for text in (
        # a vehicle driven into or over the marchers
        "Soldiers drove an armoured truck into the line of marchers in Khartoum on Monday, crushing a young man.",
        "A police vehicle ran over a demonstrator in Nairobi on Monday as officers cleared the road; he died.",
        # "violently repressed" is the force's violence, not the marchers'
        "The march in Kinshasa was violently repressed by the police on Monday, who shot with real bullets, "
        "causing the death of one marcher.",
        # a gathering "dissolved" with gunfire; deaths told as martyrdom and firing told as "direct firing"
        "The peaceful sit-in in Belem was dissolved with shots by the military police on Monday, leaving one "
        "farmer dead.",
        "The peaceful protest in Turbat was subjected to direct firing on Monday, in which one man was martyred.",
        # "under fire from police": the crowd did not do it
        "Striking workers in Gazipur came under fire from police on Monday, with live rounds used against the "
        "crowd.",
    ):
        assert _news(read, text) == ef, text
    # a bus running over a pedestrian is an accident
    assert _news(read, "A bus ran over a pedestrian in Lagos on Monday.") == []


def test_rioters_acts_told_with_common_verbs_are_a_violent_demonstration(read) -> None:  # type: ignore[no-untyped-def]
    vd = ["Violent demonstration"]
    for text in (
        # a parse that hangs "hurled" on the stones; the tents overturned are the riot's too
        "At the market on Monday, vendors angered by the relocation order overturned the council's tents and "
        "hurled stones at enforcement officers.",
        # "burning tyres" is what the youths did, not a state of the tyres; "took to the street" is a gathering
        "On Monday the youths of Kati took to the street over the price of electricity, burning tyres on the "
        "national road.",
        "Supporters of the cleric broke down the gates of the parliament building in Baghdad on Monday.",
    ):
        assert _news(read, text) == vd, text
    # the same acts by an armed group are no demonstration
    assert "Violent demonstration" not in _news(
        read, "Gunmen overturned two cars and hurled stones at police officers in Kaduna on Monday."
    )


def test_state_forces_known_by_name_and_who_lost_ground_named_by_its_name(read) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in read("SSPDF forces retook Nasir town from the White Army on Monday after clashes.").events
              if not e.is_background]  # fmt: skip
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert events[0].actor1 == "Military Forces of South Sudan"
    # a group taking ground from another group gains it for no state
    assert _news(
        read, "Wazalendo militiamen took the village back from the M23 on Monday after a firefight."
    ) == ["Non-state actor overtakes territory"]
    # an army aircraft lost in training strikes nobody; a drone crashing into a depot does
    assert _news(read, "A Kenya Defence Forces helicopter crashed during a training exercise in Laikipia on Monday, "
                "killing both pilots.") == []  # fmt: skip


def test_ground_entered_by_fighting_or_a_named_town_driven_out_of_is_taken(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Government troops fought their way back into the mining town on Monday, ending a rebel "
                "occupation.") == ["Government regains territory"]  # fmt: skip
    assert _news(read, "M23 rebels fought their way into Sake on Monday.") == [
        "Non-state actor overtakes territory"
    ]
    # the town driven out of outweighs the clashes that did it
    events = read("Federal forces said on Monday they had pushed the insurgents out of Lalibela after clashes on the "
                  "town's outskirts.").events  # fmt: skip
    top = max((e for e in events if not e.is_background), key=lambda e: e.confidence)
    assert top.sub_event_type == "Government regains territory"


def test_two_sides_fighting_told_in_other_words_is_a_clash(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday the Arakan Army and the Myanmar military engaged each other around a hilltop outpost.",
        "Police operatives engaged the bandits in a gun duel at Dansadau forest on Monday, a spokesman said.",
        "Combats opposed the Rwandan contingent and insurgents in the zone of Mbau in the night of Monday.",
        "On Monday CRPF personnel had an encounter with armed Maoist cadres in the forest of Abujhmarh.",
    ):
        assert _news(read, text) == ["Armed clash"], text


def test_agreements_settled_on_signed_as_a_noun_or_declared_and_their_terms(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday leaders of the two cartels settled on a truce and a dividing line along the river.",
        "The prefect presided over the signing of a peace pact between the two communities on Monday.",
        "Pokot and Turkana elders signed a peace declaration at the county border on Monday.",
        # guns to be surrendered under the deal are its terms, not a change of the raiders' group
        "The deal, witnessed by army commanders on Monday, commits the raiders to return the cattle and to "
        "surrender 52 guns by the end of the month.",
    ):
        assert _news(read, text) == ["Agreement"], text


def test_people_refusing_food_or_stopping_work_to_press_a_demand_protest(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Six mothers were refusing food in a tent in Beirut on Monday, saying they will take only "
                "water until trial dates are set.") == ["Peaceful protest"]  # fmt: skip
    assert _news(read, "Dock workers in Chittagong stopped work for 24 hours on Monday, demanding a wage "
                "revision.") == ["Peaceful protest"]  # fmt: skip
    # work stopped for a fault is no protest
    assert _news(read, "The mine stopped work for 24 hours on Monday after a power failure.") == []


def test_a_gathering_ordered_away_or_kept_from_advancing_is_an_intervention(read) -> None:  # type: ignore[no-untyped-def]
    pwi = ["Protest with intervention"]
    assert _news(read, "The lawyers who intended to march to the governor's office on Monday were prevented from "
                "advancing by police.") == pwi  # fmt: skip
    assert _news(read, "When hospital staff gathered in front of the government building on Monday, security "
                "personnel ordered them to leave and briefly held two organisers.") == pwi  # fmt: skip
    # troops kept from advancing by fire are no protest
    assert "Protest with intervention" not in _news(
        read, "Government troops were prevented from advancing by heavy rebel fire near Goma on Monday."
    )


def test_villagers_burning_a_man_in_his_house_are_a_mob(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "On Monday residents of a village in Marani accused a man of witchcraft and set fire to his "
                "house with him inside.") == ["Mob violence"]  # fmt: skip
    # an empty house set on fire by gunmen is property destroyed
    assert _news(read, "Gunmen set fire to a school in Mir Ali on Monday; the building was empty.") == [
        "Looting/property destruction"
    ]


def test_captives_shot_taken_away_to_nowhere_or_interpellated(read) -> None:  # type: ignore[no-untyped-def]
    # men rounded up and shot: an attack on the captives, not an arrest or a clash
    assert _news(read, "On Monday gunmen rounded up men at the weekly market in Gaskinde and shot at least 14 of "
                "them.") == ["Attack"]  # fmt: skip
    assert _news(read, "On Monday the terrorists carried away the mayor of Tin-Akoff toward an unknown "
                "destination.") == ["Abduction/forced disappearance"]  # fmt: skip
    # "interpellated": arrested, in the French sense
    assert _news(read, "The former minister was interpellated at his home in Ouagadougou on Monday by agents of the "
                "intelligence agency.") == ["Arrests"]  # fmt: skip
    # a militiamen's place of origin is no place of the event: the clash and the town taken are one incident
    assert _news(read, "On Monday, Fano militiamen took control of the town of Motta after a firefight with federal "
                "troops.") == ["Non-state actor overtakes territory"]  # fmt: skip


def test_ground_held_after_the_other_side_fled_and_the_states_men_pushed_back(read) -> None:  # type: ignore[no-untyped-def]
    nsa = ["Non-state actor overtakes territory"]
    assert _news(read, "By noon on Monday the rebels were in full control of the border post, and the soldiers had "
                "fled toward the lake.") == nsa  # fmt: skip
    # the state's men pushed back with nobody named as pushing them: they lost the ground the group took
    assert _news(read, "On Monday Al Shabaab captured Awdheegle town after government forces were pushed back in "
                "fighting.") == nsa  # fmt: skip
    # fighters pushed back by the army: a fight the army won
    assert _news(
        read, "Rebel fighters were pushed back from the outskirts of Goma by the army on Monday."
    ) == ["Armed clash"]


def test_premises_broken_into_or_raided_and_goods_taken_by_armed_men_are_looted(read) -> None:  # type: ignore[no-untyped-def]
    looted = ["Looting/property destruction"]
    assert (
        _news(read, "On Monday soldiers broke into the compound of an aid agency and took vehicles and fuel.")
        == looted
    )
    assert _news(read, "On Monday Fano militiamen raided a branch of the Commercial Bank and took an undisclosed "
                "amount of cash.") == looted  # fmt: skip
    # robbers with no armed body are crime; people taken in raids are arrests
    assert (
        _news(read, "Robbers broke into a jewellery shop in Lagos on Monday and took gold worth millions.")
        == []
    )
    assert "Looting/property destruction" not in _news(
        read, "Police carried out raids in 11 provinces on Monday and took 43 people into custody."
    )


def test_ground_left_by_the_time_the_other_side_arrived_or_taken_back_unopposed(read) -> None:  # type: ignore[no-untyped-def]
    nvt = ["Non-violent transfer of territory"]
    # "had already left ... by the time ... reached it" is told against the news, not before it
    assert _news(read, "Russian troops had already left the village by the time Ukrainian units reached it on "
                "Monday, and there was no contact with the enemy.") == nvt  # fmt: skip
    assert _news(read, "On Monday the gang had left the prison, and officers took back the buildings without "
                "meeting resistance.") == nvt  # fmt: skip


def test_a_place_used_as_a_base_or_new_positions_set_up_establish_a_base(read) -> None:  # type: ignore[no-untyped-def]
    hq = "Headquarters or base established"
    events = read("Police said on Monday that gang members had occupied a former church compound on the road to "
                  "Furcy and were using it as their base.").events  # fmt: skip
    assert max((e for e in events if not e.is_background), key=lambda e: e.confidence).sub_event_type == hq
    assert _news(
        read, "On Monday Houthi forces established new positions on hills overlooking the coast road."
    ) == [hq]


def test_what_aggrieved_people_wreck_or_fight_is_their_riot(read) -> None:  # type: ignore[no-untyped-def]
    wrecked = _news(
        read,
        "Shopkeepers angered by a new market tax blocked the ring road with burning tyres on Monday and set fire "
        "to the revenue office.",
    )
    assert "Violent demonstration" in wrecked and "Looting/property destruction" not in wrecked
    fought = _news(
        read,
        "Dockworkers observing a strike smashed the port authority's windows on Monday and fought running battles "
        "with police.",
    )
    assert "Violent demonstration" in fought and "Armed clash" not in fought
    passive = _news(
        read,
        "The town hall was ransacked on Monday by young people discontented with the closure of the mine.",
    )
    assert passive == ["Violent demonstration"]
    riders = _news(
        read,
        "Okada riders blocked streets with burning tyres and hurled stones at police patrol cars on Monday.",
    )
    assert riders and set(riders) == {"Violent demonstration"}


def test_a_protest_told_by_its_signs_and_what_was_protested(read) -> None:  # type: ignore[no-untyped-def]
    assert "Peaceful protest" in _news(
        read, "Nurses in white uniforms sang hymns and held signs outside the health ministry on Monday."
    )
    assert "Peaceful protest" in _news(
        read,
        "Several hundred dock workers gathered outside the port company's offices on Monday and stayed until a "
        "manager came out to receive their petition.",
    )
    flash = _news(
        read,
        "About 200 students staged a flash mob at the university gate on Monday, reciting poems and holding up "
        "their phone torches.",
    )
    assert flash == ["Peaceful protest"]
    # the kidnapping is what the crowd protested, not an incident of its own
    crowd = _news(
        read, "On Monday a crowd protesting the kidnapping of a teacher blocked the main road with rocks."
    )
    assert crowd and "Abduction/forced disappearance" not in crowd


def test_agreements_obtained_extended_joined_or_accepted(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Elders said on Monday they had obtained a commitment from the two militias to stop fighting.",
        "The truce between the army and the rebels will run for a further 60 days, both sides announced on Monday.",
        "Farmers and herders in the district put their names to a grazing pact on Monday.",
        "Two rebel factions joined the national peace accord at a ceremony on Monday.",
        "The defectors had accepted the government amnesty after talks through their clan elders, officials said "
        "on Monday.",
    ):
        assert "Agreement" in _news(read, text), text
    since = _news(
        read,
        "Militia commanders consented on Monday to let aid convoys through, the first such arrangement since "
        "fighting spread through the district.",
    )
    assert "Agreement" in since and "Armed clash" not in since


def test_group_changes_shutdowns_campaigns_splits_and_designations(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The rebel movement said on Monday that its sit-at-home order was cancelled until further notice.",
        "The insurgents announced the launch of a spring offensive on Monday.",
        "About 300 fighters broke with their parent movement on Monday and proclaimed a new council.",
        "The government designated the armed wing of the movement a terrorist organisation on Monday.",
        "Jihadist fighters announced a blockade of the town on Monday.",
    ):
        news = _news(read, text)
        assert "Change to group/activity" in news and "Armed clash" not in news, (text, news)


def test_ground_retaken_told_with_a_misparsed_verb_is_the_battle(read) -> None:  # type: ignore[no-untyped-def]
    # "retook" parsed as a noun before a place in brackets; the clashes are the battle that won the ground
    news = _news(
        read,
        "On Monday, Kenyan forces (KDF) with AMISOM support retook Kolbio (Lower Juba, Somalia) from "
        "al-Shabaab militants after clashes.",
    )
    assert "Government regains territory" in news and "Armed clash" not in news


def test_gunfire_on_a_peaceful_protest_is_excessive_force(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Students peacefully protesting unpaid grants came under fire from security forces on Monday.",
        "Two traders died on Monday after being struck by police bullets during a march.",
        "Police resorted to firing on farmers sitting on dharna on the highway on Monday, killing two.",
        # the gathering told in the sentence before
        "The sit-in had gone on for a week without incident. On Monday soldiers fired on participants near the "
        "port, killing one.",
    ):
        news = _news(read, text)
        assert "Excessive force against protesters" in news and "Air/drone strike" not in news, (text, news)


def test_detentions_where_a_crowd_is_handled_or_was_told_before(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read,
        "Riot officers advanced with water cannon on Monday, pushing the students back from the gates and "
        "detaining several.",
    ) == ["Protest with intervention"]
    assert "Protest with intervention" in _news(
        read,
        "Nurses had announced their march a week in advance. When they set out on Monday, police blocked the road "
        "with trucks and detained 12 of them.",
    )


def test_platforms_blocked_emergencies_declared_and_market_figures(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Social media platforms were blocked across the country on Monday.") == ["Other"]
    assert _news(
        read, "The president declared a state of internal commotion in the northern region on Monday."
    ) == ["Other"]
    # shoppers are people a bomb can kill, not a figure of the market
    assert "Suicide bomb" in _news(
        read, "A girl blew herself up at a crowded fish market on Monday, killing nine traders and shoppers."
    )
    for text in (
        "Tech stocks were massacred on Monday as the index shed four percent.",
        "Two supermarket chains launched a price offensive on flour and sugar on Monday.",
    ):
        assert _news(read, text) == [], text


def test_rioting_peace_made_war_declared_mutiny_and_torture_after_a_march(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(read, "Rioting broke out in the town on Monday after the verdict.") == [
        "Violent demonstration"
    ]
    assert "Agreement" in _news(read, "The two clans made peace on Monday after elders intervened.")
    assert "Agreement" in _news(read, "The two communities buried the hatchet at a meeting on Monday.")
    assert _news(read, "The bishop urged the clans to make peace.") == []
    assert _news(read, "The rebel group declared war on the government on Monday.") == [
        "Change to group/activity"
    ]
    assert _news(read, "Soldiers mutinied at the barracks on Monday.") == ["Change to group/activity"]
    assert "Excessive force against protesters" in _news(
        read, "Protesters were tortured in custody after the march on Monday, their lawyers said."
    )


def test_clashes_told_as_engaging_resuming_or_firing_at_each_other(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Troops engaged a rebel column near the river on Monday.",
        "A patrol was engaged by heavily armed militants near the border on Monday.",
        "Heavy fighting between the army and the rebels resumed on Monday in the north.",
        "Armed volunteers from two villages fired at each other across the fields on Monday.",
        "The combats between the two militias left nine dead on Monday.",
        "Rebel units and army troops engaged for several hours near the river on Monday.",
    ):
        assert "Armed clash" in _news(read, text), text
    assert _news(read, "The minister engaged community leaders in talks on Monday.") == []
    assert "Armed clash" not in _news(
        read, "Youths from the two communities attacked each other's shops on Monday."
    )
    assert "Armed clash" not in _news(read, "Two combat aircraft flew low over the capital on Monday.")


def test_ground_seized_held_or_controlled_after_a_fight(read) -> None:  # type: ignore[no-untyped-def]
    taken = _news(read, "M23 rebels seized the mining town of Rubaya and its coltan mines on Monday.")
    assert "Non-state actor overtakes territory" in taken and "Disrupted weapons use" not in taken
    assert _news(read, "Soldiers seized weapons-laden trucks at the border crossing on Monday.") == [
        "Disrupted weapons use"
    ]
    for text in (
        "The insurgents attacked the base on Monday, forced the soldiers out and remained in control of it.",
        "After routing the soldiers in a battle on Monday, the rebels established their control over the village.",
        "The army abandoned its positions on Monday after a militant assault; the militants now hold the base.",
    ):
        assert "Non-state actor overtakes territory" in _news(read, text), text


def test_weapons_made_safe_or_brought_down_and_would_be_bombers_held(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "All 12 drones launched overnight toward the port were destroyed by air defences, the air force said on "
        "Monday.",
        "On Monday officers spotted a pressure-plate device buried in the verge and destroyed it in a controlled "
        "blast.",
        "A bag left at the bus station held an improvised bomb, which army experts rendered safe on Monday.",
    ):
        assert _news(read, text) == ["Disrupted weapons use"], text
    # a remote-controlled blast went off
    assert "Disrupted weapons use" not in _news(
        read,
        "On Monday a remote-controlled blast destroyed an armoured vehicle on the outskirts of the town.",
    )


def test_a_groups_own_rules_levies_names_and_new_groups(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday the Arakan Army ordered residents to stay indoors at night and to register every motorcycle.",
        "On Monday the separatist fighters decreed a total lockdown of ten days over two divisions.",
        "Mercenaries deployed in the country will now operate under a new banner, officials said on Monday.",
        "Residents presented a new armed self-defence group to journalists on Monday.",
    ):
        assert "Change to group/activity" in _news(read, text), text
    # the state's curfew is no group's change
    assert "Change to group/activity" not in _news(
        read, "On Monday the governor imposed a lockdown on the town after militants attacked a police post."
    )


def test_ground_occupied_after_a_fight_and_ground_named_by_its_noun(read) -> None:  # type: ignore[no-untyped-def]
    assert "Government regains territory" in _news(
        read, "On Monday troops overran and occupied a militant encampment in the marsh after a firefight."
    )
    # the fighting told as what came before; the reoccupation of a named post is news, not a reference to it
    assert "Government regains territory" in _news(
        read,
        "Following fierce combats with the armed groups, the army proceeded on Monday to the reoccupation of the "
        "military detachment of Koudougou.",
    )
    # "during last year's clashes" is an old incident
    agreed = _news(
        read,
        "The clan leaders concluded a week-long conference on Monday with an agreement on compensation for the "
        "killings during last year's clashes.",
    )
    assert "Agreement" in agreed and "Armed clash" not in agreed


def test_shots_in_the_air_break_up_a_protest_and_rumours_tell_no_incident(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read, "On Monday a sit-in outside the ministry was broken up by guards, who fired into the air."
    ) == ["Protest with intervention"]
    assert _news(read, "The rally outside the ministry broke up without incident on Monday.") == [
        "Peaceful protest"
    ]
    assert "Abduction/forced disappearance" not in _news(
        read, "Rumours spread on Monday that two strangers were kidnapping children."
    )
    # belongings seized are no ground, and holding people for hours is no short-lived capture of it
    seized = _news(read, "On Monday fighters seized their phones and held two of them for several hours.")
    assert "Armed clash" not in seized and "Non-state actor overtakes territory" not in seized


def test_people_freed_or_pardoned_by_those_holding_them_are_released(read) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" in _news(read, "The kidnappers freed the 12 students on Monday.")
    assert "Agreement" in _news(read, "The governor pardoned 50 prisoners on Monday.")


def test_positions_set_up_or_a_base_commissioned_over_what_came_before(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Days after a drone strike near the camp, the fighters set up new positions in the mountains on Monday.",
        "The army chief commissioned a new forward operating base in the district on Monday, a week after bandits "
        "killed 12 villagers nearby.",
    ):
        event = max(read(text).events, key=lambda e: e.confidence)
        assert event.sub_event_type == "Headquarters or base established", text


def test_a_crowd_wrecking_a_place_of_worship_is_a_mob(read) -> None:  # type: ignore[no-untyped-def]
    news = _news(
        read,
        "On Monday the crowd moved on to the minority's place of worship, breaking its windows and throwing "
        "furniture into the street.",
    )
    assert "Mob violence" in news and "Violent demonstration" not in news
    # demonstrators' stones at an office stay a riot
    assert _news(read, "Protesters threw stones at the ruling party office on Monday.") == [
        "Violent demonstration"
    ]


def test_a_grievance_named_by_what_angered_people_is_no_incident(read) -> None:  # type: ignore[no-untyped-def]
    news = _news(
        read,
        "On Monday residents angered by the arrest of a local official blocked roads with burning tyres and threw "
        "stones at the police.",
    )
    assert news == ["Violent demonstration"]
    # the killing they are furious over displaces no burning of theirs, and is no incident
    news = _news(read, "On Monday youths furious over the killing of a trader torched a police post.")
    assert news and set(news) <= {"Violent demonstration", "Mob violence"}


def test_a_riot_told_with_a_dispersal_after_it_and_the_protest_it_happened_in(read) -> None:  # type: ignore[no-untyped-def]
    news = _news(
        read,
        "On Monday demonstrators burned the documents of the party's headquarters before being dispersed by the "
        "security forces.",
    )
    assert "Violent demonstration" in news
    news = _news(read, "On Monday students set alight two buses during a protest over the disappeared.")
    assert news and set(news) == {"Violent demonstration"}
    # struck by a vehicle: an accident, no air strike
    assert "Air/drone strike" not in _news(
        read,
        "On Monday the riders, angry after one of them was struck by a customs vehicle, marched on the post.",
    )


def test_agreements_told_as_a_signed_text_a_mark_on_an_accord_or_a_plan_both_sides_accepted(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday envoys of the government and the rebel front signed a text in Algiers committing both sides "
        "to freeze their positions.",
        "On Monday elders of the two clans put their thumbprints on the accord.",
        "On Monday the rival brigades accepted a plan put forward by the elders to pull their vehicles back.",
        "On Monday the group's leaders inked an extension of the suspension of operations pact for one more year.",
    ):
        assert "Agreement" in _news(read, text), text
    # a paper that is not signed, a plan one side adopts: no agreement
    assert "Agreement" not in _news(read, "On Monday the ministry published a document on road safety.")
    assert "Agreement" not in _news(read, "On Monday the council approved a plan to build a new market.")


def test_a_group_naming_its_chairman_calling_a_shutdown_or_ruling_by_edict_changes(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday the breakaway wing of the movement named its own chairman.",
        "A 12-hour bandh has been called from Monday by the coordination committee of the insurgent groups.",
        "On Monday the Clan del Golfo decreed a 'paro armado' of 72 hours in the subregion.",
        "On Monday the Kuki-Chin National Front issued an order forbidding residents from travelling without a "
        "pass.",
        "On Monday militants told herders at the market that zakat would henceforth be levied at one head per "
        "30 cattle.",
    ):
        assert "Change to group/activity" in _news(read, text), text
    # the state's own order is no group's change
    assert "Change to group/activity" not in _news(
        read, "On Monday the governor issued an order banning motorcycles in the district."
    )


def test_fire_between_two_sides_bullets_put_into_someone_and_bombs_released_from_jets(read) -> None:  # type: ignore[no-untyped-def]
    assert "Armed clash" in _news(
        read,
        "On Monday sporadic gunfire between village volunteers and armed miscreants continued till evening.",
    )
    ctx = read("On Monday the firefight between army troops and rebels of the front erupted in the hills.")
    clash = next(e for e in ctx.events if e.sub_event_type == "Armed clash")
    assert clash.actor1 is not None and clash.actor2 is not None  # both sides the noun names
    assert "Attack" in _news(
        read, "On Monday gunmen on a motorcycle pumped several bullets into the chairman."
    )
    assert "Air/drone strike" in _news(
        read, "On Monday the jets circled twice before releasing their bombs on the school compound."
    )
    # a ceremony's exchange of views is no fight
    assert "Armed clash" not in _news(
        read, "On Monday the engagement between the two families was celebrated."
    )


def test_arms_impounded_or_found_goods_taken_masts_pulled_down_and_a_human_chain(read) -> None:  # type: ignore[no-untyped-def]
    assert "Disrupted weapons use" in _news(
        read, "On Monday customs officers impounded a container of pistols and rifle ammunition at the port."
    )
    assert "Looting/property destruction" in _news(
        read, "On Monday Al-Shabaab fighters pulled down two telecommunications masts in Gedo."
    )
    assert "Looting/property destruction" not in _news(read, "On Monday officials tore down the posters.")
    # a human chain in front of a club forms no front; a human chain is a protest
    assert _news(read, "On Monday students formed a human chain in front of the press club.") == [
        "Peaceful protest"
    ]
    # arms taken from a fight's ground do not outweigh the fight told before them
    ctx = read(
        "On Monday troops clashed with rebels in the village, killing two of them. Two rifles were seized from "
        "the scene."
    )
    told = {e.sub_event_type: e.confidence for e in ctx.events if not e.is_background}
    assert told["Armed clash"] > told.get("Disrupted weapons use", 0.0)


def test_deadly_force_on_a_procession_a_blow_during_a_lathi_charge_and_torture_after_a_gathering(
    read,
) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday a student was killed when police fired rubber bullets and live rounds on a procession of "
        "students.",
        "On Monday a farmer died after he was struck on the head during a lathi-charge on farmers holding a dharna.",
        "On Monday people detained after the peaceful gathering were subjected to electric shocks and severe "
        "beatings.",
    ):
        assert "Excessive force against protesters" in _news(read, text), text
    assert _news(read, "On Monday the Colombian peso took a beating in morning trade.") == []
    # tear gas and arrests with nobody seriously hurt stay an intervention
    news = _news(
        read,
        "On Monday riot police fired tear gas to clear student demonstrators and detained 13, but no one was "
        "seriously hurt.",
    )
    assert "Protest with intervention" in news and "Excessive force against protesters" not in news


def test_kinds_listed_under_a_reported_incident_are_no_incidents_of_their_own(read) -> None:  # type: ignore[no-untyped-def]
    told = "Amnesty International said on Monday that it had documented widespread torture in detention facilities"
    alone = read(told + ".")
    listed = read(told + ", including beatings and electric shocks.")
    # the kinds listed add no incident to what the torture's report tells
    assert len(listed.events) == len(alone.events)
    assert [e.is_background for e in listed.events] == [e.is_background for e in alone.events]


def test_riots_told_by_pelting_with_stones_burning_barricades_or_explosives_thrown_in_a_march(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday young men angered by the demolition of stalls pelted a task force vehicle with stones and set "
        "fire to a council booth.",
        "On Monday demonstrators demanding the resignation of the government put up burning barricades along "
        "the avenue.",
        "On Monday students marching against tuition fees clashed with riot police, throwing stones and "
        "homemade explosive devices.",
    ):
        news = _news(read, text)
        assert "Violent demonstration" in news and "Remote explosive/landmine/IED" not in news, text
    # a police officer named in a leading "after ..." phrase is not who blocked the road
    ctx = read(
        "A week after a police officer shot dead a rider in the town, hundreds of riders blocked the highway on "
        "Monday with burning tyres."
    )
    riots = [e for e in ctx.events if e.sub_event_type == "Violent demonstration"]
    assert riots and all(e.inter1 != 1 for e in riots)


def test_peaceful_gatherings_about_deaths_victims_or_memories_and_shutdowns_observed(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday residents held a peaceful procession demanding justice for a hawker killed by a speeding "
        "matatu.",
        "On Monday some 300 residents marched to denounce insecurity and the recent killings of civilians.",
        "On Monday families of the port blast victims held a candle-lit vigil outside the court.",
        "On Monday students lit candles in memory of a classmate killed in a road crash and demanded speed "
        "breakers.",
        "On Monday a complete shutter-down strike was observed in Quetta against the rise in tariffs.",
        "On Monday residents gheraoed the electricity sub-station for three hours and withdrew after assurances.",
        "On Monday retired soldiers held a peaceful demonstration outside the press club and later dispersed "
        "after addressing the media.",
    ):
        assert _news(read, text) == ["Peaceful protest"], text


def test_ground_retaken_from_gangs_held_by_evening_or_fallen_into_hands(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        # a gang that held the ground it lost: the state regains it ("retaken ... from gang members")
        "On Monday police, backed by the army, retook the police station from gang members after heavy "
        "exchanges of fire.",
        # "retook" tagged as a noun with the town in apposition is still the verb
        "On Monday soldiers and VDP retook Nassoumbou from JNIM militants.",
    ):
        assert _news(read, text) == ["Government regains territory"], text
    for text in (
        "On Monday Fano fighters entered the town after exchanging fire with federal forces, and by evening "
        "controlled the town centre.",
        "On Monday the camp fell into the hands of the terrorists after a complex attack.",
    ):
        assert _news(read, text) == ["Non-state actor overtakes territory"], text


def test_protests_told_by_processions_motorcades_petitions_black_dress_and_shutdowns(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday nurses held a silent procession through the town centre, calling on the ministry to pay arrears.",
        "On Monday bus owners held a motorcade along the highway to oppose the new fare rules.",
        "On Monday councillors walked from the assembly to the governor's office to deliver a petition on water "
        "shortages.",
        # a sentence parsed with its subject as the root: what the nurses did still has them as its doers
        "Nurses in Bulawayo dressed in black on Monday and gathered outside the provincial hospital, saying wages "
        "were months late.",
        "On Monday shopkeepers observed a shutdown called by their association over new levies.",
        "On Monday a complete hartal was observed in the valley.",
    ):
        assert "Peaceful protest" in _news(read, text), text


def test_ground_reached_or_entered_without_a_fight_is_a_peaceful_transfer(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday soldiers reached Bambari without resistance, the rebels having left the town days earlier.",
        "On Monday the rebels drove into the town a day after the soldiers left for the capital.",
        "Units of the armed forces entered the town on Monday without encountering resistance.",
    ):
        assert _news(read, text) == ["Non-violent transfer of territory"], text
    # a place reached after a fight, or entered by men who then killed, changed hands by no handover
    assert "Non-violent transfer of territory" not in _news(
        read, "On Monday troops reached the village after heavy clashes with the rebels."
    )
    assert "Non-violent transfer of territory" not in _news(
        read,
        "On Monday the militants drove into the village a day after the soldiers left and beheaded three men.",
    )


def test_groping_and_abuse_over_a_captivity_are_sexual_violence(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday a woman said soldiers at a roadblock groped her while searching the bus.",
        "A former prisoner said on Monday that guards subjected him to sexual abuse during the three weeks he was "
        "held.",
    ):
        assert "Sexual violence" in _news(read, text), text


def test_things_smashed_by_a_crowd_a_mob_on_a_place_of_worship_partisans_riot(read) -> None:  # type: ignore[no-untyped-def]
    assert _news(
        read,
        "On Monday a crowd of villagers surrounded a church and damaged its doors with stones and sticks.",
    ) == ["Mob violence"]
    assert _news(
        read,
        "On Monday opposition supporters smashed shop windows in the capital after the results were declared.",
    ) == ["Violent demonstration"]
    # "attacking" misread as the modifier of a plural that "a" cannot determine is the crowd's act, not a state
    assert "Mob violence" in _news(
        read,
        "On Monday a mob of youths went from street to street in a township attacking foreign-owned shops.",
    )
    # an allegation told after the act it attributes is the act told
    assert "Violent demonstration" in _news(
        read,
        "On Monday students broke window panes and overturned furniture in the administrative block, university "
        "officials alleged.",
    )


def test_air_strikes_told_beside_a_series_as_interdiction_or_coming_from_aircraft(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        # a time in the phrase set beside the act ("the first such operation in more than a year") is not its time
        "On Monday the defence minister said an aerial bombing on a rebel camp had killed seven fighters, the first "
        "such operation in more than a year.",
        "On Monday the air force conducted air interdiction on a bandits' enclave near the forest.",
        "Officials said on Monday the strike on the militia compound came from unidentified aircraft and killed "
        "three fighters.",
    ):
        assert "Air/drone strike" in _news(read, text), text


def test_goods_taken_by_an_armed_group_ground_taken_by_gangs_and_fights_of_armed_youth(read) -> None:  # type: ignore[no-untyped-def]
    assert "Looting/property destruction" in _news(
        read, "On Monday members of an armed group stormed the council offices and took official vehicles."
    )
    assert _news(
        read, "On Monday armed gangs seized the central town after fighting police for most of the night."
    ) == ["Non-state actor overtakes territory"]
    assert "Non-state actor overtakes territory" not in _news(
        read, "Ammunition bound for gangs seized at the port on Monday, customs officers said."
    )
    # armed youth of two communities are no crowd the police fired on
    assert _news(
        read,
        "On Monday armed youth from two communities exchanged fire near the market; officials said nine people died.",
    ) == ["Armed clash"]


def test_an_attack_repelled_a_tally_of_engagements_and_killings_told_at_a_trial(read) -> None:  # type: ignore[no-untyped-def]
    news = _news(
        read,
        "On Monday militants attacked army positions outside the town but were pushed back by troops after a firefight.",
    )
    assert "Armed clash" in news and "Government regains territory" not in news
    assert _news(read, "On Monday the General Staff reported 40 combat engagements along the front.") == [
        "Armed clash"
    ]
    assert "Attack" not in _news(
        read,
        "On Monday the trial of a former militia leader resumed; prosecutors presented witness accounts of killings "
        "in the capital in 2013.",
    )


def test_deadly_or_maiming_force_on_a_march_and_warning_shots_and_people_held_after_a_protest(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        # deadly force told as the cause of the deaths documented is no gathering told aside
        "On Monday a rights office said it had documented the deaths of five people after police used live fire to "
        "break up a march over water cuts.",
        "On Monday a student lost his right eye after being struck by a projectile fired by riot police during a "
        "peaceful march.",
    ):
        assert "Excessive force against protesters" in _news(read, text), text
    # shots into the air are no lethal force
    news = _news(
        read,
        "On Monday police fired tear gas and shot into the air to break up a protest by traders against new taxes.",
    )
    assert "Protest with intervention" in news and "Excessive force against protesters" not in news
    # people held right after their protest, not weeks later
    assert "Protest with intervention" in _news(
        read, "On Monday soldiers detained 12 students after they held a brief flash protest at a bus stop."
    )
    assert _news(read, "On Monday police arrested the organisers, two weeks after they held a rally.") == [
        "Arrests"
    ]
    # the order broken is no restriction imposed
    news = _news(
        read,
        "'We detained 20 people for violating section 144,' an officer said on Monday after police dispersed a rally of nurses.",
    )
    assert "Other" not in news and "Protest with intervention" in news


def test_an_incident_told_as_context_before_a_later_sentence_s_news_is_background(read) -> None:  # type: ignore[no-untyped-def]
    # (no publication date: the times stay unresolved, as in a snippet, and are read by their words)
    ctx = read(
        "Gunmen burned a police station in the town last week. On Monday two armed groups announced an alliance in "
        "a video, saying they would act together.",
        published=None,
    )
    told = {e.sub_event_type: e.is_background for e in ctx.events}
    assert told.get("Change to group/activity") is False and told.get("Looting/property destruction") is True
    # alone, last week's burning is the news
    alone = read("Gunmen burned a police station in the town last week, residents said.", published=None)
    assert [e.sub_event_type for e in alone.events if not e.is_background] == ["Looting/property destruction"]


def test_incidents_told_as_what_came_a_while_before_or_feared_are_background(read) -> None:  # type: ignore[no-untyped-def]
    news = _news(
        read,
        "On Monday a new emir took charge of the group's fighters around the town, weeks after his predecessor was "
        "killed in a drone strike.",
    )
    assert "Change to group/activity" in news and "Air/drone strike" not in news
    # a death told as what followed is the news of the force that caused it
    assert "Excessive force against protesters" in _news(
        read,
        "A student died in hospital on Monday, two days after police fired pellets into a rally against fee rises.",
    )
    assert _news(
        read,
        "On Monday party workers held a rally in the city, a day after clashes between rival groups there.",
    ) == ["Peaceful protest"]
    news = _news(
        read, "On Monday the governor declared a state of emergency, citing the threat of drone attacks."
    )
    assert "Air/drone strike" not in news


def test_protests_told_as_a_peaceful_hartal_a_strike_a_silence_a_walk_or_a_vigil(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday the day-long hartal called by the opposition was largely peaceful across the state.",
        "On Monday bus drivers went on a transport strike against the new licence fees.",
        "On Monday students blocked a bridge for ten minutes in memory of the victims of the fire.",
        "On Monday hundreds of lawyers walked from the high court to parliament to defend judicial independence.",
        "On Monday junior doctors continued their work stoppage, demanding higher pay.",
        "On Monday climate activists sat down on a busy road, holding up traffic for an hour.",
        # a death a vigil mourns is no force used on it
        "On Monday a vigil was held outside the press club for a journalist shot dead last week.",
    ):
        assert _news(read, text) == ["Peaceful protest"], text


def test_changes_to_groups_called_shutdowns_boycotts_renames_mergers_and_new_leaders(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday the separatist leadership called for a complete shutdown across the valley.",
        "On Monday the Maoist party called on villagers in two districts to boycott the coming assembly elections, in "
        "pamphlets left along the road.",
        "On Monday the movement announced that residents should sit at home every Monday until its leader is freed.",
        "On Monday the party was placed on the list of proscribed organisations, the interior ministry said.",
        "On Monday the armed group formerly known by another name said it now calls itself the People's Front.",
        "On Monday a new armed group calling itself the Hill Volunteers announced its existence in a video.",
        "On Monday several brigades were folded into the interior ministry as a new 'support force'.",
        "On Monday the clan militias chose a new overall coordinator at a meeting in the town.",
        "On Monday about 200 fighters of a rebel movement switched sides and joined the government's forces.",
        "On Monday the rebel front said it had joined a new alliance of resistance groups.",
    ):
        assert "Change to group/activity" in _news(read, text), text


def test_agreements_told_as_freed_in_a_deal_bodies_handed_back_hands_shaken_terms_settled(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday two aid workers held by the militants were freed near the border in a deal that included the "
        "release of several prisoners.",
        "On Monday the insurgents handed back the bodies of two soldiers, receiving in return three of their own men.",
        "On Monday elders of the two clans shook hands after four days of mediation, pledging to return stolen camels.",
        "On Monday community representatives resolved at a meeting convened by the police to ensure that no arson "
        "takes place in the district.",
        "On Monday trucks reached the town after militia commanders and officials settled on terms for the road to "
        "stay open.",
    ):
        assert "Agreement" in _news(read, text), text


def test_a_number_before_a_nationality_keeps_the_nationality() -> None:
    from eventwatch.extract.actors import generic_actors

    (actor,) = generic_actors("the bodies of two Pakistani soldiers")
    assert actor.country == "PK" and actor.name == "Military Forces of Pakistan"


def test_control_restored_or_re_established_and_goods_carried_off_by_armed_men(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday troops re-established control of the fishing settlement after a clearance operation, the army "
        "said.",
        "On Monday government units restored control over a village north of the city after the rebels were pushed "
        "back.",
    ):
        assert "Government regains territory" in _news(read, text), text
    for text in (
        "On Monday insurgents broke into an aid warehouse and carried off sacks of rice and cooking oil.",
        "On Monday residents said soldiers carried away televisions, phones and cash during house searches.",
    ):
        assert "Looting/property destruction" in _news(read, text), text


def test_baton_charges_tear_gas_fired_on_a_march_and_pepper_spray_are_interventions(read) -> None:  # type: ignore[no-untyped-def]
    # a baton charge is no accusation ("charged"), and tear gas fired on a march is no gunfire
    assert _news(
        read,
        "On Monday police baton-charged a procession of opposition activists; ten people were slightly injured.",
    ) == ["Protest with intervention"]
    news = _news(read, "On Monday tear gas was fired on a march as protesters tried to reach parliament.")
    assert "Protest with intervention" in news and "Excessive force against protesters" not in news
    assert "Protest with intervention" in _news(
        read, "On Monday police used pepper spray against pensioners protesting outside parliament."
    )


def test_fire_on_people_pressing_a_demand_and_protesters_maimed_by_munitions_are_excessive_force(
    read,
) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "On Monday police opened fire on taxi drivers demanding lower licence fees outside the governor's office, "
        "killing two.",
        "On Monday a student lost the sight of his left eye after being hit by a rubber bullet during a sit-in.",
        "On Monday a protester lost both eyes after being hit by pellets fired by riot police during a demonstration.",
    ):
        assert "Excessive force against protesters" in _news(read, text), text


def test_an_arrest_a_protest_is_about_is_no_intervention_on_it(read) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Hundreds of students marched through the capital on Friday to protest the arrest of their union leader.",
        "Dozens of journalists rallied outside parliament on Wednesday demanding the release of two detained colleagues.",
    ):
        news = _news(read, text)
        assert "Peaceful protest" in news and "Protest with intervention" not in news, text
    # an arrest made at the march is still one
    assert "Protest with intervention" in _news(
        read,
        "Hundreds of students marched through the capital on Friday to protest the arrest of their union leader, "
        "and police arrested twelve of them.",
    )


def test_a_road_blocked_to_denounce_an_abduction_is_a_protest(read) -> None:  # type: ignore[no-untyped-def]
    news = _news(
        read, "Villagers blocked the highway on Sunday to denounce the abduction of a local teacher."
    )
    assert news == ["Peaceful protest"]


def test_protesters_left_hospitalised_by_a_beating_suffered_excessive_force(read) -> None:  # type: ignore[no-untyped-def]
    assert "Excessive force against protesters" in _news(
        read,
        "Police beat students with batons during a sit-in at the university on Monday, leaving several hospitalised.",
    )
    # harm denied, or suffered by the police, is none
    news = _news(
        read, "Police arrested twenty protesters at the rally on Monday; none of them was hospitalised."
    )
    assert "Excessive force against protesters" not in news


def test_the_other_side_of_a_merged_incident_is_not_actor_1_again(read) -> None:  # type: ignore[no-untyped-def]
    # the beating (police -> students, read as protesters) and the sit-in (protesters, police) are one incident
    events = [
        e
        for e in read("Police beat students with batons during a sit-in at the university on Monday.").events
        if not e.is_background
    ]
    assert len(events) == 1
    assert events[0].actor1.startswith("Protesters") and events[0].actor2.startswith("Police Forces")


def test_both_sides_of_a_clash_from_rivals_and_from_with(read) -> None:  # type: ignore[no-untyped-def]
    def sides(text: str) -> tuple[str, str]:
        (event,) = [e for e in read(text).events if not e.is_background]
        return event.actor1, event.actor2

    a1, a2 = sides("Two rival militias clashed near the oil field on Sunday, leaving six dead.")
    assert a1.startswith("Unidentified Armed Group") and a2 == a1
    a1, a2 = sides("Militias clashed with the army near the oil field on Sunday.")
    assert a1.startswith("Unidentified Armed Group") and a2.startswith("Military Forces")
    a1, a2 = sides("Rebels exchanged fire with police at a checkpoint near the border on Friday.")
    assert a1.startswith("Rebel Group") and a2.startswith("Police Forces")


def test_a_fight_or_strike_on_what_a_force_holds_has_that_force_as_its_other_side(read) -> None:  # type: ignore[no-untyped-def]
    def event(text: str):  # type: ignore[no-untyped-def]
        (e,) = [e for e in read(text).events if not e.is_background]
        return e

    e = event("Gunmen attacked a police post near the market in Kano on Monday, killing two officers.")
    assert e.event_type == "Battles" and e.actor2.startswith("Police Forces") and e.inter2 == 1
    e = event("A roadside bomb struck an army convoy outside Gao, Mali, on Tuesday.")
    assert e.sub_event_type == "Remote explosive/landmine/IED" and e.actor2.startswith("Military Forces")
    # the date is when it happened, not what was hit
    assert e.targets and not any("Tuesday" in t for t in e.targets)
    # a crowd that burns a police truck stays a crowd: no battle with the police is read into it
    e = event("Angry youths set fire to a police truck in Kano on Monday after a trader was shot.")
    assert e.event_type == "Riots" and not e.actor2.startswith("Police")


def test_remote_violence_that_killed_or_hurt_civilians_has_them_as_its_other_side(read) -> None:  # type: ignore[no-untyped-def]
    def event(text: str):  # type: ignore[no-untyped-def]
        (e,) = [e for e in read(text).events if not e.is_background]
        return e

    e = event(
        "Russian forces shelled the Ukrainian town of Kupiansk on Wednesday, killing at least six civilians."
    )
    assert (
        e.event_type == "Explosions/Remote violence" and e.actor2 == "Civilians (Ukraine)" and e.inter2 == 7
    )
    # a state's forces acting outside their own country are external forces for ACLED (8)
    assert e.actor1 == "Military Forces of Russia" and e.inter1 == 8 and e.interaction == 78
    # civilians who only tell of it are no victims
    e = event(
        "Residents said the shelling of Kupiansk by Russian forces on Wednesday killed two Ukrainian soldiers."
    )
    assert not e.actor2.startswith("Civilians")


def test_a_nationality_after_the_article_that_opens_a_sentence_names_the_forces_country() -> None:
    from eventwatch.extract.actors import generic_actors

    (army, police) = generic_actors("The Nigerian army and the police raided a camp.")
    assert (
        army.name == "Military Forces of Nigeria"
        and army.country == "NG"
        and army.span.text == "Nigerian army"
    )
    assert police.country == ""
    (troops,) = generic_actors("On Monday Nigerian troops raided a camp.")
    assert troops.country == "NG"


def _the_event(read, text: str):  # type: ignore[no-untyped-def]
    (event,) = [e for e in read(text).events if not e.is_background]
    return event


def test_a_two_sided_event_takes_the_other_armed_side_its_sentence_names(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Nigerian troops recaptured the town of Malam Fatori in Borno state from ISWAP on Tuesday, the army said.",
    )
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1 == "Military Forces of Nigeria" and e.actor2 == "Islamic State West Africa Province"
    # a force that only speaks of it is no side
    e = _the_event(
        read, "Rebels seized the town of Rubaya in North Kivu on Tuesday, a police spokesman said."
    )
    assert e.event_type == "Battles" and not e.actor2.startswith("Police")


def test_mobs_looters_and_arrests_act_on_civilians_where_no_other_side_is_told(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "A mob beat a man to death in Sokoto, Nigeria, on Friday after accusing him of theft."
    )
    assert e.sub_event_type == "Mob violence" and e.actor2 == "Civilians (Nigeria)" and e.interaction == 57
    e = _the_event(read, "Gunmen looted shops in the market of Bunia, DR Congo, overnight, residents said.")
    assert e.sub_event_type == "Looting/property destruction"
    assert e.actor2 == "Civilians (Democratic Republic of Congo)" and e.actor2_country == "CD"
    e = _the_event(read, "Police arrested eight members of an opposition party in Ngozi, Burundi, on Sunday.")
    assert e.sub_event_type == "Arrests" and e.actor2 == "Civilians (Burundi)" and e.interaction == 17


def test_the_group_that_claimed_or_was_blamed_for_an_attack_is_its_actor_1(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "A bomb exploded under a bus in Quetta, Pakistan, on Monday, killing six passengers. "
        "The Balochistan Liberation Army claimed the attack.",
    )
    assert e.actor1 == "BLA: Baloch Liberation Army"
    e = _the_event(
        read,
        "A landmine killed two soldiers on patrol near Tame, Colombia, on Friday. The army blamed the ELN for the blast.",
    )
    assert e.actor1 == "ELN: National Liberation Army" and e.actor2.startswith("Military Forces of Colombia")


def test_a_groups_men_are_the_group_and_rebels_men_are_rebels(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "JNIM militants stopped a bus near Bankass in Mali on Wednesday and abducted 20 passengers."
    )
    assert e.actor1 == "JNIM: Group for Support of Islam and Muslims" and e.inter1 == 2
    e = _the_event(read, "Separatist fighters ambushed an army patrol near Bamenda, Cameroon, on Sunday.")
    assert (
        e.actor1 == "Rebel Group (Cameroon)" and e.inter1 == 2 and e.actor2 == "Military Forces of Cameroon"
    )


def test_a_strike_told_by_its_arms_nationality_is_that_countrys_forces(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "A Turkish drone struck a car near Sidakan in Erbil governorate, Iraq, on Monday, killing two."
    )
    assert e.actor1 == "Military Forces of Turkey" and e.inter1 == 8 and e.country == "Iraq"


def test_an_unnamed_force_is_of_the_country_it_is_in_not_external() -> None:
    from eventwatch.extract.actors import told_country
    from eventwatch.records import Actor, Span

    guessed = Actor("Police Forces of Brazil", Span(0, 6, "police"), "state", 1, "BR", generic=True)
    told = Actor("Military Forces of Russia", Span(0, 14, "Russian forces"), "state", 1, "RU", generic=True)
    named = Actor("Military Forces of Russia", None, "state", 1, "RU")
    assert not told_country(guessed) and told_country(told) and told_country(named)


def test_force_words_opening_a_sentence_are_no_places(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "Federal troops retook the town of Dembi Dolo in Ethiopia on Sunday after rebels withdrew."
    )
    assert e.country == "Ethiopia" and e.inter1 == 1
    e = _the_event(read, "Philippine Marines captured an Abu Sayyaf camp in Patikul, Sulu, on Thursday.")
    assert e.country == "Philippines" and e.inter1 == 1


def test_a_deals_parties_are_the_governments_groups_countries_or_communities_it_names(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "Delegations of the Colombian government and the ELN signed a ceasefire protocol in Havana on Friday.",
    )
    assert e.sub_event_type == "Agreement"
    # a government signing abroad is no external force
    assert (e.actor1, e.inter1) == (
        "Government of Colombia",
        1,
    ) and e.actor2 == "ELN: National Liberation Army"
    events = [
        e
        for e in read(
            "Ukraine and Russia exchanged 95 prisoners of war each on Friday in a swap mediated by the United Arab "
            "Emirates."
        ).events
        if e.sub_event_type == "Agreement"
    ]
    assert events and (events[0].actor1, events[0].actor2) == (
        "Government of Ukraine",
        "Government of Russia",
    )
    events = [
        e
        for e in read(
            "On 9 November 2024, elders in Basra, Iraq, brokered a truce between the Bani Malik and Garamsha tribes."
        ).events
        if e.sub_event_type == "Agreement"
    ]
    assert events and events[0].inter1 == 4 and events[0].inter2 == 4 and events[0].interaction == 44


def test_a_groups_men_named_after_its_acronym_are_the_group(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read, "On 2 August 2023, 43 Boko Haram (JAS) fighters surrendered to Nigerian Army troops in Bama."
    )
    assert e.actor1.startswith("Boko Haram") and e.actor2 == "Military Forces of Nigeria"


def test_the_dateline_weighs_in_the_reports_country(read) -> None:  # type: ignore[no-untyped-def]
    # "Maré" is also a New Caledonian island: the dateline says the report is about Brazil
    e = _the_event(
        read,
        "RIO DE JANEIRO - A 17-year-old boy was shot dead by military police officers during an operation in the "
        "Complexo da Maré on Thursday, his family said.",
    )
    assert e.actor1 == "Police Forces of Brazil" and e.inter1 == 1


def test_the_side_that_fought_the_other_off_is_actor_2_and_the_fight_is_one_event(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "OUAGADOUGOU - Burkinabe soldiers fought off an attack by JNIM militants on a military detachment at Djibo "
        "on Sunday, the army said.",
    )
    assert (
        e.actor1 == "JNIM: Group for Support of Islam and Muslims"
        and e.actor2 == "Military Forces of Burkina Faso"
    )
    e = _the_event(read, "Soldiers clashed with JNIM militants near Djibo, Burkina Faso, on Sunday.")
    assert e.actor1 == "Military Forces of Burkina Faso"


def test_a_fight_between_two_rival_communities_has_communal_militias_on_both_sides(read) -> None:  # type: ignore[no-untyped-def]
    e = _the_event(
        read,
        "GALKAYO, Somalia - Militias from two rival clans clashed over grazing land near Galkayo on Wednesday, "
        "killing seven people.",
    )
    assert e.actor1 == e.actor2 == "Communal Militia (Somalia)" and e.interaction == 44
    e = _the_event(read, "Gunmen attacked a village near Galkayo, Somalia, on Wednesday.")
    assert e.inter1 == 3
