"""Everyday verbs and phrases of political news that must be coded as events: strikes as
walk-offs ('walked off the job', 'downed tools'), meetings ('gathered in Cairo to review',
'convened a summit', talks on a hotline), giving up ('gave up its arsenal', 'relinquished'),
aid ('airlifted food', 'distributed rations', 'a disbursement', 'deposit $N with a central
bank', 'cover a wage bill'), legal and intelligence cooperation ('sent suspects to X',
'supplied intelligence'), joint operations ('joint checks', 'coordinated patrols'), diplomatic
protests ('lodged stern representations'), defiance ('ignore a summons'), communication cuts
(COERCE), cancelled talks (SANCTION), restored services (CONCEDE), apologies (SUPPORT) and
proposals of talks (REQUEST). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event


def _main(nlp: Language, text: str) -> Event | None:
    doc = nlp(text)
    events = code_events(doc, [], code_actors(doc), "2024-05-15")
    return next((e for e in events if not e.negated), events[0] if events else None)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Dock workers in Rotterdam walked off the job on Monday.", "PROTEST"),
        ("Miners in Zambia downed tools over unpaid wages.", "PROTEST"),
        (
            "Teachers staged a sit-in outside the Nigerian ministry demanding higher pay.",
            "PROTEST",
        ),
        ("Foreign ministers of the Arab League gathered in Cairo to review the truce.", "CONSULT"),
        ("The African Union convened an extraordinary summit on Sudan.", "CONSULT"),
        ("Libya gave up its chemical arsenal in 2004.", "RETREAT"),
        ("The Malian junta relinquished control of the northern towns.", "RETREAT"),
        ("The German air force airlifted food to Gaza.", "AID"),
        ("The World Food Programme distributed rations to refugees in Chad.", "AID"),
        (
            "An Indian navy ship landed with tents and medicines for Sri Lankan flood victims.",
            "AID",
        ),
        ("The IMF approved a disbursement to Pakistan on Friday.", "AID"),
        ("Saudi Arabia will deposit $3 billion with Pakistan's central bank.", "AID"),
        ("The EU could cover part of Ukraine's wage bill.", "AID"),
        ("Pakistan sent five suspects to China to face charges.", "COOPERATE"),
        ("Jordan supplied intelligence to French police.", "COOPERATE"),
        ("Polish and Lithuanian border guards began joint checks on Monday.", "COOPERATE"),
        ("Thailand and Cambodia began coordinated patrols along the border.", "COOPERATE"),
        ("China lodged stern representations with Japan over the visit.", "ACCUSE"),
        ("The Chinese foreign ministry made solemn representations to the Philippines.", "ACCUSE"),
        ("The former Peruvian president will ignore a summons from prosecutors.", "REJECT"),
        ("The Ethiopian government cut internet access in the Amhara region.", "COERCE"),
        (
            "China vowed resolute countermeasures against the US if it sells arms to Taiwan.",
            "THREATEN",
        ),
        ("India cancelled planned talks with Pakistan.", "SANCTION"),
        ("The Sudanese government resumed services at the port.", "CONCEDE"),
        ("Myanmar's junta restored internet service in Yangon.", "CONCEDE"),
        ("The Serbian president asked Croatia for forgiveness.", "SUPPORT"),
        ("North Korea proposed talks with South Korea.", "REQUEST"),
    ],
)
def test_political_phrase_is_coded(nlp: Language, text: str, etype: str) -> None:
    event = _main(nlp, text)
    assert event is not None and event.type == etype


@pytest.mark.parametrize(
    "text",
    [
        "The player walked off the pitch injured.",
        "She gave up smoking last year.",
        "The princess relinquished her royal titles in 1972.",
        "The company will cover the cost of repairs.",
        "The committee gathered in the hall.",
        "Police officials gathered evidence at the scene.",
    ],
)
def test_same_words_outside_politics_are_no_event(nlp: Language, text: str) -> None:
    assert _main(nlp, text) is None


def test_hotline_silence_is_a_negated_consultation(nlp: Language) -> None:
    doc = nlp("The leaders of India and Pakistan have not spoken on their hotline since March.")
    events = code_events(doc, [], code_actors(doc), "2024-05-15")
    assert events and events[0].type == "CONSULT" and events[0].negated


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin declined to comment on reports that Russia was preparing an offensive.",
        "Analysts said Russia was unlikely to agree to a ceasefire.",
        "Analysts said Iran would retaliate against Israel within days.",
        "It is unlikely that China will impose sanctions on Australia.",
        "China could impose sanctions on Lithuania, experts said.",
    ],
)
def test_forecasts_and_rumours_are_no_event(nlp: Language, text: str) -> None:
    assert _main(nlp, text) is None


def test_a_past_act_analysts_report_stays_an_event(nlp: Language) -> None:
    event = _main(nlp, "Analysts said the Iranian government arrested the journalist last week.")
    assert event is not None and event.type == "COERCE"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # expelling or recalling diplomats is reducing relations, not a demand
        ("Poland ordered five Russian diplomats to leave the country.", "SANCTION"),
        ("Estonia told two Russian diplomats to leave within a week.", "SANCTION"),
        ("Lithuania ordered its ambassador to return from Beijing.", "SANCTION"),
        ("Russia ordered troops to the border.", "MOBILIZE"),
        # committing to a framework or to talks is an intent to cooperate
        ("Japan will join the United States and Australia in a new security framework.", "AGREE"),
        ("Iran is open to resuming talks with the United States.", "AGREE"),
        ("Australia joined the US-led coalition in 2014.", "COOPERATE"),
    ],
)
def test_expulsions_and_commitments(nlp: Language, text: str, etype: str) -> None:
    event = _main(nlp, text)
    assert event is not None and event.type == etype


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # exercises of two countries together are military cooperation
        ("Navies from India and France began exercises in the Arabian Sea.", "COOPERATE"),
        ("The Chinese navy began exercises around Taiwan.", "MOBILIZE"),
        # readiness to send help is an offer; preparing to send it is the act under way
        ("Poland is prepared to send troops to Ukraine if necessary.", "AGREE"),
        ("Japan is ready to send aid to Turkey.", "AGREE"),
        ("Russia is preparing to send more troops to Belarus.", "MOBILIZE"),
    ],
)
def test_joint_drills_and_offers(nlp: Language, text: str, etype: str) -> None:
    event = _main(nlp, text)
    assert event is not None and event.type == etype


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # nominal and phrasal forms of the same classes
        ("A work stoppage by Argentine teachers closed schools on Monday.", "PROTEST"),
        ("Thousands of protesters gathered outside the Georgian parliament.", "PROTEST"),
        ("India announced the cancellation of talks with Pakistan.", "SANCTION"),
        ("Germany announced the suspension of talks with Turkey.", "SANCTION"),
        ("Russia announced the lifting of the ban on Georgian wine.", "CONCEDE"),
        ("Bangladesh announced the restoration of internet service.", "CONCEDE"),
        ("Authorities imposed an internet blackout in Kashmir.", "COERCE"),
        ("The Iranian government shut off the internet in Tehran.", "COERCE"),
        ("Pakistani authorities cut off mobile service in Balochistan.", "COERCE"),
        ("The Dutch king offered an apology to Indonesia.", "SUPPORT"),
        ("Thailand completed the handover of the suspects to Malaysia.", "COOPERATE"),
        ("Intelligence supplied by Jordan led French police to the cell.", "COOPERATE"),
        ("Kenya deported the suspects to Uganda to face trial.", "COOPERATE"),
        ("The Malian army handed control of the airport to the rebels.", "RETREAT"),
        ("Russia throttled access to YouTube.", "COERCE"),
        ("Iran test-launched a new ballistic missile.", "MOBILIZE"),
        ("Putin and Xi held a video call on Friday.", "CONSULT"),
        (
            "Following mass protests, the Serbian government scrapped the lithium project.",
            "CONCEDE",
        ),
        # the main clause's event comes before the one in an 'after' clause
        ("The Kenyan government dropped the tax increase after thousands protested.", "CONCEDE"),
        ("After weeks of protests, the Kenyan president dropped the tax increase.", "CONCEDE"),
    ],
)
def test_nominal_and_phrasal_forms(nlp: Language, text: str, etype: str) -> None:
    event = _main(nlp, text)
    assert event is not None and event.type == etype


def test_a_phrase_of_time_is_not_the_acts_argument(nlp: Language) -> None:
    # 'following talks' says when the army withdrew, not that it withdrew from the talks
    event = _main(nlp, "The army withdrew from the town following talks with tribal elders.")
    assert event is not None and event.type == "RETREAT"


def test_a_visit_to_a_city_is_a_visit_to_its_country(nlp: Language) -> None:
    event = _main(nlp, "The Indian prime minister arrived in Moscow for a two-day visit.")
    assert event is not None and event.type == "CONSULT"
    assert [a.country for a in event.target] == ["RUS"]


def test_a_visit_at_home_is_no_meeting(nlp: Language) -> None:
    assert _main(nlp, "The Indian prime minister made a visit to a factory in Gujarat.") is None


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # proposing a ceasefire is an intent; agreeing to one is the ceasefire
        ("Russia proposed a ceasefire over Easter.", "AGREE"),
        ("Israel and Hezbollah agreed to a ceasefire on Tuesday.", "RETREAT"),
        ("The Peruvian minister offered to resign on Monday.", "RETREAT"),
        # missiles fired into open water are a show of force; at someone, an attack
        ("North Korea fired two short-range ballistic missiles into the sea.", "MOBILIZE"),
        ("Iran fired missiles at Israel.", "ASSAULT"),
        # scrapping planned talks reduces relations; scrapping a planned tax yields
        ("Seoul scrapped planned talks with Tokyo.", "SANCTION"),
        ("Kenya scrapped the planned tax increase.", "CONCEDE"),
        ("The Japanese emperor expressed deep remorse to China for the war.", "SUPPORT"),
    ],
)
def test_proposals_tests_and_scrapped_plans(nlp: Language, text: str, etype: str) -> None:
    event = _main(nlp, text)
    assert event is not None and event.type == etype


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya withdrew the finance bill as protests spread across the country.", "CONCEDE"),
        ("Germany recalled its ambassador after Russia expelled two German diplomats.", "SANCTION"),
        ("Russian troops withdrew from the town amid Ukrainian shelling.", "RETREAT"),
    ],
)
def test_the_main_clause_event_comes_before_its_circumstances(
    nlp: Language, text: str, etype: str
) -> None:
    doc = nlp(text)
    events = code_events(doc, [], code_actors(doc), "2024-05-15")
    assert events and events[0].type == etype
