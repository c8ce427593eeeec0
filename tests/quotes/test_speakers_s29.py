"""Speakers of session 29: names, outlets and clauses from round 59's file P (blind last
session, now a development set) and round 60's S and T.

An acronym the article never defines spells a body it named in full ('the USGS' after 'the US
Geological Survey'); a nickname in marks after a name ('X, the "Black Panther"') is no one new;
a dateline's agency ('(APP): Pakistan accused ...') is no part of the subject after it;
'According to Reuters, officials met ...' with the source hung on the clause still has Reuters
as its source, and 'according to the news site Detik' has Detik; 'told the state-run X (BSS)
that ...' reports its clause; a body's own full name stands without its country ("India's
Ministry of External Affairs" is the ministry); '"A," said X, the lead, "B."' is X's twice;
'The National newspaper reported' names the paper, and 'the newspaper' later points back to
it; "Women's" inside a name is no owner; 'Agence française de développement (AFD)' is one
body; a title before a name the tagger made a body ('Datuk X') is a person for 'he'; a names
list in page furniture gives no longer name; 'says the text agreed by ministers will now
undergo ...' is one clause; 'tells reporters Australia "..."' reports its clause; a colon
opening a full quotation ends the reported clause before it, and the quotation is the same
speaker's; an EFE dateline's '.-' is split off; a given name tagged a place opens the name
after it; 'of the group X' makes X a body; 'the centre' finds a 'Center'; 'Shell Trinidad and
Tobago Ltd' keeps its 'and'; '... and that B' with 'that' tagged a complementiser is a second
statement; 'issued a statement expressing "..."' is the issuer's; 'The office of X' and "X's
press service" speak for X; an untagged name going on with 'of' or 'for' is one body, and a
court keeps its circuit; a code in capitals opens a body's name ('U.S. Forces Korea'); and an
outlet written in capitals in full keeps that form. Sentences written for Communique; the
bodies are real, the people invented.
"""

from __future__ import annotations

from spacy.language import Language

from communique.clean.page_chrome import chrome_lines
from communique.quotes import extract_quotes

from .helpers import Run, quote_holding
from .helpers import speaker_of as _speaker_of


def test_an_undefined_acronym_spells_the_body_named_in_full(run: Run) -> None:
    quotes, _ = run(
        "Tremors were felt across the valley, according to the US Geological Survey.\n\n"
        "The first shock came at a depth of 12km, the USGS said."
    )
    assert _speaker_of(quotes, "The first shock came") == "US Geological Survey"


def test_a_nickname_in_marks_after_a_name_is_no_one_new(run: Run) -> None:
    for opening, closing in (('"', '"'), ("'", "'")):
        quotes, _ = run(
            "The stadium emptied slowly after the final whistle.\n\n"
            f"Veteran striker Kwame Boateng, the {opening}Desert Hawk{closing}, was delighted. "
            '"I waited ten years for this night," he said.'
        )
        assert _speaker_of(quotes, "I waited ten years") == "Kwame Boateng", opening


def test_a_dateline_agency_before_a_colon_is_no_part_of_the_subject(run: Run) -> None:
    quotes, _ = run(
        "ISLAMABAD, Nov 9 (APP): Pakistan on Monday accused border forces of opening "
        '"unprovoked fire" on a post overnight.'
    )
    assert _speaker_of(quotes, "unprovoked fire") == "Pakistan"


def test_according_to_a_name_the_parse_hung_on_the_subject(run: Run) -> None:
    quotes, _ = run(
        "According to Reuters, Indian and Chinese officials met in Delhi on Tuesday.\n\n"
        "According to Dawn, Afghan and Pakistani commanders held a flag meeting at Chaman."
    )
    assert quote_holding(quotes, "Indian and Chinese officials met").speaker == "Reuters"
    held = quote_holding(quotes, "commanders held a flag meeting")
    assert held.speaker == "Dawn"
    assert held.text.startswith("Afghan and Pakistani")


def test_according_to_a_described_outlet_is_the_outlet(run: Run) -> None:
    quotes, _ = run(
        "Police spokesman Made Artana told local media the men had been released.\n\n"
        "According to the Indonesian news site Detik, the men could be deported next week."
    )
    assert _speaker_of(quotes, "could be deported") == "Detik"


