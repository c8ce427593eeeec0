"""Plain-text chrome removal on pages written for these tests (not the gold templates)."""

from __future__ import annotations

import pytest

from communique.clean import clean_document, clean_many
from communique.clean.document import CleanDocument
from communique.clean.text import clean_text, split_units
from communique.errors import InputError
from communique.ingest.document import RawDocument
from communique.records import Source
from communique.settings import Settings

BODY = [
    "Ministers from Norway and Iceland agreed on Tuesday to share fisheries data in real time, "
    "ending a two-year quarrel over mackerel quotas in the North Atlantic.",
    "The deal was struck in Reykjavik after talks that ran late into the night, officials said.",
    "“This is a good day for the fishermen of both countries,” Norway’s fisheries minister "
    "told reporters. “We have replaced suspicion with numbers.”",
    "“No,” she said when asked whether quotas would change this year.",
    "Iceland’s foreign ministry said the agreement would be reviewed after twelve months, and "
    "that the Faroe Islands had been invited to join.",
    "The European Union, which also fishes the stock, said it welcomed the move and hoped for a "
    "wider arrangement before the next season.",
]

HEAVY = "\n".join(
    ["Skip to main content", "Home", "World", "Europe", "Climate", "Business", "Opinion",
     "Sport", "Culture", "Lifestyle", "Search", "Sign in",
     "Norway and Iceland end mackerel quarrel with data-sharing deal",
     "By Maria Lopez and Ken Ito", "Tue 3 Jun 2025 14.20 BST", "Share"]
    + BODY[:2]
    + ["Fishing boats in the harbour at Reykjavik. Photograph: Jane Doe/AP", "Advertisement"]
    + BODY[2:4]
    + ["Read more: Iceland’s volcano keeps tourists guessing"]
    + BODY[4:]
    + ["Explore more on these topics", "Norway", "Iceland", "Fishing", "Share",
       "Reuse this content", "Most viewed", "Storm warnings issued across the west coast",
       "Actor wins lifetime award at film festival", "Markets slide as oil prices jump",
       "About us", "Contact", "Complaints & corrections", "Terms & conditions",
       "The Daily Planet is part of Planet Media Group. Registered in England.",
       "© 2025 Planet Media Group"]
)


def _raw(text: str, path: str = "page.txt", url: str | None = None) -> RawDocument:
    return RawDocument(source=Source(path=path, url=url, kind="text"), content=text, format="text")


def test_heavy_chrome_page_keeps_exactly_the_story() -> None:
    result = clean_text(HEAVY)
    assert result.paragraphs == BODY
    assert result.title == "Norway and Iceland end mackerel quarrel with data-sharing deal"
    assert result.author == "Maria Lopez and Ken Ito"
    assert result.published == "2025-06-03"
    assert "Advertisement" in result.removed and "Most viewed" in result.removed


def test_teasers_with_full_sentences_after_a_heading_are_cut() -> None:
    page = "\n\n".join(
        ["Norway and Iceland end mackerel quarrel"] + BODY
        + ["More on this story", "Quota talks stall",
           "Negotiators failed to agree on a new quota for herring on Friday.",
           "Whaling row returns", "Conservation groups criticised a new licence issued on Monday."]
    )
    assert clean_text(page).paragraphs == BODY


def test_footer_prose_after_a_long_gap_is_not_story() -> None:
    footer = ["About", "Jobs", "Advertise", "Privacy", "Cookies", "Help",
              "Planet Media Group is a company registered in England and Wales."]
    assert clean_text("\n".join(BODY + footer)).paragraphs == BODY


def test_clean_body_comes_back_whole() -> None:
    text = "\n\n".join(BODY)
    result = clean_text(text)
    assert result.paragraphs == BODY
    assert result.removed == [] and result.title is None


def test_single_sentence_and_single_paragraph_come_back_whole() -> None:
    settings = Settings()
    for text in [BODY[0], "Iceland and Norway sign fisheries pact", BODY[0] + " " + BODY[1]]:
        doc = clean_document(_raw(text), settings)
        assert doc.text == text
        assert doc.title is None
        assert doc.removed == []


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = (
        "Ministers from Norway and Iceland agreed on Tuesday to share\n"
        "fisheries data in real time, ending a two-year quarrel over\n"
        "mackerel quotas in the North Atlantic.\n\n"
        "The deal was struck in Reykjavik after talks that ran late into\n"
        "the night, officials said."
    )
    assert split_units(wrapped) == BODY[:2]


def test_metadata_reading_time_and_language() -> None:
    settings = Settings()
    doc = clean_document(_raw("\n".join(["3 min read"] + BODY), url="https://www.planet.example/a"),
                         settings)
    assert doc.reading_minutes == 3
    assert doc.outlet == "planet.example"
    assert doc.language == "en"
    estimated = clean_document(_raw("\n\n".join(BODY)), settings)
    assert estimated.reading_minutes == 1
    german = clean_document(_raw("Die Minister haben sich am Dienstag auf einen Plan geeinigt."),
                            settings)
    assert german.language is None


