"""Who did what to whom in harder clauses: quotes, reported speech, nominal triggers, threats."""

from __future__ import annotations

from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event, Quote


def _events(nlp: Language, text: str, quotes: list[Quote] | None = None) -> list[Event]:
    doc = nlp(text)
    return code_events(doc, quotes or [], code_actors(doc), "2023-06-14")


def _countries(refs: list) -> set[str | None]:
    return {a.country for a in refs}


def test_first_person_in_a_quote_is_the_speakers_side(nlp: Language) -> None:
    text = (
        "Chilean Foreign Minister Ana Soto spoke on Monday. "
        "\u201cWe will expel two Bolivian diplomats,\u201d she said."
    )
    start = text.index("We will")
    quote = Quote(
        text=text[start : text.index(",\u201d")],
        start=start,
        end=text.index(",\u201d"),
        kind="direct",
        speaker="Ana Soto",
    )
    (event,) = [e for e in _events(nlp, text, [quote]) if e.type == "SANCTION"]
    assert _countries(event.source) == {"CHL"}
    assert _countries(event.target) == {"BOL"}
    assert event.quote == 0 and event.intended


def test_nominal_trigger_takes_its_possessor_or_modifier_as_source(nlp: Language) -> None:
    (visit,) = _events(nlp, "Mexico's president began his visit to Cuba on Sunday.")
    assert visit.type == "CONSULT" and _countries(visit.target) == {"CUB"}
    strikes = _events(nlp, "Ukrainian drone strikes hit a refinery near Moscow.")
    assert strikes and strikes[0].type == "ASSAULT" and _countries(strikes[0].source) == {"UKR"}


def test_a_noun_does_not_borrow_the_subject_of_an_unrelated_verb(nlp: Language) -> None:
    assert _events(nlp, "The minister referred to the riots in a long speech.") == []
    assert _events(nlp, "The economy grew despite the sanctions.") == []


def test_passive_with_agent(nlp: Language) -> None:
    (event,) = _events(nlp, "Two Estonian journalists were detained by Belarusian police.")
    assert event.type == "COERCE"
    assert _countries(event.source) == {"BLR"} and _countries(event.target) == {"EST"}


def test_possessor_of_an_arrest_is_its_target(nlp: Language) -> None:
    events = _events(nlp, "Serbian police announced the arrest of a Croatian citizen.")
    assert events[0].type == "COERCE"
    assert _countries(events[0].source) == {"SRB"}


def test_warning_about_own_action_is_a_threat(nlp: Language) -> None:
    (event,) = _events(
        nlp, "Iran warned Azerbaijan that it would respond firmly to any provocation."
    )
    assert event.type == "THREATEN"
    assert _countries(event.source) == {"IRN"} and _countries(event.target) == {"AZE"}


def test_warning_about_someone_else_is_a_statement(nlp: Language) -> None:
    events = _events(nlp, "Activists warned that the Sudanese army could arrest journalists.")
    assert all(e.type != "THREATEN" for e in events)


def test_conditional_force_by_the_speakers_side_is_a_threat(nlp: Language) -> None:
    events = _events(nlp, "Putin said Russia could strike Poland if it sent troops to Ukraine.")
    assert events[0].type == "THREATEN" and _countries(events[0].source) == {"RUS"}


def test_domestic_dyads_are_kept(nlp: Language) -> None:
    (event,) = _events(nlp, "Turkish police detained the mayor of Istanbul on Wednesday.")
    assert event.type == "COERCE" and _countries(event.source) == {"TUR"}
    assert event.target and event.target[0].name != event.source[0].name


def test_a_government_and_its_own_troops_are_one_side(nlp: Language) -> None:
    (event,) = _events(nlp, "Algeria deployed troops to its border with Mali.")
    assert _countries(event.target) == {"MLI"}


def test_asking_a_question_is_not_a_request(nlp: Language) -> None:
    assert [
        e
        for e in _events(nlp, "Reporters asked the Dutch minister about the budget.")
        if e.type == "REQUEST"
    ] == []
    (event,) = _events(nlp, "Denmark asked Norway to extradite the suspect.")
    assert event.type == "REQUEST" and _countries(event.target) == {"NOR"}


def test_objects_decide_between_rows(nlp: Language) -> None:
    (expel,) = _events(nlp, "Latvia expelled a Russian diplomat.")
    assert expel.type == "SANCTION"
    (deport,) = _events(nlp, "Latvia expelled three Russian migrants.")
    assert deport.type == "COERCE"
    (aid,) = _events(nlp, "Japan sent tents and medicine to Turkey aboard an air force plane.")
    assert aid.type == "AID"
    assert _events(nlp, "The company delivered a speech on climate policy.") == []


def test_announced_would_is_intent_and_keeps_the_announcement_date(nlp: Language) -> None:
    (event,) = _events(nlp, "On Monday, Canada announced it would send food aid to Haiti.")
    assert event.type == "AID" and event.intended and not event.hypothetical
    assert event.date == "2023-06-12"  # the Monday before publication, when it was announced


def test_reported_harm_by_the_speakers_side_is_a_threat(nlp: Language) -> None:
    events = _events(nlp, "The Kremlin said Moscow would cut off gas supplies to Moldova.")
    assert events[0].type == "THREATEN" and _countries(events[0].source) == {"RUS"}


def test_fire_at_a_country_targets_it(nlp: Language) -> None:
    (event,) = _events(nlp, "Syrian forces fired shells at Turkey on Monday, Ankara said.")
    assert event.type == "ASSAULT" and _countries(event.target) == {"TUR"}


def test_a_capital_inside_another_name_is_not_the_capital(nlp: Language) -> None:
    events = _events(nlp, "Ukraine signed the Budapest Memorandum with Russia.")
    assert "HUN" not in {a.country for e in events for a in e.source + e.target}


def test_receiving_names_the_giver_as_source(nlp: Language) -> None:
    (event,) = _events(nlp, "Moldova received a loan from Romania on Monday.")
    assert event.type == "AID"
    assert _countries(event.source) == {"ROU"} and _countries(event.target) == {"MDA"}


def test_channels_and_outlets_are_not_targets(nlp: Language) -> None:
    """'on Twitter', 'told Reuters' say where something was said, not to whom it was done."""
    for text in (
        "The Kenyan foreign minister criticised the decision on Twitter.",
        "The Kenyan foreign minister told Reuters that Uganda had violated the deal.",
    ):
        doc = nlp(text)
        events = code_events(doc, [], code_actors(doc), "2024-05-15")
        assert events, text
        names = [a.text for e in events for a in e.target]
        assert not any("Twitter" in n or "Reuters" in n for n in names), (text, names)
