"""Speaker rules of session 20: a name closing a sentence after a comma reports the clause
before it even when the parse hung the name inside that clause, when the cue has time and
place of its own ('said on Friday'), and when the holder's office is a list of capitalised
remits with commas of its own ('Trade, Industry and Competition Minister'); a courtesy word
before a given name the article gives in full ('Ibu Ratna') is no part of the name; a pronoun's
speaker is not the person the quoted words name ('"Yuliana was always more patient than me,"
she says').

Sentences written for Communique.
"""

from __future__ import annotations

import pytest

from .helpers import Run, quote_holding, speaker_of

FORMS = [
    # an office whose remit is a list: the clause ends at the comma before the list
    (
        "Kenya has won a cut in EU duties on cut flowers and tea but lost its case on "
        "avocados, Trade, Investment and Industry Minister Lee Kinyanjui said on Monday.",
        "lost its case on avocados",
        "Lee Kinyanjui",
    ),
    # a courtesy word before a given name the article gives in full
    (
        "The 58-year-old, Sari Wulandari, was named envoy to Bangladesh last month.\n\n"
        'Sari describes the mission as "listening first". According to Sari, the camps '
        "will be visited in January.\n\nHuman rights lawyer Andi Pratama said the camps "
        'were overcrowded. "We hope Ibu Sari will listen to the families," he said.',
        "the camps will be visited in January",
        "Sari Wulandari",
    ),
    # ... and stays where the article gives no fuller name
    (
        "In the queue outside the school stood Doña Elvira, 81, with a folding chair.\n\n"
        '"I have voted in every election since 1983," Doña Elvira said.',
        "I have voted in every election",
        "Doña Elvira",
    ),
    # a pronoun's speaker is not the person her own words name, in either half
    (
        "The new envoy, Sari Wulandari, took over from Dewi Kartika, who retired in May. "
        "The two women trained together in Geneva, and Dewi gave her one piece of advice: "
        '"Never promise what you cannot deliver."\n\nShe has not forgotten it. "Dewi was '
        'always calmer than me," she says. "She never raised her voice."',
        "Dewi was always calmer than me",
        "Sari Wulandari",
    ),
    (
        "The new envoy, Sari Wulandari, took over from Dewi Kartika, who retired in May. "
        "The two women trained together in Geneva, and Dewi gave her one piece of advice: "
        '"Never promise what you cannot deliver."\n\nShe has not forgotten it. "Dewi was '
        'always calmer than me," she says. "She never raised her voice."',
        "She never raised her voice",
        "Sari Wulandari",
    ),
    # a name opening a clause the cue interrupts is whom the speaker talks about
    (
        "Union leader John Mwangi met the transport minister, Peter Kamau, on Monday.\n\n"
        "Mwangi said the meeting was short. Kamau promised a review of the fares.\n\n"
        'Kamau, he said, had "heard the same complaint for three years and done nothing".',
        "heard the same complaint",
        "John Mwangi",
    ),
    # reported speech is the writer's words and may name the speaker further in
    (
        "Former envoy Dennis Ross is more generous. He said in a recent interview that "
        "every envoy reflected his president, and that the new team had a backing that "
        "Ross and his colleagues never had.",
        "every envoy reflected his president",
        "Dennis Ross",
    ),
    # an untagged body noun with its capitalised remit is one body's name
    (
        "Diplomats met in Doha on Sunday.\n\nThe Embassy of the Republic of Korea said "
        "the talks had been useful.",
        "the talks had been useful",
        "Embassy of the Republic of Korea",
    ),
    (
        "Fishing boats stayed in port on Monday.\n\nThe Mission of Ghana to the European "
        "Union said it would raise the quota dispute in Brussels.",
        "raise the quota dispute",
        "Mission of Ghana to the European Union",
    ),
    # the tagger ended an office's entity on the given name after it
    (
        "Oman's Minister of Commerce, Industry and Investment Promotion Qais bin Mohammed "
        "Al Yousef said Muscat wanted its own agreement first.",
        "Muscat wanted its own agreement first",
        "Qais bin Mohammed Al Yousef",
    ),
    (
        "Djibouti’s Minister of Foreign Affairs and International Cooperation, H.E. "
        "Abdoulkader Houssein Omar, welcomed the plan but cautioned that any deal must "
        "respect the sovereignty of all states.",
        "any deal must respect the sovereignty",
        "Abdoulkader Houssein Omar",
    ),
    # 'headquarters' is a body noun: its capitalised remit is its name, and 'it' goes back
    (
        "Officials in Geneva welcomed the exchange.\n\nIn Kyiv, the Joint Headquarters for "
        "the Search of Missing Persons said in a statement on Telegram that 40 families had "
        "been told. Work on the next list had 'already begun', it added.",
        "Work on the next list",
        "Joint Headquarters for the Search of Missing Persons",
    ),
    # ... and the participle after that cue is the named speaker's, not the clause's
    (
        "Brazil has won a cut in tariffs on coffee, Trade and Industry Minister Jane Doe "
        'said on Friday, calling it "a first step and no more".',
        "a first step and no more",
        "Jane Doe",
    ),
    # a curly apostrophe inside a name reads like a straight one
    (
        "Minister for Climate, Energy and the Environment Darragh O’Brien TD said: ‘This "
        "decision is a vote of confidence in our offshore wind plans.’",
        "a vote of confidence",
        "Darragh O’Brien",
    ),
    (
        "Housing Minister Ciarán O’Mahony said the scheme would open in May.",
        "the scheme would open in May",
        "Ciarán O’Mahony",
    ),
    # the parse hung the name inside the clause and left the cue without a subject
    (
        "Brazil has won a cut in tariffs on coffee, Trade and Industry Minister Jane "
        "Doe said on Friday.",
        "Brazil has won a cut in tariffs on coffee",
        "Jane Doe",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), FORMS)