def test_lines_recurring_across_one_outlets_articles_are_dropped() -> None:
    blurb = "Planet News is an independent newsroom funded by its readers."
    stories = [
        ["Ministers met in Oslo on Monday to discuss the budget for the coming year.",
         "The talks ended without agreement, officials said."],
        ["A court in Bergen ruled on Wednesday that the strike was lawful.",
         "The union said it would continue the action until pay talks resumed."],
        ["Iceland’s parliament approved a new energy law late on Thursday.",
         "The opposition said the law favoured large producers over households."],
    ]
    raws = [_raw("\n\n".join(s + [blurb]), path=f"planet/{i}.txt", url=f"https://planet.example/{i}")
            for i, s in enumerate(stories)]
    docs = list(clean_many(raws, Settings()))
    texts = [d.text for d in docs if isinstance(d, CleanDocument)]
    assert texts == ["\n\n".join(s) for s in stories]


def test_syndicated_copies_keep_their_shared_paragraphs() -> None:
    raws = [_raw("\n\n".join(BODY + [f"Copied by outlet {i}."]), path=f"feed/{i}.txt")
            for i in range(3)]
    docs = list(clean_many(raws, Settings()))
    assert len(docs) == 3
    for d in docs:
        assert isinstance(d, CleanDocument)
        assert d.text.startswith("\n\n".join(BODY))


def test_clean_many_keeps_order_and_passes_errors() -> None:
    err = InputError("bad.bin", "binary content, not text")
    items = [_raw(BODY[0], path="a.txt"), err, _raw(BODY[1], path="b.txt")]
    out = list(clean_many(items, Settings()))
    assert out[1] is err
    assert [o.text for o in out if isinstance(o, CleanDocument)] == [BODY[0], BODY[1]]


def test_date_inside_a_byline_and_time_ago_lines() -> None:
    page = "\n".join(["Fisheries pact signed", "By Maria Lopez | March 3, 2025", "2 hours ago",
                      "3-minute read"] + BODY)
    result = clean_text(page)
    assert result.paragraphs == BODY
    assert result.published == "2025-03-03" and result.author == "Maria Lopez"
    assert result.reading_minutes == 3 and result.title == "Fisheries pact signed"


def test_sentences_that_look_like_chrome_stay() -> None:
    tricky = [
        "By Monday, the two delegations had agreed on a text.",
        "More than 40 boats were waiting outside the harbour.",
        "Latest figures show catches fell by a third last year.",
        "Share prices of fishing firms rose after the announcement.",
        "Comments made by the minister were later withdrawn.",
    ]
    body = BODY[:2] + tricky + BODY[2:]
    page = "\n".join(["Home", "World", "Fisheries pact signed", "Advertisement"] + body
                     + ["Related stories", "Storm warnings issued"])
    assert clean_text(page).paragraphs == body


def test_clean_body_with_a_subheading_keeps_it() -> None:
    body = BODY[:3] + ["What Happens Next"] + BODY[3:]
    assert clean_text("\n\n".join(body)).paragraphs == body


def test_a_long_comment_thread_after_the_story_is_cut() -> None:
    comments = [
        f"Reader {i} wrote that the deal was a long time coming and should have been "
        "signed years ago, before the stocks collapsed in the northern waters."
        for i in range(12)
    ]
    page = "\n".join(["Fisheries pact signed", "14 Comments"] + BODY
                     + ["Comments", "Leave a reply"] + comments)
    result = clean_text(page)
    assert result.paragraphs == BODY


def test_sentence_shaped_body_lines_are_not_taken_for_links_or_credits() -> None:
    body = BODY[:2] + [
        "More — much more — is needed to protect the stock, the minister said.",
        "Reporting by the national broadcaster showed that catches had been under-declared.",
        "Tags: that is what the scientists call the markers fixed to tracked fish.",
    ] + BODY[2:]
    page = "\n".join(["Fisheries pact signed", "Advertisement"] + body + ["Related stories"])
    assert clean_text(page).paragraphs == body


FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures"


def test_pages_shaped_like_real_sites() -> None:
    """Full page dumps (menus, captions, credits, read-next, site index, footer) written for
    these tests in the shape of a wire-service, a broadcaster and a news-portal page; bodies
    checked by hand."""
    expected = {
        "wire_like": ("Chile, Peru agree to reopen border crossing after two-year closure",
                      "2025-03-03", "Ana Torres and Luis Rojas"),
        "broadcaster_like": ("Kenya and Tanzania settle dispute over Lake Victoria fishing rights",
                             "2025-03-03", "Mercy Juma"),
        "portal_like": ("Nepal, Bhutan agree to open new trade route", "2025-02-09", None),
    }
    for name, (title, date, author) in expected.items():
        page = (FIXTURES / f"{name}.txt").read_text("utf-8")
        body = (FIXTURES / f"{name}.body.txt").read_text("utf-8").strip().split("\n\n")
        result = clean_text(page)
        assert result.paragraphs == body, name
        assert (result.title, result.published, result.author) == (title, date, author)


