"""Definite titles and headline titles: which named holder a title points to.

A reader takes 'the spokeswoman said' as the spokesperson already quoted, not one the article
names later; a headline or live-blog entry title ('PM: ...', 'UN chief: ...') as the person
the entry below it names. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_gendered_title_points_back_to_the_spokesperson_already_named(run: Run) -> None:
    text = (
        "Council spokesperson Lotte Brink said the new fishing quotas were ready. The "
        "spokeswoman said ministers would vote on them next week.\n\n"
        "In Oslo, Fisheries Ministry spokeswoman Ingrid Dahl said the quotas were too low."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "vote on them next week") == "Lotte Brink"
    assert _speaker_of(quotes, "quotas were too low") == "Ingrid Dahl"


def test_chair_and_chairman_are_one_office(run: Run) -> None:
    text = (
        "Committee chair Anja Holt opened the hearing on Monday. "
        "The chairwoman said the inquiry would last a full year."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "last a full year") == "Anja Holt"


def test_an_abbreviated_title_in_a_headline_finds_the_holder_below(run: Run) -> None:
    text = (
        "Maltese PM says the port will reopen\n\n"
        "Maltese Prime Minister Karl Azzopardi said on Monday that ferries would sail again "
        "by the weekend."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "port will reopen") == "Karl Azzopardi"


def test_a_body_chief_in_an_entry_title_is_the_head_the_entry_names(run: Run) -> None:
    text = (
        'WHO chief: "Vaccines are not reaching the camps"\n\n'
        "WHO Director-General Tedros Adhanom Ghebreyesus told reporters in Geneva that "
        "convoys had been turned back twice."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "not reaching the camps") == "Tedros Adhanom Ghebreyesus"


def test_figures_from_a_named_body_are_that_body_speaking(run: Run) -> None:
    text = (
        "Unemployment fell to 6 percent in March, according to figures from the Central "
        "Bank of Uganda."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "Unemployment fell") == "Central Bank of Uganda"


def test_a_timestamp_or_bullet_is_no_part_of_an_entry_title_speaker(run: Run) -> None:
    for lead in ("11:40 \u2014 ", "\u2022 "):
        text = (
            f'{lead}Varga: "We will not sign this budget"\n\n'
            "Hungarian Finance Minister Mihaly Varga told reporters in Budapest that the "
            "budget was unfair to farmers."
        )
        quotes, _ = run(text)
        assert _speaker_of(quotes, "not sign this budget") == "Mihaly Varga"


def test_a_dateline_dash_is_no_part_of_the_speaker_mention(run: Run) -> None:
    text = (
        "RIGA \u2014 Latvia's prime minister Evika Silina told parliament on Thursday that "
        "the new border fence would be finished by summer."
    )
    quotes, _ = run(text)
    found = [q for q in quotes if "border fence" in q.text]
    assert found and found[0].speaker == "Evika Silina"
    assert "\u2014" not in (found[0].speaker_mention or "")
    assert "RIGA" not in (found[0].speaker_mention or "")


def test_a_fronted_place_is_no_part_of_the_speaker(run: Run) -> None:
    text = (
        "At the Chaman crossing, Abdul Wali Kakar, a customs agent, told AFP that hundreds "
        'of lorries were stranded. "Nobody tells us when it will open," he said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "lorries were stranded") == "Abdul Wali Kakar"
    assert _speaker_of(quotes, "Nobody tells us") == "Abdul Wali Kakar"
