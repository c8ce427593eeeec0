"""The seed page (a real scrape, chrome included) must read exactly right."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.clean import clean_many
from communique.clean.document import CleanDocument
from communique.ingest import iter_documents
from communique.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "samples" / "russia-eu-ties.txt"


@pytest.fixture(scope="module")
def seed() -> CleanDocument:
    settings = Settings()
    (doc,) = list(clean_many(iter_documents([str(SEED)], settings=settings), settings))
    assert isinstance(doc, CleanDocument)
    return doc


def test_seed_metadata(seed: CleanDocument) -> None:
    assert seed.title == "Russia wants to restore EU ties"
    assert seed.published == "2021-02-09"
    assert seed.reading_minutes == 2
    assert seed.language == "en"


def test_seed_text_is_the_twelve_body_paragraphs(seed: CleanDocument) -> None:
    paragraphs = seed.text.split("\n\n")
    assert len(paragraphs) == 12
    assert paragraphs[0].startswith("Russia is interested in restoring ties")
    assert paragraphs[-1].endswith("the Foreign Minister added.")
    # every paragraph is a body paragraph of the page, in page order, nothing else
    page = SEED.read_text("utf-8")
    positions = [page.index(p) for p in paragraphs]
    assert positions == sorted(positions)
    assert "\n\n\n" not in seed.text and not seed.text.startswith("\n")


def test_seed_chrome_is_removed(seed: CleanDocument) -> None:
    paragraphs = seed.text.split("\n\n")
    for caption in ("Sergei Lavrov", "Josep Borrell"):  # names also occur inside the story
        assert caption not in paragraphs and caption in seed.removed
    for chrome in ("Also Read", "Previous Story", "Next Story", "Latest from", "Go toTop",
                   "2 mins read", "February 9, 2021", "Asian Lite", "Hamas Frees Captives"):
        assert chrome not in seed.text, chrome
    assert seed.title not in seed.text
