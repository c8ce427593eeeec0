"""Speakers in political copy: honorifics, party descriptors, long body names, aides.

Users file quotations under the bare full name of a person ('Ana Ruiz', not 'H.E. Dr. Ana
Ruiz' or 'Social Democrat Jan Bauer': the honorific and the party are the role) and under the
whole name of a body ('Ministry of Foreign and Diaspora Affairs'); an unnamed aide or manager
is not the politician they serve. Sentences written for Communique.
"""

from __future__ import annotations

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_honorifics_and_abbreviated_titles_are_not_the_name(run: Run) -> None:
    text = (
        'H.E. Dr. Ana Ruiz opened the summit on Monday. "This is a turning point," Ruiz said. '
        'Amb. Tomas Berg welcomed the delegates. "We are ready to sign," Amb. Berg said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "turning point") == "Ana Ruiz"
    assert _speaker_of(quotes, "ready to sign") == "Tomas Berg"


def test_an_office_or_a_party_before_the_name_is_the_role(run: Run) -> None:
    text = (
        "Registrar Paul Diaz said the results would be published on Friday. "
        "Social Democrat Jan Bauer said the vote had been rushed through parliament."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "results would be published") == "Paul Diaz"
    assert _speaker_of(quotes, "vote had been rushed") == "Jan Bauer"


def test_a_body_name_runs_across_and(run: Run) -> None:
    text = "The Ministry of Foreign and Diaspora Affairs said the embassy would stay open."
    quotes, _ = run(text)
    assert _speaker_of(quotes, "embassy would stay open") == (
        "Ministry of Foreign and Diaspora Affairs"
    )


def test_a_name_with_particles_keeps_its_first_part(run: Run) -> None:
    text = (
        "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, met the envoy on Monday. Al Thani "
        "said that talks would continue next week."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "talks would continue") == "Tamim bin Hamad Al Thani"


def test_a_surname_links_to_a_name_given_in_an_apposition(run: Run) -> None:
    text = (
        "Observers fanned out across the country on Sunday. The mission's director, Ana "
        "Barrios, met the electoral council. Barrios said the count had been orderly."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "count had been orderly") == "Ana Barrios"


def test_an_unnamed_campaign_manager_is_not_the_candidate(run: Run) -> None:
    text = (
        "Mayor Luis Ortega launched his re-election bid on Monday. The campaign manager said "
        "the team had raised two million dollars. Ortega said he would win."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "raised two million") is None
    assert _speaker_of(quotes, "he would win") == "Luis Ortega"


def test_the_aide_points_back_only_to_a_named_aide(run: Run) -> None:
    text = (
        "Senator Rosa Lind left the chamber early. Her aide, Tom Price, stayed behind. "
        "The aide said the senator was unwell."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "senator was unwell") == "Tom Price"


def test_unnamed_analysts_of_a_firm_are_unnamed_people(run: Run) -> None:
    # 13 of the 15 such quotes our independent annotators met had no speaker
    text = (
        "Analysts at Capital Rock said in a note that the central bank would cut rates in "
        "June. Capital Rock analysts wrote that growth would slow. Analysts said the market "
        "would recover."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "cut rates in June") is None
    assert _speaker_of(quotes, "growth would slow") is None
    assert _speaker_of(quotes, "market would recover") is None


def test_the_minister_after_two_ministers_is_the_one_in_focus(run: Run) -> None:
    text = (
        "Interior Minister Ana Ruiz and Finance Minister Ben Cole met on Monday. Ruiz said "
        "the border would close. The minister said police would be deployed."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "police would be deployed") == "Ana Ruiz"


def test_a_deputy_title_is_another_office(run: Run) -> None:
    text = (
        "Prime Minister Ana Ruiz met Deputy Prime Minister Ben Cole. Cole said the army would "
        "help. The Prime Minister said aid would arrive within days."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "army would help") == "Ben Cole"
    assert _speaker_of(quotes, "aid would arrive") == "Ana Ruiz"


def test_a_capital_before_a_ministry_is_not_part_of_its_name(run: Run) -> None:
    text = (
        "Manila's Department of Foreign Affairs said the envoy had been recalled. "
        "Ethiopia's Ministry of Foreign Affairs said the dam was safe."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "envoy had been recalled") == "Department of Foreign Affairs"
    # (nor is the country: since session 29 a body's own full name stands alone, as the
    # independent annotators give it, 24 items against 14)
    assert _speaker_of(quotes, "dam was safe") == "Ministry of Foreign Affairs"


def test_an_acronym_given_in_brackets_speaks_under_the_full_name(run: Run) -> None:
    text = (
        "The Central Bank of Ruritania (CBR) raised its main rate on Tuesday. CBR said "
        "inflation would fall next year. The Electoral Observation Mission (MOE) deployed "
        'observers in ten provinces. "The count was slow," the MOE said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "inflation would fall") == "Central Bank of Ruritania"
    assert _speaker_of(quotes, "count was slow") == "Electoral Observation Mission"


def test_a_bracketed_acronym_recovers_a_long_name_cut_at_a_comma(run: Run) -> None:
    text = (
        "The plan drew criticism from the Global Educational, Scientific and Heritage "
        "Organization (GESHO), which questioned the minister's authority. GESHO said that "
        "the change would require its approval."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "require its approval") == (
        "Global Educational, Scientific and Heritage Organization"
    )


def test_a_coordinated_remit_with_an_acronym_is_one_body(run: Run) -> None:
    text = (
        "The Ministry of Foreign and Diaspora Affairs (MFDA) said the embassy would stay "
        "open. The MFDA said the staff were safe."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "staff were safe") == "Ministry of Foreign and Diaspora Affairs"


def test_a_named_officer_after_the_body_speaks_not_the_body(run: Run) -> None:
    text = (
        "Northern Grain Bank president Okey Adebayo said the use of foreign currencies "
        '"costs farmers dearly." "We are proud of her," said Lakeside University, '
        "Riverton's chancellor, Priya Raman."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "foreign currencies") == "Okey Adebayo"
    assert _speaker_of(quotes, "proud of her") == "Priya Raman"


def test_a_shadow_or_elect_title_is_not_the_office(run: Run) -> None:
    text = (
        "Shadow Finance Minister Ben Cole attacked the budget. Finance Minister Ana Ruiz "
        "defended it in parliament on Tuesday. Cole later spoke to reporters. The finance "
        "minister said the deficit would shrink.\n\n"
        "President-elect Tom Hale met President Rosa Lind. Hale said the handover would be "
        "smooth. The president said she would attend the inauguration."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "deficit would shrink") == "Ana Ruiz"
    assert _speaker_of(quotes, "attend the inauguration") == "Rosa Lind"


def test_she_is_the_speaker_in_focus_not_the_subject_she_reported(run: Run) -> None:
    text = (
        "In a televised address on Sunday, Otari said the government would not resign.\n\n"
        "The country's president, Tamar Lomize, who has sided with the protesters, said the "
        'move was "a coup". Speaking to journalists, the president said Otari had "chosen '
        'the wrong side." "I have told him so to his face," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "told him so") == "Tamar Lomize"


def test_she_is_the_subject_of_the_paragraph_in_focus(run: Run) -> None:
    text = (
        "Foreign Ministry spokeswoman Olga Petrenko said the agreement had been imposed.\n\n"
        "Prime Minister Dragana Vukic told reporters in the capital that nothing had been "
        'recognised. "Nobody should read this paper as something it is not," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "Nobody should read this paper") == "Dragana Vukic"


def test_a_lowercase_party_after_its_name_is_not_part_of_it(run: Run) -> None:
    text = (
        "The prime minister denies the accusation, and his Bright Future party insists that "
        "the decision was a response to pressure from abroad."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "response to pressure") == "Bright Future"


def test_a_source_whose_name_is_withheld_stays_unknown(run: Run) -> None:
    text = (
        "Rights Watch interviewed relatives of four detained reporters. The mother of one, "
        "who asked that her name not be published for fear of reprisals, said her son had "
        "been held in a small cell."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "held in a small cell") is None
