"""Evaluative statements users rely on being coded: a quotation whose content condemns or praises
someone is ACCUSE or SUPPORT even when its verb is a plain 'said'; comments, forecasts and
self-praise stay non-events. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.events.appraisal import settings, valences
from communique.quotes import extract_quotes
from communique.records import Event


def _events(nlp: Language, text: str, published: str = "2024-05-15") -> list[Event]:
    doc = nlp(text)
    quotes, _ = extract_quotes(doc)
    actors = code_actors(doc)
    # through the pipeline contract, so the test fails if code_events stops appraising
    return code_events(doc, quotes, actors, published)


def _main(nlp: Language, text: str) -> Event | None:
    return next((e for e in _events(nlp, text) if not e.negated), None)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # condemnation in the content of a neutral 'said'
        (
            'The Estonian foreign minister said the Russian decision was "utterly reckless".',
            "ACCUSE",
        ),
        (
            "Chile's interior minister said the opposition's plan was a disgrace.",
            "ACCUSE",
        ),
        # a negated positive word is a criticism: 'nowhere near enough', 'no respect'
        ('The union leader said the measure was "nowhere near enough".', "ACCUSE"),
        # conduct judged by its object: 'showed no respect'
        (
            'The judge told the court that the defendant "showed no respect for decent behaviour".',
            "ACCUSE",
        ),
        # praise in the content of a neutral 'said'
        (
            "The Kenyan president said the Ugandan response had been outstanding.",
            "SUPPORT",
        ),
        # a raising verb before the judged conduct; a pronoun for those judged
        (
            'Judge Maria Lopez said they "appear not to have shown any respect for the law".',
            "ACCUSE",
        ),
        # conduct verbs whose object condemns the doer; an object after an interposed phrase
        (
            'Prosecutor Ana Ruiz said Jones "perpetuated, for a decade, a vicious trade".',
            "ACCUSE",
        ),
        ('The Irish minister said the militia had "committed horrific abuses".', "ACCUSE"),
    ],
)
def test_content_judgement_is_coded(nlp: Language, text: str, etype: str) -> None:
    event = _main(nlp, text)
    assert event is not None, text
    assert event.type == etype
    assert event.quote is not None  # it comes from the quotation
    assert event.evidence.text == text


def test_accuse_carries_the_score_table_and_mode(nlp: Language) -> None:
    event = _main(nlp, "Chile's interior minister said the opposition's plan was a disgrace.")
    assert event is not None
    assert (event.type, event.mode, event.quad, event.cameo_root) == (
        "ACCUSE",
        "disapprove",
        3,
        "11",
    )
    assert event.intensity < 0
    assert [a.country for a in event.source] == ["CHL"]


def test_target_is_the_judged_actor_not_the_speaker(nlp: Language) -> None:
    event = _main(
        nlp, 'The Estonian foreign minister said the Russian decision was "utterly reckless".'
    )
    assert event is not None
    assert [a.country for a in event.source] == ["EST"]
    assert [a.country for a in event.target] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        # a circumstance judges no one
        "The Peruvian minister said the situation at the border was tense.",
        # a forecast is a pessimistic remark, not a verdict
        "The Peruvian minister said a trade war would be a disaster for both countries.",
        # self-praise ('we', 'our') is a comment
        '"We have always been a reliable and honest partner," the Kazakh president said.',
        '"Our response was swift and courageous," the Kazakh president said.',
        # the seed's comment: no target, no judgement
        "Europe and Russia are drifting further apart, Russia's foreign minister said.",
        # adequacy judges only when denied: 'enough' alone praises no one
        "The union leader said the measure was enough.",
        # a count of those affected is no party judged
        "The regional governor said 68 people were missing.",
        # a vague 'this' names no target
        '"This is a dark and sad day," the Romanian president said.',
    ],
)
def test_comments_stay_non_events(nlp: Language, text: str) -> None:
    assert _main(nlp, text) is None, text


def test_no_second_event_where_the_coder_found_one(nlp: Language) -> None:
    text = "The Chilean president condemned the attack and said it was a disgrace."
    events = _events(nlp, text)
    assert [e.type for e in events].count("ACCUSE") == 1


def test_table_thresholds_and_vader_lexicon_are_loaded() -> None:
    conf = settings()
    assert conf.accuse_at > 0 and conf.support_at > 0
    table = valences()
    assert table["disgrace"] < 0 < table["courageous"]  # VADER's own entries
    assert table["unconstitutional"] < 0  # the table's news words are added
    assert "enough" in conf.adequacy and "enough" not in table  # judges only when negated


def test_a_judging_this_takes_the_doer_named_before_it(nlp: Language) -> None:
    text = (
        'The Danish foreign minister said: "Russia is trying to divide Europe - this is '
        'deeply irresponsible."'
    )
    event = _main(nlp, text)
    assert event is not None
    assert event.type == "ACCUSE"
    assert [a.country for a in event.target] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # diplomatic vocabulary VADER lacks, and acts named by a noun ('the visit', 'the sale')
        (
            "The Chinese foreign ministry said the visit was \"a gross interference in China's"
            ' internal affairs".',
            "ACCUSE",
        ),
        ("Poland's president said Russia's actions were \"barbaric\".", "ACCUSE"),
        ('"Kenya is a reliable partner," the US ambassador said.', "SUPPORT"),
    ],
)
def test_diplomatic_verdicts(nlp: Language, text: str, etype: str) -> None:
    event = _main(nlp, text)
    assert event is not None and event.type == etype
