"""Bodies named only by what they do ('the unification ministry', 'the presidential
communication office'), a body's name that stops before a date ('the Department for Transport
in March'), and live-blog stamps and one-word names the tagger took for places.

Sentences written for Communique in the shapes of wire copy and live blogs.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

CASES = [
    # a lower-case remit before a body noun names a body of its own, as written ...
    (
        "Seoul was quiet on Tuesday. The unification ministry said it had taken note of the "
        "statement and would not comment.",
        "taken note",
        "unification ministry",
    ),
    (
        "Lawmakers met on Monday. The finance ministry estimated that the guarantee would cost "
        "about 15bn euros a year.",
        "15bn euros",
        "finance ministry",
    ),
    # ... to which 'the office' points back, not to another office named further down
    (
        "President Ana Reyes will fly to the coast on Monday, the presidential communication "
        "office said. She has told ministers to \"go to the field,\" the office said in a "
        "statement.\n\n"
        "Later, the United Nations Office for the Coordination of Humanitarian Affairs said "
        "teams were on their way.",
        "go to the field",
        "presidential communication office",
    ),
    # a named body still beats the description
    (
        "The Ministry of Health of Kenya issued figures on Monday. The health ministry said 40 "
        "people had died.",
        "40 people had died",
        "Ministry of Health of Kenya",
    ),
    # a team is people, not a body named by its remit
    (
        "Scientists met in Boston. According to the research team, half of all people are "
        "affected.",
        "half of all people",
        None,
    ),
    # an adjective says nothing of a remit: the government named later is the one meant
    (
        "Earlier this week, an official government Twitter account made the following "
        "announcement: \"Schools will close until further notice.\"\n\n"
        "The Fijian government declared a state of emergency last week.",
        "Schools will close",
        "Fijian government",
    ),
    # a journal named in a fronted phrase is no author: the unnamed team reports
    (
        "In findings published on Monday in the journal Nature Ecology, an international team "
        "of researchers report that early farmers herded wild geese.",
        "early farmers herded",
        None,
    ),
    # a date after a body named for a purpose is no seat
    (
        "The mayor said the authority had sent a full business case to the Department for "
        "Transport in March and had heard nothing.\n\n"
        "The Department for Transport said the scheme was \"under active consideration\".",
        "under active consideration",
        "Department for Transport",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_bodies_named_by_remit(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_live_blog_stamp_names_no_one_and_one_word_head_is_a_person(run: Run) -> None:
    # '18:40 WIB - Prabowo' was tagged one person, and 'Suharyanto' (apposed to 'The head
    # of ...') a place: the 'he' after him is Suharyanto, not the stamp
    text = (
        "18:40 WIB - Prabowo to visit Palu on Monday\n\n"
        "President Prabowo Subianto will fly to Palu on Monday morning, his office said.\n\n"
        "18:15 WIB - Death toll rises to 63\n\n"
        "The head of the National Disaster Management Agency (BNPB), Suharyanto, has just "
        "told a press conference in Jakarta that the number of confirmed dead has risen to "
        "63.\n\n"
        "\"Our priority in the next 48 hours is search and rescue,\" he said."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "search and rescue") == "Suharyanto"
    assert all("WIB" not in (q.speaker or "") for q in quotes)


UNNAMED_AFTER_PLACE = [
    (
        "Health officials said 41 people had died.\n\n"
        "At the General Hospital, Ondo, a nurse who spoke on condition of anonymity said the "
        "isolation ward was full.\n\n"
        "\"We are tired, but we are not giving up,\" she said.",
        ["isolation ward was full", "not giving up"],
    ),
    (
        "Massad Boulos said talks would resume in Doha.\n\n"
        "In Goma, a doctor at the city's main hospital, who asked not to be named because he "
        "was not authorised to speak to the media, said supplies of surgical kits had run out "
        "twice this month.\n\n"
        "\"We operate with what we have,\" he said.",
        ["surgical kits", "operate with what we have"],
    ),
]


@pytest.mark.parametrize(("text", "words"), UNNAMED_AFTER_PLACE)
def test_unnamed_source_after_a_fronted_place_speaks(
    run: Run, text: str, words: list[str]
) -> None:
    # the parse sets 'a nurse' in apposition to the place and leaves 'said' without a
    # subject: the unnamed nurse speaks, not the body or the person quoted before, and her
    # 'she said' after stays unnamed
    quotes, _ = run(text)
    assert [speaker_of(quotes, w) for w in words] == [None, None]
    # the unnamed source is found, not just missed: the cue's mention is the apposed noun
    first = next(q for q in quotes if words[0] in q.text)
    assert first.speaker_mention is not None and first.speaker_mention.startswith("a ")


NAMED_AFTER_PLACE = [
    # the name before its description speaks, not the description
    (
        "Police fired tear gas at marchers on Tuesday.\n\n"
        "At a matatu stage on Moi Avenue, Grace Wanjiku, a 52-year-old vegetable seller, said "
        "she had lost a day's earnings but supported the marchers.",
        "lost a day's earnings",
        "Grace Wanjiku",
    ),
    (
        "MANILA - Commodore Jay Tarriela has been the public face of the dispute for three "
        "years.\n\n"
        "In an interview at the Philippine Coast Guard's headquarters in Manila this week, "
        "Tarriela, the service's spokesperson for the West Philippine Sea, said publicising "
        "the incidents had changed how the world saw the dispute.",
        "publicising the incidents",
        "Jay Tarriela",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_AFTER_PLACE)
def test_named_source_after_a_fronted_place_speaks(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_street_named_first_in_its_language_is_no_speaker(run: Run) -> None:
    # 'Calle Cuauhtémoc' tagged a person: a street word opening the name makes it a place,
    # so the 'she' after it is never the street
    text = (
        "Acapulco's mayor, Abelina López Rodríguez, said crews had cleared 300 tonnes of "
        "rubble.\n\n"
        "On Calle Cuauhtémoc, Rosalba Díaz Hernández was sweeping water out of her grocery "
        "store. The shutters had held, she said, but the stock had not."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "shutters had held") != "Calle Cuauhtémoc"
