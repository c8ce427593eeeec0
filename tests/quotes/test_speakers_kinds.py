"""Bodies named by their kind after their name: 'the union', 'the campaign group', 'the
service'; body names the tagger split at their 'and'; and names in the shapes copy writes
them ('Minister for Foreign Affairs Helen McEntee', 'Taoiseach', 'André Corrêa do Lago'), with
a seat in the name only for missions ('Embassy of Japan in Manila', not 'the Ifo Institute in
Munich').

Sentences written for Communique in the shapes of wire and regional copy.
"""

from __future__ import annotations

import pytest

from .helpers import Run, speaker_of

CASES = [
    # a body's name cut at 'and' by the tagger ('Fire' a person, 'Rescue' a body)
    (
        "Mid Wales Fire and Rescue Service said crews had pulled 12 people from cars.",
        "pulled 12 people",
        "Mid Wales Fire and Rescue Service",
    ),
    (
        "The Lagos Flood and Erosion Control Agency said 300 homes had been evacuated.",
        "300 homes",
        "Lagos Flood and Erosion Control Agency",
    ),
    # two countries joined by 'and' stay two names: the first speaks, as before
    ("Russia and China said the vote was unfair.", "the vote was unfair", "Russia"),
    # a kind noun after the body's own name
    (
        "The National Nurses Federation (NNF) rejected the offer on Monday. The union said "
        "its members would strike in March.",
        "would strike in March",
        "National Nurses Federation",
    ),
    (
        "Amnesty International attacked the plan. The rights group said the "
        "licences would lock in decades of drilling.",
        "lock in decades",
        "Amnesty International",
    ),
    # 'Amazon' only modifies 'workers': the union is not Amazon
    (
        "Amazon workers in Coventry walked out on Friday. The union said 400 people joined "
        "the strike.",
        "400 people joined",
        None,
    ),
    # a body whose remit is a list: the comma and the 'and' belong to one name
    (
        "The Ministry of Transport, Ports and Maritime Affairs said the ferry would resume "
        "on Monday.",
        "ferry would resume",
        "Ministry of Transport, Ports and Maritime Affairs",
    ),
    (
        "The Water, Sanitation and Hygiene Agency said 40 wells had been repaired.",
        "40 wells",
        "Water, Sanitation and Hygiene Agency",
    ),
    # a brand written with a small first letter, then re-named by its kind
    (
        "Budget carrier flyDubai said 3,000 passengers were stranded. The airline said extra "
        "flights would leave on Friday.",
        "extra flights",
        "flyDubai",
    ),
    # an agency whose name is written in lower case
    (
        "The two leaders met privately on Tuesday, the dpa news agency reported.",
        "met privately",
        "dpa",
    ),
    # a body the actor gazetteer knows, which the tagger calls a person or splits
    (
        "Human Rights Watch attacked the plan. The rights group said the licences would lock "
        "in decades of drilling.",
        "lock in decades",
        "Human Rights Watch",
    ),
    (
        "Sudan remains a concern. Médecins Sans Frontières said in a statement on Wednesday "
        "that its teams had treated 12,000 patients since July.",
        "treated 12,000 patients",
        "Médecins Sans Frontières",
    ),
    # the agent of a passive cue speaks; an outlet that only carried the words does not
    (
        "Home Secretary Yasmin Qureshi was accused by Nigel Farage of \"losing control\" of the "
        "borders.",
        "losing control",
        "Nigel Farage",
    ),
    (
        "On Wednesday President Ilham Aliyev said \u2014 as reported by Hurriyet Daily News "
        "\u2014 \"The border will stay open to trade.\"",
        "border will stay open",
        "Ilham Aliyev",
    ),
    # an agency relaying an unnamed source speaks by the name the article writes
    (
        "Anadolu Agency quoted a Turkish diplomatic source as saying that Ankara expected "
        "Baghdad to act within weeks.",
        "Ankara expected Baghdad",
        "Anadolu Agency",
    ),
    # a possessive after 'the' opens a body's name; an owner named apart takes no article
    (
        "The Parkinson's Society said the trial was the most promising in a decade.",
        "most promising",
        "Parkinson's Society",
    ),
    # an agency known by name, though the tagger left it untagged
    (
        "Citing sources in the coalition, the dpa news agency reported that the two leaders "
        "had met privately on Tuesday evening.",
        "met privately",
        "dpa",
    ),
    # 'the fire service' is no hotel named before; it stays unnamed
    (
        "The Grand Palace Hotel was gutted by fire on Tuesday. According to the fire service, "
        "one child was among the dead.",
        "one child was among the dead",
        None,
    ),
    # a body named with 'and' after a bare adjective
    (
        "The Maritime and Coastguard Agency said its officers had seen a sharp rise.",
        "sharp rise",
        "Maritime and Coastguard Agency",
    ),
    # an embassy named in full with nothing tagged, then by its noun
    (
        "The Embassy of Ghana in Berlin announced a consular day for students. The Embassy "
        "said the day would be held in Hamburg in December.",
        "held in Hamburg",
        "Embassy of Ghana in Berlin",
    ),
    # an acronym opening a paragraph before a comma is no dateline
    (
        "The opposition accused the ruling party of trying to capture the Independent "
        "Electoral Board.\n\n"
        "IEB, in a statement on Saturday, said the timetable had been shared with all parties.",
        "timetable had been shared",
        "Independent Electoral Board",
    ),
    # the speaker after a dateline the parser made the subject
    (
        "KAMPALA, Uganda (Reuters) - The Electoral Commission of Uganda said the vote would "
        "go ahead in January.",
        "vote would go ahead",
        "Electoral Commission of Uganda",
    ),
    # the tagger calls 'Turnout' a person; the 'he' after it is the man interviewed
    (
        "Former electoral chief Lorenzo Vidal sat down with us on Monday.\n\n"
        "Turnout in last year's local elections was about 13%. What lesson do you draw "
        "from that?\n\n"
        "\"That people will not vote for something they never asked for,\" he said.",
        "never asked for",
        "Lorenzo Vidal",
    ),
    # names in the shapes real copy writes them (offices ending in a noun before the name,
    # untagged titles, Portuguese particles, members' lists, seats)
    # the live-blog stamp before the paragraph changes the tagger's reading: kept on purpose
    (
        "Protesters gathered on Dame Street.\n\n09:10\n\nMinister for Foreign Affairs Helen "
        "McEntee, arriving at Dublin Castle this morning, said the meeting was a chance for "
        'Europe to "move from statements to delivery".',
        "statements to delivery",
        "Helen McEntee",
    ),
    (
        "16:55\n\nTaoiseach Micheál Martin, who attended last night's working dinner, has been "
        "speaking to reporters in Cork.\n\nHe said Ireland would not drop its push.",
        "would not drop",
        "Micheál Martin",
    ),
    (
        "Brazil's climate envoy André Corrêa do Lago said the road would continue.",
        "road would continue",
        "André Corrêa do Lago",
    ),
    (
        "The Kenya Medical Practitioners, Pharmacists and Dentists Union says the government "
        "has failed. The union says the deal was ignored.",
        "deal was ignored",
        "Kenya Medical Practitioners, Pharmacists and Dentists Union",
    ),
    ("The Ifo Institute in Munich said it expected growth to slow.", "growth to slow",
     "Ifo Institute"),
    (
        "The Employment and Labour Relations Court in Nairobi said the strike threatened "
        "lives.",
        "threatened lives",
        "Employment and Labour Relations Court",
    ),
    # a mission's seat is part of its name
    ("The Embassy of Japan in Manila said the workers were safe.", "workers were safe",
     "Embassy of Japan in Manila"),
    ("The Emirati embassy in London said the claims were false.", "claims were false",
     "Emirati embassy in London"),
    # a short name defined in brackets names the body wherever it stands, even when the
    # tagger calls it a person, and a lower-case word inside the full name does not cut it
    (
        "The Department for Environment, Food and Rural Affairs (Defra) said the strain had "
        "been found. Later, Defra said further testing was under way.",
        "further testing",
        "Department for Environment, Food and Rural Affairs",
    ),
    (
        "The Medicines and Healthcare products Regulatory Agency (MHRA) said it had seized "
        "8,000 pens. The MHRA says reports of harm have risen every month.",
        "reports of harm",
        "Medicines and Healthcare products Regulatory Agency",
    ),
    # a live-blog heading with the bare surname breaks the parse before the given name
    (
        "13.25 GMT\n\nPatel responds to ruling\n\nPriti Patel, the shadow foreign secretary, "
        'said the ruling "changes nothing" about the deal.\n\nShe said a Conservative '
        "government would seek to reopen the treaty.",
        "reopen the treaty",
        "Priti Patel",
    ),
    # a trade or condition written like a title before the name
    ('Patient Colin Avery said: "I had a nurse at the door every morning."', "nurse at the door",
     "Colin Avery"),
    ("Forecaster Lito Baraquel said storm signal No. 4 remained in force.", "signal No. 4",
     "Lito Baraquel"),
    # an Indian ministry's release: an office tagged a body, the honorific inside a name
    (
        "The round was followed by a meeting between Union Minister of Commerce and Industry "
        "Shri Arvind Mehra and the European Commissioner for Trade.\n\nSpeaking after the "
        "meeting, Shri Arvind Mehra said that India was committed to a fair agreement.\n\n"
        '"India and the EU are natural partners," the Minister said.',
        "natural partners",
        "Arvind Mehra",
    ),
    # a country's armed service, written in lower case, tagged alone or not at all
    ("In Kyiv, residents woke to sirens. Ukraine's air force said Russia had launched 94 "
     "drones overnight.", "94 drones", "Ukraine's air force"),
    ("Ukraine's navy said two ships were hit.", "two ships", "Ukraine's navy"),
    # 'the watchdog' names public bodies too, and its own modifier finds one named only as
    # a modifier ('ACCC chair ...')
    ("The Office for Budget Responsibility cut its growth forecast. The watchdog noted that "
     "productivity had again disappointed.", "again disappointed",
     "Office for Budget Responsibility"),
    ("Australian Competition and Consumer Commission (ACCC) chair Gina Cass-Gottlieb hailed "
     "the decision.\n\nThe consumer watchdog said it would now seek penalties.",
     "seek penalties", "Australian Competition and Consumer Commission"),
    # a body in lower case owned by a named organisation, and its statement after it
    ("The World Health Organization's regional office for Europe said in a statement that "
     'the findings were "consistent with what we see". "Every summer has brought excess '
     'deaths," the statement said.', "excess deaths",
     "World Health Organization's regional office for Europe"),
    # a full name tagged a body, then its last word alone speaking: a person's surname
    ("Speaking in Geneva, Amara Diallo said the agreement could not take effect yet.\n\n"
     "Diallo, the WTO's director-general, said he was encouraged.", "he was encouraged",
     "Amara Diallo"),
    # an untagged body whose run the parse broke at a title-case noun ('Teaching'), and
    # one opened by an adjective that is a title elsewhere ('National')
    ("Two patients were moved.\n\nLeeds Teaching Hospitals NHS Trust said it had "
     "postponed about 1,100 appointments.", "postponed about",
     "Leeds Teaching Hospitals NHS Trust"),
    ("National Grid Electricity Distribution, which runs the network in the south west, "
     "said engineers had restored supplies.", "restored supplies",
     "National Grid Electricity Distribution"),
    # a court's panel speaks for the court, and 'the majority' of its opinion is the court,
    # not the president the opinion names
    ("In a 7-4 decision, an 11-judge panel of the 9th U.S. Circuit Court of Appeals found "
     "that the administration had not shown a rebellion.\n\n\"The president's determination "
     'is entitled to respect, but not to blind deference," the majority wrote.',
     "blind deference", "9th U.S. Circuit Court of Appeals"),
    # a hyphenated word gives one letter to the acronym ('Inter-American' in 'IDB')
    ("He praised the support from the Inter-American Development Bank. In a statement, the "
     "IDB said it had approved more than $500m in financing.", "approved more than",
     "Inter-American Development Bank"),
    # an indefinite spokeswoman of a body whose name the parse cut at its list is unnamed
    ('A Department for Culture, Media and Sport spokeswoman said: "The regulator is '
     'independent."', "regulator is independent", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_bodies_and_names_as_written(
    run: Run, text: str, words: str, speaker: str | None
) -> None:
    quotes, _ = run(text)
    assert speaker_of(quotes, words) == speaker


def test_view_phrase_needs_its_own_view_noun(run: Run) -> None:
    # 'accounts' of a video posting is no point of view: Fain's own 'said' cues the report
    text = (
        "In a video posted to the union's social media accounts, Ed Marsh said carmakers "
        "had \"made record profits for years\" and should now pay."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "record profits") == "Ed Marsh"
    assert not any(q.text.startswith("Ed Marsh said") for q in quotes)


def test_clock_zone_is_no_company(run: Run) -> None:
    # live-blog stamps ('21.39 GMT') are no company for 'The company said' to point back to
    text = (
        "Acme Robotics reported revenue of $4bn on Tuesday.\n\n"
        "21.39 GMT\n\n"
        "The company said it expected revenue of about $5bn next quarter."
    )
    quotes, _ = run(text)
    assert speaker_of(quotes, "about $5bn") != "GMT"


def test_outlet_across_a_semicolon_relays_nothing(run: Run) -> None:
    text = (
        "Early reports stated the fruit was a mango; NDTV later reported that officials had "
        "found it was a coconut."
    )
    quotes, _ = run(text)
    assert [q.via for q in quotes if "mango" in q.text] == [None]
    assert speaker_of(quotes, "fruit was a mango") is None

