"""Which person or body a speaker mention resolves to (brief QT, session 6).

Users file each quotation under the one who said it. An unnamed spokesperson introduced with
'a' is a person the article withholds, not the body; an ordinary person the paragraph opens
with is the 'she' of the quote that follows, even after an official quoted before. Sentences
written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_an_indefinite_spokesperson_is_unnamed_not_the_body(run: Run) -> None:
    text = (
        "A Treasury spokeswoman said the scheme would close in April. A spokesman for the "
        "Ministry of Transport said the new timetable was ready."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "scheme would close") is None
    assert _speaker_of(quotes, "timetable was ready") is None


def test_the_body_itself_and_a_named_spokesperson_still_resolve(run: Run) -> None:
    text = (
        "The Ministry of Transport said the new timetable was ready. A spokeswoman, Mira "
        "Kovac, said trains would run every ten minutes."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "timetable was ready") == "Ministry of Transport"
    assert _speaker_of(quotes, "every ten minutes") == "Mira Kovac"


def test_a_given_name_described_as_a_person_is_the_he_that_follows(run: Run) -> None:
    text = (
        'Energy Minister Olek Bondar promised higher wages. "Pay will rise," he said.\n\n'
        'Taras, a 40-year-old miner, shrugged. "Nobody believes it," he said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "Pay will rise") == "Olek Bondar"
    assert _speaker_of(quotes, "Nobody believes it") == "Taras"


def test_a_place_described_as_a_place_is_no_person(run: Run) -> None:
    text = (
        'Mayor Ivan Petrov opened the bridge. "It is a great day," he said.\n\n'
        'Kharkiv, a city of 1.4 million, was quiet. "We are tired," he said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "We are tired") == "Ivan Petrov"


def test_a_woman_named_in_what_the_speaker_reported_does_not_take_her_she(run: Run) -> None:
    text = (
        "Voters gave Keiko Sato a clear lead in the first round on Sunday. She thanked them "
        "in a speech.\n\n"
        "Marta Quispe, a historian at the National University, said Sato's strong showing "
        "in the capital and in the northern provinces did not mean that the resistance to "
        "her, the large share of voters in the south who say they would never vote for her "
        "under any circumstances, had gone away. "
        '"She has lost three runoffs before. The first round was never her problem," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "lost three runoffs") == "Marta Quispe"


def test_the_holder_of_a_title_with_of_is_the_he_that_follows(run: Run) -> None:
    text = (
        'Union leader Jorge Sala said the strike would go ahead. "We will not back down," '
        "Sala said.\n\n"
        "Minister of Labour Daniel Moreno dismissed the strike call on Thursday afternoon. "
        '"They strike every month," he told reporters.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "strike every month") == "Daniel Moreno"


def test_initials_of_a_title_stand_for_its_holder(run: Run) -> None:
    text = (
        "External Affairs Minister Ravi Menon visited Riyadh on Monday. In his opening "
        'remarks, EAM said ties had grown. "Our task is to deliver," EAM said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "ties had grown") == "Ravi Menon"
    assert _speaker_of(quotes, "Our task is to deliver") == "Ravi Menon"


def test_a_portfolio_no_one_else_holds_renames_the_untitled_speaker(run: Run) -> None:
    text = (
        "Yvette Cooper has told MPs that the UK will press for a tougher arms embargo. "
        '"We cannot look away," Cooper said.\n\n'
        "Sir Alan Reid, the former party leader, asked about sanctions. The foreign "
        "secretary said that was a matter for the courts.\n\n"
        "The shadow foreign secretary, Priti Patel, welcomed the funding."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "matter for the courts") == "Yvette Cooper"


def test_a_noun_remit_still_needs_the_person_just_before(run: Run) -> None:
    text = (
        "Luis Ortega spent the day in the north. The mayor met farmers on Sunday.\n\n"
        "The campaign manager said the polls were close."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "polls were close") is None


def test_the_role_noun_re_names_the_holder_not_a_party_label(run: Run) -> None:
    text = (
        "Conservative MP Darren Hale was filmed offering to table questions for a fake firm. "
        '"I know how this place works," he says.\n\n'
        "Later in the meeting, the MP, who sits on the Treasury committee, suggests the firm "
        "could pay him through his brother."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "pay him through his brother") == "Darren Hale"


def test_a_body_merely_mentioned_before_a_document_did_not_issue_it(run: Run) -> None:
    text = (
        "Four tribes sued the state over the new ballot law on Monday. The Postal Service "
        "does not deliver mail to most homes on the reservations. The complaint notes that "
        "many residents have no car to reach a polling station."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "many residents have no car") is None


def test_a_document_after_a_body_that_spoke_is_that_body_s(run: Run) -> None:
    text = (
        "The Harbour Authority said on Monday that the port would close for repairs. "
        "Dock workers gathered at the gate. The notice said ships would be sent to Tema."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "ships would be sent") == "Harbour Authority"


def test_a_body_s_officer_named_after_of_is_the_she_that_follows(run: Run) -> None:
    text = (
        "Law Society of Ghana president Ama Owusu said the society would go to court on "
        "Friday. Lawyers, she said, had been turned away from three police stations."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "turned away") == "Ama Owusu"


def test_the_city_speaks_for_the_city_named_before(run: Run) -> None:
    text = (
        "The city of Springfield filed an appeal on Monday. The city said it would not pay "
        "the fine."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "not pay the fine") == "Springfield"


def test_what_a_participle_finds_is_never_its_speaker(run: Run) -> None:
    text = (
        "An Air Force Reserve survey flight reported on Tuesday that pressure had risen "
        "sharply, finding the storm no longer qualified as a hurricane."
    )
    quotes, _ = run(text)
    assert quotes
    for quote in quotes:
        assert quote.speaker_mention not in ("pressure", "the storm")


def test_a_reporter_keeps_the_participle_after_a_reported_clause(run: Run) -> None:
    text = (
        "Finance Minister Lena Ortiz said on Monday that inflation had fallen to three "
        "percent, adding that rates could be cut in the spring."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "rates could be cut") == "Lena Ortiz"


def test_a_body_named_before_its_description_is_named_alone(run: Run) -> None:
    text = "The VDA auto industry association said sales fell by 5 percent in May."
    quotes, _ = run(text)
    assert _speaker_of(quotes, "sales fell") == "VDA"
