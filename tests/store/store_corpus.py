"""A small hand-written corpus: one wire story in three copies, and two other stories.

Written for these tests (no news text). Its numbers are worked out by hand in the tests.
"""

from __future__ import annotations

from store_factory import actor, event, make_article, quote

from communique.records import Article, Speaker

WIRE = (
    "Moscow, March 5. Russia threatened the European Union with a full halt of gas deliveries "
    "on Tuesday, raising the stakes in a dispute over frozen assets that has dragged on for "
    "months. \"We will respond to every step the EU takes against our property,\" President "
    "Vladimir Putin told reporters at the Kremlin after a meeting of the security council.\n\n"
    "Officials in Brussels declined to comment on the remarks. Energy ministers of the bloc "
    "are due to meet next week to discuss storage levels, prices and the winter outlook, "
    "according to an agenda seen by our correspondent in the Belgian capital."
)


def _wire(text: str, outlet: str, url: str) -> Article:
    return make_article(
        text, outlet=outlet, url=url, published="2024-03-05", title="Russia threatens gas halt",
        quotes=[quote(text, "We will respond to every step the EU takes against our property",
                      "Vladimir Putin", cue="told", speaker_role="President")],
        speakers=[Speaker(name="Vladimir Putin", role="President", quotes=[0])],
        actors=[actor(text, "Russia", "RUS", "Russia"),
                actor(text, "European Union", "EU", "European Union", "EU")],
        events=[event("THREATEN", 3, -3.5, ["RUS"], ["EU"], text,
                      "Russia threatened the European Union with a full halt of gas deliveries",
                      cameo="138")],
    )


def wire_copies() -> list[Article]:
    """The wire story as three outlets ran it: two at Reuters-like 'Wire', one elsewhere."""
    a = _wire(WIRE, "Wire", "https://wire.example/russia-gas")
    b = _wire(WIRE.replace("our correspondent", "a reporter"), "Daily Planet",
              "https://planet.example/world/russia-gas")
    c = _wire(WIRE.replace("Moscow, March 5. ", "MOSCOW (Wire) - "), "Wire",
              "https://wire.example/russia-gas-update")
    return [a, b, c]


APRIL = (
    "Brussels, April 10. The European Union imposed sanctions on Russia's central bank on "
    "Wednesday, freezing reserves held in European clearing houses. Foreign ministers said "
    "the measures would stay until the war ends. At the same time the EU held talks with "
    "Russia on prisoner exchanges, a diplomat said. \"This does not mean that we reject "
    "dialogue,\" said Foreign Minister Sergei Lavrov, who added that Russia did not reject the "
    "talks. Analysts said Russia could attack Ukraine's grid again if the sanctions bite."
)

LATE_APRIL = (
    "Geneva, April 20. Russia agreed with the European Union to extend a grain corridor for "
    "another six months, a rare sign of cooperation after weeks of sanctions. Separately the "
    "United States announced a new package of military aid to Ukraine worth two billion "
    "dollars. \"Food must not be a weapon,\" the UN secretary-general said in a statement "
    "welcoming the 100% renewal of the deal."
)


def april() -> Article:
    t = APRIL
    return make_article(
        t, outlet="Courier", url="https://courier.example/eu-sanctions", published="2024-04-10",
        quotes=[quote(t, "This does not mean that we reject dialogue", "Sergei Lavrov",
                      cue="said", speaker_role="Foreign Minister")],
        speakers=[Speaker(name="Sergei Lavrov", role="Foreign Minister", quotes=[0])],
        actors=[actor(t, "European Union", "EU", "European Union"),
                actor(t, "Russia", "RUS", "Russia"), actor(t, "Ukraine", "UKR", "Ukraine")],
        events=[
            event("SANCTION", 4, -6.0, ["EU"], ["RUS"], t,
                  "The European Union imposed sanctions on Russia's central bank"),
            event("CONSULT", 1, 2.5, ["EU"], ["RUS"], t, "the EU held talks with Russia"),
            event("REJECT", 3, -2.0, ["RUS"], ["EU"], t, "Russia did not reject the talks",
                  negated=True),
            event("ASSAULT", 4, -9.0, ["RUS"], ["UKR"], t, "Russia could attack Ukraine's grid",
                  hypothetical=True),
        ],
    )


def late_april() -> Article:
    t = LATE_APRIL
    return make_article(
        t, outlet=None, url="https://www.gazette.example/grain", published="2024-04-20",
        quotes=[quote(t, "Food must not be a weapon", "António Guterres", cue="said",
                      speaker_role="UN secretary-general")],
        speakers=[Speaker(name="António Guterres", role="UN secretary-general", quotes=[0])],
        actors=[actor(t, "Russia", "RUS", "Russia"),
                actor(t, "European Union", "EU", "European Union"),
                actor(t, "United States", "USA", "United States"),
                actor(t, "Ukraine", "UKR", "Ukraine")],
        events=[
            event("AGREE", 1, 2.5, ["RUS"], ["EU"], t,
                  "Russia agreed with the European Union to extend a grain corridor"),
            event("AID", 2, 10.0, ["USA"], ["UKR"], t,
                  "the United States announced a new package of military aid to Ukraine"),
        ],
    )


def corpus() -> list[Article]:
    return [*wire_copies(), april(), late_april()]
