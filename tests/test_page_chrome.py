"""Other stories' headlines in a scraped page's link lists are no quotations of this story;
a live blog's stamped headings and a story's own closing quote still are.

Pages written for Communique.
"""

from __future__ import annotations

from communique.clean.document import CleanDocument
from communique.clean.page_chrome import chrome_lines
from communique.pipeline import analyze_clean
from communique.records import Source
from communique.settings import load_settings

STORY = (
    "The talks ended without a deal on Tuesday, the foreign ministry said.\n\n"
    "\"We will keep talking as long as it takes,\" the minister, Ana Ruiz, told reporters.\n\n"
)

def quoted(text: str) -> list[str]:
    """The quotation texts the pipeline finds in a raw page text, cleaned by no one (as the
    ``eval`` command and ``analyze_clean`` on raw text see it)."""
    doc = CleanDocument(source=Source(path="page", url=None, kind="text"), text=text)
    (article,) = list(analyze_clean([doc], load_settings()))
    return [q.text for q in article.quotes]


TAIL = (
    "Share: Facebook | X | WhatsApp\n"
    "Previous Story\n"
    "Port strike enters third day\n"
    "Next Story\n"
    "Latest from World\n"
    "Premier says reform is \"on track\", vows tax cuts\n"
    "'We will not back down': union leader rejects offer\n"
    "Go to Top"
)


def test_headlines_in_the_trailing_link_list_are_not_quotations() -> None:
    texts = quoted(STORY + TAIL)
    assert any("keep talking" in t for t in texts)
    assert not any("on track" in t or "back down" in t for t in texts), texts


def test_an_also_read_line_inside_the_story_is_not_a_quotation() -> None:
    text = (
        "The talks ended without a deal on Tuesday, the foreign ministry said.\n\n"
        "ALSO READ- Minister vows \"no compromise\" on fishing rights\n\n"
        "\"We will keep talking as long as it takes,\" the minister, Ana Ruiz, told reporters."
    )
    texts = quoted(text)
    assert not any("no compromise" in t for t in texts)
    assert any("keep talking" in t for t in texts)


def test_a_closing_quote_line_and_live_blog_stamps_are_story() -> None:
    # a story that ends on a quotation, and stamped headings between entries, are kept
    blog = (
        "12:05 GMT - Ruiz: 'We will not be rushed'\n\n"
        "The minister told reporters the talks would go on.\n\n"
        "11:40 GMT - Union says strike will go ahead\n\n"
        "The union said the strike would begin at midnight.\n\n"
        "\"We have waited long enough,\" its leader said."
    )
    assert chrome_lines(blog) == []


def test_one_unfinished_last_line_is_not_a_link_list() -> None:
    # a byline or a lone label after the story is too little to call a list
    text = STORY + "Reporting by Jane Roe"
    assert chrome_lines(text) == []


def test_lines_announced_by_a_colon_close_the_story_and_are_kept() -> None:
    # a post or a list the story introduces with a colon is its own, unfinished or not
    text = (
        "The president attacked the ruling on Friday.\n\n"
        "In a post on his platform, he wrote:\n"
        "\"A disgraceful decision by a partisan court\"\n"
        "\"We will appeal\""
    )
    assert chrome_lines(text) == []


def test_a_finished_sentence_is_never_a_link_line() -> None:
    # 'Reuters/Ipsos' looks like a photo credit, but the sentence is the story's
    text = (
        "\"The economy remains the top concern,\" said Chris Jackson of Ipsos, which ran the "
        "Reuters/Ipsos poll.\n\nThe poll surveyed 4,000 adults."
    )
    assert chrome_lines(text) == []


def test_headlines_under_a_related_heading_are_not_quotations() -> None:
    # a list of other stories dropped into the page before the story goes on, and one after
    # a 'Share this:' button (a label, no announcement of what follows)
    texts = quoted(
        "The minister said the talks would resume on Monday.\n\nMORE COVERAGE\n\u2018Not "
        "acceptable\u2019: PM fires up over jet incident\nInside the navy\u2019s \u2018far "
        "seas\u2019 plan\n\nThe Prime Minister, speaking in Brisbane, said the government had "
        "protested.\n\n\"We expect an answer,\" he said.\n\nShare this:\nFacebook\nRelated\n"
        "Tinubu receives envoys, says Nigeria 'will not abandon neighbours'\nECOWAS at 51: "
        "Touray calls for 'new social contract' with citizens"
    )
    assert any("expect an answer" in t for t in texts)
    assert any("government had protested" in t for t in texts)
    assert not any(
        w in t for t in texts
        for w in ("Not acceptable", "far seas", "abandon neighbours", "social contract")
    ), texts


def test_a_story_line_opening_with_more_or_latest_is_no_list_heading() -> None:
    # 'Moreno', 'More arrests expected', 'Latest updates' over a live blog: the story's own
    text = (
        "Russia launched a large drone attack overnight, officials said.\n"
        "Latest updates\n10:45 GMT\nZelensky says \"we will not surrender\"\n"
        "President Volodymyr Zelensky spoke in a video address on Monday evening.\n\n"
        "Moreno vows \"no surrender\"\nFormer president Lenin Moreno said on Monday that he "
        "would fight the charges."
    )
    texts = quoted(text)
    assert any("we will not surrender" in t for t in texts), texts
    assert any("no surrender" == t for t in texts), texts


def test_a_caption_reporting_speech_before_its_credit_is_quoted_without_the_credit() -> None:
    text = (
        "The central bank cut its benchmark rate on Tuesday, the second cut this year.\n\n"
        "Governor Amaka Obi says the bank will watch election spending closely. Photo: File\n\n"
        "Market trader Chidi Eze, 52, says she has stopped buying meat (Image: Supplied)\n\n"
        "Traders queue at a market in the capital on Monday. Photo: Lena Park\n\n"
        "The decision was expected by most analysts polled before the meeting."
    )
    texts = quoted(text)
    assert "the bank will watch election spending closely" in texts
    assert "she has stopped buying meat" in texts  # the bracketed credit is no speech
    assert not any("Traders queue" in t for t in texts)
