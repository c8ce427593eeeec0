"""Reported-clause spans: asides inside the clause, participles that start a new statement,
and verbs whose object-and-infinitive is a ruling on a thing rather than a statement."""

from __future__ import annotations

from .helpers import Run


def test_aside_cue_inside_the_clause_keeps_the_sentence(run: Run) -> None:
    text = (
        "Most of the farms in the valley, the report pointed out, depend on water from a "
        "single reservoir that is running dry."
    )
    quotes, _ = run(text)
    assert [q.text for q in quotes] == [text.rstrip(".")]
    assert quotes[0].kind == "indirect"


def test_inverted_aside_cue_inside_the_clause(run: Run) -> None:
    text = (
        "Because only the council may raise local taxes, reads the petition, the new levy "
        "breaks the city charter."
    )
    quotes, _ = run(text)
    assert [q.text for q in quotes] == [text.rstrip(".")]


def test_adding_starts_a_second_statement(run: Run) -> None:
    quotes, _ = run(
        "Mayor Ellen Brandt said the bridge must close for repairs, adding the city will "
        "pay for a ferry service until it reopens."
    )
    texts = {q.text: q for q in quotes}
    assert "the bridge must close for repairs" in texts
    second = "the city will pay for a ferry service until it reopens"
    assert second in texts
    assert texts[second].speaker == "Ellen Brandt"


def test_object_with_infinitive_is_not_a_statement(run: Run) -> None:
    quotes, _ = run("The tribunal found the merger to be unlawful.")
    assert quotes == []
    quotes, _ = run("The agency declared the flood, which hit three towns, to be a disaster.")
    assert quotes == []


def test_that_clause_still_reported_after_found(run: Run) -> None:
    quotes, _ = run("The tribunal found that the merger was unlawful.")
    assert [q.text for q in quotes] == ["the merger was unlawful"]


def test_determiner_that_does_not_open_a_clause(run: Run) -> None:
    quotes, _ = run("The appeals court ruled on the appeal of that verdict by the city council.")
    assert quotes == []


def test_actions_between_commas_are_not_asides(run: Run) -> None:
    quotes, _ = run(
        "The guard stepped back, raised his baton, and waved the crowd towards the gate."
    )
    assert quotes == []
    quotes, _ = run(
        "The senator, 71, announced her retirement, ending three decades in the chamber."
    )
    assert quotes == []


def test_second_said_after_a_quotation_is_its_own_statement(run: Run) -> None:
    quotes, _ = run(
        'Governor Ana Ruiz said "the drought in the south is a state emergency" and said '
        "the water limits would start on May 1, a week before the harvest."
    )
    texts = {q.text: q for q in quotes}
    assert "the drought in the south is a state emergency" in texts
    second = "the water limits would start on May 1, a week before the harvest"
    assert second in texts
    assert texts[second].kind == "indirect"
    assert texts[second].speaker == "Ana Ruiz"


def test_relative_report_after_the_main_clause(run: Run) -> None:
    quotes, _ = run(
        "The city did not put the fire service in charge of the flood response, which the "
        "Daily Courier reported left many residents without help."
    )
    assert [q.text for q in quotes] == ["left many residents without help"]


def test_inverted_cue_closing_the_sentence(run: Run) -> None:
    quotes, _ = run(
        "If the council dislikes the rule, it can vote to repeal it. It is not for the "
        "judges to weigh the council's motives, argued the city's counsel, Maria Olsen."
    )
    assert [q.text for q in quotes] == ["It is not for the judges to weigh the council's motives"]
    assert quotes[0].speaker == "Maria Olsen"


def test_comma_and_new_subject_is_the_narrators_clause(run: Run) -> None:
    quotes, _ = run(
        "Mayor Ellen Brandt has said the old harbour should be opened up to housing, and her "
        "opponents, who include the tenants' association, accuse her of ignoring flood risk."
    )
    assert [q.text for q in quotes] == ["the old harbour should be opened up to housing"]


def test_comma_and_that_keeps_the_second_reported_clause(run: Run) -> None:
    quotes, _ = run(
        "The agency says about two million people have left the region, which flooded in "
        "March, and that cholera has been confirmed in at least three towns."
    )
    assert any(q.text.startswith("cholera has been confirmed") or "cholera" in q.text
               for q in quotes)


def test_urged_takes_a_bare_subjunctive_clause_not_an_infinitive(run: Run) -> None:
    quotes, _ = run("Health Minister Sara Olsen urged the ban be lifted before the summer.")
    assert [q.text for q in quotes] == ["the ban be lifted before the summer"]
    quotes, _ = run("Health Minister Sara Olsen urged the council to lift the ban.")
    assert quotes == []


def test_maintained_takes_a_bare_reported_clause(run: Run) -> None:
    quotes, _ = run("The defence has always maintained the witness was never at the scene.")
    assert [q.text for q in quotes] == ["the witness was never at the scene"]


def test_purpose_clause_after_a_cue_is_not_reported(run: Run) -> None:
    quotes, _ = run(
        "Ten towns filed a lawsuit against the curfew the governor declared last Friday so "
        "she could clear the streets before the march."
    )
    assert quotes == []


def test_second_clause_after_the_cue_and_a_semicolon_ends_it(run: Run) -> None:
    quotes, _ = run(
        "Spare parts will not run short for some years, Novak said, and repaying the debt "
        "looks realistic; independent analysts called this optimistic, as the market is "
        "crowded and prices are low, while noting the army needs the new trucks."
    )
    texts = [q.text for q in quotes]
    assert texts == [
        "Spare parts will not run short for some years",
        "repaying the debt looks realistic",
        "the army needs the new trucks",
    ]
    assert quotes[1].speaker == "Novak"


def test_a_participle_describing_the_speaker_is_no_fronted_report(run: Run) -> None:
    text = (
        "Israel's mission to the UN in Geneva, asked to comment, said in a written reply "
        "that Israel had facilitated the entry of trucks."
    )
    quotes, _ = run(text)
    assert not any(q.text.startswith("Israel's mission") for q in quotes)


def test_a_fronted_report_keeps_its_speaker_hung_inside_it(run: Run) -> None:
    text = (
        "Seoul convenes security council\n\nSouth Korean President Lee Jae-myung has "
        "convened an emergency meeting of the National Security Council, the presidential "
        "office, Cheong Wa Dae, said."
    )
    quotes, _ = run(text)
    assert any(q.text.startswith("South Korean President Lee") for q in quotes)


def test_words_after_an_announcement_and_a_colon_are_a_quotation(run: Run) -> None:
    # 'made the following announcement:' names no speech verb, but the issuer of the
    # announcement says the sentence after the colon, however short
    quotes, _ = run(
        "The ministry made the following announcement: \"Schools will close until further "
        "notice.\""
    )
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("Schools will close until further notice.", "The ministry")
    ]
