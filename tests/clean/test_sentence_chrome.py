"""Chrome written as full sentences, and boxes set in the middle of a story.

Each page here was written for these tests (not taken from any site, nor from the gold
templates). Every test pairs a kind of furniture with the guard it must not trip: a body
paragraph that looks a little like it and has to survive.
"""

from __future__ import annotations

from communique.clean.text import clean_text

BODY = [
    "Water authorities in the southern province declared a drought emergency on Thursday after "
    "the main reservoir fell below a fifth of its capacity for the first time in thirty years.",
    "The declaration allows the regional government to ration supplies to farms and to move "
    "water from the northern basin through a pipeline that has stood unused since 2011.",
    "Farmers’ groups said the rationing would hit fruit growers hardest, because orchards "
    "cannot be left fallow for a season the way grain fields can, and asked for compensation.",
    "The provincial water minister, Elena Marsh, told a news conference that household supply "
    "would not be cut before the end of the summer, but that hosepipe use was banned at once.",
    "Engineers expect the pipeline to carry its first water within six weeks, once pumps that "
    "were removed for repairs in the spring have been refitted and tested under pressure.",
    "Meteorologists at the national weather service said rainfall over the catchment had been "
    "less than half the long-term average for three winters running, a pattern without "
    "precedent in records that go back to 1871.",
    "“We are planning for a fourth dry winter, and we hope we are wrong,” Marsh said.",
]

TOP = ["Home", "Regions", "Environment", "Economy", "Drought emergency declared as reservoir "
       "falls to record low", "By Tom Reyes", "Published 12 June 2025"]
FOOTER = ["About", "Contact", "Advertise", "Privacy", "Terms"]


def page(middle: list[str], bottom: list[str] = ()) -> str:  # type: ignore[assignment]
    return "\n\n".join(TOP + middle + list(bottom) + FOOTER)


def test_body_after_a_mid_story_related_box_is_kept() -> None:
    box = ["Related reading:", "Heatwave brings record power demand",
           "Ferry services cut as river levels drop"]
    result = clean_text(page(BODY[:4] + box + BODY[4:]))
    assert result.paragraphs == BODY
    assert "Ferry services cut as river levels drop" in result.removed


def test_body_after_a_sponsored_block_with_a_clickbait_teaser_is_kept() -> None:
    box = ["Sponsored Content", "Retirees Are Swapping Their Cars For This Gadget!",
           "Continue Reading"]
    result = clean_text(page(BODY[:3] + box + BODY[3:]))
    assert result.paragraphs == BODY
    assert "Retirees Are Swapping Their Cars For This Gadget!" in result.removed


def test_one_long_paragraph_after_a_box_is_kept() -> None:
    box = ["You might also like", "Heatwave brings record power demand"]
    last = ("The province last declared a drought emergency in 1994, when rationing lasted "
            "nineteen months and several villages in the hills were supplied by tanker lorries "
            "until the new reservoir was finished.")
    result = clean_text(page(BODY + box + [last]))
    assert result.paragraphs == BODY + [last]


def test_a_related_box_at_the_real_end_still_closes_the_story() -> None:
    end = ["Related stories", "Heatwave brings record power demand",
           "Grid operator warns of evening shortages.", "Ferry services cut as river levels drop",
           "Operators said timetables would return in autumn."]
    result = clean_text(page(BODY, end))
    assert result.paragraphs == BODY


def test_sentence_copyright_and_agency_boilerplate_after_the_story_go() -> None:
    end = ["Copyright © 2025 The Valley Gazette. All rights reserved. Supplied by Continental "
           "Newswire Ltd (continentalnewswire.example).",
           "Continental Newswire publishes more than 900 stories a day from 150 partner "
           "newsrooms across the region.",
           "Valley Gazette is an independent regional news organisation owned by a charitable "
           "trust."]
    result = clean_text(page(BODY, end))
    assert result.paragraphs == BODY
    assert result.outlet == "The Valley Gazette"


def test_body_paragraph_about_copyright_and_subscribing_is_kept() -> None:
    guard = ["Copyright lawyers for the water company said the pipeline designs could not be "
             "published, and residents were urged to subscribe to text alerts about rationing."]
    body = BODY[:3] + guard + BODY[3:]
    assert clean_text(page(body)).paragraphs == body


def test_membership_and_newsletter_promos_written_as_sentences_go() -> None:
    promo = ["Thanks for reading the Catchment Letter! It costs nothing to join, and every new "
             "post arrives by email.",
             "Back independent reporting. This newsroom depends on readers like you, so please "
             "give what you can this month."]
    promo2 = ["Support local journalism: we rely on our readers to keep reporting like this "
              "free for everyone."]
    result = clean_text(page(BODY[:5] + promo2 + BODY[5:], promo))
    assert result.paragraphs == BODY


def test_captions_beside_a_credit_line_go_but_a_short_paragraph_stays() -> None:
    short = "Rationing starts on Monday."
    body = BODY[:2] + [short] + BODY[2:]
    middle = (body[:4]
              + ["Cracked mud at the edge of the reservoir last week. Levels have fallen for "
                 "eleven months.", "Photo: Lena Park"]
              + body[4:6]
              + ["A dry irrigation channel near the provincial capital. "
                 "(Valley Gazette: Sam Ortiz)"]
              + body[6:])
    assert clean_text(page(middle)).paragraphs == body


