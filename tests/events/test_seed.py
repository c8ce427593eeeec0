"""The seed article must read right (issue: RUS->EU AGREE, RUS->EU ACCUSE, EU->RUS CONSULT visit
dated 2021-02-04, nothing un-negated from 'this does not mean that we ... distance ourselves').

Quotations are built by hand from the quotation marks so this test checks the event coder, not
the quotation extractor."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from communique.actors import code_actors
from communique.events import code_events
from communique.records import Event, Quote

SEED = Path(__file__).resolve().parents[2] / "samples" / "russia-eu-ties.txt"
PUBLISHED = "2021-02-09"


def _body() -> str:
    """The story's 12 paragraphs: after the headline, before 'Also Read-', minus photo captions."""
    page = SEED.read_text("utf-8")
    start = page.index("Russia is interested in restoring ties")
    end = page.index("Also Read-")
    paras = [p.strip() for p in page[start:end].split("\n\n") if p.strip()]
    paras = [p for p in paras if p not in ("Sergei Lavrov", "Josep Borrell")]
    assert len(paras) == 12
    return "\n\n".join(paras)


def _quotes(text: str) -> list[Quote]:
    """Direct quotations with the speaker each paragraph gives (hand-coded for the test)."""
    speakers = {
        "We are strongly": "Dmitry Peskov",
        "But this does": "Dmitry Peskov",
        "On the contrary": "Dmitry Peskov",
        "My visit": "Josep Borrell",
        "My meeting": "Josep Borrell",
        "During talks": "Sergei Lavrov",
        "Not on the basis": "Sergei Lavrov",
    }
    quotes = [
        Quote(
            text=text[: text.index("Kremlin spokesman") - 2],
            start=0,
            end=text.index("Kremlin spokesman") - 2,
            kind="indirect",
            speaker="Dmitry Peskov",
        )
    ]
    for m in re.finditer(r"\u201c([^\u201d]+?)(?:\u201d|\n\n)", text):
        speaker = next((v for k, v in speakers.items() if m.group(1).startswith(k)), None)
        quotes.append(
            Quote(text=m.group(1), start=m.start(1), end=m.end(1), kind="direct", speaker=speaker)
        )
    return quotes


@pytest.fixture(scope="module")
def events(nlp: Language) -> list[Event]:
    text = _body()
    doc = nlp(text)
    return code_events(doc, _quotes(text), code_actors(doc), PUBLISHED)


def _dyads(events: list[Event], etype: str) -> list[Event]:
    return [
        e
        for e in events
        if e.type == etype
        and not e.negated
        and "RUS" in {a.country for a in e.source} | {a.country for a in e.target}
        and "EU" in {a.country for a in e.source} | {a.country for a in e.target}
    ]


def test_russia_agrees_with_the_eu(events: list[Event]) -> None:
    agree = [e for e in _dyads(events, "AGREE") if {a.country for a in e.source} == {"RUS"}]
    assert agree
    assert any("interested in" in (e.trigger or "") for e in agree)


def test_russia_accuses_the_eu(events: list[Event]) -> None:
    accuse = [
        e
        for e in _dyads(events, "ACCUSE")
        if {a.country for a in e.source} == {"RUS"} and {a.country for a in e.target} == {"EU"}
    ]
    texts = " ".join(e.evidence.text for e in accuse)
    assert "rested on Brussels" in texts
    assert "ruined the architecture" in texts


def test_ruined_ties_is_dated_2014(events: list[Event]) -> None:
    (ruined,) = [e for e in events if e.trigger == "ruined"]
    assert ruined.historical and ruined.date == "2014"
    assert ruined.quote is not None


def test_borrells_trip_is_a_visit_on_february_4(events: list[Event]) -> None:
    visits = [
        e for e in events if e.type == "CONSULT" and e.mode == "visit" and e.date == "2021-02-04"
    ]
    assert visits
    v = visits[0]
    assert {a.country for a in v.source} == {"EU"} and {a.country for a in v.target} == {"RUS"}
    assert v.location is not None and v.location.country == "RUS"


def test_distancing_is_negated(events: list[Event]) -> None:
    sentence = [e for e in events if "distance ourselves" in e.evidence.text]
    assert all(e.negated for e in sentence)


def test_events_in_quotes_take_the_speakers_side(events: list[Event]) -> None:
    (development,) = [e for e in events if "its development" in e.evidence.text]
    assert development.type == "AGREE"
    assert development.quote is not None
    assert development.source[0].name == "Dmitry Peskov"
    assert development.source[0].country == "RUS"


def test_evidence_points_into_the_text(events: list[Event]) -> None:
    text = _body()
    for e in events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text


def test_not_wanting_a_dialogue_is_negated(events: list[Event]) -> None:
    dialogue = [e for e in events if e.trigger == "dialogue"]
    assert dialogue and all(e.negated for e in dialogue)
