"""Changes to a group or its activity (ACLED's "Change to group/activity"), and protests told without a protest word,
on short reports of our own writing:
a body banned or declared unlawful, an armed body taking in recruits, a force moved with nobody taking its ground."""

from __future__ import annotations

import pytest

CHANGE = "Change to group/activity"


def _types(read, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in read(text).events if not e.is_background]


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry banned the Sons of the Valley Movement on Thursday under the anti-terror law.",
        "The People's Front party's activities have been banned by decree, the cabinet secretary announced.",
        "The ministry extended by three years the ban under the security act on the hill outfit and its wing.",
        "The junta announced the dissolution of all political parties in a statement read on state radio.",
        "The home ministry declared the two northern militias and their student wing unlawful associations.",
        "The electoral board revoked the rebel movement's registration as a political party on Monday, saying it "
        "still had armed wings.",
        "The cabinet added four armed factions active along the coast, among them a splinter cell, to its list "
        "of terrorist organisations.",
    ],
)
def test_a_body_banned_is_a_change_to_the_group(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert CHANGE in _types(read, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police banned the opposition party's march through the capital on Saturday.",
        "The governor banned the movement of motorbikes at night in three districts.",
        "A banned group claimed the bombing of the bridge.",
    ],
)
def test_a_banned_march_or_movement_of_vehicles_changes_no_group(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert CHANGE not in _types(read, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel army showed its latest intake of recruits finishing basic training at a forest camp.",
        "About 900 new volunteers of the civil defence corps completed their training in the regional capital.",
        "More than 700 men signed contracts at enlistment points in the province this week, the governor said on Tuesday.",
        "Villagers say some 30 young men have gone this week to join the insurgents in the hills.",
        "A militia commander called on every man aged 18 to 45 in the district to report with a rifle by Sunday.",
        "The state government opened registration for its new community volunteer guards in four districts.",
    ],
)
def test_recruits_taken_in_are_a_change_to_the_group(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert CHANGE in _types(read, text)


def test_a_force_moved_with_no_taker_is_a_change_not_a_transfer(read) -> None:  # type: ignore[no-untyped-def]
    moved = (
        "The army pulled back two battalions to their barracks outside the city on Monday, officials said."
    )
    assert _types(read, moved) == [CHANGE]
    # someone moving into the ground it left makes it a transfer
    handed = "The rebels pulled out of the town overnight and army units walked in on Monday morning."
    assert _types(read, handed) == ["Non-violent transfer of territory"]


@pytest.mark.parametrize(
    "text",
    [
        "A day-long hartal called by the opposition front kept most shops and offices closed in the town on Sunday.",
        "Doctors at the regional hospital stayed away from work on Tuesday in a strike over months of unpaid salaries.",
        "Several thousand people gathered in the main square on Friday at the call of youth associations to express "
        "support for the transitional president.",
    ],
)
def test_a_protest_told_by_what_it_closed_or_whom_it_backed(rules_read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, text) == ["Peaceful protest"]


@pytest.mark.parametrize(
    "text",
    [
        "The swap, the third since spring, brought home 64 soldiers on Friday, the prisoners' office said.",
        "Thirty detainees went home on Tuesday in an exchange facilitated by the Red Cross.",
        "The government and the guerrillas extended their local arrangement by another three months on Monday.",
    ],
)
def test_an_exchange_done_or_a_deal_extended_is_an_agreement(rules_read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" in _types(rules_read, text)


def test_an_exchange_still_to_come_is_no_agreement(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "The exchange will bring home 50 prisoners, officials said.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relatives of the missing miners tried to march to the company gates on Tuesday but were pushed back by "
            "a police cordon with shields.",
            "Protest with intervention",
        ),
        (
            "Hundreds of demonstrators stormed the district council offices on Thursday and set part of the building "
            "alight before the police regained control, officials said.",
            "Violent demonstration",
        ),
        (
            "A student at the march in the capital lost an eye when a riot police officer fired a projectile at him "
            "at close range, the ombudsman said.",
            "Excessive force against protesters",
        ),
    ],
)
def test_force_on_a_crowd_is_read_from_the_crowd_side(rules_read, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers of a presidential guard unit said on state television on Wednesday that they had taken power "
            "and dissolved the cabinet.",
            "Other",
        ),
        (
            "The district magistrate invoked Section 163 in the old town on Friday, barring gatherings of more than "
            "four people.",
            "Other",
        ),
        (
            "The government declared a state of emergency in the northern region on Monday, giving the army sweeping "
            "powers of arrest.",
            "Other",
        ),
        (
            "Police served an arrest warrant on a suspected rebel commander in the port city on Monday.",
            "Arrests",
        ),
    ],
)
def test_power_taken_or_order_imposed_is_other(rules_read, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, text) == [expected]


