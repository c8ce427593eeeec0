"""People who speak together, and unnamed groups, as speakers and as what 'they' means.

Two people named as one subject ('Ana Ruiz and Tom Berg found ...') are both the speaker; a
later 'they', 'the pair' or 'the two ministers' means them again. An unnamed group
('Researchers at the institute reported ...') is no named speaker, and the 'they' after it
is that group, not the institute. Bodies named together keep the first body, as our real gold's
annotators did. Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

PAIR = "Maria Lopez and David Chen found that the glacier had lost a fifth of its mass. "
MINISTERS = "Foreign Minister Penny Wong and Defence Minister Richard Marles arrived in Manila"
RESEARCHERS = "Researchers from the University of Tartu reported that the lakes were warming. "

# (text, [(words of a quotation, the speaker a reader gives it), ...])
CASES = [
    pytest.param(
        PAIR + "They said the loss had doubled since 2010.",
        [
            ("glacier had lost", "Maria Lopez and David Chen"),
            ("loss had doubled", "Maria Lopez and David Chen"),
        ],
        id="two_people_as_one_subject_speak_together",
    ),
    pytest.param(
        PAIR + "Chen said he had not expected the figure.",
        [("not expected", "David Chen")],
        id="one_of_the_pair_named_alone_later_is_that_person",
    ),
    pytest.param(
        MINISTERS + " on Tuesday. The two ministers said the visit would deepen cooperation."
        "\n\nMara and Joel Finch opened the bakery in 1998. The couple said that rents had "
        "tripled since then.",
        [
            ("deepen cooperation", "Penny Wong and Richard Marles"),
            ("rents had tripled", "Mara and Joel Finch"),
        ],
        id="the_couple_and_the_two_ministers_point_back_to_the_pair",
    ),
    pytest.param(
        MINISTERS + ". Two officials said the talks had gone well.",
        [("talks had gone well", None)],
        id="two_unnamed_officials_are_not_the_pair_named_before",
    ),
    pytest.param(
        RESEARCHERS + "They found that the fish had moved north.",
        [("lakes were warming", None), ("fish had moved", None)],
        id="they_after_unnamed_researchers_is_not_their_university",
    ),
    pytest.param(
        RESEARCHERS + "The Estonian Environment Agency said it would review the data. "
        "They added that a report was due in May.",
        [("report was due", "Estonian Environment Agency")],
        id="they_after_a_body_spoke_since_is_the_body",
    ),
    pytest.param(
        "The Interior Ministry and the National Police said that the border would reopen "
        "on Friday.",
        [("border would reopen", "Interior Ministry")],
        id="bodies_named_together_keep_the_first",
    ),
    pytest.param(
        "The study's authors, Maria Lopez and David Chen, found that the glacier had lost mass.",
        [("glacier had lost", "Maria Lopez and David Chen")],
        id="two_people_in_an_apposition_speak_together",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_groups_and_pairs(run: Run, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes, _ = run(text)
    assert [(words, speaker_of(quotes, words)) for words, _ in expected] == expected