def test_told_a_hyphenated_outlet_with_its_short_name_that(run: Run) -> None:
    quotes, _ = run(
        "Water Secretary Karim Hossain, who led the delegation, told the state-run "
        "Bangladesh Sangbad Sangstha (BSS) that Dhaka wanted a guaranteed flow in the treaty."
    )
    q = quote_holding(quotes, "Dhaka wanted a guaranteed flow")
    assert (q.speaker, q.kind) == ("Karim Hossain", "indirect")


def test_a_ruling_party_before_a_hyphen_reports_nothing(run: Run) -> None:
    quotes, _ = run(
        "Voters elected a mayor from the ruling Georgian Dream party in a by-election on "
        "Sunday that most of the opposition boycotted."
    )
    assert quotes == []


def test_a_full_name_of_a_body_stands_without_its_country(run: Run) -> None:
    quotes, _ = run(
        "Officials met in New Delhi on Friday.\n\n"
        "India's Ministry of External Affairs said the talks had been constructive."
    )
    assert _speaker_of(quotes, "the talks had been constructive") == (
        "Ministry of External Affairs"
    )


def test_a_portfolio_ministry_keeps_its_country(run: Run) -> None:
    quotes, _ = run(
        "Officials met in Vilnius on Friday.\n\n"
        "Lithuania's Foreign Ministry said the talks had been constructive."
    )
    assert _speaker_of(quotes, "the talks had been constructive") == (
        "Lithuania's Foreign Ministry"
    )


def test_a_name_after_a_cue_between_two_halves_speaks_both(run: Run) -> None:
    quotes, _ = run(
        "The network was launched in Suva on Monday.\n\n"
        '"The hard part," said Dr Mele Taufa, the network\'s science lead, "was never the '
        'satellites."'
    )
    assert [(q.text.rstrip(","), q.kind, q.speaker) for q in quotes] == [
        ("The hard part", "direct", "Mele Taufa"),
        ("was never the satellites.", "direct", "Mele Taufa"),
    ]


def test_a_newspaper_named_by_its_title_and_the_newspaper_after(run: Run) -> None:
    quotes, _ = run(
        "The Post-Courier newspaper reported that ministers had lobbied for the delay.\n\n"
        "According to the newspaper, at least three ministers voted for the referral."
    )
    assert _speaker_of(quotes, "ministers had lobbied") == "Post-Courier"
    assert _speaker_of(quotes, "at least three ministers voted") == "Post-Courier"


def test_a_plural_for_people_inside_a_body_name_is_no_owner(run: Run) -> None:
    quotes, _ = run(
        "The Bougainville Women's Federation said in a statement that women must be given "
        "seats on the committee."
    )
    assert _speaker_of(quotes, "women must be given seats") == "Bougainville Women's Federation"


def test_a_name_in_lower_case_words_spelt_by_its_acronym(run: Run) -> None:
    quotes, _ = run(
        "The Agence française de développement (AFD), which is contributing €4 million, "
        "said the network showed real promise."
    )
    assert _speaker_of(quotes, "the network showed real promise") == (
        "Agence française de développement"
    )


def test_a_titled_name_the_tagger_made_a_body_is_still_he(run: Run) -> None:
    quotes, _ = run(
        "KUALA LUMPUR, Nov 15 (Bernama) -- More than 41,000 people have been moved to relief "
        "centres after two days of torrential rain, and the number could double by Tuesday, "
        "Deputy Prime Minister Datuk Seri Dr Ahmad Zahid Hamidi said today.\n\n"
        '"We are not waiting for the water to reach the rooftops this time," he told Bernama '
        "after chairing an emergency meeting in Putrajaya.\n\n"
        "The National Disaster Management Agency (NADMA) said in a 4 pm update that 312 "
        "relief centres were open across the two states. The agency said 14 roads in "
        "Kelantan were closed to light vehicles.\n\n"
        "Its director-general, Datuk Azlan Shahril Idrus, said the agency expected the Golok "
        'river to peak "sometime between midnight and dawn" and urged residents along its '
        "banks to heed evacuation orders.\n\n"
        '"Please do not go back to check on your houses or your livestock once you have been '
        'evacuated," he said.'
    )
    assert _speaker_of(quotes, "Please do not go back") == "Azlan Shahril Idrus"


