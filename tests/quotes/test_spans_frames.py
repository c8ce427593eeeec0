"""Span frames a reader takes as someone's words: clauses bounded by semicolons, fronted
topics, point-of-view phrases ('In his view, ...') and characterising frames ('called the plan
"a costly mistake"'), and the look-alikes that are not speech (names, agentless passives)."""

from __future__ import annotations

from .helpers import Run


def test_semicolon_keeps_the_narrators_clause_out(run: Run) -> None:
    quotes, _ = run(
        "The depot holds around 400 buses; reports said more than a hundred of them were "
        "damaged in the storm."
    )
    assert [q.text for q in quotes] == [
        "more than a hundred of them were damaged in the storm"
    ]


def test_aside_after_a_semicolon_reports_its_own_clause(run: Run) -> None:
    quotes, _ = run(
        "Two buses left the road near the bridge before hitting other cars; around 30 litres "
        "of fuel, police said, leaked and burned."
    )
    assert [q.text for q in quotes] == [
        "around 30 litres of fuel, police said, leaked and burned"
    ]


def test_fronted_topic_is_not_the_report(run: Run) -> None:
    quotes, _ = run(
        "Regarding which part of the exam was most difficult for young pilots, Okafor said it "
        "was the night landing."
    )
    assert [q.text for q in quotes] == ["it was the night landing"]


def test_point_of_view_phrase_attributes_the_clause(run: Run) -> None:
    quotes, _ = run(
        "Coach Marta Oliveira has trained riders for twenty years. In her view, the new "
        "rules will make the sport safer for juniors."
    )
    assert [q.text for q in quotes] == ["the new rules will make the sport safer for juniors"]
    assert quotes[0].speaker == "Marta Oliveira"
    assert quotes[0].cue == "In her view"


def test_point_of_view_phrase_needs_an_owner(run: Run) -> None:
    quotes, _ = run("In other words, the new rules will make the sport safer for juniors.")
    assert quotes == []


def test_characterising_frame_quotes_the_subject(run: Run) -> None:
    quotes, _ = run(
        "On Tuesday, Danish prime minister Lars Holm speaking to the Baltic Policy think tank "
        "called the fishing deal \"dead on arrival\" and \"legally absurd\"."
    )
    assert [q.text for q in quotes] == ["dead on arrival", "legally absurd"]
    assert {q.speaker for q in quotes} == {"Lars Holm"}
    assert all(q.kind == "direct" for q in quotes)


def test_characterising_frame_with_passive_agent(run: Run) -> None:
    quotes, _ = run(
        "The chef has been described by the Morning Ledger as a \"kitchen magician\" for "
        "her work with local farmers."
    )
    assert [q.text for q in quotes] == ["kitchen magician"]
    assert quotes[0].speaker == "Morning Ledger"


def test_characterising_relative_clause(run: Run) -> None:
    quotes, _ = run(
        "She also wrote the novel Ashes, which the Morning Ledger called \"the boldest debut "
        "of the decade.\""
    )
    assert [q.text for q in quotes] == ["the boldest debut of the decade."]
    assert quotes[0].speaker == "Morning Ledger"


def test_names_and_agentless_passives_are_not_quotes(run: Run) -> None:
    quotes, _ = run(
        "The band recorded a song called \"rain over the harbour\" in 1998. The suspect, "
        "who was described as \"quiet and polite\", was arrested on Monday."
    )
    assert quotes == []


def test_coordination_inside_the_report_is_one_statement(run: Run) -> None:
    quotes, _ = run(
        "The Harbour Gazette reported the early launch was a mistake and the ferry was meant "
        "to wait for the tide."
    )
    assert [q.text for q in quotes] == [
        "the early launch was a mistake and the ferry was meant to wait for the tide"
    ]


def test_second_that_clause_is_a_second_statement(run: Run) -> None:
    quotes, _ = run(
        "The ministry said in a statement that it was paying the grants in full and that "
        "the remaining claims would be settled by June."
    )
    assert [q.text for q in quotes] == [
        "it was paying the grants in full",
        "the remaining claims would be settled by June",
    ]


def test_second_speaker_in_the_coordination_reports_for_itself(run: Run) -> None:
    quotes, _ = run(
        "One resident said the water had risen overnight and several neighbours said they "
        "had been told to leave."
    )
    assert [q.text for q in quotes] == [
        "the water had risen overnight",
        "they had been told to leave",
    ]


def test_aside_then_a_predicate_without_subject_is_one_statement(run: Run) -> None:
    quotes, _ = run(
        "The old tower was never safe, inspectors have said, and should have been closed "
        "years ago."
    )
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The old tower was never safe")


def test_speech_verbs_with_that(run: Run) -> None:
    quotes, _ = run(
        "The researchers proposed that, in young birds, running shaped the early wing. "
        "Later she shared that she had nearly quit the team twice."
    )
    assert [q.text for q in quotes] == [
        "in young birds, running shaped the early wing",
        "she had nearly quit the team twice",
    ]


def test_that_only_verb_with_an_object_and_relative_clause_is_no_report(run: Run) -> None:
    quotes, _ = run("The council proposed a plan that would cut taxes for small firms.")
    assert quotes == []


