"""Documents speak for their authors; cue-less quotes inside a sentence speak for its subject.

A user reading 'The statement said ...' wants the body that issued the statement, not the
word 'statement' nor the last person named. Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run


def _speaker_of(run: Run, text: str, fragment: str) -> str | None:
    quotes, _ = run(text)
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quotation holding {fragment!r}"
    return found[0].speaker


def test_possessive_pronoun_document_points_back_to_its_issuer(run: Run) -> None:
    text = (
        "Two fishermen, Tom Harlow and Ben Carver, took the case to court in March. "
        "The government of Tuvalu issued a statement on Monday rejecting the claim. "
        'Their statement also read "no foreign court can decide who fishes in our waters."'
    )
    assert _speaker_of(run, text, "no foreign court") == "government of Tuvalu"


def test_definite_document_takes_the_issuer_of_its_antecedent(run: Run) -> None:
    text = (
        "The Norwegian Refugee Council said in a statement on Friday that aid convoys had "
        "been stopped twice. Farmers in the valley have planted nothing this year. "
        "The statement said more than 4,000 families were without food."
    )
    assert _speaker_of(run, text, "4,000 families") == "Norwegian Refugee Council"


def test_body_named_in_front_of_a_document_is_its_author(run: Run) -> None:
    text = (
        "According to a June 2, 2021 NATO press release, Estonia spent 2.3% of its GDP "
        "on defence in 2020."
    )
    assert _speaker_of(run, text, "Estonia spent") == "NATO"


def test_part_of_a_document_speaks_for_the_document(run: Run) -> None:
    text = (
        "Judge Alan Pettifer ruled against the city on Tuesday. "
        "Part of Pettifer's ruling reads \"a city cannot fine people for sleeping when it "
        'offers them nowhere else to sleep."'
    )
    assert _speaker_of(run, text, "nowhere else to sleep") == "Alan Pettifer"


def test_quote_continuing_a_sentence_speaks_for_the_sentence_subject(run: Run) -> None:
    text = (
        "Two residents, Pale Moana and John Fetu, sued the territory last year. "
        "The government of Tuvalu issued a statement backing the appeal court: \"our people "
        'must decide this question through their own elected representatives."'
    )
    assert _speaker_of(run, text, "our people must decide") == "government of Tuvalu"


def test_outlet_keeps_the_fuller_name_the_article_gives(run: Run) -> None:
    text = "The plan would cost around $4 billion a year, according to NBC News."
    assert _speaker_of(run, text, "$4 billion") == "NBC News"


def test_short_body_name_joins_the_full_name_given_first(run: Run) -> None:
    text = (
        "The United States Department of Labor said on Monday it would review the rule. "
        "On Thursday the Labor Department said the review had found no problems."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["United States Department of Labor"] * 2


def test_named_holder_closing_a_long_title_speaks(run: Run) -> None:
    text = (
        "Two farmers, Ana Pereira and Luis Gomes, sued the county in May. "
        "The Guamanian delegate to the U.S. House of Representatives, Mary Tenorio, told "
        'the press: "the decision is unwelcome and it will be appealed."'
    )
    assert _speaker_of(run, text, "will be appealed") == "Mary Tenorio"


def test_bare_court_is_the_one_court_the_article_named(run: Run) -> None:
    text = (
        "On Monday, the Supreme Court of Nevada issued a ruling on the ballot dispute. "
        "In its opinion, the Court said the count must start again in every county."
    )
    assert _speaker_of(run, text, "count must start again") == "Supreme Court of Nevada"


def test_two_coordinated_bodies_credit_the_first(run: Run) -> None:
    text = (
        "On Friday, the National Farmers Union of Kansas and Rural Water Defense Fund filed "
        "a lawsuit against the state, saying the new permits would drain the aquifer."
    )
    assert _speaker_of(run, text, "drain the aquifer") == "National Farmers Union of Kansas"


def test_named_force_is_found_again_by_its_bare_noun(run: Run) -> None:
    text = (
        "Essex police said the van had been stolen in Leeds. "
        "The driver left the country, police revealed on Saturday. "
        "The county's Police and Crime Commissioner, Alan Webb, was briefed."
    )
    quotes, _ = run(text)
    speakers = [q.speaker for q in quotes if "stolen" in q.text or "left the country" in q.text]
    assert speakers == ["Essex police", "Essex police"]


@pytest.mark.parametrize(
    ("text", "fragment", "owner"),
    [
        (
            "The actress Mary Stone died on Sunday aged 90. "
            "Her autobiography says she never wanted to act.",
            "never wanted to act",
            "Mary Stone",
        ),
        (
            "The novelist Tom Hale died in May at his home in Kent. "
            "His memoirs say the war changed him for ever.",
            "the war changed him",
            "Tom Hale",
        ),
    ],
)
def test_a_persons_own_book_speaks_for_its_owner(
    run: Run, text: str, fragment: str, owner: str
) -> None:
    assert _speaker_of(run, text, fragment) == owner
