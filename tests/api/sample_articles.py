"""Hand-built Article records for the API, dashboard and report tests (no NLP involved).

The stories are written for these tests. Offsets are found with ``str.find`` on the text, so a
record always points at the words it claims to; one story carries hostile markup in its title,
text, quote and speaker name to prove it renders as text everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.records import Actor, ActorRef, Article, Event, Quote, Source, Span, Speaker

RUS = ActorRef(text="Moscow", name="Russia", country="RUS", sector="GOV")
EU = ActorRef(text="Brussels", name="European Union", country="EU", sector="IGO")
KREMLIN = ActorRef(text="the Kremlin", name="Kremlin", country="RUS", sector="GOV")
UKR = ActorRef(text="Kyiv", name="Ukraine", country="UKR", sector="GOV")

XSS_SCRIPT = '<script>alert("pwned-text")</script>'
XSS_IMG = '<img src=x onerror=alert("pwned-img")>'
XSS_TITLE = '<script>alert("pwned-title")</script> Markup & mischief'
XSS_SPEAKER = '<b onmouseover=alert("pwned-speaker")>Mallory</b>'


@dataclass
class QuoteSpec:
    text: str
    speaker: str
    cue: str = "said"
    kind: str = "direct"
    role: str | None = None


@dataclass
class EventSpec:
    type: str
    quad: int
    intensity: float
    source: list[ActorRef]
    target: list[ActorRef]
    evidence: str
    date: str | None = None
    negated: bool = False


@dataclass
class Story:
    id: str
    title: str
    published: str
    paragraphs: list[str]
    quotes: list[QuoteSpec] = field(default_factory=list)
    events: list[EventSpec] = field(default_factory=list)
    actors: list[tuple[ActorRef, str]] = field(default_factory=list)
    outlet: str = "Test Gazette"


def _find(text: str, part: str) -> int:
    pos = text.find(part)
    assert pos >= 0, f"{part!r} not in story"
    return pos


def build(story: Story) -> Article:
    """An Article whose every span is located in its own text."""
    text = "\n\n".join(story.paragraphs)
    quotes, speakers = [], {}
    for i, q in enumerate(story.quotes):
        start = _find(text, q.text)
        sentence = next(p for p in story.paragraphs if q.text in p)
        quotes.append(
            Quote(
                text=q.text,
                start=start,
                end=start + len(q.text),
                kind=q.kind,
                speaker=q.speaker,
                speaker_role=q.role,
                cue=q.cue,
                sentence=sentence,
            )
        )
        speakers.setdefault(q.speaker, Speaker(name=q.speaker, role=q.role)).quotes.append(i)
    events = []
    for e in story.events:
        start = _find(text, e.evidence)
        events.append(
            Event(
                type=e.type,
                mode=None,
                cameo_root="03",
                quad=e.quad,
                intensity=e.intensity,
                source=e.source,
                target=e.target,
                evidence=Span(start, start + len(e.evidence), e.evidence),
                negated=e.negated,
                date=e.date,
            )
        )
    actors = []
    for ref, mention in story.actors:
        pos = _find(text, mention)
        actors.append(
            Actor(
                text=mention,
                name=ref.name,
                country=ref.country,
                sector=ref.sector,
                mentions=[Span(pos, pos + len(mention), mention)],
            )
        )
    return Article(
        id=story.id,
        source=Source(path=None, url=f"https://example.org/{story.id}", kind="text"),
        title=story.title,
        published=story.published,
        reading_minutes=1,
        outlet=story.outlet,
        author="Test Writer",
        language="en",
        text=text,
        quotes=quotes,
        speakers=list(speakers.values()),
        actors=actors,
        events=events,
    )


def stories() -> list[Story]:
    talks = Story(
        id="talks0001",
        title="Ministers meet in Brussels over gas deal",
        published="2024-03-01",
        paragraphs=[
            "Ministers from Moscow and Brussels met on Friday to discuss a new gas deal.",
            '"We are ready to sign within weeks," Ivan Petrov said after the meeting.',
            "Moscow agreed to extend the pipeline contract with Brussels for two years.",
            '"Nothing is settled until everything is settled," said Anna Berg, the EU envoy.',
        ],
        quotes=[
            QuoteSpec("We are ready to sign within weeks,", "Ivan Petrov"),
            QuoteSpec(
                "Nothing is settled until everything is settled,", "Anna Berg", role="EU envoy"
            ),
        ],
        events=[
            EventSpec(
                "CONSULT",
                1,
                1.0,
                [RUS],
                [EU],
                "Ministers from Moscow and Brussels met on Friday to discuss a new gas deal.",
                date="2024-03-01",
            ),
            EventSpec(
                "AGREE",
                1,
                3.0,
                [RUS],
                [EU],
                "Moscow agreed to extend the pipeline contract with Brussels for two years.",
                date="2024-03-01",
            ),
        ],
        actors=[(RUS, "Moscow"), (EU, "Brussels")],
    )
    sanctions = Story(
        id="sanct0002",
        title="Brussels widens sanctions; Moscow threatens response",
        published="2024-04-15",
        paragraphs=[
            "Brussels imposed new sanctions on Moscow banks on Monday.",
            "The Kremlin threatened to cut supplies to Brussels in response.",
            '"This is economic war," Ivan Petrov told reporters.',
        ],
        quotes=[QuoteSpec("This is economic war,", "Ivan Petrov", cue="told")],
        events=[
            EventSpec(
                "SANCTION",
                4,
                -7.0,
                [EU],
                [RUS],
                "Brussels imposed new sanctions on Moscow banks on Monday.",
                date="2024-04-15",
            ),
            EventSpec(
                "THREATEN",
                3,
                -5.0,
                [KREMLIN],
                [EU],
                "The Kremlin threatened to cut supplies to Brussels in response.",
                date="2024-04-15",
            ),
        ],
        actors=[(EU, "Brussels"), (RUS, "Moscow"), (KREMLIN, "The Kremlin")],
    )
    hostile = Story(
        id="xss000003",
        title=XSS_TITLE,
        published="2024-05-02",
        paragraphs=[
            f"A reader pasted {XSS_SCRIPT} into the comment box.",
            f"Another tried {XSS_IMG} as well.",
            f'"Do not run {XSS_SCRIPT} here," {XSS_SPEAKER} said.',
            "Moscow criticised Kyiv over the hacked page.",
            "Kyiv did not ask Brussels for help.",
        ],
        quotes=[QuoteSpec(f"Do not run {XSS_SCRIPT} here,", XSS_SPEAKER)],
        events=[
            EventSpec(
                "ACCUSE",
                3,
                -2.0,
                [RUS],
                [UKR],
                "Moscow criticised Kyiv over the hacked page.",
                date="2024-05-02",
            ),
            EventSpec(
                "REQUEST",
                1,
                1.0,
                [UKR],
                [EU],
                "Kyiv did not ask Brussels for help.",
                date="2024-05-02",
                negated=True,
            ),
        ],
        actors=[(RUS, "Moscow"), (UKR, "Kyiv")],
    )
    return [talks, sanctions, hostile]


def articles() -> list[Article]:
    return [build(s) for s in stories()]
