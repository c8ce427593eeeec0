"""Speakers of session 23: subjects the parse misplaced around the cue, the one a question is
put to, given names the tagger took for places or bodies, surnames ending in '-s', titles
whose relative clause names someone else, colon quotes after a verdict or a message, phrasal
cues, documents named by their issuer, and quotations in another language.

'..., Bayo Onanuga, said the Labour Congress had ...' is Onanuga's; 'In a statement carried by
the news agency Wam, Sheikh Abdullah bin Zayed, ..., said' is the sheikh's; 'Rabat, 26/11/2026
(MAP) - Minister ..., Nasser Bourita, said' is Bourita's; 'Reporters asked Youssouf whether
... He said' is Youssouf's; 'The governor, who was nominated by President Lula, said' is the
governor's. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run, quote_holding, texts
from .helpers import speaker_of as _speaker_of


def test_a_clause_subject_the_parse_hung_on_the_cue_does_not_speak(run: Run) -> None:
    quotes, _ = run(
        "In a statement in Abuja, the Special Adviser to the President on Information and "
        "Strategy, Bayo Onanuga, said the Nigeria Labour Congress (NLC) had \"chosen "
        'confrontation over conversation" by issuing a seven-day ultimatum.'
    )
    assert _speaker_of(quotes, "chosen confrontation") == "Bayo Onanuga"


def test_an_inverted_subject_still_speaks(run: Run) -> None:
    quotes, _ = run('"We will not be moved on this," said the Labour Congress president.')
    assert quote_holding(quotes, "We will not be moved").speaker_mention == (
        "the Labour Congress president"
    )


def test_the_outlet_that_carried_a_statement_does_not_speak(run: Run) -> None:
    quotes, _ = run(
        "In a statement carried by the state news agency Wam, Sheikh Abdullah bin Zayed, "
        "Minister of Foreign Affairs, said the UAE \u201cstands firmly\u201d with efforts "
        "to keep the Red Sea open to shipping."
    )
    assert _speaker_of(quotes, "stands firmly") == "Abdullah bin Zayed"


def test_a_wire_dateline_with_a_date_in_figures(run: Run) -> None:
    quotes, _ = run(
        "Rabat, 26/11/2026 (MAP) - Minister of Foreign Affairs, African Cooperation and "
        "Moroccan Expatriates, Nasser Bourita, said Thursday in Rabat that the Process of "
        "African Atlantic States has moved \u00abfrom the stage of vision to the stage of "
        "projects\u00bb."
    )
    assert _speaker_of(quotes, "stage of vision") == "Nasser Bourita"


def test_the_one_a_question_is_put_to_answers_it(run: Run) -> None:
    quotes, _ = run(
        "The chairperson of the commission, Mahmoud Ali Youssouf, said the council would meet "
        "again on Friday.\n\n"
        'Sudan\'s Prime Minister Kamil Idris said the government would "study the proposal '
        'seriously."\n\n'
        "Reporters asked Youssouf whether the AU would consider sanctions against commanders. "
        'He said all options "remain on the table," adding that the priority was to "silence '
        'the guns first."'
    )
    assert _speaker_of(quotes, "remain on the table") == "Mahmoud Ali Youssouf"
    assert _speaker_of(quotes, "silence the guns") == "Mahmoud Ali Youssouf"


def test_a_comma_inside_the_closing_mark_ends_the_first_statement(run: Run) -> None:
    quotes, _ = run(
        'Tom Reed said all options "remain on the table," adding that the priority was to '
        '"silence the guns first."'
    )
    assert texts(quotes) == [
        'all options "remain on the table,"',
        'the priority was to "silence the guns first."',
    ]


def test_a_profile_calls_its_subject_by_the_given_name(run: Run) -> None:
    quotes, _ = run(
        'Tigist Alemu, 34, runs the charging programme at the utility. "We went where the '
        'cars were," she says.\n\n'
        "At home in Gerji, Tigist's mother, W/ro Almaz Bekele, keeps a shoebox of radio parts "
        "on top of the wardrobe.\n\n"
        '"She used to take apart our radio every Sunday," Almaz says. "She never put it back '
        'together the same way."\n\n'
        "What does Tigist tell young women thinking about engineering? She laughs, then turns "
        "serious.\n\n"
        '"Ethiopia does not have oil. It has rivers, sun and young engineers. That is enough."'
    )
    assert _speaker_of(quotes, "Ethiopia does not have oil") == "Tigist Alemu"


def test_a_given_name_tagged_a_place_stays_in_the_name(run: Run) -> None:
    quotes, _ = run(
        "QUIBD\u00d3, Colombia \u2014 Yesenia Mosquera Palacios keeps a jar of river water on "
        "her desk in the Senate.\n\n"
        '"People in Bogot\u00e1 look at it and think it is dirty," she says.'
    )
    assert _speaker_of(quotes, "look at it") == "Yesenia Mosquera Palacios"


def test_a_surname_ending_in_s_after_a_given_name(run: Run) -> None:
    quotes, _ = run(
        "Colombia\u2019s chief negotiator, Natalia Cifuentes, said her delegation would table "
        "a proposal before the end of the week.\n\n"
        "Asked by UN News about the Barbadian leader\u2019s speech, she said she agreed "
        "\u201cwith every word\u201d.\n\n"
        "\u201cColombia will not trade its forests for promises on paper,\u201d Cifuentes told "
        "UN News."
    )
    assert _speaker_of(quotes, "with every word") == "Natalia Cifuentes"
    assert _speaker_of(quotes, "will not trade its forests") == "Natalia Cifuentes"


def test_a_long_title_whose_holder_the_parse_made_a_conjunct(run: Run) -> None:
    quotes, _ = run(
        "\u00abToday MERCOSUR has shown that it can discuss its differences\u00bb, said the "
        "Minister of Foreign Affairs of Uruguay, Mario Lubetkin, who chaired the meeting.\n\n"
        "The Minister of Foreign Affairs, International Trade and Worship of the Argentine "
        "Republic, Pablo Quirno, welcomed the agreement. \u00abArgentina came to Montevideo "
        "with a clear proposal and leaves with a path forward\u00bb, he said.\n\n"
        "\u00abWe respect Decision 32/00 because it exists. But rules are written by "
        "people\u00bb, the Argentine minister added."
    )
    assert _speaker_of(quotes, "Argentina came to Montevideo") == "Pablo Quirno"
    assert _speaker_of(quotes, "We respect Decision") == "Pablo Quirno"


def test_a_person_named_in_the_titles_relative_clause_is_someone_else(run: Run) -> None:
    quotes, _ = run(
        "BRAS\u00cdLIA \u2013 Central Bank Governor Gabriel Gal\u00edpolo warned lawmakers on "
        "Tuesday that a bill could undo two years of falling inflation.\n\n"
        "The governor, who was nominated by President Luiz In\u00e1cio Lula da Silva and took "
        "office in January 2025, said the Monetary Policy Committee (Copom) would \u2018not "
        "hesitate\u2019 to act if inflation expectations drifted."
    )
    assert _speaker_of(quotes, "not hesitate") == "Gabriel Gal\u00edpolo"


def test_a_verdict_on_the_speaker_before_a_colon(run: Run) -> None:
    quotes, _ = run(
        'Lucia Ferrante, chief economist at Pampa Macro, said markets had "priced in" a '
        "waiver.\n\n"
        "At his regular press conference at the Casa Rosada, Cabinet Chief Manuel Adorni was "
        'categorical: "There is no plan B because plan A is working."\n\n'
        'He had a simple message for the unions: "Come back to the table."'
    )
    assert _speaker_of(quotes, "no plan B") == "Manuel Adorni"
    assert _speaker_of(quotes, "Come back to the table") == "Manuel Adorni"


def test_a_phrasal_cue_after_a_question(run: Run) -> None:
    quotes, _ = run(
        "China Coast Guard spokesman Liu Dejun said the operation was \u201cprofessional.\u201d"
        "\n\n\u201cProfessional daw? Tatlong sugatan, professional?\u201d Tarriela shot back "
        "when asked about the Chinese statement."
    )
    assert _speaker_of(quotes, "Professional daw") == "Tarriela"


def test_a_title_in_marks_is_still_no_quotation(run: Run) -> None:
    quotes, _ = run(
        'The report, titled "Democracy Under Pressure," was presented to the council by the '
        'mission chief, who said the votes had been "free and competitive".'
    )
    assert all("Democracy Under Pressure" not in q.text for q in quotes)


def test_a_quotation_in_another_language_fills_its_paragraph(run: Run) -> None:
    quotes, _ = run(
        "Rodel Abrenica, a fisherman, said he would sail again. \u201cWe will go back,\u201d "
        "he said.\n\n"
        "\u201cAtin \u2019yan. Hindi nila kami mapapaalis.\u201d"
    )
    assert quote_holding(quotes, "Hindi nila kami").floating


def test_a_document_is_its_issuers_through_later_citations(run: Run) -> None:
    quotes, _ = run(
        "Chinese Foreign Minister Wang Yi met National Security Adviser Ajit Doval in Beijing "
        "on Monday.\n\n"
        "According to a readout issued by the Chinese Foreign Ministry, Wang told Doval that "
        'China and India should "meet each other halfway".\n\n'
        '"Two ancient civilisations have the wisdom to manage their differences," Wang said, '
        "according to the readout.\n\n"
        "The Chinese readout said the two sides also agreed to hold the next round of talks "
        "in India in 2027."
    )
    assert _speaker_of(quotes, "next round of talks") == "Chinese Foreign Ministry"
    assert _speaker_of(quotes, "Two ancient civilisations") == "Wang Yi"


def test_a_cue_that_opens_marks_is_no_aside(run: Run) -> None:
    quotes, _ = run(
        'In the video broadcast of the speech, Lam said, "any acts that advocate '
        "independence and threaten the country\u2019s sovereignty, security and development "
        'interests will not be tolerated."'
    )
    assert texts(quotes)[0].startswith("any acts that advocate")


def test_a_body_set_off_before_a_closing_cue(run: Run) -> None:
    quotes, _ = run(
        "Sudan's war has killed tens of thousands of people. More than 260,000 people remain "
        "in and around El Fasher, many without regular access to food or clean water, the UN's "
        "humanitarian office, OCHA, said last week.\n\n"
        "Several rounds of talks have failed to produce a lasting ceasefire."
    )
    assert _speaker_of(quotes, "260,000 people remain") == "OCHA"


def test_the_academic_re_names_the_professor(run: Run) -> None:
    quotes, _ = run(
        "In a statement to MAP, Youssef Ait Lahcen, a professor of international relations at "
        'Mohammed V University in Rabat, said the initiative had gained "real traction" among '
        "Sahel and coastal states alike.\n\n"
        "\u00abThree years ago, people asked whether this was a slogan. Today they are asking "
        "about financing\u00bb, the academic said."
    )
    q = quote_holding(quotes, "Three years ago")
    assert (q.speaker, q.speaker_mention) == ("Youssef Ait Lahcen", "the academic")


def test_a_senator_asks_and_the_witness_replies(run: Run) -> None:
    quotes, _ = run(
        "Sen. Risa Hontiveros, who presided over the hearing, says the committee will "
        "recommend charges.\n\n"
        "Sen. Erwin Tulfo asks contractor Jocelyn Sarmiento, owner of JLS Builders, if she "
        "ever visited the project sites.\n\n"
        '"Not personally, your honor. My engineers handled that," she replies.'
    )
    assert _speaker_of(quotes, "Not personally") == "Jocelyn Sarmiento"
