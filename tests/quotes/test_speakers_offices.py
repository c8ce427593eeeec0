"""Speakers named by an office, a dateline-led introduction and interview outros.

A reader files 'The Prime Minister said' under the prime minister, never under the deputy or
the defence minister named a paragraph later; a Q/A interview under the interviewee the
introduction names, even when a dateline opens it; and the writer's closing paragraph after
the last answer is no answer. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_title_with_another_remit_is_not_that_office_holder(run: Run) -> None:
    text = (
        "Hana Kovac opened the new bridge on Monday. The transport minister said the bridge "
        '"will cut the journey by an hour".\n\n'
        "Farm Minister Ivo Petric said the harvest would be late this year."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "cut the journey") == "Hana Kovac"


def test_the_prime_minister_is_not_the_deputy_named_last(run: Run) -> None:
    text = (
        "Lena Vos called an early election on Tuesday. The Prime Minister said voters "
        '"deserve a clear choice".\n\n'
        "Deputy Prime Minister Karel Dorn said the coalition had run its course."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "clear choice") == "Lena Vos"


def test_a_dateline_does_not_hide_the_interviewee(run: Run) -> None:
    text = (
        "PORTO NOVO - Amara Sessou has spent a decade running the port authority. "
        "She spoke to us at her office this week.\n\n"
        "Q: Why did exports fall this year?\n\n"
        "A: The dry season was long and the roads were closed for months.\n\n"
        "Q: Will they recover next year?\n\n"
        "A: They will, once the new rail link opens in the spring.\n\n"
        "After the interview, a port spokesman said the rail link was two months late."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "dry season was long") == "Amara Sessou"
    assert _speaker_of(quotes, "new rail link opens") == "Amara Sessou"
    outro = [q for q in quotes if "After the interview" in q.text]
    assert not outro, "the writer's closing paragraph is no answer"


def test_a_long_name_joined_by_particles_is_kept_whole(run: Run) -> None:
    text = (
        "Oman's Foreign Minister Sheikh Badr bin Hamad Al Busaidi said his country would host "
        "the next round of talks in March."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "host the next round") == "Badr bin Hamad Al Busaidi"


def test_a_surname_with_an_apostrophe_after_an_honorific(run: Run) -> None:
    text = (
        "The Principal Secretary for Trade, Amb. Wanjiru Ng'ang'a, who led the talks, said "
        "the two sides had agreed on a timetable.\n\n"
        '"Our farmers will be the first to gain," Amb. Ng\'ang\'a said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "first to gain") == "Wanjiru Ng'ang'a"


def test_the_party_label_of_the_person_in_focus_is_no_name(run: Run) -> None:
    text = (
        "Finance Minister Petra Lind defended the budget on Wednesday.\n\n"
        "Opening the debate, the Social Democrat told MPs that the deficit would fall next year."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "deficit would fall") == "Petra Lind"


def test_an_office_in_apposition_before_an_honoured_name_is_that_persons(run: Run) -> None:
    text = (
        "The talks were co-chaired by the Minister of Trade of the Republic of Malawi, H.E. "
        "Dr. Chikondi Banda.\n\n"
        '"Our farmers will reach the coast in two days," the Minister stated.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "reach the coast") == "Chikondi Banda"


def test_an_office_before_a_comma_and_an_honorific_is_the_role(run: Run) -> None:
    text = (
        "The meeting was chaired by the Senior Cabinet Secretary and Cabinet Secretary for "
        "Water, Hon. Wanjiku Otieno, and attended by county officials.\n\n"
        'Speaking at the ceremony, the Senior Cabinet Secretary said: "Every county will have '
        'a new dam by 2030."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "new dam") == "Wanjiku Otieno"
