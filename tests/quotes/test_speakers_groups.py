"""People who speak together, and unnamed groups, as speakers and as what 'they' means.

Two people named as one subject ('Ana Ruiz and Tom Berg found ...') are both the speaker; a
later 'they', 'the pair' or 'the two ministers' means them again. An unnamed group
('Researchers at the institute reported ...') is no named speaker, and the 'they' after it
is that group, not the institute. Bodies named together keep the first body, as our real gold's
annotators did. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run, speaker_of


def test_two_people_as_one_subject_speak_together(run: Run) -> None:
    quotes, _ = run(
        "Maria Lopez and David Chen found that the glacier had lost a fifth of its mass. "
        "They said the loss had doubled since 2010."
    )
    assert speaker_of(quotes, "glacier had lost") == "Maria Lopez and David Chen"
    assert speaker_of(quotes, "loss had doubled") == "Maria Lopez and David Chen"


def test_one_of_the_pair_named_alone_later_is_that_person(run: Run) -> None:
    quotes, _ = run(
        "Maria Lopez and David Chen found that the glacier had lost a fifth of its mass. "
        "Chen said he had not expected the figure."
    )
    assert speaker_of(quotes, "not expected") == "David Chen"


def test_the_couple_and_the_two_ministers_point_back_to_the_pair(run: Run) -> None:
    quotes, _ = run(
        "Foreign Minister Penny Wong and Defence Minister Richard Marles arrived in Manila "
        "on Tuesday. The two ministers said the visit would deepen cooperation.\n\n"
        "Mara and Joel Finch opened the bakery in 1998. The couple said that rents had "
        "tripled since then."
    )
    assert speaker_of(quotes, "deepen cooperation") == "Penny Wong and Richard Marles"
    assert speaker_of(quotes, "rents had tripled") == "Mara and Joel Finch"


def test_two_unnamed_officials_are_not_the_pair_named_before(run: Run) -> None:
    quotes, _ = run(
        "Foreign Minister Penny Wong and Defence Minister Richard Marles arrived in Manila. "
        "Two officials said the talks had gone well."
    )
    assert speaker_of(quotes, "talks had gone well") is None


def test_they_after_unnamed_researchers_is_not_their_university(run: Run) -> None:
    quotes, _ = run(
        "Researchers from the University of Tartu reported that the lakes were warming. "
        "They found that the fish had moved north."
    )
    assert speaker_of(quotes, "lakes were warming") is None
    assert speaker_of(quotes, "fish had moved") is None


def test_they_after_a_body_spoke_since_is_the_body(run: Run) -> None:
    quotes, _ = run(
        "Researchers from the University of Tartu reported that the lakes were warming. "
        "The Estonian Environment Agency said it would review the data. "
        "They added that a report was due in May."
    )
    assert speaker_of(quotes, "report was due") == "Estonian Environment Agency"


def test_bodies_named_together_keep_the_first(run: Run) -> None:
    quotes, _ = run(
        "The Interior Ministry and the National Police said that the border would reopen "
        "on Friday."
    )
    assert speaker_of(quotes, "border would reopen") == "Interior Ministry"


def test_two_people_in_an_apposition_speak_together(run: Run) -> None:
    quotes, _ = run(
        "The study's authors, Maria Lopez and David Chen, found that the glacier had lost "
        "mass."
    )
    assert speaker_of(quotes, "glacier had lost") == "Maria Lopez and David Chen"
