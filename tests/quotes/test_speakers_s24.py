"""Speakers of session 24: court reports (senior counsel's letters, Garda ranks, counsel set
off after a fronted participle), Irish and Scottish surnames with a second capital, profiles
that come back to their subject, analysts named in their own paragraph, releases that define
a short name for the company, and a few more things the parse hides.

'Counsel for the accused, Aoife Brennan SC, told the jury' is Aoife Brennan's; 'Detective
Garda Colm Ruane said' is Colm Ruane's; 'McCartan bristles when I put this to her. "...," she
says' is Siobhán McCartan's, not the minister named in between. Sentences written for
Communique; every name is invented.
"""

from __future__ import annotations

from .helpers import Run, quote_holding, texts
from .helpers import speaker_of as _speaker_of


def test_senior_counsels_letters_are_no_part_of_her_name(run: Run) -> None:
    quotes, _ = run(
        "Counsel for Mr Keane, Aoife Brennan SC, told the jury her client 'accepts he has a "
        "gambling addiction and accepts that he let people down'. But she said the defence "
        "would show that others knew about the accounts."
    )
    assert [q.speaker for q in quotes] == ["Aoife Brennan", "Aoife Brennan"]


def test_garda_ranks_are_titles(run: Run) -> None:
    quotes, _ = run(
        "Detective Garda Colm Ruane said he had examined more than 40,000 transactions.\n\n"
        "'In 31 of the 38 instances, the money went to a betting account,' Det Garda Ruane "
        "said."
    )
    assert [q.speaker for q in quotes] == ["Colm Ruane", "Colm Ruane"]


def test_the_police_force_keeps_its_name(run: Run) -> None:
    quotes, _ = run(
        "In a statement, An Garda Síochána said it extended its sympathies to the family and "
        'would "carefully consider" the recommendations.'
    )
    assert _speaker_of(quotes, "carefully consider") == "An Garda Síochána"


def test_counsel_set_off_after_a_fronted_participle(run: Run) -> None:
    quotes, _ = run(
        "A former credit union manager took more than €1.2 million from members' accounts over "
        "six years to cover gambling losses, counsel for the Director of Public Prosecutions has "
        "told a jury at Dublin Circuit Criminal Court.\n\n"
        "Declan Keane (52), of Millbrook Road, Tullamore, Co Offaly, has pleaded not guilty to "
        "38 counts of theft from St Brigid's Credit Union in Tullamore between 2017 and 2023."
        "\n\n"
        "Opening the case on Wednesday, Gráinne Fahy SC, prosecuting, said the accused had "
        "been 'a trusted and respected figure' in the town who had used his position to move "
        "members' money into dormant accounts that he controlled."
    )
    assert _speaker_of(quotes, "trusted and respected") == "Gráinne Fahy"


def test_a_mc_surname_tagged_a_place_is_the_profiles_subject(run: Run) -> None:
    quotes, _ = run(
        "Siobhán McCartan has a habit of answering a question with a number. Ask her how "
        "business is and she says ‘up 14 per cent’.\n\n"
        "Her father, who still comes into the factory, is less diplomatic. ‘I voted Remain, "
        "and I’d vote Remain again tomorrow,’ Eamon McCartan tells me.\n\n"
        "The First Minister, Michelle O’Neill, has twice invited McCartan to Stormont to brief "
        "the executive. The deputy First Minister, Emma Little-Pengelly, has been more "
        "guarded; her office said she ‘engages regularly with businesses of all sizes’.\n\n"
        "McCartan bristles when I put this to her. ‘People have been telling me for twenty "
        "years that the numbers won’t hold up,’ she says."
    )
    assert _speaker_of(quotes, "vote Remain") == "Eamon McCartan"
    assert _speaker_of(quotes, "twenty years") == "Siobhán McCartan"


def test_a_capitalised_term_after_the_is_no_quotation(run: Run) -> None:
    quotes, _ = run(
        "Maeve Lindqvist runs a boatyard in Cobh. What would she do with the ‘Irish Sea "
        "border’, if it were hers to redesign? She called it the ‘Irish Sea farce’ last week."
    )
    assert texts(quotes) == ["Irish Sea farce"]


def test_a_release_dateline_with_its_dash_on_the_date(run: Run) -> None:
    quotes, _ = run(
        "CORK, 17 November 2026 – Kestrel Biologics, a biotechnology company, today announced "
        "that it will invest €320 million in a new facility."
    )
    assert _speaker_of(quotes, "will invest") == "Kestrel Biologics"


def test_the_interviewer_puts_a_question_to_the_profiles_subject(run: Run) -> None:
    quotes, _ = run(
        "Hind Al-Obaidi keeps a jar of cracked mud on her desk in Baghdad. ‘I show it to every "
        "delegation that comes through that door,’ she says. ‘Ministers understand "
        "pictures.’\n\n"
        "‘If I could negotiate with the rain, I would,’ she says.\n\n"
        "Her mentor was Suha Kamal, a former water minister. ‘It did, a little,’ Kamal says. "
        "‘But she is still there.’\n\n"
        "Al-Obaidi’s critics are not only in parliament.\n\n"
        "I ask her whether the deal would survive a change of government. She pauses for a "
        "long time.\n\n"
        "‘Governments change. The rivers don’t care,’ she says eventually."
    )
    assert _speaker_of(quotes, "rivers don’t care") == "Hind Al-Obaidi"