def test_an_arrest_warrant_issued_arrests_no_one(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "A court issued an arrest warrant for the opposition leader on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police fired tear gas at about 40 protesters gathered at the toll gate on the anniversary of the "
            "#JusticeNow killings and arrested six of them. No fatalities.",
            "Protest with intervention",
        ),
        (
            "Youths protesting the death of a trader allegedly shot by a soldier blocked the highway with bonfires "
            "and attacked a police van on Monday.",
            "Violent demonstration",
        ),
        (
            "Opposition workers were stopped at barricades and detained by police during a sit-down march to the "
            "tax office on Tuesday.",
            "Protest with intervention",
        ),
    ],
)
def test_what_a_protest_is_about_or_met_is_not_its_violence(rules_read, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in _types(rules_read, text)
    assert "Excessive force against protesters" not in _types(rules_read, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Herders say the militants have cleared a patch of bush east of the village and put up tents and a "
            "fuel store.",
            "Headquarters or base established",
        ),
        (
            "Villagers say armed bandits have settled in the forest near the river, building huts and bringing in "
            "cattle.",
            "Headquarters or base established",
        ),
        (
            "A captain and 30 soldiers of an infantry battalion crossed to the resistance with their rifles on Sunday.",
            CHANGE,
        ),
        (
            "A militia commander appeared in a video on Saturday pledging his men's loyalty to the national army.",
            CHANGE,
        ),
        (
            "The northern faction announced on Monday it would henceforth be known as the Liberation Union.",
            CHANGE,
        ),
        (
            "Elders say the insurgents have introduced a new livestock tax in the district, demanding one goat "
            "for every 30 head.",
            CHANGE,
        ),
        (
            "Militants rode into the market on Friday and told traders that no goods may enter or leave the town.",
            CHANGE,
        ),
        ("Telegram remained inaccessible across the country for a third day, the regulator said.", "Other"),
    ],
)
def test_a_group_told_making_camp_or_changing_sides_names_or_rules(
    rules_read, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, text) == [expected]


def test_families_putting_up_tents_make_no_camp(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "Displaced families put up tents at the school, aid workers said.") == []


def test_a_group_announcing_what_it_will_do_is_its_actor(rules_read) -> None:  # type: ignore[no-untyped-def]
    (event,) = [
        e
        for e in rules_read(
            "Ansar Allah announced on Sunday that it would extend its naval blockade to every vessel owned by US "
            "companies."
        ).events
        if not e.is_background
    ]
    assert event.sub_event_type == CHANGE
    assert event.actor1 == "Ansar Allah" and event.inter1 == 2


def test_units_redeployed_where_a_force_pulled_back_take_the_ground(rules_read) -> None:  # type: ignore[no-untyped-def]
    text = "The army pulled back from the town on Monday and rebel police units redeployed there the same evening."
    assert _types(rules_read, text) == ["Non-violent transfer of territory"]


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 14 opposition activists ahead of a rally in Dhaka.",
        "Officers arrested 40 party workers in raids on the eve of the march to the capital.",
    ],
)
def test_people_held_before_a_gathering_are_arrested(rules_read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, text) == ["Arrests"]


def test_people_held_at_a_gathering_are_an_intervention(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "Police detained 14 activists at a rally in Dhaka.") == [
        "Protest with intervention"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police used water cannon on demonstrators outside parliament.",
        "Riot police turned tear gas on the marchers near the square.",
    ],
)
def test_riot_gear_used_on_a_crowd_is_an_intervention(rules_read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Protest with intervention" in _types(rules_read, text)


def test_marchers_gunned_down_is_excessive_force(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "Security forces gunned down unarmed marchers in Mandalay.") == [
        "Excessive force against protesters"
    ]


def test_an_act_weeks_before_the_news_is_background(rules_read) -> None:  # type: ignore[no-untyped-def]
    read = rules_read(
        "Weeks after torching a village that refused to pay, the militants ordered farmers around the town to "
        "hand over a share of their harvest, residents said."
    )
    assert [e.sub_event_type for e in read.events if not e.is_background] == []
    assert [e.sub_event_type for e in read.events if e.is_background] == ["Looting/property destruction"]


def test_goods_handed_over_are_no_ground(rules_read) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, "Gunmen ordered the herders to hand over their cattle and cash.") == []
    assert _types(rules_read, "The rebels handed over the town to the army on Monday.") == [
        "Non-violent transfer of territory"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jihadists seized 12 wood cutters near Djibo on Monday.", "Abduction/forced disappearance"),
        ("The guerrillas seized two army soldiers on leave in Saravena.", "Abduction/forced disappearance"),
        ("Rebels seized the town of Goma on Monday.", "Non-state actor overtakes territory"),
    ],
)
def test_people_seized_are_taken_not_ground(rules_read, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert _types(rules_read, text) == [expected]


def test_people_held_days_after_a_rally_are_arrested(rules_read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The party said its members were rounded up at their offices on Monday and driven off in unmarked vans, "
        "days after its leader addressed a rally."
    )
    assert "Arrests" in _types(rules_read, text)
    assert "Protest with intervention" not in _types(rules_read, text)
