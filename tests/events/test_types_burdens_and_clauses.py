"""Type distinctions a coder makes every day and the round-4 blind set found missing: easing
one's own burden (CONCEDE) against cutting a benefit to others (SANCTION); labour strikes and
riots (PROTEST) against air strikes; blocking inside an institution (REJECT) against blocking a
road; diplomatic closures (SANCTION); money released (AID) against people released (RETREAT);
troops leaving (RETREAT); conditional retaliation promised (THREATEN); readiness (AGREE);
forecasts and background states (no event); and the main clause ranked before a clause of time,
a relative or a participle. Sentences written for this test (real actors, invented wording),
checked against /work/shared/ontology.md; none is a gold item."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _events(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, [], code_actors(doc), "2024-05-15")


def _main(nlp: Language, text: str) -> str:
    """The main event's type as the scorer reads it (first not negated), 'NONE' without one."""
    events = _events(nlp, text)
    main = next((e for e in events if not e.negated), events[0] if events else None)
    return main.type if main is not None else "NONE"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # 1. suspending or shelving one's own burden yields; suspending a benefit sanctions
        (
            "Ecuador's government suspended the diesel tax rise after a week of blockades.",
            "CONCEDE",
        ),
        ("Peru's congress suspended the fuel price increase after days of unrest.", "CONCEDE"),
        ("Iran's parliament shelved a new media law.", "CONCEDE"),
        ("Kenya's president announced the withdrawal of the finance bill.", "CONCEDE"),
        ("The government announced the suspension of the fuel tax increase.", "CONCEDE"),
        ("The EU announced the suspension of budget support to Niger.", "SANCTION"),
        ("Serbia halted the lithium mining project after mass protests.", "CONCEDE"),
        ("The authorities postponed the implementation of the new tax.", "CONCEDE"),
        ("Georgia's ruling party paused the foreign agents bill.", "CONCEDE"),
        ("Washington halted military aid to Ukraine.", "SANCTION"),
        ("Iran's government put on hold the hijab law.", "CONCEDE"),
        ("The Kenyan government put the finance bill on hold after the protests.", "CONCEDE"),
        ("The junta moved the former president from jail to house arrest.", "CONCEDE"),
        ("Mali suspended cooperation with the IAEA.", "SANCTION"),
        ("The United States suspended aid to Niger.", "SANCTION"),
        ("Germany put military aid to Israel on hold.", "SANCTION"),
        # 2. a labour strike is a protest, a riot is a protest
        ("The Trades Union Congress launched an indefinite general strike on Monday.", "PROTEST"),
        ("Teachers in Nigeria launched a nationwide strike over unpaid salaries.", "PROTEST"),
        ("Israel launched a strike on a building in Beirut.", "ASSAULT"),
        ("Rioters set fire to the provincial assembly building.", "PROTEST"),
        ("Protesters torched the ruling party's offices in Dhaka.", "PROTEST"),
        ("Rioters looted shops and torched police cars in Nairobi.", "PROTEST"),
        ("Rioters attacked a mosque in Southport.", "PROTEST"),
        ("Hundreds of rioters attacked hotels housing asylum seekers.", "PROTEST"),
        ("Dockworkers launched strikes at ports along the East Coast.", "PROTEST"),
        ("The air force launched strikes on militant hideouts.", "ASSAULT"),
        ("Gunmen attacked a mosque in northern Nigeria.", "ASSAULT"),
        ("Militants set fire to a school in northern Nigeria.", "ASSAULT"),
        # 3. blocking in an institution rejects; blocking a road obstructs
        ("Slovakia blocked the release of 2 billion euros from the EU fund.", "REJECT"),
        ("Russia vetoed the draft resolution.", "REJECT"),
        ("Hungary blocked the sanctions package.", "REJECT"),
        ("Poland blocked the EU migration pact.", "REJECT"),
        ("Germany blocked the EU ban on combustion engines.", "REJECT"),
        ("Hungary held up the EU's latest sanctions package.", "REJECT"),
        ("Slovakia is holding up 2 billion euros in EU military aid.", "REJECT"),
        ("Turkey stalled Sweden's NATO membership bid for almost two years.", "REJECT"),
        ("Farmers blocked the highway to Brussels with tractors.", "PROTEST"),
        # 4. diplomatic closures reduce relations
        ("Lithuania ordered the closure of the Russian consulate in Klaipeda.", "SANCTION"),
        ("Poland closed the Russian consulate in Gdansk.", "SANCTION"),
        ("Germany shut down the Iranian consulates in the country.", "SANCTION"),
        ("Finland closed its border crossings with Russia.", "COERCE"),
        # 5. money released is aid; captives handed over are released
        ("The World Bank's board approved the release of $500 million to Kenya.", "AID"),
        ("The IMF released a $1 billion tranche to Pakistan.", "AID"),
        ("Hamas handed over two hostages to the Red Cross.", "RETREAT"),
        ("Russia returned 12 Ukrainian children.", "RETREAT"),
        ("Azerbaijan returned two Armenian soldiers captured in the border clash.", "RETREAT"),
        ("The World Bank approved $1.5 billion in financing for Egypt.", "AID"),
        ("The court approved the release of the opposition leader.", "RETREAT"),
        ("The Taliban released a British aid worker.", "RETREAT"),
        # 6. troops leaving withdraw
        (
            "The last French troops flew out of N'Djamena in January, ending decades of "
            "military presence.",
            "RETREAT",
        ),
        ("French troops pulled out of Niger.", "RETREAT"),
        ("The last Russian troops departed from Nagorno-Karabakh.", "RETREAT"),
        ("The Russian contingent flew home from Armenia.", "RETREAT"),
        ("US forces vacated the Tower 22 base.", "RETREAT"),
        ("French troops completed their departure from Niger.", "RETREAT"),
        ("The appeals court vacated his conviction.", "CONCEDE"),
        # 7. a response promised to any attack threatens
        (
            'The defence minister vowed that the army would respond "with all its force" to '
            "any incursion.",
            "THREATEN",
        ),
        ("Israel warned that any attack would be met with a crushing response.", "THREATEN"),
        (
            "The Iranian foreign minister warned that any attack on Iran would be answered "
            "with force.",
            "THREATEN",
        ),
        (
            "The Chinese defence ministry warned that any move towards Taiwan independence "
            "would be crushed.",
            "THREATEN",
        ),
        (
            "The defence minister said any country that attacks Iran will face a devastating "
            "response.",
            "THREATEN",
        ),
        ("The general warned that any incursion would be repelled with force.", "THREATEN"),
        ("The army will crush any rebellion, the defence minister said.", "THREATEN"),
        (
            "The Kremlin said any deployment of Western troops in Ukraine would be treated as a "
            "legitimate target.",
            "THREATEN",
        ),
        (
            "Russia warned that any attack on its territory would be considered an act of war.",
            "THREATEN",
        ),
        ("The president will meet any leader who wants peace.", "CONSULT"),
        ("The ministry said any request would be answered within a week.", "NONE"),
        # 8. readiness is willingness, not the act
        (
            "Niger's junta said it was ready to reopen the border with Benin and resume talks.",
            "AGREE",
        ),
        ("Israel agreed to reopen the Kerem Shalom crossing.", "CONCEDE"),
        ("Azerbaijan said it was ready to sign the peace deal.", "AGREE"),
        ("Israel said it was prepared to resume negotiations.", "AGREE"),
        ("The junta said it was prepared to lift the curfew.", "AGREE"),
        # 9. forecasts and background states are not events
        ("EU diplomats expect the package to be approved next week.", "NONE"),
        ("Analysts predict that the central bank will approve the loan.", "NONE"),
        ("EU ambassadors are expected to approve the package on Wednesday.", "NONE"),
        ("Qatar hosts the largest US base in the region.", "NONE"),
        ("Turkey hosts more than three million Syrian refugees.", "NONE"),
        ("Qatar hosts Hamas's political office.", "NONE"),
        ("Qatar hosted the Iranian foreign minister on Tuesday.", "CONSULT"),
        ("The war has killed tens of thousands, according to UN figures.", "NONE"),
        ("Fighting has killed thousands in the region since 2023.", "NONE"),
        ("The conflict has displaced millions since April.", "NONE"),
        ("The fighting has left at least 1,000 people dead since April.", "NONE"),
        ("Heavy fighting has broken out in the capital.", "ASSAULT"),
        ("Bahrain hosts the US Navy's Fifth Fleet.", "NONE"),
        ("Families fled from the violence in Khartoum.", "NONE"),
        ("Thousands fled after an attack by militants on the town.", "ASSAULT"),
        ("Fighting killed 12 people in Khartoum on Tuesday.", "ASSAULT"),
        ("An Israeli airstrike has killed 12 people in Gaza.", "ASSAULT"),
        ("The army has killed 40 militants since January.", "ASSAULT"),
        # 10. the main clause's event comes first
        (
            "India suspended a water treaty with Pakistan a day after gunmen killed 26 tourists "
            "in Kashmir.",
            "SANCTION",
        ),
        (
            "A day after gunmen killed 26 tourists in Kashmir, India suspended a water treaty "
            "with Pakistan.",
            "SANCTION",
        ),
        (
            "Georgia's president vetoed the foreign agents law that had drawn criticism from "
            "rights groups.",
            "REJECT",
        ),
        ("An Israeli strike hit a school sheltering displaced families in Gaza City.", "ASSAULT"),
        ("At least 20 people were killed when an air force jet bombed a school.", "ASSAULT"),
    ],
)
def test_main_event_type(nlp: Language, text: str, etype: str) -> None:
    assert _main(nlp, text) == etype


def test_threat_vow_is_made_by_the_one_who_warns(nlp: Language) -> None:
    """The passive 'any attack would be met with' names no doer: the warner will respond."""
    events = _events(nlp, "Israel warned that any attack would be met with a crushing response.")
    threat = next(e for e in events if e.type == "THREATEN")
    assert [a.country for a in threat.source] == ["ISR"]
    assert not threat.intended  # the threat is made now, whatever it promises


def test_diplomatic_closure_targets_the_consulate_owner(nlp: Language) -> None:
    events = _events(nlp, "Lithuania ordered the closure of the Russian consulate in Klaipeda.")
    assert events[0].type == "SANCTION"
    assert [a.country for a in events[0].source] == ["LTU"]
    assert "RUS" in [a.country for a in events[0].target]


def test_when_clause_doer_attacks_the_victims(nlp: Language) -> None:
    """'X were killed when a jet bombed ...': the bombing is the event, the victims its
    target."""
    events = _events(nlp, "At least 20 people were killed when an air force jet bombed a school.")
    assert events[0].type == "ASSAULT"
    assert events[0].target