def test_noun_object_of_say_starts_the_reported_clause(run: Run) -> None:
    quotes, _ = run(
        "The Fire Department of Marin County (MarinFire) said several acres of grass burned "
        "before the crews arrived. He said goodbye to his staff on Friday."
    )
    assert [q.text for q in quotes] == ["several acres of grass burned before the crews arrived"]


def test_say_in_a_fronted_clause_stops_before_the_main_clause(run: Run) -> None:
    quotes, _ = run(
        "While the consensus among historians says castles as we know them began as wooden "
        "forts, there are several competing ideas about their origin."
    )
    assert [q.text for q in quotes] == [
        "castles as we know them began as wooden forts"
    ]


def test_reported_agreement_before_the_cue(run: Run) -> None:
    quotes, _ = run("The two unions have agreed to end the strike, the ministry said on Monday.")
    assert [q.text for q in quotes] == ["The two unions have agreed to end the strike"]


def test_according_to_source_then_its_own_statement(run: Run) -> None:
    quotes, _ = run(
        "The fire started shortly after midnight, according to firefighters, who said the "
        "first crews arrived eight minutes later."
    )
    assert [q.text for q in quotes] == [
        "The fire started shortly after midnight",
        "the first crews arrived eight minutes later",
    ]


def test_one_word_opening_of_a_split_quotation(run: Run) -> None:
    quotes, _ = run(
        "\"Honestly,\" the coach said, \"we did not deserve to win this one.\" Fans later "
        "sang \"Forever,\" a club anthem."
    )
    assert [q.text for q in quotes] == ["Honestly,", "we did not deserve to win this one."]


def test_point_of_view_question_to_an_interviewee_is_no_report(run: Run) -> None:
    quotes, _ = run("In your opinion, how long can the colony survive without help?")
    assert quotes == []


def test_participle_cue_with_a_listener_and_a_zero_that_clause(run: Run) -> None:
    quotes, _ = run(
        "The surgeon was greeted with applause upon announcing to journalists the mayor "
        "remained alive."
    )
    assert [q.text for q in quotes] == ["the mayor remained alive"]


def test_adjective_participle_and_contact_clause_are_no_reports(run: Run) -> None:
    quotes, _ = run(
        "Meanwhile, the total reported casualties rose to 167. He continued to write songs "
        "he would send to his brother in Lisbon."
    )
    assert quotes == []


def test_quoted_gloss_inside_the_subject_is_no_quote(run: Run) -> None:
    quotes, _ = run(
        "The AMANI study, named for the Swahili word for \"peace and calm,\" began last "
        "year and enrolled 300 patients."
    )
    assert quotes == []


def test_correlative_comparative_is_one_reported_clause(run: Run) -> None:
    quotes, _ = run(
        "They found the faster each lizard ran, the more it tended to lift its tail, with "
        "longer tails giving more balance."
    )
    assert [q.text for q in quotes] == [
        "the faster each lizard ran, the more it tended to lift its tail, with longer tails "
        "giving more balance"
    ]


def test_point_of_view_phrase_closing_the_sentence(run: Run) -> None:
    quotes, _ = run(
        "Ambulance crews were already at the scene when the police arrived, by the police's "
        "account. The plan was deeply flawed, in his view."
    )
    assert [q.text for q in quotes] == [
        "Ambulance crews were already at the scene when the police arrived",
        "The plan was deeply flawed",
    ]


def test_decision_reported_without_that(run: Run) -> None:
    quotes, _ = run(
        "The panel decided the two finalists had performed equally well. The board decided "
        "to close the plant."
    )
    assert [q.text for q in quotes] == ["the two finalists had performed equally well"]


def test_cue_adjuncts_before_a_zero_that_clause(run: Run) -> None:
    quotes, _ = run(
        "The Harbour Gazette reported in mid-2019, 40 village shops had closed within a year."
    )
    assert [q.text for q in quotes] == ["40 village shops had closed within a year"]


def test_listener_with_an_apposition_before_that(run: Run) -> None:
    quotes, _ = run(
        "A clinic official told Radio Sava, a local station, that two of the injured were "
        "children."
    )
    assert [q.text for q in quotes] == ["two of the injured were children"]


def test_comparative_that_after_an_aside_is_no_complementiser(run: Run) -> None:
    quotes, _ = run(
        "It is one of twenty such farms in the region, which together keep more than two "
        "thousand deer, scientists report, a herd larger than that of the national park."
    )
    assert all(not q.text.startswith("of the national park") for q in quotes)


def test_fragment_coordinated_with_a_quotation_shares_its_speaker(run: Run) -> None:
    quotes, _ = run(
        "Dean Rosa Lind talked of Munro's \"many discoveries that put the college on the map\" "
        "and \"his leadership on the great questions of our time.\""
    )
    assert [q.text for q in quotes] == [
        "many discoveries that put the college on the map",
        "his leadership on the great questions of our time.",
    ]
    assert quotes[0].speaker == quotes[1].speaker


def test_next_act_of_the_speaker_ends_the_reported_clause(run: Run) -> None:
    quotes, _ = run(
        "Nowak said Berlin's refusal to send long-range missiles was \"baffling\" three years "
        "into the war, but praised the German defence minister, Jan Hollmann, as \"a man who "
        "knows what is at stake\"."
    )
    texts = [q.text for q in quotes]
    assert texts[-1] == "a man who knows what is at stake"
    assert texts[0].endswith("three years into the war")
    assert quotes[-1].speaker == quotes[0].speaker == "Nowak"
