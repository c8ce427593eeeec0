"""Records survive the trips they make: JSON dicts (CLI, API) and pickling (Dask workers)."""

import json
import pickle

from communique.records import (
    Actor,
    ActorRef,
    Article,
    Event,
    Location,
    Quote,
    Source,
    Span,
    Speaker,
)
from communique.settings import Settings


def _article() -> Article:
    text = "Russia wants ties, Peskov said."
    ref = ActorRef(text="Russia", name="Russia", country="RUS", sector="GOV")
    return Article(
        id="abc",
        source=Source(path="a.txt", url=None, kind="text"),
        title="T",
        published="2021-02-09",
        reading_minutes=1,
        outlet=None,
        author=None,
        language="en",
        text=text,
        quotes=[
            Quote(
                text="Russia wants ties", start=0, end=17, kind="indirect", speaker="Dmitry Peskov"
            )
        ],
        speakers=[Speaker(name="Dmitry Peskov", role="Kremlin spokesman", quotes=[0])],
        actors=[
            Actor(
                text="Russia",
                name="Russia",
                country="RUS",
                sector="GOV",
                mentions=[Span(0, 6, "Russia")],
            )
        ],
        events=[
            Event(
                type="AGREE",
                mode=None,
                cameo_root="03",
                quad=1,
                intensity=2.5,
                source=[ref],
                target=[],
                evidence=Span(0, 31, text),
                location=Location(name="Moscow", country="RUS"),
                quote=0,
            )
        ],
    )


def test_dict_round_trip_through_json() -> None:
    a = _article()
    back = Article.from_dict(json.loads(json.dumps(a.to_dict())))
    assert back == a


def test_article_and_settings_pickle_for_workers() -> None:
    a = _article()
    assert pickle.loads(pickle.dumps(a)) == a
    s = Settings(model="en_core_web_trf")
    assert pickle.loads(pickle.dumps(s)) == s
