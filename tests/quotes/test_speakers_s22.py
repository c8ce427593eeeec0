"""Speakers of session 22: American party tags, release signatures, questions with a named
asker, guillemets, titles the parser broke, possessives that tell a gender.

'Sen. Chris Murphy, D-Conn.' is later 'the Connecticut Democrat'; a release's quote is signed
on the next line ('– The Honourable X, Minister of Y'); '"…?" Murphy asked.' names its asker
though a capital follows the question mark; '«' and '»' read as quotation marks, not nouns;
'Vice-President of the Commission, X, said' names X; 'Led by counsel X, the 61-year-old told'
is not counsel speaking. Sentences written for Communique.
"""

from __future__ import annotations

from communique.clean.document import CleanDocument
from communique.pipeline import analyze_clean
from communique.records import Source
from communique.settings import load_settings

from .helpers import Run
from .helpers import speaker_of as _speaker_of


def test_a_party_and_state_tag_names_the_later_label(run: Run) -> None:
    text = (
        "Sen. Chris Murphy, D-Conn., asked the deputy secretary whether the plan was funded. "
        "Sen. Jim Risch, R-Idaho, said he backed it. Sen. Jacky Rosen, D-Nev., said it was "
        "late.\n\n"
        '"I want to see the numbers before Christmas," the Idaho Republican said.\n\n'
        '"That is an answer, I suppose," the Connecticut Democrat said.\n\n'
        '"We borrow ships to reach our own Arctic," the Nevada senator said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "numbers before Christmas") == "Jim Risch"
    assert _speaker_of(quotes, "an answer, I suppose") == "Chris Murphy"
    assert _speaker_of(quotes, "borrow ships") == "Jacky Rosen"


def test_an_abbreviated_title_is_the_office_a_later_mention_names(run: Run) -> None:
    text = (
        "Gov. Dana Whitfield said the billboards were a stunt. Mayor Tom Ruiz said they were "
        'not.\n\n"It is a stunt and everyone knows it," the governor said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "everyone knows it") == "Dana Whitfield"


def test_a_release_quote_is_signed_on_the_next_line(run: Run) -> None:
    text = (
        "The ministers met in Ottawa on Tuesday to discuss Arctic security.\n\n"
        "Quotes\n\n"
        "“Canada is an Arctic nation, and this dialogue showed our partners agree.”\n\n"
        "– The Honourable Mara Lindqvist, Minister of Foreign Affairs\n\n"
        "“Northern communities must shape the decisions that affect them.”\n\n"
        "– Joseph Tagalik, Co-Chair, Arctic Youth Council"
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "Canada is an Arctic nation") == "Mara Lindqvist"
    assert _speaker_of(quotes, "Northern communities") == "Joseph Tagalik"


def test_a_reporters_sign_off_does_not_sign_the_quote_above(run: Run) -> None:
    text = (
        "Prime Minister Lena Vos told reporters the rules protected small states.\n\n"
        '"We will choose the rules, because the rules protect us," she said.\n\n'
        '"And I said this very frankly to both delegations today."\n\n'
        "- Reporting by Daryl Koh\n\n"
        '"It told him it understood him better than we did," said Ana Ruiz, a nurse.\n\n'
        '"I am not here to ban anything."\n\n'
        "— Marcus Greene"
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "very frankly") == "Lena Vos"
    assert _speaker_of(quotes, "ban anything") == "Ana Ruiz"


def test_a_question_names_its_asker_after_the_mark(run: Run) -> None:
    text = (
        "Senators pressed the deputy secretary on Greenland.\n\n"
        '"Is it still the policy of the United States to buy Greenland?" Murphy asked.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "policy of the United States") == "Murphy"


def test_a_question_followed_by_a_refusal_is_not_the_refusers(run: Run) -> None:
    text = (
        "Lena Vos took questions after the vote.\n\n"
        '"What is the plan for the border?" The minister did not answer.'
    )
    quotes, _ = run(text)
    # the question stays a quotation, but the refusal after it is no cue for it
    assert [(text[q.start : q.end], q.cue) for q in quotes] == [
        ("What is the plan for the border?", None)
    ]


def test_guillemets_around_a_name_leave_the_reported_clause_whole(run: Run) -> None:
    text = (
        "Answering a question, Pigott said construction on the Armenian section of the «Trump "
        "Route for International Peace and Prosperity» (TRIPP) was «on schedule» and that the "
        "first contracts had been awarded."
    )
    quotes, _ = run(text)
    spans = [text[q.start : q.end] for q in quotes]
    assert spans[0].startswith("construction on the Armenian section of the «Trump")


def test_a_long_title_the_parser_split_still_closes_the_report(run: Run) -> None:
    text = (
        "The United States remains «fully committed» to a lasting peace between Azerbaijan and "
        "Armenia, U.S. Department of State Principal Deputy Spokesperson Tommy Pigott said at a "
        "press briefing on Monday."
    )
    quotes, _ = run(text)
    assert [(text[q.start : q.end][:30], q.speaker) for q in quotes] == [
        ("The United States remains «ful", "Tommy Pigott")
    ]


def test_a_hyphenated_title_before_a_set_off_name_names_no_one_else(run: Run) -> None:
    text = (
        "High Representative for Foreign Affairs and Security Policy and Vice-President of the "
        'Commission, Kaja Kallas, said: "The Kremlin bombs substations because it cannot win."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "Kremlin bombs substations") == "Kaja Kallas"


def test_the_agent_of_an_opening_participle_does_not_speak(run: Run) -> None:
    text = (
        "Thabo Mokoena, who ran corporate services, was testifying before the commission.\n\n"
        '"I did not want this building," Mokoena said.\n\n'
        "Led by evidence leader Advocate Pieter van der Merwe SC, the 61-year-old told the "
        "commission that the instruction had come from the minister's office."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "the instruction had come") == "Thabo Mokoena"


def test_a_name_set_off_after_the_closing_mark_speaks_not_the_outlet(run: Run) -> None:
    text = (
        "Hanna Kostiuk keeps two phones on her desk.\n\n"
        '"I am the head of the hromada, so I am also the roofer, the social worker and the '
        'vet," Kostiuk, 58, told DW in her office.'
    )
    quotes, _ = run(text)
    assert [(q.speaker, q.via) for q in quotes] == [("Hanna Kostiuk", "Deutsche Welle")]


def test_a_possessive_in_the_clause_tells_the_gender_against_a_given_name(run: Run) -> None:
    text = (
        "Dmitry Medvedev said Estonia would pay. Medvedev also said it was piracy.\n\n"
        "Estonian Prime Minister Kristen Michal hit back, saying his country would not be "
        'intimidated.\n\nHe told reporters in Tallinn: "We enforced the law of the sea."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "law of the sea") == "Kristen Michal"


def test_a_bracketed_party_and_seat_is_no_person(run: Run) -> None:
    text = (
        "Seconding the motion, Sen. Ifeoma Okonkwo-Bello (LP-Abia Central) said the policy "
        'had become "reactive rather than strategic".\n\n'
        "She noted that goods from Onitsha passed through the northern corridor to Niger."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "goods from Onitsha") == "Ifeoma Okonkwo-Bello"


def test_two_noun_phrases_the_tagger_joined_are_no_body(run: Run) -> None:
    text = (
        "Senators pressed the State Department on Wednesday to explain its plan.\n\n"
        "Deputy Secretary Christopher Landau told the committee the department would enlarge "
        "its consulate in Nuuk.\n\n"
        "In a written response, the department said the two posts would cost $41 million."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "two posts would cost") == "State Department"


def test_the_ambassador_is_the_one_so_titled_before_an_envoy(run: Run) -> None:
    text = (
        "COP30 President André Corrêa do Lago handed over the presidency on Monday.\n\n"
        "Three days later, Ambassador André Corrêa do Lago has not slowed down.\n\n"
        "China’s special envoy for climate change, Liu Zhenmin, said at a press conference "
        "that China would publish its first report next year.\n\n"
        "“The forest fund is what Brazil wanted from the summit,” says the ambassador."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "forest fund") == "André Corrêa do Lago"


def test_another_storys_headline_puts_no_one_in_focus() -> None:
    # through the pipeline, which finds the page's furniture lines for the quote stage
    text = (
        "Spokesperson Tommy Pigott said the United States backed the route.\n\n"
        "«We see real momentum, and we intend to match it with investment,» he said.\n\n"
        "Also Read- Bayramov receives delegation of US Congress members in Baku\n\n"
        "He declined to give a date for the treaty, saying only that it would happen «when "
        "the parties are ready».\n\n"
        "Landau later spoke by phone with Azerbaijani Foreign Minister Jeyhun Bayramov."
    )
    doc = CleanDocument(source=Source(path="page", url=None, kind="text"), text=text)
    (article,) = list(analyze_clean([doc], load_settings()))
    assert _speaker_of(article.quotes, "parties are ready") == "Tommy Pigott"


def test_a_name_closing_a_long_title_is_the_holder_not_the_body(run: Run) -> None:
    text = (
        "Assistant to the President of the Republic of Azerbaijan, Head of the Foreign Policy "
        "Affairs Department of the Presidential Administration Hikmet Hajiyev told SCT that "
        "Baku welcomed the US position."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Hikmet Hajiyev"]


def test_a_state_in_the_mention_rules_out_another_states_governor(run: Run) -> None:
    text = (
        "Florida Governor Ron DeSantis put up billboards in Los Angeles. California's Gavin "
        "Newsom hit back within the hour.\n\n"
        '"Maybe he can pay for hurricane insurance next," the California governor wrote on X.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "hurricane insurance") == "Gavin Newsom"


def test_a_party_and_members_letters_inside_a_persons_entity_are_no_name(run: Run) -> None:
    text = (
        "Fianna Fáil TD Séamus Ó Briain, who represents Cork North-West, told our political "
        'correspondent he would vote with the Government "with a heavy heart".\n\n'
        '"My grandfather served in the Congo. I know what these missions cost," Ó Briain said.'
    )
    quotes, _ = run(text)
    assert {q.speaker for q in quotes} == {"Séamus Ó Briain"}


def test_the_party_renames_a_party_whose_name_lacks_the_word(run: Run) -> None:
    text = (
        'Sinn Féin has just issued a statement. The party says the Government has "no '
        'mandate" to change the triple lock.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "no mandate") == "Sinn Féin"


def test_a_cue_announcing_the_next_quote_leaves_a_characterised_fragment(run: Run) -> None:
    text = (
        "Asked about remarks by Commission President Ursula von der Leyen, who on Wednesday "
        'called the stance "a problem for the whole Union," Peskov said: "Brussels can take '
        'whatever decisions it likes."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "whole Union") == "Ursula von der Leyen"
    assert _speaker_of(quotes, "whatever decisions") == "Peskov"


def test_a_cue_after_while_belongs_to_its_own_clause(run: Run) -> None:
    text = (
        "Prime Cabinet Secretary Musalia Mudavadi met Dr. S. Jaishankar in Nairobi.\n\n"
        'Hon. Mudavadi observed that piracy "has not gone away, it has only changed its '
        'address", while Dr. Jaishankar stressed that freedom of navigation was '
        '"non-negotiable for both our economies".'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "changed its address") == "Musalia Mudavadi"
    assert _speaker_of(quotes, "freedom of navigation") == "S. Jaishankar"


def test_briefing_and_informing_someone_that_report_a_clause(run: Run) -> None:
    text = (
        "Principal Secretary Korir Sing'Oei briefed the Ministers that negotiators had agreed "
        "on the text of an investment agreement.\n\n"
        "The Ministry of Foreign Affairs wishes to inform the public that the Joint Commission "
        "also agreed to simplify visa procedures for students."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "negotiators had agreed") == "Korir Sing'Oei"
    assert _speaker_of(quotes, "simplify visa procedures") == "Ministry of Foreign Affairs"


def test_who_urged_the_office_is_not_its_holder(run: Run) -> None:
    text = (
        "Sir Keir Starmer had the look of a man who had read the leak at breakfast. The "
        "Prime Minister said he would not 'run a foreign policy by leak'.\n\n"
        "Then came Sir Ed Davey, who sounded reasonable while being very cross. He urged the "
        "Prime Minister to publish the review in full before Christmas.\n\n"
        "The Prime Minister replied that the review would be published 'in the normal way'."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "in the normal way") == "Keir Starmer"


def test_a_phrasal_verb_before_a_colon_introduces_the_quote(run: Run) -> None:
    text = (
        'Asked about the bill, Leavitt said: "The president was briefed on every line."\n\n'
        'One reporter followed up: "So does he support extending the subsidies or not?"'
    )
    quotes, _ = run(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes][1] == (None, "One reporter")


def test_a_named_party_noun_is_not_another_known_party(run: Run) -> None:
    text = (
        "Marine Le Pen leads the Rassemblement National, the far-right party.\n\n"
        "The Socialist party said in a statement on Wednesday that it would organise a "
        "primary in the spring."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "organise a primary") == "Socialist party"


def test_a_spokeswoman_for_a_named_minister_is_not_the_minister(run: Run) -> None:
    text = (
        "A spokeswoman for Treasurer Jim Chalmers said further support would be considered "
        "in the budget update next month."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == [None]


def test_an_office_inside_an_according_to_report_puts_no_one_in_focus(run: Run) -> None:
    text = (
        "Mayor Michelle Wu sat down with us on Tuesday.\n\n"
        "She said she had spoken to Gov. Maura Healey about state help. According to Wu, the "
        'governor had been "very open" to a joint plan.\n\n'
        "Healey's office did not respond to a request for comment.\n\n"
        "Near the end, we asked what she would consider a failure. She paused.\n\n"
        '"If a family that grew up here still cannot stay here," she said.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "grew up here") == "Michelle Wu"


def test_a_lede_party_label_is_the_first_tagged_member_named_after(run: Run) -> None:
    text = (
        "WASHINGTON (AP) — Senators pressed the State Department on Wednesday, with the "
        'committee\'s top Democrat calling the plan "a press release in search of a budget."'
        "\n\nSen. Jeanne Shaheen, D-N.H., said the department had sent no line item.\n\n"
        "Sen. Chris Murphy, D-Conn., asked about Greenland."
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "press release in search") == "Jeanne Shaheen"


def test_a_zero_that_report_after_a_time_phrase_is_the_cues(run: Run) -> None:
    text = (
        "Sen. Jim Risch told reporters after the hearing he expected the committee to take "
        "up the bill during the lame-duck session.\n\n"
        "Sen. Ann Roe spoke to reporters after the hearing she chaired."
    )
    quotes, _ = run(text)
    assert [(q.speaker, text[q.start : q.end][:12]) for q in quotes] == [
        ("Jim Risch", "he expected ")
    ]


def test_a_clause_with_a_fragment_in_marks_before_a_closing_cue_is_mixed(run: Run) -> None:
    text = (
        "The vote can still go ahead next month, but only if its leaders stop treating it as "
        '"a threat rather than a promise," the envoy told reporters.\n\n'
        '"We will go ahead with the vote next month as planned," the minister told reporters.'
    )
    quotes, _ = run(text)
    assert [(q.kind, text[q.start : q.end][:20]) for q in quotes] == [
        ("mixed", "The vote can still g"), ("direct", "We will go ahead wit")
    ]


def test_some_members_of_a_party_are_no_named_speaker(run: Run) -> None:
    text = (
        "But some Republicans in Tallahassee grumbled that the stunt was a distraction from a "
        "looming state budget shortfall."
    )
    quotes, _ = run(text)
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [(None, "Republicans")]


def test_the_counted_bloc_points_back_to_the_body_named_before(run: Run) -> None:
    text = (
        "The Association of Southeast Asian Nations (ASEAN) held its summit on Friday.\n\n"
        "The 11-member bloc said it «noted» the elections held in Myanmar."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Association of Southeast Asian Nations"]


def test_a_second_half_after_a_long_attribution_keeps_the_speaker(run: Run) -> None:
    text = (
        '"Nobody is leaving this building until we have something," said Nomvula '
        "Dlamini-Keter, the African Union's special envoy for Sudan, who co-chairs the talks "
        'with Saudi and American mediators. "A signature on paper is not enough."'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "signature on paper") == "Nomvula Dlamini-Keter"


def test_a_held_back_party_label_is_the_senator_the_next_paragraph_names(run: Run) -> None:
    text = (
        "WASHINGTON — Senators from both parties pressed a senior State Department official "
        "on Wednesday to explain why the money has not moved.\n\n"
        "“We passed a law. The president signed it,” said the committee’s top Democrat, who "
        "is retiring in January. “I would like to know why.”\n\n"
        "Senator Jeanne Shaheen of New Hampshire was referring to the REPO Act."
    )
    quotes, _ = run(text)
    assert [q.speaker for q in quotes] == ["Jeanne Shaheen", "Jeanne Shaheen"]


def test_the_elder_statesman_is_the_former_ambassador_in_focus(run: Run) -> None:
    text = (
        "Musa Danladi Kurfi, a former ambassador to Saudi Arabia, said he had never seen "
        'anything like it.\n\n"It is a national embarrassment. How will this man represent '
        'Nigeria abroad?" the elder statesman asked.'
    )
    quotes, _ = run(text)
    assert _speaker_of(quotes, "national embarrassment") == "Musa Danladi Kurfi"
