"""Speaker rules of session 16: a courtesy title that opens a country's name ('the Sri Lankan
foreign ministry'), abbreviated and office titles ('Barr.', 'Controller of Budget'), names
with an apostrophe the tagger called a body ("Dr Nyakang'o"), an outlet written with 'the'
that the tagger took for a person ('the Inquirer'), a two-part surname tagged a body, a wire
dateline with the agency in brackets and no dash, a nickname given in marks that is no one
else, 'he added' going on with the last speaker, and the shapes the review of these rules
found (near-misses each rule must leave alone).

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, quote_holding, speaker_of, texts

FORMS = [
    # 'Sri' opens the country's name here, it is no courtesy title
    (
        "The minister arrived in Colombo on Thursday.\n\nThe two sides will also review the "
        "port project, according to the Sri Lankan foreign ministry.",
        "review the port project",
        "Sri Lankan foreign ministry",
    ),
    # an abbreviated title with a full stop is no part of the name
    (
        '"The ruling must be obeyed," said Barr. Kelechi Obi, head of litigation at the '
        "legal aid group.",
        "must be obeyed",
        "Kelechi Obi",
    ),
    # an office title before an untagged name, and the name with an apostrophe after 'Dr'
    (
        "But Controller of Budget Margaret Nyakang'o told the Standard on Monday that the "
        'counties were owed billions.\n\n"Nurses have gone three months without pay," said '
        "Dr Nyakang'o.",
        "three months without pay",
        "Margaret Nyakang'o",
    ),
    # 'the Inquirer' tagged a person is the paper, and 'she' is the doctor
    (
        "MANILA - Dr. Carmela Dizon ran a field clinic in Rakhine for a year.\n\nThe "
        "surgeon came home last month. In an interview with the Inquirer in Quezon City, she "
        'says the war has been forgotten.\n\n"Nobody asks me about it any more," she says.',
        "Nobody asks me",
        "Carmela Dizon",
    ),
    # a two-part surname alone, tagged a body, is the person named in full before
    (
        "MANILA - Dr. Carmela Reyes-Dizon ran a field clinic in Rakhine for a year.\n\nMost "
        "of the state is now held by the Arakan Army. Reyes-Dizon says air strikes caused "
        "most of the wounds her team treated.",
        "air strikes caused",
        "Carmela Reyes-Dizon",
    ),
    # a wire dateline with the agency in brackets: the country after it speaks
    (
        "New Delhi, Nov 6 (PTI) India on Friday said it had raised the arrest of the "
        "fishermen with Colombo at the highest level.",
        "raised the arrest",
        "India",
    ),
    # ... but a body's short name in brackets, with no date before it, is no dateline
    (
        "The Metal Traders Council (MTC), the main lobby of scrap dealers, warned last week "
        "that prices had slumped since the summer.",
        "prices had slumped",
        "Metal Traders Council",
    ),
    # a bare outlet noun re-names the outlet named last, not a channel named later
    (
        "Delegations arrived in Cairo for indirect talks, Egypt's state-affiliated Nile Star "
        "News reported.\n\nCiting a senior source, the channel said the talks would focus "
        "on a stabilisation force.\n\nIsrael's Channel 14 reported that the cabinet would "
        "meet on Thursday.",
        "focus on a stabilisation force",
        "Nile Star News",
    ),
    # an envoy's title is no body named in the same sentence
    (
        "Russia's Ambassador to Ghana, Pavel Orlov, spoke at the embassy.\n\nAccording to "
        "the ambassador, Rosatom has sent detailed proposals for a reactor.",
        "sent detailed proposals",
        "Pavel Orlov",
    ),
    # a country's armed forces are not another country's named before
    (
        "The Malian Armed Forces (FAMa) said in a statement that the camp had been "
        "retaken.\n\nIn neighbouring Burkina Faso, the Burkinabe armed forces said on "
        "Monday that they had killed 50 fighters.",
        "killed 50 fighters",
        None,
    ),
    # a body's name goes on to the place its bracketed short name spells
    (
        "A drone dropped a device near a post in south Lebanon on Monday, the United "
        "Nations Interim Force in Lebanon (Unifil) said.",
        "dropped a device",
        "United Nations Interim Force in Lebanon",
    ),
    # a participle set off after a subordinate clause goes with the main clause's subject
    (
        "Kim Yo Jong has threatened a \"fiery response\" after the US and South Korea "
        "launched their biggest air drills in years - branding the allies' pilots "
        "\"gangsters of the sky\".",
        "gangsters of the sky",
        "Kim Yo Jong",
    ),
    # a member described by party and letters is no one named
    (
        "Gareth Pryce, the Labour MP for Swindon North, resigned on Friday.\n\nA senior "
        "Liberal MP, speaking on condition of anonymity, said colleagues feared the result.",
        "colleagues feared the result",
        None,
    ),
    # ... and 'another' one is not the member named before
    (
        "Gareth Pryce, the Labour MP for Swindon North, resigned on Friday.\n\nAnother "
        "senior Labour MP said the whips had known about the messages for a week.",
        "the whips had known",
        None,
    ),
    # 'senior ... figures' are people, not numbers from a body
    (
        "The motion failed on Tuesday.\n\nSenior Fianna Fáil figures believe the timing "
        "backfired on the opposition.",
        "the timing backfired",
        None,
    ),
    # a quotation split into two sentences: the name before the cue, not the words inside
    (
        '"Today they jailed our leaders. Tomorrow they will jail anyone who disagrees," '
        "Tina Bokuchava, chair of the United National Movement, told the crowd.",
        "Tomorrow they will jail",
        "Tina Bokuchava",
    ),
    # a quotation with its own cue and speaker, relayed by 'according to'
    (
        "Elene Khoshtaria, leader of the Droa party, was sentenced on Monday.\n\n\"This is "
        "not a trial,\" Khoshtaria shouted from the cage, according to journalists in the "
        "courtroom.",
        "not a trial",
        "Elene Khoshtaria",
    ),
    # a company called later by the first word of its name
    (
        "In a filing to the exchange, Northgate Bank Plc said it had noted the "
        "sanctions.\n\nIn a later statement, Northgate said it would appeal.",
        "it would appeal",
        "Northgate Bank Plc",
    ),
    # a Fijian chief's title is no part of his name
    (
        "In Fiji, Ratu Josefa Vakaloloma Tuimaisala, a high chief from the Lau group, said "
        "coastal villages had never been consulted.",
        "never been consulted",
        "Josefa Vakaloloma Tuimaisala",
    ),
    # 'His Excellency' with an office set after it is that office's holder
    (
        "Doha | 4 November 2026\n\nHis Excellency the Prime Minister and Minister of "
        "Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani hosted a meeting "
        "with His Highness Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of "
        "the Kingdom of Saudi Arabia.\n\nIn his opening remarks, His Excellency the Prime "
        'Minister and Minister of Foreign Affairs said: "The security of the Gulf is a '
        'shared duty."',
        "security of the Gulf",
        "Mohammed bin Abdulrahman bin Jassim Al-Thani",
    ),
    # a clause set against the report with 'while' is someone else's
    (
        'Former party chairman Mel Stride said the party should "get behind Kemi", while '
        "the Shadow Foreign Secretary, Priti Patel, wrote on X that the result was clear.",
        "the result was clear",
        "Priti Patel",
    ),
    # two remits joined by 'and' before one office are one role, which re-names him later
    (
        "From: Department for Business and Trade and The Rt Hon Peter Kyle MP\n\nBusiness "
        'and Trade Secretary Peter Kyle said: "This is a landmark deal."\n\nThe Business '
        "and Trade Secretary said negotiators had secured new protections for investors.",
        "secured new protections",
        "Peter Kyle",
    ),
    # ... also by its first two words
    (
        "Coral Trust Bank was fined on Monday.\n\nCoral Trust said in a separate statement "
        "it would challenge the decision.",
        "challenge the decision",
        "Coral Trust Bank",
    ),
    # a body's seat ends before the office and the person who holds it
    (
        "Central Bank of Kenya Governor Kamau Thugge said the programme would support the "
        "shilling.",
        "support the shilling",
        "Kamau Thugge",
    ),
    # an outlet 'at' a ministry tagged as one body is two
    (
        '"We trade with everyone," Dr Al Zeyoudi tells The National at the Ministry of '
        "Economy in Dubai.\n\nAccording to figures from the Ministry of Economy, trade "
        "reached Dh2.6 trillion.",
        "trade reached",
        "Ministry of Economy",
    ),
    # a section heading ends an unnamed source's turn: 'he' is the interviewee again
    (
        "Sport Minister Gayton McKenzie says the new law will let him act.\n\n\"We will "
        "not wait,\" he says.\n\nA SAFA spokesperson said the association had nothing to "
        "hide.\n\nAfter the World Cup\n\nThe team's return was, he says, the best advert "
        "for sport in years.",
        "the best advert",
        "Gayton McKenzie",
    ),
    # a body named after the country it works in, the country tagged alone
    (
        "Alzheimer's Research UK said the findings were encouraging.",
        "findings were encouraging",
        "Alzheimer's Research UK",
    ),
    # an armed group named '... Forces' that just spoke is 'the group'
    (
        "The Rapid Support Forces (RSF), which has been at war with the army since 2023, "
        "said on Sunday that its fighters had taken the town of Um Rawaba.\n\nIn a "
        "statement on its Telegram channel, the group described the advance as \"a "
        "decisive step\".",
        "a decisive step",
        "Rapid Support Forces",
    ),
    # near-misses the review found. 'He added' after a man named since who spoke himself
    (
        "Health Minister Amir Khan said waiting lists had fallen.\n\nWes Streeting praised "
        "the staff at the hospital.\n\nHe added that more nurses would be hired.",
        "more nurses would be hired",
        "Wes Streeting",
    ),
    # 'His Excellency the President of X, Name,': the name speaks
    (
        "Ghana's Vice President Jane Opoku-Agyemang spoke first.\n\nHis Excellency the "
        "President, John Mahama, said the economy had turned a corner.",
        "turned a corner",
        "John Mahama",
    ),
    # a state's army named '... Forces' is no 'group'
    (
        "Hamas said it had handed over the remains.\n\nThe Israel Defense Forces said the "
        "remains were being identified.\n\nThe group said more would follow.",
        "more would follow",
        "Hamas",
    ),
    # 'the channel' after a channel named before, with an agency named since
    (
        "Channel 4 News obtained the documents on Monday.\n\nReuters reported that the "
        "ministry had not commented.\n\nThe channel said it stood by its reporting.",
        "stood by its reporting",
        "Channel 4 News",
    ),
    # an office whose name holds the title speaks as 'the ombudsman'
    (
        "The Financial Ombudsman Service upheld 40 per cent of complaints.\n\nThe "
        "ombudsman said banks had to do better.",
        "banks had to do better",
        "Financial Ombudsman Service",
    ),
    # a subsidiary named first is not its parent's short name
    (
        "Amazon Web Services Inc said a network fault had knocked websites offline.\n\n"
        "Amazon said separately that its quarterly sales had risen.",
        "quarterly sales had risen",
        "Amazon",
    ),
    # a nom de guerre given with 'known as' is the speaker's name
    (
        "A rebel commander known as 'Abu Hamza' told Reuters the fighters would not "
        "withdraw.",
        "would not withdraw",
        "Abu Hamza",
    ),
    # 'Top figures from' a body are its numbers
    (
        "Top figures from the Office for National Statistics show that inflation fell to "
        "3 per cent.",
        "inflation fell",
        "Office for National Statistics",
    ),
    # 'Baron' as a given name before a full name
    (
        "In an interview in Suva, Forum Secretary General Baron Divavesi Waqa said the "
        "divisions were real.",
        "divisions were real",
        "Baron Divavesi Waqa",
    ),
    # an agency and a body the tagger ran together after 'told'
    (
        "Turnout was 64 percent, the Election Commission said.\n\nIts director told AFP "
        "the Election Commission must act on the complaints.\n\nTurnout in the north was "
        "58 percent, according to the commission.",
        "58 percent",
        "Election Commission",
    ),
    # a body's short name in capitals after what it is
    (
        "Independent monitor PAFFREL said it had received reports of vote-buying.",
        "reports of vote-buying",
        "PAFFREL",
    ),
    # one man's 'who has branded X the "..."' is his verdict
    (
        "Federation president Ibrahim Hacıosmanoğlu, who has branded the affair the "
        "\"dirty laundry\" of Turkish football, did not hold back.",
        "dirty laundry",
        "Ibrahim Hacıosmanoğlu",
    ),
    # a floating 'I' after a body's statement is the person who spoke last, and a
    # federation named after its kind is a body
    (
        "Finance minister Enoch Godongwana said the Treasury respected the bank's "
        "independence.\n\nTrade union federation Cosatu said the decision was a slap in the "
        "face.\n\n\"I would not advise anyone to bet against us.\"",
        "bet against us",
        "Enoch Godongwana",
    ),
    # a nickname in marks is no one else: 'he said' goes on with the man it names
    (
        "Former Army medic Dan Pryce, 34, said the attack was aimed at rescuers.\n\nPryce - "
        "nicknamed 'Doc Dusty' by his Ukrainian comrades - has vowed to go back.\n\n'I'm not "
        "finished,' he said.",
        "not finished",
        "Dan Pryce",
    ),
    # 'He added' goes on with the last speaker, not a man named since
    (
        "Former Army medic Dan Pryce, 34, said the attack was aimed at rescuers.\n\n'The "
        "first drone hit the engine. I pulled the lads out,' Pryce told the Sun.\n\nPryce "
        "suffered shrapnel wounds. Oleksandr, 22, lost his left foot.\n\nHe added: 'They "
        "knew it was an ambulance.'",
        "knew it was an ambulance",
        "Dan Pryce",
    ),
    # a description with a relative clause set off by commas re-names the person in focus
    (
        "Former Army medic Dan Pryce, 34, said the attack was aimed at rescuers.\n\nThe "
        "dad-of-two, who has volunteered in Ukraine since 2024, told the Sun: 'The first "
        "drone hit the engine.'",
        "first drone hit the engine",
        "Dan Pryce",
    ),
    # a speech verb the parse read as an adjective of the name after it still attributes
    (
        "The chamber was loud. 'Order! Order!' bellowed Sir Lindsay Hoyle, who has been in "
        "the chair for years.",
        "Order! Order!",
        "Lindsay Hoyle",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FORMS)
def test_session_sixteen_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_a_name_given_in_marks_is_no_quotation(run: Run) -> None:
    quotes, _ = run(
        "He said work on the highway was on schedule. Supporters of the governor have "
        'dubbed the project the "legacy road".\n\nMPs have already christened the scheme '
        "the 'Starmer meter'."
    )
    assert not any("legacy road" in t or "Starmer meter" in t for t in texts(quotes))


def test_one_speakers_verdict_with_a_naming_verb_stays_a_quotation(run: Run) -> None:
    quotes, _ = run(
        'President Trump called the agreement the "worst trade deal ever made" on Monday.'
    )
    assert quote_holding(quotes, "worst trade deal").speaker == "Trump"


def test_listeners_then_a_clause_with_be_still_report(run: Run) -> None:
    quotes, _ = run("The president told supporters victory was near.")
    assert any("victory was near" in t for t in texts(quotes))


def test_what_someone_called_it_stays_their_words(run: Run) -> None:
    quotes, _ = run(
        'The mayor praised what he called the "truly extraordinary" work of the crews.'
    )
    assert quote_holding(quotes, "truly extraordinary").speaker_mention == "he"


def test_a_kicker_before_a_bar_is_no_role(run: Run) -> None:
    quotes, _ = run(
        "INTERVIEW | Sport Minister Gayton McKenzie says the amended law will let him act."
    )
    assert quote_holding(quotes, "amended law").speaker_role == "Sport Minister"


def test_right_honourable_is_no_role(run: Run) -> None:
    quotes, _ = run(
        "From: The Rt Hon Peter Kyle MP\n\nBusiness and Trade Secretary Peter Kyle said: "
        '"This is a landmark deal."'
    )
    assert quote_holding(quotes, "landmark deal").speaker_role == "Business and Trade Secretary"


def test_a_fronted_adverb_is_no_role(run: Run) -> None:
    quotes, _ = run(
        "Kemi Badenoch spoke first.\n\nAfterwards Mrs Badenoch told reporters she would "
        "publish the memo."
    )
    assert quote_holding(quotes, "publish the memo").speaker_role != "Afterwards"


def test_the_listeners_after_told_are_no_report(run: Run) -> None:
    quotes, _ = run(
        "Cristian Jeronimo, one of the union's three leaders, told tens of thousands of "
        "people gathered outside Congress."
    )
    assert not any("gathered outside Congress" in t for t in texts(quotes))


def test_a_colon_before_the_cue_reports_nothing_before_it(run: Run) -> None:
    quotes, _ = run(
        "When his turn came, the Reform UK leader did what he always does: he pointed at "
        "both front benches at once."
    )
    assert not any("did what he always does" in t for t in texts(quotes))


def test_no_role_inside_the_marks_before_the_name(run: Run) -> None:
    quotes, _ = run(
        "The chamber was loud. 'Order! Order!' bellowed Sir Lindsay Hoyle.\n\n'The member "
        "will not be told again,' he added."
    )
    assert quote_holding(quotes, "not be told again").speaker_role is None
