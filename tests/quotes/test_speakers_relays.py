"""Speakers of relayed and misparsed attributions: the person who spoke, not the outlet.

Users filter quotations by speaker; a quote an official gave to a news agency must be filed
under the official (with the agency as ``via``), and a senator introduced as 'Senator from
<State> <Name>' must not carry the state in the name. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run


def test_place_after_title_is_not_part_of_the_surname_chain(run: Run) -> None:
    text = (
        "On Tuesday, United States Senator from Montana Jonathan Tester ended his campaign. "
        "Tester said he was proud of the volunteers who worked on it."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Jonathan Tester"]


def test_the_listener_of_told_is_not_the_speaker(run: Run) -> None:
    text = (
        'Calling the plan "a cosmetic fix", Maria Novak of the tenants\' union, a housing '
        'charity, told Reuters "the rents will keep going up whatever the council says".'
    )
    quotes, _ = run(text)
    assert quotes
    assert all(q.speaker == "Maria Novak" for q in quotes)
    assert any(q.via == "Reuters" for q in quotes)


def test_according_to_an_agency_the_named_official_speaks(run: Run) -> None:
    text = (
        "According to state news agency ANSA, the mayor of Turin, Paolo Ferraresi, said the "
        'bridge must be closed "for at least a year".'
    )
    quotes, _ = run(text)
    assert quotes
    assert quotes[0].speaker == "Paolo Ferraresi"


def test_participle_cue_is_not_credited_to_a_subject_inside_the_quote(run: Run) -> None:
    text = (
        'Hannah Ruiz of the University of Leeds, speaking to the BBC, said, "If a judge orders '
        'it, then Google has to also delete every copy of the page", also observing, "there '
        'is no common privacy law across borders".'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Hannah Ruiz", "Hannah Ruiz"]


def test_interviewer_label_before_a_colon_is_not_the_subject(run: Run) -> None:
    text = (
        "She spoke to The Courier about farm prices.\n\n"
        "The Courier: Spain's farm minister, Lucia Prado, said in May that the deal was "
        '"dead on arrival". Is she wrong?'
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Lucia Prado"]


def test_an_unnamed_source_quoted_again_stays_with_the_outlet(run: Run) -> None:
    text = (
        "The state-run Northern News Agency quoted a foreign ministry official as saying "
        "the talks would focus on a truce.\n\n"
        '"We are not here to solve everything," the official was quoted as saying.'
    )
    quotes, _ = run(text)
    found = [q for q in quotes if "solve everything" in q.text]
    assert found and found[0].speaker == "Northern News Agency"


def test_an_agency_relaying_a_named_person_is_the_relay_not_the_speaker(run: Run) -> None:
    text = (
        'Any transfer of frozen Russian funds would be "robbery," Foreign Ministry spokesman '
        "Ivan Petrov said, TASS reported."
    )
    quotes, _ = run(text)
    found = [q for q in quotes if "frozen Russian funds" in q.text]
    assert found and found[0].speaker == "Ivan Petrov"
    assert found[0].via == "TASS"


def test_the_agency_named_after_its_description_is_the_relay(run: Run) -> None:
    text = (
        "Deputy Foreign Minister Oleg Baranov said the embassy would stay open, the state "
        "news agency RIA Novosti reported."
    )
    quotes, _ = run(text)
    found = [q for q in quotes if "embassy would stay open" in q.text]
    assert found and found[0].speaker == "Oleg Baranov"
    assert found[0].via == "RIA Novosti"
