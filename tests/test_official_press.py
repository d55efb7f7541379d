"""Agency wire copy, official communiques and monitors' bulletins: datelines, nominalised and confirmed incidents,
handovers from peace missions, seizures of contraband, and the other turns of official English, read as ACLED codes
them. Short texts of our own writing."""

from __future__ import annotations

import pytest

from eventwatch.nlp.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an incident named, with who did it to whom, and confirmed or condemned: the report of it
        (
            "The abduction of six nurses by ADF fighters near Beni was confirmed by the health ministry on Monday.",
            "Abduction/forced disappearance",
        ),
        (
            "The dispersal of a teachers' sit-in in Rabat by riot police was condemned by the opposition.",
            "Protest with intervention",
        ),
        # a wire story's dateline is no subject of the lede's verb
        (
            "NIAMEY (ANP) - The Nigerien air force carried out strikes on a gathering of bandits near Dosso on Friday, "
            "destroying several motorcycles.",
            "Air/drone strike",
        ),
        # arms picked up where the fight just told was are its spoils
        (
            "Four militants and a soldier were killed in an exchange near Bannu. Troops recovered three rifles at the "
            "site.",
            "Armed clash",
        ),
        # ground told as liberated, made secure again, cleared of the group, or held further
        (
            "The army announced the liberation of the village of Tal Abyad from the militants after a week-long "
            "offensive.",
            "Government regains territory",
        ),
        (
            "Government troops restored security to the town of Mafa after clearing out the last insurgent hideouts.",
            "Government regains territory",
        ),
        (
            "Al-Shabaab militants were driven out of the town of Bulo Burde on Sunday.",
            "Government regains territory",
        ),
        (
            "ISIS remnants were flushed from the last pocket of Hajin on Friday.",
            "Government regains territory",
        ),
        (
            "Houthi fighters extended their control over the Harib district after days of battles.",
            "Non-state actor overtakes territory",
        ),
        # people held whom nobody has seen since, or taken by men with their whereabouts unknown
        (
            "A journalist detained by intelligence agents in Bamako has not been seen since, his colleagues said.",
            "Abduction/forced disappearance",
        ),
        (
            "A trade unionist was taken by men in plain clothes in Harare and his whereabouts are unknown.",
            "Abduction/forced disappearance",
        ),
        # fighters who surrender hand in their arms as part of it; captives swapped "in exchange for" others
        (
            "Some 200 Boko Haram fighters surrendered to troops in Gwoza, handing in rifles and ammunition.",
            "Agreement",
        ),
        (
            "The remains of two soldiers were received at the crossing in exchange for the release of 40 detainees.",
            "Agreement",
        ),
        # a rally that passed without arrests had no intervention
        (
            "About 3,000 teachers rallied in Lusaka on Friday. The rally ended at dusk and passed without arrests.",
            "Peaceful protest",
        ),
        # burning barricades are the demonstrators' violence
        (
            "Residents blocked the main road in Port-au-Prince with burning barricades on Tuesday.",
            "Violent demonstration",
        ),
        # the president held by soldiers in a coup: the coup
        (
            "Soldiers detained the president at his residence in a coup on Wednesday and suspended the constitution.",
            "Other",
        ),
        # a camp the peace mission left, taken over without a fight
        (
            "Soldiers took over the camp at Aguelhok following the departure of the UN peacekeepers.",
            "Non-violent transfer of territory",
        ),
        # held over words said at a rally: an arrest, not an intervention in the rally
        ("Police arrested an opposition senator in Lusaka over remarks he made at a rally.", "Arrests"),
        # an air operation's blows
        (
            "The defence ministry said air operations in the Qandil mountains had neutralised 9 PKK militants.",
            "Air/drone strike",
        ),
        # villages raided with their people killed: an attack on them, not fighting over the place
        ("Gunmen raided three hamlets in Bokkos overnight, killing 14 villagers as they slept.", "Attack"),
        # a kind of rifle is no assault
        ("Militiamen with machetes and assault rifles killed 12 civilians at a market in Irumu.", "Attack"),
        # a town's gold mines are pits, not landmines
        (
            "Rebels seized Numbi and its gold mines after the army withdrew.",
            "Non-state actor overtakes territory",
        ),
        # authority reasserted, ground recovered from a group, control passed or assumed without a fight
        (
            "Government forces reasserted authority over the town of Kalehe on Monday.",
            "Government regains territory",
        ),
        (
            "Rwandan and Mozambican forces recovered the port area of Palma from the insurgents after two days of "
            "operations.",
            "Government regains territory",
        ),
        (
            "Control of the border post passed peacefully from the militia to the national army on Tuesday.",
            "Non-violent transfer of territory",
        ),
        (
            "The rebels assumed control of the district centre after the police surrendered it without resistance.",
            "Non-violent transfer of territory",
        ),
        (
            "Without a fight, the oasis town came under the control of the army on Friday.",
            "Non-violent transfer of territory",
        ),
        # monitors putting on record a killing, told with who did it to whom
        (
            "The UN mission documented the shooting of three teachers by unidentified gunmen in Kidal.",
            "Attack",
        ),
        (
            "The monitor recorded the execution of two shepherds by Islamic State cells near Palmyra.",
            "Attack",
        ),
        # a digest of the news is no round-up of people
        (
            "The weekly round-up notes that a drone launched towards Eilat was intercepted over the Red Sea.",
            "Disrupted weapons use",
        ),
        # a person seized is taken, not ground; suspected facilitators picked up are held
        (
            "ELN guerrillas are holding a councillor after seizing him at a roadblock in Arauca.",
            "Abduction/forced disappearance",
        ),
        ("Police officers picked up three suspected ISWAP facilitators in Maiduguri.", "Arrests"),
        # a coup told by what was done with the state
        (
            "Members of the presidential guard detained the head of state and announced the suspension of the "
            "constitution.",
            "Other",
        ),
        ("A self-detonation at the gate of a mosque in Konduga killed five worshippers.", "Suicide bomb"),
        (
            "The rebels established a forward position on the ridge above Minova.",
            "Headquarters or base established",
        ),
        (
            "A roadside device struck a military convoy near Djibo, killing four soldiers.",
            "Remote explosive/landmine/IED",
        ),
        # explosives thrown or flung by hand
        ("Separatists tossed a homemade explosive at a police van in Bamenda on Monday.", "Grenade"),
        ("Crude bombs were flung at a party office in Narayanganj on Friday.", "Grenade"),
        # a body named with its capitals, banned
        ("The government banned the Baloch Solidarity Committee on Thursday.", "Change to group/activity"),
        (
            "Soldiers deployed a toxic substance in the village, leaving residents vomiting.",
            "Chemical weapon",
        ),
    ],
)
def test_official_wordings_are_typed(news_types, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    types = news_types(text)
    assert types and types[0] == expected, types


@pytest.mark.parametrize(
    "text",
    [
        # contraband seized where the region is named after it: no ground
        "Police seized 800 kilograms of heroin belonging to a Taliban commander in Helmand province.",
        # a demand, not a swap
        "The kidnappers demanded a car in exchange for the hostages.",
        # a curfew's powers: what soldiers may do
        "Soldiers were authorised to arrest anyone found outside after dark.",
        # a camera's or a sport's shooting, a digest, a body's fits, a quarrel over rent
        "The film's shooting was delayed by rain.",
        "The weekly round-up said prices rose.",
        "Villagers suffered seizures and vomiting after drinking contaminated water.",
        "A man was stabbed to death by his landlord over unpaid rent.",
    ],
)
def test_official_non_events(news_types, text: str) -> None:  # type: ignore[no-untyped-def]
    assert news_types(text) == []


def test_the_police_breaking_up_a_riot_is_the_riot(news_types) -> None:  # type: ignore[no-untyped-def]
    types = news_types(
        "Youths blocked the highway near Nakuru with burning barricades on Monday. Police fired tear gas to clear "
        "the road.",
    )
    assert types and set(types) == {"Violent demonstration"}, types


def test_ground_taken_after_a_handover_is_the_handover(news_types) -> None:  # type: ignore[no-untyped-def]
    types = news_types(
        "Peacekeepers handed over their base at Aguelhok to the government on Sunday. Soldiers took up positions "
        "at the base the same day.",
    )
    assert types and set(types) == {"Non-violent transfer of territory"}, types


def test_a_coup_plot_is_still_an_arrest(news_types) -> None:  # type: ignore[no-untyped-def]
    assert news_types("Police arrested a former president over a coup plot.")[:1] == ["Arrests"]


def test_a_dateline_is_a_span_of_its_own() -> None:
    text = "GOMA, Congo (Reuters) - Rebels took the town. More followed.\nBUNIA - Militiamen attacked a camp."
    assert [s.text for s in split_sentences(text)] == [
        "GOMA, Congo (Reuters) -",
        "Rebels took the town.",
        "More followed.",
        "BUNIA -",
        "Militiamen attacked a camp.",
    ]
    # (a capitalised word before a dash within a line is no dateline)
    assert [s.text for s in split_sentences("Talks in Doha - the third round - ended.")] == [
        "Talks in Doha - the third round - ended."
    ]


def test_a_lede_is_placed_by_its_dateline_where_it_names_no_other(rules_read) -> None:  # type: ignore[no-untyped-def]
    # (the dateline is a span of its own, yet still read with the lede: "Maré" alone would be an island elsewhere)
    ctx = rules_read(
        "RIO DE JANEIRO - A teenager was shot dead by military police officers during an operation in the Complexo "
        "da Maré on Thursday, his family said."
    )
    events = [e for e in ctx.events if not e.is_background]
    assert events and events[0].country == "Brazil", [(e.country, e.location) for e in events]
    ctx = rules_read(
        "MUZAFFARABAD - Two villagers were killed when Indian troops shelled villages on Tuesday."
    )
    events = [e for e in ctx.events if not e.is_background]
    assert events and events[0].country == "Pakistan", [(e.country, e.location) for e in events]