def test_session_twenty_forms(run: Run, text: str, words: str, speaker: str | None) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_the_remit_list_stays_out_of_the_reported_clause(run: Run) -> None:
    """The span is the reported clause: no word of the speaker's office in it."""
    text = (
        "Kenya has won a cut in EU duties on cut flowers and tea but lost its case on "
        "avocados, Trade, Investment and Industry Minister Lee Kinyanjui said on Monday."
    )
    quotes, _ = run(text)
    assert quote_holding(quotes, "cut flowers").text.endswith("avocados")


def test_a_list_of_places_before_a_minister_stays_in_the_clause(run: Run) -> None:
    """Places listed at the end of the clause are not a remit: only a list joined by 'and'
    right before a title is."""
    text = "The new forms were sent to Lagos, Abuja and Kano, Transport Minister Jane Doe said."
    quotes, _ = run(text)
    q = quote_holding(quotes, "The new forms were sent")
    assert q.text.endswith("Kano") and q.speaker == "Jane Doe"


def test_a_described_speaker_is_the_one_named_at_the_next_use_of_the_noun(run: Run) -> None:
    """'..., says a former trade negotiator ...\\n\\nThe negotiator, Marie Tremblay, ...':
    both quotes after the description are hers, though another spoke before her."""
    text = (
        "The talks in Geneva stalled again on Tuesday.\n\n\"We will not sign a bad deal,\" "
        "said Dr Ama Owusu, the opposition's spokesperson on trade.\n\n"
        "\"Nobody wants to blink first,\" "
        "says a former Canadian trade negotiator who worked on the 2018 deal. \"But both "
        "sides need this.\"\n\nThe negotiator, Marie Tremblay, who now lectures at McGill, "
        "said the gap was smaller than it looked."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "Nobody wants to blink first") == "Marie Tremblay"
    assert speaker_of(quotes, "both sides need this") == "Marie Tremblay"


def test_a_described_speaker_stays_unnamed_when_the_next_use_names_no_one(run: Run) -> None:
    """The next 'the negotiator' without a name decides: a name given further on is
    somebody else's apposition, not this source's."""
    text = (
        "The talks in Geneva stalled again on Tuesday.\n\n\"We will not sign a bad deal,\" "
        "said Dr Ama Owusu, the opposition's spokesperson on trade.\n\n"
        "\"Nobody wants to blink first,\" "
        "says a former Canadian trade negotiator who worked on the 2018 deal.\n\nThe "
        "negotiator would not say more. Another negotiator, Marie Tremblay, said the gap "
        "was smaller than it looked."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "Nobody wants to blink first") is None


def test_a_role_with_of_the_country_before_the_name(run: Run) -> None:
    """'Deputy Foreign Minister of the Russian Federation Sergei Ryabkov': the office runs
    through 'of the' and the country, so 'the deputy minister' finds him, not the Foreign
    Minister named before him."""
    text = (
        "Anadolu Agency cited Turkish Foreign Minister Hakan Fidan as saying in Ankara that "
        "the talks would resume soon.\n\nSeparately, Deputy Foreign Minister of the Russian "
        "Federation Sergei Ryabkov told RIA Novosti that Moscow saw «no basis» for new "
        "talks.\n\n«The signals we receive are contradictory,» Ryabkov said.\n\nThe deputy "
        "minister said Russia would keep the treaty limits for now."
    )
    quotes, speakers = run(text)
    assert speaker_of(quotes, "keep the treaty limits") == "Sergei Ryabkov"
    role = next(s.role for s in speakers if s.name == "Sergei Ryabkov")
    assert role == "Deputy Foreign Minister of the Russian Federation"


def test_a_deputy_is_not_the_minister_himself(run: Run) -> None:
    """'The deputy minister said' after only a Foreign Minister was named: a qualifier the
    holder's office lacks makes another office, so the speaker stays unnamed."""
    text = (
        "Foreign Minister Hakan Fidan said in Ankara that the talks would resume soon.\n\n"
        "The deputy minister said the delegations had not yet agreed on a venue."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "not yet agreed on a venue") is None
