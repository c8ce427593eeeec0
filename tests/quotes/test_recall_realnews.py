"""Quotation forms of everyday news reports (accidents, local news, science, obituaries).

Sentences are written for these tests; each mirrors a construction reporters use outside
political copy: short tributes before an inverted present-tense cue, absolute 'with' phrases
adding other people's report, and findings of a study or an investigation.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import texts_without_comma as _texts


def test_short_tribute_before_inverted_present_cue(run: Run) -> None:
    quotes, _ = run('"Best of luck," says the team\'s captain Mark Dyer.')
    assert _texts(quotes) == ["Best of luck"]
    assert quotes[0].speaker == "Mark Dyer"


def test_short_fragment_with_capitalised_opening_is_speech(run: Run) -> None:
    quotes, _ = run('"Truly heartbreaking," wrote the band on its website.')
    assert _texts(quotes) == ["Truly heartbreaking"]


def test_capitalised_title_in_marks_stays_a_name(run: Run) -> None:
    quotes, _ = run('The choir sang "Amazing Grace" at the service on Sunday.')
    assert quotes == []


def test_absolute_with_phrase_is_a_second_report(run: Run) -> None:
    quotes, _ = run(
        "The driver said he lost control on the ice, with some witnesses claiming he was "
        "speeding."
    )
    assert _texts(quotes) == ["he lost control on the ice", "he was speeding"]
    assert quotes[1].speaker is None


def test_absolute_with_phrase_names_its_speaker(run: Run) -> None:
    quotes, _ = run(
        "The bridge was closed on Friday, with engineer Sara Holt warning that the cracks "
        "were spreading."
    )
    assert _texts(quotes) == ["the cracks were spreading"]
    assert quotes[0].speaker == "Sara Holt"


def test_absolute_with_phrase_without_speech_stays_in_the_report(run: Run) -> None:
    quotes, _ = run("The coach said the team played badly, with only two players scoring.")
    assert _texts(quotes) == ["the team played badly, with only two players scoring"]


def test_study_established_that(run: Run) -> None:
    quotes, _ = run("The team established that the fossil was 40 million years old.")
    assert _texts(quotes) == ["the fossil was 40 million years old"]


def test_establish_with_a_noun_object_is_no_report(run: Run) -> None:
    quotes, _ = run("The city plans to establish a new park that will open next year.")
    assert quotes == []


def test_results_showed_a_finding_without_that(run: Run) -> None:
    quotes, _ = run(
        "Results showed the bees visited both kinds of flowers at roughly the same rate."
    )
    assert _texts(quotes) == ["the bees visited both kinds of flowers at roughly the same rate"]


def test_footage_showing_a_scene_is_no_report(run: Run) -> None:
    quotes, _ = run("Footage showed protesters throwing stones at the police.")
    assert quotes == []


def test_count_showed_after_the_fact_is_the_writers_statement(run: Run) -> None:
    quotes, _ = run(
        "The two mayors appeared headed for a second round, partial results showed early "
        "Monday."
    )
    assert quotes == []


def test_fronted_claim_of_a_person_with_evidence_verb_is_reported(run: Run) -> None:
    quotes, _ = run("The new road will cut journeys by half, the engineers suggest.")
    assert _texts(quotes) == ["The new road will cut journeys by half"]


def test_according_to_before_a_fronted_adverbial(run: Run) -> None:
    quotes, _ = run(
        "According to her neighbour Tom Reyes, for two days the dog had barked without stopping."
    )
    assert _texts(quotes) == ["for two days the dog had barked without stopping"]
    assert quotes[0].speaker == "Tom Reyes"


def test_according_to_before_a_date_adverbial(run: Run) -> None:
    quotes, _ = run("According to the fire service, in 2021 the station answered 900 calls.")
    assert _texts(quotes) == ["in 2021 the station answered 900 calls"]


def test_zero_that_finding_with_an_aside_and_a_second_conjunct(run: Run) -> None:
    quotes, _ = run(
        "The biologists suggested the moss, like the lichen, might slow the erosion, and the "
        "beetles were feeding on its roots."
    )
    assert _texts(quotes) == [
        "the moss, like the lichen, might slow the erosion, and the beetles were feeding on "
        "its roots"
    ]


def test_clause_subject_read_into_the_cues_adjunct(run: Run) -> None:
    quotes, _ = run(
        "The town council announced on Twitter the regional water board was to inspect the "
        "dam on Friday."
    )
    assert _texts(quotes) == ["the regional water board was to inspect the dam on Friday"]


def test_fronted_figure_reported_by_data(run: Run) -> None:
    quotes, _ = run(
        "On Sunday, the number of flu cases in the county passed ten thousand, state health "
        "department data indicated."
    )
    assert _texts(quotes) == [
        "On Sunday, the number of flu cases in the county passed ten thousand"
    ]


def test_speculated_without_that(run: Run) -> None:
    quotes, _ = run(
        "Health officials have speculated the infection came from a well near the school."
    )
    assert _texts(quotes) == ["the infection came from a well near the school"]


def test_object_with_a_contact_relative_clause_is_no_report(run: Run) -> None:
    quotes, _ = run("He wrote a song the choir had asked for in spring.")
    assert quotes == []


def test_cue_demoted_to_a_participle_before_an_expletive_clause(run: Run) -> None:
    quotes, _ = run(
        "The county's fire chief, Ana Gomez, announced on Facebook on Sunday there were "
        "no injuries."
    )
    assert _texts(quotes) == ["there were no injuries"]
    assert quotes[0].speaker == "Ana Gomez"


def test_cue_demoted_to_an_adjective_reports_the_main_clause(run: Run) -> None:
    quotes, _ = run(
        "Asked about the delays, Mayor Chen claimed bus journeys have been shorter since May."
    )
    assert _texts(quotes) == ["bus journeys have been shorter since May"]
    assert quotes[0].speaker == "Chen"


def test_passive_participle_with_an_agent_reports_nothing(run: Run) -> None:
    quotes, _ = run("The figures reported by the ministry show a sharp increase in burglaries.")
    assert quotes == []


def test_belief_without_that_is_reported(run: Run) -> None:
    quotes, _ = run("Investigators believe the blaze was started by a faulty heater.")
    assert _texts(quotes) == ["the blaze was started by a faulty heater"]


def test_fear_without_that_is_reported(run: Run) -> None:
    quotes, _ = run("Rescue teams fear more climbers are trapped below the ridge.")
    assert _texts(quotes) == ["more climbers are trapped below the ridge"]


def test_belief_asked_about_in_a_question_is_no_report(run: Run) -> None:
    quotes, _ = run("What would make voters believe the new bridge is safe?")
    assert quotes == []


def test_capitalised_tribute_before_a_cue_is_speech(run: Run) -> None:
    quotes, _ = run('"RIP Old Friend," tweeted the band\'s drummer after the funeral.')
    assert _texts(quotes) == ["RIP Old Friend"]


def test_song_title_inside_a_sentence_stays_a_title(run: Run) -> None:
    quotes, _ = run('The choir closed with "Abide With Me," the vicar said, and the bells rang.')
    assert all("Abide With Me" != q.text.rstrip(",") for q in quotes)


def test_as_someone_put_it_before_the_quotation(run: Run) -> None:
    quotes, _ = run('As her brother put it on Facebook, "She was the loudest laugh in the room."')
    assert _texts(quotes) == ["She was the loudest laugh in the room."]


def test_as_someone_put_it_after_a_short_quotation(run: Run) -> None:
    quotes, _ = run('"It was pure panic," as one passenger put it.')
    assert _texts(quotes) == ["It was pure panic"]


def test_putting_a_thing_somewhere_is_no_cue(run: Run) -> None:
    quotes, _ = run('She put "Handle With Care" stickers on every box.')
    assert quotes == []


def test_reported_question_through_a_modified_question_word(run: Run) -> None:
    quotes, _ = run("The airline declined to say how many flights would be cancelled.")
    assert quotes == []


def test_free_relative_is_still_a_statement(run: Run) -> None:
    quotes, _ = run("The farmer said what he wanted was a new well.")
    assert _texts(quotes) == ["what he wanted was a new well"]