def test_sentences_split_at_inline_links_are_mended() -> None:
    fragmented = [
        "Ministers from", "Norway", "and Iceland agreed on Tuesday to share fisheries data in "
        "real time, ending a two-year quarrel over mackerel quotas in the", "North Atlantic",
        ".",
        "The deal was struck in", "Reykjavik", "after talks that ran late into the night, "
        "officials said.",
    ]
    page = "\n".join(["Home", "World", "Sign in", "Fisheries pact signed"] + fragmented + BODY[2:]
                     + ["Related stories", "Storm warnings issued"])
    result = clean_text(page)
    assert result.title == "Fisheries pact signed"
    assert result.paragraphs[0].startswith("Ministers from Norway and Iceland agreed")
    assert result.paragraphs[0].endswith("North Atlantic .")
    assert result.paragraphs[1:] == [
        "The deal was struck in Reykjavik after talks that ran late into the night, officials said."
    ] + BODY[2:]


def test_a_page_of_links_only_has_no_story() -> None:
    page = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Weather", "Contact us"])
    assert clean_text(page).paragraphs == []
    try:
        clean_document(_raw(page), Settings())
    except InputError as exc:
        assert "no story text" in exc.reason
    else:
        raise AssertionError("a menu page must be reported, not returned as a story")


def test_last_paragraph_after_a_box_of_links_is_kept() -> None:
    box = ["Read more", "Quota talks stall", "Whaling row returns", "Advertisement",
           "Storm warnings issued", "Markets slide"]
    last = ("“We will be watching the numbers very closely,” the commissioner said, adding that "
            "the review would be published.")
    page = "\n".join(["Fisheries pact signed"] + BODY + box + [last, "Share", "Facebook"])
    assert clean_text(page).paragraphs == BODY + [last]


def test_full_sentence_teasers_after_the_story_stay_out() -> None:
    teasers = ["Quota talks stall", "Negotiators failed to agree on a herring quota on Friday.",
               "Whaling row returns", "Conservation groups criticised a new licence on Monday.",
               "Storm warnings", "Forecasters expect gales along the west coast this weekend."]
    gap = ["Share", "Facebook", "Twitter", "Email", "Print", "Tags", "Fishing"]
    page = "\n".join(["Fisheries pact signed"] + BODY + gap + teasers)
    assert clean_text(page).paragraphs == BODY


def test_clean_body_whose_last_paragraph_lacks_a_full_stop_comes_back_whole() -> None:
    # a paragraph (20+ words, longer than any headline) whose full stop the scraper lost
    body = BODY[:3] + ["The ministers will meet again in Oslo in September to review the first "
                       "months of data sharing and to decide whether the Faroe Islands should join"]
    result = clean_text("\n\n".join(body))
    assert result.paragraphs == body and result.removed == []


def test_news_sentences_about_cookies_copyright_and_newsletters_stay() -> None:
    body = BODY[:2] + [
        "The ministry's newsletter, sent by email to 4,000 members, said quotas would fall.",
        "Regulators said the firm changed its privacy settings after the complaint.",
        "Copyright infringement claims against the fishing app were dropped on Friday.",
        "Images by a satellite firm showed dozens of trawlers inside the closed zone.",
        "The article was published in the journal Nature on Wednesday.",
        "By registering vessels early, the two countries hope to avoid disputes.",
    ] + BODY[2:]
    page = "\n".join(["Fisheries pact signed", "Advertisement"] + body
                     + ["© 2025 Planet Media", "Privacy policy", "Copyright 2025 Planet Media"])
    result = clean_text(page)
    assert result.paragraphs == body
    assert result.removed[-3:] == ["© 2025 Planet Media", "Privacy policy",
                                   "Copyright 2025 Planet Media"]


def test_date_and_reading_lines_with_a_full_stop() -> None:
    page = "\n".join(["Updated: March 3, 2025.", "3 min read.", "Fisheries pact signed"] + BODY)
    result = clean_text(page)
    assert result.paragraphs == BODY
    assert (result.published, result.reading_minutes, result.title) == (
        "2025-03-03", 3, "Fisheries pact signed")


def test_a_page_that_breaks_the_extractor_is_one_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import communique.clean as clean

    real = clean.clean_document

    def fragile(
        raw: RawDocument, settings: Settings, recurring: frozenset[str] = frozenset()
    ) -> CleanDocument:
        if raw.source.path == "b.txt":
            raise ValueError("parser gave up")
        return real(raw, settings, recurring)

    monkeypatch.setattr(clean, "clean_document", fragile)
    out = list(clean_many([_raw(BODY[0], path=p) for p in ("a.txt", "b.txt", "c.txt")], Settings()))
    assert [type(o).__name__ for o in out] == ["CleanDocument", "InputError", "CleanDocument"]
    assert isinstance(out[1], InputError) and out[1].path == "b.txt"