def test_participle_caption_between_paragraphs_goes() -> None:
    middle = BODY[:3] + ["Volunteers handing out bottled water in the old town on Wednesday."] \
        + BODY[3:]
    assert clean_text(page(middle)).paragraphs == BODY


def test_credits_bios_and_syndication_at_the_end_go_but_body_ending_on_a_quote_stays() -> None:
    end = ["Priya Natarajan and Olu Bankole contributed reporting from the capital.",
           "Reyes reports on climate and water policy for the Valley Gazette. Contact him at "
           "the newsroom.",
           "Republished with permission from the Continental Newswire."]
    result = clean_text(page(BODY, end))
    assert result.paragraphs == BODY
    assert result.paragraphs[-1].endswith("Marsh said.")


def test_bio_shaped_sentence_inside_the_story_is_kept() -> None:
    guard = "Marsh covers the largest water district in the country and answers to parliament."
    body = BODY[:4] + [guard] + BODY[4:]
    assert clean_text(page(body)).paragraphs == body


def test_standfirst_above_the_byline_and_video_markers_go() -> None:
    text = "\n\n".join(
        ["Home", "Environment", "Drought emergency declared as reservoir falls to record low",
         "The southern province will ration water to farms and pipe supplies from the north.",
         "By Tom Reyes", "Published 12 June 2025"]
        + BODY[:2] + ["Story continues", "Now Playing", "02:14"] + BODY[2:] + FOOTER)
    result = clean_text(text)
    assert result.paragraphs == BODY
    assert result.title == "Drought emergency declared as reservoir falls to record low"


def test_pull_quote_repeating_a_sentence_goes() -> None:
    pull = "“We are planning for a fourth dry winter, and we hope we are wrong”"
    middle = BODY[:4] + [pull] + BODY[4:]
    assert clean_text(page(middle)).paragraphs == BODY


def test_a_long_reader_comment_after_the_comments_heading_is_not_story() -> None:
    comments = ["Comments", "rivergazer",
                "I have lived in the province for forty years and I have never seen the river "
                "this low, and nobody in the town council seems to have a plan for it at all.",
                "My neighbours have already started collecting rain in barrels, which tells you "
                "how much faith anyone here puts in the pipeline promises of the ministry.",
                "Reply"]
    assert clean_text(page(BODY, comments)).paragraphs == BODY


def test_a_lead_paragraph_above_the_date_line_is_not_taken_for_a_standfirst() -> None:
    text = "\n\n".join(
        ["Home", "Drought emergency declared as reservoir falls to record low", BODY[0],
         "Published 12 June 2025"] + BODY[1:] + FOOTER)
    assert clean_text(text).paragraphs == BODY


def test_appeals_and_agency_tagged_captions_go_but_look_alike_body_sentences_stay() -> None:
    guard = ("Neighbouring towns applied to become a member of the regional water board, and a "
             "local charity urged residents to donate today to families whose wells ran dry.")
    body = BODY[:2] + [guard] + BODY[2:]
    middle = (body[:4]
              + ["Cattle at a drying watering hole outside the capital. AFP via Getty Images",
                 "Advert - scroll to continue"]
              + body[4:])
    end = ["If you found value in this coverage, please consider a monthly gift to keep it "
           "going.", "Donate now", "He can be reached at the newsroom on weekdays."]
    assert clean_text(page(middle, end)).paragraphs == body


def test_republication_notes_and_wire_self_descriptions_after_the_story_go() -> None:
    last = ("Founded in 1902, the water board employs 900 people and is the largest utility in "
            "the province, its annual report says.")
    end = ["This piece originally appeared in the Catchment Review and is republished here.",
           "Eastwire, the regional arm of Meridian Holdings, is the world's largest independent "
           "news cooperative serving rural papers.",
           "Video Duration 02:41"]
    result = clean_text(page(BODY + [last], end))
    assert result.paragraphs == BODY + [last]


def test_short_footer_sentences_after_an_end_credit_go_with_it() -> None:
    end = ["Lena Park contributed reporting from the coast.",
           "Opinions in reader letters are the writers' own, not the Gazette's.",
           "Market prices are delayed by at least twenty minutes."]
    assert clean_text(page(BODY, end)).paragraphs == BODY


def test_captions_above_a_bracketed_credit_line_go() -> None:
    middle = (BODY[:3] + ["Police officers block the road to the reservoir on Wednesday.",
                          "(Gazette: Lisa Tran)"]
              + BODY[3:5] + ["A pumping station near the river.", "(Wire Photo/Jo Kim)"]
              + BODY[5:])
    assert clean_text(page(middle)).paragraphs == BODY


def test_a_caption_reporting_speech_before_its_credit_stays() -> None:
    # the caption attributes words to someone, as the story does; a plain caption still goes
    speech = "Minister Elena Marsh says hosepipe use is banned at once. Photo: Lena Park"
    plain = "Cracked mud at the edge of the reservoir last week. Photo: Lena Park"
    middle = BODY[:3] + [speech] + BODY[3:5] + [plain] + BODY[5:]
    assert clean_text(page(middle)).paragraphs == BODY[:3] + [speech] + BODY[3:]