def test_a_run_together_names_list_in_furniture_gives_no_longer_name(nlp: Language) -> None:
    text = (
        "The ASEAN Observer Team said on Thursday that it would extend its mission.\n\n"
        "Tags: Cambodia Thailand border JBC ASEAN Observer Team\n\n"
        "Previous Story"
    )
    quotes, _ = extract_quotes(nlp(text), chrome_lines(text))
    assert _speaker_of(quotes, "it would extend its mission") == "ASEAN Observer Team"


def test_a_body_name_never_ends_in_a_paragraph_break(run: Run) -> None:
    quotes, _ = run(
        "Lagos\n\nTunde Bakare, chief executive officer, Kestrel Energy Plc\n\n"
        "Kestrel Energy Plc said on Wednesday its production would average 40,000 barrels "
        "a day in 2027."
    )
    assert _speaker_of(quotes, "its production would average") == "Kestrel Energy Plc"


def test_a_participle_subject_and_the_verb_after_it_are_one_clause(run: Run) -> None:
    quotes, _ = run(
        "6:42 pm\n\n"
        '"We did not get everything we wanted," President Elena Marcos says at the closing '
        "press conference.\n\n"
        'Marcos says the text agreed by foreign ministers will now undergo "legal scrubbing" '
        'and could be signed "early next year, if nobody moves the goalposts."'
    )
    q = quote_holding(quotes, "the text agreed by foreign ministers")
    assert (q.kind, q.speaker) == ("mixed", "Elena Marcos")
    assert q.text.endswith('moves the goalposts."')


def test_tells_reporters_then_a_named_subject_reports_the_clause(run: Run) -> None:
    quotes, _ = run(
        "Prime Minister Anthony Albanese tells reporters Australia \"strongly supports\" "
        'a code that is "effective and substantive."'
    )
    q = quote_holding(quotes, "strongly supports")
    assert q.kind == "mixed"
    assert q.text.startswith("Australia")


def test_a_colon_ends_the_clause_and_the_quotation_after_it_is_the_speakers(run: Run) -> None:
    quotes, _ = run(
        "Born in Bogor in 1964, Budi Santoso trained as an electrical engineer before "
        "turning to economics.\n\n"
        "He says the engineering background still shapes how he thinks about the economy: "
        "\u201cYou find the bottleneck, you fix the bottleneck, you move to the next "
        "bottleneck.\u201d"
    )
    clause = quote_holding(quotes, "the engineering background still shapes")
    assert clause.kind == "indirect" and clause.text.endswith("about the economy")
    words = quote_holding(quotes, "You find the bottleneck")
    assert (words.kind, words.speaker) == ("direct", "Budi Santoso")


def test_a_quotation_after_a_colon_inside_a_reported_clause_is_the_tellers(run: Run) -> None:
    quotes, _ = run(
        "The herpetologist Dana Whitlow told Discover Magazine the pattern suggested a deep "
        'rule frogs fell into as circumstances arose: "Somehow, these frogs are turning on '
        'old machinery."'
    )
    assert _speaker_of(quotes, "Somehow, these frogs") == "Dana Whitlow"


def test_a_spanish_style_dateline_dash_is_split_off(run: Run) -> None:
    quotes, _ = run(
        'Buenos Aires (EFE).- Argentina will return to debt markets "before the end of the '
        'first quarter" of 2027, Economy Minister Luis Caputo said on Tuesday.'
    )
    q = quote_holding(quotes, "before the end of the first quarter")
    assert (q.kind, q.speaker) == ("mixed", "Luis Caputo")


def test_a_given_name_tagged_a_place_opens_the_name_and_the_group_is_a_body(run: Run) -> None:
    quotes, _ = run(
        "Campaigners have vowed to fight any cull. Natalia Quintero Arango, of the group "
        "Huellas Libres, told The Sun the animals were 'not criminals'.\n\n"
        "'Escobar brought them here. They didn't choose this,' she said."
    )
    assert _speaker_of(quotes, "the animals were") == "Natalia Quintero Arango"
    assert _speaker_of(quotes, "Escobar brought them here") == "Natalia Quintero Arango"