def test_an_analyst_named_in_her_own_paragraph_beats_an_unnamed_official(run: Run) -> None:
    quotes, _ = run(
        "An Israeli official, who asked not to be named, went further, calling the process "
        "“a diplomatic waiting room”.\n\n"
        "For Farnaz Rahimi, an Iran specialist at the Institute for Gulf Studies in London, "
        "the choice of venue was itself a message. “Oman is where the parties go when they "
        "want to talk without being seen to talk,” she said."
    )
    assert _speaker_of(quotes, "without being seen") == "Farnaz Rahimi"


def test_a_subordinate_clauses_subject_does_not_speak(run: Run) -> None:
    quotes, _ = run(
        "The International Atomic Energy Agency, whose inspectors have had only limited access "
        "to Iranian sites since the “snapback” of UN sanctions in 2025, has said it cannot "
        "verify the size of Iran’s stockpile."
    )
    assert _speaker_of(quotes, "cannot verify") == "International Atomic Energy Agency"


def test_a_company_named_like_a_person_is_no_she(run: Run) -> None:
    quotes, _ = run(
        "AMMAN, 10 November 2026 – Nour Interconnect, the Franco-Jordanian developer of "
        "cross-border power links, today announced an agreement with the national grid.\n\n"
        "«We are connecting two economies that need each other», she said."
    )
    assert _speaker_of(quotes, "two economies") is None


def test_a_county_is_no_company(run: Run) -> None:
    quotes, _ = run(
        "Kestrel Biologics, a biotechnology company, said it will hire 450 people.\n\n"
        "The Mayor of the County of Cork, Cllr Deirdre Kiely, said the jobs would be "
        "“transformative”.\n\n"
        "The company noted that the plant will be one of the first in Europe of its kind."
    )
    assert _speaker_of(quotes, "first in Europe") == "Kestrel Biologics"


def test_a_listener_and_the_clause_subject_after_tell(run: Run) -> None:
    quotes, _ = run(
        "Erdogan told the Egyptian minister Türkiye attached great importance to its "
        "relations with Egypt."
    )
    quote = quote_holding(quotes, "great importance")
    assert quote.text.startswith("Türkiye attached")
    assert quote.cue == "told the Egyptian minister"


def test_city_and_state_legislators_titles(run: Run) -> None:
    quotes, _ = run(
        '"If you are writing laws for donors, you disclose it," said Councilwoman Tiffany '
        "Osei-Grant, who chairs the committee.\n\n"
        "Assemblyman Curtis Vandermolen said the reserve was meant for recessions."
    )
    assert [q.speaker for q in quotes] == ["Tiffany Osei-Grant", "Curtis Vandermolen"]


def test_a_first_initial_the_tagger_left_out(run: Run) -> None:
    quotes, _ = run(
        "The court heard the case on Wednesday.\n\n"
        "D. John Sauer, the solicitor general, told the justices that the law’s text was "
        "“about as clear a delegation as Congress has ever written.”"
    )
    quote = quote_holding(quotes, "clear a delegation")
    assert (quote.speaker, quote.speaker_role) == ("D. John Sauer", "solicitor general")


def test_a_short_name_a_release_defines_for_the_company(run: Run) -> None:
    quotes, _ = run(
        "MONTRÉAL, Nov. 17, 2026 /CNW/ - Boréalis Aluminium Inc. (TSX: BRL) («Boréalis» or "
        "«the Company») today announced a new aluminum mill in Ohio.\n\n"
        "JobsOhio said it had approved a grant toward site preparation.\n\n"
        "The Company said it expects to finance the project from cash on hand."
    )
    assert _speaker_of(quotes, "cash on hand") == "Boréalis Aluminium Inc."


def test_the_group_the_article_called_it(run: Run) -> None:
    quotes, _ = run(
        "«People here asked me one question,» said Nathalie Bouchard, Director of Saguenay "
        "Operations.\n\n"
        "The Alliance for North American Aluminum («ANAA»), an industry group, called the "
        "arrangement «overdue». «Three years is the life of a single platform decision. Our "
        "members need ten», the group said in a statement."
    )
    assert _speaker_of(quotes, "members need ten") == "Alliance for North American Aluminum"


def test_a_named_person_still_holds_his_office(run: Run) -> None:
    quotes, _ = run(
        "Mexican Foreign Minister Marcelo Ebrard was in Washington on Monday. Ebrard's office "
        "said the talks had been productive."
    )
    assert _speaker_of(quotes, "productive") == "Ebrard's office"


def test_a_statement_from_a_body_carried_by_an_agency_is_the_bodys(run: Run) -> None:
    quotes, _ = run(
        "Exporters should not become ‘collateral damage in a row about social media’, "
        "according to a statement from the British Chambers of Commerce carried by the PA "
        "news agency."
    )
    assert _speaker_of(quotes, "collateral damage") == "British Chambers of Commerce"
