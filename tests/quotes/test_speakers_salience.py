"""Pronouns follow grammatical salience, not the last name mentioned.

'She said' after 'Presiding Judge X cut off the defendant Y' is the judge: the subject of the
sentence before beats a person named as its object. The speaker of a reported clause beats a
person named inside it, and a newly introduced speaker whose given name no table knows is
still a candidate. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_the_subject_before_beats_the_object_for_she(run: Run) -> None:
    text = (
        "Presiding Judge Kim Soo-ah warned the defendant Choi twice. At the end of the "
        "hearing she said the ruling would come in June."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "ruling would come") == "Kim Soo-ah"


def test_the_speaker_beats_a_woman_named_inside_her_clause(run: Run) -> None:
    text = (
        "Lucia Ferraz, a historian, said Mendes's victory did not mean her opponents had "
        'given up. "They are only regrouping," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "only regrouping") == "Lucia Ferraz"


def test_a_new_speaker_of_unknown_gender_beats_an_older_known_one(run: Run) -> None:
    text = (
        "Governor Helen Marsh toured the flooded valley on Tuesday. Obiageli Nwosu, a "
        'teacher in the valley, said the school had lost its roof. "We teach in a tent '
        'now," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "teach in a tent") == "Obiageli Nwosu"


def test_a_new_person_tagged_as_a_body_still_takes_the_pronoun(run: Run) -> None:
    text = (
        'Governor Ruth Allen said the levees had held. "We were lucky," she said.\n\n'
        "Nkechi Adeyemi, who runs a shelter in the valley, was less sure. "
        '"We lost everything," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "lost everything") == "Nkechi Adeyemi"