def test_the_centre_points_back_to_a_center_in_the_other_spelling(run: Run) -> None:
    quotes, _ = run(
        "The Emergency Operations Centre said 4,000 people were in shelters.\n\n"
        "The US National Hurricane Center (NHC) said in its 8pm advisory that the storm had "
        'winds of 185km/h. The centre warned of "life-threatening flash flooding" through '
        "Monday."
    )
    assert _speaker_of(quotes, "life-threatening flash flooding") == (
        "US National Hurricane Center"
    )


def test_a_country_with_and_in_its_name_stays_in_a_body_name(run: Run) -> None:
    quotes, _ = run(
        "Shell Trinidad and Tobago Ltd said in an emailed response that it \"continues to "
        'engage constructively with all parties" and would not comment further.'
    )
    assert _speaker_of(quotes, "continues to engage") == "Shell Trinidad and Tobago Ltd"


def test_and_that_tagged_a_complementiser_opens_a_second_statement(run: Run) -> None:
    quotes, _ = run(
        'IMF spokeswoman Anna Kirby told reporters the Fund welcomed "continued progress" on '
        "the liberalisation of the exchange regime and that talks on the next review of the "
        'programme were "constructive".'
    )
    first = quote_holding(quotes, "the Fund welcomed")
    second = quote_holding(quotes, "talks on the next review")
    assert first is not second
    assert second.text.startswith("talks") and second.speaker == "Anna Kirby"


def test_a_statement_expressing_a_fragment_is_its_issuers(run: Run) -> None:
    quotes, _ = run(
        "OAS Secretary General Pedro Alves has issued a statement expressing \"full "
        'solidarity with the peoples of the Dominican Republic and Haiti".'
    )
    assert _speaker_of(quotes, "full solidarity with the peoples") == "Pedro Alves"


def test_a_persons_office_or_press_service_speaks_for_that_person(run: Run) -> None:
    quotes, _ = run(
        "The office of Prime Minister Lena Vos said she would meet the farmers on Tuesday.\n\n"
        "President Oleg Marin's press service said he had discussed the gas deal by phone."
    )
    assert _speaker_of(quotes, "she would meet the farmers") == "Lena Vos"
    assert _speaker_of(quotes, "he had discussed the gas deal") == "Oleg Marin"


def test_an_untagged_titled_name_going_on_with_of_or_for_is_one_body(run: Run) -> None:
    quotes, _ = run(
        "The General Staff of the Armed Forces of Ukraine said 14 drones had been shot down.\n\n"
        "Canadian Employers for Skilled Immigration said the cap would hurt hospitals."
    )
    assert _speaker_of(quotes, "14 drones had been shot down") == (
        "General Staff of the Armed Forces of Ukraine"
    )
    assert _speaker_of(quotes, "the cap would hurt hospitals") == (
        "Canadian Employers for Skilled Immigration"
    )


def test_an_office_going_on_with_of_is_no_body_of_its_own(run: Run) -> None:
    quotes, _ = run("The Attorney General of Ukraine said the case would be reopened.")
    assert _speaker_of(quotes, "the case would be reopened") is None


def test_a_court_named_with_its_circuit_after_for(run: Run) -> None:
    quotes, _ = run(
        "The U.S. Court of Appeals for the 9th Circuit said the ban could not stand."
    )
    assert _speaker_of(quotes, "the ban could not stand") == (
        "U.S. Court of Appeals for the 9th Circuit"
    )


def test_a_code_in_capitals_opens_the_body_name_the_tagger_cut(run: Run) -> None:
    quotes, _ = run(
        "U.S. Forces Korea said in a statement that the drill had been postponed.\n\n"
        "The OSCE Mission to Moldova said it was monitoring the situation closely."
    )
    assert _speaker_of(quotes, "the drill had been postponed") == "U.S. Forces Korea"
    assert _speaker_of(quotes, "monitoring the situation") == "OSCE Mission to Moldova"


def test_an_outlet_written_in_capitals_in_full_keeps_the_articles_form(run: Run) -> None:
    quotes, _ = run(
        "Yonhap News Agency reported that the launch took place at dawn.\n\n"
        "The dpa news agency reported that talks had failed."
    )
    assert _speaker_of(quotes, "the launch took place") == "Yonhap News Agency"
    assert _speaker_of(quotes, "talks had failed") == "dpa"
